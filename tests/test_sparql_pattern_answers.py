"""Answers written from the store's pattern match (:mod:`osce_kg.loader.store.patterns`) are the engine's.

Part A: a lookup the parser read as one pattern about a named subject is answered from
``quads_for_pattern``; Hypothesis builds stores (duplicates across graphs, the default graph,
literals with quotes, controls, languages and datatypes, blank nodes) and lookups, and the bytes and
row counts must equal those of the SPARQL engine on the same store, through the same code the reader
runs (:func:`_worker.evaluate`) against the worker's own reading of the text.

Part B: a CONSTRUCT over a bounded join (the resource's triples and the labels of what they point
to) is answered from the streamed SELECT of its join; the same comparison, for every graph syntax.
Its solutions are counted as they come: a hub whose solutions multiply is given up after the row
limit (the worker answers it), never collapsed in process.
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osce_kg.loader.errors import ResultTooLarge
from osce_kg.loader.store import patterns
from osce_kg.loader.store.embedded import EmbeddedStore
from osce_kg.server import _worker, querytext
from osce_kg.server.querytext import bounded_query, streamed_construct

X = "http://x/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SUBJECTS = [f"{X}s{i}" for i in range(3)]
PREDICATES = [f"{X}p{i}" for i in range(3)] + [LABEL, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"]
TEXTS = st.text(alphabet=st.sampled_from(list('ab "\\\n\t\r\x00\x01\x08\x0c\x1f\x7f\u2028é€😀<>&\'')), max_size=6)


@st.composite
def objects(draw) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    kind = draw(st.sampled_from(["iri", "subject", "bnode", "plain", "lang", "typed"]))
    if kind == "iri":
        return ox.NamedNode(f"{X}o{draw(st.integers(0, 3))}")
    if kind == "subject":
        return ox.NamedNode(draw(st.sampled_from(SUBJECTS)))
    if kind == "bnode":
        return ox.BlankNode(f"b{draw(st.integers(0, 2))}")
    text = draw(TEXTS)
    if kind == "lang":
        return ox.Literal(text, language=draw(st.sampled_from(["en", "de-AT", "sr-Latn"])))
    if kind == "typed":
        datatype = draw(st.sampled_from(["integer", "date", "boolean", "anyURI"]))
        return ox.Literal(text, datatype=ox.NamedNode(f"http://www.w3.org/2001/XMLSchema#{datatype}"))
    return ox.Literal(text)


GRAPHS = st.sampled_from([ox.DefaultGraph(), ox.NamedNode(f"{X}g1"), ox.NamedNode(f"{X}g2"), ox.NamedNode(f"{X}g3")])


@st.composite
def stores(draw) -> EmbeddedStore:
    """A small store: triples about a few subjects and the labels of what they point to, some of them
    in several graphs (the default graph too)."""
    store = EmbeddedStore(None)
    for _ in range(draw(st.integers(0, 14))):
        subject = ox.NamedNode(draw(st.sampled_from(SUBJECTS + [f"{X}o{i}" for i in range(4)])))
        predicate = ox.NamedNode(draw(st.sampled_from(PREDICATES)))
        obj = draw(objects())
        for graph in draw(st.lists(GRAPHS, min_size=1, max_size=3, unique=True)):
            store.native.add(ox.Quad(subject, predicate, obj, graph))
    return store


TERMS = {"var_p": "?p", "var_o": "?o"}


@st.composite
def lookups(draw) -> str:
    """A lookup the pattern path takes: a named subject, a variable or constant predicate and object,
    a projection, maybe LIMIT and OFFSET, written in varied ways."""
    subject = draw(st.sampled_from(SUBJECTS))
    prefixed = draw(st.booleans())
    predicate = draw(st.sampled_from(["?p", "$p", "a", f"<{X}p0>", f"<{LABEL}>", "ex:p1"]))
    obj = draw(st.sampled_from(["?o", f"<{X}o1>", "ex:o0", f"<{SUBJECTS[0]}>"]))
    pattern_vars = [t[1:] for t in (predicate, obj) if t[0] in "?$"]
    head = draw(st.lists(st.sampled_from(pattern_vars + ["z"]), min_size=1, max_size=3, unique=True))
    subject_text = f"ex:{subject[len(X):]}" if prefixed else f"<{subject}>"
    text = (f"PREFIX ex: <{X}> SELECT {' '.join('?' + v for v in head)} WHERE {{ {subject_text} {predicate} {obj} "
            f"{draw(st.sampled_from(['', '.']))} }}")
    if draw(st.booleans()):
        text += f" LIMIT {draw(st.integers(0, 4))}"
    if draw(st.booleans()):
        text += f" OFFSET {draw(st.integers(0, 3))}"
    return text


def _both(store: EmbeddedStore, query: str, accept: str = "application/sparql-results+json", max_rows: int = 1000):
    """The reader's answer (the parser's reading, the pattern path) and the worker's (the lexer's
    reading, the engine), through :func:`_worker.evaluate`."""
    job = {"query": query, "accept": accept, "max_rows": max_rows, "base": "http://localhost/sparql"}
    here = bounded_query(query)
    assert here is not None and here.pattern is not None, query
    worker = querytext.inspect_query(query)
    return _worker.evaluate(store, dict(job), here), _worker.evaluate(store, dict(job), worker)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stores(), lookups())
def test_a_lookup_from_the_pattern_match_is_the_engines_answer_byte_for_byte(store, query):
    (head_a, body_a), (head_b, body_b) = _both(store, query)
    assert body_a == body_b, query
    assert head_a == head_b, query


def test_the_pattern_path_is_taken_and_keeps_every_graphs_copy(monkeypatch):
    """One row per quad: a triple in the default graph and two named graphs is three rows, as the engine
    gives; the engine is not called."""
    store = EmbeddedStore(None)
    s, p = ox.NamedNode(SUBJECTS[0]), ox.NamedNode(f"{X}p0")
    for graph in (ox.DefaultGraph(), ox.NamedNode(f"{X}g1"), ox.NamedNode(f"{X}g2")):
        store.native.add(ox.Quad(s, p, ox.Literal('say "hi"\n'), graph))
    query = f"SELECT ?p ?o WHERE {{ <{SUBJECTS[0]}> ?p ?o }}"
    expected = _worker.evaluate(store, {"query": query, "max_rows": 10}, querytext.inspect_query(query))
    monkeypatch.setattr(EmbeddedStore, "answer", lambda *a, **k: pytest.fail("the engine was called"))
    header, body = _worker.evaluate(store, {"query": query, "max_rows": 10}, bounded_query(query))
    assert (header, body) == expected and header["rows"] == 3


def test_the_pattern_path_counts_rows_against_the_limit():
    store = EmbeddedStore(None)
    s, p = ox.NamedNode(SUBJECTS[0]), ox.NamedNode(f"{X}p0")
    for i in range(50):
        store.native.add(ox.Quad(s, p, ox.Literal(str(i)), ox.NamedNode(f"{X}g1")))
    query = f"SELECT ?o WHERE {{ <{SUBJECTS[0]}> ?p ?o }}"
    with pytest.raises(ResultTooLarge):
        _worker.evaluate(store, {"query": query, "max_rows": 49}, bounded_query(query))
    limited = query + " LIMIT 49"
    header, _ = _worker.evaluate(store, {"query": limited, "max_rows": 49}, bounded_query(limited))
    assert header["rows"] == 49


@pytest.mark.parametrize("query", [
    f"SELECT * WHERE {{ <{X}s> ?p ?o }}",  # Oxigraph's own column order
    f"SELECT ?p WHERE {{ <{X}s> ?p ?p }}",  # a variable twice
    "SELECT ?p ?o WHERE { <s> ?p ?o }",  # a relative IRI: the base resolves it
    "SELECT ?p ?o WHERE { nope:s ?p ?o }",  # an undeclared prefix: the engine says so
    f"SELECT DISTINCT ?p WHERE {{ <{X}s> ?p ?o }}",
    f"SELECT ?p ?o WHERE {{ <{X}s> ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} }}",
    f"SELECT ?p ?o WHERE {{ VALUES ?r {{ <{X}s> }} ?r ?p ?o }}",
])
def test_other_bounded_selects_keep_the_engine(query):
    info = bounded_query(query)
    assert info is None or info.pattern is None


def test_formats_other_than_sparql_json_keep_the_engine():
    store = EmbeddedStore(None)
    store.native.add(ox.Quad(ox.NamedNode(SUBJECTS[0]), ox.NamedNode(f"{X}p0"), ox.Literal("a,b"), ox.DefaultGraph()))
    query = f"SELECT ?p ?o WHERE {{ <{SUBJECTS[0]}> ?p ?o }}"
    for accept in ("text/csv", "text/tab-separated-values", "application/sparql-results+xml"):
        a, b = _both(store, query, accept)
        assert a == b and a[0]["type"] == accept


# --- part B: a CONSTRUCT over a bounded join, from its streamed SELECT --------------------------------

CONSTRUCTS = [
    f"CONSTRUCT {{ ?r ?p ?o . ?o <{LABEL}> ?l }} WHERE {{ VALUES ?r {{ <{SUBJECTS[0]}> }} ?r ?p ?o "
    f"OPTIONAL {{ ?o <{LABEL}> ?l }} }}",
    f"PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT {{ <{SUBJECTS[1]}> ?p ?o ; a ?o . "
    f"?o rdfs:label ?l }} WHERE {{ <{SUBJECTS[1]}> ?p ?o OPTIONAL {{ ?o rdfs:label ?l }} }}",
    f"CONSTRUCT {{ ?r <{X}p0> ?l . ?o ?p ?r . ?o <{X}none> ?nothing }} WHERE {{ VALUES ?r {{ <{SUBJECTS[0]}> "
    f"<{SUBJECTS[2]}> }} ?r ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} OPTIONAL {{ ?o <{X}p1> ?m }} }}",
]
GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/n-quads", "application/trig",
               "application/rdf+xml"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stores(), st.sampled_from(CONSTRUCTS), st.sampled_from(GRAPH_TYPES))
def test_a_construct_from_its_streamed_join_is_the_engines_answer_byte_for_byte(store, query, accept):
    plan = streamed_construct(query)
    assert plan is not None and bounded_query(query) is None
    job = {"query": query, "accept": accept, "max_rows": 1000, "base": "http://localhost/sparql"}
    here = _worker.construct_here(store, dict(job), plan)
    engine = _worker.evaluate(store, dict(job), querytext.inspect_query(query))
    assert here == engine, query


def test_a_construct_whose_solutions_multiply_is_given_up_after_the_row_limit():
    """300 graphs each holding ``S p O`` and ``O``'s label give 90,000 solutions for a handful of triples:
    the streamed SELECT reads at most the row limit of them, then gives up (the caller sends the
    CONSTRUCT to a worker, with its time limit); a small limit is reached quickly."""
    import time

    store = EmbeddedStore(None)
    s, p, o = (ox.NamedNode(f"{X}{n}") for n in ("s", "p", "o"))
    for g in range(300):
        graph = ox.NamedNode(f"{X}g{g}")
        store.native.add(ox.Quad(s, p, o, graph))
        store.native.add(ox.Quad(o, ox.NamedNode(LABEL), ox.Literal("O"), graph))
    query = f"CONSTRUCT {{ <{X}s> ?p ?o . ?o <{LABEL}> ?l }} WHERE {{ <{X}s> ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} }}"
    plan = streamed_construct(query)
    assert plan is not None
    started = time.perf_counter()
    with pytest.raises(patterns.TooManySolutions):
        _worker.construct_here(store, {"query": query, "max_rows": 1000}, plan)
    assert time.perf_counter() - started < 0.5
    header, _ = _worker.construct_here(store, {"query": query, "max_rows": 100_000}, plan)
    assert header["rows"] == 2  # within the limit, every solution was read and counted


def test_the_executor_answers_a_streamed_construct_here_and_a_multiplying_one_in_a_worker(tmp_path):
    """Through the executor: the bench's CONSTRUCT (a release's triples and its links' labels) takes no
    worker; the hub's goes to a worker past the row limit and is answered there alike."""
    from osce_kg.server.executor import Executor, Job

    store = EmbeddedStore(tmp_path / "store")
    s, p, o = (ox.NamedNode(f"{X}{n}") for n in ("s", "p", "o"))
    for g in range(60):
        graph = ox.NamedNode(f"{X}g{g}")
        store.native.add(ox.Quad(s, p, o, graph))
        store.native.add(ox.Quad(o, ox.NamedNode(LABEL), ox.Literal("O"), graph))
    store.native.add(ox.Quad(ox.NamedNode(f"{X}r"), p, o, ox.NamedNode(f"{X}g0")))
    executor = Executor(store, workers=1, timeout=20, max_rows=1000)
    try:
        small = (f"CONSTRUCT {{ <{X}r> ?p ?o . ?o <{LABEL}> ?l }} "
                 f"WHERE {{ <{X}r> ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} }}")
        hub = small.replace(f"<{X}r>", f"<{X}s>")
        answer = executor.run(Job(query=small, accept="application/n-triples"))
        assert answer.rows == 2 and not executor._started  # no worker was started for it
        answer = executor.run(Job(query=hub, accept="application/n-triples"))  # 3,600 solutions > 1,000
        assert executor._started and answer.rows == 2
        assert answer.body.count(b"\n") == 2
    finally:
        executor.close()
        store.close()


@pytest.mark.parametrize("query", [
    f"CONSTRUCT {{ ?r ?p ?o }} WHERE {{ VALUES ?r {{ <{X}s> }} ?r ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} }} LIMIT 5",
    f"CONSTRUCT {{ ?r ?p ?o }} WHERE {{ VALUES ?r {{ <{X}s> }} ?r ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} }} OFFSET 5",
    f"CONSTRUCT {{ ?o ?q ?z }} WHERE {{ <{X}s> ?p ?o OPTIONAL {{ ?o ?q ?z }} }}",  # an unbounded optional
    f"CONSTRUCT {{ ?r ?p ?o }} WHERE {{ <{X}s> ?p ?o . ?o <{LABEL}> ?l }}",  # two joined patterns
    f"CONSTRUCT {{ <r> ?p ?o }} WHERE {{ <{X}s> ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} }}",  # needs the base
    f"CONSTRUCT {{ ?x ?p ?o }} WHERE {{ ?x ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} }}",
    f"CONSTRUCT {{ <{X}s> ?p ?o . ?o <{LABEL}> ?l }} WHERE {{ <{X}s> ?p ?o "
    f"SERVICE <http://e/> {{ ?o <{LABEL}> ?l }} }}",
])
def test_other_constructs_over_joins_are_not_streamed(query):
    assert streamed_construct(query) is None and bounded_query(query) is None
