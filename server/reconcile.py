"""The Reconciliation Service API (W3C Entity Reconciliation Community Group, version 0.2) for OpenRefine.

* ``GET /reconcile``: the service manifest (no ``queries``), or answers (``?queries=`` JSON)
* ``POST /reconcile``: ``queries=`` as a form field (what OpenRefine sends), answers as JSON
* ``GET /reconcile/preview?id=IRI``: a small HTML card of the resource (OpenRefine frames it: this
  one response allows being framed; it holds no form and no script)
* ``GET /reconcile/suggest/entity|type|property?prefix=``: autocompletion

A query is ``{"query": name, "type": class, "limit": n, "properties": [{"pid": p, "v": v}]}``.
Candidates come from the search index (:mod:`.search`): every resource any word of the name names,
then scored 0-100 by how close the name is to the best of the resource's names (all languages,
accents and case ignored), raised by properties that agree (ISO 3166-1 code, year) and lowered by
ones that disagree. ``match`` is true when the name is exactly one of the resource's names (or its
ISO code matches) and no other candidate is as good, with every given property agreeing.

Limits (constants, each tested): :data:`MAX_QUERIES` queries per request, :data:`MAX_LIMIT`
candidates per query, :data:`MAX_NAME_CHARS` characters per name (the search's q limit).
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from flask import Blueprint, Flask, Response, jsonify, render_template, request
from rdflib.namespace import FOAF, ORG

from osce_kg.loader.iri import VOCAB

from .describe import SCHEMA
from .present import href_for, humanize, local_name
from .problems import problem
from .search import MAX_QUERY_CHARS, Candidate, index_of
from .services import Services, services

bp = Blueprint("reconcile", __name__)

#: queries in one request (OpenRefine sends 10 at a time)
MAX_QUERIES = 50
#: candidates per query: default and most
DEFAULT_LIMIT = 5
MAX_LIMIT = 25
MAX_NAME_CHARS = MAX_QUERY_CHARS
#: resources fetched from the index per query before scoring
POOL = 50
#: a score at or above this, with the name exactly one of the resource's names, can be a match
MATCH_SCORE = 95.0
#: the CSP of the preview card: the site's, but it may be framed (OpenRefine shows it in a frame)
PREVIEW_CSP = ("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; "
               "base-uri 'none'; form-action 'none'")


@dataclass(frozen=True)
class Kind:
    """A type the service offers: its class IRI (``{ours}`` is the ontology namespace) and name."""

    iri: str
    name: str


KINDS = (
    Kind(str(SCHEMA.Country), "State"),
    Kind("{ours}FieldOperation", "Field operation"),
    Kind(str(ORG.Organization), "Organization"),
    Kind(str(FOAF.Person), "Person"),
    Kind("{ours}Publication", "Release"),
    Kind(str(SCHEMA.City), "City"),
    Kind("{ours}FieldOfWork", "Field of work"),
)
#: properties a query may carry: id -> name (ids are also accepted as the property IRI)
PROPERTIES = {"iso3166Alpha2": "ISO 3166-1 alpha-2 code", "year": "Year"}


class BadQueries(ValueError):
    """``queries`` that are not what the API describes (a 400)."""


@dataclass(frozen=True)
class Query:
    """One reconciliation query."""

    name: str
    type: str | None
    limit: int
    properties: tuple[tuple[str, str], ...]


def kinds(base: str) -> list[dict[str, str]]:
    return [{"id": k.iri.format(ours=VOCAB), "name": k.name} for k in KINDS]


def manifest(base: str, service_url: str) -> dict[str, object]:
    """The service manifest (API 0.2)."""
    return {
        "versions": ["0.2"],
        "name": "osce-kg: OSCE States, field operations, organizations, persons and releases",
        "identifierSpace": f"{base}id/",
        "schemaSpace": VOCAB,
        "defaultTypes": kinds(base),
        "view": {"url": "{{id}}"},
        "preview": {"url": f"{service_url}/preview?id={{{{id}}}}", "width": 420, "height": 160},
        "suggest": {
            "entity": {"service_url": service_url, "service_path": "/suggest/entity"},
            "type": {"service_url": service_url, "service_path": "/suggest/type"},
            "property": {"service_url": service_url, "service_path": "/suggest/property"},
        },
    }


def parse_queries(raw: str, base: str) -> dict[str, Query]:
    """The ``queries`` parameter, checked; :class:`BadQueries` says what is wrong."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise BadQueries("queries is not JSON") from None
    if not isinstance(data, dict):
        raise BadQueries("queries must be a JSON object of queries by key")
    if len(data) > MAX_QUERIES:
        raise BadQueries(f"{len(data)} queries; at most {MAX_QUERIES} in one request")
    return {str(key): _query(key, q, base) for key, q in data.items()}


def _query(key: str, q: object, base: str) -> Query:
    if not isinstance(q, dict) or not isinstance(q.get("query"), str):
        raise BadQueries(f"query {key!r} must be an object with a string 'query'")
    name = q["query"]
    if len(name) > MAX_NAME_CHARS:
        raise BadQueries(f"query {key!r} is {len(name)} characters long; at most {MAX_NAME_CHARS}")
    kind = q.get("type")
    if isinstance(kind, list):  # some clients send a list of types: the first one is used
        kind = kind[0] if kind else None
    if kind is not None and not isinstance(kind, str):
        raise BadQueries(f"query {key!r}: type must be a string")
    if kind and not kind.startswith(("http://", "https://")):
        kind = f"{VOCAB}{kind}"
    limit = q.get("limit", DEFAULT_LIMIT)
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise BadQueries(f"query {key!r}: limit must be a whole number from 1 to {MAX_LIMIT}")
    props = q.get("properties") or []
    if not isinstance(props, list) or not all(isinstance(p, dict) for p in props):
        raise BadQueries(f"query {key!r}: properties must be a list of {{pid, v}} objects")
    pairs = tuple((local_name(str(p.get("pid", ""))), _value(p.get("v"))) for p in props)
    return Query(name=name, type=kind or None, limit=limit, properties=pairs)


def _value(v: object) -> str:
    if isinstance(v, dict):  # a reconciled cell: {"id": ...}
        v = v.get("id", v.get("name", ""))
    if isinstance(v, list):
        v = v[0] if v else ""
    return "" if v is None else str(v)


def normalize(text: str) -> str:
    """Case, accents, punctuation and spacing ignored; a leading "the" or "OSCE" too."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    words = plain.split()
    while words and words[0] in ("the", "osce"):
        words = words[1:]
    return " ".join(words)


def score(query: Query, candidate: Candidate) -> tuple[float, bool]:
    """(score 0-100, exact): how well ``candidate`` fits, and whether the name is one of its names."""
    wanted = normalize(query.name)
    names = {normalize(n) for n in candidate.names} - {""}
    exact = wanted in names
    best = max((SequenceMatcher(None, wanted, n).ratio() for n in names), default=0.0)
    value = 100.0 if exact else 90.0 * best
    for pid, v in query.properties:
        agrees = _agrees(pid, v, candidate)
        if agrees is True:
            value = min(100.0, value + 10.0)
        elif agrees is False:
            value *= 0.5
    if any(pid == "iso3166Alpha2" and _agrees(pid, v, candidate) for pid, v in query.properties):
        exact = True
    return round(value, 2), exact


def _agrees(pid: str, v: str, candidate: Candidate) -> bool | None:
    """Whether the property value fits the candidate (None: the property is unknown or empty)."""
    if not v:
        return None
    if pid == "iso3166Alpha2":
        return v.strip().upper() in candidate.codes
    if pid == "year":
        return candidate.year is not None and v.strip()[:4] == str(candidate.year)
    return None


def reconcile(query: Query, svc: Services) -> list[dict[str, object]]:
    """The scored candidates of one query, best first."""
    index = index_of(svc)
    words = " ".join([query.name, *(v for pid, v in query.properties if pid == "iso3166Alpha2")])
    pool = index.candidates(words, query.type, POOL)
    scored = sorted(((score(query, c), c) for c in pool), key=lambda sc: (-sc[0][0], sc[1].label))
    top = scored[: query.limit]
    exact = [sc for sc in scored if sc[0][1] and sc[0][0] >= MATCH_SCORE]
    properties_agree = all(_agrees(pid, v, exact[0][1]) is not False for pid, v in query.properties) if exact else False
    sure = len(exact) == 1 and properties_agree
    return [{"id": c.iri, "name": c.label, "type": [_type(c.type)], "score": s,
             "match": sure and c is exact[0][1]} for (s, _), c in top]


def _type(iri: str) -> dict[str, str]:
    return {"id": iri, "name": humanize(local_name(iri))}


def init_app(app: Flask, svc: Services) -> None:
    app.register_blueprint(bp)


def _service_url() -> str:
    return request.url_root.rstrip("/") + "/reconcile"


@bp.route("/reconcile", methods=["GET", "POST"])
def service() -> Response:
    """The manifest, or the answers to ``queries`` (query string or form field)."""
    svc = services()
    raw = request.values.get("queries")
    if raw is None:
        return jsonify(manifest(svc.minter.base, _service_url()))
    try:
        queries = parse_queries(raw, svc.minter.base)
    except BadQueries as exc:
        return problem(400, "Bad reconciliation queries", str(exc))
    return jsonify({key: {"result": reconcile(q, svc)} for key, q in queries.items()})


@bp.get("/reconcile/preview")
def preview() -> Response:
    """The resource's card, small enough for OpenRefine's preview frame."""
    svc = services()
    iri = request.args.get("id", "")
    if len(iri) > 2000:
        return problem(400, "Bad id", "id is longer than 2000 characters")
    card = index_of(svc).get(iri)
    if card is None:
        return problem(404, "Not Found", "no resource of this dataset has this id")
    html = render_template("reconcile_preview.html", card=card, type_label=humanize(local_name(card.type)),
                           href=href_for(card.iri, svc.minter, request.script_root),
                           others=[n for n in dict.fromkeys(card.names) if n != card.label][:6])
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = PREVIEW_CSP
    return response


@bp.get("/reconcile/suggest/entity")
def suggest_entity() -> Response:
    svc = services()
    prefix = request.args.get("prefix", "")
    if len(prefix) > MAX_NAME_CHARS:
        return problem(400, "Bad prefix", f"prefix is longer than {MAX_NAME_CHARS} characters")
    kind = request.args.get("type") or None
    if kind and not kind.startswith(("http://", "https://")):
        kind = f"{VOCAB}{kind}"
    from .search import Query as SearchQuery

    hits, _ = index_of(svc).search(SearchQuery(text=prefix, cls=kind, limit=DEFAULT_LIMIT * 2))
    return jsonify(result=[{"id": h.iri, "name": h.label, "description": h.type_label,
                            "notable": [_type(h.type)]} for h in hits])


@bp.get("/reconcile/suggest/type")
def suggest_type() -> Response:
    prefix = normalize(request.args.get("prefix", "")[:MAX_NAME_CHARS])
    return jsonify(result=[k for k in kinds(services().minter.base) if normalize(k["name"]).startswith(prefix)
                           or normalize(local_name(k["id"])).startswith(prefix)])


@bp.get("/reconcile/suggest/property")
def suggest_property() -> Response:
    prefix = normalize(request.args.get("prefix", "")[:MAX_NAME_CHARS])
    return jsonify(result=[{"id": pid, "name": name} for pid, name in PROPERTIES.items()
                           if prefix in normalize(name) or prefix in normalize(pid)])
