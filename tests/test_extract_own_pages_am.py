"""Line am: blind own pages for the extraction-quality measurement (session 14).

Written blind: without reading the loader, the server, the extractor's tests, other lines' pages or gold,
the shared corpus or the gold files; no extractor, osce-kg or pytest was run on these pages. Every page is
new prose written for this line (facts real or plausible), captured as a whole page in plain text with its
chrome (masthead, menus, breadcrumbs, share bars, teasers, footers). The gold was written by reading each page.

Shapes (SHAPES): osce-new, osce-old, archive, institution, field-site, agency, broadcaster, newspaper,
aggregator, mfa.

Judgement calls taken while writing (set 1):
- am1_de: "Herausgeber: <body>" under the article is read as an explicit source line (source, not inferred);
  the press contact's Vienna address belongs to the item (Austria counts), the site footer's does not.
- am1_ru, am1_sr, am1_ro: a field office's own news page (section/masthead names the office) -> the office,
  inferred. am1_sr's Pravosudna akademija (a judicial academy) is a State organ and left out.
- am1_uk: "Київ. Укрінформ" dateline credit -> Ukrinform explicit; the Support Programme is a field operation
  (decision 6); the photo credit naming it adds nothing (it is in the body too); ДСНС is a State organ.
- am1_ka: a broadcaster's report of ODIHR's mission (no issuer); no dateline; the CEC is a State organ; the Venice
  Commission is listed alone (nested name, not the Council of Europe); Tbilisi alone names no State.
- am1_hy: "ՀՀ ԱԳՆ հայտարարությունը ... վերաբերյալ" is the ministry's own statement -> ministry, inferred; the
  Chairpersonship (Finland) counts Finland as a State, not as an organization; Washington alone names no State.
- am1_el: byline ("Της Ελένης Παπαδοπούλου") is not a person; "Αυστριακό ομόλογό" -> Austria; "Αποστολή του
  ΟΑΣΕ στο Σκόπιε" -> OSCE Mission to Skopje and North Macedonia; Secretary General is a post (no org).
- am1_en: archive capture of osce.org's old layout, field office heading over "Press release" -> inferred issuer;
  the archive's 2008-04-12 capture stamp is not the date; Norwegian Police Directorate -> Norway (State organ,
  not an org); the press contact's address is the item's (Azerbaijan, also named in the body).
- am1_pl: an ODIHR event page on ODIHR's site: source ODIHR inferred (the "Organizator:" line is read as a
  mention, not a Source: line); place is the stated location as written ("Warszawa, Polska"); date the start.
- am1_az: "(AZƏRTAC)" in the dateline -> AZERTAC explicit; the MFA press service is only quoted in the body.
- am1_kk: aggregator "Дереккөз: Kazinform" -> Kazinform explicit; no dateline (Almaty only in the body);
  teaser sources (Tengrinews, Zakon.kz) are chrome.
- am1_fr: osce.org old layout with the HCNM's name heading the section -> HCNM inferred; Netherlands from the
  item's press contact; "Union des Roms de Macédoine" kept as an organization.
- am1_sq: a statement headline ("Deklaratë e Prezencës së OSBE-së ...") on a broadcaster -> the Presence,
  inferred (decision 1); Kuvendi and the CEC are State organs; teaser (Rama, "grek") is chrome.
- am1_lt: "Pranešimas spaudai" over the headline without the ministry's name, masthead only -> source null
  (a ministry's report of its minister's meetings); "ESBO paramos programos Ukrainai" -> the Support Programme.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    'am1_az.txt': ('Ceyhun Bayramov ATƏT-in Baş katibi ilə görüşüb', '2025-10-09', 'Bakı', 'AZERTAC', False, set(), {'Armenia', 'Azerbaijan'}, set(), {'Ceyhun Bayramov', 'Feridun Sinirlioğlu'}, {('AZERTAC', 'AZƏRTAC', 'Azerbaijan State News Agency'), 'European Union', 'OSCE Minsk Group', 'OSCE Office for Democratic Institutions and Human Rights'}),
    'am1_de.txt': ('OSZE-Beauftragter für Medienfreiheit besorgt über Festnahme zweier Reporter in Tiflis', '2026-10-14', 'Wien', 'OSCE Representative on Freedom of the Media', False, {'Media freedom and development'}, {'Austria', 'Georgia'}, set(), {'Jan Braathu', 'Martin Kleine'}, {'Council of Europe', ('Formula TV', 'Formula'), 'OSCE Representative on Freedom of the Media'}),
    'am1_el.txt': ('Στη Βιέννη ο Γιώργος Γεραπετρίτης για το Μόνιμο Συμβούλιο του ΟΑΣΕ', '2026-03-27', None, None, False, set(), {'Austria', 'Greece', 'North Macedonia'}, {'OSCE Mission to Skopje'}, {'Γιώργος Γεραπετρίτης', 'Φερίντουν Σινιρλίογλου'}, {'OSCE Permanent Council', 'United Nations High Commissioner for Refugees'}),
    'am1_en.txt': ('OSCE Office in Baku trains Azerbaijani police on community policing', '2008-04-10', 'Baku', 'OSCE Office in Baku', True, set(), {'Azerbaijan', 'Norway'}, {'OSCE Office in Baku'}, {'Ayaz Bayramov', 'Jose-Luis Herrero'}, {'International Committee of the Red Cross'}),
    'am1_fr.txt': ("Le Haut Commissaire de l'OSCE pour les minorités nationales se rend en Macédoine du Nord et en Albanie", '2021-03-04', 'La Haye', 'OSCE High Commissioner on National Minorities', True, {'Education', 'Minority rights'}, {'Albania', 'Netherlands', 'North Macedonia'}, {'OSCE Mission to Skopje', 'OSCE Presence in Albania'}, {'Anna Lödgeqvist', 'Kairat Abdrakhmanov', 'Kilian Wahl', 'Vincent Degert'}, {'OSCE High Commissioner on National Minorities', ('Union of Roma of Macedonia', 'Union des Roms de Macédoine')}),
    'am1_hy.txt': ('ՀՀ ԱԳՆ հայտարարությունը ԵԱՀԿ Մինսկի խմբի լուծարման վերաբերյալ', '2025-09-02', None, 'Ministry of Foreign Affairs of Armenia', True, set(), {'Armenia', 'Azerbaijan', 'Finland'}, set(), {'Էլինա Վալտոնեն'}, {'OSCE Ministerial Council', 'OSCE Minsk Group'}),
    'am1_ka.txt': ('ეუთო/ოდირის დამკვირვებლები ადგილობრივი არჩევნების შემდგომ ანგარიშს წარადგენენ', '2025-11-13', None, None, False, set(), set(), set(), {'გიორგი კალანდარიშვილი', 'ტონინო პიკულა'}, {'European Commission for Democracy through Law', 'OSCE Office for Democratic Institutions and Human Rights'}),
    'am1_kk.txt': ('ЕҚЫҰ Астанадағы бағдарламалық кеңсесі журналистерге арналған семинар өткізді', '2023-02-11', None, 'Kazinform', False, set(), {'Kazakhstan'}, {'OSCE Programme Office in Astana'}, {'Айгүл Нұрмағамбетова', 'Фолькер Фробарт'}, {('Al-Farabi Kazakh National University', 'әл-Фараби атындағы Қазақ ұлттық университеті'), ('Kazinform', 'Kazinform International News Agency'), ('Union of Journalists of Kazakhstan', 'Қазақстан Журналистер одағы')}),
    'am1_lt.txt': ('Užsienio reikalų ministras Kęstutis Budrys Vienoje aptarė ESBO vaidmenį remiant Ukrainą', '2025-12-05', None, None, False, set(), {'Russian Federation', 'Switzerland', 'Ukraine'}, {'OSCE Support Programme for Ukraine'}, {'Ignazio Cassis', 'Kęstutis Budrys', 'Maria Telalian'}, {'OSCE Ministerial Council', 'OSCE Office for Democratic Institutions and Human Rights'}),
    'am1_pl.txt': ('Konferencja ODIHR o udziale Romów i Sintów w życiu publicznym', '2026-04-16', 'Warszawa, Polska', 'OSCE Office for Democratic Institutions and Human Rights', True, {'Roma and Sinti'}, {'Poland'}, set(), {'Katya Andrusz', 'Maria Telalian'}, {'Council of Europe', ('European Roma Rights Centre', 'Europejskie Centrum Praw Romów'), 'European Union Agency for Fundamental Rights', 'OSCE Office for Democratic Institutions and Human Rights'}),
    'am1_ro.txt': ('Misiunea OSCE a facilitat o întâlnire a grupurilor de lucru privind procesul de reglementare transnistreană', '2024-02-27', 'Chișinău', 'OSCE Mission to Moldova', True, {'Conflict prevention and resolution'}, {'Moldova'}, {'OSCE Mission to Moldova'}, {'Kelly Keiderling', 'Oleg Serebrian'}, set()),
    'am1_ru.txt': ('Программный офис ОБСЕ в Бишкеке провел учебный курс для пограничников Кыргызстана и Таджикистана', '2026-09-03', 'Бишкек', 'OSCE Programme Office in Bishkek', True, {'Border management and security'}, {'Kyrgyzstan', 'Tajikistan'}, {'OSCE Programme Office in Bishkek'}, {'Алессандро Фракассетти', 'Кубанычбек Осмонов'}, {'International Organization for Migration', ('OSCE Academy in Bishkek', 'Академия ОБСЕ в Бишкеке'), 'United Nations Office on Drugs and Crime'}),
    'am1_sq.txt': ('Deklaratë e Prezencës së OSBE-së në Shqipëri pas miratimit të Kodit Zgjedhor', '2024-07-24', None, 'OSCE Presence in Albania', True, set(), {'Albania'}, {'OSCE Presence in Albania'}, set(), {'European Commission for Democracy through Law', 'OSCE Office for Democratic Institutions and Human Rights', 'United Nations Development Programme'}),
    'am1_sr.txt': ('Misija OEBS podržala obuku sudija o procesuiranju zločina iz mržnje', '2023-05-22', 'Beograd', 'OSCE Mission to Serbia', True, {'Rule of law', 'Tolerance and non-discrimination'}, {'Serbia'}, {'OSCE Mission to Serbia'}, {'Ivana Petrović', 'Jan Bratu', 'Vesna Rakić Vodinelić'}, {'OSCE Office for Democratic Institutions and Human Rights', ('University of Belgrade', 'Univerzitet u Beogradu')}),
    'am1_uk.txt': ('Програма підтримки ОБСЄ для України передала ДСНС обладнання для розмінування', '2026-06-18', 'Київ', 'Ukrinform', False, set(), {'Germany', 'Japan', 'Ukraine'}, {'OSCE Support Programme for Ukraine'}, {'Генрік Вілладсен', 'Олександр Хорунжий'}, {('Ukrinform', 'Укрінформ')}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    'am1_az.txt': 'agency',
    'am1_de.txt': 'osce-new',
    'am1_el.txt': 'newspaper',
    'am1_en.txt': 'archive',
    'am1_fr.txt': 'osce-old',
    'am1_hy.txt': 'mfa',
    'am1_ka.txt': 'broadcaster',
    'am1_kk.txt': 'aggregator',
    'am1_lt.txt': 'mfa',
    'am1_pl.txt': 'institution',
    'am1_ro.txt': 'field-site',
    'am1_ru.txt': 'osce-new',
    'am1_sq.txt': 'broadcaster',
    'am1_sr.txt': 'field-site',
    'am1_uk.txt': 'agency',
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = None
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {}

PAGES = OwnPages("am", GOLD, FIELDS)

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE))


if __name__ == "__main__":  # python tests/test_extract_own_pages_am.py [am1 am2 am3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
