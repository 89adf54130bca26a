"""Running the app under Granian, and building the store on first run."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from osce_kg.loader.settings import Settings

if TYPE_CHECKING:
    from granian.constants import Loops


def store_exists(path: Path) -> bool:
    return (path / "CURRENT").exists()


def build_if_missing(settings: Settings, *, echo: Callable[[str], None]) -> bool:
    """Build the store from the bundled example corpus when there is none yet.

    Returns True when it built one.

    :raises StoreLocked: another process holds the store.
    """
    if settings.store_kind != "embedded" or store_exists(settings.store):
        return False
    from tqdm import tqdm

    from osce_kg.loader.iri import Minter
    from osce_kg.loader.pipeline import Loader, bundled_corpus, expand_paths
    from osce_kg.loader.store import open_store

    corpus = bundled_corpus()
    files = expand_paths([corpus])
    echo(f"No store at {settings.store}: building it from the example corpus ({len(files)} documents)")
    from osce_kg.loader.deployment import deployment_shapes

    shapes = deployment_shapes(Minter(settings.base), settings)
    store = open_store(settings)
    try:
        loader = Loader(store, Minter(settings.base), shapes=shapes)
        loader.ensure_reference()
        with tqdm(total=len(files), unit="doc", desc="loading corpus") as bar:
            def show(outcome) -> None:
                if not outcome.accepted:
                    bar.write(outcome.line())
                bar.update()

            report = loader.run([corpus], write=True, progress=show)
    finally:
        store.close()
    echo(f"built: {report.summary()}")
    return True


def prepare_store(settings: Settings) -> int:
    """Build the store on first run and check that it can be written, in a child process.

    Returns the child's exit code (0 when the store is ready). Not in this process: RocksDB
    starts background threads (flush, compaction) when a store is opened, they do not survive
    the server's fork of its worker, and the worker's first write-then-query would wait for them forever.
    """
    import multiprocessing

    child = multiprocessing.get_context("spawn").Process(target=_prepare_child, args=(settings,),
                                                         name="osce-kg-prepare")
    child.start()
    child.join()
    return child.exitcode or 0


def _check_writable(settings: Settings) -> None:
    """Open the store read-write once, so a store held by another process is a clear message, not a
    worker that fails to boot.

    :raises StoreLocked: another process holds it.
    """
    if settings.store_kind != "embedded":
        return
    from osce_kg.loader.store import open_store

    open_store(settings).close()


def _prepare_child(settings: Settings) -> None:
    import sys

    from osce_kg.loader.errors import OsceKgError

    def echo(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        if not build_if_missing(settings, echo=echo):
            _check_writable(settings)
    except OsceKgError as exc:
        echo(f"Error: {exc.message}")
        sys.exit(exc.exit_code)


def end_with_parent(interval: float = 0.5) -> None:
    """End this process at once when its parent does.

    Granian's worker owns the store; if the server's main process is killed (SIGKILL, a crash),
    an orphaned worker would go on answering and holding the store's lock, so a restarted server
    could not open it. A watcher thread notices the parent's end (this process is handed to
    another parent) and exits hard: RocksDB's log keeps every committed write. A thread, not
    ``PR_SET_PDEATHSIG``, because that fires when the parent's *thread* that forked us ends.
    """
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(70)  # EX_SOFTWARE: the server's main process is gone

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def settings_environment(settings: Settings) -> dict[str, str]:
    """The ``OSCE_KG_*`` variables that rebuild ``settings``' command-line choices in the worker."""
    import os

    return {"OSCE_KG_STORE": str(settings.store.resolve()), "OSCE_KG_BASE": settings.base,
            "OSCE_KG_QUERY_TIMEOUT": repr(settings.query_timeout), "OSCE_KG_CACHE_BYTES": str(settings.cache_bytes),
            "OSCE_KG_SHAPES": os.pathsep.join(str(p.resolve()) for p in settings.shapes),
            "OSCE_KG_SHAPES_REPLACE": "1" if settings.shapes_replace else ""}


def run_server(settings: Settings, *, host: str, port: int, threads: int = 8, readers: int = 1) -> None:
    """Serve until interrupted, with Granian (HTTP in Rust) and the ASGI app of :mod:`osce_kg.server.asgi`.

    ``readers`` 1: one worker process owns the store (one writer) and answers everything; query
    requests are read on its event loop, and ``threads`` threads run the Flask app (as many wait for
    query workers). ``readers`` N > 1: an owner process keeps the store and every write, and N Granian
    workers answer reads over read-only views of it (:mod:`osce_kg.server.readers`).
    """
    import os

    from .asgi import THREADS_VARIABLE

    os.environ.update(settings_environment(settings), **{THREADS_VARIABLE: str(threads)})
    if readers <= 1:
        _granian(host, port, workers=1, settings=settings).serve()
        return
    _serve_with_readers(settings, host=host, port=port, readers=readers)


def _serve_with_readers(settings: Settings, *, host: str, port: int, readers: int) -> None:
    """The owner process first (it publishes the first generation), then ``readers`` Granian workers."""
    import os

    from . import readers as model

    run, views, generations = model.prepare_run(settings)
    environ = dict(os.environ, **{model.RUN_VARIABLE: str(run), model.VIEWS_VARIABLE: str(views)})
    owner = model.OwnerProcess(dict(environ, **{model.ROLE_VARIABLE: model.OWNER}), generations)
    try:
        owner.start()
        owner.supervise()
        os.environ.update(environ, **{model.ROLE_VARIABLE: model.READER})
        server = _granian(host, port, workers=readers, settings=settings)
        server.respawn_failed_workers = True  # a reader killed is started again
        server.serve()
    finally:
        owner.stop()
        model.cleanup_run(run, views)


def _granian(host: str, port: int, *, workers: int, settings: Settings):
    from granian import Granian
    from granian.constants import Interfaces

    return Granian("osce_kg.server.asgi:create", factory=True, interface=Interfaces.ASGI, address=host, port=port,
                   workers=workers, websockets=False, log_access=False, loop=_event_loop(),
                   workers_kill_timeout=int(settings.query_timeout) + 30)


def new_event_loop():
    """A uvloop loop where it is installed, else asyncio's (see :func:`_event_loop`)."""
    import asyncio

    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


def _event_loop() -> Loops:
    """uvloop where it is installed (a dependency except on Windows): a minimal lookup app answered
    0.73x of Oxigraph's rate on it, 0.68x on asyncio's own loop (``bench/serving_bench.py``);
    asyncio elsewhere."""
    import importlib.util

    from granian.constants import Loops

    return Loops.uvloop if importlib.util.find_spec("uvloop") else Loops.asyncio
