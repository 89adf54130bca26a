"""Queries run in a pool of killable worker processes over read-only snapshots.

Why: a pyoxigraph query cannot be interrupted once it runs, so a query in the
server process could not be stopped at the time limit. The server process owns the read-write store; each worker
(:mod:`osce_kg.server._worker`) opens a RocksDB checkpoint of it read-only.

Generations: every committed write marks the snapshot stale (cheap, in the
writer's thread); the next query makes a fresh checkpoint and bumps the
generation, and each worker reopens when a job names a newer generation. A
checkpoint holds whole transactions only, so readers never see half a write,
and a query after a write sees it. Old checkpoint folders are deleted once no
worker holds them.

Time limit: the parent waits on the worker's pipe with a deadline; past it the
worker is killed (SIGKILL), a fresh one is started in the background and the
caller gets :class:`QueryTimeout`. Other queries go on in the other workers.

Confinement (:mod:`osce_kg.server.sandbox`): each worker caps its own memory; a
worker that dies of it is replaced and the caller gets :class:`QueryOutOfMemory`.
The pool's workers cannot open network sockets, and they do all the checking of a
query text within its time limit; a query they find federating to allowlisted
endpoints only is sent on, under the same deadline, to a small second pool of
workers that may fetch (started on first use). On the event loop (or the request's
thread) only the size check runs, plus, for a short text, the lexer that picks the
bounded lookups this process answers itself.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import os
import queue
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, NoReturn

from osce_kg.loader import errors
from osce_kg.loader.errors import OsceKgError, QueryTimeout, StoreError
from osce_kg.loader.store import patterns
from osce_kg.loader.store.embedded import EmbeddedStore

from . import _worker, querytext
from ._worker import _LEN
from .negotiation import NotAcceptable
from .querytext import FederationRefused, QueryTooLarge, UpdateNotHere
from .sandbox import QueryOutOfMemory, out_of_memory

log = logging.getLogger(__name__)

#: the longest query text inspected in the server process (on the event loop): the lexer's cost
#: grows with the text, and a bounded lookup is short
INSPECT_HERE = 4096
#: how many workers may fetch for approved federated queries
FEDERATORS = 1


@dataclass
class Job:
    """One query request, as the worker needs it (the worker checks and negotiates)."""

    query: str
    accept: str | None = None
    #: a ``format=`` value; wins over ``accept``
    format: str | None = None
    #: answer SPARQL JSON or N-Triples for the server's HTML page
    html: bool = False
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    base: str | None = None
    allowlist: tuple[str, ...] = ()


@dataclass
class Answer:
    """A worker's serialized answer."""

    media_type: str
    body: bytes
    rows: int
    kind: str
    elapsed: float


class ServerBusy(OsceKgError):
    """Every query worker stayed busy until the request's time ran out."""

    http_status = 503
    title = "Server busy"


_ERRORS: dict[str, type[OsceKgError]] = {
    "QuerySyntaxError": errors.QuerySyntaxError,
    "ResultTooLarge": errors.ResultTooLarge,
    "StoreError": errors.StoreError,
    "NotAcceptable": NotAcceptable,
    "UsageError": errors.UsageError,
    "UpdateNotHere": UpdateNotHere,
    "FederationRefused": FederationRefused,
    "QueryTooLarge": QueryTooLarge,
    "QueryOutOfMemory": QueryOutOfMemory,
}


class _Process:
    """One worker process of ``kind`` (``sandboxed`` or ``federating``) and the generation it has open."""

    def __init__(self, kind: str = _worker.SANDBOXED, memory_mb: int = 0) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        args = ["--memory-mb", str(memory_mb)] + (["--federating"] if kind == _worker.FEDERATING else [])
        self.kind = kind
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "osce_kg.server._worker", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0, close_fds=True, env=env)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.wfd = self.proc.stdin.fileno()
        self.rfd = self.proc.stdout.fileno()
        self.generation: int | None = None

    def send(self, payload: bytes) -> None:
        data = memoryview(_LEN.pack(len(payload)) + payload)
        while data:
            data = data[os.write(self.wfd, data):]

    def receive(self, deadline: float) -> tuple[dict[str, Any], bytes]:
        """The answer's header and body (two frames, usually read in one system call).

        :raises TimeoutError: the deadline passed first.
        :raises EOFError: the worker died.
        """
        buffer = bytearray()
        while len(buffer) < (size := _answer_size(buffer)):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.rfd], [], [], remaining)[0]:
                raise TimeoutError
            self._read(buffer, size)
        return _split_answer(buffer)

    async def receive_async(self, deadline: float) -> tuple[dict[str, Any], bytes]:
        """:meth:`receive` on the running event loop, which waits for the pipe meanwhile."""
        loop = asyncio.get_running_loop()
        buffer = bytearray()
        while len(buffer) < (size := _answer_size(buffer)):
            ready: asyncio.Future[None] = loop.create_future()
            loop.add_reader(self.rfd, _wake, ready)
            try:
                await _within(ready, deadline - time.monotonic())
            finally:
                loop.remove_reader(self.rfd)
            self._read(buffer, size)
        return _split_answer(buffer)

    def _read(self, buffer: bytearray, size: int) -> None:
        chunk = os.read(self.rfd, max(size - len(buffer), 1 << 16))
        if not chunk:
            raise EOFError
        buffer += chunk

    def kill(self) -> None:
        try:
            self.proc.kill()
        except ProcessLookupError:
            pass
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def exit_status(self, wait: float = 0.5) -> int | None:
        """Its exit status once it is ending (it closed its pipe), or None if it goes on."""
        try:
            return self.proc.wait(wait)
        except subprocess.TimeoutExpired:
            return None


class _Pool:
    """The idle workers, handed out first come, first served to threads and event loops alike."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: deque[_Process] = deque()
        #: callables that take a process for a waiter, or answer False when it gave up
        self._waiters: deque[Callable[[_Process], bool]] = deque()

    def put(self, process: _Process) -> None:
        with self._lock:
            while self._waiters:
                if self._waiters.popleft()(process):
                    return
            self._idle.append(process)

    def size(self) -> int:
        return len(self._idle)

    def take(self, timeout: float) -> _Process:
        """An idle worker, waiting up to ``timeout`` seconds on this thread.

        :raises TimeoutError: none came free in time.
        """
        future: concurrent.futures.Future[_Process] = concurrent.futures.Future()

        def give(process: _Process) -> bool:
            if not future.set_running_or_notify_cancel():
                return False
            future.set_result(process)
            return True

        with self._lock:
            if self._idle:
                return self._idle.popleft()
            self._waiters.append(give)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            if future.cancel():
                raise TimeoutError from None
            return future.result()  # handed over just as the time ran out

    async def take_async(self, timeout: float) -> _Process:
        """:meth:`take` on the running event loop, which serves other requests meanwhile."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[_Process] = loop.create_future()

        def deliver(process: _Process) -> None:
            if future.done():  # the waiter gave up meanwhile: the next one gets it
                self.put(process)
            else:
                future.set_result(process)

        def give(process: _Process) -> bool:
            if future.done():
                return False
            loop.call_soon_threadsafe(deliver, process)
            return True

        with self._lock:
            if self._idle:
                return self._idle.popleft()
            self._waiters.append(give)
        return await _within(future, timeout)


def _wake(ready: asyncio.Future[None]) -> None:
    """Resolve ``ready`` once (the pipe may turn readable again before the waiter runs)."""
    if not ready.done():
        ready.set_result(None)


async def _within(future: asyncio.Future, timeout: float) -> Any:
    """``await future``, cancelling it after ``timeout`` seconds (lighter than :func:`asyncio.wait_for`).

    :raises TimeoutError: the time ran out first.
    """
    expired: list[bool] = []

    def expire() -> None:
        if not future.done():
            expired.append(True)
            future.cancel()

    timer = asyncio.get_running_loop().call_later(max(0.0, timeout), expire)
    try:
        return await future
    except asyncio.CancelledError:
        if expired:
            raise TimeoutError from None
        raise  # the request itself was cancelled
    finally:
        timer.cancel()


def _answer_size(buffer: bytearray) -> int:
    """How many bytes the answer (header frame, body frame) takes, as far as ``buffer`` tells."""
    if len(buffer) < 4:
        return 4
    header_end = 4 + _LEN.unpack_from(buffer, 0)[0]
    if len(buffer) < header_end + 4:
        return header_end + 4
    return header_end + 4 + _LEN.unpack_from(buffer, header_end)[0]


def _split_answer(buffer: bytearray) -> tuple[dict[str, Any], bytes]:
    header_end = 4 + _LEN.unpack_from(buffer, 0)[0]
    return json.loads(buffer[4:header_end]), bytes(buffer[header_end + 4:])


@dataclass
class _Snapshot:
    generation: int
    path: Path
    in_flight: int = 0
    #: the number of writes committed before this checkpoint was taken
    covers: int = 0
    #: made and deleted by another part of the server (a published generation), not by this executor
    borrowed: bool = False


class Executor:
    """A pool of ``workers`` query processes over snapshots of ``store``.

    Started lazily on the first query (so a forking server never inherits
    workers); :meth:`close` stops the workers and deletes the snapshots.
    """

    def __init__(self, store: EmbeddedStore, *, workers: int = 2, timeout: float = 30.0,
                 max_rows: int = 100_000, snapshot_root: Path | None = None,
                 max_query_bytes: int = 1024 * 1024, memory_mb: int = 0, streamed_solutions: int = 10_000) -> None:
        self.store = store
        #: the most solutions of a CONSTRUCT's bounded join read here before a worker is asked instead
        self.streamed_solutions = min(streamed_solutions, max_rows)
        self.size = max(1, workers)
        self.timeout = timeout
        self.max_rows = max_rows
        self.max_query_bytes = max_query_bytes
        self.memory_mb = memory_mb
        if snapshot_root is None:
            if store.path is None:
                raise ValueError("query workers read snapshots of a store on disk; give snapshot_root")
            snapshot_root = store.path.parent / f".{store.path.name}-snapshots-{os.getpid()}"
        self.snapshot_root = snapshot_root
        self._idle = _Pool()
        #: the workers that may fetch, for approved federated queries
        self._federators = _Pool()
        self._federators_started = False
        self._warned_unconfined = False
        self._spawn: queue.Queue[str | None] = queue.Queue()
        self._processes: set[_Process] = set()
        self._snapshots: dict[int, _Snapshot] = {}
        self._current: _Snapshot | None = None
        #: writes committed so far (bumped by :meth:`invalidate`, after each commit)
        self._writes = 0
        #: queries read checkpoints published elsewhere (:meth:`adopt`), never made here
        self._borrowing = False
        self._lock = threading.Lock()
        self._snapshot_lock = threading.Lock()
        self._started = False
        self._closed = False
        self.timeouts = 0  # queries stopped at the limit, for /health and tests

    # -- life cycle -------------------------------------------------------------
    def start(self) -> None:
        """Start the spawner thread and the workers (idempotent)."""
        with self._lock:
            if self._started:
                return
            self._started = True
            remove_stale_snapshot_roots(self.snapshot_root)
            self.snapshot_root.mkdir(parents=True, exist_ok=True)
            # one long-lived thread starts every worker: Linux's parent-death signal
            # fires when the *thread* that forked a child ends
            threading.Thread(target=self._spawner, name="query-worker-spawner", daemon=True).start()
            for _ in range(self.size):
                self._spawn.put(_worker.SANDBOXED)

    def _start_federators(self) -> None:
        """Start the workers that may fetch (idempotent; after :meth:`start`)."""
        with self._lock:
            if self._federators_started:
                return
            self._federators_started = True
        for _ in range(FEDERATORS):
            self._spawn.put(_worker.FEDERATING)

    def close(self) -> None:
        """Stop every worker and delete the snapshots."""
        with self._lock:
            self._closed = True
            processes = list(self._processes)
            self._processes.clear()
        self._spawn.put(None)
        for process in processes:
            process.kill()
        shutil.rmtree(self.snapshot_root, ignore_errors=True)

    def invalidate(self) -> None:
        """A write was committed: the next query takes a fresh snapshot (an ``after_write`` hook)."""
        with self._lock:
            self._writes += 1

    def adopt(self, generation: int, path: Path) -> None:
        """Query the checkpoint of ``generation`` at ``path`` from now on: one the server published for
        all its processes (``serve --readers``, :mod:`osce_kg.server.readers`), made and deleted there.

        Call it after :meth:`invalidate` for the same write: the snapshot then covers it, and no
        checkpoint of this executor's own is made. Generations only grow.
        """
        with self._lock:
            self._borrowing = True
            made = _Snapshot(generation, path, covers=self._writes, borrowed=True)
            self._snapshots[generation] = made
            self._current = made
        self._sweep()

    def _spawner(self) -> None:
        while True:
            kind = self._spawn.get()
            if kind is None or self._closed:
                return
            try:
                process = _Process(kind, self.memory_mb)
            except OSError:
                log.exception("cannot start a query worker")
                time.sleep(1)
                self._spawn.put(kind)
                continue
            with self._lock:
                if self._closed:
                    process.kill()
                    return
                self._processes.add(process)
            self._pool(kind).put(process)

    def _pool(self, kind: str) -> _Pool:
        return self._federators if kind == _worker.FEDERATING else self._idle

    # -- snapshots --------------------------------------------------------------
    def _fresh_snapshot(self) -> _Snapshot:
        """The current snapshot, made anew first if a write came since the last one, counted
        as in flight (the caller decrements ``in_flight`` when done)."""
        # A query must see every write committed before it arrived: compare write counts,
        # and read the count before the checkpoint so a write racing with it is not lost.
        wanted = self._writes
        if self._stale(wanted):
            with self._snapshot_lock:
                if self._stale(wanted):
                    covers = self._writes
                    generation = (self._current.generation + 1) if self._current else 1
                    path = self.snapshot_root / f"gen-{generation}"
                    try:
                        self.store.snapshot(path)
                    except OSError as exc:
                        raise StoreError(f"cannot snapshot the store for querying: {exc}") from exc
                    made = _Snapshot(generation, path, covers=covers)
                    with self._lock:
                        self._snapshots[generation] = made
                        self._current = made
                    self._sweep()
        with self._lock:
            # counted in flight before anyone can sweep it, even if a newer one appears now
            snapshot = self._current
            assert snapshot is not None
            snapshot.in_flight += 1
        return snapshot

    def _stale(self, writes: int) -> bool:
        """Whether the current snapshot misses some of the first ``writes`` writes (or there is none)."""
        if self._borrowing:  # the publisher adopts a checkpoint for every write before it is answered
            return False
        return self._current is None or self._current.covers < writes

    def _sweep(self) -> None:
        """Delete snapshots older than the current one that nothing uses any more."""
        with self._lock:
            held = {p.generation for p in self._processes}
            current = self._current.generation if self._current else None
            old = [s for g, s in self._snapshots.items()
                   if g != current and g not in held and s.in_flight == 0]
            for snapshot in old:
                del self._snapshots[snapshot.generation]
        for snapshot in old:
            if not snapshot.borrowed:
                shutil.rmtree(snapshot.path, ignore_errors=True)

    # -- queries ----------------------------------------------------------------
    def local_lookup(self, text: str) -> querytext.QueryInfo | None:
        """The reading of ``text`` if this process answers it itself, at once, without a worker.

        Only a query a real SPARQL parser's tree shows to be bounded qualifies
        (:func:`querytext.bounded_query`: lookups, ``DESCRIBE`` of named resources, a ``SELECT`` of a
        resource's triples with the labels of what it points to; the ``CONSTRUCT`` of those is answered
        from that streamed ``SELECT``, see :meth:`_answer_here`), of at most
        :data:`INSPECT_HERE` characters (this runs on the event loop), and only a text with no
        backslash and no ``service`` in any case: this process is not sandboxed, and without
        those no SPARQL parser can see a ``SERVICE`` clause (:func:`querytext.may_federate`),
        so this path provably cannot federate. Everything else goes to a killable worker.
        """
        return querytext.bounded_query(text)

    def run(self, job: Job) -> Answer:
        """Run ``job`` here if it is a bounded lookup, else in a worker within the time limit.

        :raises QueryTooLarge: the text is longer than ``max_query_bytes``.
        :raises QueryTimeout: it ran past the limit; its worker was killed.
        :raises QueryOutOfMemory: it took more memory than a worker may; its worker was replaced.
        :raises ServerBusy: no worker came free within the limit.
        :raises UpdateNotHere, FederationRefused, QuerySyntaxError, ResultTooLarge, NotAcceptable: from the worker.
        :raises StoreError: the worker died or the store failed.
        """
        querytext.check_size(job.query, self.max_query_bytes)
        here = self._answer_here(job)
        if here is not None:
            return here
        self.start()
        deadline = time.monotonic() + self.timeout
        snapshot = self._fresh_snapshot()
        try:
            header, body = self._exchange(self._idle, snapshot, job, deadline)
            if header.get("federate"):
                self._start_federators()
                header, body = self._exchange(self._federators, snapshot, job, deadline)
        finally:
            self._done_with(snapshot)
        return self._answer(header, body)

    async def run_async(self, job: Job) -> Answer:
        """:meth:`run` on the running event loop: waiting for a free worker and for its answer
        take no thread. Only making a fresh snapshot (the first query after a write) runs on one.
        """
        querytext.check_size(job.query, self.max_query_bytes)
        here = self._answer_here(job)
        if here is not None:
            return here
        loop = asyncio.get_running_loop()
        self.start()
        deadline = time.monotonic() + self.timeout
        if not self._stale(self._writes):
            snapshot = self._fresh_snapshot()
        else:
            snapshot = await loop.run_in_executor(None, self._fresh_snapshot)
        try:
            header, body = await self._exchange_async(self._idle, snapshot, job, deadline)
            if header.get("federate"):
                self._start_federators()
                header, body = await self._exchange_async(self._federators, snapshot, job, deadline)
        finally:
            self._done_with(snapshot)
        return self._answer(header, body)

    def _exchange(self, pool: _Pool, snapshot: _Snapshot, job: Job,
                  deadline: float) -> tuple[dict[str, Any], bytes]:
        """Send ``job`` to a worker of ``pool`` and wait for its answer until ``deadline``."""
        process = self._take(pool, deadline)
        self._send(process, snapshot, job)
        try:
            header, body = process.receive(deadline)
        except BaseException as exc:
            self._failed(process, exc)
        self._returned(process, header)
        return header, body

    async def _exchange_async(self, pool: _Pool, snapshot: _Snapshot, job: Job,
                              deadline: float) -> tuple[dict[str, Any], bytes]:
        """:meth:`_exchange` on the running event loop."""
        process = await self._take_async(pool, deadline)
        self._send(process, snapshot, job)
        try:
            header, body = await process.receive_async(deadline)
        except BaseException as exc:  # a cancelled request too: the worker is mid-query
            self._failed(process, exc)
        self._returned(process, header)
        return header, body

    def _returned(self, process: _Process, header: dict[str, Any]) -> None:
        """Put ``process`` back in its pool after an answer, or replace it if it ran out of memory."""
        if header.get("error") == QueryOutOfMemory.__name__:
            self._retire(process)
            return
        if header.get("role") == _worker.UNCONFINED and not self._warned_unconfined:
            self._warned_unconfined = True
            log.warning("query workers cannot be sandboxed (seccomp unavailable): every query with "
                        "a SERVICE clause is refused")
        self._pool(process.kind).put(process)

    def _done_with(self, snapshot: _Snapshot) -> None:
        with self._lock:
            snapshot.in_flight -= 1
        if len(self._snapshots) > 1:
            self._sweep()

    @staticmethod
    def _answer(header: dict[str, Any], body: bytes) -> Answer:
        if header.get("error"):
            raise _ERRORS.get(header["error"], StoreError)(header.get("message", "query failed"))
        return Answer(header["type"], body, header.get("rows", 0), header.get("kind", ""),
                      header.get("elapsed", 0.0))

    def _answer_here(self, job: Job) -> Answer | None:
        """The answer to ``job`` when this process gives it (a bounded query, see :meth:`local_lookup`;
        a CONSTRUCT over a bounded join whose solutions stay within the row limit, see
        :func:`querytext.streamed_construct`), else None: a worker answers it."""
        info = self.local_lookup(job.query)
        if info is not None:
            return self._run_here(job, info)
        plan = querytext.streamed_construct(job.query) if self.streamed_solutions > 0 else None
        if plan is None:
            return None
        started = time.monotonic()
        payload = dict(job.__dict__, max_rows=self.max_rows)
        try:
            header, body = _worker.construct_here(self.store, payload, plan, self.streamed_solutions)
        except patterns.TooManySolutions:
            return None  # past the row limit here: the worker runs it, within the time limit
        return Answer(header["type"], body, header["rows"], header["kind"], time.monotonic() - started)

    def _run_here(self, job: Job, info: querytext.QueryInfo) -> Answer:
        """A bounded query (see :meth:`local_lookup`) in this process, on the live store.

        Its cost is index scans over the triples of the resources it names, so it needs no
        killable worker, and skipping the two process hops is most of its time. The live
        store's reads are transactional: the answer holds all of each write or none.
        It cannot federate (see :meth:`local_lookup`).
        """
        started = time.monotonic()
        payload = dict(job.__dict__, max_rows=self.max_rows)
        header, body = _worker.execute(self.store, payload, info, role=_worker.IN_PROCESS)
        return Answer(header["type"], body, header.get("rows", 0), header.get("kind", ""),
                      time.monotonic() - started)

    def _take(self, pool: _Pool, deadline: float) -> _Process:
        while True:
            try:
                process = pool.take(max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                raise self._busy() from None
            if process.alive():
                return process
            self._retire(process)

    async def _take_async(self, pool: _Pool, deadline: float) -> _Process:
        while True:
            try:
                process = await pool.take_async(max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                raise self._busy() from None
            if process.alive():
                return process
            self._retire(process)

    def _busy(self) -> ServerBusy:
        return ServerBusy(f"every query worker stayed busy for {self.timeout:g} s; try again later")

    def _send(self, process: _Process, snapshot: _Snapshot, job: Job) -> None:
        payload = dict(job.__dict__, generation=snapshot.generation, path=str(snapshot.path),
                       max_rows=self.max_rows)
        try:
            process.send(json.dumps(payload).encode())
        except OSError as exc:
            self._failed(process, exc)
        process.generation = snapshot.generation

    def _failed(self, process: _Process, exc: BaseException) -> NoReturn:
        """The exchange with ``process`` broke off: retire it and say why.

        :raises QueryTimeout: the deadline passed.
        :raises QueryOutOfMemory: the worker died of its memory cap.
        :raises StoreError: the worker died otherwise or the pipe failed.
        """
        status = process.exit_status() if isinstance(exc, EOFError) else None
        self._retire(process)
        if status is not None and self._out_of_memory(status):
            raise out_of_memory(self.memory_mb) from None
        if isinstance(exc, TimeoutError):
            self.timeouts += 1
            raise QueryTimeout(
                f"the query ran longer than the server's limit of {self.timeout:g} s and was "
                "stopped; narrow it or add LIMIT") from None
        if isinstance(exc, (EOFError, OSError, ValueError)):
            log.error("a query worker failed", exc_info=exc)
            raise StoreError("the query worker failed; the query was not answered") from None
        raise exc

    def _out_of_memory(self, status: int) -> bool:
        """Whether a worker that ended with ``status`` died of its memory cap: Rust and RocksDB
        abort when an allocation fails; a SIGKILL we did not send is the kernel's OOM killer."""
        return self.memory_mb > 0 and status in (-signal.SIGABRT, -signal.SIGKILL)

    def _retire(self, process: _Process) -> None:
        """Kill ``process`` and have a fresh one of its kind started in its place."""
        process.kill()
        with self._lock:
            self._processes.discard(process)
            closed = self._closed
        if not closed:
            self._spawn.put(process.kind)
        self._sweep()

    def stats(self) -> dict[str, int]:
        """Workers alive and idle, snapshot generation, timeouts so far."""
        return {"workers": len(self._processes), "idle": self._idle.size(),
                "generation": self._current.generation if self._current else 0,
                "timeouts": self.timeouts}


def remove_stale_snapshot_roots(root: Path) -> None:
    """Delete snapshot folders left by server processes that are gone."""
    stem = root.name.rsplit("-", 1)[0]
    if not root.parent.exists():
        return
    for other in root.parent.glob(stem + "-*"):
        pid = other.name.rsplit("-", 1)[-1]
        if pid.isdigit() and other != root and not pid_alive(int(pid)):
            shutil.rmtree(other, ignore_errors=True)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (one of another user counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
