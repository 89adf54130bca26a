"""Session 13, P: the extractor's faster paths give what the slower ones gave (same matches, same order)."""
from __future__ import annotations

import random

import pytest

from osce_kg.loader.extract import mentions
from osce_kg.loader.reference import normalize


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.span("name"), m.span("body"), m.group("name"), m.group("body")) for m in matches]


@pytest.mark.parametrize("text", [
    "Beate Meinl-Reisinger (NEOS) und Sibel Arslan (Grüne) sprachen.",
    "Pere Joan Pons (PSOE) said (again) that the Geneva International Discussions (GID) met.",
    "1abc Def (X) Ghi Jkl (Y Z)(A) Bc De (F G H I) __ab cd (Q)",
    "Ann Bee (Cee Dee (X) done)\nEe Ff\t(Gg)\n(Hh) Ii Jj (",
    "O’Neil Smith-Jones (Labour Party) and d'Ancona x (UK)",
])
def test_the_bracket_reader_finds_what_the_whole_pattern_finds(text):
    assert _spans(mentions._bracketed_after_names(text)) == _spans(mentions._NAME_AND_AFFILIATION.finditer(text))


def test_the_bracket_reader_on_random_texts():
    pieces = ["Ann", "Bee", "ce", "X", "1ab", "_ab", "a-b", "O’Neil", "Ž", "(", ")", " ", "\t", "\n", "(PSOE)",
              "(Grüne Partei)", "((", "A B", ".", "é", "'", "-", "2", "Ab Cd Ef"]
    rng = random.Random(13)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\t"]) for _ in range(rng.randint(1, 15)))
        assert _spans(mentions._bracketed_after_names(text)) == _spans(mentions._NAME_AND_AFFILIATION.finditer(text))


@pytest.mark.parametrize("text, key", [
    ("  The Türkiye’s ", "turkiye ' s"),
    ("ΟΣΣΕ ΑΣ Σ", "οσσε ασ σ"),
    ("Mоskva and Kyiv.", "moskva and kyiv"),            # a Cyrillic 'о' inside a Latin word
    ("u . s .", "u . s ."),
    ("OSCE  Mission\xa0to Serbia ,", "osce mission to serbia"),
    ("Straße  ˘x `a´", "strasse x ' a '"),
    ("the", "the"),
    ("İstanbul ǅ ﬁn", "istanbul dz fin"),
])
def test_a_name_folded_word_by_word_keeps_its_key(text, key):
    # the keys the whole-text normalize gave (e0466f6)
    assert normalize(text) == key


def test_extract_imports_no_rdf_machinery(tmp_path):
    """``osce-kg extract`` reads pages only: rdflib, the mapping, the gate and the store stay unimported."""
    import subprocess
    import sys

    page = tmp_path / "p.txt"
    page.write_text("OSCE welcomes talks\n\nVienna, 3 March 2025 - The OSCE welcomed the talks in Vienna today.\n",
                    encoding="utf-8")
    code = ("import sys; from osce_kg.server.cli import main; sys.argv = ['osce-kg', 'extract', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('rdflib', 'osce_kg.loader.pipeline', 'osce_kg.loader.gate', 'osce_kg.loader.mapping')"
            " if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_osce_site_answer_is_kept_per_page_and_reference():
    """urls.on_osce_site keeps its last pages' answers: the same page asked again gets the same answer, another
    reference (one that knows no OSCE name) gets its own."""
    from osce_kg.loader.extract.urls import on_osce_site
    from osce_kg.loader.reference import reference

    class NoNames:
        organizations: dict = {}

        def lookup(self, kind, text):
            return None

    page = "OSCE\nOrganization for Security and Co-operation in Europe\n\nA headline\n\nThe text of the page.\n"
    assert on_osce_site(page, reference()) and on_osce_site(page, reference())
    assert not on_osce_site(page, NoNames())
    assert on_osce_site(page, reference())


@pytest.mark.parametrize("text, words", [
    ("Anna Novak said that the talks went well.", {"said", "that", "the", "talks", "went", "well"}),
    ("Contact: katya.andrusz@odihr.pl or www.osce.org/odihr and https://osce.org/x today",
     {"or", "and", "today"}),
    ("", set()),
])
def test_lower_words_with_and_without_addresses(text, words):
    from osce_kg.loader.resolve import _lower_words

    assert _lower_words(text) == words
