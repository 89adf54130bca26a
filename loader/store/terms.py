"""pyoxigraph's terms made rdflib terms for the server's hot reads, the made ones kept (issue 14).

A cold description at a million releases reads about fifty quads (its own, its links, its graphs' provenance)
and the types and labels of what it links to, and the same predicates, graphs' provenance IRIs, hubs, dates
and language tags come back in every one. Making an rdflib term checks the IRI or parses the literal's value
(1.8 µs a term), a kept one is a dictionary lookup (0.2 µs). Here, inside ``loader/store`` (the only place that
knows pyoxigraph: ``tests/test_boundary.py``), for ``server/describe.py``.
"""
from __future__ import annotations

from typing import Any, Iterator

import pyoxigraph as ox
from rdflib.term import Node

from .base import Quad
from .embedded import to_ox, to_rdflib

#: literals longer than this are made afresh each time (titles and bodies are rarely read twice)
KEEP_LITERAL_CHARS = 64


class TermCache:
    """pyoxigraph terms made rdflib terms exactly as :func:`.embedded.to_rdflib` makes them, the made ones kept.

    Keyed by the pyoxigraph term itself (equal terms only: ``"1"`` and ``"01"`` as integers are two keys).
    At most ``size`` terms are kept; past that the cache starts over. Terms never change, so nothing here
    goes stale after a write. Safe across threads (a dictionary's get and set are atomic; a term made twice
    at once is the same term).
    """

    def __init__(self, size: int = 100_000) -> None:
        self.size = size
        self._kept: dict[object, Node] = {}

    def __len__(self) -> int:
        return len(self._kept)

    def __contains__(self, term: object) -> bool:
        return term in self._kept

    def __call__(self, term: object) -> Node:
        kept = self._kept.get(term)
        if kept is None:
            kept = to_rdflib(term)
            if type(term) is not ox.Literal or len(term.value) <= KEEP_LITERAL_CHARS:
                if len(self._kept) >= self.size:
                    self._kept = {}
                self._kept[term] = kept
        return kept


def native_quads(native: Any, terms: TermCache, s: Node | None, p: Node | None, o: Node | None) -> Iterator[Quad]:
    """The quads of the named graphs matching (``s``, ``p``, ``o``) in the pyoxigraph store ``native``, as
    :meth:`.embedded.EmbeddedStore.quads_for_pattern` gives them (the same quads, order and rdflib terms; the
    terms given passed back as they are), made through ``terms``. ``s`` is no literal, ``p`` an IRI."""
    named = ox.NamedNode
    for q in native.quads_for_pattern(None if s is None else to_ox(s), None if p is None else to_ox(p),
                                      None if o is None else to_ox(o), None):
        graph = q.graph_name
        if type(graph) is not named:  # the default graph: not ours
            continue
        yield (s if s is not None else terms(q.subject), p if p is not None else terms(q.predicate),  # type: ignore[misc]
               o if o is not None else terms(q.object), terms(graph))


def native_rows(native: Any, terms: TermCache, query: str) -> Iterator[tuple[Node, ...]]:
    """The rows of a SELECT over the union of the named graphs in ``native``, each a tuple of rdflib terms made
    through ``terms`` (every variable bound: for queries whose patterns bind them all)."""
    result = native.query(query, use_default_graph_as_union=True)
    width = len(result.variables)
    for row in result:
        yield tuple(terms(row[i]) for i in range(width))


__all__ = ["TermCache", "native_quads", "native_rows", "KEEP_LITERAL_CHARS"]
