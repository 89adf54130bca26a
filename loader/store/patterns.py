"""Answers the server writes from the store's own pattern match, without the SPARQL engine.

Why: on a lookup (``SELECT ?p ?o WHERE { <s> ?p ?o }``) the engine spends most of its time parsing
and planning a text the server's parser has read already (``osce_kg.server.querytext``); the answer
is one index scan. :func:`pattern_json` writes that scan as SPARQL JSON, byte for byte as Oxigraph's
serializer writes the query's answer (one row per quad in any graph, the default graph too: the
union default graph as Oxigraph evaluates it, duplicates kept; the store's order; the same string
escapes), counted against the row limit as it is written.

:func:`construct_streamed` answers a CONSTRUCT whose WHERE clause is a bounded join from the streamed
SELECT of that clause: every solution is counted against the row limit as it comes (the work is
bounded by the solutions, never by the answer, which Oxigraph's CONSTRUCT makes small by keeping each
triple once), and the template's triples are built here, each kept once, in the order Oxigraph keeps
them. Past the limit it gives up (:class:`TooManySolutions`): the caller then runs the query where a
time limit holds.
"""
from __future__ import annotations

import json
from typing import Any, Sequence

import pyoxigraph as ox

from . import results
from .embedded import EmbeddedStore

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: JSON string escaping as Oxigraph's writer does it (``"``, ``\\``, ``\\b\\f\\n\\r\\t``, other controls as
#: ``\\u00xx``; nothing else escaped): the C encoder of :func:`json.dumps` with ``ensure_ascii=False``
_quoted = json.encoder.encode_basestring


class TooManySolutions(Exception):
    """A streamed join gave more solutions than may be read in this process; nothing was answered."""


def _json_term(term: Any) -> str | None:
    """One binding as Oxigraph's SPARQL JSON writes it, or None for a term this writer leaves to it."""
    kind = type(term)
    if kind is ox.NamedNode:
        return '{"type":"uri","value":' + _quoted(term.value) + "}"
    if kind is ox.Literal:
        if getattr(term, "direction", None):
            return None  # a directional language string (RDF 1.2): left to Oxigraph's own writer
        language = term.language
        if language:
            return '{"type":"literal","value":' + _quoted(term.value) + ',"xml:lang":' + _quoted(language) + "}"
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return '{"type":"literal","value":' + _quoted(term.value) + "}"
        return '{"type":"literal","value":' + _quoted(term.value) + ',"datatype":' + _quoted(datatype) + "}"
    if kind is ox.BlankNode:
        return '{"type":"bnode","value":' + _quoted(term.value) + "}"
    return None


def pattern_json(store: EmbeddedStore, subject: str, predicate: str | None, obj: str | None,
                 predicate_var: str | None, object_var: str | None, head: Sequence[str], *,
                 limit: int | None, offset: int, max_rows: int) -> tuple[bytes, int] | None:
    """``SELECT head WHERE { <subject> predicate obj } LIMIT limit OFFSET offset`` over the union default
    graph as SPARQL JSON, and its row count; a constant predicate or object is its IRI, a variable one
    None with its name in ``predicate_var``/``object_var``. None when a term cannot be written here
    (a bad IRI, a directional literal): the engine answers those.

    :raises ResultTooLarge: more than ``max_rows`` rows (as the engine's answer would be).
    """
    try:
        pattern = (ox.NamedNode(subject), None if predicate is None else ox.NamedNode(predicate),
                   None if obj is None else ox.NamedNode(obj))
    except ValueError:
        return None
    quads = store.native.quads_for_pattern(*pattern, None)  # every graph, the default one too
    columns = [(name, 1 if name == predicate_var else 2 if name == object_var else 0) for name in head]
    keys = {name: _quoted(name) + ":" for name in head}
    stop = None if limit is None else offset + limit
    rows: list[str] = []
    seen = 0
    for quad in quads:
        if stop is not None and seen >= stop:
            break
        seen += 1
        if seen <= offset:
            continue
        if len(rows) >= max_rows:
            raise results.too_many(max_rows, "rows")
        cells = []
        for name, place in columns:
            if place == 0:
                continue  # projected but not in the pattern: unbound
            written = _json_term(quad.predicate if place == 1 else quad.object)
            if written is None:
                return None
            cells.append(keys[name] + written)
        rows.append("{" + ",".join(cells) + "}")
    body = ('{"head":{"vars":[' + ",".join(_quoted(name) for name in head) + ']},"results":{"bindings":['
            + ",".join(rows) + "]}}")
    return body.encode("utf-8"), len(rows)


#: a template term as :class:`osce_kg.server.querytext.ConstructPlan` holds it: (is a variable, name or IRI)
TemplateTerm = tuple[bool, str]


def construct_streamed(store: EmbeddedStore, select: str, template: Sequence[tuple[TemplateTerm, ...]],
                       media_type: str, *, max_rows: int, base: str | None = None,
                       default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                       prefixes: dict[str, str] | None = None) -> tuple[bytes, int]:
    """The CONSTRUCT of ``template`` over the solutions of ``select`` (a bounded SELECT of its WHERE
    clause) as ``media_type``, and its triple count, as :func:`results.answer` writes the CONSTRUCT.

    :raises TooManySolutions: more than ``max_rows`` solutions, or the SELECT did not run (the caller
        runs the CONSTRUCT itself elsewhere, which reports any error).
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
    seen: set[ox.Triple] = set()
    kept: list[ox.Triple] = []
    count = 0
    for solution in solutions:
        count += 1
        if count > max_rows:
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
