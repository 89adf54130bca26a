"""Issue 11, round 7 (H1): the one-value fields (title, date, place, issuing body) on whole pages of
our own, rendered as third-party sites of the region render them, chrome and all: news agencies and
their credits, papers, portals, broadcasters, ministries, NGOs, field offices' own sites and mirrors of
osce.org, in the region's languages and scripts; dense in places written in datelines (upper-case
Greek and Cyrillic, case forms, a city before an agency's credit) and in issuers (agencies' credit
shapes, a mirror's path, a headline reporting a body's statement or visit). The text is ours; the
facts (names, dates, bodies) are real or plausible.

The gold follows tests/gold/README.md and the a-line: ``date`` the publication date, ``place`` the
dateline's place as the page writes it (title case), ``source`` the issuing body the page names (a
``Source`` line or its equivalent in the page's language, a press-release header in the body, a news
agency in the dateline or as the item's credit, several joined with `` / `` in the page's order) with
``inferred`` when the page only implies it (a field office's or OSCE institution's own site or a mirror
path naming one, a statement's speaker). The masthead of a news site, a ministry or an NGO is no issuer.

Method (kept from rounds 4-6, it is what makes the figures honest): each set is written and committed
WITH its gold before it is measured, measured once as it came (``AS_THEY_CAME``, recorded in a commit
of its own), and only then used for rules that hold on pages of two or more sources; c1 was measured
before any rule of round 7; c3, c4 and c7 gave no rule of their own (c7 is the round's last measurement).

Pooled as they came, c2-c7 (60 pages, each after at least c1's rules): title 0.950, date 0.983, place 0.967,
source 0.883; c1-c7 (70): 0.957 / 0.986 / 0.943 / 0.843. After every rule (tuned on c1, c2, c5 and c6, and the
press-service rule on c3, c4 and c6: an upper bound): 0.971 / 0.986 / 0.986 / 0.929. Groups and rules: README.md,
issue 11, "Round 7, titles, dates, places and the issuing body (H1)".

c8 (H7, the same method, written in the shapes of H1's remaining misses as other sites print them) came at title
0.9, date 0.9, place 1.0, source 0.4: pooled c2-c8 (70 pages) 0.943 / 0.971 / 0.971 / 0.814; c1-c8 (80) 0.950 /
0.975 / 0.950 / 0.788. After c8's rules (each shape on pages of two or more sources, c1-c7's included: an upper
bound) all 80: 0.988 / 1.000 / 1.000 / 0.963. c9 (after c8's rules) came at 0.9 / 0.9 / 0.7 / 0.5: pooled c2-c9 (80
pages) 0.938 / 0.963 / 0.938 / 0.775; c1-c9 (90) 0.944 / 0.967 / 0.922 / 0.756. After c9's one rule, all 90: 0.978 /
0.989 / 0.967 / 0.933 (an upper bound).
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

#: file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple] = {
    # c1: written before any rule of round 7, committed before it was measured
    "c1_el.txt": ("Γεραπετρίτης στη Βιέννη: Η Ελλάδα στηρίζει τον ρόλο του ΟΑΣΕ για την ευρωπαϊκή ασφάλεια",
                  "2025-12-04", "Βιέννη", None, False),
    "c1_ru.txt": ("Делегацию России на СМИД ОБСЕ в Вене возглавит замминистра иностранных дел", "2025-12-04", "Вена",
                  "TASS", False),
    "c1_uk.txt": ("Сибіга у Відні закликав ОБСЄ не визнавати наслідків окупації", "2025-12-04", None, "Ukrinform",
                  False),
    "c1_de.txt": ("OSZE-Ministerrat in Wien: Finnland übergibt den Vorsitz an die Schweiz", "2025-12-05", "Wien",
                  "Austria Presse Agentur", False),
    "c1_en.txt": ("Mostar youth council presents local action plan on inclusive education", "2025-11-17", "Mostar",
                  "OSCE Mission to Bosnia and Herzegovina", True),
    "c1_sr.txt": ("Ђурић на Савету министара ОЕБС-а: Регион треба дијалог, а не нове поделе", "2025-12-05", "Беч",
                  "Tanjug", False),
    "c1_tr.txt": ("AGİT Bakanlar Konseyi Viyana'da toplandı: Gündemde Ukrayna ve bütçe var", "2025-12-04", "Viyana",
                  "Anadolu Agency", False),
    "c1_mk.txt": ("Муцунски на Советот на министри на ОБСЕ: Проширувањето на ЕУ е и безбедносно прашање",
                  "2025-12-04", "Виена", "Media Information Agency", False),
    "c1_hy.txt": ("Միրզոյանը Վիեննայում մասնակցել է ԵԱՀԿ նախարարների խորհրդի նիստին", "2025-12-04", "Վիեննա",
                  "Armenpress", False),
    "c1_fr.txt": ("À Vienne, l'OSCE clôt son Conseil ministériel sans accord sur le budget", "2025-12-05", None, None,
                  False),
    # c2: written after c1's rules, committed before it was measured
    "c2_pl.txt": ("Sikorski w Wiedniu: OBWE musi pozostać miejscem rozmowy, nie propagandy", "2025-12-05", "Wiedeń",
                  "Polish Press Agency", False),
    "c2_ro.txt": ("Ministrul de Externe a participat la Consiliul Ministerial al OSCE de la Viena", "2025-12-05", None,
                  "Agerpres", False),
    "c2_kk.txt": ("Қазақстан делегациясы ЕҚЫҰ Министрлер кеңесінің отырысына қатысты", "2025-12-05", "Вена",
                  "Kazinform", False),
    "c2_ka.txt": ("ეუთოს მინისტრთა საბჭო ვენაში: საქართველოს დელეგაციას საგარეო საქმეთა მინისტრის მოადგილე "
                  "ხელმძღვანელობს", "2025-12-05", None, None, False),
    "c2_it.txt": ("Osce, la Finlandia passa il testimone alla Svizzera. Nessun accordo sul bilancio", "2025-12-05",
                  "Vienna", None, False),
    "c2_en.txt": ("ODIHR deploys needs assessment mission ahead of parliamentary elections in Slovenia", "2025-11-20",
                  "Warsaw", "OSCE Office for Democratic Institutions and Human Rights", True),
    "c2_ru.txt": ("Заявление Представителя ОБСЕ по вопросам свободы СМИ о законе о «ложной информации»", "2025-12-05",
                  None, "OSCE Representative on Freedom of the Media", True),
    "c2_bs.txt": ("Šef Misije OSCE-a posjetio Mostar i razgovarao s gradonačelnikom o obrazovanju", "2025-12-04",
                  "Mostar", "Federal News Agency", False),
    "c2_bg.txt": ("Министърът на външните работи участва в Съвета на министрите на ОССЕ във Виена", "2025-12-04",
                  "Виена", "Bulgarian News Agency", False),
    "c2_el.txt": ("ΟΑΣΕ: Χωρίς κοινή δήλωση έκλεισε το Υπουργικό Συμβούλιο της Βιέννης", "2025-12-05", "Βιέννη",
                  "Athens-Macedonian News Agency", False),
    # c3: written after c2's rules, committed before it was measured
    "c3_hu.txt": ("Szijjártó: az EBESZ-nek a párbeszéd fórumának kell maradnia", "2025-12-04", "Bécs",
                  "Hungarian News Agency", False),
    "c3_cs.txt": ("Ministr zahraničních věcí se zúčastnil zasedání Rady ministrů OBSE ve Vídni", "2025-12-04", None,
                  "Ministry of Foreign Affairs of Czechia", False),
    "c3_uz.txt": ("Jurnalistlar uchun saylov jarayonlarini yoritish bo‘yicha trening o‘tkazildi", "2025-12-03",
                  "Toshkent", "OSCE Project Co-ordinator in Uzbekistan", True),
    "c3_en.txt": ("OSCE High Commissioner on National Minorities visits Kazakhstan, meets Assembly of People",
                  "2025-12-03", "Astana", None, False),
    "c3_tg.txt": ("Вазири корҳои хориҷӣ дар ҷаласаи Шӯрои вазирони САҲА дар Вена иштирок кард", "2025-12-04", "Вена",
                  "Khovar", False),
    "c3_lt.txt": ("Budrys Vienoje: ESBO turi išsaugoti savo stebėjimo misijas", "2025-12-04", "Viena", "ELTA", False),
    "c3_sk.txt": ("Blanár vo Viedni: OBSE potrebuje schválený rozpočet a funkčné misie", "2025-12-04", "Viedeň",
                  "News Agency of the Slovak Republic", False),
    "c3_az.txt": ("Azərbaycan nümayəndə heyəti ATƏT Nazirlər Şurasının iclasında iştirak edib", "2025-12-04", "Vyana",
                  "Azertac", False),
    "c3_es.txt": ("La OSCE cierra su consejo ministerial sin acuerdo sobre el presupuesto", "2025-12-04", "Viena",
                  "Agencia EFE", False),
    "c3_me.txt": ("Šef Misije OEBS-a: Izborno zakonodavstvo mora biti usvojeno prije sljedećih izbora", "2025-12-03",
                  "Podgorica", None, False),
    # c4: written after c3 (which gave no rule), committed before it was measured
    "c4_el.txt": ("Στη Λευκωσία κλιμάκιο του Γραφείου Δημοκρατικών Θεσμών του ΟΑΣΕ ενόψει των βουλευτικών εκλογών",
                  "2026-02-12", "Λευκωσία", "Cyprus News Agency", False),
    "c4_ru.txt": ("СМИД без итогового документа", "2025-12-05", None, None, False),
    "c4_uk.txt": ("Україна закликала ОБСЄ посилити моніторинг безпеки Запорізької АЕС", "2025-12-05", "Київ",
                  "Interfax", False),
    "c4_de.txt": ("OSZE ohne Einigung auf Haushalt - Schweiz übernimmt Vorsitz", "2025-12-05", None, None, False),
    "c4_en.txt": ("Deputy Foreign Minister meets OSCE Special Representative for the South Caucasus", "2026-01-28",
                  None, "Ministry of Foreign Affairs of Georgia", False),
    "c4_sl.txt": ("Fajon na Dunaju: OVSE mora ohraniti svoje misije na Zahodnem Balkanu", "2025-12-04", "Dunaj",
                  "Slovenian Press Agency", False),
    "c4_hr.txt": ("Grlić Radman u Beču: OESS mora ostati forum za dijalog", "2025-12-04", "Beč",
                  "Croatian News Agency", False),
    "c4_be.txt": ("Беларуская дэлегацыя выступіла на пасяджэнні Савета міністраў АБСЕ", "2025-12-04", "Мінск",
                  "Belarusian Telegraph Agency", False),
    "c4_ky.txt": ("ЕККУнун Бишкектеги программалык кеңсесинин жетекчиси Тышкы иштер министрлигинде кабыл алынды",
                  "2025-12-04", "Бишкек", "Kabar", False),
    "c4_ro.txt": ("Misiunea OSCE a prezentat un raport privind accesul la justiție în regiunea transnistreană",
                  "2025-12-04", "Chișinău", "Moldpres", False),
    # c5: written after c4 (no rule from c3 or c4), committed before it was measured
    "c5_fi.txt": ("Valtonen luovutti Etyjin puheenjohtajuuden Sveitsille Wienissä", "2025-12-04", None, "STT", False),
    "c5_nl.txt": ("OVSE sluit ministerraad af zonder akkoord over begroting", "2025-12-05", "Wenen",
                  "Algemeen Nederlands Persbureau", False),
    "c5_pt.txt": ("OSCE termina reunião ministerial sem acordo sobre o orçamento", "2025-12-04", "Viena", "Lusa",
                  False),
    "c5_tr.txt": ("AGİT Dışişleri Bakanları Konseyi ortak bildiri olmadan sona erdi", "2025-12-05", None,
                  "Ihlas News Agency", False),
    "c5_en.txt": ("Statement by the Head of the OSCE Mission to Skopje on the second round of local elections",
                  "2025-11-03", "Skopje", "OSCE Mission to Skopje", True),
    "c5_ru.txt": ("В Астане прошёл семинар по противодействию торговле людьми для сотрудников полиции", "2025-11-27",
                  "Астана", "OSCE Programme Office in Astana", True),
    "c5_hy.txt": ("ԵԱՀԿ նախարարների խորհուրդն ավարտվեց առանց համատեղ հռչակագրի", "2025-12-04", "Երևան", "Sputnik",
                  False),
    "c5_el.txt": ("Χωρίς κοινή διακήρυξη το Υπουργικό του ΟΑΣΕ στη Βιέννη", "2025-12-04", "Βιέννη",
                  "Athens-Macedonian News Agency", False),
    "c5_sq.txt": ("Shefi i Prezencës së OSBE-së viziton Shkodrën, takim me kryetarin e bashkisë", "2025-12-03",
                  "Shkodër", None, False),
    "c5_lv.txt": ("Braže Vīnē: EDSO jāsaglabā vēlēšanu novērošanas misijas", "2025-12-04", "Vīne", "LETA", False),
    # c6: written after c5's rule, committed before it was measured
    "c6_ru.txt": ("Грушко: Россия не поддержит бюджет ОБСЕ без учета ее позиции", "2025-12-04", "Вена", "RIA Novosti",
                  False),
    "c6_en.txt": ("Ukraine urges OSCE to press Russia on detained mission staff", "2025-12-04", "Vienna", "Reuters",
                  False),
    "c6_fr.txt": ("L'OSCE achève sa réunion annuelle à Vienne sans déclaration commune", "2025-12-05", None,
                  "Agence France-Presse", False),
    "c6_it.txt": ("Osce, la Svizzera alla guida dell'organizzazione nel 2026. Tajani: \"Difendere le missioni sul "
                  "terreno\"", "2025-12-05", None, "Agenzia Nazionale Stampa Associata", False),
    "c6_mk.txt": ("Изјава на Мисијата на ОБСЕ во Скопје по повод вториот круг од локалните избори", "2025-11-03", None,
                  "OSCE Mission to Skopje", True),
    "c6_de.txt": ("Keine Einigung beim OSZE-Ministerrat in Wien", "2025-12-05", "Wien",
                  "Austria Presse Agentur / Reuters", False),
    "c6_el.txt": ("Στα Τίρανα ο επικεφαλής του Γραφείου Δημοκρατικών Θεσμών του ΟΑΣΕ", "2025-12-05", "Τίρανα",
                  "Athens-Macedonian News Agency", False),
    "c6_uk.txt": ("Кислиця у Відні закликав ОБСЄ зберегти моніторинг в Україні після припинення вогню", "2025-12-04",
                  "Відень", "Ukrinform", False),
    "c6_ka.txt": ("საგარეო საქმეთა მინისტრის მოადგილე ეუთოს მინისტრთა საბჭოს სხდომაზე გამოვიდა", "2025-12-04", None,
                  "Ministry of Foreign Affairs of Georgia", False),
    "c6_tk.txt": ("Türkmenistanyň wekiliýeti ÝHHG-niň Daşary işler ministrleriniň geňeşine gatnaşdy", "2025-12-04",
                  "Wena", "Turkmenistan State News Agency", False),
    # c7: written after c6's rule, committed before it was measured
    "c7_sr.txt": ("Đurić u Beču: Srbija očekuje da OEBS ostane nepristrasan", "2025-12-04", "Beograd",
                  "BETA News Agency", False),
    "c7_ru.txt": ("Швейцария приняла председательство в ОБСЕ: чего ждать от Берна", "2025-12-04", None, None, False),
    "c7_el.txt": ("Ολοκληρώθηκε χωρίς κοινή δήλωση η σύνοδος του ΟΑΣΕ στη Βιέννη", "2025-12-04", None, None, False),
    "c7_bg.txt": ("Министърът на външните работи призова ОССЕ да запази мисиите си на Балканите", "2025-12-04",
                  "Виена", "Bulgarian News Agency", False),
    "c7_pl.txt": ("Rada Ministerialna OBWE bez wspólnej deklaracji. Przewodnictwo obejmuje Szwajcaria", "2025-12-05",
                  "Wiedeń", "Polish Press Agency", False),
    "c7_ro.txt": ("Misiunea OSCE a organizat la Comrat o masă rotundă despre participarea tinerilor la alegeri",
                  "2025-12-04", None, None, False),
    "c7_de.txt": ("Wadephul fordert in Wien Schutz der OSZE-Wahlbeobachtung", "2025-12-04", "Wien",
                  "Deutsche Presse-Agentur", False),
    "c7_hy.txt": ("ԵԱՀԿ նախագահությունը 2026 թվականին կստանձնի Շվեյցարիան", "2025-12-04", None, None, False),
    "c7_kk.txt": ("Qazaqstan delegaııasy EQYU Mınıstrler keńesinde sóz sóıledi", "2025-12-04", "Astana", "Kazinform",
                  False),
    "c7_en.txt": ("OSCE trains Tajik border guards on detecting forged travel documents", "2025-12-02", "Dushanbe",
                  "OSCE Programme Office in Dushanbe", True),
    # c8 (H7): written after c7, committed before it was measured
    "c8_ru.txt": ("Грушко: Россия не видит в ОБСЕ площадки для равноправного диалога", "2025-12-04", "Вена", "TASS",
                  False),
    "c8_de.txt": ("Meinl-Reisinger wirbt in Wien für Erhalt der OSZE-Feldmissionen", "2025-12-04", None,
                  "Austria Presse Agentur", False),
    "c8_sq.txt": ("Kreu i Prezencës së OSBE-së viziton Korçën, takon të rinjtë e qytetit", "2025-12-05", "Korçë",
                  None, False),
    "c8_sr.txt": ("Šef Misije OEBS-a u Srbiji posetio Novi Pazar i razgovarao o saradnji sa lokalnom samoupravom",
                  "2025-12-03", None, None, False),
    "c8_en.txt": ("Safer roads for Osh schoolchildren", "2025-11-27", "Osh", "OSCE Programme Office in Bishkek", True),
    "c8_fr.txt": ("La Suisse prend les rênes d'une OSCE divisée et à court d'argent", "2025-12-04", None, None, False),
    "c8_lt.txt": ("Ministras ESBO Ministrų taryboje: Rusijos agresija kelia grėsmę visai Europos saugumo architektūrai",
                  "2025-12-04", None, "Ministry of Foreign Affairs of Lithuania", False),
    "c8_nl.txt": ("Prévot in Wenen: ‘OVSE moet blijven waken over eerlijke verkiezingen’", "2025-12-04", "Wenen",
                  "Belga", False),
    "c8_it.txt": ("Tajani all'Osce: 'Serve una pace giusta e duratura in Ucraina'", "2025-12-04", "Vienna",
                  "Agenzia Nazionale Stampa Associata", False),
    "c8_az.txt": ("Ceyhun Bayramov ATƏT Nazirlər Şurasının iclasında çıxış edib", "2025-12-04", None,
                  "Azerbaijan Press Agency", False),
    # c9 (H7): written after c8's rules, committed before it was measured
    "c9_az.txt": ("Azərbaycan nümayəndə heyəti ATƏT-in Vyanadakı toplantısında regional nəqliyyat layihələrini təqdim "
                  "edib", "2025-12-04", None, "Report News Agency", False),
    "c9_ru.txt": ("Без общего знаменателя", "2025-12-04", None, None, False),
    "c9_es.txt": ("Albares defiende en la OSCE el papel de la organización como foro de diálogo pese a la guerra",
                  "2025-12-04", "Viena", "Europa Press", False),
    "c9_mk.txt": ("Шефот на Мисијата на ОБСЕ во Скопје го посети Куманово, разговор за меѓуетничкиот дијалог во "
                  "училиштата", "2025-12-02", "Куманово", None, False),
    "c9_uk.txt": ("Андрій Сибіга обговорив з Генеральним секретарем ОБСЄ роботу організації в умовах війни",
                  "2025-12-04", None, "Ministry of Foreign Affairs of Ukraine", False),
    "c9_sl.txt": ("Fajon na Dunaju: OVSE mora ostati prostor dialoga, ne propagande", "2025-12-04", "Dunaj",
                  "Slovenian Press Agency", False),
    "c9_uz.txt": ("Saidov Venada YXHT Vazirlar kengashida so'zga chiqdi", "2025-12-04", None, None, False),
    "c9_it.txt": ("Cassis assume la guida dell'Osce: \"Ricostruire la fiducia\"", "2025-12-04", None, "Keystone-SDA",
                  False),
    "c9_en.txt": ("Municipal officials in Prizren trained on handling complaints from communities", "2025-12-02",
                  "Prizren", "OSCE Mission in Kosovo", True),
    "c9_pl.txt": ("Sikorski w Wiedniu: Rosja nie może mieć weta nad bezpieczeństwem Europy", "2025-12-04", None,
                  "Polish Press Agency / Informacyjna Agencja Radiowa", False),
}

#: each page's site shape, for figures by group
SHAPES: dict[str, str] = {
    "c1_el.txt": "paper", "c1_ru.txt": "agency", "c1_uk.txt": "portal", "c1_de.txt": "paper",
    "c1_en.txt": "mirror", "c1_sr.txt": "paper", "c1_tr.txt": "paper", "c1_mk.txt": "agency",
    "c1_hy.txt": "agency", "c1_fr.txt": "broadcaster",
    "c2_pl.txt": "portal", "c2_ro.txt": "broadcaster", "c2_kk.txt": "agency", "c2_ka.txt": "broadcaster",
    "c2_it.txt": "paper", "c2_en.txt": "mirror", "c2_ru.txt": "agency", "c2_bs.txt": "portal",
    "c2_bg.txt": "agency", "c2_el.txt": "portal",
    "c3_hu.txt": "broadcaster", "c3_cs.txt": "government", "c3_uz.txt": "field office", "c3_en.txt": "paper",
    "c3_tg.txt": "agency", "c3_lt.txt": "broadcaster", "c3_sk.txt": "paper", "c3_az.txt": "agency",
    "c3_es.txt": "paper", "c3_me.txt": "portal",
    "c4_el.txt": "broadcaster", "c4_ru.txt": "paper", "c4_uk.txt": "agency", "c4_de.txt": "broadcaster",
    "c4_en.txt": "government", "c4_sl.txt": "paper", "c4_hr.txt": "portal", "c4_be.txt": "agency",
    "c4_ky.txt": "agency", "c4_ro.txt": "agency",
    "c5_fi.txt": "broadcaster", "c5_nl.txt": "portal", "c5_pt.txt": "paper", "c5_tr.txt": "paper",
    "c5_en.txt": "field office", "c5_ru.txt": "field office", "c5_hy.txt": "agency", "c5_el.txt": "paper",
    "c5_sq.txt": "broadcaster", "c5_lv.txt": "broadcaster",
    "c6_ru.txt": "agency", "c6_en.txt": "portal", "c6_fr.txt": "paper", "c6_it.txt": "broadcaster",
    "c6_mk.txt": "broadcaster", "c6_de.txt": "paper", "c6_el.txt": "portal", "c6_uk.txt": "agency",
    "c6_ka.txt": "government", "c6_tk.txt": "agency",
    "c7_sr.txt": "portal", "c7_ru.txt": "paper", "c7_el.txt": "broadcaster", "c7_bg.txt": "paper",
    "c7_pl.txt": "paper", "c7_ro.txt": "broadcaster", "c7_de.txt": "paper", "c7_hy.txt": "portal",
    "c7_kk.txt": "agency", "c7_en.txt": "field office",
    "c8_ru.txt": "agency", "c8_de.txt": "paper", "c8_sq.txt": "portal", "c8_sr.txt": "paper",
    "c8_en.txt": "field office", "c8_fr.txt": "broadcaster", "c8_lt.txt": "government", "c8_nl.txt": "paper",
    "c8_it.txt": "agency", "c8_az.txt": "agency",
    "c9_az.txt": "agency", "c9_ru.txt": "paper", "c9_es.txt": "agency", "c9_mk.txt": "paper",
    "c9_uk.txt": "government", "c9_sl.txt": "portal", "c9_uz.txt": "portal", "c9_it.txt": "portal",
    "c9_en.txt": "field office", "c9_pl.txt": "broadcaster",
}

FIELDS = ("title", "date", "place", "source", "inferred")
PAGES = OwnPages("c", GOLD, FIELDS)

#: each set's figures as it came, measured once, before any rule written from it
AS_THEY_CAME: dict[str, dict[str, float]] = {
    # c1 (10 pages), before any rule of round 7: a closing credit with the editors and the date
    # ("(APA, red, 5.12.2025)"), an author label naming the agency ("Аутор: Танјуг"), Armenpress's upper-case
    # dateline ("ՎԻԵՆՆԱ, ԴԵԿՏԵՄԲԵՐԻ 4, ԱՐՄԵՆՊՐԵՍ:"), a Greek paper's "ΒΙΕΝΝΗ." opening the text, a web-archive
    # mirror's address line naming a field office's path
    "c1": {"title": 1.0, "date": 1.0, "place": 0.8, "source": 0.6},
    # c2 (10 pages), after c1's rules: BTA's correspondent credit between slashes alone on the dateline's line
    # ("Виена, 4 декември /Кореспондентът на БТА Мария Петрова/"), an archive.today capture's "Saved from" line
    # naming an osce.org section (as c1_en's web-archive address line)
    "c2": {"title": 1.0, "date": 1.0, "place": 0.9, "source": 0.8},
    # c3 (10 pages), after c2's rules: a ministry's press-release header in the body above the headline
    # ("Tisková zpráva Ministerstva zahraničních věcí") taken for the title, and not read as the issuer
    "c3": {"title": 0.9, "date": 1.0, "place": 1.0, "source": 0.9},
    # c4 (10 pages), after c2's rules (c3 gave none): a paper's issue line above the headline made the sub-headline
    # the title (Kommersant), a broadcast's closing line the only date ("Diese Nachricht wurde am 05.12.2025 im
    # Programm Deutschlandfunk gesendet."), a ministry's press-service line closing the text unread
    "c4": {"title": 0.9, "date": 0.9, "place": 1.0, "source": 0.9},
    # c5 (10 pages), after c2's rules (c3 and c4 gave none): a field office's menu item ("About the Mission") taken
    # for the title above a statement headline, an agency the data lacks given by its code ("(ANP)"), a headline
    # reporting a post's visit in Albanian ("Shefi i Prezencës së OSBE-së viziton Shkodrën") not read as the
    # issuer
    "c5": {"title": 0.9, "date": 1.0, "place": 1.0, "source": 0.8},
    # c6 (10 pages), after c5's rule: a ministry's press-service line in Georgian closing the text unread (as
    # c4_en's in English), TDH's Turkmen dateline place ("Wena, 4-nji dekabr (TDH).") unread (its source was)
    "c6": {"title": 1.0, "date": 1.0, "place": 0.9, "source": 0.9},
    # c7 (10 pages), after c6's rule, the round's last measurement: no miss
    "c7": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # c8 (10 pages, H7), after c7: a ministry's press-release header above the headline taken for the title and
    # not read as the issuer (Lithuania, as c3_cs's Czech one), a broadcast's closing line the only date ("Sujet
    # radio: Forum, La 1ère, 4 décembre 2025", as c4_de's Deutschlandfunk), TASS's correspondent between slashes
    # given as the issuer ("/Корр. ТАСС Андрей Сидоров/", as c2_bg's BTA), the closing "(APA/red, 4.12.2025)"
    # unread (as c1_de's Der Standard), "APA xəbər verir ki" (a credit in a sentence) unread, headlines reporting
    # a field office head's visit in Albanian and Serbian ("viziton", "posetio", as c5_sq) not read as the issuer
    "c8": {"title": 0.9, "date": 0.9, "place": 1.0, "source": 0.4},
    # c9 (10 pages, H7), after c8's rules: a short headline above a longer sub-headline (Izvestia, as c4_ru's
    # Kommersant) gives the title to the sub-headline; "Report xəbər verir ki" (as c8_az's APA) unread; "VIENA, 4
    # (EUROPA PRESS)" (the day alone) unread, place and source; swissinfo's "Questo contenuto è stato pubblicato il
    # 4 dicembre 2025 - 16:20" unread and its closing "(Keystone-ATS)" unread; a known city and a dash opening the text
    # unread as the place in Macedonian ("Куманово –") and Slovene ("Dunaj -", and "Vir: STA" missed with it); Ukraine's
    # MFA signature by its abbreviation ("Прес-служба МЗС України") unread; IAR (an agency the data lacks) given by its
    # code
    "c9": {"title": 0.9, "date": 0.9, "place": 0.7, "source": 0.5},
}


def test_every_page_has_its_gold_and_shape():
    assert PAGES.on_disk() == sorted(GOLD) == sorted(SHAPES)


def test_the_as_they_came_figures_are_recorded_for_every_measured_set():
    assert set(AS_THEY_CAME) <= set(PAGES.sets())


def test_the_pooled_as_they_came_figures():
    # c2-c7, each set as it came (the figure the README gives): recomputed from AS_THEY_CAME
    later = [AS_THEY_CAME[f"c{n}"] for n in range(2, 8)]
    pooled = {f: round(sum(s[f] for s in later) / len(later), 3) for f in ("title", "date", "place", "source")}
    assert pooled == {"title": 0.95, "date": 0.983, "place": 0.967, "source": 0.883}
    # c2-c8, with H7's c8
    later = [AS_THEY_CAME[f"c{n}"] for n in range(2, 9)]
    pooled = {f: round(sum(s[f] for s in later) / len(later), 3) for f in ("title", "date", "place", "source")}
    assert pooled == {"title": 0.943, "date": 0.971, "place": 0.971, "source": 0.814}
    # c2-c9
    later = [AS_THEY_CAME[f"c{n}"] for n in range(2, 10)]
    pooled = {f: round(sum(s[f] for s in later) / len(later), 3) for f in ("title", "date", "place", "source")}
    assert pooled == {"title": 0.938, "date": 0.963, "place": 0.938, "source": 0.775}


if __name__ == "__main__":          # python tests/test_extract_own_pages_c.py c1 [c2 ...]: figures and misses
    PAGES.report(sys.argv[1:])


# ------------------------------------------------------------- rules after c1
# (each shape also on another site or in another language: the earlier lines' pages as they stood)

import pytest  # noqa: E402

from osce_kg.loader.extract.datelines import parse_dateline  # noqa: E402
from osce_kg.loader.evaluation import normalize  # noqa: E402
from osce_kg.loader.extract.document import read_text  # noqa: E402


def _one(text: str):
    return read_text(text, "page.txt").records[0]


@pytest.mark.parametrize("line, place, month_day", [
    # a month before the day and no year, the month's name longer than nine letters (Armenpress's genitive
    # in capitals, MTI's Hungarian), as the dates elsewhere already read them
    ("ՎԻԵՆՆԱ, ԴԵԿՏԵՄԲԵՐԻ 4, ԱՐՄԵՆՊՐԵՍ: Հայաստանի արտաքին գործերի նախարարը", "Վիեննա", (12, 4)),
    ("Budapest, szeptember 12. (MTI) – A külügyminiszter Bécsben tárgyalt.", "Budapest", (9, 12)),
    ("BUDAPEST, SZEPTEMBER 12. (MTI) – A külügyminiszter Bécsben tárgyalt.", "Budapest", (9, 12)),
])
def test_long_month_names_before_the_day(line, place, month_day):
    d = parse_dateline(line)
    assert d is not None and (d.places, d.month_day) == ((place,), month_day)


def test_a_word_of_ten_letters_before_a_number_is_no_month():
    assert parse_dateline("BUDAPEST, KONFERENCIA 12. (MTI) – A") is None


@pytest.mark.parametrize("line, place", [
    # an upper-case known city and a full stop opening the text, in Greek and Armenian as in Latin ("WIEN.")
    ("ΒΙΕΝΝΗ. Ο υπουργός Εξωτερικών μίλησε σήμερα στη σύνοδο του ΟΑΣΕ.", "Βιεννη"),
    ("ΑΘΗΝΑ. Ο υπουργός Εξωτερικών συναντήθηκε με τον γενικό γραμματέα του ΟΑΣΕ.", "Αθηνα"),
    ("WIEN. Die Außenminister der OSZE trafen sich am Freitag.", "Wien"),
])
def test_an_upper_case_city_and_a_full_stop_in_any_script(line, place):
    record = _one(f"Κόσμος\nΟ ΟΑΣΕ συνεδριάζει στη Βιέννη για τον προϋπολογισμό\n04.12.2025 • 19:10\n{line}\n")
    assert normalize(record.place) == normalize(place)      # (accents aside, as the gold is scored)


def test_an_upper_case_word_that_is_no_city_is_no_place():
    record = _one("Κόσμος\nΟ ΟΑΣΕ συνεδριάζει για τον προϋπολογισμό\n04.12.2025 • 19:10\nΟΑΣΕ. Ο Οργανισμός "
                  "συνεδριάζει σήμερα.\n")
    assert record.place is None


@pytest.mark.parametrize("label, agency, source", [
    # the author's label naming an agency, in more of the region's languages ("Autor: ČTK" was read)
    ("Аутор: Танјуг", "Tanjug", "Tanjug"), ("Autori: ATA", "ATA", "Albanian Telegraphic Agency"),
    ("Avtor: STA", "STA", "Slovenian Press Agency"), ("Szerző: MTI", "MTI", "Hungarian News Agency"),
])
def test_an_authors_label_naming_an_agency(label, agency, source):
    record = _one(f"Svet\nOEBS o izborima u regionu\n05.12.2025. u 10:14\n{label}\nBeč – Ministri spoljnih poslova "
                  "zemalja OEBS-a sastali su se u Beču.\n")
    assert record.source == source


def test_an_authors_label_naming_a_person_is_no_issuer():
    record = _one("Svet\nOEBS o izborima u regionu\n05.12.2025. u 10:14\nАутор: Јелена Јовановић\nБеч – Министри "
                  "спољних послова састали су се у Бечу.\n")
    assert record.source is None


# ------------------------------------------------------------- rules after c2

_OSCE_PAGE = ("OSCE\nOrganization for Security and Co-operation in Europe\nMenu\nNewsroom\n"
              "Youth council presents local action plan on inclusive education\n"
              "MOSTAR, 17 November 2025 – Members of the youth council presented their plan to the city today.\n"
              "The plan was prepared with support from the field office and proposes joint activities for pupils.\n")


@pytest.mark.parametrize("header, source", [
    # a saved or archived copy's header names the original address: its path names the issuer as on osce.org
    # (the Wayback Machine in c1_en, archive.today in c2_en, a browser's saved-page mark)
    ("The Wayback Machine - https://web.archive.org/web/20251118093012/https://www.osce.org/"
     "mission-to-bosnia-and-herzegovina/601234\n", "OSCE Mission to Bosnia and Herzegovina"),
    ("archive.today webpage capture\nSaved from https://www.osce.org/odihr/602311\n21 Nov 2025 10:12:30 UTC\n",
     "OSCE Office for Democratic Institutions and Human Rights"),
    ("<!-- saved from url=(0044)https://www.osce.org/mission-to-skopje/601999 -->\n", "OSCE Mission to Skopje"),
])
def test_a_captures_address_names_the_issuer(header, source):
    record = _one(header + _OSCE_PAGE)
    assert (record.source, record.source_inferred) == (source, True)


@pytest.mark.parametrize("header, text", [
    # a news site's own address, or an address only below the title (a link the text cites), names none
    ("Printed from https://www.rferl.org/a/osce-mostar/3312.html\n", ""),
    ("", "See https://www.osce.org/odihr/602311 for the report.\n"),
])
def test_no_issuer_from_other_addresses(header, text):
    record = _one(header + _OSCE_PAGE + text)
    assert record.source is None


# ------------------------------------------------------------- rules after c5

@pytest.mark.parametrize("link", ["About the Mission", "About the Office", "About ODIHR", "About us"])
def test_a_field_offices_about_link_is_no_title(link):
    # a field office's site: its name, its menu with a link to its "about" page, then the statement's headline
    # (the menu item printed by the Missions to Serbia, Moldova and Skopje on their sites: a1_en, b3_en, c5_en)
    record = _one(f"OSCE Mission to Skopje\nHome\n{link}\nStatement by the Head of the OSCE Mission to Skopje on the "
                  "local elections\nSkopje, 3 November 2025 – The Head of the OSCE Mission to Skopje welcomed the "
                  "peaceful conduct of the elections.\n")
    assert record.title == "Statement by the Head of the OSCE Mission to Skopje on the local elections"


def test_an_about_page_keeps_its_heading_when_nothing_else_is_there():
    record = _one("About the Mission\nThe OSCE Mission to Skopje was established in 1992 to help prevent the "
                  "spread of conflict. It works with the host country's institutions and civil society across the "
                  "country on the rule of law, elections, media, education and the fight against organized crime.\n")
    assert record.title == "About the Mission"


# ------------------------------------------------------------- rules after c6

@pytest.mark.parametrize("text, date", [
    # the day as a Turkmen ordinal before the month (TDH in c6_tk, a paper in b6_tk, z2_tk)
    ("4-nji dekabr 2025", "2025-12-04"), ("9-njy iýul 2026", "2026-07-09"), ("1-nji iýun 2025", "2025-06-01"),
    ("12-mart 2024", "2024-03-12"), ("12 марта 2024", "2024-03-12"),
])
def test_turkmen_ordinal_days(text, date):
    from osce_kg.loader.extract.dates import parse_date
    assert parse_date(text)[0].isoformat() == date


def test_a_turkmen_agencys_dateline():
    d = parse_dateline("Wena, 4-nji dekabr (TDH). Türkmenistanyň wekiliýeti Wena şäherinde mejlise gatnaşdy.")
    assert d is not None and (d.places, d.month_day, d.agency) == (("Wena",), (12, 4), "TDH")


@pytest.mark.parametrize("masthead, line, source", [
    # a ministry's press-service signature or press-release header, a line of its own (c4_en, c6_ka, c3_cs):
    # the ministry, with the State the line or else the masthead names
    ("Ministry of Foreign Affairs of Georgia", "Press Service of the Ministry of Foreign Affairs of Georgia",
     "Ministry of Foreign Affairs of Georgia"),
    ("საქართველოს საგარეო საქმეთა სამინისტრო", "საგარეო საქმეთა სამინისტროს პრესსამსახური",
     "Ministry of Foreign Affairs of Georgia"),
    ("Ministerstvo zahraničních věcí České republiky", "Tisková zpráva Ministerstva zahraničních věcí",
     "Ministry of Foreign Affairs of Czechia"),
    ("Міністерство закордонних справ України", "Прес-служба Міністерства закордонних справ України",
     "Ministry of Foreign Affairs of Ukraine"),
])
def test_a_ministrys_press_service_line_names_it(masthead, line, source):
    record = _one(f"{masthead}\nNews\nDeputy minister meets OSCE representative\n28 January 2026\nThe deputy minister "
                  f"met the OSCE representative in the capital today to discuss the situation in the region.\n{line}\n")
    assert (record.source, record.source_inferred) == (source, False)


@pytest.mark.parametrize("masthead, line", [
    # the masthead and a "Press releases" menu alone are the site's (the settled convention); a press service
    # of a ministry whose State the page does not name gives none; a sentence about a press service is no line
    ("Ministry of Foreign Affairs of Georgia", "Press releases"),
    ("Daily News", "Press Service of the Ministry of Foreign Affairs"),
    ("Daily News", "The press service of the Ministry of Foreign Affairs of Georgia said nothing more."),
])
def test_no_ministry_without_its_press_line_or_its_state(masthead, line):
    record = _one(f"{masthead}\nNews\nDeputy minister meets OSCE representative\n28 January 2026\nThe deputy minister "
                  f"met the OSCE representative in the capital today to discuss the situation in the region.\n{line}\n")
    assert record.source is None


# ------------------------------------------------------------- all the sets, as they stand

@pytest.mark.parametrize("field, floor", [("title", 0.95), ("date", 0.95), ("place", 0.95), ("source", 0.90)])
def test_the_round_7_pages_hold_their_figures(field, floor):
    # after every rule of the round (tuned on the sets measured before it: an upper bound, not a measure)
    assert PAGES.accuracy(list(GOLD), field) >= floor


def test_a_press_service_line_is_looked_for_only_near_the_ends_of_a_long_page():
    from osce_kg.loader.extract.issuer import press_service_source
    from osce_kg.loader.reference import reference
    filler = "\n".join(f"Paragraph {n} of a long report on the situation in the region." for n in range(400))
    line = "Press Service of the Ministry of Foreign Affairs of Georgia"
    assert press_service_source(f"News\n{filler}\n{line}\n", reference(), "en") == \
        "Ministry of Foreign Affairs of Georgia"
    assert press_service_source(f"News\n{filler}\n{line}\n{filler}\n", reference(), "en") is None


# ------------------------------------------------------------- rules after c8 (H7)

@pytest.mark.parametrize("line, place, agency", [
    # a correspondent's credit between slashes after the date: the agency is the issuer (BTA in c2_bg, TASS in c8_ru)
    ("Виена, 4 декември /Кореспондентът на БТА Мария Петрова/", "Виена", "БТА"),
    ("ВЕНА, 4 декабря. /Корр. ТАСС Андрей Сидоров/. Заместитель министра заявил", "Вена", "ТАСС"),
    ("СКОПЈЕ, 4 декември /Дописник на МИА/ – Министерот учествуваше", "Скопје", "МИА"),
])
def test_a_correspondents_credit_between_slashes(line, place, agency):
    d = parse_dateline(line, allow_alone=True)
    assert d is not None and (d.places, d.agency) == ((place,), agency)


def test_a_correspondents_credit_names_the_agency_as_issuer():
    record = _one("БТА\nСветовни\nМинистърът участва в Съвета на министрите на ОССЕ\n04.12.2025 18:05\n"
                  "Виена, 4 декември /Кореспондентът на БТА Мария Петрова/\nМинистърът участва в заседанието на "
                  "Съвета на министрите.\n")
    assert (record.place, record.source) == ("Виена", "Bulgarian News Agency")


@pytest.mark.parametrize("credit", ["(APA, red, 5.12.2025)", "(APA/red, 4.12.2025)"])
def test_a_dated_closing_credit_with_the_newsrooms_mark(credit):
    # Austrian papers close an agency's item with its code, the newsroom's mark and the day (Der Standard c1_de,
    # Kleine Zeitung c8_de), links may follow it
    record = _one("Zeitung\nPolitik\nAußenpolitik\nMinisterin wirbt in Wien für die Feldmissionen der OSZE\n"
                  "04. Dezember 2025, 18:02 Uhr\nDie Außenministerin hat beim Ministerrat für den Erhalt der "
                  "Feldmissionen geworben.\nDie Organisation dürfe nicht an Budgetstreitigkeiten zerbrechen, sagte "
                  f"sie.\n{credit}\nKommentare\n")
    assert record.source == "Austria Presse Agentur"


def test_a_dated_bracket_without_an_agency_is_no_credit():
    record = _one("Zeitung\nPolitik\nMinisterin wirbt in Wien für die Feldmissionen der OSZE\n04. Dezember 2025, 18:02 "
                  "Uhr\nDie Außenministerin hat beim Ministerrat für den Erhalt der Feldmissionen geworben.\nDie "
                  "Organisation dürfe nicht zerbrechen, sagte sie.\n(aktualisiert, 4.12.2025)\nKommentare\n")
    assert record.source is None


@pytest.mark.parametrize("title, source", [
    # a headline reporting a field office head's visit in another language: on the OSCE's own site (its acronym heading
    # the masthead) the office is the inferred issuer, as "... visits ..." in English; on a news site (Top Channel
    # c5_sq, BalkanWeb c8_sq, Danas c8_sr) it is the site's report and names none (session 11, the lead's decision:
    # tests/gold/README.md "Statement headlines and reports")
    ("Kreu i Prezencës së OSBE-së viziton Korçën, takon të rinjtë e qytetit", "OSCE Presence in Albania"),
    ("Šef Misije OEBS-a u Srbiji posetio Novi Pazar", "OSCE Mission to Serbia"),
    ("Шеф Мисије ОЕБС-а у Србији посетио Нови Пазар", "OSCE Mission to Serbia"),
])
def test_a_visit_headline_in_another_language(title, source):
    text = (f"Aktualitet\n{title}\n05/12/2025 11:42\nTakimi u zhvillua sot në qytet me përfaqësues "
            "të shoqërisë civile dhe të bashkisë për projektet e përbashkëta.\n")
    record = _one("OSCE\n" + text)
    assert (record.source, record.source_inferred) == (source, True)
    assert _one("Portal\n" + text).source is None


def test_a_visit_headline_with_an_agencys_credit_keeps_the_agency():
    record = _one("Klix\nVijesti\nŠef Misije OSCE-a u BiH posjetio Mostar\n04.12.2025. 12:10\nMOSTAR (FENA) - Šef "
                  "Misije OSCE-a posjetio je danas Mostar i razgovarao s gradonačelnikom.\n")
    assert (record.source, record.source_inferred) == ("Federal News Agency", False)


def test_a_visit_headline_naming_no_body_gives_none():
    record = _one("Portal\nDruštvo\nMinistar posetio Novi Pazar i razgovarao sa predstavnicima opštine\n03.12.2025. "
                  "14:25\nMinistar je danas posetio Novi Pazar, gde se sastao sa predstavnicima lokalne samouprave.\n")
    assert record.source is None


@pytest.mark.parametrize("masthead, header, source", [
    # a ministry's press-release header above the headline is no title (Czech c3_cs, Lithuanian c8_lt)
    ("Ministerstvo zahraničních věcí České republiky", "Tisková zpráva Ministerstva zahraničních věcí",
     "Ministry of Foreign Affairs of Czechia"),
    ("Lietuvos Respublikos užsienio reikalų ministerija", "Užsienio reikalų ministerijos pranešimas spaudai",
     "Ministry of Foreign Affairs of Lithuania"),
])
def test_a_press_release_header_is_no_title(masthead, header, source):
    record = _one(f"{masthead}\nNaujienos\n{header}\nMinistr se zúčastnil zasedání Rady ministrů OBSE ve Vídni\n"
                  "2025-12-04\nMinistr se ve čtvrtek ve Vídni zúčastnil zasedání Rady ministrů organizace.\n")
    assert (record.title, record.source) == ("Ministr se zúčastnil zasedání Rady ministrů OBSE ve Vídni", source)


@pytest.mark.parametrize("line, date", [
    # a broadcaster's closing line the only date of its page (Deutschlandfunk c4_de, RTS c8_fr)
    ("Diese Nachricht wurde am 05.12.2025 im Programm Deutschlandfunk gesendet.", "2025-12-05"),
    ("Sujet radio: Forum, La 1ère, 4 décembre 2025", "2025-12-04"),
])
def test_a_broadcasts_closing_line_dates_the_page(line, date):
    record = _one("Radio\nMonde\nLa Suisse prend la présidence de l'OSCE dans un climat de méfiance\n"
                  "Le ministre a promis jeudi de faire de l'OSCE un lieu de dialogue malgré les tensions entre "
                  "les États.\nLe Conseil "
                  f"ministériel s'est achevé sans déclaration commune.\n{line}\n")
    assert record.date.isoformat() == date


def test_a_closing_sentence_with_a_date_but_no_broadcast_word_dates_nothing():
    record = _one("Radio\nMonde\nLa Suisse prend la présidence de l'OSCE dans un climat de méfiance\n"
                  "Le ministre a promis jeudi de faire de l'OSCE un lieu de dialogue malgré les tensions entre "
                  "les États.\nLa prochaine "
                  "réunion aura lieu le 4 décembre 2026 à Genève.\n")
    assert record.date is None


# ------------------------------------------------------------- rules after c9 (H7)

@pytest.mark.parametrize("sentence, source", [
    # an Azerbaijani agency naming itself as the reporter near the text's start (APA.az c8_az, Report.az c9_az)
    ("APA xəbər verir ki, nazir çıxışında sülh prosesi barədə məlumat verib.", "Azerbaijan Press Agency"),
    ("Report xəbər verir ki, tədbirdə nəqliyyat layihələri barədə məlumat verilib.", "Report News Agency"),
])
def test_an_agency_reporting_in_a_sentence(sentence, source):
    record = _one("Xəbərlər\nXarici siyasət\nNazir ATƏT Nazirlər Şurasının iclasında çıxış edib\n04.12.2025 [15:37]\n"
                  "Azərbaycanın xarici işlər naziri Vyanada ATƏT Nazirlər Şurasının iclasında çıxış edib.\n"
                  f"{sentence}\n")
    assert record.source == source


def test_a_word_that_is_no_agency_reporting_is_no_issuer():
    record = _one("Xəbərlər\nXarici siyasət\nNazir ATƏT Nazirlər Şurasının iclasında çıxış edib\n04.12.2025 [15:37]\n"
                  "Azərbaycanın xarici işlər naziri Vyanada ATƏT Nazirlər Şurasının iclasında çıxış edib.\nNazirlik "
                  "xəbər verir ki, görüşlər davam edəcək.\n")
    assert record.source is None
