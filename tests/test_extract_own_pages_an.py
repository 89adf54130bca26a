"""Line an: blind own pages for osce-kg's extraction-quality measurement (session 15).

Written blind: the writer read only the brief, tests/gold/README.md, the README's naming conventions,
tests/own_pages.py, the template and the lead decisions; no loader code, no other line's pages or gold, no corpus
page, and nothing was run on these pages. Every page is new prose as a browser's "save as text" gives a whole page
(masthead, menus, banners, share bars, teasers, footers). Shapes: osce-new, osce-old, archive, institution,
field-site, agency, broadcaster, newspaper, aggregator, mfa (SHAPES).

Judgement calls taken while writing:
- Persons are given in the nominative in the page's script (Georgian "ჰელგა შმიდს" -> ჰელგა შმიდი, Lithuanian
  "Gabrieliumi Landsbergiu" -> Gabrielius Landsbergis, Kazakh "Пиа Каумамен" -> Пиа Каума, Polish "Ilanem Shorem"
  -> Ilan Shor); Hungarian names keep the page's order (Szijjártó Péter). Bylines are not persons.
- Ombudsmen (Zaštitnik građana, Human Rights Defender of Armenia), election commissions, the Swedish Sida and
  Kazakhstan's Agency for Religious Affairs are State organs/agencies: not organizations.
- an1_de: "das Außenministerium in Wien" names a city, not a State: Austria is not counted. ORF's time stamp under
  the article (27.10.2024 18.42) is the publication date.
- an1_el (osce.org old layout): the headline reports the Chairman-in-Office calling for dialogue on the OSCE's own
  site: OSCE Chairpersonship, inferred. "πΓΔΜ" -> North Macedonia.
- an1_lt: credit line "LRT.lt, BNS" credits BNS alone (lead decision on credit lines); BNS is also an organization.
- an1_pl: aggregator "źródło: PAP" and the "(PAP)" dateline: Polish Press Agency, explicit; the "dodano 5 godz.
  temu" stamp is not a date.
- an1_sq: a ministry's own statement with topic after the ministry: the ministry, inferred; the masthead
  "REPUBLIKA E SHQIPËRISË" is chrome, Albania counts from the body.
- Press contacts inside a release count for States (an1_fr Poland, an1_hu the Netherlands); site footers do not.
- an1_ro: "Domenii de activitate" labels mapped to the site's list.
- Agency datelines (Interfax-Kazakhstan, Kazinform) are explicit sources and also organizations.
- an2_it: osce.org's "Segretariato" section heading over the headline implies OSCE Secretariat (inferred); the
  release's own press contact (Vienna, Austria) counts for Austria.
- an2_es: entity page of the ATU: issuer the ATU (inferred), no date; its contact block counts for Austria.
- an2_ru: "Полевой офис ОБСЕ в Оше" (a named, capitalized sub-office) is listed as OSCE Field Office in Osh. (Lead, session 15, after
  the measurement: brought to the gold convention, a named sub-office counts as the operation that runs it, already
  listed; the label dropped. The measured figures stay as recorded.)
- an2_sk (archived chairmanship page): headline reports the CiO's visit: OSCE Chairpersonship, inferred.
- an2_nl: the aggregator gives only its crawl stamp ("opgehaald ...") and the ANP dateline has no date: date null;
  "Navo-vredesmacht KFOR" gives KFOR only (nested names); EULEX only, not the EU.
- an2_lv: no ministry header over the headline (masthead is chrome), but the release ends with the ministry's press
  service label: explicit source. Detained SMM staff given in Latvian nominative.
- an2_et, an2_tr, an2_cs: agency credit under the headline (BNS, AA, "Zdroj: ČTK") is the explicit source.
- an2_sl: the byline (Matej Zwitter) is not a person; national adjectives count (finskega, ameriškega).
- an2_en: PA release with only a one-line press contact; the Copenhagen footer is chrome (no Denmark).
- an3_bs: "Terenski ured OSCE-a u Travniku" (a named sub-office) is listed as OSCE Field Office in Travnik (lead, session 15,
  after the measurement: dropped, as an2_ru's); the
  Supreme Court of the Federation is a State organ.
- an3_de (osce.org event page): date the event's start, place the "Ort:" value as written ("Hofburg, Wien,
  Österreich"); "Veranstalter: Finnischer OSZE-Vorsitz" is an organizer line, not a source, and the Chairmanship is
  a post (no organization): source null.
- an3_sr: the headline is the Mission's statement, but the page's "Извор: РТС, Танјуг" line is explicit and wins;
  it names the site itself then an agency, so it credits Tanjug alone; RTS (the masthead) is not an organization.
- an3_el: a joint statement of two ministers on an aggregator with "Πηγή: ΑΠΕ-ΜΠΕ": the explicit agency wins; the
  aggregator's item date is the date. "Σύμβαση των Ηνωμένων Εθνών ..." counts as a mention of the United Nations.
- an3_no: regjeringen.no's per-item line "Nyhet | Dato: ... | Utenriksdepartementet" names the issuing ministry for
  the item (not the masthead): explicit source.
- an3_sv: "Pressmeddelande från Utrikesdepartementet" over the headline: explicit header.
- an3_fi: "Päivitetty" stamp ignored; "Etyjin Ukrainan-tukiohjelma" is the OSCE Support Programme for Ukraine;
  Finnish genitives brought to the nominative (Andrii Sybiha, Volodymyr Zelenskyi).
- an3_en: RFoM's own site; its media contact (Vienna, Austria) counts; the Venice Commission is given alone, not the
  Council of Europe (nested names).
- an3_uk, an3_ka, an3_ru (old osce.org, archived or not): the field operation's name heading its section over the
  headline gives the inferred issuer; the archive toolbar's capture stamps are never the date.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    "an1_en.txt": ("OSCE Mission to Bosnia and Herzegovina urges swift appointment of Mostar election commission members", "2024-03-14", "Sarajevo", "OSCE Mission to Bosnia and Herzegovina", True, {"Elections", "Democratization"}, {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Brian Aggeler", "Mersiha Causevic-Podzic"}, {"OSCE Office for Democratic Institutions and Human Rights", "Council of Europe", "Office of the High Representative"}),
    "an1_ru.txt": ("В Астане обсудили роль гражданского общества в борьбе с экстремизмом", "2024-05-22", "Астана", "Interfax-Kazakhstan", False, set(), {"Kazakhstan", "Kyrgyzstan", "Uzbekistan"}, {"OSCE Programme Office in Astana"}, {"Фолькер Фробарт", "Ерлан Бекмагамбетов"}, {("Interfax-Kazakhstan", "Интерфакс-Казахстан"), ("L.N. Gumilyov Eurasian National University", "Евразийский национальный университет имени Л.Н. Гумилева"), ("CIS Anti-Terrorism Center", "Антитеррористический центр государств – участников СНГ"), "United Nations Office on Drugs and Crime"}),
    "an1_de.txt": ("OSZE-Beobachter kritisieren Druck auf Wähler in Georgien", "2024-10-27", None, None, False, set(), {"Georgia", "Finland"}, set(), {"Pia Kauma"}, {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe", ("Georgian Dream", "Georgischer Traum"), "European Commission"}),
    "an1_fr.txt": ("La Directrice du BIDDH préoccupée par les poursuites visant des observateurs électoraux citoyens en Azerbaïdjan", "2025-04-09", "Varsovie", "OSCE Office for Democratic Institutions and Human Rights", True, {"Elections", "Human rights"}, {"Azerbaijan", "Poland"}, set(), {"Maria Telalian", "Katya Andrusz"}, {"OSCE Office for Democratic Institutions and Human Rights", ("Union For a Free Society", "Union « Pour une société libre »"), "United Nations Human Rights Committee"}),
    "an1_uk.txt": ("ОБСЄ допоможе Україні з розмінуванням сільськогосподарських земель на Харківщині", "2025-02-18", None, None, False, set(), {"Ukraine", "Germany", "Japan"}, {"OSCE Support Programme for Ukraine"}, {"Олена Лапко", "Ігор Безкаравайний"}, {"United Nations Development Programme", ("Geneva International Centre for Humanitarian Demining", "Женевський міжнародний центр гуманітарного розмінування"), "World Bank"}),
    "an1_sr.txt": ("Misija OEBS u Srbiji i Zaštitnik građana predstavili priručnik o pravima pritvorenih lica", "2024-06-03", "Beograd", "OSCE Mission to Serbia", True, {"Policing", "Human rights"}, {"Serbia", "Norway"}, {"OSCE Mission to Serbia"}, {"Zoran Pašalić", "Jan Braathu"}, {("Belgrade Centre for Human Rights", "Beogradski centar za ljudska prava"), ("European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment", "European Committee for the Prevention of Torture"), ("United Nations Children's Fund", "UNICEF")}),
    "an1_ka.txt": ("საგარეო საქმეთა მინისტრი ეუთოს გენერალურ მდივანს შეხვდა", "2024-09-12", None, None, False, set(), {"Georgia", "Russian Federation"}, set(), {"ილია დარჩიაშვილი", "ჰელგა შმიდი"}, {"OSCE Office for Democratic Institutions and Human Rights", ("European Union Monitoring Mission in Georgia", "EUMM")}),
    "an1_hy.txt": ("ԵԱՀԿ Երևանյան գրասենյակն աջակցում է Հայաստանում ընտանեկան բռնության զոհերի ապաստարանների ստեղծմանը", "2012-11-02", "Երևան", "OSCE Office in Yerevan", True, {"Gender equality", "Human rights"}, {"Armenia"}, {"OSCE Office in Yerevan"}, {"Անդրեյ Սորոկին", "Կարեն Անդրեասյան", "Ժաննա Անդրեասյան"}, {("Women's Resource Center", "Կանանց ռեսուրսային կենտրոն"), "United Nations Population Fund"}),
    "an1_el.txt": ("Ο Προεδρεύων του ΟΑΣΕ καλεί σε διάλογο για τη μεταχείριση των μειονοτήτων στη Νοτιοανατολική Ευρώπη", "2009-02-18", "Αθήνα", "OSCE Chairpersonship", True, set(), {"Greece", "North Macedonia", "Serbia"}, set(), {"Ντόρα Μπακογιάννη", "Κνουτ Βόλεμπεκ"}, {"OSCE High Commissioner on National Minorities", "Council of Europe", "Office of the United Nations High Commissioner for Refugees"}),
    "an1_pl.txt": ("Misja OBWE: wybory w Mołdawii przeprowadzono sprawnie, ale kampanię zakłócała ingerencja z zewnątrz", "2024-10-21", "Kiszyniów", "Polish Press Agency", False, set(), {"Moldova", "Russian Federation"}, set(), {"Ilan Shor", "Maia Sandu", "Pere Joan Pons"}, {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly", ("Europol", "European Union Agency for Law Enforcement Cooperation"), ("Polish Press Agency", "PAP")}),
    "an1_ro.txt": ("Misiunea OSCE a reunit jurnaliști de pe ambele maluri ale Nistrului la Bender", "2023-11-07", "Bender", "OSCE Mission to Moldova", True, {"Media freedom and development", "Conflict prevention and resolution"}, {"Moldova", "Sweden"}, {"OSCE Mission to Moldova"}, {"Kelly Keiderling", "Nadejda Nour"}, {("Independent Journalism Center", "Centrul pentru Jurnalism Independent"), ("DW Akademie", "Deutsche Welle Akademie")}),
    "an1_kk.txt": ("ЕҚЫҰ Парламенттік ассамблеясының президенті Астанада Сенат төрағасымен кездесті", "2024-10-15", "Астана", "Kazinform", False, set(), {"Kazakhstan", "Afghanistan", "Finland"}, {"OSCE Programme Office in Astana"}, {"Мәулен Әшімбаев", "Пиа Каума", "Фолькер Фробарт"}, {"OSCE Parliamentary Assembly", "OSCE Office for Democratic Institutions and Human Rights", ("Kazinform", "ҚазАқпарат")}),
    "an1_bg.txt": ("ОССЕ ще наблюдава предсрочните избори в България с над 300 наблюдатели", "2024-10-02", None, None, False, set(), {"Bulgaria", "Türkiye"}, set(), {"Юрдакул Йигитгюден"}, {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe", ("GERB–SDS", "ГЕРБ-СДС"), ("We Continue the Change – Democratic Bulgaria", "Продължаваме промяната – Демократична България"), ("Revival", "Възраждане"), ("Transparency without Borders", "Прозрачност без граници")}),
    "an1_hu.txt": ("A nemzeti kisebbségi főbiztos Budapesten és Pozsonyban tárgyalt a kisebbségi nyelvhasználatról", "2022-05-30", "Hága", "OSCE High Commissioner on National Minorities", True, set(), {"Hungary", "Slovakia", "Netherlands"}, set(), {"Kairat Abdrahmanov", "Szijjártó Péter", "Ivan Korčok", "Anna Ursini-Bihari"}, {"OSCE High Commissioner on National Minorities", ("Hungarian Alliance", "Magyar Szövetség"), ("J. Selye University", "Selye János Egyetem")}),
    "an1_lt.txt": ("ESBO vadovas Vilniuje: karas Ukrainoje griauna Europos saugumo pamatus", "2023-01-10", None, "Baltic News Service", False, set(), {"North Macedonia", "Lithuania", "Ukraine", "Russian Federation", "Belarus"}, set(), {"Bujaras Osmani", "Gabrielius Landsbergis", "Viktorija Čmilytė-Nielsen"}, {"OSCE Office for Democratic Institutions and Human Rights", "European Court of Human Rights", ("Baltic News Service", "BNS")}),
    "an1_sq.txt": ("Deklaratë e Ministrisë për Evropën dhe Punët e Jashtme për sulmin e armatosur në veri të Kosovës", "2023-09-24", None, "Ministry for Europe and Foreign Affairs of Albania", True, set(), {"Serbia", "Albania"}, {"OSCE Mission in Kosovo"}, {"Josep Borrell"}, {("Kosovo Force", "KFOR"), "European Union"}),
    "an2_it.txt": ("A Roma esperti dell'OSCE e della Guardia di Finanza discutono il contrasto ai flussi finanziari illeciti legati alla tratta", "2025-06-12", "Roma", "OSCE Secretariat", True, {"Combating trafficking in human beings", "Economic activities"}, {"Albania", "Georgia", "Spain", "Austria"}, set(), {"Kari Johnstone"}, {"Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings", "OSCE Secretariat", ("Financial Action Task Force", "GAFI"), "Europol", "United Nations Office on Drugs and Crime"}),
    "an2_es.txt": ("Unidad de Acción contra el Terrorismo", None, None, "OSCE Action against Terrorism Unit", True, {"Countering terrorism"}, {"Austria", "Tajikistan", "Turkmenistan"}, {"OSCE Programme Office in Dushanbe", "OSCE Centre in Ashgabat"}, set(), {"OSCE Action against Terrorism Unit", "OSCE Transnational Threats Department", "OSCE Secretariat", "United Nations Office of Counter-Terrorism", "Counter-Terrorism Committee Executive Directorate", ("Global Counterterrorism Forum", "Foro Mundial contra el Terrorismo")}),
    "an2_az.txt": ("ATƏT-in Bakı Ofisi Gəncədə yerli icra hakimiyyəti nümayəndələri üçün ekoloji məlumatlara çıxış mövzusunda seminar keçirib", "2010-04-16", "Gəncə", "OSCE Office in Baku", True, set(), {"Azerbaijan"}, {"OSCE Office in Baku"}, {"Jose Luis Herrero", "Səməd Bayramov", "Ülviyyə Əliyeva"}, {("Aarhus Information Centre", "Aarhus İnformasiya Mərkəzi"), ("Ecological Law Center", "Ekoloji Hüquq Mərkəzi"), "United Nations Economic Commission for Europe"}),
    "an2_hr.txt": ("Misija OESS-a pozdravlja napredak u obnovi stambenog zbrinjavanja povratnika u Vukovarsko-srijemskoj županiji", "2005-09-22", "Vukovar", "OSCE Mission to Croatia", True, set(), {"Croatia", "Serbia and Montenegro", "Bosnia and Herzegovina"}, {"OSCE Mission to Croatia"}, {"Jorge Fuentes", "Alessandro Fracassetti"}, {"Office of the United Nations High Commissioner for Refugees", "European Commission", ("Serb Democratic Forum", "Srpski demokratski forum")}),
    "an2_ru.txt": ("Центр ОБСЕ в Бишкеке поддержал подготовку участковых инспекторов милиции в Ошской области", "2010-02-26", "Ош", "OSCE Centre in Bishkek", True, set(), {"Kyrgyzstan", "United States of America"}, {"OSCE Centre in Bishkek"}, {"Эндрю Тесорьер", "Гульнара Кадырбекова"}, {("Institute for Public Policy", "Институт общественной политики")}),
    "an2_sk.txt": ("Predseda OBSE Lajčák navštívil Donbas a vyzval na rešpektovanie prímeria", "2019-03-21", "Mariupoľ", "OSCE Chairpersonship", True, set(), {"Slovakia", "Ukraine"}, {"OSCE Special Monitoring Mission to Ukraine"}, {"Miroslav Lajčák", "Ertuğrul Apakan", "Juraj Tomaga"}, {"International Committee of the Red Cross", ("Trilateral Contact Group", "Trojstranná kontaktná skupina")}),
    "an2_cs.txt": ("Představitelka OBSE pro svobodu médií: Slovensko by nemělo rušit veřejnoprávní RTVS ve spěchu", "2024-06-12", "Vídeň", "Czech News Agency", False, set(), {"Slovakia"}, set(), {"Teresa Ribeirová", "Martina Šimkovičová"}, {"OSCE Representative on Freedom of the Media", ("Czech News Agency", "ČTK"), ("Slovak Television and Radio", "Slovenská televízia a rozhlas", "Slovenská televize a rozhlas", "STVR"), ("European Broadcasting Union", "Evropská vysílací unie", "EBU"), "European Commission", ("Radio and Television of Slovakia", "Rozhlas a televize Slovenska", "Rozhlas a televízia Slovenska", "RTVS"), ("Progressive Slovakia", "Progresivní Slovensko")}),
    "an2_nl.txt": ("Nederland stuurt politie-experts naar OVSE-missie in Kosovo", None, "Den Haag", "Algemeen Nederlands Persbureau", False, set(), {"Netherlands", "Serbia", "United Kingdom"}, {"OSCE Mission in Kosovo"}, {"Hanke Bruins Slot", "Michael Davenport"}, {("Algemeen Nederlands Persbureau", "ANP"), ("European Union Rule of Law Mission in Kosovo", "EULEX"), ("Kosovo Force", "KFOR")}),
    "an2_en.txt": ("Parliamentary observers in Tbilisi to launch OSCE PA election mission for Georgian parliamentary polls", "2024-10-18", "Copenhagen", "OSCE Parliamentary Assembly", True, set(), {"Georgia", "France", "Romania"}, set(), {"Pascal Allizard", "Iulian Bulai", "Eoghan Murphy", "Nat Parry"}, {"OSCE Parliamentary Assembly", "OSCE Office for Democratic Institutions and Human Rights", "European Parliament", "Parliamentary Assembly of the Council of Europe", "NATO Parliamentary Assembly", ("International Society for Fair Elections and Democracy", "ISFED")}),
    "an2_mk.txt": ("Мисијата на ОБСЕ во Скопје и Државната изборна комисија организираа обука за изборни одбори во Тетово", "2024-03-05", "Тетово", "OSCE Mission to Skopje", True, {"Elections", "Democratization"}, {"North Macedonia", "Switzerland"}, {"OSCE Mission to Skopje"}, {"Килијан Вал", "Мирјана Гарвановска"}, {("International Foundation for Electoral Systems", "IFES"), ("Citizens' Association MOST", "МОСТ")}),
    "an2_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu, Ankara'da Dışişleri Bakanı Fidan ile görüştü", "2025-02-03", "Ankara", "Anadolu Agency", False, set(), {"Ukraine", "Türkiye", "Azerbaijan", "Armenia", "Finland"}, set(), {"Feridun Sinirlioğlu", "Hakan Fidan", "Numan Kurtulmuş"}, {("Anadolu Agency", "Anadolu Ajansı", "AA")}),
    "an2_ky.txt": ("ЕККУ шайлоо укугу боюнча мыйзам долбоорун сынга алды", "2023-07-11", None, None, False, set(), {"Kyrgyzstan"}, {"OSCE Programme Office in Bishkek"}, {"Тынчтыкбек Шайназаров", "Өмүрбек Текебаев", "Маттео Мекаччи"}, {"OSCE Office for Democratic Institutions and Human Rights", ("European Commission for Democracy through Law", "Venice Commission", "Венеция комиссиясы"), ("Ata-Meken", "Ата Мекен")}),
    "an2_sl.txt": ("Slovenski diplomat bo vodil Misijo OVSE v Bosni in Hercegovini", "2025-11-20", None, None, False, set(), {"Bosnia and Herzegovina", "Finland", "Slovenia", "United States of America"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Jernej Grm", "Brian Aggeler", "Tanja Fajon", "Christian Schmidt"}, {"OSCE Permanent Council", "Office of the High Representative", ("Party of Democratic Action", "SDA")}),
    "an2_lv.txt": ("Latvija EDSO Pastāvīgajā padomē: Krievijai jāatbrīvo aizturētie EDSO darbinieki", "2024-03-28", None, "Ministry of Foreign Affairs of Latvia", False, set(), {"Latvia", "Russian Federation", "Ukraine", "Estonia", "Lithuania"}, {"OSCE Special Monitoring Mission to Ukraine"}, {"Kristīne Līce", "Vadims Golods", "Dmitro Šabanovs", "Maksims Petrovs"}, {"OSCE Permanent Council", "European Union"}),
    "an2_et.txt": ("Tsahkna: Venemaa ei tohi halvata OSCE tööd ka tuleval aastal", "2023-11-30", None, "Baltic News Service", False, set(), {"Russian Federation", "Estonia", "Malta", "Latvia", "Lithuania"}, set(), {"Margus Tsahkna", "Sergei Lavrov", "Matteo Mecacci"}, {"OSCE Ministerial Council", "OSCE Office for Democratic Institutions and Human Rights", "Office of the United Nations High Commissioner for Refugees", ("Baltic News Service", "BNS")}),
    "an3_bs.txt": ("OSCE Misija u BiH: Zajedničke škole u Kantonu Središnja Bosna trebaju jedinstven nastavni plan", "2024-10-09", "Travnik", "OSCE Mission to Bosnia and Herzegovina", True, {"Education", "Human rights"}, {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Brian Aggeler", "Mersiha Čaušević-Podžić"}, {("Committee on the Rights of the Child", "United Nations Committee on the Rights of the Child"), ("Save the Children",)}),
    "an3_uz.txt": ("EXHT Samarqandda turizm sohasida odam savdosiga qarshi kurash bo'yicha seminar o'tkazdi", "2025-05-14", "Samarqand", "OSCE Project Co-ordinator in Uzbekistan", True, {"Combating trafficking in human beings", "Migration"}, {"Uzbekistan"}, {"OSCE Project Co-ordinator in Uzbekistan"}, {"Xans-Ulrix Ixm", "Dilorom Fayziyeva"}, {"International Organization for Migration", ("Istiqbolli Avlod", "Istiqbolli avlod")}),
    "an3_tg.txt": ("Вазири корҳои хориҷӣ бо Роҳбари Дафтари барномавии САҲА дар Душанбе мулоқот кард", "2025-03-04", "Душанбе", "National Information Agency of Tajikistan", False, set(), {"Tajikistan", "Afghanistan"}, {"OSCE Programme Office in Dushanbe"}, {"Сироҷиддин Муҳриддин", "Толга Тураноглу"}, {("National Information Agency of Tajikistan", "Khovar", "Ховар", "АМИТ «Ховар»"), "OSCE Border Management Staff College"}),
    "an3_sv.txt": ("Sverige stöder OSSE:s arbete mot människohandel i Moldavien med fem miljoner kronor", "2023-08-15", None, "Ministry of Foreign Affairs of Sweden", False, set(), {"Sweden", "Moldova", "Ukraine"}, {"OSCE Mission to Moldova"}, {"Johan Forssell", "Ebba Johansson"}, {"Office of the United Nations High Commissioner for Refugees", ("La Strada Moldova", "La Strada"), "Council of Europe"}),
    "an3_fi.txt": ("Valtonen Etyjin puheenjohtajana Kiovassa: Suomi ei hyväksy Venäjän ehtoja rauhalle", "2025-01-20", None, None, False, set(), {"Finland", "Russian Federation", "Ukraine", "Moldova", "Georgia"}, {"OSCE Support Programme for Ukraine"}, {"Elina Valtonen", "Andrii Sybiha", "Volodymyr Zelenskyi", "Kaja Kallas"}, {"European Union"}),
    "an3_da.txt": ("OSCE's parlamentariske forsamling samles i Wien om Ukraine og Belarus", "2024-02-21", "København", "Ritzau", False, set(), {"Ukraine", "Belarus", "Denmark", "Malta"}, set(), {"Roberto Montella", "Kristian Klarskov", "Ian Borg"}, {"OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe", ("Ritzau", "Ritzaus Bureau"), ("Venstre", "Venstre, Denmark's Liberal Party")}),
    "an3_no.txt": ("Eide på OSSEs ministerrådsmøte på Malta: – Sikkerhet i Europa kan ikke bygges på brutte løfter", "2024-12-06", None, "Ministry of Foreign Affairs of Norway", False, set(), {"Malta", "Ukraine", "Russian Federation", "Türkiye", "Norway", "Iceland", "Liechtenstein"}, set(), {"Espen Barth Eide", "Feridun Sinirlioğlu"}, {"OSCE Ministerial Council", "OSCE Office for Democratic Institutions and Human Rights"}),
    "an3_de.txt": ("Jahreskonferenz zur Überprüfung der Sicherheit 2025", "2025-06-24", "Hofburg, Wien, Österreich", None, False, {"Arms control", "Conflict prevention and resolution"}, {"Austria", "Finland", "Ukraine"}, set(), {"Feridun Sinirlioğlu"}, {"OSCE Forum for Security Co-operation", "OSCE Conflict Prevention Centre", "United Nations Office for Disarmament Affairs"}),
    "an3_ru.txt": ("Офис ОБСЕ в Минске провел семинар по экологическому законодательству для судей", "2008-10-14", "Минск", "OSCE Office in Minsk", True, {"Environmental activities", "Rule of law"}, {"Belarus"}, {"OSCE Office in Minsk"}, {"Ханс-Йохен Шмидт", "Татьяна Каминская"}, {"United Nations Economic Commission for Europe", ("Ecodom", "Экодом")}),
    "an3_uk.txt": ("Координатор проектів ОБСЄ в Україні допоміг Верховній Раді підготувати законопроект про доступ до публічної інформації", "2012-02-02", "Київ", "OSCE Project Co-ordinator in Ukraine", True, set(), {"Ukraine"}, {"OSCE Project Co-ordinator in Ukraine"}, {"Лубомир Копай", "Дуня Міятович", "Наталія Шевчук"}, {"European Court of Human Rights", ("Kharkiv Human Rights Protection Group", "Харківська правозахисна група"), ("Media Law Institute", "Інститут медіа права"), "OSCE Representative on Freedom of the Media"}),
    "an3_sr.txt": ("Изјава Мисије ОЕБС-а у Србији поводом напада на новинарку у Новом Саду", "2024-02-16", None, "Tanjug", False, set(), {"Serbia"}, {"OSCE Mission to Serbia"}, {"Јелена Зорић", "Тереза Рибеиро"}, {("Tanjug", "Танјуг"), ("Nova.rs", "Нова.рс"), ("Independent Journalists' Association of Serbia", "Независно удружење новинара Србије", "НУНС"), ("Journalists' Association of Serbia", "Удружење новинара Србије", "УНС"), "OSCE Representative on Freedom of the Media"}),
    "an3_en.txt": ("OSCE Media Freedom Representative concerned about foreign agents bill in Kyrgyzstan", "2025-01-27", "Vienna", "OSCE Representative on Freedom of the Media", True, {"Media freedom and development", "Safety of journalists"}, {"Kyrgyzstan", "Austria"}, {"OSCE Programme Office in Bishkek"}, {"Jan Braathu", "Ilona Gerdov"}, {"OSCE Representative on Freedom of the Media", ("Kloop", "Kloop Media"), ("Temirov Live",), ("European Commission for Democracy through Law", "Venice Commission")}),
    "an3_be.txt": ("АБСЕ: каля 1300 палітвязняў у Беларусі — сістэмнае парушэнне абавязацельстваў", "2024-04-24", None, None, False, set(), {"Belarus", "France", "Lithuania", "Poland", "Canada", "Russian Federation"}, set(), {"Эрвэ Асансьё", "Алесь Бяляцкі"}, {"OSCE Permanent Council", ("Viasna Human Rights Centre", "Вясна"), ("Belarusian Association of Journalists", "Беларуская асацыяцыя журналістаў")}),
    "an3_el.txt": ("Κοινή δήλωση των υπουργών Εξωτερικών Ελλάδας και Κύπρου για την Ανατολική Μεσόγειο", "2024-07-11", None, "Athens-Macedonian News Agency", False, set(), {"Greece", "Cyprus"}, set(), {"Γιώργος Γεραπετρίτης", "Κωνσταντίνος Κόμπος", "Μαρία Άνχελα Ολγκίν"}, {("Athens-Macedonian News Agency", "ΑΠΕ-ΜΠΕ"), "Council of Europe", "United Nations", ("United Nations Peacekeeping Force in Cyprus", "UNFICYP")}),
    "an3_ka.txt": ("ეუთოს სამხედრო დამკვირვებლებმა გორის რეგიონში სოფლები მოინახულეს", "2008-12-05", "თბილისი", "OSCE Mission to Georgia", True, {"Conflict prevention and resolution", "Arms control"}, {"Georgia"}, {"OSCE Mission to Georgia"}, {"ტერჰი ჰაკალა", "მარტა ქართველიშვილი"}, {("European Union Monitoring Mission in Georgia", "EUMM"), "International Committee of the Red Cross"}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "an1_en.txt": "osce-new", "an1_ru.txt": "agency", "an1_de.txt": "broadcaster", "an1_fr.txt": "institution",
    "an1_uk.txt": "newspaper", "an1_sr.txt": "field-site", "an1_ka.txt": "mfa", "an1_hy.txt": "archive",
    "an1_el.txt": "osce-old", "an1_pl.txt": "aggregator", "an1_ro.txt": "field-site", "an1_kk.txt": "agency",
    "an1_bg.txt": "newspaper", "an1_hu.txt": "institution", "an1_lt.txt": "broadcaster", "an1_sq.txt": "mfa",
    "an2_it.txt": "osce-new", "an2_es.txt": "osce-new", "an2_az.txt": "osce-old", "an2_hr.txt": "osce-old",
    "an2_ru.txt": "archive", "an2_sk.txt": "archive", "an2_cs.txt": "aggregator", "an2_nl.txt": "aggregator",
    "an2_en.txt": "institution", "an2_mk.txt": "field-site", "an2_tr.txt": "agency", "an2_ky.txt": "broadcaster",
    "an2_sl.txt": "newspaper", "an2_lv.txt": "mfa", "an2_et.txt": "newspaper",
    "an3_bs.txt": "field-site", "an3_uz.txt": "field-site", "an3_tg.txt": "agency", "an3_sv.txt": "mfa",
    "an3_fi.txt": "broadcaster", "an3_da.txt": "agency", "an3_no.txt": "mfa", "an3_de.txt": "osce-new",
    "an3_ru.txt": "osce-old", "an3_uk.txt": "archive", "an3_sr.txt": "broadcaster", "an3_en.txt": "institution",
    "an3_be.txt": "newspaper", "an3_el.txt": "aggregator", "an3_ka.txt": "archive",
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = "fd08043"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {'title': 0.87, 'date': 0.935, 'place': 0.935, 'source': 0.783, 'fields_of_work': (0.917, 0.815, 0.863), 'states': (0.966, 0.934, 0.95), 'field_operations': (1.0, 0.871, 0.931), 'persons': (0.876, 0.86, 0.868), 'organizations': (0.837, 0.705, 0.766)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {'title': ('aggregator', 0.5), 'date': ('institution', 0.75), 'place': ('institution', 0.75), 'source': ('osce-new', 0.5), 'fields_of_work': ('archive', 0.333), 'states': ('osce-new', 0.8), 'field_operations': ('broadcaster', 0.8), 'persons': ('field-site', 0.737), 'organizations': ('field-site', 0.444)}

PAGES = OwnPages("an", GOLD, FIELDS)

#: pooled figures at the end of session 15, after rules tuned on this line's misses (an upper bound, held as floors)
AFTER_SESSION_15: dict[str, object] = {'title': 0.978, 'date': 1.0, 'place': 1.0, 'source': 0.913, 'fields_of_work': (1.0, 1.0, 1.0), 'states': (0.966, 0.934, 0.95), 'field_operations': (1.0, 1.0, 1.0), 'persons': (0.893, 0.86, 0.876), 'organizations': (0.9, 0.801, 0.848)}

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_15": AFTER_SESSION_15}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_an.py [an1 an2 an3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
