"""A reader forwarding a write to the owner as the owner dies (server/readers_forward.py): the client gets the
clear "try again" refusal (OwnerUnavailable, a 503), never an unexpected error (a 500 and a traceback)."""
from __future__ import annotations

import asyncio
import socket
import struct

import pytest

from osce_kg.server.readers import OwnerUnavailable
from osce_kg.server.readers_forward import forward


def test_an_owner_that_resets_the_connection_before_reading_the_request_is_unavailable(tmp_path):
    path = str(tmp_path / "owner.sock")

    async def run() -> None:
        async def reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()        # (a killed process's socket: closed with the request unread)

        server = await asyncio.start_unix_server(reset, path)
        scope = {"type": "http", "method": "PUT", "path": "/graph-store", "query_string": b"default",
                 "headers": [], "http_version": "1.1", "scheme": "http", "server": ("127.0.0.1", 80),
                 "client": ("127.0.0.1", 1), "root_path": ""}
        sent: list[dict] = []

        async def receive() -> dict:
            await asyncio.sleep(3600)
            return {"type": "http.disconnect"}

        async def send(message: dict) -> None:
            sent.append(message)

        try:
            with pytest.raises(OwnerUnavailable):
                await forward(path, scope, b"x" * (16 << 20), receive, send, watch=True)
            assert sent == []
        finally:
            server.close()

    asyncio.run(run())
