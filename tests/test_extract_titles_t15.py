"""Issue 11, session 15 (helper T): titles, dates and places in the shapes of line al's misses (al2_en, al2_az, al2_sk,
al3_en, al3_tr; af2_cs) and their second sources (line tc's tc26). Each test is text of our own and fails on the code
before its change (checked on a worktree of the commit before); guards pass on both."""
from __future__ import annotations

import datetime as dt

from osce_kg.loader.extract import read_text


def _record(text: str):
    return read_text(text, "t15-title-test.txt").records[0]


# ---------------------------------------------------------------- an event's "Dates:" label

_EVENT = ("Northern Institute for Peace Research\n"
          "Research   Events   People   About\n"
          "Event\n"
          "Water, borders and trust in Central Asia\n"
          "{label}: 9 – 11 September 2026\n"
          "Location: Almaty, Kazakhstan\n"
          "The workshop brings together engineers, diplomats and researchers from the five Central Asian States to "
          "discuss how shared rivers are managed.\n"
          "Applications close on 1 July 2026. Travel grants are available for early-career researchers.\n")


def test_an_events_plural_dates_label_gives_its_first_day():
    record = _record(_EVENT.format(label="Dates"))
    assert record.date == dt.date(2026, 9, 9)


def test_an_events_date_label_as_before():
    # guard: the singular label read as before
    assert _record(_EVENT.format(label="Date")).date == dt.date(2026, 9, 9)


# ---------------------------------------------------------------- an agency's "City. Author – AGENCY. date" line

_AGENCY = ("Trend\nXəbərlər   Siyasət   İqtisadiyyat   Dünya\n"
           "ATƏT-in Minsk qrupunun arxivi Bakıda sərgidə nümayiş olunur\n"
           "{line}\n"
           "Bakıda açılan sərgidə ATƏT-in Minsk qrupunun fəaliyyətinə dair sənədlər ilk dəfə ictimaiyyətə təqdim "
           "olunur. Sərgi bir ay davam edəcək.\n"
           "Sərgini Milli Arxiv İdarəsi təşkil edib.\n")


def test_an_agencys_author_line_closed_by_the_date_gives_date_and_place():
    record = _record(_AGENCY.format(line="Bakı. Leyla Quliyeva – TREND. 14 mart 2026, 10:20"))
    assert (record.date, record.place) == (dt.date(2026, 3, 14), "Bakı")


def test_an_agencys_author_line_with_the_text_after_it_as_before():
    # guard: the text after the agency's name (no date there) keeps the place, the date from elsewhere
    record = _record(_AGENCY.format(line="Bakı. Leyla Quliyeva – TREND. Sərgi cümə günü açılıb.\n14.03.2026 10:20"))
    assert (record.date, record.place) == (dt.date(2026, 3, 14), "Bakı")


# ---------------------------------------------------------------- two cities in capitals joined by a comma

_PAPER = ("Večerník\nDomov   Svet   Ekonomika   Šport\n"
          "Svet\n"
          "Misia OBSE pomáha obnoviť dialóg o doprave medzi oboma brehmi Dnestra\n"
          "Jana Kováčová\n"
          "piatok 13. 3. 2026, 9:15\n"
          "{dateline} Zástupcovia oboch strán sa tento týždeň stretli s vedúcim misie OBSE a dohodli sa na ďalšom "
          "kole rozhovorov o autobusových linkách.\n"
          "Ďalšie stretnutie je naplánované na apríl.\n")


def test_two_cities_in_capitals_joined_by_a_comma_are_the_datelines_places():
    record = _record(_PAPER.format(dateline="KIŠINOV, TIRASPOL."))
    assert (record.date, record.place) == (dt.date(2026, 3, 13), "Kišinov / Tiraspol")


def test_a_city_and_its_country_in_capitals_are_no_two_places():
    # guard: a State's name after the city is its country, no second place; and acronyms are no places
    assert _record(_PAPER.format(dateline="KIŠINOV, MOLDAVSKO.")).place != "Kišinov / Moldavsko"
    assert _record(_PAPER.format(dateline="OBSE, OSN.")).place is None


# ---------------------------------------------------------------- a byline and the city it is filed from

_BYLINE = ("Gazeta Poranna\nKraj   Świat   Gospodarka   Sport\n"
           "Świat\n"
           "Obserwatorzy OBWE oceniają wybory lokalne w Mołdawii jako spokojne\n"
           "{byline}\n"
           "12.03.2026, 08:40\n"
           "Misja obserwacyjna Biura Instytucji Demokratycznych i Praw Człowieka OBWE przedstawiła w środę wstępne "
           "wnioski z wyborów lokalnych.\n"
           "Raport końcowy ma zostać opublikowany w ciągu dwóch miesięcy.\n")


def test_a_byline_with_its_city_gives_the_place():
    assert _record(_BYLINE.format(byline="Anna Wiśniewska | Kiszyniów")).place == "Kiszyniów"
    assert _record(_BYLINE.format(byline="Anna Wiśniewska - Kiszyniów")).place == "Kiszyniów"


def test_a_byline_alone_or_a_line_of_two_cities_gives_no_place():
    # guards: a byline without a city, and two cities parted by a bar (a menu), give none
    assert _record(_BYLINE.format(byline="Anna Wiśniewska")).place is None
    assert _record(_BYLINE.format(byline="Kiszyniów | Tyraspol")).place is None


# ---------------------------------------------------------------- a block of metadata fields over the headline

_PORTAL = ("Rights Monitor Europe\nNews   Countries   Themes   About\n"
           "{block}"
           "{headline}\n"
           "TBILISI, 9 March 2026 – The OSCE Office for Democratic Institutions and Human Rights published on Monday "
           "an assessment of the draft law on broadcasting in Georgia and urged its authors to consult journalists.\n"
           "The draft is due for a second reading in parliament in April.\n")
_HEADLINE = "ODIHR urges Georgia to consult journalists on its draft broadcasting law"


def test_a_block_of_metadata_fields_over_the_headline_is_no_title():
    # (the "Subject:" line shares words with the text: a header that shares none was passed over before)
    block = ("Category: Legal review\nCountry: Georgia\nSubject: Broadcasting and journalists in law\n"
             "Language: English\n")
    assert _record(_PORTAL.format(block=block, headline=_HEADLINE)).title == _HEADLINE


def test_a_headline_with_a_colon_over_its_own_fields_stays_the_title():
    # guards: a headline "X: ..." over two field lines is the title (no heading under it); a headline whose
    # label is a State's name is no field
    headline = "Update: ODIHR urges Georgia to consult journalists on broadcasting law"
    page = _PORTAL.format(block="", headline=headline + "\nSource: OSCE\nCountry: Georgia")
    assert _record(page).title == headline
    block = "Georgia: ODIHR reviews the draft broadcasting law\nSource: OSCE\nCountry: Georgia\n"
    assert _record(_PORTAL.format(block=block, headline=_HEADLINE)).title in (_HEADLINE,
                                                                             block.split("\n", 1)[0])


# ---------------------------------------------------------------- a press review's source label closed by the date

_REVIEW = ("Revista Presei Azi\nAcasă   România   Lume   Sursele mele\n\n"
           "Lume > Europa de Est\n\n"
           "OSCE salută noua lege a audiovizualului din Republica Moldova\n\n"
           "{label}\n\n"
           "CHIȘINĂU – Misiunea OSCE în Moldova a salutat adoptarea noii legi a audiovizualului de către Parlament.\n"
           "Misiunea a subliniat că legea întărește independența consiliului de reglementare.\n")


def test_a_source_label_closed_by_a_date_in_brackets_gives_the_date():
    assert _record(_REVIEW.format(label="Sursa: Ziarul de Gardă (18.04.2025)")).date == dt.date(2025, 4, 18)


def test_a_source_label_with_other_words_in_brackets_gives_no_date():
    # guard: an acronym in brackets is no date
    assert _record(_REVIEW.format(label="Sursa: Agenția de Presă (IPN)")).date is None


# ---------------------------------------------------------------- an agency's name in mixed case after the date

_FEED = ("Trend\nSiyasət   İqtisadiyyat   Dünya\n"
         "ATƏT-in Minsk qrupunun sənədləri Bakıda nümayiş olunur\n"
         "{dateline} Sərgidə ATƏT-in Minsk qrupunun fəaliyyətinə dair sənədlər ilk dəfə ictimaiyyətə təqdim olunur.\n"
         "Sərgi bir ay davam edəcək.\n"
         "14.03.2026 10:20\n")


def test_an_agencys_name_in_mixed_case_after_the_date_and_a_comma_closes_the_dateline():
    record = _record(_FEED.format(dateline="Bakı, 14 mart, Trend."))
    assert (record.date, record.place) == (dt.date(2026, 3, 14), "Bakı")


def test_a_word_no_agency_after_the_date_gives_no_dateline():
    # guard: a venue after the date and a comma is no agency
    assert _record(_FEED.format(dateline="Bakı, 14 mart, Hofburq.")).place is None


# ---------------------------------------------------------------- a ministry's numbered release header

_MINISTRY = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF MOLDOVA\n"
             "Ministry   Foreign policy   Consular services   Press office   Contact\n\n"
             "Home / Press office / Press releases\n\n"
             "{header}\n\n"
             "Deputy Prime Minister receives the Head of the OSCE Mission to Moldova\n\n"
             "18 April 2025\n\n"
             "The Deputy Prime Minister for Reintegration received the Head of the OSCE Mission to Moldova in Chisinau "
             "to discuss the settlement talks and the bridge at Gura Bicului.\n\n"
             "Both sides agreed to meet again before the summer.\n")


def test_a_numbered_release_header_over_the_headline_is_no_title():
    record = _record(_MINISTRY.format(header="No. 112/25, Press office release"))
    assert record.title == "Deputy Prime Minister receives the Head of the OSCE Mission to Moldova"


def test_a_numbered_release_whose_header_holds_the_date_and_title_as_before():
    # guard: "No: 56, 12 Mart 2024, ..." is a release's number, date and title on one line (the Turkish ministry's)
    record = _record(_MINISTRY.format(header="No: 56, 12 Mart 2024, AGİT Daimi Konseyi'nin Bütçe Kararı Hk."))
    assert record.title != "No. 112/25, Press office release"


# ---------------------------------------------------------------- the site's name, a comma, then its dateline

_SITE = ("{masthead}\nPolitics   Economy   Society   World\n"
         "OSCE trains election officials in the regions\n"
         "12 March 2025 14:05\n"
         "{opening} The OSCE Programme Office trained officials of territorial election commissions from three "
         "regions on the counting of votes.\n"
         "The training will continue in April.\n")


def test_the_sites_name_then_a_comma_and_a_city_in_capitals_give_the_place():
    record = _record(_SITE.format(masthead="Kabar.kg", opening="Kabar.kg, OSH –"))
    assert record.place == "Osh"


def test_another_name_before_the_city_gives_no_place():
    # guard: a name that is not the site's own (its masthead) opens no dateline here
    record = _record(_SITE.format(masthead="Kabar.kg", opening="Officials from Osh, OSH –"))
    assert record.place is None


# ---------------------------------------------------------------- a heading that repeats the breadcrumb's last item

_OFFICE = ("OSCE Mission to Skopje\n"
           "Home | About the Mission | Head of Mission | News | Contact\n"
           "Search\n\n"
           "Home / About the Mission / Head of Mission\n\n"
           "{heading}\n\n"
           "Ambassador Kilian Wahl took up his duties as Head of the OSCE Mission to Skopje in 2021.\n\n"
           "He previously served in his country's foreign service in Brussels and in South-Eastern Europe.\n")


def test_a_heading_that_repeats_the_breadcrumbs_item_then_a_colon_is_the_title():
    heading = "Head of Mission: Ambassador Kilian Wahl"
    assert _record(_OFFICE.format(heading=heading)).title == heading


def test_a_label_of_another_word_under_the_breadcrumb_stays_a_label():
    # guard: "Contact: ..." under the same breadcrumb is no heading
    assert _record(_OFFICE.format(heading="Contact: press office")).title != "Contact: press office"


# ---------------------------------------------------------------- Azerbaijani capitals with Ə in a dateline

def test_an_azerbaijani_dateline_in_capitals_with_schwa_gives_date_and_place():
    from osce_kg.loader.extract.datelines import parse_dateline
    dateline = parse_dateline("QƏBƏLƏ, 12 mart 2025 – ATƏT-in ekspertləri rayonda seminar keçiriblər.")
    assert dateline is not None and dateline.places == ("Qəbələ",) and dateline.date == dt.date(2025, 3, 12)


def test_the_osces_azerbaijani_acronym_in_capitals_is_no_place():
    # guard: "ATƏT" opens sentences; it is no dateline's place
    from osce_kg.loader.extract.datelines import parse_dateline
    assert parse_dateline("ATƏT, 12 mart 2025 – bəyanat") is None


# ---------------------------------------------------------------- a reader's rubric · source · time line

_READER = ("Lukija.fi – uutiset yhdestä paikasta\nKaikki lähteet  Kotimaa  Ulkomaat  Talous\n\n"
           "{meta}\n\n"
           "Etyj lähettää vaalitarkkailijoita Moldovan presidentinvaaleihin\n\n"
           "CHIȘINĂU (STT) – Etyjin demokraattisten instituutioiden ja ihmisoikeuksien toimisto lähettää "
           "vaalitarkkailijoita Moldovan presidentinvaaleihin.\n"
           "Tarkkailijat seuraavat kampanjaa ja vaalilautakuntien työtä.\n")


def test_a_readers_line_of_rubric_source_and_time_over_the_headline_is_no_title():
    record = _record(_READER.format(meta="Ulkomaat · via STT · haettu 14. marraskuuta 2023 klo 9.12"))
    assert record.title == "Etyj lähettää vaalitarkkailijoita Moldovan presidentinvaaleihin"


def test_a_headline_with_one_middle_dot_stays_the_title():
    # guard: two parts are no such line (a tagline, a headline's kicker)
    headline = "Moldova · Etyj lähettää vaalitarkkailijoita presidentinvaaleihin"
    assert _record(_READER.format(meta="").replace(
        "Etyj lähettää vaalitarkkailijoita Moldovan presidentinvaaleihin", headline)).title == headline


# ---------------------------------------------------------------- French "le" before a dateline's date

def test_a_french_dateline_with_le_before_the_date_gives_date_and_place():
    from osce_kg.loader.extract.datelines import parse_dateline
    dateline = parse_dateline("Strasbourg, le 3 février 2025 – Le Secrétaire général de l'OSCE a rencontré ...")
    assert dateline is not None and dateline.places == ("Strasbourg",) and dateline.date == dt.date(2025, 2, 3)


def test_a_word_le_that_opens_no_date_is_no_dateline():
    # guard: "le" followed by a noun, no date
    from osce_kg.loader.extract.datelines import parse_dateline
    assert parse_dateline("Strasbourg, le Conseil de l'Europe a rappelé – hier ...") is None


# ---------------------------------------------------------------- the Wayback's count sentence and notice

_CAPTURE = ("Wayback Machine\nhttps://www.osce.org/yerevan/40012\n"
            "Saved 9 times between 12 May 2012 and 3 Jan 2017.\n"
            "[ Go ]   APR  MAY  JUN    2011  2012  2013    Close  Help\n"
            "This page is available on the web! Help make the Wayback Machine more complete: Save Page Now\n\n"
            "OSCE\nHome | About | Field Operations | Newsroom\n\n"
            "OSCE Office in Yerevan supports training of election commissioners\n\n"
            "YEREVAN, 11 May 2012 – The OSCE Office in Yerevan today concluded a training course for members of "
            "territorial election commissions.\n\n"
            "The course covered the counting of votes and the handling of complaints.\n")


def test_the_waybacks_count_sentence_and_notice_are_toolbar_lines():
    record = _record(_CAPTURE)
    assert (record.title, record.date, record.place) == (
        "OSCE Office in Yerevan supports training of election commissioners", dt.date(2012, 5, 11), "Yerevan")


# ---------------------------------------------------------------- a date line under the agency's name said again

_WIRE = ("STT\nSTT Uutiset  |  Kotimaa  Ulkomaat  Talous\n\nUlkomaat\n\n"
         "Etyjin tarkkailijat arvioivat Moldovan vaalit rauhallisiksi\n\n"
         "STT\n"
         "Maanantai 4. marraskuuta 2024, klo 9.40\n\n"
         "Helsinki. Etyjin demokraattisten instituutioiden ja ihmisoikeuksien toimiston tarkkailijat sanovat, että "
         "Moldovan presidentinvaalit sujuivat rauhallisesti.\n"
         "Loppuraportti julkaistaan kahden kuukauden kuluttua.\n")


def test_a_date_line_under_the_agencys_name_said_again_is_no_title():
    assert _record(_WIRE).title == "Etyjin tarkkailijat arvioivat Moldovan vaalit rauhallisiksi"
