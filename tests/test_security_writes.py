"""Writes under attack (issue 10, findings 3, 4, 5 and 12), over a real socket against the real server.

- ``/validate`` needs the write token (3).
- Nothing slow under the write lock: bodies are parsed and updates evaluated before it
  is taken; a client gone before its commit is not committed (4).
- A catastrophic REGEX in an update is stopped at ``OSCE_KG_UPDATE_TIMEOUT`` in its
  killable worker while pages and queries keep answering; its memory is capped by
  ``OSCE_KG_WORKER_MEMORY_MB``; a write racing with a slow update is not lost (5).
- The tombstones graph is written by the server only (12).
"""
from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

import pytest
import requests

from osce_kg.server.services import EXTENSION_KEY
from osce_kg.server.updates import CLIENT_GONE_KEY, update_workers
from sparql_server import EX, free_port, make_app, serving

pytestmark = pytest.mark.e2e

TOKEN = "w-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SPARQL_UPDATE = {**AUTH, "Content-Type": "application/sparql-update"}
#: rdflib's REGEX is Python's re: (a+)+$ on a's and a "!" backtracks 2^n times
CATASTROPHIC = ('INSERT {{ <{ex}x> <{ex}p> ?x }} WHERE {{ BIND("{a}!" AS ?x) FILTER(REGEX(?x, "(a+)+$")) }}'
                .format(ex=EX, a="a" * 30))


class Server:
    """The app over the sparql_server test store, served by Granian on a free port, its base its own URL."""

    def __init__(self, url: str, app) -> None:
        self.url = url
        self.app = app
        self.base = url + "/"
        self.svc = app.extensions[EXTENSION_KEY]


@pytest.fixture
def start(tmp_path: Path) -> Iterator:
    """Start a server with settings overrides; stopped (with its update workers) afterwards."""
    started: list = []

    def run(**overrides: object) -> Server:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        app = make_app(tmp_path / f"s{len(started)}", base=url + "/", tokens={"maintainer": TOKEN}, **overrides)
        ctx = serving(app, port)
        ctx.__enter__()
        started.append((ctx, app))
        return Server(url, app)

    yield run
    for ctx, app in started:
        workers = update_workers(app.extensions[EXTENSION_KEY])
        ctx.__exit__(None, None, None)
        if workers is not None:
            workers.close()


def triples(server: Server, graph: str) -> list[str]:
    """The graph's triples as N-Triples lines (none when it does not exist), through the Graph Store."""
    r = requests.get(server.url + "/store", params={"graph": graph}, headers={"Accept": "application/n-triples"},
                     timeout=30)
    assert r.status_code in (200, 404), r.text
    return [line for line in r.text.splitlines() if line.strip()] if r.status_code == 200 else []


def count(server: Server, graph: str) -> int:
    return len(triples(server, graph))


def insert(server: Server, graph: str, n: int = 1) -> requests.Response:
    body = " ".join(f'<{EX}r{i}> <{EX}p> "{i}" .' for i in range(n))
    return requests.post(server.url + "/update", data=f"INSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}",
                         headers=SPARQL_UPDATE, timeout=60)


# -- finding 3: /validate needs the token ---------------------------------------------------
def test_validate_needs_the_write_token(start):
    server = start()
    update = f"INSERT DATA {{ GRAPH <{EX}graph/v> {{ <{EX}a> <{EX}b> 'c' }} }}"
    none = requests.post(server.url + "/validate", data=update,
                         headers={"Content-Type": "application/sparql-update"}, timeout=30)
    assert none.status_code == 401, none.text
    assert none.headers["Content-Type"].startswith("application/problem+json")
    assert none.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = requests.post(server.url + "/validate?graph=" + EX + "graph/v", data=f"<{EX}a> <{EX}b> 'c' .",
                          headers={"Authorization": "Bearer nope", "Content-Type": "text/turtle"}, timeout=30)
    assert wrong.status_code == 403, wrong.text
    ok = requests.post(server.url + "/validate", data=update, headers=SPARQL_UPDATE, timeout=60)
    assert ok.status_code == 200 and ok.json()["conforms"] is True
    assert count(server, EX + "graph/v") == 0  # a dry run


# -- finding 5: the catastrophic REGEX ------------------------------------------------------
@pytest.mark.parametrize("endpoint", ["/update", "/validate"])
def test_catastrophic_regex_is_stopped_at_the_limit_while_the_server_answers(start, endpoint):
    limit = 2.0
    server = start(update_timeout=limit)
    # the first update starts the update worker (a new interpreter) within the update's limit; on a loaded
    # machine the start alone took longer than 2 s (503): the start is not what is timed here
    workers = update_workers(server.svc)
    assert workers is not None
    workers.timeout = 60
    assert insert(server, EX + "graph/warm").status_code == 200  # the update worker is up
    workers.timeout = limit
    assert requests.get(server.url + "/sparql", params={"query": "ASK { ?s ?p ?o }"},
                        timeout=30).status_code == 200  # and the query workers
    with ThreadPoolExecutor(1) as pool:
        started = time.monotonic()
        slow = pool.submit(requests.post, server.url + endpoint, data=CATASTROPHIC, headers=SPARQL_UPDATE,
                           timeout=60)
        time.sleep(0.5)
        assert not slow.done()
        for path, params in (("/robots.txt", None),
                             ("/sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}),
                             ("/store", {"graph": EX + "graph/reference"})):
            asked = time.monotonic()
            r = requests.get(server.url + path, params=params, timeout=30)
            assert r.status_code == 200, (path, r.text)
            assert time.monotonic() - asked < limit, f"{path} waited for the update"
        assert not slow.done()  # those answers came while the update ran
        r = slow.result()
        took = time.monotonic() - started
    assert r.status_code == 503, r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")
    detail = r.json()["detail"]
    assert "2 s" in detail and "OSCE_KG_UPDATE_TIMEOUT" in detail and "nothing was written" in detail
    assert limit <= took < limit + 8
    assert count(server, EX + "graph/warm") == 1
    # its worker was killed and replaced: the next update works (its new worker's start given time, as above)
    workers.timeout = 60
    assert insert(server, EX + "graph/after").status_code == 200
    assert count(server, EX + "graph/after") == 1


def test_update_memory_is_capped(start):
    server = start(worker_memory_mb=1024)
    # each BIND doubles a 32-character string: 2 GiB at the end
    doublings = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(26))
    hog = (f'INSERT {{ <{EX}x> <{EX}len> ?n }} WHERE {{ BIND("{"0123456789abcdef" * 2}" AS ?x0) {doublings} '
           f"BIND(STRLEN(?x26) AS ?n) }}")
    r = requests.post(server.url + "/update", data=hog, headers=SPARQL_UPDATE, timeout=60)
    assert r.status_code == 503, r.text
    assert "1024 MiB" in r.json()["detail"] and "OSCE_KG_WORKER_MEMORY_MB" in r.json()["detail"]
    assert insert(server, EX + "graph/after").status_code == 200  # the same limit lets a normal update run


def _regex_seconds(n: int) -> float:
    started = time.perf_counter()
    re.search("(a+)+$", "a" * n + "!")
    return time.perf_counter() - started


def slow_filter(seconds: float) -> str:
    """A FILTER that costs about ``seconds`` (calibrated here: the worker runs the same ``re``)."""
    n = 16
    while _regex_seconds(n) < seconds / 2 and n < 40:
        n += 1
    return f'FILTER(!REGEX("{"a" * (n + 1)}!", "(a+)+$"))'


def test_a_write_racing_with_a_slow_update_is_not_lost(start, caplog):
    """The update reads a value and writes value + 1; a PUT of the same graph commits while it
    is evaluated. Whatever the order, the result is one of the two serial outcomes."""
    server = start(update_timeout=30)
    graph = EX + "graph/counter"
    put = {**AUTH, "Content-Type": "application/n-triples"}
    assert requests.put(server.url + "/store", params={"graph": graph}, data=f'<{EX}c> <{EX}v> "1" .',
                        headers=put, timeout=30).status_code == 201
    assert insert(server, EX + "graph/warm").status_code == 200  # the worker is up
    increment = (f"DELETE {{ GRAPH <{graph}> {{ <{EX}c> <{EX}v> ?v }} }} "
                 f"INSERT {{ GRAPH <{graph}> {{ <{EX}c> <{EX}v> ?w }} }} "
                 f"WHERE {{ GRAPH <{graph}> {{ <{EX}c> <{EX}v> ?v }} BIND(STR(xsd:integer(?v) + 1) AS ?w) "
                 f"{slow_filter(2.0)} }}")
    increment = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + increment
    with ThreadPoolExecutor(1) as pool, caplog.at_level("INFO", logger="osce_kg.server.updates"):
        slow = pool.submit(requests.post, server.url + "/update", data=increment, headers=SPARQL_UPDATE, timeout=120)
        time.sleep(1.0)
        racing = requests.put(server.url + "/store", params={"graph": graph}, data=f'<{EX}c> <{EX}v> "10" .',
                              headers=put, timeout=30)
        racing_done = slow.done()
        r = slow.result()
    assert racing.status_code == 200 and r.status_code == 200, (racing.text, r.text)
    values = {line.split('"')[1] for line in triples(server, graph)}
    feed = requests.get(server.url + "/changes", timeout=30).json()["items"]
    update_last = feed[0]["id"] == r.json()["changeId"]
    assert values == ({"11"} if update_last else {"10"})
    if not racing_done:  # the PUT committed while the update was evaluated: it was computed again
        assert update_last and "overtaken" in caplog.text


# -- finding 4: nothing slow under the write lock -----------------------------------------------
def test_bodies_and_updates_are_not_read_under_the_write_lock(start):
    """While another thread holds the write lock, bad bodies and bad updates are refused at once,
    and a good update is evaluated meanwhile and committed once the lock is free."""
    server = start()
    lock = server.svc.write_lock
    released = threading.Event()
    held = threading.Event()

    def hold() -> None:
        with lock:
            held.set()
            released.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(60)  # the lock is held (the wait's outcome was not checked: a slow start went on without it)
    try:
        bad_body = requests.put(server.url + "/store", params={"graph": EX + "graph/b"}, data=b"<not turtle",
                                headers={**AUTH, "Content-Type": "text/turtle"}, timeout=10)
        assert bad_body.status_code == 400
        bad_update = requests.post(server.url + "/update", data="INSERT NONSENSE", headers=SPARQL_UPDATE, timeout=10)
        assert bad_update.status_code == 400
        refused = requests.post(server.url + "/update", data=CATASTROPHIC.replace("INSERT", "LOAD <x> ; INSERT"),
                                headers=SPARQL_UPDATE, timeout=10)
        assert refused.status_code == 400
        with ThreadPoolExecutor(1) as pool:
            good = pool.submit(insert, server, EX + "graph/g")
            time.sleep(1.5)
            assert not good.done()  # evaluated, waiting for the lock to commit
            released.set()
            assert good.result().status_code == 200
    finally:
        released.set()
        holder.join()
    assert count(server, EX + "graph/g") == 1


@pytest.mark.parametrize("request_kind", ["update", "put", "delete"])
def test_a_client_gone_before_the_commit_is_not_committed(tmp_path, request_kind):
    app = make_app(tmp_path, tokens={"maintainer": TOKEN})
    client = app.test_client()
    graph = EX + "graph/release2"

    def send(gone: threading.Event | None):
        overrides = {CLIENT_GONE_KEY: gone} if gone is not None else {}
        if request_kind == "update":
            return client.post("/update", data=f"INSERT DATA {{ GRAPH <{graph}> {{ <{EX}a> <{EX}b> 'c' }} }}",
                               headers=SPARQL_UPDATE, environ_overrides=overrides)
        if request_kind == "put":
            return client.put(f"/store?graph={graph}", data=f"<{EX}a> <{EX}b> 'c' .",
                              headers={**AUTH, "Content-Type": "text/turtle"}, environ_overrides=overrides)
        return client.delete(f"/store?graph={graph}", headers=AUTH, environ_overrides=overrides)

    svc = app.extensions[EXTENSION_KEY]
    try:
        before = set(svc.store.quads())
        gone = threading.Event()
        gone.set()
        r = send(gone)
        assert r.status_code == 499 and "nothing was written" in r.json["detail"]
        assert set(svc.store.quads()) == before
        assert send(threading.Event()).status_code in (200, 201)  # still there: committed
        assert set(svc.store.quads()) != before
    finally:
        workers = update_workers(svc)
        if workers is not None:
            workers.close()
        from osce_kg.server.app import close_app

        close_app(app)


# -- finding 12: the tombstones graph -----------------------------------------------------------
def test_the_tombstones_graph_is_written_by_the_server_only(start):
    server = start()
    tombstones = server.base + "graph/tombstones"
    never = server.base + "id/x/never"
    stamp = '"2020-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>'
    forged = f"<{never}> <http://www.w3.org/ns/prov#invalidatedAtTime> {stamp} ."
    nt = {**AUTH, "Content-Type": "application/n-triples"}
    attempts = [
        requests.post(server.url + "/update", data=f"INSERT DATA {{ GRAPH <{tombstones}> {{ {forged} }} }}",
                      headers=SPARQL_UPDATE, timeout=30),
        requests.put(server.url + "/store", params={"graph": tombstones}, data=forged, headers=nt, timeout=30),
        requests.post(server.url + "/store", params={"graph": tombstones}, data=forged, headers=nt, timeout=30),
        requests.post(server.url + "/store", data=forged[:-1] + f" <{tombstones}> .",
                      headers={**AUTH, "Content-Type": "application/n-quads"}, timeout=30),
    ]
    for r in attempts:
        assert r.status_code == 403, r.text
        assert f"<{tombstones}> is managed by the server" in r.json()["detail"]
    assert requests.get(never, headers={"Accept": "text/turtle"}, timeout=30, allow_redirects=False).status_code == 404

    # a real deletion: the server records the tombstone, and maintainers cannot drop or rewrite it
    temp = server.base + "id/x/temp"
    graph = EX + "graph/temp"
    assert requests.put(server.url + "/store", params={"graph": graph}, data=f'<{temp}> <{EX}p> "x" .',
                        headers=nt, timeout=30).status_code == 201
    assert requests.delete(server.url + "/store", params={"graph": graph}, headers=AUTH, timeout=30).status_code == 200
    assert requests.get(temp, headers={"Accept": "text/turtle"}, timeout=30, allow_redirects=False).status_code == 410
    assert count(server, tombstones) == 1
    for r in (requests.delete(server.url + "/store", params={"graph": tombstones}, headers=AUTH, timeout=30),
              requests.post(server.url + "/update", data=f"DROP GRAPH <{tombstones}>", headers=SPARQL_UPDATE,
                            timeout=30),
              requests.post(server.url + "/update", headers=SPARQL_UPDATE, timeout=30,
                            data=f"DELETE WHERE {{ GRAPH <{tombstones}> {{ ?s ?p ?o }} }}"),
              requests.post(server.url + "/validate", params={"graph": tombstones}, data=forged, headers=nt,
                            timeout=30)):
        assert r.status_code == 403, r.text
    # ALL means the maintainers' graphs: it clears them, and leaves the server's own alone
    assert requests.post(server.url + "/update", data="CLEAR ALL", headers=SPARQL_UPDATE,
                         timeout=30).status_code == 200
    assert count(server, tombstones) == 1


# -- over a remote store ---------------------------------------------------------------------
def test_updates_over_a_remote_store_run_in_the_killable_worker(oxigraph_server, tmp_path):
    from osce_kg.loader.settings import Settings
    from osce_kg.server.app import create_app

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings = Settings(store=tmp_path / "unused", base=url + "/", store_kind="remote",
                        remote_query_url=oxigraph_server + "/query", remote_update_url=oxigraph_server + "/update",
                        tokens={"maintainer": TOKEN}, update_timeout=2.0)
    app = create_app(settings)
    server = Server(url, app)
    try:
        with serving(app, port):
            workers = update_workers(server.svc)
            assert workers is not None
            workers.timeout = 60  # a worker's start is not what is timed (see the catastrophic REGEX test)
            assert insert(server, EX + "graph/remote", 3).status_code == 200
            assert count(server, EX + "graph/remote") == 3
            workers.timeout = 2.0
            started = time.monotonic()
            r = requests.post(url + "/update", data=CATASTROPHIC, headers=SPARQL_UPDATE, timeout=60)
            assert r.status_code == 503 and "OSCE_KG_UPDATE_TIMEOUT" in r.json()["detail"], r.text
            assert time.monotonic() - started < 2.0 + 8
            workers.timeout = 60
            assert insert(server, EX + "graph/remote2").status_code == 200
    finally:
        workers = update_workers(server.svc)
        if workers is not None:
            workers.close()


def test_the_gate_refuses_protected_graphs_with_their_reason(tmp_path):
    from rdflib import Graph, Literal, URIRef

    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.errors import UsageError
    from osce_kg.loader.gate import Gate
    from osce_kg.loader.store import Change, EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    kept = URIRef(EX + "graph/kept")
    gate = Gate(store, Graph(), audit=AuditLog(EX), protected={kept: "kept is the server's"})
    try:
        quad = (URIRef(EX + "a"), URIRef(EX + "b"), Literal("c"))
        for change in (Change(add=[(*quad, kept)]), Change(drop={kept}), Change(replace={kept: Graph()}),
                       Change(remove=[(*quad, kept)])):
            with pytest.raises(UsageError, match="kept is the server's"):
                gate.commit(change)
        with pytest.raises(UsageError, match="audit graph"):
            gate.check(Change(add=[(*quad, URIRef(EX + "graph/audit"))]))
        assert gate.commit(Change(add=[(*quad, URIRef(EX + "graph/other"))])).added
        assert not store.has_graph(kept)
    finally:
        store.close()
