"""Dates as OSCE pages write them, in the languages they are written in.

Pure functions. ``parse_date`` reads one date expression; ``find_date`` finds the first
in a string; ``parse_range`` reads "11 -13 September 2013" style ranges.
"""
from __future__ import annotations

import datetime as dt
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
    return table


MONTHS: dict[str, int] = _build_table()
# abbreviations are read against the first languages, then against all ("Mar." stays March
# though Finnish "marraskuuta" is November)
_ABBREVIATION_TABLES = (_build_table(more=False), MONTHS)
_FULL_NAMES = sorted(MONTHS, key=len, reverse=True)


def month_number(word: str) -> int | None:
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
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# "18 February 2009", "18. februar 2009.", "1 июл", "27 July, 2010", "18 Feb. 2009"
DMY = re.compile(rf"\b{_DAY}\s*{_MONTH}(?:,?\s+{_YEAR}\b)?", re.UNICODE)
# "February 18, 2009"
MDY = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.UNICODE)
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# "31/03/2008", "31.03.2008"
NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")


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


def _date_matches(text: str):
    """(month, day, year) candidates in order of position in ``text``."""
    found: list[tuple[int, tuple[int | None, int | None, int | None]]] = []
    for rx in (DMY, MDY):
        for m in rx.finditer(text):
            year = int(m.group("year")) if m.group("year") else None
            found.append((m.start(), (month_number(m.group("month")), int(m.group("day")), year)))
    for rx in (ISO, NUMERIC):
        for m in rx.finditer(text):
            found.append((m.start(), (int(m.group("month")), int(m.group("day")), int(m.group("year")))))
    found.sort(key=lambda item: item[0])
    for _, value in found:
        yield value


def find_date_span(text: str) -> tuple[int, int, dt.date | None, bool] | None:
    """Where the first complete-or-yearless date in ``text`` is: (start, end, date, had_year)."""
    best: tuple[int, int, dt.date | None, bool] | None = None
    for rx in (DMY, MDY, ISO, NUMERIC):
        for m in rx.finditer(text):
            if rx in (DMY, MDY):
                month = month_number(m.group("month"))
                if month is None:
                    continue
            else:
                month = int(m.group("month"))
            year = int(m.group("year")) if m.group("year") else None
            candidate = (m.start(), m.end(), make_date(year, month, int(m.group("day"))), year is not None)
            if best is None or candidate[0] < best[0]:
                best = candidate
            break
    return best


# "11 -13 September 2013", "5-9 July 2007", "from 21 to 23 November 2022", "14 – 19 August 2023"
RANGE = re.compile(
    rf"\b(?P<d1>[0-3]?\d)\.?\s*(?:{_LETTERS}{{3,12}}\.?\s*)?(?:-|–|—|to|until|bis|au|do|до)\s*"
    rf"(?P<d2>[0-3]?\d)\.?\s+(?P<month>{_LETTERS}{{3,12}}\.?)(?:,?\s+(?P<year>(?:19|20)\d\d))?",
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


# site timestamps: "27 July, 2010 - 13:03", "пн, 31/03/2008 - 13:27", "date 2017-06-05"
# also "• 11 Dec. 1996" (a bulleted meta line) and "21.12.2024. 13:56h"
TIMESTAMP = re.compile(
    rf"^\s*(?:[•·]\s*)?(?:{_LETTERS}{{2,3}},\s*)?(?P<date>(?:[0-3]?\d\s+{_LETTERS}{{3,12}}\.?,?\s+(?:19|20)\d\d"
    rf"|[0-3]?\d[./][01]?\d[./](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d))"
    rf"\.?\s*(?:-|–|,)?\s*(?:\d\d?:\d\dh?)?\s*$"
    rf"|^\s*(?:date|dated|published|posted|Дата)\s*:?\s*(?P<date2>.+?)\s*$",
    re.IGNORECASE | re.UNICODE,
)


def site_timestamp(line: str) -> dt.date | None:
    """The date of a line that is only a site timestamp, else None. Never raises."""
    m = TIMESTAMP.match(line)
    if not m:
        return None
    raw = m.group("date") or m.group("date2") or ""
    date, had_year = parse_date(raw)
    return date if had_year else None
