"""Content negotiation as one pure function: tables of Accept headers and answers."""
from __future__ import annotations

import pytest

from osce_kg.server.negotiation import (ASK_TYPES, GRAPH_TYPES, RDF_TYPES, SELECT_TYPES, available_for,
                                        known_format, negotiate, parse_accept)

JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
HTML_SELECT = available_for("SELECT", html=True)


@pytest.mark.parametrize("accept,available,expected", [
    (None, SELECT_TYPES, JSON),
    ("", GRAPH_TYPES, "text/turtle"),
    ("*/*", ASK_TYPES, JSON),
    (f"{XML}", SELECT_TYPES, XML),
    (f"{XML};q=0.5, {JSON};q=0.4", SELECT_TYPES, XML),
    (f"{XML};q=0.5, {JSON}", SELECT_TYPES, JSON),
    ("text/*;q=0.9, */*;q=0.1", SELECT_TYPES, "text/csv"),
    ("application/json", SELECT_TYPES, JSON),
    ("text/xml", SELECT_TYPES, XML),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", HTML_SELECT, "text/html"),
    ("application/xml;q=0.9,*/*;q=0.8", HTML_SELECT, XML),
    ("text/turtle", SELECT_TYPES, None),
    ("text/csv", ASK_TYPES, "text/csv"),
    (f"{JSON};q=0", SELECT_TYPES, None),
    (f"*/*;q=0.1, {JSON};q=0", SELECT_TYPES, XML),
    ("application/rdf+xml;q=0.3, text/turtle;q=0.2", GRAPH_TYPES, "application/rdf+xml"),
    ("application/n-quads", GRAPH_TYPES, "application/n-quads"),
    ("text/x-nquads", GRAPH_TYPES, "application/n-quads"),
    ("text/rdf+n3", GRAPH_TYPES, "text/turtle"),
    (f"{JSON}", GRAPH_TYPES, "application/ld+json"),  # one Accept for every form (rdflib)
    ("text/csv", GRAPH_TYPES, None),
    ("application/sparql-results+json;q=oops", SELECT_TYPES, JSON),
], ids=lambda v: str(v)[:40] if isinstance(v, str) or v is None else "")
def test_accept(accept, available, expected):
    assert negotiate(accept, available) == expected


@pytest.mark.parametrize("param,available,expected", [
    ("json", SELECT_TYPES, JSON),
    ("csv", SELECT_TYPES, "text/csv"),
    ("json", GRAPH_TYPES, "application/ld+json"),
    ("xml", GRAPH_TYPES, "application/rdf+xml"),
    ("n3", GRAPH_TYPES, "text/turtle"),
    ("rdf+xml", GRAPH_TYPES, "application/rdf+xml"),
    ("application/trig", GRAPH_TYPES, "application/trig"),
    ("ttl", SELECT_TYPES, None),
    ("html", HTML_SELECT, "text/html"),
])
def test_format_parameter_wins(param, available, expected):
    assert negotiate(XML, available, param) == expected


def test_known_formats():
    assert known_format("rdf+xml") and known_format("application/rdf+xml") and known_format("TSV")
    assert not known_format("rdf/xml-abbrev") and not known_format("")


def test_parse_accept_keeps_order_and_q():
    ranges = parse_accept("text/turtle;q=0.5, application/ld+json ; q=1 , */*;q=0.1")
    assert [(r.type, r.q, r.order) for r in ranges] == [
        ("text/turtle", 0.5, 0), ("application/ld+json", 1.0, 1), ("*/*", 0.1, 2)]


def test_every_form_has_types():
    for form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        assert available_for(form)
    assert set(available_for("CONSTRUCT")) == set(RDF_TYPES)
