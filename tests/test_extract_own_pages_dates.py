"""Whole pages of our own for issue 11's fourth round (dates, then titles, places and the
issuing body) in the shapes of third-party sites of the region: news agencies, ministries,
portals and mirrors in Russian, Bulgarian, Georgian, Armenian, Turkish, German, French,
Serbian, Polish, Bosnian, ... The text is ours; the facts are real or plausible.

Each page carries a date trap of a kind the shared folders show: an "updated" stamp beside
the published one, a time before the date, a relative label ("Dzisiaj 14:20"), the date only
in a metadata line below the text, a yearless dateline under a dated site line, dates of
events in the body, month names in Cyrillic, Georgian and Armenian script.

The gold follows tests/gold/README.md: ``date`` is the publication date (never an update, an
event in the body, or a relative label), ``place`` the dateline's place as the page writes
it, ``source`` the issuing body the page names (a news agency in the dateline or a
``Source:`` line), with ``inferred`` when the page only implies it.

The v1-pages were written before any rule of the round and measured once, as they came
(README, issue 11, "round 4, dates"); the rules were then written from what they showed, as
grammar that holds across sites. The v2-pages were written after the rules and measured once
as they came: that is the round's honest figure. They are kept at the figures below so that a
later change that breaks them shows.
"""
from __future__ import annotations

import pytest
from own_pages import OwnPages

# file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple[str | None, str | None, str | None, str | None, bool]] = {
    "v1_ru.txt": ("Постсовет ОБСЕ продлил мандат миссии в Молдове еще на год", "2023-06-29", "Вена",
                  "Interfax", False),
    "v1_bg.txt": ("ОССЕ ще наблюдава предсрочните парламентарни избори в България", "2022-09-14", "София",
                  "Bulgarian News Agency", False),
    "v1_ka.txt": ("ეუთო/ოდირი საქართველოში საარჩევნო სადამკვირვებლო მისიას ხსნის", "2024-09-12", None, None, False),
    "v1_hy.txt": ("ԵԱՀԿ Մինսկի խմբի համանախագահները կայցելեն տարածաշրջան", "2019-06-05", "Երևան",
                  "Armenpress", False),
    "v1_tr.txt": ("AGİT Ukrayna'daki izleme misyonunun görev süresini bir yıl uzattı", "2021-03-11", "Viyana",
                  "Anadolu Agency", False),
    "v1_de.txt": ("Außenminister Maas zum OSZE-Ministerrat in Tirana", "2020-12-03", None, None, False),
    "v1_fr.txt": ("Kosovo: l'OSCE salue le déroulement des élections municipales", "2013-11-04", None, None, False),
    "v1_sr.txt": ("Дачић разговарао са шефом Мисије ОЕБС-а у Србији", "2023-05-14", None, "Tanjug", False),
    "v1_pl.txt": ("OBWE: Rada Ministerialna w Skopje bez wspólnej deklaracji", "2023-12-01", "Skopje",
                  "Polish Press Agency", False),
    "v1_ba.txt": ("Misija OSCE-a u BiH pozdravila usvajanje izmjena Izbornog zakona", "2019-06-06", "Sarajevo",
                  None, False),
    # the second set, written after the round's rules and measured once as it came
    "v2_uk.txt": ("ОБСЄ запускає нову програму підтримки для України", "2022-12-14", None, None, False),
    "v2_mk.txt": ("Мисијата на ОБСЕ го поздрави почетокот на пописот", "2021-09-01", "Скопје",
                  "Media Information Agency", False),   # MIA's own English name (the gold first had it wrong)
    "v2_el.txt": ("ΟΑΣΕ: Ανησυχία για τις συγκρούσεις στα σύνορα Αρμενίας και Αζερμπαϊτζάν", "2022-09-14", None,
                  None, False),
    "v2_kk.txt": ("ЕҚЫҰ ДИАБ Мәжіліс сайлауына бақылау миссиясын ашты", "2023-02-21", "Астана", "Kazinform", False),
    "v2_ky.txt": ("ЕККУнун программалык кеңсеси журналисттер үчүн семинар өткөрдү", "2021-11-15", "Бишкек", "Kabar",
                  False),
    "v2_tg.txt": ("Сафири САҲА бо вазири корҳои хориҷӣ мулоқот кард", "2020-06-09", "Душанбе", "Khovar", False),
    "v2_it.txt": ("Osce, l'Italia assume la presidenza: le priorità di Alfano", "2018-01-01", "Roma",
                  "Agenzia Nazionale Stampa Associata", False),
    "v2_es.txt": ("La OSCE pide a Rusia y Ucrania respetar el alto el fuego en el Donbás", "2020-07-23", "Viena",
                  "Agencia EFE", False),
    "v2_ro.txt": ("Misiunea OSCE în Republica Moldova are un nou șef", "2019-09-02", "Chișinău", "Moldpres", False),
    "v2_sq.txt": ("OSBE: Zgjedhjet vendore të 14 majit u zhvilluan në qetësi", "2023-05-15", None, None, False),
    "v2_hr.txt": ("OESS: Izbori u Srbiji održani u neravnopravnim uvjetima", "2023-12-18", "Beograd",
                  "Croatian News Agency", False),
    "v2_sr.txt": ("Braatu: OEBS ostaje posvećen podršci medijima", "2023-03-22", None, "BETA News Agency", False),
    # the third set, written after the rules the v2-pages led to, measured once as it came
    "v3_ru.txt": ("ОБСЕ поможет Кыргызстану в подготовке к выборам", "2020-09-28", "Бишкек", None, False),
    "v3_az.txt": ("ATƏT-in Minsk qrupunun həmsədrləri Bakıya gəlir", "2020-01-28", "Bakı", "Report News Agency",
                  False),
    "v3_hy.txt": ("ԵԱՀԿ-ն դիտորդական առաքելություն կուղարկի Հայաստան", "2021-05-21", None, None, False),
    "v3_ka.txt": ("ეუთოს საპარლამენტო ასამბლეის დელეგაცია თბილისს ეწვევა", "2022-10-05", None, None, False),
    "v3_de.txt": ("OSZE-Treffen in Lodz: Lawrow nicht eingeladen", "2022-12-01", "Lodz", "Austria Presse Agentur",
                  False),
    # (source: the closing credit "ats/afp/jvia" names two agencies, as the x-, y- and a-lines score an item's
    # credit; written None in round 4, when only datelines and labels were read; corrected in round 6, H5)
    "v3_fr.txt": ("L'OSCE renforce sa mission d'observation en Ukraine", "2014-03-05", None,
                  "Keystone-SDA / Agence France-Presse", False),
    "v3_cs.txt": ("OBSE vyšle do Česka misi k parlamentním volbám", "2021-08-30", "Praha", None, False),
    "v3_bs.txt": ("Misija OSCE-a: Izborni proces mora biti transparentan", "2022-10-02", None, None, False),
    "v3_bg.txt": ("ОССЕ: Изборите в България бяха конкурентни, но липсва доверие", "2021-04-12", None, None, False),
    "v3_tr.txt": ("AGİT Genel Sekreteri Schmid Ankara'yı ziyaret etti", "2021-06-07", None, None, False),
    "v3_sr.txt": ("ОЕБС: Мисија у Србији наставља рад", "2024-01-17", "Београд", None, False),
    "v3_ro.txt": ("Misiunea OSCE a prezentat raportul privind alegerile", "2021-07-15", "Chișinău", "Info-Prim Neo",
                  False),
    # the fourth set, written after the rules the v3-pages led to, measured once as it came
    "v4_uk.txt": ("Дмитро Кулеба закликав ОБСЄ посилити тиск на Росію", "2021-12-02", None, None, False),
    "v4_ru.txt": ("Лавров примет участие в СМИД ОБСЕ в Скопье", "2023-11-27", "Москва", "RIA Novosti", False),
    "v4_de.txt": ("Bundespräsident Cassis eröffnet OSZE-Konferenz in Genf", "2022-10-12", "Bern", None, False),
    "v4_it.txt": ("Tajani alla Ministeriale OSCE di Skopje", "2023-11-30", None, None, False),
    "v4_pl.txt": ("Minister Rau przedstawił priorytety przewodnictwa w OBWE", "2022-01-14", None, None, False),
    "v4_en.txt": ("OSCE, Kyrgyz Interior Ministry discuss police reform", "2021-03-09", "Bishkek", "AKIpress", False),
    "v4_me.txt": ("OEBS: Crna Gora napredovala u oblasti medijskih sloboda", "2022-05-18", "Podgorica", None, False),
    "v4_hu.txt": ("Az EBESZ megfigyelőket küld a magyar választásokra", "2022-03-03", "Bécs", "Hungarian News Agency",
                  False),
    "v4_sq.txt": ("OSBE: Kosova ka bërë progres në fushën e të drejtave të komuniteteve", "2019-12-12", "Prishtinë",
                  "KosovaPress", False),
    "v4_el.txt": ("Στην Αθήνα ο Γενικός Γραμματέας του ΟΑΣΕ", "2019-09-12", None, None, False),
    "v4_kk.txt": ("Наблюдатели БДИПЧ ОБСЕ прибыли в Казахстан", "2022-10-21", None, None, False),
    # the fifth set, written after every rule of the round, measured once as it came
    "v5_be.txt": ("Макей встретился с генсеком ОБСЕ", "2019-06-12", "Минск", "Belarusian Telegraph Agency", False),
    "v5_uz.txt": ("EXHT delegatsiyasi Toshkentda bo'ldi", "2022-02-15", "Toshkent", "National News Agency of Uzbekistan",
                  False),
    "v5_lt.txt": ("ESBO stebėtojai vyks į Lietuvos rinkimus", "2024-04-15", "Vilnius", "Baltic News Service", False),
    "v5_nl.txt": ("OVSE stuurt waarnemers naar Georgië", "2024-10-28", "Brussel", "Belga", False),
    "v5_de.txt": ("OSZE: Wahlbeobachter kritisieren Abstimmung in Aserbaidschan", "2024-02-08", "Baku",
                  "Deutsche Presse-Agentur", False),
    "v5_fr.txt": ("L'OSCE dénonce des pressions sur les électeurs en Russie", None, None, None, False),
    "v5_ka.txt": ("ეუთოს გენერალური მდივანი თბილისს ესტუმრა", "2024-03-12", None, None, False),
    "v5_sr.txt": ("Dačić sa Braatuom o saradnji sa OEBS-om", "2024-03-12", "Beograd", "Tanjug", False),
    "v5_hy.txt": ("ԵԱՀԿ ներկայացուցիչն այցելել է Գյումրի", "2024-03-12", "Գյումրի", "Armenpress", False),
    "v5_ro.txt": ("Ministrul Afacerilor Externe s-a întâlnit cu secretarul general al OSCE", "2024-03-12", "Bucureşti",
                  "Agerpres", False),
    # the sixth set, written after every rule of the round (the stamp by its words too), measured once
    "v6_ru.txt": ("ОБСЕ осталась без бюджета", "2024-03-14", None, None, False),
    "v6_uk.txt": ("ОБСЄ закриває свій проєкт у Києві", "2022-06-30", None, None, False),
    "v6_sr.txt": ("Šef Misije OEBS: Srbija napredovala u reformi medija", "2024-03-12", None, None, False),
    "v6_bs.txt": ("OSCE: Lokalni izbori moraju biti fer", "2024-03-12", "Sarajevo", None, False),
    "v6_az.txt": ("Ceyhun Bayramov ATƏT-in baş katibi ilə görüşüb", "2024-03-12", "Bakı", "Azerbaijan Press Agency",
                  False),
    "v6_tr.txt": ("AGİT'ten Gürcistan seçimlerine ilişkin açıklama", "2024-10-28", None, None, False),
    "v6_pl.txt": ("OBWE: Wybory na Białorusi nie były wolne", "2024-02-26", None, None, False),
    "v6_fr.txt": ("L'OSCE appelle à la désescalade au Haut-Karabakh", "2023-09-19", "Vienne", "Belga", False),
    "v6_el.txt": ("Ο ΟΑΣΕ καταδικάζει την επίθεση στο Χάρκοβο", "2024-03-12", None, None, False),
    "v6_mk.txt": ("Мисијата на ОБСЕ организира обука за новинари", "2024-03-12", None, None, False),
    # the seventh set, written after every rule of the round and measured once; two place rules came after it
    "v7_ru.txt": ("Миссия БДИПЧ ОБСЕ откроется в Астане", "2024-03-12", "Астана", "Interfax", False),
    "v7_uk.txt": ("Генсек ОБСЄ прибула до Києва", "2024-03-12", None, None, False),
    "v7_sq.txt": ("Hasani pret Sekretaren e Përgjithshme të OSBE-së", "2024-03-12", "Tiranë",
                  "Albanian Telegraphic Agency", False),
    "v7_de.txt": ("OSZE-Generalsekretärin fordert mehr Geld für die Organisation", "2024-03-12", "Wien", None, False),
    "v7_it.txt": ("Osce, la segretaria generale a Roma: «Serve un bilancio»", "2024-03-12", None, None, False),
    "v7_es.txt": ("La OSCE pide a Rusia que libere a sus empleados detenidos", "2024-03-12", "Madrid", None, False),
    "v7_ro.txt": ("OSCE trimite observatori la alegerile din Republica Moldova", "2024-03-12", None, None, False),
    "v7_cs.txt": ("OBSE vyzvala k propuštění svých zaměstnanců", "2024-03-12", None, None, False),
    "v7_hu.txt": ("Az EBESZ főtitkára Budapestre látogatott", "2024-03-12", None, None, False),
    "v7_kk.txt": ("ЕҚЫҰ Бас хатшысы Астанаға келді", "2024-03-12", None, None, False),
    # the eighth set, written after every rule of the round and measured once; one title rule came after it
    # (the two-digit year of v8_az and the Estonian page the language reader rejects are still missed)
    "v8_en.txt": ("OSCE observers criticise Georgia's local elections", "2024-03-12", None, None, False),
    "v8_ru.txt": ("Мирзоян обсудил с генсеком ОБСЕ ситуацию в регионе", "2024-03-12", "Ереван", "Sputnik", False),
    "v8_sl.txt": ("OVSE pozval k spoštovanju premirja", "2024-03-12", "Ljubljana", "Slovenian Press Agency", False),
    "v8_lv.txt": ("EDSO ģenerālsekretāre apmeklē Rīgu", "2024-03-12", None, None, False),
    "v8_et.txt": ("OSCE peasekretär külastas Tallinna", "2024-03-12", None, None, False),
    "v8_de.txt": ("Die OSZE ringt um ihr Budget", "2024-03-12", None, None, False),
    "v8_fr.txt": ("L'OSCE, une organisation paralysée", "2024-03-12", None, None, False),
    "v8_az.txt": ("Представитель ОБСЕ встретился с омбудсменом", "2024-03-12", "Баку", "Turan Information Agency",
                  False),
    "v8_uk.txt": ("Кулеба обговорив з генсеком ОБСЄ звільнення співробітників місії", "2024-03-12", "Київ",
                  "Interfax", False),
    "v8_hr.txt": ("OESS traži oslobađanje svojih djelatnika", "2024-03-12", None, None, False),
}
#: a source is right only when its value and its being inferred both are
PAGES = OwnPages("v", GOLD, ("title", "date", "place", "source", "inferred"))


# ------------------------------------------------------------- the shapes behind the rules
# Lines of our own in the shapes the v1-pages showed and in the same shapes on other sites and
# in other languages (a rule earns its place when it holds across them).

from osce_kg.loader.extract.datelines import parse_dateline, title_case  # noqa: E402
from osce_kg.loader.extract.dates import parse_date, published_stamp, site_timestamp  # noqa: E402
from osce_kg.loader.extract.layouts import meta_line_date  # noqa: E402
import datetime as _dt  # noqa: E402

D = _dt.date


@pytest.mark.parametrize("line, date", [
    # a stamp line in parts: a byline's name, the date, an update stamp, a rubric, a time
    ("Hilal Demir   |11.03.2021 - Güncelleme : 12.03.2021", D(2021, 3, 11)),
    ("03.12.2020 - Artikel", D(2020, 12, 3)),
    ("12.03.2024 – Pressemitteilung", D(2024, 3, 12)),
    ("Piše: Amra Hodžić | 06.06.2019. u 09:12", D(2019, 6, 6)),
    ("Updated 13 March 2024 | Published 12 March 2024", D(2024, 3, 12)),
    ("Müəllif: Aynur Həsənova | 12.03.2024 | 14:20", D(2024, 3, 12)),
    ("14:20 → 12.03.2024", D(2024, 3, 12)),
    # an update time after the first one, weekdays in more languages, a weekday after the date
    ("недеља, 14. мај 2023, 12:05 -> 14:30", D(2023, 5, 14)),
    ("Τρίτη, 12 Μαρτίου 2024 14:20", D(2024, 3, 12)),
    ("E martë, 12 mars 2024, 14:20", D(2024, 3, 12)),
    ("Cuma, 12.03.2024", D(2024, 3, 12)),
    ("12 Mart 2024 Salı 14:20", D(2024, 3, 12)),
    # Iberian "de", spaced numerics, year words, Central Asian hyphens, ISO date-times
    ("12 de marzo de 2024, 14:20", D(2024, 3, 12)),
    ("12. 3. 2024. | 14:20", D(2024, 3, 12)),
    ("12 марта 2024 г., 14:20", D(2024, 3, 12)),
    ("12-март, 2024-ж. 14:20", D(2024, 3, 12)),
    ("12-mart 2024-yil 10:15", D(2024, 3, 12)),
    ("12 марти 2024, 14:20", D(2024, 3, 12)),
    ("2024-03-12T14:20:00+01:00", D(2024, 3, 12)),
    ("Mar 12, 2024 14:20 GMT+4", D(2024, 3, 12)),
    ("12 марта 2024 в 14:20 МСК", D(2024, 3, 12)),
    # year first with a month name, then a weekday or a time
    ("2024. március 12., kedd 14:20", D(2024, 3, 12)),
    ("2024 m. kovo 12 d. 14:20", D(2024, 3, 12)),
    ("2024 წლის 12 მარტი, 14:20", D(2024, 3, 12)),
])
def test_stamp_lines(line, date):
    assert (site_timestamp(line) or meta_line_date(line)) == date


@pytest.mark.parametrize("line", [
    "Güncelleme : 12.03.2021", "Aktualizacja: 02.12.2023, 09:10", "Ažurirano: 13.03.2024. 09:10",
    "Обновено в 13:05 на 15.09.2022", "Përditësuar më 13.03.2024", "Stand 04.12.2020",
    "Дата оновлення: 14 березня 2024, 09:30", "mis à jour le 12/03/2024 à 14h20",
    "12 March 2024 Politics",                            # a date, then a word that is no weekday
    "2024. március 12. Politika", "2024 Election results",
    "Dzisiaj 14:20", "2 часа назад",                     # relative labels give no date
    "Misija je 12.03.2024 - uz podršku EU - održala konferenciju o slobodi medija u Beogradu",
])
def test_no_publication_date(line):
    assert site_timestamp(line) is None and meta_line_date(line) is None


@pytest.mark.parametrize("line, date", [
    ("Opublikowano: 01.12.2023, 18:42", D(2023, 12, 1)),
    ("Publicat: 12.03.2024, 14:20", D(2024, 3, 12)),
    ("Опубликовано 12 марта 2024", D(2024, 3, 12)),
    ("Publicado el 12 de marzo de 2024", D(2024, 3, 12)),
])
def test_published_stamps(line, date):
    assert published_stamp(line) == date


@pytest.mark.parametrize("line", ["12.03.2024", "Stand 04.12.2020", "Aktualizacja: 02.12.2023"])
def test_bare_or_update_stamps_are_no_published_stamps(line):
    assert published_stamp(line) is None


@pytest.mark.parametrize("line, places, date, month_day, agency", [
    # a mixed-case place, a full date and a full stop, then the sentence (ministries, agencies)
    ("Київ, 12 березня 2024 року. Міністр закордонних справ", ("Київ",), D(2024, 3, 12), None, None),
    ("Вена, 6 октября 2022 года. Постоянный совет", ("Вена",), D(2022, 10, 6), None, None),
    # agencies in Greek capitals, several words between slashes, Kazakh capitals after the date
    ("ΑΘΗΝΑ, 12 Μαρτίου (ΑΠΕ-ΜΠΕ) - Ο ΟΑΣΕ", ("Αθηνα",), None, (3, 12), "ΑΠΕ-ΜΠΕ"),
    ("Душанбе, 12.03.2024 /АМИТ «Ховар»/. Дафтари", ("Душанбе",), D(2024, 3, 12), None, "АМИТ «Ховар»"),
    ("Алматы. 12 наурыз. ҚазАқпарат - ЕҚЫҰ", ("Алматы",), None, (3, 12), None),
    ("SKOPJE, 12. 3. 2024 – Misija OEBS", ("Skopje",), D(2024, 3, 12), None, None),
    ("ԵՐԵՎԱՆ, 5 ՀՈՒՆԻՍԻ, ARMENPRESS: ԵԱՀԿ", ("Երևան",), None, (6, 5), None),
])
def test_datelines_of_round_4(line, places, date, month_day, agency):
    d = parse_dateline(line)
    assert d is not None and (d.places, d.date, d.month_day, d.agency) == (places, date, month_day, agency)


def test_a_headline_with_a_colon_and_no_year_is_no_full_stop_dateline():
    d = parse_dateline("Moscow, 12 March: talks")
    assert d is None or d.date is None


def test_armenian_capitals_give_the_ligature_inside_a_word_only():
    assert title_case("ԵՐԵՎԱՆ") == "Երևան" and title_case("ԵՎՐՈՊԱ") == "Եվրոպա"


def test_the_tajik_capital_is_no_weekday():
    assert parse_dateline("ДУШАНБЕ, 12.03.2024 /АМИТ «Ховар»/. Текст").places == ("Душанбе",)


from osce_kg.loader.extract.document import read_text  # noqa: E402


def _one(text: str):
    return read_text(text, "page.txt").records[0]


@pytest.mark.parametrize("text, title", [
    # a relative time or a counter above the headline is a site's stamp, not the title
    ("Новости\n2 часа назад\nСотрудники ОБСЕ посетили Донбасс\nМониторы ОБСЕ посетили линию соприкосновения "
     "в Донецкой области, сообщила миссия в своем ежедневном отчете.\n", "Сотрудники ОБСЕ посетили Донбасс"),
    ("Politika\n1234 pregleda\nMisija OEBS-a održala konferenciju u Beogradu\n12. 3. 2024. 14:20\n"
     "BEOGRAD - Misija OEBS-a u Srbiji održala je danas konferenciju o slobodi medija.\n",
     "Misija OEBS-a održala konferenciju u Beogradu"),
    # a ministry's name above its breadcrumb, or above a one-word rubric, is the site's header
    ("Ministerio de Asuntos Exteriores\nInicio > Sala de prensa > Comunicados\nEspaña asume la vicepresidencia "
     "de la OSCE\nComunicado 045\n12 de marzo de 2024\nEl ministro de Asuntos Exteriores participó hoy en la "
     "reunión de la OSCE celebrada en Viena el 10 de marzo.\n", "España asume la vicepresidencia de la OSCE"),
    ("Міністерство закордонних справ України\nНовини\nЗаява МЗС України щодо рішення Постійної ради ОБСЄ\n"
     "12 березня 2024, 18:05\nМЗС України вітає рішення Постійної ради ОБСЄ, ухвалене 11 березня.\n",
     "Заява МЗС України щодо рішення Постійної ради ОБСЄ"),
    # a tag under a headline and its date is no rubric: the headline stays
    ("OSZE verlängert Mandat\n12.03.2024\nPolitik\nDie Mission bleibt ein weiteres Jahr in Moldau\n"
     "Die OSZE hat das Mandat ihrer Mission in Moldau verlängert: die Mission bleibt ein weiteres Jahr.\n",
     "OSZE verlängert Mandat"),
])
def test_titles_below_site_stamps_and_headers(text, title):
    assert _one(text).title == title


def test_an_update_stamp_under_the_date_is_not_the_date():
    record = _one("Новини\nЗаява МЗС щодо рішення Постійної ради ОБСЄ\n12 березня 2024, 18:05\n"
                  "Дата оновлення: 14 березня 2024, 09:30\nМЗС України вітає рішення Постійної ради ОБСЄ.\n")
    assert record.date == D(2024, 3, 12)


def test_a_greek_place_in_capitals_gets_its_accent_back():
    record = _one("Κόσμος\nΟ ΟΑΣΕ χαιρετίζει τη συμφωνία\nΑΘΗΝΑ, 12 Μαρτίου 2024 (ΑΠΕ-ΜΠΕ) - Ο ΟΑΣΕ "
                  "χαιρέτισε τη συμφωνία που υπεγράφη σήμερα στην Αθήνα.\n")
    assert (record.place, record.date) == ("Αθήνα", D(2024, 3, 12))


def test_a_publication_stamp_below_the_text_dates_the_page():
    record = _one("Świat\nOBWE bez wspólnej deklaracji\nSkopje (PAP) - Spotkanie Rady Ministerialnej OBWE "
                  "zakończyło się bez deklaracji.\nSpotkanie rozpoczęło się 30 listopada.\n"
                  "Opublikowano: 01.12.2023, 18:42 | Aktualizacja: 02.12.2023, 09:10\n")
    assert (record.date, record.place) == (D(2023, 12, 1), "Skopje")


def test_a_bare_date_below_the_text_does_not_date_the_page():
    record = _one("Aktuelles\nOSZE-Ministerrat ohne gemeinsame Erklärung\nDie Außenminister der OSZE trafen "
                  "sich in Skopje zu ihrem jährlichen Treffen.\nStand 04.12.2023\n")
    assert record.date is None


def test_a_sites_date_bar_gives_way_to_the_stamp_under_the_headline():
    record = _one("Четверг, 6 декабря 2026\nИнтерфакс\nОБСЕ продлила мандат миссии в Молдове\n"
                  "29.06.2023 15:40\nПостоянный совет ОБСЕ продлил мандат миссии в Молдове.\n")
    assert record.date == D(2023, 6, 29)


def test_a_date_above_the_headline_is_kept_without_another():
    record = _one("12.03.2024 | Politika\nOEBS pozdravio izborne reforme\nMisija OEBS-a pozdravila je danas "
                  "izmjene izbornog zakona.\n")
    assert record.date == D(2024, 3, 12)


# ------------------------------------------------------------- rules after the v2-pages
# (tuned on what the v2-pages showed; each shape also in another language or site here)

@pytest.mark.parametrize("line, date", [
    ("ΔΗΜΟΣΙΕΥΣΗ: 14.09.2022 15:40 | ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 15.09.2022 09:12", D(2022, 9, 14)),
    ("Δημοσίευση: 14.09.2022 15:40", D(2022, 9, 14)),
    ("22.03.2023. 10:15 Poslednje ažuriranje 22.03.2023. 18:40", D(2023, 3, 22)),
    ("12 March 2024 Last updated 13 March 2024", D(2024, 3, 12)),
    ("12.03.2024, 14:20 (обновлено 13.03.2024)", D(2024, 3, 12)),
])
def test_stamps_after_the_v2_pages(line, date):
    assert (site_timestamp(line) or meta_line_date(line)) == date


@pytest.mark.parametrize("line, places, date, month_day, agency", [
    ("(ANSA) - ROMA, 1 GEN - L'Italia assume", ("Roma",), None, (1, 1), "ANSA"),
    ("(AGI) - MILANO, 6 DIC - Il Consiglio", ("Milano",), None, (12, 6), "AGI"),
    ("ROMA, 01 gennaio 2018, 12:30", ("Roma",), D(2018, 1, 1), None, None),
    ("Viena, 23 jul (EFE).- La Organización", ("Viena",), None, (7, 23), "EFE"),
    ("MADRID, 23 Jul. (EUROPA PRESS) - El ministro", ("Madrid",), None, (7, 23), None),
    ("ST. POLTEN, 12 March 2024 - The", ("St. Polten",), D(2024, 3, 12), None, None),
])
def test_datelines_after_the_v2_pages(line, places, date, month_day, agency):
    d = parse_dateline(line)
    assert d is not None and (d.places, d.date, d.month_day) == (places, date, month_day)
    assert agency is None or d.agency == agency


def test_a_place_closed_by_a_full_stop_is_not_joined_to_the_agency():
    record = _one("Саясат\nЕҚЫҰ миссиясы жұмысын бастады\nЖарияланды: 21 ақпан 2023 14:05\n"
                  "АСТАНА. KAZINFORM – ЕҚЫҰ миссиясы Астанада жұмысын бастады.\n")
    assert (record.place, record.source, record.date) == ("Астана", "Kazinform", D(2023, 2, 21))


@pytest.mark.parametrize("text, title", [
    ("Top Channel\nLajme / Politikë\nOSBE: Zgjedhjet vendore të 14 majit u zhvilluan në qetësi\n"
     "Publikuar më 15 Maj 2023, 11:05\nMisioni i OSBE deklaroi sot se zgjedhjet e 14 majit u zhvilluan në qetësi.\n",
     "OSBE: Zgjedhjet vendore të 14 majit u zhvilluan në qetësi"),
    ("МИА\nМакедонија | Политика\nОБСЕ ја поздрави изборната реформа\nСКОПЈЕ, 12 март 2024 (МИА) - "
     "Мисијата на ОБСЕ ја поздрави изборната реформа.\n", "ОБСЕ ја поздрави изборната реформа"),
])
def test_titles_below_two_word_crumbs_and_with_numbers(text, title):
    assert _one(text).title == title


@pytest.mark.parametrize("text, source", [
    ("Хабарҳо\nСАҲА семинар гузаронд\nДУШАНБЕ, 09.06.2020 /АМИТ «Ховар»/. Дафтари САҲА семинар гузаронд.\n",
     "Khovar"),
    ("Politika\nOEBS o medijima\nIzvor: Beta\nMisija OEBS u Srbiji podržava nezavisne medije.\n",
     "BETA News Agency"),
    ("Internacional\nLa OSCE pide respetar el alto el fuego\nViena, 23 jul (EFE).- La OSCE pidió hoy respetar "
     "el alto el fuego.\nPublicado: 23/07/2020 14:05\n", "Agencia EFE"),
])
def test_agencies_named_in_short(text, source):
    assert _one(text).source == source


def test_a_nationality_is_no_agency_name():
    record = _one("Politics\nOSCE chief visits Warsaw\nSource: Polish\nThe OSCE Secretary General visited Warsaw.\n")
    assert record.source != "Polish Press Agency"


# ------------------------------------------------------------- rules after the v3-pages

@pytest.mark.parametrize("line, date", [
    ("Публикувана 18:05 12.04.2021", D(2021, 4, 12)),
    ("Опубликован 12.03.2024 14:20", D(2024, 3, 12)),
    ("Objavljena: 12.03.2024", D(2024, 3, 12)),
    ("Yayınlanma: 07.06.2021 14:32 | Son Güncelleme: 07.06.2021 16:10", D(2021, 6, 7)),
    ("среда, 17.01.2024. у 09:41", D(2024, 1, 17)),
])
def test_stamps_after_the_v3_pages(line, date):
    assert (site_timestamp(line) or meta_line_date(line)) == date


def test_an_update_participle_is_no_publication():
    assert site_timestamp("Обновена 10:20 13.04.2021") is None


@pytest.mark.parametrize("text, title", [
    ("24.kg\nНовости Кыргызстана\nОБСЕ поможет Кыргызстану в подготовке к выборам\n12:41, 28 сентября 2020\n"
     "Программный офис ОБСЕ в Бишкеке передал комиссии оборудование.\n",
     "ОБСЕ поможет Кыргызстану в подготовке к выборам"),
    ("Report.az\nXarici siyasət\nATƏT-in həmsədrləri Bakıya gəlir\n28 yanvar, 2020 11:23\n"
     "ATƏT-in Minsk qrupunun həmsədrləri yanvarın 30-da Bakıya səfər edəcəklər.\n",
     "ATƏT-in həmsədrləri Bakıya gəlir"),
    ("derStandard\nInternational › Europa › OSZE\nOSZE-Treffen in Lodz: Lawrow nicht eingeladen\n"
     "1. Dezember 2022, 14:37\nBeim Ministerrat der OSZE in Lodz fehlt der russische Außenminister.\n",
     "OSZE-Treffen in Lodz: Lawrow nicht eingeladen"),
])
def test_titles_after_the_v3_pages(text, title):
    assert _one(text).title == title


def test_an_undated_page_keeps_its_two_word_title():
    record = _one("OSCE Academy\nStudying at the Academy in Bishkek\nThe OSCE Academy in Bishkek offers master's "
                  "programmes in politics and security.\n")
    assert record.title == "OSCE Academy"


def test_a_place_before_a_stamp_is_the_place():
    record = _one("Svět\nOBSE vyšle do Česka misi k volbám\nPraha 16:05 30. srpna 2021\nÚřad OBSE vyšle na "
                  "volby do Poslanecké sněmovny hodnotící misi.\n")
    assert (record.date, record.place) == (D(2021, 8, 30), "Praha")


def test_a_known_city_and_a_dash_under_a_dated_headline_is_a_dateline():
    record = _one("Свет\nОЕБС: Мисија наставља рад\nсреда, 17.01.2024. у 09:41\nБеоград – Шеф Мисије ОЕБС-а "
                  "изјавио је да ће Мисија наставити рад.\n")
    assert (record.date, record.place) == (D(2024, 1, 17), "Београд")


def test_a_city_and_a_dash_in_an_undated_headline_is_no_dateline():
    record = _one("Politik\nWien – Rom übergibt den OSZE-Vorsitz an Italien\nDie OSZE hat einen neuen Vorsitz: "
                  "Italien folgt auf Österreich, das die Organisation ein Jahr lang geführt hat.\n")
    assert record.place is None and record.title == "Wien – Rom übergibt den OSZE-Vorsitz an Italien"


# ------------------------------------------------------------- rules after the v4-pages

def test_a_long_ministry_name_above_a_two_word_rubric_is_the_sites_header():
    record = _one("Ministero degli Affari Esteri e della Cooperazione Internazionale\nSala stampa\n"
                  "Tajani alla Ministeriale OSCE di Skopje\nData:\n30/11/2023\nTipologia:\nNotizia\n"
                  "Il Ministro degli Esteri Antonio Tajani ha partecipato oggi a Skopje al Consiglio Ministeriale.\n")
    assert (record.title, record.date) == ("Tajani alla Ministeriale OSCE di Skopje", D(2023, 11, 30))


@pytest.mark.parametrize("line, rubric", [
    ("Sala stampa", True), ("Новини", True), ("Xarici siyasət", True),
    ("Remarks by", False),            # a title wrapped after "by" (the old gold's other_001)
    ("Activities", False),            # an entity page's section heading
    ("Press release", False),         # a content type
    ("OSCE Mission to Serbia", False),
])
def test_rubrics(line, rubric):
    from osce_kg.loader.extract.layouts import _is_rubric
    assert _is_rubric(line) is rubric


def test_a_city_and_a_dash_under_a_labelled_date():
    record = _one("Politika\nOEBS: Crna Gora napredovala\nObjavljeno: 18. 05. 2022. 14:10\nPodgorica – Šef Misije "
                  "OEBS-a u Crnoj Gori izjavio je da je Crna Gora napredovala.\n")
    assert (record.date, record.place) == (D(2022, 5, 18), "Podgorica")


# ------------------------------------------------------------- all the sets, as they stand

@pytest.mark.parametrize("field, floor", [("title", 0.95), ("date", 0.95), ("place", 0.95), ("source", 0.85)])
def test_the_round_4_pages_hold_their_figures(field, floor):
    # title, date and place at the target (0.95); source below its 0.90: agencies loader/data
    # does not list (REPORT.AZ, IPN, KP, ATSH, Sputnik, Interfax-Kazakhstan), APA read as the Austrian
    # agency on an Azerbaijani page, a news site's masthead, and the Estonian page that is rejected
    assert PAGES.accuracy(list(GOLD), field) >= floor


# ------------------------------------------------------------- rules after the v5-pages

@pytest.mark.parametrize("line, date", [
    ("14:20 / 15.02.2022", D(2022, 2, 15)),
    ("12.03.2024 / 14:20", D(2024, 3, 12)),
    ("ma 28 okt 2024 om 14:05", D(2024, 10, 28)),
    ("Fri 14 Jun 2024 10:00", D(2024, 6, 14)),
    ("12-03-2024 14:20", D(2024, 3, 12)),
    ("ti 12.3.2024 klo 14.20", D(2024, 3, 12)),
])
def test_stamps_after_the_v5_pages(line, date):
    assert (site_timestamp(line) or meta_line_date(line)) == date


@pytest.mark.parametrize("line, places, month_day, agency", [
    ("Vilnius, balandžio 15 d. (BNS). Europos saugumo", ("Vilnius",), (4, 15), "BNS"),
    ("Baku (dpa) - Internationale Wahlbeobachter", ("Baku",), None, "dpa"),
    ("ԳՅՈՒՄՐԻ, 12 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: ԵԱՀԿ", ("Գյումրի",), (3, 12), None),
])
def test_datelines_after_the_v5_pages(line, places, month_day, agency):
    d = parse_dateline(line)
    assert d is not None and (d.places, d.month_day, d.agency) == (places, month_day, agency)


def test_a_stamp_that_ends_in_the_source():
    record = _one("Politik\nOSZE kritisiert die Wahl\n8. Februar 2024, 15:32 Uhr Quelle: dpa\nInternationale "
                  "Wahlbeobachter haben die Präsidentenwahl vom Mittwoch kritisiert.\n")
    assert (record.date, record.source) == (D(2024, 2, 8), "Deutsche Presse-Agentur")


def test_a_relative_date_alone_gives_no_date():
    record = _one("International\nL'OSCE dénonce des pressions sur les électeurs\nPublié aujourd'hui à 10h12, "
                  "modifié à 11h40\nLe BIDDH de l'OSCE a dénoncé des pressions lors du scrutin de dimanche.\n")
    assert record.date is None


# ------------------------------------------------------------- a stamp line by its words

from osce_kg.loader.extract.dates import loose_stamp  # noqa: E402


@pytest.mark.parametrize("line, date", [
    ("ma 28 okt 2024 om 14:05", D(2024, 10, 28)),
    ("сб, 12.03.2024 г. в 14:20 (МСК)", D(2024, 3, 12)),
    ("Published on 12 March 2024 at 14:20 GMT", D(2024, 3, 12)),
    ("14:20 — 15.02.2022", D(2022, 2, 15)),
    ("Pzt, 12 Mart 2024 - 14:20", D(2024, 3, 12)),
    ("12 մարտի 2024, 11:20", D(2024, 3, 12)),
])
def test_loose_stamps(line, date):
    assert loose_stamp(line) == date


@pytest.mark.parametrize("line", [
    "Elections on 12 March 2024", "Updated 12 March 2024", "12 March 2024 Politics", "Vienna, 12 March 2024",
    "12.03.2024 - 13.03.2024", "Posted 12/03/2024 by admin", "2 часа назад", "Stand 04.12.2020",
])
def test_no_loose_stamps(line):
    assert loose_stamp(line) is None


# ------------------------------------------------------------- rules after the v6-pages

@pytest.mark.parametrize("text, date", [
    ("Мир\nОБСЕ осталась без бюджета\nГазета «Коммерсантъ» №45 от 14.03.2024, стр. 6\nПостоянный совет ОБСЕ "
     "не смог утвердить бюджет организации.\n", D(2024, 3, 14)),
    ("Politik\nOSZE ohne Haushalt\nDie Presse, Nr. 61 vom 12.03.2024\nDer Ständige Rat der OSZE konnte den "
     "Haushalt der Organisation nicht beschließen.\n", D(2024, 3, 12)),
    ("Dünya\nAGİT'ten Gürcistan seçimlerine ilişkin açıklama\nGiriş: 28.10.2024 - 14:20 | Son Güncelleme: "
     "28.10.2024 - 16:10\nAGİT Demokratik Kurumlar ve İnsan Hakları Ofisi, 26 Ekim'de yapılan Gürcistan "
     "parlamento seçimlerine ilişkin ön raporunu açıkladı.\n", D(2024, 10, 28)),
    ("Świat\nOBWE: Wybory nie były wolne\nPublikacja: 26.02.2024 14:20\nAktualizacja: 26.02.2024 16:10\n"
     "Biuro OBWE oceniło niedzielne wybory.\n", D(2024, 2, 26)),
])
def test_dates_after_the_v6_pages(text, date):
    assert _one(text).date == date


def test_a_logo_of_letters_and_digits_is_no_text():
    record = _one("N1\nVesti\nŠef Misije OEBS: Srbija napredovala u reformi medija\nAutor:N1 Beograd | 12. mar. "
                  "2024. 14:20\nŠef Misije OEBS u Srbiji izjavio je da je Srbija napredovala.\n")
    assert (record.title, record.date) == ("Šef Misije OEBS: Srbija napredovala u reformi medija", D(2024, 3, 12))


# ------------------------------------------------------------- rules after the v7-pages

def test_a_known_city_and_a_full_stop_under_a_dated_headline_is_a_dateline():
    record = _one("Europa\nOSZE-Generalsekretärin fordert mehr Geld\n12.03.2024 14:20 Uhr\nWien. Die "
                  "Generalsekretärin der OSZE hat die Teilnehmerstaaten aufgefordert, den Haushalt zu beschließen.\n")
    assert (record.date, record.place) == (D(2024, 3, 12), "Wien")


def test_a_known_city_before_a_stamp_in_parts():
    record = _one("Internacional\nLa OSCE pide a Rusia que libere a sus empleados\nMadrid - 12 mar 2024 - 14:20 CET\n"
                  "La Organización para la Seguridad y la Cooperación en Europa ha reclamado la liberación de "
                  "sus empleados.\n")
    assert (record.date, record.place) == (D(2024, 3, 12), "Madrid")


# ------------------------------------------------------------- rules after the v8-pages

def test_a_lower_case_byline_under_the_date_is_not_part_of_the_title():
    record = _one("News\nOSCE observers criticise Georgia's local elections\n12 March 2024\nby Mariam Nikuradze\n"
                  "Observers from the OSCE said on Monday that the elections were marred by pressure on voters.\n")
    assert (record.title, record.date) == ("OSCE observers criticise Georgia's local elections", D(2024, 3, 12))


def test_a_title_wrapped_before_by_is_still_joined():
    record = _one("Statement\nby the OSCE Chairperson-in-Office on the elections in Georgia\n12 March 2024\n"
                  "The OSCE Chairperson-in-Office welcomed the peaceful conduct of the elections in Georgia.\n")
    assert record.title.startswith("Statement by the OSCE Chairperson-in-Office")
