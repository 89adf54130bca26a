"""The store protocol: SPARQL and named graphs, nothing more."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator, Protocol

from rdflib import Graph, URIRef
from rdflib.term import Node

Quad = tuple[Node, Node, Node, URIRef]


@dataclass
class Change:
    """A whole write: graphs replaced, graphs dropped, quads removed and added.

    Applied in one transaction or not at all. Order: drops and replacements first,
    then removals, then additions.
    """

    replace: dict[URIRef, Graph] = field(default_factory=dict)
    drop: set[URIRef] = field(default_factory=set)
    remove: list[Quad] = field(default_factory=list)
    add: list[Quad] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.replace or self.drop or self.remove or self.add)

    def graphs(self) -> set[URIRef]:
        """Every named graph the change touches."""
        return set(self.replace) | set(self.drop) | {q[3] for q in self.remove} | {q[3] for q in self.add}


class Store(Protocol):
    """What osce-kg needs of a quad store. Embedded pyoxigraph or a remote SPARQL 1.1 store."""

    def select(self, query: str) -> list[dict[str, Node]]:
        """Run a SELECT over the union of all graphs; rows as rdflib terms."""

    def ask(self, query: str) -> bool: ...

    def construct(self, query: str) -> Graph:
        """Run a CONSTRUCT or DESCRIBE; the triples as an rdflib Graph."""

    def graph(self, iri: URIRef) -> Graph:
        """The triples of one named graph (empty if absent)."""

    def named_graphs(self) -> list[URIRef]: ...

    def has_graph(self, iri: URIRef) -> bool: ...

    def apply(self, change: Change) -> None:
        """Apply ``change`` atomically.

        :raises StoreError: the write failed; nothing of it was applied.
        """

    def quad_count(self) -> int: ...

    def dump(self, out: IO[bytes], fmt: str = "nquads", graph: URIRef | None = None) -> None: ...

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


def quads_as_update_block(quads: Iterable[Quad]) -> str:
    """``GRAPH <g> { s p o . }`` blocks for INSERT DATA / DELETE DATA."""
    by_graph: dict[URIRef, list[str]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append(f"{s.n3()} {p.n3()} {o.n3()} .")
    return "\n".join(f"GRAPH {g.n3()} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())


def update_for(change: Change) -> str:
    """The SPARQL Update that applies ``change`` as one request (one transaction).

    :raises StoreError: a term of the change cannot be written.
    """
    from ..errors import StoreError

    ops = [f"DROP SILENT GRAPH {g.n3()}" for g in sorted(change.drop | set(change.replace))]
    try:
        if change.remove:
            ops.append("DELETE DATA {\n" + quads_as_update_block(change.remove) + "\n}")
        added = [(s, p, o, g) for g, graph in change.replace.items() for s, p, o in graph]
        added.extend(change.add)
        if added:
            ops.append("INSERT DATA {\n" + quads_as_update_block(added) + "\n}")
    except Exception as exc:  # rdflib raises a bare Exception for unserializable IRIs
        raise StoreError(f"write refused, nothing was applied: {exc}") from None
    return " ;\n".join(ops)
