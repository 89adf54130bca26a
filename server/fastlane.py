"""The readers' HTTP server: uvicorn (HTTP/1.1 parsed by httptools, on uvloop) with a fast lane for lookups.

Why not Granian here: under Granian a request crosses from its Rust thread to the Python event loop and
back, each answer is two ASGI messages handed over the same way, and the Rust thread takes the GIL for
every request while the loop's thread waits for it around each store call. Measured on the 2-core machine
(one process, the app over a 100,000-release store, ``wrk`` with 8 connections, load average 11-12): a
lookup cost 269-320 µs of CPU per request under Granian's ASGI against 209-215 µs written straight from
the HTTP parser's callback on the loop's one thread; for an app that spins 150 µs and answers a fixed body,
Granian's ASGI layer added about 74 µs a request, uvicorn's 45 µs, httptools alone 15 µs.

So each reader runs uvicorn's httptools protocol, and :class:`FastLaneProtocol` answers a plain
``GET /sparql?query=...`` that the reader gives at once (a bounded query: :meth:`QueryFirstApp.answer_now`)
right where the request's headers are complete: the reply is computed synchronously and written to the
socket in one piece, without a task, an ASGI message or a thread hand-off. Every other request, and every
one of those the app does not answer at once (a query for a killable worker, a kept answer, a view that
must first move to a newer generation), takes uvicorn's ordinary ASGI path to the same app, unchanged. The
reply bytes are the app's own (status, headers, body), so both lanes answer alike.

Processes: uvicorn's supervisor binds the socket, starts ``readers`` processes that share it, and starts
a reader again when it dies (:func:`serve_readers`); the owner is started before it, as before.
"""
from __future__ import annotations

from typing import Any

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol, RequestResponseCycle

#: seconds a reader may take to answer the supervisor's health check before it is replaced
HEALTHCHECK_SECONDS = 30


class FastLaneProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol; a request the app answers at once (``app.answer_now(scope)``) is
    answered here, when its headers are complete, and the rest go on to the app as ASGI.

    A request's line and headers are bounded here (httptools sets no bound of its own): at most
    :func:`head_limits` bytes (``OSCE_KG_MAX_URL_BYTES`` plus :data:`HEADER_BYTES`; past it ``431`` and
    the connection is closed, nothing of it read further) within ``OSCE_KG_BODY_TIMEOUT`` seconds of
    their first byte (``408``, closed), so a client trickling or piling up headers holds no memory or
    connection for long."""

    _head_bytes = 0
    _head_timer: Any = None
    _in_head = True

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            most, seconds = head_limits()
            self._head_bytes += len(data)
            if self._head_timer is None:
                self._head_timer = self.loop.call_later(seconds, self._refuse_head, 408, b"Request Timeout")
            if self._head_bytes > most:
                self._refuse_head(431, b"Request Header Fields Too Large")
                return
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True

    def on_headers_complete(self) -> None:
        self._in_head, self._head_bytes = False, 0
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def _refuse_head(self, status: int, reason: bytes) -> None:
        """Answer ``status`` and close: the request's head was too long or too slow."""
        self._head_timer = None
        if not self.transport.is_closing():
            self.transport.write(b"HTTP/1.1 %d %s\r\nconnection: close\r\ncontent-length: 0\r\n\r\n" % (status, reason))
            self.transport.close()

    def _start_asgi_task(self, cycle: RequestResponseCycle, app: Any) -> None:
        scope = cycle.scope
        if scope["method"] == "GET" and not cycle.waiting_for_100_continue:
            reply = self._answer_now(scope)
            if reply is not None:
                self._write_now(cycle, *reply)
                return
        super()._start_asgi_task(cycle, app)

    def _answer_now(self, scope: Any) -> tuple[int, list[tuple[str, str]], bytes] | None:
        """The app's reply when it gives one at once (an app without ``answer_now``, or one that raises, has
        the request answered by the ordinary path, which reports the error)."""
        inner = getattr(self.app, "app", self.app)  # uvicorn wraps the app in a proxy (ASGI2/3, proxy headers)
        answer_now = getattr(inner, "answer_now", None)
        if answer_now is None:
            return None
        try:
            return answer_now(scope)
        except Exception:  # noqa: BLE001 - the ordinary path answers it and logs what happened
            return None

    def _write_now(self, cycle: RequestResponseCycle, status: int, headers: list[tuple[str, str]],
                   body: bytes) -> None:
        """Write the whole reply in one piece, then let the connection go on as after any response."""
        content = [STATUS_LINE[status]]
        for raw_name, raw_value in self.server_state.default_headers:
            content += [raw_name, b": ", raw_value, b"\r\n"]
        for name, value in headers:
            content += [_header_name(name), b": ", value.encode("latin-1"), b"\r\n"]
        if not cycle.keep_alive:
            content.append(b"connection: close\r\n")
        content += [b"\r\n", body]
        cycle.response_started = cycle.response_complete = True
        self.transport.write(b"".join(content))
        if not cycle.keep_alive:
            self.transport.close()
        self.on_response_complete()


#: the bytes a request's headers may take beyond ``OSCE_KG_MAX_URL_BYTES`` (its line)
HEADER_BYTES = 64 * 1024
_LIMITS: list[tuple[int, float]] = []


def head_limits() -> tuple[int, float]:
    """The most bytes a request's line and headers may take, and the seconds they may take to arrive
    (``OSCE_KG_MAX_URL_BYTES`` + :data:`HEADER_BYTES`, ``OSCE_KG_BODY_TIMEOUT``), read once."""
    if not _LIMITS:
        from osce_kg.loader.settings import load_settings

        settings = load_settings()
        _LIMITS.append((settings.max_url_bytes + HEADER_BYTES, settings.body_timeout))
    return _LIMITS[0]


#: header names as HTTP writes them (lower case, bytes): a few dozen names, each encoded once
_HEADER_NAMES: dict[str, bytes] = {}


def _header_name(name: str) -> bytes:
    encoded = _HEADER_NAMES.get(name)
    if encoded is None:
        encoded = name.lower().encode("latin-1")
        if len(_HEADER_NAMES) < 256:
            _HEADER_NAMES[name] = encoded
    return encoded


def reader_config(host: str, port: int, readers: int, *, graceful: float) -> Config:
    """uvicorn's configuration for ``readers`` reader processes of ``osce_kg.server.asgi:create``."""
    return Config("osce_kg.server.asgi:create", factory=True, host=host, port=port, workers=readers,
                  http=FastLaneProtocol, loop="uvloop", lifespan="on", ws="none", interface="asgi3",
                  access_log=False, log_level="warning", server_header=False, date_header=True,
                  timeout_graceful_shutdown=int(graceful), timeout_worker_healthcheck=HEALTHCHECK_SECONDS)


def serve_readers(host: str, port: int, readers: int, *, graceful: float) -> None:
    """Bind ``host:port`` and serve it from ``readers`` processes until SIGTERM or SIGINT, starting a reader
    again when it dies."""
    from uvicorn.supervisors import Multiprocess

    config = reader_config(host, port, readers, graceful=graceful)
    sock = config.bind_socket()
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()
