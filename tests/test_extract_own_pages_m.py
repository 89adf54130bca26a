"""Issue 11, line m (session 9, helper M): persons in case forms and organizations outside the reference data,
on pages no rule has seen. Whole pages of our own (25, in three sets m1-m3) in the shapes of papers,
broadcasters, news agencies, portals, two ministries, an NGO's site and a field operation's site, in pl, cs,
hu, tr, fi, lv, ro, en, sr, ru, uk, sk, sl, lt, et, de, hr, bg, mk, sq, az, kk, it and es, with their chrome
(mastheads, menus, teasers, footers). Each page names persons in the case its grammar gives them (Polish
instrumental and genitive, Czech dative, Hungarian instrumental, Turkish suffixes after an apostrophe,
Finnish genitive, Latvian accusative and genitive, Slovak and Slovene instrumental, Lithuanian genitive,
Estonian comitative and genitive, Serbian and Croatian instrumental and genitive, Russian and Ukrainian
genitive and instrumental, Albanian ablative) and bodies the reference data does not hold: universities,
institutes, journalists' associations and unions, parties, NGOs, by name in the page's language (often in
an oblique case) and by acronym ("Full Name (ACR)", "ACR (Full Name)"). Persons' names also stand inside
bodies' names ("Universitatea „Alexandru Ioan Cuza”", "імені Тараса Шевченка", "„Гоце Делчев“",
"әл-Фараби атындағы"), and institution words in oblique cases stand next to persons.

The gold follows tests/gold/README.md and lines d, f, g, i: ``states`` every sovereign State named, also by
name inside a body's name, never from menus, mastheads or teasers; ``persons`` in the nominative as the text
first gives them in full, in its script, bylines excluded, press contacts included (a Baltic page's form of a
foreign name, or the name itself: a tuple of both); ``organizations`` by official English name and, where the
page does not write it, the name as the page writes it in the nominative, or its acronym ("Organizations as
written"); no State organs (ministries, parliaments, border police, regional governments), posts, the OSCE as a
whole, field operations, or the site's masthead. A body named with its faculty is the university.

Method: the pages and this gold were committed before the extractor was run on them; the figures as they came
are recorded in a commit of their own, then the line is used for rules that hold on pages of two sources or
more.

F1 as they came (25 pages, c0e82e2): States 0.988, persons 0.874 (P 0.863, R 0.886), organizations 0.670 (P 0.884,
R 0.540). After the round's rules (tuned on these pages: an upper bound): States 1.000, persons 1.000, organizations
0.950 (P 0.972, R 0.929). Rules and checks in README.md, issue 11, "Session 9, persons and organizations".
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

RU = "Russian Federation"
SG = "Feridun Sinirlioğlu"
ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
RFOM = "OSCE Representative on Freedom of the Media"
HCNM = "OSCE High Commissioner on National Minorities"
NUNS = ("Independent Journalists' Association of Serbia", "NUNS")
BIRN = ("Balkan Investigative Reporting Network", "BIRN")

FIELDS = ("states", "persons", "organizations")

#: file: (states, persons, organizations)
GOLD: dict[str, tuple] = {
    # m1
    "m1_pl.txt": (["Poland", "Belarus"],
                  ["Jan Braathu", "Tomasz Wierzbicki", "Katarzyna Lewandowska", "Marek Zieliński", "Joanna Mazur"],
                  [RFOM, ("University of Gdańsk", "Uniwersytet Gdański"),
                   ("Association of Polish Journalists", "Stowarzyszenie Dziennikarzy Polskich", "SDP"),
                   ("Institute of Public Affairs", "Instytut Spraw Publicznych"),
                   ("Civic Coalition", "Koalicja Obywatelska")]),
    "m1_cs.txt": (["Ukraine", "Moldova"],
                  [SG, "Petra Novotná", "Jan Grolich", "Lukáš Hrubý", "Vítězslav Kvapil"],
                  [("Masaryk University", "Masarykova univerzita"),
                   ("Association for International Affairs", "Asociace pro mezinárodní otázky", "AMO"),
                   ("Green Party", "Strana zelených")]),
    "m1_hu.txt": (["Ukraine", "Hungary"],
                  [SG, "Kovács Gergely", "Tóth Erzsébet", "Szabó András"],
                  [("Corvinus University of Budapest", "Budapesti Corvinus Egyetem", "Corvinus Egyetem"),
                   ("Hungarian Institute of International Affairs", "Magyar Külügyi Intézet"),
                   ("Hungarian Journalists' Association", "Magyar Újságírók Országos Szövetsége", "MÚOSZ"),
                   ("Momentum Movement", "Momentum Mozgalom", "Momentum")]),
    "m1_tr.txt": (["Türkiye", "Ukraine", "Georgia"],
                  [SG, "Ayşe Kaya", "Mehmet Demir", "Elif Yıldız"],
                  [("Ankara University", "Ankara Üniversitesi", "Ankara Üniversitesi Siyasal Bilgiler Fakültesi",
                    "Siyasal Bilgiler Fakültesi"),
                   ("Turkish Journalists' Association", "Türkiye Gazeteciler Cemiyeti", "TGC"),
                   ("Turkish Economic and Social Studies Foundation", "Türkiye Ekonomik ve Sosyal Etüdler Vakfı",
                    "TESEV")]),
    "m1_fi.txt": ([RU, "Georgia", "Finland"],
                  ["Jan Braathu", "Hanne Aho", "Mikko Lehtonen", "Saara Virtanen"],
                  [RFOM, ("University of Helsinki", "Helsingin yliopisto"),
                   ("Union of Journalists in Finland", "Suomen Journalistiliitto"),
                   ("Finnish Institute of International Affairs", "Ulkopoliittinen instituutti"),
                   ("Green League", "Vihreä liitto")]),
    "m1_lv.txt": (["Latvia", "Ukraine"],
                  [("Kristofs Kamps", "Christophe Kamp"), "Jānis Bērziņš", "Ilze Ozola", "Kārlis Liepiņš",
                   "Anna Kalniņa"],
                  [HCNM, ("University of Latvia", "Latvijas Universitāte"),
                   ("Latvian Journalists' Association", "Latvijas Žurnālistu asociācija"),
                   ("Latvian Institute of International Affairs", "Latvijas Ārpolitikas institūts"),
                   ("The Progressives", "Progresīvie")]),
    "m1_ro.txt": (["Moldova", "Romania"],
                  ["Kelly Keiderling", "Mihai Popescu", "Elena Rusu", "Andrei Ionescu", "Victor Munteanu"],
                  [("Alexandru Ioan Cuza University", "Universitatea „Alexandru Ioan Cuza” din Iași",
                    "Universitatea „Alexandru Ioan Cuza”", "Universitatea Alexandru Ioan Cuza",
                    "Universitatea Alexandru Ioan Cuza din Iași"),
                   ("Association of Independent Journalists", "Asociația Jurnaliștilor Independenți"),
                   ("Legal Resources Centre", "Centrul de Resurse Juridice", "CRJ"),
                   ("Party of Action and Solidarity", "Partidul Acțiune și Solidaritate", "PAS")]),
    "m1_en.txt": (["Serbia", "Montenegro"],
                  ["Milica Jovanović", "Arben Krasniqi", "Maja Sever"],
                  [RFOM, BIRN, NUNS, ("Association of Journalists of Kosovo", "AJK"),
                   ("Trade Union of Media of Montenegro", "SMCG"), "University of Donja Gorica",
                   ("European Federation of Journalists", "EFJ"), ("International Press Institute", "IPI")]),
    # m2
    "m2_sr.txt": (["Serbia"],
                  ["Jan Braathu", "Dragan Stojanović", "Jelena Petrović", "Miloš Nikolić", "Ivan Marković",
                   "Marija Đorđević"],
                  [RFOM, ("Independent Journalists' Association of Serbia", "Nezavisno udruženje novinara Srbije",
                          "NUNS"),
                   ("Journalists' Association of Serbia", "Udruženje novinara Srbije", "UNS"),
                   ("Bureau for Social Research", "Biro za društvena istraživanja", "BIRODI"),
                   ("University of Belgrade", "Univerzitet u Beogradu",
                    "Fakultet političkih nauka Univerziteta u Beogradu", "Fakultet političkih nauka"),
                   ("Freedom and Justice Party", "Stranka slobode i pravde", "SSP")]),
    "m2_ru.txt": ([RU],
                  ["Мария Телалян", "Ильдар Сафин", "Андрей Кортунов", "Екатерина Волкова"],
                  [ODIHR, ("Kazan Federal University", "Казанский федеральный университет"),
                   ("Union of Journalists of Russia", "Союз журналистов России"),
                   ("Moscow Helsinki Group", "Московская Хельсинкская группа"),
                   ("Russian International Affairs Council", "Российский совет по международным делам", "РСМД"),
                   ("New People", "Новые люди")]),
    "m2_uk.txt": (["Ukraine", RU],
                  ["Ферідун Сінірліоглу", "Олена Ковальчук", "Сергій Томенко", "Ірина Бойко"],
                  [("Taras Shevchenko National University of Kyiv",
                    "Київський національний університет імені Тараса Шевченка"),
                   ("National Union of Journalists of Ukraine", "Національна спілка журналістів України", "НСЖУ"),
                   ("Institute of Mass Information", "Інститут масової інформації", "ІМІ"),
                   ("Servant of the People", "Слуга народу")]),
    "m2_sk.txt": (["Slovakia", "Ukraine"],
                  ["Christophe Kamp", "Marek Hudec", "Zuzana Krajčírová", "Juraj Mesík", "Tomáš Valášek"],
                  [HCNM, ("Comenius University", "Univerzita Komenského", "Univerzita Komenského v Bratislave"),
                   ("Slovak Syndicate of Journalists", "Slovenský syndikát novinárov"),
                   ("Slovak Foreign Policy Association", "Slovenská spoločnosť pre zahraničnú politiku", "SFPA"),
                   ("Progressive Slovakia", "Progresívne Slovensko")]),
    "m2_sl.txt": (["Slovenia"],
                  ["Maria Telalian", "Zdravko Kačič", "Maja Kovač", "Marko Golobič", "Nina Zupan"],
                  [ODIHR, ("University of Maribor", "Univerza v Mariboru"),
                   ("Slovene Association of Journalists", "Društvo novinarjev Slovenije", "DNS"),
                   ("Peace Institute", "Mirovni inštitut"), ("Freedom Movement", "Gibanje Svoboda")]),
    "m2_lt.txt": (["Lithuania", "Belarus"],
                  [("Feridunas Sinirlioğlu", SG), "Rimvydas Petrauskas", "Dainora Lukauskienė", "Linas Kojala",
                   "Ieva Kairienė"],
                  [("Vilnius University", "Vilniaus universitetas"),
                   ("Lithuanian Union of Journalists", "Lietuvos žurnalistų sąjunga"),
                   ("Eastern Europe Studies Centre", "Rytų Europos studijų centras", "RESC"),
                   ("Homeland Union", "Tėvynės sąjunga")]),
    "m2_et.txt": (["Estonia", "Ukraine"],
                  ["Maria Telalian", "Toomas Asser", "Helle Tiikmaa", "Mart Kallas", "Liina Saar"],
                  [ODIHR, ("University of Tartu", "Tartu Ülikool"),
                   ("Estonian Association of Journalists", "Eesti Ajakirjanike Liit"),
                   ("International Centre for Defence and Security", "Rahvusvaheline Kaitseuuringute Keskus"),
                   ("Estonian Reform Party", "Reformierakond", "Eesti Reformierakond")]),
    "m2_de.txt": (["Austria"],
                  ["Beate Meinl-Reisinger", "Sebastian Schütze", SG, "Daniela Kraus", "Gerhard Mangott"],
                  [("University of Vienna", "Universität Wien"),
                   ("Austrian Institute for International Affairs", "Österreichisches Institut für Internationale "
                    "Politik", "oiip"),
                   ("Diplomatic Academy of Vienna", "Diplomatische Akademie Wien"),
                   ("Presseclub Concordia", "Concordia"), ("University of Innsbruck", "Universität Innsbruck")]),
    # m3
    "m3_hr.txt": (["Croatia"],
                  ["Maria Telalian", "Nebojša Blanuša", "Ana Horvat", "Tonči Kuzmanić", "Ivan Babić"],
                  [ODIHR, ("University of Zagreb", "Sveučilište u Zagrebu",
                           "Fakultet političkih znanosti Sveučilišta u Zagrebu", "Fakultet političkih znanosti"),
                   "GONG", ("Human Rights House Zagreb", "Kuća ljudskih prava Zagreb", "Kuća ljudskih prava"),
                   ("Institute for Development and International Relations",
                    "Institut za razvoj i međunarodne odnose", "IRMO"),
                   ("Social Democratic Party of Croatia", "Socijaldemokratska partija Hrvatske", "SDP")]),
    "m3_bg.txt": (["Ukraine", "Bulgaria"],
                  ["Феридун Синирлиоглу", "Георги Вълчев", "Иван Кръстев", "Мария Иванова"],
                  [("Sofia University", "Софийски университет „Св. Климент Охридски“", "Софийски университет",
                    "Софийският университет"),
                   ("Union of Bulgarian Journalists", "Съюз на българските журналисти", "СБЖ"),
                   ("Centre for Liberal Strategies", "Център за либерални стратегии"),
                   ("We Continue the Change", "Продължаваме промяната")]),
    "m3_mk.txt": (["North Macedonia"],
                  ["Јохан Берг", "Дејан Мирчевски", "Младен Чадиковски", "Ана Стојановска", "Никола Јованов"],
                  [("Goce Delčev University of Štip", "Универзитет „Гоце Делчев“", "Универзитетот „Гоце Делчев“"),
                   ("Association of Journalists of Macedonia", "Здружение на новинарите на Македонија",
                    "Здружение на новинари на Македонија", "ЗНМ"),
                   ("Institute for Democracy Societas Civilis", "Институт за демократија „Социетас Цивилис“",
                    "ИДСЦС"),
                   ("VMRO-DPMNE", "ВМРО-ДПМНЕ")]),
    "m3_sq.txt": (["Albania"],
                  ["Clarisse Pásztory", "Artan Hoxha", "Aleksandër Çipa", "Gjergj Erebara", "Ornela Çuçi"],
                  [("University of Tirana", "Universiteti i Tiranës"),
                   ("Union of Albanian Journalists", "Unioni i Gazetarëve Shqiptarë", "UGSH"),
                   ("Balkan Investigative Reporting Network", "Rrjeti Ballkanik i Gazetarisë Investigative", "BIRN"),
                   ("Socialist Party of Albania", "Partia Socialiste")]),
    "m3_az.txt": (["Azerbaijan"],
                  [SG, "Elçin Babayev", "Rəşad Məcid", "Aynur Həsənova"],
                  [("Baku State University", "Bakı Dövlət Universiteti"),
                   ("Azerbaijan Press Council", "Azərbaycan Mətbuat Şurası", "Mətbuat Şurası"),
                   ("New Azerbaijan Party", "Yeni Azərbaycan Partiyası")]),
    "m3_kk.txt": (["Kazakhstan"],
                  ["Феридун Синирлиоглу", "Жансейіт Түймебаев", "Сейітқазы Матаев", "Айгүл Серікқызы"],
                  [("Al-Farabi Kazakh National University", "Әл-Фараби атындағы Қазақ ұлттық университеті",
                    "Қазақ ұлттық университеті", "ҚазҰУ"),
                   ("Union of Journalists of Kazakhstan", "Қазақстан журналистер одағы"), "Amanat"]),
    "m3_it.txt": (["Italy", "Ukraine"],
                  [SG, "Roberto Di Lenarda", "Cristina Serra", "Marco Rossi", "Luca Bianchi"],
                  [("University of Trieste", "Università degli Studi di Trieste", "Università di Trieste"),
                   ("Italian National Press Federation", "Federazione Nazionale della Stampa Italiana", "FNSI"),
                   ("Istituto Affari Internazionali", "IAI"),
                   ("Democratic Party", "Partito Democratico", "PD")]),
    "m3_es.txt": (["Spain"],
                  ["José Manuel Albares", SG, "Carmen González", "Miguel Ángel Noceda"],
                  [("Complutense University of Madrid", "Universidad Complutense de Madrid", "UCM"),
                   ("Elcano Royal Institute", "Real Instituto Elcano"),
                   ("Federation of Journalists' Associations of Spain",
                    "Federación de Asociaciones de Periodistas de España", "FAPE")]),
    "m3_en.txt": (["Serbia"],
                  ["Anna Lindqvist", "Dejan Madić", "Dinko Gruhonjić", "Milan Petrović"],
                  ["University of Novi Sad", ("Independent Journalists' Association of Vojvodina", "NDNV"),
                   ("Novi Sad School of Journalism", "NSSJ"), NUNS, ("European Broadcasting Union", "EBU")]),
}

#: each page's site shape (each shape is two imagined sites or more; the worst group is reported)
SHAPES: dict[str, str] = {
    "m1_pl.txt": "paper", "m1_cs.txt": "broadcaster", "m1_hu.txt": "portal", "m1_tr.txt": "agency",
    "m1_fi.txt": "broadcaster", "m1_lv.txt": "agency", "m1_ro.txt": "paper", "m1_en.txt": "ngo or osce site",
    "m2_sr.txt": "portal", "m2_ru.txt": "agency", "m2_uk.txt": "broadcaster", "m2_sk.txt": "paper",
    "m2_sl.txt": "broadcaster", "m2_lt.txt": "portal", "m2_et.txt": "paper", "m2_de.txt": "government",
    "m3_hr.txt": "agency", "m3_bg.txt": "paper", "m3_mk.txt": "portal", "m3_sq.txt": "broadcaster",
    "m3_az.txt": "portal", "m3_kk.txt": "agency", "m3_it.txt": "paper", "m3_es.txt": "government",
    "m3_en.txt": "ngo or osce site",
}

PAGES = OwnPages("m", GOLD, FIELDS)
SETS = FIELDS

#: each set's figures as they came, measured once on the committed tree of c0e82e2 (the commit that wrote the
#: pages and this gold, before any rule saw them; read through a worktree of that commit, so that no helper's
#: unfinished edit took part): (P, R, F1) of the three sets
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # m1: persons left in case forms (Latvian "Jāni Bērziņu", "Kārļ Liepiņ"; Polish instrumental "Tomaszem
    # Wierzbickim" read into a university's name); false persons from a masthead ("Rádi Morav"), an oblique noun
    # phrase ("Együttműködési Szerveze") and a border police ("Poliția de Frontieră"); bodies missed in Czech,
    # Finnish, Hungarian, Latvian, Polish and Romanian oblique cases; a Hungarian State in a case form missed
    "m1": {"states": (1.0, 0.944, 0.971), "persons": (0.861, 0.886, 0.873), "organizations": (0.952, 0.541, 0.69)},
    # m2: persons in case forms (Estonian "Mart Kallase", Lithuanian "Lino Kojalos", Slovene "Mario Telalian",
    # "Mark Golobič", Slovak "Christoph Kamp"); a university and a noun phrase as persons ("Tartu Ülikooli", "Lage
    # der Medien"); bodies in the genitive missed (Estonian, Lithuanian, Slovene, Serbian, Russian, Slovak, Ukrainian)
    "m2": {"states": (1.0, 1.0, 1.0), "persons": (0.833, 0.897, 0.864), "organizations": (0.85, 0.425, 0.567)},
    # m3: persons in case forms (Albanian "Gjergj Erebarës", Azerbaijani "Rəşad Məcidin", "Aynur Həsənov"), Kazakh
    # persons after a post missed, "di Trieste" as a person; bodies in Kazakh, Bulgarian, Croatian genitives
    # missed; the masthead's European Union; VMRO-DPMNE given by the reference data's long label (the gold lacks it)
    "m3": {"states": (1.0, 1.0, 1.0), "persons": (0.897, 0.875, 0.886), "organizations": (0.857, 0.667, 0.75)},
    # all 25 pooled; worst groups by site shape: portal (5 pages) States 0.923; agency (5) persons 0.80;
    # broadcaster (5) organizations 0.581
    "m1-m3": {"states": (1.0, 0.976, 0.988), "persons": (0.863, 0.886, 0.874),
              "organizations": (0.884, 0.54, 0.67)},
}

#: the worst site-shape group of each set field over all 25 pages, as it came (F1)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "states": ("portal", 0.923), "persons": ("agency", 0.8), "organizations": ("broadcaster", 0.581),
}


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


def test_the_line_after_its_rules():
    # the figures after the round's rules, as floors (an upper bound of reading unseen pages, not a measure of it:
    # these pages were read for the rules)
    names = sorted(GOLD)
    assert PAGES.f1(names, "states") >= 0.99 and PAGES.f1(names, "persons") >= 0.99
    assert PAGES.f1(names, "organizations") >= 0.94


def test_each_shape_is_two_sites_or_more():
    shapes = list(SHAPES.values())
    assert all(shapes.count(shape) >= 2 for shape in shapes)


if __name__ == "__main__":          # python tests/test_extract_own_pages_m.py [m1 ...]: figures and misses
    PAGES.main(sys.argv[1:], SHAPES, f1=SETS)
