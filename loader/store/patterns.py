"""CONSTRUCTs the server answers from the streamed solutions of their join, counted as they come.

:func:`construct_streamed` answers a CONSTRUCT whose WHERE clause is a bounded join from the streamed
SELECT of that clause: every solution is counted against the row limit as it comes (the work is
bounded by the solutions, never by the answer, which Oxigraph's CONSTRUCT makes small by keeping each
triple once), and the template's triples are built here, each kept once, in the order Oxigraph keeps
them. Past the limit it gives up (:class:`TooManySolutions`): the caller then runs the query where a
time limit holds.
"""
from __future__ import annotations

from typing import Any, Sequence

import pyoxigraph as ox

from . import results
from .embedded import EmbeddedStore


class TooManySolutions(Exception):
    """A streamed join gave more solutions than may be read in this process; nothing was answered."""


#: a template term as :class:`osce_kg.server.querytext.ConstructPlan` holds it: (is a variable, name or IRI)
TemplateTerm = tuple[bool, str]


def construct_streamed(store: EmbeddedStore, select: str, template: Sequence[tuple[TemplateTerm, ...]],
                       media_type: str, *, max_rows: int, max_solutions: int | None = None, base: str | None = None,
                       default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                       prefixes: dict[str, str] | None = None) -> tuple[bytes, int]:
    """The CONSTRUCT of ``template`` over the solutions of ``select`` (a bounded SELECT of its WHERE
    clause) as ``media_type``, and its triple count, as :func:`results.answer` writes the CONSTRUCT.

    :raises TooManySolutions: more than ``max_solutions`` solutions (``max_rows`` when None), or the
        SELECT did not run (the caller runs the CONSTRUCT itself elsewhere, which reports any error).
    :raises ResultTooLarge: more than ``max_rows`` triples.
    """
    kwargs = results.dataset_kwargs(default_graphs, named_graphs, False)
    try:
        solutions = store.native.query(select, base_iri=base, **kwargs)
        compiled = [tuple(term[1] if term[0] else ox.NamedNode(term[1]) for term in triple) for triple in template]
    except (SyntaxError, ValueError):
        raise TooManySolutions from None
    if not isinstance(solutions, ox.QuerySolutions):
        raise TooManySolutions
    places = {variable.value: i for i, variable in enumerate(solutions.variables)}
    # each term: an index into the solution's values, or a constant (None: a variable the WHERE lacks)
    steps: list[tuple[Any, ...]] = [tuple(places.get(term) if isinstance(term, str) else term for term in triple)
                                   for triple in compiled]
    most = max_rows if max_solutions is None else max_solutions
    seen: set[ox.Triple] = set()
    kept: list[ox.Triple] = []
    count = 0
    for solution in solutions:
        count += 1
        if count > most:
            raise TooManySolutions
        values = tuple(solution)
        fresh = []
        s: Any
        p: Any
        o: Any
        for s, p, o in steps:
            if type(s) is int:
                s = values[s]
            if type(p) is int:
                p = values[p]
            if type(o) is int:
                o = values[o]
            if s is None or p is None or o is None or type(s) is ox.Literal or type(p) is not ox.NamedNode:
                continue
            triple = ox.Triple(s, p, o)
            if type(s) is ox.BlankNode or type(o) is ox.BlankNode:
                fresh.append(triple)  # Oxigraph keeps each triple once, but for those with a blank node
            elif triple not in seen:
                seen.add(triple)
                fresh.append(triple)
        kept.extend(reversed(fresh))  # Oxigraph hands a solution's new triples out last first
        if len(kept) > max_rows:
            raise results.too_many(max_rows, "triples")
    items: list[Any] = kept
    if media_type in results.QUAD_TYPES and "use_default_graph_as_union" in kwargs:
        items = list(dict.fromkeys(results.iter_quads_of(store.native, items)))
    return results.graph_bytes(items, media_type, prefixes), len(items)
