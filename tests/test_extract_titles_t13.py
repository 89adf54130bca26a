"""Issue 11, session 13 (helper T): titles, dates, places and the chrome split. Each test is text of our own and fails
on the code before its change (checked on a worktree of the commit before); guards pass on both."""
from __future__ import annotations

from osce_kg.loader.extract import read_text
from osce_kg.loader.extract.layouts import NO_FOOTER, site_footer, split_page
from osce_kg.loader.extract.mentions import find_mentions
from osce_kg.loader.reference import reference


def _record(text: str):
    return read_text(text, "t13-title-test.txt").records[0]


# ---------------------------------------------------------------- review mend: the chrome split reads the footer

_RELEASE = ("Minister meets the OSCE Secretary General in Skopje\n\n"
            "SKOPJE, 4 March 2025 – The minister and the Secretary General discussed the situation in Moldova.\n\n"
            "They agreed to meet again in the spring.\n\n"
            "Organization for Security and Co-operation in Europe\n"
            "Wallnerstrasse 6, 1010 Vienna, Austria\n"
            "Contact us   Terms of use   Privacy\n"
            "© OSCE 2025\n")


def test_the_chrome_split_marks_the_site_footer_at_the_foot_of_the_body():
    record = split_page(_RELEASE.split("\n"), 0, False)[0]
    assert record.footer != NO_FOOTER
    footer = record.body[len(record.body) - record.footer.length:]
    assert footer.startswith("Organization for Security") and footer.rstrip().endswith("© OSCE 2025")
    shaped = record.body[len(record.body) - record.footer.shaped:]
    assert shaped.startswith("Wallnerstrasse 6")      # (the site's name over its address is no footer by its shape)


def test_mentions_read_the_body_they_are_given_the_footer_comes_from_the_chrome_split():
    body = _RELEASE.split("\n\n", 1)[1]
    # (the mentions stage decides no chrome: given no footer, the footer's country is a mention like any other)
    assert "Austria" in find_mentions(body, reference(), "en").states
    assert "Austria" not in find_mentions(body, reference(), "en", site_footer(body)).states
    # guard: the whole pipeline passes the split's footer on (lead decision 5)
    record = _record(_RELEASE)
    assert "Austria" not in record.states and "Moldova" in record.states


def test_a_body_that_is_only_an_address_has_a_footer_only_under_a_heading():
    address = "Wallnerstrasse 6, 1010 Vienna, Austria\n© OSCE 2025"
    assert site_footer(address) == NO_FOOTER
    assert site_footer(address, above=True) == site_footer("Some text over it.\n" + address)
