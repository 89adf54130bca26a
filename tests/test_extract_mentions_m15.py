"""Session 15, helper M: States, persons and organizations (issue 11), and the review mend of session 14 (a test for
the reference data merged in 047536c, the one session-14 commit of M's with none). Each case fails on the code or
data before its rule; the guards pass on both."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract.mentions import find_mentions
from osce_kg.loader.reference import reference

# ---------------------------------------------------------------- review mend: 047536c (S's rows, session 14)


@pytest.mark.parametrize("text, language, label", [
    # a new body: Uzbekistan's news agency, by its Uzbek and Russian names
    ("Xabarni Dunyo axborot agentligi muxbiri tayyorladi va u ertalab e'lon qilindi.", "uz",
     "Dunyo Information Agency"),
    ("Об этом сообщает Информационное агентство «Дунё» со ссылкой на министерство.", "ru",
     "Dunyo Information Agency"),
    # Info-Prim Neo's own English name (its acronym alone was read as another agency's)
    ("The interview was first carried by IPN News Agency in Chisinau on Monday.", "en", "Info-Prim Neo"),
    # the Parliamentary Assembly's acronym in the Russian word order
    ("Председатель ОБСЕ ПА выступил на открытии сессии в Вене.", "ru", "OSCE Parliamentary Assembly"),
])
def test_bodies_merged_from_s14_rows_are_found(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language, label", [
    # 'dunyo' is Uzbek for 'world': alone it names no agency
    ("Dunyo bo'ylab jurnalistlar erkin ishlashi kerak, dedi u.", "uz", "Dunyo Information Agency"),
    # the agency's acronym alone in an English sentence stays the other agency it was
    ("The interview was first carried by IPN in Chisinau on Monday.", "en", "Info-Prim Neo"),
])
def test_merged_rows_guards(text, language, label):
    assert label not in find_mentions(text, reference(), language).organizations
