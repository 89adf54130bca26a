"""The test servers' ports (``tests/ports.py``): a port handed to a server of ours cannot be taken by another
process before the server binds it; a server bound to port 0 is found on its port; Virtuoso, which binds
its own ports, is started again on new ones when one was taken, and never taken for another process that
answered on its port."""
from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest
import requests

import ports
from sparql_server import make_app, serving


def test_a_reserved_port_is_refused_to_other_binds_and_never_handed_out() -> None:
    port = ports.free_port()
    try:
        with socket.socket() as other, pytest.raises(OSError):
            other.bind(("127.0.0.1", port))  # another server picking it (no SO_REUSEPORT): refused
        handed = set()
        for _ in range(2000):  # another process's "free port": the kernel never gives a bound one
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                handed.add(probe.getsockname()[1])
        assert port not in handed
    finally:
        ports.release(port)
    assert port not in ports._RESERVED


def test_our_granian_server_listens_on_its_reserved_port(tmp_path: Path) -> None:
    port = ports.free_port()
    with serving(make_app(tmp_path), port=port) as base:
        assert base.endswith(f":{port}")
        for _ in range(20):  # every connection reaches the server's listener, none the reservation
            assert requests.get(base + "/health", timeout=30).status_code == 200
    assert port not in ports._RESERVED  # released when the server stopped


def test_a_server_bound_to_port_0_is_found_on_its_port(oxigraph_server: str) -> None:
    """``oxigraph serve --bind 127.0.0.1:0`` (the ``oxigraph_server`` fixture) says ``:0``: the port is read
    from /proc, and it is that server answering there."""
    answer = requests.get(oxigraph_server + "/query", params={"query": "ASK {}"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert answer.json()["boolean"] is True


def test_a_process_that_exits_before_it_listens_is_an_error() -> None:
    process = subprocess.Popen(["true"])
    process.wait()
    with pytest.raises(RuntimeError, match="exited"):
        ports.listening_port(process, timeout=30)


@pytest.mark.virtuoso
@pytest.mark.skipif(shutil.which("virtuoso-t") is None, reason="virtuoso-t is not installed")
def test_virtuoso_whose_port_another_server_took_is_started_again_on_new_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first ports picked for Virtuoso are taken, before it binds them, by another HTTP server answering
    every request with 200: Virtuoso is not taken for up on that answer (the listener is not its process's),
    it exits failing to bind, and is started on new ports."""
    import virtuoso_fixture

    class Answering(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head": {}, "boolean": true}')

        def log_message(self, *args: object) -> None:
            pass

    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answering)
    taken = other.server_address[1]
    threading.Thread(target=other.serve_forever, daemon=True).start()
    picks = iter([taken])
    real = virtuoso_fixture.probe_port
    monkeypatch.setattr(virtuoso_fixture, "probe_port", lambda: next(picks, None) or real())
    starts: list[object] = []
    start_once = virtuoso_fixture._start_once

    def counted(*args: object) -> object:
        starts.append(result := start_once(*args))
        return result

    monkeypatch.setattr(virtuoso_fixture, "_start_once", counted)
    try:
        server = virtuoso_fixture.start_virtuoso(tmp_path / "virtuoso")
        try:
            assert starts[0] is None and len(starts) == 2  # the first start found its HTTP port taken
            assert server.http_port != taken
            assert {server.http_port, server.sql_port} <= ports.listening_ports(server.process.pid)
        finally:
            server.stop()
    finally:
        other.shutdown()
        other.server_close()
