"""The compiled shapes (``loader/shapecheck.py``) against pySHACL, the oracle.

On the example corpus, on the seed plus the shared pages, on a systematic list of broken
documents (one per kind of constraint the shapes use) and on random damage (hypothesis), the
compiled checks and pySHACL report the same multiset of (focus node, path, constraint
component, severity); through the gate, a change gets the same verdict and results either way.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import FOAF, ORG, PROV, RDF, SKOS, XSD

from conftest import PAGES, SEED, build_store
from gate_fixtures import ONTOLOGY, SHAPES, graph
from osce_kg.loader import mapping
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.gate import Gate, check_store, class_hierarchy, violations_of
from osce_kg.loader.iri import Minter
from osce_kg.loader.store.shapecheck import Unsupported, compile_or_none, compile_shapes, result_key
from osce_kg.loader.store import EmbeddedStore
from osce_kg.loader.store.base import Change
from osce_kg.loader.store.embedded import to_ox, to_rdflib

BASE = "http://localhost:8000/"
OSCE = Namespace("https://w3id.org/osce-kg/ontology#")
SCHEMA = Namespace("https://schema.org/")
AUDIT = URIRef(f"{BASE}graph/audit")


@pytest.fixture(scope="module")
def project():
    minter = Minter(BASE)
    shapes, ontology = mapping.shapes_graph(minter), mapping.ontology_graph(minter)
    return shapes, ontology, compile_shapes(shapes, ontology)


def union_of(path: Path) -> tuple[Graph, set[str]]:
    """The union of a store's graphs (what pySHACL validates) and the subjects ``check`` validates."""
    store = ox.Store.read_only(str(path))
    try:
        data, subjects = Graph(), set()
        for q in store:
            data.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
            if q.graph_name != ox.NamedNode(str(AUDIT)):
                subjects.add(str(to_rdflib(q.subject)))
        return data, subjects
    finally:
        del store


def pyshacl_keys(data: Graph, shapes: Graph, ontology: Graph, focus: set[str] | None = None) -> Counter:
    """pySHACL's results on ``data`` with the ontology's class hierarchy mixed in (as the gate does)."""
    mixed = Graph()
    mixed += data
    mixed += class_hierarchy(ontology)
    _, report, _ = pyshacl.validate(mixed, shacl_graph=shapes, inference="none", allow_warnings=True,
                                    allow_infos=True)
    return Counter(result_key(v) for v in violations_of(report) if focus is None or v.focus_node in focus)


def compiled_keys(data: Graph, compiled) -> tuple[Counter, Counter]:
    """The compiled results on ``data``: over the rdflib graph, and over a pyoxigraph store holding it
    (read back from the store, and gathered from the quads as a restore's first pass gathers them)."""
    quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode("http://example.org/g")) for s, p, o in data]
    store = ox.Store()
    store.extend(quads)
    on_store = Counter(result_key(v) for v in compiled.validate_store(store))
    collector = compiled.collector(skip_suffix="/graph/audit")
    collector.add_all(quads)  # (the corpus test feeds Collector.add one quad at a time)
    gathered = Counter(result_key(v) for v in collector.validate())
    assert gathered == on_store
    on_graph = Counter(result_key(v) for v in compiled.validate_graph(data))
    return on_graph, on_store


def assert_same(expected: Counter, actual: Counter, what: str) -> None:
    if expected != actual:
        only_expected = sorted((expected - actual).elements())
        only_actual = sorted((actual - expected).elements())
        pytest.fail(f"{what}: pySHACL only {only_expected[:10]}; compiled only {only_actual[:10]}", pytrace=False)


# ---------------------------------------------------------------------------
# the corpora
# ---------------------------------------------------------------------------
def test_the_example_corpus_gives_what_pyshacl_gives(corpus_store_path, project):
    shapes, ontology, compiled = project
    data, subjects = union_of(corpus_store_path)
    expected = pyshacl_keys(data, shapes, ontology, subjects)
    assert expected, "the corpus has warnings: the comparison compares something"
    store = ox.Store.read_only(str(corpus_store_path))
    try:
        whole = Counter(result_key(v) for v in compiled.validate_store(store, skip_graphs=[AUDIT]))
        collector = compiled.collector(skip_suffix="/graph/audit")  # as import --restore gathers a dump
        for q in store:
            collector.add(q)
        gathered = Counter(result_key(v) for v in collector.validate(skip_graphs=[AUDIT]))
    finally:
        del store
    assert_same(expected, whole, "validate_store")
    assert_same(expected, gathered, "Collector")
    gate = Gate(EmbeddedStore(corpus_store_path), shapes, ontology, audit=AuditLog(BASE))
    try:
        checked = check_store(gate, workers=2)
    finally:
        gate.store.close()
    assert checked.note is None  # the compiled checks ran
    assert_same(expected, Counter(result_key(v) for v in checked.violations), "check_store")


def test_the_seed_and_shared_pages_give_what_pyshacl_gives(tmp_path, project):
    if not PAGES.exists():
        pytest.skip("the shared corpus is not here")
    shapes, ontology, compiled = project
    build_store(tmp_path / "store", [SEED, PAGES])
    data, subjects = union_of(tmp_path / "store")
    expected = pyshacl_keys(data, shapes, ontology, subjects)
    assert expected
    gate = Gate(EmbeddedStore(tmp_path / "store"), shapes, ontology, audit=AuditLog(BASE))
    try:
        checked = check_store(gate, workers=1)
    finally:
        gate.store.close()
    assert_same(expected, Counter(result_key(v) for v in checked.violations), "check_store")


# ---------------------------------------------------------------------------
# broken documents, one kind of fault at a time
# ---------------------------------------------------------------------------
_HIERARCHY: list[Graph] = []


def _instances(data: Graph, cls: URIRef) -> set:
    """The instances of ``cls`` and of its subclasses in the project's ontology."""
    if not _HIERARCHY:
        _HIERARCHY.append(class_hierarchy(mapping.ontology_graph(Minter(BASE))))
    from rdflib.namespace import RDFS

    classes = {cls} | set(_HIERARCHY[0].subjects(RDFS.subClassOf, cls))
    return {s for c in classes for s in data.subjects(RDF.type, c)}


def _subject(data: Graph, cls: URIRef, needs: URIRef | None = None, k: int = 0) -> URIRef:
    """The ``k``-th instance of ``cls`` (with a ``needs`` value), in a stable order."""
    found = sorted(s for s in _instances(data, cls) if needs is None or (s, needs, None) in data)
    assert found, f"the corpus has no {cls} with {needs}"
    return found[min(k, len(found) - 1)]


def _replace(data: Graph, s: URIRef, p: URIRef, *new) -> None:
    data.remove((s, p, None))
    for o in new:
        data.add((s, p, o))


def _drop(p: URIRef, cls: URIRef):
    return lambda d: _replace(d, _subject(d, cls, p), p)


def _set(p: URIRef, cls: URIRef, *values, k: int = 0):
    return lambda d: _replace(d, _subject(d, cls, p, k), p, *values)


def _add(p: URIRef, cls: URIRef, value, k: int = 0):
    return lambda d: d.add((_subject(d, cls, p, k), p, value))


def _untype(cls: URIRef, k: int = 0):
    """Remove a referenced resource's types: every resource citing it breaks a sh:class."""
    return lambda d: d.remove((_subject(d, cls, None, k), RDF.type, None))


def _blank_person(d: Graph) -> None:
    """A person named by a blank node (node-level sh:nodeKind)."""
    person, bnode = _subject(d, FOAF.Person, FOAF.name, 1), BNode("person")
    for p, o in list(d.predicate_objects(person)):
        d.add((bnode, p, o))
    d.remove((person, None, None))


NOT_A_PERSON = URIRef("http://example.org/not-a-person")

#: (what, mutation, component it must make pySHACL report)
MUTATIONS = [
    ("no dct:source (minCount)", _drop(DCT.source, OSCE.SourceDocument), "MinCountConstraintComponent"),
    ("two dct:source (maxCount)", _add(DCT.source, OSCE.SourceDocument, Literal("other.txt")),
     "MaxCountConstraintComponent"),
    ("sha256 not hex (pattern)", _set(OSCE.sha256, OSCE.SourceDocument, Literal("NOT-HEX"), k=1),
     "PatternConstraintComponent"),
    ("sha256 typed as a date (datatype)", _set(OSCE.sha256, OSCE.SourceDocument, Literal("2020-01-01", datatype=XSD.date), k=2),
     "DatatypeConstraintComponent"),
    ("issued not a date (datatype)", _set(DCT.issued, OSCE.Publication, Literal("yesterday")),
     "DatatypeConstraintComponent"),
    ("issued ill-typed date (datatype)", _set(DCT.issued, OSCE.Publication, Literal("2020-13-45", datatype=XSD.date), k=1),
     "DatatypeConstraintComponent"),
    ("two dates (maxCount, warning)", _add(DCT.issued, OSCE.Publication, Literal("1999-01-01", datatype=XSD.date), k=2),
     "MaxCountConstraintComponent"),
    ("title untagged (datatype)", _set(DCT.title, OSCE.Publication, Literal("A title"), k=3),
     "DatatypeConstraintComponent"),
    ("two English titles (uniqueLang)", _add(DCT.title, OSCE.Publication, Literal("Another", lang="en"), k=4),
     "UniqueLangConstraintComponent"),
    ("empty title (minLength)", _set(DCT.title, OSCE.Publication, Literal("", lang="en"), k=5),
     "MinLengthConstraintComponent"),
    ("publisher is a literal (class)", _set(DCT.publisher, OSCE.Publication, Literal("OSCE")),
     "ClassConstraintComponent"),
    ("mentions an untyped IRI (or)", _add(OSCE.mentions, OSCE.Publication, URIRef("http://example.org/nobody")),
     "OrConstraintComponent"),
    ("mentions a literal (nodeKind)", _add(OSCE.mentions, OSCE.Publication, Literal("Vienna"), k=1),
     "NodeKindConstraintComponent"),
    ("two English prefLabels (uniqueLang)", _add(SKOS.prefLabel, OSCE.State, Literal("Again", lang="en")),
     "UniqueLangConstraintComponent"),
    ("prefLabel a typed literal (datatype)", _add(SKOS.prefLabel, OSCE.State, Literal("7", datatype=XSD.integer), k=1),
     "DatatypeConstraintComponent"),
    ("no prefLabel (minCount)", _drop(SKOS.prefLabel, OSCE.State), "MinCountConstraintComponent"),
    ("altLabel a typed literal (or of datatypes)", _add(SKOS.altLabel, OSCE.State, Literal("9", datatype=XSD.integer), k=2),
     "OrConstraintComponent"),
    ("iso code lower case (pattern)", _set(OSCE.iso3166Alpha2, OSCE.State, Literal("fi"), k=3),
     "PatternConstraintComponent"),
    ("two iso codes (maxCount)", _add(OSCE.iso3166Alpha2, OSCE.State, Literal("ZZ"), k=4), "MaxCountConstraintComponent"),
    ("sameAs not Wikidata (pattern)", _set(SCHEMA.sameAs, OSCE.State, URIRef("http://example.org/Q1"), k=5),
     "PatternConstraintComponent"),
    ("sameAs a literal (nodeKind)", _set(SCHEMA.sameAs, OSCE.State, Literal("Q33"), k=6), "NodeKindConstraintComponent"),
    ("year out of range (maxInclusive)", _set(OSCE.year, OSCE.Chairpersonship, Literal(2200)),
     "MaxInclusiveConstraintComponent"),
    ("year before 1973 (minInclusive)", _set(OSCE.year, OSCE.Chairpersonship, Literal(1800), k=1),
     "MinInclusiveConstraintComponent"),
    ("year not a number (datatype, range)", _set(OSCE.year, OSCE.Chairpersonship, Literal("abc", datatype=XSD.integer), k=2),
     "DatatypeConstraintComponent"),
    ("two chairing States (maxCount)", _add(OSCE.chairingState, OSCE.Chairpersonship, URIRef(f"{BASE}id/state/x"), k=3),
     "MaxCountConstraintComponent"),
    ("status not in the list (in)", _set(OSCE.status, OSCE.FieldOperation, OSCE.unknown), "InConstraintComponent"),
    ("no host State (minCount, warning)", _drop(OSCE.hostState, OSCE.FieldOperation), "MinCountConstraintComponent"),
    ("partner in no group (qualified)", _drop(ORG.memberOf, OSCE.PartnerForCooperation),
     "QualifiedMinCountConstraintComponent"),
    ("post without holder (node-level or)", _drop(ORG.heldBy, ORG.Post), "OrConstraintComponent"),
    ("holds a non-post (class)", _add(ORG.holds, FOAF.Person, NOT_A_PERSON), "ClassConstraintComponent"),
    ("person named by a blank node (node-level nodeKind)", _blank_person, "NodeKindConstraintComponent"),
    ("person name of one letter (minLength)", _set(FOAF.name, FOAF.Person, Literal("X"), k=2),
     "MinLengthConstraintComponent"),
    ("a concept's scheme untyped (class, through a neighbour)", _untype(SKOS.ConceptScheme), "ClassConstraintComponent"),
    ("no generatedAtTime (minCount)", _drop(PROV.generatedAtTime, OSCE.DocumentGraph), "MinCountConstraintComponent"),
    ("generatedAtTime a date (datatype)", _set(PROV.generatedAtTime, OSCE.DocumentGraph, Literal("2020-01-01", datatype=XSD.date), k=1),
     "DatatypeConstraintComponent"),
    ("one integer twice, written two ways (maxCount on rdflib's terms)",
     _add(OSCE.year, OSCE.Chairpersonship, Literal("02020", datatype=XSD.integer), k=4), None),
]


def test_every_kind_of_fault_is_found_as_pyshacl_finds_it(corpus_store_path, project):
    shapes, ontology, compiled = project
    data, _ = union_of(corpus_store_path)
    before = pyshacl_keys(data, shapes, ontology)
    for what, mutate, _ in MUTATIONS:
        mutate(data)
    expected = pyshacl_keys(data, shapes, ontology)
    on_graph, on_store = compiled_keys(data, compiled)
    assert_same(expected, on_graph, "validate_graph")
    assert_same(expected, on_store, "validate_store")
    new = expected - before
    for what, _, component in MUTATIONS:
        if component is not None:
            assert any(k[2] == component for k in new), f"{what}: pySHACL reports no new {component}"
    assert sum(new.values()) >= len(MUTATIONS) - 1


# ---------------------------------------------------------------------------
# random damage
# ---------------------------------------------------------------------------
TERMS = [
    Literal(""), Literal("x"), Literal("x", lang="en"), Literal("y", lang="EN"), Literal("z", lang="fr"),
    Literal("2020-01-01", datatype=XSD.date), Literal("2020-13-01", datatype=XSD.date),
    Literal("2020-01-01T10:00:00Z", datatype=XSD.dateTime), Literal("abc", datatype=XSD.integer),
    Literal("1800", datatype=XSD.integer), Literal("2000", datatype=XSD.integer), Literal("01", datatype=XSD.integer),
    Literal("1", datatype=XSD.integer), Literal("2020", datatype=XSD.gYear), Literal("FI"), Literal("fi"),
    Literal("a" * 64), Literal("1.5", datatype=XSD.decimal), URIRef("http://www.wikidata.org/entity/Q42"),
    URIRef("http://example.org/untyped"), BNode("b1"), OSCE.active, OSCE.unknown,
]


@pytest.fixture(scope="module")
def small(tmp_path_factory, project):
    """A few document graphs and the reference graph: small enough for pySHACL on every example."""
    from conftest import CORPUS

    path = tmp_path_factory.mktemp("small") / "store"
    build_store(path, sorted(CORPUS.glob("*.txt"))[:4])
    data, _ = union_of(path)
    return data


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_random_damage_is_judged_as_pyshacl_judges_it(small, project, data):
    shapes, ontology, compiled = project
    damaged = Graph()
    damaged += small
    triples = sorted(damaged, key=lambda t: tuple(x.n3() for x in t))
    subjects = sorted(set(damaged.subjects()), key=lambda t: t.n3())
    paths = sorted({o for o in shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#path")) if isinstance(o, URIRef)})
    classes = sorted(set(damaged.objects(None, RDF.type)))
    for _ in range(data.draw(st.integers(1, 6))):
        kind = data.draw(st.sampled_from(["drop", "swap", "add", "retype"]))
        if kind == "drop":
            damaged.remove(data.draw(st.sampled_from(triples)))
        elif kind == "swap":
            s, p, o = data.draw(st.sampled_from(triples))
            damaged.remove((s, p, o))
            damaged.add((s, p, data.draw(st.sampled_from(TERMS + subjects[:50]))))
        elif kind == "add":
            damaged.add((data.draw(st.sampled_from(subjects)), data.draw(st.sampled_from(paths)),
                         data.draw(st.sampled_from(TERMS + subjects[:50]))))
        else:
            s = data.draw(st.sampled_from(subjects))
            damaged.remove((s, RDF.type, None))
            damaged.add((s, RDF.type, data.draw(st.sampled_from(classes))))
    expected = pyshacl_keys(damaged, shapes, ontology)
    on_graph, on_store = compiled_keys(damaged, compiled)
    assert_same(expected, on_graph, "validate_graph")
    assert_same(expected, on_store, "validate_store")


def mutated_documents(store: EmbeddedStore) -> list[tuple[str, URIRef, Graph]]:
    """Each kind of fault the shapes catch, in the first document graph it applies to."""
    names = sorted(g for g in store.named_graphs() if "/graph/pr-" in str(g) or "/graph/news-" in str(g))
    out = []
    for what, mutate, _ in MUTATIONS:
        for name in names:
            doc = Graph()
            doc += store.graph(name)
            try:
                mutate(doc)
            except AssertionError:  # this document has nothing of that kind
                continue
            out.append((what, name, doc))
            break
    return out


# ---------------------------------------------------------------------------
# through the gate
# ---------------------------------------------------------------------------
def test_the_gate_gives_the_same_verdicts_with_the_compiled_shapes(corpus_store_path, project):
    """Each broken document as a change to the store: the same verdict and results either way."""
    shapes, ontology, compiled = project
    store = EmbeddedStore(corpus_store_path)
    try:
        slow = Gate(store, shapes, ontology, audit=AuditLog(BASE))
        fast = Gate(store, shapes, ontology, audit=AuditLog(BASE))
        fast.compiled = compiled
        tried = 0
        for what, name, doc in mutated_documents(store):
            change = Change(replace={name: doc})
            a, b = slow.check(change), fast.check(change)
            assert a.conforms == b.conforms, what
            assert_same(Counter(result_key(v) for v in a.violations),
                        Counter(result_key(v) for v in b.violations), f"gate, {what}")
            tried += 1
        assert tried >= 10
    finally:
        store.close()


# ---------------------------------------------------------------------------
# what does not compile
# ---------------------------------------------------------------------------
def test_shapes_it_cannot_compile_fall_back_to_pyshacl_and_say_why(tmp_path):
    shapes, ontology = graph(SHAPES), graph(ONTOLOGY)
    compiled, why = compile_or_none(shapes, ontology)
    assert compiled is None and "complex sh:path" in why
    with pytest.raises(Unsupported, match="sh:closed"):
        compile_shapes(graph("""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
            ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true ."""))
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.apply(Change(add=[(URIRef("http://example.org/r"), RDF.type, URIRef("http://example.org/PressRelease"),
                                 URIRef("http://example.org/g"))]))
        report = check_store(Gate(store, shapes, ontology))
    finally:
        store.close()
    assert report.note and "pySHACL" in report.note and "complex sh:path" in report.note
    assert "pySHACL" in report.summary()
    assert {v.constraint for v in report.violations} == {"MinCountConstraintComponent"}  # date and title missing


def test_osce_kg_check_uses_the_compiled_shapes_beside_a_reader(corpus_store_path):
    """``osce-kg check`` (a read-only store: its snapshot needs no flush) validates with the compiled
    checks and reports what pySHACL reports."""
    from click.testing import CliRunner

    from osce_kg.server.cli import main

    result = CliRunner().invoke(main, ["check", "--store", str(corpus_store_path)])
    assert result.exit_code == 0, result.output
    assert "checked:" in result.output and "pySHACL" not in result.output
    minter = Minter(BASE)
    shapes, ontology = mapping.shapes_graph(minter), mapping.ontology_graph(minter)
    data, subjects = union_of(corpus_store_path)
    expected = pyshacl_keys(data, shapes, ontology, subjects)
    blocking = sum(n for k, n in expected.items() if k[3] == "Violation")
    assert f"{blocking} violation(s), {sum(expected.values()) - blocking} warning(s)" in result.output


def test_import_says_when_it_validates_with_pyshacl(tmp_path, monkeypatch):
    """Shapes the compiler does not take: the gated import still validates (pySHACL) and says so."""
    from osce_kg.loader import importer

    monkeypatch.setattr(importer.mapping, "shapes_graph", lambda minter: graph(SHAPES))
    monkeypatch.setattr(importer.mapping, "ontology_graph", lambda minter: graph(ONTOLOGY))
    path = tmp_path / "one.ttl"
    path.write_text('@prefix ex: <http://example.org/> . ex:r a ex:PressRelease ; ex:title "T" .\n')
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = importer.import_files(store, importer.sources_for([path], None, "http://example.org/g"),
                                       Minter(BASE), graph=URIRef("http://example.org/g"))
    finally:
        store.close()
    assert report.rejected == 1  # no ex:date: pySHACL found it
    assert "validated with pySHACL" in report.summary() and "complex sh:path" in report.summary()
