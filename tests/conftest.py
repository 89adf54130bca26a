"""Shared fixtures: settings, stores and servers are built per test, nothing at module level."""
from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
import requests

from osce_kg.loader.settings import Settings
from ports import free_port, listening_port, release

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "000_6bfc26f97893894c.txt"
PAGES = SHARED / "corpus" / "osce-pages"
CORPUS = REPO / "corpus"


def assert_isomorphic(expected, actual, what: str = "graphs", hint: str = "") -> None:
    """Graphs equal up to blank nodes, else a readable diff: the triples only in one of them."""
    from rdflib.compare import graph_diff, to_isomorphic

    if to_isomorphic(expected) == to_isomorphic(actual):
        return
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))

    def lines(g) -> str:
        return "\n".join(sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in g)) or "  (none)"

    pytest.fail(f"{what} differ{hint}\nonly in expected:\n{lines(only_expected)}\n"
                f"only in actual:\n{lines(only_actual)}", pytrace=False)


@pytest.fixture(scope="session")
def minter():
    """The default base's minter."""
    from osce_kg.loader.iri import Minter

    return Minter("http://localhost:8000/")


@pytest.fixture(scope="session")
def shapes(minter):
    """The project's shapes graph."""
    from osce_kg.loader import mapping

    return mapping.shapes_graph(minter)


@pytest.fixture(scope="session")
def ontology(minter):
    """The project's ontology graph."""
    from osce_kg.loader import mapping

    return mapping.ontology_graph(minter)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a fresh store in a temporary folder, default base IRI."""
    return Settings(store=tmp_path / "store")


def build_store(path: Path, sources: list[Path], base: str = "http://localhost:8000/"):
    """Load ``sources`` into a new store at ``path`` through the real pipeline; returns the report."""
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.pipeline import Loader
    from osce_kg.loader.store import EmbeddedStore

    store = EmbeddedStore(path)
    try:
        loader = Loader(store, Minter(base))
        loader.ensure_reference()
        return loader.run(sources, write=True)
    finally:
        store.close()


@pytest.fixture(scope="session")
def corpus_store_template(tmp_path_factory) -> Path:
    """The example corpus plus the seed, loaded once per session; copy it before use."""
    path = tmp_path_factory.mktemp("template") / "store"
    report = build_store(path, [CORPUS, SEED])
    assert report.accepted >= 20, report.summary()
    return path


@pytest.fixture
def corpus_store_path(corpus_store_template: Path, tmp_path: Path) -> Path:
    """A private copy of the loaded corpus store."""
    import shutil

    target = tmp_path / "store"
    shutil.copytree(corpus_store_template, target)
    return target


class LiveServer:
    """``osce-kg serve`` in a subprocess on a free port (reserved for it until :meth:`stop`: ``ports.free_port``)."""

    def __init__(self, store: Path, *, env: dict[str, str] | None = None, args: list[str] | None = None,
                 port: int | None = None):
        import os

        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.base = self.url + "/"
        self.store = store
        self.env = {**os.environ, "OSCE_KG_BASE": self.base, **(env or {})}
        self.args = args or []
        self.proc = None

    def start(self, timeout: float = 60.0) -> "LiveServer":
        import subprocess
        import sys
        import time

        import requests

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "osce_kg.server.cli", "serve", "--port", str(self.port),
             "--store", str(self.store), *self.args],
            env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited:\n" + self.proc.stdout.read())
            try:
                if requests.get(self.url + "/health", timeout=2).status_code == 200:
                    return self
            except (requests.ConnectionError, requests.Timeout):  # not listening yet, or not answering yet
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start in time")

    def stop(self) -> str:
        import signal

        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except Exception:
                self.proc.kill()
                self.proc.wait()
        release(self.port)
        if not (self.proc and self.proc.stdout):
            return ""
        with self.proc.stdout:  # closed, or the next test trips over a ResourceWarning
            return self.proc.stdout.read()


@pytest.fixture
def live_server(corpus_store_path: Path):
    """``osce-kg serve`` over a copy of the corpus store; its base IRI is the server's own URL.

    The store was built with the default base, so the server is started with that base
    unless a test builds its own store.
    """
    server = LiveServer(corpus_store_path, env={"OSCE_KG_BASE": "http://localhost:8000/"}).start()
    yield server
    server.stop()


#: Debian's chromium, driven by Playwright (flags without which it reaches for Google's hosts)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """Headless chromium, one per test module."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (.ci/run installs it: apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def oxigraph_server():
    """A real Oxigraph server (PyPI `oxigraph`) in memory, on the port it took (bound to port 0: no other
    process can have taken it between a pick and its bind; read from /proc, ``ports.listening_port``)."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the `oxigraph` command (PyPI package oxigraph) is not installed")
    proc = subprocess.Popen([binary, "serve", "--bind", "127.0.0.1:0", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port = listening_port(proc)
    except RuntimeError as exc:
        proc.kill()
        proc.wait()
        pytest.fail(f"oxigraph serve did not listen: {exc}")
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60  # 100 tries of 0.1 s went on after ~10 s whether it answered or not
    while True:
        try:
            requests.get(url + "/query", params={"query": "ASK {}"}, timeout=5)
            break
        except (requests.ConnectionError, requests.Timeout):
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail(f"oxigraph serve did not answer on {url} within 60 s")
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)
