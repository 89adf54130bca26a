"""Linked-data publishing: every IRI dereferences, for people (HTML) and machines (RDF).

Routes (all GET and HEAD), on this module's blueprint ``resources``, by what they serve:

* descriptions, here: ``/id/{kind}/{key}`` -> ``303 See Other`` to ``/doc/{kind}/{key}`` (404
  unknown, 410 deleted); ``/doc/{kind}/{key}`` negotiated, ``/doc/{kind}/{key}.{html,ttl,jsonld,rdf,nt}``
  fixed, ``?page=N`` pages the incoming links; ``/graph/{key}[.ext]`` a named graph: its provenance
  and what it holds;
* class listings (:mod:`osce_kg.server.classes`): ``/class/{Name}``, ``/class?iri=...``;
* vocabulary pages (:mod:`osce_kg.server.ontology_pages`): ``/ontology[.ext]``, ``/shapes[.ext]``,
  ``/context.jsonld``;
* the catalogue (:mod:`osce_kg.server.catalogue`): ``/`` landing page, ``/void[.ext]``,
  ``/.well-known/void``, ``/dumps/`` and the dump files, ``/sitemap.xml``, ``/robots.txt``.

Negotiation, validators, caching and ``Link`` headers and CORS are shared with ``/sparql``
(:mod:`osce_kg.server.responses`). A path, ``?iri=``, ``?property=`` or ``?value=`` holding what no
IRI may hold (a space, a control character, ``<>"{}|\\^```) is answered 400 before anything else
(:func:`_refuse_invalid_iris`).
"""
from __future__ import annotations

import concurrent.futures
import datetime as dt
import threading
from collections import OrderedDict
from typing import Any, Callable, Iterable
from urllib.parse import quote

from flask import Blueprint, Flask, Response, redirect, render_template, request
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node
from werkzeug.http import is_resource_modified
from werkzeug.wrappers import Response as BaseResponse

from osce_kg.loader.iri import iri_fault

from . import vocab
from .describe import LABEL_PROPERTIES, Description, IncomingLinks, LabelCache, describe, merged_into, page_url
from .dumps import Dumps
from .formats import EXTENSION_OF, OX_FORMAT, script_json, serialize
from .present import (Labeler, Shown, curie, href_for, labels_index, language_name, local_name, plain_jsonld,
                      shown_html, sort_shown)
from .responses import (OFFER, HTML, add_cors, alternates, context_url, error, finish, link_header, media_for,
                        not_acceptable, page_arg, paged, root, split_ext)
from .services import Services, services
from .void import VoidCounts, add_groups, refresh_counts, void_graph
from .wholestore import Figures, whole_store

bp = Blueprint("resources", __name__)


EXTRA_KEY = "linked_data"


#: cached descriptions per process (cleared on every committed write); rendered pages are kept apart
#: (:data:`BODY_CACHE_SIZE`). 2048 kept about half a million objects for the GC to walk (``heap.py``)
CACHE_SIZE = 256


#: rendered page bodies kept (tens of KiB each at most)
BODY_CACHE_SIZE = 512

#: the key VoID's counts are kept under beside the store (``wholestore.Kept``)
VOID_COUNTS_KEY = "void-counts"


class LinkedData:
    """Per-app caches for descriptions, VoID, dumps and page data; emptied after every write."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc
        self.dumps = Dumps(svc.store, svc.minter)
        self._lock = threading.Lock()
        self._descriptions: OrderedDict[tuple[str, int], Description] = OrderedDict()
        self._memo: dict[str, object] = {}
        #: incoming links of recently described IRIs, so later pages do not fetch them again
        self._incoming: OrderedDict[str, IncomingLinks] = OrderedDict()
        #: types and labels of linked resources (the same hubs again and again), until the next write
        self.labels = LabelCache(svc.settings.label_cache_iris)
        #: bumped by every write: a value computed before it must not be cached after it
        self._generation = 0
        #: rendered page bodies, most recent last (see :meth:`rendered`)
        self._bodies: OrderedDict[tuple, bytes | str] = OrderedDict()
        #: memo values being built: (key, generation) -> their future
        self._pending: dict[tuple[str, int], concurrent.futures.Future[object]] = {}
        #: the numbers VoID states, as last counted or updated (see :meth:`_void`)
        self._void_counts: VoidCounts | None = None
        #: the store's version (``wholestore.Versions``) the counts were brought up to, and the lock of doing so
        self._counts_version = -1
        self._counts_lock = threading.Lock()
        #: when this process last saw the data change (its start, then every committed write): the
        #: Last-Modified of facts whose graphs record no load time (the audit log, a graph PUT by hand)
        self.changed_at = _now()

    def clear(self) -> None:
        self.changed_at = _now()
        with self._lock:
            self._generation += 1
            self._bodies.clear()
            self._descriptions.clear()
            self._memo.clear()
            self._incoming.clear()
        self.labels.clear()
        self.dumps.clear()

    def describe(self, iri: URIRef, page: int = 1) -> Description:
        key = (str(iri), page)
        with self._lock:
            if key in self._descriptions:
                self._descriptions.move_to_end(key)
                return self._descriptions[key]
            generation = self._generation
        links = None
        if page > 1:  # the links were fetched for page 1 already, most likely
            with self._lock:
                links = self._incoming.get(str(iri))
        desc = describe(self.svc.store, self.svc.minter, iri, page=page, license=self.svc.settings.license,
                        links=links, labels=self.labels)
        with self._lock:
            if generation != self._generation:  # a write came meanwhile: this may be stale
                return desc
            self._descriptions[key] = desc
            while len(self._descriptions) > CACHE_SIZE:
                self._descriptions.popitem(last=False)
            if desc.pages > 1 and desc.links is not None:
                self._incoming[str(iri)] = desc.links
                while len(self._incoming) > 32:
                    self._incoming.popitem(last=False)
        return desc

    def rendered(self, key: tuple, render: Callable[[], bytes | str]) -> bytes | str:
        """A page body, kept for the :data:`BODY_CACHE_SIZE` most recent keys until the next write
        (describing and rendering cost milliseconds; most clients ask for the same pages)."""
        with self._lock:
            if key in self._bodies:
                self._bodies.move_to_end(key)
                return self._bodies[key]
            generation = self._generation
        body = render()
        with self._lock:
            if generation == self._generation:
                self._bodies[key] = body
                while len(self._bodies) > BODY_CACHE_SIZE:
                    self._bodies.popitem(last=False)
        return body

    def memo(self, key: str, build: Callable[[], object]) -> object:
        """``build()``, cached under ``key`` until the next write.

        Requests that want the same value at the same time share one build (after a write,
        a burst of requests for the landing page or VoID would otherwise run the same
        whole-store counts side by side).
        """
        with self._lock:
            if key in self._memo:
                return self._memo[key]
            generation = self._generation
            pending = self._pending.get((key, generation))
            building = pending is None
            if pending is None:
                pending = self._pending[(key, generation)] = concurrent.futures.Future()
        if not building:
            return pending.result()
        try:
            value = build()
        except BaseException as exc:
            with self._lock:
                self._pending.pop((key, generation), None)
            pending.set_exception(exc)
            raise
        with self._lock:
            self._pending.pop((key, generation), None)
            if generation == self._generation:  # else a write came meanwhile: this may be stale
                if len(self._memo) > 256:  # filtered class listings are many; keep the cache bounded
                    self._memo.clear()
                self._memo[key] = value
        pending.set_result(value)
        return value

    def ontology(self) -> Graph:
        return self.memo("ontology", lambda: vocab.ontology_graph(self.svc.minter, self.svc.store))  # type: ignore[return-value]

    def void(self) -> Figures[Graph]:
        """The VoID description, as last computed (see :mod:`osce_kg.server.wholestore`)."""
        return whole_store().get("void", self._void)

    def _void(self) -> Graph:
        """VoID's graph from its counts (:meth:`void_counts`). Runs in the one rebuild thread of "void"."""
        svc = self.svc
        return void_graph(svc.store, svc.minter, license=svc.settings.license, counts=self.void_counts())

    def has_void_counts(self) -> bool:
        """Whether VoID's counts are at hand (in memory, or kept beside the store): if not, a first count reads
        the whole store (9 min at a million releases)."""
        kept = whole_store().kept
        return self._void_counts is not None or (kept is not None and kept.load(VOID_COUNTS_KEY) is not None)

    def void_counts(self, groups: Iterable[str] = ()) -> VoidCounts:
        """VoID's counts for the store as it is now, with the totals of the class ``groups`` too (the landing
        page's): updated from the writes since they were counted (``void.refresh_counts``: a write of one
        release asks about a hundred small questions; counting a million releases took 9 min), once per
        version of the store (VoID and the landing page share them), kept in memory and beside the store
        for the next run. Runs in a whole-store rebuild thread."""
        svc, whole = self.svc, whole_store()
        with self._counts_lock:
            version = whole.versions.current  # read before the store is: a write meanwhile makes a newer one
            previous, from_disk = self._void_counts, False
            if previous is not None and self._counts_version == version:  # this version's: only groups to add
                counts = add_groups(svc.store, svc.minter, previous, groups)
            else:
                if previous is None and whole.kept is not None:
                    found = whole.kept.load(VOID_COUNTS_KEY)
                    if found is not None and isinstance(found[0], VoidCounts):
                        previous, from_disk = found[0], True
                wanted = {*groups, *(previous.groups if previous is not None else ())}
                counts = refresh_counts(svc.store, svc.minter, previous, kept=from_disk, groups=wanted,
                                        same_size=whole.same_size(svc.store))
            self._void_counts, self._counts_version = counts, version
            if whole.kept is not None and counts is not previous:
                whole.kept.save(VOID_COUNTS_KEY, counts, _now())
            return counts

    def shapes(self) -> Graph:
        return self.memo("shapes", lambda: vocab.shapes_graph(self.svc.minter, self.svc.settings))  # type: ignore[return-value]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def ld() -> LinkedData:
    return services().extras[EXTRA_KEY]  # type: ignore[return-value]


def init_app(app: Flask, svc: Services) -> None:
    state = LinkedData(svc)
    svc.extras[EXTRA_KEY] = state
    svc.after_write.append(state.clear)
    app.add_template_filter(shown_html, "shown")  # resource.html's values (the macro's output, made in Python)
    app.register_blueprint(bp)


#: query arguments that name an IRI
IRI_ARGS = ("iri", "property", "value")


@bp.before_request
def _refuse_invalid_iris() -> Response | None:
    """400 for a path or an IRI argument that no IRI can hold (a space, CR/LF, NUL, ``<``...).

    Every path here names an IRI under the base (``/id/...``, ``/doc/...``, ``/graph/...``,
    ``/class/...``), and ``?iri=``, ``?property=``, ``?value=`` name IRIs: refused here, such text
    never reaches a query, a ``Location`` or ``Link`` header, or a log line. A blueprint hook, so
    a route added later is covered too.
    """
    for what, text in (("The path", request.path), *((f"?{name}=", request.args.get(name)) for name in IRI_ARGS)):
        fault = iri_fault(text) if text is not None else None
        if fault is not None:
            return error(400, "Bad Request", f"{what} cannot name an IRI: it holds {fault}, which no IRI may "
                                             "hold (RFC 3987). Percent-encode it, as %XX, where it belongs.")
    return None


@bp.after_request
def _cors(response: Response) -> Response:
    """Public reads: browser-based linked-data clients may fetch and follow links (``Link`` exposed)."""
    return add_cors(response)


# -- descriptions ----------------------------------------------------------------------------


@bp.get("/id/<kind>/<key>")
def resource_iri(kind: str, key: str) -> BaseResponse:
    """The resource itself: 303 to the document that describes it."""
    svc = services()
    iri = URIRef(f"{svc.minter.base}id/{kind}/{key}")
    desc = ld().describe(iri)
    kept = merged_into(svc.store, svc.minter, iri) if desc.merge_candidate else None
    if kept is not None:  # merged into another resource (osce-kg dedupe --merge): moved for good
        return redirect(f"{root()}/{kept[len(svc.minter.base):]}", code=301)
    if not desc.exists:
        return _missing(desc)
    resp = redirect(f"{root()}/doc/{quote(kind)}/{quote(key)}", code=303)
    resp.headers["Link"] = f'<{desc.document}>; rel="describedby"'
    resp.cache_control.public = True
    resp.cache_control.max_age = 3600
    return resp


def _missing(desc: Description) -> Response:
    if desc.deleted_at:
        return error(410, "Gone", f"<{desc.iri}> was deleted on {desc.deleted_at:%Y-%m-%d %H:%M} UTC.")
    return error(404, "Not Found", f"Nothing is known about <{desc.iri}>.")


@bp.get("/doc/<kind>/<name>")
def resource_doc(kind: str, name: str) -> BaseResponse:
    """The document about ``/id/{kind}/{key}``: HTML or RDF by content negotiation or extension."""
    svc = services()
    key, ext = split_ext(name)
    iri = URIRef(f"{svc.minter.base}id/{kind}/{key}")
    # the first page's description says whether the IRI may have been merged; the store is asked only then
    first = ld().describe(iri)
    kept = merged_into(svc.store, svc.minter, iri) if first.merge_candidate else None
    if kept is not None:  # the merged resource's document is the kept one's
        return redirect(f"{root()}/doc/{kept[len(svc.minter.base) + 3:]}{'.' + ext if ext else ''}", code=301)
    return serve_description(iri, f"{root()}/doc/{kind}/{key}", ext, first=first)


@bp.get("/graph/<name>")
def graph_doc(name: str) -> Response:
    """A document's named graph IRI: its provenance and the resources it holds."""
    key, ext = split_ext(name)
    return serve_description(URIRef(f"{services().minter.base}graph/{key}"), f"{root()}/graph/{key}", ext,
                             graph_key=key)


def serve_description(iri: URIRef, path: str, ext: str | None, graph_key: str | None = None,
                      first: Description | None = None) -> Response:
    """``iri``'s description as negotiated; ``first`` is its first page's if the caller has it already."""
    page = page_arg()
    desc = first if first is not None and page == 1 else ld().describe(iri, page)
    if not desc.exists:
        return _missing(desc)
    if page > desc.pages:
        return error(404, "Not Found", f"There are only {desc.pages} page(s) of links to this resource.")
    media = media_for(ext)
    if media is None:
        return not_acceptable(OFFER)
    links = link_header(path, canonical=str(page_url(desc.document, page)), topic=str(iri), page=page,
                        pages=desc.pages)
    etag = f"{desc.fingerprint}-{EXTENSION_OF[media]}"
    # no load time recorded for these facts: the last change this process saw is a safe upper bound
    modified = desc.last_modified or ld().changed_at
    if not is_resource_modified(request.environ, etag=etag, last_modified=modified):
        return finish(b"", media, etag=etag, last_modified=modified, negotiated=ext is None, links=links)

    def render() -> bytes | str:
        if media == HTML:
            return render_resource(desc, path, graph_key)
        if media in OX_FORMAT:  # Oxigraph writes the triples: no rdflib graph made
            try:
                return serialize(desc.triples, media, services().minter)
            except (TypeError, ValueError):  # a term Oxigraph refuses: rdflib writes the graph
                pass
        return serialize(desc.graph, media, services().minter, context=context_url())

    # the body follows from the description's content (the ETag), where it is served and its page
    body = ld().rendered((etag, path, root(), graph_key, page), render)
    return finish(body, media, etag=etag, last_modified=modified, negotiated=ext is None, links=links)


def labeler(*graphs: Graph, indexes: tuple[dict, ...] = ()) -> Labeler:
    """Labels from ``graphs`` (and ``indexes``, see :func:`present.labels_index`) and the ontology (indexed
    once per write: it is not changed once made)."""
    return Labeler(*graphs, minter=services().minter, root=root(), fixed=(ld().ontology(),), indexes=indexes)


def graph_members(graph: URIRef, limit: int = 500) -> tuple[list[URIRef], Graph]:
    """The first resources a named graph says something about, with their labels."""
    from .describe import labels_and_types

    svc = services()
    rows = svc.store.select(f"SELECT DISTINCT ?s WHERE {{ GRAPH {graph.n3()} {{ ?s ?p ?o }} FILTER(isIRI(?s)) }} "
                            f"ORDER BY ?s LIMIT {limit}")
    members = [s for r in rows if isinstance(s := r.get("s"), URIRef) and s != graph]
    labels = Graph()
    for t in labels_and_types(svc.store, members):
        labels.add(t)
    return members, labels


#: the prefixes property names are shown with on pages (rdflib's usual ones), bound once: a description's
#: graph binds none (binding them took a millisecond a page)
CURIE_NAMES = Graph().namespace_manager


def render_resource(desc: Description, path: str, graph_key: str | None = None) -> str:
    """The HTML page of a description (for a named graph, also what it holds)."""
    svc = services()
    # read from the description's triples, indexed here: no rdflib graph is made for a page
    members, member_labels = graph_members(desc.iri) if graph_key else ([], Graph(bind_namespaces="none"))
    lab = labeler(indexes=(labels_index(desc.triples), *((labels_index(member_labels),) if graph_key else ())))
    types: dict[Node, list[Node]] = {}
    for s, p, o in desc.triples:
        if p == RDF.type:
            types.setdefault(s, []).append(o)
    rows: dict[URIRef, list[Shown]] = {}
    for p, o in desc.own:
        if p == RDF.type:
            continue
        rows.setdefault(p, []).append(lab.show(o))
    order = {p: i for i, p in enumerate(LABEL_PROPERTIES)}
    properties: list[dict[str, Any]] = [
        {"prop": lab.show(p), "curie": curie(str(p), CURIE_NAMES), "values": sort_shown(vals)}
                  for p, vals in sorted(rows.items(), key=lambda kv: (order.get(kv[0], 99), lab.prop(kv[0]).lower()))]
    for row in properties:
        row["prop"] = Shown(lab.prop(URIRef(row["prop"].iri)), href=row["prop"].href, iri=row["prop"].iri)
    groups: dict[URIRef, list[Shown]] = {}
    for s, p in desc.incoming:
        groups.setdefault(p, []).append(lab.show(s))
    incoming = [{"prop": Shown(lab.prop(p), href=href_for(str(p), svc.minter, root()), iri=str(p)),
                 "count": desc.incoming_counts.get(p, 0), "values": sort_shown(groups.get(p, [])),
                 "all": _all_linking(types, desc, p)}
                for p in sorted(desc.incoming_counts, key=lambda p: lab.prop(p).lower())]
    provenance = [{"graph": lab.show(pr.graph), "loaded": pr.loaded,
                   "facts": [(lab.prop(p), lab.show(o)) for s, p, o in pr.triples if s == pr.graph and p != RDF.type],
                   "sources": _sources(pr.triples, pr.graph, lab)}
                  for pr in desc.provenance]
    jsonld = plain_jsonld(desc.triples, context_url())
    title = lab.label(desc.iri) or local_name(str(desc.iri))
    langs = sorted({v.lang for row in properties for v in row["values"] if v.lang})
    return render_template(
        "resource.html", title=title, iri=str(desc.iri), types=lab.types(types.get(desc.iri, ())),
        properties=properties,
        incoming=incoming, incoming_total=desc.incoming_total, provenance=provenance, page=desc.page,
        pages=desc.pages, prev_href=paged(path, desc.page - 1) if desc.page > 1 else None,
        next_href=paged(path, desc.page + 1) if desc.page < desc.pages else None,
        alternates=alternates(path, desc.page), jsonld=script_json(jsonld), last_modified=desc.last_modified,
        languages=[(t, language_name(t)) for t in langs], canonical=str(page_url(desc.document, desc.page)),
        members=sorted((lab.show(m) for m in members), key=lambda s: s.text.lower()), graph_key=graph_key)


def _all_linking(types: dict[Node, list[Node]], desc: Description, prop: URIRef) -> str | None:
    """A class page of everything linking here with ``prop`` (all releases in a field of work): the most
    specific class of ours that every linking resource shown belongs to, through the ontology."""
    from rdflib.namespace import RDFS

    shown = [s for s, p in desc.incoming if p == prop]
    if desc.incoming_counts.get(prop, 0) < 2 or not shown:
        return None
    vocab_ns, onto = str(services().minter.vocab), ld().ontology()

    def classes(s: Node) -> set[URIRef]:
        own = {t for t in types.get(s, ()) if str(t).startswith(vocab_ns)}
        return {a for t in own for a in onto.transitive_objects(t, RDFS.subClassOf)
                if isinstance(a, URIRef) and str(a).startswith(vocab_ns)}

    common = set.intersection(*(classes(s) for s in shown))
    if not common:
        return None
    # the most specific: the one with the most ancestors
    best = max(common, key=lambda c: (len(set(onto.transitive_objects(c, RDFS.subClassOf))), str(c)))
    from .classes import filtered_class_href

    return filtered_class_href(best, prop, desc.iri)


def labels_of(iris: list[URIRef]) -> Graph:
    from .describe import labels_and_types

    g = Graph()
    for t in labels_and_types(services().store, iris):
        g.add(t)
    return g


def _sources(triples: list, graph: URIRef, lab: Labeler) -> list[dict[str, object]]:
    """The resources a graph's provenance points to (its source document, the loading activity)."""
    out: dict[Node, list[tuple[str, Shown]]] = {}
    for s, p, o in triples:
        if s != graph and p != RDF.type:
            out.setdefault(s, []).append((lab.prop(p), lab.show(o)))
    return [{"node": lab.show(s), "facts": sorted(facts, key=lambda f: f[0])} for s, facts in out.items()]


# the other route families register on this blueprint (imported last: they import from here)
from . import catalogue as _catalogue, classes as _classes, ontology_pages as _ontology_pages  # noqa: E402,F401
