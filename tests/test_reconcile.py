"""The Reconciliation Service API 0.2 (/reconcile) with OpenRefine's request shapes, over a real socket.

OpenRefine asks GET /reconcile for the manifest, then POSTs ``queries=`` (form-encoded JSON, ten
queries at a time, each with ``query``, ``type``, ``type_strict``, ``limit`` and ``properties``),
frames /reconcile/preview?id= and calls the suggest services as a column is typed into.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Iterator

import pytest
import requests

from osce_kg.loader.settings import Settings
from osce_kg.server import reconcile
from sparql_server import serving

BASE = "http://localhost:8000/"
OURS = "https://w3id.org/osce-kg/ontology#"
COUNTRY = "https://schema.org/Country"


@pytest.fixture(scope="module")
def served(corpus_store_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from osce_kg.server import search
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    store = tmp_path_factory.mktemp("reconcile") / "store"
    shutil.copytree(corpus_store_template, store)
    app = create_app(Settings(store=store))
    # the search index (which /reconcile reads) is built in the background at start; a question meanwhile
    # waits at most 5 s, then gets 503: on a loaded machine the build took longer (as test_search's fixture)
    assert search.index_of(app.extensions[EXTENSION_KEY]).opened(120)
    with serving(app) as url:
        yield url


def ask(url: str, queries: dict) -> dict:
    """As OpenRefine does: POST, form-encoded, the queries as one JSON field."""
    r = requests.post(f"{url}/reconcile", data={"queries": json.dumps(queries)}, timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].startswith("application/json")
    return r.json()


def test_the_manifest_describes_a_0_2_service_with_types_view_preview_and_suggest(served: str) -> None:
    m = requests.get(f"{served}/reconcile", timeout=30).json()
    assert m["versions"] == ["0.2"]
    assert m["identifierSpace"] == BASE + "id/" and m["schemaSpace"] == OURS
    assert {t["name"] for t in m["defaultTypes"]} >= {"State", "Field operation", "Organization", "Person", "Release"}
    assert m["view"]["url"] == "{{id}}"
    assert m["preview"]["url"] == f"{served}/reconcile/preview?id={{{{id}}}}"
    assert m["suggest"]["entity"] == {"service_url": f"{served}/reconcile", "service_path": "/suggest/entity"}


def test_openrefine_batch_finds_states_operations_organizations_persons_and_releases(served: str) -> None:
    queries = {
        "q0": {"query": "Albania", "type": COUNTRY, "type_strict": "should", "limit": 3},
        "q1": {"query": "Turkey", "type": COUNTRY, "type_strict": "should"},
        "q2": {"query": "Presence in Albania", "type": OURS + "FieldOperation", "type_strict": "should"},
        "q3": {"query": "OSCE Secretariat", "type": "http://www.w3.org/ns/org#Organization"},
        "q4": {"query": "Raphael Perl", "type": "http://xmlns.com/foaf/0.1/Person"},
        "q5": {"query": "OSCE Presence in Albania celebrates twenty years in Tirana", "type": OURS + "Publication",
               "properties": [{"pid": "year", "v": "2017"}]},
        "q6": {"query": "Россия", "type": COUNTRY},
    }
    answers = ask(served, queries)
    assert set(answers) == set(queries)
    expect = {"q0": "state/albania", "q1": "state/turkiye", "q2": "field-operation/osce-presence-in-albania",
              "q3": "organization/osce-secretariat", "q4": "person/raphael-perl",
              "q5": "release/2017-03-27-osce-presence-in-albania-celebrates-twenty-years-in-tirana",
              "q6": "state/russian-federation"}
    for key, iri in expect.items():
        first = answers[key]["result"][0]
        assert first["id"] == BASE + "id/" + iri, (key, answers[key])
        assert first["match"] is True and first["score"] == 100.0, (key, first)
        assert first["type"][0]["id"].startswith("http") and first["type"][0]["name"]
    assert len(answers["q0"]["result"]) <= 3
    assert all(not c["match"] for c in answers["q0"]["result"][1:])


def test_scores_rank_close_names_and_uncertain_names_are_no_match(served: str) -> None:
    answers = ask(served, {"a": {"query": "Albanai", "type": COUNTRY}, "b": {"query": "Secretariat"},
                           "c": {"query": "zzqx nothing"}})
    first = answers["a"]["result"][0]
    assert first["id"] == BASE + "id/state/albania" and 50 < first["score"] < 100 and first["match"] is False
    scores = [c["score"] for c in answers["a"]["result"]]
    assert scores == sorted(scores, reverse=True)
    # two resources go by "OSCE Secretariat" (the body and a web page): without a type it is no match
    assert not any(c["match"] for c in answers["b"]["result"])
    assert answers["c"]["result"] == []


def test_properties_decide_iso_codes_and_disagreeing_ones_lower_the_score(served: str) -> None:
    answers = ask(served, {
        "code": {"query": "Russia", "type": COUNTRY, "properties": [{"pid": "iso3166Alpha2", "v": "RU"}]},
        "iri": {"query": "Germany", "type": COUNTRY, "properties": [{"pid": OURS + "iso3166Alpha2", "v": "DE"}]},
        "wrong": {"query": "Germany", "type": COUNTRY, "properties": [{"pid": "iso3166Alpha2", "v": "FR"}]},
    })
    assert answers["code"]["result"][0]["id"] == BASE + "id/state/russian-federation"
    assert answers["code"]["result"][0]["match"] is True
    assert answers["iri"]["result"][0]["id"] == BASE + "id/state/germany" and answers["iri"]["result"][0]["match"]
    germany = [c for c in answers["wrong"]["result"] if c["id"] == BASE + "id/state/germany"][0]
    assert germany["match"] is False and germany["score"] < 100


def test_queries_in_the_query_string_are_answered_too(served: str) -> None:
    r = requests.get(f"{served}/reconcile", params={"queries": json.dumps({"q0": {"query": "Albania"}})}, timeout=30)
    assert r.status_code == 200 and r.json()["q0"]["result"][0]["id"] == BASE + "id/state/albania"


@pytest.mark.parametrize("queries", [
    "not json", "[1, 2]", '{"q0": "Albania"}', '{"q0": {"query": 5}}', '{"q0": {"query": "a", "limit": 0}}',
    '{"q0": {"query": "a", "limit": 26}}', '{"q0": {"query": "a", "limit": true}}', '{"q0": {"query": "a", "type": 3}}',
    '{"q0": {"query": "a", "properties": "x"}}', "[" * 100_000,
])
def test_malformed_queries_are_400_problems(served: str, queries: str) -> None:
    r = requests.post(f"{served}/reconcile", data={"queries": queries}, timeout=30)
    assert r.status_code == 400, r.text
    assert r.headers["Content-Type"] == "application/problem+json"


def test_the_batch_size_limit_and_the_name_length_limit(served: str) -> None:
    most = {f"q{i}": {"query": "Albania", "limit": 1} for i in range(reconcile.MAX_QUERIES)}
    assert len(ask(served, most)) == reconcile.MAX_QUERIES
    too_many = {**most, "one-more": {"query": "Albania"}}
    assert requests.post(f"{served}/reconcile", data={"queries": json.dumps(too_many)}, timeout=30).status_code == 400
    long = {"q0": {"query": "a" * (reconcile.MAX_NAME_CHARS + 1)}}
    assert requests.post(f"{served}/reconcile", data={"queries": json.dumps(long)}, timeout=30).status_code == 400
    limited = ask(served, {"q0": {"query": "OSCE", "limit": reconcile.MAX_LIMIT}})
    assert 1 < len(limited["q0"]["result"]) <= reconcile.MAX_LIMIT


def test_preview_is_a_frameable_html_card_without_script(served: str) -> None:
    r = requests.get(f"{served}/reconcile/preview", params={"id": BASE + "id/state/albania"}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    assert "Albania" in r.text and "AL" in r.text and "<script" not in r.text
    csp = r.headers["Content-Security-Policy"]
    assert "frame-ancestors" not in csp and "script-src 'none'" in csp
    assert requests.get(f"{served}/reconcile/preview", params={"id": BASE + "id/state/nowhere"},
                        timeout=30).status_code == 404
    assert requests.get(f"{served}/reconcile/preview", params={"id": "x" * 2001}, timeout=30).status_code == 400


def test_suggest_entity_type_and_property(served: str) -> None:
    entity = requests.get(f"{served}/reconcile/suggest/entity", params={"prefix": "Alban"}, timeout=30).json()
    assert entity["result"][0] == {"id": BASE + "id/state/albania", "name": "Albania",
                                   "description": "participating state",
                                   "notable": [{"id": OURS + "ParticipatingState", "name": "participating state"}]}
    typed = requests.get(f"{served}/reconcile/suggest/entity", params={"prefix": "Alban", "type": "FieldOperation"},
                         timeout=30).json()
    assert [e["id"] for e in typed["result"]] == [BASE + "id/field-operation/osce-presence-in-albania"]
    types = requests.get(f"{served}/reconcile/suggest/type", params={"prefix": "fiel"}, timeout=30).json()
    assert [t["name"] for t in types["result"]] == ["Field operation", "Field of work"]
    props = requests.get(f"{served}/reconcile/suggest/property", params={"prefix": "iso"}, timeout=30).json()
    assert props["result"] == [{"id": "iso3166Alpha2", "name": "ISO 3166-1 alpha-2 code"}]
    too_long = requests.get(f"{served}/reconcile/suggest/entity", params={"prefix": "a" * 201}, timeout=30)
    assert too_long.status_code == 400
