"""The least a lookup server can do, served five ways (``serving_bench.py`` starts them).

Each app parses the query string, runs the query on a read-only pyoxigraph store
(``MINIMAL_STORE``) over the union of its graphs and answers SPARQL JSON: no checks,
no limits. Under the same Granian they show what each way of serving costs.
"""
from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qsl

import pyoxigraph as ox

store = ox.Store.read_only(os.environ["MINIMAL_STORE"])
HEADERS = [("Content-Type", "application/sparql-results+json")]


def lookup(query_string: str) -> bytes:
    query = dict(parse_qsl(query_string))["query"]
    return store.query(query, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)


def wsgi(environ, start_response):
    body = lookup(environ["QUERY_STRING"])
    start_response("200 OK", [*HEADERS, ("Content-Length", str(len(body)))])
    return [body]


async def _send_asgi(send, body: bytes) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/sparql-results+json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def asgi(scope, receive, send):
    if scope["type"] == "http":
        await _send_asgi(send, lookup(scope["query_string"].decode()))


_pool = ThreadPoolExecutor(2)


async def asgi_pool(scope, receive, send):
    """The store call on a 2-thread pool, so its GIL-free work could overlap the loop's."""
    if scope["type"] == "http":
        body = await asyncio.get_running_loop().run_in_executor(_pool, lookup, scope["query_string"].decode())
        await _send_asgi(send, body)


class _Rsgi:
    async def __rsgi__(self, scope, protocol):
        protocol.response_bytes(200, HEADERS, lookup(scope.query_string))


rsgi = _Rsgi()
