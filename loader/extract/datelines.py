"""Datelines: "BRUSSELS, 18 February 2009 - ..." and all their variants.

Pure functions. A dateline is a line (or the start of one) with upper-case place(s),
optionally a country, a date (possibly without year) and a dash before the text.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from osce_kg.loader.extract.dates import DMY, ISO, MDY, NUMERIC, WEEKDAYS, YMD, _day_month, _ymd, complete_year, \
    make_date, month_number

# capitals of the scripts the participating States write: Latin, Cyrillic, Greek, Armenian
# (and the Cyrillic letters of Kazakh, Kyrgyz, Tajik, Ukrainian and Azerbaijani: "ХОРУҒ", "Хоруғ", "ҚАРАҒАНДЫ")
# (session 15) and Azerbaijani's Latin schwa, Ə ə (U+018F, U+0259, outside Latin Extended-A): "GƏNCƏ, 16 aprel 2010 –"
# (an2_az), "LƏNKƏRAN, 5 mart 2025 –" (tc31_az_caps)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚƏА-ЯЁЂ-ЏҐҒҚҢҮҰҲҺӘӨҶӢӮҖΑ-ΩΆΈΉΊΌΎΏԱ-Ֆ"
_LOWER = "a-zà-ÿā-žșțəа-яёђ-џґғқңүұҳһәөҷӣӯҗα-ωάέήίόύώϊϋΐΰա-և"  # (և, the ligature in Երևան, closes the Armenian letters)
_PLACE_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]*[{_UPPER}.]"
# a word another may follow: not one closed by a full stop ("АСТАНА. KAZINFORM –" is a place and
# an agency), unless an abbreviation of one or two letters ("ST. POLTEN")
_OPEN_PLACE_WORD = rf"(?:[{_UPPER}][{_UPPER}'’.\-]*[{_UPPER}]|[{_UPPER}]{{1,2}}\.)"
_PLACE = rf"(?:{_OPEN_PLACE_WORD}[ ])*{_PLACE_WORD}"
PLACES = re.compile(rf"^\s*(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)(?=[\s,./\-–—(]|$)")
# "OSH, Kyrgyzstan," : a mixed-case country after the city
_COUNTRY = re.compile(r"^,\s*(?P<country>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})"
                      r"(?:,|(?=\s*\([^()]{2,12}\)\s*(?:-{1,2}|–|—)))")
#  ("BAKU, Azerbaijan (AP) —": the country, then the agency and no date, as AP writes them)
_DASH = r"(?:-{1,2}|–|—)"
# (and Lithuanian's day mark: "balandžio 15 d."); the South Slavic languages write the year as an ordinal, its
# full stop before the word ("18. februar 2026. godine –", "7. јун 2022. године –")
# (Turkmen's "ý.": "AŞGABAT, 22-nji sentýabr 2026 ý. –", ak3_tk)
_YEAR_WORD = (r"(?:\s*(?:года|г\.|godine|godina|године|год\.|roku|r\.|року|р\.|yılı|ж\.|թ\.|წ\.|d\.|ý\.)"
              r"|\.\s*(?:godine|године|godina|година)(?=[\s,.]))?")
# the agency a dateline names in brackets or slashes: "(OSCE)", "(RFE/RL)", "(TDI)", "/ТАСС/"
# "(Civil.ge)", "(APA.az)": an agency named by its site; "(ΑΠΕ-ΜΠΕ)";
# "(dpa)", "(epd)": agencies that write their code in lower case
# ("(AZƏRTAC)": Azerbaijani's schwa, Ə ə, in the name: aa3_az)
_AGENCY = (r"(?:[(/](?P<agency>OSCE|[A-ZÀ-ÖØ-ÞĀ-ŽЀ-ЯҐ-ӾΑ-ΩƏ][A-Za-zÀ-ÖØ-öø-žЀ-џҐ-ӿΑ-Ωα-ωƏə]{1,14}"
           r"(?:[-/][A-ZА-ЯΑ-Ω][A-Za-zА-Яа-яΑ-Ωα-ω]{0,9})?"
           r"(?:\.[a-z]{2,3})?|[a-z]{2,5}"
           # "(EUROPA PRESS)": an agency of two words in capitals
           r"|[A-ZÀ-ÞА-ЯЁ]{2,9} [A-ZÀ-ÞА-ЯЁ]{2,9})[)/]"
           # "/АМИТ «Ховар»/": an agency of several words between slashes
           r"|/(?P<agency2>[A-ZА-ЯЁЄІЇ][^/()\n]{2,24}?)/)?")
# an agency's name or code in brackets or slashes closing a dateline alone on its line: "(PAP)", "(UzA)", "(Кабар)",
# "(Укрінформ)", "/БТА/" (a capital first: "(video)" is none)
_CLOSING_AGENCY = rf"(?P<open>[(/])(?P<agency6>[{_UPPER}][\w.]{{1,13}}(?:[-/][{_UPPER}][\w.]{{0,9}})?)(?(open)[)/])"
# a correspondent's credit between slashes, the agency's code after the word: "/Кореспондентът на БТА Мария
# Петрова/", "/Корр. ТАСС Андрей Сидоров/." (the agency is the issuer, its correspondent no agency)
_CORRESPONDENT = (r"(?:Корр\.|Кор\.|Собкор\.?|Кореспондент(?:ът|ката|от|ка)?|Корреспондент|Кореспондент|"
                  r"Дописник(?:от)?|Дописувач(?:от)?|Corr\.|Correspondent)")
_AFTER_DATE = re.compile(rf"^{_YEAR_WORD}\s*\.?\s*/{_CORRESPONDENT}\s+(?:на\s+|of\s+)?"
                         rf"(?P<agency5>[A-ZА-ЯЁЄІЇ][A-Za-zА-Яа-яЁё\-]{{1,10}})(?:\s+[^/\n]{{2,40}}?)?/\s*"
                         rf"(?:\.\s*|{_DASH}\s*|$)"
                         rf"|^{_YEAR_WORD}\s*\.?\s*{_AGENCY}\s*(?:\.?\s*{_DASH}|:|\.(?=\s|$))\s*"   # "(EFE).-"
                         # "Budapest, 2024. március 22., péntek (MTI) –": a weekday, then the agency
                         rf"|^{_YEAR_WORD},?\s*[^\W\d_]{{3,12}}\s*\((?P<agency4>[^()]{{2,12}})\)\s*{_DASH}\s*"
                         # "თბილისი, 15 მარტი, ინტერპრესნიუსი. ...": an agency in Georgian, which has no capitals
                         rf"|^{_YEAR_WORD},\s*(?=[ა-ჰ]{{4,}}\.\s)"
                         # "София, 12 март /Мария Петрова, БТА/" alone on its line, the text under it
                         rf"|^{_YEAR_WORD}\s*/(?P<agency3>[A-ZА-ЯЁЄІЇ][^/()\n]{{2,40}}?,\s*[^/(),\n]{{2,24}})/\s*$"
                         # "Baku, March 12, AZERTAC. ...": a comma, then an agency in capitals
                         # (in Armenian and Greek capitals too: "ԳՅՈՒՄՐԻ, 12 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ:")
                         # (or alone at the line's end: "Baku, March 12, AZERTAC", the text under it)
                         # (Armenian closes it with its full stop, "։")
                         rf"|^{_YEAR_WORD},\s*(?=[A-ZА-ЯЁƏԱ-ՖΑ-Ω]{{3,}}[A-ZА-ЯЁƏԱ-ՖΑ-Ω.\-]*\s*(?:/|{_DASH}|:|\.|։|$))"
                         rf"|^{_YEAR_WORD}\.\s+(?=\S)|^{_YEAR_WORD}\s*\.?\s*$"
                         # "ROMA, 01 gennaio 2018, 12:30": place, date and time alone on their line
                         rf"|^{_YEAR_WORD},?\s*\d\d?[:.]\d\d\s*$"
                         # "Warszawa, 24 września 2026 (PAP)", "Кишинев, 15 октомври 2026 /БТА/": the agency's credit
                         # closing a dateline alone on its line, the text under it
                         rf"|^{_YEAR_WORD}\s*\.?\s*{_CLOSING_AGENCY}\s*$"
                         # "Душанбе, 3 феврали 2026, Ховар": a name after a comma closing it (a credit only when
                         # the reference data knows it as an agency: the reader decides, :attr:`Dateline.credit`)
                         rf"|^{_YEAR_WORD},\s*(?P<credit>[{_UPPER}][{_LOWER}]{{2,19}})\s*$"
                         # (session 15) "Душанбе, 5 декабря, Ховар. Офис ...", "Мінск, 18 лістапада, БелТА. ...",
                         # "Бишкек, 12-март, Кабар. ...": the agency's name in mixed case, a full stop, then the text
                         # (a credit only when the reference data knows the agency, as above)
                         rf"|^{_YEAR_WORD},\s*(?P<credit2>[{_UPPER}][{_UPPER}{_LOWER}]{{2,19}})\.\s+(?=[{_UPPER}])"
                         # "Бишкек, 5 декабря 2026 года, 24.kg. Программный ...": a site's name closing it, then
                         # the text (the site credits itself, :mod:`.issuer`)
                         rf"|^{_YEAR_WORD},\s*(?=(?P<site>[^\W_][\w-]{{1,20}}\.[a-z]{{2,3}})[.,]\s)")
# "(ANSA) - ROMA, 1 GEN - ...": the agency first, then the dateline (Italian agencies)
# ("(ANSA-AFP) - VIENNA, 05 APR -": two agencies' codes joined)
_LEADING_AGENCY = re.compile(rf"^\s*\((?P<agency>[A-Z][A-Za-z]{{1,9}}(?:[-/][A-Z][A-Za-z]{{1,9}}){{0,2}})\)\s*{_DASH}"
                             rf"\s*(?=[{_UPPER}])")
# "BEOGRAD - Ministar": a dash with a space on one side at least ("OSZE-Vorsitz" is a word)
_NO_DATE = re.compile(rf"^\s*,?\s*{_AGENCY}(?:\s+{_DASH}\s*|{_DASH}\s+)(?=\S)")
# "STOCKHOLM (TT) Osses ...", "WIEN/OSLO (NTB): Utenriksminister ...", "BERLIN/WIEN (dpa). Die ...": a place in
# capitals, then the agency in brackets and no dash: a colon, a full stop or a space, then the text's capital (Nordic
# and German agencies' datelines)
# (an agency's code of five capitals at most, or its name in mixed or lower case: "(NTB)", "(Ritzau)", "(dpa)")
_BRACKETED_NO_DASH = re.compile(rf"^\s*\((?P<agency>[{_UPPER}]{{2,5}}|[{_UPPER}][{_LOWER}]{{2,14}}|[a-z]{{2,5}})\)"
                                rf"(?:[:.]?\s+)(?=[{_UPPER}])")
# "VIENA, 4 (EUROPA PRESS)", "CHISINAU, 1 (SERVIMEDIA)": a place in capitals, the day alone (the month and year are
# the page's stamp's) and the agency's name in capitals in brackets, alone on its line or before a dash (Spanish
# agencies)
_DAY_THEN_AGENCY = re.compile(rf"^\s*,\s*[0-3]?\d\s+\((?P<agency>[{_UPPER}][{_UPPER} .\-]{{1,20}}[{_UPPER}])\)"
                              rf"\s*(?:$|{_DASH}\s*(?=\S))")
# "Bisjkek (NTB-AFP-Reuters): Presidentene ...", "Astana (Ritzau-AFP): Valgobservatører ...": a place in mixed case, a
# chain of agencies in brackets, a colon, then the text's capital (Nordic agencies' datelines)
_CHAIN_COLON = re.compile(rf"^\s*\((?P<agency>[{_UPPER}][\w.]{{1,14}}(?:[-/][{_UPPER}][\w.]{{1,14}}){{1,3}})\)\s*:\s+"
                          rf"(?=[{_UPPER}])")
# "Tbilisi, 30 January 1997 (RFE/RL) -", "Dushanbe, 15 August 2022 (TDI):" : a place in mixed
# case, then a comma and a date; only taken with a dash or colon after the date
# A Georgian place (a script without capitals) is read the same way: "თბილისი, 12 მარტი 2024 -"
_MIXED_WORD = rf"(?:[{_UPPER}][{_LOWER}'’\-]+|[ა-ჰ]{{3,}})"
# "Москва. 12 марта. INTERFAX.RU -", "Bakı. 12 mart.": a full stop after the place, as Russian and
# Azerbaijani agencies write it; "Wien (APA) -", "Berlin (dpa) –": no date, the agency in brackets
# ("Chişinău/Tiraspol, 12 martie 2024 –": two places joined by a slash, as "WIEN/OSLO (NTB):" in capitals)
_MIXED_PLACE = re.compile(rf"^\s*(?P<places>{_MIXED_WORD}(?:[ -]{_MIXED_WORD}){{0,2}}"
                          rf"(?:/{_MIXED_WORD}(?:[ -]{_MIXED_WORD}){{0,2}})?)"
                          r"(?=[,.]\s*(?:[^\W\d_]{3,12}\.?\s+|le\s+)?(?:[0-3]?\d|(?:19|20)\d\d)"
                          # "Bratislava 19. februára (TASR) -", "Praha 19. února (ČTK) -": no comma
                          # (with the year too: "Kišiněv 21. května 2025 (ČTK) -", "Belehrad 12. júna 2025 (TASR) -")
                          r"|\s(?=[0-3]?\d\.?\s+[^\W\d_]{3,12}\.?\s+(?:(?:19|20)\d\d\s+)?\([^()]{2,12}\)\s*"
                          r"(?:-{1,2}|–|—)\s)"
                          r"|\s*\([^()]{2,12}\)\s*(?:-{1,2}|–|—)\s"
                          # "Bisjkek (NTB-AFP-Reuters): ...": a chain of agencies, then a colon
                          r"|\s*\([^()\s]{3,30}[-/][^()\s]{2,30}\)\s*:\s)")
# "Feb. 20", "Nov. 8" : month first, no year (datelines only)
_MD = re.compile(r"(?P<month>[^\W\d_]{3,12}\.?)\s+(?P<day>[0-3]?\d)\b(?!\s*,?\s*(?:1[89]|20)\d\d)", re.UNICODE)
# "Москва. 12 марта. INTERFAX.RU - ", "Bakı. 12 mart. REPORT.AZ/": an agency's name after the date
# the capitals of the Cyrillic alphabets of Central Asia and the Caucasus too ("ҚазАқпарат")
_CAPS = "A-ZА-ЯЁƏЀ-ЏҐҒҚҢҮҰҲҺӘӨ"
_AGENCY_AFTER = re.compile(rf"^[{_CAPS}][{_CAPS}.\-]{{1,15}}(?:\.[A-Z]{{2,3}})?\s*(?:/|{_DASH}|:|\.)"
                           # "Երևան, 30 նոյեմբերի, ԱՐՄԵՆՊՐԵՍ։": in Armenian capitals, its full stop after it
                           r"|^[Ա-Ֆ]{3,15}\s*[։:]"
                           # "Bakı. 12 mart. Trend: ...": a name in mixed case, then a colon
                           rf"|^[{_CAPS}][\wƏə\-]{{1,15}}(?:\.[a-z]{{2,3}})?:\s"
                           # "Алматы. 12 наурыз. ҚазАқпарат - ...": an agency in mixed case, then a dash
                           rf"|^[{_CAPS}][\w\-]{{1,20}}\s+{_DASH}\s"
                           # "Київ. 10 квітня. Укрінформ" alone on its line, the text under it
                           rf"|^[{_CAPS}][\w\-]{{1,20}}\s*$"
                           # "Київ. 15 березня. Укрінформ. Віцепрем'єр ...": a name, a full stop, the text
                           rf"|^[{_CAPS}][\w\-]{{3,20}}\.\s+[{_CAPS}]"
                           # "თბილისი, 15 მარტი, ინტერპრესნიუსი. ..."
                           rf"|^[ა-ჰ]{{4,}}\.\s")
_WEEKDAY = re.compile(r"^[^\W\d_]{2,12},\s+", re.UNICODE)
# upper-case words that start sentences or titles but are never dateline places
NOT_PLACES = frozenset("""OSCE ODIHR OSCE/ODIHR HCNM RFOM EU UN UNDP UNHCR NATO CSCE FSC SMM CIO PA
SALW OSG CPC TNTD ATU UNICEF IOM EEAS USA UK BIH FBIH OCEEA PC LEOM NGO NGOS ICT COVID-19 TV WHO ICRC
A I II III IV V Q OK RIA E.U. U.S. DE LA OSZE OBWE OSBE OEBS ОБСЕ ОБСЄ ОЕБС ОЕБС-а ATƏT
AGİT EBESZ ESBO EDSO ETYJ OVSE OBSE ΟΑΣΕ ԵԱՀԿ ЕҚЫҰ ЕККУ АБСП""".split())


@dataclass(frozen=True)
class Dateline:
    """What a dateline says, and where the text after it starts (column in the line)."""

    places: tuple[str, ...]
    date: dt.date | None
    month_day: tuple[int, int] | None     # set when the dateline gives no year
    text_start: int
    agency: str | None = None             # "(RFE/RL)" after the date: who issued the text
    country: str | None = None            # "OSH, Kyrgyzstan, ...": the country after the city
    credit: str | None = None             # ", Ховар" closing it: an agency if the reference data knows one


def title_case(place: str) -> str:
    """'MITROVO POLJE' -> 'Mitrovo Polje'; "BOSANSKI BROD" ..; keeps short words low after first."""
    words = []
    for i, word in enumerate(place.split()):
        low = word.lower()
        if i and low in ("de", "la", "le", "na", "nad", "pod", "am", "an", "der", "upon", "on"):
            words.append(low)
        else:
            # str.title() of the first letter: Georgian has no capitals to put there (upper()
            # would give Mtavruli, a script of all-capital headings)
            words.append("-".join(part[:1].title() + part[1:] for part in low.split("-")))
    return _ARMENIAN_EW.sub("և", " ".join(words))


# Armenian capitals have no "և": "ԵՐԵՎԱՆ" is "Երևան", the ligature being written inside a word
# (never at its start: "Եվրոպա")
_ARMENIAN_EW = re.compile(r"(?<=[ա-ֆ])եվ")


def _short_city(place: str) -> bool:
    """A place of two letters is a city the reference data knows ("ОШ", Osh in Russian and Kyrgyz), not an
    acronym or a country's code ("EU", "US")."""
    if len(place) != 2 or not place.isalpha():
        return False
    from osce_kg.loader.reference import reference     # (the reference data imports the extractor's modules)

    return reference().lookup("city", place) is not None


def parse_dateline(line: str, *, allow_alone: bool = True) -> Dateline | None:
    """Read a dateline at the start of ``line``; None if it does not start with one.

    ``allow_alone`` accepts a line that is only place and date ("PRISTINA 9 January 2002").
    A place in mixed case ("Tbilisi, 30 January 1997 (RFE/RL) -") needs a date and a dash
    or colon after it. Never raises.
    """
    lead = _LEADING_AGENCY.match(line)
    if lead:
        inner = parse_dateline(line[lead.end():], allow_alone=allow_alone)
        if inner is None:
            return None
        return replace(inner, text_start=inner.text_start + lead.end(), agency=inner.agency or _agency(lead))
    m = PLACES.match(line)
    mixed = False
    if not m:
        m = _MIXED_PLACE.match(line)
        mixed = True
        if not m:
            return None
    places = tuple(re.sub(r"(?<=[^\W\d_]{2})\.$", "", p.strip())
                   for p in re.split(r"\s*/\s*", m.group("places")) if p.strip())
    if not places or any(p.upper() in NOT_PLACES or len(p.replace(".", "")) < 3 and not _short_city(p)
                         or p.lower() in WEEKDAYS for p in places):
        return None
    rest = line[m.end():]
    country = _COUNTRY.match(rest)
    if country:
        rest = rest[country.end():]
    offset = len(line) - len(rest)
    stamp = _date_at_start(rest)
    if stamp is None:
        nodate = _NO_DATE.match(rest) or (None if mixed or country else _BRACKETED_NO_DASH.match(rest)
                                          or _DAY_THEN_AGENCY.match(rest)) \
            or (None if country else _CHAIN_COLON.match(rest))
        if mixed and not (nodate and _agency(nodate)):
            nodate = None                         # a mixed-case place without a date needs its agency
        if nodate and len(places) == 1 and _spelled_out(places[0], rest[nodate.end():]):
            return None                           # "APA - Austria Presse Agentur": a masthead, no dateline
        if nodate and (not country or _agency(nodate)):
            return Dateline(tuple(title_case(p) for p in places), None, None, offset + nodate.end(),
                            _agency(nodate), country.group("country") if country else None)
        return None
    date, month_day, used = stamp
    if len(places) == 1 and not mixed and _known_agency(line.split(",", 1)[0].strip()):
        return None                               # "ТАСС, 12 марта 2024, 14:20", "РИА Новости, 5 декабря 2024":
                                                  # an aggregator's line of its source and the item's stamp
    after = _AFTER_DATE.match(rest[used:])
    credit = after and (after.group("credit") or after.group("credit2"))
    if credit and not _known_agency(credit):
        return None                               # (a venue or a weekday after the date: "..., Hofburg")
    if not after or mixed and not (re.search(rf"(?:{_DASH}|:)\s*$", after.group())
                                   or after.group("agency") or after.group("agency2") or after.group("agency3")
                                   or after.group("agency4") or after.group("agency5") or after.group("agency6")
                                   or credit or after.group("site")
                                   or _AGENCY_AFTER.match(rest[used + after.end():])
                                   or _sentence_after_full_date(date, after.group(), rest[used + after.end():])
                                   or _sentence_after_day(month_day, after.group(), rest[used + after.end():], places)):
        return None
    end = offset + used + after.end()
    if end >= len(line.rstrip()) and not allow_alone:
        return None
    return Dateline(tuple(title_case(p) for p in places), date, month_day, end, _agency(after),
                    country.group("country") if country else None, credit or None)


def _spelled_out(acronym: str, text: str) -> bool:
    """``text`` is the name ``acronym`` stands for, and nothing else: a few capitalised words, no sentence's
    marks, whose initials hold the acronym's letters in order, the first the first ("APA - Austria Presse
    Agentur", "БТА - Българска телеграфна агенция", "TASR – Tlačová agentúra Slovenskej republiky"): an agency's
    or a paper's masthead at the top of its page, which a dateline with no date ("WIEN - Die ...") looks like."""
    words = text.split()
    if not acronym.isupper() or not 2 <= len(words) <= 8 or re.search(r"[.!?:;,\d\"«»“”„]", text) \
            or not words[0][:1].isupper():
        return False
    letters = [unicodedata.normalize("NFD", w[:1].casefold())[:1] for w in words]
    wanted = [unicodedata.normalize("NFD", c.casefold())[:1] for c in acronym if c.isalpha()]
    if not wanted or letters[0] != wanted[0]:
        return False
    at = 0
    for letter in letters:
        if at < len(wanted) and letter == wanted[at]:
            at += 1
    return at == len(wanted)


def known_agency(name: str) -> bool:
    """Whether the reference data knows ``name`` as an outside body, a news agency's name or code ("ТАСС", "Reuters",
    "РИА Новости")."""
    return _known_agency(name)


def _known_agency(name: str) -> bool:
    """Whether the reference data knows ``name`` as an outside body (a news agency's name or the one word of its
    label: "Ховар", "Report")."""
    from osce_kg.loader.extract.document import agency_label     # (the reader imports this module)
    from osce_kg.loader.reference import reference

    ref = reference()
    label = ref.lookup("organization", name) or agency_label(name, ref)
    if not label:
        return False
    return ref.organizations[label].kind == "external"


def _sentence_after_full_date(date: dt.date | None, after: str, text: str) -> bool:
    """"Київ, 12 березня 2024 року. Міністр ...", "Вена, 6 октября 2022 года. Постоянный ...":
    a mixed-case place, a date with its year and a full stop, then a sentence in capitals: the
    dateline of ministries' and agencies' pages that write no dash."""
    return date is not None and after.rstrip().endswith(".") and text[:1].isupper()


def _sentence_after_day(month_day: tuple[int, int] | None, after: str, text: str, places: tuple[str, ...]) -> bool:
    """"Душанбе, 14 ноября. Офис программ ...", "Мінск, 23 лістапада. Міністр ...": a city the reference data knows,
    the day and month with no year and a full stop, then a sentence in capitals: the dateline of agencies' items that
    write no dash and no agency's name (the year is the page's stamp's). A mixed-case word the data does not know as a
    city is no place here ("Вторник, 14 ноября." opens a sentence)."""
    if month_day is None or not after.rstrip().endswith(".") or not text[:1].isupper() or len(places) != 1:
        return False
    from osce_kg.loader.reference import reference

    return reference().lookup("city", places[0]) is not None


def _agency(match: re.Match) -> str | None:
    """The bracketed agency of a dateline, unless it is the OSCE itself."""
    groups = match.groupdict()
    agency = groups.get("agency") or groups.get("agency2")
    agency = agency or groups.get("agency4") or groups.get("agency5") or groups.get("agency6")
    if groups.get("agency3"):
        agency = groups["agency3"].rsplit(",", 1)[1].strip()     # "/Author, AGENCY/": the agency
    return agency if agency and agency != "OSCE" else None


def _date_at_start(rest: str) -> tuple[dt.date | None, tuple[int, int] | None, int] | None:
    """A date right at the start of ``rest`` (after a comma, dash or space)."""
    lead = re.match(rf"^\s*(?:,(?:\s*le(?=\s+[0-3]?\d\s))?|\.|{_DASH})?\s*", rest)   # (French: "Varsovie, le 9 avril")
    pos = lead.end() if lead else 0
    weekday = _WEEKDAY.match(rest[pos:])
    if weekday and month_number(weekday.group().rstrip(", ")) is None:
        pos += weekday.end()
    for rx in (DMY, MDY):
        m = rx.match(rest, pos)
        if not m:
            continue
        month = month_number(m.group("month"))
        if month is None:
            continue
        day = int(m.group("day"))
        if m.group("year"):
            return make_date(int(m.group("year")), month, day), None, m.end()
        # "31 жовтня. УНН." : the dot closes the dateline, not an abbreviated month
        return None, (month, day), m.end() - m.group().endswith(".")
    numeric = _numeric_at(rest, pos)
    if numeric:
        return numeric
    md = _MD.match(rest, pos)
    month = month_number(md.group("month")) if md else None
    if md and month:
        return None, (month, int(md.group("day"))), md.end()
    return None


def _numeric_at(rest: str, pos: int) -> tuple[dt.date | None, None, int] | None:
    """A numeric or year-first date at ``pos``: "26.11.2025", "2025-11-26", "2024. március 12.",
    "2024 m. kovo 12 d.", "2024 წლის 12 მარტი"."""
    m = NUMERIC.match(rest, pos)
    if m:
        day, month = _day_month(m)
        return make_date(int(m.group("year")), month, day), None, m.end()
    m = ISO.match(rest, pos)
    if m:
        return make_date(int(m.group("year")), int(m.group("month")), int(m.group("day"))), None, m.end()
    m = _MONGOLIAN.match(rest, pos)
    if m:
        return make_date(int(m.group("year")), int(m.group("month")), int(m.group("day"))), None, m.end()
    m = YMD.match(rest, pos)
    value = _ymd(m) if m else None
    if m and value and value[0]:
        return make_date(value[2], value[0], value[1]), None, m.end()
    return None


#: Mongolian dates give the month by its number: "2024 оны 3 дугаар сарын 12", "2024 оны 10-р сарын 5", and
#: without the ordinal's mark, as Montsame's datelines write it: "2026 оны 11 сарын 26 /МОНЦАМЭ/."
_MONGOLIAN = re.compile(r"(?P<year>(?:19|20)\d\d)\s+оны\s+(?P<month>[01]?\d)\s*(?:(?:-?р|дугаар|дүгээр)\s+)?"
                        r"сарын\s+(?P<day>[0-3]?\d)(?:-?(?:ний|ны|нд|нээс))?")


def resolve(dateline: Dateline, reference: dt.date | None) -> dt.date | None:
    """The dateline's date, taking a missing year from the page's own metadata date."""
    if dateline.date or dateline.month_day is None:
        return dateline.date
    month, day = dateline.month_day
    return complete_year(month, day, reference)
