"""Issue 11, session 10 (S): the issuing body read by shapes that hold across sites and languages (each rule needed by
pages of two sources at least; the pages are the own lines' fixtures, tests/fixtures/own_pages)."""
from __future__ import annotations

import pytest
from own_pages import FOLDER

from osce_kg.loader.extract import read_document
from osce_kg.loader.extract.issuer import captured_url

ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
RFOM = "OSCE Representative on Freedom of the Media"


def _source(name: str) -> tuple[str | None, bool]:
    record = read_document(FOLDER / name).records[0]
    return record.source, bool(record.source_inferred)


# ------------------------------------------------------------------ a print view's "Source URL:" footer

@pytest.mark.parametrize(("name", "body"), [
    ("sa1_mk.txt", "OSCE Mission to Skopje"),        # "Source URL: http://www.osce.org/mk/skopje/226541"
    ("sa1_en_print.txt", RFOM),                       # ".../representative-on-freedom-of-media/568214"
])
def test_a_print_views_source_url_names_the_section_inferred(name, body):
    assert _source(name) == (body, True)


def test_the_footers_address_wins_over_the_headers_site_address():
    page = ("Published on OSCE (https://www.osce.org)\nA headline of a print view\nText of the page.\n"
            "Source URL: https://www.osce.org/odihr/elections/601457\n")
    assert captured_url(page, "A headline of a print view") == "https://www.osce.org/odihr/elections/601457"
    # a link the text cites is no footer of the page's own address
    assert captured_url("Saved\nHeadline\nSee https://www.osce.org/odihr/1 for more.\n", "Headline") is None


# ------------------------------------------------------------------ a body's acronym cut off at the credit span

def test_a_bodys_acronym_after_its_name_is_no_credit_where_the_span_ends():
    # "YEREVAN, 6 May 2026 – The OSCE Office for Democratic Institutions and Human Rights (ODIHR) today ...": the
    # first 90 characters end right after "(ODIHR)", which read as a credit closing the line (explicit ODIHR); the
    # breadcrumb's section gives it, inferred (n3_en, the gold's convention)
    assert _source("n3_en.txt") == (ODIHR, True)


# ------------------------------------------------------------------ a closing credit of initials and the agency

@pytest.mark.parametrize("name", ["n3_sl.txt", "sa2_sl.txt"])   # RTV Slovenija's "K. B., STA", Dnevnik's "T. K., STA"
def test_a_closing_credit_of_the_authors_initials_and_the_agency(name):
    assert _source(name) == ("Slovenian Press Agency", False)
