"""Issue 11, round 4 (persons and organizations): whole pages of our own in the shapes of
third-party news, ministry and NGO sites, in languages and scripts the region uses and the
earlier sets (``test_extract_own_pages.py``) did not: Turkish, Azerbaijani, Georgian, Armenian,
Greek, Ukrainian, Czech, Lithuanian, Russian from Central Asia, Bosnian. The text is ours; the
people and bodies are real (their names are facts).

They were written with the known weak spots in mind but not only them: given names the
dictionary lacks and transliterated ones, posts after the name, names in oblique cases, three-part
names with patronymics, initials, names in Greek and Armenian script, bodies the reference data
does not list in the page's language, an acronym two bodies share ("APA").

Expected persons and organizations follow tests/gold/README.md: persons in the nominative as the
text first gives them in full (an initial and a surname when the text gives no more), organizations
by their official English names, no State organs, posts, or the OSCE as a whole.

The w1-pages were measured once as they came, before any rule of round 4 (see
``W1_AS_THEY_CAME``); round 4's rules were then written from what they missed. The w2-pages were
written after those rules and measured once as they came (``W2_AS_THEY_CAME``): the honest figure.

w1, measured once before round 4 (10 pages, 41 persons, 35 organizations): persons P 0.667 R 0.585
F1 0.623, organizations P 0.667 R 0.286 F1 0.400; after round 4's rules (tuned on them): persons
0.988, organizations 0.939.

w2 (8 pages in de, pl, sr-Cyrl, ky, ro, sq, en, hy; 26 persons, 28 organizations), measured once as
it came after round 4's rules: persons P 0.880 R 0.846 F1 0.863, organizations P 0.842 R 0.571
F1 0.681. The extractor before round 4 got persons 0.783 (P 0.900 R 0.692) and organizations
0.390 (P 0.615 R 0.286) on them. Rules were then written from w2's misses.

w3 (8 pages in mk, bg, lv, hr, fr, ka, ru, tg; 24 persons, 24 organizations), written after those
rules and measured once as it came: persons P 0.870 R 0.833 F1 0.851, organizations P 0.895 R 0.708
F1 0.791. Before round 4: persons 0.851 (the same), organizations 0.500 (P 0.750 R 0.375). Rules
were then written from w3's misses.

w4 (8 pages in sl, sk, hu, it, tr, be, uk, az; 25 persons, 23 organizations), written after every
rule of round 4 and measured once as it came: persons P 0.762 R 0.640 F1 0.696, organizations
P 0.850 R 0.739 F1 0.791. Before round 4: persons 0.571 (P 0.583 R 0.560), organizations 0.129
(P 0.250 R 0.087). New shapes cost persons there: Hungarian family-name-first order with case
suffixes, Belarusian, a Slovene instrumental of a given name in -o, a Slovak accusative of a Finnish
name, an Italian rubric taken for a name. Rules were then written from w4's misses.

w5 (8 pages in sr-Latn from Montenegro, ru from Kazakhstan and Transnistria, ro, et, en, de, uk;
24 persons, 29 organizations), written after every rule and measured once as it came: persons
P 0.920 R 0.958 F1 0.939, organizations P 0.895 R 0.586 F1 0.708. Before round 4: 0.898 and 0.625.

Pooled over the first measurement of w2-w5 (32 pages, each set measured after every rule written
before it): persons F1 0.775 before round 4 -> 0.839 (tp 81, fp 13, fn 18), organizations 0.436 ->
0.740 (tp 67, fp 10, fn 37). Rules were then written from w5's misses.

w6 (8 pages in pl, cs, lt, hy, az, ru from Kyrgyzstan, sq, bs; 21 persons, 22 organizations), written
after every rule and measured once as it came, the last measurement of round 4: persons P 0.909
R 0.952 F1 0.930, organizations P 0.818 R 0.818 F1 0.818. Before round 4: 0.732 and 0.471.

Pooled over the first measurement of w2-w6 (40 pages): persons F1 0.767 before round 4 -> 0.856
(tp 101, fp 15, fn 19), organizations 0.442 -> 0.756 (tp 85, fp 14, fn 41). Rules were then written
from w6's misses.

w7 (8 pages in fi, nl, es, ru from Uzbekistan, uk, ka, sr-Latn, tr; 22 persons, 23 organizations),
written after every rule and measured once as it came: persons P 0.818 R 0.818 F1 0.818 against the
gold as first written, 0.864 after one gold error was corrected (the Serbian page writes "Janom
Bratuom", whose nominative as written is "Jan Bratu", not the original spelling "Jan Braathu"; no
code changed), organizations P 0.950 R 0.826 F1 0.884. Before round 4 (corrected gold): persons
0.818, organizations 0.615.

Pooled over the first measurement of w2-w7 (48 pages): persons 0.775 -> 0.857 (tp 120, fp 18,
fn 22), organizations 0.472 -> 0.776 (tp 104, fp 15, fn 45); the last two sets, written after
nearly every rule: persons 0.897, organizations 0.851. Rules were then written from w7's misses.

w8 (8 pages in sv, pt, en, ru, el, mk, sq, az; 17 persons, 26 organizations), written after every
rule and measured once as it came, the last measurement of round 4: persons P 1.000 R 0.824 F1
0.903, organizations P 0.905 R 0.731 F1 0.809. Before round 4: 0.688 and 0.550.

Pooled over the first measurement of w2-w8 (56 pages): persons 0.766 -> 0.862 (tp 134, fp 18,
fn 25), organizations 0.483 -> 0.781 (tp 123, fp 17, fn 52); the last three sets (w6-w8): persons
0.898, organizations 0.836.
"""
from __future__ import annotations

from own_pages import OwnPages

UNHCR = "Office of the United Nations High Commissioner for Refugees"
ICRC = "International Committee of the Red Cross"
#: (precision, recall, F1) of persons and of organizations, each set's one measurement as it came
W1_AS_THEY_CAME = {"persons": (0.667, 0.585, 0.623), "organizations": (0.667, 0.286, 0.400)}
W2_AS_THEY_CAME = {"persons": (0.880, 0.846, 0.863), "organizations": (0.842, 0.571, 0.681)}
W3_AS_THEY_CAME = {"persons": (0.870, 0.833, 0.851), "organizations": (0.895, 0.708, 0.791)}
W4_AS_THEY_CAME = {"persons": (0.762, 0.640, 0.696), "organizations": (0.850, 0.739, 0.791)}
W5_AS_THEY_CAME = {"persons": (0.920, 0.958, 0.939), "organizations": (0.895, 0.586, 0.708)}
W6_AS_THEY_CAME = {"persons": (0.909, 0.952, 0.930), "organizations": (0.818, 0.818, 0.818)}
W7_AS_THEY_CAME = {"persons": (0.864, 0.864, 0.864), "organizations": (0.950, 0.826, 0.884)}
W8_AS_THEY_CAME = {"persons": (1.000, 0.824, 0.903), "organizations": (0.905, 0.731, 0.809)}

ODIHR = "OSCE Office for Democratic Institutions and Human Rights"

GOLD = {
    "w1_tr.txt": ({"Bujar Osmani", "Mevlüt Çavuşoğlu", "Mustafa Şentop", "Helga Maria Schmid", "Fatma Meriç Yılmaz"},
                  {"Anadolu Agency", UNHCR, "Turkish Red Crescent"}),
    "w1_az.txt": ({"Ceyhun Bayramov", "Matteo Mekakçi", "Hikmət Hacıyev", "Toyvo Klaar", "Samir Nuriyev",
                   "Məzahir Pənahov"},
                  {"Azerbaijan Press Agency", ODIHR, "European Union", UNHCR, ICRC}),
    "w1_ka.txt": ({"ეოღან მერფი", "გიორგი კალანდარიშვილი", "შალვა პაპუაშვილი"},
                  {ODIHR, "Transparency International Georgia", "European Union"}),
    "w1_hy.txt": ({"Արարատ Միրզոյան", "Հելգա Մարիա Շմիդ", "Տոյվո Կլաար", "Նիկոլ Փաշինյան"},
                  {"Armenpress", "European Union", ICRC, UNHCR}),
    "w1_el.txt": ({"Γιώργος Γεραπετρίτης", "Χέλγκα Μαρία Σμιντ", "Αλέξανδρος Φωτιάδης"},
                  {UNHCR, "International Organization for Migration", "European Union"}),
    "w1_uk.txt": ({"Дмитро Кулеба", "Гельга Марія Шмід", "Дмитро Лубінець", "Фолькер Тюрк", "Андрій Мельник",
                   "Олег Ніколенко"},
                  {"Ukrinform", ICRC, "Office of the United Nations High Commissioner for Human Rights"}),
    "w1_cs.txt": ({"Jan Lipavský", "Matteo Mecacci", "Markéta Pekarová Adamová"},
                  {ODIHR, UNHCR, "Czech Red Cross"}),
    "w1_lt.txt": ({"Gabrielius Landsbergis", "Helga Maria Schmid", "Zbigniewas Rau"},
                  {"Baltic News Service", ODIHR, "Lithuanian Red Cross Society", "United Nations Children's Fund"}),
    "w1_ru.txt": ({"Мухтар Бабакезович Тлеуберди", "Владимир Ткач", "Н. Абдиров", "Роман Василенко",
                   "Эльвира Азимова"},
                  {"Kazinform", "Kazakhstan International Bureau for Human Rights and Rule of Law",
                   "United Nations Children's Fund"}),
    "w1_bs.txt": ({"Borka Rudić", "Brian Aggeler", "Jasminka Džumhur"},
                  {"Federal News Agency", "BH Journalists Association",
                   "Press and Online Media Council in Bosnia and Herzegovina", "Mediacentar Sarajevo"}),
    # the second set, written after round 4's rules and measured once as it came (W2_AS_THEY_CAME)
    "w2_de.txt": ({"Annalena Baerbock", "Alexander Schallenberg", "Nora Tödtling-Musenbichler"},
                  {"Austria Presse Agentur", "Deutsche Presse-Agentur", ICRC, UNHCR, "Caritas Austria",
                   "Amnesty International"}),
    "w2_pl.txt": ({"Radosław Sikorski", "Matteo Mecacci", "Andrzej Szejna", "Kaja Kallas"},
                  {"Polish Press Agency", ODIHR, "Polish Humanitarian Action", "Polish Red Cross"}),
    "w2_sr.txt": ({"Јан Брату", "Љубомир Миладиновић", "Томислав Жигманов"},
                  {"Tanjug", "Red Cross of Serbia", UNHCR, "European Union"}),
    "w2_ky.txt": ({"Жээнбек Кулубаев", "Хельга Мария Шмид", "Садыр Жапаров"},
                  {"United Nations Children's Fund", "Red Crescent Society of Kyrgyzstan"}),
    "w2_ro.txt": ({"Nicu Popescu", "Helga Maria Schmid", "Kelly Keiderling"},
                  {UNHCR, "International Organization for Migration", "Red Cross Society of the Republic of Moldova"}),
    "w2_sq.txt": ({"Albin Kurti", "Michael Davenport", "Albulena Haxhiu"}, {UNHCR, "Red Cross of Kosovo"}),
    "w2_en.txt": ({"A. Ney", "Stewart Dickson", "Ararat Mirzoyan", "Tigran Mukuchyan"},
                  {ODIHR, "Congress of Local and Regional Authorities", "Transparency International Anti-Corruption Center",
                   "Helsinki Citizens' Assembly – Vanadzor"}),
    "w2_hy.txt": ({"Ալեն Սիմոնյան", "Մարգարետա Սեդերֆելտ", "Անի Բադալյան"},
                  {"OSCE Parliamentary Assembly", "United Nations Children's Fund", "Council of Europe"}),
    # the third set, written after the rules that followed w2, measured once as it came (W3_AS_THEY_CAME)
    "w3_mk.txt": ({"Бујар Османи", "Килијан Вал", "Талат Џафери"},
                  {"Media Information Agency", "International Organization for Migration", "Red Cross of North Macedonia"}),
    "w3_bg.txt": ({"Мария Габриел", "Хелга Мария Шмид", "Емил Дечев"},
                  {"Bulgarian News Agency", UNHCR, "Bulgarian Red Cross"}),
    "w3_lv.txt": ({"Edgars Rinkēvičs", "Helga Marija Šmide"}, {"LETA", "Latvian Red Cross", UNHCR, ODIHR}),
    "w3_hr.txt": ({"Gordan Grlić Radman", "Helga Marija Schmid", "Andreja Metelko-Zgombić"},
                  {"Croatian News Agency", UNHCR, "Croatian Red Cross"}),
    "w3_fr.txt": ({"Ignazio Cassis", "Teresa Ribeiro", "Irène Kälin"},
                  {"OSCE Representative on Freedom of the Media", ICRC, "Reporters Without Borders"}),
    "w3_ka.txt": ({"ილია დარჩიაშვილი", "ჰელგა მარია შმიდი", "ალექსანდრე ხვთისიაშვილი"}, {ICRC}),
    "w3_ru.txt": ({"Сергей Лавров", "Томас Гремингер", "Мария Владимировна Захарова", "Александр Лукашевич"},
                  {"TASS", "United Nations Office on Drugs and Crime", ICRC}),
    "w3_tg.txt": ({"Сироҷиддин Муҳриддин", "Хелга Мария Шмид", "Марилин Ҷосефсон"},
                  {"Khovar", "United Nations Office on Drugs and Crime", "Red Crescent Society of Tajikistan",
                   "European Union"}),
    # the fourth set, written after the rules that followed w3, measured once as it came (W4_AS_THEY_CAME)
    "w4_sl.txt": ({"Tanja Fajon", "Helga Maria Schmid", "Marko Štucin"},
                  {"Slovenian Press Agency", "Slovenian Red Cross", UNHCR}),
    "w4_sk.txt": ({"Juraj Blanár", "Pia Kauma", "Marek Eštok"},
                  {"News Agency of the Slovak Republic", "OSCE Parliamentary Assembly", "Slovak Red Cross",
                   "International Organization for Migration"}),
    "w4_hu.txt": ({"Szijjártó Péter", "Feridun Sinirlioğlu", "Menczer Tamás"},
                  {"Hungarian News Agency", "Hungarian Red Cross", UNHCR}),
    "w4_it.txt": ({"Antonio Tajani", "Feridun Sinirlioğlu", "Maria Tripodi"},
                  {"Agenzia Nazionale Stampa Associata", UNHCR, "Italian Red Cross"}),
    "w4_tr.txt": ({"Hakan Fidan", "Feridun Sinirlioğlu", "Fatma Meriç Yılmaz", "Mehmet Kemal Bozay"},
                  {"United Nations Children's Fund", "International Organization for Migration", "Turkish Red Crescent"}),
    "w4_be.txt": ({"Сяргей Алейнік", "Ферыдун Сінірліоглу", "Юрый Амбразевіч"},
                  {"Belarusian Telegraph Agency", ICRC, "Belarus Red Cross"}),
    "w4_uk.txt": ({"Олег Синєгубов", "Дар'я Герасимчук", "Гельга Марія Шмід"},
                  {"United Nations Office for the Coordination of Humanitarian Affairs", "Ukrainian Red Cross Society"}),
    "w4_az.txt": ({"Ceyhun Bayramov", "Feridun Sinirlioğlu", "Elçin Əmirbəyov"},
                  {"United Nations Children's Fund", "Azerbaijan Red Crescent Society"}),
    # the fifth set, written after every rule of round 4, measured once as it came (W5_AS_THEY_CAME)
    "w5_me.txt": ({"Filip Ivanović", "Dominik Šrajner", "Milica Kovačević"},
                  {"MINA", "Centre for Democratic Transition", ODIHR, "European Union", "Council of Europe"}),
    "w5_kz.txt": ({"Мурат Нуртлеу", "Кайрат Абдрахманов", "Ж. Караев"},
                  {"OSCE High Commissioner on National Minorities", "United Nations Development Programme",
                   "United Nations Children's Fund"}),
    "w5_ro.txt": ({"Bogdan Aurescu", "Matteo Mecacci", "Iulian Fota"},
                  {"Agerpres", ODIHR, "Venice Commission", "Romanian Red Cross"}),
    "w5_et.txt": ({"Margus Tsahkna", "Helga Maria Schmid", "Jonatan Vseviov"},
                  {"Baltic News Service", "Estonian Red Cross", UNHCR}),
    "w5_en.txt": ({"Eoghan Murphy", "Giorgi Kalandarishvili", "Shalva Papuashvili"},
                  {ODIHR, "Civil.ge", "Georgian Young Lawyers' Association",
                   "International Society for Fair Elections and Democracy", "European Union"}),
    "w5_md.txt": ({"Келли Кейдерлинг", "Вадим Красносельский", "Виталий Игнатьев"},
                  {"Новости Приднестровья", "Joint Control Commission",
                   "Office of the United Nations High Commissioner for Human Rights"}),
    "w5_de.txt": ({"Ignazio Cassis", "Helga Maria Schmid", "Livia Leu"}, {"Keystone-SDA", ICRC, "Swiss Red Cross"}),
    "w5_uk.txt": ({"Дмитро Лубінець", "Маттео Мекаччі", "Мунір Мамедзаде"},
                  {ODIHR, "United Nations Children's Fund", "International Organization for Migration"}),
    # the sixth set, written after every rule of round 4, measured once as it came (W6_AS_THEY_CAME)
    "w6_pl.txt": ({"Małgorzata Szuleka", "Marcin Wiącek"},
                  {"Helsinki Foundation for Human Rights", ODIHR, "Amnesty International", "Council of Europe"}),
    "w6_cs.txt": ({"Markéta Pekarová Adamová", "Pia Kaumová", "Jan Bartošek"},
                  {"Czech News Agency", "OSCE Parliamentary Assembly", "International Organization for Migration"}),
    "w6_lt.txt": ({"Gabrielius Landsbergis", "Bujaras Osmani"}, {"ELTA", "OSCE Permanent Council", ICRC}),
    "w6_hy.txt": ({"Արարատ Միրզոյան", "Մատեո Մեկաչի", "Պարույր Հովհաննիսյան"},
                  {ODIHR, "European Union", "United Nations Development Programme"}),
    "w6_az.txt": ({"Hikmət Hacıyev", "Elnur Məmmədov"},
                  {"Azerbaijan Press Agency", "OSCE Conflict Prevention Centre", "United Nations Development Programme"}),
    "w6_kg.txt": ({"Садыр Жапаров", "Ян Борг", "Жээнбек Кулубаев", "Алексей Рогов"}, {"Kabar", UNHCR}),
    "w6_sq.txt": ({"Igli Hasani", "Feridun Sinirlioğlu", "Michel Tarran"},
                  {"Albanian Telegraphic Agency", "International Organization for Migration"}),
    "w6_bs.txt": ({"Elmedin Konaković", "Brian Aggeler"}, {"Federal News Agency", ICRC}),
    # the seventh set, written after every rule of round 4, measured once as it came (W7_AS_THEY_CAME)
    "w7_fi.txt": ({"Elina Valtonen", "Feridun Sinirlioğlu", "Vesa Häkkinen"},
                  {"STT", "OSCE Permanent Council", UNHCR}),
    "w7_nl.txt": ({"Caspar Veldkamp", "Feridun Sinirlioğlu"}, {"ANP", "Netherlands Red Cross", ICRC}),
    "w7_es.txt": ({"José Manuel Albares", "Feridun Sinirlioğlu", "Diego Martínez Belío"},
                  {"Agencia EFE", "International Organization for Migration", "Spanish Red Cross"}),
    "w7_uz.txt": ({"Бахтиёр Саидов", "Кайрат Абдрахманов", "Бахромжон Алоев"},
                  {"National News Agency of Uzbekistan", "OSCE High Commissioner on National Minorities", "World Bank"}),
    "w7_uk.txt": ({"Андрій Сибіга", "Ферідун Сінірліоглу", "Євгеній Цимбалюк"}, {"Ukrinform", ICRC}),
    "w7_ka.txt": ({"ალექსანდრე ხვთისიაშვილი", "ტოივო კლაარი"},
                  {"OSCE Conflict Prevention Centre", UNHCR, "European Union"}),
    "w7_sr.txt": ({"Marko Đurić", "Jan Bratu", "Tatjana Pavlović"}, {"BETA News Agency", UNHCR, "European Union"}),
    "w7_tr.txt": ({"Pia Kauma", "Numan Kurtulmuş", "Ahmet Yıldız"},
                  {"Anadolu Agency", "OSCE Parliamentary Assembly", "Council of Europe"}),
    # the eighth set, written after every rule of round 4, measured once as it came (W8_AS_THEY_CAME)
    "w8_sv.txt": ({"Maria Malmer Stenergard", "Feridun Sinirlioğlu", "Dag Hartelius"},
                  {"TT", UNHCR, "Swedish Red Cross"}),
    "w8_pt.txt": ({"Paulo Rangel", "Feridun Sinirlioğlu"}, {"Lusa", UNHCR, "Portuguese Red Cross"}),
    "w8_en.txt": ({"Neil Holland"}, {"OSCE Permanent Council", ICRC, UNHCR, "Human Rights Watch",
                                     "Kharkiv Human Rights Protection Group"}),
    "w8_ru.txt": ({"С.В.Лавров", "Ф.Синирлиоглу"}, {"OSCE Ministerial Council", ICRC}),
    "w8_el.txt": ({"Κωνσταντίνος Κόμπος", "Φεριντούν Σινιρλίογλου"},
                  {"Cyprus News Agency", UNHCR, "Cyprus Red Cross Society"}),
    "w8_mk.txt": ({"Тимчо Муцунски", "Килијан Вал"}, {"Media Information Agency", UNHCR, ICRC}),
    "w8_sq.txt": ({"Igli Hasani", "Jan Braathu"},
                  {"Albanian Telegraphic Agency", "OSCE Representative on Freedom of the Media",
                   "Union of Albanian Journalists", "Reporters Without Borders", "European Union"}),
    "w8_az.txt": ({"Ceyhun Bayramov", "Maria Telalian", "Hikmət Hacıyev"}, {ODIHR, ICRC}),
}


#: file: (persons, organizations)
PAGES = OwnPages("w", GOLD, ("persons", "organizations"))


def test_w1_persons_after_round_4():
    assert PAGES.f1(PAGES.pages("w1"), "persons") >= 0.85


def test_w1_organizations_after_round_4():
    assert PAGES.f1(PAGES.pages("w1"), "organizations") >= 0.75


# ------------------------------------------------------------------ the rules, on sentences of our own

import pytest  # noqa: E402

from osce_kg.loader.extract.mentions import find_composed_bodies, find_mentions  # noqa: E402
from osce_kg.loader.extract.names import greek_nominative, nominative, without_armenian_suffix  # noqa: E402
from osce_kg.loader.reference import reference  # noqa: E402


@pytest.mark.parametrize("text, label", [
    ("Die Hilfe kam vom UN-Flüchtlingshochkommissariat.", UNHCR),
    ("BM Mülteciler Yüksek Komiserliği açıklama yaptı.", UNHCR),
    ("Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες", UNHCR),
    ("Wysoki Komisarz Narodów Zjednoczonych ds. Uchodźców", UNHCR),
    ("Visoki komesarijat UN za izbjeglice", UNHCR),
    ("Верховний комісар ООН з прав людини", "Office of the United Nations High Commissioner for Human Rights"),
    ("Beynəlxalq Qırmızı Xaç Komitəsi", ICRC),
    ("Kansainvälinen Punaisen Ristin komitea", ICRC),
    ("Tarptautinis Raudonojo Kryžiaus komitetas", ICRC),
    ("Fondi i Kombeve të Bashkuara për Fëmijët", "United Nations Children's Fund"),
    ("Uluslararası Göç Örgütü", "International Organization for Migration"),
])
def test_bodies_named_by_what_their_names_say(text, label):
    assert label in [found for _, _, found in find_composed_bodies(text)]


@pytest.mark.parametrize("text", [
    "Верховный комиссар по правам человека Совета Европы выступил, а Дмитро Лубінець звернувся до ООН.",
    "Die Kinder des Dorfes bekamen Geld aus einem Fonds.",            # no UN, no UNICEF
    "The refugees met the commissioner of police.",                    # a sentence, not a name
])
def test_words_of_a_sentence_are_no_body(text):
    labels = [label for _, _, label in find_composed_bodies(text)]
    assert UNHCR not in labels and "United Nations Children's Fund" not in labels \
        and "Office of the United Nations High Commissioner for Human Rights" not in labels


@pytest.mark.parametrize("text, language, label", [
    ("Bakı, 5 may 2024. APA xəbər verir ki, nazir görüşüb.", "az", "Azerbaijan Press Agency"),
    ("Wien, 5. Mai 2024 (APA) - Der Minister traf die Delegation.", "de", "Austria Presse Agentur"),
])
def test_an_acronym_two_bodies_share_is_read_by_the_page_language(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("word, bare", [("Միրզոյանը", "Միրզոյան"), ("Փաշինյանի", "Փաշինյան"),
                                        ("Սարգսյանին", "Սարգսյան"), ("Շմիդին", "Շմիդ"), ("Միրզոյան", "Միրզոյան")])
def test_armenian_family_names_lose_their_case_ending(word, bare):
    assert without_armenian_suffix(word) == bare


def test_greek_genitive_back_in_the_nominative():
    assert greek_nominative(["Νίκου", "Δένδια"]) == ["Νίκος", "Δένδιας"]
    assert greek_nominative(["Μαρία", "Σμιντ"]) is None          # a woman's given name in the nominative


@pytest.mark.parametrize("words, language, expected", [
    (["Markétou", "Pekarovou", "Adamovou"], "cs", ["Markéta", "Pekarová", "Adamová"]),
    (["Владимира", "Ткача"], "ru", ["Владимир", "Ткач"]),
    (["Гельгою", "Марією", "Шмід"], "uk", ["Гельга", "Марія", "Шмід"]),
    (["Petrem", "Novotným"], "cs", ["Petr", "Novotný"]),
])
def test_names_in_oblique_cases(words, language, expected):
    assert nominative(words, language) == expected


@pytest.mark.parametrize("text, language, person, absent", [
    ("Görüşdə xüsusi nümayəndə Toyvo Klaar Prezident Administrasiyasının rəhbəri Samir Nuriyevlə iştirak edib.",
     "az", "Toyvo Klaar", "Samir Nuriyevlə"),
    ("В заседании принял участие председатель комиссии Н. Абдиров.", "ru", "Н. Абдиров", "Абдиров"),
    ("Ο Υπουργός Εξωτερικών Νίκος Δένδιας συναντήθηκε με τον Γενικό Γραμματέα.", "el", "Νίκος Δένδιας",
     "Εξωτερικών Νίκος Δένδιας"),
    ("ՀՀ արտաքին գործերի նախարար Արարատ Միրզոյանն ընդունել է պատվիրակությանը:", "hy", "Արարատ Միրզոյան",
     "Արարատ Միրզոյանն"),
    ("G. Landsbergis susitiko su kolegomis. Ministras Gabrielius Landsbergis pareiškė, kad ...", "lt",
     "Gabrielius Landsbergis", "G. Landsbergis"),
    ("Toplantıya Kuzey Makedonya Dışişleri Bakanı katıldı ve Güney Kafkasya ele alındı.", "tr", None,
     "Güney Kafkasya"),
])
def test_person_shapes_of_round_4(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert (person is None or person in names) and absent not in names


@pytest.mark.parametrize("text, language, label", [
    ("Представители Transparency International Ukraine выступили.", "ru", "Transparency International Ukraine"),
    ("„საერთაშორისო გამჭვირვალობა - საქართველოს“ წარმომადგენლებს", "ka", "Transparency International Georgia"),
    ("Sınır Tanımayan Gazeteciler açıklama yaptı.", "tr", "Reporters Without Borders"),
    ("Gazetecileri Koruma Komitesi raporu yayımladı.", "tr", "Committee to Protect Journalists"),
    ("Міжнародна федерація журналістів закликала звільнити репортера.", "uk", "International Federation of Journalists"),
])
def test_bodies_of_the_press_and_chapters_named_in_other_languages(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


def test_w2_after_the_rules_written_from_its_misses():
    names = PAGES.pages("w2")
    assert PAGES.f1(names, "persons") >= 0.85 and PAGES.f1(names, "organizations") >= 0.75


@pytest.mark.parametrize("text, language, present, absent", [
    ("Baerbock dankte dem Roten Kreuz für seinen Einsatz.", "de", ICRC, None),
    ("Pomoć je stigla od Crvenog krsta Srbije.", "sr-Latn", "Red Cross of Serbia", ICRC),
    ("Der Bericht des UN-Flüchtlingshilfswerks wurde vorgestellt.", "de", UNHCR, "United Nations"),
    ("Die Caritas Österreich half den Familien.", "de", "Caritas Austria", None),
    ("Transparency International Anti-Corruption Center deployed observers.", "en",
     "Transparency International Anti-Corruption Center", "Transparency International"),
    ("Η Κοινοβουλευτική Συνέλευση του ΟΑΣΕ συνεδρίασε στη Βιέννη.", "el", "OSCE Parliamentary Assembly", None),
])
def test_bodies_of_the_second_round(text, language, present, absent):
    orgs = find_mentions(text, reference(), language).organizations
    assert present in orgs and (absent is None or absent not in orgs)


@pytest.mark.parametrize("text, language, person, absent", [
    ("Кулубаев Президент Садыр Жапаровдун саламын жеткирди.", "ru", "Садыр Жапаров", "Садыр Жапаровдун"),
    ("Президент Касым-Жомарт Токаевтың жарлығы жарияланды.", "kk", "Касым-Жомарт Токаев", None),
    ("Ministrul Afacerilor Externe, Nicu Popescu, a avut o întrevedere.", "ro", "Nicu Popescu", "Afacerilor Externe"),
    ("Պատվիրակությունը գլխավորում էր Մարգարետա Սեդերֆելտի տեղակալը:", "hy", "Մարգարետա Սեդերֆելտ", None),
    ("С Марией Ивановну встретились.", "ru", None, "Мария Иванов"),
])
def test_person_shapes_of_the_second_round(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert (person is None or person in names) and (absent is None or absent not in names)


@pytest.mark.parametrize("text, label", [
    ("предоставя съвместно с Върховния комисар на ООН за бежанците и", UNHCR),
    ("zajedno s Uredom visokog povjerenika UN-a za izbjeglice i", UNHCR),
    ("соработката со Меѓународната организација за миграции.", "International Organization for Migration"),
    ("მადლობა გადაუხადა წითელი ჯვრის საერთაშორისო კომიტეტს.", ICRC),
    ("с Управлением ООН по наркотикам и преступности", "United Nations Office on Drugs and Crime"),
])
def test_bodies_of_the_third_round(text, label):
    assert label in [found for _, _, found in find_composed_bodies(text)]


def test_a_word_un_of_another_language_is_no_united_nations():
    # Latvian "un" is "and": "Sarkanais Krusts un ANO ..." names the UN by "ANO" only
    spans = find_composed_bodies("Latvijas Sarkanais Krusts un ANO Bēgļu augstā komisāra birojs.")
    text = "Latvijas Sarkanais Krusts un ANO Bēgļu augstā komisāra birojs."
    assert [text[a:b] for a, b, _ in spans] == ["ANO Bēgļu augstā komisāra"]


@pytest.mark.parametrize("text, language, person", [
    ("sastao se s glavnom tajnicom OESS-a Helgom Marijom Schmid.", "hr", "Helga Marija Schmid"),
    ("се сретна со шефот на Мисијата, амбасадорот Килијан Вал.", "mk", "Килијан Вал"),
    ("ეუთოს გენერალურ მდივანს ჰელგა მარია შმიდს შეხვდა.", "ka", "ჰელგა მარია შმიდი"),
])
def test_person_shapes_of_the_third_round(text, language, person):
    assert person in [p.name for p in find_mentions(text, reference(), language).persons]


@pytest.mark.parametrize("text, language, person, absent", [
    ("Szijjártó Péter külügyminiszter fogadta Feridun Sinirlioğlut, az EBESZ főtitkárát.", "hu",
     "Feridun Sinirlioğlu", "Feridun Sinirlioğlut"),
    ("A tárgyaláson jelen volt Menczer Tamás államtitkár is.", "hu", "Menczer Tamás", None),
    ("se je sestala z generalno sekretarko OVSE Helgo Mario Schmid.", "sl", "Helga Maria Schmid", "Mario Schmid"),
    ("prijal predsedníčku Parlamentného zhromaždenia OBSE Piu Kaumu.", "sk", "Pia Kauma", "Pia Kaum"),
    ("AGİT Genel Sekreteri Feridun Sinirlioğlu'nu Bakanlıkta kabul etti.", "tr", "Feridun Sinirlioğlu", None),
    ("Il Ministro degli Esteri Antonio Tajani ha incontrato il Segretario Generale.", "it", "Antonio Tajani",
     "Esteri Antonio Tajani"),
    ("Sala Stampa\nTajani incontra il Segretario Generale dell'OSCE\nRoma, 5 febbraio 2024 – Il ministro ...", "it",
     None, "Sala Stampa"),
    ("Міністр замежных спраў Беларусі Сяргей Алейнік сустрэўся з калегам.", "be", "Сяргей Алейнік",
     "Беларусі Сяргей Алейнік"),
])
def test_person_shapes_of_the_fourth_round(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert (person is None or person in names) and (absent is None or absent not in names)


@pytest.mark.parametrize("text, language, label", [
    ("la collaborazione con l'Alto Commissariato delle Nazioni Unite per i Rifugiati e", "it", UNHCR),
    ("Birleşmiş Milletler Çocuklara Yardım Fonu ile yürütülen projeler", "tr", "United Nations Children's Fund"),
    ("з Міжнародным камітэтам Чырвонага Крыжа", "be", ICRC),
    ("Управління ООН з координації гуманітарних питань", "uk",
     "United Nations Office for the Coordination of Humanitarian Affairs"),
    ("Parlamentného zhromaždenia OBSE", "sk", "OSCE Parliamentary Assembly"),
    ("con la Croce Rossa Italiana.", "it", "Italian Red Cross"),
])
def test_bodies_of_the_fourth_round(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language, label", [
    ("Ivanović je zahvalio Kancelariji OEBS-a za demokratske institucije i ljudska prava.", "sr-Latn", ODIHR),
    ("Отмечено сотрудничество с Программой развития ООН и Детским фондом ООН в регионах.", "ru",
     "United Nations Children's Fund"),
    ("cooperarea cu Comisia de la Veneția.", "ro", "Venice Commission"),
    ("koos Eesti Punase Ristiga ja ÜRO Pagulaste Ülemvoliniku Ametiga.", "et", UNHCR),
    ("die Arbeit des Schweizerischen Roten Kreuzes in der Region.", "de", "Swiss Red Cross"),
    ("Bern, 12. Juni 2023 (SDA) – Bundesrat Ignazio Cassis hat empfangen.", "de", "Keystone-SDA"),
])
def test_bodies_of_the_fifth_round(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


@pytest.mark.parametrize("text, language, person, absent", [
    ("Kohtumisel osales OSCE peasekretär. Tsahkna kohtus Helga Maria Schmidiga.", "et", "Helga Maria Schmid",
     "Helga Maria Schmidiga"),
    ("Razgovarao je sa šefom Misije OEBS-a u Crnoj Gori, ambasadorom Dominikom Šrajnerom.", "sr-Latn", None,
     "Crnoj Gori"),
    ("Kohtumisel arutati abi koos Eesti Punase Ristiga.", "et", None, "Eesti Punase Rist"),
])
def test_person_shapes_of_the_fifth_round(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert (person is None or person in names) and (absent is None or absent not in names)


def test_w3_to_w8_as_they_stand():
    """w3-w7 were tuned on after their one measurement; w8 was not (its figure above is as it came)."""
    for prefix in ("w3", "w4", "w5", "w6", "w7", "w8"):
        names = PAGES.pages(prefix)
        assert PAGES.f1(names, "persons") >= 0.85 and PAGES.f1(names, "organizations") >= 0.75, prefix


@pytest.mark.parametrize("text, language, label", [
    ("Landsbergis kalbėjo ESBO Nuolatinės tarybos posėdyje.", "lt", "OSCE Permanent Council"),
    ("Ministrul a participat la reuniunea Consiliului Ministerial al OSCE.", "ro", "OSCE Ministerial Council"),
    ("ATƏT Katibliyinin Münaqişələrin Qarşısının Alınması Mərkəzinin nümayəndə heyəti", "az",
     "OSCE Conflict Prevention Centre"),
    ("Tərəflər BMT-nin İnkişaf Proqramı ilə əməkdaşlığı qiymətləndiriblər.", "az",
     "United Nations Development Programme"),
])
def test_bodies_of_the_sixth_round(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations


def test_a_body_named_by_its_head_noun_does_not_cross_a_line():
    orgs = find_mentions("Aktualności\nFundacja Batorego przedstawiła raport.", reference(), "pl").organizations
    assert not any(o.startswith("Aktualności") for o in orgs)


@pytest.mark.parametrize("text, language, person, absent", [
    ("Valtonen tapasi Etyj:n pääsihteerin Feridun Sinirlioğlun ja keskusteli.", "fi", "Feridun Sinirlioğlu",
     "Feridun Sinirlioğlun"),
    ("провів зустріч з Генеральним секретарем ОБСЄ Ферідуном Сінірліоглу.", "uk", "Ферідун Сінірліоглу",
     "Ферідун Сінірліогл"),
    ("შეხვედრას ესწრებოდა ევროკავშირის სპეციალური წარმომადგენელი ტოივო კლაარი.", "ka", "ტოივო კლაარი", None),
    ("El ministro de Asuntos Exteriores, José Manuel Albares, se ha reunido.", "es", "José Manuel Albares",
     "Asuntos Exteriores"),
])
def test_person_shapes_of_the_seventh_round(text, language, person, absent):
    names = [p.name for p in find_mentions(text, reference(), language).persons]
    assert person in names and (absent is None or absent not in names)


@pytest.mark.parametrize("text, language, label", [
    ("Valtonen tapasi myös YK:n pakolaisjärjestön edustajia.", "fi", UNHCR),
    ("esitteli painopisteet Etyj:n pysyvälle neuvostolle.", "fi", "OSCE Permanent Council"),
    ("Ook het Internationaal Comité van het Rode Kruis kwam ter sprake.", "nl", ICRC),
    ("გაეროს ლტოლვილთა უმაღლესი კომისრის ოფისის საქმიანობა.", "ka", UNHCR),
])
def test_bodies_of_the_seventh_round(text, language, label):
    assert label in find_mentions(text, reference(), language).organizations
