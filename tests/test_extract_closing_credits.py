"""Issue 11, round 8 (H9): an agency's signature under the text's last sentence with a site's chrome under it.

Papers and broadcasters close an agency's item with its code, alone or with the editor's initials ("ats/vajo" on RTS,
g1_fr; "ČTK, bar" on Český rozhlas, g3_cs; "Beta" on Danas, g3_sr), and then print their own chrome: share links,
"Related", a footer. The signature was read only with at most two short links under it. These pages are our own.
"""
from __future__ import annotations

import pytest

from osce_kg.loader.extract.document import read_text


def _one(text: str):
    return read_text(text, "page.txt").records[0]


def _page(headline: str, sentences: list[str], signature: str, chrome: list[str]) -> str:
    return "\n".join(["Actualités", "Monde", headline, "04.12.2026 18:20", *sentences, signature, *chrome]) + "\n"


_FR = ["Le chef de la diplomatie a dressé jeudi à Vienne le bilan de l'année à la tête de l'organisation.",
       "Le budget de l'organisation n'a toujours pas été adopté par les États participants."]
_CS = ["Česko vyšle do Arménie dvanáct pozorovatelů, kteří budou sledovat parlamentní volby.",
       "Podle politologů jsou volby zkouškou pro mírovou dohodu s Ázerbájdžánem."]
_SR = ["Predstavnik za slobodu medija izrazio je zabrinutost zbog pritisaka na novinare u Srbiji.",
       "Iz vladajuće stranke poručili su da u Srbiji postoji potpuna sloboda medija."]
_CHROME_FR = ["Partager", "Copier le lien", "Nos émissions", "Le 12h30", "Forum",
              "Radio Télévision Suisse, succursale de la Société suisse de radiodiffusion"]
_CHROME_CS = ["Sdílet na Facebooku", "Sdílet na X", "Související", "Rozhlas © 2026"]
_CHROME_SR = ["Podelite", "Komentari", "Preporučujemo", "Danas © 2026"]


@pytest.mark.parametrize("sentences, signature, chrome, source", [
    (_FR, "ats/vajo", _CHROME_FR, "Keystone-SDA"),          # the agency's code and the editor's initials
    (_CS, "ČTK, bar", _CHROME_CS, "Czech News Agency"),     # a comma before the initials
    (_SR, "Beta", _CHROME_SR, "BETA News Agency"),           # the one word of the agency's label
    (_CS, "ČTK", _CHROME_CS, "Czech News Agency"),
])
def test_a_signature_above_the_sites_chrome_names_its_agency(sentences, signature, chrome, source):
    assert _one(_page("Bilan de la présidence", sentences, signature, chrome)).source == source


@pytest.mark.parametrize("signature", [
    "Jan Novák",          # a person's byline
    "vajo",               # initials alone
    "OSCE",               # the OSCE itself
    "Hofburg",            # a word no agency's
    "ats/vajo/xyzzy",     # more than one mark after the code
])
def test_other_short_lines_above_chrome_sign_nothing(signature):
    assert _one(_page("Bilan de la présidence", _FR, signature, _CHROME_FR)).source is None


def test_a_sentence_under_the_line_means_the_text_goes_on():
    chrome = ["Sdílet", "Redakce vám doporučuje také tyto články na stejné téma z celého světa."]
    assert _one(_page("Pozorovatelé odjedou", _CS, "ČTK, bar", chrome)).source is None


def test_an_agency_the_text_speaks_of_signs_nothing():
    sentences = [*_CS[:1], "Podle agentury ČTK jsou volby zkouškou pro mírovou dohodu s Ázerbájdžánem."]
    assert _one(_page("Pozorovatelé odjedou", sentences, "ČTK, bar", _CHROME_CS)).source is None


def test_the_signature_needs_the_texts_last_sentence_right_above_it():
    sentences = [*_FR[:1], "Le budget de l'organisation"]           # a cut line, no sentence's end
    assert _one(_page("Bilan de la présidence", sentences, "ats/vajo", _CHROME_FR)).source is None
