"""Line ae: 46 own pages written blind for the extraction-quality measurement (session 12).

Written without reading the loader, the server, any other own page or gold, the gold JSONL files or the shared
corpus, and without running the extractor or the tests on them; the gold below was written by reading each page,
before anything ran on it. Every sentence is new prose; names, posts, dates and bodies are real or plausible.

Pages: tests/fixtures/own_pages/ae1_*.txt, ae2_*.txt (15 each), ae3_*.txt (16), 31 languages: sq, en (4 pages),
ru (3), pl (2), bs, mk (2), sk, kk, hu, ka (2), cs (2), sv, lt, sl, fi, ro (2), fr, sr (Cyrillic ae2_sr, Latin ae3_sr),
ky, uz (Latin ae2_uz, Cyrillic ae3_uz), de (3), tr, no, hr, nl, uk (2), mn, bg, lv, da, et.
Ten site shapes (SHAPES): osce-new (4), osce-old (4), archive (4: Wayback, archive.today/archive.ph toolbars),
institution (5: ODIHR, PA, RFoM, HCNM), field-site (5), agency (5), broadcaster (5), newspaper (5),
aggregator (4), mfa (5).

Judgement calls taken while writing (gold follows tests/gold/README.md and the five lead decisions):
- Source. OSCE sites: the field office / institution heading its section (osce-new, osce-old, archived osce.org)
  or the site itself (field sites, ODIHR, PA, HCNM sites) gives an inferred issuer; an entity page is issued by the body
  it is about (ae1_mk, ae3_en). The event page ae2_sr keeps its site's inferred issuer: its "Организатор:" line is
  an organizer, not a Source line. Statement headlines on non-OSCE sites give the inferred issuer (ae3_bg archived
  chairmanship site, ae3_mk ministry: OSCE Chairpersonship); ae1_fi is a CiO statement under the header
  "Ulkoministeriön tiedote" (a ministry press-release header), so the explicit ministry wins (not inferred).
  ae2_mn's closing press-service label is an explicit source. Reports on ministries' sites (ae1_sl, ae3_et) and on
  news sites without a credit get none. Agencies in the dateline or credit ("(TASR)", "KAZINFORM", "(APA)", "(UzA)",
  "/ritzau/", "(БелТА)", "/IPN/") and credit lines ("Forrás: MTI", "Kaynak: AA", "Źródło: PAP", aggregators'
  "Šaltinis: ELTA", "Укрінформ", "Sursa: IPN", "Источник: БелТА") are explicit, with their English name
  (ELTA, Ritzau, Ukrinform and Info-Prim Neo kept as their brand names). The Prague Office page (ae3_cs) is
  issued by "Prague Office of the OSCE Secretariat" (a Secretariat unit; the label is my choice).
- A source that is a ministry (ae1_fi, ae2_mn) is not in organizations (State organ rule); an agency source is.
- Dates: "Updated"/"Uppdaterad"/"Güncelleme" stamps are never the date (decision 3); aggregator crawl stamps
  ("Pridėta į srautą", "Добавлено в ленту", "Preluat") are not either: the source line's or dateline's date is.
  ae2_de's date comes from the agency's closing "APA0312 2025-04-08/14:22" stamp (dateline "Wien (APA)" has none).
  Entity pages have no date; the event page's date is its start date and its place the "Место:" value.
- Place: only a dateline (or an event's location); pages that only say where things happened in the body
  (ae1_hu "Szkopjéban", ae2_mn, ae3_et, newspapers) have null.
- States (decision 5): site-wide footers (the OSCE Secretariat's Vienna address on osce.org, the PA's Copenhagen,
  ODIHR's Warsaw and HCNM's The Hague addresses, news sites' addresses) are chrome; a press-contact block of the
  item with an address counts (ae1_en Kyrgyzstan, ae2_ru Turkmenistan, ae2_en Austria, ae3_en Tajikistan).
  "Location:"-type tags (Vendndodhja, Locație, Lokacija, Каде сме) count. A State inside a name counts ("Akademie
  věd ČR" → Czechia, "Агентство США з міжнародного розвитку" → United States of America). Related-news teasers
  and tags lines are chrome. "Macedonië" (1990s context) → North Macedonia.
- Field operations: sub-offices named as part of a field operation ("Terenski ured Misije u Tuzli") are not listed;
  predecessor names are listed under their own name (OSCE Spillover Monitor Mission to Skopje, OSCE Centre in
  Bishkek, OSCE Mission to Tajikistan, OSCE Centre in Dushanbe, OSCE Office in Tajikistan, OSCE Centre in Tashkent,
  OSCE Mission to Croatia, OSCE Office in Zagreb, OSCE Project Co-ordinator in Ukraine, the SMM).
- Persons: nominative as the text writes it in its script ("Zijadom Lugavićem" → Zijad Lugavić, "Андрієм Сибігою"
  → Андрій Сибіга, "Baibu Braži" → Baiba Braže); Hungarian name order kept (Szijjártó Péter); Mongolian initial
  forms kept as one person (Б.Батцэцэг; "Х.М.Шмид" is Хельга Мария Шмид again); Slovak "Elinou Valtonenovou" and
  Latvian "Kristofs Kamps" accept the nominative as written or the person's own form. Bylines, authors, editors in
  footers and photo credits are not persons; press contacts are.
- Organizations: tuples per the README's "Organizations as written" (English name, name as written in the
  nominative, acronym) for bodies outside the OSCE/UN/EU/CoE. State organs stay out (ministries, electoral commissions,
  the Senate, Jogorku Kenesh, the broadcasting council, USAID as a national agency). Nested bodies: PACE,
  the European Parliament, UNMIK, EULEX, UNDP, the EU Monitoring Mission and the Institute of Contemporary History
  are listed without their parents; a university faculty named beside its university is left out (ae2_sr).
  The Trilateral Contact Group (ae2_en) is listed as a body. The OSCE Ministerial Council is counted where its meeting
  is named ("Ministerrat", "ministerrådets möte", "Ministerskej rady"). Posts (Secretary General, Chairperson, the
  Chairmanship, the Co-ordinator) are not organizations; the Office of the Co-ordinator of OSCE Economic and
  Environmental Activities is (ae1_cs names the office).
- The site's own name in its masthead or footer is chrome; I removed the few self-mentions of a news site in its
  own article bodies while writing, so none is in the gold.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    "ae1_sq.txt": ("Prezenca e OSBE-së mbështet trajnimin e gjyqtarëve shqiptarë për krimet kibernetike", "2025-03-12", "Tiranë",
                   "OSCE Presence in Albania", True, {"Rule of law", "Cyber/ICT Security"}, {"Albania", "Italy"},
                   {"OSCE Presence in Albania"}, {"Michel Tarran", "Elona Dervishi", "Marsela Karoli"},
                   {"Council of Europe", "European Union", ("University of Tirana", "Universiteti i Tiranës")}),
    "ae1_en.txt": ("OSCE Centre in Bishkek helps local police set up community safety councils in Osh region", "2008-06-04", "Bishkek",
                   "OSCE Centre in Bishkek", True, set(), {"Kyrgyzstan", "Kazakhstan", "Georgia", "Tajikistan"},
                   {"OSCE Centre in Bishkek", "OSCE Office in Tajikistan"},
                   {"Kubanychbek Toktosunov", "Markus Mueller", "Andrew Tesoriere", "Nurjamal Sydykova"},
                   {"United Nations Development Programme"}),
    "ae1_ru.txt": ("Действующий председатель ОБСЕ Гилмор призывает к возобновлению переговоров по Приднестровью в формате «5+2»",
                   "2012-03-16", "Дублин", "OSCE Chairpersonship", True, set(),
                   {"Ireland", "Moldova", "Russian Federation", "Ukraine", "United States of America"}, {"OSCE Mission to Moldova"},
                   {"Имон Гилмор", "Юрий Лянкэ", "Эрван Фуэре", "Сальваторе Пеннакио"}, {"European Union"}),
    "ae1_pl.txt": ("ODIHR rozpoczyna misję obserwacji wyborów prezydenckich w Polsce", "2025-04-22", "Warszawa",
                   "OSCE Office for Democratic Institutions and Human Rights", True, {"Elections"}, {"Poland"}, set(),
                   {"Tana de Zulueta", "Katya Andrusz"},
                   {"OSCE Office for Democratic Institutions and Human Rights", ("Law and Justice", "Prawo i Sprawiedliwość", "PiS"),
                    ("Civic Coalition", "Koalicja Obywatelska", "KO"),
                    ("Stefan Batory Foundation", "Fundacja im. Stefana Batorego", "Fundacja Batorego")}),
    "ae1_bs.txt": ("Šef Misije OSCE-a Brian Aggeler u posjeti Tuzli: Lokalne zajednice ključne za povjerenje građana", "2024-10-09", "Tuzla",
                   "OSCE Mission to Bosnia and Herzegovina", True, {"Good governance", "Education"}, {"Bosnia and Herzegovina"},
                   {"OSCE Mission to Bosnia and Herzegovina"}, {"Brian Aggeler", "Zijad Lugavić", "Mirna Buljugić"},
                   {("University of Tuzla", "Univerzitet u Tuzli"), ("Vesta", "Udruženje „Vesta“", "Udruženje Vesta"),
                    "United Nations Development Programme"}),
    "ae1_mk.txt": ("Мисија на ОБСЕ во Скопје", None, None, "OSCE Mission to Skopje", True,
                   {"Rule of law", "Minority rights", "Media freedom and development", "Education"}, {"North Macedonia", "Germany"},
                   {"OSCE Mission to Skopje", "OSCE Spillover Monitor Mission to Skopje"}, {"Килијан Вал"},
                   {"OSCE Permanent Council", "OSCE High Commissioner on National Minorities", "European Union"}),
    "ae1_sk.txt": ("Blanár: OBSE musí zostať platformou dialógu aj v ťažkých časoch", "2024-12-05", "Valletta",
                   "News Agency of the Slovak Republic", False, set(),
                   {"Slovakia", "Malta", "Ukraine", "Russian Federation", "Türkiye", "Finland"}, set(),
                   {"Juraj Blanár", "Ian Borg", "Feridun Sinirlioğlu", ("Elina Valtonenová", "Elina Valtonen")},
                   {"OSCE Ministerial Council", ("News Agency of the Slovak Republic", "Tlačová agentúra Slovenskej republiky", "TASR")}),
    "ae1_kk.txt": ("ЕҚЫҰ Жоғарғы комиссары Кристоф Камп Астанада келіссөздер жүргізді", "2025-03-14", "Астана",
                   "Kazinform International News Agency", False, set(), {"Kazakhstan", "United Kingdom", "Netherlands"},
                   {"OSCE Programme Office in Astana"}, {"Кристоф Камп", "Мұрат Нұртлеу"},
                   {"OSCE High Commissioner on National Minorities", ("Nazarbayev University", "Назарбаев Университеті"),
                    ("Kazinform International News Agency", "Kazinform", "ҚАЗАҚПАРАТ")}),
    "ae1_hu.txt": ("Szijjártó Péter az EBESZ-ben: a kisebbségek jogai nem alku tárgyai", "2023-11-30", None,
                   "Hungarian News Agency", False, set(), {"Hungary", "Ukraine", "Russian Federation", "North Macedonia", "Malta"},
                   set(), {"Szijjártó Péter", "Bujar Osmani", "Ian Borg"},
                   {"OSCE Ministerial Council", ("Hungarian News Agency", "MTI", "Magyar Távirati Iroda")}),
    "ae1_ka.txt": ("ეუთოს მოქმედი თავმჯდომარე ელინა ვალტონენი თბილისში ვიზიტით იმყოფება", "2025-03-04", None, None, False, set(),
                   {"Finland", "Georgia", "Russian Federation"}, set(), {"ელინა ვალტონენი", "მაკა ბოჭორიშვილი"},
                   {"European Union Monitoring Mission in Georgia", "OSCE Office for Democratic Institutions and Human Rights"}),
    "ae1_cs.txt": ("Voda, energie a válka. Praha hostí ekonomické fórum OBSE", "2024-09-12", None, None, False, set(),
                   {"Russian Federation", "Ukraine", "Tajikistan", "Uzbekistan", "Czechia", "Moldova"},
                   {"OSCE Mission to Moldova", "OSCE Project Co-ordinator in Ukraine"}, {"Jan Lipavský", "Bakyt Dzhusupov"},
                   {"Office of the Co-ordinator of OSCE Economic and Environmental Activities", ("Charles University", "Univerzita Karlova"),
                    ("People in Need", "Člověk v tísni")}),
    "ae1_sv.txt": ("Linde ledde sista mötet – Ryssland och USA drabbade samman i Stockholm", "2021-12-02", None, None, False, set(),
                   {"Sweden", "Russian Federation", "United States of America", "Ukraine", "Armenia", "Azerbaijan", "Poland"}, set(),
                   {"Ann Linde", "Antony Blinken", "Sergej Lavrov", "Helga Maria Schmid"},
                   {"OSCE Ministerial Council", "North Atlantic Treaty Organization", "OSCE Office for Democratic Institutions and Human Rights"}),
    "ae1_lt.txt": ("ESBO ODIHR pradeda rengtis stebėti Seimo rinkimus", "2024-06-12", "Vilnius", "ELTA", False, set(), {"Lithuania"}, set(),
                   {"Lauryna Šarkinienė", "Ulvi Akhundlu"},
                   {"OSCE Office for Democratic Institutions and Human Rights", ("ELTA", "Lithuanian News Agency ELTA"),
                    ("Homeland Union – Lithuanian Christian Democrats", "Tėvynės sąjunga – Lietuvos krikščionys demokratai", "TS-LKD"),
                    ("Social Democratic Party of Lithuania", "Lietuvos socialdemokratų partija", "LSDP")}),
    "ae1_sl.txt": ("Ministrica Fajon: Zahodni Balkan potrebuje močno prisotnost OVSE", "2025-05-21", None, None, False, set(),
                   {"Slovenia", "Montenegro", "Bosnia and Herzegovina", "Russian Federation", "Ukraine"},
                   {"OSCE Mission to Montenegro", "OSCE Mission in Kosovo"}, {"Tanja Fajon", "Feridun Sinirlioğlu"}, {"European Union"}),
    "ae1_fi.txt": ("ETYJ:n puheenjohtajan Elina Valtosen lausunto Helsingin päätösasiakirjan 50-vuotispäivänä", "2025-08-01", None,
                   "Ministry for Foreign Affairs of Finland", False, set(),
                   {"United States of America", "Canada", "Russian Federation", "Ukraine", "Finland"}, set(),
                   {"Elina Valtonen", "Kirsti Narinen"}, {"OSCE Parliamentary Assembly"}),
    "ae2_ro.txt": ("Misiunea OSCE în Moldova reunește jurnaliști de pe ambele maluri ale Nistrului", "2025-06-18", "Chișinău",
                   "OSCE Mission to Moldova", True, {"Media freedom and development", "Conflict prevention and resolution"},
                   {"Moldova", "Sweden", "Germany"}, {"OSCE Mission to Moldova"}, {"Kelly Keiderling", "Jan Braathu", "Ion Ciobanu"},
                   {("Independent Press Association", "Asociația Presei Independente", "API"), "OSCE Representative on Freedom of the Media"}),
    "ae2_ru.txt": ("Центр ОБСЕ в Ашхабаде провел семинар по подготовке законопроектов для юристов министерств", "2010-09-23", "Ашхабад",
                   "OSCE Centre in Ashgabat", True, set(), {"Turkmenistan", "Lithuania"}, {"OSCE Centre in Ashgabat"},
                   {"Томас Бальтрунас", "Марина Новикова", "Арсений Храмцов", "Айна Мурадова"},
                   {"OSCE Office for Democratic Institutions and Human Rights",
                    ("Magtymguly Turkmen State University", "Туркменский государственный университет имени Махтумкули"),
                    "United Nations Development Programme"}),
    "ae2_en.txt": ("OSCE Secretary General welcomes Minsk Package, calls on all sides to implement it in good faith", "2015-02-12", "Vienna",
                   "OSCE Secretariat", True, set(), {"France", "Germany", "Russian Federation", "Ukraine", "Belarus", "Austria"},
                   {"OSCE Special Monitoring Mission to Ukraine"}, {"Lamberto Zannier", "Heidi Tagliavini", "Ertugrul Apakan"},
                   {"Trilateral Contact Group", "OSCE Permanent Council", "Communication and Media Relations Section", "OSCE Secretariat"}),
    "ae2_en2.txt": ("PA President Kauma concludes Central Asia visit, stresses role of parliaments in regional security", "2025-05-28", "Astana",
                    "OSCE Parliamentary Assembly", True, set(), {"Finland", "Kazakhstan", "Kyrgyzstan"},
                    {"OSCE Programme Office in Astana", "OSCE Programme Office in Bishkek"},
                    {"Pia Kauma", "Maulen Ashimbayev", "Nurlanbek Turgunbek uulu", "Roberto Montella", "Nat Parry"},
                    {"OSCE Parliamentary Assembly"}),
    "ae2_fr.txt": ("Le Représentant de l’OSCE pour la liberté des médias déplore les lourdes peines infligées aux journalistes d’Abzas Media",
                   "2025-06-20", "Vienne", "OSCE Representative on Freedom of the Media", True,
                   {"Media freedom and development", ("Safety of journalists", "Sécurité des journalistes")}, {"Azerbaijan"}, set(),
                   {"Jan Braathu", "Sevinj Vagifgizi", "Ulvi Hasanli", "Ilia Dadiani"},
                   {"OSCE Representative on Freedom of the Media", "Abzas Media"}),
    "ae2_sr.txt": ("Регионална конференција о медијској писмености младих", "2024-10-15", "Нови Сад", "OSCE Mission to Serbia", True,
                   {"Media freedom and development", "Education"},
                   {"Serbia", "Montenegro", "North Macedonia", "Bosnia and Herzegovina"}, {"OSCE Mission to Serbia"},
                   {"Јан Браату", "Иван Митровић", "Јелена Марковић", "Милица Стојановић"},
                   {("University of Novi Sad", "Универзитет у Новом Саду"),
                    ("Radio Television of Vojvodina", "Радио-телевизија Војводине", "РТВ"),
                    ("Independent Journalists' Association of Serbia", "Независно удружење новинара Србије", "НУНС"),
                    "European Union"}),
    "ae2_ky.txt": ("ЕККУнун Бишкектеги программалык кеңсеси Ош шаарында жаштар форумун өткөрдү", "2025-04-10", "Ош",
                   "OSCE Programme Office in Bishkek", True, {"Gender equality", "Education"}, {"Kyrgyzstan", "Norway"},
                   {"OSCE Programme Office in Bishkek", "OSCE Centre in Bishkek"}, {"Алексей Рогов", "Жылдыз Абдыкадырова"},
                   {("Osh State University", "Ош мамлекеттик университети")}),
    "ae2_uz.txt": ("EXHT DIIHB kuzatuvchilari Oliy Majlis saylovlari bo'yicha dastlabki xulosalarni e'lon qildi", "2024-10-28", "Toshkent",
                   "National News Agency of Uzbekistan", False, set(), {"Uzbekistan"}, {"OSCE Project Co-ordinator in Uzbekistan"},
                   {"Eoghan Murphy"},
                   {"OSCE Office for Democratic Institutions and Human Rights",
                    ("Liberal Democratic Party of Uzbekistan", "O'zbekiston Liberal-demokratik partiyasi", "O'zLiDeP"),
                    ("Justice Social Democratic Party of Uzbekistan", "\"Adolat\" sotsial-demokratik partiyasi", "Adolat"),
                    ("Commonwealth of Independent States", "Mustaqil Davlatlar Hamdo'stligi"),
                    ("National News Agency of Uzbekistan", "O'zbekiston Milliy axborot agentligi", "UzA")}),
    "ae2_de.txt": ("Meinl-Reisinger trifft OSZE-Generalsekretär Sinirlioğlu in Wien", "2025-04-08", "Wien", "Austria Press Agency", False, set(),
                   {"Austria", "Russian Federation", "Ukraine", "Türkiye", "Switzerland"}, set(),
                   {"Beate Meinl-Reisinger", "Feridun Sinirlioğlu"},
                   {("NEOS – The New Austria and Liberal Forum", "NEOS"), "United Nations",
                    ("Austria Press Agency", "Austria Presse Agentur", "APA")}),
    "ae2_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu: Karadeniz'de güvenlik için diyalog şart", "2025-02-17", None, "Anadolu Agency", False,
                   set(), {"Russian Federation", "Ukraine", "Azerbaijan", "Armenia", "Türkiye"}, set(),
                   {"Feridun Sinirlioğlu", "Hakan Fidan"},
                   {"United Nations", "OSCE Parliamentary Assembly", ("Anadolu Agency", "Anadolu Ajansı", "AA")}),
    "ae2_no.txt": ("Norske observatører skal følge valget i Georgia", "2024-10-20", None, None, False, set(),
                   {"Norway", "Georgia", "Russian Federation"}, set(), {"Espen Barth Eide", "Ingrid Solberg"},
                   {"OSCE Office for Democratic Institutions and Human Rights",
                    ("Norwegian Resource Bank for Democracy and Human Rights", "Norsk ressursbank for demokrati og menneskerettigheter", "NORDEM"),
                    ("Georgian Dream", "Georgisk drøm"), "European Union"}),
    "ae2_hr.txt": ("Prije 30 godina stigla je misija OESS-a: kako su promatrači pratili povratak izbjeglica", "2026-04-18", None, None, False,
                   set(), {"Croatia", "Switzerland", "Spain", "Serbia", "Bosnia and Herzegovina"},
                   {"OSCE Mission to Croatia", "OSCE Office in Zagreb"}, {"Tim Guldimann", "Jorge Fuentes", "Milorad Pupovac"},
                   {("Serb National Council", "Srpsko narodno vijeće", "SNV"), "United Nations High Commissioner for Refugees",
                    ("Croatian Helsinki Committee", "Hrvatski helsinški odbor")}),
    "ae2_nl.txt": ("Dertig jaar stille diplomatie vanuit Den Haag", "2023-01-16", None, None, False, set(),
                   {"Estonia", "Latvia", "North Macedonia", "Ukraine", "Kazakhstan", "Russian Federation", "Netherlands"}, set(),
                   {"Max van der Stoel", "Kairat Abdrakhmanov", "Wopke Hoekstra"},
                   {"OSCE High Commissioner on National Minorities", ("Labour Party", "Partij van de Arbeid", "PvdA"),
                    ("Netherlands Institute of International Relations Clingendael", "Instituut Clingendael", "Clingendael"),
                    ("Leiden University", "Universiteit Leiden")}),
    "ae2_uk.txt": ("Генсек ОБСЄ Сінірліоглу відвідав Київ і зустрівся з Сибігою", "2025-03-26", "Київ", "Ukrinform", False, set(),
                   {"Ukraine", "Russian Federation"},
                   {"OSCE Special Monitoring Mission to Ukraine", "OSCE Support Programme for Ukraine"},
                   {"Ферідун Сінірліоглу", "Андрій Сибіга"},
                   {("Ukrinform", "Укрінформ", "Ukrainian National News Agency")}),
    "ae2_mn.txt": ("Гадаад харилцааны сайд Б.Батцэцэг ЕАБХАБ-ын Ерөнхий нарийн бичгийн даргатай уулзлаа", "2023-10-12", None,
                   "Ministry of Foreign Affairs of Mongolia", False, set(), {"Mongolia"}, set(), {"Б.Батцэцэг", "Хельга Мария Шмид"},
                   {("National University of Mongolia", "Монгол Улсын Их Сургууль", "МУИС"), "United Nations Development Programme"}),
    "ae3_sr.txt": ("Misija OEBS u Srbiji podržala obuku policije za rad u multietničkim zajednicama", "2025-07-03", "Beograd",
                   "OSCE Mission to Serbia", True, {"Policing", "Minority rights"}, {"Serbia", "Switzerland"}, {"OSCE Mission to Serbia"},
                   {"Anne Vestergaard Nielsen", "Ivica Dačić", "Dragana Nikolić"},
                   {("Belgrade Centre for Security Policy", "Beogradski centar za bezbednosnu politiku", "BCBP"), "Council of Europe"}),
    "ae3_en.txt": ("Programme Office in Dushanbe", None, None, "OSCE Programme Office in Dushanbe", True,
                   {"Border management", "Countering terrorism", "Environmental activities", "Gender equality", "Human rights"},
                   {"Tajikistan", "Afghanistan"},
                   {"OSCE Programme Office in Dushanbe", "OSCE Mission to Tajikistan", "OSCE Centre in Dushanbe", "OSCE Office in Tajikistan"},
                   {"Vuk Žugić"}, {"OSCE Border Management Staff College", "OSCE Permanent Council"}),
    "ae3_de.txt": ("OSZE-Mission im Kosovo schult Gemeindebeamte im Umgang mit Beschwerden der Bürger", "2009-05-14", "Pristina",
                   "OSCE Mission in Kosovo", True, set(), {"Austria"}, {"OSCE Mission in Kosovo"}, {"Werner Almhofer", "Nikola Gaon"},
                   {"United Nations Interim Administration Mission in Kosovo", "European Union Rule of Law Mission in Kosovo"}),
    "ae3_uk.txt": ("Координатор проектів ОБСЄ в Україні підтримав навчання суддів з питань виборчих спорів", "2013-03-05", "Київ",
                   "OSCE Project Co-ordinator in Ukraine", True, set(), {"Ukraine", "United States of America"},
                   {"OSCE Project Co-ordinator in Ukraine"}, {"Мадіна Джарбусинова", "Ольга Скрипник"},
                   {"Council of Europe", ("Civil Network OPORA", "Громадянська мережа ОПОРА", "ОПОРА")}),
    "ae3_cs.txt": ("Pražská kancelář OBSE zpřístupnila badatelům dokumenty z jednání o Helsinském závěrečném aktu", "2015-08-01", "Praha",
                   "Prague Office of the OSCE Secretariat", True, set(), {"Czechia", "Finland"}, set(), {"Alice Němcová", "Jan Dvořák"},
                   {"Prague Office of the OSCE Secretariat",
                    ("Institute of Contemporary History of the Czech Academy of Sciences", "Ústav pro soudobé dějiny Akademie věd ČR"),
                    ("Charles University", "Univerzita Karlova")}),
    "ae3_bg.txt": ("Изявление на действащия председател на ОССЕ министър Соломон Паси по повод развитието на събитията в Аджария",
                   "2004-05-06", "София", "OSCE Chairpersonship", True, set(), {"Bulgaria", "Georgia", "Russian Federation"},
                   {"OSCE Mission to Georgia"}, {"Соломон Паси", "Аслан Абашидзе", "Михаил Саакашвили", "Игор Иванов"},
                   {"Council of Europe"}),
    "ae3_ka.txt": ("საქართველოს საპარლამენტო არჩევნები ძირითად თავისუფლებებს პატივს სცემდა, თუმცა ღრმა პოლარიზაციისა და ზეწოლის ფონზე "
                   "ჩატარდა – საერთაშორისო დამკვირვებლები", "2024-10-27", "თბილისი",
                   "OSCE Office for Democratic Institutions and Human Rights", True, {"Elections"}, {"Georgia"}, set(),
                   {"პია კაუმა", "იოგან მერფი", "იულიან ბულაი", "Katya Andrusz", "Nat Parry"},
                   {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                    "Parliamentary Assembly of the Council of Europe", "European Parliament", ("Georgian Dream", "ქართული ოცნება")}),
    "ae3_lv.txt": ("Augstais komisārs Kamps Rīgā apspriež mazākumtautību izglītību", "2025-10-09", "Rīga",
                   "OSCE High Commissioner on National Minorities", True, {"Minority rights", "Education"},
                   {"Latvia", "Russian Federation", "Ukraine"}, set(),
                   {("Kristofs Kamps", "Christophe Kamp"), "Baiba Braže", "Anda Čakša", "Anna Pietikäinen"},
                   {"OSCE High Commissioner on National Minorities", ("University of Latvia", "Latvijas Universitāte"),
                    ("Latvian Russian Union", "Latvijas Krievu savienība", "LKS")}),
    "ae3_uz.txt": ("ЕХҲТ лойиҳалар координатори Самарқандда хотин-қизлар етакчилиги бўйича семинар ўтказди", "2025-05-22", "Самарқанд",
                   "OSCE Project Co-ordinator in Uzbekistan", True, {"Gender equality"}, {"Uzbekistan", "Germany", "Japan"},
                   {"OSCE Project Co-ordinator in Uzbekistan", "OSCE Centre in Tashkent"}, {"Ханс-Ульрих Им", "Дилноза Каримова"},
                   {("Samarkand State University", "Самарқанд давлат университети"), "UN Women"}),
    "ae3_da.txt": ("Dansk valgobservatør: Russisk indblanding skyggede for valget i Moldova", "2024-11-04", None, "Ritzau", False, set(),
                   {"Denmark", "Russian Federation", "Moldova"}, set(),
                   {"Maia Sandu", "Alexandr Stoianoglo", "Mette Kjær Andersen", "Flemming Splidsboel Hansen"},
                   {("Party of Socialists of the Republic of Moldova", "Moldovas Socialistparti"),
                    "OSCE Office for Democratic Institutions and Human Rights",
                    ("Danish Institute for International Studies", "Dansk Institut for Internationale Studier", "DIIS"),
                    ("Ritzau", "Ritzaus Bureau")}),
    "ae3_pl.txt": ("Polska przewodniczy OBWE. Rau przedstawił priorytety w Wiedniu", "2022-01-13", None, "Polish Press Agency", False, set(),
                   {"Poland", "Ukraine", "Russian Federation", "Sweden", "Belarus"}, set(), {"Zbigniew Rau", "Helga Maria Schmid"},
                   {"OSCE Permanent Council", ("Polish Press Agency", "Polska Agencja Prasowa", "PAP")}),
    "ae3_de2.txt": ("Die OSZE kämpft ums Geld: Ohne Budget droht der Stillstand", "2024-10-08", None, None, False, set(),
                    {"Russian Federation", "Austria", "Bosnia and Herzegovina", "Malta"},
                    {"OSCE Mission to Bosnia and Herzegovina", "OSCE Programme Office in Dushanbe"},
                    {"Helga Maria Schmid", "Alexander Lukaschewitsch", "Alexander Schallenberg", "Cengiz Günay"},
                    {"OSCE Ministerial Council",
                     ("Austrian Institute for International Affairs", "Österreichisches Institut für Internationale Politik", "OIIP")}),
    "ae3_ro.txt": ("Sandu și Stoianoglo, în turul doi: ce au constatat observatorii OSCE", "2024-11-04", "Chișinău", "Info-Prim Neo", False,
                   set(), {"Moldova", "Russian Federation"}, set(), {"Pascal Allizard", "Maia Sandu", "Alexandr Stoianoglo"},
                   {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                    "Parliamentary Assembly of the Council of Europe",
                    ("Party of Action and Solidarity", "Partidul Acțiune și Solidaritate", "PAS"),
                    ("Party of Socialists of the Republic of Moldova", "Partidul Socialiștilor din Republica Moldova", "PSRM"),
                    ("Info-Prim Neo", "IPN")}),
    "ae3_ru2.txt": ("Рыженков: Беларусь готова к равноправному диалогу в ОБСЕ", "2025-11-12", "Минск", "Belarusian Telegraph Agency", False,
                    set(), {"Belarus", "Poland", "Lithuania"}, set(), {"Максим Рыженков", "Феридун Синирлиоглу"},
                    {("Commonwealth of Independent States", "Содружество Независимых Государств"),
                     ("Collective Security Treaty Organization", "Организация Договора о коллективной безопасности"),
                     ("Belarusian Telegraph Agency", "БелТА", "BelTA")}),
    "ae3_mk.txt": ("Изјава на претседавачот со ОБСЕ Бујар Османи за притворените членови на персоналот на ОБСЕ во Украина", "2023-04-06",
                   "Скопје", "OSCE Chairpersonship", True, set(), {"Russian Federation", "Ukraine", "North Macedonia"},
                   {"OSCE Special Monitoring Mission to Ukraine"}, {"Бујар Османи", "Вадим Голда", "Максим Петров", "Дмитро Шабанов"},
                   {"International Committee of the Red Cross"}),
    "ae3_et.txt": ("Välisminister Tsahkna kohtus ODIHR-i direktori Maria Telalianiga", "2025-02-18", None, None, False, set(),
                   {"Russian Federation", "Ukraine", "Estonia", "Georgia", "Greece"}, set(), {"Margus Tsahkna", "Maria Telalian"},
                   {"OSCE Office for Democratic Institutions and Human Rights", ("Estonian Human Rights Centre", "Eesti Inimõiguste Keskus")}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "ae1_sq.txt": "osce-new", "ae1_en.txt": "osce-old", "ae1_ru.txt": "archive", "ae1_pl.txt": "institution", "ae1_bs.txt": "field-site",
    "ae1_mk.txt": "field-site", "ae1_sk.txt": "agency", "ae1_kk.txt": "agency", "ae1_hu.txt": "broadcaster", "ae1_ka.txt": "broadcaster",
    "ae1_cs.txt": "newspaper", "ae1_sv.txt": "newspaper", "ae1_lt.txt": "aggregator", "ae1_sl.txt": "mfa", "ae1_fi.txt": "mfa",
    "ae2_ro.txt": "osce-new", "ae2_ru.txt": "osce-old", "ae2_en.txt": "archive", "ae2_en2.txt": "institution", "ae2_fr.txt": "institution",
    "ae2_sr.txt": "field-site", "ae2_ky.txt": "field-site", "ae2_uz.txt": "agency", "ae2_de.txt": "agency", "ae2_tr.txt": "broadcaster",
    "ae2_no.txt": "broadcaster", "ae2_hr.txt": "newspaper", "ae2_nl.txt": "newspaper", "ae2_uk.txt": "aggregator", "ae2_mn.txt": "mfa",
    "ae3_sr.txt": "osce-new", "ae3_en.txt": "osce-new", "ae3_de.txt": "osce-old", "ae3_uk.txt": "osce-old",
    "ae3_cs.txt": "archive", "ae3_bg.txt": "archive", "ae3_ka.txt": "institution", "ae3_lv.txt": "institution",
    "ae3_uz.txt": "field-site", "ae3_da.txt": "agency", "ae3_pl.txt": "broadcaster", "ae3_de2.txt": "newspaper",
    "ae3_ro.txt": "aggregator", "ae3_ru2.txt": "aggregator", "ae3_mk.txt": "mfa", "ae3_et.txt": "mfa",
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = "5eb38e1"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {'title': 0.935, 'date': 0.891, 'place': 0.978, 'source': 0.891, 'fields_of_work': (1.0, 0.786, 0.88), 'states': (0.953, 0.94, 0.946), 'field_operations': (1.0, 0.919, 0.958), 'persons': (0.906, 0.906, 0.906), 'organizations': (0.907, 0.727, 0.807)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {'title': ('aggregator', 0.75), 'date': ('agency', 0.6), 'place': ('field-site', 0.8), 'source': ('archive', 0.5), 'fields_of_work': ('institution', 0.8), 'states': ('institution', 0.857), 'field_operations': ('field-site', 0.857), 'persons': ('institution', 0.778), 'organizations': ('field-site', 0.632)}

PAGES = OwnPages("ae", GOLD, FIELDS)

#: pooled figures at the end of session 12, after rules tuned on this line's misses (an upper bound, held as floors)
AFTER_SESSION_12: dict[str, object] = {'title': 1.0, 'date': 0.957, 'place': 1.0, 'source': 1.0, 'fields_of_work': (1.0, 1.0, 1.0), 'states': (0.993, 0.993, 0.993), 'field_operations': (1.0, 1.0, 1.0), 'persons': (0.921, 0.906, 0.913), 'organizations': (0.95, 0.785, 0.86)}

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_12": AFTER_SESSION_12}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_ae.py [ae1 ae2 ae3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
