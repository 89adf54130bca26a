"""End to end over a real socket: `osce-kg serve` answers SPARQL and dereferences IRIs."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
import requests
from rdflib import Graph, URIRef
from SPARQLWrapper import JSON, SPARQLWrapper

from conftest import LiveServer, free_port

pytestmark = pytest.mark.e2e


def test_sparqlwrapper_queries_the_served_store(live_server):
    client = SPARQLWrapper(live_server.url + "/sparql")
    client.setQuery("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    client.setReturnFormat(JSON)
    result = client.query().convert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) >= 20


def a_resource_iri(server: LiveServer) -> str:
    response = requests.get(server.url + "/sparql", params={
        "query": "SELECT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'http://localhost:8000/id/release/')) } LIMIT 1"},
        headers={"Accept": "application/sparql-results+json"}, timeout=30)
    response.raise_for_status()
    return response.json()["results"]["bindings"][0]["s"]["value"]


def test_id_answers_303_and_doc_answers_turtle_about_the_iri(live_server):
    iri = a_resource_iri(live_server)
    path = iri.removeprefix("http://localhost:8000")
    response = requests.get(live_server.url + path, allow_redirects=False, timeout=30,
                            headers={"Accept": "text/turtle"})
    assert response.status_code == 303
    assert response.headers["Location"].endswith(path.replace("/id/", "/doc/", 1))
    doc = requests.get(live_server.url + path.replace("/id/", "/doc/", 1), timeout=30,
                       headers={"Accept": "text/turtle"})
    assert doc.status_code == 200
    assert doc.headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=doc.text, format="turtle")
    assert (URIRef(iri), None, None) in graph


def test_health(live_server):
    body = requests.get(live_server.url + "/health", timeout=10).json()
    assert body["status"] == "ok" and body["quads"] > 0


def test_serve_builds_the_store_from_the_bundled_corpus_on_first_run(tmp_path):
    server = LiveServer(tmp_path / "fresh-store", env={"OSCE_KG_TOKEN": "t0ken"},
                        args=["--query-timeout", "10"]).start(timeout=240)
    try:
        body = requests.get(server.url + "/health", timeout=10).json()
        assert body["quads"] > 1000
        assert (tmp_path / "fresh-store" / "CURRENT").exists()
        # regression: the first-run build used to open the store in the server's master process;
        # RocksDB's threads died in the fork and the first query after a write hung forever
        graph = server.base + "graph/pr-plain-2017-presence-in-albania-twenty-years"
        only_there = requests.get(server.url + "/sparql", timeout=30, headers={"Accept": "text/csv"}, params={
            "query": f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s a ?t }} FILTER(STRSTARTS(STR(?s), '{server.base}id/')) "
                     f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }} }} LIMIT 1"})
        resource = only_there.text.splitlines()[1].strip()
        deleted = requests.delete(server.url + "/store", params={"graph": graph}, timeout=30,
                                  headers={"Authorization": "Bearer t0ken"})
        assert deleted.status_code == 200, deleted.text
        answer = requests.get(server.url + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30,
                              headers={"Accept": "application/sparql-results+json"})
        assert answer.status_code == 200 and answer.json()["boolean"] is True
        gone = requests.get(resource, allow_redirects=False, timeout=30)
        assert gone.status_code == 410
    finally:
        log = server.stop()
    assert "building it from the example corpus" in log
    assert "loading corpus" in log  # the progress bar
    assert f"serving {tmp_path / 'fresh-store'} on {server.url}/" in log


def test_serve_on_a_store_another_process_holds_exits_3_with_a_message(tmp_path):
    from osce_kg.loader.store import EmbeddedStore

    holder = EmbeddedStore(tmp_path / "held")  # this process holds the RocksDB lock
    try:
        done = subprocess.run([sys.executable, "-m", "osce_kg.server.cli", "serve", "--port", str(free_port()),
                               "--store", str(tmp_path / "held")], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "OSCE_KG_BASE": "http://localhost:8000/"})
    finally:
        holder.close()
    assert done.returncode == 3, done.stderr[-2000:]
    assert "in use by another process" in done.stderr
    assert "Traceback" not in done.stderr
