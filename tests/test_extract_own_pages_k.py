"""Issue 11, line k (session 9, helper K): titles and dates on whole pages of our own (26, in five sets k1-k5)
in the shapes the blind line j found hardest, each shape on pages of two imagined sites or more:

- k1, web-archive captures: the Wayback Machine's toolbar as a text capture prints it (the archive's line
  with the address, ``Go``, ``N captures``, the capture range, the calendar's three months, day and three
  years, ``success`` / ``fail``, ``About this capture``, ``COLLECTED BY``, ``Collection: ...``,
  ``TIMESTAMPS``; not all of them on every page) and archive.today's (``webpage capture``, ``Saved from``,
  ``search`` with the capture's UTC stamp, ``All snapshots from host ...``, ``Webpage`` / ``Screenshot`` /
  ``share`` / ``download .zip`` / ``report bug or abuse``), then the archived site's masthead and menus
  (osce.org's institutions and field operations, a paper's and an agency's sections);
- k2, breadcrumbs in the ``>`` and ``›`` shapes above the headline (``Početna > Vijesti > Svijet``,
  ``Home › Newsroom › Press releases``, ``Главная > Новости``, ``Accueil › Monde``, ``Ana Sayfa > Dünya``,
  ``Почетна › Свет``);
- k3, a field operation's entity page: its name on the first line, then its menu (``Vacancies``,
  ``Вакансии``, ``Vende pune``, ``Procurement``), a language switch and a page menu (``Overview``);
- k4, a ministry's header line that ends in its own stamp above the headline (``Oikeusministeriön tiedote
  13.11.2025 10.15``, ``Välisministeeriumi pressiteade``, ``Tlačová správa MZVEZ SR``, ``Коментар МЗС України``,
  ``Ārlietu ministrijas paziņojums``), under a breadcrumb in ``/``, ``>`` or ``»``;
- k5, teasers after the text under headings in more languages (``Mai multe știri``, ``Leia também``,
  ``Noticias relacionadas``, ``Potrebbe interessarti anche``, ``Още по темата``, ``Kapcsolódó``), their
  headlines naming other States and field operations.

Languages: en, ru, de, fr, uk, hr, tr, sr (Cyrillic), sq, fi, et, sk, lv, ro, pt, es, it, bg, hu. Every
sentence is ours; names, posts and dates are real or plausible.

The gold follows tests/gold/README.md: title as on the page (an entity page's title is the body's name it
opens with; never an archive's toolbar line, a breadcrumb, a menu item or a header line with a stamp); date
from the dateline or the page's stamp (never the capture's); place the dateline's in the page's language,
title case, null with no dateline; States, field operations and organizations named outside the site's
chrome (menus, mastheads, teasers, footers); a field operation named after a city names no State; the
OSCE itself, posts and State organs are no organizations.

Method: the pages and this gold were committed before the extractor was run on them; the figures as they
came are recorded in ``AS_THEY_CAME`` in a commit of their own, and the tests hold them as floors.
"""
from __future__ import annotations

import sys

import pytest
from own_pages import OwnPages

ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
RFOM = "OSCE Representative on Freedom of the Media"
SMM = "OSCE Special Monitoring Mission to Ukraine"
MC = "OSCE Ministerial Council"

FIELDS = ("title", "date", "place", "states", "field_operations", "organizations")

#: file: (title, date, place, states, field_operations, organizations)
GOLD: dict[str, tuple] = {
    # k1: web-archive captures (Wayback Machine, archive.today)
    "k1_en_arch.txt": ("ODIHR observers to follow Albania's parliamentary elections from 35 towns", "2013-05-14",
                       "Tirana", {"Albania"}, set(), {ODIHR}),
    "k1_ru_arch.txt": ("Центр ОБСЕ в Астане провел семинар по противодействию торговле людьми для судей",
                       "2012-10-03", "Астана", {"Kazakhstan", "Latvia", "Germany"}, {"OSCE Centre in Astana"}, set()),
    "k1_de_arch.txt": ("OSZE zählt mehr Verstösse gegen die Waffenruhe in der Ostukraine", "2016-06-14", "Wien",
                       {"Ukraine", "Switzerland"}, {SMM}, set()),
    "k1_en_archph.txt": ("OSCE Mission to Skopje trains municipal staff on handling complaints from citizens",
                         "2018-10-26", "Skopje", set(), {"OSCE Mission to Skopje"}, set()),
    "k1_fr_archph.txt": ("Moldavie: l'OSCE juge les législatives «compétitives» mais entachées d'achats de voix",
                         "2019-03-09", None, {"Moldova"}, set(), {ODIHR}),
    "k1_uk_arch.txt": ("Місія ОБСЄ готова стежити за відведенням важкого озброєння на Донбасі", "2015-02-13", "Київ",
                       {"Ukraine"}, {SMM}, set()),
    # k2: breadcrumbs in > and › shapes
    "k2_hr.txt": ("OSCE upozorava na sve više napada na novinare u regiji", "2025-12-05", "Beč",
                  {"Serbia", "Bosnia and Herzegovina", "Montenegro", "Croatia"}, set(), {RFOM}),
    "k2_en.txt": ("OSCE supports Montenegro's election administration in training polling boards", "2025-11-12",
                  "Podgorica", {"Montenegro"}, {"OSCE Mission to Montenegro"}, set()),
    "k2_ru.txt": ("ОБСЕ обучила сотрудников милиции Оша работе с жертвами домашнего насилия", "2025-11-28", "Бишкек",
                  set(), {"OSCE Programme Office in Bishkek"}, set()),
    "k2_fr.txt": ("L'OSCE veut relancer le dialogue sur la maîtrise des armements", "2025-11-21", "Genève",
                  {"Switzerland", "Russian Federation"}, set(), set()),
    "k2_tr.txt": ("AGİT, Ermenistan ile Azerbaycan arasındaki sınır görüşmelerini memnuniyetle karşıladı", "2025-12-03",
                  "Viyana", {"Armenia", "Azerbaijan"}, set(), set()),
    "k2_sr.txt": ("Мисија ОЕБС у Србији представила анализу медијског извештавања о изборима", "2025-12-02",
                  "Београд", {"Serbia"}, {"OSCE Mission to Serbia"}, set()),
    # k3: a field operation's entity page (its name first, then a menu with "Vacancies")
    "k3_en.txt": ("OSCE Mission to Moldova", None, None, {"Moldova"}, {"OSCE Mission to Moldova"}, set()),
    "k3_ru.txt": ("Программный офис ОБСЕ в Бишкеке", None, None, {"Kyrgyzstan"},
                  {"OSCE Programme Office in Bishkek", "OSCE Centre in Bishkek"}, {"OSCE Academy in Bishkek"}),
    "k3_sq.txt": ("Prezenca e OSBE-së në Shqipëri", None, None, {"Albania"}, {"OSCE Presence in Albania"}, set()),
    # k4: a ministry's header line ending in its own stamp
    "k4_fi.txt": ("Vaalien tarkkailijat ETYJ:n demokratiatoimistosta arvioivat Suomen vaalijärjestelmää", "2025-11-13",
                  None, {"Finland"}, set(), {ODIHR}),
    "k4_et.txt": ("Tsahkna OSCE ministrite nõukogus: Venemaa agressioon rikub Helsingi põhimõtteid", "2025-12-04",
                  None, {"Russian Federation", "Ukraine", "Switzerland"}, set(), {MC}),
    "k4_sk.txt": ("Štátny tajomník na Rade ministrov OBSE vo Viedni zdôraznil význam dialógu v regióne", "2025-12-05",
                  None, {"Moldova", "Slovakia"}, {"OSCE Mission to Moldova"}, {MC}),
    "k4_uk.txt": ("Щодо рішень Ради міністрів ОБСЄ у Відні", "2025-12-05", None,
                  {"Ukraine", "Russian Federation", "Belarus"}, set(), {MC}),
    "k4_lv.txt": ("Latvija EDSO Pastāvīgajā padomē aicina atbrīvot Krimas tatāru aktīvistus", "2025-12-03", None,
                  {"Latvia", "Russian Federation", "Lithuania", "Estonia"}, set(), {"OSCE Permanent Council"}),
    # k5: teasers after the text
    "k5_ro.txt": ("Misiunea OSCE din Republica Moldova a organizat la Tiraspol o întâlnire pe tema diplomelor "
                  "universitare", "2025-11-27", "Chișinău", {"Moldova"}, {"OSCE Mission to Moldova"}, set()),
    "k5_pt.txt": ("Portugal envia dez observadores para as eleições na Arménia", "2025-12-02", "Lisboa",
                  {"Portugal", "Armenia"}, set(), {ODIHR}),
    "k5_es.txt": ("La OSCE pide a Georgia que investigue las agresiones a periodistas durante las protestas",
                  "2025-11-29", "Viena", {"Georgia"}, set(), {RFOM}),
    "k5_it.txt": ("L'Osce chiede alla Serbia di rafforzare la protezione dei giornalisti", "2025-12-04", "Roma",
                  {"Serbia"}, {"OSCE Mission to Serbia"}, set()),
    "k5_bg.txt": ("ОССЕ откри в София курс за гранични служители от Централна Азия", "2025-12-01", "София",
                  {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Bulgaria", "Germany"}, set(),
                  {"OSCE Secretariat", "European Union"}),
    "k5_hu.txt": ("Az EBESZ megfigyelői szerint a moldovai választás szabad volt, de a kampány egyenlőtlen",
                  "2025-09-29", "Kisinyov", {"Moldova"}, set(), set()),
}

#: each page's site shape (the worst group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "k1_en_arch.txt": "wayback", "k1_ru_arch.txt": "wayback", "k1_de_arch.txt": "wayback",
    "k1_uk_arch.txt": "wayback", "k1_en_archph.txt": "archive.today", "k1_fr_archph.txt": "archive.today",
    "k2_hr.txt": "breadcrumb", "k2_en.txt": "breadcrumb", "k2_ru.txt": "breadcrumb", "k2_fr.txt": "breadcrumb",
    "k2_tr.txt": "breadcrumb", "k2_sr.txt": "breadcrumb",
    "k3_en.txt": "entity page", "k3_ru.txt": "entity page", "k3_sq.txt": "entity page",
    "k4_fi.txt": "ministry", "k4_et.txt": "ministry", "k4_sk.txt": "ministry", "k4_uk.txt": "ministry",
    "k4_lv.txt": "ministry",
    "k5_ro.txt": "teasers", "k5_pt.txt": "teasers", "k5_es.txt": "teasers", "k5_it.txt": "teasers",
    "k5_bg.txt": "teasers", "k5_hu.txt": "teasers",
}

PAGES = OwnPages("k", GOLD, FIELDS)


#: each set's figures as they came (accuracy of the one-value fields, (P, R, F1) of the sets), measured once on the
#: committed tree of 5b0a960 (the commit that wrote the pages and this gold, before any rule saw them; read from a
#: worktree of that commit, other helpers' uncommitted edits left out)
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # k1: the Wayback toolbar's "N captures" taken for the headline and the capture's day for the date (all four
    # Wayback pages), no place; the archived osce.org's menus read for field operations and institutions, a
    # teaser's States; archive.today's pages right but for a teaser's States
    "k1": {"title": 0.333, "date": 0.333, "place": 0.333, "states": (0.667, 1.0, 0.8),
           "field_operations": (0.429, 0.75, 0.545), "organizations": (0.286, 1.0, 0.444)},
    # k2: breadcrumbs with a home crumb ("Početna > ...", "Home › ...") already read as chrome; a teaser's State
    # (Serbian), "suisses" unread, the RFoM in Croatian ("Predstavnik OESS-a za slobodu medija") unread
    "k2": {"title": 1.0, "date": 1.0, "place": 1.0, "states": (0.9, 0.9, 0.9),
           "field_operations": (1.0, 1.0, 1.0), "organizations": (1.0, 0.0, 0.0)},
    # k3: the menu's last item ("Vacancies") or the skip link ("Перейти к основному содержанию", "Kalo te
    # përmbajtja") taken for the entity page's title
    "k3": {"title": 0.0, "date": 1.0, "place": 1.0, "states": (1.0, 1.0, 1.0),
           "field_operations": (1.0, 1.0, 1.0), "organizations": (1.0, 1.0, 1.0)},
    # k4: the header line with its stamp taken for the title (4 of 5) and its stamp not read as the date (5 of 5)
    "k4": {"title": 0.2, "date": 0.0, "place": 1.0, "states": (0.923, 0.923, 0.923),
           "field_operations": (1.0, 1.0, 1.0), "organizations": (1.0, 0.4, 0.571)},
    # k5: none of the teaser headings known ("Mai multe știri", "Leia também", "Noticias relacionadas", "Potrebbe
    # interessarti anche", "Още по темата", "Kapcsolódó"): teasers' States on all 6 pages, a field operation on one
    "k5": {"title": 1.0, "date": 1.0, "place": 1.0, "states": (0.423, 1.0, 0.595),
           "field_operations": (0.667, 1.0, 0.8), "organizations": (0.667, 0.5, 0.571)},
    # all 26 pooled
    "k1-k5": {"title": 0.577, "date": 0.654, "place": 0.846, "states": (0.672, 0.956, 0.789),
              "field_operations": (0.722, 0.929, 0.812), "organizations": (0.538, 0.538, 0.538)},
}

#: the worst site-shape group of each field over all 26 pages, as it came (accuracy; F1 of the sets)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "title": ("wayback", 0.0), "date": ("wayback", 0.0), "place": ("wayback", 0.0),
    "states": ("archive.today", 0.5), "field_operations": ("wayback", 0.444),
    "organizations": ("breadcrumb", 0.0),
}

#: the line's figures after the round's rules (K's, and M's and L's of the same round; each of K's named in its
#: commit): upper bounds, the pages having been read for the rules; floors, so that a later change cannot read the
#: line worse. Measured on 9e4b098; without K's three files (layouts, dates, datelines as at 5b0a960) the line gives
#: title 0.577, date 0.654, place 0.846, States F1 0.789, field operations 0.812, organizations 0.733.
#: Left: "in der Ostukraine"'s "Sonderbeobachtermission" (k1_de_arch), "suisses" (k2_fr), the RFoM in Croatian
#: (k2_hr), "Islandi väljak" (a street, k4_et), lower-case "білорусі" (k4_uk), OSCE bodies in Estonian, Latvian,
#: Ukrainian, Bulgarian and Portuguese (k4_et, k4_lv, k4_uk, k5_bg, k5_pt): mentions, not titles or dates
AFTER_RULES: dict[str, object] = {
    "title": 1.0, "date": 1.0, "place": 1.0, "states": (0.977, 0.956, 0.966),
    "field_operations": (1.0, 0.929, 0.963), "organizations": (1.0, 0.846, 0.917),
}


def test_the_line_holds_its_figures_after_the_rounds_rules():
    low = PAGES.below(sorted(GOLD), AFTER_RULES)
    assert not low, low


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


@pytest.mark.parametrize("shape", sorted(set(SHAPES.values())))
def test_each_shape_is_on_pages_of_two_sites_or_more(shape):
    assert sum(1 for s in SHAPES.values() if s == shape) >= 2


if __name__ == "__main__":      # python tests/test_extract_own_pages_k.py [k1 ...]: figures and misses
    PAGES.report(sys.argv[1:])
