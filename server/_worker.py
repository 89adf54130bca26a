"""A query worker: a process of its own that opens read-only snapshots and runs queries.

A pyoxigraph query cannot be interrupted once it runs, so queries run here, where the parent (:mod:`osce_kg.server.executor`) can kill
them at the time limit. Jobs and answers travel over stdin/stdout as frames:
a 4-byte big-endian length, then JSON (jobs) or a JSON header frame followed by
a body frame (answers). The worker serializes results itself and answers bytes.

Start with ``python -m osce_kg.server._worker``; it exits when stdin closes or
its parent dies.
"""
from __future__ import annotations

import json
import os
import signal
import struct
import sys
import time
from typing import Any

import pyoxigraph as ox

from osce_kg.loader.errors import OsceKgError, QuerySyntaxError
from osce_kg.server import negotiation, querytext, results

_LEN = struct.Struct("!I")

LABEL_PREDICATES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "https://schema.org/name",
    "http://xmlns.com/foaf/0.1/name",
    "http://purl.org/dc/terms/title",
)


def read_exact(fd: int, n: int) -> bytes | None:
    """``n`` bytes from ``fd``, or None at end of file."""
    chunks: list[bytes] = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int) -> bytes | None:
    head = read_exact(fd, 4)
    if head is None:
        return None
    return read_exact(fd, _LEN.unpack(head)[0])


def write_frames(fd: int, *frames: bytes) -> None:
    data = b"".join(_LEN.pack(len(f)) + f for f in frames)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Worker:
    """Holds the snapshot of the current generation and runs jobs on it."""

    def __init__(self) -> None:
        self.generation: int | None = None
        self.store: ox.Store | None = None

    def open(self, generation: int, path: str) -> ox.Store:
        if generation != self.generation or self.store is None:
            self.store = None  # close the old snapshot before opening the new one
            self.store = ox.Store.read_only(path)
            self.generation = generation
        return self.store

    def handle(self, job: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        """Run one job; errors become a header with ``error`` and ``message``."""
        started = time.perf_counter()
        try:
            store = self.open(job["generation"], job["path"])
            header, body = execute(store, job)
        except OsceKgError as exc:
            header, body = {"status": exc.http_status, "error": type(exc).__name__,
                            "message": exc.message}, b""
        except OSError as exc:
            header, body = {"status": 503, "error": "StoreError", "message": f"query failed: {exc}"}, b""
        header["elapsed"] = round(time.perf_counter() - started, 6)
        return header, body


def dataset_kwargs(job: dict[str, Any], own_dataset: bool) -> dict[str, Any]:
    """The protocol's dataset, or the union default graph when the request names none."""
    default, named = job.get("default_graphs"), job.get("named_graphs")
    if not default and not named:
        # FROM / FROM NAMED in the query pick its dataset; the union flag would override them
        return {} if own_dataset else {"use_default_graph_as_union": True}
    # the protocol's dataset replaces FROM/FROM NAMED; what it leaves out is empty
    return {"default_graph": [ox.NamedNode(g) for g in default or []],
            "named_graphs": [ox.NamedNode(g) for g in named or []]}


def execute(store: ox.Store, job: dict[str, Any],
            info: querytext.QueryInfo | None = None) -> tuple[dict[str, Any], bytes]:
    """Check, evaluate and serialize the job's query.

    :raises UpdateNotHere, FederationRefused: the text is an update or federates unasked.
    :raises QuerySyntaxError: the query does not parse.
    :raises NotAcceptable: no format the client accepts fits the result.
    :raises ResultTooLarge: more rows or triples than ``max_rows``.
    :raises StoreError: evaluation failed (e.g. an allowlisted SERVICE did not answer).
    """
    info = info or querytext.inspect_query(job["query"])
    querytext.refuse(info, job.get("allowlist") or ())
    kwargs = dataset_kwargs(job, info.has_dataset)
    try:
        result = store.query(job["query"], base_iri=job.get("base"), **kwargs)
    except SyntaxError as exc:
        raise QuerySyntaxError(f"the query does not parse: {_short(str(exc))}") from None
    except ValueError as exc:
        raise QuerySyntaxError(f"the query cannot be run: {exc}") from None
    if isinstance(result, ox.QuerySolutions):
        kind, available = "SELECT", negotiation.SELECT_TYPES
    elif isinstance(result, ox.QueryBoolean):
        kind, available = "ASK", negotiation.ASK_TYPES
    else:
        kind, available = info.form or "CONSTRUCT", negotiation.GRAPH_TYPES
    if job.get("html"):  # the server renders the page from these
        media = "application/n-triples" if available is negotiation.GRAPH_TYPES else available[0]
    else:
        media = negotiation.negotiate(job.get("accept"), available, job.get("format"))
    if media is None:
        raise negotiation.NotAcceptable(f"{kind} results are available as: {', '.join(available)}")
    max_rows = int(job["max_rows"])
    if kind == "SELECT":
        body, rows = results.solutions_bytes(result, media, max_rows, bounded=info.bounded_lookup)
    elif kind == "ASK":
        body, rows = results.boolean_bytes(result, media), 1
    else:
        items = results.capped(result, max_rows, "triples")
        if kind == "DESCRIBE":
            items = describe(store, items, kwargs, max_rows)
        if media in results.QUAD_TYPES and "use_default_graph_as_union" in kwargs:
            items = list(dict.fromkeys(results.iter_quads_of(store, items)))
        rows = len(items)
        body = results.graph_bytes(items, media, info.prefixes)
    return {"status": 200, "type": media, "rows": rows, "kind": kind}, body


def _short(message: str, limit: int = 240) -> str:
    """The parser's message without its page-long list of expected characters."""
    first = message.splitlines()[0] if message else message
    return first if len(first) <= limit else first[:limit] + "…"


def describe(store: ox.Store, triples: list[ox.Triple], kwargs: dict[str, Any],
             max_rows: int) -> list[ox.Triple]:
    """The resources' own triples (oxigraph's concise bounded description) plus labels
    of the IRIs they point to, so a reader sees names, not bare IRIs."""
    described = {t.subject for t in triples if isinstance(t.subject, ox.NamedNode)}
    targets = {t.object for t in triples if isinstance(t.object, ox.NamedNode)} - described
    if not targets:
        return triples
    values = " ".join(str(t) for t in targets)
    preds = " ".join(f"<{p}>" for p in LABEL_PREDICATES)
    query = f"CONSTRUCT {{ ?x ?p ?l }} WHERE {{ VALUES ?x {{ {values} }} VALUES ?p {{ {preds} }} ?x ?p ?l }}"
    labels = store.query(query, **kwargs)
    out = list(dict.fromkeys([*triples, *labels]))
    return results.capped(out, max_rows, "triples")


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (a runaway query never
    reads stdin, so end-of-file alone would not stop it)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main() -> None:
    _die_with_parent()
    answers = os.dup(1)
    os.dup2(2, 1)  # a stray print goes to stderr, never into the answer pipe
    sys.stdout = sys.stderr
    worker = Worker()
    while True:
        frame = read_frame(0)
        if frame is None:
            return
        header, body = worker.handle(json.loads(frame))
        write_frames(answers, json.dumps(header).encode(), body)


if __name__ == "__main__":
    main()
