"""A CONSTRUCT over a bounded join, answered in process from its streamed SELECT, is the engine's answer.

The single-resource CONSTRUCT (the resource's triples and the labels of what they point to) is
answered in the reader from the streamed SELECT of its join (:mod:`osce_kg.loader.store.patterns`).
Hypothesis builds stores (triples in several graphs, the default graph too, literals with quotes,
controls, languages and datatypes, blank nodes), and the bytes and triple counts must equal those
of the SPARQL engine on the same store, through the same code the worker runs (:func:`_worker.evaluate`,
on the worker's own reading of the text), in every graph syntax. Its solutions are counted as they
come: a hub whose solutions multiply is given up after the row limit (a worker answers it, with its
time limit), never collapsed in process.
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


def _hub_store(path) -> EmbeddedStore:
    """``X:s`` points to ``X:o`` in 60 graphs, each naming ``X:o``'s label too (3,600 solutions for two
    triples); ``X:r`` points to ``X:o`` once."""
    store = EmbeddedStore(path)
    s, p, o = (ox.NamedNode(f"{X}{n}") for n in ("s", "p", "o"))
    for g in range(60):
        graph = ox.NamedNode(f"{X}g{g}")
        store.native.add(ox.Quad(s, p, o, graph))
        store.native.add(ox.Quad(o, ox.NamedNode(LABEL), ox.Literal("O"), graph))
    store.native.add(ox.Quad(ox.NamedNode(f"{X}r"), p, o, ox.NamedNode(f"{X}g0")))
    return store


SMALL = f"CONSTRUCT {{ <{X}r> ?p ?o . ?o <{LABEL}> ?l }} WHERE {{ <{X}r> ?p ?o OPTIONAL {{ ?o <{LABEL}> ?l }} }}"
HUB = SMALL.replace(f"<{X}r>", f"<{X}s>")


@pytest.mark.parametrize("streamed,max_rows,small_here,hub_here", [
    (10_000, 1000, True, False),  # the row limit bounds the solutions read here
    (100, 100_000, True, False),  # OSCE_KG_STREAMED_SOLUTIONS bounds them below it
    (10_000, 100_000, True, True),
    (0, 100_000, False, False),  # 0: every such CONSTRUCT goes to a worker
])
def test_the_executor_reads_a_constructs_join_here_up_to_its_bound_then_asks_a_worker(
        tmp_path, streamed, max_rows, small_here, hub_here):
    """Through the executor: the bench's CONSTRUCT (a resource's triples and its links' labels) takes no
    worker; the hub's is read here up to ``min(streamed_solutions, max_rows)`` solutions, then goes to a
    worker and is answered there alike."""
    from osce_kg.server.executor import Executor, Job

    store = _hub_store(tmp_path / "store")
    executor = Executor(store, workers=1, timeout=20, max_rows=max_rows, streamed_solutions=streamed)
    try:
        for query, here in ((SMALL, small_here), (HUB, hub_here)):
            assert (executor._answer_here(Job(query=query, accept="application/n-triples")) is not None) == here
            answer = executor.run(Job(query=query, accept="application/n-triples"))
            assert answer.rows == 2 and answer.body.count(b"\n") == 2
        assert executor._started == (not (small_here and hub_here))  # a worker only when one was asked
    finally:
        executor.close()
        store.close()


def test_the_streamed_solutions_setting_is_read_from_the_environment():
    from osce_kg.loader.settings import Settings, load_settings

    assert Settings().streamed_solutions == 10_000
    assert load_settings({"OSCE_KG_STREAMED_SOLUTIONS": "0"}).streamed_solutions == 0


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
