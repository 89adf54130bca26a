"""The store protocol: SPARQL and named graphs, nothing more."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator, Protocol

from rdflib import BNode, Graph, Literal, URIRef
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
    """What osce-kg needs of a quad store: SPARQL, named graphs and quad patterns, in rdflib terms.

    Three implementations (embedded pyoxigraph, a remote SPARQL 1.1 store, Virtuoso), picked
    once by :func:`osce_kg.loader.store.open_store`. Callers never reach past this protocol:
    what differs between backends is a method here or a capability attribute.
    """

    #: ``embedded``, ``remote`` or ``virtuoso``: for messages and logs, not for branching
    kind: str
    #: opened read-only: :meth:`apply` fails
    read_only: bool
    #: the folder it lives in (None: in memory, or remote)
    path: Path | None
    #: :meth:`snapshot` works: queries may run in other processes on read-only copies
    #: (a killable worker is how a query gets a hard time limit on an embedded store)
    snapshots: bool
    #: :meth:`bulk_load_stream` works (filling an empty store fast, not transactionally)
    bulk_loads: bool

    def select(self, query: str) -> list[dict[str, Node]]:
        """Run a SELECT over the union of all graphs; rows as rdflib terms."""

    def ask(self, query: str) -> bool: ...

    def construct(self, query: str) -> Graph:
        """Run a CONSTRUCT or DESCRIBE; the triples as an rdflib Graph."""

    def query(self, query: str, accept: str, *, timeout: float | None = None) -> tuple[str, bytes]:
        """Run any query over the union of all graphs; ``(media type, body)`` as the store wrote it.

        ``accept`` lists media types as an HTTP ``Accept`` header would; the store answers in
        the first it can write for the query's form. ``timeout``: the longest wait in seconds
        where the store can bound it (a remote store's HTTP request); the embedded store cannot
        interrupt a running query (the server runs those in killable workers, see ``snapshots``).

        :raises QuerySyntaxError: the query does not parse.
        :raises QueryTimeout: no answer within ``timeout``.
        :raises StoreError: the store failed.
        """

    def quads_for_pattern(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
                          g: URIRef | None = None, limit: int | None = None) -> Iterator[Quad]:
        """The named-graph quads matching a pattern (None: any), lazily: stop reading and the store
        stops too. Bound terms come back as passed. ``limit`` bounds what a remote store sends."""

    def has_quad(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
                 g: URIRef | None = None) -> bool:
        """Whether a named-graph quad matches the pattern: one probe, never a full iteration."""

    def graph(self, iri: URIRef) -> Graph:
        """The triples of one named graph (empty if absent)."""

    def named_graphs(self) -> list[URIRef]: ...

    def has_graph(self, iri: URIRef) -> bool: ...

    def apply(self, change: Change) -> None:
        """Apply ``change`` atomically.

        :raises StoreError: the write failed; nothing of it was applied.
        """

    def quad_count(self, graph: URIRef | None = None) -> int:
        """How many quads the named graphs hold (``graph``: that one only)."""

    def dump(self, out: IO[bytes], fmt: str = "nquads", graph: URIRef | None = None) -> None: ...

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]: ...

    def snapshot(self, target: Path) -> None:
        """A consistent read-only copy of the store at ``target`` (only where ``snapshots``).

        :raises StoreError: this store cannot be copied.
        """

    def bulk_load_stream(self, stream: IO[bytes], fmt: str = "nquads", graph: URIRef | None = None) -> None:
        """Load RDF from ``stream`` fast and not transactionally (only where ``bulk_loads``), for an
        empty store that :meth:`clear` empties again if anything goes wrong.

        :raises SyntaxError: the stream is malformed (part of it may be loaded).
        :raises StoreError: this store has no bulk loader.
        """

    def clear(self) -> None:
        """Remove every quad of ours (after a failed restore into what was an empty store)."""

    def flush(self) -> None: ...

    def close(self) -> None: ...


def select_quads(store: Store, s: Node | None = None, p: Node | None = None, o: Node | None = None,
                 g: URIRef | None = None, limit: int | None = None) -> Iterator[Quad]:
    """:meth:`Store.quads_for_pattern` through the store's SPARQL: one SELECT (``LIMIT`` when given).

    For stores reached only through SPARQL (a remote store)."""
    if isinstance(s, Literal) or isinstance(p, (Literal, BNode)):
        return
    pattern = " ".join(t.n3() if t is not None else f"?{k}" for k, t in (("s", s), ("p", p), ("o", o)))
    graph = g.n3() if g is not None else "?g"
    bound = f" LIMIT {int(limit)}" if limit is not None else ""
    for row in store.select(f"SELECT * WHERE {{ GRAPH {graph} {{ {pattern} }} }}{bound}"):
        yield (s if s is not None else row["s"], p if p is not None else row["p"],
               o if o is not None else row["o"], g if g is not None else row["g"])  # type: ignore[misc]


def ask_quad(store: Store, s: Node | None = None, p: Node | None = None, o: Node | None = None,
             g: URIRef | None = None) -> bool:
    """:meth:`Store.has_quad` through the store's SPARQL: one ``ASK``."""
    if isinstance(s, Literal) or isinstance(p, (Literal, BNode)):
        return False
    pattern = " ".join(t.n3() if t is not None else f"?{k}" for k, t in (("s", s), ("p", p), ("o", o)))
    graph = g.n3() if g is not None else "?g"
    return store.ask(f"ASK {{ GRAPH {graph} {{ {pattern} }} }}")


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
