"""The label tables agree: every label that may stand bare on a line is a key of ``LABELS``.

A bare issuer block in French or Italian ("Éditeur" / the body on the next line) raised ``KeyError`` in
``layouts.is_label`` until session 15: the word was among the bare labels but not in the table that names each label's
field, so any page with such a line could not be read at all."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import layouts, read_text


def test_every_bare_label_names_a_field():
    missing = sorted((layouts._BARE_LABELS | layouts._BARE_WORD_LABELS) - set(layouts.LABELS))
    assert not missing, f"bare labels with no field in LABELS: {missing}"


@pytest.mark.parametrize("word", sorted(layouts._BARE_WORD_LABELS))
def test_a_bare_label_line_is_read_as_its_field(word):
    assert layouts.is_label(word.capitalize()) == (layouts.LABELS[word], "", False)


@pytest.mark.parametrize("word, body", [("Éditeur", "Ministère de l'Europe et des Affaires étrangères"),
                                        ("Editore", "Ministero degli Affari Esteri")])
def test_a_page_with_a_bare_issuer_block_in_french_or_italian_is_read(word, body):
    page = (f"Réunion des experts sur la sécurité énergétique à Vienne\n\n{word}\n{body}\n\n"
            "Les experts de quatorze pays se sont retrouvés mardi pour comparer leurs plans de secours. "
            "La rencontre a duré deux jours et se terminera par un rapport commun.\n")
    document = read_text(page, "bare_issuer_block.txt")
    assert [r.title for r in document.records] == ["Réunion des experts sur la sécurité énergétique à Vienne"]
