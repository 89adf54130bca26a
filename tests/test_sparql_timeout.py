"""A runaway query under the real server (`osce-kg serve`, Granian): stopped at
``--query-timeout`` with a problem document while other clients keep getting answers."""
from __future__ import annotations

import threading

import pytest
import requests

from conftest import LiveServer
from sparql_server import EX, build_store

pytestmark = pytest.mark.e2e

# a cross join of four 300-value lists: 8.1 billion solutions to count, minutes of work
NUMBERS = " ".join(str(i) for i in range(300))
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { "
           + " ".join(f"VALUES ?v{i} {{ {NUMBERS} }}" for i in range(4)) + " }")
LOOKUP = f"SELECT ?p ?o WHERE {{ <{EX}release1> ?p ?o }}"


def test_runaway_query_is_stopped_and_others_are_answered_meanwhile(tmp_path):
    build_store(tmp_path / "store").close()
    server = LiveServer(tmp_path / "store", args=["--query-timeout", "3"]).start()
    try:
        endpoint = server.url + "/sparql"
        outcome: dict[str, requests.Response] = {}

        def runaway() -> None:
            outcome["runaway"] = requests.post(endpoint, data={"query": RUNAWAY}, timeout=300,
                                               headers={"Accept": "application/sparql-results+json"})

        thread = threading.Thread(target=runaway)
        thread.start()
        answered_while_running = 0
        while thread.is_alive():
            response = requests.get(endpoint, params={"query": LOOKUP}, timeout=60,
                                    headers={"Accept": "application/sparql-results+json"})
            assert response.status_code == 200, response.text
            assert response.json()["results"]["bindings"]
            if thread.is_alive():
                answered_while_running += 1
        thread.join()
        stopped = outcome["runaway"]
        assert stopped.status_code in (503, 504), stopped.text
        assert stopped.headers["Content-Type"] == "application/problem+json"
        assert "3 s" in stopped.json()["detail"]
        assert answered_while_running > 0
        # and the server goes on, with a fresh worker in place of the killed one
        for _ in range(4):
            assert requests.get(endpoint, params={"query": LOOKUP}, timeout=60).status_code == 200
    finally:
        server.stop()
