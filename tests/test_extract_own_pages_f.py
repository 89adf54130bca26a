"""Issue 11, round 8, line f (H2): States, field operations, persons and organizations on pages no rule has
seen. Whole pages of our own (31, in three sets) in the shapes of third-party sites of the region and of the
OSCE's own (osce.org, a field office's site, news agencies, broadcasters, papers, portals), in cs, pl, ru (also
Kazakhstan's and Kyrgyzstan's sites), uk, de (Austria, Switzerland), en, sr in both scripts, bs, ro, hu, sk, fr,
it, sq, mk, bg, az, tr, hr, lv, el and es, dense in what this line scores: organizations named in the page's
own language by their head noun (university, institute, foundation, association, centre, committee, party,
agency) and by acronym definitions, among State organs the gold leaves out (ministries, election
commissions, parliaments, regulators, ombudsmen); persons in case forms (Czech and Polish genitives and
instrumentals: "Podle Jany Novotné", "Według Agnieszki Leguckiej", "S Vítem Rakušanem"), in Cyrillic and Greek,
three-part names, a photo credit, a surname that is a State's name ("Sarah Jordan"); a region that shares a
State's name ("Πανεπιστήμιο Μακεδονίας"); field operations by present and historical names.

The gold follows tests/gold/README.md and line d: ``states`` every sovereign State named, also by an
unambiguous national adjective (also inside a body's name), never in the site's menus; a field operation's
name names its host. ``field_operations`` by name. ``persons`` in the nominative as the text first gives them
in full, bylines and photo credits excluded, contact persons included. ``organizations`` by official English
name, and, where the page does not write that name, by the name as the page writes it (nominative) or its
acronym: a tuple of names that each count ("Organizations as written" in tests/gold/README.md); no State organs,
posts, the OSCE as a whole, or the site's own masthead. Title, date, place and source are kept so that the
pages can be reused; this line scores the sets.

Method (the project's honesty rule): the pages and this gold were committed before the extractor was run on
them, measured once as they came (``AS_THEY_CAME``, a commit of its own), and only then used for rules that
hold on pages of at least two sources. f1-f3 were measured before any rule of the round, f4 (new sites and
languages) after the rules f1-f3 led to.

F1 as they came: f1-f3 (31 pages) States 0.932, field operations 0.898, persons 0.933, organizations 0.632;
f4 (10) 0.973, 0.857, 0.800, 0.755; f1-f4 pooled (41) 0.942, 0.889, 0.903, 0.661. After every rule (tuned on
these pages: an upper bound): f1-f3 0.959, 0.981, 0.970, 0.859; f4 0.973, 1.000, 0.900, 0.857; f1-f4 0.962,
0.986, 0.953, 0.858. Groups in README.md, issue 11, "Round 8".
"""
from __future__ import annotations

from own_pages import OwnPages

RU = "Russian Federation"
SMM = "OSCE Special Monitoring Mission to Ukraine"
BIH = "Bosnia and Herzegovina"
USA = "United States of America"
ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
PA = "OSCE Parliamentary Assembly"
HCNM = "OSCE High Commissioner on National Minorities"
GUMILYOV = ("L.N. Gumilyov Eurasian National University", "Евразийский национальный университет имени Л. Н. Гумилёва")

#: file: (title, date, place, source, source_inferred, states, field_operations, persons, organizations)
GOLD: dict[str, tuple] = {
    "f1_cs.txt": ("Čeští policisté budou sloužit v misi OBSE v Kosovu", "2026-11-03", "Praha", None, False,
                  ["Czechia", "Serbia"],
                  ["OSCE Mission in Kosovo"],
                  ["Vít Rakušan", "Ondřej Ditrych", "Jana Novotná"],
                  [("Institute of International Relations Prague", "Ústav mezinárodních vztahů", "ÚMV"),
                   ("Masaryk University", "Masarykova univerzita"),
                   ("Palacký University Olomouc", "Univerzita Palackého v Olomouci")]),
    "f1_pl.txt": ("Polscy obserwatorzy OBWE pojadą na wybory w Gruzji", "2026-11-04", "Warszawa", "Polish Press Agency",
                  False,
                  ["Poland", "Georgia", RU],
                  ["OSCE Mission to Georgia"],
                  ["Marcin Bosacki", "Agnieszka Legucka"],
                  [("Polish Press Agency", "PAP"), ODIHR,
                   ("Polish Institute of International Affairs", "Polski Instytut Spraw Międzynarodowych", "PISM"),
                   ("Stefan Batory Foundation", "Fundacja im. Stefana Batorego"),
                   ("Jagiellonian University", "Uniwersytet Jagielloński")]),
    "f1_ru.txt": ("В Алматы прошёл семинар ОБСЕ по безопасности журналистов", "2026-11-05", "Алматы", None, False,
                  ["Kazakhstan", "Netherlands"],
                  ["OSCE Programme Office in Astana"],
                  ["Ян Брату", "Тамара Калеева"],
                  ["OSCE Representative on Freedom of the Media",
                   ("Al-Farabi Kazakh National University", "Казахский национальный университет имени аль-Фараби"),
                   GUMILYOV,
                   ("Adil Soz International Foundation for Protection of Freedom of Speech",
                    "Международный фонд защиты свободы слова «Адил соз»", "Адил соз")]),
    "f1_uk.txt": ("ОБСЄ і соціологи представили дослідження про довіру до медіа", "2026-11-06", "Київ", "Ukrinform",
                  False,
                  ["Ukraine", "Canada"],
                  ["OSCE Project Co-ordinator in Ukraine"],
                  ["Антон Грушецький", "Оксана Романюк"],
                  [("Ukrinform", "Укрінформ"),
                   ("Kyiv International Institute of Sociology", "Київський міжнародний інститут соціології", "КМІС"),
                   ("Institute of Mass Information", "Інститут масової інформації", "ІМІ"),
                   ("National University of Kyiv-Mohyla Academy",
                    "Національний університет «Києво-Могилянська академія»"),
                   "European Union"]),
    "f1_de.txt": ("OSZE-Beobachter kritisieren Parlamentswahl in Aserbaidschan", "2026-11-07", "Wien", None, False,
                  ["Azerbaijan", "Ireland", "Austria"],
                  ["OSCE Office in Baku"],
                  ["Eoghan Murphy", "Cengiz Günay"],
                  [ODIHR, PA,
                   ("Austrian Institute for International Affairs",
                    "Österreichisches Institut für Internationale Politik", "oiip"),
                   ("University of Vienna", "Universität Wien")]),
    "f1_en.txt": ("OSCE Mission to Serbia and University of Novi Sad launch course on countering hate speech",
                  "2026-11-10", "Novi Sad", None, False,
                  ["Serbia", "Switzerland"],
                  ["OSCE Mission to Serbia"],
                  ["Lena Hoffmann", "Dubravka Valić Nedeljković", "Ana Petrović"],
                  ["University of Novi Sad", "Independent Journalists' Association of Vojvodina",
                   "Novi Sad School of Journalism"]),
    "f1_sr.txt": ("Misija OEBS u Srbiji podržala obuku novinara u Nišu", "2026-11-11", "Niš", None, False,
                  ["Serbia", "Norway"],
                  ["OSCE Mission to Serbia"],
                  ["Željko Bodrožić", "Zoran Pašalić"],
                  [("Independent Journalists' Association of Serbia", "Nezavisno udruženje novinara Srbije", "NUNS"),
                   ("University of Niš", "Univerzitet u Nišu"),
                   ("Belgrade Centre for Security Policy", "Beogradski centar za bezbednosnu politiku", "BCBP")]),
    "f1_bs.txt": ("OSCE i Univerzitet u Sarajevu potpisali sporazum o saradnji", "2026-11-12", "Sarajevo", None, False,
                  [BIH, "Sweden"],
                  ["OSCE Mission to Bosnia and Herzegovina"],
                  ["Brian Aggeler", "Rifat Škrijelj"],
                  [("University of Sarajevo", "Univerzitet u Sarajevu"),
                   ("Heinrich Böll Foundation", "Fondacija Heinrich Böll"),
                   ("Transparency International Bosnia and Herzegovina", "Transparency International BiH"),
                   ("Centre for Investigative Reporting", "Centar za istraživačko novinarstvo", "CIN")]),
    "f1_ro.txt": ("Misiunea OSCE a prezentat un raport despre drepturile omului în regiunea transnistreană",
                  "2026-11-13", "Chișinău", None, False,
                  ["Moldova", "Germany"],
                  ["OSCE Mission to Moldova"],
                  ["Kelly Keiderling", "Ion Manole"],
                  [("Promo-LEX Association", "Asociația Promo-LEX", "Promo-LEX"),
                   ("Legal Resources Centre from Moldova", "Centrul de Resurse Juridice din Moldova", "CRJM"),
                   ("Moldova State University", "Universitatea de Stat din Moldova")]),
    "f1_hu.txt": ("Szijjártó Péter Bécsben az EBESZ jövőjéről tárgyalt", "2026-11-14", "Bécs",
                  "Hungarian News Agency", False,
                  ["Hungary"],
                  [],
                  ["Szijjártó Péter", "Feridun Sinirlioğlu", "Tálas Péter"],
                  [("Hungarian News Agency", "MTI"), "OSCE Permanent Council",
                   ("Ludovika University of Public Service", "Nemzeti Közszolgálati Egyetem"),
                   ("Hungarian Helsinki Committee", "Magyar Helsinki Bizottság")]),
    "f2_sk.txt": ("Blanár sa stretol s riaditeľkou ODIHR", "2026-11-17", "Bratislava",
                  "News Agency of the Slovak Republic", False,
                  ["Slovakia", "Ukraine"],
                  [SMM],
                  ["Juraj Blanár", "Maria Telalian", "Alexander Duleba"],
                  [("News Agency of the Slovak Republic", "TASR"), ODIHR,
                   ("Slovak Foreign Policy Association", "Slovenská spoločnosť pre zahraničnú politiku", "SFPA"),
                   ("Comenius University Bratislava", "Univerzita Komenského v Bratislave")]),
    "f2_pl.txt": ("Sikorski w Wiedniu: OBWE musi wrócić na Ukrainę", "2026-11-18", "Warszawa", None, False,
                  ["Poland", RU, "Ukraine"],
                  [SMM],
                  ["Radosław Sikorski", "Feridun Sinirlioğlu", "Wojciech Konończuk", "Agnieszka Bieńczyk-Missala"],
                  [("Centre for Eastern Studies", "Ośrodek Studiów Wschodnich"),
                   ("University of Warsaw", "Uniwersytet Warszawski"),
                   ("Polish Humanitarian Action", "Polska Akcja Humanitarna")]),
    "f2_ru.txt": ("В Бишкеке обсудили предупреждение конфликтов на границе", "2026-11-19", "Бишкек", "AKIpress", False,
                  ["Kyrgyzstan", RU, USA],
                  ["OSCE Programme Office in Bishkek", "OSCE Centre in Bishkek"],
                  ["Алексей Рогов", "Азиза Абдирасулова"],
                  [("AKIpress", "АКИpress"),
                   ("American University of Central Asia", "Американский университет в Центральной Азии", "АУЦА"),
                   ("Kylym Shamy Human Rights Centre", "Правозащитный центр «Кылым шамы»"),
                   ("Kyrgyz-Russian Slavic University", "Кыргызско-Российский Славянский университет"),
                   "OSCE Academy in Bishkek"]),
    "f2_uk.txt": ("Верховний комісар ОБСЄ з питань нацменшин відвідав Ужгород", "2026-11-20", "Ужгород", None, False,
                  ["Hungary", "Romania"],
                  [],
                  ["Крістоф Камп", "Дмитро Лубінець"],
                  [HCNM, ("Uzhhorod National University", "Ужгородський національний університет"),
                   ("Hungarian Cultural Association of Subcarpathia", "Товариство угорської культури Закарпаття",
                    "КМКС")]),
    "f2_de.txt": ("Genf will Gespräche zwischen Armenien und Aserbaidschan beherbergen", "2026-11-21", "Genf", None,
                  False,
                  ["Armenia", "Azerbaijan", "Switzerland"],
                  [],
                  ["Ignazio Cassis", "Laurent Goetschel"],
                  [("Geneva Centre for Security Policy", "Genfer Zentrum für Sicherheitspolitik", "GCSP"),
                   "OSCE Secretariat", ("Swiss Peace Foundation", "Friedensstiftung swisspeace", "swisspeace"),
                   ("University of Zurich", "Universität Zürich"),
                   ("Swiss Red Cross", "Schweizerisches Rotes Kreuz", "Schweizerische Rote Kreuz")]),
    "f2_fr.txt": ("Arménie : l'OSCE déploie des observateurs avant les législatives", "2026-11-24", "Paris", None,
                  False,
                  ["Armenia", "France"],
                  [],
                  ["Pierre-Alain Raphan", "Tigrane Yégavian"],
                  [ODIHR, PA,
                   ("French Institute for International and Strategic Affairs",
                    "Institut de relations internationales et stratégiques", "IRIS"),
                   "Médecins du Monde",
                   ("Pantheon-Sorbonne University", "Université Paris 1 Panthéon-Sorbonne")]),
    "f2_it.txt": ("Tajani riceve il capo della Missione Osce in Bosnia", "2026-11-25", "Roma",
                  "Agenzia Nazionale Stampa Associata", False,
                  ["Italy", BIH],
                  ["OSCE Mission to Bosnia and Herzegovina"],
                  ["Antonio Tajani", "Brian Aggeler", "Nathalie Tocci"],
                  [("Agenzia Nazionale Stampa Associata", "ANSA"), ("Istituto Affari Internazionali", "IAI"),
                   ("Community of Sant'Egidio", "Comunità di Sant'Egidio"),
                   ("Luiss Guido Carli University", "Università Luiss Guido Carli")]),
    "f2_sq.txt": ("Prezenca e OSBE-së dhe Universiteti i Tiranës nisin programin për gazetarët", "2026-11-26", "Tiranë",
                  None, False,
                  ["Albania"],
                  ["OSCE Presence in Albania"],
                  ["Michel Tarran", "Albert Rakipi"],
                  [("University of Tirana", "Universiteti i Tiranës"),
                   ("Albanian Institute for International Studies", "Instituti Shqiptar për Studime Ndërkombëtare",
                    "AIIS"),
                   ("Democratic Party of Albania", "Partia Demokratike e Shqipërisë")]),
    "f2_mk.txt": ("ОБСЕ и МИМ ќе обучуваат новинари", "2026-11-27", "Скопје", "Media Information Agency", False,
                  ["North Macedonia"],
                  ["OSCE Mission to Skopje"],
                  ["Килијан Вал", "Гордана Сиљановска-Давкова"],
                  [("Media Information Agency", "МИА"),
                   ("Macedonian Institute for Media", "Македонскиот институт за медиуми",
                    "Македонски институт за медиуми", "МИМ"),
                   ("South East European University", "Универзитетот Југоисточна Европа",
                    "Универзитет Југоисточна Европа")]),
    "f2_bg.txt": ("Георгиев обсъди с генералния секретар на ОССЕ работата в Молдова", "2026-11-28", "София",
                  "Bulgarian News Agency", False,
                  ["Bulgaria", "Moldova"],
                  ["OSCE Mission to Moldova"],
                  ["Георг Георгиев", "Феридун Синирлиоглу", "Огнян Минчев"],
                  [("Bulgarian News Agency", "БТА"),
                   ("Institute for Regional and International Studies",
                    "Институт за регионални и международни изследвания"),
                   ("Sofia University St. Kliment Ohridski", "Софийският университет „Св. Климент Охридски“",
                    "Софийски университет „Св. Климент Охридски“"),
                   ("Bulgarian Helsinki Committee", "Българският хелзинкски комитет", "Български хелзинкски комитет")]),
    "f2_cs.txt": ("Bývalý ministr Petříček v Brně mluvil o misi OBSE v Bosně", "2026-12-01", "Brno", None, False,
                  [BIH],
                  ["OSCE Mission to Bosnia and Herzegovina"],
                  ["Tomáš Petříček", "Michal Vít"],
                  [("Masaryk University", "Masarykova univerzita"),
                   ("Mendel University in Brno", "Mendelova univerzita v Brně"),
                   ("Association for International Affairs", "Asociace pro mezinárodní otázky"),
                   ("People in Need", "Člověk v tísni")]),
    "f3_en.txt": ("Young lawyers in Osh trained on free legal aid with OSCE support", "2026-12-02", "Bishkek",
                  "OSCE Programme Office in Bishkek", True,
                  ["Kyrgyzstan", "Germany"],
                  ["OSCE Programme Office in Bishkek"],
                  ["Alexey Rogov", "Nurbek Toktakunov"],
                  ["Kyrgyz State Law Academy", "Legal Clinic Adilet", "Youth of Osh"]),
    "f3_en2.txt": ("Ukraine’s front-line towns ask for monitors as talks resume", "2026-12-03", "London", None, False,
                   ["Ukraine", RU, "Switzerland", "Austria"],
                   [SMM],
                   ["Sarah Jordan", "Tymofiy Mylovanov"],
                   ["Chatham House", "Kyiv School of Economics", "International Crisis Group"]),
    "f3_az.txt": ("ATƏT-in DTİHB nümayəndə heyəti Bakıda görüşlər keçirib", "2026-12-04", "Bakı", "Trend News Agency",
                  False,
                  ["Azerbaijan"],
                  [],
                  ["Fərid Şəfiyev"],
                  [("Trend News Agency", "Trend"), ODIHR, ("ADA University", "ADA Universiteti"),
                   ("Center of Analysis of International Relations", "Beynəlxalq Münasibətlərin Təhlili Mərkəzi",
                    "AİR Mərkəzi"),
                   ("Baku State University", "Bakı Dövlət Universiteti")]),
    "f3_tr.txt": ("AGİT Parlamenter Asamblesi Başkanı Kauma Ankara'da", "2026-12-07", "Ankara", None, False,
                  ["Finland", "Türkiye", "Ukraine"],
                  [],
                  ["Pia Kauma", "Hakan Fidan"],
                  [PA, ("Middle East Technical University", "Orta Doğu Teknik Üniversitesi", "ODTÜ"),
                   ("Turkish Economic and Social Studies Foundation", "Türkiye Ekonomik ve Sosyal Etüdler Vakfı",
                    "TESEV")]),
    "f3_ru.txt": ("Верховный комиссар ОБСЕ по делам нацменьшинств посетил Казахстан", "2026-12-08", "Астана",
                  "Kazinform", False,
                  ["Kazakhstan"],
                  ["OSCE Programme Office in Astana"],
                  ["Кристоф Камп", "Ерлан Карин"],
                  [("Kazinform", "Казинформ"), HCNM, GUMILYOV,
                   ("Soros Foundation-Kazakhstan", "Сорос-Казахстан", "фонд «Сорос-Казахстан»")]),
    "f3_sr.txt": ("Мисија ОЕБС и УНС о безбедности новинара", "2026-12-09", "Београд", None, False,
                  ["Serbia"],
                  ["OSCE Mission to Serbia"],
                  ["Драган Ј. Вучићевић"],
                  [("Journalists' Association of Serbia", "Удружење новинара Србије", "УНС"),
                   ("Institute of International Politics and Economics",
                    "Институт за међународну политику и привреду"),
                   ("University of Arts in Belgrade", "Универзитет уметности у Београду")]),
    "f3_hr.txt": ("Grlić Radman: misija OESS-a pomogla je Hrvatskoj", "2026-12-10", "Zagreb", "Croatian News Agency",
                  False,
                  ["Croatia"],
                  ["OSCE Office in Zagreb", "OSCE Mission to Croatia"],
                  ["Gordan Grlić Radman"],
                  [("Croatian News Agency", "Hina"),
                   ("Institute for Development and International Relations", "Institut za razvoj i međunarodne odnose",
                    "IRMO"),
                   ("University of Zagreb", "Sveučilište u Zagrebu"), ("Croatian Red Cross", "Hrvatski Crveni križ")]),
    "f3_lv.txt": ("Braže: EDSO jāsaglabā spēja reaģēt uz krīzēm", "2026-12-11", "Rīga", None, False,
                  ["Latvia", RU],
                  ["OSCE Mission to Latvia"],
                  ["Baiba Braže", "Kārlis Bukovskis"],
                  [("Latvian Institute of International Affairs", "Latvijas Ārpolitikas institūts"),
                   ("University of Latvia", "Latvijas Universitāte"),
                   ("Rīga Stradiņš University", "Rīgas Stradiņa universitāte")]),
    "f3_el.txt": ("Ο ΟΑΣΕ και το Κόσοβο: συζήτηση στη Θεσσαλονίκη", "2026-12-14", "Θεσσαλονίκη", None, False,
                  ["Greece"],
                  ["OSCE Mission in Kosovo"],
                  ["Γιώργος Γεραπετρίτης", "Ιωάννης Αρμακόλας"],
                  [("University of Macedonia", "Πανεπιστήμιο Μακεδονίας"),
                   ("Hellenic Foundation for European and Foreign Policy",
                    "Ελληνικό Ίδρυμα Ευρωπαϊκής και Εξωτερικής Πολιτικής", "ΕΛΙΑΜΕΠ")]),
    "f3_es.txt": ("España enviará observadores a la misión de la OSCE en Georgia", "2026-12-15", "Madrid",
                  "Europa Press", False,
                  ["Spain", "Georgia"],
                  [],
                  ["José Manuel Albares", "Carmen Claudín"],
                  ["Europa Press", ODIHR,
                   ("CIDOB Barcelona Centre for International Affairs", "Fundación CIDOB", "CIDOB"),
                   ("Charles III University of Madrid", "Universidad Carlos III de Madrid")]),
    # f4: written after the rules f1-f3 led to (new sites and languages), committed before it was measured
    "f4_sl.txt": ("Slovenski policisti odhajajo v misijo OVSE na Kosovu", "2027-01-05", "Ljubljana",
                  "Slovenian Press Agency", False,
                  ["Slovenia"],
                  ["OSCE Mission in Kosovo"],
                  ["Boštjan Poklukar", "Marko Lovec"],
                  [("Slovenian Press Agency", "STA"), ("University of Ljubljana", "Univerza v Ljubljani"),
                   ("Slovene Philanthropy", "Slovenska filantropija"),
                   ("Slovenian Red Cross", "Rdeči križ Slovenije")]),
    "f4_pt.txt": ("Portugal reforça apoio à missão da OSCE na Moldova", "2027-01-06", "Lisboa", "Lusa", False,
                  ["Portugal", "Moldova"],
                  ["OSCE Mission to Moldova"],
                  ["Paulo Rangel", "Carlos Gaspar"],
                  ["Lusa",
                   ("Portuguese Institute of International Relations", "Instituto Português de Relações Internacionais",
                    "IPRI"),
                   ("NOVA University Lisbon", "Universidade Nova de Lisboa"),
                   ("Calouste Gulbenkian Foundation", "Fundação Calouste Gulbenkian")]),
    "f4_nl.txt": ("Nederlandse waarnemers naar verkiezingen in Armenië", "2027-01-07", "Den Haag", None, False,
                  ["Netherlands", "Armenia"],
                  [],
                  ["Caspar Veldkamp", "Bob Deen"],
                  [ODIHR, ("Netherlands Institute of International Relations Clingendael", "Instituut Clingendael"),
                   ("University of Amsterdam", "Universiteit van Amsterdam"),
                   ("Amnesty International Netherlands", "Amnesty International Nederland")]),
    "f4_uz.txt": ("YXHT loyihalar koordinatori jurnalistlar uchun seminar o‘tkazdi", "2027-01-08", "Toshkent", None,
                  False,
                  ["Uzbekistan", "Germany"],
                  ["OSCE Project Co-ordinator in Uzbekistan"],
                  ["Xans-Yoxen Shmidt"],
                  [("University of World Economy and Diplomacy", "Jahon iqtisodiyoti va diplomatiya universiteti",
                    "JIDU"),
                   ("National University of Uzbekistan", "O‘zbekiston Milliy universiteti")]),
    "f4_be.txt": ("Былы офіс АБСЕ ў Мінску: што засталося", "2027-01-11", "Вільня", None, False,
                  ["Belarus", "Lithuania"],
                  ["OSCE Office in Minsk", "OSCE Advisory and Monitoring Group in Belarus"],
                  ["Вольга Дрындава"],
                  [("Viasna Human Rights Centre", "Праваабарончы цэнтр «Вясна»", "Вясна"),
                   ("Belarusian Helsinki Committee", "Беларускі хельсінкскі камітэт"),
                   ("European Humanities University", "Еўрапейскі гуманітарны ўніверсітэт")]),
    "f4_sq.txt": ("Misioni i OSBE-së në Kosovë mbështet zgjedhjet lokale", "2027-01-12", "Prishtinë", None, False,
                  ["Switzerland"],
                  ["OSCE Mission in Kosovo"],
                  ["Michael Davenport", "Kreshnik Radoniqi"],
                  [("University of Pristina", "Universiteti i Prishtinës"),
                   ("Democracy in Action", "Demokracia në Veprim", "DnV")]),
    "f4_ro.txt": ("Hurezeanu l-a primit pe Înaltul Comisar al OSCE pentru minorităţi", "2027-01-13", "Bucureşti",
                  "Agerpres", False,
                  ["Romania", "Ukraine"],
                  [],
                  ["Emil Hurezeanu", "Christophe Kamp", "Armand Goşu"],
                  [("Agerpres", "AGERPRES"), HCNM, ("University of Bucharest", "Universitatea din Bucureşti"),
                   ("Romanian Institute for Human Rights", "Institutul Român pentru Drepturile Omului")]),
    "f4_pl.txt": ("Polska chce, by OBWE wróciła do Armenii", "2027-01-14", "Warszawa", None, False,
                  ["Poland", "Armenia", RU],
                  ["OSCE Office in Yerevan"],
                  ["Władysław Teofil Bartoszewski", "Adam Balcer", "Katarzyna Pisarska"],
                  [("College of Eastern Europe", "Kolegium Europy Wschodniej"),
                   ("University of Warsaw", "Uniwersytet Warszawski")]),
    "f4_cs.txt": ("Český diplomat může vést misi OBSE v Srbsku", "2027-01-15", "Praha", "Czech News Agency", False,
                  ["Czechia", "Serbia"],
                  ["OSCE Mission to Serbia"],
                  ["Jakub Landovský", "Jan Lipavský", "Věra Jourová"],
                  [("Czech News Agency", "ČTK"),
                   ("Institute for Politics and Society", "Institut pro politiku a společnost"),
                   ("Prague University of Economics and Business", "Vysoká škola ekonomická v Praze")]),
    "f4_ru.txt": ("Полянский раскритиковал БДИПЧ ОБСЕ", "2027-01-18", "Москва", "Interfax", False,
                  [RU],
                  [],
                  ["Дмитрий Полянский", "Андрей Сушенцов"],
                  [("Interfax", "Интерфакс"), ODIHR,
                   ("Moscow State Institute of International Relations", "Московский государственный институт "
                    "международных отношений", "МГИМО"),
                   ("Russian International Affairs Council", "Российский совет по международным делам", "РСМД")]),
}
#: the site's shape, for figures by group
SHAPES = {
    "f1_cs.txt": "broadcaster", "f1_pl.txt": "agency", "f1_ru.txt": "portal", "f1_uk.txt": "agency",
    "f1_de.txt": "paper", "f1_en.txt": "osce.org", "f1_sr.txt": "broadcaster", "f1_bs.txt": "portal",
    "f1_ro.txt": "broadcaster", "f1_hu.txt": "paper",
    "f2_sk.txt": "agency", "f2_pl.txt": "paper", "f2_ru.txt": "agency", "f2_uk.txt": "broadcaster",
    "f2_de.txt": "paper", "f2_fr.txt": "broadcaster", "f2_it.txt": "agency", "f2_sq.txt": "broadcaster",
    "f2_mk.txt": "agency", "f2_bg.txt": "agency", "f2_cs.txt": "paper",
    "f3_en.txt": "field office", "f3_en2.txt": "paper", "f3_az.txt": "agency", "f3_tr.txt": "broadcaster",
    "f3_ru.txt": "agency", "f3_sr.txt": "broadcaster", "f3_hr.txt": "agency", "f3_lv.txt": "broadcaster",
    "f3_el.txt": "paper", "f3_es.txt": "agency",
    "f4_sl.txt": "portal", "f4_pt.txt": "paper", "f4_nl.txt": "broadcaster", "f4_uz.txt": "portal",
    "f4_be.txt": "paper", "f4_sq.txt": "paper", "f4_ro.txt": "agency", "f4_pl.txt": "broadcaster",
    "f4_cs.txt": "portal", "f4_ru.txt": "agency",
}
ONE_VALUE = ("title", "date", "place", "source")
SETS = ("states", "field_operations", "persons", "organizations")
#: the shared harness (tests/own_pages.py) over this family's gold
OWN = OwnPages("f", GOLD, (*ONE_VALUE, "inferred", *SETS))


#: the line's figures as it came, measured once on the tree of e036c43 (the pages and gold committed, no rule of
#: this round yet): accuracy of the one-value fields, (P, R, F1) of the four sets. Misses: organizations named in
#: the page's own language (universities, institutes, foundations, associations, parties: recall 0.47), a field
#: operation named after its city giving no State (Astana, Bishkek, Skopje), persons left in a Czech/Slovak
#: genitive ("Jany Novotné", "Alexandra Dulebu"), a stem cut ("Tomáš Petříčk"), "Sarah Jordan" read as Jordan, a
#: university named after a person read as one ("Guido Carli"), a Hungarian council's case read as a person
#: ("Állandó Tanácsá"), ODIHR's observation mission in Georgia read as the OSCE Mission to Georgia
AS_THEY_CAME: dict[str, dict[str, object]] = {
    "f1": {"title": 1.0, "date": 0.9, "place": 1.0, "source": 0.9, "states": (0.947, 0.857, 0.9),
           "field_operations": (1.0, 1.0, 1.0), "persons": (0.917, 0.957, 0.936),
           "organizations": (0.95, 0.5, 0.655)},
    "f2": {"title": 1.0, "date": 0.727, "place": 0.636, "source": 0.909, "states": (1.0, 0.909, 0.952),
           "field_operations": (1.0, 0.667, 0.8), "persons": (0.897, 0.963, 0.929),
           "organizations": (0.955, 0.488, 0.646)},
    "f3": {"title": 1.0, "date": 1.0, "place": 0.9, "source": 1.0, "states": (0.944, 0.944, 0.944),
           "field_operations": (0.875, 0.875, 0.875), "persons": (1.0, 0.882, 0.938),
           "organizations": (1.0, 0.412, 0.583)},
    # f4 (10 pages, new sites and languages), written after the rules f1-f3 led to, measured once on the tree of
    # a445601: the SMM-era field office in Yerevan ("Biuro OBWE w Erywaniu") and a Portuguese "Missão da OSCE na
    # Moldova" unread; persons in Slovene and Russian case forms ("Marka Lovca", "Андрея Сушенцова"), after
    # "Segundo", a Belarusian and an Uzbek name unread; bodies in genitives and without a known head ("Kolegium",
    # "Vysoká škola", "Demokracia në Veprim"), "Amnesty International Nederland" cut; Slovene "Slovenska" read
    # as Slovakia
    "f4": {"title": 0.9, "date": 1.0, "place": 0.9, "source": 0.9, "states": (0.947, 1.0, 0.973),
           "field_operations": (1.0, 0.75, 0.857), "persons": (0.842, 0.762, 0.8),
           "organizations": (0.952, 0.625, 0.755)},
    # all 31 pooled; worst groups by shape: portals (2 pages) States 0.667, organizations 0.545; broadcasters
    # (10) organizations 0.462; agencies (11) field operations 0.857
    "f1-f3": {"title": 1.0, "date": 0.871, "place": 0.839, "source": 0.935, "states": (0.965, 0.902, 0.932),
              "field_operations": (0.957, 0.846, 0.898), "persons": (0.926, 0.94, 0.933),
              "organizations": (0.964, 0.47, 0.632)},
}






def test_every_page_has_its_gold():
    assert OWN.on_disk() == sorted(GOLD) == sorted(SHAPES)


def test_every_gold_value_is_a_name_or_names():
    for row in GOLD.values():
        for values in row[5:]:
            assert all(isinstance(v, str) or (isinstance(v, tuple) and v and all(isinstance(n, str) for n in v))
                       for v in values)


if __name__ == "__main__":          # python tests/test_extract_own_pages_f.py [f1 ...]: figures and misses
    import sys

    for prefix in sys.argv[1:] or OWN.sets():
        names = OWN.pages(prefix)
        print(prefix, len(names), OWN.figures(names))
        print("   by shape", OWN.by_shape(names, SHAPES))
        for miss in OWN.misses(names):
            print("   ", *miss, sep=" | ")


def test_the_line_after_its_rules():
    """Line f after the rules it led to (tuned on these pages: an upper bound); a rule that breaks one fails here."""
    names = list(GOLD)
    assert OWN.f1(names, "states") >= 0.95 and OWN.f1(names, "field_operations") >= 0.98
    assert OWN.f1(names, "persons") >= 0.95 and OWN.f1(names, "organizations") >= 0.85
    assert OWN.prf(names, "organizations")[0] >= 0.97


def test_the_figures_as_they_came_are_recorded_for_every_set():
    assert set(AS_THEY_CAME) >= {"f1", "f2", "f3", "f1-f3"}
    for figures in AS_THEY_CAME.values():
        assert set(figures) == {*ONE_VALUE, *SETS}


# ------------------------------------------------ the rules after line f (each on pages of two sources or more)

import pytest  # noqa: E402

from osce_kg.loader.extract.mentions import find_mentions  # noqa: E402
from osce_kg.loader.extract.names import nominative  # noqa: E402
from osce_kg.loader.reference import reference  # noqa: E402


@pytest.mark.parametrize("text, language, organization", [
    # an acronym a page defines for a name in its own language, lower-case words giving letters too: the acronym
    # is the label as written, whatever the name's case (ČT24 f1_cs, Ukrinform f1_uk, N1 f1_sr, Klix f1_bs, Radio
    # Chișinău f1_ro, AKIpress f2_ru, RFI f2_fr, ANSA f2_it, MIA f2_mk, TRT f3_tr, RTS f3_sr, Hina f3_hr; d1_uk)
    ("jednal i ředitel Ústavu mezinárodních vztahů (ÚMV) Ondřej Ditrych.", "cs", "ÚMV"),
    ("разом із Київським міжнародним інститутом соціології (КМІС) представив дослідження", "uk", "КМІС"),
    ("istraživači Beogradskog centra za bezbednosnu politiku (BCBP).", "sr-Latn", "BCBP"),
    ("chercheur à l'Institut de relations internationales et stratégiques (IRIS), ce scrutin", "fr", "IRIS"),
    ("Türkiye Ekonomik ve Sosyal Etüdler Vakfı (TESEV) da bir panel düzenledi.", "tr", "TESEV"),
    ("Znanstvenici Instituta za razvoj i međunarodne odnose (IRMO) predstavili su studiju.", "hr", "IRMO"),
    # a head noun in its base form and a capitalised name after it (f1_cs, f1_ro, f2_fr, f2_it, f3_es; d3 cs, es,
    # nl) or before it (f1_hu, f3_az, f3_el; d2_lt, b3_uz)
    ("Jazykovou přípravu policistů zajistí Univerzita Palackého v Olomouci.", "cs", "Univerzita Palackého v Olomouci"),
    ("profesori de la Universitatea de Stat din Moldova.", "ro", "Universitatea de Stat din Moldova"),
    ("La Comunità di Sant'Egidio e l'Università Luiss Guido Carli.", "it", "Università Luiss Guido Carli"),
    ("La Universidad Carlos III de Madrid organizará un seminario.", "es", "Universidad Carlos III de Madrid"),
    ("A Nemzeti Közszolgálati Egyetem kutatója szerint", "hu", "Nemzeti Közszolgálati Egyetem"),
    ("Nümayəndə heyəti ADA Universitetində tələbələrlə görüşüb.", "az", "ADA Universiteti"),
    # a quoted name after the head, and Bulgarian's article off the first word (BTA f2_bg, d3_bg)
    ("представители на Софийския университет „Св. Климент Охридски“ и", "bg",
     "Софийски университет „Св. Климент Охридски“"),
])
def test_bodies_as_written(text, language, organization):
    assert organization in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language", [
    # State organs stay out in every language, found by acronym or head noun (f1_sr, f3_sr; d1_bs, d2_ro, d2_az)
    ("Predstavnici Centralne izborne komisije (CIK) i Regulatornog tela za elektronske medije (REM).", "sr-Latn"),
    ("au participat reprezentanți ai Comisiei Electorale Centrale (CEC).", "ro"),
    ("Mərkəzi Seçki Komissiyasının (MSK) üzvləri iştirak ediblər.", "az"),
    # a head word that is an adjective of a longer name ("Mərkəzi Seçki Komissiyası": Central) (w1_az)
    ("Matteo Mekakçi Mərkəzi Seçki Komissiyasının sədri ilə görüşəcək.", "az"),
    # (a known body's acronym is the reference data's: "(OIDDH) de la OSCE" is now read as ODIHR itself, see
    # tests/test_extract_own_pages_i.py, test_the_osces_institutions_in_more_languages)
])
def test_no_body_as_written(text, language):
    assert find_mentions(text, reference(), language).organizations == []


@pytest.mark.parametrize("words, language, name", [
    # West Slavic case forms: a fleeting e back in a man's family and given name, a woman's adjectival family
    # name back in -á (ČT24 f1_cs, Deník N f2_cs, iROZHLAS d3_cs; Polish names keep theirs)
    (["Tomášem", "Petříčkem"], "cs", ["Tomáš", "Petříček"]),
    (["Pavla", "Havlíčka"], "cs", ["Pavel", "Havlíček"]),
    (["Jany", "Novotné"], "cs", ["Jana", "Novotná"]),
    (["Marie", "Novákové"], "cs", ["Marie", "Nováková"]),
    (["Wojciecha", "Konończuka"], "pl", ["Wojciech", "Konończuk"]),
    (["Agnieszki", "Leguckiej"], "pl", ["Agnieszka", "Legucka"]),
])
def test_west_slavic_names_in_the_nominative(words, language, name):
    assert nominative(words, language) == name


def test_a_person_named_once_in_the_nominative_and_again_in_the_instrumental_is_one_person():
    text = ("Bývalý ministr zahraničí Tomáš Petříček mluvil se studenty. S Tomášem Petříčkem debatovali studenti. "
            "Podle Jany Novotné z univerzity je mise potřebná.")
    assert [p.name for p in find_mentions(text, reference(), "cs").persons] == ["Tomáš Petříček", "Jana Novotná"]


@pytest.mark.parametrize("text, language, operation", [
    # a place joined by "and" to a word that is no place (RTS f3_sr, AKIpress f2_ru; b6_sr)
    ("Мисија ОЕБС у Србији и Удружење новинара Србије (УНС) представили су водич.", "sr-Cyrl",
     "OSCE Mission to Serbia"),
    ("Программный офис ОБСЕ в Бишкеке и Американский университет провели конференцию.", "ru",
     "OSCE Programme Office in Bishkek"),
    # the SMM as Polish and Slovak papers and agencies write it (Rzeczpospolita f2_pl, TASR f2_sk)
    ("Specjalna Misja Monitoringowa OBWE na Ukrainie działała do 2022 roku.", "pl",
     "OSCE Special Monitoring Mission to Ukraine"),
    ("Hovorili o bývalej Osobitnej monitorovacej misii OBSE na Ukrajine.", "sk",
     "OSCE Special Monitoring Mission to Ukraine"),
])
def test_field_operations_after_f(text, language, operation):
    assert operation in find_mentions(text, reference(), language).field_operations


@pytest.mark.parametrize("text, language, states", [
    # States the tables lacked: "казахский" (Tengrinews f1_ru, d2_ru), Russian "Нидерландов", German "irisch"
    ("преподаватели Казахского национального университета. Проект финансирует правительство Нидерландов.", "ru",
     ["Kazakhstan", "Netherlands"]),
    ("ihr Delegationsleiter, der irische Abgeordnete Eoghan Murphy, sprach in Baku", "de", ["Ireland"]),
])
def test_states_after_f(text, language, states):
    assert find_mentions(text, reference(), language).states == states


def test_a_hungarian_council_in_a_case_is_no_person():
    text = "Szijjártó Péter az EBESZ Állandó Tanácsának ülésén szólalt fel Bécsben."
    assert [p.name for p in find_mentions(text, reference(), "hu").persons] == ["Szijjártó Péter"]


# ------------------------------------------------ the rules after f4 (measured as it came first)

@pytest.mark.parametrize("text, language, operation", [
    # Polish "w" and Czech "v" before the place of an operation named by its shape (TVN24 f4_pl; b4_pl, b7_pl,
    # d2_pl); Portuguese "Missão da OSCE na ..." (Observador f4_pt; the type words of the other Romance languages)
    ("Biuro OBWE w Erywaniu zostało zamknięte w 2017 roku.", "pl", "OSCE Office in Yerevan"),
    ("Portugal vai enviar dois peritos para a Missão da OSCE na Moldova.", "pt", "OSCE Mission to Moldova"),
])
def test_field_operations_after_f4(text, language, operation):
    assert operation in find_mentions(text, reference(), language).field_operations


@pytest.mark.parametrize("text, language, organization", [
    # lower-case Cyrillic adjectives between a capitalised word and the head (Nasha Niva f4_be, 24.kg d3_ky,
    # Infotag d1_ru, AKIpress f2_ru)
    ("Іх падтрымліваюць Еўрапейскі гуманітарны ўніверсітэт і ўрад Літвы.", "be",
     "Еўрапейскі гуманітарны ўніверсітэт"),
    ("участвовали Ошский государственный университет, Бишкекский государственный университет и Академия ОБСЕ.", "ru",
     "Бишкекский государственный университет"),
    # "Kolegium" heads a name in Polish and Czech (TVN24 f4_pl)
    ("Jak powiedział dr Adam Balcer z Kolegium Europy Wschodniej, Rosja zablokuje misję.", "pl",
     "Kolegium Europy Wschodniej"),
    # a chapter of Amnesty International as of Transparency International (NOS f4_nl; Klix f1_bs)
    ("De Universiteit van Amsterdam en Amnesty International Nederland organiseren een debat.", "nl",
     "Amnesty International Netherlands"),
    # Viasna by its names in Belarusian and Russian (Nasha Niva f4_be, b2_be)
    ("Праваабарончы цэнтр «Вясна» і Беларускі хельсінкскі камітэт працягваюць працу.", "be",
     "Viasna Human Rights Centre"),
])
def test_bodies_after_f4(text, language, organization):
    assert organization in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language", [
    # a Cyrillic head followed by a lower-case word runs the name on: not cut (d2_ru, b2_mk; "имени" and whom
    # after it end the name: test_east_slavic_bodies_in_the_nominative)
    ("В них участвуют Казахский национальный университет журналистики и бюро.", "ru"),
    ("Претставници на Македонски центар за меѓународна соработка зборуваа.", "mk"),
    # a name of short capitals after the head runs on in lower case (w1_bs)
    ("Udruženje BH novinari upozorava na napade.", "bs"),
    # the season is no body (Viasna's names are whole)
    ("Вясна прыйшла рана.", "be"),
])
def test_no_body_cut_or_read_from_a_word(text, language):
    found = find_mentions(text, reference(), language).organizations
    assert not [o for o in found if o.split()[-1].lower() in ("университет", "центар", "bh") or o.startswith("Viasna")]


def test_chapters_each_for_its_own_body():
    """Amnesty International named alone keeps no Caritas Internationalis beside Caritas Austria (w2_de)."""
    text = "Amnesty International kritisiert das. Auch die Präsidentin der Caritas Österreich nahm teil."
    found = find_mentions(text, reference(), "de").organizations
    assert "Amnesty International" in found and "Caritas Austria" in found and "Caritas Internationalis" not in found


@pytest.mark.parametrize("text, language, person", [
    # "according to" opening a sentence is no given name (Observador f4_pt; "Según", "Secondo" alike)
    ("Segundo Carlos Gaspar, investigador do Instituto, a missão é essencial.", "pt", "Carlos Gaspar"),
    ("Según José Pérez, la misión es clave para la región.", "es", "José Pérez"),
])
def test_persons_after_f4(text, language, person):
    assert [p.name for p in find_mentions(text, reference(), language).persons] == [person]


def test_an_east_slavic_given_name_takes_the_family_names_case():
    assert nominative(["Андрея", "Сушенцова"], "ru") == ["Андрей", "Сушенцов"]
    assert nominative(["Сергея", "Лаврова"], "ru") == ["Сергей", "Лавров"]


@pytest.mark.parametrize("text, language, organization", [
    # a West Slavic head in an oblique case with its adjective, given in the nominative (ČT24 f1_cs, Deník N f2_cs,
    # PAP f1_pl); a genitive attribute in -ého stays ("Univerzity Komenského")
    ("debatovali studenti Masarykovy univerzity a Mendelovy univerzity v Brně.", "cs", "Mendelova univerzita v Brně"),
    ("Podle Jany Novotné z Masarykovy univerzity je mise důležitá.", "cs", "Masarykova univerzita"),
    ("Obserwatorów przeszkolili wykładowcy Uniwersytetu Jagiellońskiego.", "pl", "Uniwersytet Jagielloński"),
    ("studenti Univerzity Karlovy a profesori Univerzity Komenského v Bratislave", "sk",
     "Univerzita Komenského v Bratislave"),
])
def test_west_slavic_bodies_in_the_nominative(text, language, organization):
    assert organization in find_mentions(text, reference(), language).organizations


# ------------------------------------------------ the rules of H8 (after line f, before line g was read)

@pytest.mark.parametrize("text, language, organization", [
    # an acronym of another language's name (the English one's, or by syllables) beside a name with a head noun in
    # any case: the acronym is the label (TASR f2_sk, Top Channel f2_sq, Suspilne f2_uk, Kathimerini f3_el, d1_el)
    ("Analytik Slovenskej spoločnosti pre zahraničnú politiku (SFPA) to potvrdil.", "sk", "SFPA"),
    ("Drejtori i Institutit Shqiptar për Studime Ndërkombëtare (AIIS) foli.", "sq", "AIIS"),
    ("Представники Товариства угорської культури Закарпаття (КМКС) розповіли.", "uk", "КМКС"),
    ("και το Ελληνικό Ίδρυμα Ευρωπαϊκής και Εξωτερικής Πολιτικής (ΕΛΙΑΜΕΠ) συμμετείχε.", "el", "ΕΛΙΑΜΕΠ"),
    # a language's "and" or article gives no letter (Kun.uz f4_uz "va", ANSA d2_it "gli")
    # (Kun.uz's university is in the reference data since line i, so a name of the same shape the data lacks)
    ("Xalqaro munosabatlar va diplomatiya instituti (XMDI) talabalari keldi.", "uz", "XMDI"),
    ("dell'Istituto per gli studi di politica internazionale (ISPI) presenteranno", "it", "ISPI"),
])
def test_acronyms_of_another_languages_name(text, language, organization):
    assert organization in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language", [
    # no head noun before the bracket, a stop between, or a State organ: no body
    ("Zahraničná politika Slovenska (SFPA) sa mení.", "sk"),
    ("Predstavnici Instituta. Ova tema je nova (XYZ) za sve.", "sr-Latn"),
    ("Predstavnici Ministarstva spoljnih poslova Srbije (MSPS) su došli.", "sr-Latn"),
])
def test_no_acronym_without_a_body_before_it(text, language):
    assert find_mentions(text, reference(), language).organizations == []


@pytest.mark.parametrize("text, language, organization", [
    # an East Slavic head in the genitive or locative with its adjectives, given in the nominative, and "имени" and
    # whom after a head as part of the name (Vlast.kz d2_ru, Tengrinews f1_ru, Kazinform f3_ru, UNIAN d3_uk,
    # Suspilne f2_uk, Ukrinform f1_uk, AKIpress f2_ru)
    ("В них участвуют Казахский национальный университет имени аль-Фараби и бюро.", "ru",
     "Казахский национальный университет имени аль-Фараби"),
    ("выступил перед студентами Евразийского национального университета имени Л. Н. Гумилёва.", "ru",
     "Евразийский национальный университет имени Л. Н. Гумилёва"),
    ("Експерти Київського національного університету імені Тараса Шевченка нагадали про це.", "uk",
     "Київський національний університет імені Тараса Шевченка"),
    ("Зустріч відбулася в Ужгородському національному університеті.", "uk", "Ужгородський національний університет"),
    ("Юристка из Правозащитного центра «Кылым шамы» рассказала о работе.", "ru", "Правозащитный центр «Кылым шамы»"),
])
def test_east_slavic_bodies_in_the_nominative(text, language, organization):
    assert organization in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language", [
    # a genitive noun after the head runs the name on; a lower-case first adjective is no name
    ("директор Международного фонда защиты свободы слова рассказал", "ru"),
    ("студенты Казахского национального университета журналистики приехали", "ru"),
    ("студенты национального университета приехали.", "ru"),
])
def test_no_east_slavic_body_cut(text, language):
    assert find_mentions(text, reference(), language).organizations == []


@pytest.mark.parametrize("text, language, organization", [
    # a body with no head noun named after the common noun of its kind in lower case (RFI f2_fr, Koha f4_sq,
    # Hina y2_hr, Eurasianet y6_en), a quoted name too
    ("L'ONG Médecins du Monde et l'université ont signé un accord.", "fr", "Médecins du Monde"),
    ("Universiteti dhe organizata Demokracia në Veprim (DnV) do të trajnojnë vëzhguesit.", "sq",
     "Demokracia në Veprim"),
    ("Izbore će pratiti i promatrači udruge GONG, te drugi.", "hr", "GONG"),
    ("The investigative outlet Kloop, which a court closed, reported it.", "en", "Kloop"),
    ("Observers from the NGO „Kylym Shamy“ were there.", "en", "Kylym Shamy"),
])
def test_bodies_named_after_their_kind(text, language, organization):
    assert organization in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language", [
    # a person after the kind's noun, a State, a capitalised kind opening a name, a lower-case word after the noun
    ("Generalna sekretarka udruženja Borka Rudić upozorila je na napade.", "bs"),
    ("It is an organization Russia considers hostile.", "en"),
    ("Udruženja BH novinari upozorava na napade.", "bs"),
    ("The association said nothing.", "en"),
])
def test_no_body_named_after_a_kind(text, language):
    assert find_mentions(text, reference(), language).organizations == []


@pytest.mark.parametrize("text, organization", [
    # an English page's body with no head noun of its own, named after a role and "at"/"of" or after a person and
    # "of" (The Guardian f3_en2, the Programme Office's site f3_en, IWPR b6_en, Adilet's site d1_en)
    ("“Eyes on the ground,” said Sarah Jordan, a researcher at Chatham House. Then others spoke.", "Chatham House"),
    ("Nurbek Toktakunov of the Legal Clinic Adilet led two of the sessions.", "Legal Clinic Adilet"),
    ("Rustam Haydarov of the Bureau on Human Rights and Rule of Law said so.",
     "Bureau on Human Rights and Rule of Law"),
    ("Aziza Abdirasulova of the Kylym Shamy Human Rights Centre spoke.", "Kylym Shamy Human Rights Centre"),
])
def test_english_bodies_after_a_role(text, organization):
    assert organization in find_mentions(text, reference(), "en").organizations


@pytest.mark.parametrize("text", [
    # an organ, a State, a single word, a possessive: no body
    ("Ivan Petrov, head of the Presidential Administration, said so."),
    ("Anna Kovacs, a researcher at Harvard, said so."),
    ("Maria Lopez of the United States Department of State spoke."),
    ("Sarah Jordan, an analyst at Ukraine's National Bank, spoke."),
])
def test_no_english_body_after_a_role(text):
    assert find_mentions(text, reference(), "en").organizations == []


@pytest.mark.parametrize("text, language, states", [
    # a State's name after a given name with a person's apposition after it is a surname (The Guardian f3_en2;
    # after a post it was already: "Statssekretær Eivind Holland")
    ("“Eyes on the ground,” said Sarah Jordan, a researcher at a think tank.", "en", []),
    ("The minister visited Jordan, a key partner.", "en", ["Jordan"]),
    # a State's acronym inside a place written in capitals opening a line is no State ("NOVI SAD" is no USA,
    # Serbian "SAD"; the Mission's site f1_en); alone it still is one
    ("Title\nNOVI SAD, 10 November 2026 – The OSCE Mission to Serbia met students.", "en", ["Serbia"]),
    ("Predstavnici SAD, Rusije i Srbije su došli.", "sr-Latn", ["United States of America", "Russian Federation",
                                                           "Serbia"]),
])
def test_no_state_from_a_surname_or_a_place_in_capitals(text, language, states):
    assert list(find_mentions(text, reference(), language).states) == states
