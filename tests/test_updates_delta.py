"""The change a SPARQL Update would make, computed on an overlay without writing."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from osce_kg.loader.delta import change_of_update
from osce_kg.loader.errors import QuerySyntaxError, UsageError
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.loader.store.base import ask_quad, select_quads

EX = "http://example.org/"
G1, DEFAULT = URIRef(EX + "g1"), URIRef(EX + "default")
R1, DATE, TITLE = URIRef(EX + "r1"), URIRef(EX + "date"), URIRef(EX + "title")


class SparqlOnly:
    """A store seen only through SPARQL, as a remote store is."""

    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store

    def select(self, query: str):
        return self._store.select(query)

    def ask(self, query: str) -> bool:
        return self._store.ask(query)

    def named_graphs(self):
        return self._store.named_graphs()

    def quads_for_pattern(self, s=None, p=None, o=None, g=None, limit=None):
        return select_quads(self, s, p, o, g, limit)  # as RemoteStore does

    def has_quad(self, s=None, p=None, o=None, g=None):
        return ask_quad(self, s, p, o, g)


@pytest.fixture(params=["embedded", "sparql-only"])
def store(tmp_path: Path, request):
    s = EmbeddedStore(tmp_path / "store")
    g = Graph()
    g.add((R1, DATE, Literal("2020")))
    g.add((R1, TITLE, Literal("T")))
    s.apply(Change(replace={G1: g}))
    yield s if request.param == "embedded" else SparqlOnly(s)
    s.close()


def net(change: Change) -> tuple[set, set]:
    return ({(str(q[1]), str(q[2]), str(q[3])) for q in change.add},
            {(str(q[1]), str(q[2]), str(q[3])) for q in change.remove})


CASES = [
    ("insert-default", f"INSERT DATA {{ <{R1}> <{EX}p> 'x' }}", ({(EX + "p", "x", str(DEFAULT))}, set())),
    ("insert-graph", f"INSERT DATA {{ GRAPH <{EX}g2> {{ <{R1}> <{EX}p> 'x' }} }}", ({(EX + "p", "x", EX + "g2")}, set())),
    ("modify-graph-var", f"DELETE {{ GRAPH ?g {{ ?r <{DATE}> ?d }} }} INSERT {{ GRAPH ?g {{ ?r <{DATE}> '2021' }} }} "
                         f"WHERE {{ GRAPH ?g {{ ?r <{DATE}> ?d }} }}",
     ({(str(DATE), "2021", str(G1))}, {(str(DATE), "2020", str(G1))})),
    ("delete-where-graph-var", f"DELETE WHERE {{ GRAPH ?g {{ ?r <{DATE}> ?d }} }}", (set(), {(str(DATE), "2020", str(G1))})),
    ("with", f"WITH <{G1}> DELETE {{ ?r <{TITLE}> ?t }} WHERE {{ ?r <{TITLE}> ?t }}", (set(), {(str(TITLE), "T", str(G1))})),
    ("union-where", f"INSERT {{ GRAPH <{EX}g3> {{ ?r <{EX}seen> true }} }} WHERE {{ ?r <{TITLE}> ?t }}",
     ({(EX + "seen", "true", EX + "g3")}, set())),
    ("sequence", f"INSERT DATA {{ GRAPH <{G1}> {{ <{R1}> <{EX}x> 1 }} }} ; "
                 f"DELETE {{ GRAPH <{G1}> {{ ?s <{EX}x> ?o }} }} INSERT {{ GRAPH <{G1}> {{ ?s <{EX}y> ?o }} }} "
                 f"WHERE {{ GRAPH <{G1}> {{ ?s <{EX}x> ?o }} }}", ({(EX + "y", "1", str(G1))}, set())),
    ("no-op", f"DELETE DATA {{ GRAPH <{G1}> {{ <{R1}> <{TITLE}> 'T' }} }} ; INSERT DATA {{ GRAPH <{G1}> {{ <{R1}> <{TITLE}> 'T' }} }}",
     (set(), set())),
]


@pytest.mark.parametrize("name,update,expected", CASES, ids=[c[0] for c in CASES])
def test_change_of_update(store, name, update, expected):
    assert net(change_of_update(store, update, default_graph=DEFAULT)) == expected


def test_drop_graph_is_a_drop(store):
    change = change_of_update(store, f"DROP GRAPH <{G1}>", default_graph=DEFAULT)
    assert change.drop == {G1}


def test_removing_blank_node_triples_replaces_the_graph(tmp_path):
    s = EmbeddedStore(tmp_path / "bn")
    g = Graph()
    g.add((R1, URIRef(EX + "card"), BNode()))
    g.add((R1, TITLE, Literal("T")))
    s.apply(Change(replace={G1: g}))
    change = change_of_update(s, f"DELETE WHERE {{ GRAPH <{G1}> {{ ?r <{EX}card> ?c }} }}", default_graph=DEFAULT)
    assert set(change.replace) == {G1} and len(change.replace[G1]) == 1
    s.apply(change)  # DELETE DATA cannot name blank nodes: the whole-graph replacement can
    assert len(s.graph(G1)) == 1
    s.close()


@pytest.mark.parametrize("update,error", [("INSERT NONSENSE", QuerySyntaxError),
                                          ("LOAD <http://example.org/x>", UsageError),
                                          (f"INSERT {{ <{R1}> <{EX}p> ?o }} WHERE {{ SERVICE <http://example.org/s> {{ ?s ?p ?o }} }}",
                                           UsageError)], ids=["syntax", "load", "service"])
def test_refused_updates(store, update, error):
    with pytest.raises(error):
        change_of_update(store, update, default_graph=DEFAULT)


def test_using_reads_the_store_and_never_fetches_the_graph_from_the_web():
    """USING <iri> names a graph of the store; the server must not dereference it."""
    import http.server
    import threading

    from rdflib import URIRef

    from osce_kg.loader.delta import change_of_update
    from osce_kg.loader.store import EmbeddedStore

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/turtle")
            self.end_headers()
            self.wfile.write(b"<http://example.org/fetched> a <http://example.org/Doc> .")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    remote = f"http://127.0.0.1:{server.server_address[1]}/graph"
    try:
        store = EmbeddedStore(None)
        change = change_of_update(
            store, f"INSERT {{ GRAPH <http://example.org/out> {{ ?s a <http://example.org/Seen> }} }} "
                   f"USING <{remote}> WHERE {{ ?s a <http://example.org/Doc> }}",
            default_graph=URIRef("http://example.org/default"))
        assert change.add == [] and hits == []
        change = change_of_update(
            store, "INSERT { GRAPH <http://example.org/out> { ?s a <http://example.org/Seen> } } "
                   "WHERE { ?s a <http://example.org/Doc> }",
            default_graph=URIRef("http://example.org/default"), using=[remote])
        assert change.add == [] and hits == []
    finally:
        server.shutdown()
        server.server_close()
