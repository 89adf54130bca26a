"""Maintainers' writes: SPARQL Update, the Graph Store Protocol, dry runs and the change feed.

Every write passes the one gate (:class:`~osce_kg.loader.gate.Gate`) under the app's
write lock, commits whole or not at all with its audit record, and then tells the
query workers (``services.written()``). Writes and dry runs need a bearer token;
reads are public.

Nothing slow happens under the write lock: request bodies are read and parsed before
it is taken, and a SPARQL Update is evaluated in a killable worker process
(:mod:`osce_kg.server.update_worker`) on a snapshot, outside the lock. Under the lock
the change is committed only if no other write was committed since its snapshot
(else it is evaluated again, up to :data:`MAX_ATTEMPTS` times), and only if the client
is still there (:data:`CLIENT_GONE_KEY`).

Server-managed graphs (the ontology, reference data, audit log and tombstones:
:meth:`~osce_kg.loader.iri.Minter.managed_graphs`) are read like any other graph, but in an
update ``ALL``, ``NAMED`` and ``GRAPH ?g`` mean the graphs maintainers own, and a write that
names one (an update's target, a Graph Store PUT/POST/DELETE) is refused with 403.
"""
from __future__ import annotations

import atexit
import hashlib
import hmac
import json
import logging
import threading
import uuid
import weakref
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Callable, Mapping, TypeVar

from flask import Blueprint, Flask, Response, request, url_for
from rdflib import Dataset, Graph, URIRef

from osce_kg.loader import rdfparse
from osce_kg.loader.audit import AuditLog, nquads
from osce_kg.loader.delta import change_of_update
from osce_kg.loader.errors import (ManagedGraph, NotFound, OsceKgError, PreconditionFailed, UsageError,
                                   ValidationFailed, Violation)
from osce_kg.loader.gate import Gate, GateResult
from osce_kg.loader.store.base import Change
from osce_kg.loader.tombstones import Tombstones

from .negotiation import EXTENSIONS, RDF_TYPES, RDFLIB_FORMAT, negotiate
from .problems import problem
from .services import Services, services
from .update_worker import Computed, UpdateBusy, UpdateWorkers

log = logging.getLogger(__name__)

bp = Blueprint("updates", __name__)

GATE_KEY = "gate"
UPDATE_WORKERS_KEY = "update_workers"
WRITE_COUNT_KEY = "write_count"
#: the WSGI environ key of a :class:`threading.Event` the ASGI layer sets when the client disconnects
CLIENT_GONE_KEY = "osce_kg.client_gone"
#: how many times an update is evaluated when other writes keep committing meanwhile, before 503
MAX_ATTEMPTS = 3
DEFAULT_GRAPH_KEY = "default"
#: media types of RDF bodies with named graphs
DATASET_TYPES = {"application/n-quads", "application/trig"}
#: media types a SPARQL Update arrives as
UPDATE_TYPE = "application/sparql-update"
FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


# ---------------------------------------------------------------------------
# wiring
# ---------------------------------------------------------------------------
def init_app(app: Flask, services: Services) -> None:
    app.register_blueprint(bp)


def gate_of(svc: Services) -> Gate:
    """The app's gate, built on first use from the deployment's shapes (``--shapes``) and the ontology."""
    gate = svc.extras.get(GATE_KEY)
    if gate is None:
        from osce_kg.loader import mapping  # imported late: heavy
        from osce_kg.loader.deployment import deployment_shapes

        gate = Gate(svc.store, deployment_shapes(svc.minter, svc.settings), mapping.ontology_graph(svc.minter),
                    audit=AuditLog(svc.settings.base), lock=svc.write_lock, protected=server_graphs(svc),
                    tombstones=Tombstones.of(svc.minter))
        svc.extras[GATE_KEY] = gate
    return gate  # type: ignore[return-value]


def server_graphs(svc: Services) -> dict[URIRef, str]:
    """The server-managed graphs, with the reason a write naming one is refused."""
    return svc.minter.managed_graphs()


def refuse_managed(svc: Services, iri: URIRef) -> None:
    """:raises ManagedGraph: ``iri`` is a server-managed graph (a Graph Store write names it)."""
    reason = server_graphs(svc).get(iri)
    if reason is not None:
        raise ManagedGraph(reason)


class _WriteCount:
    """Writes committed through this app, counted under the write lock."""

    def __init__(self) -> None:
        self.value = 0


def _write_count(svc: Services) -> _WriteCount:
    return svc.extras.setdefault(WRITE_COUNT_KEY, _WriteCount())  # type: ignore[return-value]


_workers_lock = threading.Lock()


def update_workers(svc: Services) -> UpdateWorkers | None:
    """The app's update workers, made on first use (None for a store without a folder: an in-memory
    store, in tests, whose updates are evaluated in this process)."""
    with _workers_lock:
        if UPDATE_WORKERS_KEY not in svc.extras:
            settings, count = svc.settings, _write_count(svc)
            options: dict[str, Any] = {"writes": lambda: count.value, "timeout": settings.update_timeout,
                                       "memory_mb": settings.worker_memory_mb}
            workers = None
            if settings.store_kind == "remote":
                workers = UpdateWorkers(remote=(settings.remote_query_url or "",
                                                settings.remote_update_url or settings.remote_query_url or ""),
                                        **options)
            elif svc.store.path is not None:
                workers = UpdateWorkers(svc.store, **options)
            if workers is not None:  # stopped when the app goes away, or at exit
                weakref.finalize(svc, workers.close)
                atexit.register(workers.close)
            svc.extras[UPDATE_WORKERS_KEY] = workers
        return svc.extras[UPDATE_WORKERS_KEY]  # type: ignore[return-value]


def default_graph_iri(svc: Services) -> URIRef:
    """The named graph that stands for the store's default graph in writes."""
    return URIRef(f"{svc.settings.base}graph/{DEFAULT_GRAPH_KEY}")


# ---------------------------------------------------------------------------
# authentication
# ---------------------------------------------------------------------------
class Unauthorized(Exception):
    """No bearer token was sent (401), or a wrong one (403)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def token_name(tokens: Mapping[str, str], header: str | None) -> str:
    """The name of the token in an ``Authorization`` header.

    Every configured token is compared, in constant time, so timing tells nothing.

    :raises Unauthorized: no bearer token (401) or an unknown one (403).
    """
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized(401, "This write needs a bearer token: Authorization: Bearer <token>.")
    if not tokens:
        raise Unauthorized(403, "Writes are disabled: the server has no tokens (set OSCE_KG_TOKEN).")
    given_bytes = given.strip().encode("utf-8")
    found = None
    for name, token in tokens.items():
        if hmac.compare_digest(token.encode("utf-8"), given_bytes) and found is None:
            found = name
    if found is None:
        raise Unauthorized(403, "The bearer token is not valid for writes.")
    return found


@bp.errorhandler(Unauthorized)
def _unauthorized(exc: Unauthorized) -> Response:
    title = "Unauthorized" if exc.status == 401 else "Forbidden"
    response = problem(exc.status, title, exc.detail)
    if exc.status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="osce-kg"'
    else:
        response.headers["WWW-Authenticate"] = 'Bearer realm="osce-kg", error="invalid_token"'
    return response


class ClientGone(OsceKgError):
    """The client disconnected before its write was committed; nothing was written."""

    http_status = 499
    title = "Client Closed Request"


def refuse_if_client_gone(environ: dict[str, Any]) -> None:
    """Stop a write whose client has disconnected (the ASGI layer sets :data:`CLIENT_GONE_KEY`).

    :raises ClientGone: the client is gone.
    """
    gone = environ.get(CLIENT_GONE_KEY)
    if gone is not None and gone.is_set():
        log.warning("%s %s: the client disconnected before the commit; nothing was written",
                    environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"))
        raise ClientGone("the client disconnected before the write was committed; nothing was written")


@bp.errorhandler(ValidationFailed)
def _rejected(exc: ValidationFailed) -> Response:
    """422 with the SHACL report: Turtle or JSON-LD by negotiation, else problem+json."""
    report = exc.report_graph if isinstance(exc.report_graph, Graph) else None
    available = ("application/problem+json", "application/json", "text/turtle", "application/ld+json")
    chosen = negotiate(request.headers.get("Accept"), available, request.args.get("format")) \
        or "application/problem+json"
    if report is not None and chosen in ("text/turtle", "application/ld+json"):
        body = report.serialize(format=RDFLIB_FORMAT[chosen], encoding="utf-8")
        return Response(body, status=422, mimetype=chosen)
    blocking = [v for v in exc.violations if v.severity == "Violation"]
    return problem(422, exc.title, f"{len(blocking)} SHACL violation(s); nothing was written.",
                   violations=[violation_json(v) for v in exc.violations])


def violation_json(v: Violation) -> dict[str, object]:
    """One SHACL result for a JSON answer."""
    return {"focusNode": v.focus_node, "path": v.path, "value": v.value, "message": v.message,
            "severity": v.severity, "constraint": v.constraint, "shape": v.shape}


# ---------------------------------------------------------------------------
# request bodies
# ---------------------------------------------------------------------------
def media_type(header: str | None) -> str:
    """The bare, lowercased media type of a Content-Type header (synonyms resolved)."""
    bare = (header or "").split(";", 1)[0].strip().lower()
    return {"application/x-turtle": "text/turtle", "text/plain": "application/n-triples",
            "application/x-trig": "application/trig", "text/x-nquads": "application/n-quads",
            "application/json": "application/ld+json"}.get(bare, bare)


def parse_rdf(data: bytes, content_type: str | None, base: str) -> Dataset:
    """An RDF body as a dataset (triple formats land in its default graph); nothing is ever fetched.

    :raises UsageError: not an RDF media type; does not parse; a remote JSON-LD context or a DTD;
        an invalid IRI or language tag (see :mod:`osce_kg.loader.rdfparse`).
    """
    return rdfparse.parse_rdf(data, media_type(content_type), base,
                              site_base=services().settings.base, aliases=(request.url_root,))


def rdf_parts(base: str) -> list[Dataset]:
    """The RDF in the request body, one dataset per part of a ``multipart/form-data`` body."""
    kind = media_type(request.content_type)
    if kind != "multipart/form-data":
        return [parse_rdf(request.get_data(), request.content_type, base)]
    raw = b"Content-Type: " + (request.content_type or "").encode("latin-1") + b"\r\n\r\n" + request.get_data()
    message = BytesParser(policy=HTTP).parsebytes(raw)
    parts = []
    for part in message.iter_parts():
        part_type = part.get_content_type()
        if part_type in ("text/plain", "application/octet-stream"):
            part_type = _type_of_filename(part.get_filename() or "") or part_type
        payload = part.get_payload(decode=True)
        parts.append(parse_rdf(payload if isinstance(payload, bytes) else b"", part_type, base))
    return parts


def _type_of_filename(name: str) -> str | None:
    return EXTENSIONS.get(name.rsplit(".", 1)[-1].lower()) if "." in name else None


def triples_of(datasets: list[Dataset]) -> Graph:
    """Every triple of ``datasets``, whatever graph it came in."""
    g = Graph()
    for ds in datasets:
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
    return g


def update_text() -> str:
    """The SPARQL Update of a protocol request (form or direct POST).

    :raises UsageError: neither form nor direct, or the dataset is given by parameter.
    """
    kind = media_type(request.content_type)
    if kind == UPDATE_TYPE:
        text = request.get_data(as_text=True)
    elif kind in FORM_TYPES:
        texts = request.form.getlist("update")
        if len(texts) > 1:
            raise UsageError("send one update= parameter per request (an update may hold several operations "
                             "separated by ';')")
        text = texts[0] if texts else ""
    else:
        raise UsageError("send the update as application/sparql-update, or as the form field update=")
    if not text.strip():
        raise UsageError("the update is empty")
    return text


def update_dataset() -> dict[str, list[str]]:
    """The protocol's ``using-graph-uri`` / ``using-named-graph-uri`` parameters."""
    return {"using": request.values.getlist("using-graph-uri"),
            "using_named": request.values.getlist("using-named-graph-uri")}


# ---------------------------------------------------------------------------
# graphs and ETags
# ---------------------------------------------------------------------------
def graph_etag(svc: Services, iri: URIRef) -> str | None:
    """A strong ETag for a graph's content (None when the graph does not exist)."""
    if not svc.store.has_graph(iri):
        return None
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o, _ in svc.store.quads(iri))
    return '"' + hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:32] + '"'


def check_preconditions(svc: Services, iri: URIRef) -> None:
    """Honour ``If-Match`` and ``If-None-Match`` on a write.

    :raises PreconditionFailed: the graph changed since the client read it (412).
    """
    if_match = request.headers.get("If-Match")
    if_none = request.headers.get("If-None-Match")
    if not if_match and not if_none:
        return
    current = graph_etag(svc, iri)
    if if_match:
        wanted = {t.strip() for t in if_match.split(",")}
        if current is None or ("*" not in wanted and current not in wanted
                               and "W/" + current not in wanted):
            raise PreconditionFailed(f"<{iri}> changed since you read it (ETag {current or 'none'}); "
                                     "GET it again and retry")
    if if_none and current is not None:
        wanted = {t.strip() for t in if_none.split(",")}
        if "*" in wanted or current in wanted:
            raise PreconditionFailed(f"<{iri}> already exists")


def target_graph(svc: Services, *, required: bool = True) -> URIRef | None:
    """The graph ``?graph=IRI`` or ``?default`` names (indirect identification).

    :raises UsageError: neither or both are given, or the IRI is relative.
    """
    graph = request.args.get("graph")
    default = "default" in request.args
    if graph is not None and default:
        raise UsageError("give either ?graph= or ?default, not both")
    if default:
        return default_graph_iri(svc)
    if graph is None:
        if required:
            raise UsageError("name the graph with ?graph=IRI or ?default")
        return None
    return graph_name(graph)


def graph_name(value: str) -> URIRef:
    """``value`` as a graph name.

    :raises UsageError: it is not an absolute IRI (RFC 3987).
    """
    problem_text = rdfparse.iri_problem(value)
    if problem_text is not None:
        raise UsageError(f"the graph name must be an absolute IRI, not {rdfparse.shown(value)}: {problem_text}")
    return URIRef(value)


# ---------------------------------------------------------------------------
# the write path
# ---------------------------------------------------------------------------
def write(svc: Services, build: Callable[[], Change], *, actor: str, via: str,
          guard: URIRef | None = None) -> GateResult:
    """Commit the change ``build()`` returns through the gate, under the write lock.

    ``build`` runs under the lock and must be quick (bodies are parsed before; an
    update's change is computed before, and ``build`` only checks it is still current).
    The commit is skipped if the client disconnected meanwhile.

    :raises PreconditionFailed: ``If-Match`` on ``guard`` failed.
    :raises ValidationFailed: the change breaks the shapes; nothing was written.
    :raises ClientGone: the client disconnected before the commit; nothing was written.
    """
    gate = gate_of(svc)
    environ = request.environ
    with svc.write_lock:
        if guard is not None:
            check_preconditions(svc, guard)
        change = build()
        result = gate.commit(change, actor=actor, via=via, before_apply=lambda: refuse_if_client_gone(environ))
        changed = bool(result.added or result.removed or change.drop)
        if changed:  # the resources it deleted are recorded by the gate, in the same transaction
            _write_count(svc).value += 1  # before the lock is released: see UpdateWorkers
    if changed:
        svc.written()
    return result


class _Overtaken(Exception):
    """Another write was committed since the snapshot a change was computed on."""


T = TypeVar("T")


def with_current_update(svc: Services, text: str, dataset: dict[str, list[str]],
                        use: Callable[[Callable[[], Change]], T]) -> T:
    """Evaluate the update ``text`` outside the write lock, then ``use`` its change.

    ``use`` gets a function to call under the write lock: it returns the change, or
    raises :class:`_Overtaken` when a write was committed since the change's snapshot,
    and then the update is evaluated again (at most :data:`MAX_ATTEMPTS` times).

    :raises UpdateBusy: other writes kept overtaking it.
    :raises QuerySyntaxError, UsageError, UpdateTimeout, UpdateTooLarge: from the evaluation.
    """
    for attempt in range(1, MAX_ATTEMPTS + 1):
        computed = evaluate_update(svc, text, dataset)

        def current(computed: Computed = computed) -> Change:
            if _write_count(svc).value != computed.seen:
                raise _Overtaken
            return computed.change

        try:
            return use(current)
        except _Overtaken:
            log.info("an update was overtaken by another write (attempt %d of %d); evaluating it again",
                     attempt, MAX_ATTEMPTS)
    raise UpdateBusy(f"other writes changed the store while the update was evaluated, {MAX_ATTEMPTS} times; "
                     "nothing was written: retry")


def evaluate_update(svc: Services, text: str, dataset: dict[str, list[str]]) -> Computed:
    """The change ``text`` would make, with the write count it was computed at (outside the write lock).

    :raises QuerySyntaxError, UsageError: the update does not parse, is refused or failed.
    :raises UpdateTimeout, UpdateTooLarge, UpdateBusy: its worker was stopped, or none was free.
    """
    kwargs: dict[str, Any] = {"default_graph": default_graph_iri(svc), "base": svc.settings.base,
                              "managed": server_graphs(svc), **dataset}
    workers = update_workers(svc)
    if workers is not None:
        return workers.evaluate(text, **kwargs)
    seen = _write_count(svc).value
    return Computed(change_of_update(svc.store, text, **kwargs), seen)


def success(result: GateResult, *, status: int = 200, location: str | None = None) -> Response:
    """The answer to an accepted write: counts, the change id and any warnings."""
    body = {"changeId": result.change_id, "added": len(result.added), "removed": len(result.removed),
            "warnings": [violation_json(v) for v in result.warnings]}
    response = Response(json.dumps(body, ensure_ascii=False, indent=1), status=status,
                        mimetype="application/json")
    if location:
        response.headers["Location"] = location
    return response


def actor() -> str:
    """The token name of the request (see :func:`token_name`)."""
    return token_name(services().settings.tokens, request.headers.get("Authorization"))


# ---------------------------------------------------------------------------
# SPARQL 1.1 Update
# ---------------------------------------------------------------------------
@bp.post("/update")
def update() -> Response:
    svc = services()
    name = actor()
    text = update_text()
    dataset = update_dataset()
    result = with_current_update(svc, text, dataset,
                                 lambda current: write(svc, current, actor=name, via="update"))
    return success(result)


# ---------------------------------------------------------------------------
# Graph Store HTTP Protocol
# ---------------------------------------------------------------------------
@bp.route("/store", methods=["GET", "PUT", "POST", "DELETE"])
def store_indirect() -> Response:
    svc = services()
    if request.method == "POST" and not request.args:
        return _post_new_graph(svc)
    return _graph_store(svc, target_graph(svc))  # type: ignore[arg-type]


@bp.route("/store/<path:rest>", methods=["GET", "PUT", "POST", "DELETE"])
def store_direct(rest: str) -> Response:
    """Direct identification: the request URL is the graph's name."""
    return _graph_store(services(), graph_name(request.base_url))


def _graph_store(svc: Services, iri: URIRef) -> Response:
    if request.method in ("GET", "HEAD"):
        return _get_graph(svc, iri)
    name = actor()
    refuse_managed(svc, iri)
    existed = svc.store.has_graph(iri)
    if request.method == "DELETE":
        if not existed:
            raise NotFound(f"no graph <{iri}>")
        return success(write(svc, lambda: Change(drop={iri}), actor=name, via="store DELETE", guard=iri))
    body = triples_of(rdf_parts(str(iri)))
    if request.method == "PUT":
        build = lambda: Change(replace={iri: body})  # noqa: E731
    else:
        build = lambda: Change(add=[(s, p, o, iri) for s, p, o in body])  # noqa: E731
    result = write(svc, build, actor=name, via=f"store {request.method}", guard=iri)
    return success(result, status=200 if existed else 201)


def _post_new_graph(svc: Services) -> Response:
    """POST to the store itself: a new graph, named by the server (or a dataset body's own graphs)."""
    name = actor()
    parts = rdf_parts(svc.settings.base)
    if media_type(request.content_type) in DATASET_TYPES:
        quads = [(s, p, o, g if isinstance(g, URIRef) and g != Dataset().default_graph.identifier
                  else default_graph_iri(svc))
                 for ds in parts for s, p, o, g in ds.quads((None, None, None, None))]
        return success(write(svc, lambda: Change(add=quads), actor=name, via="store POST"))
    iri = URIRef(f"{svc.settings.base}graph/{uuid.uuid4().hex}")
    body = triples_of(parts)
    result = write(svc, lambda: Change(replace={iri: body}), actor=name, via="store POST")
    return success(result, status=201, location=str(iri))


def _get_graph(svc: Services, iri: URIRef) -> Response:
    available = tuple(t for t in RDF_TYPES if t not in DATASET_TYPES) + ("application/n-quads",)
    chosen = negotiate(request.headers.get("Accept"), available, request.args.get("format"))
    if chosen is None:
        return problem(406, "Not Acceptable", "available: " + ", ".join(available))
    etag = graph_etag(svc, iri)
    if etag is None:
        raise NotFound(f"no graph <{iri}>")
    if etag in {t.strip() for t in request.headers.get("If-None-Match", "").split(",")}:
        response = Response(status=304)
    else:
        graph = svc.store.graph(iri)
        if chosen == "application/n-quads":
            body = nquads([(s, p, o, iri) for s, p, o in graph]).encode("utf-8")
        else:
            body = graph.serialize(format=RDFLIB_FORMAT[chosen], encoding="utf-8")
        response = Response(body, status=200)
        response.headers["Content-Type"] = f"{chosen}; charset=utf-8"
    response.headers["ETag"] = etag
    response.headers["Vary"] = "Accept"
    return response


# ---------------------------------------------------------------------------
# dry runs
# ---------------------------------------------------------------------------
@bp.post("/validate")
def validate() -> Response:
    """The gate's verdict on an update (or, with ``?graph=``/``?default``, a graph body); writes nothing.

    Needs a write token: it takes the write lock to validate against the state a commit would see.
    """
    svc = services()
    actor()
    gate = gate_of(svc)
    iri = target_graph(svc, required=False)

    def check(build: Callable[[], Change]) -> GateResult:
        with svc.write_lock:
            return gate.check(build())

    if iri is not None:
        body = triples_of(rdf_parts(str(iri)))
        result = check(lambda: Change(replace={iri: body}))
    else:
        result = with_current_update(svc, update_text(), update_dataset(), check)
    chosen = negotiate(request.headers.get("Accept"), ("application/json", "text/turtle", "application/ld+json"),
                       request.args.get("format")) or "application/json"
    if chosen != "application/json" and result.report_graph is not None:
        return Response(result.report_graph.serialize(format=RDFLIB_FORMAT[chosen], encoding="utf-8"),
                        mimetype=chosen)
    verdict = {
        "conforms": result.conforms,
        "results": [violation_json(v) for v in result.violations],
        "diff": {"added": nquads(result.added).splitlines(), "removed": nquads(result.removed).splitlines()},
        "report": result.report_graph.serialize(format="turtle") if result.report_graph is not None else None,
    }
    return Response(json.dumps(verdict, ensure_ascii=False, indent=1), mimetype="application/json")


# ---------------------------------------------------------------------------
# the change feed
# ---------------------------------------------------------------------------
@bp.get("/changes")
def changes() -> Response:
    """Accepted writes, newest first, ``?limit=`` per page (max 500), ``?offset=``."""
    svc = services()
    try:
        limit = max(1, min(500, int(request.args.get("limit", 50))))
        offset = max(0, int(request.args.get("offset", 0)))
    except ValueError:
        raise UsageError("limit and offset must be integers") from None
    audit = AuditLog(svc.settings.base)
    items = audit.feed(svc.store, limit=limit + 1, offset=offset)
    body: dict[str, object] = {"items": [r.as_json() for r in items[:limit]], "limit": limit, "offset": offset}
    response = Response(status=200, mimetype="application/json")
    if len(items) > limit:
        nxt = url_for("updates.changes", limit=limit, offset=offset + limit, _external=True)
        body["next"] = nxt
        response.headers["Link"] = f'<{nxt}>; rel="next"'
    response.set_data(json.dumps(body, ensure_ascii=False, indent=1))
    return response


__all__ = ["init_app", "gate_of", "token_name", "Unauthorized", "default_graph_iri", "graph_etag", "ClientGone",
           "CLIENT_GONE_KEY", "update_workers", "server_graphs"]
