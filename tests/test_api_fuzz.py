"""A bounded fuzz run of the HTTP API from its OpenAPI description (``/openapi.json``).

The real server (the ASGI app under Granian, as ``osce-kg serve`` runs it) serves a
throwaway copy of the example corpus with a write token. schemathesis loads the
description the server publishes and sends each operation a fixed, small number of
generated requests (derandomized: the same requests on every run), once anonymously
and once with the token. Every answer must be no 5xx, come within a bound, and have a
status, Content-Type, body schema and headers the description allows; operations that
need the token must refuse a request without it. The server must still answer
afterwards. A second guard: every route of the Flask app is in the description.
"""
from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests
import schemathesis
from flask import Flask
from schemathesis.config import SchemathesisConfig
from schemathesis.core.result import Err

from osce_kg.loader.settings import Settings
from sparql_server import serving

pytestmark = pytest.mark.e2e

TOKEN = "fuzz-secret"
#: generated requests per operation and phase: enough to reach every status an operation documents
#: with a few examples, small enough for the whole run to take well under a minute
MAX_EXAMPLES = 12
#: the bound on any one answer: far above any honest one (queries stop at 5 s here), short of a freeze
REQUEST_TIMEOUT = 30
#: what is checked on every answer (the data-acceptance checks are left out: the protocols are lenient
#: by design, ignoring unknown parameters and reading format= as a hint)
CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance",
          "response_schema_conformance", "response_headers_conformance", "ignored_auth")


@pytest.fixture(scope="module")
def api_server(corpus_store_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Flask]]:
    """The served app over a throwaway copy of the corpus store, with one write token: (base URL, app)."""
    from osce_kg.server import search, wholestore
    from osce_kg.server.app import create_app
    from osce_kg.server.services import EXTENSION_KEY

    store = tmp_path_factory.mktemp("fuzz") / "store"
    shutil.copytree(corpus_store_template, store)
    settings = Settings(store=store, tokens={"fuzzer": TOKEN}, query_timeout=5.0, query_workers=2)
    app = create_app(settings)
    # figures computed on first use (the search index in the background at start; VoID, the landing page,
    # the sitemap when first asked) answer 503 + Retry-After while a request has waited 5 s for them, and
    # the run counts any 5xx as a failure: on a loaded machine they took longer. They are made first, as
    # `osce-kg serve` warms them (wholestore.warm); the answers checked are the same.
    assert search.index_of(app.extensions[EXTENSION_KEY]).opened(120)
    with serving(app) as base:
        for path in wholestore.WARM_PATHS:
            deadline = time.monotonic() + 300
            while requests.get(base + path, timeout=REQUEST_TIMEOUT).status_code == 503:
                assert time.monotonic() < deadline, f"{path} was still being computed after 300 s"
                time.sleep(0.5)
        yield base, app


#: request bodies that are text in a syntax of their own, sent as the UTF-8 of the generated string
TEXT_BODIES = ("application/sparql-query", "application/sparql-update", "text/turtle", "application/n-triples",
               "application/n-quads", "application/trig", "application/rdf+xml")


def _register_text_bodies() -> None:
    schemathesis.serializer.alias(list(TEXT_BODIES), "text/plain")


def _config(token: str | None) -> SchemathesisConfig:
    """A fixed run: the same seed, examples and checks every time, nothing remembered between runs."""
    data: dict[str, object] = {
        "seed": 20240610,
        "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "mode": "all",
                       "database": "none"},
        "phases": {"examples": {"enabled": True}, "coverage": {"enabled": False},
                   "fuzzing": {"enabled": True}, "stateful": {"enabled": False}},
        "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
        "request-timeout": REQUEST_TIMEOUT,
        "suppress-health-check": ["all"],
    }
    if token:
        data["auth"] = {"openapi": {"bearerAuth": {"bearer": token}}}
    return SchemathesisConfig.from_dict(data)


@pytest.fixture(scope="module")
def anonymous_api(api_server: tuple[str, Flask]) -> schemathesis.BaseSchema:
    """The served description, for requests without a token."""
    _register_text_bodies()
    return schemathesis.openapi.from_url(api_server[0] + "/openapi.json", config=_config(None))


@pytest.fixture(scope="module")
def maintainer_api(api_server: tuple[str, Flask]) -> schemathesis.BaseSchema:
    """The served description, for requests with the write token where the operation needs one."""
    _register_text_bodies()
    return schemathesis.openapi.from_url(api_server[0] + "/openapi.json", config=_config(TOKEN))


anonymous = schemathesis.pytest.from_fixture("anonymous_api")
maintainer = schemathesis.pytest.from_fixture("maintainer_api")


@anonymous.parametrize()
def test_fuzz_anonymously(case: schemathesis.Case) -> None:
    _call_and_validate(case)


@maintainer.parametrize()
def test_fuzz_with_the_token(case: schemathesis.Case) -> None:
    _call_and_validate(case)


def _call_and_validate(case: schemathesis.Case) -> None:
    """Send the case and check its answer."""
    response = case.call(timeout=REQUEST_TIMEOUT)
    case.validate_response(response, transport_kwargs={"timeout": REQUEST_TIMEOUT})


def test_the_server_still_answers_after_the_fuzzing(api_server: tuple[str, Flask]) -> None:
    base, _ = api_server
    health = requests.get(base + "/health", timeout=REQUEST_TIMEOUT)
    assert health.status_code == 200 and health.json()["status"] == "ok"
    answer = requests.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=REQUEST_TIMEOUT)
    assert answer.status_code == 200 and answer.json()["boolean"] is True


# -- what the fuzzing found ------------------------------------------------------------------------------
# Each failure the run above found once, pinned with the smallest request that showed it.

@pytest.mark.parametrize("name", ["default-graph-uri", "named-graph-uri"])
def test_a_dataset_iri_that_is_no_iri_is_refused_with_400(api_server: tuple[str, Flask], name: str) -> None:
    base, _ = api_server
    response = requests.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }", name: "not an iri"},
                            timeout=REQUEST_TIMEOUT)
    assert response.status_code == 400, response.text


@pytest.mark.parametrize("method,path,params", [
    ("GET", "/store/%7C", None), ("DELETE", "/store/%25zz", None), ("GET", "/store", {"graph": "a:b c"})],
    ids=["direct-bar", "direct-bad-percent", "indirect-space"])
def test_a_graph_name_that_is_no_iri_is_refused_with_400(api_server: tuple[str, Flask], method: str, path: str,
                                                          params: dict[str, str] | None) -> None:
    base, _ = api_server
    response = requests.request(method, base + path, params=params, headers={"Authorization": f"Bearer {TOKEN}"},
                                timeout=REQUEST_TIMEOUT)
    assert response.status_code in (400, 404), response.text


@pytest.mark.parametrize("term", ["ab:c d", "\u00e9:x|y"], ids=["absolute-with-space", "resolved-with-bar"])
def test_a_json_ld_property_that_is_no_iri_is_refused_with_400(api_server: tuple[str, Flask], term: str) -> None:
    base, _ = api_server
    body = json.dumps({"@id": "http://localhost:8000/id/x/y", term: "v"}).encode()
    response = requests.put(base + "/store", params={"graph": "http://localhost:8000/graph/fuzz-jsonld"}, data=body,
                            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/ld+json"},
                            timeout=REQUEST_TIMEOUT)
    assert response.status_code == 400, response.text


# -- the description itself --------------------------------------------------------------------------

def test_openapi_json_is_served_and_loads_as_openapi(api_server: tuple[str, Flask]) -> None:
    base, _ = api_server
    response = requests.get(base + "/openapi.json", timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == "application/json"
    doc = response.json()
    assert doc["openapi"].startswith("3.")
    schema = schemathesis.openapi.from_dict(doc)
    results = list(schema.get_all_operations())
    assert [str(r.err()) for r in results if isinstance(r, Err)] == []
    assert len(results) == sum(len(item) for item in doc["paths"].values())
    assert requests.get(base + "/openapi.json", headers={"If-None-Match": response.headers["ETag"]},
                        timeout=30).status_code == 304


def _openapi_path(rule: str) -> str:
    """A Werkzeug rule as an OpenAPI path template: ``/id/<kind>/<key>`` -> ``/id/{kind}/{key}``."""
    return re.sub(r"<(?:[a-z]+(?:\([^)]*\))?:)?([a-z_]+)>", r"{\1}", rule)


def test_every_route_of_the_app_is_described(api_server: tuple[str, Flask]) -> None:
    """Guards the description: a route added to the app without it fails here."""
    from osce_kg.server.openapi import description

    _, app = api_server
    described = {(path, method.upper()) for path, item in description()["paths"].items() for method in item}
    routed = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        methods = set(rule.methods or ()) - {"HEAD"}
        if getattr(rule, "provide_automatic_options", False):
            methods.discard("OPTIONS")
        routed |= {(_openapi_path(rule.rule), method) for method in methods}
    assert routed - described == set(), "routes missing from server/static/openapi.json"
    assert described - routed == set(), "described operations the app does not route"


def test_the_openapi_path_template_of_a_rule() -> None:
    assert _openapi_path("/id/<kind>/<key>") == "/id/{kind}/{key}"
    assert _openapi_path("/sitemap-<int:part>.xml") == "/sitemap-{part}.xml"
    assert _openapi_path("/dumps/<path:name>") == "/dumps/{name}"
