"""RDF files read into a scratch store before any of it is written (``osce-kg import``).

Oxigraph parses the streaming formats and holds the parsed quads in a scratch store on disk,
in its own terms: a dump of a million quads is never turned into rdflib terms quad by quad.
The importer sees what it needs: the quads as opaque items to count and stage, the problems
the checks find as :class:`QuadProblem`, and each staged graph as a set of rdflib triples.
"""
from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.term import Node

from .embedded import to_ox, to_rdflib

#: the formats Oxigraph streams, by the importer's names for them
STREAMING = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
             "nt": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}

#: a parsed quad, in the store's own terms (opaque outside this module)
StagedQuad = ox.Quad
Triple = tuple[Node, Node, Node]


class QuadProblem(ValueError):
    """A quad the store cannot take as it is: ``reason`` says why (``terms``: what to show)."""

    def __init__(self, reason: str, *terms: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.terms = terms


def parse(stream: IO[bytes] | Path, fmt: str) -> Iterator[StagedQuad]:
    """The quads of a stream (or a file, read by Oxigraph itself) in a streaming format (:data:`STREAMING`), lazily.

    :raises SyntaxError: the stream is malformed (``lineno`` where the parser gives it).
    """
    if isinstance(stream, Path):
        return ox.parse(path=str(stream), format=STREAMING[fmt])
    return ox.parse(stream, STREAMING[fmt])


def from_dataset(dataset: Dataset) -> Iterator[StagedQuad]:
    """The quads of an rdflib dataset (a format rdflib parsed), its default graph as the default graph."""
    default = dataset.default_graph.identifier
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = ox.DefaultGraph() if g is None or g == default or str(g) == "urn:x-rdflib:default" else to_ox(g)
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)  # type: ignore[arg-type]


def checked(quads: Iterable[StagedQuad], graph: URIRef | None, prefix: str | None = None) -> Iterator[StagedQuad]:
    """``quads`` with default-graph triples moved into ``graph``, checked; with ``prefix``, their blank
    nodes renamed apart as :func:`fresh_blank_nodes` does (in the same loop: a million quads a dump).

    :raises QuadProblem: default-graph triples and no ``graph`` (``default``); a blank node
        names a graph (``blank graph``, its label); a blank node is used in two graphs
        (``shared blank node``, its label and both graphs).
    """
    target = ox.NamedNode(str(graph)) if graph is not None else None
    owners: dict[str, object] = {}
    named, blank, default = ox.NamedNode, ox.BlankNode, ox.DefaultGraph
    for quad in quads:  # a million times per dump: type() tests, no isinstance
        g = quad.graph_name
        if type(g) is not named:
            if type(g) is default:
                if target is None:
                    raise QuadProblem("default")
                quad, g = ox.Quad(quad.subject, quad.predicate, quad.object, target), target
            elif type(g) is blank:
                raise QuadProblem("blank graph", g.value)
        s, o = quad.subject, quad.object
        if type(s) is blank and owners.setdefault(s.value, g) != g:
            raise QuadProblem("shared blank node", s.value, _iri(owners[s.value]), _iri(g))
        if type(o) is blank and owners.setdefault(o.value, g) != g:
            raise QuadProblem("shared blank node", o.value, _iri(owners[o.value]), _iri(g))
        if prefix is not None and (type(s) is blank or type(o) is blank):
            quad = ox.Quad(_renamed(s, prefix), quad.predicate, _renamed(o, prefix), g)
        yield quad


def _renamed(term: Any, prefix: str) -> Any:
    """``term``, a blank node renamed apart with ``prefix``."""
    return ox.BlankNode(f"{prefix}{term.value}") if type(term) is ox.BlankNode else term


def _iri(term: object) -> str:
    return getattr(term, "value", str(term))


def blank_prefix() -> str:
    """A prefix for :func:`fresh_blank_nodes` (one per file)."""
    return uuid.uuid4().hex[:12]


def fresh_blank_nodes(quads: Iterable[StagedQuad], prefix: str | None = None) -> Iterator[StagedQuad]:
    """The quads with their blank nodes renamed apart (a file's ``_:b1`` is not another file's, nor the store's):
    ``prefix`` (default: a new one) and the label."""
    prefix = prefix or blank_prefix()

    def fresh(term: object) -> object:
        return ox.BlankNode(f"{prefix}{term.value}") if isinstance(term, ox.BlankNode) else term

    blank = ox.BlankNode
    for q in quads:
        if type(q.subject) is blank or type(q.object) is blank:
            q = ox.Quad(fresh(q.subject), q.predicate, fresh(q.object), q.graph_name)  # type: ignore[arg-type]
        yield q


class Staging:
    """A scratch store on disk (a temporary folder, removed on :meth:`close`) holding parsed quads."""

    def __init__(self, prefix: str = "osce-kg-import-") -> None:
        self._folder = tempfile.TemporaryDirectory(prefix=prefix)
        self._store = ox.Store(str(Path(self._folder.name)))

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, quads: Iterable[StagedQuad], batch: int, progress: Callable[[int], None] | None = None) -> int:
        """Write ``quads`` in batches of ``batch`` (non-transactional: a scratch store); the count.
        ``progress(n)`` after each batch."""
        count, pending = 0, []
        for quad in quads:
            pending.append(quad)
            if len(pending) >= batch:
                self._store.bulk_extend(pending)
                count += len(pending)
                if progress:
                    progress(len(pending))
                pending = []
        self._store.bulk_extend(pending)
        if progress:
            progress(len(pending))
        return count + len(pending)

    def graph_names(self) -> list[URIRef]:
        """The staged named graphs, sorted."""
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def triples(self, iri: URIRef) -> set[Triple]:
        """One staged graph's triples, as a set (all a graph replacement needs: iterate and count;
        an rdflib Graph's indexes cost more than the checks)."""
        return {(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
                for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(iri)))}

    def quads(self, iri: URIRef) -> list[StagedQuad]:
        """One staged graph's quads in the store's own terms (what ``Gate.commit_graphs`` takes)."""
        return list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(iri))))

    def close(self) -> None:
        del self._store
        self._folder.cleanup()
