"""/search over Virtuoso answered by its own free-text index (``bif:contains``).

The example corpus and the seed are loaded into a real Virtuoso (Debian's ``virtuoso-opensource-7``,
its free-text index switched on as README says) and into an embedded store; ``osce-kg serve`` over
Virtuoso and the embedded app are asked the same searches over real HTTP and must find the same
resources, the same first. Hostile words never reach Virtuoso's free-text parser as typed. The tests
of the words and the query text need no Virtuoso.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests

from osce_kg.loader.errors import UsageError
from osce_kg.loader.settings import Settings
from osce_kg.server import search, search_virtuoso as sv
from virtuoso_fixture import FREE_TEXT, VIRTUOSO, start_virtuoso


def started(settings: Settings):
    """The app for ``settings``, once its search index's start build (in the background; over a remote
    store it reads the store over HTTP) is over: a search meanwhile waits at most the first wait (5 s),
    then gets 503, and on a loaded machine the build took longer. Close it with ``close_app``."""
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    app = create_app(settings)
    assert search.index_of(app.extensions[EXTENSION_KEY]).opened(120)
    return app

BASE = "http://localhost:8000/"
REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "corpus" / "seed" / "000_6bfc26f97893894c.txt"
TOKEN = "search-virtuoso-secret"

needs_virtuoso = [pytest.mark.virtuoso,
                  pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t is not installed "
                                     "(apt-get install virtuoso-opensource-7)")]

HOSTILE = ['"', "'", "\\", "\\'", "''", "'albania'", '"albania"', "albania*", "*", "**albania",
           "{ } }} {{", '") } DROP ALL ; SELECT * { ("', "'; DROP TABLE DB.DBA.RDF_QUAD; --",
           "AND OR NOT NEAR", "albania AND", "OR albania", "albania NEAR trafficking", "NOT albania",
           "^ ~ | & ( ) [ ] < > ! = ?", "a_b_c", "__enc \"UTF-8\"", "albania\nDROP", "🙂 albania",
           "x" * 70, "trafficking " + "y" * 150, "\u0000albania", "٣٤٥", "ÅLAND", "tra", "ab*"]
#: the searches whose hits must be the same as the embedded index's
SAME = ["Albania", "trafficking", "osce presence", "Россия", "human traff", "terror",
        "Türkiye", "ministerial council", "Georgia"]


# -- the words and the query text (no Virtuoso needed) -----------------------------------------

@pytest.mark.parametrize("q", HOSTILE)
def test_every_free_text_argument_is_a_quoted_word_whatever_q_holds(q: str) -> None:
    query = search.Query(text=q, limit=20)
    sparql = sv.ranking_queries(query, BASE, BASE + "ontology#")
    if sparql is None:
        assert not sv.words(q)
        return
    found = sv.words(q)
    asked = len(dict.fromkeys((w.casefold(), i == len(found) - 1) for i, w in enumerate(found)))  # a word once
    plain = sv.ranking_queries(search.Query(text=" ".join(f"w{i}" for i in range(asked)), limit=20), BASE,
                               BASE + "ontology#")
    for text, same in zip(sparql, plain):
        args = re.findall(r"bif:contains (\S+) OPTION", text)
        assert len(args) == asked >= 1
        assert all(re.fullmatch(r"\"'[^\W_]+\*?'\"", a) for a in args), args
        # nothing of q outside its words reaches the query: with the words set aside, it is the
        # query of as many plain words
        blank = re.compile(r"bif:contains \S+ OPTION")
        # the exact-name test compares with the words, lower-cased and joined by spaces
        exact = re.compile(r'LCASE\(STR\(\?o0\)\) = ("[^"]*")')
        assert all(re.fullmatch(r'"[^\W_A-Z]+(?: [^\W_A-Z]+)*"', a) for a in exact.findall(text)), exact.findall(text)
        assert exact.sub("= ?", blank.sub("bif:contains ? OPTION", text)) == \
            exact.sub("= ?", blank.sub("bif:contains ? OPTION", same))


def test_the_last_word_is_a_prefix_only_from_virtuosos_four_characters() -> None:
    assert sv.contains_expression("traf", True) == "'traf*'"
    assert sv.contains_expression("tra", True) == "'tra'"
    assert sv.contains_expression("trafficking", False) == "'trafficking'"
    assert sv.words("human traff") == ["human", "traff"]
    assert sv.words("a" * 5 + " b" * 20) == ["aaaaa", *["b"] * (search.MAX_TERMS - 1)]
    for bad in ["a'b", "x*", "", "a b", "\\", "}"]:
        with pytest.raises(ValueError):
            sv.contains_expression(bad, False)


def test_the_snippet_marks_the_words_case_and_accents_folded_and_cuts_long_text() -> None:
    long = " ".join(f"w{i}" for i in range(40)) + " Türkiye and the TRAFFICKING of " + " ".join(f"v{i}" for i in range(40))
    got = sv.snippet(["Label", "", "", "", long], ["turkiye", "traff"])
    assert got.startswith("…") and got.endswith("…")
    assert f"{search._OPEN}Türkiye{search._CLOSE}" in got and f"{search._OPEN}TRAFFICKING{search._CLOSE}" in got
    assert len(sv._WORDS.findall(got)) == sv.SNIPPET_WORDS


def test_a_store_without_bif_contains_and_the_index_setting_keep_the_sqlite_index(tmp_path) -> None:
    from types import SimpleNamespace

    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")  # pyoxigraph, as Oxigraph's server: no bif:contains
    try:
        remote = SimpleNamespace(settings=Settings(store_kind="remote"), store=store, minter=Minter(BASE))
        assert not sv.has_bif_contains(store)
        assert sv.text_search_for(remote, None) is None  # type: ignore[arg-type]
        remote.settings = Settings(store_kind="remote", search_text="virtuoso")
        with pytest.raises(UsageError, match="OSCE_KG_SEARCH_TEXT is 'virtuoso'; it must be one of auto, index"):
            sv.text_search_for(remote, None)  # type: ignore[arg-type]
    finally:
        store.close()


class _SlowVirtuoso:
    """An HTTP SPARQL endpoint that runs ``bif:contains`` as far as ``ASK`` goes but answers a ranking
    query (``OPTION (score ...)``) only after ``delay`` seconds: a Virtuoso that has stalled."""

    def __init__(self, delay: float) -> None:
        import json
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs

        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
                query = form["query"][0]
                if "OPTION (score" in query:
                    outer.ranked += 1
                    time.sleep(delay)
                    body = {"head": {"vars": ["s", "score"]}, "results": {"bindings": []}}
                elif query.lstrip().startswith("ASK"):
                    body = {"head": {}, "boolean": True}
                else:
                    body = {"head": {"vars": ["s"]}, "results": {"bindings": []}}
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.ranked = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_stalled_virtuoso_is_waited_for_at_most_the_setting_then_our_index_answers() -> None:
    """OSCE_KG_SEARCH_TEXT_TIMEOUT bounds each of Virtuoso's answers to /search (its own connections);
    past it the SQLite index answers, where before a stalled Virtuoso held the search for the store's
    whole timeout (60 s) and then failed it."""
    from types import SimpleNamespace

    from osce_kg.loader.iri import Minter
    from osce_kg.loader.settings import load_settings
    from osce_kg.loader.store.remote import RemoteStore

    assert load_settings({"OSCE_KG_SEARCH_TEXT_TIMEOUT": "2.5"}).search_text_timeout == 2.5
    with pytest.raises(UsageError, match="SEARCH_TEXT_TIMEOUT"):
        load_settings({"OSCE_KG_SEARCH_TEXT_TIMEOUT": "0"})
    stalled = _SlowVirtuoso(delay=8)
    store = RemoteStore(stalled.url, stalled.url, timeout=60)
    try:
        ours = SimpleNamespace(search=lambda query: ([], 0))
        svc = SimpleNamespace(settings=Settings(store_kind="remote", search_text_timeout=0.5), store=store,
                              minter=Minter(BASE))
        text = sv.text_search_for(svc, ours)  # type: ignore[arg-type]
        assert text is not None
        started = time.monotonic()
        hits, total, engine = text.search(search.Query(text="albania", limit=20))
        assert time.monotonic() - started < 4 and stalled.ranked == 1
        assert (hits, total, engine) == ([], 0, search.ENGINE)
    finally:
        stalled.close()


# -- over a real Virtuoso ----------------------------------------------------------------------

def _load(url: str, *paths: Path) -> None:
    env = {**os.environ, "OSCE_KG_REMOTE_QUERY_URL": url, "OSCE_KG_REMOTE_UPDATE_URL": url, "OSCE_KG_BASE": BASE}
    run = subprocess.run([sys.executable, "-m", "osce_kg.server.cli", "load", *map(str, paths)], env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory):
    if VIRTUOSO is None:
        pytest.skip("virtuoso-t is not installed")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso-search"))
    try:
        server.isql(FREE_TEXT[0])  # on before the data: what is written is queued for the index
        _load(server.sparql_url, REPO / "corpus", SEED)
        server.index_text()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def over_virtuoso(virtuoso, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``osce-kg serve`` over the Virtuoso; a write is searched by Virtuoso 3 s after it."""
    from conftest import LiveServer

    env = {"OSCE_KG_REMOTE_QUERY_URL": virtuoso.sparql_url, "OSCE_KG_REMOTE_UPDATE_URL": virtuoso.sparql_url,
           "OSCE_KG_BASE": BASE, "OSCE_KG_TOKEN": f"t:{TOKEN}", "OSCE_KG_SEARCH_TEXT_LAG": "3"}
    server = LiveServer(tmp_path_factory.mktemp("served") / "store", env=env)
    try:
        server.start(timeout=180)
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="module")
def embedded(corpus_store_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from osce_kg.server.app import create_app
    from sparql_server import serving

    store = tmp_path_factory.mktemp("embedded") / "store"
    shutil.copytree(corpus_store_template, store)
    with serving(create_app(Settings(store=store))) as url:
        yield url


def ask(url: str, **params: object) -> tuple[dict, str]:
    """``/search`` as a client that honours ``503`` + ``Retry-After`` (the index is still being built at
    start, longer on a loaded machine) for at most 120 s."""
    deadline = time.monotonic() + 120
    while True:
        try:
            r = requests.get(f"{url}/search", params=params, headers={"Accept": "application/json"}, timeout=60)
        except requests.Timeout:
            pytest.fail(f"{url}/search gave no answer within 60 s to {params}")
        if r.status_code != 503 or "Retry-After" not in r.headers or time.monotonic() > deadline:
            break
        time.sleep(min(int(r.headers["Retry-After"]), 5))
    assert r.status_code == 200, r.text
    return r.json(), r.headers.get("Search-Engine", "")


@pytest.mark.virtuoso
@pytest.mark.parametrize("q", SAME)
def test_virtuoso_finds_the_same_resources_as_the_embedded_index_the_same_first(q, over_virtuoso, embedded) -> None:
    got, engine = ask(over_virtuoso, q=q, limit=100)
    for _ in range(2):  # Virtuoso stalled past OSCE_KG_SEARCH_TEXT_TIMEOUT (logged) and our index answered: ask again
        if engine == sv.ENGINE_VIRTUOSO:
            break
        got, engine = ask(over_virtuoso, q=q, limit=100)
    want, local = ask(embedded, q=q, limit=100)
    assert (engine, local) == (sv.ENGINE_VIRTUOSO, search.ENGINE)
    assert want["total"] >= 1
    assert got["total"] == want["total"] and len(got["hits"]) == len(want["hits"])
    assert {h["iri"] for h in got["hits"]} == {h["iri"] for h in want["hits"]}
    # near the same first hit: the embedded index scores a resource by its best name (each label alone)
    # plus BM25 over its texts, Virtuoso sums its per-literal scores: they may order resources of
    # near-equal weight either way (its names in 15 languages no longer cost a field of work its place:
    # "terror" finds "Countering terrorism" first in both). So each engine's first is among the other's
    # first five, and the first five share all but one
    mine, theirs = [h["iri"] for h in got["hits"]], [h["iri"] for h in want["hits"]]
    assert mine[0] in theirs[:5] and theirs[0] in mine[:5], (mine[:5], theirs[:5])
    assert len(set(mine[:5]) & set(theirs[:5])) >= min(5, len(theirs)) - 1, (mine[:5], theirs[:5])
    first, expected = got["hits"][0], next(h for h in want["hits"] if h["iri"] == mine[0])
    for key in ("label", "type", "typeLabel", "year", "href"):
        assert first[key] == expected[key], key
    assert "<mark>" in first["snippetHtml"]
    scores = [h["score"] for h in got["hits"]]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.virtuoso
@pytest.mark.parametrize("params", [{"class": "PressRelease"}, {"class": "FieldOperation"}, {"year": "2021"},
                                    {"field": "combating-trafficking-in-human-beings"},
                                    {"class": "PressRelease", "year": "2010"}])
def test_the_filters_narrow_as_the_embedded_index_does(params, over_virtuoso, embedded) -> None:
    for q in ("trafficking", "osce", "albania"):
        got, engine = ask(over_virtuoso, q=q, limit=100, **params)
        want, _ = ask(embedded, q=q, limit=100, **params)
        assert {h["iri"] for h in got["hits"]} == {h["iri"] for h in want["hits"]}, (q, params)
        assert got["total"] == want["total"]
        assert engine == (sv.ENGINE_VIRTUOSO if want["total"] else search.ENGINE)


@pytest.mark.virtuoso
def test_pages_follow_each_other_without_overlap(over_virtuoso) -> None:
    whole, _ = ask(over_virtuoso, q="osce", limit=30)
    first, engine = ask(over_virtuoso, q="osce", limit=10)
    second, _ = ask(over_virtuoso, q="osce", limit=10, offset=10)
    assert engine == sv.ENGINE_VIRTUOSO and first["total"] == second["total"] == whole["total"] > 20
    assert [h["iri"] for h in first["hits"] + second["hits"]] == [h["iri"] for h in whole["hits"][:20]]


@pytest.mark.virtuoso
def test_hostile_words_are_searched_as_words_and_nothing_else(over_virtuoso, virtuoso) -> None:
    before = requests.get(over_virtuoso + "/health", timeout=30).json()["quads"]
    for q in HOSTILE:
        r = requests.get(f"{over_virtuoso}/search", params={"q": q, "format": "json"}, timeout=60)
        assert r.status_code == 200, (q, r.text)
        assert r.headers["Search-Engine"] in (sv.ENGINE_VIRTUOSO, search.ENGINE)
        assert set(r.json()) == {"query", "total", "offset", "limit", "hits"}
    for q in ("'albania'", '"albania"', "albania*", "**albania", "(albania)", "🙂 albania"):
        body, engine = ask(over_virtuoso, q=q)
        assert engine == sv.ENGINE_VIRTUOSO, q
        assert BASE + "id/state/albania" in [h["iri"] for h in body["hits"][:2]], q
    too_long = requests.get(f"{over_virtuoso}/search", params={"q": "a" * (search.MAX_QUERY_CHARS + 1)}, timeout=60)
    assert too_long.status_code == 400
    assert requests.get(over_virtuoso + "/health", timeout=30).json()["quads"] == before


@pytest.mark.virtuoso
def test_the_most_words_are_answered_by_virtuoso_in_time(over_virtuoso, embedded) -> None:
    """MAX_TERMS words are MAX_TERMS free-text patterns joined: common words, all required."""
    q = " ".join(["osce"] * (search.MAX_TERMS - 1) + ["albania", "ignored"])
    started = time.monotonic()
    body, engine = ask(over_virtuoso, q=q)
    assert time.monotonic() - started < 10
    common = "osce office mission the and of in to for on with presence"  # twelve words, all common
    started = time.monotonic()
    got = ask(over_virtuoso, q=common)[0]
    assert time.monotonic() - started < 10
    assert got["total"] == ask(embedded, q=common)[0]["total"]
    assert engine == sv.ENGINE_VIRTUOSO and body["total"] >= 1
    assert {h["iri"] for h in body["hits"]} == {h["iri"] for h in ask(over_virtuoso, q="osce albania", limit=100)[0]["hits"]}


@pytest.mark.virtuoso
def test_accents_are_folded_by_the_index_behind_and_case_by_virtuoso(over_virtuoso) -> None:
    body, engine = ask(over_virtuoso, q="TÜRKIYE")
    assert engine == sv.ENGINE_VIRTUOSO and body["hits"][0]["iri"] == BASE + "id/state/turkiye"
    body, engine = ask(over_virtuoso, q="Turkiye")  # Virtuoso does not fold accents: our index answers
    assert engine == search.ENGINE and body["hits"][0]["iri"] == BASE + "id/state/turkiye"


@pytest.mark.virtuoso
def test_search_as_you_type_asks_what_the_header_box_asks(over_virtuoso) -> None:
    for typed, engine in (("Alba", sv.ENGINE_VIRTUOSO), ("Albani", sv.ENGINE_VIRTUOSO), ("Alb", search.ENGINE)):
        body, used = ask(over_virtuoso, q=typed, limit=8, format="json")
        assert used == engine, typed
        assert BASE + "id/state/albania" in [h["iri"] for h in body["hits"]], typed


@pytest.mark.virtuoso
def test_the_index_setting_keeps_the_sqlite_index_over_virtuoso(virtuoso, tmp_path) -> None:
    from osce_kg.server.app import close_app

    settings = Settings(store=tmp_path / "store", store_kind="remote", base=BASE, search_text="index",
                        remote_query_url=virtuoso.sparql_url, remote_update_url=virtuoso.sparql_url)
    app = started(settings)
    try:
        r = app.test_client().get("/search", query_string={"q": "Albania", "format": "json"})
    finally:
        close_app(app)
    assert r.headers["Search-Engine"] == search.ENGINE
    assert BASE + "id/state/albania" in [h["iri"] for h in r.get_json()["hits"][:2]]


def test_oxigraph_serve_keeps_the_sqlite_index(oxigraph_server, tmp_path) -> None:
    from osce_kg.server.app import close_app

    env = {**os.environ, "OSCE_KG_REMOTE_QUERY_URL": oxigraph_server + "/query",
           "OSCE_KG_REMOTE_UPDATE_URL": oxigraph_server + "/update", "OSCE_KG_BASE": BASE}
    run = subprocess.run([sys.executable, "-m", "osce_kg.server.cli", "load", str(SEED)], env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    settings = Settings(store=tmp_path / "store", store_kind="remote", base=BASE,
                        remote_query_url=oxigraph_server + "/query", remote_update_url=oxigraph_server + "/update")
    app = started(settings)
    try:
        r = app.test_client().get("/search", query_string={"q": "OSCE", "format": "json"})
    finally:
        close_app(app)
    assert r.status_code == 200 and r.headers["Search-Engine"] == search.ENGINE and r.get_json()["total"] >= 1


@pytest.mark.virtuoso
def test_the_html_page_says_which_index_found_the_hits(over_virtuoso) -> None:
    r = requests.get(f"{over_virtuoso}/search", params={"q": "Albania"}, headers={"Accept": "text/html"}, timeout=60)
    assert r.status_code == 200 and r.headers["Search-Engine"] == sv.ENGINE_VIRTUOSO
    assert "Virtuoso bif:contains" in r.text and "<mark>Albania</mark>" in r.text


@pytest.mark.virtuoso
def test_a_write_is_found_at_once_and_by_virtuoso_once_its_index_has_it(over_virtuoso, virtuoso) -> None:
    from osce_kg.loader.iri import Minter

    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    new = (f"INSERT DATA {{ GRAPH <{BASE}graph/search-virtuoso> {{ <{BASE}id/state/zanzibaria> a "
           f"<{Minter(BASE).vocab}State> ; <http://www.w3.org/2004/02/skos/core#prefLabel> \"Zanzibaria\"@en }} }}")
    r = requests.post(over_virtuoso + "/update", data=new.encode(), headers=auth, timeout=60)
    assert r.status_code in (200, 204), r.text
    body, engine = ask(over_virtuoso, q="Zanzibaria")  # within the lag: our index, which has it
    assert engine == search.ENGINE and body["hits"][0]["iri"] == BASE + "id/state/zanzibaria"
    virtuoso.index_text()  # Virtuoso's batch, run now
    time.sleep(3.5)
    body, engine = ask(over_virtuoso, q="Zanzibaria")
    assert engine == sv.ENGINE_VIRTUOSO and body["hits"][0]["iri"] == BASE + "id/state/zanzibaria"


@pytest.mark.virtuoso
@pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t is not installed")
def test_until_virtuosos_free_text_index_holds_the_data_the_sqlite_index_answers_with_a_warning(tmp_path, caplog,
                                                                                    monkeypatch) -> None:
    from osce_kg.server.app import close_app

    # its free-text index never built: the fixture's Virtuoso runs no scheduler, so no batch runs
    server = start_virtuoso(tmp_path / "plain")
    app = None
    try:
        _load(server.sparql_url, SEED)
        settings = Settings(store=tmp_path / "store", store_kind="remote", base=BASE,
                            remote_query_url=server.sparql_url, remote_update_url=server.sparql_url)
        app = started(settings)
        client = app.test_client()
        with caplog.at_level(logging.WARNING, logger="osce_kg.server.search_virtuoso"):
            r = client.get("/search", query_string={"q": "OSCE", "format": "json"})
        assert r.status_code == 200 and r.headers["Search-Engine"] == search.ENGINE
        assert r.get_json()["total"] >= 1
        assert any("RDF_OBJ_FT_RULE_ADD" in m for m in caplog.messages)
        server.isql(*FREE_TEXT)  # as README says
        r = client.get("/search", query_string={"q": "OSCE", "format": "json"})
        assert r.headers["Search-Engine"] == search.ENGINE  # not looked up again before PROBE_SECONDS
        monkeypatch.setattr(sv, "PROBE_SECONDS", 0.0)
        r = client.get("/search", query_string={"q": "OSCE", "format": "json"})
        assert r.headers["Search-Engine"] == sv.ENGINE_VIRTUOSO and r.get_json()["total"] >= 1
    finally:
        if app is not None:
            close_app(app)
        server.stop()


@pytest.mark.virtuoso
@pytest.mark.browser
def test_in_a_browser_the_header_box_searches_virtuoso_as_you_type(over_virtuoso, browser) -> None:
    """Debian's chromium: typing in the header box asks /search (Virtuoso's index from the fourth
    letter), the suggestion leads to the page, and the search page marks the words and says which
    index found them."""
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    engines: dict[str, str] = {}
    page.on("response", lambda r: engines.__setitem__(r.url.rsplit("q=", 1)[-1], r.headers.get("search-engine", ""))
            if "/search?" in r.url else None)
    try:
        page.goto(over_virtuoso + "/")
        page.locator("#site-search").press_sequentially("Alban", delay=30)
        suggestion = page.locator("#site-search-suggest a", has_text="Albania").first
        suggestion.wait_for(timeout=10_000)
        page.wait_for_timeout(300)
        assert engines.get("Alban") == sv.ENGINE_VIRTUOSO, engines
        suggestion.click()
        page.wait_for_url("**/doc/state/albania")
        page.goto(over_virtuoso + "/search?q=trafficking")
        assert page.locator("li.hit mark").count() > 0
        assert "Virtuoso bif:contains" in page.locator("#search-engine").inner_text()
    finally:
        page.close()
