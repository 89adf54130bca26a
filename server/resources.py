"""Linked-data publishing: every IRI dereferences, for people (HTML) and machines (RDF).

Routes (all GET and HEAD):

* ``/id/{kind}/{key}`` -> ``303 See Other`` to ``/doc/{kind}/{key}`` (404 unknown, 410 deleted)
* ``/doc/{kind}/{key}`` negotiated; ``/doc/{kind}/{key}.{html,ttl,jsonld,rdf,nt}`` fixed;
  ``?page=N`` pages the incoming links
* ``/graph/{key}[.ext]`` a named graph: its provenance and what it holds
* ``/class/{Name}`` (our classes) and ``/class?iri=...`` (any class): the instances, paged
* ``/`` landing page; ``/ontology[.ext]``, ``/shapes[.ext]``; ``/context.jsonld``
* ``/void[.ext]``, ``/.well-known/void``; ``/dumps/`` and the dump files; ``/sitemap.xml``, ``/robots.txt``

A path, ``?iri=``, ``?property=`` or ``?value=`` holding what no IRI may hold (a space, a control
character, ``<>"{}|\\^```) is answered 400 before anything else (:func:`_refuse_invalid_iris`).
"""
from __future__ import annotations

import concurrent.futures
import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from typing import Callable
from urllib.parse import quote, urlencode

from flask import Blueprint, Flask, Response, abort, redirect, render_template, request
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from werkzeug.http import is_resource_modified

from osce_kg.loader import __version__
from osce_kg.loader.iri import ONTOLOGY

from . import vocab
from .describe import (LABEL_PROPERTIES, Description, IncomingLinks, Member, class_members, describe, iri_fault,
                       merged_into, page_url)
from .dumps import ALL, Dumps
from .formats import EXTENSION_OF, RDF_OFFER, context_document, script_json, serialize
from .negotiation import EXTENSIONS, negotiate
from .present import Labeler, Shown, curie, href_for, language_name, local_name, sort_shown
from .problems import problem
from .services import Services, services
from .void import class_counts, examples, void_graph
from .cache import do_not_keep
from .wholestore import Figures, whole_store

bp = Blueprint("resources", __name__)

HTML = "text/html"
#: what a negotiated page offers; Turtle first: the answer to */* and to no Accept at all
OFFER = (*RDF_OFFER, HTML)
LIST_PAGE = 100
SPARQL_SD = "http://www.w3.org/ns/sparql-service-description#endpoint"
SITEMAP_MAX = 50_000
EXTRA_KEY = "linked_data"
#: cached descriptions per process (cleared on every committed write)
CACHE_SIZE = 2048
#: rendered page bodies kept (tens of KiB each at most)
BODY_CACHE_SIZE = 512


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
        #: bumped by every write: a value computed before it must not be cached after it
        self._generation = 0
        #: rendered page bodies, most recent last (see :meth:`rendered`)
        self._bodies: OrderedDict[tuple, bytes | str] = OrderedDict()
        #: memo values being built: (key, generation) -> their future
        self._pending: dict[tuple[str, int], concurrent.futures.Future[object]] = {}
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
                        links=links)
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
    app.register_blueprint(bp)


#: query arguments that name an IRI
IRI_ARGS = ("iri", "property", "value")


# -- what a URL may name -----------------------------------------------------------------

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


# -- negotiation and headers -----------------------------------------------------------

@bp.after_request
def _cors(response: Response) -> Response:
    """Public reads: browser-based linked-data clients may fetch and follow links (``Link`` exposed)."""
    allowed = services().settings.cors_origins
    origin = request.headers.get("Origin")
    if "*" in allowed:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin and origin in allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.vary.add("Origin")
    else:
        return response
    response.headers["Access-Control-Expose-Headers"] = "Link, ETag, Last-Modified, Location, Vary"
    return response


def _root() -> str:
    return request.script_root


def _context_url() -> str:
    """Where this server publishes the JSON-LD context, as the client reached it.

    Not ``{base}context.jsonld``: a server reached at another address than its base
    (a test port, a proxy) must still hand out a context URL the client can fetch.
    """
    return f"{request.url_root}context.jsonld"


def choose(available: tuple[str, ...]) -> str | None:
    """The media type to answer with; ``application/xhtml+xml`` counts as HTML, plain JSON as JSON-LD."""
    accept = request.headers.get("Accept")
    if accept:
        accept = accept.replace("application/xhtml+xml", HTML).replace("application/json", "application/ld+json")
    return negotiate(accept, available, request.args.get("format"))


def wants_html() -> bool:
    return bool(request.headers.get("Accept")) and choose(("application/problem+json", HTML)) == HTML


def error(status: int, title: str, detail: str, *, negotiated: bool = True) -> Response:
    """A problem document, or an HTML page when the client prefers HTML."""
    if wants_html():
        resp = Response(render_template("error.html", status=status, title=title, detail=detail), status=status,
                        mimetype=HTML)
    else:
        resp = problem(status, title, detail)
    if negotiated:
        resp.vary.add("Accept")
    return resp


def not_acceptable(available: tuple[str, ...]) -> Response:
    resp = problem(406, "Not Acceptable", "This resource is available as: " + ", ".join(available) + ".",
                   available=list(available))
    resp.vary.add("Accept")
    return resp


def link_header(path: str, *, canonical: str | None, topic: str | None = None, page: int = 1,
                pages: int = 1, offer: tuple[str, ...] = OFFER) -> str:
    """``Link`` values: alternates with type, canonical, primary topic, SPARQL endpoint, license, paging."""
    svc = services()
    query = f"?page={page}" if page > 1 else ""
    links = [f'<{path}.{EXTENSION_OF[m]}{query}>; rel="alternate"; type="{m}"' for m in offer]
    if canonical:
        links.append(f'<{canonical}>; rel="canonical"')
    if topic:
        links.append(f'<{topic}>; rel="http://xmlns.com/foaf/0.1/primaryTopic"')
    links.append(f'<{_root()}/sparql>; rel="{SPARQL_SD}"')
    links.append(f'<{_root()}/void>; rel="http://rdfs.org/ns/void#inDataset"')
    links.append(f'<{svc.settings.license}>; rel="license"')
    if page > 1:
        links.append(f'<{_paged(request.path, page - 1)}>; rel="prev"')
        links.append(f'<{_paged(request.path, 1)}>; rel="first"')
    if page < pages:
        links.append(f'<{_paged(request.path, page + 1)}>; rel="next"')
        links.append(f'<{_paged(request.path, pages)}>; rel="last"')
    return ", ".join(links)


def _paged(path: str, page: int) -> str:
    return path if page == 1 else f"{path}?page={page}"


def finish(body: bytes | str, media: str, *, etag: str | None = None, last_modified: dt.datetime | None = None,
           negotiated: bool = False, links: str | None = None) -> Response:
    """A 200 (or 304) with validators, ``Vary`` and ``Link``; ``etag`` defaults to a hash of the body."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    tag = etag or hashlib.sha256(data).hexdigest()[:20]
    unchanged = not is_resource_modified(request.environ, etag=tag, last_modified=last_modified)
    resp = Response(b"" if unchanged else data, status=304 if unchanged else 200)
    resp.headers["Content-Type"] = f"{media}; charset=utf-8"
    resp.set_etag(tag)
    if last_modified:
        resp.last_modified = last_modified
    resp.cache_control.public = True
    resp.cache_control.max_age = 60
    if negotiated:
        resp.vary.add("Accept")
    if links:
        resp.headers["Link"] = links
    if unchanged:
        resp.headers.pop("Content-Length", None)
    return resp


def _split_ext(name: str) -> tuple[str, str | None]:
    """``x.ttl`` -> (``x``, ``ttl``); keys never contain dots."""
    stem, dot, ext = name.rpartition(".")
    return (stem, ext) if dot and ext in EXTENSION_OF.values() else (name, None)


def _page_arg() -> int:
    try:
        page = int(request.args.get("page", "1"))
    except ValueError:
        abort(400, "page must be a whole number")
    if page < 1:
        abort(400, "page must be 1 or more")
    return page


def _media_for(ext: str | None, offer: tuple[str, ...] = OFFER) -> str | None:
    return EXTENSIONS[ext] if ext else choose(offer)


# -- resources --------------------------------------------------------------------------

@bp.get("/id/<kind>/<key>")
def resource_iri(kind: str, key: str) -> Response:
    """The resource itself: 303 to the document that describes it."""
    svc = services()
    iri = URIRef(f"{svc.minter.base}id/{kind}/{key}")
    kept = merged_into(svc.store, svc.minter, iri)
    if kept is not None:  # merged into another resource (osce-kg dedupe --merge): moved for good
        return redirect(f"{_root()}/{kept[len(svc.minter.base):]}", code=301)
    desc = ld().describe(iri)
    if not desc.exists:
        return _missing(desc)
    resp = redirect(f"{_root()}/doc/{quote(kind)}/{quote(key)}", code=303)
    resp.headers["Link"] = f'<{desc.document}>; rel="describedby"'
    resp.cache_control.public = True
    resp.cache_control.max_age = 3600
    return resp


def _missing(desc: Description) -> Response:
    if desc.deleted_at:
        return error(410, "Gone", f"<{desc.iri}> was deleted on {desc.deleted_at:%Y-%m-%d %H:%M} UTC.")
    return error(404, "Not Found", f"Nothing is known about <{desc.iri}>.")


@bp.get("/doc/<kind>/<name>")
def resource_doc(kind: str, name: str) -> Response:
    """The document about ``/id/{kind}/{key}``: HTML or RDF by content negotiation or extension."""
    svc = services()
    key, ext = _split_ext(name)
    kept = merged_into(svc.store, svc.minter, URIRef(f"{svc.minter.base}id/{kind}/{key}"))
    if kept is not None:  # the merged resource's document is the kept one's
        return redirect(f"{_root()}/doc/{kept[len(svc.minter.base) + 3:]}{'.' + ext if ext else ''}", code=301)
    return serve_description(URIRef(f"{svc.minter.base}id/{kind}/{key}"), f"{_root()}/doc/{kind}/{key}", ext)


@bp.get("/graph/<name>")
def graph_doc(name: str) -> Response:
    """A document's named graph IRI: its provenance and the resources it holds."""
    key, ext = _split_ext(name)
    return serve_description(URIRef(f"{services().minter.base}graph/{key}"), f"{_root()}/graph/{key}", ext,
                             graph_key=key)


def serve_description(iri: URIRef, path: str, ext: str | None, graph_key: str | None = None) -> Response:
    page = _page_arg()
    desc = ld().describe(iri, page)
    if not desc.exists:
        return _missing(desc)
    if page > desc.pages:
        return error(404, "Not Found", f"There are only {desc.pages} page(s) of links to this resource.")
    media = _media_for(ext)
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
        return serialize(Graph() + desc.graph, media, services().minter, context=_context_url())

    # the body follows from the description's content (the ETag), where it is served and its page
    body = ld().rendered((etag, path, _root(), graph_key, page), render)
    return finish(body, media, etag=etag, last_modified=modified, negotiated=ext is None, links=links)


def _labeler(*graphs: Graph) -> Labeler:
    return Labeler(*graphs, ld().ontology(), minter=services().minter, root=_root())


def _alternates(path: str, page: int = 1, offer: tuple[str, ...] = OFFER) -> list[dict[str, str]]:
    names = {"text/html": "HTML", "text/turtle": "Turtle", "application/ld+json": "JSON-LD",
             "application/rdf+xml": "RDF/XML", "application/n-triples": "N-Triples"}
    query = f"?page={page}" if page > 1 else ""
    return [{"href": f"{path}.{EXTENSION_OF[m]}{query}", "type": m, "name": names[m]} for m in offer]


def graph_members(graph: URIRef, limit: int = 500) -> tuple[list[URIRef], Graph]:
    """The first resources a named graph says something about, with their labels."""
    from .describe import labels_and_types

    svc = services()
    rows = svc.store.select(f"SELECT DISTINCT ?s WHERE {{ GRAPH {graph.n3()} {{ ?s ?p ?o }} FILTER(isIRI(?s)) }} "
                            f"ORDER BY ?s LIMIT {limit}")
    members = [r["s"] for r in rows if r["s"] != graph]  # type: ignore[misc]
    labels = Graph()
    for t in labels_and_types(svc.store, members):
        labels.add(t)
    return members, labels  # type: ignore[return-value]


def render_resource(desc: Description, path: str, graph_key: str | None = None) -> str:
    """The HTML page of a description (for a named graph, also what it holds)."""
    svc = services()
    g = desc.graph
    members, member_labels = graph_members(desc.iri) if graph_key else ([], Graph())
    lab = _labeler(g, member_labels)
    rows: dict[URIRef, list[Shown]] = {}
    for p, o in desc.own:
        if p == RDF.type:
            continue
        rows.setdefault(p, []).append(lab.show(o))
    order = {p: i for i, p in enumerate(LABEL_PROPERTIES)}
    properties = [{"prop": lab.show(p), "curie": curie(str(p), g.namespace_manager), "values": sort_shown(vals)}
                  for p, vals in sorted(rows.items(), key=lambda kv: (order.get(kv[0], 99), lab.prop(kv[0]).lower()))]
    for row in properties:
        row["prop"] = Shown(lab.prop(URIRef(row["prop"].iri)), href=row["prop"].href, iri=row["prop"].iri)
    groups: dict[URIRef, list[Shown]] = {}
    for s, p in desc.incoming:
        groups.setdefault(p, []).append(lab.show(s))
    incoming = [{"prop": Shown(lab.prop(p), href=href_for(str(p), svc.minter, _root()), iri=str(p)),
                 "count": desc.incoming_counts.get(p, 0), "values": sort_shown(groups.get(p, [])),
                 "all": _all_linking(g, desc, p)}
                for p in sorted(desc.incoming_counts, key=lambda p: lab.prop(p).lower())]
    provenance = [{"graph": lab.show(pr.graph), "loaded": pr.loaded,
                   "facts": [(lab.prop(p), lab.show(o)) for s, p, o in pr.triples if s == pr.graph and p != RDF.type],
                   "sources": _sources(pr.triples, pr.graph, lab)}
                  for pr in desc.provenance]
    jsonld = serialize(Graph() + g, "application/ld+json", svc.minter, context=_context_url()).decode("utf-8")
    title = lab.label(desc.iri) or local_name(str(desc.iri))
    langs = sorted({v.lang for row in properties for v in row["values"] if v.lang})
    return render_template(
        "resource.html", title=title, iri=str(desc.iri), types=lab.types(g, desc.iri), properties=properties,
        incoming=incoming, incoming_total=desc.incoming_total, provenance=provenance, page=desc.page,
        pages=desc.pages, prev_href=_paged(path, desc.page - 1) if desc.page > 1 else None,
        next_href=_paged(path, desc.page + 1) if desc.page < desc.pages else None,
        alternates=_alternates(path, desc.page), jsonld=script_json(jsonld), last_modified=desc.last_modified,
        languages=[(t, language_name(t)) for t in langs], canonical=str(page_url(desc.document, desc.page)),
        members=sorted((lab.show(m) for m in members), key=lambda s: s.text.lower()), graph_key=graph_key)


def _all_linking(g: Graph, desc: Description, prop: URIRef) -> str | None:
    """A class page of everything linking here with ``prop`` (all releases in a field of work): the most
    specific class of ours that every linking resource shown belongs to, through the ontology."""
    from rdflib.namespace import RDFS

    shown = [s for s, p in desc.incoming if p == prop]
    if desc.incoming_counts.get(prop, 0) < 2 or not shown:
        return None
    vocab_ns, onto = str(services().minter.vocab), ld().ontology()

    def classes(s: URIRef) -> set[URIRef]:
        own = {t for t in g.objects(s, RDF.type) if str(t).startswith(vocab_ns)}
        return {a for t in own for a in onto.transitive_objects(t, RDFS.subClassOf)
                if isinstance(a, URIRef) and str(a).startswith(vocab_ns)}

    common = set.intersection(*(classes(s) for s in shown))
    if not common:
        return None
    # the most specific: the one with the most ancestors
    best = max(common, key=lambda c: (len(set(onto.transitive_objects(c, RDFS.subClassOf))), str(c)))
    return filtered_class_href(best, prop, desc.iri)


def _labels_of(iris: list[URIRef]) -> Graph:
    from .describe import labels_and_types

    g = Graph()
    for t in labels_and_types(services().store, iris):
        g.add(t)
    return g


def _sources(triples: list, graph: URIRef, lab: Labeler) -> list[dict[str, object]]:
    """The resources a graph's provenance points to (its source document, the loading activity)."""
    out: dict[object, list[tuple[str, Shown]]] = {}
    for s, p, o in triples:
        if s != graph and p != RDF.type:
            out.setdefault(s, []).append((lab.prop(p), lab.show(o)))
    return [{"node": lab.show(s), "facts": sorted(facts, key=lambda f: f[0])} for s, facts in out.items()]


# -- class pages and landing -------------------------------------------------------------

def class_listing(cls: URIRef, where: tuple[URIRef, URIRef] | None) -> Figures[list[Member]]:
    """The sorted instances of ``cls`` and its subclasses, as last computed: rebuilt in the
    background after a write, never waited for (see :mod:`osce_kg.server.wholestore`)."""
    subclasses = sorted(subclasses_of(cls))
    store = services().store
    return whole_store().get(("class", str(cls), where), lambda: class_members(store, cls, where, subclasses))


def figured(response: Response, *figures: Figures) -> Response:
    """``response`` saying when its whole-store figures were computed (the oldest of ``figures``);
    figures older than the store are marked (``Age``) and the answer is not kept by the response cache."""
    oldest = min(figures, key=lambda f: f.computed_at)
    for name, value in oldest.headers().items():
        response.headers[name] = value
    if any(f.stale for f in figures):
        do_not_keep()
        response.cache_control.max_age = 0
    return response


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
        return f"{_root()}/class/{str(cls)[len(vocab_ns):]}"
    return f"{_root()}/class?{urlencode({'iri': str(cls)})}"


#: class pages are for people first: HTML for */* and no Accept; RDF (a hydra:Collection) on request
CLASS_OFFER = (HTML, *RDF_OFFER)


@bp.get("/class/<name>")
def class_page(name: str) -> Response:
    local, ext = _split_ext(name)
    return _class_view(URIRef(str(services().minter.vocab) + local), ext, f"{_root()}/class/{local}")


@bp.get("/class")
def class_by_iri() -> Response:
    iri = request.args.get("iri", "")
    if not iri.startswith(("http://", "https://", "urn:")):
        return error(400, "Bad Request", "Give the class as ?iri=<absolute IRI>.", negotiated=False)
    return _class_view(URIRef(iri), None, f"{_root()}/class")


def _class_view(cls: URIRef, ext: str | None, path: str) -> Response:
    page = _page_arg()
    prop, value = request.args.get("property"), request.args.get("value")
    given = [v for v in (prop, value) if v]
    if len(given) == 1 or not all(v.startswith(("http://", "https://", "urn:")) for v in given):
        return error(400, "Bad Request", "Filter with both ?property=<IRI> and &value=<IRI>.", negotiated=False)
    where = (URIRef(prop), URIRef(value)) if prop and value else None
    media = _media_for(ext, CLASS_OFFER)
    if media is None:
        return not_acceptable(CLASS_OFFER)
    figures = class_listing(cls, where)
    listing = figures.value
    total = len(listing)
    shown = listing[(page - 1) * LIST_PAGE:page * LIST_PAGE]
    known = (cls, None, None) in ld().ontology()
    if not total and not known:
        return error(404, "Not Found", f"No class <{cls}> is defined or used here.", negotiated=False)
    pages = max(1, -(-total // LIST_PAGE))
    if page > pages:
        return error(404, "Not Found", f"There are only {pages} page(s).", negotiated=False)
    links = _class_links(path, page, pages)
    if media != HTML:
        graph = _collection(cls, where, shown, total, page, pages)
        return figured(finish(serialize(graph, media, services().minter, context=_context_url()), media,
                              negotiated=ext is None, links=links), figures)
    return figured(finish(_render_class(cls, where, shown, total, page, pages, path, figures), HTML,
                          negotiated=ext is None, links=links), figures)


def _render_class(cls: URIRef, where: tuple[URIRef, URIRef] | None, shown: list[Member], total: int,
                  page: int, pages: int, path: str, figures: Figures | None = None) -> str:
    from .present import show_literal

    lab = _labeler(_labels_of([where[1]] if where else []))
    items = [{"item": Shown(m.label or local_name(str(m.iri)), href=href_for(str(m.iri), services().minter, _root()),
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
    iri = lambda n: URIRef(base + _class_page_href(n, keep_ext=False)[len(_root()):])  # noqa: E731
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
    canonical = services().minter.base.rstrip("/") + _class_page_href(page, keep_ext=False)[len(_root()):]
    links.append(f'<{canonical}>; rel="canonical"')
    links.append(f'<{_root()}/sparql>; rel="{SPARQL_SD}"')
    links.append(f'<{_root()}/void>; rel="http://rdfs.org/ns/void#inDataset"')
    links.append(f'<{services().settings.license}>; rel="license"')
    if page > 1:
        links.append(f'<{_class_page_href(page - 1)}>; rel="prev"')
    if page < pages:
        links.append(f'<{_class_page_href(page + 1)}>; rel="next"')
    return ", ".join(links)


def _class_page_href(page: int, *, keep_ext: bool = True) -> str:
    """This listing's page ``page`` (``/class/X.ttl`` pages to ``/class/X.ttl?page=2``)."""
    path = request.script_root + request.path
    _, ext = _split_ext(path.rsplit("/", 1)[-1])
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


def landing_data() -> Figures[dict[str, object]]:
    """The landing page's figures, as last computed (see :mod:`osce_kg.server.wholestore`)."""
    svc = services()

    def build() -> dict[str, object]:
        counts = class_counts(svc.store, svc.minter)
        ours = [c for c, _ in counts if svc.minter.is_ours(str(c))]
        ex = examples(svc.store, svc.minter, ours)
        # provenance classes (document graphs, sources, loads) have no /id/ resources: any example
        missing = [c for c in ours if c not in ex]
        ex.update(examples(svc.store, svc.minter, missing, prefix=svc.minter.base))
        linked = {i for iris in ex.values() for i in iris}
        g = Graph()
        from .describe import labels_and_types

        for t in labels_and_types(svc.store, linked):
            g.add(t)
        return {"counts": counts, "totals": _totals_with_subclasses(ours + _superclasses_of(ours)),
                "examples": ex, "labels": g,
                "quads": svc.store.quad_count(), "graphs": len(svc.store.named_graphs())}

    return whole_store().get("landing", build)  # type: ignore[return-value]


def _superclasses_of(classes: list[URIRef]) -> list[URIRef]:
    """Our ontology's classes above ``classes`` that have no instances of their own (e.g. publication)."""
    from rdflib.namespace import RDFS

    onto, vocab_ns, present = ld().ontology(), str(services().minter.vocab), set(classes)
    found = {s for c in classes for s in onto.transitive_objects(c, RDFS.subClassOf)
             if isinstance(s, URIRef) and str(s).startswith(vocab_ns)}
    return sorted(found - present)


def _totals_with_subclasses(classes: list[URIRef]) -> dict[URIRef, int]:
    """Instances of each class that has subclasses, counting theirs (a field operation is also a mission)."""
    svc = services()
    totals: dict[URIRef, int] = {}
    for cls in classes:
        subs = subclasses_of(cls)
        if len(subs) > 1:
            values = " ".join(c.n3() for c in sorted(subs))
            rows = svc.store.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?s a ?c }}")
            totals[cls] = int(rows[0]["n"]) if rows else 0  # type: ignore[arg-type]
    return totals


def _class_tree(classes: list[URIRef], counts: dict[URIRef, int]) -> list[tuple[URIRef, int]]:
    """``classes`` as a tree, depth first: each under its nearest superclass among them, biggest first."""
    from rdflib.namespace import RDFS

    onto = ld().ontology()
    present = set(classes)
    parent: dict[URIRef, URIRef | None] = {}
    for cls in classes:
        supers = [s for s in onto.objects(cls, RDFS.subClassOf) if s in present and s != cls]
        parent[cls] = min(supers, key=str) if supers else None
    out: list[tuple[URIRef, int]] = []

    def walk(node: URIRef | None, depth: int) -> None:
        children = [c for c in classes if parent[c] == node]
        for child in sorted(children, key=lambda c: (-counts.get(c, 0), str(c))):
            if all(child != c for c, _ in out):  # guard against cycles in the ontology
                out.append((child, depth))
                walk(child, depth + 1)

    walk(None, 0)
    return out


@bp.get("/")
def landing() -> Response:
    figures = landing_data()
    data = figures.value
    lab = _labeler(data["labels"])  # type: ignore[arg-type]
    direct: dict[URIRef, int] = dict(data["counts"])  # type: ignore[arg-type]
    totals: dict[URIRef, int] = {**direct, **data["totals"]}  # type: ignore[dict-item]
    minter = services().minter
    ours = [{"cls": Shown(lab.name(cls), href=class_href(cls), iri=str(cls)), "count": totals[cls],
             "direct": direct.get(cls, 0), "depth": min(depth, 3),
             "examples": [lab.show(i) for i in data["examples"].get(cls, [])]}  # type: ignore[union-attr]
            for cls, depth in _class_tree([c for c in totals if minter.is_ours(str(c))], totals)]
    others = [{"cls": Shown(lab.name(cls), href=class_href(cls), iri=str(cls)), "count": n}
              for cls, n in direct.items() if not minter.is_ours(str(cls))]
    body = render_template("index.html", title="osce-kg", ours=ours, others=others, quads=data["quads"],
                           graphs=data["graphs"], version=__version__, examples=_example_links(ours),
                           figures=figures)
    return figured(finish(body, HTML, links=f'<{_root()}/sparql>; rel="{SPARQL_SD}", <{_root()}/void>; '
                                            f'rel="http://rdfs.org/ns/void#inDataset"'), figures)


#: the classes whose examples make the best starting points, in this order
START_CLASSES = ("PressRelease", "ParticipatingState", "Mission", "Presence", "Event", "Institution",
                 "FieldOfWork", "NewsItem")


def _example_links(rows: list[dict[str, object]]) -> list[Shown]:
    """A few resources to start from: releases, States, field operations, events, then the biggest classes."""
    vocab_ns = str(services().minter.vocab)
    rank = {vocab_ns + name: i for i, name in enumerate(START_CLASSES)}
    picked: list[Shown] = []
    for row in sorted(rows, key=lambda r: (rank.get(r["cls"].iri, 99), -int(r["count"]))):  # type: ignore
        for ex in row["examples"]:  # type: ignore[attr-defined]
            if ex.href and "/doc/" in ex.href and all(ex.iri != p.iri for p in picked):
                picked.append(ex)
        if len(picked) >= 6:
            break
    return picked


# -- ontology, shapes, context ---------------------------------------------------------------

@bp.get("/ontology")
@bp.get("/ontology.<ext>")
def ontology(ext: str | None = None) -> Response:
    return _vocabulary("ontology", ld().ontology(), ext)


@bp.get("/shapes")
@bp.get("/shapes.<ext>")
def shapes(ext: str | None = None) -> Response:
    return _vocabulary("shapes", ld().shapes(), ext)


@bp.get("/ontology/<term>")
@bp.get("/shapes/<term>")
def vocabulary_term(term: str) -> Response:
    """``/ontology/Term`` -> ``/ontology#Term`` (our term IRIs are hash IRIs)."""
    doc = request.path.rsplit("/", 1)[0]
    if term[:1].isdigit():  # a version IRI (/ontology/0.1.0): the ontology itself
        return redirect(doc, code=303)
    return redirect(f"{doc}#{quote(term)}", code=303)


def _vocabulary(which: str, graph: Graph, ext: str | None) -> Response:
    if ext is not None and ext not in EXTENSION_OF.values():
        return error(404, "Not Found", f"No /{which}.{ext} here.", negotiated=False)
    media = _media_for(ext)
    if media is None:
        return not_acceptable(OFFER)
    path = f"{_root()}/{which}"
    # the ontology's own IRI is the same everywhere; this document is where this deployment serves it
    links = link_header(path, canonical=services().minter.base + which,
                        topic=ONTOLOGY if which == "ontology" else None)
    if media != HTML:
        return finish(serialize(Graph() + graph, media, services().minter, context=_context_url()), media, negotiated=ext is None, links=links)
    body = render_ontology(graph, path) if which == "ontology" else render_shapes(graph, path)
    return finish(body, HTML, negotiated=ext is None, links=links)


def render_ontology(onto: Graph, path: str) -> str:
    svc = services()
    terms = vocab.ontology_terms(onto, str(svc.minter.vocab))
    labels = ld().memo("ontology-usage", lambda: vocab.add_usage(terms, svc.store))
    usage = ld().memo("ontology-terms", lambda: terms)
    lab = _labeler(labels)  # type: ignore[arg-type]
    header = vocab.ontology_header(onto)
    return render_template("ontology.html", title=header.get("title") or "Ontology", header=header,
                           classes=[t for t in usage if t.kind == "class"],  # type: ignore[attr-defined]
                           properties=[t for t in usage if t.kind != "class"],  # type: ignore[attr-defined]
                           lab=lab, alternates=_alternates(path), class_href=class_href)


def render_shapes(shapes_g: Graph, path: str) -> str:
    lab = _labeler(shapes_g)
    return render_template("shapes.html", title="SHACL shapes", shapes=vocab.shapes_doc(shapes_g), lab=lab,
                           alternates=_alternates(path))


@bp.get("/context.jsonld")
def context() -> Response:
    return finish(context_document(services().minter), "application/ld+json")


# -- VoID, dumps, sitemap ------------------------------------------------------------------------

@bp.get("/void")
@bp.get("/void.<ext>")
@bp.get("/.well-known/void")
def void(ext: str | None = None) -> Response:
    svc = services()
    if ext is not None and ext not in EXTENSION_OF.values():
        return error(404, "Not Found", f"No /void.{ext} here.", negotiated=False)
    media = _media_for(ext)
    if media is None:
        return not_acceptable(OFFER)
    figures = whole_store().get("void", lambda: void_graph(svc.store, svc.minter, license=svc.settings.license))
    graph: Graph = figures.value
    links = link_header(f"{_root()}/void", canonical=svc.minter.base + "void")
    if media != HTML:
        return figured(finish(serialize(Graph() + graph, media, svc.minter, context=_context_url()), media,
                              negotiated=ext is None, links=links), figures)
    return figured(finish(render_void(graph, figures), HTML, negotiated=ext is None, links=links), figures)


def render_void(graph: Graph, figures: Figures | None = None) -> str:
    from .describe import VOID

    svc = services()
    ds = URIRef(svc.minter.base + "void#dataset")
    lab = _labeler(graph)
    stats = [(lab.prop(p), graph.value(ds, p)) for p in (VOID.triples, VOID.entities, VOID.distinctSubjects,
                                                            VOID.distinctObjects, VOID.classes, VOID.properties,
                                                            VOID.documents)]
    classes = sorted(((graph.value(part, VOID["class"]), int(graph.value(part, VOID.entities)))
                      for part in graph.objects(ds, VOID.classPartition)), key=lambda x: (-x[1], str(x[0])))
    props = sorted(((graph.value(part, VOID.property), int(graph.value(part, VOID.triples)))
                    for part in graph.objects(ds, VOID.propertyPartition)), key=lambda x: (-x[1], str(x[0])))
    return render_template(
        "void.html", title="Dataset description (VoID)", stats=stats,
        classes=[(Shown(lab.name(c), href=class_href(c), iri=str(c)), n) for c, n in classes],
        properties=[(Shown(lab.prop(p), href=href_for(str(p), svc.minter, _root()), iri=str(p)), n) for p, n in props],
        examples=[lab.show(x) for x in sorted(graph.objects(ds, VOID.exampleResource))],
        alternates=_alternates(f"{_root()}/void"), figures=figures)


@bp.get("/dumps/")
def dumps_index() -> Response:
    dumps = ld().dumps
    whole = dumps.whole()
    graphs = dumps.graphs()
    body = render_template("dumps.html", title="Dumps", whole=whole, graphs=graphs, size=_size(len(whole.data)))
    return finish(body, HTML)


@bp.get("/dumps/<path:name>")
def dump_file(name: str) -> Response:
    dumps = ld().dumps
    want_sum = name.endswith(".sha256")
    stem = name[:-len(".sha256")] if want_sum else name
    if stem == ALL:
        found = dumps.whole()
    elif stem.startswith("graph/") and stem.endswith(".nq.gz"):
        found = dumps.graph(stem[len("graph/"):-len(".nq.gz")])
    elif stem == "SHA256SUMS":
        return finish(dumps.whole().checksum_line, "text/plain")
    else:
        found = None
    if found is None:
        return error(404, "Not Found", f"No dump called {name!r}.", negotiated=False)
    if want_sum:
        return finish(found.checksum_line, "text/plain", etag=found.sha256 + "-sum")
    # served as the gzip file it is (not Content-Encoding: clients keep the .gz they asked for)
    resp = finish(found.data, "application/gzip", etag=found.sha256)
    resp.headers["Content-Type"] = "application/gzip"
    resp.headers["Content-Disposition"] = f'attachment; filename="{stem.rsplit("/", 1)[-1]}"'
    resp.headers["Digest"] = "sha-256=" + _b64(found.sha256)
    return resp


def _b64(hexdigest: str) -> str:
    import base64

    return base64.b64encode(bytes.fromhex(hexdigest)).decode("ascii")


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n}"


def _doc_paths(offset: int, limit: int) -> list[str]:
    svc = services()
    prefix = Literal(svc.minter.base + "id/").n3()
    # the store's order (stable while the data is unchanged); ORDER BY was far slower in oxigraph
    rows = svc.store.select(f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), {prefix})) }} "
                            f"LIMIT {limit} OFFSET {offset}")
    return sorted(svc.minter.document_of(str(r["s"])) or "" for r in rows)


@bp.get("/sitemap.xml")
@bp.get("/sitemap-<int:part>.xml")
def sitemap(part: int | None = None) -> Response:
    """Every page of the site for crawlers; past 50,000 documents, an index of numbered parts."""
    svc = services()
    root = request.url_root.rstrip("/")
    base_len = len(svc.minter.base)
    counted = whole_store().get("sitemap", lambda: _resource_count(svc.store, svc.minter.base))
    total = counted.value
    parts = max(1, -(-total // SITEMAP_MAX))
    if part is None and parts > 1:
        urls = [f"{root}/sitemap-{i}.xml" for i in range(1, parts + 1)]
        return figured(finish(render_template("sitemap_index.xml", urls=urls), "application/xml"), counted)
    if part is not None and not 1 <= part <= parts:
        return error(404, "Not Found", "No such sitemap part.", negotiated=False)
    start = ((part or 1) - 1) * SITEMAP_MAX
    listed = whole_store().get(("sitemap", start), lambda: _doc_paths(start, SITEMAP_MAX))
    urls = [f"{root}/{p[base_len:]}" for p in listed.value]
    if (part or 1) == 1:
        urls = [f"{root}/", f"{root}/ontology", f"{root}/shapes", f"{root}/void", f"{root}/dumps/"] + urls
    return figured(finish(render_template("sitemap.xml", urls=urls), "application/xml"), counted, listed)


def _resource_count(store, base: str) -> int:  # type: ignore[no-untyped-def]
    """How many resources have an IRI under ``{base}id/`` (one pass over the store)."""
    rows = store.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), "
                        f"{Literal(base + 'id/').n3()})) }}")
    return int(rows[0]["n"]) if rows else 0  # type: ignore[arg-type]


@bp.get("/robots.txt")
def robots() -> Response:
    return finish(f"User-agent: *\nAllow: /\nSitemap: {request.url_root}sitemap.xml\n", "text/plain")
