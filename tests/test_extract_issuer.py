"""The issuing body: explicit wins; otherwise inferred and said to be (issue 11).

Pages here are our own text; the URLs are shapes of osce.org, its subdomains and a mirror.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pyshacl
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import DCTERMS

from osce_kg.loader import mapping
from osce_kg.loader.extract import read_document, read_text
from osce_kg.loader.extract.issuer import infer_source
from osce_kg.loader.extract.mentions import WHOLE_OSCE
from osce_kg.loader.records import Document
from osce_kg.loader.reference import reference
from osce_kg.server.cli import main

RELEASE = """{title}

VIENNA, 3 March 2021 - The officials met in Vienna to talk about the elections in the region.
They agreed to meet again next year.
"""


@pytest.mark.parametrize("url, body", [
    ("https://bishkek.osce.org/ru/node/123", "OSCE Programme Office in Bishkek"),
    ("http://www.osce.org/fsc/4321", "OSCE Forum for Security Co-operation"),
    ("https://osce.org/odihr/elections/99", "OSCE Office for Democratic Institutions and Human Rights"),
    ("https://www.osce.org/fom/statements?page=4", "OSCE Representative on Freedom of the Media"),
    ("https://mirror.example/bih/53214", "OSCE Mission to Bosnia and Herzegovina"),
    ("http://old.oscepa.org/news/2015/1-x", "OSCE Parliamentary Assembly"),
    ("https://mirror.example/fom/about", None),            # a mirror path needs osce.org's node id
    ("https://www.osce.org/press-releases?page=3", None),  # the whole newsroom: no one body
    ("https://example.com/odihr/elections/1", "OSCE Office for Democratic Institutions and Human Rights"),
    ("not a url", None), ("http://[::1", None), (None, None),
])
def test_section_body_of_a_url(url, body):
    assert reference().section_body(url) == body


@pytest.mark.parametrize("title, body", [
    ("Statement by the OSCE Mission to Skopje on the floods in the east", "OSCE Mission to Skopje"),
    ("Statement by OSCE PA President Jane Roe on the attack", "OSCE Parliamentary Assembly"),
    ("Statement of the Chairman-in-Office of the OSCE, Minister John Doe", "OSCE Chairpersonship"),
    ("Joint statement by the OSCE Troika and the OSCE Secretary General", "OSCE Troika / OSCE Secretariat"),
    ("EU Statement on the situation in the region", "European Union"),
    ("Foreign Minister and OSCE Chairman-in-Office Doe Visits the Mission", "OSCE Chairpersonship"),
    # a headline whose subject does something else before the word is not a statement by it
    ("OSCE Chairperson-in-Office Doe stresses the work of ODIHR during visit to Warsaw", None),
    ("Statement of the Co-Chairs of the Talks in Geneva", None),
    ("OSCE supports the media in the region", None),
])
def test_statement_and_visit_headlines(title, body):
    assert infer_source(title, "press_release", None, reference(), WHOLE_OSCE) == body


def test_entity_page_is_issued_by_its_body():
    assert infer_source("OSCE Mission to Skopje", "field_operation", None, reference(), WHOLE_OSCE) \
        == "OSCE Mission to Skopje"
    assert infer_source("Organization for Security and Co-operation in Europe", "institution", None,
                        reference(), WHOLE_OSCE) is None       # the OSCE as a whole issues nothing


def test_explicit_source_wins_and_is_not_inferred():
    text = RELEASE.format(title="Statement by the OSCE Mission to Skopje on the floods") + "Source: OSCE Secretariat\n"
    record = read_text(text, "a.txt", url="https://osce.org/odihr/1").records[0]
    assert (record.source, record.source_inferred) == ("OSCE Secretariat", False)


def test_inferred_source_is_marked_and_not_a_mention():
    record = read_text(RELEASE.format(title="Officials meet in Vienna"), "a.txt",
                       url="https://osce.org/hcnm/77").records[0]
    assert (record.source, record.source_inferred) == ("OSCE High Commissioner on National Minorities", True)
    assert "OSCE High Commissioner on National Minorities" not in record.organizations
    bare = read_text(RELEASE.format(title="Officials meet in Vienna"), "a.txt").records[0]
    assert (bare.source, bare.source_inferred) == (None, False)


def test_url_comes_from_the_index_beside_the_file(tmp_path):
    (tmp_path / "page.txt").write_text(RELEASE.format(title="Officials meet in Vienna"), encoding="utf-8")
    (tmp_path / "index.tsv").write_text("file\turl\tnote\npage.txt\thttps://skopje.osce.org/node/5\tx\n",
                                        encoding="utf-8")
    doc = read_document(tmp_path / "page.txt")
    assert doc.url == "https://skopje.osce.org/node/5"
    assert doc.records[0].source == "OSCE Mission to Skopje" and doc.records[0].source_inferred
    out = CliRunner().invoke(main, ["extract", str(tmp_path / "page.txt"), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    item = json.loads(out.output.splitlines()[0])
    assert item["source"] == "OSCE Mission to Skopje" and item["source_inferred"] is True


def test_an_index_without_url_column_or_a_bad_url_is_ignored(tmp_path):
    (tmp_path / "page.txt").write_text(RELEASE.format(title="Officials meet in Vienna"), encoding="utf-8")
    (tmp_path / "index.tsv").write_text("file\tlink\npage.txt\thttps://skopje.osce.org/node/5\n", encoding="utf-8")
    assert read_document(tmp_path / "page.txt").url is None
    other = tmp_path / "b"
    other.mkdir()
    (other / "page.txt").write_text(RELEASE.format(title="Officials meet in Vienna"), encoding="utf-8")
    (other / "index.tsv").write_text("file\turl\npage.txt\tjavascript:alert(1)\n", encoding="utf-8")
    assert read_document(other / "page.txt").url is None
    (other / "index.tsv").write_text("file\turl\npage.txt\thttps://a.example/x y\x07\n", encoding="utf-8")
    from osce_kg.loader.extract.urls import _index
    _index.cache_clear()
    assert read_document(other / "page.txt").url is None


def _graph(record_source_inferred: bool, minter) -> Graph:
    record = read_text(RELEASE.format(title="Officials meet in Vienna"), "a.txt",
                       url="https://osce.org/hcnm/77").records[0]
    record.source_inferred = record_source_inferred
    text = "x"
    doc = Document(path="a.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, records=[record])
    return mapping.document_graph(doc, minter, loaded_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
                                  loader_version="0.1.0")


def test_graph_marks_the_inferred_publisher(minter):
    g = _graph(True, minter)
    inferred = [o for _, p, o in g if str(p).endswith("#inferredPublisher")]
    assert len(inferred) == 1 and str(inferred[0]).endswith("/osce-high-commissioner-on-national-minorities")
    assert not list(g.objects(None, DCTERMS.publisher))
    explicit = _graph(False, minter)
    assert len(list(explicit.objects(None, DCTERMS.publisher))) == 1
    assert not [p for _, p, _ in explicit if str(p).endswith("#inferredPublisher")]


def test_inferred_publisher_passes_the_shapes(minter):
    g = Graph()
    for part in (_graph(True, minter), mapping.reference_graph(minter)):
        for triple in part:
            g.add(triple)
    conforms, _, text = pyshacl.validate(g, shacl_graph=mapping.shapes_graph(minter),
                                         ont_graph=mapping.ontology_graph(minter), inference="none",
                                         advanced=True, allow_warnings=True)
    assert conforms, text
    shapes = mapping.shapes_graph(minter)
    assert any(str(o).endswith("#inferredPublisher") for o in shapes.objects(None, None))


def test_an_index_over_the_size_limit_is_not_read(tmp_path, monkeypatch):
    from osce_kg.loader.extract import urls

    (tmp_path / "page.txt").write_text(RELEASE.format(title="Officials meet in Vienna"), encoding="utf-8")
    (tmp_path / "index.tsv").write_text("file\turl\npage.txt\thttps://skopje.osce.org/node/5\n", encoding="utf-8")
    monkeypatch.setattr(urls, "MAX_INDEX_BYTES", 10)
    urls._index.cache_clear()
    assert read_document(tmp_path / "page.txt").url is None
    monkeypatch.setattr(urls, "MAX_INDEX_BYTES", 5_000_000)
    urls._index.cache_clear()
    assert read_document(tmp_path / "page.txt").url == "https://skopje.osce.org/node/5"
