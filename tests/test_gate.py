"""The write gate: each shape's invalid change is rejected with the right focus node and
constraint and leaves the store untouched; the matching valid change is accepted."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from gate_fixtures import DATA, EX, ONTOLOGY, SHAPES, graph, release
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.errors import UsageError, ValidationFailed
from osce_kg.loader.gate import Gate, ShapeIndex
from osce_kg.loader.store import Change, EmbeddedStore

REF = URIRef(EX + "graph/ref")


def g(key: str) -> URIRef:
    return URIRef(EX + "graph/" + key)


def n(key: str) -> URIRef:
    return URIRef(EX + key)


@pytest.fixture
def store(tmp_path: Path):
    s = EmbeddedStore(tmp_path / "store")
    s.apply(Change(replace={REF: graph(DATA)}))
    yield s
    s.close()


@pytest.fixture
def gate(store) -> Gate:
    return Gate(store, graph(SHAPES), graph(ONTOLOGY), audit=AuditLog(EX))


def quads(store) -> set:
    return set(store.quads())


# (name, release keyword overrides, focus node, constraint component)
INVALID = [
    ("datatype", {"date": "2020"}, "r2", "DatatypeConstraintComponent"),
    ("class", {"state": "t1"}, "r2", "ClassConstraintComponent"),
    ("nested-node", {"topic": "u1"}, "r2", "NodeConstraintComponent"),
]


@pytest.mark.parametrize("name,kwargs,focus,constraint", INVALID, ids=[i[0] for i in INVALID])
def test_invalid_release_rejected_and_store_unchanged(gate, store, name, kwargs, focus, constraint):
    before = quads(store)
    with pytest.raises(ValidationFailed) as info:
        gate.commit(Change(replace={g("r2"): graph(release("r2", **kwargs))}))
    hits = [(v.focus_node, v.constraint) for v in info.value.violations if v.severity == "Violation"]
    assert (EX + focus, constraint) in hits
    assert quads(store) == before


def test_matching_valid_release_accepted(gate, store):
    result = gate.commit(Change(replace={g("r2"): graph(release("r2"))}))
    assert result.conforms and not result.violations
    assert (n("r2"), RDF.type, n("PressRelease"), g("r2")) in set(store.quads(g("r2")))


def test_missing_required_property_rejected(gate, store):
    text = release("r2").replace('ex:date "2020-01-02"^^xsd:date ;', "")
    with pytest.raises(ValidationFailed) as info:
        gate.commit(Change(replace={g("r2"): graph(text)}))
    assert [(v.focus_node, v.path, v.constraint) for v in info.value.violations] == [
        (EX + "r2", f"{EX}date", "MinCountConstraintComponent")]


def test_max_count_broken_by_added_quad(gate, store):
    gate.commit(Change(replace={g("r1"): graph(release("r1"))}))
    before = quads(store)
    extra = (n("r1"), n("date"), Literal("2021-01-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")), g("r1"))
    with pytest.raises(ValidationFailed) as info:
        gate.commit(Change(add=[extra]))
    assert ("http://example.org/r1", "MaxCountConstraintComponent") in {
        (v.focus_node, v.constraint) for v in info.value.violations}
    assert quads(store) == before


def test_warning_does_not_block(gate, store):
    result = gate.commit(Change(replace={g("r2"): graph(release("r2", title="x" * 50))}))
    assert result.conforms
    assert [(v.severity, v.constraint) for v in result.warnings] == [("Warning", "MaxLengthConstraintComponent")]
    assert store.has_graph(g("r2"))


def test_retyping_a_referenced_node_checks_its_referrers(gate, store):
    """Removing a State's type breaks the releases citing it, though they did not change."""
    gate.commit(Change(replace={g("r1"): graph(release("r1"))}))
    before = quads(store)
    retype = (n("austria"), RDF.type, n("ParticipatingState"), REF)
    with pytest.raises(ValidationFailed) as info:
        gate.commit(Change(remove=[retype]))
    assert (EX + "r1", "ClassConstraintComponent") in {(v.focus_node, v.constraint) for v in info.value.violations}
    assert quads(store) == before
    # retyped to a subclass of the required class: the hierarchy comes from the ontology
    ok = gate.commit(Change(remove=[retype], add=[(n("austria"), RDF.type, n("State"), REF)]))
    assert ok.conforms


def test_changing_a_nested_value_checks_who_points_to_it(gate, store):
    gate.commit(Change(replace={g("r1"): graph(release("r1"))}))
    with pytest.raises(ValidationFailed) as info:
        gate.commit(Change(remove=[(n("t1"), n("label"), Literal("Elections"), REF)]))
    assert (EX + "r1", "NodeConstraintComponent") in {(v.focus_node, v.constraint) for v in info.value.violations}


def test_inverse_path_counts_referrers(gate, store):
    gate.commit(Change(replace={g("r3"): graph(release("r3", unit="u1")), g("r4"): graph(release("r4", unit="u1"))}))
    with pytest.raises(ValidationFailed) as info:
        gate.commit(Change(replace={g("r5"): graph(release("r5", unit="u1"))}))
    assert [(v.focus_node, v.constraint) for v in info.value.violations] == [
        (EX + "u1", "MaxCountConstraintComponent")]


def test_results_about_untouched_nodes_are_ignored(gate, store):
    """A bad release already in the store (loaded around the gate) does not block others."""
    store.apply(Change(replace={g("old"): graph(release("old", date="bad"))}))
    assert gate.commit(Change(replace={g("r2"): graph(release("r2"))})).conforms


def test_diff_is_net(gate, store):
    gate.commit(Change(replace={g("r1"): graph(release("r1"))}))
    result = gate.check(Change(replace={g("r1"): graph(release("r1", title="Another"))}))
    assert [q[2] for q in result.added] == [Literal("Another")]
    assert [q[2] for q in result.removed] == [Literal("A title")]
    assert result.affected == {n("r1")}


def test_commit_writes_an_audit_record_in_the_same_transaction(gate, store):
    result = gate.commit(Change(replace={g("r2"): graph(release("r2"))}), actor="alice", via="test")
    assert result.change_id
    rows = store.select(f"SELECT ?c WHERE {{ GRAPH <{EX}graph/audit> {{ ?c a <http://www.w3.org/ns/prov#Activity> }} }}")
    assert [str(r["c"]) for r in rows] == [f"{EX}id/write/{result.change_id}"]


def test_audit_graph_cannot_be_written_through_the_gate(gate, store):
    with pytest.raises(UsageError):
        gate.commit(Change(add=[(n("x"), n("p"), n("y"), URIRef(EX + "graph/audit"))]))


def test_shape_index_reads_paths():
    idx = ShapeIndex.of(graph(SHAPES))
    assert idx.forward_looks == {n("state"): {RDF.type}, n("topic"): {n("label")}}
    assert idx.nested_forward == {n("topic")}
    assert idx.inverse == {n("unit")}


def test_unrelated_change_to_a_referenced_node_does_not_fan_out(gate, store):
    """Relabelling a State checks the State, not every release citing it (only its type matters to them)."""
    for i in range(3):
        gate.commit(Change(replace={g(f"r{i}"): graph(release(f"r{i}"))}))
    result = gate.check(Change(add=[(n("austria"), n("label"), Literal("Österreich"), REF)]))
    assert result.affected == {n("austria")}
    retyped = gate.check(Change(remove=[(n("austria"), RDF.type, n("ParticipatingState"), REF)]))
    assert retyped.affected == {n("austria"), n("r0"), n("r1"), n("r2")}


def test_check_store_finds_what_whole_graph_validation_finds(gate, store):
    """The chunked whole-store check agrees with pySHACL over the whole union graph."""
    import pyshacl

    from osce_kg.loader.gate import check_store

    changes = {g(f"r{i}"): graph(release(f"r{i}", **kw)) for i, kw in enumerate(
        [{}, {"date": "2020"}, {"state": "t1"}, {"topic": "u1"}, {"title": "x" * 50}, {"unit": "u1"}])}
    store.apply(Change(replace=changes))  # around the gate: the shapes "changed"
    report = check_store(gate, chunk=2)
    union = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    union += graph(ONTOLOGY)
    _, whole, _ = pyshacl.validate(union, shacl_graph=graph(SHAPES), inference="none", advanced=True,
                                   allow_warnings=True)
    from osce_kg.loader.gate import violations_of
    assert {(v.focus_node, v.constraint, v.severity) for v in report.violations} == \
        {(v.focus_node, v.constraint, v.severity) for v in violations_of(whole)}
    assert not report.conforms and report.graphs == 7
