"""What the endpoint reads from a query's text before running it."""
from __future__ import annotations

import pytest

from osce_kg.server.querytext import inspect_query


@pytest.mark.parametrize("text,form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("prefix ex: <http://ex/> ask { ex:a ?p ?o }", "ASK"),
    ("# SELECT in a comment\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("BASE <http://b/> PREFIX : <x#> DESCRIBE :a", "DESCRIBE"),
    ("PREFIX select: <http://select/> ASK {}", "ASK"),
    ("SELECT ?x { { SELECT ?x {} } }", "SELECT"),
    ("", None),
    ("this is not a query", None),
], ids=["select", "lower-case-ask", "comment", "describe-after-base", "prefix-named-select", "subquery",
        "empty", "prose"])
def test_query_form(text, form):
    assert inspect_query(text).form == form


@pytest.mark.parametrize("text", ["INSERT DATA { <a> <b> <c> }", "PREFIX : <x> DELETE WHERE { ?s ?p ?o }",
                                  "WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "CLEAR ALL",
                                  "LOAD <http://example.org/data>", "drop graph <g>"])
def test_updates_are_recognised(text):
    info = inspect_query(text)
    assert info.is_update and info.form is None


@pytest.mark.parametrize("text,targets", [
    ("SELECT * { SERVICE <http://a/sparql> { ?s ?p ?o } }", ["http://a/sparql"]),
    ("PREFIX e: <http://e/> SELECT * { SERVICE SILENT e:sparql {} }", ["http://e/sparql"]),
    ("BASE <http://b/x/> SELECT * { SERVICE <../sparql> {} }", ["http://b/sparql"]),
    ("SELECT * { SERVICE ?endpoint {} }", [None]),
    ("select * { service <http://a/> {} OPTIONAL { SERVICE <http://b/> {} } }", ["http://a/", "http://b/"]),
    ('SELECT * { ?s ?p "SERVICE <http://not/>" } # SERVICE <http://neither/>', []),
    ("SELECT * { ?s <http://x/SERVICE> ?o }", []),
], ids=["iri", "prefixed-silent", "relative", "variable", "two-lower-case", "in-string-and-comment", "in-iri"])
def test_service_targets(text, targets):
    assert [call.target for call in inspect_query(text).services] == targets


def test_prefixes_limit_and_dataset():
    info = inspect_query("PREFIX ex: <http://ex/>\nPREFIX : <http://default/>\n"
                         "SELECT * FROM NAMED <http://g> WHERE { { SELECT * {} LIMIT 5 } } LIMIT 10")
    assert info.prefixes == {"ex": "http://ex/", "": "http://default/"}
    assert info.top_limit == 10
    assert info.has_dataset
    assert not inspect_query("SELECT * WHERE { ?from ?p ?o }").has_dataset


@pytest.mark.parametrize("text", ["'''unterminated", 'SELECT * { ?s ?p "\\"" }', "<<", "}}}{{{", "\x00\ufffd"])
def test_never_raises_on_odd_text(text):
    inspect_query(text)


@pytest.mark.parametrize("query,bounded", [
    ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o }", True),
    ("PREFIX ex: <http://x/> SELECT * { ex:s ?p ?o . } LIMIT 10", True),
    ("ASK { <http://x/s> a ?t }", True),
    ("SELECT DISTINCT ?o WHERE { <http://x/s> <http://x/p> ?o } LIMIT 5 OFFSET 2", True),
    ("SELECT ?s WHERE { ?s ?p ?o }", False),
    ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o . ?o ?q ?r }", False),
    ("SELECT ?o WHERE { <http://x/s> <http://x/p>/<http://x/q> ?o }", False),
    ("SELECT ?o WHERE { <http://x/s> <http://x/p>* ?o }", False),
    ("SELECT ?o WHERE { <http://x/s> ?p ?o FILTER(?o) }", False),
    ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o } ORDER BY ?o", False),
    ("SELECT (COUNT(*) AS ?n) WHERE { <http://x/s> ?p ?o }", False),
    ("CONSTRUCT WHERE { <http://x/s> ?p ?o }", False),
    ("SELECT ?o WHERE { GRAPH ?g { <http://x/s> ?p ?o } }", False),
    ("SELECT ?o FROM <http://x/g> WHERE { <http://x/s> ?p ?o }", False),
    ("SELECT ?o WHERE { <http://x/s> ?p ?o SERVICE <http://e/> { ?a ?b ?c } }", False),
    ("SELECT ?o WHERE { _:b ?p ?o }", False),
    ("SELECT ?o WHERE { <http://x/s> ?p ?o", False),
    ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", False),
], ids=lambda v: str(v)[:60])
def test_bounded_lookups_are_one_pattern_about_a_named_resource(query, bounded):
    from osce_kg.server.querytext import is_bounded_lookup

    assert is_bounded_lookup(query) is bounded
    assert inspect_query(query).bounded_lookup is bounded
