"""Full-text search over the graph: ``/search?q=`` (HTML for people, JSON for scripts).

The embedded default is an SQLite FTS5 index (standard library ``sqlite3``) in a file beside the
store (``{store}.search.sqlite``). One row per resource under ``{base}id/``: its label, its
alternative labels in every language (and codes such as ISO 3166), its titles and its bodies; and
one row per name (label or alternative label) of each resource. A resource is ranked by its best
name (BM25 over that one name, labels weighing most) plus BM25 over its codes, titles and bodies:
how many names it has in how many languages neither helps nor hurts it. The index records the store's version
(:func:`store_version`); when the app starts, a background thread brings it up to the store if the
recorded version differs (a search meanwhile waits at most ``OSCE_KG_FIGURES_FIRST_WAIT`` seconds,
then gets 503 with ``Retry-After``), and after every committed write (an ``after_write`` hook marks
it stale; the next search rebuilds it before answering), so a search never answers from an older
store than the one it runs beside. A rebuild writes a new file and renames it over the old one:
readers never see half an index.

Limits (constants, each tested): :data:`MAX_QUERY_CHARS` characters of ``q``, :data:`MAX_TERMS`
words, :data:`MAX_LIMIT` hits per page, :data:`MAX_OFFSET`.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from flask import Blueprint, Flask, Response, jsonify, render_template, request
from markupsafe import Markup, escape
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS

from osce_kg.loader.audit import AUDIT_GRAPH_KEY, ended_since, last_write
from osce_kg.loader.iri import VOCAB
from osce_kg.loader.store.base import Store

from .describe import SCHEMA
from .negotiation import negotiate
from .present import href_for, humanize, local_name
from .problems import problem
from .services import Services, services
from .void import quad_total
from .wholestore import NotComputedYet, lower_priority

log = logging.getLogger(__name__)
bp = Blueprint("search", __name__)

#: the longest ``q`` accepted, in characters (longer: 400)
MAX_QUERY_CHARS = 200
#: words of ``q`` used (the rest are ignored)
MAX_TERMS = 12
#: hits per page: default and most
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
#: the furthest page start
MAX_OFFSET = 10_000
#: reconciliation candidates: a word longer than this is also looked up by its first this many letters
PREFIX_CHARS = 4
#: bumped when the index's layout or content rules change: a new layout rebuilds the index (its ``meta`` row
#: ``schema`` says which it has; a file without that row is older than 7)
INDEX_SCHEMA = 7
EXTRA_KEY = "search"
#: where the store's own text search lives, when it has one (:mod:`.search_virtuoso`)
TEXT_KEY = "search-text"
#: the ``Search-Engine`` response header when this index answered
ENGINE = "sqlite-fts5"
#: how the HTML page names each engine
ENGINE_NAMES = {ENGINE: "this site's search index (SQLite FTS5)",
                "virtuoso-bif-contains": "the store's own free-text index (Virtuoso bif:contains)"}
#: after a write, up to this many resources are reindexed in place; more: the index is rebuilt whole
MAX_INCREMENTAL = 5_000
#: IRIs per VALUES block when reading the resources to reindex
VALUES_CHUNK = 500
#: seconds a shutdown waits for the start's build to reach its next step once told to stop, by default
#: (the setting ``OSCE_KG_SEARCH_STOP_WAIT``; one step is one read of the store: at a million releases
#: reading every resource took minutes; past this the shutdown goes on, the build stops at its next step
#: and logs nothing more than that)
STOP_WAIT = 30.0

LABELS = (SKOS.prefLabel, FOAF.name, SCHEMA.name, RDFS.label)
ALT_LABELS = (SKOS.altLabel,)
TITLES = (DCTERMS.title,)
BODIES = (SCHEMA.articleBody, SKOS.definition, SCHEMA.description)
DATES = (DCTERMS.issued, DCTERMS.date, SCHEMA.startDate)
FIELDS = (DCTERMS.subject,)
#: our own kinds of IRI not worth a search hit (audit records and agents)
SKIPPED_KINDS = ("write/", "agent/")
#: what joins the names of one column (labels, alternative labels, titles) in the index
_SEP = " · "
#: BM25 weights of the columns label, alt, codes, title, body (the unindexed ones follow); a resource's
#: label and alt weights score its best name (a row of the ``names`` table: one label or one alternative
#: label), the others its row of ``docs``, whose label and alt columns are matched but not scored
WEIGHTS = (10.0, 5.0, 5.0, 8.0, 1.0)
#: a name's row in ``names`` is its resource's row in ``docs`` shifted left by this many bits, plus the
#: name's place: a resource's names are one rowid range (at most 2 ** NAME_BITS of them are indexed)
NAME_BITS = 16

_WORD = re.compile(r"\w+", re.UNICODE)
#: the subject IRI at the start of an N-Quads line (only characters an IRI may hold)
_QUAD_SUBJECT = re.compile(r'^<([^\x00-\x20<>"{}|^`\\]+)> <', re.M)
_OPEN, _CLOSE = "\x02", "\x03"


class SearchError(ValueError):
    """A search request that cannot be answered as asked (a 400)."""


class IndexWriteError(sqlite3.DatabaseError):
    """A resource's row could not be written to the index file: the write's transaction is rolled back (a rebuild's
    new file is removed), the index stays stale and the next search tries again. A :class:`sqlite3.Error`, so the
    start's build logs it as it logs the file's other errors."""


class _Stopped(Exception):
    """The start's build was told to stop (:meth:`Index.stop`) between two of its steps."""


@dataclass
class Doc:
    """What the index holds about one resource."""

    iri: str
    labels: list[Literal] = field(default_factory=list)
    alts: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    titles: list[Literal] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    types: set[str] = field(default_factory=set)
    year: int | None = None
    fields: set[str] = field(default_factory=set)
    #: the type a hit shows (see :func:`display_type`)
    shown: str = ""

    def label(self) -> str:
        """The English (or untagged, or any) label, else the title, else the IRI's last segment."""
        for group in (self.labels, self.titles):
            if group:
                return str(_english_first(group)[0])
        return humanize(self.iri.rstrip("/").rsplit("/", 1)[-1])


@dataclass(frozen=True)
class Query:
    """A parsed search request."""

    text: str
    cls: str | None = None
    year: int | None = None
    field: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def terms(self) -> list[str]:
        """Every word quoted, the last one as a prefix."""
        words = _WORD.findall(self.text)[:MAX_TERMS]
        return [f'"{w}"' for w in words[:-1]] + ([f'"{words[-1]}"*'] if words else [])

    def match(self) -> str | None:
        """The FTS5 MATCH expression: every word as a quoted prefix, all required; None when no word."""
        return " ".join(self.terms()) or None

    def any_match(self) -> str | None:
        """The FTS5 MATCH expression of any of the words (a name holding some of them); None when no word."""
        return " OR ".join(self.terms()) or None


@dataclass(frozen=True)
class Hit:
    """One search hit."""

    iri: str
    label: str
    type: str
    type_label: str
    snippet: str
    year: int | None
    score: float

    def snippet_html(self) -> Markup:
        """The snippet, escaped, with the matched words in ``<mark>``."""
        text = str(escape(self.snippet))
        return Markup(text.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>"))

    def as_json(self, href: str | None) -> dict[str, object]:
        return {"iri": self.iri, "label": self.label, "type": self.type, "typeLabel": self.type_label,
                "snippet": self.snippet.replace(_OPEN, "").replace(_CLOSE, ""),
                "snippetHtml": str(self.snippet_html()), "year": self.year, "score": round(self.score, 4),
                "href": href}


@dataclass(frozen=True)
class Candidate:
    """A resource a name may stand for: its label, every name it goes by, its codes and year."""

    iri: str
    label: str
    type: str
    names: list[str]
    codes: list[str]
    year: int | None


def folded(name: str) -> str:
    """A name as the exact-name check compares it: spacing collapsed, case folded (``str.casefold``: every script's
    case, "ß" as "ss"; SQLite's NOCASE folds only A-Z). Accents stay: an exact name is exact but for case."""
    return " ".join(name.split()).casefold()


def _english_first(values: list[Literal]) -> list[Literal]:
    return sorted(values, key=lambda v: (v.language not in (None, "en"), v.language or "", str(v)))


def store_version(store: Store, base: str) -> str:
    """The store's version: a hash of its size, how many graphs were loaded and the newest load time,
    and the audit log's last write.

    Every write through the server adds an audit record, every load stamps its graph: either moves it.
    """
    loads = store.select(f"SELECT (COUNT(?g) AS ?n) (MAX(STR(?t)) AS ?m) WHERE {{ GRAPH ?g {{ ?g "
                         f"<{PROV.generatedAtTime}> ?t }} }}")
    parts = [str(INDEX_SCHEMA), str(quad_total(store)), *(str(v) for row in loads for v in row.values()),
             last_write(store, base)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def collect(store: Store, base: str, subjects: list[str] | None = None) -> list[Doc]:
    """Every resource under ``{base}id/`` (or only ``subjects``) with what the index holds about it."""
    ours = VOCAB
    props = (RDF.type, *LABELS, *ALT_LABELS, *TITLES, *BODIES, *DATES, *FIELDS, URIRef(ours + "iso3166Alpha2"),
             URIRef(ours + "year"))
    wanted = f"FILTER(?p IN ({', '.join(p.n3() for p in props)}))"
    if subjects is None:
        rows = store.select(f"SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o {wanted} "
                            f"FILTER(STRSTARTS(STR(?s), \"{base}id/\")) }}")
    else:
        rows = []
        for start in range(0, len(subjects), VALUES_CHUNK):
            values = " ".join(f"<{iri}>" for iri in subjects[start:start + VALUES_CHUNK])
            rows += store.select(f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o {wanted} }}")
    docs: dict[str, Doc] = {}
    for row in rows:
        s, p, o = str(row["s"]), row["p"], row["o"]
        if not s.startswith(f"{base}id/") or s[len(base) + 3:].startswith(SKIPPED_KINDS):
            continue
        doc = docs.setdefault(s, Doc(s))
        _add(doc, p, o, ours)
    supers = _superclasses(store)
    for doc in docs.values():
        doc.shown = display_type(doc.types, supers, base)
        doc.types |= {sup for t in list(doc.types) for sup in supers.get(t, ())}
    return list(docs.values())


def changed_subjects(store: Store, base: str, since: str) -> set[str] | None:
    """The resources under ``{base}id/`` that the writes after ``since`` (a :func:`last_write`) added or
    removed statements about, read from their audit records; None when that cannot be told (no new
    record, a record without its quads, a change to the ontology, too many): rebuild the whole index
    then. Every write the server commits carries its audit record (the gate's contract)."""
    audit, ours = f"{base}graph/{AUDIT_GRAPH_KEY}", VOCAB
    time, *seen = since.split(" ")
    rows = [row for row in store.select(
        f"SELECT ?w ?a ?r WHERE {{ GRAPH <{audit}> {{ ?w <{PROV.endedAtTime}> ?e {ended_since(time)} "
        f"OPTIONAL {{ ?w <{ours}addedQuads> ?a }} OPTIONAL {{ ?w <{ours}removedQuads> ?r }} }} }}")
        if str(row["w"]) not in seen]
    if not rows:  # a write that left no audit record (not one of the server's): rebuild
        return None
    subjects: set[str] = set()
    ontology = f"{base}graph/ontology"
    for row in rows:
        if row.get("a") is None or row.get("r") is None:
            return None
        for text in (str(row["a"]), str(row["r"])):
            if f"<{ontology}> .\n" in text:
                return None
            # every quad starts a line with its subject (a literal's own line breaks can start lines
            # too: what they yield is at worst reindexed for nothing)
            subjects.update(m.group(1) for m in _QUAD_SUBJECT.finditer(text) if m.group(1).startswith(f"{base}id/"))
    return subjects if len(subjects) <= MAX_INCREMENTAL else None


def _add(doc: Doc, p: object, o: object, ours: str) -> None:
    if p == RDF.type:
        doc.types.add(str(o))
    elif not isinstance(o, Literal):
        if p in FIELDS:
            doc.fields.add(str(o))
    elif p in LABELS:
        doc.labels.append(o)
    elif p in ALT_LABELS:
        doc.alts.append(str(o))
    elif p in TITLES:
        doc.titles.append(o)
    elif p in BODIES:
        doc.bodies.append(str(o))
    elif p in DATES or str(p) == ours + "year":
        match = re.match(r"(\d{4})", str(o))
        if match and doc.year is None:
            doc.year = int(match.group(1))
    else:
        doc.codes.append(str(o))


def _superclasses(store: Store) -> dict[str, set[str]]:
    """Every class's superclasses, the hierarchy closed here from the direct ``rdfs:subClassOf`` pairs
    (a property path with both ends open is refused by some stores, Virtuoso among them)."""
    rows = store.select(f"SELECT DISTINCT ?c ?s WHERE {{ ?c <{RDFS.subClassOf}> ?s FILTER(isIRI(?c) && isIRI(?s)) }}")
    direct: dict[str, set[str]] = {}
    for row in rows:
        direct.setdefault(str(row["c"]), set()).add(str(row["s"]))
    out: dict[str, set[str]] = {}
    for cls in direct:
        seen: set[str] = set()
        stack = list(direct[cls])
        while stack:
            sup = stack.pop()
            if sup not in seen:
                seen.add(sup)
                stack.extend(direct.get(sup, ()))
        out[cls] = seen
    return out


def display_type(types: Iterable[str], supers: dict[str, set[str]], base: str) -> str:
    """The type a hit shows: the most specific of its classes (no other of them is a subclass of it),
    ours first, the first in IRI order when several are as specific."""
    types = sorted(types)
    ours = [t for t in types if t.startswith(VOCAB)] or types
    specific = [t for t in ours if not any(t in supers.get(o, ()) for o in ours if o != t)]
    return (specific or ours or [""])[0]


class Index:
    """The SQLite FTS5 index file and its freshness."""

    def __init__(self, path: Path, store: Store, base: str, *, first_wait: float = 5.0,
                 stop_wait: float = STOP_WAIT) -> None:
        self.path = path
        self.store = store
        self.base = base
        #: seconds a search waits for the start's check or build (:meth:`open_in_background`) before a 503
        self.first_wait = first_wait
        #: seconds :meth:`stop` waits for the start's build by default (``OSCE_KG_SEARCH_STOP_WAIT``)
        self.stop_wait = stop_wait
        self._lock = threading.Lock()
        self._stale = True
        #: set once the start's check or build is over (None: :meth:`open_in_background` was not called)
        self._opened: threading.Event | None = None
        self._open_started = 0.0
        #: set by :meth:`stop`: the start's build ends at its next step, writing nothing
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def mark_stale(self) -> None:
        """A write was committed (an ``after_write`` hook): rebuild before the next search."""
        self._stale = True

    def recorded_version(self) -> str | None:
        """The store version the index file was built from, None without a readable file."""
        try:
            with _connect(self.path, readonly=True) as db:
                row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def open(self) -> None:
        """At start: keep the file if it was built from this store's version, else bring it up to the
        store (reindexing what the writes since touched, or rebuilding it whole; see :meth:`_refresh`)."""
        with self._lock:
            self._step()
            recorded = self.recorded_version()
            self._step()
            if recorded != store_version(self.store, self.base):
                if recorded is None:
                    self._rebuild()
                else:
                    self._refresh()
            self._stale = False

    def open_in_background(self) -> threading.Thread:
        """:meth:`open` in a thread at low CPU priority, so the server answers at once.

        At a million releases the check alone reads the whole store's size (6 s) and a rebuild took
        320 s: on the start's path, ``serve`` answered nothing for that long. Until it is done a search
        waits at most :attr:`first_wait` seconds, then gets 503 with ``Retry-After``
        (:class:`~osce_kg.server.wholestore.NotComputedYet`); nothing else waits for it.
        """
        opened = self._opened = threading.Event()
        self._open_started = time.monotonic()

        def run() -> None:
            lower_priority()
            try:
                self.open()
            except _Stopped:
                log.info("search index: the start's build stopped at shutdown (it is built at the next start)")
            except Exception as exc:  # noqa: BLE001 - logged; the first search tries again
                if self._stopping.is_set():  # the store closed under a step that outlived STOP_WAIT
                    log.info("search index: the start's build stopped at shutdown (%s)", type(exc).__name__)
                elif isinstance(exc, (sqlite3.Error, OSError)):  # a read-only folder, a store not answering
                    log.warning("search index not built at start (%s); it will be built on first use", exc)
                else:
                    log.exception("search index not built at start; it will be built on first use")
            finally:
                opened.set()

        thread = self._thread = threading.Thread(target=run, name="search-index-open", daemon=True)
        thread.start()
        return thread

    def stop(self, timeout: float | None = None) -> bool:
        """Tell the start's build to stop at its next step and wait for it at most ``timeout`` seconds
        (None: :attr:`stop_wait`; before the store closes: :func:`osce_kg.server.app.close_app`): whether
        it is over.

        The build's steps are reads of the store and the writing of the new file; between two it
        checks whether it was told to stop, and then ends writing nothing (the file it was building is
        removed; the next start builds it again). A step is not interrupted.
        """
        self._stopping.set()
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return True
        timeout = self.stop_wait if timeout is None else timeout
        thread.join(timeout)
        if thread.is_alive():
            log.warning("search index: the start's build was still reading the store after %.0f s at shutdown; "
                        "it stops at its next step", timeout)
            return False
        return True

    def _step(self) -> None:
        """Between two steps of the start's build: end it when it was told to stop."""
        if self._stopping.is_set() and threading.current_thread() is self._thread:
            raise _Stopped

    def opened(self, timeout: float | None = None) -> bool:
        """Wait for the start's check or build (at most ``timeout`` seconds): whether it is over."""
        return self._opened is None or self._opened.wait(timeout)

    def _wait_opened(self) -> None:
        """Wait for the start's check or build at most :attr:`first_wait` seconds, else raise
        :class:`~osce_kg.server.wholestore.NotComputedYet` (a 503 with ``Retry-After``)."""
        opened = self._opened
        if opened is None or opened.is_set() or opened.wait(self.first_wait):
            return
        raise NotComputedYet("the search index", max(1, min(60, int(time.monotonic() - self._open_started))))

    def ensure_fresh(self) -> None:
        """Bring the index up to the store if a write was committed since (or its file is gone).

        :raises NotComputedYet: the start's check or build is still under way after :attr:`first_wait`.
        """
        self._wait_opened()
        if not self._stale and self.path.exists():
            return
        self._stale = True
        with self._lock:
            if self._stale:
                self._stale = False
                try:
                    self._refresh()
                except BaseException:
                    self._stale = True
                    raise

    def _refresh(self) -> None:
        """Bring the index up to the store: reindex what the writes since the last build touched, or
        rebuild it whole when that cannot be told (see :func:`changed_subjects`)."""
        try:
            with _connect(self.path, readonly=True) as db:
                meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('audit', 'schema')").fetchall())
        except sqlite3.Error:  # no index file, or not one of ours
            meta = {}
        # a file of another layout is rebuilt whole: reindexing in place would write rows its tables do not fit
        row = (meta.get("audit"),) if meta.get("schema") == str(INDEX_SCHEMA) and "audit" in meta else None
        # what the index will say it holds is read before the records it reindexes from: a write committed
        # in between is read again at the next refresh (reindexed twice at worst). Read after them, the
        # index said it held that write and the next refresh, reading the records after it, skipped it.
        version, since = store_version(self.store, self.base), last_write(self.store, self.base)
        self._step()
        subjects = changed_subjects(self.store, self.base, row[0] or "") if row is not None else None
        self._step()
        if subjects is None:
            self._rebuild(version, since)
            return
        docs = collect(self.store, self.base, sorted(subjects))
        self._step()
        with _connect(self.path) as db:
            gone = [(iri,) for iri in subjects]
            ids = [(i << NAME_BITS, ((i + 1) << NAME_BITS) - 1) for (iri,) in gone
                   for (i,) in db.execute("SELECT id FROM iris WHERE iri = ?", [iri])]
            db.executemany("DELETE FROM names WHERE rowid BETWEEN ? AND ?", ids)
            db.executemany("DELETE FROM docs WHERE rowid IN (SELECT id FROM iris WHERE iri = ?)", gone)
            db.executemany("DELETE FROM iris WHERE iri = ?", gone)
            _insert(db, docs)
            db.executemany("UPDATE meta SET value = ? WHERE key = ?", [(version, "version"), (since, "audit")])
        log.info("search index: %d resources reindexed after a write", len(subjects))

    def _rebuild(self, version: str | None = None, since: str | None = None) -> None:
        """Build the index whole; ``version`` and ``since`` (read before anything of the store is, see
        :meth:`_refresh`) when the caller read them already."""
        if version is None or since is None:
            version, since = store_version(self.store, self.base), last_write(self.store, self.base)
            self._step()
        docs = collect(self.store, self.base)
        self._step()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        try:
            with _connect(Path(tmp)) as db:
                _write(db, docs, version, since)
            os.replace(tmp, self.path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        log.info("search index: %d resources (store version %s)", len(docs), version[:12])

    def search(self, query: Query) -> tuple[list[Hit], int]:
        """The hits of one page and the number of all hits."""
        self.ensure_fresh()
        expr = query.match()
        if expr is None:
            return [], 0
        where: list[str] = ["docs MATCH ?"]
        args: list[str | int] = [expr]
        if query.cls:
            where.append("instr(types, ?) > 0")
            args.append(f" {query.cls} ")
        if query.year is not None:
            where.append("year = ?")
            args.append(query.year)
        if query.field:
            where.append("instr(fields, ?) > 0")
            args.append(f" {query.field} ")
        cond = " AND ".join(where)
        label_w, alt_w, *text_w = WEIGHTS
        texts = ", ".join(str(w) for w in (0.0, 0.0, *text_w))
        with _connect(self.path, readonly=True) as db:
            total = db.execute(f"SELECT count(*) FROM docs WHERE {cond}", args).fetchone()[0]
            # a resource named exactly what was typed (case aside: :func:`folded`) comes first, by its display
            # label, then by any of its names in any language ("россия" finds the State before "Единая Россия"),
            # then by its
            # best name (the one holding most of the words, the shortest, a label before an alternative
            # label) plus BM25 over its codes, titles and bodies. Its names are scored one by one: the
            # more languages it is named in, the longer its row in docs, and that is not held against it
            typed = folded(query.text)
            rows = db.execute(
                # one pass over the hits' rows in docs and their names' rows, grouped by resource (a
                # join of the two took time in the product of their numbers); a resource without a row
                # in docs did not match all the words
                f"SELECT id, MIN(t) + COALESCE(MIN(n), 0) AS r FROM ("
                f"SELECT rowid AS id, (folded = ?) AS e, 0 AS a, bm25(docs, {texts}) AS t, "
                f"NULL AS n FROM docs WHERE {cond} UNION ALL SELECT rowid >> {NAME_BITS}, 0, (folded = ?), "
                f"NULL, bm25(names, {label_w}, {alt_w}) FROM names WHERE names MATCH ? "
                f"AND rowid >> {NAME_BITS} IN (SELECT rowid FROM docs WHERE {cond})) "  # the hits' names only
                f"GROUP BY id HAVING MAX(t) IS NOT NULL ORDER BY MAX(e) DESC, MAX(a) DESC, r, id LIMIT ? OFFSET ?",
                [typed, *args, typed, query.any_match(), *args, query.limit, query.offset]).fetchall()
            # what the page shows of its hits, a snippet of each (not of every hit), in one pass over
            # the words' matches: looked up row by row, a short prefix ("o") took 14 times longer
            ids = [r[0] for r in rows]
            marks = ", ".join("?" * len(ids))
            shown = {r[0]: r[1:] for r in db.execute(
                f"WITH page AS MATERIALIZED (SELECT rowid AS id, CASE WHEN rowid IN ({marks}) THEN "
                f"snippet(docs, -1, ?, ?, '…', 16) END AS snippet FROM docs WHERE docs MATCH ?) "
                f"SELECT id, iri, display, type, year, page.snippet FROM page JOIN docs ON docs.rowid = page.id "
                f"WHERE page.snippet IS NOT NULL", [*ids, _OPEN, _CLOSE, expr])} if ids else {}
        hits = []
        for rowid, rank in rows:
            iri, display, kind, year, snippet = shown[rowid]
            hits.append(Hit(iri=iri, label=display, type=kind, type_label=humanize(local_name(kind)) if kind else "",
                            snippet=snippet, year=year, score=-rank))
        return hits, total

    def candidates(self, text: str, cls: str | None, limit: int) -> list[Candidate]:
        """Resources any word of ``text`` names, of class ``cls`` if given, ranked as :meth:`search` ranks (by
        the best of their names, each scored alone, plus BM25 over codes, titles and bodies; no exact-name
        rule: reconciliation scores the names itself): what reconciliation then scores name by name. Scored as
        one row of all its names, a resource named in many languages fell behind those with a few names
        holding the word, and out of the pool of the first ``limit``."""
        self.ensure_fresh()
        words = _WORD.findall(text)[:MAX_TERMS]
        if not words:
            return []
        # each word, and for longer words their first letters as a prefix: a misspelt name still finds
        terms = [f'"{w}"' for w in words] + [f'"{w[:PREFIX_CHARS]}"*' for w in words if len(w) > PREFIX_CHARS]
        match = " OR ".join(terms)
        where, args = ["docs MATCH ?"], [match]
        if cls:
            where.append("instr(types, ?) > 0")
            args.append(f" {cls} ")
        cond = " AND ".join(where)
        label_w, alt_w, *text_w = WEIGHTS
        texts = ", ".join(str(w) for w in (0.0, 0.0, *text_w))
        with _connect(self.path, readonly=True) as db:
            ranked = [r[0] for r in db.execute(
                f"SELECT id, MIN(t) + COALESCE(MIN(n), 0) AS r FROM ("
                f"SELECT rowid AS id, bm25(docs, {texts}) AS t, NULL AS n FROM docs WHERE {cond} UNION ALL "
                f"SELECT rowid >> {NAME_BITS}, NULL, bm25(names, {label_w}, {alt_w}) FROM names WHERE names MATCH ? "
                f"AND rowid >> {NAME_BITS} IN (SELECT rowid FROM docs WHERE {cond})) "
                f"GROUP BY id HAVING MAX(t) IS NOT NULL ORDER BY r, id LIMIT ?", [*args, match, *args, limit])]
            marks = ", ".join("?" * len(ranked))
            rows = {r[0]: r[1:] for r in db.execute(
                f"SELECT rowid, iri, display, type, label, alt, codes, year, title FROM docs WHERE rowid IN ({marks})",
                ranked)} if ranked else {}
        return [_candidate(rows[i]) for i in ranked]

    def get(self, iri: str) -> Candidate | None:
        """What the index holds about ``iri`` (None: not indexed)."""
        self.ensure_fresh()
        with _connect(self.path, readonly=True) as db:
            row = db.execute("SELECT iri, display, type, label, alt, codes, year, title FROM docs "
                             "WHERE rowid = (SELECT id FROM iris WHERE iri = ?)", [iri]).fetchone()
        return _candidate(row) if row else None

    def facets(self) -> dict[str, list[tuple[str, str]]]:
        """The values the filters offer: classes shown on hits, years, fields of work (value, label)."""
        self.ensure_fresh()
        with _connect(self.path, readonly=True) as db:
            types = [r[0] for r in db.execute("SELECT DISTINCT type FROM docs WHERE type != '' ORDER BY type")]
            years = [r[0] for r in db.execute("SELECT DISTINCT year FROM docs WHERE year IS NOT NULL ORDER BY year")]
            fields = db.execute("SELECT iri, display FROM docs WHERE instr(types, ?) > 0 ORDER BY display",
                                [f" {VOCAB}FieldOfWork "]).fetchall()
        ours = VOCAB
        return {"class": [(t[len(ours):] if t.startswith(ours) else t, humanize(local_name(t))) for t in types],
                "year": [(str(y), str(y)) for y in years],
                "field": [(iri.rsplit("/", 1)[-1], label) for iri, label in fields]}


def _candidate(r: tuple) -> Candidate:
    """A :class:`Candidate` from a row (iri, display, type, label, alt, codes, year, title)."""
    names = [n for col in (r[3], r[7], r[4]) for n in col.split(_SEP) if n]
    return Candidate(iri=r[0], label=r[1], type=r[2], names=names, codes=r[5].split(), year=r[6])


@contextmanager
def _connect(path: Path, *, readonly: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection to the index file, in one transaction (committed unless it raised), then closed."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True) if readonly else sqlite3.connect(path)
    try:
        with db:
            yield db
    finally:
        db.close()


def _write(db: sqlite3.Connection, docs: list[Doc], version: str, since: str) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("CREATE TABLE iris (id INTEGER PRIMARY KEY, iri TEXT UNIQUE NOT NULL)")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(label, alt, codes, title, body, iri UNINDEXED, "
               "display UNINDEXED, type UNINDEXED, types UNINDEXED, year UNINDEXED, fields UNINDEXED, "
               "folded UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')")
    db.execute("CREATE VIRTUAL TABLE names USING fts5(label, alt, folded UNINDEXED, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    _insert(db, docs)
    db.executemany("INSERT INTO meta VALUES (?, ?)",
                   [("version", version), ("audit", since), ("schema", str(INDEX_SCHEMA))])


def _insert(db: sqlite3.Connection, docs: list[Doc]) -> None:
    """Index ``docs`` (none of them indexed yet); ``iris`` maps each IRI to its row, ``names`` holds each
    of its names (a label or an alternative label) in a row of its own (see :data:`NAME_BITS`).

    :raises IndexWriteError: SQLite gave no row id for an IRI's row (the caller's transaction rolls back)."""
    for doc in docs:
        rowid = db.execute("INSERT INTO iris (iri) VALUES (?)", [doc.iri]).lastrowid
        if not isinstance(rowid, int) or rowid <= 0:
            raise IndexWriteError(f"search index: no row id for <{doc.iri}> (got {rowid!r}); nothing of this "
                                  f"write is kept")
        names = [(v, "") for v in sorted(set(map(str, doc.labels)))] + [("", a) for a in sorted(set(doc.alts))]
        db.executemany("INSERT INTO names (rowid, label, alt, folded) VALUES (?, ?, ?, ?)",
                       [((rowid << NAME_BITS) + i, label, alt, folded(label or alt))
                        for i, (label, alt) in enumerate(names[:1 << NAME_BITS])])
        db.execute("INSERT INTO docs (rowid, label, alt, codes, title, body, iri, display, type, types, year, fields, "
                   "folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [rowid, _SEP.join(sorted(str(v) for v in doc.labels)), _SEP.join(sorted(set(doc.alts))),
                    " ".join(sorted(set(doc.codes))), " · ".join(sorted(str(v) for v in doc.titles)),
                    "\n".join(sorted(doc.bodies)), doc.iri, doc.label(), doc.shown,
                    f" {' '.join(sorted(doc.types))} ", doc.year, f" {' '.join(sorted(doc.fields))} ",
                    folded(doc.label())])


def index_path(store_path: Path) -> Path:
    """Where the index of the store at ``store_path`` lives: beside it."""
    return store_path.parent / f"{store_path.name}.search.sqlite"


def init_app(app: Flask, svc: Services) -> None:
    """Open (or build) the index and register the route and the after-write hook."""
    index = Index(index_path(Path(svc.settings.store)), svc.store, svc.minter.base,
                  first_wait=svc.settings.figures_first_wait, stop_wait=svc.settings.search_stop_wait)
    svc.extras[EXTRA_KEY] = index
    svc.after_write.append(index.mark_stale)
    from .search_virtuoso import text_search_for

    text = text_search_for(svc, index)
    if text is not None:
        svc.extras[TEXT_KEY] = text
        svc.after_write.append(text.written)
    if svc.store.read_only:  # a reader of ``serve --readers``: the owner keeps the index and answers /search
        app.register_blueprint(bp)
        return
    index.open_in_background()  # never on the start's path: 320 s at a million releases
    svc.closing.append(index.stop)  # before the store closes (close_app)
    app.register_blueprint(bp)


def index_of(svc: Services) -> Index:
    return svc.extras[EXTRA_KEY]  # type: ignore[return-value]


def parse_query(args: dict[str, str], base: str) -> Query:
    """A :class:`Query` from request parameters; :class:`SearchError` for what is out of range."""
    text = args.get("q", "")
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(f"q is {len(text)} characters long; at most {MAX_QUERY_CHARS} are accepted")
    limit = _int(args, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT) or DEFAULT_LIMIT
    offset = _int(args, "offset", 0, 0, MAX_OFFSET) or 0
    year = _int(args, "year", None, 1, 9999) if args.get("year") else None
    cls = args.get("class") or None
    if cls and not cls.startswith(("http://", "https://")):
        cls = f"{VOCAB}{cls}"
    fld = args.get("field") or None
    if fld and not fld.startswith(("http://", "https://")):
        fld = f"{base}id/field/{fld}"
    return Query(text=text, cls=cls, year=year, field=fld, limit=limit, offset=offset)


def _int(args: dict[str, str], name: str, default: int | None, low: int, high: int) -> int | None:
    raw = args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SearchError(f"{name} must be a whole number, not {raw[:40]!r}") from None
    if not low <= value <= high:
        raise SearchError(f"{name} must be between {low} and {high}")
    return value


@bp.get("/search")
def search() -> Response:
    """Search by negotiation: HTML (the default for browsers) or JSON (``Accept`` or ``format=json``)."""
    svc = services()
    media = negotiate(request.headers.get("Accept"), ("text/html", "application/json"),
                      {"json": "application/json", "html": "text/html"}.get(request.args.get("format", "")))
    if media is None:
        return problem(406, "Not Acceptable", "search answers text/html or application/json")
    try:
        query = parse_query(request.args.to_dict(), svc.minter.base)
    except SearchError as exc:
        return problem(400, "Bad search", str(exc))
    index = index_of(svc)
    text = svc.extras.get(TEXT_KEY)
    if text is not None:
        hits, total, engine = text.search(query)  # type: ignore[attr-defined]
    else:
        (hits, total), engine = index.search(query), ENGINE
    root = request.script_root
    if media == "application/json":
        response = jsonify(query=query.text, total=total, offset=query.offset, limit=query.limit,
                           hits=[h.as_json(href_for(h.iri, svc.minter, root)) for h in hits])
    else:
        response = Response(render_template(
            "search.html", title=f"Search: {query.text}" if query.text else "Search", query=query,
            hits=[(h, href_for(h.iri, svc.minter, root)) for h in hits], total=total, facets=index.facets(),
            args=request.args, more=query.offset + len(hits) < total, engine=ENGINE_NAMES.get(engine, engine)),
            mimetype="text/html")
    response.headers["Vary"] = "Accept"
    response.headers["Search-Engine"] = engine
    return response
