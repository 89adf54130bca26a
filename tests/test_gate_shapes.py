"""For each of the project's shapes: an invalid update is rejected with the right focus node and
constraint and leaves the store's quads unchanged; the matching valid update is accepted.

The cases are derived from the shapes themselves (every property shape with a simple path on
a class-targeted node shape, for minCount, maxCount, datatype, class and in), applied to a
real node of the loaded example corpus.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH, XSD

from osce_kg.loader import mapping
from osce_kg.loader.errors import ValidationFailed
from osce_kg.loader.gate import Gate
from osce_kg.loader.iri import Minter
from osce_kg.loader.store import Change, EmbeddedStore

BASE = "http://localhost:8000/"
MINTER = Minter(BASE)
CONSTRAINTS = {SH.minCount: "MinCountConstraintComponent", SH.maxCount: "MaxCountConstraintComponent",
               SH.datatype: "DatatypeConstraintComponent", SH["class"]: "ClassConstraintComponent",
               SH["in"]: "InConstraintComponent"}


def cases() -> list[tuple[str, URIRef, URIRef, URIRef, object]]:
    """(id, target class, property shape, constraint parameter, its value) for every testable constraint."""
    shapes = mapping.shapes_graph(MINTER)
    out = []
    for node_shape, cls in shapes.subject_objects(SH.targetClass):
        for prop in shapes.objects(node_shape, SH.property):
            path = shapes.value(prop, SH.path)
            if not isinstance(path, URIRef) or shapes.value(prop, SH.severity) not in (None, SH.Violation):
                continue
            for param, _ in CONSTRAINTS.items():
                value = shapes.value(prop, param)
                if value is None or (param == SH.minCount and int(value) < 1):
                    continue
                name = f"{str(prop).rsplit('#', 1)[-1]}-{str(param).rsplit('#', 1)[-1]}"
                out.append((name, cls, prop, param, value))
    return sorted(out, key=lambda c: c[0])


CASES = cases()


@pytest.fixture(scope="module")
def gate_store(corpus_store_template: Path, tmp_path_factory):
    """One copy of the corpus store for the module: every test leaves it as it found it."""
    import shutil

    path = tmp_path_factory.mktemp("shapes") / "store"
    shutil.copytree(corpus_store_template, path)
    store = EmbeddedStore(path)
    gate = Gate(store, mapping.shapes_graph(MINTER), mapping.ontology_graph(MINTER))
    yield gate, store
    store.close()


def find_focus(store, gate: Gate, cls: URIRef, path: URIRef) -> tuple[URIRef, URIRef, object] | None:
    """A node of class ``cls`` (or a subclass) with a value for ``path``: (node, graph, value)."""
    hierarchy = gate.hierarchy
    classes = {cls} | set(hierarchy.subjects(RDFS.subClassOf, cls))
    values = " ".join(c.n3() for c in classes)
    rows = store.select(f"SELECT ?f ?g ?v WHERE {{ VALUES ?t {{ {values} }} GRAPH ?g {{ ?f a ?t ; {path.n3()} ?v }} "
                        f"FILTER(isIRI(?f)) }} ORDER BY ?f ?v LIMIT 1")
    return (rows[0]["f"], rows[0]["g"], rows[0]["v"]) if rows else None


def wrong_value(param: URIRef, value: object, old: object, shapes: Graph) -> list[object]:
    """Values that break the constraint."""
    if param == SH.datatype:
        return [Literal("true", datatype=XSD.boolean if value != XSD.boolean else XSD.integer)]
    if param == SH["class"]:
        return [URIRef(BASE + "id/nothing/untyped")]
    if param == SH["in"]:
        return [Literal("not one of the allowed values") if isinstance(old, Literal) else URIRef(BASE + "id/nothing/x")]
    if param == SH.maxCount:
        extra = [Literal(f"{old} (extra {i})", lang=getattr(old, "language", None)) if isinstance(old, Literal)
                 else URIRef(f"{old}-extra-{i}") for i in range(int(value))]
        return [old, *extra]
    return []  # minCount: no value at all


def snapshot(store) -> list[bytes]:
    """Every quad of the store, as sorted N-Quads lines (a fast, exact comparison)."""
    out = io.BytesIO()
    store.dump(out, "nquads")
    return sorted(out.getvalue().splitlines())


@pytest.mark.parametrize("name,cls,prop,param,value", CASES, ids=[c[0] for c in CASES])
def test_shape_rejects_invalid_and_accepts_valid(gate_store, name, cls, prop, param, value):
    gate, store = gate_store
    path = gate.shapes.value(prop, SH.path)
    found = find_focus(store, gate, cls, path)
    if found is None:
        pytest.skip(f"no {cls} with {path} in the example corpus")
    focus, graph, old = found
    current = [(focus, path, row["o"], row["g"]) for row in store.select(
        f"SELECT ?o ?g WHERE {{ GRAPH ?g {{ {focus.n3()} {path.n3()} ?o }} }}")]
    before = snapshot(store)
    bad = Change(remove=current, add=[(focus, path, v, graph) for v in wrong_value(param, value, old, gate.shapes)])
    with pytest.raises(ValidationFailed) as info:
        gate.commit(bad)
    hits = {(v.focus_node, v.constraint) for v in info.value.violations if v.severity == "Violation"}
    assert (str(focus), CONSTRAINTS[param]) in hits, hits
    assert snapshot(store) == before
    # the matching valid update: the same values, moved into another graph, are accepted
    elsewhere = MINTER.graph("default")
    good = Change(remove=current, add=[(s, p, o, elsewhere) for s, p, o, _ in current])
    result = gate.commit(good)
    assert result.conforms
    assert {q[:3] for q in store.quads(elsewhere)} >= {q[:3] for q in current}
    gate.commit(Change(remove=[(s, p, o, elsewhere) for s, p, o, _ in current], add=current))
    assert snapshot(store) == before


def test_enough_shapes_are_exercised():
    assert len(CASES) >= 20
