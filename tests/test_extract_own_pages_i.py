"""Issue 11, line i (session 8, H2): States, field operations, persons and organizations on pages no rule has
seen. Whole pages of our own (33, in three sets i1-i3) in the shapes of third-party sites (broadcasters,
papers, news agencies and their portals, an aggregator, two ministries) and of the OSCE's own (a field
office's site, an institution's site), in sl, sk, uk, ru (Kyrgyzstan's and Belarus's sites), sr, de
(Switzerland, Austria), en, ka, lt, bs, hr, mk, bg, ro, pl, cs, hu, it, sq, kk, uz, az, hy, el, fr, es, nl
and lv, with their site chrome (mastheads, menus, language switches, teasers, share lines, footers). They are
dense in what this line scores: States by name, case form and national adjective (also where a language's
adjective for the State's own people opens a body's name: "Slovenska tiskovna agencija", "Slovenská
akadémia vied"), and ethnic adjectives that name none ("srpskim udrugama", "vajdasági magyarok"); field
operations by present and historical names, in case forms and by a sub-office ("Полевой офис Программного
офиса ОБСЕ в Бишкеке", "OSCE Field Office in Khujand", "Misija OEBS u Saveznoj Republici Jugoslaviji",
"Ured OESS-a u Zagrebu", "EDSO misijas Latvijā"); persons in case forms and in Cyrillic, Georgian, Armenian
and Greek, press contacts, bylines and photo credits; organizations of every kind in the page's language
(universities, institutes, NGOs, parties, agencies, UN bodies by acronym) among State organs the gold
leaves out (ministries, election commissions, parliaments, regulators, courts, police, armies).

The gold follows tests/gold/README.md and lines d, f and g: ``states`` every sovereign State named, also by an
unambiguous national adjective and inside a body's name, never from menus or related-news teasers, an
ethnic word naming none; a field operation's name names its host; ``field_operations`` by name, a
sub-office named as the OSCE's names the operation that runs it; ``persons`` in the nominative as the text
first gives them in full, in its script, bylines and photo credits excluded, press contacts included;
``organizations`` by official English name, and, where the page does not write that name, by the name as
the page writes it (nominative) or its acronym: a tuple of names that each count ("Organizations as written");
no State organs, posts, the OSCE as a whole, a forum, or the site's own masthead. A body named with its faculty
or institute ("Fakulteta za družbene vede Univerze v Ljubljani") is the university, under either name.
Title, date, place and source are kept so that the pages can be reused; this line scores the four sets.

Method (the project's honesty rule): the pages and this gold were committed before the extractor was run on
them, measured once as they came (``AS_THEY_CAME``, a commit of its own), and only then used for rules that
hold on pages of at least two sources.

F1 as they came (33 pages): States 0.874, field operations 0.893, persons 0.883, organizations 0.772. After the
round's rules (tuned on these pages: an upper bound): 0.961, 0.949, 0.907, 0.863. Rules and checks in README.md,
issue 11, "Session 8, States, field operations, persons and organizations (H2)".
"""
from __future__ import annotations

import sys

import pytest
from own_pages import OwnPages

RU = "Russian Federation"
BIH = "Bosnia and Herzegovina"
USA = "United States of America"
UK = "United Kingdom"
SG = "Feridun Sinirlioğlu"
ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
RFOM = "OSCE Representative on Freedom of the Media"
HCNM = "OSCE High Commissioner on National Minorities"
PA = "OSCE Parliamentary Assembly"
PC = "OSCE Permanent Council"
EU = "European Union"
UN = "United Nations"
UNHCR = "Office of the United Nations High Commissioner for Refugees"
UNODC = "United Nations Office on Drugs and Crime"
UNDP = "United Nations Development Programme"
COE = "Council of Europe"
KFOR = ("Kosovo Force", "KFOR")
MOLDOVA = "OSCE Mission to Moldova"

FIELDS = ("title", "date", "place", "source", "inferred", "states", "field_operations", "persons",
          "organizations")

#: file: (title, date, place, source, source_inferred, states, field_operations, persons, organizations)
GOLD: dict[str, tuple] = {
    # i1
    "i1_sl.txt": ("Generalni sekretar OVSE v Ljubljani o varnosti na Zahodnem Balkanu", "2026-11-18", "Ljubljana",
                  "Slovenian Press Agency", False,
                  [BIH, RU, "Ukraine", "Slovenia", "Croatia", "Serbia"],
                  ["OSCE Mission to Bosnia and Herzegovina", "OSCE Mission in Kosovo"],
                  ["Tanja Fajon", SG, "Jure Gašparič"],
                  [("Slovenian Press Agency", "STA"), KFOR,
                   ("Institute of Contemporary History", "Inštitut za novejšo zgodovino"),
                   ("University of Ljubljana", "Univerza v Ljubljani",
                    "Fakulteta za družbene vede Univerze v Ljubljani", "Fakulteta za družbene vede")]),
    "i1_sk.txt": ("Blanár rokoval vo Viedni s generálnym tajomníkom OBSE", "2026-11-10", "Viedeň",
                  "News Agency of the Slovak Republic", False,
                  ["Moldova", "Ukraine", "Slovakia", "Hungary", RU],
                  [MOLDOVA],
                  ["Juraj Blanár", SG, "Pavol Baboš"],
                  [("News Agency of the Slovak Republic", "TASR"),
                   ("Slovak Foreign Policy Association", "Slovenská spoločnosť pre zahraničnú politiku", "SFPA"),
                   ("Comenius University Bratislava", "Univerzita Komenského v Bratislave"),
                   ("Slovak Academy of Sciences", "Slovenská akadémia vied"),
                   ("Direction – Social Democracy", "Smer – sociálna demokracia", "Smer")]),
    "i1_uk.txt": ("Колишні спостерігачі СММ ОБСЄ передали архів до Харківського університету", "2026-11-19", None,
                  None, False,
                  ["Ukraine", RU, "Switzerland", "Finland"],
                  ["OSCE Special Monitoring Mission to Ukraine", "OSCE Project Co-ordinator in Ukraine"],
                  ["Олександра Матвійчук", "Андрій Сибіга"],
                  [("V. N. Karazin Kharkiv National University",
                    "Харківський національний університет імені В. Н. Каразіна"),
                   ("Center for Civil Liberties", "Центр громадянських свобод"),
                   ("Ukrainian Helsinki Human Rights Union", "Українська Гельсінська спілка з прав людини")]),
    "i1_ru.txt": ("В Оше обсудили профилактику насильственного экстремизма среди молодежи", None, "Ош", "AKIpress",
                  False,
                  ["Kyrgyzstan", "Tajikistan", "Kazakhstan", "Uzbekistan"],
                  ["OSCE Programme Office in Bishkek"],
                  ["Кудайберди Кожобеков"],
                  [("AKIpress", "АКИpress"), UNODC,
                   ("Osh State University", "Ошский государственный университет", "ОшГУ"),
                   ("Soros Foundation-Kyrgyzstan", "Фонд «Сорос-Кыргызстан»", "Сорос-Кыргызстан")]),
    "i1_sr.txt": ("Dvadeset pet godina od otvaranja Misije OEBS u SRJ", "2026-11-16", "Beograd", "BETA News Agency",
                  False,
                  ["Serbia", "Montenegro", "Sweden", "Germany", "Serbia and Montenegro"],
                  ["OSCE Mission to the Federal Republic of Yugoslavia", "OSCE Mission to Serbia",
                   "OSCE Mission to Montenegro"],
                  ["Jan Braatu", "Maja Stojanović", "Vladimir Orlić"],
                  [("Belgrade Centre for Security Policy", "Beogradski centar za bezbednosnu politiku", "BCBP"),
                   ("Independent Journalists' Association of Serbia", "Nezavisno udruženje novinara Srbije", "NUNS"),
                   ("Serbian Progressive Party", "Srpska napredna stranka"), ("BETA News Agency", "Beta")]),
    "i1_de.txt": ("OSZE-Wahlbeobachtung: Schweizer Expertin leitet Mission in Georgien", "2026-11-23", None,
                  "Keystone-SDA", False,
                  ["Switzerland", "Georgia", RU],
                  ["OSCE Mission to Georgia"],
                  ["Corinne Cicéron Bühler", "Ignazio Cassis", "Laurent Goetschel"],
                  [ODIHR, ("Swiss Peace Foundation", "swisspeace", "Friedensstiftung swisspeace"),
                   "Geneva Centre for Security Policy", ("Keystone-SDA", "SDA")]),
    "i1_en.txt": ("Border officers from Tajikistan and Afghanistan complete course in Dushanbe", "2026-11-26",
                  "Dushanbe", "OSCE Programme Office in Dushanbe", True,
                  ["Tajikistan", "Afghanistan", "Uzbekistan", "Kazakhstan", "Lithuania", "Germany", "Japan"],
                  ["OSCE Programme Office in Dushanbe"],
                  ["Ivo Petrov", "Dilorom Saidova", "Nigina Karimova"],
                  ["OSCE Border Management Staff College", UNODC, "International Organization for Migration",
                   "Tajik National University"]),
    "i1_ka.txt": ("ჟენევის საერთაშორისო დისკუსიების მორიგი რაუნდი დასრულდა", "2026-11-20", None, None, False,
                  ["Georgia", RU, USA],
                  [],
                  ["ლაშა დარსალია", "დიმიტრიოს კარაბალისი"],
                  [UN, EU, "European Union Monitoring Mission in Georgia", UNHCR]),
    "i1_lt.txt": ("ESBO generalinis sekretorius Vilniuje aptarė Baltarusijos padėtį", "2026-11-24", "Vilnius", "ELTA",
                  False,
                  ["Belarus", RU, "Ukraine", "Lithuania", "Poland"],
                  [],
                  ["Kęstutis Budrys", SG, "Ramūnas Vilpišauskas", "Sviatlana Cichanouskaja"],
                  ["ELTA", ODIHR,
                   ("Vilnius University", "Vilniaus universitetas",
                    "Vilniaus universiteto Tarptautinių santykių ir politikos mokslų institutas",
                    "Tarptautinių santykių ir politikos mokslų institutas",
                    "Institute of International Relations and Political Science")]),
    "i1_tr.txt": ("AGİT observers praise conduct of Türkiye's local by-elections", None, "Ankara", "Anadolu Agency",
                  False,
                  ["Türkiye", "Netherlands", "Azerbaijan", "Georgia"],
                  [],
                  ["Marieke van der Berg", "Emre Kaya"],
                  [ODIHR, "Congress of Local and Regional Authorities", ("Republican People's Party", "CHP"),
                   "Bianet", ("Turkish Journalists' Association", "TGC"), "Ankara University", "Anadolu Agency"]),
    # i2
    "i2_en.txt": ("Ukraine refugees in Moldova: OSCE and UNHCR train border police on protection standards",
                  "2026-12-01", "Chisinau", "Organization for Security and Co-operation in Europe", False,
                  ["Moldova", "Ukraine", "Romania", UK, "Canada"],
                  [MOLDOVA],
                  ["Kelly Keiderling"],
                  [UNHCR, "Law Centre of Advocates", "La Strada Moldova", "United Nations Children's Fund",
                   "World Health Organization"]),
    "i2_bs.txt": ("Misija OSCE-a: Izborni zakon mora biti usklađen sa presudama iz Strasbourga", "2026-11-25", None,
                  "Federal News Agency", False,
                  [BIH, USA, UK],
                  ["OSCE Mission to Bosnia and Herzegovina"],
                  ["Brian Aggeler", "Bakir Izetbegović", "Adisa Omerović"],
                  ["European Court of Human Rights",
                   ("Party of Democratic Action", "Stranka demokratske akcije", "SDA"),
                   ("Croatian Democratic Union of Bosnia and Herzegovina", "Hrvatska demokratska zajednica BiH",
                    "HDZ BiH"),
                   ("Office of the High Representative", "Ured visokog predstavnika", "OHR"),
                   ("Center for Investigative Reporting", "Centar za istraživačko novinarstvo", "CIN"),
                   ("Coalition for Free and Fair Elections Pod lupom", "Pod lupom", "Koalicija \"Pod lupom\""),
                   ("Federal News Agency", "Fena")]),
    "i2_hr.txt": ("Bivši promatrači OESS-a u Hrvatskoj predstavili knjigu o misiji", "2026-11-19", "Zagreb",
                  "Croatian News Agency", False,
                  ["Croatia"],
                  ["OSCE Mission to Croatia", "OSCE Office in Zagreb"],
                  ["Ivana Šarić", "Nikola Kovač", "Milorad Pupovac"],
                  [("Croatian Institute of History", "Hrvatski institut za povijest"),
                   ("University of Zagreb", "Sveučilište u Zagrebu", "Filozofski fakultet Sveučilišta u Zagrebu",
                    "Filozofski fakultet"),
                   UNHCR,
                   ("Independent Democratic Serb Party", "Samostalna demokratska srpska stranka", "SDSS"),
                   ("Croatian Helsinki Committee", "Hrvatski helsinški odbor"), ("Croatian News Agency", "Hina")]),
    "i2_mk.txt": ("ОБСЕ и МВР со обука за полицијата за говор на омраза", "2026-11-26", None,
                  "Media Information Agency", False,
                  ["North Macedonia", "Netherlands", "Norway"],
                  ["OSCE Mission to Skopje"],
                  ["Маја Стојановска", "Никола Тупанчески"],
                  [("Helsinki Committee for Human Rights", "Хелсиншки комитет за човекови права"), ODIHR,
                   ("Iustinianus Primus Faculty of Law", "Правен факултет „Јустинијан Први“",
                    "Правниот факултет „Јустинијан Први“"),
                   ("Media Information Agency", "МИА")]),
    "i2_bg.txt": ("Бивш ръководител на мисия на ОССЕ ще преподава в Софийския университет", "2026-11-27", None, None,
                  False,
                  ["Bulgaria", "Turkmenistan", "Kazakhstan"],
                  ["OSCE Centre in Ashgabat", "OSCE Mission in Kosovo"],
                  ["Мария Стоянова", "Георг Георгиев"],
                  [("Sofia University", "Софийски университет „Св. Климент Охридски“", "Софийски университет"),
                   ("Center for the Study of Democracy", "Център за изследване на демокрацията"),
                   ("Bulgarian Helsinki Committee", "Български хелзинкски комитет")]),
    "i2_ro.txt": ("Misiunea OSCE a prezentat un raport privind Transnistria la Chişinău", "2026-12-02", "Chişinău",
                  "Info-Prim Neo", False,
                  ["Moldova", RU, "Romania", "Germany", "Ukraine"],
                  [MOLDOVA],
                  ["Kelly Keiderling", "Ion Manole"],
                  [("Promo-LEX Association", "Asociaţia Promo-LEX", "Promo-LEX"),
                   ("Moldova State University", "Universitatea de Stat din Moldova"),
                   "Party of Action and Solidarity", ("Info-Prim Neo", "IPN")]),
    "i2_pl.txt": ("Obserwatorzy OBWE krytykują kampanię wyborczą w Kazachstanie", "2026-11-28", None, None, False,
                  ["Kazakhstan", "Sweden", RU, "China"],
                  [],
                  ["Lars Johansson", "Wojciech Górecki", "Agnieszka Pomaska"],
                  [ODIHR, ("Centre for Eastern Studies", "Ośrodek Studiów Wschodnich"), PA,
                   ("University of Warsaw", "Uniwersytet Warszawski"),
                   ("Helsinki Foundation for Human Rights", "Fundacja Helsińska Praw Człowieka")]),
    "i2_cs.txt": ("Čeští hasiči pomohou s odminováním na Ukrajině. Projekt koordinuje OBSE", "2026-11-29", "Praha",
                  "Czech News Agency", False,
                  ["Czechia", "Ukraine", RU],
                  [],
                  ["Jan Lipavský", "Vasyl Zvaryč", "Michal Smetana"],
                  [("Geneva International Centre for Humanitarian Demining",
                    "Ženevské mezinárodní centrum pro humanitární odminování", "GICHD"),
                   ("Charles University", "Univerzita Karlova"), ("People in Need", "Člověk v tísni"),
                   ("Czech News Agency", "ČTK")]),
    "i2_hu.txt": ("Az EBESZ megfigyelői szerint szabad, de egyenlőtlen volt a szerbiai választás", "2026-11-30", None,
                  "Hungarian News Agency", False,
                  ["Serbia", "Hungary", "Austria"],
                  ["OSCE Mission to Serbia"],
                  ["Kovács Anna", "Stefan Hansen"],
                  [ODIHR, ("Serbian Progressive Party", "Szerb Haladó Párt"),
                   ("Central European University", "Közép-európai Egyetem"),
                   ("Alliance of Vojvodina Hungarians", "Vajdasági Magyar Szövetség"),
                   ("Hungarian News Agency", "MTI")]),
    "i2_it.txt": ("Osce, Tajani incontra a Roma il rappresentante per la libertà dei media", None, "Roma",
                  "Agenzia Nazionale Stampa Associata", False,
                  ["Ukraine", "Georgia", RU],
                  [],
                  ["Antonio Tajani", "Jan Braathu", "Giuseppe Giulietti"],
                  [RFOM, ("National Federation of the Italian Press", "Federazione nazionale della stampa italiana",
                          "Fnsi"),
                   ("University of Padua", "Università di Padova"), ("Articolo 21",),
                   ("Agenzia Nazionale Stampa Associata", "ANSA")]),
    "i2_sq.txt": ("Prezenca e OSBE-së trajnon gjyqtarët për krimet kibernetike", "2026-12-02", None, None, False,
                  ["Albania", "Italy", "Switzerland"],
                  ["OSCE Presence in Albania"],
                  ["Ermal Frashëri", "Michel Tarran"],
                  [COE, ("University of Tirana", "Universiteti i Tiranës"),
                   ("Albanian Centre for European Affairs", "Qendra Shqiptare për Çështje Europiane")]),
    "i2_de.txt": ("Außenministerin Meinl-Reisinger empfängt OSZE-Generalsekretär in Wien", "2026-12-01", "Wien", None,
                  False,
                  [RU, "Ukraine", "Armenia", "Azerbaijan", "Austria", BIH],
                  ["OSCE Special Monitoring Mission to Ukraine", "OSCE Mission to Bosnia and Herzegovina"],
                  ["Beate Meinl-Reisinger", SG],
                  [("Austrian Institute for International Affairs",
                    "Österreichisches Institut für Internationale Politik", "oiip"),
                   ("International Anti-Corruption Academy", "Internationale Anti-Korruptions-Akademie")]),
    # i3
    "i3_kk.txt": ("ЕҚЫҰ Бағдарламалар офисі журналистерге арналған семинар өткізді", None, "Алматы", "Kazinform",
                  False,
                  ["Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Germany", "Netherlands"],
                  ["OSCE Programme Office in Astana"],
                  ["Гүлмира Сұлтанбаева", "Тамара Калеева"],
                  [("Kazinform", "ҚазАқпарат"),
                   ("Al-Farabi Kazakh National University", "Әл-Фараби атындағы Қазақ ұлттық университеті"),
                   ("Adil Soz International Foundation for Protection of Freedom of Speech",
                    "\"Әділ сөз\" халықаралық сөз бостандығын қорғау қоры", "Әділ сөз")]),
    "i3_uz.txt": ("YXHT loyiha koordinatori Toshkentda saylov qonunchiligi bo‘yicha davra suhbati o‘tkazdi",
                  "2026-11-26", None, None, False,
                  ["Uzbekistan", "Kazakhstan", "Kyrgyzstan"],
                  ["OSCE Project Co-ordinator in Uzbekistan"],
                  ["Akmal Saidov"],
                  [ODIHR,
                   ("University of World Economy and Diplomacy", "Jahon iqtisodiyoti va diplomatiya universiteti"),
                   UNDP, ("Liberal Democratic Party of Uzbekistan", "O‘zbekiston Liberal-demokratik partiyasi")]),
    "i3_az.txt": ("Ceyhun Bayramov ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları Bürosunun direktoru ilə görüşüb",
                  None, "Bakı", "Azerbaijan Press Agency", False,
                  ["Azerbaijan", "Armenia"],
                  ["OSCE Office in Baku"],
                  ["Ceyhun Bayramov", "Mariya Telalian", "Elçin Əhmədov"],
                  [ODIHR, "OSCE Minsk Group", ("Baku State University", "Bakı Dövlət Universiteti"),
                   ("New Azerbaijan Party", "Yeni Azərbaycan Partiyası"), ("Azerbaijan Press Agency", "APA")]),
    "i3_hy.txt": ("ԵԱՀԿ ազգային փոքրամասնությունների գերագույն հանձնակատարն այցելել է Երևան", None, "Երևան",
                  "Armenpress", False,
                  ["Armenia", "Georgia"],
                  [],
                  ["Քրիստոֆ Կամպ", "Արարատ Միրզոյան"],
                  [HCNM, ("Yerevan State University", "Երևանի պետական համալսարան"), COE,
                   ("Armenpress", "ԱՐՄԵՆՊՐԵՍ")]),
    "i3_el.txt": ("Ο ΟΑΣΕ παρουσίασε στην Αθήνα έκθεση για την ελευθερία του Τύπου", "2026-12-02", None, None, False,
                  ["Greece", "Cyprus"],
                  [],
                  ["Γιαν Μπράαθου", "Μαρία Παπαδοπούλου", "Γιώργος Κώτσηρας"],
                  [RFOM,
                   ("Hellenic Foundation for European and Foreign Policy",
                    "Ελληνικό Ίδρυμα Ευρωπαϊκής και Εξωτερικής Πολιτικής", "ΕΛΙΑΜΕΠ"),
                   ("Panteion University", "Πάντειο Πανεπιστήμιο"),
                   ("Journalists' Union of Athens Daily Newspapers", "Ένωση Συντακτών Ημερησίων Εφημερίδων Αθηνών",
                    "ΕΣΗΕΑ")]),
    "i3_fr.txt": ("Au Kirghizistan, l'OSCE s'inquiète d'une loi sur les « représentants étrangers »", "2026-11-24",
                  None, None, False,
                  ["Kyrgyzstan", RU, "France", "Germany"],
                  ["OSCE Programme Office in Bishkek"],
                  ["Aziza Abdirasulova", "Sadyr Japarov"],
                  [ODIHR, ("Kylym Shamy Human Rights Centre", "Kylym Shamy"), "Human Rights Watch",
                   "Amnesty International"]),
    "i3_es.txt": ("La OSCE pide a Georgia que revise la ley de agentes extranjeros", "2026-11-25", "Viena", None,
                  False,
                  ["Georgia", RU],
                  [],
                  ["José Manuel Albares", "Nicolás de Pedro", "Hana Jalloul"],
                  [RFOM, PC, EU, ("Institute for Security and Culture", "Instituto para la Seguridad y la Cultura"),
                   ("Complutense University of Madrid", "Universidad Complutense de Madrid"),
                   "Reporters Without Borders",
                   ("Spanish Socialist Workers' Party", "Partido Socialista Obrero Español", "PSOE")]),
    "i3_nl.txt": ("Nederlandse agenten naar OSVE-missie in Kosovo", "2026-11-27", None, None, False,
                  ["Netherlands", "Serbia"],
                  ["OSCE Mission in Kosovo"],
                  ["Caspar Veldkamp", "Dion van den Berg"],
                  [("PAX",), ("Netherlands Institute of International Relations Clingendael", "Instituut Clingendael",
                              "Clingendael"),
                   "European Union Rule of Law Mission in Kosovo", KFOR]),
    "i3_lv.txt": ("EDSO ģenerālsekretārs Rīgā apsprieda drošību Baltijas jūras reģionā", "2026-12-03", "Rīga", "LETA",
                  False,
                  [RU, "Ukraine", "Latvia", "Estonia"],
                  ["OSCE Mission to Latvia"],
                  ["Baiba Braže", "Feridun Sinirlioglu", "Kārlis Bukovskis"],
                  ["LETA", ("Latvian Institute of International Affairs", "Latvijas Ārpolitikas institūts"),
                   ("Rīga Stradiņš University", "Rīgas Stradiņa universitāte")]),
    "i3_en.txt": ("High Commissioner visits Moldova and Romania to discuss minority education", "2026-12-04",
                  "Chisinau / Bucharest", HCNM, True,
                  ["Moldova", "Romania"],
                  [MOLDOVA],
                  ["Christophe Kamp", "Ilia Uzun", "Traian Hristea", "Anna Simonyan"],
                  [HCNM, "Comrat State University", "Romanian Institute for Research on National Minorities",
                   "Advisory Committee on the Framework Convention for the Protection of National Minorities"]),
    "i3_ru.txt": ("О встрече Министра иностранных дел Беларуси с Председателем Постоянного совета ОБСЕ", "2026-12-03",
                  None, None, False,
                  ["Belarus", "Switzerland"],
                  ["OSCE Office in Minsk"],
                  ["Максим Рыженков", "Кристиан Мейер", "Андрей Король"],
                  [PC, ODIHR, "Commonwealth of Independent States", "Collective Security Treaty Organization",
                   ("Belarusian State University", "Белорусский государственный университет")]),
}

#: each page's site shape (the worst group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "i1_sl.txt": "broadcaster", "i1_sk.txt": "agency", "i1_uk.txt": "portal", "i1_ru.txt": "agency",
    "i1_sr.txt": "paper", "i1_de.txt": "broadcaster", "i1_en.txt": "osce body site", "i1_ka.txt": "agency",
    "i1_lt.txt": "broadcaster", "i1_tr.txt": "paper",
    "i2_en.txt": "aggregator", "i2_bs.txt": "portal", "i2_hr.txt": "broadcaster", "i2_mk.txt": "broadcaster",
    "i2_bg.txt": "paper", "i2_ro.txt": "agency", "i2_pl.txt": "paper", "i2_cs.txt": "broadcaster",
    "i2_hu.txt": "portal", "i2_it.txt": "agency", "i2_sq.txt": "broadcaster", "i2_de.txt": "government",
    "i3_kk.txt": "agency", "i3_uz.txt": "portal", "i3_az.txt": "agency", "i3_hy.txt": "agency", "i3_el.txt": "paper",
    "i3_fr.txt": "paper", "i3_es.txt": "paper", "i3_nl.txt": "broadcaster", "i3_lv.txt": "broadcaster",
    "i3_en.txt": "osce body site", "i3_ru.txt": "government",
}

PAGES = OwnPages("i", GOLD, FIELDS)
SETS = ("states", "field_operations", "persons", "organizations")

#: each set's figures as they came, measured once on the committed tree of 8103ac9 (the commit that wrote the
#: pages and this gold, before any rule saw them; read through a worktree of that commit, so that no helper's
#: unfinished edit took part): accuracy of the one-value fields, (P, R, F1) of the four sets
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # i1: "Slovenska tiskovna agencija" read as Slovakia; related-news teasers' States taken (Moldova, Romania,
    # Latvia, Estonia, Greece); "Amerikis Sheertebuli Shtatebi" in Georgian missed; Lithuanian and Slovene case
    # forms kept ("Feridunas", "Sinirlioğluj"); genitives after "z"/"iz"/"по словам" missed (Jure Gašparič, a
    # rector); bodies in case forms (Slovak, Slovene, Russian locative) and the site's masthead as a body
    "i1": {"title": 1.0, "date": 0.9, "place": 0.9, "source": 0.9, "states": (0.88, 0.957, 0.917),
           "field_operations": (1.0, 0.909, 0.952), "persons": (0.913, 0.808, 0.857),
           "organizations": (0.941, 0.762, 0.842)},
    # i2: teasers' States (Croatia, Slovakia, Poland, Romania, Montenegro, Belarus, Ukraine); a Macedonian page
    # with no State; field operations in Bulgarian case forms; chrome and a body's first words as persons
    # ("Inspectorate", "Qendra Shqiptare"); persons in case forms (Albanian "Frashërit", Czech "Jana
    # Lipavského", "Adis" for "Adise"); bodies in genitive or in another script missed
    "i2": {"title": 0.917, "date": 1.0, "place": 1.0, "source": 0.917, "states": (0.809, 0.905, 0.854),
           "field_operations": (1.0, 0.833, 0.909), "persons": (0.839, 0.929, 0.881),
           "organizations": (0.939, 0.585, 0.721)},
    # i3: teasers' States again (China, Russia, Belgium, Iran, Türkiye, Turkmenistan, Georgia); field operations
    # in French, Dutch, Uzbek missed; a post ("Bashkan") as a person; Latvian "Feriduns"; bodies in Greek,
    # Armenian, Kazakh, Uzbek and Azerbaijani case forms missed
    "i3": {"title": 1.0, "date": 0.909, "place": 0.909, "source": 0.909, "states": (0.744, 0.967, 0.841),
           "field_operations": (1.0, 0.625, 0.769), "persons": (0.926, 0.893, 0.909),
           "organizations": (0.938, 0.638, 0.759)},
    # all 33 pooled; worst groups by site shape: broadcaster (10 pages) States 0.776; paper (7) field
    # operations 0.5; aggregator (1) persons 0.667, broadcaster persons 0.735; portal (4) organizations 0.625
    "i1-i3": {"title": 0.97, "date": 0.939, "place": 0.939, "source": 0.909, "states": (0.816, 0.941, 0.874),
              "field_operations": (1.0, 0.806, 0.893), "persons": (0.889, 0.878, 0.883),
              "organizations": (0.939, 0.655, 0.772)},
}

#: the worst site-shape group of each set field over all 33 pages, as it came (F1)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "states": ("broadcaster", 0.776), "field_operations": ("paper", 0.5), "persons": ("aggregator", 0.667),
    "organizations": ("portal", 0.625),
}


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


def test_the_line_after_its_rules():
    # the figures after the round's rules, as floors (an upper bound of reading unseen pages, not a measure of it)
    names = sorted(GOLD)
    assert PAGES.f1(names, "states") >= 0.96 and PAGES.f1(names, "field_operations") >= 0.94
    assert PAGES.f1(names, "persons") >= 0.90 and PAGES.f1(names, "organizations") >= 0.86




# ------------------------------------------------ the rules after line i (each on pages of two sources or more)

from osce_kg.loader.extract import read_text  # noqa: E402


def _states_of(text: str) -> list[str]:
    return sorted(read_text(text, "page.txt").records[0].states)


#: a page of our own: a masthead, a menu, a headline, a dated text naming one State, then a teasers' heading
_TEASED = ("{site}\n{menu}\n{title}\n3. december 2026\n{text}\n{label}\n{teaser}\n© {site} 2026\n")


@pytest.mark.parametrize("site, menu, title, text, label, teaser, state", [
    # related-news headings in more of the region's languages end the body, a colon after them or not: their
    # items name other States (MMC RTV i1_sl, Evropeiska Pravda i1_uk "Читайте також:", LRT i1_lt, Hürriyet
    # i1_tr, iROZHLAS i2_cs, HRT i2_hr, Telex i2_hu, Rzeczpospolita i2_pl, Top Channel i2_sq, APA i3_az,
    # Kathimerini i3_el, Armenpress i3_hy, Kazinform i3_kk, LSM i3_lv, NOS i3_nl, Gazeta.uz i3_uz)
    ("MMC", "Novice | Svet", "Fajonova na Dunaju", "Ministrica je govorila o Sloveniji in OVSE.", "Preberite tudi",
     "Avstrija in Madžarska krepita mejo", "Slovenia"),
    ("Правда", "Новини | Статті", "Сибіга у Відні", "Міністр говорив про Україну та ОБСЄ.", "Читайте також:",
     "Молдова і Румунія підписали угоду", "Ukraine"),
    ("LRT", "Naujienos | Pasaulyje", "Budrys Vienoje", "Ministras kalbėjo apie Lietuvą ir ESBO.",
     "Daugiau šia tema", "Latvija ir Estija stiprina sienas", "Lithuania"),
    ("Daily", "World | Opinion", "Fidan in Vienna", "The minister spoke about Türkiye and the OSCE.", "Recommended",
     "Greek islands see record season", "Türkiye"),
    ("iROZHLAS", "Zprávy | Svět", "Lipavský ve Vídni", "Ministr mluvil o Česku a OBSE.", "Mohlo by vás zajímat",
     "Slovensko a Polsko posílí hranice", "Czechia"),
    ("Telex", "Belföld | Külföld", "Szijjártó Bécsben", "A miniszter szerint Magyarország támogatja az EBESZ-t.",
     "Kapcsolódó cikkek", "Románia új nagykövetet nevez ki", "Hungary"),
    ("NOS", "Nieuws | Buitenland", "Veldkamp in Wenen", "De minister sprak over Nederland en de OVSE.", "Lees ook",
     "België stuurt militairen naar Litouwen", "Netherlands"),
    ("Gazeta.uz", "Jamiyat | Dunyo", "Saidov Venada", "Vazir O‘zbekiston va YXHT haqida gapirdi.", "Mavzuga oid",
     "Turkmaniston gaz eksportini oshirmoqda", "Uzbekistan"),
    ("Armenpress", "Քաղաքականություն | Աշխարհ", "Միրզոյանը Վիեննայում", "Նախարարը խոսել է Հայաստանի մասին։",
     "Նմանատիպ նորություններ", "Իրանի նախագահը կայցելի Երևան", "Armenia"),
])
def test_a_teasers_heading_in_the_regions_languages_ends_the_text(site, menu, title, text, label, teaser, state):
    page = _TEASED.format(site=site, menu=menu, title=title, text=text, label=label, teaser=teaser)
    assert _states_of(page) == [state]


from osce_kg.loader.extract.mentions import find_mentions  # noqa: E402
from osce_kg.loader.reference import reference  # noqa: E402


@pytest.mark.parametrize("text, language, states", [
    # a case form is a word of its own language: the Slovak and Czech genitive of "Slovensko" is spelt as the
    # Slovene adjective "slovenska" (Slovenian), and the Slovak plural "slovenskí" as Slovene "slovenski"; the
    # page's language's reading wins (MMC RTV i1_sl, 24ur f4_sl, RTV SLO b6_sl, STA y3_sl: Slovakia read on
    # four Slovene pages of four sites that name no Slovakia)
    ("Slovenska tiskovna agencija poroča, da so slovenski policisti odšli na Kosovo.", "sl", ["Slovenia"]),
    ("Slovenska filantropija in Rdeči križ Slovenije pomagata beguncem.", "sl", ["Slovenia"]),
    # the Slovak and Czech pages keep it, now also by the adjective (Český rozhlas b7_cs, TASR w4_sk)
    ("Minister navštívil Viedeň. Slovenskí policajti pôsobia v misii OBSE od roku 1999.", "sk", ["Slovakia"]),
    ("Delegace přijela ze Slovenska a z Rakouska.", "cs", ["Slovakia", "Austria"]),
])
def test_a_case_form_is_read_in_the_pages_language(text, language, states):
    assert find_mentions(text, reference(), language).states == states


def test_a_scan_without_a_language_reads_as_before():
    ref = reference()
    assert [m.label for m in ref.scan("Slovenska", ("state",))] == ["Slovakia"]
    assert [m.label for m in ref.scan("Slovenska", ("state",), language="sk")] == ["Slovakia"]
    assert [(m.label, m.adjective) for m in ref.scan("Slovenska", ("state",), language="sl")] == [("Slovenia", True)]
    # a name's reading in the page's language that is an adjective, when adjectives are not asked for, is no match
    assert ref.scan("Slovenska", ("state",), adjectives=False, language="sl") == []


@pytest.mark.parametrize("text, language, operation", [
    # table fills, one page each (said so): the Programme Office as French papers write it (Le Monde i3_fr);
    # the Uzbek Project Co-ordinator in the singular and Uzbek's oʻ written with a left quote (Gazeta.uz i3_uz);
    # the Mission to Montenegro with an undeclined OEBS, as the Mission to Serbia already was (Danas i1_sr)
    ("Le Bureau du programme de l'OSCE à Bichkek a proposé une table ronde.", "fr", "OSCE Programme Office in Bishkek"),
    ("YXHTning O‘zbekistondagi loyiha koordinatori davra suhbati tashkil etdi.", "uz",
     "OSCE Project Co-ordinator in Uzbekistan"),
    ("YXHTning Oʻzbekistondagi loyiha koordinatori davra suhbati tashkil etdi.", "uz",
     "OSCE Project Co-ordinator in Uzbekistan"),
    ("Kancelarija je kasnije postala Misija OEBS u Crnoj Gori.", "sr-Latn", "OSCE Mission to Montenegro"),
])
def test_field_operations_after_i(text, language, operation):
    assert operation in find_mentions(text, reference(), language).field_operations


def test_uzbek_okina_is_one_letter_however_typed():
    ref = reference()
    assert ref.lookup("state", "O‘zbekiston") == ref.lookup("state", "Oʻzbekiston") == "Uzbekistan"
    assert ref.lookup("state", "O'zbekiston") == "Uzbekistan"


@pytest.mark.parametrize("text, persons", [
    # a one-word "name" after a title, with "of" and a place or service after it, is an office or body, not a
    # surname (the aggregator's i2_en "the General Inspectorate of Border Police", the HCNM's site i3_en "the
    # Deputy Bashkan of Gagauzia, Ilia Uzun"); a sovereign and the State stays a person (osce-pages-2's
    # pr-plain_2007 "Queen Beatrix of the Netherlands")
    ("The Mission trained 40 officers of the General Inspectorate of Border Police in Chisinau.", []),
    ("In Comrat he met the Deputy Bashkan of Gagauzia, Ilia Uzun, and teachers.", ["Ilia Uzun"]),
    ("On 7 March, Her Majesty Queen Beatrix of the Netherlands took part in a ceremony.", ["Beatrix"]),
])
def test_an_office_of_a_place_is_no_surname(text, persons):
    assert [p.name for p in find_mentions(text, reference(), "en").persons] == persons


@pytest.mark.parametrize("text, organization, persons", [
    # a post, a body in the genitive, the post's holder (AKIpress i1_ru, the Belarusian MFA's site i3_ru): the body
    # is given in the nominative, also after a city's two letters ("Ошского"), and the holder is no body "named
    # after" a person (the Kyrgyz rector's surname stays in the genitive, unread: the gold's miss remains)
    ("По словам ректора Ошского государственного университета Кудайберди Кожобекова, университет откроет центр.",
     "Ошский государственный университет", []),
    ("Во встрече принял участие ректор Белорусского государственного университета Андрей Король.",
     "Белорусский государственный университет", ["Андрей Король"]),
])
def test_a_posts_body_in_the_genitive_and_its_holder(text, organization, persons):
    found = find_mentions(text, reference(), "ru")
    assert organization in found.organizations and [p.name for p in found.persons] == persons


def test_a_body_named_after_a_person_stays_one():
    found = find_mentions("Делегация посетила Университет Ибрахима Руговы в Приштине.", reference(), "ru")
    assert found.persons == []


@pytest.mark.parametrize("page, gone", [
    # a masthead is no mention: a body's name alone on the text's first line, named nowhere else (Interpressnews
    # i1_ka, NZZ d3_de and f2_de, IWPR b6_en, Armenpress b7_hy, Radio Chișinău f1_ro: six pages, five sites)
    ("ინტერპრესნიუსი\nპოლიტიკა | საზოგადოება\nევროკავშირის სადამკვირვებლო მისიამ განცხადება გაავრცელა.\n",
     "Interpressnews"),
    ("Neue Zürcher Zeitung\nInternational | Schweiz\nDie OSZE und das Genfer Zentrum für Sicherheitspolitik (GCSP) "
     "laden ein.\n", "Neue Zürcher Zeitung"),
])
def test_a_masthead_is_no_mention(page, gone):
    assert gone not in find_mentions(page, reference(), "ka" if page[0] > "z" else "de").organizations


def test_a_masthead_the_text_names_again_stays():
    page = "Neue Zürcher Zeitung\nInternational\nWie die Neue Zürcher Zeitung berichtet, tagt die OSZE in Wien.\n"
    assert "Neue Zürcher Zeitung" in find_mentions(page, reference(), "de").organizations


@pytest.mark.parametrize("text, kept, gone", [
    # a body named only as the parent of another by a possessive is not listed, the nested body is (w2_en's
    # "the Council of Europe's Congress of Local and Regional Authorities", the HCNM's site i3_en "the Council
    # of Europe's Advisory Committee on the Framework Convention")
    ("Observers from ODIHR and the Council of Europe's Congress of Local and Regional Authorities said so.",
     "Congress of Local and Regional Authorities", "Council of Europe"),
    ("He welcomed the work of the Council of Europe's Advisory Committee on the Framework Convention.", None,
     "Council of Europe"),
])
def test_a_parent_named_by_a_possessive_only_is_not_listed(text, kept, gone):
    found = find_mentions(text, reference(), "en").organizations
    assert gone not in found and (kept is None or kept in found)


@pytest.mark.parametrize("text, kept", [
    # an event after the possessive, and the OSCE's Secretariat before its unit, stay (osce-pages pr-plain_001,
    # pr-plain_024, as their gold has them)
    ("Perl told the East-West Institute's Sixth Worldwide Security Conference today.", "EastWest Institute"),
    ("Experts of the OSCE Secretariat's Conflict Prevention Centre took part.", "OSCE Secretariat"),
])
def test_a_possessive_before_an_event_or_an_osce_unit_keeps_the_body(text, kept):
    assert kept in find_mentions(text, reference(), "en").organizations


from osce_kg.loader.extract.names import nominative  # noqa: E402


@pytest.mark.parametrize("words, language, name", [
    # a Czech or Slovak man's adjectival family name in the genitive or accusative (-ého) makes the given name his:
    # "ministra zahraničí Jana Lipavského" (iROZHLAS i2_cs), "politologa Jana Hrubého" (Český rozhlas Plus g3_cs,
    # the blind line; two sites of one broadcaster: a grammar rule of the language, said so)
    (["Jana", "Lipavského"], "cs", ["Jan", "Lipavský"]),
    (["Jana", "Hrubého"], "cs", ["Jan", "Hrubý"]),
    (["Petra", "Nového"], "sk", ["Petr", "Nový"]),
])
def test_a_mans_adjectival_family_name_in_the_genitive(words, language, name):
    assert nominative(words, language) == name


def test_a_womans_name_before_it_is_no_mans():
    assert nominative(["Marie", "Hrubého"], "cs") is None
    assert nominative(["Jany", "Novotné"], "cs") == ["Jana", "Novotná"]


@pytest.mark.parametrize("text", [
    # the High Representative's Office by its acronym and its name in the region's languages, in its cases: the
    # reference data lacked it (Klix i2_bs, the portal of line d d1_bs, the blind line's g2_bs: three sites)
    "Centralna izborna komisija BiH i Ured visokog predstavnika (OHR) ranije su upozorili na kašnjenje.",
    "Na obilježavanju su bili predstavnici Ureda visokog predstavnika, Centralne izborne komisije i drugi.",
])
def test_the_office_of_the_high_representative(text):
    assert find_mentions(text, reference(), "bs").organizations == ["Office of the High Representative"]


ODIHR_ = "OSCE Office for Democratic Institutions and Human Rights"


@pytest.mark.parametrize("text, language, body", [
    # the OSCE's institutions by their names and acronyms in more of the OSCE's languages (the reference data
    # held none of these): ODIHR in Swedish (b5_sv), Spanish (f3_es, its own acronym OIDDH now read as ODIHR, not
    # as a body as written), Macedonian (Sitel i2_mk, "ОДИХР"), Uzbek (Gazeta.uz i3_uz, "DIIHB"); the Media
    # Freedom Representative in Italian (ANSA i2_it), Greek (Kathimerini i3_el), Spanish (El País i3_es); the
    # High Commissioner in Romanian (f4_ro), Armenian (Armenpress i3_hy), Kazakh (y2_kk)
    ("Sverige skickar tio valobservatörer till OSSE:s kontor för demokratiska institutioner och mänskliga "
     "rättigheter.", "sv", ODIHR_),
    ("enviará observadores a la misión de la Oficina de Instituciones Democráticas y Derechos Humanos (OIDDH) de "
     "la OSCE en Georgia.", "es", ODIHR_),
    ("учествуваа и експерти од Бирото на ОБСЕ за демократски институции и човекови права (ОДИХР).", "mk", ODIHR_),
    ("Tadbirda YXHT Demokratik institutlar va inson huquqlari byurosi (DIIHB) ekspertlari ishtirok etdi.", "uz",
     ODIHR_),
    ("Tajani ha incontrato il rappresentante Osce per la libertà dei media, Jan Braathu.", "it", RFOM),
    ("Ο Εκπρόσωπος του ΟΑΣΕ για την Ελευθερία των Μέσων Ενημέρωσης παρουσίασε την έκθεση.", "el", RFOM),
    ("El Representante de la OSCE para la Libertad de los Medios de Comunicación pidió a Georgia que revise la ley.",
     "es", RFOM),
    ("Ministrul a avut o întrevedere cu Înaltul Comisar al OSCE pentru Minoritățile Naționale.", "ro", HCNM),
    ("ԵԱՀԿ ազգային փոքրամասնությունների գերագույն հանձնակատարն այցելել է Երևան։", "hy", HCNM),
    ("Мұрат Нұртілеу ЕҚЫҰ-ның ұлттық азшылықтар істері жөніндегі жоғарғы комиссарымен кездесті.", "kk", HCNM),
])
def test_the_osces_institutions_in_more_languages(text, language, body):
    assert find_mentions(text, reference(), language).organizations == [body]


@pytest.mark.parametrize("text, language, body", [
    # bodies outside the OSCE that pages of two sources or more named and none read, now in the reference data
    # with their names in the region's languages (each: the pages that need it)
    ("«Die Zivilgesellschaft steht unter Druck», sagt Laurent Goetschel, Direktor der Friedensstiftung swisspeace.",
     "de", "Swiss Peace Foundation"),                          # SRF i1_de, NZZ d3_de, f2_de
    ("s študenti Fakultete za družbene vede Univerze v Ljubljani.", "sl", "University of Ljubljana"),  # i1_sl, f4_sl
    ("Obserwatorów przeszkolili eksperci Fundacji im. Stefana Batorego.", "pl", "Stefan Batory Foundation"),  # f1, b1
    ("καθηγητής του Εθνικού και Καποδιστριακού Πανεπιστημίου Αθηνών.", "el",
     "National and Kapodistrian University of Athens"),         # d1_el, g3_el
    ("професори од Универзитетот „Св. Кирил и Методиј“ и претставници.", "mk",
     "Ss. Cyril and Methodius University in Skopje"),            # d1_mk, g2_mk
    ("A Vajdasági Magyar Szövetség is panaszt tett.", "hu", "Alliance of Vojvodina Hungarians"),  # Telex i2_hu, b5_hu
    ("Jahon iqtisodiyoti va diplomatiya universiteti professori gapirdi.", "uz",
     "University of World Economy and Diplomacy"),               # Gazeta.uz i3_uz, g3_uz
    ("Делегация мүшелері Назарбаев Университетінің студенттерімен кездесті.", "kk",
     "Nazarbayev University"),                                   # g1_kk, b2_kk
    ("Курсът се организира съвместно с Българския хелзинкски комитет.", "bg", "Bulgarian Helsinki Committee"),  # i2, f2
    ("Директор Международного фонда защиты свободы слова «Адил соз» Тамара Калеева.", "ru",
     "Adil Soz International Foundation for Protection of Freedom of Speech"),  # f1_ru, Kazinform i3_kk, b2_kk
])
def test_bodies_named_on_pages_of_two_sources(text, language, body):
    assert body in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language, body", [
    # the UN and two of its bodies by names the data lacked: the UN in Mongolian (Montsame g3_mn, "НҮБ-ын") and
    # Georgian (Interpressnews i1_ka, "გაეროსა და ..."); UNHCR in Macedonian (w8_mk) and Portuguese (w8_pt);
    # UNICEF in Kazakh (y2_kk)
    ("Монгол Улс НҮБ-ын энхийг сахиулах ажиллагаанд оролцдог.", "mn", "United Nations"),
    ("მოლაპარაკებებს ეუთოს, გაეროსა და ევროკავშირის წარმომადგენლები თანათავმჯდომარეობდნენ.", "ka", "United Nations"),
    ("за соработката со Високиот комесаријат на ОН за бегалци и Црвениот крст.", "mk",
     "Office of the United Nations High Commissioner for Refugees"),
    ("discutiram a cooperação com o Alto Comissariado das Nações Unidas para os Refugiados.", "pt",
     "Office of the United Nations High Commissioner for Refugees"),
    ("Кездесуде тараптар Біріккен Ұлттар Ұйымының Балалар қорымен бірлескен жобаларды талқылады.", "kk",
     "United Nations Children's Fund"),
])
def test_the_un_and_its_bodies_in_more_languages(text, language, body):
    assert body in find_mentions(text, reference(), language).organizations


if __name__ == "__main__":          # python tests/test_extract_own_pages_i.py [i1 ...]: figures and misses
    PAGES.main(sys.argv[1:], SHAPES, f1=SETS)
