"""The query workbench at ``/sparql`` for browsers: what its page needs beyond the endpoint.

:mod:`.sparql` renders ``sparql.html``; this module gives that page (and every page) the ontology's
prefixes (``kg_prefixes``) and the base (``kg_base``), puts the competency questions first among the
examples the page lists, and adds the ``sparql_position`` filter that reads the line and column out of
a parse error. The page's behaviour (run, labels, sorting, timing, downloads, chart) is
``static/workbench.js``; without script the page still runs a query as a plain form.
"""
from __future__ import annotations

import re
from urllib.parse import urlencode

from flask import Flask

from .services import Services

#: the prefixes the editor starts with and completes (``{base}`` is the deployment's base IRI)
PREFIXES: tuple[tuple[str, str], ...] = (
    ("osce", "https://w3id.org/osce-kg/ontology#"), ("id", "{base}id/"), ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("org", "http://www.w3.org/ns/org#"), ("schema", "https://schema.org/"), ("dct", "http://purl.org/dc/terms/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"), ("prov", "http://www.w3.org/ns/prov#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"), ("owl", "http://www.w3.org/2002/07/owl#"),
)
#: the README's answers to the competency questions (../shared/COMPETENCY.md), numbered as there
EXAMPLES: tuple[tuple[int, str, str], ...] = (
    (1, 'Participating States with ISO 3166-1 codes and Wikidata entities',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX schema: <https://schema.org/>\nSELECT DISTINCT ?state ?name ?iso ?wikidata WHERE {\n  ?state a osce:ParticipatingState ; skos:prefLabel ?name ; osce:iso3166Alpha2 ?iso .\n  OPTIONAL { ?state schema:sameAs ?wikidata }\n} ORDER BY ?name\n'),
    (2, 'Who holds the Chairpersonship in 2025',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT DISTINCT ?state ?name WHERE {\n  ?c a osce:Chairpersonship ; osce:year 2025 ; osce:chairingState ?state .\n  ?state skos:prefLabel ?name .\n}\n'),
    (3, 'Partners for Co-operation and their groups',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX org: <http://www.w3.org/ns/org#>\nSELECT DISTINCT ?group ?partner WHERE {\n  ?g a osce:PartnerGroup ; skos:prefLabel ?group .\n  ?p a osce:PartnerForCooperation ; org:memberOf ?g ; skos:prefLabel ?partner .\n} ORDER BY ?group ?partner\n'),
    (4, 'The units of the Secretariat and the institutions',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX org: <http://www.w3.org/ns/org#>\nSELECT DISTINCT ?kind ?name ?partOf WHERE {\n  { ?x a osce:SecretariatUnit ; org:unitOf/skos:prefLabel ?partOf . BIND("unit" AS ?kind) }\n  UNION { ?x a osce:Institution . BIND("institution" AS ?kind) }\n  ?x skos:prefLabel ?name .\n} ORDER BY ?kind ?name\n'),
    (5, 'Active field operations, their type and host',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT DISTINCT ?operation ?type ?host WHERE {\n  ?op osce:status osce:active ; skos:prefLabel ?operation ; a ?t ;\n      osce:hostState/skos:prefLabel ?host .\n  ?t rdfs:subClassOf osce:FieldOperation ; rdfs:label ?type .\n} ORDER BY ?operation\n'),
    (6, 'What an office was called before, and what it became',
     'PREFIX org: <http://www.w3.org/ns/org#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX dct: <http://purl.org/dc/terms/>\nSELECT DISTINCT ?before ?after ?year WHERE {\n  ?change a org:ChangeEvent ;\n          org:originalOrganization/skos:prefLabel ?before ;\n          org:resultingOrganization/skos:prefLabel ?after .\n  OPTIONAL { ?change dct:date ?year }\n} ORDER BY ?year\n'),
    (7, 'Releases of the OSCE Secretariat about countering terrorism in 2009, newest first',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX dct: <http://purl.org/dc/terms/>\nPREFIX schema: <https://schema.org/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\nSELECT DISTINCT ?release ?date ?title ?place WHERE {\n  ?release dct:publisher <http://localhost:8000/id/organization/osce-secretariat> ;\n           dct:subject <http://localhost:8000/id/field/countering-terrorism> ;\n           dct:issued ?date ; dct:title ?title .\n  OPTIONAL { ?release schema:locationCreated/skos:prefLabel ?place }\n  FILTER(?date >= "2009-01-01"^^xsd:date && ?date < "2010-01-01"^^xsd:date)\n} ORDER BY DESC(?date)\n'),
    (8, 'Releases per field of work and year',
     'PREFIX dct: <http://purl.org/dc/terms/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT DISTINCT ?field ?year (COUNT(DISTINCT ?release) AS ?releases) WHERE {\n  ?release dct:subject/skos:prefLabel ?field ; dct:issued ?date .\n  BIND(YEAR(?date) AS ?year)\n} GROUP BY ?field ?year ORDER BY ?field ?year\n'),
    (10, 'Who appears in releases, holding which post in which organization',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\nPREFIX org: <http://www.w3.org/ns/org#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT DISTINCT ?name ?post ?organization WHERE {\n  ?release osce:mentions ?person .\n  ?person a foaf:Person ; foaf:name ?name ; org:holds ?p .\n  ?p skos:prefLabel ?post .\n  OPTIONAL { ?p org:postIn/skos:prefLabel ?organization }\n} ORDER BY ?name\n'),
    (11, 'Events: when, where, organized and sponsored by whom, in which series',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX schema: <https://schema.org/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT DISTINCT ?event ?date ?place ?organizer ?sponsor ?series WHERE {\n  ?e a osce:Event ; schema:name ?event .\n  OPTIONAL { ?e schema:startDate ?date }\n  OPTIONAL { ?e schema:location/skos:prefLabel ?place }\n  OPTIONAL { ?e schema:organizer/skos:prefLabel ?organizer }\n  OPTIONAL { ?e schema:sponsor/skos:prefLabel ?sponsor }\n  OPTIONAL { ?e schema:superEvent/skos:prefLabel ?series }\n}\n'),
    (12, 'Non-OSCE organizations named alongside the OSCE, and how often',
     'PREFIX osce: <https://w3id.org/osce-kg/ontology#>\nPREFIX org: <http://www.w3.org/ns/org#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT DISTINCT ?organization (COUNT(DISTINCT ?release) AS ?releases) WHERE {\n  ?release osce:mentions ?o .\n  ?o a org:FormalOrganization ; skos:prefLabel ?organization .\n  FILTER NOT EXISTS { ?o a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* osce:OsceBody }\n} GROUP BY ?organization ORDER BY DESC(?releases)\n'),
    (14, 'Where a release comes from: file, checksum, load time, loader version',
     'PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX dct: <http://purl.org/dc/terms/>\nPREFIX osce: <https://w3id.org/osce-kg/ontology#>\nSELECT DISTINCT ?release ?file ?sha256 ?loaded ?version WHERE {\n  ?release a osce:PressRelease ; prov:wasDerivedFrom ?source .\n  ?source dct:source ?file ; osce:sha256 ?sha256 .\n  ?graph prov:wasDerivedFrom ?source ; prov:generatedAtTime ?loaded ;\n         prov:wasGeneratedBy/osce:loaderVersion ?version .\n}\n'),
)

DEFAULT_BASE = "http://localhost:8000/"
_POSITION = re.compile(r"\bat (\d+):(\d+)")


def prefixes(base: str) -> list[tuple[str, str]]:
    """(prefix, namespace) pairs for ``base``."""
    return [(p, ns.format(base=base)) for p, ns in PREFIXES]


def competency_examples(base: str) -> list[dict[str, str]]:
    """The competency queries as page examples (title, query, href), their IRIs under ``base``."""
    out = []
    for number, title, query in EXAMPLES:
        text = query.replace(DEFAULT_BASE, base)
        out.append({"title": f"Q{number}. {title}", "query": text, "href": "?" + urlencode({"query": text})})
    return out


def sparql_position(message: str | None) -> tuple[int, int] | None:
    """(line, column) named by a parse error (``error at 3:11: ...``), None when it names none."""
    match = _POSITION.search(message or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def init_app(app: Flask, svc: Services) -> None:
    """Give the templates the prefixes and base; the competency questions first among the examples."""
    base = svc.minter.base
    pairs = prefixes(base)
    header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in pairs)
    app.context_processor(lambda: {"kg_prefixes": pairs, "kg_prefix_header": header, "kg_base": base})
    app.add_template_filter(sparql_position, "sparql_position")
    known = svc.extras.get("sparql_examples")
    generic = [e for e in known if isinstance(e, dict)] if isinstance(known, list) else []
    svc.extras["sparql_examples"] = competency_examples(base) + generic
