"""What a record's text mentions: States, field operations, organizations, people, events, cities.

Names known to the reference data (:mod:`osce_kg.loader.reference`) are found by its
scanner and reported by canonical label. People are found by shape (capitalised name
tokens) and by the posts around them; events by ordinal names ("Sixth Worldwide
Security Conference"). Pure functions; never raise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from osce_kg.loader.records import EventMention, PersonMention
from osce_kg.loader.reference import Match, Reference

#: the OSCE as a whole is never listed among a record's organizations
WHOLE_OSCE = frozenset({"Organization for Security and Co-operation in Europe",
                        "Conference on Security and Co-operation in Europe"})

# honorifics and ranks that stand before a name but are not part of it
_HONORIFICS = frozenset("""mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady
ambassador general colonel lieutenant major captain admiral judge justice father bishop archbishop
his her excellency h.e. madam mister president minister chairperson-in-office chairman-in-office
cio director commissioner representative secretary-general rabbi imam mufti patriarch king queen
prince princess sheikh senator deputy mayor governor premier chancellor speaker head chief""".split())
# words that, capitalised, belong to names of bodies, places, documents and events, not people
_NOT_NAME = frozenset("""organization organisation office mission council assembly committee commission
ministry department unit centre center programme program project conference forum meeting meetings
session summit agreement act treaty charter declaration decision resolution plan action document
framework process group institute university association community chapter court tribunal parliament
government republic federation union nations states state kingdom security co-operation cooperation europe
european human rights dimension media freedom democratic institutions national minorities international
development affairs foreign internal police border troops training day week year law strategy concept
review implementation report secretariat chairmanship chairpersonship presidency delegation delegations
headquarters hall square garden gardens street avenue park church cemetery mosque museum library tv radio
channel agency service bank fund army force forces guard station region district province city
municipality cultural islamic orthodox catholic prize award network initiative alliance partners
partnership operation operations coordination co-ordination coordinator co-ordinator commissioner
minister president speaker ambassador director head chief chair secretary general deputy special
personal senior adviser advisor officer spokesperson spokesman business school college academy
foundation institution system systems task team division section sector branch east west north south
central eastern western northern southern asia asian africa african america american mediterranean
balkans caucasus middle the a an and of in on for to at by with from this that these those our their
its his her we they he she it i you but or as if when while during after before since until over
under about between across among through within without into upon new old ministerial permanent
observation election elections electoral directorate high low annual first second third fourth fifth
sixth seventh eighth ninth tenth global worldwide regional joint final basic general police
monitoring contact contacts latest news press release statement statements photo details read more
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday internet web online covid-19 coronavirus mr ms
convention protocol code guidelines principles commitments handbook manual toolkit survey
republika srpska herzegovina macedonia kosovo crimea donbas donetsk luhansk abkhazia ossetia
transdniestria transnistria nagorno-karabakh karabakh chechnya chechen prosecutor prosecutors
prosecution public open free fair civil society women youth gender roma sinti police
hotel palace centre congress hofburg airport bridge lake river sea mountain mountains valley
memorial monument coalition party parties movement front bloc list""".split())
_ROLE_NOUNS = re.compile(
    r"\b(?:Head|Director|Director-General|Chair|Chairman|Chairwoman|Chairperson|Chairperson-in-Office|"
    r"Chairman-in-Office|CiO|Secretary|Secretary-General|Minister|President|Ambassador|Co-?ordinator|"
    r"Representative|Commissioner|Chief|Speaker|Member|Spokes(?:person|man|woman)|Adviser|Advisor|"
    r"Officer|Envoy|Rapporteur|Deputy|Governor|Mayor|Prime Minister|Premier|Chancellor|King|Queen|"
    r"Prosecutor|Ombudsman|Ombudsperson|Expert|Counsellor|Consul|Attaché|Judge|Co-Chair|Co-Chairs|"
    r"Chair-Designate|Vice-President|Vice President|Rector|Dean|Professor|Editor|Founder|Leader|"
    r"Manager|Officer-in-Charge|Commander|General|Patriarch|Mufti)s?\b")
_NAME_TOKEN = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-žș-ț'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zß-öø-ÿā-žș-ț'’]+)*|[A-Z]\.)"
_PARTICLE = r"(?:de|van|der|von|da|di|del|della|la|le|du|dos|das|bin|ibn|al|el|ten|ter|zu|af|av)"
_NAME = re.compile(
    rf"(?<![\w.-])(?P<name>(?:{_NAME_TOKEN})(?:\s+(?:{_PARTICLE}\s+)*(?:{_NAME_TOKEN}))+)(?![\w-])")
# a name typo seen in the wild: lower-case "ll" for a capital "Il" after a title ("President llham")
_LL_NAME = re.compile(r"\b(?P<title>President|Minister|Ambassador|Mr\.?|Ms\.?)\s+ll(?P<rest>[a-z]+\s+[A-Z])")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
             "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth")
_EVENT = re.compile(
    rf"(?P<name>(?i:(?:{_ORDINALS.replace(' ', '|')}|twenty-\w+|thirty-\w+)|\d{{1,3}}(?:st|nd|rd|th))"
    rf"(?:\s+(?:[A-Z][\w’'/-]*|of|on|and|for|the|in)){{0,8}}?\s+"
    rf"(?:Conference|Forum|Meeting|Summit|Session|Ministerial Council|Seminar|Workshop|Round|"
    rf"Dialogue|Festival|Exhibition|Congress|Symposium|Annual Session))"
    rf"(?P<tail>(?:\s+(?:on|of)\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|the|for)){{0,8}})?)")


@dataclass
class Mentions:
    """What one text mentions, canonical labels in order of first mention."""

    states: list[str] = field(default_factory=list)
    field_operations: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    territories: list[str] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)


def find_mentions(text: str, ref: Reference) -> Mentions:
    """Everything ``text`` mentions. Never raises."""
    text = _LL_NAME.sub(lambda m: f"{m.group('title')} Il{m.group('rest')}", text)
    matches = ref.scan(text)
    found = Mentions()
    for m in matches:
        if m.kind == "state":
            _add(found.states, m.label)
        elif m.kind == "field_operation":
            _add(found.field_operations, m.label)
        elif m.kind == "organization" and m.label not in WHOLE_OSCE:
            _add(found.organizations, m.label)
        elif m.kind == "city":
            _add(found.cities, m.label)
        elif m.kind == "territory":
            _add(found.territories, m.label)
    found.persons = find_persons(text, matches, ref)
    found.events = find_events(text, matches)
    return found


def _add(items: list[str], label: str) -> None:
    if label not in items:
        items.append(label)


# ------------------------------------------------------------------ persons


def find_persons(text: str, matches: list[Match], ref: Reference) -> list[PersonMention]:
    """People named in full, with the post the text gives them; later surname-only
    mentions ("Perl said") are the same person. Never raises."""
    taken = [(m.start, m.end) for m in matches if m.kind != "city" or m.end - m.start > 3]
    people: dict[str, PersonMention] = {}
    for m in _NAME.finditer(text):
        start, name = _strip_honorifics(m.start("name"), m.group("name"))
        if name is None or _overlaps(taken, start, start + len(name)) or not _looks_like_person(name):
            continue
        key = name.casefold()
        if key in people or any(_same_person(key, other) for other in people):
            continue
        people[key] = PersonMention(name=name)
        post = _post_for(text, start, start + len(name))
        if post:
            people[key].post = post
            people[key].organization = _organization_in(post, ref)
    for person in people.values():
        if person.post is None:
            post = _later_post(text, person.name)
            if post:
                person.post = post
                person.organization = _organization_in(post, ref)
    return list(people.values())


def _strip_honorifics(start: int, name: str) -> tuple[int, str | None]:
    """Drop titles and the words of a post before the name proper.

    'Counter-terrorism Coordinator Gilles de Kerchove' -> 'Gilles de Kerchove'.
    """
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", name)]
    cut = 0
    for i, (_, token) in enumerate(tokens):
        low = token.lower().rstrip(".")
        if low in _HONORIFICS or low in _NOT_NAME or _ROLE_NOUNS.fullmatch(token):
            cut = i + 1
    tokens = tokens[cut:]
    while tokens and re.fullmatch(r"[a-z]+", tokens[0][1]):      # a particle left at the front
        tokens = tokens[1:]
    if len(tokens) < 2:
        return start, None
    return start + tokens[0][0], name[tokens[0][0]:]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _looks_like_person(name: str) -> bool:
    tokens = name.split()
    words = [t for t in tokens if not re.fullmatch(r"[A-Z]\.", t)]
    if len(words) < 2 or any(t.lower().strip("’'") in _NOT_NAME for t in tokens):
        return False
    if any(t.lower().endswith(("’s", "'s")) for t in tokens[:-1]):
        return False
    return not re.fullmatch(r"[A-Z]\.", tokens[-1])


def _same_person(key: str, other: str) -> bool:
    """'raphael f. perl' and 'raphael perl' are one person."""
    a, b = key.split(), other.split()
    return a[0] == b[0] and a[-1] == b[-1]


_POST_AFTER = re.compile(r"^,\s+(?:the\s+|a\s+|an\s+)?(?P<post>[^,;.()\"“”]{3,140}?)\s*(?=[,;.)]|\s+(?:said|told|says|and)\b|$)")
_POST_BEFORE_WORDS = re.compile(r"(?:[A-Z][\w’'-]*|of|the|for|on|and|in|to|OSCE|EU|UN|[a-z]+-[a-z-]+)$")


def _post_for(text: str, start: int, end: int) -> str | None:
    """The post written right before the name, else right after it, else in a
    'the Post, Name' apposition."""
    before = _post_before(text[max(0, start - 160):start])
    if before:
        return before
    after = _POST_AFTER.match(text[end:end + 200])
    if after and _ROLE_NOUNS.search(after.group("post")) and after.group("post")[0].isupper():
        return _tidy_post(after.group("post"))
    return _post_apposition(text[max(0, start - 200):start])


def _post_before(prefix: str) -> str | None:
    """'... included EU Counter-terrorism Coordinator ' -> 'EU Counter-terrorism Coordinator'."""
    words = prefix.rstrip().split(" ")
    if not prefix.endswith(" ") or not words:
        return None
    taken: list[str] = []
    for word in reversed(words):
        if not word or not _POST_BEFORE_WORDS.fullmatch(word) or word.endswith((",", ".", ";", ":")):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in ("the", "of", "and", "for", "on", "in", "to"):
        taken.pop(0)
    while taken and taken[-1].lower() in _HONORIFICS - {"president", "minister", "director",
                                                          "commissioner", "representative", "speaker",
                                                          "mayor", "governor", "head", "chief",
                                                          "deputy", "cio", "chairperson-in-office",
                                                          "chairman-in-office", "secretary-general"}:
        taken.pop()
    post = " ".join(taken)
    if not post or not _ROLE_NOUNS.search(post) or not _ROLE_NOUNS.search(taken[-1]):
        return None
    return _tidy_post(post)


def _post_apposition(prefix: str) -> str | None:
    """'... the Secretary General of the Collective Security Treaty Organization, ' -> that post."""
    if not prefix.rstrip().endswith(","):
        return None
    clause = re.split(r"[.;:(\"“”]|\b(?:and|with|by|said|told|met|including)\b", prefix.rstrip()[:-1])[-1]
    m = re.search(r"\b(?:the|The)\s+(?P<post>[^,]{3,120})$", clause)
    post = m.group("post") if m else None
    if post and _ROLE_NOUNS.search(post) and post[0].isupper():
        return _tidy_post(post)
    return None


def _later_post(text: str, name: str) -> str | None:
    """A post given with a later surname-only mention ('Director Link')."""
    surname = re.escape(name.split()[-1])
    for m in re.finditer(rf"(?<![\w-]){surname}(?![\w-])", text):
        post = _post_before(text[max(0, m.start() - 160):m.start()])
        if post:
            return post
    return None


def _tidy_post(post: str) -> str:
    post = re.sub(r"\s+", " ", post).strip(" ,")
    return re.sub(r"^(?:the|The)\s+", "", post)


def _organization_in(post: str, ref: Reference) -> str | None:
    for m in ref.scan(post, ("field_operation", "organization")):
        if m.label not in WHOLE_OSCE:
            return m.label
    for m in ref.scan(post, ("organization",)):
        return m.label
    return None


# ------------------------------------------------------------------ events


def find_events(text: str, matches: list[Match]) -> list[EventMention]:
    """Named events with ordinals, with organizer (possessive before) and co-sponsors."""
    events: list[EventMention] = []
    for m in _EVENT.finditer(text):
        name = (m.group("name") + m.group("tail")).strip()
        name = re.sub(r"^(?:the|The)\s+", "", name)
        if any(e.name == name for e in events):
            continue
        event = EventMention(name=name[0].upper() + name[1:])
        organizer = _possessive_organizer(text, m.start(), matches)
        if organizer:
            event.organizers.append(organizer)
        event.sponsors = _sponsors(text, m.end(), matches)
        events.append(event)
    return events


def _possessive_organizer(text: str, start: int, matches: list[Match]) -> str | None:
    for m in matches:
        if m.kind == "organization" and 0 <= start - m.end <= 4 and text[m.end:start].strip() in ("'s", "’s"):
            return m.label
    return None


def _sponsors(text: str, end: int, matches: list[Match]) -> list[str]:
    sentence_end = text.find(".", end)
    window = text[end:sentence_end if sentence_end > 0 else len(text)]
    at = re.search(r"(?:co-)?(?:sponsored|supported|hosted) by", window)
    if not at:
        return []
    lo, hi = end + at.end(), end + at.end() + 160
    return [m.label for m in matches if m.kind == "organization" and lo <= m.start < hi
            and m.label not in WHOLE_OSCE]
