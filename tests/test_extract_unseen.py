"""Shapes of pages the first rules were not written against (issue 11), on text of our own.

Each case is a shape seen on pages from two or more different sites: mixed-case datelines with
an agency in brackets, yearless "Feb. 20" datelines, a site's date glued to the headline, site
chrome above it, "Who: what" headlines. The names and sentences here are made up.
"""
from __future__ import annotations

import datetime as dt

import pytest

from osce_kg.loader.extract import read_text
from osce_kg.loader.extract.datelines import parse_dateline
from osce_kg.loader.extract.layouts import choose_title, is_chrome

D = dt.date


# ----------------------------------------------------------------- datelines

@pytest.mark.parametrize("line, places, date, month_day, agency", [
    ("Tallinn, 3 March 2001 (RFE/RL) - A mission said", ("Tallinn",), D(2001, 3, 3), None, "RFE/RL"),
    ("Almaty, 9 June 2020 (XYZ): The head said", ("Almaty",), D(2020, 6, 9), None, "XYZ"),
    ("Geneva, Mar. 4 (RFE/RL) - The talks", ("Geneva",), None, (3, 4), "RFE/RL"),
    ("SKOPJE, Oct. 2 – The Mission", ("Skopje",), None, (10, 2), None),
    ("RIGA, Latvia, Apr. 17", ("Riga",), None, (4, 17), None),
    ("ЛЬВІВ. 14 березня. ABC. Місія", ("Львів",), None, (3, 14), None),
    ("BRUSSELS, 18 February 2009 (OSCE) - The", ("Brussels",), D(2009, 2, 18), None, None),
    ("NIŠ - Šef misije je rekao", ("Niš",), None, None, None),
])
def test_dateline_shapes(line, places, date, month_day, agency):
    d = parse_dateline(line)
    assert d is not None, line
    assert (d.places, d.date, d.month_day, d.agency) == (places, date, month_day, agency)


@pytest.mark.parametrize("line", [
    "Vienna, 12 May 2022 the meeting went on",          # mixed case needs a dash or colon
    "OSZE-Vorsitz: Wien übergibt an Rom",               # a hyphenated word is not "PLACE -"
    "OSBE - misioni vazhdon",                          # the OSCE's name in another language
    "Friday, 21.03.2014 – Friday, 21.03.2014",
])
def test_not_datelines(line):
    assert parse_dateline(line) is None


# ----------------------------------------------------------------- titles

@pytest.mark.parametrize("line", ["AktualitetShoqëriaEkonomi", "TheDailyTimes", "Accessibility links",
                                  "Breaking News", "Story Highlights", "Related Articles",
                                  "Questo sito usa cookie per fornirti un servizio migliore"])
def test_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["BiH Mission marks anniversary", "Our work", "OSCE/ODIHR opens mission"])
def test_not_chrome(line):
    assert not is_chrome(line)


def test_title_passes_over_chrome_and_a_one_word_rubric():
    assert choose_title(["Accessibility links", "Breaking News", "OSCE envoy visits Baku"]) \
        == "OSCE envoy visits Baku"
    assert choose_title(["Новости", "ОБСЕ откроет офис в Оше", "Политика"]) == "ОБСЕ откроет офис в Оше"
    assert choose_title(["Forum for Security Co-operation", "Overview"]) == "Forum for Security Co-operation"


def test_a_heading_the_page_repeats_is_the_title():
    headings = ["Vijesti", "Lajme të fundit sot", "Ambasadori takon ministrin e jashtëm"]
    repeated = frozenset({"ambasadori takon ministrin e jashtëm"})
    assert choose_title(headings, repeated) == "Ambasadori takon ministrin e jashtëm"
    assert choose_title(headings) == "Lajme të fundit sot"


def _one(text: str):
    doc = read_text(text, "page.txt")
    assert len(doc.records) == 1
    return doc.records[0]


def test_who_what_headline_is_a_title_not_a_label():
    record = _one("Petrović: Srbija podržava rad misije OEBS u regionu\n\n"
                  "BEOGRAD - Ministar je danas rekao da je saradnja dobra i da će se nastaviti "
                  "u narednom periodu, uz podršku svih partnera u regionu i šire.\n")
    assert record.title == "Petrović: Srbija podržava rad misije OEBS u regionu"
    assert record.place == "Beograd"


def test_a_site_date_glued_to_the_headline():
    record = _one(" date 2019-04-02 OSCE centre trains customs officers in Ashgabat\n"
                  "Story Highlights\n"
                  "ASHGABAT, Apr. 1 – Customs officers from Turkmenistan took part in a course run "
                  "by the OSCE Centre in Ashgabat this week.\n")
    assert record.title == "OSCE centre trains customs officers in Ashgabat"
    assert record.date == D(2019, 4, 2)            # the site's date wins over the yearless dateline
    assert record.place == "Ashgabat"


def test_a_dateline_agency_is_the_source_and_an_organization():
    record = _one("OSCE envoy visits Tbilisi\n\n"
                  "Tbilisi, 3 March 1998 (XYZ) - The OSCE envoy met officials in Tbilisi today to discuss "
                  "the work of the OSCE Mission to Georgia.\n")
    assert (record.date, record.place, record.source) == (D(1998, 3, 3), "Tbilisi", "XYZ")
    assert "XYZ" in record.organizations
    assert "OSCE Mission to Georgia" in record.field_operations


def test_the_osce_in_brackets_is_not_an_agency_source():
    record = _one("OSCE opens office\n\nBRUSSELS, 18 February 2009 (OSCE) - The OSCE opened an office "
                  "in Brussels today, its spokesperson said.\n")
    assert record.source is None and record.place == "Brussels"
