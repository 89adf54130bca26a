"""The whole path on a remote store: `osce-kg load` into a real `oxigraph serve`, then `osce-kg serve` over it."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
import requests
from rdflib import Graph, URIRef
from SPARQLWrapper import JSON, SPARQLWrapper

from conftest import SEED, LiveServer

pytestmark = pytest.mark.e2e


@pytest.fixture
def remote_env(oxigraph_server) -> dict[str, str]:
    return {"OSCE_KG_REMOTE_QUERY_URL": oxigraph_server + "/query",
            "OSCE_KG_REMOTE_UPDATE_URL": oxigraph_server + "/update",
            "OSCE_KG_BASE": "http://localhost:8000/"}


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "osce_kg.server.cli", *args], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=300)


def test_load_query_and_serve_over_a_remote_store(remote_env, tmp_path):
    loaded = cli(remote_env, "load", str(SEED))
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    answer = cli(remote_env, "query", "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a "
                 "<https://w3id.org/osce-kg/ontology#ParticipatingState> }", "--format", "csv")
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.splitlines()[1].strip() == "57"

    server = LiveServer(tmp_path / "unused", env=remote_env).start()
    try:
        client = SPARQLWrapper(server.url + "/sparql")
        client.setQuery("SELECT ?date WHERE { ?r <http://purl.org/dc/terms/issued> ?date }")
        client.setReturnFormat(JSON)
        dates = {b["date"]["value"] for b in client.query().convert()["results"]["bindings"]}
        assert "2009-02-18" in dates
        doc = requests.get(server.url + "/doc/state/finland", headers={"Accept": "text/turtle"}, timeout=30)
        assert doc.status_code == 200
        graph = Graph().parse(data=doc.text, format="turtle")
        assert (URIRef("http://localhost:8000/id/state/finland"), None, None) in graph
    finally:
        server.stop()
