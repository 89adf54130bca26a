"""Issue 11, session 12 (helper T): titles, dates and places in the shapes line ad (measured blind at a9113d1) and
line tc (our own pages, written before any run) failed on. Each test is text of our own and fails on the code before
its rule (checked on a worktree of the commit before)."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text


def _record(text: str):
    return read_text(text, "t12-title-test.txt").records[0]


@pytest.mark.parametrize("dateline, date, place", [
    # Georgian: the year, its word in the genitive, the day, the month (ad3_ka on ODIHR's site, tc4_ka_mfa)
    ("ბათუმი, 2022 წლის 9 ივნისი", "2022-06-09", "ბათუმი"),
    # Armenian: the year and its abbreviated word, the month in the genitive, the day (tc4_hy_mfa)
    ("Գյումրի, 2022 թ. հունիսի 9", "2022-06-09", "Գյումրի"),
], ids=["ka", "hy"])
def test_a_year_first_dateline_alone_on_its_line_gives_date_and_place(dateline, date, place):
    text = ("Ministry of Foreign Affairs\nHome | Ministry | Foreign policy | News\n\n"
            "Deputy minister meets the head of the OSCE field office in Batumi\n\n"
            f"{dateline}\n\n"
            "The deputy minister and the head of office discussed a training programme for municipal staff.\n\n"
            "They agreed to hold the next meeting in the autumn.\n")
    record = _record(text)
    assert (record.title, record.date.isoformat() if record.date else None, record.place) == (
        "Deputy minister meets the head of the OSCE field office in Batumi", date, place)
