"""Ports for the servers the tests start, without the race of "bind port 0, close, hand the number on".

A port picked so is free only until the socket closes: between then and the server's own bind another
process (a second test run on the machine, a server another test started) can take it, and the server then
fails to start, or, worse, the test talks to the other process's server. Three ways out, by server:

- **Ours, under Granian** (``osce-kg serve``, ``sparql_server.serving``): :func:`free_port` reserves the port
  with a socket bound with ``SO_REUSEPORT`` and never listening, held until :func:`release`. Granian binds
  its listener with ``SO_REUSEPORT`` too (same user), so it shares the port; any other bind to it is refused
  (``EADDRINUSE``) and the kernel never hands a bound port out for a bind to port 0. A socket that does not
  listen gets no connections: the server's listener gets them all.
- **A server that binds port 0 itself** (``oxigraph serve --bind 127.0.0.1:0``, which then prints ``:0``):
  :func:`listening_port` reads the port it listens on from ``/proc`` (its sockets' inodes in the kernel's
  TCP table).
- **A server that does neither** (Virtuoso: two ports in a configuration file, bound without
  ``SO_REUSEPORT``): :func:`probe_port` picks ports as before, and the caller starts it again on new ones when
  it exits failing to bind, and takes it as up only once :func:`listening_ports` shows *its* process listens
  on them (not another process that answered on the port meanwhile).
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

#: reserved ports and the sockets that hold them (see :func:`free_port`)
_RESERVED: dict[int, socket.socket] = {}


def free_port() -> int:
    """A loopback port reserved for a Granian server of ours until :func:`release` (see the module's text)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    _RESERVED[port] = sock
    return port


def release(port: int) -> None:
    """Let the reservation of ``port`` go (its server has stopped); nothing if it was not reserved."""
    sock = _RESERVED.pop(port, None)
    if sock is not None:
        sock.close()


def probe_port() -> int:
    """A loopback port free now, not reserved: for a server that binds without ``SO_REUSEPORT``; the caller
    retries on a bind failure and checks the listener is its own (:func:`listening_ports`)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def listening_ports(pid: int) -> set[int]:
    """The TCP ports process ``pid`` listens on (IPv4 and IPv6), read from ``/proc``: the inodes of its
    sockets, looked up among the kernel's listening sockets. Empty when the process is gone."""
    inodes = set()
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return set()
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            # sl local_address rem_address st ... inode: state 0A is LISTEN
            if len(fields) > 9 and fields[3] == "0A" and fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def listening_port(process: subprocess.Popen, timeout: float = 60.0) -> int:
    """The port ``process`` (started on port 0) listens on, once it does.

    :raises RuntimeError: it exited first, listens on several ports, or did not listen in ``timeout`` s.
    """
    deadline = time.monotonic() + timeout
    while True:
        ports = listening_ports(process.pid)
        if len(ports) == 1:
            return ports.pop()
        if len(ports) > 1:
            raise RuntimeError(f"process {process.pid} listens on several ports: {sorted(ports)}")
        if process.poll() is not None:
            raise RuntimeError(f"process {process.pid} exited ({process.returncode}) before it listened")
        if time.monotonic() > deadline:
            raise RuntimeError(f"process {process.pid} did not listen within {timeout:.0f} s")
        time.sleep(0.05)  # polled: the process says nowhere when it listens
