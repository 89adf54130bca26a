"""Bytes to text: encodings, look-alike letters, and the pages we refuse to read (with why)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from osce_kg.loader.errors import DocumentError
from osce_kg.loader.extract import read_document, read_text
from osce_kg.loader.extract.decode import MAX_BYTES, decode, normalise

RELEASE = ("OSCE Presence supports police reform\n"
           "TIRANA, 3 May 2011 - The OSCE Presence in Albania opened a training course for Albanian "
           "police officers today, the Head of Presence, Ambassador Eugen Wollfarth, said.\n")


@pytest.mark.parametrize("raw, expected", [
    pytest.param(b"\xef\xbb\xbfCaf\xc3\xa9", "Café", id="utf8-bom"),
    pytest.param("Café".encode("utf-16"), "Café", id="utf16-bom"),
    pytest.param(b"Caf\xe9 \x93quoted\x94", "Café \u201cquoted\u201d", id="windows-1252"),
    pytest.param("Ažubalis ".encode() + b"caf\xe9", "Ažubalis café", id="mixed-utf8-and-1252"),
    pytest.param(b"a\r\nb\rc", "a\r\nb\rc", id="line-ends-kept-by-decode"),
], )
def test_decode(raw, expected):
    assert decode(raw) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Frank\u2011Walter", "Frank-Walter", id="non-breaking-hyphen"),
    pytest.param("soft\u00adhyphen", "softhyphen", id="soft-hyphen"),
    pytest.param("no\u00a0break", "no break", id="nbsp"),
    pytest.param("Prespа Forum", "Prespa Forum", id="cyrillic-a-in-latin-word"),
    pytest.param("ОБСЕ Вена", "ОБСЕ Вена", id="cyrillic-words-untouched"),
    pytest.param("Mоldоva and Вена", "Moldova and Вена", id="two-lookalikes"),
    pytest.param("a\r\nb\rc", "a\nb\nc", id="line-ends"),
    pytest.param("zero\u200bwidth", "zerowidth", id="zero-width-space"),
])
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("raw, reason", [
    pytest.param(b"", "empty file", id="empty"),
    pytest.param(b"  \n\t\n ", "empty file", id="whitespace-only"),
    pytest.param(b"%PDF-1.4\n%\xe2\xe3", "binary file (PDF)", id="pdf"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG image)", id="png"),
    pytest.param(b"text\x00with\x00nuls" * 10, "binary file (contains NUL bytes)", id="nul-bytes"),
    pytest.param(bytes(range(1, 9)) * 50, "binary file (mostly control bytes)", id="control-bytes"),
])
def test_unreadable_files_are_rejected_with_a_reason(tmp_path: Path, raw: bytes, reason: str):
    page = tmp_path / "page.txt"
    page.write_bytes(raw)
    with pytest.raises(DocumentError) as info:
        read_document(page)
    assert reason in info.value.reason
    assert info.value.file == str(page)


def test_a_50_mb_file_is_rejected_unread(tmp_path: Path):
    page = tmp_path / "huge.txt"
    with page.open("wb") as fh:          # sparse: 50 MB on paper, nothing to read
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(DocumentError) as info:
        read_document(page)
    assert "too large" in info.value.reason and str(MAX_BYTES) in info.value.reason


def test_a_missing_file_is_a_document_error(tmp_path: Path):
    with pytest.raises(DocumentError, match="cannot read file"):
        read_document(tmp_path / "nope.txt")


def test_read_text_refuses_huge_text():
    with pytest.raises(DocumentError, match="too large"):
        read_text("a" * (MAX_BYTES + 1), "big.txt")


def test_sha256_is_of_the_file_bytes(tmp_path: Path):
    raw = "\ufeff".encode() + RELEASE.replace("\n", "\r\n").encode("utf-8")
    page = tmp_path / "release.txt"
    page.write_bytes(raw)
    doc = read_document(page)
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.records[0].place == "Tirana"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_the_same_release_reads_the_same_in_any_encoding(tmp_path: Path, encoding: str):
    page = tmp_path / "release.txt"
    page.write_bytes(RELEASE.replace("Presence supports", "Presence supports café").encode(encoding))
    record = read_document(page).records[0]
    assert record.title == "OSCE Presence supports café police reform"
    assert str(record.date) == "2011-05-03"
    assert "OSCE Presence in Albania" in record.field_operations
