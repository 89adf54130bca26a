"""``/search`` over Virtuoso: its own free-text index (``bif:contains``) finds and ranks the hits.

When the remote store runs ``bif:contains`` (Virtuoso; asked at start, see :func:`has_bif_contains`)
and the setting ``search_text`` is ``auto`` (the default), :class:`TextSearch` answers ``/search`` with SPARQL on
Virtuoso's free-text index of literals: same request, same filters, same limits, same response
as the SQLite index (:mod:`.search`), which stays behind it (it serves reconciliation and the
filter lists of the HTML page, and answers when Virtuoso cannot, below).

The words of ``q`` never reach Virtuoso as typed: each word (letters and digits only, see
:func:`words`) becomes a single-quoted free-text word, the last one a prefix (``'traf*'``) when it
has the :data:`MIN_PREFIX` characters Virtuoso wants before a wildcard (``FT370``), and every word
is its own ``bif:contains`` pattern, all required: a resource is a hit when each word is in one of
its labels, alternative labels, codes, titles or bodies (as the SQLite index has it). A hit's score
is the sum over its matching literals of Virtuoso's score (``OPTION (score ?sc)``) times the
field's weight (:data:`.search.WEIGHTS`), shorter literals weighing more (as BM25 would have it).

Our index answers instead (the ``Search-Engine`` response header says which did) when:

- Virtuoso's free-text index does not hold our data (no indexing rule, or its batch has not run: it
  runs only with Virtuoso's scheduler; Virtuoso gives no error then, only no rows). See
  :meth:`TextSearch.usable`: a label of ours is looked up in it; a warning is logged, and it is looked
  up again after :data:`PROBE_SECONDS`;
- a write was committed by this server less than ``search_text_lag`` seconds ago (Virtuoso adds new
  text to its free-text index in batches; removed statements are gone from the hits at once);
- Virtuoso refuses the words (a word too long for its index, ``XM028``; any other free-text error)
  or fails; or it finds nothing, since it does not fold accents (``Turkiye`` does not find ``Türkiye``,
  our index does).
"""
from __future__ import annotations

import logging
import re
import time
import unicodedata
from typing import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from osce_kg.loader.errors import StoreError, UsageError
from osce_kg.loader.store.base import Store

from . import search as fts
from .present import humanize, local_name

log = logging.getLogger(__name__)

#: the values of the setting ``search_text``: the store's own text search where it has one, or our index
SEARCH_TEXT_CHOICES = ("auto", "index")
#: the ``Search-Engine`` header's values
ENGINE_VIRTUOSO = "virtuoso-bif-contains"
ENGINE_INDEX = fts.ENGINE
#: Virtuoso's free-text queries want this many characters before a ``*`` (its error FT370)
MIN_PREFIX = 4
#: after a failed look-up of our data in Virtuoso's free-text index, the next one waits this long
PROBE_SECONDS = 60.0
#: words of context in a snippet (as the SQLite index's ``snippet()``)
SNIPPET_WORDS = 16
#: a literal this many characters long weighs half as much as a one-word literal
HALF_WEIGHT_CHARS = 40
#: what Virtuoso's answer says when the words are not a free-text query it can run
FREE_TEXT_ERRORS = ("Free-text expression", "FT370", "XM028", "XM029")

_WORDS = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of ``text`` a free-text query uses: runs of letters and digits, at most
    :data:`.search.MAX_TERMS`. Everything else (quotes, backslashes, braces, ``*``, operators written
    as signs) separates words; nothing of it reaches the query."""
    return _WORDS.findall(text)[:fts.MAX_TERMS]


def contains_expression(word: str, prefix: bool) -> str:
    """One word as a Virtuoso free-text expression: ``'word'``, or ``'word*'`` for a prefix of at
    least :data:`MIN_PREFIX` characters. Quoted, a word such as ``AND`` or ``NEAR`` is a word."""
    if not _WORDS.fullmatch(word):
        raise ValueError(f"not a word: {word!r}")
    return f"'{word}*'" if prefix and len(word) >= MIN_PREFIX else f"'{word}'"


def weights(ours: str) -> dict[str, float]:
    """Each searched predicate's weight (the SQLite index's column weights)."""
    label, alt, code, title, body = fts.WEIGHTS
    groups = ((fts.LABELS, label), (fts.ALT_LABELS, alt), ((URIRef(ours + "iso3166Alpha2"),), code),
              (fts.TITLES, title), (fts.BODIES, body))
    return {str(p): w for preds, w in groups for p in preds}


#: what a resource one of whose names (label or alternative label) is exactly the text typed adds to
#: its score, so that it comes first, as in the embedded index ("Georgia": the State, before the
#: bodies whose names hold the word twice)
EXACT_NAME_BONUS = 1000


def _word_pattern(i: int, word: str, prefix: bool, table: str, exact: str | None = None) -> str:
    """A subquery: each resource with a literal holding ``word``, and its weighted score; with
    ``exact`` (the text typed, folded to lower case), also ``?x{i}``: 1 when one of its names is it."""
    expr = Literal(contains_expression(word, prefix)).n3()
    names = ", ".join(URIRef(p).n3() for p in (*fts.LABELS, *fts.ALT_LABELS))
    flag = (f" (MAX(IF(?p{i} IN ({names}) && LCASE(STR(?o{i})) = {Literal(exact).n3()}, 1, 0)) AS ?x{i})"
            if exact is not None else "")
    return (f"{{ SELECT ?s (SUM(?sc{i} * ?w{i} / (1 + STRLEN(STR(?o{i})) / {HALF_WEIGHT_CHARS}.0)) AS ?r{i}){flag} "
            f"WHERE {{ VALUES (?p{i} ?w{i}) {{ {table} }} ?s ?p{i} ?o{i} . "
            f"?o{i} bif:contains {expr} OPTION (score ?sc{i}) }} GROUP BY ?s }}")


def _filters(query: fts.Query, base: str, ours: str, classes: Iterable[str]) -> str:
    """The FILTERs on ``?s``: ours, not an audit record or agent, then class, year and field."""
    parts = [f"FILTER(STRSTARTS(STR(?s), {Literal(base + 'id/').n3()})"
             + "".join(f" && !STRSTARTS(STR(?s), {Literal(base + 'id/' + k).n3()})" for k in fts.SKIPPED_KINDS)
             + ")"]
    if query.cls:
        listed = ", ".join(URIRef(c).n3() for c in sorted(classes))
        parts.append(f"FILTER EXISTS {{ ?s <{RDF.type}> ?t FILTER(?t IN ({listed})) }}")
    if query.year is not None:
        dates = ", ".join(p.n3() for p in (*fts.DATES, URIRef(ours + "year")))
        parts.append(f"FILTER EXISTS {{ ?s ?dp ?d FILTER(?dp IN ({dates}) && "
                     f"SUBSTR(STR(?d), 1, 4) = {Literal(f'{query.year:04d}').n3()}) }}")
    if query.field:
        parts.append(f"FILTER EXISTS {{ ?s {fts.FIELDS[0].n3()} {URIRef(query.field).n3()} }}")
    return " ".join(parts)


def ranking_queries(query: fts.Query, base: str, ours: str, classes: Iterable[str] = ()) -> tuple[str, str] | None:
    """The SPARQL of one page of hits (``?s ?score``, best first) and of their number; None without a word."""
    found = words(query.text)
    if not found:
        return None
    table = " ".join(f"(<{p}> {w})" for p, w in weights(ours).items())
    # a word asked twice is one pattern (each is a join in Virtuoso)
    asked = list(dict.fromkeys((w.casefold(), i == len(found) - 1) for i, w in enumerate(found)))
    typed = " ".join(found).lower()  # the words only: nothing else of the text reaches the query
    patterns = " ".join(_word_pattern(i, w, prefix, table, typed if i == 0 else None)
                        for i, (w, prefix) in enumerate(asked))
    where = f"{patterns} {_filters(query, base, ours, classes)}"
    score = " + ".join(f"?r{i}" for i in range(len(asked))) + f" + {EXACT_NAME_BONUS} * ?x0"
    page = (f"SELECT ?s (({score}) AS ?score) WHERE {{ {where} }} ORDER BY DESC(?score) ?s "
            f"LIMIT {int(query.limit)} OFFSET {int(query.offset)}")
    return page, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"


def _fold(text: str) -> str:
    """Case and accents folded, to mark the words in a snippet as a reader would see them matched."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def snippet(texts: Iterable[str], found: list[str]) -> str:
    """The part of the first of ``texts`` that holds most of ``found`` (:data:`SNIPPET_WORDS` words,
    ``…`` where cut), the matched words between the index's marks; the last word matches as a prefix
    when it is long enough to be one."""
    wanted = [_fold(w) for w in found]
    last_prefix = bool(wanted) and len(wanted[-1]) >= MIN_PREFIX

    def hit(token: str) -> bool:
        t = _fold(token)
        return t in wanted[:-1] or (t.startswith(wanted[-1]) if last_prefix else t == wanted[-1]) if wanted else False

    best: tuple[int, str, list[re.Match[str]]] = (-1, "", [])
    for text in texts:
        tokens = list(_WORDS.finditer(text))
        count = len({_fold(m.group()) for m in tokens if hit(m.group())})
        if count > best[0]:
            best = (count, text, tokens)
    _, text, tokens = best
    if not tokens:
        return text
    first = next((i for i, m in enumerate(tokens) if hit(m.group())), 0)
    start = max(0, min(first - 2, len(tokens) - SNIPPET_WORDS))
    end = min(len(tokens), start + SNIPPET_WORDS)
    out, pos = [], tokens[start].start() if start else 0
    for m in tokens[start:end]:
        out.append(text[pos:m.start()])
        out.append(f"{fts._OPEN}{m.group()}{fts._CLOSE}" if hit(m.group()) else m.group())
        pos = m.end()
    out.append(text[pos:] if end == len(tokens) else "")
    return ("…" if start else "") + "".join(out) + ("…" if end < len(tokens) else "")


def _texts(doc: fts.Doc) -> list[str]:
    """A resource's searched text, column by column as the SQLite index holds it."""
    return [" · ".join(sorted(str(v) for v in doc.labels)), " · ".join(sorted(set(doc.alts))),
            " ".join(sorted(set(doc.codes))), " · ".join(sorted(str(v) for v in doc.titles)),
            "\n".join(sorted(doc.bodies))]


class TextSearch:
    """``/search`` answered by Virtuoso's free-text index, :class:`.search.Index` behind it."""

    def __init__(self, store: Store, index: fts.Index, base: str, ours: str, lag: float) -> None:
        self.store = store
        self.index = index
        self.base = base
        self.ours = ours
        self.lag = lag
        self._written_at = float("-inf")
        self._usable: bool | None = None
        self._probed_at = float("-inf")

    def written(self) -> None:
        """A write was committed (an ``after_write`` hook): for ``lag`` seconds our index answers."""
        self._written_at = time.monotonic()

    def usable(self) -> bool:
        """Whether Virtuoso's free-text index holds our data: a word of one of our labels is looked
        up in it (nothing to look up yet: assumed so). Known for good once true; once false, asked
        again after :data:`PROBE_SECONDS`."""
        now = time.monotonic()
        if self._usable or (self._usable is False and now - self._probed_at < PROBE_SECONDS):
            return bool(self._usable)
        self._probed_at = now
        try:
            held = self._probe()
        except StoreError as exc:
            log.warning("search: Virtuoso's free-text index could not be asked (%s); /search answers "
                        "from the SQLite index", exc)
            held = False
        if held is False and self._usable is not False:
            log.warning("search: Virtuoso's free-text index does not hold this store's labels (no indexing "
                        "rule, or its batch has not run: is SchedulerInterval set?); /search answers from "
                        "the SQLite index until it does. In Virtuoso's isql: "
                        "DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'All'); DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ();")
        elif held and self._usable is False:
            log.info("search: Virtuoso's free-text index holds this store's labels; /search uses it")
        self._usable = held
        return held

    def _probe(self) -> bool:
        rows = self.store.select(
            f"SELECT ?s ?o WHERE {{ ?s {fts.LABELS[0].n3()} ?o FILTER(isLiteral(?o) && "
            f"STRSTARTS(STR(?s), {Literal(self.base + 'id/').n3()})) }} LIMIT 1")
        found = words(str(rows[0]["o"])) if rows else []
        if not found:
            return True
        word = max(found, key=len)
        return self.store.ask(f"ASK {{ {URIRef(str(rows[0]['s'])).n3()} ?p ?o . "
                              f"?o bif:contains {Literal(contains_expression(word, False)).n3()} }}")

    def search(self, query: fts.Query) -> tuple[list[fts.Hit], int, str]:
        """The hits of one page, the number of all hits, and which engine found them."""
        if not words(query.text):
            return [], 0, ENGINE_VIRTUOSO
        if time.monotonic() - self._written_at >= self.lag and self.usable():
            try:
                hits, total = self._virtuoso(query)
            except StoreError as exc:
                if any(marker in str(exc) for marker in FREE_TEXT_ERRORS):
                    log.info("search: Virtuoso refused the words of %r (%s); answered from the SQLite index",
                             query.text[:80], str(exc)[:200])
                else:
                    log.warning("search: Virtuoso's free-text search failed (%s); answered from the SQLite index",
                                str(exc)[:300])
            else:
                if total or query.offset:
                    return hits, total, ENGINE_VIRTUOSO
        hits, total = self.index.search(query)
        return hits, total, ENGINE_INDEX

    def _virtuoso(self, query: fts.Query) -> tuple[list[fts.Hit], int]:
        classes: set[str] = set()
        if query.cls:
            supers = fts._superclasses(self.store)
            classes = {query.cls} | {c for c, ups in supers.items() if query.cls in ups}
        sparql = ranking_queries(query, self.base, self.ours, classes)
        assert sparql is not None
        page, count = sparql
        rows = self.store.select(page)
        total = int(str(self.store.select(count)[0]["n"])) if len(rows) == query.limit or query.offset else len(rows)
        scores = {str(r["s"]): float(str(r["score"])) for r in rows}
        docs = {d.iri: d for d in fts.collect(self.store, self.base, list(scores))} if scores else {}
        found = words(query.text)
        hits = []
        for iri, score in scores.items():
            doc = docs.get(iri) or fts.Doc(iri)
            hits.append(fts.Hit(iri=iri, label=doc.label(), type=doc.shown,
                                type_label=humanize(local_name(doc.shown)) if doc.shown else "",
                                snippet=snippet(_texts(doc), found), year=doc.year, score=score))
        return hits, total


def text_search_for(svc: object, index: fts.Index) -> TextSearch | None:
    """The store's own text search for the app's services, None where it has none (or the setting
    ``search_text`` is ``index``, or the store is embedded): a remote store that runs ``bif:contains``
    is Virtuoso's; Oxigraph's server and others refuse it and keep our index."""
    settings, store = svc.settings, svc.store  # type: ignore[attr-defined]
    if settings.search_text not in SEARCH_TEXT_CHOICES:
        raise UsageError(f"OSCE_KG_SEARCH_TEXT is {settings.search_text!r}; it must be one of "
                         f"{', '.join(SEARCH_TEXT_CHOICES)}")
    if settings.search_text != "auto" or settings.store_kind != "remote" or not has_bif_contains(store):
        return None
    log.info("search: /search is answered by Virtuoso's free-text index (bif:contains)")
    # its own connections, each answer awaited at most search_text_timeout: past it, our index answers
    bounded = store.with_timeout(settings.search_text_timeout) if hasattr(store, "with_timeout") else store
    return TextSearch(bounded, index, svc.minter.base, str(svc.minter.vocab), settings.search_text_lag)  # type: ignore[attr-defined]


def has_bif_contains(store: Store) -> bool:
    """Whether the store runs Virtuoso's ``bif:contains`` (asked, not guessed from its class: a store
    that does not know it refuses the query)."""
    try:
        store.ask("ASK { ?s ?p ?o . ?o bif:contains \"'osce'\" }")
    except Exception as exc:  # a refusal comes as the store's error, whatever its class
        log.info("search: the store has no bif:contains (%s); /search uses the SQLite index", str(exc)[:200])
        return False
    return True
