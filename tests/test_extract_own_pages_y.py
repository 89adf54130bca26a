"""Issue 11, round 5 (issuing body, page language, persons and organizations): whole pages of our
own in the shapes of third-party sites of the region -- news agencies crediting themselves in
brackets, slashes or a closing line, mastheads, ministries, a field office's own site -- in the
region's languages and scripts. The text is ours; the people and bodies are real or plausible
(their names are facts).

Each page's gold holds every field the own-page tests score: title, date, place, source (with
whether it is inferred), persons and organizations, by the conventions of tests/gold/README.md
(persons in the nominative as the text first gives them in full, or as initials and a surname when
it gives no more; organizations and agencies by their official English names; no State organs,
posts, bylines or the OSCE as a whole; a ministry's or news site's masthead gives no source, a
field office's own site gives an inferred one).

Each set is committed with its gold before it is measured, measured once as it came (the
``*_AS_THEY_CAME`` figures), and only then used to write rules. y1 was measured before any rule of
round 5.

y1 (9 pages in sk, mk, az, ro, sq, el, de, ru, en; 19 persons, 26 organizations), measured once as it
came, before any rule of round 5 (the extractor of c058ed5; the tree with H5's first edits gave the
same figures): title 0.778, date 1.000, place 0.889, source 0.222 (the worst field: agencies the data
does not list or reads by the wrong language -- ATSH, ΚΥΠΕ, APA as the Austrian agency on an
Azerbaijani page, SDA as a Bosnian party on a Swiss one, a closing "— IPN", TASR without a comma --
and a field office's masthead), persons P 1.000 R 0.842 F1 0.914 (initials without spaces,
"С.В.Лавров"), organizations P 0.778 R 0.538 F1 0.636. The Azerbaijani page was read as Slovene.
Rules were then written from y1's misses: the page language by CLD2; an agency's credit by its shape
(a bracketed or slashed code at the start of the text, a closing "— CODE" line, a site name after the
dateline, a code the masthead spells out); a shared acronym read by the page's language; a field
office's masthead as an inferred issuer; initials close up to a family name; the region's news
agencies the data lacked (Report, IPN, ATSH, ΚΥΠΕ, Sputnik, SRNA, ...).

y2 (9 pages in uk, bs, kk, hr, tr, pl, en, ka, sr-Latn; 16 persons, 28 organizations), written after
those rules and measured once as it came: title 1.000, date 1.000, place 0.778, source 0.667 (two
datelines the dateline reader does not parse, "Київ. 15 березня. Укрінформ." and a Georgian one, so
no agency; an NGO's masthead taken as the issuer), persons P 0.812 R 0.812 F1 0.812 (a Kazakh
accusative, a Croatian genitive noun and a Turkish post glued to the name, a Georgian dative),
organizations P 0.957 R 0.786 F1 0.863. Rules were then written from y2's misses.

y3 (9 pages in be, lv, ru from Kazakhstan and Moldova, it, sl, fr from Belgium, en from an NGO, hy from a
ministry; 17 persons, 23 organizations), written after those rules and measured once as it came:
title 1.000, date 1.000, place 1.000, source 0.778 (an agency in Cyrillic capitals the data knows only
in Latin, "МОЛДПРЕС"; an NGO's masthead taken as the issuer), persons P 0.824 R 0.824 F1 0.824 (a
Belarusian instrumental, a Latvian accusative, a Slovene instrumental of both words, a saint's name
in a body's name), organizations P 0.938 R 0.652 F1 0.769 (names in Belarusian, Latvian, Slovene
and French the data and the concept stems do not cover). Rules were then written from y3's misses.

y4 (8 pages in uz, de from Austria, sr-Cyrl, pl, ky, en wire copy, ro, el; 16 persons, 23 organizations),
written after those rules and measured once as it came: title, date and place 1.000, source 0.875
(a Cyrillic agency in brackets after a year with its full stop, "2024. (Танјуг) –"), persons P 1.000
R 0.938 F1 0.968 (an Uzbek name the reader missed), organizations P 0.900 R 0.783 F1 0.837 (bodies
in Uzbek, Kyrgyz, German and Polish case forms). Rules were then written from y4's misses.

y5 (8 pages in lt, cs, hu, tg, sr-Latn from Montenegro, sq from Kosovo, en from a field office's site, ru
from Ukraine; 15 persons, 21 organizations), written after those rules and measured once as it came:
title, date and source 1.000, place 0.875, persons P 0.933 R 0.933 F1 0.933 (a Lithuanian instrumental
of a foreign name), organizations P 0.941 R 0.762 F1 0.842 (bodies in Tajik, Czech, Montenegrin and
Albanian case forms). Rules were then written from y5's misses.

y6 (8 pages in es, nl, az, uk from a ministry, fi, en from a news site, bg, hy; 16 persons, 23
organizations), written after those rules and measured once as it came: title 0.875 (a ministry's
name above its rubric taken for the title), date, place and source 1.000, persons P 0.812 R 0.812 F1
0.812 (a Dutch double family name, a Finnish place in its case after a name, an Armenian genitive of a
foreign name in -u), organizations P 1.000 R 0.739 F1 0.850 (a Spanish acronym of UNHCR, bodies in
Ukrainian, Dutch and Bulgarian wording the data lacks, a news outlet). Rules were then written from y6's misses.

y7 (8 pages: statements whose headline names the issuer in en, sr-Latn, ru, sq; "Source:" labels in
de, mk, uk; a field office's site in Russian; 8 persons, 15 organizations), written after those rules
and measured once as it came: title, date and place 1.000, source 0.625 (a speaker's name cut at
its own "по"/"për" taken for the topic's preposition, twice; a field office's masthead in Russian),
persons P 0.875 R 0.875 F1 0.875 (a Ukrainian instrumental), organizations P 1.000 R 0.733 F1 0.846
(journalists' associations and a college of the OSCE named in the region's languages). Rules were
then written from y7's misses.

y8 (8 pages: a Polish statement, ru from Kazakhstan, a Romanian government site, fr from Switzerland, a
Georgian ministry, an English field-office site, a Turkish and a Serbian broadcaster; 14 persons, 18
organizations), written after every rule of round 5 and measured once as it came: title 0.750 (two
government mastheads above a rubric taken for the title: H5's part), date, place 1.000, source 0.875
(ATS, the Swiss agency's French acronym), persons P 0.929 R 0.929 F1 0.929 (a Turkish surname with its
case suffix after an apostrophe, alone after a post), organizations P 0.938 R 0.833 F1 0.882. Rules
were then written from y8's misses.

y9 (8 pages: statements in de, fr, en, mk; closing agency credits in ru, az; a Source label in hr; a field
office's site in Albanian; 10 persons, 15 organizations), written after every rule of round 5 and
measured once as it came: title, date and place 1.000, source 0.875 (a Macedonian statement of the
Mission to Skopje, its name with the definite article), persons 1.000, organizations 1.000. One rule was
then written from y9's miss.

y10 (8 pages: an Italian ministry, pt, uk with a Source label, a Georgian statement, a Serbian field
office's site, English wire copy, ro, tr; 12 persons, 17 organizations), written after every rule of
round 5 and measured once as it came: title and date 1.000, place 0.875, source 0.875 (a Georgian
statement whose speaker comes before the word), persons P 0.917 R 0.917 F1 0.917, organizations
P 1.000 R 0.882 F1 0.938. Rules were then written from y10's misses.

y11 (8 pages written around the known weak spots: an agency the data does not list, ARKA; an agency's
name in Bosnian, "Anadolija"; two agencies signing together, "dpa/afp"; Kazakh in Latin letters; a
Greek statement of the Chairpersonship; the PA's own site; 12 persons, 17 organizations), written
after every rule of round 5 and measured once as it came: title and date 0.875, place 0.750, source
0.250 (the Kazakh Latin page rejected as of no known language; a Greek speaker as a post in the
genitive; the PA's masthead of a kind the masthead rule did not take; ARKA and "Anadolija" unknown to
the data; only the first of two signing agencies), persons P 0.900 R 0.750 F1 0.818, organizations
P 1.000 R 0.647 F1 0.786.
"""
from __future__ import annotations

from own_pages import OwnPages

UNHCR = "Office of the United Nations High Commissioner for Refugees"
ICRC = "International Committee of the Red Cross"
ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
PA = "OSCE Parliamentary Assembly"

# file: (title, date, place, source, source_inferred, persons, organizations)
GOLD: dict[str, tuple[str | None, str | None, str | None, str | None, bool, set[str], set[str]]] = {
    # the first set, written before any rule of round 5 and measured once as it came
    "y1_sk.txt": ("OBSE žiada prepustenie zadržaných pracovníkov svojej misie", "2024-03-14", "Bratislava",
                  "News Agency of the Slovak Republic", False, {"Feridun Sinirlioğlu", "Juraj Blanár"},
                  {"News Agency of the Slovak Republic", "Slovak Catholic Charity", ICRC}),
    "y1_mk.txt": ("Муцунски се сретна со шефот на Мисијата на ОБСЕ во Скопје", "2024-03-14", "Скопје", None, False,
                  {"Тимчо Муцунски", "Килијан Вал"},
                  {"United Nations Development Programme",
                   "Helsinki Committee for Human Rights of the Republic of North Macedonia"}),
    "y1_az.txt": ("Rövşən Sadıqbəyli ATƏT-in Daimi Şurasında çıxış edib", "2024-03-14", "Vyana",
                  "Azerbaijan Press Agency", False, {"Rövşən Sadıqbəyli", "Feridun Sinirlioğlu"},
                  {"Azerbaijan Press Agency", "OSCE Permanent Council", ICRC}),
    "y1_ro.txt": ("Misiunea OSCE salută adoptarea noului Cod electoral", "2024-03-14", None, "Info-Prim Neo", False,
                  {"Kelly Keiderling", "Mihai Popșoi"},
                  {"Info-Prim Neo", "Venice Commission", ODIHR, "Promo-LEX Association"}),
    "y1_sq.txt": ("Nikolla pret delegacionin e Asamblesë Parlamentare të OSBE-së", "2024-03-14", "Tiranë",
                  "Albanian Telegraphic Agency", False, {"Lindita Nikolla", "Pia Kauma"},
                  {"Albanian Telegraphic Agency", PA, "Open Society Foundation for Albania"}),
    "y1_el.txt": ("Χριστοδουλίδης: Η Κύπρος στηρίζει τον ρόλο του ΟΑΣΕ", "2024-03-14", "Λευκωσία",
                  "Cyprus News Agency", False, {"Νίκος Χριστοδουλίδης", "Πία Καούμα"},
                  {"Cyprus News Agency", PA, "Council of Europe"}),
    "y1_de.txt": ("Cassis empfängt den OSZE-Generalsekretär in Bern", "2024-03-14", "Bern", "Keystone-SDA", False,
                  {"Ignazio Cassis", "Feridun Sinirlioğlu"},
                  {"Keystone-SDA", "Geneva Centre for Security Policy", ICRC}),
    "y1_ru.txt": ("О телефонном разговоре С.В.Лаврова с Генеральным секретарем ОБСЕ", "2024-03-14", None, None,
                  False, {"С.В.Лавров", "Ф.Синирлиоглу", "А.Ю.Грушко"},
                  {"Collective Security Treaty Organization", "Shanghai Cooperation Organisation"}),
    "y1_en.txt": ("Border officers from Tajikistan and Afghanistan complete training course", "2024-03-14", None,
                  "OSCE Programme Office in Dushanbe", True, {"Alexander Mashkevich", "Rustam Nazarzoda"},
                  {"OSCE Border Management Staff College", "United Nations Office on Drugs and Crime",
                   "Aga Khan Foundation"}),
    # the second set, written after the rules y1 led to, measured once as it came
    "y2_uk.txt": ("Стефанішина обговорила з Верховним комісаром ОБСЄ права національних меншин", "2024-03-15", "Київ",
                  "Ukrinform", False, {"Ольга Стефанішина", "Крістоф Камп"},
                  {"Ukrinform", "OSCE High Commissioner on National Minorities", "Council of Europe"}),
    "y2_bs.txt": ("Bećirović i Aggeler o izbornom procesu u BiH", "2024-03-15", "Sarajevo", "Federal News Agency",
                  False,
                  {"Denis Bećirović", "Brian Aggeler"},
                  {"Federal News Agency", "Coalition for Free and Fair Elections Pod lupom",
                   "Transparency International Bosnia and Herzegovina"}),
    "y2_kk.txt": ("Мұрат Нұртілеу ЕҚЫҰ-ның ұлттық азшылықтар істері жөніндегі жоғарғы комиссарымен кездесті",
                  "2024-03-15",
                  "Астана", "Kazinform", False, {"Мұрат Нұртілеу", "Кристоф Камп"},
                  {"Kazinform", "OSCE High Commissioner on National Minorities", "United Nations Children's Fund"}),
    "y2_hr.txt": ("Plenković primio predsjednicu Parlamentarne skupštine OESS-a", "2024-03-15", "Zagreb",
                  "Croatian News Agency", False, {"Andrej Plenković", "Pia Kauma"},
                  {"Croatian News Agency", PA, "GONG", "Croatian Red Cross"}),
    "y2_tr.txt": ("Dışişleri Bakanı Fidan, AGİT Parlamenter Asamblesi Başkanı Kauma ile görüştü", "2024-03-15",
                  "Ankara",
                  "Anadolu Agency", False, {"Hakan Fidan", "Pia Kauma"},
                  {"Anadolu Agency", PA, "Council of Europe", "Turkish Red Crescent"}),
    "y2_pl.txt": ("Obserwatorzy ODIHR o wyborach samorządowych", "2024-03-15", None, None, False, {"Maciej Nowicki"},
                  {"Helsinki Foundation for Human Rights", ODIHR, "Amnesty International"}),
    "y2_en.txt": ("Journalists from southern Serbia trained in fact-checking", "2024-03-15", None,
                  "OSCE Mission to Serbia",
                  True, {"Jan Braathu"}, {"Independent Journalists' Association of Serbia", "European Union"}),
    "y2_ka.txt": ("ირაკლი კობახიძე ეუთოს გენერალურ მდივანს შეხვდა", "2024-03-15", "თბილისი", "Interpressnews", False,
                  {"ირაკლი კობახიძე", "ფერიდუნ სინირლიოღლუ"},
                  {"Interpressnews", "European Union", "Transparency International Georgia"}),
    "y2_sr.txt": ("Brnabić sa Braatuom o saradnji Skupštine i OEBS-a", "2024-03-15", "Beograd", "BETA News Agency",
                  False,
                  {"Ana Brnabić", "Jan Braatu"},
                  {"BETA News Agency", "Centre for Research, Transparency and Accountability", "Red Cross of Serbia"}),
    # the third set, written after the rules y2 led to, measured once as it came
    "y3_be.txt": ("Рыжанкоў абмеркаваў з генеральным сакратаром АБСЕ сітуацыю ў рэгіёне", "2024-03-18", "Мінск",
                  "Belarusian Telegraph Agency", False, {"Максім Рыжанкоў", "Ферыдун Сінірліоглу"},
                  {"Belarusian Telegraph Agency", "Commonwealth of Independent States", "Belarus Red Cross"}),
    "y3_lv.txt": ("Braže ar EDSO ģenerālsekretāru pārrunā drošību reģionā", "2024-03-18", "Rīga", "LETA", False,
                  {"Baiba Braže", "Feriduns Sinirlioglu"},
                  {"LETA", "North Atlantic Treaty Organization", "Latvian Red Cross"}),
    "y3_ru.txt": ("Карин обсудил с Верховным комиссаром ОБСЕ языковую политику", "2024-03-18", None, None, False,
                  {"Ерлан Карин", "Кристоф Камп"}, {"OSCE High Commissioner on National Minorities", "World Bank"}),
    "y3_it.txt": ("Tajani incontra il segretario generale dell'Osce: «Liberare i tre funzionari»", "2024-03-18", "Roma",
                  "Agenzia Nazionale Stampa Associata", False, {"Antonio Tajani", "Feridun Sinirlioğlu"},
                  {"Agenzia Nazionale Stampa Associata", "Community of Sant'Egidio"}),
    "y3_sl.txt": ("Fajonova s predsednico parlamentarne skupščine OVSE o Ukrajini", "2024-03-18", "Ljubljana",
                  "Slovenian Press Agency", False, {"Tanja Fajon", "Pia Kauma"},
                  {"Slovenian Press Agency", PA, "Slovene Philanthropy"}),
    "y3_md.txt": ("Санду встретилась с главой Миссии ОБСЕ в Молдове", "2024-03-18", "Кишинэу", "Moldpres", False,
                  {"Майя Санду", "Келли Кейдерлинг"}, {"Moldpres", ODIHR, "European Union"}),
    "y3_fr.txt": ("Hadja Lahbib reçoit le secrétaire général de l'OSCE", "2024-03-18", "Bruxelles", "Belga", False,
                  {"Hadja Lahbib", "Feridun Sinirlioğlu"}, {"Belga", "Belgian Red Cross", "Médecins Sans Frontières"}),
    "y3_en.txt": ("Freedom House welcomes ODIHR report on Azerbaijan's election", "2024-03-18", None, None, False,
                  {"Yana Gorokhovskaia"}, {"Freedom House", ODIHR, "Committee to Protect Journalists"}),
    "y3_hy.txt": ("Փոխնախարար Վահան Կոստանյանն ընդունել է ԵԱՀԿ գլխավոր քարտուղարին", "2024-03-18", None, None, False,
                  {"Վահան Կոստանյան", "Ֆերիդուն Սինիրլիօղլու"}, {ICRC}),
    # the fourth set, written after the rules y3 led to, measured once as it came
    "y4_uz.txt": ("Baxtiyor Saidov YeXHT Bosh kotibi bilan uchrashdi", "2024-03-20", "Toshkent",
                  "National News Agency of Uzbekistan", False, {"Baxtiyor Saidov", "Feridun Sinirlioglu"},
                  {"National News Agency of Uzbekistan", "United Nations Development Programme", "World Bank"}),
    "y4_de.txt": ("Schallenberg trifft OSZE-Generalsekretär in Wien", "2024-03-20", "Wien", "Austria Presse Agentur",
                  False, {"Alexander Schallenberg", "Feridun Sinirlioğlu"},
                  {"Austria Presse Agentur", "International Atomic Energy Agency", "Austrian Red Cross"}),
    "y4_sr.txt": ("Ђурић разговарао са шефом Мисије ОЕБС-а", "2024-03-20", "Београд", "Tanjug", False,
                  {"Марко Ђурић", "Јан Брату"}, {"Tanjug", UNHCR}),
    "y4_pl.txt": ("Sikorski rozmawiał z przewodniczącą Zgromadzenia Parlamentarnego OBWE", "2024-03-20", None,
                  "Polish Press Agency", False, {"Radosław Sikorski", "Pia Kauma"},
                  {"Polish Press Agency", PA, "Polish Humanitarian Action"}),
    "y4_ky.txt": ("Кулубаев ЕККУнун Улуттук азчылыктар боюнча жогорку комиссары менен жолукту", "2024-03-20", "Бишкек",
                  "Kabar", False, {"Жээнбек Кулубаев", "Кристоф Камп"},
                  {"Kabar", "OSCE High Commissioner on National Minorities", "United Nations Children's Fund"}),
    "y4_en.txt": ("Russia's detention of OSCE staff undermines organization, envoy says", "2024-03-20", "Vienna",
                  "Reuters", False, {"Ian Borg", "Richard Gowan"}, {"Reuters", "International Crisis Group", UNHCR}),
    "y4_ro.txt": ("Odobescu, întrevedere cu secretarul general al OSCE", "2024-03-20", "Bucureşti", "Agerpres", False,
                  {"Luminiţa Odobescu", "Feridun Sinirlioğlu"},
                  {"Agerpres", "International Organization for Migration", "Romanian Red Cross"}),
    "y4_el.txt": ("Γεραπετρίτης: Στηρίζουμε τον ΟΑΣΕ σε δύσκολους καιρούς", "2024-03-20", "Αθήνα",
                  "Athens-Macedonian News Agency", False, {"Γιώργος Γεραπετρίτης", "Φεριντούν Σινιρλίογλου"},
                  {"Athens-Macedonian News Agency", UNHCR, "Hellenic Red Cross"}),
    # the fifth set, written after the rules y4 led to, measured once as it came
    "y5_lt.txt": ("Nausėda susitiko su ESBO generaliniu sekretoriumi", "2024-03-22", "Vilnius", "ELTA", False,
                  {"Gitanas Nausėda", "Feridunas Sinirlioglu"}, {"ELTA", "Lithuanian Red Cross Society"}),
    "y5_cs.txt": ("Lipavský jednal s předsedkyní Parlamentního shromáždění OBSE", "2024-03-22", "Praha",
                  "Czech News Agency", False, {"Jan Lipavský", "Pia Kaumová"},
                  {"Czech News Agency", PA, "People in Need"}),
    "y5_hu.txt": ("Szijjártó Péter fogadta az EBESZ főtitkárát", "2024-03-22", "Budapest", "Hungarian News Agency",
                  False, {"Szijjártó Péter", "Feridun Sinirlioğlu"},
                  {"Hungarian News Agency", "International Organization for Migration", "Hungarian Red Cross"}),
    "y5_tg.txt": ("Сироҷиддин Муҳриддин бо Дабири кулли САҲА мулоқот кард", "2024-03-22", "Душанбе", "Khovar", False,
                  {"Сироҷиддин Муҳриддин", "Феридун Синирлиоглу"}, {"Khovar", "United Nations Development Programme"}),
    "y5_me.txt": ("Spajić sa šefom Misije OEBS-a o reformi izbornog zakonodavstva", "2024-03-22", "Podgorica", "MINA",
                  False, {"Milojko Spajić", "Dominik Šrajner"},
                  {"MINA", "Centre for Democratic Transition", "European Union"}),
    "y5_sq.txt": ("Osmani pret shefin e Misionit të OSBE-së në Kosovë", "2024-03-22", "Prishtinë", "KosovaPress", False,
                  {"Vjosa Osmani", "Michael Davenport"},
                  {"KosovaPress", "Red Cross of Kosovo", "United Nations Interim Administration Mission in Kosovo"}),
    "y5_en.txt": ("Women mayors share experience in Korça", "2024-03-22", None, "OSCE Presence in Albania", True,
                  {"Michel Tarran"}, {"UN Women", "Council of Europe"}),
    "y5_ru.txt": ("Сибига обсудил с генсеком ОБСЕ освобождение сотрудников миссии", "2024-03-22", "Киев", "Interfax",
                  False, {"Андрей Сибига", "Феридун Синирлиоглу"}, {"Interfax", ICRC, "Council of Europe"}),
    # the sixth set, written after the rules y5 led to, measured once as it came
    "y6_es.txt": ("Albares pide a la OSCE más presión para liberar a sus empleados detenidos", "2024-03-25", "Madrid",
                  "Europa Press", False, {"José Manuel Albares", "Feridun Sinirlioğlu"},
                  {"Europa Press", UNHCR, "Spanish Red Cross"}),
    "y6_nl.txt": ("Bruins Slot spreekt met OVSE-chef over vastgehouden medewerkers", "2024-03-25", "Den Haag", "ANP",
                  False, {"Hanke Bruins Slot", "Feridun Sinirlioğlu"},
                  {"ANP", "International Criminal Court", "Netherlands Red Cross"}),
    "y6_az.txt": ("Ceyhun Bayramov ATƏT-in Baş katibi ilə görüşüb", "2024-03-25", "Bakı", "Azertac", False,
                  {"Ceyhun Bayramov", "Feridun Sinirlioğlu"},
                  {"Azertac", "International Organization for Migration", "European Union"}),
    "y6_uk.txt": ("Андрій Сибіга провів зустріч з Верховним комісаром ОБСЄ з питань національних меншин", "2024-03-25",
                  None, None, False, {"Андрій Сибіга", "Крістоф Камп"},
                  {"OSCE High Commissioner on National Minorities",
                   "Office of the United Nations High Commissioner for Human Rights",
                   "International Atomic Energy Agency"}),
    "y6_fi.txt": ("Valtonen tapasi Etyjin pääsihteerin Helsingissä", "2024-03-25", "Helsinki", "STT", False,
                  {"Elina Valtonen", "Feridun Sinirlioğlu"}, {"STT", "Finnish Red Cross", "European Union"}),
    "y6_en.txt": ("Kyrgyzstan: OSCE observers criticize pressure on independent media", "2024-03-25", None, None, False,
                  {"Eoghan Murphy", "Rinat Tukhvatshin"}, {ODIHR, "Kloop"}),
    "y6_bg.txt": ("Кондов обсъди с генералния секретар на ОССЕ сигурността в региона", "2024-03-25", "София",
                  "Bulgarian News Agency", False, {"Иван Кондов", "Феридун Синирлиоглу"},
                  {"Bulgarian News Agency", "European Commission", "Bulgarian Red Cross"}),
    "y6_hy.txt": ("Արարատ Միրզոյանը հանդիպել է ԵԱՀԿ գլխավոր քարտուղարի հետ", "2024-03-25", "Երևան", "Armenpress",
                  False, {"Արարատ Միրզոյան", "Ֆերիդուն Սինիրլիօղլու"},
                  {"Armenpress", "Council of Europe", "United Nations Development Programme"}),
    # the seventh set (issuers named by a statement's headline, a "Source:" label in other languages, a field
    # office's site in Russian), written after the rules y6 led to, measured once as it came
    "y7_en.txt": ("Statement by the OSCE Chairperson-in-Office on the release of OSCE staff members", "2024-03-28",
                  "Valletta", "OSCE Chairpersonship", True, {"Ian Borg"}, {ICRC}),
    "y7_sr.txt": ("Izjava Misije OEBS-a u Srbiji povodom napada na novinare u Novom Sadu", "2024-03-28", "Beograd",
                  "OSCE Mission to Serbia", True, {"Jan Braathu"}, {"Independent Journalists' Association of Serbia"}),
    "y7_ru.txt": ("Заявление Бюро ОБСЕ по демократическим институтам и правам человека о выборах в Туркменистане",
                  "2024-03-28", "Варшава", ODIHR, True, {"Маттео Мекаччи"},
                  {ODIHR, "United Nations Development Programme"}),
    "y7_de.txt": ("OSZE kritisiert Einschränkungen für Wahlbeobachter in Russland", "2024-03-28", None,
                  "Austria Presse Agentur", False, {"Matteo Mecacci"},
                  {"Austria Presse Agentur", ODIHR, "Amnesty International"}),
    "y7_mk.txt": ("Мисијата на ОБСЕ организираше обука за локалните новинари", "2024-03-28", None,
                  "Media Information Agency", False, {"Килијан Вал"},
                  {"Media Information Agency", "Association of Journalists of Macedonia"}),
    "y7_tg.txt": ("Пограничники Таджикистана прошли обучение по управлению границами", "2024-03-28", None,
                  "OSCE Programme Office in Dushanbe", True, {"Александр Машкевич"},
                  {"OSCE Border Management Staff College", "United Nations Office on Drugs and Crime"}),
    "y7_sq.txt": ("Deklaratë e Përfaqësuesit të OSBE-së për Lirinë e Mediave për sulmin ndaj gazetarëve në Tiranë",
                  "2025-03-28", "Vjenë", "OSCE Representative on Freedom of the Media", True, {"Jan Braathu"},
                  {"OSCE Representative on Freedom of the Media", "Union of Albanian Journalists"}),
    "y7_uk.txt": ("Генсек ОБСЄ прибув до Києва", "2024-03-28", None, "Ukrinform", False, {"Андрій Сибіга"},
                  {"Ukrinform", ICRC}),
    # the eighth set, written after every rule of round 5, measured once as it came
    "y8_pl.txt": ("Oświadczenie Biura Instytucji Demokratycznych i Praw Człowieka OBWE w sprawie wyborów na Białorusi",
                  "2024-04-02", "Warszawa", ODIHR, True, {"Matteo Mecacci"}, {ODIHR, "Belarusian Helsinki Committee"}),
    "y8_ru.txt": ("Нуртлеу обсудил с Верховным комиссаром ОБСЕ образование на языках меньшинств", "2024-04-02",
                  "Астана", "Kazinform", False, {"Мурат Нуртлеу", "Кристоф Камп"},
                  {"Kazinform", "OSCE High Commissioner on National Minorities", "United Nations Children's Fund"}),
    "y8_ro.txt": ("Premierul Dorin Recean a avut o întrevedere cu șefa Misiunii OSCE", "2024-04-02", None, None, False,
                  {"Dorin Recean", "Kelly Keiderling"}, {"United Nations Development Programme", "European Union"}),
    "y8_fr.txt": ("Ignazio Cassis reçoit le secrétaire général de l'OSCE à Berne", "2024-04-02", "Berne",
                  "Keystone-SDA",
                  False, {"Ignazio Cassis", "Feridun Sinirlioğlu"},
                  {"Keystone-SDA", ICRC, "Geneva Centre for Security Policy"}),
    "y8_ka.txt": ("ილია დარჩიაშვილი ეუთოს გენერალურ მდივანს შეხვდა", "2024-04-02", None, None, False,
                  {"ილია დარჩიაშვილი", "ფერიდუნ სინირლიოღლუ"},
                  {"European Union", "United Nations Development Programme"}),
    "y8_en.txt": ("Young observers from both banks of the Dniester trained in election monitoring", "2024-04-02", None,
                  "OSCE Mission to Moldova", True, {"Kelly Keiderling"},
                  {"Promo-LEX Association", "United Nations Children's Fund"}),
    "y8_tr.txt": ("Bakan Fidan, AGİT Parlamenter Asamblesi Başkanı Kauma'yı kabul etti", "2024-04-02", None, None,
                  False,
                  {"Hakan Fidan", "Pia Kauma"}, {PA, UNHCR}),
    "y8_sr.txt": ("Ђурић и Брату о сарадњи Србије и ОЕБС-а", "2024-04-02", None, "Tanjug", False,
                  {"Марко Ђурић", "Јан Брату"}, {"Tanjug", ODIHR}),
    # the ninth set (statements in de, fr, en, mk; closing credits in ru, az; a Source label in hr; a field
    # office's site in Albanian), written after every rule of round 5, measured once as it came
    "y9_de.txt": ("Erklärung des OSZE-Beauftragten für Medienfreiheit zur Festnahme von Journalisten in Aserbaidschan",
                  "2025-04-03", "Wien", "OSCE Representative on Freedom of the Media", True, {"Jan Braathu"},
                  {"OSCE Representative on Freedom of the Media", "Reporters Without Borders"}),
    "y9_fr.txt": ("Déclaration du Bureau des institutions démocratiques et des droits de l'homme de l'OSCE sur la "
                  "réforme électorale en Arménie", "2024-04-03", "Varsovie", ODIHR, True, {"Matteo Mecacci"},
                  {ODIHR, "Venice Commission"}),
    "y9_sq.txt": ("Të rinjtë nga Shkodra trajnohen për pjesëmarrjen qytetare", "2024-04-03", None,
                  "OSCE Presence in Albania", True, {"Michel Tarran"},
                  {"Council of Europe", "United Nations Children's Fund"}),
    "y9_ru.txt": ("Захарова: Россия не будет финансировать ОБСЕ на прежнем уровне", "2024-04-03", None, "TASS", False,
                  {"Мария Захарова"}, {"TASS", "Council of Europe"}),
    "y9_az.txt": ("Hikmət Hacıyev ATƏT-in Minsk qrupunun ləğvini alqışlayıb", "2024-04-03", None, "Trend News Agency",
                  False, {"Hikmət Hacıyev"}, {"Trend News Agency", "OSCE Minsk Group", ICRC}),
    "y9_hr.txt": ("Grlić Radman u Beču s glavnim tajnikom OESS-a", "2024-04-03", None, "Croatian News Agency", False,
                  {"Gordan Grlić Radman", "Feridun Sinirlioğlu"}, {"Croatian News Agency", "Croatian Red Cross"}),
    "y9_en.txt": ("Joint statement by the OSCE Chairperson-in-Office and the OSCE Secretary General on the detained "
                  "OSCE staff members", "2024-04-03", "Vienna", "OSCE Chairpersonship / OSCE Secretariat", True,
                  {"Ian Borg", "Feridun Sinirlioğlu"}, {ICRC}),
    "y9_mk.txt": ("Изјава на Мисијата на ОБСЕ во Скопје по повод завршувањето на пописот", "2024-04-03", "Скопје",
                  "OSCE Mission to Skopje", True, {"Килијан Вал"}, {"International Organization for Migration"}),
    # the tenth set, written after every rule of round 5, measured once as it came
    "y10_it.txt": ("Tajani riceve il Segretario Generale dell'OSCE alla Farnesina", "2024-04-08", None, None, False,
                   {"Antonio Tajani", "Feridun Sinirlioğlu"},
                   {"International Organization for Migration", "Italian Red Cross"}),
    "y10_pt.txt": ("Paulo Rangel recebe secretário-geral da OSCE em Lisboa", "2024-04-08", "Lisboa", "Lusa", False,
                   {"Paulo Rangel", "Feridun Sinirlioğlu"}, {"Lusa", "Portuguese Red Cross"}),
    "y10_uk.txt": ("Сибіга обговорив з представником ОБСЄ з питань свободи ЗМІ безпеку журналістів", "2024-04-08",
                   None, "UNIAN", False, {"Андрій Сибіга"},
                   {"UNIAN", "OSCE Representative on Freedom of the Media",
                    "National Union of Journalists of Ukraine"}),
    "y10_ka.txt": ("ეუთოს დემოკრატიული ინსტიტუტებისა და ადამიანის უფლებების ოფისის განცხადება საარჩევნო კანონში "
                   "ცვლილებების შესახებ", "2024-04-08", "ვარშავა", ODIHR, True, {"მატეო მეკაჩი"},
                   {ODIHR, "Venice Commission"}),
    "y10_sr.txt": ("Млади из Новог Пазара обучени за медијску писменост", "2024-04-08", None, "OSCE Mission to Serbia",
                   True, {"Јан Брату"}, {"European Union"}),
    "y10_en.txt": ("Rights groups urge OSCE to keep field presence in Central Asia", "2024-04-08", "Vienna", "Reuters",
                   False, {"Hugh Williamson"}, {"Reuters", "Human Rights Watch", "Norwegian Helsinki Committee"}),
    "y10_ro.txt": ("Maia Sandu s-a întâlnit cu șefa Misiunii OSCE", "2024-04-08", "Chișinău", "Moldpres", False,
                   {"Maia Sandu", "Kelly Keiderling"}, {"Moldpres", "Promo-LEX Association"}),
    "y10_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu, Viyana'da Türk diplomatlarla görüştü", "2024-04-08", "Viyana",
                   "Anadolu Agency", False, {"Feridun Sinirlioğlu", "Kerim Uras"},
                   {"Anadolu Agency", "Amnesty International"}),
    # the eleventh set (agencies the data may not list: ARKA, "Anadolija", two agencies signing together; Kazakh
    # in Latin letters), written after every rule of round 5, measured once as it came
    "y11_el.txt": ("Δήλωση του Προεδρεύοντος του ΟΑΣΕ για την απελευθέρωση των κρατουμένων μελών του προσωπικού",
                   "2024-04-15", "Βαλέτα", "OSCE Chairpersonship", True, {"Ίαν Μποργκ"}, {UNHCR}),
    "y11_ru.txt": ("Рыженков обсудил с генсеком ОБСЕ ситуацию в регионе", "2024-04-15", "Минск", "Sputnik", False,
                   {"Максим Рыженков", "Феридун Синирлиоглу"},
                   {"Sputnik", "Commonwealth of Independent States", "Collective Security Treaty Organization"}),
    "y11_sq.txt": ("Kurti takon shefin e Misionit të OSBE-së", "2024-04-15", None, None, False,
                   {"Albin Kurti", "Michael Davenport"}, {"Council of Europe"}),
    "y11_de.txt": ("OSZE-Beobachter: Wahl in Nordmazedonien friedlich, aber polarisiert", "2024-04-15", None,
                   "Deutsche Presse-Agentur / Agence France-Presse", False, {"Tana de Zulueta"},
                   {"Deutsche Presse-Agentur", "Agence France-Presse", ODIHR,
                    "Parliamentary Assembly of the Council of Europe"}),
    "y11_hy.txt": ("ԵԱՀԿ առաքելությունը կդիտարկի Հայաստանի տեղական ընտրությունները", "2024-04-15", "Երևան",
                   "ARKA News Agency", False, {"Մատեո Մեկաչի"}, {"ARKA News Agency", ODIHR}),
    "y11_kk.txt": ("Murat Nurtileý EQYU Bas hatshysymen kezdesti", "2024-04-15", "Astana", "Kazinform", False,
                   {"Murat Nurtileý", "Feridun Sinirliogly"}, {"Kazinform", "United Nations Children's Fund"}),
    "y11_en.txt": ("Parliamentary delegation concludes visit to Central Asia", "2024-04-15", None, PA, True,
                   {"Pia Kauma"}, {PA, "European Parliament"}),
    "y11_bs.txt": ("Konaković i Aggeler razgovarali o izbornim reformama", "2024-04-15", None, "Anadolu Agency", False,
                   {"Elmedin Konaković", "Brian Aggeler"},
                   {"Anadolu Agency", "Coalition for Free and Fair Elections Pod lupom"}),
}
#: a source is right only when its value and its being inferred both are
PAGES = OwnPages("y", GOLD, ("title", "date", "place", "source", "inferred", "persons", "organizations"))
#: each set's one measurement as it came: field accuracies, then (P, R, F1) of persons and organizations
Y1_AS_THEY_CAME = {"title": 0.778, "date": 1.000, "place": 0.889, "source": 0.222,
                   "persons": (1.000, 0.842, 0.914), "organizations": (0.778, 0.538, 0.636)}
Y2_AS_THEY_CAME = {"title": 1.000, "date": 1.000, "place": 0.778, "source": 0.667,
                   "persons": (0.812, 0.812, 0.812), "organizations": (0.957, 0.786, 0.863)}
Y3_AS_THEY_CAME = {"title": 1.000, "date": 1.000, "place": 1.000, "source": 0.778,
                   "persons": (0.824, 0.824, 0.824), "organizations": (0.938, 0.652, 0.769)}
Y4_AS_THEY_CAME = {"title": 1.000, "date": 1.000, "place": 1.000, "source": 0.875,
                   "persons": (1.000, 0.938, 0.968), "organizations": (0.900, 0.783, 0.837)}
Y5_AS_THEY_CAME = {"title": 1.000, "date": 1.000, "place": 0.875, "source": 1.000,
                   "persons": (0.933, 0.933, 0.933), "organizations": (0.941, 0.762, 0.842)}
Y6_AS_THEY_CAME = {"title": 0.875, "date": 1.000, "place": 1.000, "source": 1.000,
                   "persons": (0.812, 0.812, 0.812), "organizations": (1.000, 0.739, 0.850)}
Y7_AS_THEY_CAME = {"title": 1.000, "date": 1.000, "place": 1.000, "source": 0.625,
                   "persons": (0.875, 0.875, 0.875), "organizations": (1.000, 0.733, 0.846)}
Y8_AS_THEY_CAME = {"title": 0.750, "date": 1.000, "place": 1.000, "source": 0.875,
                   "persons": (0.929, 0.929, 0.929), "organizations": (0.938, 0.833, 0.882)}
Y9_AS_THEY_CAME = {"title": 1.000, "date": 1.000, "place": 1.000, "source": 0.875,
                   "persons": (1.000, 1.000, 1.000), "organizations": (1.000, 1.000, 1.000)}
Y10_AS_THEY_CAME = {"title": 1.000, "date": 1.000, "place": 0.875, "source": 0.875,
                    "persons": (0.917, 0.917, 0.917), "organizations": (1.000, 0.882, 0.938)}
Y11_AS_THEY_CAME = {"title": 0.875, "date": 0.875, "place": 0.750, "source": 0.250,
                    "persons": (0.900, 0.750, 0.818), "organizations": (1.000, 0.647, 0.786)}


# ------------------------------------------------------------------ page language (CLD2, then common words)

import pytest  # noqa: E402

from osce_kg.loader.extract.language import detect_language  # noqa: E402


@pytest.mark.parametrize("text, tag", [
    # the three the common-word model misread (Slovene, Czech, English), each in two sites' words
    ("Generálny tajomník organizácie vo štvrtok rokoval s ministrom zahraničných vecí o pracovníkoch misie, "
     "ktorí sú zadržiavaní už takmer dva roky.", "sk"),
    ("Predseda vlády sa stretol s vedúcim misie a hovorili o voľbách, ktoré sa uskutočnia na jeseň.", "sk"),
    ("Azərbaycanın ATƏT yanında daimi nümayəndəsi Daimi Şuranın növbəti iclasında çıxış edib və mina "
     "təhlükəsi ilə bağlı məsələlərə toxunub.", "az"),
    ("Xarici işlər naziri baş katiblə görüşüb, tərəflər regionda təhlükəsizlik məsələlərini müzakirə ediblər.",
     "az"),
    ("Министерот за надворешни работи денеска го прими шефот на Мисијата, амбасадорот, и разговараа за "
     "изборниот законик.", "mk"),
    ("На средбата се разговараше за поддршката на Мисијата во реформата и за соработката со граѓанските "
     "организации.", "mk"),
    # Turkish is not Azerbaijani, Czech not Slovak, Serbian Cyrillic not Macedonian
    ("Bakan, AGİT Genel Sekreteri ile görüştü ve bölgedeki güvenlik durumunu değerlendirdiklerini açıkladı.", "tr"),
    ("Ministr zahraničních věcí se ve čtvrtek setkal s generálním tajemníkem organizace a jednali o misi.", "cs"),
    ("Шеф Мисије ОЕБС-а у Србији изјавио је да ће Мисија наставити да подржава реформу медија и правосуђа.",
     "sr-Cyrl"),
    # Kazakh and Estonian: read, not taken for Russian or rejected
    ("ЕҚЫҰ Бас хатшысы Астанаға келді және Сыртқы істер министрімен кездесіп, өңірдегі қауіпсіздік мәселелерін "
     "талқылады.", "kk"),
    ("OSCE peasekretär külastas Tallinna ja kohtus välisministriga, et arutada organisatsiooni eelarvet.", "et"),
])
def test_page_language_by_cld2(text, tag):
    assert detect_language(text) == (tag, "")


@pytest.mark.parametrize("text", ["Misija OEBS-a u Srbiji održala je konferenciju o slobodi medija u Beogradu, "
                                  "a predstavnici vlade su rekli da će reforma biti završena do kraja godine.",
                                  "Misija OSCE-a u BiH pozdravila je izmjene Izbornog zakona i rekla da je vrijeme "
                                  "da se one primijene prije izbora."])
def test_serbian_and_bosnian_still_by_their_spelling(text):
    tag, _ = detect_language(text)
    assert tag == ("bs" if "vrijeme" in text else "sr-Latn")


def test_control_characters_do_not_stop_the_detector():
    assert detect_language("Azərbaycanın \x00ATƏT yanında\x85 daimi nümayəndəsi Daimi Şuranın iclasında çıxış edib "
                           "və mina təhlükəsi ilə bağlı məsələlərə toxunub.")[0] == "az"


# ------------------------------------------------------------------ an agency's credit by its shape

from osce_kg.loader.extract.document import read_text  # noqa: E402
from osce_kg.loader.extract.names import compact_initialled  # noqa: E402


def _one(text: str):
    return read_text(text, "page.txt").records[0]


@pytest.mark.parametrize("text, source", [
    # a code in brackets or slashes at the start of the text, where no dateline was read
    ("Svet\nOBSE rokovala o rozpočte\nBratislava 12. marca (TASR) - Stála rada OBSE v stredu rokovala o rozpočte "
     "organizácie na tento rok.\n", "News Agency of the Slovak Republic"),
    ("Bota\nOSBE diskutoi buxhetin\nTiranë, 12 mars /ATSH/ – Këshilli i Përhershëm i OSBE-së diskutoi sot "
     "buxhetin e organizatës për këtë vit.\n", "Albanian Telegraphic Agency"),
    # a closing credit line
    ("Politic\nOSCE discută bugetul\n12.03.2024 16:40\nConsiliul Permanent al OSCE a discutat miercuri bugetul "
     "organizației pentru acest an.\nAutor: Ion Popescu — IPN\n", "Info-Prim Neo"),
    ("Politika\nOEBS o budžetu\n12.03.2024.\nStalni savet OEBS-a raspravljao je danas o budžetu organizacije "
     "za ovu godinu.\n— SRNA\n", "Republika Srpska News Agency"),
    # an acronym two agencies share, by the page's language
    ("Xarici siyasət\nATƏT-in büdcəsi müzakirə olunub\n12 mart 2024 12:10\nVyana. 12 mart. APA. ATƏT-in Daimi "
     "Şurasının iclasında təşkilatın bu ilki büdcəsi müzakirə olunub.\n", "Azerbaijan Press Agency"),
    ("Politik\nOSZE berät über ihr Budget\n12. März 2024\nWien (APA) - Der Ständige Rat der OSZE hat am Mittwoch "
     "über das Budget der Organisation beraten.\n", "Austria Presse Agentur"),
    ("Schweiz\nOSZE berät über ihr Budget\n12. März 2024\nBern (sda) – Der Ständige Rat der OSZE hat am Mittwoch "
     "über das Budget der Organisation beraten, wie das Aussendepartement mitteilte.\n", "Keystone-SDA"),
])
def test_agency_credits_by_their_shape(text, source):
    record = _one(text)
    assert (record.source, record.source_inferred) == (source, False)


def test_a_field_offices_masthead_is_an_inferred_issuer():
    record = _one("OSCE Programme Office in Bishkek\nHome | News | Contacts\nPolice officers trained in community "
                  "policing\n12 March 2024\nThirty police officers completed a course on community policing in "
                  "Osh on 12 March 2024.\n")
    assert (record.source, record.source_inferred) == ("OSCE Programme Office in Bishkek", True)


def test_a_capitalised_word_after_a_dash_at_the_end_is_no_agency():
    record = _one("News\nOSCE discusses its budget\n12 March 2024\nThe Permanent Council discussed the budget "
                  "of the Organization, the Chair said.\nSee also the budget page — Budget\n")
    assert record.source is None


@pytest.mark.parametrize("text, names", [
    ("О встрече С.В.Лаврова с Генеральным секретарем ОБСЕ Ф.Синирлиоглу.", ["С.В.Лавров", "Ф.Синирлиоглу"]),
    ("Состоялся разговор Министра С.В.Лаврова. С.В.Лавров отметил ...", ["С.В.Лавров", "С.В.Лавров"]),
    ("Официальный представитель МИД М.В.Захарова заявила. Брифинг М.В.Захаровой.", ["М.В.Захарова"] * 2),
    ("См. т.1.2 и п.3.", []),
])
def test_initials_close_up_to_the_name(text, names):
    assert [name for _, _, name in compact_initialled(text)] == names


def test_y1_as_it_stands_after_its_rules():
    names = PAGES.pages("y1")
    assert PAGES.accuracy(names, "source") >= 0.95 and PAGES.f1(names, "persons") >= 0.95 \
        and PAGES.f1(names, "organizations") >= 0.85


# ------------------------------------------------------------------ rules after y2 (each shape also on another site)

@pytest.mark.parametrize("text, source", [
    ("Політика\nОБСЄ обговорила бюджет\n12.03.2024 13:40\nКиїв. 12 березня. Укрінформ. Постійна рада ОБСЄ "
     "обговорила бюджет організації на цей рік.\n", "Ukrinform"),
    ("პოლიტიკა\nეუთომ ბიუჯეტი განიხილა\n12.03.2024 14:30\nთბილისი, 12 მარტი, ინტერპრესნიუსი. ეუთოს მუდმივმა "
     "საბჭომ ორგანიზაციის ბიუჯეტი განიხილა.\n", "Interpressnews"),
])
def test_an_agency_after_a_date_the_dateline_reader_left(text, source):
    assert _one(text).source == source


def test_a_body_after_a_date_in_a_sentence_is_no_agency():
    record = _one("News\nOSCE discusses its budget\n12 March 2024\nOn 12 March 2024, Council of Europe experts and "
                  "the Permanent Council discussed the budget of the Organization.\n")
    assert record.source is None


@pytest.mark.parametrize("text, language, person, absent", [
    ("Predsjednik Vlade Andrej Plenković primio je u petak predsjednicu Skupštine.", "bs", "Andrej Plenković",
     "Vlade Andrej Plenković"),
    ("Predsednica Vlade Ana Brnabić razgovarala je sa ambasadorom.", "sr-Latn", "Ana Brnabić", "Vlade Ana Brnabić"),
    ("Sastanku je prisustvovao i Vlade Divac.", "sr-Latn", "Vlade Divac", None),     # a given name all the same
    ("AGİT Parlamenter Asamblesi Başkanı Kauma ile görüştü. Pia Kauma açıklama yaptı.", "tr", "Pia Kauma",
     "Başkanı Kauma"),
    ("ეუთოს გენერალურ მდივანს ფერიდუნ სინირლიოღლუს შეხვდა.", "ka", "ფერიდუნ სინირლიოღლუ", None),
])
def test_person_shapes_after_y2(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert person in names and (absent is None or absent not in names)


@pytest.mark.parametrize("text, language, label", [
    ("Aggeler je pozdravio i rad Transparency Internationala u BiH na praćenju izbora.", "bs",
     "Transparency International Bosnia and Herzegovina"),
    ("Представители Transparency International в Казахстане выступили.", "ru", "Transparency International Kazakhstan"),
])
def test_chapters_named_with_in(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


from osce_kg.loader.extract.mentions import find_mentions  # noqa: E402
from osce_kg.loader.reference import reference  # noqa: E402


# ------------------------------------------------------------------ rules after y3

@pytest.mark.parametrize("text, language, person, absent", [
    ("Міністр сустрэўся з генеральным сакратаром АБСЕ Ферыдунам Сінірліоглу.", "be", "Ферыдун Сінірліоглу",
     "Ферыдунам Сінірліоглу"),
    ("Zunanja ministrica se je sestala s predsednico Parlamentarne skupščine OVSE Pio Kaumo.", "sl", "Pia Kauma",
     "Pio Kaumo"),
    ("Minister se je sestal s kolegom, italijanskim ministrom Pio Rossio.", "sl", None, "Pia Rossia"),
])
def test_person_shapes_after_y3(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert (person is None or person in names) and absent not in names


@pytest.mark.parametrize("text, source", [
    ("Политика\nОБСЕ обсудила бюджет\n18.03.2024 10:45\nКишинэу, 18 марта /МОЛДПРЕС/. Постоянный совет ОБСЕ "
     "обсудил бюджет организации.\n", "Moldpres"),
])
def test_agencies_in_another_script(text, source):
    assert _one(text).source == source


def test_y2_and_y3_as_they_stand_after_their_rules():
    for prefix in ("y2", "y3"):
        names = PAGES.pages(prefix)
        assert PAGES.f1(names, "persons") >= 0.85 and PAGES.f1(names, "organizations") >= 0.85, prefix


# ------------------------------------------------------------------ rules after y4

@pytest.mark.parametrize("text, source", [
    ("Политика\nОЕБС о буџету\n20.03.2024. 11:40\nБЕОГРАД, 20. марта 2024. (Танјуг) – Стални савет ОЕБС-а "
     "расправљао је о буџету организације.\n", "Tanjug"),
    ("Politika\nOEBS o budžetu\n20.03.2024. 11:40\nBeograd, 20. marta 2024. (Tanjug) – Stalni savet OEBS-a "
     "raspravljao je o budžetu organizacije.\n", "Tanjug"),
])
def test_an_agency_in_any_script_in_brackets(text, source):
    assert _one(text).source == source


@pytest.mark.parametrize("text, language, label", [
    ("Uchrashuvda BMT Taraqqiyot dasturi va Jahon banki bilan birgalikda loyihalar muhokama qilindi.", "uz",
     "United Nations Development Programme"),
    ("Uchrashuvda BMT Taraqqiyot dasturi va Jahon banki bilan birgalikda loyihalar muhokama qilindi.", "uz",
     "World Bank"),
    ("Die Zusammenarbeit mit der Internationalen Atomenergiebehörde wurde besprochen.", "de",
     "International Atomic Energy Agency"),
    ("ЕККУнун Улуттук азчылыктар боюнча жогорку комиссары менен жолукту.", "ky",
     "OSCE High Commissioner on National Minorities"),
    ("pomocy udzielanej przez Polską Akcję Humanitarną.", "pl", "Polish Humanitarian Action"),
])
def test_bodies_after_y4(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


def test_an_uzbek_name_before_a_capitalised_word():
    text = "Tashqi ishlar vaziri Baxtiyor Saidov Yevropada xavfsizlik tashkiloti vakili bilan uchrashdi."
    assert "Baxtiyor Saidov" in [p.name for p in find_mentions(text, reference(), "uz").persons]


# ------------------------------------------------------------------ rules after y5

@pytest.mark.parametrize("text, language, person", [
    ("Prezidentas susitiko su ESBO generaliniu sekretoriumi Feridunu Sinirlioglu.", "lt", "Feridunas Sinirlioglu"),
    ("Ministre tikās ar EDSO ģenerālsekretāru Feridunu Sinirlioglu.", "lv", "Feriduns Sinirlioglu"),
])
def test_a_foreign_name_in_a_baltic_case(text, language, person):
    assert person in [p.name for p in find_mentions(text, reference(), language).persons]


@pytest.mark.parametrize("text, language, label", [
    ("Në takim u diskutua bashkëpunimi me Kryqin e Kuq të Kosovës.", "sq", "Red Cross of Kosovo"),
    ("bashkëpunimi me Misionin e Administratës së Përkohshme të Kombeve të Bashkuara në Kosovë.", "sq",
     "United Nations Interim Administration Mission in Kosovo"),
    ("Ҷонибҳо ҳамкорӣ бо Барномаи рушди Созмони Милали Муттаҳидро баррасӣ карданд.", "tg",
     "United Nations Development Programme"),
    ("Hovořili o humanitární práci organizace Člověk v tísni.", "cs", "People in Need"),
])
def test_bodies_after_y5(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


# ------------------------------------------------------------------ rules after y6

@pytest.mark.parametrize("text, language, person, absent", [
    ("Ulkoministeri tapasi Etyjin pääsihteerin Feridun Sinirlioğlun Helsingissä.", "fi", "Feridun Sinirlioğlu",
     "Feridun Sinirlioğlun Helsingissä"),
    ("Presidentti Alexander Stubb tapasi Etyjin pääsihteerin Brysselissä.", "fi", "Alexander Stubb", None),
    ("ԵԱՀԿ գլխավոր քարտուղար Ֆերիդուն Սինիրլիօղլուի հետ:", "hy", "Ֆերիդուն Սինիրլիօղլու", "Ֆերիդուն Սինիրլիօղլուի"),
])
def test_person_shapes_after_y6(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert person in names and (absent is None or absent not in names)


@pytest.mark.parametrize("text, language, label", [
    ("Albares ha destacado la colaboración con ACNUR en la acogida de refugiados.", "es", UNHCR),
    ("Ook de samenwerking met het Internationaal Strafhof kwam aan bod.", "nl", "International Criminal Court"),
    ("Разговорът засегна сътрудничеството с Европейската комисия.", "bg", "European Commission"),
    ("ситуацію, яку відстежує Міжнародне агентство з атомної енергії.", "uk", "International Atomic Energy Agency"),
])
def test_bodies_after_y6(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


# ------------------------------------------------------------------ rules after y7

@pytest.mark.parametrize("text, source", [
    ("Заявление Бюро ОБСЕ по демократическим институтам и правам человека о выборах\nВаршава, 28 марта 2024 года\n"
     "Бюро сожалеет, что не получило приглашения наблюдать за выборами.\n", ODIHR),
    ("Deklaratë e Përfaqësuesit të OSBE-së për Lirinë e Mediave për sulmin ndaj gazetarëve\nVjenë, 28 mars 2025\n"
     "Përfaqësuesi dënoi sot sulmin ndaj dy gazetarëve.\n", "OSCE Representative on Freedom of the Media"),
    ("Izjava Misije OEBS-a u Srbiji povodom napada na novinare\nBeograd, 28. mart 2024.\nMisija osuđuje napad na "
     "dvoje novinara.\n", "OSCE Mission to Serbia"),
])
def test_a_statements_speaker_named_with_a_preposition_of_its_own(text, source):
    record = _one(text)
    assert (record.source, record.source_inferred) == (source, True)


def test_a_field_offices_masthead_in_russian():
    record = _one("Программный офис ОБСЕ в Бишкеке\nГлавная | О нас | Новости\nПолицейские прошли обучение\n"
                  "12 марта 2024\nТридцать сотрудников милиции завершили курс по работе с населением в Оше.\n")
    assert (record.source, record.source_inferred) == ("OSCE Programme Office in Bishkek", True)


@pytest.mark.parametrize("words, language, expected", [
    (["Андрієм", "Сибігою"], "uk", ["Андрій", "Сибіга"]),
    (["Дмитром", "Кулебою"], "uk", ["Дмитро", "Кулеба"]),
    (["Ольгою", "Стефанішиною"], "uk", ["Ольга", "Стефанішина"]),
])
def test_ukrainian_instrumentals(words, language, expected):
    from osce_kg.loader.extract.names import nominative

    assert nominative(words, language) == expected


# ------------------------------------------------------------------ rules after y8

@pytest.mark.parametrize("text, language, person, absent", [
    ("AGİT Parlamenter Asamblesi Başkanı Pia Kauma'yı Ankara'da kabul etti.", "tr", "Pia Kauma",
     "Pia Kauma'yı Ankara"),
    ("Bakan, Başkanı Kauma'yı kabul etti. Pia Kauma açıklama yaptı.", "tr", "Pia Kauma", "Kauma'yı"),
])
def test_turkish_apostrophe_suffixes_close_a_name(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert person in names and absent not in names


@pytest.mark.parametrize("text, language, label", [
    ("Biuro współpracuje z Białoruskim Komitetem Helsińskim.", "pl", "Belarusian Helsinki Committee"),
    ("ainsi que la coopération avec le Centre de politique de sécurité de Genève.", "fr",
     "Geneva Centre for Security Policy"),
])
def test_bodies_after_y8(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


def test_every_y_set_as_it_stands():
    """Each set after the rules its misses led to (an upper bound, not a measure: the figures of each
    set as it came are the ``Y*_AS_THEY_CAME`` above)."""
    names = list(GOLD)
    assert PAGES.accuracy(names, "source") >= 0.93 and PAGES.f1(names, "persons") >= 0.95 \
        and PAGES.f1(names, "organizations") >= 0.93


# ------------------------------------------------------------------ rules after y9

@pytest.mark.parametrize("text, language, label", [
    ("Мисијата на ОБСЕ во Скопје ја поздравува објавата.", "mk", "OSCE Mission to Skopje"),
    ("Шефот на Мисијата на ОБСЕ во Скопје, амбасадорот, изјави.", "mk", "OSCE Mission to Skopje"),
])
def test_a_macedonian_mission_with_of_between(text, language, label):
    assert label in find_mentions(text, reference(), language).field_operations


def test_a_macedonian_statement_names_its_mission():
    record = _one("Изјава на Мисијата на ОБСЕ во Скопје по повод пописот\nСкопје, 3 април 2024\nМисијата ја "
                  "поздравува објавата на резултатите од пописот.\n")
    assert (record.source, record.source_inferred) == ("OSCE Mission to Skopje", True)


# ------------------------------------------------------------------ rules after y10

def test_a_georgian_statement_names_its_speaker_before_the_word():
    record = _one("ეუთოს დემოკრატიული ინსტიტუტებისა და ადამიანის უფლებების ოფისის განცხადება არჩევნების შესახებ\n"
                  "ვარშავა, 8 აპრილი 2024\nოფისი შეშფოთებას გამოთქვამს საარჩევნო კოდექსში შეტანილი ცვლილებების გამო.\n")
    assert (record.source, record.source_inferred) == (ODIHR, True)


@pytest.mark.parametrize("text, language, person, absent", [
    ("ოფისის დირექტორმა მატეო მეკაჩიმ განაცხადა, რომ ცვლილებები მიიღეს.", "ka", "მატეო მეკაჩი", None),
    ("AGİT Genel Sekreteri Sinirlioğlu, Viyana'da Türk diplomatlarla görüştü.", "tr", "Sinirlioğlu", "'da Türk"),
])
def test_person_shapes_after_y10(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert person in names and (absent is None or absent not in names)


@pytest.mark.parametrize("text, language, label", [
    ("Görüşmede Uluslararası Af Örgütü'nün son raporu da ele alındı.", "tr", "Amnesty International"),
    ("співпрацю з Національною спілкою журналістів України.", "uk", "National Union of Journalists of Ukraine"),
])
def test_bodies_after_y10(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


# ------------------------------------------------------------------ rules after y11

def test_kazakh_in_latin_letters_is_read():
    assert detect_language("Qazaqstan Respýblikasynyń Syrtqy ister mınıstri EQYU Bas hatshysymen kezdesti. "
                           "Tarapstar Birikken Ulttar Uıymynyń Balalar qorymen birlesken jobalardy talqylady.") \
        == ("kk-Latn", "")


@pytest.mark.parametrize("text, tag", [
    ("Minister spraw zagranicznych spotkał się z sekretarzem generalnym. Rozmowa dotyczyła wyborów w kraju, "
     "a także współpracy z organizacjami pozarządowymi w regionie.", "pl"),     # ń without ı
    ("Bakan, AGİT Genel Sekreteri ile görüştü ve bölgedeki güvenlik durumunu değerlendirdiklerini açıkladı.", "tr"),
])
def test_kazakh_latin_letters_alone_do_not_make_kazakh(text, tag):
    assert detect_language(text) == (tag, "")


@pytest.mark.parametrize("text, source, inferred", [
    ("OSCE Parliamentary Assembly\nHome | News | Sessions\nDelegation concludes visit to Central Asia\n15 April 2024\n"
     "A delegation concluded a five-day visit to Kazakhstan and Uzbekistan.\n", PA, True),
    ("Արկա\nՔաղաքականություն\nԵԱՀԿ առաքելությունը կդիտարկի ընտրությունները\n15.04.2024 16:05\nԵՐԵՎԱՆ, 15 ապրիլի. "
     "/ԱՌԿԱ/. ԵԱՀԿ գրասենյակը դիտորդական առաքելություն կուղարկի:\n", "ARKA News Agency", False),
    ("Vijesti\nKonaković i Aggeler o izborima\n15.04.2024. u 14:50\nMinistar je razgovarao sa šefom Misije OSCE-a "
     "o izmjenama Izbornog zakona.\nIzvor: Anadolija\n", "Anadolu Agency", False),
])
def test_sources_after_y11(text, source, inferred):
    record = _one(text)
    assert (record.source, bool(record.source_inferred)) == (source, inferred)


@pytest.mark.parametrize("text", [
    "Δήλωση του Προεδρεύοντος του ΟΑΣΕ για τις εκλογές\nΒαλέτα, 15 Απριλίου 2024\nΟ Προεδρεύων χαιρέτισε "
    "τις εκλογές.\n",
    "Заявление Действующего председателя ОБСЕ по случаю годовщины\nВена, 3 апреля 2024 года\nДействующий "
    "председатель ОБСЕ выступил с заявлением.\n",
])
def test_a_statements_speaker_as_a_post_in_another_language(text):
    record = _one(text)
    assert (record.source, record.source_inferred) == ("OSCE Chairpersonship", True)


@pytest.mark.parametrize("text, language, person, absent", [
    ("Syrtqy ister mınıstri EQYU Bas hatshysy Feridun Sinirlioglymen kezdesti.", "kk-Latn", "Feridun Sinirliogly",
     "Feridun Sinirlioglymen"),
    ("Министр ЕҚЫҰ комиссары Кристоф Кампның баяндамасын тыңдады.", "kk", "Кристоф Камп", None),
    ("Мәжіліске Мұхтар Тілеуберді қатысты.", "kk", None, "Мұхтар Тілеубер"),
])
def test_kazakh_case_suffixes_on_a_foreign_name(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert (person is None or person in names) and (absent is None or absent not in names)


@pytest.mark.parametrize("text", [
    "\ud800 lone surrogates \udfff in the OSCE text " * 20,  # not encodable as UTF-8 as they stand
    "\x00\x01\x02 controls \x7f\x1b[31m between words of the Organization " * 40,
    "Сотрудничество " + "\u0301" * 5000,  # combining marks only
    "word " * 400_000,  # two megabytes of one word
])
def test_a_hostile_text_gets_a_language_or_none_never_an_error(text):
    """CLD2 is C code fed the page's text: text a page may hold (lone surrogates from a decode with
    surrogateescape, controls, endless marks, a huge page) gives an answer or none, never an exception."""
    tag, _ = detect_language(text)
    assert tag is None or isinstance(tag, str)
