"""Session 12, helper M: States, persons and organizations (issue 11). Each case fails on the code or data before its
rule; the guards pass on both."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text
from osce_kg.loader.extract.mentions import find_mentions
from osce_kg.loader.reference import reference


def _states(text: str, name: str = "page.txt") -> list[str]:
    return sorted({s for r in read_text(text, name).records for s in r.states})


# ---------------------------------------------------------------- lead decision 4: Serbia and Montenegro is one State

def test_serbia_and_montenegro_is_a_historical_state_with_its_codes():
    state = reference().state("Serbia and Montenegro")
    assert (state.iso2, state.wikidata, state.role) == ("CS", "Q37024", "former")


@pytest.mark.parametrize("text, language", [
    ("Predsednik Srbije i Crne Gore Svetozar Marović primio je šefa Misije.", "sr-Latn"),
    ("Izbjeglice i danas žive u Srbiji i Crnoj Gori te u Bosni i Hercegovini.", "hr"),
    ("Министар спољних послова Србије и Црне Горе Вук Драшковић састао се са шефом Мисије.", "sr-Cyrl"),
    ("Rupel se je sestal s predsednikom Srbije in Črne gore Svetozarjem Marovićem.", "sl"),
    ("Министр иностранных дел Сербии и Черногории Вук Драшкович прибыл в Вену.", "ru"),
    ("Der Außenminister von Serbien und Montenegro, Vuk Drašković, traf den Generalsekretär.", "de"),
    ("La Serbia e Montenegro ha firmato oggi a Vienna un accordo con il Segretario generale.", "it"),
])
def test_the_state_union_named_in_the_page_language_is_one_state(text, language):
    states = find_mentions(text, reference(), language).states
    assert "Serbia and Montenegro" in states
    assert "Serbia" not in states and "Montenegro" not in states


def test_serbia_or_montenegro_named_alone_beside_it_still_counts():
    text = ("Šef Misije OEBS u Srbiji i Crnoj Gori posetio je jug Srbije, a Kancelarija u Podgorici radi u Crnoj Gori.")
    assert {"Serbia and Montenegro", "Serbia", "Montenegro"} <= set(find_mentions(text, reference(), "sr-Latn").states)
