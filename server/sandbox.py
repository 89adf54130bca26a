"""Confinement of worker processes: no network, capped memory (Linux).

A query worker runs text from anonymous clients through pyoxigraph, whose
``SERVICE`` fetches URLs and which has no switch to turn that off. So a worker
that must not fetch installs a seccomp filter at start: ``socket()`` for any
family but ``AF_UNIX`` fails with ``EACCES``, and so does ``io_uring_setup``
(io_uring can open sockets without the ``socket`` system call). The filter is
inherited by every thread and child and cannot be lifted. Whether it holds is
checked right after loading it, by trying to open an ``AF_INET`` and an
``AF_INET6`` socket.

Memory: ``RLIMIT_DATA`` (private writable memory: the heap, anonymous maps,
thread stacks) caps what a query can take. ``RLIMIT_AS`` was measured and
does not work here: RocksDB reserves address space it never uses (its block
cache, thread stacks), so a read-only store fails to open under a few hundred
MiB of address space, while ``RLIMIT_DATA`` opens it with 200 MiB. A query
over the cap ends its worker: Rust aborts on a failed allocation (SIGABRT),
Python raises :class:`MemoryError`; the parent tells the client either way.
"""
from __future__ import annotations

import errno
import resource
import socket

from osce_kg.loader.errors import OsceKgError

#: the variable that sets :attr:`Settings.worker_memory_mb`, named in answers
MEMORY_VARIABLE = "OSCE_KG_WORKER_MEMORY_MB"


class QueryOutOfMemory(OsceKgError):
    """A query needed more memory than a worker may take; its worker was replaced."""

    http_status = 503
    title = "Query needed too much memory"


def out_of_memory(memory_mb: int) -> QueryOutOfMemory:
    """The error a client gets when a worker capped at ``memory_mb`` MiB ran out."""
    return QueryOutOfMemory(
        f"the query needed more memory than the limit of {memory_mb} MiB per query worker "
        f"({MEMORY_VARIABLE}) and was stopped; narrow it or add LIMIT")


def limit_memory(memory_mb: int) -> None:
    """Cap this process's private writable memory at ``memory_mb`` MiB (0 or less: no cap).

    :raises OSError: the limit cannot be set (e.g. above a hard limit set outside).
    """
    if memory_mb <= 0:
        return
    cap = memory_mb << 20
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))


def deny_network() -> bool:
    """Make this process unable to open network sockets, for good; True when that holds.

    False when seccomp is unavailable (no pyseccomp or libseccomp, not Linux, a kernel
    or container that refuses filters) or the check after loading found a socket
    still allowed; the caller must then act as if the network were reachable.
    """
    try:
        import pyseccomp
    except (ImportError, OSError):  # OSError: libseccomp itself is missing
        return False
    try:
        rules = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
        rules.add_rule(pyseccomp.ERRNO(errno.EACCES), "socket",
                       pyseccomp.Arg(0, pyseccomp.NE, socket.AF_UNIX))
        _deny_if_known(rules, pyseccomp, "io_uring_setup")
        rules.load()
    except (OSError, RuntimeError, ValueError):
        return False
    return network_refused()


def _deny_if_known(rules: object, pyseccomp: object, syscall: str) -> None:
    """Refuse ``syscall`` with EACCES, if libseccomp knows its name on this system."""
    try:
        rules.add_rule(pyseccomp.ERRNO(errno.EACCES), syscall)  # type: ignore[attr-defined]
    except (OSError, RuntimeError, ValueError):
        pass


def network_refused() -> bool:
    """Whether opening an IPv4 or IPv6 socket fails with a permission error in this process."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.socket(family, socket.SOCK_STREAM).close()
        except PermissionError:
            continue
        except OSError:
            return False
        return False
    return True
