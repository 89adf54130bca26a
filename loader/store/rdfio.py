"""RDF terms and syntax as the store reads and writes them (Oxigraph's parsers and serializers).

Why here: what the store accepts is decided by Oxigraph's own parsers (an IRI, a
language tag), and N-Triples / N-Quads written by them are what the store reads back
exactly (rdflib's ``n3()`` writes Turtle). Code outside :mod:`osce_kg.loader.store`
uses these functions, in rdflib terms, and never pyoxigraph itself.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

import pyoxigraph as ox
from rdflib.term import Node

from .base import Quad
from .embedded import to_ox, to_rdflib

Triple = tuple[Node, Node, Node]


def iri_problem(iri: str) -> str | None:
    """Why ``iri`` is not an absolute IRI the store accepts (RFC 3987, Oxigraph's parser), or None."""
    try:
        ox.NamedNode(iri)
    except ValueError as exc:  # UnicodeEncodeError (a lone surrogate) is one too
        return str(exc)
    return None


def language_problem(tag: str) -> str | None:
    """Why ``tag`` is not a BCP 47 language tag the store accepts (Oxigraph's parser), or None."""
    try:
        ox.Literal("", language=tag)
    except ValueError as exc:
        return str(exc)
    return None


def parse_ntriples(data: bytes) -> list[Triple]:
    """N-Triples (as the store writes them) as rdflib triples.

    :raises SyntaxError: the data is not N-Triples.
    """
    return [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def parse_nquads(data: bytes) -> list[Quad]:
    """N-Quads as rdflib quads, blank node labels kept (they may name the store's own blank nodes).

    :raises SyntaxError: the data is not N-Quads.
    """
    return [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name))  # type: ignore[misc]
            for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)]


def nquads(quads: Iterable[Quad]) -> bytes:
    """Quads as N-Quads, written the way the store reads them back."""
    items = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads]  # type: ignore[arg-type]
    return (ox.serialize(items, format=ox.RdfFormat.N_QUADS) or b"") if items else b""


# -- the store's own terms, for code that checks and writes in them (no rdflib term made) -----------------

def parse_native_nquads(data: bytes) -> list[Any]:
    """N-Quads as quads in the store's own terms (a bulk load's and an import's checks and writes
    read them so: no rdflib term is made for each of a million quads).

    :raises SyntaxError: the data is not N-Quads.
    """
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS)) if data else []


def native_nquads(quads: Sequence[Any]) -> bytes:
    """Quads in the store's own terms (:func:`parse_native_nquads`) as N-Quads."""
    return (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"") if quads else b""


def native_iri(iri: str) -> Any:
    """``iri`` in the store's own terms (a graph's name, compared with the quads' graphs)."""
    return ox.NamedNode(iri)


def native_graph(iri: str, triples: Iterable[Triple]) -> tuple[Any, list[Any]]:
    """The graph ``iri`` holding ``triples`` (rdflib terms), in the store's own terms: its name and its quads."""
    g = ox.NamedNode(iri)
    return g, [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples]  # type: ignore[arg-type]


def holds_blank_node(quads: Iterable[Any]) -> bool:
    """Whether a subject or object of ``quads`` (the store's own terms) is a blank node."""
    return any(type(q.subject) is ox.BlankNode or type(q.object) is ox.BlankNode for q in quads)


def plain_term(term: Any) -> object:
    """A term of the store's own query results as a plain value: an IRI or blank node as its string,
    a literal as (text, language or None, datatype IRI or "" for a plain string), unbound as None."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = "" if term.language else term.datatype.value
        return (term.value, term.language, "" if datatype == _XSD_STRING else datatype)
    return term.value


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: the syntaxes :func:`serialize_triples` writes, by media type
WRITTEN = {"text/turtle": ox.RdfFormat.TURTLE, "application/rdf+xml": ox.RdfFormat.RDF_XML,
           "application/n-triples": ox.RdfFormat.N_TRIPLES}


def serialize_triples(triples: Iterable[Triple], media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
    """``triples`` (rdflib terms, in the order given) as ``media_type`` (one of :data:`WRITTEN`),
    written by Oxigraph with ``prefixes`` declared (not for N-Triples).

    :raises ValueError: Oxigraph refuses a term (an IRI or language tag rdflib let in).
    :raises TypeError: a term is no RDF term.
    """
    converted = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]  # type: ignore[arg-type]
    syntax = WRITTEN[media_type]
    if syntax == ox.RdfFormat.N_TRIPLES:
        return ox.serialize(converted, format=syntax) or b""
    return ox.serialize(converted, format=syntax, prefixes=prefixes or {}) or b""
