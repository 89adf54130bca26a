"""Line ab (blind): whole web pages of our own, written by helper AB in session 10 before any extractor
run on them and without reading the loader, its data, or any other line's pages or gold. Every sentence
is new prose; facts are real or plausible (some minor people and quotes are invented). Three sets
(ab1, ab2, ab3) in many languages of the OSCE region and ten site shapes: ``osce-new`` (osce.org's current
layout: breadcrumbs, metadata block), ``osce-old`` (the older layout), ``archive`` (a web-archive capture of
osce.org with its toolbar and capture stamps), ``institution`` (ODIHR, RFoM, HCNM, PA and CTHB pages or
sites), ``field-site`` (a field operation's own site: releases and entity pages), ``agency``,
``broadcaster``, ``newspaper``, ``aggregator`` and ``mfa``.

The gold follows tests/gold/README.md, including "Organizations as written" (a non-OSCE/UN/EU/CoE body
gets its English name first, then the name as the page writes it in the nominative, and an acronym the
page gives it). Judgement calls taken while writing, before any figure existed:

- **Source.** Explicit from a ``Source:``-equivalent line in the page's language (``Burimi:``, ``Quelle:``,
  ``Źródło:``, ``Source : AFP``) or a news agency in the dateline (``(МИА)``, ``Интерфакс-Казахстан –``).
  Inferred (``True``) only from the masthead of an OSCE body's own site (field office, RFoM, PA), or an
  entity page's subject. Ministries', broadcasters' and newspapers' mastheads give ``None``. The archive
  toolbar's URL is not used to infer anything (the own pages have no index.tsv; the URL is in the text,
  but the rule names index.tsv, so archive pages with no Source line keep ``None``).
- **Source bodies as organizations.** An explicit Source (also an agency credit in the dateline) counts as a
  mention among the organizations; a masthead does not. A news agency named only as the site's masthead
  is not counted.
- **Place.** The dateline's place as written in the page's script (``Скопје``, ``ბათუმი``, ``Երևան``,
  ``Wien`` from ``WIEN``, ``Відень`` from ``ВІДЕНЬ``, in title case). A page with a date line but no dateline
  place (the Greek newspaper) has ``None``.
- **Persons.** Nominative as the language forms it: Armenian without the article/case ending
  (``Զոհրաբ Մնացականյան`` for "Մնացականյանը", ``Միրոսլավ Լայչակ`` for "Լայչակի"), Georgian without the
  ergative ``-მა`` (``ჯორჯ ცერეტელი``), Ukrainian/Russian/Kazakh nominative (``Володимир Кузька`` for
  "Володимира Кузьки"). Press contacts and contact-block names count; bylines ("ავტორი: ...", a Greek
  byline in capitals) and photo credits do not.
- **Organizations.** Posts (Chairperson-in-Office, Personal Representative, the Chairpersonship
  "Președinția germană a OSCE"), parliaments, election commissions, police and ombudsman offices are out.
  The RFoM's post or office is ``OSCE Representative on Freedom of the Media``. A contact block's
  "OSZE-Sekretariat" counts as ``OSCE Secretariat``. Political parties, NGOs, foundations and public
  broadcasters (RTCG) count.
- **States.** Adjectives count ("monténégrin", "Ελβετός", "germană", "ρωσικούς"); cities do not (Варшава,
  Bruxelles, Скопље); related-news teasers are left out.
- **Fields of work.** Only from a printed fields-of-work/topics label in the metadata (``Fields of work:``,
  ``Fushat e punës:``, ``Tematici:``, ``Themen:``, ``Напрями роботи:``, ``Dziedziny działalności:``),
  mapped to the site's list; the RFoM's "Безпека журналістів" is the label kept outside the list,
  ``Safety of journalists``. Free tags (``Теги:``, ``Mots-clés :``) are not fields of work.
- **Entity page.** ``ab1_tg`` (the Programme Office in Dushanbe's "About us") has no date and no place; its
  predecessor "Дафтари САҲА дар Тоҷикистон" is listed as ``OSCE Office in Tajikistan``.
- **Chairpersonship as source.** "Fonte: Presidenza OSCE 2018" and "Fuente: Presidencia de la OSCE 2007" give
  the explicit source ``OSCE Chairpersonship`` (the label the README gives a Chairperson's statement); being
  a role, the Chairpersonship is still not listed among the organizations.
- **A UN post.** "Representante Especial del Secretario General de las Naciones Unidas" (``ab2_es``) is read as
  a mention of the ``United Nations`` (the post itself is not an organization).
- **Secretariat unit in lower case.** "отдела за гранична сигурност и управление на ОССЕ" (``ab2_bg``) names
  the ``OSCE Border Security and Management Unit`` and counts; the PA's International Secretariat in a
  contact line (``ab2_tr``) is a sub-unit of the PA and does not.
- **Ethnic words.** "maďarské menšiny", "kárpátaljai magyar kisebbség", "serbios", "өзбек жана кыргыз
  тилинде" are not State mentions; "Eestlaste" adds nothing beyond Estonia named by its ministry.
- **Names as the language writes them.** Latvian endings (``Geerts Ahrenss``, ``Tonijs Loids``), Hungarian
  order (``Szijjártó Péter``), Czech transliteration (``Kairat Abdrachmanov``), Azerbaijani spelling
  (``Koray Tarqay``) are kept as written.
- **Entity pages.** ``ab2_uz`` lists its areas in a prose sentence, not under a label: no fields of work;
  its predecessor "EXSHT ning Toshkentdagi markazi" is ``OSCE Centre in Tashkent``.
- **Agency and place.** "Ritzau." opens the Danish item as a dateline with no place: place ``None``, source
  ``Ritzau``. ``WIEN/OSLO (NTB)`` gives ``Wien / Oslo``; ``STOCKHOLM (TT)`` gives ``Stockholm`` and
  ``Tidningarnas Telegrambyrå``. The Armenpress dateline (``ԵՐԵՎԱՆ, 28 ՓԵՏՐՎԱՐԻ``) has no year; the date comes
  from the page's ``28.02.2019`` stamp.
- **A State of its time.** The 2005 Slovene page names "Srbija in Črna gora" (State and mission):
  ``Serbia and Montenegro`` and ``OSCE Mission to Serbia and Montenegro``; "Makedonia" (1999) is ``North
  Macedonia``. The "Посматрачка мисија ОЕБС-а у Украјини" headed by Apakan is the SMM.
- **Finnish/other newspapers.** A standfirst or body naming Vienna is not a dateline (``ab3_fi``, ``ab2_hu``,
  ``ab1_el``, ``ab2_lv``, ``ab2_be``: place ``None``). The Finnish "Päivitetty" stamp is not the date.
- **Structured Dialogue** is a process, not an organization; the Chairmanship's "summary ... to the
  Ministerial Council" names the ``OSCE Ministerial Council``.
- **Kosovo.** ``ab3_sq`` names no State: Kosovo is a territory and "komunitetet turke, boshnjake dhe gorane"
  are community words; the Language Commissioner's office is a public authority and stays out.
- **Press divisions.** A ministry's unsigned press-department line was left off the MFA pages, so none of
  them carries a source; their masthead gives none.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
RFOM = "OSCE Representative on Freedom of the Media"
PA = "OSCE Parliamentary Assembly"
HCNM = "OSCE High Commissioner on National Minorities"
OCEEA = "Office of the Co-ordinator of OSCE Economic and Environmental Activities"
CTHB = "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings"

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    # ---- ab1 ----
    "ab1_de.txt": ("OSZE-Sonderbeauftragte für Menschenhandel besucht Zentren für Opfer in Österreich und Ungarn",
                   "2011-11-21", "Wien", CTHB, False, {"Combating trafficking in human beings"},
                   {"Austria", "Hungary"}, set(), {"Maria Grazia Giammarinaro", "Alexander Vasilevskiy"},
                   {CTHB, "LEFÖ", "Council of Europe", "United Nations Office on Drugs and Crime", "OSCE Secretariat"}),
    "ab1_el.txt": ("Ο ΟΑΣΕ στέλνει παρατηρητές στα μεθοριακά σημεία της Ουκρανίας", "2014-07-25", None, None, False,
                   set(), {"Ukraine", "Russian Federation", "Switzerland"},
                   {"OSCE Special Monitoring Mission to Ukraine"}, {"Ντιντιέ Μπουρκχάλτερ"}, {"OSCE Permanent Council"}),
    "ab1_en.txt": ("Mongolian responders rehearse a cross-border cyber incident with OSCE support", "2022-06-14",
                   "Ulaanbaatar", "OSCE Secretariat", False, {"Cyber/ICT Security"}, {"Mongolia", "Japan"}, set(),
                   {"Tuvshinjargal Erdene", "Kristina Vaher"},
                   {"OSCE Transnational Threats Department", "OSCE Secretariat"}),
    "ab1_fr.txt": ("Monténégro : l'OSCE salue l'adoption d'une loi sur les médias", "2020-07-29", "Podgorica",
                   "Agence France-Presse", False, set(), {"Montenegro"}, {"OSCE Mission to Montenegro"}, set(),
                   {RFOM, ("Radio and Television of Montenegro", "RTCG"), "European Union",
                    ("Agence France-Presse", "AFP")}),
    "ab1_hy.txt": ("ԱԳ նախարարի հանդիպումը ԵԱՀԿ գործող նախագահի հետ", "2019-02-15", "Երևան", None, False, set(),
                   {"Armenia", "Slovakia"}, set(), {"Զոհրաբ Մնացականյան", "Միրոսլավ Լայչակ", "Անջեյ Կասպրշիկ"},
                   {"OSCE Minsk Group"}),
    "ab1_ka.txt": ("ეუთოს საპარლამენტო ასამბლეის დელეგაცია ბათუმში სესიისთვის ემზადება", "2018-07-03", "ბათუმი",
                   None, False, set(), {"Georgia", "Ukraine", "Moldova"}, set(), {"ჯორჯ ცერეტელი"}, {PA}),
    "ab1_kk.txt": ("Парламенттік Ассамблея Астанада Жыл сайынғы сессия өткізді", "2008-07-03", "Астана", PA, True,
                   set(), {"Kazakhstan"}, set(), {"Гёран Леннмаркер", "Жоао Суареш", "Эндрю Кэмпбелл"}, {PA}),
    "ab1_mk.txt": ("ОБСЕ/ОДИХР ќе набљудува парламентарни избори со 280 набљудувачи", "2020-06-02", "Скопје",
                   "Media Information Agency", False, set(), {"North Macedonia"}, set(), {"Урзула Гачек"},
                   {ODIHR, ("Media Information Agency", "МИА")}),
    "ab1_pl.txt": ("ODIHR rozpoczyna ocenę wyborów do Sejmu i Senatu w Polsce", "2011-09-23", "Warszawa", ODIHR, False,
                   {"Elections"}, {"Poland"}, set(), {"Nikolai Vulchanov", "Jens-Hagen Eschenbächer"},
                   {ODIHR, ("Civic Platform", "Platforma Obywatelska"), ("Law and Justice", "Prawo i Sprawiedliwość"),
                    ("Stefan Batory Foundation", "Fundacja im. Stefana Batorego")}),
    "ab1_ro.txt": ("Experți din ambele maluri ale Nistrului discută despre transportul de mărfuri", "2016-04-27",
                   "Tiraspol", "OSCE Mission to Moldova", True, {"Conflict prevention and resolution"},
                   {"Moldova", "Ukraine", "Germany"}, {"OSCE Mission to Moldova"}, {"Michael Scanlan", "Ion Sandu"},
                   set()),
    "ab1_ru.txt": ("Программный офис ОБСЕ в Астане провел семинар по водной дипломатии", "2023-09-18", "Алматы",
                   "Interfax-Kazakhstan", False, set(),
                   {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"},
                   {"OSCE Programme Office in Astana"}, {"Володимир Кузька"},
                   {"United Nations Development Programme",
                    ("International Fund for Saving the Aral Sea", "Международный фонд спасения Арала"),
                    ("Interfax-Kazakhstan", "Интерфакс-Казахстан")}),
    "ab1_sq.txt": ("Prezenca e OSBE-së mbështet regjistrimin civil të fëmijëve rom në Korçë", "2019-03-13", "Korçë",
                   "OSCE Presence in Albania", False, {"Roma and Sinti"}, {"Albania", "Greece"},
                   {"OSCE Presence in Albania"}, {"Bernd Borchardt"},
                   {("United Nations Children's Fund", "UNICEF")}),
    "ab1_sr.txt": ("Mladi novinari iz Novog Pazara i Vranja uče da proveravaju činjenice", "2019-10-09", "Novi Pazar",
                   "OSCE Mission to Serbia", True, set(), {"Serbia"}, {"OSCE Mission to Serbia"}, {"Jelena Vasić"},
                   {("Independent Journalists' Association of Serbia", "Nezavisno udruženje novinara Srbije"),
                    "European Union"}),
    "ab1_tg.txt": ("Дафтари барномавии САҲА дар Душанбе", None, None, "OSCE Programme Office in Dushanbe", True, set(),
                   {"Tajikistan", "Afghanistan"}, {"OSCE Programme Office in Dushanbe", "OSCE Office in Tajikistan"},
                   {"Валериу Кивери", "Фирӯза Раҳимова"},
                   {"United Nations Development Programme",
                    ("International Organization for Migration", "Созмони байналмилалии муҳоҷират")}),
    "ab1_uk.txt": ("Представниця ОБСЄ з питань свободи ЗМІ засуджує напад на знімальну групу в Одесі", "2021-05-11",
                   "Відень", RFOM, True, {"Safety of journalists"}, {"Ukraine"}, set(),
                   {"Тереза Рібейру", "Олена Гончар", "Войслав Радовіч"},
                   {RFOM, ("National Union of Journalists of Ukraine", "Національна спілка журналістів України")}),
    # ---- ab2 ----
    "ab2_az.txt": ("ATƏT-in Bakı ofisi gənc jurnalistlər üçün təlim keçirib", "2013-05-17", "Bakı", "Azerbaijan Press Agency",
                   False, set(), {"Azerbaijan", "Norway"}, {"OSCE Office in Baku"}, {"Koray Tarqay"},
                   {("Press Council of Azerbaijan", "Azərbaycan Mətbuat Şurası"),
                    ("Baku State University", "Bakı Dövlət Universiteti"), ("Azerbaijan Press Agency", "APA")}),
    "ab2_be.txt": ("Справаздача Маскоўскага механізму АБСЕ: у Беларусі фіксуюцца катаванні", "2020-11-05", None, None,
                   False, set(), {"Belarus", "Austria", "Lithuania", "Poland", "United Kingdom"}, set(),
                   {"Вольфганг Бенедэк", "Святлана Ціханоўская"}, {ODIHR}),
    "ab2_bg.txt": ("ОССЕ обучава митнически служители от Черноморския регион за откриване на радиоактивни материали",
                   "2016-04-12", "Бургас", "OSCE Secretariat", False, {"Border management"},
                   {"Bulgaria", "Georgia", "Moldova", "Romania", "Ukraine"}, set(), {"Мирча Гайнару"},
                   {"OSCE Secretariat", ("International Atomic Energy Agency", "Международна агенция за атомна енергия",
                                          "Международната агенция за атомна енергия"),
                    ("World Customs Organization", "Световна митническа организация", "Световната митническа организация"),
                    "OSCE Border Security and Management Unit"}),
    "ab2_bs.txt": ("Misija OSCE-a pozdravlja usvajanje zakona o besplatnoj pravnoj pomoći u Tuzlanskom kantonu", "2012-12-04",
                   "Tuzla", "OSCE Mission to Bosnia and Herzegovina", True, set(), {"Bosnia and Herzegovina"},
                   {"OSCE Mission to Bosnia and Herzegovina"}, {"Fletcher M. Burton", "Mersiha Čaušević Podžić"},
                   {"Vaša prava BiH"}),
    "ab2_cs.txt": ("Vysoký komisař OBSE pro národnostní menšiny navštívil Českou republiku a Slovensko", "2022-09-30", "Praha",
                   HCNM, False, {"Minority rights", "Roma and Sinti"}, {"Czechia", "Slovakia"}, set(),
                   {"Kairat Abdrachmanov"},
                   {HCNM, "Most–Híd", ("J. Selye University", "Univerzita J. Selyeho")}),
    "ab2_en.txt": ("Forum in Prague weighs the security side of land degradation and water scarcity", "2007-05-21", "Prague",
                   OCEEA, False, {"Environmental activities", "Economic activities"},
                   {"Czechia", "Spain", "Kyrgyzstan", "Austria"}, set(),
                   {"Bernard Snoy", "Bernardino León", "Martin Nesirky"},
                   {OCEEA, "United Nations Convention to Combat Desertification", "United Nations Environment Programme",
                    ("North Atlantic Treaty Organization", "NATO"), "OSCE Secretariat"}),
    "ab2_es.txt": ("El Presidente en ejercicio de la OSCE, Miguel Ángel Moratinos, visita Kosovo y pide más participación de "
                   "las comunidades", "2007-02-27", "Prístina", "OSCE Chairpersonship", False,
                   {"Democratization", "Minority rights"}, {"Spain"}, {"OSCE Mission in Kosovo"},
                   {"Miguel Ángel Moratinos", "Joachim Rücker", "Werner Wnendt"}, {"United Nations"}),
    "ab2_et.txt": ("OSCE saadikud arutasid Tallinnas küberturvalisust", "2015-10-08", "Tallinn", "Estonian Public Broadcasting",
                   False, set(), {"Estonia", "Russian Federation", "United States of America"}, set(), {"Marina Kaljurand"},
                   {("NATO Cooperative Cyber Defence Centre of Excellence", "NATO küberkaitsekoostöö keskus"),
                    ("Estonian Public Broadcasting", "ERR")}),
    "ab2_hr.txt": ("Povratnici u Liku dobivaju pomoć pri obnovi kuća, kaže OESS", "2001-02-16", "Gospić",
                   "OSCE Mission to Croatia", False, {"Democratization", "Human rights"},
                   {"Croatia", "Bosnia and Herzegovina", "Serbia"}, {"OSCE Mission to Croatia"}, {"Bernard Poncet"},
                   {"United Nations High Commissioner for Refugees"}),
    "ab2_hu.txt": ("Bécsben ülésezett az EBESZ miniszteri tanácsa, közös nyilatkozat nélkül", "2017-12-08", None, None, False,
                   set(), {"Ukraine", "Austria", "Hungary", "Russian Federation", "Italy"}, set(),
                   {"Sebastian Kurz", "Szijjártó Péter"}, {"OSCE Ministerial Council"}),
    "ab2_it.txt": ("La Presidenza italiana dell'OSCE apre a Palermo la conferenza sul Mediterraneo", "2018-10-24", "Palermo",
                   "OSCE Chairpersonship", False, {"Migration", "Economic activities"},
                   {"Italy", "Algeria", "Egypt", "Jordan", "Israel", "Morocco", "Tunisia"}, set(),
                   {"Enzo Moavero Milanesi", "Thomas Greminger"},
                   {("Union for the Mediterranean", "Unione per il Mediterraneo"),
                    ("International Organization for Migration", "Organizzazione internazionale per le migrazioni")}),
    "ab2_ky.txt": ("Жогорку комиссар Ош шаарында көп тилдүү билим берүү долбоорун баалады", "2015-11-02", "Ош", HCNM, True,
                   {"Minority rights", "Education"}, {"Kyrgyzstan", "Switzerland", "Finland"}, {"OSCE Centre in Bishkek"},
                   {"Астрид Турс", "Сергей Капинос", "Анна Вернер"}, {HCNM}),
    "ab2_lt.txt": ("Lietuva pradeda pirmininkauti ESBO: prioritetai – energetinis saugumas ir žiniasklaidos laisvė",
                   "2011-01-13", "Vilnius", None, False, set(), {"Lithuania", "Moldova", "Afghanistan"}, set(),
                   {"Audronius Ažubalis"}, {"OSCE Permanent Council", "European Union"}),
    "ab2_lv.txt": ("EDSO novērotāji: vēlēšanas Baltkrievijā nenotika brīvi un godīgi", "2010-12-20", None, None, False, set(),
                   {"Belarus", "Latvia"}, set(), {"Geerts Ahrenss", "Tonijs Loids", "Ģirts Valdis Kristovskis"},
                   {PA, "European Union"}),
    "ab2_tr.txt": ("AGİT PA Başkanı Kanerva, Ankara'da Meclis Başkanı ile görüştü", "2015-10-09", "Ankara", PA, True, set(),
                   {"Türkiye", "Syria"}, set(), {"Ilkka Kanerva", "İsmet Yılmaz", "Nat Parry"},
                   {PA, "Parliamentary Assembly of the Council of Europe"}),
    "ab2_uz.txt": ("EXSHT ning O'zbekistondagi loyihalar koordinatori", None, None, "OSCE Project Co-ordinator in Uzbekistan",
                   True, set(), {"Uzbekistan", "Afghanistan"},
                   {"OSCE Project Co-ordinator in Uzbekistan", "OSCE Centre in Tashkent"}, {"Hans-Ulrich Ihm"},
                   {"United Nations Development Programme", "European Union"}),
    # ---- ab3 ----
    # ab3_da: its only stamp is "Opdateret ...", never the date (lead decision 3, session 12)
    "ab3_da.txt": ("OSCE-missionen i Georgien lukker efter 17 år", None, None, "Ritzau", False, set(),
                   {"Georgia", "Russian Federation", "Greece", "Denmark"}, {"OSCE Mission to Georgia"},
                   {"Dora Bakojannis", "Per Stig Møller"},
                   {"European Union Monitoring Mission in Georgia", "Ritzau"}),
    "ab3_en.txt": ("Structured Dialogue holds expert workshop on military force postures in Vienna", "2017-10-03", "Vienna",
                   "OSCE Chairpersonship", False, {"Arms control", "Military reform and co-operation"},
                   {"Germany", "Austria"}, set(), {"Eberhard Pohl"},
                   {"North Atlantic Treaty Organization", "Collective Security Treaty Organization",
                    "OSCE Ministerial Council"}),
    "ab3_en2.txt": ("ODIHR publishes annual hate crime data for 2020, with more countries reporting bias against Roma",
                    "2021-11-16", "Warsaw", ODIHR, True, {"Tolerance and non-discrimination"},
                    {"Montenegro", "Georgia", "Poland"}, set(), {"Matteo Mecacci", "Katya Andrusz"},
                    {ODIHR, "Anti-Defamation League", "Community Security Trust",
                     "European Union Agency for Fundamental Rights"}),
    "ab3_fi.txt": ("Suomi aloittaa Etyj-puheenjohtajuuden – Valtonen lupaa keskittyä Ukrainaan", "2025-01-09", None, None,
                   False, set(), {"Finland", "Ukraine", "Russian Federation", "Austria"}, set(),
                   {"Elina Valtonen", "Feridun Sinirlioğlu", "Alexander Schallenberg"}, {"OSCE Permanent Council"}),
    "ab3_hy.txt": ("ԺԻՀՄԳ-ն ներկայացրել է խորհրդարանական ընտրությունների վերջնական զեկույցը", "2019-02-28", "Երևան",
                   "Armenpress", False, set(), {"Armenia"}, set(), {"Ինգիբյորգ Սոլրուն Գիսլադոտիր"},
                   {ODIHR, "European Commission for Democracy through Law", ("Armenpress", "Արմենպրես")}),
    "ab3_mn.txt": ("Монгол Улс ЕАБХАБ-ын 57 дахь оролцогч улс боллоо", "2012-11-21", "Вена", None, False, set(),
                   {"Mongolia", "Ireland"}, set(), {"Лувсанвандангийн Болд", "Имон Гилмор"}, {"OSCE Permanent Council"}),
    "ab3_nl.txt": ("Voorzitter De Hoop Scheffer roept in Chisinau op tot terugtrekking van Russische munitie", "2003-02-12",
                   "Chisinau", "OSCE Chairpersonship", False, {"Conflict prevention and resolution", "Arms control"},
                   {"Netherlands", "Moldova", "Russian Federation"}, {"OSCE Mission to Moldova"},
                   {"Jaap de Hoop Scheffer", "Vladimir Voronin", "William Hill"}, set()),
    "ab3_no.txt": ("Vollebæk: OSSE-verifikatørene trekkes ut av Kosovo", "1999-03-20", "Wien / Oslo", "Norwegian News Agency",
                   False, set(), {"United States of America", "North Macedonia"}, {"OSCE Kosovo Verification Mission"},
                   {"Knut Vollebæk", "William Walker"},
                   {("North Atlantic Treaty Organization", "Nato"), ("Norwegian News Agency", "NTB")}),
    "ab3_pt.txt": ("Conselho Ministerial do Porto adota carta da OSCE contra o terrorismo", "2002-12-07", "Porto",
                   "OSCE Chairpersonship", False, {"Countering terrorism"},
                   {"Portugal", "Russian Federation", "Georgia", "Moldova"}, set(), {"António Martins da Cruz", "Ján Kubiš"},
                   {"OSCE Ministerial Council", "United Nations"}),
    "ab3_ru.txt": ("Центр ОБСЕ в Ашхабаде провел курс по обеспечению безопасности на туркмено-афганской границе",
                   "2014-05-14", "Ашхабад", "OSCE Centre in Ashgabat", False, {"Border management"},
                   {"Turkmenistan", "Afghanistan"}, {"OSCE Centre in Ashgabat"}, {"Иво Петров"},
                   {"OSCE Border Management Staff College",
                    ("International Organization for Migration", "Международная организация по миграции")}),
    "ab3_sq.txt": ("Misioni i OSBE-së trajnon zyrtarët komunalë për të drejtat e komuniteteve në Prizren", "2023-11-22",
                   "Prizren", "OSCE Mission in Kosovo", True, {"Good governance", "Minority rights"}, set(),
                   {"OSCE Mission in Kosovo"}, {"Michael Davenport"},
                   {("University of Prizren “Ukshin Hoti”", "Universiteti i Prizrenit “Ukshin Hoti”", "University of Prizren")}),
    "ab3_sk.txt": ("ODIHR vyzýva na ochranu rómskych utečencov a vysídlených osôb na Ukrajine", "2015-09-28", "Varšava", ODIHR,
                   False, {"Roma and Sinti"}, {"Ukraine"}, set(), {"Mirjam Karoly"},
                   {ODIHR, "United Nations High Commissioner for Refugees", "Roma Women Fund Chiricli"}),
    "ab3_sl.txt": ("Predsedujoči OVSE Rupel v Beogradu in Podgorici o sodelovanju z misijama OVSE", "2005-04-19", "Beograd",
                   "OSCE Chairpersonship", False, {"Policing", "Minority rights"}, {"Slovenia", "Serbia and Montenegro"},
                   {"OSCE Mission to Serbia and Montenegro"}, {"Dimitrij Rupel", "Svetozar Marović", "Milo Đukanović"},
                   {("International Criminal Tribunal for the former Yugoslavia", "Haaško sodišče")}),
    "ab3_sr.txt": ("Дачић: Председавање ОЕБС-ом 2015. године завршено успешно", "2015-12-04", "Београд", None, False, set(),
                   {"Serbia", "Ukraine", "Germany"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Ивица Дачић", "Ламберто Занијер", "Ертугрул Апакан", "Франк-Валтер Штајнмајер"},
                   {"OSCE Ministerial Council"}),
    "ab3_sv.txt": ("Ministermötet i Stockholm slutade utan gemensam deklaration", "2021-12-03", "Stockholm",
                   "Tidningarnas Telegrambyrå", False, set(),
                   {"Russian Federation", "Ukraine", "Sweden", "United States of America", "Poland"}, set(),
                   {"Ann Linde", "Antony Blinken", "Sergej Lavrov"},
                   {"OSCE Ministerial Council", ("North Atlantic Treaty Organization", "Nato"),
                    ("Tidningarnas Telegrambyrå", "TT")}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "ab1_de.txt": "osce-old", "ab1_el.txt": "newspaper", "ab1_en.txt": "osce-new", "ab1_fr.txt": "aggregator",
    "ab1_hy.txt": "mfa", "ab1_ka.txt": "broadcaster", "ab1_kk.txt": "institution", "ab1_mk.txt": "agency",
    "ab1_pl.txt": "archive", "ab1_ro.txt": "field-site", "ab1_ru.txt": "agency", "ab1_sq.txt": "archive",
    "ab1_sr.txt": "field-site", "ab1_tg.txt": "field-site", "ab1_uk.txt": "institution",
    "ab2_az.txt": "agency", "ab2_be.txt": "broadcaster", "ab2_bg.txt": "osce-new", "ab2_bs.txt": "field-site",
    "ab2_cs.txt": "archive", "ab2_en.txt": "osce-old", "ab2_es.txt": "osce-new", "ab2_et.txt": "aggregator",
    "ab2_hr.txt": "osce-new", "ab2_hu.txt": "newspaper", "ab2_it.txt": "osce-old", "ab2_ky.txt": "institution",
    "ab2_lt.txt": "mfa", "ab2_lv.txt": "broadcaster", "ab2_tr.txt": "institution", "ab2_uz.txt": "field-site",
    "ab3_da.txt": "aggregator", "ab3_en.txt": "archive", "ab3_en2.txt": "institution", "ab3_fi.txt": "newspaper",
    "ab3_hy.txt": "agency", "ab3_mn.txt": "mfa", "ab3_nl.txt": "osce-old", "ab3_no.txt": "aggregator",
    "ab3_pt.txt": "osce-old", "ab3_ru.txt": "osce-new", "ab3_sk.txt": "archive",
    "ab3_sq.txt": "field-site", "ab3_sl.txt": "osce-new", "ab3_sr.txt": "mfa",
    "ab3_sv.txt": "newspaper",
}

#: the commit of /work/main the figures below were measured at (a worktree of it, once, 11:29 UTC, after round 3's
#: rules (all helpers done): pooled over 46 pages; shapes: osce-new 6, field-site 6, osce-old 5, archive 5,
#: institution 5, agency 4, newspaper 4, aggregator 4, mfa 4, broadcaster 3)
MEASURED_AT: str | None = "976cd84d9fc377cd8fb876fb42a5c450c4cbe424"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {"title": 0.739, "date": 0.957, "place": 0.848, "source": 0.761, "fields_of_work": (0.833, 0.484, 0.612), "states": (0.886, 0.856, 0.871), "field_operations": (0.895, 0.773, 0.829), "persons": (0.595, 0.767, 0.67), "organizations": (0.797, 0.591, 0.679)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {"title": ("archive", 0.0), "date": ("aggregator", 0.75), "place": ("archive", 0.0), "source": ("aggregator", 0.25), "fields_of_work": ("institution", 0.333), "states": ("aggregator", 0.7), "field_operations": ("mfa", 0.0), "persons": ("broadcaster", 0.222), "organizations": ("newspaper", 0.364)}

PAGES = OwnPages("ab", GOLD, FIELDS)

#: line ab's figures after session 11's rounds tuned on it (upper bounds, not measures), held as floors
AFTER_SESSION_11: dict[str, object] = {'title': 0.978, 'date': 0.978, 'place': 1.0, 'source': 0.978, 'fields_of_work': (0.968, 0.968, 0.968), 'states': (0.959, 0.992, 0.975), 'field_operations': (1.0, 0.955, 0.977), 'persons': (0.935, 0.837, 0.883), 'organizations': (0.893, 0.806, 0.847)}

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_11": AFTER_SESSION_11}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_ab.py [ab1 ab2 ab3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
