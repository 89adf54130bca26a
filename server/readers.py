"""Several reader processes: ``osce-kg serve --readers N`` answers reads from N processes.

Why: a lookup is mostly Python work around the store call (HTTP, negotiation, serialization), and
that work holds the GIL (pyoxigraph 0.5 lets go of it inside the store, but a lookup's store call is
short), so one server process uses about one core whatever its threads do.
Oxigraph's own server uses every core. Readers are processes, each with its own read-only view of the
store; RocksDB lets only one process write (``../shared/FINDINGS.md``, "One writer"), so one owner
process keeps the store, the gate and every write.

The processes (N >= 2, embedded store)::

    osce-kg serve             Granian's main process: starts the owner, then the readers; restarts
    |                         either when it dies
    |-- owner                 the read-write store, the gate, the update workers; publishes a generation
    |                         after every committed write; answers on a Unix socket only
    `-- reader x N            Granian workers sharing the listening socket: every read over the view,
        `-- query workers     bounded lookups in the reader, other queries in its killable workers

A reader answers every request itself except writes (any POST, PUT, DELETE or PATCH but a query POSTed
to ``/sparql``) and the pages whose figures only the owner computes and keeps (:data:`OWNER_PATHS`: the
landing page, VoID, class listings, the sitemap, charts, dumps, search and reconciliation): those it
forwards to the owner (:mod:`osce_kg.server.readers_forward`).

Nothing stale: after every committed write, before the write is answered, the owner publishes its
count of committed writes ``W`` in a small file every process maps (:class:`Generations`; a memory
write). A reader reads ``W`` at the start of every request (a memory read); when its view covers fewer
writes, the request first waits while the reader asks the owner for a checkpoint covering ``W`` (the
owner makes a RocksDB checkpoint, whole transactions only, into ``.{store}-views/gen-{G}``, ``G >= W``
the count it covers, or hands the current one if it covers ``W`` already: a burst of writes costs one
checkpoint, made when someone reads), moves its view to it (:class:`View`), points its query workers at
it, and sets its response cache's version to ``G``. So a client that got a 2xx for a write sees it on
its next request, whichever process answers, and a write costs no more than in one process. Every
process's response cache is keyed on the generation, and its ETags are drawn from one token of the
server (an ETag from one reader is recognised by the others).

A superseded checkpoint is deleted once it has been superseded longer than the query time limit plus
:data:`KEEP_EXTRA` seconds: no query worker can still be about to open it (a reader that opened it
keeps reading it after the deletion, as RocksDB keeps its files open).

A reader killed (SIGKILL, out of memory) is started again by Granian; its query workers die with it.
The owner killed is started again by the main process (:class:`OwnerProcess`): meanwhile reads go on
over the last checkpoint (or are answered ``503`` when a write was published that no checkpoint
covers yet: never a stale answer) and writes are answered ``503``. The new owner counts one write more
at once (a write committed just before the old one died, never answered, is then seen too).

Remote stores (``OSCE_KG_REMOTE_QUERY_URL``, Virtuoso) keep one process: their own server answers the
queries on its cores already, and our process only passes them on.
"""
from __future__ import annotations

import asyncio
import logging
import mmap
import os
import secrets
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable

from osce_kg.loader.errors import StoreError
from osce_kg.loader.settings import Settings, load_settings
from osce_kg.loader.store import open_snapshot
from osce_kg.loader.store.embedded import EmbeddedStore

from .executor import pid_alive
from .readers_forward import OwnerUnavailable, checkpoint, checkpoint_now, forward, serve_forwarded

log = logging.getLogger(__name__)

#: the environment variables the main process hands its children
ROLE_VARIABLE = "OSCE_KG_ROLE"
RUN_VARIABLE = "OSCE_KG_RUN_DIR"
VIEWS_VARIABLE = "OSCE_KG_VIEWS_DIR"
READER, OWNER = "reader", "owner"
#: in the run folder (private to the server, mode 0700): the published generation and the owner's socket
STATE_FILE, SOCKET_FILE = "generation", "owner.sock"
#: the default number of readers is one per CPU, at most this many
MAX_DEFAULT_READERS = 4
#: seconds a superseded checkpoint is kept beyond the query time limit
KEEP_EXTRA = 30.0
#: the methods that may write: always the owner's
WRITE_METHODS = frozenset({"POST", "PUT", "DELETE", "PATCH"})
#: path prefixes the owner answers (whole-store figures it computes once and keeps, the search index it keeps)
OWNER_PATHS = ("/void", "/.well-known/void", "/class", "/sitemap", "/charts", "/dumps", "/search", "/reconcile")
#: the query endpoint, whose POSTs are reads
SPARQL_PATHS = ("/sparql", "/sparql/")


def default_readers(cpus: int | None = None) -> int:
    """One reader per CPU, at most :data:`MAX_DEFAULT_READERS` (1 on a single core: no owner beside it)."""
    return max(1, min(cpus or os.cpu_count() or 1, MAX_DEFAULT_READERS))


def readers_for(settings: Settings) -> int:
    """How many processes answer reads for ``settings``: ``settings.readers`` (0: :func:`default_readers`);
    always 1 over a remote store (its own server answers the queries)."""
    if settings.store_kind != "embedded":
        return 1
    return settings.readers or default_readers()


def owner_handles(method: str, path: str) -> bool:
    """Whether a reader forwards this request to the owner: a write, or a page only the owner computes."""
    if path in SPARQL_PATHS:
        return False  # queries are reads; an update sent there is refused by the reader itself
    return method in WRITE_METHODS or path == "/" or path.startswith(OWNER_PATHS)


def views_dir(store: Path) -> Path:
    """Where the published checkpoints of the store at ``store`` live: beside it."""
    return store.parent / f".{store.name}-views"


# -- the published generation -------------------------------------------------------------------------

_LAYOUT = struct.Struct("<8sQ16s")  # magic, count of committed writes, ETag token
_GENERATION = struct.Struct("<Q")
_MAGIC = b"osce-gen"


class Generations:
    """The owner's count of committed writes, in a small file every process of the server maps.

    The owner writes it (:meth:`publish`) after each committed write, before the write is answered;
    readers read it at the start of every request (:meth:`current`) and move their view to a checkpoint
    covering it when theirs does not.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "r+b") as file:
            self._map = mmap.mmap(file.fileno(), _LAYOUT.size)
        magic, _, token = _LAYOUT.unpack_from(self._map)
        if magic != _MAGIC:
            raise ValueError(f"{path} is not a generation file")
        #: the server's ETag token, drawn once when the file was made
        self.token = token.hex()

    @classmethod
    def create(cls, path: Path) -> Generations:
        """A new file at ``path`` at generation 0, with a fresh token."""
        part = path.with_suffix(".part")
        part.write_bytes(_LAYOUT.pack(_MAGIC, 0, secrets.token_bytes(16)))
        part.replace(path)
        return cls(path)

    def current(self) -> int:
        return int(_GENERATION.unpack_from(self._map, 8)[0])

    def publish(self, generation: int) -> None:
        _GENERATION.pack_into(self._map, 8, generation)


# -- the owner ----------------------------------------------------------------------------------------

class Publisher:
    """The owner's side: counts committed writes (published before each write is answered, a memory
    write) and makes checkpoints when a reader asks for one covering a count (:meth:`ensure`)."""

    def __init__(self, store: EmbeddedStore, views: Path, generations: Generations, keep_for: float) -> None:
        self.store = store
        self.views = views
        self.generations = generations
        self.keep_for = keep_for
        # an owner started again counts on from the last published count, one more: a write its
        # predecessor committed but died before counting is covered by the first checkpoint (the count
        # is published by :meth:`announce`, once readers can ask for that checkpoint)
        self.writes = generations.current() + 1
        self.covers = 0
        self.path: Path | None = None
        self._count_lock = threading.Lock()
        self._lock = threading.Lock()
        # an earlier owner's checkpoints (it died): readers may still be opening them for a while
        now = time.monotonic()
        self._retired: list[tuple[float, Path]] = [(now, p) for p in views.glob("gen-*")]

    def announce(self) -> None:
        """Publish the count of writes (at start, once the owner answers on its socket)."""
        with self._count_lock:
            self.generations.publish(self.writes)

    def written(self) -> None:
        """A write was committed: publish the new count (before the write is answered)."""
        with self._count_lock:
            self.writes += 1
            self.generations.publish(self.writes)

    def ensure(self, wanted: int) -> tuple[int, Path]:
        """A checkpoint covering at least the first ``wanted`` writes: the current one, or a new one.
        Returns its generation (the count of writes it covers, at least) and its path.

        :raises StoreError: the checkpoint could not be made.
        """
        with self._lock:
            if self.path is not None and self.covers >= wanted:
                return self.covers, self.path
            covers = self.writes  # read before the checkpoint: a write racing with it is not lost
            path = self.views / f"gen-{covers}"
            shutil.rmtree(path, ignore_errors=True)  # half made by an owner killed meanwhile
            self.store.snapshot(path)
            if self.path is not None:
                self._retired.append((time.monotonic(), self.path))
            self.covers, self.path = covers, path
            limit = time.monotonic() - self.keep_for
            expired = [p for at, p in self._retired if at < limit]
            self._retired = [(at, p) for at, p in self._retired if at >= limit]
        for old in expired:
            shutil.rmtree(old, ignore_errors=True)
        return covers, path


def wire_owner(app: Any, generations: Generations, views: Path) -> Publisher:
    """Make ``app`` (over the read-write store) publish its count of writes after every committed write,
    and make the first checkpoint."""
    from .services import EXTENSION_KEY

    svc = app.extensions[EXTENSION_KEY]
    publisher = Publisher(svc.store, views, generations, svc.settings.query_timeout + KEEP_EXTRA)
    svc.readers.append(publisher.written)  # before the caches take the new version
    _version_caches(svc, generations, lambda: publisher.writes)
    publisher.ensure(publisher.writes)
    return publisher


def _version_caches(svc: Any, generations: Generations, generation: Callable[[], int]) -> None:
    """Key the response cache on the published generation, with the server's ETag token."""
    from .cache import cache_of

    cache = cache_of(svc)
    if cache is None:
        return
    cache.share_etags(generations.token)
    svc.after_write[:] = [(lambda: cache.written(generation())) if hook == cache.written else hook
                          for hook in svc.after_write]
    cache.written(generation())


# -- a reader -----------------------------------------------------------------------------------------

class View:
    """A reader's read-only view of the store: a checkpoint covering every write published so far."""

    def __init__(self, generations: Generations, socket_path: str) -> None:
        self.generations = generations
        self.socket_path = socket_path
        generation, path = checkpoint_now(socket_path, generations.current())
        self.generation = generation
        self.path = path
        self.store: EmbeddedStore = open_snapshot(path)
        self.app: Any = None
        self._lock: asyncio.Lock | None = None

    def attach(self, app: Any) -> None:
        """Serve ``app`` (made over :attr:`store`) from this view: its query workers read the checkpoint,
        its response cache is keyed on the generation."""
        from .services import EXTENSION_KEY

        self.app = app
        svc = app.extensions[EXTENSION_KEY]
        _version_caches(svc, self.generations, lambda: self.generation)
        self._adopt(svc)

    async def ensure_current(self) -> None:
        """Move to a checkpoint covering every write published so far, if the view does not (the owner
        makes one when asked; other requests wait meanwhile).

        :raises OwnerUnavailable: the owner cannot be asked (it is starting again).
        :raises StoreError: the checkpoint could not be made or opened.
        """
        if self.generations.current() <= self.generation:
            return
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            wanted = self.generations.current()
            if wanted <= self.generation:
                return
            generation, path = await checkpoint(self.socket_path, wanted)
            await asyncio.get_running_loop().run_in_executor(None, self.refresh, generation, path)

    def refresh(self, generation: int, path: Path) -> None:
        """Move the view to the checkpoint of ``generation`` at ``path`` and tell the app, as a write
        in one process would.

        :raises StoreError: it could not be opened.
        """
        from .services import EXTENSION_KEY

        svc = self.app.extensions[EXTENSION_KEY]
        self.store.reopen(path)
        self.generation, self.path = generation, path
        for hook in svc.readers:  # the query workers: before the caches take the new version
            hook()
        self._adopt(svc)
        for hook in svc.after_write:
            hook()

    def _adopt(self, svc: Any) -> None:
        from .executor import Executor
        from .sparql import EXECUTOR_KEY

        executor = svc.extras.get(EXECUTOR_KEY)
        if isinstance(executor, Executor):
            executor.adopt(self.generation, self.path)


class ReaderApp:
    """ASGI: a reader. Each request first brings the view up to the published generation; writes and
    owner-only pages go to the owner, the rest to the reader's own :class:`QueryFirstApp`."""

    def __init__(self, inner: Any, view: View, socket_path: str) -> None:
        self.inner = inner
        self.view = view
        self.socket_path = socket_path

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        if owner_handles(scope["method"], scope["path"]):  # the owner reads its own store: no view to move
            await self._forward(scope, receive, send)
            return
        try:
            await self.view.ensure_current()
        except OwnerUnavailable as exc:  # nothing stale is served: no answer until the view is current
            await self.inner._refuse(exc, scope, send)
            return
        except StoreError as exc:
            log.error("a reader could not open the newest generation of the store: %s", exc.message)
            await self.inner._refuse(OwnerUnavailable("the store could not be read; try again in a moment"),
                                     scope, send)
            return
        await self.inner(scope, receive, send)

    async def _forward(self, scope: dict, receive: Callable, send: Callable) -> None:
        from osce_kg.loader.errors import OsceKgError

        from .asgi import ClientGone, declared_length, read_body

        try:
            declared = declared_length(scope)
            body = b"" if declared == 0 else await read_body(receive, declared, self.inner.settings)
            await forward(self.socket_path, scope, body, receive, send, watch=scope["method"] in WRITE_METHODS)
        except ClientGone:
            return
        except OsceKgError as refused:
            await self.inner._refuse(refused, scope, send)


def create_reader() -> ReaderApp:
    """A reader's app, configured from the environment the main process set (a Granian worker)."""
    from .app import create_app
    from .asgi import THREADS_VARIABLE, QueryFirstApp
    from .heap import settle_heap
    from .serving import end_with_parent

    end_with_parent()
    run = Path(os.environ[RUN_VARIABLE])
    view = View(Generations(run / STATE_FILE), str(run / SOCKET_FILE))
    settings = load_settings()
    app = create_app(settings, store=view.store)
    view.attach(app)
    inner = QueryFirstApp(app, threads=int(os.environ.get(THREADS_VARIABLE, "8")))
    settle_heap(settings)  # the app's start-up objects out of the GC's full collections, arenas, GIL (heap.py)
    return ReaderApp(inner, view, str(run / SOCKET_FILE))


# -- the owner process --------------------------------------------------------------------------------

def owner_main() -> None:
    """The owner process (``python -m osce_kg.server.readers``): the read-write store, every write,
    answering the readers on the Unix socket of the run folder until SIGTERM."""
    from .app import close_app, create_app
    from .asgi import THREADS_VARIABLE, QueryFirstApp
    from .heap import settle_heap
    from .serving import end_with_parent, new_event_loop
    from .sparql import executor_of
    from .wholestore import warm

    end_with_parent()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    run = Path(os.environ[RUN_VARIABLE])
    settings = load_settings()
    app = create_app(settings)
    publisher = wire_owner(app, Generations(run / STATE_FILE), Path(os.environ[VIEWS_VARIABLE]))
    settle_heap(settings)
    warm(app)
    asgi_app = QueryFirstApp(app, threads=int(os.environ.get(THREADS_VARIABLE, "8")))
    loop = new_event_loop()
    try:
        loop.run_until_complete(_answer_readers(asgi_app, run / SOCKET_FILE, publisher))
    finally:
        executor = executor_of(app)
        if executor is not None:
            executor.close()
        close_app(app)  # the search index's start build stopped first


async def _answer_readers(app: Any, socket_path: Path, publisher: Publisher) -> None:
    """Serve forwarded requests and checkpoint requests on ``socket_path`` until SIGTERM or SIGINT; the
    count of writes is published once it listens (the main process starts the readers then)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    socket_path.unlink(missing_ok=True)
    server = await asyncio.start_unix_server(lambda r, w: serve_forwarded(app, r, w, publisher.ensure),
                                             path=str(socket_path))
    async with server:
        publisher.announce()
        await stop.wait()


class OwnerProcess:
    """The main process's handle on the owner: started before the readers, started again when it dies
    (unless it dies again and again within :data:`CRASH_WINDOW` seconds: then the server stops)."""

    CRASH_WINDOW = 10.0
    CRASHES = 3

    def __init__(self, environ: dict[str, str], generations: Generations, start_timeout: float = 600.0) -> None:
        self.environ = environ
        self.generations = generations
        self.start_timeout = start_timeout
        self.process: subprocess.Popen | None = None
        self._stopping = threading.Event()
        self._crashes: list[float] = []

    def start(self) -> None:
        """Start the owner and wait until it has published a generation.

        :raises RuntimeError: it ended first, or did not publish within ``start_timeout`` seconds.
        """
        before = self.generations.current()
        self.process = subprocess.Popen([sys.executable, "-m", "osce_kg.server.readers"], env=self.environ)
        deadline = time.monotonic() + self.start_timeout
        while self.generations.current() == before:
            if self.process.poll() is not None:
                raise RuntimeError(f"the writer process ended at start (exit status {self.process.returncode})")
            if time.monotonic() > deadline:
                self.process.kill()
                raise RuntimeError("the writer process did not get ready in time")
            time.sleep(0.05)

    def supervise(self) -> None:
        """Start the owner again whenever it dies, in a thread, until :meth:`stop`."""
        threading.Thread(target=self._watch, name="owner-supervisor", daemon=True).start()

    def _watch(self) -> None:
        while not self._stopping.is_set():
            assert self.process is not None
            status = self.process.wait()
            if self._stopping.is_set():
                return
            now = time.monotonic()
            self._crashes = [t for t in self._crashes if now - t < self.CRASH_WINDOW] + [now]
            print(f"osce-kg: the writer process ended (status {status}); starting it again", file=sys.stderr,
                  flush=True)
            try:
                if len(self._crashes) >= self.CRASHES:
                    raise RuntimeError(f"it ended {self.CRASHES} times within {self.CRASH_WINDOW:g} s")
                self.start()
            except RuntimeError as exc:
                print(f"osce-kg: the writer process cannot run ({exc}); stopping the server", file=sys.stderr,
                      flush=True)
                os.kill(os.getpid(), signal.SIGTERM)
                return

    def stop(self, timeout: float = 30.0) -> None:
        self._stopping.set()
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


#: the run folders' names: ``osce-kg-run-{pid of the main process}-{random}``
RUN_PREFIX = "osce-kg-run-"


def prepare_run(settings: Settings) -> tuple[Path, Path, Generations]:
    """The run folder (private, short enough for a socket path), the views folder (emptied) and the
    generation file, for a server over ``settings.store``. Run folders of servers whose main process
    is gone (killed with SIGKILL: nothing cleaned up) are deleted first."""
    remove_stale_runs(Path(tempfile.gettempdir()))
    run = Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{os.getpid()}-"))
    views = views_dir(settings.store.resolve())
    shutil.rmtree(views, ignore_errors=True)
    views.mkdir(parents=True)
    return run, views, Generations.create(run / STATE_FILE)


def remove_stale_runs(folder: Path) -> None:
    """Delete the run folders in ``folder`` whose server's main process is gone."""
    for run in folder.glob(RUN_PREFIX + "*-*"):
        pid = run.name[len(RUN_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(run, ignore_errors=True)



def cleanup_run(run: Path, views: Path) -> None:
    shutil.rmtree(run, ignore_errors=True)
    shutil.rmtree(views, ignore_errors=True)


if __name__ == "__main__":  # the owner process
    owner_main()
