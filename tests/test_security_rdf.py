"""RDF request bodies are read safely (issue 10, findings 2, 6 and 15).

* JSON-LD never fetches a context (remote or ``file:``); only inline contexts and the
  project's own ``/context.jsonld`` (inlined from the package) are allowed.
* RDF/XML with any DTD is refused at once (billion laughs, XXE).
* Invalid IRIs and language tags are 400s naming the value and where, never dropped silently.

A local TCP listener counts connections (and answers like a context server, so a fetch
would be visible in the result); a temporary file holds a context whose terms must never
show up.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
import requests
from rdflib import Dataset, Graph, Literal, URIRef

from osce_kg.loader import rdfparse
from osce_kg.loader.errors import UsageError
from osce_kg.loader.rdfparse import (MAX_JSON_DEPTH, FetchRefused, ForbiddenReference, InvalidTerm,
                                     NothingUnderstood, RdfSyntaxError, UnsupportedMediaType, no_fetching,
                                     parse_rdf)

from listening import Listener
from sparql_server import make_app, serving

BASE = "http://localhost:8000/graph/test"
SITE = "https://osce.example/kg/"  # a configured base other than the default: the context is rebased
EX = "http://example.org/"
P = EX + "p"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DEFAULT = str(Dataset().default_graph.identifier)
LEAK = "http://leak.example/LEAKED"
TOKEN = "rdf-secret"
JSONLD = "application/ld+json"
RDFXML = "application/rdf+xml"


# ---------------------------------------------------------------------------
# fixtures: a listener that counts connections, a context file
# ---------------------------------------------------------------------------
@pytest.fixture
def listener() -> Iterator[Listener]:
    """A counting listener that would serve a JSON-LD context (whose terms would show if fetched)."""
    server = Listener(body=json.dumps({"@context": {"name": LEAK, "leak": LEAK}}).encode(),
                      content_type="application/ld+json")
    yield server
    server.close()


@pytest.fixture
def context_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret-context.jsonld"
    path.write_text(json.dumps({"@context": {"name": "http://leak.example/FROM-FILE"}}), encoding="utf-8")
    return path


def jsonld(doc: object) -> bytes:
    return json.dumps(doc).encode("utf-8")


def quads(ds: Dataset) -> set[tuple[str, str, str, str]]:
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        obj = f"{o}@{o.language}" if isinstance(o, Literal) and o.language else str(o)
        out.add((str(s), str(p), obj, str(g)))
    return out


def assert_same(actual: set, expected: set) -> None:
    assert actual == expected, (f"only in expected: {sorted(expected - actual)}\n"
                                f"only in actual: {sorted(actual - expected)}")


# ---------------------------------------------------------------------------
# finding 2: no JSON-LD context is ever fetched
# ---------------------------------------------------------------------------
def _remote_context_bodies(url: str, file_url: str) -> list[tuple[str, object]]:
    node = {"@id": EX + "a", "name": "x", P: "y"}
    return [
        ("top-level-string", {"@context": url + "/ctx", **node}),
        ("top-level-file", {"@context": file_url, **node}),
        ("ftp", {"@context": url.replace("http:", "ftp:") + "/ctx", **node}),
        ("relative-other-file", {"@context": "other.jsonld", **node}),
        ("in-array", {"@context": [{"ex": EX}, url + "/ctx"], **node}),
        ("file-in-array", {"@context": [None, file_url], **node}),
        ("nested-node", {"@id": EX + "a", P: {"@context": url + "/ctx", "@id": EX + "b", "name": "z"}}),
        ("in-graph-node", {"@graph": [{"@context": url + "/ctx", **node}]}),
        ("top-level-array-of-nodes", [{"@context": file_url, **node}]),
        ("import", {"@context": {"@import": url + "/ctx"}, **node}),
        ("import-file", {"@context": {"@version": 1.1, "@import": file_url}, **node}),
        ("property-scoped", {"@context": {"@version": 1.1, "knows": {"@id": EX + "knows", "@context": url + "/c"}},
                             "@id": EX + "a", "knows": {"@id": EX + "b", "name": "z"}}),
        ("type-scoped", {"@context": {"@version": 1.1, "T": {"@id": EX + "T", "@context": [file_url]}},
                         "@id": EX + "a", "@type": "T", "name": "z"}),
        ("scoped-import", {"@context": {"@version": 1.1, "T": {"@id": EX + "T", "@context": {"@import": url}}},
                           "@id": EX + "a", "@type": "T"}),
        ("other-host-context-jsonld", {"@context": url + "/context.jsonld", **node}),
        ("network-path-context-jsonld", {"@context": url.replace("http:", "") + "/context.jsonld", **node}),
        ("base-lookalike-host", {"@context": "http://localhost:8000.evil.example/context.jsonld", **node}),
        ("base-userinfo-trick", {"@context": f"http://localhost:8000@127.0.0.1:{url.rsplit(':', 1)[1]}"
                                             "/context.jsonld", **node}),
        ("context-jsonld-with-query", {"@context": "/context.jsonld?x=" + url, **node}),
    ]


CASE_IDS = [case for case, _ in _remote_context_bodies("http://h:1", "file:///f")]


@pytest.mark.parametrize("case", CASE_IDS)
def test_no_context_reference_is_fetched(case, listener, context_file):
    body = dict(_remote_context_bodies(listener.url, context_file.as_uri()))[case]
    with pytest.raises(ForbiddenReference) as caught:
        parse_rdf(jsonld(body), JSONLD, BASE)
    message = caught.value.message
    assert caught.value.http_status == 400
    assert "not allowed" in message and "fetched" in message
    assert "LEAKED" not in message and "FROM-FILE" not in message
    assert listener.connections == 0


def test_the_error_does_not_tell_whether_a_file_exists(context_file, tmp_path):
    missing = tmp_path / "no-such-file.jsonld"
    messages = []
    for path in (context_file, missing):
        with pytest.raises(ForbiddenReference) as caught:
            parse_rdf(jsonld({"@context": path.as_uri(), "@id": EX + "a", "name": "x"}), JSONLD, BASE)
        messages.append(caught.value.message.replace(path.as_uri(), "PATH"))
    assert messages[0] == messages[1]


def test_the_project_context_is_inlined_in_every_form_it_is_named(listener):
    alias = listener.url + "/"
    expected = {(EX + "s", RDF_TYPE, "https://w3id.org/osce-kg/ontology#State", DEFAULT), (EX + "s", RDFS_LABEL, "Atlantis@en", DEFAULT)}
    for ref in ("/context.jsonld", "context.jsonld", "../context.jsonld", SITE + "context.jsonld",
                alias + "context.jsonld", [SITE + "context.jsonld", {"ex": EX}], {"@import": "/context.jsonld"}):
        body = {"@context": ref, "id": EX + "s", "type": "State",
                "rdfs:label": {"@value": "Atlantis", "@language": "en"}}
        ds = parse_rdf(jsonld(body), JSONLD, BASE, site_base=SITE, aliases=(alias,))
        assert_same(quads(ds), expected)
    assert listener.connections == 0


def test_the_default_site_base_knows_the_default_context_url():
    body = {"@context": "http://localhost:8000/context.jsonld", "id": EX + "s", "type": "State"}
    assert_same(quads(parse_rdf(jsonld(body), JSONLD, BASE)),
                {(EX + "s", RDF_TYPE, "https://w3id.org/osce-kg/ontology#State", DEFAULT)})


def test_a_json_literal_is_not_searched_for_contexts():
    body = {"@context": {"data": {"@id": P, "@type": "@json"}}, "@id": EX + "a",
            "data": {"@value": {"@context": "http://never.example/"}, "@type": "@json"},
            P: {"@value": {"@context": "/context.jsonld"}, "@type": "@json"}}
    ds = parse_rdf(jsonld(body), JSONLD, BASE)
    values = [json.loads(str(o)) for _, _, o, _ in ds.quads((None, URIRef(P), None, None))]
    assert {"@context": "/context.jsonld"} in values  # the literal kept as written, not inlined


# -- belt and braces: rdflib itself is kept from fetching -----------------------------------------
def test_no_fetching_refuses_urls_sockets_and_files_in_its_block_only(listener, context_file):
    with no_fetching():
        with pytest.raises(FetchRefused):
            urllib.request.urlopen(listener.url + "/x", timeout=5)
        with pytest.raises(FetchRefused):
            socket.create_connection(("127.0.0.1", listener.port), timeout=5)
        with pytest.raises(FetchRefused):
            context_file.read_text()
        other: list[str] = []  # another thread is not affected
        reader = threading.Thread(target=lambda: other.append(context_file.read_text()))
        reader.start()
        reader.join()
        assert other and "FROM-FILE" in other[0]
    assert listener.connections == 0
    assert "FROM-FILE" in context_file.read_text()  # after the block, files open again


@pytest.mark.parametrize("which", ["remote", "file", "import"])
def test_rdflib_cannot_fetch_even_if_the_walk_missed_a_reference(which, listener, context_file, monkeypatch):
    """With the JSON walk disabled, the audit hook still stops rdflib's own fetch."""
    monkeypatch.setattr(rdfparse._ContextPolicy, "context_value", lambda self, value, pointer, source: value)
    monkeypatch.setattr(rdfparse._ContextPolicy, "resolve_import", lambda self, ctx, pointer, source: None)
    ref = {"remote": listener.url + "/ctx", "file": context_file.as_uri()}.get(which)
    context = {"@import": listener.url + "/ctx"} if which == "import" else ref
    with pytest.raises(ForbiddenReference) as caught:
        parse_rdf(jsonld({"@context": context, "@id": EX + "a", "name": "x"}), JSONLD, BASE)
    assert "nothing is ever fetched" in caught.value.message
    assert "FROM-FILE" not in caught.value.message and "LEAKED" not in caught.value.message
    assert listener.connections == 0


# ---------------------------------------------------------------------------
# finding 6: no DTD in XML
# ---------------------------------------------------------------------------
RDF_OPEN = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n <!ENTITY lol "lol">\n'
          + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                    for i in range(1, 10))
          + "]>\n" + RDF_OPEN + '<rdf:Description rdf:about="http://example.org/a"><ex:p>&lol9;</ex:p>'
          '</rdf:Description></rdf:RDF>')


def dtd_bodies(listener_url: str) -> dict[str, str]:
    return {
        "billion-laughs": LAUGHS,
        "xxe-file": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + RDF_OPEN
                    + '<rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p></rdf:Description></rdf:RDF>',
        "external-dtd": f'<!DOCTYPE rdf:RDF SYSTEM "{listener_url}/x.dtd">' + RDF_OPEN + "</rdf:RDF>",
        "parameter-entity": f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{listener_url}/p"> %p;]>' + RDF_OPEN + "</rdf:RDF>",
        "after-comment-and-pi": '<?xml version="1.0"?><!-- hi --><?pi x?>\n\n<!DOCTYPE rdf:RDF>' + RDF_OPEN
                                + "</rdf:RDF>",
        "utf-16": None,  # filled below: the same refusal whatever the encoding
    }


@pytest.mark.parametrize("case", list(dtd_bodies("")))
def test_any_dtd_is_refused_at_once(case, listener):
    text = dtd_bodies(listener.url)[case]
    data = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x>' + RDF_OPEN + "</rdf:RDF>").encode("utf-16") \
        if text is None else text.encode("utf-8")
    started = time.monotonic()
    with pytest.raises(ForbiddenReference) as caught:
        parse_rdf(data, RDFXML, BASE)
    assert time.monotonic() - started < 1.0  # billion laughs took 31-45 s before
    assert "DOCTYPE" in caught.value.message and "never read" in caught.value.message
    assert "root:" not in caught.value.message
    assert listener.connections == 0


def test_doctype_text_that_is_not_a_declaration_is_fine():
    """The check is an XML parser's event, not a substring search."""
    xml = ('<?xml version="1.0"?><!-- <!DOCTYPE x [<!ENTITY a "b">]> -->' + RDF_OPEN
           + '<rdf:Description rdf:about="http://example.org/a"><ex:p>&lt;!DOCTYPE x&gt;</ex:p>'
           '<ex:q><![CDATA[<!DOCTYPE y>]]></ex:q></rdf:Description></rdf:RDF>')
    got = quads(parse_rdf(xml.encode(), RDFXML, BASE))
    assert_same(got, {(EX + "a", P, "<!DOCTYPE x>", DEFAULT), (EX + "a", EX + "q", "<!DOCTYPE y>", DEFAULT)})
    turtle = b'<http://example.org/a> <http://example.org/p> "<!DOCTYPE x [<!ENTITY a \\"b\\">]>" .'
    assert len(quads(parse_rdf(turtle, "text/turtle", BASE))) == 1


# ---------------------------------------------------------------------------
# finding 15: invalid IRIs and language tags are 400s, never dropped
# ---------------------------------------------------------------------------
INVALID_JSONLD = [
    ("id-space", {"@id": EX + "a b", P: "x"}, 'a b', "the top level"),
    ("id-crlf", {"@id": EX + "a\r\nb", P: "x"}, "a\\r\\nb", "the top level"),
    ("id-quote", {"@graph": [{"@id": EX + 'a"b', P: "x"}]}, 'a\\"b', "/@graph/0"),
    ("id-angle", [{"@id": EX + "ok", P: {"@id": EX + "a<b", P: "x"}}], "a<b", "/0/http:~1~1example.org~1p"),
    ("id-nul", {"@id": EX + "a\u0000b", P: "x"}, "a\\x00b", "the top level"),
    ("id-keyword-form", {"@id": "@foo", P: "x"}, "@foo", "the top level"),
    ("id-relative-without-base", {"@context": {"@base": None}, "@id": "rel", P: "x"}, '"rel"', "the top level"),
    ("id-bad-authority", {"@id": "//[bad", P: "x"}, "//[bad", "the top level"),
    ("id-not-a-string", {"@id": 5, P: "x"}, "not a string", "the top level"),
    ("object-id-space", {"@id": EX + "a", P: {"@id": EX + "b c"}}, "b c", "/http:~1~1example.org~1p"),
    ("type-space", {"@id": EX + "a", "@type": EX + "T y"}, "T y", "the top level"),
    ("id-typed-term", {"@context": {"p": {"@id": P, "@type": "@id"}}, "@id": EX + "a", "p": EX + "b c"},
     "b c", "the top level"),
    ("property-space", {"@id": EX + "a", EX + "p q": "x"}, "p q", "the top level"),
    ("language-space", {"@id": EX + "a", P: {"@value": "x", "@language": "en us"}}, "en us", "the top level"),
    ("language-quote", {"@id": EX + "a", P: {"@value": "x", "@language": 'e"n'}}, 'e\\"n', "the top level"),
    ("language-empty", {"@id": EX + "a", P: {"@value": "x", "@language": ""}}, '""', "the top level"),
    ("language-too-long", {"@id": EX + "a", P: {"@value": "x", "@language": "toolongsubtag"}}, "toolongsubtag", ""),
    ("language-number", {"@id": EX + "a", P: {"@value": "x", "@language": 5}}, "not a string", ""),
    ("language-map", {"@context": {"p": {"@id": P, "@container": "@language"}}, "@id": EX + "a",
                      "p": {"en us": "x"}}, "en us", ""),
    ("default-language", {"@context": {"@language": "en_US"}, "@id": EX + "a", P: "x"}, "en_US", ""),
    ("lone-surrogate", '{"@id": "http://example.org/a", "http://example.org/p": "\\ud800"}', "surrogate", ""),
]


@pytest.mark.parametrize("body,value,where", [c[1:] for c in INVALID_JSONLD], ids=[c[0] for c in INVALID_JSONLD])
def test_invalid_jsonld_terms_are_400_naming_value_and_place(body, value, where):
    data = body.encode() if isinstance(body, str) else jsonld(body)
    with pytest.raises(InvalidTerm) as caught:
        parse_rdf(data, JSONLD, BASE)
    message = caught.value.message
    assert caught.value.http_status == 400
    assert value in message, message
    assert where in message, message
    assert "\r" not in message and "\n" not in message and "\x00" not in message


INVALID_OTHER = [
    ("turtle-space", "text/turtle", b"<http://example.org/a> <http://example.org/p> <b c> .", "object"),
    ("turtle-pct", "text/turtle", b"<http://example.org/a%zz> <http://example.org/p> 1 .", "%zz"),
    ("turtle-pipe", "text/turtle", b"<http://example.org/a|b> <http://example.org/p> 1 .", "subject"),
    ("turtle-language", "text/turtle", b'<http://example.org/a> <http://example.org/p> "x"@toolongsubtag .',
     "language tag"),
    ("turtle-datatype", "text/turtle", b'<http://example.org/a> <http://example.org/p> "x"^^<http://d t> .',
     "datatype"),
    ("turtle-surrogate", "text/turtle", b'<http://example.org/a> <http://example.org/p> "\\uD800" .', "surrogate"),
    ("trig-graph-name", "application/trig", b"<http://g{x}> { <http://example.org/a> <http://example.org/p> 1 }",
     "graph name"),
    ("rdfxml-about", RDFXML, (RDF_OPEN + '<rdf:Description rdf:about="http://example.org/a b"><ex:p>x</ex:p>'
                              '</rdf:Description></rdf:RDF>').encode(), "subject"),
]


@pytest.mark.parametrize("media,data,mention", [c[1:] for c in INVALID_OTHER], ids=[c[0] for c in INVALID_OTHER])
def test_invalid_terms_in_every_format_are_400(media, data, mention):
    with pytest.raises(InvalidTerm) as caught:
        parse_rdf(data, media, BASE)
    assert mention in caught.value.message


@pytest.mark.parametrize("media,data", [
    ("application/n-triples", b'<http://example.org/a> <http://example.org/p> <http://c d> .'),
    ("application/n-quads", b'<http://example.org/a> <http://example.org/p> <http://c> <http://g h> .'),
    (RDFXML, (RDF_OPEN + '<rdf:Description rdf:about="http://example.org/a"><ex:p xml:lang="en us">x</ex:p>'
              '</rdf:Description></rdf:RDF>').encode()),
], ids=["ntriples-iri", "nquads-graph", "rdfxml-language"])
def test_terms_the_parser_itself_refuses_are_400_too(media, data):
    with pytest.raises(UsageError) as caught:
        parse_rdf(data, media, BASE)
    assert caught.value.http_status == 400


# -- nothing understood --------------------------------------------------------------------------
def test_jsonld_whose_properties_all_map_to_nothing_is_refused():
    with pytest.raises(NothingUnderstood) as caught:
        parse_rdf(jsonld([{"@id": EX + "a", "name": "x", "label": "y"}]), JSONLD, BASE)
    assert '"name" at /0' in caught.value.message and "@context" in caught.value.message


@pytest.mark.parametrize("body", [{}, [], {"@graph": []}, {"@id": EX + "a"}, {"@context": "/context.jsonld"}],
                         ids=["empty-object", "empty-array", "empty-graph", "id-only", "context-only"])
def test_an_empty_jsonld_body_is_an_empty_graph(body):
    assert quads(parse_rdf(jsonld(body), JSONLD, BASE)) == set()


def test_one_understood_property_is_enough():
    """JSON-LD ignores undefined terms by design; only a body where nothing was understood is refused."""
    body = {"@id": EX + "a", "name": "dropped", P: "kept"}
    assert_same(quads(parse_rdf(jsonld(body), JSONLD, BASE)), {(EX + "a", P, "kept", DEFAULT)})


# ---------------------------------------------------------------------------
# generic limits and messages
# ---------------------------------------------------------------------------
def nested_nodes(levels: int) -> dict:
    """``levels`` JSON objects, one inside the other (each a node with a property)."""
    node: dict = {"@id": EX + "leaf", P: "x"}
    for i in range(levels - 1):
        node = {"@id": f"{EX}n{i}", P: node}
    return node


def test_json_nested_to_the_limit_parses_and_one_deeper_is_refused():
    assert len(quads(parse_rdf(jsonld(nested_nodes(MAX_JSON_DEPTH)), JSONLD, BASE))) == MAX_JSON_DEPTH
    with pytest.raises(RdfSyntaxError) as caught:
        parse_rdf(jsonld(nested_nodes(MAX_JSON_DEPTH + 1)), JSONLD, BASE)
    assert f"more than {MAX_JSON_DEPTH} levels" in caught.value.message


@pytest.mark.parametrize("media,data", [
    (JSONLD, b"[" * 100_000 + b"]" * 100_000),
    (JSONLD, b'{"@value": ' * 5_000 + b"1" + b"}" * 5_000),
    ("text/turtle", b"<http://a> <http://p> " + b"[ <http://p> " * 5_000 + b"1" + b" ]" * 5_000 + b" ."),
    ("text/turtle", b"<http://a> <http://p> " + b"( " * 5_000 + b")" * 5_000 + b" ."),
], ids=["json-arrays", "json-literal", "turtle-blank-nodes", "turtle-collections"])
def test_deep_nesting_is_a_400_not_a_crash(media, data):
    with pytest.raises(RdfSyntaxError) as caught:
        parse_rdf(data, media, BASE)
    assert "nested" in caught.value.message


@pytest.mark.parametrize("context", [5, True, [[{"ex": EX}]], json.loads("[" * 900 + "]" * 900)],
                         ids=["number", "boolean", "nested-array", "deeply-nested-array"])
def test_a_malformed_context_is_a_400(context):
    with pytest.raises(RdfSyntaxError) as caught:
        parse_rdf(jsonld({"@context": context, "@id": EX + "a", P: "x"}), JSONLD, BASE)
    assert "@context at /@context" in caught.value.message


SYNTAX_ERRORS = [
    ("json", JSONLD, b'{\n "@id": "http://example.org/a",\n "p" 1\n}', "line 3, column 6"),
    ("json-nan", JSONLD, b'{"http://example.org/p": NaN}', "NaN"),
    ("json-bad-utf8", JSONLD, b'{"http://example.org/p": "\xff"}', "not JSON"),
    ("turtle", "text/turtle", b"<http://a> <http://b> <http://c> .\n<http://a> <http://b> <http://c> <http://d> .",
     "line 2, column 34"),
    ("turtle-no-position", "text/turtle", b"<a> <b> \n <c", "line 2"),
    ("rdfxml", RDFXML, (RDF_OPEN + '\n<rdf:Description rdf:about="http://a">\n<ex:p>x</ex:q>').encode(),
     "line 3, column 10"),
    ("rdfxml-prolog", RDFXML, b"<?xml version='1.0'?>\n<!-- x -- y -->", "line 2"),
    ("ntriples", "application/n-triples", b"<http://a> <http://b> .", "Invalid line"),
]


@pytest.mark.parametrize("media,data,mention", [c[1:] for c in SYNTAX_ERRORS], ids=[c[0] for c in SYNTAX_ERRORS])
def test_parser_errors_are_one_short_line_with_the_position(media, data, mention):
    with pytest.raises(RdfSyntaxError) as caught:
        parse_rdf(data, media, BASE)
    message = caught.value.message
    assert caught.value.http_status == 400
    assert mention in message, message
    assert "\n" not in message and "Traceback" not in message and os.getcwd() not in message
    assert len(message) < 400


def test_an_unsupported_media_type_is_400_listing_the_supported_ones():
    with pytest.raises(UnsupportedMediaType) as caught:
        parse_rdf(b"<p>hi</p>", "text/html", BASE)
    assert caught.value.http_status == 400 and "text/turtle" in caught.value.message


# ---------------------------------------------------------------------------
# good bodies still parse, in every format
# ---------------------------------------------------------------------------
TRIPLES = {(EX + "a", P, "x@en", DEFAULT), (EX + "a", RDF_TYPE, EX + "T", DEFAULT),
           (EX + "a", EX + "q", EX + "b", DEFAULT)}
NAMED = {(s, p, o, EX + "g") for s, p, o, _ in TRIPLES}
GOOD = [
    ("turtle", "text/turtle; charset=utf-8", b"@prefix ex: <http://example.org/> .\n"
     b'ex:a ex:p "x"@en ; a ex:T ; ex:q ex:b .', TRIPLES),
    ("turtle-relative", "application/x-turtle", b'<a> <p> "x"@en ; a <T> ; <q> <b> .', TRIPLES),
    ("ntriples", "application/n-triples", b'<http://example.org/a> <http://example.org/p> "x"@en .\n'
     b"<http://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/T> .\n"
     b"<http://example.org/a> <http://example.org/q> <http://example.org/b> .\n", TRIPLES),
    ("nquads", "application/n-quads", b'<http://example.org/a> <http://example.org/p> "x"@en <http://example.org/g> .\n'
     b"<http://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/T> "
     b"<http://example.org/g> .\n<http://example.org/a> <http://example.org/q> <http://example.org/b> "
     b"<http://example.org/g> .\n", NAMED),
    ("trig", "application/trig", b"@prefix ex: <http://example.org/> .\n"
     b'ex:g { ex:a ex:p "x"@en ; a ex:T ; ex:q ex:b . }', NAMED),
    ("rdfxml", RDFXML, ('<?xml version="1.0" encoding="utf-8"?>\n' + RDF_OPEN
                        + '<ex:T rdf:about="http://example.org/a"><ex:p xml:lang="en">x</ex:p>'
                        '<ex:q rdf:resource="http://example.org/b"/></ex:T></rdf:RDF>').encode(), TRIPLES),
    ("jsonld-inline", JSONLD, jsonld({"@context": {"ex": EX, "q": {"@id": "ex:q", "@type": "@id"}},
                                      "@id": "ex:a", "@type": "ex:T", "ex:p": {"@value": "x", "@language": "en"},
                                      "q": "ex:b"}), TRIPLES),
    ("jsonld-relative-ids", "application/json", jsonld({"@context": {"@base": EX, "@vocab": EX}, "@id": "a",
                                                        "@type": "T", "p": {"@value": "x", "@language": "en"},
                                                        "q": {"@id": "b"}}), TRIPLES),
    ("jsonld-named-graph", JSONLD, jsonld({"@context": {"@vocab": EX}, "@id": EX + "g", "@graph": [
        {"@id": EX + "a", "@type": "T", "p": {"@value": "x", "@language": "en"}, "q": {"@id": EX + "b"}}]}), NAMED),
    ("jsonld-project-context", JSONLD, jsonld({"@context": [SITE + "context.jsonld", {"ex": EX}], "id": "ex:a",
                                               "type": "ex:T", "ex:p": {"@value": "x", "@language": "en"},
                                               "ex:q": {"id": "ex:b"}}), TRIPLES),
]


@pytest.mark.parametrize("media,data,expected", [c[1:] for c in GOOD], ids=[c[0] for c in GOOD])
def test_good_bodies_parse_to_the_expected_quads(media, data, expected):
    assert_same(quads(parse_rdf(data, media, EX, site_base=SITE)), expected)


def test_the_guard_lets_the_first_parse_of_each_format_import_its_parser(tmp_path):
    """A first parse of each format in a new process works under the guard (imports are allowed)."""
    import subprocess
    import sys

    script = ("from osce_kg.loader.rdfparse import parse_rdf\n"
              f"cases = {[(media, data.decode(), len(expected)) for _, media, data, expected in GOOD]!r}\n"
              "for media, text, count in cases:\n"
              f"    ds = parse_rdf(text.encode(), media, {EX!r}, site_base={SITE!r})\n"
              "    assert len(list(ds.quads((None, None, None, None)))) == count, media\n"
              "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


# ---------------------------------------------------------------------------
# over a real socket: the Graph Store and /validate
# ---------------------------------------------------------------------------
SITE_BASE = "http://localhost:8000/"
GRAPH = SITE_BASE + "graph/rdf-security"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    app = make_app(tmp_path, tokens={"maintainer": TOKEN})
    with serving(app) as url:
        yield url


def send(url: str, method: str, path: str, data: bytes, media: str) -> requests.Response:
    return requests.request(method, url + path, params={"graph": GRAPH}, data=data, timeout=60,
                            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": media})


@pytest.mark.parametrize("method,path", [("PUT", "/store"), ("POST", "/store"), ("POST", "/validate")])
def test_a_remote_context_over_http_is_400_and_nothing_is_fetched(method, path, served, listener):
    body = jsonld({"@context": listener.url + "/ctx", "@id": EX + "a", "name": "x"})
    r = send(served, method, path, body, JSONLD)
    assert r.status_code == 400, r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")
    assert "LEAKED" not in r.text and "not allowed" in r.json()["detail"]
    assert listener.connections == 0
    assert requests.get(served + "/store", params={"graph": GRAPH}, timeout=30).status_code == 404


@pytest.mark.parametrize("method,path", [("PUT", "/store"), ("POST", "/validate")])
def test_a_file_context_over_http_is_not_read(method, path, served, context_file):
    body = jsonld({"@context": context_file.as_uri(), "@id": EX + "a", "name": "x"})
    r = send(served, method, path, body, JSONLD)
    assert r.status_code == 400, r.text
    assert "FROM-FILE" not in r.text


def test_billion_laughs_over_http_is_refused_at_once(served):
    started = time.monotonic()
    r = send(served, "PUT", "/store", LAUGHS.encode(), RDFXML)
    assert r.status_code == 400, r.text
    assert "DOCTYPE" in r.json()["detail"]
    assert time.monotonic() - started < 10  # was 31-45 s


@pytest.mark.parametrize("body,mention", [
    ({"@id": EX + "a b", P: "x"}, "a b"),
    ({"@id": EX + "a", P: {"@value": "x", "@language": "en us"}}, "en us"),
    ({"@id": EX + "a", "name": "x"}, "nothing"),
], ids=["id-space", "language-space", "nothing-understood"])
def test_an_invalid_jsonld_body_over_http_is_400_not_an_empty_write(body, mention, served):
    r = send(served, "PUT", "/store", jsonld(body), JSONLD)
    assert r.status_code == 400, r.text
    assert mention in r.json()["detail"]
    assert requests.get(served + "/store", params={"graph": GRAPH}, timeout=30).status_code == 404


def test_the_project_context_over_http_still_writes(served):
    body = jsonld({"@context": "/context.jsonld", "id": EX + "a", "rdfs:label": "x"})
    r = send(served, "PUT", "/store", body, JSONLD)
    assert r.status_code in (200, 201), r.text
    got = requests.get(served + "/store", params={"graph": GRAPH}, headers={"Accept": "application/n-triples"},
                       timeout=30)
    graph = Graph().parse(data=got.text, format="nt")
    assert set(graph) == {(URIRef(EX + "a"), URIRef(RDFS_LABEL), Literal("x"))}
