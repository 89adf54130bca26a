"""Dates and datelines in every shape the pages use, in the languages they use."""
from __future__ import annotations

import datetime as dt

import pytest

from osce_kg.loader.extract.datelines import parse_dateline, resolve
from osce_kg.loader.extract.dates import month_number, parse_date, parse_range, site_timestamp
from osce_kg.loader.extract.layouts import parse_date_place

D = dt.date


@pytest.mark.parametrize("line, places, date, rest", [
    ("BRUSSELS, 18 February 2009 - Diplomatic groundwork", ("Brussels",), D(2009, 2, 18), "Diplomatic"),
    ("HELSINKI, 2 August 2008 – The OSCE", ("Helsinki",), D(2008, 8, 2), "The OSCE"),
    ("VIENNA, 3 March 2001 -- The Chairman", ("Vienna",), D(2001, 3, 3), "The Chairman"),
    ("MITROVO POLJE, 19 October 2001 (OSCE)- The first", ("Mitrovo Polje",), D(2001, 10, 19), "The first"),
    ("VIENNA, 4 September 2018- OSCE Representative", ("Vienna",), D(2018, 9, 4), "OSCE"),
    ("TIRANA / BRUSSELS / GENEVA – 6 October 2020. The Co-Chairs", ("Tirana", "Brussels", "Geneva"),
     D(2020, 10, 6), "The Co-Chairs"),
    ("VIENNA/WARSAW, 18 July 2022 – Protecting", ("Vienna", "Warsaw"), D(2022, 7, 18), "Protecting"),
    ("OSH, Kyrgyzstan, 5 June 2010 - The OSCE", ("Osh",), D(2010, 6, 5), "The OSCE"),
    ("PRISTINA 9 January 2002", ("Pristina",), D(2002, 1, 9), ""),
    ("CHIŞINĂU, 27 aprilie 2013 - \"Condamn", ("Chişinău",), D(2013, 4, 27), "\"Condamn"),
    ("BEOGRAD, 5. januar 2021. – Norveški", ("Beograd",), D(2021, 1, 5), "Norveški"),
    ("БЕОГРАД, 5. јануар 2021. – Норвешки", ("Београд",), D(2021, 1, 5), "Норвешки"),
    ("MOSCOW, 24 octobre 2012 - Le", ("Moscow",), D(2012, 10, 24), "Le"),
    ("WIEN, 3. März 2015 - Der", ("Wien",), D(2015, 3, 3), "Der"),
    ("TIRANË, 5 qershor 2019 - Prezenca", ("Tiranë",), D(2019, 6, 5), "Prezenca"),
    ("WASHINGTON, June 5, 2010 - The", ("Washington",), D(2010, 6, 5), "The"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 30 else None)
def test_datelines(line, places, date, rest):
    dateline = parse_dateline(line)
    assert dateline is not None
    assert dateline.places == places
    assert dateline.date == date
    assert line[dateline.text_start:].startswith(rest)


@pytest.mark.parametrize("line", [
    "OSCE Mission in Kosovo streamlines field presence",
    "ODIHR opens limited election observation mission in Poland",
    "EU Statement in Response to the Head of the OSCE Mission",
    "A police dog unit exhibits skills",
    "NEW OSCE photo gallery online",
    "UN - a talk",
])
def test_lines_that_are_not_datelines(line):
    assert parse_dateline(line) is None


def test_dateline_without_a_date():
    dateline = parse_dateline("VIENNA- The OSCE Representative on Freedom of the Media")
    assert dateline.places == ("Vienna",) and dateline.date is None and dateline.month_day is None


def test_dateline_without_a_year_keeps_place_and_day():
    dateline = parse_dateline("ВЕНА, 1 июл - РИА Новости.")
    assert dateline.places == ("Вена",) and dateline.date is None and dateline.month_day == (7, 1)
    assert resolve(dateline, None) is None


@pytest.mark.parametrize("line, reference, expected", [
    ("ВЕНА, 1 июл - РИА", D(2024, 7, 3), D(2024, 7, 1)),
    ("VIENNA, 30 December - The", D(2025, 1, 2), D(2024, 12, 30)),   # a late-December release read in January
    ("VIENNA, 2 January - The", D(2025, 1, 5), D(2025, 1, 2)),
])
def test_dateline_without_a_year_takes_it_from_page_metadata(line, reference, expected):
    assert resolve(parse_dateline(line), reference) == expected


@pytest.mark.parametrize("word, month", [
    ("February", 2), ("Feb.", 2), ("Sept", 9), ("février", 2), ("März", 3), ("maart", 3), ("martie", 3),
    ("mars", 3), ("marta", 3), ("марта", 3), ("март", 3), ("јула", 7), ("июл", 7), ("lipnja", 6),
    ("qershor", 6), ("nëntor", 11), ("dhjetor", 12), ("décembre", 12), ("Dezember", 12), ("grudnia", 12), ("Grundriss", None),
    ("Monday", None), ("ma", None), ("OSCE", None),
])
def test_month_names(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize("text, date", [
    ("18 February 2009", D(2009, 2, 18)),
    ("February 18, 2009", D(2009, 2, 18)),
    ("2017-06-05", D(2017, 6, 5)),
    ("31/03/2008", D(2008, 3, 31)),
    ("18. јула 2015.", D(2015, 7, 18)),
    ("29 januari 2003", D(2003, 1, 29)),
    ("31 February 2009", None),
    ("no date here", None),
])
def test_parse_date(text, date):
    assert parse_date(text)[0] == date


@pytest.mark.parametrize("text, start, end", [
    ("will take place in Prague on 11 -13 September 2013.", D(2013, 9, 11), D(2013, 9, 13)),
    ("held in Kyiv from 5-9 July 2007", D(2007, 7, 5), D(2007, 7, 9)),
    ("from 21 to 23 November 2022", D(2022, 11, 21), D(2022, 11, 23)),
    ("On 14 – 19 August 2023, the", D(2023, 8, 14), D(2023, 8, 19)),
    ("From 19 May to 7 June 2025", D(2025, 5, 19), D(2025, 6, 7)),
    ("on 15 April 2013, in the Public Garden", D(2013, 4, 15), None),
])
def test_parse_range(text, start, end):
    assert parse_range(text) == (start, end)


@pytest.mark.parametrize("line, date", [
    ("27 July, 2010 - 13:03", D(2010, 7, 27)),
    ("date 2017-06-05", D(2017, 6, 5)),
    ("пн, 31/03/2008 - 13:27", D(2008, 3, 31)),
    ("Published: 3 May 2011", D(2011, 5, 3)),
    ("BRUSSELS, 18 February 2009 - text", None),
    ("a sentence that mentions 18 February 2009 in passing", None),
])
def test_site_timestamps(line, date):
    assert site_timestamp(line) == date


def test_venue_line_date_first():
    dateline = parse_date_place("20-23 April, Garmish-Partenkirchen")
    assert dateline.places == ("Garmish-Partenkirchen",)
    assert dateline.date is None and dateline.month_day == (4, 20)
