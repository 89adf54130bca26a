"""Issue 11, line fc (session 12, helper F): fields of work and field operations on whole pages of our own, in the
shapes where line ad (measured blind at a9113d1: fields of work F1 0.578, R 0.448; newspapers' field operations 0.0)
lost them, each shape on pages of two sites or more:

- fc1, a page's topics in a block under the text with no blank lines around it: a short label without a colon
  (``Сфери роботи``, ``Қызмет салалары``, ``Направления нашей работы``, ``Our work``, ``Áreas temáticas``,
  ``Themenbereiche``) over one topic a line, then the next label of the block (``Де ми працюємо``) or the page's
  foot (``Контакты``, ``Compartir``, ``Teilen``): osce.org's new layout (uk, kk), field operations' own sites
  (the Programme Office in Bishkek in Russian, the Mission to Skopje in English) and institutions' sites (ODIHR in
  Spanish, the HCNM in German);
- fc2, topics outside the 23 listed ones (``Safety of journalists``, ``Media pluralism``, ``Media laws``, ``Mine
  action``) in ru, fr, it, tr, en, beside listed ones, on institutions' sites, osce.org's new and old layouts and a
  field office's site; the gold writes them in English, as tests/gold/README.md and lines ab and ad write them;
- fc3, field operations named by newspapers in their own languages (ca, mt, pt) and a second mission named with
  its type word only after the first (de ``neben der OSZE-Mission in Serbien auch die Mission in Montenegro``,
  nl ``bij de OVSE-missie in Kosovo en bij de missie in Bosnië en Herzegovina``);
- fc4 (added after round 1's rules, its pages and gold committed before any run on them), a topics block that follows
  another block of the metadata instead of the text's last sentence (``Gdzie pracujemy`` / ``Europa Wschodnia`` /
  ``Obszary pracy`` / topics; ``Where we work: Georgia`` / ``Topics`` / topics): osce.org's new layout (pl), field
  offices' sites (the Mission in Kosovo in French, the Mission to Serbia in Serbian), ODIHR's site (en);
- fc5 (session 12, round 3, its pages and gold committed before any run on them), a page's topics printed on ONE
  line after their label, three or more spaces or `` | `` between them (``Oblasti rada:  Vladavina prava
  Demokratizacija``; ``Topics: National minority issues | Education``), the Armenian label ending in the Armenian
  colon's dot (``Գործունեության ոլորտներ. Ընտրություններ``): osce.org's new layout (it, hy), field offices' sites
  (the Mission to Serbia in Serbian, the Programme Office in Astana in Kazakh), institutions' sites (ODIHR in
  Russian, the HCNM in English);
- fc6 (session 13, round 1, its pages and gold committed before any run on them): a news site's tag line under a
  topics label word (``Tematy: OBWE, Mołdawia, wybory, Kiszyniów``: names, places and words in small letters, no
  fields of work; two Polish sites, a daily and a portal), topics outside the list written beside listed ones on
  one line under a label the layouts do not list (``Oblasti delovanja: Vladavina prava   Ratni zločini``, the
  Mission to Serbia's site; ``Areas of work: Human rights | Freedom of peaceful assembly``, ODIHR's), kept as
  written, and a field operation named place first in Kazakh (``Қазақстандағы ЕҚЫҰ бағдарламалар офисі``, a
  newspaper).
- fc7 (session 13, round 3, its pages and gold committed before any run on them): a topic written in other words
  than the data's names for it, after a fields-of-work label (``Напрями діяльності: Діяльність поліції``, osce.org's
  old layout in Ukrainian; ``Қызмет бағыттары: Полиция жұмысы``, its old layout in Kazakh; ``Fushat e punës:
  Çështjet gjinore | Qeverisja e mirë``, the Presence in Albania's site), and field operations named in languages the
  data lacked them in: the Support Programme for Ukraine in Slovak and Czech (two ministries' sites), the Liaison
  Office in Central Asia in Uzbek (``YeXHTning Markaziy Osiyo bo‘yicha aloqa idorasi``, a newspaper).
- fc8 (session 14, round 1, its pages and gold committed before any run on them): two field operations joined by a
  conjunction in one sentence, each with its type word and the OSCE's name (``Misija OEBS u Srbiji i Misija OEBS u
  Crnoj Gori``, a Serbian newspaper; ``Misiunea OSCE în Serbia și Misiunea OSCE în Muntenegru``, a Moldovan agency;
  ``Программным офисом ОБСЕ в Душанбе и Центром ОБСЕ в Ашхабаде``, a Tajik agency; ``в Мисията на ОССЕ в Сърбия и
  в Мисията на ОССЕ в Косово``, the Bulgarian ministry: line aj's aj3_ru shape), and the Special Monitoring Mission
  in West Slavic case forms (``Se Zvláštní monitorovací misí OBSE na Ukrajině``, a Czech newspaper; ``Špeciálnej
  monitorovacej misie OBSE na Ukrajine``, the Slovak ministry: line aj's aj2_sk shape).
- fc9 (session 14, round 1, its pages and gold committed before any run on them): a Programme Office named by its
  type word in South and West Slavic languages (``Programskom uredu OESS-a u Dušanbeu``, a Croatian newspaper;
  ``Programový úrad OBSE v Biškeku``, a Slovak agency; ``Programski urad OVSE v Dušanbeju``, the Slovene ministry),
  and field operations named place first, the OSCE's name in the genitive before the place's adjective or locative
  and the type word (``az EBESZ szerbiai missziója``, a Hungarian newspaper; ``ATƏT-in Aşqabaddakı Mərkəzi``, an
  Azerbaijani agency; ``YeXHTning Serbiyadagi missiyasi``, an Uzbek newspaper).
- fc10 (session 14, round 1, its pages and gold committed before any run on them): operations of one type named
  together, the type word once and two places joined by a conjunction (``программные офисы ОБСЕ в Бишкеке и
  Душанбе``, a Kyrgyz newspaper in Russian; ``місії ОБСЄ в Молдові та Сербії``, a Ukrainian agency; ``dalle Missioni
  OSCE in Kosovo e Serbia``, the Italian ministry).
- fc11 (session 14, round 1, its pages and gold committed before any run on them): the Special Monitoring Mission in
  West Slavic instrumental forms (``So Špeciálnou monitorovacou misiou OBSE na Ukrajine``, a Slovak newspaper: line
  aj's aj2_sk shape; ``ze Specjalną Misją Monitoringową OBWE na Ukrainie``, the Polish agency).
- fc12 (session 14, round 1, its pages and gold committed before any run on them): field operations named place first
  with the OSCE's acronym in its base form, the place's locative adjective before it (``Kosova'daki AGİT Misyonu``, a
  Turkish agency; ``Bişkekdəki ATƏT Proqram Ofisi``, an Azerbaijani newspaper) or after it (``YXHT O'zbekistondagi
  loyihalar koordinatori``, the Project Co-ordinator's own site in Uzbek: line ag's ag3_uz masthead shape).

- fc13 (session 15, round 1, its pages and gold committed before any run on them): a topics block under a short last
  sentence of the text (``Projekt finansuje Norwegia.`` / ``Obszary pracy``, osce.org's new layout in Polish;
  ``Обуката ја финансира Германија.`` / ``Области на работа``, the Mission to Skopje's site: line al's al1_sr shape);
  operations named after the OSCE's Scandinavian genitive, the type word over two places (``OSSE:s programkontor i
  Bisjkek och Dusjanbe``, a Swedish newspaper; ``OSCE's missioner i Serbien og Kosovo``, the Danish ministry: lines
  ac and al's Norwegian shape); an operation named after its host State in the Turkic locative, before the OSCE's
  acronym in its base form (``Ўзбекистонда ЕХҲТ лойиҳалари координатори``, an Uzbek newspaper; ``Qırğızıstanda ATƏT
  Proqram Ofisinin``, an Azerbaijani agency: line al's al2_uz shape).
- fc14 (session 15, round 1, its pages and gold committed before any run on them): a topics block under the text, a
  label without colon over one topic a line, the topics worded otherwise than the data's names (``Сфери роботи`` /
  ``Діяльність поліції``, osce.org's new layout in Ukrainian; ``Fushat e punës`` / ``Çështjet gjinore``, the
  Presence in Albania's site; ``Области рада`` / ``Полицијске активности``, the Mission to Serbia's site): fc7's
  wordings, there after a label with its colon, here in the new layout's block.

Every sentence is ours; names, posts and dates are real or plausible. The gold follows tests/gold/README.md:
fields of work only from a printed topics label, mapped onto the site's list (the 23 canonical labels); a label
outside the list kept by its English wording; field operations by their canonical label, a related-news teaser
under the text no mention. Only these two fields are scored.

Method: the pages and this gold were written and committed before the extractor was run on them; the figures as
they came are recorded in ``AS_THEY_CAME`` (measured once, on the commit that wrote them) and held as floors.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("fields_of_work", "field_operations")

SMM = "OSCE Special Monitoring Mission to Ukraine"
MEDIA = "Media freedom and development"
SAFETY = "Safety of journalists"
MINES = "Mine action"

#: file: (fields_of_work, field_operations)
GOLD: dict[str, tuple[object, ...]] = {
    # fc1: a topics block by its shape, no blank lines
    "fc1_uk_new.txt": ({"Cyber/ICT Security", "Countering terrorism"}, set()),
    "fc1_kk_new.txt": ({"Gender equality", "Economic activities"}, {"OSCE Programme Office in Astana"}),
    "fc1_ru_field.txt": ({"Policing", "Elections", "Youth"}, {"OSCE Programme Office in Bishkek"}),
    "fc1_en_field.txt": ({"Rule of law", "Education", MEDIA}, {"OSCE Mission to Skopje"}),
    "fc1_es_inst.txt": ({"Elections", "Democratization"}, set()),
    "fc1_de_inst.txt": ({"National minority issues", "Education"}, set()),
    # fc2: topics outside the list, in English
    "fc2_ru_inst.txt": ({SAFETY, "Media pluralism"}, set()),
    "fc2_fr_inst.txt": ({"Media laws", "Media pluralism"}, set()),
    "fc2_it_new.txt": ({SAFETY, MEDIA}, set()),
    "fc2_tr_old.txt": ({SAFETY, MEDIA}, set()),
    "fc2_en_field.txt": ({MINES, "Arms control"}, {"OSCE Programme Office in Dushanbe"}),
    "fc2_ru_old.txt": ({MINES, "Arms control"}, {"OSCE Project Co-ordinator in Ukraine"}),
    # fc3: field operations in newspapers
    "fc3_ca_news.txt": (set(), {"OSCE Mission to Moldova", "OSCE Programme Office in Dushanbe"}),
    "fc3_mt_news.txt": (set(), {"OSCE Mission in Kosovo", SMM}),
    "fc3_de_news.txt": (set(), {"OSCE Mission to Serbia", "OSCE Mission to Montenegro"}),
    "fc3_nl_news.txt": (set(), {"OSCE Mission in Kosovo", "OSCE Mission to Bosnia and Herzegovina"}),
    "fc3_pt_news.txt": (set(), {"OSCE Programme Office in Bishkek", "OSCE Mission to Moldova"}),
    # fc4: a topics block after another block of the metadata, not right after the text
    "fc4_pl_new.txt": ({"Elections", "Democratization"}, set()),
    "fc4_fr_field.txt": ({"Policing", "Gender equality"}, {"OSCE Mission in Kosovo"}),
    "fc4_en_inst.txt": ({"Elections", "Democratization"}, set()),
    "fc4_sr_field.txt": ({"Combating trafficking in human beings", "Rule of law"}, {"OSCE Mission to Serbia"}),
    # fc5: topics on one line, spaces or bars between them
    "fc5_sr_field.txt": ({"Rule of law", "Democratization"}, {"OSCE Mission to Serbia"}),
    "fc5_it_new.txt": ({"Arms control", "Border management"}, set()),
    "fc5_hy_new.txt": ({"Elections", "Gender equality"}, set()),
    "fc5_kk_field.txt": ({"Environmental activities", "Economic activities"}, {"OSCE Programme Office in Astana"}),
    "fc5_ru_inst.txt": ({"Elections", "Democratization"}, set()),
    "fc5_en_inst.txt": ({"National minority issues", "Education"}, set()),
    # fc6: a news site's tag line is no topics list; unlisted topics beside listed ones; a place-first name
    "fc6_pl_news.txt": (set(), set()),
    "fc6_pl_portal.txt": (set(), set()),
    "fc6_sr_field.txt": ({"Rule of law", "Ratni zločini"}, {"OSCE Mission to Serbia"}),
    "fc6_en_inst.txt": ({"Human rights", "Freedom of peaceful assembly"}, set()),
    "fc6_kk_news.txt": (set(), {"OSCE Programme Office in Astana"}),
    # fc7: a topic in other words than the data's; field operations in languages the data lacked them in
    "fc7_uk_old.txt": ({"Policing"}, {"OSCE Project Co-ordinator in Ukraine"}),
    "fc7_kk_old.txt": ({"Policing"}, {"OSCE Programme Office in Astana"}),
    "fc7_sq_field.txt": ({"Gender equality", "Good governance"}, {"OSCE Presence in Albania"}),
    "fc7_sk_mfa.txt": (set(), {"OSCE Support Programme for Ukraine"}),
    "fc7_cs_mfa.txt": (set(), {"OSCE Support Programme for Ukraine"}),
    "fc7_uz_news.txt": (set(), {"OSCE Liaison Office in Central Asia", "OSCE Project Co-ordinator in Uzbekistan"}),
    # fc8: two operations joined by a conjunction; the SMM in West Slavic case forms
    "fc8_sr_news.txt": (set(), {"OSCE Mission to Serbia", "OSCE Mission to Montenegro"}),
    "fc8_ro_agency.txt": (set(), {"OSCE Mission to Serbia", "OSCE Mission to Montenegro"}),
    "fc8_ru_agency.txt": (set(), {"OSCE Programme Office in Dushanbe", "OSCE Centre in Ashgabat"}),
    "fc8_bg_mfa.txt": (set(), {"OSCE Mission to Serbia", "OSCE Mission in Kosovo"}),
    "fc8_cs_news.txt": (set(), {SMM}),
    "fc8_sk_mfa.txt": (set(), {SMM, "OSCE Mission in Kosovo"}),
    # fc9: a Programme Office by its South and West Slavic type words; operations named place first
    "fc9_hr_news.txt": (set(), {"OSCE Programme Office in Dushanbe"}),
    "fc9_sk_agency.txt": (set(), {"OSCE Programme Office in Bishkek"}),
    "fc9_sl_mfa.txt": (set(), {"OSCE Programme Office in Dushanbe"}),
    "fc9_hu_news.txt": (set(), {"OSCE Mission to Serbia"}),
    "fc9_az_agency.txt": (set(), {"OSCE Centre in Ashgabat"}),
    "fc9_uz_news.txt": (set(), {"OSCE Mission to Serbia"}),
    # fc10: operations of one type named together, two places after one type word
    "fc10_ru_news.txt": (set(), {"OSCE Programme Office in Bishkek", "OSCE Programme Office in Dushanbe"}),
    "fc10_uk_agency.txt": (set(), {"OSCE Mission to Moldova", "OSCE Mission to Serbia"}),
    "fc10_it_mfa.txt": (set(), {"OSCE Mission in Kosovo", "OSCE Mission to Serbia"}),
    # fc11: the SMM in West Slavic instrumental forms
    "fc11_sk_news.txt": (set(), {SMM}),
    "fc11_pl_agency.txt": (set(), {SMM}),
    # fc12: place first, the OSCE's acronym in its base form
    "fc12_tr_agency.txt": (set(), {"OSCE Mission in Kosovo"}),
    "fc12_az_news.txt": (set(), {"OSCE Programme Office in Bishkek"}),
    "fc12_uz_field.txt": (set(), {"OSCE Project Co-ordinator in Uzbekistan"}),
    # fc13: a topics block under a short sentence; the Scandinavian genitive over two places; the Turkic locative
    "fc13_pl_new.txt": ({"Education", "Youth"}, {"OSCE Mission to Moldova"}),
    "fc13_mk_field.txt": ({"Rule of law", "Tolerance and non-discrimination"}, {"OSCE Mission to Skopje"}),
    "fc13_sv_news.txt": (set(), {"OSCE Programme Office in Bishkek", "OSCE Programme Office in Dushanbe"}),
    "fc13_da_mfa.txt": (set(), {"OSCE Mission to Serbia", "OSCE Mission in Kosovo"}),
    "fc13_uz_news.txt": (set(), {"OSCE Project Co-ordinator in Uzbekistan"}),
    "fc13_az_agency.txt": (set(), {"OSCE Programme Office in Bishkek"}),
    # fc14: a block's topics in other words than the data's
    "fc14_uk_new.txt": ({"Policing", "Human rights"}, {"OSCE Support Programme for Ukraine"}),
    "fc14_sq_field.txt": ({"Gender equality", "Good governance"}, {"OSCE Presence in Albania"}),
    "fc14_sr_field.txt": ({"Policing"}, {"OSCE Mission to Serbia"}),
}

#: file -> the site shape it is written in
SHAPES: dict[str, str] = {
    "fc1_uk_new.txt": "osce-new", "fc1_kk_new.txt": "osce-new", "fc1_ru_field.txt": "field-site",
    "fc1_en_field.txt": "field-site", "fc1_es_inst.txt": "institution", "fc1_de_inst.txt": "institution",
    "fc2_ru_inst.txt": "institution", "fc2_fr_inst.txt": "institution", "fc2_it_new.txt": "osce-new",
    "fc2_tr_old.txt": "osce-old", "fc2_en_field.txt": "field-site", "fc2_ru_old.txt": "osce-old",
    "fc3_ca_news.txt": "newspaper", "fc3_mt_news.txt": "newspaper", "fc3_de_news.txt": "newspaper",
    "fc3_nl_news.txt": "newspaper", "fc3_pt_news.txt": "newspaper",
    "fc4_pl_new.txt": "osce-new", "fc4_fr_field.txt": "field-site", "fc4_en_inst.txt": "institution",
    "fc4_sr_field.txt": "field-site",
    "fc5_sr_field.txt": "field-site", "fc5_it_new.txt": "osce-new", "fc5_hy_new.txt": "osce-new",
    "fc5_kk_field.txt": "field-site", "fc5_ru_inst.txt": "institution", "fc5_en_inst.txt": "institution",
    "fc6_pl_news.txt": "newspaper", "fc6_pl_portal.txt": "newspaper", "fc6_sr_field.txt": "field-site",
    "fc6_en_inst.txt": "institution", "fc6_kk_news.txt": "newspaper",
    "fc7_uk_old.txt": "osce-old", "fc7_kk_old.txt": "osce-old", "fc7_sq_field.txt": "field-site",
    "fc7_sk_mfa.txt": "mfa", "fc7_cs_mfa.txt": "mfa", "fc7_uz_news.txt": "newspaper",
    "fc8_sr_news.txt": "newspaper", "fc8_ro_agency.txt": "agency", "fc8_ru_agency.txt": "agency",
    "fc8_bg_mfa.txt": "mfa", "fc8_cs_news.txt": "newspaper", "fc8_sk_mfa.txt": "mfa",
    "fc9_hr_news.txt": "newspaper", "fc9_sk_agency.txt": "agency", "fc9_sl_mfa.txt": "mfa",
    "fc9_hu_news.txt": "newspaper", "fc9_az_agency.txt": "agency", "fc9_uz_news.txt": "newspaper",
    "fc10_ru_news.txt": "newspaper", "fc10_uk_agency.txt": "agency", "fc10_it_mfa.txt": "mfa",
    "fc11_sk_news.txt": "newspaper", "fc11_pl_agency.txt": "agency",
    "fc12_tr_agency.txt": "agency", "fc12_az_news.txt": "newspaper", "fc12_uz_field.txt": "field-site",
    "fc13_pl_new.txt": "osce-new", "fc13_mk_field.txt": "field-site", "fc13_sv_news.txt": "newspaper",
    "fc13_da_mfa.txt": "mfa", "fc13_uz_news.txt": "newspaper", "fc13_az_agency.txt": "agency",
    "fc14_uk_new.txt": "osce-new", "fc14_sq_field.txt": "field-site", "fc14_sr_field.txt": "field-site",
}

PAGES = OwnPages("fc", GOLD, FIELDS)

#: each set's figures as they came and the whole line's, (P, R, F1), measured once on a worktree of 53012e6 (the
#: commit that wrote the pages and this gold, before any rule saw them; other helpers' uncommitted edits left out)
AS_THEY_CAME: dict[str, dict[str, object]] = {
    # fc1: no block read: a label without colon is read only with a blank line before it and a blank line or the
    # end after its topics, and these blocks end at the next label or the page's foot
    "fc1": {"fields_of_work": (1.0, 0.0, 0.0), "field_operations": (1.0, 1.0, 1.0)},
    # fc2: topics outside the list kept as written in the page's language ("Противоминная деятельность",
    # "Gazetecilerin güvenliği") against the gold's English; the blocks without colon not read
    "fc2": {"fields_of_work": (0.5, 0.167, 0.25), "field_operations": (1.0, 1.0, 1.0)},
    # fc3: the Programme Offices in Catalan and Portuguese, the SMM in Maltese and the second mission named by its
    # type word only (de, nl) missed
    "fc3": {"fields_of_work": (1.0, 1.0, 1.0), "field_operations": (1.0, 0.5, 0.667)},
    # fc4, measured once on a worktree of 9121797 (its pages' commit, round 1's rules in): no block read, each one's
    # label follows another block's value ("Europa Wschodnia", "Where we work: Georgia"), not a sentence of the text
    "fc4": {"fields_of_work": (1.0, 0.0, 0.0), "field_operations": (1.0, 1.0, 1.0)},
    # fc5, measured once on a worktree of 337690b (its pages' commit, round 2's rules in): no topic read, each line's
    # topics taken for one value ("Vladavina prava   Demokratizacija", "Controllo degli armamenti | Gestione delle
    # frontiere") or its label not read (the Armenian dot, "Topics:", "Қызмет салалары:" with bars or spaces)
    "fc5": {"fields_of_work": (0.0, 0.0, 0.0), "field_operations": (1.0, 1.0, 1.0)},
    # fc6, measured once on a worktree of dfb4a41 (its pages' commit, decision 6's data in, before round 1's rules):
    # both tag lines read as topics ('OBWE', 'Mołdawia', 'Kiszyniów', 'Sinirlioğlu', 'bezpieczeństwo'), neither line
    # of unlisted topics beside listed ones read; the Kazakh place-first name read (the shapes reader)
    "fc6": {"fields_of_work": (0.0, 0.0, 0.0), "field_operations": (1.0, 1.0, 1.0)},
    # the whole line: fc1-fc3 came at fields of work (0.5, 0.077, 0.133), field operations (1.0, 0.667, 0.8) at
    # 53012e6; with fc4, at 9121797 (fc1-fc3 read by round 1's rules by then): (1.0, 0.765, 0.867), (1.0, 1.0, 1.0);
    # with fc5, at 337690b (fc1-fc4 read by then; osce-new fields of work 0.762): (0.919, 0.739, 0.819), (1.0, 1.0, 1.0);
    # fc7, measured once on a worktree of dde2c68 (its pages' commit, rounds 1-2's rules in): the topics in other
    # words kept as written ('Діяльність поліції', 'Çështjet gjinore') or not read (the Kazakh label is not listed
    # and 'Полиция жұмысы' is no name of a topic); the Support Programme in Slovak and Czech and the Liaison Office
    # in Uzbek missed
    "fc7": {"fields_of_work": (0.333, 0.25, 0.286), "field_operations": (1.0, 0.571, 0.727)},
    # with fc6, at dfb4a41 (fc1-fc5 read by then): fields of work (0.852, 0.92, 0.885), field operations 1.0; with
    # fc7, at dde2c68 (fc1-fc6 read by then; fc7's worst shapes osce-old fields of work 0.727, mfa field operations
    # 0.0), held as the whole line's floor
    # fc8, measured once on a worktree of 58a7831 (its pages' commit, before round 1's rules): the first or second of
    # two operations joined by a conjunction missed (sr, ro, ru: the first one's place took the conjunction and the
    # second one's type word); the SMM in Czech and Slovak and the Bulgarian pair read
    "fc8": {"fields_of_work": (1.0, 1.0, 1.0), "field_operations": (1.0, 0.727, 0.842)},
    # fc9, measured once on a worktree of 5dd3e9f (its pages' commit, f17c71f's rule in): the Programme Offices in hr,
    # sk, sl missed (the Croatian one read as the closed Office in Tajikistan by its 'ured'), the place-first az and
    # uz names missed; the Hungarian one read
    "fc9": {"fields_of_work": (1.0, 1.0, 1.0), "field_operations": (0.5, 0.167, 0.25)},
    # fc10, measured once on a worktree of e40a2f8 (its pages' commit, round 1's rules of 6178067 in): the second
    # place after the conjunction missed on all three ('Бишкеке и Душанбе', 'Молдові та Сербії', 'Kosovo e Serbia')
    "fc10": {"fields_of_work": (1.0, 1.0, 1.0), "field_operations": (1.0, 0.5, 0.667)},
    # fc11, measured once on a worktree of 16822ee (its pages' commit, round 1's rules of 045b3b9 in): the Slovak
    # instrumental read as the closed Mission to Ukraine (its 'misiou OBSE na Ukrajine'); the Polish one read
    "fc11": {"fields_of_work": (1.0, 1.0, 1.0), "field_operations": (0.5, 0.5, 0.5)},
    # fc12, measured once on a worktree of d5dc5a2 (its pages' commit, round 1's rules of e04067b in): none of the
    # three read (the acronym in its base form, not the genitive the place-first reader took)
    "fc12": {"fields_of_work": (1.0, 1.0, 1.0), "field_operations": (1.0, 0.0, 0.0)},
    # fc13, measured once on a worktree of aa5a89e (its pages' commit, before any session-15 rule of F): the Polish
    # block under 'Projekt finansuje Norwegia.' not read (the Macedonian one read: its label is a known one); none of
    # the Scandinavian pairs (sv, da) nor the Turkic locatives (uz, az) read
    "fc13": {"fields_of_work": (1.0, 0.5, 0.667), "field_operations": (1.0, 0.25, 0.4)},
    # fc14, measured once on a worktree of 0ccfc60 (its pages' commit, 576c366's rules in): the Ukrainian and Serbian
    # blocks not read (their lines are no names of the data); of the Albanian one only its first line (the label is a
    # known one, its first value read through the akin words, the next line no name of the data)
    "fc14": {"fields_of_work": (1.0, 0.2, 0.333), "field_operations": (1.0, 1.0, 1.0)},
    # with fc7, at dde2c68: fields of work (0.962, 0.944, 0.953), field operations (1.0, 0.893, 0.943); with fc8, at
    # 58a7831: (1.0, 0.981, 0.991), (1.0, 0.923, 0.96); with fc9, at 5dd3e9f: (1.0, 0.981, 0.991), (0.976, 0.889,
    # 0.93); with fc10, at e40a2f8 (fc1-fc9 read by then; worst shapes osce-old fields of work 0.909, agency field
    # operations 0.933): (1.0, 0.981, 0.991), (1.0, 0.941, 0.97); with fc11, at 16822ee (fc1-fc10 read by then; worst
    # shapes osce-old fields of work 0.909, newspaper field operations 0.93): (1.0, 0.981, 0.991), (0.98, 0.925,
    # 0.951); with fc12, at d5dc5a2 (fc1-fc11 read by then; worst shapes osce-old 0.909, agency field operations
    # 0.947); with fc13, at e349d17 (as it came, before 576c366's rules): lower, not recorded (that commit's whole-line
    # test failed until 576c366 read fc13 whole); with fc14, at 0ccfc60 (fc1-fc13 read by then; fc14 as it came:
    # fields of work (1.0, 0.921, 0.959), field operations 1.0), held as the whole line's floor (the key is the sets'
    # first and last sorted as strings)
    "fc1-fc9": {"fields_of_work": (1.0, 0.92, 0.958), "field_operations": (1.0, 0.946, 0.972)},
}
#: field -> (worst shape, its figure) as they came
#: (fc1-fc6 came at field-site 0.0 and newspaper 0.667; with fc7, at dde2c68: osce-old 0.727 and mfa 0.0)
WORST_AS_THEY_CAME: dict[str, tuple[str, float]] = {"fields_of_work": ("osce-old", 0.727),
                                                     "field_operations": ("mfa", 0.0)}

if AS_THEY_CAME:
    globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))


def test_pages_on_disk_are_the_gold():
    assert PAGES.on_disk() == sorted(GOLD) == sorted(SHAPES)


def test_gold_values_are_well_formed():
    PAGES.check_gold()


def test_each_shape_is_on_pages_of_two_sites_or_more():
    for shape in set(SHAPES.values()):
        assert sum(1 for s in SHAPES.values() if s == shape) >= 2, shape


if __name__ == "__main__":      # python tests/test_extract_own_pages_fc.py [--groups | fc1 ...]: figures and misses
    PAGES.main(sys.argv[1:], SHAPES)
