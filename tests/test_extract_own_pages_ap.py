"""Line ap: 45 own pages written blind (session 15) for the extraction-quality measurement.

Blind: written without reading loader/, server/, any other tests/test_extract*.py, any other own page or gold,
tests/gold/*.jsonl or the shared corpus; the extractor, osce-kg and pytest were never run on these pages. Every
sentence is new prose; names, posts, dates, places and bodies are real or plausible. The gold was written by reading
each page, following tests/gold/README.md and the seven lead decisions (session 15).

Pages: three sets of 15 (ap1_*, ap2_*, ap3_*), 39 languages (en, de, fr, pl, sr, kk, ro, cs, ru, lt, hy, el, sq, uk,
ka, hr, it, mk, ky, az, fi, hu, bg, sk, nl, tr, sl, lv, es, bs, sv, tg, uz, be, et, no, da, mn, pt); English on 3 pages.
Shapes (SHAPES): osce-new 4, osce-old 4, archive 5 (Wayback, arquivo.pt, Kulturarw3, archive.today), institution 4
(ODIHR, PA, HCNM), field-site 5, agency 4, broadcaster 5, newspaper 5, aggregator 4 (portal, RSS reader, Mail
aggregator, Feedly), mfa 5. Kinds: press releases, news items, statements, event pages (ap1_pl), entity pages
(ap2_mk, a field office's field-of-work page; ap3_en, osce.org's page of a mission; ap3_uk, ODIHR's election page).

Judgement calls taken while writing:
- source null, inferred False wherever no source is named or implied; inferred True for: osce-old pages with a field
  office's or institution's name heading the section over the headline (ap1_de, ap2_en, ap3_ru, ap3_bs, ap1_fr, ap2_hr,
  ap2_lv, ap3_sv; archive copies keep the rule); field-office and institution sites by their masthead (ap1_sr, ap1_sq,
  ap2_ky, ap3_tg, ap1_pl, ap2_it, ap2_nl, ap3_uk); entity pages by the body they are about (ap3_en) or the field site
  (ap2_mk); ap3_uz (archive of an osce.org field-office path); a ministry's own statement headline (ap1_ka).
- osce.org newsroom pages with no section (ap1_en, ap2_ru, ap3_es) get no source, though the body names the organizer.
- Explicit source: news agencies in the dateline or credit (ap1_kk Kazinform, ap1_hy Armenpress, ap2_az AZERTAC,
  ap3_be BelTA, ap2_tr's closing "Anadolu Ajansı" credit line), aggregators' source lines (ap1_ru TASS, ap2_bg BTA,
  ap3_et ERR, ap3_no NTB); on ap1_ru and ap2_bg the explicit source wins over the statement headline. Press-release
  headers naming the ministry (ap2_sk, ap3_ro) are explicit. ap1_lt (minister's visit, "Pranešimas spaudai" alone) and
  ap3_da ("Minister X: ..." headline) are reports on a ministry site: null. Agencies named as source are also organizations.
- Sources given by their English names (Bulgarian News Agency, Estonian Public Broadcasting, Norwegian News Agency,
  Belarusian Telegraph Agency, Anadolu Agency), AZERTAC and Kazinform as they are known in English.
- Dates: ap1_hy's dateline has no year: null. ap2_mk and ap3_en (entity pages) have none: null. ap3_uk (an election
  observation page) is read as an entity page, not an event: null (the election's and the deployment's dates are in
  the body). Update stamps (ap1_uk "Оновлено", ap2_fi "Päivitetty", ap2_tr "Son Güncelleme") are never it.
- Place: dateline only, in the page's language, title case (Астана, Երևան, Rīga, Wien, Хоруғ); event page ap1_pl:
  "Miejsce: Warszawa". Newspapers with "City, date, byline" lines (ap1_cs Praha, ap2_sl Ljubljana, ap3_pt Lisboa) have a
  place; pages with only a date have none.
- Persons in the nominative as the text writes them, in its script (Лундэгийн Пүрэвсүрэн, Ільдіко Папп-Вайда, Մատեո Մեկաչի); bylines and "Müxbir"/"Сэтгүүлч"/"Autor" lines are not persons; press contacts are (ap1_de Mirna
  Sejdić, ap2_en Ashot Avakian, ap2_it Nat Parry, ap3_uk Кейті Фокс).
- States: footers are chrome (ap2_it Danimarca, ap3_uk Польща not counted); item contact blocks count (ap1_fr Pays-Bas,
  ap2_en Turkmenistan, ap3_ru Kazakhstan). National adjectives count (ap2_en Turkmen, ap3_pt irlandês, ap1_lt Suomijos).
  A State inside a body's name counts (ap2_hu "Egységben Magyarországért"). Related-news teasers are chrome.
- Organizations: ministries, parliaments, election commissions, embassies, customs/border services, national agencies
  (US Department of Energy, Moldovan Agency for Interethnic Relations) are State organs and left out, foreign
  ministries included (ap1_uk's MFA spokesman). Political parties, NGOs, universities, agencies, broadcasters
  (Azattyk as RFE/RL), a newspaper (Azadliq, The Wall Street Journal) and a state water company (Voda Donbasu) count.
  Ministries stay out of organizations also where they are the source (ap2_sk, ap3_ro, ap1_ka). EULEX and EUMM are listed as themselves; EU/CoE also listed where named on their own. Bodies a page does not write in
  English carry their name as written and acronym as alternatives; OSCE, UN, EU and CoE bodies have none.
- Field operations: historical names kept (OSCE Centre in Almaty, OSCE Mission to Croatia); sub-offices in lower case
  (ap3_bs Tuzla field office) not listed; the SPU (ap1_cs) is a field operation (decision 6); ap2_sl's "misija OVSE na
  Kosovu (OMIK)" → OSCE Mission in Kosovo.
- fields_of_work from printed labels mapped to the site list, old-layout "Related topics"/"Themen"/"Teme" read as such labels (Oblasti rada/Ámbitos de trabajo/Werkterreinen
  ...); ap2_mk is a field-of-work page and also prints labels; ap1_en "Cyber/ICT Security".
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    "ap1_en.txt": ("Regional experts in Vienna map cyber threats to water and energy utilities", "2025-03-18", "Vienna", None, False, {"Cyber/ICT Security", "Countering terrorism"}, {"Austria", "Moldova", "Montenegro", "Uzbekistan", "Germany", "Switzerland"}, set(), {"Alena Kupchyna", "Dragana Milić"}, {"OSCE Transnational Threats Department", "International Atomic Energy Agency", "OSCE Permanent Council", ("European Union Agency for Cybersecurity", "ENISA"), "World Bank"}),
    "ap1_de.txt": ("Lehrkräfte aus Mostar und Bihać beraten über gemeinsamen Unterricht", "2011-10-04", "Sarajevo", "OSCE Mission to Bosnia and Herzegovina", True, {"Education", "Tolerance and non-discrimination"}, {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Fletcher M. Burton", "Jasmina Hadžić", "Mirna Sejdić"}, {"United Nations Children's Fund", "Council of Europe"}),
    "ap1_fr.txt": ("Le Haut Commissaire Vollebaek appelle à un dialogue sur les langues d'enseignement en Lettonie", "2009-06-10", "Riga", "OSCE High Commissioner on National Minorities", True, set(), {"Latvia", "Estonia", "Netherlands"}, set(), {"Knut Vollebaek", "Tatjana Koķe"}, {"OSCE High Commissioner on National Minorities", ("University of Latvia", "Université de Lettonie")}),
    "ap1_pl.txt": ("Warszawskie spotkanie obrońców praw człowieka z Europy Wschodniej", "2024-09-23", "Warszawa", "OSCE Office for Democratic Institutions and Human Rights", True, {"Human rights"}, {"Armenia", "Georgia", "Moldova", "Ukraine"}, set(), {"Maria Telalian", "Katarzyna Gardapkhadze"}, {"OSCE Office for Democratic Institutions and Human Rights", "United Nations", ("Helsinki Foundation for Human Rights", "Helsińska Fundacja Praw Człowieka"), "Office of the United Nations High Commissioner for Human Rights"}),
    "ap1_sr.txt": ("Policijski službenici iz Novog Pazara i Tutina obučeni za rad sa žrtvama nasilja u porodici", "2019-02-27", "Novi Pazar", "OSCE Mission to Serbia", True, {"Policing", "Gender equality"}, {"Serbia", "Norway"}, {"OSCE Mission to Serbia"}, {"Morten Hoglund", "Ana Jovanović"}, {("Autonomous Women's Centre", "Autonomni ženski centar")}),
    "ap1_kk.txt": ("ЕҚЫҰ Бағдарламалар офисі Астанада су ресурстары жөнінде семинар өткізді", "2023-05-14", "Астана", "Kazinform", False, set(), {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Germany"}, {"OSCE Programme Office in Astana"}, {"Фолькер Фробарт", "Айгүл Тұрсынбекова"}, {"Kazinform", "United Nations Economic Commission for Europe", ("Al-Farabi Kazakh National University", "Әл-Фараби атындағы Қазақ ұлттық университеті")}),
    "ap1_ro.txt": ("Observatorii BIDDO/OSCE au prezentat concluziile preliminare privind alegerile locale", "2023-11-06", None, None, False, set(), {"Moldova"}, set(), {"Tamás Meszerics"}, {"OSCE Office for Democratic Institutions and Human Rights", ("Party of Action and Solidarity", "Partidul Acțiune și Solidaritate"), ("Party of Socialists of the Republic of Moldova", "Partidul Socialiștilor din Republica Moldova"), ("Chance Party", "Șansă")}),
    "ap1_cs.txt": ("Ukrajinští a čeští starostové jednali v Praze o obnově škol", "2024-04-12", "Praha", None, False, set(), {"Ukraine", "Czechia", "Moldova"}, {"OSCE Support Programme for Ukraine"}, {"Vjačeslav Zadorenko", "Olena Kovalčuková", "Bohuslav Svoboda"}, {("Union of Towns and Municipalities of the Czech Republic", "Svaz měst a obcí České republiky"), "United Nations Development Programme"}),
    "ap1_ru.txt": ("Заявление Генерального секретаря ОБСЕ по случаю Международного дня прав человека", "2022-12-10", None, "TASS", False, set(), set(), set(), {"Хельга Мария Шмид"}, {"TASS", "OSCE Office for Democratic Institutions and Human Rights", "United Nations Human Rights Council"}),
    "ap1_lt.txt": ("Užsienio reikalų ministras Vienoje aptarė ESBO darbotvarkę su Generaliniu sekretoriumi", "2025-02-20", None, None, False, set(), {"Lithuania", "Ukraine", "Russian Federation", "Finland"}, set(), {"Kęstutis Budrys", "Feridun Sinirlioğlu"}, {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Representative on Freedom of the Media", "OSCE Permanent Council"}),
    "ap1_hy.txt": ("ԵԱՀԿ ԺՀՄԻԳ-ի տնօրենը Երևանում քննարկել է ընտրական օրենսգրքի բարեփոխումները", None, "Երևան", "Armenpress", False, set(), {"Armenia"}, set(), {"Մատեո Մեկաչի", "Վահագն Հովակիմյան"}, {"Armenpress", "OSCE Office for Democratic Institutions and Human Rights", ("European Commission for Democracy through Law", "Venice Commission", "Վենետիկի հանձնաժողով")}),
    "ap1_el.txt": ("Ο ΟΑΣΕ ζητά προστασία για τους δημοσιογράφους στα Βαλκάνια", "2021-05-05", None, None, False, set(), {"Serbia", "Montenegro", "North Macedonia"}, set(), {"Τερέζα Ριμπέιρο", "Μάριος Αραβαντινός", "Γιώργος Καραϊβάζ"}, {"OSCE Representative on Freedom of the Media", "European Federation of Journalists", ("Journalists' Union of Athens Daily Newspapers", "Ένωση Συντακτών Ημερησίων Εφημερίδων Αθηνών", "ΕΣΗΕΑ")}),
    "ap1_sq.txt": ("Prezenca e OSBE-së mbështet regjistrimin civil të komuniteteve rome në Korçë", "2016-06-09", "Korçë", "OSCE Presence in Albania", True, {"Roma and Sinti", "Human rights"}, {"Albania"}, {"OSCE Presence in Albania"}, {"Florian Raunig", "Rosa Tahiri"}, {"Office of the United Nations High Commissioner for Refugees", "Roma Active Albania"}),
    "ap1_uk.txt": ("Місія ОБСЄ повідомила про пошкодження водогону на Луганщині: що відомо", "2022-01-25", None, None, False, set(), {"Ukraine", "Russian Federation"}, {"OSCE Special Monitoring Mission to Ukraine"}, {"Ярослав Гальбрайх", "Олег Ніколенко"}, {"International Committee of the Red Cross", ("Voda Donbasu", "Вода Донбасу")}),
    "ap1_ka.txt": ("საქართველოს საგარეო საქმეთა სამინისტროს განცხადება ცხინვალის რეგიონში გატაცების ფაქტთან დაკავშირებით", "2021-08-17", None, "Ministry of Foreign Affairs of Georgia", True, set(), {"Georgia", "Russian Federation"}, set(), {"გიორგი ბერიძე"}, {"European Union Monitoring Mission in Georgia"}),
    "ap2_ru.txt": ("Программный офис ОБСЕ в Душанбе провёл учения по охране таджикско-афганской границы", "2024-10-30", "Душанбе", None, False, {"Border management", "Countering terrorism"}, {"Tajikistan", "Afghanistan", "Uzbekistan", "Japan"}, {"OSCE Programme Office in Dushanbe"}, {"Сабина Цимер"}, {"OSCE Border Management Staff College", "United Nations Office on Drugs and Crime"}),
    "ap2_en.txt": ("Turkmen customs officers learn to detect radioactive materials at border crossings", "2012-06-22", "Ashgabat", "OSCE Centre in Ashgabat", True, {"Border management"}, {"Turkmenistan", "United States of America", "Uzbekistan"}, {"OSCE Centre in Ashgabat"}, {"Arsim Zekolli", "Ashot Avakian"}, {"International Atomic Energy Agency", "United Nations Security Council"}),
    "ap2_hr.txt": ("Šef Misije OESS-a pozdravio napredak u obnovi stambenog zbrinjavanja povratnika", "2007-08-13", "Zagreb", "OSCE Mission to Croatia", True, set(), {"Croatia", "Serbia", "Bosnia and Herzegovina"}, {"OSCE Mission to Croatia"}, {"Jorge Fuentes", "Josip Bilaverac"}, {"Office of the United Nations High Commissioner for Refugees", "European Commission", "European Union", ("Serb Democratic Forum", "Srpski demokratski forum")}),
    "ap2_it.txt": ("Il Presidente dell'Assemblea parlamentare George Tsereteli in visita a Roma: al centro il Mediterraneo e le migrazioni", "2019-02-15", "Roma", "OSCE Parliamentary Assembly", True, set(), {"Tunisia", "Morocco", "Italy"}, set(), {"George Tsereteli", "Roberto Fico", "Enzo Moavero Milanesi", "Andrea Riccardi", "Nat Parry"}, {"OSCE Parliamentary Assembly", "International Organization for Migration", ("Community of Sant'Egidio", "Comunità di Sant'Egidio")}),
    "ap2_mk.txt": ("Владеење на правото", None, None, "OSCE Mission to Skopje", True, {"Rule of law", "Human rights"}, {"North Macedonia"}, {"OSCE Mission to Skopje"}, {"Ивана Стојановска"}, {("Academy for Judges and Public Prosecutors \"Pavel Shatev\"", "Академија за судии и јавни обвинители „Павел Шатев“"), ("Bar Association of the Republic of North Macedonia", "Адвокатска комора на Република Северна Македонија"), ("Macedonian Young Lawyers Association", "Македонско здружение на млади правници", "МЗМП"), "United Nations Development Programme"}),
    "ap2_ky.txt": ("ЕККУ Ош шаарында жаш журналисттер үчүн медиа сабаттуулук боюнча мектеп ачты", "2021-07-07", "Ош", "OSCE Programme Office in Bishkek", True, {"Media freedom and development"}, {"Kyrgyzstan"}, {"OSCE Programme Office in Bishkek"}, {"Алексей Рогов", "Бермет Токтосунова"}, {("Journalists Public Association", "Журналисттер"), ("Radio Free Europe/Radio Liberty", "Азаттык"), ("Osh State University", "Ош мамлекеттик университети"), "European Union"}),
    "ap2_az.txt": ("ATƏT-in Parlament Assambleyasının Baş katibi Bakıda deputatlarla görüşüb", "2018-04-26", "Bakı", "AZERTAC", False, set(), {"Azerbaijan", "Armenia"}, set(), {"Roberto Montella", "Əzər Kərimli"}, {("Azerbaijan State News Agency", "AZERTAC", "AZƏRTAC"), "OSCE Parliamentary Assembly", "OSCE Minsk Group", "Parliamentary Assembly of the Council of Europe"}),
    "ap2_fi.txt": ("Suomi aloitti Etyj-puheenjohtajuutensa – Valtonen: järjestön on pysyttävä toimintakykyisenä", "2025-01-02", None, None, False, set(), {"Finland", "Malta", "Russian Federation", "Ukraine"}, set(), {"Elina Valtonen", "Tuomas Forsberg", "Hiski Haukkala"}, {"OSCE Office for Democratic Institutions and Human Rights", ("University of Helsinki", "Helsingin yliopisto"), ("Finnish Institute of International Affairs", "Ulkopoliittinen instituutti")}),
    "ap2_hu.txt": ("Az EBESZ választási megfigyelői szerint egyenlőtlenek voltak a feltételek", "2022-04-04", None, None, False, set(), {"Hungary"}, set(), {"Jillian Stirk", "Ilkka Kanerva"}, {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly", ("Fidesz – Hungarian Civic Alliance", "Fidesz"), ("United for Hungary", "Egységben Magyarországért"), ("Hungarian Civil Liberties Union", "Társaság a Szabadságjogokért", "TASZ")}),
    "ap2_bg.txt": ("Съвместно изявление на председателя на ОССЕ и генералния секретар относно Нагорни Карабах", "2020-09-28", None, "Bulgarian News Agency", False, set(), {"Albania", "Russian Federation", "United States of America", "France"}, set(), {"Един Рама", "Томас Гремингер", "Анджей Каспршик"}, {"Bulgarian News Agency", "OSCE Minsk Group"}),
    "ap2_sk.txt": ("Štátny tajomník Klus v Bratislave otvoril seminár o bezpečnosti novinárov", "2019-11-07", "Bratislava", "Ministry of Foreign Affairs of Slovakia", False, set(), {"Slovakia", "Czechia", "Hungary", "Austria"}, set(), {"Martin Klus", "Ján Kuciak", "Martina Kušnírová", "Harlem Désir"}, {"OSCE Representative on Freedom of the Media", "International Press Institute"}),
    "ap2_nl.txt": ("Hoge Commissaris Abdrakhmanov bespreekt taalbeleid met Oekraïense en Moldavische autoriteiten", "2022-11-16", "Den Haag", "OSCE High Commissioner on National Minorities", True, {"National minority issues"}, {"Ukraine", "Moldova"}, set(), {"Kairat Abdrakhmanov", "Ivan Jovanović"}, {"OSCE High Commissioner on National Minorities", "European Commission for Democracy through Law", "Council of Europe"}),
    "ap2_tr.txt": ("AGİT Dönem Başkanı Kırım Tatarlarının durumunu görüşmek üzere Ankara'da", "2018-06-11", None, "Anadolu Agency", False, set(), {"Italy", "Türkiye", "Ukraine", "Georgia"}, set(), {"Enzo Moavero Milanesi", "Mevlüt Çavuşoğlu", "Mustafa Cemilev"}, {"Anadolu Agency", "OSCE High Commissioner on National Minorities", ("Mejlis of the Crimean Tatar People", "Kırım Tatar Milli Meclisi")}),
    "ap2_sl.txt": ("Bo Slovenija prevzela vodenje misije OVSE na Kosovu?", "2023-03-19", "Ljubljana", None, False, set(), {"Slovenia"}, {"OSCE Mission in Kosovo"}, {"Uroš Vidmar", "Michael Davenport", "Tanja Fajon", "Marko Lovec", "Miroslav Lajčák"}, {("European Union Rule of Law Mission in Kosovo", "EULEX"), ("Faculty of Social Sciences, University of Ljubljana", "Fakulteta za družbene vede Univerze v Ljubljani", "University of Ljubljana", "Univerza v Ljubljani"), "European Union"}),
    "ap2_lv.txt": ("Ģenerālsekretārs Zanjē Rīgā uzsver reģionālās sadarbības nozīmi kiberdrošībā", "2016-01-14", "Rīga", "OSCE Secretariat", True, {"Cyber/ICT Security"}, {"Latvia"}, set(), {"Lamberto Zanjē", "Edgars Rinkēvičs"}, {("NATO Strategic Communications Centre of Excellence", "NATO Stratēģiskās komunikācijas izcilības centrs"), "OSCE Parliamentary Assembly", ("Rīga Stradiņš University", "Rīgas Stradiņa universitāte")}),
    "ap3_es.txt": ("La OSCE reúne en Málaga a expertos del Mediterráneo para combatir la trata de personas en las rutas migratorias", "2023-05-08", "Málaga", None, False, {"Combating trafficking in human beings", "Migration"}, {"Spain", "Italy", "Greece", "Morocco", "Algeria", "Egypt", "France", "Norway"}, set(), {"Valiant Richey"}, {"Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings", ("European Border and Coast Guard Agency", "Frontex"), "Accem", ("University of Málaga", "Universidad de Málaga")}),
    "ap3_en.txt": ("OSCE Mission to Moldova", None, None, "OSCE Mission to Moldova", True, {"Conflict prevention and resolution", "Human rights", "Combating trafficking in human beings"}, {"Moldova", "Russian Federation", "Ukraine", "United States of America"}, {"OSCE Mission to Moldova"}, {"Kelly Keiderling"}, {"European Union"}),
    "ap3_ru.txt": ("В Алматы обсудили роль местных акимов в предупреждении торговли людьми", "2003-11-19", "Алматы", "OSCE Centre in Almaty", True, set(), {"Kazakhstan", "Türkiye", "United Arab Emirates", "United States of America"}, {"OSCE Centre in Almaty"}, {"Истван Венцель", "Ирина Иванова"}, {"International Organization for Migration", ("Podrugi Crisis Centre", "Подруги")}),
    "ap3_bs.txt": ("Mladi iz Srebrenice i Bratunca zajedno obnovili igralište", "2014-05-22", "Srebrenica", "OSCE Mission to Bosnia and Herzegovina", True, {"Youth", "Democratization"}, {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Ćamil Duraković", "Edin Hodžić"}, {("Friends of Srebrenica", "Prijateljice Srebrenice"), ("Red Cross Society of Bosnia and Herzegovina", "Crveni križ Bosne i Hercegovine")}),
    "ap3_sv.txt": ("Mediefrihetsrepresentanten Haraszti oroad över åtal mot journalister i Azerbajdzjan", "2006-02-28", "Wien", "OSCE Representative on Freedom of the Media", True, set(), {"Azerbaijan"}, set(), {"Miklós Haraszti", "Ali Hasanov"}, {"OSCE Representative on Freedom of the Media", ("Azadliq", "Azadlıq"), "Council of Europe"}),
    "ap3_uk.txt": ("Україна, позачергові парламентські вибори, 21 липня 2019 року", None, None, "OSCE Office for Democratic Institutions and Human Rights", True, {"Elections"}, {"Ukraine"}, set(), {"Ільдіко Папп-Вайда", "Кейті Фокс"}, {"OSCE Office for Democratic Institutions and Human Rights", "Council of Europe", "OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe", "European Parliament"}),
    "ap3_tg.txt": ("Дар Хоруғ барои занони соҳибкор курсҳои омӯзишӣ баргузор шуданд", "2017-09-12", "Хоруғ", "OSCE Programme Office in Dushanbe", True, {"Economic activities", "Gender equality"}, {"Tajikistan", "Afghanistan"}, {"OSCE Programme Office in Dushanbe"}, {"Тадеуш Ястшембски"}, {("Women and Society", "Занон ва ҷамъият"), "Asian Development Bank", ("University of Central Asia", "Донишгоҳи Осиёи Марказӣ")}),
    "ap3_uz.txt": ("YeXHT Nukusda suvdan oqilona foydalanish boʻyicha fermerlar uchun seminar oʻtkazdi", "2020-03-03", "Nukus", "OSCE Project Co-ordinator in Uzbekistan", True, {"Environmental activities"}, {"Uzbekistan"}, {"OSCE Project Co-ordinator in Uzbekistan"}, {"Jon MakGregor", "Dilnoza Rahimova"}, {("Tashkent Institute of Irrigation and Agricultural Mechanization Engineers", "Toshkent irrigatsiya va qishloq xoʻjaligini mexanizatsiyalash muhandislari instituti"), "United Nations Development Programme"}),
    "ap3_be.txt": ("Мінск запрашае назіральнікаў БДІПЧ АБСЕ на выбары ў мясцовыя саветы", "2018-01-18", "Мінск", "Belarusian Telegraph Agency", False, set(), {"Belarus", "Russian Federation", "Kazakhstan"}, set(), {"Лідзія Ярмошына"}, {("Belarusian Telegraph Agency", "БЕЛТА"), "OSCE Office for Democratic Institutions and Human Rights", ("CIS Executive Committee", "Выканаўчы камітэт СНД", "Commonwealth of Independent States"), "OSCE Parliamentary Assembly", ("Viasna Human Rights Centre", "Вясна")}),
    "ap3_et.txt": ("Eesti ja Soome välisministrid: OSCE peab säilitama oma vaatlusmissioonid", "2021-12-03", None, "Estonian Public Broadcasting", False, set(), {"Estonia", "Finland", "Ukraine", "Russian Federation", "Sweden"}, {"OSCE Special Monitoring Mission to Ukraine"}, {"Eva-Maria Liimets", "Pekka Haavisto", "Ann Linde"}, {("Estonian Public Broadcasting", "ERR"), "OSCE Ministerial Council"}),
    "ap3_no.txt": ("Erklæring fra Norges faste delegasjon til OSSE om mediefrihet i Russland", "2023-03-31", None, "Norwegian News Agency", False, set(), {"Norway", "Russian Federation", "Iceland", "Denmark"}, set(), {"Evan Gershkovich", "Teresa Ribeiro"}, {("Norwegian News Agency", "NTB"), ("The Wall Street Journal", "Wall Street Journal"), "OSCE Permanent Council", "OSCE Representative on Freedom of the Media"}),
    "ap3_da.txt": ("Udenrigsminister Lars Løkke Rasmussen: Danmark øger støtten til OSCE's arbejde i Centralasien", "2023-06-14", None, None, False, set(), {"Denmark", "Tajikistan", "Kyrgyzstan", "Afghanistan"}, {"OSCE Programme Office in Bishkek"}, {"Lars Løkke Rasmussen"}, {"OSCE Secretariat", "Office of the United Nations High Commissioner for Refugees"}),
    "ap3_mn.txt": ("ЕАБХАБ-ын Ерөнхий нарийн бичгийн дарга Улаанбаатарт айлчилж байна", "2016-05-24", None, None, False, set(), {"Mongolia", "China", "Russian Federation"}, set(), {"Ламберто Занньер", "Лундэгийн Пүрэвсүрэн"}, {("National University of Mongolia", "Монгол Улсын Их Сургууль")}),
    "ap3_pt.txt": ("Observadores da OSCE chegam à Geórgia antes das eleições legislativas", "2024-10-02", "Lisboa", None, False, set(), {"Georgia", "Ireland", "Portugal"}, set(), {"Eoghan Murphy", "Francisco Assis"}, {"OSCE Office for Democratic Institutions and Human Rights", ("Georgian Dream", "Sonho Georgiano"), "European Union", "European Commission for Democracy through Law", "European Parliament"}),
    "ap3_ro.txt": ("Reprezentantul Special al Președinției OSCE pentru procesul de reglementare transnistrean, în vizită la Chișinău", "2022-04-19", "Chișinău", "Ministry of Foreign Affairs of Moldova", False, set(), {"Moldova", "Poland", "Ukraine"}, {"OSCE Mission to Moldova"}, {"Nicu Popescu", "Thomas Mayr-Harting", "Oleg Serebrian"}, set()),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "ap1_en.txt": "osce-new",
    "ap1_de.txt": "osce-old",
    "ap1_fr.txt": "archive",
    "ap1_pl.txt": "institution",
    "ap1_sr.txt": "field-site",
    "ap1_kk.txt": "agency",
    "ap1_ro.txt": "broadcaster",
    "ap1_cs.txt": "newspaper",
    "ap1_ru.txt": "aggregator",
    "ap1_lt.txt": "mfa",
    "ap1_hy.txt": "agency",
    "ap1_el.txt": "newspaper",
    "ap1_sq.txt": "field-site",
    "ap1_uk.txt": "broadcaster",
    "ap1_ka.txt": "mfa",
    "ap2_ru.txt": "osce-new",
    "ap2_en.txt": "osce-old",
    "ap2_hr.txt": "archive",
    "ap2_it.txt": "institution",
    "ap2_mk.txt": "field-site",
    "ap2_ky.txt": "field-site",
    "ap2_az.txt": "agency",
    "ap2_fi.txt": "broadcaster",
    "ap2_hu.txt": "newspaper",
    "ap2_bg.txt": "aggregator",
    "ap2_sk.txt": "mfa",
    "ap2_nl.txt": "institution",
    "ap2_tr.txt": "broadcaster",
    "ap2_sl.txt": "newspaper",
    "ap2_lv.txt": "archive",
    "ap3_es.txt": "osce-new",
    "ap3_en.txt": "osce-new",
    "ap3_ru.txt": "osce-old",
    "ap3_bs.txt": "osce-old",
    "ap3_sv.txt": "archive",
    "ap3_uk.txt": "institution",
    "ap3_tg.txt": "field-site",
    "ap3_uz.txt": "archive",
    "ap3_be.txt": "agency",
    "ap3_et.txt": "aggregator",
    "ap3_no.txt": "aggregator",
    "ap3_da.txt": "mfa",
    "ap3_mn.txt": "broadcaster",
    "ap3_pt.txt": "newspaper",
    "ap3_ro.txt": "mfa",
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = "b5aef06"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {'title': 0.933, 'date': 0.933, 'place': 0.956, 'source': 0.911, 'fields_of_work': (1.0, 1.0, 1.0), 'states': (0.992, 0.959, 0.975), 'field_operations': (1.0, 0.95, 0.974), 'persons': (0.809, 0.792, 0.8), 'organizations': (0.959, 0.727, 0.827)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {'title': ('archive', 0.6), 'date': ('institution', 0.75), 'place': ('archive', 0.8), 'source': ('aggregator', 0.5), 'fields_of_work': ('agency', 1.0), 'states': ('osce-old', 0.941), 'field_operations': ('aggregator', 0.0), 'persons': ('agency', 0.267), 'organizations': ('newspaper', 0.69)}

PAGES = OwnPages("ap", GOLD, FIELDS)

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE))


if __name__ == "__main__":  # python tests/test_extract_own_pages_ap.py [ap1 ap2 ap3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
