"""The gate at scale: a batch of changes (``Gate.commit_many``) gives the verdicts of
committing them one by one, and writes the accepted ones in one transaction; the
validation context of a change stays within what the shapes look at."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from gate_fixtures import DATA, EX, ONTOLOGY, SHAPES, graph, release
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.errors import UsageError, ValidationFailed
from osce_kg.loader.gate import Gate, GateResult
from osce_kg.loader.store import Change, EmbeddedStore

REF = URIRef(EX + "graph/ref")


def g(key: str) -> URIRef:
    return URIRef(EX + "graph/" + key)


def n(key: str) -> URIRef:
    return URIRef(EX + key)


def new_store(path: Path) -> EmbeddedStore:
    s = EmbeddedStore(path)
    s.apply(Change(replace={REF: graph(DATA)}))
    return s


@pytest.fixture
def store(tmp_path: Path):
    s = new_store(tmp_path / "store")
    yield s
    s.close()


@pytest.fixture
def gate(store) -> Gate:
    return Gate(store, graph(SHAPES), graph(ONTOLOGY), audit=AuditLog(EX))


class CountingStore:
    """A store whose ``apply`` calls are counted (one transaction each)."""

    def __init__(self, inner: EmbeddedStore) -> None:
        self.inner = inner
        self.applied = 0

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def apply(self, change: Change) -> None:
        self.applied += 1
        self.inner.apply(change)


def data_quads(store) -> set:
    audit = URIRef(EX + "graph/audit")
    return {q for q in store.quads() if q[3] != audit}


def one_by_one(tmp_path: Path, changes: list[Change]) -> tuple[list[bool], set]:
    """The verdicts and final store of committing ``changes`` one at a time with ``commit``."""
    store = new_store(tmp_path / "one-by-one")
    gate = Gate(store, graph(SHAPES), graph(ONTOLOGY), audit=AuditLog(EX))
    verdicts = []
    for change in changes:
        try:
            gate.commit(change)
            verdicts.append(True)
        except ValidationFailed:
            verdicts.append(False)
    out = data_quads(store)
    store.close()
    return verdicts, out


def batch(tmp_path: Path, changes: list[Change]) -> tuple[list[bool], set, list, int]:
    store = CountingStore(new_store(tmp_path / "batch"))
    gate = Gate(store, graph(SHAPES), graph(ONTOLOGY), audit=AuditLog(EX))  # type: ignore[arg-type]
    results = gate.commit_many(changes, actor="tester", via="load")
    out = data_quads(store)
    records = AuditLog(EX).feed(store, limit=100)
    store.inner.close()
    return [isinstance(r, GateResult) for r in results], out, records, store.applied


def test_batch_commits_the_accepted_in_one_transaction_and_reports_the_rejected(tmp_path):
    changes = [Change(replace={g("r1"): graph(release("r1"))}),
               Change(replace={g("r2"): graph(release("r2", date="2020"))}),  # bad datatype
               Change(replace={g("r3"): graph(release("r3", state="t1"))}),  # a Topic is not a State
               Change(replace={g("r4"): graph(release("r4"))})]
    store = CountingStore(new_store(tmp_path / "s"))
    gate = Gate(store, graph(SHAPES), graph(ONTOLOGY), audit=AuditLog(EX))  # type: ignore[arg-type]
    results = gate.commit_many(changes, files=["a.txt", "b.txt", "c.txt", "d.txt"], actor="tester", via="load")
    assert [type(r).__name__ for r in results] == ["GateResult", "ValidationFailed", "ValidationFailed", "GateResult"]
    assert store.applied == 1
    bad = results[1]
    assert isinstance(bad, ValidationFailed) and bad.file == "b.txt"
    assert ("DatatypeConstraintComponent", EX + "r2") in {(v.constraint, v.focus_node) for v in bad.violations}
    assert bad.report_graph is not None
    assert ("ClassConstraintComponent", EX + "r3") in {(v.constraint, v.focus_node) for v in results[2].violations}
    assert set(store.named_graphs()) >= {g("r1"), g("r4")}
    assert not store.has_graph(g("r2")) and not store.has_graph(g("r3"))
    # one audit record per accepted change, with its own file and diff
    records = {r.file: r for r in AuditLog(EX).feed(store, limit=10)}
    assert set(records) == {"a.txt", "d.txt"}
    assert records["a.txt"].graphs == [str(g("r1"))] and records["a.txt"].added == len(graph(release("r1")))
    assert {records["a.txt"].id, records["d.txt"].id} == {results[0].change_id, results[3].change_id}
    store.inner.close()


def test_batch_verdicts_and_store_match_committing_one_by_one(tmp_path):
    """Changes that build on each other: the batch sees its earlier accepted changes."""
    changes = [
        # a release citing a unit that only an earlier change of the batch creates
        Change(add=[(n("u9"), RDF.type, n("Unit"), g("u9"))]),
        Change(replace={g("r1"): graph(release("r1", unit="u9"))}),
        Change(replace={g("r2"): graph(release("r2", unit="u9"))}),
        # a third referrer breaks the unit's maxCount 2 on the inverse path
        Change(replace={g("r3"): graph(release("r3", unit="u9"))}),
        # the same graph replaced twice: the second document wins, and is checked over the first
        Change(replace={g("r4"): graph(release("r4", title="First"))}),
        Change(replace={g("r4"): graph(release("r4", title="Second"))}),
        # a change that is only valid because an earlier one in the batch was rejected
        Change(replace={g("r5"): graph(release("r5", date="2020"))}),
        # retyping the State (a Topic now) breaks every release citing it, in store and in batch
        Change(remove=[(n("austria"), RDF.type, n("ParticipatingState"), REF)],
               add=[(n("austria"), RDF.type, n("Topic"), REF)]),
        # a graph dropped, then written again
        Change(drop={g("r1")}),
        Change(replace={g("r1"): graph(release("r1", title="Again"))}),
        # a graph replaced with nothing
        Change(replace={g("r2"): graph("")}),
    ]
    expected_verdicts, expected_store = one_by_one(tmp_path, changes)
    verdicts, got_store, records, applied = batch(tmp_path, changes)
    assert verdicts == expected_verdicts
    assert expected_verdicts[:8] == [True, True, True, False, True, True, False, False]
    assert got_store == expected_store
    assert applied == 1
    assert len(records) == sum(verdicts)
    assert (n("r4"), n("title"), Literal("Second"), g("r4")) in got_store
    assert (n("r4"), n("title"), Literal("First"), g("r4")) not in got_store


def test_batch_drops_a_graph_it_empties(tmp_path, gate, store):
    gate.commit(Change(replace={g("r1"): graph(release("r1"))}))
    results = gate.commit_many([Change(drop={g("r1")})])
    assert isinstance(results[0], GateResult)
    assert not store.has_graph(g("r1"))


def test_batch_replaces_graphs_holding_blank_nodes(tmp_path, gate, store):
    """Blank nodes cannot be deleted one by one: a replaced graph is dropped and written whole."""
    note = 'ex:{key} ex:note [ ex:label "{label}" ] .'
    gate.commit(Change(replace={g("r1"): graph(release("r1", extra=note.format(key="r1", label="x")))}))
    changes = [Change(replace={g("r1"): graph(release("r1", title="New", extra=note.format(key="r1", label="y")))}),
               Change(replace={g("r2"): graph(release("r2", extra=note.format(key="r2", label="z")))})]
    results = gate.commit_many(changes)
    assert all(isinstance(r, GateResult) for r in results)
    labels = {str(row["l"]) for row in store.select(
        f"SELECT ?l WHERE {{ GRAPH ?g {{ ?r <{EX}note> ?b . ?b <{EX}label> ?l }} }}")}
    assert labels == {"y", "z"}
    assert {str(q[2]) for q in store.quads(g("r1")) if q[1] == n("title")} == {"New"}


def test_batch_touching_a_protected_graph_writes_nothing(gate, store):
    before = set(store.quads())
    with pytest.raises(UsageError):
        gate.commit_many([Change(replace={g("r1"): graph(release("r1"))}),
                          Change(add=[(n("x"), RDF.type, n("Unit"), URIRef(EX + "graph/audit"))])])
    assert set(store.quads()) == before


def test_batch_with_nothing_accepted_writes_nothing(tmp_path):
    store = CountingStore(new_store(tmp_path / "s"))
    gate = Gate(store, graph(SHAPES), graph(ONTOLOGY))  # type: ignore[arg-type]
    results = gate.commit_many([Change(replace={g("r1"): graph(release("r1", date="x"))})])
    assert isinstance(results[0], ValidationFailed)
    assert store.applied == 0
    store.inner.close()


def test_before_apply_stops_the_whole_batch(gate, store):
    before = set(store.quads())

    def refuse() -> None:
        raise RuntimeError("client gone")

    with pytest.raises(RuntimeError):
        gate.commit_many([Change(replace={g("r1"): graph(release("r1"))})], before_apply=refuse)
    assert set(store.quads()) == before


# ---------------------------------------------------------------------------
# hubs: a node thousands of documents write to
# ---------------------------------------------------------------------------
HUB_SHAPES = """
@prefix ex: <http://example.org/> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
ex:PostShape a sh:NodeShape ; sh:targetClass ex:Post ;
  sh:property [ sh:path ex:heldBy ; sh:class ex:Person ] ;
  sh:property [ sh:path ex:postIn ; sh:maxCount 1 ] ;
  sh:property [ sh:path ex:label ; sh:uniqueLang true ] ;
  sh:or ( [ sh:class ex:StandingPost ] [ sh:path ex:heldBy ; sh:minCount 1 ] ) .
ex:PersonShape a sh:NodeShape ; sh:targetClass ex:Person ;
  sh:property [ sh:path ex:holds ; sh:class ex:Post ] ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .
"""
POST = n("post")


class CountingReads:
    """An embedded store that counts the quads its pattern lookups hand out (a probe of a whole
    quad counts one), through the store protocol the gate reads."""

    def __init__(self, inner: EmbeddedStore) -> None:
        self.inner = inner
        self.read = 0

    def quads_for_pattern(self, *args, **kwargs):
        for q in self.inner.quads_for_pattern(*args, **kwargs):
            self.read += 1
            yield q

    def has_quad(self, s=None, p=None, o=None, g=None) -> bool:
        if None not in (s, p, o, g):
            self.read += 1
            return self.inner.has_quad(s, p, o, g)
        return any(True for _ in self.quads_for_pattern(s, p, o, g))

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def holder(i: int) -> Change:
    """A document naming the post's holder ``i`` (and restating the post's type, as documents do)."""
    person, doc = n(f"p{i}"), g(f"d{i}")
    return Change(add=[(person, RDF.type, n("Person"), doc), (person, n("name"), Literal(f"P {i}"), doc),
                       (person, n("holds"), POST, doc), (POST, n("heldBy"), person, doc),
                       (POST, RDF.type, n("Post"), doc)])


def hub_store(path: Path, holders: int) -> CountingReads:
    store = EmbeddedStore(path)
    store.apply(Change(add=[(POST, RDF.type, n("Post"), REF), (POST, n("postIn"), n("org"), REF),
                            (POST, n("label"), Literal("Head", lang="en"), REF)]))
    for start in range(0, holders, 500):
        batch = [holder(i) for i in range(start, min(holders, start + 500))]
        store.apply(Change(add=[q for c in batch for q in c.add]))
    return CountingReads(store)


@pytest.fixture(scope="module")
def hubs(tmp_path_factory):
    stores = {size: hub_store(tmp_path_factory.mktemp(f"hub{size}"), size) for size in (10, 300, 3000)}
    yield {size: Gate(store, graph(HUB_SHAPES)) for size, store in stores.items()}  # type: ignore[arg-type]
    for store in stores.values():
        store.inner.close()


def reads(gate: Gate, change: Change) -> tuple[int, GateResult]:
    store = gate.store
    store.read = 0  # type: ignore[attr-defined]
    result = gate.check(change)
    return store.read, result  # type: ignore[attr-defined]


def test_a_new_holder_of_a_hub_reads_the_same_whatever_the_hubs_size(hubs):
    counts = {size: reads(gate, holder(100_000)) for size, gate in hubs.items()}
    assert all(result.conforms for _, result in counts.values())
    assert counts[300][0] == counts[3000][0]  # a hub is read as far as its shapes need, not in full
    assert counts[3000][0] < 300
    assert counts[10][0] >= 23 + 10  # a small node is still read whole: its 23 quads, its holders' types


@pytest.mark.parametrize("size", [10, 3000])
def test_a_hubs_verdicts_are_kept(hubs, size):
    gate = hubs[size]
    stray = Change(add=[(POST, n("heldBy"), n("org"), g("x"))])  # not a Person
    assert ("ClassConstraintComponent", EX + "post") in {
        (v.constraint, v.focus_node) for v in gate.check(stray).violations}
    second = Change(add=[(POST, n("postIn"), n("org2"), g("x"))])  # maxCount 1 on a 3,000-value hub
    assert ("MaxCountConstraintComponent", EX + "post") in {
        (v.constraint, v.focus_node) for v in gate.check(second).violations}
    label = Change(add=[(POST, n("label"), Literal("Chef", lang="en"), g("x"))])  # uniqueLang reads every label
    assert ("UniqueLangConstraintComponent", EX + "post") in {
        (v.constraint, v.focus_node) for v in gate.check(label).violations}
    # one old holder loses its type: the post's link to that holder is in the context, wherever it is
    retype = Change(remove=[(n("p7"), RDF.type, n("Person"), g("d7"))])
    assert ("ClassConstraintComponent", EX + "post", EX + "p7") in {
        (v.constraint, v.focus_node, v.value) for v in gate.check(retype).violations}
    # the post keeps one holder when all but one go
    assert gate.check(Change(drop={g(f"d{i}") for i in range(1, size)})).conforms


class SparqlOnly:
    """A store reached through SPARQL only (as a remote one is): no pyoxigraph handle."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __getattr__(self, name: str):
        if name == "raw":
            raise AttributeError(name)
        return getattr(self.inner, name)


def test_a_hubs_verdicts_are_kept_through_sparql(hubs):
    gate = Gate(SparqlOnly(hubs[300].store), graph(HUB_SHAPES))  # type: ignore[arg-type]
    assert gate.check(holder(100_000)).conforms
    second = Change(add=[(POST, n("postIn"), n("org2"), g("x"))])
    assert ("MaxCountConstraintComponent", EX + "post") in {
        (v.constraint, v.focus_node) for v in gate.check(second).violations}
    retype = Change(remove=[(n("p7"), RDF.type, n("Person"), g("d7"))])
    assert ("ClassConstraintComponent", EX + "post", EX + "p7") in {
        (v.constraint, v.focus_node, v.value) for v in gate.check(retype).violations}
