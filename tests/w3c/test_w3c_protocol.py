"""The W3C SPARQL 1.1 Protocol tests, run as the manifest writes them.

Each test's requests are sent, in order, to the live server over a real socket:
the manifest's ``/sparql/`` prefix becomes ``/sparql`` for queries and ``/update``
(with a bearer token) for updates, as the manifest allows ("an endpoint being
tested may require different endpoints to be used for Query and Update
requests"). ``ut:graphData`` files are loaded into the named graphs their labels
give before the server starts. Every update request is also sent to ``/sparql``,
which must refuse it with a 4xx.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from sparql_server import make_app, serving

pytestmark = pytest.mark.e2e

SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "w3c-rdf-tests" / "sparql" / "sparql11" / "protocol"
MANIFEST = SUITE / "manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
TOKEN = "w3c-protocol-test-token"

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "text/turtle": "turtle", "application/rdf+xml": "xml", "application/n-triples": "nt",
    "application/ld+json": "json-ld", "application/n-quads": "nquads", "application/trig": "trig",
}


@dataclass
class HttpRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[str]
    expected_format: str | None
    expected_boolean: bool | None

    @property
    def is_update(self) -> bool:
        """An update request: a SPARQL Update body, an ``update=`` or ``using-*`` parameter."""
        content_type = self.headers.get("content-type", "")
        params = parse_qsl(urlsplit(self.path).query)
        if self.body is not None and content_type.startswith("application/x-www-form-urlencoded"):
            params += parse_qsl(self.body.decode("ascii", "replace"))
        names = {name for name, _ in params}
        return (content_type.startswith("application/sparql-update")
                or bool(names & {"update", "using-graph-uri", "using-named-graph-uri"})
                or (self.body is not None and self.body.decode("utf-8", "replace").startswith("update=")))


@dataclass
class ProtocolTest:
    name: str
    label: str
    graphs: dict[str, Path] = field(default_factory=dict)
    requests: list[HttpRequest] = field(default_factory=list)

    @property
    def updates(self) -> bool:
        return any(r.is_update for r in self.requests)


def _list(graph: Graph, head) -> list:
    return list(Collection(graph, head))


def read_manifest(path: Path = MANIFEST) -> list[ProtocolTest]:
    """The manifest's tests, in its order."""
    graph = Graph().parse(path, format="turtle", publicID=path.as_uri())
    manifest = graph.value(predicate=RDF.type, object=MF.Manifest)
    tests = []
    for entry in _list(graph, graph.value(manifest, MF.entries)):
        test = ProtocolTest(str(entry).rsplit("#", 1)[-1], str(graph.value(entry, MF.name)))
        for data in graph.objects(entry, UT.graphData):
            file = Path(urlsplit(str(graph.value(data, UT.graph))).path)
            test.graphs[str(graph.value(data, RDFS.label))] = SUITE / file.name
        action = graph.value(entry, MF.action)
        for node in _list(graph, graph.value(action, HT.requests)):
            test.requests.append(_request(graph, node))
        tests.append(test)
    return tests


def _request(graph: Graph, node) -> HttpRequest:
    headers = {}
    header_list = graph.value(node, HT.headers)
    if header_list is not None:
        for header in _list(graph, header_list):
            headers[str(graph.value(header, HT.fieldName)).lower()] = str(graph.value(header, HT.fieldValue))
    body = None
    body_node = graph.value(node, HT.body)
    if body_node is not None:
        encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(graph.value(body_node, CNT.chars)).encode(encoding)
    response = graph.value(node, HT.resp)
    boolean = graph.value(response, MF.expectedBoolean)
    fmt = graph.value(response, MF.expectedFormat)
    return HttpRequest(
        method=str(graph.value(node, HT.methodName)),
        path=str(graph.value(node, HT.absolutePath)),
        headers=headers, body=body,
        statuses={str(s).rsplit("#", 1)[-1] for s in graph.objects(response, MF.expectedStatus)},
        expected_format=str(fmt) if fmt is not None else None,
        expected_boolean=bool(boolean.toPython()) if boolean is not None else None,
    )


def _rewrite(path: str, endpoint: str) -> str:
    assert path.startswith("/sparql/"), path
    rest = path[len("/sparql/"):]
    return endpoint + (rest if rest.startswith("?") or not rest else "/" + rest)


def send(base: str, req: HttpRequest, *, endpoint: str) -> requests.Response:
    headers = dict(req.headers)
    if endpoint == "/update":
        headers["authorization"] = f"Bearer {TOKEN}"
    return requests.request(req.method, base + _rewrite(req.path, endpoint), headers=headers,
                            data=req.body, timeout=60, allow_redirects=False)


def check_response(req: HttpRequest, response: requests.Response) -> None:
    """The manifest's expectations: status class, result format, boolean value."""
    status_class = f"StatusCode{response.status_code // 100}xx"
    assert status_class in req.statuses, (
        f"{req.method} {req.path}: got {response.status_code}, expected {sorted(req.statuses)}\n{response.text[:500]}")
    media = response.headers.get("Content-Type", "").split(";")[0].strip()
    if req.expected_format in ("boolean", "tabular"):
        assert media in RESULT_FORMATS, f"{media} is not a SPARQL results format"
        parsed = ox.parse_query_results(response.content, format=RESULT_FORMATS[media])
        if req.expected_format == "boolean":
            assert isinstance(parsed, ox.QueryBoolean), f"not a boolean result: {response.text[:200]}"
            if req.expected_boolean is not None:
                assert bool(parsed) is req.expected_boolean
        else:
            assert isinstance(parsed, ox.QuerySolutions)
            list(parsed)
    elif req.expected_format == "RDF":
        assert media in RDF_FORMATS, f"{media} is not an RDF format"
        Graph().parse(data=response.content, format=RDF_FORMATS[media])


TESTS = read_manifest() if MANIFEST.exists() else []


@pytest.fixture
def protocol_server(tmp_path, request):
    """The app over a store holding the test's graph data, on a free port."""
    test: ProtocolTest = request.param
    app = make_app(tmp_path, test.graphs, tokens={"w3c": TOKEN}, query_workers=1)
    with serving(app) as base:
        yield app, base


@pytest.fixture
def loaded_protocol_server(corpus_store_path, request):
    """The app over a copy of the store loaded with the example corpus (so it holds the ontology,
    reference and audit graphs), plus the test's graph data, on a free port."""
    from osce_kg.loader.settings import Settings
    from osce_kg.loader.store import Change, EmbeddedStore
    from osce_kg.server.app import create_app
    from sparql_server import parsed

    test: ProtocolTest = request.param
    store = EmbeddedStore(corpus_store_path)
    store.apply(Change(replace=parsed(test.graphs)))
    settings = Settings(store=corpus_store_path, tokens={"w3c": TOKEN}, query_workers=1)
    with serving(create_app(settings, store=store)) as base:
        yield base


def _param(test: ProtocolTest):
    return pytest.param(test, id=test.name)


@pytest.mark.skipif(not TESTS, reason=f"W3C test suite not found at {MANIFEST}")
@pytest.mark.parametrize("protocol_server", [_param(t) for t in TESTS], indirect=True)
def test_w3c_protocol(protocol_server, request):
    app, base = protocol_server
    test: ProtocolTest = request.node.callspec.params["protocol_server"]
    for req in test.requests:
        response = send(base, req, endpoint="/update" if req.is_update else "/sparql")
        check_response(req, response)


@pytest.mark.skipif(not TESTS, reason=f"W3C test suite not found at {MANIFEST}")
@pytest.mark.parametrize("loaded_protocol_server", [_param(t) for t in TESTS], indirect=True)
def test_w3c_protocol_on_a_loaded_store(loaded_protocol_server, request):
    """The same requests on a store a maintainer works on: ``CLEAR ALL``, ``DROP ALL``, ``CLEAR NAMED``
    and ``GRAPH ?g`` mean the maintainers' graphs, so the server's own (audit log, ontology, reference
    data) neither block them nor are touched."""
    test: ProtocolTest = request.node.callspec.params["loaded_protocol_server"]
    for req in test.requests:
        response = send(loaded_protocol_server, req, endpoint="/update" if req.is_update else "/sparql")
        check_response(req, response)


UPDATE_REQUESTS = [(t.name, r) for t in TESTS for r in t.requests if r.is_update]


@pytest.mark.skipif(not UPDATE_REQUESTS, reason=f"W3C test suite not found at {MANIFEST}")
@pytest.mark.parametrize("name,req", UPDATE_REQUESTS, ids=[n for n, _ in UPDATE_REQUESTS])
def test_update_sent_to_query_endpoint_is_refused(tmp_path, name, req):
    app = make_app(tmp_path, {}, query_workers=1)
    with serving(app) as base:
        response = send(base, req, endpoint="/sparql")
    assert 400 <= response.status_code < 500, response.text
    if response.status_code == 400:
        assert json.loads(response.text)["title"]
