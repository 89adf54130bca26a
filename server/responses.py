"""The HTTP side every read answer shares: negotiation, validators and caching headers, ``Link``
headers, CORS, problem answers.

One place for what ``/sparql`` and the linked-data pages say about themselves: which origins
may read them (:func:`cors_headers`, the same list of exposed headers for both), what clients
and proxies may keep (:data:`PAGE_CACHE_CONTROL`, :data:`SPARQL_CACHE_CONTROL`), the ``ETag``
and ``Last-Modified`` validators and ``304`` (:func:`finish`), and when whole-store figures were
computed (:func:`figured`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from flask import Response, abort, render_template, request
from werkzeug.http import is_resource_modified

from .cache import do_not_keep
from .formats import EXTENSION_OF, RDF_OFFER
from .negotiation import EXTENSIONS, negotiate
from .problems import problem
from .services import services
from .wholestore import Figures

HTML = "text/html"


#: what a negotiated page offers; Turtle first: the answer to */* and to no Accept at all
OFFER = (*RDF_OFFER, HTML)


LIST_PAGE = 100


SPARQL_SD = "http://www.w3.org/ns/sparql-service-description#endpoint"


# -- CORS --------------------------------------------------------------------------------------------

#: what a browser-based client may read of any answer: the links to follow, the validators to
#: revalidate with, the row count of a query, the age of whole-store figures
EXPOSED = "Content-Type, ETag, Last-Modified, Link, Location, Vary, X-Result-Rows, X-Computed-At, Age"


def allowed_origin(origin: str | None, allowed: tuple[str, ...]) -> str | None:
    """The ``Access-Control-Allow-Origin`` value for ``origin``, or None (not allowed)."""
    if "*" in allowed:
        return "*"
    return origin if origin and origin in allowed else None


def cors_headers(origin: str | None, allowed: tuple[str, ...]) -> list[tuple[str, str]]:
    """CORS headers for an answer to a read from ``origin`` (``/sparql`` and the pages alike)."""
    value = allowed_origin(origin, allowed)
    if value is None:
        return []
    headers = [("Access-Control-Allow-Origin", value), ("Access-Control-Expose-Headers", EXPOSED)]
    return headers if value == "*" else [*headers, ("Vary", "Origin")]


def add_cors(response: Response) -> Response:
    """:func:`cors_headers` on a Flask ``response`` to the current request (an ``after_request`` hook)."""
    for name, value in cors_headers(request.headers.get("Origin"), services().settings.cors_origins):
        if name == "Vary":
            response.vary.add(value)
        else:
            response.headers[name] = value
    return response


# -- what clients and proxies may keep ---------------------------------------------------------------

#: a page (a description, a listing, VoID) may be kept by anyone for a minute without asking again:
#: pages are revisited by people and crawlers, a minute behind a write is acceptable for them, and
#: after that a revalidation with the ETag is answered 304 from the server's response cache
PAGE_CACHE_CONTROL: dict[str, Any] = {"public": True, "max_age": 60}
#: a ``/sparql`` GET answer may be kept by anyone (public data) but revalidated before every reuse
#: (``no-cache``): query results feed programs, which must see a write at once; revalidating costs
#: the server no query (the ETag is derived from the store's version and the request)
SPARQL_CACHE_CONTROL = "public, no-cache"


def validators(etag: str | None) -> list[tuple[str, str]]:
    """``ETag`` and ``Cache-Control`` of a cacheable ``/sparql`` GET answer (none without an ETag)."""
    return [("ETag", etag), ("Cache-Control", SPARQL_CACHE_CONTROL)] if etag else []


# -- negotiation, headers, answers --------------------------------------------------------------------

def root() -> str:
    return request.script_root


def context_url() -> str:
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
    links.append(f'<{root()}/sparql>; rel="{SPARQL_SD}"')
    links.append(f'<{root()}/void>; rel="http://rdfs.org/ns/void#inDataset"')
    links.append(f'<{svc.settings.license}>; rel="license"')
    if page > 1:
        links.append(f'<{paged(request.path, page - 1)}>; rel="prev"')
        links.append(f'<{paged(request.path, 1)}>; rel="first"')
    if page < pages:
        links.append(f'<{paged(request.path, page + 1)}>; rel="next"')
        links.append(f'<{paged(request.path, pages)}>; rel="last"')
    return ", ".join(links)


def paged(path: str, page: int) -> str:
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
    resp.cache_control.public = PAGE_CACHE_CONTROL["public"]
    resp.cache_control.max_age = PAGE_CACHE_CONTROL["max_age"]
    if negotiated:
        resp.vary.add("Accept")
    if links:
        resp.headers["Link"] = links
    if unchanged:
        resp.headers.pop("Content-Length", None)
    return resp


def split_ext(name: str) -> tuple[str, str | None]:
    """``x.ttl`` -> (``x``, ``ttl``); keys never contain dots."""
    stem, dot, ext = name.rpartition(".")
    return (stem, ext) if dot and ext in EXTENSION_OF.values() else (name, None)


def page_arg() -> int:
    try:
        page = int(request.args.get("page", "1"))
    except ValueError:
        abort(400, "page must be a whole number")
    if page < 1:
        abort(400, "page must be 1 or more")
    return page


def media_for(ext: str | None, offer: tuple[str, ...] = OFFER) -> str | None:
    return EXTENSIONS[ext] if ext else choose(offer)


def alternates(path: str, page: int = 1, offer: tuple[str, ...] = OFFER) -> list[dict[str, str]]:
    names = {"text/html": "HTML", "text/turtle": "Turtle", "application/ld+json": "JSON-LD",
             "application/rdf+xml": "RDF/XML", "application/n-triples": "N-Triples"}
    query = f"?page={page}" if page > 1 else ""
    return [{"href": f"{path}.{EXTENSION_OF[m]}{query}", "type": m, "name": names[m]} for m in offer]


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
