"""Dates as OSCE pages write them, in the languages they are written in.

Pure functions. ``parse_date`` reads one date expression; ``find_date`` finds the first
in a string; ``parse_range`` reads "11 -13 September 2013" style ranges.
"""
from __future__ import annotations

import contextvars
import datetime as dt
import functools
import re
import unicodedata

_MONTHS_BY_LANG: dict[str, str] = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "sr-Latn": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "hr": "siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac",
    "hr-gen": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sr-Cyrl": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru-nom": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
}
# more languages of the participating States (genitive where dates use it); added after the
# ones above, so a form they already read keeps its month (Croatian "listopada" is October)
_MORE_MONTHS: dict[str, str] = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    # Slovene dates take the genitive ("19. februarja 2026"): five of its forms no other language's table has
    "sl-gen": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "be": "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня",
    "uk-nom": "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lv": "janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
          "νοεμβρίου δεκεμβρίου",
    "el-nom": "ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος "
              "νοέμβριος δεκέμβριος",
    # Armenian dates use the genitive ("12 մարտի 2024"); the nominative is a prefix of it
    "hy": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի "
          "նոյեմբերի դեկտեմբերի",
    # Georgian nominative; its dative ("მარտს") and genitive ("მარტის") are added below
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    "ka-gen": "იანვრის თებერვლის მარტის აპრილის მაისის ივნისის ივლისის აგვისტოს სექტემბრის ოქტომბრის "
              "ნოემბრის დეკემბრის",
    "lv-loc": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "mt": "jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr",
    "tk": "ýanwar fewral mart aprel maý iýun iýul awgust sentýabr oktýabr noýabr dekabr",
    # Kazakh in the Latin alphabet of 2021 (Kazinform's Latin edition): "Astana. 15 sáýir."
    "kk-Latn": "qańtar aqpan naýryz sáýir mamyr maýsym shilde tamyz qyrkúıek qazan qarasha jeltoqsan",
    # Tajik writes the month with the izafet ("12 марти 2024"); Kyrgyz as Russian's nominative
    "tg": "январи феврали марти апрели майи июни июли августи сентябри октябри ноябри декабри",
    # Kyrgyz's possessive after the year's genitive ("2020-жылдын 15-декабры", aa3_ky)
    "ky": "январы февралы марты апрели майы июну июлу августу сентябры октябры ноябры декабры",
    # Turkmen's possessive after the year's genitive ("2024-nji ýylyň 17-nji sentýabry": ac2_tk, tb17_tk_mfa)
    "tk-poss": "ýanwary fewraly marty apreli maýy iýuny iýuly awgusty sentýabry oktýabry noýabry dekabry",
}
# spellings that are neither a full name above nor a prefix of one
_EXTRA = {"jänner": 1, "maerz": 3, "juni": 6, "juli": 7, "august": 8, "avgusta": 8, "augusta": 8,
          "sept": 9, "okt": 10, "ноя": 11, "дек": 12, "сент": 9, "mei": 5, "ağu": 8,
          "mayis": 5, "agustos": 8, "eylul": 9, "kasim": 11, "aralik": 12, "subat": 2}


def _fold(word: str) -> str:
    """Lower case; strip a final dot. (Diacritics are kept: 'mai' and 'maj' differ.)"""
    return unicodedata.normalize("NFC", word.lower().rstrip("."))


def _build_table(more: bool = True) -> dict[str, int]:
    table: dict[str, int] = dict(_EXTRA)
    for names in _MONTHS_BY_LANG.values():
        for number, name in enumerate(str(names).split(), start=1):
            table[name] = number
            # Serbian/Bosnian genitive ("januara", "марта") and Latin spellings without diacritics
            table.setdefault(name + ("а" if "Ѐ" <= name[0] <= "ԯ" else "a"), number)
            plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
            table.setdefault(plain, number)
    for names in _MORE_MONTHS.values() if more else ():
        for number, name in enumerate(names.split(), start=1):
            table.setdefault(name, number)
            if "ა" <= name[0] <= "ჰ" and name.endswith("ი"):
                table.setdefault(name[:-1] + "ს", number)        # Georgian dative: "12 მარტს"
    return table


MONTHS: dict[str, int] = _build_table()
# abbreviations are read against the first languages, then against all ("Mar." stays March
# though Finnish "marraskuuta" is November)
_ABBREVIATION_TABLES = (_build_table(more=False), MONTHS)
_FULL_NAMES = sorted(MONTHS, key=len, reverse=True)


#: the language of the page being read (set by the reader around a page): a month's name that two languages
#: share is read in the page's (:data:`_SHARED_NAMES`)
PAGE_LANGUAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar("page_language", default=None)
#: month names two of the languages share with different months, by the language that differs from the table:
#: Croatian "listopad(a)" is October, Polish and Czech "listopad(a)" November
_SHARED_NAMES: dict[str, dict[str, int]] = {
    "pl": {"listopad": 11, "listopada": 11},
    "cs": {"listopad": 11, "listopadu": 11},
}


def month_number(word: str) -> int | None:
    """The month a word names (any supported language, full or abbreviated), else None; a name two languages
    share is read in the page's language when it is known (:data:`PAGE_LANGUAGE`)."""
    language = PAGE_LANGUAGE.get()
    if language is not None and (shared := _SHARED_NAMES.get(language.split("-")[0])):
        found = shared.get(_fold(word))
        if found:
            return found
    return _month_number(word)


@functools.lru_cache(maxsize=4096)
def _month_number(word: str) -> int | None:
    """The month a word names (any supported language, full or abbreviated), else None.

    Abbreviations are accepted when at least three letters long and every month name
    they begin agrees ("Sept", "июл", "Dez.").
    """
    w = _fold(word)
    if w in MONTHS:
        return MONTHS[w]
    if len(w) < 3 or not w.isalpha():
        return None
    for table in _ABBREVIATION_TABLES:
        found = {n for name, n in table.items() if name.startswith(w)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


_LETTERS = r"[^\W\d_]"
_MONTH = rf"(?P<month>{_LETTERS}{{3,12}}\.?)"
_DAY = r"(?P<day>[0-3]?\d)\.?"
# "12-март 2024", "12-mart 2024-yil": the day joined to the month by a hyphen (Central Asia); Turkmen writes the
# day as an ordinal ("4-nji dekabr", "9-njy iýul", "15-nji iýul": TDH, Neutral Turkmenistan)
_DAY_JOIN = r"(?:-(?:nji|njy|inji|ynjy|unjy|ünji)\s+|\s*|-(?=[^\W\d_]))"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# "18 February 2009", "18. februar 2009.", "1 июл", "27 July, 2010", "18 Feb. 2009", and the
# Iberian "12 de marzo de 2024", "1 d'octubre de 2024", and the Tajik "7 июни соли 2013" ("of the year": o3_tg's
# dateline, as w3_tg's and v2_tg's write theirs)
# (and the Maltese "11 ta' Jannar 2024": aa1_mt)
DMY = re.compile(rf"\b{_DAY}{_DAY_JOIN}(?:de\s+|d[’']|ta[’']\s+)?{_MONTH}(?:,?\s+(?:de\s+|соли\s+)?{_YEAR}\b)?",
                 re.UNICODE)
# "February 18, 2009"
MDY = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.UNICODE)
# "2008-03-31", and year first with dots or slashes as Hungarian, Lithuanian and East Asian
# sites write them: "2008.03.31.", "2008/03/31"
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-./])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)\b")
# "31/03/2008", "31.03.2008", "31-03-2008"; the first number is the day unless only the second
# can be one ("03/31/2008", as US pages write it): see :func:`_day_month`
# "12. 3. 2024": a space after each dot, as Czech, Slovak, Slovenian and Croatian sites write it
NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)(?P<sep>\.\s?|[/-])(?P<month>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b")
# year first with a month name: Hungarian "2024. március 12.", Lithuanian "2024 m. kovo 12 d.",
# Latvian "2024. gada 12. martā", Georgian "2024 წლის 12 მარტი", Armenian "2024 թ. մարտի 12",
# Kazakh "2024 жылғы 12 наурыз"; the day stands before or after the month
# (Kyrgyz and Uzbek join the year's word and the month to their numbers by a hyphen: "2020-жылдын 15-декабры",
# "2020-yil 15-dekabr")
# (Turkmen's ordinal and genitive, "2024-nji ýylyň": ac2_tk, tb17_tk_mfa)
# (and Uzbek in Cyrillic, "2025 йил 22 май", "2025 йилнинг 22 майи": ae3_uz, round 2)
_YEAR_MARK = (r"(?:(?:m|г|թ|ж|r|р)\.|gada|წლის|թվականի|жылғы|жылдын|жылы|yılı|yilning|yil|ili|йилнинг|йил|года|году|"
              r"(?:nji|njy)\s+ýylyň)")
YMD = re.compile(rf"\b{_YEAR}\.?\s*(?:-?{_YEAR_MARK}\s*)?(?:(?P<day1>[0-3]?\d)(?:-(?:nji|njy)\s+|\.?\s+|-))?"
                 rf"{_MONTH}"
                 rf"(?:\s+(?P<day>[0-3]?\d)(?![\d:])\.?(?:\s*d\.|-?(?:án|én|jén|ján|ig))?)?", re.UNICODE)


def make_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    """A date, or None when a part is missing or out of range."""
    if not (year and month and day):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, default_year: int | None = None) -> tuple[dt.date | None, bool]:
    """Read the first date in ``text``.

    Returns ``(date, had_year)``; the date is None when none is found or no year is
    given and ``default_year`` is None. Never raises.
    """
    partial = parse_partial(text)
    if partial is None:
        return None, False
    year, month, day = partial
    return make_date(year or default_year, month, day), year is not None


def parse_partial(text: str) -> tuple[int | None, int, int] | None:
    """The first (year or None, month, day) in ``text``, else None. Never raises."""
    for month, day, year in _date_matches(text):
        if month is not None and day and 1 <= month <= 12 and 1 <= day <= 31:
            return year, month, day
    return None


def complete_year(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    """A yearless day and month placed in the year of ``reference`` (the page's own metadata).

    A December dateline on a January page belongs to the year before. Never raises.
    """
    if reference is None:
        return None
    year = reference.year
    if month - reference.month > 6:
        year -= 1
    return make_date(year, month, day)


#: the order of a page's numeric dates: "dmy" (the region's) unless the page shows that it writes
#: the month first (:func:`numeric_order`); set per page by the reader, read by :func:`_day_month`
NUMERIC_ORDER: contextvars.ContextVar[str] = contextvars.ContextVar("numeric_order", default="dmy")


def numeric_order(text: str) -> str:
    """"mdy" when a page's numeric dates show the month first (one of them can only be read so,
    "03/31/2008", and none only day first), else "dmy". Never raises."""
    month_first = day_first = False
    for m in NUMERIC.finditer(text):
        first, second = int(m.group("day")), int(m.group("month"))
        month_first |= second > 12 >= first
        day_first |= first > 12 >= second
    return "mdy" if month_first and not day_first else "dmy"


def _day_month(m: re.Match) -> tuple[int, int]:
    """(day, month) of a numeric date: day first, as the OSCE region writes it, unless the
    second number cannot be a month and the first can ("03/31/2008"), or the page writes its
    numeric dates month first (:data:`NUMERIC_ORDER`)."""
    day, month = int(m.group("day")), int(m.group("month"))
    if month > 12 >= day or NUMERIC_ORDER.get() == "mdy" and day <= 12:
        return month, day
    return day, month


def _ymd(m: re.Match) -> tuple[int | None, int, int] | None:
    """(month, day, year) of a year-first date, or None when it has no day or two."""
    day = m.group("day1") or m.group("day")
    if not day or m.group("day1") and m.group("day"):
        return None
    return month_number(m.group("month")), int(day), int(m.group("year"))


def _date_matches(text: str):
    """(month, day, year) candidates in order of position in ``text``."""
    found: list[tuple[int, tuple[int | None, int | None, int | None]]] = []
    for rx in (DMY, MDY):
        for m in rx.finditer(text):
            year = int(m.group("year")) if m.group("year") else None
            found.append((m.start(), (month_number(m.group("month")), int(m.group("day")), year)))
    for m in ISO.finditer(text):
        found.append((m.start(), (int(m.group("month")), int(m.group("day")), int(m.group("year")))))
    for m in NUMERIC.finditer(text):
        day, month = _day_month(m)
        found.append((m.start(), (month, day, int(m.group("year")))))
    if _YEAR_FIRST.search(text):
        for m in YMD.finditer(text):
            ymd = _ymd(m)
            if ymd and ymd[0]:
                found.append((m.start(), ymd))
    found.sort(key=lambda item: item[0])
    for _, value in found:
        yield value


#: a year followed by a word: the only place a year-first date can start (a cheap test first)
_YEAR_FIRST = re.compile(r"\b(?:19|20)\d\d\.?(?:\s+|-)[^\W\d_]")


def find_date_span(text: str) -> tuple[int, int, dt.date | None, bool] | None:
    """Where the first complete-or-yearless date in ``text`` is: (start, end, date, had_year)."""
    best: tuple[int, int, dt.date | None, bool] | None = None
    for rx in (DMY, MDY, ISO, NUMERIC, YMD):
        for m in rx.finditer(text):
            if rx is YMD:
                value = _ymd(m)
                if not value or not value[0]:
                    continue
                month, day, _ = value
            elif rx in (DMY, MDY):
                month, day = month_number(m.group("month")), int(m.group("day"))
                if month is None:
                    continue
            elif rx is NUMERIC:
                day, month = _day_month(m)
            else:
                month, day = int(m.group("month")), int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else None
            candidate = (m.start(), m.end(), make_date(year, month, day), year is not None)
            if best is None or candidate[0] < best[0]:
                best = candidate
            break
    return best


# "11 -13 September 2013", "5-9 July 2007", "from 21 to 23 November 2022", "14 – 19 August 2023"
#: a range of days in one month ("23 – 24 ottobre 2025", "6 – 7 de marzo de 2025": Spanish joins day, month and year
#: with "de", tc23_es)
RANGE = re.compile(
    rf"\b(?P<d1>[0-3]?\d)\.?\s*(?:{_LETTERS}{{3,12}}\.?\s*)?(?:-|–|—|to|until|bis|au|do|до)\s*"
    rf"(?P<d2>[0-3]?\d)\.?\s+(?:de\s+)?(?P<month>{_LETTERS}{{3,12}}\.?)(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?",
    re.UNICODE,
)


def parse_range(text: str, default_year: int | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The first date range in ``text`` (start, end), else the first single date (date, None).

    Never raises.
    """
    for m in RANGE.finditer(text):
        month = month_number(m.group("month"))
        if month is None:
            continue
        year = int(m.group("year")) if m.group("year") else default_year
        start_text = text[m.start():m.start("d2")]
        start_month = month
        inner = re.search(rf"{_LETTERS}{{3,12}}", start_text)
        if inner and (inner_month := month_number(inner.group())):
            start_month = inner_month
        start = make_date(year, start_month, int(m.group("d1")))
        end = make_date(year, month, int(m.group("d2")))
        if start and end and start <= end:
            return start, end
    date, _ = parse_date(text, default_year)
    return date, None


# weekdays in the OSCE's languages: "Friday, 21.03.2014" is a date line, not a place and a date
# (the Tajik Monday, "душанбе", is left out: it is the capital's name)
WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunedì martedì
mercoledì giovedì venerdì sabato domenica lunes martes miércoles jueves viernes sábado domingo maandag
dinsdag woensdag donderdag vrijdag zaterdag zondag luni marți miercuri joi vineri sâmbătă duminică
ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak subota nedjelja nedelja poniedziałek wtorek
środa czwartek piątek sobota niedziela pazartesi salı çarşamba perşembe cuma cumartesi pazar
понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер
пʼятниця п'ятниця субота неділя понеделник сряда четвъртък петък събота неделя понедељак уторак
четвртак петак субота недеља понеделник вторник среда четврток петок сабота недела
δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი
შაბათი კვირა երկուշաբթի երեքշաբթի չորեքշաբթի հինգշաբթի ուրբաթ շաբաթ կիրակի дүйсенбі сейсенбі сәрсенбі
бейсенбі жұма сенбі жексенбі дүйшөмбү шейшемби шаршемби бейшемби жума ишемби жекшемби сешанбе
чоршанбе панҷшанбе ҷумъа шанбе якшанбе bazar çərşənbə cümə şənbə hétfő kedd szerda
csütörtök péntek szombat vasárnap pondělí úterý čtvrtek pátek neděle pondelok utorok streda štvrtok
nedeľa segunda terça quarta quinta sexta hënë martë mërkurë enjte premte shtunë diel lunedi martedi
mercoledi giovedi venerdi""".split())
# the time after a site's date: "13:03", "13:56h", "14h35", "um 14:35 Uhr", "10:00:00 +0000"
# (Slovene's "ob": "22. avgust 2025 ob 10:15", aj3_sl and tc24_sl_vecer, two papers)
_TIME = (r"(?:\s*(?:-|–|,|\||/|\bat|\bum|à|\bu|\bу|\bв|\balle|\bo|\bob|\bom|\bnë|\bla|\bore|\bsaat|"
         r"\bkl\.|\bklo|\bkell|T)?\s*"
         r"\[?\d\d?[:h.]\d\d(?::\d\d)?(?:\.\d+)?\]?\s*(?:h|Uhr|ч\.?|[AaPp]\.?[Mm]\.?|[+-]\d\d:?\d\d|Z|"
         r"(?:GMT|UTC)\s?[+-]\d\d?(?::?\d\d)?|GMT|UTC|CES?T|EES?T|MSK|МСК|мск)?"
         # "12:05 -> 14:30": the time of the last edit after the first one (Serbian and other sites)
         r"(?:\s*(?:->|→|»|–|-)\s*\d\d?:\d\d)?)?"
         # "(UTC+04:00)", "(обновлено: 15:00 12.03.2024)": a zone or an update stamp in brackets
         r"(?:\s*\([^()]{2,40}\))?")
# the word some languages write after a year: "2024 г.", "2024-ж.", "2024-yil", "2024. godine"
_YEAR_WORD = r"(?:\s*-?\s?(?:г\.|года|году|року|р\.|godine|године|yılı|ж\.|жыл\w{0,4}|yil\w{0,4}|m\.|r\.)(?!\w))?"
# words that say a date is the page's publication ("Published:", "Posted on", "Objavljeno",
# "Опубликовано", "Veröffentlicht am", "Publié le", ...); "updated" is not among them
_PUBLISHED = ("date|dated|published(?: on)?|posted(?: on)?|publication date|date of publication|release date|"
              "delivered on|"
              "дата|датум|дата публикации|objavljeno|objavljen|objava|објављено|опубликовано|опубліковано|"
              "публикувано|објавено|"
              # the other genders and numbers of the participles ("Публикувана", "Опубликован", "Objavljena")
              "публикуван[аи]?|опубликован[аы]?|опублікован[аоі]?|објављен[аои]?|објавен[аои]?|objavljen[aoi]|"
              "publikovan[aoé]?|zveřejněn[aoé]?|vydáno|közzétéve|yayınlanma|yayın tarihi|giriş(?: tarihi)?|publikacja|"
              "veröffentlicht(?: am)?|publiziert(?: am)?|erschienen(?: am)?|"
              "publié(?:e)?(?: le)?|mis en ligne(?: le)?|pubblicato(?: il)?|pubblicata(?: il)?|"
              "publicado(?: el| em)?|publicada(?: el| em)?|publicat(?: la| pe| în)?|publicată|publikuar(?: më)?|"
              "postuar(?: më)?|opublikowano(?: dnia)?|data publikacji|zveřejněno|publikované|publikálva|"
              "megjelent|paskelbta|publicēts|avaldatud|julkaistu|publicerad|publicerat|publiceret|publisert|udgivet|"
              "gepubliceerd|"
              # (session 12) Czech's neuter participle ("Publikováno: 12. 7. 2021 10:15 | Aktualizováno: ...") and a
              # German site's "created" beside its update ("Zuletzt aktualisiert: ... | Erstellt am: 13.06.2023")
              "publikováno|erstellt(?: am)?|"
              "yayınlanma tarihi|yayınlandı|yayımlandı|dərc edilib|dərc olunub|жарияланды|жарыяланды|"
              "გამოქვეყნებულია|հրապարակվել է|δημοσιεύθηκε|δημοσίευση")


def _with_plain_greek(words: str) -> str:
    """The words and, for Greek ones, their spelling without accents: Greek capitals drop them
    ("ΔΗΜΟΣΙΕΥΣΗ" for "δημοσίευση"), and matching ignores case only."""
    plain = ["".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
             for w in words.split("|") if re.search("[\u0370-\u03ff]", w)]
    return "|".join([words, *[w for w in plain if w not in words.split("|")]])


_PUBLISHED = _with_plain_greek(_PUBLISHED)
# site timestamps: "27 July, 2010 - 13:03", "пн, 31/03/2008 - 13:27", "date 2017-06-05",
# "• 11 Dec. 1996" (a bulleted meta line), "21.12.2024. 13:56h", RSS's "Fri, 14 Jun 2024 10:00:00
# +0000", and a short line of publication chrome: "Published: 12.03.2024", "Опубликовано 12 марта 2024"
TIMESTAMP = re.compile(
    # a time may come first ("14:35 12.03.2024", "14:35, 12 марта 2024")
    # and a weekday's abbreviation, with or without its comma ("Fri, 14 Jun 2024", "ma 28 okt 2024")
    rf"^\s*(?:[•·]\s*)?(?:\d\d?:\d\d,?\s+)?(?:{_LETTERS}{{2,3}}\.?,?\s+)?"
    rf"(?P<date>(?:[0-3]?\d\.?(?:\s+|-(?=[^\W\d_]))(?:de\s+)?{_LETTERS}{{3,12}}\.?,?\s+(?:de\s+)?(?:19|20)\d\d"
    rf"|{_LETTERS}{{3,12}}\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d"
    rf"|[0-3]?\d(?:\.\s?|/|-)[0-3]?\d(?:\.\s?|/|-)(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d))"
    # a weekday may follow the date ("12 Mart 2024 Salı 14:20"): checked in site_timestamp
    rf"\.?{_YEAR_WORD}(?:,?\s+(?!(?:at|um|om|klo|kell|alle|ore|saat)\b)(?P<weekday>{_LETTERS}{{3,12}}))?{_TIME}\s*$"
    rf"|^\s*(?:[•·]\s*)?(?:{_PUBLISHED})\s*:?\s*(?P<date2>.{{6,60}}?)\s*$",
    re.IGNORECASE | re.UNICODE,
)


# words saying a date is not the page's publication: edits, events, births, deadlines
_UPDATE_WORDS = (r"updat|modif|chang|edit|izmen|измен|змін|aktualis|geänder|ändr|aggiorn|"
                 # "Güncelleme", "Aktualizacja", "Ažurirano", "Обновено", "Përditësuar",
                 # "Actualizat", "Frissítve", "Ενημέρωση", "განახლდა", "Թարմացվել", "Stand"
                 r"güncel|aktualiz|ažur|ажур|обнов|оновл|përditës|actualiz|frissít|ενημερ|"
                 r"განახლ|թարմաց|жаңарт|жаңыл|^\s*stand\b|zuletzt|dernière|mise à jour|"
                 # (session 12, lead decision 3) Bulgarian's and Russian's "Актуализирана", "Актуализировано", and
                 # the Baltic, Nordic, Dutch, Slovene and Catalan words ("Uuendatud", "Bijgewerkt", "Opdateret",
                 # "Päivitetty", "Posodobljeno", "Atnaujinta", "Atjaunots", "Actualitzat")
                 r"актуализ|uuendat|bijgewerkt|opdater|oppdater|uppdater|päivit|posodob|atnaujin|atjaun|actualitz|"
                 # and in Belarusian, Azerbaijani, Uzbek, Icelandic, Portuguese, Maltese, Tajik, Turkmen, Mongolian
                 # ("Абноўлена", "Yenilənib", "Yangilandi", "Uppfært", "Atualizado", "Aġġornat", "Навсозӣ",
                 # "Täzelendi", "Шинэчилсэн"), and Irish ("Nuashonraithe", af1_ga: RTÉ's only stamp)
                 r"абноўл|yenilən|yangilan|uppfær|atualiz|aġġorn|навсоз|täzelen|шинэчл|шинэчил|nuashonr|")
#: words saying a date is of an edit ("Updated", "Дата оновлення", "Güncelleme", "Stand")
UPDATE_LABEL = re.compile(_UPDATE_WORDS.rstrip("|"), re.I)
OTHER_DATE_LABEL = re.compile(_UPDATE_WORDS + r"birth|рожд|народж|rođen|event|expir|deadline|valid|until|"
                              r"rok|срок|термін|start|end|begin|close|open|period|from|to\b", re.I)
_LEADING_WEEKDAY = re.compile(rf"^\s*(?:e\s+)?({_LETTERS}{{3,12}}),?\s+", re.I)   # Albanian "E martë, ..."


#: a publication verb or participle in the pages' languages, as a site's stamp says it in a sentence of its own
_PUBLISHED_WORD = re.compile(r"\b(?:published|publiziert|veröffentlicht|pubblicato|publié|publicado|publicat|"
                             r"опубликовано|опубліковано|objavljeno|објављено|opublikowano|zveřejněno|publikované|"
                             r"yayınlandı|публикувано|közzétéve|paskelbta|publicēts|avaldatud)\b", re.I)


def published_sentence(line: str) -> dt.date | None:
    """The date of a short line saying in a sentence of its own when the page was published, the verb before or
    after the date, no full stop at its end ("Dieser Inhalt wurde am 02. März 2026 - 11:25 publiziert", "Questo
    contenuto è stato pubblicato il 4 dicembre 2025 - 16:20"); None for an update, a date without its year, a
    longer line or a sentence of the text. Never raises."""
    s = line.strip()
    if len(s) > 120 or len(s.split()) > 14 or s.endswith((".", "!", "?")) or not _PUBLISHED_WORD.search(s) \
            or UPDATE_LABEL.search(s):
        return None
    span = find_date_span(s)
    return span[2] if span and span[3] else None


def published_stamp(line: str) -> dt.date | None:
    """The date of a line (or a part of one) that names itself the publication date with a
    publication word of any of the pages' languages ("Published: ...", "Opublikowano: ...",
    "Опубликовано ..."), else None. Bare dates and update stamps give None. Never raises."""
    m = TIMESTAMP.match(line)                 # its second branch: a publication word, then the date
    return site_timestamp(line) if m and m.group("date2") else None


# what may follow a year-first date on a stamp line: a weekday, a time ("2024. március 12., kedd 14:20")
_AFTER_YMD = re.compile(rf"\.?,?(?:\s*(?P<weekday>{_LETTERS}{{3,12}}))?{_TIME}\s*$", re.UNICODE)


def _year_first_stamp(line: str) -> dt.date | None:
    """A stamp line with a year-first date and a month name (Hungarian, Lithuanian, Latvian,
    Georgian, Armenian, Kazakh), perhaps a weekday and a time after it."""
    s = line.strip()
    m = YMD.match(s) if s[:2] in ("19", "20") else None
    value = _ymd(m) if m else None
    if not (m and value and value[0]):
        return None
    after = _AFTER_YMD.match(s, m.end())
    if not after or after.group("weekday") and after.group("weekday").lower() not in WEEKDAYS:
        return None
    return make_date(value[2], value[0], value[1])


#: a stamp with a two-digit year and its time, alone on its line: "14:35 • 12.03.24", "12.03.24, 14:35",
#: "12/03/24 | 14:35"; a date of that shape without a time is read as nothing (a version, a score)
#: (after the words the longer stamps take: a publication word, "публикувано на 02.04.25 в 14:20")
_SHORT_YEAR_STAMP = re.compile(
    rf"^\s*(?:(?:{_PUBLISHED})\s*:?\s*(?:(?:на|on|am|le|il|el|em|la|më|dnia|od)\s+)?)?"
    r"(?:(?P<t1>[0-2]?\d:[0-5]\d)\s*[•·|,/\-–]?\s*)?(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<year>\d\d)\.?(?:\s*(?:[•·|,/\-–]|(?:в|u|у|at|um|à|alle|o|kl\.|saat|ở)(?=\s))?\s*(?P<t2>[0-2]?\d:[0-5]\d))?\s*$",
    re.IGNORECASE)


def short_year_stamp(line: str) -> dt.date | None:
    """The date of a stamp line with a two-digit year and a time ("14:35 • 12.03.24"), years 2000-2069.
    Never raises."""
    m = _SHORT_YEAR_STAMP.match(line) if len(line) <= 60 else None
    if m is None or not (m.group("t1") or m.group("t2")) or int(m.group("year")) >= 70:
        return None
    return make_date(2000 + int(m.group("year")), int(m.group("month")), int(m.group("day")))


def site_timestamp(line: str) -> dt.date | None:
    """The date of a line that is only a site timestamp, else None. Never raises."""
    m = TIMESTAMP.match(line)
    if not m and line.lstrip()[:2] in ("19", "20"):
        return _year_first_stamp(line)
    if not m:
        weekday = _LEADING_WEEKDAY.match(line)        # "Tuesday, 12 March 2024 14:35"
        if weekday is None or weekday.group(1).lower() not in WEEKDAYS:
            return None
        m = TIMESTAMP.match(line[weekday.end():])
        if not m:
            return None
    if m.group("weekday") and m.group("weekday").lower() not in WEEKDAYS:
        return None                          # "12 March 2024 Politics": a date, then a word
    raw = m.group("date") or m.group("date2") or ""
    if m.group("date2") and OTHER_DATE_LABEL.search(re.split(r"\d", raw, maxsplit=1)[0]):
        return None                          # "Дата изменения: ...": the date of an edit
    date, had_year = parse_date(raw)
    return date if had_year else None


# -- a stamp line by its words ------------------------------------------------------------
# What a site prints around its date, in any order: times, zones, weekdays and their
# abbreviations, the prepositions before a time, year words and publication words. A short line
# of one date and only such words is a stamp whatever its order ("ma 28 okt 2024 om 14:05",
# "14:20 / 15.02.2022", "8. Februar 2024, 15:32 Uhr", "сб, 12.03.2024 г. в 14:20 (МСК)").
_STAMP_WORDS = frozenset(
    """at um om à a alle ore saat klo kell kl o u у в во на la në le el il am on the of uhr h ч час часов
    gmt utc cet cest eet eest msk мск bst et pm am pt edt est pdt pst cdt cst aedt aest trt azt amt get almt
    uzt tjt kgt""".split()) | WEEKDAYS
_STAMP_TIME = re.compile(r"\b\d\d?[:h.]\d\d(?::\d\d)?\b|\b[+-]\d\d?(?::?\d\d)?\b")
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _stamp_vocabulary() -> frozenset[str]:
    """The words a stamp line may hold besides its date (see above), with the publication and
    year words of every language."""
    words = set(_STAMP_WORDS)
    words.update(w.lower() for w in _WORD.findall(_PUBLISHED) if len(w) > 2)
    words.update("года году року godine године yılı жыл жылы yil yili gada წლის թ".split())
    return frozenset(words)


#: a reading time printed after a stamp on its line ("16 januari 2023 Leestijd 4 minuten", ae2_nl; the own pages
#: print it on a line of its own too: "Leestijd 6 minuten", "2 min read", "Temps de Lecture 2 min.")
_READING_TIME = re.compile(r"\s*[|·•,-]?\s*(?:(?:leestijd|lesezeit|reading time|read time|lesetid|läsetid|lästid|"
                           r"læsetid|lukuaika|czas czytania|время чтения|час читання|temps de lecture|tempo di lettura|"
                           r"tiempo de lectura|okuma süresi|vrijeme čitanja|čas čtení|olvasási idő|timp de citire)"
                           r"\s*:?\s*\d{1,2}\s*[^\W\d_]{0,8}\.?|\d{1,2}\s*min(?:ute)?s?\.?\s+read"
                           # (the minutes first in Czech and Slovak too: "5. prosince 2026   7 min čtení", ak2_cs)
                           r"|\d{1,2}\s*min\.?\s+(?:čtení|čítania))\s*$", re.I)


def loose_stamp(line: str) -> dt.date | None:
    """The date of a short line that holds one full date and otherwise only the words a site
    prints around it (times, zones, weekdays, prepositions, year and publication words), in any
    order; None for a line with any other word (a headline with a date, an update stamp, a
    relative date). Never raises."""
    s = line.strip()
    if len(s) > 90 or not _YEAR_FIRST_DIGITS.search(s):
        return None
    s = _READING_TIME.sub("", s)             # (the reading time after the stamp is no second number of it)
    span = find_date_span(s)
    if span is None or not span[3] or span[2] is None:
        return None
    rest = _STAMP_TIME.sub(" ", s[:span[0]] + " " + s[span[1]:])
    if re.search(r"\d", rest):
        return None                          # a second number or date: not one stamp
    vocabulary = _stamp_vocabulary()
    if any(w.lower() not in vocabulary and len(w) > 3 for w in _WORD.findall(rest)):
        return None
    if UPDATE_LABEL.search(rest):
        return None
    return span[2]


_YEAR_FIRST_DIGITS = re.compile(r"(?:19|20)\d\d")
