"""Issue 11, session 9, round 2 (helper T): titles, dates and the issuing body on pages the rules were not written
against (line n, read after its blind measurement, and other lines' pages of the same shapes). Texts of our own;
each case names the pages of two sources or more that need it."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text


def _record(text: str):
    return read_text(text, "page.txt").records[0]


# a consent banner above the headline, the word "cookie" in the page's own language (n1_tr, n2_hu, n3_et,
# n3_sl: four sites; j2_hu, j3_et, j3_lv, n2_bg have such lines too)
@pytest.mark.parametrize("text, title", [
    ("Haber Sitesi\nGündem | Dünya | Spor\nBu site çerezler kullanır. Ayrıntılar için politikamızı okuyun. Tamam\n"
     "Dünya\nAGİT heyeti Kars'ta yerel yönetimlerle görüştü\n12.02.2026\n"
     "KARS (AA) - AGİT heyeti bugün Kars'ta belediye başkanlarıyla bir araya geldi.\n",
     "AGİT heyeti Kars'ta yerel yönetimlerle görüştü"),
    ("Hírportál\nMinden hír\nBelföld | Külföld\nBejelentkezés\n"
     "Az oldal sütiket használ a jobb működés érdekében. Rendben\nKülföld\n"
     "Az EBESZ megfigyelői Szegeden tartottak képzést\n2026. február 12.\n"
     "Szeged, 2026. február 12. (MTI) – Az EBESZ megfigyelői ma képzést tartottak a választások jobb "
     "szervezése érdekében.\n",
     "Az EBESZ megfigyelői Szegeden tartottak képzést"),
    ("RTE\nRahvusraadio ja -televisioon\nUudised | Eesti | Välismaa\n"
     "Küpsised: kasutame küpsiseid, et parandada teie kogemust. Nõustun | Seaded\nVälismaa\n"
     "OSCE vaatlejad külastasid Tartut ja kohtusid vallajuhtidega\n12.02.2026 10:15\n"
     "Vaatlejad kohtusid teisipäeval Tartus kohalike juhtidega ja arutasid, kuidas parandada valimiste korraldamist.\n",
     "OSCE vaatlejad külastasid Tartut ja kohtusid vallajuhtidega"),
    ("TV Celje\nSpletni portal TV Celje\nNovice | Šport | Kultura\n"
     "Piškotki: stran uporablja piškotke za boljšo izkušnjo. Se strinjam | Nastavitve\nSvet\n"
     "Opazovalci OVSE so obiskali Celje in se srečali z župani\n12. februar 2026 ob 10:15\n"
     "Celje - Opazovalci OVSE so se v torek sestali z župani iz regije in govorili o tem, kako zagotoviti "
     "boljšo pripravo volitev.\n",
     "Opazovalci OVSE so obiskali Celje in se srečali z župani"),
])
def test_consent_banner_in_the_pages_language_is_no_title(text: str, title: str) -> None:
    assert _record(text).title == title


# a breadcrumb printed an item a line, each item after "Home" opening with its separator, above the headline
# (osce.org's new layout in four languages: n1_en, n1_ru, n2_ru, n3_de, n2_it; a news site's "» World" the same)
@pytest.mark.parametrize("text, title", [
    ("Skip to main content\nOrganization for Security and Co-operation in Europe\nMenu\nSearch\n"
     "English | Русский | Français\nHome\n/ Office for Democratic Institutions and Human Rights\n"
     "/ News and press releases\nPress release\nODIHR trains election observers from twelve States in Warsaw\n"
     "Publishing date:\n3 March 2026\nShare:\nFacebook\nX\nLinkedIn\nEmail\n"
     "WARSAW, 3 March 2026 – Forty observers from twelve States finished a week of training in Warsaw today.\n",
     "ODIHR trains election observers from twelve States in Warsaw"),
    ("Zum Hauptinhalt springen\nOrganisation für Sicherheit und Zusammenarbeit in Europa\nMenü\nSuche\n"
     "Startseite\n/ OSZE-Mission in Moldau\n/ Nachrichten und Pressemitteilungen\nPressemitteilung\n"
     "Bürgermeister aus dem Norden Moldaus tauschen Erfahrungen mit Kollegen aus Gagausien aus\n"
     "Veröffentlichungsdatum:\n3. März 2026\n"
     "CHISINAU, 3. März 2026 – Zwanzig Bürgermeister trafen sich heute in Chisinau zu einem Austausch.\n",
     "Bürgermeister aus dem Norden Moldaus tauschen Erfahrungen mit Kollegen aus Gagausien aus"),
    ("The Balkan Regional Observer\nHome\n» World\n» Europe\n"
     "Observers praise calm vote but note pressure on public employees\n3 March 2026\n"
     "Observers said on Tuesday that the Balkan vote was calm but that many regional public employees felt "
     "pressure.\n",
     "Observers praise calm vote but note pressure on public employees"),
])
def test_breadcrumb_an_item_a_line_is_no_title(text: str, title: str) -> None:
    assert _record(text).title == title


# share buttons closing the headings under the headline end no header: the breadcrumb above the headline still
# cuts the site's name off (n2_it; l3_sq_ent, an entity page's menu under its name, the same way)
def test_share_buttons_under_the_headline_keep_the_breadcrumbs_cut() -> None:
    text = ("Vai al contenuto principale\nOrganizzazione per la sicurezza e la cooperazione in Europa\nMenu\n"
            "Home\n/ Segretariato\n/ Notizie e comunicati stampa\nComunicato stampa\n"
            "Il Segretario generale incontra i ministri dei Balcani occidentali a Tirana\n"
            "Condividi:\nFacebook\nX\nLinkedIn\nE-mail\n"
            "TIRANA, 3 marzo 2026 – Il Segretario generale dell'Organizzazione per la sicurezza e la cooperazione in "
            "Europa ha incontrato oggi a Tirana i ministri della regione.\n")
    assert _record(text).title == "Il Segretario generale incontra i ministri dei Balcani occidentali a Tirana"


# "Home" in Cyrillic at the head of a one-line breadcrumb (Macedonian, Serbian, Bulgarian sites: n2_mk, l3_sr_ent)
def test_cyrillic_home_opens_a_breadcrumb() -> None:
    text = ("ОЕБС\nМисија у Црној Гори\nLatinica | English\nПочетна\nНовости\nО Мисији\nПочетна › О Мисији\n"
            "Мисија ОЕБС у Црној Гори\nАктивности\nПројекти\nПубликације\n"
            "Мисија ОЕБС у Црној Гори основана је 2006. године и помаже институцијама у реформама.\n")
    assert _record(text).title == "Мисија ОЕБС у Црној Гори"


# a web archive's toolbar with its address field on a line of its own: its capture count is no title and its
# captures' range no date (n1_it, n3_uk: two archived osce.org sections)
def test_archive_toolbar_with_its_address_field() -> None:
    text = ("The Wayback Machine - https://web.archive.org/web/20190411082233/https://www.osce.org/mission-to-moldova\n"
            "INTERNET ARCHIVE\nWayback Machine\nhttps://www.osce.org/mission-to-moldova/123456\nGo\n17 captures\n"
            "02 Feb 2016 - 18 Mar 2022\nMAR APR MAY\n11\n2018 2019 2020\nAbout this capture\n"
            "Organization for Security and Co-operation in Europe\nSearch\n"
            "Mission to Moldova trains journalists on reporting about the Transdniestrian settlement\n"
            "CHISINAU, 10 April 2019 – Twenty journalists from both banks of the Dniester finished a course today.\n")
    record = _record(text)
    assert record.title == ("Mission to Moldova trains journalists on reporting about the Transdniestrian "
                            "settlement")
    assert record.date.isoformat() == "2019-04-10" and record.place == "Chisinau"


# on the OSCE's own site, a headline whose subject is an OSCE post in the page's language names the issuer, whatever
# its verb (osce.org's old layout in French and German: n1_fr, n2_de); a paper's headline of that shape names none
@pytest.mark.parametrize("text, source", [
    ("OSCE - Organisation pour la sécurité et la coopération en Europe\nAccueil | Plan du site | Contact\n"
     "Salle de presse > Communiqués de presse\n"
     "Le Président en exercice de l'OSCE salue la reprise du dialogue entre Belgrade et Pristina\n"
     "VIENNE, 3 mars 2026 – Le Président en exercice de l'OSCE a salué aujourd'hui la reprise des pourparlers.\n",
     "OSCE Chairpersonship"),
    ("OSZE\nOrganisation für Sicherheit und Zusammenarbeit in Europa\nStartseite | Kontakt | Sitemap\n"
     "Pressebereich > Presseaussendungen\n"
     "Amtierender OSZE-Vorsitzender reist nach Chisinau und fordert neue Gespräche\n"
     "CHISINAU, 3. März 2026 - Der Amtierende Vorsitzende der OSZE ist heute in Chisinau eingetroffen.\n",
     "OSCE Chairpersonship"),
    ("Tagesblatt\nPolitik | Wirtschaft | Sport\nAusland\n"
     "OSZE-Generalsekretär warnt vor Kürzungen beim Budget der Feldmissionen\n03.03.2026, 14:37\n"
     "Der Generalsekretär der OSZE hat am Dienstag vor weiteren Einschnitten beim Haushalt gewarnt.\n",
     None),
])
def test_post_led_headline_on_the_osce_site(text: str, source: str | None) -> None:
    record = _record(text)
    assert record.source == source
    assert record.source_inferred is (source is not None)


# a "Source:" label's value in the page's language that the data does not list as written: the body it names
# (osce.org's new layout in Russian, n1_ru; a field office's site in Serbian, n1_sr)
@pytest.mark.parametrize("text, source", [
    ("Перейти к основному содержанию\nОрганизация по безопасности и сотрудничеству в Европе\nМеню\nГлавная\n"
     "/ Программный офис ОБСЕ в Душанбе\n/ Новости и пресс-релизы\nПресс-релиз\n"
     "В Душанбе прошёл семинар ОБСЕ по управлению границами для пограничников\nДата публикации:\n3 марта 2026\n"
     "Источник:\nПрограммный офис ОБСЕ в Душанбе\n"
     "ДУШАНБЕ, 3 марта 2026 г. – Тридцать пограничников завершили сегодня недельный курс.\n",
     "OSCE Programme Office in Dushanbe"),
    ("Мисија ОЕБС у Србији\nОрганизација за европску безбедност и сарадњу\nПочетна | О нама | Вести\n"
     "Почетна / Вести\nСаопштење за медије\nПолицајци из Новог Сада обучени за рад са заједницом\n"
     "Издавач:\nМисија ОЕБС у Србији\nДатум:\n3. март 2026.\n"
     "НОВИ САД, 3. март 2026. године – Тридесет полицајаца завршило је данас обуку о раду са заједницом.\n",
     "OSCE Mission to Serbia"),
])
def test_source_label_in_the_pages_language(text: str, source: str) -> None:
    record = _record(text)
    assert (record.source, record.source_inferred) == (source, False)


# a ministry's press-release header in Finnish ("Ulkoministeriön tiedote ...": n3_fi, j3_fi), and the ministry's
# English name as its masthead writes it ("Ministry for Foreign Affairs of Finland"), explicit
def test_finnish_ministry_press_release_header() -> None:
    text = ("Ulkoministeriö\nUtrikesministeriet | Ministry for Foreign Affairs of Finland\n"
            "Etusivu | Ajankohtaista | Yhteystiedot\nAjankohtaista > Tiedotteet\n"
            "Ulkoministeri tapasi Etyjin pääsihteerin Helsingissä\nUlkoministeriön tiedote 41/2026\n3.3.2026 14.20\n"
            "Ulkoministeri tapasi tänään Helsingissä Etyjin pääsihteerin ja keskusteli järjestön budjetista.\n")
    record = _record(text)
    assert (record.source, record.source_inferred) == ("Ministry for Foreign Affairs of Finland", False)
    assert record.title == "Ulkoministeri tapasi Etyjin pääsihteerin Helsingissä"


# other pages' teasers under the text, headed in more languages or with a content type over each headline: their
# States are not the page's (n1_en, n1_ru, n2_ru, g1_en, j1_en: osce.org; n2_lt, n2_nl, n3_kk, n3_tg, n3_uz: a
# ministry, a broadcaster, two agencies, a ministry)
@pytest.mark.parametrize("text", [
    "Press release\nHCNM meets teachers in Comrat\nCOMRAT, 3 March 2026 – The High Commissioner met teachers in "
    "Moldova today.\nRelated content\nPress release\nHigh Commissioner visits Georgia and meets minority youth\n",
    "Пресс-релиз\nВерховный комиссар встретился с учителями в Комрате\nКОМРАТ, 3 марта 2026 г. – Верховный комиссар "
    "встретился с учителями в Молдове.\nПохожие материалы\nЗаявление\nВерховный комиссар посетил Грузию и встретился "
    "с молодёжью\n",
    "Užsienio reikalų ministerija\nNaujienos\nUžsienio reikalų ministras lankėsi Kišiniove ir aptarė paramą\n"
    "2026-03-03\nUžsienio reikalų ministras šiandien Kišiniove susitiko su Moldovos kolegomis ir aptarė paramą "
    "energetikai.\nSusijusios naujienos\nMinistras susitiko su Gruzijos užsienio reikalų ministru\n",
    "Buitenland\nMinister bezoekt Chisinau\n3 maart 2026, 14:22\nDe minister bezocht dinsdag Moldavië en sprak met "
    "de regering.\nMeer over dit onderwerp\nProtesten in Georgië na de verkiezingen\n",
])
def test_teasers_under_the_text_name_no_state(text: str) -> None:
    assert _record(text).states == ["Moldova"]
