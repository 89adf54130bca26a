"""The bundled example corpus (``corpus/*.txt``): size, encoding, originality, coverage.

Originality is checked against the third-party pages in ``../shared/corpus/`` by
comparing normalized word 12-grams: our documents may reuse facts and names from those
pages, never sentences. Lines of a site navigation block that are names from the real
navigation ("- Czech Republic", "- Conflict Prevention Centre") are exempt.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared" / "corpus"
NGRAM = 12

# Hyphenated compounds ("co-ordinator", "Co-operation") count as one word.
_WORD = re.compile(r"\w+(?:[-\u2010\u2011]\w+)*")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October"
           "|November|December")
_DATE = rf"\d{{1,2}} (?:{_MONTHS}) \d{{4}}"
# A dateline opens with an upper-case place (one or several, joined by "/").
_PLACES = r"[A-ZÀ-ÞČŠŽĆĐŞȘȚ][A-ZÀ-ÞČŠŽĆĐŞȘȚ .'’-]*(?:\s?/\s?[A-ZÀ-ÞČŠŽĆĐŞȘȚ][A-ZÀ-ÞČŠŽĆĐŞȘȚ .'’-]*)*"
DATELINE = re.compile(rf"^{_PLACES},? {_DATE}\b|^{_PLACES} – {_DATE}\.")


# --------------------------------------------------------------------------- helpers

def documents() -> list[Path]:
    """The corpus documents: every ``*.txt`` file (README.md is not a document)."""
    return sorted(CORPUS.glob("*.txt"))


@functools.cache
def read(path: Path) -> str:
    """Text of *path*; raises UnicodeDecodeError when it is not UTF-8."""
    return path.read_bytes().decode("utf-8")


def lines(path: Path) -> list[str]:
    return read(path).splitlines()


def nonblank(path: Path) -> list[str]:
    return [line.strip() for line in lines(path) if line.strip()]


def words(text: str) -> list[str]:
    """Normalized words: NFKC, case-folded, runs of letters and digits (hyphens join)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def ngrams(tokens: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def shared_pages() -> list[Path]:
    """Third-party page texts (and the index of their titles) under ../shared/corpus."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not available")
    pages = sorted(SHARED.rglob("*.txt")) + sorted(SHARED.rglob("*.tsv"))
    assert pages, f"no pages found under {SHARED}"
    return pages


@functools.cache
def shared_ngrams() -> frozenset[tuple[str, ...]]:
    """Every word 12-gram of every shared page, each page read as one stream of words
    (so a sentence hard-wrapped over several lines there is still caught)."""
    grams: set[tuple[str, ...]] = set()
    for page in shared_pages():
        grams |= ngrams(words(page.read_text(encoding="utf-8", errors="replace")))
    return frozenset(grams)


@functools.cache
def navigation_labels() -> frozenset[str]:
    """The "- name" item lines of the real site navigation (pages listing the States)."""
    labels: set[str] = set()
    for page in shared_pages():
        text = page.read_text(encoding="utf-8", errors="replace")
        if "\nParticipating States\n" in text:
            labels |= {line.strip() for line in text.splitlines() if line.startswith("- ")}
    return frozenset(labels)


def copied_ngrams(line: str) -> set[tuple[str, ...]]:
    """12-grams of *line* also found in a shared page (empty for navigation names)."""
    if line.strip() in navigation_labels():
        return set()
    return ngrams(words(line)) & shared_ngrams()


def has_navigation(path: Path) -> bool:
    return "Participating States" in nonblank(path) and "- About us" in nonblank(path)


def body(path: Path) -> str:
    """The document without its site navigation block (which ends at "- About us")."""
    all_lines = lines(path)
    if has_navigation(path):
        all_lines = all_lines[all_lines.index("- About us") + 1:]
    return "\n".join(all_lines)


def nav_states(path: Path) -> list[str]:
    """The items of the navigation's Participating States list."""
    block = lines(path)
    start = block.index("Participating States") + 1
    end = block.index("- Asian Partners for Co-operation")
    return [line[2:] for line in block[start:end]]


def nav_fields_of_work() -> set[str]:
    """The labels of the "Fields of work" list of the corpus's own navigation pages."""
    labels: set[str] = set()
    for path in filter(has_navigation, documents()):
        block = lines(path)
        start = block.index("Fields of work") + 1
        end = block.index("- Field operations")
        labels |= {line[2:].casefold() for line in block[start:end]}
    return labels


def datelines(path: Path) -> list[str]:
    return [line for line in nonblank(path) if DATELINE.match(line)]


def in_order(path: Path, labels: list[str]) -> bool:
    """True when *labels* occur as whole lines of *path*, in that order."""
    found = nonblank(path)
    position = 0
    for label in labels:
        try:
            position = found.index(label, position) + 1
        except ValueError:
            return False
    return True


# --------------------------------------------------------------------------- size and encoding

def test_at_least_twenty_documents() -> None:
    assert len(documents()) >= 20


@pytest.mark.parametrize("path", documents(), ids=lambda p: p.name)
def test_document_is_utf8_text(path: Path) -> None:
    text = read(path)  # raises on invalid UTF-8
    assert not text.startswith("\ufeff"), "byte order mark"
    assert "\x00" not in text and "\r" not in text
    assert all(ch in "\n\t" or unicodedata.category(ch)[0] != "C" for ch in text), \
        "control character"


@pytest.mark.parametrize("path", documents(), ids=lambda p: p.name)
def test_document_body_is_short(path: Path) -> None:
    size = len(body(path).encode("utf-8"))
    assert 500 <= size <= 3072, f"{size} bytes of body"


def test_readme_describes_every_document() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    missing = [p.name for p in documents() if p.name not in readme]
    assert not missing


# --------------------------------------------------------------------------- originality

def test_overlap_check_catches_a_copied_sentence() -> None:
    seed = next(p for p in shared_pages() if p.parent.name == "seed")
    copied = next(line for line in seed.read_text(encoding="utf-8").splitlines()
                  if line.startswith("BRUSSELS"))
    assert copied_ngrams(copied)
    assert copied_ngrams("Intro words. " + copied[40:200].upper() + " outro")
    assert not copied_ngrams("- Office of the Special Representative and Co-ordinator "
                             "for Combating Trafficking in Human Beings")


@pytest.mark.parametrize("path", documents(), ids=lambda p: p.name)
def test_document_shares_no_sentence_with_shared_pages(path: Path) -> None:
    offences = []
    for number, line in enumerate(lines(path), start=1):
        for gram in sorted(copied_ngrams(line))[:1]:
            offences.append(f"line {number}: {' '.join(gram)}")
    assert not offences, "\n".join(offences)


# --------------------------------------------------------------------------- formats

def _nav_page(*items: str) -> Callable[[Path], bool]:
    def check(path: Path) -> bool:
        return has_navigation(path) and len(nav_states(path)) == 57 and all(
            item in lines(path) for item in items)
    return check


def _seed_metadata(path: Path) -> bool:
    return in_order(path, ["Press release", "- Date:", "- Place:", "- Source:",
                           "- Fields of work:"])


def _skip_links(path: Path) -> bool:
    return nonblank(path)[0] == "Skip Links" and in_order(
        path, ["Press release", "Date:", "Source:", "Fields of work:"])


def _title_first(path: Path) -> bool:
    first, second = nonblank(path)[:2]
    return not DATELINE.match(first) and first not in {"Newsroom", "Skip Links"} \
        and bool(DATELINE.match(second))


def _dateline_first(path: Path) -> bool:
    return bool(DATELINE.match(nonblank(path)[0]))


def _section_news(path: Path) -> bool:
    return nonblank(path)[1] == "News" and not datelines(path)


def _newsroom_release(path: Path) -> bool:
    found = nonblank(path)
    return found[0] == "Newsroom" and "Publishing date:" not in read(path) and \
        bool(datelines(path))


def _listing(path: Path) -> bool:
    dates = [line for line in nonblank(path) if line.startswith("Publishing date: ")]
    return 4 <= len(dates) <= 6 and all(
        any(line.startswith(label) for line in nonblank(path))
        for label in ("Content type: ", "Where we are: ", "What we do: "))


def _location_listing(path: Path) -> bool:
    found = nonblank(path)
    return sum(line.startswith("Publishing date: ") for line in found) >= 3 and \
        any(line.startswith("Location: ") for line in found)


def _event(path: Path) -> bool:
    return in_order(path, ["- Date:", "- Location:", "- Organized by:", "- Source:"])


def _is_page(path: Path) -> bool:
    """An entity page: no dateline, no release, news or listing layout."""
    return not datelines(path) and "Publishing date:" not in read(path) \
        and "- Date:" not in lines(path) and not has_navigation(path) \
        and nonblank(path)[1] != "News"


_FIELD_OPERATION = re.compile(r"^OSCE (Mission (to|in)|Presence in|Centre in|Programme Office in|"
                              r"Project Co-ordinator in|Office in) ")
_INSTITUTIONS = {"OSCE Office for Democratic Institutions and Human Rights",
                 "OSCE High Commissioner on National Minorities",
                 "OSCE Representative on Freedom of the Media"}


def _field_operation_page(path: Path) -> bool:
    return _is_page(path) and bool(_FIELD_OPERATION.match(nonblank(path)[0]))


def _closed_operation_page(path: Path) -> bool:
    return _field_operation_page(path) and nonblank(path)[0].endswith("(closed)")


def _renamed_operation_page(path: Path) -> bool:
    text = read(path)
    return _field_operation_page(path) and "Centre in Astana" in text \
        and "Programme Office in Astana" in text


def _institution_page(path: Path) -> bool:
    return _is_page(path) and nonblank(path)[0] in _INSTITUTIONS


def _secretariat_page(path: Path) -> bool:
    return _is_page(path) and nonblank(path)[0] == "OSCE Secretariat"


def _field_of_work_page(path: Path) -> bool:
    return _is_page(path) and nonblank(path)[0].casefold() in nav_fields_of_work()


_RU_MONTH = re.compile(r"\b\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|"
                       r"сентября|октября|ноября|декабря)\b")
_SOUTH_SLAVIC_OR_ROMANIAN_DATE = re.compile(
    r"\b\d{1,2}\. ?(januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|"
    r"novembar|decembar)a?\b|\b\d{1,2} (ianuarie|februarie|martie|aprilie|mai|iunie|iulie|"
    r"august|septembrie|octombrie|noiembrie|decembrie)\b")


def _cyrillic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum("CYRILLIC" in unicodedata.name(ch, "") for ch in letters) / max(len(letters), 1)


def _russian(path: Path) -> bool:
    return _cyrillic_share(read(path)) > 0.8 and bool(_RU_MONTH.search(read(path)))


def _south_slavic_or_romanian(path: Path) -> bool:
    text = read(path)
    return _cyrillic_share(text) == 0 and bool(re.search("[čćšžđșțăâî]", text)) \
        and bool(_SOUTH_SLAVIC_OR_ROMANIAN_DATE.search(text))


FORMATS: dict[str, tuple[int, Callable[[Path], bool]]] = {
    "navigation 2025 (Finland – OSCE Chairpersonship 2025, Czechia)": (1, _nav_page(
        "- Finland – OSCE Chairpersonship 2025", "- Czechia", "- Gender equality conferences")),
    "navigation, older (Czech Republic, Gender Equality Review Conferences)": (1, _nav_page(
        "- Czech Republic", "- Gender Equality Review Conferences")),
    "navigation, newest (Switzerland – OSCE Chairpersonship 2026)": (1, _nav_page(
        "- Switzerland – OSCE Chairpersonship 2026", "- Finland")),
    "navigation pages": (2, has_navigation),
    "seed metadata block (- Date: / - Place: / - Source: / - Fields of work:)": (
        2, _seed_metadata),
    "Skip Links layout": (1, _skip_links),
    "title-first release": (3, _title_first),
    "dateline-first release": (1, _dateline_first),
    "Newsroom header with place-date line": (1, _newsroom_release),
    "news item in a section layout (header, News, caption)": (1, _section_news),
    "newsroom listing with 4-6 items": (1, _listing),
    "listing with Location:": (1, _location_listing),
    "event page": (2, _event),
    "field operation pages": (3, _field_operation_page),
    "closed field operation page": (1, _closed_operation_page),
    "renamed field operation page (Centre -> Programme Office in Astana)": (
        1, _renamed_operation_page),
    "institution pages": (2, _institution_page),
    "Secretariat page": (1, _secretariat_page),
    "field-of-work page": (1, _field_of_work_page),
    "Russian document": (1, _russian),
    "Serbian, Bosnian or Romanian document": (1, _south_slavic_or_romanian),
}


@pytest.mark.parametrize("name", FORMATS)
def test_format_is_present(name: str) -> None:
    at_least, check = FORMATS[name]
    matching = [p.name for p in documents() if check(p)]
    assert len(matching) >= at_least, f"{name}: {matching}"


DATELINE_SHAPES: dict[str, re.Pattern[str]] = {
    "hyphen": re.compile(rf", {_DATE} - "),
    "en dash": re.compile(rf", {_DATE} – "),
    "double hyphen": re.compile(rf", {_DATE} -- "),
    "hyphen glued to the date": re.compile(rf", {_DATE}- "),
    "(OSCE) tag": re.compile(rf", {_DATE} \(OSCE\)- "),
    "several places": re.compile(rf"^[A-Z]+ ?/ ?[A-Z]+.*{_DATE}"),
    "places, dash, date, period": re.compile(rf"^[A-Z ]+( / [A-Z ]+)+ – {_DATE}\. "),
    "place and date alone on a line": re.compile(rf"^[A-Z][A-Z .'-]+ {_DATE}$"),
}


@pytest.mark.parametrize("shape", DATELINE_SHAPES)
def test_dateline_shape_is_present(shape: str) -> None:
    pattern = DATELINE_SHAPES[shape]
    assert any(pattern.search(line) for p in documents() for line in nonblank(p))


# --------------------------------------------------------------------------- what the bodies mention

def _bodies() -> str:
    return "\n".join(body(p) for p in documents())


MENTIONS: dict[str, tuple[int, list[str]]] = {
    "participating States by name": (15, [
        "Albania", "Austria", "Belgium", "Bosnia and Herzegovina", "Canada", "Czech Republic",
        "Finland", "Georgia", "Germany", "Greece", "Italy", "Kazakhstan", "Kyrgyzstan",
        "Malta", "Moldova", "Montenegro", "North Macedonia", "Norway", "Poland",
        "Russian Federation", "Serbia", "Slovenia", "Sweden", "Switzerland", "Tajikistan",
        "Türkiye", "Turkmenistan", "Ukraine", "United Kingdom", "United States of America",
        "Uzbekistan"]),
    "participating States by national adjective": (5, [
        "Finnish", "Swiss", "German", "Greek", "Kazakh", "Albanian", "Serbian", "Slovak",
        "Italian", "Swedish", "Maltese", "Dutch", "Norveški"]),
    "Partners for Co-operation": (4, [
        "Afghanistan", "Japan", "Australia", "Algeria", "Egypt", "Israel", "Jordan",
        "Morocco", "Tunisia", "Partners for Co-operation"]),
    "field operations": (8, [
        "OSCE Presence in Albania", "OSCE Mission to Bosnia and Herzegovina",
        "OSCE Mission in Kosovo", "OSCE Mission to Skopje", "OSCE Centre in Astana",
        "OSCE Programme Office in Astana", "OSCE Office in Tajikistan",
        "OSCE Programme Office in Dushanbe", "OSCE Centre in Ashgabat",
        "OSCE Project Co-ordinator in Uzbekistan", "OSCE Mission to Serbia",
        "OSCE Mission to Georgia", "OSCE Special Monitoring Mission to Ukraine"]),
    "institutions and Secretariat units": (6, [
        "Office for Democratic Institutions and Human Rights",
        "High Commissioner on National Minorities", "Representative on Freedom of the Media",
        "OSCE Parliamentary Assembly", "Permanent Council", "Conflict Prevention Centre",
        "Transnational Threats Department", "Documentation Centre in Prague",
        "Forum for Security Co-operation"]),
    "posts": (4, [
        "Secretary General", "Head of Mission", "Head of the OSCE", "Chairperson-in-Office",
        "Chairman-in-Office", "Director of", "Special Representative"]),
    "non-OSCE organizations": (5, [
        "United Nations", "European Union", "Council of Europe", "International Labour "
        "Organization", "International Organization for Migration", "World Customs "
        "Organization", "INTERPOL", "North Atlantic Treaty Organization"]),
    "event series": (3, [
        "Ministerial Council", "Annual Security Review Conference", "Mediterranean Conference",
        "Alliance against Trafficking in Persons", "Summit", "Annual Session"]),
    "cities": (8, [
        "Vienna", "Warsaw", "The Hague", "Copenhagen", "Prague", "Helsinki", "Tirana",
        "Skopje", "Sarajevo", "Astana", "Dushanbe", "Tbilisi", "Basel", "Palermo",
        "Valletta", "Ashgabat", "Pristina", "Luxembourg"]),
}


@pytest.mark.parametrize("kind", MENTIONS)
def test_bodies_mention(kind: str) -> None:
    at_least, names = MENTIONS[kind]
    text = _bodies()
    found = [name for name in names if re.search(rf"\b{re.escape(name)}\b", text)]
    assert len(found) >= at_least, f"{kind}: only {found}"
