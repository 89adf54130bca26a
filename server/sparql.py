"""The SPARQL 1.1 Protocol endpoint at ``/sparql``.

GET, POST form and POST direct queries; the protocol dataset
(``default-graph-uri``/``named-graph-uri``, the union of all graphs otherwise);
results by content negotiation (``format=`` wins, then Accept with q-values,
406 when nothing fits); the Service Description and, for browsers, an HTML query
page when there is no query. Queries run in killable, sandboxed worker processes
(:mod:`osce_kg.server.executor`), which also check them (update? SERVICE?) and
negotiate their format; this module reads requests and writes answers. Nothing
here reads the query text: its size is the executor's first check, and the
lexer and parser run in the workers (see :meth:`Executor.local_lookup` for the
one exception, short texts that may be bounded lookups).

A plain, well-formed query request takes :class:`FastQueryPath`, a thin layer in
front of Flask (lookups are dominated by per-request Python work in the one server
process): as WSGI middleware, and read by the ASGI app ``osce-kg serve`` runs
(:mod:`osce_kg.server.asgi`) on its event loop. Everything else, and every request
error, goes through the Flask view below, which is the full implementation.
"""
from __future__ import annotations

import atexit
import io
import json
import logging
from dataclasses import dataclass, field
from importlib import resources
from typing import Callable, Iterable, cast
from urllib.parse import parse_qsl, urlencode

from flask import Blueprint, Flask, Response, render_template, request, url_for
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node
from werkzeug.exceptions import RequestEntityTooLarge, RequestURITooLarge
from werkzeug.http import parse_options_header

from osce_kg.loader import rdfparse
from osce_kg.loader.errors import OsceKgError, StoreError, UsageError
from osce_kg.loader.settings import Settings
from osce_kg.loader.store import rdfio
from osce_kg.loader.store.embedded import EmbeddedStore

from . import negotiation
from .app import SECURITY_HEADERS
from .cache import EXTRA_KEY as CACHE_KEY, Entry, ResponseCache, entry_matches, sparql_key
from .executor import INSPECT_HERE, Answer, Executor, Job
from .remote_executor import RemoteExecutor
from .negotiation import NotAcceptable
from .querytext import UpdateNotHere
from .responses import add_cors, allowed_origin, cors_headers, validators
from .servicedesc import service_description
from .services import Services, services

log = logging.getLogger(__name__)
#: the headers every answer carries (Flask's ``after_request`` does not see the fast path's answers)
_SECURITY = tuple(SECURITY_HEADERS.items())

bp = Blueprint("sparql", __name__, template_folder="templates")

EXECUTOR_KEY = "sparql_executor"
FORM_TYPE = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
#: what GET /sparql without a query answers with: the Service Description, or the query page
DESCRIPTION_TYPES = (*negotiation.RDF_TYPES, "text/html")
#: the HTML page shows at most this many rows, and says so when there are more
HTML_ROWS = 1000
#: everything a query can be answered with, to tell whether a browser wants the HTML page
ANY_ANSWER = (*negotiation.RESULTS_TYPES, *negotiation.RDF_TYPES, "text/html")
TEXT_TYPES = ("text/csv", "text/tab-separated-values", "text/turtle", "application/n-triples",
              "application/n-quads", "application/trig", "text/html")


@dataclass
class ProtocolRequest:
    """A query request as the protocol defines it, whatever way it came."""

    query: str | None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: str | None = None


def init_app(app: Flask, services_: Services) -> None:
    """Register the endpoint and its query executor (workers start on the first query)."""
    executor: Executor | RemoteExecutor | None = None
    if services_.store.snapshots:  # killable workers on read-only snapshots
        settings = services_.settings
        executor = Executor(cast(EmbeddedStore, services_.store), workers=settings.query_workers,
                            timeout=settings.query_timeout, max_rows=settings.max_result_rows,
                            max_query_bytes=settings.max_query_bytes, memory_mb=settings.worker_memory_mb,
                            streamed_solutions=settings.streamed_solutions)
        services_.readers.append(executor.invalidate)  # before the caches take the new version
        atexit.register(executor.close)
    elif services_.store.kind in ("remote", "virtuoso"):  # the remote store runs them, under the HTTP timeout
        executor = RemoteExecutor(services_.store, timeout=services_.settings.query_timeout,  # type: ignore[arg-type]
                                  max_query_bytes=services_.settings.max_query_bytes)
    services_.extras[EXECUTOR_KEY] = executor
    services_.extras["sparql_examples"] = example_queries()
    app.register_blueprint(bp)
    if executor is not None:
        cache = services_.extras.get(CACHE_KEY)
        app.wsgi_app = FastQueryPath(app.wsgi_app, executor, services_.settings,  # type: ignore[method-assign]
                                     cache if isinstance(cache, ResponseCache) else None)


def executor_of(app: Flask) -> Executor | None:
    """The app's query executor (tests close it; ``/health`` may report it)."""
    from .services import EXTENSION_KEY

    return app.extensions[EXTENSION_KEY].extras.get(EXECUTOR_KEY)


# -- reading the request ---------------------------------------------------------

def _parse_pairs(raw: bytes, where: str) -> list[tuple[str, str]]:
    """``application/x-www-form-urlencoded`` pairs, strictly UTF-8.

    :raises UsageError: the bytes are not ASCII or the escapes not UTF-8.
    """
    try:
        return parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise UsageError(f"the {where} is not valid UTF-8 form encoding") from None


def _check_limits() -> None:
    settings = services().settings
    uri = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI") or request.full_path
    if len(uri.encode("latin-1", "replace")) > settings.max_url_bytes:
        raise RequestURITooLarge(
            f"the URL is longer than {settings.max_url_bytes} bytes; POST the query instead")
    if request.content_length is not None and request.content_length > settings.max_body_bytes:
        raise RequestEntityTooLarge(f"the request body is larger than {settings.max_body_bytes} bytes")


def _body_text(body: bytes, params: dict[str, str]) -> str:
    """The body of a direct POST, which the protocol requires to be UTF-8.

    :raises UsageError: another charset is declared or the bytes are not UTF-8.
    """
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UsageError(f"the query must be sent as UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("the query is not valid UTF-8") from None


def read_protocol_request() -> ProtocolRequest:
    """Read the Flask request as a query request (see :func:`parse_protocol`), within the URL and body limits.

    :raises UsageError: an update, several queries, a wrong content type or bad encoding.
    :raises RequestURITooLarge, RequestEntityTooLarge: past the limits.
    """
    _check_limits()
    body = request.get_data(cache=True) if request.method == "POST" else b""
    return parse_protocol(request.method, request.query_string, request.headers.get("Content-Type"), body)


def parse_protocol(method: str, query_string: bytes, content_type: str | None, body: bytes) -> ProtocolRequest:
    """A query request from GET, POST form or POST direct: the one reading of the protocol, for the
    Flask view (:func:`read_protocol_request`) and the event loop's fast path (:meth:`FastQueryPath.job`).

    :raises UpdateNotHere: an update (``update=``, ``using-graph-uri``, ``application/sparql-update``).
    :raises UsageError: several queries, a POST without one, a wrong content type, bad encoding,
        a dataset graph that is not an IRI.
    """
    pairs = _parse_pairs(query_string, "URL query string")
    body_query: list[str] = []
    if method == "POST":
        mimetype, params = parse_options_header(content_type or "")
        mimetype = mimetype.lower()
        if mimetype == FORM_TYPE:
            pairs += _parse_pairs(body, "form body")
        elif mimetype == QUERY_TYPE:
            body_query = [_body_text(body, params)]
        elif mimetype == UPDATE_TYPE:
            raise UpdateNotHere("SPARQL Update is not accepted at /sparql; POST it to /update with a token")
        else:
            shown = mimetype or "no content type"
            raise UsageError(f"a query POST must be {FORM_TYPE} or {QUERY_TYPE}, not {shown}")
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        values.setdefault(name, []).append(value)
    if "update" in values or "using-graph-uri" in values or "using-named-graph-uri" in values:
        raise UpdateNotHere("SPARQL Update is not accepted at /sparql; POST it to /update with a token")
    queries = values.get("query", []) + body_query
    if len(queries) > 1:
        raise UsageError("send exactly one query per request")
    if method == "POST" and not queries:
        raise UsageError("the request carries no query")
    # clients send format= in several spellings (SPARQLWrapper: "rdf+xml" and the media type);
    # the first one that names a format counts, unknown ones leave the choice to Accept
    formats = [f for f in values.get("format", []) if negotiation.known_format(f)]
    for name in ("default-graph-uri", "named-graph-uri"):
        for graph in values.get(name, []):
            if (why := rdfparse.iri_problem(graph)) is not None:
                raise UsageError(f"{name} must be an absolute IRI, not {rdfparse.shown(graph)}: {why}")
    return ProtocolRequest(queries[0] if queries else None, values.get("default-graph-uri", []),
                           values.get("named-graph-uri", []), formats[0] if formats else None)


# -- the endpoint ----------------------------------------------------------------

@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"], provide_automatic_options=False)
@bp.route("/sparql/", methods=["GET", "POST", "OPTIONS"], provide_automatic_options=False,
          endpoint="endpoint_slash")
def endpoint() -> Response:
    if request.method == "OPTIONS":
        return _preflight()
    proto = read_protocol_request()
    if proto.query is None:
        return describe_service(proto.format)
    return answer_query(proto)


def answer_query(proto: ProtocolRequest) -> Response:
    """Run one query and answer it (the worker checks it and negotiates the format).

    :raises UsageError, FederationRefused, NotAcceptable, QueryTimeout, ResultTooLarge: as problems.
    """
    assert proto.query is not None
    settings = services().settings
    job = Job(query=proto.query, accept=request.headers.get("Accept"), format=proto.format,
              default_graphs=proto.default_graphs or None, named_graphs=proto.named_graphs or None,
              base=_endpoint_url(), allowlist=settings.service_allowlist)
    if wants_html(job.accept, job.format):
        return _html_answer(proto, job)
    answer = _run(job)
    return _response(answer.body, answer.media_type, rows=answer.rows)


def wants_html(accept: str | None, format_param: str | None) -> bool:
    """Whether the client prefers the HTML page (a browser) to any data format."""
    if format_param is None and (accept is None or "html" not in accept):
        return False  # the common case, decided without parsing Accept
    return negotiation.negotiate(accept, ANY_ANSWER, format_param) == "text/html"


def _run(job: Job) -> Answer:
    executor = cast("Executor | RemoteExecutor | None", services().extras.get(EXECUTOR_KEY))
    if executor is None:
        raise UsageError("this store kind cannot run queries here; ask the remote endpoint directly")
    return executor.run(job)


def _response(body: bytes, media_type: str, *, status: int = 200, rows: int | None = None) -> Response:
    mimetype = media_type + ("; charset=utf-8" if media_type in TEXT_TYPES else "")
    response = Response(body, status=status, content_type=mimetype)
    response.vary.add("Accept")
    if rows is not None:
        response.headers["X-Result-Rows"] = str(rows)
    return response


def _endpoint_url() -> str:
    return url_for("sparql.endpoint", _external=True)


# -- service description and the HTML page -------------------------------------------

def describe_service(format_param: str | None) -> Response:
    """The Service Description (RDF by negotiation) or, for a browser, the query page."""
    media = negotiation.negotiate(request.headers.get("Accept"), DESCRIPTION_TYPES, format_param)
    if media is None:
        raise NotAcceptable(f"the service description is available as: {', '.join(DESCRIPTION_TYPES)}")
    if media == "text/html":
        return _page()
    svc = services()
    graph = service_description(_endpoint_url(), svc.store,
                                result_types=[*negotiation.RESULTS_TYPES, *negotiation.RDF_TYPES],
                                allowlist=svc.settings.service_allowlist)
    body = graph.serialize(format=negotiation.RDFLIB_FORMAT[media], encoding="utf-8")
    return _response(body, media)


def _page(query: str = "", status: int = 200, **context: object) -> Response:
    html = render_template("sparql.html", query=query, examples=services().extras.get("sparql_examples", []),
                           endpoint=_endpoint_url(), formats=negotiation.RESULTS_TYPES + negotiation.RDF_TYPES,
                           **context)
    return _response(html.encode(), "text/html", status=status)


def _html_answer(proto: ProtocolRequest, job: Job) -> Response:
    """The query page with the results as a table (SELECT/ASK from SPARQL JSON,
    graphs from N-Triples), or with the error the query met."""
    job.html = True
    try:
        answer = _run(job)
    except OsceKgError as exc:
        return _page(proto.query or "", status=exc.http_status, error=exc.message, error_title=exc.title)
    if answer.media_type == "application/sparql-results+json":
        data = json.loads(answer.body)
        if "boolean" in data:
            return _page(proto.query or "", boolean=data["boolean"])
        bindings = data["results"]["bindings"]
        return _page(proto.query or "", columns=data["head"]["vars"], total=len(bindings), rows=[
            [row.get(v) for v in data["head"]["vars"]] for row in bindings[:HTML_ROWS]])
    triples = rdfio.parse_ntriples(answer.body)
    rows = [[_cell(term) for term in t] for t in triples[:HTML_ROWS]]
    return _page(proto.query or "", columns=["subject", "predicate", "object"], rows=rows, total=len(triples))


def _cell(term: Node) -> dict[str, str]:
    """A term in the SPARQL JSON shape the template renders."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    cell = {"type": "literal", "value": str(term)}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype is not None and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
        cell["datatype"] = str(term.datatype)
    return cell


def example_queries() -> list[dict[str, str]]:
    """Example queries for the query page, drawn from the ontology's classes when it exists."""
    examples = [
        {"title": "Documents (named graphs) by size",
         "query": "SELECT ?graph (COUNT(*) AS ?triples)\nWHERE { GRAPH ?graph { ?s ?p ?o } }\n"
                  "GROUP BY ?graph\nORDER BY DESC(?triples)\nLIMIT 20"},
        {"title": "Classes in use",
         "query": "SELECT ?class (COUNT(?x) AS ?instances)\nWHERE { ?x a ?class }\n"
                  "GROUP BY ?class\nORDER BY DESC(?instances)"},
    ]
    for iri, label in _ontology_classes()[:8]:
        examples.append({
            "title": f"{label[:1].upper()}{label[1:]}: instances and labels",
            "query": ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                      f"SELECT ?x ?label\nWHERE {{\n  ?x a <{iri}> .\n  OPTIONAL {{ ?x rdfs:label ?label }}\n}}\n"
                      "ORDER BY ?label\nLIMIT 50"),
        })
    examples.append({"title": "Describe one resource",
                     "query": "DESCRIBE ?x\nWHERE { ?x a ?class }\nLIMIT 1"})
    for example in examples:
        example["href"] = "?" + urlencode({"query": example["query"]})
    return examples


def _ontology_classes() -> list[tuple[str, str]]:
    """(IRI, English label) of the ontology's own classes, if the ontology is there."""
    try:
        text = resources.files("osce_kg.ontology").joinpath("osce.ttl").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return []
    store = EmbeddedStore(None)  # a scratch store in memory
    try:
        store.load(text, "turtle", URIRef("urn:x-osce-kg:ontology"))
    except StoreError:
        return []
    query = """PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?c (SAMPLE(?l) AS ?label) WHERE {
          ?c a owl:Class ; rdfs:label ?l . FILTER(isIRI(?c) && (LANG(?l) = "en" || LANG(?l) = ""))
        } GROUP BY ?c ORDER BY ?label"""
    return [(str(row["c"]), str(row["label"])) for row in store.select(query)]


# -- CORS --------------------------------------------------------------------------

def _allowed_origin() -> str | None:
    return allowed_origin(request.headers.get("Origin"), services().settings.cors_origins)


def _preflight() -> Response:
    """Answer OPTIONS: a CORS preflight for an allowed origin, else just ``Allow``."""
    response = Response(status=204)
    response.headers["Allow"] = "GET, HEAD, POST, OPTIONS"
    origin = _allowed_origin()
    if origin and request.headers.get("Access-Control-Request-Method"):
        method = request.headers["Access-Control-Request-Method"].upper()
        if method in ("GET", "HEAD", "POST"):
            response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, OPTIONS"
            wanted = request.headers.get("Access-Control-Request-Headers", "")
            safe = {"accept", "content-type", "accept-language", "content-language", "cache-control"}
            granted = [h.strip() for h in wanted.split(",") if h.strip().lower() in safe]
            if granted:
                response.headers["Access-Control-Allow-Headers"] = ", ".join(granted)
            response.headers["Access-Control-Max-Age"] = "86400"
    return response


@bp.after_request
def _cors(response: Response) -> Response:
    return add_cors(response)


# -- the fast path ---------------------------------------------------------------------

StartResponse = Callable[..., object]
#: a reply as the fast path writes it: status, headers, body
Reply = tuple[int, list[tuple[str, str]], bytes]
@dataclass
class Lookup:
    """A query request as the response cache sees it: its key, the store's version when it came,
    its ETag (GET only) and, when no query is needed, the reply."""

    key: tuple | None = None
    version: int = 0
    etag: str | None = None
    reply: Reply | None = None


class FastQueryPath:
    """WSGI middleware that answers plain query requests to ``/sparql`` without Flask.

    Only a GET, form POST or direct POST carrying exactly one query, within the
    size limits, strictly UTF-8, not asking for HTML, is taken; it is run, and its
    answer or the problem the worker reported is written here. Anything else
    (the service description, the HTML page, OPTIONS, malformed requests) goes on
    to the Flask app unchanged, which answers it in full.
    """

    def __init__(self, inner: Callable, executor: Executor | RemoteExecutor, settings: Settings,
                 cache: ResponseCache | None = None) -> None:
        self.inner = inner
        self.executor = executor
        self.settings = settings
        self.cache = cache if cache is not None and cache.enabled else None

    def __call__(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") in ("/sparql", "/sparql/") and environ.get("REQUEST_METHOD") in ("GET", "POST"):
            job = self.job(environ)
            if job is not None:
                return self.answer(job, environ, start_response)
        return self.inner(environ, start_response)

    def job(self, environ: dict) -> Job | None:
        """The request as a job, or None to leave it to Flask (the service description, the HTML page,
        a request past a limit or that :func:`parse_protocol` refuses: Flask answers those in full)."""
        raw_query = environ.get("QUERY_STRING", "")
        uri = environ.get("RAW_URI") or environ.get("REQUEST_URI") or (environ.get("PATH_INFO", "") + "?" + raw_query)
        if len(uri) > self.settings.max_url_bytes:
            return None
        body = b""
        if environ["REQUEST_METHOD"] == "POST":
            body = self._body(environ)  # type: ignore[assignment]
            if body is None:
                return None
        try:
            proto = parse_protocol(environ["REQUEST_METHOD"], raw_query.encode("latin-1"), environ.get("CONTENT_TYPE"),
                                   body)
        except (OsceKgError, UnicodeEncodeError):
            return None
        accept = environ.get("HTTP_ACCEPT")
        if proto.query is None or wants_html(accept, proto.format):
            return None
        return Job(query=proto.query, accept=accept, format=proto.format,
                   default_graphs=proto.default_graphs or None, named_graphs=proto.named_graphs or None,
                   base=self._endpoint(environ), allowlist=self.settings.service_allowlist)

    def _body(self, environ: dict) -> bytes | None:
        """The request body (put back for Flask), or None when it is absent, chunked or too large."""
        try:
            length = int(environ.get("CONTENT_LENGTH") or -1)
        except ValueError:
            return None
        if length < 0 or length > self.settings.max_body_bytes:
            return None
        body = environ["wsgi.input"].read(length)
        environ["wsgi.input"] = io.BytesIO(body)
        return body

    @staticmethod
    def _endpoint(environ: dict) -> str:
        host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}"
        return f"{environ.get('wsgi.url_scheme', 'http')}://{host}{environ.get('SCRIPT_NAME', '')}/sparql"

    def answer(self, job: Job, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        status, headers, body = self.respond(job, environ)
        start_response(f"{status} {_REASONS.get(status, 'Error')}", headers)
        return [body]

    def respond(self, job: Job, environ: dict) -> Reply:
        """Run ``job`` (or answer it from the cache): the status, headers and body of its answer or
        of the problem it met."""
        origin = environ.get("HTTP_ORIGIN")
        lookup = self.lookup(job, environ)
        if lookup.reply is not None:
            return lookup.reply
        try:
            answer = self.executor.run(job)
        except Exception as exc:
            return self.failure(exc, origin)
        return self.remember(lookup, answer, origin)

    def lookup(self, job: Job, environ: dict) -> Lookup:
        """The request's cache key, version and ETag, and its reply if it needs no query:
        ``304`` when ``If-None-Match`` names the current ETag, the kept answer on a hit."""
        cache, origin = self.cache, environ.get("HTTP_ORIGIN")
        if cache is None:
            return Lookup()
        # a long text is not lexed here (this may be the event loop): its key is the text as sent
        text = job.query if len(job.query) <= INSPECT_HERE else None
        key = sparql_key(text, accept=job.accept, format=job.format, default_graphs=job.default_graphs,
                         named_graphs=job.named_graphs, base=job.base) if text is not None else (
            "sparql-raw", job.query, job.accept or "", job.format or "", tuple(job.default_graphs or ()),
            tuple(job.named_graphs or ()), job.base or "")
        version = cache.version
        etag = cache.etag(key, version) if environ.get("REQUEST_METHOD") == "GET" else None
        found = Lookup(key=key, version=version, etag=etag)
        if etag is not None and entry_matches(etag, environ.get("HTTP_IF_NONE_MATCH")):
            found.reply = self.not_modified(etag, origin)
            return found
        entry = cache.get(key)
        if entry is not None:
            media = entry.header("Content-Type") or "application/octet-stream"
            found.reply = self.success(Answer(media, entry.body, entry.rows or 0, "", 0.0), origin, etag)
        return found

    def remember(self, lookup: Lookup, answer: Answer, origin: str | None) -> Reply:
        """Keep ``answer`` under the request's key (if the cache is on) and reply with it."""
        if self.cache is not None and lookup.key is not None:
            self.cache.put(lookup.key, Entry(200, (("Content-Type", answer.media_type),), answer.body, answer.rows),
                           lookup.version)
        return self.success(answer, origin, lookup.etag)

    def success(self, answer: Answer, origin: str | None, etag: str | None = None) -> Reply:
        """The status, headers and body of ``answer`` (with its ETag for a GET)."""
        media = answer.media_type + ("; charset=utf-8" if answer.media_type in TEXT_TYPES else "")
        return 200, [("Content-Type", media), ("Content-Length", str(len(answer.body))), ("Vary", "Accept"),
                     ("X-Result-Rows", str(answer.rows)), *validators(etag),
                     *cors_headers(origin, self.settings.cors_origins), *_SECURITY], answer.body

    def not_modified(self, etag: str, origin: str | None) -> Reply:
        """``304``: the client's copy, named by ``etag``, is the current answer."""
        return 304, [("Vary", "Accept"), *validators(etag), *cors_headers(origin, self.settings.cors_origins),
                     *_SECURITY], b""

    def failure(self, exc: Exception, origin: str | None) -> Reply:
        """The problem document for ``exc``; an unexpected error is logged and answered 500 without details."""
        cors = cors_headers(origin, self.settings.cors_origins)
        if isinstance(exc, OsceKgError):
            return self._problem(exc.http_status, exc.title, exc.message, cors)
        log.error("query failed unexpectedly", exc_info=exc)
        return self._problem(500, "Internal error", "the query could not be answered; the error is logged", cors)

    @staticmethod
    def _problem(status: int, title: str, detail: str,
                 cors: list[tuple[str, str]]) -> tuple[int, list[tuple[str, str]], bytes]:
        body = json.dumps({"type": "about:blank", "title": title, "status": status, "detail": detail},
                          ensure_ascii=False, indent=1).encode()
        return status, [("Content-Type", "application/problem+json"), ("Content-Length", str(len(body))),
                        ("Vary", "Accept"), *cors, *_SECURITY], body


_REASONS = {200: "OK", 304: "Not Modified", 400: "Bad Request", 406: "Not Acceptable", 413: "Content Too Large",
            500: "Internal Server Error", 503: "Service Unavailable", 504: "Gateway Timeout"}
