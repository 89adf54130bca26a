"""VoID's dataset counts (issue 14): counted in passes that each hold one set of distinct terms (a
property's distinct triples, the distinct subjects, the distinct objects) instead of one ``DISTINCT``
over every triple of the store, with the same numbers as that one query, on a small store after
writes that restate triples in other graphs, deletions, tombstones and a dropped graph."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef

from osce_kg.loader.iri import Minter
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server.describe import tombstone_graph
from osce_kg.server.void import dataset_counts, property_counts

from ld_data import hand_built, whole_store_builds_done

BASE = "http://localhost:8000/"
MINTER = Minter(BASE)
ALBANIA = URIRef(f"{BASE}id/state/albania")
LABEL = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def one_query(store: EmbeddedStore) -> dict[str, int]:
    """The counts as the single whole-store query computed them before (the oracle)."""
    tomb = tombstone_graph(MINTER).n3()
    rows = store.select(
        "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?distinctSubjects) "
        "(COUNT(DISTINCT ?o) AS ?distinctObjects) (COUNT(DISTINCT ?e) AS ?entities) WHERE { "
        f"{{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {tomb}) }} }} "
        f"BIND(IF(STRSTARTS(STR(?s), \"{BASE}id/\"), ?s, ?unbound) AS ?e) }}")
    return {k: int(str(rows[0][k])) for k in ("triples", "entities", "distinctSubjects", "distinctObjects")}


def graph(*triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def test_dataset_counts_equal_the_one_query_after_writes_and_deletes(tmp_path: Path):
    store = EmbeddedStore(tmp_path / "store")
    hand_built(store, BASE)
    seen = []

    def check() -> None:
        counts = dataset_counts(store, MINTER)
        assert counts == one_query(store)
        assert dataset_counts(store, MINTER, property_counts(store, MINTER)) == counts
        seen.append(counts)

    check()
    person = URIRef(f"{BASE}id/person/ana-novak")
    # Albania's type and label restated in a graph of their own (counted once), and a new resource
    store.apply(Change(replace={URIRef(f"{BASE}graph/restated"): graph(
        (ALBANIA, TYPE, URIRef("https://w3id.org/osce-kg/ontology#ParticipatingState")),
        (ALBANIA, LABEL, Literal("Albania", lang="en")),
        (person, LABEL, Literal("Ana Novak")), (person, URIRef("http://x/knows"), ALBANIA))}))
    check()
    # a subject outside /id/, and an object that is also a subject
    store.apply(Change(add=[(URIRef("http://x/outside"), URIRef("http://x/p"), person, URIRef(f"{BASE}graph/more"))]))
    check()
    # deletions: the restated label goes from one graph (still in the other), the new resource's knows goes
    store.apply(Change(remove=[(ALBANIA, LABEL, Literal("Albania", lang="en"), URIRef(f"{BASE}graph/restated")),
                               (person, URIRef("http://x/knows"), ALBANIA, URIRef(f"{BASE}graph/restated"))]))
    check()
    # tombstones are not counted; a dropped graph's triples go
    store.apply(Change(add=[(person, URIRef("http://www.w3.org/ns/prov#invalidatedAtTime"),
                             Literal("2026-01-01T00:00:00Z"), tombstone_graph(MINTER))],
                       drop={URIRef(f"{BASE}graph/more")}))
    check()
    assert len({tuple(sorted(c.items())) for c in seen}) >= 4, "the writes changed the counts"
    assert seen[1]["triples"] == seen[0]["triples"] + 2  # Albania's restated type and label counted once
    store.close()


def comparable(counts) -> dict:
    """Every number and term of VoidCounts but where in the history they were counted."""
    out = dict(counts.__dict__)
    for name in ("position", "updates"):
        out.pop(name)
    return out


def test_counts_updated_from_the_audit_records_equal_counting_again(tmp_path: Path):
    """VoID incremental (issue 14): after each write through the gate (audited, with tombstones), the counts
    updated from the write's audit record are exactly those counted over the whole store: restated triples,
    a new class and its example, a newer load time, removals down to a key's last copy, a resource gone
    (tombstoned), a removed example, a dropped graph, and several writes between two updates."""
    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.gate import Gate
    from osce_kg.loader.tombstones import Tombstones
    from osce_kg.server.void import count_all, refresh_counts, update_counts, void_graph

    store = EmbeddedStore(tmp_path / "store")
    hand_built(store, BASE)
    gate = Gate(store, Graph(), audit=AuditLog(BASE), tombstones=Tombstones.of(MINTER))
    counts = count_all(store, MINTER)
    assert counts.position == ""  # no audit record yet
    person, other = URIRef(f"{BASE}id/person/ana-novak"), URIRef(f"{BASE}id/person/aaron-first")
    knows, when = URIRef("http://x/knows"), URIRef("http://www.w3.org/ns/prov#generatedAtTime")
    thing = URIRef("https://w3id.org/osce-kg/ontology#Thing")
    restated, more = URIRef(f"{BASE}graph/restated"), URIRef(f"{BASE}graph/more")
    stamp = Literal("2031-01-01T00:00:00Z", datatype=URIRef("http://www.w3.org/2001/XMLSchema#dateTime"))
    writes = [
        [Change(replace={restated: graph(
            (ALBANIA, TYPE, URIRef("https://w3id.org/osce-kg/ontology#ParticipatingState")),
            (ALBANIA, LABEL, Literal("Albania", lang="en")), (person, TYPE, thing),
            (person, LABEL, Literal("Ana Novak")), (person, knows, ALBANIA), (restated, when, stamp))})],
        [Change(add=[(other, TYPE, thing, more), (other, knows, person, more),
                     (URIRef("http://x/outside"), URIRef("http://x/p"), person, more)])],
        [Change(remove=[(ALBANIA, LABEL, Literal("Albania", lang="en"), restated),
                        (other, TYPE, thing, more), (other, knows, person, more)])],  # the example goes, other is gone
        [Change(remove=[(restated, when, stamp, restated)]),  # the newest load time goes
         Change(drop={more})],
    ]
    seen = [comparable(counts)]
    for batch in writes:
        for change in batch:
            gate.commit(change, actor="test")
        updated = update_counts(store, MINTER, counts)
        assert updated is not None, "the audit records hold every quad: updated, not counted again"
        whole = count_all(store, MINTER)
        assert comparable(updated) == comparable(whole)
        assert updated.position == whole.position
        assert void_graph(store, MINTER, counts=updated).isomorphic(void_graph(store, MINTER))
        counts = updated
        seen.append(comparable(counts))
    assert len({repr(c) for c in seen}) == len(seen), "every write changed the counts"
    assert seen[1]["examples"][str(thing)] == str(person) and seen[2]["examples"][str(thing)] == str(other)
    assert seen[3]["examples"][str(thing)] == str(person)
    assert seen[1]["modified"] == str(stamp) and seen[4]["modified"] != str(stamp)
    # no write since: the same counts; a write without an audit record: counted again (None), unless read
    # back from disk at start with the store the same size
    assert update_counts(store, MINTER, counts) is None
    assert update_counts(store, MINTER, counts, kept=True) is counts
    store.apply(Change(add=[(person, knows, other, restated)]))
    assert update_counts(store, MINTER, counts, kept=True) is None
    assert comparable(refresh_counts(store, MINTER, counts)) == comparable(count_all(store, MINTER))
    store.close()


def test_the_server_updates_void_after_a_write_and_takes_the_kept_counts_at_start(tmp_path: Path, monkeypatch):
    """In the app: after a write through the gate the new VoID comes from the counts updated, never from
    counting the whole store; a restart takes the counts kept beside the store without counting either."""
    import time

    from osce_kg.loader.settings import Settings
    from osce_kg.server import void
    from osce_kg.server.app import close_app, create_app
    from osce_kg.server.services import EXTENSION_KEY
    from osce_kg.server.updates import gate_of

    path = tmp_path / "store"
    store = EmbeddedStore(path)
    hand_built(store, BASE)
    app = create_app(Settings(store=path, base=BASE), store=store)
    first = app.test_client().get("/void.nt")
    assert first.status_code == 200
    real, counted = void.count_all, []

    def counting(*args, **kwargs):
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(void, "count_all", counting)
    svc = app.extensions[EXTENSION_KEY]
    person = URIRef(f"{BASE}id/person/ana-novak")
    gate_of(svc).commit(Change(add=[(person, LABEL, Literal("Ana Novak"), URIRef(f"{BASE}graph/more"))]),
                        actor="test", managed=True)
    svc.written()
    deadline = time.monotonic() + 60
    while (now := app.test_client().get("/void.nt")).data == first.data or "Age" in now.headers:
        assert time.monotonic() < deadline, "VoID was not brought up to the write"
        time.sleep(0.05)
    assert not counted, "the write was counted whole again"
    counted_now = void.void_graph(store, MINTER, license=svc.settings.license, counts=real(store, MINTER))
    assert Graph().parse(data=now.data, format="nt").isomorphic(counted_now)
    deadline = time.monotonic() + 30
    folder = path.parent / f"{path.name}.figures"
    while not any(folder.glob("*.pickle")) and time.monotonic() < deadline:
        time.sleep(0.05)
    whole_store_builds_done()  # the kept counts are written after the graph is handed over
    close_app(app)  # the search index's start build stopped and waited for, then the store closed
    store = EmbeddedStore(path)
    again = create_app(Settings(store=path, base=BASE), store=store)
    deadline = time.monotonic() + 60
    while (later := again.test_client().get("/void.nt")).data != now.data or "Age" in later.headers:
        assert time.monotonic() < deadline, "VoID was not taken from the kept counts"
        time.sleep(0.05)
    assert not counted, "a restart counted the unchanged store again"
    close_app(again)
