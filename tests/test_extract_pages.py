"""Whole pages, read: every layout of the shared pages, and pages of our own in those shapes.

Expected values are facts read off the pages by a person; the gold file has the full set.
"""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import PAGES, SEED
from osce_kg.loader.errors import DocumentError
from osce_kg.loader.extract import read_document, read_text

D = dt.date


def page(name: str):
    return read_document(SEED if name == "seed" else PAGES / f"{name}.txt")


# ----------------------------------------------------------------- shared pages, one record each

@pytest.mark.parametrize("name, title, date, place, source, fields", [
    ("seed", "Enhanced diplomacy, regional organizations key to countering terrorism, OSCE expert tells "
             "security conference", D(2009, 2, 18), "Brussels", "OSCE Secretariat", ["Countering terrorism"]),
    ("pr-nav_004", "OSCE Chairman-in-Office condemns Georgian-Ossetian conflict zone violence, reiterates "
                   "invitation for dialogue", D(2008, 8, 2), "Helsinki",
     "OSCE Chairpersonship / OSCE Mission to Georgia", ["Conflict prevention and resolution"]),
    ("pr-plain_016", "OSCE Chairman expresses concern about Belgrade violence", D(2008, 2, 22), "Helsinki",
     None, []),
    ("pr-plain_007", "OSCE Mission in Kosovo streamlines field presence", D(2002, 1, 9), "Pristina", None, []),
    ("pr-plain_009", None, D(2025, 9, 12), "Sarajevo", None, []),
    ("pr-plain_005", "Vilnius Ministerial Council concludes with decisions to strengthen responses to conflicts "
                     "and transnational threats, engagement with Afghanistan and other Partner countries",
     None, None, None, []),
    ("pr-plain_006", "OSCE Secretary General holds consultations in Moscow ahead of Ministerial Council",
     None, None, None, []),
    ("pr-plain_019", "Miklos Haraszti appointed OSCE Representative on Freedom of the Media", D(2004, 3, 9),
     "Vienna", None, []),
    ("other_010", "OSCE Chairman Voices Serious Concern Over Violence In Zone Of Georgian-Ossetian Conflict",
     D(2008, 3, 28), "Helsinki", "Organization for Security and Co-operation in Europe", []),
    ("other_011", None, D(2016, 3, 22), "Berlin / Vienna", "Organization for Security and Co-operation in Europe",
     []),
    ("other_014", "Şefa Misiunii OSCE în Moldova reacţionează privind incidentele din noaptea trecută",
     D(2013, 4, 27), "Chişinău", "OSCE Mission to Moldova", None),
    ("other_017", "ОБСЕ переживает системный кризис, заявил Лукашевич", None, "Вена", "RIA Novosti", []),
    ("other_001", "Remarks by Raphael F. Perl, Head of the OSCE Action against Terrorism Unit", None,
     "Garmish-Partenkirchen", None, []),
    ("other_002", "OSCE Permanent Council No. 1373 Vienna, 12 May 2022", D(2022, 5, 12), "Vienna",
     "European Union", []),
], ids=lambda v: v if isinstance(v, str) and "_" in v or v == "seed" else None)
def test_release_pages(name, title, date, place, source, fields):
    doc = page(name)
    assert len(doc.records) == 1
    record = doc.records[0]
    explicit = None if record.source_inferred else record.source    # the folder's index.tsv gives URLs
    assert (record.title, record.date, record.place, explicit) == (title, date, place, source)
    if fields is not None:
        assert record.fields_of_work == fields


@pytest.mark.parametrize("name, language", [
    ("seed", "en"), ("other_004", "nl"), ("other_008", "fr"), ("other_014", "ro"), ("other_017", "ru"),
    ("other_001", "en"), ("other_010", "en"), ("entity_007", "en"),
])
def test_page_language(name, language):
    doc = page(name)
    assert doc.language == language
    assert all(r.language == language for r in doc.records)


def test_arabic_only_page_is_rejected_with_a_reason():
    with pytest.raises(DocumentError) as info:
        page("other_012")
    assert "language not readable" in info.value.reason and "Arabic" in info.value.reason


# ----------------------------------------------------------------- navigation

def test_seed_navigation_has_57_states_and_the_2025_chair():
    nav = page("seed").navigation
    assert len(nav.participating_states) == 57
    assert nav.participating_states[0] == "Albania" and nav.participating_states[-1] == "Uzbekistan"
    assert "Finland" in nav.participating_states and "Netherlands" in nav.participating_states
    assert not any("Chairpersonship" in s for s in nav.participating_states)
    assert nav.chairpersonships == {2025: "Finland"}
    assert nav.partners == ["Asian Partners for Co-operation", "Mediterranean Partners for Co-operation"]
    assert len(nav.fields_of_work) == 23 and "Field operations" not in nav.fields_of_work
    assert "Gender equality conferences" in nav.meeting_series and "Partnerships" not in nav.meeting_series
    assert nav.field_operations[0] == "Presence in Albania" and len(nav.field_operations) == 12
    assert "Documentation Centre in Prague" in nav.secretariat_units
    assert nav.other_bodies == ["Parliamentary Assembly", "Court of Conciliation and Arbitration"]


@pytest.mark.parametrize("name, state, chair", [
    ("pr-nav_001", "Czech Republic", {2025: "Finland"}),
    ("pr-nav_003", "Czechia", {2026: "Switzerland"}),
])
def test_navigation_only_pages_yield_reference_data_and_no_record(name, state, chair):
    doc = page(name)
    assert doc.records == []
    assert state in doc.navigation.participating_states
    assert doc.navigation.chairpersonships == chair
    assert len(doc.navigation.participating_states) == 57      # the cut last item is dropped, not kept


# ----------------------------------------------------------------- listings

def test_listing_items_are_records():
    records = page("listing_002").records
    assert [r.date for r in records] == [D(2022, 7, 25), D(2022, 7, 22), D(2022, 7, 22), D(2022, 7, 20),
                                         D(2022, 7, 18)]
    first = records[0]
    assert first.title == "Sixth Model OSCE takes place in Kyrgyzstan"
    assert first.content_type == "News" and first.kind == "news"
    assert first.fields_of_work == ["Democratization", "Education", "Youth"]
    assert first.field_operations == ["OSCE Programme Office in Bishkek"]
    assert records[-1].place == "Vienna / Warsaw" and records[-1].kind == "press_release"


def test_listing_publishing_date_wins_over_dateline():
    first = page("listing_006").records[0]
    assert first.date == D(2021, 1, 6) and first.place == "Belgrade"


def test_listing_field_labels_map_to_the_canonical_list_and_a_cut_label_is_dropped():
    records = page("listing_014").records
    assert "Combating trafficking in human beings" in records[0].fields_of_work
    assert records[2].place == "Mitrovo Polje"
    assert records[-1].fields_of_work[-1] == "Environmental activities"      # "Conflict" was cut


def test_listing_cut_item_title_is_not_a_record():
    assert len(page("listing_001").records) == 3


def test_report_listing_dates():
    assert [r.date for r in page("listing_013").records] == [None, None, None]


# ----------------------------------------------------------------- entity pages

@pytest.mark.parametrize("name, kind, title, date, end, place", [
    ("entity_012", "event", "Concluding Meeting of the 21st OSCE Economic and Environmental Forum",
     D(2013, 9, 11), D(2013, 9, 13), "Prague"),
    ("entity_019", "event", "20 years of the OSCE Mission to Moldova in pictures", D(2013, 4, 15), None,
     "Public Garden Stefan cel Mare, Chisinau"),
    ("entity_005", "field_operation", "OSCE Mission to Skopje", None, None, None),
    ("entity_015", "field_of_work", "Combating Trafficking in Human Beings", None, None, None),
    ("entity_002", "page", "Safety of Journalists", None, None, None),
    ("entity_006", "page", None, None, None, None),
    ("entity_018", "page", "About us", None, None, None),
])
def test_entity_pages(name, kind, title, date, end, place):
    record = page(name).records[0]
    assert (record.kind, record.title, record.date, record.end_date, record.place) == (kind, title, date, end,
                                                                                       place)


def test_field_of_work_page_has_its_field():
    assert page("entity_015").records[0].fields_of_work == ["Combating trafficking in human beings"]


# ----------------------------------------------------------------- our own pages in these shapes

LISTING = """Newsroom
News and press releases
Centre in Ashgabat hosts customs seminar
Publishing date: 14 April 2023
Content type: Press release
Where we are: OSCE Centre in Ashgabat
What we do: Border management, Combating human trafficking
ASHGABAT, 14 April 2023 - Customs officers from Turkmenistan and Uzbekistan met at the Centre today.
Presence in Albania trains judges
Publishing date: 2 March 2023
Content type: News
Where we are: OSCE Presence in Albania
What we do: Rule of law
Twenty judges completed a course on trial management organized by the Presence.
"""

SKIP_LINKS = """Skip Links

Press release

Mission to Serbia hands over police equipment

Date:
Place:
BELGRADE
Source:
OSCE Mission to Serbia
Fields of work:
Policing

BELGRADE, 11 May 2012 - The OSCE Mission to Serbia today handed over equipment to the Serbian police.
"""

EVENT = """Annual Security Review Conference 2019
General event
- Date:
- 25 -27 June 2019
- Location:
- Hofburg, Vienna
- Organized by:
- OSCE Chairpersonship
- Source:
- OSCE Chairpersonship
The conference reviews the work of the Organization in the politico-military dimension.
"""

SERBIAN_CYRILLIC = """Мисија ОЕБС у Србији предала опрему полицији
БЕОГРАД, 11. мај 2012. – Мисија ОЕБС у Србији данас је предала опрему полицији у Београду. Шеф Мисије је рекао да је сарадња са полицијом важна за све грађане и да ће се наставити и током следеће године.
"""

FRENCH = """La Présence de l'OSCE en Albanie forme des juges
TIRANA, 2 mars 2023 - Vingt juges ont terminé une formation sur la gestion des procès organisée par la Présence de l'OSCE. Les participants ont discuté des normes internationales et des engagements de l'OSCE dans le domaine de l'état de droit.
"""


def test_our_listing():
    records = read_text(LISTING, "listing.txt").records
    assert [r.title for r in records] == ["Centre in Ashgabat hosts customs seminar",
                                         "Presence in Albania trains judges"]
    assert records[0].fields_of_work == ["Border management", "Combating trafficking in human beings"]
    assert records[0].field_operations == ["OSCE Centre in Ashgabat"]
    assert records[0].states == ["Turkmenistan", "Uzbekistan"]
    assert records[0].place == "Ashgabat" and records[1].place is None
    assert records[1].date == D(2023, 3, 2) and records[1].kind == "news"
    assert records[0].line == 3 and records[1].line == 9


def test_our_skip_links_release():
    record = read_text(SKIP_LINKS, "skip.txt").records[0]
    assert (record.title, record.date, record.place, record.source) == (
        "Mission to Serbia hands over police equipment", D(2012, 5, 11), "Belgrade", "OSCE Mission to Serbia")
    assert record.fields_of_work == ["Policing"] and record.content_type == "Press release"
    assert record.states == ["Serbia"]


def test_our_event_page():
    record = read_text(EVENT, "event.txt").records[0]
    assert record.kind == "event"
    assert (record.date, record.end_date, record.place) == (D(2019, 6, 25), D(2019, 6, 27), "Hofburg, Vienna")
    assert record.source == "OSCE Chairpersonship"


@pytest.mark.parametrize("text, language, place, date", [
    (SERBIAN_CYRILLIC, "sr-Cyrl", "Београд", D(2012, 5, 11)),
    (FRENCH, "fr", "Tirana", D(2023, 3, 2)),
])
def test_our_pages_in_other_languages(text, language, place, date):
    doc = read_text(text, "page.txt")
    record = doc.records[0]
    assert (doc.language, record.language, record.place, record.date) == (language, language, place, date)


@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    ("- Home\n- About\n", "no record and no site navigation"),
    ("这是一个中文页面，没有任何拉丁字母或者西里尔字母的内容，所以无法读取这个页面的语言。" * 3, "language not readable"),
])
def test_rejections(text, reason):
    with pytest.raises(DocumentError) as info:
        read_text(text, "page.txt")
    assert reason in info.value.reason
