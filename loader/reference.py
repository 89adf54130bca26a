"""Curated reference data: the canonical names of States, OSCE bodies, field operations, ...

The data lives in ``loader/data/*.csv`` (UTF-8, one header row, ``|`` between several
values in one cell) and is read once per process::

    from osce_kg.loader.reference import reference

    ref = reference()                                   # cached; cheap to call again
    ref.lookup("state", "Czech Republic")               # -> "Czechia"
    ref.lookup("state", "Belgian")                      # -> "Belgium" (national adjective)
    ref.lookup("organization", "ODIHR")                 # -> "OSCE Office for Democratic ..."
    ref.lookup("field_operation", "OSCE Mission to BiH")  # -> "OSCE Mission to Bosnia and Herzegovina"
    ref.lookup("field", "Combating human trafficking")  # -> "Combating trafficking in human beings"
    ref.find_all("state", "the Belgian Foreign Minister met Czech officials")
        # -> [(4, 11, "Belgium"), (36, 41, "Czechia")]   (start, end, label); end exclusive
    ref.scan(text)                                      # every kind at once, longest match wins
    ref.chair(2025)                                     # -> "Finland"
    ref.state("Finland").iso2                           # -> "FI"
    split_chairpersonship("Finland – OSCE Chairpersonship 2025")  # -> ("Finland", 2025)

Kinds (:data:`KINDS`): ``state`` (every sovereign State: participating, Partner, other,
former), ``partner`` (the two Partner groups), ``field_operation``, ``organization``
(OSCE bodies and non-OSCE organizations, not field operations), ``field`` (fields of
work), ``series`` (meeting and conference series), ``city``, ``territory`` (Kosovo and
other areas that are not States), ``post`` (standing posts such as the Chairperson-in-Office,
whoever holds them, with the organization they are in; it comes last so that a body and a
post of the same name scan as the body).

Matching is case- and accent-insensitive, ignores a leading "the", treats every dash
alike and repairs words that mix Cyrillic look-alike letters into Latin ones. Acronyms
(``ODIHR``, ``US``, ``BiH``) are matched with their exact case by :meth:`Reference.scan`,
so the pronoun "us" is never the United States; :meth:`Reference.lookup` of a whole name
ignores case throughout. Lookups try the name with and without a leading "OSCE ".
Canonical labels follow the README's "Naming conventions".

Names in other languages: ``state_names.csv`` and ``field_operation_names.csv`` list them per
language (``state,lang,names``), and :data:`FIELD_OPERATION_PARTS` builds field operations' names
from their parts; with their case forms (:data:`DECLENSIONS`) they are matched, never published as
labels, and never take a name the data lists (:meth:`Reference.listed`).
"""
from __future__ import annotations

import csv
import functools
import gc
import marshal
import operator
import os
import re
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar
from urllib.parse import urlsplit

from osce_kg.loader.errors import OsceKgError

_T = TypeVar("_T")

KINDS = ("state", "partner", "field_operation", "organization", "field", "series", "city",
         "territory", "post")

#: the IRI kind (``Minter.resource(kind, ...)``) of each reference kind
IRI_KIND = {"state": "state", "partner": "partner", "field_operation": "field-operation",
            "organization": "organization", "field": "field", "series": "series",
            "city": "city", "territory": "territory", "post": "post"}

#: field-operation types as written in the data, in the order of the ontology's subclasses
FIELD_OPERATION_TYPES = ("Mission", "Presence", "Centre", "Programme Office",
                         "Project Co-ordinator", "Office", "Other")

#: organization kinds in the data
ORGANIZATION_KINDS = ("osce", "executive", "secretariat-unit", "institution", "related-body",
                      "decision-making-body", "external")


class ReferenceDataError(OsceKgError):
    """The packaged reference data is inconsistent (a bug in ``loader/data``)."""


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class State:
    label: str
    iso2: str | None
    wikidata: str | None
    role: str                       # participating | partner | other | former
    partner_group: str | None
    alt_labels: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True)
class PartnerGroup:
    label: str
    alt_labels: tuple[str, ...]


@dataclass(frozen=True)
class FieldOperation:
    label: str
    type: str                       # one of FIELD_OPERATION_TYPES
    host: str                       # label of a State or a territory (Kosovo)
    status: str                     # active | closed
    successor: str | None           # label of the field operation it became
    changed: int | None             # year the successor took over
    city: str | None
    acronyms: tuple[str, ...]
    alt_labels: tuple[str, ...]


@dataclass(frozen=True)
class Organization:
    label: str
    kind: str                       # one of ORGANIZATION_KINDS
    parent: str | None              # label of the organization (or field operation) it is part of
    acronyms: tuple[str, ...]
    alt_labels: tuple[str, ...]
    wikidata: str | None
    city: str | None
    successor: str | None


@dataclass(frozen=True)
class FieldOfWork:
    label: str
    alt_labels: tuple[str, ...]


@dataclass(frozen=True)
class Series:
    label: str
    alt_labels: tuple[str, ...]
    organizer: str | None           # organization label
    parent: str | None              # series label


@dataclass(frozen=True)
class City:
    label: str
    state: str                      # State or territory label
    alt_labels: tuple[str, ...]
    wikidata: str | None


@dataclass(frozen=True)
class Territory:
    label: str
    state: str | None
    wikidata: str | None
    alt_labels: tuple[str, ...]


@dataclass(frozen=True)
class Post:
    label: str
    organization: str               # label of the organization the post is in
    acronyms: tuple[str, ...]
    alt_labels: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """One name found in a text by :meth:`Reference.scan`; ``text[start:end]`` is what matched."""

    start: int
    end: int
    kind: str
    label: str
    adjective: bool = False         # matched a national adjective ("Belgian")
    #: the language whose case form matched ("sk" for the Slovak genitive "Slovenska"), "" for a listed name
    form_of: str = ""


# ---------------------------------------------------------------- normalising

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad"), "-")
# (and Uzbek's oʻ and gʻ, written with the turned comma, a left quote or an apostrophe: "Oʻzbekiston", "O‘zbekiston")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u02bb\u02bc\u0060\u00b4"), "'")
_FOLD = {**_DASHES, **_QUOTES, ord("\u00a0"): " ", ord("ß"): "ss", ord("ı"): "i",
         ord("ø"): "o", ord("đ"): "d", ord("ł"): "l", ord("æ"): "ae", ord("œ"): "oe"}
# Cyrillic letters that look Latin; applied only inside words that also hold Latin letters
_HOMOGLYPHS = str.maketrans("аеорсхуіјѕԁӏАВЕКМНОРСТХІЈЅ", "aeopcxyijsdlABEKMHOPCTXIJS")
_WORD = re.compile(r"\w+|[^\w\s]")
_ASCII_LOWER = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_LATIN = re.compile(r"[a-zA-Z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _fix_word(word: str) -> str:
    if _LATIN.search(word) and _CYRILLIC.search(word):
        return word.translate(_HOMOGLYPHS)
    return word


def _fix_words(text: str) -> str:
    """Repair Cyrillic look-alikes inside Latin words; keeps every offset (1:1 mapping)."""
    if not _CYRILLIC.search(text):
        return text
    return re.sub(r"\S+", lambda m: _fix_word(m.group()), text)


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character, lower-cased and stripped of accents (may be empty or several)."""
    ch = ch.translate(_FOLD).casefold()
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: characters beyond ASCII (and the backtick) -> their folded form, filled as texts bring them
_FOLD_TABLE: dict[int, str] = {}
#: the characters already seen (folded into the table, or ASCII that folds to itself)
_FOLDED: set[str] = set()


#: a word longer than this is folded afresh, never kept by :func:`_word_tokens`: 16,384 entries of at most
#: 64 characters are a few MiB at most, where whole long words could hold gigabytes (tests/test_load_memory.py)
CACHED_WORD_CHARS = 64


@functools.lru_cache(maxsize=16384)   # (a read worker's caches stay within 16,384 entries: tests/test_load_memory.py)
def _word_tokens(word: str) -> tuple[str, ...]:
    """The folded tokens of one word (a run of no whitespace): a name's words recur (its case forms, other names
    of its kind), so each is folded once, not once per name (half of the 0.5 s the index build spent here)."""
    word = _fix_word(word)                # only a word holding Cyrillic letters can hold look-alikes to repair
    if word.isascii() and "`" not in word:
        folded = word.lower()
    else:                                 # one translation table for every text, not one call per character
        new = set(word) - _FOLDED
        if new:
            for c in new:
                if ord(c) > 127 or c == "`":
                    _FOLD_TABLE[ord(c)] = _fold_char(c)
            _FOLDED.update(new)
        folded = word.translate(_FOLD_TABLE).lower()
    return tuple(_WORD.findall(folded))


def normalize(text: str) -> str:
    """The matching key of a name: ``"  The Türkiye’s "`` -> ``"turkiye's"``."""
    if len(text) <= CACHED_WORD_CHARS:   # (every word short: the cache's keys and answers stay small)
        tokens = [token for word in text.split() for token in _word_tokens(word)]
    else:                                 # a longer word is folded afresh, never kept (a hostile page's can be MBs)
        tokens = [token for word in text.split() for token in (
            _word_tokens(word) if len(word) <= CACHED_WORD_CHARS else _word_tokens.__wrapped__(word))]
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    while tokens and tokens[-1] in {".", ",", ";", ":"} and len(tokens) > 1 and not _is_abbrev(tokens):
        tokens = tokens[:-1]
    return " ".join(tokens)


def _is_abbrev(tokens: list[str]) -> bool:
    # "u . s ." keeps its final dot
    return len(tokens) >= 4 and tokens[-1] == "." and len(tokens[-2]) == 1 and tokens[-3] == "."


def _tokens_with_spans(text: str) -> list[tuple[str, int, int]]:
    """Folded tokens of ``text`` with their (start, end) offsets in the original text."""
    fixed = _fix_words(text)
    table = {ord(c): _fold_char(c) for c in set(fixed) if ord(c) > 127 or c == "`"}
    if all(len(v) == 1 for v in table.values()):
        # the common case: every character folds to one character, so offsets are kept
        folded = fixed.translate(table).lower()
        return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]
    # a character folds to none or several ("ß" -> "ss"): each folded character's offset in the text is kept. A
    # regex finds the few such characters; the runs between them are copied whole (not a loop over every character)
    flat = fixed.translate({**table, **_ASCII_LOWER})    # (ASCII lower-cased, other characters folded as listed)
    origin: list[int] = []
    done = 0
    for m in re.finditer(f"[{re.escape(''.join(sorted(chr(k) for k, v in table.items() if len(v) != 1)))}]", fixed):
        origin.extend(range(done, m.start()))
        origin.extend([m.start()] * len(table[ord(m.group())]))
        done = m.end()
    origin.extend(range(done, len(fixed)))
    return [(m.group(), origin[m.start()], origin[m.end() - 1] + 1) for m in _WORD.finditer(flat)]


def _is_acronym(alias: str) -> bool:
    if len(alias) > 20:                   # five letters at most: a long name is none (and most names are long)
        return False
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2


def split_chairpersonship(text: str) -> tuple[str, int | None]:
    """``"Finland – OSCE Chairpersonship 2025"`` -> ``("Finland", 2025)``; other text -> ``(text, None)``."""
    m = re.match(r"^\s*(.+?)\s*[-\u2010-\u2015\u2212]+\s*(?:OSCE\s+)?Chair(?:person|man)ship\s+(\d{4})\s*$",
                 text, flags=re.IGNORECASE)
    if not m:
        return text.strip(), None
    return m.group(1), int(m.group(2))


# ---------------------------------------------------------------- loading


#: an alternative label may end in a BCP 47 language tag: ``Россия@ru``, ``Nederland@nl``
_TAG = re.compile(r"@([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$")


def _split(cell: str | None) -> tuple[str, ...]:
    """The values of a ``|``-separated cell, without their language tags."""
    return tuple(_TAG.sub("", x.strip()).strip() for x in (cell or "").split("|") if x.strip())


def _tags(cell: str | None) -> dict[str, str]:
    """Alias text -> language tag, for the values of a cell that carry one."""
    found = {}
    for value in (cell or "").split("|"):
        m = _TAG.search(value.strip())
        if m:
            found[value.strip()[:m.start()].strip()] = m.group(1)
    return found


def _opt(cell: str | None) -> str | None:
    return (cell or "").strip() or None


def _text(name: str) -> str:
    """The text of ``loader/data/{name}.csv``.

    Raises:
        ReferenceDataError: the file is missing.
    """
    try:
        return resources.files("osce_kg.loader").joinpath("data", f"{name}.csv").read_text("utf-8")
    except FileNotFoundError as exc:
        raise ReferenceDataError(f"reference data file {name}.csv is missing") from exc


@dataclass
class _Alias:
    label: str
    text: str
    exact_case: bool
    adjective: bool
    #: a name from another language's table or its case form, never a listed name's rival
    generated: bool = False
    #: the language a case form was made in by its rules ("sk": "Slovenska", the genitive of "Slovensko"), ""
    #: for a name as listed: a form is a word of its own language, which another may spell alike with another
    #: meaning (Slovene "slovenska" is "Slovenian")
    form_of: str = ""


@dataclass
class Reference:
    """The curated reference data with name lookup; build it with :func:`reference`."""

    states: dict[str, State]
    partner_groups: dict[str, PartnerGroup]
    field_operations: dict[str, FieldOperation]
    organizations: dict[str, Organization]
    fields_of_work: dict[str, FieldOfWork]
    series: dict[str, Series]
    cities: dict[str, City]
    territories: dict[str, Territory]
    chairpersonships: dict[int, str]
    #: alias text -> BCP 47 tag, for alternative labels in another language than English
    languages: dict[str, str] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    #: "osce.org/odihr", "bishkek.osce.org", "oscepa.org" -> the body that site section is (its label)
    site_sections: dict[str, str] = field(default_factory=dict)
    #: kind -> a State's or field operation's label -> its names in other languages, (name, BCP 47
    #: tag), from ``state_names.csv`` and ``field_operation_names.csv`` (matched with their case
    #: forms) and, under "field_operation_built", built from parts; matched only, not published
    names: dict[str, dict[str, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    _index: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _trie: dict[str, dict[tuple[str, ...], list[_Alias]]] = field(default_factory=dict, repr=False)
    _prefixes: dict[str, set[tuple[str, ...]]] = field(default_factory=dict, repr=False)
    _union: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict, repr=False)
    _listed: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    #: a city's name in capitals -> its curated spelling, where only one spelling gives those capitals
    _city_caps: dict[str, str] = field(default_factory=dict, repr=False)
    #: indexes other modules derive from this data (:meth:`derived`), by their key; never passed on
    #: (``dataclasses.replace`` makes a Reference of other data with none)
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    # -- public API -----------------------------------------------------

    def records(self, kind: str) -> dict:
        """label -> record for ``kind`` (:data:`KINDS`).

        Raises:
            ValueError: ``kind`` is not one of :data:`KINDS`.
        """
        tables: dict[str, dict[str, Any]] = {"state": self.states, "partner": self.partner_groups,
                  "field_operation": self.field_operations, "organization": self.organizations,
                  "field": self.fields_of_work, "series": self.series, "city": self.cities,
                  "territory": self.territories, "post": self.posts}
        if kind not in tables:
            raise ValueError(f"unknown reference kind {kind!r}; expected one of {KINDS}")
        return tables[kind]

    def labels(self, kind: str) -> list[str]:
        """Canonical labels of ``kind`` in data-file order."""
        return list(self.records(kind))

    def get(self, kind: str, name: str):
        """The record whose canonical label or any alias is ``name``, else None."""
        label = self.lookup(kind, name)
        return self.records(kind)[label] if label else None

    def lookup(self, kind: str, text: str | None) -> str | None:
        """The canonical label ``text`` names (label, alt label, acronym or adjective), else None.

        Tries ``text`` as given, then without / with a leading "OSCE ".

        Raises:
            ValueError: ``kind`` is not one of :data:`KINDS`.
        """
        index = self._index_of(kind)
        if not text:
            return None
        key = normalize(text)
        for candidate in (key, key.removeprefix("osce "), "osce " + key):
            if candidate in index:
                return index[candidate]
        return None

    def listed(self, kind: str, text: str) -> bool:
        """``text`` is a name the data lists for a record of ``kind`` (its label or an alternative
        label), not a case form generated from one nor a name in another language's table."""
        if kind not in self._listed:
            self._listed[kind] = frozenset(normalize(n) for r in self.records(kind).values()
                                           for n in (r.label, *getattr(r, "alt_labels", ())))
        return normalize(text) in self._listed[kind]

    def find_all(self, kind: str, text: str, *, adjectives: bool = True) -> list[tuple[int, int, str]]:
        """Every mention of ``kind`` in ``text`` as ``(start, end, label)``, left to right.

        National adjectives ("Belgian") count for States unless ``adjectives=False``.
        """
        return [(m.start, m.end, m.label) for m in self.scan(text, (kind,), adjectives=adjectives)]

    def scan(self, text: str, kinds: Iterable[str] = KINDS, *, adjectives: bool = True,
             language: str | None = None) -> list[Match]:
        """Mentions of any of ``kinds`` in ``text``, left to right, never overlapping.

        At each position the longest name wins, across kinds ("OSCE Mission to Serbia" is a
        field operation, not the State Serbia); on equal length the earlier kind in ``kinds``.
        Where two languages' case forms are spelt alike, the form of the text's ``language`` wins
        (Slovak "Slovenska", of Slovakia, is Slovene "slovenska", Slovenian); a listed name always does.
        """
        kinds = tuple(kinds)
        for kind in kinds:
            self._index_of(kind)
        tokens = _tokens_with_spans(text)
        words = [t[0] for t in tokens]
        prefixes = self._prefixes_of(kinds)
        found: list[Match] = []
        i = 0
        while i < len(tokens):
            hit = (self._match_at(text, tokens, words, i, kinds, adjectives, prefixes, language)
                   if (words[i],) in prefixes else None)
            if hit is None:
                i += 1
                continue
            size, match = hit
            found.append(match)
            i += size
        return found

    def chair(self, year: int) -> str | None:
        """The State holding the Chairpersonship in ``year`` (canonical label), else None."""
        return self.chairpersonships.get(year)

    def state(self, name: str) -> State | None:
        return self.get("state", name)

    def field_operation(self, name: str) -> FieldOperation | None:
        return self.get("field_operation", name)

    def organization(self, name: str) -> Organization | None:
        return self.get("organization", name)

    def section_body(self, url: str | None) -> str | None:
        """The OSCE body whose site section ``url`` is in, else None.

        A field office's subdomain (``bishkek.osce.org``), a body's own site (``oscepa.org``,
        any subdomain of it), a section of osce.org or of a copy of it (``osce.org/odihr/...``,
        ``d6.web.osce.org/fom/...``), and a mirror that keeps osce.org's paths, a section then
        a numeric node (``shhada.ir/bih/53214``). A leading language segment (``/ru/``) is
        skipped. Never raises.
        """
        try:
            parts = urlsplit(url or "")
        except ValueError:
            return None
        host = (parts.hostname or "").removeprefix("www.").rstrip(".")
        segments = [s for s in parts.path.split("/") if s]
        if segments and re.fullmatch(r"[a-z]{2}(?:-[a-z]{2,4})?", segments[0]):
            segments = segments[1:]
        for site, body in self.site_sections.items():
            if "/" not in site and (host == site or host.endswith("." + site)) and site != "osce.org":
                return body
        section = segments[0].lower() if segments else ""
        found = self.site_sections.get(f"osce.org/{section}")
        if found is None:
            return None
        body = found
        if host == "osce.org" or host.endswith(".osce.org"):
            return body
        return body if segments[-1].isdigit() and len(segments) >= 2 else None

    def city_spelling(self, name: str) -> str | None:
        """The curated spelling of a city's name written in capitals, where upper-casing merged
        letters (``"BAKI"`` -> ``"Bakı"``, not "Baki"), else None."""
        return self._city_caps.get(name.upper())

    def predecessors(self, label: str) -> list[str]:
        """Field operations or organizations whose successor is ``label``."""
        pool: list[FieldOperation | Organization] = [*self.field_operations.values(), *self.organizations.values()]
        return [r.label for r in pool if r.successor == label]

    def derived(self, key: str, build: Callable[[Reference], _T]) -> _T:
        """The index ``build(self)`` makes from this data, built at the first call for ``key`` and kept on
        this instance, so that it lives and dies with it (a module's table keyed by ``id(reference)`` could
        hand a new Reference the entries of a freed one whose id it reuses). ``key`` names the index in its
        module ("mentions.organization_stems"); an index that grows with the documents read (a cache of
        lookups) bounds itself, at most 16,384 entries (tests/test_load_memory.py)."""
        try:
            return self._derived[key]
        except KeyError:
            built = self._derived[key] = build(self)
            return built

    # -- internals ------------------------------------------------------

    def _match_at(self, text, tokens, words, i, kinds, adjectives, prefixes, language=None):
        # grow the key while some kind has a name starting with it, then try longest first
        size = 1
        while i + size < len(tokens) and tuple(words[i:i + size + 1]) in prefixes:
            size += 1
        for n in range(size, 0, -1):
            key = tuple(words[i:i + n])
            start, end = tokens[i][1], tokens[i + n - 1][2]
            if not _word_edges(text, start, end):
                continue
            for kind in kinds:
                if kind == "city" and text[start].islower():
                    continue        # a city is capitalised in running text: "nice", "split", "vena"
                aliases = self._trie[kind].get(key)
                if not aliases:
                    continue
                candidates = [alias for alias in aliases
                              if not alias.exact_case or text[start:end].translate(_DASHES) ==
                              alias.text.translate(_DASHES) or (len(alias.text) >= 5 and not _is_acronym(alias.text)
                                                                and text[start:end] == alias.text.upper())]
                # (a name in capitals is still that name: "ԱՐՄԵՆՊՐԵՍ", "КАЗИНФОРМ"); where another language's case
                # form is spelt alike, the text's language's reading (or a name as listed) wins, also when that
                # reading is an adjective that is not asked for
                if language and len(candidates) > 1:
                    candidates = [a for a in candidates if same_language(a.form_of, language)] or candidates
                found = next((a for a in candidates if adjectives or not a.adjective), None)
                if found is not None:
                    return n, Match(start, end, kind, found.label, found.adjective, found.form_of)
        return None

    def _prefixes_of(self, kinds: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
        if kinds not in self._union:
            self._union[kinds] = frozenset().union(*(self._prefixes[k] for k in kinds))
        return self._union[kinds]

    def _index_of(self, kind: str) -> dict[str, str]:
        if kind not in KINDS:
            raise ValueError(f"unknown reference kind {kind!r}; expected one of {KINDS}")
        if kind not in self._index:
            self._build(kind)
        return self._index[kind]

    def _build(self, kind: str) -> None:
        index: dict[str, str] = {}
        trie: dict[tuple[str, ...], list[_Alias]] = {}
        for alias in _aliases(kind, self.records(kind).values(), self.languages, self.names.get(kind),
                              self.names.get(kind + "_built"), self.names.get(kind + "_adjective")):
            key = normalize(alias.text)
            tokens = tuple(key.split(" "))
            # (an acronym written in capitals and as a word, "NATO" and "Nato", both match as written)
            # (most names' words are no other's: no search is begun for them)
            same = None if tokens not in trie else next(
                (a for a in trie[tokens] if a.label == alias.label and a.exact_case == alias.exact_case
                 and a.adjective == alias.adjective and (not a.exact_case or a.text == alias.text
                                                         or a.text.casefold() != alias.text.casefold())), None)
            if same is not None and same.form_of:      # a form of several languages ("Slovenska": sk and cs)
                same.form_of = "" if not alias.form_of else "|".join(
                    dict.fromkeys((*same.form_of.split("|"), *alias.form_of.split("|"))))
            if alias.generated and key in index:
                # another record's name or case form spelt alike as a case form is kept behind it, for a text in
                # its own language, unless a listed name has the words (that name keeps its meaning)
                if same is None and tokens in trie and all(a.form_of for a in trie[tokens]):
                    trie[tokens].append(alias)
                continue
            index.setdefault(key, alias.label)
            if same is None:
                trie.setdefault(tokens, []).append(alias)
        self._index[kind] = index
        self._trie[kind] = trie
        self._prefixes[kind] = {k[:n] for k in trie for n in range(1, len(k) + 1)}


def _word_edges(text: str, start: int, end: int) -> bool:
    """The match neither starts nor ends inside a word ("US" in "USSR" is no match)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())


def _aliases(kind: str, records: Iterable, languages: dict[str, str] | None = None,
             names: dict[str, tuple[tuple[str, str], ...]] | None = None,
             built: dict[str, tuple[tuple[str, str], ...]] | None = None,
             adjectives: dict[str, tuple[tuple[str, str], ...]] | None = None) -> Iterable[_Alias]:
    """Every name of every record; the canonical label first so it wins the index.

    A State's or an organization's name tagged with an inflecting language (``Россия@ru``,
    ``Rusia@ro``, ``საქართველო@ka``, ``italienisch@de``, ``Savet bezbednosti UN@sr-Latn``) also
    yields its case forms (:func:`inflections`).
    """
    records = list(records)
    languages = languages or {}
    for r in records:
        yield _Alias(r.label, r.label, _is_acronym(r.label), False)
    for r in records:
        for alt in r.alt_labels:
            yield _Alias(r.label, alt, _is_acronym(alt) or _is_bare_noun(kind, alt) or _is_short_city(kind, alt),
                         False)
        for acro in getattr(r, "acronyms", ()):
            yield _Alias(r.label, acro, True, False)
    for r in records:
        for adj in getattr(r, "adjectives", ()):
            yield _Alias(r.label, adj, False, True)
    if kind in ("field_operation", "organization"):
        for r in records:                 # "OSCE Center in Ashgabat": the US spelling of a name
            for name in (r.label, *r.alt_labels):
                if re.search(r"\bCentre\b", name):
                    yield _Alias(r.label, re.sub(r"\bCentre\b", "Center", name), False, False)
    if kind in ("state", "organization", "city"):
        for r in records:
            for alt in r.alt_labels:
                for form in inflections(alt, languages.get(alt)):
                    yield _Alias(r.label, form, False, False, form_of=_language_of(languages.get(alt)))
            for adj in getattr(r, "adjectives", ()):
                for form in inflections(adj, languages.get(adj)):
                    yield _Alias(r.label, form, False, True, form_of=_language_of(languages.get(adj)))
    if names or built:
        yield from _other_names(records, names or {}, built or {})
    if adjectives:
        yield from _adjectives_in_languages(records, adjectives)


def _adjectives_in_languages(records: list, adjectives: dict[str, tuple[tuple[str, str], ...]]) -> Iterable[_Alias]:
    """A State's national adjectives in other languages (``state_adjectives.csv``: "российский",
    "rosyjski", "allemand", "zviceran") with their gender, number and case forms by the language's
    rules (:data:`ADJECTIVE_DECLENSIONS`): "российского", "Rosyjska", "allemande", "zvicerane".
    Generated, so a listed name of the kind keeps its meaning. German and Dutch give only the forms
    with an ending: a bare "Russisch" is the language ("auf Russisch", "in het Russisch")."""
    for r in records:
        for adjective, tag in adjectives.get(r.label, ()):
            lang = tag.split("-")[0] if tag.split("-")[0] not in ("mk", "bg") else "sr"
            rules = ADJECTIVE_DECLENSIONS.get(f"{lang}-Cyrl" if lang == "sr" and _CYRILLIC.search(adjective)
                                              else lang, ())
            if lang == "de" and adjective.endswith("er"):
                # a German adjective of a place name in -er does not decline ("der Schweizer Bundespräsident")
                yield _Alias(r.label, adjective, False, True, True, "")
                continue
            forms = _word_forms(adjective, rules) if rules else [adjective]
            for form in forms[1:] if lang in ("de", "nl") and rules else forms:
                yield _Alias(r.label, form, False, True, True, "" if form == adjective else _language_of(tag))


def _other_names(records: list, names: dict[str, tuple[tuple[str, str], ...]],
                 built: dict[str, tuple[tuple[str, str], ...]]) -> Iterable[_Alias]:
    """A record's names in other languages (``state_names.csv``, ``field_operation_names.csv``) and
    their case forms by the language's rules: every word in the same case ("Posebno opazovalno misijo
    OVSE"), and the head word alone, the first or, where the language puts the head last, the last
    ("EBESZ szerbiai missziójának", "Кыргыз Республикасынын").

    Names built from parts (:data:`FIELD_OPERATION_PARTS`) come in every case already.
    They come after every listed name and are ``generated``: a form that is already another name
    of the kind (the Finnish genitive "Albanian" is the English adjective) is left out by
    :meth:`Reference._build`, so the listed name keeps its meaning.
    """
    for r in records:
        for name, tag in names.get(r.label, ()):
            forms = [name, *inflections(name, tag), *_head_forms(name, tag)]
            if "ʻ" in name or "‘" in name:     # "Oʻzbekiston" is also typed "O'zbekiston"
                forms += [f.replace("ʻ", "'").replace("‘", "'") for f in forms]
            listed = {name, name.replace("ʻ", "'").replace("‘", "'")}
            for form in dict.fromkeys(forms):
                yield _Alias(r.label, form, _is_acronym(form), False, True,
                             "" if form in listed else _language_of(tag))
        for name, _ in built.get(r.label, ()):      # built in every case already
            yield _Alias(r.label, name, False, False, True)


#: a field operation's name in a language, built from parts: the type word (its case forms listed),
#: the OSCE's name and the place (the office's city where its English name ends in it, else the host
#: State or territory, in that language and its case forms) in the language's word order
FIELD_OPERATION_PARTS: dict[str, dict] = {
    "cs": {"osce": ("OBSE",), "shapes": ("{t} {o} v {p}", "{t} {o} ve {p}", "{t} {o} na {p}"),
           "types": {"Mission": "mise|misi|misí", "Programme Office": "programová kancelář|programové kanceláře",
                     "Centre": "centrum|centra|centru", "Presence": "přítomnost|přítomnosti",
                     "Project Co-ordinator": "koordinátor projektů|koordinátora projektů",
                     "Office": "kancelář|kanceláře|kanceláří"}},
    "sk": {"osce": ("OBSE",), "shapes": ("{t} {o} v {p}", "{t} {o} vo {p}", "{t} {o} na {p}"),
           "types": {"Mission": "misia|misie|misiu|misii|misiou", "Centre": "centrum|centra|centre",
                     "Programme Office": "programová kancelária|programovej kancelárie",
                     "Presence": "prezencia|prezencie", "Project Co-ordinator": "koordinátor projektov",
                     "Office": "kancelária|kancelárie|kanceláriou"}},
    "sl": {"osce": ("OVSE",), "shapes": ("{t} {o} v {p}", "{t} {o} na {p}"),
           "types": {"Mission": "misija|misije|misiji|misijo", "Centre": "center|centra|centru",
                     "Programme Office": "programski urad|programskega urada", "Presence": "prisotnost",
                     "Office": "urad|urada|uradu"}},
    "pl": {"osce": ("OBWE",), "shapes": ("{t} {o} w {p}", "{t} {o} we {p}", "{t} {o} na {p}"),
           "types": {"Mission": "misja|misji|misję|misją", "Centre": "centrum|centrach",
                     "Programme Office": "biuro programowe|biura programowego", "Presence": "obecność|obecności",
                     "Project Co-ordinator": "koordynator projektów|koordynatora projektów",
                     "Office": "biuro|biura|biurze"}},
    "bg": {"osce": ("ОССЕ",), "shapes": ("{t} на {o} в {p}", "{t} на {o} във {p}"),
           "types": {"Mission": "мисия|мисията|мисии", "Centre": "център|центъра|центърът",
                     "Programme Office": "програмен офис|програмния офис|програмният офис",
                     "Presence": "присъствие|присъствието",
                     "Project Co-ordinator": "координатор на проектите|координаторът на проектите",
                     "Office": "офис|офиса|офисът|бюро|бюрото"}},
    "mk": {"osce": ("ОБСЕ",), "shapes": ("{t} на {o} во {p}", "{t} на {o} в {p}"),
           "types": {"Mission": "мисија|мисијата|мисии", "Centre": "центар|центарот",
                     "Programme Office": "програмска канцеларија|програмската канцеларија",
                     "Presence": "присуство|присуството", "Office": "канцеларија|канцеларијата"}},
    "lt": {"osce": ("ESBO",), "shapes": ("{o} {t} {p}",),
           "types": {"Mission": "misija|misijos|misiją|misijai|misijoje", "Centre": "centras|centro|centre",
                     "Programme Office": "programų biuras|programų biuro", "Presence": "buvimas|buvimo"}},
    "lv": {"osce": ("EDSO",), "shapes": ("{o} {t} {p}",),
           "types": {"Mission": "misija|misijas|misiju|misijai|misijā", "Centre": "centrs|centra|centrā",
                     "Programme Office": "programmu birojs|programmu biroja"}},
    "et": {"osce": ("OSCE",), "shapes": ("{o} {t} {p}", "{o} {p} {t}"),
           "types": {"Mission": "missioon|missiooni|missioonis|missiooniga", "Centre": "keskus|keskuse",
                     "Programme Office": "programmibüroo|programmibüroos"}},
    "de": {"osce": ("OSZE",), "shapes": ("{o}-{t} in {p}", "{o}-{t} im {p}", "{o}-{t} in der {p}", "{t} der {o} in {p}",
                                         "{t} der {o} im {p}", "{t} der {o} in der {p}"),
           "types": {"Mission": "Mission|Missionen", "Centre": "Zentrum|Zentrums", "Presence": "Präsenz",
                     "Programme Office": "Programmbüro|Programmbüros", "Project Co-ordinator": "Projektkoordinator",
                     "Office": "Büro|Büros"}},
    "fr": {"osce": ("OSCE",), "shapes": ("{t} de l'{o} en {p}", "{t} de l'{o} au {p}", "{t} de l'{o} à {p}",
                                         "{t} de l'{o} aux {p}"),
           "types": {"Mission": "Mission", "Centre": "Centre", "Presence": "Présence",
                     "Programme Office": "Bureau de programmes|Bureau de programme|Bureau des programmes|"
                                         "Bureau du programme",
                     "Project Co-ordinator": "Coordonnateur des projets|Coordinateur des projets",
                     "Office": "Bureau"}},
    "it": {"osce": ("OSCE",),
           "shapes": ("{t} dell'{o} in {p}", "{t} dell'{o} a {p}", "{t} {o} in {p}", "{t} {o} a {p}"),
           "types": {"Mission": "Missione", "Centre": "Centro", "Presence": "Presenza",
                     "Programme Office": "Ufficio programmi|Ufficio dei programmi",
                     "Project Co-ordinator": "Coordinatore dei progetti", "Office": "Ufficio"}},
    "es": {"osce": ("OSCE",), "shapes": ("{t} de la {o} en {p}",),
           "types": {"Mission": "Misión", "Centre": "Centro", "Presence": "Presencia",
                     "Programme Office": "Oficina de Programas|Oficina de Programa",
                     "Project Co-ordinator": "Coordinador de Proyectos", "Office": "Oficina"}},
    "el": {"osce": ("ΟΑΣΕ",), "shapes": ("{t} του {o} στη {p}", "{t} του {o} στην {p}", "{t} του {o} στο {p}",
                                         "{t} του {o} στα {p}"),
           "types": {"Mission": "Αποστολή|Αποστολής", "Centre": "Κέντρο|Κέντρου", "Presence": "Παρουσία|Παρουσίας",
                     "Programme Office": "Γραφείο Προγραμμάτων|Γραφείου Προγραμμάτων", "Office": "Γραφείο|Γραφείου"}},
    # Georgian: "ეუთოს მისია საქართველოში" (the OSCE's mission Georgia-in), the place in its case forms
    "ka": {"osce": ("ეუთოს",), "shapes": ("{o} {t} {p}",),
           "types": {"Mission": "მისია|მისიის|მისიამ|მისიას|მისიით", "Centre": "ცენტრი|ცენტრის|ცენტრმა|ცენტრს",
                     "Programme Office": "პროგრამების ოფისი|პროგრამების ოფისის|პროგრამების ოფისმა",
                     "Office": "ოფისი|ოფისის|ოფისმა|ოფისს"}},
    # Kazakh and Kyrgyz: the place takes the locative-attributive suffix of its vowels ("ЕҚЫҰ-ның
    # Алматыдағы орталығы", "ЕККУнун Бишкектеги борбору"); the place is given in its nominative only
    "kk": {"osce": ("ЕҚЫҰ-ның",), "cases": 0,
           "shapes": ("{o} {p}дағы {t}", "{o} {p}дегі {t}", "{o} {p}тағы {t}", "{o} {p}тегі {t}"),
           "types": {"Centre": "орталығы|орталығының|орталығына|орталығында|орталығымен|орталығын",
                     "Programme Office": "бағдарламалар офисі|бағдарламалар офисінің|бағдарламалар офисіне|"
                                         "бағдарламалар офисімен",
                     "Mission": "миссиясы|миссиясының|миссиясына|миссиясымен", "Office": "кеңсесі|кеңсесінің"}},
    "ky": {"osce": ("ЕККУнун",), "cases": 0,
           "shapes": ("{o} {p}дагы {t}", "{o} {p}деги {t}", "{o} {p}тагы {t}", "{o} {p}теги {t}"),
           "types": {"Centre": "борбору|борборунун|борборуна|борборунда|борбору менен",
                     "Programme Office": "программалык кеңсеси|программалык кеңсесинин|программалык офиси|"
                                         "программалык офисинин",
                     "Mission": "миссиясы|миссиясынын"}},
    # Azerbaijani, Uzbek: the place bare ("ATƏT-in Bakı ofisi") or with the locative-attributive suffix
    # ("ATƏT-in Bakıdakı layihə koordinatoru", "YeXHTning Toshkentdagi markazi")
    "az": {"osce": ("ATƏT-in",), "cases": 0,
           "shapes": ("{o} {p} {t}", "{o} {p}dakı {t}", "{o} {p}dəki {t}"),
           "types": {"Office": "ofisi|ofisinin|ofisini|ofisinə|ofisində",
                     "Project Co-ordinator": "layihə koordinatoru|layihə koordinatorunun|layihə koordinatoruna|"
                                             "layihə koordinatorunu|layihə koordinatorluğu",
                     "Mission": "missiyası|missiyasının|missiyasına", "Centre": "mərkəzi|mərkəzinin|mərkəzinə"}},
    "uz": {"osce": ("YeXHTning", "YXHTning"), "cases": 0,
           "shapes": ("{o} {p}dagi {t}", "{o} {p} {t}"),
           "types": {"Centre": "markazi|markaziga|markazining|markazida|markazini",
                     "Project Co-ordinator": "loyihalar koordinatori|loyihalar koordinatorining|"
                                             "loyihalar koordinatoriga|loyihalar koordinatorini|"
                                             "loyiha koordinatori|loyiha koordinatorining|loyiha koordinatoriga",
                     "Programme Office": "dasturlar ofisi|dasturlar ofisining", "Mission": "missiyasi|missiyasining"}},
    # Tajik: the type in the izofat before the OSCE's name, the place after "дар" ("Маркази САҲА дар Душанбе")
    "tg": {"osce": ("САҲА",), "cases": 0, "shapes": ("{t} {o} дар {p}",),
           "types": {"Mission": "Миссияи", "Centre": "Маркази", "Office": "Дафтари",
                     "Programme Office": "Дафтари барномаҳои"}},
    "nl": {"osce": ("OVSE",), "shapes": ("{o}-{t} in {p}", "{t} van de {o} in {p}"),
           "types": {"Mission": "missie", "Centre": "centrum", "Programme Office": "programmabureau",
                     "Presence": "aanwezigheid", "Office": "bureau", "Project Co-ordinator": "projectcoördinator"}},
    "sv": {"osce": ("OSSE:s",), "shapes": ("{o} {t} i {p}",),
           "types": {"Mission": "mission|missionen", "Centre": "center|centrum", "Programme Office": "programkontor",
                     "Office": "kontor", "Presence": "närvaro"}},
    # Finnish: a compound of the place's genitive and the type ("Etyjin Georgian-operaatio")
    "fi": {"osce": ("Etyjin", "ETYJ:n"), "cases": 1, "shapes": ("{o} {p}-{t}", "{o} {p} {t}"),
           "types": {"Mission": "operaatio|operaatiossa|operaation|missio|missiossa",
                     "Centre": "keskus|keskuksen|keskuksessa", "Office": "toimisto|toimiston|toimistossa",
                     "Programme Office": "ohjelmatoimisto|ohjelmatoimiston|ohjelmatoimistossa"}},
    # Hungarian: the place as a lower-case adjective in -i before the type ("EBESZ koszovói missziója")
    "hu": {"osce": ("EBESZ",), "cases": 0, "lower": True, "shapes": ("{o} {p}i {t}",),
           "types": {"Mission": "missziója|missziójának|misszióját|missziójával|missziójához|missziójában|misszió",
                     "Centre": "központja|központjának", "Programme Office": "programirodája|programirodájának",
                     "Presence": "jelenléte", "Office": "irodája|irodájának",
                     "Project Co-ordinator": "projektkoordinátora"}},
    "pt": {"osce": ("OSCE",), "shapes": ("{t} da {o} na {p}", "{t} da {o} no {p}", "{t} da {o} em {p}"),
           "types": {"Mission": "Missão|missão", "Centre": "Centro", "Programme Office": "Escritório de Programas",
                     "Presence": "Presença", "Office": "Escritório",
                     "Project Co-ordinator": "Coordenador de Projetos|Coordenador de Projectos"}},
    # Danish and Norwegian: the OSCE's genitive, the type, "i" and the place ("OSCE's programkontor i Bishkek")
    "da": {"osce": ("OSCE's", "OSSEs"), "cases": 0, "shapes": ("{o} {t} i {p}",),
           "types": {"Mission": "mission|misjon", "Centre": "center|senter", "Programme Office": "programkontor",
                     "Office": "kontor"}},
    # Turkish: the place bare ("AGİT Bakü Ofisi") or in the locative with -ki after the OSCE's genitive ("AGİT'in
    # Bakü'deki Proje Koordinatörlüğü"), as Azerbaijani and Uzbek write it (round 7, d1_tr; b3 az, uz)
    "tr": {"osce": ("AGİT",), "cases": 0,
           "shapes": ("{o} {p} {t}", "{o}'in {p}'deki {t}", "{o}'in {p}'daki {t}", "{o}'in {p}'teki {t}",
                      "{o}'in {p}'taki {t}"),
           "types": {"Mission": "Misyonu|Misyonunun|Misyonuna|Misyonunda", "Centre": "Merkezi|Merkezinin",
                     "Programme Office": "Program Ofisi|Program Ofisinin", "Presence": "Varlığı",
                     "Office": "Ofisi|Ofisinin|Ofisine|Ofisinde|Ofisi'nin|Ofisi'ne|Ofisi'nde",
                     "Project Co-ordinator": "Proje Koordinatörlüğü|Proje Koordinatörlüğünün|Proje Koordinatörlüğü'nün|"
                                             "Proje Koordinatörü|Proje Koordinatörünün"}},
}


#: where a language has no name of its own for a place, the one a near language writes: Kazakh, Kyrgyz
#: and Tajik write the region's cities as Russian does ("Алматы", "Бишкек", "Душанбе"), Czech as Slovak or
#: Serbo-Croatian in Latin letters ("Jerevan" -> "v Jerevanu")
_NEAR_LANGUAGES = {"kk": ("ru",), "ky": ("ru",), "tg": ("ru",), "cs": ("sk", "sr"), "sk": ("cs", "sr"),
                   "da": ("no", "sv", "nl"), "no": ("da", "sv"),
                   "sl": ("hr", "sr"), "mk": ("bg", "sr"), "bg": ("mk", "ru"), "be": ("ru",), "uz": ("tr",)}

#: at most this many case forms of a place in a field operation's built name
_PLACE_CASES = 10


def _field_operation_names(ops: dict[str, FieldOperation], ref_names: dict[str, tuple[tuple[str, str], ...]],
                           states: dict[str, State], territories: dict[str, Territory], cities: dict[str, City],
                           languages: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Each field operation's names built from :data:`FIELD_OPERATION_PARTS` (operation -> (name,
    tag) pairs), the active operations first; a type and place two closed operations share (the
    Mission to Ukraine, the Special Monitoring Mission) builds no name."""
    def in_language(names: Iterable[str], lang: str, listed: Iterable[tuple[str, str]] = ()) -> list[str]:
        own = [n for n in names if languages.get(n, "").split("-")[0] == lang]
        own += [n for n, tag in listed if tag.split("-")[0] == lang]
        return own

    built: dict[str, list[tuple[str, str]]] = {}
    ordered = sorted(ops.values(), key=lambda op: op.status != "active")
    taken: dict[tuple[str, str, str], str] = {}
    for op in ordered:
        city = cities.get(op.city or "")
        at_city = city is not None and op.label.endswith(" " + city.label)
        for lang, parts in FIELD_OPERATION_PARTS.items():
            words = parts["types"].get(op.type)
            if not words:
                continue
            if at_city and city is not None:
                # the city's name in the language; else a near language's and its English name, which
                # many languages keep ("OSCE's programkontor i Bishkek")
                places = in_language(city.alt_labels, lang) or list(dict.fromkeys(
                    [*next((found for near in _NEAR_LANGUAGES.get(lang, ())
                            if (found := in_language(city.alt_labels, near))), []), city.label]))
                if op.status == "active" and op.host in states \
                        and taken.setdefault((lang, op.type, op.host), op.label) == op.label:
                    # an active office named after its city is also named after its host ("Misioni i
                    # OSBE-së në Maqedoninë e Veriut", "Программный офис ОБСЕ в Кыргызстане")
                    places = [*places, *in_language(states[op.host].alt_labels, lang, ref_names.get(op.host, ()))]
            elif op.host in states:
                places = next((found for near in (lang, *_NEAR_LANGUAGES.get(lang, ()))
                               if (found := in_language(states[op.host].alt_labels, near,
                                                        ref_names.get(op.host, ())))), [])
            elif op.host in territories:
                # the territory's names in this language, else those of no language ("Kosovo", "Kosova")
                alts = territories[op.host].alt_labels
                places = [op.host, *(in_language(alts, lang) or [a for a in alts if a not in languages])]
            else:
                places = []
            if not (at_city or op.label.endswith(" " + op.host)):
                # "Liaison Office in Central Asia", "Observer Mission at the Russian Checkpoints ...",
                # "Kosovo Verification Mission": not named after their host or city, no name is built
                continue
            key = (lang, op.type, (op.city or "") if at_city else op.host)
            if not places or taken.setdefault(key, op.label) != op.label:
                continue
            if op.status != "active" and any(o.status != "active" and o.label != op.label and o.type == op.type
                                             and o.host == op.host and not at_city for o in ops.values()):
                continue
            # each case of the whole place name (a preposition takes one case; the forms with one
            # word of several inflected alone come later in inflections() and are not needed here)
            cases = parts.get("cases", _PLACE_CASES)
            forms = list(dict.fromkeys(f for p in places for f in (p, *inflections(p, lang)[:cases])))
            if parts.get("lower"):
                forms = list(dict.fromkeys(f.lower() for f in forms))
            names = built.setdefault(op.label, [])
            for shape in parts["shapes"]:
                for t in words.split("|"):
                    for o in parts["osce"]:
                        names.extend((shape.format(t=t, o=o, p=p), lang) for p in forms)
    return built


#: languages whose names put the head noun last ("EBESZ szerbiai missziója")
_HEAD_LAST = frozenset({"hu", "kk", "ky", "uz", "tk", "az", "tr", "mn", "hy", "lv", "lt", "et", "fi"})


def _head_forms(name: str, tag: str) -> list[str]:
    """The case forms of a multi-word name with only its head word inflected."""
    lang = tag.split("-")[0]
    rules = DECLENSIONS.get(lang)
    words = name.split()
    if not rules or not words:
        return []
    i = len(words) - 1 if lang in _HEAD_LAST else 0
    return [" ".join([*words[:i], form, *words[i + 1:]]) for form in _word_forms(words[i], rules)[1:]]


#: case endings of names per language: (ending of the listed form, endings of the other
#: cases); the first rule whose ending fits a word applies, "" fits a word ending in a consonant
#: and "*" any word (Georgian case suffixes follow a final vowel).
#: Generated once at load time; the scan itself stays an exact, token-based match.
DECLENSIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ский", ("ская", "ское", "ского", "скому", "ским", "ской", "ские", "ских", "скую")),
           ("ия", ("ии", "ию", "ией")), ("ая", ("ой", "ую", "ие", "их")), ("ья", ("ьи", "ью", "ьей")),
           ("а", ("ы", "и", "е", "у", "ой")), ("я", ("и", "е", "ю", "ей")), ("ий", ("ого", "ому", "им", "ом")),
           ("ый", ("ого", "ому", "ым", "ом")), ("", ("а", "у", "ом", "е"))),
    "uk": (("ський", ("ська", "ське", "ського", "ському", "ським", "ської", "ській", "ські", "ських", "ську")),
           ("ія", ("ії", "ію", "ією", "іє")), ("а", ("и", "і", "у", "ою")), ("я", ("і", "ю", "ею")),
           # a vowel that drops or changes in the other cases: Відень -> Відня, Київ -> Києва, Львів -> Львова
           ("ень", ("ня", "ні", "нем")), ("їв", ("єва", "єві", "євом")), ("ів", ("ова", "ові", "овом")),
           ("", ("у", "а", "ові", "ом", "і"))),
    "be": (("ія", ("іі", "ію", "іяй")), ("ыя", ("ыі", "ыю", "ыяй")), ("а", ("ы", "е", "у", "ой", "ай")),
           ("", ("а", "у", "ам", "е"))),
    "sr": (("ija", ("ije", "iji", "iju", "ijom")), ("ија", ("ије", "ији", "ију", "ијом")),
           ("a", ("e", "i", "u", "om", "oj")), ("а", ("е", "и", "у", "ом", "ој")),
           ("", ("a", "u", "om", "e", "а", "у", "ом", "е"))),
    "pl": (("ja", ("ji", "ję", "ją")), ("ia", ("ii", "ię", "ią")), ("ka", ("ki", "kę", "ką", "ce")),
           ("ta", ("ty", "tę", "tą", "cie")), ("da", ("dy", "dę", "dą", "dzie")), ("ra", ("ry", "rę", "rą", "rze")),
           ("a", ("y", "i", "ę", "ą", "ie")),
           ("eń", ("nia", "niu", "niem")), ("ów", ("owa", "owie", "owem")),    # Wiedeń -> Wiedniu, Kijów -> Kijowie
           ("owo", ("owa", "owu", "owem", "owie")),                          # Kosowo -> w Kosowie (round 7, d2_pl)
           ("", ("u", "em", "ie", "a"))),
    "ro": (("ia", ("iei",)), ("a", ("ei",)), ("ă", ("e", "ei")), ("", ("ului", "ul"))),
    "ka": (("ი", ("ის", "ში", "ზე", "მა", "თან", "იდან", "ით", "ისთან", "ს")),
           # a name in -ა: genitive and instrumental drop it (შვეიცარია -> შვეიცარიის)
           ("ა", ("ას", "ის", "აში", "აზე", "ამ", "ასთან", "ადან", "ათი", "იდან", "ით", "ად")),
           ("*", ("ს", "ში", "ზე", "მ", "თან", "დან", "თი", "სთან"))),
    "de": (("isch", ("ische", "ischen", "ischer", "isches", "ischem")),
           ("e", ("en",)), ("", ("s",))),
}
DECLENSIONS.update({
    "lv": (("ija", ("ijas", "ijā", "iju", "ijai")), ("a", ("as", "ā", "u", "ai")), ("e", ("es", "ē", "i", "ei")),
           ("s", ("a", "ā", "u", "am"))),
    "lt": (("ija", ("ijos", "ijoje", "iją", "ijai")), ("as", ("o", "e", "ą", "ui", "u")),
           ("a", ("os", "oje", "ą", "ai")), ("ė", ("ės", "ėje", "ę", "ei")), ("ai", ("ų", "uose", "us"))),
    # Finnic: endings after the listed form; "-i" names also take "-e-" (Suomi -> Suomen, Ruotsi -> Ruotsin)
    "fi": (("i", ("in", "issa", "iin", "ista", "ille", "illa", "ia", "en", "essa", "eeseen", "esta", "elle", "ea")),
           ("a", ("an", "assa", "aan", "asta", "alle", "alla", "aa", "ana")),
           ("ä", ("än", "ässä", "ään", "ästä", "älle", "ällä", "ää", "änä")),
           ("", ("in", "issa", "iin", "ista", "ille", "illa", "ia")),
           ("*", ("n", "ssa", "ssä", "sta", "stä", "lle", "lla", "llä", "a", "ä"))),
    "et": (("", ("i", "it", "is", "isse", "ist", "ile", "il", "ilt", "iga")),
           ("*", ("t", "s", "sse", "st", "le", "l", "lt", "ga", "ks", "ni"))),
    # Hungarian: a final a/e lengthens before a suffix; both vowel harmonies listed
    # (the delative "-ról/-ről", "about", and "-országgal": the instrumental doubles a final consonant)
    "hu": (("a", ("át", "ában", "ába", "ából", "ának", "ával", "ára", "án", "ától", "ához", "ai", "áról")),
           ("e", ("ét", "ében", "ébe", "éből", "ének", "ével", "éhez", "én", "ei", "éről", "ére", "étől")),
           ("g", ("ggal", "ggel", "gban", "gben", "gba", "gbe", "gból", "gből", "gnak", "gnek", "got", "get", "gon",
                  "gen", "gtól", "gtől", "ghoz", "ghez", "gra", "gre", "gról", "gről", "gi")),
           ("", ("ban", "ben", "ba", "be", "ból", "ből", "nak", "nek", "t", "ot", "et", "öt", "on", "en", "ön",
                 "tól", "től", "hoz", "hez", "höz", "al", "el", "ra", "re", "i", "ról", "ről")),
           ("*", ("ban", "ben", "ba", "be", "ból", "ből", "nak", "nek", "t", "n", "val", "vel", "ra", "re", "i"))),
    "cs": (("ko", ("ka", "ku", "kem")), ("o", ("a", "u", "em")), ("ie", ("ii", "ií")),
           ("a", ("y", "ě", "e", "u", "ou", "i")), ("", ("u", "em", "e", "a"))),
    "sk": (("o", ("a", "u", "om")), ("ia", ("ie", "iu", "iou")), ("a", ("y", "e", "u", "ou", "i")),
           ("", ("u", "om", "e", "a"))),
    "sl": (("a", ("e", "i", "o", "ah")), ("", ("a", "u", "om", "em", "e"))),
    # Albanian: definite and indefinite forms (Shqipëria, Shqipërisë, Shqipërinë, Shqipëri)
    "sq": (("ia", ("isë", "inë", "i")), ("i", ("it", "in", "")), ("a", ("ës", "ën", "ë")), ("ë", ("ës", "ën", "a")),
           ("", ("i", "it", "in", "e"))),
    "el": (("ος", ("ου", "ο")), ("ας", ("α",)), ("α", ("ας",)), ("η", ("ης",)), ("ο", ("ου",)), ("ι", ("ιού",))),
    # Turkic: suffixes after the name, both vowel harmonies listed
    "kk": (("*", ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та",
                  "те", "дан", "ден", "тан", "тен", "нан", "нен", "ны", "ні", "ды", "ді", "ты", "ті", "мен", "бен",
                  "пен", "дағы", "дегі", "тағы", "тегі")),),
    "ky": (("*", ("дын", "дин", "нын", "нин", "тын", "тин", "га", "ге", "ка", "ке", "да", "де", "та", "те", "дан",
                  "ден", "тан", "тен", "ды", "ди", "ны", "ни", "ты", "ти", "дагы", "деги", "тагы", "теги")),),
    "uz": (("*", ("ning", "ga", "ka", "qa", "da", "dan", "ni", "dagi", "ning", "ча", "нинг", "га", "ка", "қа", "да",
                  "дан", "ни", "даги")),),
    "tk": (("*", ("yň", "iň", "nyň", "niň", "a", "e", "na", "ne", "da", "de", "dan", "den", "y", "i", "ny", "ni",
                  "daky", "däki")),),
    "az": (("*", ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "a", "ə", "ya", "yə", "da", "də", "dan", "dən",
                  "ı", "i", "u", "ü", "nı", "ni", "la", "lə", "dakı", "dəki")),),
    # Mongolian: the genitive after a final -н is -ы ("Герман" -> "Германы", "Япон" -> "Японы")
    "mn": (("*", ("ын", "ийн", "ы", "д", "т", "аас", "ээс", "оос", "тай", "тэй", "той", "ыг", "ийг")),),
    # Armenian: a final -ա takes -յ- before a case ending (Մալթա -> Մալթայում)
    "hy": (("ա", ("այի", "այում", "ային", "այից", "ան", "այով")), ("", ("ի", "ում", "ին", "ից", "ը", "ով"))),
    "sv": (("*", ("s",)),), "no": (("*", ("s",)),), "da": (("*", ("s",)),),
})
DECLENSIONS["bs"] = DECLENSIONS["hr"] = DECLENSIONS["sr"]

#: gender, number and case endings of national adjectives per language, as :data:`DECLENSIONS`
#: (the listed form is the masculine nominative singular a dictionary gives); Macedonian and
#: Bulgarian take the Cyrillic South Slavic table, whose definite forms they are
_SKI_CYRL = ("а", "о", "ог", "ом", "ој", "у", "е", "их", "им", "иот", "ата", "ото", "ите", "ият", "ия")
ADJECTIVE_DECLENSIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ский", ("ская", "ское", "ского", "скому", "ским", "ском", "ской", "скую", "ские", "ских", "скими")),
           ("цкий", ("цкая", "цкое", "цкого", "цкому", "цким", "цком", "цкой", "цкую", "цкие", "цких", "цкими")),
           ("кий", ("кая", "кое", "кого", "кому", "ким", "ком", "кой", "кую", "кие", "ких", "кими")),
           ("ый", ("ая", "ое", "ого", "ому", "ым", "ом", "ой", "ую", "ые", "ых", "ыми")),
           ("ий", ("яя", "ее", "его", "ему", "им", "ем", "ей", "юю", "ие", "их", "ими"))),
    "uk": (("ський", ("ська", "ське", "ського", "ському", "ським", "ській", "ської", "ську", "ські", "ських")),
           ("цький", ("цька", "цьке", "цького", "цькому", "цьким", "цькій", "цької", "цьку", "цькі", "цьких")),
           ("зький", ("зька", "зьке", "зького", "зькому", "зьким", "зькій", "зької", "зьку", "зькі", "зьких")),
           ("ий", ("а", "е", "ого", "ому", "им", "ій", "ої", "у", "і", "их"))),
    "pl": (("ski", ("ska", "skie", "skiego", "skiemu", "skim", "skiej", "ską", "scy", "skich", "skimi")),
           ("cki", ("cka", "ckie", "ckiego", "ckiemu", "ckim", "ckiej", "cką", "ccy", "ckich", "ckimi"))),
    "cs": (("ský", ("ská", "ské", "ského", "skému", "ském", "skou", "ským", "ských", "skými", "ští")),
           ("cký", ("cká", "cké", "ckého", "ckému", "ckém", "ckou", "ckým", "ckých", "ckými", "čtí"))),
    "sk": (("ský", ("ská", "ské", "ského", "skému", "skom", "skou", "ským", "ských", "skými", "skí", "skej")),
           ("cký", ("cká", "cké", "ckého", "ckému", "ckom", "ckou", "ckým", "ckých", "ckými", "ckí")),
           ("sky", ("ska", "ske", "skeho", "skemu", "skom", "skou", "skym", "skych", "skymi"))),
    "sr": (("ki", ("ka", "ko", "kog", "koga", "kom", "kome", "koj", "ku", "ke", "kih", "kim", "kima")),),
    "sr-Cyrl": (("ки", tuple("к" + e for e in _SKI_CYRL)),),
    "sl": (("ki", ("ka", "ko", "kega", "kemu", "kem", "kim", "ke", "kih", "kimi")),),
    "fr": (("ien", ("ienne", "iens", "iennes")), ("ais", ("aise", "aises")), ("ois", ("oise", "oises")),
           ("e", ("es",)), ("", ("e", "s", "es"))),
    "it": (("co", ("ca", "chi", "che", "ci")), ("o", ("a", "i", "e")), ("e", ("i",)), ("a", ("e", "i"))),
    "es": (("és", ("esa", "eses", "esas")), ("án", ("ana", "anes", "anas")), ("o", ("a", "os", "as")),
           ("e", ("es",)), ("a", ("as",))),
    "pt": (("ês", ("esa", "eses", "esas")), ("ão", ("ã", "ães", "ãs")), ("o", ("a", "os", "as")), ("e", ("es",)),
           ("ol", ("ola", "óis", "olas"))),
    "ro": (("ean", ("eană", "eni", "ene", "eanul", "eana", "eanului", "enei", "enii", "enilor")),
           ("", ("ă", "i", "e", "ul", "a", "ului", "ei", "ii", "ilor"))),
    "sq": (("", ("e", "ë", "i", "it", "in", "ët", "es", "en", "ja")),),
    "el": (("ός", ("ή", "ό", "ού", "ής", "οί", "ές", "ά", "ών", "ούς")),),
    "de": (("*", ("e", "en", "er", "es", "em")),),
    "nl": (("*", ("e",)),),
    "fi": (("inen", ("isen", "ista", "istä", "iset", "isten", "isia", "isiä", "iseen", "isessa", "isessä")),),
    "sv": (("*", ("a", "e")),), "no": (("*", ("e", "a")),), "da": (("*", ("e",)),),
    "ka": (("ი", ("", "მა", "ის", "ით", "ად")),),
    "be": (("скі", ("ская", "скае", "скага", "скаму", "скім", "скай", "скую", "скія", "скіх")),
           ("цкі", ("цкая", "цкае", "цкага", "цкаму", "цкім", "цкай", "цкую", "цкія", "цкіх"))),
    # Turkish: the adjective is the noun of the people, with the case suffixes of a noun; the
    # apostrophe is never written before them ("Türk büyükelçisi", "Alman temsilci", "Sırp toplulukları")
    "tr": (("*", ("lar", "ler", "ların", "lerin", "lara", "lere")),),
}
ADJECTIVE_DECLENSIONS["hr"] = ADJECTIVE_DECLENSIONS["bs"] = ADJECTIVE_DECLENSIONS["sr"]
_VOWELS = frozenset("aeiouyăâîаеёиоуыэюяіїєьъ")
#: at most this many forms per multi-word name (each word's forms combine)
MAX_FORMS = 40


def _language_of(tag: str | None) -> str:
    """A name's language without its script ("sr-Latn" -> "sr"), "" when the name has no tag."""
    return (tag or "").split("-")[0]


def same_language(form_of: str, language: str | None) -> bool:
    """Whether a case form made in ``form_of`` is a word of a page in ``language``: its own language, one of
    the Serbo-Croatian standards for another (sr, hr, bs, cnr), or a near language the page's writes the
    region's names as (:data:`_NEAR_LANGUAGES`: Kazakh pages write Russian forms). True when either is
    unknown: a page of no known language keeps every form."""
    page = _language_of(language)
    if not form_of or not page:
        return True
    return any(lang == page or {lang, page} <= _SERBO_CROATIAN or lang in _NEAR_LANGUAGES.get(page, ())
               or page in _NEAR_LANGUAGES.get(lang, ()) for lang in form_of.split("|"))


_SERBO_CROATIAN = frozenset({"sr", "hr", "bs", "cnr", "sh", "me"})


def inflections(name: str, tag: str | None) -> list[str]:
    """The other case forms of ``name`` in language ``tag`` (``"Rusia", "ro"`` -> ``["Rusiei"]``).

    Each word of four letters or more is inflected by the first rule whose ending fits; in a name
    of several words the words' forms combine (``Federația Rusă`` -> ``Federației Ruse``, ...), at
    most :data:`MAX_FORMS`. Acronyms and unknown languages give nothing.
    """
    rules = DECLENSIONS.get((tag or "").split("-")[0])
    if not rules or _is_acronym(name):
        return []
    words = name.split()
    choices = [_word_forms(w, rules) for w in words]
    forms: dict[str, None] = {}                  # (in order, each once: a dict, not a list searched per form)
    for n in range(1, max(len(c) for c in choices)):
        form = " ".join([c[min(n, len(c) - 1)] for c in choices])   # the n-th case of every word
        if form != name:
            forms[form] = None
    for i, options in enumerate(choices):        # one word inflected, the others as listed
        if len(forms) >= MAX_FORMS:
            break
        for option in options[1:]:
            form = " ".join([*words[:i], option, *words[i + 1:]])
            if len(forms) < MAX_FORMS:
                forms[form] = None
    return list(forms)[:MAX_FORMS]


def _word_forms(word: str, rules) -> list[str]:
    """``word`` first, then its other case forms by the first rule that fits it."""
    if sum(c.isalpha() for c in word) < 4:
        return [word]
    low = word.lower()
    for ending, others in rules:
        if ending not in ("", "*") and low.endswith(ending):
            stem = word[:len(word) - len(ending)]
            return [word, *(stem + e for e in others)]
        if ending == "*" or not ending and low[-1:].isalpha() and low[-1] not in _VOWELS:
            return [word, *(word + e for e in others)]
    return [word]


def _is_short_city(kind: str, alias: str) -> bool:
    """A city's name of three letters or fewer (``Oš``, ``Rim``, ``Ош``) matches in a text only as
    written: folded, "Oš" would be the "OS" of a cut "OSCE"."""
    return kind == "city" and sum(c.isalpha() for c in alias) < 4


def _is_bare_noun(kind: str, alias: str) -> bool:
    """A one-word name of a body ("Secretariat", "Troika") names it only when capitalised:
    "its secretariat" in a text about another body is not the OSCE Secretariat."""
    return kind == "organization" and alias[:1].isupper() and len(alias.split()) == 1 \
        and not any(c in alias for c in "-/")


def _year(cell: str | None) -> int | None:
    return int(cell) if cell and cell.strip() else None


_TABLES = ("states", "partner_groups", "field_operations", "organizations", "fields_of_work",
           "series", "cities", "city_names", "territories", "chairpersonships", "posts", "site_sections",
           "state_names", "field_operation_names", "state_adjectives")


def _load() -> Reference:
    texts = {name: _text(name) for name in _TABLES}
    tables = {name: list(csv.DictReader(text.splitlines())) for name, text in texts.items()}
    digest = zlib.crc32("\x00".join(texts.values()).encode())
    languages = {text: tag for rows in tables.values() for r in rows
                 for column in ("alt_labels", "adjectives", "names") for text, tag in _tags(r.get(column)).items()}
    states = {r["label"]: State(r["label"], _opt(r["iso2"]), _opt(r["wikidata"]), r["role"],
                                _opt(r["partner_group"]), _split(r["alt_labels"]),
                                _split(r["adjectives"])) for r in tables["states"]}
    groups = {r["label"]: PartnerGroup(r["label"], _split(r["alt_labels"]))
              for r in tables["partner_groups"]}
    ops = {r["label"]: FieldOperation(r["label"], r["type"], r["host"], r["status"],
                                      _opt(r["successor"]), _year(r["changed"]), _opt(r["city"]),
                                      _split(r["acronyms"]), _split(r["alt_labels"]))
           for r in tables["field_operations"]}
    orgs = {r["label"]: Organization(r["label"], r["kind"], _opt(r["parent"]), _split(r["acronyms"]),
                                     _split(r["alt_labels"]), _opt(r["wikidata"]), _opt(r["city"]),
                                     _opt(r["successor"])) for r in tables["organizations"]}
    fields = {r["label"]: FieldOfWork(r["label"], _split(r["alt_labels"]))
              for r in tables["fields_of_work"]}
    series = {r["label"]: Series(r["label"], _split(r["alt_labels"]), _opt(r["organizer"]),
                                 _opt(r["parent"])) for r in tables["series"]}
    cities = _cities(tables["cities"], tables["city_names"])
    territories = {r["label"]: Territory(r["label"], _opt(r["state"]), _opt(r["wikidata"]),
                                         _split(r["alt_labels"])) for r in tables["territories"]}
    chairs = {int(r["year"]): r["state"] for r in tables["chairpersonships"]}
    posts = {r["label"]: Post(r["label"], r["organization"], _split(r["acronyms"]), _split(r["alt_labels"]))
             for r in tables["posts"]}
    sections = {r["site"].strip().lower(): r["body"].strip() for r in tables["site_sections"]}
    state_names = _names_by_record(tables["state_names"], "state", states)
    op_names = _names_by_record(tables["field_operation_names"], "operation", ops)
    built = {label: tuple(dict.fromkeys(pairs)) for label, pairs
             in _field_operation_names(ops, state_names, states, territories, cities, languages).items()}
    names = {"state": state_names, "field_operation": op_names, "field_operation_built": built,
             "state_adjective": _names_by_record(tables["state_adjectives"], "state", states)}
    ref = Reference(states, groups, ops, orgs, fields, series, cities, territories, chairs, languages, posts,
                    sections, names)
    _check(ref)
    caps: dict[str, set[str]] = {}
    for c in cities.values():
        for name in (c.label, *c.alt_labels):
            caps.setdefault(name.upper(), set()).add(name)
    ref._city_caps = {upper: names.pop() for upper, names in caps.items() if len(names) == 1}
    _build_indexes(ref, digest)   # every index now: the shared instance is then only read
    ref.listed("state", "")
    return ref


def _build_indexes(ref: Reference, digest: int) -> None:
    """Build every kind's index, or read them from the user's cache folder.

    The names in other languages and their case forms make some 36,000 aliases; normalizing them
    takes 0.4 s at every start, longer than extracting 50 pages. The built indexes are kept with
    :mod:`marshal` (plain data, nothing executed on reading) in a file keyed by the data's and this
    module's checksum and the Python version; a cache that cannot be read or written is ignored.
    """
    cache = _index_cache_file(digest)
    try:
        raw = marshal.loads(cache.read_bytes()) if cache else None
    except (OSError, EOFError, ValueError, TypeError):
        raw = None
    cached = _cached_indexes(raw)
    if cached is not None:
        for kind, (index, trie, prefixes) in cached.items():
            ref._index[kind] = index
            ref._trie[kind] = trie
            ref._prefixes[kind] = prefixes
        return
    for kind in KINDS:
        ref._index_of(kind)
    if cache is None:
        return
    # (the prefixes as a tuple: marshal sorts a set's members one by one, 0.25 s of a cold start)
    out = {kind: (ref._index[kind], {tokens: list(map(_ALIAS_ROW, aliases))
                                     for tokens, aliases in ref._trie[kind].items()},
                   tuple(ref._prefixes[kind])) for kind in KINDS}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(out))
        os.replace(tmp, cache)
        for old in cache.parent.glob("reference-index-*.marshal"):   # earlier data's or rules' indexes
            if old != cache:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


#: an alias as a row of the cache file (label, text, exact_case, adjective, generated, form_of)
_ALIAS_ROW = operator.attrgetter("label", "text", "exact_case", "adjective", "generated", "form_of")


def _cached_indexes(raw: object) -> dict[str, tuple[dict[str, str], dict[tuple[str, ...], list[_Alias]],
                                                     set[tuple[str, ...]]]] | None:
    """Each kind's (index, trie, prefixes) from ``raw``, what a cache file held, when it has their shape
    all through (str to str; tuples of str to lists of alias rows of two str and three bool; a tuple of
    tuples of str, made a set again), else None. The file is the user's: one of another shape (a broken write that still
    unmarshals, another build's, an edit) is rebuilt, never a failure at start-up or at the first match.
    The types are taken with ``map`` (C loops over the ~40,000 entries): a small part of reading the file,
    where a generator's test of each entry added about half to it."""
    if not isinstance(raw, dict) or set(raw) != set(KINDS):
        return None
    out = {}
    for kind, value in raw.items():
        if type(value) is not tuple or len(value) != 3:
            return None
        index, rows, prefixes = value
        if type(index) is not dict or type(rows) is not dict or type(prefixes) is not tuple:
            return None
        aliases = list(chain.from_iterable(rows.values())) if _types(rows.values()) <= {list} else None
        if aliases is None or not _types(index) | _types(index.values()) <= {str} \
                or not _types(rows) | _types(prefixes) <= {tuple} \
                or not _types(chain.from_iterable(rows)) | _types(chain.from_iterable(prefixes)) <= {str} \
                or not _types(aliases) <= {tuple} or not set(map(len, aliases)) <= {6}:
            return None
        columns = list(zip(*aliases)) or [(), (), (), (), (), ()]
        if not _types(columns[0]) | _types(columns[1]) | _types(columns[5]) <= {str} \
                or not _types(columns[2]) | _types(columns[3]) | _types(columns[4]) <= {bool}:
            return None
        out[kind] = (index, {tokens: [_Alias(*a) for a in row] for tokens, row in rows.items()}, set(prefixes))
    return out


def _types(values: Iterable[object]) -> set[type]:
    """The types of ``values``, each once."""
    return set(map(type, values))


def _index_cache_file(digest: int) -> Path | None:
    """``$OSCE_KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/osce-kg``, else ``~/.cache/osce-kg`` (as the
    given names' cache), a file named by ``digest``, this module's source and the Python version;
    None when no folder can be named."""
    base = os.environ.get("OSCE_KG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "osce-kg")
    if not base or base.startswith("~"):
        return None
    try:
        with open(__file__, "rb") as source:
            code = zlib.crc32(source.read(), digest)
    except OSError:
        return None
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return Path(base) / f"reference-index-{code:08x}-py{version}.marshal"


def _names_by_record(rows: list[dict[str, str]], column: str, records: dict) -> dict[str, tuple[tuple[str, str], ...]]:
    """label -> (name, tag) pairs from a table of names per language (``state,lang,names``).

    Raises:
        ReferenceDataError: a row names a record the data does not hold, or has no language.
    """
    found: dict[str, list[tuple[str, str]]] = {}
    for line, r in enumerate(rows, start=2):
        label, tag = (r.get(column) or "").strip(), (r.get("lang") or "").strip()
        if label not in records or not _TAG.fullmatch("@" + tag):
            raise ReferenceDataError(f"{column} names, line {line}: unknown {column} {label!r} or language {tag!r}")
        found.setdefault(label, []).extend((name, tag) for name in _split(r.get("names")))
    return {label: tuple(dict.fromkeys(pairs)) for label, pairs in found.items()}


def _cities(rows: list[dict[str, str]], names: list[dict[str, str]]) -> dict[str, City]:
    """The curated cities, each with its names in the region's languages from ``city_names.csv``
    (CLDR exemplar cities and GeoNames alternate names, built by ``tools/build_city_names.py``).

    Raises:
        ReferenceDataError: ``city_names.csv`` names a city ``cities.csv`` does not have.
    """
    more: dict[str, tuple[str, ...]] = {}
    for line, r in enumerate(names, start=2):
        if r["city"] not in {c["label"] for c in rows}:
            raise ReferenceDataError(f"city_names.csv line {line}: unknown city {r['city']!r}")
        more[r["city"]] = _split(r["names"])
    cities = {}
    for r in rows:
        # the label itself may come back tagged (Zagreb@hr): it is then declined ("u Zagrebu")
        alts = tuple(dict.fromkeys((*_split(r["alt_labels"]), *more.get(r["label"], ()))))
        cities[r["label"]] = City(r["label"], r["state"], alts, _opt(r["wikidata"]))
    return cities


def _check(ref: Reference) -> None:
    """Cross-references between the data files resolve.

    Raises:
        ReferenceDataError: a label points at nothing, or a value is out of its range.
    """
    places = set(ref.states) | set(ref.territories)
    problems: list[str] = []
    for op in ref.field_operations.values():
        if op.host not in places:
            problems.append(f"field operation {op.label!r}: unknown host {op.host!r}")
        if op.successor and op.successor not in ref.field_operations:
            problems.append(f"field operation {op.label!r}: unknown successor {op.successor!r}")
        if op.type not in FIELD_OPERATION_TYPES or op.status not in ("active", "closed"):
            problems.append(f"field operation {op.label!r}: bad type or status")
    for org in ref.organizations.values():
        if org.parent and org.parent not in ref.organizations and org.parent not in ref.field_operations:
            problems.append(f"organization {org.label!r}: unknown parent {org.parent!r}")
        if org.successor and org.successor not in ref.organizations:
            problems.append(f"organization {org.label!r}: unknown successor {org.successor!r}")
        if org.kind not in ORGANIZATION_KINDS:
            problems.append(f"organization {org.label!r}: unknown kind {org.kind!r}")
    for s in ref.series.values():
        if s.organizer and s.organizer not in ref.organizations:
            problems.append(f"series {s.label!r}: unknown organizer {s.organizer!r}")
        if s.parent and s.parent not in ref.series:
            problems.append(f"series {s.label!r}: unknown parent {s.parent!r}")
    for st in ref.states.values():
        if st.partner_group and st.partner_group not in ref.partner_groups:
            problems.append(f"State {st.label!r}: unknown partner group {st.partner_group!r}")
    problems += [f"city {c.label!r}: unknown State {c.state!r}" for c in ref.cities.values()
                 if c.state not in places]
    problems += [f"chairpersonship {y}: unknown State {s!r}" for y, s in ref.chairpersonships.items()
                 if s not in ref.states]
    problems += [f"post {p.label!r}: unknown organization {p.organization!r}" for p in ref.posts.values()
                 if p.organization not in ref.organizations]
    problems += [f"site section {site!r}: unknown body {body!r}" for site, body in ref.site_sections.items()
                 if body not in ref.organizations and body not in ref.field_operations]
    if problems:
        raise ReferenceDataError("reference data is inconsistent:\n  " + "\n  ".join(problems))


@functools.cache
def reference() -> Reference:
    """The packaged reference data, loaded and checked once per process.

    Raises:
        ReferenceDataError: a data file is missing or inconsistent.
    """
    # the load makes some 400,000 objects (names, case forms, index entries), every one kept: the cyclic
    # collector's passes over them while they are made found nothing to free and took a third of a cold load
    # (0.3-0.4 s) and 40% of one from the cache (0.2 s). It is off while they are made, as it was before if it was.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load()
    finally:
        if enabled:
            gc.enable()


__all__ = ["KINDS", "IRI_KIND", "Reference", "ReferenceDataError", "Match", "State", "Post",
           "PartnerGroup", "FieldOperation", "Organization", "FieldOfWork", "Series", "City",
           "Territory", "normalize", "reference", "split_chairpersonship"]
