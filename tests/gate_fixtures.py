"""Small shapes and ontology for the gate tests (the project's own shapes are tested elsewhere)."""
from __future__ import annotations

from rdflib import Graph

EX = "http://example.org/"

ONTOLOGY = """
@prefix ex: <http://example.org/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Release a owl:Class . ex:PressRelease a owl:Class ; rdfs:subClassOf ex:Release .
ex:State a owl:Class . ex:ParticipatingState a owl:Class ; rdfs:subClassOf ex:State .
ex:Topic a owl:Class . ex:Unit a owl:Class .
"""

SHAPES = """
@prefix ex: <http://example.org/> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:ReleaseShape a sh:NodeShape ; sh:targetClass ex:Release ;
  sh:property ex:DateShape, ex:StateShape, ex:TopicShape, ex:TitleShape, ex:TitleLengthShape .
ex:DateShape sh:path ex:date ; sh:datatype xsd:date ; sh:minCount 1 ; sh:maxCount 1 .
ex:StateShape sh:path ex:state ; sh:class ex:State .
ex:TopicShape sh:path ex:topic ; sh:node ex:LabelledShape .
ex:TitleShape sh:path ex:title ; sh:minCount 1 .
ex:TitleLengthShape sh:path ex:title ; sh:maxLength 40 ; sh:severity sh:Warning .
ex:LabelledShape a sh:NodeShape ; sh:property [ sh:path ex:label ; sh:minCount 1 ] .
ex:UnitShape a sh:NodeShape ; sh:targetClass ex:Unit ;
  sh:property [ sh:path [ sh:inversePath ex:unit ] ; sh:maxCount 2 ] .
"""

DATA = """
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:austria a ex:ParticipatingState ; ex:label "Austria" .
ex:t1 a ex:Topic ; ex:label "Elections" .
ex:u1 a ex:Unit .
"""


def graph(text: str) -> Graph:
    g = Graph()
    g.parse(data=text, format="turtle")
    return g


def release(key: str, *, date: str = "2020-01-02", state: str = "austria", topic: str = "t1",
            title: str = "A title", unit: str | None = None, extra: str = "") -> str:
    """Turtle for one release in its own graph's worth of triples."""
    unit_line = f"; ex:unit ex:{unit} " if unit else ""
    return f"""@prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:{key} a ex:PressRelease ; ex:date "{date}"^^xsd:date ; ex:state ex:{state} ;
  ex:topic ex:{topic} ; ex:title "{title}" {unit_line}. {extra}"""
