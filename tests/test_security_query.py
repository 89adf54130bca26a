"""Issue 10, findings 1, 9 and 10: a query can fetch nothing the server was not configured to
fetch, cannot freeze the event loop by its size, and cannot take the server's memory.

Local listeners count every connection made to them; the server runs as in production
(the ASGI app under Granian, real query workers) where a finding was seen over a socket.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osce_kg.loader.errors import OsceKgError
from osce_kg.loader.store.remote import RemoteStore
from osce_kg.server import querytext
from osce_kg.server.executor import Executor, Job
from osce_kg.server.querytext import FederationRefused
from osce_kg.server.remote_executor import RemoteExecutor
from listening import Listener as _Listener
from sparql_server import EX, build_store, make_app, serving

JSON_RESULTS = "application/sparql-results+json"
TINY_RESULT = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "hello"}}]}}
LOOKUP = f"SELECT ?p ?o WHERE {{ <{EX}release1> ?p ?o }}"
CARTESIAN = "SELECT * { ?s ?p ?o . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 . ?s4 ?p4 ?o4 . ?s5 ?p5 ?o5 } ORDER BY ?o ?o2 ?o3 ?o4 ?o5"


def Listener(status: int = 200, body: bytes = json.dumps(TINY_RESULT).encode(),
             content_type: str = JSON_RESULTS) -> _Listener:
    """A counting listener that answers as a SPARQL endpoint with one row."""
    return _Listener(status, body, content_type)


@pytest.fixture
def forbidden():
    """A listener no query may reach."""
    listener = Listener()
    yield listener
    listener.close()


@pytest.fixture
def allowed():
    """A listener on the allowlist, answering a one-row SPARQL JSON result."""
    listener = Listener()
    yield listener
    listener.close()


def finding_1(base: str) -> str:
    """The query that bypassed the old lexer: it read ``<'>`` as an IRI and the rest as a string."""
    return f"SELECT * WHERE {{ BIND(1<'>' AS ?c) SERVICE <{base}x> {{ ?s ?p ?o }} }}#'"


def problem_of(response: requests.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    return response.json()


# -- finding 1 over a real socket ---------------------------------------------------------------

def finding_1_variants(base: str) -> list[str]:
    return [
        finding_1(base),
        f"SELECT * WHERE {{ BIND(1<'>' AS ?c) SERVICE SILENT <{base}x> {{ ?s ?p ?o }} }}#'",
        f"select * where {{ bind(1<'>' as ?c) sErViCe <{base}x> {{ ?s ?p ?o }} }}#'",
        f"PREFIX s: <{base}> SELECT * WHERE {{ FILTER(1<'>') OPTIONAL {{ SERVICE s:x {{ ?s ?p ?o }} }} }}#'",
        f"BASE <{base}> ASK {{ BIND(2<\">\" AS ?c) {{ SELECT * {{ SERVICE <y> {{ ?s ?p ?o }} }} }} }}#\"",
        f'VERSION "1.2" SELECT * WHERE {{ SERVICE <{base}x> {{ ?s ?p ?o }} }}',  # rdflib cannot read it
        f'VERSION "1.2" SELECT * WHERE {{ SERVICE SILENT <{base}x> {{ ?s ?p ?o }} }}',
    ]


@pytest.mark.e2e
def test_hidden_service_fetches_nothing_over_http(tmp_path, forbidden, allowed):
    """Every way in (GET, form, direct POST, the HTML page) refuses the finding-1 query and its
    variants, or answers a SILENT one empty, and the listener is never contacted."""
    app = make_app(tmp_path, service_allowlist=(allowed.base + "sparql",))
    with serving(app) as base:
        for query in finding_1_variants(forbidden.base):
            answers = [
                requests.get(base + "/sparql", params={"query": query}, headers={"Accept": JSON_RESULTS}, timeout=30),
                requests.post(base + "/sparql", data={"query": query}, headers={"Accept": JSON_RESULTS}, timeout=30),
                requests.post(base + "/sparql", data=query.encode(), timeout=30,
                              headers={"Content-Type": "application/sparql-query", "Accept": JSON_RESULTS}),
                requests.get(base + "/sparql", params={"query": query}, headers={"Accept": "text/html"}, timeout=30),
            ]
            for response in answers:
                silent = "SILENT" in query and response.status_code == 200
                assert silent or response.status_code == 400, (query, response.status_code, response.text[:300])
                if response.status_code == 400 and "json" in response.headers["Content-Type"]:
                    assert "SERVICE" in response.json()["detail"]
    assert forbidden.connections == 0
    assert allowed.connections == 0


# -- the fuzz: SERVICE hidden in every lexical context -------------------------------------------

F, A = "@F@", "@A@"  # the forbidden listener's base and the allowlisted endpoint, filled in per test


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda flips: "".join(c.upper() if f else c.lower() for c, f in zip(word, flips)))


#: how a SERVICE endpoint is written: (prologue, as written, the IRI rdflib resolves it to);
#: relative IRIs resolve against the job's base, F + "sparql"
TARGETS = [
    ("", f"<{F}x>", f"{F}x"),
    ("", f"<{F}a'b>", f"{F}a'b"),
    ("", f"<{F}a#b>", f"{F}a#b"),
    (f"PREFIX s: <{F}>", "s:x", f"{F}x"),
    (f"PREFIX : <{F}>", ":x", f"{F}x"),
    (f"BASE <{F}>", "<y>", f"{F}y"),
    ("", "</rel>", f"{F}rel"),
    ("", f"<{F}\\u0078>", f"{F}x"),
    ("", f"<{A}>", A),
]
KEYWORDS = st.one_of(_cased("SERVICE"), st.sampled_from(["\\u0053ERVICE", "SERV\\u0049CE"]))
#: live contexts: the clause takes part in the query
LIVE = [
    "{}", "OPTIONAL {{ {} }}", "{{ {} }} UNION {{ ?s ?p ?o }}", "GRAPH ?g {{ {} }}",
    "{{ SELECT * WHERE {{ {} }} }}", "FILTER EXISTS {{ {} }}", "MINUS {{ {} }}", "{{ {{ {} }} }}",
    "FILTER NOT EXISTS {{ ?s ?p ?o . {} }}",
]
#: dead contexts: the clause is text in a string, a comment or an IRI
DEAD = [
    'BIND("{}" AS ?d)', "BIND('{}' AS ?d)", "BIND('''{}''' AS ?d)", 'BIND("""{}""" AS ?d)',
    'BIND("\\"{}\\"" AS ?d)', "BIND('\\'{}' AS ?d)", "# {}\n", "BIND(<http://x/{}> AS ?d)",
]
#: text that fooled the old lexer, put before a clause
CONFUSERS = ["", "BIND(1<'>' AS ?c) ", "FILTER(1<'>') ", 'BIND(2<">" AS ?c2) ', "BIND(1<'''>''' AS ?c3) "]
SUFFIXES = ["", "#'", '#"', "#'''", "\n# SERVICE <@F@c> {}"]
FORMS = ["SELECT * WHERE {{ {} }}", "ASK {{ {} }}", "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {} }}",
         "select ?s {{ {} }} LIMIT 1", "DESCRIBE ?s WHERE {{ {} }}"]


def _dead_text(template: str, clause: str) -> str:
    """``clause`` escaped for the string or IRI of ``template``, so that it stays dead there."""
    if template.startswith("BIND(<"):
        return "SERVICE"  # an IRI holds no spaces or braces: the keyword alone
    if template.startswith("#"):
        return clause
    quote = "'" if "'{}'" in template or "'\\'{}'" in template else '"'
    return clause.replace("\\", "\\\\").replace(quote, "\\" + quote)


@st.composite
def hidden_services(draw) -> tuple[str, list[str]]:
    """A query text with SERVICE clauses in live and dead places, and the endpoints of the live ones."""
    prologue: list[str] = []
    live: list[str] = []
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        before, written, resolved = draw(st.sampled_from(TARGETS))
        clause = f"{draw(KEYWORDS)} {draw(st.sampled_from(['', 'SILENT ', 'silent ']))}{written} {{ ?s ?p ?o }}"
        if before and before not in prologue:
            prologue.append(before)
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(CONFUSERS)) + draw(st.sampled_from(LIVE)).format(clause))
            live.append(resolved)
        else:
            template = draw(st.sampled_from(DEAD))
            parts.append(template.format(_dead_text(template, clause)))
        if draw(st.booleans()):
            parts.append("?s ?p ?o .")
    prologue.sort(key=lambda line: not line.startswith("BASE"))  # BASE first: it resolves what follows
    body = draw(st.sampled_from(FORMS)).format(" ".join(parts))
    return " ".join(prologue) + (" " if prologue else "") + body + draw(st.sampled_from(SUFFIXES)), live


def _fill(text: str, forbidden: Listener, allowed_endpoint: str) -> str:
    return text.replace(F, forbidden.base).replace(A, allowed_endpoint)


@pytest.fixture
def guarded(tmp_path, forbidden, allowed):
    """An executor with real workers whose allowlist names ``allowed``'s endpoint."""
    store = build_store(tmp_path / "store")
    executor = Executor(store, workers=2, timeout=10.0, max_rows=1000)
    yield executor, forbidden, allowed, allowed.base + "sparql"
    executor.close()
    store.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(generated=hidden_services())
def test_fuzz_hidden_service_never_reaches_the_forbidden_listener(guarded, generated):
    """Whatever the query, run by the real executor and workers, the forbidden listener sees no
    connection; the allowlisted one is reached only when every live endpoint is allowlisted."""
    executor, forbidden, allowed, endpoint = guarded
    text, live = generated
    query = _fill(text, forbidden, endpoint)
    before = allowed.connections
    try:
        executor.run(Job(query, base=forbidden.base + "sparql", allowlist=(endpoint,)))
    except OsceKgError:
        pass
    assert forbidden.connections == 0, query
    if allowed.connections > before:
        assert live and all(target == A for target in live), query


@pytest.mark.e2e
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(generated=hidden_services())
def test_fuzz_sample_over_http(http_guarded, generated):
    """A sample of the fuzz through the real server."""
    base, forbidden, endpoint = http_guarded
    query = _fill(generated[0], forbidden, endpoint)
    response = requests.post(base + "/sparql", data={"query": query}, timeout=30)
    assert response.status_code in (200, 400, 503), response.text
    assert forbidden.connections == 0, query


@pytest.fixture
def http_guarded(tmp_path, forbidden, allowed):
    endpoint = allowed.base + "sparql"
    with serving(make_app(tmp_path, service_allowlist=(endpoint,))) as base:
        yield base, forbidden, endpoint


# -- the checker against the real parsers ---------------------------------------------------------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=hidden_services())
def test_checker_agrees_with_rdflib_and_the_generator(generated):
    """On every generated query rdflib parses: the SERVICE endpoints read are exactly the live
    ones the generator placed, and the decision follows from them (none: runs confined; one not
    allowlisted: refused; all allowlisted: federates or, if ambiguous, refused; never confined)."""
    forbidden, endpoint = "http://127.0.0.1:9/", "http://127.0.0.1:8/sparql"
    text, live = generated
    query = text.replace(F, forbidden).replace(A, endpoint)
    expected = [t.replace(F, forbidden).replace(A, endpoint) for t in live]
    targets = querytext.service_targets(query, forbidden + "sparql")
    if targets is None:
        return  # rdflib cannot read it: it runs sandboxed (the fuzz above covers that)
    assert Counter(targets) == Counter(expected), query
    assert querytext.may_federate(query) or not targets
    try:
        federates = querytext.check_federation(query, forbidden + "sparql", (endpoint,), confined=True)
    except FederationRefused:
        assert expected, query
        return
    assert federates == bool(expected) and all(t == endpoint for t in expected), query


@pytest.fixture(scope="module")
def module_listener():
    listener = Listener()
    yield listener
    listener.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=hidden_services())
def test_what_the_checker_passes_as_local_never_fetches_in_oxigraph(module_listener, generated):
    """Differential against the parser that runs queries: when the checker finds no SERVICE
    (so the query would run without the federating workers), pyoxigraph, unsandboxed here,
    makes no connection either."""
    query = _fill(generated[0], module_listener, "http://127.0.0.1:8/sparql")
    if querytext.service_targets(query, module_listener.base + "sparql") != ():
        return
    before = module_listener.connections
    try:
        result = ox.Store().query(query, base_iri=module_listener.base + "sparql")
        list(result) if not isinstance(result, ox.QueryBoolean) else bool(result)
    except (SyntaxError, ValueError, OSError):
        pass
    assert module_listener.connections == before, query


def test_the_in_process_path_never_takes_a_text_that_could_federate(tmp_path):
    """Bounded lookups run in the unsandboxed server process only when the text holds no
    backslash and no ``service`` in any case."""
    store = build_store(tmp_path / "store")
    executor = Executor(store, workers=1)
    try:
        assert executor.local_lookup(LOOKUP) is not None
        for text in (f"SELECT ?p ?o WHERE {{ <{EX}Service> ?p ?o }}",
                     "SELECT ?p ?o WHERE { <http://x/\\u0073> ?p ?o }",
                     f"SELECT ?p ?o WHERE {{ <{EX}release1> ?p ?o }} # sErViCe",
                     LOOKUP + " " * _padding_past_inspection(LOOKUP)):
            assert executor.local_lookup(text) is None, text
    finally:
        executor.close()
        store.close()


def _padding_past_inspection(text: str) -> int:
    """Padding that takes ``text`` past the length inspected in the server process."""
    from osce_kg.server.executor import INSPECT_HERE

    return INSPECT_HERE + 1 - len(text)


# -- the allowlist ---------------------------------------------------------------------------------

@pytest.mark.e2e
def test_an_allowlisted_endpoint_answers_and_another_is_not_reached(tmp_path, forbidden, allowed):
    endpoint = allowed.base + "sparql"
    app = make_app(tmp_path, service_allowlist=(endpoint,))
    with serving(app) as base:
        ok = requests.get(base + "/sparql", headers={"Accept": JSON_RESULTS}, timeout=30, params={
            "query": f"PREFIX e: <{allowed.base}> SELECT ?x WHERE {{ SERVICE e:sparql {{ ?x ?p ?o }} }}"})
        assert ok.status_code == 200, ok.text
        assert [b["x"]["value"] for b in ok.json()["results"]["bindings"]] == ["hello"]
        assert allowed.connections == 1
        mixed = requests.get(base + "/sparql", headers={"Accept": JSON_RESULTS}, timeout=30, params={
            "query": f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} SERVICE <{forbidden.base}x> {{ }} }}"})
        assert f"SERVICE <{forbidden.base}x> refused" in problem_of(mixed, 400)["detail"]
    assert forbidden.connections == 0 and allowed.connections == 1


@pytest.mark.e2e
def test_a_failing_allowlisted_endpoint_is_named_but_its_body_never_echoed(tmp_path):
    failing = Listener(status=500, body=b"<html>secret-of-the-endpoint</html>", content_type="text/html")
    try:
        endpoint = failing.base + "sparql"
        with serving(make_app(tmp_path, service_allowlist=(endpoint,))) as base:
            response = requests.get(base + "/sparql", headers={"Accept": JSON_RESULTS}, timeout=30,
                                    params={"query": f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"})
        problem = problem_of(response, 503)
        assert f"SERVICE <{endpoint}> answered HTTP 500" in problem["detail"]
        assert "secret" not in response.text
        assert failing.connections == 1
    finally:
        failing.close()


def test_the_remote_store_path_refuses_what_rdflib_reads_as_unallowed(forbidden, allowed):
    """With a remote store, the remote store would fetch: the same real-parser decision
    refuses before anything is forwarded."""
    remote = Listener()  # stands in for the remote store's query endpoint
    store = RemoteStore(remote.base + "query", remote.base + "update")
    executor = RemoteExecutor(store, timeout=10, max_query_bytes=4096)
    endpoint = allowed.base + "sparql"
    try:
        refused = [finding_1(forbidden.base),
                   f'VERSION "1.2" SELECT * WHERE {{ SERVICE SILENT <{endpoint}> {{ }} }}',  # unreadable
                   f"PREFIX s: <{forbidden.base}> SELECT * {{ sErViCe s:x {{ }} }}"]
        for query in refused:
            with pytest.raises(FederationRefused):
                executor.run(Job(query, format=JSON_RESULTS, allowlist=(endpoint,)))
        assert remote.connections == 0
        with pytest.raises(querytext.QueryTooLarge):
            executor.run(Job("ASK {}" + " " * 5000, format=JSON_RESULTS))
        answer = executor.run(Job(f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?x ?p ?o }} }}",
                                  format=JSON_RESULTS, allowlist=(endpoint,)))
        assert json.loads(answer.body) == TINY_RESULT and remote.connections == 1
        assert forbidden.connections == 0
    finally:
        store.close()
        remote.close()


# -- the sandbox --------------------------------------------------------------------------------------

def test_a_sandboxed_process_cannot_open_an_internet_socket():
    code = ("import socket; from osce_kg.server.sandbox import deny_network; assert deny_network()\n"
            "try:\n    socket.create_connection(('127.0.0.1', 9))\nexcept PermissionError:\n    print('refused')\n"
            "socket.socketpair()[0].close(); print('unix ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["refused", "unix", "ok"]


def test_the_query_workers_run_under_seccomp_and_refuse_what_rdflib_cannot_read(tmp_path, forbidden):
    store = build_store(tmp_path / "store")
    executor = Executor(store, workers=1, timeout=10)
    try:
        with pytest.raises(FederationRefused, match="without network access"):
            executor.run(Job(f'VERSION "1.2" SELECT * {{ SERVICE <{forbidden.base}x> {{ ?s ?p ?o }} }}',
                             format="text/csv"))
        [worker] = executor._processes
        status = Path(f"/proc/{worker.proc.pid}/status").read_text()
        assert "Seccomp:\t2" in status  # a filter is installed
    finally:
        executor.close()
        store.close()
    assert forbidden.connections == 0


# -- finding 9: size first, nothing heavy on the event loop -------------------------------------

@pytest.mark.e2e
def test_a_query_over_the_size_limit_is_413(tmp_path):
    with serving(make_app(tmp_path, max_query_bytes=2000)) as base:
        response = requests.post(base + "/sparql", data=("ASK {}" + " " * 2000).encode(), timeout=30,
                                 headers={"Content-Type": "application/sparql-query"})
        detail = problem_of(response, 413)["detail"]
        assert "2000 bytes" in detail and "OSCE_KG_MAX_QUERY_BYTES" in detail
        form = requests.post(base + "/sparql", data={"query": "ASK {}" + " " * 2000}, timeout=30)
        assert problem_of(form, 413)["status"] == 413
        assert requests.post(base + "/sparql", data={"query": "ASK {}"}, timeout=30).status_code == 200


@pytest.mark.e2e
def test_huge_queries_do_not_stall_lookups_or_pages(tmp_path):
    """Three queries just under 1 MiB, slow to lex (each ~1 s for the lexer, which used to run
    on the event loop) and naming ``service`` for the parser to look for, are answered (refused),
    while lookups (answered on the event loop) and /robots.txt (Flask) go on answering."""
    limit = 1024 * 1024
    app = make_app(tmp_path, query_timeout=10.0, max_query_bytes=limit)
    huge = "SELECT * { " + "<a" * ((limit - 40) // 2) + "} # service"
    assert len(huge.encode()) <= limit
    with serving(app) as base, ThreadPoolExecutor(3) as pool:
        pending = [pool.submit(requests.post, base + "/sparql", data=huge.encode(), timeout=60,
                               headers={"Content-Type": "application/sparql-query"}) for _ in range(3)]
        slowest = 0.0
        while not all(p.done() for p in pending):
            for path, params in (("/sparql", {"query": LOOKUP}), ("/robots.txt", {})):
                started = time.monotonic()
                assert requests.get(base + path, params=params, timeout=30).status_code == 200
                slowest = max(slowest, time.monotonic() - started)
            time.sleep(0.02)
        for answer in pending:
            assert answer.result().status_code == 400, answer.result().text[:300]
    assert slowest < 1.0, f"a lookup waited {slowest:.2f} s beside the huge queries"


# -- finding 10: each worker's memory is capped -----------------------------------------------------

def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.e2e
def test_queries_over_the_memory_cap_are_503_and_the_server_goes_on(tmp_path):
    app = make_app(tmp_path, worker_memory_mb=300, query_timeout=30.0, query_workers=2)
    with serving(app) as base:
        assert requests.post(base + "/sparql", data={"query": "ASK { ?s ?p ?o }"}, timeout=30).status_code == 200
        before = _rss_mib()
        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(lambda _: requests.post(base + "/sparql", data={"query": CARTESIAN},
                                                            headers={"Accept": "text/csv"}, timeout=60), range(2)))
        for response in answers:
            detail = problem_of(response, 503)["detail"]
            assert "300 MiB" in detail and "OSCE_KG_WORKER_MEMORY_MB" in detail
        assert _rss_mib() - before < 100  # the server process took none of it
        assert requests.get(base + "/sparql", params={"query": LOOKUP}, timeout=30).status_code == 200
        count = requests.post(base + "/sparql", data={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"},
                              headers={"Accept": "text/csv"}, timeout=30)
        assert count.status_code == 200 and int(count.text.split()[1]) > 0  # the workers were replaced
