"""Issue 11, line h (session 8, H1): the one-value fields (title, date, place, source explicit or inferred) on
whole pages of our own (38, in three sets h1-h3) in the shapes the last blind line (g) found hardest: osce.org
in its new layout (a breadcrumb naming the institution or field operation whose page it is, in English,
French, Russian and Bosnian) and its old layout with a metadata block, the OSCE PA's own site, aggregators
(ReliefWeb-like: a country tag line, "+ 2 more", above the headline and a ``Source`` block), web-archive
captures (the Wayback Machine's and archive.today's header lines, then a masthead, then the headline), and
national news agencies, broadcasters, papers and ministries that credit an agency in many ways: a reporting
verb before it (``повідомляє Укрінформ``, ``informează Agerpres``, ``javlja Fena``, ``praneša ELTA``,
``"Report"un ... xəbər verir``), the site's own credit in its dateline (``Бишкек, 5 декабря 2026 года,
24.kg.``, ``24.kg news agency, BISHKEK -``, ``Бишкек. 26 ноября. АКИpress -``, ``Астана. ҚазАқпарат -``,
``(ANSA) - VIENNA, 04 DIC -``, ``Viena, 5 dic (EFE).-``, ``Wien (dpa) -``, ``/Корр. ТАСС .../``), a signature
under the text (``TT``, ``ANP``, ``IAR/mk``) and a source label (``Извор: МИА``, ``Izvor: Tanjug``,
``Աղբյուր՝ Արմենպրես``, ``Burimi: KosovaPress``, ``Kaynak: İHA``, ``Πηγή: ΑΠΕ-ΜΠΕ``, a ministry's
press-service line, gov.uk's ``From:``); in en, fr, ru, bs, uk, sv, nl, pl, mk, ro, de, lt, kk, az, ka, hy, sr,
sq, tr, it, es, el and Montenegrin, in both scripts.

The gold follows tests/gold/README.md: title as on the page (never a tag line, a masthead, a rubric or an
archive's header); date from the metadata, a stamp or the dateline (never an archive's capture stamps, an
aggregator's "Posted", an event date in the body; a stamp without a year, "Vandaag", gives none); place the
dateline's in the page's language, title case (gov.uk's ``Location:`` label too); source explicit (its
canonical label, or the agency's own English name where the reference data has none: ``TT News Agency``,
``Algemeen Nederlands Persbureau``, ``Informacyjna Agencja Radiowa``, ``MINA``, as earlier lines write them) or inferred
(the OSCE body whose section the breadcrumb, the archived URL's path or the site's masthead names); a
government's or news site's masthead names no issuer; a ministry reported by a news item ("meldt het
ministerie") is not the item's source when an agency credits it.

Method: the pages and this gold were committed before the extractor was run on them; the figures as they
came are recorded in ``AS_THEY_CAME`` in a commit of their own, and the tests hold them as floors.
"""
from __future__ import annotations

import sys

import pytest
from own_pages import OwnPages

from osce_kg.loader.extract import read_text

ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
OSCE = "Organization for Security and Co-operation in Europe"

FIELDS = ("title", "date", "place", "source", "inferred")

#: file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple] = {
    # h1: osce.org (breadcrumbs, old metadata), the PA's site, aggregators, web-archive captures
    "h1_en.txt": ("High Commissioner Kamp urges inclusive language policy in Latvia's schools", "2026-10-14",
                  "Riga", "OSCE High Commissioner on National Minorities", True),
    "h1_en2.txt": ("Harassment of reporters covering protests in Tbilisi must stop, says OSCE media freedom "
                   "representative", "2026-11-27", "Vienna", "OSCE Representative on Freedom of the Media", True),
    "h1_en_old.txt": ("OSCE Mission to Skopje supports municipal councils in drafting youth strategies", "2011-04-18",
                      "Skopje", "OSCE Mission to Skopje", False),
    "h1_fr.txt": ("Le BIDDH publie son rapport final sur les élections législatives en Roumanie", "2026-11-09",
                  "Varsovie", ODIHR, True),
    "h1_ru.txt": ("Миссия ОБСЕ провела в Тирасполе семинар по обмену данными о пропавших без вести", "2026-11-20",
                  "Тирасполь", "OSCE Mission to Moldova", True),
    "h1_bs.txt": ("Misija OSCE-a poziva na brže rješavanje predmeta ratnih zločina", "2026-12-02", "Sarajevo",
                  "OSCE Mission to Bosnia and Herzegovina", True),
    "h1_en_rw.txt": ("OSCE helps Central Asian border agencies share flood warnings", "2026-12-08", "Dushanbe",
                     OSCE, False),
    "h1_en_rw2.txt": ("ODIHR calls for protection of civilians' data in wartime registries", "2026-12-01", "Warsaw",
                      ODIHR, False),
    "h1_en_arch.txt": ("ODIHR Director opens seminar on hate crime data collection in Warsaw", "2009-03-03", "Warsaw",
                       ODIHR, True),
    "h1_en_arch2.txt": ("Mission supports training on forensic interviews of child victims", "2022-02-18",
                        "Belgrade", "OSCE Mission to Serbia", True),
    "h1_de_arch.txt": ("OSZE-Beobachter in der Ostukraine beschossen", "2015-07-07", "Wien", "Austria Presse Agentur",
                       False),
    "h1_en_pa.txt": ("OSCE PA delegation concludes visit to Moldova, praises cross-party work on reforms",
                     "2026-12-04", "Chisinau", "OSCE Parliamentary Assembly", True),
    # h2: agencies crediting themselves or others
    "h2_uk.txt": ("ОБСЄ закликала допустити моніторів до місць утримання військовополонених", "2026-12-03", None,
                  "Ukrinform", False),
    "h2_ru.txt": ("Лавров: ОБСЕ должна вернуться к роли площадки для диалога", "2026-12-04", "Вена", "TASS", False),
    "h2_ru_kg.txt": ("ОБСЕ поможет Кыргызстану обучить патрульную милицию работе с жертвами насилия", "2026-12-05",
                     "Бишкек", "24.kg", False),
    "h2_ru_aki.txt": ("ОБСЕ обсудила с учителями Баткена обучение на родном языке", "2026-11-26", "Бишкек",
                      "AKIpress", False),
    "h2_en_kg.txt": ("OSCE Academy in Bishkek graduates 40 master's students", "2026-12-04", "Bishkek", "24.kg",
                     False),
    # (gold corrected after the measurement: "TT News Agency", TT's English name as lines e and x write it, not its
    # Swedish name; h2_sv's source came as None either way, the figures as they came are unchanged)
    "h2_sv.txt": ("Sverige tar plats i OSSE:s trojka i januari", "2026-12-05", None, "TT News Agency", False),
    "h2_nl.txt": ("Nederlandse waarnemers naar verkiezingen in Armenië", None, None, "Algemeen Nederlands Persbureau",
                  False),
    "h2_pl.txt": ("Sikorski w Wiedniu: OBWE musi mówić jednym głosem o agresji Rosji", "2026-12-04", None,
                  "Informacyjna Agencja Radiowa", False),
    "h2_mk.txt": ("Мисијата на ОБСЕ обучи судии за говор на омраза", "2026-12-02", None, "Media Information Agency",
                  False),
    "h2_ro.txt": ("Ministrul de Externe, la reuniunea OSCE de la Viena: România sprijină misiunea din Republica "
                  "Moldova", "2026-12-04", None, "Agerpres", False),
    "h2_bs.txt": ("OSCE: Sve više prijetnji novinarkama u BiH", "2026-12-05", None, "Federal News Agency", False),
    "h2_de.txt": ("OSZE-Ministerrat in Wien endet ohne gemeinsame Erklärung", "2026-12-05", "Wien",
                  "Deutsche Presse-Agentur", False),
    "h2_lt.txt": ("Budrys Vienoje: ESBO turi išlaikyti dėmesį Ukrainai", "2026-12-04", None, "ELTA", False),
    "h2_kk.txt": ("ЕҚЫҰ Астанада сайлау комиссияларының мүшелеріне семинар өткізді", "2026-12-03", "Астана",
                  "Kazinform", False),
    "h2_az.txt": ("Ceyhun Bayramov ATƏT-in Nazirlər Şurasının iclasında çıxış edib", "2026-12-04", None,
                  "Report News Agency", False),
    # h3: papers, broadcasters, ministries with a source label or signature
    "h3_ka.txt": ("საგარეო საქმეთა მინისტრი ეუთოს მინისტრთა საბჭოს სხდომაში მონაწილეობს", "2026-12-05", None, None,
                  False),
    "h3_hy.txt": ("ԵԱՀԿ դիտորդական առաքելությունը մեկնարկել է Հայաստանում", "2026-12-01", None, "Armenpress", False),
    "h3_sr.txt": ("Šef Misije OEBS u Srbiji: Izborni zakon treba menjati uz dijalog", "2026-11-12", None, "Tanjug",
                  False),
    "h3_sq.txt": ("OSBE: Gazetarët në veri po punojnë nën presion", "2026-12-09", "Prishtinë", "KosovaPress", False),
    "h3_en_gov.txt": ("UK statement on Russia's ongoing aggression against Ukraine", "2026-12-04", "Vienna",
                      "Foreign, Commonwealth & Development Office", False),
    "h3_tr.txt": ("AGİT Bakanlar Konseyi Viyana'da toplandı", "2026-12-04", None, "Ihlas News Agency", False),
    "h3_uz.txt": ("Глава МИД Узбекистана принял Координатора проектов ОБСЕ", "2026-11-28", "Ташкент",
                  "Ministry of Foreign Affairs of Uzbekistan", False),
    "h3_it.txt": ("Osce, Tajani a Vienna: \"Serve un cessate il fuoco giusto in Ucraina\"", "2026-12-04", "Vienna",
                  "Agenzia Nazionale Stampa Associata", False),
    "h3_es.txt": ("La OSCE cierra en Viena su consejo ministerial sin declaración final", "2026-12-05", "Viena",
                  "Agencia EFE", False),
    "h3_me.txt": ("Misija OEBS-a: Podrška reformi izbornog zakonodavstva", "2026-12-03", None, "MINA", False),
    "h3_el.txt": ("Γεραπετρίτης στη Βιέννη: Ο ΟΑΣΕ πρέπει να μείνει χώρος διαλόγου", "2026-12-04", None,
                  "Athens-Macedonian News Agency", False),
}

#: each page's site shape (the worst group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "h1_en.txt": "osce.org", "h1_en2.txt": "osce.org", "h1_en_old.txt": "osce.org", "h1_fr.txt": "osce.org",
    "h1_ru.txt": "osce.org", "h1_bs.txt": "osce.org", "h1_en_rw.txt": "aggregator", "h1_en_rw2.txt": "aggregator",
    "h1_en_arch.txt": "archive", "h1_en_arch2.txt": "archive", "h1_de_arch.txt": "archive",
    "h1_en_pa.txt": "osce body site",
    "h2_uk.txt": "broadcaster", "h2_ru.txt": "agency", "h2_ru_kg.txt": "agency", "h2_ru_aki.txt": "agency",
    "h2_en_kg.txt": "agency", "h2_sv.txt": "paper", "h2_nl.txt": "broadcaster", "h2_pl.txt": "broadcaster",
    "h2_mk.txt": "paper", "h2_ro.txt": "broadcaster", "h2_bs.txt": "portal", "h2_de.txt": "paper",
    "h2_lt.txt": "broadcaster", "h2_kk.txt": "agency", "h2_az.txt": "agency",
    "h3_ka.txt": "government", "h3_hy.txt": "broadcaster", "h3_sr.txt": "paper", "h3_sq.txt": "portal",
    "h3_en_gov.txt": "government", "h3_tr.txt": "paper", "h3_uz.txt": "government", "h3_it.txt": "agency",
    "h3_es.txt": "paper", "h3_me.txt": "broadcaster", "h3_el.txt": "broadcaster",
}

PAGES = OwnPages("h", GOLD, FIELDS)
ONE_VALUE = ("title", "date", "place", "source")

#: each set's figures as they came (accuracy of the one-value fields), measured once on the committed tree of
#: 09dea84 (the commit that wrote the pages and this gold, before any rule saw them; read from a worktree of
#: that commit, another helper's uncommitted edit of mentions.py left out)
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # h1: osce.org's breadcrumb line ("News and press releases", "Communiqués de presse", "Saopćenja za javnost")
    # taken for the headline and the institution or field operation it names not inferred as the issuer (4 of
    # 6 osce.org pages); an aggregator's tag line ("Tajikistan + 2 more") taken for the headline; a Wayback
    # capture of a news site dated by the capture stamp (2015-07-08 for 7 July)
    "h1": {"title": 0.667, "date": 0.917, "place": 1.0, "source": 0.583},
    # h2: a reporting verb before the agency (повідомляє Укрінформ, informează Agerpres, javlja Fena, praneša
    # ELTA, "Report"un ... xəbər verir) unread; 24.kg's own credit in its dateline (Russian and English) read
    # for neither place nor source; signatures of agencies the reference data lacks (TT, IAR/mk) unread, ANP
    # given as its code
    "h2": {"title": 1.0, "date": 1.0, "place": 0.867, "source": 0.333},
    # h3: gov.uk's label block (From:, Published, Location:) read for nothing; an Armenian source label
    # ("Աղբյուր՝") and a Russian press-service signature of a ministry ("Пресс-служба МИД ...") unread
    "h3": {"title": 1.0, "date": 0.909, "place": 0.909, "source": 0.727},
    # all 38 pooled
    "h1-h3": {"title": 0.895, "date": 0.947, "place": 0.921, "source": 0.526},
}

#: the worst site-shape group of each field over all 38 pages, as it came (accuracy): aggregator (2 pages) and
#: osce.org (6) title 0.5; archive (3) and government (3) date 0.667; government place 0.667; osce.org source
#: 0.167 (broadcaster, 8 pages, 0.25)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "title": ("osce.org", 0.5), "date": ("archive", 0.667), "place": ("government", 0.667),
    "source": ("osce.org", 0.167),
}


#: the line's figures after this round's rules (each rule named in its commit; the pages were in view when they were
#: written, so these are upper bounds, not unseen figures): floors, so that a later change cannot read the line worse
AFTER_RULES: dict[str, float] = {"title": 1.0, "date": 0.947, "place": 0.947, "source": 0.868}


def test_the_line_holds_its_figures_after_the_rounds_rules():
    low = PAGES.below(sorted(GOLD), AFTER_RULES)
    assert not low, low


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


# ------------------------------------------------------------------ rules after the line's measurement
# (each needed by pages of two sources or more, named in its commit; each test fails on the code before it)

def _first_record(text: str):
    return read_text(text, "own-page-test.txt").records[0]


_HEAD = "Naslovna\nVijesti\nSvijet\n{title}\n05.12.2026. u 13:22\n"


@pytest.mark.parametrize("text, source", [
    # a reporting verb, then the agency closing the sentence and its paragraph (g2_uk, h2_uk, h2_bs, h2_ro, h2_lt)
    ("Новини\nСвіт\nОБСЄ закликала росію допустити моніторів до полонених\n03 грудня 2026, 16:40\n"
     "Генеральний секретар ОБСЄ закликав росію надати доступ до полонених українців.\n"
     "Про це повідомляє Укрінформ.\nЧитайте також\n", "Ukrinform"),
    (_HEAD.format(title="OSCE upozorava na prijetnje novinarkama u BiH")
     + "Misija OSCE-a upozorila je danas da je ove godine zabilježeno više prijetnji novinarkama, javlja Fena.\n"
       "Iz Misije su pozvali policiju da takve slučajeve tretira kao prioritet.\n", "Federal News Agency"),
    ("Știri\nExterne\nMinistrul de Externe a participat la reuniunea OSCE de la Viena\n04.12.2026, 14:50\n"
     "Ministrul afacerilor externe a declarat joi, la Viena, că România sprijină misiunea OSCE, informează "
     "Agerpres.\nOficialul român a cerut retragerea trupelor ruse.\n", "Agerpres"),
])
def test_an_agency_credited_by_a_reporting_verb_is_the_source(text, source):
    record = _first_record(text)
    assert (record.source, record.source_inferred) == (source, False)


@pytest.mark.parametrize("text", [
    # the report passed on from another source ("із посиланням на ...": other_2031's shape)
    "Новини\nСвіт\nОБСЄ закликала росію допустити моніторів до полонених\n03 грудня 2026, 16:40\n"
    "Генеральний секретар ОБСЄ закликав росію надати доступ до полонених українців.\n"
    "Про це повідомляє Укрінформ із посиланням на головування в ОБСЄ.\n",
    # the verb inside a paragraph that goes on: a report the text cites (other_2023's shape)
    _HEAD.format(title="OSCE upozorava na prijetnje novinarkama u BiH")
    + "Misija OSCE-a upozorila je danas na prijetnje novinarkama, javlja Fena. Iz Misije su pozvali policiju da "
      "takve slučajeve tretira kao prioritet i da ih istraži bez odlaganja.\n",
    # a body the data does not know as an outside one ("meldt het ministerie", h2_nl's shape)
    "Nieuws\nBuitenland\nNederlandse waarnemers naar verkiezingen in Armenië\n05.12.2026 07:30\n"
    "Nederland stuurt acht waarnemers naar de verkiezingen in Armenië, meldt het ministerie van Buitenlandse "
    "Zaken.\nDe verkiezingen worden op 14 december gehouden.\n",
])
def test_a_reporting_verb_gives_no_source_when_it_credits_no_agency(text):
    assert _first_record(text).source is None


_OSCE_ORG = ("Skip to main content\nOSCE\nOrganization for Security and Co-operation in Europe\nMenu\nSearch\n"
             "{crumbs}\n{title}\n{date}\n{text}\nRelated content\nShare\nTerms of use\n© OSCE 2026\n")


@pytest.mark.parametrize("crumbs, title, date, text, source", [
    # osce.org's breadcrumb: "Home", the body's section, its news section (e1_en, g1_en, h1_en, h1_en2)
    ("Home\nHigh Commissioner on National Minorities\nNews and press releases",
     "High Commissioner visits schools in Daugavpils and Riga", "14 October 2026",
     "RIGA, 14 October 2026 – The OSCE High Commissioner on National Minorities ended a visit to Latvia today.",
     "OSCE High Commissioner on National Minorities"),
    # in the page's language (h1_ru, h1_fr, h1_bs)
    ("Главная\nМиссия ОБСЕ в Молдове\nНовости", "Миссия ОБСЕ провела в Тирасполе семинар для журналистов",
     "20 ноября 2026 г.", "ТИРАСПОЛЬ, 20 ноября 2026 г. – Миссия ОБСЕ в Молдове провела сегодня семинар для "
     "журналистов обоих берегов Днестра.", "OSCE Mission to Moldova"),
    ("Accueil\nBureau des institutions démocratiques et des droits de l'homme\nCommuniqués de presse",
     "Le BIDDH publie son rapport final sur les élections en Roumanie", "9 novembre 2026",
     "VARSOVIE, 9 novembre 2026 – Le Bureau a publié aujourd'hui son rapport final sur les élections en Roumanie.",
     "OSCE Office for Democratic Institutions and Human Rights"),
])
def test_a_breadcrumb_naming_an_osce_body_gives_the_inferred_issuer_and_is_no_title(crumbs, title, date, text,
                                                                                    source):
    record = _first_record(_OSCE_ORG.format(crumbs=crumbs, title=title, date=date, text=text))
    assert (record.title, record.source, record.source_inferred) == (title, source, True)


def test_a_breadcrumb_naming_no_body_gives_no_issuer():
    # a news site's breadcrumb (a rubric, not an OSCE body) and a menu under "Home"
    page = ("Daily Courier\nHome\nWorld\nEurope\nMinisters meet in Vienna for the OSCE Ministerial Council\n"
            "4 December 2026\nVIENNA, 4 December 2026 – Foreign ministers of the OSCE States met in Vienna today.\n")
    record = _first_record(page)
    assert (record.title, record.source) == ("Ministers meet in Vienna for the OSCE Ministerial Council", None)


@pytest.mark.parametrize("tags", ["Tajikistan + 2 more", "Kyrgyzstan + 1 more", "Ukraine +3 more"])
def test_an_aggregators_tag_line_is_no_title(tags):
    # g3_en, h1_en_rw: the first of several country tags and a count of the rest, above the headline
    page = (f"ReliefWeb\nUpdates\nCountries\nDisasters\nOrganizations\nTopics\n{tags}\n"
            "OSCE helps border agencies share flood warnings\nNews and Press Release\nSource\nOSCE\nPosted\n"
            "9 Dec 2026\nOriginally published\n8 Dec 2026\nDUSHANBE, 8 December 2026 – Border and emergency officials "
            "agreed today on a common procedure for passing on flood warnings.\n")
    assert _first_record(page).title == "OSCE helps border agencies share flood warnings"


_RU_TEXT = ("Главная\nНовости\nКонтакты\nМинистр принял координатора проектов ОБСЕ в своей стране\n28.11.2026\n"
            "Министр принял сегодня координатора проектов ОБСЕ и обсудил с ним совместные проекты в сфере борьбы с "
            "торговлей людьми.\n")


@pytest.mark.parametrize("page, source", [
    # a ministry's press service signing by its abbreviation (c9_uk, h3_uz)
    ("Міністерство закордонних справ України\nГоловна\nНовини\nКонтакти\nМіністр обговорив з генсеком ОБСЄ роботу "
     "організації\n04.12.2025\nМіністр провів зустріч з Генеральним секретарем ОБСЄ у Відні та обговорив роботу "
     "організації в умовах війни.\nПрес-служба МЗС України\nПоділитися\n", "Ministry of Foreign Affairs of Ukraine"),
    ("Министерство иностранных дел Республики Узбекистан\n" + _RU_TEXT + "Пресс-служба МИД Республики Узбекистан\n",
     "Ministry of Foreign Affairs of Uzbekistan"),
    # the abbreviation alone: the State of the masthead
    ("Министерство иностранных дел Республики Узбекистан\n" + _RU_TEXT + "Пресс-служба МИД\n",
     "Ministry of Foreign Affairs of Uzbekistan"),
    # a photo's credit is no signature
    ("Новости Казахстана\n" + _RU_TEXT + "Фото: пресс-служба МИД Казахстана\n", None),
])
def test_a_press_service_signing_with_the_ministrys_abbreviation(page, source):
    assert _first_record(page).source == source


@pytest.mark.parametrize("dateline, place, source", [
    # a news site's credit of itself right after its dateline (d3_ky, e1_ky, h2_ru_kg)
    ("Бишкек, 20 октября 2026 — 24.kg. ", "Бишкек", "24.kg"),
    ("БИШКЕК — 24.kg, Анна Кириленко. ", "Бишкек", "24.kg"),
    ("Бишкек, 5 декабря 2026 года, 24.kg. ", "Бишкек", "24.kg"),
    # another site's name there is not the page's own credit
    ("Бишкек, 5 декабря 2026 года, kabar.kg. ", "Бишкек", None),
])
def test_a_news_site_crediting_itself_in_its_dateline_is_the_source(dateline, place, source):
    page = ("24.kg\nНовости Кыргызстана\nВласть\nОбщество\nЭкономика\nПроисшествия\n"
            "ОБСЕ поможет обучить патрульную милицию работе с жертвами насилия\n05/12/2026 11:32\n"
            f"{dateline}Программный офис ОБСЕ в Бишкеке запустил курс для патрульной милиции.\n"
            "В первом потоке обучение пройдут 60 сотрудников.\n")
    record = _first_record(page)
    assert (record.place, record.source) == (place, source)


@pytest.mark.parametrize("heading, date", [
    # a release's number and date, then its title, on one line (a6_tr, x1_tr)
    ("No: 112, 14 Mayıs 2025, AGİT Genel Sekreteri'nin Ülkemizi Ziyareti Hk.", "2025-05-14"),
    ("No: 78, 28.03.2024, AGİT Genel Sekreteri'nin Ülkemizi Ziyareti Hk.", "2024-03-28"),
])
def test_a_numbered_release_heading_is_the_title_and_gives_the_date(heading, date):
    page = ("T.C. Dışişleri Bakanlığı\nAna Sayfa\nBakanlık\nKonsolosluk\nBasın Bilgileri\nBasın Açıklamaları\n"
            f"{heading}\nAGİT Genel Sekreteri, gelecek hafta ülkemize resmi bir ziyaret gerçekleştirecektir.\n"
            "Ziyaret sırasında Genel Sekreterin Ankara'da Dışişleri Bakanı ile görüşmesi öngörülmektedir.\n")
    record = _first_record(page)
    assert (record.title, record.date.isoformat() if record.date else None) == (heading, date)


@pytest.mark.parametrize("masthead, headline, dateline", [
    # a headline in "topic: what" form with a year in it, or two words after a long topic (b4_uk, b6_en, f4_be)
    ("Укрінформ", "ОБСЄ в Україні: від місії 1994 року до моніторингу війни", "Київ, 28 квітня 2026 (Укрінформ)"),
    ("Institute for War and Peace Reporting", "Tajikistan: Former OSCE staff recall the 1990s",
     "Dushanbe, 30 July 2026"),
    ("Наша Ніва", "Былы офіс АБСЕ ў Мінску: што засталося", "Вільня, 11 студзеня 2027"),
])
def test_a_headline_with_a_colon_and_a_year_or_a_short_rest_is_the_title(masthead, headline, dateline):
    page = (f"{masthead}\nNews | World | Economy | Regions\nWorld\n{headline}\n{dateline}\n"
            "Former staff of the OSCE met in the capital to mark three decades since the first field office opened "
            "its doors.\nThe participants recalled the work of the field offices.\n")
    assert _first_record(page).title == headline


@pytest.mark.parametrize("line", ["Дата изменения: Mon Apr 2 14:20:00 2012", "Datum objave: 12. marta 2024.",
                                  "Tags: human rights", "Last modified: 12 March 2024 by the web team"])
def test_a_label_with_a_date_or_a_short_value_is_still_no_title(line):
    page = (f"Daily Courier\nOSCE opens a new field office in the south of the country\n{line}\n"
            "The OSCE opened a new field office in the south of the country today, its head said at the ceremony.\n")
    assert _first_record(page).title == "OSCE opens a new field office in the south of the country"


_HY_HEAD = "Լուրեր\nՔաղաքականություն\nՀասարակություն\nՔաղաքականություն\nԵԱՀԿ առաքելությունը մեկնարկել է Երևանում\n"


def test_an_armenian_dateline_closed_by_the_armenian_full_stop():
    # z2_hy: "ԵՐԵՎԱՆ, <date>, ԱՐՄԵՆՊՐԵՍ։" (the full stop "։", where other pages print ":")
    page = _HY_HEAD + ("ԵՐԵՎԱՆ, 14 հոկտեմբերի 2025, ԱՐՄԵՆՊՐԵՍ։\nԵԱՀԿ դիտորդական առաքելությունը պաշտոնապես "
                       "մեկնարկել է Երևանում խորհրդարանական ընտրություններից առաջ։\n")
    record = _first_record(page)
    assert (record.date.isoformat(), record.place, record.source) == ("2025-10-14", "Երևան", "Armenpress")


def test_an_armenian_source_label_under_a_sentence_closed_by_the_armenian_full_stop():
    # h3_hy: "Աղբյուր՝ Արմենպրես" (the label's mark "՝" where others print ":") under the text's last sentence
    page = _HY_HEAD + ("Դեկտեմբերի 1, 2026 11:20\nԵԱՀԿ դիտորդական առաքելությունը պաշտոնապես մեկնարկել է Երևանում "
                       "խորհրդարանական ընտրություններից առաջ։\nԱռաքելության կազմում կլինեն 12 փորձագետներ և 30 "
                       "երկարաժամկետ դիտորդներ։\nԱղբյուր՝ Արմենպրես\nԿիսվել\n")
    assert _first_record(page).source == "Armenpress"


@pytest.mark.parametrize("headline, opening, place", [
    # a place the reference data lacks, a dash, the text, under a dated headline that names the place (c9_mk, c9_sl)
    ("Шефот на Мисијата на ОБСЕ го посети Куманово", "Куманово – Шефот на Мисијата денеска престојуваше во градот.",
     "Куманово"),
    ("Fajon na Dunaju: OVSE mora ostati prostor dialoga", "Dunaj - Zunanja ministrica je na zasedanju poudarila "
     "pomen dialoga.", "Dunaj"),
    # a word the headline does not name is no place
    ("Fajon na Dunaju: OVSE mora ostati prostor dialoga", "Ministrica - Zunanja ministrica je na zasedanju "
     "poudarila pomen dialoga.", None),
])
def test_a_place_before_a_dash_that_the_headline_names(headline, opening, place):
    page = f"Vesti\nSvet\n{headline}\n02.12.2025 13:05\n{opening}\nSestanka so se udeležili tudi predstavniki.\n"
    assert _first_record(page).place == place


_HEADLINE = "OSCE media freedom representative calls for the release of imprisoned journalists"
_TEXT = ("VIENNA, 12 October 2012 - The OSCE Representative on Freedom of the Media today called on the authorities to "
         "release the journalists held in prison.\n")


@pytest.mark.parametrize("menu", [
    "Home\nNewsroom\nWhere we are\nWhat we do",               # g3_en_arch (osce.org's old menu, archived)
    "Home\nAbout the Mission\nWhat we do\nNewsroom\nContacts",  # c5_en, c9_en, e6_en, a1_en (a field office's)
])
def test_labels_in_a_sites_menu_take_no_value(menu):
    record = _first_record(f"Organization for Security and Co-operation in Europe\n{menu}\n{_HEADLINE}\n{_TEXT}")
    assert (record.title, record.fields_of_work) == (_HEADLINE, [])


def test_labels_of_a_metadata_block_keep_their_values():
    page = (f"Organization for Security and Co-operation in Europe\nHome\nNewsroom\n{_HEADLINE}\n"
            f"Date: 12 October 2012\nWhere we are\nVienna\nWhat we do\nMedia freedom and development\n{_TEXT}")
    record = _first_record(page)
    assert record.title == _HEADLINE and record.fields_of_work == ["Media freedom and development"]


@pytest.mark.parametrize("stamp, date", [
    # a site's stamp as a sentence of its own, the verb before or after the date (c9_it, e3_de)
    ("Dieser Inhalt wurde am 02. März 2026 - 11:25 publiziert", "2026-03-02"),
    ("Questo contenuto è stato pubblicato il 4 dicembre 2025 - 16:20", "2025-12-04"),
    ("This content was published on 4 December 2025 - 16:20", "2025-12-04"),
    # an update, and a sentence of the text, are no stamp
    ("Dieser Inhalt wurde am 02. März 2026 - 11:25 aktualisiert und publiziert", None),
    ("The report was published on 4 December 2025.", None),
])
def test_a_publication_sentence_gives_the_date(stamp, date):
    page = (f"SWI\nSchweiz\nPolitik\nCassis reist als OSZE-Vorsitzender nach Zentralasien\n{stamp}\n"
            "Bundesrat Ignazio Cassis reist als amtierender Vorsitzender der OSZE in der kommenden Woche nach "
            "Kasachstan und Usbekistan.\nEs ist seine erste Reise in die Region.\n")
    record = _first_record(page)
    assert (record.date.isoformat() if record.date else None) == date


@pytest.mark.parametrize("credit, source", [
    # Polish Radio's agency, which the reference data lacked (c9_pl, h2_pl)
    ("Źródło: PAP, IAR", "Polish Press Agency / Informacyjna Agencja Radiowa"),
    ("IAR/mk", "Informacyjna Agencja Radiowa"),
])
def test_polish_radios_agency_is_known(credit, source):
    page = ("Polskie Radio 24\nWiadomości\nŚwiat\nSikorski w Wiedniu o bezpieczeństwie Europy\n"
            "Data publikacji: 04.12.2026 12:05\nMinister spraw zagranicznych wezwał na forum Rady Ministerialnej "
            f"OBWE do wsparcia Ukrainy.\n{credit}\nZobacz także\n")
    assert _first_record(page).source == source


if __name__ == "__main__":          # python tests/test_extract_own_pages_h.py [h1 ... | --groups]: figures, misses
    PAGES.main(sys.argv[1:], SHAPES)
