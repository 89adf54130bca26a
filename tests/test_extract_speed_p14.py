"""Session 14, P: the extractor's faster paths give what the slower ones gave (same text, same tokens, same forms)."""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pytest

from osce_kg.loader import reference as ref_module
from osce_kg.loader.extract import decode, language


def _normalise_translating_always(text: str) -> str:
    # decode.normalise as it was: every page translated character by character
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(decode._PUNCT_MAP)
    text = unicodedata.normalize("NFC", decode._CONTROL.sub("", text))
    if decode._has_both_scripts(text):
        text = decode._WORD.sub(decode._repair_word, text)
    return text


def test_the_punctuation_search_finds_every_character_the_map_changes():
    assert set(map(ord, re.findall(decode._PUNCT, "".join(map(chr, range(0x3000)))))) == set(decode._PUNCT_MAP)


@pytest.mark.parametrize("text", [
    "Vienna,\u00a03 March 2025\u2011 OSCE\r\n", "plain ASCII text\r\nline two\r", "co\u00adoperation\u2028next",
    "Вена, 3\u202fмарта", "Mоskva\u2009and Kyiv", "",
])
def test_normalise_gives_what_translating_every_page_gave(text):
    assert decode.normalise(text) == _normalise_translating_always(text)


def _script_counts_scanning_all(text: str) -> Counter[str]:
    return Counter({name: len(rx.findall(text)) for name, rx in language._SCRIPTS})


def test_script_counts_skip_only_scripts_a_text_does_not_hold():
    # the other scripts' class holds exactly their letters (one pass instead of six)
    other = language._OTHER_SCRIPTS
    every = "".join(map(chr, range(0x10000)))     # (the scripts' letters are all in the first plane)
    assert other.findall(every) == [c for c in every if any(rx.match(c) for _, rx in language._SCRIPTS[2:])]
    rng = random.Random(14)
    assert len(language._NOT_LATIN.sub("", every)) == len(language._SCRIPTS[0][1].findall(every))
    alphabet = list("abc ЖжΣ") + ["\u05d0", "\u0627", "\u10d0", "\u0531", "\u4e00", "1", "\n", "é", "ß", "ḁ", "ɐ"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        got, want = language.script_counts(text), _script_counts_scanning_all(text)
        assert list(got.items()) == list(want.items()), text


def _tokens_char_by_char(text: str) -> list[tuple[str, int, int]]:
    # reference._tokens_with_spans' path for a text with a character folding to none or several, as it was
    fixed = ref_module._fix_words(text)
    table = {ord(c): ref_module._fold_char(c) for c in set(fixed) if ord(c) > 127 or c == "`"}
    if all(len(v) == 1 for v in table.values()):
        folded = fixed.translate(table).lower()
        return [(m.group(), m.start(), m.end()) for m in ref_module._WORD.finditer(folded)]
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(fixed):
        f = table.get(ord(ch), ch.lower())
        parts.append(f)
        origin.extend([i] * len(f))
    return [(m.group(), origin[m.start()], origin[m.end() - 1] + 1) for m in ref_module._WORD.finditer("".join(parts))]


@pytest.mark.parametrize("text", [
    "Straße der Einheit, BERLIN", "İstanbul ǅ ﬁnal Ⅻ ½ ㎏", "x\u0301y \u0345 Aß]^-\\ ß", "ß", "Mоskva Straße `a´",
    "ℌelga ﬀ ǈ ŒUVRE ß\u0307", "\u00a8\u00a8 a\u00a8b ß",
])
def test_tokens_of_a_text_whose_characters_fold_to_several_keep_their_offsets(text):
    assert ref_module._tokens_with_spans(text) == _tokens_char_by_char(text)


def test_tokens_on_random_texts_keep_their_offsets():
    pieces = list("aBcZ `´ß İıﬁ\u0307\u0301ǅÅΣσς¨˘\u00a0-–.,()[]\\^ЖжоМoАa\tʼ'’ﬀ") + [
        "Straße", "İstanbul", "ﬁnal", "Mоskva", "x\u0301y", "ℌ", "Ⅻ", "½", "㎏", "ǈ", "\u0345"]
    rng = random.Random(14)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert ref_module._tokens_with_spans(text) == _tokens_char_by_char(text), text


def _inflections_in_a_list(name: str, tag: str | None) -> list[str]:
    # reference.inflections as it was: each form searched for in the list so far
    rules = ref_module.DECLENSIONS.get((tag or "").split("-")[0])
    if not rules or ref_module._is_acronym(name):
        return []
    words = name.split()
    choices = [ref_module._word_forms(w, rules) for w in words]
    forms: list[str] = []
    for n in range(1, max(len(c) for c in choices)):
        form = " ".join(c[min(n, len(c) - 1)] for c in choices)
        if form != name and form not in forms:
            forms.append(form)
    for i, options in enumerate(choices):
        for option in options[1:]:
            form = " ".join([*words[:i], option, *words[i + 1:]])
            if form not in forms and len(forms) < ref_module.MAX_FORMS:
                forms.append(form)
    return forms[:ref_module.MAX_FORMS]


def test_inflections_of_every_tagged_name_are_the_forms_in_their_order():
    ref = ref_module.reference()
    names = [(text, tag) for text, tag in ref.languages.items()]
    names += [(name, tag) for kind in ("state", "field_operation") for pairs in ref.names.get(kind, {}).values()
              for name, tag in pairs]
    names += [("Organizacija za evropsku bezbednost i saradnju u Evropi", "sr"),
              ("Specjalna Misja Obserwacyjna OBWE na Ukrainie", "pl"), ("Federația Rusă", "ro")]
    assert len(names) > 1000
    for name, tag in names:
        assert ref_module.inflections(name, tag) == _inflections_in_a_list(name, tag), (name, tag)


def test_the_index_cache_rows_are_the_aliases_fields():
    alias = ref_module._Alias("Serbia", "Srbije", False, False, True, "sr")
    assert ref_module._ALIAS_ROW(alias) == ("Serbia", "Srbije", False, False, True, "sr")


def test_the_reference_is_loaded_with_the_cyclic_collector_off_and_left_as_it_was(monkeypatch):
    import gc

    seen = []
    monkeypatch.setattr(ref_module, "_load", lambda: seen.append(gc.isenabled()) or "loaded")
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            assert ref_module.reference.__wrapped__() == "loaded"     # (the load itself, not the process's copy)
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
    assert seen == [False, False]


def test_the_collector_is_on_again_when_the_load_fails(monkeypatch):
    import gc

    def broken():
        raise ref_module.ReferenceDataError("reference data file states.csv is missing")

    monkeypatch.setattr(ref_module, "_load", broken)
    with pytest.raises(ref_module.ReferenceDataError):
        ref_module.reference.__wrapped__()
    assert gc.isenabled()


def test_chrome_answers_are_kept_and_are_what_the_line_gives():
    from osce_kg.loader.extract import layouts

    lines = ["Share on Facebook", "Anna Novak", "Accept all", "Home / News / Europe", "USD 1.08  EUR 0.92",
             "Related Articles", "The OSCE Mission held a workshop in Skopje on 3 March 2025."]
    for line in lines * 3:
        for in_text in (False, True):
            assert layouts.is_chrome(line, in_text) == layouts.is_chrome.__wrapped__(line, in_text)
    assert layouts.is_chrome.cache_info().maxsize <= 16_384
    assert layouts.is_chrome.cache_info().hits >= len(lines) * 2


def test_a_teasers_heading_needs_the_shape_its_line_has():
    from osce_kg.loader.extract import layouts

    page = ["Headline of the page", "", "Text of it.", "Related Articles", "Another page's headline is here", "",
            "Читайте також", "Ще одна новина про щось важливе", "Our work", "Latest news:", "Hi 2"]
    for n in range(len(page)):
        s = page[n].strip()
        shape = not (len(s) > 50 or not 1 <= len(s.split()) <= 5 or re.search(r"[.!?;,]\s*$|\d", s)
                     or s.lower().rstrip(" :") in layouts.SECTION_WORDS or not layouts._TEASER_WORDS.search(s))
        assert layouts._may_head_teasers(s) == shape


def test_label_answers_are_kept_and_are_what_the_line_gives():
    from osce_kg.loader.extract import layouts

    lines = ["Source: OSCE Mission to Serbia", "- Izvor: Misija OEBS", "Date: 3 March 2025", "Share on Facebook",
             "Where we work", "Source", "Anna Novak"]
    for line in lines * 2:
        assert layouts.is_label(line) == layouts.is_label.__wrapped__(line)
    assert layouts.is_label.cache_info().maxsize <= 16_384


def test_press_header_answers_are_kept_and_are_what_the_line_gives():
    from osce_kg.loader.extract import issuer

    lines = ["Tisková zpráva Ministerstva zahraničních věcí", "Užsienio reikalų ministerijos pranešimas spaudai",
             "Saopštenje Ministarstva spoljnih poslova povodom izbora", "Share on Facebook", "Xarici İşlər Nazirliyi"]
    for line in lines * 2:
        assert issuer.is_press_header(line) == issuer.is_press_header.__wrapped__(line)
    assert issuer.is_press_header.cache_info().maxsize <= 16_384


def test_date_only_answers_are_kept_and_are_what_the_line_gives():
    from osce_kg.loader.extract import layouts

    lines = ["Ministerie van Buitenlandse Zaken, 29 januari 2003", "Agenda.ge, 12 Mar 2024 - 14:35",
             "Дата оновлення: 14 березня 2024, 09:30", "Vienna, 3 March 2025", "Share on Facebook"]
    for line in lines * 2:
        assert layouts._is_date_only_line(line) == layouts._is_date_only_line.__wrapped__(line)
    assert layouts._is_date_only_line.cache_info().maxsize <= 16_384


def test_every_place_first_operation_holds_an_acronym_the_prefilter_finds():
    from osce_kg.loader.extract import fields

    forms = ["ATƏTin", "ATƏT-nin", "ATƏT-in", "YeXHTning", "YeXHT-ning", "ЕХҲТнинг", "ЕХҲТ-нинг", "ЕККУнун", "ЕКЫУ-нун",
             "ЕҚЫҰның", "EBESZ", "ATƏT", "YXHT", "YeXHT", "ЕХҲТ", "ЕККУ", "ЕКЫУ", "ЕҚЫҰ", "AGİT"]
    texts = [f"Bu gün {form} Aşqabaddakı Mərkəzi açıldı" for form in forms]
    texts += [f"Bişkekdəki {form} Proqram Ofisi və Kosova'daki {form} Misyonu" for form in forms]
    for text in texts:
        matched = bool(fields._PLACE_FIRST.search(text) or fields._PLACE_BEFORE.search(text))
        assert matched and fields._PLACE_ACRONYMS.search(text), text
    # the patterns' acronyms as they stand (a new one must join the prefilter)
    for pattern in (fields._PLACE_FIRST.pattern, fields._PLACE_BEFORE.pattern):
        for run in re.findall(r"[A-ZА-ЯƏİҚҰҲЫ]{3,}", pattern):
            assert any(fields._PLACE_ACRONYMS.search(p + run) for p in ("", "Y", "Ye")), run
