"""``osce-kg load --server URL --token T``: documents read here, written through a server's gate.

Each document is extracted and mapped locally exactly as ``osce-kg load`` does, then
sent with the Graph Store Protocol (``PUT /store?graph=...`` as Turtle), so the running
server (which holds the store) validates and commits it in one transaction. Use the
same base IRI as the server (``--base`` / ``OSCE_KG_BASE``).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

import requests
from rdflib import Graph, URIRef

from . import __version__
from .errors import DocumentError, GraphClash, OsceKgError, StoreError, Violation
from .iri import Minter

if TYPE_CHECKING:
    from .pipeline import Outcome


class ServerRefused(OsceKgError):
    """The server refused the token (401/403) or is not an osce-kg server."""

    exit_code = 2
    http_status = 502
    title = "Server refused the write"


def put_graph(session: requests.Session, url: str, token: str, iri: URIRef, graph: Graph,
              timeout: float = 120.0) -> requests.Response:
    """PUT ``graph`` as the named graph ``iri`` through the server's gate.

    :raises StoreError: the server cannot be reached.
    """
    try:
        return session.put(f"{url.rstrip('/')}/store", params={"graph": str(iri)},
                           data=graph.serialize(format="turtle", encoding="utf-8"),
                           headers={"Content-Type": "text/turtle; charset=utf-8",
                                    "Authorization": f"Bearer {token}", "Accept": "application/problem+json"},
                           timeout=timeout)
    except requests.RequestException as exc:
        raise StoreError(f"cannot reach the server at {url}: {exc}") from None


def violations_from(body: dict) -> list[Violation]:
    """The violations of a 422 problem document or the warnings of a success answer."""
    items = body.get("violations") or body.get("warnings") or []
    return [Violation(focus_node=v.get("focusNode") or "", path=v.get("path"), value=v.get("value"),
                      message=v.get("message") or "", severity=v.get("severity") or "Violation",
                      constraint=v.get("constraint"), shape=v.get("shape")) for v in items]


def send_documents(url: str, token: str, paths: Iterable[Path], minter: Minter, *,
                   progress: "Callable[[Outcome], None] | None" = None,
                   session: requests.Session | None = None):
    """Send every document under ``paths`` through the server at ``url``; a pipeline ``Report``.

    Files are collected, read and named as ``osce-kg load`` does (only regular files opened, only
    relative names recorded); a graph another file already has, here or on the server, is refused.

    :raises ServerRefused: the token was refused (nothing more is sent).
    :raises StoreError: the server cannot be reached.
    """
    from .pipeline import GraphClaims, Report, collect

    session = session or requests.Session()
    claims = GraphClaims(minter, recorded_on_server(session, url, minter))
    moved = merges_on_server(session, url, minter)
    report = Report()
    for source in collect(paths):
        outcome = _send_one(session, url, token, source, minter, claims, moved)
        report.outcomes.append(outcome)
        if progress:
            progress(outcome)
    return report


def _send_one(session: requests.Session, url: str, token: str, source, minter: Minter, claims,
              moved: dict[URIRef, URIRef] | None = None):
    from . import mapping
    from .identity import rewrite
    from .pipeline import Outcome, read_source

    file = str(source.path)
    if source.skipped:
        return Outcome(file, False, reason=source.problem, skipped=True)
    try:
        doc = read_source(source)
        loaded_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        graph = rewrite(mapping.document_graph(doc, minter, loaded_at=loaded_at, loader_version=__version__),
                        moved or {})
        iri = minter.graph(mapping.graph_key(doc))
        replaced = claims.claim(iri, source.name, source.path)
    except DocumentError as exc:
        return Outcome(file, False, reason=exc.reason)
    except GraphClash as exc:
        return Outcome(file, False, reason=exc.message)
    outcome = _outcome(file, iri, graph, len(doc.records), put_graph(session, url, token, iri, graph))
    outcome.replaced = replaced if outcome.accepted else None
    return outcome


def recorded_on_server(session: requests.Session, url: str, minter: Minter, timeout: float = 30.0):
    """What the server's store records for a graph (see ``pipeline.GraphClaims``), asked over ``/sparql``.

    :raises StoreError: the server cannot be reached or does not answer the query.
    """
    from .pipeline import recorded_query

    def recorded(iri: URIRef) -> tuple[bool, str | None]:
        try:
            response = session.get(f"{url.rstrip('/')}/sparql", params={"query": recorded_query(iri, minter)},
                                   headers={"Accept": "application/sparql-results+json"}, timeout=timeout)
            response.raise_for_status()
            rows = response.json()["results"]["bindings"]
        except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"cannot ask the server at {url} which file graph <{iri}> holds: {exc}") from None
        if not rows:
            return False, None
        return True, rows[0]["name"]["value"] if "name" in rows[0] else None

    return recorded


def merges_on_server(session: requests.Session, url: str, minter: Minter,
                     timeout: float = 30.0) -> dict[URIRef, URIRef]:
    """The merges the server's store records (``osce-kg dedupe --merge``), asked over ``/sparql``, so a
    document sent from here is written with the kept IRIs as a local load writes it (issue 16).

    :raises StoreError: the server cannot be reached or does not answer the query.
    """
    from .identity import follow, identity_graph

    query = (f"SELECT ?old ?kept WHERE {{ GRAPH {identity_graph(minter).n3()} "
             "{ ?old <http://www.w3.org/2002/07/owl#sameAs> ?kept } }")
    try:
        response = session.get(f"{url.rstrip('/')}/sparql", params={"query": query},
                               headers={"Accept": "application/sparql-results+json"}, timeout=timeout)
        response.raise_for_status()
        rows = response.json()["results"]["bindings"]
        step = {URIRef(r["old"]["value"]): URIRef(r["kept"]["value"]) for r in rows}
    except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"cannot ask the server at {url} which resources were merged: {exc}") from None
    return follow(step)


def _outcome(file: str, iri: URIRef, graph: Graph, records: int, response: requests.Response):
    from .pipeline import Outcome

    if response.status_code in (401, 403):
        raise ServerRefused(f"the server refused the token ({response.status_code}): "
                            "check --token against the server's OSCE_KG_TOKEN")
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.ok:
        return Outcome(file, True, graph=iri, records=records, triples=len(graph),
                       warnings=violations_from(body))
    violations = violations_from(body)
    blocking = [v for v in violations if v.severity == "Violation"]
    if blocking:
        reason = f"SHACL: {len(blocking)} violation(s); first: {blocking[0]}"
    else:
        reason = f"server answered {response.status_code}: {body.get('detail') or response.reason}"
    return Outcome(file, False, reason=reason, violations=violations)
