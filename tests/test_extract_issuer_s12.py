"""Issue 11, session 12 (S): the issuing body on foreign ministries' pages and the Chairpersonship's section (line ad's
mfa shape, source 0.4 as it came), each rule needed by pages of two sources at least (line ad's and line sc's pages,
tests/fixtures/own_pages, and the texts below)."""
from __future__ import annotations

import pytest
from own_pages import FOLDER

from osce_kg.loader.extract import read_document, read_text


def _source(name: str) -> tuple[str | None, bool]:
    record = read_document(FOLDER / name).records[0]
    return record.source, bool(record.source_inferred)


def _text(text: str) -> tuple[str | None, bool]:
    record = read_text(text, "page.txt").records[0]
    return record.source, bool(record.source_inferred)


_BODY = ("The ministry notes the decision of the participating States with regret and calls for a swift agreement.\n"
         "It reaffirms its support for the work of the Organization's institutions and field operations.\n")


# ------------------------------------------------------------- a ministry's own statement, its headline saying so

@pytest.mark.parametrize("name, ministry", [
    ("ad1_el.txt", "Ministry of Foreign Affairs of Greece"),       # "Ανακοίνωση του Υπουργείου Εξωτερικών σχετικά"
    ("ad2_ka.txt", "Ministry of Foreign Affairs of Georgia"),  # "საქართველოს საგარეო საქმეთა სამინისტროს განცხადება"
    ("sc1_lt.txt", "Ministry of Foreign Affairs of Lithuania"),    # "Užsienio reikalų ministerijos pareiškimas dėl"
    ("sc1_ru.txt", "Ministry of Foreign Affairs of Kazakhstan"),   # "Заявление Министерства иностранных дел Республики"
    ("sc1_hr.txt", "Ministry of Foreign and European Affairs of Croatia"),    # "Izjava Ministarstva vanjskih i ..."
    ("sc1_pt.txt", "Ministry of Foreign Affairs of Portugal"),     # "Comunicado do Ministério dos Negócios"
    ("sc1_uk.txt", "Ministry of Foreign Affairs of Ukraine"),      # "Заява МЗС України щодо" on an agency's site
])
def test_a_ministrys_own_statement_names_the_ministry_inferred(name, ministry):
    assert _source(name) == (ministry, True)


@pytest.mark.parametrize("masthead, headline, ministry", [
    ("Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky\nSK | EN\n",
     "Vyhlásenie Ministerstva zahraničných vecí a európskych záležitostí k rozhodnutiu Stálej rady OBSE",
     "Ministry of Foreign and European Affairs of Slovakia"),
    ("Ministerstwo Spraw Zagranicznych\nRzeczpospolita Polska\nPL | EN\n",
     "Oświadczenie Ministerstwa Spraw Zagranicznych w sprawie budżetu OBWE", "Ministry of Foreign Affairs of Poland"),
    ("Ministry of Foreign Affairs of Armenia\nHY | EN\n",
     "Statement by the Ministry of Foreign Affairs of Armenia on the OSCE Permanent Council's decision",
     "Ministry of Foreign Affairs of Armenia"),
    ("Dışişleri Bakanlığı\nTürkiye Cumhuriyeti\nTR | EN\n",
     "Dışişleri Bakanlığı açıklaması: AGİT Daimi Konseyi kararı hakkında", "Ministry of Foreign Affairs of Türkiye"),
])
def test_a_ministrys_statement_headline_in_more_languages(masthead, headline, ministry):
    assert _text(f"{masthead}{headline}\n12.03.2024\n{_BODY}") == (ministry, True)


@pytest.mark.parametrize("headline", [
    "Minister Blanár rokoval vo Viedni s generálnym tajomníkom OBSE",
    "Ministerstvo zahraničných vecí privítalo delegáciu OBSE",          # the ministry did, it made no statement
])
def test_a_ministrys_report_names_no_issuer(headline):
    page = f"Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky\nSK | EN\n{headline}\n" \
           f"12.03.2024\n{_BODY}"
    assert _text(page) == (None, False)
    for name in ("sc4_sk.txt", "sc4_de.txt"):
        assert _source(name) == (None, False)


def test_a_statement_of_an_osce_body_on_a_ministrys_site_names_the_body():
    page = ("Міністерство закордонних справ України\nUA | EN\n"
            "Заява Спеціальної моніторингової місії ОБСЄ щодо обстрілу поблизу Авдіївки\n12.03.2017\n" + _BODY)
    assert _text(page) == ("OSCE Special Monitoring Mission to Ukraine", True)


# ------------------------------------------------------------- a press-release header in the page's language

@pytest.mark.parametrize("name, ministry", [
    ("ad1_mt.txt", "Ministry for Foreign and European Affairs and Trade of Malta"),   # "Stqarrija għall-istampa mill-"
    ("sc2_es.txt", "Ministry of Foreign Affairs, European Union and Cooperation of Spain"),  # "Comunicado de prensa"
    ("sc2_ro.txt", "Ministry of Foreign Affairs of Moldova"),      # "Comunicat de presă al Ministerului Afacerilor"
    ("sc2_sl.txt", "Ministry of Foreign and European Affairs of Slovenia"),   # "Sporočilo za javnost Ministrstva za"
])
def test_a_press_release_header_names_the_ministry_explicitly_and_is_no_title(name, ministry):
    assert _source(name) == (ministry, False)
    header = next(ln for ln in (FOLDER / name).read_text(encoding="utf-8").splitlines() if "inist" in ln and (
        "presă" in ln or "prensa" in ln or "javnost" in ln or "istampa" in ln))
    assert read_document(FOLDER / name).records[0].title != header


@pytest.mark.parametrize("header, ministry", [
    ("Comunicado de imprensa do Ministério dos Negócios Estrangeiros", "Ministry of Foreign Affairs of Portugal"),
    ("Nota de prensa del Ministerio de Asuntos Exteriores", "Ministry of Foreign Affairs, European Union and "
                                                             "Cooperation of Spain"),
    ("Preasráiteas ón Roinn Gnóthaí Eachtracha", "Department of Foreign Affairs of Ireland"),
])
def test_a_press_release_header_in_more_languages(header, ministry):
    page = f"Government\nHome | News\n{header}\nA minister met the OSCE Secretary General today\n12.03.2024\n{_BODY}"
    lang = {"Comunicado de imprensa": "pt", "Nota de prensa": "es", "Preasráiteas": "ga"}
    from osce_kg.loader.extract.issuer import press_service_source
    from osce_kg.loader.reference import reference
    code = next(v for k, v in lang.items() if header.startswith(k))
    assert press_service_source(page, reference(), code) == ministry


# ------------------------------------------------------------- the Chairpersonship's section on the OSCE's site

@pytest.mark.parametrize("name", ["ad1_it.txt", "sc3_es.txt", "sc3_de.txt"])
def test_the_chairpersonships_section_by_its_states_adjective_and_year(name):
    assert _source(name) == ("OSCE Chairpersonship", True)


def test_the_chairpersonships_section_only_on_the_osces_site():
    page = ("Organisation für Sicherheit und Zusammenarbeit in Europa\nOSZE\n"
            "Über uns | Vorsitz | Institutionen | Feldoperationen | Presse | Dokumente | Kontakt\n"
            "English | Русский | Deutsch | Français\nSchweizer OSZE-Vorsitz 2014\nPressemitteilung\n"
            "Burkhalter fordert in Kiew einen nationalen Dialog aller Regionen\n"
            "KIEW, 3. März 2014 – Der Amtierende Vorsitzende der OSZE, Bundespräsident Didier Burkhalter, hat heute "
            "in Kiew Gespräche mit der Übergangsregierung geführt.\nEr rief zu einem Dialog auf, der alle Regionen "
            "des Landes einbezieht.\nDruckversion | Per E-Mail senden\nNutzungsbedingungen | © 1995-2014 OSZE\n")
    assert _text(page) == ("OSCE Chairpersonship", True)
    paper = page.replace("Organisation für Sicherheit und Zusammenarbeit in Europa\nOSZE\n", "Tages-Anzeiger\n") \
        .replace("© 1995-2014 OSZE", "© 2014 Tamedia")
    assert _text(paper) == (None, False)


# ------------------------------------------------------------- (round 1, after line sc's set sc5 and T's line tc3)

@pytest.mark.parametrize("name, ministry", [
    ("tc3_en_dfa.txt", "Department of Foreign Affairs of Ireland"),   # "Press release from the Department of ..."
    ("tc3_hr_mvep.txt", "Ministry of Foreign and European Affairs of Croatia"),    # "Priopćenje za medije ..."
    ("tc3_it_mae.txt", "Ministry of Foreign Affairs and International Cooperation of Italy"),  # "Comunicato stampa"
])
def test_a_press_release_header_of_more_ministries(name, ministry):
    assert _source(name) == (ministry, False)


def test_a_capital_dotted_i_does_not_hide_a_ministrys_name():
    # "Xarici İşlər Nazirliyinin Mətbuat xidməti": "İ".lower() is "i" and a combining dot (sc5_az, the ministry's
    # press-service signature closing its page)
    assert _source("sc5_az.txt") == ("Ministry of Foreign Affairs of Azerbaijan", False)
    page = ("Azərbaycan Respublikası\nXəbərlər | Siyasət\nNazir ATƏT-in Baş katibi ilə görüşüb\n17 fevral 2025\n"
            "Nazir Vyanada ATƏT-in Baş katibi ilə görüşüb və sülh prosesini müzakirə edib.\n"
            "Tərəflər təşkilatın regiondakı fəaliyyətini də müzakirə ediblər.\nXİN-in Mətbuat xidməti\n")
    assert _text(page) == ("Ministry of Foreign Affairs of Azerbaijan", False)


@pytest.mark.parametrize("name, body", [
    ("sc5_fr.txt", "OSCE High Commissioner on National Minorities"),     # "Accueil / Haut-Commissaire pour les ..."
    ("sc6_es.txt", "OSCE Mission to Moldova"),                           # "Inicio > Misión de la OSCE en Moldavia >"
    ("sc6_it.txt", "OSCE Office for Democratic Institutions and Human Rights"),   # (ODIHR's Italian name: eb21474)
])
def test_osce_orgs_masthead_over_a_breadcrumb_naming_the_section_is_no_feed_line(name, body):
    # the OSCE's name right over the headline is an aggregator's feed line (explicit); with a one-line breadcrumb
    # between that names a body, it is osce.org's own masthead: the section issues, inferred
    assert _source(name) == (body, True)


@pytest.mark.parametrize("name, ministry", [
    ("sc7_hy.txt", "Ministry of Foreign Affairs of Armenia"),       # "ՀՀ ԱԳՆ հայտարարությունը ...": the word last
    ("sc7_fr.txt", "Ministry for Europe and Foreign Affairs of France"),      # "Géorgie – Déclaration de la porte-parole du ..."
    ("sc7_ru.txt", "Ministry of Foreign Affairs of the Russian Federation"),   # a spokesperson's, "МИД России"
    ("sc7_uz.txt", "Ministry of Foreign Affairs of Uzbekistan"),   # the word last after the topic
    ("sc7_ro.txt", "Ministry of Foreign Affairs of Romania"),      # "Declarație de presă a Ministerului ..."
])
def test_a_ministrys_statement_in_more_shapes(name, ministry):
    assert _source(name) == (ministry, True)


def test_a_topic_and_a_dash_before_a_ministrys_statement():
    page = ("Ministère de l'Europe et des Affaires étrangères\nFR | EN\nAccueil > Salle de presse\n"
            "Ukraine – Déclaration du ministère de l'Europe et des Affaires étrangères sur le budget de l'OSCE\n"
            "12 mars 2024\n" + _BODY)
    assert _text(page) == ("Ministry for Europe and Foreign Affairs of France", True)
    report = page.replace("Ukraine – Déclaration du ministère",
                          "Ukraine – Le ministre reçoit la délégation du ministère")
    assert _text(report) == (None, False)


def test_an_announcements_word_and_the_ministry_alone_is_a_header_not_a_statement():
    # "Ανακοίνωση του Υπουργείου Εξωτερικών" over "Συνάντηση του Υπουργού ..." (T's tc6_el_mfa): the item's kind and
    # its issuer, explicit, and no title; with a topic after the ministry it is the statement's headline (ad1_el)
    assert _source("tc6_el_mfa.txt") == ("Ministry of Foreign Affairs of Greece", False)
    assert read_document(FOLDER / "tc6_el_mfa.txt").records[0].title.startswith("Συνάντηση του Υπουργού")
    assert _source("ad1_el.txt") == ("Ministry of Foreign Affairs of Greece", True)


@pytest.mark.parametrize("name, ministry", [
    ("sc8_mk.txt", "Ministry of Foreign Affairs of North Macedonia"),   # "Соопштение на ... во врска со ... во Србија"
    ("sc8_sr.txt", "Ministry of Foreign Affairs of Serbia"),            # "Saopštenje Ministarstva ... povodom ..."
    ("sc8_sq.txt", "Ministry for Europe and Foreign Affairs of Albania"),   # "për" inside the name and after it
    ("sc8_lv.txt", "Ministry of Foreign Affairs of Latvia"),
])
def test_a_press_word_with_a_topic_after_the_ministry_is_its_statements_headline(name, ministry):
    assert _source(name) == (ministry, True)


def test_a_press_header_names_no_topic():
    from osce_kg.loader.extract.issuer import is_press_header
    assert is_press_header("Соопштение на Министерството за надворешни работи")
    assert is_press_header("Saopštenje Ministarstva spoljnih poslova Republike Srbije")
    assert not is_press_header("Saopštenje Ministarstva spoljnih poslova povodom odluke Stalnog saveta")


@pytest.mark.parametrize("name, ministry", [
    ("sc10_kk.txt", "Ministry of Foreign Affairs of Kazakhstan"),   # the topic's body before the word closing it
    ("sc10_bg.txt", "Ministry of Foreign Affairs of Bulgaria"),     # "Позиция на Министерството ..."
    ("sc10_tg.txt", "Ministry of Foreign Affairs of Tajikistan"),
    ("sc10_et.txt", "Ministry of Foreign Affairs of Estonia"),
    ("sc10_de.txt", "Federal Foreign Office"),
])
def test_a_ministry_heading_the_speaker_speaks_before_the_bodies_its_topic_names(name, ministry):
    assert _source(name) == (ministry, True)


def test_a_bodys_position_in_a_news_headline_names_no_issuer():
    # "Позиция ..." is read for a ministry only: a news site's headline on a body's position reports it
    page = ("Новини\nПолитика | Свят\nПозиция на Мисията на ОССЕ относно изборите предизвика спор\n07.03.2024\n"
            "Мисията на ОССЕ публикува днес своята позиция относно изборите, която беше критикувана от партиите.\n"
            "Партиите поискаха среща с ръководителя на Мисията.\n")
    assert _text(page) == (None, False)


def test_maltese_statement_word_and_its_glued_article():
    # "Dikjarazzjoni tal-President fil-Kariga tal-OSKE dwar ..." (sc11_mt): the speaker after the article glued to it,
    # the topic after "dwar"; the post's Maltese name is the reference data's (asked of M)
    from osce_kg.loader.extract.issuer import _STATEMENT_FIRST, _TOPIC
    m = _STATEMENT_FIRST.match("Dikjarazzjoni tal-President fil-Kariga tal-OSKE dwar il-vjolenza fil-Georgia")
    assert m is not None and m.group("who").startswith("President fil-Kariga tal-OSKE")
    assert _TOPIC.search(m.group("who")).start() == len("President fil-Kariga tal-OSKE")


def test_a_posts_section_title_stands_for_its_body():
    # "Secretary General" heading its section over "News" and the headline on osce.org (pr-plain_006's shape in the
    # shared gold): the post stands for the Secretariat, as in a statement's speaker and a section's address
    page = ("Organization for Security and Co-operation in Europe\nOSCE\nAbout | Where we are | Newsroom\n"
            "Secretary General\nNews\nOSCE Secretary General discusses budget with delegations in Vienna\n"
            "The Secretary General met heads of delegations today to discuss the budget of the Organization.\n"
            "He briefed them on the priorities for the coming year.\nTerms of use | © OSCE 2024\n")
    assert _text(page) == ("OSCE Secretariat", True)


@pytest.mark.parametrize("name", ["sc11_mk.txt", "sc11_mt.txt", "sc11_pl.txt"])
def test_the_chairpersons_statement_on_the_chairing_states_ministry_site(name):
    # the Chairperson-in-Office named in the page's language (Macedonian, Maltese, Polish: posts.csv), the post standing
    # for the Chairpersonship: inferred (decision 1)
    assert _source(name) == ("OSCE Chairpersonship", True)


# ------------------------------------------------------------- (round 2, line ae)

@pytest.mark.parametrize("name, agency", [
    ("ae3_da.txt", "Ritzau"),                 # "/ritzau/" on Ritzau's own site, its name in the masthead and footer
    ("sc15_sv.txt", "TT News Agency"),        # "/TT/" on TT's own site, its footer's address and copyright under it
    ("e5_da.txt", "Ritzau"),                  # (a broadcaster's page, as before)
])
def test_an_agencys_closing_credit_on_its_own_site(name, agency):
    assert _source(name) == (agency, False)


def test_a_closing_credit_of_a_body_the_text_speaks_of_is_no_signature():
    page = ("Nyhedsportal\nIndland | Udland\nOSCE roser Ritzau for dækningen af valget\n4. november 2024\n"
            "OSCE's kontor roste i dag Ritzau for en grundig dækning af valget i Moldova og dets observatører.\n"
            "Kontoret fremhævede især reportagerne fra landets nordlige regioner og interviews med vælgere.\n"
            "/ritzau/\nDel\n")
    assert _text(page) == (None, False)


def test_the_mongolian_ministrys_press_office_signature():
    # "Гадаад харилцааны яамны Хэвлэл мэдээллийн алба" closing the ministry's page (ae2_mn); its English name from the
    # masthead
    assert _source("ae2_mn.txt") == ("Ministry of Foreign Affairs of Mongolia", False)


def test_osce_orgs_prague_section_names_the_prague_office():
    # the capture's address osce.org/cs/prague/... (ae3_cs): the Secretariat's Prague office, not the Secretariat
    from osce_kg.loader.reference import reference
    assert reference().section_body("https://www.osce.org/cs/prague/173216") == "OSCE Documentation Centre in Prague"


# ------------------------------------------------------------- (round 3) a source label's value cut to its body

@pytest.mark.parametrize("name, body", [
    ("af3_es.txt", "Europa Press"),                           # "Fuente: Europa Press   ·   28/04/2026 12:47   ·   Ver"
    ("sc16_it.txt", "Agenzia Nazionale Stampa Associata"),    # "Fonte: ANSA   ·   14/03/2026 09:40   ·   Leggi"
    ("af3_en.txt", "Organization for Security and Co-operation in Europe"),    # "... in Europe (OSCE)"
    ("sc16_de.txt", "Organization for Security and Co-operation in Europe"),   # "... in Europa (OSZE)"
])
def test_a_source_labels_value_without_its_stamp_parts_or_acronym(name, body):
    assert _source(name) == (body, False)


def test_a_bracket_that_names_another_body_stays():
    page = ("Portal\nStartseite | Politik\nOSZE-Beobachter in Moldau\nQuelle: Zentrale Wahlkommission (OSZE)\n"
            "Datum: 02.09.2025\n" + _BODY)
    assert _text(page)[0] != "Organization for Security and Co-operation in Europe"


@pytest.mark.parametrize("name, agency", [
    ("af2_lv.txt", "LETA"),                   # "LSM.lv, LETA" under the text, the masthead "LSM.lv"
    ("sc17_lt.txt", "Baltic News Service"),   # "Naujienos.lt, BNS" under the text, the masthead "Naujienos.lt"
])
def test_the_sites_own_name_then_the_agency_signing_the_text(name, agency):
    assert _source(name) == (agency, False)


def test_another_name_then_an_agency_is_no_signature():
    page = ("Naujienos.lt\nPradžia   Lietuva\nESBO stebėtojai Moldovoje\n2026-03-14 10:15\n"
            "ESBO stebėtojai pirmadienį Kišiniove pristatė preliminarias išvadas apie rinkimų eigą šalyje.\n"
            "Kitas portalas, BNS\nŽymės: ESBO\n")
    assert _text(page) == (None, False)
