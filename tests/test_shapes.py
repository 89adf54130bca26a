"""The SHACL shapes: valid SHACL, actionable messages, and each constraint really trips."""
from __future__ import annotations

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from osce_kg.loader import mapping

BASE = "http://localhost:8000/"
PREFIXES = f"""
@prefix osce: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <{BASE}id/> .
@prefix g: <{BASE}graph/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
"""
#: a conforming publication and its source, to which each case adds its one fault
GOOD = """
g:d\\#source a osce:SourceDocument ; dct:source "d.txt" ;
    osce:sha256 "e9509712a78a25a7b96b05d770ab36dc1d6940ed3d52b4316c8617d79934c513" .
id:state\\/belgium a osce:ParticipatingState ; skos:prefLabel "Belgium"@en ; osce:iso3166Alpha2 "BE" .
id:release\\/r a osce:PressRelease ; dct:title "A release"@en ; dct:issued "2009-02-18"^^xsd:date ;
    prov:wasDerivedFrom g:d\\#source ; osce:mentions id:state\\/belgium .
"""


def validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, Graph]:
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                           inference="none", advanced=True, allow_warnings=True)
    return conforms, report


def results(report: Graph) -> set[tuple[str, str, str]]:
    """(focus node, source shape, severity) of every result, IRIs shortened."""
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = str(report.value(r, SH.focusNode)).replace(BASE, "")
        shape = str(report.value(r, SH.sourceShape)).replace(BASE + "shapes#", "s:")
        severity = str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        out.add((focus, shape, severity))
    return out


def test_shapes_pass_shacl_for_shacl(shapes):
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_every_constraint_carries_a_message(shapes):
    """Every property shape, and every node shape with its own constraints, says what to do."""
    structural = {SH.targetClass, SH.property, RDF.type, SH.name}
    silent = []
    for shape in set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.subjects(RDF.type, SH.NodeShape)):
        own = set(shapes.predicates(shape)) - structural - {SH.message, SH.severity, SH.path}
        if own and (shape, SH.message, None) not in shapes:
            silent.append(str(shape))
    assert not silent, f"constraints without sh:message: {silent}"
    for message in shapes.objects(None, SH.message):
        assert len(str(message)) > 40, f"too terse to act on: {message!r}"


def test_every_shape_is_named_by_an_iri(shapes):
    """Reports name the shape that failed; a blank node would say nothing."""
    for kind in (SH.PropertyShape, SH.NodeShape):
        assert all(isinstance(s, URIRef) for s in shapes.subjects(RDF.type, kind))


def test_the_good_example_conforms(shapes, ontology):
    conforms, report = validate(Graph().parse(data=PREFIXES + GOOD, format="turtle"), shapes, ontology)
    assert conforms, report.serialize(format="turtle")
    assert results(report) == set()


#: (case id, extra triples, (focus node, shape, severity) expected among the results)
CASES = [
    ("iso-code-malformed", 'id:state\\/belgium osce:iso3166Alpha2 "bel" .',
     ("id/state/belgium", "s:State-iso2", "Violation")),
    ("participating-state-without-iso", 'id:state\\/x a osce:ParticipatingState ; skos:prefLabel "X"@en .',
     ("id/state/x", "s:ParticipatingState-iso2", "Warning")),
    ("state-without-label", 'id:state\\/y a osce:State .', ("id/state/y", "s:prefLabel", "Violation")),
    ("two-english-labels", 'id:state\\/belgium skos:prefLabel "Belgique"@en .',
     ("id/state/belgium", "s:prefLabelForm", "Violation")),
    ("bad-wikidata-link", 'id:state\\/belgium schema:sameAs <https://en.wikipedia.org/wiki/Belgium> .',
     ("id/state/belgium", "s:sameAsWikidata", "Violation")),
    ("chair-without-state", 'id:chairpersonship\\/2025 a osce:Chairpersonship ; skos:prefLabel "C"@en ; osce:year 2025 .',
     ("id/chairpersonship/2025", "s:Chairpersonship-state", "Violation")),
    ("chair-year-as-string", 'id:chairpersonship\\/2025 a osce:Chairpersonship ; skos:prefLabel "C"@en ; '
     'osce:year "2025" ; osce:chairingState id:state\\/belgium .',
     ("id/chairpersonship/2025", "s:Chairpersonship-year", "Violation")),
    ("field-op-status-literal", 'id:field-operation\\/m a osce:Mission ; skos:prefLabel "M"@en ; '
     'osce:hostState id:state\\/belgium ; osce:status "open" .',
     ("id/field-operation/m", "s:FieldOperation-status", "Violation")),
    ("field-op-without-host", 'id:field-operation\\/m a osce:Mission ; skos:prefLabel "M"@en ; osce:status osce:active .',
     ("id/field-operation/m", "s:FieldOperation-hostPresent", "Warning")),
    ("field-op-hosted-by-release", 'id:field-operation\\/m a osce:Mission ; skos:prefLabel "M"@en ; '
     'osce:status osce:active ; osce:hostState id:release\\/r .',
     ("id/field-operation/m", "s:FieldOperation-host", "Violation")),
    ("unit-outside-any-organization", 'id:organization\\/u a osce:SecretariatUnit ; skos:prefLabel "U"@en .',
     ("id/organization/u", "s:SecretariatUnit-unitOf", "Violation")),
    ("change-without-result", 'id:change\\/c a org:ChangeEvent ; skos:prefLabel "C"@en ; '
     'org:originalOrganization id:field-operation\\/m . id:field-operation\\/m a osce:Office ; skos:prefLabel "M"@en ;'
     ' osce:status osce:closed ; osce:hostState id:state\\/belgium .',
     ("id/change/c", "s:Change-resulting", "Violation")),
    ("date-not-a-date", 'id:release\\/r dct:issued "18 February 2009" .',
     ("id/release/r", "s:Publication-issued", "Violation")),
    ("release-without-date", 'id:release\\/s a osce:NewsItem ; dct:title "S"@en ; prov:wasDerivedFrom g:d\\#source .',
     ("id/release/s", "s:Publication-issuedPresent", "Warning")),
    ("title-without-language", 'id:release\\/s a osce:NewsItem ; dct:title "S" ; dct:issued "2009-01-01"^^xsd:date ;'
     ' prov:wasDerivedFrom g:d\\#source .', ("id/release/s", "s:Publication-titleForm", "Violation")),
    ("release-without-provenance", 'id:release\\/s a osce:NewsItem ; dct:title "S"@en ; dct:issued "2009-01-01"^^xsd:date .',
     ("id/release/s", "s:derivedFrom", "Violation")),
    ("mention-of-a-literal", 'id:release\\/r osce:mentions "Belgium" .',
     ("id/release/r", "s:Publication-mentions", "Violation")),
    ("mention-of-untyped-iri", 'id:release\\/r osce:mentions id:state\\/nowhere .',
     ("id/release/r", "s:Publication-mentions", "Violation")),
    ("subject-not-a-concept", 'id:release\\/r dct:subject id:state\\/belgium .',
     ("id/release/r", "s:Publication-subject", "Violation")),
    ("place-as-literal", 'id:release\\/r schema:locationCreated "Brussels" .',
     ("id/release/r", "s:Publication-place", "Violation")),
    ("concept-without-scheme", 'id:field\\/x a skos:Concept ; skos:prefLabel "X"@en .',
     ("id/field/x", "s:Concept-scheme", "Violation")),
    ("post-without-holder", 'id:post\\/p a org:Post ; skos:prefLabel "Head"@en .',
     ("id/post/p", "s:PostShape", "Violation")),
    ("post-held-by-a-state", 'id:post\\/p a org:Post ; skos:prefLabel "Head"@en ; org:heldBy id:state\\/belgium .',
     ("id/post/p", "s:Post-heldBy", "Violation")),
    ("standing-post-outside-any-organization", 'id:post\\/cio a org:Post, osce:StandingPost ; skos:prefLabel "CiO"@en .',
     ("id/post/cio", "s:StandingPost-postIn", "Violation")),
    ("chair-outside-the-chairpersonship", 'id:chairpersonship\\/2025 a osce:Chairpersonship ; skos:prefLabel "C"@en ; '
     'osce:year 2025 ; osce:chairingState id:state\\/belgium .',
     ("id/chairpersonship/2025", "s:Chairpersonship-part", "Violation")),
    ("event-venue-untagged", 'id:event\\/e a osce:Event ; schema:name "E"@en ; osce:venue "Hall" ; '
     'prov:wasDerivedFrom g:d\\#source .', ("id/event/e", "s:Event-venue", "Violation")),
    ("person-without-name", 'id:person\\/p a foaf:Person .', ("id/person/p", "s:Person-name", "Violation")),
    ("blank-node-person", '[] a foaf:Person ; foaf:name "Nobody" .', (None, "s:PersonShape", "Violation")),
    ("event-date-range-as-text", 'id:event\\/e a osce:Event ; schema:name "E"@en ; schema:startDate "11 -13 September 2013" ;'
     ' prov:wasDerivedFrom g:d\\#source .', ("id/event/e", "s:Event-start", "Violation")),
    ("event-organized-by-a-city", 'id:event\\/e a osce:Event ; schema:name "E"@en ; schema:organizer id:city\\/c ;'
     ' prov:wasDerivedFrom g:d\\#source . id:city\\/c a schema:City ; skos:prefLabel "C"@en .',
     ("id/event/e", "s:agentValue", "Violation")),
    ("checksum-wrong", 'g:d\\#source osce:sha256 "abc" .', ("graph/d#source", "s:Source-sha256", "Violation")),
    ("graph-without-time", 'g:d a osce:DocumentGraph ; prov:wasDerivedFrom g:d\\#source ; prov:wasGeneratedBy g:d\\#load .'
     ' g:d\\#load a osce:LoadActivity ; osce:loaderVersion "1" ; prov:endedAtTime "2026-01-01T00:00:00Z"^^xsd:dateTime ;'
     ' prov:used g:d\\#source .', ("graph/d", "s:Graph-time", "Violation")),
]


@pytest.mark.parametrize(("extra", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_fault_trips_its_constraint(shapes, ontology, extra, expected):
    data = Graph().parse(data=PREFIXES + GOOD + extra, format="turtle")
    conforms, report = validate(data, shapes, ontology)
    found = results(report)
    focus, shape, severity = expected
    matching = {r for r in found if r[1:] == (shape, severity) and (focus is None or r[0] == focus)}
    assert matching, f"expected {expected}, got {sorted(found)}"
    assert conforms == (severity != "Violation")


def test_a_standing_post_needs_no_holder(shapes, ontology):
    extra = ('id:organization\\/c a osce:ExecutiveStructure ; skos:prefLabel "C"@en . '
             'id:post\\/cio a org:Post, osce:StandingPost ; skos:prefLabel "CiO"@en ; org:postIn id:organization\\/c .')
    conforms, report = validate(Graph().parse(data=PREFIXES + GOOD + extra, format="turtle"), shapes, ontology)
    assert conforms and results(report) == set(), sorted(results(report))


def test_messages_reach_the_report(shapes, ontology):
    data = Graph().parse(data=PREFIXES + GOOD + 'id:state\\/belgium osce:iso3166Alpha2 "bel" .', format="turtle")
    _, report = validate(data, shapes, ontology)
    messages = {str(m) for m in report.objects(None, SH.resultMessage)}
    assert any("loader/data/states.csv" in m for m in messages), messages


def test_reference_graph_conforms_without_warnings(minter, shapes, ontology):
    conforms, report = validate(mapping.reference_graph(minter), shapes, ontology)
    assert conforms
    assert results(report) == set(), sorted(results(report))[:10]


def test_literal_check_is_not_fooled_by_a_lookalike_type(minter, shapes, ontology):
    """A State typed only in the data, with the right label, still needs a well-formed code."""
    data = Graph().parse(data=PREFIXES + GOOD, format="turtle")
    data.set((URIRef(BASE + "id/state/belgium"), minter.vocab.iso3166Alpha2, Literal("B1")))
    conforms, _ = validate(data, shapes, ontology)
    assert not conforms
