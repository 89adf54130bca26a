"""The audit log: PROV-O records in their own graph, queryable, served newest first."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from osce_kg.loader import audit as audit_module
from osce_kg.loader.audit import AuditLog, nquads
from osce_kg.loader.store import Change, EmbeddedStore

BASE = "http://example.org/"
G = URIRef(BASE + "graph/doc")


def q(i: int, g: URIRef = G):
    return (URIRef(f"{BASE}s{i}"), URIRef(BASE + "p"), Literal(i), g)


@pytest.fixture
def store(tmp_path: Path):
    s = EmbeddedStore(tmp_path / "store")
    yield s
    s.close()


def test_record_is_prov_o_in_the_audit_graph(store):
    log = AuditLog(BASE)
    when = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc)
    record_id, quads = log.record([q(1), q(2)], [q(3)], actor="alice", file="a.txt", via="update", now=when)
    assert record_id.startswith("20240506T070809")
    assert {x[3] for x in quads} == {log.graph}
    store.apply(Change(add=quads))
    node = log.iri(record_id)
    triples = {(s, p, o) for s, p, o, _ in quads}
    assert (node, RDF.type, PROV.Activity) in triples
    assert (node, PROV.wasAssociatedWith, log.agent("alice")) in triples
    assert (node, PROV.used, G) in triples
    assert (node, PROV.endedAtTime, Literal(when.isoformat(), datatype=XSD.dateTime)) in triples
    rows = store.select(f"""PREFIX prov: <{PROV}>
        SELECT ?added ?removed ?plus WHERE {{ GRAPH <{log.graph}> {{
          ?c prov:wasAssociatedWith/<http://www.w3.org/2000/01/rdf-schema#label> "alice" ;
             <{log.vocab.triplesAdded}> ?added ; <{log.vocab.triplesRemoved}> ?removed ;
             <{log.vocab.addedQuads}> ?plus }} }}""")
    assert [(int(r["added"]), int(r["removed"]), str(r["plus"])) for r in rows] == [(2, 1, nquads([q(1), q(2)]))]


def test_feed_is_newest_first_and_paged(store):
    log = AuditLog(BASE)
    start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    ids = []
    for i in range(5):
        record_id, quads = log.record([q(i)], [], actor=f"user{i}", now=start + dt.timedelta(minutes=i))
        store.apply(Change(add=quads))
        ids.append(record_id)
    first = log.feed(store, limit=2)
    second = log.feed(store, limit=2, offset=2)
    assert [r.id for r in first + second] == ids[::-1][:4]
    assert first[0].agent == "user4" and first[0].graphs == [str(G)] and first[0].added == 1


def test_big_diffs_keep_counts_only(monkeypatch):
    monkeypatch.setattr(audit_module, "MAX_DIFF_QUADS", 2)
    log = AuditLog(BASE)
    _, quads = log.record([q(1), q(2), q(3)], [], actor="bulk")
    predicates = {p for _, p, _, _ in quads}
    assert log.vocab.addedQuads not in predicates
    assert (log.vocab.triplesAdded in predicates)


def test_the_audit_module_orders_its_records_by_end_time_as_values(store):
    """:func:`audit.last_write` and :func:`audit.ended_since` (the log's position and the records after
    it, which the search index and the whole-store figures both read) compare end times as
    ``xsd:dateTime`` values: Oxigraph writes 13.2 s as ``13.2Z`` and 13 s as ``13Z``, which sort as
    text after ``13.25Z`` and ``13.5Z``. The server imports both from here, no copy of its own."""
    from osce_kg.server import search, void

    log = AuditLog(BASE)
    times = ["2026-12-07T00:30:13+00:00", "2026-12-07T00:30:13.200000+00:00",
             "2026-12-07T00:30:13.250000+00:00", "2026-12-07T00:30:12.900000+00:00"]
    ids = {}
    for i, when in enumerate(times):
        record_id, quads = log.record([q(i)], [], actor="t", now=dt.datetime.fromisoformat(when))
        store.apply(Change(add=quads))
        ids[when] = str(log.iri(record_id))
    position = audit_module.last_write(store, BASE)
    newest, *records = position.split(" ")
    assert dt.datetime.fromisoformat(newest.replace("Z", "+00:00")) == dt.datetime.fromisoformat(times[2])
    assert records == [ids[times[2]]]

    def since(time: str) -> set[str]:
        rows = store.select(f"SELECT ?w WHERE {{ GRAPH <{log.graph}> {{ ?w <{PROV.endedAtTime}> ?e "
                            f"{audit_module.ended_since(time)} }} }}")
        return {str(r["w"]) for r in rows}

    assert since("") == set(ids.values())
    assert since("2026-12-07T00:30:13.2Z") == {ids[times[1]], ids[times[2]]}
    assert since("2026-12-07T00:30:13Z") == {ids[t] for t in times[:3]}
    assert since(newest) == {ids[times[2]]}
    assert search.last_write is void.last_write is audit_module.last_write
    assert search.ended_since is void.ended_since is audit_module.ended_since
