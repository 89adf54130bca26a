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

Judgement calls (set 2):
- am2_mk: osce.org's current layout with the office's section in the breadcrumb and "Каде работиме:" -> the
  Mission, inferred; Kosovo is not a State; the OHCHR is named as the High Commissioner's Office.
- am2_it: "Dichiarazione del Presidente in esercizio ..." -> OSCE Chairpersonship, inferred (statement headline);
  the Trilateral Contact Group is kept as an organization.
- am2_es: "Fuente: Presidencia de la OSCE" -> OSCE Chairpersonship, explicit; the Chairpersonship is a post, not an
  organization; Astana and Dusambé alone name no State (the States are named in the list).
- am2_nl: the Dutch 2003 Chairmanship's own site (a government site, its footer the ministry) -> source null, no
  inference (not an OSCE body's site); "Russische minister" -> Russian Federation; no Netherlands outside chrome.
- am2_bs: archive capture of the BiH Mission's old site -> the Mission, inferred; the spokesperson is a person.
- am2_en: PA press release on the PA's site -> PA, inferred; Denmark only in the one-line press contact and the
  site footer (chrome, decision 5); Mazhilis and Jogorku Kenesh are State organs; the CIS IPA alone (nested).
- am2_cs: ODIHR's site in Czech -> ODIHR, inferred; "Parlamentu České republiky" -> Czechia; the State Election
  Commission is a State organ; parties (ANO, SPOLU) and the NGO count; the footer's Poland is chrome.
- am2_hr: the closed Mission to Croatia's own site (2005) -> the Mission, inferred.
- am2_bg: "(БТА)" after the dateline -> Bulgarian News Agency, explicit; "швейцарското председателство" ->
  Switzerland; the editor's line is not a person; the related teaser (Romania) is chrome.
- am2_lv: credit "LSM.lv, LETA" -> LETA (session 13); no dateline (Vienna only in the body).
- am2_hu: byline not a person; "EBESZ szkopjei missziója" (the Hungarian way of naming it) -> OSCE Mission to
  Skopje; the person keeps Hungarian name order (Horváth Gábor); the ministry is a State organ.
- am2_sk: "TASR" credit under the headline -> the agency, explicit; "Slovenská spoločnosť ..." -> Slovakia (a
  national adjective in a name); Lajčák's Chairpersonship is a post.
- am2_fi, am2_et: aggregators whose source line names the origin (Yle, ERR) -> explicit; teasers are chrome;
  am2_et keeps the "ERR: " prefix in its title as the page prints it.
- am2_sv: "Pressmeddelande från Utrikesdepartementet" over the headline -> the ministry, explicit.

Judgement calls (set 3):
- am3_ky: an entity page (the Bishkek office's "about" page): issued by the body it is about (inferred), no date,
  no place; the predecessor name in its history ("Бишкектеги борбору") is listed as OSCE Centre in Bishkek; the
  Osh field office in lower case is not listed; the "Байланыш" block is the item's (Kyrgyzstan).
- am3_tg: osce.org's current layout in Tajik, the office's section -> the office, inferred; the State
  committee is a State organ; Bokhtar is the dateline place.
- am3_ru: osce.org's old layout with "Центр ОБСЕ в Ашхабаде" heading the section -> the Centre, inferred; the
  Ministry of Defence is a State organ (Turkmenistan counts).
- am3_de: "Erklärung des OSZE-Generalsekretärs ..." -> OSCE Secretariat, inferred (a post standing for its
  body); "serbischen Vorsitz" -> Serbia; the KSZE is the OSCE as a whole (no org); the press contact names the
  Section inside the Secretariat: only the Section is listed (nested names); Austria from that contact.
- am3_en: archive capture of an HCNM statement -> HCNM, inferred; "ethnic Ukrainians", "Crimean Tatars" and Crimea
  are no State mentions (Ukraine comes from the UN mission's name); "Swiss OSCE Chairmanship" -> Switzerland;
  the related teaser is chrome; the archive's capture stamps are not the date.
- am3_cnr: archive.today capture (its header and "Saved from" stamp are chrome); the anti-corruption agency is
  a State organ; MANS is an NGO.
- am3_uk: RFoM's own site, a statement -> RFoM, inferred; "Безпека журналістів" kept as written
  ("Safety of journalists"); RFoM also counts as a mention (institution named after its head).
- am3_da: the PA's site in Danish -> PA, inferred; "svenske medlem" -> Sweden; Denmark only in the one-line
  press contact and the footer (chrome).
- am3_uz: the Project Co-ordinator's site in Uzbek -> inferred; the head's name as the page transliterates it.
- am3_sq: the Kosovo Mission's site -> inferred; Kosovo is no State, so states is empty.
- am3_tr: an agency's own page with no credit in the dateline (bare "Tiflis" under the byline) and only "AA
  muhabirine" in the body -> source null (the masthead is not a header), AA still an organization (body); the
  "Güncelleme" stamp is not the date; "Türkiye Büyük Millet Meclisi" -> Türkiye (a State organ, not an org).
- am3_mn: "/МОНЦАМЭ/" in the dateline -> MONTSAME, explicit; the Mongolian name kept with its patronymic.
- am3_be: a broadcaster's report (no issuer), byline not a person; Tsikhanouskaya given in the nominative; the
  Moscow Mechanism is not an organization; the teaser (Lukashenka, Putin) is chrome.
- am3_no: byline and the editor-in-chief in the footer are not persons; "Oppdatert" is not the date; the paper's
  own name in the body ("sier til Aftenposten") is counted as a mention.
- am3_pt: aggregator item with "Lisboa, ... (Lusa)" -> Lusa, explicit; IPRI is listed alone (nested in NOVA).
- am3_sl: "Sporočilo za javnost Ministrstva za zunanje in evropske zadeve" over the headline -> the ministry,
  explicit; the site's masthead/footer Slovenia is chrome; "gostila Češka" -> Czechia.
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
    'am2_bg.txt': ('Генералният секретар на ОССЕ Феридун Синирлиоглу разговаря с министъра на външните работи Георг Георгиев', '2026-01-29', 'София', 'Bulgarian News Agency', False, set(), {'Bulgaria', 'Switzerland'}, set(), {'Георг Георгиев', 'Феридун Синирлиоглу'}, {('Bulgarian News Agency', 'БТА', 'BTA'), 'OSCE Office for Democratic Institutions and Human Rights', ('Sofia University', 'Софийски университет „Св. Климент Охридски“', 'Софийският университет „Св. Климент Охридски“')}),
    'am2_bs.txt': ('Šef Misije OSCE-a posjetio Srebrenicu i Bratunac', '2010-06-11', 'Sarajevo', 'OSCE Mission to Bosnia and Herzegovina', True, set(), {'Bosnia and Herzegovina'}, {'OSCE Mission to Bosnia and Herzegovina'}, {'Gary D. Robbins', 'Mersiha Čaušević-Podžić'}, {('International Commission on Missing Persons', 'Međunarodna komisija za nestale osobe', 'ICMP'), ('Movement of Mothers of Srebrenica and Žepa Enclaves', 'Udruženje Pokret majki enklava Srebrenica i Žepa'), ('Office of the High Representative', 'Ured visokog predstavnika', 'OHR')}),
    'am2_cs.txt': ('ODIHR zveřejnil předběžné závěry hodnoticí mise k volbám do Poslanecké sněmovny', '2025-10-06', 'Praha', 'OSCE Office for Democratic Institutions and Human Rights', True, {'Elections'}, {'Czechia'}, set(), {'Jillian Stirk', 'Katya Andrusz'}, {('ANO 2011', 'ANO'), 'OSCE Office for Democratic Institutions and Human Rights', ('Reconstruction of the State', 'Rekonstrukce státu'), ('SPOLU', 'Spolu')}),
    'am2_en.txt': ('OSCE PA President Pia Kauma calls for strengthening parliamentary oversight of the security sector in Central Asia', '2025-10-23', 'Almaty', 'OSCE Parliamentary Assembly', True, set(), {'Finland', 'Kazakhstan', 'Kyrgyzstan'}, {'OSCE Programme Office in Astana'}, {'Nat Parry', 'Pia Kauma', 'Roberto Montella'}, {('Geneva Centre for Security Sector Governance', 'DCAF'), ('Inter-Parliamentary Assembly of the Commonwealth of Independent States', 'Inter-Parliamentary Assembly of the CIS'), 'OSCE Parliamentary Assembly'}),
    'am2_es.txt': ('El Presidente en ejercicio de la OSCE visita Asia Central', '2007-02-21', 'Madrid', 'OSCE Chairpersonship', False, set(), {'Kazakhstan', 'Kyrgyzstan', 'Spain', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'}, {'OSCE Centre in Dushanbe'}, {'Emomali Rahmon', 'Miguel Ángel Moratinos'}, {'Commonwealth of Independent States'}),
    'am2_et.txt': ('ERR: OSCE kõrge volinik rahvusvähemuste küsimustes külastab Ida-Virumaad', '2025-05-07', None, 'Estonian Public Broadcasting', False, set(), {'Estonia'}, set(), {'Christophe Kamp', 'Kristina Kallas'}, {('Estonian Public Broadcasting', 'ERR'), 'OSCE High Commissioner on National Minorities', ('University of Tartu', 'Tartu Ülikool')}),
    'am2_fi.txt': ('ETYJ:n Moldovan-missio tukee vaalien tarkkailijoiden koulutusta', '2024-08-20', None, 'Yle', False, set(), {'Finland', 'Moldova'}, {'OSCE Mission to Moldova'}, {'Laura Kangas'}, {'European Union', ('Promo-LEX Association', 'Promo-LEX'), ('Yle', 'Finnish Broadcasting Company')}),
    'am2_hr.txt': ('Voditelj Misije OESS-a u Hrvatskoj posjetio Vukovar', '2005-04-14', 'Zagreb', 'OSCE Mission to Croatia', True, set(), {'Croatia'}, {'OSCE Mission to Croatia'}, {'Alessandro Fracassetti', 'Jorge Fuentes'}, {('Croatian Helsinki Committee for Human Rights', 'Hrvatski helsinški odbor za ljudska prava'), ('Joint Council of Municipalities', 'Zajedničko vijeće općina'), 'United Nations High Commissioner for Refugees'}),
    'am2_hu.txt': ('Magyar diplomata vezeti az EBESZ szkopjei misszióját', '2024-09-03', None, None, False, set(), {'Hungary', 'North Macedonia'}, {'OSCE Mission to Skopje'}, {'Horváth Gábor'}, {("European People's Party", 'Európai Néppárt'), 'OSCE Office for Democratic Institutions and Human Rights'}),
    'am2_it.txt': ("Dichiarazione del Presidente in esercizio dell'OSCE sull'attacco contro la missione di monitoraggio a Donetsk", '2018-08-06', 'Roma', 'OSCE Chairpersonship', True, set(), {'Italy', 'Ukraine'}, {'OSCE Special Monitoring Mission to Ukraine'}, {'Enzo Moavero Milanesi', 'Ertuğrul Apakan'}, {'Trilateral Contact Group'}),
    'am2_lv.txt': ('EDSO Vienā: Latvija aicina nodrošināt piekļuvi okupētajām Ukrainas teritorijām', '2026-03-12', None, 'LETA', False, set(), {'Latvia', 'Russian Federation', 'Ukraine'}, set(), {'Kristīne Malnača'}, {'International Committee of the Red Cross', ('LETA',), 'OSCE Office for Democratic Institutions and Human Rights', 'OSCE Permanent Council'}),
    'am2_mk.txt': ('Мисијата на ОБСЕ во Скопје ја поддржа првата регионална средба на омбудсманите', '2026-06-19', 'Охрид', 'OSCE Mission to Skopje', True, {'Good governance', 'Human rights'}, {'Albania', 'Montenegro', 'North Macedonia'}, {'OSCE Mission to Skopje'}, {'Килијан Вал', 'Мирјана Најчевска'}, {'Office of the United Nations High Commissioner for Human Rights', ('Ss. Cyril and Methodius University in Skopje', 'Универзитетот „Св. Кирил и Методиј“', 'Универзитет „Св. Кирил и Методиј“')}),
    'am2_nl.txt': ('Maastricht: Ministerraad neemt strategie tegen mensenhandel aan', '2003-12-02', 'Maastricht', None, False, set(), {'Russian Federation'}, set(), {'Igor Ivanov', 'Jaap de Hoop Scheffer'}, {'Council of Europe', 'Europol', ('International Centre for Migration Policy Development', 'Internationaal Centrum voor de Ontwikkeling van Migratiebeleid'), 'OSCE Ministerial Council'}),
    'am2_sk.txt': ('Lajčák: OBSE musí zostať miestom dialógu aj v čase vojny', '2026-01-15', None, 'News Agency of the Slovak Republic', False, set(), {'Russian Federation', 'Slovakia', 'Ukraine'}, {'OSCE Special Monitoring Mission to Ukraine'}, {'Miroslav Lajčák'}, {('Comenius University Bratislava', 'Univerzita Komenského'), ('News Agency of the Slovak Republic', 'TASR'), ('Slovak Foreign Policy Association', 'Slovenská spoločnosť pre zahraničnú politiku'), 'United Nations High Commissioner for Refugees'}),
    'am2_sv.txt': ('Sverige bidrar till OSSE:s projekt för kemikaliesäkerhet i Centralasien', '2021-11-11', None, 'Ministry for Foreign Affairs of Sweden', False, set(), {'Sweden', 'Tajikistan', 'Uzbekistan'}, {'OSCE Programme Office in Dushanbe'}, {'Ann Linde', 'Nina Eriksson'}, {'Office of the Co-ordinator of OSCE Economic and Environmental Activities', 'United Nations Environment Programme'}),
    'am3_be.txt': ('АБСЭ: у Беларусі больш за тысячу палітвязьняў', '2025-07-15', None, None, False, set(), {'Belarus', 'Latvia', 'Lithuania', 'Poland'}, set(), {'Гілад Нааман', 'Святлана Ціханоўская'}, {('Belarusian Association of Journalists', 'Беларуская асацыяцыя журналістаў'), 'OSCE Permanent Council', ('Viasna Human Rights Centre', 'Праваабарончы цэнтар «Вясна»', 'Вясна')}),
    'am3_cnr.txt': ('Misija OEBS-a podržala izradu strategije za borbu protiv korupcije u lokalnoj samoupravi', '2019-04-15', 'Podgorica', 'OSCE Mission to Montenegro', True, {'Good governance'}, {'Montenegro'}, {'OSCE Mission to Montenegro'}, {'Jelena Perović', 'Maryse Daviet'}, {('Network for Affirmation of NGO Sector', 'MANS'), ('Union of Municipalities of Montenegro', 'Zajednica opština Crne Gore')}),
    'am3_da.txt': ('Parlamentarikere fra OSCE observerer parlamentsvalget i Moldova', '2025-09-16', 'København', 'OSCE Parliamentary Assembly', True, set(), {'Moldova', 'Sweden'}, set(), {'Eoghan Murphy', 'Johan Büser', 'Nat Parry', 'Pia Kauma'}, {'European Parliament', 'OSCE Office for Democratic Institutions and Human Rights', 'OSCE Parliamentary Assembly', 'Parliamentary Assembly of the Council of Europe'}),
    'am3_de.txt': ('Erklärung des OSZE-Generalsekretärs Lamberto Zannier zum Jahrestag der Schlussakte von Helsinki', '2015-08-01', 'Wien', 'OSCE Secretariat', True, set(), {'Austria', 'Serbia', 'Ukraine'}, set(), {'Ivica Dačić', 'Lamberto Zannier'}, {'Communication and Media Relations Section', 'United Nations'}),
    'am3_en.txt': ('Statement by the OSCE High Commissioner on National Minorities on the situation in Crimea', '2014-03-06', 'The Hague', 'OSCE High Commissioner on National Minorities', True, {'Conflict prevention and resolution', 'Minority rights'}, {'Netherlands', 'Switzerland', 'Ukraine'}, set(), {'Astrid Thors', 'Ian Lindsey'}, {('Mejlis of the Crimean Tatar People',), 'OSCE High Commissioner on National Minorities', ('United Nations Human Rights Monitoring Mission in Ukraine',)}),
    'am3_ky.txt': ('ЕККУнун Бишкектеги программалык кеңсеси', None, None, 'OSCE Programme Office in Bishkek', True, {'Border management and security', 'Elections', 'Policing', 'Youth'}, {'Kyrgyzstan'}, {'OSCE Centre in Bishkek', 'OSCE Programme Office in Bishkek'}, {'Алессандро Фракассетти'}, {'European Union', ('OSCE Academy in Bishkek', 'ЕККУнун Бишкектеги академиясы'), 'United Nations Development Programme'}),
    'am3_mn.txt': ('ЕАБХАБ-ын Ардчилсан институци, хүний эрхийн газрын захирал Монголд айлчилж байна', '2024-06-12', 'Улаанбаатар', 'MONTSAME', False, set(), {'Mongolia'}, set(), {'Батмөнхийн Батцэцэг', 'Мария Телалиан'}, {('MONTSAME', 'МОНЦАМЭ', 'Montsame News Agency'), ('National University of Mongolia', 'Монгол Улсын Их Сургууль'), 'OSCE Office for Democratic Institutions and Human Rights'}),
    'am3_no.txt': ('Norsk diplomat skal lede OSSEs valgobservasjon i Kasakhstan', '2023-02-03', None, None, False, set(), {'Kazakhstan', 'Norway'}, {'OSCE Programme Office in Astana'}, {'Anniken Huitfeldt', 'Eirik Sivertsen'}, {('Aftenposten',), 'OSCE Office for Democratic Institutions and Human Rights', 'Parliamentary Assembly of the Council of Europe'}),
    'am3_pt.txt': ('Portugal vai contribuir para missão da OSCE de observação das eleições na Sérvia', '2023-12-18', 'Lisboa', 'Lusa', False, set(), {'Portugal', 'Serbia'}, set(), {'Tiago Antunes'}, {('Lusa', 'Lusa News Agency', 'Agência Lusa'), 'OSCE Office for Democratic Institutions and Human Rights', ('Portuguese Institute of International Relations', 'Instituto Português de Relações Internacionais')}),
    'am3_ru.txt': ('Центр ОБСЕ в Ашхабаде провел семинар по международному гуманитарному праву', '2012-05-17', 'Ашхабад', 'OSCE Centre in Ashgabat', True, {'Reform and cooperation in the security sector'}, {'Kazakhstan', 'Switzerland', 'Turkmenistan'}, {'OSCE Centre in Ashgabat'}, {'Арсений Сапаров'}, {'International Committee of the Red Cross', ('Magtymguly Turkmen State University', 'Туркменский государственный университет имени Махтумкули')}),
    'am3_sl.txt': ('Ministrica Fajon na neformalnem srečanju ministrov OVSE v Pragi', '2025-06-04', None, 'Ministry of Foreign and European Affairs of Slovenia', False, set(), {'Bosnia and Herzegovina', 'Czechia'}, {'OSCE Mission in Kosovo', 'OSCE Mission to Bosnia and Herzegovina'}, {'Alain Berset', 'Tanja Fajon'}, {'Council of Europe', 'OSCE Office for Democratic Institutions and Human Rights'}),
    'am3_sq.txt': ('Misioni i OSBE-së në Kosovë mbështet komunat në përfshirjen e komuniteteve joshumicë', '2024-11-28', 'Prishtinë', 'OSCE Mission in Kosovo', True, {'Good governance', 'Minority rights'}, set(), {'OSCE Mission in Kosovo'}, {'Edita Buçaj', 'Michael Davenport'}, {'United Nations High Commissioner for Refugees', ('Voice of Roma, Ashkali and Egyptians',)}),
    'am3_tg.txt': ('Дафтари барномавии САҲА дар Душанбе ба занони соҳибкори Хатлон кӯмак расонд', '2022-07-08', 'Бохтар', 'OSCE Programme Office in Dushanbe', True, {'Economic activities', 'Gender equality'}, {'Tajikistan'}, {'OSCE Programme Office in Dushanbe'}, {'Валериу Кивери'}, {'Asian Development Bank', ('Tajik National University', 'Донишгоҳи миллии Тоҷикистон')}),
    'am3_tr.txt': ("AGİT Parlamenter Asamblesi heyeti Gürcistan'daki seçimleri izleyecek", '2024-10-21', 'Tiflis', None, False, set(), {'Georgia', 'Türkiye'}, set(), {'Kamil Aydın'}, {('Anadolu Agency', 'Anadolu Ajansı', 'AA'), 'NATO Parliamentary Assembly', 'OSCE Parliamentary Assembly', 'Parliamentary Assembly of the Council of Europe'}),
    'am3_uk.txt': ('Представник ОБСЄ з питань свободи ЗМІ засуджує удар по телевежі в Харкові', '2024-04-23', 'Відень', 'OSCE Representative on Freedom of the Media', True, {'Safety of journalists'}, {'Russian Federation', 'Ukraine'}, set(), {'Міхаела Ґлігор', 'Тереза Рібейру'}, {('National Union of Journalists of Ukraine', 'Національна спілка журналістів України'), 'OSCE Representative on Freedom of the Media', ('Public Broadcasting Company of Ukraine', 'Суспільне мовлення України', 'Suspilne')}),
    'am3_uz.txt': ('YXHT loyihalar koordinatori Samarqandda ekologik ta’lim bo‘yicha forum o‘tkazdi', '2023-10-05', 'Samarqand', 'OSCE Project Co-ordinator in Uzbekistan', True, {'Environmental activities', 'Youth'}, {'Kazakhstan', 'Tajikistan', 'Uzbekistan'}, {'OSCE Project Co-ordinator in Uzbekistan'}, {'Xans-Ulrix Ixm'}, {('Samarkand State University', 'Samarqand davlat universiteti'), 'United Nations Development Programme', 'World Bank'}),
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
    'am2_bg.txt': 'agency',
    'am2_bs.txt': 'archive',
    'am2_cs.txt': 'institution',
    'am2_en.txt': 'institution',
    'am2_es.txt': 'osce-old',
    'am2_et.txt': 'aggregator',
    'am2_fi.txt': 'aggregator',
    'am2_hr.txt': 'field-site',
    'am2_hu.txt': 'newspaper',
    'am2_it.txt': 'osce-old',
    'am2_lv.txt': 'broadcaster',
    'am2_mk.txt': 'osce-new',
    'am2_nl.txt': 'archive',
    'am2_sk.txt': 'newspaper',
    'am2_sv.txt': 'mfa',
    'am3_be.txt': 'broadcaster',
    'am3_cnr.txt': 'archive',
    'am3_da.txt': 'institution',
    'am3_de.txt': 'osce-old',
    'am3_en.txt': 'archive',
    'am3_ky.txt': 'osce-new',
    'am3_mn.txt': 'agency',
    'am3_no.txt': 'newspaper',
    'am3_pt.txt': 'aggregator',
    'am3_ru.txt': 'osce-old',
    'am3_sl.txt': 'mfa',
    'am3_sq.txt': 'field-site',
    'am3_tg.txt': 'osce-new',
    'am3_tr.txt': 'agency',
    'am3_uk.txt': 'institution',
    'am3_uz.txt': 'field-site',
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = "a023d93"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {'title': 1.0, 'date': 1.0, 'place': 1.0, 'source': 0.891, 'fields_of_work': (1.0, 1.0, 1.0), 'states': (0.936, 0.936, 0.936), 'field_operations': (1.0, 0.935, 0.967), 'persons': (0.94, 0.907, 0.923), 'organizations': (0.874, 0.692, 0.772)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {'title': ('agency', 1.0), 'date': ('agency', 1.0), 'place': ('agency', 1.0), 'source': ('aggregator', 0.75), 'fields_of_work': ('agency', 1.0), 'states': ('aggregator', 0.8), 'field_operations': ('mfa', 0.857), 'persons': ('osce-new', 0.75), 'organizations': ('archive', 0.476)}

PAGES = OwnPages("am", GOLD, FIELDS)

#: pooled figures at the end of session 15, after rules tuned on this line's misses (an upper bound, held as floors)
AFTER_SESSION_15: dict[str, object] = {'title': 1.0, 'date': 1.0, 'place': 1.0, 'source': 1.0, 'fields_of_work': (1.0, 1.0, 1.0), 'states': (0.936, 0.936, 0.936), 'field_operations': (1.0, 1.0, 1.0), 'persons': (0.952, 0.93, 0.941), 'organizations': (0.953, 0.842, 0.894)}

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_15": AFTER_SESSION_15}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_am.py [am1 am2 am3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
