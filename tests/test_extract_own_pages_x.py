"""Issue 11, round 5 (title, date, place, issuing body; fields of work, States and field
operations on the same pages): whole pages of our own, rendered as third-party sites of the
region render them, chrome and all (mastheads, menus, cookie notices, share buttons, tags,
"read also" lists, copyright lines): news agencies, papers, portals, ministries, aggregators
and mirrors, in the region's languages and scripts. The text is ours; the facts (names, dates,
bodies) are real or plausible.

The gold follows tests/gold/README.md: ``date`` the publication date, ``place`` the dateline's
place as the page writes it, ``source`` the issuing body the page names (a ``Source`` line, a
news agency in the dateline or as the item's credit) with ``inferred`` when the page only
implies it; ``fields_of_work`` only from labels; ``states`` every State the title or text
names (not the site's menus); ``field_operations`` the field operations named.

Method (kept from round 4, it is what makes the figures honest): each set was written and
committed WITH its gold before it was measured, measured once as it came (``AS_THEY_CAME``), and
only then used for rules that hold across sites and languages; x1 was measured before any rule
of round 5, x11 and x12 after every rule (no rule was written from x12).

Pooled as they came, x2-x12 (106 pages): title 0.925, date 0.972, place 0.925, source 0.792, fields of
work 0.991 (accuracy), States F1 0.78, field operations F1 0.70; the last three sets (x10-x12, 26 pages):
title 0.96, date 1.00, place 1.00, source 0.96. x1, before any rule: 0.60 / 0.60 / 0.80 / 0.70. After
every rule (tuned on them, an upper bound): title 0.991, date 0.991, place 1.000, source 0.957.
The figures by group (site shape, script, language) are in README.md, issue 11, "Round 5, titles".
"""
from __future__ import annotations

import pytest
from own_pages import OwnPages

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations)
GOLD: dict[str, tuple] = {
    # x1: written before any rule of round 5
    "x1_ru.txt": ("ОБСЕ продлила работу миссии в Молдавии до конца 2024 года", "2023-12-14", "Вена", "TASS", False,
                  [], ["Moldova"], ["OSCE Mission to Moldova"]),
    "x1_sk.txt": ("Šefka OBSE v Bratislave: Organizácia potrebuje rozpočet", "2024-02-19", "Bratislava",
                  "News Agency of the Slovak Republic", False, [], ["Slovakia"], []),
    "x1_mk.txt": ("Мисијата на ОБСЕ во Скопје донираше опрема за Државната изборна комисија", "2024-04-12", None,
                  None, False, [], [], ["OSCE Mission to Skopje"]),
    "x1_sq.txt": ("OSBE: Zgjedhjet në veri duhet të jenë gjithëpërfshirëse", "2024-04-21", None, None, False,
                  [], [], ["OSCE Mission in Kosovo"]),
    "x1_hr.txt": ("OESS: Izbori u Srbiji nisu bili pošteni", "2023-12-18", None, "Croatian News Agency", False,
                  [], ["Serbia"], []),
    "x1_de.txt": ("OSZE-Treffen in Malta ohne Russland", "2024-12-05", None, None, False,
                  [], ["Malta", "Russian Federation", "Poland", "Austria", "Ukraine"], []),
    "x1_uk.txt": ("Кулеба закликав ОБСЄ не допустити російського головування", "2024-04-10", "Київ", "Ukrinform",
                  False, [], ["Ukraine", "Russian Federation", "Malta"],
                  ["OSCE Special Monitoring Mission to Ukraine"]),
    "x1_en.txt": ("OSCE Mission to Skopje supports police training on hate crimes", "2024-03-11", "Skopje",
                  "OSCE Mission to Skopje", False, [], ["North Macedonia"], ["OSCE Mission to Skopje"]),
    "x1_tr.txt": ("No: 78, 28 Mart 2024, AGİT Genel Sekreteri Helga Maria Schmid'in Ülkemizi Ziyareti Hk.",
                  "2024-03-28", None, None, False, [], ["Ukraine"], []),
    "x1_ro.txt": ("Șeful Misiunii OSCE s-a întâlnit cu președintele Parlamentului", "2024-03-05", "Chișinău",
                  "Moldpres", False, [], ["Moldova"], ["OSCE Mission to Moldova"]),
    # x2: written after x1's rules, committed before it was measured
    "x2_bs.txt": ("Misija OSCE-a pozvala na hitno usvajanje izmjena Izbornog zakona", "2024-02-27", None, None, False,
                  [], ["Bosnia and Herzegovina"], ["OSCE Mission to Bosnia and Herzegovina"]),
    "x2_sr.txt": ("Мисија ОЕБС-а: Медијске слободе кључне за европски пут Србије", "2024-05-14", None, "Tanjug",
                  False, [], ["Serbia"], ["OSCE Mission to Serbia"]),
    "x2_el.txt": ("Στη Λευκωσία η Γενική Γραμματέας του ΟΑΣΕ", "2024-03-12", "Λευκωσία", "Cyprus News Agency", False,
                  [], ["Cyprus", "Ukraine"], []),
    "x2_kk.txt": ("Мемлекет басшысы ЕҚЫҰ Бас хатшысын қабылдады", "2024-03-12", None, None, False,
                  [], ["Kazakhstan"], ["OSCE Programme Office in Astana"]),
    "x2_hy.txt": ("ԵԱՀԿ գլխավոր քարտուղարը կայցելի Երևան", "2024-03-12", None, None, False, [], ["Armenia"], []),
    "x2_fr.txt": ("L'OSCE s'inquiète du sort de ses employés détenus en Russie", "2024-03-12", None,
                  "Agence France-Presse", False, [], ["Russian Federation", "Ukraine"],
                  ["OSCE Special Monitoring Mission to Ukraine"]),
    "x2_pl.txt": ("OBWE: wybory w Rosji odbyły się bez prawdziwej konkurencji", "2024-03-18", "Wiedeń",
                  "Polish Press Agency", False, [], ["Russian Federation", "Malta", "Ukraine"], []),
    "x2_en.txt": ("OSCE Chief Visits Bishkek Amid Concerns Over Media Law", "2024-03-12", "Bishkek", None, False,
                  [], ["Kyrgyzstan"], ["OSCE Programme Office in Bishkek"]),
    "x2_lt.txt": ("ESBO generalinė sekretorė lankosi Vilniuje", "2024-03-12", None, "Baltic News Service", False,
                  [], ["Lithuania", "Russian Federation", "Ukraine"], []),
    "x2_it.txt": ("Osce: Tajani, 'la Russia liberi i dipendenti detenuti'", "2024-03-12", "Roma",
                  "Agenzia Nazionale Stampa Associata", False, [], ["Russian Federation", "Italy", "Ukraine"],
                  ["OSCE Special Monitoring Mission to Ukraine"]),
    # x3: written after x2's rules, committed before it was measured
    "x3_de.txt": ("Bundesrat verabschiedet Kandidatur für den OSZE-Vorsitz 2026", "2025-03-12", "Bern",
                  "Federal Department of Foreign Affairs", False, [], ["Switzerland", "Ukraine", "Malta"], []),
    "x3_sr.txt": ("Misija OEBS u Srbiji i Ministarstvo pravde predstavili vodič za sudije o govoru mržnje",
                  "2024-03-12", "Beograd", "OSCE Mission to Serbia", True, [],
                  ["Serbia", "Switzerland", "United States of America"], ["OSCE Mission to Serbia"]),
    "x3_en.txt": ("OSCE Media Freedom Representative concerned about foreign agents bill in Georgia", "2024-03-11",
                  "Vienna", "Organization for Security and Co-operation in Europe", False, [], ["Georgia"], []),
    "x3_ka.txt": ("ეუთოს/ოდირის სადამკვირვებლო მისია საქართველოში ოფიციალურად გაიხსნა", "2024-09-12", None, None, False,
                  [], ["Georgia"], []),
    "x3_ro.txt": ("OSCE: Alegerile din Republica Moldova, bine organizate, dar marcate de ingerințe", "2024-11-04",
                  "Chișinău", "Agerpres", False, [], ["Moldova"], []),
    "x3_bg.txt": ("Генералният секретар на ОССЕ ще посети София", "2024-03-12", "София", "Bulgarian News Agency",
                  False, [], ["Bulgaria", "Ukraine"], []),
    "x3_uz.txt": ("YeXHT Toshkentda saylovlar bo'yicha konferensiya o'tkazdi", "2024-03-12", None, None, False,
                  [], ["Uzbekistan", "Kazakhstan", "Kyrgyzstan"], ["OSCE Project Co-ordinator in Uzbekistan"]),
    "x3_ru.txt": ("Офис программ ОБСЕ в Душанбе передал пограничникам оборудование", "2024-03-12", "Душанбе", None,
                  False, [], ["Tajikistan", "Afghanistan"], ["OSCE Programme Office in Dushanbe"]),
    "x3_es.txt": ("La OSCE pide a Azerbaiyán y Armenia avanzar en el acuerdo de paz", "2024-03-12", "Madrid",
                  "Europa Press", False, [], ["Azerbaijan", "Armenia", "Malta"], []),
    "x3_me.txt": ("OEBS: Crna Gora da ubrza reformu izbornog zakonodavstva", "2024-03-12", None, None, False,
                  [], ["Montenegro"], ["OSCE Mission to Montenegro"]),
    # x4: written after x3's rules, committed before it was measured (Nordic, Portuguese, Mongolian, Turkmen,
    # Albanian, Moldovan and Estonian sites)
    "x4_fi.txt": ("Etyj: Georgian vaaleissa painostettiin äänestäjiä", "2024-10-28", None, None, False,
                  [], ["Georgia"], []),
    "x4_sv.txt": ("OSSE kritiserar valet i Belarus", "2025-01-27", None, "TT News Agency", False,
                  [], ["Belarus", "Sweden"], []),
    "x4_no.txt": ("OSSE-sjefen besøkte Oslo", "2024-03-12", None, "NTB", False, [], ["Norway"], []),
    "x4_da.txt": ("OSCE: Danmark skal bidrage til ny observatørmission", "2024-03-12", None, "Ritzau", False,
                  [], ["Denmark", "North Macedonia"], []),
    "x4_pt.txt": ("OSCE pede à Rússia libertação de funcionários detidos", "2024-03-12", "Viena", "Lusa", False,
                  [], ["Russian Federation", "Ukraine"], ["OSCE Special Monitoring Mission to Ukraine"]),
    "x4_mn.txt": ("ЕАБХАБ-ын Ерөнхий нарийн бичгийн дарга Монголд айлчилна", "2024-03-12", "Улаанбаатар", "Montsame",
                  False, [], ["Mongolia"], []),
    "x4_tk.txt": ("ÝHHG-niň Aşgabatdaky merkeziniň ýolbaşçysy bilen duşuşyk geçirildi", "2024-03-12", None, None,
                  False, [], ["Turkmenistan"], ["OSCE Centre in Ashgabat"]),
    "x4_sq.txt": ("Hasani pret kreun e Prezencës së OSBE-së", "2024-03-12", "Tiranë", "Albanian Telegraphic Agency",
                  False, [], ["Albania"], ["OSCE Presence in Albania"]),
    "x4_ro.txt": ("Misiunea OSCE a organizat consultări publice pe tema reintegrării", "2024-03-12", None,
                  "Info-Prim Neo", False, [], ["Moldova"], ["OSCE Mission to Moldova"]),
    "x4_et.txt": ("OSCE peasekretär kohtus Tsahknaga", "2024-03-12", None, "Baltic News Service", False,
                  [], ["Estonia", "Russian Federation", "Ukraine"], []),
    # x5: written after x4's rules, committed before it was measured (an agency whose page shows only
    # its update stamp, credits beside stamps, news sites naming themselves under the stamp)
    "x5_en.txt": ("OSCE monitors say Azerbaijan's snap election lacked real competition", None, "Baku",
                  "Associated Press", False, [], ["Azerbaijan"], []),
    "x5_hu.txt": ("Az EBESZ főtitkára Magyarországra látogat", "2024-03-12", None, "Hungarian News Agency", False,
                  [], ["Hungary", "Ukraine"], []),
    "x5_cs.txt": ("OBSE: Volby v Rusku nebyly svobodné", "2024-03-18", "Praha", "Czech News Agency", False,
                  [], ["Russian Federation", "Ukraine"], []),
    "x5_sl.txt": ("OVSE pozval k izpustitvi pripornih sodelavcev", "2024-03-12", "Ljubljana", "Slovenian Press Agency",
                  False, [], ["Russian Federation", "Ukraine"], ["OSCE Special Monitoring Mission to Ukraine"]),
    "x5_ka.txt": ("OSCE/ODIHR Deploys Observation Mission for Parliamentary Elections", "2024-09-12", None, None, False,
                  [], ["Georgia"], []),
    "x5_be.txt": ("АБСЕ: Рэжым Лукашэнкі парушае абавязальніцтвы арганізацыі", "2024-03-12", None, None, False,
                  [], ["Belarus"], []),
    "x5_ky.txt": ("ОБСЕ обучила кыргызстанских пограничников", "2024-03-12", "Бишкек", "AKIpress", False,
                  [], ["Kyrgyzstan"], ["OSCE Programme Office in Bishkek"]),
    "x5_uk.txt": ("Україна закликає ОБСЄ посилити реакцію на депортацію дітей", "2024-03-12", None, None, False,
                  [], ["Ukraine", "Russian Federation"], []),
    "x5_de.txt": ("OSZE-Chefin Schmid: „Wir sind nicht handlungsunfähig“", "2024-03-12", "Wien", None, False,
                  [], ["Ukraine", "Austria"], []),
    "x5_tr.txt": ("AGİT'ten Azerbaycan seçimlerine ilişkin açıklama", "2024-02-08", None, None, False,
                  [], ["Azerbaijan"], []),
    # x6: written after x5's rules, committed before it was measured (a government portal, a body's own site,
    # English papers and agencies of the region, a mirror of osce.org in Russian with its fields label)
    "x6_pl.txt": ("Wiceminister Szejna na spotkaniu z Sekretarz Generalną OBWE", "2024-03-12", None, None, False,
                  [], ["Poland", "Ukraine"], []),
    "x6_en.txt": ("OSCE PA President Pia Kauma visits Kyiv, calls for accountability for war crimes", "2024-03-12",
                  "Copenhagen", "OSCE Parliamentary Assembly", True, [], ["Finland", "Ukraine"], []),
    "x6_gb.txt": ("OSCE faces collapse as Russia blocks budget and leadership deal", "2024-03-12", None, None, False,
                  [], ["Russian Federation"], []),
    "x6_nl.txt": ("OVSE-waarnemers: verkiezingen in Georgië niet eerlijk verlopen", "2024-10-27", None, None, False,
                  [], ["Georgia"], []),
    "x6_bs.txt": ("Aggeler: Reforme pravosuđa ključne za napredak BiH", "2024-03-12", "Sarajevo", "Federal News Agency",
                  False, [], ["Bosnia and Herzegovina"], ["OSCE Mission to Bosnia and Herzegovina"]),
    "x6_hy.txt": ("Armenian FM, OSCE Secretary General discuss regional security", "2024-03-12", "Yerevan",
                  "Armenpress", False, [], ["Armenia", "Azerbaijan"], []),
    "x6_az.txt": ("Azerbaijani FM meets OSCE Chairperson-in-Office", "2024-03-12", "Baku", "Azertac", False,
                  [], ["Azerbaijan", "Malta", "Armenia"], []),
    "x6_ru.txt": ("Центр ОБСЕ в Ашхабаде провел семинар по противодействию торговле людьми", "2024-03-12", "Ашхабад",
                  "OSCE Centre in Ashgabat", True, ["Combating trafficking in human beings"],
                  ["Turkmenistan", "Austria", "Germany"], ["OSCE Centre in Ashgabat"]),
    "x6_el.txt": ("Στην Αθήνα ο Προεδρεύων του ΟΑΣΕ", "2024-03-12", None, None, False, [], ["Malta", "Greece"], []),
    "x6_kk.txt": ("Состоялась встреча с Верховным комиссаром ОБСЕ по делам национальных меньшинств", "2024-03-12",
                  "Астана", None, False, [], ["Kazakhstan"], []),
    # x7: written after x6's rules, committed before it was measured (a ticker and a reading time above the
    # stamp, credits at the end of the text, Central Asian agencies in Cyrillic, a think tank's commentary)
    "x7_ru.txt": ("Генсек ОБСЕ призвала Россию освободить сотрудников", "2024-03-12", None, None, False,
                  [], ["Russian Federation", "Ukraine"], ["OSCE Special Monitoring Mission to Ukraine"]),
    "x7_fr.txt": ("Ignazio Cassis à Vienne pour préparer la présidence suisse de l'OSCE", "2025-03-12", None,
                  "Keystone-SDA", False, [], ["Switzerland"], []),
    "x7_mk.txt": ("OSCE Mission Head Wahl: Census results a solid basis for policies", "2024-03-12", "Skopje",
                  "Media Information Agency", False, [], ["North Macedonia"], ["OSCE Mission to Skopje"]),
    "x7_me.txt": ("Waag: OEBS spreman da pomogne u reformi izbornog zakona", "2024-03-12", "Podgorica", "MINA", False,
                  [], ["Montenegro"], ["OSCE Mission to Montenegro"]),
    "x7_uz.txt": ("ЕХҲТ делегацияси Тошкентда бўлди", "2024-03-12", "Тошкент", "National News Agency of Uzbekistan",
                  False, [], ["Uzbekistan"], []),
    "x7_tg.txt": ("Вазири корҳои хориҷӣ бо Раиси амалкунандаи САҲА мулоқот кард", "2024-03-12", "Душанбе", "Khovar",
                  False, [], ["Tajikistan", "Malta"], []),
    "x7_hr.txt": ("OESS: Izbori u Bjelorusiji nisu bili ni slobodni ni pošteni", "2025-01-27", None,
                  "Croatian News Agency", False, [], ["Belarus"], []),
    "x7_en.txt": ("Can the OSCE Survive 2025?", "2024-03-12", None, None, False,
                  [], ["Russian Federation", "Malta"], []),
    "x7_ro.txt": ("Misiunea OSCE: Ambele maluri ale Nistrului trebuie să continue dialogul", "2024-03-12", "Chişinău",
                  None, False, [], ["Moldova"], ["OSCE Mission to Moldova"]),
    "x7_sq.txt": ("OSBE: Komunitetet joshumicë ende përballen me sfida", "2024-03-12", "Prishtinë", "KosovaPress",
                  False, [], [], ["OSCE Mission in Kosovo"]),
    # x8: written after x7's rules, committed before it was measured (kickers above headlines, an "as of"
    # stamp only, a wire's glued update stamp, a headline in capitals, end credits)
    "x8_de.txt": ("OSZE sieht Einschüchterung von Wählern", None, None, None, False, [], ["Georgia"], []),
    "x8_sp.txt": ("Lawrow bleibt draußen", "2024-12-05", "Valletta", None, False,
                  [], ["Russian Federation", "Malta"], []),
    "x8_en.txt": ("UPDATE 2-OSCE says Georgia vote marred by pressure, vote buying", "2024-10-27", "Tbilisi", "Reuters",
                  False, [], ["Georgia"], []),
    "x8_it.txt": ('Osce, Tajani: "L\'Italia pronta a sostenere il bilancio"', "2024-03-12", None, None, False,
                  [], ["Italy"], []),
    "x8_lv.txt": ("EDSO ģenerālsekretāre apmeklēs Rīgu", "2024-03-12", None, "LETA", False,
                  [], ["Latvia", "Russian Federation", "Ukraine"], []),
    "x8_ka.txt": ("ეუთოს გენერალური მდივანი საქართველოს პრემიერ-მინისტრს შეხვდა", "2024-03-12", None, None, False,
                  [], ["Georgia"], []),
    "x8_kk.txt": ("ЕҚЫҰ Бас хатшысы Астанада келіссөздер жүргізді", "2024-03-12", None, None, False,
                  [], ["Kazakhstan"], []),
    "x8_el.txt": ("ΟΑΣΕ: Ανησυχία για τις συλλήψεις δημοσιογράφων στη Γεωργία", "2024-03-12", None,
                  "Cyprus News Agency", False, [], ["Georgia"], []),
    "x8_es.txt": ("La OSCE denuncia presiones a los votantes en Georgia", "2024-10-27", "Viena", "Agencia EFE", False,
                  [], ["Georgia"], []),
    "x8_sr.txt": ("OEBS: IZBORI U SRBIJI ODRŽANI U NERAVNOPRAVNIM USLOVIMA", "2023-12-18", None, "BETA News Agency",
                  False, [], ["Serbia"], []),
    # x9: written after x8's rules, committed before it was measured, the last set of round 5 (credits at the
    # end of the text and in labels, update stamps beside the date, a ministry in Armenian, a city news site)
    "x9_ru.txt": ("Лавров не поедет на Совет министров ОБСЕ на Мальте", "2024-12-05", "Вена", "RIA Novosti", False,
                  [], ["Russian Federation", "Malta"], []),
    "x9_kz.txt": ("Офис программ ОБСЕ в Астане провел тренинг для журналистов", "2024-03-12", None, None, False,
                  [], ["Kazakhstan", "Lithuania", "Poland"], ["OSCE Programme Office in Astana"]),
    "x9_bg.txt": ("ОССЕ изпраща наблюдатели за изборите в България", "2024-03-12", None, "Bulgarian News Agency", False,
                  [], ["Bulgaria"], []),
    "x9_pl.txt": ("Sekretarz generalna OBWE odwiedzi Warszawę", "2024-03-12", None, "Polish Press Agency", False,
                  [], ["Ukraine"], []),
    "x9_fr.txt": ("L'OSCE met en garde contre des «pressions» sur les électeurs en Géorgie", "2024-10-27", None,
                  "Agence France-Presse", False, [], ["Georgia"], []),
    "x9_fi.txt": ("Suomi tukee Etyjin vaalitarkkailua Georgiassa", "2024-10-25", None, None, False,
                  [], ["Finland", "Georgia"], []),
    "x9_hy.txt": ("Արտաքին գործերի նախարարն ընդունել է ԵԱՀԿ գլխավոր քարտուղարին", "2024-03-12", None, None, False,
                  [], ["Armenia", "Azerbaijan"], []),
    "x9_lt.txt": ("ESBO: rinkimai Sakartvele vyko spaudimo sąlygomis", "2024-10-27", None, "ELTA", False,
                  [], ["Georgia"], []),
    "x9_ro.txt": ("OSCE: Alegerile din Georgia au fost marcate de presiuni asupra alegătorilor", "2024-10-27", None,
                  "Agerpres", False, [], ["Georgia"], []),
    "x9_uk.txt": ("Місія ОБСЄ відвідала Одесу після повені", "2021-03-12", None, None, False,
                  [], ["Ukraine"], ["OSCE Project Co-ordinator in Ukraine"]),
    # x10: written after x9's rules, committed before it was measured, the last set of round 5 (papers of
    # Ireland, Malta and Belgium, English from Ukraine, agencies' credits in sk, sr-Cyrl, a Kyrgyz agency)
    "x10_ie.txt": ("Ireland to take part in OSCE observation mission in Georgia", "2024-10-22", None, None, False,
                   [], ["Ireland", "Georgia"], []),
    "x10_sk.txt": ("OBSE: Voľby v Gruzínsku poznačil tlak na voličov", "2024-10-27", None,
                   "News Agency of the Slovak Republic", False, [], ["Georgia"], []),
    "x10_ky.txt": ("ЕККУнун Бишкектеги программалык кеңсесинин жетекчиси тышкы иштер министри менен жолукту",
                   "2024-03-12", "Бишкек", "Kabar", False, [], ["Kyrgyzstan"], ["OSCE Programme Office in Bishkek"]),
    "x10_sr.txt": ("ОЕБС: Избори у Грузији обележени притиском на бираче", "2024-10-27", None, "Tanjug", False,
                   [], ["Georgia"], []),
    "x10_mt.txt": ("Borg hands over OSCE chairmanship to Finland", "2024-12-06", None, None, False,
                   [], ["Finland", "Malta"], []),
    "x10_ua.txt": ("OSCE chair calls for release of detained mission staff", "2024-03-12", None, None, False,
                   [], ["Malta", "Russian Federation", "Ukraine"], ["OSCE Special Monitoring Mission to Ukraine"]),
    "x10_ge.txt": ("Наблюдатели ОБСЕ начали работу в Грузии", "2024-09-12", "Тбилиси", "Sputnik", False,
                   [], ["Georgia"], []),
    "x10_be.txt": ("OVSE waarschuwt voor druk op kiezers in Georgië", "2024-10-27", None, "Belga", False,
                   [], ["Georgia"], []),
    # x11: written after every rule of round 5 (also those from reading the y-pages), committed before it was
    # measured, the round's last measurement
    "x11_en.txt": ("Kyrgyzstan: OSCE office downgraded as Bishkek tightens control", "2024-03-12", None, None, False,
                   [], ["Kyrgyzstan"], ["OSCE Programme Office in Bishkek"]),
    "x11_ru.txt": ("В ОБСЕ призвали Армению и Азербайджан продолжить диалог", "2024-03-12", None, None, False,
                   [], ["Armenia", "Azerbaijan", "Malta"], []),
    "x11_sq.txt": ("Ministri Hasani takim me Sekretaren e Përgjithshme të OSBE-së", "2024-03-12", None, None, False,
                   [], ["Albania"], ["OSCE Presence in Albania"]),
    "x11_de.txt": ("OSZE-Vorsitz: Die Schweiz will Brücken bauen", "2025-03-12", None, "Keystone-SDA", False,
                   [], ["Switzerland"], []),
    "x11_uk.txt": ("ОБСЄ продовжить роботу програми підтримки для України", "2024-03-12", None, "Ukrinform", False,
                   [], ["Ukraine", "Russian Federation"], ["OSCE Support Programme for Ukraine"]),
    "x11_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu Ankara'da temaslarda bulundu", "2025-03-12", "Ankara",
                   "Anadolu Agency", False, [], ["Türkiye"], []),
    "x11_hr.txt": ("Ministar Grlić Radman primio glavnog tajnika OESS-a", "2025-03-12", None, None, False,
                   [], ["Croatia"], []),
    "x11_bs.txt": ("OSCE Mission to BiH: Local Elections Must Be Free of Pressure", "2024-03-12", None,
                   "Federal News Agency", False, [], ["Bosnia and Herzegovina"],
                   ["OSCE Mission to Bosnia and Herzegovina"]),
    # x12: written after every rule of round 5, committed before it was measured, no rule written from it
    # (one news day, the Ministerial Council in Malta, on ten sites)
    "x12_ru.txt": ("Россия не будет блокировать назначение нового генсека ОБСЕ", "2024-12-05", None, None, False,
                   [], ["Russian Federation", "Malta"], []),
    "x12_uk.txt": ("Сибіга на засіданні ОБСЄ: Росія має відповісти за злочини", "2024-12-05", None, None, False,
                   [], ["Ukraine", "Russian Federation", "Malta"], []),
    "x12_pl.txt": ("Szef MSZ Sikorski na Malcie. Spotkanie OBWE bez Ławrowa", "2024-12-05", None,
                   "Polish Press Agency / Reuters", False, [], ["Malta", "Russian Federation", "Poland"], []),
    "x12_cs.txt": ("OBSE se sešla na Maltě bez Lavrova", "2024-12-05", None, "Czech News Agency", False,
                   [], ["Malta", "Russian Federation", "Ukraine"], []),
    "x12_ro.txt": ("Ministrul Luminița Odobescu participă la reuniunea OSCE din Malta", "2024-12-05", None, None, False,
                   [], ["Malta", "Romania", "Moldova"], []),
    "x12_en.txt": ("OSCE Ministerial in Malta Opens Without Lavrov", "2024-12-05", "Valletta", None, False,
                   [], ["Malta", "Russian Federation", "Ukraine"], []),
    "x12_az.txt": ("Ceyhun Bayramov Maltada ATƏT-in Nazirlər Şurasının iclasında iştirak edir", "2024-12-05", "Bakı",
                   "Trend News Agency", False, [], ["Malta", "Azerbaijan"], []),
    "x12_ka.txt": ("ეუთოს მინისტერიალი მალტაზე — ლავროვი არ მიიწვიეს", "2024-12-05", None, None, False,
                   [], ["Malta", "Russian Federation", "Georgia"], []),
    "x12_hy.txt": ("Միրզոյանը Մալթայում մասնակցում է ԵԱՀԿ նախարարական խորհրդի նիստին", "2024-12-05", "Երևան",
                   "Armenpress", False, [], ["Malta", "Armenia"], []),
    "x12_it.txt": ("Osce, a Malta il vertice senza Lavrov", "2024-12-05", None, None, False,
                   [], ["Malta", "Russian Federation", "Italy"], []),
}
#: each page's site shape, for figures by group (a news agency's own site or wire, a broadcaster, a paper,
#: a portal, a government's site, a mirror or a body's own site, an aggregator or think tank)
SHAPES: dict[str, str] = {
    "x1_ru.txt": "agency", "x1_sk.txt": "agency", "x1_mk.txt": "paper", "x1_sq.txt": "paper", "x1_hr.txt": "portal",
    "x1_de.txt": "broadcaster", "x1_uk.txt": "agency", "x1_en.txt": "aggregator", "x1_tr.txt": "government",
    "x1_ro.txt": "agency",
    "x2_bs.txt": "portal", "x2_sr.txt": "broadcaster", "x2_el.txt": "agency", "x2_kk.txt": "government",
    "x2_hy.txt": "portal", "x2_fr.txt": "paper", "x2_pl.txt": "portal", "x2_en.txt": "broadcaster",
    "x2_lt.txt": "broadcaster", "x2_it.txt": "agency",
    "x3_de.txt": "government", "x3_sr.txt": "mirror", "x3_en.txt": "aggregator", "x3_ka.txt": "agency",
    "x3_ro.txt": "agency", "x3_bg.txt": "agency", "x3_uz.txt": "portal", "x3_ru.txt": "portal", "x3_es.txt": "agency",
    "x3_me.txt": "paper",
    "x4_fi.txt": "broadcaster", "x4_sv.txt": "paper", "x4_no.txt": "broadcaster", "x4_da.txt": "broadcaster",
    "x4_pt.txt": "broadcaster", "x4_mn.txt": "agency", "x4_tk.txt": "government", "x4_sq.txt": "agency",
    "x4_ro.txt": "agency", "x4_et.txt": "broadcaster",
    "x5_en.txt": "agency", "x5_hu.txt": "portal", "x5_cs.txt": "broadcaster", "x5_sl.txt": "broadcaster",
    "x5_ka.txt": "portal", "x5_be.txt": "broadcaster", "x5_ky.txt": "agency", "x5_uk.txt": "government",
    "x5_de.txt": "paper", "x5_tr.txt": "broadcaster",
    "x6_pl.txt": "government", "x6_en.txt": "mirror", "x6_gb.txt": "paper", "x6_nl.txt": "broadcaster",
    "x6_bs.txt": "agency", "x6_hy.txt": "agency", "x6_az.txt": "agency", "x6_ru.txt": "mirror",
    "x6_el.txt": "broadcaster", "x6_kk.txt": "government",
    "x7_ru.txt": "paper", "x7_fr.txt": "broadcaster", "x7_mk.txt": "agency", "x7_me.txt": "portal",
    "x7_uz.txt": "agency", "x7_tg.txt": "agency", "x7_hr.txt": "paper", "x7_en.txt": "aggregator",
    "x7_ro.txt": "broadcaster", "x7_sq.txt": "agency",
    "x8_de.txt": "broadcaster", "x8_sp.txt": "paper", "x8_en.txt": "agency", "x8_it.txt": "broadcaster",
    "x8_lv.txt": "broadcaster", "x8_ka.txt": "broadcaster", "x8_kk.txt": "paper", "x8_el.txt": "paper",
    "x8_es.txt": "agency", "x8_sr.txt": "portal",
    "x9_ru.txt": "agency", "x9_kz.txt": "portal", "x9_bg.txt": "paper", "x9_pl.txt": "broadcaster",
    "x9_fr.txt": "paper", "x9_fi.txt": "government", "x9_hy.txt": "government", "x9_lt.txt": "portal",
    "x9_ro.txt": "broadcaster", "x9_uk.txt": "portal",
    "x10_ie.txt": "paper", "x10_sk.txt": "paper", "x10_ky.txt": "agency", "x10_sr.txt": "paper",
    "x10_mt.txt": "paper", "x10_ua.txt": "portal", "x10_ge.txt": "agency", "x10_be.txt": "paper",
    "x11_en.txt": "portal", "x11_ru.txt": "portal", "x11_sq.txt": "government", "x11_de.txt": "paper",
    "x11_uk.txt": "portal", "x11_tr.txt": "agency", "x11_hr.txt": "government", "x11_bs.txt": "portal",
    "x12_ru.txt": "paper", "x12_uk.txt": "broadcaster", "x12_pl.txt": "broadcaster", "x12_cs.txt": "broadcaster",
    "x12_ro.txt": "portal", "x12_en.txt": "paper", "x12_az.txt": "agency", "x12_ka.txt": "portal",
    "x12_hy.txt": "agency", "x12_it.txt": "paper",
}
PAGES = OwnPages("x", GOLD, ("title", "date", "place", "source", "inferred", "fields_of_work", "states",
                             "field_operations"))
#: the figures of a set: accuracy of the one-value fields and of fields of work (a page's set right or
#: not, as ``osce-kg eval`` scores it), micro F1 of States and field operations (1.0 when gold and output
#: are both empty on every page); a source is right only when its being inferred is too
ACCURACY = ("title", "date", "place", "source", "fields_of_work")
F1 = ("states", "field_operations")


#: each set's figures as it came (title, date, place, source, fields of work accuracy; States, field
#: operations F1), measured once, before any rule written from it
AS_THEY_CAME: dict[str, dict[str, float]] = {
    # x1 (10 pages), before any rule of round 5: chrome above the headline taken for it (a masthead's
    # tagline, an aggregator's strapline, a ministry's menu), a stamp below the text, a yearless dateline
    "x1": {"title": 0.6, "date": 0.6, "place": 0.8, "source": 0.7, "fields_of_work": 1.0, "states": 0.857,
           "field_operations": 0.8},
    # x2 (10 pages), after x1's rules: a cookie notice's button and a paper's menu taken for the title,
    # a two-digit year, an agency the data does not list (ΚΥΠΕ), credits "Le Monde avec AFP", "LRT.lt, BNS"
    "x2": {"title": 0.7, "date": 0.9, "place": 0.9, "source": 0.6, "fields_of_work": 1.0, "states": 0.759,
           "field_operations": 0.667},
    # x3 (10 pages), after x2's rules: labels of the issuer ("Herausgeber") and an aggregator's source line
    # under the headline unread, "София, 12 март /Мария Петрова, БТА/", "(EUROPA PRESS)" unresolved, a
    # content type under a field office's name taken for the title
    "x3": {"title": 0.9, "date": 1.0, "place": 0.9, "source": 0.5, "fields_of_work": 1.0, "states": 0.75,
           "field_operations": 0.4},
    # x4 (10 pages), after x3's rules: agency credits the data does not list (TT, NTB, Ritzau, IPN at the
    # end of the text), a Mongolian dateline, States in Nordic, Mongolian and Turkmen forms
    "x4": {"title": 1.0, "date": 1.0, "place": 0.9, "source": 0.5, "fields_of_work": 1.0, "states": 0.571,
           "field_operations": 0.667},
    # x5 (10 pages), after x4's rules: "U.S." in a menu read as the site's text, "BAKU, Azerbaijan (AP) —",
    # "18. března 2024 14:20 | Praha" and "Autor: ČTK", "Ljubljana - MMC RTV SLO, STA"
    "x5": {"title": 0.9, "date": 1.0, "place": 0.8, "source": 0.7, "fields_of_work": 1.0, "states": 0.609,
           "field_operations": 0.667},
    # x6 (10 pages), after x5's rules: "Baku, March 12, AZERTAC" alone on its line, a fields label in
    # Russian ("Направления работы:" with its value under it; the only page of the sets with fields)
    # (fields of work were first scored as F1, 0.0 on the set's one page with fields; as accuracy, 0.9)
    "x6": {"title": 1.0, "date": 1.0, "place": 0.9, "source": 1.0, "fields_of_work": 0.9, "states": 0.941,
           "field_operations": 1.0},
    # x7 (10 pages), after x6's rules: credits at the end of the text ("ats/jpr", "(Hina)"), "MIA" on an
    # English page, an Uzbek Cyrillic dateline, States and field operations in Tajik, Uzbek, Albanian
    "x7": {"title": 1.0, "date": 1.0, "place": 0.9, "source": 0.8, "fields_of_work": 1.0, "states": 0.857,
           "field_operations": 0.75},
    # x8 (10 pages), after x7's rules: kickers above German headlines taken for the title, a wire's stamp
    # glued to its update ("2:20 PM GMT+4Updated 2 hours ago"), a known city and a dash under a standfirst
    "x8": {"title": 0.8, "date": 0.9, "place": 0.9, "source": 1.0, "fields_of_work": 1.0, "states": 0.818,
           "field_operations": 1.0},
    # x9 (10 pages), after every rule of round 5, the round's last measurement: a source label under the
    # stamp ("Източник: БТА"), an end credit of two names ("PAP/RMF FM"), a ministry's "Tiedote 25.10.2024 14.20"
    "x9": {"title": 1.0, "date": 0.9, "place": 1.0, "source": 0.8, "fields_of_work": 1.0, "states": 0.8,
           "field_operations": 0.667},
    # x10 (8 pages), after every rule of round 5, the round's last measurement: a lower-case byline under a
    # headline joined to it ("... staff by Martin Fornusek"), Kyrgyz and Slovak State names
    "x10": {"title": 0.875, "date": 1.0, "place": 1.0, "source": 1.0, "fields_of_work": 1.0, "states": 0.909,
            "field_operations": 0.667},
    # x11 (8 pages), after every rule of round 5 (also those from the y-pages), the round's last
    # measurement: a stamp ending in a lower-case agency code ("14.20 Uhr | sda"), Albanian State and
    # Presence names in their genitive
    "x11": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.875, "fields_of_work": 1.0, "states": 0.9,
            "field_operations": 0.8},
    # x12 (10 pages), after every rule of round 5, measured once; no rule written from it: only States
    # missed (Malta in oblique cases: "Maltada", "Malcie", "Maltě", "Մալթայում", "მალტაზე")
    "x12": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0, "fields_of_work": 1.0, "states": 0.714,
            "field_operations": 1.0},
}


def test_every_page_has_its_gold():
    assert PAGES.on_disk() == sorted(GOLD) == sorted(SHAPES)


if __name__ == "__main__":          # python tests/test_extract_own_pages_x.py x1 [x2 ...]: figures and misses
    import sys

    PAGES.report(sys.argv[1:], ACCURACY, F1)


# ------------------------------------------------------------- rules after the x1-pages
# (each shape also on another site or in another language here)

import datetime as _dt  # noqa: E402

from osce_kg.loader.extract.datelines import parse_dateline  # noqa: E402
from osce_kg.loader.extract.document import read_text  # noqa: E402

D = _dt.date


def _one(text: str):
    return read_text(text, "page.txt").records[0]


@pytest.mark.parametrize("text, title", [
    # a masthead's tagline, then menus, then the headline: what stands above a menu is the site's
    ("TERAZ.sk\nPrvé spravodajstvo TASR\nDomov\nSlovensko\nZahraničie\nEkonomika\nZahraničie\n"
     "OBSE vyzvala na prepustenie zamestnancov\nBratislava 12. marca (TASR) - Organizácia pre bezpečnosť a "
     "spoluprácu v Európe vyzvala na prepustenie svojich zamestnancov.\n", "OBSE vyzvala na prepustenie zamestnancov"),
    ("ReliefWeb\nInforming humanitarians worldwide 24/7\nUpdates\nCountries\nDisasters\nOrganizations\n"
     "OSCE supports training for border guards in Tajikistan\nDUSHANBE, 12 March 2024 – The OSCE Programme "
     "Office in Dushanbe supports a training course for border guards in Tajikistan.\n",
     "OSCE supports training for border guards in Tajikistan"),
    # a menu item of letters and digits ("Ö3") is no start of the text
    ("ORF.at\nNews\nSport\nÖ3\nTV\nAusland\nOSZE ringt um ihr Budget\nDie Organisation für Sicherheit und "
     "Zusammenarbeit in Europa hat seit Jahren keinen beschlossenen Haushalt.\n", "OSZE ringt um ihr Budget"),
])
def test_titles_under_a_sites_menus(text, title):
    assert _one(text).title == title


def test_a_state_in_the_menu_or_the_tagline_is_not_named_by_the_page():
    record = _one("Index.hr\nVijesti\nSport\nMagazin\nHrvatska\nSvijet\nOESS kritizirao izbore u Srbiji\n"
                  "Promatrači OESS-a izjavili su da su izbori u Srbiji održani u neravnopravnim uvjetima.\n")
    assert record.states == ["Serbia"]
    record = _one("ТАСС\nИнформационное агентство России\nГлавное\nПолитика\nЭкономика\nОБСЕ продлила мандат "
                  "миссии в Молдавии\nВЕНА, 14 декабря. /ТАСС/. Постоянный совет ОБСЕ продлил мандат миссии ОБСЕ в "
                  "Молдавии.\n")
    assert record.states == ["Moldova"]


@pytest.mark.parametrize("text, date, source", [
    # headline, standfirst, the agency's credit, the stamp, then the text
    ("Svijet\nOESS: Izbori u Srbiji nisu bili pošteni\nPromatrači su uočili pritiske na birače.\nHina\n"
     "Ponedjeljak, 18.12.2023. u 16:44\nPROMATRAČI OESS-a izjavili su u ponedjeljak da izbori nisu bili pošteni.\n",
     D(2023, 12, 18), "Croatian News Agency"),
    ("Svet\nOVSE pozval k spoštovanju premirja\nGeneralna sekretarka je pozvala obe strani k umiritvi.\nSTA\n"
     "12. 3. 2024 14:20\nGeneralna sekretarka OVSE je v torek pozvala k spoštovanju premirja.\n",
     D(2024, 3, 12), "Slovenian Press Agency"),
])
def test_a_stamp_and_a_credit_under_the_standfirst(text, date, source):
    record = _one(text)
    assert (record.date, record.source) == (date, source)


@pytest.mark.parametrize("text, date", [
    ("Ausland\nOSZE-Treffen in Malta ohne Russland\nAußenminister Lawrow ist heuer nicht zum Ministerrat "
     "eingeladen worden.\n05.12.2024 10.14\nOnline seit heute, 10.14 Uhr\n", D(2024, 12, 5)),
    ("Politic\nȘeful Misiunii OSCE s-a întâlnit cu președintele Parlamentului\nChișinău, 5 martie /MOLDPRES/. "
     "Președintele Parlamentului a avut o întrevedere cu șeful Misiunii OSCE.\n05.03.2024 16:40\nCitește și\n"
     "Alt articol\n04.03.2024 10:00\n", D(2024, 3, 5)),
])
def test_a_date_and_its_time_below_the_text_dates_the_page(text, date):
    assert _one(text).date == date


def test_a_date_without_a_time_below_the_text_does_not():
    record = _one("Aktuelles\nOSZE-Ministerrat ohne gemeinsame Erklärung\nDie Außenminister der OSZE trafen "
                  "sich in Skopje zu ihrem jährlichen Treffen.\nWien, 04.12.2023\n")
    assert record.date is None


@pytest.mark.parametrize("line, place, month_day, agency", [
    # a mixed-case place, no comma, a yearless date, the agency in brackets (TASR, ČTK)
    ("Bratislava 19. februára (TASR) - Generálna tajomníčka OBSE", "Bratislava", (2, 19), "TASR"),
    ("Praha 19. února (ČTK) - Generální tajemnice OBSE", "Praha", (2, 19), "ČTK"),
    # place, date and the agency's name alone on the line, the text under it
    ("Київ. 10 квітня. Укрінформ", "Київ", (4, 10), None),
    ("Астана. 12 наурыз. Kazinform", "Астана", (3, 12), None),
])
def test_datelines_after_the_x1_pages(line, place, month_day, agency):
    d = parse_dateline(line)
    assert d is not None and (d.places, d.month_day, d.agency) == ((place,), month_day, agency)


def test_an_agency_alone_after_the_dateline_is_the_source():
    record = _one("Політика\nКулеба закликав ОБСЄ посилити тиск на Росію\n10.04.2024 13:27\nКиїв. 10 квітня. "
                  "Укрінформ\nМіністр закордонних справ України закликав ОБСЄ посилити тиск на Росію.\n")
    assert (record.place, record.source, record.date) == ("Київ", "Ukrinform", D(2024, 4, 10))


def test_a_headline_with_a_number_after_a_mixed_case_word_is_no_dateline():
    assert parse_dateline("Ukraine 2024: the OSCE's year") is None
    assert parse_dateline("Resolution 1325 (UNSC) - twenty years on") is None


# ------------------------------------------------------------- rules after the x2-pages

@pytest.mark.parametrize("text, title", [
    # a cookie notice under the menus, then its button: still the site's chrome
    ("ΚΥΠΕ\nΑρχική\nΕιδήσεις\nΠολιτική\nΚόσμος\nΧρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη "
     "εμπειρία.\nΑποδοχή\nΚόσμος\nΣτη Λευκωσία η Γενική Γραμματέας του ΟΑΣΕ\n12/03/2024 13:45\nΗ Γενική Γραμματέας "
     "του ΟΑΣΕ επισκέπτεται σήμερα τη Λευκωσία.\n", "Στη Λευκωσία η Γενική Γραμματέας του ΟΑΣΕ"),
    ("Novinky\nDomů\nZprávy\nSport\nKultura\nPoužíváme soubory cookies. Souhlas můžete kdykoli odvolat.\n"
     "Souhlasím\nZahraniční\nOBSE vyzvala Rusko k propuštění zaměstnanců\n12. 3. 2024 14:20\nOrganizace pro "
     "bezpečnost a spolupráci v Evropě vyzvala Rusko k propuštění svých zaměstnanců.\n",
     "OBSE vyzvala Rusko k propuštění zaměstnanců"),
    # a menu item of four words ("Le Goût du Monde") is still the menu's
    ("Le Monde\nActualités\nÉconomie\nVidéos\nCulture\nLe Goût du Monde\nInternational\nL'OSCE s'inquiète du sort "
     "de ses employés\nPublié le 12 mars 2024 à 14h20\nL'OSCE a appelé la Russie à libérer ses employés détenus.\n",
     "L'OSCE s'inquiète du sort de ses employés"),
])
def test_titles_after_the_x2_pages(text, title):
    assert _one(text).title == title


def test_a_short_headline_after_a_menu_is_not_taken_for_an_item():
    # four words that share two stems with the text end the menu: the headline stays
    record = _one("Wiener Zeitung\nPolitik\nWirtschaft\nKultur\nOSZE ohne Budget zufrieden\nDie OSZE ist ohne Budget "
                  "und trotzdem zufrieden, sagt die Generalsekretärin.\n")
    assert record.title == "OSZE ohne Budget zufrieden"


@pytest.mark.parametrize("line, date", [
    ("14:35 • 12.03.24", D(2024, 3, 12)), ("12.03.24, 14:35", D(2024, 3, 12)), ("12/03/24 | 09:05", D(2024, 3, 12)),
])
def test_stamps_with_a_two_digit_year(line, date):
    from osce_kg.loader.extract.dates import short_year_stamp
    assert short_year_stamp(line) == date


@pytest.mark.parametrize("line", ["12.03.24", "v1.2.24", "Score 12.03.24 and more", "14:35 • 12.03.84"])
def test_no_stamps_with_a_two_digit_year(line):
    from osce_kg.loader.extract.dates import short_year_stamp
    assert short_year_stamp(line) is None


def test_a_two_digit_year_stamp_above_the_headline_dates_the_page():
    record = _one("NEWS.am\nԼուրեր\nՔաղաքականություն\nՀասարակություն\nՔաղաքականություն\n14:35 • 12.03.24\n"
                  "ԵԱՀԿ գլխավոր քարտուղարը կայցելի Երևան\nԵԱՀԿ գլխավոր քարտուղարը կայցելի Երևան մարտի 14-ին։\n")
    assert (record.date, record.title) == (D(2024, 3, 12), "ԵԱՀԿ գլխավոր քարտուղարը կայցելի Երևան")


@pytest.mark.parametrize("text, source", [
    # a credit line beside the stamp names the agency, the last name the data knows
    ("Pasaulyje\nESBO generalinė sekretorė lankosi Vilniuje\nLRT.lt, BNS\n2024-03-12 14:20\nESBO generalinė "
     "sekretorė antradienį Vilniuje susitiko su ministru.\n", "Baltic News Service"),
    ("International\nL'OSCE s'inquiète du sort de ses employés\nTrois membres de sa mission sont détenus.\n"
     "Le Monde avec AFP\nPublié le 12 mars 2024 à 14h20\nL'OSCE a appelé la Russie à libérer ses employés.\n",
     "Agence France-Presse"),
])
def test_a_credit_line_beside_the_stamp(text, source):
    assert _one(text).source == source


def test_a_credit_line_needs_a_stamp_beside_it():
    record = _one("Pasaulyje\nESBO generalinė sekretorė lankosi Vilniuje\nBNS\nESBO generalinė sekretorė "
                  "antradienį Vilniuje susitiko su ministru.\n")
    assert record.title == "ESBO generalinė sekretorė lankosi Vilniuje"


@pytest.mark.parametrize("text", [
    "Radio Free Europe/Radio Liberty\nUkraine\nRussia\nCentral Asia\nKyrgyzstan\nOSCE Chief Visits Bishkek\n"
    "March 12, 2024 14:20 GMT\nBISHKEK -- The OSCE secretary-general has met the Kyrgyz president.\n",
    "BBC News\nHome\nWorld\nBusiness\nEurope\nOSCE observers criticise vote in Georgia\n12 March 2024\n"
    "Observers from the OSCE said the vote was marred by pressure on voters.\n",
])
def test_a_news_sites_masthead_above_its_menus_is_not_the_issuer(text):
    assert _one(text).source is None


# ------------------------------------------------------------- rules after the x3-pages

@pytest.mark.parametrize("word", ["Saopštenje za javnost", "Pressemitteilung", "Komunikat prasowy", "Δελτίο Τύπου",
                                  "Basın Açıklaması", "Njoftim për shtyp", "Прес-реліз"])
def test_a_press_release_in_the_regions_languages_is_a_content_type(word):
    record = _one(f"{word}\nOSCE trains judges on hate crimes in the region\nBELGRADE, 12 March 2024 – The OSCE "
                  "trained judges on hate crimes.\n")
    assert (record.title, record.content_type) == ("OSCE trains judges on hate crimes in the region", "Press release")


@pytest.mark.parametrize("text, source", [
    ("Organizacija za evropsku bezbednost i saradnju\nO nama\nAktivnosti\nResursi\nMisija OEBS u Srbiji\n"
     "Saopštenje za javnost\nMisija OEBS u Srbiji predstavila "
     "vodič za sudije\nBeograd, 12. mart 2024 – Misija OEBS u Srbiji predstavila je vodič za sudije.\n",
     "OSCE Mission to Serbia"),
    ("Organization for Security and Co-operation in Europe\nAbout\nWhat we do\nNewsroom\nOSCE Mission to Skopje\n"
     "Press release\nOSCE Mission supports police training\n"
     "SKOPJE, 11 March 2024 – The OSCE Mission to Skopje supported a training course for police officers.\n",
     "OSCE Mission to Skopje"),
])
def test_a_field_operations_section_header_above_the_headline_is_the_issuer(text, source):
    # (inferred: a section's name on the OSCE's site, its name as the masthead, implies the issuer, names none,
    # tests/gold/README.md; relabelled in session 10, round 3, with line aa's aa1_sr and aa2_en of the same shape)
    record = _one(text)
    assert (record.source, record.source_inferred) == (source, True)


@pytest.mark.parametrize("text, source", [
    ("Mirage News\nLatest\nWorld\nPolitics\nOSCE Media Freedom Representative concerned about bill in Georgia\n"
     "Organization for Security and Co-operation in Europe\n12 Mar 2024 2:20 pm AEDT\nVIENNA, 11 March 2024 – "
     "The OSCE Representative on Freedom of the Media expressed concern today.\n",
     "Organization for Security and Co-operation in Europe"),
    ("Eurasia Review\nNews\nAnalysis\nOpinion\nOSCE Mission to Moldova supports local journalists\n"
     "OSCE Mission to Moldova\nMarch 12, 2024\nCHISINAU, 12 March 2024 – The OSCE Mission to Moldova held a "
     "training course for local journalists.\n", "OSCE Mission to Moldova"),
])
def test_a_bodys_name_beside_the_stamp_is_the_source_line(text, source):
    assert _one(text).source == source


def test_one_word_beside_a_date_is_a_tag_not_a_source():
    record = _one("Second observer mission to Ukraine\nFriday, 21.03.2014\nOSCE\nThe President of the "
                  "Confederation said the OSCE would send a second mission.\n")
    assert record.source is None


@pytest.mark.parametrize("line, place, agency", [
    ("София, 12 март /Мария Петрова, БТА/", "София", "БТА"),
    ("Пловдив, 3 април /Иван Иванов, БТА/", "Пловдив", "БТА"),
    ("MADRID, 12 Mar. (EUROPA PRESS) -", "Madrid", "EUROPA PRESS"),
])
def test_datelines_after_the_x3_pages(line, place, agency):
    d = parse_dateline(line)
    assert d is not None and (d.places, d.agency) == ((place,), agency)


def test_the_issuers_block_of_a_governments_release():
    record = _one("Medienmitteilungen\nBundesrat verabschiedet Kandidatur für den OSZE-Vorsitz\nBern, 12.03.2025 - "
                  "Der Bundesrat hat die Schwerpunkte festgelegt.\nHerausgeber\nEidgenössisches Departement für "
                  "auswärtige Angelegenheiten\nLetzte Änderung 12.03.2025\n")
    # (since session 11 the ministry by its official English name, as x3_de's gold writes it)
    assert record.source == "Federal Department of Foreign Affairs"


@pytest.mark.parametrize("line", ["12 Mar 2024 2:20 pm AEDT", "March 12, 2024 9:05 am EST", "12.03.2024 14:20 TRT"])
def test_stamps_with_more_zones(line):
    from osce_kg.loader.extract.dates import loose_stamp
    assert loose_stamp(line) is not None


# ------------------------------------------------------------- rules after the x4-pages

@pytest.mark.parametrize("text, source", [
    # an agency's code beside the stamp, listed or not: the credit names it as written
    ("Nyheter\nOSSE-sjefen besøkte Oslo\nPublisert 12. mars 2024 kl. 14.20\nNTB\nGeneralsekretær Helga Maria "
     "Schmid møtte tirsdag utenriksministeren i Oslo.\n", "Norwegian News Agency"),      # (listed since session 12)
    ("Världen\nOSSE kritiserar valet i Belarus\nTT\nPublicerad 27 januari 2025 kl. 16.40\nOrganisationen för "
     "säkerhet och samarbete i Europa kritiserar presidentvalet.\n", "TT News Agency"),   # (listed since session 11)
])
def test_an_agencys_code_beside_the_stamp(text, source):
    assert _one(text).source == source


@pytest.mark.parametrize("text", [
    # a tag in a word, a byline's name and the OSCE's own acronym beside the stamp are no agency
    "Politik\nOSZE verlängert Mandat\n12.03.2024\nPolitik\nDie OSZE hat das Mandat ihrer Mission verlängert.\n",
    "Ulkomaat\nEtyj kritisoi vaaleja\n28.10.2024 14:20\nSanna Virtanen\nEtyjin tarkkailijat kertoivat vaaleista.\n",
    "News\nOSCE trains police officers\n12 March 2024\nOSCE\nThe OSCE trained thirty police officers.\n",
])
def test_no_agency_beside_the_stamp(text):
    assert _one(text).source is None


@pytest.mark.parametrize("line, date", [
    ("Улаанбаатар, 2024 оны 3 дугаар сарын 12 /МОНЦАМЭ/. Европын", D(2024, 3, 12)),
    ("Дархан, 2023 оны 10-р сарын 5 /МОНЦАМЭ/. Аймгийн", D(2023, 10, 5)),
])
def test_mongolian_datelines(line, date):
    d = parse_dateline(line)
    assert d is not None and d.date == date and d.agency == "МОНЦАМЭ"


# ------------------------------------------------------------- rules after the x5-pages

def test_an_abbreviation_in_a_menu_starts_no_text():
    record = _one("AP News\nU.S.\nWorld\nPolitics\nWorld News\nOSCE monitors criticise the election\n"
                  "BAKU, Azerbaijan (AP) — International observers said Thursday that the election lacked "
                  "competition.\n")
    assert (record.title, record.place) == ("OSCE monitors criticise the election", "Baku")


@pytest.mark.parametrize("line, place, agency, country", [
    ("BAKU, Azerbaijan (AP) — International observers said", "Baku", "AP", "Azerbaijan"),
    ("TBILISI, Georgia (AP) — Georgia's ruling party", "Tbilisi", "AP", "Georgia"),
])
def test_a_city_a_country_and_the_agency_without_a_date(line, place, agency, country):
    d = parse_dateline(line)
    assert d is not None and (d.places, d.agency, d.country, d.date) == ((place,), agency, country, None)


@pytest.mark.parametrize("text, acronym", [
    ("Georgia\nODIHR opens its mission\n12/09/2024 - 14:20\nThe OSCE Office for Democratic Institutions and Human "
     "Rights (OSCE/ODIHR) opened an election observation mission in Georgia.\n", "OSCE/ODIHR"),
    ("Новости\nБДИПЧ открыло миссию\n12.09.2024 14:20\nБюро по демократическим институтам и правам человека "
     "(ОБСЕ/БДИПЧ) открыло миссию по наблюдению за выборами в Грузии.\n", "ОБСЕ/БДИПЧ"),
])
def test_an_acronym_of_bodies_in_brackets_is_no_photo_credit(text, acronym):
    assert acronym in _one(text).body


def test_a_photo_credit_is_still_a_caption():
    from osce_kg.loader.extract.layouts import is_caption
    assert is_caption("The Head of Mission at the training. (OSCE/Jane Roe)")


@pytest.mark.parametrize("text, place, source", [
    ("Svět\nOBSE: Volby v Rusku nebyly svobodné\n18. března 2024 14:20 | Praha\nAutor: ČTK\nParlamentní "
     "shromáždění OBSE uvedlo, že volby v Rusku neproběhly svobodně.\n", "Praha", "Czech News Agency"),
    ("Svet\nOEBS o izborima u Rusiji\n18.03.2024. 14:20 | Beograd | Beta\nAutor: Beta\nParlamentarna skupština "
     "OEBS-a ocenila je da izbori u Rusiji nisu bili slobodni.\n", "Beograd", "BETA News Agency"),
])
def test_a_city_in_a_stamp_line_and_an_agency_as_the_author(text, place, source):
    record = _one(text)
    assert (record.place, record.source) == (place, source)


def test_a_place_then_the_credits_under_the_stamp():
    record = _one("Svet\nOVSE pozval k izpustitvi sodelavcev\n12. marec 2024 ob 14:20\nLjubljana - MMC RTV SLO, STA\n"
                  "Generalna sekretarka OVSE je Rusijo znova pozvala k izpustitvi sodelavcev.\n")
    assert (record.place, record.source) == ("Ljubljana", "Slovenian Press Agency")


# ------------------------------------------------------------- rules after the x6-pages

@pytest.mark.parametrize("label, value, field", [
    ("Направления работы:", "Борьба с торговлей людьми", "Combating trafficking in human beings"),
    ("Направления деятельности:", "Предотвращение и урегулирование конфликтов", "Conflict prevention and resolution"),
    ("Oblasti djelovanja:", "Vladavina prava", "Rule of law"),
])
def test_fields_labels_of_mirrors_in_other_languages(label, value, field):
    record = _one(f"Пресс-релиз\nЦентр ОБСЕ провел семинар для сотрудников полиции\nАшхабад, 12 марта 2024 г. – "
                  f"Центр ОБСЕ провел семинар.\n{label}\n{value}\n")
    assert record.fields_of_work == [field]


@pytest.mark.parametrize("line, place", [("Baku, March 12, AZERTAC", "Baku"), ("Tashkent, March 12, UZA", "Tashkent")])
def test_a_month_first_dateline_with_the_agency_alone_on_its_line(line, place):
    d = parse_dateline(line)
    assert d is not None and d.places == (place,) and d.month_day == (3, 12) and line[d.text_start:].isupper()


def test_the_agency_alone_after_a_month_first_dateline_is_the_source():
    record = _one("Politics\nAzerbaijani FM meets OSCE Chairperson-in-Office\n12.03.2024 [14:20]\nBaku, March 12, "
                  "AZERTAC\nMinister of Foreign Affairs of Azerbaijan Jeyhun Bayramov has met the OSCE Chairperson.\n")
    assert (record.place, record.source, record.date) == ("Baku", "Azertac", D(2024, 3, 12))


# ------------------------------------------------------------- rules after the x7-pages

@pytest.mark.parametrize("line, place, agency", [
    ("Тошкент, 12 март /ЎзА/. Европада хавфсизлик ва ҳамкорлик ташкилоти", "Тошкент", "ЎзА"),
    ("Алматы, 12 наурыз /ҚазАқпарат/. ЕҚЫҰ өкілдері", "Алматы", "ҚазАқпарат"),
])
def test_agencies_in_the_cyrillic_letters_of_central_asia(line, place, agency):
    d = parse_dateline(line)
    assert d is not None and (d.places, d.agency) == ((place,), agency)


@pytest.mark.parametrize("text, source", [
    ("Politic\nMisiunea OSCE a organizat consultări publice\n12.03.2024 14:20\nMisiunea OSCE în Moldova a organizat "
     "la Chișinău o rundă de consultări publice cu societatea civilă de pe ambele maluri ale Nistrului.\nIPN\n"
     "Distribuie\n", "Info-Prim Neo"),
    ("Svijet\nOESS: Izbori u Bjelorusiji nisu bili slobodni\n27. siječnja 2025. u 16:40\nPredsjednički izbori u "
     "Bjelorusiji nisu bili ni slobodni ni pošteni, izjavila je u ponedjeljak Parlamentarna skupština OESS-a.\n"
     "(Hina)\nPročitajte još\n", "Croatian News Agency"),
    ("Politika\nOEBS o medijima u Srbiji\n12.03.2024. 14:20\nMisija OEBS u Srbiji održala je danas konferenciju "
     "o bezbednosti novinara i slobodi medija u Beogradu i Novom Sadu.\nBeta/ms\n", "BETA News Agency"),
])
def test_an_agencys_credit_closing_the_text(text, source):
    assert _one(text).source == source


@pytest.mark.parametrize("text", [
    # a short last sentence or a word after a short paragraph is no credit
    "Politic\nOSCE a organizat consultări\n12.03.2024 14:20\nMisiunea a organizat consultări.\nIPN\n",
    "News\nOSCE trains police\n12 March 2024\nThe OSCE trained thirty police officers from across the country in "
    "community policing and in the investigation of hate crimes.\nShare\n",
])
def test_no_credit_closing_the_text(text):
    assert _one(text).source is None


# ------------------------------------------------------------- rules after the x8-pages

@pytest.mark.parametrize("text, title", [
    # a kicker right above a short headline that the stamp (or a standfirst, then the stamp) follows
    ("Ausland\nParlamentswahl in Georgien\nOSZE sieht Einschüchterung von Wählern\nStand: 27.10.2024 16:05 Uhr\n"
     "Die Wahlbeobachter der OSZE haben nach der Wahl in Georgien von Einschüchterung berichtet.\n",
     "OSZE sieht Einschüchterung von Wählern"),
    ("Politik\nAusland\nWirtschaft\nOSZE-Treffen in Malta\nLawrow bleibt draußen\nZum ersten Mal ist Russlands "
     "Außenminister nicht eingeladen worden.\n05.12.2024, 10.14 Uhr\nValletta – Der Ministerrat der OSZE beginnt "
     "ohne den russischen Außenminister.\n", "Lawrow bleibt draußen"),
    ("Esteri\nVertice di Malta\nL'Osce senza bilancio da tre anni\n05/12/2024 10:14\nIl Consiglio ministeriale "
     "dell'Osce si apre a Malta senza un accordo sul bilancio.\n", "L'Osce senza bilancio da tre anni"),
])
def test_a_kicker_above_the_headline(text, title):
    assert _one(text).title == title


@pytest.mark.parametrize("text, title", [
    # a headline and a subtitle of more words, or a headline with no stamp under it, stay as they are
    ("Świat\nOBWE bez budżetu\nOrganizacja od trzech lat nie ma zatwierdzonego budżetu i traci wpływy w regionie\n"
     "12.03.2024 14:20\nOBWE nie ma budżetu od 2021 roku.\n", "OBWE bez budżetu"),
])
def test_no_kicker(text, title):
    assert _one(text).title == title


def test_a_wires_stamp_glued_to_its_update():
    record = _one("Europe\nOSCE says Georgia vote marred by pressure\nBy Felix Light\nOctober 27, 2024 2:20 PM "
                  "GMT+4Updated 2 hours ago\nTBILISI, Oct 27 (Reuters) - International observers said on Sunday that "
                  "the vote had been marred by pressure on voters.\n")
    assert (record.date, record.place, record.source) == (D(2024, 10, 27), "Tbilisi", "Reuters")


def test_a_known_city_and_a_dash_under_a_standfirst_and_its_stamp():
    record = _one("Ausland\nLawrow bleibt draußen beim Treffen der OSZE\nZum ersten Mal ist Russlands Außenminister "
                  "nicht eingeladen worden.\n05.12.2024, 10.14 Uhr\nValletta – Der Ministerrat der OSZE beginnt ohne "
                  "den russischen Außenminister.\n")
    assert (record.date, record.place) == (D(2024, 12, 5), "Valletta")


def test_the_kicker_rule_leaves_a_headline_and_its_longer_subtitle():
    from osce_kg.loader.extract.layouts import _without_kicker
    lines = ["OBWE bez budżetu", "Organizacja od trzech lat nie ma zatwierdzonego budżetu i traci wpływy", "12.03.2024"]
    headings = [(0, lines[0]), (1, lines[1])]
    assert _without_kicker(headings, lines, 2) == headings


# ------------------------------------------------------------- rules after the x9-pages

@pytest.mark.parametrize("label, source", [
    ("Източник: БТА", "Bulgarian News Agency"), ("Šaltinis: ELTA", "ELTA"), ("Avots: LETA", "LETA"),
])
def test_source_labels_in_more_languages(label, source):
    record = _one(f"Свят\nОССЕ изпраща наблюдатели за изборите\n12 мар 2024, 14:20\n{label}\nБюрото на ОССЕ ще изпрати "
                  "мисия за наблюдение на изборите.\n")
    assert record.source == source


@pytest.mark.parametrize("line, date", [
    ("Tiedote 25.10.2024 14.20", D(2024, 10, 25)), ("Pressemitteilung 12.03.2024", D(2024, 3, 12)),
    ("Press release 12 March 2024", D(2024, 3, 12)),
])
def test_a_content_type_then_its_stamp(line, date):
    record = _one(f"Ajankohtaista\nSuomi tukee Etyjin vaalitarkkailua Georgiassa\n{line}\nSuomi lähettää "
                  "vaalitarkkailijoita Georgiaan.\n")
    assert (record.date, record.content_type) == (date, "Press release")


def test_an_end_credit_of_two_names():
    record = _one("Świat\nSekretarz generalna OBWE odwiedzi Warszawę\nWtorek, 12 marca 2024 (14:20)\nSekretarz "
                  "generalna OBWE odwiedzi w czwartek Warszawę.\nRozmowy będą dotyczyć budżetu organizacji.\n"
                  "PAP/RMF FM\nUdostępnij\n")
    assert record.source == "Polish Press Agency"


# ------------------------------------------------------------- rules after the x10-pages

@pytest.mark.parametrize("text", [
    "Ukraine War\nOSCE chair calls for release of detained mission staff\nby Martin Fornusek\nMarch 12, 2024 2:20 PM\n"
    "The OSCE Chairperson-in-Office called on Russia to release three members of the former mission.\n",
    "Politics\nOSCE chair calls for release of detained mission staff\nby Anna Kovalenko\n12 March 2024\n"
    "The OSCE Chairperson-in-Office called on Russia to release three members of the former mission.\n",
])
def test_a_lower_case_byline_above_the_stamp_is_not_part_of_the_title(text):
    assert _one(text).title == "OSCE chair calls for release of detained mission staff"


# ------------------------------------------------------------- all the sets, as they stand

@pytest.mark.parametrize("field, floor", [("title", 0.95), ("date", 0.95), ("place", 0.95), ("source", 0.90),
                                          ("fields_of_work", 0.95)])
def test_the_round_5_pages_hold_their_figures(field, floor):
    # after every rule of the round (tuned on them: an upper bound, not a measure); source misses are
    # agencies loader/data lists under another name or not at all (Ritzau, TT, ATS, Montsame, AP, MIA)
    assert PAGES.accuracy(list(GOLD), field) >= floor


def test_the_as_they_came_figures_are_recorded_for_every_set():
    assert sorted(AS_THEY_CAME) == PAGES.sets()


# ------------------------------------------------------------- rules after reading H6's y-pages
# (the y-pages were measured as they came by H6 with the rules of their time; these rules came after)

@pytest.mark.parametrize("text, title", [
    ("Міністерство закордонних справ України\nНовини\nАндрій Сибіга провів зустріч з Верховним комісаром ОБСЄ\n"
     "25 березня 2024, 17:30\nМіністр закордонних справ України Андрій Сибіга провів зустріч з Верховним комісаром.\n",
     "Андрій Сибіга провів зустріч з Верховним комісаром ОБСЄ"),
    ("Guvernul Republicii Moldova\nComunicate de presă\nPremierul a avut o întrevedere cu șefa Misiunii OSCE\n"
     "02.04.2024\nPrim-ministrul a avut marți o întrevedere cu șefa Misiunii OSCE în Republica Moldova.\n",
     "Premierul a avut o întrevedere cu șefa Misiunii OSCE"),
])
def test_a_ministrys_name_above_its_news_section_is_the_sites_header(text, title):
    assert _one(text).title == title


@pytest.mark.parametrize("line, place, agency", [
    ("Budapest, 2024. március 22., péntek (MTI) – Szijjártó Péter fogadta", "Budapest", "MTI"),
    ("Київ. 15 березня. Укрінформ. Віцепрем'єр-міністерка обговорила", "Київ", None),
    ("თბილისი, 15 მარტი, ინტერპრესნიუსი. საქართველოს პრემიერ-მინისტრი", "თბილისი", None),
])
def test_datelines_of_the_y_pages(line, place, agency):
    d = parse_dateline(line)
    assert d is not None and d.places == (place,) and d.agency == agency
