"""Line ak: blind own pages for the extraction-quality measurement (session 14).

Whole web pages written as a browser's "save as text" gives them (masthead, menus, breadcrumbs, cookie
banners, share/print bars, metadata, datelines, article, contact blocks, teasers, footers), every sentence
new prose, facts real or plausible. The line is BLIND: written without reading loader/, server/, the other
own pages or their gold, tests/gold/*.jsonl or the shared corpus, and without running the extractor; the
gold below was written by reading each page only (tests/gold/README.md and the six lead decisions of
session 14 followed).

Shapes (SHAPES): osce-new, osce-old (a field office's or institution's name heading the section over the
headline), archive (Wayback Machine / archive.today captures of osce.org with the archive's toolbar),
institution (ODIHR, HCNM, OSCE PA, RFoM, CTHB sites), field-site (field operations' own sites: releases and
"about" pages), agency, broadcaster, newspaper, aggregator (portal with a source line, RSS reader), mfa.

Judgement calls taken while writing:
- ak1_en: osce.org's new layout with no section heading and no URL: "Where we are: Programme Office in Dushanbe" is a tag, not an
  issuer, so source null; the footer (OSCE Secretariat, Vienna, Austria) is chrome, the release's own contact block (Tajikistan) counts.
- ak1_ru: old layout, "Центр ОБСЕ в Бишкеке" / "Пресс-релиз" over the headline: inferred issuer; MVD and ГУВД are State organs.
- ak1_de: Wayback capture of osce.org/de/fom/...: inferred RFoM; "Themen: Medienfreiheit und Entwicklung" mapped to
  Media freedom and development; the newspaper Azadlıq counted; the related teaser (Armenia) left out.
- ak1_pl: ODIHR's own site: inferred; the State Election Commission left out; the press contact's "Polska" counts, the footer not.
- ak1_ka, ak2_bg: "X: <quote>" headlines on an agency/aggregator are reports: no inferred issuer. Georgian names in the
  nominative (კასისი, კობახიძე); "Geneva International Discussions" is a forum, not an organization.
- ak1_hy: Armenia is never named (Yerevan, the National Assembly only), so states is empty; the Venice Commission carries
  "Venice Commission" as an accepted name; the CEC is a State organ.
- ak1_ro, ak2_cs, ak2_sk, ak2_fi, ak2_az, ak2_uz, ak1_kk: bylines ("Autor:", "Kirjoittanut", "Müəllif:") are not persons;
  "Foto: TASR" is a photo credit, not an organization.
- ak1_sr: aggregator line "RTS | 16.06.2023 | Beta": Beta (the agency) is the explicit source; RTS, named in that line and
  in "Opširnije na: RTS", is counted as an organization. Dated 2023 so that Braathu heads the Mission to Serbia.
- ak1_el: "Ανακοίνωση του Υπουργείου Εξωτερικών" over the headline is a press header: explicit ministry source; the
  ministry is not an organization (State organ); "Ελβετική Προεδρία" gives Switzerland.
- ak1_uk: "Заява МЗС України щодо ...": the ministry, inferred; the Finnish Chairpersonship is a post (Finland still a State).
- ak1_hu: the masthead's date bar ("2026. december 7., hétfő") is not the date; Hungary is not named (Budapest is a
  city, "Magyar Szövetség" an ethnic word in a party name); "holland diplomata" gives the Netherlands.
- ak1_lt: credit "LRT.lt, BNS" gives BNS alone (session 13).
- ak1_fr: "Domaines d’action" labels mapped: Minorités nationales -> National minority issues, Éducation -> Education.
- ak2_it: osce.org news with no section: no issuer; the Gender Issues Programme (a Secretariat unit) counts; Austria
  counts from the body ("dall’Austria"), not from the footer.
- ak2_bs: old layout heading "Misija OSCE-a u Bosni i Hercegovini": inferred; "Rome" (Roma) is an ethnic word; the
  High Judicial and Prosecutorial Council is a State organ.
- ak2_en: archive.today capture of osce.org/special-monitoring-mission-to-ukraine/...: inferred SMM.
- ak2_mk: an "about" entity page: title is the page title "За Мисијата", date and place null, issuer the Mission
  (inferred); its first name ("Мисија за набљудување на ширењето на конфликтот во Скопје") is listed as the
  predecessor OSCE Spillover Monitoring Mission to Skopje.
- ak2_cs: "sekretariátu" (lower case, in a quote) is not taken as a name; the Swiss Chairpersonship gives Switzerland.
- ak2_sk, ak2_fi: "Aktualizované"/"Päivitetty" stamps ignored, the first date kept.
- ak2_hr: "Izjava Ministarstva ... povodom ...": inferred ministry (Croatia's official English name); Kosovo is not a State.
- ak2_ru: an RSS reader's "Источник: www.osce.org" is an explicit source (the OSCE's full name) and wins over the joint
  statement headline; the OSCE as a whole is not an organization; UNHCR from "Верховного комиссара ООН по делам беженцев".
- ak2_de: the PA's one-line "Pressekontakt" does not make the footer's Denmark the item's.
- ak2_lv: dateline "Rīgā" (locative) given as the place name "Rīga"; "Pēdējās izmaiņas" is an update stamp; an MFA
  report: no issuer; "Kristofu Kampu" given in the Latvian nominative "Kristofs Kamps".
- ak2_uz: "YeXHTning Oʻzbekistondagi loyihalari koordinatori" is the field operation OSCE Project Co-ordinator in Uzbekistan.
- ak3_sl, ak3_pt: a topic label outside the site's list is given with its English label and as written
  (("Safety of journalists", "Varnost novinarjev")); "Svoboda in razvoj medijev" maps to Media freedom and development.
- ak3_sl: the Slovenian Chairmanship of 2005 is a post; the ministry of culture a State organ; the faculty is listed,
  not its university (nested names).
- ak3_en: entity page of a sub-office: issuer (inferred) and field operation are the OSCE Mission in Kosovo; date and place
  null; no State (Kosovo is not one, the footer's Austria is chrome); Kosovo Police and the Office of the Language
  Commissioner left out as public authorities.
- ak3_hy: on osce.org a headline reporting the Secretary General's meeting names his body: OSCE Secretariat, inferred.
  Armenian names in the nominative without the article (Սինիրլիօղլու, Միրզոյան).
- ak3_es, ak3_nl: osce.org's old layout with the Chairmanship's name heading the section ("Presidencia española de la
  OSCE 2007", "Nederlands Voorzitterschap van de OVSE 2003"): OSCE Chairpersonship, inferred; the Chairpersonship is not
  an organization. ak3_es's contact block (Madrid, España) belongs to the release.
- ak3_tr: old layout, "AGİT Parlamenter Asamblesi" / "Basın bülteni": inferred PA; TBMM is a parliament (State organ), but
  Türkiye named inside its name counts.
- ak3_sv: Wayback capture of osce.org/chairmanship/...: OSCE Chairpersonship, inferred; "OSSE:s projektsamordnare i
  Ukraina" is the field operation OSCE Project Co-ordinator in Ukraine.
- ak3_ru: archived osce.org/ru/minsk page with the "Офис ОБСЕ в Минске" heading: inferred; the State Border Committee
  is a State organ; "Пограничный контроль и управление" maps to Border management.
- ak3_me: archive capture of osce.org/me/mission-to-montenegro/...: inferred Mission; the judicial training centre is a
  State organ.
- ak3_et: an event page: date is the start date (18.–19. november 2026 -> 2026-11-18), place the "Asukoht:" value as
  written ("Tallinn, Eesti"); "Korraldaja:" names the organizer but the issuer is inferred from ODIHR's site; the
  item's contact gives Poland; the Chancellor of Justice is a State organ.
- ak3_tk, ak3_ky: field sites: their offices inferred; customs service, mayor's office, MVD left out.
- ak3_mn: "/МОНЦАМЭ/" after the dateline is the agency's own credit: explicit; the journalist's line is a byline.
- ak3_be: a broadcaster's own name in the body ("журналісты Белсату") is counted as an organization; the closing
  "Белсат" credit line is the site's own name, not a source; a report headline ("БДІПЧ АБСЕ: ..."): no issuer.
- ak3_da, ak1_sr: an aggregator's "read the original at DR/RTS" names the original outlet: counted as an organization;
  "Kilde: Ritzau" is the explicit source.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    "ak1_en.txt": ("Water-sharing talks in Dushanbe bring together border communities of Tajikistan and Kyrgyzstan", "2026-11-03", "Dushanbe", None, False,
                   {"Environmental activities", "Conflict prevention and resolution"}, {"Tajikistan", "Kyrgyzstan", "Germany", "Finland"},
                   {"OSCE Programme Office in Dushanbe"}, {"Viktor Lysenko", "Davlatali Saidov", "Aigerim Toktosunova"},
                   {"United Nations Development Programme", ("Food and Agriculture Organization of the United Nations", "Food and Agriculture Organization", "FAO"),
                    ("Kyrgyz National Agrarian University",)}),
    "ak1_ru.txt": ("Центр ОБСЕ в Бишкеке поддержал обучение милиционеров в Оше работе с местными сообществами", "2009-04-14", "Ош", "OSCE Centre in Bishkek", True,
                   set(), {"Kyrgyzstan", "Estonia", "Norway", "Switzerland"}, {"OSCE Centre in Bishkek"},
                   {"Маркус Мюллер", "Бактыбек Асанов", "Нурия Осмоналиева"},
                   {"United Nations Office on Drugs and Crime", ("Spravedlivost", "Справедливость")}),
    "ak1_de.txt": ("OSZE-Medienbeauftragte besorgt über Festnahme von Journalisten in Baku", "2013-05-17", "Wien", "OSCE Representative on Freedom of the Media", True,
                   {"Media freedom and development"}, {"Azerbaijan"}, set(), {"Dunja Mijatović", "Nijat Aliyev", "Rauf Mirqadirov"},
                   {"OSCE Representative on Freedom of the Media", ("Azadlıq", "Azadliq")}),
    "ak1_pl.txt": ("ODIHR rozpoczyna obserwację wyborów parlamentarnych w Czarnogórze", "2026-06-02", "Warszawa", "OSCE Office for Democratic Institutions and Human Rights", True,
                   {"Elections"}, {"Montenegro", "Poland"}, set(), {"Tana de Zulueta", "Katarzyna Gardapkhadze"},
                   {"OSCE Office for Democratic Institutions and Human Rights", "Council of Europe", "OSCE Parliamentary Assembly",
                    "Parliamentary Assembly of the Council of Europe",
                    ("Democratic Party of Socialists of Montenegro", "Demokratyczna Partia Socjalistów", "DPS"),
                    ("Europe Now!", "Ruch Europa Teraz", "PES")}),
    "ak1_sq.txt": ("Prezenca e OSBE-së mbështet digjitalizimin e regjistrave të gjendjes civile në Shkodër", "2026-09-21", "Shkodër", "OSCE Presence in Albania", True,
                   {"Democratization", "Good governance"}, {"Albania", "United Kingdom"}, {"OSCE Presence in Albania"}, {"Michel Tarran", "Benet Beci"},
                   {"European Union"}),
    "ak1_ka.txt": ("ეუთოს თავმჯდომარე ჟენევის საერთაშორისო დისკუსიებზე: ჩვენი მიზანი ადამიანების უსაფრთხოებაა", "2026-11-25", None, None, False,
                   set(), {"Switzerland", "Georgia"}, set(), {"იგნაციო კასისი", "ირაკლი კობახიძე"},
                   {("European Union Monitoring Mission in Georgia", "EUMM")}),
    "ak1_hy.txt": ("ԵԱՀԿ ԺՀՄԻԳ-ը ներկայացրել է ընտրական օրենսգրքի փոփոխությունների վերաբերյալ եզրակացությունը", "2026-10-10", None, None, False,
                   set(), set(), set(), {"Ալեքսանդր Շլայխեր", "Վահագն Հովակիմյան"},
                   {"OSCE Office for Democratic Institutions and Human Rights",
                    ("European Commission for Democracy through Law", "Venice Commission", "Վենետիկի հանձնաժողով")}),
    "ak1_ro.txt": ("Misiunea OSCE în Moldova a organizat la Tiraspol o întâlnire a experților pe probleme de transport", "2026-09-29", None, None, False,
                   set(), {"Moldova"}, {"OSCE Mission to Moldova"}, {"Kelly Keiderling", "Oleg Serebrian"},
                   {"European Bank for Reconstruction and Development"}),
    "ak1_sr.txt": ("Misija OEBS u Srbiji i Skupština potpisali memorandum o podršci parlamentarnom nadzoru", "2023-06-16", "Beograd", "Beta News Agency", False,
                   set(), {"Serbia"}, {"OSCE Mission to Serbia"}, {"Jan Braathu", "Vladimir Orlić"},
                   {("Beta News Agency", "Beta"), ("Radio Television of Serbia", "RTS"),
                    ("Geneva Centre for Security Sector Governance", "Ženevski centar za upravljanje sektorom bezbednosti", "DCAF")}),
    "ak1_el.txt": ("Συμμετοχή του Υφυπουργού Εξωτερικών Γιώργου Κατρούγκαλου στο Υπουργικό Συμβούλιο του ΟΑΣΕ στη Γενεύη", "2026-12-02", None,
                   "Ministry of Foreign Affairs of Greece", False,
                   set(), {"Greece", "Switzerland", "Cyprus", "Finland", "Slovenia", "Ukraine"}, set(), {"Γιώργος Κατρούγκαλος", "Feridun Sinirlioğlu"},
                   {"OSCE Ministerial Council", "Office of the United Nations High Commissioner for Refugees"}),
    "ak1_kk.txt": ("ЕҚЫҰ Бағдарламалар офисі Астанада киберқауіпсіздік бойынша семинар өткізді", "2026-03-11", "Астана", "Kazinform International News Agency", False,
                   set(), {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan"}, {"OSCE Programme Office in Astana"}, {"Фолькер Фробарт"},
                   {("Kazinform International News Agency", "ҚазАқпарат", "Kazinform"), "United Nations Office on Drugs and Crime",
                    ("L.N. Gumilyov Eurasian National University", "Л.Н. Гумилев атындағы Еуразия ұлттық университеті")}),
    "ak1_uk.txt": ("Заява МЗС України щодо рішення Постійної ради ОБСЄ про продовження Програми підтримки ОБСЄ для України", "2025-12-18", None,
                   "Ministry of Foreign Affairs of Ukraine", True,
                   set(), {"Ukraine", "Finland", "Canada", "Norway", "Japan", "Russian Federation"}, {"OSCE Support Programme for Ukraine"}, set(),
                   {"OSCE Permanent Council"}),
    "ak1_hu.txt": ("Kisebbségi nyelvhasználat: az EBESZ főbiztosa Pozsonyban és Budapesten tárgyalt", "2026-11-19", None, None, False,
                   set(), {"Slovakia", "Netherlands"}, set(), {"Christophe Kamp", "Juraj Blanár", "Szijjártó Péter"},
                   {"OSCE High Commissioner on National Minorities", ("Hungarian Alliance", "Magyar Szövetség", "Aliancia"),
                    ("J. Selye University", "Selye János Egyetem")}),
    "ak1_lt.txt": ("ESBO Parlamentinė Asamblėja Vilniuje aptarė Baltarusijos politinių kalinių padėtį", "2026-10-08", None, "Baltic News Service", False,
                   set(), {"Belarus"}, set(), {"Sviatlana Cichanouskaja", "Pere Joan Pons", "Žygimantas Pavilionis"},
                   {"OSCE Parliamentary Assembly", ("Baltic News Service", "BNS"), ("European Humanities University", "Europos humanitarinis universitetas")}),
    "ak1_fr.txt": ("Déclaration du Haut-Commissaire de l’OSCE pour les minorités nationales à l’occasion de la Journée internationale de la langue maternelle",
                   "2026-02-21", "La Haye", "OSCE High Commissioner on National Minorities", True,
                   {"National minority issues", "Education"}, {"Georgia", "North Macedonia", "Netherlands"}, set(), {"Christophe Kamp", "Anna Haas"},
                   {"OSCE High Commissioner on National Minorities", "United Nations Educational, Scientific and Cultural Organization", "Council of Europe"}),
    "ak2_it.txt": ("Giovani mediatrici dell’Asia centrale e dei Balcani a confronto a Roma", "2026-05-14", "Roma", None, False,
                   {"Gender equality", "Conflict prevention and resolution"}, {"Uzbekistan", "Kyrgyzstan", "Bosnia and Herzegovina", "Serbia", "Italy", "Austria"},
                   set(), {"Lara Scarpitta", "Edmondo Cirielli"},
                   {"OSCE Gender Issues Programme", ("Community of Sant’Egidio", "Comunità di Sant’Egidio"),
                    ("United Nations Entity for Gender Equality and the Empowerment of Women", "UN Women"),
                    ("LUISS Guido Carli University", "Università LUISS Guido Carli", "LUISS")}),
    "ak2_bs.txt": ("Misija OSCE-a pozdravlja usvajanje zakona o besplatnoj pravnoj pomoći u Tuzlanskom kantonu", "2012-03-06", "Tuzla",
                   "OSCE Mission to Bosnia and Herzegovina", True,
                   set(), {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Fletcher M. Burton", "Mervan Mirašćija"},
                   {("Vaša prava BiH",)}),
    "ak2_en.txt": ("OSCE monitors facilitate repairs to water pipeline near Horlivka", "2015-06-25", "Horlivka",
                   "OSCE Special Monitoring Mission to Ukraine", True,
                   set(), {"Ukraine"}, {"OSCE Special Monitoring Mission to Ukraine"}, {"Alexander Hug", "Ertuğrul Apakan"},
                   {"International Committee of the Red Cross", ("Voda Donbasa",)}),
    "ak2_mk.txt": ("За Мисијата", None, None, "OSCE Mission to Skopje", True,
                   {"Democratization", "Education", "Policing", "Rule of law"}, {"North Macedonia"},
                   {"OSCE Mission to Skopje", "OSCE Spillover Monitor Mission to Skopje"}, {"Килиан Вал"},
                   {"European Union", "United Nations Children's Fund", "Council of Europe",
                    ("Ss. Cyril and Methodius University in Skopje", "Универзитет „Св. Кирил и Методиј“", "Универзитетот „Св. Кирил и Методиј“")}),
    "ak2_az.txt": ("ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları Bürosunun missiyası Azərbaycana gəlib", "2026-02-04", "Bakı", "Trend News Agency", False,
                   set(), {"Azerbaijan"}, set(), {"Məzahir Pənahov", "Ulrika Funered"},
                   {"OSCE Office for Democratic Institutions and Human Rights", ("Trend News Agency", "Trend"),
                    ("New Azerbaijan Party", "Yeni Azərbaycan Partiyası"), ("Musavat Party", "Müsavat Partiyası", "Müsavat")}),
    "ak2_cs.txt": ("Ženevská ministerská rada OBSE skončila bez společné deklarace, Lipavský mluví o „drobném pokroku“", "2026-12-05", None, None, False,
                   set(), {"Russian Federation", "Belarus", "Ukraine", "Switzerland", "Czechia"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Jan Lipavský", "Kateřina Sedláčková"},
                   {"OSCE Ministerial Council", ("Institute of International Relations Prague", "Ústav mezinárodních vztahů", "ÚMV")}),
    "ak2_sk.txt": ("Predstaviteľ OBSE pre slobodu médií navštívil Bratislavu, hovoril o bezpečnosti novinárov", "2026-09-10", "Bratislava", None, False,
                   set(), {"Slovakia"}, set(), {"Jan Braathu", "Martina Šimkovičová", "Ján Kuciak"},
                   {"OSCE Representative on Freedom of the Media", ("SME",), ("Slovak Syndicate of Journalists", "Slovenský syndikát novinárov"),
                    ("Investigative Centre of Ján Kuciak", "Investigatívne centrum Jána Kuciaka")}),
    "ak2_hr.txt": ("Izjava Ministarstva vanjskih i europskih poslova povodom 25. obljetnice ubojstva novinara na Kosovu", "2026-10-24", "Zagreb",
                   "Ministry of Foreign and European Affairs of Croatia", True,
                   set(), {"Croatia"}, {"OSCE Mission in Kosovo"}, set(),
                   {"OSCE Representative on Freedom of the Media", "European Union", "Council of Europe"}),
    "ak2_bg.txt": ("Генералният секретар на ОССЕ: Организацията остава необходима за диалога в Европа", "2026-11-27", "Виена", "Bulgarian News Agency", False,
                   set(), {"Russian Federation", "Bulgaria"}, set(), {"Феридун Синирлиоглу", "Георг Георгиев"},
                   {("Bulgarian News Agency", "БТА", "BTA"), "OSCE Transnational Threats Department", "OSCE Ministerial Council"}),
    "ak2_ru.txt": ("Совместное заявление Генерального секретаря ОБСЕ и Верховного комиссара ООН по делам беженцев о поддержке пострадавших от наводнений",
                   "2025-04-22", "Вена", "Organization for Security and Co-operation in Europe", False,
                   set(), {"Kazakhstan", "Kyrgyzstan"}, {"OSCE Programme Office in Bishkek", "OSCE Programme Office in Astana"},
                   {"Феридун Синирлиоглу", "Филиппо Гранди"}, {"Office of the United Nations High Commissioner for Refugees"}),
    "ak2_tg.txt": ("Идораи барномаҳои САҲА дар Душанбе ба мактабҳои Хатлон дар омӯзиши бехатарии минаҳо кӯмак расонд", "2026-10-17", "Душанбе",
                   "OSCE Programme Office in Dushanbe", True,
                   {"Arms control", "Education"}, {"Tajikistan", "United States of America", "Germany"}, {"OSCE Programme Office in Dushanbe"},
                   {"Виктор Лысенко"}, {"International Committee of the Red Cross"}),
    "ak2_de.txt": ("Parlamentarier der OSZE beobachten Präsidentschaftswahl in Bulgarien", "2026-11-09", "Kopenhagen", "OSCE Parliamentary Assembly", True,
                   set(), {"Bulgaria", "Austria"}, set(), {"Petra Bayr", "Lamberto Zannier", "Nat Parry"},
                   {"OSCE Parliamentary Assembly", "OSCE Office for Democratic Institutions and Human Rights",
                    ("Citizens for European Development of Bulgaria", "GERB"), ("We Continue the Change", "Wir setzen den Wandel fort")}),
    "ak2_lv.txt": ("Ārlietu ministre Baiba Braže tikās ar EDSO Nacionālo minoritāšu augsto komisāru", "2026-03-13", "Rīga", None, False,
                   set(), {"Latvia"}, set(), {"Baiba Braže", "Kristofs Kamps"},
                   {"OSCE High Commissioner on National Minorities", "Council of Europe", "United Nations",
                    ("Daugavpils University", "Daugavpils Universitāte"), ("Latgale Student Centre", "Latgales studentu centrs")}),
    "ak2_fi.txt": ("Etyj:n vaalitarkkailijat: Moldovan parlamenttivaalit olivat kilpailulliset mutta epätasaiset", "2025-09-29", None, None, False,
                   set(), {"Moldova", "Finland"}, set(), {"Maia Sandu", "Pia Kauma"},
                   {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                    ("Party of Action and Solidarity", "Toiminnan ja solidaarisuuden puolue", "PAS")}),
    "ak2_uz.txt": ("YeXHT Loyihalari koordinatori bilan hamkorlik istiqbollari muhokama qilindi", "2026-06-03", "Toshkent", "National News Agency of Uzbekistan", False,
                   set(), {"Uzbekistan"}, {"OSCE Project Co-ordinator in Uzbekistan"}, {"Baxtiyor Saidov", "Antti Karttunen"},
                   {("National News Agency of Uzbekistan", "UzA", "O‘zbekiston Milliy axborot agentligi"), ("World Bank", "Jahon banki"),
                    "United Nations Development Programme"}),
    "ak3_sl.txt": ("Ljubljana gosti regionalno konferenco o varnosti novinarjev v Jugovzhodni Evropi", "2026-10-12", "Ljubljana", None, False,
                   {"Media freedom and development", ("Safety of journalists", "Varnost novinarjev")},
                   {"Slovenia", "Croatia", "Serbia", "Montenegro", "Albania"}, set(), {"Jan Braathu", "Tanja Fajon"},
                   {"OSCE Representative on Freedom of the Media", ("European Federation of Journalists", "EFJ"),
                    ("Slovene Association of Journalists", "Društvo novinarjev Slovenije"),
                    ("Faculty of Social Sciences, University of Ljubljana", "Fakulteta za družbene vede Univerze v Ljubljani", "Fakulteta za družbene vede")}),
    "ak3_en.txt": ("OSCE Mission in Kosovo – Regional Centre Mitrovicë/Mitrovica", None, None, "OSCE Mission in Kosovo", True,
                   {"Human rights", "Democratization", "Rule of law"}, set(), {"OSCE Mission in Kosovo"}, {"Michael Davenport"},
                   {"United Nations Interim Administration Mission in Kosovo", "European Union Rule of Law Mission in Kosovo",
                    ("Community Building Mitrovica",)}),
    "ak3_hy.txt": ("ԵԱՀԿ գլխավոր քարտուղարը Երևանում քննարկել է սահմանային համագործակցությունը", "2026-07-08", "Երևան", "OSCE Secretariat", True,
                   {"Border management", "Conflict prevention and resolution"}, {"Armenia", "Azerbaijan"}, set(),
                   {"Ֆերիդուն Սինիրլիօղլու", "Արարատ Միրզոյան"},
                   {"OSCE Secretariat", ("Yerevan State University", "Երևանի պետական համալսարան"), "United Nations Development Programme"}),
    "ak3_es.txt": ("El Presidente en ejercicio de la OSCE visita Moldova y pide avanzar en las negociaciones sobre el Trans-Dniéster", "2007-02-26", "Chisinau",
                   "OSCE Chairpersonship", True,
                   set(), {"Spain", "Moldova", "Russian Federation", "Ukraine", "United States of America"}, {"OSCE Mission to Moldova"},
                   {"Miguel Ángel Moratinos", "Vladimir Voronin", "Igor Smirnov"}, {"European Union"}),
    "ak3_tr.txt": ("AGİT Parlamenter Asamblesi Sonbahar Toplantısı Antalya’da başladı", "2010-10-08", "Antalya", "OSCE Parliamentary Assembly", True,
                   set(), {"Türkiye", "Egypt", "Morocco", "Tunisia"}, set(), {"Petros Efthymiou", "Ahmet Davutoğlu", "Klas Bergman"},
                   {"OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe",
                    ("Parliamentary Assembly of the Mediterranean", "Akdeniz Parlamenter Asamblesi")}),
    "ak3_nl.txt": ("Verklaring van de Voorzitter van de OVSE over de verkiezingen in Georgië", "2003-11-03", "Den Haag", "OSCE Chairpersonship", True,
                   set(), {"Georgia", "Netherlands"}, {"OSCE Mission to Georgia"}, {"Jaap de Hoop Scheffer", "Eduard Sjevardnadze"},
                   {"OSCE Office for Democratic Institutions and Human Rights"}),
    "ak3_sv.txt": ("Ordförande Ann Linde besöker Ukraina: ”Vi måste minska riskerna för civila längs kontaktlinjen”", "2021-03-11", "Kiev",
                   "OSCE Chairpersonship", True,
                   set(), {"Sweden", "Ukraine"}, {"OSCE Special Monitoring Mission to Ukraine", "OSCE Project Co-ordinator in Ukraine"},
                   {"Ann Linde", "Volodymyr Zelenskyj", "Dmytro Kuleba", "Yaşar Halit Çevik"},
                   {("Trilateral Contact Group", "Trilaterala kontaktgruppen"), ("Ukrainian Red Cross Society", "Ukrainas Röda Kors")}),
    "ak3_ru.txt": ("Офис ОБСЕ в Минске передал Государственному пограничному комитету оборудование для обнаружения радиоактивных материалов",
                   "2010-02-10", "Минск", "OSCE Office in Minsk", True,
                   {"Border management"}, {"Belarus", "Germany", "Lithuania"}, {"OSCE Office in Minsk"}, {"Бенедикт Халлер"},
                   {"International Atomic Energy Agency"}),
    "ak3_me.txt": ("Misija OEBS-a podržala obuku sudija o slobodi izražavanja", "2018-07-17", "Podgorica", "OSCE Mission to Montenegro", True,
                   {"Media freedom and development", "Rule of law"}, {"Montenegro"}, {"OSCE Mission to Montenegro"},
                   {"Nebojša Vučinić", "Tanja Kerševan Smokvina", "Maryse Daviet"},
                   {"European Court of Human Rights", "Council of Europe"}),
    "ak3_et.txt": ("Piirkondlik kohtumine vihakuritegude andmete kogumise teemal", "2026-11-18", "Tallinn, Eesti",
                   "OSCE Office for Democratic Institutions and Human Rights", True,
                   {"Tolerance and non-discrimination"}, {"Estonia", "Finland", "Poland"}, set(), {"Maria Telalian", "Ülle Madise", "Katya Andrusz"},
                   {"OSCE Office for Democratic Institutions and Human Rights", "European Union Agency for Fundamental Rights",
                    ("University of Tartu", "Tartu Ülikool")}),
    "ak3_pt.txt": ("Declaração do Representante da OSCE para a Liberdade dos Meios de Comunicação Social sobre a proteção de jornalistas durante protestos",
                   "2026-05-03", "Viena", "OSCE Representative on Freedom of the Media", True,
                   {"Media freedom and development", ("Safety of journalists", "Segurança dos jornalistas")},
                   {"Georgia", "Serbia", "Türkiye", "Portugal"}, set(), {"Jan Braathu"},
                   {"OSCE Representative on Freedom of the Media", "United Nations Educational, Scientific and Cultural Organization",
                    ("European Federation of Journalists", "Federação Europeia de Jornalistas"),
                    ("Portuguese Union of Journalists", "Sindicato dos Jornalistas")}),
    "ak3_tk.txt": ("ÝHHG-niň Aşgabatdaky Merkezi gümrük işgärleri üçin okuw geçirdi", "2026-09-22", "Aşgabat", "OSCE Centre in Ashgabat", True,
                   {"Border management", "Economic activities"}, {"Turkmenistan", "Kazakhstan"}, {"OSCE Centre in Ashgabat"}, {"Jon Makgregor"},
                   {("World Customs Organization", "Bütindünýä gümrük guramasy", "BGG"), "European Union"}),
    "ak3_ky.txt": ("Ош облусунда аялдар жана жаштар үчүн зордук-зомбулуктун алдын алуу боюнча форум өттү", "2026-11-05", "Ош",
                   "OSCE Programme Office in Bishkek", True,
                   {"Gender equality", "Policing"}, {"Kyrgyzstan"}, {"OSCE Programme Office in Bishkek"}, {"Алессандро Цуккони", "Жаныбек Абиров"},
                   {("United Nations Entity for Gender Equality and the Empowerment of Women", "UN Women"),
                    ("Osh State University", "Ош мамлекеттик университети"), ("Аялдардын мүмкүнчүлүктөрү",)}),
    "ak3_mn.txt": ("ЕАБХАБ-ын Парламентын Ассамблейн төлөөлөгчид Улаанбаатарт ажиллаж байна", "2026-06-15", "Улаанбаатар",
                   "Montsame National News Agency", False,
                   set(), {"Mongolia"}, set(), {"Пере Жоан Понс", "Дашзэгвийн Амарбаясгалан"},
                   {("Montsame National News Agency", "МОНЦАМЭ", "Montsame"), "OSCE Parliamentary Assembly",
                    ("National University of Mongolia", "Монгол Улсын Их Сургууль"), ("Mongolian Youth Federation", "Монголын Залуучуудын Холбоо")}),
    "ak3_be.txt": ("БДІПЧ АБСЕ: выбары ў Беларусі не адпавядалі абавязальніцтвам", "2025-02-03", None, None, False,
                   set(), {"Belarus"}, set(), {"Марыя Тэлаліян"},
                   {"OSCE Office for Democratic Institutions and Human Rights", ("Viasna Human Rights Centre", "Праваабарончы цэнтр «Вясна»", "Вясна"),
                    ("Belarusian Association of Journalists", "Беларуская асацыяцыя журналістаў", "БАЖ"), ("Belsat", "Белсат")}),
    "ak3_da.txt": ("OSCE's generalsekretær besøger Danmark: \"Parlamentarisk dialog er vigtigere end nogensinde\"", "2026-09-04", "København", "Ritzau", False,
                   set(), {"Denmark", "Ukraine", "Georgia"}, set(), {"Feridun Sinirlioğlu", "Lars Løkke Rasmussen"},
                   {("Ritzau",), "OSCE Parliamentary Assembly",
                    ("Danish Institute for International Studies", "Dansk Institut for Internationale Studier", "DIIS"),
                    ("Danish Broadcasting Corporation", "DR")}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "ak1_en.txt": "osce-new", "ak1_ru.txt": "osce-old", "ak1_de.txt": "archive", "ak1_pl.txt": "institution", "ak1_sq.txt": "field-site",
    "ak1_ka.txt": "agency", "ak1_hy.txt": "broadcaster", "ak1_ro.txt": "newspaper", "ak1_sr.txt": "aggregator", "ak1_el.txt": "mfa",
    "ak1_kk.txt": "agency", "ak1_uk.txt": "mfa", "ak1_hu.txt": "newspaper", "ak1_lt.txt": "broadcaster", "ak1_fr.txt": "institution",
    "ak2_it.txt": "osce-new", "ak2_bs.txt": "osce-old", "ak2_en.txt": "archive", "ak2_mk.txt": "field-site", "ak2_az.txt": "agency",
    "ak2_cs.txt": "newspaper", "ak2_sk.txt": "broadcaster", "ak2_hr.txt": "mfa", "ak2_bg.txt": "aggregator", "ak2_ru.txt": "aggregator",
    "ak2_tg.txt": "field-site", "ak2_de.txt": "institution", "ak2_lv.txt": "mfa", "ak2_fi.txt": "newspaper", "ak2_uz.txt": "agency",
    "ak3_sl.txt": "osce-new", "ak3_en.txt": "osce-new", "ak3_hy.txt": "osce-new", "ak3_es.txt": "osce-old", "ak3_tr.txt": "osce-old",
    "ak3_nl.txt": "osce-old", "ak3_sv.txt": "archive", "ak3_ru.txt": "archive", "ak3_me.txt": "archive", "ak3_et.txt": "institution",
    "ak3_pt.txt": "institution", "ak3_tk.txt": "field-site", "ak3_ky.txt": "field-site", "ak3_mn.txt": "agency", "ak3_be.txt": "broadcaster",
    "ak3_da.txt": "aggregator",
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = "2fa99b2"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {'title': 1.0, 'date': 0.891, 'place': 0.935, 'source': 0.957, 'fields_of_work': (0.939, 0.939, 0.939), 'states': (0.936, 0.936, 0.936), 'field_operations': (1.0, 0.846, 0.917), 'persons': (0.872, 0.882, 0.877), 'organizations': (0.903, 0.75, 0.819)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {'title': ('agency', 1.0), 'date': ('newspaper', 0.5), 'place': ('agency', 0.8), 'source': ('agency', 0.6), 'fields_of_work': ('field-site', 0.833), 'states': ('broadcaster', 0.857), 'field_operations': ('newspaper', 0.667), 'persons': ('mfa', 0.667), 'organizations': ('archive', 0.615)}

PAGES = OwnPages("ak", GOLD, FIELDS)

#: pooled figures at the end of session 14, after rules tuned on this line's misses (an upper bound, held as floors)
AFTER_SESSION_14: dict[str, object] = {'title': 1.0, 'date': 1.0, 'place': 1.0, 'source': 0.978, 'fields_of_work': (1.0, 1.0, 1.0), 'states': (0.936, 0.945, 0.941), 'field_operations': (1.0, 0.962, 0.98), 'persons': (0.892, 0.892, 0.892), 'organizations': (0.921, 0.75, 0.827)}

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_14": AFTER_SESSION_14}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_ak.py [ak1 ak2 ak3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
