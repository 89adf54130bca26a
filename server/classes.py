"""Class listings: ``/class/{Name}`` (our classes) and ``/class?iri=...`` (any class), the instances
of a class and its subclasses, newest first then by name, paged, filtered by one link
(``?property=P&value=V``); HTML for people, a ``hydra:Collection`` for machines.

A listing is a whole-class scan: it is kept with the store version it was computed at and
rebuilt in the background after a write (:mod:`osce_kg.server.wholestore`); a request never
waits for it past the grace.
"""
from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

from flask import Response, render_template, request
from rdflib import Graph, Literal, URIRef

from .describe import Member, class_member_rows
from .incremental import Members, update_members
from .formats import EXTENSION_OF, RDF_OFFER, serialize
from .present import Shown, href_for, local_name
from .resources import bp, labeler, labels_of, ld
from .responses import (HTML, LIST_PAGE, SPARQL_SD, context_url, error, figured, finish, media_for, not_acceptable,
                        page_arg, root, split_ext)
from .services import services
from .wholestore import Figures, whole_store

def class_listing(cls: URIRef, where: tuple[URIRef, URIRef] | None) -> Figures[Sequence[Member]]:
    """The sorted instances of ``cls`` and its subclasses, as last computed: updated in the background
    from the writes since (:func:`osce_kg.server.incremental.update_members`), computed whole when those
    cannot tell; never waited for (see :mod:`osce_kg.server.wholestore`)."""
    subclasses = sorted(subclasses_of(cls))
    return whole_store().get(("class", str(cls), where), lambda: all_members(cls, where, subclasses),
                             lambda previous, from_disk: updated_members(previous, from_disk, cls, where, subclasses))


def all_members(cls: URIRef, where: tuple[URIRef, URIRef] | None, subclasses: list[URIRef]) -> Members:
    """A class listing, a whole pass over the store (with where in its history it was computed)."""
    from .void import last_write

    svc, whole = services(), whole_store()
    before = last_write(svc.store, svc.minter.base)
    quads, graphs = whole.store_size(svc.store)
    listing = Members(class_member_rows(svc.store, cls, where, subclasses), position=before, quads=quads,
                      graphs=graphs)
    if last_write(svc.store, svc.minter.base) != before:  # a write came meanwhile: no known position
        listing.position = None
    return listing


def updated_members(previous: Sequence[Member], from_disk: bool, cls: URIRef, where: tuple[URIRef, URIRef] | None,
                    subclasses: list[URIRef]) -> Members:
    """``previous`` brought up to the store from the writes since, else computed whole (:func:`all_members`)."""
    from .void import Retry

    svc, whole = services(), whole_store()
    if isinstance(previous, Members):
        for _ in range(3):  # a write committed during the update: once more
            try:
                updated = update_members(svc.store, svc.minter, previous, subclasses, where, kept=from_disk,
                                         same_size=whole.same_size(svc.store))
            except Retry:
                continue
            if updated is not None:
                return updated
            break
    return all_members(cls, where, subclasses)


def subclasses_of(cls: URIRef) -> set[URIRef]:
    """``cls`` and every class the ontology makes a subclass of it (transitively)."""
    from rdflib.namespace import RDFS

    onto = ld().ontology()
    return {c for c in onto.transitive_subjects(RDFS.subClassOf, cls) if isinstance(c, URIRef)} | {cls}


def filtered_class_href(cls: URIRef, prop: URIRef, value: URIRef) -> str:
    """The class page listing only the instances with ``prop`` = ``value``."""
    href = class_href(cls)
    return href + ("&" if "?" in href else "?") + urlencode({"property": str(prop), "value": str(value)})


def class_href(cls: URIRef) -> str:
    vocab_ns = str(services().minter.vocab)
    if str(cls).startswith(vocab_ns) and "/" not in str(cls)[len(vocab_ns):]:
        return f"{root()}/class/{str(cls)[len(vocab_ns):]}"
    return f"{root()}/class?{urlencode({'iri': str(cls)})}"


#: class pages are for people first: HTML for */* and no Accept; RDF (a hydra:Collection) on request
CLASS_OFFER = (HTML, *RDF_OFFER)


@bp.get("/class/<name>")
def class_page(name: str) -> Response:
    local, ext = split_ext(name)
    return _class_view(URIRef(str(services().minter.vocab) + local), ext, f"{root()}/class/{local}")


@bp.get("/class")
def class_by_iri() -> Response:
    iri = request.args.get("iri", "")
    if not iri.startswith(("http://", "https://", "urn:")):
        return error(400, "Bad Request", "Give the class as ?iri=<absolute IRI>.", negotiated=False)
    return _class_view(URIRef(iri), None, f"{root()}/class")


def _class_view(cls: URIRef, ext: str | None, path: str) -> Response:
    page = page_arg()
    prop, value = request.args.get("property"), request.args.get("value")
    given = [v for v in (prop, value) if v]
    if len(given) == 1 or not all(v.startswith(("http://", "https://", "urn:")) for v in given):
        return error(400, "Bad Request", "Filter with both ?property=<IRI> and &value=<IRI>.", negotiated=False)
    where = (URIRef(prop), URIRef(value)) if prop and value else None
    media = media_for(ext, CLASS_OFFER)
    if media is None:
        return not_acceptable(CLASS_OFFER)
    figures = class_listing(cls, where)
    listing = figures.value
    total = len(listing)
    shown = list(listing[(page - 1) * LIST_PAGE:page * LIST_PAGE])
    known = (cls, None, None) in ld().ontology()
    if not total and not known:
        return error(404, "Not Found", f"No class <{cls}> is defined or used here.", negotiated=False)
    pages = max(1, -(-total // LIST_PAGE))
    if page > pages:
        return error(404, "Not Found", f"There are only {pages} page(s).", negotiated=False)
    links = _class_links(path, page, pages)
    if media != HTML:
        graph = _collection(cls, where, shown, total, page, pages)
        return figured(finish(serialize(graph, media, services().minter, context=context_url()), media,
                              negotiated=ext is None, links=links), figures)
    return figured(finish(_render_class(cls, where, shown, total, page, pages, path, figures), HTML,
                          negotiated=ext is None, links=links), figures)


def _render_class(cls: URIRef, where: tuple[URIRef, URIRef] | None, shown: list[Member], total: int,
                  page: int, pages: int, path: str, figures: Figures | None = None) -> str:
    from .present import show_literal

    lab = labeler(labels_of([where[1]] if where else []))
    items = [{"item": Shown(m.label or local_name(str(m.iri)), href=href_for(str(m.iri), services().minter, root()),
                            iri=str(m.iri)),
              "date": show_literal(m.date) if isinstance(m.date, Literal) else None} for m in shown]
    # each subclass links to its own listing, not to its ontology entry
    subclasses = sorted((Shown(lab.name(c), href=class_href(c), iri=str(c)) for c in subclasses_of(cls) if c != cls),
                        key=lambda x: x.text.lower())
    return render_template("class.html", title=lab.name(cls), cls=lab.show(cls), definition=_definition(cls),
                           where=(lab.show(where[0]), lab.show(where[1])) if where else None,
                           unfiltered=class_href(cls), subclasses=subclasses,
                           items=items, total=total, page=page, pages=pages,
                           alternates=_class_alternates(path, page),
                           prev_href=_class_page_href(page - 1) if page > 1 else None,
                           next_href=_class_page_href(page + 1) if page < pages else None, figures=figures)


def _collection(cls: URIRef, where: tuple[URIRef, URIRef] | None, shown: list[Member], total: int,
                page: int, pages: int) -> Graph:
    """The listing as RDF: a ``hydra:Collection`` whose IRIs are under the base, like the documents."""
    from .describe import collection_graph

    base = services().minter.base.rstrip("/")
    iri = lambda n: URIRef(base + _class_page_href(n, keep_ext=False)[len(root()):])  # noqa: E731
    rels = {"first": 1, "previous": page - 1, "next": page + 1, "last": pages} if pages > 1 else {}
    wanted = {rel: iri(n) for rel, n in rels.items() if 1 <= n <= pages}
    return collection_graph(iri(1), iri(page), cls, shown, total=total, pages=wanted, where=where)


def _class_query(page: int, fmt: str | None = None) -> str:
    args = {k: v for k, v in request.args.items() if k not in ("page", "format")}
    if page > 1:
        args["page"] = str(page)
    if fmt:
        args["format"] = fmt
    return f"?{urlencode(args)}" if args else ""


def _class_alternates(path: str, page: int) -> list[dict[str, str]]:
    """Each format of this listing page: ``/class/X.ttl`` style, or ``?format=`` for ``/class?iri=``."""
    names = {"text/html": "HTML", "text/turtle": "Turtle", "application/ld+json": "JSON-LD",
             "application/rdf+xml": "RDF/XML", "application/n-triples": "N-Triples"}
    out = []
    for m in CLASS_OFFER:
        ext = EXTENSION_OF[m]
        href = f"{path}{_class_query(page, ext)}" if path.endswith("/class") else f"{path}.{ext}{_class_query(page)}"
        out.append({"href": href, "type": m, "name": names[m]})
    return out


def _class_links(path: str, page: int, pages: int) -> str:
    links = [f'<{a["href"]}>; rel="alternate"; type="{a["type"]}"' for a in _class_alternates(path, page)]
    canonical = services().minter.base.rstrip("/") + _class_page_href(page, keep_ext=False)[len(root()):]
    links.append(f'<{canonical}>; rel="canonical"')
    links.append(f'<{root()}/sparql>; rel="{SPARQL_SD}"')
    links.append(f'<{root()}/void>; rel="http://rdfs.org/ns/void#inDataset"')
    links.append(f'<{services().settings.license}>; rel="license"')
    if page > 1:
        links.append(f'<{_class_page_href(page - 1)}>; rel="prev"')
    if page < pages:
        links.append(f'<{_class_page_href(page + 1)}>; rel="next"')
    return ", ".join(links)


def _class_page_href(page: int, *, keep_ext: bool = True) -> str:
    """This listing's page ``page`` (``/class/X.ttl`` pages to ``/class/X.ttl?page=2``)."""
    path = request.script_root + request.path
    _, ext = split_ext(path.rsplit("/", 1)[-1])
    if ext:
        path = path[:-len(ext) - 1]
    return (f"{path}.{ext}" if ext and keep_ext else path) + _class_query(page)


def _definition(term: URIRef) -> str | None:
    from rdflib.namespace import RDFS, SKOS

    onto = ld().ontology()
    for prop in (SKOS.definition, RDFS.comment):
        value = onto.value(term, prop)
        if value is not None:
            return str(value)
    return None
