"""Fields of work printed one to a line under their label (issue 11, session 10, helper F).

osce.org and the field offices' sites print a page's topics as a label alone on its line and one topic a
line under it (``Fields of work:`` / ``Countering terrorism`` / ``Cyber/ICT Security``). The label reader
takes the first line only, since a label's plain value is one line; the lines after it are read here as
more of the list while each one is a field of work the reference data lists (in any of its languages), so
the first line that is not one (the dateline, ``Share``) ends the list.
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from importlib import resources

from osce_kg.loader.extract.layouts import RawRecord, is_label
from osce_kg.loader.reference import Reference, normalize


def listed_below(text: str, values: list[str], ref: Reference) -> list[str]:
    """The topics on the lines under a ``fields of work`` label's one-line value that are fields of work too."""
    if len(values) != 1:
        return []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "fields_of_work" not in _key(line):
            continue
        first = i + 1
        if first >= len(lines) or lines[first].strip() != values[0] or not topic(values[0], ref):
            continue
        more: list[str] = []
        for below in lines[first + 1:]:
            value = below.strip()
            if not value or is_label(below) is not None or not topic(value, ref):
                break
            more.append(value)
        return more
    return []


def _key(line: str) -> str:
    hit = is_label(line) if len(line) < 60 else None
    return hit[0] if hit is not None and not hit[1] and not hit[2] else ""


#: the gaps between topics printed on one line: three spaces or more, or a bar (``Fields of work:  Media freedom and
#: development   Rule of law``, ``Domenii de activitate: Prevenirea ... | Reforma ...``); a topic's own name has
#: neither (``Media freedom and development``), a list of names written with commas keeps them (``_split_values``)
_ON_ONE_LINE = re.compile(r"\s{3,}|\s+\|\s+")


#: a gap of two spaces: the topics of an archived or copied page's one line lose a space of their gaps (``Fields of
#: work: Elections  Democratization``); split there only when each part is a topic
_TWO_SPACES = re.compile(r"\s{2}")


def split_topics(values: list[str]) -> list[str]:
    """The topics of a label's values, those printed on one line split at their gaps (:data:`_ON_ONE_LINE`), or at
    two spaces when each part is a topic (:data:`_TWO_SPACES`)."""
    out: list[str] = []
    for value in values:
        for part in _ON_ONE_LINE.split(value):
            part = part.strip()
            if not part:
                continue
            if "  " in part:
                from osce_kg.loader.reference import reference

                parts = [p.strip() for p in _TWO_SPACES.split(part) if p.strip()]
                if len(parts) > 1 and all(topic(p, reference()) for p in parts):
                    out += parts
                    continue
            out.append(part)
    return out


def without_tags(values: list[str], ref: Reference) -> list[str]:
    """A topics label's values, none when they are a news site's tag line under a topic label's word: a value that is
    no topic and names a State, a city or a body (``OBWE``, ``Warszawa``, ``Mołdawia``) or is written in small
    letters (``dyplomacja``), or every value in small letters. The OSCE's sites list topics, capitalised; a tag line
    lists the item's names, places and words (``Tematy: OBWE   Warszawa   dyplomacja``)."""
    if values and (all(_lower_case(v) for v in values)
                   or any(topic(v, ref) is None and (_lower_case(v) or _a_name(v, ref)) for v in values)):
        return []
    return values


#: a short label, its colon (or the Armenian ``՝``) and its values: ``Ambiti di lavoro: Prevenzione e ...``
_LABEL_LINE = re.compile(r"^\s*([^\W\d][^:՝\d]{2,40}?)\s*[:՝]\s+(\S.{1,300})$")
#: an Armenian label and its values, the Armenian colon between them (``՝``, or the one-dot ``․`` that is often typed
#: as a full stop: ``Գործունեության ոլորտներ. Ընտրություններ``); an Armenian sentence ends with ``։``, not a dot
_ARMENIAN_LABEL_LINE = re.compile(r"^\s*([\u0531-\u0587][\u0531-\u0587 -]{2,40}?)\s*[.․]\s+(\S.{1,300})$")
#: the same label alone on its line, its values one a line under it: ``Oblasti činnosti:`` / ``Policajná činnosť``
_LABEL_ALONE = re.compile(r"^\s*([^\W\d][^:՝\d]{2,40}?)\s*[:՝]\s*$")
#: at most this many topics under a label alone: a page lists a few; a site's menu of every topic is no page's list
_MOST_TOPICS = 8
#: a label alone without its colon (``Arbeitsbereiche``, ``Жұмыс бағыттары``): a short line of words, no sentence
_BARE_LABEL = re.compile(r"^\s*([^\W\d][^:՝\d.!?,;|/]{2,40}?)\s*$")
#: the end of a sentence of the page's text, a closing quote or bracket after it: a topics block printed right under
#: the text, no blank line between (``... sagte Abdrachmanow.`` / ``Themenbereiche`` / ``Bildung`` / ``Teilen``)
_SENTENCE_END = re.compile(r"[.!?…][\"»”“’')]*$")
#: a line at least this long is a paragraph of the page's text: a metadata block under it is the page's own,
#: a site's menu comes before it
_PARAGRAPH = 120


@functools.cache
def _unlisted_names() -> tuple[tuple[str, str], ...]:
    """The topics the sites print outside the 23 listed ones, each name with its topic's English wording:
    ``loader/data/fields_of_work_unlisted.csv`` (an English wording, then its names in the region's languages)."""
    text = resources.files("osce_kg.loader").joinpath("data", "fields_of_work_unlisted.csv").read_text("utf-8")
    return tuple((name, row["label"]) for row in csv.DictReader(text.splitlines())
                 for name in (row["label"], *row["names"].split("|")))


@functools.cache
def _unlisted() -> dict[str, str]:
    """The topics outside the list by each of their names (normalized)."""
    return {normalize(name): label for name, label in _unlisted_names()}


def topic(value: str, ref: Reference) -> str | None:
    """The topic ``value`` names: a listed field of work's canonical label, or the English wording of a topic the
    sites print outside the list (``Безпека журналістів`` -> ``Safety of journalists``, ``Leyes de medios`` ->
    ``Media laws``), so a page in any language gives the one name the other pages give; else None."""
    if not value:
        return None
    found = ref.lookup("field", value) or _unlisted().get(normalize(value)) or _by_words(value, ref)
    if found is None and _CYRILLIC.search(value):
        # a language written in both scripts, its names listed in Latin: Serbian "Слобода и развој медија" is
        # "Sloboda i razvoj medija", Uzbek "Гендер тенглиги" is "Gender tengligi"
        for table in _LATIN:
            latin = value.translate(table)
            if latin != value and (found := ref.lookup("field", latin) or _by_words(latin, ref)):
                break
    return found


#: a Cyrillic letter
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: the Latin spellings of the languages the region writes in both scripts, each a translation table (Serbian and
#: Montenegrin, Bosnian: Gaj's alphabet; Uzbek: the 1995 alphabet), small and capital letters
_SERBIAN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                    ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p",
                     "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))
_UZBEK = dict(zip("абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ",
                  ["a", "b", "v", "g", "d", "e", "yo", "j", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                   "u", "f", "x", "ts", "ch", "sh", "ʼ", "", "e", "yu", "ya", "oʻ", "q", "gʻ", "h"]))
_LATIN = tuple(str.maketrans({**pairs, **{c.upper(): t.capitalize() for c, t in pairs.items()}})
               for pairs in (_SERBIAN, _UZBEK))


#: a word this long at most, in small letters, is a function word (``и``, ``их``, ``and``, ``și``, ``des``), no
#: topic's word (an acronym in capitals is: ``СМИ``, ``ИКТ``)
_FUNCTION_WORD = 3
#: the first letters of a word that find the names it may be a form of
_STEM = 4


def _words(name: str) -> list[str]:
    """A topic's name's words in small letters, function words left out."""
    return [w.casefold() for w in re.findall(r"\w+", name) if not (w.islower() and len(w) <= _FUNCTION_WORD)]


def _same_word(a: str, b: str) -> bool:
    """``a`` and ``b`` are one word in two case forms: all but the longer one's last three letters alike (four in a word
    of ten letters or more: ``границами``/``границ``, ``mediei``/``media``, ``dezvoltarea``/``dezvoltării``), four at
    least; two compounds that share only their first part (``Medienfreiheit``, ``Medienvielfalt``) are not, nor a
    word and a compound it begins (``Медиуми``, ``Медиаплюрализм``)."""
    if a == b:
        return True
    n = max(len(a), len(b))
    same = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return same >= max(_STEM, n - (4 if n >= 10 else 3))


def _by_words(value: str, ref: Reference) -> str | None:
    """The topic whose name has ``value``'s words in other case forms and in any order, function words aside
    (``Свобода СМИ и их развитие`` and ``Свобода и развитие СМИ``; ``Свобода медіа та розвиток``;
    ``Libertatea și dezvoltarea mass-mediei``); None when no name or two topics' names do."""
    words = _words(value)
    if not words:
        return None
    found = {label for names, label in _names_by_stems(ref).get(frozenset(w[:_STEM] for w in words), ())
             if len(names) == len(words) and all(any(_same_word(w, n) for n in names) for w in words)
             and all(any(_same_word(n, w) for w in words) for n in names)}
    return found.pop() if len(found) == 1 else None


def _names_by_stems(ref: Reference) -> dict[frozenset[str], list[tuple[list[str], str]]]:
    """Each topic's names (listed and unlisted ones) by their words' first letters, built once a reference and kept
    on it (:meth:`~osce_kg.loader.reference.Reference.derived`)."""
    return ref.derived("fields.names_by_stems", _build_names_by_stems)


def _build_names_by_stems(ref: Reference) -> dict[frozenset[str], list[tuple[list[str], str]]]:
    built: dict[frozenset[str], list[tuple[list[str], str]]] = {}
    names = [(name, field.label) for field in ref.fields_of_work.values() for name in (field.label, *field.alt_labels)]
    for name, label in [*names, *_unlisted_names()]:
        words = _words(name)
        if words:
            built.setdefault(frozenset(w[:_STEM] for w in words), []).append((words, label))
    return built


#: a word's first letters that two forms of it (or a word and its derivative) share: ``policisë``/``Policimi``,
#: ``поліції``/``Поліцейська``, ``Полицијске``/``Полицијски``; a shorter word must be the name's word itself
_AKIN = 5


def label_topic(value: str, ref: Reference, language: str | None = None) -> str | None:
    """The topic a fields-of-work label's value names (:func:`topic`), or the one listed topic its words point to when
    the site words it otherwise than the data's names (``Aktivitetet e policisë``, ``Діяльність поліції``,
    ``Полицијске активности``, ``Озодии расонаҳо ва рушди онҳо``): :func:`_by_akin_words`. Only for a label's values
    (the words of a headline or a tag line are no topic's) and not on a page in English: the list's English names are
    its own, an English wording outside them is a topic outside the list (``Military reform and co-operation``)."""
    found = topic(value, ref)
    return found if found or language == "en" else _by_akin_words(value, ref)


def _by_akin_words(value: str, ref: Reference) -> str | None:
    """The listed topic ``value``'s words name in the data's names of it, in any of its languages: a word of the
    value akin to a word of one topic's names only (``policisë`` -> Policing's ``Policimi``) is that topic's; a word
    akin to several topics' names (``Aktivitetet``, ``діяльність``, ``активности``) points to none. The value is
    a short capitalised name, half its words at least akin to some topic's, every word that points to one topic
    pointing to the same one, or to two where one's name has more of its words in the value (``Çështjet gjinore``:
    Gender equality's ``Barazia gjinore`` half, National minority issues' ``Çështjet e pakicave kombëtare`` a
    third); two words at least when the value has two (``Salle de presse``: a menu's, ``presse`` alone). None
    otherwise."""
    if _lower_case(value) or any(c.isdigit() for c in value) or _SENTENCE_END.search(value):
        return None
    words = _words(normalize(value))
    if not words or len(words) > _TOPIC_WORDS:
        return None
    index = _akin_index(ref)
    matched = 0
    distinct: set[str] = set()
    for word in words:
        labels = {label for name_word, label in index.get(word[:_AKIN] if len(word) >= _AKIN else word, ())
                  if _akin(word, name_word)}
        matched += bool(labels)
        if len(labels) == 1:
            distinct |= labels
    if not distinct or 2 * matched < len(words) or matched < min(2, len(words)):
        return None                 # (one word of two: ``Salle de presse``, ``Communiqué de presse``)
    cover = {label: max(_covered(words, name) for name in _names_words(ref)[label]) for label in distinct}
    best = sorted(cover.values(), reverse=True)
    if len(best) > 1 and best[0] == best[1] or matched < 2 and 2 * best[0] < 1:
        return None                 # (one word that is a long name's lesser word: ``Cooperation``)
    if any(ref.lookup(kind, word) for word in value.split() if word[:1].isupper()
           for kind in ("state", "organization", "field_operation", "city")):
        return None                 # (a place's or a body's: ``Kosovo police``, ``Polizei Wien``)
    return next(label for label, c in cover.items() if c == best[0])


def _akin(word: str, name_word: str) -> bool:
    """``word`` and a topic name's word are one word's forms: alike, or sharing their first :data:`_AKIN` letters at
    least and all but the longer one's last three (four in a word of ten letters or more: ``Полицијске``/
    ``Полицијски``); a compound that opens with another's stem is not (``Правозахисники``, ``Правова``)."""
    if word == name_word:
        return True
    n = max(len(word), len(name_word))
    same = next((i for i, (x, y) in enumerate(zip(word, name_word)) if x != y), min(len(word), len(name_word)))
    return same >= max(_AKIN, n - (4 if n >= 10 else 3))


def _covered(words: list[str], name: list[str]) -> float:
    """The share of a topic name's words that are akin to one of ``words``."""
    return sum(1 for n in name if any(_akin(w, n) for w in words)) / len(name)


def _names_words(ref: Reference) -> dict[str, list[list[str]]]:
    """Each listed topic's names' words (normalized, function words aside), a reference's once (kept on it)."""
    return ref.derived("fields.names_words", _build_names_words)


def _build_names_words(ref: Reference) -> dict[str, list[list[str]]]:
    built: dict[str, list[list[str]]] = {}
    for field in ref.fields_of_work.values():
        for name in (field.label, *field.alt_labels):
            words = _words(normalize(name))
            if words:
                built.setdefault(field.label, []).append(words)
    return built


def _akin_index(ref: Reference) -> dict[str, set[tuple[str, str]]]:
    """The listed topics' names' words by their first :data:`_AKIN` letters (a shorter word by itself), each with its
    topic's label, a reference's once (kept on it)."""
    return ref.derived("fields.akin_index", _build_akin_index)


def _build_akin_index(ref: Reference) -> dict[str, set[tuple[str, str]]]:
    built: dict[str, set[tuple[str, str]]] = {}
    for label, names in _names_words(ref).items():
        for name in names:
            for word in name:
                built.setdefault(word[:_AKIN] if len(word) >= _AKIN else word, set()).add((word, label))
    return built


def labelled_by_values(text: str, ref: Reference, language: str | None = None) -> list[str]:
    """The values of a label whose every value is a listed field of work, whatever its label's words.

    osce.org and the field offices print a page's topics as ``<label>: <topic>, <topic>`` in every one of
    their languages (``Ce que nous faisons : ...``, ``Was wir tun: ...``, ``Сферы деятельности: ...``,
    ``Иш багыттары: ...``, ``Գործունեության ոլորտներ՝ ...``), or, in the new layout's metadata block, as the
    label alone on its line with one topic a line under it (``Oblasti činnosti:`` / ``Kybernetická bezpečnosť``
    / ``Policajná činnosť``); the label's words vary with the language and the layout's year, the values come
    from one vocabulary. A label of at most five words whose values are all listed topics (in any of their
    languages), on its line or on the lines under it up to the first that is not one, is such a block; the
    first one counts. The new layout also prints the label without its colon (``Arbeitsbereiche`` /
    ``Medienfreiheit und Medienentwicklung``), as its topic menu does: such a block counts by its shape, under the
    page's text (a line of a paragraph's length above it, where no menu is), a blank line before the label and
    after the topics, the label no topic, State, body or place (a tag list's first item)."""
    lines = text.splitlines()
    text_above = False
    other_words: list[str] | None = None
    for i, line in enumerate(lines):
        above, text_above = text_above, text_above or len(line) >= _PARAGRAPH
        if len(line) > 360:
            continue
        m = _LABEL_LINE.match(line) or _ARMENIAN_LABEL_LINE.match(line)
        if m is not None and len(m.group(1).split()) <= 5:
            values = split_topics(re.split(r",\s+|;\s*", m.group(2)))
            if values and all(topic(v, ref) for v in values) and not all(_lower_case(v) for v in values) \
                    and _site_topics(values, text, ref):
                return values           # (a tag line writes its topics in lower case: ``Теги: верховенство права``)
            if other_words is None and values and all(label_topic(v, ref, language) for v in values):
                other_words = values    # (topics in other words: read when no label's values are the data's)
            if _unlisted_beside_listed(values, text, ref):
                return values
            continue
        m = _LABEL_ALONE.match(line)
        if m is not None and len(m.group(1).split()) <= 5:
            below = _topic_lines(lines[i + 1:i + 2 + _MOST_TOPICS], ref)
            if 0 < len(below) <= _MOST_TOPICS and _site_topics(below, text, ref):
                return below
            if not below and other_words is None:
                akin = _topic_lines(lines[i + 1:i + 2 + _MOST_TOPICS], ref, language)
                other_words = akin if _akin_block(m.group(1), akin) else None
            continue
        m = _BARE_LABEL.match(line) if above and _opens_block(lines, i, ref) else None
        if m is not None and len(m.group(1).split()) <= 5 and not _a_name(m.group(1), ref):
            below = _topic_lines(lines[i + 1:i + 2 + _MOST_TOPICS], ref)
            end = i + 1 + len(below)
            if 0 < len(below) <= _MOST_TOPICS and (end == len(lines) or not lines[end].strip()
                                                   or _next_label(lines, end, ref)) and _site_topics(below, text, ref):
                return below
            if not below and other_words is None:
                # the block's topics worded otherwise than the data's names (``Сфери роботи`` / ``Діяльність
                # поліції``, ``Области рада`` / ``Полицијске активности``): read as a label's other words are
                akin = _topic_lines(lines[i + 1:i + 2 + _MOST_TOPICS], ref, language)
                end = i + 1 + len(akin)
                if _akin_block(m.group(1), akin) and (end == len(lines) or not lines[end].strip()
                                                      or _next_label(lines, end, ref)):
                    other_words = akin
    # a label's topics in other words than the data's, on the OSCE's sites only (``Области рада: Полицијске
    # активности``, ``Самтҳои фаъолият: Озодии расонаҳо ва рушди онҳо``)
    return other_words if other_words and _osce_body_site(text, ref) else []


#: at most this many words in a topic's name outside the list (``Freedom of peaceful assembly``)
_TOPIC_WORDS = 5


def _unlisted_beside_listed(values: list[str], text: str, ref: Reference) -> bool:
    """``values`` are an OSCE site's topics, some outside the list: printed on one line (commas, bars or spaces between
    them) after a label, on a page the OSCE's masthead or copyright names as its own; a listed topic among them and the
    others each a short capitalised name that is no State, place or body and no sentence (``Područje rada: Prava
    manjina   Povratak izbjeglica``, ``Галузі роботи: Права людини   Правозахисники``). Kept as written."""
    if not 2 <= len(values) <= _MOST_TOPICS or not any(topic(v, ref) in ref.fields_of_work for v in values):
        return False
    for value in values:
        if topic(value, ref) is not None:
            continue
        if len(value.split()) > _TOPIC_WORDS or _lower_case(value) or any(c.isdigit() for c in value) \
                or _SENTENCE_END.search(value) or _a_name(value, ref):
            return False
    return _osce_body_site(text, ref)


#: a bracketed acronym after a body's name on a masthead line: ``Бюро з демократичних інститутів і прав людини (БДІПЛ)``
_BRACKETED = re.compile(r"\s*\([^()]{1,12}\)\s*$")
#: at most this many words on a masthead line naming a field operation by its shape (``OSCE Misija u Srbiji``)
_MASTHEAD_WORDS = 6


def _osce_body_site(text: str, ref: Reference) -> bool:
    """The page is on the OSCE's own site or one of its bodies': the masthead or copyright line names the OSCE (as
    :func:`~osce_kg.loader.extract.urls.on_osce_site` reads them), an institution or another OSCE body (``OSCE Office
    for Democratic Institutions and Human Rights``, ``© OSCE ODIHR 2026``), or a masthead line opens with the OSCE's
    acronym and names a body of it after it (``ОБСЄ  Бюро з демократичних інститутів і прав людини (БДІПЛ)``) or a
    field operation, a few words (``OSCE Misija u Srbiji``)."""
    from osce_kg.loader.extract.mentions import WHOLE_OSCE, find_field_operations_by_shape
    from osce_kg.loader.extract.urls import MASTHEAD_LINES, on_osce_site

    bodies = WHOLE_OSCE | {label for label, org in ref.organizations.items() if org.kind != "external"}
    if on_osce_site(text, ref, bodies):
        return True
    for line in [ln.strip() for ln in text[:2000].splitlines() if ln.strip()][:MASTHEAD_LINES]:
        first, _, rest = line.partition(" ")
        if ref.lookup("organization", first) not in WHOLE_OSCE or not rest.strip():
            continue
        rest = _BRACKETED.sub("", rest).strip()
        if ref.lookup("organization", rest) in bodies or ref.lookup("field_operation", line) \
                or len(line.split()) <= _MASTHEAD_WORDS and find_field_operations_by_shape(line, ref):
            return True
    return False


def topic_page(raw: RawRecord, text: str, ref: Reference) -> list[str]:
    """The topic of an OSCE site's page about one topic: its title is a topic's name (listed, or one the sites print
    outside the list), the page has no date (no dateline, date line, stamp or date label: no news item) and it is on
    the site of the OSCE or one of its bodies (the RFoM's ``Safety of Journalists``, ``Segurança dos jornalistas``)."""
    title = (raw.title or "").strip()
    if not title or raw.listing_item or raw.dateline or raw.date_line or raw.timestamp or raw.labels.get("date") \
            or topic(title, ref) is None or not _osce_body_site(text, ref):
        return []
    return [title]


def _site_topics(values: list[str], text: str, ref: Reference) -> bool:
    """``values`` are the topics of an OSCE site's label: one of them is listed, or the page is the OSCE's own (its
    masthead or copyright names it: the RFoM's ``Temas: Leyes de medios; Pluralismo de los medios``). Topics outside
    the list alone, on another site, are its own taxonomy (ReliefWeb's ``Themes: Mine Action``), no such label."""
    if any(topic(v, ref) in ref.fields_of_work for v in values):
        return True
    from osce_kg.loader.extract.urls import on_osce_site

    return on_osce_site(text, ref)


#: the scripts whose running text starts a name with a capital (Georgian has no capitals in running text)
_CASED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def _lower_case(value: str) -> bool:
    """``value`` starts with a small letter of a script with capitals: a tag, not a topic's name as a site lists it."""
    first = value[:1]
    return first.islower() and unicodedata.name(first, "").startswith(_CASED_SCRIPTS)


def _sentence(line: str) -> bool:
    """``line`` is a sentence of the page's text (the last before its metadata block), or blank: it ends with a stop
    and has two words at least (``Пројекат финансира Шведска.``, ``Projekt finansuje Szwecja.``); a menu's or a
    toolbar's line has no stop."""
    line = line.strip()
    return not line or _SENTENCE_END.search(line) is not None and len(line.split()) >= _SENTENCE_WORDS


#: at least this many words in a sentence of the page's text
_SENTENCE_WORDS = 2


def _opens_block(lines: list[str], i: int, ref: Reference) -> bool:
    """``lines[i]`` may be a metadata block's label: the text's last sentence (or a blank line) is right above it, or
    another block of the metadata between them, a label with its value on its line (``Where we work: Georgia``) or
    a label alone over one value (``Gdzie pracujemy`` / ``Europa Wschodnia``) right under the text."""
    if i == 0 or _sentence(lines[i - 1]):
        return True
    label = _LABEL_LINE.match(lines[i - 1])
    if label is not None and len(label.group(1).split()) <= 5:
        return i >= 2 and _sentence(lines[i - 2])
    value = lines[i - 1].strip()
    # the text's sentence asked before the label's five lookups: on a page of 40,000 short lines that are no
    # sentences (bench/hostile_input.py) they ran for every line, 1.18x its extract CPU
    return i >= 3 and 0 < len(value.split()) <= 5 and _SENTENCE_END.search(value) is None \
        and _BARE_LABEL.match(value) is not None and _sentence(lines[i - 3]) and _next_label(lines, i - 2, ref)


def _next_label(lines: list[str], i: int, ref: Reference) -> bool:
    """``lines[i]`` is the block's next label or the page's foot (``Где мы работаем``, ``Wo wir arbeiten``,
    ``Контакты``, ``Teilen``): a short line of words, no sentence, no name (a tag list goes on with names), with its
    values under it (a section list run on to the page's end is no block: ``Нашата работа`` / ... / ``Медиуми``)."""
    m = _BARE_LABEL.match(lines[i])
    return m is not None and len(m.group(1).split()) <= 5 and not _a_name(m.group(1), ref) \
        and i + 1 < len(lines) and bool(lines[i + 1].strip())


def _a_name(words: str, ref: Reference) -> bool:
    """``words`` name a topic, a State, a body or a place: a tag list's first item (``Rosja``, ``OSBE``), no label."""
    return any(ref.lookup(kind, words) for kind in ("field", "state", "organization", "field_operation", "city"))


#: at most this many lines of topics in other words under a label: three or more are a section's list (``Ce facem``
#: / ``Soluționarea conflictelor`` / ``Drepturile omului`` / ...), as :func:`menu_items` reads the data's names
_MOST_AKIN = 2


def _akin_block(label: str, akin: list[str]) -> bool:
    """``akin`` (the lines under ``label`` that are topics in other words) are a page's topics block: one or two lines,
    none ending in the label's last word (``Әскери-саяси өлшем`` / ``Экономикалық және экологиялық өлшем``: headings
    of one series, the label no label)."""
    last = label.split()[-1].casefold()
    return 0 < len(akin) <= _MOST_AKIN and not any(a.split()[-1].casefold() == last for a in akin)


def _topic_lines(lines: list[str], ref: Reference, language: str | None = "") -> list[str]:
    """The lines from the first that are each a listed topic, up to the first that is not; with a ``language`` other
    than ``""``, each a topic in the data's words or others (:func:`label_topic`)."""
    below: list[str] = []
    for after in lines:
        value = after.strip()
        if not value or not (topic(value, ref) if language == "" else label_topic(value, ref, language)):
            break
        below.append(value)
    return below


def menu_items(text: str, ref: Reference) -> list[str]:
    """The first items of the sites' topic menus: a fields-of-work label alone without its colon (``What we do``,
    ``Aree di attività``) over three or more lines that are each a listed topic is a menu of every topic the site
    has (osce.org's new layout and its old Italian one print it unbulleted); the label reader takes its first item
    for the label's value, which is no topic of the page. The same menu printed on one line, three topics or more
    with bars or spaces between them (``What we do`` / ``Arms control | Border management | Elections | ...``),
    is read whole as the label's value: all its items are the menu's."""
    lines = text.splitlines()
    items: list[str] = []
    for i, line in enumerate(lines):
        if ":" in line or len(line) >= 60 or "fields_of_work" not in _key(line):
            continue
        below = [ln.strip() for ln in lines[i + 1:i + 4]]
        if len(below) == 3 and all(b and not b.startswith("-") and ref.lookup("field", b) for b in below):
            items.append(below[0])
        elif below and len(one_line := split_topics(below[:1])) >= 3 and all(ref.lookup("field", b) for b in one_line):
            items += one_line
    return items


#: where a sentence ends: its stop before a space or the line's end, or the line's end
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")
#: how much of the text after an elided type word may hold its place's name
_PLACE_SPAN = 80


def elided_operations(text: str, ref: Reference, found: list[str]) -> list[str]:
    """Field operations a sentence names after another by its type word alone, without the OSCE's name: ``die
    OSZE-Mission im Kosovo und die Mission in Bosnien und Herzegowina``, ``bij de OVSE-missie in Kosovo en bij de
    missie in Bosnië en Herzegovina``, ``la Mission de l'OSCE en Serbie et la Mission au Monténégro``. The first name
    (one of ``found``, the operations already read) lends its head (its first words, the longest that does:
    ``OSZE-Mission``, ``Mission de l'OSCE``) to the words after the type word, and the whole must be an operation's
    name. The type word must stand alone after a small word (an
    article, a conjunction): ``the EU mission in Kosovo``, ``EU-Mission`` name another body."""
    if not found:
        return []
    out: list[str] = []
    type_words = _other_type_words()
    for sentence in _SENTENCES.split(text):
        others: list[re.Match[str]] = []
        if _repeats_a_word(sentence, type_words, others):   # (the type word comes twice; reading only those
            _elided_in(sentence, ref, found, out)           # sentences keeps it cheap)
        if others:
            _other_types_in(sentence, others, ref, found, out)
    return out


@functools.cache
def _other_type_words() -> dict[str, str]:
    """The one-word type words of field operations in the languages :data:`~osce_kg.loader.reference.
    FIELD_OPERATION_PARTS` composes names in (``Projektkoordinator``, ``Centro``, ``Büro``), in small letters, each
    with the data's type; a word of two types in two languages is none's."""
    from osce_kg.loader.reference import FIELD_OPERATION_PARTS

    kinds: dict[str, set[str]] = {}
    for parts in FIELD_OPERATION_PARTS.values():
        for kind, words in parts.get("types", {}).items():
            for word in words.split("|"):
                if " " not in word:
                    kinds.setdefault(word.casefold(), set()).add(kind)
    return {word: next(iter(k)) for word, k in kinds.items() if len(k) == 1}


#: after another type word: a small preposition in small letters (``in``, ``di``, ``à``, ``w``), an article, the place
_OTHER_PLACE = re.compile(r"[ \t]+([^\W\d_]{1,3})[ \t]+(?:(?:der|dem|the|la|le|el)[ \t]+)?([^\W\d_][\w’'-]+)")


def _other_types_in(sentence: str, others: list[re.Match[str]], ref: Reference, found: list[str],
                    out: list[str]) -> None:
    """Operations a sentence names after a first one (one of ``found``) by another type word, capitalised, without the
    OSCE's name: ``Das OSZE-Büro in Eriwan wurde 2017 geschlossen, der Projektkoordinator in Baku schon 2015``,
    ``dalla Missione Osce in Kosovo al Centro di Ashgabat``: the operation of that type in the place after a small
    preposition (:func:`_operation_of`), when the first operation's name stands before it in the sentence."""
    for m in others:
        after = _OTHER_PLACE.match(sentence, m.end(2))
        if after is None or not after.group(1).islower():
            continue
        label = _operation_of(_other_type_words()[m.group(2).casefold()], after.group(2), ref)
        if label is None or label in found or label in out:
            continue
        if any(hit.label in found for hit in ref.scan(sentence[:m.start()], ("field_operation",))):
            out.append(label)


#: a text's sentences: apart at a stop before a space, or at a line's end
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")


def _repeats_a_word(sentence: str, type_words: dict[str, str] | None = None,
                    others: list[re.Match[str]] | None = None) -> bool:
    """``sentence`` holds a word of four letters or more twice (an acronym in capitals aside), the first time beside a
    word in capitals, the second after a small word in small letters (``... die Mission``, ``... de missie``).
    Each capitalised word after a small word that is one of ``type_words`` goes into ``others`` (the same pass)."""
    folded = ""
    repeats = False
    for m in _AFTER_SMALL_WORD.finditer(sentence):
        if not m.group(1).islower() or m.group(2).isupper():
            continue
        word = m.group(2).casefold()
        if others is not None and type_words and m.group(2)[:1].isupper() and word in type_words:
            others.append(m)
        if repeats:
            continue
        folded = folded or sentence.casefold()
        first = folded.find(word, 0, m.start())
        while first >= 0:                   # (each time before: "die Missionen ..., etwa die OSZE-Mission ...")
            if any(w.isupper() for w in _LONG_ACRONYM.findall(sentence[max(0, first - 30):first + len(word) + 30])):
                repeats = True              # (beside the OSCE's acronym: "OSZE-Mission", "Миссия ОБСЕ")
                if others is None:
                    return True
                break
            first = folded.find(word, first + 1, m.start())
    return repeats


#: a word of three letters or more (the OSCE's acronym in the page's language, in capitals)
_LONG_ACRONYM = re.compile(r"[^\W\d_]{3,}")


#: a word of four letters or more after a small word (an article, a conjunction) and a space
_AFTER_SMALL_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]{1,4})\s+([^\W\d_]{4,})")


def _elided_in(text: str, ref: Reference, found: list[str], out: list[str]) -> None:
    """The elided operations of one sentence (:func:`elided_operations`), added to ``out``."""
    for m in ref.scan(text, ("field_operation",)):
        if m.label not in found:
            continue
        matched = text[m.start:m.end]
        type_word = _type_word(matched)
        if type_word is None:
            continue
        stop = _SENTENCE_STOP.search(text, m.end)
        rest = text[m.end:stop.start() if stop else len(text)]
        for e in re.finditer(rf"(?<![\w'’-]){re.escape(type_word)}\s+(\w+)\s", rest, re.IGNORECASE):
            before = rest[:e.start()].split()
            if not before or not before[-1].islower() or len(before[-1]) > 4:
                continue
            place = rest[e.start(1):e.start(1) + _PLACE_SPAN]
            shortest = matched.lower().index(type_word.lower()) + len(type_word)
            for head in _heads(matched, shortest):
                hit = next(iter(ref.scan(head + " " + place, ("field_operation",))), None)
                if hit is not None and hit.start == 0 and hit.end > len(head) + 1:
                    if hit.label != m.label and hit.label not in found and hit.label not in out:
                        out.append(hit.label)
                    break


def _heads(name: str, shortest: int) -> list[str]:
    """The first words of ``name``, longest first, down to its type word's end (``Mission de l'OSCE``, then
    ``Mission de l'OSCE en``'s shorter heads ... ``Mission``): the head the elided name shares with it."""
    ends = [i for i in range(shortest, len(name)) if name[i] == " "]
    return [name[:i] for i in reversed(ends) if i >= shortest]


def _type_word(name: str) -> str | None:
    """The type word of a field operation's name as written: its first word that is not the OSCE's acronym, after
    the acronym's hyphen or an elided article (``OSZE-Mission`` -> ``Mission``, ``l'Oficina`` -> ``Oficina``)."""
    for word in name.split():
        word = re.sub(r"^[\w]{1,2}['’]", "", word).rsplit("-", 1)[-1]
        if len(word) >= 4 and word[:1].isalpha() and not word.isupper() and not word.endswith(("'s", "’s")):
            return word
    return None


#: the OSCE's name in the genitive of the languages that name a field operation place first, then the place (an
#: adjective or locative of a State or city: ``Serbiyadagi``, ``Aşqabaddakı``, ``szerbiai``, ``Сербиядағы``) and the
#: operation's type word: Azerbaijani ``ATƏT-in``, Uzbek ``YeXHTning``/``ЕХҲТнинг``, Kyrgyz ``ЕККУнун``, Kazakh
#: ``ЕҚЫҰ-ның``, Hungarian ``EBESZ``
_PLACE_FIRST = re.compile(
    r"(?<![\w-])(?:ATƏT-?(?:n?in)|YeXHT-?ning|ЕХҲТ-?нинг|ЕККУ-?нун|ЕКЫУ-?нун|ЕҚЫҰ-?ның|EBESZ"
    # the acronym in its base form, the place's locative adjective after it (``YXHT O'zbekistondagi loyihalar
    # koordinatori``) or before it (``Kosova'daki AGİT Misyonu``, ``Bişkekdəki ATƏT Proqram Ofisi``): F, session 14
    r"|(?P<base>ATƏT|Y(?:e)?XHT|ЕХҲТ|ЕККУ|ЕКЫУ|ЕҚЫҰ|AGİT))"
    r"[ \t]+(?P<place>[^\W\d_][\w’'ʻ`-]+)[ \t]+(?P<type>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")
_PLACE_BEFORE = re.compile(
    r"(?<![\w‘-])(?P<place>[^\W\d_][\w’‘'ʻ`-]+)[ \t]+(?:ATƏT|Y(?:e)?XHT|ЕХҲТ|ЕККУ|ЕКЫУ|ЕҚЫҰ|AGİT)"
    r"[ \t]+(?P<type>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")
#: every match of either pattern holds one of these acronyms as written (P, session 14: a text without one, nearly every
#: text, is not scanned twice a word at a time; an acronym added above goes here too, tests/test_extract_speed_p14.py)
_PLACE_ACRONYMS = re.compile(r"ATƏT|Y(?:e)?XHT|ЕХҲТ|ЕККУ|ЕКЫУ|ЕҚЫҰ|AGİT|EBESZ")
#: the type words after the place, each with the field operation type it names (the data's ``type``), first the
#: two-word ones: ``Proqram Ofisi``, ``dasturlar ofisi``, ``бағдарламалар офисі``, ``программалык кеңсеси``,
#: ``programirodája``; ``layihə koordinatoru``; ``missiyası``, ``misszió``; ``Mərkəzi``, ``markazi``, ``központja``;
#: ``ofisi``, ``irodája``; ``jelenléte``
_PLACE_FIRST_TYPES = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in (
    ("Programme Office", r"(?:proqram\w*|dastur\w*|дастур\w*|бағдарлама\w*|программа\w*|program\w*)[ \t]+"
                         r"(?:ofis\w*|офис\w*|"
                         r"кеңсе\w*|iroda\w*)|programiroda\w*"),
    ("Project Co-ordinator", r"(?:layihə\w*|loyiha\w*|лойиҳа\w*|жоба\w*|долбоор\w*|projekt\w*)[ \t]+(?:koordinator\w*|"
                             r"координатор\w*|үйлестіруші\w*)|projektkoordinátor\w*"),
    ("Mission", r"missiya\w*|миссия\w*|misszió\w*|misyon\w*"),
    ("Centre", r"mərkəz\w*|markaz\w*|марказ\w*|орталы\w*|борбор\w*|központ\w*|merkez\w*"),
    ("Office", r"ofis\w*|офис\w*|кеңсе\w*|iroda\w*|idora\w*"),
    ("Presence", r"jelenlét\w*|mövcudluğu\w*"),
))
#: the endings of a place's locative adjective in the Turkic languages (``Serbiyadagi``, ``Aşqabaddakı``,
#: ``Сербиядағы``, ``Душанбедеги``), longest first
_LOCATIVE_ADJECTIVE = re.compile(r"(?:['’ʻ`]?(?:da|ta|de|te|də|tə|да|та|де|те)(?:gi|ki|kı|ğı|gı|ги|гы|гі|кі|ғы|қы))$",
                                 re.IGNORECASE)
#: the locative ending itself (``O‘zbekistonda``, ``Qırğızıstanda``, ``Ўзбекистонда``): a place before the OSCE's
#: acronym in its base form and an operation's type word names where the operation is (``O‘zbekistonda YeXHT
#: loyihalari koordinatori``, the Project Co-ordinator in Uzbekistan; ``Qırğızıstanda ATƏT Proqram Ofisinin``)
_LOCATIVE = re.compile(r"['’ʻ`]?(?:da|ta|de|te|də|tə|да|та|де|те|дә|тә)$", re.IGNORECASE)


def place_first_operations(text: str, ref: Reference) -> list[str]:
    """Field operations named place first after the OSCE's name in the genitive (:data:`_PLACE_FIRST`): ``ATƏT-in
    Aşqabaddakı Mərkəzi`` (the Centre in Ashgabat), ``YeXHTning Serbiyadagi missiyasi``, ``az EBESZ szerbiai
    missziója`` (the Mission to Serbia). The place is a State's or city's name, its locative ending aside, and the
    type word one of the data's types: the operation of that type there, the active one when there are several, none
    when several closed ones are (``Ukraynadakı missiyası``: the Mission to Ukraine or the SMM). Also the operations
    the Scandinavian languages name after the OSCE's genitive (:func:`genitive_operations`), the other word order
    the names' index and the type-word shapes of ``mentions`` do not read."""
    found = genitive_operations(text, ref)
    if _PLACE_ACRONYMS.search(text) is None:
        return found
    for m in (*_PLACE_FIRST.finditer(text), *_PLACE_BEFORE.finditer(text)):
        type_words = m.group("type")
        kind = next((k for k, words in _PLACE_FIRST_TYPES if words.fullmatch(type_words)
                     or words.fullmatch(type_words.split()[0])), None)
        if kind is None:
            continue
        word = m.group("place")
        bare = _LOCATIVE_ADJECTIVE.sub("", word)
        if bare == word and m.re is _PLACE_BEFORE:
            bare = _LOCATIVE.sub("", word)
        if (m.re is _PLACE_BEFORE or m.group("base")) and (bare == word or len(bare) < 3):
            continue                # (the acronym in its base form: the place only with its locative ending)
        label = _operation_of(kind, word, ref) or (_operation_of(kind, bare, ref)
                                                    if bare != word and len(bare) >= 3 else None)
        if label is not None and label not in found:
            found.append(label)
    return found


def _operation_of(kind: str, place: str, ref: Reference) -> str | None:
    """The field operation of type ``kind`` (the data's ``type``) in ``place`` (a State's or city's name in any case
    form): the one in the city named, else the one in the host State; the active one when there are several, none
    when several closed ones are."""
    from osce_kg.loader.extract.mentions import _stem_lookup

    host, city = _stem_lookup(place, ref)
    if host is None and city is None:
        return None
    ops = [op for op in ref.field_operations.values() if op.type == kind
           and (city is not None and op.city == city or city is None and op.host == host)]
    if not ops and city is not None:
        ops = [op for op in ref.field_operations.values() if op.type == kind and op.host == host]
    active = [op for op in ops if op.status == "active"]
    chosen = active if active else ops
    return chosen[0].label if len(chosen) == 1 else None


#: the OSCE's genitive in Norwegian, Danish and Swedish (``OSSEs``, ``OSCE's``, ``OSSE:s``), an operation's type word
#: (a compound, in any number and definiteness: ``programkontorer``, ``misjonen``), ``i`` and the place, a second
#: place after a conjunction (``OSSEs programkontorer i Bisjkek og Dusjanbe``); it opens with its literal letters (a
#: lookbehind first would cost a scan a character at a time: 17 ms, not 3.5, over the 122 shared texts), the letter
#: before it asked in :func:`genitive_operations`
_GENITIVE_FIRST = re.compile(
    r"OS(?:SE|CE)(?::s|['’]?s)[ \t]+(?P<type>[^\W\d_]+)[ \t]+i[ \t]+(?P<place>[^\W\d_][\w-]+)"
    r"(?:[ \t]+(?:og|och|samt)[ \t]+(?P<second>[^\W\d_][\w-]+))?")
#: the type words of :data:`_GENITIVE_FIRST`, each with the data's type, and the endings of their plural
_GENITIVE_TYPES = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in (
    ("Programme Office", r"programkontor\w*"),
    ("Project Co-ordinator", r"(?:prosjekt|projekt)(?:koordinator|samordnar)\w*"),
    ("Mission", r"(?:misjon|mission)\w*"),
    ("Centre", r"(?:senter|sentr|center|centr)\w*"),
    ("Office", r"kontor\w*"),
    ("Presence", r"(?:nærvær|närvaro|tilstedeværelse)\w*"),
))
_SCANDINAVIAN_PLURAL = re.compile(r"(?:er|ene|erne|erna|arna|ar)$")


def genitive_operations(text: str, ref: Reference) -> list[str]:
    """Field operations named after the OSCE's genitive in Norwegian, Danish and Swedish (:data:`_GENITIVE_FIRST`):
    ``OSSEs programkontorer i Bisjkek og Dusjanbe`` (the Programme Offices in Bishkek and Dushanbe), ``OSCE's center
    i Asjkhabad``. The type word is one of the data's types and the place a State's or city's name: the operation of
    that type there (:func:`_operation_of`). Two places joined by ``og``/``och`` are one place when together they name a
    State (``misjon i Bosnia og Hercegovina``); else the second place's operation is read too when the type word is
    plural (``programkontorer``) or that operation is active (Swedish writes ``programkontor`` in both numbers)."""
    found: list[str] = []
    for m in _GENITIVE_FIRST.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue                # (inside a word: "VOSCEs")
        type_word = m.group("type")
        kind = next((k for k, words in _GENITIVE_TYPES if words.fullmatch(type_word)), None)
        if kind is None:
            continue
        place, second = m.group("place"), m.group("second")
        labels = [_operation_of(kind, place, ref)]
        if second and second[:1].isupper():
            whole = m.group(0)[m.start("place") - m.start():]
            other = _operation_of(kind, second, ref)
            if ref.lookup("state", whole):
                labels = [_operation_of(kind, whole, ref)]
            elif other is not None and (_SCANDINAVIAN_PLURAL.search(type_word)
                                        or ref.field_operations[other].status == "active"):
                labels.append(other)
        for label in labels:
            if label is not None and label not in found:
                found.append(label)
    return found
