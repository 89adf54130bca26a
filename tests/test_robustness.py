"""Mangled pages never crash or hang the extractor, and never leave the store half-written.

Hypothesis takes the shared pages and truncates them, flips bytes, swaps encodings,
inserts junk and repeats pieces; whatever comes out, reading it ends in a Document or a
DocumentError, within a deadline.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PAGES, SEED
from osce_kg.loader.errors import DocumentError
from osce_kg.loader.extract import read_document, read_text
from osce_kg.loader.extract.decode import decode
from osce_kg.loader.records import Document

SOURCES = sorted(PAGES.glob("*.txt")) + [SEED]
JUNK = st.one_of(
    st.binary(min_size=1, max_size=64),
    st.text(min_size=1, max_size=64).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"\x00", b"\xef\xbb\xbf", b"\r\n", b"\xff\xfe", "\u2011".encode(), "а".encode(),
                     b" - ", b"\n- Date:\n", b"\nPublishing date: 31 February 2020\n", b"VIENNA, 5 May -",
                     b"\nFields of work:\n", b"((((((((", "Ž".encode("utf-8") * 40]),
)


@st.composite
def mangled_pages(draw) -> bytes:
    """A shared page after one to four random manglings."""
    data = draw(st.sampled_from(SOURCES)).read_bytes()
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["truncate", "flip", "encoding", "insert", "repeat", "drop-lines"]))
        if how == "truncate" and data:
            data = data[:draw(st.integers(0, len(data)))]
        elif how == "flip" and data:
            at = draw(st.integers(0, len(data) - 1))
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
        elif how == "encoding":
            codec = draw(st.sampled_from(["cp1252", "latin-1", "utf-16", "utf-8-sig", "koi8-r"]))
            data = data.decode("utf-8", "replace").encode(codec, "replace")
        elif how == "insert":
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(JUNK) + data[at:]
        elif how == "repeat" and data:
            a = draw(st.integers(0, len(data) - 1))
            b = draw(st.integers(a, min(len(data), a + 400)))
            data = data[:b] + data[a:b] * draw(st.integers(1, 20)) + data[b:]
        elif how == "drop-lines":
            data = data.replace(b"\n", draw(st.sampled_from([b" ", b"", b"\n\n"])))
    return data


def _check(doc: Document) -> None:
    assert isinstance(doc, Document)
    for record in doc.records:
        assert record.title or record.date or record.place or record.body
        for name in ("states", "field_operations", "organizations", "fields_of_work", "cities"):
            assert all(isinstance(v, str) and v for v in getattr(record, name)), name
        assert record.date is None or isinstance(record.date, dt.date)
        assert all(p.name for p in record.persons)


@settings(max_examples=150, deadline=dt.timedelta(seconds=3),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mangled_pages())
def test_mangled_bytes_read_or_reject(data: bytes):
    try:
        text = decode(data, file="mangled.txt")
        _check(read_text(text, "mangled.txt"))
    except DocumentError as exc:
        assert exc.reason


@settings(max_examples=60, deadline=dt.timedelta(seconds=3),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.text(max_size=3000))
def test_any_text_reads_or_rejects(text: str):
    try:
        _check(read_text(text, "any.txt"))
    except DocumentError as exc:
        assert exc.reason


@settings(max_examples=25, deadline=dt.timedelta(seconds=3),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(data=mangled_pages())
def test_mangled_files_read_or_reject(tmp_path: Path, data: bytes):
    page = tmp_path / "mangled.txt"
    page.write_bytes(data)
    try:
        _check(read_document(page))
    except DocumentError as exc:
        assert exc.reason and exc.file == str(page)


@pytest.mark.timeout(300)
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(data=mangled_pages())
def test_mangled_pages_leave_the_store_consistent(tmp_path: Path, data: bytes):
    """Accepted: only the document's own graph changed. Rejected: not one quad changed."""
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.pipeline import Loader
    from osce_kg.loader.store import EmbeddedStore

    page = tmp_path / "mangled.txt"
    page.write_bytes(data)
    store = EmbeddedStore(None)
    try:
        loader = Loader(store, Minter("http://localhost:8000/"))
        loader.ensure_reference()
        loader.process(SEED, write=True)
        before = set(store.quads())
        outcome = loader.process(page, write=True)
        after = set(store.quads())
        if not outcome.accepted:
            assert outcome.reason
            assert after == before
        else:
            # the document's graph and the audit record of the write change, nothing else
            audit = loader.gate.audit.graph
            untouched = lambda quads: {q for q in quads if q[3] not in (outcome.graph, audit)}
            assert untouched(after) == untouched(before)
            assert {q for q in after if q[3] == outcome.graph}
            assert {q for q in after if q[3] == audit} > {q for q in before if q[3] == audit}
    finally:
        store.close()
