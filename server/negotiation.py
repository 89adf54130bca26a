"""Content negotiation as data and one pure function.

``?format=`` wins over ``Accept``; ``Accept`` is parsed with q-values; ``None``
means nothing fits (the caller answers 406).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from osce_kg.loader.errors import OsceKgError


class NotAcceptable(OsceKgError):
    """No format the client accepts fits the answer (HTTP 406)."""

    http_status = 406
    title = "Not acceptable"

#: short names accepted by ``?format=`` -> media type
FORMAT_ALIASES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "nq": "application/n-quads",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "rdf": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
    "xmlrdf": "application/rdf+xml",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "n3": "text/turtle",  # Turtle is N3; clients asking for N3 read it
    "rdf+xml": "application/rdf+xml",
    "n-triples": "application/n-triples",
    "n-quads": "application/n-quads",
    "html": "text/html",
}

#: result media types for SELECT/ASK, in order of preference when the client does not care
RESULTS_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)

#: RDF media types for graphs, preferred first
RDF_TYPES = (
    "text/turtle",
    "application/ld+json",
    "application/rdf+xml",
    "application/n-triples",
    "application/n-quads",
    "application/trig",
)

#: what each query form can answer with, preferred first (SPARQL JSON/XML define booleans,
#: CSV/TSV do not)
SELECT_TYPES = RESULTS_TYPES
ASK_TYPES = RESULTS_TYPES
GRAPH_TYPES = RDF_TYPES
FORM_TYPES: dict[str, tuple[str, ...]] = {
    "SELECT": SELECT_TYPES, "ASK": ASK_TYPES, "CONSTRUCT": GRAPH_TYPES, "DESCRIBE": GRAPH_TYPES,
}


def available_for(form: str | None, *, html: bool = False) -> tuple[str, ...]:
    """Media types a query of ``form`` can be answered with (``text/html`` last, if asked)."""
    types = FORM_TYPES.get(form or "", RESULTS_TYPES)
    return (*types, "text/html") if html else types


#: media type -> rdflib serializer name
RDFLIB_FORMAT = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}

#: file extension of format-specific URLs -> media type
EXTENSIONS = {"ttl": "text/turtle", "jsonld": "application/ld+json", "rdf": "application/rdf+xml",
              "nt": "application/n-triples", "html": "text/html", "nq": "application/n-quads",
              "trig": "application/trig"}

#: media types that are the same thing under another name
SYNONYMS = {
    "application/json": "application/sparql-results+json",
    "application/x-turtle": "text/turtle",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-trig": "application/trig",
    "text/x-nquads": "application/n-quads",
    "text/n3": "text/turtle",
    "text/rdf+n3": "text/turtle",
}


#: a results type named by ``format=`` -> the RDF type meant when the answer is a graph
GRAPH_EQUIVALENT = {
    "application/sparql-results+json": "application/ld+json",
    "application/sparql-results+xml": "application/rdf+xml",
}


@dataclass(frozen=True)
class MediaRange:
    type: str
    q: float
    order: int

    @property
    def specificity(self) -> int:
        if self.type == "*/*":
            return 0
        return 1 if self.type.endswith("/*") else 2

    def matches(self, media_type: str) -> bool:
        if self.type == "*/*":
            return True
        if self.type.endswith("/*"):
            return media_type.startswith(self.type[:-1])
        return self.type == media_type


def parse_accept(header: str | None) -> list[MediaRange]:
    """Parse an Accept header into media ranges (invalid q values count as 1)."""
    ranges: list[MediaRange] = []
    for order, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 1.0
        ranges.append(MediaRange(fields[0].lower(), q, order))
    return ranges


def negotiate(accept: str | None, available: tuple[str, ...] | list[str],
              format_param: str | None = None) -> str | None:
    """Pick the media type to answer with.

    ``format_param`` (the ``format=`` query parameter, a short name or a media type)
    wins when it names an available type. With no Accept header the first available
    type is the default. Returns None when nothing acceptable is available.
    """
    # clients send the same few Accept headers again and again: remember the answers
    return _negotiate(accept, tuple(available), format_param)


@functools.lru_cache(maxsize=1024)
def _negotiate(accept: str | None, available: tuple[str, ...], format_param: str | None) -> str | None:
    if format_param:
        wanted = FORMAT_ALIASES.get(format_param.lower(), format_param.lower())
        wanted = SYNONYMS.get(wanted, wanted) if wanted not in available else wanted
        if wanted not in available:
            # "json"/"xml" name the results format for SELECT and the RDF one for graphs
            wanted = GRAPH_EQUIVALENT.get(wanted, wanted)
        return wanted if wanted in available else None
    ranges = parse_accept(accept)
    if not ranges:
        return available[0] if available else None
    chosen = _best(ranges, available)
    if chosen is None:
        # clients that send one Accept for every query form (rdflib's SPARQLStore asks for
        # SPARQL JSON even for CONSTRUCT): read a results type as its RDF equivalent
        mapped = [MediaRange(GRAPH_EQUIVALENT.get(r.type, r.type), r.q, r.order) for r in ranges]
        if mapped != ranges:
            chosen = _best(mapped, available)
    return chosen


def known_format(value: str) -> bool:
    """Whether a ``format=`` value names a format (a short name or a known media type)."""
    wanted = value.lower()
    return wanted in FORMAT_ALIASES or wanted in FORMAT_ALIASES.values() or wanted in SYNONYMS


def _best(ranges: list[MediaRange], available: tuple[str, ...] | list[str]) -> str | None:
    best: tuple[float, int, int, int] | None = None
    chosen: str | None = None
    for index, media_type in enumerate(available):
        for name in {media_type} | {k for k, v in SYNONYMS.items() if v == media_type}:
            # the most specific matching range decides the q of this type (RFC 9110 12.5.1)
            matching = [r for r in ranges if r.matches(name)]
            if name != media_type:
                # a synonym counts only when named exactly: text/* means HTML or Turtle, not N-Triples as text/plain
                matching = [r for r in matching if r.specificity == 2]
            if not matching:
                continue
            top = max(matching, key=lambda r: (r.specificity, -r.order))
            if top.q <= 0:
                continue
            key = (top.q, top.specificity, -top.order, -index)
            if best is None or key > best:
                best, chosen = key, media_type
    return chosen
