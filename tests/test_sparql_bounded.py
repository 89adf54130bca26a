"""Which queries the server answers in its own process, without a killable worker and its time limit.

:func:`querytext.bounded_query` decides from the tree of a real SPARQL parser (tree-sitter's SPARQL
grammar). Part A: a table of shapes, the hostile ones included. Part B: Hypothesis builds queries a few
steps away from the bounded shapes; every one it accepts is run by Oxigraph over a store whose
named resources have a handful of triples beside 20,000 others, and must never reach those others.
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osce_kg.server import querytext
from osce_kg.server.querytext import bounded_query

L = "<http://www.w3.org/2000/01/rdf-schema#label>"
S = "<http://x/s>"


@pytest.mark.parametrize("query,form", [
    (f"SELECT ?p ?o WHERE {{ {S} ?p ?o }}", "SELECT"),
    (f"SELECT DISTINCT ?o WHERE {{ {S} <http://x/p> ?o . }} LIMIT 5 OFFSET 2", "SELECT"),
    ("PREFIX ex: <http://x/> SELECT * { ex:s ex:p ?o }", "SELECT"),
    (f"ASK {{ {S} a <http://x/C> }}", "ASK"),
    (f"CONSTRUCT WHERE {{ {S} ?p ?o }}", "CONSTRUCT"),
    (f"CONSTRUCT {{ ?r ?p ?o }} WHERE {{ VALUES ?r {{ {S} }} ?r ?p ?o }}", "CONSTRUCT"),
    (f"SELECT * WHERE {{ VALUES ?r {{ {S} }} ?r ?p ?o OPTIONAL {{ ?o {L} ?l }} }} LIMIT 50", "SELECT"),
    (f"SELECT ?p ?o ?l WHERE {{ {S} ?p ?o OPTIONAL {{ ?o {L} ?l }} }}", "SELECT"),
    ("DESCRIBE <http://x/a> <http://x/b>", "DESCRIBE"),
    ("BASE <http://x/> DESCRIBE <a>", "DESCRIBE"),
])
def test_bounded_shapes_are_answered_in_process(query, form):
    info = bounded_query(query)
    assert info is not None and info.form == form and info.bounded_lookup


@pytest.mark.parametrize("query", [
    "SELECT ?s WHERE { ?s ?p ?o }",
    f"SELECT * WHERE {{ {S} ?p ?o . ?o ?q ?r }}",  # a second hop with a free predicate
    f"SELECT * WHERE {{ {S} ?p ?o . ?x ?q ?o }}",  # incoming links of what it points to
    f"SELECT * WHERE {{ {S} ?p ?o OPTIONAL {{ ?o ?q ?l }} }}",  # an optional hop with a free predicate
    f"SELECT * WHERE {{ OPTIONAL {{ ?o {L} ?l }} {S} ?p ?o }}",  # the optional first: evaluated alone
    f"SELECT * WHERE {{ {S} ?p ?o OPTIONAL {{ ?x {L} ?l }} }}",  # an optional about nothing named
    f"SELECT * WHERE {{ ?r ?p ?o VALUES ?r {{ {S} }} }}",  # VALUES after the pattern
    f"SELECT * WHERE {{ VALUES ?r {{ {S} UNDEF }} ?r ?p ?o }}",  # UNDEF leaves ?r unbound
    f"SELECT * WHERE {{ VALUES ?r {{ {' '.join(f'<http://x/{i}>' for i in range(11))} }} ?r ?p ?o }}",
    f"SELECT * WHERE {{ VALUES (?r) {{ ({S}) }} ?r ?p ?o }}",
    f"SELECT * WHERE {{ {S} <http://x/p>* ?o }}",
    f"SELECT * WHERE {{ {S} <http://x/p>/<http://x/q> ?o }}",
    f"SELECT * WHERE {{ {S} ^<http://x/p> ?o }}",
    f"SELECT * WHERE {{ {S} !<http://x/p> ?o }}",
    f"SELECT * WHERE {{ {S} ?p ?o FILTER(?o) }}",
    f"SELECT * WHERE {{ {S} ?p ?o BIND(1 AS ?b) }}",
    f"SELECT * WHERE {{ {{ {S} ?p ?o }} UNION {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ {S} ?p ?o MINUS {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ GRAPH ?g {{ {S} ?p ?o }} }}",
    f"SELECT * WHERE {{ {S} ?p ?o {{ SELECT * WHERE {{ ?a ?b ?c }} }} }}",
    f"SELECT * WHERE {{ {S} ?p ?o SERVICE <http://e/> {{ ?a ?b ?c }} }}",
    f"SELECT (COUNT(*) AS ?n) WHERE {{ {S} ?p ?o }}",
    f"SELECT ?p ?o WHERE {{ {S} ?p ?o }} ORDER BY ?o",
    f"SELECT ?o FROM <http://x/g> WHERE {{ {S} ?p ?o }}",
    f'SELECT * WHERE {{ {S} ?p "o" }}',
    "SELECT * WHERE { _:b ?p ?o }",
    "SELECT * WHERE { [] ?p ?o }",
    f"SELECT * WHERE {{ {S} ?p ?o }} # {{ ?s ?p ?o }}",
    "SELECT * WHERE { <http://x/\\u0073> ?p ?o }",
    f"SELECT * WHERE {{ {S} ?p ?o ",  # does not parse
    f"SELECT * WHERE {{ {S} ?p ?o }} garbage",
    f"SELECT * WHERE {{ {S} ?p ?o }} VALUES ?p {{ <http://x/p> }}",
    "DESCRIBE ?x WHERE { ?x ?p ?o }",
    "DESCRIBE *",
    f"DESCRIBE {' '.join(f'<http://x/{i}>' for i in range(11))}",
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "ASK {}",
    "SELECT * WHERE " + "{ " * 3000 + "}" * 3000,
    f"SELECT ?p ?o WHERE {{ {S} ?p ?o }}" + " " * 2100,  # longer than is read on the event loop
    "SELECT * WHERE { " + f"{S} ?p ?o . " * 9 + "}",  # more patterns than allowed
    # joined patterns whose solutions are collapsed (DISTINCT, REDUCED, CONSTRUCT) or skipped (OFFSET)
    f"CONSTRUCT {{ ?r ?p ?o . ?o {L} ?l }} WHERE {{ VALUES ?r {{ {S} }} ?r ?p ?o OPTIONAL {{ ?o {L} ?l }} }}",
    f"CONSTRUCT {{ {S} ?p ?o . ?o {L} ?l }} WHERE {{ {S} ?p ?o OPTIONAL {{ ?o {L} ?l }} }}",
    f"SELECT DISTINCT ?p WHERE {{ {S} ?p ?o OPTIONAL {{ ?o {L} ?l }} }}",
    f"SELECT REDUCED ?p WHERE {{ {S} ?p ?o . {S} a ?t }}",
    f"SELECT ?p WHERE {{ {S} ?p ?o OPTIONAL {{ ?o {L} ?l }} }} LIMIT 1 OFFSET 100000000",
    # joined patterns that may cross their matches and keep none: one pattern, then one-pattern OPTIONALs
    "PREFIX ex: <http://x/> SELECT * { ex:s a ?t ; ex:p ?o , ?q }",
    f"SELECT * WHERE {{ {S} ?p ?o . <http://x/b> ?q ?r . {S} ?q ?o }}",
    f"ASK {{ {S} ?p ?o OPTIONAL {{ ?o {L} ?l }} <http://x/none> ?q ?z }}",
    f"SELECT * WHERE {{ {S} ?p ?o OPTIONAL {{ ?o {L} ?l . <http://x/none> <http://x/p> ?z }} }}",
])
def test_everything_else_goes_to_a_killable_worker(query):
    assert bounded_query(query) is None


def test_a_text_is_parsed_once_and_the_decisions_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(querytext, "DECISIONS_KEPT", 3)
    calls = []
    real = querytext._parse
    monkeypatch.setattr(querytext, "_parse", lambda source: calls.append(source) or real(source))
    texts = [f"SELECT ?p ?o WHERE {{ <http://x/kept{i}> ?p ?o }}" for i in range(5)]
    for text in texts + texts[-1:]:
        assert bounded_query(text) is not None
    assert len(calls) == 5  # the repeat was not parsed again
    assert len(querytext._DECISIONS) <= 3


def test_a_parse_past_its_budget_counts_as_unbounded(monkeypatch):
    """The parser checks its budget as it goes (about every 100 bytes): a text that takes it longer is
    given up, and the parser is ready for the next one."""
    long_text = "SELECT * WHERE { " + f"{S} ?p ?o " + f"OPTIONAL {{ ?o {L} ?l }} " * 7 + "}"
    monkeypatch.setattr(querytext, "PARSE_BUDGET", -1.0)  # every parse is over budget at its first check
    assert bounded_query(long_text) is None
    monkeypatch.setattr(querytext, "PARSE_BUDGET", 0.002)
    querytext._DECISIONS.clear()
    assert bounded_query(long_text) is not None


def test_one_pause_in_a_parse_is_not_the_texts(monkeypatch):
    """A pause that is not the text's (a full garbage collection run in the parser's callback) puts one
    parse over its budget; the kept decision must still be the text's: it is parsed once more, and only
    a text over budget twice is kept as unbounded."""
    def long(subject: str) -> str:  # long enough for the parser to check its budget as it goes
        return "SELECT * WHERE { " + f"{subject} ?p ?o " + f"OPTIONAL {{ ?o {L} ?l }} " * 7 + "}"

    text = long(S)
    querytext._DECISIONS.clear()
    real, calls = querytext.time.thread_time, []

    class PausedOnce:  # the thread's CPU clock jumps by 1 s during the first parse only
        @staticmethod
        def thread_time() -> float:
            calls.append(1)
            return real() + (1.0 if len(calls) == 2 else 0.0)

    monkeypatch.setattr(querytext, "time", PausedOnce)
    assert bounded_query(text) is not None
    assert bounded_query(text) is not None and querytext._DECISIONS[text][0] is not None

    class AlwaysOver:
        @staticmethod
        def thread_time() -> float:
            calls.append(1)
            return real() + len(calls)

    other = long("<http://x/paused>")
    monkeypatch.setattr(querytext, "time", AlwaysOver)
    assert bounded_query(other) is None and querytext._DECISIONS[other] == (None, None)


# --- part B: whatever is accepted stays within the named resources' triples ------------------------------

NAMED = ["<http://x/s>", "<http://x/t>"]
OTHERS = 20_000


@pytest.fixture(scope="module")
def hub_store() -> ox.Store:
    """Two named resources with three triples each (pointing to resources with a label), beside
    20,000 triples about other resources that a bounded query must never reach."""
    store = ox.Store()
    p, label = ox.NamedNode("http://x/p"), ox.NamedNode(L[1:-1])
    for name in NAMED:
        for i in range(3):
            target = ox.NamedNode(f"http://x/target{i}")
            store.add(ox.Quad(ox.NamedNode(name[1:-1]), p, target, ox.NamedNode("http://x/g")))
            store.add(ox.Quad(target, label, ox.Literal(f"t{i}"), ox.NamedNode("http://x/g")))
    for i in range(OTHERS):
        store.add(ox.Quad(ox.NamedNode(f"http://y/{i}"), p if i % 2 else label, ox.NamedNode(f"http://y/{i + 1}"),
                          ox.NamedNode("http://x/g")))
    return store


VARS = ["?r", "?p", "?o", "?l", "?x"]
SUBJECTS = st.sampled_from([*NAMED, *VARS])
PREDICATES = st.sampled_from(["?p", "?q", "<http://x/p>", L, "a", "<http://x/p>*", "^<http://x/p>"])
OBJECTS = st.sampled_from([*VARS, "<http://x/target0>", "?l"])


@st.composite
def near_bounded(draw) -> str:
    """A query of the bounded shapes' parts, put together at random (most are not bounded)."""
    triples = [f"{draw(SUBJECTS)} {draw(PREDICATES)} {draw(OBJECTS)} ."
               for _ in range(draw(st.integers(1, 3)))]
    parts = list(triples)
    if draw(st.booleans()):
        rows = draw(st.lists(st.sampled_from([*NAMED, "UNDEF"]), min_size=1, max_size=3))
        values = f"VALUES {draw(st.sampled_from(VARS))} {{ {' '.join(rows)} }}"
        parts.insert(draw(st.integers(0, len(parts))), values)
    if draw(st.booleans()):
        optional = f"OPTIONAL {{ {draw(SUBJECTS)} {draw(PREDICATES)} {draw(OBJECTS)} }}"
        parts.insert(draw(st.integers(0, len(parts))), optional)
    where = "{ " + " ".join(parts) + " }"
    form = draw(st.sampled_from(["SELECT * WHERE", "SELECT DISTINCT ?o WHERE", "ASK", "CONSTRUCT WHERE",
                                 "CONSTRUCT { ?r ?p ?o . ?o ?p ?l } WHERE"]))
    if form == "CONSTRUCT WHERE":
        where = "{ " + " ".join(triples) + " }"
    return f"{form} {where}"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(near_bounded())
def test_an_accepted_query_never_reaches_past_the_named_resources(hub_store, query):
    if bounded_query(query) is None:
        return
    result = hub_store.query(query, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return
    rows = list(result)
    assert len(rows) <= 100, query  # the named resources' neighbourhood: a few dozen at most
    for row in rows:
        terms = list(row) if isinstance(row, ox.Triple) else [row[v] for v in result.variables]
        assert not any(isinstance(t, ox.NamedNode) and t.value.startswith("http://y/") for t in terms), query


def test_the_generator_does_reach_accepted_queries():
    """Part B would prove nothing if no generated query were accepted: these are among its outputs."""
    for query in (f"SELECT * WHERE {{ <http://x/s> ?p ?o . OPTIONAL {{ ?o {L} ?l }} }}",
                  "ASK { VALUES ?r { <http://x/s> <http://x/t> } ?r ?p ?o . }",
                  "CONSTRUCT WHERE { <http://x/s> ?p ?o . }"):
        assert bounded_query(query) is not None, query


# --- part C: the lean GET path of the ASGI app answers as the full reading does ---------------------------

def _call(app, query_string: bytes, headers: list[tuple[bytes, bytes]]) -> tuple[int, dict[bytes, bytes], bytes]:
    import asyncio

    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/sparql", "raw_path": b"/sparql", "root_path": "",
             "query_string": query_string, "scheme": "http", "http_version": "1.1", "server": ("127.0.0.1", 8000),
             "client": ("127.0.0.1", 5000), "headers": [(b"host", b"127.0.0.1:8000"), *headers]}
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], dict(sent[0]["headers"]), b"".join(m.get("body", b"") for m in sent[1:])


@pytest.mark.parametrize("cache_bytes", [0, 1 << 20])
def test_the_lean_get_path_answers_as_the_full_reading(tmp_path, monkeypatch, cache_bytes):
    from urllib.parse import urlencode

    from osce_kg.server.asgi import QueryFirstApp
    from osce_kg.server.sparql import executor_of
    from sparql_server import EX, make_app

    app = make_app(tmp_path, query_workers=1, cache_bytes=cache_bytes)
    lean = QueryFirstApp(app)
    requests_ = [
        (urlencode({"query": f"SELECT ?p ?o WHERE {{ <{EX}release1> ?p ?o }}"}).encode(), [(b"accept", b"text/csv")]),
        (urlencode({"query": f"CONSTRUCT WHERE {{ <{EX}release1> ?p ?o }}"}).encode(),
         [(b"accept", b"application/n-triples"), (b"origin", b"https://x.example")]),
        (urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).encode(), []),  # a worker's
        (b"query=SELECT+*+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D+LIMIT+1", [(b"accept", b"text/tab-separated-values")]),
        (b"query=SELECT+%FF", []),  # not UTF-8: 400 from the full reading
        (b"query=", []),  # an empty query: 400
        (urlencode({"query": "ASK {}"}).encode(), [(b"accept", b"text/html")]),  # the query page
        (urlencode({"query": "ASK {}"}).encode(), [(b"if-none-match", b'"nothing"')]),
    ]
    try:
        lean_answers = [_call(lean, qs, headers) for qs, headers in requests_]
        monkeypatch.setattr(QueryFirstApp, "_lean", lambda self, scope: None)
        full = QueryFirstApp(app)
        full_answers = [_call(full, qs, headers) for qs, headers in requests_]
    finally:
        executor_of(app).close()
    for request, a, b in zip(requests_, lean_answers, full_answers):
        assert a[0] == b[0], request
        assert a[2] == b[2] or b"html" in a[1].get(b"content-type", b""), request  # the page names a token
        assert {k: v for k, v in a[1].items() if k != b"etag"} == {k: v for k, v in b[1].items() if k != b"etag"}
    assert [a[0] for a in lean_answers][:4] == [200, 200, 200, 200]


def test_joined_solutions_are_never_collapsed_in_process():
    """Why a join may not be collapsed here: in the union default graph a hub's triple comes once per
    graph that holds it, so 300 graphs that each name ``S`` and its neighbour's label give 90,000
    solutions. Streamed, each is a row the row limit counts; DISTINCT and CONSTRUCT keep one or two
    of them, so the work behind an answer is unbounded by its size. Those texts go to a worker."""
    store = ox.Store()
    s, p, o, label = (ox.NamedNode(f"http://x/{n}") for n in ("s", "p", "o", "label"))
    for g in range(300):
        graph = ox.NamedNode(f"http://x/g{g}")
        store.add(ox.Quad(s, p, o, graph))
        store.add(ox.Quad(o, label, ox.Literal("O"), graph))
    where = f"WHERE {{ {S} ?p ?o OPTIONAL {{ ?o <http://x/label> ?l }} }}"
    streamed = f"SELECT ?p ?o ?l {where}"
    assert len(list(store.query(streamed, use_default_graph_as_union=True))) == 300 * 300
    assert bounded_query(streamed) is not None  # every solution is a row: the row limit bounds it
    for collapsed in (f"SELECT DISTINCT ?p {where}", f"CONSTRUCT {{ {S} ?p ?o . ?o <http://x/label> ?l }} {where}"):
        assert len(list(store.query(collapsed, use_default_graph_as_union=True))) <= 2
        assert bounded_query(collapsed) is None, collapsed
