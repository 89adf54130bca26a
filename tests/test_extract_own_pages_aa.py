# ruff: noqa: E501  (gold titles are kept whole on one line, as the pages print them)
"""Line aa (blind): whole web pages of our own, captured as plain text, with their gold.

What the line is. Pages written for this session by helper AA, in three sets (aa1, aa2, aa3), in
about thirty languages of the OSCE region (Latin, Cyrillic, Greek, Armenian and Georgian scripts;
English on a handful only). Every sentence is ours; the facts (names, posts, dates, places, OSCE
events) are real or plausible. Topics lean to years and bodies other lines rarely pick (the Mission
to Croatia, the Mission to Serbia and Montenegro, Central Asian centres, the Chairpersonships of
Slovenia, Switzerland, Italy, Sweden and Malta, ODIHR observation, RFoM, HCNM, border management,
environment).

Blind. The pages and this gold were written before any extraction of them: their writer read no
code or data under loader/, server/, ontology/ or shapes/, no other line's pages or test file, and
ran no extractor on them. MEASURED_AT and AS_THEY_CAME are the lead's to fill at the measurement.

Shapes (SHAPES): "osce-new" (osce.org's current layout: skip link, language list, breadcrumbs,
metadata block with Publishing date / Content type / Where we are / What we do, in the page's
language), "osce-old" (osce.org's older layout: top menu, "You are here" crumbs, "Press release"
label, dateline, fields-of-work line after the body, printer-friendly links; some under a field
operation's section header), "archive" (a Wayback Machine capture of an osce.org page: toolbar
lines, the archived URL, capture counts and stamps), "institution" (ODIHR, the PA, RFoM, HCNM
sites), "field-site" (a field operation's own site, releases and an "About" entity page),
"agency", "broadcaster", "newspaper", "aggregator", "mfa".

Judgement calls, taken while writing, before any figure:

- Source. Explicit only from a "Source:" line or its translation ("Fonte:", "Avots:", "Πηγή:"), a
  news agency in the dateline ("(STA)", "LETA.") or as the item's credit, or a press-release header in
  the body naming the issuer. "Where we are:" is a location tag, not a source (as gold.jsonl's
  listing_002). Inferred (True) only on the OSCE's own sites: a field operation's or institution's
  site by its masthead, an osce.org page under a field operation's section header (osce-old), an
  archive capture by the osce.org section in the archived URL it prints (osce.org/croatia/...,
  osce.org/sq/albania/..., osce.org/ukraine-smm/...: the page's own address stands for index.tsv's URL;
  an old /item/NNN.html address names no section), an entity page by the
  body it is about, and a headline reporting a body's statement. A Chairpersonship's "Fonte:" line
  is `OSCE Chairpersonship`; a ministry's masthead gives nothing.
- Organizations. Posts stay out (Chairperson-in-Office, Secretary General, the Co-ordinator of OSCE
  Economic and Environmental Activities named as a post, a Special Co-ordinator of the CiO), as do
  State organs (ministries, parliaments and their committees, election commissions, cadastre and
  media agencies, a police training centre, embassies). The RFoM and HCNM count by their post's name.
  Non-OSCE, non-UN/EU/CoE bodies get alternatives (English name, the page's nominative form,
  its acronym); a news agency named as the source or credit is also an organization. Archive
  toolbar bodies (Internet Archive, Alexa) are chrome.
- States. Field operation names count ("Misija OEBS-a u Srbiji i Crnoj Gori" gives Serbia and
  Montenegro, the two current States). Ethnic words (albanske, srpske, romske) and languages do not;
  a site footer's city does not; Monaco named as the venue is the State. Related-news teasers,
  tag lists that only repeat, photo credits and bylines are chrome.
- Persons. Nominative in the page's script ("Edgaru Rinkēviču" -> Edgars Rinkēvičs, Georgian
  ergative "ტონინო პიცულამ" -> ტონინო პიცულა); a prince as "Albert II"; press contacts count.
- Titles. The headline, not a kicker line above it ("Krise in der Ukraine", an ODIHR mission line)
  nor a standfirst. An entity page's title is its heading ("Кеңсе туралы").
- Dates. The publication date; archive capture stamps, "last updated" stamps and an aggregator's
  "updated 3 hours ago" are never it. An entity page without a date has null. Place only from a
  dateline (or an "Place:" line), never from a title ("Δένδιας από Στοκχόλμη" gives no place).
- Labels chosen where the canonical one was not known to the writer (no reference data was read):
  agencies by their official English name where they have one (`Slovenian Press Agency`,
  `Athens-Macedonian News Agency`, `Polish Press Agency`, `News Agency of the Slovak Republic`,
  `Croatian News Agency`, `Bulgarian News Agency`, `Azerbaijan State News Agency`, `Anadolu Agency`),
  by their own name where that is what English uses (`LETA`, `ELTA`); a Norwegian "Pressemelding fra
  Utenriksdepartementet" is `Norwegian Ministry of Foreign Affairs`; a ReliefWeb "Source: Organization
  for Security and Co-operation in Europe" is kept in full (as gold.jsonl's other_010).
- Meetings and groups. "Consiglio dei ministri dell'OSCE", "ministrskega sveta OVSE", "OSSEs
  ministerrådsmøte" name the OSCE Ministerial Council; "la reunión ministerial de Madrid" and "xarici
  işlər nazirlərinin görüşü" (a meeting of ministers, no Council named) do not. The Economic and
  Environmental Forum (an event), the Moscow Mechanism, the OSCE Voluntary Fund and the Geneva
  International Discussions are not organizations; the Trilateral Contact Group, the NATO-Russia
  Council and the Aarhus Centre in Khujand are (with their names as written). The Community Security
  Initiative in Osh is a project of the Centre in Bishkek (a sub-unit) and stays out. A lower-case "the
  secretariat" with no name is not a mention of the OSCE Secretariat.
- Fields of work only from a printed label line ("What we do:", "Ambiti di lavoro:", "Сферы
  деятельности:", "Oblasti rada:", "Fusha të punës:" ...) mapped to the site's list; a news site's
  tags are not such labels; an "About" page's section headings are not either.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    # set aa1
    "aa1_en.txt": ("OSCE Border Management Staff College marks ten years of training border officials from Central Asia and beyond",
                   "2019-05-29", "Dushanbe", None, False, {"Border management", "Gender equality"},
                   {"Tajikistan", "Afghanistan", "Kyrgyzstan", "Mongolia", "Japan"}, {"OSCE Programme Office in Dushanbe"},
                   {"Thomas Greminger", "Sirojiddin Muhriddin", "Valeriu Chiveri", "Firuza Mahmudova"},
                   {"OSCE Border Management Staff College", "United Nations Office on Drugs and Crime"}),
    "aa1_it.txt": ("Il Presidente in esercizio Moavero Milanesi apre a Milano il venticinquesimo Consiglio dei ministri dell'OSCE",
                   "2018-12-06", "Milano", "OSCE Chairpersonship", False, {"Conflict prevention and resolution"},
                   {"Italy", "Ukraine", "Slovakia"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Enzo Moavero Milanesi", "Giuseppe Conte", "Thomas Greminger", "Miroslav Lajčák"},
                   {"OSCE Ministerial Council", "European Union"}),
    "aa1_ru.txt": ("Центр ОБСЕ в Ашхабаде провел семинар по борьбе с опустыниванием для специалистов из пяти стран Центральной Азии",
                   "2012-10-17", "Ашхабад", None, False, {"Environmental activities", "Economic activities"},
                   {"Turkmenistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"}, {"OSCE Centre in Ashgabat"},
                   {"Арсений Сокольников", "Горан Свиланович"},
                   {"United Nations Development Programme", ("Global Environment Facility", "Глобальный экологический фонд")}),
    "aa1_sr.txt": ("Misija OEBS-a obučila prve pripadnike multietničke policije na jugu Srbije",
                   "2004-07-14", "Bujanovac", "OSCE Mission to Serbia and Montenegro", True,
                   {"Policing", "National minority issues"},
                   {"Serbia and Montenegro", "Serbia", "Norway", "Sweden", "United States of America"},
                   {"OSCE Mission to Serbia and Montenegro"},
                   {"Stefano Sanino", "Nebojša Čović", "Sven Lindholm"}, {"European Agency for Reconstruction"}),
    "aa1_hr.txt": ("Misija OESS-a pozdravlja povratak prvih obitelji u obnovljene kuće u Kninu",
                   "2003-11-12", "Knin", "OSCE Mission to Croatia", True, set(),
                   {"Croatia", "Serbia", "Bosnia and Herzegovina"}, {"OSCE Mission to Croatia"},
                   {"Peter Semneby", "Josip Ćirković"},
                   {"United Nations High Commissioner for Refugees", "European Union"}),
    "aa1_sq.txt": ("Prezenca e OSBE-së mbështet Kuvendin në hartimin e ligjit për regjistrin e pronave",
                   "2015-12-03", "Tiranë", "OSCE Presence in Albania", True, {"Good governance", "Rule of law"},
                   {"Albania", "Sweden"}, {"OSCE Presence in Albania"},
                   {"Bernd Borchardt", "Ulsi Manja", "Alma Kapo"},
                   {("World Bank", "Banka Botërore"), "European Union"}),
    "aa1_ka.txt": ("საერთაშორისო დამკვირვებლები: საქართველოს საპარლამენტო არჩევნები კონკურენტულ გარემოში ჩატარდა, თუმცა კამპანია პოლარიზებული იყო",
                   "2012-10-02", "თბილისი", "OSCE Office for Democratic Institutions and Human Rights", True, {"Elections"},
                   {"Georgia"}, set(),
                   {"ტონინო პიცულა", "ლუის ნავარო", "კშიშტოფ ლისეკი", "ჯენს-ჰაგენ ეშენბეხერი"},
                   {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                    "Parliamentary Assembly of the Council of Europe", "European Parliament",
                    ("NATO Parliamentary Assembly", "ნატოს საპარლამენტო ასამბლეა"),
                    ("Georgian Dream", "ქართული ოცნება"), ("United National Movement", "ერთიანი ნაციონალური მოძრაობა")}),
    "aa1_fr.txt": ("Riccardo Migliori élu Président de l'Assemblée parlementaire de l'OSCE à Monaco",
                   "2012-07-09", "Monaco", "OSCE Parliamentary Assembly", True, set(),
                   {"Italy", "Monaco", "Greece"}, set(),
                   {"Riccardo Migliori", "Albert II", "Petros Efthymiou", "Spencer Oliver", "Neil Simon"},
                   {"OSCE Parliamentary Assembly"}),
    "aa1_mk.txt": ("Мисијата на ОБСЕ во Скопје ги обучи новинарите од регионалните медиуми за известување за говор на омраза на интернет",
                   "2021-03-18", "Скопје", "OSCE Mission to Skopje", True, {"Media freedom and development"},
                   {"North Macedonia"}, {"OSCE Mission to Skopje"},
                   {"Клеменс Која", "Младен Чадиковски"},
                   {("Association of Journalists of Macedonia", "Здружение на новинари на Македонија", "ЗНМ"),
                    "OSCE Representative on Freedom of the Media"}),
    "aa1_kk.txt": ("Кеңсе туралы", None, None, "OSCE Programme Office in Astana", True, set(),
                   {"Kazakhstan"}, {"OSCE Programme Office in Astana", "OSCE Centre in Almaty", "OSCE Centre in Astana"},
                   {"Фолькер Фробарт"}, {"OSCE Permanent Council"}),
    "aa1_sl.txt": ("Rupel ob odprtju ministrskega sveta OVSE: Organizacija potrebuje reformo, ne razpustitve",
                   "2005-12-05", "Ljubljana", "Slovenian Press Agency", False, set(),
                   {"Slovenia", "Russian Federation", "Belgium"}, set(),
                   {"Dimitrij Rupel", "Marc Perrin de Brichambaut", "Sergej Lavrov", "Karel De Gucht"},
                   {"OSCE Ministerial Council", ("Slovenian Press Agency", "STA")}),
    "aa1_el.txt": ("Δένδιας από Στοκχόλμη: Ο διάλογος στον ΟΑΣΕ είναι πιο αναγκαίος από ποτέ",
                   "2021-12-02", None, "Athens-Macedonian News Agency", False, set(),
                   {"Greece", "Sweden", "Türkiye", "Poland"}, set(),
                   {"Νίκος Δένδιας", "Αν Λιντ", "Ζμπίγκνιεφ Ράου"},
                   {"OSCE Ministerial Council", ("Athens-Macedonian News Agency", "ΑΠΕ-ΜΠΕ")}),
    "aa1_de.txt": ("Burkhalter wirbt in Kiew für runde Tische", "2014-05-13", "Kiew", None, False, set(),
                   {"Switzerland", "Ukraine", "Germany", "Russian Federation"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Didier Burkhalter", "Wolfgang Ischinger", "Arseni Jazenjuk", "Tim Guldimann"}, set()),
    "aa1_lv.txt": ("EDSO augstā komisāre Torsa Rīgā pārrunā mazākumtautību skolu reformu",
                   "2014-03-11", "Rīga", "LETA", False, set(),
                   {"Latvia", "Finland"}, set(),
                   {"Astrīda Torsa", "Edgars Rinkēvičs", "Ina Druviete"},
                   {"OSCE High Commissioner on National Minorities", "LETA"}),
    "aa1_mt.txt": ("Il-Ministru Ian Borg jippreżenta l-prijoritajiet tal-Presidenza Maltija tal-OSKE lill-Kunsill Permanenti",
                   "2024-01-11", None, None, False, set(),
                   {"Malta", "Ukraine", "North Macedonia"}, set(),
                   {"Ian Borg", "Helga Schmid", "Bujar Osmani"}, {"OSCE Permanent Council", "OSCE Ministerial Council"}),
    # set aa2
    "aa2_ru.txt": ("ОБСЕ помогает Узбекистану подготовить национальный план по борьбе с торговлей людьми",
                   "2019-07-30", None, None, False, {"Combating trafficking in human beings"},
                   {"Uzbekistan"}, {"OSCE Project Co-ordinator in Uzbekistan"},
                   {"Танзила Нарбаева", "Джон МакГрегор", "Валиант Ричи"},
                   {("International Organization for Migration", "Международная организация по миграции"),
                    "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings"}),
    "aa2_fr.txt": ("La Présidente en exercice de l'OSCE se rend en Géorgie et appelle à des progrès dans les Discussions internationales de Genève",
                   "2021-05-26", "Tbilissi", "OSCE Chairpersonship", True, {"Conflict prevention and resolution"},
                   {"Sweden", "Georgia", "Armenia", "Azerbaijan", "Russian Federation", "United States of America"}, set(),
                   {"Ann Linde", "Irakli Garibachvili", "David Zalkaliani", "Rudolf Michalka"},
                   {"European Union", "United Nations"}),
    "aa2_en.txt": ("Another train of Russian ammunition leaves Transdniestria under OSCE verification",
                   "2003-06-27", "Chisinau", "OSCE Mission to Moldova", True, {"Arms control", "Conflict prevention and resolution"},
                   {"Moldova", "Russian Federation", "Ukraine", "Netherlands"}, {"OSCE Mission to Moldova"},
                   {"William Hill", "Jaap de Hoop Scheffer", "Claus Neukirch"}, set()),
    "aa2_es.txt": ("El Presidente en ejercicio de la OSCE concluye en Dushanbé su gira por Asia Central",
                   "2007-04-04", "Dushanbé", "OSCE Chairpersonship", True, {"Border management"},
                   {"Spain", "Tajikistan", "Kazakhstan", "Kyrgyzstan", "Turkmenistan", "Uzbekistan", "Afghanistan"},
                   {"OSCE Centre in Dushanbe"},
                   {"Miguel Ángel Moratinos", "Emomali Rahmon", "Hamrokhon Zarifi", "Vladimir Pryakhin"}, set()),
    "aa2_en2.txt": ("Latest from the OSCE Special Monitoring Mission to Ukraine (SMM), based on information received as of 19:30, 11 August 2016",
                    "2016-08-12", None, "OSCE Special Monitoring Mission to Ukraine", True, set(),
                    {"Ukraine"}, {"OSCE Special Monitoring Mission to Ukraine"},
                    {"Alexander Hug"}, {"International Committee of the Red Cross"}),
    "aa2_uk.txt": ("Координатор проектів ОБСЄ допомагає підготувати суддів до застосування рішень Європейського суду з прав людини",
                   "2013-05-08", "Київ", "OSCE Project Co-ordinator in Ukraine", True, {"Rule of law", "Human rights"},
                   {"Ukraine", "Canada"}, {"OSCE Project Co-ordinator in Ukraine"},
                   {"Мадіна Джарбусинова", "Ярослав Романюк"}, {"European Court of Human Rights", "Council of Europe"}),
    "aa2_ru2.txt": ("Представитель ОБСЕ по вопросам свободы СМИ осуждает приговор журналистке Хадидже Исмайловой в Азербайджане",
                    "2015-09-01", "Вена", "OSCE Representative on Freedom of the Media", True,
                    {"Media freedom and development", ("Safety of journalists", "Безопасность журналистов")},
                    {"Azerbaijan"}, set(),
                    {"Дуня Миятович", "Хадиджа Исмайлова", "Андрей Рихтер"},
                    {"OSCE Representative on Freedom of the Media", ("Radio Free Europe/Radio Liberty", "Радио Свобода")}),
    "aa2_hy.txt": ("Հայաստանի արտահերթ խորհրդարանական ընտրություններն անցկացվեցին հիմնարար ազատությունների նկատմամբ հարգանքով, հայտնում են միջազգային դիտորդները",
                   "2018-12-10", "Երևան", "OSCE Office for Democratic Institutions and Human Rights", True, {"Elections"},
                   {"Armenia"}, set(),
                   {"Ջորջ Ծերեթելի", "Թանա դե Զուլուետա", "Նիկոլ Փաշինյան", "Թամարա Օտիաշվիլի"},
                   {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                    "Parliamentary Assembly of the Council of Europe", ("My Step Alliance", "Իմ քայլը")}),
    "aa2_bs.txt": ("Lokalni izbori u Mostaru: Misija OSCE-a pozdravlja miran izborni dan nakon dvanaest godina čekanja",
                   "2020-12-21", "Mostar", "OSCE Mission to Bosnia and Herzegovina", True, {"Elections", "Good governance"},
                   {"Bosnia and Herzegovina", "United States of America"}, {"OSCE Mission to Bosnia and Herzegovina"},
                   {"Kathleen Kavalec"},
                   {("Croatian Democratic Union of Bosnia and Herzegovina", "Hrvatska demokratska zajednica BiH"),
                    ("Party of Democratic Action", "Stranka demokratske akcije"),
                    ("Office of the High Representative", "Ured visokog predstavnika"), "European Union"}),
    "aa2_ro.txt": ("Despre Misiune", None, None, "OSCE Mission to Moldova", True, set(),
                   {"Moldova", "Russian Federation", "Ukraine", "United States of America"}, {"OSCE Mission to Moldova"},
                   {"Kelly Keiderling"}, {"European Union"}),
    "aa2_lt.txt": ("Landsbergis Lodzėje: agresorius negali sėdėti prie ESBO stalo kaip niekur nieko",
                   "2022-12-01", "Lodzė", "ELTA", False, set(),
                   {"Lithuania", "Poland", "Russian Federation", "Ukraine"}, set(),
                   {"Gabrielius Landsbergis", "Zbigniewas Rau", "Sergejus Lavrovas", "Dmytro Kuleba"},
                   {"OSCE Ministerial Council", "European Union", "ELTA"}),
    "aa2_pl.txt": ("Szef MSZ przedstawił w Wiedniu priorytety polskiego przewodnictwa w OBWE",
                   "2022-01-13", "Wiedeń", "Polish Press Agency", False, set(),
                   {"Poland", "Ukraine", "Russian Federation", "United States of America"}, set(),
                   {"Zbigniew Rau", "Helga Schmid", "Adam Hałaciński"},
                   {"OSCE Permanent Council", ("Polish Press Agency", "PAP"), ("NATO-Russia Council", "Rada NATO-Rosja")}),
    "aa2_sv.txt": ("Linde: Sverige ska försvara den europeiska säkerhetsordningen som ordförande i OSSE",
                   "2021-01-14", None, None, False, set(),
                   {"Sweden", "Ukraine", "Georgia", "Belarus", "Russian Federation"}, set(),
                   {"Ann Linde", "Helga Schmid", "Anna Wieslander"}, {"OSCE Permanent Council", "Atlantic Council"}),
    "aa2_sk.txt": ("Lajčák po Ministerskej rade OBSE: Spoločnú deklaráciu sme neprijali, dialóg však pokračuje",
                   "2019-12-06", "Bratislava", "News Agency of the Slovak Republic", False, set(),
                   {"Slovakia", "Albania", "Ukraine", "Russian Federation", "United States of America"}, set(),
                   {"Miroslav Lajčák", "Sergej Lavrov", "David Hale", "Thomas Greminger", "Edi Rama"},
                   {"OSCE Ministerial Council", ("News Agency of the Slovak Republic", "TASR")}),
    "aa2_hr.txt": ("OESS zatvara Misiju u Hrvatskoj, od siječnja otvara Ured u Zagrebu",
                   "2007-12-20", "Beč", "Croatian News Agency", False, set(),
                   {"Croatia", "Spain"}, {"OSCE Mission to Croatia", "OSCE Office in Zagreb"},
                   {"Jorge Fuentes Monzonís-Vilallonga", "Kolinda Grabar-Kitarović"},
                   {"OSCE Permanent Council", "European Union", ("Croatian News Agency", "Hina")}),
    # set aa3
    "aa3_de.txt": ("Amtierender Vorsitzender Steinmeier eröffnet Ministerrat in Hamburg mit Appell zum Dialog",
                   "2016-12-08", "Hamburg", "OSCE Chairpersonship", False, {"Conflict prevention and resolution"},
                   {"Germany", "Ukraine", "Austria"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Frank-Walter Steinmeier", "Olaf Scholz", "Lamberto Zannier", "Sebastian Kurz"}, {"OSCE Ministerial Council"}),
    "aa3_it.txt": ("Dichiarazione della Presidenza italiana dell'OSCE sul «cessate il fuoco per il raccolto» nell'Ucraina orientale",
                   "2018-06-28", "Roma", "OSCE Chairpersonship", True, {"Conflict prevention and resolution"},
                   {"Italy", "Ukraine", "Austria", "Russian Federation"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Enzo Moavero Milanesi", "Martin Sajdik", "Ertuğrul Apakan"},
                   {("Trilateral Contact Group", "Gruppo di contatto trilaterale")}),
    "aa3_fr.txt": ("Le Président en exercice de l'OSCE salue le bon déroulement du référendum au Monténégro",
                   "2006-05-22", "Bruxelles", "OSCE Chairpersonship", True, set(),
                   {"Belgium", "Montenegro", "Serbia"}, set(),
                   {"Karel De Gucht", "Miroslav Lajčák", "Milo Djukanovic", "Boris Tadić"},
                   {"OSCE Office for Democratic Institutions and Human Rights", "European Union"}),
    "aa3_ru.txt": ("Первые полицейские советники ОБСЕ начали работу на юге Кыргызстана",
                   "2011-01-28", "Ош", "OSCE Centre in Bishkek", True, {"Policing"},
                   {"Kyrgyzstan"}, {"OSCE Centre in Bishkek"},
                   {"Маркус Мюллер", "Эндрю Тесориэр"}, {"OSCE Permanent Council"}),
    "aa3_en.txt": ("High Commissioner on National Minorities launches Graz Recommendations on Access to Justice and National Minorities",
                   "2017-11-14", "Graz", "OSCE High Commissioner on National Minorities", True,
                   {"National minority issues", "Rule of law"}, {"Austria"}, set(),
                   {"Lamberto Zannier", "Joseph Marko", "Michael Linhart", "Anna-Lena Gustafsson"},
                   {"OSCE High Commissioner on National Minorities", "University of Graz"}),
    "aa3_tg.txt": ("САҲА дар Хуҷанд Рӯзи умумиҷаҳонии ҳифзи муҳити зистро бо шинонидани ниҳолҳо қайд кард",
                   "2021-06-05", "Хуҷанд", "OSCE Programme Office in Dushanbe", True, {"Environmental activities"},
                   {"Tajikistan"}, {"OSCE Programme Office in Dushanbe"},
                   {"Валериу Кивери", "Гулчеҳра Раҳимова"}, {("Aarhus Centre in Khujand", "Маркази Орҳус дар Хуҷанд")}),
    "aa3_ky.txt": ("ЕККУ шайлоо комиссияларынын мүчөлөрүн мыйзамдагы жаңы өзгөртүүлөр менен тааныштырды",
                   "2020-12-15", "Ош", "OSCE Programme Office in Bishkek", True, {"Elections"},
                   {"Kyrgyzstan"}, {"OSCE Programme Office in Bishkek"},
                   {"Пьер фон Хоппе"}, {"OSCE Office for Democratic Institutions and Human Rights"}),
    "aa3_az.txt": ("Prezident İlham Əliyev ATƏT-in Minsk qrupunun həmsədrlərini qəbul edib",
                   "2019-12-12", "Bakı", "Azerbaijan State News Agency", False, set(),
                   {"Azerbaijan", "Russian Federation", "France", "United States of America", "Armenia"}, set(),
                   {"İlham Əliyev", "İqor Popov", "Stefan Viskonti", "Endryu Şofer", "Anji Kaspşik"},
                   {"OSCE Minsk Group", ("Azerbaijan State News Agency", "AZƏRTAC")}),
    "aa3_et.txt": ("Reinsalu: OSCE ei tohi Valgevene kriisi ees silmi sulgeda", "2020-12-03", None, None, False, set(),
                   {"Belarus", "Albania", "Estonia", "Sweden"}, set(),
                   {"Urmas Reinsalu", "Edi Rama", "Svjatlana Tsihhanouskaja", "Ann Linde"}, {"OSCE Ministerial Council"}),
    "aa3_uk.txt": ("ОБСЄ остаточно закриває Спеціальну моніторингову місію в Україні", "2022-04-28", None, None, False, set(),
                   {"Ukraine", "Russian Federation", "Poland"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Євгенія Філіпенко", "Гельга Шмід", "Збігнєв Рау"}, {"OSCE Permanent Council"}),
    "aa3_tr.txt": ("Türk diplomat Ertuğrul Apakan, AGİT'in Ukrayna misyonunun başına getirildi",
                   "2014-04-02", "Ankara", "Anadolu Agency", False, set(),
                   {"Türkiye", "Ukraine", "Switzerland", "Russian Federation"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Ertuğrul Apakan", "Didier Burkhalter", "Ahmet Davutoğlu"},
                   {("Anadolu Agency", "AA"), "United Nations"}),
    "aa3_sr.txt": ("Дачић: Београдски састанак ОЕБС-а показао да дијалог није изгубљен",
                   "2015-12-04", "Београд", None, False, set(),
                   {"Ukraine", "Serbia", "United States of America", "Russian Federation", "Germany"},
                   {"OSCE Special Monitoring Mission to Ukraine", "OSCE Mission to Serbia"},
                   {"Ивица Дачић", "Џон Кери", "Сергеј Лавров", "Франк-Валтер Штајнмајер", "Ламберто Занијер", "Петер Буркхард"},
                   {"OSCE Ministerial Council"}),
    "aa3_en2.txt": ("OSCE Chairperson-in-Office and High Commissioner on National Minorities alarmed by violence in southern Kyrgyzstan",
                    "2010-06-14", "Astana", "Organization for Security and Co-operation in Europe", False, set(),
                    {"Kyrgyzstan", "Kazakhstan", "Uzbekistan"}, {"OSCE Centre in Bishkek"},
                    {"Kanat Saudabayev", "Knut Vollebaek", "Roza Otunbayeva"},
                    {"OSCE High Commissioner on National Minorities", "United Nations High Commissioner for Refugees",
                     "International Committee of the Red Cross"}),
    "aa3_bg.txt": ("Паси откри в София 12-ия Съвет на министрите на ОССЕ", "2004-12-06", "София", "Bulgarian News Agency", False, set(),
                   {"Bulgaria", "United States of America", "Russian Federation", "Slovenia"}, set(),
                   {"Соломон Паси", "Колин Пауъл", "Сергей Лавров", "Ян Кубиш"},
                   {"OSCE Ministerial Council", "European Union", ("North Atlantic Treaty Organization", "НАТО"),
                    ("Bulgarian News Agency", "БТА")}),
    "aa3_no.txt": ("Søreide: – OSSEs observatører trengs mer enn noen gang", "2018-12-06", None,
                   "Norwegian Ministry of Foreign Affairs", False, set(),
                   {"Norway", "Ukraine", "Russian Federation", "Italy"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Ine Eriksen Søreide"}, {"OSCE Ministerial Council"}),
    "aa3_pt.txt": ("Ministro dos Negócios Estrangeiros encerra no Porto o Conselho Ministerial da OSCE", "2002-12-07", "Porto", None, False,
                   set(), {"Portugal", "Netherlands", "Russian Federation", "Georgia", "Moldova"}, set(),
                   {"António Martins da Cruz", "Ján Kubiš", "Jaap de Hoop Scheffer"}, {"OSCE Ministerial Council"}),
    "aa3_uz.txt": ("Abdulaziz Komilov YXHT Bosh kotibi Helga Shmid bilan uchrashdi", "2021-06-24", None, None, False, set(),
                   {"Uzbekistan", "Afghanistan"}, {"OSCE Project Co-ordinator in Uzbekistan"},
                   {"Abdulaziz Komilov", "Helga Shmid", "Hans-Yoxen Shmidt"}, set()),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "aa1_en.txt": "osce-new", "aa1_it.txt": "osce-new", "aa1_ru.txt": "osce-old", "aa1_sr.txt": "osce-old",
    "aa1_hr.txt": "archive", "aa1_sq.txt": "archive", "aa1_ka.txt": "institution", "aa1_fr.txt": "institution",
    "aa1_mk.txt": "field-site", "aa1_kk.txt": "field-site", "aa1_sl.txt": "agency", "aa1_el.txt": "broadcaster",
    "aa1_de.txt": "newspaper", "aa1_lv.txt": "aggregator", "aa1_mt.txt": "mfa",
    "aa2_ru.txt": "osce-new", "aa2_fr.txt": "osce-new", "aa2_en.txt": "osce-old", "aa2_es.txt": "osce-old",
    "aa2_en2.txt": "archive", "aa2_uk.txt": "archive", "aa2_ru2.txt": "institution", "aa2_hy.txt": "institution",
    "aa2_bs.txt": "field-site", "aa2_ro.txt": "field-site", "aa2_lt.txt": "agency", "aa2_pl.txt": "agency",
    "aa2_sv.txt": "broadcaster", "aa2_sk.txt": "newspaper", "aa2_hr.txt": "aggregator",
    "aa3_de.txt": "osce-new", "aa3_it.txt": "osce-old", "aa3_fr.txt": "archive", "aa3_ru.txt": "archive",
    "aa3_en.txt": "institution", "aa3_tg.txt": "field-site", "aa3_ky.txt": "field-site", "aa3_az.txt": "agency",
    "aa3_et.txt": "broadcaster", "aa3_uk.txt": "broadcaster", "aa3_tr.txt": "newspaper", "aa3_sr.txt": "newspaper",
    "aa3_en2.txt": "aggregator", "aa3_bg.txt": "aggregator", "aa3_no.txt": "mfa", "aa3_pt.txt": "mfa", "aa3_uz.txt": "mfa",
}

#: the commit of /work/main the figures below were measured at (a worktree of it, once, 10:59 UTC, after round 2's
#: rules (all helpers done): pooled over 47 pages; shapes: archive 6, field-site 6, osce-new 5, osce-old 5,
#: institution 5, agency 4, broadcaster 4, newspaper 4, aggregator 4, mfa 4)
MEASURED_AT: str | None = "d8f6ad5a7ba34de92b68970d535c4bf522594825"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {"title": 0.83, "date": 0.851, "place": 0.915, "source": 0.702, "fields_of_work": (0.889, 0.533, 0.667), "states": (0.965, 0.946, 0.955), "field_operations": (0.929, 0.812, 0.867), "persons": (0.883, 0.834, 0.858), "organizations": (0.848, 0.651, 0.737)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {"title": ("archive", 0.5), "date": ("aggregator", 0.5), "place": ("agency", 0.75), "source": ("osce-old", 0.2), "fields_of_work": ("osce-new", 0.5), "states": ("aggregator", 0.87), "field_operations": ("newspaper", 0.571), "persons": ("institution", 0.667), "organizations": ("mfa", 0.0)}

#: the line at the end of session 10 (976cd84), after round 3 (helpers T3, S3, M3, F3) were tuned on this line's misses once it was
#: measured: an upper bound of reading unseen pages, not a measure; kept as floors so that the rounds' gains hold
AFTER_SESSION_10: dict[str, object] = {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.957, "fields_of_work": (1.0, 1.0, 1.0), "states": (0.966, 0.98, 0.973), "field_operations": (0.97, 1.0, 0.985), "persons": (0.91, 0.834, 0.871), "organizations": (0.877, 0.826, 0.85)}

PAGES = OwnPages("aa", GOLD, FIELDS)

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_10": AFTER_SESSION_10}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_aa.py [aa1 aa2 aa3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
