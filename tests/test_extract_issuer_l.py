"""Issue 11, session 9 (helper L): the issuing body a page implies, on texts of our own in the shapes line l (and the
blind line j) found unread: a field office's own site writing its short name under the OSCE's name or acronym, a
breadcrumb written on one line, a headline reporting a body's statement, condemnation, welcome or visit in more
languages. Each test fails on the code before its rule."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text


def _first(text: str):
    return read_text(text, "issuer-l-test.txt").records[0]


# ------------------------------------------------------------------ a field office's short name under the OSCE's

@pytest.mark.parametrize("masthead, headline, dateline, body", [
    # Serbian Cyrillic: the acronym, then the office's short name (j1_sr, l1_sr)
    ("Пређи на садржај\nОЕБС\nМисија у Србији\nПочетна\nВести\n",
     "Полицајци из Врања завршили обуку о раду у заједници", "ВРАЊЕ, 2. фебруар 2027. године –",
     "Двадесет полицајаца завршило је обуку коју је подржала Мисија."),
    # Albanian (j1_sq, l1_sq)
    ("OSBE\nPrezenca në Shqipëri\nBallina\nLajme\n",
     "Gjyqtarët e rinj trajnohen për etikën profesionale", "TIRANË, 2 shkurt 2027 –",
     "Njëzet gjyqtarë të rinj përfunduan sot një trajnim dyditor."),
    # Macedonian, the OSCE's full name (not in the data) above it, and its breadcrumb's item (j2_mk, l1_mk)
    ("Организација за безбедност и соработка во Европа\nМисија во Скопје\nПочетна\nВести\n",
     "Општините од исток ги споделија искуствата со буџетите", "Штип, 2 февруари 2027 –",
     "Претставници на девет општини се сретнаа денеска во Штип."),
])
def test_a_field_offices_short_name_under_the_osces_names_it(masthead, headline, dateline, body):
    record = _first(f"{masthead}{headline}\n{dateline} {body}\n")
    assert record.source_inferred and record.source in {
        "OSCE Mission to Serbia", "OSCE Presence in Albania", "OSCE Mission to Skopje"}
    assert record.title == headline


def test_the_short_name_taken_for_an_entity_pages_title_still_names_its_body():
    # "ОЕБС" / "Мисија у Србији" / menu / the entity page's own name (l3_sr_ent's shape)
    record = _first("ОЕБС\nМисија у Србији\nО Мисији\nМисија ОЕБС у Србији\nАктивности\nПројекти\n"
                    "Мисија ради у Србији од 2001. године и помаже институцијама у области владавине права.\n")
    assert (record.source, record.source_inferred) == ("OSCE Mission to Serbia", True)


@pytest.mark.parametrize("text", [
    # a news site whose headline names a post of the PA and its holder among its first lines (f3_tr): no masthead
    "TRT Haber\nGündem | Dünya | Ekonomi\nAGİT Parlamenter Asamblesi Başkanı Kauma Ankara'da\nAnkara, 7 Aralık 2026\n"
    "Başkan Kauma, Ankara'da Dışişleri Bakanı ile görüştü ve öğrencilerle buluştu.\n",
    # a news site's menu naming a State, not an office
    "Vesti\nSrbija\nSvet\nVlada usvojila novi zakon o lokalnim izborima\n2. februar 2027. 10:00\n"
    "Vlada Srbije usvojila je danas predlog zakona o lokalnim izborima.\n",
])
def test_a_news_sites_lines_name_no_office(text):
    assert _first(text).source is None


# ------------------------------------------------------------------ a breadcrumb on one line

@pytest.mark.parametrize("crumbs, source", [
    ("Accueil › Bureau des institutions démocratiques et des droits de l’homme › Actualités",
     "OSCE Office for Democratic Institutions and Human Rights"),                        # l1_fr
    ("Accueil > Haut-Commissaire pour les minorités nationales > Communiqués de presse",
     "OSCE High Commissioner on National Minorities"),                                   # l1_fr_hcnm
    ("Accueil › Représentant pour la liberté des médias › Communiqués de presse",
     "OSCE Representative on Freedom of the Media"),                                     # j2_fr
    ("Почетна › Мисија во Скопје › Вести", "OSCE Mission to Skopje"),                   # j2_mk, l1_mk
])
def test_a_one_line_breadcrumb_naming_a_body_gives_the_inferred_issuer(crumbs, source):
    record = _first(f"Aller au contenu principal\nOrganisation pour la sécurité et la coopération en Europe\n"
                    f"English | Русский | Français\nAccueil\nActualités\nNotre action\n{crumbs}\n"
                    f"Un séminaire régional réunit des experts à Vienne\n"
                    f"VIENNE, 2 février 2027 – Des experts de douze pays se sont réunis aujourd’hui à Vienne.\n")
    assert (record.source, record.source_inferred) == (source, True)


def test_a_one_line_breadcrumb_without_home_or_without_a_body_gives_none():
    for crumbs in ("Actualités › Bureau des institutions démocratiques et des droits de l’homme",
                   "Accueil › Actualités › Communiqués de presse"):
        record = _first(f"Le Journal\nMonde\n{crumbs}\nUn séminaire régional réunit des experts à Vienne\n"
                        f"VIENNE, 2 février 2027 – Des experts de douze pays se sont réunis aujourd’hui à Vienne.\n")
        assert record.source is None, crumbs
