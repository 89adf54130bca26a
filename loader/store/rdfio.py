"""RDF terms and syntax as the store reads and writes them (Oxigraph's parsers and serializers).

Why here: what the store accepts is decided by Oxigraph's own parsers (an IRI, a
language tag), and N-Triples / N-Quads written by them are what the store reads back
exactly (rdflib's ``n3()`` writes Turtle). Code outside :mod:`osce_kg.loader.store`
uses these functions, in rdflib terms, and never pyoxigraph itself.
"""
from __future__ import annotations

from typing import Iterable

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
