"""Which language a page is written in, as a BCP 47 tag.

The script decides first (Greek, Armenian and Georgian have one language each; Arabic, Hebrew
and CJK pages are not read). Latin and Cyrillic pages are read by CLD2 (``pycld2``: Google's
compact language detector, a few microseconds a page, with character n-gram models of every
language of the participating States, Slovak against Czech, Azerbaijani against Turkish,
Macedonian against Serbian, Kazakh and Kyrgyz against Russian among them). Its answer is kept
when it is reliable and a language of the region; otherwise, and for telling Serbian from
Bosnian spelling, the small common-word model below decides, as it did alone before.
"""
from __future__ import annotations

import re
from collections import Counter

import pycld2

# a few very frequent words per language: enough to tell these apart on a paragraph
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in for is on with that by from as at was has are its be this will said".split()),
    "fr": frozenset("le la les des et du en une un est pour dans que sur au aux par qui avec sont ses".split()),
    "de": frozenset("der die das und den des ist nicht mit von zu ein eine im auf für dem sich wird auch".split()),
    "nl": frozenset("de het een van en in op te voor dat met zijn wordt niet aan deze ook door als".split()),
    "ro": frozenset("și şi în din la pe cu care sunt pentru este o un al ale unei privind sau mai fost".split()),
    "sq": frozenset("të në dhe për me një e është nga së si që ka janë ky kjo".split()),
    "sr-Latn": frozenset("je i u za na se od da su sa o koji koja ili iz kao što biti ne".split()),
    "it": frozenset("il di che e la per un una del della sono con non gli le nel".split()),
    "es": frozenset("el la de que y en los del las por un una para con es se al".split()),
    "tr": frozenset("ve bir bu için ile da de olarak olan çok daha".split()),
    "pl": frozenset("i w na z się nie do jest że to o od przez oraz".split()),
    # more languages of the participating States (month names in .dates): read, not rejected
    "hu": frozenset("a az és hogy nem is egy meg volt már csak mint vagy által között szerint".split()),
    "cs": frozenset("a se na je že v ve do k ke o z ze pro jako by byl který která také".split()),
    "sk": frozenset("a sa na je že v vo do k o z zo pre ako by bol ktorý ktorá tiež".split()),
    "sl": frozenset("in je v na da se za z so ki pa tudi kot bo ter".split()),
    "lt": frozenset("ir kad su į iš yra buvo bei nuo taip pat kaip apie".split()),
    "lv": frozenset("un ir ar uz no par kā arī bija tiek kas lai pie".split()),
    "et": frozenset("ja on et ka ei see kes mis oli või aga kui nii".split()),
    "fi": frozenset("ja on että ei se oli myös kuin tai mutta ovat hän joka".split()),
    "sv": frozenset("och att det som en på är av för med till den inte har om".split()),
    "da": frozenset("og at det som en på er af for med til den ikke har om".split()),
    "pt": frozenset("o a os as de do da dos das que e em um uma para com não por".split()),
}
_CYRILLIC_STOP: dict[str, frozenset[str]] = {
    "ru": frozenset("и в не на что с по как это он к из о за от для у же его которые был".split()),
    "sr-Cyrl": frozenset("и у је да на за се од су са као који која из што".split()),
    "uk": frozenset("і в на що з до як та у це від за для не".split()),
    "bg": frozenset("и на за да в от се с е че по като са към".split()),
    "mk": frozenset("и на за да во од се со е дека по како се".split()),
}
_SCRIPTS = (
    ("Latin", re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")),
    ("Cyrillic", re.compile(r"[Ѐ-ԯ]")),
    ("Arabic", re.compile(r"[؀-ۿݐ-ݿࢠ-ࣿﭐ-﷿ﹰ-﻿]")),
    ("Hebrew", re.compile(r"[֐-׿]")),
    ("Greek", re.compile(r"[Ͱ-Ͽ]")),
    ("Armenian", re.compile(r"[԰-֏]")),
    ("Georgian", re.compile(r"[Ⴀ-ჿ]")),
    ("CJK", re.compile(r"[぀-ヿ㐀-鿿가-힯]")),
)
#: scripts of participating States' own languages, read with their one language (Arabic,
#: Hebrew and CJK pages stay unreadable: no participating State writes in them)
_OWN_SCRIPTS = {"Greek": "el", "Armenian": "hy", "Georgian": "ka"}
_TOKEN = re.compile(r"[^\W\d_]+")
#: fewer letters than this and we do not judge the language: short pages default to English
MIN_LETTERS = 40
#: the language is judged on the start of a page; a page does not change language halfway
SAMPLE_CHARS = 100_000


#: the letters of every script above but Latin and Cyrillic: most pages hold none, found so in one pass, not six
_OTHER_SCRIPTS = re.compile("[" + "".join(rx.pattern[1:-1] for _, rx in _SCRIPTS[2:]) + "]")
#: what is no Latin letter, in runs: a page's Latin letters are what is left when they are deleted (fewer objects than
#: a list of every letter)
_NOT_LATIN = re.compile("[^" + _SCRIPTS[0][1].pattern[1:-1] + "]+")


def script_counts(text: str) -> Counter[str]:
    """Letters per script (only the scripts above)."""
    if text.isascii():                    # every script's letters but Latin's are beyond ASCII
        counted: tuple[str, ...] = ("Latin",)
    elif _OTHER_SCRIPTS.search(text) is None:
        counted = ("Latin", "Cyrillic")
    else:
        counted = tuple(name for name, _ in _SCRIPTS)
    return Counter({name: (len(_NOT_LATIN.sub("", text)) if name == "Latin" else len(rx.findall(text)))
                    if name in counted else 0 for name, rx in _SCRIPTS})


def detect_language(text: str) -> tuple[str | None, str]:
    """The BCP 47 tag of ``text`` and, when it cannot be read, why not.

    Returns ``(tag, "")`` or ``(None, reason)``. Never raises.
    """
    text = text[:SAMPLE_CHARS]
    counts = script_counts(text)
    letters = sum(counts.values())
    if letters < MIN_LETTERS:
        return ("en", "") if letters else (None, "no letters in any script")
    script, n = counts.most_common(1)[0]
    if script in _OWN_SCRIPTS and n >= letters * 0.5:
        return _OWN_SCRIPTS[script], ""
    if script not in ("Latin", "Cyrillic") or n < letters * 0.5:
        return None, f"language not readable: the text is mostly {script} script ({n} of {letters} letters)"
    tag = _cld2_language(text, script)
    if tag == "bcs":                          # Serbian, Croatian, Bosnian or Montenegrin in Latin script
        return ("bs" if _ijekavian([w.lower() for w in _TOKEN.findall(text)]) else "sr-Latn"), ""
    if tag:
        return tag, ""
    if script == "Cyrillic":
        return _cyrillic_language(text), ""
    return _latin_language(text)


#: CLD2's codes of the region's languages, by script, as the tags the loader uses ("bcs": the
#: Serbian/Bosnian choice is made by spelling, as the common-word model does)
_CLD2_LATIN = {**{code: code for code in (
    "en fr de nl ro sq it es tr pl hu cs sk sl lt lv et fi sv da pt az uz tk is ga mt ca lb no nb".split())},
    "hr": "bcs", "bs": "bcs", "sr": "bcs", "sr-ME": "bcs", "mo": "ro", "nn": "no", "iw": None}
_CLD2_CYRILLIC = {**{code: code for code in "ru uk be bg mk kk ky tg uz mn".split()}, "sr": "sr-Cyrl"}
#: characters CLD2 refuses (C0 and C1 controls other than line breaks and tabs)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: CLD2's share of the text in its first language below which it is not taken alone
MIN_CLD2_PERCENT = 50


def _cld2_language(text: str, script: str) -> str | None:
    """CLD2's reading of a Latin or Cyrillic page, as a tag of ours, when it is reliable and a
    language of the region written in that script; else None (the common-word model decides)."""
    data = _CONTROLS.sub(" ", text).encode("utf-8", "replace")
    try:
        reliable, _, details = pycld2.detect(data, isPlainText=True)
    except pycld2.error:
        return None
    code, percent = details[0][1], details[0][2]
    table = _CLD2_CYRILLIC if script == "Cyrillic" else _CLD2_LATIN
    if not reliable or percent < MIN_CLD2_PERCENT:
        return None
    return table.get(code)


def _index(table: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """Word -> the languages it is a common word of (one lookup per word, not one per language)."""
    index: dict[str, list[str]] = {}
    for lang, stop in table.items():
        for word in stop:
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


_INDEXES: dict[int, dict[str, tuple[str, ...]]] = {}


def _score(words: list[str], table: dict[str, frozenset[str]]) -> Counter[str]:
    index = _INDEXES.get(id(table))
    if index is None:
        index = _INDEXES[id(table)] = _index(table)
    scores: Counter[str] = Counter()
    for word in words:
        for lang in index.get(word, ()):
            scores[lang] += 1
    return scores


#: letters of the Kazakh Latin alphabet (2021) no other language of the region writes together: ń and ǵ
#: with the dotless ı (Turkmen writes ň, Polish ń without ı, Turkish ı without ń or ǵ)
_KAZAKH_LATIN = re.compile("[ńǵŃǴ]")
_KAZAKH_LATIN_LETTERS = re.compile("[áǵńóúýıÁǴŃÓÚÝ]")


def _latin_language(text: str) -> tuple[str | None, str]:
    if _KAZAKH_LATIN.search(text) and "ı" in text and len(_KAZAKH_LATIN_LETTERS.findall(text)) >= 5:
        return "kk-Latn", ""                  # CLD2 knows Kazakh in Cyrillic only
    words = [w.lower() for w in _TOKEN.findall(text) if not ("Ѐ" <= w[0] <= "ԯ")]
    scores = _score(words, _STOPWORDS)
    if not scores:
        return None, "language not recognised: no common words of any supported language"
    lang, best = scores.most_common(1)[0]
    if best < 3 and len(words) > 60:
        return None, "language not recognised: too few common words of any supported language"
    if lang == "sr-Latn" and _ijekavian(words):
        return "bs", ""
    return lang, ""


_IJEKAVIAN = ("mjest", "vrijem", "gdje", "sjedi", "rijek", "bijel", "cijel", "svijet", "lijep", "mjeseč",
              "uvijek", "prije", "poslije", "djel", "dje", "tijek", "vijest", "predsjed", "savjet", "sjever")
_EKAVIAN = ("mest", "vrem", "gde", "sedi", "rek", "beo", "ceo", "svet", "lep", "meseč", "uvek", "pre",
            "posle", "del", "vest", "predsed", "savet", "sever")


def _ijekavian(words: list[str]) -> bool:
    """Bosnian/Croatian/Montenegrin spelling ('mjesto') rather than Serbian ekavian ('mesto')."""
    ije = sum(1 for w in words if w.startswith(_IJEKAVIAN))
    eka = sum(1 for w in words if w.startswith(_EKAVIAN) and not w.startswith(_IJEKAVIAN))
    return ije > eka


def _cyrillic_language(text: str) -> str:
    if re.search("[ђћџљњЂЋЏЉЊ]", text) or (re.search("[јЈ]", text) and not re.search("[ыэъЫЭЪ]", text)):
        if re.search("[ѓќѕЃЌЅ]", text):
            return "mk"
        return "sr-Cyrl"
    if re.search("[ґєїҐЄЇ]", text):
        return "uk"
    if re.search("[ўЎ]", text):
        return "be"
    words = [w.lower() for w in _TOKEN.findall(text)]
    scores = _score(words, _CYRILLIC_STOP)
    if re.search("[ыэЫЭё]", text) or not scores:
        return "ru"
    return scores.most_common(1)[0][0]
