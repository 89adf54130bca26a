"""SHACL shapes compiled to Python checks over pyoxigraph: the same results as pySHACL, much faster.

It reads pyoxigraph's own terms and stores (no conversion per quad, which is where the speed
comes from), so it lives behind the store boundary, beside the embedded store it reads.

pySHACL validates ~2,000-4,000 quads/s of osce-kg's data per core (see
``../shared/FINDINGS.md``); a restore of a million quads would spend minutes in it. The
shapes osce-kg ships use a small part of SHACL Core, so they are compiled once into plain
Python checks that read the store directly:

* :meth:`CompiledShapes.validate_store` validates a whole pyoxigraph store in a few
  streaming passes (one over the ``rdf:type`` quads, one per predicate the shapes look at),
  with no context graph and no report graph: what ``osce-kg check`` and ``import --restore`` need.
  :func:`validate_snapshot` does it on a store folder nobody writes (a snapshot), sharing
  the shapes between this process and a worker process.
* :class:`Collector` gathers what the shapes read from a stream of quads (``import --restore``
  reads every line of a dump once to check it) and validates the whole dataset from memory.
* :meth:`CompiledShapes.validate_view` validates a change's affected nodes as the gate's
  context graph would hold them, reading the gate's view of the store after the change
  (what ``Gate.validate_nodes`` runs when ``gate.compiled`` is set);
  :meth:`CompiledShapes.validate_graph` validates the focus nodes of an rdflib graph (a
  context graph) exactly as ``pyshacl.validate`` would.
* :meth:`CompiledShapes.validate_nodes` validates given nodes through any :class:`Reader`.

Semantics follow pySHACL 0.40 (the oracle; ``tests/test_shapecheck.py`` compares both on
the corpora and on many broken documents): the data graph is the union of all graphs
(a triple in two graphs counts once), ``sh:targetClass`` and ``sh:class`` follow the
ontology's ``rdfs:subClassOf`` (closed once, as :func:`osce_kg.loader.gate.class_hierarchy` does: the
gate puts that closure in every data graph), datatypes are checked for well-formedness
the way rdflib reads literals, results carry the shape's ``sh:severity`` and
``sh:message``.

What compiles: targets ``sh:targetClass``, ``sh:targetNode``, ``sh:targetSubjectsOf``,
``sh:targetObjectsOf``; IRI paths (no inverse, sequence or other
complex paths); ``sh:property``, ``sh:class``, ``sh:datatype``, ``sh:nodeKind``,
``sh:minCount``, ``sh:maxCount``, ``sh:minLength``, ``sh:maxLength``, ``sh:pattern``
(``sh:flags``), ``sh:uniqueLang``, ``sh:in``, ``sh:hasValue``, ``sh:minInclusive``,
``sh:maxInclusive``, ``sh:minExclusive``, ``sh:maxExclusive``, ``sh:or``, ``sh:node``,
``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount``/``sh:qualifiedMaxCount``,
``sh:deactivated``, ``sh:severity``, ``sh:message``. Anything else (``sh:target``, a shape
that is a class, complex paths, ``sh:closed``, ``sh:sparql``, ``sh:not``, ``sh:and``,
``sh:xone``, property pairs, ``sh:languageIn``...) raises :class:`Unsupported` naming it:
callers then validate with pySHACL, and say so (:func:`compile_or_none`).

API (stable; ``loader/pipeline.py`` and ``loader/importer.py`` use it)::

    compiled = compile_shapes(shapes_graph, ontology_graph)     # or compile_or_none(...)
    violations = compiled.validate_store(pyoxigraph_store, skip_graphs={audit_graph})
    violations = compiled.validate_graph(rdflib_graph, nodes)    # the gate's context graph
    violations = compiled.validate_view(gate, nodes, after, links)  # the gate's view, no graph built
    violations = validate_snapshot(compiled, snapshot_path, skip_graphs=..., workers=2, progress=...)
    collector = compiled.collector(skip_suffix="/graph/audit"); collector.add_all(quads)
    violations = collector.validate(skip_graphs=[audit_graph])

Every result is a :class:`~osce_kg.loader.errors.Violation` as
:func:`osce_kg.loader.gate.violations_of` builds it from a pySHACL report (``focus_node``,
``path`` the IRI, ``value``, ``message``, ``severity``
``Violation``/``Warning``/``Info``, ``constraint`` such as ``MinCountConstraintComponent``,
``shape``), sorted the same way.
"""
from __future__ import annotations

import datetime
import decimal
import multiprocessing
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Protocol, Sequence

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import Node

from ..errors import Violation
from .embedded import to_ox, to_rdflib

if TYPE_CHECKING:
    from ..gate import CheckReport, Gate, _Layer

__all__ = ["Unsupported", "CompiledShapes", "Collector", "Reader", "GraphReader", "GateReader", "StoreReader",
           "compile_shapes",
           "compile_or_none", "validate_snapshot", "check_snapshot", "result_key"]

#: a pyoxigraph term (NamedNode, BlankNode, Literal): the checks read the store's own terms
Term = Any

RDF_TYPE = ox.NamedNode(str(RDF.type))
XSD_STRING = ox.NamedNode(str(XSD.string))
RDF_LANGSTRING = ox.NamedNode(str(RDF.langString))

#: shape properties that are only annotations (no constraint)
_ANNOTATIONS = frozenset({RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group,
                          SH.defaultValue, SH.deactivated, RDFS.label, RDFS.comment, RDFS.seeAlso,
                          RDFS.isDefinedBy, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
                          SH.targetObjectsOf, SH.property, SH.path})
#: constraint parameters compiled here (others raise Unsupported)
_SUPPORTED = frozenset({SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minLength,
                        SH.maxLength, SH.pattern, SH.flags, SH.uniqueLang, SH["in"], SH.hasValue,
                        SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH["or"],
                        SH.node, SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount})
_SHAPE_TYPES = frozenset({SH.NodeShape, SH.PropertyShape, SH.Shape})


class Unsupported(ValueError):
    """The shapes use something the compiler does not handle (the message names it): use pySHACL."""


# ---------------------------------------------------------------------------
# reading data
# ---------------------------------------------------------------------------
class Reader(Protocol):
    """What the checks read: a node's distinct values along a predicate, and its types (pyoxigraph terms)."""

    def values(self, node: Term, predicate: ox.NamedNode) -> set: ...

    def types(self, node: Term) -> set: ...

    def subjects(self, predicate: ox.NamedNode, node: Term) -> bool:
        """Whether ``node`` is the object of a ``predicate`` triple."""

    def cleared(self, node: Term, predicate: ox.NamedNode) -> bool:
        """Whether every shape's constraints on ``node``'s ``predicate`` values are known to pass."""


class GraphReader:
    """An rdflib graph (the gate's context graph) seen as pyoxigraph terms."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def values(self, node: Term, predicate: ox.NamedNode) -> set:
        return {to_ox(o) for o in self.graph.objects(to_rdflib(node), URIRef(predicate.value))}

    def types(self, node: Term) -> set:
        return self.values(node, RDF_TYPE)

    def subjects(self, predicate: ox.NamedNode, node: Term) -> bool:
        return (None, URIRef(predicate.value), to_rdflib(node)) in self.graph

    def cleared(self, node: Term, predicate: ox.NamedNode) -> bool:
        return False


@lru_cache(maxsize=1 << 16)
def _ox_iri(term: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _ox(term: Node) -> Term:
    """``to_ox``, IRIs cached (the same classes, States and predicates recur in every document)."""
    return _ox_iri(term) if type(term) is URIRef else to_ox(term)


class GateReader:
    """The gate's view of the store after a change, read as its context graph would hold it.

    The focus nodes' descriptions are :meth:`osce_kg.loader.gate.Gate.context_graph`'s (a hub is read only
    along what its shapes look at, as far as their verdict needs); any other node's values
    and types are read in full from the view (``after``, a ``gate._Layer``). Memoized: the
    view does not change during one validation.
    """

    def __init__(self, gate: "Gate", nodes: Iterable[Node], after: "_Layer", links: Mapping | None,
                 exact: bool) -> None:
        self.gate, self.after, self.links, self.exact = gate, after, links or {}, exact
        self.focus = set(nodes)
        self._described: dict[Node, dict[Node, set]] = {}
        self._types: dict[Node, set] = {}
        self.memo: dict = {}

    def _description(self, node: Node) -> dict[Node, set]:
        found = self._described.get(node)
        if found is None:
            triples = self.after.triples(s=node) if self.exact else \
                self.gate._description(node, self.after, self.links)
            found = {}
            for _, p, o in triples:
                found.setdefault(p, set()).add(_ox(o))
            self._described[node] = found
        return found

    def values(self, node: Term, predicate: ox.NamedNode) -> set:
        if isinstance(node, ox.Literal):
            return set()
        n, p = to_rdflib(node), URIRef(predicate.value)
        if n in self.focus:
            return self._description(n).get(p, set())
        if p == RDF.type:
            found = self._types.get(n)
            if found is None:
                found = self._types[n] = {_ox(t) for _, _, t in self.after.types(n, self.gate.classes)}
            return found
        return {_ox(o) for _, _, o in self.after.triples(s=n, p=p)}

    def types(self, node: Term) -> set:
        return self.values(node, RDF_TYPE)

    def subjects(self, predicate: ox.NamedNode, node: Term) -> bool:
        return self.after.has(None, URIRef(predicate.value), to_rdflib(node))

    def cleared(self, node: Term, predicate: ox.NamedNode) -> bool:
        return False


class StoreReader:
    """A pyoxigraph store, read lookup by lookup (the union of its graphs)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def values(self, node: Term, predicate: ox.NamedNode) -> set:
        if isinstance(node, ox.Literal):
            return set()
        return {q.object for q in self.store.quads_for_pattern(node, predicate, None, None)}

    def types(self, node: Term) -> set:
        return self.values(node, RDF_TYPE)

    def subjects(self, predicate: ox.NamedNode, node: Term) -> bool:
        return any(True for _ in self.store.quads_for_pattern(None, predicate, node, None))

    def cleared(self, node: Term, predicate: ox.NamedNode) -> bool:
        return False


class _PrefetchReader:
    """Values read in bulk for the focus nodes (``table[p][node]``), types for every node; lookups otherwise."""

    def __init__(self, store: ox.Store, types: Mapping[Term, set], table: Mapping[ox.NamedNode, dict],
                 cleared: set | frozenset = frozenset()) -> None:
        self.store = store
        self._types = types
        self.table = table
        #: predicates whose column holds only the subjects SPARQL found suspect (the others pass)
        self._cleared = cleared
        self.memo: dict = {}

    def values(self, node: Term, predicate: ox.NamedNode) -> set:
        if predicate == RDF_TYPE:
            return self.types(node)
        column = self.table.get(predicate)
        if column is not None:
            found = column.get(node)
            if found is not None:
                return found
            if predicate not in self._cleared:
                return _EMPTY
            found = column[node] = {q.object for q in self.store.quads_for_pattern(node, predicate, None, None)}
            return found
        if isinstance(node, ox.Literal):
            return set()
        return {q.object for q in self.store.quads_for_pattern(node, predicate, None, None)}

    def types(self, node: Term) -> set:
        return self._types.get(node, _EMPTY)

    def cleared(self, node: Term, predicate: ox.NamedNode) -> bool:
        return predicate in self._cleared and node not in self.table[predicate]

    def subjects(self, predicate: ox.NamedNode, node: Term) -> bool:
        return any(True for _ in self.store.quads_for_pattern(None, predicate, node, None))


_EMPTY: set = frozenset()  # type: ignore[assignment]  # read only: an empty set nobody adds to


# ---------------------------------------------------------------------------
# literals as rdflib reads them (pySHACL checks rdflib values)
# ---------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def _rdflib_literal(term: ox.Literal) -> Literal:
    return to_rdflib(term)  # type: ignore[return-value]


def _key(term: Term) -> Term:
    """What makes two values one in an rdflib graph (rdflib normalizes typed literals' lexical forms)."""
    if isinstance(term, ox.Literal) and not term.language and term.datatype != XSD_STRING:
        return _rdflib_literal(term)
    return term


def _distinct(values: set) -> int:
    """How many values an rdflib graph holds (only typed literals other than strings can merge)."""
    if any(type(v) is ox.Literal and not v.language and v.datatype != XSD_STRING for v in values):
        return len({_key(v) for v in values})
    return len(values)


def _datatype_ok(value: Term, datatype: URIRef) -> bool:
    """pySHACL's DatatypeConstraintComponent on one value."""
    if type(value) is ox.Literal and value.language:
        return _tagged_datatype_ok(value.language, datatype)
    return _value_datatype_ok(value, datatype)


@lru_cache(maxsize=4096)
def _tagged_datatype_ok(language: str, datatype: URIRef) -> bool:
    """:func:`_datatype_ok` of any literal tagged ``language``: rdflib reads such a literal's value as its
    text, whatever it is, so the verdict is one per tag (decided on a stand-in; a bulk load's titles,
    bodies and the reference data's names in 40 languages were each made an rdflib literal for it)."""
    return _value_datatype_ok(ox.Literal("x", language=language), datatype)


@lru_cache(maxsize=65536)
def _value_datatype_ok(value: Term, datatype: URIRef) -> bool:
    if not isinstance(value, ox.Literal):
        return False
    lit = _rdflib_literal(value)
    if lit.datatype == datatype:
        if getattr(lit, "ill_typed", None) is True:
            return False
        return _actual_datatype_ok(lit.value, datatype)
    if datatype == RDFS.Literal:
        return True
    if datatype == RDFS.Datatype and lit.datatype:
        return True
    if lit.datatype is None and lit.language is None and datatype == XSD.string:
        return isinstance(lit.value, (str, bytes))
    if datatype == RDF.langString and lit.language:
        return isinstance(lit.value, (str, bytes))
    return False


def _actual_datatype_ok(value: object, datatype: URIRef) -> bool:
    """pySHACL 0.40's ``DatatypeConstraintComponent._assert_actual_datatype``, the same tests: importing
    it imports all of pySHACL (~0.25 s of every bulk load's start, for a check that needs none of it)."""
    if datatype in (XSD.string, RDF.langString):
        return isinstance(value, (str, bytes))
    kind = _ACTUAL_TYPES.get(datatype)
    return kind is None or isinstance(value, kind)  # other datatypes: pySHACL assumes they pass


_ACTUAL_TYPES: dict[URIRef, type] = {XSD.integer: int, XSD.float: float, XSD.decimal: decimal.Decimal,
                                     XSD.boolean: bool, XSD.date: datetime.date, XSD.time: datetime.time,
                                     XSD.dateTime: datetime.datetime}


def _string_of(value: Term) -> str | None:
    """pySHACL's string of a value node (None: a blank node, which fails string constraints)."""
    if isinstance(value, ox.BlankNode):
        return None
    if isinstance(value, ox.NamedNode):
        return value.value
    if value.language or value.datatype == XSD_STRING:
        return value.value  # rdflib reads these as they are written
    lit = _rdflib_literal(value)
    if lit.value is not None and lit.datatype in _STRING_TYPES:
        return str(lit.value)
    return str(lit)


_STRING_TYPES = (None, RDF.langString, XSD.string)


def _compare(value: Term, bound: Literal) -> int | None:
    """``value`` against ``bound`` as pySHACL compares them (None: not comparable, which fails)."""
    if not isinstance(value, ox.Literal):
        return None
    lit = _rdflib_literal(value)
    if isinstance(bound.value, str) != isinstance(lit.value, str):
        return None
    try:
        return _compare_literal(lit, bound)
    except (TypeError, NotImplementedError):
        return None


def _compare_literal(l1: Literal, l2: Literal) -> int:
    """pySHACL 0.40's ``rdfutil.compare.compare_literal``, the same steps (importing it imports all of
    pySHACL: ~0.25 s of every bulk load's start)."""
    if l1.eq(l2):
        return 0
    # not equal, and no TypeError or NotImplementedError: the datatypes are comparable
    if l1.value.__class__ in (datetime.datetime, datetime.time):
        if l1.value == l2.value:
            return 0
        if l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


# ---------------------------------------------------------------------------
# the compiled shapes
# ---------------------------------------------------------------------------
@dataclass
class _Shape:
    """One shape: its value constraints (on its value nodes), and for a property shape its path and counts."""

    node: Node
    path: ox.NamedNode | None
    severity: str
    message: str | None
    #: (component name, check(value) -> bool): every value node must pass
    value_checks: list[tuple[str, Callable[..., bool]]] = field(default_factory=list)
    #: (component name, check(values, reader) -> number of results)
    set_checks: list[tuple[str, Callable[..., int]]] = field(default_factory=list)
    properties: list["_Shape"] = field(default_factory=list)
    #: nested shapes a value must conform to: (component, kind 'or'/'node', shapes, the accepted types
    #: when every shape is one sh:class and nothing else: a value conforms when it has one of them)
    nested: list[tuple[str, str, list["_Shape"], frozenset | None]] = field(default_factory=list)
    #: sh:class checks (component ClassConstraintComponent): the accepted types of each class
    classes: list[frozenset] = field(default_factory=list)
    #: SPARQL conditions on ``?o`` true for every value that may fail a value constraint (a
    #: superset: Python judges the subjects they find); None when a constraint has no such filter
    filters: list[str] | None = field(default_factory=list)
    min_count: int | None = None
    max_count: int | None = None
    unique_lang: bool = False

    def predicates(self) -> set[ox.NamedNode]:
        """The predicates of a focus node this shape reads (its property paths, and nested shapes' on the node)."""
        out: set[ox.NamedNode] = set()
        if self.path is not None:
            out.add(self.path)
            return out
        for prop in self.properties:
            out |= prop.predicates()
        for _, _, inner, _ in self.nested:
            for shape in inner:
                out |= shape.predicates()
        return out

    def only_class(self) -> frozenset | None:
        """The accepted types when this shape is one ``sh:class`` and nothing else (None otherwise)."""
        if self.path is None and len(self.classes) == 1 and not (
                self.value_checks or self.set_checks or self.properties or self.nested):
            return self.classes[0]
        return None


def _conforms(shape: _Shape, node: Term, reader: Reader) -> bool:
    """Whether ``node`` conforms to ``shape`` (a shape nested in sh:or, sh:node, qualified counts).

    Memoized per reader when it has a ``memo`` dict (a reader whose data does not change)."""
    memo = getattr(reader, "memo", None)
    if memo is not None:
        key = (id(shape), node)
        hit = memo.get(key)
        if hit is None:
            values = reader.values(node, shape.path) if shape.path is not None else {node}
            memo[key] = hit = not any(True for _ in _failures(shape, node, values, reader))
        return hit
    values = reader.values(node, shape.path) if shape.path is not None else {node}
    return not any(True for _ in _failures(shape, node, values, reader))


def _failures(shape: _Shape, focus: Term, values: set, reader: Reader) -> Iterator[tuple[str, Term, _Shape]]:
    """(component, value or None, shape) for every result ``shape`` gives ``focus`` (its ``values``)."""
    for name, check in shape.set_checks:
        for _ in range(check(values, reader)):
            yield name, None, shape
    for accepted in shape.classes:
        for v in values:
            if isinstance(v, ox.Literal) or accepted.isdisjoint(reader.types(v)):
                yield "ClassConstraintComponent", v, shape
    for name, value_check in shape.value_checks:
        for v in values:
            if not value_check(v):
                yield name, v, shape
    for name, kind, inner, only in shape.nested:
        if only is not None:
            for v in values:
                if isinstance(v, ox.Literal) or only.isdisjoint(reader.types(v)):
                    yield name, v, shape
            continue
        for v in values:
            ok = any(_conforms(s, v, reader) for s in inner) if kind == "or" else \
                all(_conforms(s, v, reader) for s in inner)
            if not ok:
                yield name, v, shape
    for prop in shape.properties:
        for v in values:
            if not reader.cleared(v, prop.path):  # type: ignore[arg-type]  # a property has a path
                yield from _failures(prop, v, reader.values(v, prop.path), reader)  # type: ignore[arg-type]


class CompiledShapes:
    """The shapes as Python checks. Build with :func:`compile_shapes`."""

    def __init__(self, shapes: list[_Shape], targets: dict[ox.NamedNode, list[_Shape]], *,
                 shapes_nt: str = "", ontology_nt: str = "", nodes: Mapping[Term, list[_Shape]] | None = None,
                 subjects_of: Mapping[Term, list[_Shape]] | None = None,
                 objects_of: Mapping[Term, list[_Shape]] | None = None) -> None:
        self.shapes = shapes
        #: sh:targetNode node -> shapes; sh:targetSubjectsOf / sh:targetObjectsOf predicate -> shapes
        self.nodes = dict(nodes or {})
        self.subjects_of = dict(subjects_of or {})
        self.objects_of = dict(objects_of or {})
        #: a shape targeted by sh:targetClass only -> the types of its focus nodes (subclasses included)
        self.class_targets: dict[int, set] = {}
        for cls, bucket in targets.items():
            for shape in bucket:
                self.class_targets.setdefault(id(shape), set()).add(cls)
        for table in (self.nodes, self.subjects_of, self.objects_of):
            for bucket in table.values():
                for shape in bucket:
                    self.class_targets.pop(id(shape), None)
        #: the shapes and ontology they were compiled from, as N-Triples (a worker process compiles them again)
        self.shapes_nt, self.ontology_nt = shapes_nt, ontology_nt
        #: a class -> the targeted shapes its instances are focus nodes of (subclasses included)
        self.targets = targets

    # -- which shapes a node is a focus node of ------------------------------
    def shapes_of(self, types: Iterable) -> list[_Shape]:
        """The shapes whose sh:targetClass selects a node of these types."""
        out: list[_Shape] = []
        for t in types:
            for shape in self.targets.get(t, ()):
                if shape not in out:
                    out.append(shape)
        return out

    def targeting(self, node: Term, reader: Reader) -> list[_Shape]:
        """Every shape whose targets select ``node`` (its types, itself, the triples it is subject or object of)."""
        out = self.shapes_of(reader.types(node))
        extra = list(self.nodes.get(node, ()))
        extra += [shape for p, shapes in self.subjects_of.items() if reader.values(node, p) for shape in shapes]
        extra += [shape for p, shapes in self.objects_of.items() if reader.subjects(p, node) for shape in shapes]
        for shape in extra:
            if shape not in out:
                out.append(shape)
        return out

    # -- evaluation ----------------------------------------------------------
    def check_node(self, node: Term, reader: Reader, shapes: Sequence[_Shape] | None = None) -> list[Violation]:
        """The results for one focus node (``shapes``: those it is a focus node of; default: by its types)."""
        out: list[Violation] = []
        for shape in shapes if shapes is not None else self.targeting(node, reader):
            for name, value, source in _failures(shape, node, {node}, reader) if shape.path is None else \
                    _failures(shape, node, reader.values(node, shape.path), reader):
                out.append(_violation(node, source, name, value))
        return out

    def validate_nodes(self, nodes: Iterable, reader: Reader) -> list[Violation]:
        """Validate ``nodes`` (pyoxigraph terms) through ``reader``; the results sorted as the gate sorts them."""
        out: list[Violation] = []
        for node in nodes:
            if not isinstance(node, ox.Literal):
                out.extend(self.check_node(node, reader))
        return _sorted(out)

    def validate_graph(self, graph: Graph, nodes: Iterable[Node] | None = None) -> list[Violation]:
        """Validate an rdflib graph as ``pyshacl.validate`` would (without inference), keeping the results
        about ``nodes`` (default: every node). The graph's own ``rdfs:subClassOf`` triples are not read:
        the ontology given to :func:`compile_shapes` decides the hierarchy (the gate puts it in its graphs)."""
        reader = GraphReader(graph)
        if nodes is None:
            focus = {to_ox(s) for s in graph.subjects(RDF.type, None)}
        else:
            focus = {to_ox(n) for n in nodes if not isinstance(n, Literal)}
        return self.validate_nodes(focus, reader)

    def validate_view(self, gate: "Gate", nodes: Iterable[Node], after: "_Layer", links: Mapping | None = None, *,
                      exact: bool = False) -> list[Violation]:
        """Validate ``nodes`` (rdflib terms) as the gate would on its context graph of ``after`` (a
        ``gate._Layer``: the store with a change applied), reading the view directly (:class:`GateReader`):
        what ``Gate.validate_nodes`` runs when ``gate.compiled`` is set."""
        nodes = [n for n in nodes if not isinstance(n, Literal)]
        return self.validate_nodes([_ox(n) for n in nodes], GateReader(gate, nodes, after, links, exact))

    def every_path(self) -> set[ox.NamedNode]:
        """Every predicate any shape reads, on focus nodes or on their values (nested shapes too)."""
        out: set[ox.NamedNode] = set()
        seen: set[int] = set()
        todo = list(self.shapes)
        while todo:
            shape = todo.pop()
            if id(shape) in seen:
                continue
            seen.add(id(shape))
            if shape.path is not None:
                out.add(shape.path)
            todo.extend(shape.properties)
            for _, _, inner, _ in shape.nested:
                todo.extend(inner)
        return out | set(self.subjects_of) | set(self.objects_of)

    def collector(self, skip_graphs: Iterable[object] = (), *, skip_suffix: str | None = None) -> "Collector":
        """A :class:`Collector` for these shapes: validate quads as they stream past (a restore's check pass)."""
        return Collector(self, skip_graphs, skip_suffix=skip_suffix)

    def predicates(self, shapes: Iterable[_Shape] | None = None) -> set[ox.NamedNode]:
        out: set[ox.NamedNode] = set()
        for shape in shapes if shapes is not None else self.shapes:
            out |= shape.predicates()
        return out

    def validate_store(self, store: ox.Store, *, skip_graphs: Iterable[object] = (),
                       part: tuple[int, int] = (0, 1), progress: Callable[[int, int], None] | None = None,
                       stats: dict | None = None) -> list[Violation]:
        """Validate every node of a pyoxigraph store (as ``osce-kg check`` does, all at once).

        The focus nodes are the typed subjects of any graph but ``skip_graphs`` (the audit
        log: its own nodes are not validated, as :func:`osce_kg.loader.gate.check_store` skips them); their
        values are read from the union of all graphs. One pass over the ``rdf:type`` quads,
        then one pass per predicate the shapes read, keeping only focus nodes' values.
        ``part=(i, n)`` validates only the ``i``-th of ``n`` shares of the shapes (a worker's
        half); ``progress(done, total)`` is called after each predicate pass and at the end;
        ``stats["nodes"]`` gets the number of focus nodes (of all the shapes, not only this share).
        """
        skip = {_ox_graph(g) for g in skip_graphs}
        types: dict[Term, set] = {}
        real: set = set()  # subjects with a type quad outside the skipped graphs
        for q in store.quads_for_pattern(None, RDF_TYPE, None, None):
            s = q.subject
            bucket = types.get(s)
            if bucket is None:
                types[s] = bucket = set()
            bucket.add(q.object)
            if skip and q.graph_name not in skip:
                real.add(s)
        extra: dict[Term, list[_Shape]] = {}  # focus nodes of the other targets
        for node, shapes in self.nodes.items():
            extra.setdefault(node, []).extend(shapes)
        for p, shapes in self.subjects_of.items():
            for q in store.quads_for_pattern(None, p, None, None):
                extra.setdefault(q.subject, []).extend(shapes)
        for p, shapes in self.objects_of.items():
            for q in store.quads_for_pattern(None, p, None, None):
                extra.setdefault(q.object, []).extend(shapes)
        return self._finish(store, types, real, extra, skip, part, progress, stats,
                            lambda s: _subject_outside(store, s, skip))

    def _finish(self, store: "ox.Store | None", types: dict, real: set, extra: dict, skip: set,
                part: tuple[int, int], progress: Callable[[int, int], None] | None, stats: dict | None,
                outside: Callable[[Term], bool], table: dict | None = None) -> list[Violation]:
        """The focus nodes (typed ones in ``types``, the other targets' in ``extra``) validated; their
        values read from ``store`` predicate by predicate, or given (``table``: every predicate read)."""
        mine = [s for i, s in enumerate(self.shapes) if i % part[1] == part[0]]
        chosen = set(map(id, mine))
        focus: dict[Term, list[_Shape]] = {}
        counted: set = set()
        for s, ts in types.items():
            if isinstance(s, ox.Literal):
                continue
            every = self.shapes_of(ts)
            if every and (not skip or s in real or outside(s)):
                counted.add(s)
                shapes = [shape for shape in every if id(shape) in chosen]
                if shapes:
                    focus[s] = shapes
        for node, shapes in extra.items():
            # as check_store: the subjects of the graphs it checks, nothing else
            if isinstance(node, ox.Literal) or not outside(node):
                continue
            counted.add(node)
            its = focus.setdefault(node, [])
            for shape in shapes:
                if id(shape) in chosen and shape not in its:
                    its.append(shape)
            if not its:
                del focus[node]
        if stats is not None:
            stats["nodes"] = len(counted)
        wanted: dict[ox.NamedNode, set] = {}
        reads: dict[tuple[int, ...], set[ox.NamedNode]] = {}
        for s, shapes in focus.items():
            key = tuple(map(id, shapes))
            preds = reads.get(key)
            if preds is None:
                reads[key] = preds = self.predicates(shapes)
            for p in preds:
                wanted.setdefault(p, set()).add(s)
        wanted.pop(RDF_TYPE, None)
        cleared: set[ox.NamedNode] = set()
        total = len(wanted) + 1
        if table is not None:  # every value is here already
            wanted = {}
        table = {} if table is None else table
        for i, (p, subjects) in enumerate(sorted(wanted.items(), key=lambda kv: kv[0].value)):
            assert store is not None, "values to read need a store"
            column: dict[Term, set] = {}
            suspects = self._suspects(store, p, mine) if self.prefilter and store is not None else None
            if suspects is not None:  # only the subjects SPARQL finds suspect are read and judged
                cleared.add(p)
                for s in suspects:
                    if s in subjects:
                        column[s] = {q.object for q in store.quads_for_pattern(s, p, None, None)}
            else:
                for q in store.quads_for_pattern(None, p, None, None):
                    s = q.subject
                    if s in subjects:
                        bucket = column.get(s)
                        if bucket is None:
                            column[s] = bucket = set()
                        bucket.add(q.object)
            table[p] = column
            if progress:
                progress(i + 1, total)
        reader = _PrefetchReader(store, types, table, cleared)  # type: ignore[arg-type]
        out: list[Violation] = []
        for s, shapes in focus.items():
            out.extend(self.check_node(s, reader, shapes))
        if progress:
            progress(total, total)
        return _sorted(out)

    #: pre-filter predicates with SPARQL (see :meth:`_suspects`); off: every value is read and judged in Python
    prefilter = True

    def _suspects(self, store: ox.Store, p: ox.NamedNode, shapes: list[_Shape]) -> set | None:
        """The subjects whose ``p`` values may break a shape, found by SPARQL; None: read them all.

        Oxigraph evaluates the filters without making a Python object per quad, and returns a
        superset of the subjects with a result on ``p`` (each condition is true for every value
        that may fail, and counts are over distinct terms, which rdflib can only merge further);
        Python then judges those subjects exactly. Only for predicates whose property shapes
        (on shapes targeted by class) all have only such filters and no count: SPARQL's class
        tests and counts measured slower than reading the values (0.63 s vs 0.19 s for osce:mentions
        at 200,000 quads); a filter on the kind of node, 4x faster (0.055 s vs 0.198 s).
        """
        props: list[tuple[_Shape, _Shape]] = []
        for root in shapes:
            for prop in (root.properties if root.path is None else [root]):
                if prop.path == p:
                    props.append((root, prop))
        if not props or any(prop.filters is None or prop.classes or prop.nested or prop.min_count
                            or prop.max_count is not None or prop.unique_lang or id(root) not in self.class_targets
                            or root.path is not None for root, prop in props):
            return None  # measured: a class test (NOT EXISTS) or a count in SPARQL costs more than reading
        queries = []
        iri = f"<{p.value}>"
        conditions = sorted({c for _, prop in props for c in prop.filters or ()})
        if conditions:
            queries.append(f"SELECT DISTINCT ?s WHERE {{ ?s {iri} ?o FILTER({' || '.join(conditions)}) }}")
        highs = [prop.max_count for _, prop in props if prop.max_count is not None]
        if highs:
            queries.append(f"SELECT ?s WHERE {{ ?s {iri} ?o }} GROUP BY ?s HAVING (COUNT(DISTINCT ?o) > {min(highs)})")
        if any(prop.unique_lang for _, prop in props):
            queries.append(f"SELECT DISTINCT ?s WHERE {{ ?s {iri} ?a . ?s {iri} ?b FILTER(?a != ?b && LANG(?a) != \"\" "
                           f"&& LCASE(LANG(?a)) = LCASE(LANG(?b))) }}")
        needed = set()
        for root, prop in props:
            if prop.min_count:
                needed |= self.class_targets[id(root)]
        if needed:
            types = " ".join(f"<{t.value}>" for t in sorted(needed, key=lambda t: t.value))
            queries.append(f"SELECT DISTINCT ?s WHERE {{ VALUES ?t {{ {types} }} ?s a ?t "
                           f"FILTER NOT EXISTS {{ ?s {iri} ?any }} }}")
        out: set = set()
        for query in queries:
            out.update(row[0] for row in store.query(query, use_default_graph_as_union=True))  # type: ignore[union-attr]  # a SELECT
        return out


_VERSION_INFO = ox.NamedNode(str(OWL.versionInfo))


class Collector:
    """The values the shapes read, gathered from a stream of quads; then the whole dataset validated.

    ``import --restore`` reads every quad of the dump once to check it before the bulk load;
    fed to :meth:`add` there, the same quads give the validation all it needs, so the loaded
    store is not read again (reading a million quads back out of RocksDB cost ~12 s of CPU,
    more than the checks). Memory: the values of the predicates the shapes read (every
    subject's), the types, the subjects. :meth:`validate` gives what
    :meth:`CompiledShapes.validate_store` gives on a store holding the same quads.
    """

    def __init__(self, compiled: CompiledShapes, skip_graphs: Iterable[object] = (), *,
                 skip_suffix: str | None = None) -> None:
        self.compiled = compiled
        self.skip = {_ox_graph(g) for g in skip_graphs}
        #: graphs whose IRI ends so are kept apart, to be skipped or not when :meth:`validate` knows
        #: (a dump's audit graph, before its base is known)
        self.suffix = skip_suffix
        self.apart: dict[Term, tuple[set, set]] = {}  # graph -> (its subjects, its typed subjects)
        self.types: dict[Term, set] = {}
        self.real: set = set()  # subjects with a type quad outside the skipped graphs
        self.outside: set = set()  # subjects of a quad outside the skipped graphs
        self.columns: dict[ox.NamedNode, dict[Term, set]] = {p: {} for p in compiled.every_path() if p != RDF_TYPE}
        self.objects: dict[ox.NamedNode, set] = {p: set() for p in compiled.objects_of}
        self.quads = 0
        #: the graphs that state their own owl:versionInfo (an ontology graph names the base it was made under)
        self.versioned: set[str] = set()

    def add(self, quad: ox.Quad) -> None:
        """Take one quad into account."""
        self.quads += 1
        s, p, g = quad.subject, quad.predicate, quad.graph_name
        kept = g not in self.skip
        if kept and self.suffix is not None and type(g) is ox.NamedNode and g.value.endswith(self.suffix):
            apart = self.apart.get(g)
            if apart is None:
                apart = self.apart[g] = (set(), set())
            apart[0].add(s)
            if p == RDF_TYPE:
                apart[1].add(s)
            kept = False
        if kept:
            self.outside.add(s)
        if p == _VERSION_INFO and s == g:
            self.versioned.add(s.value)  # type: ignore[union-attr]  # an IRI: it names a graph
        if p == RDF_TYPE:
            bucket = self.types.get(s)
            if bucket is None:
                self.types[s] = bucket = set()
            bucket.add(quad.object)
            if kept:
                self.real.add(s)
            return
        column = self.columns.get(p)
        if column is not None:
            bucket = column.get(s)
            if bucket is None:
                column[s] = bucket = set()
            bucket.add(quad.object)
            if p in self.objects:
                self.objects[p].add(quad.object)

    def add_all(self, quads: Iterable[Term]) -> None:
        """:meth:`add` for every quad of ``quads`` (one tight loop: the restore feeds it a million quads)."""
        types, outside, real, columns, objects = self.types, self.outside, self.real, self.columns, self.objects
        skip, suffix, apart, versioned = self.skip, self.suffix, self.apart, self.versioned
        kinds: dict = {}  # graph -> 0 skipped, 1 kept, 2 kept apart
        rdf_type, version_info, named = RDF_TYPE, _VERSION_INFO, ox.NamedNode
        n = 0
        for quad in quads:
            n += 1
            s, p, g = quad.subject, quad.predicate, quad.graph_name
            kind = kinds.get(g)
            if kind is None:
                kind = kinds[g] = 0 if g in skip else 2 if (
                    suffix is not None and type(g) is named and g.value.endswith(suffix)) else 1
            if kind == 1:
                outside.add(s)
            elif kind == 2:
                bucket = apart.get(g)
                if bucket is None:
                    bucket = apart[g] = (set(), set())
                bucket[0].add(s)
                if p == rdf_type:
                    bucket[1].add(s)
            if p == rdf_type:
                found = types.get(s)
                if found is None:
                    types[s] = found = set()
                found.add(quad.object)
                if kind == 1:
                    real.add(s)
                continue
            column = columns.get(p)
            if column is not None:
                found = column.get(s)
                if found is None:
                    column[s] = found = set()
                o = quad.object
                found.add(o)
                if p in objects:
                    objects[p].add(o)
            elif p == version_info and s == g:
                versioned.add(s.value)
        self.quads += n

    def validate(self, compiled: CompiledShapes | None = None, *, skip_graphs: Iterable[object] = (),
                 progress: Callable[[int, int], None] | None = None, stats: dict | None = None) -> list[Violation]:
        """The results for every focus node of what was added (``compiled``: the same shapes, compiled
        again, e.g. under the dump's own base; they must read no other predicate). ``skip_graphs``:
        those of the graphs kept apart (``skip_suffix``) whose own nodes are not validated.

        :raises Unsupported: ``compiled`` reads a predicate that was not gathered.
        """
        compiled = compiled or self.compiled
        missing = compiled.every_path() - set(self.columns) - {RDF_TYPE}
        if missing:
            raise Unsupported(f"the shapes read {sorted(p.value for p in missing)[0]}, which was not gathered")
        extra: dict[Term, list[_Shape]] = {}
        for node, shapes in compiled.nodes.items():
            extra.setdefault(node, []).extend(shapes)
        for p, shapes in compiled.subjects_of.items():
            for s in self.columns[p]:
                extra.setdefault(s, []).extend(shapes)
        for p, shapes in compiled.objects_of.items():
            for o in self.objects.get(p, ()):
                extra.setdefault(o, []).extend(shapes)
        skip = self.skip | {_ox_graph(g) for g in skip_graphs}
        outside, real = self.outside, self.real
        for g, (subjects, typed) in self.apart.items():
            if g not in skip:
                outside, real = outside | subjects, real | typed
        return compiled._finish(None, self.types, real, extra, skip or {None}, (0, 1), progress, stats,
                                outside.__contains__, table=self.columns)


def _subject_outside(store: ox.Store, s: Term, skip: set) -> bool:
    """Whether ``s`` is the subject of a quad in a graph not in ``skip`` (lazy: stops at the first)."""
    return any(q.graph_name not in skip for q in store.quads_for_pattern(s, None, None, None))


def _ox_graph(g: Term) -> Term:
    return g if isinstance(g, (ox.NamedNode, ox.BlankNode, ox.DefaultGraph)) else ox.NamedNode(str(g))


def _violation(focus: Term, shape: _Shape, component: str, value: Term) -> Violation:
    path = shape.path.value if shape.path is not None else None
    return Violation(
        focus_node=_text(focus),
        path=path,
        value=_text(value) if value is not None else None,
        message=shape.message or _generic_message(component, shape),
        severity=shape.severity,
        constraint=component,
        shape=str(shape.node),
    )


def _text(term: Term) -> str:
    if isinstance(term, ox.Literal):
        return str(_rdflib_literal(term))
    return term.value


def _generic_message(component: str, shape: _Shape) -> str:
    where = f" on {shape.path.value}" if shape.path is not None else ""
    return f"{component.replace('ConstraintComponent', '')} constraint not met{where}"


def _sorted(violations: list[Violation]) -> list[Violation]:
    return sorted(violations, key=lambda v: (v.focus_node, v.path or "", v.message))


def result_key(v: Violation) -> tuple[str, str | None, str | None, str]:
    """(focus node, path, constraint component, severity): what the equivalence with pySHACL is judged on."""
    return (v.focus_node, v.path, v.constraint, v.severity)


# ---------------------------------------------------------------------------
# compiling
# ---------------------------------------------------------------------------
def compile_shapes(shapes: Graph, ontology: Graph | None = None) -> CompiledShapes:
    """Compile a shapes graph (with the ontology's class hierarchy) into checks.

    :raises Unsupported: the shapes use a feature this compiler does not handle (named in
        the message); validate with pySHACL instead.
    """
    from ..gate import class_hierarchy

    hierarchy = class_hierarchy(ontology)
    compiler = _Compiler(shapes, hierarchy)
    if (None, SH.target, None) in shapes:
        raise Unsupported("SHACL-AF targets (sh:target)")
    for cls in (RDFS.Class, OWL.Class):
        for node in shapes.subjects(RDF.type, cls):
            if any((node, RDF.type, t) in shapes for t in _SHAPE_TYPES):
                raise Unsupported(f"a shape that is a class (implicit target): {node}")
    targets: dict[ox.NamedNode, list[_Shape]] = {}
    by_target: dict[URIRef, dict[Term, list[_Shape]]] = {SH.targetNode: {}, SH.targetSubjectsOf: {},
                                                          SH.targetObjectsOf: {}}
    roots: list[_Shape] = []

    def put(table: dict, key: object, shape: _Shape) -> None:
        bucket = table.setdefault(key, [])
        if shape not in bucket:
            bucket.append(shape)

    targeted = set(shapes.subjects(SH.targetClass, None))
    for kind in by_target:
        targeted |= set(shapes.subjects(kind, None))
    for node in sorted(targeted, key=str):
        if _deactivated(shapes, node):
            continue
        shape = compiler.shape(node)
        roots.append(shape)
        for target in shapes.objects(node, SH.targetClass):
            if not isinstance(target, URIRef):
                raise Unsupported(f"sh:targetClass {target!r} is not an IRI")
            for sub in {target} | set(hierarchy.subjects(RDFS.subClassOf, target)):
                put(targets, ox.NamedNode(str(sub)), shape)
        for kind, table in by_target.items():
            for value in shapes.objects(node, kind):
                if kind != SH.targetNode and not isinstance(value, URIRef):
                    raise Unsupported(f"{kind.n3(shapes.namespace_manager)} {value!r} is not an IRI")
                put(table, to_ox(value), shape)
    return CompiledShapes(roots, targets, shapes_nt=shapes.serialize(format="nt"),
                          ontology_nt=ontology.serialize(format="nt") if ontology is not None else "",
                          nodes=by_target[SH.targetNode], subjects_of=by_target[SH.targetSubjectsOf],
                          objects_of=by_target[SH.targetObjectsOf])


def compile_or_none(shapes: Graph, ontology: Graph | None = None) -> tuple[CompiledShapes | None, str | None]:
    """(the compiled shapes, None), or (None, why not: validate with pySHACL)."""
    try:
        return compile_shapes(shapes, ontology), None
    except Unsupported as exc:
        return None, str(exc)


def _deactivated(shapes: Graph, node: Node) -> bool:
    return any(isinstance(v, Literal) and v.value is True for v in shapes.objects(node, SH.deactivated))


class _Compiler:
    def __init__(self, shapes: Graph, hierarchy: Graph) -> None:
        self.g = shapes
        self.hierarchy = hierarchy
        self.done: dict[Node, _Shape] = {}

    def accepted(self, cls: Node) -> frozenset:
        """The types whose instances are instances of ``cls``: it and its subclasses."""
        return frozenset(ox.NamedNode(str(c)) for c in {cls} | set(self.hierarchy.subjects(RDFS.subClassOf, cls))
                         if isinstance(c, URIRef))

    def one(self, node: Node, p: URIRef) -> Any:
        values = list(self.g.objects(node, p))
        if len(values) > 1:
            raise Unsupported(f"{len(values)} values of {p} on shape {node}")
        return values[0] if values else None

    def shape(self, node: Node) -> _Shape:
        if node in self.done:
            return self.done[node]
        g = self.g
        for p in set(g.predicates(node, None)):
            if str(p).startswith(str(SH)) and p not in _ANNOTATIONS and p not in _SUPPORTED:
                raise Unsupported(f"{p.n3(g.namespace_manager)} on shape {node}")
        path = g.value(node, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported(f"a complex sh:path (inverse, sequence or other) on shape {node}")
        severity = g.value(node, SH.severity) or SH.Violation
        messages = list(g.objects(node, SH.message))
        shape = _Shape(node, ox.NamedNode(str(path)) if path is not None else None,
                       str(severity).rsplit("#", 1)[-1], str(messages[0]) if messages else None)
        self.done[node] = shape
        self._constraints(shape, node)
        for prop in sorted(g.objects(node, SH.property), key=str):
            if _deactivated(g, prop):
                continue
            if g.value(prop, SH.path) is None:
                raise Unsupported(f"sh:property {prop} has no sh:path")
            shape.properties.append(self.shape(prop))
        return shape

    def _constraints(self, shape: _Shape, node: Node) -> None:
        g, one = self.g, self.one
        filters: list[str] = []
        spoiled = False
        if (cls_values := list(g.objects(node, SH["class"]))):
            shape.classes.extend(self.accepted(c) for c in cls_values)
            filters.extend(_class_filter(self.accepted(c)) for c in cls_values)
        if (dt := one(node, SH.datatype)) is not None:
            shape.value_checks.append(("DatatypeConstraintComponent", lambda v, dt=dt: _datatype_ok(v, dt)))
            if dt == RDF.langString:
                filters.append('!(isLiteral(?o) && LANG(?o) != "")')
            elif dt == XSD.string:
                filters.append(f'!(isLiteral(?o) && LANG(?o) = "" && DATATYPE(?o) = <{XSD.string}>)')
            else:  # well-formedness as rdflib reads it: every value is read
                spoiled = True
        if (kind := one(node, SH.nodeKind)) is not None:
            shape.value_checks.append(("NodeKindConstraintComponent", _node_kind(kind)))
            filters.append(_KIND_FILTERS[kind])
        if (n := one(node, SH.minLength)) is not None:
            low = int(n)
            shape.value_checks.append(("MinLengthConstraintComponent",
                                       lambda v, low=low: low == 0 or _long_enough(v, low)))
            if low > 0:
                filters.append(f'(isBlank(?o) || STRLEN(STR(?o)) < {low} || (isLiteral(?o) && LANG(?o) = "" '
                               f'&& DATATYPE(?o) != <{XSD.string}>))')
        for param in (SH.maxLength, SH.pattern, SH["in"], SH.minInclusive, SH.maxInclusive, SH.minExclusive,
                      SH.maxExclusive, SH.node, SH.hasValue, SH.qualifiedValueShape):
            if (node, param, None) in g:
                spoiled = True
        if (n := one(node, SH.maxLength)) is not None:
            high = int(n)
            shape.value_checks.append(("MaxLengthConstraintComponent",
                                       lambda v, high=high: (s := _string_of(v)) is not None and len(s) <= high))
        flags = one(node, SH.flags)
        for pattern in g.objects(node, SH.pattern):
            shape.value_checks.append(("PatternConstraintComponent", _pattern(pattern, flags)))
        if (lst := one(node, SH["in"])) is not None:
            allowed = {_key(to_ox(t)) for t in Collection(g, lst)}
            shape.value_checks.append(("InConstraintComponent", lambda v, allowed=allowed: _key(v) in allowed))
        for param, name, ok in ((SH.minInclusive, "MinInclusiveConstraintComponent", lambda c: c >= 0),
                                (SH.maxInclusive, "MaxInclusiveConstraintComponent", lambda c: c <= 0),
                                (SH.minExclusive, "MinExclusiveConstraintComponent", lambda c: c > 0),
                                (SH.maxExclusive, "MaxExclusiveConstraintComponent", lambda c: c < 0)):
            for bound in g.objects(node, param):
                if not isinstance(bound, Literal):
                    raise Unsupported(f"a non-literal {param} on shape {node}")
                shape.value_checks.append(
                    (name, lambda v, bound=bound, ok=ok: (c := _compare(v, bound)) is not None and ok(c)))
        for lst in g.objects(node, SH["or"]):
            members = [self.shape(s) for s in Collection(g, lst)]
            accepted = [m.only_class() for m in members]
            classes = [a for a in accepted if a is not None]
            union = frozenset().union(*classes) if members and len(classes) == len(accepted) else None
            shape.nested.append(("OrConstraintComponent", "or", members, union))
            if any(m.filters is None or m.path is not None or m.properties or m.nested or m.set_checks
                   for m in members):
                spoiled = True
            elif all(m.filters for m in members):  # a member with no constraint: the sh:or never fails
                filters.append("(" + " && ".join("(" + " || ".join(m.filters) + ")" for m in members) + ")")  # type: ignore[arg-type]
        shape.filters = None if spoiled else filters
        for inner in g.objects(node, SH.node):
            shape.nested.append(("NodeConstraintComponent", "node", [self.shape(inner)], None))
        if shape.path is None:
            for p in (SH.minCount, SH.maxCount, SH.uniqueLang, SH.qualifiedValueShape, SH.hasValue):
                if (node, p, None) in g:
                    raise Unsupported(f"{p.n3(g.namespace_manager)} on node shape {node}")
            return
        if (n := one(node, SH.minCount)) is not None:
            low = shape.min_count = int(n)
            shape.set_checks.append(("MinCountConstraintComponent",
                                     lambda vs, r, low=low: int(len(vs) < low or (low > 1 and _distinct(vs) < low))))
        if (n := one(node, SH.maxCount)) is not None:
            high = shape.max_count = int(n)
            shape.set_checks.append(("MaxCountConstraintComponent",
                                     lambda vs, r, high=high: int(len(vs) > high and _distinct(vs) > high)))
        if (flag := one(node, SH.uniqueLang)) is not None and isinstance(flag, Literal) and flag.value is True:
            shape.unique_lang = True
            shape.set_checks.append(("UniqueLangConstraintComponent", lambda vs, r: _duplicate_langs(vs)))
        for value in g.objects(node, SH.hasValue):
            wanted = _key(to_ox(value))
            shape.set_checks.append(("HasValueConstraintComponent",
                                     lambda vs, r, wanted=wanted: int(wanted not in {_key(v) for v in vs})))
        if (qvs := one(node, SH.qualifiedValueShape)) is not None:
            if (node, SH.qualifiedValueShapesDisjoint, None) in g:
                raise Unsupported(f"sh:qualifiedValueShapesDisjoint on shape {node}")
            qualified_shape = self.shape(qvs)
            low, high = one(node, SH.qualifiedMinCount), one(node, SH.qualifiedMaxCount)

            def qualified(vs: set, r: Reader, inner: _Shape = qualified_shape, low=low, high=high) -> int:
                n = sum(1 for v in vs if _conforms(inner, v, r))
                return int((low is not None and n < int(low)) or (high is not None and n > int(high)))

            if low is not None and high is not None:
                raise Unsupported(f"both qualified counts on shape {node}")
            name = "QualifiedMinCountConstraintComponent" if low is not None else "QualifiedMaxCountConstraintComponent"
            shape.set_checks.append((name, qualified))


def _long_enough(value: Term, low: int) -> bool:
    text = _string_of(value)
    return text is not None and len(text) >= low


def _class_filter(accepted: frozenset) -> str:
    types = " ".join(f"<{t.value}>" for t in sorted(accepted, key=lambda t: t.value))
    return f"(isLiteral(?o) || NOT EXISTS {{ VALUES ?t {{ {types} }} ?o a ?t }})"


_KIND_FILTERS = {SH.IRI: "!isIRI(?o)", SH.BlankNode: "!isBlank(?o)", SH.Literal: "!isLiteral(?o)",
                 SH.BlankNodeOrIRI: "isLiteral(?o)", SH.BlankNodeOrLiteral: "isIRI(?o)", SH.IRIOrLiteral: "isBlank(?o)"}


def _duplicate_langs(values: set) -> int:
    seen: set[str] = set()
    dups: set[str] = set()
    for v in values:
        if isinstance(v, ox.Literal) and v.language:
            low = v.language.lower()
            (dups if low in seen else seen).add(low)
    return len(dups)


def _node_kind(kind: Node) -> Callable[[Term], bool]:
    allowed = {
        SH.IRI: (ox.NamedNode,), SH.BlankNode: (ox.BlankNode,), SH.Literal: (ox.Literal,),
        SH.BlankNodeOrIRI: (ox.NamedNode, ox.BlankNode), SH.BlankNodeOrLiteral: (ox.BlankNode, ox.Literal),
        SH.IRIOrLiteral: (ox.NamedNode, ox.Literal),
    }.get(kind)  # type: ignore[call-overload]
    if allowed is None:
        raise Unsupported(f"sh:nodeKind {kind}")
    return lambda v: isinstance(v, allowed)


def _pattern(pattern: Node, flags: Node | None) -> Callable[[Term], bool]:
    if not isinstance(pattern, Literal):
        raise Unsupported(f"a non-literal sh:pattern {pattern!r}")
    re_flags = 0
    if flags is not None:
        text = str(flags).lower()
        re_flags |= (re.I if "i" in text else 0) | (re.M if "m" in text else 0)
    source = str(pattern.value) if pattern.value is not None and len(pattern.value) > 1 else str(pattern)
    matcher = re.compile(source, re_flags)

    def check(v: Term) -> bool:
        s = _string_of(v)
        return s is not None and (matcher.match(s) is not None or matcher.search(s) is not None)

    return check


# ---------------------------------------------------------------------------
# both cores: half the shapes in a worker over a read-only snapshot
# ---------------------------------------------------------------------------
def _worker_validate(path: str, shapes_nt: str, ontology_nt: str, skip: list[str],
                     part: tuple[int, int]) -> list[Violation]:
    """A worker's share: compile the shapes again (they do not pickle), open the snapshot read-only."""
    shapes = Graph().parse(data=shapes_nt, format="nt")
    ontology = Graph().parse(data=ontology_nt, format="nt") if ontology_nt else None
    store = ox.Store.read_only(path)
    try:
        return compile_shapes(shapes, ontology).validate_store(store, skip_graphs=skip, part=part)
    finally:
        del store


def validate_snapshot(compiled: CompiledShapes, path: str, *, skip_graphs: Iterable[object] = (),
                      workers: int = 2, progress: Callable[[int, int], None] | None = None,
                      stats: dict | None = None) -> list[Violation]:
    """:meth:`CompiledShapes.validate_store` on the store folder at ``path``, on up to two cores.

    ``path`` must not be written meanwhile: a snapshot (:meth:`.embedded.EmbeddedStore.snapshot`,
    a RocksDB checkpoint), or a store whose writer is flushed and idle. It is opened read-only
    here and, with ``workers`` > 1, in one worker process (spawned: RocksDB handles do not
    survive a fork) that validates every other shape while this process does the rest.
    ``progress(done, total)`` follows this process's passes.
    """
    skip = [str(getattr(g, "value", g)) for g in skip_graphs]
    store = ox.Store.read_only(str(path))
    try:
        if workers <= 1:
            return compiled.validate_store(store, skip_graphs=skip, progress=progress, stats=stats)
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            future = pool.submit(_worker_validate, str(path), compiled.shapes_nt, compiled.ontology_nt, skip, (1, 2))
            mine = compiled.validate_store(store, skip_graphs=skip, part=(0, 2), progress=progress, stats=stats)
            theirs = future.result()
        return _sorted(mine + theirs)
    finally:
        del store


def _idle_cores() -> int:
    """2 when this machine has two cores and one of them is idle, else 1: the worker process buys
    time only on an idle core (on a busy machine its start-up and its own type pass cost more)."""
    import os

    cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except OSError:
        busy = 0.0
    return 2 if cores >= 2 and busy <= cores - 1 else 1


def check_snapshot(gate: "Gate", compiled: CompiledShapes, *, workers: int | None = None,
                   progress: Callable[[int, int], None] | None = None) -> "CheckReport | None":
    """``osce-kg check`` with the compiled shapes: the gate's store validated on a snapshot of it.

    The snapshot (a RocksDB checkpoint: hard links, so it is made beside the store) is
    taken at once and read while writers go on; the audit graph's own nodes are skipped,
    as :func:`osce_kg.loader.gate.check_store` skips them. ``workers``: processes (default 2 when the
    machine has 2 cores and one is idle, else 1). None when the store takes no snapshots (in memory, remote):
    check it chunk by chunk instead.

    :raises StoreError: the store failed.
    """
    import shutil
    import tempfile
    from pathlib import Path

    from ..errors import StoreError
    from ..gate import CheckReport

    store = gate.store
    path = getattr(store, "path", None)
    if not getattr(store, "snapshots", False) or path is None:
        return None
    skip = [gate.audit.graph] if gate.audit is not None else []
    graphs = [g for g in store.named_graphs() if g not in skip]
    workers = _idle_cores() if workers is None else workers
    try:
        folder = Path(tempfile.mkdtemp(prefix=".osce-kg-check-", dir=Path(path).parent))
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="osce-kg-check-"))
    try:
        try:
            store.snapshot(folder / "snapshot")
        except (StoreError, OSError, RuntimeError):  # no snapshot here: the caller checks chunk by chunk
            return None
        stats: dict = {}
        violations = validate_snapshot(compiled, str(folder / "snapshot"), skip_graphs=skip, workers=workers,
                                       progress=progress, stats=stats)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return CheckReport(graphs=len(graphs), nodes=stats.get("nodes", 0), violations=violations)
