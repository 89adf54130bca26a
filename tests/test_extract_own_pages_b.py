"""Issue 11, round 6 (H6): States, field operations, persons and organizations on pages no rule has
seen. Whole pages of our own in the shapes of third-party sites of the region (news agencies,
broadcasters, papers, portals, ministries, a field office's own site, NGOs), in the region's
languages and scripts, dense in what this line scores: States named, in case forms and by national
adjectives in the page's language ("японское правительство", "nemački ambasador", "ouzbèkes"); field
operations by their present and historical names, in case forms, and by their sub-offices ("Полевой
офис ОБСЕ в Оше", "Qendra rajonale e OSBE-së në Prizren", "Misija OEBS u SRJ", "Centre de l'OSCE à
Tachkent"); persons; organizations the data may not list. The text is ours; the facts are real or
plausible.

The gold follows tests/gold/README.md and the x-, y- and z-lines: ``states`` every sovereign State the
title, text or tags name, also by an unambiguous national adjective (not a language's name, "на
русском"), never in the site's menus or related-news teasers; a field operation's name names its
host ("Misija OEBS u Srbiji i Crnoj Gori" -> Serbia and Montenegro, whose alias is the Federal
Republic of Yugoslavia). ``field_operations`` by name, present or historical; a sub-office named as
the OSCE's ("Field Office in Khujand", "Qendra rajonale e Misionit ... në Prizren", "Полевой офис ОБСЕ
в Оше") names the operation that runs it; "the OSCE mission" unnamed does not. ``persons`` in the
nominative as the text first gives them in full, bylines excluded; ``organizations`` by their
official English names, no State organs, posts or the OSCE as a whole. Title, date, place and source
are kept so that the pages can be reused (a ministry's masthead is no issuer, as in the a-, x- and
y-lines: only a press-release header in the page's body names one); this line scores the four sets.

Method (the project's honesty rule): each set is written and committed WITH its gold before it is
measured, measured once as it came (``AS_THEY_CAME``, recorded in a commit of its own), and only then
used for rules that hold on pages of at least two sources; b1 was measured before any rule of round 6.

Pooled as they came, b1-b7 (64 pages): States F1 0.922 (P 0.984, R 0.867), field operations 0.835 (166 names;
P 1.000, R 0.717), persons 0.922, organizations 0.696 (P 0.878, R 0.577); b2-b7 (55 pages): 0.930, 0.833,
0.929, 0.703; b6-b7 (18 pages, after every rule but their own): 0.934, 0.914, 0.955, 0.571. After every rule
(tuned on b1-b6: an upper bound): 0.976, 0.982, 0.948, 0.778. Groups and the rules are in README.md, issue 11,
"Round 6, States, field operations, persons and organizations".
"""
from __future__ import annotations

from own_pages import OwnPages

UNDP = "United Nations Development Programme"
SMM = "OSCE Special Monitoring Mission to Ukraine"
RU = "Russian Federation"

#: file: (title, date, place, source, source_inferred, states, field_operations, persons, organizations)
GOLD: dict[str, tuple] = {
    # b1: written before any rule of round 6, committed before it was measured
    "b1_ru.txt": ("Полевой офис ОБСЕ в Оше передал пограничникам снаряжение для высокогорных застав", "2026-02-14",
                  None, None, False,
                  ["Kyrgyzstan", "Tajikistan", "Japan", "Kazakhstan", "Uzbekistan", "Germany"],
                  ["OSCE Programme Office in Bishkek", "OSCE Centre in Bishkek"],
                  ["Алексей Рогов", "Нурлан Абдыкадыров"],
                  ["United Nations Office on Drugs and Crime", "OSCE Academy in Bishkek"]),
    "b1_sr.txt": ("Misija OEBS-a u Srbiji obeležava 25 godina rada", "2026-01-16", "Beograd", None, False,
                  ["Serbia", "Serbia and Montenegro", "Montenegro", "Germany", "Sweden", "North Macedonia"],
                  ["OSCE Mission to Serbia", "OSCE Mission to the Federal Republic of Yugoslavia",
                   "OSCE Mission to Serbia and Montenegro", "OSCE Kosovo Verification Mission",
                   "OSCE Mission to Montenegro", "OSCE Office in Podgorica"],
                  ["Jan Braatu", "Nagip Arifi", "Anke Konrad"],
                  ["Belgrade Centre for Human Rights", "University of Niš",
                   "Office of the United Nations High Commissioner for Refugees"]),
    "b1_uk.txt": ("Андрій Сибіга обговорив з Жаном-Ноелем Барро відновлення присутності ОБСЄ в Україні", "2026-03-03",
                  None, None, False,
                  ["Ukraine", "France", RU, "Poland", "Moldova"],
                  [SMM, "OSCE Project Co-ordinator in Ukraine", "OSCE Mission to Ukraine"],
                  ["Андрій Сибіга", "Жан-Ноель Барро"],
                  ["International Committee of the Red Cross", "Council of Europe"]),
    # b1_de: its only stamp is "Stand: ..." (as of: the last update), never the date (lead decision 3, session 12)
    "b1_de.txt": ("OSZE-Präsenz im Südkaukasus: Rückkehr nach Tiflis gefordert", None, None, None, False,
                  ["Georgia", "Armenia", "Azerbaijan"],
                  ["OSCE Mission to Georgia", "OSCE Office in Yerevan", "OSCE Project Co-ordinator in Baku"],
                  ["Johann Wadephul", "Sabine Fischer"],
                  ["German Institute for International and Security Affairs",
                   "European Union Monitoring Mission in Georgia", "Heinrich Böll Foundation",
                   "Deutsche Presse-Agentur"]),
    "b1_pl.txt": ("OBWE nad Bałtykiem. Jak misje w Estonii i na Łotwie pomogły w sprawie obywatelstwa", "2026-02-12",
                  None, None, False,
                  ["Estonia", "Latvia", "Moldova", "Ukraine", RU, "Poland", "Lithuania"],
                  ["OSCE Mission to Estonia", "OSCE Mission to Latvia", "OSCE Mission to Moldova", SMM],
                  ["Agnieszka Legucka", "Radosław Sikorski"],
                  ["Polish Institute of International Affairs", "Stefan Batory Foundation",
                   "North Atlantic Treaty Organization"]),
    "b1_sq.txt": ("Qendra rajonale e OSBE-së në Prizren trajnon zyrtarët komunalë", "2026-03-05", None, None, False,
                  ["Albania", "United States of America", "Switzerland", "Serbia", "Germany"],
                  ["OSCE Mission in Kosovo", "OSCE Kosovo Verification Mission", "OSCE Presence in Albania"],
                  ["Michael Davenport", "Vjosa Osmani"],
                  ["Red Cross of Kosovo", "United Nations Interim Administration Mission in Kosovo",
                   "University of Pristina"]),
    "b1_ka.txt": ("ეუთოს მისიის დახურვიდან 17 წელი გავიდა", "2026-01-28", "თბილისი", None, False,
                  ["Georgia", RU, "Ukraine", "Poland", "Lithuania"],
                  ["OSCE Mission to Georgia"],
                  ["ნატალი საბანაძე", "მაკა ბოჭორიშვილი"],
                  ["European Union Monitoring Mission in Georgia", "Transparency International Georgia",
                   "International Society for Fair Elections and Democracy"]),
    "b1_en.txt": ("Thirty years on the ground: the OSCE in Tajikistan marks an anniversary", "2026-02-19", "Dushanbe",
                  "OSCE Programme Office in Dushanbe", True,
                  ["Tajikistan", "Switzerland", "Finland", "Afghanistan"],
                  ["OSCE Mission to Tajikistan", "OSCE Centre in Dushanbe", "OSCE Office in Tajikistan",
                   "OSCE Programme Office in Dushanbe", "OSCE Programme Office in Bishkek", "OSCE Centre in Ashgabat"],
                  ["Tuula Yrjölä", "Sodiq Imomi"],
                  ["Aga Khan Foundation", "University of Central Asia", "UN Women",
                   "OSCE Border Management Staff College"]),
    "b1_fr.txt": ("Ouzbékistan : trente ans de présence de l'OSCE, de Tachkent à Noukous", "2026-03-09", "Tachkent",
                  "Agence France-Presse", False,
                  ["Uzbekistan", "Germany", RU, "Turkmenistan", "Kazakhstan"],
                  ["OSCE Project Co-ordinator in Uzbekistan", "OSCE Liaison Office in Central Asia",
                   "OSCE Centre in Tashkent", "OSCE Centre in Ashgabat", "OSCE Programme Office in Astana"],
                  ["Bakhtiyor Saidov"],
                  ["Agence France-Presse", "Human Rights Watch", UNDP]),
    # b2: written after the rules b1 led to, committed before it was measured
    "b2_it.txt": ("Bosnia, trent'anni di Osce: «Dayton non basta più»", "2026-04-14", "Sarajevo", None, False,
                  ["Bosnia and Herzegovina", "Croatia", "Italy", "Germany"],
                  ["OSCE Mission to Bosnia and Herzegovina", "OSCE Mission to Croatia", "OSCE Office in Zagreb"],
                  ["Brian Aggeler", "Christian Schmidt", "Jasmin Mujanović"],
                  ["Council of Europe", "University of Sarajevo"]),
    "b2_hr.txt": ("Prije 30 godina u Vukovar je stigla Misija OESS-a", "2026-04-22", None, None, False,
                  ["Croatia", "Serbia", "Hungary", "Italy"],
                  ["OSCE Mission to Croatia", "OSCE Office in Zagreb"],
                  ["Ivan Penava", "Ivana Šimić"],
                  ["United Nations Transitional Administration for Eastern Slavonia, Baranja and Western Sirmium",
                   "Office of the United Nations High Commissioner for Refugees",
                   "Faculty of Humanities and Social Sciences, University of Zagreb",
                   "Croatian Helsinki Committee for Human Rights"]),
    "b2_mk.txt": ("Мисијата на ОБСЕ во Скопје одбележа 34 години", "2026-09-17", "Скопје", None, False,
                  ["Germany", "Norway", "Albania", "Bulgaria", "Greece", "Serbia"],
                  ["OSCE Mission to Skopje", "OSCE Spillover Monitor Mission to Skopje", "OSCE Presence in Albania",
                   "OSCE Mission in Kosovo"],
                  ["Килијан Вал", "Тимчо Муцунски"],
                  ["United Nations Children's Fund", "Macedonian Civic Education Center"]),
    "b2_be.txt": ("Дваццаць гадоў без АБСЕ: што засталося ад місіі ў Менску", "2026-02-02", None, None, False,
                  ["Belarus", RU, "Lithuania", "Poland"],
                  ["OSCE Office in Minsk", "OSCE Advisory and Monitoring Group in Belarus"],
                  ["Алесь Бяляцкі", "Ханс-Георг Вік"],
                  ["Viasna Human Rights Centre", "Belarusian Helsinki Committee", "Amnesty International"]),
    "b2_kk.txt": ("ЕҚЫҰ Астанада 28 жыл: Алматыдағы орталықтан бағдарламалар офисіне дейін", "2026-03-20", "Астана",
                  None, False,
                  ["Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Germany", "Japan"],
                  ["OSCE Programme Office in Astana", "OSCE Centre in Almaty"],
                  ["Волькер Фрёбарт", "Мұрат Нұртілеу"],
                  ["Nazarbayev University",
                   "Adil Soz International Foundation for the Protection of Freedom of Speech"]),
    # "Roman Roșca" is a person: no Romania
    "b2_ro.txt": ("Oficiul Misiunii OSCE de la Bender a organizat o masă rotundă despre libera circulație",
                  "2026-05-11", "Bender", None, False,
                  ["Moldova", "Ukraine", RU],
                  ["OSCE Mission to Moldova"],
                  ["Kelly Keiderling", "Roman Roșca"],
                  ["European Union", "European Union Border Assistance Mission to Moldova and Ukraine",
                   "Promo-LEX Association"]),
    "b2_es.txt": ("La OSCE y el Cáucaso: de la misión en Georgia al vacío actual", "2026-06-03", "Madrid", None, False,
                  ["Georgia", RU, "Ukraine", "Spain", "Portugal", "Armenia", "Azerbaijan"],
                  ["OSCE Mission to Georgia", "OSCE Office in Yerevan", SMM],
                  ["Laure Delcour", "José Manuel Albares"],
                  ["Elcano Royal Institute", "European Union Monitoring Mission in Georgia"]),
    "b2_tr.txt": ("AGİT Kosova Misyonu'ndan seçim uyarısı", "2026-07-08", "Priştine", "Anadolu Agency", False,
                  ["Türkiye", "Germany", "Serbia", "Albania"],
                  ["OSCE Mission in Kosovo", "OSCE Mission to Skopje", "OSCE Presence in Albania"],
                  ["Michael Davenport", "Vjosa Osmani"],
                  ["Anadolu Agency", "Kosovo Force", "European Union Rule of Law Mission in Kosovo"]),
    "b2_en.txt": ("Kyrgyzstan: OSCE presence shrinks as Osh office cuts staff", "2026-05-26", "Bishkek", None, False,
                  ["Kyrgyzstan", "Kazakhstan", "Uzbekistan", "Finland"],
                  ["OSCE Programme Office in Bishkek", "OSCE Centre in Bishkek", "OSCE Office in Baku",
                   "OSCE Centre in Ashgabat"],
                  ["Dinara Oshurakhunova"],
                  ["Central Asia Rights Monitor", "Coalition for Democracy and Civil Society", "Human Rights Watch",
                   "Norwegian Helsinki Committee"]),
    # b3: written after the rules b2 led to, committed before it was measured
    "b3_bs.txt": ("Terenski ured OSCE-a u Mostaru slavi 30 godina", "2026-06-12", "Mostar", None, False,
                  ["Bosnia and Herzegovina", "United States of America", "Germany", "Croatia", "Montenegro"],
                  ["OSCE Mission to Bosnia and Herzegovina", "OSCE Mission to Croatia"],
                  ["Brian Aggeler", "Denis Bećirović"],
                  ["Council of Europe", "Transparency International Bosnia and Herzegovina",
                   "Džemal Bijedić University of Mostar"]),
    "b3_sr.txt": ("Министар Ђурић разговарао са шефом Мисије ОЕБС у Србији", "2026-02-03", "Београд",
                  None, False,
                  ["Serbia", "China", "Hungary"],
                  ["OSCE Mission to Serbia", "OSCE Mission in Kosovo"],
                  ["Марко Ђурић", "Јан Брату"],
                  ["International Committee of the Red Cross"]),
    "b3_uz.txt": ("YeXHT loyihalar koordinatori bilan hamkorlik muhokama qilindi", "2026-02-18", "Toshkent",
                  "National News Agency of Uzbekistan", False,
                  ["Uzbekistan", "Tajikistan", "Afghanistan", "Japan"],
                  ["OSCE Project Co-ordinator in Uzbekistan", "OSCE Liaison Office in Central Asia",
                   "OSCE Centre in Tashkent"],
                  ["Baxtiyor Saidov", "Antti Karttunen"],
                  ["National News Agency of Uzbekistan", UNDP, "World Bank"]),
    "b3_tg.txt": ("САҲА 30 сол дар Тоҷикистон", "2026-02-25", "Душанбе", None, False,
                  ["Tajikistan", "Afghanistan", "Kyrgyzstan"],
                  ["OSCE Programme Office in Dushanbe", "OSCE Mission to Tajikistan", "OSCE Centre in Dushanbe",
                   "OSCE Office in Tajikistan"],
                  ["Сироҷиддин Муҳриддин", "Туула Ирйоля"],
                  ["World Bank", UNDP]),
    "b3_az.txt": ("Hikmət Hacıyev: ATƏT-in Bakıdakı layihə koordinatorunun bağlanması düzgün qərar idi", "2026-03-04",
                  "Bakı", "Report News Agency", False,
                  ["Armenia", RU, "France", "United States of America"],
                  ["OSCE Project Co-ordinator in Baku", "OSCE Office in Baku"],
                  ["Hikmət Hacıyev", "Ceyhun Bayramov"],
                  ["Report News Agency", "OSCE Minsk Group", "International Committee of the Red Cross"]),
    "b3_hy.txt": ("ԵԱՀԿ երևանյան գրասենյակի փակումից ինը տարի անց", "2026-03-12", None, None, False,
                  ["Azerbaijan", "Armenia", RU, "France", "United States of America"],
                  ["OSCE Office in Yerevan"],
                  ["Արարատ Միրզոյան"],
                  ["OSCE Minsk Group", "European Union", "International Committee of the Red Cross"]),
    "b3_lt.txt": ("Budrys: ESBO turi grįžti į Ukrainą", "2026-03-18", None, None, False,
                  ["Ukraine", "Georgia", RU, "Belarus", "Lithuania", "Poland"],
                  [SMM, "OSCE Mission to Georgia"],
                  ["Kęstutis Budrys", "Gabrielius Landsbergis"],
                  ["Eastern Europe Studies Centre", "North Atlantic Treaty Organization"]),
    "b3_cs.txt": ("Lipavský: OBSE potřebuje misi, ne jen slova", "2026-03-20", "Praha", None, False,
                  ["Ukraine", "Bosnia and Herzegovina", "Armenia", "Azerbaijan", RU, "Czechia"],
                  [SMM, "OSCE Mission to Bosnia and Herzegovina", "OSCE Office in Yerevan"],
                  ["Jan Lipavský"],
                  ["People in Need", "Association for International Affairs"]),
    "b3_el.txt": ("Γεραπετρίτης: Στηρίζουμε τις αποστολές του ΟΑΣΕ στα Βαλκάνια", "2026-03-27", "Αθήνα", None, False,
                  ["Albania", "Greece", "Cyprus", "Türkiye"],
                  ["OSCE Mission in Kosovo", "OSCE Presence in Albania", "OSCE Mission to Skopje"],
                  ["Γιώργος Γεραπετρίτης"],
                  ["Office of the United Nations High Commissioner for Refugees", "European Union"]),
    "b3_en.txt": ("Thirty-three years on both banks: the Mission marks its anniversary", "2026-04-27", "Chisinau",
                  "OSCE Mission to Moldova", True,
                  ["Moldova", "Sweden", "Switzerland", "Ukraine", "Romania"],
                  ["OSCE Mission to Moldova"],
                  ["Kelly Keiderling", "Roman Roșca"],
                  ["European Union Border Assistance Mission to Moldova and Ukraine", "Promo-LEX Association"]),
    # b4: written after the rules b3 led to (after every rule of this round), committed before it was measured
    "b4_ru.txt": ("Бывшие сотрудники Группы содействия ОБСЕ в Чечне вспомнили работу миссии", "2026-04-09", "Грозный",
                  "Interfax", False,
                  ["Switzerland", "Georgia", RU],
                  ["OSCE Assistance Group to Chechnya", "OSCE Mission to Georgia"],
                  ["Тим Гульдиман", "Андрей Келин"],
                  ["Interfax", "International Committee of the Red Cross", "Memorial Human Rights Centre"]),
    "b4_de.txt": ("Als die OSZE in Tallinn und Riga vermittelte", None, "Wien", None, False,
                  ["Estonia", "Latvia", RU, "Moldova", "Austria"],
                  ["OSCE Mission to Estonia", "OSCE Mission to Latvia", "OSCE Mission to Moldova"],
                  ["Max van der Stoel", "Karin Liebhart"],
                  ["OSCE High Commissioner on National Minorities", "Austrian Institute for International Affairs",
                   "Council of Europe", "European Commission"]),
    "b4_pl.txt": ("Wiceminister spotkał się z szefem Biura OBWE ds. Instytucji Demokratycznych i Praw Człowieka",
                  "2026-04-15", "Warszawa", None, False,
                  ["Belarus", "Moldova", "Lithuania", "Latvia"],
                  ["OSCE Office in Minsk", "OSCE Advisory and Monitoring Group in Belarus", "OSCE Mission to Moldova",
                   "OSCE Centre in Ashgabat"],
                  ["Władysław Teofil Bartoszewski", "Maria Telalian"],
                  ["OSCE Office for Democratic Institutions and Human Rights", "Solidarity Fund PL"]),
    "b4_sq.txt": ("Prezenca e OSBE-së ndihmon bashkitë e veriut", "2026-04-22", "Tiranë", None, False,
                  ["Albania", "Italy", "Austria", "North Macedonia", "Montenegro"],
                  ["OSCE Presence in Albania", "OSCE Mission to Skopje", "OSCE Mission to Montenegro"],
                  ["Michel Tarran", "Benet Beci"],
                  [UNDP, "World Bank", "Socialist Party of Albania", "Democratic Party of Albania"]),
    "b4_uk.txt": ("ОБСЄ в Україні: від місії 1994 року до моніторингу війни", "2026-04-28", "Київ", "Ukrinform", False,
                  ["Ukraine", RU, "Switzerland", "Poland", "Norway"],
                  ["OSCE Mission to Ukraine", "OSCE Project Co-ordinator in Ukraine", SMM,
                   "OSCE Observer Mission at the Russian Checkpoints Gukovo and Donetsk"],
                  ["Александр Гуґ", "Сергій Кислиця"],
                  ["Ukrinform", "Norwegian Refugee Council"]),
    "b4_fr.txt": ("L'OSCE au Kirghizistan : le bureau d'Och réduit ses effectifs", "2026-05-05", "Genève", None, False,
                  ["Kyrgyzstan", "Switzerland", "Kazakhstan"],
                  ["OSCE Programme Office in Bishkek", "OSCE Centre in Bishkek"],
                  ["Ignazio Cassis"],
                  ["Human Rights Watch", "Geneva Centre for Security Policy"]),
    "b4_ky.txt": ("ЕККУнун Программалык кеңсеси Ош шаарында жаштар үчүн форум өткөрдү", "2026-05-14", "Бишкек", "Kabar",
                  False,
                  ["Uzbekistan", "Tajikistan"],
                  ["OSCE Programme Office in Bishkek", "OSCE Centre in Bishkek"],
                  ["Алексей Рогов"],
                  ["Kabar", "European Union", UNDP]),
    "b4_ro.txt": ("Ministrul Țoiu, întrevedere cu șefa Misiunii OSCE în Republica Moldova", "2026-05-19", "București",
                  "Agerpres", False,
                  ["Moldova", "Romania", "Ukraine"],
                  ["OSCE Mission to Moldova", SMM],
                  ["Oana Țoiu", "Kelly Keiderling"],
                  ["Agerpres", "European Commission", "Romanian Institute for Human Rights"]),
    "b4_en.txt": ("Kosovo marks anniversary of OSCE verifiers' withdrawal", "2026-05-25", "Pristina", "Reuters", False,
                  ["Serbia", "Albania"],
                  ["OSCE Kosovo Verification Mission", "OSCE Mission in Kosovo"],
                  ["Sandra Mitchell", "Rudi Smith"],
                  ["Reuters", "North Atlantic Treaty Organization", "European Union",
                   "United Nations Interim Administration Mission in Kosovo"]),
    # b5: written after every rule of this round (also b4's), committed before it was measured
    "b5_nl.txt": ("Nederlandse agenten trainen politie in Kosovo met OVSE", "2026-06-02", "Den Haag", None, False,
                  ["Netherlands", "Germany", "Sweden", "Serbia", "Bosnia and Herzegovina"],
                  ["OSCE Mission in Kosovo", "OSCE Mission to Serbia", "OSCE Mission to Bosnia and Herzegovina"],
                  ["Caspar Veldkamp", "Wouter Zweers"],
                  ["Netherlands Institute of International Relations Clingendael",
                   "International Committee of the Red Cross", "European Union"]),
    "b5_sv.txt": ("Sverige skickar valobservatörer till Moldavien", "2026-06-04", "Stockholm", None, False,
                  ["Sweden", "Moldova", RU, "Ukraine", "Finland", "Norway"],
                  ["OSCE Mission to Moldova", SMM],
                  ["Maria Malmer Stenergard"],
                  ["OSCE Office for Democratic Institutions and Human Rights", "Folke Bernadotte Academy"]),
    "b5_hu.txt": ("Szijjártó Péter Belgrádban: az EBESZ szerbiai missziója fontos partner", "2026-06-08", "Belgrád",
                  None, False,
                  ["Serbia", "Hungary", "Romania", "Croatia"],
                  ["OSCE Mission to Serbia", "OSCE Mission in Kosovo"],
                  ["Szijjártó Péter", "Jan Braathu", "Pásztor Bálint"],
                  ["Alliance of Vojvodina Hungarians"]),
    "b5_fi.txt": ("Etyjin entinen tarkkailija: Ukrainaan tarvitaan uusi operaatio", "2026-06-10", "Helsinki", None,
                  False,
                  ["Ukraine", "Finland", "Sweden", RU, "Georgia"],
                  [SMM, "OSCE Mission to Georgia"],
                  ["Jussi Lehtonen", "Elina Valtonen"],
                  ["Crisis Management Centre Finland", "Finnish Red Cross"]),
    "b5_lv.txt": ("Pirms 25 gadiem Latvija atvadījās no EDSO misijas", "2026-06-15", "Rīga", None, False,
                  ["Latvia", "Estonia", RU],
                  ["OSCE Mission to Latvia", "OSCE Mission to Estonia"],
                  ["Baiba Braže", "Kārlis Daukšts"],
                  ["Council of Europe", "Latvian Institute of International Affairs"]),
    "b5_me.txt": ("Misija OEBS-a u Crnoj Gori podržala reformu javnog servisa", "2026-06-17", "Podgorica", None, False,
                  ["Montenegro", "France", "Slovenia", "Serbia and Montenegro"],
                  ["OSCE Mission to Montenegro", "OSCE Office in Podgorica", "OSCE Mission to Serbia and Montenegro"],
                  ["Dominik Šrajner", "Milojko Spajić"],
                  ["Radio and Television of Montenegro", "Centre for Civic Education", "European Union"]),
    "b5_ru.txt": ("Координатор проектов ОБСЕ в Узбекистане подвёл итоги года", "2026-06-22", "Ташкент", None, False,
                  ["Uzbekistan", "Germany", "Japan", "Republic of Korea", "Tajikistan", "Kazakhstan"],
                  ["OSCE Project Co-ordinator in Uzbekistan", "OSCE Centre in Tashkent",
                   "OSCE Liaison Office in Central Asia"],
                  ["Антти Карттунен", "Бахромжон Алоев"],
                  [UNDP, "World Bank"]),
    "b5_de.txt": ("Schweizer Experten unterstützen OSZE-Programmbüro in Duschanbe", "2026-06-25", "Bern", None, False,
                  ["Switzerland", "Tajikistan", "Afghanistan", "Kyrgyzstan", "Uzbekistan"],
                  ["OSCE Programme Office in Dushanbe", "OSCE Centre in Dushanbe"],
                  ["Ignazio Cassis"],
                  ["Geneva Centre for Security Policy", "OSCE Academy in Bishkek"]),
    "b5_en.txt": ("Minister meets head of OSCE Presence in Albania", "2026-06-29", "Podgorica",
                  None, False,
                  ["Albania", "Montenegro", "Serbia", "Austria", "Italy"],
                  ["OSCE Presence in Albania", "OSCE Office in Podgorica", "OSCE Mission to Montenegro",
                   "OSCE Mission to Serbia", "OSCE Mission in Kosovo"],
                  ["Ervin Ibrahimović", "Michel Tarran"],
                  [UNDP]),
    # b6: written after every rule of this round (also b5's), committed before it was measured
    "b6_sl.txt": ("Slovenski policisti v misiji OVSE na Kosovu že 25 let", "2026-07-03", "Ljubljana", None, False,
                  ["Slovenia", "Bosnia and Herzegovina", "Croatia", "Austria"],
                  ["OSCE Mission in Kosovo", "OSCE Mission to Bosnia and Herzegovina"],
                  ["Tanja Fajon"],
                  ["Slovene Philanthropy", "Slovenian Red Cross"]),
    "b6_et.txt": ("Tsahkna: OSCE peab naasma Ukrainasse", "2026-07-07", "Tallinn", None, False,
                  ["Ukraine", "Estonia", RU, "Georgia", "Latvia", "Lithuania"],
                  ["OSCE Mission to Estonia", "OSCE Mission to Georgia"],
                  ["Margus Tsahkna", "Kristi Raik"],
                  ["International Centre for Defence and Security"]),
    "b6_tk.txt": ("ÝHHG-niň Aşgabatdaky merkezi bilen hyzmatdaşlyk maslahatlaşyldy", "2026-07-09", "Aşgabat", None,
                  False,
                  ["Turkmenistan", "Afghanistan", "Japan", "Germany"],
                  ["OSCE Centre in Ashgabat"],
                  ["Raşid Meredow"],
                  [UNDP]),
    "b6_pt.txt": ("Portugal envia observadores para missão da OSCE na Moldávia", "2026-07-14", "Lisboa", None, False,
                  ["Portugal", "Moldova", "Ukraine", "Spain", "France"],
                  ["OSCE Mission to Moldova", SMM],
                  ["Paulo Rangel"],
                  ["Amnesty International", "Portuguese Institute of International Relations"]),
    "b6_ka.txt": ("ეუთოს ყოფილი მისიის თანამშრომლები თბილისში შეიკრიბნენ", "2026-07-16", "თბილისი", None, False,
                  ["Georgia", "Germany", "Sweden"],
                  ["OSCE Mission to Georgia"],
                  ["დავით ზალკალიანი"],
                  ["European Union Monitoring Mission in Georgia", "Georgian Young Lawyers' Association"]),
    "b6_sr.txt": ("OEBS u Bujanovcu: Kancelarija Misije slavi 20 godina", "2026-07-21", "Bujanovac", "BETA News Agency",
                  False,
                  ["Serbia", "Albania", "Switzerland", "Norway", "Serbia and Montenegro"],
                  ["OSCE Mission to Serbia", "OSCE Mission in Kosovo",
                   "OSCE Mission to the Federal Republic of Yugoslavia"],
                  ["Jan Braatu"],
                  ["BETA News Agency", "United Nations Office for the Coordination of Humanitarian Affairs"]),
    "b6_da.txt": ("Danmark sender eksperter til OSCE's kontor i Bishkek", "2026-07-23", "København", None, False,
                  ["Denmark", "Kyrgyzstan", "Uzbekistan", "Tajikistan"],
                  ["OSCE Programme Office in Bishkek", "OSCE Centre in Ashgabat"],
                  ["Lars Løkke Rasmussen"],
                  ["Danish Refugee Council", "Danish Institute for Human Rights"]),
    "b6_bg.txt": ("Присъствието на ОССЕ в Албания подкрепи проект за малцинствата", "2026-07-28", "Тирана", None, False,
                  ["Albania", "Bulgaria", "Greece", "Italy"],
                  ["OSCE Presence in Albania"],
                  ["Мишел Таран"],
                  ["Open Society Foundations"]),
    "b6_en.txt": ("Tajikistan: Former OSCE staff recall the 1990s", "2026-07-30", "Dushanbe", None, False,
                  ["Tajikistan", "Afghanistan", "Uzbekistan"],
                  ["OSCE Mission to Tajikistan", "OSCE Centre in Dushanbe", "OSCE Programme Office in Dushanbe"],
                  ["Rustam Haydarov"],
                  ["Bureau on Human Rights and Rule of Law",
                   "United Nations Regional Centre for Preventive Diplomacy for Central Asia"]),
    # b7: written after every rule of this round (also b6's), committed before it was measured
    "b7_ru.txt": ("Миссия ОБСЕ в Молдове провела встречу переговорщиков в Бендерах", "2026-08-04", "Кишинёв", None,
                  False,
                  ["Moldova", "Ukraine", "United States of America", "Sweden", "Switzerland"],
                  ["OSCE Mission to Moldova"],
                  ["Келли Кейдерлинг", "Роман Рошка"],
                  ["European Union", "Promo-LEX Association"]),
    "b7_uk.txt": ("Сибіга закликав ОБСЄ повернути місію на схід України", "2026-08-06", None, None, False,
                  ["Ukraine", "United Kingdom", "Canada"],
                  [SMM, "OSCE Project Co-ordinator in Ukraine"],
                  ["Андрій Сибіга"],
                  ["International Atomic Energy Agency",
                   "Office of the United Nations High Commissioner for Refugees"]),
    "b7_de.txt": ("Tiroler Polizisten schulen Kollegen in Montenegro", "2026-08-08", "Innsbruck", None, False,
                  ["Montenegro", "Bosnia and Herzegovina", "Slovenia", "Croatia", "Austria"],
                  ["OSCE Mission to Montenegro", "OSCE Mission in Kosovo", "OSCE Mission to Bosnia and Herzegovina"],
                  ["Gerhard Karner"],
                  ["Austrian Red Cross", "Caritas Austria"]),
    "b7_fr.txt": ("Albanie : la Présence de l'OSCE forme des juges à Tirana", "2026-08-11", "Tirana", None, False,
                  ["Albania", "Netherlands"],
                  ["OSCE Presence in Albania", "OSCE Mission in Kosovo", "OSCE Mission to Skopje"],
                  ["Michel Tarran"],
                  ["European Union", "Council of Europe", "Venice Commission"]),
    "b7_pl.txt": ("Polscy eksperci w Centrum OBWE w Aszchabadzie", "2026-08-13", "Warszawa", None, False,
                  ["Poland", "Moldova", "Lithuania", "Latvia"],
                  ["OSCE Centre in Ashgabat", "OSCE Programme Office in Dushanbe", "OSCE Mission to Moldova"],
                  ["Andrzej Szejna"],
                  ["Centre for Eastern Studies"]),
    "b7_hy.txt": ("Միրզոյանը հանդիպել է ԵԱՀԿ գլխավոր քարտուղարի հետ", "2026-08-15", "Վիեննա", None, False,
                  ["Armenia", "Azerbaijan", "France"],
                  ["OSCE Office in Yerevan"],
                  ["Արարատ Միրզոյան", "Ֆերիդուն Սինիրլիօղլու"],
                  ["European Union"]),
    "b7_sq.txt": ("Osmani pret shefin e Misionit të OSBE-së", "2026-08-18", "Prishtinë", None, False,
                  ["Albania", "Germany", "United States of America"],
                  ["OSCE Mission in Kosovo", "OSCE Kosovo Verification Mission", "OSCE Presence in Albania"],
                  ["Vjosa Osmani", "Michael Davenport"],
                  ["Kosovo Democratic Institute"]),
    "b7_en.txt": ("Kazakhstan: OSCE office marks 28 years in the country", "2026-08-20", "Astana", None, False,
                  ["Kazakhstan", "Kyrgyzstan", "Uzbekistan"],
                  ["OSCE Programme Office in Astana", "OSCE Centre in Almaty"],
                  ["Volker Frobarth", "Murat Nurtleu"],
                  ["Kazakhstan International Bureau for Human Rights and the Rule of Law"]),
    "b7_cs.txt": ("Čeští policisté pomáhají misi OBSE v Srbsku", "2026-08-24", "Praha", None, False,
                  ["Czechia", "Serbia", "North Macedonia", "Croatia", "Slovakia", "Austria"],
                  ["OSCE Mission to Serbia", "OSCE Mission to Skopje", "OSCE Mission to Croatia"],
                  ["Vít Rakušan"],
                  ["European Union"]),
}
#: the site's shape, for figures by group
SHAPES = {
    "b1_ru.txt": "portal", "b1_sr.txt": "paper", "b1_uk.txt": "government", "b1_de.txt": "broadcaster",
    "b1_pl.txt": "paper", "b1_sq.txt": "portal", "b1_ka.txt": "agency", "b1_en.txt": "field office",
    "b1_fr.txt": "agency",
    "b2_it.txt": "agency", "b2_hr.txt": "portal", "b2_mk.txt": "paper", "b2_be.txt": "broadcaster",
    "b2_kk.txt": "portal", "b2_ro.txt": "portal", "b2_es.txt": "paper", "b2_tr.txt": "agency",
    "b2_en.txt": "NGO",
    "b3_bs.txt": "portal", "b3_sr.txt": "government", "b3_uz.txt": "agency", "b3_tg.txt": "broadcaster",
    "b3_az.txt": "portal", "b3_hy.txt": "portal", "b3_lt.txt": "broadcaster", "b3_cs.txt": "paper",
    "b3_el.txt": "agency", "b3_en.txt": "field office",
    "b4_ru.txt": "agency", "b4_de.txt": "paper", "b4_pl.txt": "government", "b4_sq.txt": "paper",
    "b4_uk.txt": "agency", "b4_fr.txt": "broadcaster", "b4_ky.txt": "agency", "b4_ro.txt": "agency",
    "b4_en.txt": "agency",
    "b5_nl.txt": "broadcaster", "b5_sv.txt": "broadcaster", "b5_hu.txt": "paper", "b5_fi.txt": "broadcaster",
    "b5_lv.txt": "broadcaster", "b5_me.txt": "portal", "b5_ru.txt": "paper", "b5_de.txt": "paper",
    "b5_en.txt": "government",
    "b6_sl.txt": "broadcaster", "b6_et.txt": "broadcaster", "b6_tk.txt": "paper", "b6_pt.txt": "paper",
    "b6_ka.txt": "broadcaster", "b6_sr.txt": "agency", "b6_da.txt": "broadcaster", "b6_bg.txt": "broadcaster",
    "b6_en.txt": "NGO",
    "b7_ru.txt": "portal", "b7_uk.txt": "portal", "b7_de.txt": "paper", "b7_fr.txt": "paper", "b7_pl.txt": "paper",
    "b7_hy.txt": "agency", "b7_sq.txt": "paper", "b7_en.txt": "portal", "b7_cs.txt": "broadcaster",
}
ONE_VALUE = ("title", "date", "place", "source")
SETS = ("states", "field_operations", "persons", "organizations")
#: the shared harness (tests/own_pages.py, H7) over this family's gold
OWN = OwnPages("b", GOLD, (*ONE_VALUE, "inferred", *SETS))
#: each set's figures as it came, measured once before any rule written from it: accuracy of the
#: one-value fields, (P, R, F1) of the four sets
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # b1 (9 pages, 23 States, 33 field operations, 18 persons, 27 organizations), before any rule of round 6
    # (tree of 0c24bb6): national adjectives in other languages and in a chain ("японское", "zvicerane",
    # "amerikan", "allemande", "russe", "Rosyjska", "the Swiss and Finnish governments"), the FRY and
    # Serbia and Montenegro in a mission's name; historical names ("Misija OEBS u SRJ", "Misija OEBS u
    # Srbiji i Crnoj Gori", "Kancelarija OEBS u Podgorici", "Verifikaciona misija OEBS", "Misioni Verifikues
    # i OSBE-së", "OSZE-Büro in Eriwan", "Projektkoordinator in Baku", "Bureau de liaison de l'OSCE en Asie
    # centrale", Georgian "ეუთოს მისია საქართველოში"); a Ukrainian instrumental of a French double given
    # name, a mayor after his post and town's genitive; bodies in their own language (SWP, Böll, PISM,
    # Batory, universities, ISFED, EUMM as "Beobachtermission der EU")
    "b1": {"title": 1.0, "date": 0.889, "place": 0.889, "source": 0.889, "states": (1.0, 0.783, 0.878),
           "field_operations": (1.0, 0.727, 0.842), "persons": (0.938, 0.833, 0.882),
           "organizations": (0.833, 0.556, 0.667)},
    # b2 (9 pages, 41 States, 24 field operations, 18 persons, 25 organizations), after the rules b1 led to (tree of
    # 80dfc7b): adjectives the tables lack (Turkish "Türk", "Alman", "Sırp", Spanish "azerbaiyano", Kazakh
    # "Жапония" in a genitive-less row, Belarusian "расійскі"), "Македонскиот" in a body's name read as the
    # State, a teaser's Serbia; field operations in Belarusian ("Офіс АБСЕ ў Менску"), Kazakh ("ЕҚЫҰ-ның
    # Алматыдағы орталығы"), Spanish ("Misión Especial de Observación"), Croatian ("Uredom OESS-a u
    # Zagrebu", instrumental) and the Spillover Monitor Mission in Macedonian; a Kazakh post after a name, a
    # Belarusian double given name; bodies in their own language (UNICEF in Cyrillic, "Вясна", Nazarbayev
    # University, Adil Soz, UNTAES, EUMM in Spanish, the EU inside EULEX's Turkish name)
    "b2": {"title": 1.0, "date": 1.0, "place": 0.889, "source": 1.0, "states": (0.946, 0.854, 0.897),
           "field_operations": (1.0, 0.792, 0.884), "persons": (0.941, 0.889, 0.914),
           "organizations": (0.875, 0.56, 0.683)},
    # b3 (10 pages, 45 States, 23 field operations, 17 persons, 23 organizations), after the rules b2 led to (tree
    # of 51e9182): field operations in Azerbaijani, Armenian, Lithuanian, Tajik and Uzbek case forms ("ATƏT-in
    # Bakı ofisi", "Bakıdakı layihə koordinatoru", "ԵԱՀԿ երևանյան գրասենյակ", "ESBO misija Gruzijoje",
    # "Маркази САҲА дар Душанбе", "YeXHTning Toshkentdagi markazi"), Czech "kanceláře OBSE v Jerevanu" (a
    # city the table has in no Czech form), Greek "Αποστολή του ΟΑΣΕ στο Κόσοβο", Serbian "Мисије ОЕБС на
    # Косову"; "Gruzijoje" and "Yaponiya" the State tables lack; a Lithuanian locative after a name; a
    # university named after a person read as that person; bodies in their own language (Tajik UNDP and
    # World Bank, the Minsk Group in Armenian, EESC, AMO); an Uzbek agency after the date in brackets
    "b3": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.7, "states": (1.0, 0.956, 0.977),
           "field_operations": (1.0, 0.435, 0.606), "persons": (0.889, 0.941, 0.914),
           "organizations": (1.0, 0.652, 0.789)},
    # b4 (9 pages, 32 States, 24 field operations, 16 persons, 27 organizations), after every rule of this round
    # (tree of 8da787a): field operations in cases no rule covers ("Grupa Doradczo-Monitorująca OBWE na
    # Białorusi", "Centrum OBWE w Aszchabadzie", "Misioni i OSBE-së në Maqedoninë e Veriut", "Misioni në Mal të
    # Zi", "Misiuni de Monitorizare Speciale a OSCE în Ucraina", "Місію спостерігачів на російських пунктах
    # пропуску"); "Białorusi"; a byline at the end ("von Martina Berger"), a Polish body in the genitive and a
    # Romanian mission's name read as persons; bodies in their own language (oiip, Memorial, Solidarity Fund
    # PL, Albanian parties, the Romanian human rights institute, NRC, UNDP in Kyrgyz)
    "b4": {"title": 0.889, "date": 1.0, "place": 0.889, "source": 0.667, "states": (1.0, 0.938, 0.968),
           "field_operations": (1.0, 0.75, 0.857), "persons": (0.842, 1.0, 0.914),
           "organizations": (0.947, 0.667, 0.783)},
    # b5 (9 pages, 43 States, 24 field operations, 17 persons, 18 organizations), after every rule of this round
    # (tree of 774eb37): field operations in Dutch, Swedish and Finnish (languages without built names:
    # "OVSE-missie in Kosovo", "OSSE:s mission i Moldavien", "Etyjin Georgian-operaatio"), Hungarian
    # "EBESZ koszovói missziója"; States the tables lack in Dutch ("Bosnië", "Duitse"), Swedish
    # ("Moldavien"), Finnish ("Georgian-"), Russian ("Японии", "Республики Корея"), German "afghanischen";
    # the Serbia and Montenegro of a mission's name read as Serbia; a Swedish academy read as a person;
    # bodies in their own language (Clingendael, ODIHR in Swedish, the Finnish CMC, VMSZ, RTCG, CGO, LIIA)
    "b5": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.889, "states": (0.971, 0.791, 0.872),
           "field_operations": (1.0, 0.667, 0.8), "persons": (0.941, 0.941, 0.941),
           "organizations": (1.0, 0.556, 0.714)},
    # b6 (9 pages, 38 States, 17 field operations, 10 persons, 15 organizations), after every rule of this round
    # (tree of edd74c0): "avstrijski" read as Slovakia's adjective, Georgian and Danish States the tables lack
    # ("გერმანიისა", "Tadsjikistan"), "гръцкото"; field operations in Danish and Portuguese (languages without
    # built names: "OSCE's programkontor i Bishkek", "Missão da OSCE na Moldávia"), "Misije OEBS-a na Kosovu"
    # (a genitive after "predstavnici"), the FRY's dative; a Bulgarian name after a post in the definite form;
    # bodies in their own language (Danish, Portuguese, Estonian, Turkmen, Georgian, Bulgarian names), the
    # NGO's masthead read as a body, "the UN" inside its regional centre's name
    "b6": {"title": 0.889, "date": 0.889, "place": 0.889, "source": 1.0, "states": (0.97, 0.842, 0.901),
           "field_operations": (1.0, 0.765, 0.867), "persons": (1.0, 0.9, 0.947),
           "organizations": (0.556, 0.333, 0.417)},
    # b7 (9 pages, 35 States, 21 field operations, 13 persons, 14 organizations), after every rule of this round
    # (tree of 072ce2f): Czech "slovenští" (Slovak) and "Makedonii" (the old name); "Centrum OBWE w
    # Aszchabadzie" (a Polish locative of a city the names' table has only in the nominative); an Armenian
    # name in the nominative with its article ("Միրզոյանը"); a masthead agency read as a body; bodies in their
    # own language (OSW, KDI, Promo-LEX in Cyrillic, the Kazakh bureau in English, "die Caritas")
    "b7": {"title": 1.0, "date": 1.0, "place": 0.889, "source": 1.0, "states": (1.0, 0.941, 0.97),
           "field_operations": (1.0, 0.905, 0.95), "persons": (1.0, 0.923, 0.96),
           "organizations": (0.818, 0.643, 0.72)},
}


def scores(names) -> dict[str, object]:
    """Accuracy of the one-value fields; (P, R, F1) of the four sets, micro over ``names``."""
    names = list(names)
    out: dict[str, object] = {f: round(OWN.accuracy(names, f), 3) for f in ONE_VALUE}
    return out | {f: tuple(round(v, 3) for v in OWN.prf(names, f)) for f in SETS}


def test_every_page_has_its_gold():
    assert OWN.on_disk() == sorted(GOLD) == sorted(SHAPES)


if __name__ == "__main__":          # python tests/test_extract_own_pages_b.py b1 [b2 ...]: figures and misses
    import sys

    for prefix in sys.argv[1:] or OWN.sets():
        names = OWN.pages(prefix)
        print(prefix, len(names), scores(names))
        for miss in OWN.misses(names):
            print("   ", *miss, sep=" | ")


# ------------------------------------------------ the rules after b1 (each on pages of two sources or more)

import pytest  # noqa: E402

from osce_kg.loader.extract.mentions import find_mentions  # noqa: E402
from osce_kg.loader.reference import reference  # noqa: E402


@pytest.mark.parametrize("text, language, states", [
    # national adjectives in other languages, in their gender, number and case forms (b1 ru, sq, fr, pl; x12 cs, it, pl)
    ("Закупку оплатило японское правительство.", "ru", ["Japan"]),
    ("Përfaqësues të qeverisë zvicerane, e cila financon projektin.", "sq", ["Switzerland"]),
    ("L'ambassadrice allemande et le représentant russe étaient présents.", "fr", ["Germany", "Russian Federation"]),
    ("Rosyjski minister nie został zaproszony przez maltańskie przewodnictwo.", "pl", ["Russian Federation", "Malta"]),
    ("Předsednictví to zdůvodnilo ruskou válkou.", "cs", ["Russian Federation"]),
    ("senza il ministro degli Esteri russo Sergej Lavrov", "it", ["Russian Federation"]),
    ("Nemački ambasador je istakao da je švedska podrška bila ključna.", "sr-Latn", ["Germany", "Sweden"]),
    ("Er traf den usbekischen Außenminister.", "de", ["Uzbekistan"]),
    ("opgevolgd door de Zweedse Ambassadeur", "nl", ["Sweden"]),
    # a row of adjectives is what its last one is
    ("thanked the Swiss and Finnish governments", "en", ["Switzerland", "Finland"]),
    ("German Chancellor Angela Merkel", "en", ["Germany"]),
    # a language's name is no State; nor is a given name before a surname
    ("Документ опубликован на российском языке.", "ru", []),
    ("Le texte existe en russe et dans la langue allemande.", "fr", []),
    ("Podręcznik w języku rosyjskim.", "pl", []),
    ("Der Text liegt auf Russisch vor.", "de", []),
    ("General Roman Kharmosa said.", "en", []),
    ("in Russian and French.", "en", []),
])
def test_national_adjectives_in_other_languages(text, language, states):
    assert find_mentions(text, reference(), language).states == states


@pytest.mark.parametrize("text, language, operation", [
    # historical names in the region's languages (b1 sr, sq, de, fr, ka)
    ("Misija je otvorena kao Misija OEBS u SRJ.", "sr-Latn", "OSCE Mission to the Federal Republic of Yugoslavia"),
    ("Мисија ОЕБС у СРЈ је отворена 2001.", "sr-Cyrl", "OSCE Mission to the Federal Republic of Yugoslavia"),
    ("kasnije Misija OEBS u Srbiji i Crnoj Gori", "sr-Latn", "OSCE Mission to Serbia and Montenegro"),
    ("Na Kosovu je radila Verifikaciona misija OEBS.", "sr-Latn", "OSCE Kosovo Verification Mission"),
    ("pas tërheqjes së Misionit Verifikues të OSBE-së në Kosovë", "sq", "OSCE Kosovo Verification Mission"),
    ("Bureau de liaison de l'OSCE en Asie centrale", "fr", "OSCE Liaison Office in Central Asia"),
    ("ეუთოს მისია საქართველოში 2009 წლამდე მუშაობდა.", "ka", "OSCE Mission to Georgia"),
    # offices by their type word and place
    ("Das OSZE-Büro in Eriwan wurde 2017 geschlossen.", "de", "OSCE Office in Yerevan"),
    ("Офис ОБСЕ в Ереване закрылся в 2017 году.", "ru", "OSCE Office in Yerevan"),
    ("nastala iz nekadašnje Kancelarije OEBS u Podgorici", "sr-Latn", "OSCE Office in Podgorica"),
    ("Ured OESS-a u Zagrebu zatvoren je 2011.", "hr", "OSCE Office in Zagreb"),
    ("Biuro OBWE w Baku zamknięto.", "pl", "OSCE Office in Baku"),
    # a sub-office names the operation that runs it
    ("Полевой офис ОБСЕ в Оше передал снаряжение.", "ru", "OSCE Programme Office in Bishkek"),
    ("Terenska kancelarija OEBS-a u Ošu", "sr-Latn", "OSCE Programme Office in Bishkek"),
    ("Qendra rajonale e OSBE-së në Prizren trajnon zyrtarët.", "sq", "OSCE Mission in Kosovo"),
])
def test_field_operations_historical_offices_and_sub_offices(text, language, operation):
    assert find_mentions(text, reference(), language).field_operations == [operation]


@pytest.mark.parametrize("text, language", [
    ("Бюро ОБСЕ в Варшаве опубликовало отчёт.", "ru"),          # ODIHR, no field operation
    ("Verifikaciona misija OEBS na Kosovu", "sr-Latn"),           # not also the Mission in Kosovo
])
def test_no_other_field_operation_read_into_them(text, language):
    assert "OSCE Mission in Kosovo" not in find_mentions(text, reference(), language).field_operations
    assert len(find_mentions(text, reference(), language).field_operations) <= 1


@pytest.mark.parametrize("text, language, organization", [
    # a university named after its city, by its English name (b1 sr, sq)
    ("predstavnici Univerziteta u Nišu i UNHCR-a", "sr-Latn", "University of Niš"),
    ("Trajnimi u mbështet nga UNMIK dhe Universiteti i Prishtinës.", "sq", "University of Pristina"),
    ("Studenti Sveučilišta u Zagrebu", "hr", "University of Zagreb"),
    ("Forscher der Universität Wien", "de", "University of Vienna"),
    # a body's name is cut before the known body a conjunction joins to it (b1 en)
    ("Partners from the University of Central Asia and UN Women took part.", "en", "University of Central Asia"),
    # the EU's monitoring mission in Georgia in German and Georgian (b1 de, ka), not the EU
    ("die Beobachtermission der EU patrouilliert", "de", "European Union Monitoring Mission in Georgia"),
    ("ევროკავშირის სადამკვირვებლო მისია ერთადერთია", "ka", "European Union Monitoring Mission in Georgia"),
    ("выпускники Академии ОБСЕ в Бишкеке", "ru", "OSCE Academy in Bishkek"),
])
def test_bodies_after_b1(text, language, organization):
    assert find_mentions(text, reference(), language).organizations[-1:] == [organization] \
        or find_mentions(text, reference(), language).organizations == [organization]
    assert "European Union" not in find_mentions(text, reference(), language).organizations


def test_a_double_given_name_with_both_parts_declined():
    names = [p.name for p in find_mentions("Сибіга провів розмову з Жаном-Ноелем Барро.", reference(), "uk").persons]
    assert names == ["Жан-Ноель Барро"]


@pytest.mark.parametrize("text, language, states", [
    # after b2: Turkish, Spanish and Belarusian adjectives; Kazakh names the table lacked
    ("Alman temsilci de toplantıya katıldı. Sırp ve Arnavut toplulukları", "tr", ["Germany", "Serbia", "Albania"]),
    ("El gobierno armenio y el azerbaiyano no se han pronunciado.", "es", ["Armenia", "Azerbaijan"]),
    ("Былы кіраўнік казаў, што расійскі ціск вырашыў лёс місіі.", "be", ["Russian Federation"]),
    ("Жоба Германия және Жапония үкіметтерінің қаржыландыруымен жүзеге асады.", "kk", ["Germany", "Japan"]),
    # "Republika Srpska" is an entity of Bosnia and Herzegovina, no Serbia; "danes" is Slovene for today
    ("la Bosnia resta divisa tra la Federazione e la Republika Srpska.", "it", []),
    ("Ministrica se je danes sestala s predsednico.", "sl", []),
])
def test_states_after_b2(text, language, states):
    assert find_mentions(text, reference(), language).states == states


@pytest.mark.parametrize("text, language, operation", [
    ("Ұйым елде 1998 жылы ЕҚЫҰ-ның Алматыдағы орталығы ретінде жұмыс бастаған.", "kk", "OSCE Centre in Almaty"),
    ("ЕККУнун Бишкектеги борбору 2017-жылы кайра түзүлгөн.", "ky", "OSCE Centre in Bishkek"),
    ("Офіс АБСЕ ў Менску быў зачынены ў 2005 годзе.", "be", "OSCE Office in Minsk"),
    ("Misija je 2008. zamijenjena Uredom OESS-a u Zagrebu.", "hr", "OSCE Office in Zagreb"),
    ("La Misión Especial de Observación de la OSCE en Ucrania fue clausurada.", "es",
     "OSCE Special Monitoring Mission to Ukraine"),
])
def test_field_operations_after_b2(text, language, operation):
    assert find_mentions(text, reference(), language).field_operations == [operation]


@pytest.mark.parametrize("text, language, organization", [
    # the EU's missions named in Turkish and Spanish are those missions, not the EU (b2 tr, es)
    ("Avrupa Birliği Hukukun Üstünlüğü Misyonu (EULEX) önlemleri artırdı.", "tr",
     "European Union Rule of Law Mission in Kosovo"),
    ("La Misión de Observación de la Unión Europea en Georgia sigue patrullando.", "es",
     "European Union Monitoring Mission in Georgia"),
    ("претставници на УНИЦЕФ", "mk", "United Nations Children's Fund"),
])
def test_bodies_after_b2(text, language, organization):
    assert find_mentions(text, reference(), language).organizations == [organization]


def test_a_teaser_heading_in_the_regions_languages_ends_the_body():
    from osce_kg.loader.extract import read_text
    text = ("Esteri\nBosnia, l'Osce a Sarajevo\nSarajevo, 14 aprile 2026 - La Missione dell'Osce in Bosnia ed "
            "Erzegovina ha ricordato oggi i trent'anni.\nLeggi anche\nSerbia, proteste a Belgrado\n")
    assert "Serbia" not in read_text(text, "b2-teaser.txt").records[0].states


@pytest.mark.parametrize("text, language, operations", [
    # after b3: built names in Azerbaijani, Uzbek and Tajik; a city's name from a near language
    ("ATƏT-in Bakıdakı layihə koordinatorunun bağlanması. ATƏT-in Bakı ofisi bağlanıb.", "az",
     ["OSCE Project Co-ordinator in Baku", "OSCE Office in Baku"]),
    ("keyin YeXHTning Toshkentdagi markaziga aylangan", "uz", ["OSCE Centre in Tashkent"]),
    ("ҳамчун Миссияи САҲА дар Тоҷикистон кор оғоз карда, баъдтар Маркази САҲА дар Душанбе номида шуд.", "tg",
     ["OSCE Mission to Tajikistan", "OSCE Centre in Dushanbe"]),
    ("práci kanceláře OBSE v Jerevanu, kterou Ázerbájdžán zablokoval", "cs", ["OSCE Office in Yerevan"]),
    ("ESBO misija Gruzijoje buvo uždaryta 2009 m.", "lt", ["OSCE Mission to Georgia"]),
    ("συναντήθηκε με τον επικεφαλής της Αποστολής του ΟΑΣΕ στο Κόσοβο", "el", ["OSCE Mission in Kosovo"]),
    ("о раду Мисије ОЕБС на Косову", "sr-Cyrl", ["OSCE Mission in Kosovo"]),
    ("ԵԱՀԿ երևանյան գրասենյակը փակվեց 2017 թվականին։", "hy", ["OSCE Office in Yerevan"]),
])
def test_field_operations_after_b3(text, language, operations):
    assert find_mentions(text, reference(), language).field_operations == operations


@pytest.mark.parametrize("text, language", [
    ('predstavnici Vijeća Evrope i Univerziteta "Džemal Bijedić" u Mostaru', "bs"),
    ("студенти Универзитета „Никола Тесла“ из Ниша", "sr-Cyrl"),
])
def test_a_person_a_body_is_named_after_in_quotes_is_no_person(text, language):
    assert find_mentions(text, reference(), language).persons == []


@pytest.mark.parametrize("text, language, operations", [
    # after b4: an active office named after its city is also named after its host; more names
    ("Misioni i OSBE-së në Maqedoninë e Veriut ndau përvojën.", "sq", ["OSCE Mission to Skopje"]),
    ("Программный офис ОБСЕ в Кыргызстане провёл семинар.", "ru", ["OSCE Programme Office in Bishkek"]),
    ("a wcześniej Grupa Doradczo-Monitorująca OBWE na Białorusi.", "pl",
     ["OSCE Advisory and Monitoring Group in Belarus"]),
    ("rolul fostei Misiuni de Monitorizare Speciale a OSCE în Ucraina", "ro",
     ["OSCE Special Monitoring Mission to Ukraine"]),
    ("розгорнула Місію спостерігачів на російських пунктах пропуску «Гуково» і «Донецьк».", "uk",
     ["OSCE Observer Mission at the Russian Checkpoints Gukovo and Donetsk"]),
    ("Misioni i OSBE-së në Kosovë e ka hapur zyrën.", "sq", ["OSCE Mission in Kosovo"]),
])
def test_field_operations_after_b4(text, language, operations):
    assert find_mentions(text, reference(), language).field_operations == operations


@pytest.mark.parametrize("text, language", [
    ("W spotkaniu uczestniczyli przedstawiciele Fundacji Solidarności Międzynarodowej.", "pl"),
    ("Oana Țoiu a amintit și rolul fostei Misiuni de Monitorizare Speciale a OSCE.", "ro"),
    ("Die Empfehlungen wurden befolgt.\nvon Martina Berger\nArtikel teilen\n", "de"),
])
def test_no_person_in_a_bodys_name_or_a_closing_byline(text, language):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert names in ([], ["Oana Țoiu"])


@pytest.mark.parametrize("text, language, states, operations", [
    # after b5: names built in Dutch, Swedish, Finnish and Hungarian; an article is no surname particle
    ("Ook de Duitse en de Zweedse regering. Nederland steunde de OVSE-missie in Bosnië en Herzegovina.", "nl",
     ["Germany", "Sweden", "Netherlands", "Bosnia and Herzegovina"], ["OSCE Mission to Bosnia and Herzegovina"]),
    ("OSSE:s mission i Moldavien gör ett viktigt arbete.", "sv", ["Moldova"], ["OSCE Mission to Moldova"]),
    ("Lehtonen työskenteli aiemmin myös Etyjin Georgian-operaatiossa.", "fi", [], ["OSCE Mission to Georgia"]),
    ("Szóba került az EBESZ koszovói missziója is.", "hu", [], ["OSCE Mission in Kosovo"]),
    ("присутствовали послы Японии и Республики Корея", "ru", ["Japan", "Republic of Korea"], []),
])
def test_states_and_field_operations_after_b5(text, language, states, operations):
    found = find_mentions(text, reference(), language)
    assert found.states == states and found.field_operations == operations


def test_no_name_is_built_for_an_operation_named_after_neither_host_nor_city():
    built = reference().names["field_operation_built"]
    for label in ("OSCE Observer Mission at the Russian Checkpoints Gukovo and Donetsk",
                  "OSCE Kosovo Verification Mission", "OSCE Liaison Office in Central Asia",
                  "OSCE Assistance Group to Chechnya"):
        assert label not in built
    assert "Misija OEBS u Rusiji" not in {n for pairs in built.values() for n, _ in pairs}


def test_every_b_set_as_it_stands_after_its_rules():
    """The b-line after every rule (an upper bound, tuned on these pages): a rule that breaks one fails here."""
    names = list(GOLD)
    assert OWN.f1(names, "states") >= 0.97 and OWN.f1(names, "field_operations") >= 0.97
    assert OWN.f1(names, "persons") >= 0.93 and OWN.f1(names, "organizations") >= 0.77
    assert OWN.prf(names, "field_operations")[0] == 1.0          # no operation read that the page does not name


@pytest.mark.parametrize("text, language, states, organizations", [
    # after b6: Slovene "in" is "and", not the language's "in"; UN bodies named in the region's languages
    ("Hrvaški in avstrijski policisti sodelujejo.", "sl", ["Croatia", "Austria"], []),
    ("Birleşen Milletler Guramasynyň Ösüş Maksatnamasy bilen taslamalar", "tk", [],
     ["United Nations Development Programme"]),
    ("the UN Regional Centre for Preventive Diplomacy for Central Asia sent representatives.", "en", [],
     ["United Nations Regional Centre for Preventive Diplomacy for Central Asia"]),
])
def test_after_b6(text, language, states, organizations):
    found = find_mentions(text, reference(), language)
    assert found.states == states and found.organizations == organizations


@pytest.mark.parametrize("text, language, states, operations", [
    # names built in Danish and Portuguese; a city a language has no name of its own for is also its English name
    ("Danmark sender to eksperter til OSCE's programkontor i Bishkek i Kirgisistan.", "da",
     ["Denmark", "Kyrgyzstan"], ["OSCE Programme Office in Bishkek"]),
    ("Portugal vai reforçar a Missão da OSCE na Moldávia com dois peritos.", "pt", ["Portugal", "Moldova"],
     ["OSCE Mission to Moldova"]),
    ("представители на гръцкото малцинство", "bg", ["Greece"], []),
])
def test_after_b6_languages_without_built_names(text, language, states, operations):
    found = find_mentions(text, reference(), language)
    assert found.states == states and found.field_operations == operations
