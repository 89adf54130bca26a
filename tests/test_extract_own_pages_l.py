"""Issue 11, line l (session 9, helper L): the issuing body (``source``, explicit or inferred) and the other
one-value fields on whole pages of our own (31, in three sets l1-l3), in the shapes where the issuer is implied
and the blind line j missed it (its source 0.659, 0.25 on field operations' own sites):

- l1: field operations' and institutions' own sites, whose masthead or breadcrumb names the body: the OSCE's
  acronym on a line of its own over the office's short name (``ОЕБС`` / ``Мисија у Србији``, ``OSBE`` /
  ``Prezenca në Shqipëri``, ``ОБСЕ`` / ``Мисија во Скопје``, the OSCE's full name in Bosnian over ``Misija u
  Bosni i Hercegovini``), the office's full name as the masthead (``Misija OEBS u Srbiji``, ``Misioni i OSBE-së
  në Kosovë``, ``Программный офис ОБСЕ в Бишкеке``, ``Misiunea OSCE în Republica Moldova``, the PA's Russian
  name), a one-line breadcrumb in ``›`` or ``>`` naming the body (osce.org in French: ODIHR, the HCNM; a field
  office's short name); in Serbian (both scripts), Albanian, Macedonian, Russian, Romanian, Bosnian, French;
- l2: news sites' headlines reporting a body's statement, condemnation, welcome or visit, with no agency credited
  (Croatian, German, Italian, Spanish, Polish, Georgian, Turkish, Serbian and Montenegrin "<body>: <what it
  said>", English, Romanian): the body was the inferred issuer when written; since session 11 (the lead's decision,
  tests/gold/README.md "Statement headlines and reports") a news site's report of what a body said or did names no
  issuer, and these eleven have none;
- l3: entity pages of a field operation in Serbian, Russian and Albanian (the page is issued by the body it is
  about), and agencies' own credits and signatures (ANSA's ``(ANSA) - VIENNA, 03 DIC -`` and a paper's closing
  ``(ANSA).``, AZƏRTAC's dateline on its own site and in a portal's copy, Montsame's ``/МОНЦАМЭ/``, ``ELTA``
  signing a portal's item), explicit sources by the reference data's label (tests/gold/README.md: the
  canonical label; ``Agenzia Nazionale Stampa Associata``, ``Azertac``, ``Montsame``, ``ELTA``, as lines a-i
  write them).

Each shape is on two imagined sites at least. The gold follows tests/gold/README.md: title as on the page (never
a masthead, breadcrumb or rubric); date from a stamp or the dateline; place the dateline's in the page's language
and script, title case; source the canonical label, ``inferred`` true only where the page implies it (an OSCE
body's own site by its masthead or breadcrumb, an entity page, a headline reporting the body's statement or
visit); a news site's masthead names no issuer.

Method: the pages and this gold were written by the helper who then wrote the round's rules (so the line is not
blind), and committed before the extractor was run on them; the figures as they came are recorded in
``AS_THEY_CAME`` in a commit of their own, and the tests hold them as floors. No gold value is changed after
seeing figures.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

ODIHR = "OSCE Office for Democratic Institutions and Human Rights"
HCNM = "OSCE High Commissioner on National Minorities"
RFOM = "OSCE Representative on Freedom of the Media"
ANSA = "Agenzia Nazionale Stampa Associata"

FIELDS = ("title", "date", "place", "source", "inferred")

#: file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple] = {
    # l1: field operations' and institutions' own sites (masthead, breadcrumb)
    "l1_sr.txt": ("Обучено 120 чланова бирачких одбора у Нишу и Лесковцу", "2026-11-09", "Ниш",
                  "OSCE Mission to Serbia", True),
    "l1_sr_lat.txt": ("Mladi iz Novog Pazara i Kraljeva razgovarali o suživotu i medijskoj pismenosti", "2026-10-14",
                      "Novi Pazar", "OSCE Mission to Serbia", True),
    "l1_sq.txt": ("Zyrtarët e qarkut të Shkodrës trajnohen për menaxhimin e ankesave të qytetarëve", "2026-11-03",
                  "Shkodër", "OSCE Presence in Albania", True),
    "l1_sq_ks.txt": ("Gazetarët e rinj nga Mitrovica dhe Prizreni vizitojnë redaksitë në Prishtinë", "2026-10-21",
                     "Prishtinë", "OSCE Mission in Kosovo", True),
    "l1_mk.txt": ("Полицајци од Тетово и Гостивар обучени за работа со заедниците", "2026-10-28", "Тетово",
                  "OSCE Mission to Skopje", True),
    "l1_ru_kg.txt": ("В Оше завершился курс для молодых медиаторов из приграничных сел", "2026-11-17", "Ош",
                     "OSCE Programme Office in Bishkek", True),
    "l1_ro_md.txt": ("Primării de pe ambele maluri ale Nistrului au schimbat experiență în gestionarea deșeurilor",
                     "2026-11-05", "Bender", "OSCE Mission to Moldova", True),
    "l1_bs.txt": ("Učenici iz Mostara i Stoca zajedno obilježili Dan ljudskih prava", "2026-12-10", "Mostar",
                  "OSCE Mission to Bosnia and Herzegovina", True),
    "l1_fr.txt": ("Des observateurs de toute la région formés à Varsovie au suivi des campagnes en ligne",
                  "2026-11-19", "Varsovie", ODIHR, True),
    "l1_fr_hcnm.txt": ("Ouverture à Tallinn d’un séminaire régional sur l’enseignement des langues", "2026-12-02",
                       "Tallinn", HCNM, True),
    "l1_ru_pa.txt": ("Делегация парламентариев завершила ознакомительную поездку в Центральную Азию", "2026-11-26",
                     "Вена", "OSCE Parliamentary Assembly", True),
    # l2: news sites' headlines reporting a body's statement, condemnation, welcome or visit (no agency credited)
    "l2_hr.txt": ("Predstavnik OESS-a za slobodu medija osudio napad na novinara u Splitu", "2026-11-12", None,
                  None, False),
    "l2_de.txt": ("OSZE-Menschenrechtsbüro ODIHR begrüßt neues Wahlgesetz in Armenien", "2026-11-18", None,
                  None, False),
    "l2_it.txt": ("Il Rappresentante OSCE per la libertà dei media condanna l’arresto di due giornalisti a Baku",
                  "2026-11-24", None, None, False),
    "l2_es.txt": ("El Alto Comisionado de la OSCE para las Minorías Nacionales visita Moldavia", "2026-11-06",
                  "Madrid", None, False),
    "l2_pl.txt": ("Przewodniczący OBWE Ignazio Cassis odwiedził Kiszyniów i Tyraspol", "2026-10-27", None,
                  None, False),
    "l2_ka.txt": ("ეუთოს გენერალური მდივანი საქართველოს ეწვია", "2026-11-03", None, None, False),
    "l2_tr.txt": ("AGİT Medya Özgürlüğü Temsilcisi, Bakü’deki gazeteci tutuklamalarını kınadı", "2026-11-25", None,
                  None, False),
    "l2_sr_lat.txt": ("Misija OEBS u Srbiji: Pritisci na lokalne medije su neprihvatljivi", "2026-11-20", None,
                      None, False),
    "l2_me.txt": ("Misija OEBS-a u Crnoj Gori: Izborne zakone usvojiti prije ljeta", "2026-11-16", None,
                  None, False),
    "l2_en.txt": ("OSCE High Commissioner on National Minorities welcomes Latvia's plan for minority language "
                  "classes", "2026-11-30", None, None, False),
    "l2_ro.txt": ("Reprezentantul OSCE pentru libertatea presei a condamnat amenințările la adresa jurnaliștilor "
                  "din Chișinău", "2026-11-28", None, None, False),
    # l3: entity pages; agencies' own credits and signatures
    "l3_sr_ent.txt": ("Мисија ОЕБС у Србији", None, None, "OSCE Mission to Serbia", True),
    "l3_ru_ent.txt": ("Центр ОБСЕ в Ашхабаде", None, None, "OSCE Centre in Ashgabat", True),
    "l3_sq_ent.txt": ("Prezenca e OSBE-së në Shqipëri", None, None, "OSCE Presence in Albania", True),
    "l3_it.txt": ("Osce, l'Italia ospiterà una conferenza sulla sicurezza nel Mediterraneo", "2026-12-03", "Vienna",
                  ANSA, False),
    "l3_it2.txt": ("Osce, a Vienna il consiglio ministeriale si chiude senza dichiarazione finale", "2026-12-05",
                   "Vienna", ANSA, False),
    "l3_az.txt": ("ATƏT-in Baş katibi Bakıda Xarici İşlər Nazirliyində görüşlər keçirib", "2026-11-10", "Bakı",
                  "Azertac", False),
    "l3_az2.txt": ("ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları Bürosunun nümayəndələri Mərkəzi Seçki "
                   "Komissiyasında olublar", "2026-11-11", "Bakı", "Azertac", False),
    "l3_mn.txt": ("ЕАБХАБ-ын төлөөлөгчид Улаанбаатарт сонгуулийн хуулийн талаар ярилцлаа", "2026-11-20",
                  "Улаанбаатар", "Montsame", False),
    "l3_lt.txt": ("ESBO generalinis sekretorius Vilniuje susitiko su užsienio reikalų ministru", "2026-11-06", None,
                  "ELTA", False),
}

#: each page's site shape (the worst group is reported, not only the mean)
SHAPES: dict[str, str] = {
    **dict.fromkeys(["l1_sr.txt", "l1_sr_lat.txt", "l1_sq.txt", "l1_sq_ks.txt", "l1_mk.txt", "l1_ru_kg.txt",
                     "l1_ro_md.txt", "l1_bs.txt"], "field-office site"),
    **dict.fromkeys(["l1_fr.txt", "l1_fr_hcnm.txt", "l1_ru_pa.txt"], "institution site"),
    **dict.fromkeys([n for n in GOLD if n.startswith("l2_")], "headline"),
    **dict.fromkeys(["l3_sr_ent.txt", "l3_ru_ent.txt", "l3_sq_ent.txt"], "entity page"),
    **dict.fromkeys(["l3_it.txt", "l3_it2.txt", "l3_az.txt", "l3_az2.txt", "l3_mn.txt", "l3_lt.txt"], "agency"),
}

PAGES = OwnPages("l", GOLD, FIELDS)

#: each set's figures as they came (accuracy of the one-value fields), measured once on a worktree of daac684 (the
#: commit that wrote these pages and this gold, before any rule saw them; the loader imported from that worktree,
#: no uncommitted edit of anyone's in it)
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # l1: no issuer from a masthead that splits the office's name over two lines (the OSCE's acronym, or its full
    # name, over the office's short name: l1_sr, l1_sq, l1_mk, l1_bs) nor from a one-line breadcrumb naming an
    # institution in French (l1_fr, l1_fr_hcnm); Bishkek's Russian dateline "ОШ, 17 ноября 2026 г. –" read for
    # neither date nor place; the full-name mastheads (Serbian Latin, Albanian in Kosovo, Russian, Romanian, the
    # PA's Russian name) were read
    "l1": {"title": 1.0, "date": 0.909, "place": 0.909, "source": 0.455},
    # l2: no headline reporting a statement, condemnation, welcome or visit gave its body (0 of 11), English included
    # ("welcomes"), nor "<body>: <what it said>"
    "l2": {"title": 1.0, "date": 1.0, "place": 1.0, "source": 0.0},
    # l3: entity pages in Serbian and Albanian under a split masthead titled by the masthead's short name, and their
    # body not inferred; the Russian entity page titled by its first section ("Деятельность"); a paper's closing
    # "(ANSA)." unread; the agencies' own datelines and Montsame's and ELTA's credits read
    "l3": {"title": 0.667, "date": 1.0, "place": 1.0, "source": 0.667},
    # all 31 pooled
    "l1-l3": {"title": 0.903, "date": 0.968, "place": 0.968, "source": 0.355},
}

#: the worst site-shape group of each field over all 31 pages, as it came (accuracy): entity page (3) title 0.0;
#: field-office site (8) date and place 0.875; headline (11) source 0.0 (institution site, 3, 0.333; entity page
#: 0.333; field-office site 0.5; agency, 6, 0.833)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {
    "title": ("entity page", 0.0), "date": ("field-office site", 0.875), "place": ("field-office site", 0.875),
    "source": ("headline", 0.0),
}


#: the line's figures after this round's rules (L's in issuer.py, and K's and M's of the same round; the pages were
#: in view when the rules were written, so these are upper bounds, not unseen figures), measured at the rule freeze on
#: a worktree of 31d0a9a: floors. Source stays at 0.645 because l2 reads as no issuer under the shared gold's
#: convention for 8 of its 11 headlines (condemnations, welcomes and "<body>: ..." headlines, see the README's "Session
#: 9, the issuing body"), and two of its three visits name posts by names the reference data lacks (Polish, Georgian)
AFTER_RULES: dict[str, float] = {"title": 0.935, "date": 1.0, "place": 1.0, "source": 0.645}


def test_the_line_holds_its_figures_after_the_rounds_rules():
    low = PAGES.below(sorted(GOLD), AFTER_RULES)
    assert not low, low


globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


globals().update(PAGES.title_tests())


if __name__ == "__main__":     # python tests/test_extract_own_pages_l.py [l1 ...]: figures and misses
    PAGES.report(sys.argv[1:])
    print(PAGES.by_shape(sorted(GOLD), SHAPES))
