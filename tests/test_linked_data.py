"""Linked data (issue 5): every IRI dereferences, for people and for machines.

Resources are sampled from every class in the store (the example corpus), and each is
checked over the Flask test client: 303, the formats parse to the same graph with the
IRI as subject, Vary, Link, HEAD, 404, 406, 304.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import time
from urllib.parse import quote
from pathlib import Path
from xml.etree import ElementTree

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ld_data import build_store
from conftest import assert_isomorphic
from osce_kg.loader.settings import Settings
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server.app import close_app, create_app
from osce_kg.server.describe import INCOMING_PAGE, record_deleted
from osce_kg.server.services import EXTENSION_KEY

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
FORMATS = {"ttl": ("text/turtle", "turtle"), "jsonld": ("application/ld+json", "json-ld"),
           "rdf": ("application/rdf+xml", "xml"), "nt": ("application/n-triples", "nt")}


# -- fixtures ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):
    """A store with the example corpus, built once for this module (read-only tests)."""
    path = tmp_path_factory.mktemp("ld") / "store"
    settings = Settings(store=path)
    store = build_store(path, settings.base)
    yield settings, store
    store.close()


@pytest.fixture(scope="module")
def client(loaded):
    settings, store = loaded
    app = create_app(settings, store=store)
    yield app.test_client()
    app.extensions["osce_kg"].stop_background()  # before ``loaded`` closes the store under the search build


@pytest.fixture
def fresh(loaded, tmp_path: Path):
    """An app over its own copy of the store, for tests that write."""
    settings = Settings(store=tmp_path / "store")
    loaded[1].snapshot(settings.store)
    store = EmbeddedStore(settings.store)
    app = create_app(settings, store=store)
    yield app, store
    close_app(app)


def samples(store, base: str, per_class: int = 2) -> list[tuple[str, URIRef]]:
    """(class, IRI): up to ``per_class`` resources under /id/ of every class in the store."""
    rows = store.select(f"SELECT DISTINCT ?c ?s WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?s), \"{base}id/\")) }} "
                        "ORDER BY ?c ?s")
    out: dict[str, list[URIRef]] = {}
    for row in rows:
        picked = out.setdefault(str(row["c"]), [])
        if len(picked) < per_class:
            picked.append(row["s"])
    return [(c, s) for c, iris in out.items() for s in iris]


def path_of(iri: URIRef, base: str) -> str:
    return "/" + str(iri)[len(base):]


def doc_path(iri: URIRef, base: str) -> str:
    return path_of(iri, base).replace("/id/", "/doc/", 1)


def parse(data: bytes, fmt: str, client=None) -> Graph:
    """Parse a response body; JSON-LD's context URL is fetched from the app, not the network."""
    g = Graph()
    if fmt == "json-ld":
        doc = json.loads(data)
        ctx_url = doc["@context"]
        assert ctx_url.endswith("/context.jsonld"), ctx_url
        doc["@context"] = json.loads(client.get("/context.jsonld").data)["@context"]
        g.parse(data=json.dumps(doc), format="json-ld")
    else:
        g.parse(data=data, format=fmt)
    return g


def links(response) -> list[tuple[str, dict[str, str]]]:
    """The ``Link`` header as (target, params)."""
    out = []
    for part in re.findall(r'<[^>]*>[^,<]*', response.headers.get("Link", "")):
        target = part[1:part.index(">")]
        params = dict(re.findall(r'(\w+)="([^"]*)"', part))
        out.append((target, params))
    return out


# -- the data must be there -------------------------------------------------------------------

def test_samples_cover_several_classes(loaded):
    settings, store = loaded
    classes = {c for c, _ in samples(store, settings.base)}
    assert len(classes) >= 4, classes


# -- resource IRIs and documents --------------------------------------------------------------

def test_every_sampled_iri_answers_303_to_its_document(loaded, client):
    settings, store = loaded
    for cls, iri in samples(store, settings.base):
        for accept in (None, "text/turtle", BROWSER_ACCEPT):
            r = client.get(path_of(iri, settings.base), headers={"Accept": accept} if accept else {})
            assert r.status_code == 303, (cls, iri, accept, r.status_code)
            assert r.headers["Location"].endswith(doc_path(iri, settings.base)), r.headers["Location"]


def test_every_format_gives_the_same_graph_with_the_iri_as_subject(loaded, client):
    settings, store = loaded
    for cls, iri in samples(store, settings.base):
        doc = doc_path(iri, settings.base)
        graphs = {}
        for ext, (media, fmt) in FORMATS.items():
            r = client.get(f"{doc}.{ext}")
            assert r.status_code == 200, (iri, ext)
            assert r.mimetype == media
            graphs[ext] = parse(r.data, fmt, client)
            negotiated = client.get(doc, headers={"Accept": media})
            assert negotiated.mimetype == media and negotiated.data == r.data, (iri, media)
        assert (iri, None, None) in graphs["ttl"], f"{iri} is not a subject of its own description"
        assert (iri, RDF.type, URIRef(cls)) in graphs["ttl"]
        for ext in ("jsonld", "rdf", "nt"):
            assert_isomorphic(graphs["ttl"], graphs[ext], f"{iri} .ttl vs .{ext}")


def test_description_has_labels_and_types_of_what_it_links_to(loaded, client):
    settings, store = loaded
    for _, iri in samples(store, settings.base):
        g = parse(client.get(doc_path(iri, settings.base) + ".ttl").data, "turtle")
        for o in set(g.objects(iri, None)):
            if not isinstance(o, URIRef) or not str(o).startswith(settings.base + "id/"):
                continue
            known = store.ask(f"ASK {{ {o.n3()} a ?t }}")
            assert not known or (o, RDF.type, None) in g, f"type of {o} (linked from {iri}) missing"


@pytest.mark.parametrize("accept,expected", [
    (None, "text/turtle"),
    ("*/*", "text/turtle"),
    (BROWSER_ACCEPT, "text/html"),
    ("text/html", "text/html"),
    ("application/xhtml+xml", "text/html"),
    ("application/ld+json", "application/ld+json"),
    ("application/json", "application/ld+json"),
    ("application/rdf+xml", "application/rdf+xml"),
    ("application/n-triples", "application/n-triples"),
    ("text/plain", "application/n-triples"),
    ("text/turtle;q=0.5, application/ld+json;q=0.9", "application/ld+json"),
    ("text/html;q=0, */*;q=0.1", "text/turtle"),
    ("application/rdf+xml;q=0.4, text/*;q=0.8, text/turtle;q=0.3", "text/html"),
    ("image/png", None),
    ("text/html;q=0, text/turtle;q=0, application/*;q=0", None),
], ids=lambda v: str(v))
def test_content_negotiation(loaded, client, accept, expected):
    settings, store = loaded
    _, iri = samples(store, settings.base)[0]
    r = client.get(doc_path(iri, settings.base), headers={"Accept": accept} if accept else {})
    assert "Accept" in r.headers.get("Vary", "")
    if expected is None:
        assert r.status_code == 406
        assert r.mimetype == "application/problem+json"
    else:
        assert r.status_code == 200, r.data[:300]
        assert r.mimetype == expected


def test_link_headers_name_alternates_canonical_endpoint_and_license(loaded, client):
    settings, store = loaded
    for _, iri in samples(store, settings.base)[:6]:
        doc = doc_path(iri, settings.base)
        for url in (doc, doc + ".ttl", doc + ".html"):
            r = client.get(url)
            found = links(r)
            alternates = {p.get("type"): t for t, p in found if p.get("rel") == "alternate"}
            assert set(alternates) >= {"text/html", "text/turtle", "application/ld+json", "application/rdf+xml",
                                       "application/n-triples"}, alternates
            for media, target in alternates.items():
                assert client.get(target).mimetype == media, target
            rels = {p.get("rel"): t for t, p in found}
            assert rels["canonical"] == settings.base + doc[1:]
            assert rels["http://xmlns.com/foaf/0.1/primaryTopic"] == str(iri)
            assert rels["http://www.w3.org/ns/sparql-service-description#endpoint"].endswith("/sparql")
            assert rels["license"] == settings.license
        assert "Vary" not in client.get(doc + ".ttl").headers  # a format URL is not negotiated


def test_head_is_get_without_a_body(loaded, client):
    settings, store = loaded
    for _, iri in samples(store, settings.base)[:6]:
        doc = doc_path(iri, settings.base)
        for accept in ("text/turtle", BROWSER_ACCEPT):
            get = client.get(doc, headers={"Accept": accept})
            head = client.head(doc, headers={"Accept": accept})
            assert head.status_code == 200 and head.data == b""
            for name in ("Content-Type", "ETag", "Last-Modified", "Vary", "Link", "Content-Length"):
                assert head.headers.get(name) == get.headers.get(name), name
        assert client.head(path_of(iri, settings.base)).status_code == 303


@pytest.mark.parametrize("accept", [None, "*/*", "text/turtle", BROWSER_ACCEPT, "application/ld+json", "image/png"])
@pytest.mark.parametrize("path", ["/id/state/no-such-state", "/doc/state/no-such-state", "/doc/state/no-such-state.ttl",
                                  "/id/nonsense/x", "/doc/release/nope.html"])
def test_unknown_iri_is_404_for_every_accept(client, path, accept):
    r = client.get(path, headers={"Accept": accept} if accept else {})
    assert r.status_code == 404
    if accept == BROWSER_ACCEPT:
        assert r.mimetype == "text/html"


def test_conditional_get_answers_304(loaded, client):
    settings, store = loaded
    for _, iri in samples(store, settings.base, per_class=1):
        doc = doc_path(iri, settings.base)
        for url in (doc + ".ttl", doc + ".html"):
            first = client.get(url)
            etag, modified = first.headers["ETag"], first.headers.get("Last-Modified")
            assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
            if modified:  # graphs whose provenance gives a load time
                assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
            assert client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200
        assert client.get(doc + ".ttl").headers["ETag"] != client.get(doc + ".nt").headers["ETag"]


def test_last_modified_comes_from_provenance(loaded, client):
    settings, store = loaded
    for _, iri in samples(store, settings.base)[:6]:
        rows = store.select(f"SELECT (MAX(?t) AS ?t) WHERE {{ GRAPH ?g {{ {iri.n3()} ?p ?o }} "
                            "?g <http://www.w3.org/ns/prov#generatedAtTime> ?t }")
        if not rows or "t" not in rows[0]:
            continue
        expected = rows[0]["t"].toPython().astimezone(dt.timezone.utc).replace(microsecond=0)
        r = client.get(doc_path(iri, settings.base) + ".ttl")
        assert r.last_modified == expected, (iri, r.headers["Last-Modified"])


# -- writes: ETag changes, 410 for deleted ---------------------------------------------------------

def test_a_write_changes_the_etag_and_a_deleted_iri_answers_410(fresh):
    app, store = fresh
    svc = app.extensions[EXTENSION_KEY]
    base = svc.settings.base
    client = app.test_client()
    iri = samples(store, base)[0][1]
    doc = doc_path(iri, base)
    before = client.get(doc + ".ttl")
    mine = [(s, p, o, g) for s, p, o, g in store.quads() if s == iri]
    with svc.write_lock:
        store.apply(Change(remove=mine[:1]))
    svc.written()
    after = client.get(doc + ".ttl")
    assert after.headers["ETag"] != before.headers["ETag"]
    assert client.get(doc + ".ttl", headers={"If-None-Match": before.headers["ETag"]}).status_code == 200

    with svc.write_lock:
        store.apply(Change(remove=mine[1:]))
    svc.written()
    assert record_deleted(svc, [iri, URIRef("http://elsewhere.example/x")]) == {iri}
    for path in (path_of(iri, base), doc, doc + ".ttl"):
        for accept in (None, BROWSER_ACCEPT, "image/png"):
            r = client.get(path, headers={"Accept": accept} if accept else {})
            assert r.status_code == 410, (path, accept, r.status_code)
    assert client.get("/doc/state/never-existed").status_code == 404

    with svc.write_lock:  # it comes back: no longer gone
        store.apply(Change(add=mine))
    svc.written()
    assert client.get(doc).status_code == 200
    assert record_deleted(svc, [iri]) == set()


def test_a_write_during_a_description_or_the_void_does_not_leave_them_stale(fresh, monkeypatch):
    """A page computed from the store as it was, finished after a write, is served once, not cached."""
    from osce_kg.server import resources

    app, store = fresh
    svc = app.extensions[EXTENSION_KEY]
    client = app.test_client()
    iri = samples(store, svc.settings.base)[0][1]
    doc = doc_path(iri, svc.settings.base) + ".nt"
    mine = [(s, p, o, g) for s, p, o, g in store.quads() if s == iri]
    real_describe, real_void = resources.describe, resources.void_graph

    def write_meanwhile():
        with svc.write_lock:
            store.apply(Change(remove=mine))
        svc.written()

    def describe_then_write(*args, **kwargs):
        desc = real_describe(*args, **kwargs)
        write_meanwhile()
        return desc

    monkeypatch.setattr(resources, "describe", describe_then_write)
    stale = client.get(doc)
    assert stale.status_code == 200 and mine[0][2].n3().encode() in stale.data  # from before the write
    monkeypatch.setattr(resources, "describe", real_describe)
    after = client.get(doc)
    assert after.status_code != 200 or mine[0][2].n3().encode() not in after.data  # not the stale copy

    def void_then_write(*args, **kwargs):
        graph = real_void(*args, **kwargs)
        with svc.write_lock:
            store.apply(Change(add=mine))
        svc.written()
        return graph

    monkeypatch.setattr(resources, "void_graph", void_then_write)
    before = client.get("/void.nt").data
    monkeypatch.setattr(resources, "void_graph", real_void)
    # whole-store figures are never waited for (issue 14): until the background rebuild is done, the
    # VoID computed before the write is served marked as older than the store (Age); then the new one
    deadline = time.monotonic() + 60
    while (now := client.get("/void.nt")).data == before:
        assert "Age" in now.headers and "X-Computed-At" in now.headers  # the old figures, marked
        assert time.monotonic() < deadline, "the VoID was not rebuilt after the write"
        time.sleep(0.05)


def test_page_bodies_are_rendered_once_until_a_write(fresh, monkeypatch):
    from osce_kg.server import resources

    app, store = fresh
    svc = app.extensions[EXTENSION_KEY]
    client = app.test_client()
    iri = samples(store, svc.settings.base)[0][1]
    doc = doc_path(iri, svc.settings.base)
    calls: list[str] = []
    real_render, real_serialize = resources.render_resource, resources.serialize
    monkeypatch.setattr(resources, "render_resource", lambda *a, **k: calls.append("html") or real_render(*a, **k))
    monkeypatch.setattr(resources, "serialize", lambda *a, **k: calls.append("rdf") or real_serialize(*a, **k))
    first = [client.get(doc + ext).data for ext in (".html", ".ttl")]
    rendered = len(calls)
    assert "html" in calls and rendered >= 2
    again = [client.get(doc + ext).data for ext in (".html", ".ttl")]
    assert again == first and len(calls) == rendered  # served as rendered
    mine = [(s, p, o, g) for s, p, o, g in store.quads() if s == iri]
    with svc.write_lock:
        store.apply(Change(remove=mine[:1]))
    svc.written()
    after = client.get(doc + ".ttl").data
    assert len(calls) == rendered + 1 and after != first[1]  # a write: rendered anew


def test_concurrent_requests_for_one_cached_value_share_one_build(fresh):
    import threading
    import time

    from osce_kg.server.resources import EXTRA_KEY

    app, _ = fresh
    svc = app.extensions[EXTENSION_KEY]
    state = svc.extras[EXTRA_KEY]
    calls: list[int] = []

    def build():
        calls.append(1)
        time.sleep(0.3)
        if len(calls) == 1:
            raise RuntimeError("the first build fails")
        return object()

    def ask(out: list):
        try:
            out.append(state.memo("shared", build))
        except RuntimeError as exc:
            out.append(exc)

    for expected_calls in (1, 2):
        got: list = []
        threads = [threading.Thread(target=ask, args=(got,)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(calls) == expected_calls  # one build for the four, failing or not
        assert len(got) == 4 and len({id(v) for v in got}) == 1
    assert isinstance(got[0], object) and not isinstance(got[0], RuntimeError)
    assert state.memo("shared", build) is got[0] and len(calls) == 2  # cached
    svc.written()
    assert state.memo("shared", build) is not got[0] and len(calls) == 3  # a write: built anew


def test_incoming_links_are_paged_with_counts_and_next(fresh):
    app, store = fresh
    svc = app.extensions[EXTENSION_KEY]
    base = svc.settings.base
    target = samples(store, base)[0][1]
    n = INCOMING_PAGE + 30
    g = Graph()
    for i in range(n):
        s = URIRef(f"{base}id/person/fan-{i:04d}")
        g.add((s, RDF.type, URIRef("https://w3id.org/osce-kg/ontology#Person")))
        g.add((s, SKOS.prefLabel, Literal(f"Fan {i}")))
        g.add((s, RDFS.seeAlso, target))
    with svc.write_lock:
        store.apply(Change(replace={URIRef(base + "graph/fans"): g}))
    svc.written()
    client = app.test_client()
    doc = doc_path(target, base)
    first = client.get(doc + ".ttl")
    rels = {p["rel"]: t for t, p in links(first)}
    assert rels["next"] == doc + ".ttl?page=2"
    page1 = parse(first.data, "turtle")
    page2 = parse(client.get(rels["next"]).data, "turtle")
    fans1 = set(page1.subjects(RDFS.seeAlso, target))
    fans2 = set(page2.subjects(RDFS.seeAlso, target))
    assert len(fans1) <= INCOMING_PAGE and not fans1 & fans2 and len(fans1 | fans2) == n
    hydra = URIRef("http://www.w3.org/ns/hydra/core#")
    assert (URIRef(settings_doc(base, doc)), URIRef(hydra + "next"), None) in page1
    assert "next" not in {p["rel"] for _, p in links(client.get(rels["next"]))}
    html = client.get(doc + ".html").data.decode()
    assert f">{n}<" in html and 'rel="next"' in html
    everything = re.search(r'<a class="all" href="([^"]+)">all (\d+)', html)
    assert everything and int(everything.group(2)) == n
    listing = client.get(everything.group(1).replace("&amp;", "&")).data.decode()
    assert f"{n} resources" in listing and "fan-0000" in listing
    assert client.get(doc + ".ttl?page=99").status_code == 404
    assert client.get(doc + ".ttl?page=zero").status_code == 400


def strings(value: object) -> set[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(strings(v) for v in value)) if value else set()
    return set()


def settings_doc(base: str, doc: str) -> str:
    return base + doc[1:]


# -- HTML ------------------------------------------------------------------------------------------

def test_html_escapes_literals_and_shows_languages_and_dates(fresh):
    app, store = fresh
    svc = app.extensions[EXTENSION_KEY]
    base = svc.settings.base
    iri = URIRef(base + "id/release/escape-test")
    g = Graph()
    g.add((iri, RDF.type, URIRef("https://w3id.org/osce-kg/ontology#PressRelease")))
    g.add((iri, RDFS.label, Literal('<script>alert("x")</script> & </script>', lang="en")))
    g.add((iri, SKOS.altLabel, Literal("Пресс-релиз", lang="ru")))
    g.add((iri, URIRef("http://purl.org/dc/terms/date"), Literal(dt.date(2009, 2, 18))))
    with svc.write_lock:
        store.apply(Change(replace={URIRef(base + "graph/escape-test"): g}))
    svc.written()
    html = app.test_client().get("/doc/release/escape-test", headers={"Accept": BROWSER_ACCEPT}).data.decode()
    assert '<script>alert("x")' not in html
    assert "&lt;script&gt;alert(" in html
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "</" not in script  # the literal cannot close the script element early
    assert '<script>alert("x")</script> & </script>' in strings(json.loads(script))
    assert 'lang="ru"' in html and "Пресс-релиз" in html
    assert '<time datetime="2009-02-18">18 February 2009</time>' in html


def test_html_page_links_labels_alternates_and_embeds_the_description(loaded, client):
    settings, store = loaded
    for _, iri in samples(store, settings.base)[:8]:
        doc = doc_path(iri, settings.base)
        html = client.get(doc, headers={"Accept": BROWSER_ACCEPT}).data.decode()
        assert '<meta name="viewport"' in html
        for ext, (media, _) in FORMATS.items():
            assert f'<link rel="alternate" type="{media}" href="{doc}.{ext}">' in html
        script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        embedded = parse(script.encode(), "json-ld", client)
        assert_isomorphic(parse(client.get(doc + ".ttl").data, "turtle"), embedded, f"{iri} embedded JSON-LD")
        label = store.select(f"SELECT ?l WHERE {{ {iri.n3()} <{SKOS.prefLabel}>|<{RDFS.label}> ?l }} LIMIT 1")
        if label:
            from html import escape

            assert escape(str(label[0]["l"]), quote=False) in html
        for o in store.select(f"SELECT ?o ?l WHERE {{ {iri.n3()} ?p ?o . ?o <{SKOS.prefLabel}> ?l "
                              f"FILTER(STRSTARTS(STR(?o), \"{settings.base}id/\")) }} LIMIT 3"):
            assert f'href="{doc_path(o["o"], settings.base)}"' in html, o["o"]
        assert "Where these facts came from" in html
        assert re.findall(r"<script src=\"([^\"]*)\"", html) == ["/static/search.js"]  # no other script


def test_landing_page_counts_classes_and_links_to_the_query_page(loaded, client):
    settings, store = loaded
    r = client.get("/")
    html = r.data.decode()
    assert r.status_code == 200 and 'href="/sparql"' in html
    # a class counts its own instances and those of its subclasses (all field operations, missions included)
    rows = store.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) (COUNT(DISTINCT ?d) AS ?direct) WHERE { "
                        "?s a ?x . ?x <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?c "
                        "OPTIONAL { ?s a ?c BIND(?s AS ?d) } } GROUP BY ?c")
    for row in rows:
        if str(row["c"]).startswith(settings.base):
            name = str(row["c"]).rsplit("#", 1)[-1]
            assert f'href="/class/{name}"' in html
            count = re.search(rf'href="/class/{name}"[^>]*>[^<]*</a></td>\s*<td class="num"[^>]*>(\d+)', html)
            assert count and int(count.group(1)) == int(row["n"]), name
    assert re.search(r'href="/doc/[a-z-]+/[^"]+"', html), "no example resources"
    assert "Start here" in html


def test_class_page_of_a_superclass_lists_the_instances_of_its_subclasses(loaded, client):
    settings, store = loaded
    rows = store.select(f"SELECT DISTINCT ?s WHERE {{ ?s a ?x . ?x <http://www.w3.org/2000/01/rdf-schema#subClassOf>* "
                        f"<https://w3id.org/osce-kg/ontology#FieldOperation> }}")
    assert len(rows) > 2
    html = client.get("/class/FieldOperation").data.decode()
    for row in rows:
        assert f'href="{doc_path(row["s"], settings.base)}"' in html
    assert 'href="/class/Mission"' in html  # subclasses link to their own listings


@pytest.mark.parametrize("url,accept", [("/class/FieldOperation", "text/turtle"),
                                        ("/class/FieldOperation.jsonld", None),
                                        ("/class/FieldOperation.rdf", None),
                                        ("/class/FieldOperation?format=nt", None),
                                        ("/class?iri={vocab}FieldOperation", "application/ld+json")])
def test_class_pages_have_an_rdf_form_a_hydra_collection(loaded, client, url, accept):
    from rdflib.namespace import RDF

    settings, store = loaded
    hydra = "http://www.w3.org/ns/hydra/core#"
    r = client.get(url.format(vocab=quote("https://w3id.org/osce-kg/ontology#")), headers={"Accept": accept} if accept else {})
    assert r.status_code == 200, r.data
    media = r.content_type.split(";")[0]
    g = parse(r.data, {"text/turtle": "turtle", "application/ld+json": "json-ld",
                       "application/rdf+xml": "xml", "application/n-triples": "nt"}[media], client)
    [collection] = list(g.subjects(RDF.type, URIRef(hydra + "Collection")))
    members = set(g.objects(collection, URIRef(hydra + "member")))
    total = int(g.value(collection, URIRef(hydra + "totalItems")))
    assert total == len(members) > 2  # under a page: all of them
    assert URIRef(settings.base + "id/field-operation/osce-presence-in-albania") in members
    assert 'rel="alternate"' in r.headers["Link"] and "Accept" in r.headers.get("Vary", "Accept")
    assert f'<{collection}>; rel="canonical"' in r.headers["Link"] and 'rel="license"' in r.headers["Link"]


def test_class_pages_default_to_html_and_refuse_what_they_cannot_make(loaded, client):
    assert client.get("/class/FieldOperation").content_type.startswith("text/html")
    assert client.get("/class/FieldOperation", headers={"Accept": "*/*"}).content_type.startswith("text/html")
    assert client.get("/class/FieldOperation", headers={"Accept": "image/png"}).status_code == 406


def test_class_pages_list_every_instance_with_paging(fresh):
    app, store = fresh
    svc = app.extensions[EXTENSION_KEY]
    base = svc.settings.base
    g = Graph()
    for i in range(230):
        s = URIRef(f"{base}id/person/member-{i:04d}")
        g.add((s, RDF.type, URIRef("https://w3id.org/osce-kg/ontology#TestThing")))
        g.add((s, SKOS.prefLabel, Literal(f"Member {i:04d}")))
    with svc.write_lock:
        store.apply(Change(replace={URIRef(base + "graph/members"): g}))
    svc.written()
    client = app.test_client()
    seen: set[str] = set()
    url = "/class/TestThing"
    while url:
        r = client.get(url)
        assert r.status_code == 200
        html = r.data.decode()
        seen.update(re.findall(r'href="/doc/person/(member-\d+)"', html))
        nxt = re.search(r'<a rel="next" href="([^"]+)"', html)
        url = nxt.group(1).replace("&amp;", "&") if nxt else None
    assert len(seen) == 230
    assert client.get("/class/NoSuchClass").status_code == 404
    assert client.get("/class?iri=" + quote("https://w3id.org/osce-kg/ontology#TestThing")).status_code == 200


# -- ontology, shapes, context -------------------------------------------------------------------

@pytest.mark.parametrize("which", ["ontology", "shapes"])
def test_ontology_and_shapes_dereference_in_every_format(loaded, client, which):
    settings, _ = loaded
    graphs = {}
    for ext, (media, fmt) in FORMATS.items():
        r = client.get(f"/{which}.{ext}")
        assert r.status_code == 200 and r.mimetype == media
        graphs[ext] = parse(r.data, fmt, client)
        assert client.get(f"/{which}", headers={"Accept": media}).data == r.data
    assert len(graphs["ttl"]) > 0
    for ext in ("jsonld", "rdf", "nt"):
        assert_isomorphic(graphs["ttl"], graphs[ext], f"/{which} .ttl vs .{ext}")
    html = client.get(f"/{which}", headers={"Accept": BROWSER_ACCEPT}).data.decode()
    assert "Accept" in client.get(f"/{which}").headers["Vary"]
    assert "<h1>" in html


def test_ontology_page_documents_every_term_from_the_ontology(loaded, client):
    settings, _ = loaded
    onto = parse(client.get("/ontology.ttl").data, "turtle")
    html = client.get("/ontology.html").data.decode()
    ns = "https://w3id.org/osce-kg/ontology#"
    terms = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(ns)}
    documented = {t for t in terms if (t, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in onto
                  or (t, RDFS.domain, None) in onto or (t, RDFS.range, None) in onto}
    assert documented, "the ontology defines no classes or properties"
    for term in documented:
        assert f'id="{term[len(ns):]}"' in html, term
    r = client.get("/ontology/FieldOperation")
    assert r.status_code == 303 and r.headers["Location"].endswith("/ontology#FieldOperation")


def test_context_is_published_and_used(loaded, client):
    r = client.get("/context.jsonld")
    assert r.status_code == 200 and r.mimetype == "application/ld+json"
    assert "@context" in json.loads(r.data)


# -- VoID, dumps, sitemap ------------------------------------------------------------------------------

def test_void_is_computed_from_the_store(loaded, client):
    settings, store = loaded
    void_ns = "http://rdfs.org/ns/void#"
    g = parse(client.get("/void.ttl").data, "turtle")
    again = parse(client.get("/.well-known/void", headers={"Accept": "text/turtle"}).data, "turtle")
    assert_isomorphic(g, again, "/void vs /.well-known/void")
    ds = URIRef(settings.base + "void#dataset")

    def one(p: str):
        return g.value(ds, URIRef(void_ns + p))

    distinct = store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert one("triples").toPython() == int(distinct[0]["n"])
    for prop, count in (("distinctSubjects", "COUNT(DISTINCT ?s)"), ("distinctObjects", "COUNT(DISTINCT ?o)")):
        assert one(prop).toPython() == int(store.select(f"SELECT ({count} AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")[0]["n"])
    entities = store.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                            f"FILTER(STRSTARTS(STR(?s), \"{settings.base}id/\")) }}")
    assert one("entities").toPython() == int(entities[0]["n"]) > 0
    assert str(one("uriSpace")) == settings.base + "id/"
    assert str(one("sparqlEndpoint")) == settings.base + "sparql"
    assert str(one("dataDump")) == settings.base + "dumps/all.nq.gz"
    examples = list(g.objects(ds, URIRef(void_ns + "exampleResource")))
    assert examples and all(client.get(path_of(e, settings.base)).status_code == 303 for e in examples)
    parts = {g.value(p, URIRef(void_ns + "class")): g.value(p, URIRef(void_ns + "entities")).toPython()
             for p in g.objects(ds, URIRef(void_ns + "classPartition"))}
    for cls, n in parts.items():
        assert n == int(store.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a {cls.n3()} }}")[0]["n"])
    assert list(g.objects(ds, URIRef(void_ns + "propertyPartition")))
    assert client.get("/void.html").status_code == 200


def test_dumps_hold_the_whole_dataset_with_checksums(loaded, client):
    settings, store = loaded
    r = client.get("/dumps/all.nq.gz")
    assert r.status_code == 200
    checksum = client.get("/dumps/all.nq.gz.sha256").data.decode()
    assert checksum == f"{hashlib.sha256(r.data).hexdigest()}  all.nq.gz\n"
    ds = Dataset()
    ds.parse(data=gzip.decompress(r.data), format="nquads")
    assert len(list(ds.quads((None, None, None, None)))) == store.quad_count()
    index = client.get("/dumps/").data.decode()
    keys = re.findall(r'href="/dumps/graph/([^"]+)\.nq\.gz"', index)
    assert keys
    for key in keys[:5]:
        part = client.get(f"/dumps/graph/{key}.nq.gz")
        assert client.get(f"/dumps/graph/{key}.nq.gz.sha256").data.decode().split()[0] == \
            hashlib.sha256(part.data).hexdigest()
        got = Dataset()
        got.parse(data=gzip.decompress(part.data), format="nquads")
        graph_iri = URIRef(settings.base + "graph/" + key)
        assert_isomorphic(store.graph(graph_iri), got.graph(graph_iri), key)
    assert client.get("/dumps/graph/nope.nq.gz").status_code == 404


def test_sitemap_lists_every_resource_page(loaded, client):
    settings, store = loaded
    r = client.get("/sitemap.xml")
    assert r.status_code == 200
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {e.text for e in ElementTree.fromstring(r.data).findall("sm:url/sm:loc", ns)}
    for _, iri in samples(store, settings.base):
        assert "http://localhost" + doc_path(iri, settings.base) in locs
    assert "Sitemap:" in client.get("/robots.txt").data.decode()


def test_named_graph_iris_dereference_with_provenance_and_contents(loaded, client):
    settings, store = loaded
    rows = store.select("SELECT ?g WHERE { ?g <http://www.w3.org/ns/prov#generatedAtTime> ?t } ORDER BY ?g LIMIT 1")
    assert rows, "no document graph carries prov:generatedAtTime"
    graph_iri = rows[0]["g"]
    path = path_of(graph_iri, settings.base)
    g = parse(client.get(path + ".ttl").data, "turtle")
    assert (graph_iri, URIRef("http://www.w3.org/ns/prov#generatedAtTime"), None) in g
    html = client.get(path, headers={"Accept": BROWSER_ACCEPT}).data.decode()
    key = path.rsplit("/", 1)[1]
    assert f'href="/dumps/graph/{key}.nq.gz"' in html
    subject = store.select(f"SELECT ?s WHERE {{ GRAPH {graph_iri.n3()} {{ ?s a ?t }} "
                           f"FILTER(STRSTARTS(STR(?s), \"{settings.base}id/\")) }} LIMIT 1")[0]["s"]
    assert f'href="{doc_path(subject, settings.base)}"' in html


def test_browser_clients_may_read_documents_and_their_link_headers(loaded, client):
    settings, store = loaded
    _, iri = samples(store, settings.base)[0]
    r = client.get(doc_path(iri, settings.base), headers={"Origin": "https://example.org"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Link" in r.headers["Access-Control-Expose-Headers"]


def test_facts_without_a_recorded_load_time_still_get_last_modified_and_304(fresh):
    app, store = fresh
    svc = app.extensions[EXTENSION_KEY]
    base = svc.settings.base
    iri = URIRef(f"{base}id/person/written-by-hand")
    g = Graph()
    g.add((iri, RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person")))
    g.add((iri, URIRef("http://xmlns.com/foaf/0.1/name"), Literal("Written By Hand")))
    store.apply(Change(replace={URIRef(f"{base}graph/by-hand"): g}))  # no prov:generatedAtTime anywhere
    svc.written()
    client = app.test_client()
    r = client.get("/doc/person/written-by-hand", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers.get("Last-Modified"), r.headers
    again = client.get("/doc/person/written-by-hand", headers={"Accept": "text/turtle",
                                                               "If-Modified-Since": r.headers["Last-Modified"]})
    assert again.status_code == 304


def test_a_field_of_work_links_to_a_class_page_of_all_its_releases(loaded, client):
    from html import unescape

    settings, store = loaded
    rows = store.select("SELECT ?f (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r <http://purl.org/dc/terms/subject> ?f } "
                        "GROUP BY ?f ORDER BY DESC(?n) ?f LIMIT 1")
    field, n = rows[0]["f"], int(rows[0]["n"])
    assert n >= 2
    html = client.get(doc_path(field, settings.base) + ".html").data.decode()
    hrefs = [unescape(href) for href, count in re.findall(r'<a class="all" href="([^"]*)">all (\d+) →', html)
             if count == str(n) and "dc%2Fterms%2Fsubject" in href]
    assert hrefs, "no 'all N →' link for the releases about this field"
    listing = client.get(hrefs[0]).data.decode()
    releases = store.select(f"SELECT DISTINCT ?r WHERE {{ ?r <http://purl.org/dc/terms/subject> {field.n3()} }}")
    for row in releases:
        assert f'href="{doc_path(row["r"], settings.base)}"' in listing


@pytest.mark.parametrize("path,shown", [
    ("id/write/20261128T222621451708Z-b6c521b2", "20261128T222621451708Z-b6c521b2"),  # an id: kept as it is
    ("id/person/raphael-perl", "raphael perl"),
    ("graph/entity-odihr", "entity-odihr"),
    ("graph/entity-odihr#source", "source of entity-odihr"),
], ids=lambda v: v)
def test_resources_without_a_label_get_a_readable_name(path, shown):
    from osce_kg.server.present import fallback_name

    assert fallback_name("http://kg.example/" + path, "http://kg.example/") == shown
