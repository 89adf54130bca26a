"""Answers kept until the next committed write: the response cache in front of ``/sparql`` and the
linked-data pages.

A public linked-data server answers the same things again and again (a resource's lookup, its
description, a dashboard's query, a crawler's pages). Every answer here is a function of the
request and of the store's contents, and the store changes only by committed writes, each of
which calls the app's ``after_write`` hooks (:meth:`Services.written`). So an answer is kept
under its request's key and the store's *version*, a counter that :meth:`ResponseCache.written`
bumps after every commit, and never served for another version: nothing stale is served.

What a key holds:

* every plain GET or HEAD, first: the raw request target (path and query string), ``Accept``,
  ``Host``, scheme, script root and ``Origin`` (links, the JSON-LD context URL and the CORS
  headers depend on them), looked up before anything else reads the request
  (:class:`osce_kg.server.asgi.QueryFirstApp`), so a repeat costs one dictionary lookup;
* a query to ``/sparql`` (GET or POST), second (:func:`sparql_key`): the query text normalised
  (:func:`normalise_query`), the protocol dataset, the ``format=`` value, the ``Accept`` header
  and the endpoint URL (the query's base IRI), so the same query written otherwise is a hit too.

The cache is an LRU bounded by the bytes it holds (``OSCE_KG_CACHE_BYTES``, ``osce-kg serve
--cache-bytes``; 0 switches it off). No lock is held while an answer is computed: two
requests that miss together both compute it, and the first to finish is kept. A value computed
while a write was committed is not kept (:meth:`ResponseCache.put` compares versions).

ETags of ``/sparql`` answers are derived from the version and the key (:meth:`ResponseCache.etag`),
with a token drawn at start so a restarted server (whose counter starts again) never repeats one:
a client's ``If-None-Match`` is answered ``304`` without running the query.
"""
from __future__ import annotations

import functools
import hashlib
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Hashable

from .querytext import _TOKEN

#: the cache's default size in bytes (bodies and headers)
DEFAULT_BYTES = 64 * 1024 * 1024
#: an answer larger than this share of the cache is not kept (it would push out everything else)
LARGEST_SHARE = 8
#: the bytes counted for an entry beside its body and headers (the key, the bookkeeping)
ENTRY_OVERHEAD = 256
EXTRA_KEY = "response_cache"
#: the headers that describe a body, left out of a ``304``
_BODY_HEADERS = frozenset({b"content-type", b"content-length", b"content-encoding", b"content-disposition",
                           b"digest", b"x-result-rows"})


@dataclass(frozen=True)
class Entry:
    """One kept answer: status, headers (name, value as latin-1 text) and body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    #: the row count of a query answer (``X-Result-Rows``), or None for a page
    rows: int | None = None

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(n) + len(v) for n, v in self.headers) + ENTRY_OVERHEAD

    @functools.cached_property
    def raw_headers(self) -> list[tuple[bytes, bytes]]:
        """The headers as an ASGI server takes them (encoded once, not per answer)."""
        return [(n.lower().encode("latin-1"), v.encode("latin-1")) for n, v in self.headers]

    @functools.cached_property
    def not_modified_headers(self) -> list[tuple[bytes, bytes]]:
        """The headers of a ``304`` for this answer: its validators, caching and CORS headers, the
        security headers (RFC 9110 15.4.5: those a ``200`` would carry, minus the body's own)."""
        return [(n, v) for n, v in self.raw_headers if n not in _BODY_HEADERS]

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        lowered = name.lower()
        return next((v for n, v in self.headers if n.lower() == lowered), None)


class ResponseCache:
    """An LRU of :class:`Entry` by key, bounded by ``max_bytes``, emptied by every committed write."""

    def __init__(self, max_bytes: int = DEFAULT_BYTES) -> None:
        self.max_bytes = max(0, max_bytes)
        self._entries: OrderedDict[Hashable, Entry] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        #: bumped by every committed write; an entry is only ever served for the version it was made at
        self.version = 0
        #: drawn at start: ETags of a restarted server never repeat an earlier one's
        self._boot = secrets.token_hex(6)
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.max_bytes > 0

    @property
    def largest(self) -> int:
        """The largest entry kept, in bytes."""
        return self.max_bytes // LARGEST_SHARE

    @property
    def size(self) -> int:
        """The bytes held now."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def written(self, version: int | None = None) -> None:
        """A write was committed (an ``after_write`` hook): a new version, and nothing kept of the old.

        ``version``: the store generation the server's processes agree on (``serve --readers``, see
        :mod:`osce_kg.server.readers`), instead of this cache's own count."""
        with self._lock:
            self.version = self.version + 1 if version is None else version
            self._entries.clear()
            self._bytes = 0

    def share_etags(self, token: str) -> None:
        """Draw ETags from ``token`` (the server's, drawn once at start) instead of this cache's own, so
        every process of one server gives an answer the same ETag."""
        self._boot = token

    def get(self, key: Hashable) -> Entry | None:
        """The answer kept for ``key`` at the current version, or None."""
        if not self.enabled:
            return None
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: Hashable, entry: Entry, version: int) -> bool:
        """Keep ``entry`` for ``key`` if it was computed at the current ``version`` and is small
        enough; the least recently used entries go to make room. Returns whether it was kept.

        The key's text counts too: a long query or URL with a short answer is mostly key."""
        size = entry.size + key_size(key)
        if not self.enabled or size > self.largest:
            return False
        with self._lock:
            if version != self.version:  # a write came while it was computed: it may be stale
                return False
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.size + key_size(key)
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.max_bytes:
                dropped_key, dropped = self._entries.popitem(last=False)
                self._bytes -= dropped.size + key_size(dropped_key)
        return True

    def etag(self, key: Hashable, version: int) -> str:
        """A strong ETag for the answer to ``key`` at ``version`` (quoted, as the header carries it)."""
        digest = hashlib.sha256(f"{self._boot}\n{version}\n{key!r}".encode("utf-8", "surrogatepass"))
        return f'"{digest.hexdigest()[:24]}"'

    def stats(self) -> dict[str, int]:
        """Entries, bytes held, the limit, hits and misses so far, and the version."""
        return {"entries": len(self._entries), "bytes": self._bytes, "max_bytes": self.max_bytes,
                "hits": self.hits, "misses": self.misses, "version": self.version}


def normalise_query(text: str) -> str:
    """``text`` with the whitespace between tokens made canonical: one space, or one newline
    where the run held a newline (a newline ends a ``#`` comment), none at either end.

    Read by the query lexer (:data:`osce_kg.server.querytext._TOKEN`), so what is
    inside strings and IRIs is never touched. Where the lexer and a SPARQL parser could read the
    text differently (a quote character outside every string the lexer found, a long string,
    which is where whitespace is significant), the text is returned as it came: two texts share a
    key only when they are the same query.
    """
    pieces = _lexed(text)
    if pieces is None:
        return text
    out: list[str] = []
    for kind, value in pieces:
        if kind == "ws":
            out.append("\n" if ("\n" in value or "\r" in value) else " ")
        else:
            out.append(value)
    while out and out[0] in (" ", "\n"):
        out.pop(0)
    while out and out[-1] in (" ", "\n"):
        out.pop()
    return "".join(out)


def _lexed(text: str) -> list[tuple[str, str]] | None:
    """The lexer's tokens of ``text`` with the whitespace between them, or None when a SPARQL parser
    could find a string, an escape or whitespace where the lexer does not (then nothing is normalised).

    Whitespace matters in SPARQL inside strings only (and a newline ends a comment, which
    :func:`normalise_query` keeps). Strings start at a quote: a quote in any other token (an IRI may
    hold ``'``, a comment anything), a backslash outside strings (``ex:a\\'b`` is one prefixed name
    to a parser) or a long string makes the lexer's reading doubtful. Whitespace the lexer finds
    must be SPARQL's own (space, tab, CR, LF): ``\\s`` also matches characters a parser rejects.
    """
    pieces: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        kind, value = match.lastgroup or "other", match.group()
        if kind == "string":
            if value[:3] in ("'''", '"""'):
                return None
        elif "'" in value or '"' in value or "\\" in value:
            return None
        elif kind == "ws" and value.strip(" \t\r\n"):
            return None
        pieces.append((kind, value))
    return pieces


def key_size(key: object) -> int:
    """The bytes of text in a cache key (its strings and bytes, nested tuples included)."""
    if isinstance(key, (str, bytes)):
        return len(key)
    if isinstance(key, tuple):
        return sum(key_size(part) for part in key)
    return 0


def sparql_key(query: str, *, accept: str | None, format: str | None, default_graphs: list[str] | None,
               named_graphs: list[str] | None, base: str | None) -> tuple:
    """The cache key of a query request: everything its answer depends on besides the store."""
    return ("sparql", normalise_query(query), accept or "", format or "", tuple(default_graphs or ()),
            tuple(named_graphs or ()), base or "")


def entry_matches(entry_etag: str | None, if_none_match: str | None) -> bool:
    """Whether ``If-None-Match`` names ``entry_etag`` (weak comparison, as RFC 9110 asks for GET)."""
    if not entry_etag or not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    mine = entry_etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == mine for tag in if_none_match.split(","))




# -- wiring into the app ----------------------------------------------------------------------

#: the WSGI environ (and ASGI scope) key of the dict in which the app notes that an answer may be kept
NOTE = "osce_kg.cache_note"
#: the blueprints whose GET answers are functions of the request and the store alone
CACHEABLE_BLUEPRINTS = frozenset({"resources"})
#: the statuses kept: answers, redirects and "not here" (crawlers ask for the same missing pages too)
CACHEABLE_STATUSES = frozenset({200, 303, 404, 410})


def init_app(app, svc) -> None:
    """Make the app's response cache (``svc.settings.cache_bytes``), emptied by every committed write,
    and note which answers may be kept (the ASGI app keeps and serves them, see
    :mod:`osce_kg.server.asgi`)."""
    from flask import g, request

    cache = ResponseCache(svc.settings.cache_bytes)
    svc.extras[EXTRA_KEY] = cache
    svc.after_write.append(cache.written)

    @app.after_request
    def note_cacheable(response):
        note = request.environ.get(NOTE)
        if (note is not None and request.method == "GET" and request.blueprint in CACHEABLE_BLUEPRINTS
                and response.status_code in CACHEABLE_STATUSES and not g.get(UNCACHEABLE, False)):
            note["keep"] = True
        return response


#: ``flask.g`` flag a view sets when its answer must not be kept (e.g. figures older than the store)
UNCACHEABLE = "osce_kg_uncacheable"


def do_not_keep() -> None:
    """Mark the current request's answer as not to be kept by the response cache."""
    from flask import g

    setattr(g, UNCACHEABLE, True)


def cache_of(svc) -> ResponseCache | None:
    """The app's response cache, if it is on."""
    cache = svc.extras.get(EXTRA_KEY)
    return cache if isinstance(cache, ResponseCache) and cache.enabled else None


__all__ = ["ResponseCache", "Entry", "normalise_query", "sparql_key", "entry_matches",
           "DEFAULT_BYTES", "EXTRA_KEY", "NOTE", "init_app", "do_not_keep", "cache_of"]
