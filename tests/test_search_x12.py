"""The search index's leftovers after session 11 (helper X, session 12): the exact-name check folds case in every
script, reconciliation's candidates are ranked by each name's own row as search ranks, and a row SQLite gives no id
is an error that rolls the write back, not an ``assert``."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server import search

BASE = "http://localhost:8000/"
BODY = URIRef("https://schema.org/articleBody")


def _store(path: Path, triples: list[tuple[URIRef, URIRef, Literal]]) -> EmbeddedStore:
    g = Graph()
    for t in triples:
        g.add(t)
    store = EmbeddedStore(path)
    store.apply(Change(replace={URIRef(BASE + "graph/x12"): g}))
    return store


def _index(tmp_path: Path, store: EmbeddedStore) -> search.Index:
    index = search.Index(tmp_path / "index.sqlite", store, BASE)
    index.open()
    return index


def _exact_store(path: Path) -> EmbeddedStore:
    """A State named "Россия" (an alternative label) and "Türkiye", beside resources whose names hold the same word
    and whose texts say it again and again (BM25 puts them first unless the exact name wins)."""
    state, party = URIRef(BASE + "id/state/russian-federation"), URIRef(BASE + "id/organization/er")
    turkiye, forum = URIRef(BASE + "id/state/turkiye"), URIRef(BASE + "id/organization/tf")
    return _store(path, [
        (state, SKOS.prefLabel, Literal("Russian Federation", lang="en")),
        (state, SKOS.altLabel, Literal("Россия", lang="ru")),
        (party, SKOS.prefLabel, Literal("Единая Россия", lang="ru")),
        (party, BODY, Literal("Россия, Россия и Россия: партия о России и Россия снова.", lang="ru")),
        (turkiye, SKOS.prefLabel, Literal("Türkiye", lang="en")),
        (forum, SKOS.prefLabel, Literal("Türkiye Forum", lang="en")),
        (forum, BODY, Literal("Türkiye and Türkiye again: a forum on Türkiye, for Türkiye.", lang="en")),
    ])


@pytest.mark.parametrize("typed, first", [
    ("Россия", "russian-federation"),          # as written: exact before and after
    ("россия", "russian-federation"),          # lower case Cyrillic: SQLite's NOCASE folds A-Z only
    ("РОССИЯ", "russian-federation"),
    ("TÜRKIYE", "turkiye"),                    # the display label, upper case beyond A-Z
    ("türkiye", "turkiye"),
    ("  russian   FEDERATION ", "russian-federation"),
])
def test_a_name_typed_in_another_case_is_still_the_exact_name(tmp_path: Path, typed: str, first: str) -> None:
    store = _exact_store(tmp_path / "store")
    try:
        hits, total = _index(tmp_path, store).search(search.Query(typed))
        assert total >= 1 and hits[0].iri.endswith("/" + first), [h.label for h in hits]
    finally:
        store.close()


def test_folded_collapses_spacing_and_folds_every_case_but_keeps_accents() -> None:
    assert search.folded("  Straße  der  OSZE ") == "strasse der osze"
    assert search.folded("ΣΟΦΙΑ") == search.folded("σοφια")
    assert search.folded("Türkiye") != search.folded("Turkiye")


def _many_names_store(path: Path, foreign: int) -> EmbeddedStore:
    """A field named "Countering terrorism" with ``foreign`` alternative labels not holding the word, and two bodies
    whose one name holds it among more words (search's own case, tests/test_search.py)."""
    field, unit, office = (URIRef(BASE + k) for k in ("id/field/ct", "id/organization/atu", "id/organization/oct"))
    triples = [(field, SKOS.prefLabel, Literal("Countering terrorism", lang="en")),
               (unit, SKOS.prefLabel, Literal("Action against Terrorism Unit", lang="en")),
               (office, SKOS.prefLabel, Literal("Office of the Counter-Terrorism Co-ordinator", lang="en"))]
    triples += [(field, SKOS.altLabel, Literal(f"Borba protiv nasilnog ekstremizma broj{i} i radikalizacije",
                                               lang="bs")) for i in range(foreign)]
    return _store(path, triples)


@pytest.mark.parametrize("foreign", [0, 60])
def test_reconciliation_candidates_are_ranked_by_their_best_name_not_by_how_many_names(tmp_path: Path,
                                                                                      foreign: int) -> None:
    """One row of all its names, the 60 names in another language put the field behind the two bodies (BM25 holds a
    row's length against it), out of a pool of one or two."""
    store = _many_names_store(tmp_path / "store", foreign)
    try:
        index = _index(tmp_path, store)
        pool = index.candidates("terrorism", None, 1)
        assert [c.iri.rsplit("/", 1)[-1] for c in pool] == ["ct"]
        assert pool[0].label == "Countering terrorism" and "Countering terrorism" in pool[0].names
        assert [c.iri.rsplit("/", 1)[-1] for c in index.candidates("terrorism unit", None, 3)][0] == "atu"
        assert index.candidates("terrorism", f"{BASE}nothing", 5) == []
    finally:
        store.close()


class _NoRowId:
    """A connection whose insert into ``iris`` gives no row id (what ``Cursor.lastrowid`` may be)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def execute(self, sql: str, args: object = ()) -> object:
        cursor = self.db.execute(sql, args)  # type: ignore[arg-type]
        if sql.startswith("INSERT INTO iris"):
            class _Cursor:
                lastrowid = None
            return _Cursor()
        return cursor

    def executemany(self, sql: str, rows: object) -> object:
        return self.db.executemany(sql, rows)  # type: ignore[arg-type]


def test_a_row_without_an_id_is_an_index_error_and_the_refresh_keeps_the_index_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _exact_store(tmp_path / "store")
    try:
        index = _index(tmp_path, store)
        docs = search.collect(store, BASE)
        with sqlite3.connect(":memory:") as db:
            search._write(db, [], "v", "")
            with pytest.raises(search.IndexWriteError, match="russian-federation|turkiye|organization"):
                search._insert(_NoRowId(db), docs)  # type: ignore[arg-type]
        assert issubclass(search.IndexWriteError, sqlite3.Error)  # logged as the start's build logs its errors

        # a rebuild meeting it: the error reaches the caller, the file is left as it was, the index stays stale
        real = search._insert
        monkeypatch.setattr(search, "_insert", lambda db, docs: real(_NoRowId(db), docs))  # type: ignore[arg-type]
        index.mark_stale()
        with sqlite3.connect(index.path) as db:
            db.execute("UPDATE meta SET value = 'old' WHERE key = 'version'")
        db.close()
        with pytest.raises(search.IndexWriteError):
            index.ensure_fresh()
        assert not list(tmp_path.glob("index.sqlite*.tmp"))  # the half-built file is gone
        with sqlite3.connect(index.path) as db:
            assert db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone() == ("old",)
        db.close()
        monkeypatch.setattr(search, "_insert", real)
        hits, _ = index.search(search.Query("Россия"))  # still stale: the next search rebuilds
        assert hits[0].iri.endswith("/russian-federation")
    finally:
        store.close()


def test_an_index_file_of_another_layout_is_rebuilt_not_reindexed_in_place(tmp_path: Path) -> None:
    """A file written by an older layout (no ``schema`` row) with writes since it was built: reindexing in place
    would insert rows its tables do not fit; it is rebuilt whole."""
    store = _exact_store(tmp_path / "store")
    try:
        import datetime as dt

        from osce_kg.loader.audit import AuditLog

        index = _index(tmp_path, store)
        with sqlite3.connect(index.path) as db:
            meta = dict(db.execute("SELECT key, value FROM meta"))
            assert meta["schema"] == str(search.INDEX_SCHEMA)
        db.close()
        # a write with its audit record, as the gate writes it: told from its record, reindexed in place
        added = [(URIRef(BASE + "id/city/c1"), SKOS.prefLabel, Literal("Blorptown", lang="en"),
                  URIRef(BASE + "graph/c1"))]
        _, record = AuditLog(BASE).record(added, [], actor="test", now=dt.datetime.now(dt.timezone.utc))
        store.apply(Change(add=added + record))
        assert search.changed_subjects(store, BASE, meta["audit"]) == {BASE + "id/city/c1"}
        with sqlite3.connect(index.path) as db:
            db.execute("DELETE FROM meta WHERE key = 'schema'")   # as a file of layout 6 had it
        db.close()
        built = index.path.stat().st_ino
        index.open()
        assert index.path.stat().st_ino != built, "reindexed in place"
        with sqlite3.connect(index.path) as db:
            assert dict(db.execute("SELECT key, value FROM meta"))["schema"] == str(search.INDEX_SCHEMA)
            assert db.execute("SELECT count(*) FROM docs WHERE folded = 'blorptown'").fetchone() == (1,)
        db.close()
    finally:
        store.close()
