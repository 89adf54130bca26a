"""The VoID description of the dataset, computed from the live store.

Served at ``/void`` and ``/.well-known/void``. The dataset is ``{base}void#dataset``;
class and property partitions are hash IRIs under ``{base}void#`` so the description is
the same graph every time the data is the same.
"""
from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, XSD

from osce_kg.loader import __version__
from osce_kg.loader.iri import ONTOLOGY, Minter
from osce_kg.loader.store.base import Store

from .describe import VOID, native_of, tombstone_graph

#: the formats the documents are offered in (void:feature)
FEATURES = ("http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD",
            "http://www.w3.org/ns/formats/RDF_XML", "http://www.w3.org/ns/formats/N-Triples",
            "http://www.w3.org/ns/formats/N-Quads")


def _count(store: Store, query: str) -> int:
    rows = store.select(query)
    return int(str(rows[0]["n"])) if rows and "n" in rows[0] else 0


def _not_tomb(minter: Minter) -> str:
    return f"FILTER(?g != {tombstone_graph(minter).n3()})"


def class_counts(store: Store, minter: Minter) -> list[tuple[URIRef, int]]:
    """(class, number of instances), most instances first."""
    rows = store.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c")
    return [(c, int(str(r["n"]))) for r in rows if isinstance(c := r.get("c"), URIRef)]


def property_counts(store: Store, minter: Minter) -> list[tuple[URIRef, int]]:
    """(property, number of triples), most used first."""
    rows = store.select(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_not_tomb(minter)} }} "
                        "GROUP BY ?p ORDER BY DESC(?n) ?p")
    return [(p, int(str(r["n"]))) for r in rows if isinstance(p := r.get("p"), URIRef)]


def examples(store: Store, minter: Minter, classes: list[URIRef], *, prefix: str | None = None
             ) -> dict[URIRef, list[URIRef]]:
    """One resource under ``prefix`` (default ``{base}id/``) for each of ``classes``: the first by
    IRI, so it is stable.

    One MIN aggregate for all classes (ORDER BY ... LIMIT 1 per class was far slower in oxigraph).
    """
    if not classes:
        return {}
    prefix = Literal(prefix or minter.base + "id/").n3()
    values = " ".join(c.n3() for c in classes)
    rows = store.select(f"SELECT ?c (MIN(STR(?s)) AS ?x) WHERE {{ VALUES ?c {{ {values} }} ?s a ?c "
                        f"FILTER(STRSTARTS(STR(?s), {prefix})) }} GROUP BY ?c")
    return {r["c"]: [URIRef(str(r["x"]))] for r in rows if "x" in r}  # type: ignore[misc]


def _partition_iri(minter: Minter, kind: str, term: URIRef) -> URIRef:
    return URIRef(f"{minter.base}void#{kind}-{hashlib.sha256(str(term).encode()).hexdigest()[:12]}")


def void_graph(store: Store, minter: Minter, *, license: str | None = None) -> Graph:
    """The VoID description of everything in the store.

    :raises StoreError: the store failed.
    """
    base = minter.base
    ds = URIRef(base + "void#dataset")
    desc = URIRef(base + "void")
    g = Graph()
    g.add((desc, RDF.type, VOID.DatasetDescription))
    g.add((desc, DCTERMS.title, Literal("Description of the osce-kg dataset", lang="en")))
    g.add((desc, FOAF.primaryTopic, ds))
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal("osce-kg: the OSCE knowledge graph", lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "OSCE participating States, structures, field operations, fields of work, events, "
        "press releases and the people they mention, read from OSCE web documents.", lang="en")))
    if license:
        g.add((ds, DCTERMS.license, URIRef(license)))
    g.add((ds, FOAF.homepage, URIRef(base)))
    g.add((ds, VOID.uriSpace, Literal(base + "id/")))
    g.add((ds, VOID.sparqlEndpoint, URIRef(base + "sparql")))
    g.add((ds, VOID.dataDump, URIRef(base + "dumps/all.nq.gz")))
    g.add((ds, VOID.vocabulary, URIRef(ONTOLOGY)))  # its name; this deployment serves it at /ontology
    g.add((URIRef(ONTOLOGY), RDFS.isDefinedBy, minter.ontology_document))
    g.add((ds, VOID.rootResource, URIRef(base)))
    modified = dataset_modified(store)
    if modified is not None:
        g.add((ds, DCTERMS.modified, modified))
    for feature in FEATURES:
        g.add((ds, VOID.feature, URIRef(feature)))
    g.add((ds, DCTERMS.creator, Literal(f"osce-kg {__version__}")))
    classes = class_counts(store, minter)
    props = property_counts(store, minter)
    for prop, value in dataset_counts(store, minter, props).items():
        g.add((ds, VOID[prop], Literal(value)))
    g.add((ds, VOID.documents, Literal(graph_count(store))))
    g.add((ds, VOID.classes, Literal(len(classes))))
    g.add((ds, VOID.properties, Literal(len(props))))
    for cls, n in classes:
        part = _partition_iri(minter, "class", cls)
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(n)))
    for prop, n in props:
        part = _partition_iri(minter, "property", prop)
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, prop))
        g.add((part, VOID.triples, Literal(n)))
    ours = [c for c, _ in classes if minter.is_ours(str(c))]
    for iris in examples(store, minter, ours).values():
        for iri in iris:
            g.add((ds, VOID.exampleResource, iri))
    return g


def dataset_counts(store: Store, minter: Minter,
                   properties: list[tuple[URIRef, int]] | None = None) -> dict[str, int]:
    """``triples`` (distinct, over all graphs but the tombstones'), ``distinctSubjects``,
    ``distinctObjects`` and ``entities`` (subjects under ``/id/``), each counted in Oxigraph by a
    pass of its own that holds one set of distinct terms at a time.

    One query over ``SELECT DISTINCT ?s ?p ?o`` of the whole store held every distinct triple in
    memory at once: at a million releases (35M quads) it was not done in 8 minutes and took the owner
    to 6 GiB. Now distinct triples are counted one property at a time (``properties``: the
    :func:`property_counts` already read, else read here), so the largest set is one property's
    (161 MiB at 100,000 releases where the one query took 983 MiB); distinct subjects (and, among them,
    those under ``/id/``) in one pass, distinct objects in another. The same numbers as the one query
    (``tests/test_void.py``).

    :raises StoreError: the store failed.
    """
    tomb = _not_tomb(minter)
    idspace = Literal(minter.base + "id/").n3()
    if properties is None:
        properties = property_counts(store, minter)
    triples = 0
    for prop, _ in properties:
        triples += _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ "
                                 f"GRAPH ?g {{ ?s {prop.n3()} ?o }} {tomb} }} }}")
    # STRSTARTS over the distinct subjects only (over every quad it took 20x as long)
    rows = store.select(f"SELECT (COUNT(*) AS ?n) (SUM(IF(STRSTARTS(STR(?s), {idspace}), 1, 0)) AS ?e) WHERE {{ "
                        f"SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {tomb} }} }}")
    row = rows[0] if rows else {}
    objects = _count(store, f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {tomb} }}")
    return {"triples": triples, "entities": int(str(row["e"])) if "e" in row else 0,
            "distinctSubjects": int(str(row["n"])) if "n" in row else 0, "distinctObjects": objects}


def graph_count(store: Store) -> int:
    """How many named graphs the store holds.

    An embedded store counts them in Oxigraph (0.6 s at a million graphs); listing them as rdflib terms
    took 8-10 s of Python holding the GIL, in the process that answers requests beside the rebuild.
    """
    native = native_of(store)
    if native is not None:
        for row in native.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { } }"):
            return int(row["n"].value)
    return len(store.named_graphs())


def quad_total(store: Store) -> int:
    """How many quads the store holds, counted without holding the GIL where the store allows it.

    pyoxigraph's ``len(Store)`` holds the GIL while it counts: 5-16 s at 35 million quads, during which
    no other thread of the process (requests, writes) ran. A SPARQL count runs in Oxigraph with the GIL
    let go (slower, but it holds up only its caller: a whole-store rebuild in the background).
    """
    native = native_of(store)
    if native is not None:
        query = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }"
        for row in native.query(query):
            return int(row["n"].value)
    return store.quad_count()


def dataset_modified(store: Store) -> Literal | None:
    """The newest ``prov:generatedAtTime`` in the store (None when nothing says)."""
    rows = store.select("SELECT (MAX(?t) AS ?n) WHERE { ?g <http://www.w3.org/ns/prov#generatedAtTime> ?t }")
    value = rows[0].get("n") if rows else None
    return value if isinstance(value, Literal) and value.datatype == XSD.dateTime else None


__all__ = ["void_graph", "dataset_counts", "class_counts", "property_counts", "examples", "dataset_modified",
           "graph_count", "quad_total"]
