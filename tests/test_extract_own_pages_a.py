"""Issue 11, round 6 (H5): the one-value fields (title, date, place, issuing body) on whole pages of
our own, rendered as third-party sites of the region render them, chrome and all: news agencies and
their wires, broadcasters, papers, portals, ministries, NGOs, field offices' own sites and mirrors,
in the region's languages and scripts. The text is ours; the facts (names, dates, bodies) are real or
plausible.

The gold follows tests/gold/README.md and the x- and y-sets: ``date`` the publication date, ``place``
the dateline's place as the page writes it (title case), ``source`` the issuing body the page names (a
``Source`` line or its equivalent in the page's language, a news agency in the dateline or as the
item's credit, several joined with `` / `` in the page's order) with ``inferred`` when the page only
implies it (a field office's or OSCE institution's own site, a statement's speaker). The masthead of
a news site, a ministry or an NGO is no issuer.

Method (kept from rounds 4 and 5, it is what makes the figures honest): each set was written and
committed WITH its gold before it was measured, measured once as it came (``AS_THEY_CAME``, recorded
in a commit of its own), and only then used for rules that hold across sites and languages; a1 was
measured before any rule of round 6, a4, a5 and a7 gave no rule (a7 is the round's last measurement).

Pooled as they came, a2-a7 (60 pages): title 0.967, date 0.967, place 0.933, source 0.883; a1-a7 (70):
0.971 / 0.971 / 0.943 / 0.871. After every rule (tuned on a1-a3 and a6: an upper bound): 0.986 / 0.986 /
0.986 / 0.971. The figures by group are in README.md, issue 11, "Round 6, titles, dates, places and the
issuing body (H5)".
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

#: file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple] = {
    # a1: written before any rule of round 6, committed before it was measured
    "a1_el.txt": ("Ο ΟΑΣΕ ζητά την απελευθέρωση τριών υπαλλήλων του στη Ρωσία", "2025-03-14", None,
                  "Athens-Macedonian News Agency", False),
    "a1_hy.txt": ("Միրզոյանը Վիեննայում հանդիպել է ԵԱՀԿ գլխավոր քարտուղարի հետ", "2025-03-20", None, None, False),
    "a1_de.txt": ("Generalsekretär Sinirlioğlu warnt vor Finanznot der Organisation", "2025-03-15", None,
                  "Austria Presse Agentur / Deutsche Presse-Agentur", False),
    "a1_mk.txt": ("Муцунски разговараше со генералниот секретар на ОБСЕ во Виена", "2025-03-17", None, None, False),
    "a1_uz.txt": ("YeXHT loyihalar koordinatori bilan uchrashuv bo‘lib o‘tdi", "2025-03-18", "Toshkent",
                  "National News Agency of Uzbekistan", False),
    "a1_en.txt": ("OSCE Mission to Serbia and Judicial Academy train prosecutors on cybercrime investigations",
                  "2025-03-19", "Belgrade", "OSCE Mission to Serbia", True),
    "a1_sr.txt": ("Шеф Мисије ОЕБС-а у Србији састао се са председницом Скупштине", "2025-03-20", None, "Tanjug",
                  False),
    "a1_fr.txt": ("Le BIDDH regrette de ne pas avoir été invité à observer la présidentielle bélarusse",
                  "2025-01-24", None, "Keystone-SDA / Agence France-Presse", False),
    "a1_ro.txt": ("Promo-LEX salută recomandările Misiunii OSCE/BIDDH privind alegerile prezidențiale",
                  "2025-03-24", None, None, False),
    "a1_ka.txt": ("მაკა ბოჭორიშვილი ეუთოს გენერალურ მდივანს შეხვდა", "2025-03-25", None, None, False),
    # a2: written after a1's rules, committed before it was measured
    "a2_bg.txt": ("Генералният секретар на ОССЕ призова за споразумение за бюджета", "2025-04-02", None, None, False),
    "a2_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu, Viyana'da Ukrayna için ateşkes çağrısı yaptı", "2025-04-02",
                  "Viyana", "Anadolu Agency", False),
    "a2_hy.txt": ("ԱԳ նախարարի տեղակալը հանդիպել է ԵԱՀԿ ԺՀՄԻԳ տնօրենի հետ", "2025-04-03", None, None, False),
    "a2_el.txt": ("Ο ΟΑΣΕ συζητά την αποστολή παρατηρητών στις εκλογές της Αρμενίας", "2025-04-03", "Βιέννη", None,
                  False),
    "a2_kk.txt": ("Сыртқы істер министрінің орынбасары ЕҚЫҰ Бағдарламалар офисінің басшысын қабылдады", "2025-04-03",
                  None, None, False),
    "a2_en.txt": ("OSCE chief says organisation ready to help monitor any Ukraine ceasefire", "2025-04-04", "Vienna",
                  "Reuters", False),
    "a2_ru.txt": ("Миссия ОБСЕ провела семинар для журналистов обоих берегов Днестра", "2025-04-04", "Кишинёв",
                  "OSCE Mission to Moldova", True),
    "a2_sq.txt": ("OSBE-ja mbështet Komisionin Qendror të Zgjedhjeve para numërimit të votave", "2025-04-04",
                  "Prishtinë", "KosovaPress", False),
    "a2_lv.txt": ("EDSO ģenerālsekretārs Rīgā tiksies ar ārlietu ministri", "2025-04-04", None, "LETA", False),
    "a2_it.txt": ("Osce, l'appello di Sinirlioglu: «Pronti a monitorare una tregua in Ucraina»", "2025-04-05", "Vienna",
                  "Agenzia Nazionale Stampa Associata / Agence France-Presse", False),
    # a3: written after a2's rules, committed before it was measured
    "a3_pl.txt": ("Sekretarz generalny OBWE w Warszawie. Rozmowy o budżecie i Ukrainie", "2025-05-02", "Warszawa",
                  "Polish Press Agency", False),
    "a3_cs.txt": ("Šéf OBSE varoval, že bez rozpočtu bude muset omezit mise na Balkáně", "2025-05-02", "Praha", None,
                  False),
    "a3_ro.txt": ("Secretarul general al OSCE cere statelor participante să aprobe bugetul", "2025-05-02", "Viena",
                  "Agerpres", False),
    "a3_sr.txt": ("Đurić sa šefom Misije OEBS-a o saradnji u oblasti vladavine prava", "2025-05-02", None, None, False),
    "a3_en.txt": ("OSCE PA President Kauma urges parliaments to protect election observers", "2025-05-05",
                  "Copenhagen", "OSCE Parliamentary Assembly", True),
    "a3_az.txt": ("Ceyhun Bayramov ATƏT-in Baş katibi ilə telefonla danışıb", "2025-05-05", "Bakı",
                  "Azerbaijan Press Agency", False),
    "a3_ka.txt": ("ეუთოს საპარლამენტო ასამბლეა თბილისში სესიას უმასპინძლებს", "2025-05-05", None, None, False),
    "a3_de.txt": ("OSZE-Vorsitz 2026: Der Bundesrat bestimmt seinen Sondergesandten", "2025-05-05", None,
                  "Keystone-SDA", False),
    "a3_hu.txt": ("Szijjártó Péter fogadta az EBESZ főtitkárát", "2025-05-05", None, "Hungarian News Agency", False),
    "a3_el.txt": ("Στη Βιέννη ο υφυπουργός Εξωτερικών για τη σύνοδο του ΟΑΣΕ", "2025-05-05", "Βιέννη",
                  "Athens-Macedonian News Agency", False),
    # a4: written after every rule of round 6 (a3's included), committed before it was measured
    "a4_sl.txt": ("Generalni sekretar OVSE na obisku v Ljubljani", "2025-05-12", "Ljubljana", "Slovenian Press Agency",
                  False),
    "a4_lt.txt": ("ESBO generalinis sekretorius: organizacijai reikia patvirtinto biudžeto", "2025-05-12", None,
                  "Baltic News Service", False),
    "a4_bs.txt": ("Misija OSCE-a u BiH upozorava na napade na novinare uoči izbora", "2025-05-12", None,
                  "Federal News Agency", False),
    "a4_ru.txt": ("Генсек ОБСЕ призвал страны-участницы утвердить бюджет организации", "2025-05-12", "Вена", "Interfax",
                  False),
    "a4_uk.txt": ("В ОБСЄ заявили про готовність допомогти з моніторингом перемир'я", "2025-05-12", None, None, False),
    "a4_fr.txt": ("L'OSCE se dit prête à surveiller un éventuel cessez-le-feu en Ukraine", "2025-05-12", None,
                  "Agence France-Presse", False),
    "a4_tg.txt": ("Вазири корҳои хориҷӣ бо Котиби генералии САҲА мулоқот кард", "2025-05-12", "Душанбе", "Khovar",
                  False),
    "a4_me.txt": ("OEBS: Izmjene izbornog zakona da se usvoje uz širok konsenzus", "2025-05-12", "Podgorica", None,
                  False),
    "a4_ky.txt": ("Тышкы иштер министри ЕККУнун Башкы катчысы менен жолукту", "2025-05-12", "Бишкек", "Kabar", False),
    "a4_nl.txt": ("OVSE wil helpen toezien op mogelijk bestand in Oekraïne", "2025-05-12", None, None, False),
    # a5: written after every rule of round 6, with heavier chrome (consent banners, tickers, breaking-news bars,
    # "listen to the article", photo credits, subscribe lines) and more Greek and Armenian pages; committed
    # before it was measured
    "a5_el.txt": ("Ο ΟΑΣΕ καλεί σε αποκλιμάκωση στον Νότιο Καύκασο", "2025-05-13", None, None, False),
    "a5_el2.txt": ("Στη Λευκωσία αντιπροσωπεία του Γραφείου Δημοκρατικών Θεσμών του ΟΑΣΕ", "2025-05-13", "Λευκωσία",
                   "Cyprus News Agency", False),
    "a5_hy.txt": ("ԵԱՀԿ ԺՀՄԻԳ-ը դիտորդներ կուղարկի Հայաստանի խորհրդարանական ընտրություններին", "2025-05-13", None,
                  None, False),
    "a5_hy2.txt": ("Արարատ Միրզոյանը հեռախոսազրույց է ունեցել ԵԱՀԿ գլխավոր քարտուղարի հետ", "2025-05-13", "Երևան",
                   "Armenpress", False),
    "a5_ru.txt": ("Генсек ОБСЕ заявил о готовности организации наблюдать за перемирием", "2025-05-13", None, None,
                  False),
    "a5_en.txt": ("Azerbaijani FM, OSCE Secretary General discuss peace agenda", "2025-05-13", "Baku", "Azertac",
                  False),
    "a5_de.txt": ("Außenministerin Meinl-Reisinger empfängt den Generalsekretär der OSZE", "2025-05-13", "Wien", None,
                  False),
    "a5_sq.txt": ("Kryetari i Prezencës së OSBE-së takon ministrin e Brendshëm", "2025-05-13", None,
                  "Albanian Telegraphic Agency", False),
    "a5_kk.txt": ("ЕҚЫҰ Бас хатшысы Астанаға сапармен келеді", "2025-05-13", None, None, False),
    "a5_fi.txt": ("Etyj: tulitauon valvonta Ukrainassa vaatisi kaikkien jäsenmaiden hyväksynnän", "2025-05-13", None,
                  None, False),
    # a6: written after every rule of round 6 (ministries' press releases with a number, a think tank, an
    # acronym two agencies share on an English page), committed before it was measured
    "a6_pl.txt": ("Wiceminister spraw zagranicznych rozmawiał z dyrektorem Biura Instytucji Demokratycznych i Praw "
                  "Człowieka OBWE", "2025-05-14", None, None, False),
    "a6_sk.txt": ("Generálny tajomník OBSE navštívi Bratislavu", "2025-05-14", None,
                  "News Agency of the Slovak Republic", False),
    "a6_uz.txt": ("ЕХҲТ лойиҳалар координатори билан учрашув бўлиб ўтди", "2025-05-14", "Тошкент",
                  "National News Agency of Uzbekistan", False),
    "a6_tr.txt": ("No: 112, 14 Mayıs 2025, AGİT Genel Sekreteri Feridun Sinirlioğlu'nun Ülkemizi Ziyareti Hk.",
                  "2025-05-14", None, None, False),
    "a6_it.txt": ("Tajani riceve il Segretario Generale dell'OSCE alla Farnesina", "2025-05-14", None, None, False),
    "a6_en.txt": ("Can the OSCE Still Monitor a Ceasefire in Ukraine?", "2025-05-14", None, None, False),
    "a6_ro.txt": ("Misiunea OSCE a prezentat un studiu despre încrederea în justiție", "2025-05-14", None,
                  "Info-Prim Neo", False),
    "a6_sr.txt": ("Мисија ОЕБС-а подржала обуку тужилаца о сајбер криминалу", "2025-05-14", "Београд",
                  "OSCE Mission to Serbia", True),
    "a6_hr.txt": ("Glavni tajnik OESS-a: Organizacija je spremna nadzirati primirje u Ukrajini", "2025-05-14", None,
                  "Croatian News Agency", False),
    "a6_ka.txt": ("Georgian Foreign Minister meets OSCE Secretary General in Vienna", "2025-05-14", "Tbilisi",
                  "Interpressnews", False),
    # a7: written after every rule of round 6 (a6's included), committed before it was measured; no rule from it
    "a7_be.txt": ("Рыженков обсудил с генсеком ОБСЕ работу организации", "2025-05-14", "Минск",
                  "Belarusian Telegraph Agency", False),
    "a7_ro.txt": ("Misiunea OSCE și CEC au semnat un acord de cooperare pentru alegerile parlamentare", "2025-05-15",
                  None, None, False),
    "a7_es.txt": ("La OSCE se ofrece a vigilar un alto el fuego en Ucrania", "2025-05-15", "Viena", "Agencia EFE",
                  False),
    "a7_pt.txt": ("OSCE disponível para monitorizar cessar-fogo na Ucrânia", "2025-05-15", None, "Lusa", False),
    "a7_en.txt": ("OSCE says it could monitor a Ukraine ceasefire if member states agree", "2025-05-14", None, None,
                  False),
    "a7_tg.txt": ("Дафтари САҲА барои сарҳадбонон курси омӯзишӣ баргузор кард", "2025-05-15", "Душанбе",
                  "OSCE Programme Office in Dushanbe", True),
    "a7_sr.txt": ("OEBS: Preporuke ODIHR-a da se sprovedu pre sledećih izbora", "2025-05-15", "Beograd", "FoNet",
                  False),
    "a7_de.txt": ("Bundesrat genehmigt das Mandat für die Ministerratstagung der OSZE", "2025-05-15", "Bern",
                  "Federal Department of Foreign Affairs", False),
    "a7_lv.txt": ("EDSO ģenerālsekretārs aicina apstiprināt organizācijas budžetu", "2025-05-15", "Rīga", "LETA",
                  False),
    "a7_az.txt": ("Байрамов и Синирлиоглу обсудили мирный процесс", "2025-05-15", "Баку",
                  "Turan Information Agency", False),
}

#: each page's site shape, for figures by group
SHAPES: dict[str, str] = {
    "a1_el.txt": "broadcaster", "a1_hy.txt": "broadcaster", "a1_de.txt": "paper", "a1_mk.txt": "government",
    "a1_uz.txt": "agency", "a1_en.txt": "field office", "a1_sr.txt": "broadcaster", "a1_fr.txt": "broadcaster",
    "a1_ro.txt": "ngo", "a1_ka.txt": "government",
    "a2_bg.txt": "broadcaster", "a2_tr.txt": "agency", "a2_hy.txt": "government", "a2_el.txt": "paper",
    "a2_kk.txt": "government", "a2_en.txt": "agency", "a2_ru.txt": "field office", "a2_sq.txt": "portal",
    "a2_lv.txt": "broadcaster", "a2_it.txt": "paper",
    "a3_pl.txt": "agency", "a3_cs.txt": "broadcaster", "a3_ro.txt": "agency", "a3_sr.txt": "government",
    "a3_en.txt": "body's site", "a3_az.txt": "agency", "a3_ka.txt": "broadcaster", "a3_de.txt": "broadcaster",
    "a3_hu.txt": "portal", "a3_el.txt": "agency",
    "a4_sl.txt": "agency", "a4_lt.txt": "broadcaster", "a4_bs.txt": "portal", "a4_ru.txt": "agency",
    "a4_uk.txt": "paper", "a4_fr.txt": "paper", "a4_tg.txt": "agency", "a4_me.txt": "paper", "a4_ky.txt": "agency",
    "a4_nl.txt": "broadcaster",
    "a5_el.txt": "broadcaster", "a5_el2.txt": "paper", "a5_hy.txt": "portal", "a5_hy2.txt": "agency",
    "a5_ru.txt": "broadcaster", "a5_en.txt": "agency", "a5_de.txt": "government", "a5_sq.txt": "broadcaster",
    "a5_kk.txt": "broadcaster", "a5_fi.txt": "broadcaster",
    "a6_pl.txt": "government", "a6_sk.txt": "broadcaster", "a6_uz.txt": "agency", "a6_tr.txt": "government",
    "a6_it.txt": "government", "a6_en.txt": "ngo", "a6_ro.txt": "agency", "a6_sr.txt": "field office",
    "a6_hr.txt": "broadcaster", "a6_ka.txt": "agency",
    "a7_be.txt": "agency", "a7_ro.txt": "broadcaster", "a7_es.txt": "paper", "a7_pt.txt": "broadcaster",
    "a7_en.txt": "paper", "a7_tg.txt": "field office", "a7_sr.txt": "agency", "a7_de.txt": "government",
    "a7_lv.txt": "agency", "a7_az.txt": "agency",
}

FIELDS = ("title", "date", "place", "source", "inferred")
PAGES = OwnPages("a", GOLD, FIELDS)

#: each set's figures as it came, measured once, before any rule written from it
AS_THEY_CAME: dict[str, dict[str, float]] = {
    # a1 (10 pages), before any rule of round 6: two agencies' codes closing the text ("(APA/dpa)", "ats/afp")
    "a1": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.8},
    # a2 (10 pages), after a1's rules: "публикувано на 02.04.25 в 14:20" (a two-digit year after a publication
    # word), "Βιέννη – ..." under a Greek stamp, "Prishtinë, 4 prill 2025 (KosovaPress) –",
    # "(ANSA-AFP) - VIENNA, 05 APR -"
    "a2": {"title": 1.0, "date": 0.9, "place": 0.7, "source": 0.9},
    # a3 (10 pages), after a2's rules: a broadcaster's programme line ending in the credit
    # ("SRF 4 News, 05.05.2025, 12:00 Uhr;sda/haem")
    "a3": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.9},
    # a4 (10 pages), after every rule of round 6: no miss
    "a4": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # a5 (10 pages), after every rule of round 6, heavier chrome: no miss
    "a5": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # a6 (10 pages), after every rule of round 6: a think tank's rubric "Commentary / Europe & Central Asia" taken
    # for the title, a Turkish ministry's numbered release (as x1_tr) titled "Ana Sayfa" and undated, an end
    # credit "Valentina Rusu, IPN" unread, "(IPN)" on a Georgian agency's English page read as Moldova's IPN
    "a6": {"title": 0.8, "date": 0.9, "place": 1.0, "source": 0.8},
    # a7 (10 pages), after every rule of round 6, the round's last measurement, no rule from it: Turan's
    # "Баку/15.05.25/Туран:" (as v8_az), the Swiss government's Herausgeber kept in German (as x3_de), an
    # agency's name above a stamp with its rubric ("Lusa" over "15 Mai, 2025, 10:15 | Mundo")
    "a7": {"title": 1.0, "date": 1.0, "place": 0.9, "source": 0.7},
}


def test_every_page_has_its_gold_and_shape():
    assert PAGES.on_disk() == sorted(GOLD) == sorted(SHAPES)


def test_the_as_they_came_figures_are_recorded_for_every_measured_set():
    assert set(AS_THEY_CAME) <= set(PAGES.sets())


if __name__ == "__main__":          # python tests/test_extract_own_pages_a.py a1 [a2 ...]: figures and misses
    PAGES.report(sys.argv[1:])


# ------------------------------------------------------------- rules after a1
# (each shape also on another site or in another language: the x- and y-pages as they stood)

import pytest  # noqa: E402

from osce_kg.loader.extract.document import read_text  # noqa: E402


def _one(text: str):
    return read_text(text, "page.txt").records[0]


_TEXT = ("Die Organisation für Sicherheit und Zusammenarbeit in Europa hat am Freitag in Wien vor einer "
         "Finanzkrise gewarnt.\n")


@pytest.mark.parametrize("credit, source", [
    # two wires signing one item, in brackets (a photo credit's shape) or bare, an editor's initials last
    ("(APA/dpa)", "Austria Presse Agentur / Deutsche Presse-Agentur"),
    ("dpa/afp", "Deutsche Presse-Agentur / Agence France-Presse"),
    ("ats/afp/jvia", "Keystone-SDA / Agence France-Presse"),
    # one wire and an editor's initials: the wire alone
    ("ats/jpr", "Keystone-SDA"),
    ("(dpa)", "Deutsche Presse-Agentur"),
])
def test_agencies_codes_closing_the_text(credit, source):
    assert _one(f"International\nOSZE warnt vor Finanznot\n15. März 2025, 11:20\n{_TEXT}{credit}\nTeilen\n").source \
        == source


@pytest.mark.parametrize("credit", ["(OSCE/Ivan Petrov)", "(Reuters/Jan Bo)", "Foto: APA/Roland Schlager"])
def test_a_photo_credit_closing_the_text_is_no_issuer(credit):
    assert _one(f"International\nOSZE warnt vor Finanznot\n15. März 2025, 11:20\n{_TEXT}{credit}\n").source is None


def test_an_agency_as_a_part_of_the_stamp():
    # "| sda" on a Swiss paper (the acronym read by the page's language), "| Beograd | Beta" on a Serbian portal
    assert _one(f"International\nOSZE-Vorsitz: Die Schweiz will Brücken bauen\n12.03.2025, 14.20 Uhr | sda\n{_TEXT}"
                ).source == "Keystone-SDA"
    record = _one("Svet\nOEBS o izborima u Srbiji\n12.03.2024. 14:20 | Beograd | Beta\nPosmatrači OEBS-a ocenili su "
                  "da su izbori bili slobodni ali neravnopravni.\n")
    assert (record.source, record.place) == ("BETA News Agency", "Beograd")
    assert _one(f"International\nOSZE-Vorsitz\n12.03.2025, 14.20 Uhr | Politik\n{_TEXT}").source is None


@pytest.mark.parametrize("text", [
    # an NGO's own site: its masthead, a section, its statement; the masthead is the site's, no issuer
    "Helsińska Fundacja Praw Człowieka\nAktualności\nObserwatorzy ODIHR o wyborach samorządowych\n15 marca 2024\n"
    "Fundacja spotkała się z obserwatorami Biura Instytucji Demokratycznych i Praw Człowieka OBWE.\n",
    "Freedom House\nStatements\nFreedom House welcomes ODIHR report on Azerbaijan's election\n18 March 2024\n"
    "Freedom House welcomes the final report of the OSCE Office for Democratic Institutions and Human Rights.\n",
])
def test_an_ngos_masthead_is_no_issuer(text):
    assert _one(text).source is None


def test_the_osces_own_masthead_still_is():
    record = _one("OSCE Mission to Serbia\nNews and stories\nJudges trained on hate crimes\nBELGRADE, 19 March 2025 – "
                  "Twenty judges completed a course organized by the OSCE Mission to Serbia.\n")
    assert (record.source, record.source_inferred) == ("OSCE Mission to Serbia", True)


def test_an_agency_code_the_masthead_writes_gets_the_agencys_name():
    record = _one("Beta\nPolitika\nBrnabić sa Braatuom o saradnji\n15.03.2024. 12:05\nBeograd, 15. marta (Beta) - "
                  "Predsednica Skupštine Srbije razgovarala je danas sa šefom Misije OEBS-a u Srbiji.\n")
    assert record.source == "BETA News Agency"


# ------------------------------------------------------------- rules after reading the y-pages' last misses
# (measured as they came by H6 in round 5; y10_ka, y11_el, y11_kk)

@pytest.mark.parametrize("line, place", [
    ("Βαλέτα, 15 Απριλίου 2024", "Βαλέτα"), ("ვარშავა, 8 აპრილი 2024", "ვარშავა"), ("Вена, 12 мая 2022", "Вена"),
    ("Երևան, 12 մայիսի 2024", "Երևան"), ("OSCE Permanent Council No. 1373 Vienna, 12 May 2022", "Vienna"),
])
def test_a_known_citys_date_line_in_any_script(line, place):
    record = _one(f"Statement on the release of the detained staff\n{line}\nThe Chair welcomed today the release of "
                  "the detained members of the staff of the former mission.\n")
    assert record.place == place


@pytest.mark.parametrize("line", ["la ville, 12 mai 2024", "Kyiv, Ukraine, 3 May 2024 and more"])
def test_no_place_from_a_date_line_without_a_known_capitalised_city(line):
    from osce_kg.loader.extract.layouts import _place_before_date
    assert _place_before_date(line) is None


def test_kazakh_months_in_the_latin_alphabet():
    from osce_kg.loader.extract.datelines import parse_dateline
    from osce_kg.loader.extract.dates import parse_date
    assert parse_date("15 sáýir 2024")[0].isoformat() == "2024-04-15"
    assert parse_date("3 jeltoqsan 2024")[0].isoformat() == "2024-12-03"
    d = parse_dateline("Astana. 15 sáýir. KAZINFORM – Qazaqstan Respýblikasynyń Syrtqy ister mınıstri")
    assert d is not None and (d.places, d.month_day) == (("Astana",), (4, 15))


# ------------------------------------------------------------- rules after a2

@pytest.mark.parametrize("line, date", [
    # a two-digit year after a publication word, a preposition before the time (BNR; the grammar the
    # four-digit stamps already had)
    ("публикувано на 02.04.25 в 14:20", "2025-04-02"), ("Опубликовано: 02.04.25 14:20", "2025-04-02"),
    ("Objavljeno 02.04.25. u 14:20", "2025-04-02"),
])
def test_two_digit_years_after_a_publication_word(line, date):
    from osce_kg.loader.extract.dates import short_year_stamp
    assert short_year_stamp(line).isoformat() == date


@pytest.mark.parametrize("line", ["Published 02.04.25", "12.03.24.", "Опубликовано 02.04.25", "14:35 • 12.03.84"])
def test_no_two_digit_year_stamp_without_a_time(line):
    from osce_kg.loader.extract.dates import short_year_stamp
    assert short_year_stamp(line) is None


@pytest.mark.parametrize("text, place", [
    # a known city and a dash under a dated headline, in Greek and Armenian as in Serbian Cyrillic
    ("Κόσμος\nΟ ΟΑΣΕ συζητά την αποστολή παρατηρητών\n03.04.2025 • 15:20\nΒιέννη – Το Γραφείο του ΟΑΣΕ εξετάζει "
     "την αποστολή παρατηρητών στις εκλογές.\n", "Βιέννη"),
    ("Աշխարհ\nԵԱՀԿ-ն քննարկում է դիտորդների առաքելությունը\n03.04.2025 15:20\nԵրևան – ԵԱՀԿ գրասենյակը քննարկում է "
     "դիտորդական առաքելության հարցը։\n", "Երևան"),
])
def test_a_known_city_and_a_dash_in_greek_and_armenian(text, place):
    assert _one(text).place == place


@pytest.mark.parametrize("line, place, agency", [
    # an agency's name in brackets longer than ten letters, and two agencies' codes before the dateline
    ("Prishtinë, 4 prill 2025 (KosovaPress) – Misioni i OSBE-së në Kosovë", "Prishtinë", "KosovaPress"),
    ("(ANSA-AFP) - VIENNA, 05 APR - Il segretario generale dell'Osce", "Vienna", "ANSA-AFP"),
])
def test_datelines_after_a2(line, place, agency):
    from osce_kg.loader.extract.datelines import parse_dateline
    d = parse_dateline(line)
    assert d is not None and (d.places, d.agency) == ((place,), agency)


@pytest.mark.parametrize("text, source", [
    ("Esteri\nOsce, pronti a monitorare una tregua\n5 aprile 2025 | 11:40\n(ANSA-AFP) - VIENNA, 05 APR - Il segretario "
     "generale dell'Osce ha detto che l'organizzazione è pronta.\n",
     "Agenzia Nazionale Stampa Associata / Agence France-Presse"),
    # one agency's name with a slash or hyphen stays one
    ("Ukraine\nOSCE monitors leave Donetsk\nKYIV, 12 March 2022 (RFE/RL) - The OSCE monitors left the city.\n",
     "Radio Free Europe/Radio Liberty"),
])
def test_two_agencies_before_the_dateline(text, source):
    assert _one(text).source == source


# ------------------------------------------------------------- rules after a3

@pytest.mark.parametrize("line, source", [
    # a broadcast's line under the text, its credit after a semicolon (SRF), as a stamp's last part (NZZ)
    ("SRF 4 News, 05.05.2025, 12:00 Uhr;sda/haem", "Keystone-SDA"),
    ("Tagesschau, 05.05.2025, 19:30 Uhr | dpa", "Deutsche Presse-Agentur"),
    ("SRF 4 News, 05.05.2025, 12:00 Uhr;sda/afp", "Keystone-SDA / Agence France-Presse"),
])
def test_a_credit_closing_a_stamp_under_the_text(line, source):
    assert _one(f"International\nOSZE-Vorsitz 2026\nMontag, 05.05.2025, 14:20 Uhr\n{_TEXT}{line}\nTeilen\n").source \
        == source


@pytest.mark.parametrize("line", ["Sendung vom 05.05.2025;Politik", "Mehr dazu; dpa", "SRF 4 News;sda"])
def test_no_credit_from_a_line_without_a_stamp_or_an_agency(line):
    assert _one(f"International\nOSZE-Vorsitz 2026\nMontag, 05.05.2025, 14:20 Uhr\n{_TEXT}{line}\n").source is None


# ------------------------------------------------------------- rules after a6

@pytest.mark.parametrize("rubric", ["Commentary / Europe & Central Asia", "Analyse | Osteuropa und Zentralasien",
                                    "Lajme / Politikë"])
def test_a_rubric_of_two_parts_above_a_longer_headline(rubric):
    record = _one(f"International Crisis Group\nRegions\nLatest Updates\nPublications\nAbout\n{rubric}\n"
                  "Can the OSCE Still Monitor a Ceasefire in Ukraine?\n14 May 2025\nThe Organization for Security and "
                  "Co-operation in Europe once ran the largest civilian monitoring mission.\n")
    assert record.title == "Can the OSCE Still Monitor a Ceasefire in Ukraine?"


@pytest.mark.parametrize("headline", ["Serbia / Kosovo: Dialogue Resumes in Brussels",
                                      "Belgrade / Pristina Talks Resume"])
def test_a_headline_with_a_slash_stays_the_title(headline):
    record = _one(f"World\n{headline}\n14 May 2025\nThe European Union said on Wednesday that the dialogue between "
                  "Belgrade and Pristina would resume in Brussels.\n")
    assert record.title == headline


def test_an_acronym_two_agencies_share_is_the_one_the_page_names():
    # "(IPN)" on a Georgian agency's English page is Interpressnews, not Moldova's Info-Prim Neo
    record = _one("Interpressnews\nPolitics\nSociety\nWorld\nPolitics\nGeorgian Foreign Minister meets OSCE chief\n"
                  "14.05.2025 14:20\nTbilisi, May 14 (IPN) - Georgian Foreign Minister met with the OSCE Secretary "
                  "General in Vienna.\n")
    assert record.source == "Interpressnews"
    record = _one("IPN\nAgenția de presă IPN\nPolitic\nSocial\nPolitic\nMisiunea OSCE a prezentat un studiu\n"
                  "14.05.2025 14:20\nChișinău, 14 mai (IPN) - Misiunea OSCE în Republica Moldova a prezentat un "
                  "studiu.\n")
    assert record.source == "Info-Prim Neo"


def test_an_authors_name_then_the_agency_closing_the_text():
    record = _one("Politic\nMisiunea OSCE a prezentat un studiu despre justiție\n14.05.2025 14:20\nMisiunea OSCE în "
                  "Republica Moldova a prezentat marți un studiu privind percepția publicului.\nValentina Rusu, IPN\n")
    assert record.source == "Info-Prim Neo"


# ------------------------------------------------------------- all the sets, as they stand

@pytest.mark.parametrize("field, floor", [("title", 0.95), ("date", 0.95), ("place", 0.95), ("source", 0.90)])
def test_the_round_6_pages_hold_their_figures(field, floor):
    # after every rule of the round (tuned on the sets measured before it: an upper bound, not a measure)
    assert PAGES.accuracy(list(GOLD), field) >= floor
