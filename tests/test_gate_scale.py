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
