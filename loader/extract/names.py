"""Given names and the shape of personal names in the OSCE region's languages and scripts.

A capitalised pair of words is a person's name far more often when its first word is a given
name. The given names are not a list of our own: they are the first-name dictionary of Jörg
Michael's ``gender`` program as shipped by PyPI ``gender-guesser`` (``nam_dict.txt``: about
45,000 names with their frequency in each of 55 countries, the OSCE region's among them; the
file is under the GNU Free Documentation License and is read as it is installed, never copied
into this project). Only names with a frequency of at least :data:`MIN_FREQUENCY` in a country
of the OSCE region are taken (the dictionary's Asian columns give "The", "In", "To").
Names are compared folded to ASCII (``anyascii``), so "Сергей", "Sergej" and "Sergey" are all
known, in every script the pages use.

:func:`nominative` puts a name a Slavic or Baltic page writes in an oblique case back in the
nominative when its given name, with a case ending taken off, is a known given name
("Marcelom Peškom" -> "Marcel Peško" is out of reach, but "Sergeja Lavrova" -> "Sergej
Lavrov", "Сергеем Лавровым" -> "Сергей Лавров", "Kurza" ... are not). Pure functions; the
dictionary is read once per process, lazily.
"""
from __future__ import annotations

import csv
import functools
import logging
import os
import re
import unicodedata
import zlib
from importlib import resources
from pathlib import Path

from anyascii import anyascii

log = logging.getLogger(__name__)

#: a given name counts when some country of the OSCE region gives it at least this frequency
#: (the dictionary's scale: 1 rare ... 13 extremely common)
MIN_FREQUENCY = 2
#: the dictionary's country columns (0-based, from column 30 of a line) that are OSCE
#: participating States or their neighbours: Great Britain ... Turkey, and Israel; not the
#: Arab, Chinese, Indian, Japanese, Korean and Vietnamese columns
_LINE = re.compile(r"^([MF1?][MF ]) (.{26})[ -](.{48}).(.)", re.M)


#: function words of the pages' languages (articles, prepositions, conjunctions, adverbs) that
#: the dictionary also holds as given names somewhere ("Secondo", "Laut", "Par", "Sabah"): a
#: capitalised one starts a sentence, not a name
FUNCTION_WORDS = frozenset("""the a an and or but of in on at to for with from by as if so not no yes this that
these those it he she we they you i will may can must shall should would could might
der die das den dem des ein eine und oder aber von zu mit bei nach laut seit für gegen ohne um wie als auch
nur noch schon sehr heute gestern morgen hier dort
le la les un une du de et ou mais pour par avec sans selon chez sur sous dans entre vers après avant aussi
très bien il lo gli una uno e o ma per con senza secondo su sotto tra fra dopo prima anche molto oggi ieri
domani el los las y pero según sin sobre hasta desde también muy hoy ayer în pe cu din și sau dar pentru
după înainte foarte azi mâine w we z ze na do od po przez dla przy oraz według także bardzo dziś wczoraj
jutro u sa iz za prema takođe veoma danas juče sutra pored в во на с со из от до за по о об и а но или
также очень сегодня вчера завтра у з із від та але або також дуже сьогодні вчора në me nga për dhe ose por
sipas gjithashtu sot dje nesër ve ile için gibi göre bugün dün yarın və ilə üçün kimi görə bu gün dünən
sabah en het een van op met voor door volgens ook zeer vandaag gisteren""".split())


def _letters(upper: bool) -> str:
    """Every upper (or lower) case letter of the Latin, Greek, Cyrillic and Armenian blocks, for a
    regular expression's character class (Azerbaijani "Ə", Kazakh "Қ", Romanian "Ș", Armenian "Ա")."""
    # 0x259: "ə"; 0x531-0x587: Armenian, the one other script of the region with capitals
    blocks = ((0x41, 0x24F), (0x250, 0x2AF), (0x370, 0x3FF), (0x400, 0x52F), (0x531, 0x587), (0x1E00, 0x1EFF))
    codes = [code for lo, hi in blocks for code in range(lo, hi + 1)
             if unicodedata.category(chr(code)) == ("Lu" if upper else "Ll")]
    # runs of consecutive letters as ranges ("a-z"): the same class, compiled in a fraction of the time
    parts: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        parts.append(re.escape(chr(start)) if start == prev else
                     f"{re.escape(chr(start))}{re.escape(chr(prev))}" if prev == start + 1 else
                     f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        start = prev = code
    return "".join(parts)


#: character classes (without brackets) of capital and small letters in Latin, Greek, Cyrillic
UPPER = _letters(True)
LOWER = _letters(False)


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_HYPHENS = re.compile("[-\u2010\u2011]")


def fold(word: str) -> str:
    """A word in ASCII lower case, transliterated, accents, apostrophes and hyphens gone."""
    if not word.isascii():
        word = anyascii(unicodedata.normalize("NFC", word))
    word = word.lower()
    return word if word.isalnum() else _NOT_ALNUM.sub("", word)


def given_names() -> frozenset[str]:
    """The folded given names of the dictionary (see :func:`_dictionary`) and of
    ``loader/data/given_names.csv`` (names of the region the dictionary lacks: Central Asian,
    North Caucasian, ...)."""
    return _all_given_names()


@functools.cache
def _all_given_names() -> frozenset[str]:
    return _dictionary()[0] | _region_names()


@functools.cache
def _region_names() -> frozenset[str]:
    """``loader/data/given_names.csv`` (facts: a name and its region), folded; empty when absent."""
    try:
        text = resources.files("osce_kg.loader").joinpath("data", "given_names.csv").read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        log.warning("given_names.csv unavailable (%s)", exc)
        return frozenset()
    rows = csv.DictReader(text.splitlines())
    return frozenset(fold(row["name"]) for row in rows if (row.get("name") or "").strip())


def is_female(word: str) -> bool:
    """``word`` is a given name the dictionary knows as a woman's only (not "Jan", "Ivica")."""
    return fold(word) in _dictionary()[1]


@functools.cache
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """The folded given names of the dictionary, and those of women among them (empty, with a
    warning, when ``gender-guesser`` is not installed: persons are then found by context only).

    Reading the 4 MB dictionary takes 0.1-0.2 s, as long as extracting 40 pages; the result is
    kept in the user's cache folder (:func:`_cache_file`, keyed by the dictionary's size and
    time and this module's rules), so later processes read 200 KB instead. A cache that cannot be
    read or written is ignored."""
    try:
        source = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
        stat = os.stat(str(source))
    except (ModuleNotFoundError, FileNotFoundError, OSError, TypeError) as exc:
        log.warning("given-name dictionary unavailable (%s); persons are found by context only", exc)
        return frozenset(), frozenset()
    cache = _cache_file(stat)
    try:
        lines = cache.read_text("utf-8").split("\n") if cache else None
    except OSError:
        lines = None
    if lines and lines[0] == _CACHE_HEADER:
        names = frozenset(w.lstrip("*") for w in lines[1:] if w)
        return names, frozenset(w[1:] for w in lines[1:] if w.startswith("*"))
    try:
        text = source.read_text("utf-8")
    except OSError as exc:
        log.warning("given-name dictionary unreadable (%s); persons are found by context only", exc)
        return frozenset(), frozenset()
    found = _parse(text)
    if cache:
        _write_cache(cache, found)
    return found


#: first line of a cache file; bump when the parsing rules change
_CACHE_HEADER = f"osce-kg given names v1 min-frequency {MIN_FREQUENCY}"


def _cache_file(stat: os.stat_result) -> Path | None:
    """Where the parsed dictionary is kept: ``$OSCE_KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/osce-kg``,
    else ``~/.cache/osce-kg``; None when no such folder can be named."""
    base = os.environ.get("OSCE_KG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "osce-kg")
    if not base or base.startswith("~"):
        return None
    words = "".join(sorted(FUNCTION_WORDS))
    tag = zlib.crc32(f"{_CACHE_HEADER}{words}".encode()) & 0xFFFFFFFF
    return Path(base) / f"given-names-{stat.st_size}-{stat.st_mtime_ns}-{tag:08x}.txt"


def _write_cache(cache: Path, found: tuple[frozenset[str], frozenset[str]]) -> None:
    """Write the parsed names atomically (a temporary file renamed); failures are ignored."""
    names, female = found
    body = "\n".join([_CACHE_HEADER, *sorted(f"*{n}" if n in female else n for n in names)]) + "\n"
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_text(body, "utf-8")
        os.replace(tmp, cache)
    except OSError as exc:
        log.debug("given-name cache not written (%s)", exc)


def _parse(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The given names of ``nam_dict.txt`` frequent enough in the OSCE region, and the women's."""
    names: set[str] = set()
    female: set[str] = set()
    male: set[str] = set()
    # a column is blank or a hex digit: a frequency of MIN_FREQUENCY or more is whatever is left when
    # blanks and the lower digits are deleted
    rare = str.maketrans("", "", " " + "123456789ABCDEF"[:MIN_FREQUENCY - 1])
    # gender code, name (columns 4-29), the sorting mark in column 30 ('+': a duplicate spelling,
    # skipped), the OSCE region's frequency columns, the Arab one, Israel's
    for gender, name, osce, israel in _LINE.findall(text):
        if not (osce + israel).translate(rare):
            continue
        name, gender = name.rstrip(), gender.strip()
        for variant in {name.replace("+", ""), name.replace("+", "-")} if "+" in name else (name,):
            key = variant.lower() if variant.isalpha() and variant.isascii() else fold(variant)
            names.add(key)
            if gender in ("F", "1F", "?F"):
                female.add(key)
            elif gender in ("M", "1M", "?M", "?"):
                male.add(key)
    function_words = {fold(w) for w in FUNCTION_WORDS}
    return frozenset(names - function_words), frozenset(female - male - function_words)


#: how a name written in Cyrillic and transliterated differs from its Latin spelling in the
#: dictionary: "Хельга" -> "khelga" ~ "helga", "Джон" -> "dzhon" ~ "jon", "Кайрат" ~ "kairat"
_TRANSLITERATION = ((re.compile(r"kh"), "h"), (re.compile(r"dzh"), "j"), (re.compile(r"zh"), "j"),
                    (re.compile(r"ij(?=[aeou])"), "i"),
                    (re.compile(r"ay"), "ai"), (re.compile(r"ey"), "ei"), (re.compile(r"oy"), "oi"),
                    (re.compile(r"iy$"), "i"), (re.compile(r"(?<=[^aeiou])y(?=[^aeiou])"), "i"),
                    (re.compile(r"^g"), "h"))
#: how Greek spells the sounds of a foreign or Greek name ("Χέλγκα" -> "chelgka" ~ "helga", "Ντίνος",
#: "Μπάρμπαρα" -> "barbara"): each applied to the whole transliteration
_GREEK_SPELLING = ((re.compile(r"ch"), "h"), (re.compile(r"gk"), "g"), (re.compile(r"^nt"), "d"),
                   (re.compile(r"mp"), "b"), (re.compile(r"o[uy]"), "u"), (re.compile(r"ay"), "av"),
                   (re.compile(r"ey"), "ev"), (re.compile(r"gg"), "ng"))
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


#: more spellings, each alone: a foreign name's "sz" or "ch" written "ш" ("Уршула" ~ "urszula", "Мишел" ~ "michel"),
#: the h Belarusian and Ukrainian write "г" ("Ігар" ~ "ihar", "Вольга" ~ "volha"), and:
_ALONE = ((re.compile(r"sh"), "sz"), (re.compile(r"sh"), "ch"), (re.compile(r"g"), "h"),
          # a German or English name's w written "в" ("Вольфганг" ~ "wolfgang"), the Belarusian "я" of a name that
          # Latin spells "ia" ("Святлана" ~ "sviatlana")
          (re.compile(r"^v"), "w"), (re.compile(r"ya"), "ia"))


def _spellings(folded: str, foreign: bool = True) -> list[str]:
    """Latin spellings a transliterated name may have in the dictionary: each rule alone, then all (without the
    spellings of foreign names, :data:`_ALONE`, unless ``foreign``)."""
    out = []
    for pattern, repl in (*_TRANSLITERATION, *(_ALONE if foreign else ())):
        variant = pattern.sub(repl, folded)
        if variant != folded:
            out.append(variant)
    combined = folded
    for pattern, repl in _TRANSLITERATION[:-1]:
        combined = pattern.sub(repl, combined)
    if foreign:
        # the South Slavic Latin spelling, folded, of a name in Serbian or Macedonian Cyrillic: "Жељко" ~ "zeljko",
        # "Небојша" ~ "nebojsa", "Чедомир" ~ "cedomir", "Ивица" ~ "ivica", "Ђорђе" ~ "dorde"
        out.append(folded.replace("zh", "z").replace("sh", "s").replace("ch", "c").replace("ts", "c")
                   .replace("dj", "d"))
    return [*out, combined]


def _greek_spellings(folded: str) -> list[str]:
    """Latin spellings of a name written in Greek: Greek's digraphs for b, d, g and h undone."""
    for pattern, repl in _GREEK_SPELLING:
        folded = pattern.sub(repl, folded)
    return [folded]


#: a word longer than this is answered afresh by :func:`is_given_name`, never kept (its cache's bytes bounded, not
#: only its entries: a hostile page's word can be megabytes; tests/test_load_memory.py)
CACHED_WORD_CHARS = 64


def is_given_name(word: str, foreign: bool = True) -> bool:
    """``word`` (any script, any case) is a known given name of the OSCE region; a
    hyphenated one when each of its parts is ("Frank-Walter"); a name in Cyrillic, Greek or
    another script also under the Latin spellings its transliteration may stand for (with ``foreign``, also a
    foreign name's: "Уршула", "Мишел"; a patronymic's stem is a name of the script's own: "Лукашевич" is none)."""
    if len(word) <= CACHED_WORD_CHARS:
        return _is_given_name(word, foreign)
    return _is_given_name.__wrapped__(word, foreign)


@functools.lru_cache(maxsize=8192)
def _is_given_name(word: str, foreign: bool = True) -> bool:
    folded = fold(word)
    if len(folded) >= 2 and folded in given_names():
        return True
    if not word.isascii() and not _LATIN.match(word) and len(folded) >= 3 \
            and any(v in given_names() for v in _spellings(folded, foreign)):
        return True
    if _GREEK.match(word) and len(folded) >= 3 and any(v in given_names() for v in _greek_spellings(folded)):
        return True
    if "ու" in word and fold(word.replace("ու", "u").replace("Ու", "U")) in given_names():
        return True                           # Armenian writes u with the digraph ու ("Ֆերիդուն")
    if "ფ" in word and fold(word.replace("ფ", "f")) in given_names():
        return True                           # Georgian writes a foreign f with ფ ("ფერიდუნ", "ფილიპე")
    if "x" in folded[1:] and folded.replace("x", "kh") in given_names():
        return True                           # Uzbek and Azerbaijani Latin write kh as x ("Baxtiyor", "Xəyyam")
    if "q" in folded and not word.isascii() and folded.replace("q", "g") in given_names():
        return True                           # Azerbaijani spells g as q ("İqor", "Helqa")
    if "q" in folded and "qu" not in folded and folded.replace("q", "k") in given_names():
        return True                           # Kazakh and Uzbek Latin spell k as q ("Qasym", "Qodir")
    parts = [p for p in _HYPHENS.split(word) if p]
    return len(parts) == 2 and all(len(fold(p)) >= 2 and is_given_name(p) for p in parts)


# ------------------------------------------------------------------ names in oblique cases

#: Slavic and Baltic case endings of given names, longest first, each with the nominative
#: ending it replaces (masculine names end in a consonant, feminine ones in -a/-я)
_GIVEN_ENDINGS = (
    ("ем", "й"), ("ем", "ь"), ("ом", ""), ("ем", ""), ("ом", "а"), ("ее", "ея"), ("е", "й"),
    ("ой", "а"), ("ей", "я"), ("ою", "а"), ("ию", "ия"), ("ии", "ия"),
    ("а", ""), ("я", "й"), ("у", ""), ("ю", "й"), ("е", ""), ("ы", "а"), ("и", "а"), ("у", "а"), ("е", "а"),
    ("owi", ""), ("iem", ""), ("om", ""), ("em", ""), ("om", "a"), ("ą", "a"), ("ę", "a"), ("ie", "a"), ("ii", "ia"),
    ("ju", "ja"), ("ji", "ja"), ("ei", "ea"), ("єю", "я"), ("ї", "я"), ("ou", "a"),
    # a man's name in -i declined with a j ("Tončija", "Tončiju", "Tončijem" <- Tonči)
    ("ijem", "i"), ("ija", "i"), ("iju", "i"),
    ("a", ""), ("u", ""), ("e", ""), ("y", "a"), ("i", "a"), ("u", "a"), ("e", "a"), ("o", ""),
    # a given name in -o of another language declined as Slavic languages do ("Mattea", "Matteem" <- Matteo)
    ("em", "o"), ("ovi", "o"), ("a", "o"), ("u", "o"), ("а", "о"), ("ом", "о"),
    # a woman's name in the Slovene accusative and instrumental ("Helgo"), a Belarusian instrumental ("-ам")
    ("o", "a"), ("ам", ""),
)
#: a South Slavic man's name in -e, after every other ending ("Hrvojem", "Hrvoja" <- Hrvoje; "Ђорђем" <- Ђорђе)
_SOUTH_SLAVIC_E = (("em", "e"), ("a", "e"), ("u", "e"), ("ем", "е"), ("а", "е"), ("у", "е"))
#: endings of family names in an oblique case -> nominative, longest first (Russian, Ukrainian,
#: Serbian, Croatian, Bosnian, Polish, Czech adjectival and possessive surnames)
_SURNAME_ENDINGS = (
    ("енком", "енко"), ("енка", "енко"), ("енку", "енко"), ("енкові", "енко"), ("enkom", "enko"), ("enki", "enko"),
    ("enka", "enko"), ("enku", "enko"), ("ową", "owa"), ("ovou", "ová"),
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("ской", "ская"), ("скую", "ская"), ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"),
    ("ового", "овый"), ("ова", "ов"), ("ову", "ов"), ("овым", "ов"), ("ове", "ов"), ("овой", "ова"),
    ("ову", "ов"), ("ева", "ев"), ("еву", "ев"), ("евым", "ев"), ("еве", "ев"), ("евой", "ева"),
    ("ёва", "ёв"), ("ёвым", "ёв"), ("ина", "ин"), ("ину", "ин"), ("иным", "ин"), ("ине", "ин"),
    ("иной", "ина"), ("ына", "ын"), ("ыным", "ын"),
    ("skiego", "ski"), ("skiemu", "ski"), ("skim", "ski"), ("skiej", "ska"), ("ską", "ska"),
    ("ckiego", "cki"), ("ckiemu", "cki"), ("ckim", "cki"), ("ckiej", "cka"),
    ("ića", "ić"), ("iću", "ić"), ("ićem", "ić"), ("ićom", "ić"), ("icza", "icz"), ("iczem", "icz"),
    # a foreign family name in -u declined in Slovene, Croatian or Serbian with a j between ("Sinirlioğluja",
    # "Sinirlioğlujem"), in -i declined as a Polish adjective ("Mecacciego")
    ("ujem", "u"), ("ujom", "u"), ("uja", "u"), ("uju", "u"), ("iego", "i"), ("iemu", "i"),
    ("ovoj", "ova"), ("ovom", "ov"), ("ovim", "ov"), ("evim", "ev"), ("ijem", "i"), ("ija", "i"), ("iju", "i"),
    ("ského", "ský"), ("skému", "ský"), ("ským", "ský"), ("ckého", "cký"), ("ckému", "cký"), ("ckým", "cký"),
    ("ové", "ová"), ("ého", "ý"), ("ému", "ý"), ("ым", "ый"), ("ým", "ý"),
    # patronymics ("Викторовича", "Владимировной")
    ("овной", "овна"), ("евной", "евна"), ("ичной", "ична"), ("овны", "овна"), ("евны", "евна"), ("ичны", "ична"),
    ("овне", "овна"), ("евне", "евна"), ("овну", "овна"), ("евну", "евна"),
    ("ичем", "ич"), ("ичу", "ич"), ("ича", "ич"),
    ("kiem", "k"), ("giem", "g"), ("owa", "ow"), ("owi", ""), ("em", ""), ("om", ""), ("ем", ""), ("ом", ""),
    # a family name in -i of another language, declined in Czech or Slovak ("Mecacciho", "Mecaccim")
    ("iho", "i"), ("imu", "i"), ("im", "i"),
    # a man's family name in -а declined like a noun, Ukrainian instrumental ("Кулебою", "Сибігою")
    ("ою", "а"),
    ("a", ""), ("u", ""), ("e", ""), ("а", ""), ("у", ""), ("е", ""), ("ю", ""), ("я", ""),
)


def nominative(words: list[str], language: str = "") -> list[str] | None:
    """The words of a name in the nominative, or None when nothing shows it is inflected (see
    :func:`_nominative_words`); in a West Slavic language a man's family name gets its fleeting e back
    ("Tomášem Petříčkem" -> "Tomáš Petříček") and a woman's its adjective ending ("Jany Novotné" -> "Jana
    Novotná")."""
    hers = _womans_given_name(words, language) or _east_slavic_woman(words, language)
    if hers:
        return hers
    if len(words) == 3 and not words[0].endswith(("om", "ом")) \
            and _womans_given_name([words[0], words[-1]], language) is None:
        # "predsednicom Vlade Anom Brnabić", "potpredsjednicom Vlade Jadrankom Kosor": a capitalised word of her post
        # (the government's genitive) before a woman's name in the instrumental is not hers (her given names would
        # agree in case)
        hers = _womans_given_name(words[1:], language)
        if hers and words[1].endswith(("om", "ом")):
            return hers
    if language.split("-")[0] == "be" and len(words) == 2:
        his = _belarusian_man(words)
        if his:
            return his
    found = _nominative_words(words, language) or _east_slavic_instrumental(words, language)
    if language.split("-")[0] == "lv" and found and len(words) >= 2 and found[-1] == words[-1] \
            and is_female(found[0]) and found[0] != words[0]:
        # a Latvian woman's family name takes her given name's case: accusative "Baibu Braži", "Helgu Mariju Šmidi",
        # genitive "-as/-es", dative "-ai/-ei" -> "Baiba Braže", "Helga Marija Šmide"
        case = next((e for e in ("ai", "as", "u") if words[0].endswith(e)), None)
        endings = {"u": (("i", "e"), ("u", "a")), "as": (("es", "e"), ("as", "a")), "ai": (("ei", "e"), ("ai", "a"))}
        for ending, nominative_ending in endings.get(case or "", ()):
            if words[-1].endswith(ending) and len(words[-1]) - len(ending) >= 3:
                return [*found[:-1], words[-1][:-len(ending)] + nominative_ending]
        return found
    if language.split("-")[0] not in _WEST_SLAVIC or len(words) < 2:
        return found
    if found is None and _MANS_ADJECTIVE.search(words[-1]):
        # a man's adjectival family name in the genitive or accusative makes the given name before it his
        # ("Jana Lipavského", "Jana Hrubého": Jan's; Jana alone would be a woman's name as written)
        given = _given_nominative(words[0], language)
        if given and not is_female(given[0]):
            return [given[0], *words[1:-1], _MANS_ADJECTIVE.sub("ý", words[-1])]
    if _WOMANS_ADJECTIVE.search(words[-1]) and (found is None and is_given_name(words[0])
                                                 or found and is_female(found[0]) and found[-1] == words[-1]):
        woman = found[0] if found else words[0] if is_female(words[0]) else _given(words[0], language, True)
        if woman and is_female(woman):
            return [woman, *words[1:-1], _WOMANS_ADJECTIVE.sub("á", words[-1])]
    if found and not is_female(found[0]) and found[-1] != words[-1] and words[-1].startswith(found[-1]):
        fleeting = _with_fleeting_e(found[-1])
        if fleeting:
            return [*found[:-1], fleeting]
    return found


#: a Czech or Slovak man's adjectival family name in the genitive or accusative ("Lipavského", "Hrubého")
_MANS_ADJECTIVE = re.compile(r"(?<=[^\W\d_]{3})ého$")
#: a Czech or Slovak woman's family name in an oblique case ("Novotné", "Novotnej", "Dvořákové")
_WOMANS_ADJECTIVE = re.compile(r"(?<=[^\W\d_]{3})(?:é|ej)$")


def _nominative_words(words: list[str], language: str = "") -> list[str] | None:
    """The words of a name in the nominative, or None when nothing shows it is inflected.

    The first word must not be a given name as written but become one with a case ending taken
    off ("Sergeja" -> "Sergej", "Марию" -> "Мария"); the family name then loses its own case
    ending (:data:`_SURNAME_ENDINGS`). A middle word inflects like the first.
    """
    # a Polish nasal ending folds away ("Heleną" -> "helena"): it is a case ending all the same
    if len(words) < 2:
        return None
    if language.split("-")[0] == "lv" and len(words) == 2 and (native := _baltic_native(words, "lv")):
        return native                 # "Edgaru Rinkēviču", "Valdi Dombrovski": a Latvian given name's case shows a
                                      # Latvian's name, its family name declined too (not "Feridunu Sinirlioglu")
    if language.split("-")[0] in ("lt", "lv") and len(words) == 2 and _baltic_foreign(words, language):
        return _baltic_foreign(words, language)
    if language.split("-")[0] in ("lt", "lv") and len(words) == 2:
        native = _baltic_native(words, language.split("-")[0])
        if native:
            return native
    if language.split("-")[0] == "sq" and len(words) == 2 and is_given_name(words[0]):
        # an Albanian family name in the genitive, dative or ablative ("Sipas Gjergj Erebarës", "Ermal Frashërit"):
        # the given name before it stays as written
        last = _ALBANIAN_OBLIQUE.sub(lambda m: "a" if m.group().startswith("ë") else "", words[-1])
        return [words[0], last] if last != words[-1] else None
    if "-" in words[0] and not is_given_name(words[0]):
        # a double given name with both parts declined ("з Жаном-Ноелем Барро")
        parts = words[0].split("-")
        firsts = [_given_nominative(p, language) for p in parts[:-1]]
        rest = nominative([parts[-1], *words[1:]], language)
        if rest and all(firsts):
            return ["-".join([*(f[0] for f in firsts if f), rest[0]]), *rest[1:]]
    if is_given_name(words[0]) and not words[0].endswith(("ą", "ę")):
        # a foreign or Turkic given name is not declined, the family name is ("с Уланом" / "с Улан
        # Ниязбековым"): only the unmistakable oblique endings of -ov/-ev/-in names, for a man
        m = _MALE_OBLIQUE.search(words[-1])
        if m and not is_female(words[0]) and len(words[-1]) - len(m.group()) >= 3:
            # the given name takes the family name's case: "Андрея Сушенцова" is Андрей's ("Andreja" is a
            # Serbian name as written), in the East Slavic languages whose genitive ends like the family name's
            same_case = _given_nominative(words[0], language) if language.split("-")[0] in ("ru", "uk", "be") else None
            if m.group().endswith("а") and words[0].endswith(("а", "я")) and not same_case:
                return None               # "Шахноза Каримова": a woman's given name as written, her family name too
            first = same_case[0] if same_case and same_case[1] in ("а", "я") and m.group().endswith("а") else words[0]
            return [first, *words[1:-1], words[-1][:m.start()] + m.group(1)]
        if words[-1].endswith(_FOREIGN_OBLIQUE) and not is_female(words[0]):
            # a foreign family name declined after a given name that is not ("Matteo Mecacciego")
            return [*words[:-1], _surname_nominative(words[-1])]
        # a man's name in the genitive that reads as a woman's ("Владимира Ткача": Vladimíra is a
        # woman's name too): the family name has the same ending and is not a woman's form
        found = _given_nominative(words[0], language) if is_female(words[0]) else None
        if found and not is_female(found[0]) and words[-1].endswith(found[1]) \
                and not _FEMININE_SURNAME.search(words[-1]) \
                and not any(w.lower() in _PARTICLES for w in words[1:-1]):
            # (not after a particle: "Tana de Zulueta" is a woman's foreign name as written, not Tan's genitive)
            return [found[0], *words[1:-1], _surname_nominative(words[-1])]
        return None
    found = _given_nominative(words[0], language)
    if found is None:
        return None
    if is_female(found[0]) and language.split("-")[0] in _SOUTH_SLAVIC and words[-1].endswith(("em", "ем")) \
            and len(words[-1]) >= 5:
        # a family name with a man's instrumental ending makes the given name before it a man's ("s premierjem
        # Milom Đukanovićem": Milo's, not Mila's; a woman's family name is not declined or ends in -om/-o)
        found = _mans_given_nominative(words[0], language) or found
    given, ending = found
    # a woman's family name that does not end in -a is not declined ("z Katarzyną Gardapchadze"),
    # unless it shows the given name's own case ending ("sa Nađom Đerlekom": "Nađa" is a man's name too)
    female = is_female(given) and not words[-1].endswith(ending)
    # a middle word is a second given name, else a first family name declined like the last
    # ("Markétou Pekarovou Adamovou" -> "Markéta Pekarová Adamová")
    middle = [w if is_given_name(w) and not (is_female(given) and not is_female(w) and _given(w, language, True))
              else (_given(w, language, is_female(given)) or _surname_nominative(w, is_female(given)))
              for w in words[1:-1]]
    last = _surname_nominative(words[-1], female)
    if language.split("-")[0] in _SOUTH_SLAVIC and last != words[-1] and _CONSONANT_K.search(last):
        last += "o" if last[-1] == "k" else "о"     # "Zovkom" -> Zovko, not "Zovk": no name ends in a consonant and k
    if ending in ("а", "я", "a") and last == words[-1][:-1] and words[-1].endswith(_UNDECLINED_AFTER_GENITIVE):
        last = words[-1]                  # "Феридуна Синирлиоглу": a family name in -у, -о, -и is not declined
    if ending in _INSTRUMENTAL and not words[-1].endswith(_INSTRUMENTAL_ALL):
        last = words[-1]                  # "Ферідуном Сінірліоглу": a family name that does not decline
    if (is_female(given) and ending in _WOMANS_ENDINGS and words[-1].endswith(ending)
            and len(words[-1]) - len(ending) >= 3):
        # a woman's family name declined like her given name ("Piu Kaumu" -> "Pia Kauma"), unless it has
        # a woman's form of its own ("Adamovou" -> "Adamová")
        own = _surname_nominative(words[-1], True)
        last = own if own != words[-1] else words[-1][:-len(ending)] + given[len(words[0]) - len(ending):]
    return [given, *middle, last]


#: particles before a foreign family name ("Tana de Zulueta", "Ursula von der Leyen")
_PARTICLES = frozenset("de da di del della du van von der le la dos das".split())
#: a stem in a consonant and k, which South Slavic family names in -ko leave in their oblique cases
_CONSONANT_K = re.compile(r"(?<=[^\W\daeiouаеиоуәыі])[kк]$", re.I)


#: oblique endings only a foreign family name shows (Polish -iego of a name in -i; the Slovene and Croatian j after
#: a name in -u)
_FOREIGN_OBLIQUE = ("iego", "iemu", "uja", "ujem", "uju", "ujom")
#: the last letters of a family name that a genitive in -а/-я/-a of the given name leaves as it is (a Turkish
#: "Синирлиоглу", an Italian "Mecacci")
_UNDECLINED_AFTER_GENITIVE = ("у", "ю", "о", "и", "u", "o", "i")
#: an Albanian family name's definite oblique ending after at least four letters: -ës of a name in -a ("Ramës",
#: "Erebarës"), -it of a name in -i ("Frashërit", "Kurtit")
_ALBANIAN_OBLIQUE = re.compile(r"(?<=[^\W\d_]{4})(?:ës|(?<=i)t)$")
#: Latvian and Lithuanian: a man's given name in an oblique case -> its nominative endings (tried in order), and his
#: family name's oblique ending -> nominative ending. Latvian -is names palatalise their stem in the genitive
#: ("Kārļa" <- Kārlis, "Jāņa" <- Jānis); a family name in -iņš keeps its ņ ("Bērziņu" <- Bērziņš)
_BALTIC_GIVEN = {"lv": (("am", ("s", "is")), ("a", ("s", "is")), ("u", ("s", "is")), ("i", ("is",)), ("ā", ("s",))),
                 "lt": (("iui", ("is", "ius")), ("ui", ("as", "us")), ("aus", ("us",)), ("io", ("is", "ius", "ys")),
                        ("o", ("as",)), ("ą", ("as",)), ("į", ("is", "į")), ("u", ("as",)))}
_BALTIC_FAMILY = {"lv": ("am", "a", "u", "ā", "i"),
                  "lt": ("iui", "ui", "aus", "io", "os", "o", "ą", "į", "u")}
_PALATAL = str.maketrans("ļņķģ", "lnkg")


def _baltic_native(words: list[str], language: str) -> list[str] | None:
    """A man's Latvian or Lithuanian name in an oblique case ("ar rektoru Jāni Bērziņu", "Kārļa Liepiņa teiktā",
    "Lino Kojalos"): the given name back in its nominative when that makes a man's given name, the family name
    with its nominative ending (Latvian -s, -š after -iņ; Lithuanian -as, -is, -us, -a for a man's name in -a).
    None unless the family name ends in an oblique ending, which no nominative has."""
    first, last = words
    family = next((e for e in _BALTIC_FAMILY[language] if last.endswith(e) and len(last) - len(e) >= 3), None)
    if family is None or last.endswith(("s", "š")) and language == "lv":
        return None
    for ending, nominatives in _BALTIC_GIVEN[language]:
        if not first.endswith(ending) or len(first) - len(ending) < 2:
            continue
        stem = first[:-len(ending)]
        given = next((c for base in dict.fromkeys((stem.translate(_PALATAL), stem)) for c in
                      (base + n for n in nominatives) if c != first and is_given_name(c) and not is_female(c)), None)
        if given is None:
            continue
        stem = last[:-len(family)]
        if language == "lv":
            nominative = stem + ("is" if family == "i" else "š" if stem.endswith("iņ") else "s")
        else:
            nominative = stem + {"iui": "is", "ui": "as", "aus": "us", "io": "is", "os": "a"}.get(family, "as")
        return [given, nominative]
    return None


def _baltic_foreign(words: list[str], language: str) -> list[str] | None:
    """A foreign man's name in a Lithuanian or Latvian oblique case ("su ... Feridunu Sinirlioglu"): the
    given name takes the language's own nominative ending ("Feridunas", "Feriduns"), as Baltic writes
    foreign names; a family name in a vowel after a consonant is foreign and does not decline. A
    Baltic family name in -iu ("Landsbergiu") is left to the general rule."""
    first, last = words
    stem = first[:-1]
    if not (first.endswith("u") and len(stem) >= 3 and stem[-1] not in "aeiouyąęėįųūō"
            and is_given_name(stem) and not is_female(stem) and not is_given_name(first)):
        return None
    if not (last.endswith("u") and last[-2:-1] not in ("i", "j") and last[-2:-1].isalpha()):
        return None
    return [stem + ("as" if language.startswith("lt") else "s"), last]


def slovene_woman(words: list[str]) -> list[str] | None:
    """A woman's name in the Slovene accusative or instrumental, both words in -o ("Pio Kaumo",
    "Helgo Schmidovo"): the -a of both back, when that makes a woman's given name. ("Pio" is a man's
    name as written, so the caller asks only after a woman's post: "s predsednico ... Pio Kaumo".)"""
    first, last = words
    if not (first.endswith("o") and last.endswith("o") and len(last) >= 4):
        return None
    given = first[:-1] + "a"
    return [given, last[:-1] + "a"] if is_given_name(given) and is_female(given) else None


def given_or_same(word: str, language: str = "") -> str:
    """A given name in an oblique case in the nominative ("Mattea" -> "Matteo", "Владимира" ->
    "Владимир"); a word that is a given name as it is, or becomes none, as it is."""
    if is_given_name(word) and not is_female(word):
        return word
    found = _given_nominative(word, language)
    return found[0] if found else word


def surname_endings() -> tuple[tuple[str, str], ...]:
    """(oblique ending, nominative ending) pairs of family names, longest first."""
    return _SURNAME_ENDINGS


def surname_nominative(word: str) -> str:
    """A man's family name in an oblique case back in the nominative ("Spasovskim" -> "Spasovski")."""
    return _surname_nominative(word)


def _given(word: str, language: str, female: bool = False) -> str | None:
    """A given name in an oblique case in the nominative; a woman's name first when ``female``
    ("Marijom" after "Helgom" -> "Marija", not "Marij")."""
    if female:
        endings = (_UKRAINIAN_O + _GIVEN_ENDINGS) if language.startswith("uk") else _GIVEN_ENDINGS
        for ending, nominative_ending in endings:
            if nominative_ending[-1:] in ("a", "а", "я") and word.endswith(ending) and len(word) - len(ending) >= 2:
                candidate = word[:-len(ending)] + nominative_ending
                if is_given_name(candidate):
                    return candidate
    found = _given_nominative(word, language)
    return found[0] if found else None


#: instrumental endings of given names, and every instrumental ending a declined family name shows
_INSTRUMENTAL = frozenset(("ом", "ем", "ём", "ою", "ею", "єю", "om", "em", "ą", "ou", "ам"))
_INSTRUMENTAL_ALL = ("ом", "ем", "ём", "ым", "им", "ой", "ою", "ею", "єю", "om", "em", "im", "ym", "ą", "ou", "ým",
                     "ím", "ем", "ім", "ім")
#: oblique endings a man's family name would not share with a woman's given name (accusative -u,
#: Slovene -o; not the instrumental -om both take: "Nađom Đerlekom" is a man)
_WOMANS_ENDINGS = frozenset(("u", "у", "ю", "o", "ą", "ę"))
#: women's family names (adjectival and possessive forms), which are not a man's in the genitive
_FEMININE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ська|цька|зька|ova|eva|ina|ska|cka|ová|ská|cká)$")
#: oblique cases of a man's family name in -ov, -ev, -in (instrumental, genitive, dative, prepositional)
_MALE_OBLIQUE = re.compile(r"(ов|ев|ёв|ин|ын)(?:ым|а|у|е)$")
#: Belarusian writes the unstressed instrumental of a man's name -ам ("з Ферыдунам Сінірліоглу")
_BELARUSIAN_AM = (("ам", ""),)
#: Ukrainian given names ending in -o decline like "Петро" -> "Петром", "Петра"
_UKRAINIAN_O = (("ом", "о"), ("а", "о"), ("у", "о"), ("ові", "о"), ("єм", "й"), ("єві", "й"))


#: West Slavic languages, whose names drop a fleeting e in the oblique cases ("Pavla" <- Pavel, "Petříčka" <-
#: Petříček, "Marka" <- Marek) and whose women's family names are adjectives ("Novotné" <- Novotná)
_WEST_SLAVIC = frozenset(("cs", "sk", "pl"))
#: South Slavic languages, whose men's names in -ko take -ka in the genitive
_SOUTH_SLAVIC = frozenset(("sl", "hr", "sr", "bs", "cnr", "mk", "bg"))
_FLEETING_ENDINGS = ("ovi", "owi", "iem", "em", "ie", "a", "u", "e")
_CONSONANTS = frozenset("bcčćdďfghjklłmnňńprřsšśtťvwzžźż")


#: a woman's given name's oblique endings where her nominative ends in -a (Polish: no nominative ends so; the South
#: Slavic languages: unless the word is a given name as written, "Anke", "Hrvoje"): "Anny", "Annę"; "Adise", "Adisu"
_WOMANS_OBLIQUE = {"pl": ("y", "ę", "ą"), "sr": ("e", "i", "u", "om"), "hr": ("e", "i", "u", "om"),
                   "bs": ("e", "i", "u", "om"), "cnr": ("e", "i", "u", "om"), "sl": ("e", "i")}


def _womans_given_name(words: list[str], language: str) -> list[str] | None:
    """A woman's name whose family name does not decline (it ends in a consonant, as a man's name in an oblique
    case never does) and whose given name is in an oblique case: the given name in -a ("Anny Niemiec" -> "Anna
    Niemiec", "Adise Omerović" -> "Adisa Omerović"), when that is a woman's given name; else None."""
    endings = _WOMANS_OBLIQUE.get(language.split("-")[0])
    if not endings or len(words) != 2 or not words[-1][-1:].isalpha() or words[-1][-1].lower() in "aeiouyąęó" \
            or words[-1][-1].lower() in "аеиоуыэюяёі":
        return None
    first = words[0]
    ending = next((e for e in endings if first.endswith(e) and len(first) - len(e) >= 2), None)
    if ending is None or ending in "eiu" and is_given_name(first):
        return None                                   # "Anke Konrad", "Hrvoje Horvat": a nominative as written
    if ending == "om" and words[-1].endswith(("m", "м")):
        return None                                   # "Gordanom Jandrokovićem": a man's instrumental, both words
    candidate = first[:-len(ending)] + ("а" if _CYRILLIC_LETTER.search(first) else "a")
    return [candidate, words[-1]] if is_female(candidate) else None


def _east_slavic_instrumental(words: list[str], language: str) -> list[str] | None:
    """A man's name in the Russian, Ukrainian or Belarusian instrumental, both words in it: a family name in
    -овым/-евым/-иным and a given name in -ом/-ем ("с министром Джейхуном Байрамовым" -> "Джейхун Байрамов"), or a
    foreign family name in -ом after a foreign given name that does not decline ("з ... Ігнаціо Кассісом" ->
    "Ігнаціо Кассіс"); else None."""
    if language.split("-")[0] not in ("ru", "uk", "be") or len(words) != 2:
        return None
    first, last = words
    if last.endswith(("овым", "евым", "ёвым", "иным", "ыным")) and len(last) >= 7 \
            and first.endswith(("ом", "ем", "ём")) and len(first) >= 5:
        return [first[:-2], last[:-2]]
    if last.endswith(("ом", "ам")) and len(last) >= 6 and last[-3].lower() not in "аеёиоуыэюяіїєкнц" \
            and first[-1:].lower() in "оеиіу" and is_given_name(first):
        return [first, last[:-2]]
    return None


#: a woman's family name in -ova/-eva/-ina in an oblique case -> its nominative, per language (genitive, dative,
#: instrumental; a man's name never ends so: "Нилуфар Раджабовой", "Вікторії Рощиної", "Марыяй Калеснікавай")
_WOMANS_FAMILY_OBLIQUE = {
    "ru": (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"), ("овою", "ова")),
    "uk": (("ової", "ова"), ("евої", "ева"), ("иної", "ина"), ("овою", "ова"), ("евою", "ева"), ("иною", "ина"),
           ("овій", "ова"), ("евій", "ева"), ("иній", "ина")),
    "be": (("овай", "ова"), ("евай", "ева"), ("авай", "ава"), ("інай", "іна"), ("ынай", "ына"), ("овы", "ова"),
           ("авы", "ава"), ("скай", "ская"), ("цкай", "цкая"), ("скую", "ская"), ("цкую", "цкая")),
}
#: Belarusian given names' oblique endings beside :data:`_GIVEN_ENDINGS` (instrumental "Марыяй", "Святланай";
#: genitive of a name in a soft consonant, "Алеся" <- Алесь)
_BELARUSIAN_GIVEN = (("яй", "я"), ("ай", "а"), ("я", "ь"), ("ю", "ь"), ("ем", "ь"))


def _east_slavic_woman(words: list[str], language: str) -> list[str] | None:
    """A woman's name in Russian, Ukrainian or Belarusian whose family name in -ova/-eva/-ina is in an oblique case
    (:data:`_WOMANS_FAMILY_OBLIQUE`), her given name as written (a foreign one, "Нилуфар") or in the same case
    ("Вікторії" -> "Вікторія"); else None."""
    endings = _WOMANS_FAMILY_OBLIQUE.get(language.split("-")[0])
    if not endings or len(words) != 2:
        return None
    first, last = words
    ending = next((e for e in endings if last.endswith(e[0]) and len(last) - len(e[0]) >= 3), None)
    if ending is None:
        return None
    given = _given(first, language, True) or _belarusian_given(first, language)
    if given is None and is_given_name(first):
        given = first
    return [given, last[:-len(ending[0])] + ending[1]] if given else None


def _belarusian_given(word: str, language: str) -> str | None:
    if language.split("-")[0] != "be":
        return None
    for ending, nominative_ending in _BELARUSIAN_GIVEN:
        if word.endswith(ending) and len(word) - len(ending) >= 2 and is_given_name(word[:-len(ending)]
                                                                                     + nominative_ending):
            return word[:-len(ending)] + nominative_ending
    return None


#: a Belarusian man's family name in an oblique case -> its nominative: adjectival -скі/-цкі ("Бяляцкага"), -оў/-еў/-аў
#: ("Шаўцовым", "Шаўцова"), and -ка declined like a noun ("Краўчанкі", "Краўчанкам")
_BELARUSIAN_FAMILY = (("цкага", "цкі"), ("скага", "скі"), ("цкаму", "цкі"), ("скаму", "скі"), ("цкім", "цкі"),
                      ("скім", "скі"), ("овым", "оў"), ("евым", "еў"), ("авым", "аў"), ("ёвым", "ёў"),
                      ("ова", "оў"), ("ева", "еў"), ("ава", "аў"), ("ову", "оў"), ("аву", "аў"),
                      ("кі", "ка"), ("ку", "ка"), ("кам", "ка"))


def _belarusian_man(words: list[str]) -> list[str] | None:
    """A man's name in a Belarusian oblique case, the given name not as written but a man's with a case ending taken
    off ("Алега", "Дзмітрыем", "Алеся"), the family name one of :data:`_BELARUSIAN_FAMILY`'s; else None."""
    first, last = words
    ending = next((e for e in _BELARUSIAN_FAMILY if last.endswith(e[0]) and len(last) - len(e[0]) >= 3), None)
    if ending is None or is_given_name(first) and ending not in _BELARUSIAN_FAMILY[:10]:
        return None                       # (a man's adjectival or -оў name is his, also after "Алеся", a woman's too)
    found = _given_nominative(first, "be")
    given = found[0] if found and found[1] else _belarusian_given(first, "be")
    if not given or is_female(given) or given.endswith(("а", "я")):
        return None
    return [given, last[:-len(ending[0])] + ending[1]]


_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")


def _with_fleeting_e(stem: str) -> str | None:
    """The stem of a West Slavic name with its fleeting e back ("Pavl" -> "Pavel", "Petříčk" -> "Petříček"), or
    None when its last two letters are no consonant cluster that drops one."""
    if len(stem) >= 3 and stem[-1] in "lkcł" and stem[-2].lower() in _CONSONANTS:
        return stem[:-1] + "e" + stem[-1]
    return None


def _given_nominative(word: str, language: str = "") -> tuple[str, str] | None:
    """(the given name in the nominative, the case ending taken off), or None."""
    if language.split("-")[0] in _WEST_SLAVIC:
        for ending in _FLEETING_ENDINGS:      # "Pavla" is Pavel's genitive in Czech, not Pavlo's
            if word.endswith(ending):
                candidate = _with_fleeting_e(word[:-len(ending)])
                if candidate and is_given_name(candidate):
                    return candidate, ending
    if language.split("-")[0] in _SOUTH_SLAVIC and word.endswith(("ka", "ка")) and len(word) >= 4:
        # "Marka", "Марка": Marko's (the region's -ko names: Marko, Darko, Janko), not Mark's
        candidate = word[:-1] + ("o" if word[-1] == "a" else "о")
        if is_given_name(candidate) and not is_female(candidate):
            return candidate, word[-1]
    endings = (_UKRAINIAN_O + _GIVEN_ENDINGS) if language.startswith("uk") else \
        (_BELARUSIAN_AM + _BELARUSIAN_GIVEN[:2] + _GIVEN_ENDINGS) if language.startswith("be") else \
        (_GIVEN_ENDINGS + _SOUTH_SLAVIC_E) if language.split("-")[0] in _SOUTH_SLAVIC else _GIVEN_ENDINGS
    for ending, nominative_ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            candidate = word[:-len(ending)] + (nominative_ending if word[-1].islower() else nominative_ending.upper())
            if is_given_name(candidate):
                return candidate, ending
    return None


def _mans_given_nominative(word: str, language: str) -> tuple[str, str] | None:
    """(a man's given name that ``word`` is an oblique case of, the ending taken off), or None: a name in -o
    too ("Milom" -> Milo)."""
    endings = (*_GIVEN_ENDINGS, *_SOUTH_SLAVIC_E, ("om", "o"), ("ом", "о"))
    for ending, nominative_ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            candidate = word[:-len(ending)] + (nominative_ending if word[-1].islower() else nominative_ending.upper())
            if is_given_name(candidate) and not is_female(candidate):
                return candidate, ending
    return None


def _surname_nominative(word: str, female: bool = False) -> str:
    if re.search(r"(?:dze|дзе|швили|shvili|ia|ія|ия)$", word):
        return word                           # Georgian family names are not declined
    for ending, nominative_ending in _SURNAME_ENDINGS:
        if female and not nominative_ending.endswith(("a", "а", "á")):
            continue
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + nominative_ending
    return word


#: Azerbaijani and Turkish case suffixes a family name takes (genitive, dative, accusative,
#: locative, ablative, comitative), longest first
_TURKIC_SUFFIXES = ("nın", "nin", "nun", "nün", "dan", "dən", "tan", "tən", "yla", "ylə", "ın", "in", "un",
                    "ün", "ya", "yə", "nı", "ni", "nu", "nü", "da", "də", "ta", "tə", "la", "lə",
                    "a", "ə", "ı", "i", "u", "ü")
#: endings of family names in the Turkic-speaking States ("Əliyev", "Məmmədova", "Hüseynzadə", "Paşayeva")
_TURKIC_SURNAME = re.compile(r"(?:ov|ev|yev|ova|eva|yeva|zadə|zade|lı|li|lu|lü|oğlu|oglu|bəyli|yan|ski|vić|ić|dze|"
                             r"shvili|şvili|çi|ci)$")


def without_turkic_suffix(word: str) -> str:
    """A family name without the Azerbaijani or Turkish case suffix a sentence gave it:
    "Əliyevin" -> "Əliyev", "Bayramovla" -> "Bayramov", "Məmmədovaya" -> "Məmmədova"; a name
    whose stem does not end like a family name of the region is left as it is."""
    for suffix in _TURKIC_SUFFIXES:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 4 and _TURKIC_SURNAME.search(stem):
            return stem
    return word


def turkic_family_name(word: str) -> bool:
    """``word`` ends like a family name of the Turkic-speaking States ("Saidov", "Məmmədova")."""
    return len(word) >= 5 and bool(_TURKIC_SURNAME.search(word))


#: a Georgian family name's ending (-ძე, -შვილი, -ია, -ავა, -უა, -ური, -ული, -ანი, -ელი) and the case
#: suffixes and postpositions a sentence adds to the last word of a name, longest first
_GEORGIAN_SURNAME = re.compile("(?:ძე|შვილი|ია|ავა|უა|ური|ული|ანი|ელი|ენი|ონი)$")
_GEORGIAN_SUFFIXES = ("ისთვის", "სთვის", "სთან", "სგან", "ისგან", "ისთან", "ით", "ის", "მა", "მ", "ს", "ზე", "ში",
                      "ად")
_GEORGIAN_NAME = re.compile("(?<![\u10d0-\u10ff-])([\u10d0-\u10ff]{2,})"
                            "(?=[ \t]+([\u10d0-\u10ff]{3,})(?![\u10d0-\u10ff-]))")


#: Georgian conjunctions and pronouns the dictionary also holds as names ("და" ~ "Da")
_GEORGIAN_FUNCTION_WORDS = frozenset("და ან თუ რომ ეს ის ამ იმ მისი მათი ხოლო მაგრამ ასევე როგორც "
                                     # the copula and its forms ("იყო" is a given name too): "კოორდინატორი იყო პია"
                                     "იყო არის იყვნენ არიან გახლავთ".split())


_GEORGIAN_THIRD = re.compile("[ \t]+([\u10d0-\u10ff]{3,})(?![\u10d0-\u10ff-])")


def _georgian_options(family: str) -> tuple[str, ...]:
    """The forms a Georgian family name may have under its case suffix: "-ძე" and "-შვილი" lose their
    vowel before a suffix in -ი ("კობახიძის"), a name in -ი loses it before the dative's and the
    ergative's ("კალანდარიშვილს", "პაპუაშვილმა"); others keep it."""
    return (family, *(family[:-len(s)] + tail for s in _GEORGIAN_SUFFIXES if family.endswith(s)
                      for tail in (("ე", "ი") if s.startswith("ი") else ("", "ი"))))


def _georgian_foreign_nominative(word: str) -> str:
    """A foreign family name Georgian writes with its nominative -ი after a consonant ("შმიდი"), from
    the dative, genitive or ergative a sentence gave it ("შმიდს", "შმიდის", "შმიდმა"; "მეკაჩიმ": the
    ergative of a name in a vowel)."""
    for suffix in ("ისთვის", "ისგან", "ისთან", "მა", "ის", "ს", "ით", "მ"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[:-len(suffix)]
            if suffix == "მა" and stem.endswith(("ა", "ე", "ი", "ო", "უ")):
                continue                      # "კაუმა": a name in a vowel takes -მ in the ergative, not -მა
            return stem if stem.endswith(("ი", "ა", "ე", "ო", "უ")) else stem + "ი"
    return word


#: Georgian posts before a name ("წარმომადგენელი ტოივო კლაარი", "მინისტრი ილია ..."), also with the copula
#: ("კოორდინატორი იყო პია კაუმა") or where the post is held ("წარმომადგენელი სამხრეთ კავკასიაში ვიორელ
#: მოშანუ": up to six words, the last in the locative -ში) between
_GEORGIAN_POST = re.compile("(?:წარმომადგენ|მინისტრ|ელჩ|მდივან|თავმჯდომარ|პრეზიდენტ|ხელმძღვანელ|დირექტორ|მოადგილ|"
                            "სპიკერ|პრემიერ|კოორდინატორ)[\u10d0-\u10ff]*"
                            "(?:[ \t]+(?:იყო|არის)|(?:[ \t]+[\u10d0-\u10ff]+){0,5}?[ \t]+[\u10d0-\u10ff]+ში)?[ \t]+$")
#: a verb of saying in the aorist, whose speaker follows in the ergative ("განაცხადა ტონინო პიცულამ")
_GEORGIAN_SAID = re.compile("(?:განაცხადა|აღნიშნა|თქვა|დასძინა)[ \t]+$")


def georgian_names(text: str) -> list[tuple[int, str]]:
    """Names written in Georgian script (which has no capitals): a known given name followed by a
    word that is, with a case suffix taken off, a Georgian family name ("ირაკლი კობახიძემ" ->
    "ირაკლი კობახიძე", "გიორგი მარგველაშვილის" -> "გიორგი მარგველაშვილი"). (start, name) pairs."""
    found = []
    for m in _GEORGIAN_NAME.finditer(text):
        given, family = m.group(1), m.group(2)
        if given in _GEORGIAN_FUNCTION_WORDS or not is_given_name(given):
            continue
        third = _GEORGIAN_THIRD.match(text, m.end(2)) if is_given_name(family) else None
        if third and not is_given_name(third.group(1)) and third.group(1) not in _GEORGIAN_FUNCTION_WORDS:
            # "ჰელგა მარია შმიდს": two given names, then a family name in its case (a foreign one: "შმიდი")
            last = third.group(1)
            native = next((o for o in _georgian_options(last) if _GEORGIAN_SURNAME.search(o)), None)
            found.append((m.start(), f"{given} {family} {native or _georgian_foreign_nominative(last)}"))
            continue
        if is_given_name(family) and not _GEORGIAN_SURNAME.search(family):
            continue
        foreign = not any(_GEORGIAN_SURNAME.search(o) for o in _georgian_options(family)) and len(family) >= 4
        if foreign and _GEORGIAN_POST.search(text, max(0, m.start() - 90), m.start()):
            if family.endswith("ი") and family[-2] not in "აეიოუ":
                found.append((m.start(), f"{given} {family}"))   # "წარმომადგენელი ტოივო კლაარი": a foreign name
                continue
            if _georgian_foreign_nominative(family) != family:
                # "მდივანს ფერიდუნ სინირლიოღლუს": a foreign name after its post, in the post's case
                found.append((m.start(), f"{given} {_georgian_foreign_nominative(family)}"))
                continue
            if family.endswith(("ა", "ე", "ო", "უ")):
                found.append((m.start(), f"{given} {family}"))   # "წარმომადგენელი მაგდალენა გრონო": in a vowel
                continue
        if foreign and _GEORGIAN_SAID.search(text, max(0, m.start() - 20), m.start()) \
                and _georgian_foreign_nominative(family) != family:
            found.append((m.start(), f"{given} {_georgian_foreign_nominative(family)}"))   # "განაცხადა პია კაუმამ"
            continue
        for option in _georgian_options(family):
            if _GEORGIAN_SURNAME.search(option):
                found.append((m.start(), f"{given} {option}"))
                break
    return found


#: Hungarian case suffixes a name takes (dative, instrumental, ablative, allative, delative, causal), longest
#: first; the accusative's -t only after a vowel; an instrumental assimilates to a final consonant ("Péterrel")
_HUNGARIAN_SUFFIXES = ("nak", "nek", "val", "vel", "tól", "től", "hoz", "hez", "höz", "ról", "ről", "nál", "nél", "ért")


def without_hungarian_suffix(word: str) -> str:
    """A name without the case suffix a Hungarian sentence gave it: "Sinirlioğlut" -> "Sinirlioğlu",
    "Péternek" -> "Péter", "Péterrel" -> "Péter", the accusative "Pétert" -> "Péter", "Schmidet" -> "Schmid"
    (a linking vowel), "Mattarellát" -> "Mattarella" (a lengthened final vowel); a word that is a given name as it
    is stays."""
    if is_given_name(word):
        return word
    for suffix in _HUNGARIAN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    m = re.search(r"([^\W\d_])\1[ae]l$", word)
    if m and len(word) > 5:
        return word[:m.start() + 1]
    if word.endswith("t") and len(word) > 5 and word[-2] in "aeoö" and word[-3] not in "aeiouáéíóöőúüűıy":
        return word[:-2]                      # the accusative's linking vowel after a consonant: "Schmidet", "Kampot"
    if word.endswith("t") and len(word) > 4 and word[-2] in "áé":
        return word[:-2] + {"á": "a", "é": "e"}[word[-2]]     # a final a or e lengthens: "Mattarellát", "Ruttét"
    if word.endswith("t") and len(word) > 4 and word[-2] in "aeiouáéíóöőúüűı":
        return word[:-1]
    if word.endswith("t") and is_given_name(word[:-1]):
        return word[:-1]                      # "Pétert": a given name's accusative without a linking vowel
    return word


#: Armenian case endings and the article a sentence adds to the last word of a name, longest first
_ARMENIAN_SUFFIXES = ("ում", "ից", "ով", "ին", "ը", "ն", "ի")
#: Armenian family names' endings ("Միրզոյան", "Փաշինյան", "Սարգսեան", "Ավետիսենց")
_ARMENIAN_SURNAME = re.compile("(?:յան|եան|ունի|ենց|յանց)$")
#: Georgian family names' endings as Armenian writes them (-shvili, -dze, -eli, -uri, -uli: "Օտիաշվիլի", "Ծերեթելի")
_GEORGIAN_SURNAME_HY = re.compile("(?:շվիլի|ձե|ելի|ուրի|ուլի)$")


def without_armenian_suffix(word: str, after_given_name: bool = False) -> str:
    """An Armenian family name without the case ending or article a sentence gave it
    ("Միրզոյանը" -> "Միրզոյան", "Փաշինյանի" -> "Փաշինյան", "Շմիդին" -> "Շմիդ"): the genitive's -ի and
    the article's -ն only off a name of Armenian shape, the others off any name not of that shape;
    the genitive also off a foreign family name after a known given name ("Մարգարետա Սեդերֆելտի"). A Georgian
    family name ends in -ի as it is ("Օտիաշվիլի", "Ծերեթելի"): only an ending after that comes off ("Օտիաշվիլին")."""
    if _GEORGIAN_SURNAME_HY.search(word):
        return word
    for suffix in _ARMENIAN_SUFFIXES:
        if word.endswith(suffix) and _GEORGIAN_SURNAME_HY.search(word[:-len(suffix)]):
            return word[:-len(suffix)]
    for suffix in _ARMENIAN_SUFFIXES:
        stem = word[:-len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        if _ARMENIAN_SURNAME.search(stem):
            return stem
        if (suffix != "ն" and (suffix != "ի" or after_given_name and len(stem) >= 4)
                and not _ARMENIAN_SURNAME.search(word)):
            return stem
    return word


#: Greek oblique endings of men's names (genitive, accusative) and the nominative's, longest first
_GREEK_OBLIQUE = (("ου", "ος"), ("ο", "ος"), ("α", "ας"), ("η", "ης"), ("ά", "άς"), ("ή", "ής"), ("ό", "ός"))


def greek_nominative(words: list[str], text: str = "", masculine: bool = False) -> list[str] | None:
    """A man's name a Greek sentence gives in the genitive or accusative, in the nominative
    ("Γιώργου Γεραπετρίτη" -> "Γιώργος Γεραπετρίτης"), when the given name becomes a known one or
    the text writes the whole name so elsewhere, or when a masculine article opens the phrase (``masculine``: "του
    Υφυπουργού Αλέξανδρου Φωτιάδη", "τον υφυπουργό Γιώργο Κοτσίρα": the given name's oblique form may be a name
    of its own, "Νικήτα"); else None. After a given name in the accusative a surname in -ου is one that does not
    decline ("Ανδρέα Γεωργίου")."""
    if len(words) < 2 or is_given_name(words[0]) and not masculine:
        return None
    accusative = masculine and not words[0].endswith("ου")
    out = []
    for word in words:
        if accusative and word is not words[0] and word.endswith("ου"):
            out.append(word)
            continue
        ending = next((e for e in _GREEK_OBLIQUE if word.endswith(e[0]) and len(word) > len(e[0]) + 2), None)
        if ending is None:
            return None
        out.append(word[:-len(ending[0])] + ending[1])
    if masculine or is_given_name(out[0]) or " ".join(out) in text:
        return out
    return None


__all__ = ["without_hungarian_suffix", "without_armenian_suffix", "greek_nominative", "given_or_same",
           "surname_endings", "UPPER", "LOWER", "MIN_FREQUENCY", "FUNCTION_WORDS", "fold", "given_names",
           "is_given_name", "is_female",
           "nominative", "surname_nominative", "without_turkic_suffix",
           "georgian_names"]


# ------------------------------------------------------------------ initials written close up

#: one or two initials written close up to the family name, as Russian and other ministries do
#: ("С.В.Лавров", "Ф.Синирлиоглу", "А.Ю.Грушко"); the spaced form ("Н. Абдиров") is read elsewhere
COMPACT_INITIALS = re.compile(rf"(?<![\w.])(?P<initials>(?:[{UPPER}]\.){{1,2}})"
                              rf"(?P<surname>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]{{2,}})?)(?!\w)(?!\.\w)")
_COMPACT_HINT = re.compile(rf"[{UPPER}]\.[{UPPER}]")
#: a word that takes the person after it in the genitive: a post in the genitive ("Министра",
#: "секретаря", "заместителя") or a noun of meeting and speaking ("разговоре", "встречи", "визита")
_GENITIVE_BEFORE = re.compile(
    r"(?:(?:министра|секретаря|заместителя|председателя|президента|посла|представителя|директора|"
    r"руководителя|помощника|советника|генсека|премьера|спикера|главы)|"
    r"(?:встреч|разговор|бесед|визит|выступлени|заявлени|интервью|стать|послани|переговор|телеграмм)[\w-]*)"
    r"\s+(?:[\w-]+\s+){0,4}$", re.I)


def compact_initialled(text: str) -> list[tuple[int, int, str]]:
    """People written as initials close up to their family name, as ``(start, end, name)`` with the
    family name in the nominative: forms of one name are grouped by initials and stem, and the form
    every other one extends is the nominative ("Лавров" beside "Лаврова"); a lone form in -ova/-eva/
    -ina after a word that takes the genitive is a man's genitive ("разговоре С.В.Лаврова"), else it
    is kept as written (a woman's name: "М.В.Захарова")."""
    if not _COMPACT_HINT.search(text):
        return []                             # (a quick scan: most pages have no initial before a capital)
    found = [(m.start(), m.end(), m.group("initials"), m.group("surname")) for m in COMPACT_INITIALS.finditer(text)]
    if not found:
        return []
    forms: dict[str, set[str]] = {}
    for _, _, initials, surname in found:
        forms.setdefault(initials, set()).add(surname)
    out = []
    for start, end, initials, surname in found:
        before = text[max(0, start - 80):start]
        out.append((start, end, initials + _compact_nominative(surname, forms[initials], before)))
    return out


def _compact_nominative(surname: str, forms: set[str], before: str) -> str:
    shorter = [f for f in forms if surname.startswith(f) and len(surname) - len(f) <= 3]
    if len(shorter) > 1 or shorter and shorter[0] != surname:
        return min(shorter, key=len)                       # "Лаврова" beside "Лавров"
    female = next((f for f in forms if f.endswith(("ой", "ою")) and len(f) > 4), None)
    if female:
        return female[:-2] + "а"              # "Захаровой" beside "Захарова": a woman's name
    m = _MALE_OBLIQUE.search(surname)
    if m and len(surname) - len(m.group()) >= 3:
        if not surname.endswith("а") or _GENITIVE_BEFORE.search(before):
            return surname[:m.start()] + m.group(1)
    return surname
