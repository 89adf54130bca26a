"""Issue 11, line sa (session 10, helper S): the issuing body (``source``, explicit or inferred) and the other one-value
fields on 18 whole pages of our own (sets sa1-sa3), in the shapes where the blind line n missed the issuer (OSCE
institution pages 0.333, osce.org's old layout 0.333) and the known leftovers of session 9:

- sa1: the OSCE's own sections and sites with no ``Source:`` line: an institution's section title under osce.org's
  masthead, no "Home" above it (ODIHR in English, the HCNM in French, the RFoM in Russian on the old layout), the PA's
  own site under its acronym, field offices' releases on osce.org's old layout (the office's name heading the section
  above "Press release" / "Pressemitteilung": Yerevan in English, Moldova in German), and Drupal print views whose only
  hint is the ``Source URL:`` at the foot (Skopje in Macedonian, the RFoM's path in English): inferred;
- sa2: news agencies' copy on papers', portals' and broadcasters' sites, credited by shape: a closing ``T. K., STA``
  (initials, then the agency), MTI's ``Bécs, 2025. december 4., csütörtök (MTI) –``, Moldpres's ``Chișinău, 5
  noiembrie /MOLDPRES/.``, Kazinform's ``АСТАНА. KAZINFORM –`` (no date in the dateline), PAP's ``Z Wiednia Anna
  Nowak (PAP)`` above the editors' marks, AP's ``VIENNA (AP) —``: explicit;
- sa3: a Chairpersonship press release on osce.org whose headline's subject is the Chair ("OSCE Chair Valtonen
  welcomes ..."), news sites' headlines reporting a body's statement or call (Ukrainian, Hungarian: inferred when
  written; no issuer since session 11, the lead's decision in tests/gold/README.md "Statement headlines and reports",
  as lines a, v, x and the shared gold read them), and an
  aggregator's source line ``РИА Новости, 5 декабря 2024, 18:45`` (explicit).

The gold follows tests/gold/README.md: title as on the page; date from a stamp or the dateline; place the dateline's
in the page's language and script, title case; source the canonical label (the reference data's), ``inferred`` true
only where the page implies the issuer.

Method: the pages and this gold were written by the helper who then wrote the round's rules (not blind), and committed
before the extractor was run on them; the figures as they came are recorded in ``AS_THEY_CAME`` in a commit of their
own, and the tests hold them as floors. No gold value is changed after seeing figures.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
HCNM = "OSCE High Commissioner on National Minorities"
RFOM = "OSCE Representative on Freedom of the Media"

FIELDS = ("title", "date", "place", "source", "inferred")

#: file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple] = {
    # sa1: the OSCE's own sections and sites, no Source line
    "sa1_en.txt": ("Observers from 24 countries trained in Warsaw on assessing election campaigns online",
                   "2025-10-09", "Warsaw", ODIHR, True),
    "sa1_ru.txt": ("Журналисты из пяти стран Центральной Азии обсудили в Бишкеке безопасность работы в интернете",
                   "2013-10-17", "Бишкек", RFOM, True),
    "sa1_fr.txt": ("Des enseignants de Samtskhe-Javakheti et de Kvemo Kartli réunis à Tbilissi autour de "
                   "l’éducation multilingue", "2025-11-12", "Tbilissi", HCNM, True),
    "sa1_en_pa.txt": ("Parliamentarians meet in Copenhagen to plan the Assembly's election observation work for 2026",
                      "2025-12-02", "Copenhagen", "OSCE Parliamentary Assembly", True),
    "sa1_en_old.txt": ("Young journalists from Armenia's regions trained in fact-checking in Gyumri", "2015-06-12",
                       "Gyumri", "OSCE Office in Yerevan", True),
    "sa1_de_old.txt": ("Polizisten von beiden Ufern des Dnjestr üben in Bender gemeinsam die Aufnahme von "
                       "Verkehrsunfällen", "2014-05-14", "Bender", "OSCE Mission to Moldova", True),
    "sa1_mk.txt": ("Општински службеници од Куманово и Струмица обучени за родово одговорно буџетирање", "2016-03-04",
                   "Скопје", "OSCE Mission to Skopje", True),
    "sa1_en_print.txt": ("Media regulators from South-East Europe meet in Sarajevo to discuss online platforms",
                         "2024-05-21", "Sarajevo", RFOM, True),
    # sa2: agencies' copy credited by shape
    "sa2_sl.txt": ("Slovenija bo tudi prihodnje leto prispevala strokovnjake za opazovanje volitev OVSE", "2025-09-18",
                   "Ljubljana", "Slovenian Press Agency", False),
    "sa2_hu.txt": ("Vízumkönnyítésről és a kisebbségi jogokról tárgyalt Szijjártó Péter Bécsben", "2025-12-04",
                   "Bécs", "Hungarian News Agency", False),
    "sa2_ro.txt": ("Tineri din Găgăuzia și din raionul Taraclia au învățat să verifice știrile false", "2025-11-05",
                   "Chișinău", "Moldpres", False),
    "sa2_ru.txt": ("В Астане обсудили подготовку пограничников к работе с беженцами", "2025-12-04", "Астана",
                   "Kazinform", False),
    "sa2_pl.txt": ("Sekretarz generalny OBWE: bez budżetu misje terenowe będą musiały ograniczyć działalność",
                   "2025-12-05", None, "Polish Press Agency", False),
    # sa2_en: its only stamp is "Updated ...", never the date (lead decision 3, session 12)
    "sa2_en.txt": ("Europe's security body opens its annual ministers' meeting without a budget deal", None,
                   "Vienna", "Associated Press", False),
    # sa3: a Chair's release, news headlines reporting a body's statement, an aggregator's source line
    "sa3_en.txt": ("OSCE Chair Valtonen welcomes initialling of the peace agreement between Armenia and Azerbaijan",
                   "2025-08-09", "Helsinki", "OSCE Chairpersonship", True),
    "sa3_uk.txt": ("Генсек ОБСЄ закликав Росію звільнити трьох утримуваних співробітників місії", "2025-04-11", None,
                   None, False),
    "sa3_hu.txt": ("Az EBESZ médiaszabadság-képviselője elítélte a harkivi újságírók elleni támadást", "2025-10-24",
                   None, None, False),
    "sa3_ru.txt": ("В ОБСЕ назвали нового главу Бюро по демократическим институтам и правам человека", "2024-12-05",
                   None, "RIA Novosti", False),
    # sa4 (written after round 1's rules, in the same shapes on other sites and languages, committed before the
    # extractor read them: how far the rules carry): osce.org's sections in Italian, Serbian, French and the old
    # layout's field office in English, print views in Russian and German, a third Slovene site's "M. P., STA", an
    # Italian paper's "(ANSA)." over its links
    "sa4_it.txt": ("Giornalisti e autorità di Albania e Macedonia del Nord discutono a Tirana di sicurezza dei reporter",
                   "2025-10-16", "Tirana", RFOM, True),
    "sa4_sr.txt": ("Predstavnici izbornih komisija iz regiona razmenili iskustva u Varšavi", "2015-04-22", "Varšava",
                   ODIHR, True),
    "sa4_en_old.txt": ("Albanian court clerks trained in using new case management software", "2014-10-08", "Tirana",
                       "OSCE Presence in Albania", True),
    "sa4_ru.txt": ("Пограничники Таджикистана и Афганистана обсудили в Душанбе совместные меры против контрабанды",
                   "2013-11-11", "Душанбе", "OSCE Office in Tajikistan", True),
    "sa4_de.txt": ("Wahlbeobachterinnen und Wahlbeobachter aus zwölf Ländern in Warschau zu barrierefreien Wahlen "
                   "geschult", "2019-03-14", "Warschau", ODIHR, True),
    "sa4_sl.txt": ("Slovenski policisti bodo pomagali pri usposabljanju kolegov v Srednji Aziji", "2025-10-03",
                   "Ljubljana", "Slovenian Press Agency", False),
    "sa4_it2.txt": ("Osce, a Vienna un corso per giovani diplomatici dei Paesi del Mediterraneo", "2025-11-14",
                    "Vienna", "Agenzia Nazionale Stampa Associata", False),
    "sa4_fr.txt": ("Des experts de la cybersécurité de 30 pays réunis à Vienne pour renforcer les mesures de confiance",
                   "2024-03-07", "Vienne", "OSCE Secretariat", True),
}

#: each page's site shape (the worst group is reported, not only the mean)
SHAPES: dict[str, str] = {
    **dict.fromkeys(["sa1_en.txt", "sa1_ru.txt", "sa1_fr.txt", "sa1_en_pa.txt"], "institution"),
    **dict.fromkeys(["sa1_en_old.txt", "sa1_de_old.txt"], "osce-old field office"),
    **dict.fromkeys(["sa1_mk.txt", "sa1_en_print.txt"], "print view"),
    **dict.fromkeys([n for n in GOLD if n.startswith("sa2_")], "agency credit"),
    "sa3_en.txt": "osce-new", "sa3_uk.txt": "headline", "sa3_hu.txt": "headline", "sa3_ru.txt": "aggregator",
    **dict.fromkeys(["sa4_it.txt", "sa4_sr.txt", "sa4_fr.txt"], "institution"),
    "sa4_en_old.txt": "osce-old field office", **dict.fromkeys(["sa4_ru.txt", "sa4_de.txt"], "print view"),
    **dict.fromkeys(["sa4_sl.txt", "sa4_it2.txt"], "agency credit"),
}

PAGES = OwnPages("sa", GOLD, FIELDS)

#: each set's figures as they came (accuracy of the one-value fields), measured once on a worktree of 7e05685 (the
#: commit that wrote these pages and this gold, before any rule saw them; the loader imported from that worktree)
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # sa1: no Source line, and no issuer read from an institution's section title under the masthead (ODIHR, HCNM: the
    # OSCE's full name, the masthead, taken as an explicit source instead; RFoM's Russian section on the old layout
    # taken for the title), the PA's site, a field office's section on the old layout (en, de), or a print view's
    # "Source URL:" at the foot (mk, en); the PA's own site under "OSCE PA" read
    "sa1": {"title": 0.875, "date": 1.0, "place": 1.0, "source": 0.125},
    # sa2: the closing "T. K., STA" unread (sl); AP's stamp "Updated Dec. 4, 2025 at 6:42 am" read for no date; MTI's,
    # Moldpres's, Kazinform's, PAP's and AP's credits read
    "sa2": {"title": 1.0, "date": 0.833, "place": 1.0, "source": 0.833},
    # sa3: the Chair's release gave the OSCE's full name (the masthead) as an explicit source; the news headlines
    # (uk "Генсек ОБСЄ закликав", hu "Az EBESZ médiaszabadság-képviselője elítélte") no issuer; the aggregator's
    # "РИА Новости, 5 декабря 2024, 18:45" read as a dateline of the place "Риа", no source
    "sa3": {"title": 1.0, "date": 1.0, "place": 0.75, "source": 0.0},
    # sa4 (written after round 1's rules, measured once on a worktree of e8d41e7, the commit that wrote them): the
    # Italian section title of the RFoM ("Rappresentante per la libertà dei mezzi d'informazione") names no body the
    # data knows; Večer's "M. P., STA" with three lines of chrome under it unread; the rest as the rules read their
    # shapes (on the code before round 1's rules, 7e05685: source 0.125)
    "sa4": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.75},
    # all 26 pooled (sa1-sa3 as they came, 18 pages: title 0.944, date 0.944, place 0.944, source 0.333; with sa4 as
    # it came after round 1's rules)
    "sa1-sa4": {"title": 1.0, "date": 0.962, "place": 0.962, "source": 0.769},
}

#: the worst site-shape group of each field over all 18 pages, as it came (accuracy): institution (4) title 0.75;
#: agency credit (6) date 0.833; aggregator (1) place and source 0.0 (source 0.0 also on osce-old field office (2),
#: print view (2), headline (2), osce-new (1); institution 0.25, agency credit 0.833)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "title": ("institution", 0.75), "date": ("agency credit", 0.833), "place": ("aggregator", 0.0),
    "source": ("aggregator", 0.0),
}


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


globals().update(PAGES.title_tests())


if __name__ == "__main__":     # python tests/test_extract_own_pages_sa.py [sa1 ...]: figures and misses
    PAGES.report(sys.argv[1:])
    print(PAGES.by_shape(sorted(GOLD), SHAPES))
