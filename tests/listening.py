"""A local HTTP listener that counts the connections made to it: the witness that nothing is fetched."""
from __future__ import annotations

import http.server
import threading


class Listener:
    """An HTTP server on a free loopback port that counts the connections made to it and answers
    every request with ``status``, ``body`` and ``content_type`` (what a fetch would have found)."""

    def __init__(self, status: int = 200, body: bytes = b"{}", content_type: str = "application/json") -> None:
        owner = self
        self.connections = 0

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request, client_address) -> bool:
                owner.connections += 1
                return True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        #: the listener's root, without and with the final slash
        self.url = f"http://127.0.0.1:{self.port}"
        self.base = self.url + "/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
