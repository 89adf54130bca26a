"""The HTML pages and the URLs they answer, against hostile data and hostile URLs (issue 10, findings
11 and 14, and what held up: HTML escaping, no header injection, no path traversal).

* Finding 11, stored XSS: ``javascript:`` (and ``data:``, ``vbscript:``) IRIs stored as a type, a
  ``schema:sameAs`` value, a predicate or a linking subject are shown as text, never as a link;
  every response carries a Content-Security-Policy; no page holds inline script or style; a real
  browser clicking them sees no dialog and reports no CSP violation.
* Finding 14: a space, CR/LF, NUL... in ``/id/``, ``/doc/``, ``/graph/``, ``/class``... is 400,
  never 500, over a real socket to ``osce-kg serve``; a CR/LF from a URL never starts a log line.
"""
from __future__ import annotations

import http.client
import io
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.loader.iri import iri_fault, is_valid_iri
from osce_kg.server.present import safe_href
from osce_kg.server.problems import EscapeControls, escape_controls

SCHEMA_SAME_AS = URIRef("https://schema.org/sameAs")
#: what stored data tries to make pages link to
HOSTILE_IRIS = ("javascript:alert(1)", "JAVASCRIPT:alert(5)", "vbscript:msgbox(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==", "file:///etc/passwd")
EVIL_LABEL = "Evil <script>alert(2)</script> & <b>bold</b>"


# -- the pure rules, as tables -------------------------------------------------------------------

@pytest.mark.parametrize("href,expected", [
    ("javascript:alert(1)", None), ("JAVASCRIPT:alert(1)", None), ("JaVaScRiPt:alert(1)", None),
    ("java\tscript:alert(1)", None), ("java\nscript:alert(1)", None), ("  javascript:alert(1)", None),
    ("\x01\x02javascript:alert(1)", None), ("\x00javascript:alert(1)", None), ("javascript:alert(1) ", None),
    ("data:text/html,hi", None), ("vbscript:msgbox(1)", None), ("mailto:someone@example.org", None),
    ("file:///etc/passwd", None), ("urn:isbn:123", None), ("ftp://example.org/x", None), ("", None), (None, None),
    ("http://www.wikidata.org/entity/Q222", "http://www.wikidata.org/entity/Q222"),
    ("https://example.org/a?b=c#d", "https://example.org/a?b=c#d"), ("HTTPS://example.org/", "HTTPS://example.org/"),
    ("/doc/state/albania", "/doc/state/albania"), ("/class?iri=javascript%3Aalert(1)", "/class?iri=javascript%3Aalert(1)"),
    ("#term", "#term"), ("doc/x", "doc/x"), ("http://example.org/a b", None), ('http://example.org/"x', None),
], ids=lambda v: repr(v)[:40])
def test_safe_href_links_only_http_and_relative(href, expected):
    assert safe_href(href) == expected


@pytest.mark.parametrize("text,fault", [
    ("http://localhost:8000/id/state/albania", None), ("http://example.org/é?q=1#f", None),
    ("http://example.org/a%20b", None), ("a b", "U+0020 (space)"), ("a\r\nb", "U+000D"), ("a\nb", "U+000A"),
    ("a\x00", "U+0000"), ("a\x7f", "U+007F"), ("a\x85", "U+0085"), ("a<b", "U+003C (<)"), ("a>b", "U+003E (>)"),
    ('a"b', 'U+0022 (")'), ("a{b", "U+007B ({)"), ("a}b", "U+007D (})"), ("a|b", "U+007C (|)"),
    ("a\\b", "U+005C (\\)"), ("a^b", "U+005E (^)"), ("a`b", "U+0060 (`)"), ("a\ud800", "U+D800"),
], ids=lambda v: repr(v)[:40])
def test_iri_fault_names_the_first_character_rfc3987_forbids(text, fault):
    assert iri_fault(text) == fault
    assert is_valid_iri(text) == (fault is None)


def test_escape_controls_leaves_one_line():
    escaped = escape_controls("GET /id/a\r\nFAKE\x00\x1b[31m\u2028x\x85\tend")
    assert escaped == "GET /id/a\\r\\nFAKE\\x00\\x1b[31m\\u2028x\\x85\\tend"
    assert len(escaped.splitlines()) == 1


def test_log_filter_escapes_message_arguments_and_exception_messages():
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(EscapeControls())
    logger = logging.getLogger("test_security_pages.filter")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            try:
                raise KeyError("cause")
            except KeyError as exc:
                raise ValueError("bad path /id/a\r\nFAKE FROM EXCEPTION") from exc
        except ValueError:
            logger.exception("unexpected error on %s", "/id/a\r\nFAKE FROM ARGS")
    finally:
        logger.removeHandler(handler)
    text = out.getvalue()
    assert "/id/a\\r\\nFAKE FROM ARGS" in text and "/id/a\\r\\nFAKE FROM EXCEPTION" in text
    assert "Traceback (most recent call last):" in text and "The above exception" in text  # still a traceback
    assert not [line for line in text.splitlines() if line.startswith("FAKE")], text


# -- a store holding hostile IRIs, through the Flask test client --------------------------------------

BASE = "http://localhost:8000/"


def hostile_graph(base: str) -> Graph:
    """A resource whose type, sameAs values and a predicate are script IRIs, and which links to Albania
    through a script predicate; a script-IRI subject links to Albania too."""
    from ld_data import HAND_BUILT, provenance

    evil, albania = URIRef(base + "id/thing/evil"), URIRef(base + "id/state/albania")
    g = Graph().parse(data=HAND_BUILT.format(base=base) + provenance(base, "hostile"), format="turtle")
    g.add((evil, RDF.type, URIRef("javascript:alert(1)")))
    g.add((evil, SKOS.prefLabel, Literal(EVIL_LABEL, lang="en")))
    for iri in HOSTILE_IRIS:
        g.add((evil, SCHEMA_SAME_AS, URIRef(iri)))
    g.add((evil, OWL.sameAs, URIRef("JAVASCRIPT:alert(5)")))
    g.add((evil, URIRef("javascript:alert(4)"), Literal("a value under a script predicate")))
    g.add((evil, URIRef("javascript:alert(8)"), albania))
    g.add((URIRef("javascript:alert(7)"), URIRef("https://w3id.org/osce-kg/ontology#mentions"), albania))
    return g


def build_hostile_store(path: Path, base: str) -> EmbeddedStore:
    from ld_data import hand_built

    store = EmbeddedStore(path)
    hand_built(store, base)
    store.apply(Change(replace={URIRef(base + "graph/hostile"): hostile_graph(base)}))
    return store


@pytest.fixture
def client(tmp_path: Path):
    from osce_kg.loader.settings import Settings
    from osce_kg.server.app import create_app

    settings = Settings(store=tmp_path / "store", base=BASE)
    from osce_kg.server.app import close_app

    app = create_app(settings, store=build_hostile_store(settings.store, BASE))
    yield app.test_client()
    close_app(app)


class Elements(HTMLParser):
    """Every start tag of a page with its attributes, and the text of its ``<script>`` elements."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def scheme_a_browser_sees(url: str) -> str:
    """The scheme a browser takes from an attribute value (WHATWG URL: leading and trailing C0
    controls and spaces dropped, tabs and newlines removed anywhere), or "" for a relative URL."""
    cleaned = re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21)))))
    found = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", cleaned)
    return found.group(1).lower() if found else ""


def assert_no_script_links(html: str, page: str) -> None:
    for tag, attrs in Elements(html).tags:
        for name in ("href", "src", "action", "formaction", "data", "poster"):
            if name in attrs:
                assert scheme_a_browser_sees(attrs[name]) in ("", "http", "https"), \
                    f"{page}: <{tag} {name}={attrs[name]!r}>"


HTML = {"Accept": "text/html"}


def test_script_iris_stored_as_type_sameas_and_predicate_are_not_links(client):
    html = client.get("/doc/thing/evil", headers=HTML).get_data(as_text=True)
    assert_no_script_links(html, "/doc/thing/evil")
    # still shown: the facts are there, as text with the IRI as a hint
    for iri in ("javascript:alert(1)", "javascript:alert(4)", "JAVASCRIPT:alert(5)", "vbscript:msgbox(1)",
                "file:///etc/passwd"):
        assert f'title="{iri}"' in html, iri
    # the same kind of fact with an http object stays a link
    assert 'href="/doc/state/albania"' in html


def test_script_iris_linking_to_a_resource_are_not_links_on_its_page(client):
    html = client.get("/doc/state/albania", headers=HTML).get_data(as_text=True)
    assert_no_script_links(html, "/doc/state/albania")
    assert 'title="javascript:alert(7)"' in html and 'title="javascript:alert(8)"' in html
    assert 'href="/doc/thing/evil"' in html  # the linking resource of ours is still a link


@pytest.mark.parametrize("path", ["/", "/void", "/ontology", "/shapes", "/dumps/", "/graph/hostile",
                                  "/class?iri=javascript:alert(1)", "/doc/thing/evil.html"])
def test_no_page_links_to_a_script_iri(client, path):
    resp = client.get(path, headers=HTML)
    assert resp.status_code in (200, 400), resp.status_code
    assert_no_script_links(resp.get_data(as_text=True), path)


def test_sparql_html_table_shows_script_iris_as_text(client):
    resp = client.get("/sparql", query_string={"query": "SELECT ?o WHERE { ?s <https://schema.org/sameAs> ?o }",
                                                "format": "html"}, headers=HTML)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "javascript:alert(1)" in html
    assert_no_script_links(html, "/sparql")


def test_literals_are_escaped_in_html_and_in_the_json_ld_block(client):
    html = client.get("/doc/thing/evil", headers=HTML).get_data(as_text=True)
    assert "Evil &lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<script>alert" not in html and "<b>bold" not in html
    page = Elements(html)
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    # no inline script: the JSON-LD data block, and static files (search as you type)
    assert [a for a in scripts if "src" not in a] == [{"type": "application/ld+json"}]
    assert all(a["src"].startswith("/static/") for a in scripts if "src" in a)
    assert html.count("</script>") == len(scripts)  # the label did not close the JSON-LD block
    assert "alert(2)" in "".join(page.scripts)  # the label is in the data block, escaped as JSON


def csp_directives(value: str) -> dict[str, list[str]]:
    parts = [d.split() for d in value.split(";") if d.strip()]
    return {p[0]: p[1:] for p in parts}


@pytest.mark.parametrize("path,accept", [
    ("/doc/thing/evil", "text/html"), ("/doc/thing/evil", "text/turtle"), ("/", "text/html"),
    ("/sparql", "text/html"), ("/doc/nothing/here", "text/html"), ("/doc/nothing/here", "application/json"),
    ("/id/state/a%20b", "text/html"), ("/static/style.css", "*/*"), ("/health", "*/*"), ("/no-such-route", "*/*"),
])
def test_every_response_carries_the_security_headers(client, path, accept):
    with client.get(path, headers={"Accept": accept}) as resp:
        csp = csp_directives(resp.headers["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"] and csp["script-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["object-src"] == ["'none'"]
    assert not any("'unsafe-inline'" in v or "'unsafe-eval'" in v for v in csp.values())
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.parametrize("path", ["/", "/doc/state/albania", "/doc/thing/evil", "/class/ParticipatingState",
                                  "/ontology", "/shapes", "/void", "/dumps/", "/sparql", "/doc/nothing/here"])
def test_pages_hold_no_inline_script_or_style(client, path):
    """What the policy forbids must not be needed: no inline script, handler or style anywhere."""
    html = client.get(path, headers=HTML).get_data(as_text=True)
    for tag, attrs in Elements(html).tags:
        assert tag != "style", f"{path}: inline <style>"
        assert not (tag == "script" and attrs.get("type") != "application/ld+json" and "src" not in attrs), \
            f"{path}: inline <script {attrs}>"
        assert "style" not in attrs, f"{path}: <{tag} style=...>"
        assert not [a for a in attrs if a.startswith("on")], f"{path}: <{tag}> with an event handler"


@pytest.mark.parametrize("path", ["/id/state/a%20b", "/id/state/a%0d%0aFAKE", "/id/state/a%00", "/doc/state/a%20b",
                                  "/doc/state/a%0d%0ab.ttl", "/doc/state/a%00", "/doc/state/%3Cb%3E",
                                  "/graph/a%22b", "/class/A%7Cb", "/class?iri=http://x/a%20b",
                                  "/class?iri=http://x/a%0d%0a", "/class?iri=http://x/a%00",
                                  "/class/ParticipatingState?property=http://x/a%20b&value=http://x/c",
                                  "/class/ParticipatingState?property=http://x/a&value=http://x/%60c",
                                  "/dumps/graph/a%00.nq.gz", "/ontology/a%0d%0ab", "/shapes/a%5Eb"])
def test_invalid_iris_are_400_problem_or_html_by_negotiation(client, path):
    as_json = client.get(path, headers={"Accept": "application/json"})
    assert as_json.status_code == 400 and as_json.mimetype == "application/problem+json"
    assert "RFC 3987" in as_json.get_json()["detail"]
    as_html = client.get(path, headers=HTML)
    assert as_html.status_code == 400 and as_html.mimetype == "text/html"


def test_valid_non_ascii_and_percent_encoded_iris_are_still_looked_up(client):
    assert client.get("/doc/state/%C3%A9t%C3%A9", headers=HTML).status_code == 404  # "été": valid, unknown
    assert client.get("/class?iri=http://example.org/%C3%A9", headers=HTML).status_code == 404
    assert client.get("/doc/state/albania", headers=HTML).status_code == 200


def test_unexpected_error_log_line_cannot_be_split_by_the_url(tmp_path: Path):
    """The log mechanism itself, over a real socket (Granian, as served): a view that fails on a
    path holding CR/LF is logged with the path and the exception message escaped."""
    from sparql_server import serving

    from osce_kg.loader.settings import Settings
    from osce_kg.server.app import create_app

    out = io.StringIO()
    handler = logging.StreamHandler(out)  # a handler configured before the app, as a server's would be
    logging.getLogger().addHandler(handler)
    try:
        settings = Settings(store=tmp_path / "store", base=BASE)
        app = create_app(settings, store=build_hostile_store(settings.store, BASE))

        @app.get("/fail/<rest>")  # not <path:>: its pattern stops at a newline
        def fail(rest: str):
            raise RuntimeError(f"could not serve {rest}")

        with serving(app) as url:
            conn = http.client.HTTPConnection(url.split("//")[1], timeout=30)
            conn.request("GET", "/fail/a%0d%0aFAKE%20LOG%20LINE%0aFAKE%00again")
            resp = conn.getresponse()
            body = resp.read()
            conn.close()
    finally:
        logging.getLogger().removeHandler(handler)
    assert resp.status == 500 and b"FAKE" not in body  # exception text never reaches the client
    text = out.getvalue()
    assert "unexpected error on GET /fail/a\\r\\nFAKE LOG LINE\\nFAKE\\x00again" in text, text
    assert "could not serve a\\r\\nFAKE" in text, text
    assert not [line for line in text.splitlines() if line.startswith("FAKE")], text


# -- over a real socket to `osce-kg serve` ---------------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    """``osce-kg serve`` (a subprocess, Granian) over a store holding the hostile graph; its output kept."""
    from conftest import LiveServer

    path = tmp_path_factory.mktemp("security-pages") / "store"
    server = LiveServer(path)
    build_hostile_store(path, server.base).close()
    server.start()
    yield server
    if server.proc.poll() is None:  # else the last test stopped it to read its log
        server.stop()


def raw_get(server, path: str, accept: str = "application/json") -> tuple[int, http.client.HTTPMessage, bytes]:
    """A GET of ``path`` exactly as written (no client normalizes ``..`` or re-encodes it)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request("GET", path, headers={"Accept": accept})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


INVALID_OVER_THE_WIRE = ["/id/state/a%20b", "/id/state/a%0d%0aFAKE%20LOG%20LINE",
                         "/id/a%0d%0aFAKE%20LOG%20LINE", "/id/state/a%00", "/doc/state/a%20b", "/doc/state/a%0d%0a.ttl",
                         "/doc/state/a%00", "/graph/a%0d%0aFAKE", "/class/A%0d%0aFAKE",
                         "/class?iri=http://x/a%0d%0aFAKE", "/class?iri=http://x/a%00", "/class?iri=http://x/a%20b"]


@pytest.mark.e2e
@pytest.mark.parametrize("path", INVALID_OVER_THE_WIRE)
def test_invalid_iris_over_the_wire_are_400_or_404_never_500(served, path):
    for accept in ("application/json", "text/html"):
        status, headers, body = raw_get(served, path, accept)
        assert status in (400, 404), (path, accept, status, body[:200])
        assert headers["Content-Type"].startswith(("application/problem+json", "text/html"))
        assert headers["Content-Security-Policy"]


@pytest.mark.e2e
@pytest.mark.parametrize("path", ["/id/state/albania%0d%0aSet-Cookie:%20injected=1",
                                  "/id/state%0d%0aSet-Cookie:%20injected=1/albania",
                                  "/id/state/albania%0aX-Injected:%201", "/doc/state/albania%0d%0aX-Injected:%201",
                                  "/ontology/Mission%0d%0aSet-Cookie:%20injected=1",
                                  "/shapes/x%0d%0aX-Injected:%201", "/doc/state/albania?page=2%0d%0aX-Injected:%201"])
def test_no_header_injection_through_location_or_link(served, path):
    status, headers, _ = raw_get(served, path, "text/turtle")
    assert status in (400, 404), (path, status)
    names = {name.lower() for name in headers}
    assert "set-cookie" not in names and "x-injected" not in names
    for value in (headers.get("Location", ""), headers.get("Link", "")):
        assert "\r" not in value and "\n" not in value and "injected" not in value.lower()


@pytest.mark.e2e
def test_location_and_link_of_a_real_303_are_what_the_server_made(served):
    status, headers, _ = raw_get(served, "/id/state/albania", "text/turtle")
    assert status == 303 and headers["Location"] == "/doc/state/albania"
    assert headers["Link"] == f'<{served.base}doc/state/albania>; rel="describedby"'


@pytest.mark.e2e
@pytest.mark.parametrize("path", ["/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/doc/..%2f..%2fetc%2fpasswd",
                                  "/doc/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/graph/..%2f..%2f..%2fetc%2fpasswd",
                                  "/dumps/..%2f..%2f..%2fetc%2fpasswd", "/dumps/../../../etc/passwd",
                                  "/dumps/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                                  "/dumps/graph/..%2f..%2f..%2f..%2fetc%2fpasswd.nq.gz",
                                  "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/../../../../etc/passwd",
                                  "/static/..%2fapp.py", "/static/%2e%2e/app.py", "/static/..%5capp.py",
                                  "/dumps/..%2fapp.py", "/class/..%2f..%2fetc%2fpasswd"])
def test_path_traversal_reads_no_file(served, path):
    status, _, body = raw_get(served, path)
    assert status in (400, 404), (path, status)
    assert b"root:" not in body and b"create_app" not in body and b"import" not in body


@pytest.mark.e2e
def test_pages_over_the_wire_carry_the_policy_and_link_no_script(served):
    for path in ("/doc/thing/evil", "/doc/state/albania", "/sparql", "/"):
        status, headers, body = raw_get(served, path, "text/html")
        assert status == 200, path
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert_no_script_links(body.decode("utf-8"), path)


# -- a real browser ---------------------------------------------------------------------------------------

@pytest.mark.e2e
@pytest.mark.browser
def test_browser_clicking_stored_script_iris_runs_nothing(served, browser):
    page = browser.new_page()
    dialogs: list[str] = []
    console: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: console.append(m.text))
    try:
        page.goto(served.base + "doc/thing/evil")
        assert "Evil <script>alert(2)</script>" in page.locator("h1").inner_text()
        assert page.locator("a[href*='script:' i], a[href^='data:' i], a[href^='file:' i]").count() == 0
        hints = page.locator("[title*='script:' i], [title^='data:' i], [title^='file:' i]")
        assert hints.count() >= 5  # the hostile IRIs are on the page, as text
        for i in range(hints.count()):
            hints.nth(i).click()
        page.wait_for_timeout(200)
        assert page.url == served.base + "doc/thing/evil"  # nothing navigated anywhere
        page.goto(served.base + "doc/state/albania")
        for iri in ("javascript:alert(7)", "javascript:alert(8)"):
            page.locator(f"[title='{iri}']").first.click()
        page.wait_for_timeout(200)
        assert dialogs == []
        # the JSON-LD block is data, not script: the policy lets the page load without a violation
        assert page.locator("script[type='application/ld+json']").count() == 1
        page.goto(served.base + "sparql")
        assert page.evaluate("getComputedStyle(document.querySelector('textarea')).boxSizing") == "border-box"
        assert not [m for m in console if "Content Security Policy" in m], console
    finally:
        page.close()


@pytest.mark.e2e
def test_server_log_has_no_line_forged_from_a_url(served):
    """Last in the module: stops the server and reads all it wrote (every request above included)."""
    for path in INVALID_OVER_THE_WIRE:
        raw_get(served, path)
    output = served.stop()
    assert not [line for line in output.splitlines() if line.lstrip().startswith("FAKE")], output
