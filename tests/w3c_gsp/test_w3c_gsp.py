"""The W3C SPARQL 1.1 Graph Store Protocol tests, run as their manifests are written.

Each test's requests run in order against a fresh app (``/gsp`` is our ``/store``);
statuses, ``Location`` templates, response Content-Type (also on HEAD) and bodies (by
graph isomorphism) are checked. Writes carry a bearer token; the gate runs with small
shapes of our own (the W3C data is FOAF, outside the project's shapes).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from conftest import SHARED
from gate_fixtures import ONTOLOGY, SHAPES, graph
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.gate import Gate
from osce_kg.loader.settings import Settings
from osce_kg.loader.store import EmbeddedStore
from osce_kg.server.app import create_app
from osce_kg.server.services import EXTENSION_KEY

SUITE = SHARED / "w3c-rdf-tests" / "sparql" / "sparql11" / "graph-store-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = "http://www.w3.org/2011/http-statusCodes#"
STATUS = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404, "BadRequest": 400}
TOKEN = "w3c-token"
RDF_FORMATS = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml"}


def manifest_tests() -> list[tuple[str, Graph, URIRef]]:
    """(id, manifest graph, test node) for every entry of every included manifest."""
    top = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    out = []
    for include in top.objects(None, MF.include):
        for part in Collection(top, include):
            path = SUITE / Path(str(part)).name
            g = Graph().parse(path, format="turtle")
            for entries in g.objects(None, MF.entries):
                for test in Collection(g, entries):
                    out.append((f"{path.stem}:{str(test).rsplit('#', 1)[-1]}", g, test))
    return out


TESTS = manifest_tests()


def headers_of(g: Graph, node) -> dict[str, str]:
    lst = g.value(node, HT.headers)
    if lst is None:
        return {}
    return {str(g.value(h, HT.fieldName)).lower(): str(g.value(h, HT.fieldValue)) for h in Collection(g, lst)}


def expected_statuses(g: Graph, resp) -> set[int]:
    out = set()
    for status in g.objects(resp, MF.expectedStatus):
        name = str(status)[len(HTS):]
        out |= set(range(200, 300)) if name == "StatusCode2xx" else {STATUS[name]}
    return out


@pytest.fixture(params=["fresh", "loaded"])
def gsp_client(tmp_path: Path, request):
    """A test client over a fresh store, or over a copy of the store loaded with the example corpus
    (which holds the server-managed ontology, reference and audit graphs)."""
    path = request.getfixturevalue("corpus_store_path") if request.param == "loaded" else tmp_path / "store"
    store = EmbeddedStore(path)
    app = create_app(Settings(store=path, base="http://localhost:8000/", tokens={"w3c": TOKEN}),
                     store=store)
    svc = app.extensions[EXTENSION_KEY]
    svc.extras["gate"] = Gate(store, graph(SHAPES), graph(ONTOLOGY), audit=AuditLog(svc.settings.base),
                              lock=svc.write_lock, protected=svc.minter.managed_graphs())
    yield app.test_client()
    store.close()


@pytest.mark.parametrize("name,manifest,test", TESTS, ids=[t[0] for t in TESTS])
def test_graph_store_protocol(gsp_client, name, manifest, test):
    g = manifest
    action = g.value(test, MF.action)
    authority = str(g.value(action, HT.connectionAuthority))
    template: dict[str, str] = {}

    def fill(text: str) -> str:
        for key, value in template.items():
            text = text.replace(key, value)
        return text

    for step, req in enumerate(Collection(g, g.value(action, HT.requests))):
        method = str(g.value(req, HT.methodName))
        path = fill(str(g.value(req, HT.absolutePath)))
        assert path.startswith("/gsp")
        path = "/store" + path[len("/gsp"):]
        headers = headers_of(g, req)
        headers["Authorization"] = f"Bearer {TOKEN}"
        body = g.value(req, HT.body)
        data = fill(str(g.value(body, CNT.chars))).encode("utf-8") if body is not None else None
        response = gsp_client.open(path, method=method, data=data, headers=headers,
                                   base_url=f"http://{authority}")
        resp = g.value(req, HT.resp)
        where = f"{name} step {step + 1} ({method} {path})"
        assert response.status_code in expected_statuses(g, resp), \
            f"{where}: {response.status_code} {response.get_data(as_text=True)[:300]}"
        location = g.value(resp, MF.expectedLocation)
        if location is not None:
            assert response.headers.get("Location"), f"{where}: no Location"
            template[str(location)] = response.headers["Location"]
        want = headers_of(g, resp)
        if "content-type" in want:
            got = response.headers.get("Content-Type", "").replace(" ", "").lower()
            assert got == want["content-type"].replace(" ", "").lower(), f"{where}: Content-Type {got}"
        expected_body = g.value(resp, HT.body)
        if expected_body is not None:
            fmt = RDF_FORMATS[want.get("content-type", "text/turtle").split(";")[0].strip()]
            expected = Graph().parse(data=str(g.value(expected_body, CNT.chars)), format=fmt)
            actual = Graph().parse(data=response.get_data(as_text=True), format=fmt)
            assert isomorphic(expected, actual), f"{where}: body differs\n{response.get_data(as_text=True)}"


def test_manifests_are_all_run():
    assert len(TESTS) == 4 + 9  # the entries lists of manifest-direct and manifest-indirect
    assert all((t, RDF.type, MF.GraphStoreProtocolTest) in g for _, g, t in TESTS)
