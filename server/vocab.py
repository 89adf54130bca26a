"""Documentation of the ontology and the shapes, generated from the graphs themselves.

``/ontology`` and ``/shapes`` show what these build; no hand-written term list exists.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from osce_kg.loader.iri import Minter
from osce_kg.loader.settings import Settings
from osce_kg.loader.store.base import Store

from .describe import SH, labels_and_types
from .present import local_name

CLASS_TYPES = (OWL.Class, RDFS.Class)
PROPERTY_TYPES = {OWL.ObjectProperty: "object property", OWL.DatatypeProperty: "datatype property",
                  OWL.AnnotationProperty: "annotation property", RDF.Property: "property"}


def ontology_graph(minter: Minter, store: Store | None = None) -> Graph:
    """The ontology as the loader has it (falls back to the copy in the store)."""
    try:
        from osce_kg.loader import mapping

        return mapping.ontology_graph(minter)
    except (ImportError, AttributeError, FileNotFoundError):
        return store.graph(minter.graph("ontology")) if store is not None else Graph()


def shapes_graph(minter: Minter, settings: Settings | None = None) -> Graph:
    """The SHACL shapes in force, as the gate uses them: the packaged ones and the deployment's
    (``--shapes``, ``--shapes-replace`` in ``settings``); empty when not available."""
    try:
        from osce_kg.loader import mapping
        from osce_kg.loader.deployment import deployment_shapes

        return deployment_shapes(minter, settings) if settings is not None else mapping.shapes_graph(minter)
    except (ImportError, AttributeError, FileNotFoundError):
        return Graph()


@dataclass
class Term:
    """One class or property, as the documentation shows it."""

    iri: URIRef
    kind: str
    label: str
    definition: str | None = None
    parents: list[URIRef] = field(default_factory=list)
    domain: list[URIRef] = field(default_factory=list)
    range: list[URIRef] = field(default_factory=list)
    inverse: list[URIRef] = field(default_factory=list)
    equivalent: list[URIRef] = field(default_factory=list)
    usage: int = 0
    examples: list[URIRef] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return local_name(str(self.iri))


def _text(graph: Graph, node: Node, *props: URIRef) -> str | None:
    for prop in props:
        values = [o for o in graph.objects(node, prop) if isinstance(o, Literal)]
        if values:
            return str(min(values, key=lambda lit: (lit.language not in (None, "en"), str(lit))))
    return None


def _iris(graph: Graph, node: Node, prop: URIRef) -> list[URIRef]:
    """Objects of ``prop``; an owl:unionOf blank node is opened into its members."""
    out: list[URIRef] = []
    for o in graph.objects(node, prop):
        if isinstance(o, URIRef):
            out.append(o)
        elif isinstance(o, BNode):
            union = graph.value(o, OWL.unionOf)
            if union is not None:
                out.extend(x for x in Collection(graph, union) if isinstance(x, URIRef))
    return sorted(out)


def ontology_terms(onto: Graph, namespace: str) -> list[Term]:
    """Every class and property defined under ``namespace``, classes first, by label."""
    terms: list[Term] = []
    seen: set[URIRef] = set()
    for kind_iri, kind in [(c, "class") for c in CLASS_TYPES] + list(PROPERTY_TYPES.items()):
        for s in onto.subjects(RDF.type, kind_iri):
            if not isinstance(s, URIRef) or not str(s).startswith(namespace) or s in seen:
                continue
            seen.add(s)
            parent_prop = RDFS.subClassOf if kind == "class" else RDFS.subPropertyOf
            terms.append(Term(
                iri=s, kind=kind, label=_text(onto, s, RDFS.label, SKOS.prefLabel) or local_name(str(s)),
                definition=_text(onto, s, SKOS.definition, RDFS.comment, DCTERMS.description),
                parents=_iris(onto, s, parent_prop), domain=_iris(onto, s, RDFS.domain),
                range=_iris(onto, s, RDFS.range),
                inverse=_iris(onto, s, OWL.inverseOf), equivalent=_iris(onto, s, OWL.equivalentClass)
                + _iris(onto, s, OWL.equivalentProperty)))
    return sorted(terms, key=lambda t: (t.kind != "class", t.label.lower()))


def add_usage(terms: list[Term], store: Store, per_term: int = 3) -> Graph:
    """Fill in how often each term is used and a few example resources; returns their labels."""
    classes = [t.iri for t in terms if t.kind == "class"]
    props = [t.iri for t in terms if t.kind != "class"]
    counts: dict[URIRef, int] = {}
    if classes:
        values = " ".join(c.n3() for c in classes)
        rows = store.select(f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?s a ?c }} "
                            "GROUP BY ?c")
        counts.update({c: int(str(r["n"])) for r in rows if isinstance(c := r.get("c"), URIRef)})
    if props:
        values = " ".join(p.n3() for p in props)
        rows = store.select(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }} GROUP BY ?p")
        counts.update({p: int(str(r["n"])) for r in rows if isinstance(p := r.get("p"), URIRef)})
    linked: set[URIRef] = set()
    for term in terms:
        term.usage = counts.get(term.iri, 0)
        if not term.usage:
            continue
        pattern = f"?s a {term.iri.n3()}" if term.kind == "class" else f"?s {term.iri.n3()} ?o"
        # no ORDER BY: oxigraph sorts slowly, and the store's own order is stable for the same data
        rows = store.select(f"SELECT DISTINCT ?s WHERE {{ {pattern} FILTER(isIRI(?s)) }} LIMIT {per_term}")
        term.examples = [r["s"] for r in rows]  # type: ignore[misc]
        linked.update(term.examples)
    g = Graph()
    for t in labels_and_types(store, linked):
        g.add(t)
    return g


@dataclass
class ShapeProperty:
    path: str
    path_iri: URIRef | None
    constraints: list[tuple[str, list[Node]]]
    message: str | None = None
    severity: str | None = None


@dataclass
class Shape:
    iri: Node
    label: str
    targets: list[URIRef]
    properties: list[ShapeProperty]
    message: str | None = None
    closed: bool = False

    @property
    def anchor(self) -> str:
        return local_name(str(self.iri))


#: constraint parameters shown in the shapes documentation, in this order
SHAPE_PARAMS = (SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH.node, SH.pattern,
                SH.minLength, SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.hasValue, SH.languageIn,
                SH.uniqueLang, SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount)


def _path_text(shapes: Graph, path: Node | None) -> tuple[str, URIRef | None]:
    if path is None:  # a property shape without a path (malformed): nothing to show
        return "", None
    if isinstance(path, URIRef):
        return local_name(str(path)), path
    inverse = shapes.value(path, SH.inversePath)
    if isinstance(inverse, URIRef):
        return "^" + local_name(str(inverse)), inverse
    if shapes.value(path, RDF.first) is not None:
        return " / ".join(_path_text(shapes, p)[0] for p in Collection(shapes, path)), None
    alt = shapes.value(path, SH.alternativePath)
    if alt is not None:
        return " | ".join(_path_text(shapes, p)[0] for p in Collection(shapes, alt)), None
    return "(complex path)", None


def _constraints(shapes: Graph, node: Node) -> list[tuple[str, list[Node]]]:
    out: list[tuple[str, list[Node]]] = []
    for param in SHAPE_PARAMS:
        values = sorted(shapes.objects(node, param), key=str)
        if values:
            out.append((local_name(str(param)), values))
    for listed in (SH["in"], SH["or"]):
        for head in shapes.objects(node, listed):
            members = list(Collection(shapes, head))
            if listed == SH["or"]:  # show the alternatives' class or datatype
                members = [shapes.value(m, SH["class"]) or shapes.value(m, SH.datatype) or m for m in members]
            out.append((local_name(str(listed)), members))
    return out


def shapes_doc(shapes: Graph) -> list[Shape]:
    """Every node shape with its targets and property constraints."""
    out: list[Shape] = []
    for s in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        props: list[ShapeProperty] = []
        for ps in shapes.objects(s, SH.property):
            path_text, path_iri = _path_text(shapes, shapes.value(ps, SH.path))
            sev = shapes.value(ps, SH.severity)
            props.append(ShapeProperty(path_text, path_iri, _constraints(shapes, ps),
                                       message=_text(shapes, ps, SH.message, SH.description, SH.name),
                                       severity=local_name(str(sev)) if sev is not None else None))
        targets = sorted(o for o in shapes.objects(s, SH.targetClass) if isinstance(o, URIRef))
        if isinstance(s, URIRef) and ((s, RDF.type, RDFS.Class) in shapes or (s, RDF.type, OWL.Class) in shapes):
            targets.append(s)  # implicit class target
        out.append(Shape(s, _text(shapes, s, RDFS.label, SH.name) or local_name(str(s)), targets,
                         sorted(props, key=lambda p: p.path), message=_text(shapes, s, SH.message, RDFS.comment),
                         closed=bool(shapes.value(s, SH.closed))))
    return out


def ontology_header(onto: Graph) -> dict[str, object]:
    """Title, description, version IRI and imports of the ontology node."""
    node = next(iter(onto.subjects(RDF.type, OWL.Ontology)), None)
    if node is None:
        return {}
    return {"iri": node,
            "title": _text(onto, node, DCTERMS.title, RDFS.label),
            "description": _text(onto, node, DCTERMS.description, RDFS.comment, SKOS.definition),
            "version_iri": onto.value(node, OWL.versionIRI),
            "version": _text(onto, node, OWL.versionInfo),
            "imports": sorted(onto.objects(node, OWL.imports), key=str),
            "license": onto.value(node, DCTERMS.license)}
