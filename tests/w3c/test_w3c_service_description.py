"""The W3C SPARQL 1.1 Service Description tests, as the manifest lists them.

The manifest names three tests and no requests (an implementation report ran
them by hand); each name maps to the check it describes, done over a real socket
against ``GET /sparql``. A test in the manifest without a check here fails.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
import requests
from pyshacl import validate
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF

from sparql_server import make_app, serving

pytestmark = pytest.mark.e2e

SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "w3c-rdf-tests" / "sparql" / "sparql11"
MANIFEST = SUITE / "service-description" / "manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
SHAPES = Path(__file__).with_name("sd_shapes.ttl")

#: every term of the SD vocabulary (specification section 3)
SD_TERMS = {SD[n] for n in """Service Feature Language Function Aggregate EntailmentRegime
    EntailmentProfile GraphCollection Dataset Graph NamedGraph SPARQL10Query SPARQL11Query
    SPARQL11Update DereferencesURIs UnionDefaultGraph RequiresDataset EmptyGraphs
    BasicFederatedQuery endpoint feature defaultEntailmentRegime entailmentRegime
    defaultSupportedEntailmentProfile supportedEntailmentProfile extensionFunction
    extensionAggregate languageExtension supportedLanguage propertyFeature defaultDataset
    availableGraphs resultFormat inputFormat namedGraph name graph defaultGraph""".split()}

RDF_ACCEPT = "text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8, application/n-triples;q=0.7"
PARSERS = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/ld+json": "json-ld",
           "application/n-triples": "nt"}


def fetch_description(url: str) -> tuple[requests.Response, Graph]:
    response = requests.get(url, headers={"Accept": RDF_ACCEPT}, timeout=30)
    media = response.headers.get("Content-Type", "").split(";")[0]
    assert response.status_code == 200, response.text
    assert media in PARSERS, f"the description came as {media}"
    return response, Graph().parse(data=response.content, format=PARSERS[media])


def returns_rdf(url: str) -> None:
    _, graph = fetch_description(url)
    assert len(graph) > 0
    # and each RDF format on offer parses to the same graph
    for media, parser in PARSERS.items():
        response = requests.get(url, headers={"Accept": media}, timeout=30)
        assert response.headers["Content-Type"].startswith(media)
        assert len(Graph().parse(data=response.content, format=parser)) == len(graph)


def has_endpoint_triple(url: str) -> None:
    _, graph = fetch_description(url)
    services = set(graph.subjects(RDF.type, SD.Service))
    assert services, "no sd:Service"
    assert any((s, SD.endpoint, URIRef(url)) in graph for s in services), \
        f"no sd:endpoint <{url}> in\n{graph.serialize(format='turtle')}"


def conforms_to_schema(url: str) -> None:
    _, graph = fetch_description(url)
    unknown = {t for triple in graph for t in triple
               if isinstance(t, URIRef) and str(t).startswith(str(SD)) and t not in SD_TERMS}
    assert not unknown, f"terms not in the SD vocabulary: {unknown}"
    conforms, _, text = validate(graph, shacl_graph=Graph().parse(SHAPES, format="turtle"))
    assert conforms, text


CHECKS: dict[str, Callable[[str], None]] = {
    "returns-rdf": returns_rdf,
    "has-endpoint-triple": has_endpoint_triple,
    "conforms-to-schema": conforms_to_schema,
}


def manifest_tests() -> list[tuple[str, str]]:
    graph = Graph().parse(MANIFEST, format="turtle")
    manifest = graph.value(predicate=RDF.type, object=MF.Manifest)
    return [(str(e).rsplit("#", 1)[-1], str(graph.value(e, MF.name)))
            for e in Collection(graph, graph.value(manifest, MF.entries))]


TESTS = manifest_tests() if MANIFEST.exists() else []


@pytest.mark.skipif(not TESTS, reason=f"W3C test suite not found at {MANIFEST}")
@pytest.mark.parametrize("name,title", TESTS, ids=[n for n, _ in TESTS])
def test_w3c_service_description(tmp_path, name, title):
    assert name in CHECKS, f"no check written for the manifest's test {name!r} ({title})"
    app = make_app(tmp_path, query_workers=1)
    with serving(app) as base:
        CHECKS[name](base + "/sparql")


def test_the_schema_check_catches_a_broken_description():
    # the conformance shapes are a real check: a description missing its language and
    # with a named graph without a name must fail them
    broken = Graph().parse(data="""
        @prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
        <http://x/sparql#s> a sd:Service ; sd:endpoint <http://x/sparql> ;
            sd:defaultDataset [ a sd:Dataset ; sd:namedGraph [ a sd:NamedGraph ] ] .
        """, format="turtle")
    conforms, _, text = validate(broken, shacl_graph=Graph().parse(SHAPES, format="turtle"))
    assert not conforms
    assert "supportedLanguage" in text and "name" in text
