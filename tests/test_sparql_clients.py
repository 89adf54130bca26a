"""Real clients over a real socket: SPARQLWrapper and rdflib's SPARQLStore, every query
form and every result format they speak."""
from __future__ import annotations

import csv
import io

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (CSV, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, URLENCODED, XML,
                           SPARQLWrapper)

from sparql_server import EX, make_app, serving

pytestmark = pytest.mark.e2e

SELECT = f"SELECT ?r ?label WHERE {{ ?r a <{EX}PressRelease> ; <{RDFS.label}> ?label }} ORDER BY ?r"
ASK = f"ASK {{ <{EX}release2> <{EX}mentions> <{EX}austria> }}"
CONSTRUCT = f"CONSTRUCT {{ ?r <{RDFS.label}> ?label }} WHERE {{ ?r a <{EX}PressRelease> ; <{RDFS.label}> ?label }}"
DESCRIBE = f"DESCRIBE <{EX}release2>"
LABEL2 = Literal("Secretariat meets Austria", lang="en")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    # read-only queries only: one server for the module keeps the suite fast
    app = make_app(tmp_path_factory.mktemp("clients"))
    with serving(app) as base:
        yield base + "/sparql"


METHODS = [("GET", None), ("POST", URLENCODED), ("POST", POSTDIRECTLY)]


def client(endpoint: str, query: str, fmt: str, method: tuple[str, str | None]) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    if method[0] == "POST":
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(method[1])
    return wrapper


@pytest.mark.parametrize("method", METHODS, ids=["get", "post-form", "post-direct"])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select(endpoint, fmt, method):
    result = client(endpoint, SELECT, fmt, method).query().convert()
    if fmt == JSON:
        labels = [b["label"]["value"] for b in result["results"]["bindings"]]
    elif fmt == XML:
        labels = [n.firstChild.data for n in result.getElementsByTagName("literal")]
    else:
        text = result.decode("utf-8")
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == CSV else "\t"))[1:]
        labels = [r[1] for r in rows if r]
        if fmt == TSV:
            labels = [label.rsplit("@", 1)[0].strip('"') for label in labels]
    assert labels == ["Chairpersonship opens conference <in> Vienna & more", "Secretariat meets Austria"]


@pytest.mark.parametrize("method", METHODS, ids=["get", "post-form", "post-direct"])
@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(endpoint, fmt, method):
    result = client(endpoint, ASK, fmt, method).query().convert()
    value = result["boolean"] if fmt == JSON else result.getElementsByTagName("boolean")[0].firstChild.data == "true"
    assert value is True


# SPARQLWrapper itself builds its graphs with rdflib's deprecated ConjunctiveGraph
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("method", METHODS, ids=["get", "post-form", "post-direct"])
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, XML, JSONLD])
def test_sparqlwrapper_graphs(endpoint, query, fmt, method):
    result = client(endpoint, query, fmt, method).query().convert()
    graph = result if isinstance(result, Graph) else Graph().parse(
        data=result, format={TURTLE: "turtle", N3: "n3", JSONLD: "json-ld"}.get(fmt, "xml"))
    assert (URIRef(EX + "release2"), RDFS.label, LABEL2) in graph


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_rdflib_sparqlstore_every_form(endpoint, fmt):
    store = SPARQLStore(endpoint, returnFormat=fmt)
    graph = Graph(store=store)
    rows = list(graph.query(SELECT))
    assert [str(r.label) for r in rows] == ["Chairpersonship opens conference <in> Vienna & more",
                                            "Secretariat meets Austria"]
    assert graph.query(ASK).askAnswer is True
    constructed = graph.query(CONSTRUCT).graph
    assert (URIRef(EX + "release2"), RDFS.label, LABEL2) in constructed
    described = graph.query(DESCRIBE).graph
    assert (URIRef(EX + "austria"), RDFS.label, Literal("Austria", lang="en")) in described
    store.close()


def test_rdflib_sparqlstore_post(endpoint):
    store = SPARQLStore(endpoint, method="POST")
    rows = list(Graph(store=store).query(SELECT))
    assert len(rows) == 2
    store.close()
