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

from ld_data import hand_built

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
