"""The shapes pages come in: where the title, labels, dateline and body of each record are.

Pure functions over lines. :func:`split_page` finds the records of a page (one for a
release or entity page, one per item for a newsroom listing) as :class:`RawRecord`;
turning their labels and text into canonical names is :mod:`.records_from`'s job.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from osce_kg.loader.extract.dates import OTHER_DATE_LABEL, UPDATE_LABEL, WEEKDAYS, find_date_span, make_date, \
    month_number, parse_date, short_year_stamp, \
    parse_partial, loose_stamp, published_sentence, published_stamp, site_timestamp
from osce_kg.loader.extract.datelines import NOT_PLACES, Dateline, known_agency, parse_dateline, title_case
from osce_kg.loader.extract.decode import line_cache
from osce_kg.loader.extract.issuer import is_press_header
from osce_kg.loader.extract.names import UPPER

#: label (lower case, any supported language) -> the key it is stored under
LABELS = {
    "date": "date", "publishing date": "date", "published": "date", "datum": "date", "дата": "date",
    "data": "date", "датум": "date", "fecha": "date",    # (Spanish: osce.org's event pages, tc23_es)
    # (session 15) the plural an event's page prints over a span of days: "Dates: 23 – 25 June 2027" (al3_en, osce.org's
    # event page; tc26_en_event, a research centre's): its first day is the event's date, as a "Date:" range's
    "dates": "date",
    "dato": "date",          # Norwegian and Danish (aa3_no, a government's release; the Swedish radio's "Publicerat"
                             # beside it is a publication word of dates.py: two Nordic sites)
    "place": "place", "mjesto": "place", "mesto": "place", "место": "place", "место проведения": "place",
    "lieu": "place", "locul": "place", "ort": "place", "вендо": "place",
    # (an event's place label in Polish, Ukrainian, Czech and Slovak: af3_pl's "Miejsce: Warszawa" on ODIHR's site)
    "miejsce": "place", "місце": "place", "místo": "place", "miesto": "place",
    # (and in Italian and Spanish, as osce.org's event pages print it: ai3_it's "Luogo: Palermo, Italia")
    "luogo": "place", "lugar": "place",
    # (session 14) an event's date and place labels in more of the region's languages: Estonian (ak3_et's "Kuupäev:
    # 18.–19. november 2026" / "Asukoht: Tallinn, Eesti" on ODIHR's site), Latvian, Lithuanian, Finnish, Hungarian,
    # Nordic, Dutch, Albanian, Turkish, Azerbaijani, Greek, Georgian, Armenian
    "kuupäev": "date", "datums": "date", "päivämäärä": "date", "dátum": "date", "tarih": "date", "tarix": "date",
    "ημερομηνία": "date", "თარიღი": "date", "ամսաթիվ": "date",
    "asukoht": "place", "toimumiskoht": "place", "vieta": "place", "paikka": "place", "helyszín": "place",
    "plats": "place", "sted": "place", "plaats": "place", "vendi": "place", "τόπος": "place", "ადგილი": "place",
    "վայր": "place",
    "location": "location", "venue": "location", "lokacija": "location",
    "source": "source", "izvor": "source", "извор": "source", "источник": "source", "sursa": "source",
    # (session 14, S) the word in Kyrgyz, Tajik, Uzbek in Cyrillic, Mongolian and Turkmen, the last of the OSCE's
    # languages without it (sc29_ky "Булак: Кабар", sc29_tg "Манбаъ: Ховар", sc29_mn "Эх сурвалж: МОНЦАМЭ")
    "булак": "source", "манбаъ": "source", "сарчашма": "source", "манба": "source", "эх сурвалж": "source",
    "çeşme": "source",
    "źródło": "source", "burimi": "source", "burim": "source", "kaynak": "source", "mənbə": "source",
    "джерело": "source", "fonte": "source", "fuente": "source", "bron": "source", "zdroj": "source",
    "forrás": "source", "πηγή": "source", "წყარო": "source", "աղբյուր": "source", "originally published": "date",
    "sursă": "source", "quelle": "source", "issued by": "source", "publisher": "source", "izdavač": "source",
    "източник": "source", "крыніца": "source", "дереккөз": "source", "manba": "source", "allikas": "source",
    "avots": "source", "šaltinis": "source", "lähde": "source", "källa": "source", "kilde": "source", "vir": "source",
    "издавач": "source", "издатель": "source", "видавець": "source", "herausgeber": "source", "wydawca": "source",
    # (the bare issuer blocks' French and Italian words, :data:`_BARE_WORD_LABELS`: a bare "Éditeur" line raised
    # KeyError before they were here)
    "éditeur": "source", "editore": "source",
    "issued on": "date", "datum objave": "date", "датум објаве": "date", "objavljeno": "date",
    "date of issue": "date", "дата публикации": "date", "опубликовано": "date",
    # osce.org's "Publishing date" in its other languages and its mirrors' (ta2_fr_new)
    "date de publication": "date", "veröffentlichungsdatum": "date", "data di pubblicazione": "date",
    "fecha de publicación": "date", "дата публікації": "date", "data e publikimit": "date", "yayın tarihi": "date",
    "data publikacji": "date", "data publicării": "date", "датум на објавување": "date", "дата на публикуване": "date",
    "fields of work": "fields_of_work", "what we do": "fields_of_work", "field of work": "fields_of_work",
    "oblasti rada": "fields_of_work", "области работы": "fields_of_work", "domenii de activitate": "fields_of_work",
    "domaines d'activité": "fields_of_work", "domaines d’activité": "fields_of_work",
    "tätigkeitsbereiche": "fields_of_work",
    # mirrors of osce.org and field offices' sites in other languages
    "направления работы": "fields_of_work", "направления деятельности": "fields_of_work",
    "напрями роботи": "fields_of_work", "напрями діяльності": "fields_of_work", "fushat e punës": "fields_of_work",
    "obszary działalności": "fields_of_work", "çalışma alanları": "fields_of_work",
    "fəaliyyət sahələri": "fields_of_work", "arbeitsbereiche": "fields_of_work", "aree di attività": "fields_of_work",
    "ámbitos de trabajo": "fields_of_work", "oblasti djelovanja": "fields_of_work",
    # osce.org's other label words for its topics and the field offices' (line o's fr, pl, it, ky pages; F)
    "domaines d'action": "fields_of_work", "domaines d’action": "fields_of_work", "tematy": "fields_of_work",
    "settori di attività": "fields_of_work", "ишмердүүлүк багыттары": "fields_of_work",
    "области на работа": "fields_of_work", "области на дейност": "fields_of_work",
    "where we are": "where", "content type": "content_type", "report type": "content_type",
    "organized by": "organizers", "organised by": "organizers", "organizer": "organizers",
    "organizers": "organizers",
}
#: labels that may stand alone on a line without a colon
_BARE_LABELS = {k for k in LABELS if " " in k}
#: one-word labels that may stand alone when a short value follows on the next line, as an
#: aggregator's metadata block prints them ("Source" / "OSCE")
_BARE_WORD_LABELS = frozenset({"source", "izvor", "извор", "источник", "джерело", "quelle", "sursa", "źródło",
                               "burimi", "kaynak", "mənbə", "fonte", "fuente",
                               # the issuer's block of a government's release: "Herausgeber" / the body
                               "herausgeber", "publisher", "izdavač", "издавач", "éditeur", "editore"})
_LABEL = re.compile(r"^\s*(?P<bullet>-\s*)?(?P<label>[^\W\d_][^:]{0,40}?)\s*:\s*(?P<value>.*?)\s*$")
_BULLET_VALUE = re.compile(r"^\s*-\s+(?P<value>\S.*?)\s*$")
# words heading a page that are not its title: site chrome and content types
BOILERPLATE = frozenset("""skip links|newsroom|home|- home|menu|search|print|share|main navigation|
photo details|read more|contacts""".replace("\n", "").split("|"))
CONTENT_TYPES = {
    "press release": "Press release", "news": "News", "news item": "News", "statement": "Statement", "новость": "News",
    "press statement": "Press statement", "general event": "Event", "event": "Event",
    "media advisory": "Media advisory", "feature": "Feature", "report": "Report", "daily report": "Daily report",
    "spot report": "Spot report", "persbericht": "Press release", "communiqué de presse": "Press release",
    "saopštenje za medije": "Press release", "saopćenje za medije": "Press release",
    "comunicat de presă": "Press release", "пресс-релиз": "Press release", "саопштење за медије": "Press release",
    "speech": "Speech", "interview": "Interview", "story": "Story",
    # a press release in more of the region's languages: a content type, never a title
    "saopštenje za javnost": "Press release", "саопштење за јавност": "Press release",
    "priopćenje za medije": "Press release", "priopćenje za javnost": "Press release",
    "соопштение за медиуми": "Press release", "соопштение за јавноста": "Press release",
    "съобщение за медиите": "Press release", "sporočilo za javnost": "Press release",
    "sporočilo za medije": "Press release", "pressemitteilung": "Press release", "medienmitteilung": "Press release",
    "komunikat prasowy": "Press release", "tisková zpráva": "Press release", "tlačová správa": "Press release",
    "comunicato stampa": "Press release", "comunicado de prensa": "Press release", "δελτίο τύπου": "Press release",
    "basın açıklaması": "Press release", "basın bülteni": "Press release", "njoftim për shtyp": "Press release",
    "njoftim për media": "Press release", "прес-реліз": "Press release", "прэс-рэліз": "Press release",
    "sajtóközlemény": "Press release", "pranešimas spaudai": "Press release", "paziņojums presei": "Press release",
    "pressiteade": "Press release", "mətbuat relizi": "Press release",
    "tiedote": "Press release", "pressmeddelande": "Press release", "pressemelding": "Press release",
    "pressemeddelelse": "Press release",
    # "for the press" beside "for the media": Serbian, Croatian, Bosnian, Montenegrin (aa1_sr: a mission's site)
    "saopštenje za štampu": "Press release", "саопштење за штампу": "Press release",
    "priopćenje za tisak": "Press release", "saopćenje za štampu": "Press release",
    # "for the press" in the other languages of the region (ac1_mk on ODIHR's site, ac2_tg on osce.org's old layout)
    "соопштение за печат": "Press release", "съобщение за печата": "Press release",
    "сообщение для печати": "Press release", "сообщение для прессы": "Press release",
    "повідомлення для преси": "Press release", "паведамленне для прэсы": "Press release",
    "хабарнома барои матбуот": "Press release", "баспасөз хабарламасы": "Press release",
    "басма сөз үчүн маалымат": "Press release", "маалымат каражаттары үчүн билдирүү": "Press release",
    "matbuot uchun xabar": "Press release", "metbugat üçin habar": "Press release",
    "mətbuat üçün məlumat": "Press release", "մամուլի հաղորդագրություն": "Press release",
    "პრესრელიზი": "Press release", "прессрелиз": "Press release", "пресс-релиз для сми": "Press release",
}
#: a press release's kind, then more words on its line: its issuer ("Press release from the Department of Foreign
#: Affairs", "Priopćenje za medije Ministarstva vanjskih i europskih poslova", "Komunikat prasowy Ministerstwa ...")
_RELEASE_KIND = re.compile("^(?:" + "|".join(sorted((re.escape(k) for k, v in CONTENT_TYPES.items()
                                                     if v == "Press release"), key=len, reverse=True)) + r")\s+\S")


def _release_header(line: str) -> bool:
    """Whether ``line`` is a press release's header line: its kind, then its issuer, in at most twelve words, no
    colon and no sentence's end ("Press release from the Department of Foreign Affairs", tc3_en_dfa; "Priopćenje za
    medije Ministarstva vanjskih i europskih poslova", tc3_hr_mvep): the release's headline stands under it. (A header
    naming a foreign ministry is read by :func:`is_press_header` too, in more word orders.)"""
    return len(line.split()) <= 12 and ":" not in line and not line.rstrip().endswith((".", "!", "?")) \
        and _RELEASE_KIND.match(line.casefold()) is not None


#: section headings that only serve as a title when the page has no better one
SECTION_WORDS = frozenset("""about|about us|overview|mandate|our work|at a glance|library|latest news|
featured|history|history and mandate|leadership|figures|timeline|news and activities|activities|projects|
publications|resources|multimedia|events|what we do|who we are|where we are|structure|documents|
press releases|news|stories|related content""".replace("\n", "").split("|"))
_CREDIT = re.compile(r"\((?:OSCE|[^()]{0,40})/[^()]{1,60}\)|\bPhoto details\b")
# (and an image element a capture kept as markup alone on its line, "<image>...</image>", "<img ...>": other_2016,
# other_2022)
_IMAGE = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)|<image>[^<>]*</image>|<img\b[^<>]*>)\s*$", re.I)
_URL = re.compile(r"https?://|www\.\S+\.\w")
_FUNCTION_END = re.compile(r"\b(?:by|the|of|and|for|to|in|on|at|with|from|a|an)\s*$", re.I)
# a heading that goes on from the one before it: "Statement" / "of the Chairman-in-Office ..."
_FUNCTION_START = re.compile(r"^(?:of|on|for|to|by|and)\s+(?:the\s+)?\S")
# " date 2021-08-11 Head of OSCE centre ...", "2018-10-31 19:33 Title"
_STAMP_PREFIX = re.compile(r"^\s*(?P<stamp>(?:date\s+)?(?:19|20)\d\d-[01]\d-[0-3]\d(?:\s+\d\d?:\d\d)?)\s+"
                           r"(?P<rest>[^\W\d_].{8,})$", re.I)
# bylines: "• By Stephanie Baker", "By Huseyn Hasanov – Trend:"; the author's label in more of the
# region's languages ("Аутор: Танјуг", "Autori: ATA", "Avtor: STA", "Szerző: MTI", "Autorius: ELTA")
_BYLINE = re.compile(r"^[•·*\-\s]*(?:By|Von|Par|Door|Nga|Автор:?|Аутор:|Autor:|Author:|Yazar:|Autori:|Avtor:|"
                     r"Szerző:|Autorius:|Autors:|Auteur\s?:|Autore:|Tekijä:|Συντάκτης:|Հեղինակ:)\s+"
                     r"[A-ZА-ЯÀ-ÞĀ-ŽΑ-ΩԱ-Ֆ]")
# site chrome above a headline: several words glued ("AktualitetPolitikëTë fundit",
# "TheKyrgyzstanTime"), cookie notices, accessibility and news-ticker labels
_TEASERS = re.compile(r"^(?:check also|related (?:articles|news|posts|stories|content)|read also|see also|"
                      r"more news|читайте также|читайте також|pročitajte još|vezane vesti|lexo edhe|citește și|"
                      # in more of the region's languages (H6: b1_sr, b2_it kept a teaser's States)
                      r"leggi anche|najčitanije|najnovije|pročitajte i|pročitaj još|zobacz także|czytaj także|"
                      r"czytaj też|à lire aussi|lire aussi|mehr zum thema|lesen sie auch|ver también|lea también|"
                      r"прочитајте уште|прочитајте још|прочетете още|дивіться також|přečtěte si také|preberite še|"
                      r"ilgili haberler|bunlar da ilginizi çekebilir|"
                      # (H2, line i: teasers' States on 15 pages of 15 sites; a colon may follow the label)
                      r"preberite tudi|súvisiace články|súvisiace správy|povezano|povezane vijesti|поврзани вести|"
                      r"czytaj więcej|mohlo by vás zajímat|související články|kapcsolódó cikkek|lajme të ngjashme|"
                      r"тақырыпқа қатысты|mavzuga oid|xəbər lenti|oxşar xəbərlər|նմանատիպ նորություններ|"
                      r"διαβάστε επίσης|recommended|lees ook|daugiau šia tema|saistītie raksti|"
                      r"მსგავსი სიახლეები|похожие новости|читайте также по теме|схожі новини|најновије вести|"
                      r"najnovije vesti|najnovije vijesti)\s*:?$", re.I)
_GLUED_DATELINE = re.compile(r"(?<=[a-z])(?=[A-Z]{3,}[A-Z .-]*,\s*[0-3]?\d\s)")
_GLUED = re.compile(r"[a-zà-ÿā-žа-яё][A-ZÀ-ÞĀ-ŽА-ЯЁ]")
_CHROME = re.compile(r"\bcookies?\b|^accessibility links$|^breaking news$|^story highlights$|"
                     r"^related (?:articles|news|posts|stories)$|^check also$|^skip to (?:main )?content$|"
                     # a skip link in the region's languages ("Перейти к основному содержанию", "Kalo te
                     # përmbajtja", "Прескокни до главната содржина", "Zum Inhalt springen"): a reading aid
                     r"^(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation)$|"
                     r"^(?:перейти|перейдите) (?:к|до) (?:основному |основного |главному )?(?:содержанию|контенту|"
                     r"вмісту|змісту|навигации)$|^(?:прескокни|прескочи|премини) (?:до|на) (?:главната |главни )?"
                     r"(?:содржина|содржината|садржај|садржаја)$|^(?:preskoči|preskočite|pređi|prijeđi) na "
                     r"(?:glavni )?sadržaj$|^kalo (?:te|tek) përmbajtja$|^aller au contenu(?: principal)?$|"
                     r"^(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?$|^przejdź do (?:głównej )?treści$|"
                     r"^přejít (?:na|k) (?:hlavní )?obsah(?:u)?$|^preskočiť na (?:hlavný )?obsah$|"
                     r"^(?:sari|salt) la con[tț]inut(?:ul principal)?$|^(?:ana )?içeriğe (?:geç|atla)$|"
                     r"^pāriet uz (?:galveno )?saturu$|^pereiti (?:prie|į) (?:pagrindinio )?turin[io]+$|"
                     r"^liigu (?:põhi)?sisu(?:(?:ni)|(?: juurde))$|^siirry (?:pää)?sisältöön$|"
                     r"^hoppa till (?:huvud)?innehållet$|^ga (?:direct )?naar (?:de )?(?:hoofd)?inhoud$|"
                     r"^(?:vai|salta) al contenuto(?: principale)?$|^(?:ir|saltar) al contenido(?: principal)?$|"
                     r"^μετάβαση στο (?:κύριο )?περιεχόμενο$|^(?:əsas )?məzmuna keç$|"
                     r"^ugrás (?:a )?(?:fő)?tartalomhoz$|"
                     # "Last update 26.01.2022", "• Last updated: 05 Nov. 2008": a page's edit stamp;
                     # "Logo OSZE Vorsitz 2017": a logo's alt text
                     r"^[•·\s-]*(?:last updated?|letzte aktualisierung|dernière mise à jour|ultimo aggiornamento)\b|"
                     r"^logo\b", re.I)
#: _CHROME's one unanchored part, looked for apart: the anchored ones are tried at a line's start only (``match``), not
#: at each of its characters (a third of is_chrome's time)
_COOKIES = re.compile(r"\bcookies?\b", re.I)
# share buttons, reading aids and breadcrumbs ("Home » News » World", "Главная / Новости")
_SOCIAL = re.compile(r"^(?:share(?: (?:on|this|article)\b.{0,20})?|tweet|facebook|twitter|x|whatsapp|telegram|viber|"
                     r"linkedin|vkontakte|vk|ok|e-?mail|copy link|copy url|print(?: this)?(?: page| article)?|"
                     r"podijeli|podeli|поделиться|поширити|teilen|partager|condividi|udostępnij|shpërndaj|paylaş|"
                     r"listen(?: to this article)?|listen to article|слушать|\d+\s*min(?:ute)?s?\.?(?: read)?|"
                     r"reading time:?.{0,12}|font size|a\s?a\s?a|[-+]?a\s*[-+]a)$", re.I)
#: a site's account links, in the region's languages ("Sign in", "Log in", "Anmelden", "Se connecter", "Войти",
#: "Prijava", "Zaloguj się", "Giriş Yap", "Logga in", "Kirjaudu"): chrome, never a heading
_ACCOUNT_LINK = re.compile(
    r"^(?:sign in|sign up|log ?in|log out|register|subscribe|my account|anmelden|abmelden|registrieren|"
    r"se connecter|s'inscrire|accedi|registrati|iniciar sesión|entrar|войти|регистрация|увійти|реєстрація|"
    r"prijava|prijavi se|registracija|zaloguj się|zarejestruj się|přihlásit se|prihlásiť sa|bejelentkezés|belépés|"
    r"giriş yap|üye ol|logga in|log ind|logg inn|kirjaudu|prisijungti|pieslēgties|logi sisse|identifică-te|"
    r"autentificare|hyr|нэвтрэх|кіру|кирүү|kirish|daxil ol|մուտք|შესვლა)$", re.I)
#: a page's print control, in the region's languages ("Print", "Printer-friendly version", "Version imprimable",
#: "Druckversion", "Wersja do druku", "Drukuj", "Версия для печати", "Друк", "Štampaj")
_PRINT_CONTROL = re.compile(
    r"^(?:print(?:er[- ]friendly)?(?: this)?(?: page| article| version| view)?|printer[- ]friendly version|"
    r"version imprimable|imprimer|drucken|druckversion|druckansicht|stampa|versione stampabile|imprimir|"
    r"versión para imprimir|versão para impressão|drukuj|wersja do druku|печать|версия для печати|распечатать|"
    r"друк|друкувати|версія для друку|штампај|штампа|štampaj|ispis|ispiši|isprintaj|tisk|tlač|tlačiť|vytisknout|"
    r"nyomtatás|yazdır|printversie|afdrukken|printo|printimi|εκτύπωση|տպել|ბეჭდვა|spausdinti|drukāt|prindi|tulosta|"
    r"skriv ut|print version)$", re.I)
_CRUMB_CHARS = frozenset("»›>/→|")
_CRUMB_SEPARATOR = re.compile(r"\s(?:»|›|>|/|→|\|)\s|\s?(?:»|›|→)\s?")
_BREADCRUMB_HOME = re.compile(r"^(?:home|start|accueil|startseite|početna|главная|головна|ballina|acasă|"
                              # (the Cyrillic "Home" of Macedonian, Serbian and Bulgarian sites: n2_mk)
                              r"почетна|насловна|начало|галоўная|"
                              r"strona główna|ana sayfa|hauptseite|inicio|home page|"
                              # (session 14) the home's word of more of the region's languages: Czech, Slovak and
                              # Slovene, Croatian, Hungarian, Baltic, Nordic, Portuguese, Greek, Georgian, Armenian,
                              # Azerbaijani, Kazakh, Kyrgyz, Uzbek, Albanian, Tajik, Mongolian
                              r"domů|domov|naslovnica|főoldal|pradžia|sākums|avaleht|etusivu|startsida|forside|"
                              r"forsiden|início|página inicial|αρχική|მთავარი|գլխավոր|ana səhifə|басты бет|башкы бет|"
                              r"bosh sahifa|kreu|саҳифаи асосӣ|нүүр)\s*(?:»|›|>|/|→|\|)", re.I)
#: a home's word, then a gap of two spaces or more (or a tab) before the next item
_HOME_GAP = re.compile(_BREADCRUMB_HOME.pattern.replace(r"\s*(?:»|›|>|/|→|\|)", r"(?:[ \t]{2,}|\t)(?=[^\W\d_])"), re.I)


def _home_path(s: str) -> bool:
    """A breadcrumb whose items gaps of spaces part, as a one-line menu's are, from the home's word on, with an item
    too long for a menu ("Главная   Пресс-центр   Пресс-релизы и публичные заявления", ag3_ru): chrome, never the
    title (a one-line menu, "Startseite  Politik  Welt", is read as a menu: :func:`spaced_menu`)."""
    return len(s) <= 160 and bool(_HOME_GAP.match(s)) and not spaced_menu(s)

# a consent manager's buttons and heading, in the OSCE's languages ("Accept all", "Manage
# preferences", "Alle akzeptieren", "Tout refuser", "Принять все", "Prihvati sve")
_CONSENT_LINE = re.compile(
    r"^(?:we value your privacy|your privacy(?: choices)?|privacy (?:settings|preferences|center)|"
    r"(?:accept|reject|decline|deny|allow|refuse|agree|save|confirm)(?: all| cookies| selection| choices| and close)?|"
    r"i (?:accept|agree)|manage (?:preferences|options|settings|cookies|choices)|customi[sz]e(?: settings)?|"
    r"(?:alle )?(?:akzeptieren|ablehnen|zustimmen)|einstellungen|tout (?:accepter|refuser)|accepter|refuser|"
    r"paramétrer|personnaliser|accetta(?: tutti| tutto)?|rifiuta(?: tutti| tutto)?|"
    r"принять(?: все)?|отклонить(?: все)?|настроить|прийняти(?: всі)?|відхилити|"
    r"prihvati(?: sve)?|prihvatam|odbij(?: sve)?|podešavanja|pranoj(?: të gjitha)?|refuzo|"
    r"accept(?:ă|ati)?(?: tot| toate)?|akceptuję|zaakceptuj(?: wszystkie)?|odrzuć|kabul et|reddet)\s*[.!]?$",
    re.I)
# consent text above the headline ("We and our partners store and access information on your
# device ..."): only taken for chrome before the first heading
# (a consent manager's words only: a page about privacy or data protection may open with its text)
_CONSENT_TEXT = re.compile(r"\b(?:cookies?|consent to|your consent|your privacy|your device|"
                           r"personali[sz]ed (?:ads|content)|einwilligung|consentement|согласие на обработку|"
                           r"файлы cookie|kolačić|pëlqimin tuaj|"
                           # the word "cookie" in more of the region's languages (n1_tr "çerezler", n2_hu and j2_hu
                           # "sütiket", n3_et and j3_et "küpsiseid", n3_sl "piškotke", j3_lv "sīkdatnes", n2_bg
                           # "бисквитки"): a consent banner over the headline of sites in four languages and more
                           r"çerez|çərəz|sütik|küpsis|piškot|sīkdatn|slapuk|evästei|бисквитк|колачи|ciasteczk|"
                           r"súbory cookie|soubory cookie|файли cookie|"
                           # (round 2) Norwegian, Swedish and Icelandic ("Vi bruker informasjonskapsler. Godta", ae2_no;
                           # "Sveriges Radio använder kakor.", "Vi använder kakor ...": two Swedish sites' banners)
                           r"informasjonskapsl|\bkakor\b|vafrakök)", re.I)
# a search page's controls and result counts ("Reset search", "Réinitialiser la recherche",
# "Search results for: OSCE", "51 Résultats"): a search view has no title of its own
_SEARCH_CHROME = re.compile(
    r"^(?:(?:reset|clear|new|advanced|refine(?: your)?) search|search(?: for)?\s*:.{0,40}|search results\b.{0,40}|"
    r"search|filter(?: by| results)?|sort by.{0,20}|réinitialiser la recherche|recherche(?: avancée)?|"
    r"suche(?:n| zurücksetzen)?|erweiterte suche|suchergebnisse.{0,40}|поиск|расширенный поиск|"
    r"результаты поиска.{0,40}|пошук|pretraga|napredna pretraga|rezultati pretrage.{0,40}|kërko|caută|"
    r"szukaj|cerca|ricerca avanzata|buscar|zoeken|ara"
    # a header's search box labelled with what it searches ("Поиск по новостям", ae3_ru2; "Поиск по сайту",
    # "Search the site", "Suche auf der Website", "Szukaj w serwisie")
    r"|(?:поиск|пошук|търсене) (?:по|в|у) [^\W\d_]+(?: [^\W\d_]+)?"
    r"|search (?:the |this |our )?(?:site|website|news)|suche (?:auf der |in der )?(?:website|webseite|seite)"
    r"|szukaj w (?:serwisie|witrynie))\s*:?$"
    r"|^\d[\d ,.]*\s+(?:results?|résultats?|ergebnisse|treffer|результат(?:а|ов)?|rezultat(?:a|i)?|"
    r"risultati|resultados|wyników|wyniki|rezultate|sonuç)(?:\s+(?:found|trouvés|gefunden|найдено))?$",
    re.I)
# of those, the ones only a search page shows (a plain "Search" link is on every page's header)
_SEARCH_VIEW = re.compile(
    r"^(?:(?:reset|clear|new|refine(?: your)?) search|search results\b.{0,40}|search for\s*:.{0,40}|"
    r"réinitialiser la recherche|suche zurücksetzen|suchergebnisse.{0,40}|результаты поиска.{0,40}|"
    r"rezultati pretrage.{0,40}|risultati della ricerca.{0,40}|wyniki wyszukiwania.{0,40})\s*:?$"
    r"|^\d[\d ,.]*\s+(?:results?|résultats?|ergebnisse|treffer|результат(?:а|ов)?|rezultat(?:a|i)?|"
    r"risultati|resultados|wyników|wyniki|rezultate|sonuç)(?:\s+(?:found|trouvés|gefunden|найдено))?$",
    re.I)


@dataclass(frozen=True)
class Footer:
    """The site-wide footer at the foot of a text, counted in characters from the text's end (so that it holds when
    lines above it change): ``length`` from its first line, ``shaped`` from its first line that is a footer's by its
    own shape (the line after the first when that is the site's name over its address or a blank; 0: none)."""

    length: int = 0
    shaped: int = 0


NO_FOOTER = Footer()


@dataclass
class RawRecord:
    """One record's parts as found on the page, before names are resolved."""

    line: int                                  # 1-based line of its first line
    title: str | None = None
    labels: dict[str, list[str]] = field(default_factory=dict)
    dateline: Dateline | None = None
    date_line: dt.date | None = None           # a line that is only "Somewhere, 29 January 2003"
    date_line_place: str | None = None         # its place, when it is a known city
    headings: list[str] = field(default_factory=list)   # the page's leading headings
    dateline_rest: str = ""                    # the text right after the dateline
    timestamp: dt.date | None = None           # site timestamp ("27 July, 2010 - 13:03")
    content_type: str | None = None
    body: str = ""
    listing_item: bool = False
    cut: bool = False                          # the text stops inside this record
    byline_agency: str | None = None           # "By Name - Trend:": the agency the author writes for
    #: the headings under the site's header and menus (None: all of them): what the page itself says
    own_headings: list[str] | None = None
    #: the site-wide footer at the foot of the body (lead decision 5): chrome, read here, not the item's
    footer: Footer = NO_FOOTER


@line_cache
def is_label(line: str) -> tuple[str, str, bool] | None:
    """(key, inline value, bulleted) when ``line`` is a known label line, else None."""
    m = _LABEL.match(line) if ":" in line else None           # (a label needs its colon)
    if m and m.group("label").lower().strip() in LABELS:
        return LABELS[m.group("label").lower().strip()], m.group("value"), bool(m.group("bullet"))
    bare = line.strip().lstrip("-").strip().lower()
    if bare in _BARE_LABELS or bare in _BARE_WORD_LABELS:
        return LABELS[bare], "", line.strip().startswith("-")
    return None


def read_labels(lines: list[str], start: int, stop: int) -> tuple[dict[str, list[str]], set[int]]:
    """Labels and their values in ``lines[start:stop]``, and the indices of the lines they use."""
    labels: dict[str, list[str]] = {}
    used: set[int] = set()
    menu_at = -1                               # the last bare label read as a menu's item
    i = start
    while i < stop:
        hit = is_label(lines[i])
        if hit is None:
            i += 1
            continue
        key, value, bulleted = hit
        if _menu_label(lines, i, start, menu_at):
            menu_at = i                        # "Where we are" / "What we do" / "Newsroom": a site's menu
            i += 1
            continue
        if not value and ":" not in lines[i] and lines[i].strip().lower() in _BARE_WORD_LABELS:
            following = next((line.strip() for line in lines[i + 1:i + 3] if line.strip()), "")
            if not following or len(following) > 80 or is_label(following):
                i += 1
                continue
        used.add(i)
        values = [value] if value else []
        plain_bullets = False
        j = i + 1
        if not value:
            while j < stop and is_label(lines[j]) is None:
                bullet = _BULLET_VALUE.match(lines[j])
                if bullet and (bulleted or j == i + 1 or values and plain_bullets):
                    values.append(bullet.group("value"))     # "Source:" then "- OSCE ..." items
                    plain_bullets = True
                elif not bulleted and lines[j].strip() and not values:
                    values.append(lines[j].strip())
                else:
                    break
                used.add(j)
                j += 1
        labels.setdefault(key, []).extend(values)
        i = j
    return labels, used


def _menu_label(lines: list[str], i: int, start: int, menu_at: int) -> bool:
    """Whether the label line ``lines[i]``, a label of several words alone without its colon ("What we do", "Where
    we are"), is an item of a site's menu (osce.org's and its field offices' menus carry both): the line under it is
    another such label or a site's section ("Newsroom", "News and stories", "Resources"), or the line above it is
    a label read as a menu's item. A label's value is never a section's name."""
    label = lines[i].strip().lower()
    if ":" in label or label not in _BARE_LABELS:
        return False
    above = next((n for n in range(i - 1, start - 1, -1) if lines[n].strip()), -1)
    if above >= 0 and above == menu_at:
        return True
    below = next((ln.strip() for ln in lines[i + 1:i + 3] if ln.strip()), "")
    low = below.lower()
    return ":" not in below and low in _BARE_LABELS or low in SECTION_WORDS or low in _NEWS_SECTIONS \
        or low in BOILERPLATE or low in _MENU_SECTIONS


#: more of a site's sections a menu names beside the news ("Contacts", "Events")
_MENU_SECTIONS = frozenset({"contact", "contacts", "contact us", "events", "about the mission", "about us",
                            "employment", "jobs", "procurement", "vacancies"})


def clean_caption(line: str) -> str:
    """A line without photo credits ("(OSCE/Name)") and "Photo details"."""
    return _CREDIT.sub(" ", line).strip()


def is_caption(line: str) -> bool:
    """A photo's caption: a credit "(OSCE/First Last)" in it; an acronym of bodies in brackets,
    "(OSCE/ODIHR)", "(ОБСЕ/БДИПЧ)", is the text's, not a credit."""
    if not ("/" in line or "Photo details" in line):
        return False
    return any(not _BODY_ACRONYMS.fullmatch(m.group()) for m in _CREDIT.finditer(line))


_BODY_ACRONYMS = re.compile(r"\([A-ZА-ЯЁЄІЇ]{2,8}/[A-ZА-ЯЁЄІЇ]{2,8}\)")


def _is_heading(line: str) -> bool:
    """Short, unpunctuated lines: titles and section headings rather than paragraphs."""
    s = line.strip()
    if not s or len(s) > 250 or _IMAGE.match(s) or _URL.search(s) or s.startswith("|"):
        return False
    if s.endswith((".", ",", ";", ":", "։", "。")) and not s.endswith(("...", "Inc.", "Ltd.")):
        return False
    if re.fullmatch(r"[\W\d_]*\w*\d\w*[\W\d_]*", s):        # ids like "E81707", numbers
        return False
    return not is_caption(s)


#: a web archive's own header line at the top of a capture: the Wayback Machine's line with the archived
#: address, archive.today's name or its "webpage capture" line
_ARCHIVE_HEADER = re.compile(r"^(?:the wayback machine\b.*|wayback machine|.*\bweb\.archive\.org/web/\d{8,14}.*|"
                             # (the toolbar's first row as the capture's first line: ah1_pl, ah3_da)
                             r"internet archive\s+wayback machine|"
                             r"archive\.(?:today|ph|is|li|vn|fo|md)|webpage capture"
                             # the Wayback Machine of a partner's archive ("Archive-It Wayback Machine": ta1_de_ait)
                             r"|archive-it(?: wayback machine)?)$", re.I)
#: a partner archive's notice under its header, a sentence of its own ("You are viewing an archived web page,
#: collected at the request of ... This page was captured on 14:20:11 Dec 12, 2017 ...": Archive-It's), and its
#: buttons ("Loading media information", "hide"): toolbar lines, not the archived page's text
_ARCHIVE_NOTICE = re.compile(r"^(?:(?:you are viewing|this is) an archived (?:web ?)?(?:page|copy|version|site)\b.*"
                             # (the Wayback panel's collection line and the Internet Archive's note under it:
                             # "COLLECTED BY Organization: Internet Archive" / "The Wayback Machine is an initiative of
                             # the Internet Archive, ...": ah1_pl)
                             r"|collected by\b.*|the wayback machine is an initiative of the internet archive\b.*"
                             r"|loading media information|hide"
                             # (session 15) the Wayback's note on a page still online (an2_ru, tc32_en_wayback)
                             r"|this page is available on the web!.*)$", re.I)
#: a cheap look for the header's words before the full pattern
_MAY_BE_ARCHIVE = re.compile(r"archive|capture|wayback", re.I)
_MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
#: the lines of an archive's toolbar by their shape: the capture count ("45 captures", "1,204 snapshots"), the
#: captures' range ("15 Aug 2011 - 3 Mar 2016"), the calendar's months, day and years ("JUL AUG SEP", "15",
#: "2010 2011 2012"), a capture's stamp with its zone ("22 Feb 2022 09:14:52 UTC", "search\t..."), a
#: "Label: value" line of its details ("Collection: ..."), a line in capitals ("COLLECTED BY",
#: "TIMESTAMPS"), the archived address ("Saved from\thttps://..."), and the toolbar's buttons (one or two words:
#: "Go", "success", "fail", "About this capture", "Webpage", "Screenshot", "download .zip", "report bug or
#: abuse", "All snapshots from host ..."), the address field ("https://www.osce.org/...")
_TOOLBAR_LINE = re.compile(
    r"^(?:\d[\d,.]*\s+[^\W\d_]+"
    rf"|[0-3]?\d\s+{_MONTH_ABBR}[a-z]*\.?\s+(?:19|20)\d\d(?:\s*[-–]\s*[0-3]?\d\s+{_MONTH_ABBR}[a-z]*\.?\s+(?:19|20)\d\d)?"
    # (the calendar's months one a line too, "AUG" / "OCT" / "NOV", as some captures print them: line o's archives)
    rf"|(?:{_MONTH_ABBR}\s+){{0,2}}{_MONTH_ABBR}|[0-3]?\d|(?:(?:19|20)\d\d\s*){{1,3}}"
    r"|(?:[^\W\d_]+\s+)?[0-3]?\d\s+[^\W\d_]{3,9}\s+(?:19|20)\d\d\s+\d\d:\d\d(?::\d\d)?\s+(?:UTC|GMT)"
    r"|[A-Z][a-z]+:\s+\S.{0,80}|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2}|[A-Z]{8,}|[^\W\d_]+(?:\s+[^\W\d_]+)?\s+https?://\S+"
    r"|go|success|fail|about this capture|webpage|screenshot|share|download\s+\.zip|report bug or abuse|close|help|"
    r"all snapshots from host\s+\S+|history|summary of .{1,60}|site map"
    # (archive.today's note when the address has one capture only: ae3_bg, round 2)
    r"|no other snapshots from this url"
    # (session 15) the Wayback's count sentence and its "[ Go ]" button: "Saved 47 times between 3 Mar 2010 and 19 Jan
    # 2016." (an2_ru, tc32_en_wayback)
    r"|saved [\d,]+ times between .{5,40} and .{5,40}|\[\s*go\s*\]"
    # the toolbar's address field, the archived address alone on its line, and the archive's name ("Wayback
    # Machine" under "INTERNET ARCHIVE"): n1_it, n3_uk
    r"|https?://\S+|wayback machine|internet archive)$", re.I)


def _toolbar_items(line: str) -> bool:
    """A line of two or more of the toolbar's items parted by runs of spaces or tabs, as a capture prints its
    toolbar's rows ("INTERNET ARCHIVE  Wayback Machine", "http://www.osce.org/item/32517.html   Go", "Close  Help")."""
    items = _MENU_GAP.split(line.strip())
    return len(items) >= 2 and all(_TOOLBAR_LINE.match(item) and is_label(item) is None for item in items)


def archive_toolbar_end(lines: list[str], start: int) -> int:
    """The first line after a web archive's header and toolbar at the top of ``lines[start:]`` (the header among
    the first three lines, then the toolbar's lines while their shape is one of ``_TOOLBAR_LINE``'s), else
    ``start``: the toolbar's count, calendar and capture stamps are neither the headline nor the date."""
    at = next((n for n in range(start, min(start + 3, len(lines)))
               if _MAY_BE_ARCHIVE.search(lines[n]) and _ARCHIVE_HEADER.match(lines[n].strip())), None)
    if at is None:
        return _national_archive_end(lines, start)
    n = at + 1
    while n < len(lines) and (not lines[n].strip() or _ARCHIVE_HEADER.match(lines[n].strip())
                              or len(lines[n].strip()) <= 120 and _TOOLBAR_LINE.match(lines[n].strip())
                              and is_label(lines[n]) is None     # (the archived page's "Date:" is its own)
                              or len(lines[n].strip()) <= 200 and _toolbar_items(lines[n])
                              or len(lines[n].strip()) <= 600 and _ARCHIVE_NOTICE.match(lines[n].strip())):
        if lines[n].startswith("COLLECTED BY"):
            # the capture's panel: its collection's description may be prose ("Starting in 1996, Alexa Internet
            # has been donating their crawl data to the Internet Archive.", aa1_hr) before "TIMESTAMPS" closes it
            # (k1_en_arch, k1_de_arch, ta1_en_wb print it without prose); the panel's heads may hold their first item
            # ("COLLECTED BY  Organization: Alexa Crawls" ... "TIMESTAMPS  The Wayback Machine - ...": af1_es, af3_fr)
            n = next((m for m in range(n + 1, min(n + 8, len(lines))) if lines[m].startswith("TIMESTAMPS")), n)
        n += 1
    return n


#: a web archive's word in the region's languages ("Archivní verze", "Versão arquivada", "Archiwalna wersja",
#: "Arhivirana verzija", "Archívna verzia", "Archyvinė versija", "Архивная версия", "Arşiv")
_ARCHIVE_WORD = re.compile(r"arc?h[iíīy]i?v|arquiv|archiw|архив|архів|arşiv|arkiv|αρχει", re.I)
#: an address alone on its line
_ADDRESS_LINE = re.compile(r"https?://\S+")


def _national_archive_end(lines: list[str], start: int) -> int:
    """The first line after a national library's web archive's header, else ``start``: the archive's name among the
    first three lines ("WEBARCHIV   Národní knihovna České republiky", af3_cs; "Arquivo.pt", ta1_fr_apt), a line
    of its own saying the version's full date within the first six ("Archivní verze stránky ze dne 8. 10. 2025
    14:02:37", "Versão arquivada em 19 fevereiro 2016 às 10:42"; a news site's "Arhiva > 2005 > Politika" is none),
    then the archived address, the toolbar's bar of links and the archive's notice ("Tento archivní záznam může
    obsahovat nefunkční odkazy ...": no start of the text)."""
    head = [n for n in range(start, min(start + 3, len(lines))) if _ARCHIVE_WORD.search(lines[n])]
    if not head:
        return start
    version = next((n for n in range(head[0] + 1, min(start + 6, len(lines)))
                    if len(lines[n].strip()) <= 80 and _ARCHIVE_WORD.search(lines[n]) and _HAS_YEAR.search(lines[n])
                    and (span := find_date_span(lines[n])) is not None and span[3]),
                   None)
    if version is None:
        return start
    n = version + 1
    while n < len(lines):
        s = lines[n].strip()
        if not (not s or _ADDRESS_LINE.fullmatch(s) or "|" in s and len(s) <= 160
                and all(len(p.split()) <= 5 for p in s.split("|")) or len(s) <= 200 and _ARCHIVE_WORD.search(s)):
            break
        n += 1
    return n


def split_page(lines: list[str], start: int, ends_cut: bool, title_hint: str | None = None) -> list[RawRecord]:
    """The records in ``lines[start:]``: listing items, or one record for the page.

    ``ends_cut`` says the text may stop mid-record (no final newline). ``title_hint`` is the
    title an HTML page gives itself in its head (``og:title``, ``<title>``). Never raises.
    """
    toolbar_end = archive_toolbar_end(lines, start)
    captured, start = toolbar_end > start, toolbar_end
    groups = _listing_groups(lines, start)
    if len(groups) >= 2:
        return _listing_items(lines, groups, ends_cut)
    if not any(line.strip() for line in lines[start:]):
        return []
    record = _single_record(lines, start, ends_cut, title_hint, captured)
    if not (record.body.strip() or record.labels or record.dateline):
        return []                             # headings alone (a menu) are not a record
    return [record]


def _listing_groups(lines: list[str], start: int) -> list[int]:
    """Line indices of item titles: a line followed by a 'Publishing date:'/'Report type:' label."""
    groups: list[int] = []
    for i in range(start + 1, len(lines)):
        hit = is_label(lines[i])
        if hit and hit[0] in ("date", "content_type") and not hit[2] and hit[1]:
            prev = i - 1
            while prev > start and not lines[prev].strip():
                prev -= 1
            if is_label(lines[prev]) is None and _is_heading(lines[prev]) and (not groups or groups[-1] < prev):
                groups.append(prev)
    return groups


def _listing_items(lines: list[str], groups: list[int], ends_cut: bool) -> list[RawRecord]:
    items = []
    for n, first in enumerate(groups):
        stop = groups[n + 1] if n + 1 < len(groups) else len(lines)
        labels, used = read_labels(lines, first + 1, stop)
        rest = [i for i in range(first + 1, stop) if i not in used and lines[i].strip()]
        teaser = lines[rest[0]].strip() if rest else ""
        record = RawRecord(line=first + 1, title=lines[first].strip(), labels=labels, listing_item=True,
                           body=teaser, cut=ends_cut and n == len(groups) - 1)
        record.footer = site_footer(teaser, above=_has_heading(record))
        content_types = labels.get("content_type")
        record.content_type = content_types[0] if content_types else None
        record.dateline = parse_dateline(teaser) if teaser else None
        items.append(record)
    return items


# an OSCE document's symbol ("PC.FR/1/14", "PC.DEL/245/24/Rev.1", "SEC.GAL/12/24", "FSC.JOUR/1050")
# and the distribution marks printed under it ("OSCE+", "RESTRICTED", "ENGLISH only",
# "Original: RUSSIAN"): its header, above its title
_DOC_SYMBOL = re.compile(r"(?:[A-Z]{2,6}(?:\(\d+\))?\.){1,3}[A-Z]{2,6}/\d+(?:/\d{2,4})?(?:/(?:Rev|Corr|Add)\.\d+)*")
_LANGUAGE_WORD = r"(?:ENGLISH|FRENCH|GERMAN|ITALIAN|RUSSIAN|SPANISH)"
_DOC_MARK = re.compile(rf"(?:OSCE\+|RESTRICTED|PUBLIC|{_LANGUAGE_WORD}(?:\s+only)?|Original:\s*{_LANGUAGE_WORD}"
                       rf"|Distribution:?\s*[A-Z]*)")
_DOC_HEADER = re.compile(rf"^\s*(?P<symbol>{_DOC_SYMBOL.pattern})\s+"
                         rf"(?:(?P<date>[0-3]?\d\s+[^\W\d_]{{3,12}}\s+(?:19|20)\d\d)\s+)?"
                         rf"(?P<marks>(?:{_DOC_MARK.pattern}\s+)*)(?P<rest>\S.*)$")
# where a document's title ends in a one-line capture: a date, a numbered paragraph, a meeting's
# ordinal, or the address to the chair
_TITLE_STOP = re.compile(r"\s(?:[0-3]?\d\s+[^\W\d_]{3,12}\s+(?:19|20)\d\d\b|\d{1,2}\.\s+[A-Z]|"
                         r"\d+(?:st|nd|rd|th)\s+(?:\w+\s+){0,2}Meeting\b|(?:Mr\.|Madam|Madame|Dear)\s+"
                         r"(?:Chair|President|Moderator|colleagues)|Excellenc)")


def _split_document_header(lines: list[str], start: int) -> list[str]:
    """Put an OSCE document's header on lines of its own: a capture of the PDF that runs
    symbol, date, marks, title and text into one line is split into them."""
    for i in range(start, min(len(lines), start + 8)):
        if not lines[i].strip():
            continue
        m = _DOC_HEADER.match(lines[i]) if "/" in lines[i][:40] else None
        if not m:
            return lines
        stop = _TITLE_STOP.search(m.group("rest"), 10)
        if stop is None or stop.start() > 300:
            return lines
        rest = m.group("rest")
        head = [m.group("symbol"), m.group("date") or "", *_DOC_MARK.findall(m.group("marks"))]
        return [*lines[:i], *[h for h in head if h], rest[:stop.start()].strip(), rest[stop.start():].strip(),
                *lines[i + 1:]]
    return lines


def _single_record(lines: list[str], start: int, ends_cut: bool, title_hint: str | None = None,
                   captured: bool = False) -> RawRecord:
    lines = _split_document_header(list(lines), start)   # a stamp glued to a title is cut off below
    labels, used = read_labels(lines, start, len(lines))
    record = RawRecord(line=start + 1, labels=labels, cut=ends_cut)
    headings: list[tuple[int, str]] = []
    body_start = len(lines)
    search_view = False
    header_cut = rubric_cut = news_cut = 0
    bar_date = bullet_menu = worded = False
    crumb: tuple[int, str] | None = None         # a breadcrumb's last item, and where it ends the headings
    menu_items: set[str] = set()                 # the items of a menu printed on one line above the headline
    under_type: str | None = None                # the heading right under a content type
    date_at: int | None = None                   # the line that is only a date, above the text
    masthead = next((line.strip() for line in lines[start:start + 3] if line.strip()), "")   # the site's name
    masthead = masthead if 2 <= len(masthead) <= 40 else ""
    i = start
    while i < len(lines):
        raw = lines[i]
        s = raw.strip()
        if i in used or not s or _IMAGE.match(s) or s in ("-",):
            if (i in used and record.timestamp is None and headings and _HAS_YEAR.search(s)
                    and ("|" in s or _MENU_GAP.search(s) or " - " in s or " – " in s)
                    and (label := is_label(s)) is not None and label[0] == "source"):
                # "Izvor: Hina | 20.12.2007. 17:45" (aa2_hr), "Източник: БТА | 06.12.2004 12:10" (aa3_bg): two
                # aggregators' source label, then the item's stamp beside it on the line under the headline, also
                # after a gap of spaces ("Sursa: Agerpres   Publicat: 09.08.2019, 14:20   Citește pe ...", ag1_ro;
                # "Vir: STA   24. 12. 2004   Preberi celoten članek ...", ag2_sl)
                # (or after a dash: "Fonte: ANSA - 23 gennaio 2018, 14:12", ai1_it; "Fuente: EFE – 12 de marzo ...")
                record.timestamp = meta_line_date(s if "|" in s else " | ".join(_MENU_GAP.split(s))
                                                  if _MENU_GAP.search(s) else re.sub(" [-–] ", " | ", s, count=1))
            elif (i in used and record.timestamp is None and headings and s.endswith(")") and _HAS_YEAR.search(s)
                  and (label := is_label(s)) is not None and label[0] == "source"):
                # (session 15) "Fonte: Il Piccolo (14.03.2024)" (sc22_it), "Quelle: Der Standard (14.03.2024)"
                # (tc27_de_agg): press reviews' source label closed by the item's date in brackets
                record.timestamp = _bracketed_date(label[1])
            i += 1
            continue
        low = s.lower().strip(" -")
        if len(s) <= 60 and _SEARCH_VIEW.match(s.lstrip("•·-* ")):
            search_view = True                    # "Reset search", "51 results": a search page
        # every stamp holds a year: a line without one is not looked at for them
        dated = _HAS_YEAR.search(s) is not None
        if dated and len(s) <= 120 and _GLUED_WORD_AFTER_DIGIT.search(s):
            s = _GLUED_WORD_AFTER_DIGIT.sub(" ", s)   # "2:20 PM GMT+4Updated 2 hours ago": two spans glued
        stamp = (site_timestamp(s) or meta_line_date(s) or loose_stamp(s) or _issue_date(s)
                 or published_sentence(s) or _agency_stamp(s)) if dated \
            else short_year_stamp(s) if ":" in s else None
        if (dated and stamp is None and (sourced := _STAMP_THEN_SOURCE.match(s))
                and site_timestamp(sourced.group("stamp"))):
            # "8. Februar 2024, 15:32 Uhr Quelle: dpa": a stamp, then the source's label and value
            stamp = site_timestamp(sourced.group("stamp"))
            record.labels.setdefault("source", []).append(sourced.group("value"))
        dateline = parse_dateline(s)
        if (dateline is None and headings and masthead and not record.date_line_place and s.startswith(masthead)
                and s[len(masthead):][:2] == ", " and (after_masthead := _after_masthead(s, len(masthead)))):
            # "24.kg news agency, BISHKEK - The OSCE Academy ...": the site's name, then its dateline's place (the
            # line stays the text's first, its credit the issuer's to read)
            record.date_line_place = " / ".join(after_masthead.places)
        if dateline is None and dated and ". " in s[:40]:
            dateline = _city_agency_date(s)       # "Астана. ҚазАқпарат – 11 наурыз 2026 жыл. ..."
            if dateline is None and headings and (authored := _city_author_agency(s)) is not None and authored.date:
                dateline = authored               # "Bakı. Ramil Məmmədov – APA. 27 noyabr 2026" over the text
        if (dateline is not None and not headings and dateline.date is None and dateline.month_day is None
                and _masthead_tagline(s[dateline.text_start:])):
            dateline = None                       # "LUSA - Agência de Notícias de Portugal", "БЕЛТА — Беларускае
                                                  # тэлеграфнае агенцтва": a site's name and what it is, no dateline
        if dateline is None and dated and stamp is None and len(s) > 20:
            dateline = _city_date_dash(s)         # "Praha 12. března 2024 – Ministr ...": no comma
        if stamp and dateline is None and record.date_line_place is None and "|" in s:
            record.date_line_place = _city_part(s)      # "18. března 2024 14:20 | Praha"
        if dated and dateline is None and (placed := _place_stamp(s, headings)) is not None:
            stamp, record.date_line_place = stamp or placed[0], record.date_line_place or placed[1]
        glued = None if dateline else _GLUED_DATELINE.search(s[:60])
        if glued and parse_dateline(s[glued.start():]):
            # "2015 Hall photoCOPENHAGEN, 27 April 2015 – ...": a caption glued to the dateline
            lines[i] = s = s[glued.start():]
            continue
        prefixed = None if dateline else _STAMP_PREFIX.match(s)
        if prefixed and site_timestamp(prefixed.group("stamp")):
            # " date 2021-08-11 Head of OSCE centre ...": a site's date glued to the next line
            record.timestamp = record.timestamp or site_timestamp(prefixed.group("stamp"))
            lines[i] = s = prefixed.group("rest")
            continue
        if stamp and not dateline:
            if record.byline_agency is None and "|" in s:
                record.byline_agency = _stamp_credit(s)     # "12.03.2025, 14.20 Uhr | sda", "... | Beograd | Beta"
            if record.timestamp is None or bar_date and headings:
                # a date above every heading may be the site's date bar ("Четверг, 6 декабря 2026"):
                # a stamp under the headline is the page's own
                # (or under the site's name alone, over its one-line menu: "Luni, 7 decembrie 2026" / "Acasă  Local")
                # (or a date with its weekday under the site's name and menus only, no heading of three words over
                # it: "Népszava" / menus / "2026. december 7., hétfő" / "Külföld" / headline / "Népszava | 2026.
                # november 19. 06:30", ak1_hu; "Четверг, 6 декабря 2026" as tc20's)
                bar_date = record.timestamp is None and (not headings or len(headings) == 1
                                                         and spaced_menu(_next_line(lines, i))
                                                         or all(len(h.split()) <= 2 for _, h in headings)
                                                         and any(w in WEEKDAYS for w in _WORD_RE.findall(s.lower())))
                record.timestamp = stamp
                date_at = i if headings else None
        elif dateline and dateline.text_start >= len(s):
            record.dateline = record.dateline or dateline           # "PRISTINA 9 January 2002" alone
        elif dateline:
            if record.dateline and record.dateline.date and record.timestamp is None:
                # "ROMA, 01 gennaio 2018, 12:30" above "(ANSA) - ROMA, 1 GEN - ...": the dated line
                # alone dates the yearless dateline of the text
                record.timestamp = record.dateline.date
            record.dateline = dateline
            record.dateline_rest = s[dateline.text_start:]
            body_start = i
            break
        elif record.dateline is None and (bare := _bare_dateline(s, " ".join(h for _, h in headings[-2:]))) \
                is not None:
            record.dateline = bare                       # "WIEN. In die ...", "PRIŠTINA" alone
            if bare.text_start < len(s):
                record.dateline_rest = s[bare.text_start:]
                body_start = i
                break
        elif (record.dateline is None and headings and record.timestamp and len(s) <= 40
              and (alone := _city_alone(s)) is not None):
            record.dateline = alone               # "Ankara", "Tbilisi (TT)" under the stamp, the text under it
        elif (record.dateline is None and headings and (record.timestamp or record.date_line or labels.get("date"))
              and (dashed := _city_before_dash(s, " ".join(h for _, h in headings[-2:]))) is not None):
            # "Београд – Шеф Мисије ..." under a dated headline: a known city and a dash open the text
            record.dateline, record.dateline_rest = dashed, s[dashed.text_start:]
            body_start = i
            break
        elif record.dateline is None and headings and (authored := _city_author_agency(s)) is not None:
            # "Bakı. Nərgiz Əliyeva – APA. Azərbaycanın ...": a known city, the author and the agency open the text
            record.dateline, record.dateline_rest = authored, s[authored.text_start:]
            body_start = i
            break
        elif headings and (low in _NEWS_SECTIONS or _joined_sections(low)):
            news_cut = len(headings)              # "Міністерство ..." / "Новини" / headline: a site's news
            if low in CONTENT_TYPES:              # ("News" is a content type too)
                worded = worded or record.content_type is None
                record.content_type = record.content_type or CONTENT_TYPES[low]
        elif (len(s) <= 40 and not (record.timestamp or record.date_line or record.dateline)
              and _MOST_READ.match(low) and (after := _teasers_run_end(lines, i)) is not None):
            # "Самое читаемое" / two other pages' headlines / "Политика" / the headline: a site's most-read box above
            # the headline; its teasers are neither the title nor the page's headings
            i = after
            continue
        elif len(s) <= 30 and _ACCOUNT_LINK.match(s):
            pass                                  # "Sign in", "Log in", "Anmelden": a site's account link, no
                                                  # heading (its "in" would glue it to the heading under it)
        elif len(s) <= 40 and _PRINT_CONTROL.match(s):
            # "Printer-friendly version", "Wersja do druku" / "Drukuj": a print control, right over the headline (a
            # heading longer than every one above it: g2_en_old, ta4_pl_print) or under it; no heading either way
            if headings and under_type is None and not (record.timestamp or record.date_line or record.dateline) \
                    and len(words := _next_text(lines, i).split()) > max(len(h.split()) for _, h in headings) \
                    and len(words) >= 3 and _is_heading(following := " ".join(words)):
                under_type = following
        elif low in BOILERPLATE or _DOC_SYMBOL.fullmatch(s) or _DOC_MARK.fullmatch(s):
            pass                                  # chrome, and an OSCE document's header
        elif (_menu_bullet(s) and not (record.timestamp or record.date_line or record.dateline)
              and (not headings or len(headings[-1][1].split()) <= 3)):   # (under a headline: its key points)
            # "- Office for Democratic Institutions and Human Rights", "- Centre in Bishkek" under "Institutions",
            # "Field operations": a menu's sub-items above the headline (an archived osce.org's); what stands
            # above them is the site's, and a headline is never printed with a bullet
            header_cut, bullet_menu = len(headings), True
        elif (typed := _typed_stamp(s)) is not None:
            # "Tiedote 25.10.2024 14.20", "Pressemitteilung 12.03.2024": the content type, then the stamp
            record.content_type = record.content_type or CONTENT_TYPES[typed[0]]
            record.timestamp = record.timestamp or typed[1]
        elif dated and (headed := _stamped_header(s)) is not None:
            # "Oikeusministeriön tiedote 13.11.2025 10.15", "Коментар МЗС України 05.12.2025 13:20": a
            # ministry's header line, its kind and its own stamp; the headline stands under it (the line is
            # kept among the headings above the cut: it may name the issuer)
            record.timestamp = record.timestamp or headed
            headings.append((i, s))
            header_cut = len(headings)
        elif low in CONTENT_TYPES and _FUNCTION_START.match(_next_text(lines, i)):
            headings.append((i, s))               # "Statement" / "of the Chairman-in-Office ...": a title
            record.content_type = record.content_type or CONTENT_TYPES[low]
        elif low in CONTENT_TYPES:
            record.content_type = record.content_type or CONTENT_TYPES[low]
            if headings and under_type is None and not (record.timestamp or record.date_line or record.dateline) \
                    and len(words := _next_text(lines, i).split()) > max(len(h.split()) for _, h in headings) \
                    and len(words) >= 3 and _is_heading(following := " ".join(words)) \
                    and not _HAS_YEAR.search(following):
                # "Представитель по вопросам свободы СМИ" / "Пресс-релиз" / headline: the heading right under a
                # content type, longer than every one above it, is the headline (what stands above is the site's
                # and its section's: their names are kept for the issuer)
                under_type = following
        elif date_place := parse_date_place(s):
            if date_place.text_start < len(s):
                record.dateline, record.dateline_rest = date_place, s[date_place.text_start:]
                body_start = i
                break
            record.dateline = record.dateline or date_place
        elif (date_at is not None and (record.date_line or record.timestamp) and not record.date_line_place
              and not any(line.strip() for line in lines[date_at + 1:i])
              and (city := _city_country(s)) is not None):
            record.date_line_place = city         # "27. novembar 2024" / "Podgorica, Crna Gora": the item's place
            headings.append((i, s))               # (kept among the headings, as before: its State is named)
        elif _is_date_only_line(s) and len(headings) <= 1 and spaced_menu(_next_line(lines, i)):
            pass                                  # "Dilluns, 7 de desembre de 2026" / "Portada  Nacional  Política":
                                                  # the site's date bar (today's) over its menu, not the item's date
        elif _is_date_only_line(s):
            date_at = i
            record.date_line = record.date_line or parse_date(s)[0]
            undone = _TIME_AT_END.sub("", s)      # ("Αθήνα, 18 Μαρτίου 2025, στις 16:45": the place before the date,
            record.date_line_place = record.date_line_place or _place_before_date(undone) \
                or (_lone_place_before_date(s) if headings and not record.date_line_place and undone == s else None)
            #                                       a known city's only when a time follows: "Politika, ..." is none)
            headings.append((i, s))
        elif _DELIVERY.match(s) and len(s) <= 300:
            # "As delivered by Ambassador X to the Permanent Council, Vienna, March 12, 2024"
            span = find_date_span(s)
            if span and span[3]:
                record.date_line = record.date_line or span[2]
                record.date_line_place = record.date_line_place or _place_before_date(s[:span[0]] + "x")
        elif (issuer := _from_source(s)) is not None:
            # "Report from OSCE Published on 12 Mar 2024": an aggregator's line naming the issuer
            record.labels.setdefault("source", []).append(issuer[0])
            record.timestamp = record.timestamp or issuer[1]
        elif _LOWER_BYLINE.match(s) and (record.timestamp or record.date_line or _beside_stamp(lines, i)):
            pass                                  # "by Mariam Nikuradze" under the date or above it: a byline,
                                                  # no title's end
        elif byline := _BYLINE.match(s):
            name = s[byline.end() - 1:].strip()
            if len(name) <= 40 and _credited_agency(name):
                record.byline_agency = record.byline_agency or name    # "Autor: ČTK": an agency's item
            record.byline_agency = record.byline_agency or _byline_agency(s[byline.end() - 1:])
            if len(s) <= 120 and (span := find_date_span(s)) and span[3]:
                record.timestamp = record.timestamp or span[2]      # "By Jane Roe | March 12, 2024"
        elif (is_caption(s) or _URL.search(s)) and len(s) < 300:
            pass
        elif (numbered := _NUMBERED_RELEASE.match(s)) and (released := parse_date(numbered.group("date"))[0]):
            # "No: 112, 14 Mayıs 2025, AGİT Genel Sekreteri ... Hk.": a release's number and date, then its title,
            # on one line (the title as the page prints it, the date the release's)
            record.timestamp = record.timestamp or released
            headings.append((i, s))
        elif (crumb is not None and crumb[0] == len(headings) and ":" in s and len(s) <= 120
              and _fold_line(s.split(":", 1)[0]) == _fold_line(crumb[1]) and s.split(":", 1)[1].strip()
              and not _HAS_YEAR.search(s)):
            # (session 15) "Početna / O Misiji / Šef Misije" / "Šef Misije: ambasadorka Dominique Waag" (ai3_cnr),
            # "Home / About the Office / Head of Office" / "Head of Office: Ambassador ..." (tc29_en_head): the heading
            # right under a breadcrumb that repeats its last item, then a colon and the person: the page's heading,
            # no label
            headings.append((i, s))
        elif _is_label_like(s):
            record.timestamp = record.timestamp or _labelled_date(s)   # "Datum objave: 12.03.2024"
        elif (headings and len(s) <= 120 and not (record.timestamp or record.date_line)
              and (_BREADCRUMB_HOME.match(s) or _home_path(s) or _is_breadcrumb(s) or _rubric_pair(s, lines, i)
                   or _menu_path(s, headings))):
            header_cut = len(headings)            # what stands above a breadcrumb is the site's header
            crumb = (header_cut, _MENU_GAP.split(_CRUMB_SEPARATOR.split(s)[-1].strip(" /»›>→|"))[-1])
        elif is_chrome(s) and not headings or len(s) <= 600 and _CONSENT_TEXT.search(s) and not (
                record.timestamp or record.date_line or record.dateline):
            pass                                  # "This website uses cookies." above the headline (or
                                                  # under the site's menus)
        elif headings and (credit := _credit_line(s, lines, i)):
            record.byline_agency = record.byline_agency or credit   # "LRT.lt, BNS" beside the stamp
        elif headings and len(headings[-1][1].split()) >= 3 and _source_line(s, lines, i):
            record.labels.setdefault("source", []).append(s)       # a body's name beside the stamp
        elif is_search_chrome(s):
            pass                                  # a search form's controls
        elif (len(s) <= 60 and _STORY_LINK.fullmatch(s)
              and not (record.timestamp or record.date_line or record.dateline)
              and ":" in (above := next((t.strip() for t in reversed(lines[max(0, i - 2):i]) if t.strip()), ""))):
            # "Сюжет: Переговоры по Украине" / "Все новости сюжета (248) →", "Тема: Выборы в Молдавии" / "Все материалы
            # темы (37) →": an aggregator's story label and the link to its items, over the headline (af2_ru,
            # tc25_ru_story): neither is the title (a label of few words was passed over as a label line)
            if headings and headings[-1][1] == above:
                headings.pop()
        elif not headings and _LOGO.fullmatch(s):
            pass                                  # "N1", "B92", "1tv": a site's name of letters and digits
        elif _is_menu_token(s) and not _is_heading(s):
            pass                                  # "Ö3", "X", "24/7" in a site's menu: no text starts there
        elif len(s) <= 160 and spaced_menu(s):
            # "Nyheter   Sverige   Världen   Ekonomi ...": a site's menu printed on one line, its items parted by runs
            # of spaces or tabs (a headline's words are parted by one space): no heading, and above the headline
            # what stands over it is the site's header (its name), as over a breadcrumb
            # (a share bar, "Jaa   Facebook   X   Sähköposti", may stand under the headline: it ends no header)
            items = _MENU_GAP.split(s)
            if not (record.timestamp or record.date_line or record.dateline) \
                    and not any(_SOCIAL.match(item) for item in items):
                menu_items.update(item.casefold() for item in items)
                if headings:
                    header_cut = len(headings)
        elif _BUTTONS_AT_END.search(s):
            pass                                  # "128 clics  ·  14 votos  ·  [Votar]  [Compartir]": a bar of
                                                  # buttons (under the headline too), no heading
        elif (headings and len(s) <= 60 and not (record.timestamp or record.date_line or record.dateline)
              and len(headings) <= 2 and all(len(h.split()) <= 4 for _, h in headings) and _masthead_sentences(s)):
            pass                                  # "Independent. Investigativ. Din 2004." under a paper's name: its
                                                  # tagline, no text's start (ai1_ro, tc23_bg)
        elif (headings and record.dateline is None and not record.date_line_place and len(s) <= 60
              and (byline_place := _byline_place(s)) is not None):
            record.date_line_place = byline_place   # "Jan Kalous | Praha", "Selin Aydın - Ankara" under the headline:
                                                    # the author and the city the item is filed from, no heading
        elif _is_heading(s):
            if (headings and not rubric_cut and _is_rubric(s)
                    and not (record.timestamp or record.date_line or record.dateline)):
                rubric_cut = len(headings)        # "Міністерство ..." / "Новини" / headline (a tag under
                                                  # a headline and its date is no rubric)
            headings.append((i, s))
        else:
            body_start = i
            if not (record.timestamp or record.date_line or record.dateline or labels.get("date")):
                _stamp_under_standfirst(lines, i, used, record, " ".join(h for _, h in headings[-2:]))
            break
        i += 1
    menu_cut = _menu_end(headings, "\n".join(lines[body_start:body_start + 60])[:6000])
    if news_cut and (record.timestamp or record.date_line or record.dateline or labels.get("date")):
        header_cut = max(header_cut, news_cut)    # (on a dated page: above a news section is the site's)
    label_type = next((v.strip() for v in labels.get("content_type", []) if v.strip()), None)
    if label_type:                            # "Content type: News" wins over a rubric word
        record.content_type = CONTENT_TYPES.get(label_type.lower(), label_type)
    lead = "\n".join(lines[body_start:body_start + 60])[:6000]     # a headline shares a word with its text
    record.headings = _merge_wrapped(headings)       # all of them: a site's header may name the issuer
    cut = max(header_cut, menu_cut)
    if cut > header_cut and not any(len(h.split()) >= 3 for _, h in headings[cut:]):
        cut = header_cut                      # (a menu closing the headings, share buttons under the headline, ends
                                              # no header: a breadcrumb above the headline still does; n2_it)
    kept = _without_label_block(_without_kicker(_below_site_header(headings, cut, rubric_cut, lead), lines, body_start),
                                lines)
    below = _merge_wrapped(kept)
    if labels.get("source") and len(below) >= 2:
        # the issuer's name over the headline, which the source label under it repeats ("EDSO Augstais komisārs
        # nacionālo minoritāšu jautājumos" / headline / "Avots: EDSO Augstais komisārs ...", ah2_lv; "Amtierender
        # Vorsitz" / headline / "Quelle: Amtierender Vorsitz", ah3_de): a section's header, no title
        named = {_fold_line(v) for v in labels["source"]}
        below = [h for n, h in enumerate(below) if _fold_line(h) not in named
                 or not any(len(later.split()) >= 4 and len(later.split()) > len(h.split()) for later in below[n + 1:])]
    if menu_cut or bullet_menu or captured:
        record.own_headings = below        # (a capture's: the archived site's masthead heads no item of its own)
    undated = not (record.timestamp or record.date_line or record.dateline or labels.get("date"))
    record.title = None if search_view else (_hinted_title(record.headings, title_hint)
                                             or _crumbed_heading(headings, crumb)
                                             or (under_type if any(h == under_type for _, h in kept) else None)
                                             # (under a breadcrumb: what stands over it is the site's header, the
                                             # masthead naming the site's body, ah3_pt)
                                             or (_entity_name(headings[crumb[0]:] if crumb else headings, lead)
                                                 if undated else None)
                                             or _rubric_headline(headings, kept)
                                             or (None if undated else _under_menu_rubric(headings, kept))
                                             or (None if undated else _beside_menu_rubric(kept, menu_items))
                                             or choose_title(below, _repeated_lines(lines, start), lead,
                                                             news=bool(record.timestamp or record.date_line
                                                                       or record.dateline)))
    if (worded and not label_type and headings and record.title == headings[0][1]
            and not (record.timestamp or record.date_line or record.dateline)):
        record.content_type = None            # an entity page's own name over its menu's "News" (a news section's
                                              # name): no news item
    if record.title is None and headings and headings[0][0] == start and body_start == len(lines):
        body_start = start
    if record.title is None and not headings and not search_view and record.dateline_rest:
        record.title = _title_after_text(lines, body_start)
    body_lines = [clean_caption(line) if is_caption(line) else line.strip()
                  for n, line in enumerate(lines[body_start:], start=body_start) if n not in used]
    record.body = "\n".join(_without_chrome([line for line in body_lines if line and not _IMAGE.match(line)]))
    record.footer = site_footer(record.body, above=_has_heading(record))
    if record.byline_agency is None and not (record.dateline and record.dateline.agency):
        record.byline_agency = _end_credit(record.body) or _end_chain(lines, body_start)
    if record.dateline is None:
        record.dateline = _dateline_in_body(lines, body_start, used)
    if record.dateline is None and record.title:
        # "LUGANO. La ministra ..." opening the text under the stamp (af1_ca, tc20_gl): a city in capitals and a
        # full stop, one the data knows or the headline names
        first = next((ln.strip() for n, ln in enumerate(lines[body_start:body_start + 8], start=body_start)
                      if ln.strip() and n not in used), "")
        record.dateline = _opening_city(first, record.title) if first[:1].isupper() else None
    if (record.timestamp is None and record.date_line is None and not labels.get("date")
            and not (record.dateline and record.dateline.date)):
        record.timestamp = trailing_stamp(lines, body_start + 1, used)   # a stamp only below the text
    return record


#: a menu's sub-item: a bullet, then a few words with no sentence's end ("- Centre in Bishkek", "• Newsroom")
_MENU_BULLET = re.compile(r"^[-•·*]\s+(?P<item>[^\W\d_][^.!?:;]{1,70})$")


#: a site's box of its most read or latest items, in the region's languages ("Most read", "Самое читаемое",
#: "Najczęściej czytane", "Najčitanije", "Meistgelesen", "Le plus lu", "En çok okunanlar", "Mest lest")
_MOST_READ = re.compile(
    r"^(?:most (?:read|popular|viewed)|popular(?: now)?|trending|"
    r"самое (?:читаемое|популярное)|популярное|найпопулярніше|найчитаніше|найбільш читане|най-четени|"
    r"najczęściej czytane|najpopularniejsze|najčitanije|најчитаније|najčitanije vijesti|nejčtenější|najčítanejšie|"
    r"legolvasottabb|meistgelesen|meistgelesene artikel|le plus lu|les plus lus|più letti|i più letti|"
    r"lo más leído|más leídas|mais lidas|cele mai citite|më të lexuarat|en çok okunan(?:lar)?|mest (?:lest|läst|læste)|"
    r"luetuimmat|luetuimmat uutiset|populiariausi|skaitomiausi|lasītākie|loetumad|meest gelezen|τα πιο δημοφιλή|"
    r"ամենաընթերցվածը|ყველაზე კითხვადი|ең көп оқылған|эң көп окулган|ko['‘’ʻ]p o['‘’ʻ]qilgan|ən çox oxunan)$", re.I)


def _teasers_run_end(lines: list[str], i: int) -> int | None:
    """The line after the teasers under a most-read box's heading ``lines[i]``: two lines or more in a row of
    three words or more (other pages' headlines), closed by a blank line or a rubric of a word or two, with a
    heading of three words or more below (the page's headline); None when the box is no such block (a menu's item
    "Najčitanije" over the rubric)."""
    n, run = i + 1, 0
    while n < len(lines) and lines[n].strip() and len(lines[n].split()) >= 3 and _is_heading(lines[n]):
        run, n = run + 1, n + 1
    if run < 2 or n < len(lines) and lines[n].strip() and len(lines[n].split()) >= 3:
        return None
    below = [line.strip() for line in lines[n:n + 8] if line.strip()]
    return n if any(len(line.split()) >= 3 for line in below) else None


def _menu_bullet(s: str) -> bool:
    """``s`` is a menu's bulleted sub-item: at most eight words, none of a sentence's end or a label's colon."""
    bullet = _MENU_BULLET.match(s)
    return bullet is not None and len(bullet.group("item").split()) <= 8


#: a numbered release's heading: its number, its date and its title on one line ("No: 112, 14 Mayıs 2025, ...")
_NUMBERED_RELEASE = re.compile(r"^(?:No|Nr|Nº|№|Br|Бр|Број|Nö)\s*[:.]?\s*\d{1,5}\s*,\s*"
                               r"(?P<date>[0-3]?\d\.?\s+[^\W\d_]{3,12}\.?\s+(?:19|20)\d\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)"
                               r"\s*,\s*[^\W\d_].{9,}$")
#: a release's number (perhaps with its year) and its kind, no date: "№:012/25, Mətbuat xidməti idarəsinin məlumatı"
_NUMBERED_HEADER = re.compile(r"^(?:No|Nr|Nº|№|Br|Бр|Број)\s*[:.]?\s*\d{1,5}(?:/\d{2,4})?\s*,\s*"
                              r"[^\W\d_][^.!?:;\d]{2,80}$")
#: a word glued to the digit before it, as a capture joins a stamp's spans ("GMT+4Updated")
_GLUED_WORD_AFTER_DIGIT = re.compile(r"(?<=\d)(?=[A-ZА-ЯЁ][a-zа-яё]{3,})")

#: the name of a site's news section in the region's languages: what stands above it on a dated page is
#: the site's header (a ministry's or government's name), what stands under it the headline
_NEWS_SECTIONS = frozenset("""news|новость|latest news|press releases|press centre|press center|newsroom|новости|новини|
вести|вијести|vijesti|vesti|lajme|haberler|xəbərlər|სიახლეები|նորություններ|aktualności|aktuality|actualités|
nachrichten|aktuelles|notizie|noticias|știri|stiri|hírek|naujienos|ziņas|uudised|uutiset|nyheter|nieuws|ειδήσεις|
жаңалықтар|жаңылыктар|yangiliklar|навіни|комюнике|comunicate de presă|comunicate|пресс-центр|прес-центр|
прес-центар|прес центар|saopštenja|соопштенија|basın açıklamaları|mətbuat xidməti|habarlar|ахбор|хабарҳо|
news and press releases|press releases and statements|news and stories|statements|communiqués de presse|communiqués|
actualités et communiqués de presse|saopćenja za javnost|saopštenja za javnost|saopćenja za medije|
saopštenja za medije|саопштења за јавност|саопштења за медије|priopćenja za medije|priopćenja za javnost|
соопштенија за медиуми|соопштенија за јавноста|пресс-релизы|новости и пресс-релизы|прес-релізи|новини та прес-релізи|
pressemitteilungen|medienmitteilungen|comunicati stampa|komunikaty prasowe|tiskové zprávy|tlačové správy|
njoftime për shtyp|njoftime për media|comunicate de presă|comunicados de prensa|persberichten|basın bültenleri|
δελτία τύπου|sajtóközlemények|pranešimai spaudai|paziņojumi presei|pressiteated|sporočila za javnost|
съобщения за медиите|mətbuat relizləri|პრესრელიზები|մամուլի հաղորդագրություններ""".replace(
    "\n", "").split("|"))

#: the conjunctions that join two section names in one heading ("News and press releases", "Nachrichten und
#: Pressemitteilungen", "Lajme dhe njoftime për shtyp", "Daily and spot reports")
_SECTION_AND = re.compile(r"\s+(?:and|und|et|e|y|i|и|і|dhe|ve|və|și|en|og|och|a|ja|és|ir|un|kaj|&)\s+")


#: the last words of the news sections' names and the content types ("pressemitteilungen", "shtyp", "report")
_SECTION_LAST_WORDS = frozenset(name.rsplit(" ", 1)[-1] for name in (*_NEWS_SECTIONS, *CONTENT_TYPES))


def _section_form(part: str) -> bool:
    """A news section's name or a content type, also as the plural an English section prints ("reports")."""
    return part in _NEWS_SECTIONS or part in CONTENT_TYPES or part.endswith("s") and part[:-1] in CONTENT_TYPES


def _joined_sections(low: str) -> bool:
    """A heading of two section names joined by a conjunction, each a news section or a content type of the
    region's languages ("Nachrichten und Pressemitteilungen", aa3_de; "Lajme dhe njoftime për shtyp", aa1_sq),
    also two modifiers sharing one head noun ("Daily and spot reports", aa2_en2: a daily report and a spot
    report): a site's section over the headline, never a title."""
    if len(low) > 60 or " " not in low:
        return False
    last = low.rsplit(" ", 1)[1]
    if last not in _SECTION_LAST_WORDS and last[:-1] not in _SECTION_LAST_WORDS:
        return False                          # (a cheap look first: every heading above the text is asked)
    parts = _SECTION_AND.split(low)
    if len(parts) != 2:
        return False
    left, right = parts
    if _section_form(left) and _section_form(right):
        return True
    head = right.rsplit(" ", 1)
    return len(head) == 2 and " " not in left and _section_form(right) and _section_form(f"{left} {head[1]}")


#: a menu's item: one to four words, no sentence's end ("Politika", "Basın Açıklamaları", "Le Goût du Monde")
_MENU_ITEM = re.compile(r"[^\W_][\w.'’&+/-]*(?:\s+[^\W_][\w.'’&+/-]*){0,3}")


#: the run of blanks that parts a one-line menu's items: two spaces or more, or a tab
_MENU_GAP = re.compile(r"\s*\t\s*| {2,}")
#: what a one-line menu's item never holds: a figure, a sentence's or a quotation's mark
_NOT_IN_ITEM = re.compile(r"[\d.!?:;,\"“”„«»()]")


#: a one-line menu's item that is a number alone ("360", "24"): a section's name
_MENU_NUMBER = re.compile(r"\d{1,4}")


_PLACEHOLDER_DOTS = re.compile(r"(?<=[^\W\d_])(?:\.{3}|…)$")


def spaced_menu(s: str) -> bool:
    """A line of three or more short items parted by runs of spaces or tabs, each of one to four words and opening
    with a letter that is no lower-case one: a site's menu or share bar printed on one line ("Nyheter   Sverige
    Världen   Ekonomi   Debatt", "Асосӣ   Дар бораи мо   Фаъолият", "Actualitate\tPolitică\tExterne"), never a
    headline (whose words one space parts)."""
    if "  " not in s and "\t" not in s:
        return False
    # (a search box's placeholder at the end, "Caută...", "Search…", is an item whose dots are no sentence's: ag1_ro)
    items = _MENU_GAP.split(_PLACEHOLDER_DOTS.sub("", s.strip()))
    # (a section named by a number, "Sport   360   Podcast", "Sports   365   Podkāsti", is one of several worded ones)
    worded = [item for item in items if not _MENU_NUMBER.fullmatch(item)]
    if len(worded) < len(items) and (len(worded) < 3 or 3 * (len(items) - len(worded)) > len(worded)):
        return False
    items = worded
    # (Georgian's letters are lower-case ones to Unicode, but the script has no capitals: "მთავარი   პოლიტიკა")
    return len(items) >= 3 and all(len(item) <= 32 and len(item.split()) <= 4 and item[0].isalpha()
                                   and (not item[0].islower() or "\u10d0" <= item[0] <= "\u10ff")
                                   and not _NOT_IN_ITEM.search(item) for item in items)


def _is_menu_token(s: str) -> bool:
    """A line of one or two short words a site's menu prints, that is no heading by its shape
    ("Ö3", "24/7"): never where a text starts."""
    return len(s) <= 15 and len(s.split()) <= 2 \
        and (not s.endswith((".", ":", ",", ";")) or bool(_ABBREVIATION.fullmatch(s))) \
        and not parse_dateline(s) and not _HAS_YEAR.search(s)


#: an abbreviation of initials a menu prints ("U.S.", "U.K.", "E.U."): its full stop ends no sentence
_ABBREVIATION = re.compile(r"(?:[^\W\d_]\.){2,4}")


def _menu_end(headings: list[tuple[int, str]], lead: str) -> int:
    """The index in ``headings`` after the last menu above the headline: three or more headings in
    a row of one to four words each ("Главное / Политика / Экономика", "Domov / Slovensko /
    Zahraničie", "Culture / Le Goût du Monde"), when a heading of three words or more follows it; 0
    when there is none. Sites print their name, their menus and their rubric above the headline, in
    that order, so what stands above a menu is the site's header, whatever its shape. A heading that
    shares two words with the text (a short headline) is no menu's item."""
    end = run = 0
    words: frozenset[str] | None = None
    for n, (_, heading) in enumerate(headings):
        short = len(heading) <= 30 and _MENU_ITEM.fullmatch(heading) and not re.search(r"\d", heading)
        if short and len(heading.split()) >= 3 and _rubric_headline(headings, headings[n:n + 2]):
            short = False                         # the headline under the rubric, however short
        if short and len(heading.split()) >= 3:
            words = _stems(lead) if words is None else words
            short = _overlap(heading, words) < 2
        if short:
            run += 1
            if run >= 3:
                end = n + 1
        else:
            run = 0
    if end and (end == len(headings) or any(len(h.split()) >= 3 for _, h in headings[end:])):
        return end
    return 0


def _under_repeated_rubric(headings: list[tuple[int, str]], n: int) -> bool:
    """Whether the heading ``n`` stands right under the page's rubric: a menu's item printed again on the line
    above it ("Мир" / ... / "Мир" / headline), as papers and agencies print the section over the headline."""
    if n < 2:
        return False
    rubric = headings[n - 1][1]
    return len(rubric.split()) <= 2 and any(h == rubric for _, h in headings[:n - 1])


#: how many words a sub-headline or standfirst under a short headline has at least (a headline under a topic's
#: kicker has fewer: "Parlamentswahl in Georgien" / "OSZE sieht Einschüchterung von Wählern")
_STANDFIRST_WORDS = 9


def _rubric_headline(headings: list[tuple[int, str]], kept: list[tuple[int, str]]) -> str | None:
    """The headline a paper prints right under its rubric, short, above a longer sub-headline or standfirst
    ("Без общего знаменателя" / "Совет министров ОБСЕ в Вене вновь завершился без ...", Izvestia; "ОБСЕ на
    голодном пайке" / "Организация четвертый год живет ...", Nezavisimaya Gazeta): the first heading kept, of two to
    six words, when it stands under a repeated rubric and the next one has nine words or more. A short headline
    shares few words with the text, so the title's choice would pass it over. None otherwise (Kommersant's
    six-word sub-headline is not told from a headline under a kicker: left to the choice)."""
    if len(kept) < 2:
        return None
    first, second = kept[0][1], kept[1][1]
    # (the cheap checks first: _menu_end asks this of every short heading, and a page may hold thousands)
    if not 2 <= len(first.split()) <= 6 or len(second.split()) < _STANDFIRST_WORDS or kept[0] not in headings \
            or is_chrome(first) or first.lower() in SECTION_WORDS or is_press_header(first) or _release_header(first):
        return None                               # (a topic's kicker above a headline is read by _without_kicker)
    return first if _under_repeated_rubric(headings, headings.index(kept[0])) else None


def _under_menu_rubric(headings: list[tuple[int, str]], kept: list[tuple[int, str]]) -> str | None:
    """On a dated page, the last heading kept, of four words or more, when it stands right under a rubric the
    site's menu printed above (a short item said again over the headline: "Comunicados" in a government's menu
    and over its release, aa3_pt; "Свят" in an aggregator's menu and over its item, aa3_bg): what stands above
    the rubric is the site's (a ministry's name, a "top" box), the headline is the heading under it."""
    if len(kept) < 2 or kept[-1] not in headings:
        return None
    heading = kept[-1][1]
    if len(heading.split()) < 4 or is_chrome(heading) or is_press_header(heading) or _release_header(heading) \
            or _is_date_only_line(heading):
        # (session 15) nor a date line under the agency's name said again as its byline ("Ritzau" / "Onsdag den 21.
        # februar 2024, kl. 10.15", an3_da; "NTB" / "Mandag 4. november 2024, kl. 09.40", tc33_no_byline)
        return None
    n = headings.index(kept[-1])
    return heading if _under_repeated_rubric(headings, n) and headings[n - 1] in kept else None


def _beside_menu_rubric(kept: list[tuple[int, str]], menu_items: set[str]) -> str | None:
    """On a dated page, the headline beside its rubric, an item of the site's menu printed on one line above
    ("Portada  Política  Món  Economia" ... "Món" / headline, ad3_ca, tc2's aggregators; headline / "Siyasət" / stamp,
    ad2_az, tc1_tr): the heading right under the rubric, or right above it when the rubric closes the headings; of
    four words or more. What stands on the rubric's other side is the site's (its tagline "Agregador de notícies ·
    Actualitzat cada 15 minuts", its "latest news" heading "Ən son xəbərlər"). None when no kept heading is such a
    rubric, or the heading beside it is shorter (a topic's kicker: left to the choice)."""
    if not menu_items or len(kept) < 2:
        return None
    for n, (_, rubric) in enumerate(kept):
        if len(rubric.split()) > 3 or rubric.casefold() not in menu_items:
            continue
        beside = kept[n + 1][1] if n + 1 < len(kept) else kept[n - 1][1] if n else ""
        if len(beside.split()) < 4 or is_chrome(beside) or is_press_header(beside) or _release_header(beside) \
                or beside.casefold() in menu_items:
            return None
        return beside
    return None


def _crumbed_heading(headings: list[tuple[int, str]], crumb: tuple[int, str] | None) -> str | None:
    """The page's own heading: the first heading under a breadcrumb that repeats the breadcrumb's last item (the
    page the path leads to: "Почетна / За Мисијата" / "За Мисијата", n2_mk; "/ OSCE Mission to Bosnia and
    Herzegovina" / its name, ta3_en_ent), when no longer heading of four words or more stands under it (a
    section's name over a headline, "Home / News" / "News" / headline, gives way to the headline)."""
    if crumb is None or not crumb[1]:
        return None
    at, item = crumb
    folded = _fold_line(item)
    for n in range(at, len(headings)):
        heading = headings[n][1]
        if _fold_line(heading) == folded or (n == at and ":" in heading
                                             and _fold_line(heading.split(":", 1)[0]) == folded):
            words = len(heading.split())
            if any(len(h.split()) >= 4 and len(h.split()) > words for _, h in headings[n + 1:]):
                return None
            return heading
    if len(headings) == at + 1 and not is_chrome(headings[at][1]):
        return headings[at][1]            # the one heading between the breadcrumb and the text, however short
                                          # ("Kryefaqja / Rreth nesh" / "Rreth Prezencës": o1_sq)
    return None


def _entity_name(headings: list[tuple[int, str]], lead: str) -> str | None:
    """An undated page's own name over its own menu: the last heading of four words or more that the text's
    first sentence says again, when only a menu's items (three or more, of three words at most) stand under it
    ("Büro für demokratische Institutionen und Menschenrechte" / "Über das BDIMR" / "Wahlen" / ... / "Das Büro für
    demokratische Institutionen und Menschenrechte (BDIMR) der OSZE ...", ta3_de_ent; "OSCE Mission to Bosnia and
    Herzegovina" / "Overview" / "Head of Mission" / "Vacancies" / "The OSCE Mission to ...", ta3_en_ent): an entity
    page of the old and the new layout, whose menu a site's menu looks like."""
    if not lead:
        return None
    for n in range(len(headings) - 1, -1, -1):
        heading = headings[n][1]
        if len(heading.split()) > 3:
            if len(headings) - n > 3 and _opens_text(heading, lead) and not is_chrome(heading):
                return heading                # (a menu: three items or more; one heading under the body's
            return None                       # name is the page's topic, entity_002's "Safety of Journalists")
    return None


#: a link to a story's items, their count in brackets and an arrow: "Все новости сюжета (248) →", "All stories (12) ›"
_STORY_LINK = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4}\s*\(\d{1,5}\)\s*[→»›>]")

#: a word of letters (a weekday's name in a date bar)
_WORD_RE = re.compile(r"[^\W\d_]+")

#: a count of a page's comments or postings, alone on its line: "47 Postings", "12 Kommentare"
_COUNT_LINE = re.compile(r"\d{1,5}\s+[^\W\d_]{4,14}")


def _stamp_under_standfirst(lines: list[str], i: int, used: set[int], record: RawRecord, headline: str = "") -> None:
    """A headline's standfirst (a sentence or two) printed above the stamp and the agency's credit:
    "Headline / Standfirst. / Hina / Ponedjeljak, 18.12.2023. u 16:44 / TEXT". The three lines under
    a short first paragraph are read for a stamp line (the page's date) and a line that is only a
    name (the agency it credits, when the reference data knows it)."""
    if len(lines[i].strip()) > 300:
        return
    seen, alone = 0, None
    for n in range(i + 1, len(lines)):
        s = lines[n].strip()
        if not s or n in used:
            continue
        seen += 1
        if seen > 3 or len(s) > 120:
            return
        stamp = (site_timestamp(s) or meta_line_date(s) or loose_stamp(s)) if _HAS_YEAR.search(s) else None
        if stamp:
            record.timestamp = stamp
            after = [t for t in lines[n + 1:n + 4] if t.strip()]
            if len(after) > 1 and _COUNT_LINE.fullmatch(after[0].strip()):
                after = after[1:]                 # "47 Postings", "12 Kommentare": a count of comments under the
                                                  # stamp, over the text (aj1_de, tc24_de_slash)
            nxt = after[0] if after else ""
            if record.dateline is None and alone is not None:
                record.dateline = alone           # "Jussi Niemi HS" / "Wien" / "2.1.2025 21:15": a known city alone
                                                  # right over the stamp (ah2_fi; ANSA's "ROMA" in capitals, ad2_it)
            elif record.dateline is None and (dashed := _city_before_dash(nxt)
                                            or _opening_city(nxt, f"{headline} {lines[i]}")
                                            or parse_dateline(nxt.strip(), allow_alone=False)) is not None:
                record.dateline = dashed          # "Valletta – Der Ministerrat ...": the text under the stamp; or
                                                  # "BRATISLAVA. Dvojdňové ...", a city in capitals and a full stop;
                                                  # or a dateline of its own ("VIENNA — The OSCE ...", under a byline
                                                  # and the stamp: tc14_en_crumb)
            return
        if len(s.split()) <= 5 and len(s) <= 40 and _credited_agency(s):
            record.byline_agency = record.byline_agency or s
        alone = _city_alone(s) if len(s) <= 40 else None


#: what joins the names of a credit line: "LRT.lt, BNS", "Le Monde avec AFP", "RTS / Tanjug"
_CREDIT_SEPARATOR = re.compile(r"\s*[,/&+]\s*|\s+(?:avec|with|mit|con|con la|i|и|і|və|ve|și|e|y|and|und|et)\s+",
                               re.I)


def credit_names(s: str) -> list[str]:
    """The names of a credit line, in its order."""
    return [part.strip(" .") for part in _CREDIT_SEPARATOR.split(s) if part.strip(" .")]


#: an agency's code alone: two to six capitals ("TT", "NTB", "BNS", "ATSH", "ΚΥΠΕ", "БТА")
_AGENCY_ACRONYM = re.compile(r"[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω]{2,6}")


def _credited_agency(s: str) -> bool:
    """Whether a short line names an external body (a news agency, a broadcaster) as its whole or as
    one of its parts ("Hina", "LRT.lt, BNS", "Le Monde avec AFP"), or is an agency's code the data
    may not list ("TT", "NTB"): a code of capitals beside the stamp is no tag (tags are words) and no
    byline (names are words)."""
    from osce_kg.loader.reference import reference  # the data is loaded once, lazily

    if _AGENCY_ACRONYM.fullmatch(s.strip()):
        return True
    from osce_kg.loader.extract.document import agency_label

    ref = reference()
    for name in credit_names(s):
        label = ref.lookup("organization", name) or agency_label(name, ref)
        if label and ref.organizations[label].kind == "external":
            return True
    return False


def _credit_line(s: str, lines: list[str], i: int) -> str | None:
    """A short line beside the headline's stamp (above or under it) that credits an agency: the
    agency the item is from."""
    if len(s) > 40 or len(s.split()) > 5 or _HAS_YEAR.search(s):
        return None
    return s if _beside_stamp(lines, i) and _credited_agency(s) else None


def _source_line(s: str, lines: list[str], i: int) -> bool:
    """Whether a line beside the headline's stamp is wholly a body's name the reference data knows: an
    aggregator's or a portal's source line ("Organization for Security and Co-operation in Europe"
    under the headline, above "12 Mar 2024 2:20 pm AEDT")."""
    if len(s) > 90 or not 2 <= len(s.split()) <= 12 or _HAS_YEAR.search(s) or not _beside_stamp(lines, i):
        return False                      # (one word beside a date is a tag: "OSCE")
    from osce_kg.loader.reference import reference  # the data is loaded once, lazily

    ref = reference()
    return bool(ref.lookup("organization", s) or ref.lookup("field_operation", s))


def _beside_stamp(lines: list[str], i: int) -> bool:
    """Whether the line above or under ``lines[i]`` is a stamp line."""
    prev = next((lines[n].strip() for n in range(i - 1, max(i - 4, -1), -1) if lines[n].strip()), "")
    beside = [t for t in (prev, _next_text(lines, i)) if t and len(t) <= 120 and _HAS_YEAR.search(t)]
    return any(site_timestamp(t) or meta_line_date(t) or loose_stamp(t) for t in beside)


# a paper's issue line: "Газета «Коммерсантъ» №45 от 14.03.2024, стр. 6", "Nr. 61 vom 12.03.2024"
_ISSUE = re.compile(r"(?:№|\bNo\.|\bNr\.|\bbr\.|\bбр\.)\s*\d+(?:\s*\(\d+\))?,?\s*(?:от|від|vom|du|of|z|od|dated)?\s*",
                    re.I)


def _agency_stamp(s: str) -> dt.date | None:
    """The stamp of an aggregator's line naming the item's agency, then its date and time ("Reuters, September 23,
    2024, 9:12 AM", sb4_en; "ТАСС, 12 марта 2024, 14:20", sb4_ru; "РИА Новости, 5 декабря 2024, 18:45", sa3_ru): the
    agency one the reference data knows, the rest a stamp alone. (The agency is the item's source: issuer.py.)"""
    head, comma, rest = s.partition(",")
    if not comma or len(head) > 30 or len(s) > 90:
        return None
    date = loose_stamp(rest)
    return date if date is not None and known_agency(head.strip()) else None


def _issue_date(s: str) -> dt.date | None:
    """The date of a short line giving a paper's issue, its number and then its date."""
    m = _ISSUE.search(s) if len(s) <= 100 else None
    if m is None:
        return None
    span = find_date_span(s[m.end():])
    return span[2] if span and span[0] == 0 and span[3] else None


#: a site's name of letters and digits above everything ("N1", "B92", "RTL2", "1tv", "24.kg")
_LOGO = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[^\W\d_])[\w.\-]{2,12}")


def _is_rubric(s: str) -> bool:
    """A rubric ("Новини", "Politika", "Dünya", "Sala stampa", "Xarici siyasət"): one or two words of
    letters, the first capitalised, that are neither a section heading of an entity page nor a
    content type."""
    words = s.split()
    return (len(words) <= 2 and len(s) <= 25 and s[:1].isupper() and all(w.isalpha() for w in words)
            and s.lower() not in SECTION_WORDS and s.lower() not in CONTENT_TYPES
            and not _FUNCTION_END.search(s))     # "Remarks by" / "Name, post": a wrapped title


def _below_site_header(headings: list[tuple[int, str]], header_cut: int, rubric_cut: int,
                       lead: str) -> list[tuple[int, str]]:
    """The headings without the site's header above a breadcrumb or a rubric: sites print their
    name (a ministry's, an agency's), then their navigation, then the headline. Headings above a
    breadcrumb give way when a heading of three words or more follows it; headings above a
    (first) rubric only when they hold no number, are no longer than a body's name (twelve words)
    and have a smaller share of their words in the text than the headline under the rubric (a
    rubric printed under a headline keeps it)."""
    after = headings[header_cut:]
    if header_cut and any(len(h.split()) >= 3 for _, h in after):
        return after
    if not rubric_cut:
        return headings
    above, below = headings[:rubric_cut], headings[rubric_cut:]
    if any(len(h.split()) > 12 or re.search(r"\d", h) for _, h in above):
        return headings
    words = _stems(lead)
    best_above = max(_share(h, words) for _, h in above)
    if any(len(h.split()) >= 3 and _overlap(h, words) >= 2 and _share(h, words) > best_above for _, h in below):
        return below
    return headings


def _without_kicker(headings: list[tuple[int, str]], lines: list[str], body_start: int) -> list[tuple[int, str]]:
    """The headings without a kicker: on a page whose own last two headings are two lines in a row
    (under rubrics only), a
    short one (at most four words, no colon) right above a headline of three to eight words that the
    stamp, a standfirst or the text follows ("Parlamentswahl in Georgien" / "OSZE sieht Einschüchterung
    von Wählern"; "OSZE-Treffen in Malta" / "Lawrow bleibt draußen"): German, Italian, Spanish and
    Polish sites print the topic above the headline."""
    if len(headings) < 2 or any(len(h.split()) > 2 for _, h in headings[:-2]):
        return headings                           # (above the two, only rubrics of a word or two)
    (i, first), (j, second) = headings[-2:]
    if any(line.strip() for line in lines[i + 1:j]) or j >= body_start:
        return headings                           # (not two lines in a row)
    if len(first.split()) > 4 or ":" in first or not 3 <= len(second.split()) <= 8 or len(second) > 70:
        return headings
    after = _next_text(lines, j)
    if not _HAS_YEAR.search(after) and not _is_heading(after) and len(after) <= 300:
        k = next((n for n in range(j + 1, len(lines)) if lines[n].strip()), j)
        after = _next_text(lines, k)                             # a standfirst, then the stamp
    if _HAS_YEAR.search(after) and len(after) <= 60:             # a stamp (even an "as of" one) follows
        return headings[:-2] + headings[-1:]
    return headings


#: a metadata field's line: a capitalised label of one or two words, a colon, its value ("Format: News and Press
#: Release", "Topic: Elections, Freedom of assembly", "Source: OSCE")
_FIELD_LINE = re.compile(r"^[^\W\d_][^\W\d_]{1,20}(?: [^\W\d_]{1,20})?:\s+\S")


def _in_label_block(lines: list[str], i: int) -> bool:
    """Line ``i`` is one of three or more lines in a row that are each a metadata field ("Source: OSCE" / "Country:
    Ukraine, Moldova" / "Format: News and Press Release" / "Theme: ..." / "Language: English"), the label's first
    letter a capital and no State's, city's or body's name the reference data knows (a headline "Ukraine: ..." names
    one)."""
    from osce_kg.loader.reference import reference

    def field(n: int) -> bool:
        s = lines[n].strip() if 0 <= n < len(lines) else ""
        if not _FIELD_LINE.match(s) or not s[:1].isupper():
            return False
        label = s.split(":", 1)[0]
        ref = reference()
        return not (label.isupper() or ref.lookup("state", label) or ref.lookup("city", label)
                    or ref.lookup("organization", label))

    if not field(i):
        return False
    run = 1
    n = i - 1
    while field(n):
        run, n = run + 1, n - 1
    n = i + 1
    while field(n):
        run, n = run + 1, n + 1
    return run >= 3


def _without_label_block(kept: list[tuple[int, str]], lines: list[str]) -> list[tuple[int, str]]:
    """``kept`` less the headings that are fields of a metadata block (:func:`_in_label_block`) standing over a
    later heading of three words or more (the headline): an aggregator's "Format: News and Press Release" / "Theme:
    ..." over it (al2_en), a portal's "Type:" / "Region:" / "Topic:" / "Language:" lines (tc26_en_meta). A block's
    field that no heading follows stays (a headline "Interview: ..." over its "Date:" and "Source:" lines)."""
    if len(kept) >= 2 and any(("•" in h or "·" in h) and _meta_parts(h) for _, h in kept[:-1]):
        # (session 15) "Świat  •  dodano 5 godz. temu  •  źródło: PAP" (an1_pl), "Buitenland · via ANP · opgehaald 14
        # november 2023 om 09:12" (an2_nl), "Zahraničí · přes ČTK · staženo ..." (tc31_cs_meta): a reader's line of
        # the item's rubric, source and time over the headline, no title
        kept = [(i, h) for n, (i, h) in enumerate(kept)
                if not (_meta_parts(h) and any(len(later.split()) >= 4 for _, later in kept[n + 1:]))]
    if len(kept) < 2 or not any(":" in h for _, h in kept[:-1]):
        return kept
    blocked = [n for n, (i, h) in enumerate(kept[:-1]) if ":" in h and _in_label_block(lines, i)]
    if not blocked:
        return kept
    out = []
    for n, (i, h) in enumerate(kept):
        if n in blocked and any(len(later.split()) >= 3 and m not in blocked
                                for m, (_, later) in enumerate(kept[n + 1:], start=n + 1)):
            continue
        out.append((i, h))
    return out


#: a date in brackets closing a value: "Il Piccolo (14.03.2024)", "Večernji list (21.09.2024.)"
_BRACKETED = re.compile(r"\((?P<date>[^()]{6,30})\)$")


def _bracketed_date(value: str) -> dt.date | None:
    """The full date (with its year) that is all of the brackets closing ``value``, else None."""
    m = _BRACKETED.search(value.strip())
    if not m:
        return None
    inner = m.group("date").strip().rstrip(".")
    span = find_date_span(inner)
    return span[2] if span and span[0] == 0 and span[1] == len(inner) and span[3] else None


def _share(heading: str, body_words: frozenset[str]) -> float:
    """The share of a heading's word stems that the text has too: a headline's are mostly there, a
    site's name's ("Ministero degli Affari Esteri e della Cooperazione Internazionale") less."""
    stems = _stems(heading)
    return len(stems & body_words) / len(stems) if stems else 0.0


def _title_after_text(lines: list[str], body_start: int) -> str | None:
    """A headline printed only after the text that opens with the dateline (a release whose
    capture put the heading below it): the first heading-shaped line among the next few whose
    longer words are mostly in that paragraph."""
    lead = _stems(lines[body_start])
    seen = 0
    for line in lines[body_start + 1:]:
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > 4:
            return None
        words = _stems(s)
        if (4 <= len(s.split()) <= 25 and _is_heading(s) and not is_chrome(s) and len(words) >= 2
                and len(words & lead) * 2 >= len(words)):
            return s
    return None


def _masthead_tagline(rest: str) -> bool:
    """What follows the dash of an undated "NAME - ..." above every heading is a site's tagline, no text: a few words
    (eight at most) that end in no sentence's mark."""
    rest = rest.strip()
    return bool(rest) and len(rest.split()) <= 8 and rest[-1] not in ".!?:;\"»”"


def _next_line(lines: list[str], i: int) -> str:
    """The next line after ``i`` that is not blank, stripped ("" at the end)."""
    return next((ln.strip() for ln in lines[i + 1:i + 4] if ln.strip()), "")


def _next_text(lines: list[str], i: int) -> str:
    """The next non-blank line after ``lines[i]`` (stripped), or ""."""
    return next((line.strip() for line in lines[i + 1:i + 6] if line.strip()), "")


#: the words a teasers' heading is made of, in the region's languages ("Mai multe știri", "Leia também", "Noticias
#: relacionadas", "Potrebbe interessarti anche", "Още по темата", "Kapcsolódó", "Sur le même sujet", "Повезане
#: вести"): related, similar, more, also, other, on the same topic, "you may like"
_TEASER_WORDS = re.compile(
    r"\b(?:related|similar|more (?:news|stories|on this)|recommended|same (?:topic|subject)|"
    r"relacionad[ao]s|relacionad[ao]|também|tambem|también|más noticias|mais notícias|anche|correlat[ie]|altre notizie|"
    r"interessar(?:ti|e)|même sujet|aussi|à lire|weitere|ähnliche|zum thema|auch interessant|"
    r"mai multe|similare|citește|vezi|kapcsolódó|további|ajánló|érdekelheti|още|свързани|подобни|по темата|"
    r"также|похожие|связанные|ещё|другие новости|по теме|також|схожі|пов['’]язані|більше новин|інші новини|"
    r"povezan[ei]|vezan[ei]|slične|sličn[ei]|još|повезане|сличне|више вести|још вести|поврзани|уште|повеќе|"
    r"ngjashme|edhe|më shumë|ilgili|benzer|daha fazla|diğer haberler|także|też|powiązane|podobne|więcej|"
    r"související|súvisiace|zajímat|zaujímať|další zprávy|ďalšie správy|tudi|sorodne|več novic|susiję|daugiau|"
    r"saistīt|vairāk|seotud|myös|aiheesta|också|relaterat|ook|meer nieuws|gerelateerd|også|επίσης|σχετικά|"
    r"oxşar|digər|ұқсас|қатысты|окшош|oid|o['‘’ʻ]xshash|նմանատիպ|მსგავსი|"
    # (round 2, T: n2_lt "Susijusios naujienos", n2_nl "Meer over dit onderwerp", n3_kk "Тақырып бойынша", n3_tg
    # "Хабарҳои дигар", n3_uz "So'nggi yangiliklar": related, more on, on the topic, other, latest news)
    r"susijusi\w*|meer over|бойынша|дигар|so['‘’ʻ]nggi)\b", re.I)


def _teasers_heading(lines: list[str], n: int) -> bool:
    """``lines[n]`` heads other pages' teasers: a known teasers' heading, or a short line (one to five words,
    a colon at most, no sentence's end) of a teasers' word with a headline under it (three words or more,
    no sentence's end): by its place under the text, what follows is another page's."""
    s = lines[n].strip()
    if _TEASERS.match(s):
        return True
    if not _may_head_teasers(s):
        return False
    after = [line.strip() for line in lines[n + 1:n + 4] if line.strip()]
    if len(after) >= 2 and (after[0].lower() in CONTENT_TYPES or after[0].isalpha() and after[0][:1].isupper()):
        after = after[1:]                     # "Похожие материалы" / "Пресс-релиз" (a content type, a word) / a
                                              # headline: osce.org's teasers (n1_ru, n2_ru)
    following = after[0] if after else ""
    return len(following.split()) >= 3 and len(following) <= 160 and not re.search(r"[.!?]$", following)


@line_cache
def _may_head_teasers(s: str) -> bool:
    """``s`` (a stripped line) has a teasers' heading's shape: one to five words with a teasers' word, a colon at
    most, no sentence's end, no digit, no section's name (its answers kept: a page may repeat a line thousands of
    times)."""
    return not (len(s) > 50 or not 1 <= len(s.split()) <= 5 or re.search(r"[.!?;,]\s*$|\d", s)
                or s.lower().rstrip(" :") in SECTION_WORDS or not _TEASER_WORDS.search(s))


def _without_chrome(lines: list[str]) -> list[str]:
    """Body lines without site chrome; teasers after a 'Check Also' / 'Related Articles'
    line that follows the text are another page's, so the body stops there."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if out and _teasers_heading(lines, n):
            break
        if not is_chrome(line, in_text=True):
            out.append(line)
    return out


@line_cache
def _is_date_only_line(s: str) -> bool:
    """'Ministerie van Buitenlandse Zaken, 29 januari 2003': a short line ending in a full date
    (and perhaps a time: 'Agenda.ge, 12 Mar 2024 - 14:35')."""
    if len(s) > 90 or UPDATE_LABEL.search(re.split(r"\d", s, maxsplit=1)[0]):
        return False                          # "Дата оновлення: 14 березня 2024, 09:30": an edit's
    date, had_year = parse_date(s)
    return bool(date and had_year and "," in s and (_ENDS_IN_DATE.search(s) or _ends_in_year_first(s)))


def _ends_in_year_first(s: str) -> bool:
    """``s`` ends in a full date written year first, the year's word between ("თბილისი, 2023 წლის 15 მარტი",
    "Երևան, 2023 թ. հունիսի 5": a ministry's and an agency's dateline alone on its line, ad3_ka, tc4)."""
    m = _ENDS_IN_YEAR_FIRST.search(s[-40:])
    return m is not None and parse_date(m.group(0))[1]


#: a line's end in a full date's year, perhaps with the year's word ("14 մայիսի 2015 թ.", "22 красавіка 2010 г.",
#: "26. februar 2009. godine": line o's field offices' datelines alone on their line) and a time
#: a time after a date, perhaps after the language's preposition ("plkst. 14:20", "στις 16:45", "o godz. 11:05", "às
#: 09h30", "ob 10:15": tc25_lv_paper, tc25_el_tv, tc25_pl_portal, tc25_pt_paper, aj3_sl)
_TIME_AFTER_DATE = (r"\s*[-–,|]?\s*(?:(?:at|um|om|ob|à|às|a las|alle ore|alle|ore|ora|saat|klo|kell|kl\.|o godz\.|"
                    r"godz\.|o|u|v|в|во|у|о|në|la|plkst\.|στις)\s+)?\d\d?[:h.]\d\d(?:\s*(?:h|Uhr|ч\.?))?")
_ENDS_IN_DATE = re.compile(r"(?:19|20)\d\d\.?(?:\s*(?:года|г\.?|godine|godina|године|година|год\.?|roku|r\.|"
                           rf"року|р\.?|yılı|ж\.?|թ\.?|წ\.?|d\.))?(?:{_TIME_AFTER_DATE})?\s*$")
_TIME_AT_END = re.compile(rf"(?<=\d)\.?(?:{_TIME_AFTER_DATE})\s*$")


_DATE_PLACE = re.compile(
    r"^(?P<date>[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?\.?\s+[^\W\d_]{3,12}\.?(?:\s+(?:19|20)\d\d)?)\s*,\s*"
    r"(?P<place>[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-Џ][\w’'-]+(?:[ -][A-ZÀ-ÞĀ-ŽА-ЯЁЂ-Џ][\w’'-]+){0,3})"
    # "12 March 2024, Bishkek – The Office ...": the date first, then the place and a dash
    r"(?:\s*$|\s+(?:-{1,2}|–|—)\s+(?=\S))")


def parse_date_place(line: str) -> Dateline | None:
    """A venue line, date first: '20-23 April, Garmish-Partenkirchen'. Never raises."""
    m = _DATE_PLACE.match(line.strip())
    if not m:
        return None
    start = re.sub(r"\s*[-–]\s*[0-3]?\d", "", m.group("date"), count=1)
    partial = parse_partial(start)
    if partial is None:
        return None
    year, month, day = partial
    date = make_date(year, month, day) if year else None
    end = len(line) if m.end() >= len(line.strip()) else len(line) - len(line.lstrip()) + m.end()
    return Dateline((m.group("place"),), date, None if year else (month, day), end)


# (in the capitals of every script the datelines' places are read in: Greek "ΒΙΕΝΝΗ. Ο υπουργός ...",
# Armenian, as Latin "WIEN." and Cyrillic "БЕЧ.")
_BARE_UPPER = "A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-ΩΆΈΉΊΌΎΏԱ-Ֆ"
_BARE_PLACE = re.compile(rf"^(?P<place>[{_BARE_UPPER}][{_BARE_UPPER}'’-]{{2,24}}(?: [{_BARE_UPPER}'’-]{{2,24}})?)"
                         r"(?:\.\s+(?=[^\W\d_])|\s*$)")


def _opening_city(line: str, headline: str = "") -> Dateline | None:
    """A bare dateline opening a paragraph of text: "BRATISLAVA. Dvojdňové zasadnutie ..." (aa2_sk), never the
    city alone on its line."""
    bare = _bare_dateline(line, headline) if "." in line[:30] else None
    return bare if bare is not None and bare.text_start < len(line.strip()) else None


def _bare_dateline(line: str, headline: str = "") -> Dateline | None:
    """A dateline without a date or dash: an upper-case known city alone on its line or
    ending in a full stop ("PRIŠTINA", "WIEN. In die Geschichte ..."). A city the reference data does not know
    is taken before a full stop when the headline or standfirst ``headline`` writes the same word (accents and
    case aside), and as it writes it ("ΘΕΣΣΑΛΟΝΙΚΗ. Οι επιθέσεις ..." under "... σε συνέδριο στη Θεσσαλονίκη":
    Greek capitals drop the accent the place keeps). Never raises."""
    from osce_kg.loader.reference import reference

    m = _BARE_PLACE.match(line.strip())
    if not m:
        return _bare_places(line) if ", " in line[:60] else None
    place = title_case(m.group("place")) if reference().lookup("city", m.group("place")) else None
    end = len(line.strip()) if m.end() >= len(line.strip()) else m.end()
    if place is None and end < len(line.strip()) and headline:
        place = _written_in(m.group("place"), headline)
    return Dateline((place,), None, None, end) if place else None


#: two or three places in capitals joined by commas, a full stop, then the text ("KIŠINOV, TIRASPOL. Rokovania ...")
_BARE_WORD = rf"[{_BARE_UPPER}][{_BARE_UPPER}'’-]{{2,24}}"
_BARE_PLACES = re.compile(rf"^(?P<places>{_BARE_WORD}(?:, {_BARE_WORD}){{1,2}})\.\s+(?=[^\W\d_])")


def _bare_places(line: str) -> Dateline | None:
    """A bare dateline of two or three places in capitals joined by commas, closed by a full stop, the text after it
    ("KIŠINOV, TIRASPOL. Rokovania ...", al2_sk; "KYJEV, CHARKOV. Tým ...", tc26_cs_two: papers' datelines of a story
    from two cities): the first a city the reference data knows, none an acronym of :data:`NOT_PLACES` or a State's
    name (a city's country is no second place)."""
    from osce_kg.loader.reference import reference

    m = _BARE_PLACES.match(line.strip())
    if not m:
        return None
    ref = reference()
    places = m.group("places").split(", ")
    if not ref.lookup("city", places[0]) or any(p in NOT_PLACES or ref.lookup("state", p) for p in places):
        return None
    return Dateline(tuple(title_case(p) for p in places), None, None, len(line) - len(line.lstrip()) + m.end())


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).casefold()


def _written_in(place: str, text: str) -> str | None:
    """The word (or two) of ``text`` that is ``place`` written in capitals, accents and case aside, as ``text``
    writes it in lower case but its capital (a name, not an acronym); None when ``text`` has none."""
    want = _unaccented(place)
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    size = len(place.split())
    for n in range(len(words) - size + 1):
        found = " ".join(words[n:n + size])
        if _unaccented(found) == want and not found.isupper():
            return found                  # (written as a name: an acronym, "ΟΑΣΕ", stays in capitals)
    return None


#: a stamp line that ends in the source's label and value ("8. Februar 2024, 15:32 Uhr Quelle: dpa")
_STAMP_THEN_SOURCE = re.compile(
    r"^(?P<stamp>.{6,60}?)\s*[|,]?\s+(?P<label>" + "|".join(sorted((re.escape(k) for k, v in LABELS.items()
                                                                   if v == "source"), key=len, reverse=True))
    + r")\s*:\s*(?P<value>[^\W\d_].{0,60})$", re.I)
# "Praha 16:05 30. srpna 2021", "Wien, 12.03.2024 14:20": a place, then a site's stamp
_PLACE_THEN_DIGIT = re.compile(r"^(?P<place>[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-Џ][\w’'-]+(?: [A-ZÀ-ÞĀ-ŽА-ЯЁЂ-Џ][\w’'-]+)?)"
                               r"\s*[,|•·–-]?\s+(?=\d)")
# "Београд – Шеф Мисије ...": a mixed-case place, a spaced dash, the text
# "Wien. Die Generalsekretärin ...": or a full stop, as Austrian papers write it
# "Βιέννη – Το Γραφείο ...", "Երևան – ...": Greek and Armenian too; Georgian (no capitals) a known city only
_CAPITALISED = r"[A-ZÀ-ÞĀ-ŽȘȚА-ЯЁЂ-ЏΑ-ΩΆΈΉΊΌΎΏԱ-Ֆ][a-zà-ÿā-žșțа-яёђ-џα-ωάέήίόύώϊϋΐΰա-և’'-]+"   # (Romanian ș, ț too)
_CITY_DASH = re.compile(rf"^(?P<place>(?:{_CAPITALISED}|[ა-ჰ]{{3,}})(?: {_CAPITALISED})?)"
                        # "Valletta / Wien – ...": two known cities joined by a slash (aj1_de, tc24_de_slash)
                        rf"(?:\s?/\s?(?P<second>{_CAPITALISED}(?: {_CAPITALISED})?))?"
                        r"(?:\s+[–—-]\s+|\.\s+(?=[^\W\d_]))(?=\S)")


def _place_stamp(line: str, headings: list[tuple[int, str]] | None = None) -> tuple[dt.date, str] | None:
    """(date, place) of a stamp line that names a known city before the date ("Praha 16:05 30. srpna
    2021"), else None. A city the reference data does not know is taken when a heading above (the headline, its
    standfirst) names it capitalised, as written or in a case form ("Maribor, 3. oktober 2025 ob 14:20" under "... se
    je v Mariboru sestal ...", tc24_sl_vecer; "Braga, 22 de agosto de 2024" under "Jovem de Braga chefia ...",
    fc3_pt_news; as :func:`_city_before_dash` takes "Dunaj - ..." under "Fajon na Dunaju")."""
    from osce_kg.loader.reference import reference

    m = _PLACE_THEN_DIGIT.match(line.strip())
    if not m or len(line) > 80:
        return None
    date = site_timestamp(line.strip()[m.end():])
    if not date:
        return None
    place = m.group("place")
    if reference().lookup("city", place):
        return date, place
    above = " ".join(w for _, h in (headings or [])[-3:] for w in h.split() if w[:1].isupper())
    return (date, place) if _named_in(place, above) else None


#: an agency's credit closing a text: "IPN", "(Hina)", "ats/jpr", "(AGERPRES/ana)", "Beta/ms"
_END_CREDIT = re.compile(r"\(?(?P<code>[^\W\d_]{2,8})(?:/[^\W\d_]{1,6}(?: [^\W\d_]{1,6})?){0,2}\)?\.?")


#: agencies' codes joined by slashes, as papers and broadcasters sign an item from two wires: "(APA/dpa)",
#: "ats/afp", "dpa/afp/jvia" (an editor's initials last); no spaces, so "(OSCE/Name Surname)" is none
_CODE_CHAIN = re.compile(r"\(?(?P<chain>[^\W\d_][\w.\-]{1,11}(?:/[^\W\d_][\w.\-]{0,11}){1,3})\)?\.?")


def _end_credit(body: str) -> str | None:
    """The agency's code on the line right after a text's last paragraph (a sentence of 40 characters
    or more; one of the text's last three lines), as agencies sign their items, else None. A chain of
    codes ("ats/afp") is given whole: :func:`..issuer.credited_source` reads each."""
    lines = body.split("\n")
    for n in range(len(lines) - 1, max(len(lines) - 4, 0), -1):
        m = _END_CREDIT.fullmatch(lines[n].strip())
        prev = lines[n - 1].rstrip()
        if m is None and (trailing := _stamp_then_credit(lines[n].strip())):
            return trailing                       # "SRF 4 News, 05.05.2025, 12:00 Uhr;sda/haem"
        if m and len(prev) >= 40 and prev.endswith((".", "!", "?", "»", "“", "\"")) and (
                m.group("code").isupper() or "/" in lines[n] or lines[n].startswith("(")):
            chain = _CODE_CHAIN.fullmatch(lines[n].strip())
            return chain.group("chain") if chain else m.group("code")
    return None


#: a stamp's last part after a semicolon or bar that is an agency's code, or codes joined by slashes
_TRAILING_CREDIT = re.compile(r"[;|]\s*(?P<credit>[^\W\d_][\w.\-]{1,11}(?:/[^\W\d_][\w.\-]{0,11}){0,3})\s*$")


def _stamp_then_credit(line: str) -> str | None:
    """The credit closing a line of a date and a time ("SRF 4 News, 05.05.2025, 12:00 Uhr;sda/haem", a
    broadcast's line under the text; "12.03.2025, 14.20 Uhr | sda" above it) when its first code is a body
    the reference data knows, else None."""
    m = _TRAILING_CREDIT.search(line) if len(line) <= 120 else None
    if m is None or not _HAS_YEAR.search(line[:m.start()]) or not re.search(r"\d[:.]\d\d", line[:m.start()]):
        return None
    from osce_kg.loader.reference import reference

    ref = reference()
    label = ref.lookup("organization", m.group("credit").split("/")[0])
    return m.group("credit") if label and ref.organizations[label].kind == "external" else None


#: an agency's code, the newsroom's mark and the day in brackets closing a text: "(APA/red, 4.12.2025)", "(APA, red,
#: 5.12.2025)" (Austrian papers sign an agency's item so: Der Standard c1_de, Kleine Zeitung c8_de)
_DATED_CREDIT = re.compile(r"\((?P<chain>[A-Z][A-Za-z]{1,9})\s*[,/]\s*(?:[a-z]{2,4}\.?\s*[,/]\s*)*"
                           r"[0-3]?\d\.\s?[01]?\d\.\s?(?:20)?\d\d\)\.?")


def _end_chain(lines: list[str], body_start: int) -> str | None:
    """A chain of agencies' codes in brackets right after the text's last paragraph ("(APA/dpa)"), which
    the body drops as a photo credit's shape: the page's lines as written, without the site's chrome."""
    tail = _without_chrome([ln.strip() for ln in lines[body_start:][-8:] if ln.strip()])[-4:]
    for n in range(len(tail) - 1, 0, -1):
        m = (_CODE_CHAIN.fullmatch(tail[n]) or _DATED_CREDIT.fullmatch(tail[n])) if tail[n].startswith("(") else None
        if m and len(tail[n - 1]) >= 40 and tail[n - 1].endswith((".", "!", "?", "»", "“", "\"")):
            return m.group("chain")
    return None


def _typed_stamp(s: str) -> tuple[str, dt.date] | None:
    """(content type, date) of a line that is a content type's word and then a stamp ("Tiedote
    25.10.2024 14.20", "Pressemitteilung 12.03.2024", "Press release 12 March 2024"), else None."""
    if len(s) > 80 or not _HAS_YEAR.search(s):
        return None
    words = s.split()
    for n in (1, 2, 3):
        head = " ".join(words[:n]).lower().rstrip(":,|–-")
        if head in CONTENT_TYPES and CONTENT_TYPES[head] != "Event":   # (an event's date is not the page's)
            rest = " ".join(words[n:]).lstrip(":,|–- ")
            date = site_timestamp(rest) or loose_stamp(rest) if rest[:1].isdigit() else None
            return (head, date) if date else None
    return None


#: a header line that ends in its page's stamp: a few words, a numeric date and a time ("Välisministeeriumi
#: pressiteade 04.12.2025 14:05", "Tlačová správa MZVEZ SR 05.12.2025 10:40"), or one to three words and the date
_STAMPED_HEADER = re.compile(r"^(?P<words>[^\W\d_][^\d:;,.!?()«»\"“”]{1,70}?)\s+[-–|·]?\s*"
                             r"(?P<stamp>[0-3]?\d\.\s?[01]?\d\.\s?(?:19|20)\d\d\.?"
                             r"(?P<time>,?\s+(?:klo\s+|kl\.\s*|u\s+|в\s+|о\s+)?[0-2]?\d[.:][0-5]\d)?)$")


def _stamped_header(s: str) -> dt.date | None:
    """The date of a header line that is a few words and then a stamp with its time (at most six words),
    or with none (at most three), else None: a headline ends in no stamp."""
    m = _STAMPED_HEADER.match(s) if len(s) <= 100 else None
    if m is None or len(m.group("words").split()) > (6 if m.group("time") else 3) \
            or UPDATE_LABEL.search(m.group("words")):
        return None                           # ("Päivitetty 27.10.2024 19:05": an update's stamp, never the date)
    return site_timestamp(m.group("stamp")) or loose_stamp(m.group("stamp"))


def _stamp_credit(line: str) -> str | None:
    """A part after the first of a stamp line in parts that is wholly a news agency the reference data
    knows ("12.03.2025, 14.20 Uhr | sda", "12.03.2024. 14:20 | Beograd | Beta"), as written, else None."""
    from osce_kg.loader.extract.document import agency_label
    from osce_kg.loader.reference import reference

    ref = reference()
    for part in reversed(line.split("|")[1:]):
        part = part.strip(" .")
        if not part or len(part) > 30 or re.search(r"\d", part):
            continue
        label = ref.lookup("organization", part) or agency_label(part, ref)
        if label and ref.organizations[label].kind == "external":
            return part
    return None


def _city_part(line: str) -> str | None:
    """A stamp line's part that is a known city, as written ("18. března 2024 14:20 | Praha",
    "12.03.2024. 14:20 | Beograd | Beta"), or two or three known cities joined by slashes ("Tbilisi/Vídeň"), else
    None."""
    from osce_kg.loader.reference import reference

    ref = reference()
    for part in line.split("|"):
        part = part.strip()
        if part and len(part.split()) <= 3 and not re.search(r"\d", part) and ref.lookup("city", part):
            return part
        cities = [c.strip() for c in part.split("/")]
        if 2 <= len(cities) <= 3 and all(c and len(c.split()) <= 3 and not re.search(r"\d", c)
                                         and ref.lookup("city", c) for c in cities):
            return " / ".join(cities)         # "15. 5. 2024 | Tbilisi/Vídeň": two cities, as a dateline's
    return None


def _city_before_dash(line: str, headline: str = "") -> Dateline | None:
    """A dateline of a known city in mixed case and a dash, no date ("Београд – ...", "Wiedeń – ...").
    Only looked for under a dated headline: a headline may start so ("Wien – Rom: ..."). A place the
    reference data does not know is taken when the headline right above names it too, as written or in a
    case form ("Куманово – ..." under "... го посети Куманово ...", "Dunaj - ..." under "Fajon na Dunaju: ...")."""
    from osce_kg.loader.reference import reference

    m = _CITY_DASH.match(line.strip())
    if not m or not (reference().lookup("city", m.group("place")) or _named_in(m.group("place"), headline)):
        return None
    if m.group("second") is not None:
        if not reference().lookup("city", m.group("second")) or not reference().lookup("city", m.group("place")):
            return None                   # (two places: both known cities, as "Chişinău/Tiraspol, 12 martie ..." gives)
        return Dateline((m.group("place"), m.group("second")), None, None, len(line) - len(line.lstrip()) + m.end())
    return Dateline((m.group("place"),), None, None, len(line) - len(line.lstrip()) + m.end())


#: an author's name of two or three capitalised words, a bar or a dash, then a city of one or two words, alone on
#: its line
_BYLINE_PLACE = re.compile(rf"^(?P<author>{_CAPITALISED}(?: {_CAPITALISED}){{1,2}})\s+[|–—-]\s+"
                           rf"(?P<place>{_CAPITALISED}(?: {_CAPITALISED})?)$")


def _byline_place(line: str) -> str | None:
    """The city of a byline line that names the author and the city the item is filed from ("Jan Kalous | Praha",
    af2_cs, a broadcaster's site; "Selin Aydın - Ankara", al3_tr, a paper's; "Kovács Anna | Bukarest", tc26_hu_byline),
    as written, when the reference data knows the city and the author's words are none (a "City | City" menu is no
    byline); else None."""
    from osce_kg.loader.reference import reference

    m = _BYLINE_PLACE.match(line.strip())
    if not m:
        return None
    ref = reference()
    if not ref.lookup("city", m.group("place")) or any(ref.lookup("city", w) or ref.lookup("state", w)
                                                          for w in [m.group("author"), *m.group("author").split()]):
        return None
    return m.group("place")


#: a place, a full stop, the author's name, a dash, the agency's name in capitals and a full stop, then the text
_CITY_AUTHOR_AGENCY = re.compile(r"^(?P<place>[^\W\d_][\w’'-]+(?: [^\W\d_][\w’'-]+)?)\.\s+"
                                 r"(?P<author>[^\W\d_][\w’'-]+(?: [^\W\d_][\w’'-]+){1,2})\s+[–—-]\s+"
                                 r"(?P<agency>[^\W\d_][\w.\-]{1,15}?)\.\s+(?=\S)")


def _city_author_agency(line: str) -> Dateline | None:
    """The dateline of an agency that names its author before itself, no date ("Bakı. Nərgiz Əliyeva – APA. ...",
    aj2_az; "Астана. Айдана Есенова – КАЗИНФОРМ. ...", tc24_ru_feed): a city the reference data knows, a name of two
    or three capitalised words, a dash and the agency in capitals. The agency is the dateline's; the date is the page's
    stamp's."""
    from osce_kg.loader.reference import reference

    m = _CITY_AUTHOR_AGENCY.match(line)
    if (not m or not m.group("agency").isupper() or not all(w[:1].isupper() for w in m.group("author").split())
            or not m.group("place")[:1].isupper() or not reference().lookup("city", m.group("place"))):
        return None
    dated = _date_closing(line[m.end():])
    if dated is not None:
        # (session 15) "Bakı. Ramil Məmmədov – APA. 27 noyabr 2026" (al2_az), "Астана. Данияр Сейткали – КАЗИНФОРМ.
        # 12 марта 2026 14:20" (tc26_ru_agency): the item's full date (and time) closing the line, the text under it:
        # a dateline alone on its line, its date the item's
        return Dateline((m.group("place"),), dated, None, len(line), m.group("agency"))
    return Dateline((m.group("place"),), None, None, m.end(), m.group("agency"))


def _after_masthead(line: str, at: int) -> Dateline | None:
    """A dateline after the site's own name (its masthead, the page's first line) and a comma, which opens the text:
    "24.kg news agency, BISHKEK - The OSCE Academy ..." (h2_en_kg), "Report.az, BAKU – The OSCE Representative ..."
    (tc28_en_agency): the site credits itself, then its dateline of a place in capitals (with or without a date) and
    a dash. Read only when the dateline's own grammar reads it, with a text after it."""
    inner = parse_dateline(line[at + 1:].lstrip(), allow_alone=False)
    return inner if inner is not None and inner.places and all(inner.places) else None


def _date_closing(rest: str) -> dt.date | None:
    """The full date (with its year, perhaps its year word and a time) that is all of ``rest``, else None."""
    span = find_date_span(rest)
    if span is None or span[0] != 0 or not span[3] or span[2] is None:
        return None
    return span[2] if _YEAR_WORD_AFTER.match(rest[span[1]:]) or _TIME_AT_END.match(rest, span[1]) else None


#: a place, a full stop, the agency's name of one word, a dash, then the date (its year word, a time), a full stop and
#: the text or the line's end
_CITY_AGENCY_DATE = re.compile(r"^(?P<place>[^\W\d_][\w’'-]+(?: [^\W\d_][\w’'-]+)?)\.\s+"
                               r"(?P<agency>[^\W\d_][\w.\-]{2,20})\s+[–—-]\s+(?P<rest>[0-3]?\d.{4,60}?)"
                               r"(?:\.\s+(?=\S)|\.?\s*$)")
_YEAR_WORD_AFTER = re.compile(r"^\s*(?:жыл\w{0,3}|ж\.|г\.|года|yil\w{0,3}|yılı|ýyl\w{0,3}|ý\.)?"
                              r"\s*(?:,\s*\d\d?:\d\d)?\s*$")


def _city_agency_date(line: str) -> Dateline | None:
    """The dateline of an agency that names itself between the place and the date ("Астана. ҚазАқпарат – 11 наурыз
    2026 жыл. Астанада ...", ak1_kk; "Астана. ҚазАқпарат - 17 мамыр 2023 ж., 10:24" alone over the text, ag1_kk): a
    city the reference data knows, a full stop, the agency's name, a dash and the full date (its year word and time)."""
    from osce_kg.loader.reference import reference

    m = _CITY_AGENCY_DATE.match(line.strip())
    if not m or not m.group("place")[:1].isupper() or not m.group("agency")[:1].isupper():
        return None
    span = find_date_span(m.group("rest"))
    if span is None or span[0] != 0 or not span[3] or span[2] is None \
            or not _YEAR_WORD_AFTER.match(m.group("rest")[span[1]:]):
        return None
    if not reference().lookup("city", m.group("place")):
        return None
    return Dateline((m.group("place"),), span[2], None, len(line) - len(line.lstrip()) + m.end(), m.group("agency"))


#: a city in mixed case, its date with the year and no comma between them, then a dash and the text
_CITY_DATE_DASH = re.compile(rf"^(?P<place>{_CAPITALISED}(?: {_CAPITALISED})?) (?P<date>[0-3]?\d\.? [^\W\d_]{{3,12}} "
                             r"(?:19|20)\d\d)\.?\s?(?:-{1,2}|–|—)\s+(?=\S)")


def _city_date_dash(line: str) -> Dateline | None:
    """A dateline of a known city in mixed case and a full date with no comma between them, then a dash ("Praha 12.
    března 2024 – Ministr ...", "Bratislava 1. januára 2019 – Slovenská republika ...": Czech and Slovak releases),
    the place only when the reference data knows the city (a word may open a sentence so)."""
    from osce_kg.loader.reference import reference

    m = _CITY_DATE_DASH.match(line)
    if not m or not reference().lookup("city", m.group("place")):
        return None
    date, had_year = parse_date(m.group("date"))
    return Dateline((m.group("place"),), date, None, m.end()) if date and had_year else None


#: a city and its country on a line of their own ("Podgorica, Crna Gora", "Ош, Кыргызстан", "Vienna, Austria")
_CITY_COUNTRY = re.compile(r"^(?P<city>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}),\s*"
                           r"(?P<country>[^\W\d_][^,\d.!?:;]{2,40})$")


def _city_country(line: str) -> str | None:
    """The city of a line that is a city and its country, as osce.org's current layout, field offices' and
    delegations' sites print them under the item's date ("27. novembar 2024" / "Podgorica, Crna Gora"), when the
    reference data knows the city or the country (a participating State in any of its names); else None."""
    from osce_kg.loader.reference import reference

    m = _CITY_COUNTRY.match(line.strip())
    if not m or m.group("city")[0].islower() or m.group("country")[0].islower():
        return None
    ref = reference()
    if ref.lookup("city", m.group("city")) or ref.lookup("state", m.group("country").strip()):
        return m.group("city")
    return None


#: a city in mixed case alone on its line, perhaps with its agency's code or name in brackets ("Tbilisi (TT)")
_CITY_ALONE = re.compile(rf"^(?P<place>{_CAPITALISED}(?: {_CAPITALISED})?)"
                         r"(?:\s*\((?P<agency>[^\W\d_][\w.\-]{1,14})\)|\s+[•·]\s+(?P<credit>[^\W\d_][\w.\-]{1,24}))?$")


def _city_alone(line: str) -> Dateline | None:
    """A dateline of a known city in mixed case alone on its line, perhaps with the agency in brackets or after a
    bullet, the text under it ("Ankara" under an agency's stamp, "Tbilisi (TT)" under a paper's, "Київ • Укрінформ"
    under the agency's own, ai1_uk and ma1_uk): only looked for under the headline and its stamp, where a site prints
    no rubric or tag of a city's name before the text."""
    from osce_kg.loader.reference import reference

    m = _CITY_ALONE.match(line.strip())
    if not m or not reference().lookup("city", m.group("place")):
        return None
    return Dateline((m.group("place"),), None, None, len(line), m.group("agency") or m.group("credit"))


def _named_in(place: str, headline: str) -> bool:
    """Whether a one-word place of five letters or more is a word of ``headline``, or the stem of one (all its
    letters but its last, a case ending's place: "Dunaj" in "Dunaju")."""
    if " " in place or len(place) < 5:
        return False
    stem = place.casefold()[:-1]
    return any(w.startswith(stem) and len(w) - len(place) <= 2 for w in re.findall(r"[^\W\d_]+", headline.casefold()))


#: a word or two before the comma of a line's last part (capitalised, or Georgian: see _place_before_date)
_PLACE_BEFORE_DATE = re.compile(r"([^\W\d_][\w’'-]+(?:\s[^\W\d_][\w’'-]+)?)\s*,\s*[^,]*$")


def _place_before_date(line: str) -> str | None:
    """'OSCE Permanent Council No. 1373 Vienna, 12 May 2022' -> 'Vienna' (a known city only), in any
    script the pages use: 'Βαλέτα, 15 Απριλίου 2024', 'ვარშავა, 8 აპრილი 2024' (Georgian has no capitals)."""
    from osce_kg.loader.reference import reference

    m = _PLACE_BEFORE_DATE.search(line)
    if not m:
        return None
    words = m.group(1).split()
    if not (words[-1][0].isupper() or "\u10d0" <= words[-1][0] <= "\u10ff"):
        return None
    if not (words[0][0].isupper() or "\u10d0" <= words[0][0] <= "\u10ff"):
        words = words[1:]
    for n in (len(words), 1):
        candidate = " ".join(words[-n:])
        if reference().lookup("city", candidate):
            return candidate
    return None


#: a line of one word in capitals' case, a comma and a full date, alone: "Brno, 1. prosince 2026", "Ужгород, 20
#: листопада 2026", "Θεσσαλονίκη, 14 Δεκεμβρίου 2026"
_LONE_PLACE = re.compile(r"^(?P<place>[^\W\d_][^\W\d_’'-]{2,24}),\s*[0-3]?\d\.?\s+[^\W\d_]{3,12}\.?\s+"
                         # (the year's word too: "Гомель, 22 красавіка 2010 г.", "Bujanovac, 26. februar 2009. godine")
                         r"(?:19|20)\d\d\.?(?:\s*(?:года|г\.?|godine|godina|године|година|год\.?|roku|r\.|року|р\.?|"
                         r"yılı|ж\.?|թ\.?|წ\.?|d\.))?"
                         # (and the time after a comma: "Dunaj, 17. januar 2024, 18:30", ah2_sl)
                         r"(?:,\s*[0-2]?\d[:.][0-5]\d)?$")


#: the same with the date written year first ("Գյումրի, 2022 թ. հունիսի 9", "ბათუმი, 2022 წლის 9 ივნისი")
_LONE_PLACE_YEAR_FIRST = re.compile(r"^(?P<place>[^\W\d_][^\W\d_’'-]{2,24}),\s*(?:19|20)\d\d\b\D{0,16}"
                                    r"\b[0-3]?\d\b\D{0,16}$")


def _lone_place_before_date(line: str) -> str | None:
    """The place of a dateline alone on its line under the headline, one capitalised word and a full date with its
    year, when the reference data lists no such city ("Brno", "Ужгород", "Вільня", "Innsbruck"): a place is what
    such a line names first, unless the word is a weekday, a month, a State or a body the data knows ("Reuters,
    12 March 2024" is a credit, "Monday, ..." a weekday)."""
    line = line.strip()
    m = _LONE_PLACE.match(line) or (_LONE_PLACE_YEAR_FIRST.match(line) if _ends_in_year_first(line) else None)
    # (Georgian has no capitals)
    if m is None or not (m.group("place")[0].isupper() or "\u10d0" <= m.group("place")[0] <= "\u10ff") \
            or month_number(m.group("place")) or m.group("place").lower() in WEEKDAYS:
        return None
    from osce_kg.loader.reference import reference

    ref = reference()
    place = m.group("place")
    return None if any(ref.lookup(kind, place) for kind in ("organization", "state", "field_operation")) else place


def _labelled_date(s: str) -> dt.date | None:
    """The date of a label line in any language whose value is only a date ("Datum objave:
    12.03.2024", "Дата на публикуване: 12.03.2024", "Yayın tarihi: 12.03.2024"), unless its label
    says the date is of something else (an update, an event, a birth, a deadline)."""
    label, _, value = s.partition(":")
    if len(label) > 40 or OTHER_DATE_LABEL.search(label):
        return None
    return site_timestamp(value)


def _is_label_like(s: str) -> bool:
    """'Дата изменения: Mon Apr 2 ...': a metadata line of a wrapper, never a title.

    A headline in "Who: what" form ("Dačić: Srbija želi aktivnije prisustvo OEBS-a na
    Kosovu", "Alfano incontra Kurz: passaggio di consegne ...") is not: after its colon come
    four or more words without a year or a time.
    """
    m = re.match(r"^[^\W\d_][^:]{0,30}:\s*(?P<value>\S?.*)$", s)
    if not m or s.endswith("?"):
        return False
    value = m.group("value")
    if re.search(r"\d[:.]\d", value):
        return True                           # a time or a date in digits: a stamp's value
    # a headline may hold a number ("OSBE: Zgjedhjet vendore të 14 majit ..."); three words do when one is in
    # lower case ("OSZE-Treffen in Lodz: Lawrow nicht eingeladen"), two after a topic of four words or more
    # ("Былы офіс АБСЕ ў Мінску: што засталося": a label has one to three words)
    words = value.split()
    topic = len(s[:s.find(":")].split())
    sentence = len(words) >= 4 or len(words) == 3 and any(w[:1].islower() for w in words[1:]) \
        or topic >= 4 and len(words) >= 2 and all(w[:1].isalpha() for w in words)
    if sentence and _HAS_YEAR.search(value):
        # a year in a headline ("ОБСЄ в Україні: від місії 1994 року до ...", "Tajikistan: Former OSCE staff
        # recall the 1990s") leaves four words or more besides its date; a label's value is mostly the date
        span = find_date_span(value)
        rest = value[:span[0]] + value[span[1]:] if span else value
        sentence = len([w for w in rest.split() if any(c.isalpha() for c in w)]) >= 4
    return not sentence


def _dateline_in_body(lines: list[str], body_start: int, used: set[int]) -> Dateline | None:
    """A dateline within the first few paragraphs of the body (after a lead photo caption)."""
    seen = 0
    for n in range(body_start, len(lines)):
        if n in used or not lines[n].strip():
            continue
        dateline = parse_dateline(lines[n].strip(), allow_alone=False)
        if dateline:
            return dateline
        seen += 1
        if seen >= 3:
            return None
    return None


def _merge_wrapped(headings: list[tuple[int, str]]) -> list[str]:
    """Join a heading that ends in 'by'/'the'/... with the next one (hard-wrapped titles)."""
    merged: list[str] = []
    glue = False
    for _, text in headings:
        if (glue or _FUNCTION_START.match(text)) and merged:
            merged[-1] = f"{merged[-1]} {text}"
        else:
            merged.append(text)
        glue = bool(_FUNCTION_END.search(text))
    return [m.rstrip("* ").strip() for m in merged]


# "by Mariam Nikuradze": a byline in lower case (only taken under a date: "Statement" / "by the
# Chairperson ..." is a title wrapped before its date)
_LOWER_BYLINE = re.compile(r"^(?:by|von|par|di|por|door)\s+[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+){1,2}$")
# "By Anna Petrova - Kazinform:", "By John Smith, Reuters", "Von Hans Muster | APA": a name of
# two to four capitalised words, a separator, then the agency's name
_BYLINE_AGENCY = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}\s*(?:[-–—|/,]|\bfor\b)\s*"
                            r"(?P<agency>[^\W\d_][^:|]{1,40}?)\s*[:.]?\s*$")


# a statement's delivery line, as delegations' sites print it under the title
_DELIVERY = re.compile(r"^(?:as (?:delivered|prepared(?: for delivery)?|written)|delivered|presented)\s+by\s", re.I)
# an aggregator's line: a content type, "from" and the issuer, perhaps its date
_FROM_SOURCE = re.compile(r"^(?:report|news(?: and press release)?|press release|statement|situation report|"
                          r"update|analysis|appeal|other)\s+from\s+(?P<issuer>.{2,90}?)"
                          r"(?:\s+(?:published|posted)\s+(?:on\s+)?(?P<date>.{6,30}?))?"
                          r"(?:\s*[—–-]+\s*view original)?\s*$", re.I)


def _from_source(line: str) -> tuple[str, dt.date | None] | None:
    """(issuer, date) of an aggregator's 'Report from OSCE Published on 12 Mar 2024' line, when
    the reference data knows the issuer; else None."""
    from osce_kg.loader.reference import reference

    m = _FROM_SOURCE.match(line) if len(line) <= 160 and " from " in line.lower() else None
    if not m or not reference().lookup("organization", m.group("issuer")):
        return None
    date, had_year = parse_date(m.group("date") or "")
    return m.group("issuer"), date if had_year else None


def _byline_agency(rest: str) -> str | None:
    """The agency named after a byline's author ("Anna Petrova - Kazinform:"), as written."""
    m = _BYLINE_AGENCY.match(rest.strip())
    return m.group("agency").strip() if m else None


_STEM_WORD = re.compile(r"[^\W\d_]{5,}")


def _stems(text: str) -> frozenset[str]:
    """Folded five-letter stems of a text's longer words: a cheap, language-blind measure of
    whether a heading and the body speak of the same things ("Skopje", "mission")."""
    return frozenset(w[:5] for w in _STEM_WORD.findall(text.casefold()))


def _overlap(heading: str, body_words: frozenset[str]) -> int:
    return len(_stems(heading) & body_words)


#: a site's link to its own "about" page, named after the body ("About the Mission", "About the Office", "About
#: ODIHR"): a section word, as "About" alone (field offices' sites print it in their menu above the headline)
_ABOUT_LINK = re.compile(r"^about\s+(?:the\s+)?[^\W\d_][\w/-]*$", re.I)


def choose_title(headings: list[str], repeated: frozenset[str] = frozenset(), lead: str = "",
                 news: bool = False) -> str | None:
    """The page title among its leading headings.

    Section words ("About", "Our work") only when nothing else is there; a body's name
    standing above a more specific heading is a section header ("Secretary General" over
    the release title). Site chrome is passed over: glued category words, cookie notices,
    accessibility and ticker labels, and a one-word rubric above a longer heading. A
    heading the page repeats (``repeated``: folded lines seen twice or more) is the title.
    ``news``: the page dates itself (a stamp or dateline): there a heading of two words above a
    heading of four or more is a site's tagline or a rubric ("Новости Кыргызстана", "Xarici
    siyasət"), as a headline of a news page is longer.
    """
    real = [h for h in headings if h.lower() not in SECTION_WORDS and not _ABOUT_LINK.match(h) and not is_chrome(h)
            and not is_press_header(h) and not _release_header(h)]
    real = [h for n, h in enumerate(real)
            if len(h.split()) > 1 or not any(len(later.split()) >= 3 for later in real[n + 1:])]
    if any(_NUMBERED_HEADER.match(h) for h in real[:-1]):
        # (session 15) "№:012/25, Mətbuat xidməti idarəsinin məlumatı" (af3_az), "№ 045/25, Баспасөз қызметінің
        # хабарламасы" (tc28_kk_mfa), "№ 17/2025, Matbuot xizmati axboroti" (tc28_uz_mfa): a ministry's release number
        # and kind over the headline, no title
        real = [h for n, h in enumerate(real) if not (_NUMBERED_HEADER.match(h)
                                                      and any(len(later.split()) >= 3 for later in real[n + 1:]))]
    if news:
        real = [h for n, h in enumerate(real) if (len(h.split()) > 2 and not _latest_news(h))
                or _fold_line(h) in repeated or not any(len(later.split()) >= 4 for later in real[n + 1:])]
        if lead and len(real) >= 2:
            words = _stems(lead)
            real = [h for n, h in enumerate(real) if not _label_over_headline(h, real[n + 1:], repeated, words)]
        if lead and len(real) >= 2 and any(_ends_in_date(h) for h in real[:-1]):
            words = _stems(lead)
            real = [h for n, h in enumerate(real) if not _banner_over(h, real[n + 1:n + 2], words)]
    if not real:
        # one section word is the page's heading; several in a row are a menu
        plain = [h for h in headings if not is_chrome(h)]
        return plain[0] if len(plain) in (1, 2) else None
    for heading in real:
        if _fold_line(heading) in repeated and len(heading.split()) >= 3 and not _is_name_of_body(heading):
            return heading
    if not news and len(real) >= 2 and all(len(h.split()) <= 2 for h in real[1:]) and _opens_text(real[0], lead):
        # an entity page: the body's name, then its menus' items ("Vacancies", "Procurement", "Вакансии"),
        # and a text that opens with that name ("The OSCE Mission to Moldova works for ...")
        return real[0]
    if len(real) >= 2 and _is_name_of_body(real[0], shapes=len(real[1].split()) >= 3):
        return real[1]                        # (a name read by its shape gives way to a headline only)
    if lead and len(real) >= 2 and not re.search(r"\d", real[0]) and not _overlap(real[0], body_words := _stems(lead)):
        # a feed's or site's header line ("Latest news from our partners") shares no word with
        # the text; the headline under it does (a heading with a number or date in it is a
        # document's own: "Permanent Council No. 1373, Vienna, 12 May 2022")
        for heading in real[1:]:
            if len(heading.split()) >= 3 and _overlap(heading, body_words) >= 2:
                return heading
    return real[0]


_META_SEPARATOR = re.compile(r"\s+[•·]\s+")


def _meta_parts(heading: str) -> bool:
    """``heading`` is three to five short parts (six words at most each) parted by bullets or middle dots: an
    aggregator's or reader's line of an item's rubric, source and time ("Buitenland · via ANP · opgehaald 14 november
    2023 om 09:12"), no title."""
    parts = _META_SEPARATOR.split(heading.strip())
    return 3 <= len(parts) <= 5 and all(1 <= len(part.split()) <= 6 for part in parts)


def _label_over_headline(heading: str, later: list[str], repeated: frozenset[str], body_words: frozenset[str]) -> bool:
    """``heading`` (three words, no digit) stands over the dated page's headline, twice as long (six words or more),
    and shares at most one word with the text, the headline two or more: a content type's or a section's label
    printed over each item ("Соопштение за печатот", "Хабар барои матбуот", "Artikel från Utrikesdepartementet"),
    no title (a short headline over a long standfirst shares the text's words: "OSZE verlängert Mandat")."""
    words = heading.split()
    return (len(words) == 3 and _fold_line(heading) not in repeated and not any(c.isdigit() for c in heading)
            and _overlap(heading, body_words) <= 1
            and any(len(h.split()) >= 6 and _overlap(h, body_words) >= 2 for h in later))


def _masthead_sentences(line: str) -> bool:
    """``line`` is two to four sentences of one to three words each, every one capitalised and ending in a full stop
    but perhaps the last: a site's motto under its name ("Independent. Investigativ. Din 2004.", "Независим. Честен. От
    1998 г."), no text."""
    parts = line.strip().split(". ")
    return 2 <= len(parts) <= 4 and all(part[:1].isupper() and 1 <= len(part.split()) <= 3 for part in parts) \
        and all(part.rstrip(".")[-1:].isalnum() for part in parts)


def _latest_news(heading: str) -> bool:
    """A site's "latest news" heading: two to four words that end in a news section's word ("Cele mai noi știri",
    ag1_ro; "Последние новости", tc1_ru; "Ən son xəbərlər", ad2_az): over a longer heading on a dated page, no title."""
    words = heading.casefold().split()
    return 2 <= len(words) <= 4 and words[-1] in _NEWS_SECTIONS and not any(c.isdigit() for c in heading)


#: a heading that ends in a year or a date ("Presidenza italiana dell'OSCE 2018", "Ukraine, Early Presidential
#: Election, 25 May 2014")
_ENDS_IN_YEAR = re.compile(r"\b(?:19|20)\d\d\W{0,2}$")
#: a year-first date at a heading's end: the year, its word, the day and the month ("2012 წლის 1 ოქტომბერი", aa1_ka;
#: "2014. május 25.", "2014 m. gegužės 25 d.")
_ENDS_IN_YEAR_FIRST = re.compile(r"\b(?:19|20)\d\d\b\D{0,16}\b[0-3]?\d\b\D{0,16}$")


def _ends_in_date(heading: str) -> bool:
    """``heading`` ends in a year, or in a full date written year first (Georgian, Hungarian, Lithuanian)."""
    if _ENDS_IN_YEAR.search(heading):
        return True
    return _ends_in_year_first(heading)
#: a meeting's or a document's number ("No. 1373", "Nr. 12", "№ 5")
_MEETING_NUMBER = re.compile(r"(?:\bNo|\bNr|\bBr|№)\.?\s*\d", re.I)


def _banner_over(heading: str, following: list[str], body_words: frozenset[str]) -> bool:
    """``heading`` is a banner over the headline of a dated page: it ends in a year or a date, has at most ten
    words, and the heading under it is longer (five words or more, no year at its end) and shares two words or
    more with the text: a chairpersonship's ("Председательство Германии в ОБСЕ 2016", "Présidence suisse de
    l'OSCE 2026"), a campaign's ("16 dana aktivizma protiv nasilja nad ženama 2025") or an election's
    ("Ukraine, Early Presidential Election, 25 May 2014") name, which sites print over each of their items."""
    if not following or not _ends_in_date(heading) or len(heading.split()) > 10:
        return False
    if _MEETING_NUMBER.search(heading):
        return False                          # ("OSCE Permanent Council No. 1373 Vienna, 12 May 2022": a numbered
                                              # meeting's header is its document's title: other_002)
    headline = following[0]
    return (len(headline.split()) >= 5 and len(headline.split()) > len(heading.split())
            and not _ends_in_date(headline) and _overlap(headline, body_words) >= 2)


def _opens_text(heading: str, lead: str) -> bool:
    """``heading`` (of three words or more) is said again in the first sentence of the text ``lead``."""
    first = re.split(r"(?<=[.!?])\s", lead.lstrip(), maxsplit=1)[0][:400].casefold()
    return len(heading.split()) >= 3 and heading.casefold() in first


# what separates a page's title from its site's name in ``<title>``: "Headline | Site", "Site – Headline"
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—:·•»«]|-{1,2}|::)\s+")


def _hinted_title(headings: list[str], hint: str | None) -> str | None:
    """The heading an HTML page's own title (``og:title`` / ``<title>``) names: the whole title
    or one of its parts around a site-name separator, of three words or more, compared folded.
    A heading the hint does not name is never invented from it."""
    if not hint or not headings:
        return None
    hint, _, h1 = hint.partition("\n")       # (the page's one <h1> after a line break: html.page_title)
    whole = _fold_line(hint)
    split = _TITLE_SEPARATOR.split(hint)
    parts = {_fold_line(p) for p in split if len(p.split()) >= 3}
    named = [h for h in headings if _fold_line(h) in parts | {whole} and not is_chrome(h)]
    # the whole title first; then the <h1> when the title names it too, however short ("За Мисијата | Мисија на
    # ОБСЕ во Скопје" and <h1>За Мисијата</h1>); else the longest part named (the headline, not the site's name);
    # else the <h1> alone, when the title names no heading ("Главная | ОБСЕ" over an entity page)
    found = next((h for h in named if _fold_line(h) == whole), None)
    if found:
        return found
    folded_h1 = _fold_line(h1) if h1 else ""
    own = next((h for h in headings if folded_h1 and _fold_line(h) == folded_h1 and not is_chrome(h)), None)
    if own and folded_h1 in {_fold_line(p) for p in split}:
        return own
    return max(named, key=len, default=None) or own


# a currency or weather ticker above the headline: "USD 1.08 EUR 0.92", "€ 1,0850 ▲", "Tbilisi +12°C"
_CURRENCY = re.compile(r"\b(?:USD|EUR|GBP|CHF|RUB|TRY|AZN|GEL|KZT|UAH|RSD|ALL|MKD|BAM|MDL|KGS|TJS|UZS|AMD|BYN|PLN|"
                       r"HUF|CZK|RON|BGN|SEK|NOK|DKK|ISK|TMT|MNT|BTC)\b|[$€£₽₴₸₾₼]")
_TICKER_NUMBER = re.compile(r"[-+−]?\d+[.,]\d+%?")
_TEMPERATURE = re.compile(r"[-+−]?\d{1,2}\s*°\s*[CF]?\b")


def _is_ticker(s: str) -> bool:
    """Numbers with currency codes or a temperature and few other words: a site's ticker."""
    if not any(c.isdigit() for c in s):
        return False
    words = [w for w in s.split() if any(c.isalpha() for c in w) and not _CURRENCY.fullmatch(w)]
    if _TEMPERATURE.search(s):
        return len(words) <= 3
    return bool(_CURRENCY.search(s)) and len(_TICKER_NUMBER.findall(s)) >= 2 and len(words) <= 2


@line_cache
def is_chrome(line: str, in_text: bool = False) -> bool:
    """Site chrome that looks like a heading: 'AktualitetPolitikëTë fundit', 'Accessibility links',
    a consent manager's 'Accept all', a search form's 'Reset search', a breadcrumb, a ticker.

    ``in_text``: the line is among the text's; breadcrumbs and tickers are only looked for above
    it (a short line of the text such as "Albania / Kosovo / Serbia" is not one).

    A function of the line alone, its answers kept: several steps ask of the same lines, and a page may repeat a
    line (a share bar or a menu a scraper printed thousands of times, bench/hostile_input.py)."""
    s = line.strip()
    if len(s) > 200:                          # a paragraph, not a line of chrome
        return False
    if s.count(" ") <= 2 and len(_GLUED.findall(s)) >= 2:
        return True
    if _CHROME.match(s) or _COOKIES.search(s) or s.endswith("]") and _BUTTONS_AT_END.search(s):
        return True
    if len(s) > 120:                          # the rest is short chrome only
        return False
    if _BREADCRUMB_HOME.match(s) or _home_path(s) or not in_text and (_is_breadcrumb(s) or len(s) <= 80
                                                                       and _is_ticker(s)):
        return True
    return len(s) <= 60 and bool(_SHORT_CHROME.match(s) or is_search_chrome(s)
                                 or len(s) <= 30 and _RELATIVE_OR_COUNTER.match(s) or _MORE_TAGS.search(s))


#: a line that ends in buttons as a text capture prints them, each a few words in brackets, after a sentence's end, a
#: bar or bullet or a run of spaces (or alone): a consent banner ("... kuki siyasətimizlə razılaşırsınız. [Qəbul
#: edirəm]", "... súhlasíte s ich používaním. [Súhlasím]") or an aggregator's vote-and-share bar ("128 clics  ·  14
#: votos  ·  [Votar]  [Compartir]  [Guardar]"); a headline's tag ("... [VIDEO]") follows a word and one space
_BUTTONS_AT_END = re.compile(r"(?:^|[.!?·•|]\s*|\s{2,})(?:\[[^\[\]\d]{1,30}\]\s*)+$")


#: an aggregator's tag line that names the first of several tags and counts the rest ("Kyrgyzstan + 1 more",
#: "Tajikistan + 2 more", "Ukraine +3 weitere"): above a headline, never the title
_MORE_TAGS = re.compile(r"^[^\W\d_][^+]{1,40}\s\+\s?\d{1,3}\s+(?:more|others?|weitere|autres|altri|más|więcej|"
                        r"еще|ещё|більше|още|tjetër|daha)$", re.I)


# a relative time ("2 часа назад", "vor 2 Stunden", "Dzisiaj 14:20", "Yesterday, 09:10") and a
# counter of views or comments ("1234 pregleda", "Просмотров: 1234"): a site's stamps, never a title
_RELATIVE_TIME = (
    r"(?:today|yesterday|heute|gestern|aujourd'hui|aujourd’hui|hier|oggi|ieri|hoy|ayer|сегодня|вчера|сьогодні|"
    r"вчора|danas|juče|jučer|јуче|данас|dzisiaj|dziś|wczoraj|bugün|dün|azi|sot|dje|днес|σήμερα|χθες|"
    r"დღეს|გუშინ|այսօր|երեկ|бүгін|кеше|бүгүн|кечээ|имрӯз|дирӯз|dünən|ma|tegnap|dnes|včera)"
    r"(?:[,\s]*(?:at|um|à|в|u|o|alle|saat)?\s*\d\d?[:.]\d\d)?"
    r"|\d+\s+[^\W\d_]{1,12}\.?\s+(?:ago|назад|тому|temu|önce|în urmă|më parë|fa|წინ|առաջ|бұрын|мурун|пеш|"
    r"ezelőtt|zpátky)"
    r"|(?:il y a|vor|hace|pre|prije|преди|пре|πριν(?: από)?|před|pred|há)\s+\d+\s+[^\W\d_]{1,12}")
_COUNTER = (r"\d[\d\s.,]*\s+(?:views?|reads?|comments?|просмотр\w*|коммент\w*|pregled\w*|прегледа|перегляд\w*|"
            r"komentar\w*|коментар\w*|wyświetle\w*|görüntüle\w*|yorum|vizualiz\w*|shikime|aufrufe|vues|"
            r"visualizzazioni|visitas|ნახვა|դիտում\w*)"
            r"|(?:views?|просмотр\w*|перегляд\w*|pregled\w*|прегледа|görüntülenme|ნახვები|դիտումներ|shikime)"
            r"\s*:?\s*\d[\d\s.,]*")
#: the short-line chrome patterns in one pass (each is anchored at both ends)
_SHORT_CHROME = re.compile(f"(?:{_SOCIAL.pattern})|(?:{_CONSENT_LINE.pattern})", re.I)
#: a relative time or a counter: short lines only (looked for apart, so that other lines pay nothing)
_RELATIVE_OR_COUNTER = re.compile(f"^(?:{_RELATIVE_TIME}|{_COUNTER})$", re.I)


def _is_breadcrumb(s: str) -> bool:
    """'News » World » Europe', 'Вести / Свет / Европа': three or more short parts between
    separators (a headline holds at most one such separator), or two single words."""
    if len(s) > 160 or not _CRUMB_CHARS.intersection(s):
        return False
    s = " ".join(s.split())                   # "Početna  /  Gdje radimo  /  ...": runs of spaces around the separators
    if len(s) > 120:
        return False
    if _CRUMB_CONTINUED.match(s) and len(s.split()) <= 9:
        # "/ High Commissioner on National Minorities", "/ Новости и пресс-релизы": a breadcrumb printed an item a
        # line, each item after the first opening with the path's separator (no headline opens with one)
        return True
    directed = _DIRECTED_CRUMB.split(s) if "«" not in s else []
    # (three parts or more: the last, the page's own, may hold a date, "Wybory > Polska > Wybory prezydenckie, 10 maja
    # 2015 r.", ah1_pl; a headline holds no two pointing separators)
    if len(directed) >= 2 and all(1 <= len(part.split()) <= 6 and not _CRUMB_PART_END.search(part)
                                  for part in (directed[:-1] if len(directed) >= 3 else directed)) \
            and len(directed[-1].split()) <= 8:
        # "Почетна › Мисија во Скопје › Вести и соопштенија за медиуми", "News & Media > Press releases":
        # a path's separators point on (a headline has none), so two parts will do, and longer ones
        return True
    parts = _CRUMB_SEPARATOR.split(s)
    if len(parts) == 2:
        # "Lajme / Politikë", "Македонија | Политика": two capitalised words, a section and its rubric
        return all(part.strip() and part.count(" ") == 0 and part[:1].isupper() and part.isalpha()
                   for part in (p.strip() for p in parts))
    # (four parts or more, whose items may be longer: "Саҳифаи асосӣ / Мо дар куҷо кор мекунем / Дафтари барномавии
    # САҲА дар Душанбе / Ахбор"; a headline never holds three such separators)
    longest = 6 if len(parts) >= 4 else 4
    return len(parts) >= 3 and all(0 < part.count(" ") + 1 <= longest and part.strip() for part in parts)


def _menu_path(s: str, headings: list[tuple[int, str]]) -> bool:
    """'Kryefaqja / Rreth nesh', 'Башкы бет / Кеңсе жөнүндө': a path of two or more short parts (one to four words,
    no sentence's marks) whose first part the site's menu printed above on a line of its own (its home, in whatever
    language): a breadcrumb through the site's own menu (line o's field offices' sites, o1_sq, o3_ky)."""
    if len(s) > 120 or not _CRUMB_CHARS.intersection(s):
        return False
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(s)]
    if len(parts) < 2 or not all(1 <= len(p.split()) <= 4 and not _CRUMB_PART_END.search(p) for p in parts):
        return False
    first = _fold_line(parts[0])
    return any(_fold_line(h) == first for _, h in headings)


#: a breadcrumb's item on a line of its own after the first: the separator, then a few words with no sentence's marks
_CRUMB_CONTINUED = re.compile(r"^(?:/|»|›|>|→)\s+[^\W\d_][^.!?:;\"“”„\d]{0,100}$")
#: a breadcrumb's separator that points to the next part, with a space either side
_DIRECTED_CRUMB = re.compile(r"\s(?:›|>|»|→)\s")
#: what a crumb never holds: a sentence's or a quotation's marks, a figure
_CRUMB_PART_END = re.compile(r"[.!?:;,\"“”„]\s*$|\d")


#: words that join a rubric's parts ("Europe & Central Asia", "Politik und Gesellschaft")
_RUBRIC_JOINERS = frozenset("& and und et i и і e y și ve".split())


def _rubric_pair(s: str, lines: list[str], i: int) -> bool:
    """'Commentary / Europe & Central Asia', 'Analyse | Osteuropa': a content type and a region, two parts of
    capitalised words (one to four each, no sentence's marks), right above a longer heading: a rubric, as the
    two-word crumbs of :func:`_is_breadcrumb` are, which the headline under it follows."""
    parts = [p.strip() for p in re.split(r"\s[/|]\s", s)]
    if len(parts) != 2 or re.search(r"[:?!,.;\d\"«»“]", s):
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w in _RUBRIC_JOINERS for w in words):
            return False
    following = next((ln.strip() for ln in lines[i + 1:i + 3] if ln.strip()), "")
    return len(following.split()) > len(s.split()) and _is_heading(following)


_META_SEPARATOR = re.compile(r"\s[|•·]\s")
# the parts of a stamp line: bars and bullets with or without spaces, a spaced dash, an arrow
_STAMP_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[-–—/]\s+|\s*(?:->|→)\s*")
#: a part of a stamp line that is no date is a name, a rubric, a time or an update: a few words
STAMP_PART_WORDS = 5
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")


def meta_line_date(line: str) -> dt.date | None:
    """The date of a short metadata line in parts ('12 March 2024 | 14:35 | Politics',
    'Politika • 12.03.2024 • 14:35'), else None. See :func:`stamp_line_date` for the shape
    that holds across sites."""
    s = line.strip()
    if len(s) > 120 or not _HAS_YEAR.search(s):
        return None
    date = stamp_line_date(s) or _stamp_before_update(s)
    if date or len(s) > 90 or not _META_SEPARATOR.search(s):
        return date
    updated = False
    for part in _META_SEPARATOR.split(s):
        date = site_timestamp(part)
        if date and not updated:
            return date
        updated = not date and len(part.split()) <= 2 and UPDATE_LABEL.search(part) is not None    # (see below)
    return None


def stamp_line_date(s: str) -> dt.date | None:
    """The publication date of a stamp line: parts between separators, one of them only a date
    (with its time or publication word), every other one a few words: a byline's name, a
    rubric, a time, an update stamp ("Hilal Demir |11.03.2021 - Güncelleme : 12.03.2021",
    "03.12.2020 - Artikel", "Piše: Name | 06.06.2019. u 09:12"). The first such date wins;
    a part labelled as an update, an edit or an event never gives it. A part of more words is
    text, and then the line is no stamp line. Never raises."""
    parts = [p for p in _STAMP_SEPARATOR.split(s) if p and p.strip()]
    if len(parts) < 2:
        return None
    found, updated = None, False
    for part in parts:
        # (a part may be a stamp and an update's label and date after it: "07.03.2020 Güncelleme: 07.03.2020", ah2_tr)
        date = site_timestamp(part) or loose_stamp(part) or (_stamp_before_update(part) if _HAS_YEAR.search(part)
                                                            else None) or _date_label_part(part)
        if date is not None:
            found = found or (None if updated else date)
        elif len(part.split()) > STAMP_PART_WORDS:
            return None
        # an update's label as a part of its own labels the date after it ("Nuashonraithe / Tuesday, 16 Dec 2025
        # 17:42", af1_ga; "Updated | 16.12.2025"): no publication date (lead decision 3)
        updated = date is None and len(part.split()) <= 2 and UPDATE_LABEL.search(part) is not None \
            and not _HAS_YEAR.search(part)
    return found


def _date_label_part(part: str) -> dt.date | None:
    """The date of a stamp line's part that is a date's label and its value ("Dato: 04.12.2025", "Datum: 14.11.2025"
    between a release's kind and its issuer: aj3_no, tc24_cs_mfa, tc24_da_mfa), else None."""
    if ":" not in part or not _HAS_YEAR.search(part):
        return None
    hit = is_label(part)
    if hit is None or hit[0] != "date" or not hit[1]:
        return None
    return site_timestamp(hit[1]) or loose_stamp(hit[1])


def _stamp_before_update(s: str) -> dt.date | None:
    """"22.03.2023. 10:15 Poslednje ažuriranje 22.03.2023. 18:40", "12 March 2024 Last updated 13
    March 2024": a stamp, then with no separator an update's label and date; the first is the
    page's (the words of the label before the update word, "Poslednje", "Last", are dropped)."""
    update = UPDATE_LABEL.search(s)
    if update is None or update.start() == 0:
        return None
    head = re.sub(r"(?:\s+[^\W\d_]+){0,2}\s*[,;|(]?\s*$", "", s[:update.start()])
    return (site_timestamp(head) or loose_stamp(head)) if head else None     # ("... 2:20 PM GMT+4")


def trailing_stamp(lines: list[str], start: int, used: set[int]) -> dt.date | None:
    """A publication stamp printed below the text ("Opublikowano: 01.12.2023, 18:42 |
    Aktualizacja: ...", "Published: 12 March 2024"): only a line or part that names itself
    the publication date counts, never a bare date (a signature's, an "as of" stamp's). The
    teasers of other pages after "Read also" are not looked at. Failing that, the first line below
    the text that is only a date and its time ("05.03.2024 16:40", "05.12.2024 10.14": the stamp
    agencies and broadcasters print under the text); a date without its time stays a signature's
    or an event's. A publication word alone on its line names the date on the next ("Published" / "14 March 2024",
    GOV.UK's block under the standfirst: h3_en_gov, tc11_en_gov). Never raises."""
    bare = None
    for n in range(start, len(lines)):
        s = lines[n]
        if len(s) > 124:
            continue                          # a paragraph: neither a stamp nor a teasers' heading
        s = s.strip()
        if _TEASERS.match(s):
            return bare
        if len(s) <= 30 and n not in used and n + 1 < len(lines) and not _HAS_YEAR.search(s) \
                and len(following := lines[n + 1].strip()) <= 60 and _HAS_YEAR.search(following) \
                and (date := published_stamp(f"{s} {following}")):
            return date                       # "Published" / "14 March 2024": the word alone, the date under it
        if n in used or len(s) > 120 or not _HAS_YEAR.search(s):
            continue
        for part in _STAMP_SEPARATOR.split(s):
            date = published_stamp(part.strip()) if part else None
            if date:
                return date
        if bare is None and len(s) <= 40 and _CLOCK.search(s) and not UPDATE_LABEL.search(s):
            bare = stamp_line_date(s) or site_timestamp(s)
    return bare


#: a time of day: "16:40", "10.14", "14h20"
_CLOCK = re.compile(r"(?<![\d.])[0-2]?\d[:.h][0-5]\d(?![\d.])")


def is_search_chrome(line: str) -> bool:
    """A search page's control or result count: 'Reset search', '51 Résultats'."""
    s = line.strip().lstrip("•·-* ").strip()
    return len(s) <= 60 and bool(_SEARCH_CHROME.match(s))


def _fold_line(line: str) -> str:
    return " ".join(line.split()).casefold()


def _repeated_lines(lines: list[str], start: int) -> frozenset[str]:
    """Lines (folded) that occur twice or more from ``start`` on: a title printed again."""
    seen: set[str] = set()
    twice: set[str] = set()
    for line in lines[start:]:
        folded = _fold_line(line)
        if len(folded) >= 12:
            (twice if folded in seen else seen).add(folded)
    return frozenset(twice)


def _is_name_of_body(text: str, shapes: bool = True) -> bool:
    """Whether a heading is only a body's name: the reference data's, or (``shapes``) a field
    operation's name in another language as a whole ("Программный офис ОБСЕ в Бишкеке",
    "Misija OEBS-a u Srbiji", a site's header above the headline)."""
    from osce_kg.loader.reference import reference  # the data is loaded once, lazily

    ref = reference()
    if any(ref.lookup(kind, text) for kind in ("organization", "field_operation", "state")):
        return True
    return shapes and operation_named_by_shape(text) is not None


def operation_named_by_shape(text: str) -> str | None:
    """The field operation a heading names as a whole in another language ("Misija OEBS-a u
    Srbiji" -> the Mission to Serbia), else None."""
    from osce_kg.loader.extract import mentions
    from osce_kg.loader.reference import reference

    s = text.strip()
    if len(s.split()) > 8 or not mentions._OSCE_NAME.search(s):
        return None
    if not any(shape.fullmatch(s) for _, shape in mentions._FO_SHAPES):
        return None
    found = mentions.find_field_operations_by_shape(s, reference())
    return found[0] if len(found) == 1 else None


def _has_heading(record: RawRecord) -> bool:
    """Whether a heading of the record's (its own headings, else all, else its title) goes over its body."""
    headings = record.own_headings if record.own_headings is not None else record.headings
    return any(headings or [record.title or ""])


# The site-wide footer (lead decision 5): the address block, copyright and contact lines and the row of links a site
# prints at the foot of every page name the site, not the item, and are chrome; an item's own contact block above it
# is not. The record carries the footer's extent (:class:`Footer`) and the stages that read the body are given it.

#: a footer's copyright line ("© OSCE 2024", "Copyright 1995-2007", "All rights reserved", "Усе правы абаронены")
_COPYRIGHT = re.compile(r"©|\((?i:c)\)[ \t]*(?:19|20)\d\d|(?i:copyright|all rights reserved|tous droits réservés|"
                        r"alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|"
                        r"все права защищены|усі права захищені|усе правы абаронены|sva prava zadržana|"
                        r"wszelkie prawa zastrzeżone|ყველა უფლება დაცულია|բոլոր իրավունքները պաշտպանված են)")
#: an address line: a house number before a comma or a dot-like separator, or a postcode before a capitalised place
#: ("Wallnerstrasse 6, 1010 Vienna, Austria", "Plaza de la Provincia, 1 · 28012 Madrid", "ul. Miodowa 10, 00-251
#: Warsaw", "MD-2004 Chișinău", "2514 AP The Hague", "ул. Четиеры, 19, Ашхабад, 744013")
_ADDRESS = re.compile(rf"\b\d{{1,4}}(?:[–-]\d{{1,4}})?[a-zA-Z]?[ \t]*[,·|]"
                      rf"|(?:^|[ \t,·|])(?:[A-Z]{{1,3}}-)?\d{{2}}-?\d{{2,4}}(?:[ \t]+[A-Z]{{2}})?[ \t]+[{UPPER}]"
                      rf"|,[ \t]*\d{{5,6}}\b")
#: a footer's row of links or a share bar: two to eight short items apart by two spaces or more, a bar or a dot
#: ("Contact us   Terms of use   Privacy", "Услови на користење   Приватност", "Share | Print"), or a phone, a fax,
#: a mail address
_LINKS_ROW = re.compile(r"[^\W\d][\w'’-]*(?:[ \t]+[\w'’&-]+){0,3}:?(?:(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)"
                        r"[^\W\d][\w'’-]*(?:[ \t]+[\w'’&-]+){0,3}){0,7}")
_SEPARATED = re.compile(r"\S(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)\S")
_PHONE_OR_MAIL = re.compile(r"^[^\n]{0,30}(?:\+\d[\d \t()/-]{6,}|\S+@\S+\.\w+)[^\n]{0,20}$")
#: how many lines at the foot of a page may be its footer
_FOOTER_SCAN = 12
#: a contact label's word (a press contact's block is the item's, not the site's footer)
CONTACT_WORD = re.compile(r"(?i:contact|contatt|kontakt|контакт|iletişim|kapcsolat|yhteys|enquir|inquir)")
#: contact labels of the region's languages beside :data:`CONTACT_WORD`'s ("Байланыс", "Əlaqə", "Aloqa")
_CONTACT_MORE = re.compile(r"(?i:байланыс|байланыш|əlaqə|aloqa|алоқа|тамос|kontaktai)")
#: a label heading an address of the item's own ("Address", "Адрес", "Adresa", "Venue", "Место проведения")
_ADDRESS_LABEL = re.compile(r"(?i:address|adresse?|adresa|adres|адрес|адреса|адреса|venue|lieu|место проведения|"
                            r"місце проведення|mjesto održavanja|место одржавања|location)[ \t]*:?")
#: a sentence's or a line's end (Armenian "։" too; "?" and "!" only before a quote's end), an address, a phone, a mail
SENTENCE_END = re.compile(r"(?:[.,;:։…]|[!?](?=[\"'»”“’)]))[\"'»”“’)\]]*$|@|://|\|")


def _address_line(line: str) -> bool:
    return len(line) <= 160 and len(line.split()) <= 22 and bool(_ADDRESS.search(line)) \
        and not re.search(r"(?<!\d)[.!?]$", line) and not re.search(r"[^\W\d_]{2,}[.!?][ \t]+[{UPPER}]", line)


def site_footer(text: str, above: bool = False) -> Footer:
    """The site-wide footer at the foot of ``text`` (:data:`NO_FOOTER` when there is none): the last lines (twelve at
    most) that are a copyright line, an address, a row of links, a phone or a mail address, or blank, with the site's
    name on the line over its address; the footer holds a copyright line or an address, and some text goes over it
    (``above``: a heading goes over ``text``). An address that belongs to the item's own contact block (a contact label
    on its line, or a bare label such as "Contact", "For further information contact:", "Contacto de prensa" heading
    the lines over it with no blank line between) is not the footer's, nor anything over it. A label with the contact
    on its own line ("Contact presse : Nat Parry, +45 ...") ends there. Never raises."""
    lines = text[-4000:].split("\n")
    offset = len(text) - len("\n".join(lines))
    starts, pos = [], offset
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    first, seen, k = len(lines), False, len(lines) - 1
    while k >= 0 and len(lines) - k <= _FOOTER_SCAN:
        line = lines[k].strip()
        address = bool(line) and _address_line(line)
        if address and _contact_owns(lines, k):
            break
        if line and not (address or _COPYRIGHT.search(line) or _PHONE_OR_MAIL.match(line)
                         or (len(line) <= 100 and _LINKS_ROW.fullmatch(line) and _SEPARATED.search(line))):
            # the site's name over its address ("Organization for Security and Co-operation in Europe")
            if not (k + 1 < len(lines) and _address_line(lines[k + 1].strip()) and len(line.split()) <= 10
                    and not SENTENCE_END.search(line) and not CONTACT_WORD.search(line)):
                break
        seen = seen or address or bool(_COPYRIGHT.search(line))
        first, k = k, k - 1
    if not seen or first >= len(lines) or not (above or any(line.strip() for line in lines[:first])):
        return NO_FOOTER                  # (a text that is all footer-like, one address, is the item's own)
    shaped = first if footer_line(lines[first].strip()) else first + 1
    return Footer(len(text) - starts[first], len(text) - starts[shaped] if shaped < len(lines) else 0)


def footer_line(line: str) -> bool:
    """A line that is a footer's by its own shape: an address, a copyright line, a row of links, a phone or a mail."""
    return _address_line(line) or bool(_COPYRIGHT.search(line) or _PHONE_OR_MAIL.match(line)
                                       or (len(line) <= 100 and _LINKS_ROW.fullmatch(line) and _SEPARATED.search(line)))


def _contact_owns(lines: list[str], k: int) -> bool:
    """The address on line ``k`` is in the item's own contact block: a contact word on its line, or a bare contact
    label (a short one, no contact after its colon) on one of the four lines over it with no blank line between."""
    if CONTACT_WORD.search(lines[k]) or _CONTACT_MORE.search(lines[k]) or _ADDRESS_LABEL.match(lines[k].strip()):
        return True
    for j in range(k - 1, max(-1, k - 5), -1):
        line = lines[j].strip()
        if not line:
            return False
        label, colon, rest = line.partition(":")
        if len(label) <= 45 and (CONTACT_WORD.search(label) or _CONTACT_MORE.search(label)
                                 or _ADDRESS_LABEL.fullmatch(label)):
            return not (colon and rest.strip())
    return False
