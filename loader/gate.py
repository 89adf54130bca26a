"""The one gate every write passes: SHACL validation of the change, then an atomic commit.

How a change is checked (see ``../shared/FINDINGS.md`` for why):

1. **The diff.** The change (graphs replaced or dropped, quads removed and added) is
   reduced to the net quads it adds and removes.
2. **Affected nodes.** The subjects of every triple the change adds to or removes from
   the union of all graphs; the objects of triples whose predicate a shape walks
   backwards (``sh:inversePath``) or targets (``sh:targetObjectsOf``); and, transitively
   up to the shapes' nesting depth, the resources that reach a changed node along a
   path whose value constraints look at the predicates that changed (``rdf:type`` for
   ``sh:class``; the property shapes of ``sh:node``, ``sh:or`` and friends; the next
   step of a sequence path). Relabelling a State checks the State; retyping it checks
   every release citing it.
3. **The context graph.** The affected nodes' triples *after* the change, their blank
   nodes, the triples pointing at them along inverse paths, the ``rdf:type`` and
   ``skos:inScheme`` of every neighbour, the full description of neighbours a nested
   shape looks into, and the ontology's class hierarchy (closed once, at start): no
   inference at validation time. A *hub* (a post held by thousands, a chairpersonship:
   more than :data:`HUB_QUADS` quads about it) is read only along the predicates the
   shapes targeting it look at, each only as far as its constraints need (a count one
   past its bound; every value for ``sh:uniqueLang`` and other whole-set constraints),
   plus what the change adds to it and its links to changed nodes; never every document
   that links to it. Existence tests are single probes (a lazy lookup stopped at the
   first quad, or ``ASK``), never full iterations.
4. **Validation.** pySHACL on that small graph with the shapes whose targets select an
   affected node (the others keep their constraints for ``sh:node`` but lose their
   targets, so neighbours are not validated on partial descriptions), *without*
   ``focus_nodes`` (which skips nested shapes in 0.40) or ``use_shapes`` (which drops
   property shapes), keeping only the results about affected nodes.
5. **Commit.** One store transaction (with its audit record), or nothing. A batch
   (:meth:`Gate.commit_many`) validates each change over the batch's earlier accepted
   ones and commits them all in one transaction, each with its own audit record. A batch
   of whole-graph replacements (:meth:`Gate.commit_graphs`, ``osce-kg import``) is checked
   at once in the store's own terms (:mod:`.store.batchcheck`: steps 1-4 on pyoxigraph terms)
   and written in one transaction, or, when a graph of it breaks a shape, graph by graph; on
   the embedded store its graphs that are new are bulk-written behind a journal instead
   (``EmbeddedStore.apply_batch``: each graph whole with its record, or absent, after a kill).

The cost follows the change and its neighbourhood, not the size of the store.
"""
from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, NoReturn, Sequence

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from .errors import ManagedGraph, OsceKgError, UsageError, ValidationFailed, Violation
from .store.base import Change, Quad, Store

if TYPE_CHECKING:
    from .audit import AuditLog
    from .tombstones import Tombstones

Triple = tuple[Node, Node, Node]

#: how many hops a nested shape may look into its values' values
MAX_NESTING = 3

#: stands for "every predicate" in what a shape looks at (sh:closed, complex paths)
ANY = URIRef("urn:x-osce-kg:any-predicate")

#: a node with more quads than this (as subject) is a hub: its context reads only what its shapes look at
HUB_QUADS = 64

#: values of one predicate a hub's context reads at least, beside those the change adds or links to
SAMPLE_VALUES = 0

_LISTS = (SH["or"], SH["and"], SH.xone)
_SINGLE = (SH.node, SH["not"], SH.qualifiedValueShape)

#: constraints that look at every value of a path at once (not value by value, nor a count)
_WHOLE_SET = (SH.uniqueLang, SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals, SH.hasValue,
              SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint,
              SH.sparql)
_PAIRED = (SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals)
_COUNTS = frozenset({SH.minCount, SH.maxCount})
_ANNOTATIONS = frozenset({SH.path, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group,
                          SH.deactivated, SH.defaultValue, RDF.type})


# ---------------------------------------------------------------------------
# what the shapes need
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ShapeIndex:
    """What the shapes look at, computed once per shapes graph.

    For each predicate a property shape walks, the predicates of the *value* node that
    its constraints look at (``rdf:type`` for ``sh:class``; the first path steps of
    nested shapes' property shapes; :data:`ANY` for ``sh:closed``). A change to a node's
    ``q`` triples affects the nodes that reach it along ``p`` only when ``q`` is among
    what ``p`` looks at.
    """

    #: predicate walked forwards -> predicates of its values the shapes look at
    forward_looks: Mapping[URIRef, frozenset[URIRef]]
    #: predicate walked backwards -> predicates of the subjects the shapes look at
    inverse_looks: Mapping[URIRef, frozenset[URIRef]]
    #: every predicate walked backwards, plus sh:targetObjectsOf predicates
    inverse: frozenset[URIRef]

    #: forward predicates whose values need more than their type in the context graph
    nested_forward: frozenset[URIRef] = frozenset()
    #: backward predicates whose subjects need more than their type in the context graph
    nested_inverse: frozenset[URIRef] = frozenset()

    @classmethod
    def of(cls, shapes: Graph) -> "ShapeIndex":
        fwd: dict[URIRef, set[URIRef]] = {}
        inv_looks: dict[URIRef, set[URIRef]] = {}
        inv: set[URIRef] = {p for p in shapes.objects(None, SH.targetObjectsOf) if isinstance(p, URIRef)}
        for shape, path in shapes.subject_objects(SH.path):
            steps = list(_path_steps(shapes, path))
            inv |= {p for p, forward, _ in steps if not forward}
            looks = _looks(shapes, shape, set())
            for i, (p, forward, inner) in enumerate(steps):
                # a step followed by others looks at the next step's predicate of its values
                seen = ({steps[i + 1][0]} if i + 1 < len(steps) else {ANY}) if inner else looks
                if seen:
                    (fwd if forward else inv_looks).setdefault(p, set()).update(seen)
        return cls({p: frozenset(v) for p, v in fwd.items()}, {p: frozenset(v) for p, v in inv_looks.items()},
                   frozenset(inv), frozenset(p for p, v in fwd.items() if v - {RDF.type}),
                   frozenset(p for p, v in inv_looks.items() if v - {RDF.type}))


def _looks(shapes: Graph, shape: Node, seen: set[Node]) -> set[URIRef]:
    """The predicates of a value node that ``shape``'s value constraints look at."""
    if shape in seen:
        return set()
    seen.add(shape)
    out: set[URIRef] = set()
    if (shape, SH["class"], None) in shapes:
        out.add(RDF.type)
    if (shape, SH.closed, Literal(True)) in shapes:
        out.add(ANY)
    for kind in _SINGLE:
        for inner in shapes.objects(shape, kind):
            out |= _node_shape_looks(shapes, inner, seen)
    for kind in _LISTS:
        for lst in shapes.objects(shape, kind):
            for inner in Collection(shapes, lst):
                out |= _node_shape_looks(shapes, inner, seen)
    return out


def _node_shape_looks(shapes: Graph, shape: Node, seen: set[Node]) -> set[URIRef]:
    """What a shape applied *to* a value node looks at: its own constraints and its property shapes' first steps."""
    out = _looks(shapes, shape, seen)
    props = list(shapes.objects(shape, SH.property))
    if (shape, SH.path, None) in shapes:  # a property shape used as a node shape (in sh:or lists)
        props.append(shape)
    for prop in props:
        steps = list(_path_steps(shapes, shapes.value(prop, SH.path)))
        out |= {p for p, _, inner in steps[:1]} if steps and steps[0][1] else {ANY}
    return out


def _path_steps(shapes: Graph, path: Node | None, inner: bool = False,
                forward: bool = True) -> Iterator[tuple[URIRef, bool, bool]]:
    """(predicate, walked forwards?, followed by more steps?) for every step of a SHACL path
    (none for a shape without a path)."""
    if path is None:
        return
    if isinstance(path, URIRef):
        yield path, forward, inner
        return
    if (path, RDF.first, None) in shapes:  # a sequence path
        items = list(Collection(shapes, path))
        for i, item in enumerate(items):
            yield from _path_steps(shapes, item, inner or i < len(items) - 1, forward)
        return
    if (inverse := shapes.value(path, SH.inversePath)) is not None:
        yield from _path_steps(shapes, inverse, inner, not forward)
        return
    if (alternatives := shapes.value(path, SH.alternativePath)) is not None:
        for item in Collection(shapes, alternatives):
            yield from _path_steps(shapes, item, inner, forward)
        return
    for repeat in (SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath):
        if (repeated := shapes.value(path, repeat)) is not None:
            # a repeated step walks into its own values
            yield from _path_steps(shapes, repeated, True, forward)
            yield from _path_steps(shapes, repeated, inner, forward)
            return


def focus_looks(shapes: Graph, shape: Node, seen: set[Node] | None = None) -> set[URIRef]:
    """The predicates of the focus node itself that ``shape``, applied to it, reads (walking forwards).

    Its property shapes' path steps (all of them: a superset is safe), and those of the
    shapes it combines on the same node (``sh:node``, ``sh:or`` and friends); :data:`ANY`
    for ``sh:closed``. ``rdf:type`` and inverse steps are read apart, in full.
    """
    seen = set() if seen is None else seen
    if shape in seen:
        return set()
    seen.add(shape)
    out: set[URIRef] = set()
    if (shape, SH.closed, Literal(True)) in shapes:
        out.add(ANY)
    if (path := shapes.value(shape, SH.path)) is not None:  # a property shape: the rest is about its values
        return out | {p for p, forward, _ in _path_steps(shapes, path) if forward}
    for prop in shapes.objects(shape, SH.property):
        out |= focus_looks(shapes, prop, seen)
    for kind in (SH.node, SH["not"]):
        for inner in shapes.objects(shape, kind):
            out |= focus_looks(shapes, inner, seen)
    for kind in _LISTS:
        for lst in shapes.objects(shape, kind):
            for inner in Collection(shapes, lst):
                out |= focus_looks(shapes, inner, seen)
    return out


def value_limits(shapes: Graph) -> dict[URIRef, int | None]:
    """For each predicate a property shape walks, how many of a node's values tell its verdict (None: all).

    Value-by-value constraints (``sh:class``, ``sh:datatype``...) on the values a change
    adds or reaches give the same results whatever other values are read; a count needs
    one value past its bound (``sh:maxCount`` n: n + 1); constraints on the whole set
    (``sh:uniqueLang``, ``sh:equals``, qualified counts...), complex paths and value
    constraints inside ``sh:or``/``sh:not`` on the focus node need every value.
    """
    under_logic = _under_logic(shapes)
    limits: dict[URIRef, int | None] = {}

    def every(p: Node) -> None:
        if isinstance(p, URIRef):
            limits[p] = None

    for prop, path in shapes.subject_objects(SH.path):
        if not isinstance(path, URIRef):
            for p, _, _ in _path_steps(shapes, path):
                every(p)
            continue
        constraints = set(shapes.predicates(prop, None))
        if constraints.intersection(_WHOLE_SET) or (prop in under_logic and constraints - _COUNTS - _ANNOTATIONS):
            every(path)
            for kind in _PAIRED:
                for other in shapes.objects(prop, kind):
                    every(other)
            continue
        bound = max([int(v) for v in shapes.objects(prop, SH.minCount) if isinstance(v, Literal)]
                    + [int(v) + 1 for v in shapes.objects(prop, SH.maxCount) if isinstance(v, Literal)] + [0])
        if limits.get(path, 0) is not None:
            limits[path] = max(limits.get(path, 0) or 0, bound)
    return limits


def shape_classes(shapes: Graph, hierarchy: Graph) -> frozenset[Node] | None:
    """The classes whose presence among a node's types can change a verdict (None: any type can).

    Those the shapes name (``sh:class``, ``sh:targetClass``, shapes that are classes) and
    every class with a superclass in the ontology; any type at all when a property shape
    walks ``rdf:type`` itself (``sh:in``, ``sh:hasValue`` on types) or a shape is closed.
    """
    if any(RDF.type in {p for p, _, _ in _path_steps(shapes, path)} for path in shapes.objects(None, SH.path)) \
            or (None, SH.closed, Literal(True)) in shapes:
        return None
    named = set(shapes.objects(None, SH["class"])) | set(shapes.objects(None, SH.targetClass))
    named |= {value for _, kind, value in shape_targets(shapes) if kind == SH.targetClass}
    return frozenset(named | set(hierarchy.subjects(RDFS.subClassOf, None)))


def _under_logic(shapes: Graph) -> set[Node]:
    """The shapes inside an ``sh:or``, ``sh:and``, ``sh:xone`` or ``sh:not``, and all they reach."""
    todo = [inner for kind in _LISTS for lst in shapes.objects(None, kind) for inner in Collection(shapes, lst)]
    todo += list(shapes.objects(None, SH["not"]))
    seen: set[Node] = set()
    while todo:
        shape = todo.pop()
        if shape in seen:
            continue
        seen.add(shape)
        for kind in (SH.property, *_SINGLE):
            todo.extend(shapes.objects(shape, kind))
        for kind in _LISTS:
            for lst in shapes.objects(shape, kind):
                todo.extend(Collection(shapes, lst))
    return seen


#: shape properties that need pySHACL's advanced (SHACL-AF) mode
_ADVANCED = (SH.rule, SH.target, SH.sparql, SH.condition)

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def shape_targets(shapes: Graph) -> list[tuple[Node, URIRef, Node]]:
    """(shape, target kind, value) for every target; a shape that is also a class targets it."""
    out = [(s, kind, o) for kind in _TARGETS for s, o in shapes.subject_objects(kind)]
    for cls in (RDFS.Class, OWL.Class):
        for shape in shapes.subjects(RDF.type, cls):
            if (shape, RDF.type, SH.NodeShape) in shapes or (shape, RDF.type, SH.PropertyShape) in shapes:
                out.append((shape, SH.targetClass, shape))
    return out


def class_hierarchy(ontology: Graph | None) -> Graph:
    """The ontology's ``rdfs:subClassOf`` relation, transitively closed (and its classes typed)."""
    closed = Graph()
    if ontology is None:
        return closed
    classes = set(ontology.subjects(RDFS.subClassOf, None)) | set(ontology.subjects(RDF.type, OWL.Class)) \
        | set(ontology.subjects(RDF.type, RDFS.Class))
    for cls in classes:
        for sup in ontology.transitive_objects(cls, RDFS.subClassOf):
            if sup is not None and sup != cls and not isinstance(sup, BNode):
                closed.add((cls, RDFS.subClassOf, sup))
    return closed


# ---------------------------------------------------------------------------
# the diff and the view after it
# ---------------------------------------------------------------------------
@dataclass
class Diff:
    """The net quads a change adds and removes."""

    added: set[Quad] = field(default_factory=set)
    removed: set[Quad] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


class _StoreView:
    """The store as it is: quad pattern lookups, and bounded existence tests."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # bound once: the gate looks up hundreds of patterns per check
        self.quads = store.quads_for_pattern
        self.has = store.has_quad


class _Layer:
    """A view of ``inner`` with a net diff applied: quads added (not in ``inner``) and removed (in it).

    Layers stack: a batch's pending changes over the store, and one change over those.
    """

    def __init__(self, inner: "_StoreView | _Layer", diff: Diff | None = None) -> None:
        self.inner = inner
        self.added: set[Quad] = set()
        self.removed: set[Quad] = set()
        self._by: tuple[dict[Node, set[Quad]], dict[Node, set[Quad]], dict[Node, set[Quad]]] = ({}, {}, {})
        if diff is not None:
            self.absorb(diff)

    def absorb(self, diff: Diff) -> None:
        """Apply ``diff`` (net relative to this view) on top of this layer."""
        for q in diff.removed:
            if q in self.added:
                self.added.discard(q)
                for index, key in zip(self._by, (q[0], q[2], q[3])):
                    index[key].discard(q)
            else:
                self.removed.add(q)
        for q in diff.added:
            if q in self.removed:
                self.removed.discard(q)
            else:
                self.added.add(q)
                for index, key in zip(self._by, (q[0], q[2], q[3])):
                    index.setdefault(key, set()).add(q)

    def _added(self, s: Node | None, p: Node | None, o: Node | None, g: URIRef | None) -> Iterable[Quad]:
        by_s, by_o, by_g = self._by
        pool = by_s.get(s, ()) if s is not None else by_o.get(o, ()) if o is not None \
            else by_g.get(g, ()) if g is not None else self.added
        return [q for q in pool if (s is None or q[0] == s) and (p is None or q[1] == p)
                and (o is None or q[2] == o) and (g is None or q[3] == g)]

    def quads(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
              g: URIRef | None = None, limit: int | None = None) -> Iterator[Quad]:
        """The matching quads (at least ``limit`` of them if there are that many)."""
        removed = self.removed
        below = None if limit is None else limit + len(removed)  # what this layer removes may be among them
        for q in self.inner.quads(s, p, o, g, below):
            if q not in removed:
                yield q
        yield from self._added(s, p, o, g)

    def has(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
            g: URIRef | None = None) -> bool:
        if None not in (s, p, o, g):
            q = (s, p, o, g)
            return q in self.added or (q not in self.removed and self.inner.has(s, p, o, g))
        if self._added(s, p, o, g):
            return True
        if not self.removed:
            return self.inner.has(s, p, o, g)
        return any(True for _ in self.quads(s, p, o, g))

    def triples(self, s: Node | None = None, p: Node | None = None, o: Node | None = None) -> set[Triple]:
        return {(q[0], q[1], q[2]) for q in self.quads(s, p, o)}

    def head(self, s: Node, limit: int) -> set[Triple] | None:
        """``s``'s triples, or None if it is the subject of more than ``limit`` quads (read no further)."""
        out: set[Triple] = set()
        for i, q in enumerate(self.quads(s, limit=limit + 1)):
            if i >= limit:
                return None
            out.add((q[0], q[1], q[2]))
        return out

    def types(self, s: Node, classes: frozenset[Node] | None, cap: int = 32) -> set[Triple]:
        """``s``'s ``rdf:type`` triples; past ``cap`` quads (a type restated in thousands of document
        graphs), only its types among ``classes``, one probe each (None: read them all)."""
        out: set[Triple] = set()
        for i, q in enumerate(self.quads(s, RDF.type)):
            if i >= cap:
                break
            out.add((q[0], q[1], q[2]))
        else:
            return out
        if classes is None:
            return self.triples(s=s, p=RDF.type)
        return out | {(s, RDF.type, c) for c in classes if self.has(s, RDF.type, c)}

    def sample(self, s: Node, p: Node, limit: int) -> set[Triple]:
        """The ``(s, p)`` triples this layer adds, and up to ``limit`` more from below (read no further)."""
        out = {(q[0], q[1], q[2]) for q in self._added(s, p, None, None)}
        below: set[Triple] = set()
        if limit > 0:
            for q in self.inner.quads(s, p):  # no LIMIT: one triple in two graphs must not count twice
                if q not in self.removed:
                    below.add((q[0], q[1], q[2]))
                    if len(below) >= limit:
                        break
        return out | below


#: the store as it will be once a change's diff is applied (``inner``: as it was before)
_After = _Layer


# ---------------------------------------------------------------------------
# the gate
# ---------------------------------------------------------------------------
@dataclass
class GateResult:
    """The verdict on a change: blocking violations, non-blocking warnings, and the diff."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    report_graph: Graph | None = None
    added: list[Quad] = field(default_factory=list)
    removed: list[Quad] = field(default_factory=list)
    affected: set[Node] = field(default_factory=set)
    change_id: str | None = None

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity != "Violation"]


class Gate:
    """Validates changes against the shapes and commits them whole or not at all.

    ``lock`` serializes check-and-commit (the server passes its write lock);
    ``audit`` records every commit in the audit graph, in the same transaction.
    ``protected`` names graphs no change may touch (beside the audit graph), each with
    the reason a refusal gives: the server's own bookkeeping, such as the tombstones
    of deleted IRIs, which it writes without the gate.
    """

    def __init__(self, store: Store, shapes: Graph, ontology: Graph | None = None, *,
                 audit: "AuditLog | None" = None, lock: Any = None,
                 protected: Mapping[URIRef, str] | None = None, tombstones: "Tombstones | None" = None) -> None:
        self.store = store
        self.protected: dict[URIRef, str] = dict(protected or {})
        #: when set, a commit records the resources it leaves with no triple, in its own transaction
        self.tombstones = tombstones
        if audit is not None:
            self.protected.setdefault(audit.graph,
                                      f"the audit graph <{audit.graph}> is written by the server only")
        self.shapes = shapes
        self.ontology = ontology
        self.index = ShapeIndex.of(shapes)
        self.hierarchy = class_hierarchy(ontology)
        self.audit = audit
        self.lock = lock if lock is not None else threading.RLock()
        self.targets = shape_targets(shapes)
        self._targeting = {shape for shape, _, _ in self.targets}
        self.limits = value_limits(shapes)
        self.classes = shape_classes(shapes, self.hierarchy)
        self._focus_looks = {shape: frozenset(focus_looks(shapes, shape)) for shape in self._targeting}
        self._shapes_cache: dict[frozenset[Node], Graph] = {}
        # SHACL-AF (rules, SPARQL targets and constraints) needs pySHACL's advanced mode,
        # which clones the data graph: only pay for it when the shapes use it
        self.advanced = any((None, p, None) in shapes for p in _ADVANCED)
        #: the shapes compiled to Python checks (:mod:`.store.shapecheck`): when set, :meth:`validate_nodes`
        #: runs them on the context graph instead of pySHACL (same results, no report graph)
        self.compiled: Any = None
        #: the batch :meth:`commit_graphs` is writing on a thread (see :meth:`settle`)
        self._inflight: Any = None
        self._native: Any = None
        #: inside :meth:`batches`: the view of the store every batch is checked on, which knows every IRI a
        #: named graph of the store may hold as a subject or an object (a superset: what the store held at
        #: the start, and everything written since; :class:`~.store.batchcheck.StoreView`), else None
        self._view: Any = None

    def shapes_for(self, nodes: set[Node], data: Graph) -> Graph | None:
        """The shapes graph with only the targets that can select one of ``nodes`` (None: nothing to run).

        Neighbours in the context graph carry their types, so every shape targeting
        them would run and report on their partial descriptions; dropping the other
        shapes' *targets* avoids that work while every shape stays available to
        ``sh:node`` and friends. (pySHACL's ``use_shapes`` would drop the property
        shapes too.) Cached per set of chosen shapes.
        """
        chosen = self._chosen_shapes(nodes, data)
        if not chosen:
            return None
        key = frozenset(chosen)
        cached = self._shapes_cache.get(key)
        if cached is None:
            cached = Graph()
            for t in self.shapes:
                s, p, o = t
                if s in key or s not in self._targeting:
                    cached.add(t)
                elif p in _TARGETS or (p == RDF.type and o in (RDFS.Class, OWL.Class)):
                    continue
                else:
                    cached.add(t)
            if len(self._shapes_cache) < 256:
                self._shapes_cache[key] = cached
        return cached

    def _chosen_shapes(self, nodes: set[Node], data: Graph) -> set[Node]:
        """The shapes whose targets select one of ``nodes`` in ``data``."""
        types: set[Node] = set()
        for n in nodes:
            for t in data.objects(n, RDF.type):
                types.add(t)
                types.update(self.hierarchy.objects(t, RDFS.subClassOf))
        chosen: set[Node] = set()
        for shape, kind, value in self.targets:
            if kind == SH.targetClass:
                hit = value in types
            elif kind == SH.targetNode:
                hit = value in nodes
            elif kind == SH.targetSubjectsOf:
                hit = any((n, value, None) in data for n in nodes)
            elif kind == SH.targetObjectsOf:
                hit = any((None, value, n) in data for n in nodes)
            else:
                hit = True
            if hit:
                chosen.add(shape)
        return chosen

    # -- the diff ------------------------------------------------------------
    def diff(self, change: Change, view: "_StoreView | _Layer | None" = None) -> Diff:
        """The net quads ``change`` adds to and removes from ``view`` (default: the store), in the order
        the store applies it."""
        view = view or _StoreView(self.store)
        diff = Diff()
        for g in sorted(change.drop | set(change.replace)):
            diff.removed.update(view.quads(g=g))
        for g, graph in change.replace.items():
            for s, p, o in graph:
                # every quad ``g`` holds is in diff.removed by now: no lookup needed
                q = (s, p, o, g)
                if q in diff.removed:
                    diff.removed.discard(q)
                else:
                    diff.added.add(q)
        for q in change.remove:
            if q in diff.added:
                diff.added.discard(q)
            elif q not in diff.removed and view.has(*q):
                diff.removed.add(q)
        for q in change.add:
            self._add(diff, q, view)
        return diff

    @staticmethod
    def _add(diff: Diff, q: Quad, view: "_StoreView | _Layer") -> None:
        if q in diff.removed:
            diff.removed.discard(q)
        elif not view.has(*q):
            diff.added.add(q)

    # -- affected nodes and context ------------------------------------------
    def affected_nodes(self, diff: Diff, after: _After) -> set[Node]:
        """The nodes whose validation results the diff can change."""
        return set(self._affected(diff, after))

    def _affected(self, diff: Diff, after: _After) -> dict[Node, set[Triple]]:
        """The affected nodes, each with the links along which it reaches a changed node (its context needs them)."""
        idx = self.index
        # node -> the predicates of its triples that changed (as subject, or as object of an inverse step)
        frontier: dict[Node, set[URIRef]] = {}
        for s, p, o, _ in self.triple_changes(diff, after):
            frontier.setdefault(s, set()).add(p)  # type: ignore[arg-type]
            if p in idx.inverse and not isinstance(o, Literal):
                frontier.setdefault(o, set()).add(p)  # type: ignore[arg-type]
        affected: dict[Node, set[URIRef]] = {n: set(ps) for n, ps in frontier.items()}
        links: dict[Node, set[Triple]] = {n: set() for n in frontier}
        for _ in range(MAX_NESTING):
            found: dict[Node, set[URIRef]] = {}
            for node, preds in frontier.items():
                for other, via, link in self._dependents(node, preds, after):
                    links.setdefault(other, set()).add(link)
                    if via not in affected.get(other, ()):
                        found.setdefault(other, set()).add(via)
            for node, preds in found.items():
                affected.setdefault(node, set()).update(preds)
            frontier = found
            if not frontier:
                break
        return links

    def _dependents(self, node: Node, preds: set[URIRef],
                    after: _After) -> Iterator[tuple[Node, URIRef, Triple]]:
        """(node, predicate, link) for the nodes whose shapes look, along that predicate, at ``preds`` of ``node``."""
        idx = self.index

        def looks_at(looks: frozenset[URIRef]) -> bool:
            return ANY in looks or not looks.isdisjoint(preds)

        if not isinstance(node, Literal) and any(looks_at(v) for v in idx.forward_looks.values()):
            for s, p, o in after.triples(o=node):
                if isinstance(p, URIRef) and p in idx.forward_looks and looks_at(idx.forward_looks[p]):
                    yield s, p, (s, p, o)
        if any(looks_at(v) for v in idx.inverse_looks.values()):
            for s, p, o in after.triples(s=node):
                if isinstance(p, URIRef) and p in idx.inverse_looks and looks_at(idx.inverse_looks[p]) \
                        and not isinstance(o, Literal):
                    yield o, p, (s, p, o)

    def triple_changes(self, diff: Diff, after: _After) -> set[Quad]:
        """The quads whose triple appears in or vanishes from the union of all graphs.

        A document restating a triple another graph already holds (a State's label)
        changes nothing the shapes can see; skipping it keeps the affected set small.
        """
        out: set[Quad] = set()
        known: dict[Node, bool] = {}  # subject -> has it any quad before the change (one probe each)
        for q in diff.added:
            if q[0] not in known:
                known[q[0]] = after.inner.has(q[0])
            if not known[q[0]] or not after.inner.has(q[0], q[1], q[2]):
                out.add(q)
        for q in diff.removed:
            if not after.has(q[0], q[1], q[2]):
                out.add(q)
        return out

    def context_graph(self, nodes: Iterable[Node], after: _After,
                      links: Mapping[Node, set[Triple]] | None = None, *, exact: bool = False) -> Graph:
        """The affected nodes' triples after the change and what the shapes need of their neighbours.

        A hub (the subject of more than :data:`HUB_QUADS` quads: a post held by
        thousands, a chairpersonship) is read only along the predicates the shapes
        targeting it look at, each as far as its verdict needs (:func:`value_limits`),
        plus what the change adds to it and its ``links`` to changed nodes; ``exact``
        reads every node in full (the whole-store check).
        """
        idx = self.index
        data = self.new_context()
        described: set[Node] = set()
        typed: set[Node] = set()
        todo: list[tuple[Node, int]] = [(n, 0) for n in nodes]
        while todo:
            node, depth = todo.pop()
            if node in described or isinstance(node, Literal):
                continue
            described.add(node)
            neighbours: list[tuple[Node, bool]] = []
            own = after.triples(s=node) if exact or depth else self._description(node, after, links or {})
            for s, p, o in own:
                data.add((s, p, o))
                if not isinstance(o, Literal):
                    neighbours.append((o, p in idx.nested_forward or isinstance(o, BNode)))
            for p in idx.inverse:
                for s, p2, o in after.triples(p=p, o=node):
                    data.add((s, p2, o))
                    neighbours.append((s, p in idx.nested_inverse or isinstance(s, BNode)))
            for other, deep in neighbours:
                if deep and depth < MAX_NESTING:
                    todo.append((other, depth + 1))
                elif other not in typed:
                    typed.add(other)
                    for t in after.types(other, self.classes) | after.triples(s=other, p=SKOS.inScheme):
                        data.add(t)
        return data

    def new_context(self) -> Graph:
        """An empty context graph: the class hierarchy, through which pySHACL reads ``sh:class`` and targets."""
        data = Graph()
        data += self.hierarchy
        return data

    def _description(self, node: Node, after: _After, links: Mapping[Node, set[Triple]]) -> set[Triple]:
        """``node``'s triples as its shapes need them: all of them, unless it is a hub."""
        whole = after.head(node, HUB_QUADS)
        if whole is not None:
            return whole
        looks = self._looks_on(node, after)
        if looks is None:
            return after.triples(s=node)
        out = after.types(node, self.classes) | links.get(node, set())
        for p in looks - {RDF.type}:
            limit = self.limits.get(p, 0)
            out |= after.triples(s=node, p=p) if limit is None else after.sample(node, p, max(limit, SAMPLE_VALUES))
        return out

    def _looks_on(self, node: Node, after: _After) -> set[URIRef] | None:
        """The predicates of ``node`` the shapes that may target it read (None: every one)."""
        types: set[Node] = set()
        for _, _, t in after.types(node, self.classes):
            types.add(t)
            types.update(self.hierarchy.objects(t, RDFS.subClassOf))
        out: set[URIRef] = {v for _, kind, v in self.targets if kind == SH.targetSubjectsOf}  # type: ignore[misc]
        for shape, kind, value in self.targets:
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
                out |= self._focus_looks[shape]
        return None if ANY in out else out

    # -- check and commit ----------------------------------------------------
    def check(self, change: Change, *, file: str | None = None) -> GateResult:
        """Validate ``change`` against the shapes; never writes.

        :raises UsageError: the change touches the audit graph or another protected graph.
        """
        self._refuse_protected(change)
        self.settle()
        return self._check_on(change, _StoreView(self.store))[0]

    def _check_on(self, change: Change, view: "_StoreView | _Layer") -> tuple[GateResult, Diff]:
        """The verdict on ``change`` applied to ``view``, and its net diff against it."""
        diff = self.diff(change, view)
        after = _Layer(view, diff)
        links = self._affected(diff, after)
        result = self.validate_nodes(set(links), after, links)
        result.added, result.removed = sorted(diff.added, key=_quad_key), sorted(diff.removed, key=_quad_key)
        return result, diff

    def validate_nodes(self, nodes: set[Node], after: "_Layer | None" = None,
                       links: Mapping[Node, set[Triple]] | None = None) -> GateResult:
        """Validate ``nodes`` as they will be after ``after``'s diff (``links``: see :meth:`context_graph`),
        or, without ``after``, as they are, each read in full."""
        exact = after is None
        after = after or _Layer(_StoreView(self.store))
        if not nodes:
            return GateResult(conforms=True, report_graph=_empty_report())
        if self.compiled is not None:  # what the context graph would hold, read where it is
            found = self.compiled.validate_view(self, nodes, after, links, exact=exact)
            return GateResult(conforms=not any(v.severity == "Violation" for v in found), violations=found,
                              affected=set(nodes))
        data = self.context_graph(nodes, after, links, exact=exact)
        shapes = self.shapes_for(nodes, data)
        if shapes is None:
            return GateResult(conforms=True, report_graph=_empty_report(), affected=set(nodes))
        import pyshacl  # here: with compiled shapes (the usual case) a load never imports it (~0.25 s)

        _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=self.advanced,
                                        allow_warnings=True, allow_infos=True)
        kept = _filter_report(report, nodes)
        violations = violations_of(kept)
        conforms = not any(v.severity == "Violation" for v in violations)
        kept.set((next(iter(kept.subjects(RDF.type, SH.ValidationReport))), SH.conforms, Literal(conforms)))
        return GateResult(conforms=conforms, violations=violations, report_graph=kept, affected=set(nodes))

    def commit(self, change: Change, *, file: str | None = None, actor: str = "cli",
               via: str | None = None, before_apply: Callable[[], None] | None = None,
               managed: bool = False) -> GateResult:
        """Validate then apply ``change`` atomically, with its audit record (and, with
        :attr:`tombstones`, the tombstones of the resources it deletes): one transaction.

        ``before_apply`` is called once the change is valid, right before it is applied
        (under the lock); whatever it raises stops the commit. ``managed``: the server's own
        write (its ontology, reference data or tombstones), which may touch protected graphs
        (never the audit graph, which only the audit record writes).

        :raises ValidationFailed: the change breaks a shape; nothing was written.
        :raises UsageError: the change touches the audit graph or another protected graph;
            nothing was written.
        :raises StoreError: the store failed; nothing was written.
        """
        with self.lock:
            self._refuse_protected(change, managed=managed)
            self.settle()
            view = _StoreView(self.store)
            result, diff = self._check_on(change, view)
            if not result.conforms:
                raise ValidationFailed(result.violations, file=file, report_graph=result.report_graph)
            if not result.added and not result.removed and not change.drop:
                return result
            if before_apply is not None:
                before_apply()
            full = Change(replace=dict(change.replace), drop=set(change.drop), remove=list(change.remove),
                          add=list(change.add))
            buried: list[Quad] = []
            if self.tombstones is not None and result.removed:
                after = _Layer(view, diff)
                gone = self.tombstones.gone(result.removed, lambda iri: after.quads(iri))
                buried = self.tombstones.quads(gone, dt.datetime.now(dt.timezone.utc))
                full.add.extend(buried)
            if self.audit is not None:
                record_id, quads = self.audit.record(result.added + buried, result.removed, actor=actor,
                                                     file=file, via=via)
                full.add.extend(quads)
                result.change_id = record_id
            self._note(full)
            self.store.apply(full)
        return result

    def commit_many(self, changes: Sequence[Change], *, files: Sequence[str | None] | None = None,
                    actor: str = "cli", via: str | None = None,
                    before_apply: Callable[[], None] | None = None,
                    checked: Sequence["GateResult | None"] | None = None) -> list["GateResult | ValidationFailed"]:
        """Validate each change as :meth:`commit` would, then apply the accepted ones in one transaction.

        Each change is validated against the store *with the batch's earlier accepted
        changes applied* (a layer over the store, never written until the end), so the
        verdicts are those of committing the changes one by one in order, and a change
        may build on (or replace) what an earlier one wrote. The results come in the
        order of ``changes``: a :class:`GateResult` (with its audit record's id) for
        each accepted change, a :class:`ValidationFailed` (its SHACL results; nothing of
        it written) for each rejected one. ``files[i]`` names change ``i``'s source.
        ``before_apply`` is called once, if anything is to be written, right before
        the transaction (under the lock); whatever it raises stops the whole batch.
        ``checked[i]``, when not None, is change ``i``'s verdict found elsewhere on this same
        view (a bulk load's worker process, on a snapshot of the store with the batch's
        earlier changes layered over it): it is kept, only the diff is computed here (its
        ``added``/``removed`` left unsorted).

        :raises UsageError: a change touches the audit graph or another protected graph;
            nothing of the batch was written.
        :raises StoreError: the store failed; nothing of the batch was written.
        """
        if files is not None and len(files) != len(changes):
            raise UsageError(f"{len(files)} file name(s) for {len(changes)} change(s)")
        names = list(files) if files is not None else [None] * len(changes)
        with self.lock:
            for change in changes:
                self._refuse_protected(change)
            self.settle()
            pending = _Layer(_StoreView(self.store))
            out: list[GateResult | ValidationFailed] = []
            accepted: list[tuple[GateResult, str | None]] = []
            dropped: set[URIRef] = set()
            for i, (change, file) in enumerate(zip(changes, names)):
                known = checked[i] if checked is not None else None
                if known is None:
                    result, diff = self._check_on(change, pending)
                else:
                    result, diff = known, self.diff(change, pending)
                    result.added, result.removed = list(diff.added), list(diff.removed)  # the audit sorts its text
                if not result.conforms:
                    out.append(ValidationFailed(result.violations, file=file, report_graph=result.report_graph))
                    continue
                out.append(result)
                if result.added or result.removed or change.drop:
                    pending.absorb(diff)
                    dropped |= change.drop | set(change.replace)
                    accepted.append((result, file))
            if not accepted:
                return out
            if before_apply is not None:
                before_apply()
            full = _net_change(pending, dropped)
            if self.audit is not None:
                for result, file in accepted:
                    record_id, quads = self.audit.record(result.added, result.removed, actor=actor,
                                                         file=file, via=via)
                    full.add.extend(quads)
                    result.change_id = record_id
            self._note(full)
            self.store.apply(full)
        return out

    def commit_graphs(self, graphs: Sequence[tuple[URIRef, Sequence[Any]]], *,
                      files: Sequence[str | None] | None = None, actor: str = "cli", via: str | None = None,
                      wait: bool = True) -> list["GateResult | ValidationFailed"]:
        """Replace named graphs whole, each with its audit record: many graphs checked together (an import).

        ``graphs``: (graph name, its quads in the store's own terms: what
        :meth:`~osce_kg.loader.store.staging.Staging.quads` gives), distinct graphs. On the embedded
        store with compiled shapes, the batch is checked at once in the store's terms
        (:mod:`.store.batchcheck`: the same affected nodes and context as :meth:`commit`, judged on
        the state the whole batch leaves); if nothing in it breaks a shape, every graph is written
        with its own audit record naming ``files[i]`` and the graph: in one transaction, or, on an
        embedded store on disk that holds an audit graph, the graphs it does not hold (and their
        records) with its bulk loader behind its journal, then the replacements in one transaction
        (``EmbeddedStore.apply_batch``).
        Otherwise (a blocking result, another store, shapes that do not compile) the batch goes
        through :meth:`commit_many`: each graph judged over the earlier accepted ones, the
        rejected ones reported with the gate's exact results and not written, the others
        committed. Results come in the order of ``graphs``; an accepted graph's
        :class:`GateResult` carries its warnings and audit record id (its ``added``/``removed``
        are left empty: the audit record counts them).

        ``wait=False``: the write runs on a thread while the caller prepares the next
        batch; the next :meth:`commit_graphs` checks over it (a layer over the store) and
        :meth:`settle` waits for it (every other check and commit of this gate does first).

        :raises UsageError: a graph is the audit graph or another protected graph; nothing written.
        :raises StoreError: the store failed (this batch, or the one written before it); nothing of
            the failed batch was written.
        """
        names: list[str | None] = list(files) if files is not None else [None] * len(graphs)
        if len(names) != len(graphs):
            raise UsageError(f"{len(names)} file name(s) for {len(graphs)} graph(s)")
        with self.lock:
            for iri, _ in graphs:
                self._refuse_protected(Change(drop={iri}))
            out = self._commit_graphs_together(graphs, names, actor, via, wait)
        if out is None:  # a graph breaks a shape, or no check in the store's terms here: graph by graph
            return self._commit_graphs_one_by_one(graphs, names, actor, via)
        return out

    def _commit_graphs_together(self, graphs: Sequence[tuple[URIRef, Sequence[Any]]], names: list[str | None],
                                actor: str, via: str | None,
                                wait: bool) -> "list[GateResult | ValidationFailed] | None":
        """:meth:`commit_graphs` in the store's terms; None (nothing written) when the batch must go graph by graph."""
        native = self._native_batches()
        if native is None:
            self.settle()
            return None
        from .store import batchcheck

        idx, view = native
        wanted = {batchcheck.to_ox(iri) for iri, _ in graphs}
        if self._inflight is not None and wanted & self._inflight[2]:
            self.settle()  # a graph of the batch being written: read it from the store
        before = self._inflight[3] if self._inflight is not None else view
        check = batchcheck.check_replacements(self, idx, self.compiled, before,
                                              [(batchcheck.to_ox(iri), list(quads)) for iri, quads in graphs])
        if not check.conforms:
            self.settle()
            return None
        out: list[GateResult | ValidationFailed] = []
        write = batchcheck.BatchWrite()
        # graphs the store does not hold go in with the bulk loader, behind the store's journal
        # (EmbeddedStore.apply_batch); a graph that replaces one stays in the transaction, and so does
        # the batch that writes the first audit record (undoing a bulk write removes records, not graphs)
        bulk = getattr(self.store, "bulk_batches", False) and (
            self.audit is None or view.store.contains_named_graph(batchcheck.to_ox(self.audit.graph)))
        now = dt.datetime.now(dt.timezone.utc)  # one batch: its records share their time
        for (iri, _), file in zip(graphs, names):
            g = batchcheck.to_ox(iri)
            quads, existed = check.graphs[g]
            plus, minus = check.changes[g]
            result = GateResult(conforms=True, violations=check.results_of(g))
            out.append(result)
            if not plus and not minus:
                continue
            record = None
            fresh = bulk and not existed and g not in check.named
            # a new graph's quads as N-Quads once: its bulk write, and its record's text (its quads are its diff)
            text = batchcheck.graph_text(quads) if fresh else None
            if self.audit is not None:
                added_text = (batchcheck.record_text(text)
                              if text is not None and len(plus) <= batchcheck.MAX_DIFF_QUADS else None)
                result.change_id, quads_of_record = batchcheck.audit_record(self.audit, g, plus, minus, actor=actor,
                                                                            file=file, via=via, now=now,
                                                                            added_text=added_text)
                record = (batchcheck.to_ox(self.audit.iri(result.change_id)), quads_of_record)
            if fresh:
                write.fresh_graph(iri, quads, record, text)
            else:
                write.replacement(iri if existed else None, quads, record)
        self.settle()
        if write:  # the next batch is checked over this one's layer while it is written
            self._start_write(write, wanted, check.after.rebased(view, write.records))
            if wait:
                self.settle()
        return out

    def _native_batches(self) -> Any:
        """(the shapes' index in the store's terms, a view of the store) when :meth:`commit_graphs` can
        check in the store's terms (the embedded store, compiled shapes); None otherwise."""
        native_store = getattr(self.store, "native", None)
        if self.compiled is None or native_store is None or not hasattr(self.store, "apply_native"):
            return None
        from .store import batchcheck

        if self._native is None or self._native[0] is not self.compiled:
            self._native = (self.compiled, batchcheck.NativeIndex.of(self))
        return self._native[1], self._view if self._view is not None else batchcheck.StoreView(native_store)

    @contextmanager
    def batches(self, limit: int | None = None) -> Iterator[None]:
        """:meth:`commit_graphs` of many batches in a row (``osce-kg import``), this gate the store's only
        writer meanwhile: the check knows which IRIs the store cannot hold, without asking it.

        A batch's check asks the store about every subject it writes (has it quads already?) and every
        node it links to (what points at it?): one RocksDB seek of ~20 µs each, nearly always for an IRI
        the store has never seen (a new document's resources). Here the IRIs of the store's named graphs
        (as subjects and objects) are read once, if it holds at most ``limit`` quads
        (:data:`~.store.batchcheck.IRIS_READ`; a larger store is asked as before), and every write of
        this gate adds its IRIs (a batch's when its write starts, graph by graph ones with their
        records); an IRI not in the set is answered "nothing" without a seek. The set only grows, so it
        holds every IRI the store holds (a replaced graph's old ones too: those are still asked). Blank
        nodes are always asked (a SPARQL write may give them new labels). Nothing but this gate may
        write the store meanwhile (``import`` holds the store's only read-write handle).
        """
        from .store import batchcheck

        native_store = getattr(self.store, "native", None)
        if native_store is None or self.compiled is None or self._view is not None:
            yield
            return
        with self.lock:
            self.settle()
            iris = batchcheck.store_iris(native_store, batchcheck.IRIS_READ if limit is None else limit)
            self._view = batchcheck.StoreView(native_store, iris=iris)
        try:
            yield
        finally:
            self._view = None

    def _note(self, change: Change) -> None:
        """Within :meth:`batches`: the IRIs ``change`` writes join the set of the store's IRIs."""
        if self._view is None or self._view.iris is None:
            return
        from .store import batchcheck

        terms = [t for s, _, o, _ in change.add for t in (s, o)]
        terms += [t for triples in change.replace.values() for s, _, o in triples for t in (s, o)]
        self._view.note(batchcheck.to_ox(t) for t in terms if isinstance(t, URIRef))

    def _commit_graphs_one_by_one(self, graphs: Sequence[tuple[URIRef, Sequence[Any]]], names: list[str | None],
                                  actor: str, via: str | None) -> list["GateResult | ValidationFailed"]:
        from .store.embedded import to_rdflib

        changes = [Change(replace={iri: {(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
                                         for q in quads}})  # type: ignore[dict-item]  # a set serves as the Graph
                   for iri, quads in graphs]
        return self.commit_many(changes, files=names, actor=actor, via=via)

    def _start_write(self, write: Any, graphs: set, layer: Any) -> None:
        """Write a checked batch (a :class:`~.store.batchcheck.BatchWrite`) on a thread (pyoxigraph
        releases the GIL while it writes): its new graphs with the bulk loader behind the store's
        journal, the rest in one transaction."""
        failure: list[BaseException] = []
        if self._view is not None:  # batches(): what it writes joins the store's IRIs before it is written
            if layer is None:
                self._view.forget_iris()  # (GraphPipeline: its quads are not at hand; the store is asked again)
            else:
                self._view.note(layer.by_s)
                self._view.note(layer.by_o)

        def _write_batch() -> None:
            try:
                if write.fresh or write.text or write.chunks:
                    self.store.apply_batch(write.bulk_data(), write.graphs, write.subjects,  # type: ignore[attr-defined]
                                           write.add, write.drop)
                else:
                    self.store.apply_native(write.add, write.drop)  # type: ignore[attr-defined]  # _native_batches
            except BaseException as exc:  # noqa: BLE001  # raised by settle(), in the caller's thread
                failure.append(exc)

        thread = threading.Thread(target=_write_batch, name="osce-kg-gate-write", daemon=True)
        thread.start()
        self._inflight = (thread, failure, graphs, layer)

    def settle(self) -> None:
        """Wait for the batch :meth:`commit_graphs` is writing, if any.

        :raises StoreError: that write failed (nothing of it was written).
        """
        inflight, self._inflight = self._inflight, None
        if inflight is None:
            return
        thread, failure, _, _ = inflight
        thread.join()
        if failure:
            raise failure[0]

    @contextmanager
    def pipeline(self) -> Iterator["GraphPipeline | None"]:
        """:meth:`commit_graphs` with the check in a process of its own (:class:`GraphPipeline`), for as
        long as the context lasts; None where it cannot (not the embedded store on disk, shapes that
        do not compile): then call :meth:`commit_graphs`.

        :raises OsceKgError: the check process could not start.
        """
        if self._native_batches() is None or not getattr(self.store, "bulk_batches", False) \
                or not getattr(self.store, "snapshots", False):
            yield None
            return
        pipe = GraphPipeline(self)
        try:
            yield pipe
        finally:
            pipe.close()

    def commit_native(self, stale: Mapping[URIRef, Iterable[tuple[Node, Node, Node]]], native: Any, *,
                      via: str = "install", actor: str = "cli") -> None:
        """:meth:`commit` of the managed graphs ``stale`` (one change replacing them all), checked in the
        store's own terms over ``native`` (the embedded store's handle, or a remote store's local copy):
        :func:`.store.batchcheck.check_replacements` of all of them at once, as one change (0.07 s for the
        ~7,200 triples of the ontology and reference data instead of 0.2 s in rdflib terms). The same
        record and the same write as :meth:`commit` with ``managed=True``; only for shapes that compile
        (:attr:`compiled`) and with no tombstones to write (:attr:`tombstones` None).

        :raises ValidationFailed: the graphs break a shape; nothing was written.
        """
        from .store import batchcheck, rdfio

        if self.compiled is None or self.tombstones is not None:
            raise UsageError("commit_native needs compiled shapes and no tombstones")
        change = Change(replace={iri: set(triples) for iri, triples in stale.items()})  # type: ignore[misc]
        with self.lock:
            self._refuse_protected(change, managed=True)
            self.settle()
            graphs = [rdfio.native_graph(str(iri), triples) for iri, triples in change.replace.items()]
            check = batchcheck.check_replacements(self, batchcheck.NativeIndex.of(self), self.compiled,
                                                  batchcheck.StoreView(native), graphs)
            if not check.conforms:
                raise ValidationFailed(check.results)
            added = [q for g, _ in graphs for q in check.changes[g][0]]
            removed = [q for g, _ in graphs for q in check.changes[g][1]]
            if not added and not removed:
                return
            if self.audit is not None:
                _, record = self.audit.record(batchcheck.record_quads(added, removed),
                                              batchcheck.record_quads(removed, added), actor=actor, via=via)
                change.add.extend(record)
            self._note(change)
            self.store.apply(change)

    def _refuse_protected(self, change: Change, *, managed: bool = False) -> None:
        """:raises ManagedGraph: ``change`` touches a protected graph (403 on the server); a ``managed``
        (server's own) change only the audit graph."""
        audit = {self.audit.graph} if self.audit is not None else set()
        touched = sorted(change.graphs() & (audit if managed else set(self.protected)))
        if touched:
            raise ManagedGraph(self.protected[touched[0]])


@dataclass
class _Sent:
    """A batch sent to the check process, kept until it is written (it may be sent again)."""

    seq: int
    graphs: Sequence[tuple[URIRef, Sequence[Any]]]
    files: list[str | None]
    actor: str
    via: str | None
    data: bytes
    size: int
    results: list["GateResult | ValidationFailed"] = field(default_factory=list)


class GraphPipeline:
    """:meth:`Gate.commit_graphs` with the check in a process of its own, pipelined (an import's batches).

    The check of a batch (:func:`.store.batchcheck.check_replacements`) is most of a gated import's
    work, and it needs the store only to read. So this process parses, sends and writes, and a
    check process (:func:`.store.batchcheck.check_apart`) checks each batch over a snapshot of the
    store (a RocksDB checkpoint beside it) and every batch it accepted since, and makes their
    audit records: while batch *k* is written here, batch *k+1* is checked there and *k+2* parsed.

    What the gate answers does not change: a batch the check process accepts is written as
    :meth:`Gate.commit_graphs` writes it (its new graphs with the bulk loader behind the store's
    journal, by ``_write_batch``); a batch it refuses is committed here graph by graph
    (:meth:`Gate.commit_many`: the broken graph gets the gate's exact results), and the check
    process is given a new snapshot and the batches after it again. A new snapshot is also taken
    every ``Settings.import_snapshot_quads`` quads (``OSCE_KG_IMPORT_SNAPSHOT_QUADS``: bounding what the
    check process holds, ~0.5 KiB a quad) and when a batch
    names a graph a batch since the snapshot changed. Batches and records go through files beside
    the snapshots, not the pipe (which would take hundreds of hand-overs a batch, each a wait for
    the CPU on a busy machine); the pipe carries only the graphs' names and the verdicts.
    """

    def __init__(self, gate: "Gate") -> None:
        import multiprocessing
        import tempfile

        from .settings import load_settings
        from .store import batchcheck

        self.gate = gate
        #: quads checked over one snapshot before the next (read when the import starts, not at import)
        self.snapshot_quads = load_settings().import_snapshot_quads
        store: Any = gate.store
        parent = store.path.parent
        try:
            self.folder = Path(tempfile.mkdtemp(prefix=".osce-kg-import-", dir=parent))
        except OSError:
            self.folder = Path(tempfile.mkdtemp(prefix="osce-kg-import-"))
        # batches and records are handed over as files (see batchcheck._answer), each removed once read
        self.exchange = self.folder / "exchange"
        self.exchange.mkdir()
        context = multiprocessing.get_context("spawn")  # never a fork of a process with threads (RocksDB's)
        self.conn, child = context.Pipe(duplex=True)
        ontology = gate.ontology.serialize(format="nt") if gate.ontology is not None else ""
        self.process = context.Process(target=batchcheck.check_apart, name="osce-kg-import-check", daemon=True,
                                       args=(child, gate.shapes.serialize(format="nt"), ontology,
                                             gate.audit.base if gate.audit is not None else None))
        self.process.start()
        child.close()
        self.gen, self.seq, self.since = 0, 0, 0
        self.pending: deque[_Sent] = deque()
        self.writing: _Sent | None = None
        self.taken: list[Path] = []
        with gate.lock:
            self._snapshot()

    def submit(self, graphs: Sequence[tuple[URIRef, Sequence[Any]]], files: Sequence[str | None], *,
               actor: str = "cli", via: str | None = None) -> list[tuple[_Sent, list["GateResult | ValidationFailed"]]]:
        """Send a batch (as :meth:`Gate.commit_graphs` takes it) to be checked and written; returns the
        batches sent before that have been written since (each with its results, in the order of its graphs).

        :raises UsageError: a graph is the audit graph or another protected graph; nothing of this batch sent.
        :raises StoreError: the store failed (a batch sent before: nothing of it was written).
        """
        from .store import rdfio

        gate = self.gate
        with gate.lock:
            for iri, _ in graphs:
                gate._refuse_protected(Change(drop={iri}))
        landed: list[_Sent] = []
        size = sum(len(quads) for _, quads in graphs)
        if self.since and self.since + size > self.snapshot_quads:  # what the check process holds is bounded
            landed += self._drain(0)
            with gate.lock:
                landed += self._landed()
                self._snapshot()
        sent = _Sent(self.seq, graphs, list(files), actor, via,
                     rdfio.native_nquads([q for _, quads in graphs for q in quads]), size)
        self.seq += 1
        self._send(sent)
        self.pending.append(sent)
        landed += self._drain(1)
        return [(s, s.results) for s in landed]

    def finish(self) -> list[tuple[_Sent, list["GateResult | ValidationFailed"]]]:
        """Wait for every batch sent to be checked and written; returns those not returned before."""
        landed = self._drain(0)
        with self.gate.lock:
            landed += self._landed()
        return [(s, s.results) for s in landed]

    def close(self) -> None:
        """Stop the check process and remove its snapshots (a batch being written is waited for)."""
        try:
            self.gate.settle()
        finally:
            try:
                self.conn.send(("stop",))
            except OSError:
                pass
            self.process.join(10)
            if self.process.is_alive():
                self.process.terminate()
                self.process.join()
            self.conn.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # the pipeline's steps
    def _send(self, sent: _Sent) -> None:
        where = self.exchange / f"{self.gen}-{sent.seq}.nq"
        where.write_bytes(sent.data)
        self._post(("batch", self.gen, sent.seq, [str(iri) for iri, _ in sent.graphs],
                    [len(quads) for _, quads in sent.graphs], str(where), sent.files, sent.actor, sent.via))
        self.since += sent.size

    def _post(self, message: tuple) -> None:
        try:
            self.conn.send(message)
        except OSError:  # the check process is gone
            self._stopped()

    def _stopped(self) -> NoReturn:
        self.process.join(5)
        raise OsceKgError(f"the import's check process stopped (exit status {self.process.exitcode})") from None

    def _snapshot(self) -> None:
        """A new snapshot of the store (every batch written), for the check process; the batches not
        yet written are sent again (the check process forgets what it accepted)."""
        self.gate.settle()
        target = self.folder / str(len(self.taken))
        self.gate.store.snapshot(target)  # pipeline(): the embedded store
        self.taken.append(target)
        for old in self.taken[:-2]:  # the check process reads the newest (it got there in order)
            shutil.rmtree(old, ignore_errors=True)
        self.gen += 1
        self.since = 0
        self._post(("open", self.gen, str(target)))
        for sent in self.pending:
            self._send(sent)

    def _drain(self, keep: int) -> list[_Sent]:
        """Take answers until at most ``keep`` batches wait for theirs; the batches written meanwhile."""
        landed: list[_Sent] = []
        while len(self.pending) > keep:
            answer = self._answer(self.pending[0])
            with self.gate.lock:
                landed += self._apply(answer)
        return landed

    def _answer(self, sent: _Sent) -> tuple:
        while True:
            try:
                answer = self.conn.recv()
            except (EOFError, OSError):
                self._stopped()
            kind, gen, seq = answer[0], answer[1], answer[2]
            if kind == "failed":
                raise OsceKgError(f"the import's check process failed: {answer[3]}")
            if kind == "ok":  # the records it made, each graph's in a span of one file
                where = Path(answer[4])
                records = where.read_bytes()
                where.unlink()
                answer = (*answer[:3], [(existed, changed, record_id, records[start:end], warnings)
                                        for existed, changed, record_id, (start, end), warnings in answer[3]])
            if gen == self.gen and seq == sent.seq:  # else: sent before the last snapshot, and sent again
                return answer

    def _apply(self, answer: tuple) -> list[_Sent]:
        """Act on the answer to the oldest batch sent: write it, commit it graph by graph, or send again."""
        kind = answer[0]
        if kind == "stale":  # it names a graph changed since the snapshot
            landed = self._landed()
            self._snapshot()
            return landed
        sent = self.pending.popleft()
        landed = self._landed()
        if kind == "no":  # a graph breaks a shape: the gate's own results, graph by graph
            sent.results = self.gate._commit_graphs_one_by_one(sent.graphs, sent.files, sent.actor, sent.via)
            landed.append(sent)
            self._snapshot()
            return landed
        self._write(sent, answer[3])
        return landed

    def _landed(self) -> list[_Sent]:
        """The batch being written, once it is (raises what its write raised)."""
        writing, self.writing = self.writing, None
        self.gate.settle()
        return [writing] if writing is not None else []

    def _write(self, sent: _Sent, graphs: list[tuple]) -> None:
        """Start writing an accepted batch as :meth:`Gate.commit_graphs` writes it; its records came from
        the check process (as N-Quads)."""
        from .store import batchcheck, rdfio

        gate = self.gate
        native: Any = gate.store.native  # type: ignore[attr-defined]
        audit = gate.audit
        bulk = audit is None or native.contains_named_graph(batchcheck.to_ox(audit.graph))
        write = batchcheck.BatchWrite()
        changed = [(iri, quads, answer) for (iri, quads), answer in zip(sent.graphs, graphs) if answer[1]]
        sent.results = [GateResult(conforms=True, violations=list(warnings), change_id=record_id)
                        for _, _, record_id, _, warnings in graphs]
        if bulk and changed and len(changed) == len(graphs) and all(
                not answer[0] and not native.contains_named_graph(batchcheck.to_ox(iri)) for iri, _, answer in changed):
            # new graphs only: the quads as sent, and their records (the bulk loader reads N-Quads)
            write.text = sent.data + b"".join(answer[3] for _, _, answer in changed)
            write.graphs = [iri for iri, _, _ in changed]
            write.subjects = [batchcheck.to_ox(audit.iri(answer[2])) for _, _, answer in changed
                              if audit is not None and answer[2] is not None]
        else:
            for iri, quads, (existed, _, record_id, text, _) in changed:
                record = None
                if record_id is not None and audit is not None:
                    record = (batchcheck.to_ox(audit.iri(record_id)), rdfio.parse_native_nquads(text))
                if bulk and not existed and not native.contains_named_graph(batchcheck.to_ox(iri)):
                    write.fresh_graph(iri, list(quads), record)
                else:
                    write.replacement(iri if existed else None, list(quads), record)
        if write:
            gate._start_write(write, set(), None)
        self.writing = sent


def _net_change(pending: _Layer, dropped: set[URIRef]) -> Change:
    """The batch's net effect on the store as one change.

    A graph some change dropped or replaced is dropped and written again with what it
    holds at the end (blank nodes cannot be deleted one by one), so it is gone if it
    ends empty, as committing one by one leaves it; the other graphs get their net
    removals and additions.
    """
    add = list(pending.added)
    for g in dropped:
        add.extend(q for q in pending.inner.quads(g=g) if q not in pending.removed)
    return Change(drop=set(dropped), remove=[q for q in pending.removed if q[3] not in dropped], add=add)


def _quad_key(q: Quad) -> tuple[str, ...]:
    return tuple(t.n3() for t in q)


def _empty_report() -> Graph:
    report = Graph()
    node = BNode()
    report.add((node, RDF.type, SH.ValidationReport))
    report.add((node, SH.conforms, Literal(True)))
    return report


def _filter_report(report: Graph, nodes: set[Node]) -> Graph:
    """The report with only the results whose focus node is one of ``nodes``."""
    out = Graph()
    out.namespace_manager.bind("sh", SH)
    root = next(report.subjects(RDF.type, SH.ValidationReport), BNode())
    out.add((root, RDF.type, SH.ValidationReport))
    for result in report.objects(root, SH.result):
        if report.value(result, SH.focusNode) not in nodes:
            continue
        out.add((root, SH.result, result))
        _copy_cbd(report, result, out)
    return out


def _copy_cbd(source: Graph, node: Node, out: Graph) -> None:
    """``node``'s triples and those of the blank nodes it reaches (paths are blank nodes)."""
    for s, p, o in source.triples((node, None, None)):
        out.add((s, p, o))
        if isinstance(o, BNode) and (o, None, None) not in out:
            _copy_cbd(source, o, out)


def violations_of(report: Graph) -> list[Violation]:
    """The results of a SHACL validation report graph, as :class:`Violation` objects."""
    out: list[Violation] = []
    # top-level results only: nested shapes' sh:detail results explain them
    results = set(report.objects(None, SH.result)) or set(report.subjects(RDF.type, SH.ValidationResult))
    for result in results:
        def one(p: URIRef, result: Node = result) -> str | None:
            value = report.value(result, p)
            if value is None:
                return None
            if isinstance(value, BNode) and p == SH.resultPath:
                return _path_text(report, value)
            return str(value)

        severity = one(SH.resultSeverity) or str(SH.Violation)
        out.append(Violation(
            focus_node=one(SH.focusNode) or "",
            path=one(SH.resultPath),
            value=one(SH.value),
            message=one(SH.resultMessage) or "constraint violated",
            severity=severity.rsplit("#", 1)[-1],
            constraint=(one(SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1] or None,
            shape=one(SH.sourceShape),
        ))
    return sorted(out, key=lambda v: (v.focus_node, v.path or "", v.message))


def _path_text(graph: Graph, path: Node) -> str:
    """A SHACL path in SPARQL property-path syntax (``^p``, ``p/q``)."""
    if isinstance(path, URIRef):
        return f"<{path}>"
    if (inverse := graph.value(path, SH.inversePath)) is not None:
        return "^" + _path_text(graph, inverse)
    if (graph.value(path, RDF.first)) is not None:
        return "/".join(_path_text(graph, p) for p in Collection(graph, path))
    return str(path)


# ---------------------------------------------------------------------------
# the whole store, when the shapes change
# ---------------------------------------------------------------------------
@dataclass
class CheckReport:
    """What ``osce-kg check`` found."""

    graphs: int = 0
    nodes: int = 0
    violations: list[Violation] = field(default_factory=list)
    #: how the store was validated, when not with the compiled shapes (pySHACL, and why)
    note: str | None = None

    @property
    def conforms(self) -> bool:
        return not any(v.severity == "Violation" for v in self.violations)

    def summary(self) -> str:
        blocking = sum(v.severity == "Violation" for v in self.violations)
        note = f" ({self.note})" if self.note else ""
        return (f"{self.graphs} graph(s), {self.nodes} node(s) checked: {blocking} violation(s), "
                f"{len(self.violations) - blocking} warning(s){note}")


def check_store(gate: Gate, *, chunk: int = 200, progress: Callable[[int, int], None] | None = None,
                workers: int | None = None) -> CheckReport:
    """Revalidate every node of the store against the gate's shapes.

    With shapes that compile (:mod:`.store.shapecheck`) and a store that takes snapshots, the
    compiled checks read a snapshot in a few streaming passes, on up to ``workers`` cores
    (default: 2 when the machine has them); ``progress(done, total)`` follows the passes.
    Otherwise ``chunk`` graphs at a time: each chunk is one context graph (its subjects,
    their neighbours' types and nested values) validated by the compiled checks, or by
    pySHACL when the shapes do not compile (the report's ``note`` says so and why), so
    memory stays flat and the cost is linear in the store; ``progress`` after each chunk.

    :raises StoreError: the store failed.
    """
    from .store.shapecheck import check_snapshot, compile_or_none

    compiled, why = (gate.compiled, None) if gate.compiled is not None else compile_or_none(gate.shapes, gate.ontology)
    if compiled is not None:
        fast = check_snapshot(gate, compiled, workers=workers, progress=progress)
        if fast is not None:
            return fast
    skip = {gate.audit.graph} if gate.audit is not None else set()
    graphs = sorted(g for g in gate.store.named_graphs() if g not in skip)
    report = CheckReport(graphs=len(graphs))
    validated: set[Node] = set()
    for start in range(0, len(graphs), max(1, chunk)):
        nodes: set[Node] = set()
        for g in graphs[start:start + chunk]:
            nodes |= {q[0] for q in gate.store.quads(g)}
        nodes -= validated
        if nodes:
            if compiled is None:
                report.violations.extend(gate.validate_nodes(nodes).violations)
            else:
                data = gate.context_graph(nodes, _Layer(_StoreView(gate.store)), exact=True)
                report.violations.extend(compiled.validate_graph(data, nodes))
            validated |= nodes
        if progress:
            progress(min(start + chunk, len(graphs)), len(graphs))
    report.nodes = len(validated)
    if compiled is None:
        report.note = f"validated with pySHACL: the shapes use {why}, which the compiled checks do not support"
    return report
