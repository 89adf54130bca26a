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


# ----------------------------------------------------------------- mentions across languages

from osce_kg.loader.extract.mentions import find_field_operations_by_shape, find_media, find_mentions  # noqa: E402
from osce_kg.loader.reference import reference  # noqa: E402


@pytest.mark.parametrize("text, label", [
    ("o vizită a șefului Misiunii OSCE în Republica Moldova la Comrat", "OSCE Mission to Moldova"),
    ("sastanak sa šefom misije OEBS u Srbiji o reformama", "OSCE Mission to Serbia"),
    ("Prezenca e OSBE-së në Shqipëri organizoi një trajnim", "OSCE Presence in Albania"),
    ("сотрудники Программного офиса ОБСЕ в Бишкеке провели семинар", "OSCE Programme Office in Bishkek"),
    ("бывший Центр ОБСЕ в Бишкеке", "OSCE Centre in Bishkek"),
    ("Спеціальна моніторингова місія ОБСЄ відкрила офіс", "OSCE Special Monitoring Mission to Ukraine"),
    ("мандат координатора проєктів ОБСЄ в Україні", "OSCE Project Co-ordinator in Ukraine"),
    ("Misija OEBS-a na Kosovu je saopštila", "OSCE Mission in Kosovo"),
])
def test_field_operations_named_in_other_languages(text, label):
    assert find_field_operations_by_shape(text, reference()) == [label]


@pytest.mark.parametrize("text", [
    "the OSCE mission in Georgia said",          # described, not named
    "misija Evropske unije u Srbiji",            # not the OSCE's
    "Спеціальна моніторингова місія ООН",         # not the OSCE's
])
def test_no_field_operation_without_the_osce_and_a_name(text):
    assert find_field_operations_by_shape(text, reference()) == []


def test_one_span_is_one_field_operation():
    text = "спеціальної моніторингової місії ОБСЄ в Україні"
    assert find_field_operations_by_shape(text, reference()) == ["OSCE Special Monitoring Mission to Ukraine"]


def test_a_surname_is_not_a_state():
    found = find_mentions("Ambassador Paolo Del Monaco met the Prime Minister of Albania today.", reference())
    assert found.states == ["Albania"]
    assert [p.name for p in found.persons] == ["Paolo Del Monaco"]


@pytest.mark.parametrize("text, name", [
    ("an attack on the offices of the magazine Le Canard in Paris", "Le Canard"),
    ("Novatek news agency quoted unnamed sources", "Novatek"),
    ("the local news agency ABCPRESS reported", "ABCPRESS"),
])
def test_media_named_beside_their_noun(text, name):
    assert [n for _, _, n in find_media(text, [])] == [name]
    assert name not in [p.name for p in find_mentions(text, reference()).persons]


@pytest.mark.parametrize("text, person", [
    ("The Treasurer Milo Verdi (MP, Slovenia) presented the report.", "Milo Verdi"),
    ("President of the Confederation Hans Muster welcomed the decision.", "Hans Muster"),
    ("the Chairperson, Ana Lopes (MP, Portugal), urged the leaders to act", "Ana Lopes"),
    ("Predsednik Srbije Petar Petrović je danas rekao da", "Petar Petrović"),
    ("The current High Commissioner, Lars Berg, along with the speakers", "Lars Berg"),
])
def test_persons_after_posts_and_places(text, person):
    names = [p.name for p in find_mentions(text, reference(), "sr-Latn" if "danas" in text else "en").persons]
    assert person in names
    assert not any(person in n and n != person for n in names)     # no post word left on the name


@pytest.mark.parametrize("text", ["Needs Assessment Missions are part of the method.",
                                  "Dear Colleagues,\nI thank you."])
def test_not_persons(text):
    assert find_mentions(text, reference()).persons == []


# ----------------------------------------------------------------- month names, dateline country, bodies

from osce_kg.loader.extract.dates import month_number, parse_date  # noqa: E402


@pytest.mark.parametrize("text, date", [
    ("13 października 2019", D(2019, 10, 13)), ("5. května 2020", D(2020, 5, 5)),
    ("3 avqust 2021", D(2021, 8, 3)), ("12 қазан 2022", D(2022, 10, 12)),
    ("19 lapkričio 2020", D(2020, 11, 19)), ("2 студзеня 2019", D(2019, 1, 2)),
    ("8 березень 2018", D(2018, 3, 8)), ("4. marec 2017", D(2017, 3, 4)),
])
def test_month_names_of_more_languages(text, date):
    assert parse_date(text) == (date, True)


@pytest.mark.parametrize("abbreviation, month", [("Mar", 3), ("Mar.", 3), ("Sept", 9), ("Lis", 10), ("Dez", 12)])
def test_abbreviations_keep_their_month(abbreviation, month):
    # Finnish "marraskuuta" (November) must not make "Mar." ambiguous; Croatian "listopad" stays October
    assert month_number(abbreviation) == month


def test_the_country_of_a_dateline_is_a_state_mention():
    record = _one("Trade envoy visits Ashgabat\n\nBAKU, Azerbaijan, Aug. 3 – The head of the OSCE Centre "
                  "in Ashgabat spoke about projects with the news agency in an interview today.\n")
    assert record.place == "Baku" and "Azerbaijan" in record.states


def test_another_bodys_secretariat_is_not_the_osce_secretariat():
    found = find_mentions("Delegates thanked the Parliament for hosting the PA's International Secretariat.",
                          reference())
    assert "OSCE Secretariat" not in found.organizations
    assert "OSCE Secretariat" in find_mentions("The OSCE Secretariat is in Vienna.", reference()).organizations


def test_teasers_after_check_also_are_not_the_body():
    record = _one("Envoy asks for help with elections\n\nThe government asked the OSCE to help organise "
                  "local elections this autumn, the minister said after the meeting in Pristina today.\n"
                  "Check Also\nTürkiye plans new law on lawyers\nAngered by the bar associations ...\n")
    assert "Check Also" not in record.body and "Türkiye" not in record.states
    assert all(p.name != "Check Also" for p in record.persons)


from osce_kg.loader.extract.dates import site_timestamp  # noqa: E402


@pytest.mark.parametrize("line, date", [("• 3 Feb. 1998", D(1998, 2, 3)), ("14.11.2023. 09:12h", D(2023, 11, 14)),
                                        ("• Last updated: 05 Nov. 2008 03:45", None)])
def test_site_timestamps(line, date):
    assert site_timestamp(line) == date


def test_a_caption_glued_to_the_dateline():
    record = _one("2019 Board meetingOSLO, 4 March 2019 – The Bureau of the OSCE Parliamentary Assembly met "
                  "today in Oslo to discuss its work.\n")
    assert (record.place, record.date) == ("Oslo", D(2019, 3, 4))


@pytest.mark.parametrize("text, place", [
    ("Neue Leitung in Wien\n\nWIEN. Die Organisation hat heute einen neuen Leiter bekommen, der sein Amt "
     "im Jänner antritt und bis zum Ende des Jahres bleibt.\n", "Wien"),
    ("PRIŠTINA\nŠef misije je danas pozdravio odluku o izborima u opštinama na severu, rekao je on "
     "novinarima posle sastanka.\n", "Priština"),
])
def test_a_bare_upper_case_city_is_the_dateline(text, place):
    assert _one(text).place == place


def test_an_upper_case_word_that_is_no_city_is_no_dateline():
    record = _one("Report on elections\n\nNOTE. The report below covers the spring elections and the work "
                  "of the observers in the field, with figures.\n")
    assert record.place is None


from osce_kg.loader.extract.language import detect_language  # noqa: E402


@pytest.mark.parametrize("text, tag", [
    ("ეუთოს მისია საქართველოში დღეს იწყებს მუშაობას და შეხვდება ხელისუფლების წარმომადგენლებს", "ka"),
    ("Η αποστολή του ΟΑΣΕ ξεκινά σήμερα τις εργασίες της στην περιοχή με συναντήσεις", "el"),
    ("ԵԱՀԿ առաքելությունը այսօր սկսում է իր աշխատանքը տարածաշրջանում և կհանդիպի", "hy"),
])
def test_scripts_of_participating_states_are_readable(text, tag):
    assert detect_language(text) == (tag, "")


def test_arabic_is_still_not_readable():
    tag, reason = detect_language("هذا نص باللغة العربية عن منظمة الأمن والتعاون في أوروبا وبعثاتها الميدانية")
    assert tag is None and "Arabic" in reason


# ----------------------------------------------------------------- label blocks in other languages (issue 11)

BLOCK_LATIN = """Misija podržala obuku sudija
- Issued on:
- 26. novembar 2025.
- Izdavač:
- OSCE Mission to Bosnia and Herzegovina
- Oblasti rada:
- Prevencija sukoba, Vladavina prava

SARAJEVO, 26. novembar 2025. godine - Misija je danas organizovala obuku za sudije iz cijele zemlje.
Obuka je trajala dva dana.
"""
BLOCK_CYRILLIC = """Мисија подржала обуку
Издавач: OSCE Mission to Bosnia and Herzegovina

САРАЈЕВО, 13. јануар 2026. године – Мисија је данас организовала обуку за судије.
"""


def test_issued_on_and_publisher_label_blocks_in_bosnian_and_serbian():
    record = read_text(BLOCK_LATIN, "a.txt").records[0]
    assert (record.title, record.date, record.place) == ("Misija podržala obuku sudija", D(2025, 11, 26), "Sarajevo")
    assert (record.source, record.source_inferred) == ("OSCE Mission to Bosnia and Herzegovina", False)
    assert record.fields_of_work == ["Conflict prevention and resolution", "Rule of law"]
    cyr = read_text(BLOCK_CYRILLIC, "b.txt").records[0]
    assert (cyr.date, cyr.place, cyr.source) == (D(2026, 1, 13), "Сарајево", "OSCE Mission to Bosnia and Herzegovina")


@pytest.mark.parametrize("line", ["Last update 26.01.2022", "  • Last updated: 05 Nov. 2008 03:45", "Logo of the Office 2017"])
def test_edit_stamps_and_logo_alt_text_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("headings, title", [
    (["OSCE Presence in Albania", "Activities", "Projects"], "OSCE Presence in Albania"),   # an entity page
    (["Resources", "A handbook on community policing is published"], "A handbook on community policing is published"),
    (["Secretary General", "Secretary General opens a conference on cyber security"],
     "Secretary General opens a conference on cyber security"),
])
def test_section_words_are_not_titles(headings, title):
    assert choose_title(headings) == title
