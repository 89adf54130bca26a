"""What a reader process hands to the owner process (``osce-kg serve --readers N``): every write and the
pages only the owner computes, over a Unix socket.

The reader sends the request as its ASGI server gave it (the scope and the whole body, read within the
server's size and time limits) and plays the owner's ASGI messages back to its own client; the owner
runs the request through its own app (:class:`osce_kg.server.asgi.QueryFirstApp`), exactly as if it had
come in on the listening socket: the same gate, token checks, problems and headers. When the client
goes away during a write, the reader drops the connection, the owner's app sees ``http.disconnect``
and the write path does not commit (see :data:`osce_kg.server.asgi.CLIENT_GONE`).

Frames both ways: a kind byte, a 4-byte big-endian length, the payload. The reader sends
:data:`REQUEST` (the scope as JSON) and :data:`BODY`; the owner answers :data:`START` (status and
headers as JSON), then :data:`CHUNK` frames and one :data:`END` frame (the last piece of the body).
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import struct
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

from osce_kg.loader.errors import OsceKgError, StoreError

log = logging.getLogger(__name__)

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

_HEAD = struct.Struct("!cI")
REQUEST, BODY, START, CHUNK, END = b"Q", b"B", b"S", b"C", b"E"
#: a reader asks for a checkpoint covering a count of writes (payload: the count); the owner answers
#: with the same kind (payload: JSON ``{"generation": G, "path": P}``)
CHECKPOINT = b"K"
#: the scope entries sent as they are (text); the byte strings and lists are converted
_PLAIN = ("http_version", "method", "scheme", "path", "root_path")


class OwnerUnavailable(OsceKgError):
    """The owner process (the one writer) did not take the request: it is starting again after it died."""

    http_status = 503
    title = "Service Unavailable"


def frame(kind: bytes, payload: bytes) -> bytes:
    return _HEAD.pack(kind, len(payload)) + payload


async def read_frame(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """The next frame's kind and payload.

    :raises asyncio.IncompleteReadError: the other side closed the connection first.
    """
    kind, size = _HEAD.unpack(await reader.readexactly(_HEAD.size))
    return kind, await reader.readexactly(size)


def pack_scope(scope: Scope) -> bytes:
    """The parts of an HTTP scope an app reads, as JSON (byte strings as latin-1 text)."""
    data: dict[str, Any] = {key: scope.get(key) for key in _PLAIN}
    data["raw_path"] = (scope.get("raw_path") or scope["path"].encode("utf-8")).decode("latin-1")
    data["query_string"] = scope.get("query_string", b"").decode("latin-1")
    data["headers"] = [[name.decode("latin-1"), value.decode("latin-1")] for name, value in scope["headers"]]
    data["client"] = list(scope["client"]) if scope.get("client") else None
    data["server"] = list(scope["server"]) if scope.get("server") else None
    return json.dumps(data).encode()


def unpack_scope(payload: bytes) -> Scope:
    """The scope :func:`pack_scope` sent, as an ASGI server would give it."""
    data = json.loads(payload)
    scope: Scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}}
    scope.update({key: data[key] for key in _PLAIN})
    scope["root_path"] = scope["root_path"] or ""
    scope["raw_path"] = data["raw_path"].encode("latin-1")
    scope["query_string"] = data["query_string"].encode("latin-1")
    scope["headers"] = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in data["headers"]]
    scope["client"] = tuple(data["client"]) if data["client"] else None
    scope["server"] = tuple(data["server"]) if data["server"] else None
    return scope


# -- the reader's side -------------------------------------------------------------------------------

async def checkpoint(socket_path: str, wanted: int) -> tuple[int, Path]:
    """Ask the owner for a checkpoint covering the first ``wanted`` writes: its generation and path.

    :raises OwnerUnavailable: the owner did not answer (it is starting again).
    :raises StoreError: the owner could not make it.
    """
    try:
        reader, writer = await asyncio.open_unix_connection(socket_path)
    except OSError:
        raise OwnerUnavailable("the server's writer process is starting again; try again in a moment") from None
    try:
        writer.write(frame(CHECKPOINT, str(wanted).encode()))
        await writer.drain()
        kind, payload = await read_frame(reader)
    except (asyncio.IncompleteReadError, ConnectionError):
        raise OwnerUnavailable("the server's writer process ended before it answered; try again") from None
    finally:
        writer.close()
    return _checkpoint_answer(payload)


def checkpoint_now(socket_path: str, wanted: int, timeout: float = 120.0) -> tuple[int, Path]:
    """:func:`checkpoint`, blocking (a reader starting), trying again until the owner answers or
    ``timeout`` seconds have passed.

    :raises OwnerUnavailable: the owner did not answer in time.
    :raises StoreError: the owner could not make it.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout)
                sock.connect(socket_path)
                sock.sendall(frame(CHECKPOINT, str(wanted).encode()))
                head = _recv_exactly(sock, _HEAD.size)
                _, size = _HEAD.unpack(head)
                return _checkpoint_answer(_recv_exactly(sock, size))
        except OSError:
            if time.monotonic() > deadline:
                raise OwnerUnavailable("the server's writer process did not answer") from None
            time.sleep(0.1)


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("the writer process closed the connection")
        data += chunk
    return data


def _checkpoint_answer(payload: bytes) -> tuple[int, Path]:
    answer = json.loads(payload)
    if "error" in answer:
        raise StoreError(answer["error"])
    return int(answer["generation"]), Path(answer["path"])


async def forward(socket_path: str, scope: Scope, body: bytes, receive: Receive, send: Send, *,
                  watch: bool) -> None:
    """Have the owner answer the request (``scope`` and its whole ``body``), and pass its answer on.

    ``watch``: the request may write; drop the connection when the client goes away, so the owner does not commit.

    :raises OwnerUnavailable: the owner did not answer (nothing was sent to the client yet).
    :raises ConnectionError: the owner's answer broke off after it had begun (the client's connection is cut).
    """
    try:
        reader, writer = await asyncio.open_unix_connection(socket_path)
    except OSError:
        raise OwnerUnavailable("the server's writer process is starting again; try again in a moment") from None
    gone = asyncio.Event()
    watcher = asyncio.ensure_future(_drop_when_gone(receive, writer, gone)) if watch else None
    try:
        try:
            writer.write(frame(REQUEST, pack_scope(scope)) + frame(BODY, body))
            await writer.drain()
        except ConnectionError:  # (the owner was killed as it took the connection: nothing was sent to the client)
            raise OwnerUnavailable("the server's writer process ended before it answered (a write may or may not "
                                   "have been committed: read it back); try again in a moment") from None
        await _play_back(reader, send)
    except (OwnerUnavailable, ConnectionError):
        if not gone.is_set():  # else the client left: there is no one to answer
            raise
    finally:
        if watcher is not None:
            watcher.cancel()
        writer.close()


async def _play_back(reader: asyncio.StreamReader, send: Send) -> None:
    """Send the owner's answer on to the client, frame by frame."""
    try:
        kind, payload = await read_frame(reader)
    except (asyncio.IncompleteReadError, ConnectionError):
        raise OwnerUnavailable("the server's writer process ended before it answered (a write may or may not "
                               "have been committed: read it back); try again in a moment") from None
    start = json.loads(payload)
    await send({"type": "http.response.start", "status": start["status"],
                "headers": [(n.encode("latin-1"), v.encode("latin-1")) for n, v in start["headers"]]})
    while kind != END:
        try:
            kind, payload = await read_frame(reader)
        except asyncio.IncompleteReadError:
            raise ConnectionError("the writer process ended while it answered") from None
        await send({"type": "http.response.body", "body": payload, "more_body": kind != END})


async def _drop_when_gone(receive: Receive, writer: asyncio.StreamWriter, gone: asyncio.Event) -> None:
    """Cut the connection to the owner when the client goes away (the owner then does not commit)."""
    while (await receive())["type"] != "http.disconnect":
        pass
    gone.set()
    writer.transport.abort()


# -- the owner's side --------------------------------------------------------------------------------

async def serve_forwarded(app: App, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                          ensure: Callable[[int], tuple[int, Path]]) -> None:
    """Run one forwarded request through ``app`` and send its answer back, or make the checkpoint a
    reader asks for with ``ensure`` (a connection handler of :func:`asyncio.start_unix_server`)."""
    try:
        kind, head = await read_frame(reader)
        if kind == CHECKPOINT:
            await _answer_checkpoint(writer, ensure, int(head))
            return
        body_kind, body = await read_frame(reader)
        if kind != REQUEST or body_kind != BODY:
            raise ValueError("not a forwarded request")
        scope = unpack_scope(head)
    except (asyncio.IncompleteReadError, ConnectionError, ValueError, KeyError):
        writer.close()
        return
    delivered = False

    async def receive() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        with contextlib.suppress(ConnectionError):
            await reader.read()  # the reader sends nothing more: this returns when it drops the connection
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [[n.decode("latin-1"), v.decode("latin-1")] for n, v in message.get("headers", [])]
            writer.write(frame(START, json.dumps({"status": message["status"], "headers": headers}).encode()))
        elif message["type"] == "http.response.body":
            writer.write(frame(CHUNK if message.get("more_body", False) else END, message.get("body", b"")))
            await writer.drain()

    try:
        await app(scope, receive, send)
    except (ConnectionError, asyncio.CancelledError):
        pass  # the reader went away (its client did)
    except Exception:
        log.exception("a forwarded request failed")
    finally:
        writer.close()


async def _answer_checkpoint(writer: asyncio.StreamWriter, ensure: Callable[[int], tuple[int, Path]],
                             wanted: int) -> None:
    """Make (or find) the checkpoint, on a thread (it flushes to disk), and send where it is."""
    try:
        generation, path = await asyncio.get_running_loop().run_in_executor(None, ensure, wanted)
        answer: dict[str, Any] = {"generation": generation, "path": str(path)}
    except StoreError as exc:
        log.error("a checkpoint for the readers failed: %s", exc.message)
        answer = {"error": "the store could not be checkpointed; the error is logged"}
    try:
        writer.write(frame(CHECKPOINT, json.dumps(answer).encode()))
        await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


__all__ = ["checkpoint", "checkpoint_now", "forward", "serve_forwarded", "OwnerUnavailable", "pack_scope",
           "unpack_scope"]
