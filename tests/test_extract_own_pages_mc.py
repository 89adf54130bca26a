"""Issue 11, line mc (session 12, helper M): States, persons and organizations on pages in the shapes line ad
failed on, written on other sites: ministries' releases (Georgian, Spanish), broadcasters (Ukrainian, Swiss German),
agencies (Armenian, Kazakh in Russian), newspapers (an exiled Belarusian paper, a Serbian paper's 2005 archive) and
field offices' sites (English, Romanian). What they hold: names in their cases (Georgian ergative and dative
"ბოჭორიშვილმა", "სინირლიოღლუს", genitive "მაისურაძის"; Armenian "-ը", "-ի հետ", "-ին"; Belarusian, Ukrainian,
Russian instrumental and genitive "Ферыдунам Сінірліёглу", "Дмитром Лубінцем", "Кристофа Кампа"; Serbian
"Svetozarom Marovićem"), an initial and surname repeating a person ("М.Нуртлеу", "Ա. Միրզոյանը"), a capitalised post
before a name ("Secretario de Estado de Asuntos Exteriores y Globales, Diego ...", "Уповноваженим Верховної Ради",
"Human Rights Officer", "Head of Mission"), bodies without a type word in the page's language (NGOs "Детектор медіа",
"Вясна", "Promo-LEX", "Vaša prava BiH", "Адил соз", parties "G17 plus", "Patriotische Block"), site-wide footers with
an address and its country (lead decision 5: not a State mention: Lithuania, Spain, Switzerland, Serbia), "Srbija i
Crna Gora" as one State (lead decision 4), States in teasers under the text (left out).

10 pages in three sets (mc1-mc3), ka uk hy be ru es de sr en ro; every sentence is ours, the facts (posts, names,
dates, places) real or plausible. Round 3 added mc4 (uk agency, de newspaper: line af's agency persons and newspaper
organizations on other sites), pages and gold committed (1c706fc) before any run, measured once on that commit.
Session 13, round 1 added mc5 (hu newspaper, pl broadcaster, de ministry, bg agency: line ag's persons and
organizations misses in other sites' shapes), pages and gold committed before any run, measured once on that commit.
Session 13, round 3 added mc6 (fi broadcaster, fi newspaper: line ai's ai2_fi, a foreign name in the accusative after
a verb of meeting and its post in the nominative, "tapasi ... ulkoministeri Ararat Mirzojanin"; a Finnish name in
-nen in the genitive, "Valtosen"), pages and gold committed before any run, measured once on that commit.

The gold follows tests/gold/README.md and lines mb and ad: ``states`` every sovereign State named in the title and
body, also by an unambiguous national adjective or demonym ("Finnin"), never from menus, teasers or a site-wide
footer; ``persons`` in the nominative, in the page's script, photo credits excluded; ``organizations`` by official
English name and the name as the page writes it (nominative) or its acronym; a news agency credited in the dateline
counts, a masthead does not; no State organs (ministries, parliaments, ombudsmen, governments), posts, the OSCE as
a whole or its field operations.

Method: the pages and this gold were committed before the extractor was run on them (b28df7d); the figures as they
came are recorded in a commit of their own, then the line is used for rules that hold on pages of two sources or more.
One gold value was added after the first run, an oversight against tests/gold/README.md ("Institutions named after
their head"): mc1_uk's "Представник ОБСЄ з питань свободи ЗМІ" is the OSCE Representative on Freedom of the Media,
as mc2_ru's High Commissioner was written (mc1's organizations 0.8 with the gold as committed, 0.909 with it).

F1 as they came (10 pages, measured once at b28df7d): States 0.880 (P 0.815, R 0.957), persons 0.857 (P 0.828,
R 0.889), organizations 0.826 (P 0.950, R 0.731); worst shape newspaper (0.727 / 0.727 / 0.333).
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

RU = "Russian Federation"
BIH = "Bosnia and Herzegovina"
ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
PA = "OSCE Parliamentary Assembly"
HCNM = "OSCE High Commissioner on National Minorities"
PROMO_LEX = ("Promo-LEX Association", "Promo-LEX", "Asociația Promo-LEX")

FIELDS = ("states", "persons", "organizations")

#: file: (states, persons, organizations)
GOLD: dict[str, tuple] = {
    # mc1
    "mc1_ka.txt": (["Georgia", RU],
                   ["მაკა ბოჭორიშვილი", "ფერიდუნ სინირლიოღლუ", "ალექსანდრე მაისურაძე"],
                   ["European Union"]),
    "mc1_uk.txt": (["Ukraine", RU],
                   ["Ян Браату", "Дмитро Лубінець", "Ірина Данилович", "Андрій Сибіга"],
                   ["OSCE Representative on Freedom of the Media",
                    ("Reporters Without Borders", "Репортери без кордонів"), ("Detector Media", "Детектор медіа")]),
    "mc1_hy.txt": (["Armenia", "Azerbaijan"],
                   ["Արարատ Միրզոյան", "Ֆերիդուն Սինիրլիօղլու", "Անահիտ Մանասյան"],
                   [("Armenpress", "Արմենպրես"), ODIHR]),
    # mc2
    "mc2_be.txt": (["Belarus"],
                   ["Святлана Ціханоўская", "Ферыдун Сінірліёглу", "Алесь Бяляцкі", "Марыя Тэлаліян"],
                   [("Viasna Human Rights Centre", "Вясна"), ODIHR]),
    "mc2_ru.txt": (["Kazakhstan", "Kyrgyzstan", "Uzbekistan"],
                   ["Мурат Нуртлеу", "Кристоф Камп"],
                   [("Kazinform", "Казинформ"), HCNM, ("Adil Soz", "Адил соз", "Фонд «Адил соз»")]),
    "mc2_es.txt": (["Ukraine", RU],
                   ["José Manuel Albares", "Feridun Sinirlioğlu", "Diego Martínez Belío"],
                   ["Council of Europe", "Office of the United Nations High Commissioner for Refugees",
                    ("Spanish Red Cross", "Cruz Roja Española")]),
    # mc3
    "mc3_de.txt": (["Moldova", RU, "Finland"],
                   ["Pia Kauma", "Maia Sandu"],
                   [PA, ODIHR, ("Party of Action and Solidarity", "Partei Aktion und Solidarität", "PAS"),
                    ("Patriotic Electoral Bloc", "Patriotischer Block", "Patriotische Block"), PROMO_LEX]),
    "mc3_sr.txt": (["Serbia and Montenegro", "Croatia", BIH],
                   ["Maurizio Masari", "Svetozar Marović"],
                   [("Belgrade Centre for Human Rights", "Beogradski centar za ljudska prava"),
                    ("G17 Plus", "G17 plus"),
                    ("Lawyers' Committee for Human Rights", "Komitet pravnika za ljudska prava", "YUCOM")]),
    "mc3_en.txt": ([BIH, "Norway"],
                   ["Amra Hodžić", "Brian Aggeler"],
                   [("Vaša prava BiH",),
                    ("Transparency International Bosnia and Herzegovina",
                     "Transparency International in Bosnia and Herzegovina", "Transparency International")]),
    "mc3_ro.txt": (["Moldova", "Germany", "Sweden"],
                   ["Kelly Keiderling", "Oleg Serebrian"],
                   [("Independent Journalism Center", "Centrul pentru Jurnalism Independent"), PROMO_LEX]),
    # mc4 (session 12, round 3): line af's agency persons and newspaper organizations on other sites; a relational
    # adjective opening a body's or an office's name ("Харківської правозахисної групи", "Eidgenössischen
    # Departements", "Schweizerische Rote Kreuz"), a party in brackets after a name, teasers under the text
    "mc4_uk.txt": (["Ukraine", "Poland", "Moldova"],
                   ["Марія Телаліан", "Олександр Павліченко", "Анна Овдієнко"],
                   [ODIHR, ("Ukrainian Helsinki Human Rights Union", "Українська Гельсінська спілка з прав людини"),
                    ("Kharkiv Human Rights Protection Group", "Харківська правозахисна група"),
                    ("Ukrinform", "Укрінформ"), "Council of Europe"]),
    "mc4_de.txt": (["Switzerland", "Ukraine", "Kazakhstan", "Uzbekistan"],
                   ["Feridun Sinirlioğlu", "Ignazio Cassis", "Sibel Arslan"],
                   [("Swiss Red Cross", "Schweizerisches Rotes Kreuz", "Schweizerische Rote Kreuz"),
                    ("swisspeace", "Swiss Peace Foundation"), ("Green Party of Switzerland", "Grüne")]),
    # mc5 (session 13, round 1): line ag's misses on other sites and in other languages: names in an oblique case
    # ("Szijjártó Pétert", "Jan Braathut", "Marcinem Wiąckiem"), Bulgarian given names the dictionary may lack,
    # bodies written in the page's language (courts, universities, NGOs), a teasers' heading of capitalised nouns
    # ("Powiązane Artykuły"), a ministry's and a newspaper's footer
    "mc5_hu.txt": (["Hungary", "Ukraine", "Slovakia", "Romania"],
                   ["Christophe Kamp", "Szijjártó Péter", "Maria Telalian", "Jan Braathu"],
                   [(HCNM, "EBESZ nemzeti kisebbségi főbiztosa"),
                    (ODIHR, "Demokratikus Intézmények és Emberi Jogok Hivatala"),
                    ("OSCE Representative on Freedom of the Media", "EBESZ médiaszabadság-képviselője"),
                    ("Hungarian Helsinki Committee", "Magyar Helsinki Bizottság"),
                    ("European Court of Human Rights", "Európai Emberi Jogi Bíróság"),
                    ("Central European University", "Közép-európai Egyetem", "CEU")]),
    "mc5_pl.txt": (["Belarus", "Ukraine", "Poland"],
                   ["Maria Telalian", "Marcin Wiącek"],
                   [(ODIHR, "Biuro Instytucji Demokratycznych i Praw Człowieka"),
                    ("Helsinki Foundation for Human Rights", "Helsińska Fundacja Praw Człowieka"),
                    ("University of Warsaw", "Uniwersytet Warszawski"),
                    ("European Court of Human Rights", "Europejski Trybunał Praw Człowieka")]),
    "mc5_de.txt": (["Ukraine", "Moldova"],
                   ["Beate Meinl-Reisinger", "Christophe Kamp"],
                   [(HCNM, "Hoher Kommissar der OSZE für nationale Minderheiten",
                     "OSZE-Hochkommissar für nationale Minderheiten"),
                    ("Council of Europe", "Europarat"),
                    ("European Centre for Minority Issues", "Europäisches Zentrum für Minderheitenfragen", "ECMI"),
                    ("University of Vienna", "Universität Wien"),
                    ("European Court of Human Rights", "Europäischer Gerichtshof für Menschenrechte")]),
    "mc5_bg.txt": (["Bulgaria", "Türkiye", "Greece"],
                   ["Георг Георгиев", "Феридун Синирлиоглу", "Ивайло Калфин", "Красимир Кънев"],
                   [("Bulgarian News Agency", "БТА"),
                    ("Bulgarian Helsinki Committee", "Български хелзинкски комитет"),
                    ("Sofia University St. Kliment Ohridski", "Софийски университет „Св. Климент Охридски“",
                     "Софийски университет"),
                    (ODIHR, "Бюро за демократични институции и права на човека")]),
    # mc6 (session 13, round 3): foreign names as the object of a verb of meeting after a post in the nominative
    # ("tapasi ... ulkoministeri Ararat Mirzojanin", "Jeyhun Bayramovin", "presidentti Alexander Stubbin"), a Finnish
    # family name in -nen in the genitive ("Elina Valtosen"), bodies in Finnish cases ("Naton", "Euroopan unionin")
    "mc6_fi.txt": (["Finland", "Armenia", "Azerbaijan"],
                   ["Elina Valtonen", "Ararat Mirzojan", "Jeyhun Bayramov"],
                   [("Office of the United Nations High Commissioner for Refugees", "YK:n pakolaisjärjestö",
                     "UNHCR")]),
    "mc6_fi2.txt": (["Poland", "Finland", RU],
                    ["Radosław Sikorski", "Alexander Stubb", "Elina Valtonen"],
                    [("OSCE Permanent Council", "ETYJ:n pysyvä neuvosto"),
                     ("North Atlantic Treaty Organization", "Nato"),
                     ("European Union", "Euroopan unioni")]),
}

#: the site shape of each page (the worst shape is reported, not only the mean)
SHAPES: dict[str, str] = {
    "mc1_ka.txt": "mfa", "mc2_es.txt": "mfa",
    "mc1_uk.txt": "broadcaster", "mc3_de.txt": "broadcaster",
    "mc1_hy.txt": "agency", "mc2_ru.txt": "agency",
    "mc2_be.txt": "newspaper", "mc3_sr.txt": "newspaper",
    "mc3_en.txt": "field-site", "mc3_ro.txt": "field-site",
    "mc4_uk.txt": "agency", "mc4_de.txt": "newspaper",
    "mc5_hu.txt": "newspaper", "mc5_pl.txt": "broadcaster", "mc5_de.txt": "mfa", "mc5_bg.txt": "agency",
    "mc6_fi.txt": "broadcaster", "mc6_fi2.txt": "newspaper",
}

PAGES = OwnPages("mc", GOLD, FIELDS)

#: each set's figures and the whole line's as they came (PAGES.figures), measured once before any rule for them
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # mc1: the initial form "Ա. Միրզոյան" as a second person, "Дмитро Лубінц" (instrumental cut), a teaser's
    # Lithuania, "Детектор медіа" missed
    "mc1": {"states": (0.857, 1.0, 0.923), "persons": (0.818, 0.9, 0.857), "organizations": (1.0, 0.833, 0.909)},
    # mc2: "М.Нуртлеу" a second person, "Алеся Бяляцкага" in the genitive, "Марыяй Тэлаліян" and "Вясна" and
    # Belarusian БДІПЧ missed, "Secretario de Estado" as a person, the footer's Spain, the EU of a ministry's name
    "mc2": {"states": (0.857, 1.0, 0.923), "persons": (0.7, 0.778, 0.737), "organizations": (0.857, 0.75, 0.8)},
    # mc3: the footer's Serbia and a street's North Macedonia ("Makedonska 29"), Serbia and Montenegro also read
    # as its two parts, "Finnin" missed, "G17 plus", "YUCOM", "Vaša prava BiH", "Patriotische Block" missed
    "mc3": {"states": (0.769, 0.909, 0.833), "persons": (1.0, 1.0, 1.0), "organizations": (1.0, 0.667, 0.8)},
    # mc4 (round 3, measured once on a worktree of 1c706fc, its pages' commit): the NGO "Харківська правозахисна
    # група" and the party "Grüne" in brackets after a name missed (no type word in the page's language)
    "mc4": {"states": (1.0, 1.0, 1.0), "persons": (1.0, 1.0, 1.0), "organizations": (1.0, 0.75, 0.857)},
    # mc5 (session 13, round 1, measured once on a worktree of c15ebdb, its pages' commit): the European Court of
    # Human Rights in German, Hungarian and Polish, the European Centre for Minority Issues, the HCNM and the RFoM in
    # Hungarian missed; "Szijjártó Pétert" (the accusative) not read as a person
    "mc5": {"states": (1.0, 1.0, 1.0), "persons": (1.0, 0.917, 0.957), "organizations": (1.0, 0.684, 0.812)},
    # mc6 (session 13, round 3, measured once on a worktree of f1acbd4, its pages' commit): the foreign names after
    # "tapasi/tapaa ... ulkoministeri" kept their accusative ("Ararat Mirzojanin", "Jeyhun Bayramovin", "Alexander
    # Stubbin"), "Elina Valtosen" kept its genitive, "Naton" (Nato in the genitive) missed
    "mc6": {"states": (1.0, 1.0, 1.0), "persons": (0.333, 0.333, 0.333), "organizations": (1.0, 0.75, 0.857)},
    # all pooled: the first 10 measured once on b28df7d's extractor (states (0.815, 0.957, 0.88), persons (0.828,
    # 0.889, 0.857), organizations (0.95, 0.731, 0.826)); all 12 at 1c706fc with mc4 as it came (states (1.0, 0.967,
    # 0.983), persons (0.97, 0.97, 0.97), organizations (0.963, 0.765, 0.852)); all 16 at c15ebdb with mc5 as it came
    # (states (1.0, 0.976, 0.988), persons (0.977, 0.956, 0.966), organizations (0.976, 0.755, 0.851)); all 18 at
    # f1acbd4 with mc6 as it came
    "mc1-mc6": {"states": (1.0, 0.979, 0.989), "persons": (0.902, 0.902, 0.902),
                "organizations": (0.978, 0.789, 0.874)},
}

#: the worst site-shape group of each set field over all pages, as it came (F1)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "states": ("newspaper", 0.727), "persons": ("newspaper", 0.727), "organizations": ("newspaper", 0.333),
}


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


def test_each_shape_is_two_sites_or_more():
    shapes = list(SHAPES.values())
    assert all(shapes.count(shape) >= 2 for shape in shapes)


if __name__ == "__main__":          # python tests/test_extract_own_pages_mc.py [mc1 ...]: figures and misses
    PAGES.main(sys.argv[1:], SHAPES, f1=FIELDS)
