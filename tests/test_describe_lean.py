"""Descriptions answered in one hand-off between Flask's thread and the event loop (issue 14, ``server/leanpages.py``).

The oracle is a2wsgi, which answered every page before: for the same ASGI request, the lean path must send the
same status, the same headers in the same order and the same body, for every kind of description answer (HTML,
each RDF format, negotiated or by extension, HEAD, 303, 404, 410-free unknowns, 304 on a matching ETag, a page
past the last, a refused path). Then over a real socket under Granian, as ``osce-kg serve`` runs it. No timing
is assumed anywhere: each request is awaited to its end.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import requests
from a2wsgi import WSGIMiddleware

from ld_data import build_store
from osce_kg.loader.settings import Settings
from osce_kg.server import leanpages
from osce_kg.server.app import close_app, create_app
from osce_kg.server.asgi import QueryFirstApp, _body_read, _buffered

BASE = "http://localhost:8000/"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("lean") / "store"
    store = build_store(path, BASE)
    flask_app = create_app(Settings(store=Path(path), base=BASE, cache_bytes=0), store=store)
    yield flask_app
    close_app(flask_app)


def scope_of(method: str, target: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    path, _, query = target.partition("?")
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
            "path": path, "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
            "headers": [(b"host", b"localhost:8000"), *((k.lower().encode(), v.encode())
                                                         for k, v in (headers or {}).items())],
            "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000)}


def answer(call) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """Run one ASGI call to its end; (status, headers, body joined)."""
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(call(send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], list(start.get("headers", [])), body


def inner_scope(scope: dict[str, Any]) -> dict[str, Any]:
    """The scope QueryFirstApp hands on to Flask (the body read, the client-gone event)."""
    import threading

    from osce_kg.server.asgi import _BODY, CLIENT_GONE

    return {**scope, _BODY: b"", CLIENT_GONE: threading.Event()}


def requests_to_compare(app) -> list[tuple[str, str, dict[str, str]]]:
    from osce_kg.server.services import EXTENSION_KEY

    rows = app.extensions[EXTENSION_KEY].store.select(
        "SELECT ?r WHERE { ?r a <https://w3id.org/osce-kg/ontology#PressRelease> } ORDER BY ?r LIMIT 1")
    release = "/doc/" + str(rows[0]["r"])[len(BASE) + 3:]
    etag = app.test_client().get(release + ".ttl").headers["ETag"]
    kinds = [(m, release + ext, {}) for m in ("GET", "HEAD") for ext in ("", ".html", ".ttl", ".nt", ".jsonld", ".rdf")]
    return [*kinds,
            ("GET", release, {"Accept": "text/html"}), ("GET", release, {"Accept": "text/turtle;q=0.9, */*;q=0.1"}),
            ("GET", release, {"Accept": "image/png"}),  # 406
            ("GET", release + ".ttl", {"If-None-Match": etag}),  # 304
            ("GET", release + "?page=9", {}),  # 404: past the last page
            ("GET", release.replace("/doc/", "/id/"), {}),  # 303
            ("GET", "/id/state/nowhere-at-all", {}), ("GET", "/doc/state/nowhere-at-all.ttl", {}),  # 404
            ("GET", "/doc/state/albania", {"Origin": "https://example.org", "Accept": "application/ld+json"}),
            ("GET", "/doc/state/a b", {}),  # 400: no IRI holds a space (an ASGI path is decoded)
            ("GET", "/graph/reference", {"Accept": "text/html"}), ("GET", "/graph/reference.nt", {})]


def test_descriptions_answer_exactly_as_a2wsgi_answered(app):
    before = WSGIMiddleware(_buffered(app), workers=2)
    statuses = set()
    for method, target, headers in requests_to_compare(app):
        scope = inner_scope(scope_of(method, target, headers))
        assert leanpages.answers_whole(scope), target
        old = answer(lambda send, scope=scope: before(scope, _body_read, send))
        new = answer(lambda send, scope=scope: leanpages.answer_whole(before.app, before.executor, scope, send))
        assert new == old, (method, target, headers)
        statuses.add(old[0])
    assert {200, 303, 304, 400, 404, 406} <= statuses  # every kind of answer was compared
    before.executor.shutdown()


@pytest.fixture
def lean_calls(monkeypatch) -> list[str]:
    """The paths leanpages.run_whole answered, in order (it still answers them)."""
    taken: list[str] = []
    run_whole = leanpages.run_whole

    def counted(flask, environ):
        taken.append(environ["PATH_INFO"])
        return run_whole(flask, environ)

    monkeypatch.setattr(leanpages, "run_whole", counted)
    return taken


def test_only_reads_of_descriptions_take_the_lean_path(app):
    for method, target, lean in (("GET", "/doc/x/y", True), ("HEAD", "/id/x/y", True), ("GET", "/graph/g", True),
                                 ("POST", "/doc/x/y", False), ("PUT", "/graph/g", False), ("DELETE", "/id/x/y", False),
                                 ("GET", "/dumps/all.nq.gz", False), ("GET", "/sitemap.xml", False),
                                 ("GET", "/sparql", False), ("GET", "/", False), ("GET", "/class/PressRelease", False)):
        assert leanpages.answers_whole(scope_of(method, target)) is lean, (method, target)


def test_the_server_sends_descriptions_through_the_lean_path(app, lean_calls):
    """QueryFirstApp (what serve runs) answers a description with leanpages, and a write or another page with
    a2wsgi: the calls are counted, the answers checked."""
    taken = lean_calls
    front = QueryFirstApp(app, threads=2)
    release = requests_to_compare(app)[0][1]

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    status, headers, body = answer(lambda send: front(scope_of("GET", release + ".ttl"), receive, send))
    assert status == 200 and body.startswith(b"@prefix") and (b"content-type", b"text/turtle; charset=utf-8") in headers
    status, _, body = answer(lambda send: front(scope_of("GET", "/robots.txt"), receive, send))
    assert status == 200 and body
    assert taken == [release + ".ttl"]
    front.wsgi.executor.shutdown()


def test_over_http_under_granian_the_answers_are_whole(app, tmp_path: Path):
    from sparql_server import serving

    release = requests_to_compare(app)[0][1]
    own = create_app(Settings(store=tmp_path / "store", base=BASE, cache_bytes=0),
                     store=build_store(tmp_path / "store", BASE))  # serving() closes the app it serves
    with serving(own) as base:
        with requests.Session() as http:
            for ext, media in (("", "text/html"), (".ttl", "text/turtle"), (".jsonld", "application/ld+json")):
                r = http.get(base + release + ext, headers={"Accept": media}, timeout=60)
                assert r.status_code == 200 and r.headers["Content-Type"].startswith(media), ext
                assert int(r.headers["Content-Length"]) == len(r.content) > 0
                assert r.content == own.test_client().get(release + ext, headers={"Accept": media}).data
            head = http.head(base + release + ".ttl", timeout=60)
            assert head.status_code == 200 and head.content == b"" and int(head.headers["Content-Length"]) > 0
            assert http.get(base + "/doc/state/nowhere-at-all", timeout=60).status_code == 404
            moved = http.get(base + release.replace("/doc/", "/id/"), allow_redirects=False, timeout=60)
            assert moved.status_code == 303 and moved.headers["Location"].endswith(release)


def test_every_page_is_byte_for_byte_the_page_the_value_macro_wrote(app, monkeypatch):
    """resource.html shows values with the ``shown`` filter (``present.shown_html``) instead of the ``value`` macro:
    every description page of the example corpus (1,200 resources and graphs, the hostile literals' among them
    in test_describe_equivalence) rendered both ways, the same bytes."""
    import re

    from flask import render_template as flask_render

    from osce_kg.server import resources
    from osce_kg.server.present import Shown, shown_html
    from osce_kg.server.services import EXTENSION_KEY

    source = app.jinja_env.loader.get_source(app.jinja_env, "resource.html")[0]
    assert "|shown" in source and "{{ value(" not in source
    before = app.jinja_env.from_string(re.sub(r"\{\{ ([\w.]+)\|shown \}\}", r"{{ value(\1) }}", source))
    pages: list[tuple[str, str]] = []

    def both(name: str, **context: Any) -> str:
        page = flask_render(name, **context)
        pages.append((page, flask_render(before, **context)))  # a Template: the app's context processors too
        return page

    monkeypatch.setattr(resources, "render_template", both)
    rows = app.extensions[EXTENSION_KEY].store.select(
        f'SELECT DISTINCT ?x WHERE {{ {{ ?x ?p ?o }} UNION {{ GRAPH ?x {{ ?s ?p ?o }} }} '
        f'FILTER(isIRI(?x) && (STRSTARTS(STR(?x), "{BASE}id/") || STRSTARTS(STR(?x), "{BASE}graph/"))) }}')
    client = app.test_client()
    for row in rows:
        path = "/" + str(row["x"])[len(BASE):].split("#")[0]
        client.get(path.replace("/id/", "/doc/", 1), headers={"Accept": "text/html"})
    assert len(pages) > 100
    for new, old in pages:
        if new != old:
            at = next(i for i, (a, b) in enumerate(zip(new, old)) if a != b)
            raise AssertionError(f"pages differ at {at}: {new[at - 200:at + 200]!r} != {old[at - 200:at + 200]!r}")
    # and each kind of value alone, hostile text included
    macro = app.jinja_env.get_template("macros.html").module.value  # type: ignore[attr-defined]
    text = '<b>"x" & \'y\'</b>\u2028'
    for v in (Shown(text), Shown(text, href="/doc/a?b=<c>&d", iri='http://e/"i"'), Shown(text, href="javascript:x()"),
              Shown(text, href="javascript:x()", iri="javascript:x()"), Shown(text, iri="urn:x:<y>"),
              Shown(text, datetime='2001-02-03T04:05:06"'), Shown(text, long=True, lang="sr-Latn"),
              Shown(text, long=True), Shown(text, lang="en", datatype="date<"), Shown(text, datatype="integer"),
              Shown("", href="http://e/"), Shown(text, href=" http://e/")):
        with app.app_context():
            assert str(shown_html(v)) == str(macro(v)), v


def test_with_the_response_cache_a_description_answered_whole_is_kept_and_served_again(tmp_path: Path, lean_calls):
    """With the response cache on (serve's default), the page the lean path sent whole is what the cache keeps:
    the second request is answered from it (Flask not called again), with the same status, headers and body."""
    taken = lean_calls
    cached = create_app(Settings(store=tmp_path / "store", base=BASE), store=build_store(tmp_path / "store", BASE))
    try:
        front = QueryFirstApp(cached, threads=2)
        assert front.cache is not None
        release = requests_to_compare(cached)[0][1]

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        first = answer(lambda send: front(scope_of("GET", release + ".ttl"), receive, send))
        again = answer(lambda send: front(scope_of("GET", release + ".ttl"), receive, send))
        assert first[0] == 200 and first[2].startswith(b"@prefix")
        assert again[0] == 200 and again[2] == first[2]
        assert dict(again[1])[b"etag"] == dict(first[1])[b"etag"]
        assert taken == [release + ".ttl"]  # the second came from the cache
        front.wsgi.executor.shutdown()
    finally:
        close_app(cached)
