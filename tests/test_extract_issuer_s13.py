"""Issue 11, session 13 (S): the issuing body. The review's mend (whether a page is on the OSCE's own site is a public
helper, ``urls.on_osce_site``, that the issuer's and the topics' readers share), then the rules of rounds 1 and 2
(each needed by pages of two sources at least)."""
from __future__ import annotations

import ast
from pathlib import Path

from osce_kg.loader.reference import reference

LOADER = Path(__file__).resolve().parents[1] / "loader"


# ---------------------------------------------------- review mend: one public helper for "the OSCE's own site"

def test_the_osce_site_test_is_a_public_helper_with_the_whole_osce_by_default():
    from osce_kg.loader.extract.mentions import WHOLE_OSCE
    from osce_kg.loader.extract.urls import on_osce_site

    ref = reference()
    masthead = "OSCE\nHome | News | About\nThe Chairperson-in-Office visits Skopje\nThe text.\n"
    footer = "Paper\nHome\nA headline\nThe text.\n© 1995-2007 OVSE. Alle Rechte vorbehalten.\n"
    paper = "Daily News\nHome\nA headline\nThe text.\n© 2019 Daily News\n"
    for page in (masthead, footer, paper):
        assert on_osce_site(page, ref) == on_osce_site(page, ref, WHOLE_OSCE)
    assert on_osce_site(masthead, ref) and on_osce_site(footer, ref)
    assert not on_osce_site(paper, ref) and not on_osce_site(None, ref)


def test_no_module_imports_a_private_name_of_the_issuers_reader():
    """fields.py used ``issuer._on_osce_site``: other modules share the issuer's public helpers, not its private
    names."""
    for path in (LOADER / "extract").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in ("osce_kg.loader.extract.issuer",
                                                                    "osce_kg.loader.extract.urls"):
                private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
                assert not private, (path.name, node.module, private)


# ---------------------------------------------------- round 1: a news agency's own credit under its headline

def _read(text: str) -> tuple[str | None, bool]:
    from osce_kg.loader.extract import read_text

    record = read_text(text, "page.txt").records[0]
    return record.source, bool(record.source_inferred)


_TEXT = ("The Chairperson-in-Office opened the annual security review conference in Vienna on Tuesday, recalling "
         "the role of the Forum for Security Co-operation.\nDelegates of forty States took part in the meeting.\n")


def test_an_agency_signs_the_items_of_its_own_site_with_a_staff_word():
    # (ANSA.it's "Redazione ANSA", ag1_it; Ukrinform's "Віденський кореспондент Укрінформу", ag1_uk)
    page = ("ANSA.it\nCronaca   Politica   Mondo\nOsce, apre a Vienna la conferenza sulla sicurezza\n"
            "VIENNA, 21 ottobre 2021, 17:02\nRedazione ANSA\n" + _TEXT)
    assert _read(page) == ("Agenzia Nazionale Stampa Associata", False)
    page = ("Укрінформ\nНовини   Політика   Світ\nОБСЄ закликає звільнити співробітників місії\n24.04.2024 15:12\n"
            "Віденський кореспондент Укрінформу\n" + _TEXT)
    assert _read(page) == ("Ukrinform", False)


def test_an_agency_named_in_its_own_sites_dateline_between_place_and_date():
    # (Kazinform's "Астана. ҚазАқпарат - 17 мамыр 2023 ж., 10:24", ag1_kk)
    page = ("Kazinform\nСаясат   Қоғам   Әлем\nЕҚЫҰ кеңсесі журналистерге тренинг өткізді\n"
            "Астана. ҚазАқпарат - 17 мамыр 2023 ж., 10:24\n" + _TEXT)
    assert _read(page) == ("Kazinform", False)


def test_a_masthead_alone_or_another_bodys_name_under_the_headline_is_no_credit():
    page = ("ANSA.it\nCronaca   Politica   Mondo\nOsce, apre a Vienna la conferenza sulla sicurezza\n21.10.2021\n"
            + _TEXT)
    assert _read(page) == (None, False)
    page = ("Daily Courier\nNews   World\nOSCE opens its security conference\n21.10.2021\nBy Anna Rossi, "
            "Vienna\n" + _TEXT)
    assert _read(page) == (None, False)
    # (the body under the headline is not the masthead's: a report about the agency, no credit)
    page = ("Kazinform\nСаясат   Қоғам   Әлем\nЕҚЫҰ кеңсесі журналистерге тренинг өткізді\n17.05.2023\n"
            "Укрінформ кореспонденті\n" + _TEXT)
    assert _read(page) == (None, False)


# ---------------------------------------------------- round 1: a source label listing bodies in any script

def test_a_source_label_listing_known_agencies_in_cyrillic_gives_them_all():
    # (ag1_sr "Извор: РТС, Танјуг"; sc18_mk "Извор: МИА, Бета", sc18_ru "Источник: ТАСС, Интерфакс")
    page = ("Портал\nВести   Свет   Спорт\nСвет\nМисија ОЕБС-а говори о медијским законима\nИзвор: Танјуг, Бета\n"
            + _TEXT)
    assert _read(page) == ("Tanjug / BETA News Agency", False)
    page = ("Новости\nГлавная   Политика   В мире\nОБСЕ призвала к сдержанности\nИсточник: ТАСС, Интерфакс\n" + _TEXT)
    assert _read(page) == ("TASS / Interfax", False)


def test_a_label_listing_a_body_the_data_does_not_know_stays_as_written():
    page = ("Новости\nГлавная   Политика   В мире\nОБСЕ призвала к сдержанности\nИсточник: ТАСС, Вечерний город\n"
            + _TEXT)
    assert _read(page) == ("ТАСС, Вечерний город", False)


# ---------------------------------------------------- round 1: an institution's site by its masthead line

_NEWS = ("Warsaw, 7 March 2023\nThe Director of the Office met representatives of civil society and called for the "
         "release of the detained human rights defenders.\nThe Office will go on following the cases closely.\n")


def test_a_masthead_line_of_the_osces_acronym_then_the_bodys_name_and_its_acronym():
    # (ag3_uk "ОБСЄ  Бюро з демократичних інститутів і прав людини (БДІПЛ)": ODIHR's site in Ukrainian)
    for masthead in ("OBWE  Biuro Instytucji Demokratycznych i Praw Człowieka (ODIHR)",
                     "OSCE  Office for Democratic Institutions and Human Rights (ODIHR)",
                     "OSCE | Office for Democratic Institutions and Human Rights"):
        page = f"{masthead}\nAbout   Elections   News\nNews\nDirector concerned about defenders in Belarus\n" + _NEWS
        assert _read(page) == ("OSCE Office for Democratic Institutions and Human Rights", True), masthead


def test_the_osces_own_name_after_its_acronym_names_no_body():
    page = ("OSCE  Organization for Security and Co-operation in Europe\nAbout   News\nHome > Newsroom\n"
            "Mission supports judges in hate crime cases\n" + _NEWS)
    assert _read(page)[1] is False


def test_a_bodys_long_name_heading_its_own_site():
    # (ag3_en4: the Special Representative's office, fourteen words, under "OSCE")
    page = ("OSCE\nOffice of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings\n"
            "Home   Mandate   News\nNews\nConference puts spotlight on technology and exploitation\n" + _NEWS)
    assert _read(page) == ("OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in "
                           "Human Beings", True)


# ---------------------------------------------------- round 1: osce.org's masthead over its breadcrumb names no issuer

_MISSION = ("Vingt juges ont pris part à un atelier de deux jours sur les crimes de haine organisé par la Mission avec "
            "l'académie judiciaire.\nLes participants ont examiné des décisions récentes.\n")


def test_the_osces_masthead_over_menus_and_a_home_breadcrumb_names_no_issuer():
    # (ag1_de "OSCE  Organisation für ..." / menus / "Startseite > Newsroom > ..."; sc19_es)
    page = ("OSCE  Organisation pour la sécurité et la coopération en Europe\nQui sommes-nous   Domaines   Presse\n"
            "Accueil > Salle de presse > Actualités\nLa Mission de l'OSCE à Skopje soutient la formation des juges\n"
            "Skopje, 3 juin 2025\n" + _MISSION)
    assert _read(page) == (None, False)


def test_the_osces_name_right_over_a_headline_with_a_stamp_between_stays_its_source():
    # (other_010's shape: an aggregator's feed line, the shared gold's explicit OSCE)
    page = ("Organization for Security and Co-operation in Europe\n\n31/03/2008 - 13:27\n\nOSCE Chairman voices "
            "serious concern over violence\n\nHELSINKI, 28 March 2008 - The Chairman-in-Office expressed his serious "
            "concern today over a series of incidents.\nHe called on all sides to show restraint.\n")
    assert _read(page) == ("Organization for Security and Co-operation in Europe", False)


# ---------------------------------------------------- round 1: a spokesperson's statement on a ministry's own site

_STATEMENT = ("The country takes note of the preliminary conclusions of the international election observation mission "
              "and calls on all sides to engage in dialogue.\nIt reaffirms its support for the country's path.\n")


def test_a_spokespersons_statement_on_a_ministrys_site_is_the_ministrys():
    # (ag1_fr "Déclaration de la porte-parole sur ..."; sc20_it, sc20_el)
    page = ("France Diplomatie - Ministère de l'Europe et des Affaires étrangères\nAccueil   Salle de presse\n"
            "Déclaration de la porte-parole sur les élections en Moldavie\nParis, le 4 novembre 2024\n" + _STATEMENT)
    assert _read(page) == ("Ministry for Europe and Foreign Affairs of France", True)
    page = ("Υπουργείο Εξωτερικών\nΑρχική   Το Υπουργείο   Γραφείο Τύπου\nΑρχική > Γραφείο Τύπου > Δηλώσεις\n"
            "Δήλωση του Εκπροσώπου Τύπου για τις εκλογές στη Μολδαβία\nΑθήνα, 4 Νοεμβρίου 2024\n"
            "Η Ελλάδα σημειώνει τα προκαταρκτικά συμπεράσματα της αποστολής παρατήρησης των εκλογών.\n"
            "Η Ελλάδα στηρίζει την ευρωπαϊκή πορεία της χώρας.\n")
    assert _read(page) == ("Ministry of Foreign Affairs of Greece", True)


def test_a_spokespersons_statement_elsewhere_names_no_ministry():
    page = ("Daily Courier\nNews   World\nStatement of the spokesperson on the elections in Moldova\n"
            "Paris, 4 November 2024\n" + _STATEMENT)
    assert _read(page) == (None, False)


# ---------------------------------------------------- round 1: a statement's speaker as the data writes it

def test_a_statement_speaker_the_mentions_reader_misses_is_looked_up_whole():
    # (ag3_fi on the ministry's site, sc21_fi on a portal: "ETYJ:n puheenjohtajuuden lausunto ...")
    page = ("Uutiset\nEtusivu   Ulkomaat\nETYJ:n puheenjohtajuuden lausunto Georgian vaaleista\n4.11.2025\n"
            "Puheenjohtajuus kiittää vaalitarkkailijoita ja kehottaa osapuolia kunnioittamaan tulosta.\n"
            "Järjestö on valmis tukemaan maata uudistuksissa.\n")
    assert _read(page) == ("OSCE Chairpersonship", True)


# ---------------------------------------------------- round 2 (line ah's misses)

def test_a_source_labels_date_in_brackets_is_its_stamp():
    # (ah1_fr "Source : Le Courrier des Balkans (12.07.2022)"; sc22_it "Fonte: Il Piccolo (14.03.2024)")
    page = ("Rassegna\nHome   Mondo\nMondo\nL'OSCE accoglie la nuova legge sui media\nFonte: Il Piccolo (14.03.2024)\n"
            + _TEXT)
    assert _read(page) == ("Il Piccolo", False)


def test_a_feed_readers_stamp_line_names_a_site_by_its_address():
    # (ah2_en "Civil.ge · by Civil.ge Staff · Dec 2, 2021"; sc22_ru "Zakon.kz · автор: ... · 5 марта 2024")
    page = ("Reader\nToday   Read later\nCaucasus › Civil.ge\nOSCE Chair meets foreign ministers in Stockholm\n"
            "Civil.ge · by Civil.ge Staff · Dec 2, 2021\n" + _TEXT)
    assert _read(page) == ("Civil.ge", False)
    # (a site's own stamp names itself: no source)
    page = ("Civil.ge\nNews   Politics\nOSCE Chair meets foreign ministers in Stockholm\n"
            "Civil.ge · by Civil.ge Staff · Dec 2, 2021\n" + _TEXT)
    assert _read(page) == (None, False)


def test_a_post_is_named_by_case_forms_not_by_another_word_with_its_short_stem():
    # (ah1_sr: "Predstavnica" (the Representative) shares the stem "preds" with "Predsedavajući" (the Chair))
    from osce_kg.loader.extract.issuer import _case_form

    assert _case_form("predsedavajućeg", "predsedavajući") and _case_form("προεδρεύοντος", "προεδρεύων")
    assert not _case_form("predstavnica", "predsedavajući")
    page = ("OSCE\nPredstavnica OEBS-a za slobodu medija\nRepresentative on Freedom of the Media\nO nama   Izjave\n"
            "Početna » Izjave\nPredstavnica OEBS-a za slobodu medija zabrinuta zbog napada na novinarku\n"
            "BEČ, 3. februar 2022. – Predstavnica je izrazila zabrinutost zbog napada na novinarku.\n"
            "Pozvala je vlasti da napad istraže.\n© OSCE 2022\n")
    assert _read(page) == ("OSCE Representative on Freedom of the Media", True)


def test_a_post_heading_the_headline_after_a_topics_colon_on_the_osces_site():
    # (ah3_nl "Nederlands voorzitterschap: OVSE-voorzitter De Hoop Scheffer bezoekt Kosovo ..."; sc23_de)
    page = ("OSZE - Organisation für Sicherheit und Zusammenarbeit in Europa\nStartseite | Über die OSZE | Presse\n"
            "Pressezentrum > Pressemitteilungen\nPressemitteilung\nSchweizer Vorsitz: Amtierender OSZE-Vorsitzender "
            "reist nach Kiew\nKIEW, 15. Mai 2014 – Der Amtierende Vorsitzende der OSZE ist heute in Kiew mit "
            "Vertretern der Regierung zusammengetroffen.\nEr rief alle Seiten zum Dialog auf.\n")
    assert _read(page) == ("OSCE Chairpersonship", True)


# ---------------------------------------------------- round 3 (line ai's misses)

def test_a_source_labels_value_running_on_after_a_dash_into_the_date_is_its_stamp():
    # (ai1_it "Fonte: ANSA - 23 gennaio 2018, 14:12"; sc24_es "Fuente: EFE – 12 de marzo de 2021, 10:05"; sc24_hr
    # "Izvor: Hina - 7. srpnja 2020. u 15:32")
    for label, value, body in (("Fonte", "ANSA - 23 gennaio 2018, 14:12", "Agenzia Nazionale Stampa Associata"),
                               ("Fuente", "EFE – 12 de marzo de 2021, 10:05", "Agencia EFE"),
                               ("Izvor", "Hina - 7. srpnja 2020. u 15:32", "Croatian News Agency")):
        page = f"Notizie\nHome   Mondo\nMondo\nL'OSCE apre la conferenza sulla sicurezza\n{label}: {value}\n" + _TEXT
        assert _read(page) == (body, False), value
    # (a dash inside a name with no figure after it stays: the value as written)
    page = "Notizie\nHome   Mondo\nMondo\nL'OSCE apre la conferenza\nFonte: Radio Europa - Radio Libertà\n" + _TEXT
    assert _read(page)[0] == "Radio Europa - Radio Libertà"


def test_a_site_sections_field_operation_is_named_as_it_was_at_the_items_date():
    # (ai3_tg, an archived osce.org/tajikistan item of 2006: the Centre in Dushanbe, not the Office in Tajikistan of
    # 2008-2017; sc24_en osce.org/uzbekistan 2005: the Centre in Tashkent; sc24_sr osce.org/serbia 2004: the Mission to
    # Serbia and Montenegro; tests/gold/README.md "Predecessor names are kept")
    def page(section: str, year: int) -> str:
        return (f"The Wayback Machine - https://web.archive.org/web/{year}0412093017/http://www.osce.org/{section}/"
                f"item_1_8841.html\nOrganization for Security and Co-operation in Europe\nHome | About | Press\n"
                f"Press release\nWater users learn to settle disputes\nFERGHANA, 8 April {year} - Thirty "
                f"representatives took part in a training course on resolving disputes, which ended today.\n"
                f"Similar courses are planned later this year.\n")

    assert _read(page("uzbekistan", 2005)) == ("OSCE Centre in Tashkent", True)
    assert _read(page("uzbekistan", 1998)) == ("OSCE Liaison Office in Central Asia", True)   # (two names back)
    assert _read(page("uzbekistan", 2012)) == ("OSCE Project Co-ordinator in Uzbekistan", True)
    assert _read(page("serbia", 2004)) == ("OSCE Mission to Serbia and Montenegro", True)
    assert _read(page("tajikistan", 2006)) == ("OSCE Centre in Dushanbe", True)
    assert _read(page("tajikistan", 2010)) == ("OSCE Office in Tajikistan", True)


def test_a_sites_own_name_alone_under_the_date_is_no_credit():
    # (ai2_ky "Азаттык" under Azattyk's masthead; sc25 "Deutsche Welle", "Голос Америки"; x5_ka "Civil.ge")
    for site, headline in (("Deutsche Welle", "OSZE-Beobachter sollen Wahl in Moldau begleiten"),
                           ("Голос Америки", "В ОБСЕ обсудили безопасность журналистов")):
        page = f"{site}\nThemen | Europa | Welt\nEuropa\n{headline}\n22.09.2025\n{site}\n" + _TEXT
        assert _read(page) == (None, False), site
    # (an agency's staff word before its name still credits it: "Redazione ANSA", ag1_it)
    page = ("ANSA.it\nCronaca   Politica   Mondo\nOsce, apre a Vienna la conferenza sulla sicurezza\n"
            "VIENNA, 21 ottobre 2021, 17:02\nRedazione ANSA\n" + _TEXT)
    assert _read(page) == ("Agenzia Nazionale Stampa Associata", False)
