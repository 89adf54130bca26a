"""Running the app under gunicorn, and building the store on first run."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from gunicorn.app.base import BaseApplication

from osce_kg.loader.settings import Settings


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
    store = open_store(settings)
    try:
        loader = Loader(store, Minter(settings.base))
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


class _Gunicorn(BaseApplication):
    """gunicorn driven from Python, so ``osce-kg serve`` needs no config file."""

    def __init__(self, factory: Callable[[], object], options: dict[str, object]) -> None:
        self._factory = factory
        self._options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self):
        return self._factory()


def gunicorn_options(settings: Settings, *, host: str, port: int, threads: int) -> dict[str, object]:
    """One worker process owns the store (one writer); threads serve requests."""
    return {
        "bind": f"{host}:{port}",
        "workers": 1,
        "worker_class": "gthread",
        "threads": threads,
        "timeout": int(settings.query_timeout) + 30,
        "graceful_timeout": 10,
        "preload_app": False,
        "accesslog": None,
        "errorlog": "-",
        # the app answers over-long URLs itself (414 with a problem document)
        "limit_request_line": 0,
        "limit_request_field_size": max(8190, settings.max_url_bytes + 1024),
        # one control socket per user would be shared by every server on the machine
        "control_socket_disable": True,
        "loglevel": "info",
    }


def run_server(settings: Settings, *, host: str, port: int, threads: int = 8) -> None:
    """Serve until interrupted."""
    from .app import create_app

    _Gunicorn(lambda: create_app(settings), gunicorn_options(settings, host=host, port=port,
                                                              threads=threads)).run()
