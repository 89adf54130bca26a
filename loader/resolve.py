"""Who is who: the stage between extraction and mapping that decides identity.

A page writes a person as "Federal Councillor Flavio Cotti", "Raphael F. Perl", "Perl",
"Кристофер Блэр" or "Bujarom Osmanijem"; an organization as "OSCE PA" or "the Organization
for X (OFX)". This module decides, from evidence only, which of these are one person or
body, and which are not people at all. Pure functions: no store, no clock, no network.

* :func:`name_key` - the normalised key of a person's name: titles and initials dropped,
  diacritics, case, hyphens and apostrophes folded, other scripts transliterated to Latin
  (``anyascii``). Two names with the same key are the same person, whatever document they
  come from; the person's IRI is made from the key alone (``/id/person/{slug(key)}``), so
  the IRI never depends on which document was loaded first.
* :func:`phonetic_key` - a looser key (``Sergej Lawrow`` ~ ``Sergey Lavrov``): never used
  to mint, only to match curated officials and to list candidate duplicates.
* :func:`person_evidence` - whether a name the extractor found is a person at all
  (page furniture, greetings, headings, phrases and names of bodies are not).
* :class:`Resolver` - one document's persons and organizations resolved: which IRI each
  name gets, by which rule, with the variants written (kept as ``skos:altLabel``).

The rules, by name (recorded with every resolution as ``osce:identityRule``):

``same-name``
    the name's key is the key of the resource (up to titles, initials, hyphens, diacritics,
    case and transliteration).
``surname-in-document``
    a surname written alone is the person the same document names in full ("Perl" after
    "Raphael F. Perl"); never across documents.
``curated-official``
    the name (or an alias, another script, a transliteration) is a holder of a standing
    post in ``loader/data/officials.csv``.
``official-by-post``
    a surname alone, or an inflected name, matches a curated official whose post's
    organization the same record names ("Ambassador Moore ... the OSCE Mission to BiH").
``linked-on-page``
    a name in another script that the page itself gives beside the Latin one ("Кристофер Блэр
    (Christopher Blair)"), in either order: both are the person of the Latin name.
``acronym-on-page``
    an acronym the page itself defines ("... Institute (EWI)") is the body it spells.
``maintainer-merge``
    two published IRIs merged by ``osce-kg dedupe --merge`` (the old one ``owl:sameAs`` the
    kept one, see :mod:`osce_kg.loader.identity`).
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable

from anyascii import anyascii

from .records import Document, PersonMention, Record
from .reference import Reference, ReferenceDataError, normalize

RULES = ("same-name", "surname-in-document", "curated-official", "official-by-post",
         "linked-on-page", "acronym-on-page", "maintainer-merge")

# ---------------------------------------------------------------- keys

#: words that stand before a name without being part of it (titles, ranks, forms of address,
#: and the words of a post that a page runs into the name), folded to ASCII lower case
TITLES = frozenset("""mr mrs ms miss dr prof professor sir dame lord lady madam mister his her excellency
he h e amb ambassador ambassadeur ambasador ambasadorka ambasadori ambasadorul federal councillor
councilor counsellor minister ministre ministro ministar ministra president presidente predsednik
predsjednik prezident chairman chairwoman chairperson cio secretary general director commissioner
representative deputy foreign prime senator judge colonel lieutenant major captain admiral mp mep
rev father bishop herr frau monsieur domnul doamna gospodin gospodja head chief speaker
academician rabbi imam mufti sheikh king queen prince princess mayor governor premier chancellor
confederation swiss state acting former outgoing incoming new then current special personal senior
posol gn""".split())

#: the short words that join a family name ("Gilles de Kerchove"): part of the name, kept in the key
PARTICLES = frozenset("de van der von da di del della la le du dos das bin ibn al el ten ter zu af av".split())

_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_SPLIT = re.compile(r"[\s\u2010-\u2015\u2212\-]+")


def _fold(token: str) -> str:
    """A token in ASCII lower case: transliterated, accents and apostrophes gone."""
    token = anyascii(unicodedata.normalize("NFC", token))
    return re.sub(r"[^a-z0-9]", "", token.lower())


def name_tokens(name: str) -> list[str]:
    """The words of a person's name as written, titles before it and initials dropped.

    ``"Federal Councillor Flavio Cotti"`` -> ``["Flavio", "Cotti"]``; ``"Raphael F. Perl"``
    -> ``["Raphael", "Perl"]``. A name that is nothing but titles keeps its last word.
    """
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while len(words) > 1 and _fold(words[0]) in TITLES:
        words = words[1:]
    kept = [w for w in words if not _INITIAL.match(w)]
    return kept or words[-1:]


def name_key(name: str) -> str:
    """The identity key of a person's name: ``"Frank‑Walter Steinmeier"`` and ``"frank walter
    STEINMEIER"`` -> ``"frank walter steinmeier"``; ``"Кристофер Блэр"`` -> ``"kristofer bler"``."""
    parts = [_fold(p) for w in name_tokens(name) for p in _SPLIT.split(w)]
    return " ".join(p for p in parts if p)


_PHONETIC = ((re.compile(r"(?<=[aeiou])j"), "i"), (re.compile(r"(?<!^)y"), "i"), (re.compile(r"w"), "v"),
             (re.compile(r"ks"), "x"), (re.compile(r"kh"), "h"), (re.compile(r"th"), "t"),
             (re.compile(r"ph"), "f"), (re.compile(r"(.)\1+"), r"\1"))


def phonetic_key(key: str) -> str:
    """A looser key for matching spellings across transliterations: ``"sergej lawrow"`` and
    ``"sergey lavrov"`` -> ``"sergei lavrov"``; ``"jan braathu"`` -> ``"jan bratu"``."""
    out = []
    for word in key.split():
        for pattern, repl in _PHONETIC:
            word = pattern.sub(repl, word)
        out.append(word)
    return " ".join(out)


#: case endings of Slavic, Baltic and Albanian names (instrumental, dative, genitive, ...),
#: longest first: "Bujarom Osmanijem" -> "Bujar Osmani", "Janu Bratuu" -> "Jan Bratu"
_ENDINGS = ("ijem", "jem", "om", "em", "ovi", "ju", "ja", "u", "a", "e", "i", "y")


def uninflected(key: str) -> list[str]:
    """Keys a name in an oblique case may stand for (each word with one case ending taken off)."""
    words = key.split()
    options = [[w] + [w[: -len(e)] for e in _ENDINGS if w.endswith(e) and len(w) - len(e) >= 3] for w in words]
    found: list[str] = []

    def walk(i: int, acc: list[str]) -> None:
        if len(found) > 64:
            return
        if i == len(options):
            found.append(" ".join(acc))
            return
        for option in options[i]:
            walk(i + 1, acc + [option])

    walk(0, [])
    return found[1:]


# ---------------------------------------------------------------- is it a person at all?

#: words of page furniture (menus, teasers, greetings, rubrics) in the pages' languages; a name
#: holding one is not a person. Folded like :func:`_fold`.
FURNITURE = frozenset("""related articles article story stories highlights highlight check also read more
share print home menu search login contact contacts subscribe newsletter follow tags tag topics
topic categories category archive latest popular comments comment advertisement copyright privacy
cookie cookies terms sitemap back top next previous page photo photos video videos gallery download
dear colleagues colleague friends ladies gentlemen greetings regards sincerely countries country
overview about news press releases release statements events calendar resources publications
documents library multimedia careers jobs vacancies procurement links partners see
ahnliche artikel teilen drucken startseite suche kontakt lesen mehr weitere nachrichten liebe lieber
geehrte geehrter sehr damen herren
novosti glavnaia poisk kontakty chitat dalee podelitsia uvazhaemye dorogie kollegi
pretraga vesti vijesti pocetna procitajte podeli postovani postovane dragi
lajme kryefaqja kerko ndaj lexo
acasa stiri cauta citeste distribuie stimate stimati dragi
accueil actualites rechercher partager lire suite chers cher chere madame messieurs
notizie cerca condividi leggi cari gentili egregio
noticias buscar compartir leer estimados queridos""".split())

#: the short words that, written right before a capitalised phrase, make it the rest of a
#: noun phrase ("Chairperson of the Ad Hoc ...", "ministro degli Affari Esteri"), not a name
_PHRASE_BEFORE = re.compile(
    r"(?:\b(?:of|for|on|to|in|at)\s+the|\b(?:degli|della|delle|dello|dei|des|du|au|aux|der|des|del|delo|"
    r"dell['’])|\b[Tt]he)\s*$")
_LINE_MAX = 60
#: a label line that introduces a press contact ("For media enquiries please contact:", "Контакты для СМИ:",
#: "Kontakt za medije:", "Contact presse :"): the name on the line under it is a person, not a heading
_CONTACT_LABEL = re.compile(r"(?:contact|contatt|kontakt|контакт|iletişim|kapcsolat|yhteys|тамос|матбуот|"
                            r"(?:više|dodatn\w*|further|more)[ \t]+informa\w*)[^\n]{0,40}:[ \t]*$",
                            re.IGNORECASE)
_GEORGIAN = re.compile("[\u10d0-\u10ff]")
#: a publication's or broadcaster's noun right before a capitalised name: "the magazine Charlie Hebdo"
_MEDIA_BEFORE = re.compile(r"\b(?:magazine|newspaper|daily|weekly|journal|paper|agency|channel|broadcaster|portal|"
                           r"website|site|blog|tv|radio|station|publication|gazette|bulletin|zeitung|zeitschrift|"
                           r"journal|revue|rivista|giornale|gazeta|gazzetta|gazette|novine|list|журнал|газета|"
                           r"агентство|издание|портал|телеканал)\s+[\"“«„]?$", re.I)
#: endings of nouns (abstract nouns, plurals of them) that no family name in the pages has
_NOUN_ENDING = re.compile(r"(?:tions?|sions?|ments|isms|ities|zione|zioni|ción|ciones|ções|ungen|heit|keit|schaft|"
                          r"ство|ция|ции|ние|ния)$", re.I)


@dataclass(frozen=True)
class Evidence:
    """Whether a name is a person, and why (the first reason that decided it)."""

    person: bool
    reason: str


def _spots(name: str, text: str) -> list[int]:
    """Where ``name`` is written in ``text``, left to right, never overlapping (what ``re.finditer(re.escape(name),
    text)`` finds), by ``str.find``: a pattern made of a page's name was compiled and kept in ``re``'s cache of
    512 patterns, ~16 bytes of compiled pattern a character (a hostile page's "name" can be megabytes)."""
    spots: list[int] = []
    at = text.find(name)
    while at >= 0 and name:
        spots.append(at)
        at = text.find(name, at + len(name))
    return spots


def person_evidence(mention: PersonMention, text: str) -> Evidence:
    """Is ``mention`` (found in ``text``) a person? Signals, none of them a list of examples:

    * the shape of a name: one to five words, each a capitalised word or a particle, no
      digits, no word in upper case throughout (an acronym);
    * no word of page furniture or a greeting in any of the pages' languages (:data:`FURNITURE`);
    * not the rest of a noun phrase ("of the ...", "degli ...", "the ...") wherever it is written;
    * not written only as a heading or menu line of its own, unless the text gives it a post;
    * not a name whose every word the text also writes in lower case (common words: "countries");
    * not a publication named after its noun ("the magazine Charlie Hebdo"), and no last word
      with the ending of an abstract noun or its plural ("Needs Assessment Missions").
    """
    name = mention.name.strip()
    words = name.split()
    if not 1 <= len(words) <= 5:
        return Evidence(False, "not the length of a name")
    for word in words:
        folded = _fold(word)
        if any(c.isdigit() for c in word):
            return Evidence(False, f"a digit in {word!r}")
        if folded in FURNITURE:
            return Evidence(False, f"page furniture or greeting word {word!r}")
        if len(word) > 1 and word.isupper() and not _INITIAL.match(word):
            return Evidence(False, f"acronym {word!r}")
        if not (word[:1].isupper() or folded in PARTICLES or _INITIAL.match(word) or _GEORGIAN.match(word)):
            return Evidence(False, f"{word!r} is not capitalised")   # Georgian script has no capitals
    if _NOUN_ENDING.search(words[-1]):
        return Evidence(False, f"{words[-1]!r} ends like a noun, not a family name")
    spots = _spots(name, text)
    if spots and all(_MEDIA_BEFORE.search(text[max(0, at - 24):at]) for at in spots):
        return Evidence(False, "the name of a publication or broadcaster")
    phrase = [bool(_PHRASE_BEFORE.search(text[max(0, at - 12):at])) for at in spots]
    if spots and all(phrase):
        return Evidence(False, "the rest of a noun phrase")
    if spots and not mention.post and all(p or _heading_line(text, at, at + len(name)) for p, at in zip(phrase, spots)):
        return Evidence(False, "only as a heading or menu line, or the rest of a noun phrase")
    if spots and not mention.post and all(_chrome_line(text, at, at + len(name), words) for at in spots):
        return Evidence(False, "a share bar's or menu's line (repeated, or among other chrome lines)")
    written_lower = _lower_words(text)
    lower = [w for w in words if w.lower() not in PARTICLES and not _INITIAL.match(w) and w.lower() in written_lower
             and not _GEORGIAN.match(w)]
    if lower and len(lower) == len([w for w in words if w.lower() not in PARTICLES and not _INITIAL.match(w)]):
        return Evidence(False, f"every word is also written in lower case (common words: {' '.join(lower)})")
    return Evidence(True, "name shape")


@functools.lru_cache(maxsize=16)
def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (a document's text is read once, not once a name); an e-mail or a web
    address is no word ("katya.andrusz@odihr.pl" under a press contact's name writes no common word "andrusz")."""
    text = text or ""
    if "@" in text or "://" in text or "www." in text:      # (what an address needs; most texts hold none)
        text = _ADDRESS_TOKEN.sub(" ", text)
    return frozenset(w for w in re.findall(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*", text) if w[0].islower())


#: an e-mail address or a web address
_ADDRESS_TOKEN = re.compile(r"[^\s<>()]+@[^\s<>()]+|\b(?:https?://|www\.)\S+")


#: a line of capitalised words and nothing else (a menu's or share bar's items parted by single spaces)
_CAPITALISED_LINE = re.compile(r"(?:[^\W\d_][\w'’.-]*[ \t]+)*[^\W\d_][\w'’.-]*")


@functools.lru_cache(maxsize=16)
def _line_counts(text: str) -> Counter[str]:
    """How many times ``text`` prints each line (stripped): counted once a document, not once a name's
    mention (a page of thousands of repeated short lines took time in the square of their number)."""
    return Counter(ln.strip() for ln in text.splitlines())


def _chrome_line(text: str, start: int, end: int, words: list[str]) -> bool:
    """The name at ``text[start:end]`` lies on a line of capitalised words and nothing else that is chrome: the
    page prints the same line again (a share bar at the head of the page and under the text: "Сподели
    Принтирай", "Udostępnij Drukuj"), the line is a menu of five words or more ("Gündem Dünya Ekonomi Spor
    Kültür": "Dünya" is a given name too), or none of the name's words is a given name and the line is a menu of
    four words or stands next to another line of capitalised words only, with no sentence around it (a share bar
    between the menu and the headline: "Paylaş Yazdır"; a press contact under a headline, "Nat Parry", is a
    person, and so is a name on a line of its own that a contact label heads)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if not _CAPITALISED_LINE.fullmatch(line) or not all(w[:1].isupper() for w in line.split()):
        return False
    if _line_counts(text)[line] >= 2 or len(line.split()) >= 5:
        return True
    if any(_given_name(w) for w in words):
        return False
    if len(line.split()) >= 4:
        return True
    above = [ln.strip() for ln in text[:line_start].splitlines() if ln.strip()][-1:]
    if above and _CONTACT_LABEL.search(above[0]):
        return False
    below = [ln.strip() for ln in text[line_end + 1:].splitlines() if ln.strip()][:1]
    return not any(len(ln) > _LINE_MAX or ln.endswith((".", ":", "!", "?", "»", "”", '"')) for ln in above + below) \
        and any(_CAPITALISED_LINE.fullmatch(ln) and all(w[:1].isupper() for w in ln.split()) for ln in above + below)


def _given_name(word: str) -> bool:
    from .extract.names import is_given_name     # (the extractor's package imports this module)
    return is_given_name(word)


def _heading_line(text: str, start: int, end: int) -> bool:
    """The name is a line of its own, and the lines around it are headings or menu items too
    (short, no sentence punctuation), or it stands right before such a list."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(" -–•*#\t") or text[end:line_end].strip(" :\t"):
        return False
    above = [ln.strip() for ln in text[:line_start].splitlines() if ln.strip()][-1:]
    if above and _CONTACT_LABEL.search(above[0]):
        return False                          # a press contact under its label (line n's and j1_en's releases)
    below = [ln.strip() for ln in text[line_end + 1:].splitlines() if ln.strip()][:1]
    return any(len(ln) > _LINE_MAX or ln[:1] in "-–•*" or ln.endswith((".", ":")) for ln in above + below)


# ---------------------------------------------------------------- curated officials


@dataclass(frozen=True)
class Term:
    """One holder of a standing post in one period (a row of ``officials.csv``)."""

    person: str
    post: str
    organization: str
    start: int
    end: int | None
    wikidata: str | None
    alt_labels: tuple[str, ...]
    languages: dict = field(default_factory=dict, hash=False, compare=False)

    def during(self, year: int) -> bool:
        return self.start <= year <= (self.end if self.end is not None else 9999)


@dataclass
class Officials:
    """The curated holders of standing posts, and their names indexed by key."""

    terms: list[Term]
    by_key: dict[str, str] = field(default_factory=dict)       # name key -> person label
    by_phonetic: dict[str, str] = field(default_factory=dict)  # phonetic key -> person label

    def persons(self) -> list[str]:
        return list(dict.fromkeys(t.person for t in self.terms))

    def names_of(self, person: str) -> list[str]:
        names = [person]
        for t in self.terms:
            if t.person == person:
                names += [a for a in t.alt_labels if a not in names]
        return names

    def terms_of(self, person: str) -> list[Term]:
        return [t for t in self.terms if t.person == person]

    def match(self, name: str, *, inflected: bool = False) -> tuple[str, str] | None:
        """(person label, rule) when ``name`` is a curated official's name, alias or spelling;
        with ``inflected`` (a language that declines names) also the name with case endings off."""
        key = name_key(name)
        if key in self.by_key:
            return self.by_key[key], "curated-official"
        for option in uninflected(key) if inflected and len(key.split()) >= 2 else ():
            if option in self.by_key:
                return self.by_key[option], "curated-official"
        if len(key.split()) >= 2 and phonetic_key(key) in self.by_phonetic:
            return self.by_phonetic[phonetic_key(key)], "curated-official"
        return None

    def by_post(self, name: str, organizations: Iterable[str], year: int | None) -> str | None:
        """The one official whose surname (or uninflected name) is ``name`` and whose post is in
        one of ``organizations`` (during ``year`` when known); None when none or several fit."""
        key = name_key(name)
        wanted = {key, *uninflected(key)}
        orgs = set(organizations)
        fits = set()
        for t in self.terms:
            if t.organization not in orgs or (year is not None and not t.during(year)):
                continue
            for alias in self.names_of(t.person):
                k = name_key(alias)
                surname = k.split()[-1]
                if wanted & {k, surname} or {phonetic_key(w) for w in wanted} & {phonetic_key(k)}:
                    fits.add(t.person)
        return fits.pop() if len(fits) == 1 else None


_TAG = re.compile(r"@([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$")


@functools.cache
def officials() -> Officials:
    """``loader/data/officials.csv``, read and indexed once per process.

    Raises:
        ReferenceDataError: the file is missing or a row is malformed (file and line named).
    """
    try:
        text = resources.files("osce_kg.loader").joinpath("data", "officials.csv").read_text("utf-8")
    except FileNotFoundError as exc:
        raise ReferenceDataError("reference data file officials.csv is missing") from exc
    terms = []
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            alts, langs = [], {}
            for cell in (row["alt_labels"] or "").split("|"):
                cell = cell.strip()
                m = _TAG.search(cell)
                if m:
                    cell = cell[:m.start()].strip()
                    langs[cell] = m.group(1)
                if cell:
                    alts.append(cell)
            terms.append(Term(row["person"].strip(), row["post"].strip(), row["organization"].strip(),
                              int(row["start"]), int(row["end"]) if (row["end"] or "").strip() else None,
                              (row["wikidata"] or "").strip() or None, tuple(alts), langs))
        except (KeyError, ValueError, AttributeError) as exc:
            raise ReferenceDataError(f"officials.csv line {line}: {exc}") from exc
    found = Officials(terms)
    for person in found.persons():
        for alias in found.names_of(person):
            found.by_key.setdefault(name_key(alias), person)
            found.by_phonetic.setdefault(phonetic_key(name_key(alias)), person)
    return found


# ---------------------------------------------------------------- one document


@dataclass
class Resolved:
    """What one name written in a document resolves to."""

    written: str                 # the name as the extractor gave it
    key: str                     # the key the IRI is made from
    label: str                   # the resource's name (the official's, else the name without titles)
    rule: str                    # one of RULES
    language: str = "en"
    official: str | None = None  # the curated official's label
    variant: str | None = None   # the name as written without a place run into it (the alternative label)

    @property
    def alt_label(self) -> str:
        return self.variant or self.written


@dataclass
class Resolution:
    """A document's identity decisions: who each written name is, what was dropped and why."""

    persons: dict[str, Resolved] = field(default_factory=dict)     # written name -> resolution
    dropped: dict[str, str] = field(default_factory=dict)          # written name -> reason
    acronyms: dict[str, str] = field(default_factory=dict)         # acronym -> full name (on the page)
    linked: dict[str, str] = field(default_factory=dict)           # key in another script -> Latin name

    def person(self, written: str) -> Resolved | None:
        return self.persons.get(written)


class Resolver:
    """Resolves the persons and organizations of one document (see the module docstring)."""

    def __init__(self, ref: Reference, curated: Officials | None = None) -> None:
        self.ref = ref
        self.curated = curated if curated is not None else officials()

    def resolve(self, doc: Document) -> Resolution:
        """Decide identity for ``doc``; drops the mentions that are not persons from its records."""
        out = Resolution()
        full: dict[str, str] = {}     # surname key -> the full name's key, from this document
        out.linked = linked_names(doc.text)
        for record in doc.records:
            kept = []
            for mention in record.persons:
                ev = person_evidence(mention, doc.text or record.body)
                if not ev.person:
                    out.dropped[mention.name] = ev.reason
                    continue
                kept.append(mention)
                key = name_key(mention.name)
                if len(key.split()) >= 2:
                    full.setdefault(key.split()[-1], key)
            record.persons = kept
        for record in doc.records:
            for mention in record.persons:
                if mention.name not in out.persons:
                    out.persons[mention.name] = self._person(mention, record, full, out.linked)
        out.acronyms = defined_acronyms(doc.text)
        return out

    def _person(self, mention: PersonMention, record: Record, full: dict[str, str],
                linked: dict[str, str] | None = None) -> Resolved:
        lang = record.language
        name = self._without_places(mention.name)
        if mention.written:                  # put in the nominative by the extractor: the page's form is the variant
            return self._nominative_person(mention, record, full, linked, name)
        latin = (linked or {}).get(name_key(name))
        if latin is not None:
            name = latin if not self.curated.match(name) else name
        curated = self.curated.match(name, inflected=_non_nominative(lang))
        if curated:
            return Resolved(mention.name, name_key(curated[0]), curated[0], curated[1], lang, curated[0], name)
        key = name_key(name)
        orgs = [*record.organizations, *record.field_operations,
                *([mention.organization] if mention.organization else [])]
        year = record.date.year if isinstance(record.date, dt.date) else None
        if len(key.split()) == 1 or _non_nominative(lang):
            by_post = self.curated.by_post(name, orgs, year)
            if by_post:
                return Resolved(mention.name, name_key(by_post), by_post, "official-by-post", lang, by_post, name)
        if len(key.split()) == 1 and key in full:
            return Resolved(mention.name, full[key], _title_of(full[key]), "surname-in-document", lang,
                            variant=name)
        label = " ".join(name_tokens(name)).replace("\u2011", "-")
        if latin is not None:
            written = self._without_places(mention.name)
            return Resolved(mention.name, key, label, "linked-on-page", lang, variant=written)
        return Resolved(mention.name, key, label, "same-name", lang, variant=name)

    def _nominative_person(self, mention: PersonMention, record: Record, full: dict[str, str],
                           linked: dict[str, str] | None, name: str) -> Resolved:
        """A name the extractor put back in the nominative ("Janu Bratuu" -> "Jan Bratu"): resolved
        as that name, with the form the page wrote kept as the variant (``skos:altLabel``)."""
        plain = PersonMention(name=mention.name, post=mention.post, organization=mention.organization)
        res = self._person(plain, record, full, linked)
        res.variant = self._without_places(mention.written or name)
        return res

    def _without_places(self, name: str) -> str:
        """A name with the place a page ran into it taken off ("Kosovu Majkl Devenport",
        "Severne Makedonije Bujarom Osmanijem"): leading words that are a State, territory or
        city, also in an inflected form (same stem), when two words or more are left."""
        words = name.split()
        for size in (2, 1):
            if len(words) - size >= 2 and self._is_place(words[:size]):
                return " ".join(words[size:])
        return name

    def _is_place(self, words: list[str]) -> bool:
        text = " ".join(words)
        if any(self.ref.lookup(kind, text) for kind in ("state", "territory", "city")):
            return True
        folded = [_fold(w) for w in words]
        return any(_same_stems(folded, alias) for alias in _place_aliases(self.ref).get(folded[0][:5], ()))


def _place_aliases(ref: Reference) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every name of a State, territory or city as folded words (one or two long), by the first five
    letters of its first word (the stem every inflected form shares, see :func:`_same_stems`)."""
    return ref.derived("resolve.place_aliases", _build_place_aliases)


def _build_place_aliases(ref: Reference) -> dict[str, tuple[tuple[str, ...], ...]]:
    names = set()
    for kind in ("state", "territory", "city"):
        for label, record in ref.records(kind).items():
            for alias in (label, *record.alt_labels):
                words = tuple(_fold(w) for w in alias.split())
                if 1 <= len(words) <= 2:
                    names.add(words)
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names):
        index.setdefault(words[0][:5], []).append(words)
    return {k: tuple(v) for k, v in index.items()}


def _same_stems(words: list[str], alias: tuple[str, ...]) -> bool:
    """Word by word the same stem: "kosovu" ~ "kosovo", "severne makedonije" ~ "severna makedonija"."""
    if len(words) != len(alias):
        return False
    for w, a in zip(words, alias):
        n = max(5, len(a) - 1)
        if len(a) < 5 or abs(len(w) - len(a)) > 3 or w[:n] != a[:n]:
            return False
    return True


def _non_nominative(lang: str) -> bool:
    """Languages whose pages write names in oblique cases ("sa Bujarom Osmanijem")."""
    return lang.split("-")[0] in {"sr", "hr", "bs", "sl", "cs", "sk", "pl", "ru", "uk", "be", "bg", "mk",
                                  "lt", "lv", "sq", "cnr"}


def _title_of(key: str) -> str:
    return " ".join(w.capitalize() for w in key.split())


_ACRONYM_DEF = re.compile(r"(?P<full>(?:[A-Z][\w’'&-]*\s+)"
                          r"(?:(?:of|for|on|and|the|in|de|des|du|la)\s+|[A-Z][\w’'&-]*\s+){0,10}"
                          r"[A-Z][\w’'&-]*)\s+\((?P<acr>[A-Z][A-Za-z&/]{1,9})\)")


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a page defines: ``"the EastWest Institute (EWI)"`` -> ``{"EWI": "EastWest Institute"}``.

    The acronym must be spelled by the initials of the name's capitalised words (so that a
    bracketed country code or party name is never taken for it)."""
    found: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text or ""):
        acr = m.group("acr")
        words = m.group("full").split()
        wanted = re.sub(r"[^A-Z]", "", acr.upper())
        for start in range(len(words)):
            caps = [w for w in words[start:] if w[:1].isupper()]
            spelled = ("".join(w[0] for w in caps).upper(),                       # World Customs Organization
                       "".join(c for w in caps for c in w if c.isupper()))        # EastWest Institute
            if words[start][:1].isupper() and wanted in spelled:
                found.setdefault(acr, " ".join(words[start:]))
                break
    return found


_WORD_LATIN = r"[A-Z][a-zà-öø-ÿĀ-ž'’-]+"
# a capitalised word in Cyrillic, Greek, Georgian or Armenian
_WORD_OTHER = (r"[\u0400-\u042f\u0386-\u038f\u0391-\u03a9\u10a0-\u10ff\u0531-\u0556]"
               r"[\u0400-\u04ff\u0370-\u03ff\u10d0-\u10ff\u0561-\u0587'’-]+")
_NAME_IN_ONE_SCRIPT = (rf"(?:{_WORD_LATIN}[ \t]+){{1,3}}{_WORD_LATIN}"
                       rf"|(?:{_WORD_OTHER}[ \t]+){{1,3}}{_WORD_OTHER}")
_PAIR = re.compile(rf"(?P<a>{_NAME_IN_ONE_SCRIPT})[ \t]*\([ \t]*(?P<b>{_NAME_IN_ONE_SCRIPT})[ \t]*\)")


def linked_names(text: str) -> dict[str, str]:
    """Names a page gives in two scripts side by side: ``"Кристофер Блэр (Christopher Blair)"`` or
    ``"Christopher Blair (Кристофер Блэр)"`` -> ``{"kristofer bler": "Christopher Blair"}``."""
    found: dict[str, str] = {}
    for m in _PAIR.finditer(text or ""):
        a, b = m.group("a"), m.group("b")
        if len(a.split()) > len(b.split()):     # "Also Lamberto Zannier (Ламберто Заньер)": the name ends the run
            a = " ".join(a.split()[-len(b.split()):])
        latin_a, latin_b = bool(re.match(_WORD_LATIN, a)), bool(re.match(_WORD_LATIN, b))
        if latin_a != latin_b and len(a.split()) == len(b.split()):
            other, latin = (b, a) if latin_a else (a, b)
            found.setdefault(name_key(other), latin)
    return found


def organization_key(name: str) -> str:
    """The identity key of a body's name: case, diacritics, hyphens and a leading "the" folded."""
    return normalize(name).replace("-", " ")


__all__ = ["RULES", "TITLES", "FURNITURE", "name_key", "name_tokens", "phonetic_key", "uninflected",
           "person_evidence", "Evidence", "Officials", "Term", "officials", "Resolved", "Resolution",
           "Resolver", "defined_acronyms", "linked_names", "organization_key"]
