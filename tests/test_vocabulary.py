"""The vocabulary has one name on every deployment; each deployment says where it serves it.

A query copied from the README (written against the default base) runs unchanged, over real
HTTP, on a server whose store was loaded with another base, and finds the same answers.
"""
from __future__ import annotations

import re

import pytest
import requests
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, VOID
from SPARQLWrapper import JSON, SPARQLWrapper

from conftest import CORPUS, REPO, SEED, LiveServer, build_store, free_port
from osce_kg.loader.iri import ONTOLOGY, VOCAB
from osce_kg.loader.store import EmbeddedStore


def readme_queries() -> list[str]:
    """The SPARQL blocks of the README's "Example queries" section, as written there."""
    text = (REPO / "README.md").read_text("utf-8")
    section = text.split("### Example queries", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sparql\n(.*?)```", section, re.S)


def names(rows: list[dict]) -> set[tuple[str, ...]]:
    """Rows without the IRIs that carry the base: literal values only."""
    return {tuple(sorted(v["value"] for v in row.values() if v["type"] != "uri")) for row in rows}


@pytest.fixture(scope="module")
def other_base_server(tmp_path_factory):
    """The example corpus loaded with a base that is not the default, served at that base."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    path = tmp_path_factory.mktemp("other-base") / "store"
    build_store(path, [CORPUS, SEED], base=base)
    server = LiveServer(path, env={"OSCE_KG_BASE": base}, port=port)
    yield server.start()
    server.stop()


def select(url: str, query: str) -> list[dict]:
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return client.query().convert()["results"]["bindings"]  # type: ignore[index,return-value]


def test_the_readme_names_the_stable_vocabulary_only():
    queries = readme_queries()
    assert len(queries) >= 5
    assert sum("PREFIX osce: <https://w3id.org/osce-kg/ontology#>" in q for q in queries) >= 5
    for query in queries:
        assert "ontology#" not in query.replace(VOCAB, "")


def test_a_readme_query_runs_unchanged_on_a_store_loaded_with_another_base(other_base_server, corpus_store_path):
    query = readme_queries()[0]  # participating States with ISO codes: IRIs only in the PREFIX
    assert "localhost:8000" not in query
    there = select(other_base_server.url, query)
    assert len(there) >= 50, "the README's query found nothing on another base"
    assert all(row["state"]["value"].startswith(other_base_server.base + "id/state/") for row in there)
    store = EmbeddedStore(corpus_store_path, read_only=True)
    try:
        here = [{k: {"type": "uri" if isinstance(v, URIRef) else "literal", "value": str(v)}
                 for k, v in row.items()} for row in store.select(query)]
    finally:
        store.close()
    assert names(there) == names(here)


def test_the_deployment_says_where_it_serves_the_vocabulary(other_base_server):
    base = other_base_server.base
    here = URIRef(base + "ontology")
    resp = requests.get(base + "ontology.ttl", timeout=10)
    assert resp.status_code == 200
    assert f'<{ONTOLOGY}>; rel="http://xmlns.com/foaf/0.1/primaryTopic"' in resp.headers["Link"]
    onto = Graph().parse(data=resp.text, format="turtle")
    term = URIRef(VOCAB + "FieldOperation")
    assert (term, RDFS.isDefinedBy, here) in onto and (URIRef(ONTOLOGY), RDFS.isDefinedBy, here) in onto
    void = Graph().parse(data=requests.get(base + "void", headers={"Accept": "text/turtle"}, timeout=10).text,
                         format="turtle")
    assert (None, VOID.vocabulary, URIRef(ONTOLOGY)) in void
    assert (URIRef(ONTOLOGY), RDFS.isDefinedBy, here) in void


def test_term_pages_still_redirect_to_the_ontology_document(other_base_server):
    resp = requests.get(other_base_server.base + "ontology/FieldOperation", allow_redirects=False, timeout=10)
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/ontology#FieldOperation")
    page = requests.get(other_base_server.base + "ontology", headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200 and 'id="FieldOperation"' in page.text


def test_a_resource_page_links_its_class_to_this_deployment(other_base_server):
    page = requests.get(other_base_server.base + "doc/state/albania", headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200
    assert 'href="https://w3id.org/osce-kg' not in page.text  # a term links here, not to the name's host
    assert "/class/ParticipatingState" in page.text or "/ontology#ParticipatingState" in page.text
