"""The ontology parses, documents every term, and defines everything the shapes and mapping use."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import (DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, TIME, XSD,
                              DefinedNamespace)

from osce_kg.loader import mapping
from osce_kg.loader.iri import ONTOLOGY, Minter
from osce_kg.loader.records import Document, PersonMention, Record

BASE = "http://localhost:8000/"
#: vocabularies osce-kg reuses; rdflib knows their terms, so a typo is caught
REUSED: tuple[type[DefinedNamespace], ...] = (ORG, SKOS, SDO, DCTERMS, PROV, FOAF, RDF, RDFS, OWL, XSD, TIME)


@pytest.fixture
def minter() -> Minter:
    return Minter(BASE)


@pytest.fixture
def ontology(minter) -> Graph:
    return mapping.ontology_graph(minter)


def defined(term: URIRef, ontology: Graph) -> bool:
    """Defined by our ontology (as a class or property), or a known term of a reused vocabulary."""
    if (term, RDFS.isDefinedBy, None) in ontology:
        return True
    for ns in REUSED:
        if str(term).startswith(str(ns._NS)):
            return term in ns
    return False


def own_terms(ontology: Graph, minter: Minter) -> set[URIRef]:
    return {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(minter.vocab))}


def test_ontology_has_a_version_iri(ontology, minter):
    onto = URIRef(ONTOLOGY)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    version = ontology.value(onto, OWL.versionIRI)
    assert version is not None and str(version).startswith(ONTOLOGY + "/")


def test_the_vocabulary_does_not_move_with_the_base_but_says_where_it_is_served():
    other = mapping.ontology_graph(Minter("https://kg.example.org/osce/"))
    term = URIRef("https://w3id.org/osce-kg/ontology#FieldOperation")
    assert (term, RDF.type, OWL.Class) in other
    assert not [s for s in other.subjects() if str(s).startswith("https://kg.example.org/")]
    here = URIRef("https://kg.example.org/osce/ontology")
    assert {(term, RDFS.isDefinedBy, here), (URIRef(ONTOLOGY), RDFS.isDefinedBy, here),
            (term, RDFS.isDefinedBy, URIRef(ONTOLOGY))} <= set(other)


def test_every_own_term_has_label_definition_and_is_defined_by(ontology, minter):
    terms = own_terms(ontology, minter)
    assert len(terms) > 40
    problems = []
    for term in sorted(terms):
        if (term, RDFS.label, None) not in ontology:
            problems.append(f"{term} has no rdfs:label")
        if (term, SKOS.definition, None) not in ontology and (term, RDFS.comment, None) not in ontology:
            problems.append(f"{term} has no skos:definition or rdfs:comment")
        if (term, RDFS.isDefinedBy, URIRef(ONTOLOGY)) not in ontology:
            problems.append(f"{term} has no rdfs:isDefinedBy")
    assert not problems, "\n".join(problems)


def test_every_class_and_property_the_shapes_use_is_defined(ontology, minter):
    shapes = mapping.shapes_graph(minter)
    used: set[URIRef] = set()
    used |= {o for o in shapes.objects(None, SH.targetClass)}
    used |= {o for o in shapes.objects(None, SH["class"])}
    used |= {o for o in shapes.objects(None, SH.path) if isinstance(o, URIRef)}
    used |= {o for o in shapes.objects(None, SH.datatype)}
    assert used
    undefined = sorted(t for t in used if not defined(t, ontology))
    assert not undefined, f"used by the shapes but defined nowhere: {undefined}"


def _sample_document() -> Document:
    record = Record(kind="press_release", title="Sample", date=dt.date(2009, 2, 18), place="Brussels",
                    source="OSCE Secretariat", fields_of_work=["Countering terrorism", "Safety of journalists"],
                    body="Text.", states=["Belgium"], organizations=["Unknown Body"],
                    persons=[PersonMention("Raphael Perl", "Head", "OSCE Action against Terrorism Unit")],
                    cities=["Nowhereville"])
    return Document(path="x/sample.txt", sha256="0" * 64, text="", records=[record])


def test_every_class_and_property_the_mapping_emits_is_defined(ontology, minter):
    graph = mapping.reference_graph(minter) + mapping.document_graph(
        _sample_document(), minter, loaded_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
        loader_version="0")
    used = set(graph.predicates()) | set(graph.objects(None, RDF.type))
    undefined = sorted(t for t in used if not defined(t, ontology))
    assert not undefined, f"emitted but defined nowhere: {undefined}"


def test_jsonld_context_terms_are_defined(ontology, minter):
    context = mapping.jsonld_context(minter)["@context"]
    assert context["osce"] == str(minter.vocab)
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    undefined = []
    for key, value in context.items():
        iri = value.get("@id") if isinstance(value, dict) else value
        if key.startswith("@") or key in prefixes or iri.startswith("@"):
            continue
        prefix, _, local = iri.partition(":")
        if prefix in ("sh", "void"):
            continue
        term = URIRef(prefixes[prefix] + local)
        if not defined(term, ontology):
            undefined.append(f"{key} -> {term}")
    assert not undefined, undefined


def test_jsonld_context_expands_a_release(minter):
    doc = {"@context": mapping.jsonld_context(minter)["@context"],
           "id": BASE + "id/release/x", "type": "PressRelease", "title": "T",
           "issued": "2009-02-18", "mentions": [BASE + "id/state/belgium"]}
    import json

    graph = Graph().parse(data=json.dumps(doc), format="json-ld")
    release = URIRef(BASE + "id/release/x")
    assert (release, RDF.type, minter.vocab.PressRelease) in graph
    assert (release, minter.vocab.mentions, URIRef(BASE + "id/state/belgium")) in graph
