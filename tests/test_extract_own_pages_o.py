"""Line o (blind, session 10): whole web pages of our own, captured as plain text, with their gold.

Written by helper O before any extractor run on them: no code or data under loader/, server/, ontology/,
shapes/ was read, no other own-page line's test file or fixtures (line aa is written at the same time), and
the extractor was never run on these pages. Every sentence is ours; the facts (names, posts, dates, places,
OSCE events 1995-2026) are real or plausible. The gold follows tests/gold/README.md, including
"Organizations as written" (a non-OSCE, non-UN/EU/CoE body is a tuple: English name, then the name as the
page writes it in the nominative, then an acronym the page gives) and the source / inferred-issuer rules.

Sets o1, o2, o3 (15 pages each, 45 in all; English 6), in 31 languages of the OSCE region (Latin, Cyrillic, Greek,
Armenian and Georgian scripts). Site shapes (SHAPES): osce-new (osce.org's current layout: breadcrumbs,
metadata block with Date/Place/Source/Fields of work), osce-old (osce.org's older layout: dateline, no
Source line), archive (a web-archive capture of an osce.org page with the archive's toolbar and capture
stamps), institution (ODIHR, RFoM, HCNM, PA sections or sites), field-site (a field operation's own site:
releases and entity pages such as "About the Mission"), agency, broadcaster, newspaper, aggregator, mfa.

Judgement calls taken while writing (before any figure existed):

- source: a Source:/Quelle:/Fonte:/Источник: line, an aggregator's source line ("Извор: Танјуг",
  "Източник: БТА", "Avots: LETA") or an agency in or right after the dateline ("/Укрінформ/", "(AA)",
  "AZƏRTAC", "KAZINFORM") is explicit (inferred False). Agencies get their full English name where they
  have one (Azerbaijan State News Agency, Bulgarian News Agency, Anadolu Agency) and their own name where
  that is their name (Ukrinform, Tanjug, Kazinform, LETA); unsure whether the reference data labels
  AZƏRTAC "Azerbaijan State News Agency" or "AZERTAC". The Slovak ministry's "Tlačová správa
  Ministerstva ..." header is explicit: "Ministry of Foreign and European Affairs of Slovakia" (the form of
  gold.jsonl's "Ministry of Foreign Affairs of the Netherlands"; unsure of the canonical label).
  osce.org pages in the old layout and archive captures without a Source line get an inferred issuer from
  the headline only when it reports a body's statement, visit or act by name (CiO -> OSCE Chairpersonship;
  "OSCE Mission in Kosovo condemns" -> that mission); "L'OSCE déploie ..." (the OSCE as a whole, o3_fr)
  gives none: source null. On archive captures the archived URL the toolbar prints is read as the page's
  URL, so its osce.org section names the issuer (/de/cio/ -> OSCE Chairpersonship, /sr/serbia/ -> OSCE
  Mission to Serbia, /ru/astana/ -> OSCE Centre in Astana, /tg/tajikistan/ -> OSCE Office in Tajikistan,
  inferred); a capture with a Source line keeps it as explicit (o2_ru, o3_it). An institution's or field
  operation's own site gives its body as inferred issuer (masthead/subsite), also for an entity page
  ("Rreth Prezencës", "Кеңсе жөнүндө"). News sites, broadcasters and ministries with only their masthead:
  source null (a ministry's photo credit "Foto: URM" is not a header).
- organizations: an agency named as the item's credit/source counts as a mention, even on the agency's own
  site (Ukrinform, AZƏRTAC, AA, Kazinform; the masthead alone would not). A post of a body names the body,
  as the seed's "EU Counter-terrorism Coordinator" does (UN Secretary-General -> United Nations, EU Special
  Representative -> European Union, Chairperson of the Permanent Council -> OSCE Permanent Council, the
  Co-ordinator of OSCE Economic and Environmental Activities -> his Office, as for the CTHB Special
  Representative); the Secretary General and Chairpersonships stay out as posts. Nested bodies: only the
  inner one (PACE, not the Council of Europe; UNDP, UNMIK, GRETA). Sub-units of a body (ODIHR's Tolerance
  and Non-Discrimination Department, the PA's International Secretariat in an address) are left out.
  Meetings, platforms and groups of States are not organizations: the Alliance against Trafficking in
  Persons, the Economic and Environmental Forum, the Contact Group, an unnamed Aarhus Centre. A State's
  judicial training academy (Macedonian "Академијата за судии и јавни обвинители") counts as an academy.
  An electoral list or coalition counts as a party ("Србија против насиља", "Jaunā Vienotība"). The OSCE
  Academy in Bishkek counts (an OSCE-related body, English name only). Ministries, election commissions,
  parliaments, ombudsmen, media regulators, border troops and courts stay out.
- states: a contact block's address ("Vienna, Austria") counts; since session 12 (lead decision 5) a site-wide
  footer's address does not, also when it follows a one-line press contact (o2_fr and o3_es "Copenhague K,
  Danemark/Dinamarca", o2_en2 "The Hague, Netherlands": Denmark and the Netherlands left out); photo credits
  ("МЗС України"), bylines, tags, teasers ("Читайте також", "Related content", "Oxşar xəbərlər") and
  language switchers do not. National adjectives count ("Πορτογαλίδα διπλωμάτης", "norvégien",
  "туркмено-афганской границе", "ruská válka"); ethnic/community words do not ("comunităților găgăuză,
  bulgară și ucraineană", "Orthodox churches"), nor a language spoken ("speak Russian at home").
- place: the dateline (or Place:/Lieu:/Ort: metadata) as written, in title case (Хельсинки, Varsovie,
  Դիլիջան, Bécs, Viyana, Riga / Tallinn); a news site's time stamp without a city, a ministry page without
  a dateline and an entity page give null.
- date: the metadata or dateline date; archive capture stamps ("47 captures 25 Sep 2011 - ...") and the
  toolbar's calendar never; an entity page has none.
- persons: nominative in the page's script and transliteration (Іан Борґ for "Іану Борґу", Феридун
  Синирлиоглу for "...Синирлиоглумен", Feridun Sinirlioğlu for "...Sinirlioğluga", Krišjānis Kariņš for
  "Krišjāņa Kariņa"), as the text first gives the name (Feridun H. / Feridun Hadi Sinirlioğlu); bylines and
  photo credits are out; press contacts named in a contact block are in (Katya Andrusz, Nat Parry).
- fields_of_work: only printed labels (Fields of work:, Domaines d'action :, Domenii de activitate:,
  Направления деятельности:, Arbeitsbereiche:, Settori di attività:, Tematy:, Fushat e punës:,
  Ишмердүүлүк багыттары:), mapped to the seed list ("Combating human trafficking", Albanian "Lufta
  kundër trafikimit të qenieve njerëzore" -> Combating trafficking in human beings; "Mirëqeverisja" ->
  Good governance; "Libertà e sviluppo dei media" -> Media freedom and development); a newspaper's or
  agency's tags (Címkék:, Тегтер:) are not field labels.
- field operations: former names kept (OSCE Office in Yerevan, OSCE Office in Minsk, OSCE Centre in
  Astana, OSCE Office in Tajikistan); the Kyrgyz entity page names both the Programme Office and its
  predecessor the OSCE Centre in Bishkek; the Kosovo Verification Mission is "OSCE Kosovo Verification
  Mission"; the three detained former SMM staff bring in the OSCE Special Monitoring Mission to Ukraine.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    "o1_en.txt": ("Railways, power grids and ports: OSCE gathers experts in Vienna on shielding critical infrastructure from terrorist attacks", "2025-04-09", "Vienna", "OSCE Secretariat", False,
                  {"Countering terrorism", "Cyber/ICT Security"}, {"Finland", "Georgia", "Kazakhstan", "Moldova"}, set(),
                  {"Feridun H. Sinirlioğlu", "Vesa Himanen"},
                  {"OSCE Secretariat", "OSCE Transnational Threats Department", "OSCE Permanent Council", "United Nations Office of Counter-Terrorism",
                   "European Union Agency for Cybersecurity", ("International Criminal Police Organization", "INTERPOL"), "OSCE Communication and Media Relations Section"}),
    "o1_fr.txt": ("Le BIDDH déploie une mission d'observation pour l'élection présidentielle en France", "2022-04-12", "Varsovie", "OSCE Office for Democratic Institutions and Human Rights", False,
                  {"Elections"}, {"France", "Norway"}, set(), {"Jan Petersen", "Matteo Mecacci", "Katya Andrusz"},
                  {"OSCE Office for Democratic Institutions and Human Rights"}),
    "o1_ru.txt": ("Действующий председатель ОБСЕ Стубб призывает все стороны в Грузии немедленно прекратить огонь", "2008-08-08", "Хельсинки", "OSCE Chairpersonship", True,
                  set(), {"Finland", "Georgia", "Russian Federation"}, {"OSCE Mission to Georgia"}, {"Александр Стубб", "Хейкки Талвитие"},
                  {"European Union", "United Nations"}),
    "o1_it.txt": ("Il Presidente in esercizio dell'OSCE Alfano in visita nell'Ucraina orientale: “Il cessate il fuoco va rispettato ogni giorno”", "2018-02-01", "Kiev", "OSCE Chairpersonship", True,
                  set(), {"Italy", "Ukraine", "Russian Federation"}, {"OSCE Special Monitoring Mission to Ukraine"},
                  {"Angelino Alfano", "Ertuğrul Apakan", "Petro Poroshenko", "Pavlo Klimkin"}, set()),
    "o1_de.txt": ("Amtierender OSZE-Vorsitzender Ažubalis begrüßt Einigung auf Wiederaufnahme der offiziellen Transnistrien-Verhandlungen", "2011-09-22", "Vilnius", "OSCE Chairpersonship", True,
                  set(), {"Lithuania", "Moldova", "Russian Federation", "Ukraine", "United States of America"}, {"OSCE Mission to Moldova"},
                  {"Audronius Ažubalis", "Giedrius Čekuolis"}, {"European Union"}),
    "o1_pl.txt": ("Przestępstwa z nienawiści: ODIHR publikuje nowe dane i wzywa państwa do lepszego ich rejestrowania", "2023-11-16", "Warszawa", "OSCE Office for Democratic Institutions and Human Rights", True,
                  {"Tolerance and non-discrimination"}, {"Poland", "Germany", "Czechia"}, set(), {"Matteo Mecacci", "Kishan Manocha"},
                  {"OSCE Office for Democratic Institutions and Human Rights", ("Helsinki Foundation for Human Rights", "Helsińska Fundacja Praw Człowieka"),
                   "European Union Agency for Fundamental Rights"}),
    "o1_sq.txt": ("Rreth Prezencës", None, None, "OSCE Presence in Albania", True,
                  {"Elections", "Rule of law", "Good governance", "Combating trafficking in human beings"},
                  {"Albania", "Germany", "Italy", "Switzerland", "United Kingdom"}, {"OSCE Presence in Albania"}, {"Clarisse Pásztory"},
                  {"OSCE Permanent Council", "European Union"}),
    "o1_mk.txt": ("Мисијата на ОБСЕ во Скопје им донира опрема за докажување на дигитални докази на основните судови", "2024-02-28", "Скопје", "OSCE Mission to Skopje", True,
                  set(), {"Norway", "Germany"}, {"OSCE Mission to Skopje"}, {"Килиан Вал", "Наташа Неделковска"},
                  {("Academy for Judges and Public Prosecutors", "Академија за судии и јавни обвинители", "Академијата за судии и јавни обвинители")}),
    "o1_hy.txt": ("ԵԱՀԿ Երևանյան գրասենյակը դասընթաց է անցկացրել տեղական ինքնակառավարման մարմինների աշխատակիցների համար", "2015-05-14", "Դիլիջան", "OSCE Office in Yerevan", True,
                  set(), {"Armenia"}, {"OSCE Office in Yerevan"}, {"Անդրեյ Սորոկին", "Վահե Հովհաննիսյան"},
                  {("Communities Finance Officers Association", "Համայնքների ֆինանսիստների միավորում")}),
    "o1_uk.txt": ("Сибіга на засіданні Ради міністрів ОБСЄ на Мальті закликав не допустити повернення до «business as usual» з Росією", "2024-12-05", "Валлетта", "Ukrinform", False,
                  set(), {"Malta", "Russian Federation", "Ukraine", "Finland", "Switzerland"}, {"OSCE Special Monitoring Mission to Ukraine"},
                  {"Андрій Сибіга", "Іан Борґ", "Еліна Валтонен", "Ігнаціо Кассіс"}, {"OSCE Ministerial Council", ("Ukrinform", "Укрінформ")}),
    "o1_ka.txt": ("ეუთოს დემოკრატიული ინსტიტუტებისა და ადამიანის უფლებების ოფისი საქართველოში საპარლამენტო არჩევნებზე სადამკვირვებლო მისიას აგზავნის", "2024-09-24", None, None, False,
                  set(), {"Georgia", "United States of America"}, set(), {"ეოინ მერფი"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe", "European Union"}),
    "o1_el.txt": ("Ο ΟΑΣΕ ζητεί προστασία για τους δημοσιογράφους στα Βαλκάνια", "2022-10-20", "Θεσσαλονίκη", None, False,
                  set(), {"Portugal", "Serbia", "Montenegro", "North Macedonia", "Greece"}, set(), {"Τερέζα Ριμπέιρο", "Γιάννης Οικονόμου"},
                  {"OSCE Representative on Freedom of the Media", ("Journalists' Union of Macedonia and Thrace Daily Newspapers", "Ένωση Συντακτών Ημερησίων Εφημερίδων Μακεδονίας-Θράκης"),
                   "United Nations Educational, Scientific and Cultural Organization"}),
    "o1_sr.txt": ("ОЕБС: Избори у Србији одржани уз бројне неправилности", "2023-12-19", "Београд", "Tanjug", False,
                  set(), {"Serbia"}, set(), {"Тана де Зулуета", "Александар Вучић", "Пија Каума"},
                  {("Tanjug", "Танјуг"), "OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                   "Parliamentary Assembly of the Council of Europe", "European Parliament", ("Serbia against Violence", "Србија против насиља")}),
    "o1_lt.txt": ("Ministras G. Landsbergis ESBO Ministrų Taryboje Skopjėje: „Agresorius negali būti prie bendro stalo kaip lygiavertis partneris“", "2023-11-30", None, None, False,
                  set(), {"North Macedonia", "Russian Federation", "Belarus", "Malta", "Lithuania", "Ukraine", "Moldova"}, set(),
                  {"Gabrielius Landsbergis", "Dmytro Kuleba", "Nicu Popescu"}, {"OSCE Ministerial Council"}),
    "o1_en2.txt": ("Belarus must release detained journalists and restore internet access, says OSCE Media Freedom Representative", "2020-08-11", "Vienna", "OSCE Representative on Freedom of the Media", True,
                  set(), {"Belarus", "Russian Federation", "Poland", "Austria"}, set(), {"Harlem Désir", "Vladimir Makei", "Ruth Hornsby"},
                  {"OSCE Representative on Freedom of the Media", "Belsat TV", "TUT.BY", "Belarusian Association of Journalists"}),
    "o2_ro.txt": ("Găgăuzia: Misiunea OSCE discută la Comrat despre accesul minorităților la servicii publice în limba lor", "2023-10-26", "Comrat", "OSCE Mission to Moldova", False,
                  {"Human rights", "National minority issues"}, {"Moldova", "Sweden", "Germany"}, {"OSCE Mission to Moldova"},
                  {"Kelly Keiderling", "Ceslav Panico", "Ion Guzun"}, {"OSCE High Commissioner on National Minorities"}),
    "o2_es.txt": ("Moratinos inaugura en Madrid el Consejo Ministerial de la OSCE con un llamamiento a superar la desconfianza", "2007-11-29", "Madrid", "OSCE Chairpersonship", False,
                  set(), {"Spain", "Russian Federation", "Finland"}, set(), {"Miguel Ángel Moratinos", "José Luis Rodríguez Zapatero", "Marc Perrin de Brichambaut"},
                  {"OSCE Ministerial Council", "OSCE Office for Democratic Institutions and Human Rights"}),
    "o2_en.txt": ("Kosovo violence: OSCE Mission in Kosovo condemns attacks on minority communities and appeals for calm", "2004-03-18", "Pristina", "OSCE Mission in Kosovo", True,
                  set(), {"Bulgaria"}, {"OSCE Mission in Kosovo"}, {"Pascal Fieschi", "Robert Gillette", "Solomon Passy"},
                  {"United Nations Interim Administration Mission in Kosovo", ("Kosovo Force", "KFOR"), ("Radio Television of Kosovo", "Radio Television Kosovo"), "United Nations"}),
    "o2_sr.txt": ("Misija OEBS-a pomaže opštinama na jugu Srbije da uspostave savete za bezbednost zajednice", "2009-02-26", "Bujanovac", "OSCE Mission to Serbia", True,
                  set(), {"Serbia", "Switzerland", "Norway"}, {"OSCE Mission to Serbia"}, {"Hans Ola Urstad", "Rasim Ljajić"}, set()),
    "o2_ru.txt": ("Генеральный секретарь ОБСЕ Занньер обсудил в Ашхабаде сотрудничество в области охраны границ и энергетической безопасности", "2016-04-11", "Ашхабад", "OSCE Secretariat", False,
                  {"Border management", "Economic activities"}, {"Turkmenistan", "Afghanistan"}, {"OSCE Centre in Ashgabat"},
                  {"Ламберто Занньер", "Гурбангулы Бердымухамедов", "Рашид Мередов", "Иво Петров"}, {"OSCE Secretariat"}),
    "o2_fr.txt": ("Session annuelle de Vancouver : l'Assemblée parlementaire de l'OSCE élit Pia Kauma à sa présidence", "2023-07-04", "Vancouver", "OSCE Parliamentary Assembly", True,
                  set(), {"Finland", "Sweden", "Ukraine", "Russian Federation", "Canada"}, {"OSCE Special Monitoring Mission to Ukraine"},
                  {"Pia Kauma", "Margareta Cederfelt", "Roberto Montella", "Raymonde Gagné", "Nat Parry"}, {"OSCE Parliamentary Assembly"}),
    "o2_en2.txt": ("High Commissioner Abdrakhmanov visits Latvia and Estonia, discusses language policy in education", "2024-03-14", "Riga / Tallinn", "OSCE High Commissioner on National Minorities", True,
                  set(), {"Latvia", "Estonia"}, set(), {"Kairat Abdrakhmanov", "Krišjānis Kariņš", "Anda Čakša", "Kristina Kallas"},
                  {"OSCE High Commissioner on National Minorities", "Legal Information Centre for Human Rights", "OSCE Permanent Council"}),
    "o2_bs.txt": ("Šef Misije OSCE-a Aggeler: Segregacija u školama „dvije škole pod jednim krovom“ mora prestati", "2023-09-05", "Mostar", "OSCE Mission to Bosnia and Herzegovina", True,
                  set(), {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Brian Aggeler", "Aylin Bektaş"},
                  {"United Nations Children's Fund"}),
    "o2_be.txt": ("Офіс АБСЕ ў Мінску і Міністэрства прыродных рэсурсаў адкрылі ў Гомелі інфармацыйны цэнтр па экалагічных пытаннях", "2010-04-22", "Гомель", "OSCE Office in Minsk", True,
                  set(), {"Belarus", "Germany"}, {"OSCE Office in Minsk"}, {"Бенедыкт Халер"},
                  {"United Nations Development Programme", ("Francisk Skorina Gomel State University", "Гомельскі дзяржаўны ўніверсітэт імя Францыска Скарыны")}),
    "o2_az.txt": ("ATƏT-in Minsk Qrupu həmsədrləri Bakıda Prezident İlham Əliyevlə görüşüb", "2019-01-28", "Bakı", "Azerbaijan State News Agency", False,
                  set(), {"Azerbaijan", "Russian Federation", "United States of America", "France", "Armenia"}, set(),
                  {"İlham Əliyev", "İqor Popov", "Endrü Şofer", "Stefan Viskonti", "Anjey Kaspşik", "Elmar Məmmədyarov", "Zöhrab Mnatsakanyan"},
                  {"OSCE Minsk Group", ("Azerbaijan State News Agency", "AZƏRTAC"), "United Nations Security Council"}),
    "o2_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu: \"Örgütün geleceği katılımcı devletlerin siyasi iradesine bağlı\"", "2025-02-17", "Viyana", "Anadolu Agency", False,
                  set(), {"Ukraine", "Finland", "Türkiye"}, set(), {"Feridun Hadi Sinirlioğlu", "Elina Valtonen"},
                  {("Anadolu Agency", "Anadolu Ajansı", "AA")}),
    "o2_hr.txt": ("OESS-ova promatračka misija: Izbori u Bosni i Hercegovini kompetitivni, ali obilježeni nepovjerenjem", "2022-10-03", None, None, False,
                  set(), {"Bosnia and Herzegovina", "Croatia"}, set(), {"Douglas Wake", "Christian Schmidt", "Reinhold Lopatka", "Gordan Grlić Radman"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe"}),
    "o2_hu.txt": ("Az EBESZ szerint a moszkvai mechanizmus keretében készült jelentés súlyos jogsértéseket tár fel Oroszországban", "2022-09-22", "Bécs", None, False,
                  set(), {"Russian Federation", "Germany", "Hungary", "United States of America"}, set(), {"Angelika Nußberger", "Michael Carpenter"},
                  {("Memorial Human Rights Centre", "Memorial emberi jogi központ"), ("Novaya Gazeta", "Novaja Gazeta"), "OSCE Permanent Council"}),
    "o2_bg.txt": ("ОССЕ: Ромите в Западните Балкани все още нямат равен достъп до образование", "2021-04-08", "Варшава", "Bulgarian News Agency", False,
                  set(), {"Albania", "North Macedonia", "Serbia", "Montenegro", "Bosnia and Herzegovina"}, set(), {"Матео Мекачи", "Мирям Кароли"},
                  {("Bulgarian News Agency", "БТА"), "OSCE Office for Democratic Institutions and Human Rights", ("Regional Cooperation Council", "Регионален съвет за сътрудничество", "Регионалният съвет за сътрудничество")}),
    "o2_sk.txt": ("Slovensko preberá predsedníctvo v Organizácii pre bezpečnosť a spoluprácu v Európe", "2019-01-01", "Bratislava", "Ministry of Foreign and European Affairs of Slovakia", False,
                  set(), {"Slovakia", "Italy", "Ukraine"}, set(), {"Miroslav Lajčák", "Enzo Moavero Milanesi"}, {"OSCE Ministerial Council"}),
    "o3_en.txt": ("Survivors and tech companies at the table as Alliance against Trafficking in Persons meets in Vienna", "2024-04-15", "Vienna", "OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings", False,
                  {"Combating trafficking in human beings", "Gender equality"}, {"United States of America", "Malta"}, set(),
                  {"Kari Johnstone", "Shandra Woworuntu", "Natasha Meli Daudey"},
                  {"OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings", "International Organization for Migration",
                   "United Nations Office on Drugs and Crime", "Group of Experts on Action against Trafficking in Human Beings", "Microsoft", "Tech Against Trafficking",
                   "OSCE Communication and Media Relations Section"}),
    "o3_de.txt": ("Burkhalter in Kyjiw und Moskau: OSZE-Vorsitzender legt Fahrplan zur Deeskalation vor", "2014-05-07", "Moskau", "OSCE Chairpersonship", False,
                  {"Conflict prevention and resolution"}, {"Switzerland", "Russian Federation", "Ukraine", "Germany"}, {"OSCE Special Monitoring Mission to Ukraine"},
                  {"Didier Burkhalter", "Wladimir Putin", "Arsenij Jazenjuk", "Wolfgang Ischinger"}, {"European Union", "United Nations"}),
    "o3_fr.txt": ("L'OSCE déploie des policiers conseillers dans le sud du Kirghizistan après les violences de juin", "2010-07-22", "Vienne", None, False,
                  set(), {"Kyrgyzstan", "Kazakhstan"}, {"OSCE Centre in Bishkek"}, {"Kanat Saudabaïev", "Roza Otounbaïeva", "Pierre Morel", "Knut Vollebaek"},
                  {"OSCE Permanent Council", "OSCE High Commissioner on National Minorities", "European Union"}),
    "o3_en2.txt": ("OSCE Chairman-in-Office Vollebaek announces withdrawal of Kosovo Verification Mission", "1999-03-19", "Oslo", "OSCE Chairpersonship", True,
                  set(), {"Norway", "North Macedonia", "Russian Federation"}, {"OSCE Kosovo Verification Mission"},
                  {"Knut Vollebaek", "William Walker", "Igor Ivanov"}, {"United Nations Security Council", "North Atlantic Treaty Organization"}),
    "o3_ru.txt": ("Центр ОБСЕ в Астане провел для журналистов Казахстана семинар по освещению саммита", "2010-11-29", "Астана", "OSCE Centre in Astana", True,
                  set(), {"Kazakhstan"}, {"OSCE Centre in Astana"}, {"Александр Кельчевский", "Андрей Рихтер"},
                  {"OSCE Representative on Freedom of the Media"}),
    "o3_it.txt": ("Si chiude a Milano il Consiglio dei ministri OSCE: adottate decisioni su sicurezza dei giornalisti e violenza contro le donne", "2018-12-07", "Milano", "OSCE Chairpersonship", False,
                  {"Media freedom and development", "Gender equality"}, {"Ukraine", "Slovakia"}, set(),
                  {"Enzo Moavero Milanesi", "Thomas Greminger", "Harlem Désir", "Miroslav Lajčák"}, {"OSCE Ministerial Council", "OSCE Representative on Freedom of the Media"}),
    "o3_tg.txt": ("Дафтари САҲА дар Тоҷикистон ба марзбонон дар Хоруғ таҷҳизоти нав супурд", "2013-06-07", "Хоруғ", "OSCE Office in Tajikistan", True,
                  set(), {"Tajikistan", "Afghanistan", "Japan", "United States of America"}, {"OSCE Office in Tajikistan"}, {"Ивар Викки"}, set()),
    "o3_es.txt": ("Observadores de la Asamblea Parlamentaria de la OSCE concluyen que las elecciones en Mongolia fueron competitivas pero con una campaña desigual", "2024-06-29", "Ulán Bator", "OSCE Parliamentary Assembly", True,
                  set(), {"Mongolia", "Spain"}, set(), {"Meritxell Batet", "Tomasz Kowalski", "Nat Parry"},
                  {"OSCE Parliamentary Assembly", "OSCE Office for Democratic Institutions and Human Rights", ("Mongolian People's Party", "Partido del Pueblo de Mongolia")}),
    "o3_ru2.txt": ("Представитель ОБСЕ по вопросам свободы СМИ Ян Братху осудил приговор журналисту в Азербайджане", "2025-06-20", "Вена", "OSCE Representative on Freedom of the Media", True,
                  set(), {"Azerbaijan", "Austria"}, set(), {"Ян Братху", "Севиндж Вагифгызы", "Джейхун Байрамов"},
                  {"OSCE Representative on Freedom of the Media", ("Abzas Media", "Абзас Медиа"), "Council of Europe"}),
    "o3_ky.txt": ("Кеңсе жөнүндө", None, None, "OSCE Programme Office in Bishkek", True,
                  {"Border management", "Policing", "Countering terrorism", "Elections", "Youth"},
                  {"Kyrgyzstan", "Germany", "Switzerland", "Norway", "United States of America"}, {"OSCE Programme Office in Bishkek", "OSCE Centre in Bishkek"},
                  {"Алексей Рогов"}, {"OSCE Permanent Council", "OSCE Academy in Bishkek"}),
    "o3_kk.txt": ("Ермек Көшербаев ЕҚЫҰ Бас хатшысымен Астанада кездесті", "2025-03-03", "Астана", "Kazinform", False,
                  set(), {"Kazakhstan", "Afghanistan"}, {"OSCE Programme Office in Astana"}, {"Ермек Көшербаев", "Феридун Синирлиоглу", "Фолькер Фробарт"},
                  {("Kazinform", "KAZINFORM")}),
    "o3_cs.txt": ("Praha hostí zasedání Fóra OBSE pro hospodářské a environmentální otázky. Lipavský: Energetická bezpečnost je bezpečností celé Evropy", "2023-09-12", "Praha", None, False,
                  set(), {"Ukraine", "Russian Federation"}, set(), {"Jan Lipavský", "Bakyt Džusupov"},
                  {"Office of the Co-ordinator of OSCE Economic and Environmental Activities", "European Commission",
                   ("European Bank for Reconstruction and Development", "Evropská banka pro obnovu a rozvoj")}),
    "o3_fi.txt": ("Etyj kokoontuu Helsingissä Finlandia-talolla: Valtonen vetoaa Helsingin päätösasiakirjan henkeen", "2025-12-04", None, None, False,
                  set(), {"Finland", "Ukraine", "Russian Federation", "United States of America", "Switzerland"}, set(),
                  {"Elina Valtonen", "Andrii Sybiha", "Feridun Sinirlioğlu"}, {"OSCE Ministerial Council"}),
    "o3_lv.txt": ("EDSO vēlēšanu novērotāji: Saeimas vēlēšanas Latvijā bija labi organizētas", "2022-10-03", "Rīga", "LETA", False,
                  set(), {"Latvia", "Russian Federation"}, set(), {"Ēriks Lindstrēms", "Krišjānis Kariņš"},
                  {("LETA", "Latvian News Agency"), "OSCE Office for Democratic Institutions and Human Rights", ("New Unity", "Jaunā Vienotība")}),
    "o3_et.txt": ("Tsahkna OSCE alalises nõukogus: Venemaa peab vabastama kinnipeetud OSCE töötajad", "2025-02-13", None, None, False,
                  set(), {"Russian Federation", "Ukraine", "Finland", "Estonia"}, {"OSCE Special Monitoring Mission to Ukraine"},
                  {"Margus Tsahkna", "Vadõm Golda", "Maksõm Petrov", "Dmõtro Šabanov", "Feridun Sinirlioğlu", "Elina Valtonen"},
                  {"OSCE Permanent Council", "European Union"}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "o1_en.txt": "osce-new",
    "o1_fr.txt": "osce-new",
    "o1_ru.txt": "osce-old",
    "o1_it.txt": "osce-old",
    "o1_de.txt": "archive",
    "o1_pl.txt": "institution",
    "o1_sq.txt": "field-site",
    "o1_mk.txt": "field-site",
    "o1_hy.txt": "field-site",
    "o1_uk.txt": "agency",
    "o1_ka.txt": "broadcaster",
    "o1_el.txt": "newspaper",
    "o1_sr.txt": "aggregator",
    "o1_lt.txt": "mfa",
    "o1_en2.txt": "institution",
    "o2_ro.txt": "osce-new",
    "o2_es.txt": "osce-new",
    "o2_en.txt": "osce-old",
    "o2_sr.txt": "archive",
    "o2_ru.txt": "archive",
    "o2_fr.txt": "institution",
    "o2_en2.txt": "institution",
    "o2_bs.txt": "field-site",
    "o2_be.txt": "field-site",
    "o2_az.txt": "agency",
    "o2_tr.txt": "agency",
    "o2_hr.txt": "broadcaster",
    "o2_hu.txt": "newspaper",
    "o2_bg.txt": "aggregator",
    "o2_sk.txt": "mfa",
    "o3_en.txt": "osce-new",
    "o3_de.txt": "osce-new",
    "o3_fr.txt": "osce-old",
    "o3_en2.txt": "osce-old",
    "o3_ru.txt": "archive",
    "o3_it.txt": "archive",
    "o3_tg.txt": "archive",
    "o3_es.txt": "institution",
    "o3_ru2.txt": "institution",
    "o3_ky.txt": "field-site",
    "o3_kk.txt": "agency",
    "o3_cs.txt": "broadcaster",
    "o3_fi.txt": "newspaper",
    "o3_lv.txt": "aggregator",
    "o3_et.txt": "mfa",
}

#: the commit of /work/main the figures below were measured at (a worktree of it, once, 10:31 UTC, after round 1's
#: 10:30 rule freeze: pooled over 45 pages; shapes: osce-new 6, archive 6, institution 6, field-site 6, osce-old 5,
#: agency 4, broadcaster 3, newspaper 3, aggregator 3, mfa 3)
MEASURED_AT: str | None = "eecdcf59b8c446b817a700ae8c2d304d503622a3"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {"title": 0.822, "date": 0.822, "place": 0.8, "source": 0.8, "fields_of_work": (0.333, 0.091, 0.143), "states": (0.963, 0.915, 0.938), "field_operations": (1.0, 0.913, 0.955), "persons": (0.917, 0.873, 0.894), "organizations": (0.855, 0.696, 0.768)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {"title": ("archive", 0.0), "date": ("archive", 0.333), "place": ("archive", 0.167), "source": ("aggregator", 0.333), "fields_of_work": ("archive", 0.0), "states": ("institution", 0.833), "field_operations": ("mfa", 0.0), "persons": ("broadcaster", 0.769), "organizations": ("field-site", 0.571)}

#: the line at the end of session 10 (976cd84), after rounds 2 and 3 (helpers T, S, M, F, then T3, S3, M3, F3) were tuned on this line's misses once it was
#: measured: an upper bound of reading unseen pages, not a measure; kept as floors so that the rounds' gains hold
AFTER_SESSION_10: dict[str, object] = {"title": 1.0, "date": 0.978, "place": 0.956, "source": 0.956, "fields_of_work": (1.0, 1.0, 1.0), "states": (0.979, 0.979, 0.979), "field_operations": (1.0, 0.957, 0.978), "persons": (0.966, 0.905, 0.934), "organizations": (0.938, 0.735, 0.824)}

PAGES = OwnPages("o", GOLD, FIELDS)

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_10": AFTER_SESSION_10}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_o.py [o1 o2 o3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
