"""Issue 11, line sc (session 12, helper S): the issuing body (``source``, explicit or inferred) and the other one-value
fields on 125 whole pages of our own (sets sc1-sc37), in the shapes where the measured line ad missed the issuer (source
0.867; ministries' sites 0.4: a ministry's own statement, a press-release header in the page's language, the
Chairpersonship's section on osce.org's old layout), under the lead's decision on statement headlines
(tests/gold/README.md, "Statement headlines and reports"):

- sc1: pages that ARE a foreign ministry's statement, its headline saying so in the page's language, the ministry in the
  genitive after the statement word or before it ("Užsienio reikalų ministerijos pareiškimas dėl ...", "Заявление
  Министерства иностранных дел Республики Казахстан ...", "Izjava Ministarstva vanjskih i europskih poslova ...",
  "Comunicado do Ministério dos Negócios Estrangeiros sobre ...", and "Заява МЗС України щодо ..." on an agency's
  site): the ministry, inferred, on the ministry's site and elsewhere (decision 1);
- sc2: a ministry's press-release header in the page's language over the headline ("Comunicado de prensa del
  Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "Comunicat de presă al Ministerului Afacerilor
  Externe", "Sporočilo za javnost Ministrstva za zunanje in evropske zadeve"): explicit, the ministry by its official
  English name, the State the masthead names;
- sc3: the OSCE Chairpersonship: its section's title on osce.org's old layout over a content type and the headline,
  by the chairing State's adjective and the year ("Presidencia española de la OSCE 2007", "Deutscher OSZE-Vorsitz
  2016"; the headline names no post first), and a statement of the Chair on the chairing State's ministry site
  ("Etyjin puheenjohtajan lausunto ...", "Deklaratë e Kryesisë shqiptare të OSBE-së për ..."): inferred;
- sc4: ministries' news of their minister's meeting with an OSCE official (Slovak, Austrian): a report, no issuer;
- sc5 (written after round 1's first rules, before the extractor read them): line ad's other shapes in more languages,
  to find what does not hold: agencies' datelines ("Виена, 4 декември /БТА/.", "АСТАНА. KAZINFORM –", "(ANSA) - LA
  VALLETTA, 05 DIC -"), aggregators' source lines ("Извор: МИА", "Извор: Бета"), osce.org's one-line breadcrumb in
  French, a field office's and the PA's own sites, an Azerbaijani ministry's press-service signature and a Polish
  press-release header: explicit, or inferred on the OSCE's own sites;
- sc6 (written after sc5's figures, before the extractor read them): osce.org's masthead over a one-line breadcrumb
  naming the section (sc5_fr's shape) in Spanish and Italian, the Swiss Chairmanship's statement on the FDFA's site
  ("Erklärung des Schweizer OSZE-Vorsitzes zur ..."), a Ukrainian aggregator's "Джерело: Укрінформ";
- sc7 (written after sc6's figures, before the extractor read them): ministries' own statements in more languages and
  shapes ("ՀՀ ԱԳՆ հայտարարությունը ...", "Declarație de presă a Ministerului Afacerilor Externe privind ...", "Géorgie –
  Déclaration de la porte-parole du ministère ...", "Заявление официального представителя МИД России ...", "...
  Tashqi ishlar vazirligining ... bayonoti"): inferred; a Kazakh ministry's press-service signature: explicit; a
  broadcaster's report: none;
- sc8 (written after sc7's figures, before the extractor read them): ministries' statements whose word is also a press
  release's ("Соопштение на Министерството ... во врска со ... во Србија", "Saopštenje Ministarstva ... povodom ..."),
  the topic naming another State; Albania's and Latvia's; a field office's own site in Bosnian; Kabar's dateline;
- sc9 (written after sc8's figures, before the extractor read them): agencies' datelines (tr "Ankara (AA) -", ka
  "თბილისი. ინტერპრესნიუსი."), aggregators' source lines (pl "Źródło: PAP", hu "Forrás: MTI"), osce.org's breadcrumb
  in Russian naming RFoM, a web archive's capture of osce.org in Ukrainian under the SMM's section title;
- sc10 (written after sc9's figures, before the extractor read them): ministries' statements in Kazakh, Tajik,
  Estonian, German, a Bulgarian ministry's "Позиция на Министерството ..." (a position, its statement), and a Turkish
  ministry's numbered release whose headline names no ministry (the masthead only: none);
- sc11 (written after sc10's figures, before the extractor read them): the Chairpersonship's statements on the
  chairing States' ministry sites (pl "Oświadczenie Przewodniczącego OBWE ...", mk "Изјава на претседавачот со ОБСЕ
  ...", mt "Dikjarazzjoni tal-President fil-Kariga tal-OSKE ..."), the PA President's statement on the PA's site, and
  osce.org's breadcrumb in Russian naming the HCNM over a visit's headline: inferred;
- sc12 (written after sc11's figures, before the extractor read them): agencies' credits in the datelines of news sites
  and aggregators in bs, ro, sl, hr, el, ru, uz, and an Albanian aggregator's "Burimi: ATSH": explicit;
- sc13 (written after sc12's figures, before the extractor read them): field offices' own sites in Kazakh, Tajik,
  Turkmen and Uzbek and ODIHR's in Polish, each named by its masthead: inferred;
- sc14 (written in round 2 after line ae's measurement, before the extractor read them): an agency's closing credit
  ("/TT/", "(dpa)") right under the text, a share bar, "read also" teasers and the paper's footer after it: explicit;
- sc15 (the same): an agency's own site whose closing credit "/TT/" repeats its masthead's and footer's name: explicit;
- sc16 (written in round 3 after line af's measurement, before the extractor read them): a "Fonte:" label whose value
  runs on into the stamp's parts ("ANSA   ·   14/03/2026 09:40   ·   Leggi ..."), a "Quelle:" label whose value
  closes with the body's acronym in brackets: explicit;
- sc17 (the same): a closing credit ("(TASR)", "Naujienos.lt, BNS") under the text, a tags line, a share bar, related
  and most-read lists and the footer under it: explicit.
- sc18 (session 13, round 1, written after line ag's misses were read, before the extractor read them): a source label
  listing two agencies in Cyrillic ("Извор: МИА, Бета", "Источник: ТАСС, Интерфакс") and an agency's own credit on its
  own site (a staff byline "Карэспандэнт БелТА", the agency after the dateline's date "Београд, 18. фебруар 2026.
  Танјуг - 16.40"): explicit.
- sc19 (the same): osce.org's new layout, the OSCE's name and acronym over the menus and a breadcrumb that names no
  body, a headline of what a mission does: no issuer (the masthead names the site, not the item).
- sc20 (the same): a foreign ministry's statement by its spokesperson on its own site, the headline naming no ministry
  ("Dichiarazione del portavoce sulle ...", "Δήλωση του Εκπροσώπου Τύπου για ..."): the ministry, inferred.
- sc21 (the same): the Chairpersonship's statement headline in Finnish on a news portal ("ETYJ:n puheenjohtajuuden
  lausunto ...", ag3_fi's on the ministry's site): the Chairpersonship, inferred.
- sc22 (round 2, written after line ah's misses were read, before the extractor read them): the RFoM's own site in
  Croatian (its Representative heading the headline: inferred); a feed reader's stamp line naming a site by its
  address ("Zakon.kz · автор: ... · 5 марта 2024") and a source label closed by a date in brackets ("Fonte: Il Piccolo
  (14.03.2024)"): explicit.
- sc23 (the same): osce.org's old layout in German, a topic and its colon before the post heading the headline
  ("Schweizer Vorsitz: Amtierender OSZE-Vorsitzender ... reist nach Kiew ..."): the Chairpersonship, inferred.
- sc24 (round 3, written after line ai's misses were read, before the extractor read them): aggregators' source labels
  whose value runs on after a dash into the date ("Fuente: EFE – 12 de marzo de 2021, 10:05", "Izvor: Hina - 7. srpnja
  2020. u 15:32"): explicit; osce.org's old layout archived, the section's address (osce.org/uzbekistan, osce.org/serbia)
  naming today's field operation and the item older than its name: the operation as then named, inferred.
- sc25 (the same): a broadcaster's own name alone on the line under the date on its own site (Deutsche Welle, Voice of
  America in Russian): the site's name, not a credit: a report with no source.
- sc26 (session 14, round 1, written after line aj's misses were read, before the extractor read them): a foreign
  minister's statement on the ministry's own site, the headline naming the minister ("Prohlášení ministra zahraničních
  věcí ...", "Oświadczenie Ministra ...", "Užsienio reikalų ministro ... pareiškimas"), the masthead the ministry: the
  ministry, inferred (aj2_nl's shape).
- sc27 (the same round, written before the extractor read them): an OSCE body's own statement reproduced on a news
  portal, the statement word after the speaker in Hungarian, Finnish and Turkish ("Az EBESZ ... Hivatalának közleménye
  ...", "ETYJ:n parlamentaarisen yleiskokouksen julkilausuma ...", "AGİT ... Ofisi'nin ... bildirisi"): the body,
  inferred (decision 1).
- sc28 (the same round, written after line aj's aj2_ru was read, before the extractor read them): a field office named
  by the OSCE's name and its city in words the data lacks ("Oficina de Programas de la OSCE en Biskek" in osce.org's
  Spanish breadcrumb, inferred; "Fonte: Ufficio OSCE di Bishkek" on an Italian aggregator, explicit).
- sc29 (the same round, written before the extractor read them): an aggregator's source label in Kyrgyz, Tajik and
  Mongolian ("Булак: Кабар", "Манбаъ: Ховар", "Эх сурвалж: МОНЦАМЭ"): explicit.
- sc30-sc35 (session 15, round 1, written after lines al and am were read, before the extractor read them): an
  aggregator's list of its media above the headline and the item's agency in the stamp line under it (sc30, al2_sl's
  shape); a paper's closing credit "agency, paper" (sc31, al2_sk's); an agency's credit on its own site in the stamp
  line's brackets or a dateline line under the lead (sc32, am1_az's and al1_uk's); a ministry's statement by the short
  name its masthead prints (sc33, al3_it's); a ministry's breadcrumb naming it over its press-release section, no
  issuer (sc34, al3_no's); an OSCE institution's masthead of the acronym and its name apart (sc35, am3_uk's).
- sc36-sc37 (the same round, written after its first rules, before the extractor read them): those shapes in more
  languages (lt, sr, ro; lt, mk, tg).

The gold follows tests/gold/README.md: title as on the page; date from a stamp or the dateline; place the dateline's in
the page's language and script, title case; source the canonical label (the reference data's; a ministry by its
official English name with its State, as lines ab and ad write "Ministry of Foreign and European Affairs of Croatia",
"Ministry for Foreign and European Affairs and Trade of Malta"), ``inferred`` true only where the page implies it.

Method: the pages and this gold were written by the helper who then wrote the round's rules (not blind: the helper had
read line ad's misses, and sc3_es and sc3_de follow ad1_it's shape in other languages), and committed before the
extractor was run on them; the figures as they came are recorded in ``AS_THEY_CAME`` in a commit of their own, and the
tests hold them as floors. No gold value is changed after seeing figures.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

CHAIR = "OSCE Chairpersonship"

FIELDS = ("title", "date", "place", "source", "inferred")

#: file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple] = {
    # sc1: a foreign ministry's own statement, the headline saying so
    "sc1_lt.txt": ("Užsienio reikalų ministerijos pareiškimas dėl ESBO Nuolatinės Tarybos sprendimo", "2024-08-02",
                   None, "Ministry of Foreign Affairs of Lithuania", True),
    "sc1_ru.txt": ("Заявление Министерства иностранных дел Республики Казахстан в связи с завершением работы Миссии "
                   "ОБСЕ по наблюдению за выборами", "2023-03-21", "Астана",
                   "Ministry of Foreign Affairs of Kazakhstan", True),
    "sc1_hr.txt": ("Izjava Ministarstva vanjskih i europskih poslova povodom izbora novog glavnog tajnika OESS-a",
                   "2024-12-05", None, "Ministry of Foreign and European Affairs of Croatia", True),
    "sc1_pt.txt": ("Comunicado do Ministério dos Negócios Estrangeiros sobre a reunião do Conselho Ministerial da OSCE "
                   "em Skopje", "2023-11-30", None, "Ministry of Foreign Affairs of Portugal", True),
    "sc1_uk.txt": ("Заява МЗС України щодо рішення Постійної ради ОБСЄ про бюджет", "2024-09-12", None,
                   "Ministry of Foreign Affairs of Ukraine", True),
    # sc2: a ministry's press-release header over the headline: explicit
    "sc2_es.txt": ("El ministro Albares recibe al Alto Comisionado de la OSCE para las Minorías Nacionales",
                   "2022-04-19", "Madrid", "Ministry of Foreign Affairs, European Union and Cooperation of Spain",
                   False),
    "sc2_ro.txt": ("Ministrul Mihai Popșoi a discutat cu șefa Misiunii OSCE în Moldova despre procesul de reglementare "
                   "transnistrean", "2024-03-14", "Chișinău", "Ministry of Foreign Affairs of Moldova", False),
    "sc2_sl.txt": ("Ministrica Fajon v Ljubljani gostila direktorja Urada OVSE za demokratične institucije in "
                   "človekove pravice", "2024-10-09", "Ljubljana",
                   "Ministry of Foreign and European Affairs of Slovenia", False),
    # sc3: the Chairpersonship, by its section's title on osce.org's old layout and by its statement on the chairing
    # State's ministry site
    "sc3_es.txt": ("El Presidente en ejercicio Moratinos pide en Tiflis un diálogo directo sobre Osetia del Sur",
                   "2007-02-14", "Tiflis", CHAIR, True),
    "sc3_de.txt": ("Waffenruhe in Berg-Karabach muss halten, mahnt Steinmeier in Jerewan", "2016-04-08", "Jerewan",
                   CHAIR, True),
    "sc3_fi.txt": ("Etyjin puheenjohtajan lausunto mielenosoittajiin kohdistuneesta väkivallasta Georgiassa",
                   "2025-02-03", None, CHAIR, True),
    "sc3_sq.txt": ("Deklaratë e Kryesisë shqiptare të OSBE-së për përshkallëzimin e dhunës në Nagorno-Karabak",
                   "2020-09-27", None, CHAIR, True),
    # sc4: a ministry's report of its minister's meeting: no issuer
    "sc4_sk.txt": ("Minister Blanár rokoval vo Viedni s generálnym tajomníkom OBSE", "2024-12-12", "Viedeň", None,
                   False),
    "sc4_de.txt": ("Außenminister Schallenberg empfängt OSZE-Generalsekretär Sinirlioğlu in Wien", "2025-01-16", "Wien",
                   None, False),
    # sc5 (written in round 1 after sc1-sc4's rules, before the extractor read them): the issuer in the other shapes of
    # line ad, in more languages: agencies' datelines, aggregators' source lines, osce.org's breadcrumb, a field
    # office's and the PA's own sites, a ministry's press-service signature and press-release header
    "sc5_bg.txt": ("Министър Иван Кондов обсъди във Виена бюджета на ОССЕ с генералния секретар", "2024-12-04",
                   "Виена", "Bulgarian News Agency", False),
    "sc5_mk.txt": ("ОБСЕ ќе набљудува локалните избори во октомври", "2025-07-12", None, "Media Information Agency",
                   False),
    "sc5_kk.txt": ("ЕҚЫҰ Бағдарламалар кеңсесі Астанада журналистерге арналған семинар өткізді", "2024-09-18",
                   "Астана", "Kazinform", False),
    "sc5_fr.txt": ("Le Haut-Commissaire salue l'adoption d'une nouvelle loi sur l'enseignement des langues en Moldavie",
                   "2025-06-03", "La Haye", "OSCE High Commissioner on National Minorities", True),
    "sc5_ru.txt": ("ОБСЕ провела в Оше тренинг для сотрудников пограничной службы по гендерным вопросам", "2024-05-22",
                   "Ош", "OSCE Programme Office in Bishkek", True),
    "sc5_az.txt": ("Xarici işlər naziri Ceyhun Bayramov ATƏT-in Baş katibi ilə görüşüb", "2025-02-17", None,
                   "Ministry of Foreign Affairs of Azerbaijan", False),
    "sc5_pl.txt": ("Wiceminister Szejna rozmawiał w Warszawie z dyrektorką Biura Instytucji Demokratycznych i Praw "
                   "Człowieka OBWE", "2025-03-06", "Warszawa", "Ministry of Foreign Affairs of Poland", False),
    "sc5_it.txt": ('Osce, Tajani a Malta: "Serve un cessate il fuoco giusto e duraturo in Ucraina"', "2024-12-05",
                   "La Valletta", "Agenzia Nazionale Stampa Associata", False),
    "sc5_en.txt": ("President Kauma urges inclusive talks after contested vote in Georgia", "2024-10-28", "Copenhagen",
                   "OSCE Parliamentary Assembly", True),
    "sc5_sr.txt": ("Мисија ОЕБС у Србији одржала обуку за новинаре о безбедности на интернету", "2024-11-14", None,
                   "BETA News Agency", False),
    # sc6 (written in round 1 after sc5's figures and the rules of c60e8bf, before the extractor read them): osce.org's
    # French masthead over a one-line breadcrumb (sc5_fr's shape) in Spanish and Italian, the Swiss Chairmanship's
    # statement on the FDFA's site, a Ukrainian aggregator's source line
    "sc6_es.txt": ("La Misión de la OSCE en Moldavia forma a periodistas de Gagauzia sobre verificación de datos",
                   "2024-09-11", "Comrat", "OSCE Mission to Moldova", True),
    "sc6_it.txt": ("L'ODIHR pubblica le raccomandazioni finali sulle elezioni parlamentari in Albania", "2025-08-14",
                   "Varsavia", "OSCE Office for Democratic Institutions and Human Rights", True),
    "sc6_de.txt": ("Erklärung des Schweizer OSZE-Vorsitzes zur Lage in der Ostukraine", "2014-05-02", "Bern", CHAIR,
                   True),
    "sc6_uk.txt": ("ОБСЄ розгляне бюджет організації на засіданні Постійної ради", "2025-03-14", None, "Ukrinform",
                   False),
    # sc7 (written in round 1 after sc6's figures and the rule of adbf769, before the extractor read them): ministries'
    # statements in more languages and shapes (a spokesperson's, an abbreviation, the statement word last after the
    # topic, a topic before a dash), a Kazakh press-service signature, a broadcaster's report
    "sc7_hy.txt": ("ՀՀ ԱԳՆ հայտարարությունը ԵԱՀԿ Մշտական խորհրդի որոշման վերաբերյալ", "2024-03-15", None,
                   "Ministry of Foreign Affairs of Armenia", True),
    "sc7_ro.txt": ("Declarație de presă a Ministerului Afacerilor Externe privind alegerile parlamentare din Republica "
                   "Moldova", "2025-09-29", None, "Ministry of Foreign Affairs of Romania", True),
    "sc7_fr.txt": ("Géorgie – Déclaration de la porte-parole du ministère de l'Europe et des Affaires étrangères",
                   "2024-10-31", "Paris", "Ministry for Europe and Foreign Affairs of France", True),
    "sc7_ru.txt": ("Заявление официального представителя МИД России в связи с решением Постоянного совета ОБСЕ",
                   "2024-01-12", None, "Ministry of Foreign Affairs of the Russian Federation", True),
    "sc7_uz.txt": ("O'zbekiston Respublikasi Tashqi ishlar vazirligining YeXHT Doimiy kengashi qarori yuzasidan "
                   "bayonoti", "2024-02-20", None, "Ministry of Foreign Affairs of Uzbekistan", True),
    "sc7_kk.txt": ("Министр ЕҚЫҰ Бас хатшысымен Астанада кездесті", "2024-06-14", None,
                   "Ministry of Foreign Affairs of Kazakhstan", False),
    "sc7_de.txt": ("OSZE-Beobachter kritisieren Druck auf Wähler in Georgien", "2024-10-27", None, None, False),
    # sc8 (written in round 1 after sc7's figures and the rules of 314c6e1, before the extractor read them): ministries'
    # statements whose word is also a press release's (mk "Соопштение", sr "Saopštenje") and whose topic names another
    # State, Albania's ministry by its name, Latvia's; a field office's own site in Bosnian; Kabar's dateline in Kyrgyz
    "sc8_bs.txt": ("Misija OSCE-a pozdravlja usvajanje izmjena zakona o sukobu interesa", "2024-04-18", "Sarajevo",
                   "OSCE Mission to Bosnia and Herzegovina", True),
    "sc8_mk.txt": ("Соопштение на Министерството за надворешни работи во врска со парламентарните избори во Србија",
                   "2023-12-18", None, "Ministry of Foreign Affairs of North Macedonia", True),
    "sc8_sr.txt": ("Saopštenje Ministarstva spoljnih poslova povodom odluke Stalnog saveta OEBS-a o budžetu",
                   "2024-03-22", None, "Ministry of Foreign Affairs of Serbia", True),
    "sc8_sq.txt": ("Deklaratë e Ministrisë për Evropën dhe Punët e Jashtme për zgjedhjet parlamentare në Kosovë",
                   "2025-02-10", None, "Ministry for Europe and Foreign Affairs of Albania", True),
    "sc8_ky.txt": ("ЕККУнун Бишкектеги программалык кеңсеси журналисттер үчүн семинар өткөрдү", "2025-03-12", "Бишкек",
                   "Kabar", False),
    "sc8_lv.txt": ("Ārlietu ministrijas paziņojums par EDSO Pastāvīgās padomes lēmumu", "2024-08-02", None,
                   "Ministry of Foreign Affairs of Latvia", True),
    # sc9 (written in round 1 after sc8's figures and the rules of e5b2fe7, before the extractor read them): agencies'
    # datelines in Turkish and Georgian, aggregators' source lines in Polish and Hungarian, osce.org's breadcrumb in
    # Russian naming RFoM, a web archive's capture of osce.org in Ukrainian with the SMM's section title
    "sc9_tr.txt": ("AGİT, Gürcistan'daki seçimler için gözlem heyeti gönderecek", "2024-09-05", "Ankara",
                   "Anadolu Agency", False),
    "sc9_ka.txt": ("ეუთოს დემოკრატიული ინსტიტუტებისა და ადამიანის უფლებების ოფისი საქართველოში სადამკვირვებლო "
                   "მისიას გზავნის", "2024-09-05", "თბილისი", "Interpressnews", False),
    "sc9_pl.txt": ("OBWE: wybory w Gruzji przebiegły w atmosferze nacisków na wyborców", "2024-10-28", None,
                   "Polish Press Agency", False),
    "sc9_hu.txt": ("Az EBESZ szerint szabad, de egyenlőtlen volt a moldovai elnökválasztás", "2024-11-04", None,
                   "Hungarian News Agency", False),
    "sc9_ru.txt": ("Представитель ОБСЕ по вопросам свободы СМИ выразила обеспокоенность задержанием журналистов в "
                   "Баку", "2023-12-12", "Вена", "OSCE Representative on Freedom of the Media", True),
    "sc9_uk.txt": ("Спостерігачі СММ ОБСЄ зафіксували відведення важкого озброєння поблизу Дебальцевого", "2015-03-11",
                   "Київ", "OSCE Special Monitoring Mission to Ukraine", True),
    # sc10 (written in round 1 after sc9's figures, before the extractor read them): ministries' statements in Kazakh,
    # Tajik, Estonian, German, a Bulgarian ministry's "position", and a Turkish ministry's numbered release whose
    # headline names no ministry (only the masthead: none)
    "sc10_kk.txt": ("Қазақстан Республикасы Сыртқы істер министрлігінің ЕҚЫҰ Тұрақты кеңесінің шешіміне қатысты "
                    "мәлімдемесі", "2024-03-04", None, "Ministry of Foreign Affairs of Kazakhstan", True),
    "sc10_tg.txt": ("Изҳороти Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон оид ба қарори Шӯрои доимии САҲА",
                    "2024-03-05", None, "Ministry of Foreign Affairs of Tajikistan", True),
    "sc10_et.txt": ("Välisministeeriumi avaldus OSCE alalise nõukogu otsuse kohta", "2024-03-06", None,
                    "Ministry of Foreign Affairs of Estonia", True),
    "sc10_tr.txt": ("No: 56, 12 Mart 2024, AGİT Daimi Konseyi'nin Bütçe Kararı Hk.", "2024-03-12", None, None, False),
    "sc10_bg.txt": ("Позиция на Министерството на външните работи относно решението на Постоянния съвет на ОССЕ",
                    "2024-03-07", None, "Ministry of Foreign Affairs of Bulgaria", True),
    "sc10_de.txt": ("Erklärung des Auswärtigen Amts zu den Parlamentswahlen in Georgien", "2024-10-28", None,
                    "Federal Foreign Office", True),
    # sc11 (written in round 1 after sc10's figures and the rules of 863680a, before the extractor read them): the
    # Chairpersonship's statements on the chairing States' ministry sites in Polish, Macedonian and Maltese, a PA
    # President's statement on the PA's site, osce.org's breadcrumb in Russian naming the HCNM over a visit's headline
    "sc11_pl.txt": ("Oświadczenie Przewodniczącego OBWE w sprawie eskalacji przemocy w Kazachstanie", "2022-01-06",
                    None, CHAIR, True),
    "sc11_mk.txt": ("Изјава на претседавачот со ОБСЕ Бујар Османи за состојбата во Нагорно-Карабах", "2023-09-20",
                    None, CHAIR, True),
    "sc11_mt.txt": ("Dikjarazzjoni tal-President fil-Kariga tal-OSKE dwar il-vjolenza fil-Georgia", "2024-12-02", None,
                    CHAIR, True),
    "sc11_ru.txt": ("Верховный комиссар ОБСЕ по делам национальных меньшинств посетил Кыргызстан", "2023-05-15",
                    "Бишкек", "OSCE High Commissioner on National Minorities", True),
    "sc11_en.txt": ("Statement by OSCE PA President on the adoption of the foreign agents law in Georgia", "2024-05-14",
                    "Copenhagen", "OSCE Parliamentary Assembly", True),
    # sc12 (written in round 1 after sc11's figures and the rules of 46d7c72, before the extractor read them): news
    # sites carrying an agency's copy, its credit in the dateline in eight more languages, an Albanian aggregator's line
    "sc12_bs.txt": ("OSCE: Izmjene Izbornog zakona moraju se provesti prije lokalnih izbora", "2024-03-14", "Sarajevo",
                    "Federal News Agency", False),
    "sc12_ro.txt": ("Misiunea OSCE va monitoriza alegerile prezidențiale din Republica Moldova", "2024-09-12",
                    "București", "Agerpres", False),
    "sc12_sl.txt": ("Fajonova na zasedanju OVSE: Organizacija mora ostati prostor za dialog", "2024-12-05", "Valletta",
                    "Slovenian Press Agency", False),
    "sc12_hr.txt": ("Grlić Radman na Malti: OESS treba ostati otvoren za sve", "2024-12-05", "Valletta",
                    "Croatian News Agency", False),
    "sc12_el.txt": ("Ο ΟΑΣΕ στέλνει παρατηρητές στις εκλογές της Μολδαβίας", "2024-09-12", "Αθήνα",
                    "Athens-Macedonian News Agency", False),
    "sc12_ru.txt": ("ОБСЕ не смогла утвердить бюджет на текущий год", "2024-03-14", "Вена", "Interfax", False),
    "sc12_uz.txt": ("YeXHT loyihalar koordinatori Toshkentda jurnalistlar uchun seminar o'tkazdi", "2025-03-12",
                    "Toshkent", "National News Agency of Uzbekistan", False),
    "sc12_sq.txt": ("OSBE mbështet trajnimin e gazetarëve për raportimin e zgjedhjeve", "2025-03-20", None,
                    "Albanian Telegraphic Agency", False),
    # sc13 (written in round 1 after sc12's figures and the rule of c1c6890, before the extractor read them): field
    # offices' own sites in Kazakh, Tajik, Turkmen and Uzbek and ODIHR's in Polish, each by its masthead: inferred
    "sc13_kk.txt": ("Қарағандыда жергілікті полиция қызметкерлеріне арналған тренинг өтті", "2024-05-14", "Қарағанды",
                    "OSCE Programme Office in Astana", True),
    "sc13_tg.txt": ("Дар Хоруғ барои сарҳадбонон омӯзиш оид ба муқовимат ба савдои одамон баргузор шуд", "2024-10-10",
                    "Хоруғ", "OSCE Programme Office in Dushanbe", True),
    "sc13_tk.txt": ("Aşgabatda ýaş diplomatlar üçin howpsuzlyk boýunça okuw geçirildi", "2024-03-12", "Aşgabat",
                    "OSCE Centre in Ashgabat", True),
    "sc13_uz.txt": ("Samarqandda sudyalar uchun inson huquqlari bo'yicha seminar bo'lib o'tdi", "2024-04-18",
                    "Samarqand", "OSCE Project Co-ordinator in Uzbekistan", True),
    "sc13_pl.txt": ("ODIHR rozpoczyna obserwację wyborów prezydenckich w Polsce", "2025-04-08", "Warszawa",
                    "OSCE Office for Democratic Institutions and Human Rights", True),
    # sc14 (written in round 2, after line ae's measurement and before the extractor read them): an agency's closing
    # credit under the text with a share bar, "read also" teasers and the paper's footer after it (ae3_da's shape on two
    # more sites and languages)
    "sc14_sv.txt": ("Svenska valobservatörer: Påtryckningar mot väljare i Georgien", "2024-10-27", None,
                    "TT News Agency", False),
    "sc14_de.txt": ("OSZE-Beobachter: Wahl in Moldau von Stimmenkauf überschattet", "2024-11-04", None,
                    "Deutsche Presse-Agentur", False),
    # sc15 (written in round 2, after line ae's measurement and before the extractor read it): an agency's own site
    # whose closing credit repeats the masthead's name (ae3_da's shape on the Swedish agency's site)
    "sc15_sv.txt": ("OSSE: Fortsatt brist på insyn i Vitrysslands fängelser", "2025-03-12", None, "TT News Agency",
                    False),
    # sc16 (written in round 3, after line af's measurement and before the extractor read them): a source label whose
    # value runs on into the stamp's parts (af3_es's shape on an Italian aggregator), and one whose value closes with
    # the body's acronym in brackets (af3_en's shape, in German)
    "sc16_it.txt": ("L'OSCE chiede il rilascio dei giornalisti detenuti in Bielorussia", "2026-03-14", None,
                    "Agenzia Nazionale Stampa Associata", False),
    "sc16_de.txt": ("OSZE: Wahlbeobachter für die Parlamentswahl in Moldau entsandt", "2025-09-02", None,
                    "Organization for Security and Co-operation in Europe", False),    # sc17 (written in round 3, after line af's measurement and before the extractor read them): a closing credit under
    # the text with a tags line, a share bar, related and most-read lists and the footer under it (af2_hu's "(MTI)" and
    # af2_lv's "LSM.lv, LETA" shapes on other sites and languages)
    "sc17_sk.txt": ("OBSE vyzýva na prepustenie novinárov zadržiavaných v Bielorusku", "2026-03-14", None,
                    "News Agency of the Slovak Republic", False),
    "sc17_lt.txt": ("ESBO stebėtojai: rinkimai Moldovoje vyko ramiai, tačiau pastebėta pažeidimų", "2026-03-14", None,
                    "Baltic News Service", False),
    # sc18 (session 13, round 1, written after line ag's misses were read and before the extractor read them): a source
    # label listing two agencies in Cyrillic (ag1_sr's "Извор: РТС, Танјуг" on aggregators in Macedonian and Russian),
    # and agencies' own credits on their own sites (ag1_uk's staff byline in Belarusian, ag1_kk's agency in the
    # dateline in Serbian)
    "sc18_mk.txt": ("ОБСЕ испраќа набљудувачи за претседателските избори во Молдавија", "2026-03-12", None,
                    "Media Information Agency / BETA News Agency", False),
    "sc18_ru.txt": ("Генсек ОБСЕ призвала стороны конфликта сохранять сдержанность", "2026-02-05", None,
                    "TASS / Interfax", False),
    "sc18_be.txt": ("Парламенцкая асамблея АБСЕ правяла зімовую сесію ў Вене", "2026-02-20", None,
                    "Belarusian Telegraph Agency", False),
    "sc18_sr.txt": ("Председавајући ОЕБС-ом у посети Београду", "2026-02-18", "Београд", "Tanjug", False),
    # sc19 (session 13, round 1, written after line ag's misses were read and before the extractor read them): osce.org's
    # new layout, the OSCE's name over the menus and a breadcrumb of no body, a headline of what a mission does (not a
    # statement): no issuer (ag1_de's shape in Russian and Spanish)
    "sc19_ru.txt": ("Миссия ОБСЕ в Молдове провела семинар для региональных журналистов", "2025-10-09", "Кишинёв", None,
                    False),
    "sc19_es.txt": ("La Misión de la OSCE en Skopie apoya la formación de jueces en delitos de odio", "2025-06-03",
                    "Skopie", None, False),
    # sc20 (session 13, round 1, written after line ag's misses were read and before the extractor read them): a foreign
    # ministry's statement by its spokesperson, the headline naming no ministry, on the ministry's own site (ag1_fr's
    # "Déclaration de la porte-parole sur ..." in Italian and Greek): the ministry, inferred (decision 1)
    "sc20_it.txt": ("Dichiarazione del portavoce sulle elezioni presidenziali in Moldova", "2024-11-04", "Roma",
                    "Ministry of Foreign Affairs and International Cooperation of Italy", True),
    "sc20_el.txt": ("Δήλωση του Εκπροσώπου Τύπου για τις βουλευτικές εκλογές στη Γεωργία", "2024-10-28", "Αθήνα",
                    "Ministry of Foreign Affairs of Greece", True),
    # sc21 (session 13, round 1, written after line ag's misses were read and before the extractor read them): the
    # Chairpersonship's statement headline in Finnish, the acronym's case ending after a colon (ag3_fi's), on a news
    # portal: a statement headline names its issuer on any site (decision 1)
    "sc21_fi.txt": ("ETYJ:n puheenjohtajuuden lausunto Moldovan presidentinvaalien tuloksesta", "2025-11-04", None,
                    "OSCE Chairpersonship", True),
    # sc22 (session 13, round 2, written after line ah's misses were read and before the extractor read them): the RFoM's
    # own site in Croatian, its Representative (not the Chair) heading the headline (ah1_sr's shape); a feed reader's
    # stamp line naming a site by its address, no label (ah2_en's, in Russian); a source label closed by a date in
    # brackets (ah1_fr's, in Italian)
    "sc22_hr.txt": ("Predstavnica OESS-a za slobodu medija osudila prijetnje novinarima u Splitu", "2024-03-14", "Beč",
                    "OSCE Representative on Freedom of the Media", True),
    "sc22_ru.txt": ("Программный офис ОБСЕ в Астане провёл семинар по кибербезопасности", "2024-03-05", "Астана",
                    "Zakon.kz", False),
    "sc22_it.txt": ("L'OSCE accoglie con favore la nuova legge sui media in Montenegro", "2024-03-14", "Podgorica",
                    "Il Piccolo", False),
    # sc23 (session 13, round 2, written after line ah's misses were read and before the extractor read them): osce.org's
    # old layout in German, a topic and its colon before the post heading the headline (ah3_nl's shape): inferred
    "sc23_de.txt": ("Schweizer Vorsitz: Amtierender OSZE-Vorsitzender Burkhalter reist nach Kiew und ruft zum Dialog auf",
                    "2014-05-15", "Kiew", "OSCE Chairpersonship", True),
    # sc24 (session 13, round 3, written after line ai's misses were read and before the extractor read them): an
    # aggregator's source label whose value runs on after a dash into the item's date (ai1_it's shape, in Spanish and
    # Croatian): explicit; osce.org's old layout archived, its section's address naming today's field operation, the
    # item older than the operation's name (ai3_tg's shape, in English and Serbian): the operation as it was then
    # named, inferred (tests/gold/README.md "Predecessor names are kept")
    "sc24_es.txt": ("La OSCE pide a Armenia y Azerbaiyán retomar las conversaciones de paz", "2021-03-12", "Viena",
                    "Agencia EFE", False),
    "sc24_hr.txt": ("OESS: izbori u Hrvatskoj provedeni profesionalno, ali kampanja bez prave rasprave", "2020-07-07",
                    None, "Croatian News Agency", False),
    "sc24_en.txt": ("Water users' associations in the Ferghana Valley learn to settle disputes", "2005-04-08",
                    "Ferghana", "OSCE Centre in Tashkent", True),
    "sc24_sr.txt": ("Obuka policijskih službenika za rad u multietničkim zajednicama završena u Bujanovcu",
                    "2004-11-15", "Bujanovac", "OSCE Mission to Serbia and Montenegro", True),
    # sc25 (the same, after line ai's misses): a broadcaster's own name alone on the line under the date on its own
    # site (ai2_ky's shape, in German and Russian): the site's name, not a credit: no source (a report)
    "sc25_de.txt": ("OSZE-Beobachter sollen Wahl in Moldau begleiten", "2025-09-22", None, None, False),
    "sc25_ru.txt": ("В ОБСЕ обсудили безопасность журналистов на Южном Кавказе", "2024-11-14", None, None, False),
    # sc26 (session 14, round 1, written after line aj's misses were read, before the extractor read them): a foreign
    # minister's own statement on the ministry's site, the headline naming the minister, not the ministry (aj2_nl's
    # shape in Czech, Polish, Lithuanian): the ministry, inferred (decision 1; the post stands for its body)
    "sc26_cs.txt": ("Prohlášení ministra zahraničních věcí Jana Lipavského k parlamentním volbám v Gruzii",
                    "2024-10-28", None, "Ministry of Foreign Affairs of Czechia", True),
    "sc26_pl.txt": ("Oświadczenie Ministra Radosława Sikorskiego w sprawie wyborów prezydenckich na Białorusi",
                    "2025-01-27", None, "Ministry of Foreign Affairs of Poland", True),
    "sc26_lt.txt": ("Užsienio reikalų ministro Gabrieliaus Landsbergio pareiškimas dėl ESBO Ministrų Tarybos Maltoje",
                    "2024-12-06", None, "Ministry of Foreign Affairs of Lithuania", True),
    # sc27 (session 14, round 1, written before the extractor read them): an OSCE body's own statement on a news portal,
    # the statement word closing the speaker in Hungarian, Finnish and Turkish (a communiqué, a declaration): the body,
    # inferred (decision 1)
    "sc27_hu.txt": ("Az EBESZ Demokratikus Intézmények és Emberi Jogok Hivatalának közleménye a grúziai parlamenti "
                    "választásokról", "2024-10-27", None, "OSCE Office for Democratic Institutions and Human Rights",
                    True),
    "sc27_fi.txt": ("ETYJ:n parlamentaarisen yleiskokouksen julkilausuma Ukrainan tilanteesta", "2024-07-03", None,
                    "OSCE Parliamentary Assembly", True),
    "sc27_tr.txt": ("AGİT Demokratik Kurumlar ve İnsan Hakları Ofisi'nin Gürcistan seçimlerine ilişkin bildirisi",
                    "2024-10-28", None, "OSCE Office for Democratic Institutions and Human Rights", True),
    # sc28 (session 14, round 1, written after line aj's aj2_ru was read, before the extractor read them): a field office
    # named by the OSCE's name and its city in words the data lacks, on osce.org's Spanish layout (its breadcrumb's item:
    # inferred) and in an Italian aggregator's source label (explicit)
    "sc28_es.txt": ("Jueces de Kirguistán se forman en la protección de los derechos de las personas detenidas",
                    "2024-05-14", None, "OSCE Programme Office in Bishkek", True),
    "sc28_it.txt": ("Giovani imprenditrici kirghise a scuola di commercio digitale", "2025-03-21", None,
                    "OSCE Programme Office in Bishkek", False),
    # sc29 (session 14, round 1, written before the extractor read them): an aggregator's source label in Kyrgyz, Tajik
    # and Mongolian ("Булак: Кабар", "Манбаъ: Ховар", "Эх сурвалж: МОНЦАМЭ"): explicit
    "sc29_ky.txt": ("ЕККУ шайлоо комиссиясынын кызматкерлери үчүн семинар өткөрдү", "2024-11-12", None, "Kabar", False),
    "sc29_tg.txt": ("Дар Хоруғ барои марзбонон курси омӯзишӣ баргузор шуд", "2024-05-21", None, "Khovar", False),
    "sc29_mn.txt": ("Монгол Улс ЕАБХАБ-ын сонгуулийн ажиглалтад оролцов", "2024-10-30", None, "Montsame", False),
    # sc30 (session 15, round 1, written after lines al and am were read, before the extractor read them): an
    # aggregator's list of the media it draws from above the headline ("Izvor: Hina · Index.hr · N1 ..."), the item's
    # own agency in its stamp line under the headline ("Hina | 14. 3. 2026."): the stamp's agency, explicit
    "sc30_hr.txt": ("ODIHR otvorio promatračku misiju za parlamentarne izbore u Crnoj Gori", "2026-03-14", None,
                    "Croatian News Agency", False),
    "sc30_cs.txt": ("Mise OBSE v Moldavsku vyškolila novináře z Gagauzska", "2026-02-09", None, "Czech News Agency",
                    False),
    # sc31 (the same): a paper's closing credit, the agency, then the paper's own name ("ČTK, Novinky.cz", "PAP,
    # Rzeczpospolita"): the agency, explicit
    "sc31_cs.txt": ("Generální tajemník OBSE jednal v Praze o rozpočtu organizace", "2026-11-05", None,
                    "Czech News Agency", False),
    "sc31_pl.txt": ("Misja OBWE w Kosowie szkoli policjantów z ochrony mniejszości", "2026-09-18", None,
                    "Polish Press Agency", False),
    # sc32 (the same): an agency's own item on its own site, its credit in the stamp line's brackets ("София, 4
    # декември 2026, 11:20 (БТА)") or in a dateline line of its own under the lead ("Астана. 5 декабря. КАЗИНФОРМ"):
    # the agency, explicit
    "sc32_bg.txt": ("Генералният секретар на ОССЕ обсъди в София сигурността в Черноморския регион", "2026-12-04",
                    "София", "Bulgarian News Agency", False),
    "sc32_ru.txt": ("Программный офис ОБСЕ в Астане провел семинар по кибербезопасности для госслужащих", "2026-12-05",
                    "Астана", "Kazinform", False),
    # sc33 (the same): a ministry's statement on its own site, the speaker the short name its masthead prints under
    # its full name ("A KKM közleménye ...", al3_it's "Dichiarazione della Farnesina ..."): the ministry, inferred
    "sc33_hu.txt": ("A KKM közleménye az EBESZ Állandó Tanácsának költségvetési döntéséről", "2026-11-20", "Budapest",
                    "Ministry of Foreign Affairs of Hungary", True),
    # sc34 (the same): a ministry's release of its own grant, a breadcrumb naming the ministry and its press-release
    # section ("Du er her: Forside › Udenrigsministeriet › Nyheder › Pressemeddelelser"): a report, no issuer
    "sc34_da.txt": ("Danmark støtter OSCE's valgobservation i Centralasien med 12 millioner kroner", "2026-10-27", None,
                    None, False),
    "sc34_de.txt": ("Deutschland unterstützt die OSZE-Mission in Moldau mit zwei Millionen Euro", "2026-10-14", None,
                    None, False),
    # sc35 (the same): an OSCE institution's own site, its masthead the OSCE's acronym and the institution's name
    # apart ("OSZE  Beauftragter für Medienfreiheit"), the headline its post and a verb of saying: inferred
    "sc35_de.txt": ("OSZE-Medienbeauftragter verurteilt Festnahme von Journalisten in Tiflis", "2026-06-18", "Wien",
                    "OSCE Representative on Freedom of the Media", True),
    "sc35_ru.txt": ("Верховный комиссар ОБСЕ по делам национальных меньшинств призывает к диалогу о языковом законе",
                    "2026-03-03", "Гаага", "OSCE High Commissioner on National Minorities", True),
    # sc36 (session 15, round 1, written after round 1's first rules, before the extractor read them): round 1's news
    # shapes in more languages: an agency's own credit in brackets closing a dateline line under the lead (lt), a
    # paper's "agency, paper" in Cyrillic (sr), an aggregator's list of media above the headline (ro)
    "sc36_lt.txt": ("ESBO Demokratinių institucijų ir žmogaus teisių biuras stebės Moldovos vietos rinkimus",
                    "2026-09-14", "Varšuva", "ELTA", False),
    "sc36_sr.txt": ("Мисија ОЕБС у Србији обучила полицајце за рад са мањинама", "2026-10-22", None, "Tanjug", False),
    "sc36_ro.txt": ("Misiunea OSCE în Moldova a instruit observatori pentru alegerile locale", "2026-10-03", None,
                    "Agerpres", False),
    # sc37 (the same): a ministry's statement by its masthead's short name (lt "URM pareiškimas dėl ..."), field
    # offices' mastheads of the acronym and a short name (mk "ОБСЕ  Мисија во Скопје", tg "САҲА  Дафтари барномаҳо дар
    # Душанбе"): inferred
    "sc37_lt.txt": ("URM pareiškimas dėl ESBO Nuolatinės Tarybos sprendimo dėl biudžeto", "2026-11-18", "Vilnius",
                    "Ministry of Foreign Affairs of Lithuania", True),
    "sc37_mk.txt": ("Мисијата на ОБСЕ во Скопје организираше обука за општински службеници за родова еднаквост",
                    "2026-11-12", "Скопје", "OSCE Mission to Skopje", True),
    "sc37_tg.txt": ("Дафтари барномаҳои САҲА дар Душанбе барои сарҳадбонон семинар баргузор кард", "2026-10-08",
                    "Душанбе", "OSCE Programme Office in Dushanbe", True),
}

#: each page's site shape (the worst group is reported, not only the mean)
SHAPES: dict[str, str] = {
    **dict.fromkeys(["sc1_lt.txt", "sc1_ru.txt", "sc1_hr.txt", "sc1_pt.txt"], "mfa, statement"),
    "sc1_uk.txt": "agency, statement",
    **dict.fromkeys(["sc2_es.txt", "sc2_ro.txt", "sc2_sl.txt"], "mfa, press header"),
    "sc3_es.txt": "osce-old", "sc3_de.txt": "osce-old",
    "sc3_fi.txt": "mfa, chair's statement", "sc3_sq.txt": "mfa, chair's statement",
    "sc4_sk.txt": "mfa, report", "sc4_de.txt": "mfa, report",
    "sc5_bg.txt": "agency", "sc5_kk.txt": "agency", "sc5_mk.txt": "aggregator", "sc5_sr.txt": "aggregator",
    "sc5_fr.txt": "osce-new", "sc5_ru.txt": "field-site", "sc5_en.txt": "institution",
    "sc5_az.txt": "mfa, press signature", "sc5_pl.txt": "mfa, press header", "sc5_it.txt": "newspaper",
    "sc6_es.txt": "osce-new", "sc6_it.txt": "osce-new", "sc6_de.txt": "mfa, chair's statement",
    "sc6_uk.txt": "aggregator",
    **dict.fromkeys(["sc7_hy.txt", "sc7_ro.txt", "sc7_fr.txt", "sc7_ru.txt", "sc7_uz.txt"], "mfa, statement"),
    "sc7_kk.txt": "mfa, press signature", "sc7_de.txt": "broadcaster, report",
    **dict.fromkeys(["sc8_mk.txt", "sc8_sr.txt", "sc8_sq.txt", "sc8_lv.txt"], "mfa, statement"),
    "sc8_bs.txt": "field-site", "sc8_ky.txt": "agency",
    "sc9_tr.txt": "agency", "sc9_ka.txt": "agency", "sc9_pl.txt": "aggregator", "sc9_hu.txt": "aggregator",
    "sc9_ru.txt": "osce-new", "sc9_uk.txt": "archive",
    **dict.fromkeys(["sc10_kk.txt", "sc10_tg.txt", "sc10_et.txt", "sc10_bg.txt", "sc10_de.txt"], "mfa, statement"),
    "sc10_tr.txt": "mfa, report",
    **dict.fromkeys(["sc11_pl.txt", "sc11_mk.txt", "sc11_mt.txt"], "mfa, chair's statement"),
    "sc11_ru.txt": "osce-new", "sc11_en.txt": "institution",
    **dict.fromkeys(["sc12_bs.txt", "sc12_sl.txt", "sc12_hr.txt", "sc12_el.txt", "sc12_ru.txt", "sc12_uz.txt"],
                    "news site, agency credit"),
    "sc12_ro.txt": "aggregator", "sc12_sq.txt": "aggregator",
    **dict.fromkeys(["sc13_kk.txt", "sc13_tg.txt", "sc13_tk.txt", "sc13_uz.txt"], "field-site"),
    "sc13_pl.txt": "institution",
    "sc14_sv.txt": "newspaper, closing credit", "sc14_de.txt": "newspaper, closing credit",
    "sc15_sv.txt": "agency, closing credit",
    "sc16_it.txt": "aggregator, source label", "sc16_de.txt": "aggregator, source label",    "sc17_sk.txt": "newspaper, closing credit", "sc17_lt.txt": "newspaper, closing credit",
    "sc18_mk.txt": "aggregator, source label", "sc18_ru.txt": "aggregator, source label",
    "sc18_be.txt": "agency, own credit", "sc18_sr.txt": "agency, own credit",
    "sc19_ru.txt": "osce-new", "sc19_es.txt": "osce-new",
    "sc20_it.txt": "mfa, statement", "sc20_el.txt": "mfa, statement",
    "sc21_fi.txt": "aggregator, statement",
    "sc22_hr.txt": "institution", "sc22_ru.txt": "aggregator", "sc22_it.txt": "aggregator, source label",
    "sc23_de.txt": "osce-old",
    "sc24_es.txt": "aggregator, source label", "sc24_hr.txt": "aggregator, source label",
    "sc24_en.txt": "archive", "sc24_sr.txt": "archive",
    "sc25_de.txt": "broadcaster, report", "sc25_ru.txt": "broadcaster, report",
    "sc26_cs.txt": "mfa, minister's statement", "sc26_pl.txt": "mfa, minister's statement",
    "sc26_lt.txt": "mfa, minister's statement",
    "sc27_hu.txt": "portal, statement", "sc27_fi.txt": "portal, statement", "sc27_tr.txt": "portal, statement",
    "sc28_es.txt": "osce-new", "sc28_it.txt": "aggregator, source label",
    "sc29_ky.txt": "aggregator, source label", "sc29_tg.txt": "aggregator, source label",
    "sc29_mn.txt": "aggregator, source label",
    "sc30_hr.txt": "aggregator, source list", "sc30_cs.txt": "aggregator, source list",
    "sc31_cs.txt": "newspaper, closing credit", "sc31_pl.txt": "newspaper, closing credit",
    "sc32_bg.txt": "agency, own credit", "sc32_ru.txt": "agency, own credit",
    "sc33_hu.txt": "mfa, statement", "sc34_da.txt": "mfa, breadcrumb", "sc34_de.txt": "mfa, breadcrumb",
    "sc35_de.txt": "institution", "sc35_ru.txt": "institution",
    "sc36_lt.txt": "agency, own credit", "sc36_sr.txt": "newspaper, closing credit",
    "sc36_ro.txt": "aggregator, source list",
    "sc37_lt.txt": "mfa, statement", "sc37_mk.txt": "field-site", "sc37_tg.txt": "field-site",
}

PAGES = OwnPages("sc", GOLD, FIELDS)

#: each set's figures as they came (accuracy of the one-value fields), measured once on a worktree of 4198258 (the
#: commit that wrote these pages and this gold, before any rule saw them; the loader imported from that worktree)
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # sc1: no ministry's own statement read for its issuer (lt, ru, hr, pt, and uk on an agency's site)
    "sc1": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc2: each press-release header taken for the title, and no source read from it (es, ro, sl)
    "sc2": {"title": 0.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc3: the section's title "Presidencia española de la OSCE 2007" / "Deutscher OSZE-Vorsitz 2016" names no issuer,
    # nor the Albanian "Deklaratë e Kryesisë shqiptare të OSBE-së"; the Finnish "Etyjin puheenjohtajan lausunto" does
    "sc3": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.25},
    # sc4: both reports given no issuer
    "sc4": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # (sc1-sc4 pooled as they came at 4198258: title 0.786, date 1.0, place 1.0, source 0.214)
    # sc5 (measured once on a worktree of 57dfa31, its pages' commit, after round 1's rules of bf5a5b1): the
    # Azerbaijani press-service signature unread ("Xarici İşlər Nazirliyinin": the capital dotted İ lower-cased to
    # "i̇"), osce.org's French masthead read as an explicit "OSCE" source over the breadcrumb's HCNM, the Cyrillic
    # "Извор: Бета" given as written
    "sc5": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.7},
    # (all 24 pooled at 57dfa31, sc1-sc4 after round 1's rules, sc5 as it came: title/date/place 1.0, source 0.833)
    # sc6 (measured once on a worktree of 4051c23, its pages' commit, after the rules of c60e8bf): osce.org's masthead
    # read as an explicit OSCE source over the breadcrumb's section (es, it: sc5_fr's miss); the Swiss Chairmanship's
    # statement and the aggregator's line right
    "sc6": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.5},
    # (all 28 pooled at 4051c23, sc1-sc5 after round 1's rules of c60e8bf, sc6 as it came: source 0.821)
    # sc7 (measured once on a worktree of 9c95978, its pages' commit, after the rules of adbf769): the Armenian "ՀՀ ԱԳՆ
    # հայտարարությունը ..." (the statement word last, with its article; the ministry's abbreviation) and the French
    # "Géorgie – Déclaration de la porte-parole du ministère de l'Europe et des Affaires étrangères" (a topic and a
    # dash first; the ministry's name since 2017) name no issuer; ro, ru, uz, kk and the report right
    "sc7": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.714},
    # (all 35 pooled at 9c95978, sc1-sc6 after the rules of adbf769, sc7 as it came: source 0.857)
    # sc8 (measured once on a worktree of ff1d8e8, its pages' commit, after the rules of 314c6e1): "Соопштение на
    # Министерството ... во врска со ... во Србија" read as a press header, explicit, the State taken from its topic
    # (Serbia's ministry); "Saopštenje Ministarstva ..." explicit; "Deklaratë e Ministrisë për Evropën ..." cut at its
    # "për" (a topic's word) inside the ministry's name: none; Kabar's "Бишкек, 12-март, Кабар." gives no place
    "sc8": {"title": 1.0, "date": 1.0, "place": 0.833, "source": 0.5},
    # (all 41 pooled at ff1d8e8, sc1-sc7 after the rules of 314c6e1 and M's rows of eb21474, sc8 as it came: place
    # 0.976, source 0.902)
    # sc9 (measured once on a worktree of 731e06b, its pages' commit, after the rules of e5b2fe7): all right as they
    # came
    "sc9": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # (all 47 pooled at 731e06b, sc1-sc8 after the rules of e5b2fe7, sc9 as it came: place 0.979, source 0.979)
    # sc10 (measured once on a worktree of c0018d1, its pages' commit, after the rules of e5b2fe7 and the labels of
    # d80b2cd): the Kazakh statement, its word last after the topic, read as the OSCE Permanent Council's (the body its
    # topic names); the Bulgarian "Позиция на Министерството ..." names none; tg, et, de and the Turkish release right
    "sc10": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.667},
    # sc11 (measured once on a worktree of 9908c97, its pages' commit, after the rules of 863680a): the Macedonian and
    # Maltese Chairpersonship's statements name none (the post's name in those languages unknown: "претседавачот со
    # ОБСЕ", "tal-President fil-Kariga tal-OSKE"); pl, the PA's and the HCNM's pages right
    "sc11": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.6},
    # sc12 (measured once on a worktree of d9619ea, its pages' commit, after the rules of 46d7c72): all right as they
    # came (the agencies' credits hold in these eight languages)
    "sc12": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # sc13 (measured once on a worktree of 6d7dd0f, its pages' commit, after the rules of c1c6890): all right as they
    # came (the field offices' and ODIHR's mastheads in kk, tg, tk, uz, pl)
    "sc13": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # the whole line (the harness names it by its first and last set as strings, "sc1-sc9"): all 71 pooled at 6d7dd0f
    # (sc1-sc12 after the rules of c1c6890, sc13 as it came; earlier: all 53 at c0018d1 with sc10 as it came, place
    # 0.981, source 0.943; all 58 at 9908c97 with sc11 as it came, place 0.983, source 0.948; all 66 at d9619ea with
    # sc12 as it came, place 0.985, source 0.955)
    # (round 3: all 76 with sc16 as it came, sc16_it's date unread: date 0.987; 78 with sc17: 0.987; session 13: 82 with
    # sc18 as it came at 9ec4a36, sc18_ru's stamp unread: date 0.976, place 0.988, source 0.963)
    # (90 with sc22 as it came at 1862c53: date 0.989, place 0.989, source 0.967; 95 with sc24 as it came at 3d88ec5:
    # date 0.968, place 0.989, source 0.947; session 15: 119 with sc30-sc35 as they came at 116b447: date 0.992, place
    # 0.992, source 0.924, the source floor now; 125 with sc36-sc37 as they came at b7e66c9: date 0.992, place 0.976, the
    # place floor now, source 0.992)
    "sc1-sc9": {"title": 1.0, "date": 0.968, "place": 0.976, "source": 0.924},
    # sc14 (round 2; measured once on a worktree of 089d6aa, its pages' commit, after round 1's rules frozen at
    # 5eb38e1): both closing credits read as they came
    "sc14": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # sc15 (round 2; measured once on a worktree of c58aacc, its page's commit): the closing "/TT/" unread (the agency's
    # name also in the masthead and the footer: read as a body the text speaks of)
    "sc15": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc16 (round 3; measured once on a worktree of 7d90787, its pages' commit, round 2's rules in): both source labels
    # read whole ("ANSA   ·   14/03/2026 09:40   ·   Leggi l'originale →", "... in Europa (OSZE)"); sc16_it's date, the
    # stamp inside the label's line, unread (T's field)
    "sc16": {"title": 1.0, "date": 0.5, "place": 1.0, "source": 0.0},
    # sc17 (round 3; measured once on a worktree of def520b, its pages' commit, with 99f0209's rule): "(TASR)" read as
    # it came (its gold label slipped, 'TASR News Agency ...', put right by the reference's after that run), "Naujienos.lt,
    # BNS" unread (the site's name before the agency's)
    "sc17": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.5},
    # sc18 (session 13, round 1; measured once on a worktree of 0c3b8d6, its pages' commit, with a2793e7's rule): the
    # agencies' own credits read (sc18_be, sc18_sr), the two labels listing agencies in Cyrillic unread (the value as
    # written), sc18_ru's stamp after the label's value unread (T's field)
    "sc18": {"title": 1.0, "date": 0.75, "place": 1.0, "source": 0.5},
    # sc19 (session 13, round 1; measured once on a worktree of 08ef3c2, its pages' commit): sc19_es's masthead read as
    # an explicit OSCE source (ag1_de's miss); sc19_ru right
    "sc19": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.5},
    # sc20 (session 13, round 1; measured once on a worktree of 96f5f29, its pages' commit): neither spokesperson's
    # statement read for its ministry (the headline names none; the masthead does)
    "sc20": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc21 (session 13, round 1; measured once on a worktree of d014d12, its page's commit): the Finnish statement
    # headline unread (the speaker's acronym with its case ending after a colon)
    "sc21": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc22 (session 13, round 2; measured once on a worktree of 1862c53, its pages' commit): the RFoM's Croatian site
    # right; the feed reader's address unread; the bracketed date kept in the label's value, and not read as the date
    "sc22": {"title": 1.0, "date": 0.667, "place": 1.0, "source": 0.333},
    # sc23 (session 13, round 2; measured once on a worktree of b25cda7, its page's commit): the post after the topic's
    # colon unread
    "sc23": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc24 (session 13, round 3; measured once on a worktree of 3d88ec5, its pages' commit): both labels' values kept
    # whole with their dates ("EFE – 12 de marzo de 2021, 10:05"); both archived sections read as today's operation
    # (the Project Co-ordinator in Uzbekistan, the Mission to Serbia); the labels' dates unread or the portal's taken
    # (T's field)
    "sc24": {"title": 1.0, "date": 0.5, "place": 1.0, "source": 0.0},
    # sc25 (session 13, round 3; measured once on a worktree of f533c59, its pages' commit, after 6ed6bb2's rules):
    # both broadcasters' own names under the date read as credits
    "sc25": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc26 (session 14, round 1; measured once on a worktree of 255be45, its pages' commit): no minister's statement
    # read for its ministry (the headline names the minister; the masthead the ministry)
    "sc26": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc27 (session 14, round 1; measured once on a worktree of d3ce320, its pages' commit): none of the three statement
    # words after the speaker read (hu "közleménye", fi "julkilausuma", tr "bildirisi")
    "sc27": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc28 (session 14, round 1; measured once on a worktree of af98955, its pages' commit): the Spanish breadcrumb's
    # office unread, the Italian label's value given as written ("Ufficio OSCE di Bishkek")
    "sc28": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc29 (session 14, round 1; measured once on a worktree of b6123bf, its pages' commit): none of the three labels
    # read as a source label
    "sc29": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sc30-sc35 (session 15, round 1; measured once on a worktree of 116b447, their pages' commit): sc30_cs's list of
    # media above the headline read as the source (sc30_hr's right); neither "agency, paper" credit read (sc31); neither
    # agency's own credit (sc32); the Hungarian ministry's statement by its short name unread (sc33); both breadcrumbs
    # read as a press header naming the ministry (sc34); both institutions' mastheads right (sc35)
    "sc30": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.5},
    "sc31": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    "sc32": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    "sc33": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    "sc34": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    "sc35": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # sc36-sc37 (measured once on a worktree of b7e66c9, their pages' commit, after round 1's rules): every source
    # right; two places missed (sc36_lt's dateline under the lead unread for its place; sc36_ro's stamp "Agerpres |
    # 03.10.2026" read for a place "Agerpres")
    "sc36": {"title": 1.0, "date": 1.0, "place": 0.333, "source": 1.0},
    "sc37": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
}

#: the worst site-shape group of each field, as it came (accuracy) at 4198258: title 0.0 on the ministries' press
#: headers (3), date and place 1.0 everywhere, source 0.0 on the ministries' statements (4), the agency's statement (1),
#: the press headers (3) and osce.org's old layout (2)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    # (round 3: sc16 at 7d90787, the aggregators' source labels (2), sc16_it's stamp in the label's line: date 0.5)
    "title": ("mfa, press header", 0.0), "date": ("aggregator, source label", 0.5),
    # (with sc5 at 57dfa31 the press signature (1) and osce-new (1) come at source 0.0, the aggregator (2) at 0.5: the
    # floors stay the lower ones as they first came; sc8's agency's place at ff1d8e8: agency place 0.667)
    "place": ("agency", 0.667),
    # (sc11 at 9908c97: the chair's statements on ministries' sites (5 pages) at source 0.5; sc15 at c58aacc: the
    # agency's own site with a closing credit (1) at source 0.0)
    "source": ("agency, closing credit", 0.0),
}


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))
globals().update(PAGES.title_tests())


if __name__ == "__main__":     # python tests/test_extract_own_pages_sc.py [sc1 ...]: figures and misses
    PAGES.report(sys.argv[1:])
