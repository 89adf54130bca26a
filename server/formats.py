"""Serializing published graphs: the same graph in every RDF format, JSON-LD with our context.

The JSON-LD context is ``ontology/context.jsonld`` (published at ``/context.jsonld``);
documents refer to it by URL so clients cache it once.
"""
from __future__ import annotations

import json
import logging
import threading
from functools import lru_cache
from typing import Iterable

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.serializers.jsonld import from_rdf
from rdflib.plugins.shared.jsonld.context import Context as JsonLdContext
from rdflib.term import Node

from osce_kg.loader import rdfparse
from osce_kg.loader.iri import Minter
from osce_kg.loader.store import rdfio

from .describe import HYDRA, SCHEMA, SH, VOID
from .negotiation import RDFLIB_FORMAT

log = logging.getLogger(__name__)

#: the RDF media types the linked-data pages offer, the default (for */* and no Accept) first
RDF_OFFER = ("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")
#: media type -> format URL extension
EXTENSION_OF = {"text/turtle": "ttl", "application/ld+json": "jsonld", "application/rdf+xml": "rdf",
                "application/n-triples": "nt", "text/html": "html"}
CHARSET = {"text/turtle", "application/n-triples", "text/html", "application/ld+json", "application/rdf+xml"}

PREFIXES = {"rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS,
            "foaf": FOAF, "org": ORG, "prov": PROV, "schema": SCHEMA, "hydra": HYDRA, "void": VOID,
            "sh": SH}


def bind_prefixes(graph: Graph, minter: Minter) -> Graph:
    """Bind the usual prefixes (and ours) so Turtle and RDF/XML read well."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    graph.bind("osce", minter.vocab, override=True, replace=True)
    graph.bind("osceid", Namespace(minter.base + "id/"), override=True, replace=True)
    return graph


@lru_cache(maxsize=8)
def _context_text(base: str) -> str:
    """The packaged context (the same one request bodies may name), moved onto ``base``."""
    return json.dumps({"@context": rdfparse.project_context(base)}, ensure_ascii=False, indent=1)


def context_document(minter: Minter) -> str:
    """The JSON-LD context document served at ``/context.jsonld``."""
    return _context_text(minter.base)


def context_url(minter: Minter) -> str:
    return minter.base + "context.jsonld"


#: the formats Oxigraph writes for us (JSON-LD stays with rdflib: it is compacted against our context)
OX_FORMAT = frozenset(rdfio.WRITTEN)


def serialize(graph: Graph | Iterable[tuple[Node, Node, Node]], media_type: str, minter: Minter, *,
              context: str | None = None) -> bytes:
    """``graph`` as ``media_type`` (one of :data:`RDF_OFFER`), UTF-8. For the formats of :data:`OX_FORMAT`
    ``graph`` may be its triples (no rdflib graph made).

    ``context`` is the URL JSON-LD names as its ``@context`` (default ``{base}context.jsonld``).
    Turtle, RDF/XML and N-Triples are written by Oxigraph (:func:`ox_serialize`): rdflib's Turtle
    writer took 7 ms of a 11 ms description page, most of it finding prefixed names. ``graph`` is
    not changed (its prefixes are not rebound).
    """
    if media_type in OX_FORMAT:
        try:
            return ox_serialize(graph, media_type, minter)
        except (TypeError, ValueError) as exc:  # a term Oxigraph refuses (rdflib let it in): rdflib writes it
            log.info("Oxigraph could not write a graph as %s (%s); rdflib writes it", media_type, exc)
    if not isinstance(graph, Graph):
        triples, graph = graph, Graph(bind_namespaces="none")
        for t in triples:
            graph.add(t)
    if media_type == "application/ld+json":  # the context names the prefixes: nothing to bind
        return jsonld(graph, minter, context=context).encode("utf-8")
    graph = bind_prefixes(Graph() + graph, minter)
    if media_type == "application/n-triples":
        # sorted lines: the same graph always gives the same bytes
        lines = sorted(set(graph.serialize(format="nt").split("\n")))
        return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
    return graph.serialize(format=RDFLIB_FORMAT[media_type], encoding="utf-8")


def _order(term: Node) -> tuple[int, str]:
    """Subjects and objects in a stable order: IRIs, then blank nodes, then literals (by their text)."""
    return (0 if isinstance(term, URIRef) else 1 if isinstance(term, BNode) else 2, str(term))


def ox_serialize(graph: Graph | Iterable[tuple[Node, Node, Node]], media_type: str, minter: Minter) -> bytes:
    """``graph`` (or its triples) as Turtle, RDF/XML or N-Triples, written by Oxigraph.

    Triples are sorted (by subject, property, object) so that each subject's triples come together,
    as Oxigraph's writers group only consecutive ones, and so that one graph always gives the same
    bytes; N-Triples lines are sorted as well. Only the prefixes of :data:`PREFIXES` (and ``osce:``)
    that some IRI uses are declared. No ``@base``: every IRI is written whole or prefixed, as rdflib
    wrote them.

    :raises ValueError: Oxigraph refuses a term (an IRI or language tag rdflib let in).
    """
    triples = sorted(graph, key=lambda t: (_order(t[0]), str(t[1]), _order(t[2])))
    if media_type == "application/n-triples":
        text = rdfio.serialize_triples(triples, media_type)
        # "\n" only: str.splitlines() also breaks at U+2028, U+0085 and others a literal holds as they are
        lines = sorted(set(text.decode("utf-8").split("\n")))
        return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
    namespaces = {**{prefix: str(ns) for prefix, ns in PREFIXES.items()}, "osce": str(minter.vocab)}
    iris = {str(term) for t in triples for term in t if isinstance(term, URIRef)}
    iris |= {str(o.datatype) for _, _, o in triples if isinstance(o, Literal) and o.datatype is not None}
    used = {prefix: ns for prefix, ns in namespaces.items() if any(iri.startswith(ns) for iri in iris)}
    if media_type == "application/rdf+xml":
        used.setdefault("rdf", str(RDF))
    return rdfio.serialize_triples(triples, media_type, used)


_contexts = threading.local()


def _context(minter: Minter) -> JsonLdContext:
    """Our context, parsed by rdflib once per thread and base (parsing it took about a third of an
    HTML page's time: every page embeds its description as JSON-LD)."""
    kept: dict[str, JsonLdContext] = _contexts.__dict__.setdefault("by_base", {})
    if minter.base not in kept:
        kept[minter.base] = JsonLdContext(json.loads(context_document(minter))["@context"])
    return kept[minter.base]


def jsonld(graph: Graph, minter: Minter, *, context: str | None = None) -> str:
    """Compact JSON-LD against our context, with ``@context`` pointing at its URL (what rdflib's
    ``json-ld`` serializer writes given the context, without parsing the context every time)."""
    url = context or context_url(minter)
    data = from_rdf(graph, context_data=_context(minter))
    if isinstance(data, dict):
        data["@context"] = url
    else:  # a bare list of nodes: wrap it so the context applies
        data = {"@context": url, "@graph": data}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)  # as rdflib's writer sorted them


def script_json(text: str) -> str:
    """JSON safe inside ``<script>`` (no ``</script>``, no HTML comment openers)."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
