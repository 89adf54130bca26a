"""Persons on pages the first rules were not written against (issue 11); sentences are ours."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract.mentions import find_mentions
from osce_kg.loader.reference import reference


def persons(text: str, language: str = "en") -> list[str]:
    return [p.name for p in find_mentions(text, reference(), language).persons]


@pytest.mark.parametrize("text, name, language", [
    ("The outgoing Director, Anna Lindqvist, along with the staff, thanked the donors.", "Anna Lindqvist", "en"),
    ("We welcome Amb. Petra Kovač to the meeting.", "Petra Kovač", "en"),
    ("He told the country's chancellor Jonas Weber that talks would go on.", "Jonas Weber", "en"),
    ("Rebel leader Aslan Khadzhiev said the army had left.", "Aslan Khadzhiev", "en"),
    ("British officer Tom Hartley arrived at the office.", "Tom Hartley", "en"),
    ("Der Vorsitz geht an ihren Amtskollegen Marco Bellini über.", "Marco Bellini", "de"),
    ("Bis Dezember führte Lukas Brandner als Außenminister den Vorsitz.", "Lukas Brandner", "de"),
    ("Ioana Vasilescu, se arată îngrijorată de decizie", "Ioana Vasilescu", "ro"),
    ("И недавнее выступление Тимура Асанова ускорило решение. Асанов не комментировал.", "Тимур Асанов", "ru"),
])
def test_person_shapes(text, name, language):
    assert name in persons(text, language)


@pytest.mark.parametrize("text, language", [
    ("Депутаты Жогорку Кенеша обсудили проект. Жогорку Кенеш принял закон.", "ru"),
    ("The Director of the Office, in Vienna, said nothing.", "en"),
])
def test_no_person_from_an_inflected_body_or_a_city(text, language):
    assert persons(text, language) == []
