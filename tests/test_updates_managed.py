"""Server-managed graphs on a loaded store: read like any graph, never written by maintainers.

The store is the example corpus loaded through the real pipeline (so it holds the ontology,
reference and audit graphs), with one deletion made through the server (so it holds a
tombstone). Requests go over a real socket to the app served as in production.
"""
from __future__ import annotations

import pytest
import requests
from rdflib import URIRef

from osce_kg.loader.delta import parse_update, written_graphs
from osce_kg.loader.iri import MANAGED_GRAPH_KEYS
from osce_kg.loader.settings import Settings
from osce_kg.loader.store import EmbeddedStore
from osce_kg.server.app import create_app
from osce_kg.server.services import EXTENSION_KEY
from sparql_server import serving

BASE = "http://localhost:8000/"
EX = "http://example.org/m/"
TOKEN = "managed-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
UPDATE = {**AUTH, "Content-Type": "application/sparql-update"}
NT = {**AUTH, "Content-Type": "application/n-triples"}
MANAGED = [URIRef(f"{BASE}graph/{key}") for key in MANAGED_GRAPH_KEYS]


@pytest.fixture
def server(corpus_store_path):
    """(url, store) of the app over a copy of the loaded corpus, with one tombstone recorded."""
    settings = Settings(store=corpus_store_path, base=BASE, tokens={"maintainer": TOKEN}, query_workers=1)
    store = EmbeddedStore(corpus_store_path)
    app = create_app(settings, store=store)
    with serving(app) as url:
        gone = f'<{BASE}id/x/gone> <{EX}p> "x" .'
        assert requests.put(url + "/store", params={"graph": EX + "g/gone"}, data=gone, headers=NT,
                            timeout=60).status_code == 201
        assert requests.delete(url + "/store", params={"graph": EX + "g/gone"}, headers=AUTH,
                               timeout=60).status_code == 200
        yield url, app.extensions[EXTENSION_KEY].store


def contents(store, graph: URIRef) -> set:
    return set(store.quads(graph))


def managed_contents(store) -> dict[URIRef, set]:
    out = {g: contents(store, g) for g in MANAGED}
    assert all(out.values()), "the loaded store lacks a managed graph: " + \
        ", ".join(str(g) for g, quads in out.items() if not quads)
    return out


def update(url: str, text: str) -> requests.Response:
    return requests.post(url + "/update", data=text.encode("utf-8"), headers=UPDATE, timeout=300)


# -- ALL, NAMED, GRAPH ?g: the graphs maintainers own ---------------------------------------------
@pytest.mark.parametrize("text", ["CLEAR ALL", "DROP ALL", "CLEAR NAMED", "DROP NAMED",
                                  "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
                                  "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"])
def test_all_named_and_graph_variables_mean_the_maintainers_graphs(server, text):
    url, store = server
    assert update(url, f"INSERT DATA {{ <{EX}s> <{EX}p> 1 . GRAPH <{EX}g/mine> {{ <{EX}s> <{EX}p> 2 }} }}").ok
    before = managed_contents(store)
    documents = [g for g in store.named_graphs() if g not in MANAGED and store.quad_count(g)]
    assert len(documents) > 20
    r = update(url, text)
    assert r.status_code == 200, r.text
    after = managed_contents(store)
    for key in ("ontology", "reference"):
        assert after[URIRef(f"{BASE}graph/{key}")] == before[URIRef(f"{BASE}graph/{key}")]
    for key in ("audit", "tombstones"):  # the write is audited, and the resources it removed remembered
        graph = URIRef(f"{BASE}graph/{key}")
        assert before[graph] < after[graph]
    left = [g for g in store.named_graphs() if g not in MANAGED and store.quad_count(g)]
    cleared_default = not text.endswith("NAMED") and "?g" not in text
    assert left == ([] if cleared_default else [URIRef(BASE + "graph/default")])


def test_graph_variables_in_a_where_clause_do_not_list_managed_graphs(server):
    url, store = server
    r = update(url, f"INSERT {{ GRAPH <{EX}g/seen> {{ ?g <{EX}listed> true }} }} WHERE {{ GRAPH ?g {{ }} }}")
    assert r.status_code == 200, r.text
    seen = {s for s, _, _, _ in store.quads(URIRef(EX + "g/seen"))}
    assert seen and not seen & set(MANAGED)
    assert URIRef(BASE + "graph/seed") in seen or len(seen) > 20


def test_a_managed_graph_named_in_a_where_clause_or_as_a_source_is_read(server):
    url, store = server
    ontology = f"{BASE}graph/ontology"
    r = update(url, f"PREFIX owl: <http://www.w3.org/2002/07/owl#> INSERT {{ GRAPH <{EX}g/classes> "
                    f"{{ ?c <{EX}isClass> true }} }} WHERE {{ GRAPH <{ontology}> {{ ?c a owl:Class }} }}")
    assert r.status_code == 200, r.text
    assert store.quad_count(URIRef(EX + "g/classes")) > 30
    r = update(url, f"ADD <{ontology}> TO <{EX}g/ontology-copy>")
    assert r.status_code == 200, r.text
    assert contents(store, URIRef(EX + "g/ontology-copy")) and store.quad_count(URIRef(ontology))
    assert requests.get(url + "/store", params={"graph": ontology}, headers={"Accept": "text/turtle"},
                        timeout=60).status_code == 200


# -- naming a managed graph in a write: 403 ---------------------------------------------------------
WRITES = [
    "INSERT DATA {{ GRAPH <{m}> {{ <{ex}s> <{ex}p> 1 }} }}",
    "DELETE DATA {{ GRAPH <{m}> {{ <{ex}s> <{ex}p> 1 }} }}",
    "DELETE WHERE {{ GRAPH <{m}> {{ ?s ?p ?o }} }}",
    "DELETE {{ GRAPH <{m}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{m}> {{ ?s ?p ?o }} }}",
    "WITH <{m}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
    "INSERT {{ GRAPH <{m}> {{ <{ex}s> <{ex}p> ?o }} }} WHERE {{ BIND(1 AS ?o) }}",
    "CLEAR GRAPH <{m}>", "DROP GRAPH <{m}>", "DROP SILENT GRAPH <{m}>", "CREATE GRAPH <{m}>",
    "MOVE <{m}> TO <{ex}g/moved>", "COPY <{ex}g/any> TO <{m}>", "ADD DEFAULT TO <{m}>",
    "INSERT DATA {{ <{ex}s> <{ex}p> 3 }} ; CLEAR GRAPH <{m}>",
]


@pytest.mark.parametrize("key", list(MANAGED_GRAPH_KEYS))
def test_a_write_naming_a_managed_graph_is_refused_with_403(server, key):
    url, store = server
    managed = f"{BASE}graph/{key}"
    before = managed_contents(store)
    everything = store.quad_count()
    for template in WRITES:
        text = template.format(m=managed, ex=EX)
        r = update(url, text)
        assert r.status_code == 403, f"{text}: {r.status_code} {r.text}"
        assert f"<{managed}> is managed by the server" in r.json()["detail"]
    body = f'<{EX}s> <{EX}p> "x" .'
    for r in (requests.put(url + "/store", params={"graph": managed}, data=body, headers=NT, timeout=60),
              requests.post(url + "/store", params={"graph": managed}, data=body, headers=NT, timeout=60),
              requests.delete(url + "/store", params={"graph": managed}, headers=AUTH, timeout=60),
              requests.post(url + "/store", data=f'<{EX}s> <{EX}p> "x" <{managed}> .', timeout=60,
                            headers={**AUTH, "Content-Type": "application/n-quads"})):
        assert r.status_code == 403, f"{r.request.method} {r.request.url}: {r.status_code} {r.text}"
        assert f"<{managed}> is managed by the server" in r.json()["detail"]
    assert managed_contents(store) == before and store.quad_count() == everything


def test_a_computed_graph_that_turns_out_managed_is_refused_too(server):
    url, store = server
    before = managed_contents(store)
    r = update(url, f"INSERT {{ GRAPH ?g {{ <{EX}s> <{EX}p> 1 }} }} WHERE {{ BIND(<{BASE}graph/audit> AS ?g) }}")
    assert r.status_code == 403 and "is managed by the server" in r.json()["detail"]
    assert managed_contents(store) == before


# -- which graphs an update writes, from the parse -----------------------------------------------
G, H = URIRef(EX + "g"), URIRef(EX + "h")


@pytest.mark.parametrize("text,written", [
    ("CLEAR ALL", set()), ("DROP NAMED", set()), ("CLEAR DEFAULT", set()),
    (f"DROP GRAPH <{G}>", {G}), (f"CREATE SILENT GRAPH <{G}>", {G}),
    (f"MOVE <{G}> TO <{H}>", {G, H}), (f"COPY <{G}> TO <{H}>", {H}), (f"ADD <{G}> TO DEFAULT", set()),
    (f"INSERT DATA {{ GRAPH <{G}> {{ <{EX}a> <{EX}b> 1 }} }}", {G}),
    ("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", set()),
    (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }}", set()),
    (f"WITH <{G}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", {G}),
    (f"WITH <{G}> INSERT {{ GRAPH <{H}> {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o }}", {H}),
    (f"INSERT {{ <{EX}a> <{EX}b> ?o }} USING <{G}> WHERE {{ ?s ?p ?o }}", set()),
])
def test_written_graphs_are_read_from_the_parsed_update(text, written):
    assert written_graphs(parse_update(text)) == written
