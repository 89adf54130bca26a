"""Line ah (session 13): a blind line of whole web pages written for the extraction-quality measurement.

Blind: the writer read only tests/gold/README.md, the README's "Naming conventions" section, tests/own_pages.py's
API, the test template and the lead's six decisions; no loader code or data, no other own page or gold, no corpus
page, and nothing was run on these pages. The gold was written by reading each page as written, before anything ran.

Pages: whole pages as a browser's "save as text" gives them (masthead, menus, breadcrumbs, cookie banners, share
bars, metadata blocks, datelines, contact blocks, related teasers, footers). Site shapes (SHAPES): osce-new,
osce-old, archive (a Wayback Machine capture with its toolbar), institution (RFoM, ODIHR, HCNM, PA sites),
field-site (a field operation's own site), agency, broadcaster, newspaper, aggregator, mfa.

Judgement calls taken while writing (see JUDGEMENT below the gold's first set for the page-by-page ones):
JUDGEMENT_PLACEHOLDER
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    # --- set ah1 ---
    "ah1_de.txt": ("OSZE schult Zollbeamte in Kasachstan im Erkennen gefälschter Reisedokumente", "2024-03-14", "Astana",
                   "OSCE Programme Office in Astana", False, {"Border management", "Countering terrorism"},
                   {"Kazakhstan", "Poland", "Lithuania"}, {"OSCE Programme Office in Astana"},
                   {"Volker Frobarth", "Tomas Jankauskas", "Aigerim Sultanova"},
                   {("World Customs Organization", "Weltzollorganisation", "WZO"), "United Nations Office on Drugs and Crime"}),
    "ah1_ru.txt": ("Миссия ОБСЕ в Молдове содействует восстановлению моста через Днестр у Гура-Бычулуй", "2008-10-09", "Кишинев",
                   "OSCE Mission to Moldova", True, set(), {"Moldova", "United States of America"}, {"OSCE Mission to Moldova"},
                   {"Филип Реми", "Виктор Осипов", "Владимир Ястребчак", "Клод Батлер"},
                   {"European Commission", "United Nations Development Programme"}),
    "ah1_pl.txt": ("ODIHR rozpoczyna ocenę wyborów prezydenckich w Polsce", "2015-04-15", "Warszawa",
                   "OSCE Office for Democratic Institutions and Human Rights", False, {"Elections"}, {"Poland"}, set(),
                   {"Tana de Zulueta", "Thomas Rymer"},
                   {"OSCE Office for Democratic Institutions and Human Rights", ("Telewizja Polska", "TVP"),
                    ("Law and Justice", "Prawo i Sprawiedliwość"), ("Civic Platform", "Platforma Obywatelska"),
                    ("Helsinki Foundation for Human Rights", "Helsińska Fundacja Praw Człowieka")}),
    "ah1_uk.txt": ("Програма підтримки ОБСЄ для України передала Державній службі з надзвичайних ситуацій обладнання для гуманітарного розмінування",
                   "2024-05-27", "Київ", "OSCE Support Programme for Ukraine", True, set(), {"Ukraine", "Germany", "Japan"},
                   {"OSCE Support Programme for Ukraine", "OSCE Project Co-ordinator in Ukraine"},
                   {"Ліна Жейлер", "Леонід Тимченко"},
                   {("Geneva International Centre for Humanitarian Demining", "Женевський міжнародний центр гуманітарного розмінування", "GICHD"),
                    "United Nations Development Programme"}),
    "ah1_sr.txt": ("Predstavnica OEBS-a za slobodu medija zabrinuta zbog napada na novinarku u Novom Sadu", "2022-02-03", "Beč",
                   "OSCE Representative on Freedom of the Media", True, {"Safety of journalists"}, {"Serbia", "Austria"},
                   {"OSCE Mission to Serbia"}, {"Tereza Ribeiro", "Ana Lalić", "Ana Brnabić", "Ana Vidal"},
                   {"OSCE Representative on Freedom of the Media", ("Autonomija",),
                    ("Independent Journalists' Association of Serbia", "Nezavisno udruženje novinara Srbije", "NUNS")}),
    "ah1_ka.txt": ("ეუთოს მოქმედი თავმჯდომარე ადმინისტრაციულ გამყოფ ხაზთან მდებარე სოფლებს ესტუმრა", "2010-01-22", "თბილისი",
                   "Interpressnews", False, set(), {"Kazakhstan", "Georgia"}, set(),
                   {"კანატ საუდაბაევი", "ჰანსიორგ ჰაბერი", "ნიკა გილაური"},
                   {("Interpressnews", "ინტერპრესნიუსი"), "European Union Monitoring Mission in Georgia",
                    "International Committee of the Red Cross"}),
    "ah1_hy.txt": ("ԵԱՀԿ ԺՀՄԻԳ-ը դիտորդական առաքելություն է բացել Հայաստանում", "2021-05-04", None, None, False, set(), {"Armenia"},
                   set(), {"Կետլին Ջոնսոն", "Տիգրան Մուկուչյան"},
                   {"OSCE Office for Democratic Institutions and Human Rights", ("Civil Contract", "Քաղաքացիական պայմանագիր"),
                    ("Armenia Alliance", "Հայաստան"),
                    ("Transparency International Anti-Corruption Center", "Թրանսփարենսի Ինթերնեշնլ հակակոռուպցիոն կենտրոն"),
                    "OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe"}),
    "ah1_ro.txt": ("Misiunea OSCE în Moldova și Chișinăul discută despre școlile cu predare în grafie latină din stânga Nistrului",
                   "2019-09-18", "Chișinău", None, False, set(),
                   {"Moldova", "Russian Federation", "Ukraine", "United States of America"}, {"OSCE Mission to Moldova"},
                   {"Claus Neukirch", "Vasilii Șova"},
                   {"European Union", ("Promo-LEX Association", "Asociația Promo-LEX", "Promo-LEX"), "OSCE Permanent Council"}),
    "ah1_fr.txt": ("L'OSCE salue l'adoption de la loi électorale en Bosnie-Herzégovine", "2022-07-12", "Sarajevo",
                   "Le Courrier des Balkans", False, set(), {"Bosnia and Herzegovina", "United States of America"},
                   {"OSCE Mission to Bosnia and Herzegovina"}, {"Christian Schmidt", "Brian Aggeler", "Milorad Dodik"},
                   {("Office of the High Representative", "Bureau du Haut Représentant", "OHR"),
                    "OSCE Office for Democratic Institutions and Human Rights", ("Party of Democratic Action", "SDA"),
                    ("Alliance of Independent Social Democrats", "Alliance des sociaux-démocrates indépendants", "SNSD"),
                    ("Le Courrier des Balkans",)}),
    "ah1_el.txt": ("Συμμετοχή του Υφυπουργού Εξωτερικών Μιλτιάδη Βαρβιτσιώτη στην Υπουργική Σύνοδο του ΟΑΣΕ στη Μπρατισλάβα",
                   "2019-12-02", None, "Ministry of Foreign Affairs of Greece", False, set(), {"Greece", "Slovakia"}, set(),
                   {"Μιλτιάδης Βαρβιτσιώτης", "Μίροσλαβ Λάιτσακ", "Τόμας Γκρέμινγκερ"},
                   {"OSCE Ministerial Council", "OSCE Office for Democratic Institutions and Human Rights",
                    "Office of the United Nations High Commissioner for Refugees"}),
    "ah1_en.txt": ("OSCE Mission to Skopje and State Election Commission train 1,200 polling board members ahead of local elections",
                   "2021-09-06", "Skopje", "OSCE Mission to Skopje", False, {"Elections", "Democratization"}, {"North Macedonia"},
                   {"OSCE Mission to Skopje"}, {"Clemens Koja", "Aleksandar Dashtevski"},
                   {"World Health Organization", "United States Agency for International Development",
                    "OSCE Office for Democratic Institutions and Human Rights"}),
    "ah1_kk.txt": ("ЕҚЫҰ Бас хатшысы Хельга Шмид Астанада Мемлекеттік хатшымен кездесті", "2023-06-28", "Астана",
                   "Kazinform", False, set(), {"Kazakhstan", "Afghanistan"}, {"OSCE Programme Office in Astana"},
                   {"Хельга Шмид", "Ерлан Қаринов", "Мұхтар Тілеуберді"},
                   {("Kazinform", "ҚазАқпарат"), ("Nazarbayev University", "Назарбаев университеті")}),
    "ah1_it.txt": ("Ucraina, Zagabria e Roma chiedono all'Osce una missione di monitoraggio nella centrale di Zaporizhzhia",
                   "2022-09-08", "Vienna", None, False, set(),
                   {"Ukraine", "Italy", "Croatia", "Russian Federation", "Poland"}, set(),
                   {"Rafael Grossi", "Zbigniew Rau", "Luigi Di Maio"},
                   {"OSCE Permanent Council", "International Atomic Energy Agency", "United Nations Development Programme"}),
    "ah1_hu.txt": ("Szijjártó Péter: az EBESZ-nek a kisebbségi jogok védelmében is szerepet kell vállalnia", "2017-11-03", None,
                   None, False, set(), {"Hungary", "Ukraine", "Serbia", "Romania"}, set(),
                   {"Szijjártó Péter", "Lamberto Zannier", "Brenzovics László"},
                   {"OSCE High Commissioner on National Minorities", "European Commission for Democracy through Law",
                    ("Society of Hungarian Culture of Subcarpathia", "Kárpátaljai Magyar Kulturális Szövetség", "KMKSZ")}),
    "ah1_sq.txt": ("Prezenca e OSBE-së mbështet zyrat vendore të Avokatit të Popullit në Shkodër dhe Korçë", "2023-11-21", "Tiranë",
                   "OSCE Presence in Albania", True, {"Human rights", "Good governance"}, {"Albania", "Netherlands"},
                   {"OSCE Presence in Albania"}, {"Michel Tarran", "Erinda Ballanca", "Edlira Papavangjeli", "Hermes Gjika"},
                   {("Albanian Helsinki Committee", "Komiteti Shqiptar i Helsinkit"), "United Nations Development Programme"}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "ah1_de.txt": "osce-new", "ah1_ru.txt": "osce-old", "ah1_pl.txt": "archive", "ah1_uk.txt": "field-site",
    "ah1_sr.txt": "institution", "ah1_ka.txt": "agency", "ah1_hy.txt": "broadcaster", "ah1_ro.txt": "newspaper",
    "ah1_fr.txt": "aggregator", "ah1_el.txt": "mfa", "ah1_en.txt": "osce-new", "ah1_kk.txt": "agency",
    "ah1_it.txt": "broadcaster", "ah1_hu.txt": "mfa", "ah1_sq.txt": "field-site",
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = None
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {}

PAGES = OwnPages("ah", GOLD, FIELDS)

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE))


if __name__ == "__main__":  # python tests/test_extract_own_pages_ah.py [ah1 ah2 ah3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
