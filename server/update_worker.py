"""SPARQL Update evaluation in killable worker processes, over read-only snapshots.

Why: rdflib's SPARQL engine is pure Python and keeps the GIL, and its ``REGEX`` is
Python's ``re`` (exponential on ``(a+)+$``), so an update evaluated in the server
process froze every page and query until it finished. Here it runs in a process of
its own that the server kills at :attr:`Settings.update_timeout
<osce_kg.loader.settings.Settings.update_timeout>`; the worker also caps its own
memory at :attr:`~osce_kg.loader.settings.Settings.worker_memory_mb` (``RLIMIT_AS``).

What a worker computes: the :class:`~osce_kg.loader.store.base.Change` an update
would make (:func:`osce_kg.loader.delta.change_of_update`) on a RocksDB checkpoint
of the store (read-only), taken when ``writes()`` writes had been committed. The
caller commits the change only if no write was committed since (:class:`Computed`
``seen``), under the write lock, and computes it again otherwise.
Over a remote store the worker reads the remote store itself (there is no
snapshot); the same write count guards the commit against writes through this
server.

Wire: frames of a 4-byte big-endian length and UTF-8 JSON, a job down the worker's
stdin and its answer up its stdout. Start a worker with ``python -m
osce_kg.server.update_worker MEMORY_MB``; it exits when stdin closes or its parent
dies.
"""
from __future__ import annotations

import concurrent.futures
import json
import logging
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from rdflib import Graph, URIRef

from osce_kg.loader import errors
from osce_kg.loader.errors import OsceKgError, StoreError
from osce_kg.loader.store.base import Change, Quad

log = logging.getLogger(__name__)

_LEN = struct.Struct("!I")
#: CPU seconds a job may use beyond its time limit before the kernel stops the worker
#: (the backstop should the server die without killing it)
_CPU_MARGIN = 10


class UpdateTimeout(OsceKgError):
    """Evaluating an update ran past its time limit; its worker was killed, nothing was written."""

    http_status = 503
    title = "Update timed out"


class UpdateTooLarge(OsceKgError):
    """Evaluating an update needed more memory than a worker may take; nothing was written."""

    http_status = 503
    title = "Update needs too much memory"


class UpdateBusy(OsceKgError):
    """No update worker came free in time, or other writes kept overtaking this one."""

    http_status = 503
    title = "Server busy"


#: errors a worker may report, by name; any other is the worker's own failure
_ERRORS: dict[str, type[OsceKgError]] = {
    "QuerySyntaxError": errors.QuerySyntaxError,
    "UsageError": errors.UsageError,
    "ManagedGraph": errors.ManagedGraph,
    "StoreError": errors.StoreError,
}


@dataclass(frozen=True)
class Computed:
    """A change computed on the store as it was after ``seen`` committed writes."""

    change: Change
    seen: int


# ---------------------------------------------------------------------------
# frames and changes on the wire
# ---------------------------------------------------------------------------
def _write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(_LEN.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _read_frame(fd: int, deadline: float | None = None) -> bytes:
    """One frame from ``fd``.

    :raises TimeoutError: ``deadline`` (a :func:`time.monotonic` time) passed first.
    :raises EOFError: the other side closed the pipe.
    """
    buffer = bytearray()
    size = 4
    while len(buffer) < size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(size - len(buffer), 1 << 20))
        if not chunk:
            raise EOFError
        buffer += chunk
        if size == 4 and len(buffer) == 4:
            size += _LEN.unpack(buffer)[0]
    return bytes(buffer[4:])


def _nquads(quads: list[Quad]) -> str:
    from osce_kg.loader.store import rdfio

    return rdfio.nquads(quads).decode("utf-8")


def _quads(text: str) -> list[Quad]:
    """N-Quads as rdflib quads, blank node labels kept (they name the store's own blank nodes)."""
    from osce_kg.loader.store import rdfio

    return rdfio.parse_nquads(text.encode("utf-8")) if text else []


def change_json(change: Change) -> dict[str, Any]:
    """``change`` as JSON (its quads as N-Quads text)."""
    return {"replace": {str(g): _nquads([(s, p, o, g) for s, p, o in graph]) for g, graph in change.replace.items()},
            "drop": sorted(str(g) for g in change.drop),
            "remove": _nquads(change.remove), "add": _nquads(change.add)}


def change_of_json(data: dict[str, Any]) -> Change:
    """The :class:`Change` :func:`change_json` wrote."""
    replace: dict[URIRef, Graph] = {}
    for name, text in data["replace"].items():
        graph = replace[URIRef(name)] = Graph(identifier=URIRef(name))
        for s, p, o, _ in _quads(text):
            graph.add((s, p, o))
    return Change(replace=replace, drop={URIRef(g) for g in data["drop"]},
                  remove=_quads(data["remove"]), add=_quads(data["add"]))


# ---------------------------------------------------------------------------
# the server's side
# ---------------------------------------------------------------------------
_spawner: concurrent.futures.ThreadPoolExecutor | None = None
_spawner_lock = threading.Lock()


def _spawn(memory_mb: int) -> "_Process":
    """A new worker, started from one long-lived thread: Linux's parent-death signal fires
    when the *thread* that started a child ends, and request threads come and go."""
    global _spawner
    with _spawner_lock:
        if _spawner is None:
            _spawner = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="update-worker-spawner")
    return _spawner.submit(_Process, memory_mb).result()


class _Process:
    """One update worker and the snapshot generation it was last sent."""

    def __init__(self, memory_mb: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "osce_kg.server.update_worker", str(memory_mb)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0, close_fds=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1"))
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.generation: int | None = None

    def ask(self, job: dict[str, Any], deadline: float) -> dict[str, Any]:
        """Send ``job``, wait for the answer until ``deadline``.

        :raises TimeoutError, EOFError, OSError: the worker did not answer in time, or died.
        """
        assert self.proc.stdin is not None and self.proc.stdout is not None
        _write_frame(self.proc.stdin.fileno(), json.dumps(job).encode("utf-8"))
        return json.loads(_read_frame(self.proc.stdout.fileno(), deadline))

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        try:
            self.proc.kill()
        except ProcessLookupError:
            pass
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


@dataclass
class _Snapshot:
    generation: int
    path: Path
    #: the writes committed when it was taken
    covers: int
    in_flight: int = 0


class UpdateWorkers:
    """Up to ``workers`` update processes over snapshots of ``store`` (or over a remote store).

    ``store`` is an :class:`~osce_kg.loader.store.embedded.EmbeddedStore` on disk;
    ``remote`` (query URL, update URL) replaces it for a remote store. ``writes()``
    tells how many writes were committed so far; the writer counts each one under its
    write lock before releasing it, so a change computed before a write is never
    committed after it. Workers start on the first update; :meth:`close` stops them
    and deletes the snapshots.
    """

    def __init__(self, store: Any = None, *, writes: Callable[[], int], remote: tuple[str, str] | None = None,
                 timeout: float = 30.0, memory_mb: int = 0, workers: int = 2,
                 snapshot_root: Path | None = None) -> None:
        if remote is None and getattr(store, "path", None) is None:
            raise ValueError("update workers need a store on disk or a remote store")
        self.store = store
        self.writes = writes
        self.remote = remote
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.size = max(1, workers)
        self.snapshot_root = snapshot_root or (
            None if remote else store.path.parent / f".{store.path.name}-update-snapshots-{os.getpid()}")
        self._cond = threading.Condition()
        self._idle: list[_Process] = []
        self._live: set[_Process] = set()
        self._starting = 0
        self._snapshots: dict[int, _Snapshot] = {}
        self._current: _Snapshot | None = None
        self._snapshot_lock = threading.Lock()
        self._closed = False
        self.timeouts = 0  # evaluations stopped at the limit, for tests and /health

    # -- evaluation ---------------------------------------------------------------
    def evaluate(self, text: str, *, default_graph: URIRef, base: str | None = None,
                 using: list[str] | None = None, using_named: list[str] | None = None,
                 managed: dict[URIRef, str] | None = None) -> Computed:
        """The change the update ``text`` would make, computed in a worker within the time limit.

        :raises QuerySyntaxError: the update does not parse.
        :raises UsageError: the update is refused (LOAD, SERVICE, ...) or failed.
        :raises ManagedGraph: the update names a server-managed graph as a write's target.
        :raises UpdateTimeout: it ran past the limit; its worker was killed.
        :raises UpdateTooLarge: it needed more memory than a worker may take.
        :raises UpdateBusy: no worker came free within the limit.
        :raises StoreError: the snapshot or the worker failed.
        """
        deadline = time.monotonic() + self.timeout
        job: dict[str, Any] = {"update": text, "default_graph": str(default_graph), "base": base,
                               "using": list(using or ()), "using_named": list(using_named or ()),
                               "managed": {str(g): why for g, why in (managed or {}).items()},
                               "timeout": self.timeout}
        snapshot = None
        if self.remote is not None:
            seen = self.writes()
            job["remote"] = list(self.remote)
        else:
            snapshot = self._snapshot()
            seen = snapshot.covers
            job.update(generation=snapshot.generation, path=str(snapshot.path))
        try:
            answer = self._run(job, deadline)
        finally:
            if snapshot is not None:
                self._done_with(snapshot)
        return Computed(change_of_json(answer["change"]), seen)

    def _run(self, job: dict[str, Any], deadline: float) -> dict[str, Any]:
        process = self._take(deadline)
        try:
            answer = process.ask(job, deadline)
        except BaseException as exc:
            self._retire(process)
            raise self._failure(exc) from None
        if answer.get("error") == "MemoryError":
            self._retire(process)  # a worker that ran out of memory is not trusted again
            raise UpdateTooLarge(f"the update needed more memory than the server's limit of {self.memory_mb} MiB "
                                 "(OSCE_KG_WORKER_MEMORY_MB) and was stopped; nothing was written")
        process.generation = job.get("generation")
        self._put(process)
        if error := answer.get("error"):
            if error not in _ERRORS:
                log.error("an update worker failed: %s", answer.get("message"))
                raise RuntimeError("the update worker failed")
            raise _ERRORS[error](answer.get("message") or "the update failed")
        return answer

    def _failure(self, exc: BaseException) -> BaseException:
        if isinstance(exc, TimeoutError):
            self.timeouts += 1
            return UpdateTimeout(
                f"evaluating the update took longer than the server's limit of {self.timeout:g} s "
                "(OSCE_KG_UPDATE_TIMEOUT) and was stopped; nothing was written. Narrow its WHERE clause "
                "or avoid costly FILTERs such as nested-quantifier REGEX")
        if isinstance(exc, (EOFError, OSError, ValueError)):
            log.error("an update worker died", exc_info=exc)
            if self.memory_mb:
                return UpdateTooLarge(
                    "the update worker stopped while evaluating the update, most likely at the server's "
                    f"memory limit of {self.memory_mb} MiB (OSCE_KG_WORKER_MEMORY_MB); nothing was written")
            return StoreError("the update worker failed; nothing was written")
        return exc

    # -- the pool -------------------------------------------------------------------
    def _take(self, deadline: float) -> _Process:
        """An idle worker, or a new one while fewer than ``size`` run.

        :raises UpdateBusy: none came free before ``deadline``.
        """
        with self._cond:
            while True:
                if self._closed:
                    raise StoreError("the server is shutting down")
                while self._idle:
                    process = self._idle.pop()
                    if process.alive():
                        return process
                    self._live.discard(process)
                    process.kill()
                if len(self._live) + self._starting < self.size:
                    self._starting += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise UpdateBusy(f"every update worker stayed busy for {self.timeout:g} s; retry later")
                self._cond.wait(remaining)
        try:
            process = _spawn(self.memory_mb)
        except OSError as exc:
            raise StoreError(f"cannot start an update worker: {exc}") from None
        finally:
            with self._cond:
                self._starting -= 1
        with self._cond:
            self._live.add(process)
        return process

    def _put(self, process: _Process) -> None:
        with self._cond:
            if self._closed:
                process.kill()
                return
            self._idle.append(process)
            self._cond.notify()

    def _retire(self, process: _Process) -> None:
        process.kill()
        with self._cond:
            self._live.discard(process)
            self._cond.notify()
        self._sweep()

    # -- snapshots ------------------------------------------------------------------
    def _snapshot(self) -> _Snapshot:
        """A snapshot holding every write committed so far, counted in flight."""
        # read the count before the checkpoint: a write racing with it is then at worst
        # in the snapshot but not in ``covers``, which costs a recomputation, never a lost write
        wanted = self.writes()
        with self._snapshot_lock:
            with self._cond:
                current = self._current
                if current is not None and current.covers >= wanted:
                    current.in_flight += 1
                    return current
            generation = (current.generation + 1) if current else 1
            assert self.snapshot_root is not None
            path = self.snapshot_root / f"gen-{generation}"
            covers = self.writes()
            try:
                if current is None:
                    from .executor import remove_stale_snapshot_roots

                    remove_stale_snapshot_roots(self.snapshot_root)
                self.snapshot_root.mkdir(parents=True, exist_ok=True)
                shutil.rmtree(path, ignore_errors=True)
                self.store.snapshot(path)
            except OSError as exc:
                raise StoreError(f"cannot snapshot the store to evaluate the update: {exc}") from exc
            snapshot = _Snapshot(generation, path, covers, in_flight=1)
            with self._cond:
                self._snapshots[generation] = snapshot
                self._current = snapshot
        self._sweep()
        return snapshot

    def _done_with(self, snapshot: _Snapshot) -> None:
        with self._cond:
            snapshot.in_flight -= 1
        self._sweep()

    def _sweep(self) -> None:
        """Delete the snapshots no evaluation uses and no new one will (not the current one)."""
        with self._cond:
            old = [s for s in self._snapshots.values() if s is not self._current and s.in_flight == 0]
            for snapshot in old:
                del self._snapshots[snapshot.generation]
        for snapshot in old:
            shutil.rmtree(snapshot.path, ignore_errors=True)

    # -- life cycle -------------------------------------------------------------------
    def close(self) -> None:
        """Stop every worker and delete the snapshots."""
        with self._cond:
            self._closed = True
            processes = list(self._live)
            self._live.clear()
            self._idle.clear()
            self._cond.notify_all()
        for process in processes:
            process.kill()
        if self.snapshot_root is not None:
            shutil.rmtree(self.snapshot_root, ignore_errors=True)

    def stats(self) -> dict[str, int]:
        """Workers alive and idle, timeouts so far."""
        with self._cond:
            return {"workers": len(self._live), "idle": len(self._idle), "timeouts": self.timeouts}


# ---------------------------------------------------------------------------
# the worker's side
# ---------------------------------------------------------------------------
class _Worker:
    """Keeps the snapshot of the current generation open and evaluates jobs on it."""

    def __init__(self) -> None:
        self.generation: int | None = None
        self.store: Any = None
        self.remote: tuple[tuple[str, str], Any] | None = None

    def source(self, job: dict[str, Any]) -> Any:
        """The store the job reads: the remote store itself (Virtuoso's own kind when it is one,
        chosen by :func:`~osce_kg.loader.store.open_remote` once per worker), or the snapshot it names."""
        from osce_kg.loader.store import open_remote, open_snapshot

        if job.get("remote"):
            urls = (job["remote"][0], job["remote"][1])
            if self.remote is None or self.remote[0] != urls:
                self.remote = (urls, open_remote(*urls, timeout=float(job["timeout"])))
            return self.remote[1]
        if job["generation"] != self.generation or self.store is None:
            self.store = None  # close the old snapshot before opening the new one
            self.store = open_snapshot(job["path"])
            self.generation = job["generation"]
        return self.store

    def handle(self, job: dict[str, Any]) -> dict[str, Any]:
        """Evaluate one job; errors become ``error`` and ``message``."""
        from osce_kg.loader.delta import change_of_update

        _limit_cpu(float(job["timeout"]))
        try:
            change = change_of_update(self.source(job), job["update"], default_graph=URIRef(job["default_graph"]),
                                      base=job.get("base"), using=job["using"], using_named=job["using_named"],
                                      managed={URIRef(g): why for g, why in job.get("managed", {}).items()})
            return {"change": change_json(change)}
        except OsceKgError as exc:
            return {"error": type(exc).__name__, "message": exc.message}
        except MemoryError:
            return {"error": "MemoryError"}
        except Exception as exc:  # logged on the server's stderr; the client sees a bare 500
            import traceback

            traceback.print_exc()
            return {"error": type(exc).__name__, "message": str(exc)[:500]}


def _limit_memory(memory_mb: int) -> None:
    if memory_mb > 0:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _limit_cpu(timeout: float) -> None:
    """Let the kernel stop this job after its time limit in CPU seconds (plus a margin)."""
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(used.ru_utime + used.ru_stime + timeout) + _CPU_MARGIN
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (a runaway evaluation never
    reads stdin, so end-of-file alone would not stop it)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv: list[str]) -> None:
    _die_with_parent()
    answers = os.dup(1)
    os.dup2(2, 1)  # a stray print goes to stderr, never into the answer pipe
    sys.stdout = sys.stderr
    _limit_memory(int(argv[0]) if argv else 0)
    worker = _Worker()
    while True:
        try:
            job = json.loads(_read_frame(0))
        except EOFError:
            return
        _write_frame(answers, json.dumps(worker.handle(job)).encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1:])
