"""The response cache: keys, the LRU bound, and over a real socket (Granian, as ``osce-kg serve``):
repeats answered without recomputing, never a stale answer after a write, ETag and 304."""
from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest
import requests
from rdflib import Graph, URIRef

from osce_kg.loader.settings import Settings, load_settings
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server.cache import Entry, ResponseCache, normalise_query, sparql_key
from osce_kg.server.services import EXTENSION_KEY

from ld_data import hand_built
from sparql_server import serving as _serving

BASE = "http://localhost:8000/"
ALBANIA = f"{BASE}id/state/albania"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
LOOKUP = f"SELECT ?p ?o WHERE {{ <{ALBANIA}> ?p ?o }}"
#: not a bounded lookup: it runs in a query worker
LISTING = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?label"


@contextlib.contextmanager
def serving(app):
    """The app under Granian (see ``sparql_server.serving``). A Flask answer's last, empty body
    message is sent after the client has its whole body: wait a moment before the loop closes, or
    a2wsgi's pending send is reported as a coroutine never awaited."""
    with _serving(app) as base:
        yield base
        time.sleep(0.3)


# -- keys -----------------------------------------------------------------------------------

@pytest.mark.parametrize("one, other", [
    ("SELECT ?p ?o WHERE { <http://x/a> ?p ?o }", "  SELECT  ?p ?o\tWHERE {  <http://x/a>   ?p ?o }\n"),
    ("SELECT * WHERE { ?s ?p \"a  b\" }", "SELECT *   WHERE {  ?s ?p \"a  b\" }"),
    ("SELECT * # a comment\nWHERE { ?s ?p ?o }", "SELECT *   # a comment\n\n  WHERE { ?s ?p ?o }"),
], ids=["spaces-tabs-newlines", "around-a-string", "around-a-comment"])
def test_queries_that_differ_only_in_whitespace_between_tokens_share_a_key(one, other):
    assert normalise_query(one) == normalise_query(other)


@pytest.mark.parametrize("one, other", [
    ('SELECT * { ?s ?p "a  b" }', 'SELECT * { ?s ?p "a b" }'),
    ("SELECT * { ?s ?p 'a  b' }", "SELECT * { ?s ?p 'a b' }"),
    ('SELECT * { ?s ?p """a\n  b""" }', 'SELECT * { ?s ?p """a\n b""" }'),
    # the newline ends the comment in one, the comment swallows the pattern in the other
    ("SELECT * # c\n{ ?s ?p ?o }", "SELECT * # c { ?s ?p ?o }"),
    # an IRI may hold a quote: a parser may read a string where the lexer does not
    ("SELECT * { ?s <x'> \"a  b\" }", "SELECT * { ?s <x'> \"a b\" }"),
    # SPARQL's whitespace is space, tab, CR and LF only
    ("SELECT\u00a0* {}", "SELECT * {}"),
    # whitespace is collapsed, never taken away or added: tokens stay as the lexer found them
    ("SELECT * {?s ?p ?o}", "SELECT * { ?s ?p ?o }"),
], ids=["double-quoted", "single-quoted", "long-string", "comment-end", "quote-in-iri", "nbsp", "no-space"])
def test_queries_that_differ_where_whitespace_matters_keep_apart(one, other):
    assert normalise_query(one) != normalise_query(other)


def test_the_key_holds_format_accept_dataset_and_base():
    base = {"accept": "text/csv", "format": None, "default_graphs": None, "named_graphs": None,
            "base": "http://h/sparql"}
    key = sparql_key(LOOKUP, **base)
    for change in ({"accept": "application/json"}, {"format": "xml"}, {"default_graphs": ["http://g"]},
                   {"named_graphs": ["http://g"]}, {"base": "http://other/sparql"}):
        assert sparql_key(LOOKUP, **{**base, **change}) != key, change


# -- the LRU ---------------------------------------------------------------------------------

def entry(n: int) -> Entry:
    return Entry(200, (("Content-Type", "text/plain"),), b"x" * n)


def test_the_cache_holds_at_most_its_bytes_dropping_the_least_recently_used():
    cache = ResponseCache(max_bytes=8 * 1000)
    for i in range(20):
        assert cache.put(i, entry(500), cache.version)
        assert cache.get(0) is not None  # used every time: stays while others go
        assert cache.size <= cache.max_bytes
    assert cache.get(0) is not None
    assert cache.get(1) is None and cache.get(19) is not None
    assert len(cache) == cache.size // entry(500).size


def test_long_keys_with_short_answers_count_against_the_bytes():
    """A client sending long, different query texts whose answers are short must not grow the cache
    past its bytes through the keys."""
    cache = ResponseCache(max_bytes=64 * 1000)
    for i in range(200):
        key = sparql_key(f"SELECT * WHERE {{ ?s ?p \"{i:04d}{'x' * 4000}\" }}", accept="text/csv", format=None,
                         default_graphs=None, named_graphs=None, base=None)
        cache.put(key, entry(10), cache.version)
        assert cache.size <= cache.max_bytes
    assert len(cache) <= cache.max_bytes // 4000


def test_an_answer_larger_than_its_share_is_not_kept():
    cache = ResponseCache(max_bytes=8000)
    assert not cache.put("big", entry(2000), cache.version)
    assert cache.get("big") is None


def test_zero_bytes_switches_the_cache_off():
    cache = ResponseCache(max_bytes=0)
    assert not cache.enabled and not cache.put("k", entry(1), cache.version) and cache.get("k") is None


def test_a_write_empties_the_cache_and_an_answer_computed_across_it_is_not_kept():
    cache = ResponseCache()
    cache.put("k", entry(10), cache.version)
    started = cache.version
    cache.written()
    assert cache.get("k") is None and cache.size == 0
    assert not cache.put("k", entry(10), started)  # computed before the write: may be stale
    assert cache.etag("k", started) != cache.etag("k", cache.version)


def test_etags_of_a_restarted_server_do_not_repeat():
    assert ResponseCache().etag("k", 0) != ResponseCache().etag("k", 0)


def test_the_setting_comes_from_the_environment():
    assert load_settings({"OSCE_KG_CACHE_BYTES": "0"}).cache_bytes == 0
    assert load_settings({}).cache_bytes > 0


# -- over a real socket ------------------------------------------------------------------------

def make_app(tmp_path: Path, **overrides: object):
    from osce_kg.server.app import create_app

    settings = Settings(store=tmp_path / "store", base=BASE).replace(**overrides)
    store = EmbeddedStore(settings.store)
    hand_built(store, BASE)
    return create_app(settings, store=store)


def write(app, label: str) -> None:
    """Commit a change as the update path does: the store, then the after-write hooks."""
    svc = app.extensions[EXTENSION_KEY]
    g = Graph()
    g.add((URIRef(ALBANIA), URIRef(LABEL), __import__("rdflib").Literal(label)))
    with svc.write_lock:
        svc.store.apply(Change(replace={URIRef(f"{BASE}graph/extra"): g}))
    svc.written()


def cache_of(app) -> ResponseCache:
    return app.extensions[EXTENSION_KEY].extras["response_cache"]


def without_date(headers) -> dict[str, str]:
    """Headers by lower-cased name, less Date (the server sends it lower-cased; a second may pass between)."""
    return {k.lower(): v for k, v in headers.items() if k.lower() != "date"}


def query(base: str, text: str, **headers: str) -> requests.Response:
    return requests.get(f"{base}/sparql", params={"query": text}, headers={"Accept": "text/csv", **headers},
                        timeout=30)


@pytest.mark.parametrize("text", [LOOKUP, LISTING], ids=["lookup-in-process", "query-in-a-worker"])
def test_a_repeated_query_is_answered_from_the_cache_and_a_write_between_is_seen(tmp_path, text):
    app = make_app(tmp_path)
    cache = cache_of(app)
    with serving(app) as base:
        first = query(base, text)
        hits = cache.hits
        again = query(base, "  " + text.replace(" ", "   ") + "\n")  # the same query, spaced otherwise
        assert again.status_code == 200 and again.content == first.content
        assert cache.hits == hits + 1
        assert again.headers["ETag"] == first.headers["ETag"]
        write(app, "Written between two identical requests")
        after = query(base, text)
        assert after.status_code == 200 and after.content != first.content
        assert "Written between two identical requests" in after.text
        assert after.headers["ETag"] != first.headers["ETag"]


def test_if_none_match_is_answered_304_until_a_write(tmp_path):
    app = make_app(tmp_path)
    with serving(app) as base:
        first = query(base, LISTING)
        assert first.headers["Cache-Control"] == "public, no-cache"
        etag = first.headers["ETag"]
        unchanged = query(base, LISTING, **{"If-None-Match": etag})
        assert unchanged.status_code == 304 and unchanged.content == b"" and unchanged.headers["ETag"] == etag
        other_format = query(base, LISTING, **{"If-None-Match": etag, "Accept": "application/sparql-results+json"})
        assert other_format.status_code == 200  # another representation, another ETag
        write(app, "changed")
        changed = query(base, LISTING, **{"If-None-Match": etag})
        assert changed.status_code == 200 and changed.headers["ETag"] != etag


def test_post_answers_are_cached_too_but_carry_no_etag(tmp_path):
    app = make_app(tmp_path)
    cache = cache_of(app)
    with serving(app) as base:
        for _ in range(2):
            r = requests.post(f"{base}/sparql", data={"query": LISTING}, headers={"Accept": "text/csv"}, timeout=30)
            assert r.status_code == 200 and "ETag" not in r.headers
        assert cache.hits >= 1


@pytest.mark.parametrize("path, accept", [
    ("/doc/state/albania", "text/turtle"), ("/doc/state/albania", "text/html"),
    ("/doc/state/albania.nt", None), ("/id/state/albania", None), ("/void", "text/turtle"), ("/", None),
    ("/class/ParticipatingState", None), ("/doc/state/nowhere", "text/turtle"),
], ids=["turtle", "html", "nt", "303", "void", "landing", "class", "404"])
def test_pages_are_kept_per_format_and_a_write_between_is_seen(tmp_path, path, accept):
    app = make_app(tmp_path)
    cache = cache_of(app)
    headers = {"Accept": accept} if accept else {}
    with serving(app) as base:
        first = requests.get(base + path, headers=headers, allow_redirects=False, timeout=30)
        hits = cache.hits
        again = requests.get(base + path, headers=headers, allow_redirects=False, timeout=30)
        assert cache.hits == hits + 1, "the repeat was not answered from the cache"
        assert (again.status_code, again.content) == (first.status_code, first.content)
        assert without_date(again.headers) == without_date(first.headers)
        other = requests.get(base + path, headers={"Accept": "application/ld+json"}, allow_redirects=False,
                             timeout=30)
        if first.status_code == 200 and path.endswith("albania"):
            assert other.content != first.content  # another format, not the kept one
        write(app, "Written between two identical page requests")
        after = requests.get(base + path, headers=headers, allow_redirects=False, timeout=30)
        if path.startswith("/doc/state/albania"):
            assert "Written between two identical page requests" in after.text
        if path == "/void":
            assert after.content != first.content  # one more triple, one more graph


def test_a_kept_page_answers_if_none_match_and_head(tmp_path):
    app = make_app(tmp_path)
    cache = cache_of(app)
    with serving(app) as base:
        url = base + "/doc/state/albania"
        first = requests.get(url, headers={"Accept": "text/turtle"}, timeout=30)
        hits = cache.hits
        unchanged = requests.get(url, headers={"Accept": "text/turtle", "If-None-Match": first.headers["ETag"]},
                                 timeout=30)
        assert unchanged.status_code == 304 and unchanged.content == b""
        assert unchanged.headers["ETag"] == first.headers["ETag"]
        head = requests.head(url, headers={"Accept": "text/turtle"}, timeout=30)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["Content-Length"] == str(len(first.content))
        assert cache.hits == hits + 2


def test_with_the_cache_off_every_answer_is_computed_and_still_right(tmp_path):
    app = make_app(tmp_path, cache_bytes=0)
    cache = cache_of(app)
    with serving(app) as base:
        first = query(base, LISTING)
        assert "ETag" not in first.headers
        assert query(base, LISTING).content == first.content
        page = requests.get(base + "/doc/state/albania.ttl", timeout=30)
        assert requests.get(base + "/doc/state/albania.ttl", timeout=30).content == page.content
        write(app, "seen at once")
        assert "seen at once" in query(base, LISTING).text
    assert cache.hits == 0 and len(cache) == 0


def test_many_different_answers_stay_within_the_bound(tmp_path):
    app = make_app(tmp_path, cache_bytes=40_000)
    cache = cache_of(app)
    with serving(app) as base:
        for i in range(60):
            assert query(base, f"SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT {i + 1}").status_code == 200
            assert cache.size <= 40_000
        assert 0 < len(cache) < 60


# -- whole-store figures: recomputed in the background, never waited for ---------------------------

def test_a_rebuild_under_way_is_not_waited_for_past_the_grace():
    import threading

    from osce_kg.server.wholestore import WholeStore

    whole = WholeStore(grace=0.2)
    release = threading.Event()
    builds: list[int] = []

    def build() -> int:
        builds.append(whole.versions.current)
        if len(builds) > 1:
            release.wait(120)  # the rebuild after the write is slow (held until released: 10 s could run out first)
        return len(builds)

    first = whole.get("void", build)
    assert (first.value, first.stale) == (1, False)
    whole.versions.written()  # a write: the rebuild starts at once, in the background
    started = time.monotonic()
    older = whole.get("void", build)
    assert time.monotonic() - started < 1.0
    assert older.value == 1 and older.stale and "Age" in older.headers() and "X-Computed-At" in older.headers()
    for _ in range(5):  # a burst of writes during the rebuild: one more rebuild, not five
        whole.versions.written()
    release.set()
    deadline = time.monotonic() + 60
    while whole.get("void", build).stale and time.monotonic() < deadline:
        time.sleep(0.05)
    fresh = whole.get("void", build)
    assert not fresh.stale and fresh.value == len(builds) and len(builds) == 3
    assert "Age" not in fresh.headers()


def test_within_the_grace_the_fresh_figures_are_served():
    from osce_kg.server.wholestore import WholeStore

    whole = WholeStore(grace=5.0)
    counter = iter(range(100))
    assert whole.get("landing", lambda: next(counter)).value == 0
    whole.versions.written()
    got = whole.get("landing", lambda: next(counter))
    assert (got.value, got.stale) == (1, False)


def test_the_first_build_failing_is_an_error_and_the_next_request_builds_again():
    from osce_kg.server.wholestore import WholeStore

    whole = WholeStore(grace=0.1)
    calls: list[int] = []

    def build() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the store failed")
        return "built"

    with pytest.raises(RuntimeError):
        whole.get("void", build)
    assert whole.get("void", build).value == "built"


def synthetic_store(path: Path, releases: int) -> EmbeddedStore:
    """A store of ``releases`` OSCE-shaped releases (about 18 quads each) under BASE, bulk-loaded."""
    import pyoxigraph as ox

    onto = "https://w3id.org/osce-kg/ontology#"
    xsd, prov = "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/ns/prov#"
    lines = []
    for r in range(releases):
        s, g = f"<{BASE}id/release/{r}>", f"<{BASE}graph/release-{r}>"
        lines += [f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{onto}PressRelease> {g} .",
                  f'{s} <http://purl.org/dc/terms/title> "Release {r}"@en {g} .',
                  f'{s} <http://purl.org/dc/terms/date> "20{10 + r % 15}-01-01"^^<{xsd}date> {g} .',
                  f"{s} <{onto}mentions> <{BASE}id/state/albania> {g} .",
                  f"{s} <{onto}fieldOfWork> <{BASE}id/field/f{r % 30}> {g} .",
                  f'{s} <{onto}body> "Body text {r}" {g} .',
                  f'{g} <{prov}generatedAtTime> "2026-11-28T10:00:00Z"^^<{xsd}dateTime> {g} .']
    raw = ox.Store(str(path))
    raw.bulk_load("\n".join(lines).encode(), ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    store = EmbeddedStore(path)
    hand_built(store, BASE)
    return store


def test_void_after_a_write_on_a_large_store_answers_at_once_with_the_older_figures_marked(tmp_path):

    from osce_kg.server.app import create_app

    settings = Settings(store=tmp_path / "store", base=BASE, stale_grace=0.25)
    app = create_app(settings, store=synthetic_store(settings.store, 40_000))
    app.extensions[EXTENSION_KEY].extras["whole_store"].first_wait = 120  # the first build is waited for here
    cache = cache_of(app)
    with serving(app) as base:
        started = time.monotonic()
        first = requests.get(f"{base}/void.nt", timeout=120)  # the very first computation is waited for
        computing = time.monotonic() - started
        assert first.status_code == 200 and "Age" not in first.headers and "X-Computed-At" in first.headers
        if computing < 0.6:
            pytest.skip(f"VoID took only {computing:.2f} s here: the store is too small to show the wait")
        write(app, "one more graph")
        started = time.monotonic()
        older = requests.get(f"{base}/void.nt", timeout=120)
        assert time.monotonic() - started < max(0.25 + 0.5, computing / 2), "the request waited for the rebuild"
        assert older.status_code == 200 and older.content == first.content  # the figures from before the write
        assert int(older.headers["Age"]) >= 0 and older.headers["X-Computed-At"] == first.headers["X-Computed-At"]
        html = requests.get(f"{base}/void.html", timeout=120)
        assert "newer figures are being computed" in html.text
        assert len(cache) == 0 or all(e.header("Age") is None for e in cache._entries.values())
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            now = requests.get(f"{base}/void.nt", timeout=120)
            if "Age" not in now.headers:
                break
            time.sleep(0.2)
        assert "Age" not in now.headers and now.content != first.content  # the rebuild came through


def test_snapshots_are_marked_stale_before_the_cache_takes_the_new_version(tmp_path, monkeypatch):
    """Seen in a full run: a reader that took the cache's new version while the query workers still
    answered from the old snapshot kept the old answer under the new version (a GET after a 201 PUT
    counted 0 of 5,000). The write's hooks must refresh the readers first."""
    from osce_kg.server import executor as executor_module

    calls: list[str] = []
    real_invalidate = executor_module.Executor.invalidate
    monkeypatch.setattr(executor_module.Executor, "invalidate",
                        lambda self: (calls.append("snapshots"), real_invalidate(self))[1])
    real_written = ResponseCache.written
    monkeypatch.setattr(ResponseCache, "written", lambda self: (calls.append("cache"), real_written(self))[1])
    app = make_app(tmp_path)
    write(app, "Shqiperia-after")
    assert calls == ["snapshots", "cache"]


def test_an_answer_is_kept_once_its_content_length_is_in_before_the_last_message():
    """A WSGI answer's last, empty message comes from the app's thread after the client has every byte
    (and may already ask again): the answer is kept as soon as Content-Length bytes went out."""
    import asyncio

    from osce_kg.server.asgi import _Recorder

    kept, sent = [], []

    async def send(message):
        sent.append(message)

    async def run():
        recorder = _Recorder(send, 1 << 20, kept.append)
        await recorder({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"text/turtle"), (b"content-length", b"5")]})
        await recorder({"type": "http.response.body", "body": b"hello", "more_body": True})
        assert [e.body for e in kept] == [b"hello"], "not kept until the last, empty message"
        await recorder({"type": "http.response.body", "body": b"", "more_body": False})

    asyncio.run(run())
    assert len(kept) == 1 and kept[0].status == 200 and len(sent) == 3
