"""The garbage collector of a serving process: what the app holds from its start frozen, out of every
later collection.

Why: CPython's full collection walks every tracked object while every thread of the process waits. At a
million releases a reader kept about 600,000-1,400,000 of them (the app's own from its start: the
ontology, the reference data, templates; the descriptions it keeps; each description's rdflib graph,
which rdflib's default store holds in a reference cycle, so it was freed only by a full collection), and
its full collections took 0.25-0.74 s each (one process describing 1,500 new releases, load average
5-10): the tail of cold dereferences. Now a description's graph is freed when it is dropped
(``describe``: rdflib's ``SimpleMemory`` store, no cycle), a process keeps fewer descriptions
(``resources.CACHE_SIZE``), and the start-up objects are frozen here (:func:`gc.freeze`): the same run
made 2 full collections of 45-58 ms.
"""
from __future__ import annotations

import gc


def settle_heap() -> None:
    """Call once a serving process has built its app, before its first request: collect, then freeze
    what survived (never walked by a collection again; it lives as long as the process anyway)."""
    gc.collect()
    gc.freeze()


__all__ = ["settle_heap"]
