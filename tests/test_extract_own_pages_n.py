"""Line n: the blind line of issue 11 (session 9). Whole pages of our own in about thirty languages of the
OSCE region (Latin, Cyrillic, Greek, Armenian, Georgian), in three sets (n1, n2, n3), in the shapes real
sites print: osce.org's new layout (breadcrumbs, metadata block) and its old one, web-archive captures of
osce.org, the OSCE institutions' own sections and sites (ODIHR, RFoM, PA), field operations' own sites
(releases and an entity page), national news agencies, broadcasters, newspapers, aggregators and
ministries of foreign affairs, each with its chrome (menus, cookie lines, share buttons, teasers,
related news, footers, photo credits, bylines).

Blind: the pages and their gold were written by a helper who read no extraction code, no reference data,
no other line's pages or gold and no extractor output on these pages before the measurement. Every
sentence is ours; the facts (names, posts, dates, places) are real or plausible. The gold was written by
reading each page as a reader does, by tests/gold/README.md: the general conventions, the
"Organizations as written" rule (a set value may be a tuple: the English name, then the page's own name
in the nominative or its acronym; OSCE, UN, EU and Council of Europe bodies get no alternative) and the
source rules (explicit: a `Source:`/`Источник:`/`Quelle:`/`Fonte:`/`Издавач:` line, a news agency in the
dateline or as the item's credit, an aggregator's source line, a ministry's press-release header in the
body; inferred: an entity page's body, a headline reporting a body's statement or visit, an OSCE body's
own site, section or URL path; a masthead of a news site or ministry gives none).

Judgement calls taken while writing (before any figure was seen):

- a news agency's own site: the agency is the source only when the item credits it (dateline
  `Wien (APA)`, `/MOLDPRES/`, `(БЕЛТА)`, `АСТАНА. KAZINFORM`, `K. B., STA`); without a credit
  (n1_uk) the masthead gives none. A credited agency is also an organization mentioned.
- agency names: the English name in common use (`Armenpress`, `Kabar`, `Khovar`, `Montsame`,
  `Kazinform`, `Moldpres`, `TASS`) or the full English one (`Austria Presse Agentur`,
  `Polish Press Agency`, `Bulgarian News Agency`, `Hungarian News Agency`, `Belarusian Telegraph Agency`,
  `Azerbaijan State News Agency`, `News Agency of the Slovak Republic`, `Slovenian Press Agency`).
- `Source URL:` at the foot of a Drupal print view (n3_en) is not a `Source:` line; the URL's
  `/odihr/` path gives ODIHR as an inferred issuer.
- n3_fi's "Ulkoministeriön tiedote 212/2025" is a ministry's press-release header in the body, so the
  ministry is an explicit source (a State organ: not an organization).
- n2_en (osce.org old layout, a field office's release without a Source line, URL or statement
  headline) has no source: none of the three inference signals holds.
- dates: a metadata date or dateline wins; "Güncelleme"/"Aangepast"/"Zadnji poseg" (updated) stamps
  and web-archive capture stamps are never it. n2_es's "Tiflis - 27 oct 2024 - 18:05 CET" under the
  byline is read as its dateline.
- titles: the headline, not the standfirst under it (n2_es, n3_kk); an entity page's own heading
  (n2_mk "За Мисијата", n3_uk the body's name above its tabs).
- persons in the nominative in the page's script (inflections undone: "Kristof Kampın" ->
  `Kristof Kamp`, `Ալեն Սիմոնյան`, `Timčo Mucunski`, `Нұрлан Әбдіров`); bylines, editors and photo
  credits left out; press contacts in; Mongolian initial + name kept as given (`Б.Батцэцэг`).
- "Related"/"Read also" teasers, footers and copyright lines are chrome: their States and bodies are
  left out (so n1_ka and n3_kk name no State of their own country in the item).

Typos found in the gold after the measurement are listed here and not fixed: (none).
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    "n1_en.txt": ("High Commissioner Kamp ends visit to Moldova, urges steady funding for multilingual schooling",
                  "2025-05-14", "Chisinau", "OSCE High Commissioner on National Minorities", False,
                  {"Moldova"}, {"OSCE Mission to Moldova"},
                  {"Christophe Kamp", "Oleg Serebrian", "Dan Perciun", "Natalia Moloșag", "Anna-Lena Jungmann"},
                  {"OSCE High Commissioner on National Minorities", "United Nations Children's Fund"}),
    "n1_ru.txt": ("В Астане прошёл семинар ОБСЕ по противодействию отмыванию денег с "
                  "использованием виртуальных активов",
                  "2025-10-22", "Астана", "OSCE Programme Office in Astana", False,
                  {"Kazakhstan", "Italy", "Germany"}, {"OSCE Programme Office in Astana"},
                  {"Фолькер Фробарт", "Марко Риццо", "Айгерим Сейткали"},
                  {"OSCE Transnational Threats Department", "United Nations Office on Drugs and Crime"}),
    "n1_fr.txt": ("Le Président en exercice de l'OSCE salue l'accord sur les plaques "
                  "d'immatriculation entre Chisinau et Tiraspol",
                  "2011-04-21", "Vienne", "OSCE Chairpersonship", True,
                  {"Lithuania", "Moldova", "Russian Federation", "Ukraine", "United States of America"},
                  {"OSCE Mission to Moldova"},
                  {"Audronius Ažubalis", "Philip Remler", "Giedrius Čekuolis"},
                  {"European Union"}),
    "n1_de.txt": ("OSZE-Generalsekretär Sinirlioğlu warnt vor Kürzungen beim Budget",
                  "2025-03-05", "Wien", "Austria Presse Agentur", False,
                  {"Türkiye", "Bosnia and Herzegovina", "Austria", "Finland"},
                  {"OSCE Mission to Bosnia and Herzegovina"},
                  {"Feridun Sinirlioğlu", "Beate Meinl-Reisinger", "Elina Valtonen"},
                  {("Austria Presse Agentur", "APA"), ("NEOS – The New Austria and Liberal Forum", "NEOS"),
                   "OSCE Permanent Council"}),
    "n1_uk.txt": ("ОБСЄ презентувала звіт про депортацію українських дітей: «Московський механізм» "
                  "задіяли вдруге за рік",
                  "2025-06-05", None, None, False,
                  {"Ukraine", "Russian Federation", "Poland", "Lithuania", "Latvia", "Estonia", "Canada",
                   "United Kingdom", "Norway"}, set(),
                  {"Євгеній Цимбалюк", "Гейр Ульфстейн", "Марія Кеннеді"},
                  {"OSCE Permanent Council", ("International Criminal Court", "Міжнародний кримінальний суд"),
                   "OSCE Office for Democratic Institutions and Human Rights"}),
    "n1_ka.txt": ("ეუთო/ოდირის სადამკვირვებლო მისიის ხელმძღვანელი ცესკოს თავმჯდომარეს შეხვდა",
                  "2024-09-24", None, None, False,
                  {"Ireland"}, set(),
                  {"ეოინ მერფი", "გიორგი კალანდარიშვილი"},
                  {"OSCE Office for Democratic Institutions and Human Rights",
                   "Parliamentary Assembly of the Council of Europe"}),
    "n1_hy.txt": ("Միրզոյանը ԵԱՀԿ գլխավոր քարտուղարի հետ քննարկել է տարածաշրջանային անվտանգության հարցեր",
                  "2025-03-12", "Երևան", "Armenpress", False,
                  {"Armenia", "Azerbaijan"}, set(),
                  {"Արարատ Միրզոյան", "Ֆերիդուն Սինիրլիօղլու", "Ալեն Սիմոնյան"},
                  {("Armenpress", "Արմենպրես"), "OSCE Minsk Group", "OSCE Ministerial Council"}),
    "n1_sq.txt": ("Gjyqtarë dhe prokurorë nga i gjithë vendi trajnohen për provat elektronike",
                  "2025-02-18", "Tiranë", "OSCE Presence in Albania", True,
                  {"Albania", "United Kingdom"}, {"OSCE Presence in Albania"},
                  {"Clarisse Pásztory", "Ana Rusu", "Artan Gjoni"},
                  {"Council of Europe"}),
    "n1_pl.txt": ("Obserwatorzy OBWE: wybory sprawne, ale kampania pełna nienawiści w sieci",
                  "2025-06-02", None, "Polish Press Agency", False,
                  {"Poland", "Sweden"}, set(),
                  {"Tana de Zulueta", "Karol Nawrocki", "Rafał Trzaskowski", "Johan Büser"},
                  {"OSCE Office for Democratic Institutions and Human Rights",
                   ("Law and Justice", "Prawo i Sprawiedliwość", "PiS"),
                   ("Civic Coalition", "Koalicja Obywatelska", "KO"),
                   "OSCE Parliamentary Assembly",
                   ("Polish Press Agency", "Polska Agencja Prasowa", "PAP")}),
    "n1_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu, Dışişleri Bakanı Fidan ile görüştü",
                  "2025-01-06", "Ankara", "Anadolu Agency", False,
                  {"Russian Federation", "Ukraine", "Türkiye", "Finland"}, set(),
                  {"Feridun Sinirlioğlu", "Hakan Fidan", "Numan Kurtulmuş"},
                  {("Anadolu Agency", "Anadolu Ajansı", "AA")}),
    "n1_el.txt": ("Συμμετοχή του Υπουργού Εξωτερικών στο 31ο Υπουργικό Συμβούλιο του ΟΑΣΕ",
                  "2024-12-05", None, None, False,
                  {"Malta", "Greece", "Ukraine", "Russian Federation", "Finland"}, set(),
                  {"Γιώργος Γεραπετρίτης", "Ίαν Μποργκ", "Ελίνα Βάλτονεν", "Ζοζέπ Μπορέλ"},
                  {"OSCE Ministerial Council", "European Union"}),
    "n1_sr.txt": ("Новинари у Нишу и Крагујевцу обучени за безбедно извештавање са протеста",
                  "2025-04-10", "Београд", "OSCE Mission to Serbia", False,
                  {"Serbia", "Norway"}, {"OSCE Mission to Serbia"},
                  {"Жан-Клод Шлумбергер", "Јан Братху", "Маја Стојановић", "Милена Јовановић"},
                  {("Independent Journalists' Association of Serbia", "Независно удружење новинара Србије", "НУНС"),
                   "OSCE Representative on Freedom of the Media"}),
    "n1_it.txt": ("Il Presidente in esercizio dell'OSCE Alfano visita l'Ucraina orientale e "
                  "incontra gli osservatori della Missione speciale di monitoraggio",
                  "2018-03-14", "Kiev", "OSCE Chairpersonship", True,
                  {"Ukraine", "Italy"}, {"OSCE Special Monitoring Mission to Ukraine"},
                  {"Angelino Alfano", "Ertuğrul Apakan", "Petro Poroshenko", "Pavlo Klimkin"},
                  {("International Committee of the Red Cross", "Comitato internazionale della Croce Rossa")}),
    "n2_en.txt": ("OSCE Centre in Bishkek helps train Kyrgyz border guards to spot forged travel documents",
                  "2010-11-17", "Bishkek", None, False,
                  {"Kyrgyzstan", "Latvia", "Sweden", "United States of America"}, {"OSCE Centre in Bishkek"},
                  {"Andrew Tesoriere"},
                  {("International Organization for Migration", "IOM")}),
    "n2_de.txt": ("Amtierender OSZE-Vorsitzender Stubb reist nach Tiflis und fordert sofortige Waffenruhe",
                  "2008-08-12", "Tiflis", "OSCE Chairpersonship", True,
                  {"Finland", "Georgia", "Russian Federation", "France"}, {"OSCE Mission to Georgia"},
                  {"Alexander Stubb", "Micheil Saakaschwili", "Sergej Lawrow", "Heikki Talvitie", "Terhi Hakala"},
                  {"European Union"}),
    "n2_it.txt": ("Il Segretario generale dell'OSCE: più donne ai tavoli dei negoziati di pace",
                  "2026-03-06", "Vienna", "OSCE Secretariat", False,
                  {"Switzerland", "Kyrgyzstan", "Georgia", "Moldova"}, set(),
                  {"Feridun Sinirlioğlu", "Ignazio Cassis", "Lara Scarpitta"},
                  {"OSCE Secretariat", "OSCE Gender Issues Programme",
                   ("North Atlantic Treaty Organization", "Organizzazione del Trattato del Nord Atlantico", "NATO")}),
    "n2_ru.txt": ("Представитель ОБСЕ по вопросам свободы СМИ Братху призывает освободить журналистов Abzas Media",
                  "2025-06-20", "Вена", "OSCE Representative on Freedom of the Media", True,
                  {"Azerbaijan"}, set(),
                  {"Ян Братху", "Севиндж Вагифгызы", "Ани Гюрова-Шиндлер"},
                  {"OSCE Representative on Freedom of the Media", "Abzas Media", "Meydan TV"}),
    "n2_fr.txt": ("En visite dans le Caucase du Sud, la Présidente de l'AP de l'OSCE Pia Kauma "
                  "estime que « la paix est à portée de main »",
                  "2025-05-14", "Copenhague", "OSCE Parliamentary Assembly", True,
                  {"Finland", "Armenia", "Azerbaijan"}, set(),
                  {"Pia Kauma", "Alen Simonyan", "Sahiba Gafarova", "Roberto Montella", "Nat Parry"},
                  {"OSCE Parliamentary Assembly"}),
    "n2_ro.txt": ("Șefa Misiunii OSCE în Moldova a discutat cu vicepremierul pentru reintegrare "
                  "despre dosarele din stânga Nistrului",
                  "2025-03-03", "Chișinău", "Moldpres", False,
                  {"Moldova", "Ukraine", "Finland"}, {"OSCE Mission to Moldova"},
                  {"Oleg Serebrian", "Kelly Keiderling", "Thomas Lund-Sørensen"},
                  {("Moldpres", "MOLDPRES")}),
    "n2_bg.txt": ("Мисия на ОССЕ ще наблюдава предсрочните парламентарни избори",
                  "2024-09-15", None, "Bulgarian News Agency", False,
                  {"Bulgaria", "Poland"}, set(),
                  {"Уршула Гачек", "Камелия Нейкова"},
                  {"OSCE Office for Democratic Institutions and Human Rights",
                   ("Bulgarian News Agency", "БТА", "Българска телеграфна агенция")}),
    "n2_hu.txt": ("Az EBESZ parlamenti közgyűlése Portóban ülésezik, a magyar küldöttség a "
                  "kisebbségi jogokat helyezi előtérbe",
                  "2025-06-30", "Porto", "Hungarian News Agency", False,
                  {"Hungary", "Finland", "Ukraine", "Portugal"}, set(),
                  {"Vejkey Imre", "Pia Kauma", "José Pedro Aguiar-Branco"},
                  {"OSCE Parliamentary Assembly", ("Hungarian News Agency", "MTI", "Magyar Távirati Iroda")}),
    "n2_cs.txt": ("Ministr Lipavský jednal ve Vídni s generálním tajemníkem OBSE",
                  "2025-02-20", None, None, False,
                  {"Ukraine", "Russian Federation", "Czechia"}, set(),
                  {"Jan Lipavský", "Feridun Sinirlioğlu", "Maria Telalian"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Permanent Council"}),
    "n2_mk.txt": ("За Мисијата",
                  None, None, "OSCE Mission to Skopje", True,
                  {"North Macedonia"}, {"OSCE Mission to Skopje", "OSCE Spillover Monitor Mission to Skopje"},
                  {"Килијан Вал"},
                  {"European Union", "United Nations Development Programme"}),
    "n2_az.txt": ("Ceyhun Bayramov ATƏT-in Milli Azlıqlar üzrə Ali Komissarı ilə görüşüb",
                  "2025-04-15", "Bakı", "Azerbaijan State News Agency", False,
                  {"Azerbaijan", "Armenia"}, set(),
                  {"Ceyhun Bayramov", "Kristof Kamp"},
                  {"OSCE High Commissioner on National Minorities",
                   ("Azerbaijan State News Agency", "AZƏRTAC", "AZERTAC")}),
    "n2_be.txt": ("Карпенка: запрашэння для назіральнікаў БДІПЧ АБСЕ на прэзідэнцкія выбары не будзе",
                  "2024-11-21", "Мінск", "Belarusian Telegraph Agency", False,
                  {"Belarus"}, set(),
                  {"Ігар Карпенка", "Максім Рыжанкоў"},
                  {"OSCE Office for Democratic Institutions and Human Rights",
                   ("Commonwealth of Independent States", "Садружнасць Незалежных Дзяржаў"),
                   ("Shanghai Cooperation Organisation", "Шанхайская арганізацыя супрацоўніцтва"),
                   ("Belarusian Telegraph Agency", "БЕЛТА", "Беларускае тэлеграфнае агенцтва")}),
    "n2_lt.txt": ("Ministras K. Budrys Helsinkyje: ESBO principai nepasensta, pasenę yra jų pažeidėjai",
                  "2025-07-31", None, None, False,
                  {"Finland", "Russian Federation", "Belarus", "Lithuania"}, set(),
                  {"Kęstutis Budrys", "Elina Valtonen"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "European Union"}),
    "n2_es.txt": ("La OSCE denuncia presiones sobre los votantes en unas elecciones que dan la "
                  "victoria a Sueño Georgiano",
                  "2024-10-27", "Tiflis", None, False,
                  {"Georgia", "Ireland", "France", "Russian Federation"}, set(),
                  {"Eoghan Murphy", "Bidzina Ivanishvili", "Salomé Zurabishvili", "Pascal Allizard"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                   ("Georgian Dream", "Sueño Georgiano"), "European Union"}),
    "n2_nl.txt": ("OVSE-waarnemers: verkiezingen in Moldavië goed verlopen, maar Russische beïnvloeding groot",
                  "2025-09-29", None, None, False,
                  {"Moldova", "Russian Federation", "Netherlands"}, set(),
                  {"Gerard Stoudmann", "Maia Sandu", "Sjoerdsma"},
                  {"OSCE Office for Democratic Institutions and Human Rights",
                   ("Party of Action and Solidarity", "Partij van Actie en Solidariteit", "PAS"), "European Union"}),
    "n3_en.txt": ("ODIHR opens election observation mission for parliamentary elections in Armenia",
                  "2026-05-06", "Yerevan", "OSCE Office for Democratic Institutions and Human Rights", True,
                  {"Armenia", "Norway"}, set(),
                  {"Jan Petersen", "Katya Andrusz", "Mikhail Sokolov"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                   "Parliamentary Assembly of the Council of Europe", "European Parliament"}),
    "n3_de.txt": ("Gemeinden im Kosovo stellen mit Hilfe der OSZE zweisprachige Ortstafeln auf",
                  "2024-12-04", "Pristina", "OSCE Mission in Kosovo", False,
                  {"Germany", "Switzerland"}, {"OSCE Mission in Kosovo"},
                  {"Michael Davenport", "Slaviša Mladenović"},
                  {"United Nations Interim Administration Mission in Kosovo", "European Union"}),
    "n3_ru.txt": ("Постпред России при ОБСЕ Полянский: организация переживает самый глубокий кризис в истории",
                  "2025-06-12", "Вена", "TASS", False,
                  {"Russian Federation", "Finland", "United States of America"}, set(),
                  {"Дмитрий Полянский", "Сергей Лавров"},
                  {("TASS", "ТАСС"), "OSCE Permanent Council", ("North Atlantic Treaty Organization", "НАТО"),
                   "European Union"}),
    "n3_uk.txt": ("Координатор проектів ОБСЄ в Україні",
                  None, None, "OSCE Project Co-ordinator in Ukraine", True,
                  {"Ukraine"}, {"OSCE Project Co-ordinator in Ukraine", "OSCE Special Monitoring Mission to Ukraine"},
                  {"Генрік Вілладсен"},
                  {"Council of Europe", "United Nations"}),
    "n3_sk.txt": ("Blanár rokoval vo Viedni s riaditeľkou ODIHR o pozorovaní volieb",
                  "2025-01-14", "Viedeň", "News Agency of the Slovak Republic", False,
                  {"Slovakia"}, set(),
                  {"Juraj Blanár", "Maria Telalian", "Marián Jakubócy"},
                  {"OSCE Office for Democratic Institutions and Human Rights",
                   ("News Agency of the Slovak Republic", "TASR", "Tlačová agentúra Slovenskej republiky")}),
    "n3_sl.txt": ("Fajonova v Skopju: Slovenija podpira misijo OVSE in pot Severne Makedonije v EU",
                  "2025-03-12", "Skopje", "Slovenian Press Agency", False,
                  {"Slovenia", "North Macedonia", "Bulgaria"}, {"OSCE Mission to Skopje", "OSCE Mission in Kosovo"},
                  {"Tanja Fajon", "Timčo Mucunski", "Kilian Wahl"},
                  {("Slovenian Press Agency", "STA", "Slovenska tiskovna agencija"), "European Union"}),
    "n3_hr.txt": ("OESS upozorava: tužbe protiv novinara u Hrvatskoj i dalje su ozbiljan problem",
                  "2025-10-17", "Zagreb", None, False,
                  {"Croatia"}, set(),
                  {"Jan Braathu", "Hrvoje Zovko", "Nina Obuljen Koržinek"},
                  {"OSCE Representative on Freedom of the Media",
                   ("Croatian Journalists' Association", "Hrvatsko novinarsko društvo", "HND"),
                   "European Commission"}),
    "n3_bs.txt": ("Misija OSCE-a: Izmjene zakona o slobodi pristupa informacijama moraju pratiti evropske standarde",
                  "2025-11-26", "Sarajevo", "OSCE Mission to Bosnia and Herzegovina", True,
                  {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"},
                  {"Brian Aggeler"},
                  {"Council of Europe",
                   ("Transparency International Bosnia and Herzegovina",
                    "Transparency International u Bosni i Hercegovini", "Transparency International")}),
    "n3_ky.txt": ("ЕККУнун Бишкектеги программалык кеңсесинин жетекчиси Тышкы иштер министри менен жолукту",
                  "2025-03-05", "Бишкек", "Kabar", False,
                  {"Kyrgyzstan", "Tajikistan"}, {"OSCE Programme Office in Bishkek"},
                  {"Жээнбек Кулубаев", "Алексей Рогов"},
                  {("Kabar", "Кабар")}),
    "n3_uz.txt": ("Tashqi ishlar vaziri YXHT Bosh kotibi bilan uchrashdi",
                  "2025-09-18", None, None, False,
                  {"Uzbekistan", "Afghanistan"}, {"OSCE Project Co-ordinator in Uzbekistan"},
                  {"Baxtiyor Saidov", "Feridun Sinirlioğlu", "Antti Karttunen"},
                  set()),
    "n3_tg.txt": ("Вазири корҳои хориҷӣ бо Роҳбари Дафтари барномаҳои САҲА дар Душанбе мулоқот кард",
                  "2025-06-12", "Душанбе", "Khovar", False,
                  {"Tajikistan", "Afghanistan"}, {"OSCE Programme Office in Dushanbe"},
                  {"Сироҷиддин Муҳриддин", "Маркус Мюллер"},
                  {("Khovar", "Ховар", "АМИТ «Ховар»")}),
    "n3_et.txt": ("Tsahkna: OSCE peab jätkama Venemaa sõjakuritegude dokumenteerimist",
                  "2024-12-06", None, None, False,
                  {"Russian Federation", "Ukraine", "Estonia", "Belarus", "Finland", "Switzerland", "Malta"}, set(),
                  {"Margus Tsahkna"},
                  {"OSCE Ministerial Council", "OSCE Office for Democratic Institutions and Human Rights"}),
    "n3_fi.txt": ("Ulkoministeri Valtonen: Helsinki+50 vahvisti sitoutumisen Helsingin päätösasiakirjan periaatteisiin",
                  "2025-08-01", None, "Ministry for Foreign Affairs of Finland", False,
                  {"Finland", "Russian Federation", "Belarus"}, set(),
                  {"Elina Valtonen", "Alexander Stubb", "Feridun Sinirlioğlu", "António Guterres", "Matti Virtanen"},
                  {"United Nations"}),
    "n3_mn.txt": ("Гадаад харилцааны сайд ЕАБХАБ-ын Ерөнхий нарийн бичгийн даргатай уулзлаа",
                  "2024-04-22", "Улаанбаатар", "Montsame", False,
                  {"Mongolia", "Germany"}, set(),
                  {"Б.Батцэцэг", "Хелга Мария Шмид"},
                  {("Montsame", "МОНЦАМЭ")}),
    "n3_kk.txt": ("ЕҚЫҰ Демократиялық институттар және адам құқықтары жөніндегі бюросы Парламент "
                  "Мәжілісі сайлауына бақылаушылар жібереді",
                  "2026-01-29", "Астана", "Kazinform", False,
                  {"Switzerland"}, set(),
                  {"Томас Гремингер", "Нұрлан Әбдіров"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                   ("Kazinform",)}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "n1_en.txt": "osce-new",
    "n1_ru.txt": "osce-new",
    "n2_it.txt": "osce-new",
    "n3_de.txt": "osce-new",
    "n1_fr.txt": "osce-old",
    "n2_en.txt": "osce-old",
    "n2_de.txt": "osce-old",
    "n1_it.txt": "archive",
    "n3_uk.txt": "archive",
    "n2_ru.txt": "institution",
    "n2_fr.txt": "institution",
    "n3_en.txt": "institution",
    "n1_sq.txt": "field-site",
    "n1_sr.txt": "field-site",
    "n2_mk.txt": "field-site",
    "n3_bs.txt": "field-site",
    "n1_de.txt": "agency",
    "n1_uk.txt": "agency",
    "n1_hy.txt": "agency",
    "n1_tr.txt": "agency",
    "n2_ro.txt": "agency",
    "n2_az.txt": "agency",
    "n2_be.txt": "agency",
    "n3_sk.txt": "agency",
    "n3_ky.txt": "agency",
    "n3_tg.txt": "agency",
    "n3_mn.txt": "agency",
    "n3_kk.txt": "agency",
    "n1_ka.txt": "broadcaster",
    "n2_bg.txt": "broadcaster",
    "n2_nl.txt": "broadcaster",
    "n3_sl.txt": "broadcaster",
    "n3_et.txt": "broadcaster",
    "n1_pl.txt": "newspaper",
    "n2_es.txt": "newspaper",
    "n3_hr.txt": "newspaper",
    "n2_hu.txt": "aggregator",
    "n3_ru.txt": "aggregator",
    "n1_el.txt": "mfa",
    "n2_cs.txt": "mfa",
    "n2_lt.txt": "mfa",
    "n3_uz.txt": "mfa",
    "n3_fi.txt": "mfa",
}

#: the commit of /work/main the figures below were measured at (a worktree of it, once, 07:52 UTC,
#: after the 07:50 rule freeze: pooled over 43 pages; shapes: agency 12, broadcaster 5, mfa 5,
#: osce-new 4, field-site 4, osce-old 3, institution 3, newspaper 3, archive 2, aggregator 2)
MEASURED_AT: str | None = "025e46287ce22d64f3dcbd75ed842c57261e7741"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {
    "title": 0.698, "date": 0.953, "place": 0.953, "source": 0.767,
    "states": (0.84, 0.932, 0.884), "field_operations": (1.0, 0.952, 0.976),
    "persons": (0.882, 0.868, 0.875), "organizations": (0.948, 0.802, 0.869),
}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {
    "title": ("archive", 0.0), "date": ("archive", 0.0), "place": ("archive", 0.5),
    "source": ("institution", 0.333), "states": ("osce-new", 0.769), "field_operations": ("field-site", 0.889),
    "persons": ("broadcaster", 0.8), "organizations": ("institution", 0.8),
}

#: the line after session 9's round 2 (helpers T and S), which was tuned on this line's misses after it was
#: measured: an upper bound of reading unseen pages, kept as floors so that the round's gains hold
AFTER_ROUND_2: dict[str, object] = {
    "title": 0.93, "date": 1.0, "place": 0.977, "source": 0.93, "states": (0.929, 1.0, 0.963),
    "field_operations": (1.0, 0.952, 0.976), "persons": (0.957, 0.917, 0.937), "organizations": (0.977, 0.923, 0.949),
}

PAGES = OwnPages("n", GOLD, FIELDS)

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"round_2": AFTER_ROUND_2}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_n.py [n1 n2 n3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
