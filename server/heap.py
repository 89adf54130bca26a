"""A serving process's heap and threads, set once its app is built: the start-up objects frozen out of
the garbage collector's full collections, fewer malloc arenas, and shorter turns at the GIL.

**The collector.** CPython's full collection walks every tracked object while every thread of the
process waits. At a million releases a reader kept about 600,000-1,400,000 of them (the app's own from
its start: the ontology, the reference data, templates; the descriptions it keeps; each description's
rdflib graph, which rdflib's default store holds in a reference cycle, so it was freed only by a full
collection), and its full collections took 0.25-0.74 s each (one process describing 1,500 new releases,
load average 5-10): the tail of cold dereferences. Now a description's graph is freed when it is dropped
(``describe``: rdflib's ``SimpleMemory`` store, no cycle), a process keeps fewer descriptions
(``resources.CACHE_SIZE``), and the start-up objects are frozen here (:func:`gc.freeze`): the same run
made 2 full collections of 45-58 ms.

**Arenas.** glibc gives each thread that allocates its own arena (up to eight per core), and a reader
runs a thread per concurrent request (``--threads``, 8): freed memory stays in the arena of the thread
that freed it. :data:`MALLOC_ARENAS` arenas are enough for threads that mostly wait on the store.

**Turns at the GIL.** A request's answer goes from its Flask thread to the event loop's thread and out
(a2wsgi): each hand-off waits for the GIL, which a thread busy describing holds up to the switch
interval (5 ms by default) before it must let go. :data:`SWITCH_INTERVAL` shortens those waits.
"""
from __future__ import annotations

import gc
import logging
import sys

log = logging.getLogger(__name__)

#: glibc malloc arenas in a serving process (``mallopt(M_ARENA_MAX)``; glibc's default is 8 per core)
MALLOC_ARENAS = 2
#: seconds a thread holding the GIL runs before another waiting for it gets it (CPython's default 0.005)
SWITCH_INTERVAL = 0.001
#: glibc's ``mallopt`` parameter for the most arenas
_M_ARENA_MAX = -8


def settle_heap() -> None:
    """Call once a serving process has built its app, before its first request: collect, then freeze
    what survived (never walked by a collection again; it lives as long as the process anyway); cap the
    malloc arenas of the threads still to come; shorten the GIL's switch interval."""
    gc.collect()
    gc.freeze()
    limit_arenas()
    sys.setswitchinterval(SWITCH_INTERVAL)


def limit_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """At most ``arenas`` glibc malloc arenas from now on (threads made later share them); False where
    there is no glibc."""
    import ctypes
    import ctypes.util

    try:
        return bool(ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt(_M_ARENA_MAX, arenas))
    except (OSError, AttributeError):  # not glibc
        log.debug("could not cap the malloc arenas", exc_info=True)
        return False


__all__ = ["settle_heap", "limit_arenas", "MALLOC_ARENAS", "SWITCH_INTERVAL"]
