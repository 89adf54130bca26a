"""The write gate's check of a batch of whole-graph replacements, in the store's own terms.

:class:`osce_kg.loader.gate.Gate` checks one change at a time in rdflib terms: every lookup of its
pending layer and of the store converts terms, and a batch's earlier graphs sit in an unindexed
layer that every later lookup filters with rdflib's Python ``__eq__``. An import of a million
quads spent most of its time there (0.05x of ``oxigraph load``). This module does the same check
for many graph replacements at once (:meth:`Gate.commit_graphs <osce_kg.loader.gate.Gate.commit_graphs>`,
``osce-kg import``), on pyoxigraph terms end to end, with the batch indexed by subject and object:

1. **The diff** of each replacement against the store (a new graph: its quads; an existing one:
   what is added and what goes), all of the batch laid over the store as one layer.
2. **Affected nodes**, exactly as the gate finds them (:meth:`Gate._affected
   <osce_kg.loader.gate.Gate._affected>`): the subjects (and objects along inverse steps) of the
   triples that appear in or vanish from the union of all graphs, then those that reach them along
   what the shapes look at, up to the shapes' nesting depth. Each keeps the graphs that reached it,
   so a result is attributed to them.
3. **Validation** of the affected nodes by the compiled shapes (:mod:`.shapecheck`) through
   :class:`BatchReader`, which reads the layer as the gate's context graph would hold it (a hub,
   read only along what its shapes look at, as far as their verdict needs).

The batch is judged as a whole, in the state it leaves the store in: with no blocking result,
every graph of it is accepted; with one, the caller (``Gate.commit_graphs``) checks that batch
again graph by graph through :meth:`Gate.commit_many <osce_kg.loader.gate.Gate.commit_many>`, so
a graph that breaks a shape is rejected with exactly the gate's results and the others commit.
"""
from __future__ import annotations

import datetime as dt
import queue
import threading
import uuid
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SH

from ..audit import MAX_DIFF_QUADS, AuditLog
from ..errors import Violation
from .embedded import to_ox as _to_ox
from .embedded import to_rdflib

if TYPE_CHECKING:
    from ..gate import Gate
    from .shapecheck import CompiledShapes

__all__ = ["NativeIndex", "StoreView", "Layer", "BatchReader", "BatchCheck", "BatchWrite", "check_replacements",
           "audit_record", "graph_text", "record_text", "store_iris", "IRIS_READ", "ApartCheck", "check_apart"]

#: a pyoxigraph term
Term = Any

RDF_TYPE = ox.NamedNode(str(RDF.type))
_LITERAL = ox.Literal
_NAMED = ox.NamedNode
_EMPTY: Any = frozenset()
#: a layer's pool of quads (by subject or object) longer than this is filtered once per pattern and kept
_SMALL_POOL = 16


def to_ox(term: Any) -> Any:
    """An rdflib term as a pyoxigraph term (typed loosely: IRIs, blank nodes and literals mix here)."""
    return _to_ox(term)


# ---------------------------------------------------------------------------
# what the shapes look at, in the store's terms (computed once per gate)
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class NativeIndex:
    """The gate's :class:`~osce_kg.loader.gate.ShapeIndex`, targets, limits and class hierarchy as pyoxigraph terms."""

    any: Term
    forward_looks: dict[Term, frozenset]
    inverse_looks: dict[Term, frozenset]
    inverse: frozenset
    #: (shape, target kind, value): the gate's targets
    targets: list[tuple[Any, URIRef, Term]]
    focus_looks: dict[Any, frozenset]
    #: a type -> its superclasses (closed)
    supers: dict[Term, frozenset]
    classes: frozenset | None
    limits: dict[Term, int | None]
    subjects_of: frozenset
    hub_quads: int
    max_nesting: int

    @classmethod
    def of(cls, gate: "Gate") -> "NativeIndex":
        from ..gate import ANY, HUB_QUADS, MAX_NESTING

        def terms(values: Iterable) -> frozenset:
            return frozenset(to_ox(v) for v in values)

        idx = gate.index
        supers: dict[Term, set] = {}
        for sub, sup in gate.hierarchy.subject_objects(RDFS.subClassOf):
            supers.setdefault(to_ox(sub), set()).add(to_ox(sup))
        return cls(
            any=to_ox(ANY),
            forward_looks={to_ox(p): terms(v) for p, v in idx.forward_looks.items()},
            inverse_looks={to_ox(p): terms(v) for p, v in idx.inverse_looks.items()},
            inverse=terms(idx.inverse),
            targets=[(shape, kind, to_ox(value)) for shape, kind, value in gate.targets],
            focus_looks={shape: terms(v) for shape, v in gate._focus_looks.items()},
            supers={t: frozenset(s) for t, s in supers.items()},
            classes=None if gate.classes is None else terms(gate.classes),
            limits={to_ox(p): v for p, v in gate.limits.items()},
            subjects_of=terms(v for _, kind, v in gate.targets if kind == SH.targetSubjectsOf),
            hub_quads=HUB_QUADS, max_nesting=MAX_NESTING)


# ---------------------------------------------------------------------------
# views: the store, and layers of quads added and removed over it
# ---------------------------------------------------------------------------
class StoreView:
    """The named graphs of a pyoxigraph store (the default graph is not ours), lookup by lookup.

    The one place the checks' store lookups are spared, for every caller (``osce-kg import``'s
    :meth:`Gate.batches <osce_kg.loader.gate.Gate.batches>`, a bulk load's ``_NativeCommits``):

    * :attr:`subjects`, :attr:`iris`: what the store can hold, when known. A subject or an IRI
      outside them is in no quad: answered "nothing" without a RocksDB seek (~20 µs each, nearly
      always for a new document's resources, which the store has never seen).
    * kept answers (``keep`` > 0): each lookup by subject is kept for the next checks, which look
      up the same States, bodies and concepts (the types of what documents cite) again and again.
      Lookups by object (a hub's incoming links grow with a load) and answers of more than
      :attr:`LARGEST` quads are not kept; at most ``keep`` subjects are (then all are forgotten).

    Both are only right while the view's one writer tells it what it writes (:meth:`written`, or
    :meth:`note` for IRIs alone): the IRIs written join :attr:`iris`, the kept answers of the
    subjects written or removed are forgotten. :attr:`iris` is dropped (every lookup asked again)
    once it passes ``iris_max`` IRIs, so neither the set nor the kept answers grow with a load.
    """

    #: the most quads one kept answer holds
    LARGEST = 64

    def __init__(self, store: ox.Store, subjects: set | None = None, iris: set | None = None, *,
                 keep: int = 0, iris_max: int | None = None) -> None:
        self.store = store
        #: every subject of the store's named graphs, when known (a snapshot read once: a subject it does
        #: not hold, most of a new graph's, is a set miss, not a RocksDB seek of ~20 µs)
        self.subjects = subjects
        #: when known, a superset of the IRIs the store's named graphs hold as subjects or objects
        #: (:meth:`Gate.batches <osce_kg.loader.gate.Gate.batches>`): an IRI outside it is in no quad of
        #: either place (blank nodes are not in it: they are always asked)
        self.iris = iris
        #: subjects whose answers are kept at most (0: none kept)
        self.keep = keep
        #: :attr:`iris` is dropped once it holds more IRIs than this (None: never)
        self.iris_max = iris_max
        self._kept: dict[Term, dict] = {}
        self._drop_iris_if_full()

    def quads(self, s: Term = None, p: Term = None, o: Term = None) -> Iterable[ox.Quad]:
        if type(s) is _LITERAL:
            return ()
        if s is not None and self.subjects is not None and s not in self.subjects:
            return ()
        iris = self.iris
        if iris is not None and ((type(s) is _NAMED and s not in iris) or (type(o) is _NAMED and o not in iris)):
            return ()
        if s is None or not self.keep:
            return self._scan(s, p, o)
        kept = self._kept.get(s)
        if kept is None:
            if len(self._kept) >= self.keep:
                self._kept.clear()
            kept = self._kept[s] = {}
        found = kept.get((p, o))
        if found is None:
            found = tuple(islice(self._scan(s, p, o), self.LARGEST + 1))
            if len(found) > self.LARGEST:
                return self._scan(s, p, o)
            kept[(p, o)] = found
        return found

    def _scan(self, s: Term, p: Term, o: Term) -> Iterator[ox.Quad]:
        for q in self.store.quads_for_pattern(s, p, o, None):
            if type(q.graph_name) is _NAMED:
                yield q

    def has(self, s: Term = None, p: Term = None, o: Term = None) -> bool:
        for _ in self.quads(s, p, o):
            return True
        return False

    def written(self, quads: Iterable[ox.Quad]) -> None:
        """``quads`` are being written to the store, or removed from it, by this view's one writer (call it
        when the write starts, and again once it is done: a lookup made meanwhile may have read the store
        before it): their IRIs join :attr:`iris`; the kept answers of their subjects are forgotten."""
        kept, iris = self._kept, self.iris
        if iris is None:
            for q in quads:
                kept.pop(q.subject, None)
            return
        for q in quads:
            s, o = q.subject, q.object
            kept.pop(s, None)
            if type(s) is _NAMED:
                iris.add(s)
            if type(o) is _NAMED:
                iris.add(o)
        self._drop_iris_if_full()

    def note(self, terms: Iterable[Term]) -> None:
        """``terms`` are being written as subjects or objects (with no kept answer to forget: a batch's
        layer, whose subjects' answers the caller does not keep): their IRIs join :attr:`iris`."""
        if self.iris is not None:
            self.iris.update(t for t in terms if type(t) is _NAMED)
            self._drop_iris_if_full()

    def forget_iris(self) -> None:
        """Ask the store about every IRI from now on (a write whose quads are not at hand)."""
        self.iris = None

    def _drop_iris_if_full(self) -> None:
        if self.iris is not None and self.iris_max is not None and len(self.iris) > self.iris_max:
            self.iris = None

    @classmethod
    def of_snapshot(cls, store: ox.Store, limit: int) -> "StoreView":
        """A view of a store no one writes, its subjects read once if it holds at most ``limit`` quads."""
        larger = store.query(f"ASK {{ {{ SELECT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} "
                             f"OFFSET {int(limit)} LIMIT 1 }} }}")
        if bool(larger):
            return cls(store)
        rows: Any = store.query("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")
        return cls(store, {row[0] for row in rows})

    def graph(self, g: ox.NamedNode) -> set[ox.Quad]:
        """The quads of one named graph (empty if there is none)."""
        return self.named_graph(g) or set()

    def named_graph(self, g: ox.NamedNode) -> set[ox.Quad] | None:
        """The quads of one named graph, None if the store does not name it (an empty graph it names: empty)."""
        if not self.store.contains_named_graph(g):
            return None
        return set(self.store.quads_for_pattern(None, None, None, g))


#: :meth:`Gate.batches <osce_kg.loader.gate.Gate.batches>` reads the IRIs of a store of at most this many quads
IRIS_READ = 2_000_000


def store_iris(store: ox.Store, limit: int) -> set | None:
    """Every IRI the named graphs of ``store`` hold as a subject or an object, if it holds at most
    ``limit`` quads (else None: too many to keep)."""
    larger = store.query(f"ASK {{ {{ SELECT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} OFFSET {int(limit)} LIMIT 1 }} }}")
    if bool(larger):
        return None
    rows: Any = store.query("SELECT DISTINCT ?n WHERE { GRAPH ?g { { ?n ?p ?o } UNION { ?s ?q ?n } } "
                            "FILTER(isIRI(?n)) }")
    return {row[0] for row in rows}


class Layer:
    """``inner`` with quads added (none of them in ``inner``) and removed (all of them in it),
    indexed by subject and by object: a batch's lookups are dictionary hits."""

    def __init__(self, inner: "StoreView | Layer", added: Iterable[ox.Quad] = (),
                 removed: Iterable[ox.Quad] = ()) -> None:
        self.inner = inner
        self.removed: set[ox.Quad] = set(removed)
        self.by_s: dict[Term, list[ox.Quad]] = {}
        self.by_o: dict[Term, list[ox.Quad]] = {}
        #: subjects of no quad in ``inner``: their quads are all this layer's own (no store lookup)
        self.fresh: set[Term] = set()
        self._filtered: dict[tuple, list[ox.Quad]] = {}
        self._index: dict[tuple, dict] = {}
        self.add(added)

    def add(self, added: Iterable[ox.Quad]) -> None:
        """Index more added quads (none of them in ``inner``)."""
        self._filtered, self._index = {}, {}
        by_s, by_o = self.by_s, self.by_o
        for q in added:
            s, o = q.subject, q.object
            found = by_s.get(s)
            if found is None:
                by_s[s] = [q]
            else:
                found.append(q)
            if type(o) is not _LITERAL:
                found = by_o.get(o)
                if found is None:
                    by_o[o] = [q]
                else:
                    found.append(q)

    def rebased(self, inner: "StoreView | Layer", added: Iterable[ox.Quad] = ()) -> "Layer":
        """This layer's changes (and ``added``) over another view: a written batch over the store,
        for the next batch's check (this layer's indexes are handed over, not copied)."""
        out = Layer(inner, (), ())
        out.removed, out.by_s, out.by_o, out.fresh = self.removed, self.by_s, self.by_o, self.fresh
        out.add(added)
        return out

    def own(self, s: Term = None, p: Term = None, o: Term = None) -> list[ox.Quad]:
        """The quads this layer adds that match (``s`` or ``o`` must be given)."""
        if s is not None:
            pool = self.by_s.get(s)
        elif o is not None:
            pool = self.by_o.get(o)
        else:
            raise ValueError("a layer is looked up by subject or object")
        if not pool:
            return []
        if p is None and (o is None or s is None):
            return pool
        if len(pool) <= _SMALL_POOL:
            return [q for q in pool if (p is None or q.predicate == p) and (o is None or q.object == o)]
        if p is not None:  # a hub's pool (a State every graph cites, many batches' worth): indexed once
            return self._indexed(pool, s, o).get(p if s is None or o is None else (p, o), [])
        key = (s, p, o)
        found = self._filtered.get(key)
        if found is None:
            found = self._filtered[key] = [q for q in pool if (p is None or q.predicate == p)
                                           and (o is None or q.object == o)]
        return found

    def _indexed(self, pool: list[ox.Quad], s: Term, o: Term) -> dict:
        """A large pool by predicate (``s`` or ``o`` given) or by predicate and object (both given)."""
        key = ("s", s) if o is None else ("o", o) if s is None else ("so", s)  # the pool, and how it is indexed
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = {}
            if s is None or o is None:
                for q in pool:
                    index.setdefault(q.predicate, []).append(q)
            else:
                for q in pool:
                    index.setdefault((q.predicate, q.object), []).append(q)
        return index

    def quads(self, s: Term = None, p: Term = None, o: Term = None) -> Iterable[ox.Quad]:
        own = self.own(s, p, o)
        if s is not None and s in self.fresh:
            return own
        below = self.inner.quads(s, p, o)
        if self.removed:
            removed = self.removed
            below = (q for q in below if q not in removed)
        return chain(below, own) if own else below

    def has(self, s: Term = None, p: Term = None, o: Term = None) -> bool:
        if self.own(s, p, o):
            return True
        if s is not None and s in self.fresh:
            return False
        if not self.removed:
            return self.inner.has(s, p, o)
        for _ in self.quads(s, p, o):
            return True
        return False

    def graph(self, g: ox.NamedNode) -> set[ox.Quad]:
        """The quads of one named graph, as this layer leaves it (a linear scan of what it adds)."""
        out = {q for q in self.inner.graph(g) if q not in self.removed}
        out.update(q for qs in self.by_s.values() for q in qs if q.graph_name == g)
        return out


# ---------------------------------------------------------------------------
# reading the layer as the gate's context graph holds it
# ---------------------------------------------------------------------------
class BatchReader:
    """The compiled shapes' :class:`~.shapecheck.Reader` over a batch's layer.

    A focus node is described as :meth:`Gate._description <osce_kg.loader.gate.Gate._description>`
    describes it (all its triples; a hub only along what its shapes look at, each as far as its
    verdict needs, plus what the batch adds and its links to changed nodes); any other node's
    values are read in full, its types capped as ``gate._Layer.types`` caps them. Memoized: the
    layer does not change during a check.
    """

    def __init__(self, idx: NativeIndex, after: Layer, focus: Iterable[Term], links: dict[Term, set]) -> None:
        self.idx, self.after, self.links = idx, after, links
        self.focus = set(focus)
        self._described: dict[Term, dict[Term, set]] = {}
        self._values: dict[tuple[Term, Term], set] = {}
        self._types: dict[Term, set] = {}
        self.memo: dict = {}

    # the Reader protocol
    def values(self, node: Term, predicate: ox.NamedNode) -> set:
        if type(node) is _LITERAL:
            return _EMPTY
        if node in self.focus:
            return self.describe(node).get(predicate, _EMPTY)
        if predicate == RDF_TYPE:
            return self.types_of(node)
        key = (node, predicate)
        found = self._values.get(key)
        if found is None:
            found = self._values[key] = {q.object for q in self.after.quads(node, predicate)}
        return found

    def types(self, node: Term) -> set:
        return self.values(node, RDF_TYPE)

    def subjects(self, predicate: ox.NamedNode, node: Term) -> bool:
        return self.after.has(None, predicate, node)

    def cleared(self, node: Term, predicate: ox.NamedNode) -> bool:
        return False

    # how the gate reads
    def types_of(self, node: Term, cap: int = 32) -> set:
        """``node``'s types; past ``cap`` type quads, only its types among the classes the shapes can see."""
        found = self._types.get(node)
        if found is not None:
            return found
        found = set()
        for i, q in enumerate(self.after.quads(node, RDF_TYPE)):
            if i >= cap:
                classes = self.idx.classes
                if classes is None:
                    found = {q.object for q in self.after.quads(node, RDF_TYPE)}
                else:
                    found |= {c for c in classes if self.after.has(node, RDF_TYPE, c)}
                break
            found.add(q.object)
        self._types[node] = found
        return found

    def describe(self, node: Term) -> dict[Term, set]:
        found = self._described.get(node)
        if found is None:
            found = self._described[node] = self._description(node)
        return found

    def _description(self, node: Term) -> dict[Term, set]:
        idx, after = self.idx, self.after
        out: dict[Term, set] = {}
        for i, q in enumerate(after.quads(node)):
            if i >= idx.hub_quads:
                break
            out.setdefault(q.predicate, set()).add(q.object)
        else:
            return out
        looks = self._looks_on(node)
        out = {}
        if looks is None:
            for q in after.quads(node):
                out.setdefault(q.predicate, set()).add(q.object)
            return out
        types = self.types_of(node)
        if types:
            out[RDF_TYPE] = set(types)
        for s, p, o in self.links.get(node, ()):
            if s == node:
                out.setdefault(p, set()).add(o)
        for p in looks - {RDF_TYPE}:
            limit = idx.limits.get(p, 0)
            bucket = out.setdefault(p, set())
            if limit is None:
                bucket.update(q.object for q in after.quads(node, p))
                continue
            bucket.update(q.object for q in after.own(node, p))
            below: set = set()
            if limit > 0:
                removed = after.removed
                for q in after.inner.quads(node, p):
                    if q not in removed:
                        below.add(q.object)
                        if len(below) >= limit:
                            break
            bucket |= below
        return {p: v for p, v in out.items() if v}

    def _looks_on(self, node: Term) -> frozenset | None:
        """The predicates of ``node`` the shapes that may target it read (None: every one)."""
        idx, after = self.idx, self.after
        types: set = set()
        for t in self.types_of(node):
            types.add(t)
            types |= idx.supers.get(t, _EMPTY)
        out: set = set(idx.subjects_of)
        for shape, kind, value in idx.targets:
            if kind == SH.targetClass:
                hit = value in types
            elif kind == SH.targetNode:
                hit = value == node
            elif kind == SH.targetSubjectsOf:
                hit = after.has(node, value)
            elif kind == SH.targetObjectsOf:
                hit = after.has(None, value, node)
            else:
                hit = True
            if hit:
                out |= idx.focus_looks[shape]
        return None if idx.any in out else frozenset(out)


# ---------------------------------------------------------------------------
# the check of a batch
# ---------------------------------------------------------------------------
@dataclass
class BatchCheck:
    """A batch's verdict: every result on its affected nodes, and which graphs each focus node is blamed on."""

    after: Layer
    results: list[Violation] = field(default_factory=list)
    #: focus node (as results name it) -> the graphs of the batch whose changes reached it
    blame: dict[str, set] = field(default_factory=dict)
    #: graph -> (its quads after the batch, whether it held quads before)
    graphs: dict[Term, tuple[list[ox.Quad], bool]] = field(default_factory=dict)
    #: graph -> (the quads it adds, the quads it removes): its net diff
    changes: dict[Term, tuple[list[ox.Quad], list[ox.Quad]]] = field(default_factory=dict)
    #: the graphs of the batch the store names before it (empty ones too)
    named: set = field(default_factory=set)
    affected: int = 0
    _by_graph: dict[Term, list[Violation]] | None = field(default=None, repr=False)

    @property
    def conforms(self) -> bool:
        return not any(v.severity == "Violation" for v in self.results)

    def results_of(self, graph: Term) -> list[Violation]:
        """The results blamed on ``graph`` (in the order of :attr:`results`)."""
        if self._by_graph is None:  # once per batch: a batch of 1,000 graphs asks 1,000 times
            by_graph: dict[Term, list[Violation]] = {}
            for v in self.results:
                for g in self.blame.get(v.focus_node, ()):
                    by_graph.setdefault(g, []).append(v)
            self._by_graph = by_graph
        return list(self._by_graph.get(graph, ()))


def check_replacements(gate: "Gate", idx: NativeIndex, compiled: "CompiledShapes", before: "StoreView | Layer",
                       graphs: list[tuple[Term, list[ox.Quad]]], *, in_place: bool = False) -> BatchCheck:
    """Check replacing each graph of ``graphs`` whole by its quads, all of them together over ``before``.

    ``graphs`` must name distinct graphs, none of them changed by a layer of ``before`` (the
    store's quads of a graph are its quads before the batch). ``in_place``: ``before`` is a layer
    over the store, and the batch is laid into it (its ``after``), not over it: a layer that keeps
    every batch (:class:`ApartCheck`), which is not used again if the batch does not conform.
    """
    added_all: list[ox.Quad] = []
    removed_all: list[ox.Quad] = []
    check = BatchCheck(after=None)  # type: ignore[arg-type]  # set below
    store = before
    while isinstance(store, Layer):
        store = store.inner
    for g, quads in graphs:
        old = store.named_graph(g)
        if old is None:
            old = set()
        else:
            check.named.add(g)
        new = set(quads)
        kept = list(new)
        plus = [q for q in new if q not in old] if old else kept  # a new graph: the same list (neither changes)
        minus = [q for q in old if q not in new]
        added_all.extend(plus)
        removed_all.extend(minus)
        check.graphs[g] = (kept, bool(old))
        check.changes[g] = (plus, minus)
    if in_place and isinstance(before, Layer):
        after = check.after = before

        def lay() -> None:  # once _changed has read ``before`` as it was
            after.add(added_all)
            after.removed.update(removed_all)
        frontier, blame = _changed(idx, before, after, added_all, removed_all, lay)
    else:
        after = check.after = Layer(before, added_all, removed_all)
        frontier, blame = _changed(idx, before, after, added_all, removed_all)
    links = _affected(idx, after, frontier, blame)
    focus = [n for n in links if type(n) is not _LITERAL]
    check.affected = len(focus)
    check.results = compiled.validate_nodes(focus, BatchReader(idx, after, focus, links))
    if check.results:
        from .shapecheck import _text

        for node in focus:
            check.blame.setdefault(_text(node), set()).update(blame.get(node, ()))
    return check


def _changed(idx: NativeIndex, before: "StoreView | Layer", after: Layer, added: list[ox.Quad],
             removed: list[ox.Quad], lay: Any = None) -> tuple[dict[Term, set], dict[Term, set]]:
    """The nodes whose triples appear in or vanish from the union of all graphs, with those predicates,
    and the graphs responsible (as ``Gate.triple_changes``: a triple another graph already holds changes nothing).
    ``lay()``, if given, lays the batch into ``after`` once what it adds has been read against ``before``."""
    frontier: dict[Term, set] = {}
    blame: dict[Term, set] = {}
    inverse = idx.inverse
    known: dict[Term, bool] = {}  # subject -> has it a quad before the batch (one probe each)
    held: dict[tuple, bool] = {}  # triple of a known subject -> is it there before (graphs restate them)
    for q in added:
        s, p, o = q.subject, q.predicate, q.object
        seen = known.get(s)
        if seen is None:
            seen = known[s] = before.has(s)
        if seen:
            triple = (s, p, o)
            there = held.get(triple)
            if there is None:
                there = held[triple] = before.has(s, p, o)
            if there:
                continue
        g = q.graph_name
        for node in (s, o) if p in inverse and type(o) is not _LITERAL else (s,):
            found = frontier.get(node)
            if found is None:
                frontier[node], blame[node] = {p}, {g}
            else:
                found.add(p)
                blame[node].add(g)
    if lay is not None:
        lay()
    after.fresh.update(s for s, seen in known.items() if not seen)
    for q in removed:
        s, p, o = q.subject, q.predicate, q.object
        if after.has(s, p, o):
            continue
        g = q.graph_name
        for node in (s, o) if p in inverse and type(o) is not _LITERAL else (s,):
            frontier.setdefault(node, set()).add(p)
            blame.setdefault(node, set()).add(g)
    return frontier, blame


def _affected(idx: NativeIndex, after: Layer, frontier: dict[Term, set], blame: dict[Term, set]) -> dict[Term, set]:
    """The affected nodes, each with the links along which it reaches a changed node (``Gate._affected``);
    ``blame`` grows to name, for each, the graphs whose changes reached it."""
    affected: dict[Term, set] = {n: set(ps) for n, ps in frontier.items()}
    links: dict[Term, set] = {n: set() for n in frontier}
    for _ in range(idx.max_nesting):
        found: dict[Term, set] = {}
        for node, preds in frontier.items():
            for other, via, link in _dependents(idx, node, preds, after):
                links.setdefault(other, set()).add(link)
                blame.setdefault(other, set()).update(blame.get(node, ()))
                if via not in affected.get(other, ()):
                    found.setdefault(other, set()).add(via)
        for node, preds in found.items():
            affected.setdefault(node, set()).update(preds)
        frontier = found
        if not frontier:
            break
    return links


def _dependents(idx: NativeIndex, node: Term, preds: set, after: Layer) -> Iterator[tuple[Term, Term, tuple]]:
    """(node, predicate, link) for the nodes whose shapes look, along that predicate, at ``preds`` of ``node``."""
    anything = idx.any

    def looks_at(looks: frozenset) -> bool:
        return anything in looks or not looks.isdisjoint(preds)

    forward, inverse = idx.forward_looks, idx.inverse_looks
    if type(node) is not _LITERAL and any(looks_at(v) for v in forward.values()):
        for q in after.quads(None, None, node):
            p = q.predicate
            if p in forward and looks_at(forward[p]):
                yield q.subject, p, (q.subject, p, node)
    if any(looks_at(v) for v in inverse.values()):
        for q in after.quads(node):
            p, o = q.predicate, q.object
            if p in inverse and looks_at(inverse[p]) and type(o) is not _LITERAL:
                yield o, p, (node, p, o)


# ---------------------------------------------------------------------------
# what a checked batch writes
# ---------------------------------------------------------------------------
@dataclass
class BatchWrite:
    """What a checked batch writes, split by how (``Gate.commit_graphs``).

    Graphs the store does not hold, with their audit records, are ``fresh``: the embedded store
    writes them with its bulk loader behind its journal (``EmbeddedStore.apply_batch``: the journal
    names ``graphs`` and the records' nodes ``subjects``, which is all that undoing them takes).
    A graph that replaces one the store holds stays in the transaction (``add``, after ``drop``).
    """

    fresh: list[ox.Quad] = field(default_factory=list)
    graphs: list[URIRef] = field(default_factory=list)
    subjects: list[ox.NamedNode] = field(default_factory=list)
    add: list[ox.Quad] = field(default_factory=list)
    drop: list[URIRef] = field(default_factory=list)
    #: every audit record's quads (the next batch's check reads them in the layer)
    records: list[ox.Quad] = field(default_factory=list)
    #: ``fresh`` as N-Quads instead (what :class:`~osce_kg.loader.gate.GraphPipeline` sent and got back)
    text: bytes = b""
    #: fresh graphs given as N-Quads (:func:`graph_text`, made for their audit records anyway), beside ``fresh``
    chunks: list[bytes] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.fresh or self.text or self.chunks or self.add or self.drop)

    def bulk_data(self) -> list[ox.Quad] | bytes:
        """What the bulk loader writes: ``text``, else ``chunks`` and ``fresh`` (serialized) as N-Quads,
        else the ``fresh`` quads."""
        if self.text or not self.chunks:
            return self.text or self.fresh
        return b"".join(self.chunks) + (graph_text(self.fresh) if self.fresh else b"")

    def fresh_graph(self, iri: URIRef, quads: list[ox.Quad], record: tuple[ox.NamedNode, list[ox.Quad]] | None,
                    text: bytes | None = None) -> None:
        """A graph the store does not hold (``text``: its quads as N-Quads, when the caller has them), and
        its record (its node, its quads)."""
        self.graphs.append(iri)
        if text is not None:
            self.chunks.append(text)
        else:
            self.fresh.extend(quads)
        if record is not None:
            self.subjects.append(record[0])
            self.fresh.extend(record[1])
            self.records.extend(record[1])

    def replacement(self, dropped: URIRef | None, quads: list[ox.Quad],
                    record: tuple[ox.NamedNode, list[ox.Quad]] | None) -> None:
        """A graph written in the transaction (``dropped``: the graph it replaces, else None), and its record."""
        if dropped is not None:
            self.drop.append(dropped)
        self.add.extend(quads)
        if record is not None:
            self.add.extend(record[1])
            self.records.extend(record[1])


# ---------------------------------------------------------------------------
# the audit record of one graph, in the store's terms
# ---------------------------------------------------------------------------
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def record_quads(quads: list[Any], other: list[Any]) -> list[tuple]:
    """``quads`` (the store's terms) as :meth:`AuditLog.record` reads them: in rdflib terms when the record
    keeps their text (neither side over :data:`~..audit.MAX_DIFF_QUADS`); else only their graphs, all
    a record reads of them beside their number (converting the ~7,000 quads of the reference data
    cost 0.15 s)."""
    if len(quads) <= MAX_DIFF_QUADS and len(other) <= MAX_DIFF_QUADS:
        return [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), URIRef(q.graph_name.value))
                for q in quads]
    graphs = {q.graph_name.value: URIRef(q.graph_name.value) for q in quads}
    return [(None, None, None, graphs[q.graph_name.value]) for q in quads]


def audit_record(audit: AuditLog, graph: Term, added: list[ox.Quad], removed: list[ox.Quad], *,
                 actor: str, file: str | None, via: str | None,
                 now: dt.datetime | None = None, added_text: str | None = None) -> tuple[str, list[ox.Quad]]:
    """:meth:`AuditLog.record <osce_kg.loader.audit.AuditLog.record>` for one replaced graph, its quads
    given in the store's terms: the same record (the graph, the file, the counts, the quads as N-Quads
    up to :data:`~osce_kg.loader.audit.MAX_DIFF_QUADS`), without turning every quad into rdflib terms.
    Records with the same ``now`` (a batch's: one transaction) share their fixed part, converted once.
    ``added_text``: ``added`` as the record writes it (:func:`_nquads`), when the caller has it."""
    now = now or dt.datetime.now(dt.timezone.utc)
    key = (id(audit), actor, file, via, now)
    template = _TEMPLATES.get(key)
    if template is None:
        _TEMPLATES.clear()
        record_id, skeleton = audit.record([], [], actor=actor, file=file, via=via, now=now)
        vocab = audit.vocab
        computed = {vocab.triplesAdded, vocab.triplesRemoved, vocab.addedQuads, vocab.removedQuads}
        template = _TEMPLATES[key] = (
            record_id.rsplit("-", 1)[0], skeleton[0][0], to_ox(audit.graph),
            [(s == skeleton[0][0], to_ox(s), to_ox(p), to_ox(o)) for s, p, o, _ in skeleton if p not in computed],
            to_ox(vocab.triplesAdded), to_ox(vocab.triplesRemoved), to_ox(vocab.addedQuads), to_ox(vocab.removedQuads))
    stamp, first, where, fixed, n_added, n_removed, added_as, removed_as = template
    record_id = f"{stamp}-{uuid.uuid4().hex[:8]}"  # as AuditLog.record makes it
    node = to_ox(audit.iri(record_id))
    out = [ox.Quad(node if own else s, p, o, where) for own, s, p, o in fixed]
    out.append(ox.Quad(node, n_added, ox.Literal(str(len(added)), datatype=_XSD_INTEGER), where))
    out.append(ox.Quad(node, n_removed, ox.Literal(str(len(removed)), datatype=_XSD_INTEGER), where))
    out.append(ox.Quad(node, _PROV_USED, graph, where))
    if len(added) <= MAX_DIFF_QUADS and len(removed) <= MAX_DIFF_QUADS:
        out.append(ox.Quad(node, added_as, ox.Literal(_nquads(added) if added_text is None else added_text), where))
        out.append(ox.Quad(node, removed_as, ox.Literal(_nquads(removed)), where))
    return record_id, out


_TEMPLATES: dict = {}
_PROV_USED = ox.NamedNode("http://www.w3.org/ns/prov#used")


def _nquads(quads: list[ox.Quad]) -> str:
    """As :func:`osce_kg.loader.audit.nquads` writes them (sorted lines), written by Oxigraph."""
    return record_text(graph_text(quads)) if quads else ""


def graph_text(quads: list[ox.Quad]) -> bytes:
    """``quads`` as N-Quads, written by Oxigraph, one a line (what the bulk loader reads)."""
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def record_text(text: bytes) -> str:
    """:func:`graph_text`'s lines as an audit record holds them (sorted, as :func:`osce_kg.loader.audit.nquads`
    writes them): a new graph's text serves both its bulk write and its record."""
    # one quad a line ("\n" in a literal is escaped; not splitlines(): U+2028 and friends may stand in one)
    return "".join(sorted(line + "\n" for line in text.decode().split("\n") if line))


# ---------------------------------------------------------------------------
# the check in a process of its own (Gate.pipeline, an import's batches)
# ---------------------------------------------------------------------------
#: a snapshot of at most this many quads has its subjects read into a set when the check process opens it
SUBJECTS_READ = 2_000_000


class ApartCheck:
    """The check of an import's batches in a process of its own (:func:`check_apart`), over a
    snapshot of the store (a RocksDB checkpoint) and every batch it accepted since, kept as one
    layer (the store itself is the importing process's: one writer).

    The importing process parses, writes and sends; this one checks, batch after batch, in order.
    A batch it accepts is laid over the ones before and its audit records are made here (their
    quads go into the layer too, as the gate's own check sees them), so the next batch is checked
    over the state the importing process is writing, while it writes. After a batch it refuses (a
    graph breaks a shape: the importing process commits that one graph by graph), or one naming a
    graph an earlier batch of the layer changed, every later batch is answered ``stale`` until the
    importing process sends a new snapshot (``open``): it sends those batches again.
    """

    def __init__(self, shapes_nt: str, ontology_nt: str, audit_base: str | None) -> None:
        from rdflib import Graph

        from ..gate import Gate
        from .embedded import EmbeddedStore
        from .shapecheck import compile_or_none

        shapes = Graph().parse(data=shapes_nt, format="nt")
        ontology = Graph().parse(data=ontology_nt, format="nt") if ontology_nt else None
        self.audit = AuditLog(audit_base) if audit_base is not None else None
        gate = Gate(EmbeddedStore(None), shapes, ontology, audit=self.audit)
        compiled, why = compile_or_none(shapes, ontology)
        if compiled is None:
            raise ValueError(f"the shapes do not compile ({why})")
        self.compiled: "CompiledShapes" = compiled
        self.idx = NativeIndex.of(gate)
        self.gen = -1
        self.store: Any = None
        self.layer: Layer | None = None
        self.touched: set = set()
        self.stale = False

    def open(self, gen: int, snapshot: str) -> None:
        """Check from now on over the snapshot at ``snapshot`` (what the store holds: every batch
        written), forgetting every batch accepted before (those not yet written are sent again)."""
        self.layer, self.store = None, None
        self.store = ox.Store.read_only(snapshot)
        self.layer = Layer(StoreView.of_snapshot(self.store, SUBJECTS_READ))
        self.gen, self.touched, self.stale = gen, set(), False

    def batch(self, gen: int, names: list[str], counts: list[int], data: bytes, files: list[str | None],
              actor: str, via: str | None) -> tuple:
        """The answer to one batch: ("ok", per graph (it existed, its record's id, its record as
        N-Quads, its warnings)), ("no",) or ("stale",)."""
        if gen != self.gen or self.stale or self.layer is None:
            return ("stale",)
        graphs = [_NAMED(n) for n in names]
        if not self.touched.isdisjoint(graphs):  # changed by a batch of the layer: read it from a new snapshot
            self.stale = True
            return ("stale",)
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS)) if data else []
        parts, start = [], 0
        for g, n in zip(graphs, counts):
            parts.append((g, quads[start:start + n]))
            start += n
        check = check_replacements(None, self.idx, self.compiled, self.layer, parts,  # type: ignore[arg-type]
                                   in_place=True)
        if not check.conforms:
            self.stale = True
            return ("no",)
        now = dt.datetime.now(dt.timezone.utc)  # one batch: its records share their time
        out, records = [], []
        lines, start = data.split(b"\n"), 0  # one quad a line, graph after graph, as Oxigraph wrote them
        for (g, _), n, file in zip(parts, counts, files):
            _, existed = check.graphs[g]
            plus, minus = check.changes[g]
            record_id, text = None, b""
            added_text = None
            if not existed and len(plus) <= MAX_DIFF_QUADS:  # a new graph: the record's text is its lines, sorted
                added_text = b"".join(sorted({line + b"\n" for line in lines[start:start + n]})).decode()
            start += n
            if self.audit is not None and (plus or minus):
                record_id, record = audit_record(self.audit, g, plus, minus, actor=actor, file=file, via=via, now=now,
                                                 added_text=added_text)
                records.extend(record)
                text = ox.serialize(record, format=ox.RdfFormat.N_QUADS) or b""
            out.append((existed, bool(plus or minus), record_id, text, check.results_of(g)))
        self.layer.add(records)  # the batch is in the layer already (in_place): the next ones are checked over it
        self.touched.update(graphs)
        return ("ok", out)


def _answer(checker: ApartCheck, gen: int, seq: int, names: list[str], counts: list[int], where: Path,
            files: list[str | None], actor: str, via: str | None) -> tuple:
    """One batch, its quads read from the file ``where`` (removed); an accepted batch's records written to
    a file beside it, each graph's answer naming its span there. Batches and records go through files
    (in memory, ``/dev/shm``), not the pipe: a pipe hands tens of MB over in hundreds of wake-ups of
    both processes, each a wait for the CPU on a busy machine."""
    data = where.read_bytes()
    where.unlink(missing_ok=True)
    answer = checker.batch(gen, names, counts, data, files, actor, via)
    if answer[0] != "ok":
        return (answer[0], gen, seq)
    graphs, spans, start = [], [], 0
    for existed, changed, record_id, text, warnings in answer[1]:
        graphs.append((existed, changed, record_id, (start, start + len(text)), warnings))
        spans.append(text)
        start += len(text)
    records = where.with_suffix(".records.nq")
    records.write_bytes(b"".join(spans))
    return ("ok", gen, seq, graphs, str(records))


def check_apart(conn: Any, shapes_nt: str, ontology_nt: str, audit_base: str | None) -> None:
    """The check process's loop (:class:`ApartCheck`): messages from the importing process, in order,
    each batch answered with its generation and number; ends when the pipe closes or says ``stop``."""
    try:
        checker = ApartCheck(shapes_nt, ontology_nt, audit_base)
    except Exception as exc:  # noqa: BLE001  # told to the importing process, which checks in its own
        conn.send(("failed", -1, -1, f"{type(exc).__name__}: {exc}"))
        conn.close()
        return
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        """Every message read as it comes (both sides send batches' worth of N-Quads: neither may wait
        on the other's reading)."""
        try:
            while True:
                inbox.put(conn.recv())
        except (EOFError, OSError):  # the importing process is gone, or the pipe closed
            inbox.put(("stop",))

    threading.Thread(target=receive, name="osce-kg-import-check-inbox", daemon=True).start()
    try:
        while True:
            message = inbox.get()
            kind = message[0]
            if kind == "open":
                checker.open(message[1], message[2])
            elif kind == "batch":
                gen, seq, names, counts, where, files, actor, via = message[1:]
                try:
                    answer = _answer(checker, gen, seq, names, counts, Path(where), files, actor, via)
                except Exception as exc:  # noqa: BLE001  # the importing process raises it
                    conn.send(("failed", gen, seq, f"{type(exc).__name__}: {exc}"))
                    checker.stale = True
                    continue
                conn.send(answer)
            else:
                return
    except (BrokenPipeError, KeyboardInterrupt):
        pass
    finally:
        conn.close()
