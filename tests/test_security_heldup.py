"""What an attack probe tried and the server withstood (issue 10, "What held up"): kept so by tests.

Over a real ``osce-kg serve`` on a socket: datasets named in a query or an update fetch
nothing; method-override tricks do not turn a read into a write; concurrent ``If-Match``
writes have one winner; a burst of concurrent readers gets no error; a server killed with
SIGKILL in the middle of writes loses no write it acknowledged.
"""
from __future__ import annotations

import concurrent.futures
import signal
import threading
from pathlib import Path

import pytest
import requests

from conftest import LiveServer
from listening import Listener

pytestmark = pytest.mark.e2e
TOKEN = "heldup-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BASE = "http://localhost:8000/"


@pytest.fixture
def listener():
    listening = Listener()
    yield listening
    listening.close()


@pytest.fixture
def server(corpus_store_path: Path):
    live = LiveServer(corpus_store_path, env={"OSCE_KG_BASE": BASE, "OSCE_KG_TOKEN": f"maintainer:{TOKEN}"})
    live.start()
    yield live
    live.stop()


def _select(url: str, query: str) -> requests.Response:
    return requests.get(url + "/sparql", params={"query": query},
                        headers={"Accept": "application/sparql-results+json"}, timeout=60)


def test_datasets_named_in_queries_and_updates_are_not_fetched(server, listener):
    """FROM, FROM NAMED, the protocol's graph parameters and USING name graphs of the store;
    none of them is ever dereferenced."""
    target = listener.base + "data.ttl"
    r = _select(server.url, f"SELECT * FROM <{target}> FROM NAMED <{target}> WHERE {{ ?s ?p ?o }} LIMIT 1")
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    r = requests.get(server.url + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
                                                     "default-graph-uri": target, "named-graph-uri": target},
                     headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    update = (f"INSERT {{ GRAPH <{BASE}graph/heldup> {{ ?s <https://w3id.org/osce-kg/ontology#x> ?o }} }} "
              f"USING <{target}> USING NAMED <{target}> WHERE {{ ?s ?p ?o }}")
    r = requests.post(server.url + "/update", data=update,
                      headers={**AUTH, "Content-Type": "application/sparql-update"}, timeout=60)
    assert r.status_code < 500, r.text
    r = requests.post(server.url + "/update", data=f"LOAD <{target}>",
                      headers={**AUTH, "Content-Type": "application/sparql-update"}, timeout=60)
    assert r.status_code == 400
    assert listener.connections == 0


@pytest.mark.parametrize("method, override", [("POST", "PUT"), ("POST", "DELETE"), ("GET", "PUT")])
def test_method_override_does_not_make_a_write(server, method, override):
    """``X-HTTP-Method-Override`` and ``_method=`` are not honoured: the request is what its method
    says, and a write without a token is refused."""
    graph = f"{BASE}graph/heldup-override"
    body = f"<{BASE}id/x> <https://w3id.org/osce-kg/ontology#p> \"v\" ."
    for headers, params in (({"X-HTTP-Method-Override": override}, {"graph": graph}),
                            ({"X-Method-Override": override}, {"graph": graph}),
                            ({}, {"graph": graph, "_method": override})):
        r = requests.request(method, server.url + "/store", params=params, data=body,
                             headers={**headers, "Content-Type": "application/n-triples"}, timeout=30)
        assert r.status_code in (401, 404), (headers, params, r.status_code)
    assert requests.get(server.url + "/store", params={"graph": graph}, timeout=30).status_code == 404


def test_if_match_race_has_one_winner(server):
    """Thirty maintainers write the same graph with the ETag they all read: one wins, 29 get 412."""
    graph = f"{BASE}graph/heldup-race"
    first = f"<{BASE}id/heldup/race> <http://www.w3.org/2000/01/rdf-schema#comment> \"start\" .\n"
    put = requests.put(server.url + "/store", params={"graph": graph}, data=first,
                       headers={**AUTH, "Content-Type": "application/n-triples"}, timeout=60)
    assert put.status_code == 201, put.text
    etag = requests.get(server.url + "/store", params={"graph": graph}, timeout=30).headers["ETag"]

    def write(i: int) -> int:
        body = f"<{BASE}id/heldup/race> <http://www.w3.org/2000/01/rdf-schema#comment> \"writer {i}\" .\n"
        return requests.put(server.url + "/store", params={"graph": graph}, data=body, timeout=120,
                            headers={**AUTH, "Content-Type": "application/n-triples", "If-Match": etag}).status_code

    with concurrent.futures.ThreadPoolExecutor(30) as pool:
        statuses = list(pool.map(write, range(30)))
    assert statuses.count(200) == 1 and statuses.count(412) == 29, statuses


def test_burst_of_concurrent_readers_gets_no_error(server):
    """A crawler's burst: 1,500 requests (lookups, pages, descriptions, robots) at 50-way concurrency."""
    release = _select(server.url, f"SELECT ?r WHERE {{ ?r a <https://w3id.org/osce-kg/ontology#PressRelease> }} LIMIT 1") \
        .json()["results"]["bindings"][0]["r"]["value"]
    path = release[len(BASE) - 1:]
    lookup = f"SELECT ?p ?o WHERE {{ <{release}> ?p ?o }}"
    requests_ = [("/sparql", {"query": lookup}), (path, {}), ("/robots.txt", {}),
                 (path.replace("/id/", "/doc/", 1), {}), ("/void", {})]
    local = threading.local()

    def fetch(i: int) -> int:
        if not hasattr(local, "session"):
            local.session = requests.Session()
        route, params = requests_[i % len(requests_)]
        return local.session.get(server.url + route, params=params, timeout=120,
                                 headers={"Accept": "text/turtle" if route != "/sparql" else "*/*"}).status_code

    with concurrent.futures.ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(fetch, range(1500)))
    bad = [s for s in statuses if s >= 400]
    assert not bad, f"{len(bad)} errors: {sorted(set(bad))}"


def test_sigkill_during_writes_loses_no_acknowledged_write(corpus_store_path: Path):
    """Writes go on until the server is killed with SIGKILL; after a restart every write it
    acknowledged is there, whole."""
    env = {"OSCE_KG_BASE": BASE, "OSCE_KG_TOKEN": f"maintainer:{TOKEN}"}
    live = LiveServer(corpus_store_path, env=env).start()
    acknowledged: list[int] = []
    stop = threading.Event()

    def writer() -> None:
        with requests.Session() as session:
            i = 0
            while not stop.is_set():
                body = "".join(f"<{BASE}id/heldup/k{i}> <http://www.w3.org/2000/01/rdf-schema#comment> \"{j}\" .\n"
                               for j in range(20))
                try:
                    r = session.put(live.url + "/store", params={"graph": f"{BASE}graph/heldup-kill-{i}"},
                                    data=body, headers={**AUTH, "Content-Type": "application/n-triples"}, timeout=30)
                except requests.RequestException:
                    return
                if r.status_code in (200, 201):
                    acknowledged.append(i)
                i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        deadline = threading.Event()
        while len(acknowledged) < 5 and not deadline.wait(0.05):
            pass
        _kill_tree(live.proc.pid)  # type: ignore[union-attr]  # as a power cut would
        live.proc.wait(timeout=30)  # type: ignore[union-attr]
    finally:
        stop.set()
        thread.join()
        live.stop()
    assert len(acknowledged) >= 5
    _kill_orphans(corpus_store_path)
    again = LiveServer(corpus_store_path, env=env).start()
    try:
        for i in acknowledged:
            r = _select(again.url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{BASE}graph/heldup-kill-{i}> {{ ?s ?p ?o }} }}")
            assert r.json()["results"]["bindings"][0]["n"]["value"] == "20", i
    finally:
        again.stop()


def _kill_tree(pid: int) -> None:
    """SIGKILL ``pid`` and every process below it (the server, its Granian worker, its query workers)."""
    import os

    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    doomed, stack = [], [pid]
    while stack:
        current = stack.pop()
        doomed.append(current)
        stack.extend(children.get(current, []))
    for victim in doomed:
        try:
            os.kill(victim, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _kill_orphans(store: Path) -> None:
    """Wait until no process holds the store any more (Granian's worker dies with its parent)."""
    import time

    from osce_kg.loader.errors import StoreLocked
    from osce_kg.loader.store import EmbeddedStore

    deadline = time.monotonic() + 30
    while True:
        try:
            EmbeddedStore(store).close()
            return
        except (StoreLocked, OSError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_a_killed_main_process_leaves_no_orphan_holding_the_store(corpus_store_path: Path):
    """SIGKILL of the server's main process alone: its Granian worker (which owns the store) ends
    too, so a new server opens the store at once instead of finding it in use."""
    import os
    import time

    env = {"OSCE_KG_BASE": BASE}
    live = LiveServer(corpus_store_path, env=env).start()
    main = live.proc.pid  # type: ignore[union-attr]
    children = [int(c) for c in Path(f"/proc/{main}/task/{main}/children").read_text().split()]
    live.proc.send_signal(signal.SIGKILL)  # type: ignore[union-attr]
    live.proc.wait(timeout=30)  # type: ignore[union-attr]
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{c}").exists() and "zombie" not in Path(f"/proc/{c}/status").read_text()
              for c in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [c for c in children if Path(f"/proc/{c}").exists()
                 and "zombie" not in Path(f"/proc/{c}/status").read_text()]
    for c in survivors:  # leave nothing behind for the next test, then fail
        os.kill(c, signal.SIGKILL)
    live.stop()  # reads its output to the end: only once nothing holds the pipe
    assert survivors == [], "the server's worker outlived its main process"
    again = LiveServer(corpus_store_path, env=env).start()
    try:
        assert requests.get(again.url + "/health", timeout=30).status_code == 200
    finally:
        again.stop()
