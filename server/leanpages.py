"""Linked-data descriptions answered from Flask in one hand-off between its thread and the event loop.

A page that is not a query goes to Flask through :class:`a2wsgi.WSGIMiddleware` (see :mod:`.asgi`). a2wsgi
hands every piece of the answer from the Flask thread to the event loop and blocks the thread until the loop
has taken it: the status and headers, each chunk of the body, then an empty last chunk, three to four waits
a request, each for the GIL the other request threads of the process hold meanwhile. At a million releases,
with eight clients on two readers, a quarter of a reader's samples were request threads waiting there
(py-spy), and a cold description's answer took 3-6x its CPU.

A description (``/doc/...``, ``/id/...``, ``/graph/...``: a bounded answer, at most one page of links, never a
stream) is answered here instead: the same WSGI environ (a2wsgi's own ``build_environ``), the same app and
thread pool; the thread runs the app to its end and gathers the answer; the loop then sends the status, the
headers and the body as one message. One hand-off (the pool's future), and no thread waits on the loop.
Reads only: a write goes through a2wsgi and its disconnect watch (:meth:`.asgi.QueryFirstApp._to_flask`).
"""
from __future__ import annotations

import asyncio
import contextvars
import functools
from io import BytesIO
from typing import Any, Awaitable, Callable

from a2wsgi.wsgi import build_environ

#: the paths whose GET and HEAD answers are gathered whole (linked-data descriptions: bounded, never streamed;
#: dumps, the sitemap and query results are not among them)
WHOLE_PATHS = ("/doc/", "/id/", "/graph/")

Message = dict[str, Any]
Send = Callable[[Message], Awaitable[None]]


def answers_whole(scope: dict[str, Any]) -> bool:
    """Whether ``scope`` is a read of a description (answered by :func:`answer_whole`)."""
    return scope["method"] in ("GET", "HEAD") and scope["path"].startswith(WHOLE_PATHS)


def run_whole(app: Callable[..., Any], environ: dict[str, Any]) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """Run the WSGI ``app`` to its end: (status, headers as a2wsgi sends them, the body). In a pool thread."""
    started: list[tuple[int, list[tuple[bytes, bytes]]]] = []
    chunks: list[bytes] = []

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], None]:
        if exc_info is not None and started:  # PEP 3333: an error after the headers went out is raised on
            raise exc_info[1].with_traceback(exc_info[2])
        # as a2wsgi sends them: names lower-cased, both stripped, Latin-1
        started[:] = [(int(status.split(" ", 1)[0]),
                       [(name.strip().encode("latin1").lower(), value.strip().encode("latin1"))
                        for name, value in headers])]
        return chunks.append

    iterable = app(environ, start_response)
    try:
        for chunk in iterable:
            chunks.append(chunk)
    finally:
        getattr(iterable, "close", lambda: None)()
    if not started:
        raise RuntimeError("the WSGI app returned without starting its response")
    status, headers = started[0]
    return status, headers, b"".join(chunks)


async def answer_whole(app: Callable[..., Any], pool: Any, scope: dict[str, Any], send: Send) -> None:
    """Answer the read ``scope`` with the WSGI ``app`` on a thread of ``pool``, the answer sent in one go."""
    environ: dict[str, Any] = dict(build_environ(scope, BytesIO(b"")))  # type: ignore[arg-type]  # no body
    call = functools.partial(contextvars.copy_context().run, run_whole, app, environ)
    status, headers, body = await asyncio.get_running_loop().run_in_executor(pool, call)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})
