"""Issue 11, session 15 (S): the issuing body. Round 1's rules, each needed by pages of two sources or site shapes at
least (lines al and am as measured, line sc's sets sc30-sc35 as they came); the pages here are our own sentences."""
from __future__ import annotations


def _read(text: str) -> tuple[str | None, bool]:
    from osce_kg.loader.extract import read_text

    record = read_text(text, "page.txt").records[0]
    return record.source, bool(record.source_inferred)


_TEXT = ("The mission's experts met the members of the electoral commission and the heads of two observer groups.\n"
         "They discussed the training of polling staff before the local elections planned for the spring.\n"
         "A second meeting is planned for the end of the month in the capital.\n")


# ---------------------------------------------------- an aggregator's list of its media above the headline

def _aggregator(label_line: str, stamp: str) -> str:
    return ("Newsfeed.example – all the news in one place\n"
            "Home   Country   World   Business   Sport\n"
            f"{label_line}\n"
            "World\n"
            "OSCE mission trains polling staff ahead of local elections\n"
            f"{stamp}\n" + _TEXT +
            "Read the whole story »\n"
            "Latest\n"
            "Newsfeed.example gathers links to other media. Terms · Cookies · © 2026\n")


def test_a_list_of_media_above_the_headline_is_the_sites_not_the_items_source():
    # al2_sl ("Vir: 24ur · RTV SLO · STA · ..."), sc30_cs ("Zdroj: ČTK · iROZHLAS · ..."): the item's agency is the one
    # its stamp line names
    assert _read(_aggregator("Source: 24ur · RTV SLO · STA · Delo · N1", "STA | 22. 11. 2026")) \
        == ("Slovenian Press Agency", False)
    assert _read(_aggregator("Zdroj: ČTK · iROZHLAS · Novinky · Aktuálně", "ČTK | 9. 2. 2026")) \
        == ("Czech News Agency", False)


def test_a_source_label_of_one_name_or_under_the_headline_stays_the_source():
    # (guards) one name above the headline; a label with its date under the headline (an aggregator's stamp line)
    assert _read(_aggregator("Source: STA", "22. 11. 2026")) == ("Slovenian Press Agency", False)
    page = _aggregator("", "Source: STA · 22. 11. 2026 · Read the original")
    assert _read(page) == ("Slovenian Press Agency", False)


# ---------------------------------------------------- a paper's credit "agency, paper"

def _paper(masthead: str, credit: str, footer: str) -> str:
    return (f"{masthead}\n"
            "Home   World   Business   Culture   Sport\n"
            "World\n"
            "OSCE mission trains polling staff ahead of local elections\n"
            "5. 11. 2026 14:05\n" + _TEXT +
            f"{credit}\n"
            "Share   Comments (17)\n"
            "Most read\n"
            "The government passed the new building law\n"
            f"{footer}\n")


def test_a_closing_credit_of_the_agency_then_the_sites_own_name_credits_the_agency():
    # al2_sk ("TASR, SME" under SME's text), sc31_cs ("ČTK, Novinky.cz", a footer ending in a full stop), sc31_pl
    assert _read(_paper("SME", "TASR, SME", "© Petit Press, a.s. 2026 | Bratislava")) \
        == ("News Agency of the Slovak Republic", False)
    assert _read(_paper("Novinky.cz", "ČTK, Novinky.cz", "© 2026 Borgis a.s. All rights reserved.")) \
        == ("Czech News Agency", False)


def test_another_sites_name_after_the_agency_is_no_credit_of_this_site():
    # (guard) the name after the comma is not this site's masthead: no credit read
    assert _read(_paper("Daily Paper", "ČTK, Novinky.cz", "© 2026 Daily Paper | Prague")) == (None, False)


# ---------------------------------------------------- an agency's own credit on its own site

def _agency_site(masthead: str, title: str, under: list[str]) -> str:
    return (f"{masthead}\n"
            "National news agency\n"
            "Politics   Economy   Society   World   Sport\n"
            "Politics\n"
            f"{title}\n" + "\n".join(under) + "\n" + _TEXT +
            "Share:  Facebook  X\n"
            f"© {masthead}. All rights reserved.\n")


def test_an_agency_credits_itself_in_brackets_closing_the_stamp_under_the_headline():
    # am1_az ("Bakı, 9 oktyabr 2025, 14:37 (AZƏRTAC)"), sc32_bg ("София, 4 декември 2026, 11:20 (БТА)")
    title = "The OSCE Secretary General met the foreign minister"
    assert _read(_agency_site("AZƏRTAC", title, ["Baku, 9 October 2025, 14:37 (AZƏRTAC)"]))[0] == "Azertac"
    assert _read(_agency_site("БТА", title, ["София, 4 декември 2026, 11:20 (БТА)"]))[0] == "Bulgarian News Agency"


def test_an_agency_credits_itself_in_a_dateline_line_under_the_lead():
    # al1_uk ("Відень. 7 грудня. Укрінформ"), sc32_ru ("Астана. 5 декабря. КАЗИНФОРМ"): the lead above the dateline
    lead = "The participants discussed the protection of critical infrastructure and the exchange of data."
    page = _agency_site("Укрінформ", "Sybiha calls on the OSCE in Vienna", [lead, "Відень. 7 грудня. Укрінформ"])
    assert _read(page) == ("Ukrinform", False)
    assert _read(_agency_site("Казинформ", "OSCE office holds a seminar", [lead, "Астана. 5 декабря. КАЗИНФОРМ"])) \
        == ("Kazinform", False)


def test_another_agency_in_a_short_line_is_no_own_credit():
    # (guard) the line names an agency that is not the site's own: this rule reads no credit from it
    from osce_kg.loader.extract.issuer import _own_dateline_credit
    from osce_kg.loader.reference import reference

    page = _agency_site("Казинформ", "OSCE office holds a seminar",
                        ["Lead sentence of the item.", "Астана. 5 декабря. ТАСС"])
    assert _own_dateline_credit(page, "OSCE office holds a seminar", reference(), "ru") is None


# ---------------------------------------------------- a ministry's statement by its masthead's short name

def _ministry(masthead: list[str], title: str) -> str:
    return ("\n".join(masthead) + "\n"
            "News   Press releases   Foreign policy   Consular services\n"
            "Home › News\n"
            f"{title}\n"
            "Budapest, 2026. november 20.\n" + _TEXT +
            "Share   Print\n")


def test_a_statement_by_the_short_name_the_ministrys_masthead_prints_is_the_ministrys():
    # sc33_hu ("A KKM közleménye ..." under "Külgazdasági és Külügyminisztérium" / "KKM"), al3_it ("Dichiarazione della
    # Farnesina ..." under the ministry's name / "Farnesina")
    assert _read(_ministry(["Külgazdasági és Külügyminisztérium", "KKM"],
                           "A KKM közleménye az EBESZ Állandó Tanácsának döntéséről")) \
        == ("Ministry of Foreign Affairs of Hungary", True)
    assert _read(_ministry(["Ministero degli Affari Esteri e della Cooperazione Internazionale", "Farnesina"],
                           "Dichiarazione della Farnesina sulla situazione in Georgia")) \
        == ("Ministry of Foreign Affairs and International Cooperation of Italy", True)


def test_a_short_name_that_is_not_the_sites_names_no_ministry():
    # (guard) the same headline on a site whose masthead does not print the name: no issuer
    assert _read(_ministry(["Daily Paper", "Independent news"],
                           "A KKM közleménye az EBESZ Állandó Tanácsának döntéséről")) == (None, False)


# ---------------------------------------------------- a breadcrumb is no press header

def test_a_breadcrumb_naming_the_ministry_and_its_press_releases_is_no_press_header():
    # al3_no ("Du er her: Forsiden › Utenriksdepartementet › Aktuelt › Pressemeldinger"), sc34_de, sc34_da
    from osce_kg.loader.extract.issuer import is_press_header

    assert not is_press_header("Du er her: Forsiden › Utenriksdepartementet › Aktuelt › Pressemeldinger")
    assert not is_press_header("Sie sind hier: Startseite › Auswärtiges Amt › Newsroom › Pressemitteilungen")
    page = ("Auswärtiges Amt\nAußenpolitik   Reise und Sicherheit   Service   Newsroom\n"
            "Sie sind hier: Startseite › Auswärtiges Amt › Newsroom › Pressemitteilungen\n"
            "Deutschland unterstützt die OSZE-Mission in Moldau\n14.10.2026\n" + _TEXT + "Teilen  Drucken\n")
    assert _read(page) == (None, False)


def test_a_press_header_is_still_one():
    # (guard) a press word and the ministry's name on a line of their own
    from osce_kg.loader.extract.issuer import is_press_header

    assert is_press_header("Pressemitteilung des Auswärtigen Amts")


# ---------------------------------------------------- Belarusian "regarding" ends a statement's speaker

def test_the_belarusian_word_for_regarding_ends_the_speaker():
    # al2_be ("Заява Прадстаўніка АБСЕ па свабодзе СМІ наконт прысуду ...")
    from osce_kg.loader.extract.issuer import _TOPIC

    m = _TOPIC.search("Прадстаўніка АБСЕ па свабодзе СМІ наконт прысуду журналістцы")
    assert m is not None and m.start() == len("Прадстаўніка АБСЕ па свабодзе СМІ")


# ---------------------------------------------------- a field operation's own domain (site_sections.csv)

def test_the_missions_own_domain_names_it_in_an_archived_capture():
    # am2_bs: a web archive's capture of oscebih.org (the Mission to Bosnia and Herzegovina's own site before
    # osce.org/bih), the headline a report of its head's visit: the Mission, inferred
    from osce_kg.loader.reference import reference

    assert reference().section_body("http://www.oscebih.org/public/default.asp?d=6&id=2401") \
        == "OSCE Mission to Bosnia and Herzegovina"
    page = ("The Wayback Machine - https://web.archive.org/web/20100615082211/http://www.oscebih.org/public/"
            "default.asp?d=6&article=show&id=2401\n"
            "INTERNET ARCHIVE  Wayback Machine\n"
            "http://www.oscebih.org/public/default.asp?d=6&article=show&id=2401   Go\n"
            "12 captures  15 Jun 2010 - 22 Nov 2012\n"
            "About this capture\n"
            "Mission news\n"
            "Head of Mission visits two municipalities in the east\n"
            "Sarajevo, 11 June 2010\n" + _TEXT)
    assert _read(page) == ("OSCE Mission to Bosnia and Herzegovina", True)


# ---------------------------------------------------- an OSCE body's masthead in words the data lacks

def _own_osce_site(masthead: str, title: str, lead: str) -> str:
    return (f"{masthead}\n"
            "About us   Activities   News   Publications   Contact\n"
            "Home › News\n"
            f"{title}\n"
            "Samarqand, 2023-yil 5-oktabr\n"
            f"{lead}\n" + _TEXT +
            "Share  |  Print\n")


def test_a_masthead_of_the_acronym_and_a_name_the_data_lacks_names_the_body_the_headline_names_in_its_words():
    # am3_uz ("YXHT ning O‘zbekistondagi loyihalar koordinatori" over "YXHT loyihalar koordinatori ..."), ag3_uz
    # ("YXHT O'zbekistondagi loyihalar koordinatori" over a lead naming "YXHTning O'zbekistondagi loyihalar
    # koordinatori"), am3_uk ("ОБСЄ  Представник з питань свободи засобів масової інформації" over "Представник ОБСЄ з
    # питань свободи ЗМІ засуджує ..."): the body, inferred
    assert _read(_own_osce_site("YXHT ning O‘zbekistondagi loyihalar koordinatori",
                                "YXHT loyihalar koordinatori Samarqandda yoshlar forumini o‘tkazdi",
                                "Forumda talabalar va mutaxassislar ishtirok etdi.")) \
        == ("OSCE Project Co-ordinator in Uzbekistan", True)
    assert _read(_own_osce_site("YXHT O'zbekistondagi loyihalar koordinatori",
                                "Sudyalar uchun inson huquqlari bo'yicha kurs o'tkazildi",
                                "YXHTning O'zbekistondagi loyihalar koordinatori sudyalar uchun kurs tashkil etdi.")) \
        == ("OSCE Project Co-ordinator in Uzbekistan", True)
    assert _read(_own_osce_site("ОБСЄ  Представник з питань свободи засобів масової інформації",
                                "Представник ОБСЄ з питань свободи ЗМІ засуджує удар по телевежі",
                                "Представниця рішуче засудила ракетний удар по телевежі.")) \
        == ("OSCE Representative on Freedom of the Media", True)


def test_a_body_the_osce_masthead_does_not_name_is_no_issuer():
    # (guards) osce.org's masthead, the OSCE's name, over a report naming a mission; a paper's masthead over the same
    from osce_kg.loader.extract.document import WHOLE_OSCE
    from osce_kg.loader.extract.issuer import _masthead_named_in_text
    from osce_kg.loader.reference import reference

    title = "Mission trains police officers"
    lead = "The OSCE Mission to Moldova trained thirty police officers in Comrat."
    for masthead in ("OSCE  Organization for Security and Co-operation in Europe", "Daily Paper"):
        assert _masthead_named_in_text(_own_osce_site(masthead, title, lead), title, reference(), WHOLE_OSCE) is None


# ---------------------------------------------------- round 2 (after line an's measurement)

def test_an_archives_header_gives_the_address_on_the_line_under_its_name_when_no_headline_is_found():
    # an2_ru ("Wayback Machine" / "https://www.osce.org/ru/bishkek/42377" / "Saved 47 times ..."), the header of ab1_pl,
    # ab2_cs, ab3_en ... (their headlines found, the lines above them read): the address without a headline too
    from osce_kg.loader.extract.issuer import captured_url

    page = ("Wayback Machine\nhttps://www.osce.org/ru/bishkek/42377\nSaved 47 times between 3 Mar 2010 and 2016.\n"
            "[ Go ]   JAN  FEB  MAR\nThe text of the page.\n")
    assert captured_url(page, None) == "https://www.osce.org/ru/bishkek/42377"
    assert captured_url("Daily News\nhttps://example.org/a\nThe text.\n", None) is None     # (guard: no archive)


def _osce_section(section: str, content_type: str, menu: str = "Chi siamo | Paesi | Sala stampa") -> str:
    return ("OSCE  Organizzazione per la sicurezza e la cooperazione in Europa\n"
            f"{menu}\n"
            f"{section}\n"
            f"{content_type}\n"
            "Esperti discutono il contrasto ai flussi finanziari illeciti\n"
            "Roma, 12 giugno 2025\n" + _TEXT)


def test_a_sections_line_of_a_bodys_name_less_the_osces_acronym_names_it():
    # an2_it ("Segretariato" / "Notizia" / headline, "Segretariato dell'OSCE" in the data), fc2_tr_old ("Medya Özgürlüğü
    # Temsilcisi" / "Basın bülteni" / headline, "AGİT Medya Özgürlüğü Temsilcisi"): inferred
    assert _read(_osce_section("Segretariato", "Notizia")) == ("OSCE Secretariat", True)
    page = ("Avrupa Güvenlik ve İşbirliği Teşkilatı\nOSCE\nAGİT Hakkında | Kurumlar ve yapılar | Basın odası\n"
            "English | Русский | Türkçe\nMedya Özgürlüğü Temsilcisi\nBasın bülteni\n"
            "Temsilci gazetecilerin güvenliği için ülkeleri ortak adımlar atmaya çağırdı\n"
            "Yayın tarihi: 8 Aralık 2016\n" + _TEXT)
    assert _read(page) == ("OSCE Representative on Freedom of the Media", True)


def test_a_menus_word_is_no_section_line():
    # (guard) n2_fr: the PA's own site, its menu's "Présidence" (the PA's presidency) names no Chairpersonship
    page = ("Assemblée parlementaire de l'OSCE\nOSCE PA | ПА ОБСЕ | AP OSCE\n"
            "Accueil | À propos | Présidence | Commissions | Réunions | Actualités et médias | Documents\n"
            "Actualités et médias > Communiqués de presse > 2025\n"
            "La Présidente de l'AP de l'OSCE estime que la paix est à portée de main\n"
            "COPENHAGUE, 14 mai 2025 – La Présidente de l'Assemblée parlementaire de l'OSCE a achevé une visite.\n"
            + _TEXT)
    assert _read(page) == ("OSCE Parliamentary Assembly", True)


def test_a_latvian_ministrys_press_division_signing_its_release_names_the_ministry():
    # an2_lv ("Ārlietu ministrijas Preses un komunikācijas nodaļa" closing the release), as "Пресс-служба МИД ..." does
    from osce_kg.loader.extract.issuer import is_press_header

    assert is_press_header("Ārlietu ministrijas Preses un komunikācijas nodaļa")
    page = ("Latvijas Republikas Ārlietu ministrija\nPar ministriju | Ārpolitika | Preses centrs\n"
            "Sākums > Preses centrs > Preses relīzes\nPreses relīze\n"
            "Latvija EDSO Pastāvīgajā padomē aicina atbrīvot aizturētos darbiniekus\n28.03.2024.\n" + _TEXT +
            "Ārlietu ministrijas Preses un komunikācijas nodaļa\nTālr.: 67016201\n")
    assert _read(page) == ("Ministry of Foreign Affairs of Latvia", False)


def test_a_source_label_in_the_stamp_line_right_above_the_headline_names_the_source():
    # an3_el ("Κόσμος | Πηγή: ΑΠΕ-ΜΠΕ | 11/07/2024 13:20" over the headline), as under it ("19.12.2023 | 16:32 | Извор:
    # Танјуг", o1_sr)
    page = ("Newsbomb Ροή | Όλες οι ειδήσεις\nΡοή ειδήσεων  Πολιτική  Κόσμος\n\n"
            "Κόσμος | Πηγή: ΑΠΕ-ΜΠΕ | 11/07/2024 13:20\n\n"
            "Ο ΟΑΣΕ συζητά την ασφάλεια στην Ανατολική Μεσόγειο\n\n" + _TEXT +
            "Διαβάστε ολόκληρο το άρθρο στο amna.gr\nΌροι χρήσης | Επικοινωνία | © 2024\n")
    assert _read(page) == ("Athens-Macedonian News Agency", False)


def test_an_authors_label_with_the_sites_own_name_is_the_sites_byline_not_a_credit():
    # an2_ky ("Автору: Азаттык Үналгысы" under Azattyk's headline on its own site; its name alone there names the site,
    # ai2_ky, sc25): no source; a staff word without a colon still credits (Ukrinform's correspondent, guard)
    page = ("Азаттык Үналгысы\nАзаттык\nБашкы бет  Саясат  Коом  Дүйнө\nКыргызча | Русский\n\n"
            "ЕККУ шайлоо укугу боюнча мыйзам долбоорун сынга алды\n\nЖарыяланды: 11.07.2023 17:20\n"
            "Автору: Азаттык Үналгысы\n\n" + _TEXT)
    assert _read(page) == (None, False)
    page = ("Укрінформ\nНовини  Політика  Світ\nСвіт\nОБСЄ обговорила бюджет організації\n"
            "Віденський кореспондент Укрінформу\n" + _TEXT)
    assert _read(page) == ("Ukrinform", False)
