"""The /sparql endpoint over a real socket: the SPARQL 1.1 Protocol as issue 4 lists it."""
from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest
import requests
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from osce_kg.loader.store import Change
from osce_kg.server.services import EXTENSION_KEY
from osce_kg.server.sparql import executor_of
from sparql_server import EX, free_port, make_app, serving

pytestmark = pytest.mark.e2e

JSON_RESULTS = "application/sparql-results+json"
SD = "http://www.w3.org/ns/sparql-service-description#"
RELEASES = f"SELECT ?r WHERE {{ ?r a <{EX}PressRelease> }} ORDER BY ?r"


@pytest.fixture
def server(tmp_path):
    app = make_app(tmp_path)
    with serving(app) as base:
        yield base


def values(response: requests.Response, var: str) -> list[str]:
    assert response.status_code == 200, response.text
    return [b[var]["value"] for b in response.json()["results"]["bindings"] if var in b]


def get(base: str, query: str, accept: str = JSON_RESULTS, **params: str) -> requests.Response:
    return requests.get(base + "/sparql", params={"query": query, **params},
                        headers={"Accept": accept}, timeout=30)


# -- the three ways in -----------------------------------------------------------------

def test_get_post_form_and_post_direct_answer_alike(server):
    expected = [EX + "release1", EX + "release2"]
    assert values(get(server, RELEASES), "r") == expected
    form = requests.post(server + "/sparql", data={"query": RELEASES}, headers={"Accept": JSON_RESULTS}, timeout=30)
    assert values(form, "r") == expected
    direct = requests.post(server + "/sparql", data=RELEASES.encode(), timeout=30,
                           headers={"Content-Type": "application/sparql-query", "Accept": JSON_RESULTS})
    assert values(direct, "r") == expected


def test_default_graph_is_the_union_of_the_document_graphs(server):
    query = f"SELECT ?label WHERE {{ <{EX}release1> <{EX}mentions> ?s . ?s <{RDFS.label}> ?label }} ORDER BY ?label"
    assert values(get(server, query), "label") == ["Austria", "Finland"]


def test_default_graph_uri_selects_exactly_those_graphs(server):
    query = "SELECT ?r WHERE { ?r ?p ?o } "
    only = values(get(server, f"SELECT DISTINCT ?r WHERE {{ ?r a <{EX}PressRelease> }}",
                      **{"default-graph-uri": EX + "graph/release2"}), "r")
    assert only == [EX + "release2"]
    none = values(get(server, query, **{"default-graph-uri": EX + "graph/absent"}), "r")
    assert none == []


def test_protocol_dataset_overrides_from(server):
    query = f"SELECT ?r FROM <{EX}graph/release1> WHERE {{ ?r a <{EX}PressRelease> }}"
    assert values(get(server, query), "r") == [EX + "release1"]
    overridden = get(server, query, **{"default-graph-uri": EX + "graph/release2"})
    assert values(overridden, "r") == [EX + "release2"]


def test_named_graph_uri_limits_graph_patterns(server):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    assert values(get(server, query), "g") == [EX + "graph/reference", EX + "graph/release1",
                                               EX + "graph/release2"]
    response = requests.get(server + "/sparql", timeout=30, headers={"Accept": JSON_RESULTS}, params=[
        ("query", query), ("named-graph-uri", EX + "graph/release1"), ("named-graph-uri", EX + "graph/reference")])
    assert values(response, "g") == [EX + "graph/reference", EX + "graph/release1"]
    # with only named graphs given, the default graph is empty
    assert values(get(server, RELEASES, **{"named-graph-uri": EX + "graph/release1"}), "r") == []


# -- 400s ------------------------------------------------------------------------------

@pytest.mark.parametrize("method,kwargs,needle", [
    ("get", {"params": {"query": "SELECT * WHERE {"}}, "does not parse"),
    ("post", {"data": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, "application/sparql-query"),
    ("post", {"data": b"ASK {}"}, "no content type"),
    ("post", {"data": b"INSERT DATA { <a> <b> <c> }", "headers": {"Content-Type": "application/sparql-update"}},
     "/update"),
    ("post", {"data": {"update": "CLEAR ALL"}}, "/update"),
    ("get", {"params": {"query": "INSERT DATA { <http://a> <http://b> <http://c> }"}}, "/update"),
    ("get", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}, "one query"),
    ("post", {"data": "ASK {}".encode("utf-16"),
              "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"}}, "UTF-8"),
    ("post", {"data": b"ASK { FILTER(\"\xff\") }", "headers": {"Content-Type": "application/sparql-query"}},
     "UTF-8"),
    ("post", {"data": b"query=ASK%20%7B%7D%FF", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
     "UTF-8"),
    ("post", {"data": {"default-graph-uri": "http://x"}}, "no query"),
], ids=["malformed", "wrong-content-type", "no-content-type", "update-direct", "update-form",
        "update-as-query", "two-queries", "utf16", "bad-utf8-direct", "bad-utf8-form", "post-without-query"])
def test_bad_requests_are_400_with_a_readable_problem(server, method, kwargs, needle):
    response = getattr(requests, method)(server + "/sparql", timeout=30, **kwargs)
    assert response.status_code == 400, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400 and needle in problem["detail"]


def test_service_is_refused_unless_allowlisted(server):
    for target in ("<http://example.net/sparql>", "?endpoint"):
        response = get(server, f"SELECT * WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }}")
        assert response.status_code == 400
        assert "SERVICE" in response.json()["detail"]


def test_an_allowlisted_service_is_queried(tmp_path):
    # the endpoint federates to itself: the allowlist is the only thing that changed
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}/sparql"
    app = make_app(tmp_path, service_allowlist=(endpoint,), query_workers=2)
    with serving(app, port=port) as base:
        query = f"SELECT ?l WHERE {{ SERVICE <{endpoint}> {{ <{EX}finland> <{RDFS.label}> ?l }} }}"
        assert values(get(base, query), "l") == ["Finland"]
        refused = get(base, "SELECT * WHERE { SERVICE <http://example.net/sparql> { ?s ?p ?o } }")
        assert refused.status_code == 400


# -- formats and negotiation -----------------------------------------------------------

@pytest.mark.parametrize("accept,parser", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_select_in_every_results_format(server, accept, parser):
    response = get(server, f"SELECT ?r ?label WHERE {{ ?r a <{EX}PressRelease> ; <{RDFS.label}> ?label }} ORDER BY ?r",
                   accept=accept)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith(accept)
    if parser == ox.QueryResultsFormat.CSV:  # lossy by design (no language tags), so read as plain CSV
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert [r["label"] for r in rows] == ["Chairpersonship opens conference <in> Vienna & more",
                                              "Secretariat meets Austria"]
    else:
        rows = list(ox.parse_query_results(response.content, format=parser))
        assert len(rows) == 2
        assert rows[0]["label"] == ox.Literal("Chairpersonship opens conference <in> Vienna & more", language="en")
    assert response.headers["X-Result-Rows"] == "2"


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml"])
def test_ask_as_json_and_xml(server, accept):
    fmt = ox.QueryResultsFormat.JSON if accept.endswith("json") else ox.QueryResultsFormat.XML
    for query, expected in ((f"ASK {{ <{EX}release1> ?p ?o }}", True), ("ASK { <http://nothing> ?p ?o }", False)):
        response = get(server, query, accept=accept)
        assert bool(ox.parse_query_results(response.content, format=fmt)) is expected


GRAPH_FORMATS = [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
                 ("application/ld+json", "json-ld"), ("application/n-quads", "nquads"), ("application/trig", "trig")]


@pytest.mark.parametrize("accept,parser", GRAPH_FORMATS)
def test_construct_in_every_rdf_format(server, accept, parser):
    query = f"CONSTRUCT {{ ?r <{RDFS.label}> ?l }} WHERE {{ ?r a <{EX}PressRelease> ; <{RDFS.label}> ?l }}"
    response = get(server, query, accept=accept)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith(accept)
    data = Dataset()
    data.parse(data=response.content, format=parser)
    labels = {str(o) for _, _, o, _ in data.quads((None, RDFS.label, None, None))}
    assert labels == {"Chairpersonship opens conference <in> Vienna & more", "Secretariat meets Austria"}


@pytest.mark.parametrize("accept,parser", GRAPH_FORMATS)
def test_describe_gives_the_resource_and_labels_of_what_it_points_to(server, accept, parser):
    response = get(server, f"DESCRIBE <{EX}release1>", accept=accept)
    assert response.status_code == 200, response.text
    data = Dataset()
    data.parse(data=response.content, format=parser)
    triples = {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))}
    release = URIRef(EX + "release1")
    assert (release, RDF.type, URIRef(EX + "PressRelease")) in triples
    assert (URIRef(EX + "finland"), RDFS.label, Literal("Finland", lang="en")) in triples
    assert any(p == URIRef("http://www.w3.org/2004/02/skos/core#prefLabel") for _, p, _ in triples)
    assert any(p == URIRef(EX + "speaker") for _, p, _ in triples)  # the blank node's triples come along
    assert (URIRef(EX + "finland"), URIRef(EX + "iso"), Literal("FI")) not in triples  # labels only


def test_describe_as_nquads_names_the_graphs(server):
    response = get(server, f"DESCRIBE <{EX}release1>", accept="application/n-quads")
    data = Dataset()
    data.parse(data=response.content, format="nquads")
    graphs = {str(g) for _, _, _, g in data.quads((None, None, None, None))}
    assert {EX + "graph/release1", EX + "graph/reference"} <= graphs


def test_jsonld_is_compacted_with_the_project_context(server):
    from osce_kg.loader.store.results import project_context

    context = project_context()
    if context is None:
        pytest.skip("ontology/context.jsonld is not there yet")
    response = get(server, f"CONSTRUCT {{ <{EX}finland> <{RDFS.label}> ?l }} WHERE {{ <{EX}finland> <{RDFS.label}> ?l }}",
                   accept="application/ld+json")
    doc = response.json()
    assert "@context" in doc
    assert "http://www.w3.org/2000/01/rdf-schema#label" not in response.text  # compacted, not expanded


@pytest.mark.parametrize("accept,expected", [
    ("application/sparql-results+xml;q=0.9, application/sparql-results+json", JSON_RESULTS),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.5", "application/sparql-results+xml"),
    ("application/*;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ("*/*", JSON_RESULTS),
    ("application/json", JSON_RESULTS),
    ("text/html, */*;q=0.1", "text/html"),
])
def test_accept_with_q_values(server, accept, expected):
    response = get(server, RELEASES, accept=accept)
    assert response.headers["Content-Type"].split(";")[0] == expected
    assert "Accept" in response.headers["Vary"]


def test_format_parameter_wins_over_accept(server):
    response = get(server, RELEASES, accept="application/sparql-results+xml", format="csv")
    assert response.headers["Content-Type"].startswith("text/csv")
    graph = get(server, f"DESCRIBE <{EX}release2>", accept="application/rdf+xml", format="nt")
    assert graph.headers["Content-Type"].startswith("application/n-triples")


@pytest.mark.parametrize("query,accept", [(RELEASES, "text/turtle"), ("ASK {}", "text/turtle"),
                                          (f"DESCRIBE <{EX}release1>", "text/csv")])
def test_406_when_nothing_fits(server, query, accept):
    response = get(server, query, accept=accept)
    assert response.status_code == 406
    assert response.json()["status"] == 406


@pytest.mark.parametrize("accept,expected", [
    ("text/csv", "_askResult\r\ntrue\r\n"),
    ("text/tab-separated-values", "?_askResult\ntrue\n"),
])
def test_ask_as_csv_and_tsv_is_a_one_cell_table(server, accept, expected):
    response = get(server, "ASK { ?s ?p ?o }", accept=accept)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(accept)
    assert response.text == expected


# -- service description and the HTML page -------------------------------------------------

def test_get_without_query_is_the_service_description(server):
    response = requests.get(server + "/sparql", headers={"Accept": "text/turtle"}, timeout=30)
    assert response.headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    service = next(graph.subjects(RDF.type, URIRef(SD + "Service")))
    assert (service, URIRef(SD + "endpoint"), URIRef(server + "/sparql")) in graph
    assert (service, URIRef(SD + "feature"), URIRef(SD + "UnionDefaultGraph")) in graph
    names = set(graph.objects(None, URIRef(SD + "name")))
    assert URIRef(EX + "graph/release1") in names


def test_browsers_get_a_query_page_that_needs_no_javascript(server):
    """The workbench's script is an enhancement: the form, the examples and the results table are
    the server's, and no script is inline."""
    import re

    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    page = requests.get(server + "/sparql", headers={"Accept": accept}, timeout=30)
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<form" in page.text and 'name="query"' in page.text
    assert all(re.search(r'\bsrc="/static/', tag) for tag in re.findall(r"<script\b[^>]*>", page.text))
    assert "Example queries" in page.text
    results = requests.get(server + "/sparql", params={"query": f"SELECT ?l WHERE {{ <{EX}release1> <{RDFS.label}> ?l }}"},
                           headers={"Accept": accept}, timeout=30)
    assert "<table>" in results.text
    assert "conference &lt;in&gt; Vienna &amp; more" in results.text
    assert "<in>" not in results.text


def test_html_page_shows_a_failed_query_with_its_status(server):
    response = requests.get(server + "/sparql", params={"query": "SELECT * {", "format": "html"}, timeout=30)
    assert response.status_code == 400
    assert "does not parse" in response.text


def test_example_queries_on_the_page_run(server):
    from osce_kg.server.sparql import example_queries

    for example in example_queries():
        response = get(server, example["query"], accept="*/*")
        assert response.status_code == 200, (example["title"], response.text)


# -- limits ------------------------------------------------------------------------------

def test_body_over_the_limit_is_413(tmp_path):
    app = make_app(tmp_path, max_body_bytes=1000)
    with serving(app) as base:
        big = "ASK {}" + " " * 2000
        response = requests.post(base + "/sparql", data=big.encode(), timeout=30,
                                 headers={"Content-Type": "application/sparql-query"})
        assert response.status_code == 413
        small = requests.post(base + "/sparql", data=b"ASK {}", timeout=30,
                              headers={"Content-Type": "application/sparql-query"})
        assert small.status_code == 200


def test_url_over_the_limit_is_414(tmp_path):
    app = make_app(tmp_path, max_url_bytes=500)
    with serving(app) as base:
        response = get(base, "ASK {}" + " " * 600)
        assert response.status_code == 414
        assert get(base, "ASK {}").status_code == 200


def test_row_cap_is_an_error_never_a_short_answer(tmp_path):
    app = make_app(tmp_path, max_result_rows=2)
    with serving(app) as base:
        over = get(base, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        assert over.status_code == 413 and "LIMIT" in over.json()["detail"]
        graph = get(base, "CONSTRUCT WHERE { ?s ?p ?o }", accept="text/turtle")
        assert graph.status_code == 413
        assert len(values(get(base, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"), "s")) == 2


# -- CORS ---------------------------------------------------------------------------------

def test_cors_preflight_and_answers_for_configured_origins(tmp_path):
    app = make_app(tmp_path, cors_origins=("https://yasgui.example",))
    with serving(app) as base:
        preflight = requests.options(base + "/sparql", timeout=30, headers={
            "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert preflight.status_code == 204
        assert preflight.headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
        assert preflight.headers["Access-Control-Allow-Headers"].lower() == "content-type"
        answer = requests.post(base + "/sparql", data={"query": "ASK {}"}, timeout=30,
                               headers={"Origin": "https://yasgui.example"})
        assert answer.headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert "Origin" in answer.headers["Vary"]
        other = requests.options(base + "/sparql", timeout=30, headers={
            "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert "Access-Control-Allow-Origin" not in other.headers
        assert "Access-Control-Allow-Origin" not in requests.get(
            base + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"}, timeout=30).headers


def test_cors_star_by_default(server):
    response = get(server, "ASK {}")
    assert response.headers["Access-Control-Allow-Origin"] == "*"


# -- writes reach the readers ---------------------------------------------------------------

def test_a_committed_write_is_seen_by_the_next_query(tmp_path):
    app = make_app(tmp_path)
    services = app.extensions[EXTENSION_KEY]
    with serving(app) as base:
        assert values(get(base, RELEASES), "r") == [EX + "release1", EX + "release2"]
        g = Graph()
        g.add((URIRef(EX + "release3"), RDF.type, URIRef(EX + "PressRelease")))
        services.store.apply(Change(replace={URIRef(EX + "graph/release3"): g}))
        services.written()
        assert values(get(base, RELEASES), "r") == [EX + "release1", EX + "release2", EX + "release3"]
        executor = executor_of(app)
        for _ in range(4):  # every worker moves on to the new generation
            get(base, "ASK {}")
        snapshots = sorted(p.name for p in executor.snapshot_root.iterdir())
        assert snapshots == [f"gen-{executor.stats()['generation']}"]


def test_a_chunked_post_takes_the_full_flask_path(server):
    # no Content-Length: the fast path leaves it to the Flask view, which answers alike
    def body():
        yield RELEASES.encode()

    response = requests.post(server + "/sparql", data=body(), timeout=30,
                             headers={"Content-Type": "application/sparql-query", "Accept": JSON_RESULTS})
    assert values(response, "r") == [EX + "release1", EX + "release2"]
    assert response.headers["X-Result-Rows"] == "2"


def test_head_answers_like_get_without_a_body(server):
    response = requests.head(server + "/sparql", params={"query": RELEASES}, timeout=30,
                             headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/csv")
    assert response.content == b""


def test_html_page_says_when_it_shows_only_the_first_rows(server, monkeypatch):
    from osce_kg.server import sparql

    monkeypatch.setattr(sparql, "HTML_ROWS", 2)
    response = requests.get(server + "/sparql", timeout=30, params={
        "query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "format": "html"})
    assert response.status_code == 200
    assert "Showing the first 2 of" in response.text
    assert response.text.count("<tr>") == 3  # the header row and two results


def test_service_description_counts_graphs_it_does_not_list(server, monkeypatch):
    from osce_kg.server import servicedesc

    monkeypatch.setattr(servicedesc, "MAX_LISTED_GRAPHS", 1)
    response = requests.get(server + "/sparql", headers={"Accept": "text/turtle"}, timeout=30)
    graph = Graph().parse(data=response.text, format="turtle")
    assert not set(graph.objects(None, URIRef(SD + "name")))
    assert any("3 named graphs" in str(c) for c in graph.objects(None, RDFS.comment))
