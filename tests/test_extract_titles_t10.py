"""Issue 11, session 10 (helper T): titles, dates and places on page shapes the rules had not seen (line ta's
misses, line n's leftovers). Each page here is a short one of our own in the shape the rule reads; every test
failed on the code before its rule."""
from __future__ import annotations

from osce_kg.loader.extract import read_text


def _record(text: str):
    return read_text(text, "page.txt").records[0]


# a news agency's masthead, its acronym spelled out after a dash, is no dateline (n1_de's APA, line ta's BTA and
# TASR): the title is the headline and the place the item's own dateline's
MASTHEAD_PAGES = [
    ("MTI - Magyar Távirati Iroda\nBelföld | Külföld | Gazdaság\nKülföld\n"
     "Az EBESZ megfigyelői szerint a választás rendben zajlott Moldovában\n2024.11.04 15:20\n"
     "Chișinău, 2024. november 4. (MTI) - A szavazás nyugodt körülmények között zajlott, közölték a nemzetközi "
     "megfigyelők hétfőn Chișinăuban.\nA misszió jelentése két hónap múlva jelenik meg.\n",
     "Az EBESZ megfigyelői szerint a választás rendben zajlott Moldovában", "Chișinău"),
    ("STA - Slovenska tiskovna agencija\nSlovenija | Svet | Gospodarstvo\n"
     "Fajonova na zasedanju Stalnega sveta OVSE o varnosti novinarjev\n12.03.2024 11:05\n"
     "Dunaj, 12. marca (STA) - Zunanja ministrica Tanja Fajon je danes na Dunaju govorila o varnosti "
     "novinarjev.\nPoudarila je pomen svobode medijev.\n",
     "Fajonova na zasedanju Stalnega sveta OVSE o varnosti novinarjev", "Dunaj"),
]


def test_an_agencys_masthead_spelled_out_is_no_dateline():
    for text, title, place in MASTHEAD_PAGES:
        record = _record(text)
        assert (record.title, record.place) == (title, place)


def test_a_dateline_without_date_still_reads():
    # "WIEN - Die ...": a place in capitals, a dash, then a sentence (not the place's letters spelled out)
    record = _record("OSZE verlängert Mandat der Mission\nWIEN - Die Organisation hat am Donnerstag das Mandat "
                     "verlängert, teilten Diplomaten mit.\nDie Entscheidung fiel einstimmig.\n")
    assert record.place == "Wien"


# a banner with a year or a date over the headline of a dated page is no title (n1_it's chairmanship, line ta's
# chairpersonship, campaign and election banners)
BANNER_PAGES = [
    ("Ministry for Foreign Affairs\nHome | News | Policy\nMaltese OSCE Chairpersonship 2024\n"
     "Minister Borg visits the OSCE Mission to Moldova and meets its staff in Chisinau\n"
     "CHISINAU, 16 April 2024 - Minister Ian Borg visited the OSCE Mission to Moldova today and met its staff "
     "in Chisinau.\nThe Minister thanked the Mission for its work.\n",
     "Minister Borg visits the OSCE Mission to Moldova and meets its staff in Chisinau"),
    ("Мисија ОЕБС у Србији\nПочетна | Вести\nИзбори за народне посланике, 17. децембар 2023\n"
     "Посматрачи ОЕБС позвали на бољу заштиту бирача од притисака током кампање\n"
     "БЕОГРАД, 18. децембар 2023. – Посматрачи ОЕБС су данас у Београду позвали власти на бољу заштиту бирача "
     "од притисака.\nИзвештај ће бити објављен касније.\n",
     "Посматрачи ОЕБС позвали на бољу заштиту бирача од притисака током кампање"),
]


def test_a_banner_with_a_year_over_the_headline_is_no_title():
    for text, title in BANNER_PAGES:
        assert _record(text).title == title


def test_a_numbered_meetings_header_stays_the_title():
    # (other_002's shape: the meeting's header with its number, place and date is the document's title)
    record = _record("OSCE Permanent Council No. 1401 Vienna, 10 November 2022\n\n"
                     "Statement on the Report of the Head of the OSCE Mission to Montenegro\n\n"
                     "1. The delegation welcomes the Head of the OSCE Mission to Montenegro and thanks the Mission.\n")
    assert record.title == "OSCE Permanent Council No. 1401 Vienna, 10 November 2022"


# an entity page: the heading that repeats the breadcrumb's last item (n2_mk, ta3_en_ent), or the body's name over
# its own menu that the text's first sentence says again (ta3_de_ent, ta3_en_ent), is the title
def test_the_heading_that_repeats_the_breadcrumbs_last_item_is_the_title():
    record = _record("Misioni i OSBE-së në Kosovë\nOrganizata për Siguri dhe Bashkëpunim në Evropë\n"
                     "Ballina | Rreth nesh | Puna jonë | Lajme\nKërko\nBallina / Rreth Misionit\nRreth Misionit\n"
                     "Misioni u themelua në vitin 1999 dhe punon për të drejtat e njeriut dhe demokratizimin.\n"
                     "Selia e tij është në Prishtinë.\n")
    assert record.title == "Rreth Misionit"


def test_an_entity_pages_name_over_its_own_menu_is_the_title():
    record = _record("Organizzazione per la sicurezza e la cooperazione in Europa\nChi siamo | Cosa facciamo | "
                     "Dove operiamo\nCerca\nMissione dell'OSCE in Serbia\nMandato\nCapo missione\nStato di diritto\n"
                     "Media\nPosti vacanti\nLa Missione dell'OSCE in Serbia è stata istituita nel 2001 e sostiene le "
                     "istituzioni del paese nelle riforme.\nHa sede a Belgrado.\n")
    assert record.title == "Missione dell'OSCE in Serbia"


def test_a_topic_under_the_bodys_name_stays_the_title():
    # (entity_002's shape: one heading under the body's name is the page's topic, no menu)
    record = _record("OSCE High Commissioner on National Minorities\nMinority Language Education\nThe OSCE High Commissioner "
                     "on National Minorities advises States on the use of minority languages in education.\n")
    assert record.title == "Minority Language Education"


def test_a_partner_archives_wayback_header_and_notice_are_the_toolbars():
    # Archive-It's header and its notice sentence over the archived page (ta1_de_ait), as the Wayback Machine's
    record = _record("Archive-It Wayback Machine\nYou are viewing an archived web page, collected at the request of "
                     "National Library using Archive-It. This page was captured on 09:12:40 Mar 3, 2019, and is part "
                     "of the Government collection. The information on this web page may be out of date.\n"
                     "Loading media information\nhide\nOrganization for Security and Co-operation in Europe\n"
                     "Home | About | Newsroom\nOSCE Chairperson-in-Office Lajčák visits Kosovo\n"
                     "PRISTINA, 28 February 2019 – The OSCE Chairperson-in-Office Miroslav Lajčák visited Kosovo today "
                     "and met the staff of the OSCE Mission in Kosovo.\nHe thanked them for their work.\n")
    assert (record.title, record.date.isoformat(), record.place) == (
        "OSCE Chairperson-in-Office Lajčák visits Kosovo", "2019-02-28", "Pristina")


def test_the_heading_under_a_content_type_is_the_headline():
    # osce.org's layouts (old and new, every language): section / content type / headline; a section's name the
    # data does not know is no title (sa1_ru)
    record = _record("Organisation pour la sécurité et la coopération en Europe\nAccueil | Contacts | Plan du site\n"
                     "Représentante spéciale pour la lutte contre la traite des êtres humains\nCommuniqué de presse\n"
                     "Des experts de dix pays discutent à Vienne de la protection des victimes de la traite\n"
                     "VIENNE, 3 avril 2014 – Des experts de dix pays participants ont discuté aujourd'hui à Vienne des "
                     "moyens de mieux protéger les victimes de la traite.\nLa réunion a duré deux jours.\n")
    assert record.title == "Des experts de dix pays discutent à Vienne de la protection des victimes de la traite"


def test_the_heading_right_under_a_print_control_is_the_headline():
    # a print view's controls over the headline, under the ministry's name (ta4_pl_print; g2_en_old's shape)
    record = _record("Portal of the Government\ngov.example\nMinistry of Foreign and European Affairs\n"
                     "Print version\nPrint\nState Secretary presents the ministry's priorities for the OSCE "
                     "Chairpersonship to parliament\n14.02.2024\nThe State Secretary for foreign and european "
                     "affairs presented the ministry's priorities to the foreign affairs committee today.\n"
                     "Members asked about the budget.\n")
    assert record.title == ("State Secretary presents the ministry's priorities for the OSCE Chairpersonship to "
                            "parliament")


def test_publishing_date_labels_in_more_languages_leave_the_dateline_its_place():
    # osce.org's "Publishing date" block in Italian between the standfirst and the dateline (ta2_fr_new's shape)
    record = _record("Comunicato stampa\nL'ODIHR apre una missione di osservazione per le elezioni in Moldova\n"
                     "Un gruppo di dodici esperti seguirà la campagna; trenta osservatori a lungo termine saranno "
                     "dispiegati nel paese.\nData di pubblicazione:\n2 settembre 2025\nCHIȘINĂU, 2 settembre 2025 – "
                     "L'Ufficio dell'OSCE ha aperto oggi una missione di osservazione elettorale.\n"
                     "La missione è guidata da un capo missione.\n")
    assert (record.date.isoformat(), record.place) == ("2025-09-02", "Chișinău")


WAYBACK_HTML = """<!DOCTYPE html><html lang="en"><head><title>OSCE Mission to Serbia marks twenty years | OSCE</title></head>
<body><div id="wm-ipp-base" style="display:none"><div id="wm-ipp"><div id="wm-logo"><a href="/web/">INTERNET ARCHIVE
</a><br><a href="/web/">Wayback Machine</a></div><div id="wm-nav-captures"><a href="#">8 captures</a>
<div>14 Jan 2021 - 2 Feb 2023</div></div><table><tr><td>DEC</td><td>JAN</td><td>FEB</td></tr><tr><td>14</td></tr>
<tr><td>2020 2021 2022</td></tr></table><div><a href="#">About this capture</a></div></div></div>
<header><div class="site-name">Organization for Security and Co-operation in Europe</div></header>
<h1>OSCE Mission to Serbia marks twenty years of work with the country's institutions</h1>
<p>BELGRADE, 13 January 2021 – The OSCE Mission to Serbia marked today twenty years since it opened its office in
Belgrade.</p><p>Its staff work with the parliament, the judiciary and the media.</p></body></html>"""


def test_the_wayback_machines_toolbar_in_an_html_capture_is_the_archives():
    # (the toolbar the Wayback Machine inserts into every capture it serves, as a text capture's toolbar lines)
    record = read_text(WAYBACK_HTML, "capture.html").records[0]
    assert (record.title, record.date.isoformat(), record.place) == (
        "OSCE Mission to Serbia marks twenty years of work with the country's institutions", "2021-01-13", "Belgrade")


# HTML: the page's one <h1> (outside header, navigation, footer) names the title when the <title> names it too,
# however short, or when the <title> names no heading (a field office's entity page, osce.org's new layout's)
FIELD_SITE_HTML = """<!DOCTYPE html><html lang="sq"><head><title>Rreth nesh | Prezenca e OSBE-së në Shqipëri</title></head>
<body><header><div class="logo">Prezenca e OSBE-së në Shqipëri</div><nav><ul><li>Ballina</li><li>Rreth nesh</li>
<li>Lajme</li></ul></nav></header><main><h1>Rreth nesh</h1><p>Prezenca e OSBE-së në Shqipëri u themelua në vitin 1997
dhe mbështet reformat në drejtësi dhe zgjedhje.</p><p>Selia e saj është në Tiranë.</p></main></body></html>"""
ENTITY_HTML = """<!DOCTYPE html><html lang="en"><head><title>Home | OSCE</title></head><body>
<header><div class="logo">Organization for Security and Co-operation in Europe</div><nav><ul><li><a>About the OSCE</a>
</li><li><a>What we do</a></li><li><a>Where we are</a></li></ul></nav></header><main><h1>OSCE Mission to Moldova</h1>
<ul class="tabs"><li>Overview</li><li>Mandate</li><li>Head of Mission</li><li>Vacancies</li></ul>
<p>The OSCE Mission to Moldova was set up in 1993 to help find a settlement of the Transdniestrian conflict.</p>
<p>Its head office is in Chisinau.</p></main></body></html>"""


def test_the_pages_one_h1_named_by_its_title_is_the_title():
    assert read_text(FIELD_SITE_HTML, "about.html").records[0].title == "Rreth nesh"


def test_the_pages_one_h1_is_the_title_when_the_title_names_no_heading():
    assert read_text(ENTITY_HTML, "mission.html").records[0].title == "OSCE Mission to Moldova"


def test_a_wayback_calendar_with_a_month_a_line_is_the_toolbars():
    # (line o's archives: "AUG" / "OCT" / "NOV", "04", "2010" / "2011" / "2012", "Close", "Help")
    record = _record("The Wayback Machine - https://web.archive.org/web/20140310101010/http://www.osce.org/fom/116911\n"
                     "INTERNET ARCHIVE\nWayback Machine\nhttp://www.osce.org/fom/116911\nGo\n5 captures\n"
                     "10 Mar 2014 - 2 Jun 2020\nFEB\nMAR\nAPR\n10\n2013\n2014\n2015\nClose\nHelp\n"
                     "Organization for Security and Co-operation in Europe\nHome | About | Newsroom\n"
                     "OSCE media freedom representative condemns attack on journalist in Crimea\n"
                     "VIENNA, 7 March 2014 – The OSCE Representative on Freedom of the Media condemned today an attack "
                     "on a journalist in Simferopol.\nShe called for an investigation.\n")
    assert (record.title, record.date.isoformat(), record.place) == (
        "OSCE media freedom representative condemns attack on journalist in Crimea", "2014-03-07", "Vienna")


def test_a_path_through_the_sites_own_menu_is_a_breadcrumb_and_its_heading_the_title():
    # (o1_sq, o3_ky: "Home / About us" in the site's language, its first part the menu's item above)
    record = _record("EXHTning Toshkentdagi loyihalar koordinatori\nO'zbekcha | Русский | English\nBosh sahifa\n"
                     "Biz haqimizda\nYangiliklar\nLoyihalar\nAloqa\nBosh sahifa / Biz haqimizda\nKoordinator haqida\n"
                     "Loyihalar koordinatori 2006-yilda tashkil etilgan va O'zbekiston hukumati bilan hamkorlik qiladi.\n"
                     "Uning idorasi Toshkentda joylashgan.\n")
    assert record.title == "Koordinator haqida"


def test_a_dateline_alone_with_the_years_word_gives_date_and_place():
    # (o1_hy, o2_be, o2_sr: "Place, day month year <year's word>" alone on its line over the text)
    for line, place, date in (("Ужгород, 12 березня 2019 р.", "Ужгород", "2019-03-12"),
                              ("Novi Pazar, 4. april 2011. godine", "Novi Pazar", "2011-04-04")):
        record = _record(f"Misija OEBS u Srbiji\nPočetna | Vesti\nMisija podržala lokalne savete za bezbednost u "
                         f"opštinama\n{line}\nMisija je danas predstavila program podrške opštinama.\n"
                         f"Program traje dve godine.\n")
        assert (record.date.isoformat(), record.place) == (date, place), line


def test_a_tajik_dateline_with_its_years_word_and_letters():
    # (o3_tg: "ХОРУҒ, 7 июни соли 2013 –": the year after "соли", a place with the Tajik letter Ғ)
    from osce_kg.loader.extract.datelines import parse_dateline

    found = parse_dateline("ҚӮРҒОНТЕППА, 12 марти соли 2014 – Дафтари САҲА имрӯз семинар баргузор кард.")
    assert found is not None and found.places == ("Қӯрғонтеппа",) and found.date.isoformat() == "2014-03-12"


# round 3 (line aa's misses): two section names joined by a conjunction, or a press release "for the press", over
# the headline are the site's section, never the title (aa1_sq, aa3_de, aa2_en2: osce.org's old and new layouts
# and an archived capture; aa1_sr: a mission's own site)
SECTION_LABEL_PAGES = [
    ("Prezenca e OSBE-së në Shqipëri\nLajme dhe njoftime për shtyp\n"
     "Prezenca ndihmon këshillat bashkiakë të publikojnë buxhetet në internet\n"
     "TIRANË, 3 mars 2015 – Prezenca e OSBE-së ndihmoi pesë këshilla bashkiakë të publikojnë buxhetet e tyre "
     "në internet.\nKëshillat do të publikojnë edhe raporte tremujore.\n",
     "Prezenca ndihmon këshillat bashkiakë të publikojnë buxhetet në internet"),
    ("Organisation für Sicherheit und Zusammenarbeit in Europa\nMenü\nÜber die OSZE\nPresse\nRessourcen\n"
     "Startseite\nPresse\nNachrichten und Pressemitteilungen\n"
     "Vorsitz eröffnet in Wien eine Konferenz über die Wasserwirtschaft in Zentralasien\n"
     "Veröffentlichungsdatum: 3. März 2016\n"
     "WIEN, 3. März 2016 – Der Vorsitz hat heute in Wien eine Konferenz über Wasserwirtschaft in Zentralasien "
     "eröffnet.\nDie Konferenz dauert zwei Tage.\n",
     "Vorsitz eröffnet in Wien eine Konferenz über die Wasserwirtschaft in Zentralasien"),
    ("OSCE Special Monitoring Mission to Ukraine\nDaily and spot reports\n"
     "Latest from the Special Monitoring Mission, based on information received as of 19:30, 2 May 2016\n"
     "Publishing date: 3 May 2016\nThe Mission recorded fewer ceasefire violations in Donetsk region than on the "
     "previous day, based on information from its monitors.\nThe situation in Luhansk region was calm.\n",
     "Latest from the Special Monitoring Mission, based on information received as of 19:30, 2 May 2016"),
    ("Misija OEBS-a u Srbiji\nSaopštenje za štampu\n"
     "Misija OEBS-a podržala obuku sudija o slobodi izražavanja\n"
     "Beograd, 4. mart 2005. - Misija OEBS-a organizovala je danas u Beogradu obuku sudija o slobodi "
     "izražavanja.\nObuka traje dva dana.\n",
     "Misija OEBS-a podržala obuku sudija o slobodi izražavanja"),
]


def test_two_section_names_joined_or_a_release_for_the_press_are_no_title():
    for text, title in SECTION_LABEL_PAGES:
        assert _record(text).title == title, text[:40]


def test_a_section_name_alone_and_a_headline_with_and_stay_as_they_were():
    record = _record("OSCE Presence in Albania\nNews and press releases\n"
                     "Presence and police train officers in community policing\n"
                     "TIRANA, 3 March 2015 – The OSCE Presence and the State Police trained officers in community "
                     "policing this week.\nThe course lasted two days.\n")
    assert record.title == "Presence and police train officers in community policing"


# a rubric of the site's menu printed again right over the headline: what stands above it is the site's (a
# ministry's name over its releases, aa3_pt; an aggregator's "top" box, aa3_bg), the headline the heading under it
MENU_RUBRIC_PAGES = [
    ("Portal do Governo\nPrimeiro-Ministro\nMinistérios\nComunicados\nDiscursos\nAgenda\n"
     "Ministério da Administração Interna\nComunicados\n"
     "Ministro da Administração Interna recebe em Lisboa peritos da OSCE sobre policiamento\n"
     "Lisboa, 4 de março de 2003\n"
     "O Ministro da Administração Interna recebeu hoje em Lisboa uma delegação de peritos da OSCE.\n"
     "A reunião tratou do policiamento de proximidade.\n",
     "Ministro da Administração Interna recebe em Lisboa peritos da OSCE sobre policiamento"),
    ("Новини днес\nВсички новини\nБългария\nСвят\nПолитика\nСпорт\nТоп 10 за деня\nСвят\n"
     "ОССЕ откри във Виена конференция за сигурността на журналистите\n"
     "Виена, 4 март 2024 /БТА/. ОССЕ откри днес във Виена конференция за сигурността на журналистите.\n"
     "Конференцията продължава два дни.\n",
     "ОССЕ откри във Виена конференция за сигурността на журналистите"),
]


def test_the_headline_under_a_rubric_the_menu_prints_again_is_the_title():
    for text, title in MENU_RUBRIC_PAGES:
        assert _record(text).title == title, text[:40]


# an aggregator's source label, then the item's stamp beside it after a bar, under the headline (aa2_hr, aa3_bg:
# two aggregators, two languages): the stamp dates the item
SOURCE_THEN_STAMP_PAGES = [
    ("vijesti danas\nHrvatska\nSvijet\nPolitika\nSvijet\nOESS šalje promatrače na izbore u Sloveniji\n"
     "Izvor: Hina | 14.03.2008. 10:20\n"
     "Ured OESS-a za demokratske institucije i ljudska prava poslat će promatrače na izbore u Sloveniji.\n"
     "Misija će imati deset članova.\n", "2008-03-14"),
    ("Новини днес\nБългария\nСвят\nСвят\nОССЕ изпраща наблюдатели на изборите в Словения\n"
     "Източник: БТА | 14.03.2008 10:20\n"
     "Бюрото на ОССЕ за демократични институции и права на човека ще изпрати наблюдатели в Словения.\n"
     "Мисията ще има десет членове.\n", "2008-03-14"),
]


def test_a_source_label_then_the_stamp_after_a_bar_dates_the_item():
    for text, date in SOURCE_THEN_STAMP_PAGES:
        record = _record(text)
        assert record.date is not None and record.date.isoformat() == date, text[:40]


# the Nordic languages' publication word and date label: Swedish "Publicerat" before a weekday, the date and "kl"
# (aa2_sv, a radio's site), Norwegian and Danish "Dato:" (aa3_no, a government's release)
NORDIC_DATE_PAGES = [
    ("Radion\nNyheter\nSport\nNyheter\nOSSE skickar observatörer till valet i Moldavien\n"
     "Publicerat måndag 4 mars 2024 kl 09.15\n"
     "OSSE:s kontor för demokratiska institutioner och mänskliga rättigheter skickar observatörer till valet.\n"
     "Uppdraget leds av en svensk diplomat.\n", "2024-03-04"),
    ("Regjeringen\nAktuelt\nUtenriksdepartementet\nAktuelt\nNorge støtter OSSEs arbeid for pressefrihet\n"
     "Pressemelding\nDato: 04.03.2024\n"
     "Norge gir ytterligere fem millioner kroner til OSSEs representant for mediefrihet, sa utenriksministeren.\n"
     "Midlene skal gå til opplæring av journalister.\n", "2024-03-04"),
]


def test_the_nordic_publication_word_and_date_label_date_the_page():
    for text, date in NORDIC_DATE_PAGES:
        record = _record(text)
        assert record.date is not None and record.date.isoformat() == date, text[:40]


# the Wayback Machine's capture panel may hold its collection's description, a sentence, between "COLLECTED BY" and
# "TIMESTAMPS" (aa1_hr; k1_en_arch, k1_de_arch and ta1_en_wb print the panel without one): the archive's, no text
WAYBACK_PANEL_PAGE = (
    "The Wayback Machine - https://web.archive.org/web/20040310101010/http://www.osce.org/croatia/\n"
    "INTERNET ARCHIVE\nWayback Machine\nhttp://www.osce.org/croatia/\nGo\n12 captures\n10 Mar 2004 - 2 Jan 2008\n"
    "FEB MAR APR\n10\n2003 2004 2005\nAbout this capture\nCOLLECTED BY\nOrganization: Example Crawls\n"
    "Since 1998, the crawler has given its captures of public sites to the archive.\nTIMESTAMPS\n"
    "OSCE Mission to Croatia\nPriopćenje za tisak\n"
    "Misija OESS-a otvara novi terenski ured u Vukovaru\n"
    "Vukovar, 10. ožujka 2004. - Misija OESS-a u Republici Hrvatskoj otvorila je danas novi terenski ured u "
    "Vukovaru.\nUred će pratiti povratak izbjeglica.\n")


def test_the_wayback_panels_collection_description_is_the_archives():
    record = _record(WAYBACK_PANEL_PAGE)
    assert record.title == "Misija OESS-a otvara novi terenski ured u Vukovaru"
    assert record.date is not None and record.date.isoformat() == "2004-03-10" and record.place == "Vukovar"


# a paper's text under its standfirst, byline and stamp, opening with its city in capitals and a full stop (aa2_sk,
# a Slovak paper; the dashed "Valletta – ..." under the stamp was read already): the place
STANDFIRST_BARE_CITY_PAGE = (
    "Noviny\nDomov\nSlovensko\nSvet\nEkonomika\nSvet\n"
    "OBSE otvorila vo Viedni konferenciu o bezpečnosti novinárov\n"
    "Na konferenciu prišlo vyše sto novinárov z celej Európy.\nJan Novák\n4. mar 2024 o 10:15\n"
    "VIEDEŇ. Organizácia pre bezpečnosť a spoluprácu v Európe otvorila vo Viedni konferenciu o bezpečnosti "
    "novinárov.\nKonferencia potrvá dva dni.\n")


def test_a_city_in_capitals_opening_the_text_under_a_standfirst_and_stamp_is_the_place():
    record = _record(STANDFIRST_BARE_CITY_PAGE)
    assert record.place in ("Viedeň", "Vienna") and record.date is not None and record.date.isoformat() == "2024-03-04"


# the date's grammar in more of the participating States' languages: Kyrgyz and Uzbek join the year's word and the
# month to their numbers by a hyphen ("2020-жылдын 15-декабры", aa3_ky's label and dateline; "2020-yil 15-dekabr"),
# Kyrgyz puts the month in its possessive; Maltese puts "ta'" between the day and the month ("11 ta' Jannar 2024",
# aa1_mt, a ministry's release)
def test_kyrgyz_uzbek_and_maltese_dates():
    from osce_kg.loader.extract.dates import parse_date
    for text, iso in (("2021-жылдын 4-марты", "2021-03-04"),
                      ("2021-yil 4-mart", "2021-03-04"), ("4 ta' Marzu 2021", "2021-03-04")):
        date, _ = parse_date(text)
        assert (date.isoformat() if date else None) == iso, text
    record = _record("ЕККУнун программалык офиси\nЖаңылыктар\n"
                     "ЕККУ жаштар үчүн шайлоо боюнча тренинг өткөрдү\n"
                     "Нарын, 2021-жылдын 4-марты – ЕККУнун программалык офиси Нарында жаштар үчүн тренинг өткөрдү.\n"
                     "Тренинг эки күнгө созулду.\n")
    assert record.date is not None and record.date.isoformat() == "2021-03-04" and record.place == "Нарын"


# a banner over the headline that ends in a date written year first (an election's name: "... 2012 წლის 1
# ოქტომბერი", aa1_ka), as one ending in a year: the site's, the headline under it
def test_a_banner_ending_in_a_year_first_date_is_no_title():
    record = _record("ეუთო\nდემოკრატიული ინსტიტუტებისა და ადამიანის უფლებების ოფისი\nმთავარი\nარჩევნები\nსიახლეები\n"
                     "საპრეზიდენტო არჩევნები, 2013 წლის 27 ოქტომბერი\n"
                     "საერთაშორისო დამკვირვებლები: არჩევნები მშვიდად ჩატარდა, თუმცა კამპანია დაძაბული იყო\n"
                     "თბილისი, 2013 წლის 28 ოქტომბერი – საპრეზიდენტო არჩევნები მშვიდად ჩატარდა, განაცხადეს "
                     "საერთაშორისო დამკვირვებლებმა.\nმისია ათი კვირა მუშაობდა.\n")
    assert record.title == "საერთაშორისო დამკვირვებლები: არჩევნები მშვიდად ჩატარდა, თუმცა კამპანია დაძაბული იყო"


# an Azerbaijani agency's name in its brackets holds the schwa ("(AZƏRTAC)", aa3_az): the dateline's place is read
def test_an_agency_with_the_azerbaijani_schwa_closes_the_dateline():
    record = _record("AZƏRTAC\nSiyasət\nİqtisadiyyat\nDünya\nSiyasət\n04.03.2024 [10:15]\n"
                     "Xarici işlər naziri ATƏT-in nümayəndəsini qəbul edib\n"
                     "Bakı, 4 mart (AZƏRTAC). Xarici işlər naziri ATƏT-in nümayəndəsini qəbul edib.\n"
                     "Görüşdə əməkdaşlıq müzakirə olunub.\n")
    assert record.place == "Bakı"
