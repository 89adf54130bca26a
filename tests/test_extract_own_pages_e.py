"""Issue 11, round 8 (H1): the one-value fields (title, date, place, issuing body) on a fresh line of whole
pages of our own, rendered as the region's sites render them, chrome and all: osce.org in its new layout and
a web-archive copy of it, field offices' and the Parliamentary Assembly's own sites, a humanitarian portal's
copy, national news agencies (their own sites and their credits on papers' and broadcasters' pages),
broadcasters, papers, portals and ministries, in 35 languages and five scripts (Latin, Cyrillic, Greek,
Georgian, Armenian). The text is ours; the facts (names, dates, bodies) are real or plausible.

The gold follows tests/gold/README.md and the c-line: ``date`` the publication date, ``place`` the dateline's
place as the page writes it (title case), ``source`` the issuing body the page names (a ``Source`` line or its
equivalent, a press-release header or a press service's line in the body, a news agency in the dateline or as
the item's credit, several joined with `` / `` in the page's order) with ``inferred`` when the page only
implies it (a field office's, an OSCE institution's or the PA's own site, an osce.org section the page's
breadcrumb or a copy's address names). The masthead of a news site (an agency's own site included), a
ministry or a government is no issuer; osce.org's newsroom without a section gives none.

Method (kept from rounds 4-7, it is what makes the figures honest): every set of the line, e1 to e5, was
written and committed WITH its gold before the extractor was run on any of them, then measured once as it
came (``AS_THEY_CAME``, recorded in a commit of its own), and only then used for rules that hold on pages of
two or more sources. e6 was written after every rule of the round, committed with its gold, and measured once:
the round's one figure of the extractor after its rules on pages none of them saw.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

#: file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple] = {
    # e1
    "e1_en.txt": ("ODIHR opens election observation mission for parliamentary elections in Armenia", "2026-04-22",
                  "Warsaw", "OSCE Office for Democratic Institutions and Human Rights", True),
    "e1_ru.txt": ("Лукашевич: Россия не будет участвовать в «дискуссиях ради дискуссий» в ОБСЕ", "2026-02-12",
                  "Вена", "RIA Novosti", False),
    "e1_de.txt": ("OSZE-Parlamentarier beraten in Wien über Ukraine", "2026-02-19", None, None, False),
    "e1_hr.txt": ("Grlić Radman u Beču s glavnim tajnikom OESS-a o stanju u jugoistočnoj Europi", "2026-02-12", None,
                  "Croatian News Agency", False),
    "e1_ka.txt": ("საგარეო საქმეთა მინისტრი ეუთოს გენერალურ მდივანს შეხვდა", "2026-02-12", None, None, False),
    "e1_ky.txt": ("Программный офис ОБСЕ в Бишкеке провел тренинг для участковых инспекторов", "2026-02-11",
                  "Бишкек", "24.kg", False),
    "e1_sq.txt": ("Prezenca e OSBE-së mbështet bashkitë në hartimin e planeve vendore për sigurinë e komunitetit",
                  "2026-02-10", "Tiranë", "OSCE Presence in Albania", True),
    "e1_it.txt": ("Osce, Tajani: \"L'Italia sostiene la presidenza svizzera\"", "2026-02-12", "Vienna",
                  "Agenzia Nazionale Stampa Associata", False),
    "e1_tr.txt": ("AGİT Parlamenter Asamblesi Viyana'da toplandı", "2026-02-19", None, None, False),
    "e1_pl.txt": ("Sikorski w Wiedniu: OBWE potrzebuje budżetu, a nie kolejnych blokad", "2026-02-12", "Wiedeń",
                  "Polish Press Agency", False),
    # e2
    "e2_en.txt": ("Mission supports Gagauz authorities in drafting first regional strategy on road safety",
                  "2026-03-03", "Chisinau", "OSCE Mission to Moldova", True),
    "e2_uk.txt": ("Сибіга закликав головування ОБСЄ посилити тиск на Росію через утримання співробітників місії",
                  "2026-02-12", None, None, False),
    "e2_fr.txt": ("L'OSCE s'inquiète du sort de ses anciens employés détenus en Russie", "2026-02-12", None,
                  "Agence France-Presse", False),
    "e2_es.txt": ("La OSCE pide a Georgia garantías para la libertad de prensa antes de las elecciones locales",
                  "2026-02-12", "Viena", "Agencia EFE", False),
    "e2_ro.txt": ("Misiunea OSCE a discutat cu negociatorii de la Chișinău și Tiraspol problema plăcuțelor de "
                  "înmatriculare", "2026-03-03", "Chișinău", "Infotag", False),
    "e2_bg.txt": ("Заместник-министър Петкова разговаря с ръководителя на Бюрото на ОССЕ за демократични институции "
                  "и права на човека", "2026-02-25", None, "Ministry of Foreign Affairs of Bulgaria", False),
    "e2_hy.txt": ("ԵԱՀԿ ԺՀՄԻԳ-ը Երևանում բացել է ընտրությունների դիտորդական առաքելություն", "2026-04-23", None, None,
                  False),
    "e2_cs.txt": ("Lipavský: OBSE musí dál pozorovat volby i ve státech, které o to nestojí", "2026-02-12", "Vídeň",
                  "Czech News Agency", False),
    "e2_mk.txt": ("Мисијата на ОБСЕ во Скопје ќе поддржи обука за новите членови на општинските изборни комисии",
                  "2026-02-12", "Скопје", "Media Information Agency", False),
    "e2_tg.txt": ("В Душанбе открыли обновленный учебный центр для пограничников при поддержке ОБСЕ", "2026-02-12",
                  None, None, False),
    # e3
    "e3_en.txt": ("OSCE helps Kyrgyz border communities prepare for mudflows and floods", "2026-03-03", "Bishkek",
                  "Organization for Security and Co-operation in Europe", False),
    "e3_ru.txt": ("Генсек ОБСЕ призвал участников организации договориться о бюджете до лета", "2026-02-26", "Москва",
                  "Interfax", False),
    "e3_de.txt": ("Cassis reist als OSZE-Vorsitzender nach Zentralasien", "2026-03-02", None, "Keystone-SDA", False),
    "e3_sl.txt": ("Poslanci na zimskem zasedanju parlamentarne skupščine OVSE o vojni v Ukrajini", "2026-02-19",
                  "Dunaj", "Slovenian Press Agency", False),
    # date corrected after the measurement: the page prints no year anywhere, so null by the convention
    # (tests/gold/README.md, "date"); the gold as first committed had 2026-02-19
    "e3_az.txt": ("Azərbaycan nümayəndə heyəti ATƏT Parlament Assambleyasının qış sessiyasında iştirak edir",
                  None, "Bakı", "Azertac", False),
    "e3_lt.txt": ("ESBO pirmininkas Vilniuje: Baltijos šalių saugumas yra visos Europos reikalas", "2026-02-24", None,
                  "Baltic News Service", False),
    "e3_nl.txt": ("OVSE-parlementariërs in Wenen: 'Geld voor missies raakt op'", "2026-02-19", None, None, False),
    "e3_uz.txt": ("Saidov YXHT Bosh kotibi bilan uchrashdi", "2026-03-05", "Toshkent",
                  "National News Agency of Uzbekistan", False),
    "e3_sr.txt": ("Misija OEBS-a podržala obuku sudija za suđenja u predmetima ratnih zločina", "2026-02-10",
                  "Beograd", "OSCE Mission to Serbia", True),
    "e3_fi.txt": ("Valtonen Wienissä: Etyjin talousarvio jumissa jo neljättä vuotta", "2026-02-12", None, "STT",
                  False),
    # e4
    "e4_en.txt": ("OSCE PA Winter Meeting opens in Vienna with focus on Ukraine and the Organization's budget",
                  "2026-02-19", "Vienna", "OSCE Parliamentary Assembly", True),
    "e4_ru.txt": ("ОБСЕ на голодном пайке", "2026-02-20", None, None, False),
    "e4_uk.txt": ("Україна в ОБСЄ вимагає звільнення трьох колишніх співробітників СММ", "2026-02-26", "Київ",
                  "Interfax", False),
    "e4_el.txt": ("Στη Βιέννη η χειμερινή σύνοδος της Κοινοβουλευτικής Συνέλευσης του ΟΑΣΕ", "2026-02-19", None,
                  None, False),
    "e4_hu.txt": ("Szijjártó Péter Bécsben: az EBESZ-nek a párbeszéd helyének kell lennie", "2026-02-12", None, None,
                  False),
    "e4_be.txt": ("Белорусская делегация выступила на зимней сессии ПА ОБСЕ в Вене", "2026-02-20", "Минск",
                  "Belarusian Telegraph Agency", False),
    "e4_kk.txt": ("Сыртқы істер министрінің орынбасары ЕҚЫҰ-ның Орталық Азия жөніндегі арнайы өкілімен кездесті",
                  "2026-03-04", None, "Ministry of Foreign Affairs of Kazakhstan", False),
    "e4_pt.txt": ("OSCE. Parlamentares reunidos em Viena pedem acordo sobre orçamento", "2026-02-19", "Viena", "Lusa",
                  False),
    "e4_ro.txt": ("Parlamentarii români participă la sesiunea de iarnă a Adunării Parlamentare a OSCE", "2026-02-19",
                  "Viena", "Agerpres", False),
    "e4_bs.txt": ("Misija OSCE-a pozvala na hitno imenovanje članova Centralne izborne komisije", "2026-02-18",
                  "Sarajevo", "OSCE Mission to Bosnia and Herzegovina", True),
    # e5
    "e5_en.txt": ("Tajik and Afghan customs officers study risk profiling at OSCE Border Management Staff College",
                  "2026-03-09", "Dushanbe", "OSCE Programme Office in Dushanbe", True),
    "e5_da.txt": ("Løkke i Wien: OSCE skal fortsat overvåge valg i Europa", "2026-02-12", None, "Ritzau", False),
    "e5_sv.txt": ("OSSE-parlamentariker samlade i Wien – ryssarna uteblev igen", "2026-02-19", "Wien",
                  "TT News Agency", False),
    "e5_et.txt": ("Tsahkna kohtus Viinis OSCE eesistujaga", "2026-02-12", None, "Baltic News Service", False),
    "e5_mn.txt": ("ЕАБХАБ-ын Парламентын Ассамблейн өвлийн чуулганд Монгол Улсын төлөөлөгчид оролцож байна",
                  "2026-02-19", "Вена", "Montsame", False),
    "e5_me.txt": ("Šef Misije OEBS-a: Crna Gora napravila napredak u reformi izbornog zakonodavstva", "2026-02-12",
                  None, None, False),
    "e5_ka.txt": ("ეუთოს თავმჯდომარე სამხრეთ კავკასიაში ვიზიტს მარტში გეგმავს", "2026-02-12", None, None, False),
    "e5_fr.txt": ("Ignazio Cassis en Asie centrale pour sa première tournée de président de l'OSCE", "2026-03-09", None,
                  "Keystone-SDA", False),
    "e5_sk.txt": ("OBSE vyzvala Gruzínsko, aby zmiernilo nový zákon o médiách", "2026-02-12", "Viedeň",
                  "News Agency of the Slovak Republic", False),
    "e5_ru.txt": ("Программный офис ОБСЕ в Астане провел семинар по кибербезопасности для журналистов", "2026-03-02",
                  "Астана", None, False),
    # e6: written after every rule of the round, committed before it was measured
    "e6_en.txt": ("Astana police academy cadets learn to respond to domestic violence cases", "2026-03-11", "Astana",
                  "OSCE Programme Office in Astana", True),
    "e6_de.txt": ("OSZE-Generalsekretär warnt vor Ende der Feldmissionen", "2026-03-10", "Wien",
                  "Austria Presse Agentur", False),
    "e6_ru.txt": ("Россия выступила против продления мандата миссии ОБСЕ в Молдавии без изменений", "2026-03-12",
                  "Вена", "TASS", False),
    "e6_uk.txt": ("Сибіга і Кассіс обговорили роботу ОБСЄ в Україні після війни", "2026-03-13", "Київ", None, False),
    "e6_fr.txt": ("L'OSCE alerte sur la liberté de la presse en Géorgie", "2026-03-11", None, "Agence France-Presse",
                  False),
    "e6_sr.txt": ("Đurić sa šefom Misije OEBS-a o saradnji na reformi medijskih zakona", "2026-03-12", "Beograd",
                  "Tanjug", False),
    "e6_ka.txt": ("ეუთოს/ოდირის სადამკვირვებლო მისია ადგილობრივი არჩევნების საბოლოო ანგარიშს აქვეყნებს", "2026-03-10",
                  None, None, False),
    "e6_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu Ankara'da Fidan ile görüştü", "2026-03-11", "Ankara", None, False),
    "e6_ro.txt": ("Secretarul de stat pentru afaceri europene s-a întâlnit cu Reprezentantul Special al Președinției "
                  "OSCE pentru Republica Moldova", "2026-03-12", None, None, False),
    "e6_hu.txt": ("EBESZ: a választási megfigyelés folytatását sürgette a parlamenti közgyűlés elnöke", "2026-03-12",
                  "Budapest", "Hungarian News Agency", False),
}

#: each page's site shape, for figures by group
SHAPES: dict[str, str] = {
    "e1_en.txt": "osce.org", "e1_ru.txt": "agency", "e1_de.txt": "broadcaster", "e1_hr.txt": "broadcaster",
    "e1_ka.txt": "government", "e1_ky.txt": "agency", "e1_sq.txt": "field office", "e1_it.txt": "agency",
    "e1_tr.txt": "broadcaster", "e1_pl.txt": "portal",
    "e2_en.txt": "field office", "e2_uk.txt": "broadcaster", "e2_fr.txt": "broadcaster", "e2_es.txt": "agency",
    "e2_ro.txt": "agency", "e2_bg.txt": "government", "e2_hy.txt": "broadcaster", "e2_cs.txt": "agency",
    "e2_mk.txt": "agency", "e2_tg.txt": "portal",
    "e3_en.txt": "mirror", "e3_ru.txt": "agency", "e3_de.txt": "portal", "e3_sl.txt": "agency",
    "e3_az.txt": "agency", "e3_lt.txt": "broadcaster", "e3_nl.txt": "broadcaster", "e3_uz.txt": "agency",
    "e3_sr.txt": "field office", "e3_fi.txt": "paper",
    "e4_en.txt": "field office", "e4_ru.txt": "paper", "e4_uk.txt": "agency", "e4_el.txt": "broadcaster",
    "e4_hu.txt": "government", "e4_be.txt": "agency", "e4_kk.txt": "government", "e4_pt.txt": "broadcaster",
    "e4_ro.txt": "agency", "e4_bs.txt": "field office",
    "e5_en.txt": "mirror", "e5_da.txt": "broadcaster", "e5_sv.txt": "paper", "e5_et.txt": "broadcaster",
    "e5_mn.txt": "agency", "e5_me.txt": "paper", "e5_ka.txt": "agency", "e5_fr.txt": "paper",
    "e5_sk.txt": "agency", "e5_ru.txt": "osce.org",
    "e6_en.txt": "field office", "e6_de.txt": "paper", "e6_ru.txt": "agency", "e6_uk.txt": "agency",
    "e6_fr.txt": "paper", "e6_sr.txt": "broadcaster", "e6_ka.txt": "broadcaster", "e6_tr.txt": "agency",
    "e6_ro.txt": "government", "e6_hu.txt": "agency",
}

FIELDS = ("title", "date", "place", "source", "inferred")
PAGES = OwnPages("e", GOLD, FIELDS)

#: each set's figures as it came, measured once (all five after the commit that wrote them, before any rule)
AS_THEY_CAME: dict[str, dict[str, float]] = {
    # e1: osce.org's breadcrumb naming ODIHR's section unread (no inferred issuer); "Autor: Hina" (HRT) and
    # "БИШКЕК — 24.kg, <author>." (24.kg's own dateline) not read as the agency
    "e1": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.7},
    # e2: a ministry's "Пресцентър на Министерството на външните работи" closing line (Bulgarian) unread; RFI's
    # closing "(Avec AFP)" unread
    "e2": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.8},
    # e3: swissinfo's "Dieser Inhalt wurde am 02. März 2026 - 11:25 publiziert" gives no date; STT's closing
    # credit on a paper unread; "Dunaj, 19. februarja (STA) -" gives no place (Slovene's Vienna unknown). Date
    # 0.8 against the gold as first committed, whose e3_az date (2026-02-19) broke the convention: the page
    # prints no year, the extractor's null was right (gold corrected in a commit of its own)
    "e3": {"title": 1.0, "date": 0.9, "place": 0.9, "source": 0.9},
    # e4: a short headline above a longer sub-headline (Nezavisimaya Gazeta, as Kommersant and Izvestia): the
    # sub-headline taken; "Sarajevo, 18. februar 2026. godine –" read for neither date nor place; the Kazakh
    # MFA's press-service line closing the page unread
    "e4": {"title": 0.9, "date": 0.9, "place": 0.9, "source": 0.9},
    # e5: Montsame's "Вена, 2026 оны 2 сарын 19 /МОНЦАМЭ/." (Mongolian year-first date) read for neither date
    # nor place; "/ritzau/" closing a broadcaster's page unread; "TT" closing a paper's page given as "TT", not
    # the agency's name
    "e5": {"title": 1.0, "date": 0.9, "place": 0.9, "source": 0.8},
    # e6 (10 pages), after every rule of the round: Anadolu's place alone on its line under the byline and stamp
    # ("Ankara") unread
    "e6": {"title": 1.0, "date": 1.0, "place": 0.9, "source": 1.0},
}


def test_every_page_has_its_gold_and_shape():
    assert PAGES.on_disk() == sorted(GOLD) == sorted(SHAPES)


def test_the_as_they_came_figures_are_recorded_for_every_set():
    assert set(AS_THEY_CAME) == set(PAGES.sets())


def test_the_pooled_as_they_came_figures():
    # e1-e5 (50 pages), each set as it came (the figure the README gives): recomputed from AS_THEY_CAME
    sets = [AS_THEY_CAME[f"e{n}"] for n in range(1, 6)]
    pooled = {f: round(sum(s[f] for s in sets) / len(sets), 3) for f in ("title", "date", "place", "source")}
    assert pooled == {"title": 0.98, "date": 0.94, "place": 0.94, "source": 0.82}
    # e1-e6 (60 pages), e6 after the round's rules
    sets = [AS_THEY_CAME[f"e{n}"] for n in range(1, 7)]
    pooled = {f: round(sum(s[f] for s in sets) / len(sets), 3) for f in ("title", "date", "place", "source")}
    assert pooled == {"title": 0.983, "date": 0.95, "place": 0.933, "source": 0.85}


if __name__ == "__main__":          # python tests/test_extract_own_pages_e.py e1 [e2 ...]: figures and misses
    PAGES.report(sys.argv[1:])


# ------------------------------------------------------------- rules after the line was measured
# (each shape on pages of two or more sources: this line's and the earlier lines' pages)

import pytest  # noqa: E402

from osce_kg.loader.extract.document import read_text  # noqa: E402


def _one(text: str):
    return read_text(text, "page.txt").records[0]


_SIGNED = ("Nachrichten\nPolitik\nAusland\nOSZE-Parlamentarier beraten in Wien über Ukraine\n19.02.2026 15:42\n"
           "Die Parlamentarische Versammlung der OSZE ist am Donnerstag in Wien zusammengetreten.\n"
           "Die russische Delegation blieb der Tagung fern.\n")


@pytest.mark.parametrize("signature, links, source", [
    # a line signing the text under its last sentence: alone (Ilta-Sanomat e3_fi), after an author's label
    # (HRT e1_hr), between slashes (DR e5_da), in brackets with "with" (RFI e2_fr), in Greek (z1_el's paper)
    ("STT", "Jaa", "STT"),
    ("Autor: Hina", "Povezano", "Croatian News Agency"),
    ("/ritzau/", "Del artikel", "Ritzau"),
    ("(Avec AFP)", "Newsletter", "Agence France-Presse"),
    ("ΑΠΕ-ΜΠΕ", "", "Athens-Macedonian News Agency"),
    ("Izvor: Fena", "", "Federal News Agency"),
])
def test_a_line_signing_the_text_names_its_agency(signature, links, source):
    assert _one(_SIGNED + signature + "\n" + links + "\n").source == source


@pytest.mark.parametrize("signature", [
    "Autor: Vijesti online",        # the site itself, no agency
    "Jan Novák",                    # a person
    "(Avec AFP",                    # brackets that do not pair
    "OSZE",                         # the OSCE itself
    "Kommentare",                   # a link
])
def test_no_agency_from_other_closing_lines(signature):
    assert _one(_SIGNED + signature + "\n").source is None


def test_a_body_the_text_speaks_of_is_no_signature():
    # a tag repeating a body the text names (NATO) under a short last sentence signs nothing
    text = _SIGNED.replace("Die russische Delegation blieb der Tagung fern.", "Auch die NATO fehlte.")
    assert _one(text + "NATO\nTeilen\n").source is None
    assert _one(text + "STT\nTeilen\n").source == "STT"


def test_a_signature_needs_the_texts_last_sentence_above_it():
    assert _one(_SIGNED.replace("fern.\n", "fern\n") + "STT\n").source is None


from osce_kg.loader.extract.datelines import parse_dateline  # noqa: E402


@pytest.mark.parametrize("line, place, date, text", [
    # the year as an ordinal, its full stop before the year's word: in mixed case (the Mission to Bosnia and
    # Herzegovina's own site e4_bs) the dateline was unread; in capitals (p5_sr, q6_sr) the text started with "godine"
    ("Sarajevo, 18. februar 2026. godine – Misija OSCE-a je danas", "Sarajevo", "2026-02-18", "Misija"),
    ("BEOGRAD, 20. oktobar 2022. godine - Ministar spoljnih poslova", "Beograd", "2022-10-20", "Ministar"),
    ("НОВИ ПАЗАР, 7. јун 2022. године – Шеф Мисије ОЕБС", "Нови Пазар", "2022-06-07", "Шеф"),
])
def test_the_year_as_an_ordinal_before_its_word(line, place, date, text):
    found = parse_dateline(line)
    assert found.places == (place,) and found.date.isoformat() == date
    assert line[found.text_start:].startswith(text)


def test_a_slovene_dateline_in_the_genitive():
    # Slovene dates take the genitive ("19. februarja"): STA's dateline (e3_sl) was unread, place and agency
    found = parse_dateline("Dunaj, 19. februarja (STA) - Na Dunaju se je danes začelo zasedanje.")
    assert found.places == ("Dunaj",) and found.month_day == (2, 19) and found.agency == "STA"
    assert parse_dateline("Ljubljana, 2. julija 2026 - Vlada je danes").date.isoformat() == "2026-07-02"


@pytest.mark.parametrize("line, place, agency", [
    # the agency's credit closing a dateline alone on its line, the text under it: UzA (b3_uz), Kabar (b4_ky),
    # Ukrinform (b4_uk), ANSA (d2_it), PAP (d2_pl), BTA (d3_bg, z2_bg): the agency was unread, and BTA's place too
    ("Toshkent, 18 fevral 2026 (UzA)", "Toshkent", "UzA"),
    ("Бишкек, 14-май 2026 (Кабар)", "Бишкек", "Кабар"),
    ("Київ, 28 квітня 2026 (Укрінформ)", "Київ", "Укрінформ"),
    ("Warszawa, 24 września 2026 (PAP)", "Warszawa", "PAP"),
    ("Кишинев, 15 октомври 2026 /БТА/", "Кишинев", "БТА"),
    ("Скопие, 5 ноември /БТА/", "Скопие", "БТА"),
])
def test_an_agencys_credit_closing_a_dateline_alone_on_its_line(line, place, agency):
    found = parse_dateline(line)
    assert found.places == (place,) and found.agency == agency


@pytest.mark.parametrize("line", [
    "Vienna, 5 December 2025 (video)",        # a lower-case word in brackets is no agency
    "Vienna, 5 December 2025 (PAP",           # brackets that do not pair
    "Vienna, 5 December 2025 (PAP) and more",  # words after the credit: no dateline alone on its line
])
def test_no_closing_credit_from_other_brackets(line):
    found = parse_dateline(line)
    assert found is None or found.agency is None


def test_the_closing_credit_gives_the_pages_issuer_date_and_place():
    page = ("Агенция\nПолитика\nСвят\nМисията на ОССЕ в Молдова отбеляза 33 години\n"
            "Кишинев, 15 октомври 2026 /БТА/\nМисията на ОССЕ в Молдова отбеляза 33 години от създаването си.\n")
    record = _one(page)
    assert (record.date.isoformat(), record.place, record.source) == ("2026-10-15", "Кишинев",
                                                                      "Bulgarian News Agency")


@pytest.mark.parametrize("line, place, date", [
    # a mixed-case place without a comma, the full date and the agency in brackets: ČTK (z1_cs), TASR (z2_sk)
    ("Kišiněv 21. května 2025 (ČTK) - Vedoucí mise OBSE", "Kišiněv", "2025-05-21"),
    ("Belehrad 12. júna 2025 (TASR) - Misia OBSE v Srbsku", "Belehrad", "2025-06-12"),
])
def test_a_place_without_a_comma_before_a_full_date_and_an_agency(line, place, date):
    found = parse_dateline(line)
    assert found.places == (place,) and found.date.isoformat() == date


@pytest.mark.parametrize("line, source", [
    # a ministry's press service signing in Kazakh (e4_kk) and Bulgarian (e2_bg, whose page names no State: since
    # session 11 the ministry named in a language that is one State's alone is that State's, tests/test_extract_
    # issuer_s11.py; before, a line without its State stayed unread)
    ("Қазақстан Республикасы Сыртқы істер министрлігінің баспасөз қызметі",
     "Ministry of Foreign Affairs of Kazakhstan"),
    ("Пресцентър на Министерството на външните работи на Република България",
     "Ministry of Foreign Affairs of Bulgaria"),
    ("Пресцентър на Министерството на външните работи", "Ministry of Foreign Affairs of Bulgaria"),
])
def test_a_press_centre_in_more_languages(line, source):
    page = ("Министерство\nНачало\nНовини\nЗаместник-министърът се срещна с директора на Бюрото на ОССЕ\n"
            "25 февруари 2026\nЗаместник-министърът се срещна в София с директора на Бюрото.\n" + line + "\n")
    assert _one(page).source == source


@pytest.mark.parametrize("page, title", [
    # a paper's short headline right under its rubric (a menu's item printed again), a sub-headline of nine words
    # or more under it (Izvestia c9_ru, Nezavisimaya Gazeta e4_ru): the sub-headline was taken
    ("Известия\nПолитика\nМир\nЭкономика\nМир\nБез общего знаменателя\nСовет министров ОБСЕ в Вене вновь "
     "завершился без итоговой декларации и бюджета\n4 декабря 2025, 21:40\nЗаседание Совета министров ОБСЕ "
     "завершилось без декларации.\n", "Без общего знаменателя"),
    ("Независимая газета\nПолитика\nДипломатия\nСНГ\nДипломатия\nОБСЕ на голодном пайке\nОрганизация четвертый "
     "год живет без утвержденного бюджета, а председательство ищет компромисс\n20.02.2026 18:32:00\nЗимняя "
     "сессия Парламентской ассамблеи ОБСЕ прошла без российской делегации.\n", "ОБСЕ на голодном пайке"),
    # a topic's kicker above a headline of fewer words keeps the headline, with or without the stamp under it
    ("Zeitung\nPolitik\nAusland\nWirtschaft\nAusland\nParlamentswahl in Georgien\nOSZE sieht Einschüchterung "
     "von Wählern\nDie Wahlbeobachter der OSZE haben am Montag von Einschüchterung berichtet.\n",
     "OSZE sieht Einschüchterung von Wählern"),
    # a long headline under the rubric, no sub-headline: itself
    ("Agentur\nPolitik\nWelt\nWelt\nOSZE-Parlamentarier beraten in Wien über die Finanzierung der Feldmissionen\n"
     "19.02.2026 15:42\nDie Parlamentarische Versammlung der OSZE ist in Wien zusammengetreten.\n",
     "OSZE-Parlamentarier beraten in Wien über die Finanzierung der Feldmissionen"),
])
def test_a_short_headline_under_the_rubric_above_a_sub_headline(page, title):
    assert _one(page).title == title


@pytest.mark.parametrize("text, date", [
    # a month's name two languages share, read in the page's: Polish and Czech "listopad" is November, Croatian
    # October (PAP f1_pl, Rzeczpospolita f2_pl and a Polish NGO's w6_pl were dated a month early)
    ("Wiadomości\nŚwiat\nPolscy obserwatorzy OBWE pojadą na wybory w Gruzji\nWarszawa, 4 listopada 2026 (PAP)\n"
     "Polscy obserwatorzy pojadą na wybory w Gruzji, poinformowało w środę Ministerstwo Spraw Zagranicznych.\n",
     "2026-11-04"),
    ("Vijesti\nSvijet\nGrlić Radman u Beču s glavnim tajnikom OESS-a\n4. listopada 2026.\nMinistar vanjskih "
     "poslova sastao se u četvrtak u Beču s glavnim tajnikom organizacije.\n", "2026-10-04"),
])
def test_a_months_name_two_languages_share_is_read_in_the_pages(text, date):
    assert _one(text).date.isoformat() == date


@pytest.mark.parametrize("dateline, place, date, source", [
    # an agency the data knows named by a word closing a dateline alone on its line, after a comma (Khovar z3_tg)
    # or a dash (Report b3_az): issuer unread, and Khovar's date and place too
    ("Душанбе, 3 феврали 2026, Ховар", "Душанбе", "2026-02-03", "Khovar"),
    ("Bakı, 4 mart 2026 - Report", "Bakı", "2026-03-04", "Report News Agency"),
    # a word the data does not know as an agency is no credit, and such a line no dateline (as before)
    ("Vienna, 5 December 2025, Hofburg", None, None, None),
])
def test_an_agencys_word_closing_a_dateline_alone_on_its_line(dateline, place, date, source):
    record = _one("Agency\nPolitics\nWorld\nThe OSCE office handed over equipment to border guards\n" + dateline
                  + "\nThe OSCE office handed over equipment to the border guards in the south of the country.\n")
    assert (record.place, record.source, record.date and record.date.isoformat()) == (place, source, date)


def test_the_line_holds_its_figures_after_the_rules():
    # e1-e5 (50 pages) after this round's rules (written with the pages in view: an upper bound, not a measure)
    scores = PAGES.scores([n for n in sorted(GOLD) if n[:2] in ("e1", "e2", "e3", "e4", "e5")])
    assert scores["title"] >= 1.0 and scores["date"] >= 0.96 and scores["place"] >= 0.98 and scores["source"] >= 0.92


def test_a_one_sentence_teaser_has_no_signature():
    # (the x-line's rule: a short last sentence that is the whole text, then a code, is no agency's item)
    page = "Politic\nOSCE a organizat consultări\n12.03.2024 14:20\nMisiunea a organizat consultări.\nIPN\n"
    assert _one(page).source is None


@pytest.mark.parametrize("line, place", [
    # a dateline alone on its line under the headline, one capitalised word and a full date, a city the data does
    # not list: ČT24 f2_cs, a Ukrainian site f2_uk, a Greek paper f3_el, Nasha Niva f4_be, a German paper b7_de
    ("Brno, 1. prosince 2026", "Brno"),
    ("Ужгород, 20 листопада 2026", "Ужгород"),
    ("Θεσσαλονίκη, 14 Δεκεμβρίου 2026", "Θεσσαλονίκη"),
    ("Innsbruck, 8. August 2026", "Innsbruck"),
    # a body the data knows, a weekday, a State: no place
    ("Reuters, 12 March 2024", None),
    ("Monday, 12 March 2024", None),
    ("Austria, 12 March 2024", None),
])
def test_a_lone_place_and_date_under_the_headline(line, place):
    page = ("Nachrichten\nPolitik\nAusland\nDie OSZE-Mission berät über die Wahlen in der Region\n" + line
            + "\nDie Mission der OSZE hat am Montag mit Vertretern der Parteien über die Wahlen beraten.\n")
    record = _one(page)
    assert record.place == place and record.date is not None
