"""Issue 11, session 13 (helper F): fields of work and field operations. Each page here is a short one of our own in
the shape the rule or data reads; every test failed on the code before its change (guards, which held before, say so)."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text
from osce_kg.loader.reference import reference


def _fields(text: str) -> list[str]:
    return read_text(text, "page.txt").records[0].fields_of_work


def _record(text: str):
    return read_text(text, "page.txt").records[0]


# Lead decision 6: the OSCE Support Programme for Ukraine is a field operation (its State Ukraine), the OSCE's
# presence in Ukraine since 2022, named in English, Ukrainian and Russian (ae2_uk, af3_en, x11_uk)
SPU = "OSCE Support Programme for Ukraine"


def test_the_support_programme_for_ukraine_is_an_active_field_operation_in_ukraine():
    op = reference().field_operation("SPU")
    assert op is not None and op.label == SPU and op.host == "Ukraine" and op.status == "active"
    assert reference().lookup("organization", SPU) is None


@pytest.mark.parametrize("text", [
    ("OSCE pledges more demining aid\nKYIV, 3 March 2025 - Donors met the head of the OSCE Support Programme for "
     "Ukraine in Kyiv today to plan the year's demining work.\n"),
    ("Донори обговорили розмінування\nКИЇВ, 3 березня 2025 - Донори обговорили з керівником Програми підтримки ОБСЄ "
     "для України план робіт з розмінування на цей рік.\n"),
    ("Доноры обсудили разминирование\nКИЕВ, 3 марта 2025 - Доноры обсудили с руководителем Программы поддержки ОБСЕ "
     "для Украины план работ по разминированию на этот год.\n"),
    ("Рада ОБСЄ продовжила мандат\nВІДЕНЬ, 3 березня 2025 - Постійна рада погодила продовження Програми підтримки "
     "для України ще на рік.\n"),
])
def test_the_support_programme_is_read_as_a_field_operation_not_an_organization(text):
    record = _record(text)
    assert SPU in record.field_operations and SPU not in record.organizations
    assert "Ukraine" in record.states
