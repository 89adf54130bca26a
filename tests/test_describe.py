"""Descriptions at a million releases (issue 14): what makes a dereference cheap, checked for sameness.

* Turtle, RDF/XML and N-Triples are written by Oxigraph (``formats.ox_serialize``): for descriptions
  of every class of the example corpus, each parses to the same graph as rdflib's writing of it, with
  only the prefixes it uses declared and no ``@base``; a term Oxigraph refuses falls back to rdflib.
* JSON-LD is compacted with a context parsed once: the same graph as rdflib's own writer gives.
* Linked resources' types and labels come once per triple, however many graphs hold it
  (``labels_and_types``), and are kept until the next write (``LabelCache``): a label changed by a
  write is on the next description of what links to it.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from conftest import assert_isomorphic
from ld_data import build_store
from osce_kg.loader.iri import Minter
from osce_kg.loader.settings import Settings
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server import formats
from osce_kg.server.describe import LabelCache, describe, labels_and_types
from osce_kg.server.negotiation import RDFLIB_FORMAT
from osce_kg.server.services import EXTENSION_KEY

BASE = "http://localhost:8000/"
TOKEN = "describe-secret"
PARSE = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/n-triples": "nt"}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("describe") / "store"
    store = build_store(path, BASE)
    yield path, store
    store.close()


def described(store: EmbeddedStore) -> list:
    """Descriptions of two resources of every class under /id/, plus a named graph's."""
    rows = store.select(f"SELECT DISTINCT ?c ?s WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?s), \"{BASE}id/\")) }} "
                        "ORDER BY ?c ?s")
    picked: dict[str, list[URIRef]] = {}
    for row in rows:
        if len(chosen := picked.setdefault(str(row["c"]), [])) < 2:
            chosen.append(row["s"])
    graph = store.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")[0]["g"]
    minter = Minter(BASE)
    return [describe(store, minter, iri) for iri in {*(i for v in picked.values() for i in v), graph}]


def rdflib_bytes(graph: Graph, media: str) -> bytes:
    """What the server wrote before Oxigraph did: rdflib's writer, our prefixes bound."""
    copy = formats.bind_prefixes(Graph() + graph, Minter(BASE))
    return copy.serialize(format=RDFLIB_FORMAT[media], encoding="utf-8")


def parsed(data: bytes, media: str) -> Graph:
    return Graph().parse(data=data, format=PARSE[media])


def test_oxigraph_writes_the_graph_rdflib_wrote_in_every_format(loaded):
    _, store = loaded
    descriptions = described(store)
    assert len(descriptions) >= 10
    langs = {o.language for d in descriptions for _, _, o in d.graph if isinstance(o, Literal) and o.language}
    assert langs, "no language-tagged literal in the sample: the test would miss them"
    for desc in descriptions:
        for media in PARSE:
            ours = formats.serialize(desc.graph, media, Minter(BASE))
            assert_isomorphic(parsed(rdflib_bytes(desc.graph, media), media), parsed(ours, media),
                              f"{desc.iri} as {media}")
            assert_isomorphic(desc.graph, parsed(ours, media), f"{desc.iri} as {media} against the description")


def test_turtle_declares_the_prefixes_it_uses_and_no_base(loaded):
    _, store = loaded
    for desc in described(store):
        text = formats.serialize(desc.graph, "text/turtle", Minter(BASE)).decode("utf-8")
        declared = {line.split()[1].rstrip(":") for line in text.splitlines() if line.startswith("@prefix")}
        namespaces = {**{p: str(ns) for p, ns in formats.PREFIXES.items()}, "osce": str(Minter(BASE).vocab)}
        used = {str(term) for t in desc.graph for term in t if isinstance(term, URIRef)}
        used |= {str(o.datatype) for _, _, o in desc.graph if isinstance(o, Literal) and o.datatype}
        assert declared == {p for p, ns in namespaces.items() if any(i.startswith(ns) for i in used)}, desc.iri
        assert not any(line.startswith("@base") for line in text.splitlines())


def test_n_triples_lines_are_sorted_and_one_graph_gives_one_text(loaded):
    _, store = loaded
    desc = described(store)[0]
    text = formats.serialize(desc.graph, "application/n-triples", Minter(BASE))
    lines = text.decode("utf-8").splitlines()
    assert lines == sorted(set(lines)) and len(lines) == len(desc.graph)
    shuffled = Graph()
    for t in reversed(list(desc.graph)):
        shuffled.add(t)
    for media in PARSE:  # the same graph built in another order: the same bytes
        assert formats.serialize(shuffled, media, Minter(BASE)) == formats.serialize(desc.graph, media, Minter(BASE))


def test_a_term_oxigraph_refuses_is_written_by_rdflib():
    graph = Graph()
    s = URIRef(BASE + "id/state/x")
    graph.add((s, SKOS.prefLabel, Literal("X", lang="en")))
    graph.add((s, RDF.type, URIRef("https://w3id.org/osce-kg/ontology#State")))
    graph.add((s, SKOS.note, Literal("x", datatype=XSD.string)))
    graph.add((s, SKOS.related, URIRef("http://[bad/x")))  # rdflib lets it in, Oxigraph refuses the host
    with pytest.raises(ValueError):
        formats.ox_serialize(graph, "text/turtle", Minter(BASE))
    for media in PARSE:
        text = formats.serialize(graph, media, Minter(BASE))
        assert b"http://[bad/x" in text and b"X" in text, media


def test_json_ld_is_the_graph_rdflib_compacted(loaded):
    _, store = loaded
    minter = Minter(BASE)
    context = json.loads(formats.context_document(minter))["@context"]
    for desc in described(store):
        ours = json.loads(formats.serialize(desc.graph, "application/ld+json", minter, context="urn:ctx"))
        assert ours["@context"] == "urn:ctx"
        theirs = json.loads(desc.graph.serialize(format="json-ld", context=context, auto_compact=True))
        for doc in (ours, theirs):
            doc["@context"] = context
        assert_isomorphic(Graph().parse(data=json.dumps(theirs), format="json-ld"),
                          Graph().parse(data=json.dumps(ours), format="json-ld"), f"{desc.iri} as JSON-LD")
        assert list(ours) == sorted(ours)  # keys sorted, as rdflib's writer sorted them


def test_labels_come_once_however_many_graphs_hold_them(tmp_path: Path):
    store = EmbeddedStore(tmp_path / "store")
    try:
        hub = URIRef(BASE + "id/state/x")
        label = (hub, SKOS.prefLabel, Literal("X", lang="en"))
        typed = (hub, RDF.type, URIRef("https://w3id.org/osce-kg/ontology#State"))
        store.apply(Change(add=[(*t, URIRef(f"{BASE}graph/doc-{i}")) for i in range(30) for t in (label, typed)]))
        assert sorted(labels_and_types(store, [hub])) == sorted([label, typed])
    finally:
        store.close()


class Counting:
    """A store that counts its SELECTs (and can run something during one)."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store, self.selects, self.during = store, 0, None

    def select(self, query: str):
        self.selects += 1
        if self.during is not None:
            self.during()
        return self.store.select(query)


def test_the_label_cache_keeps_labels_until_cleared_and_not_what_was_read_across_a_clear(loaded):
    _, store = loaded
    iris = [URIRef(BASE + "id/state/albania"), URIRef(BASE + "id/field-operation/osce-presence-in-albania")]
    counting, cache = Counting(store), LabelCache()
    first = cache(counting, iris)  # type: ignore[arg-type]
    assert sorted(first) == sorted(labels_and_types(store, iris)) and counting.selects == 1
    assert sorted(cache(counting, iris[:1])) == sorted(labels_and_types(store, iris[:1]))  # type: ignore[arg-type]
    assert counting.selects == 1, "kept labels were asked of the store again"
    cache.clear()
    counting.during = cache.clear  # a write lands while the labels are read: not kept
    cache(counting, iris)  # type: ignore[arg-type]
    counting.during = None
    cache(counting, iris)  # type: ignore[arg-type]
    assert counting.selects == 3
    small = LabelCache(size=1)
    small(counting, iris)  # type: ignore[arg-type]
    assert len(small._triples) == 1  # bounded


def test_a_changed_label_is_on_the_next_description_of_what_links_to_it(loaded, tmp_path: Path):
    from osce_kg.server.app import close_app, create_app

    path, store = loaded
    copy = tmp_path / "store"
    store.snapshot(copy)
    app = create_app(Settings(store=copy, tokens={"t": TOKEN}))
    client = app.test_client()
    linking = store.select(f"SELECT ?s WHERE {{ ?s ?p <{BASE}id/state/albania> "
                           f"FILTER(STRSTARTS(STR(?s), \"{BASE}id/\")) }} LIMIT 1")[0]["s"]
    doc = "/doc/" + str(linking)[len(BASE) + 3:] + ".ttl"
    before = parsed(client.get(doc).data, "text/turtle")
    assert (URIRef(BASE + "id/state/albania"), SKOS.prefLabel, Literal("Albania", lang="en")) in before
    update = ("INSERT DATA { GRAPH <http://localhost:8000/graph/renamed> { <http://localhost:8000/id/state/albania> "
              "<http://www.w3.org/2004/02/skos/core#prefLabel> \"Albanie\"@fr } }")
    r = client.post("/update", data=update.encode(),
                    headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.get_data(as_text=True)
    after = parsed(client.get(doc).data, "text/turtle")
    assert (URIRef(BASE + "id/state/albania"), SKOS.prefLabel, Literal("Albanie", lang="fr")) in after
    close_app(app)


def test_concurrent_descriptions_share_the_label_cache_safely(loaded):
    _, store = loaded
    cache, minter = LabelCache(), Minter(BASE)
    iris = [d.iri for d in described(store)]
    expected = {iri: len(describe(store, minter, iri).graph) for iri in iris}
    failures: list[str] = []

    def run() -> None:
        for iri in iris:
            if len(describe(store, minter, iri, labels=cache).graph) != expected[iri]:
                failures.append(str(iri))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures


class NoNative:
    """The store seen as a remote store is: SELECTs and counts only, no Oxigraph of its own."""

    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store

    def select(self, query: str):
        return self._store.select(query)

    def quad_count(self):
        return self._store.quad_count()

    def named_graphs(self):
        return self._store.named_graphs()


def test_class_listings_and_counts_are_the_same_read_natively_or_as_rdflib_rows(loaded):
    from rdflib.namespace import DCTERMS

    from osce_kg.server.describe import class_members, native_of
    from osce_kg.server.void import graph_count, quad_total

    _, store = loaded
    # the embedded store's own handle is found (EmbeddedStore.native, a property): else both sides below
    # take the rdflib path and the comparison says nothing
    assert native_of(store) is not None and native_of(NoNative(store)) is None  # type: ignore[arg-type]
    ours = "https://w3id.org/osce-kg/ontology#"
    dated = store.select("SELECT ?c ?o WHERE { ?s a ?c ; <http://purl.org/dc/terms/issued> ?d ; "
                         "<http://purl.org/dc/terms/subject> ?o "
                         "FILTER(STRSTARTS(STR(?c), \"" + ours + "\")) } LIMIT 1")[0]
    for cls, where in ((dated["c"], None), (URIRef(ours + "ParticipatingState"), None),
                       (dated["c"], (DCTERMS.subject, dated["o"]))):
        native = class_members(store, cls, where)
        plain = class_members(NoNative(store), cls, where)  # type: ignore[arg-type]
        assert native, cls
        assert [(m.iri, m.label, m.date) for m in native] == [(m.iri, m.label, m.date) for m in plain]
        dates = [m.date for m in native if m.date is not None]
        assert all(isinstance(d, Literal) for d in dates) and (dates or cls != dated["c"])
        assert [m.when[0] for m in native if m.when] == sorted((m.when[0] for m in native if m.when), reverse=True)
    assert quad_total(store) == store.quad_count() == quad_total(NoNative(store))  # type: ignore[arg-type]
    assert graph_count(store) == len(store.named_graphs()) == graph_count(NoNative(store))  # type: ignore[arg-type]


def test_the_label_cache_bound_is_a_setting_the_server_keeps_to(loaded, tmp_path: Path):
    """``OSCE_KG_LABEL_CACHE_IRIS`` bounds the linked resources each process keeps; 0 keeps none."""
    from osce_kg.loader.settings import load_settings
    from osce_kg.server.app import close_app, create_app
    from osce_kg.server.resources import EXTRA_KEY

    assert load_settings({}).label_cache_iris == 50_000
    assert load_settings({"OSCE_KG_LABEL_CACHE_IRIS": "3"}).label_cache_iris == 3
    path, store = loaded
    iris = sorted(str(d.iri) for d in described(store) if str(d.iri).startswith(BASE + "id/"))[:6]
    docs = ["/doc/" + iri[len(BASE) + 3:] + ".ttl" for iri in iris]
    for size in (3, 0):
        copy = tmp_path / f"store{size}"
        store.snapshot(copy)
        app = create_app(Settings(store=copy, label_cache_iris=size))
        client = app.test_client()
        for doc in docs:
            assert client.get(doc).status_code == 200
        labels = app.extensions[EXTENSION_KEY].extras[EXTRA_KEY].labels
        assert labels.size == size and len(labels._triples) == size, (size, len(labels._triples))
        close_app(app)


def test_a_packed_listing_gives_back_its_members_in_order():
    """``Listing`` (a class listing's members packed as text) gives back what it was made of: pages,
    members without a label or a date, dates of several datatypes, negative indexes, and after pickling
    (the figures kept on disk)."""
    import pickle

    from osce_kg.server.describe import Listing

    rows = [(f"{BASE}id/release/r{i}", f"Release é {i}" if i % 7 else None,
             (f"2013-06-{1 + i % 28:02d}", str(XSD.date) if i % 3 else "") if i % 5 else None) for i in range(300)]
    listing = Listing(rows)
    plain = lambda members: [(str(m.iri), m.label, m.when) for m in members]  # noqa: E731
    assert len(listing) == 300 and plain(listing) == rows
    assert plain(listing[280:400]) == rows[280:] and plain([listing[-1]]) == rows[-1:]
    assert plain(pickle.loads(pickle.dumps(listing))) == rows
    assert listing[1].date == Literal("2013-06-02", datatype=XSD.date) and listing[0].date is None
    with pytest.raises(IndexError):
        listing[300]


def test_a_description_holds_the_labels_and_blank_nodes_its_own_queries_find(loaded, tmp_path: Path):
    """Cold dereferences (issue 14) ask fewer questions: the types and labels of what the provenance read
    whole (a source document) come from there, and blank nodes are closed over only when the resource
    points to one. Every linked resource's type and label triples (asked on their own) are still in each
    description, and a blank node's triples are in the description of what points to it."""
    from rdflib import BNode

    from osce_kg.server.describe import blank_closure

    _, store = loaded
    minter = Minter(BASE)
    for desc in described(store):
        linked = {o for _, o in desc.own if isinstance(o, URIRef)} | {s for s, _ in desc.incoming
                                                                     if isinstance(s, URIRef)}
        wanted = set(labels_and_types(store, linked - {desc.iri}))
        assert wanted <= set(desc.graph), desc.iri
    holder = EmbeddedStore(tmp_path / "store")
    node, thing = BNode("b1"), URIRef(f"{BASE}id/state/with-blank")
    graph = URIRef(f"{BASE}graph/blank")
    holder.apply(Change(add=[(thing, SKOS.prefLabel, Literal("With a blank node"), graph),
                             (thing, URIRef("http://x/part"), node, graph),
                             (node, SKOS.prefLabel, Literal("the part"), graph)]))
    desc = describe(holder, minter, thing)
    assert set(blank_closure(holder, thing)) <= set(desc.graph) and len(blank_closure(holder, thing)) == 1
    holder.close()
