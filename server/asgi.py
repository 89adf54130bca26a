"""The ASGI application ``osce-kg serve`` runs under Granian: ``osce_kg.server.asgi:create``.

Why ASGI around a Flask app: a lookup is a few short steps, and pyoxigraph lets
go of the GIL around each call into the store, so request threads hand the GIL
back and forth several times per lookup, and the handoffs cost more than the
lookups themselves. ``bench/serving_bench.py`` serves a minimal lookup app each
way on the 2-core machine: 0.61x of Oxigraph's rate on eight WSGI threads, 0.76x
on one (where a long query would block every client), 0.73x on a uvloop event loop.
So query requests to ``/sparql`` are read on the event loop: a bounded lookup
(see :func:`querytext.is_bounded_lookup`) is answered right there; any other
query is sent to its killable worker and the loop waits on the worker's pipe,
serving other requests meanwhile. Everything else (the linked-data pages,
updates, the Graph Store, the service description, every malformed request)
goes to the Flask app through :class:`a2wsgi.WSGIMiddleware`, on threads of its
own. Query requests are read and answered by the same code as under WSGI
(:class:`osce_kg.server.sparql.FastQueryPath`).
"""
from __future__ import annotations

import os
from io import BytesIO
from typing import Any, Awaitable, Callable

from a2wsgi import WSGIMiddleware
from flask import Flask

from osce_kg.loader.settings import load_settings

from .app import create_app
from .executor import Job
from .sparql import FastQueryPath

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: the variable ``osce-kg serve --threads`` is handed down in
THREADS_VARIABLE = "OSCE_KG_THREADS"
SPARQL_PATHS = ("/sparql", "/sparql/")


class QueryFirstApp:
    """ASGI: queries to ``/sparql`` on the event loop, the rest to Flask on threads.

    ``threads`` threads serve the Flask app; queries wait for their workers on the loop.
    """

    def __init__(self, flask_app: Flask, *, threads: int = 8) -> None:
        self.flask_app = flask_app
        self.wsgi = WSGIMiddleware(_input_terminated(flask_app), workers=threads)
        inner = flask_app.wsgi_app
        self.queries: FastQueryPath | None = inner if isinstance(inner, FastQueryPath) else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if (self.queries is not None and scope["type"] == "http" and scope["path"] in SPARQL_PATHS
                and scope["method"] in ("GET", "POST")):
            environ, receive = await self._environ(scope, receive)
            job = self.queries.job(environ) if environ is not None else None
            if job is not None:
                await self._answer(job, environ, send)  # type: ignore[arg-type]
                return
        await self.wsgi(scope, _coroutine(receive), send)

    async def _answer(self, job: Job, environ: dict[str, Any], send: Send) -> None:
        assert self.queries is not None
        origin = environ.get("HTTP_ORIGIN")
        try:
            answer = await self.queries.executor.run_async(job)
        except Exception as exc:
            status, headers, body = self.queries.failure(exc, origin)
        else:
            status, headers, body = self.queries.success(answer, origin)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers]})
        await send({"type": "http.response.body", "body": body})

    async def _environ(self, scope: Scope, receive: Receive) -> tuple[dict[str, Any] | None, Receive]:
        """The WSGI environ :meth:`FastQueryPath.job` reads, and the ``receive`` to pass on.

        A POST body is read here only when its length is declared and within the limit;
        the returned ``receive`` replays it for Flask should the request go there.
        """
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
        if scope["method"] != "POST":
            environ["wsgi.input"] = BytesIO()
            return environ, receive
        assert self.queries is not None
        try:
            length = int(environ.get("CONTENT_LENGTH", ""))
        except ValueError:
            return None, receive
        if not 0 <= length <= self.queries.settings.max_body_bytes:
            return None, receive
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None, _replay([message], receive)
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        environ["wsgi.input"] = BytesIO(body)
        return environ, _replay([{"type": "http.request", "body": body, "more_body": False}], receive)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return


def _input_terminated(app: Callable[..., Any]) -> Callable[..., Any]:
    """``app`` told that the request body ends where the client's does.

    a2wsgi's input stream ends with the ASGI body, chunked or not, but it does not say
    so, and Werkzeug reads no body at all from a request without ``Content-Length``
    unless ``wsgi.input_terminated`` is set.
    """
    def terminated(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        environ["wsgi.input_terminated"] = True
        return app(environ, start_response)

    return terminated


def _coroutine(receive: Receive) -> Receive:
    """``receive`` as a coroutine function (a2wsgi schedules it with ``run_coroutine_threadsafe``,
    and Granian's ``receive`` gives a future of its own, not a coroutine)."""
    async def received() -> Message:
        return await receive()

    return received


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A ``receive`` that gives ``messages`` first, then what ``receive`` gives."""
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed


def create() -> QueryFirstApp:
    """The app, configured from the environment (``OSCE_KG_*``, as ``osce-kg serve`` sets it)."""
    return QueryFirstApp(create_app(load_settings()), threads=int(os.environ.get(THREADS_VARIABLE, "8")))
