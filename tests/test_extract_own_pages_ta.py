"""Issue 11, line ta (session 10, helper T): titles, dates and places on whole pages of our own (16, in four
sets ta1-ta4, and ta5's 10 written after round 1's rules) in the shapes where the blind line n's titles failed,
each shape on pages of two sites or more:

- ta1, web-archive captures of osce.org and a field office's pages: the Wayback Machine's toolbar line by line
  (with ``success`` / ``fail`` / ``TIMESTAMPS``; a single capture, ``1 capture`` and one day, ``Close`` /
  ``Help``), flattened into one line (address, ``Go``, ``9 captures``, range, months, day, years, ``About this
  capture``), Archive-It's banner paragraph ("You are viewing an archived web page ... captured on ...") and
  Arquivo.pt's header in Portuguese ("Versão arquivada em ..."); over the archived page an election's or a
  chairmanship's banner with a year, a section's name, "Printer-friendly version";
- ta2, osce.org's new layout: the long menu (every field of work one a line), a breadcrumb on one line or an
  item a line, a content type over the headline, a standfirst under it, the publishing date on its own line
  or as a label, the metadata block after the text;
- ta3, an entity page (a field operation's in the new layout, an institution's in the old: the body's name
  over its own menu) and a banner with a year over a headline (a chairpersonship's on a ministry's site, a
  campaign's on a field office's site);
- ta4, a news agency's masthead ``NAME - Full name`` (Bulgarian, Slovak) with a rubric, standfirst and stamp,
  and print views (osce.org's Drupal "Published on OSCE (...)" with "Source URL:", a ministry's "Wersja do druku");
- ta5, the same shapes on other sites and in other languages (en, uk, ru, fr, sq, de, it, mk), written after
  round 1's rules and committed before the extractor read them: how far the rules carry to pages they were not
  written against.

Languages: en, ru, de, sr (Latin), fr, bs, bg, sk, pl. Every sentence is ours; names, posts and dates are
real or plausible.

The gold follows tests/gold/README.md: the title is the headline as the page prints it (an entity page's, the
body's name it opens with; never an archive's line, a banner, a breadcrumb, a menu item, a content type or a
standfirst); the date is the dateline's or the page's own stamp (never a capture's, never "last modified");
the place is the dateline's in the page's language, title case, null with no dateline.

Method: the pages and this gold were committed before the extractor was run on them; the figures as they
came are recorded in ``AS_THEY_CAME`` in a commit of their own, and the tests hold them as floors.
"""
from __future__ import annotations

import sys

import pytest
from own_pages import OwnPages

FIELDS = ("title", "date", "place")

#: file: (title, date, place)
GOLD: dict[str, tuple[object, ...]] = {
    # ta1: web-archive captures
    "ta1_en_wb.txt": ("Observers commend high turnout in Ukraine's early presidential vote despite violence in the east",
                      "2014-05-26", "Kyiv"),
    "ta1_ru_wb.txt": ("Действующий председатель ОБСЕ Штайнмайер в Киеве призвал стороны соблюдать режим прекращения "
                      "огня в Донбассе", "2016-02-23", "Киев"),
    "ta1_de_ait.txt": ("OSZE-Ministerrat in Wien endet mit Beschlüssen zu Jugend, Wirtschaft und Kleinwaffen",
                       "2017-12-08", "Wien"),
    "ta1_sr_wb.txt": ("Misija OEBS u Srbiji podržala obuku sudija o suzbijanju trgovine ljudima", "2012-03-15",
                      "Beograd"),
    "ta1_fr_apt.txt": ("La Représentante de l'OSCE pour la liberté des médias condamne le meurtre d'un journaliste "
                       "en Turquie", "2015-11-18", "Vienne"),
    # ta2: osce.org's new layout
    "ta2_en_new.txt": ("Young mediators from across the OSCE region meet in Skopje to practise dialogue skills",
                       "2025-11-04", None),
    "ta2_ru_new.txt": ("Программный офис ОБСЕ в Душанбе провел в Хороге семинар по управлению границами для "
                       "пограничников Таджикистана и Афганистана", "2019-09-19", "Хорог"),
    "ta2_fr_new.txt": ("Le BIDDH déploie une mission d'observation pour l'élection présidentielle en Pologne",
                       "2025-04-10", "Varsovie"),
    # ta3: entity pages and banners with a year
    "ta3_en_ent.txt": ("OSCE Mission to Bosnia and Herzegovina", None, None),
    "ta3_de_ent.txt": ("Büro für demokratische Institutionen und Menschenrechte", None, None),
    "ta3_fr_ban.txt": ("Le conseiller fédéral Ignazio Cassis présente les priorités de la présidence suisse au "
                       "Conseil permanent de l'OSCE", "2026-01-15", "Berne"),
    "ta3_bs_ban.txt": ("Misija OSCE-a u Mostaru okupila policiju, centre za socijalni rad i sudove oko zaštite "
                       "žrtava nasilja u porodici", "2025-11-27", "Mostar"),
    # ta4: news agencies' mastheads, print views
    "ta4_bg_agency.txt": ("Министрите на ОССЕ не постигнаха съгласие за бюджета на организацията", "2025-12-04",
                          "Виена"),
    "ta4_sk_agency.txt": ("Lajčák v Moskve rokoval s Lavrovom o situácii na východe Ukrajiny", "2019-10-22", "Moskva"),
    "ta4_en_print.txt": ("OSCE Secretary General Greminger visits Central Asia to discuss border security and women's "
                         "role in preventing violent extremism", "2019-06-21", "Bishkek"),
    "ta4_pl_print.txt": ("Minister Zbigniew Rau przedstawił w Wiedniu priorytety polskiego przewodnictwa w OBWE",
                         "2022-01-13", None),
    # ta5: written after round 1's rules (committed before the extractor read them), in the same shapes: how the
    # rules read pages they were not written against
    "ta5_en_wb.txt": ("OSCE Secretary General Greminger opens conference on gender equality in the security sector "
                      "in Vienna", "2019-04-11", "Vienna"),
    "ta5_uk_arch.txt": ("Координатор проектів ОБСЄ допоміг Національній поліції навчити слідчих розслідувати "
                        "кіберзлочини", "2018-11-02", "Київ"),
    "ta5_ru_ent.txt": ("Центр ОБСЕ в Ашхабаде", None, None),
    "ta5_fr_ent.txt": ("Haut Commissaire pour les minorités nationales", None, None),
    "ta5_sq_ban.txt": ("Kryetari i OSBE-së Edi Rama viziton Prezencën dhe takon stafin në Tiranë", "2020-01-20",
                       "Tiranë"),
    "ta5_de_ban.txt": ("Außenminister Steinmeier eröffnet in Hamburg das Treffen des OSZE-Ministerrats", "2016-12-08",
                       None),
    "ta5_it_agency.txt": ("Osce, Tajani a Vienna: serve un bilancio per le missioni sul campo", "2025-01-16",
                          "Vienna"),
    "ta5_mk_agency.txt": ("Мисијата на ОБСЕ обучи новинари за безбедност на интернет", "2025-03-12", "Скопје"),
    "ta5_ru_print.txt": ("О встрече заместителя министра иностранных дел с директором БДИПЧ ОБСЕ", "2023-02-28",
                         "Астана"),
    "ta5_en_new.txt": ("OSCE Mission in Kosovo trains municipal officials on the rights of communities",
                       "2025-03-06", "Pristina"),
}

#: file -> the site shape it is written in
SHAPES: dict[str, str] = {
    "ta1_en_wb.txt": "archive", "ta1_ru_wb.txt": "archive", "ta1_de_ait.txt": "archive", "ta1_sr_wb.txt": "archive",
    "ta1_fr_apt.txt": "archive",
    "ta2_en_new.txt": "osce-new", "ta2_ru_new.txt": "osce-new", "ta2_fr_new.txt": "osce-new",
    "ta3_en_ent.txt": "entity", "ta3_de_ent.txt": "entity", "ta3_fr_ban.txt": "banner", "ta3_bs_ban.txt": "banner",
    "ta4_bg_agency.txt": "agency", "ta4_sk_agency.txt": "agency", "ta4_en_print.txt": "print",
    "ta4_pl_print.txt": "print",
    "ta5_en_wb.txt": "archive", "ta5_uk_arch.txt": "archive", "ta5_ru_ent.txt": "entity", "ta5_fr_ent.txt": "entity",
    "ta5_sq_ban.txt": "banner", "ta5_de_ban.txt": "banner", "ta5_it_agency.txt": "agency",
    "ta5_mk_agency.txt": "agency", "ta5_ru_print.txt": "print", "ta5_en_new.txt": "osce-new",
}

PAGES = OwnPages("ta", GOLD, FIELDS)
NAMES = sorted(GOLD)

#: each set's figures as they came and the whole line's (``ta1-ta4``), measured once on a worktree of 4585ee2 (the
#: commit that wrote the pages and this gold, before any rule saw them; other helpers' uncommitted edits left out)
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # ta1: Archive-It's banner line taken for the title, its archived page's dateline unread (no date, no place);
    # an election's banner with its date (ta1_en_wb) and a chairmanship's with its year (ta1_ru_wb) taken for
    # the title; the flattened Wayback toolbar, the single capture and Arquivo.pt right
    "ta1": {"title": 0.4, "date": 0.8, "place": 0.8},
    # ta2: titles and dates right; the dateline under a standfirst and a "Date de publication:" label not read
    # for the place (ta2_fr_new)
    "ta2": {"title": 1.0, "date": 1.0, "place": 0.667},
    # ta3: the entity pages' own menus' items taken for the title ("Head of Mission", "Toleranz und
    # Nichtdiskriminierung"), the banners with a year taken for it (both)
    "ta3": {"title": 0.0, "date": 1.0, "place": 1.0},
    # ta4: the agencies' masthead ("БТА - Българска телеграфна агенция", "TASR – Tlačová agentúra ...") read as
    # a dateline: no title, the agency for the place; the ministry's name over a print view taken for the title
    "ta4": {"title": 0.25, "date": 1.0, "place": 0.5},
    "ta1-ta4": {"title": 0.375, "date": 0.938, "place": 0.75},
}
#: field -> (worst shape, its figure) as they came
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "title": ("agency", 0.0), "date": ("archive", 0.8), "place": ("agency", 0.0),
}

#: the pages of sets ta1-ta4 (measured together as they came) and of ta5 (written after round 1's rules)
FIRST = [n for n in NAMES if not n.startswith("ta5_")]
LATER = [n for n in NAMES if n.startswith("ta5_")]
#: ta5's figures as they came, measured once on a worktree of 22d1cc3 (its pages' commit, after round 1's rules):
#: every title, date and place right. The same author wrote the rules and these pages, in the shapes the rules
#: read, so this is how far they carry to new sites and languages, not a blind figure (line o and aa are). On the
#: code before round 1's rules (4585ee2) the same pages gave title 0.3, date 1.0, place 0.8 (three banners, an
#: entity page's menu item, both agencies' mastheads read as datelines, a ministry's name over its print view)
TA5_AS_THEY_CAME: dict[str, object] = {"title": 1.0, "date": 1.0, "place": 1.0}
TA5_WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {"title": ("agency", 1.0), "date": ("agency", 1.0),
                                                         "place": ("agency", 1.0)}


@pytest.mark.parametrize("key", ["ta1", "ta2", "ta3", "ta4", "ta1-ta4"])
def test_the_line_holds_its_figures_as_they_came(key):
    # floors: a change that reads these pages worse fails here (figures are recomputed, not copied)
    names = FIRST if key == "ta1-ta4" else PAGES.pages(key)
    low = PAGES.below(names, AS_THEY_CAME[key])
    assert not low, low


def test_no_site_shape_falls_below_its_worst_as_it_came():
    low = PAGES.shapes_below(FIRST, SHAPES, WORST_AS_THEY_CAME)
    assert not low, low


#: ta1-ta4 after round 1's rules (T's, each named in its commit): an upper bound, the pages having been read for the
#: rules; floors, so that a later change cannot read the line worse (measured at 5021827 and again at e618840)
AFTER_ROUND_1: dict[str, object] = {"title": 1.0, "date": 1.0, "place": 1.0}


def test_the_line_holds_its_figures_after_round_1():
    low = PAGES.below(FIRST, AFTER_ROUND_1)
    assert not low, low


@pytest.mark.skipif(not TA5_AS_THEY_CAME, reason="ta5 not measured yet")
def test_ta5_holds_its_figures_as_they_came():
    low = PAGES.below(LATER, TA5_AS_THEY_CAME)
    assert not low, low
    low = PAGES.shapes_below(LATER, SHAPES, TA5_WORST_AS_THEY_CAME)
    assert not low, low


def test_pages_on_disk_are_the_gold():
    assert PAGES.on_disk() == NAMES == sorted(SHAPES)


def test_gold_values_are_well_formed():
    PAGES.check_gold()


@pytest.mark.parametrize("shape", sorted(set(SHAPES.values())))
def test_each_shape_is_on_pages_of_two_sites_or_more(shape):
    assert sum(1 for s in SHAPES.values() if s == shape) >= 2


if __name__ == "__main__":      # python tests/test_extract_own_pages_ta.py [--groups | ta1 ...]: figures and misses
    PAGES.main(sys.argv[1:], SHAPES)
