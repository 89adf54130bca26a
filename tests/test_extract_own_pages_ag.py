"""Line ag: the session-12 round-3 blind line of whole web pages captured as plain text (45 pages, three sets of 15).

Written blind: the pages and this gold were written by reading only the gold conventions (tests/gold/README.md, the README's
naming conventions, the lead's five decisions), never the extractor, its data, other lines' pages or the shared corpus; nothing
was run on these pages before the gold was committed. Every sentence is new prose; facts are real or plausible.

Languages (35): en (6 pages), ru (3), uk (2), fr (2), de (2), sr, ka, pl, hy, kk, sq, it, ro, es, lt, bg, hr, mk, el, az, ky, tg,
be, hu, tr, sl, lv, me, bs, cs, uz, et, sk, nl, fi (Latin, Cyrillic, Georgian, Armenian, Greek scripts).
Shapes (SHAPES, 4-5 each): osce-new, osce-old, archive, institution, field-site, agency, broadcaster, newspaper, aggregator, mfa.

Judgement calls taken while writing:
- Related-news teasers, "read also" blocks, sidebar headline tickers and tag lines ("Теги:", "Tematy:", "Címkék:") are chrome:
  names only there (Zelensky, Iohannis, NATO on ag1_ro, Lukashenka, Janša ...) are not mentions; a tag naming a State also named in
  the body changes nothing. Tags are not fields of work (only "Fields of work"/"Тема"/"Oblasti rada"-like labels on OSCE sites are).
- Bylines (Деница Георгиева, Сяргей Сацук, Kadri Tamm, Peter Kováč ...) are not persons and not a source; an agency's credit
  ("PAP", "Mənbə: APA", "Vir: STA", "Sursa: Agerpres", "Anadolu Ajansı", "Redazione ANSA", "(BELGA)", "ҚазАқпарат" in the
  dateline, "Віденський кореспондент Укрінформу", "Извор: РТС, Танјуг", "LRT.lt, ELTA") is an explicit source and an organization
  mention. An agency's own page with no credit line (ag1_ka, Interpressnews) has source null.
- Persons in case forms are given in the nominative ("Mecacciego" -> Matteo Mecacci, "Իան Բորգի" -> Իան Բորգ, "Rolfom Ekéusom" ->
  Rolf Ekéus, "Тима Гульдимана" -> Тим Гульдиман, "Алесю Бяляцкому" -> Алесь Бяляцький, "Ljubom Bešlićem" -> Ljubo Bešlić,
  "Helga Maria Schmidet" -> Helga Maria Schmid, "Kasprşikin" -> Anjey Kasprşik); Cyrillic/Georgian/Armenian/Greek names stay in
  their script; Hungarian order kept ("Szijjártó Péter").
- Footers (decision 5): the site's address/copyright line is chrome (Austria on ag1_de/ag2_en/ag3_en, Denmark on ag1_es, Albania,
  Tajikistan, Uzbekistan, Finland, Armenia on field/ministry sites). A press contact in the item counts (Poland on ag1_en and
  ag3_uk, Kyrgyzstan on ag1_ru, Netherlands on ag2_fr, Austria on ag3_de and ag3_en4, Kazakhstan on ag3_en2); a one-line
  press contact (ag1_es "Contacto de prensa: Nat Parry ...") adds no State.
- State organs are not organizations: ministries, border/customs/police services, election commissions, parliaments, a
  judicial training centre (ag1_de), the anti-corruption agency (ag3_me), the Higher School of Judges (ag3_uz), Georgia's
  Communications Commission (ag3_de), embassies, the MFA's Diplomatic Institute (ag2_bg: so its organizations are empty).
- Nested bodies: only the body ("Council of Europe Office in Chisinau", "Strategic Police Matters Unit", "GRETA",
  "Delegation of the European Union to Serbia/Lebanon", "Communication and Media Relations Section"); the tuple also accepts
  the parent where the text names both in one phrase. ag3_et names the EU itself too (accession), so both.
- Sources: osce-old pages with a field office/Chairmanship name heading "Press release" over the headline get it inferred
  (ag1_ru, ag2_hr, ag3_bs, ag3_en2 -> OSCE Chairpersonship); archive pages take the archived URL's section (ag1_en /odihr/,
  ag2_ru /ru/cio/ -> OSCE Chairpersonship, ag3_cs /prague/ -> "OSCE Prague Office" (label a judgement), ag3_en3 /georgia/);
  osce-new pages with no section signal and a headline that is not a statement have none (ag1_de, ag2_en event, ag3_en);
  ag3_ru "Заявление Генерального секретаря" -> OSCE Secretariat inferred; ag3_me entity page -> its mission inferred;
  institution and field-office sites -> that body inferred. MFA: ag1_fr "Déclaration de la porte-parole" is the ministry's
  statement -> "Ministry for Europe and Foreign Affairs of France" inferred; ag2_el "Ανακοίνωση του Υπουργείου Εξωτερικών" over the
  headline -> explicit "Ministry of Foreign Affairs of Greece"; ag1_hy and ag2_hu are reports (null); ag3_fi is an OSCE
  Chairpersonship statement on the chairing State's ministry site -> OSCE Chairpersonship inferred.
- Dates: ag2_tr's "Güncelleme" stamp is not the date (decision 3); ag3_me's founding date is not a publication date (null);
  ag2_en's event date is its start date and its place is the Location: value as written ("Dushanbe, Tajikistan").
  Places only from datelines/location lines, in the page's spelling ("Tiranë", "Скопје", "Copenhague", "La Haye", "Brussel").
- Fields of work outside the list are kept as written, with an English reading accepted in the tuple ("Povratak izbjeglica",
  "Medienpluralismus", "Правозахисники", "Military reform and co-operation"); "Razvoj medija" read as Media freedom and development.
- "Srbije i Crne Gore" (ag2_hr, 2002) is Serbia and Montenegro (decision 4); Kosovo is no State (ag2_sl); cities (Moscow,
  Washington, Brussels) name no State; "Kyrgyz", "Finnish", "Maltese", "Iiri", "ruský", "americký" adjectives do.
- Posts are not organizations: Chairperson-in-Office, Chairmanship/Chairpersonship, Secretary General, UN Special Rapporteur.
"""
from __future__ import annotations

import sys

from own_pages import OwnPages

FIELDS = ("title", "date", "place", "source", "inferred", "fields_of_work", "states", "field_operations", "persons", "organizations")

#: file: (title, date, place, source, source_inferred, fields_of_work, states, field_operations, persons, organizations)
GOLD: dict[str, tuple[object, ...]] = {
    # ---- set ag1 ----
    "ag1_de.txt": ("OSZE-Mission in Bosnien und Herzegowina unterstützt Richterinnen bei Verfahren zu Hassverbrechen", "2024-03-14", "Sarajevo", None, False,
                   {"Tolerance and non-discrimination", "Rule of law"}, {"Bosnia and Herzegovina", "Croatia", "Serbia"},
                   {"OSCE Mission to Bosnia and Herzegovina"}, {"Brian Aggeler"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "BDIMR", "ODIHR"), ("European Court of Human Rights", "Europäischer Gerichtshof für Menschenrechte", "ECtHR")}),
    "ag1_ru.txt": ("Центр ОБСЕ в Бишкеке провёл семинар для сотрудников пограничной службы", "2013-11-05", "Бишкек", "OSCE Centre in Bishkek", True,
                   {"Border management and security"}, {"Kyrgyzstan", "Kazakhstan", "Tajikistan", "Germany"},
                   {"OSCE Centre in Bishkek"}, {"Андрей Сорокин", "Нурия Абдыкадырова"},
                   {("United Nations Office on Drugs and Crime", "УНП ООН", "UNODC")}),
    "ag1_en.txt": ("ODIHR opens election observation mission for parliamentary elections in Serbia", "2012-04-12", "Warsaw", "OSCE Office for Democratic Institutions and Human Rights", True,
                   {"Elections"}, {"Serbia", "Poland"}, set(), {"Vadim Zhdanovich", "Jens-Hagen Eschenbächer"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "ODIHR"), ("Council of Europe",)}),
    "ag1_uk.txt": ("ОБСЄ закликає звільнити цивільних співробітників місії, затриманих у Донецьку", "2024-04-24", None, "Ukrinform", False,
                   set(), {"Malta", "Russian Federation", "Ukraine"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Ян Борґ", "Гельга Марія Шмід", "Вадим Голда", "Дмитро Шабанов", "Максим Петров"},
                   {("OSCE Permanent Council", "Постійна рада ОБСЄ"), ("Office of the United Nations High Commissioner for Human Rights", "Управління Верховного комісара ООН з прав людини", "OHCHR"),
                    ("Ukrinform", "Укрінформ")}),
    "ag1_fr.txt": ("Déclaration de la porte-parole sur les élections législatives en Géorgie", "2024-10-27", "Paris", "Ministry for Europe and Foreign Affairs of France", True,
                   set(), {"France", "Georgia"}, set(), {"Salomé Zourabichvili"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "BIDDH", "ODIHR"), ("OSCE Parliamentary Assembly", "Assemblée parlementaire de l'OSCE"),
                    ("Parliamentary Assembly of the Council of Europe", "Assemblée parlementaire du Conseil de l'Europe", "PACE"), ("European Union", "Union européenne")}),
    "ag1_sr.txt": ("Мисија ОЕБС-а у Србији: Медијски закони треба да штите новинаре", "2024-10-08", None, "Radio Television of Serbia / Tanjug", False,
                   set(), {"Serbia"}, {"OSCE Mission to Serbia"}, {"Јан Брату"},
                   {("Radio Television of Serbia", "РТС", "RTS"), ("Tanjug", "Танјуг"), ("Journalists' Association of Serbia", "Удружење новинара Србије", "UNS"),
                    ("Independent Journalists' Association of Serbia", "Независно удружење новинара Србије", "NUNS"), ("Delegation of the European Union to Serbia", "Делегација Европске уније у Србији")}),
    "ag1_ka.txt": ("ეუთოს ეროვნულ უმცირესობათა უმაღლესი კომისარი თბილისში ჩამოვიდა", "2023-02-22", None, None, False,
                   set(), {"Georgia"}, set(), {"კაირატ აბდრახმანოვი", "ილია დარჩიაშვილი"},
                   {("OSCE High Commissioner on National Minorities", "ეუთოს ეროვნულ უმცირესობათა უმაღლესი კომისარი", "HCNM"), ("Zurab Zhvania School of Public Administration", "ზურაბ ჟვანიას სახელობის საჯარო ადმინისტრირების სკოლა")}),
    "ag1_pl.txt": ("Greczynka Maria Telalian pokieruje ODIHR. Biuro w Warszawie ma nową dyrektorkę", "2024-12-06", None, "Polish Press Agency", False,
                   set(), {"Greece", "Italy", "Malta", "Poland"}, set(), {"Maria Telalian", "Matteo Mecacci"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "ODIHR"), ("OSCE Ministerial Council", "Rada Ministerialna OBWE"), ("Polish Press Agency", "PAP")}),
    "ag1_hy.txt": ("ԱԳ նախարար Արարատ Միրզոյանը հանդիպել է ԵԱՀԿ գործող նախագահին", "2024-03-11", "Երևան", None, False,
                   set(), {"Armenia", "Azerbaijan", "Malta"}, set(), {"Արարատ Միրզոյան", "Իան Բորգ"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "ԵԱՀԿ Ժողովրդավարական հաստատությունների և մարդու իրավունքների գրասենյակ", "ODIHR")}),
    "ag1_kk.txt": ("ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі журналистерге арналған тренинг өткізді", "2023-05-17", "Астана", "Kazinform", False,
                   set(), {"Kazakhstan"}, {"OSCE Programme Office in Astana"}, {"Фолькер Фребарт"},
                   {("Kazinform", "ҚазАқпарат"), ("Al-Farabi Kazakh National University", "әл-Фараби атындағы Қазақ ұлттық университеті", "KazNU"),
                    ("Adil Soz International Foundation for Protection of Freedom of Speech", "Әділ сөз", "Adil Soz")}),
    "ag1_sq.txt": ("Prania e OSBE-së mbështet Kuvendin në hartimin e Kodit Zgjedhor", "2019-07-03", "Tiranë", "OSCE Presence in Albania", True,
                   {"Elections", "Democratization"}, {"Albania"}, {"OSCE Presence in Albania"}, {"Bernd Borchardt", "Alma Qirjazi"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "ODIHR"), ("Venice Commission", "Komisioni i Venecias", "European Commission for Democracy through Law"),
                    ("Socialist Party of Albania", "Partia Socialiste"), ("Democratic Party of Albania", "Partia Demokratike")}),
    "ag1_it.txt": ("Osce: Linde apre a Vienna la conferenza sulla sicurezza, 'rafforzare controllo armi'", "2021-10-21", "Vienna", "ANSA", False,
                   set(), {"Sweden", "Italy"}, set(), {"Ann Linde", "Alessandro Azzoni"},
                   {("OSCE Forum for Security Co-operation", "Foro di cooperazione per la sicurezza", "FSC"), ("North Atlantic Treaty Organization", "Nato", "NATO"),
                    ("European Union", "Unione europea"), ("ANSA", "Agenzia Nazionale Stampa Associata")}),
    "ag1_ro.txt": ("OSCE: Misiunea din Moldova salută acordul privind podul de la Gura Bîcului", "2019-08-09", None, "Agerpres", False,
                   set(), {"Moldova", "Russian Federation", "Ukraine", "United States of America"}, {"OSCE Mission to Moldova"}, {"Claus Neukirch"},
                   {("European Union", "Uniunea Europeană"), ("Agerpres",)}),
    "ag1_es.txt": ("La presidenta Kauma condena el ataque contra periodistas en Kirguistán", "2024-01-18", "Copenhague", "OSCE Parliamentary Assembly", True,
                   set(), {"Kyrgyzstan"}, set(), {"Pia Kauma", "Teresa Ribeiro", "Nat Parry"},
                   {("OSCE Parliamentary Assembly", "Asamblea Parlamentaria de la OSCE"), ("OSCE Representative on Freedom of the Media", "Representante de la OSCE para la Libertad de los Medios de Comunicación"),
                    ("Temirov Live",)}),
    "ag1_lt.txt": ("ESBO Parlamentinė Asamblėja Vilniuje: Baltarusija turi paleisti politinius kalinius", "2023-10-03", None, "ELTA", False,
                   set(), {"Belarus", "Russian Federation", "Ukraine", "Lithuania"}, set(), {"Viktorija Čmilytė-Nielsen", "Sviatlana Cichanouskaja", "Pia Kauma"},
                   {("OSCE Parliamentary Assembly", "ESBO Parlamentinė Asamblėja"), ("Lithuanian National Radio and Television", "LRT"), ("ELTA",)}),
    # ---- set ag2 ----
    "ag2_en.txt": ("Regional conference on countering violent extremism and radicalization that lead to terrorism", "2023-09-19", "Dushanbe, Tajikistan", None, False,
                   {"Countering terrorism", "Youth"}, {"Tajikistan", "Afghanistan", "Uzbekistan", "Kyrgyzstan", "Turkmenistan"},
                   {"OSCE Programme Office in Dushanbe"}, {"Alexander Mattheou", "Alena Kupchyna"},
                   {("OSCE Transnational Threats Department", "TNTD"), ("United Nations Office of Counter-Terrorism", "UNOCT"), ("European Union",)}),
    "ag2_bg.txt": ("Соломон Паси пое председателството на ОССЕ", "2004-01-02", None, None, False,
                   set(), {"Bulgaria", "Georgia", "Moldova", "Netherlands"}, set(), {"Соломон Паси", "Яп де Хоп Схефер", "Ян Кубиш"}, set()),
    "ag2_hr.txt": ("Misija OESS-a pozdravlja donošenje Zakona o pravima nacionalnih manjina", "2002-12-14", "Zagreb", "OSCE Mission to Croatia", True,
                   {"Minority rights", "Povratak izbjeglica"}, {"Croatia", "Serbia and Montenegro", "Bosnia and Herzegovina"},
                   {"OSCE Mission to Croatia"}, {"Peter Semneby", "Rolf Ekéus", "Alessandro Fracassetti"},
                   {("Council of Europe", "Vijeće Europe"), ("OSCE High Commissioner on National Minorities", "Visoki povjerenik OESS-a za nacionalne manjine", "HCNM")}),
    "ag2_mk.txt": ("Мисијата на ОБСЕ во Скопје и Државната изборна комисија обучија над 3.000 членови на избирачки одбори", "2024-04-25", "Скопје", "OSCE Mission to Skopje", True,
                   {"Elections", "Democratization"}, {"North Macedonia", "Netherlands"}, {"OSCE Mission to Skopje"}, {"Килијан Вал", "Ана Ристовска"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "ОДИХР", "ODIHR"), ("United Nations Development Programme", "Програмата за развој на Обединетите нации", "UNDP")}),
    "ag2_el.txt": ("Συνάντηση Υπουργού Εξωτερικών Γιώργου Γεραπετρίτη με τον Γενικό Γραμματέα του ΟΑΣΕ Feridun Sinirlioğlu", "2025-02-12", None, "Ministry of Foreign Affairs of Greece", False,
                   set(), {"Greece", "Ukraine", "Finland"}, set(), {"Γιώργος Γεραπετρίτης", "Feridun Sinirlioğlu"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "Γραφείο Δημοκρατικών Θεσμών και Ανθρωπίνων Δικαιωμάτων", "ODIHR")}),
    "ag2_az.txt": ("ATƏT-in Minsk Qrupunun ləğvi ilə bağlı qərar qəbul edilib", "2025-09-01", None, "APA Information Agency", False,
                   set(), {"Azerbaijan", "Armenia"}, set(), {"Aykhan Hajizada", "Anjey Kasprşik"},
                   {("OSCE Ministerial Council", "ATƏT-in Nazirlər Şurası"), ("OSCE Minsk Group", "ATƏT-in Minsk Qrupu"), ("APA Information Agency", "APA")}),
    "ag2_ky.txt": ("ЕККУнун өкүлү Ош шаарындагы журналисттердин камакка алынышына тынчсызданды", "2024-01-15", None, None, False,
                   set(), {"Kyrgyzstan", "United States of America"}, {"OSCE Programme Office in Bishkek"}, {"Тереза Рибейру"},
                   {("OSCE Representative on Freedom of the Media", "ЕККУнун маалымат каражаттарынын эркиндиги боюнча өкүлү", "RFoM"),
                    ("Radio Azattyk", "Азаттык", "Radio Free Europe/Radio Liberty"), ("Temirov Live", "Темиров Лайв")}),
    "ag2_tg.txt": ("Дафтари барномаҳои САҲА дар Душанбе ба Хадамоти гумруки Тоҷикистон таҷҳизот супурд", "2022-06-07", "Душанбе", "OSCE Programme Office in Dushanbe", True,
                   {"Border management and security"}, {"Tajikistan", "Germany", "Japan"}, {"OSCE Programme Office in Dushanbe"}, {"Валериу Кивери", "Фирӯза Назарова"},
                   {("International Organization for Migration", "Созмони байналмилалии муҳоҷират", "IOM"), ("World Customs Organization", "Ташкилоти умумиҷаҳонии гумрук", "WCO")}),
    "ag2_be.txt": ("АБСЕ прызнала парушэнні ў Беларусі: спрацаваў Маскоўскі механізм", "2020-11-05", None, None, False,
                   set(), {"Belarus", "Lithuania", "Latvia", "Poland", "United Kingdom"}, set(), {"Вольфганг Бенедэк", "Святлана Ціханоўская"},
                   {("OSCE Permanent Council", "Пастаянная рада АБСЕ"), ("Human Rights Centre Viasna", "Вясна", "Viasna")}),
    "ag2_ru.txt": ("Председатель ОБСЕ направляет в Украину своего личного посланника", "2014-03-02", "Берн", "OSCE Chairpersonship", True,
                   {"Conflict prevention and resolution"}, {"Ukraine", "Switzerland", "Russian Federation"}, set(),
                   {"Дидье Буркхальтер", "Тим Гульдиман", "Ламберто Занньер", "Астрид Торс"},
                   {("European Union", "Европейский союз"), ("OSCE High Commissioner on National Minorities", "Верховный комиссар по делам национальных меньшинств", "HCNM")}),
    "ag2_fr.txt": ("Le Haut Commissaire de l'OSCE pour les minorités nationales appelle au dialogue sur l'enseignement des langues en Lettonie", "2023-05-30", "La Haye", "OSCE High Commissioner on National Minorities", True,
                   {"Minority rights", "Education"}, {"Latvia", "Netherlands"}, set(), {"Kairat Abdrakhmanov", "Edgars Rinkēvičs", "Anda Čakša", "Ilana Greenberg"},
                   {("OSCE High Commissioner on National Minorities", "Haut Commissaire de l'OSCE pour les minorités nationales", "HCMN", "HCNM"), ("University of Latvia", "Université de Lettonie"),
                    ("Latvian Centre for Human Rights", "Centre letton pour les droits de l'homme")}),
    "ag2_hu.txt": ("Szijjártó Péter: Magyarország támogatja az EBESZ szerepét a nyugat-balkáni stabilitásban", "2022-11-09", "Budapest", None, False,
                   set(), {"Hungary", "Serbia", "Bosnia and Herzegovina", "North Macedonia", "Ukraine"}, set(), {"Szijjártó Péter", "Helga Maria Schmid"},
                   {("European Union", "Európai Unió"), ("OSCE High Commissioner on National Minorities", "EBESZ Nemzeti Kisebbségi Főbiztosa", "HCNM")}),
    "ag2_tr.txt": ("AGİT Genel Sekreteri Sinirlioğlu: Ukrayna'da ateşkes için diyalog şart", "2025-02-20", None, "Anadolu Agency", False,
                   set(), {"Russian Federation", "Ukraine", "Türkiye", "Finland"}, set(), {"Feridun Sinirlioğlu", "Bekir Bozdağ", "Elina Valtonen"},
                   {("OSCE Parliamentary Assembly", "AGİT Parlamenter Asamblesi"), ("United Nations", "Birleşmiş Milletler"), ("Anadolu Agency", "Anadolu Ajansı", "AA")}),
    "ag2_sl.txt": ("OVSE: Slovenija bo leta 2005 predsedovala organizaciji z geslom dialoga", "2004-12-24", None, "Slovenian Press Agency", False,
                   set(), {"Slovenia", "Georgia", "Bulgaria"}, {"OSCE Mission in Kosovo"}, {"Dimitrij Rupel", "Solomon Pasi"},
                   {("Slovenian Press Agency", "STA")}),
    "ag2_lv.txt": ("EDSO misija Latvijā beidz darbu", "2001-12-18", None, None, False,
                   set(), {"Latvia", "Russian Federation"}, {"OSCE Mission to Latvia"}, {"Pīters Semnebijs", "Indulis Bērziņš", "Rolfs Ekeuss"},
                   {("OSCE Permanent Council", "EDSO Pastāvīgā padome"), ("OSCE High Commissioner on National Minorities", "EDSO Augstais komisārs nacionālo minoritāšu jautājumos", "HCNM")}),
    # ---- set ag3 ----
    "ag3_en.txt": ("OSCE supports Moldova's police in preparing for crowd management during elections", "2024-10-02", "Chisinau", None, False,
                   {"Policing", "Elections", "Human rights"}, {"Moldova", "Lithuania", "United Kingdom", "Norway"}, {"OSCE Mission to Moldova"}, {"Kelly Keiderling"},
                   {("Strategic Police Matters Unit", "OSCE Transnational Threats Department", "SPMU"), ("Promo-LEX Association", "Promo-LEX"),
                    ("Council of Europe Office in Chisinau", "Council of Europe")}),
    "ag3_ru.txt": ("Заявление Генерального секретаря ОБСЕ в связи с Международным днём борьбы с торговлей людьми", "2023-07-30", "Вена", "OSCE Secretariat", True,
                   {"Combating trafficking in human beings", "Gender equality"}, {"Ukraine"}, set(), {"Хельга Мария Шмид", "Кари Йоханнсталь"},
                   {("Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings", "Специальный представитель и координатор ОБСЕ по борьбе с торговлей людьми", "CTHB"),
                    ("INTERPOL", "Интерпол", "International Criminal Police Organization"), ("United Nations Office on Drugs and Crime", "Управление ООН по наркотикам и преступности", "UNODC"),
                    ("OSCE Office for Democratic Institutions and Human Rights", "Бюро по демократическим институтам и правам человека", "ODIHR"), ("La Strada International",)}),
    "ag3_me.txt": ("Misija OEBS-a u Crnoj Gori", None, None, "OSCE Mission to Montenegro", True,
                   {"Good governance", "Rule of law", ("Media freedom and development", "Razvoj medija"), "Elections"}, {"Montenegro"}, {"OSCE Mission to Montenegro"}, {"Dominique Waag"},
                   {("OSCE Permanent Council", "Stalni savjet"), ("University of Montenegro", "Univerzitet Crne Gore"), ("Delegation of the European Union to Montenegro", "Delegacija Evropske unije", "European Union")}),
    "ag3_en2.txt": ("OSCE Chairman welcomes the release of Kyrgyz opposition figures, urges inclusive dialogue", "2010-04-22", "Astana", "OSCE Chairpersonship", True,
                    set(), {"Kazakhstan", "Kyrgyzstan"}, {"OSCE Centre in Bishkek"}, {"Kanat Saudabayev", "Zhanybek Karibzhanov", "Roza Otunbayeva", "Knut Vollebaek"},
                    {("United Nations",), ("European Union",), ("OSCE High Commissioner on National Minorities", "HCNM")}),
    "ag3_bs.txt": ("Šef Misije OSCE-a Douglas Davidson pozvao na nastavak reforme obrazovanja u Mostaru", "2007-09-11", "Mostar", "OSCE Mission to Bosnia and Herzegovina", True,
                   {"Education"}, {"Bosnia and Herzegovina"}, {"OSCE Mission to Bosnia and Herzegovina"}, {"Douglas Davidson", "Ljubo Bešlić", "Mersiha Udovčić"},
                   {("Office of the High Representative", "Kancelarija visokog predstavnika", "OHR"), ("UNICEF", "United Nations Children's Fund"), ("Gimnazija Mostar", "Mostar Gymnasium")}),
    "ag3_cs.txt": ("Pražská kancelář OBSE zpřístupnila badatelům archiv dokumentů KBSE", "2008-06-04", "Praha", "OSCE Prague Office", True,
                   set(), {"Czechia"}, set(), {"Alice Němcová"},
                   {("OSCE Prague Office", "Pražská kancelář OBSE", "Prague Office of the OSCE Secretariat"), ("Charles University", "Univerzita Karlova"),
                    ("Institute of Contemporary History of the Czech Academy of Sciences", "Ústav pro soudobé dějiny Akademie věd České republiky")}),
    "ag3_en3.txt": ("OSCE Mission to Georgia ready to deploy additional military monitoring officers", "2008-08-14", "Tbilisi", "OSCE Mission to Georgia", True,
                    {"Conflict prevention and resolution", "Military reform and co-operation"}, {"Georgia", "Finland", "France"}, {"OSCE Mission to Georgia"}, {"Terhi Hakala", "Alexander Stubb"},
                    {("OSCE Permanent Council", "Permanent Council"), ("International Committee of the Red Cross", "ICRC"), ("UNHCR", "Office of the United Nations High Commissioner for Refugees"), ("European Union",)}),
    "ag3_uk.txt": ("БДІПЛ ОБСЄ стурбоване переслідуванням правозахисників у Білорусі", "2023-03-07", "Варшава", "OSCE Office for Democratic Institutions and Human Rights", True,
                   {"Human rights", ("Правозахисники", "Human rights defenders")}, {"Belarus", "Poland"}, set(), {"Маттео Мекаччі", "Алесь Бяляцький", "Катя Андруш"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "БДІПЛ", "ODIHR"), ("Human Rights Centre Viasna", "Вясна", "Viasna")}),
    "ag3_de.txt": ("OSZE-Medienbeauftragte besorgt über Lizenzentzug für unabhängigen Sender in Georgien", "2022-06-09", "Wien", "OSCE Representative on Freedom of the Media", True,
                   {("Medienpluralismus", "Media pluralism"), ("Sicherheit von Journalistinnen und Journalisten", "Safety of journalists")}, {"Georgia", "Austria"}, set(),
                   {"Teresa Ribeiro", "Nika Gvaramia", "Ana Lazarević"},
                   {("OSCE Representative on Freedom of the Media", "OSZE-Beauftragte für Medienfreiheit", "RFoM"), ("Mtavari Arkhi",), ("European Court of Human Rights", "Europäischer Gerichtshof für Menschenrechte", "ECtHR")}),
    "ag3_en4.txt": ("Alliance against Trafficking in Persons conference puts spotlight on technology-facilitated exploitation", "2024-04-17", "Vienna",
                    "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings", True,
                    {"Combating trafficking in human beings", "Cyber/ICT security"}, {"Malta", "Austria"}, set(), {"Kari Johnstone", "Siobhán Mullally", "Natasha Meli Daudey"},
                    {("Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings", "CTHB"), ("Alliance against Trafficking in Persons",),
                     ("Group of Experts on Action against Trafficking in Human Beings", "GRETA"), ("International Labour Organization", "ILO"), ("Microsoft",),
                     ("Communication and Media Relations Section", "OSCE Secretariat")}),
    "ag3_uz.txt": ("YXHTning O'zbekistondagi loyihalar koordinatori sudyalar uchun inson huquqlari bo'yicha kurs o'tkazdi", "2021-10-12", "Toshkent", "OSCE Project Co-ordinator in Uzbekistan", True,
                   {"Rule of law", "Human rights"}, {"Uzbekistan", "Germany"}, {"OSCE Project Co-ordinator in Uzbekistan"}, {"John MacGregor", "Dilnoza Karimova"},
                   {("Office of the United Nations High Commissioner for Human Rights", "BMTning Inson huquqlari bo'yicha Oliy komissari boshqarmasi", "OHCHR"),
                    ("German Foundation for International Legal Cooperation", "IRZ")}),
    "ag3_et.txt": ("Eesti diplomaat osaleb OSCE valimisvaatlusmissiooni juhtimises Moldovas", "2024-09-06", None, None, False,
                   set(), {"Estonia", "Moldova", "Ireland", "Lebanon"}, set(), {"Eoin O'Leary", "Tiina Intelmann", "Margus Tsahkna"},
                   {("OSCE Office for Democratic Institutions and Human Rights", "OSCE Demokraatlike Institutsioonide ja Inimõiguste Büroo", "ODIHR"), ("European Union", "Euroopa Liit"),
                    ("Delegation of the European Union to Lebanon", "Euroopa Liidu esindus Liibanonis")}),
    "ag3_sk.txt": ("Lajčák: OBSE musí zostať platformou pre dialóg", "2019-12-05", None, None, False,
                   set(), {"Slovakia", "Albania", "Ukraine", "Russian Federation", "United States of America"}, {"OSCE Special Monitoring Mission to Ukraine"},
                   {"Miroslav Lajčák", "Edi Rama", "Sergej Lavrov", "John Sullivan"}, {("OSCE Ministerial Council", "Ministerská rada OBSE")}),
    "ag3_nl.txt": ("De Gucht leidt OVSE-vergadering in Brussel: 'Georgië en Oekraïne staan bovenaan de agenda'", "2006-12-04", "Brussel", "Belga", False,
                   set(), {"Georgia", "Ukraine", "Moldova", "Russian Federation", "United States of America"}, set(),
                   {"Karel De Gucht", "Sergej Lavrov", "Nicholas Burns", "Marc Perrin de Brichambaut"},
                   {("OSCE Ministerial Council", "Ministerraad"), ("OSCE Office for Democratic Institutions and Human Rights", "Bureau voor Democratische Instellingen en Mensenrechten", "ODIHR"),
                    ("United Nations", "Verenigde Naties"), ("North Atlantic Treaty Organization", "NAVO", "NATO"), ("Belga", "Belga News Agency")}),
    "ag3_fi.txt": ("ETYJ:n puheenjohtajuuden lausunto Etelä-Kaukasian tilanteesta", "2025-08-14", "Helsinki", "OSCE Chairpersonship", True,
                   set(), {"Finland", "Armenia", "Azerbaijan", "United States of America"}, set(), {"Elina Valtonen"}, {("European Union", "Euroopan unioni")}),
}

#: file -> the site shape it is written in (the worst shape group is reported, not only the mean)
SHAPES: dict[str, str] = {
    "ag1_de.txt": "osce-new",
    "ag1_ru.txt": "osce-old",
    "ag1_en.txt": "archive",
    "ag1_uk.txt": "agency",
    "ag1_fr.txt": "mfa",
    "ag1_sr.txt": "broadcaster",
    "ag1_ka.txt": "agency",
    "ag1_pl.txt": "aggregator",
    "ag1_hy.txt": "mfa",
    "ag1_kk.txt": "agency",
    "ag1_sq.txt": "field-site",
    "ag1_it.txt": "agency",
    "ag1_ro.txt": "aggregator",
    "ag1_es.txt": "institution",
    "ag1_lt.txt": "broadcaster",
    "ag2_en.txt": "osce-new",
    "ag2_bg.txt": "newspaper",
    "ag2_hr.txt": "osce-old",
    "ag2_mk.txt": "field-site",
    "ag2_el.txt": "mfa",
    "ag2_az.txt": "aggregator",
    "ag2_ky.txt": "broadcaster",
    "ag2_tg.txt": "field-site",
    "ag2_be.txt": "newspaper",
    "ag2_ru.txt": "archive",
    "ag2_fr.txt": "institution",
    "ag2_hu.txt": "mfa",
    "ag2_tr.txt": "broadcaster",
    "ag2_sl.txt": "aggregator",
    "ag2_lv.txt": "newspaper",
    "ag3_en.txt": "osce-new",
    "ag3_ru.txt": "osce-new",
    "ag3_me.txt": "osce-new",
    "ag3_en2.txt": "osce-old",
    "ag3_bs.txt": "osce-old",
    "ag3_cs.txt": "archive",
    "ag3_en3.txt": "archive",
    "ag3_uk.txt": "institution",
    "ag3_de.txt": "institution",
    "ag3_en4.txt": "institution",
    "ag3_uz.txt": "field-site",
    "ag3_et.txt": "newspaper",
    "ag3_sk.txt": "newspaper",
    "ag3_nl.txt": "agency",
    "ag3_fi.txt": "mfa",
}

#: the commit the figures below were measured at (filled in by the lead at the measurement)
MEASURED_AT: str | None = "8a4d734"
#: pooled figures as they came (PAGES.figures: accuracy of one-value fields, (P, R, F1) of sets); empty
#: until measured
AS_THEY_CAME: dict[str, object] = {'title': 0.956, 'date': 0.956, 'place': 0.978, 'source': 0.733, 'fields_of_work': (0.882, 0.833, 0.857), 'states': (0.992, 0.951, 0.971), 'field_operations': (1.0, 0.952, 0.976), 'persons': (0.876, 0.885, 0.88), 'organizations': (0.865, 0.692, 0.769)}
#: field -> (worst shape, its figure) as they came (PAGES.by_shape: accuracy / F1); empty until measured
AS_THEY_CAME_BY_SHAPE: dict[str, tuple[str, float]] = {'title': ('aggregator', 0.75), 'date': ('aggregator', 0.5), 'place': ('agency', 0.8), 'source': ('agency', 0.4), 'fields_of_work': ('aggregator', 0.0), 'states': ('field-site', 0.933), 'field_operations': ('broadcaster', 0.667), 'persons': ('aggregator', 0.769), 'organizations': ('broadcaster', 0.545)}

PAGES = OwnPages("ag", GOLD, FIELDS)

#: pooled figures at the end of session 13, after rules tuned on this line's misses (an upper bound, held as floors)
AFTER_SESSION_13: dict[str, object] = {'title': 1.0, 'date': 1.0, 'place': 0.978, 'source': 0.978, 'fields_of_work': (1.0, 1.0, 1.0), 'states': (0.992, 0.951, 0.971), 'field_operations': (1.0, 1.0, 1.0), 'persons': (0.897, 0.923, 0.91), 'organizations': (0.925, 0.925, 0.925)}

globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_13": AFTER_SESSION_13}))


if __name__ == "__main__":  # python tests/test_extract_own_pages_ag.py [ag1 ag2 ag3]: misses and figures (the measurement)
    PAGES.blind_main(sys.argv[1:], SHAPES)
