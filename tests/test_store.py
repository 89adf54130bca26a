"""One contract, two stores: embedded pyoxigraph and a remote SPARQL 1.1 store (a real `oxigraph serve`)."""
from __future__ import annotations

import io

import pytest
from rdflib import Graph, Literal, URIRef

from conftest import free_port
from osce_kg.loader.errors import StoreError, StoreLocked
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.loader.store.remote import RemoteStore

EX = "http://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")


def graph(*triples: tuple[str, str, object]) -> Graph:
    g = Graph()
    for s, p, o in triples:
        g.add((URIRef(EX + s), URIRef(EX + p), o if isinstance(o, (Literal, URIRef)) else URIRef(EX + o)))
    return g


@pytest.fixture(params=["embedded", "remote"])
def store(request, tmp_path):
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path / "store")
    else:
        url = request.getfixturevalue("oxigraph_server")
        s = RemoteStore(url + "/query", url + "/update")
    yield s
    s.close()


def test_replace_graph_is_whole(store):
    store.apply(Change(replace={G1: graph(("a", "p", "b"), ("a", "q", Literal("x", lang="en")))}))
    store.apply(Change(replace={G1: graph(("a", "p", "c"))}))
    assert set(store.graph(G1)) == set(graph(("a", "p", "c")))
    assert store.quad_count() == 1


def test_union_default_graph_and_named_graphs(store):
    store.apply(Change(replace={G1: graph(("a", "p", "b")), G2: graph(("b", "p", "c"))}))
    rows = store.select("SELECT ?x ?z WHERE { ?x <http://example.org/p> ?y . ?y <http://example.org/p> ?z }")
    assert rows == [{"x": URIRef(EX + "a"), "z": URIRef(EX + "c")}]
    assert set(store.named_graphs()) == {G1, G2}
    assert store.has_graph(G1) and not store.has_graph(URIRef(EX + "nope"))


def test_ask_and_construct(store):
    store.apply(Change(add=[(URIRef(EX + "a"), URIRef(EX + "p"), Literal(3), G1)]))
    assert store.ask("ASK { ?s ?p 3 }")
    g = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert len(g) == 1


def test_remove_and_drop(store):
    store.apply(Change(replace={G1: graph(("a", "p", "b"), ("a", "p", "c")), G2: graph(("x", "p", "y"))}))
    store.apply(Change(remove=[(URIRef(EX + "a"), URIRef(EX + "p"), URIRef(EX + "b"), G1)], drop={G2}))
    assert set(store.quads()) == {(URIRef(EX + "a"), URIRef(EX + "p"), URIRef(EX + "c"), G1)}


def test_literals_survive_the_round_trip(store):
    odd = Literal('line one\nline "two" \\ tab\t €', lang="sr-Cyrl")
    store.apply(Change(replace={G1: graph(("a", "p", odd))}))
    [(_, _, o)] = list(store.graph(G1))
    assert o == odd


def test_dump_nquads(store):
    store.apply(Change(replace={G1: graph(("a", "p", "b")), G2: graph(("b", "p", "c"))}))
    out = io.BytesIO()
    store.dump(out, "nquads")
    assert len(out.getvalue().decode().strip().splitlines()) == 2


def test_a_failed_write_applies_nothing(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.apply(Change(replace={G1: graph(("a", "p", "b"))}))
    # the replacement of G1 comes first in the update; the relative IRI after it fails the whole request
    bad = Change(replace={G1: graph(("a", "p", "c"))}, add=[(URIRef("relative"), URIRef(EX + "p"), URIRef(EX + "o"), G2)])
    with pytest.raises(StoreError):
        store.apply(bad)
    assert set(store.graph(G1)) == set(graph(("a", "p", "b")))
    store.close()


def test_second_writer_fails_at_once_with_advice(tmp_path):
    first = EmbeddedStore(tmp_path / "store")
    with pytest.raises(StoreLocked, match="osce-kg load --server"):
        EmbeddedStore(tmp_path / "store")
    first.close()


def test_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        EmbeddedStore(tmp_path / "missing", read_only=True)


def test_unreachable_remote_store_is_a_store_error():
    store = RemoteStore(f"http://127.0.0.1:{free_port()}/query", "", timeout=2)
    with pytest.raises(StoreError, match="cannot be reached"):
        store.ask("ASK {}")


# -- what callers need beyond SPARQL: patterns, probes, counts, query bytes, snapshots -----------

def _two_graphs(store) -> None:
    store.apply(Change(replace={G1: graph(("a", "p", "b"), ("a", "q", Literal("x", lang="en"))),
                                G2: graph(("a", "p", "b"), ("c", "p", "a"))}))


def test_quads_for_pattern_in_rdflib_terms_named_graphs_only(store):
    _two_graphs(store)
    a, p, b = URIRef(EX + "a"), URIRef(EX + "p"), URIRef(EX + "b")
    assert set(store.quads_for_pattern(a, p, b)) == {(a, p, b, G1), (a, p, b, G2)}
    assert set(store.quads_for_pattern(None, None, a)) == {(URIRef(EX + "c"), p, a, G2)}
    assert {q[2] for q in store.quads_for_pattern(a, URIRef(EX + "q"), None, G1)} == {Literal("x", lang="en")}
    assert list(store.quads_for_pattern(Literal("a"), None, None)) == []  # a literal is never a subject
    assert len(list(store.quads_for_pattern(None, None, None, None, 1))) >= 1


def test_the_default_graph_is_not_ours(store):
    """osce-kg keeps every triple in a named graph; a triple someone put in the store's default graph
    is neither matched nor counted."""
    _two_graphs(store)
    stray = "INSERT DATA { <http://example.org/stray> <http://example.org/p> <http://example.org/a> }"
    if store.kind == "embedded":
        store._store.update(stray)
    else:
        store.http.update(stray)
    assert list(store.quads_for_pattern(URIRef(EX + "stray"))) == []
    assert {q[0] for q in store.quads_for_pattern(None, None, URIRef(EX + "a"))} == {URIRef(EX + "c")}
    assert not store.has_quad(URIRef(EX + "stray"))


def test_has_quad_probes(store):
    _two_graphs(store)
    a, p, b = URIRef(EX + "a"), URIRef(EX + "p"), URIRef(EX + "b")
    assert store.has_quad(a, p, b, G1) and store.has_quad(a, p, b) and store.has_quad(None, None, a)
    assert not store.has_quad(b, p, a) and not store.has_quad(a, p, b, URIRef(EX + "nope"))
    assert not store.has_quad(Literal("a"), p, b)


def test_quad_count_per_graph(store):
    _two_graphs(store)
    assert store.quad_count() == 4
    assert store.quad_count(G1) == 2 and store.quad_count(URIRef(EX + "nope")) == 0


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
])
def test_query_answers_bytes_in_the_asked_media_type(store, accept, media):
    _two_graphs(store)
    got, body = store.query("SELECT ?o WHERE { <http://example.org/c> ?p ?o }", accept + ", text/turtle;q=0.5")
    assert got == media and b"http://example.org/a" in body


def test_query_answers_a_graph_as_turtle(store):
    _two_graphs(store)
    media, body = store.query("CONSTRUCT WHERE { ?s <http://example.org/p> ?o }",
                              "application/sparql-results+json, text/turtle;q=0.5")
    assert media == "text/turtle"
    assert len(Graph().parse(data=body.decode(), format="turtle")) == 2


def test_query_syntax_error(store):
    from osce_kg.loader.errors import QuerySyntaxError

    with pytest.raises(QuerySyntaxError):
        store.query("SELECT WHERE {", "application/sparql-results+json")


def test_capabilities_are_attributes_not_types(store, tmp_path):
    """Callers pick behaviour by ``snapshots``/``kind``, never by isinstance: the embedded store
    snapshots (read by killable workers), the remote one refuses with a StoreError."""
    _two_graphs(store)
    if store.snapshots:
        store.snapshot(tmp_path / "snap")
        copy = EmbeddedStore(tmp_path / "snap", read_only=True)
        assert copy.quad_count() == 4 and copy.read_only
        copy.close()
    else:
        assert store.kind == "remote"
        with pytest.raises(StoreError):
            store.snapshot(tmp_path / "snap")


def test_cli_query_renders_the_same_table_on_both_stores(store):
    from osce_kg.loader.query import run_query

    _two_graphs(store)
    text = run_query(store, "SELECT ?s ?o WHERE { ?s <http://example.org/q> ?o }")
    assert text.splitlines()[2].split() == ["<http://example.org/a>", "x@en"] and text.endswith("(1 row)\n")
    assert run_query(store, "ASK { ?s ?p ?o }") == "true\n"
    assert "http://example.org/c" in run_query(store, "SELECT ?s WHERE { ?s ?p <http://example.org/a> }", "csv")


def test_open_remote_picks_the_kind_by_what_answers(oxigraph_server, tmp_path):
    """``open_store`` is the one place that picks a backend: an Oxigraph server is a plain remote
    store (Virtuoso's kind is tested in test_virtuoso.py), a folder the embedded store."""
    from osce_kg.loader.settings import Settings
    from osce_kg.loader.store import open_remote, open_snapshot, open_store

    remote = open_remote(oxigraph_server + "/query", oxigraph_server + "/update")
    assert (remote.kind, remote.snapshots, remote.bulk_loads, remote.path) == ("remote", False, False, None)
    remote.close()
    local = open_store(Settings(store=tmp_path / "s"))
    assert (local.kind, local.snapshots, local.bulk_loads) == ("embedded", True, True)
    local.apply(Change(replace={G1: graph(("a", "p", "b"))}))
    local.snapshot(tmp_path / "snap")
    local.close()
    copy = open_snapshot(tmp_path / "snap")
    assert copy.read_only and copy.quad_count() == 1
    copy.close()
