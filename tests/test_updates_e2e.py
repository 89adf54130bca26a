"""Maintainers' writes against a real ``osce-kg serve`` over a socket, with the project's shapes."""
from __future__ import annotations

import pytest
import requests
from click.testing import CliRunner

from conftest import CORPUS, LiveServer
from osce_kg.server.cli import main

pytestmark = pytest.mark.e2e
TOKEN = "e2e-secret"


@pytest.fixture
def writable_server(corpus_store_path):
    server = LiveServer(corpus_store_path, env={"OSCE_KG_BASE": "http://localhost:8000/",
                                                "OSCE_KG_TOKEN": f"maintainer:{TOKEN}"}).start()
    yield server
    server.stop()


def test_update_over_http_with_project_shapes(writable_server):
    url = writable_server.url
    auth = {"Authorization": f"Bearer {TOKEN}"}
    base = "http://localhost:8000/"
    # a State without its required label breaks the project's shapes
    bad = f"INSERT DATA {{ GRAPH <{base}graph/e2e> {{ <{base}id/state/atlantis> a <https://w3id.org/osce-kg/ontology#State> }} }}"
    r = requests.post(url + "/update", data=bad, headers={**auth, "Content-Type": "application/sparql-update"},
                      timeout=60)
    assert r.status_code == 422, r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")
    assert any(v["focusNode"] == f"{base}id/state/atlantis" for v in r.json()["violations"])
    assert requests.get(url + "/store", params={"graph": f"{base}graph/e2e"}, timeout=30).status_code == 404
    assert requests.post(url + "/update", data=bad, headers={"Content-Type": "application/sparql-update"},
                         timeout=30).status_code == 401


def test_load_through_the_server_gate(writable_server):
    doc = sorted(CORPUS.glob("*.txt"))[0]
    runner = CliRunner()
    result = runner.invoke(main, ["load", "--server", writable_server.url, "--token", TOKEN, str(doc)])
    assert result.exit_code == 0, result.output
    assert "accepted" in result.output
    feed = requests.get(writable_server.url + "/changes", timeout=30).json()
    assert feed["items"][0]["agent"] == "maintainer"
    wrong = runner.invoke(main, ["load", "--server", writable_server.url, "--token", "nope", str(doc)])
    assert wrong.exit_code == 2 and "token" in wrong.output


def test_sparql_reader_sees_all_or_none_of_a_write(writable_server):
    """Query workers answer from snapshots: a reader in a loop never sees part of a large PUT."""
    import threading

    url = writable_server.url
    target = "http://localhost:8000/graph/e2e-big"
    size = 5000
    body = "\n".join(f'<http://localhost:8000/id/x/n{i}> <http://example.org/p> "{i}" .' for i in range(size))
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}"
    seen: set[int] = set()
    done = threading.Event()

    def reader() -> None:
        with requests.Session() as session:
            while not done.is_set():
                r = session.get(url + "/sparql", params={"query": query},
                                headers={"Accept": "application/sparql-results+json"}, timeout=60)
                seen.add(int(r.json()["results"]["bindings"][0]["n"]["value"]))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        r = requests.put(url + "/store", params={"graph": target}, data=body.encode(),
                         headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/n-triples"},
                         timeout=300)
    finally:
        done.set()
        thread.join()
    after = requests.get(url + "/sparql", params={"query": query},
                         headers={"Accept": "application/sparql-results+json"}, timeout=60).json()
    assert r.status_code == 201, r.text
    assert int(after["results"]["bindings"][0]["n"]["value"]) == size
    assert seen <= {0, size}


def test_load_while_serve_holds_the_store_fails_at_once_and_says_what_to_do(writable_server):
    import time

    doc = sorted(CORPUS.glob("*.txt"))[0]
    started = time.monotonic()
    result = CliRunner().invoke(main, ["load", "--store", str(writable_server.store), str(doc)])
    assert result.exit_code != 0
    assert "in use by another process" in result.output
    assert "osce-kg load --server URL --token TOKEN" in result.output
    assert time.monotonic() - started < 30  # at once: no waiting on the lock
