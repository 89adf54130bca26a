"""Names in other languages and cases, agencies and spellings (issue 11, reference data).

The sentences are our own; the names are facts (Wikidata-style labels, case endings).
"""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text
from osce_kg.loader.reference import MAX_FORMS, inflections, reference


@pytest.mark.parametrize("name, tag, form", [
    ("Rusia", "ro", "Rusiei"), ("Federația Rusă", "ro", "Federației Ruse"), ("Росія", "uk", "Росії"),
    ("Кыргызстан", "ru", "Кыргызстана"), ("Российская Федерация", "ru", "Российской Федерации"),
    ("საქართველო", "ka", "საქართველოში"), ("რუსეთი", "ka", "რუსეთის"), ("italienisch", "de", "italienischen"),
    ("Srbija", "sr-Latn", "Srbiji"), ("Србија", "sr-Cyrl", "Србији"), ("Polska", "pl", "Polsce"),
    ("російський", "uk", "російське"),
])
def test_case_forms(name, tag, form):
    assert form in inflections(name, tag)


@pytest.mark.parametrize("name, tag", [("РФ", "ru"), ("Italia", "it"), ("Chad", None), ("Iran", "fa"), ("Rus", "ro")])
def test_no_forms_for_acronyms_unknown_languages_and_short_words(name, tag):
    assert inflections(name, tag) == []


def test_forms_are_bounded():
    assert len(inflections("Российская Федерация Российская Федерация", "ru")) <= MAX_FORMS


@pytest.mark.parametrize("text, state", [
    ("Discuția a avut loc la ambasada Rusiei.", "Russian Federation"),
    ("Ambasadorul Federației Ruse a spus", "Russian Federation"),
    ("росія заблокувала рішення", "Russian Federation"),
    ("Представники РФ заявили", "Russian Federation"),
    ("La Presidenza passa all'Italia", "Italy"),
    ("den italienischen Vorsitz", "Italy"),
    ("выборы президента Кыргызстана", "Kyrgyzstan"),
    ("ექსპერტები საქართველოში ჩავიდნენ", "Georgia"),
    ("la délégation en Suisse", "Switzerland"),
])
def test_state_names_in_other_languages_and_cases(text, state):
    assert state in [m.label for m in reference().scan(text, ("state",))]


@pytest.mark.parametrize("text, label", [
    ("(RFE/RL)", "Radio Free Europe/Radio Liberty"), ("(TDI)", "The Diplomatic Insight"),
    ("УНН", "Ukrainian National News"), ("– Trend:", "Trend News Agency"), ("Tanjug", "Tanjug"),
    ("Интерфакс", "Interfax"), ("Укрінформ", "Ukrinform"), ("ეუთო/ოდირი", "OSCE Office for Democratic Institutions and Human Rights"),
    ("ოდირი", "OSCE Office for Democratic Institutions and Human Rights"),
])
def test_news_agencies_and_other_scripts(text, label):
    assert label in [m.label for m in reference().scan(text, ("organization",))]


def test_the_osce_in_georgian_and_other_languages_is_the_whole_osce():
    for name in ("ეუთო", "ОБСЄ", "OEBS", "OSBE", "ATƏT", "OBWE"):
        assert reference().lookup("organization", name) == "Organization for Security and Co-operation in Europe"


def test_center_spelling_and_the_programme_office_in_tajikistan():
    ref = reference()
    assert [m.label for m in ref.scan("the OSCE Center in Ashgabat", ("field_operation",))] == ["OSCE Centre in Ashgabat"]
    assert [m.label for m in ref.scan("the OSCE Programme Office in Tajikistan said", ("field_operation",))] \
        == ["OSCE Programme Office in Dushanbe"]
    assert ref.lookup("field_operation", "OSCE Office in Tajikistan") == "OSCE Office in Tajikistan"


def test_agency_after_a_dateline_gets_its_full_name():
    text = ("Officials meet in the capital\n\nAlmaty, 3 May 2020 (RFE/RL) - Officials from two States met today "
            "to discuss the border.\nThey will meet again.\n")
    record = read_text(text, "a.txt").records[0]
    assert (record.source, record.source_inferred) == ("Radio Free Europe/Radio Liberty", False)
    assert "Radio Free Europe/Radio Liberty" in record.organizations
