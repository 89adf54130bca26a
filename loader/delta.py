"""The change a SPARQL 1.1 Update would make, computed without writing anything.

The update is evaluated by rdflib's SPARQL engine over an *overlay*: reads go to the
real store (pattern lookups, so the cost follows what the update's patterns match,
not the size of the store) and every write lands in the overlay. The overlay's net
additions and removals are the :class:`~osce_kg.loader.store.base.Change` the gate
then validates and commits in one transaction.

Semantics (documented in the README): the WHERE clause reads the union of all graphs
as its default graph, like ``/sparql``; templates without ``GRAPH`` write to the
store's *default graph*, which osce-kg keeps as the named graph ``{base}graph/default``.

Server-managed graphs (``managed``: the ontology, reference data, audit log, tombstones) are read
like any other, but ``ALL``, ``NAMED`` and ``GRAPH ?g`` range over the other graphs only (the ones
maintainers own), and an operation that names one as its target is refused before it runs
(:class:`~osce_kg.loader.errors.ManagedGraph`, 403).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Iterator, Mapping

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql.algebra import translateUpdate
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
import rdflib.plugins.sparql as rdflib_sparql
from rdflib.plugins.sparql import update as rdflib_update
from rdflib.plugins.sparql.evaluate import evalBGP, evalPart
from rdflib.plugins.sparql.evalutils import _fillTemplate, _join
from rdflib.plugins.sparql.sparql import QueryContext
from rdflib.term import Variable
from rdflib.store import Store as RdflibStore
from rdflib.term import Node

from .errors import ManagedGraph, QuerySyntaxError, UsageError
from .store.base import Change, Quad, Store

Triple = tuple[Node, Node, Node]
#: a triple pattern: None matches anything
Pattern = tuple[Node | None, Node | None, Node | None]

#: update operations that would reach outside the store
_FORBIDDEN = {"Load": "LOAD is not allowed: send the data itself", "ServiceGraphPattern":
              "SERVICE is not allowed in updates"}


def parse_update(text: str, base: str | None = None) -> Any:
    """Parse and translate a SPARQL Update.

    :raises QuerySyntaxError: the text is not a SPARQL 1.1 Update.
    :raises UsageError: the update uses LOAD or SERVICE.
    """
    try:
        update = translateUpdate(parseUpdate(text), base=base)
    except Exception as exc:  # pyparsing and rdflib raise many kinds
        raise QuerySyntaxError(f"malformed SPARQL Update: {exc}") from None
    for op in update.algebra:
        _refuse_forbidden(op)
    return update


def _refuse_forbidden(node: object) -> None:
    if isinstance(node, CompValue):
        if node.name in _FORBIDDEN:
            raise UsageError(_FORBIDDEN[node.name])
        for value in node.values():
            _refuse_forbidden(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            _refuse_forbidden(value)


def written_graphs(update: Any) -> set[URIRef]:
    """The graphs a parsed update names as the target of a write (not those it only reads).

    ``MOVE`` writes its source too (it is emptied); ``WITH`` is a target when a template has triples
    outside ``GRAPH``. ``ALL``, ``NAMED``, ``DEFAULT`` and ``GRAPH ?g`` name no graph here.
    """
    out: set[URIRef] = set()
    for op in update.algebra:
        if op.name in ("InsertData", "DeleteData", "DeleteWhere"):
            out.update(op.quads or {})
        elif op.name == "Modify":
            for template in (op.delete, op.insert):
                if template:
                    out.update(template.quads or {})
                    if template.triples and op.withClause is not None:
                        out.add(op.withClause)
        elif op.name in ("Clear", "Drop", "Create"):
            out.add(op.graphiri)
        elif op.name in ("Add", "Copy", "Move"):
            out.update(op.graph if op.name == "Move" else op.graph[1:])
    return {g for g in out if isinstance(g, URIRef)}


def refuse_managed(update: Any, managed: Mapping[URIRef, str]) -> None:
    """:raises ManagedGraph: the update names a server-managed graph as a write's target."""
    named = sorted(written_graphs(update) & set(managed))
    if named:
        raise ManagedGraph(managed[named[0]])


def change_of_update(store: Store, text: str, *, default_graph: URIRef, base: str | None = None,
                     using: Iterable[str] = (), using_named: Iterable[str] = (),
                     managed: Mapping[URIRef, str] | None = None) -> Change:
    """The :class:`Change` the SPARQL Update ``text`` would make to ``store``.

    ``store`` is read (quad patterns, named graphs), never written. ``using`` / ``using_named`` are the
    protocol's ``using-graph-uri`` / ``using-named-graph-uri``: they act as USING /
    USING NAMED on every DELETE/INSERT operation. ``managed`` maps the server-managed graphs to
    the reason a write naming one is refused; ``ALL``, ``NAMED`` and ``GRAPH ?g`` leave them out.

    :raises QuerySyntaxError: the update does not parse.
    :raises ManagedGraph: the update names a server-managed graph as a write's target.
    :raises UsageError: the update uses LOAD or SERVICE, names a blank-node graph, or
        names its dataset (USING, WITH) while the request names one too.
    """
    update = parse_update(text, base)
    refuse_managed(update, managed or {})
    _apply_protocol_dataset(update, list(using), list(using_named))
    overlay = Overlay(store, default_graph, hidden=set(managed or ()))
    dataset = _UnionDataset(store=overlay, default_union=True)
    try:
        _evaluate(dataset, update)
    except (UsageError, MemoryError):
        raise
    except Exception as exc:  # rdflib raises plain exceptions for failed operations
        raise UsageError(f"the update failed: {exc}") from exc
    return overlay.change()


def _apply_protocol_dataset(update: Any, using: list[str], using_named: list[str]) -> None:
    if not (using or using_named):
        return
    clauses = ([CompValue("UsingClause", default=URIRef(g)) for g in using]
               + [CompValue("UsingClause", named=URIRef(g)) for g in using_named])
    for op in update.algebra:
        if op.name != "Modify":
            continue
        if op.using or op.withClause:
            raise UsageError("the update names its dataset (USING or WITH) and the request names one too "
                             "(using-graph-uri / using-named-graph-uri): give only one")
        op.using = clauses


def _evaluate(dataset: Dataset, update: Any) -> None:
    """rdflib's ``evalUpdate`` with a DELETE WHERE that handles ``GRAPH ?g``."""
    # USING <g> must read the graph from the store, never fetch <g> from the web
    rdflib_sparql.SPARQL_LOAD_GRAPHS = False
    for op in update.algebra:
        ctx = QueryContext(dataset, initBindings={})
        ctx.prologue = op.prologue
        try:
            if op.name == "DeleteWhere":
                _delete_where(ctx, op)
            elif op.name == "Modify" and op.using:
                _modify_using(ctx, op)
            elif op.name in ("Clear", "Drop") and op.graphiri == "NAMED":
                _clear_named(ctx, op)
            else:
                getattr(rdflib_update, "eval" + op.name)(ctx, op)
        except Exception:
            if not op.silent:
                raise


def _clear_named(ctx: QueryContext, op: CompValue) -> None:
    """CLEAR NAMED / DROP NAMED: every listed named graph, never the default graph (rdflib's own
    compares with the union graph's name, so it took the store's default graph for a named one)."""
    for graph in list(ctx.dataset.contexts()):
        if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
            continue
        if op.name == "Drop":
            ctx.dataset.store.remove_graph(graph)
        else:
            graph.remove((None, None, None))


def _modify_using(ctx: QueryContext, op: CompValue) -> None:
    """DELETE/INSERT ... USING: the WHERE sees exactly the USING graphs (merged) as its
    default graph and the USING NAMED graphs as its named graphs (rdflib's own
    evalModify would fetch them from the web, or see every graph)."""
    where = Dataset()
    dataset: Dataset = ctx.dataset  # type: ignore[assignment]  # rdflib types it ConjunctiveGraph; ours is a Dataset
    for clause in op.using:
        if clause.default is not None:
            for triple in dataset.get_context(clause.default):
                where.default_graph.add(triple)
        else:
            named = where.graph(clause.named)
            for triple in dataset.get_context(clause.named):
                named.add(triple)
    where_ctx = QueryContext(where, initBindings={})
    where_ctx.prologue = op.prologue
    solutions = list(evalPart(where_ctx, op.where))
    target = dataset.get_context(op.withClause) if op.withClause else dataset.default_graph
    for solution in solutions:
        for template, apply in ((op.delete, "__isub__"), (op.insert, "__iadd__")):
            if not template:
                continue
            getattr(target, apply)(list(_fillTemplate(template.triples, solution)))
            for g, quads in template.quads.items():
                graph = dataset.get_context(solution.get(g) if isinstance(g, Variable) else g)
                getattr(graph, apply)(list(_fillTemplate(quads, solution)))


def _delete_where(ctx: QueryContext, op: CompValue) -> None:
    solutions = list(evalBGP(ctx, op.triples or []))
    dataset: Dataset = ctx.dataset  # type: ignore[assignment]  # rdflib types it ConjunctiveGraph; ours is a Dataset
    for g, triples in (op.quads or {}).items():
        part: list[Any] = []
        if isinstance(g, Variable):  # named graphs only: in SPARQL the default graph is not one
            for graph in dataset.graphs():
                if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
                    continue
                part.extend(s.merge({g: graph.identifier}) for s in evalBGP(ctx.pushGraph(graph), triples))
        else:
            part = list(evalBGP(ctx.pushGraph(ctx.dataset.get_context(g)), triples))
        solutions = list(_join(iter(solutions), part))
    for solution in solutions:
        if op.triples:
            dataset.default_graph.__isub__(list(_fillTemplate(op.triples, solution)))
        for g, triples in (op.quads or {}).items():
            graph = ctx.dataset.get_context(solution.get(g) if isinstance(g, Variable) else g)
            graph -= list(_fillTemplate(triples, solution))


class _UnionDataset(Dataset):
    """rdflib's Dataset, fixed for update templates: ``+=``/``-=`` of plain triples go to the default graph."""

    def __iadd__(self, other: Iterable[Any]) -> "_UnionDataset":  # type: ignore[misc]  # rdflib types += as Graph
        for item in other:
            if len(item) == 3:
                self.default_graph.add(item)
            else:
                self.add(item)
        return self

    def __isub__(self, other: Iterable[Any]) -> "_UnionDataset":  # type: ignore[misc]  # rdflib types -= as Graph
        for item in other:
            if len(item) == 3:
                self.default_graph.remove(item)
            else:
                self.remove(item)
        return self


class Overlay(RdflibStore):
    """An rdflib store that reads an osce-kg store and keeps every write to itself."""

    context_aware = True
    graph_aware = True
    formula_aware = False
    transaction_aware = False

    def __init__(self, base: Store, default_graph: URIRef, *, hidden: set[URIRef] | None = None) -> None:
        super().__init__()
        self._base = base
        self._default = default_graph
        #: graphs read when named but never listed (so never in ALL, NAMED or GRAPH ?g)
        self._hidden = frozenset(hidden or ())
        self.added: dict[URIRef, set[Triple]] = defaultdict(set)
        self.removed: dict[URIRef, set[Triple]] = defaultdict(set)
        self.dropped: set[URIRef] = set()

    # -- identifiers -----------------------------------------------------------
    def _gid(self, context: Graph | None) -> URIRef:
        ident = getattr(context, "identifier", context)
        if ident is None or ident == DATASET_DEFAULT_GRAPH_ID:
            return self._default
        if not isinstance(ident, URIRef):
            raise UsageError("graph names must be IRIs")
        return ident

    def _ctx(self, gid: URIRef) -> Graph:
        ident = DATASET_DEFAULT_GRAPH_ID if gid == self._default else gid
        return Graph(store=self, identifier=ident)

    # -- reads -----------------------------------------------------------------
    def _base_triples(self, pattern: Pattern, gid: URIRef | None) -> Iterator[tuple[Triple, URIRef]]:
        if any(term is not None and not isinstance(term, (URIRef, BNode, Literal)) for term in pattern):
            return  # a variable or path reached the store: match nothing
        if isinstance(pattern[0], Literal) or (pattern[1] is not None and not isinstance(pattern[1], URIRef)):
            return
        for s, p, o, g in self._base.quads_for_pattern(pattern[0], pattern[1], pattern[2], gid):
            t = (s, p, o)
            if t not in self.removed.get(g, ()):
                yield t, g

    def _added_triples(self, pattern: Pattern, gid: URIRef | None) -> Iterator[tuple[Triple, URIRef]]:
        graphs = [gid] if gid is not None else list(self.added)
        for g in graphs:
            for t in self.added.get(g, ()):
                if all(p is None or p == v for p, v in zip(pattern, t)):
                    yield t, g

    def _exists(self, t: Triple, gid: URIRef) -> bool:
        return any(True for _ in self._base_triples(t, gid)) or t in self.added.get(gid, ())

    def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[Any]:
        gid = None if context is None else self._gid(context)
        seen: set[Triple] = set()
        for source in (self._base_triples, self._added_triples):
            for t, g in source(tuple(triple_pattern), gid):
                if t in seen:
                    continue
                seen.add(t)  # the union default graph is a set: each triple once
                yield t, iter([context if context is not None else self._ctx(g)])

    def __len__(self, context: Any = None) -> int:
        return sum(1 for _ in self.triples((None, None, None), context))

    def contexts(self, triple: Any = None) -> Iterator[Graph]:  # type: ignore[override]
        names = set(self._base.named_graphs())
        names |= {g for g, ts in self.added.items() if ts}
        names -= self.dropped - {g for g, ts in self.added.items() if ts}
        names.add(self._default)
        for g in sorted(names - self._hidden):
            if triple is None or self._exists(tuple(triple), g):
                yield self._ctx(g)

    # -- writes ----------------------------------------------------------------
    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        gid = self._gid(context)
        t = tuple(triple)
        if t in self.removed.get(gid, ()):
            self.removed[gid].discard(t)
        elif not any(True for _ in self._base_triples(t, gid)):
            self.added[gid].add(t)

    def addN(self, quads: Iterable[Any]) -> None:  # noqa: N802
        for s, p, o, c in quads:
            self.add((s, p, o), c)

    def remove(self, triple: Any, context: Any = None) -> None:
        pattern = tuple(triple)
        graphs = [self._gid(context)] if context is not None else [self._gid(c) for c in self.contexts()]
        for gid in graphs:
            matches = [t for t, _ in self._base_triples(pattern, gid)]
            matches += [t for t, _ in self._added_triples(pattern, gid)]
            for t in matches:
                if t in self.added.get(gid, ()):
                    self.added[gid].discard(t)
                else:
                    self.removed[gid].add(t)

    def add_graph(self, graph: Graph) -> None:
        self.dropped.discard(self._gid(graph))

    def remove_graph(self, graph: Graph) -> None:
        gid = self._gid(graph)
        self.remove((None, None, None), graph)
        if gid != self._default:
            self.dropped.add(gid)

    # -- the result ------------------------------------------------------------
    def final_graph(self, gid: URIRef) -> Graph:
        """The triples ``gid`` holds once the overlay is applied."""
        g = Graph(identifier=gid)
        for t, _ in self._base_triples((None, None, None), gid):
            g.add(t)
        for t in self.added.get(gid, ()):
            g.add(t)
        return g

    def change(self) -> Change:
        """The net effect as a :class:`Change`.

        Graphs losing blank-node triples are replaced whole, because SPARQL's
        ``DELETE DATA`` cannot name blank nodes; emptied dropped graphs are dropped.
        """
        change = Change()
        for gid in sorted(set(self.added) | set(self.removed) | self.dropped):
            added, removed = self.added.get(gid, set()), self.removed.get(gid, set())
            final = self.final_graph(gid) if (removed or gid in self.dropped) else None
            if final is not None and not final and gid in self.dropped:
                change.drop.add(gid)
            elif any(isinstance(x, BNode) for t in removed for x in t):
                change.replace[gid] = final  # type: ignore[assignment]
            else:
                change.remove.extend((s, p, o, gid) for s, p, o in removed)
                change.add.extend((s, p, o, gid) for s, p, o in added)
        return change


def quads_of(graph: Graph, gid: URIRef) -> list[Quad]:
    """The triples of ``graph`` as quads in ``gid``."""
    return [(s, p, o, gid) for s, p, o in graph]
