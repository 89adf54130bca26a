"""Issue 11, round 8 (H9): Mongolian year-first datelines without the month's ordinal mark.

Mongolian writes the month by its number: "2026 оны 11 сарын 26" (Montsame's datelines, e5_mn and g3_mn, where
the place and date were unread); "2024 оны 3 дугаар сарын 12" with the mark was read before. This is the
language's date grammar (Mongolia is a participating State), not one site's shape. Our own lines.
"""
from __future__ import annotations

import datetime as dt

import pytest

from osce_kg.loader.extract.datelines import parse_dateline
from osce_kg.loader.extract.document import read_text


@pytest.mark.parametrize("line, place, date, agency", [
    ("Улаанбаатар, 2026 оны 11 сарын 26 /МОНЦАМЭ/. Монгол Улсын сайд уулзав.", "Улаанбаатар",
     dt.date(2026, 11, 26), "МОНЦАМЭ"),
    ("Вена, 2026 оны 2 сарын 19 /МОНЦАМЭ/. Төлөөлөгчид оролцов.", "Вена", dt.date(2026, 2, 19), "МОНЦАМЭ"),
    ("Улаанбаатар, 2026 оны 3 дугаар сарын 12 /МОНЦАМЭ/. Сайд уулзав.", "Улаанбаатар", dt.date(2026, 3, 12),
     "МОНЦАМЭ"),
])
def test_a_mongolian_dateline_gives_place_date_and_agency(line, place, date, agency):
    found = parse_dateline(line)
    assert found is not None and (found.places, found.date, found.agency) == ((place,), date, agency)


@pytest.mark.parametrize("line", [
    "Улаанбаатар, 2026 оны 13 сарын 26 /МОНЦАМЭ/. Сайд уулзав.",     # no thirteenth month
    "Улаанбаатар, 2026 оны сарын 26 /МОНЦАМЭ/. Сайд уулзав.",        # no month
])
def test_no_date_from_a_broken_mongolian_date(line):
    found = parse_dateline(line)
    assert found is None or found.date is None


def test_a_mongolian_page_is_dated_and_placed():
    page = ("МОНЦАМЭ\nМэдээ\nГадаад харилцааны сайд ЕАБХАБ-ын Ерөнхий нарийн бичгийн даргатай уулзав\n"
            "Улаанбаатар, 2026 оны 11 сарын 26 /МОНЦАМЭ/. Гадаад харилцааны сайд ЕАБХАБ-ын Ерөнхий нарийн бичгийн "
            "даргыг хүлээн авч уулзлаа.\nТалууд хамтын ажиллагааны талаар санал солилцов.\n")
    record = read_text(page, "page.txt").records[0]
    assert (record.date, record.place) == (dt.date(2026, 11, 26), "Улаанбаатар")
