"""The SPARQL 1.1 Service Description of ``/sparql``, as an RDF graph.

Built per request from what the endpoint really does: its own URL, the result
formats the negotiation table offers, the union default graph, the configured
federation allowlist, and the dataset's named graphs (listed while few).
"""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, VOID, XSD

from osce_kg.loader.store.base import Store

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

#: media type -> the W3C format IRI that names it
FORMAT_IRIS = {
    "application/sparql-results+json": FORMATS.SPARQL_Results_JSON,
    "application/sparql-results+xml": FORMATS.SPARQL_Results_XML,
    "text/csv": FORMATS.SPARQL_Results_CSV,
    "text/tab-separated-values": FORMATS.SPARQL_Results_TSV,
    "text/turtle": FORMATS.Turtle,
    "application/n-triples": FORMATS["N-Triples"],
    "application/n-quads": FORMATS["N-Quads"],
    "application/trig": FORMATS.TriG,
    "application/rdf+xml": FORMATS.RDF_XML,
    "application/ld+json": FORMATS["JSON-LD"],
}

#: named graphs are listed one by one up to this many; beyond, only counted
MAX_LISTED_GRAPHS = 1000


def service_description(endpoint: str, store: Store, *, result_types: list[str],
                        allowlist: tuple[str, ...] = ()) -> Graph:
    """The description of the endpoint at ``endpoint`` (its absolute URL)."""
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("formats", FORMATS)
    service = URIRef(endpoint + "#service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    g.add((service, SD.feature, SD.EmptyGraphs))
    if allowlist:
        g.add((service, SD.feature, SD.BasicFederatedQuery))
    g.add((service, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    for media_type in result_types:
        if media_type in FORMAT_IRIS:
            g.add((service, SD.resultFormat, FORMAT_IRIS[media_type]))
    g.add((service, SD.defaultDataset, _dataset(g, endpoint, store)))
    return g


def _dataset(g: Graph, endpoint: str, store: Store) -> URIRef:
    dataset = URIRef(endpoint + "#dataset")
    g.add((dataset, RDF.type, SD.Dataset))
    default = BNode("defaultGraph")
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    # the union of the named graphs is the default graph: its statements are the store's quads
    g.add((dataset, VOID.triples, Literal(store.quad_count(), datatype=XSD.integer)))
    graphs = store.named_graphs()
    if len(graphs) > MAX_LISTED_GRAPHS:
        g.add((dataset, RDFS.comment, Literal(
            f"{len(graphs)} named graphs, one per document; too many to list here: "
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } lists them.", lang="en")))
    else:
        for iri in sorted(graphs):
            named = BNode()
            g.add((dataset, SD.namedGraph, named))
            g.add((named, RDF.type, SD.NamedGraph))
            g.add((named, SD.name, iri))
    return dataset
