"""Serializing published graphs: the same graph in every RDF format, JSON-LD with our context.

The JSON-LD context is ``ontology/context.jsonld`` (published at ``/context.jsonld``);
documents refer to it by URL so clients cache it once.
"""
from __future__ import annotations

import json
from functools import lru_cache

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from osce_kg.loader import rdfparse
from osce_kg.loader.iri import Minter

from .describe import HYDRA, SCHEMA, SH, VOID
from .negotiation import RDFLIB_FORMAT

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


def serialize(graph: Graph, media_type: str, minter: Minter, *, context: str | None = None) -> bytes:
    """``graph`` as ``media_type`` (one of :data:`RDF_OFFER`), UTF-8.

    ``context`` is the URL JSON-LD names as its ``@context`` (default ``{base}context.jsonld``).
    """
    bind_prefixes(graph, minter)
    if media_type == "application/ld+json":
        return jsonld(graph, minter, context=context).encode("utf-8")
    if media_type == "application/n-triples":
        # sorted lines: the same graph always gives the same bytes
        lines = sorted(set(graph.serialize(format="nt").splitlines()))
        return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
    return graph.serialize(format=RDFLIB_FORMAT[media_type], encoding="utf-8")


def jsonld(graph: Graph, minter: Minter, *, context: str | None = None) -> str:
    """Compact JSON-LD against our context, with ``@context`` pointing at its URL."""
    url = context or context_url(minter)
    ctx = json.loads(context_document(minter))["@context"]
    data = json.loads(graph.serialize(format="json-ld", context=ctx, auto_compact=True))
    if isinstance(data, dict):
        data["@context"] = url
    else:  # a bare list of nodes: wrap it so the context applies
        data = {"@context": url, "@graph": data}
    return json.dumps(data, ensure_ascii=False, indent=1)


def script_json(text: str) -> str:
    """JSON safe inside ``<script>`` (no ``</script>``, no HTML comment openers)."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
