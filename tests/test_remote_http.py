"""The remote store's HTTP client reads the environment's settings (proxies) once per URL, not for every
request, and still honours them."""
from __future__ import annotations

import http.server
import threading

from osce_kg.loader.store.remote import SparqlHttp


class _Proxy(http.server.BaseHTTPRequestHandler):
    """A forward proxy that answers every request itself: it records the absolute URL it was asked for."""

    seen: list[str] = []

    def do_POST(self) -> None:  # noqa: N802  # http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        type(self).seen.append(self.path)
        body = b'{"head": {}, "boolean": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_requests_go_through_the_proxy_the_environment_names(monkeypatch):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{server.server_address[1]}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        http_client = SparqlHttp("http://osce-kg-test.invalid/sparql", "http://osce-kg-test.invalid/update")
        assert b'"boolean": true' in http_client.query("ASK {}", "application/sparql-results+json")
        http_client.update("INSERT DATA {}")
        assert _Proxy.seen == ["http://osce-kg-test.invalid/sparql", "http://osce-kg-test.invalid/update"]
        # read once per URL: a later change of the environment is not looked up for every request
        monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
        http_client.query("ASK {}", "application/sparql-results+json")
        assert _Proxy.seen[-1] == "http://osce-kg-test.invalid/sparql"
    finally:
        server.shutdown()
        server.server_close()
