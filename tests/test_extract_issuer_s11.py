"""Issue 11, session 11 (S): the issuing body under the lead's decision on statement headlines (tests/gold/README.md,
"Statement headlines and reports"), and the shapes of round 1 and 2 that hold across sites and languages (each rule
needed by pages of two sources at least; the pages are the own lines' fixtures, tests/fixtures/own_pages)."""
from __future__ import annotations

from pathlib import Path

import pytest
from own_pages import FOLDER

from osce_kg.loader.extract import read_document, read_text


def _source(name: str) -> tuple[str | None, bool]:
    record = read_document(FOLDER / name).records[0]
    return record.source, bool(record.source_inferred)


def _text(text: str, url: str | None = None) -> tuple[str | None, bool]:
    record = read_text(text, "page.txt", url).records[0]
    return record.source, bool(record.source_inferred)


# ------------------------------------------------------------------ a report of a visit is no statement off the OSCE's site

_BODY = ("The High Commissioner met the Minister of Education and representatives of the Assembly of People in the "
         "capital today.\nHe discussed the State language programme and the schools of national minorities.\n")


@pytest.mark.parametrize("name", [
    "c3_en.txt",      # The Astana Times: "OSCE High Commissioner on National Minorities visits Kazakhstan, ..."
    "c5_sq.txt",      # Top Channel: "Shefi i Prezencës së OSBE-së viziton Shkodrën, ..."
    "c8_sq.txt",      # BalkanWeb: "Kreu i Prezencës së OSBE-së viziton Korçën, ..."
    "c8_sr.txt",      # Danas: "Šef Misije OEBS-a u Srbiji posetio Novi Pazar ..."
    "c9_mk.txt",      # Слободен печат: "Шефот на Мисијата на ОБСЕ во Скопје го посети Куманово, ..."
    "l2_es.txt",      # a Spanish paper: "El Alto Comisionado de la OSCE para las Minorías Nacionales visita Moldavia"
])
def test_a_news_sites_report_of_a_bodys_visit_names_no_issuer(name):
    assert _source(name) == (None, False)


def test_a_papers_visit_headline_names_no_issuer_in_english():
    page = ("The Daily Courier\nWorld\nPolitics\nOSCE High Commissioner on National Minorities visits Latvia\n"
            "3 December 2025\n" + _BODY)
    assert _text(page) == (None, False)


@pytest.mark.parametrize("masthead", [
    "OSCE\nOrganization for Security and Co-operation in Europe\n",        # osce.org's masthead
    "OSCE High Commissioner on National Minorities\nHome\nAbout\n",        # the institution's own site
])
def test_the_same_visit_headline_on_the_osces_own_site_names_the_body(masthead):
    page = masthead + "OSCE High Commissioner on National Minorities visits Latvia\n3 December 2025\n" + _BODY
    assert _text(page) == ("OSCE High Commissioner on National Minorities", True)


def test_a_visit_headline_at_an_address_off_the_osces_site_names_no_issuer():
    # a government's site, the page beginning with its headline (vlada.gov.mk's other_2001 in the shared pages)
    page = "OSCE High Commissioner on National Minorities visits Latvia\n3 December 2025\n" + _BODY
    assert _text(page, "https://vlada.example.gov/node/31848") == (None, False)
    # at osce.org's address, or with no address and no site around the headline, it names the body as before
    assert _text(page, "https://www.osce.org/hcnm/100127") == ("OSCE High Commissioner on National Minorities", True)
    assert _text(page) == ("OSCE High Commissioner on National Minorities", True)


def test_the_shared_government_pages_visit_names_no_issuer():
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "osce-pages-2" / "other_2001.txt"
    if not shared.is_file():
        pytest.skip("the shared pages are not beside the repository")
    record = read_document(shared).records[0]
    assert (record.source, record.source_inferred) == (None, False)


@pytest.mark.parametrize("name, body", [
    ("c2_ru.txt", "OSCE Representative on Freedom of the Media"),   # 24.kg: "Заявление Представителя ОБСЕ ..."
    ("c6_mk.txt", "OSCE Mission to Skopje"),                        # Сител: "Изјава на Мисијата на ОБСЕ во Скопје ..."
])
def test_a_statement_on_a_news_site_still_names_its_body(name, body):
    assert _source(name) == (body, True)
