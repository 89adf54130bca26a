"""A query worker: a process of its own that opens read-only snapshots and runs queries.

A pyoxigraph query cannot be interrupted once it runs, so queries run here, where the parent
(:mod:`osce_kg.server.executor`) can kill them at the time limit. Jobs and answers travel over stdin/stdout as frames:
a 4-byte big-endian length, then JSON (jobs) or a JSON header frame followed by
a body frame (answers). The worker serializes results itself and answers bytes.

Roles (:mod:`osce_kg.server.sandbox`): a worker started plain cuts itself off the
network for good before reading a job (``sandboxed``; ``unconfined`` when seccomp
is unavailable, and then it refuses every ``SERVICE``). Everything the server
checks about a query text (the lexer, rdflib's parse for ``SERVICE``) runs here,
within the query's time limit. A query whose ``SERVICE`` endpoints are all
allowlisted is answered ``{"federate": true}``, and the parent sends it on to a
worker started with ``--federating``, which has the network and checks it again.
Every worker caps its memory (``--memory-mb``).

Start with ``python -m osce_kg.server._worker [--federating] [--memory-mb N]``; it
exits when stdin closes or its parent dies.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import struct
import sys
import time
from typing import Any, Callable

from osce_kg.loader.errors import OsceKgError, StoreError
from osce_kg.loader.store import open_snapshot, patterns
from osce_kg.loader.store.embedded import EmbeddedStore
from osce_kg.server import negotiation, querytext, sandbox
from osce_kg.server.querytext import FederationRefused

_LEN = struct.Struct("!I")

#: roles: cut off the network; allowed to fetch (approved federated queries only); seccomp
#: unavailable (so no SERVICE at all); the server process's own bounded lookups
SANDBOXED, FEDERATING, UNCONFINED, IN_PROCESS = "sandboxed", "federating", "unconfined", "in-process"

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
    """Holds the snapshot of the current generation and runs jobs on it in its ``role``."""

    def __init__(self, role: str = SANDBOXED, memory_mb: int = 0) -> None:
        self.role = role
        self.memory_mb = memory_mb
        self.generation: int | None = None
        self.store: EmbeddedStore | None = None

    def open(self, generation: int, path: str) -> EmbeddedStore:
        """The snapshot of ``generation`` at ``path``, read-only.

        :raises OSError: it cannot be opened (the reason is logged, not answered).
        """
        if generation != self.generation or self.store is None:
            self.store = None  # close the old snapshot before opening the new one
            try:
                self.store = open_snapshot(path)
            except StoreError as exc:
                raise OSError(exc.message) from None
            self.generation = generation
        return self.store

    def handle(self, job: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        """Run one job; errors become a header with ``error`` and ``message``."""
        started = time.perf_counter()
        try:
            store = self.open(job["generation"], job["path"])
            header, body = execute(store, job, role=self.role)
        except Federate:
            header, body = {"status": 0, "federate": True}, b""
        except OsceKgError as exc:
            header, body = _error_header(exc), b""
        except OSError as exc:
            print(f"query worker: the store failed: {exc}", file=sys.stderr)
            header, body = _error_header(StoreError("the store could not be read; the error is logged")), b""
        except MemoryError:
            header, body = _error_header(sandbox.out_of_memory(self.memory_mb)), b""
        header["elapsed"] = round(time.perf_counter() - started, 6)
        header["role"] = self.role
        return header, body


class Federate(Exception):
    """The query's SERVICE endpoints are all allowlisted: a federating worker must run it."""


def _error_header(exc: OsceKgError) -> dict[str, Any]:
    return {"status": exc.http_status, "error": type(exc).__name__, "message": exc.message}


def execute(store: EmbeddedStore, job: dict[str, Any], info: querytext.QueryInfo | None = None,
            *, role: str = IN_PROCESS) -> tuple[dict[str, Any], bytes]:
    """Check, evaluate and serialize the job's query, as a worker in ``role`` may.

    :raises Federate: (sandboxed role) every SERVICE is allowlisted: run it elsewhere.
    :raises UpdateNotHere, FederationRefused: the text is an update or federates unasked.
    :raises QuerySyntaxError: the query does not parse.
    :raises NotAcceptable: no format the client accepts fits the result.
    :raises ResultTooLarge: more rows or triples than ``max_rows``.
    :raises StoreError: evaluation failed (e.g. an allowlisted SERVICE did not answer).
    """
    info = info or querytext.inspect_query(job["query"])
    querytext.refuse_update(info)
    allowlist = (job.get("allowlist") or ()) if role in (SANDBOXED, FEDERATING) else ()
    federated = querytext.check_federation(job["query"], job.get("base"), allowlist, confined=role == SANDBOXED)
    if federated and role == SANDBOXED:
        raise Federate
    if role == FEDERATING and not federated:
        raise FederationRefused("this worker runs approved federated queries only")
    try:
        return evaluate(store, job, info)
    except OSError as exc:
        error = _federation_failure(exc, job, role, federated)
        if error is None:
            raise
        raise error from None


def _federation_failure(exc: OSError, job: dict[str, Any], role: str, federated: bool) -> OsceKgError | None:
    """What a client may learn of a failed SERVICE: which endpoint failed and its status, never
    the body it answered; None when ``exc`` is no fetch but the store's own failure."""
    message = str(exc)
    if federated:
        endpoints = [e for e in job.get("allowlist") or () if e in message]
        status = re.search(r"\bError (\d{3})\b", message)
        where = f"SERVICE <{endpoints[0]}>" if len(endpoints) == 1 else "an allowlisted SERVICE endpoint"
        how = f"answered HTTP {status.group(1)}" if status else "gave no usable answer"
        return StoreError(f"the query could not be answered: {where} {how}")
    if isinstance(exc, PermissionError) and role == SANDBOXED and querytext.may_federate(job["query"]):
        return FederationRefused("SERVICE refused: the server's SPARQL parser could not read this query, "
                                 "so it ran without network access")
    return None


def evaluate(store: EmbeddedStore, job: dict[str, Any], info: querytext.QueryInfo) -> tuple[dict[str, Any], bytes]:
    """Evaluate and serialize the job's query (already checked); see :func:`execute`.

    A bounded join's rows are counted as they are written (only a one-pattern lookup, whose rows are
    the named resource's own triples, is written in one piece and counted after).

    :raises OSError: the store failed, or a SERVICE did.
    """
    media, body, rows, kind = store.answer(
        job["query"], chooser(job), max_rows=int(job["max_rows"]), base=job.get("base"),
        default_graphs=job.get("default_graphs"), named_graphs=job.get("named_graphs"),
        own_dataset=info.has_dataset, bounded=info.bounded_lookup and not info.joined, form=info.form,
        prefixes=info.prefixes)
    return {"status": 200, "type": media, "rows": rows, "kind": kind}, body


def chooser(job: dict[str, Any]) -> Callable[[str], str]:
    """The media type to answer ``job`` in, for a query form (``SELECT``, ...).

    :raises NotAcceptable: no format the client accepts fits that form.
    """
    def choose(kind: str) -> str:
        available = negotiation.FORM_TYPES[kind]
        if job.get("html"):  # the server renders the page from these
            return "application/n-triples" if available is negotiation.GRAPH_TYPES else available[0]
        media = negotiation.negotiate(job.get("accept"), available, job.get("format"))
        if media is None:
            raise negotiation.NotAcceptable(f"{kind} results are available as: {', '.join(available)}")
        return media

    return choose


def construct_here(store: EmbeddedStore, job: dict[str, Any], plan: querytext.ConstructPlan,
                   solutions: int | None = None) -> tuple[dict[str, Any], bytes]:
    """A CONSTRUCT over a bounded join, answered in this process from the streamed SELECT of its join
    (:class:`querytext.ConstructPlan`, :func:`patterns.construct_streamed`), reading at most ``solutions``
    of its solutions (the row limit when None).

    :raises patterns.TooManySolutions: more solutions than that (or the SELECT did not run): nothing
        was answered; run the CONSTRUCT where the time limit holds.
    :raises NotAcceptable: no format the client accepts fits a graph.
    :raises ResultTooLarge: more triples than the row limit.
    """
    media = chooser(job)("CONSTRUCT")
    body, rows = patterns.construct_streamed(
        store, plan.select, plan.template, media, max_rows=int(job["max_rows"]),
        max_solutions=int(job["max_rows"]) if solutions is None else solutions, base=job.get("base"),
        default_graphs=job.get("default_graphs"), named_graphs=job.get("named_graphs"), prefixes=plan.prefixes)
    return {"status": 200, "type": media, "rows": rows, "kind": "CONSTRUCT"}, body


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (a runaway query never
    reads stdin, so end-of-file alone would not stop it)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start(argv: list[str] | None = None) -> Worker:
    """Confine this process as ``argv`` asks (``--federating``, ``--memory-mb N``) and
    return the worker for the role it ended up in."""
    parser = argparse.ArgumentParser(prog="python -m osce_kg.server._worker")
    parser.add_argument("--federating", action="store_true", help="keep the network (approved SERVICE only)")
    parser.add_argument("--memory-mb", type=int, default=0, help="cap private memory at this many MiB")
    args = parser.parse_args(argv)
    try:
        sandbox.limit_memory(args.memory_mb)
    except (OSError, ValueError) as exc:
        print(f"query worker: cannot cap memory at {args.memory_mb} MiB: {exc}", file=sys.stderr)
    if args.federating:
        return Worker(FEDERATING, args.memory_mb)
    if sandbox.deny_network():
        return Worker(SANDBOXED, args.memory_mb)
    print("query worker: seccomp is unavailable; this worker refuses every SERVICE", file=sys.stderr)
    return Worker(UNCONFINED, args.memory_mb)


def main(argv: list[str] | None = None) -> None:
    _die_with_parent()
    worker = start(argv)
    answers = os.dup(1)
    os.dup2(2, 1)  # a stray print goes to stderr, never into the answer pipe
    sys.stdout = sys.stderr
    while True:
        frame = read_frame(0)
        if frame is None:
            return
        header, body = worker.handle(json.loads(frame))
        write_frames(answers, json.dumps(header).encode(), body)


if __name__ == "__main__":
    main()
