"""Organizations outside the reference data (issue 11): acronym definitions, head nouns, UN bodies.

Sentences are our own; State organs stay out (tests/gold/README.md, "Organizations exclude ...").
"""
from __future__ import annotations

import pytest

from osce_kg.loader.extract.mentions import find_defined_acronyms, find_mentions
from osce_kg.loader.reference import reference


def orgs(text: str, language: str = "en") -> list[str]:
    return find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, name", [
    ("The Legal Aid Network (LAN) opened an office.", "Legal Aid Network"),
    ("Members of the Women Peace Platform (WPP) met.", "Women Peace Platform"),
    ("The Caspian Energy Observatory (CEO) published data.", "Caspian Energy Observatory"),
    ("It joined the Roma Youth Co-operation Initiative (RYCI).", "Roma Youth Co-operation Initiative"),
])
def test_acronym_definitions_name_organizations(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize("text", [
    "The Central Election Commission (CEC) announced the results.",        # a State organ
    "The Supreme Court (SC) ruled on Monday.",
    "The Regional Police Service (RPS) patrolled the border.",
    "He met the Legal Aid Network (XYZ) in town.",                          # initials do not fit
    "They use the System for Tracking Arms (STA).",                         # no body's head noun
])
def test_state_organs_and_mismatched_acronyms_are_left_out(text):
    assert find_defined_acronyms(text, [], reference()) == []


@pytest.mark.parametrize("text, name", [
    ("the Turkmen State Energy Institute hosted a seminar", "Turkmen State Energy Institute"),
    ("support from the Veronica Example Legal Defence Fund", "Veronica Example Legal Defence Fund"),
    ("students of the Kyrgyz National University attended", "Kyrgyz National University"),
])
def test_head_nouns(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize("text", [
    "the Ministry of Interior Academy trained officers",     # part of a ministry
    "at the PA's Bureau in Basel",                           # a part of the Parliamentary Assembly
])
def test_head_nouns_leave_organs_and_parts_out(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, label", [
    ("UNESCO and UNFPA signed", "United Nations Educational, Scientific and Cultural Organization"),
    ("under UNSCR 1540", "United Nations Security Council"),
    ("EULEX judges", "European Union Rule of Law Mission in Kosovo"),
    ("IFOR troops", "Implementation Force"),
    ("Saveta bezbednosti UN, prenosi agencija", "United Nations Security Council"),
    ("il Consiglio Permanente dell'OSCE", "OSCE Permanent Council"),
    ("der Europäischen Union", "European Union"),
])
def test_known_bodies_by_acronym_and_in_other_languages(text, label):
    assert label in orgs(text, "de" if "Europ" in text else "en")
