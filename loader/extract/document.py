"""Text to :class:`~osce_kg.loader.records.Document`: the extractor's entry points.

``read_text`` is pure; ``read_document`` adds reading (and checking) the file's bytes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

from osce_kg.loader.errors import DocumentError
from osce_kg.loader.extract.dates import NUMERIC_ORDER, PAGE_LANGUAGE, numeric_order, parse_date, parse_range
from osce_kg.loader.extract.datelines import resolve, title_case
from osce_kg.loader.extract.decode import MAX_BYTES, decode, normalise, read_bytes
from osce_kg.loader.extract.fields import (elided_operations, label_topic, labelled_by_values, listed_below,
                                           menu_items, place_first_operations, split_topics, topic_page,
                                           without_tags)
from osce_kg.loader.extract.html import is_html, read_html
from osce_kg.loader.extract.issuer import breadcrumb_body, credited_source, infer_source, press_service_source
from osce_kg.loader.extract.language import detect_language
from osce_kg.loader.extract.layouts import NO_FOOTER, RawRecord, credit_names, operation_named_by_shape, split_page
from osce_kg.loader.extract.mentions import NOT_ORGANIZATIONS, TODAY, WHOLE_OSCE, find_mentions, series_for
from osce_kg.loader.extract.navigation import parse_navigation
from osce_kg.loader.extract.urls import url_from_index
from osce_kg.loader.records import Document, EventMention, Record
from osce_kg.loader.reference import Reference, reference, split_chairpersonship

_KIND_BY_TYPE = {"Press release": "press_release", "Press statement": "statement", "Statement": "statement",
                 "News": "news", "Event": "event", "Daily report": "report", "Spot report": "report",
                 "Report": "report", "Speech": "statement", "Media advisory": "news", "Feature": "news",
                 "Story": "news", "Interview": "news"}
_EVENT_TITLE = re.compile(r"\b(?:Meeting|Conference|Forum|Summit|Session|Ministerial Council|Seminar|"
                          r"Workshop|Exhibition|Festival)\b(?:\s+\d{4})?")


def read_document(path: Path, url: str | None = None) -> Document:
    """Read one page file into a Document.

    ``url`` is where the page was published; without it, the ``index.tsv`` beside the file
    (``file`` and ``url`` columns, as the shared corpus folders have) is asked.

    Raises:
        DocumentError: the file is missing, too large, empty, binary, in a language we
            cannot read, or holds no record and no navigation, or a record lacks what it needs.
    """
    data = read_bytes(path)
    text = decode(data, file=str(path))
    title_hint = None
    if is_html(Path(path).name, text):
        text, own_url, title_hint = _html_text(text, str(path))
        url = url or own_url
    return _read(text, str(path), hashlib.sha256(data).hexdigest(), url or url_from_index(path), title_hint)


def _html_text(html: str, path: str) -> tuple[str, str | None, str | None]:
    """An HTML page's text, own URL and own title (``og:title`` / ``<title>``, :mod:`.html`).

    Raises:
        DocumentError: the page has no text outside scripts, styles and chrome.
    """
    text, url, title = read_html(html)
    if not text.strip():
        raise DocumentError("HTML page has no text outside scripts, styles and site chrome", file=path)
    return text, url, title


def read_text(text: str, path: str, url: str | None = None) -> Document:
    """Read a page's text (already decoded) into a Document; ``sha256`` is of its UTF-8 bytes.

    Raises:
        DocumentError: as :func:`read_document`, except for the file checks.
    """
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > MAX_BYTES:
        raise DocumentError(f"text too large: {len(data)} bytes (limit {MAX_BYTES})", file=path)
    if not text.strip():
        raise DocumentError("empty file", file=path)
    title_hint = None
    if is_html(path, text):
        text, own_url, title_hint = _html_text(text, path)
        url = url or own_url
    return _read(text, path, hashlib.sha256(data).hexdigest(), url, title_hint)


def _read(raw_text: str, path: str, sha256: str, url: str | None = None, title_hint: str | None = None) -> Document:
    text = normalise(raw_text)
    language, why = detect_language(text)
    if language is None:
        raise DocumentError(why, file=path)
    ref = reference()
    lines = text.split("\n")
    ends_cut = not raw_text.endswith("\n")
    navigation, start = parse_navigation(lines, is_known=lambda item: _known_name(item, ref))
    order = NUMERIC_ORDER.set(numeric_order(text[:MAX_MENTION_CHARS]))   # the page's own order of d/m
    spoken = PAGE_LANGUAGE.set(language)                                   # its months' names
    try:
        raws = split_page(lines, start, ends_cut and start < len(lines), title_hint)
        records = [_to_record(raw, language, ref, path, text, url) for raw in raws]
    finally:
        PAGE_LANGUAGE.reset(spoken)
        NUMERIC_ORDER.reset(order)
    if not records and navigation.is_empty():
        raise DocumentError("no record and no site navigation found", file=path)
    return Document(path=path, sha256=sha256, text=text, records=records,
                    navigation=None if navigation.is_empty() else navigation, language=language, url=url)


def _known_name(item: str, ref: Reference) -> bool:
    """Whether the reference data knows a navigation item (so it was not cut mid-word)."""
    name, _ = split_chairpersonship(item)
    return any(ref.lookup(kind, name) for kind in ("state", "partner", "field", "series",
                                                   "organization", "field_operation"))


def _to_record(raw: RawRecord, language: str, ref: Reference, path: str, text: str,
               url: str | None = None) -> Record:
    """Resolve a raw record's labels and text into canonical names.

    Raises:
        DocumentError: the record has no title, no dateline with text after it, and less
            than :data:`MIN_BODY_LETTERS` letters of text: nothing says what it is.
    """
    if not raw.title and not (raw.dateline and raw.body.strip()) and _letters(raw.body) < MIN_BODY_LETTERS:
        raise DocumentError("record has no title, no dateline and almost no text: cannot tell what it is",
                            file=path, line=raw.line)
    record = Record(kind="page", title=raw.title, body=raw.body, language=language, line=raw.line,
                    content_type=raw.content_type)
    metadata_date = _label_date(raw)
    page_date = metadata_date or raw.timestamp or raw.date_line
    dateline_date = resolve(raw.dateline, page_date) if raw.dateline else None
    if raw.dateline and raw.dateline.date is None and raw.timestamp:
        dateline_date = raw.timestamp        # a yearless dateline: the site's own date is the page's
    record.date = metadata_date or dateline_date or raw.date_line or raw.timestamp or broadcast_date(raw.body)
    record.place = _place(raw, ref)
    record.source = credited_source(_source(raw, ref, text, language), raw, text, ref, language, WHOLE_OSCE) \
        or press_service_source(text, ref, language)                                          # issuer.py
    record.fields_of_work = _fields(raw, ref, text, language)
    _where_we_are(record, raw, ref)
    _mentions(record, raw, ref)
    record.kind = _kind(record, raw, ref)
    if record.kind == "field_of_work" and not record.fields_of_work and record.title:
        record.fields_of_work = [ref.lookup("field", record.title) or record.title]
    if record.kind == "event":
        _event_dates(record, raw, metadata_date, ref)
    if record.source is None:
        record.source = infer_source(record.title, record.kind, url, ref, WHOLE_OSCE, language, text,
                                     date=record.date)
        record.source_inferred = record.source is not None
    return record


#: a broadcaster's closing line saying when the item went on air ("Diese Nachricht wurde am 05.12.2025 im Programm
#: Deutschlandfunk gesendet.", "Sujet radio: Forum, La 1ère, 4 décembre 2025"): a broadcast word in the languages
#: the broadcasters of the region write it
_BROADCAST = re.compile(
    r"gesendet|sendung|ausgestrahlt|sujet (?:radio|tv)|diffusé|émission|broadcast|aired|on air|andato in onda|"
    r"trasmess[oa]|emitid[oa]|uitgezonden|uitzending|sändes|sänt|lähetetty|emitowan|audycj|odvysíl|vysielan|"
    r"в эфире|эфир|в ефірі|ефір|емитуван|emitiran|emitovan|emis[ăa]|adás|εκπομπή|μεταδόθηκε", re.I)
#: how many of a text's last lines may be the broadcast line, and how long it may be (a line, not a paragraph)
_BROADCAST_LINES, _BROADCAST_WORDS = 3, 20


def broadcast_date(body: str) -> dt.date | None:
    """The date a broadcaster's closing line gives, the only date of a page without a stamp or dateline: a short
    line among the text's last three with a broadcast word and a full date (Deutschlandfunk, RTS); else None."""
    from osce_kg.loader.extract.dates import find_date_span

    lines = [ln.strip() for ln in body.strip().splitlines() if ln.strip()][-_BROADCAST_LINES:]
    for line in reversed(lines):
        if len(line.split()) > _BROADCAST_WORDS or not _BROADCAST.search(line):
            continue
        span = find_date_span(line)
        if span and span[2] and span[3]:
            return span[2]
    return None


#: an untitled record without a dateline is kept only with at least this much text
MIN_BODY_LETTERS = 200
#: mentions are looked for in the first this many characters of a record (a long release is
#: ~10 000); it keeps a 20 MB one-record file from taking minutes
MAX_MENTION_CHARS = 100_000


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _label_date(raw: RawRecord) -> dt.date | None:
    for value in raw.labels.get("date", []):
        start, end = parse_range(value)
        if start and end:
            return start                  # an event's days: its first ("14–15 octombrie 2026", af2_ro; "28 września –
                                          # 9 października 2026", af3_pl)
        date, had_year = parse_date(value)
        if date and had_year:
            return date
    return None


def _place_as_written(name: str, ref: Reference | None = None) -> str:
    """A dateline place as the page writes it (its language and spelling), in title case; a
    known city's own spelling where capitals merged letters ("BAKI" -> "Bakı", not "Baki")."""
    name = name.strip()
    name = title_case(name) if name.isupper() else name
    spelled = ref.city_spelling(name) if ref else None
    if spelled is None and ref is not None and _GREEK.search(name) and _without_tonos(name) == name:
        spelled = _greek_cities(ref).get(_without_tonos(name.upper()))   # "ΑΘΗΝΑ" -> "Αθήνα"
    return spelled if spelled and spelled.lower() != name.lower() else name


_GREEK = re.compile("[\u0370-\u03ff]")


def _without_tonos(text: str) -> str:
    """Greek without its accents: capitals drop them ("ΑΘΗΝΑ" for "Αθήνα")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _greek_cities(ref: Reference) -> dict[str, str]:
    """The curated cities' Greek names by their capitals without accents, where one name gives
    them (built once per reference index, kept on it: :meth:`Reference.derived`)."""
    return ref.derived("document.greek_cities", _build_greek_cities)


def _build_greek_cities(ref: Reference) -> dict[str, str]:
    names: dict[str, set[str]] = {}
    for city in ref.records("city").values():
        for name in (city.label, *city.alt_labels):
            if _GREEK.search(name):
                names.setdefault(_without_tonos(name.upper()), set()).add(name)
    return {k: v.pop() for k, v in names.items() if len(v) == 1}


def _place(raw: RawRecord, ref: Reference) -> str | None:
    """The ``Place:`` label, else the dateline's places, else a known city before a date."""
    for value in raw.labels.get("place", []):
        if value.strip():
            return " / ".join(_place_as_written(p, ref) for p in re.split(r"\s*/\s*", value) if p.strip())
    if raw.dateline and raw.dateline.places:
        return " / ".join(_place_as_written(p, ref) for p in raw.dateline.places)
    if raw.date_line_place:
        return raw.date_line_place
    return None


def _source(raw: RawRecord, ref: Reference, text: str = "", language: str = "en") -> str | None:
    """The issuing body: a ``Source:`` label (several joined with " / "), else a statement
    heading ("EU Statement ..."), an aggregator's header naming a body, or a news agency
    right after the dateline ("ВЕНА, 1 июл - РИА Новости.")."""
    for value in raw.labels.get("source", []):
        names = [n.strip() for n in re.split(r",\s+(?=OSCE\b|[A-Z])|\s+/\s+", value.strip()) if n.strip()]
        labels = [ref.lookup("organization", n) or ref.lookup("field_operation", n) or _strip_closed(n, ref)
                  or agency_label(n, ref) or n for n in names]
        if labels:
            return " / ".join(dict.fromkeys(labels))
    if raw.listing_item:
        return None
    if _section_header(raw, ref, text, language) is not None:
        # (a field office's name heading its section over the headline implies the issuer, names none: issuer.py
        # gives it, inferred, as a breadcrumb's or an address's section, tests/gold/README.md "Inferred issuers")
        return None
    for heading in raw.headings:
        m = re.match(r"^(?P<org>.{2,60}?)\s+(?:Statement|Press release|Press statement)\b", heading, re.I)
        label = m and ref.lookup("organization", m.group("org"))
        if label:
            return label
    if len(raw.headings) >= 2 and len(raw.headings[0].split()) >= 2 and raw.own_headings is None \
            and raw.headings[1] == raw.title:
        # (a body's name above the site's menus is the masthead of a news site, not the item's issuer; the OSCE's name
        # right over the headline, only a stamp between, is an aggregator's feed line, other_010's; with a section's
        # name or a menu's heading between, "Office for Democratic Institutions and Human Rights", "Chairpersonship",
        # it is osce.org's own masthead, which names no issuer: the section does, inferred, issuer.py: sa1_en, sa1_fr,
        # sa3_en)
        label = ref.lookup("organization", raw.headings[0])
        if label and label in WHOLE_OSCE:
            from osce_kg.loader.extract.issuer import breadcrumb_section
            # (session 12, S) a breadcrumb between them that names a body ("Accueil / Haut-Commissaire pour les
            # minorités nationales / Actualités", sc5_fr) is osce.org's own too: the section is the issuer, inferred
            if breadcrumb_section(text, raw.title, ref, WHOLE_OSCE, language) is None:
                return label
    if raw.dateline and raw.dateline.agency:
        label = ref.lookup("organization", raw.dateline.agency) or agency_label(raw.dateline.agency, ref)
        if label not in WHOLE_OSCE:
            return label or raw.dateline.agency
    if raw.dateline and raw.dateline.credit:      # "Душанбе, 3 феврали 2026, Ховар": known to the data
        return ref.lookup("organization", raw.dateline.credit) or agency_label(raw.dateline.credit, ref)
    if raw.byline_agency:
        # "By Name - Trend:": the agency the author writes for, when the reference data knows it; of a
        # credit line's names ("LRT.lt, BNS", "Le Monde avec AFP"), the last the data knows
        for name in [raw.byline_agency, *reversed(credit_names(raw.byline_agency))]:
            label = ref.lookup("organization", name) or agency_label(name, ref)
            if label and label not in WHOLE_OSCE and ref.organizations[label].kind != "osce":
                return label
        code = raw.byline_agency.strip()
        if _AGENCY_CODE.fullmatch(code) and not any(ref.lookup(kind, code) for kind in ("organization", "state")):
            return agency_label(code, ref) or code    # "TT", "NTB" beside the stamp: a code the data lacks
    if raw.dateline and raw.dateline_rest:
        # "... UNN. Text", and "Київ. 10 квітня. Укрінформ" with the text on the next line
        m = re.match(r"^([^\W\d][^.,;:։]{1,40}?)\s*(?:[.։](?:\s|$)|$)", raw.dateline_rest)   # (։: Armenian's stop)
        label = m and ref.lookup("organization", m.group(1))
        if label:
            return label
        if m and m.end() == len(raw.dateline_rest.rstrip()) and (label := agency_label(m.group(1), ref)) \
                and ref.organizations[label].kind == "external":
            return label                        # "Bakı, 4 mart 2026 - Report" alone on its line: the one word
        if m and _AGENCY_CODE.fullmatch(m.group(1)) and not ref.lookup("organization", m.group(1)):
            return m.group(1)                   # "КИЇВ. 31 жовтня. УНН. ...": a news agency's code
        if len(raw.dateline_rest) <= 40 and "," in raw.dateline_rest:
            # "Ljubljana - MMC RTV SLO, STA" alone on its line: the place, then the credits
            for name in reversed(credit_names(raw.dateline_rest)):
                label = ref.lookup("organization", name)
                if label and label not in WHOLE_OSCE and ref.organizations[label].kind == "external":
                    return label
        site = _AGENCY_SITE.match(raw.dateline_rest)
        label = site and ref.lookup("organization", site.group("name"))
        if label and label not in WHOLE_OSCE:
            return label                        # "Москва. 12 марта. INTERFAX.RU - ...": the agency's site
    return None


def _section_header(raw: RawRecord, ref: Reference, text: str = "", language: str = "en") -> str | None:
    """The field operation whose name heads the page's own section right above its headline (a
    mission's page on osce.org or a mirror: "Misija OEBS u Srbiji" / "Saopštenje za javnost" /
    headline), under the site's own header: the body that issues what its section holds. (A field
    office's name as the page's first line is its site's masthead, from which the issuer is only
    inferred, :mod:`.issuer`.)"""
    headings = raw.own_headings if raw.own_headings is not None else raw.headings
    if raw.title not in headings:
        return None
    at = headings.index(raw.title)
    if at == 0 or headings[at - 1] == raw.headings[0]:
        return None                        # (a field office's masthead, the page's first line: inferred)
    above = headings[at - 1]
    if breadcrumb_body(text, raw.title, ref, WHOLE_OSCE, language) is not None:
        return None                        # (a breadcrumb's item under "Home": the section, inferred, :mod:`.issuer`)
    return ref.lookup("field_operation", above) or operation_named_by_shape(above)


# an agency's name in quotes after its kind: "АМИТ «Ховар»", "ИА «Кабар»", "агентство „Фокус“"
_QUOTED_NAME = re.compile(r"[«„“\"](?P<name>[^«»„“”\"]{2,30})[»“”\"]")
# the words of a news agency's label that say what it is, not which one it is
_AGENCY_WORDS = frozenset("news agency agencia agenzia agence agentur agencja agentstvo press information "
                          "national telegraph telegraphic".split())
# a word of a label that is no name ("Polish Press Agency", "Federal News Agency", "Media Information Agency")
_ADJECTIVE_OR_NOUN = re.compile(r"(?:ian|ish|ese|ic|al|ed|an|ech)$|^media$")


def agency_label(name: str, ref: Reference) -> str | None:
    """A news agency the page names in a short form the reference data does not list: its name in
    quotes after its kind ("АМИТ «Ховар»" -> Khovar), or the one distinctive word of its label
    ("Beta" -> BETA News Agency, "EFE" -> Agencia EFE). None when no single agency fits."""
    quoted = _QUOTED_NAME.search(name)
    if quoted and (label := ref.lookup("organization", quoted.group("name").strip())):
        return label
    return _agency_names(ref).get(name.strip().casefold())


def _agency_names(ref: Reference) -> dict[str, str]:
    """The reference's news agencies by the distinctive word of their label, where one agency has it
    (built once per reference index, kept on it: :meth:`Reference.derived`)."""
    return ref.derived("document.agency_names", _build_agency_names)


def _build_agency_names(ref: Reference) -> dict[str, str]:
    names: dict[str, set[str]] = {}
    for label, org in ref.records("organization").items():
        words = label.casefold().split()
        if org.kind != "external" or not _AGENCY_WORDS.intersection(words):
            continue
        rest = [w for w in words if w not in _AGENCY_WORDS]
        if len(rest) == 1 and len(rest[0]) >= 3 and not _ADJECTIVE_OR_NOUN.search(rest[0]):
            names.setdefault(rest[0], set()).add(label)
    return {k: v.pop() for k, v in names.items() if len(v) == 1}


#: an agency's name or site right after a dateline, then a slash, dash or colon ("INTERFAX.RU -")
_AGENCY_SITE = re.compile(r"^(?P<name>[^\W\d_][\w\-]{1,20}?)(?:\.[A-Za-z]{2,3})?\s*(?:/|[-–—:]\s)")


#: a news agency's code right after a dateline: two to six capitals ("УНН", "TASS")
_AGENCY_CODE = re.compile(r"[A-ZА-ЯЁЄІЇҐ]{2,6}")


def _strip_closed(name: str, ref: Reference) -> str | None:
    bare = re.sub(r"\s*\(closed\)\s*$", "", name)
    return ref.lookup("field_operation", bare) or ref.lookup("organization", bare)


def _split_values(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        out += [v.strip() for v in re.split(r",\s+|;\s*", value) if v.strip()]
    return out


def _fields(raw: RawRecord, ref: Reference, text: str, language: str | None) -> list[str]:
    values = without_tags(split_topics(_split_values(raw.labels.get("fields_of_work", []))), ref)  # no tag line
    for item in menu_items(text, ref):      # a topic menu's first item read as the label's value (fields.py)
        if item in values:
            values.remove(item)
    values += listed_below(text, values, ref)   # one topic a line under the label (fields.py)
    if not values and not raw.listing_item:
        values = labelled_by_values(text, ref, language) or topic_page(raw, text, ref)  # an unlisted label; a topic's
                                                                                        # page
    if raw.cut and values and not ref.lookup("field", values[-1]) and text.rstrip().endswith(values[-1]):
        values = values[:-1]                # the page stops inside the list
    out: list[str] = []
    for value in values:
        label = label_topic(value, ref, language) or value  # a listed topic's label (in the data's words or
                                                            # others), an unlisted one's English wording (fields.py)
        if label not in out:
            out.append(label)
    return out


def _where_we_are(record: Record, raw: RawRecord, ref: Reference) -> None:
    organizers = set(_split_values(raw.labels.get("organizers", [])))
    for value in _split_values(raw.labels.get("where", []) + raw.labels.get("organizers", [])):
        bare = re.sub(r"\s*\(closed\)\s*$", "", value)
        op = ref.lookup("field_operation", bare)
        org = ref.lookup("organization", bare)
        state = ref.lookup("state", bare)
        if op:
            _add(record.field_operations, op)
        elif org and org not in WHOLE_OSCE | NOT_ORGANIZATIONS:
            _add(record.organizations, org)
        elif org:
            continue
        elif state:
            _add(record.states, state)
        elif not ref.lookup("partner", bare) and org not in WHOLE_OSCE and value in organizers:
            _add(record.organizations, bare)  # (a "Where we are" value the data does not know names a place or a
                                              # menu's item, no body: "Newsroom", "South-Eastern Europe: ...")
    for value in _split_values(raw.labels.get("location", [])):
        state = ref.lookup("state", value)
        if state:
            _add(record.states, state)


def _mentions(record: Record, raw: RawRecord, ref: Reference) -> None:
    headings = raw.own_headings if raw.own_headings is not None else raw.headings
    text = "\n".join(t for t in (*(headings or [raw.title or ""]), raw.body) if t)
    # (the site's footer at the body's foot, as the chrome split read it; none in a text cut short)
    footer = raw.footer if len(text) <= MAX_MENTION_CHARS else NO_FOOTER
    found = find_mentions(text[:MAX_MENTION_CHARS], ref, record.language, footer)
    for label in found.states:
        _add(record.states, label)
    for label in found.field_operations:
        _add(record.field_operations, label)
    for label in elided_operations(text[:MAX_MENTION_CHARS], ref, found.field_operations):  # fields.py
        _add(record.field_operations, label)   # "die OSZE-Mission im Kosovo und die Mission in Bosnien ..."
    for label in place_first_operations(text[:MAX_MENTION_CHARS], ref):  # fields.py
        _add(record.field_operations, label)   # "ATƏT-in Aşqabaddakı Mərkəzi", "az EBESZ szerbiai missziója"
    for label in found.organizations:
        _add(record.organizations, label)
    for source in (record.source or "").split(" / "):
        if not source or source in WHOLE_OSCE | NOT_ORGANIZATIONS:
            continue
        if ref.lookup("field_operation", source):
            _add(record.field_operations, source)
        elif ref.lookup("organization", source) or raw.dateline and source == raw.dateline.agency:
            _add(record.organizations, source)
    country = raw.dateline.country if raw.dateline else None
    if country and (state := ref.lookup("state", country)):
        _add(record.states, state)   # "BAKU, Azerbaijan, Aug. 11"
    record.cities = list(found.cities)
    if record.place:
        for place in record.place.split(" / "):
            _add(record.cities, place)
    record.persons = found.persons
    record.events = found.events
    for event in record.events:
        if event.place == TODAY:              # "told the ... Conference today"
            event.date, event.place = record.date, record.place


def _add(items: list[str], label: str) -> None:
    if label and label not in items:
        items.append(label)


def _kind(record: Record, raw: RawRecord, ref: Reference) -> str:
    if record.content_type in _KIND_BY_TYPE:
        return _KIND_BY_TYPE[record.content_type]
    if not raw.listing_item and (raw.labels.get("location") is not None
                                 or raw.labels.get("organizers") is not None):
        return "event"
    title = record.title or ""
    if not raw.dateline and title:
        if ref.lookup("field", title):
            return "field_of_work"
        if ref.lookup("field_operation", title) or operation_named_by_shape(title):
            return "field_operation"            # also named in the page's language
        if ref.lookup("organization", title):
            return "institution"
        if _EVENT_TITLE.search(title) and not raw.listing_item:
            return "event"
    if raw.dateline or raw.listing_item or raw.labels.get("source"):
        return "press_release"
    return "page"


def _event_dates(record: Record, raw: RawRecord, metadata_date: dt.date | None, ref: Reference) -> None:
    """An event's own dates and place: the Date and Location labels, else the first date
    (range) in its text and the city it 'takes place in'."""
    location = [v for v in raw.labels.get("location", []) if v.strip()]
    if location:
        record.place = location[0].strip()
        for m in ref.scan(record.place, ("city",)):
            _add(record.cities, m.label)
    elif record.place is None:
        venue = re.search(r"\b(?:takes?|took|taking) place in ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
                          r"|\bheld in ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)", raw.body)
        if venue:
            record.place = venue.group(1) or venue.group(2)
    if metadata_date:
        start, end = parse_range(" ".join(raw.labels.get("date", [])))
    else:
        start, end = parse_range(raw.body)
    record.date = start or record.date
    record.end_date = end
    if record.title:
        own = next((e for e in record.events if e.name.casefold() == record.title.casefold()), None)
        if own is None:
            own = EventMention(name=record.title, series=series_for(record.title, ref))
            record.events.insert(0, own)
        own.date, own.place = record.date, record.place
    if not record.events:
        return
    event = record.events[0]
    for value in _split_values(raw.labels.get("organizers", [])):
        label = ref.lookup("organization", value) or ref.lookup("field_operation", value) or value
        _add(event.organizers, label)
