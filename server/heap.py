"""A serving process's heap and threads, set once its app is built: the start-up objects frozen out of
the garbage collector's full collections, fewer malloc arenas, and (when asked) shorter turns at the GIL.

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
that freed it. ``Settings.malloc_arenas`` (``OSCE_KG_MALLOC_ARENAS``, default :data:`MALLOC_ARENAS`; 0:
glibc's default) arenas are enough for threads that mostly wait on the store.

**Turns at the GIL.** A request's answer goes from its Flask thread to the event loop's thread and out
(a2wsgi): each hand-off waits for the GIL, which a thread busy describing holds up to the switch
interval (5 ms by default) before it must let go. ``Settings.switch_interval_ms``
(``OSCE_KG_SWITCH_INTERVAL_MS``; 0, the default: CPython's 5 ms) shortens those waits, at a cost: measured
alone (``bench/heap_bench.py``, 2,000 releases, alternated with 5 ms in the same rounds), 1 ms took
11-46% more CPU a request (lookups 1.28x and 1.11x, HTML descriptions 1.25x and 1.46x in two runs) and
gave 0.54-0.84x the throughput, so it is off unless set. The arena cap showed no effect either way at
that size (memory 1.00-1.01x, CPU a request 0.97-1.12x); it stays at 2 for the threads of a process
holding a large store (README, "Memory and threads of a serving process").
"""
from __future__ import annotations

import gc
import logging
import sys

from osce_kg.loader.settings import Settings

log = logging.getLogger(__name__)

#: glibc malloc arenas in a serving process by default (``mallopt(M_ARENA_MAX)``; glibc's default is 8 per core)
MALLOC_ARENAS: int = Settings.malloc_arenas
#: seconds a thread holding the GIL runs before another waiting for it gets it, when
#: ``OSCE_KG_SWITCH_INTERVAL_MS`` asks for a shorter one than CPython's 0.005 (an example: 1 ms)
SWITCH_INTERVAL: float = 0.001
#: glibc's ``mallopt`` parameter for the most arenas
_M_ARENA_MAX = -8


def settle_heap(settings: Settings | None = None) -> None:
    """Call once a serving process has built its app, before its first request: collect, then freeze
    what survived (never walked by a collection again; it lives as long as the process anyway); cap the
    malloc arenas of the threads still to come and shorten the GIL's switch interval as ``settings`` say
    (``malloc_arenas``, ``switch_interval_ms``; 0 leaves glibc's or CPython's default)."""
    settings = settings or Settings()
    gc.collect()
    gc.freeze()
    if settings.malloc_arenas:
        limit_arenas(settings.malloc_arenas)
    if settings.switch_interval_ms:
        sys.setswitchinterval(settings.switch_interval_ms / 1000)


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
