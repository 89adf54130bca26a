"""Whole-store pages never make a request wait (issue 14): over a real socket (Granian, as ``osce-kg
serve``), with every whole-store build held artificially slow, the first requests after a restart and
after a write are answered at once with the figures last computed (kept on disk between runs), marked
with ``X-Computed-At`` and ``Age``; figures never computed answer 503 with ``Retry-After`` within the
first wait; rebuild threads run at a low CPU priority."""
from __future__ import annotations

import contextlib
import os
import pickle
import threading
import time
from pathlib import Path

import pytest
import requests

from osce_kg.loader.settings import Settings
from osce_kg.loader.store import EmbeddedStore
from osce_kg.server.services import EXTENSION_KEY
from osce_kg.server.wholestore import EXTRA_KEY, REBUILD_NICE, Kept, NotComputedYet, WholeStore, kept_folder

from ld_data import hand_built
from test_cache import BASE, serving, write

#: the whole-store pages, each with what its figures are built by (module, name): the hooks held slow
PAGES = {"/void": [("osce_kg.server.resources", "void_graph")],
         "/": [("osce_kg.server.catalogue", "landing_figures")],
         "/sitemap.xml": [("osce_kg.server.catalogue", "_all_paths"), ("osce_kg.server.catalogue", "_update_paths")],
         "/class/ParticipatingState": [("osce_kg.server.classes", "class_member_rows"),
                                       ("osce_kg.server.classes", "updated_members")]}
#: a request answered "at once" (the machine is shared and busy: generous, far below a held build)
AT_ONCE = 2.0


def make_app(path: Path, *, build: bool):
    from osce_kg.server.app import create_app

    settings = Settings(store=path, base=BASE)
    store = EmbeddedStore(path)
    if build:
        hand_built(store, BASE)
    return create_app(settings, store=store)


@contextlib.contextmanager
def held(monkeypatch, paths=PAGES):
    """Every whole-store build of ``paths`` waits until the yielded event is set (the rebuild held slow)."""
    import importlib

    release = threading.Event()
    for hooks in paths.values():
        for module, name in hooks:
            target = importlib.import_module(module)
            real = getattr(target, name)

            def slow(*args, _real=real, **kwargs):
                release.wait(120)
                return _real(*args, **kwargs)

            monkeypatch.setattr(target, name, slow)
    try:
        yield release
    finally:
        release.set()


def whole_store_of(app) -> WholeStore:
    return app.extensions[EXTENSION_KEY].extras[EXTRA_KEY]


def wait_kept(folder: Path, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(list(folder.glob("*.pickle"))) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(list(folder.glob("*.pickle"))) >= count, "the figures were not kept on disk"


def timed_get(url: str) -> tuple[requests.Response, float]:
    started = time.monotonic()
    response = requests.get(url, timeout=150)
    return response, time.monotonic() - started


def test_after_a_restart_and_after_a_write_the_kept_figures_answer_at_once(tmp_path, monkeypatch):
    path = tmp_path / "store"
    first = {}
    app = make_app(path, build=True)
    with serving(app) as base:  # the first run computes every page's figures (and keeps them)
        for page in PAGES:
            first[page] = requests.get(base + page, timeout=60)
            assert first[page].status_code == 200 and "Age" not in first[page].headers
        wait_kept(kept_folder(path), 5)  # void, its counts, landing, sitemap, class listing

    # the restart: every build now held until released
    with held(monkeypatch) as release:
        app = make_app(path, build=False)
        with serving(app) as base:
            for page, before in first.items():
                now, took = timed_get(base + page)
                assert took < AT_ONCE, f"{page} waited {took:.1f} s for a held rebuild"
                assert now.status_code == 200
                if page == "/void":  # the others name this server (its port) or their figures' age
                    assert now.content == before.content
                assert now.headers["X-Computed-At"] == before.headers["X-Computed-At"]
                assert "Age" in now.headers  # older than this run's store: marked
            write(app, "Written while the rebuilds are held")
            for page in PAGES:
                now, took = timed_get(base + page)
                assert took < AT_ONCE and now.status_code == 200 and "Age" in now.headers, page
            assert "newer figures are being computed" in requests.get(base + "/void.html", timeout=30).text
            release.set()
            for page in PAGES:  # every rebuild comes through (before the server and its store close)
                deadline = time.monotonic() + 60
                while "Age" in (now := requests.get(base + page, timeout=60)).headers and time.monotonic() < deadline:
                    time.sleep(0.1)
                assert "Age" not in now.headers, page
            assert now.status_code == 200
            assert requests.get(base + "/void", timeout=60).content != first["/void"].content  # the write counted


def test_figures_never_computed_answer_503_with_retry_after_and_the_build_goes_on(tmp_path, monkeypatch):
    with held(monkeypatch, {"/void": PAGES["/void"]}) as release:
        app = make_app(tmp_path / "store", build=True)
        whole_store_of(app).first_wait = 0.5
        with serving(app) as base:
            response, took = timed_get(base + "/void")
            assert response.status_code == 503 and took < 0.5 + AT_ONCE
            assert 1 <= int(response.headers["Retry-After"]) <= 60
            assert response.headers["Content-Type"].startswith("application/problem+json")
            assert "no-store" in response.headers.get("Cache-Control", "")
            again, _ = timed_get(base + "/void")
            assert again.status_code == 503  # not kept by the response cache
            release.set()
            deadline = time.monotonic() + 60
            while (done := requests.get(base + "/void", timeout=60)).status_code == 503 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert done.status_code == 200 and "Age" not in done.headers


def test_a_rebuild_runs_at_a_low_cpu_priority():
    whole = WholeStore(grace=0.0)
    seen: list[int] = []

    def build() -> int:
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return 1

    assert whole.get("void", build).value == 1
    assert seen == [REBUILD_NICE]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) < REBUILD_NICE  # the caller's thread is untouched


def test_the_first_wait_is_a_setting_the_app_takes(tmp_path):
    from osce_kg.loader.settings import load_settings

    assert load_settings({"OSCE_KG_FIGURES_FIRST_WAIT": "0.5"}).figures_first_wait == 0.5
    assert load_settings({}).figures_first_wait == 5.0
    from osce_kg.server.app import close_app, create_app

    app = create_app(Settings(store=tmp_path / "store", base=BASE, figures_first_wait=0.25),
                     store=EmbeddedStore(tmp_path / "store"))
    assert whole_store_of(app).first_wait == 0.25
    close_app(app)


def test_a_first_build_longer_than_the_first_wait_is_not_waited_for():
    whole = WholeStore(grace=0.1, first_wait=0.2)
    release = threading.Event()
    started = time.monotonic()
    with pytest.raises(NotComputedYet) as raised:
        whole.get("void", lambda: release.wait(30) and "built")
    assert time.monotonic() - started < 0.2 + AT_ONCE and raised.value.retry_after >= 1
    release.set()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(NotComputedYet):
            assert whole.get("void", lambda: "built").value == "built"
            break
    else:
        pytest.fail("the build under way never came through")


def test_kept_figures_are_read_back_only_for_the_same_base_and_key(tmp_path):
    import datetime as dt

    kept = Kept(tmp_path / "figures", BASE)
    when = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.timezone.utc)
    kept.save(("class", "x", None), [1, 2, 3], when)
    assert kept.load(("class", "x", None)) == ([1, 2, 3], when)
    assert kept.load(("class", "y", None)) is None
    assert Kept(tmp_path / "figures", "http://elsewhere.example/").load(("class", "x", None)) is None
    # damaged: ignored, computed afresh
    next((tmp_path / "figures").glob("*.pickle")).write_bytes(b"not a pickle")
    assert kept.load(("class", "x", None)) is None
    # a file of another layout
    next((tmp_path / "figures").glob("*.pickle")).write_bytes(pickle.dumps({"layout": 0}))
    assert kept.load(("class", "x", None)) is None


def test_figures_larger_than_the_bound_are_not_kept_and_an_older_value_goes(tmp_path):
    import datetime as dt

    kept = Kept(tmp_path / "figures", BASE, limit=10_000)
    when = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
    kept.save("void", "small", when)
    assert kept.load("void") == ("small", when)
    kept.save("void", "x" * 20_000, when)
    assert kept.load("void") is None


def test_a_recomputed_value_starts_from_the_kept_one_marked_stale(tmp_path):
    import datetime as dt

    kept = Kept(tmp_path / "figures", BASE)
    when = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    kept.save("landing", {"quads": 7}, when)
    whole = WholeStore(grace=0.0, kept=kept)
    release = threading.Event()
    got = whole.get("landing", lambda: release.wait(30) and {"quads": 8})
    assert got.value == {"quads": 7} and got.stale and got.computed_at == when and "Age" in got.headers()
    release.set()


# -- shutdown: close_app stops the builds and waits for them before the store closes ------------------------

#: the names of the whole-store threads (builds, the read-back of kept figures, the start's warm-up)
WHOLE_STORE_THREADS = ("recompute-", "whole-store-read-back", "warm-whole-store")


def whole_store_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    """The whole-store threads alive now that were not alive in ``before`` (other tests' are left out)."""
    return [t for t in threading.enumerate() if t not in before and t.name.startswith(WHOLE_STORE_THREADS)]


def closing_app(path: Path, **settings):
    """An app over a hand-built store whose figures wait at most 0.1 s for a first build, and a list that
    gets, when its store closes, the whole-store threads then still alive (of this app)."""
    from osce_kg.server.app import create_app

    before = set(threading.enumerate())
    store = EmbeddedStore(path)
    hand_built(store, BASE)
    app = create_app(Settings(store=path, base=BASE, figures_first_wait=0.1, **settings), store=store)
    alive_at_close: list[list[str]] = []
    real_close = store.close

    def close() -> None:
        alive_at_close.append([t.name for t in whole_store_threads(before)])
        real_close()

    store.close = close  # type: ignore[method-assign]
    return app, before, alive_at_close


def test_close_app_stops_the_whole_store_builds_and_waits_for_them_before_the_store_closes(
        tmp_path, monkeypatch, caplog):
    """A build under way when the app closes (VoID's, held until the shutdown has begun) is waited for: the
    store closes after it, no whole-store thread is left, nothing is logged as an error; once closing, a
    value never computed is answered 503 (``NotComputedYet``) and no build starts."""
    import logging

    from osce_kg.server.app import close_app

    inside, release = threading.Event(), threading.Event()
    real = __import__("osce_kg.server.resources", fromlist=["void_graph"]).void_graph

    def held_void(*args, **kwargs):
        inside.set()
        assert release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr("osce_kg.server.resources.void_graph", held_void)
    caplog.set_level(logging.INFO)
    app, before, alive_at_close = closing_app(tmp_path / "store")
    whole = whole_store_of(app)
    assert app.test_client().get("/void").status_code == 503  # the first build goes on in the background
    assert inside.wait(60)
    # the held build is let go once the shutdown has told the builds to stop (no earlier: it is then under way)
    letting_go = threading.Thread(target=lambda: whole.background.stopping.wait(60) and release.set())
    letting_go.start()
    try:
        close_app(app)
    finally:
        release.set()
        letting_go.join(60)
    assert alive_at_close == [[]], "the store closed under a whole-store build"
    assert whole_store_threads(before) == []
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    EmbeddedStore(tmp_path / "store").close()  # the lock is free: the store was closed
    with pytest.raises(NotComputedYet):
        whole.get("never computed", lambda: 1)
    assert whole_store_threads(before) == []


def test_a_build_longer_than_the_stop_wait_lets_the_shutdown_go_on_and_logs_no_error(tmp_path, monkeypatch, caplog):
    """``OSCE_KG_FIGURES_STOP_WAIT`` (``Settings.figures_stop_wait``, default :data:`wholestore.STOP_WAIT`): a build
    held past it is left (a warning names it), the store closes, and the build, let go after and failing on
    the closed store, logs that it stopped at shutdown, not an error."""
    import logging

    from osce_kg.loader.errors import UsageError
    from osce_kg.loader.settings import load_settings
    from osce_kg.server import wholestore
    from osce_kg.server.app import close_app

    assert load_settings({}).figures_stop_wait == wholestore.STOP_WAIT
    assert load_settings({"OSCE_KG_FIGURES_STOP_WAIT": "2.5"}).figures_stop_wait == 2.5
    with pytest.raises(UsageError, match="OSCE_KG_FIGURES_STOP_WAIT is '-1'; it must be at least 0"):
        load_settings({"OSCE_KG_FIGURES_STOP_WAIT": "-1"})
    release = threading.Event()
    real = __import__("osce_kg.server.resources", fromlist=["void_graph"]).void_graph

    def held_void(store, *args, **kwargs):  # held, then it reads the store
        release.wait(120)
        store.quad_count()
        return real(store, *args, **kwargs)

    monkeypatch.setattr("osce_kg.server.resources.void_graph", held_void)
    try:
        caplog.set_level(logging.INFO)
        app, before, alive_at_close = closing_app(tmp_path / "store", figures_stop_wait=0.5)
        assert whole_store_of(app).stop_wait == 0.5
        assert app.test_client().get("/void").status_code == 503
        close_app(app)  # the build is held: the shutdown waits 0.5 s for it, then goes on
        assert [m for m in caplog.messages if "recompute-void still reading the store after 0.5 s" in m]
        assert alive_at_close and alive_at_close[0], "the held build was not under way at the close"
    finally:
        release.set()
    for thread in whole_store_threads(before):  # let go: it reads the closed store, fails and ends
        thread.join(60)
        assert not thread.is_alive()
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert [m for m in caplog.messages if m.startswith("computing void stopped at shutdown")]


def test_close_app_right_after_the_start_leaves_no_whole_store_thread(tmp_path):
    """The start's warm-up and the builds it starts (VoID, the landing page, the sitemap), unheld, closed at
    once: every one is over when close_app returns, and the store closed after them."""
    from osce_kg.server.app import close_app
    from osce_kg.server.wholestore import warm

    app, before, alive_at_close = closing_app(tmp_path / "store")
    assert warm(app) is not None
    close_app(app)
    assert alive_at_close == [[]]
    assert whole_store_threads(before) == []
    assert warm(app) is None  # closed: the warm-up does not start again
