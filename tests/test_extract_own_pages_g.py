"""Issue 11, line g (H7): an unbiased measurement. Whole pages of our own (32, in three sets g1-g3) written
by a helper who had not read the extraction rules, the reference data or the other own-page lines, in the
shapes real sites print: osce.org (new layout, an old layout with its metadata block, a web-archive capture of
an old page), the OSCE PA's site, a field operation's own site, an aggregator (ReliefWeb-like), national news
agencies, broadcasters, papers, portals and ministries of foreign affairs, in en, ru, sr (both scripts), sq,
ka, de, fr, kk, hy, pl, uk, bs, mk, az, ky, tg, it, es, ro, uz, tk, mn, cs, hu, bg, el and tr, with their
site chrome (menus, cookie lines, share buttons, teasers, footers).

The gold follows tests/gold/README.md: title as on the page; date from the metadata, a stamp or the dateline
(never an archive's crawl stamp or an aggregator's "Posted"); place the dateline's, in the page's language,
title case; source explicit (a ``Source:`` line, an agency in the dateline or closing the text, ``Izvor:``,
``Πηγή:``, ``Manba:``) or inferred (an OSCE body's own site by its masthead or path, a headline reporting a
body's visit), a masthead of a news or government site naming no issuer; States also by national adjective,
never from menus, teasers or photo credits; persons in the nominative as the text gives them, bylines and
photo credits out, press contacts in; organizations by official English name and, where the page does not
write it, as written or by acronym ("Organizations as written"), no State organs, posts, the OSCE as a whole
or a masthead.

Method: pages and gold were committed before the extractor was run on them; the figures as they came are
recorded in ``AS_THEY_CAME`` in a commit of their own, and the tests hold them as floors.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

RU = "Russian Federation"
BIH = "Bosnia and Herzegovina"
SMM = "OSCE Special Monitoring Mission to Ukraine"
ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
PA = "OSCE Parliamentary Assembly"
HCNM = "OSCE High Commissioner on National Minorities"
RFOM = "OSCE Representative on Freedom of the Media"
EU = "European Union"
UN = "United Nations"
UNDP = "United Nations Development Programme"
BISHKEK = "OSCE Programme Office in Bishkek"
ASTANA = "OSCE Programme Office in Astana"
SG = "Feridun Sinirlioğlu"
ICRC = "International Committee of the Red Cross"

FIELDS = ("title", "date", "place", "source", "inferred", "states", "field_operations", "persons",
          "organizations")

#: file: (title, date, place, source, source_inferred, states, field_operations, persons, organizations)
GOLD: dict[str, tuple] = {
    # g1
    "g1_en.txt": ("ODIHR deploys election observation mission to Kyrgyzstan ahead of early parliamentary elections",
                  "2026-11-02", "Bishkek", ODIHR, True,
                  ["Kyrgyzstan"], [BISHKEK], ["Eoghan Murphy", "Katya Andrusz"],
                  [ODIHR, UNDP, PA, "Parliamentary Assembly of the Council of Europe"]),
    "g1_ru.txt": ("ОБСЕ и Казахстан обсудили сотрудничество в сфере экологии", "2026-11-12", "Астана", "Kazinform",
                  False,
                  ["Kazakhstan", "Uzbekistan", "Kyrgyzstan"], [ASTANA], ["Ермек Кошербаев", "Фолькер Фробарт"],
                  [("Kazinform", "Казинформ"),
                   ("L.N. Gumilyov Eurasian National University",
                    "Евразийский национальный университет имени Л. Н. Гумилёва"),
                   UNDP]),
    "g1_sr.txt": ("Мисија ОЕБС-а у Србији подржала обуку младих новинара у Новом Пазару", "2026-11-17", "Нови Пазар",
                  "Tanjug", False,
                  ["Serbia", "Norway"], ["OSCE Mission to Serbia"], ["Милица Радовић"],
                  [("State University of Novi Pazar", "Државни универзитет у Новом Пазару"), EU,
                   ("Tanjug", "Танјуг")]),
    "g1_sq.txt": ("OSBE dhe KQZ trajnojnë komisionerët e zonave zgjedhore para zgjedhjeve vendore", "2026-11-20",
                  None, None, False,
                  ["Albania"], ["OSCE Presence in Albania"], ["Ilirjan Celibashi"],
                  ["Council of Europe", ("University of Tirana", "Universiteti i Tiranës"),
                   ("Albanian Institute for International Studies", "Instituti Shqiptar i Studimeve Ndërkombëtare",
                    "AIIS")]),
    "g1_ka.txt": ("საგარეო საქმეთა მინისტრის მოადგილე ოდირის დირექტორს შეხვდა", "2026-11-25", None, None, False,
                  ["Georgia", RU], [], ["ლაშა დარსალია", "მარია ტელალიანი"],
                  [ODIHR, "European Union Monitoring Mission in Georgia"]),
    "g1_de.txt": ("OSZE-Medienbeauftragter Braathu warnt vor Druck auf Journalisten in Georgien", "2026-12-03", "Wien",
                  "Austria Presse Agentur", False,
                  ["Georgia"], [], ["Jan Braathu", "Mzia Amaglobeli"],
                  [RFOM, ("Reporters Without Borders", "Reporter ohne Grenzen"), EU,
                   ("Georgian Dream", "Georgischer Traum"), ("Austria Presse Agentur", "APA")]),
    "g1_fr.txt": ("Ignazio Cassis dresse un bilan mitigé de la présidence suisse de l'OSCE", "2026-12-04", None,
                  "Keystone-SDA", False,
                  ["Switzerland", RU, "Ukraine"], [], ["Ignazio Cassis", SG],
                  [(ICRC, "Comité international de la Croix-Rouge", "CICR"), ("Keystone-SDA", "ats", "Keystone-ATS")]),
    "g1_kk.txt": ("ЕҚЫҰ Парламенттік ассамблеясының делегациясы Астанаға келді", "2026-11-28", None, None, False,
                  ["Kazakhstan", "Finland"], [ASTANA], ["Мәулен Әшімбаев", "Пиа Каума"],
                  [PA, ("Nazarbayev University", "Назарбаев Университеті")]),
    "g1_hy.txt": ("Արարատ Միրզոյանը հանդիպել է ԵԱՀԿ գլխավոր քարտուղարի հետ", "2026-12-02", "Երևան", "Armenpress",
                  False,
                  ["Armenia", "Azerbaijan"], ["OSCE Office in Yerevan"], ["Արարատ Միրզոյան", "Ֆերիդուն Սինիրլիօղլու"],
                  [("Armenpress", "ԱՐՄԵՆՊՐԵՍ"), "OSCE Minsk Group", "European Union Mission in Armenia"]),
    "g1_pl.txt": ("Wiceminister Władysław Teofil Bartoszewski w Wiedniu o bezpieczeństwie regionu", "2026-11-19", None,
                  None, False,
                  [RU, "Ukraine", "Belarus", "Poland"], [], ["Władysław Teofil Bartoszewski", SG],
                  [ODIHR, ("Centre for Eastern Studies", "Ośrodek Studiów Wschodnich", "OSW")]),
    # g2
    "g2_en.txt": ("OSCE PA President condemns attack on journalists in Kharkiv", "2026-11-24", "Copenhagen", PA, True,
                  ["Finland", RU, "Ukraine"], [], ["Pia Kauma", "Roberto Montella", "Nat Parry"],
                  [PA, "National Union of Journalists of Ukraine", "Committee to Protect Journalists"]),
    "g2_en_old.txt": ("Regional round table in Tashkent discusses cross-border water management", "2005-10-12",
                      "Tashkent", "OSCE Centre in Tashkent", False,
                      ["Uzbekistan", "Afghanistan"], ["OSCE Centre in Tashkent"], ["Miroslav Jenča"],
                      ["Asian Development Bank", "United Nations Economic Commission for Europe"]),
    "g2_uk.txt": ("Сибіга обговорив з генсеком ОБСЄ звільнення цивільних, утримуваних росією", "2026-12-05", None,
                  "Ukrinform", False,
                  ["Ukraine", RU], [SMM], ["Андрій Сибіга", "Ферідун Сінірліоглу"],
                  [("Ukrinform", "Укрінформ"), (ICRC, "Міжнародний комітет Червоного Хреста"), UN]),
    "g2_bs.txt": ("Misija OSCE-a u BiH: Zabrinjavajući napadi na povratnike u Podrinju", "2026-11-23", None,
                  "Federal News Agency", False,
                  [BIH], ["OSCE Mission to Bosnia and Herzegovina"], ["Brian Aggeler"],
                  [("Office of the High Representative", "Ured visokog predstavnika", "OHR"),
                   ("Mothers of the Srebrenica and Žepa Enclaves", "Udruženje Pokret majki enklava Srebrenica i Žepa",
                    "Pokret majki enklava Srebrenica i Žepa"),
                   ("Alliance of Independent Social Democrats", "Savez nezavisnih socijaldemokrata", "SNSD"),
                   ("Federal News Agency", "Fena")]),
    "g2_mk.txt": ("Мисијата на ОБСЕ во Скопје го поддржа Собранието во подготовката на законот за слободен пристап "
                  "до информации", "2026-11-26", "Скопје", "Media Information Agency", False,
                  ["North Macedonia"], ["OSCE Mission to Skopje"], ["Килиан Вал", "Африм Гаши"],
                  [("Media Information Agency", "МИА"),
                   ("Ss. Cyril and Methodius University in Skopje", "Универзитет „Св. Кирил и Методиј“",
                    "Универзитетот „Св. Кирил и Методиј“"),
                   ("National Democratic Institute", "Национален демократски институт",
                    "Националниот демократски институт", "НДИ")]),
    "g2_az.txt": ("Ceyhun Bayramov ATƏT-in Baş katibi ilə telefon danışığı aparıb", "2026-11-27", "Bakı",
                  "Azertac", False,
                  ["Azerbaijan", "Armenia"], [], ["Ceyhun Bayramov", SG],
                  [("Azertac", "Azerbaijan State News Agency", "AZƏRTAC"), "OSCE Minsk Group"]),
    "g2_ky.txt": ("ЕККУнун Бишкектеги программалык кеңсеси жаштар үчүн форум өткөрдү", "2026-12-01", "Бишкек",
                  "Kabar", False,
                  ["Kyrgyzstan"], [BISHKEK], ["Алексей Рогов"],
                  [("Kabar", "Kabar National News Agency", "Кабар"),
                   ("Jusup Balasagyn Kyrgyz National University",
                    "Жусуп Баласагын атындагы Кыргыз улуттук университети"),
                   "OSCE Academy in Bishkek"]),
    "g2_tg.txt": ("Сироҷиддин Муҳриддин бо Дабири кулли САҲА мулоқот кард", "2026-11-20", "Душанбе",
                  "Khovar", False,
                  ["Tajikistan", "Afghanistan"], ["OSCE Programme Office in Dushanbe"],
                  ["Сироҷиддин Муҳриддин", "Феридун Синирлиоғлу"],
                  [("Khovar", "National Information Agency of Tajikistan", "Ховар", "АМИТ «Ховар»")]),
    "g2_it.txt": ("Balcani, Tajani: \"L'Italia sostiene la missione Osce in Kosovo\"", "2026-11-24", "Roma",
                  "Agenzia Nazionale Stampa Associata", False,
                  ["Italy", "Serbia"], ["OSCE Mission in Kosovo"], ["Antonio Tajani"],
                  [("Agenzia Nazionale Stampa Associata", "ANSA"), ("Kosovo Force", "Kfor", "KFOR"),
                   "European Union Rule of Law Mission in Kosovo", EU]),
    "g2_es.txt": ("Albares se reúne en Madrid con la jefa de la misión de la OSCE en Moldavia", "2026-11-16", "Madrid",
                  "Agencia EFE", False,
                  ["Moldova", RU, "Spain"], ["OSCE Mission to Moldova"], ["José Manuel Albares", "Kelly Keiderling"],
                  [("Agencia EFE", "EFE"), EU, ("Elcano Royal Institute", "Real Instituto Elcano")]),
    "g2_ro.txt": ("Misiunea OSCE a instruit polițiști din Găgăuzia privind combaterea violenței în familie",
                  "2026-10-09", "Comrat", "OSCE Mission to Moldova", True,
                  ["Moldova"], ["OSCE Mission to Moldova"], ["Natalia Rusu"], [UNDP]),
    # g3
    "g3_en.txt": ("OSCE High Commissioner on National Minorities visits Kyrgyzstan and Uzbekistan", "2026-11-17",
                  "Bishkek / Tashkent", "Organization for Security and Co-operation in Europe", False,
                  ["Kyrgyzstan", "Uzbekistan"], [BISHKEK, "OSCE Project Co-ordinator in Uzbekistan"],
                  ["Christophe Kamp"],
                  [HCNM, "United Nations Educational, Scientific and Cultural Organization"]),
    "g3_en_arch.txt": ("OSCE media freedom representative calls on Turkey to release imprisoned journalists",
                       "2012-10-12", "Vienna", RFOM, True,
                       ["Türkiye"], [], ["Dunja Mijatović"], [RFOM, "Committee to Protect Journalists"]),
    "g3_sr.txt": ("OEBS: Mediji u Srbiji pod sve većim pritiskom", "2026-11-21", "Beograd", "Beta News Agency", False,
                  ["Serbia"], ["OSCE Mission to Serbia"], ["Jan Braatu"],
                  [RFOM,
                   ("Independent Journalists' Association of Serbia", "Nezavisno udruženje novinara Srbije", "NUNS"),
                   ("Serbian Progressive Party", "Srpska napredna stranka", "SNS"), ("Beta News Agency", "Beta")]),
    "g3_uz.txt": ("Oʻzbekiston va YeXHT hamkorligi muhokama qilindi", "2026-11-25", None,
                  "National News Agency of Uzbekistan", False,
                  ["Uzbekistan"], ["OSCE Project Co-ordinator in Uzbekistan"], ["Baxtiyor Saidov", "Antti Karttunen"],
                  [("National News Agency of Uzbekistan", "UzA"),
                   ("University of World Economy and Diplomacy", "Jahon iqtisodiyoti va diplomatiya universiteti")]),
    "g3_tk.txt": ("Türkmenistanyň DIM-de ÝHHG-niň Aşgabatdaky merkeziniň ýolbaşçysy bilen duşuşyk geçirildi",
                  "2026-12-02", None, None, False,
                  ["Turkmenistan"], ["OSCE Centre in Ashgabat"], ["Raşit Meredow"],
                  [("Institute of International Relations of the Ministry of Foreign Affairs of Turkmenistan",
                    "Türkmenistanyň Daşary işler ministrliginiň Halkara gatnaşyklary instituty")]),
    "g3_mn.txt": ("Гадаад харилцааны сайд ЕАБХАБ-ын Ерөнхий нарийн бичгийн даргатай уулзав", "2026-11-26",
                  "Улаанбаатар", "Montsame", False,
                  ["Mongolia"], [], ["Б.Батцэцэг", "Феридун Синирлиоглу"],
                  [("Montsame", "МОНЦАМЭ"), UN]),
    "g3_cs.txt": ("Čeští pozorovatelé ODIHR odjedou na volby do Arménie", "2026-06-08", None, "Czech News Agency",
                  False,
                  ["Czechia", "Armenia", "Azerbaijan"], [], ["Jan Hrubý"],
                  [ODIHR, ("Masaryk University", "Masarykova univerzita"),
                   ("Association for International Affairs", "Asociace pro mezinárodní otázky", "AMO"),
                   ("Czech News Agency", "ČTK")]),
    "g3_hu.txt": ("Szijjártó Péter Bécsben tárgyalt az EBESZ főtitkárával", "2025-03-12", "Bécs",
                  "Hungarian News Agency", False,
                  ["Hungary", "Ukraine"], [SMM], ["Szijjártó Péter", SG],
                  [("Hungarian News Agency", "MTI"), EU]),
    "g3_bg.txt": ("Министър Георг Георгиев се срещна с генералния секретар на ОССЕ", "2026-12-02", "София",
                  "Bulgarian News Agency", False,
                  ["Bulgaria", "North Macedonia"], [], ["Георг Георгиев", "Феридун Синирлиоглу"],
                  [("Bulgarian News Agency", "БТА"), EU,
                   ("Sofia University", "Софийски университет „Св. Климент Охридски“")]),
    "g3_el.txt": ("Συνάντηση Γεραπετρίτη με τον Γενικό Γραμματέα του ΟΑΣΕ στην Αθήνα", "2026-12-03", None,
                  "Athens-Macedonian News Agency", False,
                  ["Greece", "Türkiye"], [], ["Γιώργος Γεραπετρίτης", "Φεριντούν Σινιρλίογλου"],
                  [("Athens-Macedonian News Agency", "ΑΠΕ-ΜΠΕ"),
                   ("National and Kapodistrian University of Athens", "Πανεπιστήμιο Αθηνών")]),
    "g3_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu, Dışişleri Bakanı Fidan ile görüştü", "2026-12-04", "Ankara",
                  "Anadolu Agency", False,
                  ["Türkiye", RU, "Ukraine"], [], ["Hakan Fidan", SG],
                  [("Anadolu Agency", "Anadolu Ajansı", "AA"), UN, ("North Atlantic Treaty Organization", "NATO")]),
}

#: each page's site shape (the worst group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "g1_en.txt": "osce.org", "g1_ru.txt": "agency", "g1_sr.txt": "broadcaster", "g1_sq.txt": "broadcaster",
    "g1_ka.txt": "government", "g1_de.txt": "paper", "g1_fr.txt": "broadcaster", "g1_kk.txt": "broadcaster",
    "g1_hy.txt": "agency", "g1_pl.txt": "government",
    "g2_en.txt": "osce body site", "g2_en_old.txt": "osce.org", "g2_uk.txt": "agency", "g2_bs.txt": "portal",
    "g2_mk.txt": "agency", "g2_az.txt": "agency", "g2_ky.txt": "agency", "g2_tg.txt": "agency",
    "g2_it.txt": "agency", "g2_es.txt": "agency", "g2_ro.txt": "osce body site",
    "g3_en.txt": "mirror", "g3_en_arch.txt": "mirror", "g3_sr.txt": "paper", "g3_uz.txt": "portal",
    "g3_tk.txt": "government", "g3_mn.txt": "agency", "g3_cs.txt": "broadcaster", "g3_hu.txt": "broadcaster",
    "g3_bg.txt": "agency", "g3_el.txt": "broadcaster", "g3_tr.txt": "agency",
}

PAGES = OwnPages("g", GOLD, FIELDS)






#: each set's figures as they came, measured once on the tree of 2891cd5 (the commit that wrote the pages and
#: this gold, before any rule saw them): accuracy of the one-value fields, (P, R, F1) of the four sets
# The lead's correction (after the first record): the gold named three agencies by a full English name
# ("Azerbaijan State News Agency", "Kabar National News Agency", "National Information Agency of
# Tajikistan") where tests/gold/README.md asks for the canonical label, which is the reference data's
# label ("Azertac", "Kabar", "Khovar", as eleven earlier gold values have it); the full names stay as
# alternatives for organizations. And the first record was taken on a working tree holding another
# helper's unfinished edit of mentions.py: the figures below are re-measured on the committed tree of
# f834f67 (no rule changed since 2891cd5). As first recorded: g1 organizations (0.92, 0.793, 0.852);
# pooled source 0.719, organizations (0.867, 0.765, 0.812); with the old labels on that tree, pooled
# source 0.719, organizations (0.865, 0.753, 0.805).
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # g1: osce.org's breadcrumb naming ODIHR's section and a headline reporting the PA's visit (Kazakh) give no
    # inferred issuer; Keystone-SDA's closing "ats/vajo" unread; Related-content teasers' States (Armenia,
    # Georgia) and HCNM taken; bodies in case forms or without an English reference name missed (Russian
    # instrumental "Евразийским национальным университетом", Serbian genitive, Kazakh "Назарбаев
    # Университетінің", German "Georgischer Traum"); the EU's mission in Armenia given as the EU; "Ново Пазару"
    # read as a person and "предавачица Милица Радовић" missed; a Kazakh name in the instrumental missed
    "g1": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.7, "states": (0.913, 1.0, 0.955),
           "field_operations": (1.0, 1.0, 1.0), "persons": (0.941, 0.889, 0.914),
           "organizations": (0.917, 0.759, 0.83)},
    # g2 (source and organizations re-scored after the gold's agency labels were made the canonical ones,
    # see the module's note: as first committed 0.636 and (0.8, 0.69, 0.741)); Ukrinform's closing
    # "передає Укрінформ" unread; a NATO teaser under "Читайте також:" taken; KFOR, EULEX, OHR, a Macedonian
    # university in the definite form, a Kyrgyz university in the locative missed; "Udruženje Pokret" cut
    "g2": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.909, "states": (1.0, 1.0, 1.0),
           "field_operations": (1.0, 1.0, 1.0), "persons": (1.0, 1.0, 1.0),
           "organizations": (0.92, 0.793, 0.852)},
    # g3: an aggregator's tag line ("Kyrgyzstan + 1 more") and an archive capture's masthead taken for the
    # title; Montsame's year-first dateline read for neither date nor place; closing "ČTK, bar" and a lone
    # "Beta" unread; Czech genitive "Jana Hrubého" and Mongolian comitative "Синирлиоглутай" kept in case; the
    # SMM in Hungarian ("az EBESZ ukrajnai különleges megfigyelő missziójának") missed; footer chrome (UN OCHA,
    # "HAS") taken; Greek, Uzbek, Turkmen bodies in case forms missed; "НҮБ" (UN, Mongolian) missed
    "g3": {"title": 0.818, "date": 0.909, "place": 0.909, "source": 0.818, "states": (1.0, 1.0, 1.0),
           "field_operations": (1.0, 0.833, 0.909), "persons": (0.882, 0.882, 0.882),
           "organizations": (0.88, 0.815, 0.846)},
    # all 32 pooled; worst groups by site shape: mirror (2 pages) title 0.0, organizations 0.8; paper (2) and
    # osce.org (2) source 0.5; broadcaster (7) source 0.571, persons 0.762, field operations 0.857; osce.org
    # States 0.75; portal (2) organizations 0.6; agency (12) source 0.667, organizations 0.742
    "g1-g3": {"title": 0.938, "date": 0.969, "place": 0.969, "source": 0.812, "states": (0.968, 1.0, 0.984),
              "field_operations": (1.0, 0.952, 0.976), "persons": (0.942, 0.925, 0.933),
              "organizations": (0.905, 0.788, 0.843)},
}

#: the worst site-shape group of each field over all 32 pages, as it came (accuracy or F1)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "title": ("mirror", 0.0), "date": ("agency", 0.917), "place": ("agency", 0.917), "source": ("osce.org", 0.5),
    "states": ("osce.org", 0.75), "field_operations": ("broadcaster", 0.857), "persons": ("broadcaster", 0.762),
    "organizations": ("portal", 0.6),
}


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


if __name__ == "__main__":          # python tests/test_extract_own_pages_g.py [g1 ...]: figures and misses
    PAGES.main(sys.argv[1:], SHAPES)
