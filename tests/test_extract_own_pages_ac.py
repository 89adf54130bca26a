"""Line ac: blind own pages (session 11), written by a blind writer who read no loader code or data, no other
own page or gold, no corpus page and no extractor output; the gold was written by reading each page before
anything ran. Whole pages as a browser's "save as text" gives them (chrome included), in three sets, with the
emphasis on Central/South-East European, Nordic, Baltic, Central Asian languages and Mongolian.

Shapes (SHAPES): osce-new, osce-old, archive, institution, field-site, agency, broadcaster, newspaper,
aggregator, mfa.

Judgement calls taken while writing:
- Organizations follow "Organizations as written": a tuple gives the official English name, then the name as
  the page writes it (nominative) and the acronym it gives; OSCE/UN/EU/CoE bodies get the English name only.
- A national news agency in the dateline or a "Zdroj:/Извор:/Sursa:" line is the explicit source, by its
  English name (Croatian News Agency, Hungarian News Agency, Polish Press Agency, Czech News Agency); Agerpres,
  Tanjug and ELTA are given as their brand names (their English names are the same brand). The agency also
  counts as an organization; bylines (persons and agency credit lines under the text) give no person.
- ac1_sk: "Tlačová správa MZVEZ SR" in the body is a press-release header: explicit source, the ministry
  (a State organ, so not in organizations).
- ac1_bg: the archived Chairmanship statement ends with "Пресслужба на Председателството" (a press-service
  label): explicit source OSCE Chairpersonship, not inferred (explicit wins over the statement headline).
- ac1_sl: gov.si prints only the ministry's masthead: no source, none inferred.
- A location line under the date on osce.org's current layout ("Beograd, Srbija") gives the place's city only.
- The OSCE site's footer address (Vienna, Austria; Warsaw, Poland) is chrome: no State from it. Related-news
  teasers, tag lines of other items and the aggregator's footer (OCHA on ReliefWeb) are chrome too.
- A field operation's sub-office named only descriptively ("Terenski ured Misije u Sarajevu") is not listed.
- ac1_hu: "magyar kisebbség" / "kárpátaljai magyar" are ethnic words: Hungary is not a State mention there.
- Persons are in the nominative as the text would write them (Feridun Sinirlioğlu for "Feridunom
  Sinirlioğlujem", Salome Zurabišviliová for "Zurabišviliovou", Szijjártó Péter in Hungarian order).
- ReliefWeb: "Originally published" is the date, "Posted" is the aggregator's stamp.
- ac2_sv: regeringen.se's "Pressmeddelande från Utrikesdepartementet" is a press-release header: explicit source
  (Ministry for Foreign Affairs of Sweden). ac2_da: Via Ritzau's "Afsender:" line is the aggregator's source line
  (Danish Institute for Human Rights, also an organization). ac3_hu: "Forrás: hvg.hu" gives source HVG and the
  date of that source line (2022-04-04). ac3_bs: "Izvor: FENA"; the "Sarajevo, 12. 03. 2024." line is the dateline.
- News sites reporting a body's acts ("Tsahkna Maltal...", "Aggeler: ...") get no inferred issuer (lead decision 1);
  on the OSCE's own sites a headline "X visits Y"/"X welcomes" or a section heading gives X, inferred (ac2_en,
  ac3_sl, ac3_ro, ac3_en); statements of the Chairmanship give OSCE Chairpersonship (ac3_sk).
- An archive of a field office's osce.org page keeps the office as inferred source (ac3_kk, /kk/astana/ and the
  heading); an "about" page of a field office's own site is issued by that office (ac2_kk, date and place null).
- Fields of work in the page's language mapped to the site's labels: Жұмыс бағыттары (Border management,
  Countering terrorism, Gender equality), Иш багыттары "Жаштар" -> Youth (kept as the English word: no list label
  known for it), "Minorități naționale" -> National minority issues, "Fushat e punës" -> Elections / Policing /
  Democratization, "Слобода на медиумите и развој на медиумите" -> Media freedom and development.
- Serbia and Montenegro (2005-2006 pages ac3_sr, ac3_hr): "Србији и Црној Гори" / "Srbiji i Crnoj Gori" was given as
  the two current States, Serbia and Montenegro; since session 12 (lead decision 4) it is the one State of its time,
  ``Serbia and Montenegro`` (ac3_sr also names Serbia's south and Montenegro alone: those stay); the 2005 Mission keeps its name (OSCE Mission to Serbia and
  Montenegro) and the capitalised "Канцеларија ОЕБС у Подгорици" is the field operation OSCE Office in Podgorica.
- Plural "OSSEs programkontorer i Bisjkek og Dusjanbe" (ac2_no) names both programme offices.
- ac3_kk names no State (regions and the Centre's city only): states empty. ac3_sq2: Kosovo is no State.
- The Aarhus Centre named in ac2_tg's title (lower-case "маркази Орҳуси Хуҷанд") is counted as an organization.
- Latvian adapts foreign names: "Mariju Telalianu" -> Marija Telaliana (the nominative the text's grammar gives).
- Mongolian names keep the initial as written (Б.Батцэцэг); Montsame's dateline (/МОНЦАМЭ/) is the source.
- A journalist's byline or signature (Mirjam Mäekivi, Merel Thie, Rūta Vaitkutė, Anna Wysocka, Д.Оюунчимэг) is no
  person; press contacts are (Mirna Zorić, Katya Andrusz, Ledia Hysi, Nat Parry, Iryna Sabashuk, ...).
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

ODIHR = "OSCE Office for Democratic Institutions and Human Rights"

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    "ac1_sl.txt": ("Ministrica Fajon na Ministrskem svetu OVSE na Dunaju: varnost v Evropi ostaja nedeljiva", "2025-12-05", None,
                   None, False, set(), {"Finland", "Slovenia", "Russian Federation", "Ukraine", "Switzerland"}, set(),
                   {"Tanja Fajon", "Elina Valtonen", "Feridun Sinirlioğlu", "Ignazio Cassis"},
                   {"OSCE Ministerial Council", ODIHR}),
    "ac1_hr.txt": ("Predsjednica Parlamentarne skupštine OESS-a: Hrvatska je primjer kako se nakon rata gradi povjerenje", "2025-03-12",
                   "Zagreb", "Croatian News Agency", False, set(), {"Croatia", "Finland", "Ukraine", "Bosnia and Herzegovina"}, set(),
                   {"Pia Kauma", "Gordan Jandroković", "Gordan Grlić Radman"},
                   {"OSCE Parliamentary Assembly", "European Union", ("Croatian News Agency", "Hina")}),
    "ac1_bs.txt": ("Misija OSCE-a pozdravlja usvajanje izmjena Zakona o slobodi pristupa informacijama u Kantonu Sarajevo", "2012-06-14",
                   "Sarajevo", "OSCE Mission to Bosnia and Herzegovina", True, {"Democratization", "Good governance"},
                   {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Fletcher M. Burton", "Mirna Zorić"},
                   {("Center for Investigative Reporting", "Centar za istraživačko novinarstvo", "CIN"),
                    ("Transparency International Bosnia and Herzegovina", "Transparency International BiH")}),
    "ac1_sr.txt": ("Misija OEBS u Srbiji i Ministarstvo unutrašnjih poslova obučili policijske službenike za rad sa žrtvama trgovine ljudima",
                   "2024-09-12", "Beograd", "OSCE Mission to Serbia", True, {"Policing", "Combating trafficking in human beings"},
                   {"Serbia"}, {"OSCE Mission to Serbia"}, {"Jan Braathu", "Mitar Đurašković"},
                   {("ASTRA – Anti Trafficking Action", "ASTRA"), "International Organization for Migration"}),
    "ac1_sr2.txt": ("Брату у Београду: Слободни медији не смеју бити мета притисака", "2025-04-08", None, "Tanjug", False, set(),
                    {"Serbia"}, {"OSCE Mission to Serbia"}, {"Јан Брату", "Борис Братина"},
                    {"OSCE Representative on Freedom of the Media", ("Tanjug", "Танјуг"),
                     ("Journalists' Association of Serbia", "Удружење новинара Србије", "УНС"),
                     ("Independent Journalists' Association of Serbia", "Независно удружење новинара Србије", "НУНС")}),
    "ac1_mk.txt": ("Изборите во Северна Македонија беа конкурентни и добро спроведени, но кампањата ја обележаа заострена реторика и "
                   "злоупотреба на државни ресурси, велат меѓународните набљудувачи", "2024-05-09", "Скопје", ODIHR, True, {"Elections"},
                   {"North Macedonia"}, set(), {"Маргарета Седерфелт", "Алберт Јонсон", "Katya Andrusz"},
                   {ODIHR, "OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe",
                    ("Internal Macedonian Revolutionary Organization – Democratic Party for Macedonian National Unity", "VMRO-DPMNE", "ВМРО-ДПМНЕ"),
                    ("Social Democratic Union of Macedonia", "СДСМ")}),
    "ac1_sq.txt": ("Prezenca e OSBE-së dhe KQZ trajnojnë anëtarët e komisioneve zgjedhore për regjistrimin e votuesve", "2010-10-15",
                   "Tiranë", "OSCE Presence in Albania", True, set(), {"Albania"}, {"OSCE Presence in Albania"},
                   {"Eugen Wollfarth", "Arben Ristani", "Ledia Hysi"}, {ODIHR, "European Union", "United Nations Development Programme"}),
    "ac1_bg.txt": ("Изявление на Действащия председател на ОССЕ Соломон Паси относно втория тур на президентските избори в Украйна",
                   "2004-11-22", "София", "OSCE Chairpersonship", False, set(), {"Bulgaria", "Ukraine"}, set(), {"Соломон Паси"}, {ODIHR}),
    "ac1_ro.txt": ("ODIHR a deschis o misiune de observare a alegerilor prezidențiale din România", "2025-04-10", "București", "Agerpres",
                   False, set(), {"Romania", "Canada"}, set(), {"Jillian Stirk"}, {ODIHR, ("Agerpres", "AGERPRES")}),
    "ac1_hu.txt": ("Kárpátaljai magyarok ügyében tárgyalt Budapesten az EBESZ kisebbségi főbiztosa", "2025-06-17", "Budapest",
                   "Hungarian News Agency", False, set(), {"Ukraine", "Netherlands"}, set(),
                   {"Christophe Kamp", "Szijjártó Péter", "Brenzovics László"},
                   {"OSCE High Commissioner on National Minorities", ("Hungarian News Agency", "MTI"), "European Union",
                    ("Hungarian Cultural Association of Subcarpathia", "Kárpátaljai Magyar Kulturális Szövetség", "KMKSZ")}),
    "ac1_sk.txt": ("Minister Blanár rokoval vo Viedni s generálnym tajomníkom OBSE", "2025-02-20", None,
                   "Ministry of Foreign and European Affairs of Slovakia", False, set(), {"Slovakia", "Finland", "Ukraine"}, set(),
                   {"Juraj Blanár", "Feridun Sinirlioğlu", "Maria Telalian"}, {"OSCE Permanent Council", ODIHR}),
    "ac1_cs.txt": ("OBSE kritizuje gruzínský zákon o zahraničních agentech. Podle Mecacciho ohrožuje občanskou společnost", "2024-05-15",
                   "Tbilisi / Vídeň", "Czech News Agency / Reuters", False, set(), {"Georgia", "Russian Federation", "Czechia"}, set(),
                   {"Matteo Mecacci", "Salome Zurabišviliová", "Teresa Ribeirová", "Irakli Kobachidze"},
                   {ODIHR, "OSCE Representative on Freedom of the Media", ("Georgian Dream", "Gruzínský sen"), "European Union",
                    "European Commission for Democracy through Law", ("Czech News Agency", "ČTK"), "Reuters"}),
    "ac1_pl.txt": ("Misja ODIHR rozpoczęła obserwację wyborów prezydenckich w Polsce", "2025-04-14", "Warszawa", "Polish Press Agency", False,
                   set(), {"Poland", "Denmark", "Greece"}, set(), {"Thomas Boserup", "Maria Telalian", "Tomasz Grzelewski"},
                   {ODIHR, ("Polish Press Agency", "Polska Agencja Prasowa", "PAP")}),
    "ac1_lt.txt": ("ESBO Parlamentinės Asamblėjos pirmininkė Vilniuje: Baltarusijos režimo grėsmės negalima ignoruoti", "2025-01-21",
                   "Vilnius", "ELTA", False, set(), {"Belarus", "Russian Federation", "Lithuania", "Finland", "Ukraine"}, set(),
                   {"Pia Kauma", "Kęstutis Budrys", "Saulius Skvernelis"},
                   {"OSCE Parliamentary Assembly", ("ELTA", "Lietuvos naujienų agentūra"), ("North Atlantic Treaty Organization", "NATO"),
                    ("European Humanities University", "Europos humanitarinis universitetas")}),
    "ac1_en.txt": ("OSCE hands over demining equipment to Tajik deminers working along the Afghan border", "2023-03-13", "Dushanbe",
                   "Organization for Security and Co-operation in Europe", False, set(),
                   {"Tajikistan", "Afghanistan", "United States of America", "Germany"}, {"OSCE Programme Office in Dushanbe"},
                   {"Valeriu Chiveri", "Firuz Safarov"}, {"Geneva International Centre for Humanitarian Demining"}),
    "ac2_lv.txt": ("Ārlietu ministre Baiba Braže Vīnē tiekas ar EDSO Demokrātisko institūciju un cilvēktiesību biroja direktori", "2025-03-06",
                   None, None, False, set(), {"Russian Federation", "Latvia", "Moldova", "Ukraine"}, {"OSCE Mission to Moldova"},
                   {"Baiba Braže", "Marija Telaliana"}, {ODIHR}),
    "ac2_et.txt": ("Tsahkna Maltal: Venemaa üritab OSCE tööd halvata", "2024-12-05", None, None, False, set(),
                   {"Russian Federation", "Estonia", "Ukraine", "Malta", "Türkiye", "Greece", "Finland"}, set(),
                   {"Margus Tsahkna", "Sergei Lavrov", "Ian Borg", "Feridun Sinirlioğlu", "Maria Telalian", "Elina Valtonen"},
                   {"OSCE Ministerial Council", ODIHR}),
    "ac2_fi.txt": ("Helsinki+50: Valtonen kokosi Etyjin ulkoministerit Finlandia-taloon – Venäjä ei lähettänyt ministeriä", "2025-07-31",
                   None, None, False, set(), {"Russian Federation", "Ukraine", "Finland", "Switzerland"}, set(),
                   {"Elina Valtonen", "Alexander Stubb", "Feridun Sinirlioğlu", "Andri Sybiha", "Pia Kauma"},
                   {"OSCE Parliamentary Assembly", "European Union"}),
    "ac2_sv.txt": ("Sverige stöder OSSE:s arbete för journalisters säkerhet i Ukraina", "2025-05-05", None,
                   "Ministry for Foreign Affairs of Sweden", False, set(), {"Sweden", "Russian Federation", "Ukraine"},
                   {"OSCE Project Co-ordinator in Ukraine"}, {"Maria Malmer Stenergard", "Benjamin Dousa", "Linnea Ekström"},
                   {"OSCE Representative on Freedom of the Media", ("Institute of Mass Information", "Institutet för massinformation", "IMI")}),
    "ac2_no.txt": ("Kirgisistan og Tadsjikistan har signert grenseavtale etter tiår med konflikter", "2025-03-13", "Bisjkek",
                   "NTB / Agence France-Presse / Reuters", False, set(), {"Kyrgyzstan", "Tajikistan", "Finland", "Uzbekistan"},
                   {"OSCE Programme Office in Bishkek", "OSCE Programme Office in Dushanbe"},
                   {"Sadyr Zjaparov", "Emomali Rahmon", "Elina Valtonen", "Shavkat Mirzijojev"},
                   {("NTB", "Norsk Telegrambyrå"), ("Agence France-Presse", "AFP"), "Reuters", "United Nations"}),
    "ac2_da.txt": ("Ny rapport: Hadforbrydelser mod LGBT+-personer bliver fortsat underrapporteret i Danmark", "2025-11-14", None,
                   "Danish Institute for Human Rights", False, set(), {"Denmark"}, set(), {"Louise Holck", "Jonas Kjær Madsen"},
                   {("Danish Institute for Human Rights", "Institut for Menneskerettigheder"), ODIHR, ("LGBT+ Denmark", "LGBT+ Danmark")}),
    "ac2_nl.txt": ("Hoge Commissaris Christophe Kamp: ‘Taal mag in Oost-Europa geen wapen worden’", "2024-10-23", None, None, False, set(),
                   {"Netherlands", "Russian Federation", "Ukraine", "Estonia", "Latvia", "Moldova"}, set(),
                   {"Christophe Kamp", "Max van der Stoel"},
                   {"OSCE High Commissioner on National Minorities", ("University of Groningen", "Rijksuniversiteit Groningen")}),
    "ac2_de.txt": ("OSZE-Medienbeauftragte besorgt über Festnahme von Journalisten von Abzas Media in Aserbaidschan", "2023-12-01", "Wien",
                   "OSCE Representative on Freedom of the Media", True, {"Media freedom and development"}, {"Azerbaijan"}, set(),
                   {"Teresa Ribeiro", "Ulvi Hasanli", "Sevinj Vagifgizi"}, {"OSCE Representative on Freedom of the Media", "Abzas Media"}),
    "ac2_kk.txt": ("ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі", None, None, "OSCE Programme Office in Astana", True,
                   {"Border management", "Countering terrorism", "Gender equality"}, {"Kazakhstan"},
                   {"OSCE Programme Office in Astana", "OSCE Centre in Almaty", "OSCE Centre in Astana"}, {"Фолькер Фробарт"},
                   {"OSCE Permanent Council"}),
    "ac2_ky.txt": ("Ош шаарында жаш кыз-келиндер үчүн лидерлик мектеби ачылды", "2024-10-22", "Ош", "OSCE Programme Office in Bishkek", True,
                   {"Gender equality", "Youth"}, {"Kyrgyzstan"}, {"OSCE Programme Office in Bishkek"}, {"Алексей Рогов", "Канатбек Мамытов"},
                   {"United Nations Entity for Gender Equality and the Empowerment of Women",
                    ("Osh State University", "Ош мамлекеттик университети")}),
    "ac2_uz.txt": ("YeXHT Samarqandda davlat xaridlarida korrupsiya xavflarini baholash bo‘yicha seminar o‘tkazdi", "2025-05-20", "Samarqand",
                   "OSCE Project Co-ordinator in Uzbekistan", True, {"Good governance"}, {"Uzbekistan", "Finland"},
                   {"OSCE Project Co-ordinator in Uzbekistan"}, {"Antti Karttunen"},
                   {"United Nations Office on Drugs and Crime", ("Transparency International", "Xalqaro shaffoflik tashkiloti")}),
    "ac2_tg.txt": ("Дафтари САҲА дар Тоҷикистон ба маркази Орҳуси Хуҷанд дар омӯзиши мониторинги сифати об кӯмак расонд", "2012-04-18",
                   "Душанбе", "OSCE Office in Tajikistan", True, set(), {"Tajikistan"}, {"OSCE Office in Tajikistan"},
                   {"Ивар Викки", "Лола Раҳимова"},
                   {"United Nations Development Programme", ("Aarhus Centre Khujand", "маркази Орҳуси Хуҷанд")}),
    "ac2_tk.txt": ("ÝHHG-niň Aşgabatdaky merkezi gümrük işgärleri üçin töwekgelçilikleri dolandyrmak boýunça okuw geçirdi", "2024-09-17",
                   "Aşgabat", "OSCE Centre in Ashgabat", True, {"Border management"}, {"Turkmenistan", "Afghanistan"},
                   {"OSCE Centre in Ashgabat"}, {"Jon Makgregor"},
                   {"World Customs Organization", "United Nations Office on Drugs and Crime"}),
    "ac2_mn.txt": ("Гадаад харилцааны сайд Б.Батцэцэг ЕАБХАБ-ын Сайд нарын зөвлөлийн хуралдаанд оролцов", "2024-12-06", "Улаанбаатар",
                   "Montsame", False, set(), {"Malta", "Mongolia", "Kyrgyzstan"}, set(), {"Б.Батцэцэг", "Иан Борг", "Жээнбек Кулубаев"},
                   {"OSCE Ministerial Council", ("Montsame", "МОНЦАМЭ")}),
    "ac2_en.txt": ("OSCE Chairman-in-Office welcomes Permanent Council decision to send additional military monitoring officers to Georgia",
                   "2008-08-19", "Helsinki", "OSCE Chairpersonship", True, set(), {"Georgia", "Finland", "Russian Federation"},
                   {"OSCE Mission to Georgia"}, {"Alexander Stubb", "Terhi Hakala"}, {"OSCE Permanent Council", "European Union"}),
    "ac3_me.txt": ("Misija OEBS-a u Crnoj Gori podržala Skupštinu u izradi etičkog kodeksa poslanika", "2024-11-27", "Podgorica",
                   "OSCE Mission to Montenegro", True, {"Democratization", "Good governance"}, {"Montenegro"}, {"OSCE Mission to Montenegro"},
                   {"Dominique Waag", "Andrija Mandić"},
                   {("Centre for Democratic Transition", "Centar za demokratsku tranziciju", "CDT"),
                    "European Commission for Democracy through Law"}),
    "ac3_mk.txt": ("Новинари од Тетово и Гостивар обучени за дигитална безбедност", "2025-02-14", "Тетово", "OSCE Mission to Skopje", True,
                   {"Media freedom and development"}, {"North Macedonia"}, {"OSCE Mission to Skopje"}, {"Килијан Вал", "Младен Чадиковски"},
                   {("Association of Journalists of Macedonia", "Здружение на новинарите на Македонија",
                     "Здружението на новинарите на Македонија", "ЗНМ")}),
    "ac3_tg.txt": ("Дар Хоруғ маркази машваратии занони соҳибкор ифтитоҳ ёфт", "2023-06-08", "Хоруғ", "OSCE Programme Office in Dushanbe",
                   True, {"Economic and environmental activities", "Gender equality"}, {"Tajikistan"}, {"OSCE Programme Office in Dushanbe"},
                   {"Валериу Кивери", "Ҷамила Сафарова"},
                   {("National Association of Business Women of Tajikistan", "Ассотсиатсияи миллии занони соҳибкори Тоҷикистон"),
                    ("Asian Development Bank", "Бонки Осиёии Рушд")}),
    "ac3_en.txt": ("OSCE PA President Kauma in Kyiv: Parliamentarians will not look away from Russia’s war", "2025-02-24", "Kyiv",
                   "OSCE Parliamentary Assembly", True, set(), {"Russian Federation", "Ukraine", "Finland"}, set(),
                   {"Pia Kauma", "Ruslan Stefanchuk", "Roberto Montella", "Dmytro Lubinets", "Nat Parry"},
                   {"OSCE Parliamentary Assembly", "International Committee of the Red Cross"}),
    "ac3_sq.txt": ("ODIHR hap misionin e vëzhgimit të zgjedhjeve parlamentare të 11 majit në Shqipëri", "2025-04-02", "Tiranë", ODIHR, True,
                   {"Elections"}, {"Albania", "Italy"}, set(), {"Lamberto Zannier", "Iryna Sabashuk"},
                   {ODIHR, ("Socialist Party of Albania", "Partia Socialiste"), ("Democratic Party of Albania", "Partia Demokratike")}),
    "ac3_ro.txt": ("Înaltul Comisar al OSCE pentru Minoritățile Naționale vizitează Republica Moldova și Găgăuzia", "2024-04-16", "Chișinău",
                   "OSCE High Commissioner on National Minorities", True, {"National minority issues"}, {"Moldova"}, {"OSCE Mission to Moldova"},
                   {"Christophe Kamp", "Mihai Popșoi", "Kelly Keiderling"},
                   {"OSCE High Commissioner on National Minorities", ("Comrat State University", "Universitatea de Stat din Comrat")}),
    "ac3_sr.txt": ("Шеф Мисије ОЕБС Маурицио Масари разговарао у Бујановцу о мултиетничкој полицији", "2005-06-10", "Београд",
                   "OSCE Mission to Serbia and Montenegro", True, set(), {"Serbia and Montenegro", "Serbia", "Montenegro"},
                   {"OSCE Mission to Serbia and Montenegro", "OSCE Office in Podgorica"}, {"Маурицио Масари", "Нагип Арифи", "Ивана Вујић"},
                   {"European Agency for Reconstruction"}),
    "ac3_hr.txt": ("Misija OESS-a pozdravlja program stambenog zbrinjavanja bivših nositelja stanarskog prava", "2006-03-22", "Zagreb",
                   "OSCE Mission to Croatia", True, set(), {"Croatia", "Serbia and Montenegro", "Bosnia and Herzegovina"},
                   {"OSCE Mission to Croatia"}, {"Jorge Fuentes Monzonís-Vilallonga", "Jadranka Kosor", "Alessandro Fracassetti"},
                   {"United Nations High Commissioner for Refugees", "European Commission"}),
    "ac3_kk.txt": ("ЕҚЫҰ-ның Астанадағы орталығы Қарағандыда аймақтық журналистерге арналған семинар өткізді", "2012-11-20", "Қарағанды",
                   "OSCE Centre in Astana", True, set(), set(), {"OSCE Centre in Astana"}, {"Наталья Зарудная"},
                   {("International Foundation for Protection of Freedom of Speech Adil Soz", "Әділ сөз")}),
    "ac3_sk.txt": ("Vyhlásenie úradujúceho predsedu OBSE Miroslava Lajčáka k obnoveniu prímeria na východe Ukrajiny", "2019-03-08",
                   "Bratislava", "OSCE Chairpersonship", True, set(), {"Ukraine", "Slovakia", "Russian Federation"},
                   {"OSCE Special Monitoring Mission to Ukraine"}, {"Miroslav Lajčák", "Martin Sajdik"},
                   {("Trilateral Contact Group", "Trojstranná kontaktná skupina")}),
    "ac3_sl.txt": ("Predsedujoči OVSE Dimitrij Rupel na obisku v Gruziji", "2005-03-02", "Tbilisi", "OSCE Chairpersonship", True, set(),
                   {"Georgia", "Slovenia", "Russian Federation"}, {"OSCE Mission to Georgia"},
                   {"Dimitrij Rupel", "Mihail Saakašvili", "Salome Zurabišvili", "Roy Reeve"},
                   {"OSCE Permanent Council", ("Joint Control Commission", "Skupna nadzorna komisija")}),
    "ac3_bs.txt": ("Aggeler: Izmjene Izbornog zakona moraju biti usvojene prije lokalnih izbora", "2024-03-12", "Sarajevo", "FENA", False, set(),
                   {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Brian Aggeler", "Christian Schmidt"},
                   {("FENA", "Federalna novinska agencija"), ("Office of the High Representative", "Ured visokog predstavnika", "OHR"),
                    ("Alliance of Independent Social Democrats", "SNSD"), ("Party of Democratic Action", "Stranka demokratske akcije", "SDA"),
                    "European Union"}),
    "ac3_hu.txt": ("Az EBESZ szerint sokszínű, de kiegyensúlyozatlan volt a választási kampány Magyarországon", "2022-04-04", None, "HVG",
                   False, set(), {"Hungary", "Norway"}, set(), {"Kari Henriksen"},
                   {ODIHR, "OSCE Parliamentary Assembly", ("HVG", "hvg.hu"), ("Fidesz – Hungarian Civic Alliance", "Fidesz"),
                    ("United for Hungary", "Egységben Magyarországért")}),
    "ac3_de.txt": ("OSZE-Wahlbeobachtung: Deutschland stockt Unterstützung für ODIHR auf", "2025-09-18", None, None, False, set(),
                   {"Germany", "Moldova", "Armenia", "Russian Federation"}, set(), {"Johann Wadephul"},
                   {ODIHR, ("Center for International Peace Operations", "Zentrum für Internationale Friedenseinsätze", "ZIF")}),
    "ac3_sq2.txt": ("Misioni i OSBE-së në Kosovë mbështet komunat në hartimin e planeve për siguri në bashkësi", "2024-06-06", "Prishtinë",
                    "OSCE Mission in Kosovo", True, {"Policing", "Democratization"}, set(), {"OSCE Mission in Kosovo"}, {"Michael Davenport"},
                    {"United Nations Development Programme",
                     ("Kosovar Centre for Security Studies", "Qendra Kosovare për Studime të Sigurisë", "QKSS")}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "ac1_sl.txt": "mfa", "ac1_hr.txt": "newspaper", "ac1_bs.txt": "field-site", "ac1_sr.txt": "osce-new",
    "ac1_sr2.txt": "broadcaster", "ac1_mk.txt": "institution", "ac1_sq.txt": "osce-old", "ac1_bg.txt": "archive",
    "ac1_ro.txt": "aggregator", "ac1_hu.txt": "newspaper", "ac1_sk.txt": "mfa", "ac1_cs.txt": "broadcaster",
    "ac1_pl.txt": "agency", "ac1_lt.txt": "agency", "ac1_en.txt": "aggregator",
    "ac2_lv.txt": "mfa", "ac2_et.txt": "broadcaster", "ac2_fi.txt": "newspaper", "ac2_sv.txt": "mfa", "ac2_no.txt": "agency",
    "ac2_da.txt": "aggregator", "ac2_nl.txt": "newspaper", "ac2_de.txt": "institution", "ac2_kk.txt": "field-site",
    "ac2_ky.txt": "osce-new", "ac2_uz.txt": "field-site", "ac2_tg.txt": "osce-old", "ac2_tk.txt": "field-site",
    "ac2_mn.txt": "agency", "ac2_en.txt": "archive",
    "ac3_me.txt": "osce-new", "ac3_mk.txt": "osce-new", "ac3_tg.txt": "osce-new", "ac3_en.txt": "institution",
    "ac3_sq.txt": "institution", "ac3_ro.txt": "institution", "ac3_sr.txt": "osce-old", "ac3_hr.txt": "osce-old",
    "ac3_kk.txt": "archive", "ac3_sk.txt": "archive", "ac3_sl.txt": "archive", "ac3_bs.txt": "broadcaster",
    "ac3_hu.txt": "aggregator", "ac3_de.txt": "mfa", "ac3_sq2.txt": "field-site",
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = "1869dc3"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {'title': 0.778, 'date': 0.933, 'place': 0.711, 'source': 0.778, 'fields_of_work': (0.857, 0.545, 0.667), 'states': (0.905, 0.963, 0.933), 'field_operations': (1.0, 0.897, 0.945), 'persons': (0.851, 0.866, 0.858), 'organizations': (0.919, 0.731, 0.814)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {'title': ('archive', 0.0), 'date': ('archive', 0.6), 'place': ('archive', 0.0), 'source': ('aggregator', 0.5), 'fields_of_work': ('institution', 0.571), 'states': ('broadcaster', 0.857), 'field_operations': ('agency', 0.0), 'persons': ('agency', 0.714), 'organizations': ('archive', 0.667)}

PAGES = OwnPages("ac", GOLD, FIELDS)

#: line ac's figures after session 11's rounds tuned on it (upper bounds, not measures), held as floors
AFTER_SESSION_11: dict[str, object] = {'title': 1.0, 'date': 1.0, 'place': 1.0, 'source': 0.956, 'fields_of_work': (1.0, 1.0, 1.0), 'states': (0.905, 0.963, 0.933), 'field_operations': (1.0, 0.931, 0.964), 'persons': (0.879, 0.911, 0.895), 'organizations': (0.945, 0.796, 0.864)}

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_11": AFTER_SESSION_11}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_ac.py [ac1 ac2 ac3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
