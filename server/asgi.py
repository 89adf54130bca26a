"""The ASGI application ``osce-kg serve`` runs under Granian: ``osce_kg.server.asgi:create``.

Why ASGI around a Flask app: a lookup is a few short steps, and pyoxigraph lets
go of the GIL around each call into the store, so request threads hand the GIL
back and forth several times per lookup, and the handoffs cost more than the
lookups themselves. ``bench/serving_bench.py`` serves a minimal lookup app each
way on the 2-core machine: 0.61x of Oxigraph's rate on eight WSGI threads, 0.76x
on one (where a long query would block every client), 0.73x on a uvloop event loop.
So query requests to ``/sparql`` are read on the event loop: a bounded query (a lookup, a
DESCRIBE or a single-resource CONSTRUCT, as a real parser's tree shows: see
:func:`querytext.bounded_query`) is answered right there; any other
query is sent to its killable worker and the loop waits on the worker's pipe,
serving other requests meanwhile. Everything else (the linked-data pages,
updates, the Graph Store, the service description, every malformed request)
goes to the Flask app through :class:`a2wsgi.WSGIMiddleware`, on threads of its
own. Query requests are read and answered by the same code as under WSGI
(:class:`osce_kg.server.sparql.FastQueryPath`), but for the commonest, ``GET /sparql?query=...``,
which is read straight from the scope (:meth:`QueryFirstApp._lean`) and answered alike.

Every request body is read here, on the event loop, before the fast path or
Flask sees the request: at most ``max_body_bytes`` (``OSCE_KG_MAX_BODY_BYTES``;
413 as soon as the declared length or the bytes so far pass it, and reading
stops), within ``body_timeout`` seconds (``OSCE_KG_BODY_TIMEOUT``; 408), however
it is framed (``Content-Length`` or chunked). So a slow or huge body holds no
Flask thread, and none is ever cut short and handed on. Flask gets the whole
body, with its ``Content-Length``, as a plain WSGI request. While Flask works on
a request that may write (POST, PUT, DELETE, PATCH), a task on the loop waits
for the server to report the client gone, and then sets the
:class:`threading.Event` in ``environ["osce_kg.client_gone"]`` (:data:`CLIENT_GONE`),
which the write path checks before it commits.
"""
from __future__ import annotations

import asyncio
import os
import threading
from dataclasses import dataclass
from io import BytesIO
from typing import Any, Awaitable, Callable
from urllib.parse import unquote_plus

from a2wsgi import WSGIMiddleware
from flask import Flask

from osce_kg.loader.errors import OsceKgError, UsageError
from osce_kg.loader.settings import ENV_PREFIX, Settings, load_settings

from .app import SECURITY_HEADERS, create_app
from .cache import NOTE, Entry, ResponseCache, cache_of, entry_matches
from .executor import Job
from .leanpages import answer_whole, answers_whole
from .problems import problem
from .services import EXTENSION_KEY
from .responses import cors_headers
from .sparql import FastQueryPath, wants_html

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: the variable ``osce-kg serve --threads`` is handed down in
THREADS_VARIABLE = "OSCE_KG_THREADS"
SPARQL_PATHS = ("/sparql", "/sparql/")
#: the methods whose requests may write, watched for the client going away
WRITE_METHODS = frozenset({"POST", "PUT", "DELETE", "PATCH"})
#: the WSGI environ key of the :class:`threading.Event` set when the client has gone away
CLIENT_GONE = "osce_kg.client_gone"
#: the scope key the buffered body is handed to the WSGI side in
_BODY = "osce_kg.body"
_FRAMING = (b"content-length", b"transfer-encoding")


class BodyTooLarge(OsceKgError):
    """A request body longer than ``max_body_bytes``; nothing of it was used."""

    http_status = 413
    title = "Content Too Large"


class BodyTimeout(OsceKgError):
    """A request body that did not arrive within ``body_timeout`` seconds."""

    http_status = 408
    title = "Request Timeout"


class ClientGone(Exception):
    """The client went away before its request body was complete (there is no one to answer)."""


class QueryFirstApp:
    """ASGI: queries to ``/sparql`` on the event loop, the rest to Flask on threads.

    ``threads`` threads serve the Flask app; queries wait for their workers on the loop.
    Request bodies are read on the loop, within the size and time limits of the app's settings.
    """

    def __init__(self, flask_app: Flask, *, threads: int = 8) -> None:
        self.flask_app = flask_app
        self.settings: Settings = flask_app.extensions[EXTENSION_KEY].settings
        # typed loosely: a2wsgi declares its own ASGI TypedDicts, this module passes plain dicts
        self.wsgi: Any = WSGIMiddleware(_buffered(flask_app), workers=threads)
        inner = flask_app.wsgi_app
        self.queries: FastQueryPath | None = inner if isinstance(inner, FastQueryPath) else None
        self.cache: ResponseCache | None = cache_of(flask_app.extensions[EXTENSION_KEY])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            await self.wsgi(scope, receive, send)  # a2wsgi closes a websocket at once
            return
        front = self._front(scope)
        if front is not None:
            entry = self.cache.get(front.key)  # type: ignore[union-attr]
            if entry is not None:
                await _send_entry(send, entry, front, head=scope["method"] == "HEAD")
                return
        try:
            declared = declared_length(scope)
            body = b"" if declared == 0 else await read_body(receive, declared, self.settings)
        except ClientGone:
            return
        except OsceKgError as refused:
            await self._refuse(refused, scope, send)
            return
        if self.queries is not None and scope["path"] in SPARQL_PATHS and scope["method"] in ("GET", "POST"):
            lean = self._lean(scope) if not body else None
            if lean is not None:
                await self._answer(lean[0], lean[1], send, front if scope["method"] == "GET" else None)
                return
            environ = self._environ(scope, body)
            job = self.queries.job(environ)
            if job is not None:
                await self._answer(job, environ, send, front if scope["method"] == "GET" else None)
                return
        if front is not None and scope["path"] not in SPARQL_PATHS:
            await self._page(scope, body, receive, send, front)
            return
        await self._to_flask(scope, body, receive, send)

    def _lean(self, scope: Scope) -> tuple[Job, dict[str, Any]] | None:
        """The commonest query request, ``GET /sparql?query=...`` and nothing else, read straight from the
        scope (no WSGI environ, no general form parsing): the job and the few request fields the answer
        needs. None for anything else, which :class:`FastQueryPath` reads in full (it answers alike: the
        same strict UTF-8, the same URL limit, the same endpoint URL as base)."""
        raw = scope.get("query_string", b"")
        if (scope["method"] != "GET" or not raw.startswith(b"query=") or b"&" in raw
                or len(raw) + len(scope.get("root_path", "")) + 8 > self.settings.max_url_bytes):
            return None
        try:
            text = unquote_plus(raw[6:].decode("ascii"), encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            return None
        accept = origin = etags = host = None
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value.decode("latin-1") if accept is None else accept + "," + value.decode("latin-1")
            elif name == b"host":
                host = value.decode("latin-1")
            elif name == b"origin":
                origin = value.decode("latin-1")
            elif name == b"if-none-match":
                etags = value.decode("latin-1")
            elif name in _FRAMING and value.strip() not in (b"0", b""):
                return None
        if wants_html(accept, None) or host is None:
            return None
        job = Job(query=text, accept=accept, base=f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}"
                  "/sparql", allowlist=self.settings.service_allowlist)
        return job, {"REQUEST_METHOD": "GET", "HTTP_ORIGIN": origin, "HTTP_IF_NONE_MATCH": etags}

    def _front(self, scope: Scope) -> Front | None:
        """The request's key in the response cache when it is a plain GET or HEAD (no body, no
        range), read from its raw headers; None otherwise or when the cache is off."""
        if self.cache is None or scope["method"] not in ("GET", "HEAD"):
            return None
        wanted: dict[bytes, bytes] = {}
        for name, value in scope["headers"]:
            if name in _FRONT_HEADERS:
                wanted[name] = wanted[name] + b"," + value if name in wanted else value
        if b"range" in wanted or b"transfer-encoding" in wanted or wanted.get(b"content-length", b"0") != b"0":
            return None
        key = ("front", scope["path"], scope.get("query_string", b""), wanted.get(b"accept"), wanted.get(b"host"),
               scope.get("scheme", "http"), scope.get("root_path", ""), wanted.get(b"origin"))
        return Front(key, self.cache.version, wanted)

    async def _page(self, scope: Scope, body: bytes, receive: Receive, send: Send, front: Front) -> None:
        """A page from Flask, kept in the response cache when the app says it may be."""
        assert self.cache is not None
        cache = self.cache
        note: dict[str, Any] = {}

        def keep(entry: Entry) -> None:  # before the last bytes go out: a client's next request may hit it
            if note.get("keep") and scope["method"] == "GET":
                cache.put(front.key, entry, front.version)

        await self._to_flask({**scope, NOTE: note}, body, receive, _Recorder(send, cache.largest, keep))

    async def _to_flask(self, scope: Scope, body: bytes, receive: Receive, send: Send) -> None:
        """Hand the request, its body read, to Flask; for a write, watch for the client going away meanwhile."""
        gone = threading.Event()
        inner = {**scope, "headers": _framed(scope["headers"], body), _BODY: body, CLIENT_GONE: gone}
        if scope["method"] not in WRITE_METHODS:
            if answers_whole(scope):  # a description: gathered in the thread, one hand-off (leanpages)
                await answer_whole(self.wsgi.app, self.wsgi.executor, inner, send)
                return
            await self.wsgi(inner, _body_read, send)
            return
        watcher = asyncio.ensure_future(watch_disconnect(receive, gone))
        try:
            await self.wsgi(inner, _body_read, send)
        finally:
            watcher.cancel()

    async def _answer(self, job: Job, environ: dict[str, Any], send: Send, front: Front | None = None) -> None:
        """Answer a query: from the cache by its normalised text, else run (and keep) it. A GET's
        reply is also kept under its raw request (``front``), answered next time before any parsing."""
        assert self.queries is not None
        origin = environ.get("HTTP_ORIGIN")
        lookup = self.queries.lookup(job, environ)
        reply = lookup.reply
        if reply is None:
            try:
                answer = await self.queries.executor.run_async(job)
            except Exception as exc:
                reply = self.queries.failure(exc, origin)
            else:
                reply = self.queries.remember(lookup, answer, origin)
        status, headers, body = reply
        if front is not None and status == 200 and self.cache is not None:
            self.cache.put(front.key, Entry(status, tuple(headers), body), front.version)
        await _respond(send, status, headers, body)

    async def _refuse(self, refused: OsceKgError, scope: Scope, send: Send) -> None:
        """Answer a request whose body was not read with the problem document of ``refused``."""
        origin = next((v.decode("latin-1") for n, v in scope["headers"] if n == b"origin"), None)
        response = problem(refused.http_status, refused.title, refused.message)
        headers = [*response.headers.to_wsgi_list(), *SECURITY_HEADERS.items(),
                   *cors_headers(origin, self.settings.cors_origins)]
        await _respond(send, refused.http_status, headers, response.get_data())

    @staticmethod
    def _environ(scope: Scope, body: bytes) -> dict[str, Any]:
        """The WSGI environ :meth:`FastQueryPath.job` reads: the request line, headers and ``body``."""
        environ: dict[str, Any] = {
            "REQUEST_METHOD": scope["method"], "PATH_INFO": scope["path"], "SCRIPT_NAME": scope.get("root_path", ""),
            "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
            "wsgi.url_scheme": scope.get("scheme", "http"),
        }
        server = scope.get("server") or ("localhost", 80)
        environ["SERVER_NAME"], environ["SERVER_PORT"] = server[0], str(server[1])
        for raw_name, raw_value in scope["headers"]:
            name = raw_name.decode("latin-1").upper().replace("-", "_")
            key = name if name in ("CONTENT_TYPE", "CONTENT_LENGTH") else "HTTP_" + name
            value = raw_value.decode("latin-1")
            environ[key] = environ[key] + "," + value if key in environ else value
        if body:  # however it came (chunked too), it is whole now
            environ["CONTENT_LENGTH"] = str(len(body))
        environ["wsgi.input"] = BytesIO(body)
        return environ

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                # the app's background threads (the search index's start build) stopped and waited for
                # before the worker ends: killed with it, a build died mid-step (Services.stop_background)
                services = self.flask_app.extensions[EXTENSION_KEY]
                await asyncio.get_running_loop().run_in_executor(None, services.stop_background)
                await send({"type": "lifespan.shutdown.complete"})
                return


async def read_body(receive: Receive, declared: int | None, settings: Settings) -> bytes:
    """The whole request body, of the ``declared`` length (see :func:`declared_length`), within
    the limits of ``settings``.

    :raises BodyTooLarge: the declared length, or the bytes received so far, pass ``max_body_bytes``
        (the rest is not read)
    :raises BodyTimeout: the body took longer than ``body_timeout`` seconds
    :raises ClientGone: the client went away first
    """
    limit = settings.max_body_bytes
    if declared is not None and declared > limit:
        raise BodyTooLarge(_too_large(limit))
    try:
        async with asyncio.timeout(settings.body_timeout):
            return await _receive_all(receive, limit)
    except TimeoutError:
        raise BodyTimeout(f"the request body did not arrive within {settings.body_timeout:g} seconds "
                          f"(the limit is set by {ENV_PREFIX}BODY_TIMEOUT)") from None


def declared_length(scope: Scope) -> int | None:
    """The length the request declares for its body: None when it is known only at its end
    (chunked, or HTTP/2 without ``Content-Length``), 0 when there is no body (then the body
    need not be read: a request without ``Content-Length`` or ``Transfer-Encoding`` has none in HTTP/1.x).

    :raises UsageError: ``Content-Length`` is not a number
    """
    length: bytes | None = None
    for name, value in scope["headers"]:
        if name in _FRAMING:
            if name == b"transfer-encoding":
                return None  # it overrides Content-Length (RFC 9112, 6.3)
            length = value
    if length is not None:
        if not length.strip().isdigit():
            raise UsageError("Content-Length is not a number")
        return int(length)
    if scope.get("http_version") == "2" and scope["method"] not in ("GET", "HEAD"):
        return None
    return 0


async def _receive_all(receive: Receive, limit: int) -> bytes:
    """The body messages ``receive`` gives, joined, until the last.

    :raises BodyTooLarge: more than ``limit`` bytes came (the rest is not read)
    :raises ClientGone: the client went away first
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise ClientGone()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(_too_large(limit))
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _too_large(limit: int) -> str:
    return (f"the request body is larger than {limit} bytes "
            f"(the limit is set by {ENV_PREFIX}MAX_BODY_BYTES); nothing of it was used")


async def watch_disconnect(receive: Receive, gone: threading.Event) -> None:
    """Set ``gone`` when the server reports the client gone (call it once the body is read;
    cancel it when the response is sent)."""
    while (await receive())["type"] != "http.disconnect":
        pass  # an empty body's last message, if it was not awaited
    gone.set()


def _framed(headers: list[tuple[bytes, bytes]], body: bytes) -> list[tuple[bytes, bytes]]:
    """``headers`` with the body's framing replaced by its ``Content-Length`` (a body without one
    is left as it is)."""
    kept = [(name, value) for name, value in headers if name not in _FRAMING]
    if len(kept) == len(headers) and not body:
        return headers
    return [*kept, (b"content-length", str(len(body)).encode())]


def _buffered(app: Callable[..., Any]) -> Callable[..., Any]:
    """``app`` given the body :class:`QueryFirstApp` read (a2wsgi would read from ``receive``)
    and the client-gone event."""
    def buffered(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        scope = environ["asgi.scope"]
        environ["wsgi.input"] = BytesIO(scope[_BODY])
        environ[CLIENT_GONE] = scope[CLIENT_GONE]
        if NOTE in scope:
            environ[NOTE] = scope[NOTE]
        return app(environ, start_response)

    return buffered


async def _body_read() -> Message:
    """``receive`` for a2wsgi: the body is in ``environ["wsgi.input"]`` already."""
    return {"type": "http.request", "body": b"", "more_body": False}


#: the request headers a cached answer depends on or answers to
_FRONT_HEADERS = frozenset({b"accept", b"host", b"origin", b"if-none-match", b"if-modified-since", b"range",
                            b"content-length", b"transfer-encoding"})


@dataclass
class Front:
    """A plain GET or HEAD as the response cache sees it before anything else reads it: its key (the
    raw request target and the headers an answer depends on), the store's version when it came, and
    the few headers read (raw)."""

    key: tuple
    version: int
    headers: dict[bytes, bytes]


class _Recorder:
    """``send`` for Flask's answer: passes every message on and keeps a copy, handed to ``done`` once
    whole (unless it grew past ``limit`` bytes).

    Whole means the last message, or as many bytes as its ``Content-Length`` says, whichever comes
    first: a WSGI answer's last, empty message comes from the app's thread after the client already
    has every byte, and a client's next request must find the answer kept."""

    def __init__(self, send: Send, limit: int, done: Callable[[Entry], None]) -> None:
        self.send = send
        self.limit = limit
        self.done = done
        self.size = 0
        self.status = 0
        self.length: int | None = None
        self.kept = False
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: list[bytes] = []

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = list(message.get("headers", []))
            self.length = _content_length(self.headers)
        elif message["type"] == "http.response.body" and self.size <= self.limit and not self.kept:
            chunk = message.get("body", b"")
            self.size += len(chunk)
            self.chunks.append(chunk)
            if self.size > self.limit:  # too large to keep: stop copying (a dump can be hundreds of MB)
                self.chunks.clear()
            elif not message.get("more_body", False) or self.size == self.length:
                self.kept = True
                self.done(self.entry())
        await self.send(message)

    def entry(self) -> Entry:
        headers = tuple((n.decode("latin-1"), v.decode("latin-1")) for n, v in self.headers)
        return Entry(self.status, headers, b"".join(self.chunks))


def _content_length(headers: list[tuple[bytes, bytes]]) -> int | None:
    """The ``Content-Length`` an answer's headers give, or None (absent or not a number)."""
    for name, value in headers:
        if name.lower() == b"content-length":
            return int(value) if value.isdigit() else None
    return None


async def _send_entry(send: Send, entry: Entry, front: Front, *, head: bool) -> None:
    """A kept answer, or ``304`` when the client's ``If-None-Match`` names its ETag (or, with no
    ``If-None-Match``, its ``If-Modified-Since`` is not older than its ``Last-Modified``)."""
    if entry.status == 200 and _unchanged(entry, front.headers):
        await send({"type": "http.response.start", "status": 304, "headers": entry.not_modified_headers})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": entry.status, "headers": entry.raw_headers})
    await send({"type": "http.response.body", "body": b"" if head else entry.body})


def _unchanged(entry: Entry, request_headers: dict[bytes, bytes]) -> bool:
    """Whether the client's copy is the kept one (RFC 9110 13.2.2: If-None-Match first)."""
    if_none_match = request_headers.get(b"if-none-match")
    if if_none_match is not None:
        return entry_matches(entry.header("ETag"), if_none_match.decode("latin-1"))
    since = request_headers.get(b"if-modified-since")
    if since is None:  # the common case: no header scan on a plain repeat (a few µs of a hit's ~60)
        return False
    modified = entry.header("Last-Modified")
    if modified is None:
        return False
    from werkzeug.http import parse_date

    since_at, modified_at = parse_date(since.decode("latin-1")), parse_date(modified)
    return since_at is not None and modified_at is not None and modified_at <= since_at


async def _respond(send: Send, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(_header_name(name), value.encode("latin-1")) for name, value in headers]})
    await send({"type": "http.response.body", "body": body})


#: header names as ASGI wants them (lower case, bytes): a few dozen names, each encoded once
_HEADER_NAMES: dict[str, bytes] = {}


def _header_name(name: str) -> bytes:
    encoded = _HEADER_NAMES.get(name)
    if encoded is None:
        encoded = name.lower().encode("latin-1")
        if len(_HEADER_NAMES) < 256:
            _HEADER_NAMES[name] = encoded
    return encoded


def create() -> QueryFirstApp:
    """The app, configured from the environment (``OSCE_KG_*``, as ``osce-kg serve`` sets it).

    Runs in Granian's worker process, which then ends with the server's main process
    (:func:`~osce_kg.server.serving.end_with_parent`).
    """
    from .heap import settle_heap
    from .readers import READER, ROLE_VARIABLE
    from .serving import end_with_parent
    from .wholestore import warm

    if os.environ.get(ROLE_VARIABLE) == READER:  # serve --readers N: one of N readers beside an owner
        from .readers import create_reader

        return create_reader()  # type: ignore[return-value]
    end_with_parent()
    settings = load_settings()
    app = create_app(settings)
    settle_heap(settings)  # the app's start-up objects out of the GC's full collections, arenas, GIL (heap.py)
    warm(app)  # VoID, the landing page and the sitemap computed before the first visitor asks
    return QueryFirstApp(app, threads=int(os.environ.get(THREADS_VARIABLE, "8")))
