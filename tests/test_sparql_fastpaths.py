"""The endpoint's shortcuts agree with the slow paths they stand in for.

``inspect_query`` reads the commonest lookup with one regex and everything else with
the lexer; ``json_rows`` counts rows of pyoxigraph's SPARQL JSON without parsing it.
Hypothesis builds query texts and stores made to trip either shortcut.
"""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osce_kg.loader.errors import ResultTooLarge
from osce_kg.loader.store import results
from osce_kg.server.querytext import _PLAIN_LOOKUP, _inspect, inspect_query

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- part A: the plain-lookup regex against the lexer ---------------------------------------


def _cased(word: str) -> st.SearchStrategy[str]:
    """``word`` in upper, lower or random case."""
    return st.one_of(st.sampled_from([word.upper(), word.lower()]),
                     st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
                         lambda flips: "".join(c.upper() if f else c.lower() for c, f in zip(word, flips))))


SPACE = st.sampled_from([" ", "  ", "\n", "\t", "\r\n", " \f", "\v", " \n\t "])
ODD_SPACE = st.sampled_from(["\u00a0", "\u2003", "\x1c", "\x85", "\u3000"])
COMMENT = st.sampled_from(["# a comment\n", "#SELECT { } LIMIT 9\n", " # x <http://c/> ?v\n", "#"])
VAR = st.sampled_from(["?p", "?o", "$o", "?s", "?_", "?x1", "?a", "?where", "?oWHERE", "?LIMIT"])
ODD_VAR = st.sampled_from(["?é", "?o·", "$ünï", "?", "??o"])
IRI = st.sampled_from(["<http://x/s>", "<http://x/p>", "<s>", "<>", "<http://x/a#b>", "<http://x/é'>",
                       "<urn:x:1>", "<http://x/?q=1&r>"])
ODD_IRI = st.sampled_from(["<http://x/{bad}>", "<a b>", "<<http://x/s>>", "<http://x/s"])
PNAME = st.sampled_from(["ex:s", ":s", "ex:", "rdf:type", "a:b"])
LITERAL = st.sampled_from(['"o"', "'o'", '"a } b"@en', '"1"^^<http://x/int>', "42", "1.5", "true",
                          '"""multi\nline"""', '"# not a comment"', "_:b", "[]"])
NUMBER = st.integers(0, 10**6).map(str)
ODD_NUMBER = st.sampled_from(["007", "1e3", "2.5", "٣", "-1", "", "x", "10OFFSET"])
#: ways a text may stray from the plain lookup
DEVIATIONS = ["comment", "odd-space", "tight", "prologue", "form", "projection", "from", "subject",
              "predicate", "object", "patterns", "extra", "braces", "clauses", "number", "odd-term"]


@st.composite
def lookup_texts(draw, deviation: str | None = None) -> str:
    """Query texts of the shape ``SELECT ?p ?o WHERE { <s> ?p ?o }``, or a few steps away from it.

    ``deviation``: the one way this text strays (else none, one or several, at random).
    """
    if deviation is not None:
        dev = frozenset([deviation])
    else:
        dev = draw(st.just(frozenset()) | st.frozensets(st.sampled_from(DEVIATIONS), min_size=1, max_size=3))
    pick = lambda *options: draw(st.sampled_from(options))  # noqa: E731

    def sp(required: bool = True) -> str:
        """Whitespace between two tokens (nothing, where ``required`` is False)."""
        choices = [SPACE, SPACE, SPACE]
        if not required or ("tight" in dev):
            choices += [st.just(""), st.just("")]
        if "odd-space" in dev:
            choices.append(ODD_SPACE)
        if "comment" in dev:
            choices.append(st.builds(lambda a, c, b: a + c + b, SPACE | st.just(""), COMMENT, SPACE | st.just("")))
        return draw(st.one_of(*choices))

    var = (lambda: draw(VAR | ODD_VAR)) if "odd-term" in dev else (lambda: draw(VAR))  # noqa: E731
    iri = (lambda: draw(IRI | ODD_IRI)) if "odd-term" in dev else (lambda: draw(IRI))  # noqa: E731
    out = [sp(False)]
    if "prologue" in dev:
        for _ in range(draw(st.integers(1, 2))):
            if draw(st.booleans()):
                out += [draw(_cased("PREFIX")), sp(), pick("ex:", ":", "rdf:", "select:"), sp(False),
                        "<http://x/>", sp(False)]
            else:
                out += [draw(_cased("BASE")), sp(), "<http://b/>", sp(False)]
    form = draw(st.one_of(_cased("ASK"), _cased("CONSTRUCT"), _cased("DESCRIBE"), _cased("INSERT"),
                          st.just("SELECTDISTINCT"), st.just("")) if "form" in dev else _cased("SELECT"))
    out += [form, sp()]
    if draw(st.booleans()):
        out += [draw(_cased("DISTINCT") | _cased("REDUCED")), sp()]
    if "projection" in dev:
        out += [pick("(COUNT(*) AS ?n)", "", "* ?o", "?o *", "(?o AS ?x)", "?é ?o"), sp(False)]
    elif draw(st.booleans()):
        out += ["*", sp(False)]
    else:
        for _ in range(draw(st.integers(1, 3))):
            out += [var(), sp(False)]
    if "from" in dev:
        out += [draw(_cased("FROM")), sp(), pick("", "NAMED "), iri(), sp()]
    if draw(st.booleans()):
        out += [draw(_cased("WHERE")), sp(False)]

    def pattern() -> list[str]:
        subject = draw(st.one_of(VAR, PNAME, st.just("_:b"), st.just("[]"))) if "subject" in dev else iri()
        kind = pick("var", "var", "iri", "a", "A")
        predicate = {"var": var, "iri": iri, "a": lambda: "a", "A": lambda: "A"}[kind]()
        after = sp(kind in ("var", "a", "A"))
        if "predicate" in dev:
            predicate, after = pick("<http://x/p>/<http://x/q>", "<http://x/p>*", "^<http://x/p>", "ex:p",
                                    "!<http://x/p>", "(<http://x/p>)"), sp()
        obj = draw(LITERAL | LITERAL | PNAME | st.sampled_from(["?o, ?q", "?o ; ?q ?r"])) if "object" in dev \
            else draw(VAR | IRI)
        return [subject, sp(), predicate, after, obj, sp(False)]

    inner: list[str] = []
    count = draw(st.sampled_from([0, 2, 2, 3])) if "patterns" in dev else 1
    for n in range(count):
        if n:
            inner += [".", sp(False)]
        inner += pattern()
    if draw(st.booleans()):
        inner += [".", sp(False)]
    if "extra" in dev:
        extra = pick("filter", "graph", "service", "optional", "bind", "values", "minus", "subquery")
        if extra == "filter":
            inner += [draw(_cased("FILTER")), sp(False), "(?o != <http://x/z>)", sp(False)]
        elif extra == "graph":
            inner = [draw(_cased("GRAPH")), sp(), draw(VAR | IRI), sp(False), "{", sp(False), *inner, "}", sp(False)]
        elif extra == "service":
            inner += [draw(_cased("SERVICE")), sp(), pick("", "SILENT "), draw(IRI | PNAME | VAR), sp(False),
                      "{", sp(False), "}", sp(False)]
        elif extra == "optional":
            inner += [draw(_cased("OPTIONAL")), sp(False), "{", sp(False), "?o ?q ?r", sp(False), "}", sp(False)]
        elif extra == "bind":
            inner += [draw(_cased("BIND")), sp(False), "(1 AS ?one)", sp(False)]
        elif extra == "values":
            inner += [draw(_cased("VALUES")), sp(), "?o", sp(False), "{ <http://x/v> }", sp(False)]
        elif extra == "minus":
            inner += [draw(_cased("MINUS")), sp(False), "{ ?o ?q ?r }", sp(False)]
        else:
            inner = ["{", sp(False), "SELECT * {", sp(False), *inner, "}", sp(False), "}", sp(False)]
    opening, closing = ("{", "}")
    if "braces" in dev:
        opening, closing = pick(("{", ""), ("", "}"), ("{{", "}"), ("{", "}}"), ("{", "} }"), ("(", ")"))
    out += [opening, sp(False), *inner, closing, sp(False)]
    clauses = pick(["LIMIT", "OFFSET"], ["OFFSET", "LIMIT"], ["LIMIT", "LIMIT"], ["ORDER BY ?o", "LIMIT"],
                   ["GROUP BY ?o"], ["OFFSET", "OFFSET"], ["LIMIT", "VALUES"]) if "clauses" in dev else \
        pick([], ["LIMIT"], ["OFFSET"], ["LIMIT", "OFFSET"])
    for clause in clauses:
        if " BY " in clause:
            word, _, rest = clause.partition(" ")
            out += [draw(_cased(word)), sp(), rest, sp(False)]
        elif clause == "VALUES":
            out += ["VALUES ?o { <http://x/o> }", sp(False)]
        else:
            number = draw(NUMBER | ODD_NUMBER) if "number" in dev else draw(NUMBER)
            out += [draw(_cased(clause)), sp(), number, sp(False)]
    return "".join(out)


@SETTINGS
@given(lookup_texts())
def test_regex_fast_path_agrees_with_the_lexer(text):
    """Whatever the text, the regex path answers exactly what the lexer answers."""
    assert inspect_query(text) == _inspect(text)
    if _PLAIN_LOOKUP.fullmatch(text):
        assert _inspect(text).bounded_lookup


@pytest.mark.parametrize("deviation", DEVIATIONS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_regex_fast_path_agrees_one_step_away(deviation, data):
    """A lookup changed in one way only (the nearest misses) still reads the same by both paths."""
    text = data.draw(lookup_texts(deviation), label="text")
    assert inspect_query(text) == _inspect(text)


@SETTINGS
@given(st.text(alphabet="SELECTWHRDISNOFabcdpo?$*<>{}.:#\"' \n\t0123456789", max_size=60))
def test_regex_fast_path_agrees_on_any_text(text):
    """Text made of the lookup's own characters, in any order, never splits the two paths."""
    assert inspect_query(text) == _inspect(text)


PLAIN = [
    "SELECT ?p ?o WHERE { <http://x/s> ?p ?o }",
    "select distinct ?o { <http://x/s> <http://x/p> ?o . } limit 5 offset 2",
    "  SELECT REDUCED * WHERE{<s> a <http://x/C>}LIMIT 0",
    "SELECT $o\nWHERE\n{\n<s>\t?p\t$o\n}\nOFFSET 3\n",
    "SeLeCt ?p?o wHeRe { <s> <p><o> } LiMiT 10OFFSET 1",
]


@pytest.mark.parametrize("text", PLAIN, ids=range(len(PLAIN)))
def test_plain_lookups_take_the_regex_path(text):
    """The commonest lookups match the regex, which then answers as the lexer would."""
    assert _PLAIN_LOOKUP.fullmatch(text)
    info = inspect_query(text)
    assert info.bounded_lookup and info.form == "SELECT"
    assert info == _inspect(text)


NOT_PLAIN = [
    "# lookup\nSELECT ?p ?o WHERE { <http://x/s> ?p ?o }",
    "SELECT ?p ?o WHERE { <http://x/s> ?p ?o } # trailing",
    "PREFIX ex: <http://x/> SELECT ?p ?o WHERE { ex:s ?p ?o }",
    "SELECT ?p ?o WHERE { <http://x/s> ?p ?o FILTER(?o) }",
    "SELECT ?p ?o WHERE { <http://x/s> ?p ?o . <http://x/s> ?p ?o }",
    "SELECT ?o WHERE { GRAPH ?g { <http://x/s> ?p ?o } }",
    "SELECT ?p ?o WHERE { <http://x/s> ?p ?o } OFFSET 2 LIMIT 5",
    "SELECT ?p ?o WHERE { <http://x/s> ?p \"o\" }",
    "ASK { <http://x/s> ?p ?o }",
    "SELECT ?é WHERE { <http://x/s> ?p ?é }",
]


@pytest.mark.parametrize("text", NOT_PLAIN, ids=range(len(NOT_PLAIN)))
def test_other_queries_take_the_lexer(text):
    """Comments, prefixes, filters, more patterns and other forms are left to the lexer."""
    assert _PLAIN_LOOKUP.fullmatch(text) is None
    assert inspect_query(text) == _inspect(text)


def test_upper_case_a_is_not_rdf_type():
    """``A`` is not SPARQL's ``a``: neither path should call this a bounded lookup."""
    text = "SELECT ?p ?o WHERE { <http://x/s> A ?o }"
    assert inspect_query(text) == _inspect(text)


# --- part B: counting SPARQL JSON rows without parsing ----------------------------------------

EX = "http://example.org/"
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)
TRICKS = st.sampled_from(['a,{"b', ',{"', 'x}},{"y', '"', "\\", "{}", "line\nbreak", ",{", "é", '"bindings":[]',
                          '},{"s":', "\t", "\r\n", "\\u0022", "\x00"])
OBJECT = st.one_of(
    st.one_of(TEXT, TRICKS).map(ox.Literal),
    st.builds(lambda t, lang: ox.Literal(t, language=lang), st.one_of(TEXT, TRICKS),
              st.from_regex(r"[a-z]{2,3}(-[A-Z]{2}|-[0-9]{3})?", fullmatch=True)),
    st.builds(lambda t, dt: ox.Literal(t, datatype=ox.NamedNode(dt)), st.one_of(TEXT, TRICKS),
              st.sampled_from([EX + "type", "http://www.w3.org/2001/XMLSchema#integer", EX + "t,y;z=1?a='b'&c"])),
    st.text(st.characters(categories=["L", "N"], include_characters=",;=&'()*+!$:@/-._~"),
            max_size=10).map(lambda t: ox.NamedNode(EX + t)),
    st.just(ox.BlankNode("b")),
)
QUADS = st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["p", "q", "p,q;r"]), OBJECT), max_size=12)

QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "SELECT ?o WHERE { ?s ?p ?o }",
    "SELECT DISTINCT ?p WHERE { ?s ?p ?o }",
    "SELECT ?s ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?none } }",
    "SELECT ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?none } }",
    "SELECT ?s WHERE { ?s ?p ?o } LIMIT 0",
    "SELECT * WHERE { VALUES ?x { UNDEF } }",
    "SELECT * WHERE { VALUES (?x ?y) { (UNDEF UNDEF) (UNDEF UNDEF) } }",
    "SELECT * WHERE { }",
    "SELECT ?s ?x WHERE { { ?s ?p ?o } UNION { VALUES ?x { UNDEF } } }",
]


def _store(quads) -> ox.Store:
    store = ox.Store()
    for s, p, o in quads:
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{s}"), ox.NamedNode(EX + p), o))
    return store


def _real_rows(store: ox.Store, query: str) -> int:
    return len(json.loads(store.query(query).serialize(format=ox.QueryResultsFormat.JSON))["results"]["bindings"])


def test_counting_rule_holds_on_this_pyoxigraph():
    """The import-time check found pyoxigraph's JSON countable, so the fast count is in use."""
    assert results._counting_holds() is True


@SETTINGS
@given(QUADS)
def test_json_rows_counts_like_parsing(quads):
    """However the literals and IRIs are written, the byte count equals the parsed count."""
    store = _store(quads)
    for query in QUERIES:
        body = store.query(query).serialize(format=ox.QueryResultsFormat.JSON)
        assert results.json_rows(body) == len(json.loads(body)["results"]["bindings"]), (query, body)


def _rows_in(body: bytes, media: str) -> int:
    if media == "text/csv":
        return len(list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))) - 1
    return len(list(ox.parse_query_results(body, format=results.RESULTS_FORMATS[media])))


@pytest.mark.parametrize("bounded", [True, False], ids=["bounded", "watched"])
@pytest.mark.parametrize("media", list(results.RESULTS_FORMATS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quads=QUADS)
def test_solutions_bytes_counts_and_caps(media, bounded, quads):
    """Each format reports the real row count, holds that many rows, and one row too many is refused."""
    store = _store(quads)
    for query in QUERIES:
        real = _real_rows(store, query)
        body, rows = results.solutions_bytes(store.query(query), media, real + 5, bounded=bounded)
        assert rows == real, query
        assert _rows_in(body, media) == real, (query, body)
        results.solutions_bytes(store.query(query), media, real, bounded=bounded)
        if real:
            with pytest.raises(ResultTooLarge):
                results.solutions_bytes(store.query(query), media, real - 1, bounded=bounded)
