"""Request bodies under the ASGI front (issue 10, findings 7 and 8), over a real socket to Granian.

Every body is read on the event loop before Flask or the query path sees the request: over
``OSCE_KG_MAX_BODY_BYTES`` it is 413 whatever its framing, and nothing is written; slower than
``OSCE_KG_BODY_TIMEOUT`` it is 408, and no Flask thread waits for it meanwhile. A write whose
client goes away while Flask works on it finds ``environ["osce_kg.client_gone"]`` set.
"""
from __future__ import annotations

import asyncio
import http.client
import json
import select
import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests
from flask import Flask, request

from osce_kg.loader.settings import load_settings
from osce_kg.server.app import close_app, create_app
from osce_kg.server.asgi import CLIENT_GONE, QueryFirstApp
from osce_kg.server.sparql import executor_of
from sparql_server import EX, build_store, serving

TOKEN = "security-secret"
LIMIT = 100_000
BODY_TIMEOUT = 2.0
GRAPH = EX + "graph/posted"
WATCHED = "/test/watched-write"


def triple_lines(count: int, start: int = 0) -> bytes:
    return b"".join(f'<{EX}id/x/n{i}> <{EX}p> "{i}" .\n'.encode() for i in range(start, start + count))


def lines_within(size: int) -> bytes:
    """Whole N-Triples lines, as many as fit in ``size`` bytes."""
    body = triple_lines(size // 40)
    return body[: body.rindex(b"\n", 0, size) + 1]


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    """The app with small body limits, set as ``osce-kg serve`` sets them (environment variables),
    and a write route that reports whether it saw its client go away."""
    settings = load_settings({"OSCE_KG_MAX_BODY_BYTES": str(LIMIT), "OSCE_KG_BODY_TIMEOUT": str(BODY_TIMEOUT),
                              "OSCE_KG_TOKEN": f"maintainer:{TOKEN}", "OSCE_KG_QUERY_WORKERS": "1"},
                             store=tmp_path / "store")
    flask_app = create_app(settings, store=build_store(settings.store))
    seen: list[bool] = []
    entered = threading.Event()

    @flask_app.post(WATCHED)
    def watched_write() -> str:
        entered.set()
        seen.append(request.environ[CLIENT_GONE].wait(float(request.args.get("wait", "10"))))
        return "done"

    flask_app.config["seen"] = seen
    flask_app.config["entered"] = entered
    return flask_app


@pytest.fixture
def port(app: Flask) -> Iterator[int]:
    with serving(app) as base:
        yield int(base.rsplit(":", 1)[1])


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=30)


def head(method: str, target: str, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def response_of(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    answer = http.client.HTTPResponse(sock)
    try:  # closed even when it does not parse: it holds the socket open
        answer.begin()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
    finally:
        answer.close()


PUT_CHUNKED = head("PUT", f"/store?graph={GRAPH}", {"Authorization": f"Bearer {TOKEN}", "Transfer-Encoding": "chunked",
                                                   "Content-Type": "application/n-triples"})


def send_chunked(sock: socket.socket, body: Iterator[bytes]) -> int:
    """Send ``body`` chunked after :data:`PUT_CHUNKED`, stopping once the server answers or hangs up;
    the bytes of body sent."""
    sock.sendall(PUT_CHUNKED)
    sent = 0
    for chunk in body:
        if select.select([sock], [], [], 0)[0]:
            return sent  # answered before the end
        try:
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:  # the server closed the connection: it stopped reading
            return sent
        sent += len(chunk)
    sock.sendall(b"0\r\n\r\n")
    return sent


def stored_lines(port: int) -> int | None:
    """The triples in :data:`GRAPH` (None: there is no such graph)."""
    r = requests.get(f"http://127.0.0.1:{port}/store", params={"graph": GRAPH},
                     headers={"Accept": "application/n-triples"}, timeout=30)
    return None if r.status_code == 404 else len(r.content.splitlines())


def assert_problem(status: int, headers: dict[str, str], body: bytes, expected: int, *mentions: str) -> None:
    assert status == expected, body
    assert headers["content-type"] == "application/problem+json" and headers["x-content-type-options"] == "nosniff"
    document = json.loads(body)
    assert document["status"] == expected and document["title"] and document["type"] == "about:blank"
    for text in mentions:
        assert text in document["detail"]


# -- finding 7: the body size limit, whatever the framing ---------------------------------------------------

def test_a_chunked_body_over_the_limit_is_413_nothing_is_written_and_reading_stops(port):
    total = 20 * 1024 * 1024
    chunk = lines_within(64 * 1024)
    with connect(port) as sock:
        sent = send_chunked(sock, (chunk for _ in range(total // len(chunk))))
        status, headers, body = response_of(sock)
    assert_problem(status, headers, body, 413, str(LIMIT), "OSCE_KG_MAX_BODY_BYTES")
    assert sent < total // 2, "the server read far past its limit"
    assert stored_lines(port) is None


def test_a_chunked_body_just_under_the_limit_is_written_whole(port):
    body = lines_within(LIMIT - 100)
    with connect(port) as sock:
        assert send_chunked(sock, (body[i:i + 7000] for i in range(0, len(body), 7000))) == len(body)
        status, _, answer = response_of(sock)
    assert status == 201, answer
    assert stored_lines(port) == body.count(b"\n")


def test_a_declared_length_over_the_limit_is_413_before_the_body_is_sent(port):
    with connect(port) as sock:
        sock.settimeout(10)  # no body follows: an answer proves the server did not wait for it
        sock.sendall(head("PUT", f"/store?graph={GRAPH}", {"Authorization": f"Bearer {TOKEN}",
                                                          "Content-Type": "application/n-triples",
                                                          "Content-Length": str(LIMIT + 1)}))
        assert_problem(*response_of(sock), 413, str(LIMIT), "OSCE_KG_MAX_BODY_BYTES")
    assert stored_lines(port) is None


def test_a_chunked_query_post_is_answered(port):
    query = f"SELECT ?o WHERE {{ <{EX}release2> <{EX}source> ?o }}".encode()
    with connect(port) as sock:
        sock.sendall(head("POST", "/sparql", {"Content-Type": "application/sparql-query", "Accept": "text/csv",
                                              "Transfer-Encoding": "chunked"}))
        for part in (query[:10], query[10:]):
            sock.sendall(b"%x\r\n%s\r\n" % (len(part), part))
        sock.sendall(b"0\r\n\r\n")
        status, _, body = response_of(sock)
    assert status == 200 and body.split() == [b"o", f"{EX}secretariat".encode()]


# -- finding 8: slow bodies time out and hold no Flask thread ---------------------------------------------------

def trickle(port: int, framing: str) -> socket.socket:
    """A request whose body will come a few bytes at a time: a graph for the store (with a token,
    its length declared), or an anonymous query form, chunked (which the query path used to leave to Flask)."""
    sock = connect(port)
    if framing == "length":
        sock.sendall(head("PUT", f"/store?graph={GRAPH}", {"Authorization": f"Bearer {TOKEN}", "Content-Length": "1000",
                                                           "Content-Type": "application/n-triples"}))
    else:
        sock.sendall(head("POST", "/sparql", {"Content-Type": "application/x-www-form-urlencoded",
                                              "Transfer-Encoding": "chunked"}))
    return sock


def test_slow_bodies_get_408_and_flask_pages_are_served_meanwhile(port):
    base = f"http://127.0.0.1:{port}"
    for page in ("/", "/robots.txt"):  # warm: the first home page is computed
        assert requests.get(base + page, timeout=30).status_code == 200
    slow = [trickle(port, "length" if i % 2 else "chunked") for i in range(10)]  # more than Flask's 4 threads
    outcome: dict[int, int | str] = {}
    started = time.monotonic()

    def keep_trickling() -> None:
        while len(outcome) < len(slow) and time.monotonic() - started < 4 * BODY_TIMEOUT:
            for i, sock in enumerate(slow):
                if i in outcome:
                    continue
                if select.select([sock], [], [], 0)[0]:
                    try:
                        outcome[i] = response_of(sock)[0]
                    except (OSError, http.client.HTTPException):
                        outcome[i] = "closed"
                    continue
                try:
                    sock.sendall(b"4\r\nquer\r\n" if i % 2 == 0 else b"<htt")
                except OSError:
                    outcome[i] = "closed"
            time.sleep(1.0)

    thread = threading.Thread(target=keep_trickling)
    thread.start()
    try:
        while thread.is_alive() and time.monotonic() - started < BODY_TIMEOUT + 0.5:
            for page in ("/", "/robots.txt"):
                asked = time.monotonic()
                assert requests.get(base + page, timeout=10).status_code == 200
                assert time.monotonic() - asked < 1.0, f"{page} waited behind the slow bodies"
            time.sleep(0.2)
    finally:
        thread.join()
        for sock in slow:
            sock.close()
    assert sorted(outcome) == list(range(10)), f"still reading after {4 * BODY_TIMEOUT} s: {outcome}"
    assert set(outcome.values()) <= {408, "closed"} and 408 in outcome.values(), outcome


def test_a_408_names_the_limit_and_its_setting(port):
    with trickle(port, "length") as sock:
        sock.sendall(b"<http:")
        assert_problem(*response_of(sock), 408, f"{BODY_TIMEOUT:g} seconds", "OSCE_KG_BODY_TIMEOUT")


# -- the client-gone signal for writes -----------------------------------------------------------------------------

def test_a_client_closing_its_socket_mid_write_sets_the_event(app, port):
    with connect(port) as sock:
        sock.sendall(head("POST", WATCHED, {"Content-Length": "3"}) + b"abc")
        assert app.config["entered"].wait(30)  # Flask is waiting in the route (a 0.3 s sleep stood here)
    deadline = time.monotonic() + 10
    while not app.config["seen"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert app.config["seen"] == [True]


@pytest.fixture
def front(app: Flask) -> Iterator[QueryFirstApp]:
    front = QueryFirstApp(app, threads=2)
    yield front
    executor_of(app).close()
    close_app(app)


def scope_of(method: str, path: str, headers: list[tuple[bytes, bytes]], query: bytes = b"") -> dict:
    return {"type": "http", "method": method, "path": path, "root_path": "", "query_string": query,
            "headers": [(b"host", b"test"), *headers], "http_version": "1.1", "scheme": "http",
            "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 5000)}


class Client:
    """A fake ASGI client: its body messages, then, once told, ``http.disconnect``; what was sent to it."""

    def __init__(self, *bodies: bytes) -> None:
        self.messages = [{"type": "http.request", "body": b, "more_body": i < len(bodies) - 1}
                         for i, b in enumerate(bodies)]
        self.received = 0
        self.sent: list[dict] = []
        self.leave = asyncio.Event()

    async def receive(self) -> dict:
        self.received += 1
        if self.messages:
            return self.messages.pop(0)
        await self.leave.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: dict) -> None:
        self.sent.append(message)

    @property
    def status(self) -> int:
        return self.sent[0]["status"]


@pytest.mark.parametrize("leaves", [True, False], ids=["client leaves", "client stays"])
def test_the_client_gone_event_is_set_only_when_the_server_reports_a_disconnect(front, app, leaves):
    client = Client(b"a", b"bc")

    async def scenario() -> None:
        scope = scope_of("POST", WATCHED, [(b"content-length", b"3")], b"wait=1")
        request_done = asyncio.ensure_future(front(scope, client.receive, client.send))
        await asyncio.sleep(0.2)
        if leaves:
            client.leave.set()
        await asyncio.wait_for(request_done, 10)

    asyncio.run(scenario())
    assert app.config["seen"] == [leaves] and client.status == 200
    assert not client.messages  # the body was read whole before Flask had the request


async def never(*args: object) -> dict:
    raise AssertionError("receive was awaited")


@pytest.mark.parametrize("path,query", [("/robots.txt", b""), ("/sparql", f"query=ASK {{ <{EX}x> ?p ?o }}".encode())],
                         ids=["page", "lookup"])
def test_a_request_without_a_body_never_awaits_receive(front, path, query):
    client = Client()
    asyncio.run(front(scope_of("GET", path, [], query), never, client.send))
    assert client.status == 200


def test_a_declared_length_over_the_limit_is_refused_without_receiving(front):
    client = Client()
    asyncio.run(front(scope_of("PUT", "/store", [(b"content-length", str(LIMIT + 1).encode())]), never, client.send))
    assert client.status == 413


def test_a_chunked_body_stops_being_received_at_the_limit(front):
    chunk = b"x" * 10_000
    client = Client(*[chunk] * 100)
    asyncio.run(front(scope_of("PUT", "/store", [(b"transfer-encoding", b"chunked")]), client.receive, client.send))
    assert client.status == 413
    assert client.received == LIMIT // len(chunk) + 1


@pytest.mark.parametrize("query", [f"SELECT ?p ?o WHERE {{ <{EX}release1> ?p ?o }}",  # answered on the loop
                                   "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",  # answered by a worker
                                   "SELECT * WHERE {"])  # a problem document
def test_answers_from_the_query_fast_path_carry_the_security_headers(port, query):
    """Answers the event loop sends itself never pass Flask's ``after_request``: they carry the headers too."""
    from osce_kg.server.app import SECURITY_HEADERS

    r = requests.get(f"http://127.0.0.1:{port}/sparql", params={"query": query},
                     headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert r.status_code in (200, 400)
    for name, value in SECURITY_HEADERS.items():
        assert r.headers.get(name) == value, name
