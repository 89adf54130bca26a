"""Bytes to clean text: encodings, binary and size checks, look-alike letters.

Everything here is pure except :func:`read_bytes`, which only reads a file.
"""
from __future__ import annotations

import functools
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any, Callable, TypeVar

from osce_kg.loader.errors import DocumentError

_F = TypeVar("_F", bound=Callable[..., Any])

#: a line longer than this is answered afresh, never kept by :func:`line_cache` (a hostile page's line can be
#: megabytes long, and a cache of 4,096 such lines would hold gigabytes)
CACHED_LINE_CHARS = 400


def line_cache(func: _F) -> _F:
    """``func(line, ...)`` with its answers for lines of at most :data:`CACHED_LINE_CHARS` characters kept (an
    LRU cache of 4,096: a read worker's caches stay within 16,384 entries, tests/test_load_memory.py), so the
    cache's bytes are bounded as well as its entries; ``cache_info``, ``cache_clear`` and ``__wrapped__`` as
    ``functools.lru_cache`` gives them."""
    cached = functools.lru_cache(maxsize=4096)(func)

    @functools.wraps(func)
    def call(line: str, *args: Any, **kwargs: Any) -> Any:
        return cached(line, *args, **kwargs) if len(line) <= CACHED_LINE_CHARS else func(line, *args, **kwargs)

    call.cache_info = cached.cache_info  # type: ignore[attr-defined]
    call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return call  # type: ignore[return-value]

#: larger files are rejected unread (a real page is a few hundred kB at most)
MAX_BYTES = 20 * 1024 * 1024

_BINARY_MAGIC = {
    b"%PDF": "PDF", b"\x89PNG": "PNG image", b"GIF8": "GIF image", b"\xff\xd8\xff": "JPEG image",
    b"PK\x03\x04": "ZIP archive", b"\x1f\x8b": "gzip archive", b"\xd0\xcf\x11\xe0": "MS Office file",
    b"\x7fELF": "executable",
}
# cp1252 leaves five bytes undefined; latin-1 maps them to C1 controls, which we drop later
_CP1252_HOLES = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_SURROGATE_ESCAPE = re.compile("[\udc80-\udcff]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffe\uffff]")
# invisible or look-alike punctuation that breaks word and dateline matching
_PUNCT_MAP = str.maketrans({
    "\u2011": "-", "\u2010": "-", "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ",
    "\u00ad": None, "\u2028": "\n", "\u2029": "\n",
})
_PUNCT = re.compile("[" + "".join(map(chr, _PUNCT_MAP)) + "]")

# Cyrillic letters that look like Latin ones (and back): mixed words are repaired to one script
_CYR_TO_LAT = dict(zip("АВЕКМНОРСТХУаеорсухіјѕԁԛԜӏІЈЅ", "ABEKMHOPCTXYaeopcyxijsdqWlIJS"))
_LAT_TO_CYR = {lat: cyr for cyr, lat in _CYR_TO_LAT.items() if cyr not in "ԁԛԜӏѕЅіІјЈ"}
_WORD = re.compile(r"[^\W\d_]+")


def read_bytes(path: Path) -> bytes:
    """Read a regular file whole, refusing one over :data:`MAX_BYTES` without reading it.

    Opened without blocking and checked on the open descriptor, so a file swapped for a FIFO
    or a device after it was listed is refused, never waited on.

    Raises:
        DocumentError: the file is missing, unreadable, not a regular file or too large.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise DocumentError("not a regular file", file=str(path))
            if info.st_size > MAX_BYTES:
                raise DocumentError(f"file too large: {info.st_size} bytes (limit {MAX_BYTES})", file=str(path))
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}", file=str(path)) from exc
    if len(data) > MAX_BYTES:  # the file grew while we looked
        raise DocumentError(f"file too large: over {MAX_BYTES} bytes", file=str(path))
    return data


def decode(data: bytes, file: str | None = None) -> str:
    """Decode page bytes: BOM, UTF-16 with BOM, UTF-8, else Windows-1252 for the bad bytes.

    Raises:
        DocumentError: empty, binary (magic number or NUL/control bytes) or too large.
    """
    if len(data) > MAX_BYTES:
        raise DocumentError(f"file too large: {len(data)} bytes (limit {MAX_BYTES})", file=file)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        _reject_binary(data, file)
        text = _decode_utf8_or_cp1252(data[3:] if data.startswith(b"\xef\xbb\xbf") else data)
    if not text.strip():
        raise DocumentError("empty file", file=file)
    return text


def _reject_binary(data: bytes, file: str | None) -> None:
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DocumentError(f"binary file ({kind}), not a text page", file=file)
    head = data[:8192]
    if b"\x00" in head:
        raise DocumentError("binary file (contains NUL bytes), not a text page", file=file)
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    if head and controls / len(head) > 0.05:
        raise DocumentError("binary file (mostly control bytes), not a text page", file=file)


def _decode_utf8_or_cp1252(data: bytes) -> str:
    """UTF-8, with any byte that is not valid UTF-8 read as Windows-1252 (mixed files exist)."""
    text = data.decode("utf-8", errors="surrogateescape")
    if not _SURROGATE_ESCAPE.search(text):
        return text
    return _SURROGATE_ESCAPE.sub(_cp1252_run, text)


def _cp1252_run(match: re.Match[str]) -> str:
    raw = bytes(ord(c) - 0xDC00 for c in match.group())
    return "".join(chr(b) if b in _CP1252_HOLES else bytes([b]).decode("cp1252") for b in raw)


def normalise(text: str) -> str:
    """Normalise line ends, odd hyphens and spaces, controls, and mixed-script words (NFC).

    Never raises.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _PUNCT.search(text):               # (a search is a C loop; translate looks up every character of a page)
        text = text.translate(_PUNCT_MAP)
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    if _has_both_scripts(text):
        text = _WORD.sub(_repair_word, text)
    return text


def _has_both_scripts(text: str) -> bool:
    return bool(re.search("[А-Яа-яЁёЀ-ӿ]", text)) and bool(re.search("[A-Za-z]", text))


def _is_cyr(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def _repair_word(match: re.Match[str]) -> str:
    """Turn look-alike letters of the other script into the word's own script."""
    word = match.group()
    cyr = [c for c in word if _is_cyr(c)]
    if not cyr or len(cyr) == len(word):
        return word
    strong_cyr = [c for c in cyr if c not in _CYR_TO_LAT]
    strong_lat = [c for c in word if not _is_cyr(c) and c not in _LAT_TO_CYR]
    if not strong_cyr and all(c in _CYR_TO_LAT for c in cyr) and (strong_lat or len(cyr) < len(word) / 2):
        return "".join(_CYR_TO_LAT.get(c, c) for c in word)
    if strong_cyr and not strong_lat:
        return "".join(_LAT_TO_CYR.get(c, c) for c in word)
    return word
