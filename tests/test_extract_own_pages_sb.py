"""Issue 11, line sb (session 11, helper S): the issuing body (``source``, explicit or inferred) and the other one-value
fields on 12 whole pages of our own (sets sb1-sb3), in the shapes where the measured line ab missed the issuer (source
0.761: aggregators 0.25, osce.org's layouts 0.4 and 0.5) and under the lead's decision on statement headlines
(tests/gold/README.md, "Statement headlines and reports"):

- sb1: a ``Source:`` label naming the OSCE Chairpersonship by one of its names in the page's language and the year of
  the chairmanship, no State named ("Источник: Председательство ОБСЕ 2010" on osce.org's old layout in Russian,
  "Quelle: OSZE-Vorsitz 2016" on a German archive of releases, "Źródło: Przewodnictwo OBWE 2022" on the new layout in
  Polish, "Source : Présidence de l'OSCE 2011" in French): explicit, the canonical ``OSCE Chairpersonship``;
- sb2: aggregators' stamp lines whose parts a bullet, a middle dot or a bar with several spaces part, the source label
  among them ("2019-03-21 15:42  •  Šaltinis: ELTA", "2022.12.14. 10:15  |  Avots: LETA", "15. 2. 2023 16:20 · Zdroj:
  ČTK", "12.05.2023. u 13:10  •  Izvor: Hina"): explicit, the agency's canonical label;
- sb4 (added after round 1's first rules): aggregators' source lines naming the agency, the date and the time
  ("ТАСС, 12 марта 2024, 14:20", "Укрінформ · 14.03.2024, 16:05", "Reuters, September 23, 2024, 9:12 AM", "Tanjug,
  18. april 2024, 12:35"): explicit, the agency's canonical label;
- sb5 (added in round 2, after line ac's measurement): an agencies' chain with a code the data lacks ("Helsinki
  (STT-AFP) –"), a press-release distributor's sender label ("Avsändare: Amnesty International"), aggregators naming
  the source by its address ("Forrás: index.hu | ...", "Zdroj: idnes.cz | ..."): explicit;
- sb3: news sites' pages that ARE a body's statement (Ukrainian "Заява Спеціальної моніторингової місії ОБСЄ ...", an
  English digest's "Statement by the OSCE Chairperson-in-Office ..."): the body, inferred; and news sites' reports of a
  visit (Romanian "Șeful Misiunii OSCE în Moldova vizitează Comratul ...", German "OSZE-Generalsekretärin besucht Kiew
  ..."): no issuer.

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

CHAIR = "OSCE Chairpersonship"

FIELDS = ("title", "date", "place", "source", "inferred")

#: file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple] = {
    # sb1: the Chairpersonship's name and year in a Source label
    "sb1_ru.txt": ("Действующий председатель ОБСЕ провел в Бишкеке встречи по ситуации на юге Кыргызстана",
                   "2010-07-20", "Бишкек", CHAIR, False),
    "sb1_de.txt": ("OSZE-Vorsitz ruft zu Zurückhaltung an der Kontaktlinie in Berg-Karabach auf", "2016-04-03", "Wien",
                   CHAIR, False),
    "sb1_pl.txt": ("Przewodniczący OBWE Rau w Kiszyniowie: wspieramy proces rozwiązania konfliktu naddniestrzańskiego",
                   "2022-02-09", "Kiszyniów", CHAIR, False),
    "sb1_fr.txt": ("La Présidence de l’OSCE réunit à Vilnius les ministres pour la dernière réunion de l’année",
                   "2011-12-06", "Vilnius", CHAIR, False),
    # sb2: aggregators' stamp lines
    "sb2_lt.txt": ("ESBO misija Ukrainoje pratęsta dar vieneriems metams", "2019-03-21", None, "ELTA", False),
    "sb2_lv.txt": ("EDSO ģenerālsekretāre Rīgā pārrunā organizācijas budžeta krīzi", "2022-12-14", None, "LETA",
                   False),
    "sb2_cs.txt": ("Šéf diplomacie Lipavský jednal ve Vídni s generální tajemnicí OBSE", "2023-02-15", None,
                   "Czech News Agency", False),
    "sb2_hr.txt": ("Grlić Radman u Beču: OESS mora ostati mjesto dijaloga", "2023-05-12", None, "Croatian News Agency",
                   False),
    # sb3: a statement on a news site (inferred), a news site's report of a visit (none)
    "sb3_uk.txt": ("Заява Спеціальної моніторингової місії ОБСЄ щодо обстрілу фільтрувальної станції поблизу Авдіївки",
                   "2017-04-17", None, "OSCE Special Monitoring Mission to Ukraine", True),
    "sb3_en.txt": ("Statement by the OSCE Chairperson-in-Office on the situation along the Armenia-Azerbaijan border",
                   "2022-09-14", None, CHAIR, True),
    "sb3_ro.txt": ("Șeful Misiunii OSCE în Moldova vizitează Comratul și discută cu tinerii din Găgăuzia", "2023-11-22",
                   None, None, False),
    "sb3_de.txt": ("OSZE-Generalsekretärin besucht Kiew und sagt der Ukraine weitere Unterstützung zu", "2023-06-08",
                   "Kiew", None, False),
    # sb4 (written after round 1's first rules, before the extractor read them): aggregators' source lines of the
    # agency's name, the date and the time parted by commas or a middle dot, right under the headline
    "sb4_ru.txt": ("Генсек ОБСЕ обсудила в Вене бюджет организации с постоянными представителями", "2024-03-12", None,
                   "TASS", False),
    "sb4_uk.txt": ("Постійна рада ОБСЄ обговорила у Відні безпекову ситуацію в Україні", "2024-03-14", None,
                   "Ukrinform", False),
    "sb4_en.txt": ("OSCE election observers deploy across Moldova ahead of presidential vote", "2024-09-23", None,
                   "Reuters", False),
    "sb4_sr.txt": ("Šef Misije OEBS u Srbiji razgovarao sa studentima u Nišu o medijskoj pismenosti", "2024-04-18", None,
                   "Tanjug", False),
    # sb5 (written in round 2, after line ac's measurement, before the extractor read them): an agencies' chain with a
    # code the data lacks, a press-release distributor's sender label, aggregators naming the source by its address
    "sb5_fi.txt": ("Etyj lähettää vaalitarkkailijoita Moldovan parlamenttivaaleihin", "2025-08-12", "Helsinki",
                   "STT / Agence France-Presse", False),
    "sb5_sv.txt": ("Ny rapport: Journalister i Centralasien arbetar under ökande press", "2025-06-03", None,
                   "Amnesty International", False),
    "sb5_hu.txt": ("Az EBESZ megfigyelői szerint rendezett volt a moldovai helyhatósági választás", "2023-11-06", None,
                   "Index", False),
    "sb5_cs.txt": ("Pozorovatelé OBSE: volby v Gruzii provázel tlak na voliče", "2024-10-27", None, "iDNES", False),
}

#: each page's site shape (the worst group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "sb1_ru.txt": "osce-old", "sb1_de.txt": "archive of releases", "sb1_pl.txt": "osce-new", "sb1_fr.txt": "osce-new",
    **dict.fromkeys([n for n in GOLD if n.startswith(("sb2_", "sb4_"))], "aggregator"),
    "sb5_fi.txt": "news site, agencies' chain", "sb5_sv.txt": "press-release distributor",
    "sb5_hu.txt": "aggregator", "sb5_cs.txt": "aggregator",
    "sb3_uk.txt": "news site, statement", "sb3_en.txt": "news site, statement",
    "sb3_ro.txt": "news site, visit", "sb3_de.txt": "news site, visit",
}

PAGES = OwnPages("sb", GOLD, FIELDS)

#: each set's figures as they came (accuracy of the one-value fields), measured once on a worktree of ccb9312 (the
#: commit that wrote these pages and this gold, before any rule saw them; the loader imported from that worktree)
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # sb1: no Source label's value of the Chairpersonship's name and year read as the Chairpersonship (ru, de, pl, fr:
    # each given as written)
    "sb1": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # sb2: the stamp lines parted by a bullet or a middle dot unread (lt, cs, hr); the spaced bar read (lv)
    "sb2": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.25},
    # sb3: the two statements' bodies inferred, the two visits' reports given none (lead decision 1, f7712b3)
    "sb3": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 1.0},
    # sb4 (measured once on a worktree of fa06205, its pages' commit, after round 1's rules b0a4b60-b2a2a5c): no
    # aggregator's "<agency>, <date>, <time>" line read for the source (ru, uk, en, sr); "ТАСС, 12 марта 2024" read as
    # a dateline of the place "Тасс"; "Reuters, September 23, 2024, 9:12 AM" read for no date
    "sb4": {"title": 1.0, "date": 0.75, "place": 0.75, "source": 0.0},
    # sb5 (measured once on a worktree of b3e835e, its pages' commit, after round 1's rules, before round 2's): the
    # aggregators' "Forrás: index.hu | <date> | ..." lines given whole as the source (hu, cs); "(STT-AFP)" given as
    # written (fi); the sender label unread (sv) and the distributor's "Logga in" joined to its title
    "sb5": {"title": 0.75, "date": 1.0, "place": 1.0, "source": 0.0},
    # all 20 pooled at b3e835e (sb1-sb4 pooled at fa06205: title 1.0, date 0.938, place 0.938, source 0.75, sb1-sb3
    # as they came at ccb9312 source 0.417; here after round 1's rules, with sb5 as it came)
    "sb1-sb5": {"title": 0.95, "date": 0.95, "place": 0.95, "source": 0.8},
}

#: the worst site-shape group of each field, as it came (accuracy): over sb1-sb3's 12 pages at ccb9312 title, date and
#: place 1.0 in every group, source 0.0 on the archive of releases (1), osce-old (1) and osce-new (2), aggregator (4)
#: 0.25, news sites 1.0; with sb4 at fa06205 the aggregator (8) is worst in date and place (0.875) and source (0.5)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "title": ("press-release distributor", 0.0), "date": ("aggregator", 0.875), "place": ("aggregator", 0.875),
    "source": ("archive of releases", 0.0),
    # (with sb5 at b3e835e the press-release distributor (1) is worst in title, 0.0, which is the title's floor now,
    # and the agencies' chain (1) in source, 0.0; the other floors stay the lower ones as they first came)
}


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


globals().update(PAGES.title_tests())


if __name__ == "__main__":     # python tests/test_extract_own_pages_sb.py [sb1 ...]: figures and misses
    PAGES.report(sys.argv[1:])
