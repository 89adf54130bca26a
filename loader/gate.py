"""The one gate every write passes: SHACL validation of the change, then an atomic commit.

How a change is checked (see ``../shared/FINDINGS.md`` for why):

1. **The diff.** The change (graphs replaced or dropped, quads removed and added) is
   reduced to the net quads it adds and removes.
2. **Affected nodes.** The subjects of every added or removed triple; the objects of
   triples whose predicate a shape walks backwards (``sh:inversePath``) or targets
   (``sh:targetObjectsOf``); and, transitively up to the shapes' nesting depth, the
   resources that point to a changed node through a path whose values the shapes look
   into (``sh:node``, nested ``sh:property``, logical and qualified shapes, sequence
   paths) or, when the node was retyped or lost triples, whose values must have a
   ``sh:class``.
3. **The context graph.** The affected nodes' triples *after* the change, their blank
   nodes, the triples pointing at them along inverse paths, the ``rdf:type`` and
   ``skos:inScheme`` of every neighbour, the full description of neighbours a nested
   shape looks into, and the ontology's class hierarchy (closed once, at start): no
   inference at validation time.
4. **Validation.** pySHACL on that small graph, *without* ``focus_nodes`` (which skips
   nested shapes in 0.40), keeping only the results about affected nodes.
5. **Commit.** One store transaction (with its audit record), or nothing.

The cost follows the change and its neighbourhood, not the size of the store.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from .errors import UsageError, ValidationFailed, Violation
from .store.base import Change, Quad, Store
from .store.embedded import to_ox, to_rdflib

if TYPE_CHECKING:
    from .audit import AuditLog

Triple = tuple[Node, Node, Node]

#: how many hops a nested shape may look into its values' values
MAX_NESTING = 3

#: shape properties whose presence on a property shape makes its values' own triples matter
_NESTED = (SH.node, SH.property, SH.qualifiedValueShape, SH["or"], SH["and"], SH.xone, SH["not"])


# ---------------------------------------------------------------------------
# what the shapes need
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ShapeIndex:
    """What the shapes look at, computed once per shapes graph."""

    #: predicates walked forwards, whose values' types matter (sh:class)
    class_forward: frozenset[URIRef]
    #: predicates walked backwards, whose subjects' types matter (sh:class)
    class_inverse: frozenset[URIRef]
    #: predicates walked forwards into values whose own triples matter
    nested_forward: frozenset[URIRef]
    #: predicates walked backwards into subjects whose own triples matter
    nested_inverse: frozenset[URIRef]
    #: every predicate walked backwards, plus sh:targetObjectsOf predicates
    inverse: frozenset[URIRef]

    @classmethod
    def of(cls, shapes: Graph) -> "ShapeIndex":
        cf: set[URIRef] = set()
        ci: set[URIRef] = set()
        nf: set[URIRef] = set()
        ni: set[URIRef] = set()
        inv: set[URIRef] = {p for p in shapes.objects(None, SH.targetObjectsOf) if isinstance(p, URIRef)}
        for shape, path in shapes.subject_objects(SH.path):
            steps = list(_path_steps(shapes, path))
            inv |= {p for p, forward, _ in steps if not forward}
            # the steps before the last of a sequence look into their values
            for p, forward, inner in steps:
                if inner:
                    (nf if forward else ni).add(p)
            last = [(p, forward) for p, forward, inner in steps if not inner]
            has_class = (shape, SH["class"], None) in shapes
            nested = any((shape, q, None) in shapes for q in _NESTED)
            for p, forward in last:
                if has_class:
                    (cf if forward else ci).add(p)
                if nested:
                    (nf if forward else ni).add(p)
        return cls(frozenset(cf), frozenset(ci), frozenset(nf), frozenset(ni), frozenset(inv))


def _path_steps(shapes: Graph, path: Node, inner: bool = False,
                forward: bool = True) -> Iterator[tuple[URIRef, bool, bool]]:
    """(predicate, walked forwards?, followed by more steps?) for every step of a SHACL path."""
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
        if (item := shapes.value(path, repeat)) is not None:
            # a repeated step walks into its own values
            yield from _path_steps(shapes, item, True, forward)
            yield from _path_steps(shapes, item, inner, forward)
            return


def class_hierarchy(ontology: Graph | None) -> Graph:
    """The ontology's ``rdfs:subClassOf`` relation, transitively closed (and its classes typed)."""
    closed = Graph()
    if ontology is None:
        return closed
    classes = set(ontology.subjects(RDFS.subClassOf, None)) | set(ontology.subjects(RDF.type, OWL.Class)) \
        | set(ontology.subjects(RDF.type, RDFS.Class))
    for cls in classes:
        for sup in ontology.transitive_objects(cls, RDFS.subClassOf):
            if sup != cls and not isinstance(sup, BNode):
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


class _After:
    """Reads the store as it will be once a diff is applied."""

    def __init__(self, store: Store, diff: Diff) -> None:
        self.store = store
        self.raw: ox.Store | None = getattr(store, "raw", None)
        self.removed = diff.removed
        self.by_subject: dict[Node, list[Quad]] = {}
        self.by_object: dict[Node, list[Quad]] = {}
        for q in diff.added:
            self.by_subject.setdefault(q[0], []).append(q)
            self.by_object.setdefault(q[2], []).append(q)

    def _base(self, s: Node | None, p: Node | None, o: Node | None) -> Iterator[Quad]:
        if self.raw is not None:
            if isinstance(s, Literal):
                return
            terms = [None if t is None else to_ox(t) for t in (s, p, o)]
            for q in self.raw.quads_for_pattern(terms[0], terms[1], terms[2], None):
                yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name)  # type: ignore[misc]
            return
        yield from _select_quads(self.store, s, p, o)

    def triples(self, s: Node | None = None, p: Node | None = None, o: Node | None = None) -> set[Triple]:
        out = {(q[0], q[1], q[2]) for q in self._base(s, p, o) if q not in self.removed}
        index = self.by_subject.get(s, ()) if s is not None else self.by_object.get(o, ()) if o is not None else ()
        for q in index:
            if (s is None or q[0] == s) and (p is None or q[1] == p) and (o is None or q[2] == o):
                out.add((q[0], q[1], q[2]))
        return out


def _select_quads(store: Store, s: Node | None, p: Node | None, o: Node | None) -> Iterator[Quad]:
    """Quad pattern lookup through SPARQL, for stores without a pyoxigraph handle."""
    terms = {"s": s, "p": p, "o": o}
    pattern = " ".join(t.n3() if t is not None else f"?{k}" for k, t in terms.items())
    for row in store.select(f"SELECT * WHERE {{ GRAPH ?g {{ {pattern} }} }}"):
        yield (s or row["s"], p or row["p"], o or row["o"], row["g"])  # type: ignore[misc]


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
    """

    def __init__(self, store: Store, shapes: Graph, ontology: Graph | None = None, *,
                 audit: "AuditLog | None" = None, lock: Any = None) -> None:
        self.store = store
        self.shapes = shapes
        self.ontology = ontology
        self.index = ShapeIndex.of(shapes)
        self.hierarchy = class_hierarchy(ontology)
        self.audit = audit
        self.lock = lock if lock is not None else threading.RLock()

    # -- the diff ------------------------------------------------------------
    def diff(self, change: Change) -> Diff:
        """The net quads ``change`` adds and removes, in the order the store applies it."""
        diff = Diff()
        for g in sorted(change.drop | set(change.replace)):
            diff.removed.update(self.store.quads(g))
        for g, graph in change.replace.items():
            for s, p, o in graph:
                self._add(diff, (s, p, o, g))
        for q in change.remove:
            if q in diff.added:
                diff.added.discard(q)
            elif q not in diff.removed and self._exists(q):
                diff.removed.add(q)
        for q in change.add:
            self._add(diff, q)
        return diff

    def _add(self, diff: Diff, q: Quad) -> None:
        if q in diff.removed:
            diff.removed.discard(q)
        elif not self._exists(q):
            diff.added.add(q)

    def _exists(self, q: Quad) -> bool:
        raw = getattr(self.store, "raw", None)
        if raw is not None:
            return ox.Quad(to_ox(q[0]), to_ox(q[1]), to_ox(q[2]), ox.NamedNode(str(q[3]))) in raw
        return self.store.ask(f"ASK {{ GRAPH {q[3].n3()} {{ {q[0].n3()} {q[1].n3()} {q[2].n3()} }} }}")

    # -- affected nodes and context ------------------------------------------
    def affected_nodes(self, diff: Diff, after: _After) -> set[Node]:
        """The nodes whose validation results the diff can change."""
        idx = self.index
        changed = diff.added | diff.removed
        subjects = {q[0] for q in changed}
        affected = set(subjects)
        affected |= {q[2] for q in changed if q[1] in idx.inverse and not isinstance(q[2], Literal)}
        retyped = {q[0] for q in changed if q[1] == RDF.type} | {q[0] for q in diff.removed}
        frontier, depth = set(subjects), 0
        while frontier and depth < MAX_NESTING:
            found: set[Node] = set()
            for node in frontier:
                found |= self._dependents(node, after, node in retyped)
            frontier = found - affected
            affected |= frontier
            depth += 1
        return affected

    def _dependents(self, node: Node, after: _After, retyped: bool) -> set[Node]:
        """Nodes whose shapes look at ``node``'s triples (or its type, if ``retyped``)."""
        idx = self.index
        forward = idx.nested_forward | (idx.class_forward if retyped else frozenset())
        inverse = idx.nested_inverse | (idx.class_inverse if retyped else frozenset())
        out: set[Node] = set()
        if forward and not isinstance(node, Literal):
            out |= {s for s, p, _ in after.triples(o=node) if p in forward}
        if inverse:
            out |= {o for _, p, o in after.triples(s=node) if p in inverse and not isinstance(o, Literal)}
        return out

    def context_graph(self, nodes: Iterable[Node], after: _After) -> Graph:
        """The affected nodes' triples after the change and what the shapes need of their neighbours."""
        idx = self.index
        data = Graph()
        data += self.hierarchy
        described: set[Node] = set()
        typed: set[Node] = set()
        todo: list[tuple[Node, int]] = [(n, 0) for n in nodes]
        while todo:
            node, depth = todo.pop()
            if node in described or isinstance(node, Literal):
                continue
            described.add(node)
            neighbours: list[tuple[Node, bool]] = []
            for s, p, o in after.triples(s=node):
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
                    for t in after.triples(s=other, p=RDF.type) | after.triples(s=other, p=SKOS.inScheme):
                        data.add(t)
        return data

    # -- check and commit ----------------------------------------------------
    def check(self, change: Change, *, file: str | None = None) -> GateResult:
        """Validate ``change`` against the shapes; never writes.

        :raises UsageError: the change touches the audit graph.
        """
        self._refuse_audit_graph(change)
        diff = self.diff(change)
        after = _After(self.store, diff)
        affected = self.affected_nodes(diff, after)
        result = self.validate_nodes(affected, after)
        result.added, result.removed = sorted(diff.added, key=_quad_key), sorted(diff.removed, key=_quad_key)
        return result

    def validate_nodes(self, nodes: set[Node], after: "_After | None" = None) -> GateResult:
        """Validate ``nodes`` (as they are, or as they will be after ``after``'s diff)."""
        after = after or _After(self.store, Diff())
        if not nodes:
            return GateResult(conforms=True, report_graph=_empty_report())
        data = self.context_graph(nodes, after)
        _, report, _ = pyshacl.validate(data, shacl_graph=self.shapes, inference="none", advanced=True,
                                        allow_warnings=True, allow_infos=True)
        kept = _filter_report(report, nodes)
        violations = violations_of(kept)
        conforms = not any(v.severity == "Violation" for v in violations)
        kept.set((next(iter(kept.subjects(RDF.type, SH.ValidationReport))), SH.conforms, Literal(conforms)))
        return GateResult(conforms=conforms, violations=violations, report_graph=kept, affected=set(nodes))

    def commit(self, change: Change, *, file: str | None = None, actor: str = "cli",
               via: str | None = None) -> GateResult:
        """Validate then apply ``change`` atomically, with its audit record.

        :raises ValidationFailed: the change breaks a shape; nothing was written.
        :raises UsageError: the change touches the audit graph; nothing was written.
        :raises StoreError: the store failed; nothing was written.
        """
        with self.lock:
            result = self.check(change, file=file)
            if not result.conforms:
                raise ValidationFailed(result.violations, file=file, report_graph=result.report_graph)
            if not result.added and not result.removed and not change.drop:
                return result
            full = Change(replace=dict(change.replace), drop=set(change.drop), remove=list(change.remove),
                          add=list(change.add))
            if self.audit is not None:
                record_id, quads = self.audit.record(result.added, result.removed, actor=actor,
                                                     file=file, via=via)
                full.add.extend(quads)
                result.change_id = record_id
            self.store.apply(full)
        return result

    def _refuse_audit_graph(self, change: Change) -> None:
        if self.audit is not None and self.audit.graph in change.graphs():
            raise UsageError(f"the audit graph <{self.audit.graph}> is written by the server only")


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
        def one(p: URIRef) -> str | None:
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
