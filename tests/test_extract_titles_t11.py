"""Issue 11, session 11 (helper T): titles, dates and places in the shapes line ab (measured blind at 976cd84) and
line tb (our own pages, written before any run) failed on. Each test is text of our own and fails on the code
before its rule (checked on a worktree of the commit before)."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text
from osce_kg.loader.extract.dates import parse_date
from osce_kg.loader.extract.datelines import parse_dateline
from osce_kg.loader.extract.layouts import spaced_menu


def _record(text: str):
    return read_text(text, "t11-title-test.txt").records[0]


_TEXT = ("The seminar was the second of its kind this year and gathered officials from five ministries.\n\n"
         "Terms of use\n")


@pytest.mark.parametrize("toolbar", [
    # the archive's name alone on the first line, the address field, count, range, calendar, buttons; the header
    # line with the archived address closes the toolbar (ab1_pl, ab2_cs, ab3_sk, tb1_de_wb, tb1_en_wb)
    "Wayback Machine\nhttps://www.osce.org/tajikistan/119876\n27 captures\n11 Jun 2014 - 2 Feb 2021\n"
    "MAY\tJUN\tJUL\n\t11\t\n2013\t2014\t2015\nAbout this capture",
    # under the Internet Archive's name, its buttons "Close" / "Help" (tb1_ru_wb): the capture's day was the date
    "INTERNET ARCHIVE\nWayback Machine\nhttp://www.osce.org/tajikistan/119876\n9 captures\n"
    "11 Jun 2014 - 5 May 2019\nMAY\tJUN\tJUL\n\t11\t\n2013\t2014\t2015\nClose\nHelp",
], ids=["name-first", "internet-archive-first"])
def test_a_toolbar_that_comes_before_the_archives_header_line_is_passed_over(toolbar):
    record = _record(f"{toolbar}\n"
                     "The Wayback Machine - https://web.archive.org/web/20140611083015/http://www.osce.org/"
                     "tajikistan/119876\n\nOSCE\nOrganization for Security and Co-operation in Europe\n"
                     "Home > Tajikistan > News\n\nOffice trains customs officers on detecting forged documents\n\n"
                     "DUSHANBE, 6 June 2014 – The OSCE Office held a seminar on forged documents.\n\n" + _TEXT)
    assert (record.title, record.date.isoformat(), record.place) == (
        "Office trains customs officers on detecting forged documents", "2014-06-06", "Dushanbe")


@pytest.mark.parametrize("menu", [
    # a menu's items parted by runs of spaces (ab3_fi, ab3_sv, ab3_no, ab1_el, tb5_lt_tv, tb5_bg_portal)
    "Начало   България   Свят   Икономика   Култура   Спорт",
    # by tabs
    "Начало\tБългария\tСвят\tИкономика\tКултура\tСпорт",
], ids=["spaces", "tabs"])
def test_a_menu_printed_on_one_line_is_no_headline(menu):
    # the site's name, said again in the footer, and the menu above the rubric and the headline (the menu's words
    # are the text's too: "България", "Свят")
    headline = "Министрите на ОССЕ се договориха за бюджета на организацията"
    text = (f"Дневен преглед\n{menu}\nВход   Абонамент\n\nСвят\n\n{headline}\n\n04.06.2014 12:15\n\n"
            "Министрите на външните работи на ОССЕ приеха бюджета на организацията след дълги преговори. "
            "България подкрепя решението, заяви министерството.\n\nСподели   Facebook   X\n\n© Дневен преглед 2014\n")
    assert _record(text).title == headline


@pytest.mark.parametrize("line, menu", [
    ("Nyheter   Sverige   Världen   Ekonomi", True),
    ("Асосӣ   Дар бораи мо   Фаъолият   Хабарҳо", True),
    ("Xəbər lenti   Siyasət   İqtisadiyyat   Cəmiyyət", True),      # (a dotted capital I)
    ("Actualitate\tPolitică\tExterne", True),
    ("Jaa   Facebook   X   Sähköposti", True),                        # a share bar
    ("Ministrarna enades om mandatet", False),                        # a headline: one space between its words
    ("OSCE  chief visits Kyiv  and Kharkiv", False),                  # a headline with doubled spaces
    ("Tilaa   Kirjaudu", False),                                      # two items: left to the other rules
    ("Publicerad 3 december 2021   kl 17.45   TT", False),            # a stamp
])
def test_a_spaced_menu_is_three_short_capitalised_items_parted_by_runs_of_blanks(line, menu):
    assert spaced_menu(line) is menu


@pytest.mark.parametrize("line, places, agency", [
    # a Nordic agency's code in brackets, then the text with no dash (ab3_sv, tb3_da_agency, tb3_fi_paper)
    ("STOCKHOLM (TT) Osses ministerråd avslutades på fredagen.", ("Stockholm",), "TT"),
    ("KØBENHAVN (Ritzau) Danmark sender tolv valgobservatører.", ("København",), "Ritzau"),
    # a colon or a full stop after the bracket, two cities (ab3_no, tb3_de_paper)
    ("WIEN/OSLO (NTB): Utenriksminister Knut Vollebæk har besluttet.", ("Wien", "Oslo"), "NTB"),
    ("BERLIN/WIEN (dpa). Die Organisation soll Beobachter stationieren.", ("Berlin", "Wien"), "dpa"),
    # in Cyrillic
    ("МОСКВА (ТАСС) Глава МИД России встретился с генсеком ОБСЕ.", ("Москва",), "ТАСС"),
])
def test_a_dateline_with_its_agency_in_brackets_and_no_dash(line, places, agency):
    dateline = parse_dateline(line)
    assert dateline is not None and (dateline.places, dateline.agency) == (places, agency)
    assert line[dateline.text_start:].split()[0] not in ("(", ":", ".")


@pytest.mark.parametrize("line", [
    "Stockholm (TT) Osses ministerråd",      # a place in mixed case needs its dash (a sentence may open so)
    "UKRAINE (UPDATE) The observers",        # a bracket of six capitals or more is no agency's code
    "KYIV (Reuters) the observers",          # the text opens with a capital
    "OSCE (ODIHR) Director Mecacci said",    # not a place
])
def test_no_dateline_of_an_agency_in_brackets_without_its_shape(line):
    assert parse_dateline(line) is None


def test_an_agencys_dateline_without_a_dash_gives_the_place_under_a_papers_header():
    text = ("Pohjolan Sanomat\nUutiset   Kotimaa   Ulkomaat   Talous   Urheilu\n\nUlkomaat\n\n"
            "Etyj-maiden ulkoministerit kokoontuvat Helsinkiin juhlavuonna\n\nJulkaistu: 30.7.2025 12:40\n\n"
            "HELSINKI (STT) Etyj-maiden ulkoministerit kokoontuvat Finlandia-taloon juhlistamaan vuosipäivää.\n\n"
            "Tilaisuuteen odotetaan edustajia lähes kaikista osallistujavaltioista.\n")
    record = _record(text)
    assert (record.title, record.date.isoformat(), record.place) == (
        "Etyj-maiden ulkoministerit kokoontuvat Helsinkiin juhlavuonna", "2025-07-30", "Helsinki")


@pytest.mark.parametrize("city, place", [
    ("Ankara", "Ankara"),            # an agency's city alone under its stamp (e6_tr)
    ("Tbilisi (TT)", "Tbilisi"),     # a paper's, with the agency in brackets (j3_sv)
])
def test_a_known_city_alone_on_its_line_under_the_stamp_is_the_dateline(city, place):
    text = ("Anadolu Haber\nGündem\nDünya\nEkonomi\n\nDünya\n\nAGİT Genel Sekreteri Dışişleri Bakanı ile görüştü\n\n"
            f"Zeynep Kaya  |11.03.2026 - 16:20\n{city}\n"
            "Dışişleri Bakanı, Avrupa Güvenlik ve İşbirliği Teşkilatı Genel Sekreteri'ni kabul etti.\n\n"
            "Görüşmede Ukrayna'daki savaş ele alındı.\n")
    record = _record(text)
    assert (record.title, record.date.isoformat(), record.place) == (
        "AGİT Genel Sekreteri Dışişleri Bakanı ile görüştü", "2026-03-11", place)


def test_a_city_over_the_headline_is_a_rubric_not_the_dateline():
    text = ("Anadolu Haber\nGündem\nDünya\n\nAnkara\n\nAGİT Genel Sekreteri Dışişleri Bakanı ile görüştü\n\n"
            "11.03.2026 16:20\n\n"
            "Dışişleri Bakanı, Avrupa Güvenlik ve İşbirliği Teşkilatı Genel Sekreteri'ni kabul etti.\n")
    assert _record(text).place is None


@pytest.mark.parametrize("dateline, date, place", [
    ("Praha 12. března 2024 –", "2024-03-12", "Praha"),               # a ministry's release (tb6_cs_mfa)
    ("Bratislava 1. januára 2019 –", "2019-01-01", "Bratislava"),     # the Chairpersonship's (o2_sk, tb6_sk_ngo)
    ("Zaključeno 12. marta 2024 –", None, None),                      # a word, not a city the data knows
])
def test_a_known_city_and_its_date_with_no_comma_before_the_dash(dateline, date, place):
    text = ("Ministerstvo zahraničních věcí\nÚvod | Zahraniční politika | Tiskové zprávy\n\nTiskové zprávy\n\n"
            "Ministr jednal ve Vídni s generálním tajemníkem OBSE o podpoře Ukrajiny\n\n"
            f"{dateline} Ministr zahraničních věcí se dnes ve Vídni setkal s generálním tajemníkem OBSE.\n\n"
            "Hovořili o projektech OBSE na Ukrajině.\n")
    record = _record(text)
    assert (record.date.isoformat() if record.date else None, record.place) == (date, place)


@pytest.mark.parametrize("line, place, agency", [
    ("VIENA, 4 (EUROPA PRESS)", "Viena", "EUROPA PRESS"),         # alone on its line (c9_es)
    ("CHISINAU, 1 (SERVIMEDIA)", "Chisinau", "SERVIMEDIA"),       # another agency's (tb7_es_agency)
    ("MADRID, 12 (EFE) - El ministro ha defendido", "Madrid", "EFE"),   # before a dash and the text
])
def test_a_spanish_agencys_dateline_with_the_day_alone(line, place, agency):
    dateline = parse_dateline(line)
    assert dateline is not None and (dateline.places, dateline.date, dateline.agency) == ((place,), None, agency)


@pytest.mark.parametrize("line", ["VIENA, 4 (EUROPA PRESS) El ministro", "OSCE, 4 (EUROPA PRESS)", "VIENNA, 4 (A)"])
def test_no_dateline_of_a_day_alone_without_its_shape(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize("standfirst_dot", [True, False])
def test_a_city_in_capitals_the_data_lacks_is_read_when_the_headline_writes_it(standfirst_dot):
    # Greek capitals drop the accent the place keeps: the place as the headline or standfirst writes it (o1_el's
    # standfirst without a full stop, tb7_el_paper's with one)
    stop = "." if standfirst_dot else ""
    text = ("Μακεδονικά Νέα\nΕλλάδα | Πολιτική | Οικονομία | Κόσμος\nΕΛΛΑΔΑ\n\n"
            "Σεμινάριο του ΟΑΣΕ για την ασφάλεια των δημοσιογράφων στην Αλεξανδρούπολη\n\n"
            f"Δημοσιογράφοι από την Ελλάδα και τη Βουλγαρία συναντήθηκαν σε διήμερο σεμινάριο{stop}\n\n"
            "15.05.2023 • 11:20\n\n"
            "ΑΛΕΞΑΝΔΡΟΥΠΟΛΗ. Δημοσιογράφοι από την Ελλάδα συμμετείχαν σε σεμινάριο για την ασφάλεια.\n\n"
            "Το σεμινάριο οργανώθηκε σε συνεργασία με την Ένωση Συντακτών.\n")
    assert _record(text).place == "Αλεξανδρούπολη"


def test_a_city_in_capitals_the_data_lacks_and_the_headline_does_not_write_is_no_place():
    text = ("Μακεδονικά Νέα\nΕλλάδα | Πολιτική | Οικονομία | Κόσμος\nΕΛΛΑΔΑ\n\n"
            "Σεμινάριο του ΟΑΣΕ για την ασφάλεια των δημοσιογράφων\n\n15.05.2023 • 11:20\n\n"
            "ΑΛΕΞΑΝΔΡΟΥΠΟΛΗ. Δημοσιογράφοι από την Ελλάδα συμμετείχαν σε σεμινάριο για την ασφάλεια.\n")
    assert _record(text).place is None


def test_an_acronym_in_capitals_the_headline_writes_so_too_is_no_place():
    text = ("Κόσμος\nΟ ΟΑΣΕ συνεδριάζει για τον προϋπολογισμό\n04.12.2025 • 19:10\n"
            "ΟΑΣΕ. Ο Οργανισμός συνεδριάζει σήμερα.\n")
    assert _record(text).place is None


@pytest.mark.parametrize("image", [
    '<image>data:image/s3,"s3://crabby-images/d2b4d/d2b4d85eb35e81ab8ac0d2fcd1e53b63abd40bcb" alt=""</image>',
    '<img src="https://example.org/photo.jpg" alt="">',
])
def test_an_image_element_kept_as_markup_is_no_title(image):
    # a capture's image kept as markup on its own line (other_2016, other_2022): no heading, and no text of the page
    sentence = ("Prezenca e OSBE në Tiranë ka dënuar sulmin me armë ndaj shtëpisë së një gazetareje investigative, "
                "duke u bërë thirrje autoriteteve të gjejnë dhe të ndëshkojnë autorët e tij sa më shpejt.\n")
    record = _record(f"{image}\n{sentence * 4}")
    assert record.title is None and "<im" not in record.body


@pytest.mark.parametrize("box", ["Самое читаемое", "Most read"])
def test_a_most_read_box_above_the_headline_gives_no_title(box):
    # a portal's most-read teasers above the rubric and the headline (tb8_ru_portal, tb10_pl_portal)
    text = (f"Новости Казахстана\nГлавное   Политика   Экономика   Общество   Мир\n{box}\n"
            "Цены на бензин выросли в трех регионах\nВ Алматы открылась новая станция метро\n\nПолитика\n\n"
            "Офис программ ОБСЕ в Астане провел семинар по противодействию торговле людьми\n\n05 июня 2023, 12:40\n\n"
            "АСТАНА, 5 июня 2023 – Офис программ ОБСЕ в Астане провел семинар для сотрудников полиции.\n\n"
            "В семинаре приняли участие около сорока полицейских из разных регионов страны.\n")
    assert _record(text).title == "Офис программ ОБСЕ в Астане провел семинар по противодействию торговле людьми"


def test_a_most_read_menu_item_over_the_rubric_leaves_the_headline():
    # "Najčitanije" as a menu's item (aa2_hr): the headline under the rubric is no teaser
    text = ("vijesti.hr\nNaslovnica\nHrvatska\nSvijet\nNajnovije\nNajčitanije\nPolitika\n"
            "OESS zatvara Misiju u Hrvatskoj, od siječnja otvara Ured u Zagrebu\nIzvor: Hina | 20.12.2007. 17:45\n"
            "BEČ, 20. prosinca (Hina) - Stalno vijeće OESS-a odlučilo je u četvrtak da Misija zatvara.\n")
    assert _record(text).title == "OESS zatvara Misiju u Hrvatskoj, od siječnja otvara Ured u Zagrebu"


def test_a_share_bar_printed_on_one_line_under_the_headline_ends_no_header():
    # "Jaa   Facebook   X   Sähköposti" under the headline, a standfirst without its full stop under it: the share
    # bar is no menu over the headline (a menu would put what stands above it aside)
    text = ("Pohjolan Sanomat\nUutiset   Kotimaa   Ulkomaat   Talous\n\nUlkomaat\n\n"
            "Etyj-maiden ulkoministerit kokoontuvat Helsinkiin juhlavuonna\n\nJaa   Facebook   X   Sähköposti\n\n"
            "Ulkoministeri Valtonen puhui järjestön periaatteista Finlandia-talossa\n\nJulkaistu: 30.7.2025 12:40\n\n"
            "Etyj-maiden ulkoministerit kokoontuvat Finlandia-taloon juhlistamaan vuosipäivää. Helsinkiin saapuu "
            "edustajia.\n\nTilaisuuteen odotetaan edustajia lähes kaikista osallistujavaltioista.\n")
    assert _record(text).title == "Etyj-maiden ulkoministerit kokoontuvat Helsinkiin juhlavuonna"


def test_a_toolbar_whose_rows_are_printed_with_runs_of_spaces_is_passed_over():
    # "INTERNET ARCHIVE  Wayback Machine", "http://...   Go", "Close  Help" (line ac's five captures, tb14's two)
    text = ("The Wayback Machine - https://web.archive.org/web/20140316120455/http://www.example.at/politik/4711\n"
            "INTERNET ARCHIVE  Wayback Machine\nhttp://www.example.at/politik/4711   Go\n6 captures\n"
            "16 Mar 2014 - 9 Nov 2016\nFEB  MAR  APR\n16\n2013  2014  2015\nClose  Help\n\n"
            "Nachrichten Ost\nPolitik   Wirtschaft   Chronik   Kultur\n\nPolitik\n\n"
            "OSZE-Beobachter reisen trotz Blockade auf die Krim\n\n15.03.2014, 19:20\n\n"
            "WIEN. Die Organisation für Sicherheit und Zusammenarbeit in Europa hat erneut Beobachter geschickt.\n\n"
            "Die Beobachter sollen nun im Süden des Landes bleiben.\n")
    record = _record(text)
    assert (record.title, record.date.isoformat(), record.place) == (
        "OSZE-Beobachter reisen trotz Blockade auf die Krim", "2014-03-15", "Wien")


@pytest.mark.parametrize("stamp, city_line, place", [
    ("27. novembar 2024", "Podgorica, Crna Gora", "Podgorica"),     # osce.org's current layout (line ac)
    ("4 April 2024", "Vienna, Austria", "Vienna"),                   # a delegation's site (tb15_en_delegation)
    ("22 mai 2023", "Bălți, Moldova", "Bălți"),                      # a field office's (tb15_ro_field)
    ("4 April 2024", "Sunny Hall, Main Building", None),             # neither a known city nor a State
])
def test_a_city_and_its_country_under_the_date_line_is_the_place(stamp, city_line, place):
    text = ("Permanent Mission to the OSCE\nHome  /  News and statements  /  Statements\nStatement\n\n"
            "The delegation welcomes the OSCE's support to mine action in the region\n\n"
            f"{stamp}\n{city_line}\n\n"
            "The delegation thanks the Project Co-ordinator for the briefing on humanitarian demining.\n\n"
            "Mine action will remain one of our priorities in the coming years.\n")
    assert _record(text).place == place


@pytest.mark.parametrize("text, date", [
    ("2024-nji ýylyň 17-nji sentýabry", "2024-09-17"),     # Turkmen: the year's genitive, the month's possessive
    ("2023-nji ýylyň 5-nji dekabry", "2023-12-05"),
])
def test_turkmens_year_first_date(text, date):
    parsed, had_year = parse_date(text)
    assert had_year and parsed.isoformat() == date


@pytest.mark.parametrize("stamp, place", [
    ("15. 5. 2024 | Tbilisi/Vídeň", "Tbilisi / Vídeň"),               # ac1_cs
    ("05.12.2024 14:20 | Valletta/Bratislava", "Valletta / Bratislava"),  # tb18_sk_paper
    ("05.12.2024 14:20 | Valletta/Sport", None),                      # a word that is no city
])
def test_two_cities_joined_by_a_slash_after_the_stamps_bar(stamp, place):
    text = ("Denník Východ\nDomov   Slovensko   Zahraničie   Ekonomika\nZahraničie\n\n"
            f"Blanár na Malte: OBSE musí zostať platformou dialógu\n\n{stamp}\n\n"
            "Minister zahraničných vecí vystúpil na zasadnutí Ministerskej rady OBSE na Malte. Organizácia podľa neho "
            "musí zostať miestom dialógu.\n\nBlanár sa stretol s maltským ministrom.\n")
    assert _record(text).place == place


@pytest.mark.parametrize("kind, site", [
    ("Соопштение за печат", "Канцеларија за демократски институции и човекови права"),   # ac1_mk, ODIHR's site
    ("Хабарнома барои матбуот", "Дафтари САҲА дар Тоҷикистон"),                          # ac2_tg, osce.org's old
])
def test_a_press_release_for_the_press_in_the_regions_languages_is_a_content_type(kind, site):
    headline = "Мисијата одржа обука за новинари за известување за изборите во земјата"
    text = (f"OSCE\n{site}\n\n{kind}\n\n{headline}\n\nСкопје, 9 мај 2024 – Мисијата одржа обука за новинари.\n\n"
            "Обуката ја водеа искусни новинари од регионот.\n")
    record = _record(text)
    assert (record.title, record.content_type) == (headline, "Press release")


@pytest.mark.parametrize("link", ["Sign in", "Log in"])
def test_an_account_link_over_a_tag_and_the_headline_is_no_heading(link):
    # "Sign in" / "Tajikistan" / headline (ac1_en, tb19_en_agg): the link's "in" glued it to the tag for the title
    text = ("Humanitarian Wire\nNews from the field, every day\nUpdates   Countries   Organizations   Topics   Jobs\n"
            f"{link}\n\nMoldova\n\nOSCE Mission supports training of border police in the Transdniestrian region\n\n"
            "Format: News\nSource: OSCE\nPosted: 12 Sep 2023\n\nCHISINAU, 11 September 2023 – The OSCE Mission to "
            "Moldova organized a training course for border police officers.\n\nTwenty officers took part.\n")
    assert _record(text).title == "OSCE Mission supports training of border police in the Transdniestrian region"


def test_a_breadcrumb_with_runs_of_spaces_and_long_parts_is_no_title():
    # osce.org's current layout in Tajik and Kyrgyz (ac3_tg, ac2_ky): "  /  " between four parts, two of five words
    text = ("OSCE\nOrganization for Security and Co-operation in Europe\n"
            "Who we are   What we do   Where we are   Newsroom   Resources\n"
            "Саҳифаи асосӣ  /  Мо дар куҷо кор мекунем  /  Дафтари барномавии САҲА дар Душанбе  /  Ахбор\n\n"
            "Дафтари барномавии САҲА дар Душанбе\nХабар\n\n"
            "Дар Хоруғ маркази машваратии занони соҳибкор ифтитоҳ ёфт\n\n8 июни 2023\nХоруғ, Тоҷикистон\n\n"
            "Дафтари барномавии САҲА дар Душанбе якҷоя бо ассотсиатсия дар Хоруғ марказ кушод.\n\n"
            "Марказ ба занон дар тартиб додани нақшаи тиҷоратӣ кӯмак мекунад.\n")
    record = _record(text)
    assert (record.title, record.place) == ("Дар Хоруғ маркази машваратии занони соҳибкор ифтитоҳ ёфт", "Хоруғ")


@pytest.mark.parametrize("line, place, agency", [
    ("Bisjkek (NTB-AFP-Reuters): Presidentene signerte torsdag en avtale.", "Bisjkek", "NTB-AFP-Reuters"),  # ac2_no
    ("Astana (Ritzau-AFP): Valgobservatører fra OSCE siger.", "Astana", "Ritzau-AFP"),              # tb20_da_agency
])
def test_a_mixed_case_city_and_an_agencies_chain_before_a_colon(line, place, agency):
    dateline = parse_dateline(line)
    assert dateline is not None and (dateline.places, dateline.agency) == ((place,), agency)


@pytest.mark.parametrize("line", ["Reuters (AFP): The observers said", "Stockholm (TT): Osses ministerråd"])
def test_no_mixed_case_dateline_of_one_agency_before_a_colon(line):
    assert parse_dateline(line) is None
