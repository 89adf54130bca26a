"""Virtuoso 7 (Debian's virtuoso-opensource-7) as the remote store: the store contract, writes
Virtuoso would refuse as one request, the staging of large graphs, and a corpus load that gives
the same named graphs as the embedded store. Skipped when ``virtuoso-t`` is not installed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from rdflib import Graph
from rdflib import Literal, URIRef

import test_store
from osce_kg.loader.errors import StoreError
from osce_kg.loader.store import Change, EmbeddedStore, open_store
from osce_kg.loader.store.virtuoso import STAGING_PREFIX, VirtuosoStore
from osce_kg.loader.settings import Settings
from virtuoso_fixture import VIRTUOSO, start_virtuoso

pytestmark = [pytest.mark.virtuoso,
              pytest.mark.skipif(VIRTUOSO is None,
                                 reason="virtuoso-t is not installed (apt-get install virtuoso-opensource-7)")]

EX = "http://example.org/"
G1 = URIRef(EX + "g1")
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture
def store(virtuoso):
    virtuoso.clear()
    s = VirtuosoStore(virtuoso.sparql_url, virtuoso.sparql_url)
    yield s
    s.close()


# the store contract of tests/test_store.py, run here against Virtuoso
test_replace_graph_is_whole = test_store.test_replace_graph_is_whole
test_union_default_graph_and_named_graphs = test_store.test_union_default_graph_and_named_graphs
# Virtuoso's union default graph held its own ~2,500 system triples (a CONSTRUCT over every triple
# returned them too) until the setup (loader/data/virtuoso-setup.sql) made those graphs private
test_ask_and_construct = test_store.test_ask_and_construct


def test_the_union_default_graph_holds_only_what_was_written(store, virtuoso):
    """A query without FROM reads our graphs only: Virtuoso's own graphs are private to the endpoint's user,
    while dba still sees them (the setup hid them, it did not drop them)."""
    assert not store.ask("ASK { ?s ?p ?o }")
    count = requests.post(virtuoso.sparql_url, data={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=60).json()
    assert count["results"]["bindings"][0]["n"]["value"] == "0"
    held = virtuoso.isql("SPARQL SELECT COUNT(*) FROM <http://www.openlinksw.com/schemas/virtrdf#> WHERE { ?s ?p ?o };")
    assert any(word.isdigit() and int(word) > 100 for word in held.split())


test_remove_and_drop = test_store.test_remove_and_drop
test_literals_survive_the_round_trip = test_store.test_literals_survive_the_round_trip
test_dump_nquads = test_store.test_dump_nquads


def big(n: int, tag: str = "v"):
    return test_store.graph(*[(f"s{i}", "p", Literal(f"{tag}{i}", lang="en")) for i in range(n)])


def test_open_store_knows_virtuoso(virtuoso):
    settings = Settings(store_kind="remote", remote_query_url=virtuoso.sparql_url,
                        remote_update_url=virtuoso.sparql_url)
    s = open_store(settings)
    try:
        assert isinstance(s, VirtuosoStore)
    finally:
        s.close()


@pytest.mark.parametrize("n", [1500, 5000])
def test_a_graph_larger_than_one_request_is_replaced_whole(store, n):
    """One INSERT DATA of 1,500 triples is Virtuoso's SP031; the store stages and swaps it in."""
    store.apply(Change(replace={G1: big(n, "a")}))
    extra = (URIRef(EX + "x"), URIRef(EX + "p"), Literal(1), URIRef(EX + "g2"))
    store.apply(Change(replace={G1: big(n, "b")}, add=[extra]))
    assert set(store.graph(G1)) == set(big(n, "b"))
    assert store.quad_count() == n + 1
    assert store.named_graphs() == [G1, URIRef(EX + "g2")]
    assert not [g for g in _all_graphs(store) if str(g).startswith(STAGING_PREFIX)]


def test_a_refused_final_request_leaves_the_graph_as_it_was(store):
    store.apply(Change(replace={G1: big(1200, "a")}))
    wrong = (URIRef(EX + "x"), URIRef(EX + "p"), Literal("x"), URIRef("bad iri"))
    bad = Change(replace={G1: big(1200, "b")}, add=[wrong])
    with pytest.raises(StoreError):
        store.apply(bad)
    assert set(store.graph(G1)) == set(big(1200, "a"))
    assert not [g for g in _all_graphs(store) if str(g).startswith(STAGING_PREFIX)]


def test_staging_left_by_a_killed_writer_is_discarded(store, virtuoso):
    """What a writer killed between staging and swap leaves is only a staging graph, dropped next time."""
    orphan = URIRef(STAGING_PREFIX + "dead:0")
    store.http.update(f"INSERT DATA {{ GRAPH {orphan.n3()} {{ <{EX}s> <{EX}p> \"half\" }} }}")
    assert store.named_graphs() == []
    fresh = VirtuosoStore(virtuoso.sparql_url, virtuoso.sparql_url)
    fresh.apply(Change(replace={G1: big(3)}))
    assert orphan not in _all_graphs(fresh)
    fresh.close()


def _varied(k: int, n: int = 30) -> Graph:
    """Graph ``k``: ``n`` triples with the literals Virtuoso is particular about (language tags, dates,
    a date-time with an offset, integers, a long text with line breaks and quotes)."""
    from rdflib.namespace import XSD

    g = Graph()
    for i in range(n):
        s, p = URIRef(f"{EX}r{k}-{i % 7}"), URIRef(f"{EX}p{i % 5}")
        o = [Literal(f"name {k} {i}", lang="sr-Latn"), Literal(f"2024-0{1 + i % 9}-1{i % 10}", datatype=XSD.date),
             Literal("2024-03-01T10:00:00+02:00", datatype=XSD.dateTime), Literal(i),
             Literal(f'line one {k}\nline "two" {i}\r\n' + "x" * 300), URIRef(f"{EX}shared")][i % 6]
        g.add((s, p, o))
    return g


def test_many_graphs_are_staged_in_one_post_and_applied_in_one_request(store, monkeypatch):
    """A change replacing 40 graphs (1,200 triples: staged) and adding to a graph that stays goes out as
    one Graph Store POST and one update; every graph gets exactly its triples, the other graph keeps
    what it had, and no staging graph is left."""
    kept = URIRef(EX + "kept")
    store.apply(Change(add=[(URIRef(EX + "a"), URIRef(EX + "p"), Literal("before"), kept)]))
    graphs = {URIRef(f"{EX}g{k}"): _varied(k) for k in range(40)}
    store.apply(Change(replace={g: _varied(99, 5) for g in list(graphs)[:10]}))  # some exist already
    calls: list[str] = []
    post, update = store.http.post, store.http.update

    def counted_post(url, **kwargs):
        if url.endswith("/sparql-graph-crud"):  # update() posts too: count the Graph Store's only
            calls.append("post")
        return post(url, **kwargs)

    monkeypatch.setattr(store.http, "post", counted_post)
    monkeypatch.setattr(store.http, "update", lambda sparql: calls.append("update") or update(sparql))
    added = (URIRef(EX + "b"), URIRef(EX + "p"), Literal("added", lang="en"), kept)
    store.apply(Change(replace=graphs, add=[added]))
    assert calls == ["post", "update"]
    monkeypatch.undo()
    for g, triples in graphs.items():
        assert set(store.graph(g)) == set(triples), g
    assert set(store.graph(kept)) == {(URIRef(EX + "a"), URIRef(EX + "p"), Literal("before")), added[:3]}
    assert not [g for g in _all_graphs(store) if str(g).startswith(STAGING_PREFIX)]


@pytest.mark.parametrize("n", [400, 600])  # graphs staged together, and each on its own
def test_a_blank_node_in_several_staged_graphs_is_one_node_per_graph(store, n):
    """Staged, graphs never share a blank node (as when each graph was staged on its own), and within a
    graph a blank node stays one node."""
    from rdflib import BNode

    b = BNode()
    graphs = {URIRef(f"{EX}g{k}"): big(n, tag) for k, tag in enumerate("abc")}
    for triples, tag in zip(graphs.values(), "abc"):
        triples.add((b, URIRef(EX + "p"), Literal(tag)))
        triples.add((b, URIRef(EX + "q"), Literal(tag + tag)))
    store.apply(Change(replace=graphs))
    nodes = set()
    for g, triples in graphs.items():
        got = list(store.graph(g))
        blank = {s for s, _, _ in got if isinstance(s, BNode)}
        assert len(blank) == 1 and len(got) == n + 2
        assert {t for t in got if not isinstance(t[0], BNode)} == {t for t in triples if not isinstance(t[0], BNode)}
        nodes |= blank
    assert len(nodes) == 3


def test_clear_drops_more_graphs_than_one_request_may(store):
    """Virtuoso refuses one request dropping ~1,500 graphs (SQ156); clear drops them in requests of 200."""
    graphs = [URIRef(f"{EX}many{k}") for k in range(1600)]
    for i in range(0, len(graphs), 400):
        store.http.update("INSERT DATA { " + " ".join(f"GRAPH {g.n3()} {{ <{EX}s> <{EX}p> {k} }}"
                                                       for k, g in enumerate(graphs[i:i + 400])) + " }")
    assert len(store.named_graphs()) == 1600
    store.clear()
    assert store.named_graphs() == []


def _all_graphs(store) -> list[URIRef]:
    return [row["g"] for row in store.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")]


def _load(env_extra: dict[str, str], store_dir, *paths: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "OSCE_KG_STORE": str(store_dir), **env_extra}
    env.pop("OSCE_KG_REMOTE_QUERY_URL", None) if not env_extra else None
    return subprocess.run([sys.executable, "-m", "osce_kg.server.cli", "load", *paths],
                          env=env, capture_output=True, text=True, timeout=600)


def test_the_example_corpus_loads_the_same_graphs_as_embedded(virtuoso, tmp_path):
    virtuoso.clear()
    corpus = os.path.join(REPO, "corpus")
    remote = _load({"OSCE_KG_REMOTE_QUERY_URL": virtuoso.sparql_url,
                    "OSCE_KG_REMOTE_UPDATE_URL": virtuoso.sparql_url}, tmp_path / "unused", corpus)
    local = _load({}, tmp_path / "embedded", corpus)
    assert remote.returncode == local.returncode == 0, remote.stdout[-2000:] + remote.stderr[-2000:]
    assert _lines(remote.stdout) == _lines(local.stdout)
    _assert_same_graphs(virtuoso, tmp_path / "embedded")


def _corpus_twice(folder: Path) -> Path:
    """``folder`` holding the example corpus twice over (60 documents), for the bulk loads' tests."""
    import shutil

    folder.mkdir()
    for k in range(2):
        for path in sorted(os.listdir(os.path.join(REPO, "corpus"))):
            if path.endswith(".txt"):
                shutil.copy(os.path.join(REPO, "corpus", path), folder / f"{path[:-4]}-{k}.txt")
    return folder


def _lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith(("accepted", "rejected", "loaded"))]


def _stable(graph) -> set:
    """The triples (no blank nodes anywhere), without load and activity times (each load stamps its own)."""
    from rdflib.namespace import PROV

    return {(s, p, o.n3() if isinstance(o, Literal) else o) for s, p, o in graph
            if p not in (PROV.generatedAtTime, PROV.startedAtTime, PROV.endedAtTime)}


TOKEN = "virtuoso-e2e"


def test_serve_over_virtuoso_queries_dereferences_and_gates_writes(virtuoso, tmp_path):
    """The corpus loaded into Virtuoso, served by osce-kg: /sparql, linked data, /update through the gate."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    from conftest import LiveServer

    virtuoso.clear()
    env = {"OSCE_KG_REMOTE_QUERY_URL": virtuoso.sparql_url, "OSCE_KG_REMOTE_UPDATE_URL": virtuoso.sparql_url,
           "OSCE_KG_BASE": "http://localhost:8000/", "OSCE_KG_TOKEN": f"maintainer:{TOKEN}"}
    loaded = _load(env, tmp_path / "unused", os.path.join(REPO, "corpus"))
    assert loaded.returncode == 0, loaded.stdout[-2000:] + loaded.stderr[-2000:]
    server = LiveServer(tmp_path / "unused", env=env)
    try:
        server.start()
    except RuntimeError:
        server.stop()  # closes the pipe of the server that did not start
        raise
    base = "http://localhost:8000/"
    try:
        client = SPARQLWrapper(server.url + "/sparql")
        client.setQuery("SELECT ?date ?title WHERE { ?r a <https://w3id.org/osce-kg/ontology#PressRelease> ; "
                        "<http://purl.org/dc/terms/issued> ?date ; <http://purl.org/dc/terms/title> ?title }")
        client.setReturnFormat(JSON)
        bindings = client.query().convert()["results"]["bindings"]
        assert bindings and all(b["date"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date" for b in bindings)
        assert all("xml:lang" in b["title"] for b in bindings)
        for path in ("/doc/state/finland", "/doc/organization/osce-secretariat"):
            doc = requests.get(server.url + path, headers={"Accept": "text/turtle"}, timeout=60)
            assert doc.status_code == 200, (path, doc.text[:500])
            assert (URIRef(base + "id" + path[4:]), None, None) in Graph().parse(data=doc.text, format="turtle")
        auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
        state = "<https://w3id.org/osce-kg/ontology#State>"
        bad = f"INSERT DATA {{ GRAPH <{base}graph/e2e> {{ <{base}id/state/atlantis> a {state} }} }}"
        r = requests.post(server.url + "/update", data=bad, headers=auth, timeout=60)
        assert r.status_code == 422, r.text
        good = (f"INSERT DATA {{ GRAPH <{base}graph/e2e> {{ <{base}id/state/atlantis> a {state} ; "
                f"<http://www.w3.org/2004/02/skos/core#prefLabel> \"Atlantis\"@en }} }}")
        r = requests.post(server.url + "/update", data=good, headers=auth, timeout=60)
        assert r.status_code in (200, 204), r.text
        assert (URIRef(base + "id/state/atlantis"), None, None) in VirtuosoStore(
            virtuoso.sparql_url, virtuoso.sparql_url).graph(URIRef(base + "graph/e2e"))
    finally:
        server.stop()


SHARED = [os.path.join(REPO, "..", "shared", "corpus", name) for name in ("osce-pages", "osce-pages-2")]


@pytest.mark.skipif(not all(os.path.isdir(p) for p in SHARED), reason="the shared pages are not here")
def test_a_killed_load_leaves_every_document_graph_whole_or_absent(virtuoso, tmp_path):
    """SIGKILL ``osce-kg load`` (batches of documents, staged and moved in) at several moments: while
    it writes the reference graphs, a little after its 1st document line (while the next batch is
    read, checked, staged or moved in), and at its 33rd and 65th."""
    from killing import load_killed_after

    local = _load({}, tmp_path / "embedded", *SHARED)
    assert local.returncode in (0, 1), local.stderr[-2000:]
    e = EmbeddedStore(tmp_path / "embedded", read_only=True)
    whole = {g: _stable(e.graph(g)) for g in e.named_graphs() if not str(g).endswith("/graph/audit")}
    e.close()
    # batches of 32 documents (as by default; with a larger OSCE_KG_LOAD_REMOTE_BATCH the ~120 shared pages
    # could be one transaction, and no kill land between two): each batch is staged and applied the same way
    env = {**os.environ, "OSCE_KG_REMOTE_QUERY_URL": virtuoso.sparql_url,
           "OSCE_KG_REMOTE_UPDATE_URL": virtuoso.sparql_url, "PYTHONUNBUFFERED": "1",
           "OSCE_KG_LOAD_REMOTE_BATCH": "32"}
    partial = 0
    # two kills right at a document line (documents before it are in, later ones not: they must be
    # partial whatever the machine's speed) and two a little later (while a batch is staged or moved)
    for after_lines, delay in ((0, 0.8), (1, 0.3), (33, 0.0), (65, 0.0)):
        virtuoso.clear()
        seen = load_killed_after([*SHARED], env, after_lines, delay)
        v = VirtuosoStore(virtuoso.sparql_url, virtuoso.sparql_url)
        try:
            present = [g for g in v.named_graphs() if not str(g).endswith("/graph/audit")]
            for g in present:
                assert _stable(v.graph(g)) == whole[g], f"{g} is not whole after a kill {delay}s after line {seen}"
            partial += 0 < len(present) < len(whole)
        finally:
            v.close()
    assert partial >= 2, "fewer than two kills landed in the middle of the load; the test proved little"


def test_a_bulk_load_gives_an_embedded_bulk_loads_graphs_with_or_without_the_local_copy(virtuoso, tmp_path):
    """The corpus copied twice (60 documents: a bulk load, checked in worker processes on a local
    copy of Virtuoso) gives the lines and named graphs of an embedded bulk load; with
    OSCE_KG_LOAD_MIRROR_MAX_QUADS=0 (no copy: the gate asks Virtuoso itself), the same lines."""
    folder = _corpus_twice(tmp_path / "docs")
    virtuoso.clear()
    env = {"OSCE_KG_REMOTE_QUERY_URL": virtuoso.sparql_url, "OSCE_KG_REMOTE_UPDATE_URL": virtuoso.sparql_url}
    local = _load({}, tmp_path / "embedded", str(folder))
    copied = _load(env, tmp_path / "unused", str(folder))
    assert copied.returncode == local.returncode == 0, copied.stdout[-2000:] + copied.stderr[-2000:]
    assert len(_lines(copied.stdout)) > 40 and _lines(copied.stdout) == _lines(local.stdout)
    _assert_same_graphs(virtuoso, tmp_path / "embedded")
    virtuoso.clear()
    direct = _load({**env, "OSCE_KG_LOAD_MIRROR_MAX_QUADS": "0"}, tmp_path / "unused", str(folder))
    assert direct.returncode == 0, direct.stdout[-2000:] + direct.stderr[-2000:]
    assert _lines(direct.stdout) == _lines(copied.stdout)


def test_a_bulk_load_writes_remote_batches_of_the_size_set(virtuoso, tmp_path):
    """Over Virtuoso a bulk load commits ``OSCE_KG_LOAD_REMOTE_BATCH`` documents a transaction (default 32;
    each costs Virtuoso a staging POST, an update and a count whatever its size). The records of one
    transaction share their time, so the load's distinct record times are its batches: one per run of
    that many documents holding an accepted one."""
    folder = _corpus_twice(tmp_path / "docs")
    env = {"OSCE_KG_REMOTE_QUERY_URL": virtuoso.sparql_url, "OSCE_KG_REMOTE_UPDATE_URL": virtuoso.sparql_url}
    query = ("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { GRAPH ?g { ?r <http://www.w3.org/ns/prov#startedAtTime> ?t ; "
             "<https://w3id.org/osce-kg/ontology#via> ?via } FILTER(STR(?via) = \"load\") }")
    for size in ("16", None):
        virtuoso.clear()
        done = _load({**env, **({"OSCE_KG_LOAD_REMOTE_BATCH": size} if size else {})}, tmp_path / "unused",
                     str(folder))
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        lines = [line for line in _lines(done.stdout) if not line.startswith("loaded")]
        assert len(lines) > 40
        batches = {i // int(size or 32) for i, line in enumerate(lines) if line.startswith("accepted")}
        v = VirtuosoStore(virtuoso.sparql_url, virtuoso.sparql_url)
        assert int(v.select(query)[0]["n"]) == len(batches) == (4 if size else 2)


def test_the_local_copy_sees_another_gates_write(store, virtuoso):
    """A write through another gate during a bulk load (its audit record) makes the copy stale; a
    fresh copy holds it."""
    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.gate import Gate
    from osce_kg.loader.pipeline import _Mirror

    audit = AuditLog("http://localhost:8000/")
    store.apply(Change(replace={G1: big(3)}))
    gate = Gate(store, Graph(), audit=audit)
    mirror = _Mirror.of(store, gate, limit=1000)
    assert mirror is not None
    try:
        assert not mirror.stale()
        assert _Mirror.of(store, gate, limit=2) is None  # more quads than the limit: no copy
        record = (URIRef("http://localhost:8000/id/write/x"), URIRef(EX + "p"), Literal("x"), audit.graph)
        store.apply(Change(add=[record]))
        assert mirror.stale()
        mirror.refresh()
        assert not mirror.stale()
        assert mirror.local.has_quad(*record)
    finally:
        mirror.close()


def _assert_same_graphs(virtuoso, embedded) -> None:
    """Virtuoso holds the named graphs of the embedded store at ``embedded``, quad for quad (audit aside)."""
    v = VirtuosoStore(virtuoso.sparql_url, virtuoso.sparql_url)
    e = EmbeddedStore(embedded, read_only=True)
    try:
        graphs = [g for g in e.named_graphs() if not str(g).endswith("/graph/audit")]
        assert sorted(graphs) == sorted(g for g in v.named_graphs() if not str(g).endswith("/graph/audit"))
        for g in graphs:
            assert _stable(v.graph(g)) == _stable(e.graph(g)), g
    finally:
        v.close()
        e.close()
