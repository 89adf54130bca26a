"""Page shapes a new OSCE-related site would have, none of them in the shared folders (issue 11).

Every page here is written by us (facts may be real, sentences are ours), in shapes the
shared pages do not show but sites in the OSCE's languages use: numeric and year-first
datelines, datelines in Greek, Armenian and Georgian script, publication chrome in many
languages ("Published:", "Опубликовано", "Veröffentlicht am"), RSS times, consent walls,
feed headers, search views, a news agency after a byline, an OSCE document's header.
Each test failed before the rule it checks was written.
"""
from __future__ import annotations

import datetime as dt

import pytest

from osce_kg.loader.extract import read_text
from osce_kg.loader.extract.dates import find_date_span, month_number, parse_date, site_timestamp
from osce_kg.loader.extract.datelines import parse_dateline, title_case
from osce_kg.loader.extract.layouts import choose_title, is_chrome, is_search_chrome

D = dt.date


def _one(text: str):
    doc = read_text(text, "page.txt")
    assert len(doc.records) == 1
    return doc.records[0]


# ----------------------------------------------------------------- dates

@pytest.mark.parametrize("text, date", [
    ("12 de marzo de 2024", D(2024, 3, 12)),                 # Spanish, Portuguese, Catalan "de"
    ("1 d'octubre de 2023", D(2023, 10, 1)),
    ("2024. március 12.", D(2024, 3, 12)),                    # Hungarian, year first
    ("2024 m. kovo 12 d.", D(2024, 3, 12)),                   # Lithuanian
    ("2024. gada 12. martā", D(2024, 3, 12)),                 # Latvian, locative month
    ("2024 წლის 12 მარტი", D(2024, 3, 12)),                   # Georgian
    ("12 მარტს 2024", D(2024, 3, 12)),                        # Georgian dative
    ("2024 թ. մարտի 12", D(2024, 3, 12)),                     # Armenian
    ("12 Μαρτίου 2024", D(2024, 3, 12)),
    ("2024 жылғы 12 наурыз", D(2024, 3, 12)),                 # Kazakh
    ("2024.03.12.", D(2024, 3, 12)),                          # numeric, year first
    ("2024/03/12", D(2024, 3, 12)),
    ("12-03-2024", D(2024, 3, 12)),
    ("03/25/2024", D(2024, 3, 25)),                           # only the first number can be the month
    ("12/03/2024", D(2024, 3, 12)),                           # ambiguous: day first, as the region writes
    ("14 desember 2023", D(2023, 12, 14)),                    # Norwegian
    ("5 ġunju 2022", D(2022, 6, 5)),                          # Maltese
])
def test_dates_in_more_shapes(text, date):
    assert parse_date(text) == (date, True)
    span = find_date_span(f"Seen {text} here")
    assert span is not None and span[2] == date


@pytest.mark.parametrize("text", ["in 2024 twelve members joined", "2019 12 members", "version 2.3.2024x"])
def test_not_dates(text):
    assert parse_date(text)[0] is None


@pytest.mark.parametrize("word, month", [("სექტემბრის", 9), ("იანვარს", 1), ("მაისი", 5), ("օգոստոսի", 8),
                                         ("հունվար", 1), ("martā", 3), ("ýanwar", 1), ("març", 3)])
def test_more_month_names(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize("line, date", [
    ("Published: 12.03.2024", D(2024, 3, 12)),
    ("Posted on March 12, 2024 by admin", D(2024, 3, 12)),
    ("Опубликовано 12 марта 2024, 14:35", D(2024, 3, 12)),
    ("Опубліковано 12 березня 2024", D(2024, 3, 12)),
    ("Veröffentlicht am 12.03.2024 um 14:35 Uhr", D(2024, 3, 12)),
    ("Publié le 12 mars 2024 à 14h35", D(2024, 3, 12)),
    ("Pubblicato il 12/03/2024", D(2024, 3, 12)),
    ("Publikuar më 12 mars 2024", D(2024, 3, 12)),
    ("Opublikowano: 12 marca 2024", D(2024, 3, 12)),
    ("Yayınlanma tarihi: 12.03.2024", D(2024, 3, 12)),
    ("Fri, 14 Jun 2024 10:00:00 +0000", D(2024, 6, 14)),      # RSS's RFC 822 time
    ("12.03.2024 u 14:35", D(2024, 3, 12)),
])
def test_publication_chrome(line, date):
    assert site_timestamp(line) == date


@pytest.mark.parametrize("line", [
    "Last updated: 12.03.2024",                               # an edit stamp, not publication
    "Published in 2003, the report was read by 12 March 2004 in every capital of the region",
    "Posted on",
])
def test_not_publication_chrome(line):
    assert site_timestamp(line) is None


# ----------------------------------------------------------------- datelines

@pytest.mark.parametrize("line, places, date, agency", [
    ("TIRANA, 14.03.2024 – The Presence said", ("Tirana",), D(2024, 3, 14), None),
    ("Sarajevo, 26.11.2025. - Misija je", ("Sarajevo",), D(2025, 11, 26), None),
    ("DUSHANBE, 2024-05-07 – Border officers", ("Dushanbe",), D(2024, 5, 7), None),
    ("BUDAPEST, 2024. március 12. – Az EBESZ", ("Budapest",), D(2024, 3, 12), None),
    ("VILNIUS, 2024 m. kovo 12 d. – ESBO", ("Vilnius",), D(2024, 3, 12), None),
    ("ΑΘΗΝΑ, 12 Μαρτίου 2024 – Ο Γενικός", ("Αθηνα",), D(2024, 3, 12), None),
    # Armenian capitals have no "և": the place in title case is "Երևան" (round 4)
    ("ԵՐԵՎԱՆ, 12 մարտի 2024 – ԵԱՀԿ", ("Երևան",), D(2024, 3, 12), None),
    ("თბილისი, 12 მარტი 2024 – ეუთოს", ("თბილისი",), D(2024, 3, 12), None),
    ("Москва, 12 марта 2024 – Генеральный секретарь", ("Москва",), D(2024, 3, 12), None),
    ("МОСКВА, 12 марта 2024. /ТАСС/. Генеральный", ("Москва",), D(2024, 3, 12), "ТАСС"),
    ("KYIV, 12 March 2015 /UNN/ - Monitors", ("Kyiv",), D(2015, 3, 12), "UNN"),
])
def test_datelines_in_more_shapes(line, places, date, agency):
    d = parse_dateline(line)
    assert d is not None, line
    assert (d.places, d.date, d.agency) == (places, date, agency)


@pytest.mark.parametrize("line", ["Friday, 21.03.2014 – the session", "Freitag, 21.03.2014 – Sitzung",
                                  "Пятница, 21.03.2014 – заседание"])
def test_a_weekday_is_not_a_place(line):
    assert parse_dateline(line) is None


def test_georgian_places_keep_their_letters():
    assert title_case("თბილისი") == "თბილისი"             # no Mtavruli capital put in front


def test_pages_with_numeric_and_script_datelines():
    record = _one("OSCE office trains judges in Vlora\n\nTIRANA, 14.03.2024 – The OSCE Presence in Albania "
                  "held a two-day training for judges on hate crime cases this week in the south.\n")
    assert (record.date, record.place) == (D(2024, 3, 14), "Tirana")
    record = _one("ԵԱՀԿ առաքելությունը Երևանում\n\nԵՐԵՎԱՆ, 12 մարտի 2024 – ԵԱՀԿ գլխավոր քարտուղարը "
                  "այցելեց Երևան և հանդիպեց արտաքին գործերի նախարարի հետ երկկողմ հարցերի շուրջ։\n")
    assert (record.title, record.date) == ("ԵԱՀԿ առաքելությունը Երևանում", D(2024, 3, 12))


def test_a_tass_style_agency_is_the_source():
    record = _one("Генсек ОБСЕ прибыл в Москву\n\nМОСКВА, 12 марта 2024. /ТАСС/. Генеральный секретарь "
                  "ОБСЕ прибыл в Москву для переговоров с министром иностранных дел.\n")
    assert record.place == "Москва" and record.source == "TASS"


# ----------------------------------------------------------------- chrome and titles

@pytest.mark.parametrize("line", ["Accept all", "Reject All", "Manage preferences", "We value your privacy",
                                  "Alle akzeptieren", "Tout refuser", "Принять все", "Prihvati sve",
                                  "Reset search", "Réinitialiser la recherche", "Search results for: OSCE",
                                  "51 Résultats", "1 234 results", "Filter by"])
def test_consent_and_search_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["Search for missing persons goes on in Kosovo", "OSCE accepts new members",
                                  "Results of the election announced", "Accept all refugees, says minister"])
def test_headlines_are_not_chrome(line):
    assert not is_chrome(line) and not is_search_chrome(line)


def test_a_consent_wall_above_the_headline():
    record = _one("We value your privacy\n"
                  "We and our partners use technologies to store and access information on your device.\n"
                  "Accept all\nReject all\nManage preferences\n"
                  "OSCE envoy urges calm in Gorno-Badakhshan\n\n"
                  "DUSHANBE, 3 June 2022 – The OSCE special envoy called on all sides to show restraint "
                  "and to keep channels open.\n")
    assert record.title == "OSCE envoy urges calm in Gorno-Badakhshan"
    assert (record.date, record.place) == (D(2022, 6, 3), "Dushanbe")


def test_a_feed_header_shares_no_word_with_the_text():
    record = _one("RSS Feed\nLatest news from our partners\nSubscribe\n"
                  "OSCE mission marks 25 years in Skopje\nFri, 14 Jun 2024 10:00:00 +0000\n\n"
                  "The OSCE Mission to Skopje marked its 25th anniversary with a conference attended "
                  "by the President and ministers.\n")
    assert (record.title, record.date) == ("OSCE mission marks 25 years in Skopje", D(2024, 6, 14))


def test_a_heading_with_a_number_stays_the_title():
    assert choose_title(["Permanent Council No. 1400, Vienna, 2 May 2024", "EU Statement on Europe"],
                        lead="The European Union's statement on Europe") \
        == "Permanent Council No. 1400, Vienna, 2 May 2024"
    assert choose_title(["Latest news from our partners", "EU Statement on Europe"],
                        lead="The European Union's statement on Europe") == "EU Statement on Europe"


def test_a_search_view_has_no_title():
    record = _one("Réinitialiser la recherche\nRecherche:\n\nContenu\nActeurs\n\n12 Résultats\n\n"
                  + "Lors de la session d'automne, le Conseil national a débattu du rapport annuel de la "
                    "délégation auprès de l'Assemblée parlementaire de l'OSCE et de ses priorités. " * 2 + "\n")
    assert record.title is None


def test_an_agency_after_a_byline_is_the_source():
    record = _one("OSCE envoy visits border posts\n\nASTANA, March 3\n\nBy Anna Petrova - Kazinform:\n\n"
                  "The OSCE Programme Office in Astana handed over equipment to border posts in the south.\n")
    assert record.source == "Kazinform" and not record.source_inferred
    record = _one("OSCE envoy visits border posts\n\nBy Anna Petrova - Senior Editor\n\n"
                  "The OSCE Programme Office in Astana handed over equipment to border posts in the south.\n")
    assert record.source != "Senior Editor"


# ----------------------------------------------------------------- OSCE documents, late headlines

def test_an_osce_document_header_run_into_its_title():
    record = _one("PC.DEL/245/24 12 March 2024 ENGLISH Original: GERMAN Statement by the Delegation of "
                  "Austria on the situation in the region 1465th Plenary Meeting of the Permanent Council "
                  "Mr. Chair, Austria aligns itself with the statement made on behalf of the European Union "
                  "and would like to add a few remarks in its national capacity.\n")
    assert record.title == "Statement by the Delegation of Austria on the situation in the region"
    assert record.date == D(2024, 3, 12)


def test_an_osce_document_header_on_lines_of_its_own():
    record = _one("SEC.GAL/12/24\n4 April 2024\n\nOSCE+\nENGLISH only\n\n"
                  "Report of the Secretary General on the implementation of the action plan\n\n"
                  "1. Introduction. The report covers the period from January to March and lists the work "
                  "done by the executive structures in that time.\n")
    assert record.title == "Report of the Secretary General on the implementation of the action plan"
    assert record.date == D(2024, 4, 4)


def test_a_headline_printed_after_the_text():
    record = _one("VIENNA, 5 May 2015 -- The leaders of the OSCE Parliamentary Assembly gathered in Vienna "
                  "for a meeting of the Bureau, heard reports on recent election observation and agreed "
                  "the agenda of the annual session.\n"
                  "Parliamentary Assembly leaders gather in Vienna\n"
                  "Jane Roe\nPress officer\n")
    assert record.title == "Parliamentary Assembly leaders gather in Vienna"
    assert (record.date, record.place) == (D(2015, 5, 5), "Vienna")


def test_no_late_headline_from_an_unrelated_line():
    record = _one("VIENNA, 5 May 2015 -- The leaders of the OSCE Parliamentary Assembly gathered in Vienna "
                  "for a meeting of the Bureau and agreed the agenda of the annual session.\n"
                  "Follow us on social networks today\n")
    assert record.title is None


# ----------------------------------------------------------------- inferred issuers in other languages

@pytest.mark.parametrize("title, language, body", [
    ("Izjava Misije OEBS-a u Srbiji o napadu na novinare", "sr-Latn", "OSCE Mission to Serbia"),
    ("Deklaratë e Prezencës së OSBE-së në Shqipëri për zgjedhjet", "sq", "OSCE Presence in Albania"),
    ("Заява Спеціальної моніторингової місії ОБСЄ щодо ситуації", "uk",
     "OSCE Special Monitoring Mission to Ukraine"),
    ("Déclaration du Représentant de l’OSCE pour la liberté des médias sur la loi", "fr",
     "OSCE Representative on Freedom of the Media"),
    ("OSCE/ODIHR Director concludes visit to Georgia", "en",
     "OSCE Office for Democratic Institutions and Human Rights"),
    ("Press release by the OSCE Mission to Moldova on the talks", "en", "OSCE Mission to Moldova"),
    # a ministry's own statement names the ministry on any site (lead decision 1, session 11; State organs
    # stay out of organizations, not of the source)
    ("Заявление МИД России о работе ОБСЕ", "ru", "Ministry of Foreign Affairs of the Russian Federation"),
    ("Izjava ministra o misiji OEBS u Srbiji", "sr-Latn", None),  # the mission is the topic
])
def test_statement_headlines_in_other_languages(title, language, body):
    from osce_kg.loader.extract.issuer import infer_source
    from osce_kg.loader.extract.mentions import WHOLE_OSCE
    from osce_kg.loader.reference import reference

    assert infer_source(title, "press_release", None, reference(), WHOLE_OSCE, language) == body


# ----------------------------------------------------------------- news agencies' datelines

BODY = ("The OSCE Mission said the talks between the parties would continue next week in the capital, "
        "officials told reporters.\n")


@pytest.mark.parametrize("text, place, date, source", [
    # German and Austrian agencies: mixed-case place, the agency in brackets, no date
    ("OSZE warnt vor Eskalation\n\nWien (XYZ) - Die OSZE hat am Dienstag alle Seiten zur Zurückhaltung "
     "aufgerufen und Gespräche angeboten.\n", "Wien", None, "XYZ"),
    # Russian agencies: "Place. Day month. AGENCY.RU -"
    ("ОБСЕ призвала к сдержанности\n\nМосква. 12 марта 2024 года. INTERFAX.RU - Организация призвала все "
     "стороны к сдержанности и диалогу.\n", "Москва", D(2024, 3, 12), "Interfax"),
    ("Миссия ОБСЕ провела семинар\n\nБишкек. 12 марта 2024 года. - Центр ОБСЕ провел семинар для "
     "журналистов о безопасности.\n", "Бишкек", D(2024, 3, 12), None),
    ("OSCE envoy arrives in Baku\n\nBaku, March 12, 2024 (XYZ). " + BODY, "Baku", D(2024, 3, 12), "XYZ"),
    ("OSCE trains customs officers\n\n12 March 2024, Bishkek – The OSCE Programme Office in Bishkek "
     "trained customs officers on risk analysis.\n", "Bishkek", D(2024, 3, 12), None),
])
def test_agency_datelines(text, place, date, source):
    record = _one(text)
    assert (record.place, record.date, record.source) == (place, date, source)


def test_a_mixed_case_place_without_date_or_agency_is_no_dateline():
    record = _one("Talks go on\n\nWien - Die Gespräche gehen weiter, sagte ein Sprecher am Dienstag in der "
                  "Hauptstadt und fügte hinzu, dass die OSZE bereit sei zu helfen.\n")
    assert record.place is None


@pytest.mark.parametrize("label, value, source", [
    ("Źródło: ", "Agencja XYZ", "Agencja XYZ"), ("Burimi: ", "Agjencia XYZ", "Agjencia XYZ"),
    ("Kaynak: ", "Anadolu Ajansı", "Anadolu Agency"),
    ("Source\n", "OSCE", "Organization for Security and Co-operation in Europe"),     # an aggregator's block
])
def test_source_labels_in_more_languages(label, value, source):
    record = _one("OSCE calls for dialogue in the region\n\n" + BODY + label + value + "\n")
    assert record.source == source and not record.source_inferred


def test_a_bare_source_word_before_a_paragraph_is_not_a_label():
    record = _one("OSCE calls for dialogue in the region\n\n" + BODY + "Source\n" + BODY.strip() * 2 + "\n")
    assert record.source is None


def test_an_aggregator_block_original_date_wins_over_its_posting():
    record = _one("Ukraine\nOSCE monitors report calm in the east\nFormat\nSituation Report\nSource\nOSCE\n"
                  "Posted\n13 Mar 2024\nOriginally published\n12 Mar 2024\nOrigin\nView original\n\n" + BODY)
    assert record.title == "OSCE monitors report calm in the east"
    assert record.date == D(2024, 3, 12)


# ----------------------------------------------------------------- more chrome

@pytest.mark.parametrize("line", ["Home » News » World", "Главная / Новости / В мире", "News › Europe › Balkans",
                                  "Share", "Tweet", "Copy link", "Listen to this article", "3 min read",
                                  "Reading time: 4 minutes", "Podijeli"])
def test_breadcrumbs_and_share_buttons_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["OSCE/ODIHR opens office in Warsaw", "Kosovo / Serbia: talks resume in Brussels",
                                  "Share of women in parliament grows"])
def test_headlines_with_a_slash_are_not_chrome(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("meta, date", [
    ("12 March 2024 | 14:35 | Politics", D(2024, 3, 12)),
    ("Politika • 12.03.2024 • 14:35", D(2024, 3, 12)),
    ("Tuesday, 12 March 2024 14:35", D(2024, 3, 12)),
    ("March 12, 2024 at 2:35 pm", D(2024, 3, 12)),
])
def test_meta_lines_under_the_headline(meta, date):
    record = _one("Home » News » World\nShare\nOSCE calls for dialogue in the region\n" + meta + "\n\n" + BODY)
    assert (record.title, record.date) == ("OSCE calls for dialogue in the region", date)


# ----------------------------------------------------------------- an HTML page's own title

HTML = """<!DOCTYPE html><html><head>{head}</head><body>
<header><p>Mission News Service</p></header>
<h2>Mission trains judges in Vlora</h2>
<p>TIRANA, 14 March 2024 – The mission held a two-day training for judges on hate crime cases, the
news service of the mission reported.</p></body></html>"""


@pytest.mark.parametrize("head, title", [
    ('<meta property="og:title" content="Mission trains judges in Vlora"><title>x</title>',
     "Mission trains judges in Vlora"),
    ("<title>Mission trains judges in Vlora | Mission News Service</title>", "Mission trains judges in Vlora"),
    ("<title>Mission News Service – Mission trains judges in Vlora</title>", "Mission trains judges in Vlora"),
    ("", "Mission News Service"),                   # no hint: the first heading, as before
    ("<title>Something else entirely here</title>", "Mission News Service"),   # a hint names no heading
])
def test_the_html_title_names_the_heading(head, title):
    doc = read_text(HTML.format(head=head), "page.html")
    assert doc.records[0].title == title
    assert doc.records[0].date == D(2024, 3, 14)


# ----------------------------------------------------------------- news sites' date lines

@pytest.mark.parametrize("line", [
    "12. März 2024, 14:35",                             # German, Serbian, Polish day with a dot
    "12.03.2024 14.35",
    "14:35 12.03.2024 (обновлено: 15:00 12.03.2024)",   # time first, an update stamp in brackets
    "12 March 2024 14:35 (UTC+04:00)",
    "уторак, 12. мар 2024, 14:35",
    "14:35, 12 марта 2024",
    "Publié le : 12/03/2024 - 14:35",
    "Publié le 12 mars 2024 à 14h35, modifié le 12 mars 2024 à 16h00",
    "Posted by admin on March 12, 2024",
])
def test_news_site_date_lines(line):
    assert site_timestamp(line) == D(2024, 3, 12)


@pytest.mark.parametrize("meta", ["Agenda.ge, 12 Mar 2024 - 14:35", "By Jane Roe | March 12, 2024"])
def test_a_date_in_a_site_or_byline_line(meta):
    record = _one("OSCE envoy meets minister\n" + meta + "\n\n" + BODY)
    assert (record.title, record.date) == ("OSCE envoy meets minister", D(2024, 3, 12))


def test_an_agency_after_a_comma_in_the_dateline():
    record = _one("OSCE envoy meets minister\n\nBaku, March 12, 2024, AZERTAC. " + BODY)
    assert (record.place, record.date, record.source) == ("Baku", D(2024, 3, 12), "Azertac")


# ----------------------------------------------------------------- more languages are read, not rejected

@pytest.mark.parametrize("text, tag", [
    ("A magyar kormány és az EBESZ közötti tárgyalások már hetek óta tartanak, és a felek szerint lassan haladnak.",
     "hu"),
    ("Vláda a OBSE se dohodly, že na jaře bude v Praze konference o bezpečnosti, která také projedná volby.", "cs"),
    ("Vyriausybė ir ESBO susitarė, kad pavasarį bus surengta konferencija apie saugumą ir rinkimus.", "lt"),
    ("Valdība un EDSO vienojās, ka pavasarī tiks rīkota konference par drošību un arī par vēlēšanām.", "lv"),
    ("Regeringen och OSSE har kommit överens om att en konferens om säkerhet ska hållas i vår.", "sv"),
    ("O governo e a OSCE acordaram que uma conferência sobre segurança será realizada na primavera.", "pt"),
])
def test_more_languages_are_read(text, tag):
    from osce_kg.loader.extract.language import detect_language

    assert detect_language(text) == (tag, "")


def test_a_hungarian_release():
    record = _one("Az EBESZ főtitkára Budapesten\n\nBUDAPEST, 2024. március 12. – Az EBESZ főtitkára Budapestre "
                  "látogatott, és a külügyminiszterrel a kétoldalú kérdésekről tárgyalt, mint azt a minisztérium "
                  "közölte.\n")
    assert (record.title, record.date, record.place) == ("Az EBESZ főtitkára Budapesten", D(2024, 3, 12), "Budapest")


@pytest.mark.parametrize("word", ["Suche", "Поиск", "Pretraga", "Kërko", "Szukaj", "Search"])
def test_a_search_link_in_the_header_keeps_the_title(word):
    record = _one(f"Balkan Daily\n{word}\nOSCE calls for dialogue in the region\n\n"
                  "The OSCE called for dialogue between the parties in the region, officials said today.\n")
    assert record.title == "OSCE calls for dialogue in the region"


@pytest.mark.parametrize("meta", [
    "Report from Organization for Security and Co-operation in Europe Published on 12 Mar 2024 — View Original",
    "News and Press Release from OSCE\nPublished on 12 Mar 2024",
])
def test_an_aggregators_from_line_names_the_issuer(meta):
    record = _one("Ukraine\nOSCE monitors report calm in the east\n" + meta + "\n\n" + BODY)
    assert record.title == "OSCE monitors report calm in the east"
    assert (record.date, record.source) == (D(2024, 3, 12), "Organization for Security and Co-operation in Europe")
    assert not record.source_inferred


def test_a_from_line_naming_no_known_body_is_no_source():
    record = _one("Aid convoy reaches the town\nReport from a local volunteer group\n\n" + BODY)
    assert record.source is None


# ----------------------------------------------------------------- an osce.org section's slug names its body

@pytest.mark.parametrize("url, body", [
    ("https://www.osce.org/office-in-yerevan/123", "OSCE Office in Yerevan"),
    ("https://www.osce.org/minsk-group/108306", "OSCE Minsk Group"),
    ("https://www.osce.org/secretary-general/555", "OSCE Secretariat"),      # a post stands for its body
    ("https://www.osce.org/ru/office-in-baku/1", "OSCE Office in Baku"),
    ("https://mirror.example/centre-in-bishkek/4567", "OSCE Centre in Bishkek"),
    ("https://mirror.example/centre-in-bishkek/about", None),               # a mirror path needs a node id
    ("https://www.osce.org/press-releases", None),
    ("https://www.osce.org/gender-equality/1", None),
])
def test_a_section_slug_names_the_issuer(url, body):
    from osce_kg.loader.extract.issuer import infer_source
    from osce_kg.loader.extract.mentions import WHOLE_OSCE
    from osce_kg.loader.reference import reference

    assert infer_source(None, "press_release", url, reference(), WHOLE_OSCE) == body


def test_an_agency_named_by_its_site_in_the_dateline():
    record = _one("OSCE envoy visits Tbilisi for talks\n12/03/2024 - 14:35\n\n"
                  "Tbilisi, March 12 (Example.ge) - The OSCE special envoy arrived in Tbilisi for talks with "
                  "the government on Tuesday.\n")
    assert (record.place, record.date, record.source) == ("Tbilisi", D(2024, 3, 12), "Example.ge")


# ----------------------------------------------------------------- a field office's own site

def test_a_field_offices_name_in_its_language_above_the_headline():
    record = _one("Программный офис ОБСЕ в Бишкеке\nНовости\nОфис ОБСЕ провел тренинг для журналистов\n"
                  "12 марта 2024\n\nБИШКЕК, 12 марта 2024 г. – Программный офис ОБСЕ в Бишкеке провел тренинг "
                  "для журналистов о выборах.\n")
    assert record.title == "Офис ОБСЕ провел тренинг для журналистов"
    assert (record.date, record.place) == (D(2024, 3, 12), "Бишкек")


@pytest.mark.parametrize("heading, name", [
    ("Misija OEBS-a u Srbiji", True), ("Prezenca e OSBE-së në Shqipëri", True),
    ("Тренинг Офиса ОБСЕ в Бишкеке", False), ("Misija OEBS-a u Srbiji podržala obuku", False),
])
def test_a_heading_that_is_only_a_body_name(heading, name):
    from osce_kg.loader.extract.layouts import _is_name_of_body

    assert _is_name_of_body(heading) is name


def test_a_logo_line_is_not_the_source():
    record = _one("Skip to main content\nOSCE\nMenu\nPress Release\nMission supports training for journalists\n\n"
                  "SKOPJE, 12 March 2024 – The Mission organised a training for journalists on reporting.\n")
    assert record.title == "Mission supports training for journalists"
    assert record.source is None or record.source_inferred


@pytest.mark.parametrize("text, body", [
    ("Misija OEBS-a u Srbiji\nAktivnosti\nMisija OEBS-a u Srbiji radi sa vlastima na reformi policije, izbora "
     "i medija, i ima kancelarije u više gradova.\n", "OSCE Mission to Serbia"),
    ("Программный офис ОБСЕ в Бишкеке\nО нас\nПрограммный офис ОБСЕ в Бишкеке работает с властями по вопросам "
     "безопасности, экономики и прав человека.\n", "OSCE Programme Office in Bishkek"),
])
def test_an_entity_page_in_another_language_is_issued_by_its_body(text, body):
    record = _one(text)
    assert record.title == text.split("\n")[0]           # its short section heading is not the title
    assert (record.kind, record.source, record.source_inferred) == ("field_operation", body, True)


# ----------------------------------------------------------------- the page's own order of numeric dates

@pytest.mark.parametrize("tail, date", [
    ("Updated 03/15/2024\n", D(2024, 3, 4)),        # a date only month-first can read: the page is m/d/y
    ("", D(2024, 4, 3)),                            # nothing says so: day first, as the region writes
    ("Updated 15/03/2024\n", D(2024, 4, 3)),
])
def test_a_pages_numeric_dates_follow_its_own_order(tail, date):
    record = _one("OSCE envoy meets minister\nPosted 03/04/2024\n\n" + BODY + tail)
    assert record.date == date


def test_the_order_is_the_pages_own():
    from osce_kg.loader.extract.dates import NUMERIC_ORDER

    _one("OSCE envoy meets minister\nPosted 03/04/2024\n\n" + BODY + "Updated 03/15/2024\n")
    assert NUMERIC_ORDER.get() == "dmy"              # reset after the page
    assert parse_date("03/04/2024")[0] == D(2024, 4, 3)


@pytest.mark.parametrize("line", ["USD 1.08 EUR 0.92", "€ 1,0850 ▲ $ 1.2400", "Tbilisi +12°C", "EUR/USD 1.0850 +0.12%"])
def test_tickers_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["OSCE budget of EUR 138.2 million approved", "Inflation 3.5% and 4.2% in two years"])
def test_headlines_with_figures_are_not_tickers(line):
    assert not is_chrome(line)


def test_a_ticker_above_the_headline():
    record = _one("USD 1.08 EUR 0.92\nBreaking News\nOSCE envoy visits Tbilisi for talks\nMarch 12, 2024\n\n"
                  "The OSCE special envoy arrived in Tbilisi for talks with the government on Tuesday.\n")
    assert (record.title, record.date) == ("OSCE envoy visits Tbilisi for talks", D(2024, 3, 12))


def test_an_agency_in_mixed_case_after_a_yearless_dateline():
    record = _one("ATƏT nümayəndəsi Bakıya gəlib\n12 mart 2024 14:35\n\nBakı. 12 mart. Trend: ATƏT-in nümayəndəsi "
                  "Bakıya səfər edib və rəsmilərlə görüşüb.\n")
    assert (record.place, record.date, record.source) == ("Bakı", D(2024, 3, 12), "Trend News Agency")


def test_a_delegations_delivery_line():
    record = _one("Response to the Report of the Head of the OSCE Mission to Skopje\n"
                  "As prepared for delivery by Chargé d’Affaires John Doe to the Permanent Council, Vienna, "
                  "March 12, 2024\n\nMadam Chair,\nWe thank the Head of Mission for the report and for the work "
                  "of the Mission in the past year.\n")
    assert record.title == "Response to the Report of the Head of the OSCE Mission to Skopje"
    assert (record.date, record.place) == (D(2024, 3, 12), "Vienna")


def test_published_comes_before_delivered_on():
    record = _one("UK statement on the Mission to Skopje\nFrom: Foreign Office\nPublished 14 March 2024\n"
                  "Delivered on: 12 March 2024\n\nMadam Chair,\nWe thank the Head of Mission for the report.\n")
    assert record.date == D(2024, 3, 14)
    assert site_timestamp("Delivered on: 12 March 2024") == D(2024, 3, 12)


@pytest.mark.parametrize("meta, date", [
    ("Дата на публикуване: 12.03.2024", D(2024, 3, 12)),      # a label of any language by its shape
    ("Yayın tarihi: 12.03.2024 14:35", D(2024, 3, 12)),
    ("Veröffentlichungsdatum: 12. März 2024", D(2024, 3, 12)),
    ("Last modified: 15.03.2024", None),                      # an edit's date is not the page's
    ("Event date: 20.03.2024", None),
    ("Дата изменения: 15.03.2024", None),
])
def test_a_label_line_whose_value_is_a_date(meta, date):
    record = _one("OSCE envoy meets minister in the capital\n" + meta + "\n\n" + BODY)
    assert record.title == "OSCE envoy meets minister in the capital"
    assert record.date == date


def test_a_page_about_privacy_keeps_its_opening_paragraph():
    text = ("ODIHR supports participating States in protecting the right to privacy and personal data in "
            "elections, including the data protection rules for voter lists.\n"
            "The Office published guidance for election administrations in the region on this topic.\n")
    record = _one(text)
    assert record.body.startswith("ODIHR supports participating States")


def test_short_lines_of_the_text_are_not_breadcrumbs_or_tickers():
    record = _one("Mission marks anniversary in the region\n\nSKOPJE, 12 March 2024 – The Mission marked its "
                  "anniversary with partners from across the region.\nAlbania / Kosovo / Serbia\n"
                  "EUR 1.2 million, USD 1.5 million\n")
    assert "Albania / Kosovo / Serbia" in record.body and "EUR 1.2 million" in record.body
    assert {"Albania", "Serbia"} <= set(record.states)
