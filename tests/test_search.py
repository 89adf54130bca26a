"""Full-text search (/search): ranking, filters, snippets, limits, and the index following the store.

JSON answers are read over a real socket from the served app (Granian, as ``osce-kg serve`` runs it);
the index's life cycle (built at start, kept at the same version, rebuilt after a write) through the app.
"""
from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Iterator

import pytest
import requests

from osce_kg.loader.settings import Settings
from osce_kg.server import search
from osce_kg.server.app import close_app
from sparql_server import serving

TOKEN = "search-secret"
BASE = "http://localhost:8000/"


@pytest.fixture(scope="module")
def served(corpus_store_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from osce_kg.server.app import create_app

    from osce_kg.server.services import EXTENSION_KEY

    store = tmp_path_factory.mktemp("search") / "store"
    shutil.copytree(corpus_store_template, store)
    app = create_app(Settings(store=store, tokens={"t": TOKEN}))
    # the index is built in the background at start; on a busy machine that took longer than a search's
    # first wait (503 + Retry-After, tested on its own below): these tests are about its answers
    assert search.index_of(app.extensions[EXTENSION_KEY]).opened(120)
    with serving(app) as url:
        yield url


def find(url: str, **params: object) -> dict:
    r = requests.get(f"{url}/search", params=params, headers={"Accept": "application/json"}, timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].startswith("application/json")
    return r.json()


def test_a_state_is_found_by_its_name_first_with_type_link_and_marked_snippet(served: str) -> None:
    body = find(served, q="Albania")
    first = body["hits"][0]
    assert first["iri"] == BASE + "id/state/albania"
    assert first["label"] == "Albania" and first["typeLabel"] == "participating state"
    assert first["href"] == "/doc/state/albania"
    assert "<mark>Albania</mark>" in first["snippetHtml"]
    assert body["total"] >= 3


def test_alternative_labels_in_other_languages_and_without_accents_are_searched(served: str) -> None:
    assert find(served, q="Россия")["hits"][0]["iri"] == BASE + "id/state/russian-federation"
    assert find(served, q="Turkiye")["hits"][0]["iri"] == BASE + "id/state/turkiye"


def test_a_field_named_in_fifteen_languages_is_first_by_its_short_label(served: str) -> None:
    """The fields of work carry their names in 15 languages as alternative labels: scored as one
    column, their length put "Countering terrorism" seventh for "terror" (session 10); each name is
    scored alone now, and its two-word label is the best name holding the word."""
    hits = find(served, q="terror")["hits"]
    assert hits[0]["iri"] == BASE + "id/field/countering-terrorism", [h["label"] for h in hits[:5]]
    assert "<mark>" in hits[0]["snippetHtml"]


def _named_store(path: Path, foreign: int):
    """Three resources whose labels hold "terrorism", the shortest label's with ``foreign`` alternative
    labels in other languages, none of them holding the word, and a release that names it in its body."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SKOS

    from osce_kg.loader.store import Change, EmbeddedStore

    g = Graph()
    field, unit, office = (URIRef(BASE + k) for k in ("id/field/ct", "id/organization/atu", "id/organization/oct"))
    g.add((field, SKOS.prefLabel, Literal("Countering terrorism", lang="en")))
    g.add((field, SKOS.altLabel, Literal("Anti-terrorism", lang="en")))
    langs = ["de", "fr", "ru", "sr", "pl", "ro", "it", "tr", "uk", "hy", "ka", "kk", "mk", "sq", "bs"]
    for i in range(foreign):
        g.add((field, SKOS.altLabel, Literal(f"Borba protiv nasilnog ekstremizma broj{i} i radikalizacije",
                                             lang=langs[i % len(langs)])))
    g.add((unit, SKOS.prefLabel, Literal("Action against Terrorism Unit", lang="en")))
    g.add((unit, SKOS.altLabel, Literal("ATU", lang="en")))
    g.add((office, SKOS.prefLabel, Literal("Office of the Counter-Terrorism Co-ordinator", lang="en")))
    release = URIRef(BASE + "id/release/r1")
    g.add((release, URIRef("http://purl.org/dc/terms/title"), Literal("Ministers meet in Vienna", lang="en")))
    g.add((release, URIRef("https://schema.org/articleBody"),
           Literal("The ministers spoke about terrorism and about the unit that counters it.", lang="en")))
    store = EmbeddedStore(path)
    store.apply(Change(replace={URIRef(BASE + "graph/names"): g}))
    return store


@pytest.mark.parametrize("foreign", [0, 15, 60])
def test_a_resource_is_ranked_by_its_best_name_not_by_how_many_names_it_has(tmp_path: Path, foreign: int) -> None:
    """Alternative labels that do not hold the words neither help nor hurt a resource: its rank is
    that of its best name (a label before an alternative label, the shorter first) plus its texts.
    One column of all its names, the 15 or 60 foreign ones put the field behind the unit (BM25 holds
    a row's length against it)."""
    store = _named_store(tmp_path / "store", foreign)
    try:
        index = search.Index(tmp_path / "index.sqlite", store, BASE)
        index.open()
        hits, total = index.search(search.Query("terror"))
        assert total == 4
        assert [h.iri.rsplit("/", 1)[-1] for h in hits] == ["ct", "atu", "oct", "r1"], [h.label for h in hits]
        assert hits[0].snippet and search._OPEN in hits[0].snippet
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        # every word required, a word in a name and another in a text: found, its name counted
        hits, total = index.search(search.Query("unit ministers"))
        assert total == 1 and hits[0].iri.endswith("/r1")
        hits, total = index.search(search.Query("terrorism unit"))
        assert [h.iri.rsplit("/", 1)[-1] for h in hits] == ["atu", "r1"]
    finally:
        store.close()


def test_bodies_are_searched_and_filters_narrow_by_class_year_and_field(served: str) -> None:
    everything = find(served, q="trafficking", limit=100)
    releases = find(served, q="trafficking", **{"class": "PressRelease"}, limit=100)
    assert 0 < releases["total"] < everything["total"]
    assert all(h["type"] == "https://w3id.org/osce-kg/ontology#PressRelease" for h in releases["hits"])
    year = releases["hits"][0]["year"]
    in_year = find(served, q="trafficking", year=year, limit=100)
    assert in_year["total"] >= 1 and all(h["year"] == year for h in in_year["hits"])
    field = find(served, q="trafficking", field="combating-trafficking-in-human-beings", limit=100)
    assert 0 < field["total"] < everything["total"]


def test_a_superclass_filter_finds_the_subclasses(served: str) -> None:
    ops = find(served, q="OSCE", **{"class": "FieldOperation"}, limit=100)
    assert any(h["iri"] == BASE + "id/field-operation/osce-presence-in-albania" for h in ops["hits"])


def test_search_syntax_in_q_is_taken_as_words(served: str) -> None:
    for q in ['"', "terror*", "a OR", "NEAR(", "-", "'); DROP TABLE docs; --"]:
        r = requests.get(f"{served}/search", params={"q": q, "format": "json"}, timeout=30)
        assert r.status_code == 200, (q, r.text)


def test_q_length_and_page_limits_are_enforced(served: str) -> None:
    ok = requests.get(f"{served}/search", params={"q": "a" * search.MAX_QUERY_CHARS, "format": "json"}, timeout=30)
    assert ok.status_code == 200
    for params in ({"q": "a" * (search.MAX_QUERY_CHARS + 1)}, {"q": "osce", "limit": search.MAX_LIMIT + 1},
                   {"q": "osce", "limit": 0}, {"q": "osce", "offset": search.MAX_OFFSET + 1},
                   {"q": "osce", "year": "twenty"}):
        r = requests.get(f"{served}/search", params={**params, "format": "json"}, timeout=30)
        assert r.status_code == 400, params
        assert r.headers["Content-Type"] == "application/problem+json"
    assert len(find(served, q="osce", limit=search.MAX_LIMIT)["hits"]) <= search.MAX_LIMIT
    page = find(served, q="osce", limit=3)
    assert len(page["hits"]) == 3 < page["total"]
    second = find(served, q="osce", limit=3, offset=3)
    assert {h["iri"] for h in page["hits"]}.isdisjoint(h["iri"] for h in second["hits"])


def test_an_empty_q_has_no_hits(served: str) -> None:
    assert find(served, q="") == {"query": "", "total": 0, "offset": 0, "limit": 20, "hits": []}


def test_html_hits_escape_the_text_and_mark_the_words(served: str) -> None:
    r = requests.get(f"{served}/search", params={"q": "trafficking"}, headers={"Accept": "text/html"}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    assert "<mark>" in r.text and 'href="/doc/' in r.text and 'id="site-search"' in r.text
    assert "<script>" not in r.text.split("<main>", 1)[1]


def test_every_page_has_the_search_box(served: str) -> None:
    for path in ("/", "/doc/state/albania", "/ontology", "/void"):
        r = requests.get(served + path, headers={"Accept": "text/html"}, timeout=30)
        assert 'role="search"' in r.text and 'action="/search"' in r.text, path


def test_a_committed_write_is_found_by_the_next_search(served: str) -> None:
    assert find(served, q="Quuxfoo")["total"] == 0
    update = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX org: <http://www.w3.org/ns/org#> "
              "INSERT DATA { GRAPH <http://localhost:8000/graph/search-test> { "
              "<http://localhost:8000/id/organization/quuxfoo-institute> a org:FormalOrganization ; "
              "skos:prefLabel \"Quuxfoo Institute\"@en ; skos:altLabel \"Institut Quuxfoo\"@fr } }")
    r = requests.post(f"{served}/update", data=update.encode(), timeout=30,
                      headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    hits = find(served, q="quuxfoo")["hits"]
    assert [h["iri"] for h in hits] == [BASE + "id/organization/quuxfoo-institute"]


def test_the_index_is_kept_at_the_store_version_and_rebuilt_when_it_differs(corpus_store_path: Path) -> None:
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    index_file = search.index_path(corpus_store_path)
    app = create_app(Settings(store=corpus_store_path))
    svc = app.extensions[EXTENSION_KEY]
    version = search.store_version(svc.store, svc.minter.base)
    assert search.index_of(svc).opened(120)  # built in the background at start
    assert search.index_of(svc).recorded_version() == version
    close_app(app)
    built = index_file.stat().st_ino

    app = create_app(Settings(store=corpus_store_path))  # same version: the file is kept
    assert search.index_of(app.extensions[EXTENSION_KEY]).opened(120)
    close_app(app)
    assert index_file.stat().st_ino == built

    with sqlite3.connect(index_file) as db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'version'")
    db.close()
    app = create_app(Settings(store=corpus_store_path))  # a different version: rebuilt
    svc = app.extensions[EXTENSION_KEY]
    assert search.index_of(svc).opened(120)
    assert search.index_of(svc).recorded_version() == version
    close_app(app)


def test_the_store_version_moves_with_a_write(corpus_store_path: Path) -> None:
    from rdflib import Graph, URIRef

    from osce_kg.loader.store import Change, EmbeddedStore

    store = EmbeddedStore(corpus_store_path)
    try:
        before = search.store_version(store, BASE)
        g = Graph()
        g.parse(data=f"<{BASE}id/city/x> <http://www.w3.org/2004/02/skos/core#prefLabel> \"X\" .", format="turtle")
        store.apply(Change(replace={URIRef(BASE + "graph/x"): g}))
        assert search.store_version(store, BASE) != before
    finally:
        store.close()


def _rows(path: Path) -> set[tuple]:
    with sqlite3.connect(path) as db:
        rows = set(db.execute("SELECT iri, display, type, label, alt, codes, title, body, year, types, fields FROM docs"))
        # each name in its own row, its rowid in its resource's range
        rows |= set(db.execute(f"SELECT iri, names.label, names.alt FROM names JOIN iris "
                               f"ON iris.id = names.rowid >> {search.NAME_BITS}"))
    db.close()
    return rows


def test_a_write_is_reindexed_in_place_and_gives_the_index_a_full_rebuild_would(corpus_store_path: Path,
                                                                                  tmp_path: Path) -> None:
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    app = create_app(Settings(store=corpus_store_path, tokens={"t": TOKEN}))
    svc = app.extensions[EXTENSION_KEY]
    assert search.index_of(svc).opened(120)  # built in the background at start
    client = app.test_client()
    index_file = search.index_path(corpus_store_path)
    built = index_file.stat().st_ino
    auth = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    albania = "<http://localhost:8000/id/state/albania>"
    skos = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    # the reference graph is the server's (403 to updates): the removal is of what a maintainer added
    first = (skos + "INSERT DATA { GRAPH <http://localhost:8000/graph/extra> { "
             f"{albania} skos:altLabel \"Zorblandia\"@en , \"Blorptania\"@en . "
             "<http://localhost:8000/id/organization/quuxfoo-institute> a <http://www.w3.org/ns/org#FormalOrganization> ; "
             "skos:prefLabel \"Quuxfoo Institute\"@en } }")
    second = (skos + "DELETE DATA { GRAPH <http://localhost:8000/graph/extra> { "
              f"{albania} skos:altLabel \"Blorptania\"@en }} }}")
    assert client.get("/search?q=Zorblandia&format=json").get_json()["total"] == 0
    r = client.post("/update", data=first.encode(), headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    assert client.get("/search?q=Blorptania&format=json").get_json()["hits"][0]["iri"] == BASE + "id/state/albania"
    r = client.post("/update", data=second.encode(), headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    assert client.get("/search?q=Zorblandia&format=json").get_json()["hits"][0]["iri"] == BASE + "id/state/albania"
    assert client.get("/search?q=Blorptania&format=json").get_json()["total"] == 0
    assert client.get("/search?q=Shqipëria&format=json").get_json()["total"] == 1
    assert client.get("/search?q=Quuxfoo&format=json").get_json()["total"] == 1
    assert index_file.stat().st_ino == built, "the index was rebuilt, not updated in place"
    index = search.index_of(svc)
    assert index.recorded_version() == search.store_version(svc.store, svc.minter.base)
    whole = search.Index(tmp_path / "whole.sqlite", svc.store, svc.minter.base)
    whole.open()
    assert _rows(index_file) == _rows(tmp_path / "whole.sqlite")
    close_app(app)


def test_a_write_that_cannot_be_told_from_its_audit_record_rebuilds_the_index(corpus_store_path: Path) -> None:
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    app = create_app(Settings(store=corpus_store_path))
    svc = app.extensions[EXTENSION_KEY]
    assert search.index_of(svc).opened(120)
    assert search.changed_subjects(svc.store, svc.minter.base, "9999") is None  # no record since
    index_file = search.index_path(corpus_store_path)
    built = index_file.stat().st_ino
    from rdflib import Graph, URIRef

    from osce_kg.loader.store import Change

    g = Graph()
    g.parse(data=f"<{BASE}id/city/blorptown> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Blorptown\"@en .",
            format="turtle")
    svc.store.apply(Change(replace={URIRef(BASE + "graph/blorp"): g}))  # a write with no audit record
    svc.written()
    assert app.test_client().get("/search?q=Blorptown&format=json").get_json()["total"] == 1
    assert index_file.stat().st_ino != built
    close_app(app)


def _store_with_records(path: Path, *times: str):
    """A store holding one resource per audit record, each record ended at its time of ``times`` (UTC,
    oldest first), as the gate writes them."""
    import datetime as dt

    from rdflib import Literal, URIRef
    from rdflib.namespace import SKOS

    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.store import Change, EmbeddedStore

    store, audit = EmbeddedStore(path), AuditLog(BASE)
    for n, when in enumerate(times):
        added = [(URIRef(f"{BASE}id/city/c{n}"), SKOS.prefLabel, Literal(f"Town{n}", lang="en"),
                  URIRef(f"{BASE}graph/c{n}"))]
        _, record = audit.record(added, [], actor="test", now=dt.datetime.fromisoformat(when))
        store.apply(Change(add=added + record))
    return store


@pytest.mark.parametrize("older, newer", [
    # Oxigraph writes these 13.2Z and 13.25Z: as text the older sorts after the newer
    ("2026-12-07T00:30:13.200000+00:00", "2026-12-07T00:30:13.250000+00:00"),
    # 13Z and 13.5Z: a time on the whole second sorts, as text, after the rest of its second
    ("2026-12-07T00:30:13+00:00", "2026-12-07T00:30:13.500000+00:00"),
])
def test_the_newest_audit_record_is_told_by_its_time_not_by_its_text(tmp_path: Path, older: str,
                                                                       newer: str) -> None:
    """The audit records' end times compared as times: the store writes them in its canonical form
    (``13.2Z``), rdflib reads them back in another (``13.200000+00:00``), and as text neither sorts by
    time. The index then recorded the older record as the last write, took the newer one for a write
    since, and reindexed its resources only after a write that left no record: that write was missed
    (0 hits, as ``test_a_write_that_cannot_be_told_from_its_audit_record_rebuilds_the_index`` got in CI
    on the corpus store, whose records' times the session's clock decides)."""
    from rdflib import Graph, URIRef

    from osce_kg.loader.store import Change

    store = _store_with_records(tmp_path / "store", older, newer)
    try:
        index = search.Index(tmp_path / "index.sqlite", store, BASE)
        index.open()
        assert index.search(search.Query("Town1"))[1] == 1
        g = Graph()
        g.parse(data=f"<{BASE}id/city/blorptown> <http://www.w3.org/2004/02/skos/core#prefLabel> "
                     f"\"Blorptown\"@en .", format="turtle")
        store.apply(Change(replace={URIRef(BASE + "graph/blorp"): g}))  # a write with no audit record
        index.mark_stale()
        assert index.search(search.Query("Blorptown"))[1] == 1, "the write was missed"
        last = search.last_write(store, BASE)
        assert last.split(" ")[0] == newer and len(last.split(" ")) == 2, last
        assert search.changed_subjects(store, BASE, last) is None  # no record since the last
    finally:
        store.close()


def test_a_write_committed_while_the_index_is_refreshed_is_not_skipped(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A write (with its audit record) committed while a refresh reads the records since the last build:
    the refresh read the last write after that, so the index said it held the write, and the next
    refresh (after one more write) read only the records after it: the first write's resource was never
    indexed. Now the last write is read first and the write in between is read again."""
    import datetime as dt

    from rdflib import Literal, URIRef
    from rdflib.namespace import SKOS

    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.store import Change

    store = _store_with_records(tmp_path / "store", "2026-12-07T00:30:13.100000+00:00")
    audit = AuditLog(BASE)

    def write(name: str, when: str) -> None:
        added = [(URIRef(f"{BASE}id/city/{name.lower()}"), SKOS.prefLabel, Literal(name, lang="en"),
                  URIRef(f"{BASE}graph/{name.lower()}"))]
        _, record = audit.record(added, [], actor="test", now=dt.datetime.fromisoformat(when))
        store.apply(Change(add=added + record))

    try:
        index = search.Index(tmp_path / "index.sqlite", store, BASE)
        index.open()
        write("Firsttown", "2026-12-07T00:30:14.000000+00:00")
        index.mark_stale()
        read = search.changed_subjects

        def read_then_a_write_lands(*args: object) -> object:
            subjects = read(*args)  # type: ignore[arg-type]
            monkeypatch.setattr(search, "changed_subjects", read)
            write("Betweentown", "2026-12-07T00:30:15.000000+00:00")  # committed during the refresh
            return subjects

        monkeypatch.setattr(search, "changed_subjects", read_then_a_write_lands)
        assert index.search(search.Query("Firsttown"))[1] == 1
        write("Lasttown", "2026-12-07T00:30:16.000000+00:00")
        index.mark_stale()
        assert index.search(search.Query("Lasttown"))[1] == 1
        assert index.search(search.Query("Betweentown"))[1] == 1, "the write during the refresh was skipped"
    finally:
        store.close()


def test_records_since_a_time_are_those_that_ended_at_or_after_it(tmp_path: Path) -> None:
    """:func:`search.changed_subjects` reads the records after a :func:`search.last_write`, by time."""
    store = _store_with_records(tmp_path / "store", "2026-12-07T00:30:13.200000+00:00",
                                "2026-12-07T00:30:13.250000+00:00", "2026-12-07T00:30:13.300000+00:00")
    try:
        assert search.changed_subjects(store, BASE, "") == {f"{BASE}id/city/c{n}" for n in range(3)}
        first = "2026-12-07T00:30:13.200000+00:00 " + " ".join(
            str(r["w"]) for r in store.select(f"SELECT ?w WHERE {{ GRAPH <{BASE}graph/audit> {{ ?w "
                                              f"<http://www.w3.org/ns/prov#endedAtTime> ?e "
                                              f"FILTER(STR(?e) = \"2026-12-07T00:30:13.2Z\") }} }}"))
        assert search.changed_subjects(store, BASE, first) == {f"{BASE}id/city/c1", f"{BASE}id/city/c2"}
    finally:
        store.close()


@pytest.mark.parametrize("older, newer", [("2026-12-07T00:30:13.200000+00:00", "2026-12-07T00:30:13.250000+00:00"),
                                          ("2026-12-07T00:30:13+00:00", "2026-12-07T00:30:13.500000+00:00")])
def test_the_figures_read_the_records_since_their_position_by_time(tmp_path: Path, older: str, newer: str) -> None:
    """VoID's and the whole-store pages' update (``void.records_since``) reads the records after a
    position as the index does: by time. As text, the newer record came back as a write after the
    position it was counted at, and its quads were counted a second time."""
    import datetime as dt

    from osce_kg.server import void

    store = _store_with_records(tmp_path / "store", older, "2026-12-07T00:30:12.900000+00:00", newer)
    try:
        position = search.last_write(store, BASE)
        assert void.records_since(store, BASE, position) == []
        since = void.records_since(store, BASE, "2026-12-07T00:30:12.950000+00:00") or []
        assert [dt.datetime.fromisoformat(rec.ended) for rec in since] == [dt.datetime.fromisoformat(older),
                                                                           dt.datetime.fromisoformat(newer)]
    finally:
        store.close()


def test_a_deleted_index_file_is_built_again_by_the_next_search(served: str, corpus_store_path: Path) -> None:
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    app = create_app(Settings(store=corpus_store_path))
    assert search.index_of(app.extensions[EXTENSION_KEY]).opened(120)
    search.index_path(corpus_store_path).unlink()
    assert app.test_client().get("/search?q=Albania&format=json").get_json()["total"] >= 1
    close_app(app)


def test_the_html_page_pages_on_and_keeps_its_filters(served: str) -> None:
    r = requests.get(f"{served}/search", params={"q": "osce", "limit": 3, "class": "PressRelease"},
                     headers={"Accept": "text/html"}, timeout=30)
    assert r.status_code == 200
    assert 'rel="next"' in r.text and "offset=3" in r.text and "class=PressRelease" in r.text
    assert '<option value="PressRelease" selected>' in r.text
    assert r.text.count('<li class="hit">') == 3


def test_the_server_answers_while_the_index_is_built_and_search_says_503_with_retry_after(
        corpus_store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index is built in the background at start (at a million releases it took 320 s on the start's
    path): with the build held, pages answer at once and /search says 503 with Retry-After within the
    first wait; once the build is let go, /search answers from the new index."""
    import threading
    import time

    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    search.index_path(corpus_store_path).unlink(missing_ok=True)
    release = threading.Event()
    collect = search.collect

    def held(*args, **kwargs):
        assert release.wait(60), "the test never let the build go"
        return collect(*args, **kwargs)

    monkeypatch.setattr(search, "collect", held)
    started = time.monotonic()
    app = create_app(Settings(store=corpus_store_path, figures_first_wait=0.5))
    assert time.monotonic() - started < 30  # create_app did not wait for the build (held for up to 60 s)
    svc = app.extensions[EXTENSION_KEY]
    try:
        with serving(app) as url:
            r = requests.get(f"{url}/doc/state/albania.ttl", timeout=30)
            assert r.status_code == 200
            asked = time.monotonic()
            r = requests.get(f"{url}/search", params={"q": "Albania"}, headers={"Accept": "application/json"},
                             timeout=30)
            assert r.status_code == 503, r.text
            assert 0.4 < time.monotonic() - asked < 10
            assert 1 <= int(r.headers["Retry-After"]) <= 60
            assert "no-store" in r.headers["Cache-Control"]
            r = requests.post(f"{url}/reconcile", data={"queries": '{"q0": {"query": "Albania"}}'}, timeout=30)
            assert r.status_code == 503 and "Retry-After" in r.headers
            assert not search.index_of(svc).opened(0)
            release.set()
            assert search.index_of(svc).opened(60)
            assert find(url, q="Albania")["hits"][0]["iri"] == BASE + "id/state/albania"
    finally:  # serving() closed the store
        release.set()
        search.index_of(svc).opened(60)


def _build_held(monkeypatch: pytest.MonkeyPatch, *, seconds: float | None) -> tuple[object, object]:
    """``search.collect`` held in the start's build: (an event set once the build is inside it, an event
    that lets it go); ``seconds``: it also goes on by itself after that long."""
    import threading

    inside, release = threading.Event(), threading.Event()
    collect = search.collect

    def held(*args, **kwargs):
        inside.set()
        release.wait(seconds if seconds is not None else 60)
        return collect(*args, **kwargs)

    monkeypatch.setattr(search, "collect", held)
    return inside, release


def _release_when_stopped(index: search.Index, release: threading.Event) -> None:
    """Let the held step go on once the index is told to stop (a shutdown under way), not after a
    fixed time: a step held 1 s could end before the test closed the app on a loaded machine."""
    def run() -> None:
        index._stopping.wait(120)
        release.set()

    threading.Thread(target=run, daemon=True).start()


def _logged_at_least(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [f"{r.levelname} {r.name}: {r.getMessage()} {r.exc_text or ''}" for r in caplog.records
            if r.levelno >= level]


def test_closing_the_app_while_the_index_is_built_stops_the_build_before_the_store_closes(
        corpus_store_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The app closed while the start's build is reading the store (in the middle of a step): the build
    is told to stop and waited for, so it ends at its next step, before the store closes; nothing is
    logged as an error (a store closed under it raised an AttributeError), no index file or temporary
    file is left, the thread is gone and the store is closed cleanly (it opens again read-write)."""
    import logging

    from osce_kg.loader.store import EmbeddedStore
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    search.index_path(corpus_store_path).unlink(missing_ok=True)
    inside, release = _build_held(monkeypatch, seconds=None)
    caplog.set_level(logging.INFO)
    app = create_app(Settings(store=corpus_store_path))
    svc = app.extensions[EXTENSION_KEY]
    quads = svc.store.quad_count()
    index = search.index_of(svc)
    _release_when_stopped(index, release)  # type: ignore[arg-type]
    assert inside.wait(60) and not index.opened(0)  # the build is inside its step
    close_app(app)
    assert index._thread is not None and not index._thread.is_alive()
    assert not [t for t in __import__("threading").enumerate() if t is index._thread]
    assert _logged_at_least(caplog, logging.WARNING) == []
    assert any("stopped at shutdown" in r.getMessage() for r in caplog.records)
    assert not list(corpus_store_path.parent.glob(f"{corpus_store_path.name}.search.sqlite*"))
    store = EmbeddedStore(corpus_store_path)  # the lock is free: the store was closed
    try:
        assert store.quad_count() == quads
    finally:
        store.close()


def test_a_build_step_longer_than_the_wait_lets_the_shutdown_go_on_and_logs_no_error(
        corpus_store_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """A step that outlives the wait (``Index.stop``'s timeout; :data:`search.STOP_WAIT` at shutdown):
    the shutdown goes on with a warning saying so; the build, finding the store closed at its next read,
    ends without an error logged."""
    import logging

    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    search.index_path(corpus_store_path).unlink(missing_ok=True)
    inside, release = _build_held(monkeypatch, seconds=None)
    caplog.set_level(logging.INFO)
    app = create_app(Settings(store=corpus_store_path))
    svc = app.extensions[EXTENSION_KEY]
    index = search.index_of(svc)
    assert inside.wait(60)
    assert index.stop(timeout=0.2) is False
    assert [m for m in _logged_at_least(caplog, logging.WARNING) if "still reading the store" in m]
    svc.store.close()  # the store closed under the held step
    release.set()
    assert index.opened(60) and index._thread is not None
    index._thread.join(60)
    assert not index._thread.is_alive()
    assert _logged_at_least(caplog, logging.ERROR) == []
    assert not list(corpus_store_path.parent.glob(f"{corpus_store_path.name}.search.sqlite*"))


def test_the_shutdown_waits_for_the_build_as_long_as_the_setting_says(
        corpus_store_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """``OSCE_KG_SEARCH_STOP_WAIT`` (``Settings.search_stop_wait``, default :data:`search.STOP_WAIT`) is how
    long closing the app waits for a held step of the start's build: the warning names it; no negative."""
    import logging

    from osce_kg.loader.errors import UsageError
    from osce_kg.loader.settings import load_settings
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    assert load_settings({}).search_stop_wait == search.STOP_WAIT
    assert load_settings({"OSCE_KG_SEARCH_STOP_WAIT": "2.5"}).search_stop_wait == 2.5
    with pytest.raises(UsageError, match="OSCE_KG_SEARCH_STOP_WAIT is '-1'; it must be at least 0"):
        load_settings({"OSCE_KG_SEARCH_STOP_WAIT": "-1"})
    search.index_path(corpus_store_path).unlink(missing_ok=True)
    inside, release = _build_held(monkeypatch, seconds=None)
    caplog.set_level(logging.INFO)
    app = create_app(Settings(store=corpus_store_path, search_stop_wait=2.0))
    index = search.index_of(app.extensions[EXTENSION_KEY])
    try:
        assert inside.wait(60)
        close_app(app)  # the step is held: the shutdown waits 2 s for it, then goes on
        assert [m for m in _logged_at_least(caplog, logging.WARNING) if "still reading the store after 2 s" in m]
    finally:
        release.set()
    assert index._thread is not None
    index._thread.join(60)
    assert not index._thread.is_alive()
    assert _logged_at_least(caplog, logging.ERROR) == []


def test_the_lifespan_shutdown_of_serve_stops_the_build(corpus_store_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    """``osce-kg serve`` (one process) ends its worker after ASGI's lifespan shutdown: the app's ASGI
    entry stops the start's build and waits for it there, before it answers that the shutdown is complete."""
    import asyncio
    import logging

    from osce_kg.server.app import create_app
    from osce_kg.server.asgi import QueryFirstApp
    from osce_kg.server.services import EXTENSION_KEY

    search.index_path(corpus_store_path).unlink(missing_ok=True)
    inside, release = _build_held(monkeypatch, seconds=None)
    caplog.set_level(logging.INFO)
    app = create_app(Settings(store=corpus_store_path))
    svc = app.extensions[EXTENSION_KEY]
    index = search.index_of(svc)
    _release_when_stopped(index, release)  # type: ignore[arg-type]
    asgi = QueryFirstApp(app, threads=2)
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[tuple[str, bool]] = []

    async def receive() -> dict:
        return next(messages)

    async def send(message: dict) -> None:
        sent.append((message["type"], index._thread is not None and index._thread.is_alive()))

    try:
        assert inside.wait(60)
        asyncio.run(asgi({"type": "lifespan"}, receive, send))
        assert sent == [("lifespan.startup.complete", True), ("lifespan.shutdown.complete", False)]
        assert _logged_at_least(caplog, logging.WARNING) == []
        assert not list(corpus_store_path.parent.glob(f"{corpus_store_path.name}.search.sqlite*"))
    finally:
        close_app(app)
