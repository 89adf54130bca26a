"""The W3C SPARQL 1.1 Graph Store Protocol tests, run as their manifests are written.

Each test's requests run in order (``/gsp`` is our ``/store``); statuses, ``Location``
templates, response Content-Type (also on HEAD) and bodies (by graph isomorphism) are
checked. Writes carry a bearer token. Three ways: the app's test client over a fresh store
and over a copy of the store loaded with the example corpus, each with a gate on small
shapes of our own; and end to end, over a socket, against ``osce-kg serve --shapes-replace
--shapes foaf-shapes.ttl`` on the loaded corpus, the deployment's shapes under which the
W3C's FOAF data is valid (the project's own shapes rightly refuse it).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

import pytest
import requests
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SH

from conftest import SHARED, LiveServer
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


@dataclass
class Answer:
    status: int
    headers: Mapping[str, str]
    text: str


#: sends one request: (method, path, body, headers, authority) -> the answer
Send = Callable[[str, str, "bytes | None", dict, str], Answer]


def flask_send(client) -> Send:
    def send(method: str, path: str, data: bytes | None, headers: dict, authority: str) -> Answer:
        r = client.open(path, method=method, data=data, headers=headers, base_url=f"http://{authority}")
        return Answer(r.status_code, r.headers, r.get_data(as_text=True))
    return send


def http_send(url: str) -> Send:
    """Requests over a real socket to a running ``osce-kg serve`` (the manifest's authority is not ours)."""
    def send(method: str, path: str, data: bytes | None, headers: dict, authority: str) -> Answer:
        r = requests.request(method, url + path, data=data, headers=headers, timeout=60, allow_redirects=False)
        return Answer(r.status_code, r.headers, r.text)
    return send


def run_test(send: Send, name: str, g: Graph, test) -> None:
    """The manifest test's requests, in order, with their expectations (statuses, Location, types, bodies)."""
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
        if path.startswith("http"):  # a Location filled in: keep its path, whatever host answered it
            path = "/" + path.split("://", 1)[1].split("/", 1)[1]
        assert path.startswith(("/gsp", "/store")), path
        if path.startswith("/gsp"):
            path = "/store" + path[len("/gsp"):]
        headers = headers_of(g, req)
        headers["Authorization"] = f"Bearer {TOKEN}"
        body = g.value(req, HT.body)
        data = fill(str(g.value(body, CNT.chars))).encode("utf-8") if body is not None else None
        response = send(method, path, data, headers, authority)
        resp = g.value(req, HT.resp)
        where = f"{name} step {step + 1} ({method} {path})"
        assert response.status in expected_statuses(g, resp), f"{where}: {response.status} {response.text[:300]}"
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
            actual = Graph().parse(data=response.text, format=fmt)
            assert isomorphic(expected, actual), f"{where}: body differs\n{response.text}"


@pytest.mark.parametrize("name,manifest,test", TESTS, ids=[t[0] for t in TESTS])
def test_graph_store_protocol(gsp_client, name, manifest, test):
    run_test(flask_send(gsp_client), name, manifest, test)


FOAF_SHAPES = Path(__file__).with_name("foaf-shapes.ttl")


@pytest.fixture
def foaf_server(corpus_store_path):
    """``osce-kg serve --shapes-replace --shapes foaf-shapes.ttl`` over a copy of the loaded corpus store
    (one per test: the manifest's tests each start from the store as loaded)."""
    env = {"OSCE_KG_BASE": "http://localhost:8000/", "OSCE_KG_TOKEN": f"w3c:{TOKEN}"}
    server = LiveServer(corpus_store_path, env=env,
                        args=["--shapes-replace", "--shapes", str(FOAF_SHAPES)]).start()
    yield server
    server.stop()


@pytest.mark.parametrize("name,manifest,test", TESTS, ids=[t[0] for t in TESTS])
def test_graph_store_protocol_end_to_end_under_the_deployments_shapes(foaf_server, name, manifest, test):
    run_test(http_send(foaf_server.url), name, manifest, test)


def test_the_served_shapes_are_the_deployments(foaf_server):
    served = Graph().parse(data=requests.get(foaf_server.url + "/shapes.ttl", timeout=60).text, format="turtle")
    assert (URIRef("http://localhost:8000/shapes#FoafPerson"), RDF.type, SH.NodeShape) in served
    assert not list(served.subjects(SH.targetClass, URIRef("https://w3id.org/osce-kg/ontology#PressRelease")))


def test_foaf_data_breaks_the_shapes_it_is_not_written_for(foaf_server):
    """The deployment's shapes do check: a vCard without its name is 422, nothing written."""
    bad = ("@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix v: <http://www.w3.org/2006/vcard/ns#> . "
           "<http://www.example/gsp/person/9> a foaf:Person ; foaf:businessCard [ a v:VCard ] .")
    graph = foaf_server.url + "/store/person/9.ttl"
    r = requests.put(graph, data=bad, timeout=60,
                     headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 422, r.text
    assert "names its person" in r.text
    assert requests.get(graph, timeout=60).status_code == 404


def test_manifests_are_all_run():
    assert len(TESTS) == 4 + 9  # the entries lists of manifest-direct and manifest-indirect
    assert all((t, RDF.type, MF.GraphStoreProtocolTest) in g for _, g, t in TESTS)
