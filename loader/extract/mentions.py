"""What a record's text mentions: States, field operations, organizations, people, events, cities.

Names known to the reference data (:mod:`osce_kg.loader.reference`) are found by its
scanner and reported by canonical label. People are found by shape (capitalised name
tokens) and by the posts around them; events by ordinal names ("Sixth Worldwide
Security Conference"). Pure functions; never raise.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from osce_kg.loader.extract.dates import month_number
from osce_kg.loader.extract.layouts import CONTACT_WORD as _CONTACT_WORD
from osce_kg.loader.extract.layouts import NO_FOOTER, Footer
from osce_kg.loader.extract.layouts import SENTENCE_END as _SENTENCE_END
from osce_kg.loader.extract.names import (LOWER, UPPER, compact_initialled, georgian_names, greek_nominative,
                                          is_female, is_given_name, slovene_woman, turkic_family_name)
from osce_kg.loader.extract.names import given_or_same as _given_or_same
from osce_kg.loader.extract.names import surname_endings, without_armenian_suffix, without_hungarian_suffix
from osce_kg.loader.extract.names import without_turkic_suffix
from osce_kg.loader.extract.names import nominative as nominative_words
from osce_kg.loader.extract.names import surname_nominative
from osce_kg.loader.records import EventMention, PersonMention
from osce_kg.loader.reference import KINDS, Match, Reference
from osce_kg.loader.resolve import person_evidence

#: the OSCE as a whole is never listed among a record's organizations
WHOLE_OSCE = frozenset({"Organization for Security and Co-operation in Europe",
                        "Conference on Security and Co-operation in Europe"})

# honorifics and ranks that stand before a name but are not part of it
_HONORIFICS = frozenset("""mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady
academician ambassadeur ambasadoarea ambasadorul domnul doamna monsieur madame herr frau gospodin
ambasador ambasadora ambasadorka veleposlanik veleposlanica veleposlanika veleposlaniku
ministar ministarka ministra predsednik predsjednik
посол господин г-н президент министр руководитель руководителем глава председатель заместитель
голова заступник міністр šef šefa šefom šefu predsednica predsednice predsjednica kryetari kryeministri
presidenti ambasadori ministri ministrul președintele președinte șefa șeful außenminister außenministerin
generalsekretärin generalsekretär bundeskanzler bundespräsident botschafter ministro presidente
ambassador general colonel lieutenant major captain admiral judge justice father bishop archbishop
his her excellency h.e. amb amb. madam mister president minister chairperson-in-office chairman-in-office
cio director commissioner representative secretary-general rabbi imam mufti patriarch king queen
prince princess sheikh senator deputy mayor governor premier chancellor speaker head chief
m mme mlle mm pan pani pana panią panem sayın cənab gospođa gospođe gđa gđica г-жа пан пані sig sig.ra
dott on nazir naziri prezident prezidenti səfir səfiri sədr sədri baş bakan bakanı büyükelçi cumhurbaşkanı
minister ministra ministrem premier premiera prezydent prezydenta ambasador ambasadora
volgens laut selon según secondo według podle podľa prema према sipas szerint enligt ifølge""".split())
# (the last line: "according to" in the region's languages, which a person's name follows; round 7, b5_nl, d3_nl)
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
memorial monument coalition party parties movement front bloc list budget unified connectivity
corridor digital precursors chemical persons displaced conflict zone battalion drugs illicit
transport simplification reforms urgent model featured recent mechanisms referral
expenditure authorization committees board boards disposal ministerie ministère ministerstvo
ministarstvo ministerul commissaris hoge haut haute recommendations recommendation guidelines
combating countering preventing promoting strengthening anti-semitism antisemitism misija misije misiunii misiunea
organizacija
министерство миссия миссии обсе ordnance explosive extremism violent countering dear
policy negotiation negotiations confederation governo gobierno gouvernement regierung vlada qeveria
правительство уряд влада
rada rady radzie radę radą савет савета совет совета рада ради раді consiliul consiglio conseil rat
këshilli këshillit vijeće vijeća savjet savjeta
cathedral temple monastery synagogue chapel basilica tower castle fortress gate boulevard stadium arena theatre
theater opera festival holiday holidays bayram bayramı revolution war uprising alert saint st st. sveti sv.
svetog svete святой святого свети shën sfântul santa
osce osze obse obwe oebs oess osbe ovse ebesz etyj esbo edso komisioni komisionit komisionin
univerzita univerzity univerzitě univerzitou universiteit instituut instytut
potrivit conform
majlis majlisi məclis məclisi məclisin mejlis dövlət
représentant représentante représentants rappresentante vertreter vertreterin qendra qendrës qendrën""".split())
#: reference organizations that are posts, roles or meetings rather than organizations
NOT_ORGANIZATIONS = frozenset({"OSCE Chairperson-in-Office", "OSCE Chairpersonship", "OSCE Troika",
                               "OSCE Secretary General", "OSCE Summit"})
_ROLE_NOUNS = re.compile(
    r"\b(?:Head|Director|Director-General|Chair|Chairman|Chairwoman|Chairperson|Chairperson-in-Office|"
    r"Chairman-in-Office|CiO|Secretary|Secretary-General|Minister|President|Ambassador|Co-?ordinator|"
    r"Representative|Commissioner|Chief|Speaker|Member|Spokes(?:person|man|woman)|Adviser|Advisor|"
    r"Officer|Envoy|Rapporteur|Deputy|Governor|Mayor|Prime Minister|Premier|Chancellor|King|Queen|"
    r"Prosecutor|Ombudsman|Ombudsperson|Expert|Counsellor|Consul|Attaché|Judge|Co-Chair|Co-Chairs|"
    r"Chair-Designate|Vice-President|Vice President|Rector|Dean|Professor|Editor|Founder|Leader|"
    r"Manager|Officer-in-Charge|Commander|General|Patriarch|Mufti|Treasurer|Councill?or)s?\b")
# capital and small letters of the Latin, Greek and Cyrillic blocks ("Əliyev", "Қасым-Жомарт")
_UP = UPPER
_LOW = LOWER + "'’"
_NAME_TOKEN = rf"(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+)*|[{_UP}]\.)"
#: an initial in any of the scripts ("J.", "А.", "Γ.")
_INITIAL_TOKEN = re.compile(rf"[{_UP}]\.")
_PARTICLE = r"(?:de|van|der|von|da|di|del|della|la|le|du|dos|das|bin|ibn|al|el|ten|ter|zu|af|av)"
#: (one space or tab between a name's words: a run of them parts the items of a menu or a share bar printed on one
#: line, "Sdílet  Vytisknout", "Podeli:  Facebook  Twitter", "Mediji  Publikacije  Karijere")
_NAME = re.compile(
    rf"(?<![\w.-])(?P<name>(?:{_NAME_TOKEN})(?:[ \t](?:{_PARTICLE}[ \t])*(?:{_NAME_TOKEN}))*)(?![\w-])")
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


#: what a text is scanned for; standing posts are not, so that "ODIHR Director" still names ODIHR
MENTION_KINDS = tuple(kind for kind in KINDS if kind != "post")


def find_mentions(text: str, ref: Reference, language: str = "en", footer: Footer = NO_FOOTER) -> Mentions:
    """Everything ``text`` (in ``language``) mentions; ``footer``: the site-wide footer at its foot, as the chrome
    split read it (:func:`~osce_kg.loader.extract.layouts.site_footer`). Never raises."""
    schwas = text.count("ə") + text.count("Ə")
    if schwas and not language.startswith("az") and (language.startswith("en") or schwas >= max(3, len(text) // 400)):
        language = "az"                       # the schwa is Azerbaijani's alone (read as English or Slovene upstream)
    text = _LL_NAME.sub(lambda m: f"{m.group('title')} Il{m.group('rest')}", text)
    # other pages' teasers, inside the text ("Читайте також: ...") or under it, name neither a State nor a body
    # nor a person of the page's
    tail = text[len(text) - footer.length:] if footer.length else ""
    text = without_teasers(text, footer)
    # a site-wide footer (its address, copyright and links at the foot of every page) names the site, not the item:
    # its country is no State mention (lead decision 5); an item's own contact block above it still counts. (Teasers
    # blanked down to the text's end took the footer with them.)
    foot = len(text) - len(tail) if tail and text.endswith(tail) else len(text)
    # a footer with a copyright line names the site in it: the bodies it names are the site's, no mention (lead
    # decision 5, as for its country; "Copyright © 2026 Радио-телевизија Србије" under a broadcaster's item). (A
    # footer of address-like lines only may be the item's own last line, a date before a comma.)
    site_foot = foot if _COPYRIGHT_SIGN.search(text, foot) else len(text)
    # a photo credit's line names neither a person nor a body the page mentions ("Fot. PAP/Name")
    text = _CREDIT_LINE.sub(lambda m: " " * len(m.group()), text)
    # "Vincenzo Del Monaco": a State's name after a surname particle is part of a person's name
    matches = ref.scan(text, MENTION_KINDS, language=language)
    starts = {m.start for m in matches}
    # "Jordan Bardella", "Γεωργία Καλογεροπούλου": a State's name that is a given name before a surname is a person's
    matches = [m for m in matches if not (m.kind == "state" and not m.adjective and (
        _after_particle(text, m.start) or _given_name_of_person(text, m, starts, language)))]
    # "Statssekretær Eivind Holland ... Holland sa": a State's name after a given name is a surname,
    # there and wherever the page writes it alone (H7)
    surnames = {text[m.start:m.end] for m in matches if m.kind == "state" and _after_given_name(text, m, ref)}
    if surnames:
        matches = [m for m in matches if not (m.kind == "state" and text[m.start:m.end] in surnames)]
    if foot < len(text):
        matches = [m for m in matches if not (m.kind == "state" and m.start >= foot)]
    if site_foot < len(text):
        matches = [m for m in matches if not (m.kind == "organization" and m.start >= site_foot)]
    found = Mentions()
    previous_adjective: tuple[int, bool] | None = None
    # a State inside a field operation's name is the operation's host, read from the operation ("Misije OEBS-a u
    # Srbiji i Crnoj Gori" names Serbia and Montenegro, not Serbia; round 7, b5_me, d3_me)
    operations = [(m.start, m.end, m, str(getattr(ref.records("field_operation").get(m.label), "host", "")))
                  for m in matches if m.kind == "field_operation"]
    operations = [o for o in operations if o[3] in ref.states]
    for n, m in enumerate(matches):
        if m.kind == "state" and operations and not m.adjective and any(
                a <= m.start and m.end <= b and _named_after_host(o.label, o_host, ref)
                for a, b, o, o_host in operations):
            continue
        if m.kind == "state":
            if text[m.end:m.end + 1] == "$":          # "US$236 billion" is a currency
                continue
            if m.adjective and _given_name_before_name(text, m, ref):
                continue                              # "Roman Kharmosa" is no Romanian
            if m.adjective and _surname_after_given_name(text, m, ref, language):
                continue                              # "Francesca Albanese", "Vincenzo Russo" are no Albania, Russia
            if _CAPITALS_PLACE.search(text, max(0, m.start - 40), m.start) and text[m.end:m.end + 1] == "," \
                    and text[m.start:m.end].isupper():
                continue                              # "NOVI SAD, 10 November": a place in capitals, no USA (SAD)
            if m.adjective and _listed_with_a_people(text, m, matches):
                continue                              # "comunităților găgăuză, bulgară și ucraineană": peoples
            if m.adjective:
                national = _national_adjective(text, m, previous_adjective, language,
                                               matches[n + 1] if n + 1 < len(matches) else None)
                previous_adjective = (m.end, national)
                if not national:
                    continue
            _add(found.states, m.label)
        elif m.kind == "field_operation":
            _add(found.field_operations, m.label)
        elif m.kind == "organization" and m.label not in WHOLE_OSCE | NOT_ORGANIZATIONS:
            if _GENERIC_BODY.fullmatch(text[m.start:m.end]) and _QUALIFIED.search(text[max(0, m.start - 30):m.start]):
                continue                      # "the PA's International Secretariat" is not the OSCE's
            if m.end - m.start == 2 and _POSTCODE_BEFORE.search(text, max(0, m.start - 40), m.start) \
                    and _PLACE_AFTER_POSTCODE.match(text, m.end):
                continue                      # "Prinsessegracht 22, 2514 AP The Hague": a postcode, no AP
            _add(found.organizations, acronym_by_language(text[m.start:m.end], m.label, ref, language))
        elif m.kind == "city" and not _city_as_given_name(text, m):   # "Milan Tegeltija" is no city
            _add(found.cities, m.label)
        elif m.kind == "territory":
            _add(found.territories, m.label)
        host = getattr(ref.records("field_operation").get(m.label), "host", None) \
            if m.kind == "field_operation" else None
        if m.kind in ("field_operation", "organization"):
            inner = ref.scan(text[m.start:m.end], ("state",), adjectives=False, language=language)
            if inner and host in ref.states and _named_after_host(m.label, host, ref):
                _add(found.states, host)      # a State written in it, named after its host (not "Centre in Ashgabat")
            for state in [] if inner and host in ref.states and _named_after_host(m.label, host, ref) else inner:
                _add(found.states, state.label)       # "OSCE Mission to Moldova" names Moldova
    _drop_parents_named_before_acronyms(text, matches, found, ref)
    if not language.startswith("en"):         # English names are the reference data's own
        listed_ops = [(m.start, m.end) for m in matches if m.kind == "field_operation"]
        for label in find_field_operations_by_shape(text, ref, listed_ops):
            _add(found.field_operations, label)
    # English names of these bodies are the reference data's own; other languages are composed
    composed = [] if language.startswith("en") else find_composed_bodies(
        text, [(m.start, m.end) for m in matches if m.kind == "organization" and m.label not in _PARENT_BODIES])
    for a, b, label in composed:
        # "BM Mülteciler Yüksek Komiserliği", "ООН з прав людини": the UN inside a UN body's name is that body
        inside = {m.label for m in matches if m.kind == "organization" and a <= m.start and m.end <= b}
        for other in inside - {label}:
            if all(any(x <= o.start and o.end <= y for x, y, _ in composed) for o in matches
                   if o.kind == "organization" and o.label == other):
                found.organizations = [o for o in found.organizations if o != other]
        if not any(m.kind == "organization" and m.start < b and a < m.end and not (a <= m.start and m.end <= b)
                   for m in matches):
            _add(found.organizations, label)
    matches = [*matches, *(Match(a, b, "organization", label) for a, b, label in composed)]
    _national_chapters(text, matches, found)
    for a, b, label in find_national_bodies(text, matches, ref):
        if not _overlaps([(m.start, m.end) for m in matches if m.kind in ("organization", "field_operation")], a, b):
            matches.append(Match(a, b, "organization", label))
            _add(found.organizations, label)
    stemmed: list[Match] = []
    if language.split("-")[0] in _INFLECTING:
        for a, b, label in find_organizations_by_stem(text, ref):
            crossing = [m for m in matches if m.start < b and a < m.end]
            if label in WHOLE_OSCE | NOT_ORGANIZATIONS or a >= site_foot or any(not (a <= m.start and m.end <= b) or
                                                              (m.start, m.end) == (a, b) for m in crossing):
                continue
            _add(found.organizations, label)
            stemmed.append(Match(a, b, "organization", label))
            # "Парламентской ассамблеи Совета Европы" holds "Совета Европы": the longer body is meant
            for m in crossing:
                if m.kind == "organization" and m.label != label and all(a <= o.start and o.end <= b for o in matches
                                                    if o.kind == "organization" and o.label == m.label):
                    found.organizations = [o for o in found.organizations if o != m.label]
    if not language.startswith("en") and not any(_SOCIETY.search(o) for o in found.organizations):
        # the Red Cross named alone is the International Committee, unless the page names a national society
        for a, b in _red_cross_alone(text, matches):
            matches.append(Match(a, b, "organization", "International Committee of the Red Cross"))
            _add(found.organizations, "International Committee of the Red Cross")
    universities = [u for u in find_city_universities(text, ref) if not _overlaps(
        [(m.start, m.end) for m in matches if m.kind == "organization"], u[0], u[1])]
    for a, b, label in universities:
        matches.append(Match(a, b, "organization", label))
    other_orgs = universities + find_other_organizations(text, matches, ref, language) + find_media(text, matches)
    taken = [(a, b) for a, b, _ in other_orgs]
    defined = [o for o in find_defined_acronyms(text, matches, ref) if not _overlaps(taken, o[0], o[1])]
    other_orgs += defined
    if not language.startswith("en"):
        spans_so_far = [*matches, *stemmed, *(Match(a, b, "organization", n) for a, b, n in other_orgs)]
        other_orgs += find_bodies_as_written(text, spans_so_far, language, ref)
    if _TYPE_HINT.search(text):
        spans_so_far = [*matches, *stemmed, *(Match(a, b, "organization", n) for a, b, n in other_orgs)]
        other_orgs += find_bodies_by_type(text, spans_so_far, ref)
    if language.startswith("en"):
        spans_so_far = [*matches, *stemmed, *(Match(a, b, "organization", n) for a, b, n in other_orgs)]
        other_orgs += find_bodies_by_role(text, spans_so_far, ref)
    else:
        spans_so_far = [*matches, *stemmed, *(Match(a, b, "organization", n) for a, b, n in other_orgs)]
        other_orgs += find_quoted_parties(text, spans_so_far, ref)
    spans_so_far = [*matches, *stemmed, *(Match(a, b, "organization", n) for a, b, n in other_orgs)]
    other_orgs += _affiliations_in_brackets(text, spans_so_far, ref, language)
    # "the European Council on Foreign Relations (ECFR)": a body the page defines is not the shorter
    # known body inside its name, unless that one is named elsewhere too
    inside = {m.label for m in matches if m.kind == "organization"
              and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b, _ in defined)}
    for label in inside:
        if all(any(a <= m.start and m.end <= b for a, b, _ in defined)
               for m in matches if m.kind == "organization" and m.label == label):
            found.organizations = [o for o in found.organizations if o != label]
    for _, _, name in other_orgs:
        _add(found.organizations, name)
    head_last = language.split("-")[0] in ("hu", "fi", "et", "lv", "lt", "tr", "az", "kk", "ky", "uz")
    for name in _shorter_names_of_one_body([n for _, _, n in other_orgs], head_last):
        found.organizations = [o for o in found.organizations if o != name]
    for name in _parents_named_before_children([*matches, *stemmed], text, ref):
        found.organizations = [o for o in found.organizations if o != name]
    for name in _masthead_bodies(text, matches, other_orgs, ref, language, site_foot):
        found.organizations = [o for o in found.organizations if o != name]
    for name in _parents_of_possessed(text, matches, ref):
        found.organizations = [o for o in found.organizations if o != name]
    spans = [*matches, *stemmed, *(Match(a, b, "organization", n) for a, b, n in other_orgs)]
    found.persons = find_persons(text, spans, ref, strict=not language.startswith("en"), language=language)
    found.events = find_events(text, matches, ref)
    return found


#: a person's given name and family name, then a short capitalised affiliation in brackets: "Pere Joan Pons (PSOE)",
#: "Sibel Arslan (Grüne)" (a party, as parliaments' and newspapers' pages print a member's)
_NAME_AND_AFFILIATION = re.compile(r"(?P<name>(?:[^\W\d_][\w'’-]+[ \t]+){2,3})"
                                   r"\((?P<body>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2})\)")


#: what a bracket holds after a name (:data:`_NAME_AND_AFFILIATION`'s second part)
_BRACKETED_BODY = re.compile(r"\((?:[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2})\)")


def _bracketed_after_names(text: str) -> Iterable[re.Match[str]]:
    """The matches of :data:`_NAME_AND_AFFILIATION` in ``text``, as ``finditer`` gives them, the pattern tried only
    before each "(" whose brackets hold what it asks (not at every word: a tenth of a page's reading): its names' words
    and the spaces between them are the run of word characters, apostrophes, hyphens, spaces and tabs before it."""
    end = 0
    p = text.find("(")
    while p >= 0:
        body = _BRACKETED_BODY.match(text, p)
        if body:
            start = p
            while start > end and (text[start - 1].isalnum() or text[start - 1] in "_'’- \t"):
                start -= 1
            m = _NAME_AND_AFFILIATION.search(text, start, body.end())
            if m:
                yield m
                end = m.end()
        p = text.find("(", p + 1)


def _affiliations_in_brackets(text: str, spans: list[Match], ref: Reference,
                              language: str) -> list[tuple[int, int, str]]:
    """Bodies in brackets right after a person's name (capitalised words, the first of the last two or three a given
    name): a capitalised word or acronym and at most two more ("(PSOE)", "(Grüne)"), not a State, city or known body
    (those are read already), no photo credit (no "/"), inside a sentence (not a line of its own, a byline); not an
    acronym the words before define, nor after a place's or body's name."""
    out = []
    for m in _bracketed_after_names(text):
        a, b = m.span("body")
        body = m.group("body")
        words = m.group("name").split()
        if not body[0].isupper() or not words[-1][0].isupper() or not words[-2][0].isupper() or _overlaps(
                [(x.start, x.end) for x in spans], a, b):
            continue
        if not (is_given_name(words[-2]) or len(words) == 3 and words[0][0].isupper() and is_given_name(words[0])):
            continue
        initials = "".join(w[0] for w in words).casefold()
        if body.isupper() and initials.endswith(body.casefold()[:2]) or any(_not_name_word(w) for w in words) \
                or ref.scan(m.group("name"), ("state", "city", "territory", "organization"), language=language):
            continue                  # "Geneva International Discussions (GID)": an acronym defined, no person
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", b)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if len(line.split()) < 8 or ref.scan(body, ("state", "city", "territory"), language=language):
            continue
        out.append((a, b, body))
    return out


def _shorter_names_of_one_body(names: list[str], head_last: bool = False) -> list[str]:
    """Names as written that another name of the page holds word for word, with more words: one body named in full
    and shortly ("Київський університет" in the headline, "Київський національний університет імені Тараса
    Шевченка" in the text; "Univerzita Komenského" and "Univerzita Komenského v Bratislave"); where names end in
    their head (``head_last``), also at the front ("Corvinus Egyetem", "Budapesti Corvinus Egyetem")."""
    words = {n: re.findall(r"\w+", n.casefold()) for n in set(names)}
    return [n for n, w in words.items() if len(w) >= 2 and any(
        (w[0] == other[0] or w[-1] == other[-1] and head_last) and set(w) < set(other)
        for m, other in words.items() if m != n)]


#: a possessive and a body's capitalised name after a body: "the Council of Europe's Congress of Local ...", "...'s
#: Advisory Committee on ..." (a body's head noun among its first four words; not "...'s Sixth Worldwide Security
#: Conference", an event)
_POSSESSED = re.compile(r"['’]s[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:Congress|Committee|Commission|Court|Council|"
                        r"Assembly|Agency|Office|Institute|Centre|Center|Directorate|Bureau|Secretariat|Group|"
                        r"Mission|Programme|Fund)\b")


def _parents_of_possessed(text: str, matches: list[Match], ref: Reference) -> list[str]:
    """Bodies outside the OSCE the page names only as the parent of another, by a possessive ("the Council of
    Europe's Congress of Local and Regional Authorities", "the Council of Europe's Advisory Committee on the
    Framework Convention"): only the nested body is listed (tests/gold/README.md, "Nested names"; the OSCE's
    Secretariat and its units are both listed, as the gold has them)."""
    named: dict[str, list[bool]] = {}
    for m in matches:
        record = ref.records("organization").get(m.label) if m.kind == "organization" else None
        if record is not None and getattr(record, "kind", "") == "external":
            named.setdefault(m.label, []).append(bool(_POSSESSED.match(text, m.end)))
    return [label for label, possessive in named.items() if all(possessive)]


def _parents_named_before_children(spans: list[Match], text: str, ref: Reference) -> list[str]:
    """Known bodies named only right before a body of their own, in the genitive that opens its name in Georgian,
    Kazakh and the other languages that put it first ("ევროპის საბჭოს ვენეციის კომისია": the Council of Europe's
    Venice Commission; "Біріккен Ұлттар Ұйымының Есірткі және қылмыс жөніндегі басқармасы (UNODC)"): the child is
    meant, as "UN Security Council" is the Council (tests/gold/README.md, "Nested names")."""
    bodies = [m for m in spans if m.kind == "organization"]
    out = []
    for label in {m.label for m in bodies}:
        mine = [m for m in bodies if m.label == label]
        children = [m for m in bodies if getattr(ref.records("organization").get(m.label), "parent", None) == label]
        if children and all(any(_names_its_child(text, p, c) for c in children) for p in mine):
            out.append(label)
    return out


def _names_its_child(text: str, parent: Match, child: Match) -> bool:
    """The parent's name opens its child's: right before it ("ევროპის საბჭოს ვენეციის კომისიის"), or up to eight
    words before the child's acronym in brackets, which closes the child's name ("... Ұйымының Есірткі және қылмыс
    жөніндегі басқармасымен (UNODC)"); not "the Council of Europe and the Venice Commission", "the Secretariat's
    Centre"."""
    gap = text[parent.end:child.start]
    if child.start < parent.end or re.search(r"[.;!?\n]", gap):
        return False
    if not gap.strip():
        return True
    return gap.rstrip().endswith("(") and text[child.end:child.end + 1] == ")" \
        and text[child.start:child.end].isupper() and len(gap.split()) <= 9


#: one more word after a body's name on the page's first line (its news section's name)
_MASTHEAD_SECTION = re.compile(r"[ \t]+[^\W\d_]+$")


def _masthead_bodies(text: str, matches: list[Match], other_orgs: list[tuple[int, int, str]], ref: Reference,
                     language: str, foot: int | None = None) -> list[str]:
    """The names to leave out of a page's bodies because they are its masthead: the text's first line is a
    body's name and nothing else ("Neue Zürcher Zeitung", "Institute for War and Peace Reporting",
    "ინტერპრესნიუსი" above the menus) and the page names that body nowhere else. The site's own name is not
    a mention (tests/gold/README.md: "a masthead is not a header"); an OSCE body's masthead is left to the
    reference data's readers, as its site gives the page's inferred issuer. Nor is the masthead's second line when
    it is the same body's name alone (its acronym over its name: "РТС" / "Радио-телевизија Србије"), or the
    site-wide footer from ``foot`` on (its copyright line names the site: lead decision 5)."""
    first = text.find("\n")
    if first <= 0:
        return []
    line = text[:first]
    lo, hi = len(line) - len(line.lstrip()), len(line.rstrip())
    foot = len(text) if foot is None else foot
    below = text.find("\n", first + 1)
    below = len(text) if below < 0 else below
    second = text[first + 1:below]
    masthead_below = (first + 1 + len(second) - len(second.lstrip()), first + 1 + len(second.rstrip()))
    # a broadcaster's or paper's name and its news section's word ("ERR Uudised", "Yle Uutiset", "БНР Новини",
    # "LRT naujienos"): the masthead still
    section = _MASTHEAD_SECTION.search(line[:hi])
    spans = [(m.start, m.end, m.label) for m in matches if m.kind == "organization"] + list(other_orgs)
    out = []
    for a, b, label in spans:
        if (a, b) not in ((lo, hi), (lo, section.start() if section else -1)) \
                or any(first <= s < foot and (s, e) != masthead_below and name == label for s, e, name in spans):
            continue
        record = ref.records("organization").get(label)
        if record is not None and getattr(record, "kind", "external") != "external":
            continue
        out += [label, acronym_by_language(text[a:b], label, ref, language)]
    return out


def _named_after_host(label: str, host: str, ref: Reference) -> bool:
    """The operation's English name ends in its host State's name or one of its aliases ("OSCE Mission to the
    Federal Republic of Yugoslavia"), not in a city's ("OSCE Centre in Ashgabat")."""
    tail = re.split(r" (?:to|in) (?:the )?", label)[-1]
    return label.endswith(host) or ref.lookup("state", tail) == host


def _drop_parents_named_before_acronyms(text: str, matches: list[Match], found: Mentions, ref: Reference) -> None:
    """A body's own acronym in brackets right after its name in another language ("Миссия Европейского
    союза по приграничной помощи Молдове и Украине (EUBAM)", "Mission d'administration intérimaire des
    Nations unies au Kosovo (MINUK)"): the parent body named inside that name (the EU, the UN) is not
    mentioned there; it stays when the text names it elsewhere too (round 7, d1 ru and fr)."""
    inside: dict[str, list[Match]] = {}
    for m in matches:
        if m.kind != "organization" or text[m.start - 1:m.start] != "(" or text[m.end:m.end + 1] != ")" \
                or not text[m.start:m.end].isupper():
            continue
        parent = getattr(ref.records("organization").get(m.label), "parent", None)
        if not parent:
            continue
        # the name before the bracket: at most nine words back, within its sentence
        lo = max(0, m.start - 160)
        cut = max(text.rfind(c, lo, m.start) for c in ".!?;\n")
        back = [w.start() for w in _STEM_WORD.finditer(text, max(lo, cut + 1), m.start)]
        lo = back[-9] if len(back) >= 9 else max(lo, cut + 1)
        inside.setdefault(parent, []).extend(o for o in matches if o.kind == "organization" and o.label == parent
                                             and lo <= o.start and o.end < m.start)
    for parent, within in inside.items():
        every = [o for o in matches if o.kind == "organization" and o.label == parent]
        if within and len(set(within)) == len(every):
            found.organizations = [o for o in found.organizations if o != parent]
    # "the Centre for Independent Journalism (CIJ)": an acronym the page defines for a name of its own is not
    # the known body that shares it (the International Court of Justice's French "CIJ"; round 7, d2_en)
    others: dict[str, list[bool]] = {}
    for m in matches:
        if m.kind != "organization":
            continue
        acronym = text[m.start:m.end]
        defined = False
        if text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")" and acronym.isupper():
            before = text[max(0, m.start - 120):m.start - 1].rstrip()
            words = before.split()[-8:]
            for k in range(len(words) - 1):
                name = " ".join(words[k:])
                if words[k][:1].isupper() and _initials_fit(words[k:], acronym) \
                        and ref.lookup("organization", name) != m.label and not _cognate_name(name, m.label, ref):
                    defined = True
                    break
        others.setdefault(m.label, []).append(defined)
    for label, flags in others.items():
        if all(flags):
            found.organizations = [o for o in found.organizations if o != label]


def _cognate_name(name: str, label: str, ref: Reference) -> bool:
    """``name`` is the known body ``label`` written in another language of the same script: most of its longer
    words share their first four letters (folded) with words of the body's names ("Parti Action et Solidarité",
    "Partij van Actie en Solidariteit": "Party of Action and Solidarity"); "Centre for Independent Journalism" shares
    none with the International Court of Justice's names."""
    mine = {_fold_word(w)[:4] for w in re.findall(r"[^\W\d_]{4,}", name)}
    if len(mine) < 2:
        return False
    record = ref.records("organization").get(label)
    names = [label, *(str(a).split("@")[0] for a in getattr(record, "alt_labels", ()) or ())]
    theirs = {_fold_word(w)[:4] for n in names for w in re.findall(r"[^\W\d_]{4,}", n)}
    return len(mine & theirs) * 2 > len(mine)


#: a short line that is a photo credit: "Photo: ...", "Foto: APA/...", "Fot. PAP/...", "Фото: ...",
#: "Crédit photo : ...", "© ...", "Photo by ..."
#: "read" and "see" (imperative) and "also" in the region's languages: the label of another page's headline printed
#: inside the text ("Читайте також:", "À lire aussi :", "LEGGI ANCHE:", "Czytaj więcej:", "Citește și:")
_READ_ALSO = re.compile(
    r"(?i:\b(?:read|see|also|lire|voir|leggi|vedi|lees|zie|lesen|siehe|lea|leia|veja|czytaj|zobacz|čtěte|"
    r"čítajte|preberite|pročitajte|pročitaj|vidi|прочитајте|прочитај|прочетете|видете|citește|citeste|citiți|"
    r"vezi|olvassa|читайте|чытайце|lexo|lexoni|oxu|oxuyun|okuyun|loe|lue|lasiet|skaitykite|læs|läs|"
    r"διαβάστε|δείτε|წაიკითხეთ|կարդացեք|оқыңыз|окуңуз|унших|хонед|o['‘’ʻ]qing)\b)")
#: a teasers' heading under the text: one to four words, no digit, perhaps a colon; after its first word only
#: small letters or a script without case ("Loe ka", "Dernières nouvelles", "Ultimele știri", "ასევე წაიკითხეთ",
#: "Тақырыптас жаңалықтар", "Холбоотой мэдээ", "Most read"): not a name ("Anna-Lena Jungmann") or a post
_TEASERS_HEADING = re.compile(rf"[{UPPER}]?[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_{UPPER}][\w'’-]*){{0,3}}[ \t]*:?")
_FOOTER = re.compile(r"©|\(c\)|\|", re.I)
#: a copyright line's sign ("©", "(c) 2024", "Copyright")
_COPYRIGHT_SIGN = re.compile(r"©|\((?i:c)\)[ \t]*(?:19|20)\d\d|(?i:copyright)")
#: a footer line naming the site by its address ("uudised.ee koondab uudiseid ...", an aggregator's disclaimer)
_SITE_LINE = re.compile(r"^[ \t]*(?:www\.)?[a-z0-9-]+\.[a-z]{2,3}\b(?![.\w])")


def _teasers_heading(line: str) -> bool:
    """``line`` heads other pages' teasers (:data:`_TEASERS_HEADING`). A contact label heads a press contact's
    block, a person the page names ("Contact:", "Kontakt"); a section's name of words joined by "and" ("Proiecte și
    activități", "Projects and activities") heads the page's own list, unless it says "read", "see" or "also"
    ("Pročitajte i ovo")."""
    if len(line) > 40 or not _TEASERS_HEADING.fullmatch(line) or _CONTACT_WORD.search(line):
        return False
    words = line.rstrip(" \t:").casefold().split()
    return not any(w in _AND for w in words[1:-1]) or bool(_READ_ALSO.search(line))


#: an address's street and house number, a comma and a postcode's four digits, right before two capitals: the
#: postcode's letters ("Prinsessegracht 22, 2514 AP La Haye", "Laan 5, 2500 EB Den Haag"), no acronym of a body
_POSTCODE_BEFORE = re.compile(rf"[{UPPER}][^\W\d_]+[ \t]+\d{{1,4}}[a-zA-Z]?,[ \t]*[1-9]\d{{3}}[ \t]$")
#: ... when a place follows them, then a comma, a bar or the line's end ("AP The Hague, Netherlands")
_PLACE_AFTER_POSTCODE = re.compile(rf"[ \t]+[{UPPER}][\w'’-]*(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]*(?:[,|]|$)", re.M)


#: a press contact's label on the name's own line ("Contact presse : Nat Parry, +45 ...", "Contacto de prensa: ..."), as
#: resolve.py reads one on the line above; the contact word may follow one word ("Press contact:", "Media contact:") or
#: close a compound ("Pressekontakt:", "Medienkontakt:")
_CONTACT_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[^\W\d_]+[ \t]+)?[^\W\d_]*?"
                             r"(?i:contact|contacto|contatto|contatti|kontakt|контакт|iletişim|kapcsolat|"
                             r"yhteys|тамос|котиботи[ \t]+матбуот)[^\n:]{0,30}:[ \t]*$")


def _headline_line(line: str) -> bool:
    """Another page's headline's shape: three to twenty words, no sentence's end, no address, phone or mail."""
    words = line.split()
    return 3 <= len(words) <= 20 and len(line) <= 160 and not _SENTENCE_END.search(line) \
        and sum(c.isdigit() for c in line) <= 6


def without_teasers(text: str, footer: Footer = NO_FOOTER) -> str:
    """``text`` without other pages' teasers, each line left empty: a line inside the text whose label (one to
    four words with "read", "see" or "also" in the page's language, then a colon) heads another page's headline
    ("Читайте також: Естонія передасть ...", "À lire aussi : Roumanie : ..."); and under the text, the blocks of
    a short heading (:data:`_TEASERS_HEADING`) over one headline or more (two or more in all), with only the
    site's footer (a "©" or "|" line, or ``footer``, the chrome split's) after them ("Loe ka" / two headlines /
    "ERR © 2024 | Kontakt"). Never raises."""
    lines = text.split("\n")
    if len(lines) < 4:
        return text
    out = list(lines)
    for n, line in enumerate(lines[1:], 1):
        label, colon, rest = line.strip().partition(":")
        if colon and rest.strip() and len(label.split()) <= 4 and _READ_ALSO.search(label) \
                and _headline_line(rest.strip().rstrip(".")):
            out[n] = ""
    end = len(lines)
    # (the site's footer, decision 5's: its address, links and share bar, also without a "©" or "|" there; from its
    # first line of a footer's own shape: the line over the footer's address may be the last teaser's headline)
    foot_line = text.count("\n", 0, len(text) - footer.shaped) if footer.shaped else len(lines)
    while end > 2 and (not lines[end - 1].strip() or _FOOTER.search(lines[end - 1])
                       or _SITE_LINE.search(lines[end - 1]) or end - 1 >= foot_line):
        end -= 1
    for short_headings in (False, True):
        # (then a heading of three or four words that is a headline's shape too, "Regeringen föreslår höjd
        # a-kassa", is taken for a headline unless it says "read", "see" or "also": "Läs mer" over it heads them)
        cut, headlines, k = None, 0, end - 1
        while k > 1:
            run = 0
            while k > 1 and _headline_line(lines[k].strip()) and not (
                    run and _teasers_heading(lines[k].strip())
                    and not (short_headings and len(lines[k].split()) >= 3 and not _READ_ALSO.search(lines[k]))):
                run, k = run + 1, k - 1
            if not run or not _teasers_heading(lines[k].strip()):
                break
            headlines, cut, k = headlines + run, k, k - 1
        if cut is not None and headlines >= 2:
            out[cut:] = [""] * (len(lines) - cut)
            break
    return "\n".join(out)


_CREDIT_LINE = re.compile(
    r"^[ \t(]*(?:(?i:photo|photos|foto|fotos|fot|фото|світлина|zdjęcie|zdjęcia|snimak|fotografija|fotografia|"
    r"ფოტო|լուսանկար\w*|φωτογραφία|φωτό|nuotrauka|fotografie|"
    r"fotoğraf|şəkil|crédit photo|crédits photo|photo credit|credit|credits|image|bild|bildquelle)"
    r"(?:[ \t]+(?:by|von|de|di|:))?[ \t]*[.:©/|–-]|©)[^\n]{0,100}$", re.M)


#: languages that inflect the names of bodies ("Парламентской ассамблеи Совета Европы") or add case
#: suffixes to them ("Avropa İttifaqının", "Եվրոպական միության")
_INFLECTING = frozenset("ru uk be bg mk sr hr bs cnr sl cs sk pl lt lv ro sq az tr el hy ka hu fi et de "
                        "kk ky uz tk tg".split())
_STEM_WORD = re.compile(r"[^\W\d_]+")


def _stem(word: str) -> str:
    """The part of a word every case form shares, roughly: five letters of a long word, all but
    the last of a short one ("Совета", "Совет" -> "совет"; "Союза", "Союз" -> "сою"). A word of the
    text matches a listed name's word when it starts with that word's stem ("Českým" ~ "Český")."""
    word = word.casefold()
    return word[:5] if len(word) >= 6 else word[:max(3, len(word) - 1)] if len(word) >= 4 else word


def _organization_stems(ref: Reference) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The names of bodies in the inflecting languages (two words or more), by their first word's stem."""
    return ref.derived("mentions.organization_stems", _build_organization_stems)


def _build_organization_stems(ref: Reference) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for label, record in ref.records("organization").items():
        for alias in record.alt_labels:
            alias = alias.split("@")[0]
            if ref.languages.get(alias, "").split("-")[0] not in _INFLECTING:
                continue
            words = tuple(_stem(w) for w in _STEM_WORD.findall(alias))
            if len(words) >= 2 and len(words[0]) >= 3:
                index.setdefault(words[0][:3], []).append((label, words))
    return index


def find_organizations_by_stem(text: str, ref: Reference) -> list[tuple[int, int, str]]:
    """Bodies the reference data names in an inflecting language, written in another case: each
    word shares its stem with the listed name's ("Парламентской ассамблеи Совета Европы" ->
    Parliamentary Assembly of the Council of Europe; "Uniunii Europene" -> European Union). The
    first word must be capitalised. (start, end, label) triples, the longest name first at a place."""
    index = _organization_stems(ref)
    words = [(m.start(), m.end(), m.group().casefold()) for m in _STEM_WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        start, _, word = words[i]
        best: tuple[int, str] | None = None
        if (text[start].isupper() or "\u10d0" <= text[start] <= "\u10ff") and len(word) >= 3:
            # (Georgian script has no capitals: a name there starts on any word)
            for label, stems in index.get(word[:3], ()):
                n = len(stems)
                # "Kancelarija OEBS-a za demokratske ...", "Úřad OBSE pro ...": the OSCE's name after the first word
                skip = 1
                if i + 2 < len(words) and _OSCE_WORD.fullmatch(text[words[i + 1][0]:words[i + 1][1]]) \
                        and not _stem_fits(words[i + 1][2], stems[1] if n > 1 else ""):
                    skip = 2              # "OEBS-a": its case suffix goes with it
                    if i + 3 < len(words) and text[words[i + 1][1]:words[i + 2][0]] == "-" \
                            and len(words[i + 2][2]) <= 3:
                        skip = 3
                at = [i, *range(i + skip, i + skip + n - 1)]
                if at[-1] < len(words) and all(_stem_fits(words[j][2], stems[k]) for k, j in enumerate(at)) \
                        and (best is None or len(at) + skip - 1 > best[0]):
                    best = (at[-1] - i + 1, label)
        if best:
            found.append((start, words[i + best[0] - 1][1], best[1]))
            i += best[0]
        else:
            i += 1
    return found


#: "das Rote Kreuz", "Crvenog krsta", "Կարմիր խաչ": the Red Cross named alone (two words next to each other)
def _red_cross_alone(text: str, matches: list[Match]) -> list[tuple[int, int]]:
    """The Red Cross named with no State or other qualifier: the International Committee (as the
    README's conventions read it); a national society the data knows by name is matched instead."""
    found = []
    words = [(m.start(), m.end(), _concepts_of_written(m.group())) for m in _STEM_WORD.finditer(text)]
    for (a, mid, first), (c, b, second) in zip(words, words[1:]):
        if not {"red", "cross"} <= first | second or not re.fullmatch(r"[ \t-]+", text[mid:c]):
            continue
        if any(m.start < b and a < m.end for m in matches if m.kind in ("organization", "state", "city")):
            continue                          # a national society, a body's name, "Crveni krst Srbije"
        before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, a - 40):a])
        if before and before.group(1)[0].isupper() \
                and not re.search(r"(?:^|[.!?:]\s*)$", text[max(0, a - 60):a - len(before.group(0))]):
            continue                          # "Český červený kříž": a capitalised qualifier before it
        after = re.match(r"[ \t]+([^\W\d_]+)", text[b:b + 40])
        if after and (after.group(1)[0].isupper()
                      or _concepts_of_written(after.group(1)) & {"international", "committee"}):
            continue                          # "Crveni krst Srbije", the Committee's name in full
        found.append((a, b))
    return found


_SOCIETY = re.compile(r"^(?!International Committee).*\bRed (?:Cross|Crescent)\b")


#: international bodies whose national chapters are named after them and their State
#: ("Transparency International Georgia", "„საერთაშორისო გამჭვირვალობა - საქართველო“")
_CHAPTERED = frozenset({"Transparency International", "Caritas Internationalis", "Amnesty International"})
#: what stands between the body and its State: a dash, or a case ending and "in" ("Transparency
#: Internationala u BiH", "Transparency International в Казахстане", "Transparency International në Shqipëri")
_CHAPTER_GAP = re.compile(r"(?:[a-zа-я]{1,3}(?=[ \t]+(?:u|в|у|w|në|ne|în|in|v|ve)[ \t]))?"
                          r"[ \t]*(?:[-–—]|(?:u|в|у|w|në|ne|în|in|v|ve)(?=[ \t]))?[ \t]*")
#: capitalised words after a chaptered body's name, ending in a body's head noun (group 1)
_CHAPTER_NAME = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,3}?[ \t]+([A-Z][a-z]+)(?![\w-])")


def _national_chapters(text: str, matches: list[Match], found: Mentions) -> None:
    """A body of :data:`_CHAPTERED` right before a State's name is its chapter in that State: the
    chapter replaces the body unless the body is also named alone (each body for itself: Amnesty International
    named alone keeps no Caritas Internationalis beside its Austrian chapter)."""
    alone: set[str] = set()
    chapters: list[str] = []
    for m in matches:
        if m.kind != "organization" or m.label not in _CHAPTERED:
            continue
        gap = _CHAPTER_GAP.match(text, m.end)     # matches the empty string at least
        after = gap.end() if gap else m.end
        state = next((s for s in matches if s.kind == "state" and s.start == after and not s.adjective), None)
        own = _CHAPTER_NAME.match(text, m.end)
        if own and own.group(1) in _DEFINED_HEADS:
            # "Transparency International Anti-Corruption Center": the chapter's own name goes on
            chapters.append(f"{m.label} {own.group(0).strip()}")
        elif state and after > m.end:
            chapters.append(f"{text[m.start:m.end] if m.label == 'Caritas Internationalis' else m.label} {state.label}")
        else:
            alone.add(m.label)
    for chapter in chapters:
        body = next((c for c in _CHAPTERED if chapter.startswith(c.split()[0])), "")
        if body not in alone and body in found.organizations:
            found.organizations[found.organizations.index(body)] = chapter
        _add(found.organizations, chapter)


_OSCE_WORD = re.compile(r"(?:OSCE|OSBE|OEBS|OESS|OBSE|OBWE|OSZE|OVSE|EBVT|ATƏT|ЕҚЫҰ|ЕКЫУ|ОБСЕ|ОБСЄ|ОЕБС|АБСЕ|"
                        r"ESBO|EDSO|EBESZ|ΟΑΣΕ|ԵԱՀԿ)")


def _stem_fits(word: str, stem: str) -> bool:
    """A word of the text (folded) is a case form of the listed word whose stem is ``stem``: it starts
    with it and is not much longer (a suffix or ending, not another word). Albanian's connective
    articles agree with the case of the noun before them, so any stands for any ("Kryqi i Kuq i
    Kosovës", "Kryqin e Kuq të Kosovës")."""
    if stem in _ALBANIAN_LINKS:
        return word in _ALBANIAN_LINKS
    return word.startswith(stem) and (len(stem) >= 5 or len(word) <= len(stem) + 4)


_ALBANIAN_LINKS = frozenset(("i", "e", "të", "së"))
#: (public names for the issuer reader, which matches posts' names the same way)
word_stem = _stem
stem_fits = _stem_fits


def _shared_acronyms(ref: Reference) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """An acronym two bodies or more share -> each body with the languages of its names."""
    owners: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name, record in ref.records("organization").items():
        tags = frozenset(ref.languages.get(alt, "").split("-")[0] for alt in record.alt_labels) - {""}
        for acronym in record.acronyms:
            owners.setdefault(acronym, []).append((name, tags))
    return {a: o for a, o in owners.items() if len(o) > 1}


def acronym_by_language(written: str, label: str, ref: Reference, language: str) -> str:
    """The body an acronym two bodies share names on a page in ``language``: the one with a name in
    that language ("APA" on an Azerbaijani page is the Azerbaijan Press Agency, on a German one the
    Austria Presse Agentur); ``label`` when the acronym is one body's or no body fits better."""
    shared = ref.derived("mentions.shared_acronyms", _shared_acronyms).get(written)
    if not shared:
        return label
    return next((name for name, tags in shared if language.split("-")[0] in tags), label)


# ------------------------------------------------------------------ bodies by what their names say

#: words (folded: lower case, no accents) that say what a body is, in the region's languages and scripts;
#: a word means a concept when it starts with one of its stems or, for a long stem, holds it
#: ("UN-Flüchtlingshochkommissariat" holds "fluchtling" and "kommissar")
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "refugees": ("refug", "rifug", "pagula", "fluchtling", "бежен", "біжен", "бежанц", "uchodz", "izbjegl", "izbegl",
                 "избегл", "refugjat", "multeci", "qacqın", "qacqin", "προσφυγ", "փախստական", "ლტოლვილ", "uprchl",
                 "utecen", "pabegel", "begl", "menekult", "pakolai", "flykting", "flygtning", "vluchteling", "bezenc",
                 "begunc", "bjegunc"),
    "commissioner": ("commissar", "commission", "kommissar", "komisar", "комиссар", "комісар", "комесар",
                     "komiser", "komissar", "komesar", "კომისრ", "volinik", "ulemvolinik", "povjerenik", "poverenik",
                     "повереник", "αρμοστ", "հանձնակատար", "კომისარ", "komisioner", "comisar",
                     "commissaire", "hochkommissar", "fobiztos", "komisionerit", "комисар"),
    "high": ("high", "hoch", "haut", "высок", "верховн", "върхов", "visoki", "visokog", "augst", "wysok", "visok",
             "висок", "yuksek", "ali", "υπατ",
             "գերագույն", "უმაღლეს", "vysok", "vyriaus", "augst", "inalt", "alto", "larte", "fo", "ylin"),
    "human": ("human", "людин", "человек", "homme", "mensch", "człowiek", "czlowiek", "ljudsk", "људск", "insan",
              "ανθρωπ", "մարդու", "ადამიან", "lidsk", "ľudsk", "ludsk", "zmogaus", "cilvek", "omul", "uomo",
              "njeri", "emberi", "човек", "ihmis"),
    "rights": ("right", "прав", "droit", "recht", "praw", "prav", "hak", "huquq", "δικαιωμ", "իրավունք", "უფლებ",
               "teis", "tiesib", "drept", "diritt", "derech", "drejt", "jog", "oikeu"),
    "international": ("internation", "міжнарод", "международ", "меѓународ", "miedzynarod", "međunarod", "medunarod",
                      "medjunarod", "међународ", "nderkombetar", "uluslararas", "beynəlxalq", "beynelxalq", "διεθν",
                      "միջազգային", "საერთაშორისო", "mezinarod", "medzinarod", "tarptautin", "starptautisk",
                      "internațional", "international", "internazional", "nemzetkozi", "internacional",
                      "международн", "kansainvalin"),
    "committee": ("committee", "comite", "komitee", "комитет", "комітет", "камітэт", "komitet", "komitə", "komite",
                  "odbor",
                  "επιτροπ", "կոմիտե", "კომიტეტ", "vybor", "comitet", "comitato", "komiteti", "bizottsag"),
    "red": ("red", "rote", "rode", "rouge", "красн", "червон", "чырвон", "czerwon", "crven", "црвен", "kuq", "kızıl",
            "kizil",
            "qırmızı", "qirmizi", "qızıl", "qizil", "ερυθρ", "կարմիր", "წითელ", "cerven", "raudon", "sarkan",
            "rosi", "rosso", "roja", "voros", "rdec", "punane", "punai", "cervene"),
    "cross": ("cross", "kreuz", "kruis", "kors", "croix", "крест", "хрест", "крыж", "krzyz", "krst", "kriz", "крст",
              "kryq", "hac", "xac",
              "σταυρ", "խաչ", "ჯვარ", "ჯვრ", "kryz", "krust", "cruc", "croce", "cruz", "kereszt", "krzyż", "rist"),
    "children": ("children", "kinder", "enfan", "детск", "дитяч", "dziec", "djec", "dječ", "dec", "дечј", "femij",
                 "uşaq", "usaq", "cocuk", "παιδ", "մանկական", "ბავშვთა", "detsk", "vaik", "bern", "copii",
                 "infanzi", "infanci", "gyermek", "lasten"),
    "fund": ("fund", "fonds", "фонд", "fundusz", "fond", "fon", "ταμει", "հիմնադրամ", "ფონდ", "rahasto", "alap"),
    "migration": ("migra", "мигра", "мігра", "миграц", "goc", "miqrasiya", "μεταναστ", "միգրաց", "მიგრაც"),
    "organization": ("organiz", "organis", "организ", "організ", "orgut", "təşkilat", "teskilat", "οργανισμ",
                     "կազմակերպ", "ორგანიზაც", "organizac", "организац", "järjest", "szervezet"),
    "development": ("develop", "entwickl", "developp", "развит", "розвит", "rozwoj", "razvoj", "развој", "zhvillim",
                    "kalkınma", "kalkinma", "inkişaf", "inkisaf", "αναπτυξ", "զարգաց", "განვითარ", "vystym",
                    "attist", "dezvolt", "svilupp", "desarroll", "fejleszt", "kehity", "taraqqiyot", "rivojlan",
                    "өнүг", "даму", "рушд"),
    "programme": ("programm", "program", "proqram", "програм", "προγραμμ", "ծրագ", "პროგრამ", "dastur", "dasturi",
                  "барнома"),
    "permanent": ("permanent", "постоян", "постійн", "stał", "stal", "сталн", "pershershem", "daimi", "μονιμ",
                  "մշտական", "მუდმივ", "nuolat", "pastavig", "standig", "permanente", "pysyv", "alaland", "permanent"),
    "ministerial": ("ministerial", "министер", "міністер", "ministeri", "ministersk", "bakanlar", "nazirlər",
                    "nazirler", "υπουργικ", "նախարարների", "მინისტრთა", "ministrų", "ministru", "ministerrat"),
    "conflict": ("conflict", "konflikt", "конфликт", "конфлікт", "munaqis", "catisma", "συγκρουσ", "հակամարտ",
                 "კონფლიქტ", "sukob", "сукоб", "konflikt"),
    "prevention": ("prevent", "предотвращ", "запобіг", "zapobieg", "sprjecav", "sprecav", "спречав", "qarsısının",
                   "qarsisinin", "onleme", "προληψ", "կանխարգել", "პრევენც", "prevenc", "prevenir", "konfliktverhut",
                   "parandalim"),
    "centre": ("centre", "center", "centr", "центр", "merkez", "mərkəz", "merkəz", "κεντρ", "կենտրոն", "ცენტრ", "qendr",
               "zentrum", "osrod", "centar", "центар"),
    "world": ("world", "welt", "mondial", "всемирн", "світов", "swiatow", "svjetsk", "svetsk", "светск", "свјетск",
              "mondiale", "boterore", "dunya", "dünya", "παγκοσμ", "համաշխարհային", "მსოფლიო", "svetov", "pasaul",
              "mondial", "maailm", "vilag", "jahon", "дүйнөлүк", "дүниежүзілік"),
    "health": ("health", "gesundheit", "sante", "здравоохр", "здоров", "zdrowia", "zdravl", "здравств", "shendet",
               "saglik", "sağlık", "səhiyy", "sehiyy", "υγει", "առողջապահ", "ჯანდაცვ", "zdravot", "sveikat",
               "veselib", "sanatat", "sanita", "salud", "egeszseg", "terveys"),
    "bank": ("bank", "банк", "banca", "banka", "banque", "τραπεζ", "բանկ", "ბანკ", "weltbank"),
    "security": ("security", "sicherheit", "securit", "безопасн", "безпек", "bezpieczen", "bezbedn", "bezbjedn",
                 "sigurim", "güvenlik", "guvenlik", "təhlükəsizl", "tehlukesizl", "ασφαλει", "անվտանգ", "უშიშროებ",
                 "bezpecnost", "saugum", "drošīb", "drosib", "biztonsag", "turvallisuu"),
    "council": ("council", "rat", "conseil", "совет", "рад", "rada", "savet", "savjet", "vijec", "këshill",
                "keshill", "konsey", "şura", "sura", "συμβουλ", "խորհուրդ", "խորհրդ", "საბჭო", "taryb", "padom",
                "consiliu", "consiglio", "consejo", "tanacs", "neuvosto", "sicherheitsrat"),
    "general": ("general", "генеральн", "генерал", "генеральн", "ogóln", "ogoln", "generaln", "генерaln",
                "përgjithshm", "pergjithshm", "genel", "baş", "γενικ", "գլխավոր", "გენერალურ", "valne", "visuotin",
                "generala", "generale", "közgyűl", "kozgyul", "yleiskokous", "generalvers"),
    "assembly": ("assembl", "versammlung", "ассамбле", "асамбле", "zgromadz", "skupstin", "скупштин", "asamble",
                 "kurul", "assamble", "συνελευσ", "վեհաժողով", "ასამბლე", "shromazd", "asamblej", "közgyűl",
                 "kozgyul", "kokous", "generalvers", "zhromazd"),
    "court": ("court", "gerichtshof", "cour", "суд", "sąd", "sad", "sud", "gjykat", "mahkeme", "məhkəm", "mehkem",
              "δικαστηρ", "դատարան", "სასამართლ", "soud", "teism", "tiesa", "curte", "corte", "bírósá", "birosa",
              "tuomioistuin", "menschenrechtsgerichtshof"),
    "transparency": ("transparen", "прозор", "прозрачн", "გამჭვირვალ", "şəffaf", "seffaf", "şeffaf", "διαφανει",
                     "թափանցիկ", "przejrzyst", "transparentn", "transparenc", "skaidrum", "atklatib"),
    "journalists": ("journalist", "журналист", "журналіст", "dziennikar", "novinar", "новинар", "gazeteci", "jurnalist",
                    "δημοσιογραφ", "լրագրող", "ჟურნალისტ", "novinar", "zurnalist", "zurnalist", "ziarist",
                    "giornalist", "periodist", "ujsagiro", "toimittaj", "reporter", "репортер", "reportér",
                    "dziennikarz", "gazetar"),
    "borders": ("border", "grenz", "границ", "кордон", "granic", "granica", "граница", "sınır", "sinir", "sərhəd",
                "serhed", "συνορ", "սահման", "საზღვარ", "hranic", "sien", "robez", "frontier", "frontier", "frontiere",
                "fronter", "kufi", "hatar", "raja"),
    "protect": ("protect", "schutz", "защит", "захист", "ochron", "zastit", "zaštit", "mbrojt", "koruma", "mudafi",
                "müdafiə", "προστασ", "պաշտպան", "დაცვ", "ochran", "apsaug", "aizsardz", "protecti", "protezion",
                "proteccion", "vedelm", "suojel"),
    "federation": ("federation", "foderation", "федерац", "федерац", "federac", "federat", "federasyon", "federasiya",
                   "ομοσπονδ", "ֆեդերացիա", "ფედერაცი", "federazion", "szovetseg", "liitto"),
    "coordination": ("coordinat", "co-ordinat", "координац", "koordyn", "koordinac", "koordinasiya", "koordinasyon",
                     "συντονισ", "համակարգ", "კოორდინაც", "koordinac", "koordinav", "koordines", "coordonar",
                     "coordinament", "coordinacion", "koordinal"),
    "humanitarian": ("humanit", "гуманітар", "гуманитар", "humanitar", "insani", "ανθρωπιστ", "մարդասիրական",
                     "ჰუმანიტარ", "humanitar", "umanitar", "гуманитар"),
    # never needed by a name below, but a word of one ("Uredom visokog povjerenika ...")
    "office": ("office", "ured", "urad", "управлен", "управлін", "biuro", "buro", "idora", "γραφει", "գրասենյակ",
               "ოფის",
               "kancelarij", "zyra", "birou", "ufficio", "oficina", "hivatal", "toimisto"),
    "commission": ("commission", "comisi", "komisij", "komisj", "komisi", "комиси", "комісі", "комисс", "kommission",
                   "komisyon", "komissiya", "հանձնաժողով", "კომისი", "komise", "bizottsag"),
    "venice": ("venic", "venet", "венец", "венеці", "wenec", "venedi", "venesiya", "βενετ", "վենետ", "ვენეც", "benatsk",
               "venec", "velence", "venise", "venezia"),
    "drugs": ("drug", "наркот", "narkot", "uyusturucu", "narkotik", "ναρκωτ", "թմրամիջոց", "ნარკოტ", "мухаддир",
              "drog", "kabitoszer"),
    "crime": ("crime", "преступн", "злочин", "przestep", "kriminal", "криминал", "zlocin", "злочин", "suc", "cinayət",
              "cinayet", "εγκλημ", "հանցագործ", "დანაშაულ", "ҷиноят", "criminal", "criminal", "bunozes", "rikollisuu"),
    "agency": ("agency", "hilfswerk", "jarjesto", "агентств", "агенц", "agencj", "agencij", "ajans", "agentliy",
               "agentlik",
               "υπηρεσ", "գործակալ", "სააგენტო", "agentur", "agentūr", "agenti", "agenzia", "agencia", "ugynokseg"),
    "osce": ("osce", "osze", "obse", "obwe", "oebs", "osbe", "oess", "ebvt", "atət", "atet", "agit", "еқыұ", "екыу",
             "обсе", "обсє", "оебс", "абсе", "οασε", "եահկ", "ეუთო", "ebpo", "esbo", "eddso", "ebsz", "ethj", "etyj",
             "ovse"),
    "parliamentary": ("parliament", "parlament", "парламент", "κοινοβουλ", "խորհրդարան", "საპარლამენტო", "seim",
                      "saeim", "orszaggyul", "parlement", "parlamentar", "meclis", "məclis"),
    "european": ("europ", "evrop", "европ", "європ", "avrup", "avrop", "ευρωπ", "եվրոպ", "ევროპ", "euroop", "eiropas"),
    "un": ("un", "uno", "onu", "оон", "oon", "bm", "bmt", "osn", "onz", "okb", "jt", "jto", "ano", "οηε", "մակ",
           "გაერო", "nations", "nationen", "наций", "націй", "narodow", "nacija", "naroda", "milletler",
           "millətlər", "milletler", "tautu", "naciju", "națiunilor", "natiunilor", "nazioni", "εθνων", "ազգերի",
           "ujedinjen", "уједињен", "zjednoczon", "spojen", "объединен", "обединен", "обединет", "združen",
           "zdruzen", "birlesmis", "birləşmiş", "vereint", "unies", "unite", "милал", "муттаҳид", "бириккен",
           "біріккен", "бұұ", "буу", "birlashgan", "uro", "enszu", "ensz", "yk", "kombe", "bashkuar", "yhdistyn"),
}
#: short stems that must be a whole word (not the start of one): "un", "bm", "ali", "fo", ...
_WHOLE_WORD_STEMS = frozenset("un uno onu bm bmt osn oon onz okb jt jto ano yk uro ali fo dec red hak jog "
                              "prav kuq".split())
#: the bodies named by what their names say, each with the concepts its name holds in any language, in
#: order of preference (the High Commissioner for Human Rights before a bare "High Commissioner")
_COMPOSED = (
    ("Office of the United Nations High Commissioner for Refugees", ("commissioner", "refugees", "un")),
    ("Office of the United Nations High Commissioner for Refugees", ("high", "commissioner", "refugees")),
    ("Office of the United Nations High Commissioner for Refugees", ("un", "refugees", "agency")),
    ("Parliamentary Assembly of the Council of Europe", ("council", "european", "parliamentary", "assembly")),
    ("OSCE Parliamentary Assembly", ("osce", "parliamentary", "assembly")),
    ("Office of the United Nations High Commissioner for Human Rights",
     ("high", "commissioner", "human", "rights", "un")),
    ("International Committee of the Red Cross", ("international", "committee", "red", "cross")),
    ("United Nations Children's Fund", ("un", "children", "fund")),
    ("International Organization for Migration", ("international", "organization", "migration")),
    ("United Nations Development Programme", ("un", "development", "programme")),
    ("World Health Organization", ("world", "health", "organization")),
    ("United Nations Office on Drugs and Crime", ("un", "drugs", "crime")),
    ("Venice Commission", ("venice", "commission")),
    ("OSCE Permanent Council", ("osce", "permanent", "council")),
    ("OSCE Ministerial Council", ("osce", "ministerial", "council")),
    ("OSCE Conflict Prevention Centre", ("conflict", "prevention", "centre")),
    ("United Nations Office for the Coordination of Humanitarian Affairs", ("un", "coordination", "humanitarian")),
    ("World Bank", ("world", "bank")),
    ("United Nations General Assembly", ("un", "general", "assembly")),
    ("European Court of Human Rights", ("european", "court", "human", "rights")),
    ("Transparency International", ("international", "transparency")),
    ("Reporters Without Borders", ("journalists", "borders")),
    ("Committee to Protect Journalists", ("committee", "protect", "journalists")),
    ("International Federation of Journalists", ("international", "federation", "journalists")),
    ("European Federation of Journalists", ("european", "federation", "journalists")),
)
#: a body's name holds at most this many words
_COMPOSED_WINDOW = 9
_COMBINING = re.compile("[\u0300-\u036f]")


def _fold_word(word: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", word.casefold()))


def _concept_index() -> tuple[dict[str, frozenset[str]], dict[str, list[tuple[str, str]]], re.Pattern[str]]:
    """(whole word -> concepts, first three letters -> (stem, concept) pairs, the long stems a compound may hold)."""
    whole: dict[str, set[str]] = {}
    prefixes: dict[str, list[tuple[str, str]]] = {}
    for name, stems in _CONCEPTS.items():
        for stem in map(_fold_word, stems):   # folded as the words are ("меѓународ" -> "мегународ")
            if stem in _WHOLE_WORD_STEMS:
                whole.setdefault(stem, set()).add(name)
            else:
                prefixes.setdefault(stem[:3], []).append((stem, name))
    inner = re.compile("|".join(sorted(map(re.escape, _COMPOUND_STEMS), key=len, reverse=True)))
    return {w: frozenset(c) for w, c in whole.items()}, prefixes, inner


#: stems that compounds (German, Hungarian, Finnish, Dutch) hold inside a longer word
#: ("UN-Flüchtlingshochkommissariat", "Menschenrechtsgerichtshof", "Weltbank", "Vöröskereszt")
_COMPOUND_STEMS = ("fluchtling", "kommissar", "jarjesto", "hilfswerk", "weltbank", "menschenrecht", "gerichtshof",
                   "versammlung", "entwicklung", "gesundheit", "sicherheit", "migration", "kinderhilf", "vorosker",
                   "kozgyul", "fobiztos",
                   "pakolai", "vluchteling", "flykting", "flygtning", "kereszt", "journalist", "zeitung")
_CONCEPT_INDEX: list[tuple[dict[str, frozenset[str]], dict[str, list[tuple[str, str]]], re.Pattern[str]]] = []
#: the UN's acronyms, which name it only in capitals
_ACRONYM_STEMS = frozenset("un uno onu bm bmt osn oon onz okb jt jto ano yk uro оон οηε մակ бұұ буу".split())
_CONCEPT_CACHE: dict[str, frozenset[str]] = {}
_WRITTEN_CACHE: dict[str, frozenset[str]] = {}
#: words longer than this are answered afresh, never kept (the two caches' bytes bounded, not only their entries)
_CACHED_WORD_CHARS = 64
#: the one answer most words get (one object, not a new empty frozenset of ~200 bytes per cached word)
_NO_CONCEPTS: frozenset[str] = frozenset()


def _concepts_of_written(word: str) -> frozenset[str]:
    """The concepts a word as written means (folded once, kept for the next page)."""
    found = _WRITTEN_CACHE.get(word)
    if found is None:
        folded = _fold_word(word)
        found = _concepts_of(folded)
        if folded in _ACRONYM_STEMS and not word.isupper():
            found = found - {"un"}            # Latvian "un" (and), Italian "uno": only "UN", "ANO", "ООН" name the UN
        if len(_WRITTEN_CACHE) >= 16_384:    # (a read worker's caches stay within 16,384 entries)
            _WRITTEN_CACHE.clear()
        if len(word) <= _CACHED_WORD_CHARS:
            _WRITTEN_CACHE[word] = found
    return found


def _concepts_of(word: str) -> frozenset[str]:
    """The concepts a folded word means (looked up by its first letters; kept for the next page)."""
    found = _CONCEPT_CACHE.get(word)
    if found is None:
        if not _CONCEPT_INDEX:                # built once, on the first page that needs it
            _CONCEPT_INDEX.append(_concept_index())
        whole, prefixes, inner = _CONCEPT_INDEX[0]
        names = set(whole.get(word, ()))
        names.update(name for stem, name in prefixes.get(word[:3], ()) if word.startswith(stem))
        if len(word) >= 8:                    # a compound: "flüchtlingshochkommissariat"
            for m in inner.finditer(word):
                part = m.group()
                names.update(name for stem, name in prefixes.get(part[:3], ()) if part.startswith(stem))
        found = frozenset(names) if names else _NO_CONCEPTS
        if len(_CONCEPT_CACHE) >= 16_384:
            _CONCEPT_CACHE.clear()
        if len(word) <= _CACHED_WORD_CHARS:
            _CONCEPT_CACHE[word] = found
    return found


#: bodies whose names are words of their own bodies' names ("ООН" in "Детский фонд ООН", "OBSE" in
#: "Parlamentné zhromaždenie OBSE", "Council of Europe" in its Parliamentary Assembly's)
_PARENT_BODIES = WHOLE_OSCE | {"United Nations", "Council of Europe", "European Union"}


def find_composed_bodies(text: str, known: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """International bodies named in any of the region's languages by what their names say, in any
    word order and case: the UN High Commissioner for Refugees ("BM Mülteciler Yüksek Komiserliği",
    "UN-Flüchtlingshochkommissariat", "Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες"), the High
    Commissioner for Human Rights, the ICRC ("Beynəlxalq Qırmızı Xaç Komitəsi"), UNICEF, the IOM.
    The words of one name stand within :data:`_COMPOSED_WINDOW` words of one sentence, and outside
    the ``known`` names of other bodies ("Программой развития ООН и Детским фондом ООН").
    (start, end, label) triples. Never raises."""
    words = [(m.start(), m.end(), frozenset() if known and _overlaps(known, m.start(), m.end())
              else _concepts_of_written(m.group())) for m in _STEM_WORD.finditer(text)]
    present = frozenset().union(*(w[2] for w in words if w[2]))
    found: list[tuple[int, int, str]] = []
    for label, needed in _COMPOSED:
        if not present.issuperset(needed):
            continue
        for i, (start, _, concepts) in enumerate(words):
            if not concepts & set(needed) or any(a <= start < b for a, b, _ in found):
                continue
            have: set[str] = set()
            gap = 0
            for j in range(i, min(len(words), i + _COMPOSED_WINDOW)):
                between = text[words[j - 1][1]:words[j][0]] if j > i else ""
                # a sentence's end breaks a name; "YK:n", "Etyj:n" (a Finnish case after a colon) do not
                if re.search(r"[!?;\n]|:\s", between) or "." in between and not (
                        len(text[words[j - 1][0]:words[j - 1][1]]) <= 3 and text[words[j - 1][0]].islower()):
                    break                 # a sentence's end, not an abbreviation's dot ("ds. Uchodźców")
                meant = words[j][2] & set(needed)
                if not words[j][2]:
                    # "für", "по делам", "για τους", "üzrə", "Sınır Tanımayan Gazeteciler": two words at most,
                    # one of them capitalised, never a given name
                    gap += 1
                    capital = text[words[j][0]].isupper()
                    if gap > 2 or capital and (gap > 1 or is_given_name(text[words[j][0]:words[j][1]])):
                        break
                    continue
                gap = 0
                have |= meant
                if have == set(needed):
                    first = _with_un_before(text, words, i)
                    if text[first].islower() and i > 0 and words[i - 1][2] and text[words[i - 1][0]].isupper() \
                            and re.fullmatch(r"[ \t]+", text[words[i - 1][1]:first]):
                        first = words[i - 1][0]   # "Върховния комисар на ООН ...": a capitalised qualifier first
                    if text[first].isupper() or not text[first].islower() or _GEORGIAN_LETTER.match(text[first]):
                        # a name, not words ("world bank"); Georgian has no capitals
                        found.append((first, words[j][1], label))
                    break
    return found


def _with_un_before(text: str, words: list[tuple[int, int, frozenset[str]]], i: int) -> int:
    """Where a body's name starts when the UN's name stands right before it ("BM Mülteciler ...",
    "BMT-nin Qaçqınlar ...", "ՄԱԿ-ի փախստականների ..."): there; else at word ``i``."""
    for back in (1, 2):
        if i - back < 0:
            break
        start = words[i - back][0]
        between = text[words[i - back][1]:words[i][0]]
        if "un" in words[i - back][2] and (re.fullmatch(r"[ \t-]+", between) if back == 1
                                           else re.fullmatch(r"-[^\W\d_]{1,4}[ \t]+", between)):
            return start
    return words[i][0]


def _national_adjective(text: str, m: Match, previous: tuple[int, bool] | None, language: str = "en",
                        following: Match | None = None) -> bool:
    """'Belgian Foreign Minister' names Belgium; 'post-Soviet', 'in Russian, French and
    German' (languages) do not. In every language a language's noun beside the adjective ("на
    российском языке", "la langue russe", "język rosyjski") makes it the language's name; in a
    language that puts the adjective after its noun ("qeverisë zvicerane, e cila", "le
    représentant russe.") it may close a clause. In a row of adjectives ("the Swiss and Finnish
    governments") each is what the last one is."""
    before, after = text[max(0, m.start - 12):m.start], text[m.end:m.end + 12]
    if re.search(r"(?:post|pre|anti|pro|non)-$", before, re.I):
        return False
    if previous and m.start - previous[0] <= 6 \
            and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[previous[0]:m.start]):
        return previous[1]
    # "in Russian" is the language; Slovene "in" is "and" ("Hrvaški in avstrijski policisti")
    if re.search(r"\b(?:in|into|from|speak|speaks|spoken|native|en|em|auf)\s+$", before, re.I) \
            and not (language.startswith("sl") and before.rstrip().endswith("in")):
        return False
    if _LANGUAGE_NOUN.search(text[max(0, m.start - 16):m.start]) or _LANGUAGE_NOUN_AFTER.match(text, m.end):
        return False
    if following is not None and following.adjective and following.kind == "state" \
            and re.fullmatch(r"\s*(?:,|and|or|,\s*and|und|et|e|i|y|и|і|та)\s*", text[m.end:following.start]):
        return _national_adjective(text, following, None, language)
    if re.match(r"[ \t]+(?!and\b|or\b)[\w\"“«„]|-[A-Z]", after):
        return True
    return language.split("-")[0] in _ADJECTIVE_AFTER_NOUN and bool(re.match(r"[ \t]*[,.;:!?)»”]", after))


def _given_name_before_name(text: str, m: Match, ref: Reference) -> bool:
    """The adjective ``m``, one from another language's table, is written as a given name before a
    capitalised word ("Roman Kharmosa"): a person's name, not the State's adjective. The listed
    English ones stay adjectives ("German Chancellor")."""
    word = text[m.start:m.end]
    return word[:1].isupper() and not word.isupper() and is_given_name(word) \
        and word not in ref.states[m.label].adjectives \
        and bool(re.match(rf"[ \t]+[{_UP}][{_LOW}]", text[m.end:m.end + 4]))


#: languages that write national adjectives with a capital, after any word ("Rus", "Alman", "Türk")
_CAPITAL_ADJECTIVES = frozenset(("tr", "az", "tk", "uz", "kk", "ky", "nl"))
_SURNAME_AFTER = re.compile(rf"[ \t]+([{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?)(?![\w-])")
_GIVEN_NAME_BEFORE = re.compile(rf"(?:^|[^\w.:!?\n][ \t]*|[ \t])([{_UP}][{_LOW}]+)[ \t]+$")


def _given_name_of_person(text: str, m: Match, starts: set[int], language: str) -> bool:
    """The State's name ``m`` is a given name (one capitalised word, "Jordan", "Γεωργία") before a capitalised word
    that starts no other name the data knows, no body word and no given name, inside a sentence and with a comma after
    it ("..., Jordan Bardella, a", "βουλευτής Γεωργία Καλογεροπούλου, ενημέρωσε"). English capitalises headlines'
    words ("Georgia Votes"), so there the name must also follow a comma ("the group's president, Jordan Bardella,")."""
    name = text[m.start:m.end]
    if " " in name or not name[:1].isupper() or name.isupper() or not is_given_name(name):
        return False
    after = _SURNAME_AFTER.match(text, m.end)
    if not after or after.start(1) in starts or is_given_name(after.group(1)) \
            or after.group(1).lower() in _NOT_NAME:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    if not text[line_start:m.start].strip() or re.search(r"[.!?:]\s*$", text[line_start:m.start]):
        return False                              # a line's or a sentence's first word may be its subject
    if text[after.end():after.end() + 1] != ",":
        return False                              # an apposition's or a subject's name ("..., Jordan Bardella, a"),
    # not a name that goes on ("Italia Viva", "France Télévisions", "Герман Улс"); English capitalises headlines'
    # words, so there the name also follows a comma
    return not language.startswith("en") or text[max(0, m.start - 2):m.start] == ", "


def _surname_after_given_name(text: str, m: Match, ref: Reference, language: str) -> bool:
    """The State's adjective ``m`` is written capitalised, in a language that writes its adjectives in small letters
    (or in a form the English table lacks), right after a given name: a surname ("Francesca Albanese", "Vincenzo
    Russo", "Giulia Tedesco", "Tomáš Němec"), not the adjective."""
    word = text[m.start:m.end]
    if not word[:1].isupper() or word.isupper() or " " in word:
        return False
    if language.startswith("en") and word in ref.states[m.label].adjectives:
        return False                              # "Anna German" is rare; "Jens Danish ..." rarer
    if language.split("-")[0] in _CAPITAL_ADJECTIVES:
        return False                              # Turkish writes them capitalised: "Bakan Fidan Rus mevkidaşıyla"
    before = _GIVEN_NAME_BEFORE.search(text, max(0, m.start - 40), m.start)
    return before is not None and is_given_name(before.group(1)) and month_number(before.group(1)) is None


def _listed_with_a_people(text: str, m: Match, matches: list[Match]) -> bool:
    """The adjective ``m`` stands in a row of three single words or more, joined by commas and one last
    conjunction ("Gagauz, Bulgarian or Ukrainian", "găgăuză, bulgară și ucraineană"), of which one is no State's
    nor any name the data knows: a people or a language without a State of its own makes the row one of peoples
    or languages (tests/gold/README.md: ethnic and language words are no State mentions). A body word, an acronym,
    a continent's adjective ("European") or a word of a person's name ("Michael Davenport, Sırp ve Arnavut") is no
    people."""
    known = [(a.start, a.end) for a in matches if a.kind in ("state", "city", "territory", "organization",
                                                              "field_operation")]
    line_start, line_end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    row = None
    for r in _PEOPLE_ROW.finditer(line):
        if r.start() <= m.start - line_start and m.end - line_start <= r.end():
            row = r
            break
    if row is None:
        return False
    for w in _LIST_WORD.finditer(row.group()):
        a, b = line_start + row.start() + w.start(), line_start + row.start() + w.end()
        word = w.group()
        if any(s <= a and b <= e for s, e in known) or word.lower() in _ROW_LINKS:
            continue
        before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(line_start, a - 30):a])
        if len(word) >= 4 and not word.isupper() and word.lower() not in _NOT_NAME \
                and not any(word.lower().startswith(r) for r in _REGION_STEMS) \
                and not (word[:1].isupper() and before and before.group(1)[:1].isupper()):
            return True
    return False


_ROW_LINKS = frozenset("and or și şi sau i ili и или та й і y o et ou und oder e a ve və és ja un".split())
#: a row of single words: two or more joined by commas, then a conjunction and a last word
_PEOPLE_ROW = re.compile(r"[^\W\d_][\w'’-]*(?:,[ \t]*[^\W\d_][\w'’-]*)+,?[ \t]+(?:" + "|".join(
    sorted(_ROW_LINKS, key=len, reverse=True)) + r")[ \t]+[^\W\d_][\w'’-]*")
_LIST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


#: languages whose national adjective follows its noun
_ADJECTIVE_AFTER_NOUN = frozenset("fr it es pt ro sq ca".split())
#: a language's noun (the word "language") in the region's languages
_LANGUAGE_WORDS = (r"(?:язык\w*|мов[аиіуою]\w*|jazyk\w*|język\w*|jezik\w*|језик\w*|език\w*|jazik\w*|"
                   r"langue\w*|lingua|lingue|idioma\w*|língua\w*|sprache\w*|taal|limb[aăi]\w*|gjuh\w*|"
                   r"γλώσσα\w*|nyelv\w*|kiel\w*|språk\w*|ენა\w*|language\w*)")
_LANGUAGE_NOUN = re.compile(_LANGUAGE_WORDS + r"[ \t]+(?:\w+[ \t]+)?$", re.I)
_LANGUAGE_NOUN_AFTER = re.compile(r"[ \t]+" + _LANGUAGE_WORDS + r"\b", re.I)


_ORG_HEADS = frozenset("""Association Community Chapter University Institute Movement Forces Section
Committee Foundation Society Academy College Federation Organization Organisation Agency Network
Alliance Coalition League Church Party Fund Trust Union Initiative School Library Museum
Company Corporation Endowment Universität Université Universitatea Univerzitet Uniwersytet Університет Университет
Institut Instituti Институт Інститут Stiftung Fondation Fundacja Fondacija Akademie Académie Akademija""".split())
#: schools, institutes and libraries keep a "State" or "National" in their name without being State organs
#: ("Turkmen State Energy Institute", "National Library of ...")
#: a head word as a whole token of the text (the same tokens as :data:`_WORD_SPAN`)
_HEAD_WORD = re.compile(r"(?<![^\s,;:.()\"“”])(?:"
                        + "|".join(sorted(map(re.escape, _ORG_HEADS), key=lambda w: (-len(w), w)))
                        + r")(?![^\s,;:.()\"“”])")
#: characters either side of a head word that a name may take
_HEAD_WINDOW = 240
_LEARNING_HEADS = frozenset("""University Institute Academy College School Library Museum Universität Université
Universitatea Univerzitet Uniwersytet Університет Университет Institut Instituti Институт Інститут Akademie
Académie Akademija""".split())
_ORGAN_WORDS = frozenset("ministry government parliament police troops army state national".split())
_HARD_ORGAN_WORDS = frozenset("ministry government parliament police troops army".split())
_OF_ORGAN = re.compile(r"\b(?:Ministry|Government|Parliament|Police|Ministerstvo|Ministarstvo|Министерство)"
                       r"\s+(?:of|for)\s+(?:the\s+)?$", re.I)
_ORG_CONNECTORS = ("of", "for", "on", "in")
_WORD_SPAN = re.compile(r"[^\s,;:.()\"“”]+")


#: a university named after its city, in the region's languages: "Univerzitet u Nišu", "Sveučilište u
#: Zagrebu", "Universiteti i Prishtinës", "Universität Wien", "Université de Genève", "Università di
#: Bologna", "Universidad de Salamanca", "Universitatea din București"
_CITY_UNIVERSITY = re.compile(
    r"\b(?:(?:Univerzitet|Sveučilišt|Универзитет)\w*\s+(?:u|у)|Universitet\w*\s+(?:i|të|e)|(?P<west>Universität|"
    r"Université\s+de|Università\s+di|Universidad\s+de|Universidade\s+de)|Universit\w*\s+din)"
    r"\s+(?P<city>[^\W\d_][\w’'-]+)")
#: a university named by its city's adjective (Polish "Uniwersytet Warszawski", "Uniwersytetu Wrocławskiego")
#: or its city's genitive before it (Lithuanian "Vilniaus universitetas"); round 7, d2 pl, lt
_CITY_ADJECTIVE_UNIVERSITY = re.compile(r"\bUniwersytet\w*\s+(?P<city>[A-ZŁŚŻŹĆ]\w+?)(?:sk|ck|zk)\w*")
_CITY_GENITIVE_UNIVERSITY = re.compile(r"(?<![\w-])(?P<city>[A-ZĄČĘĖĮŠŲŪŽ]\w+?)(?:aus|os|ės|io)\s+[Uu]niversitet\w*")


#: the same in Turkish and Azerbaijani word order, the city first, by the English name such universities take
#: ("Ankara Üniversitesi" -> Ankara University, "Bakü Devlet Üniversitesi", "Bakı Dövlət Universiteti" -> Baku
#: State University; round 7, d1_tr)
_TURKIC_CITY_UNIVERSITY = re.compile(
    r"(?<![\w-])(?P<city>[A-ZÇĞİÖŞÜƏ][\w’'-]+)\s+(?P<state>(?:Devlet|Dövlət)\s+)?(?:Üniversitesi|Universiteti)")


def find_city_universities(text: str, ref: Reference) -> list[tuple[int, int, str]]:
    """Universities named after a known city in another language, by their English name
    ("Univerziteta u Nišu" -> University of Niš, "Universiteti i Prishtinës" -> University of
    Pristina): the city is read in its case form. Never raises."""
    if "niver" not in text and "Универз" not in text and "veučilišt" not in text and "niwersytet" not in text:
        return []
    out = []
    for m in _CITY_UNIVERSITY.finditer(text):
        _, city = _stem_lookup(m.group("city"), ref)
        written = m.group("city")
        if not city and m.group("west") and written[:1].isupper() and not _not_name_word(written) \
                and not ref.scan(written, ("state", "territory")):
            city = written                    # "Universität Innsbruck", "Università di Bologna": as English writes it
        if city and written[:1].isupper():
            out.append((m.start(), m.end(), f"University of {city}"))
    for m in _CITY_ADJECTIVE_UNIVERSITY.finditer(text):
        _, city = _stem_lookup(m.group("city") + "a", ref)
        if city:
            out.append((m.start(), m.end(), f"University of {city}"))
    for m in _CITY_GENITIVE_UNIVERSITY.finditer(text):
        _, city = _stem_lookup(m.group("city") + "us", ref)
        if city:
            out.append((m.start(), m.end(), f"{city} University"))
    for m in _TURKIC_CITY_UNIVERSITY.finditer(text):
        _, city = _stem_lookup(m.group("city"), ref)
        if city and not _overlaps([(a, b) for a, b, _ in out], m.start(), m.end()):
            out.append((m.start(), m.end(), f"{city} {'State ' if m.group('state') else ''}University"))
    return out


#: a preposition of another language than English after a body's head noun: its name runs on in that
#: language ("Österreichisches Institut für Internationale Politik", "Institut for Menneskerettigheder")
_ENGLISH_HEADS = frozenset("""Association Community Chapter University Institute Movement Forces Section
Committee Foundation Society Academy College Federation Organization Organisation Agency Network Alliance Coalition
League Church Party Fund Trust Union Initiative School Library Museum Company Corporation Endowment""".split())
_RUNS_ON = re.compile(r"[ \t]+(?:für|for|för|til|za|pentru|dla|des|du|de|della|dell'|per|por|para|voor|van|"
                      r"по|для|за|з|із|од|от)[ \t]+\S")


def find_other_organizations(text: str, matches: list[Match], ref: Reference,
                             language: str = "en") -> list[tuple[int, int, str]]:
    """Organizations the reference data does not know, by shape: capitalised names ending
    in Association, Institute, University, Committee, ... ('Budapest University',
    'Islamic Community in Zenica'). State organs are left out. On a page in another language
    a name whose head noun a preposition of that language follows runs on in words we cannot
    give in English: it is left out rather than cut ("Österreichisches Institut für ...";
    round 7, b4_de, b6_da, d1_de). Never raises."""
    heads = list(_HEAD_WORD.finditer(text))
    if not heads:
        return []                             # no head word: no second scan of the text for posts
    known = [(m.start, m.end) for m in matches
             if m.kind in ("organization", "field_operation", "series") and m.label not in WHOLE_OSCE]
    found: list[tuple[int, int, str]] = []
    posts: list[tuple[int, int]] | None = None
    for head in heads:
        # only the words around the head are looked at: a name is never longer than the window
        lo, hi = max(0, head.start() - _HEAD_WINDOW), min(len(text), head.end() + _HEAD_WINDOW)
        while lo > 0 and not text[lo - 1].isspace() and lo < head.start():
            lo += 1
        words = [(m.start(), m.end(), m.group()) for m in _WORD_SPAN.finditer(text, lo, hi)]
        i = next((n for n, w in enumerate(words) if w[0] == head.start()), None)
        if i is None:
            continue
        word = words[i][2]
        first = _extend_left(text, words, i)
        last = _extend_right(text, words, i)
        a, b = words[first][0], words[last][1]
        name = text[a:b].strip()
        quoted = re.match(r"\s*[\"“]([^\"”\n]{2,40})[\"”]", text[b:])
        if quoted:                            # 'Serb Cultural Association "Prosvjeta"'
            b += quoted.end()
            name = f"{name} {quoted.group(1).strip()}"
        tokens = name.split()
        if not language.startswith("en") and not quoted and (_RUNS_ON.match(text, b) or word not in _ENGLISH_HEADS
                                                              and any(c in tokens for c in _ORG_CONNECTORS)):
            continue                          # "Institut for Menneskerettigheder": Danish "for", not English
        organ = _HARD_ORGAN_WORDS if word in _LEARNING_HEADS else _ORGAN_WORDS
        if _OF_ORGAN.search(text[max(0, a - 40):a]):
            continue                          # "Ministry of Interior Academy": a part of a ministry
        right = [s for s, e in known if a < s < b and e > head.end() and s > head.end()]
        if right:                             # "the University of Central Asia and UN Women": cut before the body
            cut = re.search(r"(?:,|\s+(?:and|und|et|i|и|і|e|y|dhe|și))\s*$", text[a:min(right)])
            if cut:
                b = a + cut.start()
                name = text[a:b].strip()
                tokens = name.split()
        if (len(tokens) < 2 or _overlaps(known, a, b)
                or any(a < e and s < b for s, e, _ in found)
                or any(t.endswith(("'s", "’s")) for t in tokens)      # "the PA's Bureau": a part of a body
                or tokens[0].lower() in organ or ref.scan(tokens[0], ("state",), adjectives=False)
                or ref.lookup("organization", name) or ref.lookup("field_operation", name)
                or ref.lookup("state", name) or ref.lookup("territory", name) or ref.lookup("partner", name)
                or any(t.lower() in organ for t in name.split(" of ")[0].split())):
            continue
        if posts is None:                     # "OSCE Chairman Voices ...": a post, no body (scanned once)
            posts = [(m.start, m.end) for m in ref.scan(text, ("post",))]
        if _overlaps(posts, a, b):
            continue
        found.append((a, b, name))
    return found


#: bodies named after their State by a national adjective (or the State's genitive) and what they are, in
#: any of the region's languages, given the English name such bodies take: "{adjective} {what}". Each
#: entry: (the head's stems, the topic's stems (all of whose groups must be there), the English name,
#: where "{p}" is "for" after a "for" word of the page ("für", "for", "för"), else "of"). Round 7: the
#: institutes of international affairs (b1_pl, r3_pl "Polski Instytut Spraw Międzynarodowych", b4_de
#: "Österreichisches Institut für Internationale Politik", b6_pt "Instituto Português de Relações
#: Internacionais", b5_lv "Latvijas Ārpolitikas institūts", d1_fr "Institut français des relations
#: internationales"), human rights institutes (b4_ro), Helsinki committees and unions (b2_hr, d1_uk),
#: refugee councils (b4_uk "Норвезька рада у справах біженців", b6_da "Dansk Flygtningehjælp")
_INSTITUTE = ("institut", "instytut", "istitut", "інститут", "институт", "enstitu", "intezet", "instituut",
              "ινστιτουτ")
_NATIONAL_BODIES: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...], str], ...] = (
    (_INSTITUTE, (("internation", "miedzynarod", "международ", "міжнарод", "uluslararas", "nemzetkoz",
                   "internazional", "internacion", "medunarod", "medjunarod", "међународ"),
                  ("relation", "relac", "relazion", "odnos", "односа", "отношен", "відносин", "vztah", "iliski")),
     "{a} Institute {p} International Relations"),
    (_INSTITUTE, (("internation", "miedzynarod", "международ", "міжнарод", "uluslararas", "nemzetkoz",
                   "internazional", "internacion", "medunarod", "medjunarod", "међународ"),
                  ("spraw", "affair", "politik", "angelegen", "ugy", "asunto", "affari", "poslov", "справ", "дел")),
     "{a} Institute {p} International Affairs"),
    (_INSTITUTE, (("arpolitik", "aussenpolitik", "auswartig", "välispolii", "valispolii", "užsienio", "uzsienio"),),
     "{a} Institute {p} International Affairs"),
    # academies of sciences ("Slovenská akadémia vied", "Polska Akademia Nauk", "Российская академия наук")
    (("akadem", "academ", "академ", "ακαδημ"), (("vied", "věd", "ved", "nauk", "наук", "scien", "wissenschaft",
                                                 "tudomany", "bilim", "знанос", "znanost", "shkenc", "επιστημ"),),
     "{a} Academy of Sciences"),
    (_INSTITUTE, (("human", "omul", "menneske", "mensch", "людин", "человек", "ljudsk", "człowiek", "czlowiek",
                   "droits de l'homme", "homme", "njeri"),
                  ("right", "drept", "rettigh", "recht", "прав", "prav", "droit", "drejt", "praw")),
     "{a} Institute for Human Rights"),
    (("helsin", "хельсин", "гельсін", "helsingfors"), (("union", "спілк", "союз", "savez", "unia", "birlik"),
                                                       ("human", "людин", "человек", "ljudsk"),),
     "{a} Helsinki Human Rights Union"),
    (("helsin", "хельсин", "гельсін", "helsingfors"), (("comit", "komit", "комит", "коміт", "камітэ", "odbor",
                                                        "komite"), ("human", "людин", "человек", "ljudsk", "ludsk",
                                                                    "człowiek", "czlowiek", "mensch")),
     "{a} Helsinki Committee for Human Rights"),
    (("flygtningehj", "flyktninghj", "flyktinghj", "рад", "совет", "council", "conseil", "savjet", "savet", "rada",
      "consiliu", "flüchtlingsrat", "fluchtlingsrat"),
     (("flygtning", "flyktning", "flykting", "біженц", "беженц", "refugee", "refugi", "izbjegl", "izbegl",
       "uchodz", "fluchtling"),),
     "{a} Refugee Council"),
)
#: any head of :data:`_NATIONAL_BODIES` (or, for refugee councils, the topic), as written in any case
_NATIONAL_HINTS = tuple("""institu institū akadém instytut istitut інститут институт enstit intézet ινστιτ akadem academ
академ ακαδημ helsin хельсин гельсін хельсін flygtning flyktning flykting біженц беженц refugee refugi izbjegl
izbegl uchodź flüchtling""".split())
#: a "for" word of the page makes the English name say "for" ("Institut für Internationale Politik")
_FOR_WORDS = frozenset("für fur for för".split())
#: words that end a body's name run in any language (a sentence's punctuation, a line's end)
_NAME_BREAK = re.compile(r"[.!?;:()\[\]\n\"“”«»„]")


def find_national_bodies(text: str, matches: list[Match], ref: Reference) -> list[tuple[int, int, str]]:
    """Bodies named after their State and what they are (:data:`_NATIONAL_BODIES`), in any language and
    word order, by the English name such a body takes: "Polski Instytut Spraw Międzynarodowych" -> Polish
    Institute of International Affairs, "Hrvatski helsinški odbor za ljudska prava" -> Croatian Helsinki
    Committee for Human Rights, "Norwegian Refugee Council" written "Норвезька рада у справах біженців". The
    State is named by a national adjective or its own name (a genitive, "Latvijas") within two words of the
    head; the name's words stand together in one sentence. (start, end, label) triples. Never raises."""
    low = text.lower()
    if not any(h in low for h in _NATIONAL_HINTS):
        return []                             # no head word of such a body: nothing to read (most pages)
    found: list[tuple[int, int, str]] = []
    for m in matches:
        if m.kind != "state":
            continue
        near = low[max(0, m.start - 40):m.end + 60]
        if not any(h in near for h in _NATIONAL_HINTS):
            continue
        record = ref.records("state").get(m.label)
        adjective = next(iter(getattr(record, "adjectives", ()) or ()), None)
        if not adjective:
            continue
        # only the words around the State's (a name is never longer): the text is not read word by word
        lo_at = max(0, m.start - 40)
        while lo_at > 0 and not text[lo_at - 1].isspace():
            lo_at -= 1
        words = [(w.start(), w.end(), _fold_word(w.group()))
                 for w in _STEM_WORD.finditer(text, lo_at, min(len(text), m.end + 140))]
        i = next((k for k, w in enumerate(words) if w[0] == m.start), None)
        if i is None:
            continue
        # the words of one run around the State's word: two before it, six after it, no break between
        lo = i
        while lo > max(0, i - 2) and not _NAME_BREAK.search(text[words[lo - 1][1]:words[lo][0]]):
            lo -= 1
        hi = i
        while hi < min(len(words) - 1, i + 6) and not _NAME_BREAK.search(text[words[hi][1]:words[hi + 1][0]]):
            hi += 1
        span = words[lo:hi + 1]
        for heads, topics, template in _NATIONAL_BODIES:
            head = next((k for k, w in enumerate(span) if abs(lo + k - i) <= 2 and (w[2].startswith(heads) or any(
                len(s) > 8 and s in w[2] for s in heads))), None)
            if head is None:
                continue
            after = span[min(head, i - lo):]
            used = [next((k for k, w in enumerate(after) if any(s in w[2] if len(s) > 4 else w[2].startswith(s)
                                                              for s in group)), None) for group in topics]
            if any(k is None for k in used):
                continue
            first = min(lo + head, i)
            last = max(lo + min(head, i - lo) + max(k for k in used if k is not None), lo + head, i)
            a, b = words[first][0], words[last][1]
            if any(a < e and s < b for s, e, _ in found):
                continue
            prep = "for" if any(w[2] in _FOR_WORDS for w in words[first:last + 1]) else "of"
            found.append((a, b, template.format(a=adjective, p=prep)))
            break
    return found


#: "Central Election Commission (CEC)": a capitalised name, then its acronym in brackets
_NAME_WORDS = (r"[A-Z][\w’'&.-]*(?:,?[ \t]+(?:[A-Z][\w’'&.-]*|of|for|and|on|the|in|de|des|du|la|le|für|"
               r"und|der|die|za|i|na|pentru|și|dla)){1,10}")
_DEFINED = re.compile(rf"(?<![\w-])(?P<name>{_NAME_WORDS})[ \t]*\((?P<acr>[A-Z][A-Za-z&/.-]{{1,9}})\)")
#: the other way round: "the CRTA (Center for Research, Transparency and Accountability)"
_DEFINED_AFTER = re.compile(rf"(?<![\w-])(?P<acr>[A-Z][A-Za-z&]{{1,9}})[ \t]*\((?P<name>{_NAME_WORDS})\)")
#: the last word of a name that makes it a body, when the text defines an acronym for it
#: (units, departments and directorates are parts of a body, which the README leaves out)
_DEFINED_HEADS = _ORG_HEADS | frozenset("""Commission Council Office Service Authority Board Court
Mission Programme Program Force Group Centre Center Assembly Parliament Ministry Agency
Secretariat Tribunal Bank Institution Observatory Platform Partnership""".split())
#: words that make a defined body a part of a State (left out: README, "Organizations")
_DEFINED_ORGAN_WORDS = frozenset("""ministry government governmental parliament parliamentary police court tribunal
prosecutor prosecutor's prosecutors election electoral judicial national state central supreme constitutional
municipal city regional border customs presidential assembly armed republic interior defence defense""".split())


def find_defined_acronyms(text: str, matches: list[Match], ref: Reference) -> list[tuple[int, int, str]]:
    """Bodies a text defines with an acronym: 'the Legal Aid Network (LAN)' -> 'Legal Aid Network'.

    The acronym's capitals must be the initials of the name's capitalised words, in order (as
    a subsequence: "Organization for Security and Co-operation in Europe (OSCE)"); the name ends
    in a body's head noun (Commission, Institute, Network, ...). A name the reference data
    knows is left to it, and a State organ (Central Election Commission, Supreme Court) is left
    out, as the README's conventions say. Never raises.
    """
    if "(" not in text:
        return []
    known = [(m.start, m.end) for m in matches]
    found: list[tuple[int, int, str]] = []
    for m in (*_DEFINED.finditer(text), *_DEFINED_AFTER.finditer(text)):
        whole = m.group("name").split()
        # "Members of the Women Peace Platform (WPP)": the name starts where the initials fit
        # (written after its acronym, in brackets, the whole name is the name)
        # the latest start that fits is the tightest name ("... Peace and the European Council on Foreign
        # Relations (ECFR)" -> "European Council on Foreign Relations")
        starts = range(len(whole) - 2, -1, -1) if m.re is _DEFINED else range(1)
        words = next((whole[k:] for k in starts
                      if whole[k][:1].isupper() and _initials_fit(whole[k:], m.group("acr"))), [])
        bare = [w.rstrip(",") for w in words]
        # a head noun ends the name, starts it ("Center for Research, Transparency and Accountability") or
        # heads its first part before "on", "for", "of" ("European Council on Foreign Relations")
        if len(words) < 2 or not (bare[-1] in _DEFINED_HEADS or bare[0] in _DEFINED_HEADS or any(
                w in _DEFINED_HEADS and nxt in ("on", "for", "of") for w, nxt in zip(bare, bare[1:]))):
            continue
        a = m.start("name") + m.group("name").index(words[0])
        b = m.end("name")
        name = text[a:b]
        # a known name strictly inside the defined one ("European Council" in "European Council on Foreign
        # Relations (ECFR)") does not stop it; one that covers it or crosses its edge does
        clash = [(s, e) for s, e in known if s < b and a < e and not (a <= s and e <= b and (s, e) != (a, b))]
        if (clash or any(w.lower() in _DEFINED_ORGAN_WORDS for w in bare)
                or ref.scan(words[0], ("state",)) or ref.lookup("organization", name)
                or ref.lookup("field_operation", name) or any(a < e and s < b for s, e, _ in found)):
            continue
        found.append((a, b, name))
    return found


def _initials_fit(words: list[str], acronym: str) -> bool:
    """The acronym's capitals are, in order, among the initials of the name's capitalised words
    (and of their hyphenated parts), the first letter matching the first word."""
    initials = "".join(p[0] for w in words if w[:1].isupper() for p in w.split("-") if p[:1].isupper())
    caps = [c for c in acronym if c.isupper()]
    if len(caps) < 2 or not initials or caps[0] != initials[0]:
        return False
    it = iter(initials)
    return all(c in it for c in caps)


# ----------------------------------------------------------------- bodies as the page writes them (round 8)
#: short words inside a body's name that give no letter to its acronym, in the region's languages
_NAME_FUNCTION_WORDS = frozenset("""a al am and auf da das de del della dello dei degli des di din do dos du e ed en et
för für gli i ih im in na ne në of on për per pour pre pro s sa se su sul sur the u und v ve van voor və w we y z za ze
și ü va и і й в во у за на по од от до для з із та де ди о об ор при во со""".split())
#: the stems of words that make a body a State's organ (left out: README, "Organizations"), in the region's
#: languages: elections, ministries, governments, parliaments, courts, police, prosecutors, regulators
_ORGAN_STEMS = ("izborn", "избор", "виборч", "выбор", "wyborcz", "volebn", "volič", "zgjedh", "electoral", "seçki",
                "seçim", "választ", "vēlēš", "rinkim", "εκλογ", "ministr", "минист", "мініст", "minist", "bakanl",
                "nazirl", "vlad", "влад", "уряд", "правител", "hükümet", "hokumət", "kormány", "guvern", "rząd",
                "parlament", "парламент", "skupštin", "скупштин", "sabor", "собрани", "seimas", "saeim", "sejm",
                "verkhovn", "верховн", "суд", "sud", "court", "tribunal", "mahkem", "bíróság", "tiesa", "teism",
                "gjykat", "δικαστ", "polic", "полиц", "поліц", "rendőr", "policj", "prokur", "прокур", "tužil",
                "тужил", "regulator", "регулатор", "регулаторн", "agenci", "агенц", "ajans", "agentur", "komisij",
                "комиси", "коміс", "комис", "commission", "commissione", "comisi", "komise", "komisj", "komisyon",
                "komissiy", "komision")
#: a body's head noun in its base form, name first ("Univerzita Karlova", "Universidad Carlos III de Madrid",
#: "Fondacija Heinrich Böll"): university, institute, foundation, academy, centre, association, union
_HEAD_FIRST = frozenset("""univerzita univerzitet universitet uniwersytet universität université università universidad
universidade universitatea universiteit sveučilište univerza університет университет универзитет πανεπιστήμιο
institut instituto istituto institutul instytut институт інститут ústav fondacija fundacja fundación fundação
fondazione fondation fundația fundacia nadace nadácia фонд фондация фондација akademie akademia académie
accademia academia akademija академия академія академија centar centrum centro centrul центр центар
asociace asociácia stowarzyszenie udruženje udruga združenje ассоциация асоціація удружење здружение универзитетот
институтот университетът институтът kolegium collegium""".split())
#: the same, name last ("Nemzeti Közszolgálati Egyetem", "Latvijas Universitāte", "ADA Universiteti",
#: "Orta Doğu Teknik Üniversitesi", "Кыргызско-Российский Славянский университет")
_HEAD_LAST = frozenset("""egyetem akadémia alapítvány intézet üniversitesi universiteti universitāte universitetas
institūts institutas vakfı fondu mərkəzi bizottság enstitüsü akademisi университет університет универзитет univerzita
univerzitet universitet uniwersytet stiftung ўніверсітэт універсітэт цэнтр центр центар фонд
университети uniwersiteti""".split())
#: a lower-case attribute between a Turkic body's name and its head ("Ош мамлекеттик университети", "Кыргыз улуттук
#: университети", "Самарқанд давлат университети", "Türkmen döwlet uniwersiteti"): an adjective of -лык/-лик/-тык/
#: -тик/-дык/-дик ("state", "national") or the word "state" used as one
_TURKIC_ATTRIBUTE = re.compile(r"[а-яёәғқңөұүһіӣҳҷ]+(?:[лтд][ыиуүұі]к|[лтд][ыиуүұі]қ)"
                               r"|[a-zçğışöüäňýžə]+(?:lik|lık|lyk|lük|luk|dik|dık|tik|tık)"
                               r"|davlat|давлат|döwlet|dövlət|devlet|milliy|миллий|milli")
#: where a head word may be: its first letters, in any case (the walk reads the words around it only)
_HEAD_HINTS = frozenset(h[:5] for h in _HEAD_FIRST | _HEAD_LAST)
#: a language's own heads in their base form, name first, and the small words inside its names (Albanian: centre,
#: institute, association, foundation, network, league, movement, chamber, party, union, university; "Qendra Res
#: Publica", "Dhoma Kombëtare e Avokatisë", "Qendra Kosovare për Studime të Sigurisë"), read on its pages only: the
#: same words are another language's head last ("ADA Universiteti") or no head at all
_LANGUAGE_HEADS_FIRST = {"sq": (frozenset("""qendra instituti shoqata fondacioni rrjeti lidhja lëvizja dhoma partia
unioni universiteti akademia""".split()), frozenset("i e të së për".split())),
                         # Serbian Cyrillic and Macedonian "in" before a place in the name ("Универзитет у Новом Саду",
                         # "Универзитетот во Хајделберг"; Latin "u" was one already)
                         "sr": (frozenset(), frozenset(("у",))), "mk": (frozenset(), frozenset(("во",)))}
_LANGUAGE_HEAD_HINTS = {lang: frozenset(h[:5] for h in heads) | _HEAD_HINTS
                        for lang, (heads, _) in _LANGUAGE_HEADS_FIRST.items()}
_WORD_START = re.compile(r"(?<!\w)\w{5}")
_WORD_AT = re.compile(r"[^\s,;:.!?()\[\]\"“”«»„]+")
_ACRONYM_DEFINED = re.compile(rf"(?P<name>[{UPPER}][^\n()]{{3,160}}?)[ \t]*"
                              rf"\((?P<acr>[{UPPER}][{UPPER}a-zəı&.-]{{1,9}})\)")
#: connectors inside a name after its head ("Universitatea de Stat din Moldova", "Univerzita Palackého v Olomouci")
_NAME_LINKS = frozenset("u v w i de din di del im za ve və и".split())
#: a Cyrillic adjective in the nominative, lower case inside a name before its head ("гуманітарны", "государственный")
_CYRILLIC_ADJECTIVE = re.compile(r"^[а-яёіўєїґ]+(?:ый|ий|ой|ы|і|ая|ое|ні|ни|ен)$")
_CYRILLIC_WORD = re.compile(r"[а-яёіўєїґђјљњћџ]")
_CONJUNCTIONS = frozenset("и і й та а ва ve və and és ir un".split())
#: a West Slavic head noun in an oblique case, and its base form (a name in another case is given in the nominative)
_OBLIQUE_HEADS = {"univerzity": "univerzita", "univerzitě": "univerzita", "univerzitou": "univerzita",
                  "univerzite": "univerzita", "uniwersytetu": "uniwersytet", "uniwersytecie": "uniwersytet",
                  "uniwersytetem": "uniwersytet", "instytutu": "instytut", "instytucie": "instytut"}
_WEST_SLAVIC_BODIES = frozenset(("cs", "sk", "pl"))
#: oblique endings of a capitalised adjective in a body's name and their nominative, per language
#: (a genitive attribute in -ého stays: "Univerzity Komenského" is "Univerzita Komenského")
_ADJECTIVE_ENDINGS = {"cs": (("ovy", "ova"), ("ovou", "ova"), ("ově", "ova"), ("iny", "ina"), ("ého", "ého"),
                             ("é", "á")),
                      "sk": (("ovej", "ova"), ("ovy", "ova"), ("inej", "ina"), ("ého", "ého"), ("ej", "á")),
                      "pl": (("skiego", "ski"), ("ckiego", "cki"), ("iego", "i"), ("ego", "y"), ("skiej", "ska"),
                             ("ckiej", "cka"))}
#: a place after a name in the locative ("v Brně", "w Krakowie"), kept as written
_PLACE_AFTER = re.compile(rf"[ \t]+(?:v|ve|w|we|u)[ \t]+[{UPPER}][\w-]+")


def _adjective_nominative(word: str, language: str) -> str | None:
    """A capitalised adjective of a body's name in the nominative ("Masarykovy" -> "Masarykova",
    "Jagiellońskiego" -> "Jagielloński"), or None when no ending of the language shows its case."""
    if not word[:1].isupper():
        return None
    for ending, nominative in _ADJECTIVE_ENDINGS.get(language.split("-")[0], ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + nominative
    return None


#: an East Slavic head noun in the genitive or locative, and its base form
_EAST_SLAVIC_HEADS = {"университета": "университет", "университете": "университет", "університету": "університет",
                      "університеті": "університет", "центра": "центр", "центре": "центр", "центру": "центр",
                      "центрі": "центр", "фонда": "фонд", "фонде": "фонд", "фонду": "фонд", "фонді": "фонд"}
#: oblique endings of an East Slavic adjective (genitive, locative) and their nominative, per language
_EAST_SLAVIC_ENDINGS = {"ru": (("ского", "ский"), ("цкого", "цкий"), ("ного", "ный"), ("его", "ий"), ("ого", "ый"),
                               ("ском", "ский"), ("цком", "цкий"), ("ном", "ный"), ("ем", "ий"), ("ом", "ый")),
                        "uk": (("ського", "ський"), ("цького", "цький"), ("ного", "ний"), ("ього", "ій"),
                               ("ого", "ий"), ("ському", "ський"), ("цькому", "цький"), ("ному", "ний"),
                               ("ьому", "ій"), ("ому", "ий"))}
#: "named after" and whom, after a Cyrillic body's head ("имени аль-Фараби", "імені Тараса Шевченка", "имени Л. Н.
#: Гумилёва"): part of the name, in the genitive whatever the head's case
_NAMED_FOR = re.compile(r"[ \t]+(?:имени|імені)[ \t]+(?:[А-ЯЁІЇЄҐ]\.[ \t]*){0,2}(?:[а-яё]{1,3}-)?[А-ЯЁІЇЄҐ][\w'’-]+"
                          r"(?:[ \t]+[А-ЯЁІЇЄҐ][\w'’-]+)?")


#: a post whose holder's name may follow the body it is a post of, in Russian and Ukrainian, in any case
_EAST_SLAVIC_POST = re.compile(r"(?:про)?(?:ректор|директор|декан|професс?ор|глав|голов|председател|руководител|"
                               r"керівник|президент|сотрудник|співробітник|эксперт|експерт|представител|представник|"
                               r"преподавател|викладач|аналитик|аналітик)[а-яёіїє]{0,4}")


def _east_slavic_body(text: str, words: list[tuple[int, int, str]], i: int, head: str, language: str,
                      ) -> tuple[int, int, str, list[str]] | None:
    """A body whose East Slavic head is in the genitive or locative, with its adjectives, given in the nominative
    ("Ужгородському національному університеті" -> "Ужгородський національний університет"), a name after
    "имени" kept as written. None unless the first adjective is capitalised and the name ends at the head (a stop,
    "and", a quoted name or "имени" and whom after it: "фонда защиты свободы слова" runs on in lower case)."""
    k = i
    adjectives: list[str] = []
    while k > 0 and len(adjectives) < 4 and text[words[k - 1][1]:words[k][0]].strip() == "":
        word = words[k - 1][2]
        ending = next((e for e in _EAST_SLAVIC_ENDINGS[language] if word.lower().endswith(e[0])), None)
        if ending is None or len(word) - len(ending[0]) < (2 if word[:1].isupper() else 3):
            break                                     # (a city's two letters: "Ошского")
        adjectives.insert(0, word[:-len(ending[0])] + ending[1])
        k -= 1
    if not adjectives or not adjectives[0][:1].isupper():
        return None
    end = words[i][1]
    after = _NAMED_FOR.match(text, end)
    quoted = _quoted_after(text, end)
    tail = text[end:after.end()] if after else text[end:quoted]
    rest = text[end + len(tail):end + len(tail) + 4].lstrip(" \t")
    # a post before the body and its holder's name after it: "ректора Ошского государственного университета
    # Кудайберди Кожобекова", "ректор Белорусского государственного университета Андрей Король"
    post_before = k > 0 and text[words[k - 1][1]:words[k][0]].strip() == "" \
        and bool(_EAST_SLAVIC_POST.fullmatch(words[k - 1][2].lower()))
    if not (tail or rest[:1] in ("", ".", ",", ";", ":", "!", "?", ")", "\n") or rest.split(" ")[0] in _CONJUNCTIONS
            or post_before and rest[:1].isupper()):
        return None
    head = words[i][2][:1] + head[1:]
    return words[k][0], end + len(tail), " ".join([*adjectives, head]) + tail, adjectives


#: connectors inside a name before its head ("Türkiye Ekonomik ve Sosyal Etüdler Vakfı")
_LAST_LINKS = frozenset("ve və és".split())
_ELISION = re.compile(r"^(?:l|d|dell|all|dall|nell|sull|qu)['’]", re.I)


#: the Bulgarian and Macedonian definite article on an adjective ("Софийският", "Софийския", "Македонскиот")
_ARTICLE = re.compile(r"(?<=[^\W\d_]{3})(?:ият|ия|иот)$")
_QUOTED_AFTER = re.compile(r"[ \t]+[„«“\"][^\n„«“”»\"]{2,60}[“»”\"]")


def _quoted_after(text: str, end: int) -> int:
    """Where a name ends that a quoted part may follow ("Универзитетот „Св. Кирил и Методиј“")."""
    m = _QUOTED_AFTER.match(text, end)
    return m.end() if m else end


#: the first letters of a body's head noun in any case, for an acronym of another language's name beside it:
#: the head words above and society, foundation ("spoločnosti", "Товариства", "Ιδρύματος")
_ACRONYM_HEADS = _HEAD_HINTS | frozenset("spolo spole społe towar товар tovar druše druži друшт ίδρυμ ιδρύμ "
                                         # networks, bureaus (session 9: "Rrjeti Ballkanik ... (BIRN)", m3_sq, m1_en)
                                         "rrjet mreža mreže mreži мрежа мреже мереж biroa biro".split())


def _headed_name(named: list[tuple[int, str]], name: str) -> list[tuple[int, str]]:
    """The words of a body's name that ends where an acronym is defined, when its letters are another
    language's ("Institutit Shqiptar për Studime Ndërkombëtare (AIIS)", the English name's; "Ελληνικό
    Ίδρυμα Ευρωπαϊκής και Εξωτερικής Πολιτικής (ΕΛΙΑΜΕΠ)", by syllables): a head noun in any case at
    most five words before the bracket, capitalised or after a capitalised adjective, and no stop between
    them. Empty when there is none (a bracket after a sentence is no acronym's definition)."""
    for h in range(len(named) - 1, max(-1, len(named) - 6), -1):
        if named[h][1][:5].lower() not in _ACRONYM_HEADS:
            continue
        start = h - 1 if h and named[h - 1][1][:1].isupper() and not named[h][1][:1].isupper() else h
        if not named[start][1][:1].isupper() or any(c in name[named[start][0]:] for c in ".,;:!?"):
            return []
        return named[start:]
    return []


#: an acronym in brackets right after a name
_ACRONYM_AFTER = re.compile(rf"[ \t]*\(([{UPPER}][{UPPER}a-z&-]{{1,9}})\)")


def _sentence_starts(text: str, start: int) -> bool:
    """A sentence (or a line) starts at ``start``."""
    return text[:start].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?", ":")


def _organ_word(word: str) -> bool:
    low = word.lower()
    return low.startswith(_ORGAN_STEMS) and not low.startswith(("sudar", "policy", "polici"))


def _is_capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def find_bodies_as_written(text: str, matches: list[Match], language: str, ref: Reference | None = None,
                           ) -> list[tuple[int, int, str]]:
    """Bodies a page in another language than English names in its own language, labelled as written
    (issue 11: "any named organization ... with its label as written"): an acronym the page defines for a
    name whose words (lower-case ones too) give its letters ("Ústav mezinárodních vztahů (ÚMV)",
    "Київським міжнародним інститутом соціології (КМІС)": the acronym is the label, the name being in any
    case; a known body's acronym is left to the reference data); a head noun in its base form with a
    capitalised name after it ("Univerzita Palackého v Olomouci", "Fundación CIDOB") or before it ("Nemzeti
    Közszolgálati Egyetem", "ADA Universiteti"). A State organ (election commissions, ministries, courts,
    police, regulators: ``_ORGAN_STEMS``), an OSCE body and a span the reference data or another rule took
    are left out. Never raises."""
    taken = [(m.start, m.end) for m in matches if m.kind in ("organization", "field_operation")]
    found: list[tuple[int, int, str]] = []

    def keep(a: int, b: int, label: str, words: list[str], after: int = 0) -> None:
        if any(_organ_word(w) for w in words) or _OSCE_NAME.search(text, a, min(len(text), b + after)) \
                or _overlaps(taken, a, b) or any(s < b and a < e for s, e, _ in found):
            return
        known = _ACRONYM_AFTER.match(text, b) if ref is not None else None
        if known and ref is not None and (ref.lookup("organization", known.group(1))
                                          or ref.lookup("field_operation", known.group(1))):
            return        # "Ženevskog centra ... (DCAF)", "Evropske zveze novinarjev (EFJ)": a known body's name, as
            #               its acronym in brackets says (the reference data's match names it)
        found.append((a, b, label))

    if "(" in text:
        for m in _ACRONYM_DEFINED.finditer(text):
            acr = m.group("acr")
            letters = [c for c in acr if c.isalpha()]
            if len(letters) < 2 or sum(c.isupper() for c in letters) < len(letters) - 1:
                continue
            named = [(w.start(), _ELISION.sub("", w.group())) for w in _WORD_AT.finditer(m.group("name"))]
            content = [w for w in named if w[1].lower() not in _NAME_FUNCTION_WORDS]
            name_words = content[-len(letters):] if len(content) >= len(letters) else []
            if not name_words or not name_words[0][1][:1].isupper() or any(
                    w[:1].lower() != c.lower() for (_, w), c in zip(name_words, letters)):
                # letters of another language's name ("Slovenskej spoločnosti pre zahraničnú politiku (SFPA)")
                name_words = _headed_name(named, m.group("name")) if acr.isupper() and len(letters) >= 3 else []
                if not name_words:
                    continue
            if ref is not None and (ref.lookup("organization", acr) or ref.lookup("field_operation", acr)):
                continue                      # a known body's acronym: the reference data's match names it
            # "(OIDDH) de la OSCE": a name the OSCE's follows is one of its bodies
            keep(m.start("name") + name_words[0][0], m.end("name"), acr, [w for _, w in name_words], after=30)
    # only the words around a head word are read (a page holds few: 3% of find_mentions before this)
    seen: set[int] = set()
    code = language.split("-")[0]
    own_heads, own_links = _LANGUAGE_HEADS_FIRST.get(code, (frozenset(), frozenset()))
    first_heads, links = (_HEAD_FIRST | own_heads, _NAME_LINKS | own_links) if code in _LANGUAGE_HEADS_FIRST \
        else (_HEAD_FIRST, _NAME_LINKS)
    hints = _LANGUAGE_HEAD_HINTS.get(code, _HEAD_HINTS)
    for hit in (w for w in _WORD_START.finditer(text) if w.group().lower() in hints):
        lo, hi = max(0, hit.start() - 160), min(len(text), hit.end() + 160)
        words = [(w.start() + lo, w.end() + lo, w.group()) for w in _WORD_AT.finditer(text[lo:hi])]
        words = words[1 if lo else 0:len(words) - 1 if hi < len(text) else len(words)]   # no cut word at an edge
        i = next((k for k, w in enumerate(words) if w[0] <= hit.start() < w[1]), None)
        if i is None or words[i][0] in seen:
            continue
        seen.add(words[i][0])
        a, b, word = words[i]
        elided = _ELISION.match(word)
        if elided:                                    # "l'Università Luiss Guido Carli"
            a, word = a + elided.end(), word[elided.end():]
        low = word.lower()
        oblique = _OBLIQUE_HEADS.get(low) if language.split("-")[0] in _WEST_SLAVIC_BODIES else None
        if (low in first_heads or oblique) and word[:1].isupper():
            j = i + 1
            rest: list[tuple[int, int, str]] = []
            while j < len(words) and text[words[j - 1][1]:words[j][0]].strip() == "":
                w = words[j][2]
                if _is_capital(w):
                    if rest and _a_person_starts(words, j) and _given_or_same(w) != w:
                        break                 # "Uniwersytetu Gdańskiego Tomaszem Wierzbickim": its rector's name
                    rest.append(words[j])
                elif not (w in links and j + 1 < len(words) and _is_capital(words[j + 1][2])):
                    break
                j += 1
            quoted = _quoted_after(text, words[i][1]) if not rest and not oblique else words[i][1]
            if quoted > words[i][1]:          # "Universitatea „Alexandru Ioan Cuza”", "Универзитетот „Гоце Делчев“"
                keep(a, quoted, text[a:quoted], [word])
            if rest and not all(w.isupper() and len(w) <= 3 for _, _, w in rest):
                end = _quoted_after(text, rest[-1][1])
                label = text[a:end].rstrip("'’")
                if oblique:   # "Uniwersytetu Jagiellońskiego" -> "Uniwersytet Jagielloński", or nothing
                    adjective = _adjective_nominative(rest[0][2], language)
                    if adjective is None or text[words[i][1]:rest[0][0]].strip():
                        continue
                    label = " ".join([word[:1] + oblique[1:], adjective, text[rest[0][1]:end].strip()]).strip()
                keep(a, end, label, [w for _, _, w in rest])
            continue
        east = _EAST_SLAVIC_HEADS.get(low) if language.split("-")[0] in _EAST_SLAVIC_ENDINGS else None
        if east:                # "Казахского национального университета имени аль-Фараби" -> "Казахский ..."
            body = _east_slavic_body(text, words, i, east, language.split("-")[0])
            if body:
                keep(*body)
            continue
        oblique_last = _OBLIQUE_HEADS.get(low) if language.split("-")[0] in _WEST_SLAVIC_BODIES else None
        turkic = language.split("-")[0] in _TURKIC_BODIES
        base = oblique_last if oblique_last in _HEAD_LAST else low if low in _HEAD_LAST else next(
            (h for h in _HEAD_LAST if h.endswith(("i", "ı", "и")) and low.startswith(h) and len(low) - len(h) <= 4),
            None)
        if base is None:
            continue
        k = i
        before: list[tuple[int, int, str]] = []
        while k > 0 and text[words[k - 1][1]:words[k][0]].strip() == "" and len(before) < 6:
            w = words[k - 1][2]
            if _is_capital(w) or w in _LAST_LINKS and k > 1 and _is_capital(words[k - 2][2]) \
                    or not before and _CYRILLIC_ADJECTIVE.search(w) and k > 1 and (
                        _is_capital(words[k - 2][2]) or k > 2 and _CYRILLIC_ADJECTIVE.search(words[k - 2][2])
                        and _is_capital(words[k - 3][2])) \
                    or turkic and _TURKIC_ATTRIBUTE.fullmatch(w) and k > 1 and (
                        _is_capital(words[k - 2][2]) or _TURKIC_ATTRIBUTE.fullmatch(words[k - 2][2])):
                before.insert(0, words[k - 1])
                k -= 1
            else:
                break
        while before and (before[0][2] in _LEADING_SMALL_WORDS or before[0][2] in ("A", "Az")
                          or turkic and not _is_capital(before[0][2])):
            before.pop(0)
        if len(before) == 1 and not word[:1].isupper() and _quoted_after(text, b) == b \
                and text[:before[0][0]].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?"):
            continue            # "Qonağı universitetin rektoru": a sentence's first word and a common noun
        # a capitalised word after the head runs the name on: "Mərkəzi" is "Central" in "Mərkəzi Seçki Komissiyası"
        if not before or i + 1 < len(words) and text[b:words[i + 1][0]].strip() == "" \
                and words[i + 1][2][:1].isupper():
            continue
        nxt = words[i + 1][2] if i + 1 < len(words) and text[b:words[i + 1][0]].strip() == "" else ""
        named_after = _NAMED_FOR.match(text, b) if _CYRILLIC_WORD.match(low) else None
        if _CYRILLIC_WORD.match(low) and nxt[:1].islower() and nxt not in _CONJUNCTIONS and not named_after \
                and not (turkic and any(not _is_capital(w) for _, _, w in before)):
            continue        # (a Turkic name with its attribute ends at its head: what follows is the sentence's)
        start, end = before[0][0], b - (0 if oblique_last else len(low) - len(base))
        named_for = _NAMED_AFTER_TURKIC.search(text, max(0, start - 80), start) if turkic else None
        if named_for:                                 # "Жусуп Баласагын атындагы Кыргыз улуттук университети"
            start = named_for.start()
            if _sentence_starts(text, start) and len(named_for.group().split()) == 3:
                start = text.index(" ", start) + 1    # "Okuw Magtymguly adyndaky ...": the sentence's first word
        elif turkic and len(before) >= 2 and _is_capital(before[1][2]) and _sentence_starts(text, start) \
                and not (ref is not None and ref.scan(before[0][2], ("state", "city"), language=language)):
            before.pop(0)                             # "Forumda Samarqand davlat universiteti": the sentence's first
            start = before[0][0]                      # word, in a case of its own
        if named_after:                               # "Казахский национальный университет имени аль-Фараби"
            keep(start, named_after.end(), text[start:named_after.end()], [w for _, _, w in before])
            continue
        if oblique_last:        # "Masarykovy univerzity" -> "Masarykova univerzita", "Mendelovy univerzity v Brně"
            adjectives = [_adjective_nominative(w, language) for _, _, w in before]
            if None in adjectives:
                continue
            place = _PLACE_AFTER.match(text, end)
            end = place.end() if place else end
            keep(start, end, " ".join([*(x for x in adjectives if x), word[:1] + oblique_last[1:]])
                 + (place.group() if place else ""), [w for _, _, w in before])
            continue
        if end == b:                                  # "Софийският университет „Св. Климент Охридски“"
            end = _quoted_after(text, end)
        # the short name in brackets after a name already found is that body ("... Mərkəzinin (AİR Mərkəzi)")
        if text[start - 1:start] == "(" and any(e <= start <= e + 8 for _, e, _ in found):
            continue
        label = text[start:end].rstrip("'’")
        article = _ARTICLE.search(before[0][2]) if language.split("-")[0] in ("bg", "mk") else None
        if article:             # the article off the first word: "Софийския", "Софийският" -> "Софийски университет"
            label = before[0][2][:article.start()] + "и" + label[len(before[0][2]):]
        keep(start, end, label, [w for _, _, w in before])
    for a, b, label in find_bodies_by_head(text, language, ref):
        keep(a, b, label, label.split())
    return found

# ----------------------------------------------------------------- bodies by their head noun in any case (session 9)
#: head nouns of bodies (university, institute, association, union, society, party, movement, centre, foundation,
#: network, bureau) in the region's languages: each line a language, where its names run from the head ("first":
#: the name after it; "both": adjectives before it and the name after it, Slavic; "last": the name before it, a
#: compound's last part too in Finnish, Estonian and Hungarian), then each head as "nominative/gender:oblique
#: forms" (m, f, n). A head in an oblique case gives the body in the nominative; the State organs' heads are not here.
_HEAD_TABLE = """
sr first-both udruženje/n:udruženja,udruženju,udruženjem udruga/f:udruge,udruzi,udrugu,udrugom
  društvo/n:društva,društvu,društvom stranka/f:stranke,stranci,stranku,strankom
  partija/f:partije,partiji,partiju,partijom institut/m:instituta,institutu,institutom
  centar/m:centra,centru,centrom biro/m:biroa,birou,biroom savez/m:saveza,savezu,savezom
  fondacija/f:fondacije,fondaciji,fondaciju,fondacijom pokret/m:pokreta,pokretu,pokretom
  mreža/f:mreže,mreži,mrežu,mrežom univerzitet/m:univerziteta,univerzitetu,univerzitetom
  sveučilište/n:sveučilišta,sveučilištu,sveučilištem sindikat/m:sindikata,sindikatu,sindikatom
  универзитет/m:универзитета,универзитету,универзитетом институт/m:института,институту,институтом
  центар/m:центра,центру,центром удружење/n:удружења,удружењу,удружењем
sl first-both univerza/f:univerze,univerzi,univerzo inštitut/m:inštituta,inštitutu,inštitutom
  društvo/n:društva,društvu,društvom gibanje/n:gibanja,gibanju,gibanjem stranka/f:stranke,stranki,stranko
  zveza/f:zveze,zvezi,zvezo center/m:centra,centru,centrom sindikat/m:sindikata,sindikatu,sindikatom
cs first-both strana/f:strany,straně,stranu,stranou asociace/f:asociaci,asociací hnutí/n:hnutím
  ústav/m:ústavu,ústavem institut/m:institutu,institutem nadace/f:nadaci,nadací spolek/m:spolku,spolkem
  svaz/m:svazu,svazem univerzita/f:univerzitu
sk first-both strana/f:strany,strane,stranu,stranou syndikát/m:syndikátu,syndikátom
  spoločnosť/f:spoločnosti,spoločnosťou hnutie/n:hnutia,hnutiu,hnutím inštitút/m:inštitútu,inštitútom
  asociácia/f:asociácie,asociácii,asociáciu,asociáciou nadácia/f:nadácie,nadácii,nadáciu,nadáciou
  zväz/m:zväzu,zväzom univerzita/f:univerzitu
pl first-both stowarzyszenie/n:stowarzyszenia,stowarzyszeniu,stowarzyszeniem
  koalicja/f:koalicji,koalicję,koalicją fundacja/f:fundacji,fundację,fundacją partia/f:partii,partię,partią
  ośrodek/m:ośrodka,ośrodku,ośrodkiem związek/m:związku,związkiem
  towarzystwo/n:towarzystwa,towarzystwu,towarzystwem instytut/m:instytutu,instytucie,instytutem
ru first-both союз/m:союза,союзу,союзом,союзе группа/f:группы,группе,группу,группой
  партия/f:партии,партию,партией ассоциация/f:ассоциации,ассоциацию,ассоциацией
  институт/m:института,институту,институтом,институте движение/n:движения,движению,движением,движении
  общество/n:общества,обществу,обществом,обществе
uk first-both спілка/f:спілки,спілці,спілку,спілкою інститут/m:інституту,інститутом,інституті
  партія/f:партії,партію,партією асоціація/f:асоціації,асоціацію,асоціацією рух/m:руху,рухом
  товариство/n:товариства,товариству,товариством
bg first-both съюз/m:съюза,съюзът център/m:центъра,центърът институт/m:института,институтът
  асоциация/f:асоциацията фондация/f:фондацията партия/f:партията
mk first-both здружение/n:здружението,здруженијата институт/m:институтот центар/m:центарот
  универзитет/m:универзитетот партија/f:партијата сојуз/m:сојузот
ro first universitatea/f:universității,universităţii asociația/f:asociației,asociaţiei partidul/m:partidului
  centrul/m:centrului institutul/m:institutului fundația/f:fundației,fundaţiei uniunea/f:uniunii
  societatea/f:societății liga/f:ligii mișcarea/f:mișcării
sq first universiteti/m:universitetit,universitetin unioni/m:unionit,unionin partia/f:partisë,partinë
  dhoma/f:dhomës,dhomën
  rrjeti/m:rrjetit,rrjetin instituti/m:institutit,institutin qendra/f:qendrës,qendrën
  shoqata/f:shoqatës,shoqatën fondacioni/m:fondacionit,fondacionin lidhja/f:lidhjes,lidhjen
  lëvizja/f:lëvizjes,lëvizjen
lv last universitāte/f:universitātes,universitātei,universitāti,universitātē
  asociācija/f:asociācijas,asociācijai,asociāciju,asociācijā
  institūts/m:institūta,institūtam,institūtu,institūtā partija/f:partijas,partijai,partiju,partijā
  savienība/f:savienības,savienībai,savienību,savienībā centrs/m:centra,centram,centru,centrā
  biedrība/f:biedrības,biedrībai,biedrību,biedrībā
lt last universitetas/m:universiteto,universitetui,universitetą,universitete
  sąjunga/f:sąjungos,sąjungai,sąjungą,sąjungoje centras/m:centro,centrui,centrą,centre
  institutas/m:instituto,institutui,institutą,institute
  asociacija/f:asociacijos,asociacijai,asociaciją,asociacijoje partija/f:partijos,partijai,partiją,partijoje
  draugija/f:draugijos,draugijai,draugiją,draugijoje
et last+ ülikool/-:ülikooli,ülikoolis,ülikoolist,ülikooliga,ülikoolile liit/-:liidu,liidus,liiduga,liidule
  keskus/-:keskuse,keskuses,keskusega,keskusele instituut/-:instituudi,instituudis,instituudiga
  erakond/-:erakonna,erakonnas,erakonnaga ühing/-:ühingu,ühingus selts/-:seltsi,seltsis
fi last+ yliopisto/-:yliopiston,yliopistossa,yliopistosta,yliopistoon,yliopistolla,yliopistoa
  liitto/-:liiton,liitossa,liittoon,liitolla,liittoa instituutti/-:instituutin,instituutissa,instituuttiin
  keskus/-:keskuksen,keskuksessa,keskukseen puolue/-:puolueen,puolueessa järjestö/-:järjestön,järjestössä
  säätiö/-:säätiön,säätiössä yhdistys/-:yhdistyksen,yhdistyksessä
hu last+ egyetem/-:egyetemen,egyetemre,egyetemet,egyetemmel,egyetemnek,egyetemről
  intézet/-:intézetnek,intézetben,intézettel,intézetet
  szövetség/-:szövetségnek,szövetséget,szövetséggel,szövetségének
  mozgalom/-:mozgalomnak,mozgalmat,mozgalommal,mozgalom alapítvány/-:alapítványnak,alapítványt,alapítvánnyal
  párt/-:pártnak,pártot,párttal
tr last üniversitesi/-:üniversitesinde,üniversitesinin,üniversitesine,üniversitesini,üniversitesinden
  vakfı/-:vakfının,vakfına derneği/-:derneğinin,derneğine
  partisi/-:partisinin,partisine merkezi/-:merkezinin,merkezine
az last universiteti/-:universitetində,universitetinin,universitetinə,universitetini
  şurası/-:şurasının,şurasına,şurasını partiyası/-:partiyasının,partiyasına,partiyasını
  mərkəzi/-:mərkəzinin,mərkəzinə birliyi/-:birliyinin,birliyinə
kk last университеті/-:университетінде,университетінің,университетіне,университетін,университетімен
  одағы/-:одағының,одағына,одағын партиясы/-:партиясының,партиясына қоры/-:қорының,қорына
  орталығы/-:орталығының,орталығына
"""
#: the nominative of an adjective before (Slavic) or after (Polish) a head in an oblique case, by gender
_ADJECTIVE_AGREEMENT: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "sr": {"m": (("oga", "i"), ("og", "i"), ("omu", "i"), ("om", "i"), ("im", "i")),
           "n": (("oga", "o"), ("og", "o"), ("omu", "o"), ("om", "o"), ("im", "o")),
           "f": (("oj", "a"), ("om", "a"), ("e", "a"), ("u", "a"))},
    "sl": {"m": (("ega", "i"), ("emu", "i"), ("em", "i"), ("im", "i")),
           "n": (("ega", "o"), ("emu", "o"), ("em", "o"), ("im", "o")),
           "f": (("e", "a"), ("i", "a"), ("o", "a"))},
    "cs": {"m": (("ého", "ý"), ("ému", "ý"), ("ém", "ý"), ("ým", "ý"), ("ovu", "ova")),
           "n": (("ého", "é"), ("ému", "é"), ("ém", "é"), ("ým", "é")),
           "f": (("ovu", "ova"), ("ovy", "ova"), ("é", "á"), ("ou", "á"))},
    "sk": {"m": (("ého", "ý"), ("ému", "ý"), ("om", "ý"), ("ým", "ý")),
           "n": (("ého", "é"), ("ému", "é"), ("om", "é"), ("ým", "é")),
           "f": (("ej", "á"), ("ú", "á"), ("ou", "á"))},
    "pl": {"m": (("skiego", "ski"), ("ckiego", "cki"), ("iego", "i"), ("ego", "y"), ("emu", "y"), ("ym", "y")),
           "n": (("ego", "e"), ("emu", "e"), ("ym", "e")),
           "f": (("skiej", "ska"), ("ckiej", "cka"), ("iej", "ia"), ("ej", "a"), ("ą", "a"))},
    "ru": {"m": (("ского", "ский"), ("ого", "ый"), ("его", "ий"), ("ому", "ый"), ("ым", "ый"), ("ом", "ый")),
           "n": (("ого", "ое"), ("ому", "ое"), ("ым", "ое")),
           "f": (("ской", "ская"), ("ой", "ая"), ("ей", "яя"), ("ую", "ая"))},
    "uk": {"m": (("ського", "ський"), ("ого", "ий"), ("ому", "ий"), ("им", "ий")),
           "n": (("ого", "е"), ("ому", "е"), ("им", "е")),
           "f": (("ської", "ська"), ("ої", "а"), ("ій", "а"), ("ою", "а"), ("у", "а"))},
    "fi": {"-": (("isen", "inen"), ("än", "ä"), ("an", "a"))},
    "et": {"-": (("lise", "line"),)},
}
_ADJECTIVE_AGREEMENT["hr"] = _ADJECTIVE_AGREEMENT["bs"] = _ADJECTIVE_AGREEMENT["cnr"] = _ADJECTIVE_AGREEMENT["sr"]
#: Albanian: the article linking a name's parts after a head in an oblique case, and its nominative by gender
_ALBANIAN_LINK = {"të": {"m": "i", "f": "e"}, "së": {"m": "i", "f": "e"}}
#: relative pronouns after a comma: the name before them is closed ("..., ki", "..., koji", "..., который")
_RELATIVE = frozenset("ki kteri koji koja koje који која које který která které ktorý ktorá ktoré który która które "
                      "который которая которое який яка яке care që that which".split())
#: "and" in the region's languages: before a second body's head it ends the first body's name
_AND = frozenset("i и і й та a e și şi and und és ir un ve və".split())
#: short words inside a name after its head ("Stranka slobode i pravde", "Partidul Acțiune și Solidaritate")
_HEAD_LINKS = frozenset("i u v w z za na pro pre pentru și de din di del da e të së ve və и в на за по од од".split())


@functools.cache
def _head_index(language: str) -> tuple[dict[str, tuple[str, str]], str, re.Pattern[str]] | None:
    """The oblique forms of ``language``'s head nouns -> (nominative, gender), where its names run, and a pattern
    finding them (at a word's end, for the languages that write heads as a compound's last part)."""
    code = {"hr": "sr", "bs": "sr", "cnr": "sr"}.get(language, language)
    forms: dict[str, tuple[str, str]] = {}
    order = ""
    block = next((b.split() for b in re.split(r"\n(?=\S)", _HEAD_TABLE.strip()) if b.startswith(code + " ")), None)
    if block is None:
        return None
    order = block[1]
    for item in block[2:]:
        head, _, obliques = item.partition(":")
        nominative, _, gender = head.partition("/")
        for form in [*obliques.split(","), nominative]:
            forms.setdefault(form, (nominative, gender))
    compound = order.endswith("+")
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    start = "" if compound else r"(?<![^\W_])"
    pattern = re.compile(rf"{start}(?i:{alternatives})(?![^\W_])")
    return forms, order.rstrip("+"), pattern


#: endings of a lower-case attribute inside a name before its head (genitive plural, Kazakh plural):
#: "Lietuvos žurnalistų sąjunga", "Eesti Ajakirjanike Liit", "Қазақстан журналистер одағы"
_ATTRIBUTE_ENDINGS = {"lt": ("ų", "os", "ės", "io"), "lv": ("u", "as", "es"), "et": ("te", "de", "se"),
                      "fi": ("en", "in"), "kk": ("лер", "лар", "тер", "тар", "дер", "дар", "ның", "нің", "тық", "дық",
                                                 "лық", "тік", "дік", "лік"),
                      "az": ("in", "ın", "un", "ün"), "tr": ("in", "ın", "un", "ün")}
#: "named after" and whom before a Turkic body's name ("әл-Фараби атындағы", "Л.Н. Гумилев атындағы", "Alisher Navoiy
#: nomidagi", Turkmen "Magtymguly adyndaky"): part of the name
_NAMED_AFTER_TURKIC = re.compile(rf"(?:(?:[{UPPER}]\.[ \t]*){{1,3}}|[^\W\d_]+-)?[{UPPER}][\w'’-]*"
                                 rf"(?:[ \t]+[{UPPER}][\w'’-]*)?[ \t]+"
                                 r"(?:атындағы|атындагы|atındağı|nomidagi|номидаги|adyndaky)[ \t]+\Z")
#: Turkic languages, where a sentence's first word before a body's name is in a case of its own ("Görüşdə", "Кездесуге")
_TURKIC_BODIES = frozenset("kk ky az tr uz tk".split())
#: the endings of family names of the region (a name before a body's head is a person's: "Синирлиоглу әл-Фараби")
_FAMILY_ENDINGS = ("оглу", "ов", "ев", "ова", "ева", "ұлы", "қызы", "uly", "qyzy", "ović", "ić", "ko", "ко")


def _agree(word: str, language: str, gender: str) -> str:
    for ending, nominative in _ADJECTIVE_AGREEMENT.get(language, {}).get(gender, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + nominative
    return word


def _a_person_starts(words: list[tuple[int, int, str]], j: int) -> bool:
    """The capitalised word ``j`` and the next open a person's name ("... Srbije Jelenom Petrović")."""
    w = words[j][2]
    return j + 1 < len(words) and words[j + 1][2][:1].isupper() and (
        is_given_name(w) or _given_or_same(w) != w and is_given_name(_given_or_same(w)))


def find_bodies_by_head(text: str, language: str, ref: Reference | None = None) -> list[tuple[int, int, str]]:
    """Bodies named by a head noun in an oblique case (``_HEAD_TABLE``), given in the nominative as the page would
    write them: "Udruženja novinara Srbije" -> "Udruženje novinara Srbije", "Nezavisnog udruženja ..." ->
    "Nezavisno udruženje ...", "Asociației Jurnaliștilor Independenți" -> "Asociația Jurnaliștilor Independenți",
    "Latvijas Žurnālistu asociācijas" -> "Latvijas Žurnālistu asociācija", "Suomen Journalistiliiton" -> "Suomen
    Journalistiliitto", "Qazaqstan ... одағының" -> "... одағы". The name must hold a capitalised word besides the
    head, or the head itself be capitalised inside a sentence with its lower-case complement closed by a stop, a
    bracket or a person's name ("Stranke slobode i pravde Marija ..."); it stops before a person's name. The caller
    leaves out State organs, OSCE bodies and spans taken. Never raises."""
    index = _head_index(language.split("-")[0])
    if index is None:
        return []
    forms, order, pattern = index
    code = {"hr": "sr", "bs": "sr", "cnr": "sr"}.get(language.split("-")[0], language.split("-")[0])
    own_links = _LANGUAGE_HEADS_FIRST[language.split("-")[0]][1] if language.split("-")[0] in ("sr", "mk") \
        else frozenset()
    found: list[tuple[int, int, str]] = []
    for hit in pattern.finditer(text):
        lo, hi = max(0, hit.start() - 120), min(len(text), hit.end() + 120)
        words = [(w.start() + lo, w.end() + lo, w.group()) for w in _WORD_AT.finditer(text[lo:hi])]
        i = next((k for k, w in enumerate(words) if w[0] <= hit.start() < w[1]), None)
        if i is None or words[i][1] != hit.end():
            continue
        nominative, gender = forms[hit.group().lower()]
        word = words[i][2]
        head = word[:len(word) - len(hit.group())] + (nominative[:1].upper() if hit.group()[:1].isupper()
                                                       else nominative[:1]) + nominative[1:]
        if word[:1].isupper() and words[i][0] < hit.start():
            head = word[:len(word) - len(hit.group())] + nominative      # "Journalistiliiton" -> "...liitto"
        gaps = [n > 0 and text[words[n - 1][1]:words[n][0]].strip(" \t") == "" for n in range(len(words))]
        # before the head: capitalised words, and lower-case ones with a capitalised word before them
        before: list[str] = []
        k = i
        while order in ("last", "first-both") and k > 0 and gaps[k] and len(before) < 5:
            w = words[k - 1][2]
            if w[:1].isupper():
                if is_given_name(w) and k > 1 and gaps[k - 1] and words[k - 2][2][:1].isupper() \
                        or turkic_family_name(w) or w.endswith(_FAMILY_ENDINGS) or w in ("A", "Az") \
                        or w in _LEADING_SMALL_WORDS or order != "last" and _agree(w, code, gender) == w:
                    break
                before.insert(0, w)
            elif k > 1 and gaps[k - 1] and words[k - 2][2][:1].isupper() and w not in _HEAD_LINKS \
                    and (w.endswith(_ATTRIBUTE_ENDINGS.get(code, ())) if order == "last"
                         else _agree(w, code, gender) != w):
                before.insert(0, w)               # "Lietuvos žurnalistų sąjungos", "Hrvatskog novinarskog društva"
            else:
                break
            k -= 1
        while before and not before[0][:1].isupper():
            before.pop(0)
            k += 1
        if len(before) >= 2 and before[1][:1].isupper() \
                and text[:words[k][0]].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?", ":") \
                and (len(before[0]) <= 3 or code in _TURKIC_BODIES and ref is not None
                     and not ref.scan(before[0], ("state", "city"), language=language)):
            before.pop(0)                         # a sentence's first word: "Pēc Latvijas Ārpolitikas institūta"
            k += 1
        named = _NAMED_AFTER_TURKIC.search(text, max(0, words[k][0] - 80), words[k][0]) \
            if before and code in _TURKIC_BODIES else None
        named_after = text[named.start():words[k][0]] if named else ""    # "әл-Фараби атындағы", "Л.Н. Гумилев ..."
        if order == "first-both":
            before = [_agree(w, code, gender) for w in before]
        elif order == "last":
            before = [_agree(w, code, "-") for w in before]
        # after the head: capitalised words and links; or, right after a capitalised head, a lower-case complement
        after: list[tuple[int, int, str]] = []
        j = i + 1
        closed = False
        while order != "last" and j < len(words) and gaps[j] and len(after) < 7:
            w = words[j][2]
            if w[:1].isupper() or w[:1].isdigit():
                if _a_person_starts(words, j) and not (after and after[-1][2] in own_links):
                    closed = True
                    break
                after.append(words[j])
            elif (w in _HEAD_LINKS or w in own_links) and j + 1 < len(words) and gaps[j + 1]:
                if w in _AND and words[j + 1][2][:1].isupper() and any(
                        pattern.fullmatch(x[2]) for x in words[j + 1:j + 4]):
                    break                         # "Союза журналистов России и Московской Хельсинкской группы"
                after.append(words[j])
            elif not any(x[2][:1].isupper() for x in after) and len(after) < 4 and len(w) >= 4 and (
                    word[:1].isupper() or any(w[:1].isupper() for w in before)):
                after.append(words[j])
            else:
                break
            j += 1
        else:
            closed = j >= len(words) or not text[words[j - 1][1]:words[j][0]].strip(" \t").startswith(",") \
                or words[j][2] in _RELATIVE           # "Center za evropsko prihodnost, ki ..."
        cut = False
        while after and not after[-1][2][:1].isupper() and not (
                closed and (word[:1].isupper() or before) and not any(x[2][:1].isupper() for x in after)):
            after.pop()
            cut = True
        if cut and not after and not word[:1].isupper():
            continue                              # "Hrvatskom institutu za povijest predstavljena je": where it ends?
        if after and (after[-1][2] in _HEAD_LINKS or after[-1][2] in own_links):
            continue
        capitals = [w for w in before if w[:1].isupper()] + [x[2] for x in after if x[2][:1].isupper()]
        if hit.group().lower() == nominative and (
                code in _TURKIC_BODIES or text[max(0, words[k][0] - 1):words[k][0]] == "("
                or order != "last" and (capitals or before or not after or not closed)
                or order == "last" and (len(before) < 2 and not word[:1].isupper()
                                        and text[:words[k][0]].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?"))):
            continue      # a head as it is: only its lower-case complement, closed, is new ("Center za evropsko ...");
            # before it, a name unless one sentence-opening word ("Valdančioji partija")
        if capitals and all(w.isupper() and len(w) <= 3 for w in capitals) and not before:
            continue                              # "Udruženja BH novinari": a name of short capitals is cut
        sentence_start = text[max(0, words[i][0] - 2):words[i][0]].strip() in ("", ".", "!", "?") \
            and (i == 0 or not gaps[i] or words[i][0] - 2 < 0 or text[words[i][0] - 2] in ".!?\n")
        if not capitals and not (word[:1].isupper() and after and not sentence_start) \
                or not before and not word[:1].isupper():
            continue                              # "udruge GONG": a kind of body before its name (find_bodies_by_type)
        if not before and not after:
            continue
        rest = ""
        if after:
            tail = [x[2] for x in after]
            if code == "sq":
                link = next((n for n, t in enumerate(tail) if t in _ALBANIAN_LINK), None)
                if link is not None and gender in "mf":   # the first link agrees with the head, later ones stay
                    tail[link] = _ALBANIAN_LINK[tail[link]][gender]
            if code == "pl" and tail:
                tail[0] = _agree(tail[0], code, gender)       # "Koalicji Obywatelskiej" -> "Koalicja Obywatelska"
            rest = " " + " ".join(tail)
        a = (named.start() if named else words[k][0]) if before else words[i][0]
        b = after[-1][1] if after else words[i][1]
        found.append((a, b, named_after + " ".join([*before, head]) + rest))
    return found


_MEDIA_NAME = r"[A-Z][\w&-]*(?:[ \t][A-Z][\w&-]*){0,2}"
_MEDIA_HINT = re.compile(r"agency|magazine|newspaper|daily|weekly|broadcaster|TV channel|radio station")
_MEDIA = re.compile(
    rf"\b(?:news agency|agency|magazine|newspaper|daily|weekly|broadcaster|TV channel|radio station)[ \t]+"
    rf"(?P<after>{_MEDIA_NAME})(?![\w-])|(?<![\w-])(?P<before>{_MEDIA_NAME})[ \t]+(?:news agency|magazine|newspaper)\b")


#: a kind of body written before its name as a common noun, in the region's languages: NGO, association,
#: organisation, outlet ("the investigative outlet Kloop", "udruge GONG", "L'ONG Médecins du Monde",
#: "organizata Demokracia në Veprim")
_TYPE_HINT = re.compile(r"NGO|ONG|НПО|НВО|NVO|rganiza|rganisa|rganizá|рганиза|рганіза|ssocia|socia|udrug|udruž|удруж|"
                        r"stowarz|outlet|watchdog")
_TYPE_NOUN = re.compile(
    r"(?<![\w'’])(?:[LlDd]['’])?(?:NGOs?|ONG|НПО|НВО|NVO|organi[sz]ation|organizat[aëe]s?|organizacij[aeiu]|organizace"
    r"|organizácia|organizacj[ai]|организаци[яиюей]|організаці[яїюєй]|associations?|associazione|asociaci[oó]n"
    r"|asocia[tț]i[ae]|udrug[aeui]|udruženj[aeu]|удружењ[аеу]|stowarzyszeni[ae]|outlet|watchdog)[ \t]+")
_QUOTED_NAME = re.compile(r"[„«“\"]([^\n„«“”»\"]{2,60})[“»”\"]")


def find_bodies_by_type(text: str, matches: list[Match], ref: Reference | None = None) -> list[tuple[int, int, str]]:
    """Bodies with no head noun of their own, named after the common noun of their kind (NGO, association,
    organisation, outlet) in lower case: "the investigative outlet Kloop", "udruge GONG", "L'ONG Médecins du
    Monde", "organizata Demokracia në Veprim", a quoted name ("NGO „Kylym Shamy“"). The name is its capitalised
    words (with the short words between them, "du", "në") up to a stop or a lower-case word; a person's name
    (a given name and one or two more: "Generalna sekretarka udruženja Borka Rudić"), a State's, a
    city's or an organ's name, an OSCE body, a span another rule took and a name of short capitals only
    ("udruženja BH novinari") are left out. Never raises."""
    known = [(m.start, m.end) for m in matches]
    found: list[tuple[int, int, str]] = []
    for m in _TYPE_NOUN.finditer(text):
        noun = m.group().split("'")[-1].split("’")[-1]
        if noun[:1].isupper() and not noun.strip().isupper():
            continue                                  # "Organizata ..." opening a name is part of it
        quoted = _QUOTED_NAME.match(text, m.end())
        if quoted:
            a, b, name = quoted.start(1), quoted.end(1), quoted.group(1).strip()
        else:
            words = [(w.start() + m.end(), w.end() + m.end(), w.group())
                     for w in _WORD_AT.finditer(text[m.end():m.end() + 120])]
            name_words: list[tuple[int, int, str]] = []
            for k, (wa, wb, w) in enumerate(words[:8]):
                if name_words and text[name_words[-1][1]:wa].strip(" \t"):
                    break                             # a stop or a line's end between
                if _is_capital(w):
                    name_words.append((wa, wb, w))
                elif w in _AND and w not in ("a", "e") or not (
                        name_words and w in _NAME_FUNCTION_WORDS and k + 1 < len(words)
                        and _is_capital(words[k + 1][2])):
                    break                             # "udruge GONG i Kuće ...": a second body after "and"
                else:
                    name_words.append((wa, wb, w))
            if not name_words or not _is_capital(name_words[0][2]) or len(name_words) > 6:
                continue
            first = name_words[0][2]
            if len(name_words) in (2, 3) and not first.isupper() and is_given_name(first):
                continue                              # "udruženja Borka Rudić": a person of the body after it
            a, b = name_words[0][0], name_words[-1][1]
            name = text[a:b]
        if all(w.isupper() and len(w) <= 3 for w in name.split()) or any(_organ_word(w) for w in name.split()) \
                or _OSCE_NAME.search(name) or _overlaps(known, a, b) or any(n == name for _, _, n in found):
            continue
        if ref is not None and any(ref.lookup(kind, name) for kind in ("state", "city", "territory")):
            continue
        found.append((a, b, name))
    return found


#: a party, movement, coalition or bloc named in quotes after (or, in Turkic languages, before) the common noun of its
#: kind, in any case: "партии «Новые люди»", "Partijas \"Progresīvie\"", "«Amanat» партиясының", "strany „ANO“"
_KIND_OF_PARTY = (r"(?:парти[яиюей]\w*|партиј\w*|парті[яїює]\w*|партиите|partij\w*|partei\w*|parti[aeię]|partii|"
                  r"partiya\w*|partisi\w*|partid\w*|partito|party|strank\w*|stran[aeyu]|рух\w*|движени\w*|"
                  r"hnut\w*|pokret\w*|gibanj\w*|mozgalom\w*|coalition|koalici\w*|коалици\w*|blok\w*|блок\w*)")
_QUOTED_PARTY = re.compile(
    rf"(?i:(?<![\w-]){_KIND_OF_PARTY})[ \t]+[„«“\"](?P<a>[^\n„«“”»\"]{{2,50}})[“»”\"]"
    rf"|[„«“\"](?P<b>[^\n„«“”»\"]{{2,50}})[“»”\"][ \t]+(?i:(?:партиясы|partiyası|partisi|партиясының|partiyasının|"
    rf"partisinin|партиясына|partiyasına|қозғалысы|hərəkatı|"
    # Armenian puts the kind after the quoted name: party, alliance, (public) organization, foundation, union
    # ("«Քաղաքացիական պայմանագիր» կուսակցության", "«Իմ քայլը» դաշինքը", "«...» հասարակական կազմակերպության")
    rf"կուսակցությ|դաշինք|հասարակական[ \t]+կազմակերպությ|կազմակերպությ|հիմնադրամ|միությ)\w*)")


def find_quoted_parties(text: str, matches: list[Match], ref: Reference | None = None) -> list[tuple[int, int, str]]:
    """Parties, movements and (in Armenian) NGOs a page names in quotes beside the common noun of their kind, as
    written ("партии «Новые люди»" -> "Новые люди", "«Իմ քայլը» դաշինքը" -> "Իմ քայլը"). A name the reference data
    or another rule took, a State's or a person's name, and an OSCE body are left out. Never raises."""
    if not any(q in text for q in "„«“\""):
        return []
    known = [(m.start, m.end) for m in matches]
    found: list[tuple[int, int, str]] = []
    for m in _QUOTED_PARTY.finditer(text):
        group = "a" if m.group("a") else "b"
        a, b, name = m.start(group), m.end(group), m.group(group).strip()
        if not name[:1].isupper() or _overlaps(known, a, b) or _OSCE_NAME.search(name) \
                or any(n == name for _, _, n in found):
            continue
        if ref is not None and any(ref.lookup(kind, name) for kind in ("state", "city", "organization")):
            continue
        found.append((a, b, name))
    return found


#: a person's role and "at"/"of", or a person's given name and family name and "of", before a body's name on an
#: English page ("a researcher at Chatham House", "Nurbek Toktakunov of the Legal Clinic Adilet")
_ROLE_AT = re.compile(
    r"\b(?:(?:researcher|analyst|fellow|expert|director|professor|lecturer|spokesperson|spokesman|spokeswoman"
    r"|founder|head|chair|president|coordinator|lawyer|scholar|economist)s?[ \t]+(?:at|of|with)"
    r"|(?P<given>[A-Z][a-z]+)[ \t]+[A-Z][\w'’-]+[ \t]+of)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: English words of a State's organ or a part of one, besides the stems of :data:`_ORGAN_STEMS`
_ROLE_ORGANS = _HARD_ORGAN_WORDS | frozenset("""office service administration presidency cabinet assembly rada duma
senate congress department embassy mission delegation forces guard republic kingdom federation""".split())


def find_bodies_by_role(text: str, matches: list[Match], ref: Reference | None = None) -> list[tuple[int, int, str]]:
    """Bodies with no head noun of their own on an English page, named where a person's role or a person
    places someone: "a researcher at Chatham House", "Nurbek Toktakunov of the Legal Clinic Adilet" (a given
    name the names' data knows), "Rustam Haydarov of the Bureau on Human Rights and Rule of Law". The name is
    two or more capitalised words, "of", "for", "on", "and", "the" between them, up to a stop; a span another
    rule took (the OSCE's posts and bodies, the reference data's), a State's or organ's name ("head of the
    Presidential Administration") and a possessive are left out; a field of work inside the name is part of it
    ("Kylym Shamy Human Rights Centre"). Never raises."""
    known = [(m.start, m.end) for m in matches if m.kind != "field"]
    found: list[tuple[int, int, str]] = []
    for m in _ROLE_AT.finditer(text):
        if m.group("given") and not is_given_name(m.group("given")):
            continue
        words = [(w.start() + m.end(), w.end() + m.end(), w.group())
                 for w in _WORD_SPAN.finditer(text[m.end():m.end() + 100])]
        name: list[tuple[int, int, str]] = []
        for k, (wa, wb, w) in enumerate(words[:9]):
            if name and text[name[-1][1]:wa].strip(" \t"):
                break                                 # a stop, a comma or a line's end between
            if _is_capital(w) and not w.endswith(("'s", "’s")):
                name.append((wa, wb, w))
            elif name and w in ("of", "for", "on", "and", "the") and k + 1 < len(words):
                name.append((wa, wb, w))
            else:
                break
        while name and not _is_capital(name[-1][2]):
            name.pop()
        if len(name) < 2 or len(name) > 8:
            continue
        a, b = name[0][0], name[-1][1]
        label = text[a:b]
        tokens = label.split()
        if _overlaps(known, a, b) or any(a < e and s < b for s, e, _ in found) or _OSCE_NAME.search(label) \
                or any(_organ_word(t) or t.lower() in _ROLE_ORGANS for t in tokens):
            continue
        if ref is not None and any(ref.lookup(kind, label) for kind in ("state", "territory", "partner", "city",
                                                                        "organization", "post")):
            continue
        found.append((a, b, label))
    return found


def find_media(text: str, matches: list[Match]) -> list[tuple[int, int, str]]:
    """News agencies and papers named beside their noun: 'the magazine Charlie Hebdo',
    'Interfax news agency', 'news agency OSINFORM'. Never raises."""
    if not _MEDIA_HINT.search(text):
        return []
    known = [(m.start, m.end) for m in matches]
    found: list[tuple[int, int, str]] = []
    for m in _MEDIA.finditer(text):
        group = "after" if m.group("after") else "before"
        a, b = m.span(group)
        name = m.group(group)
        if any(_not_name_word(w) for w in name.split()) or _overlaps(known, a, b) \
                or any(name == n for _, _, n in found):
            continue
        found.append((a, b, name))
    return found


#: capitalised articles and prepositions that start a sentence, not a body's name
_LEADING_SMALL_WORDS = frozenset("""The A An In On At By For With Der Die Das Den Dem Des Ein Eine Le La Les Il Lo
Gli El Los Las Het Een Un Une""".split())


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word not in _LEADING_SMALL_WORDS


def _extend_left(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    first = i
    while first > 0:
        prev = words[first - 1]
        if text[prev[1]:words[first][0]].strip() or "\n" in text[prev[1]:words[first][0]]:
            break                                           # punctuation or a line's end between
        if _is_cap(prev[2]) and prev[2].lower() not in ("the",):
            first -= 1
        elif prev[2] == "and" and first >= 2 and _is_cap(words[first - 2][2]) and \
                not text[words[first - 2][1]:prev[0]].strip():
            first -= 2
        else:
            break
    return first


def _extend_right(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    """Past the head word only through 'of', 'for', 'on', 'in', 'and' + a capitalised word."""
    last = i
    while last + 1 < len(words):
        nxt = words[last + 1]
        if text[words[last][1]:nxt[0]].strip() or "\n" in text[words[last][1]:nxt[0]]:
            break
        step = 1
        if nxt[2] in _ORG_CONNECTORS or nxt[2] == "and":
            if last + 2 < len(words) and words[last + 2][2] == "the" and nxt[2] != "and":
                step = 2
            if last + step + 1 >= len(words) or not _is_cap(words[last + step + 1][2]):
                break
            step += 1
        elif not _is_cap(nxt[2]) or last == i:
            break
        if any(text[words[k][1]:words[k + 1][0]].strip() for k in range(last, last + step)):
            break
        last += step
    return last


def _add(items: list[str], label: str) -> None:
    if label not in items:
        items.append(label)


# ------------------------------------------------------------------ field operations by shape

# "Vincenzo Del Monaco", "Maria de Andorra": a State's name that is a surname after a particle
_SURNAME_PARTICLE = re.compile(r"[A-Z][a-zà-ÿ]+[ \t]+(?:Del|Della|De|Di|Da|Van|Von|Le|La|del|de|di|da|van|von)[ \t]+$"
                               r"|(?<![\w])(?:Del|Della|Di|Van|Von)[ \t]+$")
#: a capitalised word (a post, a title) or a line's start, then a word and a space
#: capitals opening a line before a word in capitals and a comma: a place written in capitals ("NOVI SAD, 10 ...")
_CAPITALS_PLACE = re.compile(rf"(?:^|\n)[ \t]*[{UPPER}][{UPPER}-]+(?:[ \t]+[{UPPER}][{UPPER}-]+)*[ \t]+$")
_GIVEN_BEFORE = re.compile(r"(?:^|[^\W\d_][^\W\d_.'-]*[ \t]+)([^\W\d_][^\W\d_'-]+)[ \t]$", re.M)


def _after_given_name(text: str, m: Match, ref: Reference) -> bool:
    """The State's name ``m`` is one capitalised word in its listed form (no case form: "Vlade
    Švajcarske" is the Swiss government's) right after a given name that is no month's name and
    follows a post or starts the line ("Statssekretær Eivind Holland"; not "In June Ukraine"), or that a person's
    apposition follows ("said Sarah Jordan, a researcher at ...")."""
    name = text[m.start:m.end]
    if m.adjective or " " in name or not name[:1].isupper() or name.isupper():
        return False
    before = _GIVEN_BEFORE.search(text, max(0, m.start - 60), m.start)
    if not before or not before.group(1)[:1].isupper() or before.group(1).isupper():
        return False
    post = text[before.start():before.start(1)].strip()
    if not ref.listed("state", name) and post.lower().rstrip(".") not in _HONORIFICS:
        return False                          # a case form is a name only after a title ("dr Anny Niemiec")
    # or a person's apposition after it: "said Sarah Jordan, a researcher at ..." (its head in lower case); a title
    # in small letters is a post too ("dr Anny Niemiec": the Polish genitive of Germany is also a surname)
    return (not post or post[:1].isupper() or post.lower() in _HONORIFICS or post.lower().rstrip(".") in _HONORIFICS
            or bool(_APPOSITION_AFTER.match(text, m.end))) \
        and is_given_name(before.group(1)) and month_number(before.group(1)) is None


_APPOSITION_AFTER = re.compile(r",[ \t]+(?:a|an|the|un|une|ein|eine|der|die)[ \t]+[a-zà-ÿ]{3,}")


def _after_particle(text: str, start: int) -> bool:
    """The State name at ``start`` follows a surname particle ('Vincenzo Del Monaco'): one in capitals, or one after a
    given name; a lower-case "de" after another word is "of" ("Ministro de Asuntos Exteriores de España", "Reino de
    España", "Ambasciata di Francia")."""
    before = text[max(0, start - 24):start]
    m = _SURNAME_PARTICLE.search(before) if before.endswith(_PARTICLE_ENDS) else None
    if m is None:
        return False
    words = m.group().split()
    return words[-1][:1].isupper() or is_given_name(words[0])


_PARTICLE_ENDS = tuple(f"{p} " for p in "Del Della De Di Da Van Von Le La del de di da van von".split()) + \
    tuple(f"{p}\t" for p in "Del Della De Di Da Van Von Le La del de di da van von".split())
# a bare generic body word that the reference data reads as an OSCE body ...
_GENERIC_BODY = re.compile(r"Secretariat|Secretary General|Assembly|Council|Mission|Centre|Presence", re.I)
# ... when another capitalised qualifier stands right before it ("FDFA General Secretariat")
_QUALIFIED = re.compile(r"(?<!OSCE)(?<!ОБСЕ)\b(?!The\b|OSCE\b)[A-Z][\w-]+[ \t]+$")
# the OSCE's name in the languages of its participating States
_OSCE_NAMES = (r"(?:OSCE|OSBE|OEBS|OESS|OBSE|OBWE|OSZE|OVSE|EBVT|ATƏT|ЕҚЫҰ|ЕКЫУ|ОБСЕ|ОБСЄ|ОЕБС|АБСЕ|ОССЕ)"
               r"(?:-?[^\W\d_]{0,4})?")
_OSCE_NAME = re.compile(_OSCE_NAMES)
# type words of field operations (stems, any case ending) -> the type in loader/data
_FO_TYPES = (
    ("SpecialMonitoringMission", r"(?:спеціальн\w*\s+моніторингов\w*\s+місі\w*|специальн\w*\s+мониторингов\w*"
                                 r"\s+мисси\w*|СММ|"
                                 # the SMM's type words in the region's other languages (F3, round 3): sr/hr/bs,
                                 # sr-Cyrl/mk/bg, tr, no/da, el, hu
                                 r"(?:specijaln|posebn)\w*\s+(?:posmatračk|promatračk|monitoring)\w*\s+misij\w*|"
                                 r"(?:специјалн|специалн)\w*\s+(?:посматрачк|мониторинг|набљудувачк|наблюдателн)\w*"
                                 r"\s+мис(?:иј|и)\w*|özel\s+(?:[İIi]zleme|gözlem|gözlemci)\s+misyon\w*|"
                                 r"(?:spesielle|særlige)\s+(?:overvåkings|observatør|overvågnings|monitorerings)mis+j?on|"
                                 r"ειδικ\w*\s+αποστολ\w*\s+παρακολούθησης|különleges\s+megfigyelő\s*misszió\w*|"
                                 # sk/cs/pl in any case ("So Špeciálnou monitorovacou misiou", "Zvláštní
                                 # monitorovací misí", "Specjalną Misją Monitoringową": F, session 14)
                                 r"(?:špeciáln|osobitn|zvláštn|speciáln)\w*\s+monitorovac\w*\s+mis\w*|"
                                 r"specjaln\w*\s+misj\w*\s+monitor\w*)"),
    ("ProgrammeOffice", r"(?:программн\w*\s+офис\w*|програмн\w*\s+офіс\w*|programsk\w*\s+kancelarij\w*|"
                        r"programme\s+office|program\s+office|"
                        # hr/bs/sl ("Programskom uredu OESS-a u Dušanbeu", "Programski urad OVSE"), sr-Cyrl/mk,
                        # sk/cs ("Programový úrad OBSE v Biškeku", "programovou kanceláří"): F, session 14
                        r"programsk\w*\s+ur[ae]d\w*|програмск\w*\s+канцелари\w*|programov\w*\s+(?:úrad|kancelá)\w*)"),
    ("ProjectCoordinator", r"(?:координатор\w*\s+проєкт\w*|координатор\w*\s+проект\w*|koordinator\w*\s+projek\w*)"),
    ("Mission", r"(?:misiun\w*|misij\w*|misio\w*|missio\w*|miss[ãa]o|мисси\w*|місі\w*|мисиј\w*|мисија\w*|"
                # Dutch, Spanish ("OVSE-Missie in Georgië", "la Misión de la OSCE en Moldova": F, session 14)
                r"missie\w*|misión)"),
    ("Presence", r"(?:prezenc\w*|присутстви\w*|присутност\w*|prisustv\w*)"),
    # a field operation's sub-office or regional centre: it names the operation that runs it
    ("FieldOffice", r"(?:полев\w*\s+офис\w*|польов\w*\s+офіс\w*|terensk\w*\s+(?:kancelarij\w*|ured\w*)|"
                    r"теренск\w*\s+канцелариј\w*|regionaln\w*\s+(?:centr\w*|kancelarij\w*|ured\w*)|"
                    r"регионалн\w*\s+(?:центр\w*|канцелариј\w*)|региональн\w*\s+(?:офис\w*|центр\w*)|"
                    r"qendr\w*\s+rajonal\w*|zyr\w*\s+(?:rajonal\w*|në\s+terren)|field\s+office|regional\s+centre|"
                    r"feldbüro\w*|regionalbüro\w*|biur\w*\s+terenow\w*|"
                    r"полев\w*\s+канцелари\w*|теренск\w*\s+канцелари\w*)"),
    ("Centre", r"(?:centr\w*|center\w*|центр\w*|qendr\w*|zentrum\w*)"),
    ("Office", r"(?:kancelarij\w*|канцелариј\w*|ured|ureda|uredu|uredom|офис|офиса|офисом|офисе|офіс|офісу|"
               r"офісом|zyr[aëe]\w*|biur[aoz]\w*|büro|bureau|ufficio)"),
)
# English type words in lower case describe an operation without naming it
_UNNAMED_ENGLISH = re.compile(r"(?:mission|missions|centre|center|presence|office)\b")
_FO_PREPOSITIONS = r"(?:în|in|u|në|ne|в|у|во|na|на|to|à|en|im|din|ў|ili|w|v|ve|no|em)"
# (a place of two words joined by a conjunction, "Bosni i Hercegovini"; not when the word after the conjunction is
# the next operation's type word: "Misija OEBS u Srbiji i Misija OEBS u Crnoj Gori", "Программным офисом ОБСЕ в
# Душанбе и Центром ОБСЕ в Ашхабаде", "Misiunea OSCE în Serbia și Misiunea OSCE în Muntenegru": F, session 14)
_FO_TYPE_WORD = "|".join(stem for _, stem in _FO_TYPES)
_FO_PLACE = (r"(?P<place>[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏҐЄІЇ][\w’'-]+"
             r"(?:[ \t]+(?:Moldova|Herzegovin\w*|Hercegovin\w*|Macedoni\w*|i|și|и|dhe|und|et|y|e|та|і)"
             rf"(?![ \t]+(?i:{_FO_TYPE_WORD})(?![\w]))[ \t]*[\w’'-]*"
             r"|[ \t]+e[ \t]+Veriut)?)")
_FO_SHAPES = tuple(
    (kind, re.compile(rf"(?i:{stem})(?![\w])(?:[ \t]+(?:de[ \t]+la|e|i|së|të|de|a|der|des|la|на|da|do)(?![\w]))?"
                      rf"(?:[ \t]+(?P<osce>{_OSCE_NAMES}))?"
                      rf"(?:[ \t]+(?:{_FO_PREPOSITIONS})[ \t]+(?:(?i:republica|republic\w*)[ \t]+)?{_FO_PLACE})?"))
    for kind, stem in _FO_TYPES)


def find_field_operations_by_shape(text: str, ref: Reference,
                                   known: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Field operations named in other languages by type word, the OSCE's name and place:
    "Misiunii OSCE în Republica Moldova", "misije OEBS u Srbiji", "Prezenca e OSBE në Tiranë",
    "Программного офиса ОБСЕ в Бишкеке", "Спеціальна моніторингова місія ОБСЄ". The place
    may be inflected; it is matched to a State, territory or city by its stem. Never raises."""
    found: list[str] = []
    # an operation the names' index found ("Verifikaciona misija OEBS na Kosovu") is not read again
    spans: list[tuple[int, int]] = list(known)
    osce_names = list(_OSCE_NAME.finditer(text))
    windows = _windows([(m.start() - 60, m.end() + 80) for m in osce_names], len(text))
    # the SMM's own type words name it after the OSCE's name anywhere earlier on the line ("... OBSE „přežívá ...“.
    # Připomněl také práci Zvláštní monitorovací mise na Ukrajině", "Місія ОБСЄ в Україні, а в 2014–2022 роках —
    # Спеціальна моніторингова місія": F, session 14)
    line_windows = _windows([(m.start() - 60, max(m.end() + 80, _line_end(text, m.end()))) for m in osce_names],
                            len(text))
    for kind, shape in _FO_SHAPES:
        smm = kind == "SpecialMonitoringMission"
        for m in (m for lo, hi in (line_windows if smm else windows) for m in shape.finditer(text, lo, hi)):
            if _overlaps(spans, m.start(), m.end()):
                continue                      # "моніторингова місія" was read as the SMM already
            if not m.group("osce") and not re.search(_OSCE_NAMES, text[max(0, m.start() - 12):m.start()]) \
                    and not (smm and _OSCE_NAME.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())):
                continue                      # "the mission in Tbilisi": whose mission is not said
            if _UNNAMED_ENGLISH.match(m.group(0)):
                continue                      # "the OSCE mission in Georgia" is not its name
            place, second = m.group("place"), None
            if kind == "SpecialMonitoringMission":
                label = next((op.label for op in ref.field_operations.values()
                              if "Special Monitoring Mission" in op.label), None)
            elif place is None:
                continue
            else:
                # "Мисија ОЕБС у Србији и Удружење ...", "... в Бишкеке и Американский ...": a place joined to
                # a word that is no place is the first word alone (RTS f3_sr, AKIpress f2_ru)
                whole = _operation_at(kind, place, ref)
                label = whole or (_operation_at(kind, place.split()[0], ref) if " " in place else None)
                if label and not whole:
                    # "Программные офисы ОБСЕ в Бишкеке и Душанбе", "Missioni OSCE in Kosovo e Serbia": the type's
                    # operation in the place after the conjunction too, an active one or the one of the city named
                    # ("... в Сербии и России" names no Mission in Russia: F, session 14)
                    second = _second_place(kind, place, ref)
            if label:
                spans.append((m.start(), m.end()))
                _add(found, label)
                if second:
                    _add(found, second)
    return found


def _line_end(text: str, i: int) -> int:
    """Where the line holding ``text[i]`` ends."""
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _second_place(kind: str, place: str, ref: Reference) -> str | None:
    """The operation of type ``kind`` in the capitalised place after a conjunction (``Бишкеке и Душанбе``), when it is
    active or its city is the one named."""
    words = place.split()
    if len(words) != 3 or not words[2][:1].isupper():
        return None
    label = _operation_at(kind, words[2], ref)
    op = ref.field_operations.get(label) if label else None
    if op is not None and (op.status == "active" or op.city is not None and _stem_lookup(words[2], ref)[1] == op.city):
        return op.label
    return None


def _windows(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Overlapping (start, end) spans merged and clipped to ``[0, size]``, in order."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted((max(0, a), min(size, b)) for a, b in spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _operation_at(kind: str, place: str, ref: Reference) -> str | None:
    """The field operation of type ``kind`` whose host State, territory or city ``place``
    names (inflected forms matched by stem); an active one before a closed one."""
    host, city = _stem_lookup(place, ref)
    if host is None and city is None:
        return None
    ops = [op for op in ref.field_operations.values()
           if re.sub(r"[\s-]", "", op.type) == kind and (op.host == host or (city and op.city == city))]
    if city:
        ops = [op for op in ops if op.city == city] or ops
    if not ops and kind == "FieldOffice":
        # "Полевой офис ОБСЕ в Оше", "Qendra rajonale e OSBE-së në Prizren": the active operation
        # in the sub-office's State or territory runs it
        ops = [op for op in ref.field_operations.values() if op.host == host and op.status == "active"]
    ops.sort(key=lambda op: op.status != "active")
    return ops[0].label if ops else None


def _stem_lookup(word: str, ref: Reference) -> tuple[str | None, str | None]:
    """(host State or territory, city) a place name names, by its label, an alias or a stem
    shared with one ("Srbiji" ~ "Srbija", "Бишкеке" ~ "Бишкек", "Shqipëri" ~ "Shqipëria"); kept
    on the reference (at most 4,097 words: the cache is emptied when full)."""
    cache: dict[str, tuple[str | None, str | None]] = ref.derived("mentions.stem_lookup", lambda _: {})
    key = word.strip()
    found = cache.get(key)
    if found is None:
        if len(cache) > 4096:
            cache.clear()
        found = cache[key] = _stem_lookup_uncached(key, ref)
    return found


def _stem_lookup_uncached(word: str, ref: Reference) -> tuple[str | None, str | None]:
    for kind in ("state", "territory"):
        label = ref.lookup(kind, word)
        if label:
            return label, None
    city = ref.lookup("city", word)
    if city:
        return ref.cities[city].state, city
    if len(word) <= 5:                        # a short city's case form ("в Оше", "u Ošu"), its stem as written
        for ending in ("ом", "е", "у", "а", "om", "u", "e", "a"):
            city = ref.lookup("city", word[:-len(ending)]) if word.endswith(ending) else None
            if city:
                return ref.cities[city].state, city
    folded = word.casefold()
    for kind in ("state", "territory", "city"):
        for label, record in ref.records(kind).items():
            for alias in (label, *record.alt_labels):
                alias = alias.split("@")[0].casefold()
                n = len(alias)
                if n >= 5 and abs(len(folded) - n) <= 3 and folded[:max(4, n - 2)] == alias[:max(4, n - 2)]:
                    if kind == "city":
                        return record.state, label
                    return label, None
    return None, None


# ------------------------------------------------------------------ persons


_PERSON_NOUNS = re.compile(
    r"(?:journalist|expert|activist|diplomat|blogger|lawyer|writer|scholar|author|colleague|dissident|"
    r"prisoner|defender|official|academician|spokesperson|spokesman|spokeswoman|trainer|researcher|"
    r"professor|judge|candidate|president|minister|ambassador|director|head|chief|chair|co-?ordinator|"
    r"rapporteur|envoy|representative|commissioner|secretary|deputy|led by|headed by|chaired by|"
    r"chancellor|leader|officer|monitor|mayor|governor|commander|speaker|premier|"
    r"moderated by|delivered by|signed by|presented by|opened by|mr\.?|ms\.?|mrs\.?|dr\.?|amb\.)\s+$", re.I)
#: a post a few words before a name set off by commas: "The current High Commissioner, Knut
#: Vollebaek, along with", "the President of the ... Council (HJPC) of BiH, Milan Tegeltija, and"
_POST_THEN_COMMA = re.compile(
    r"\b(?:head|director|chair\w*|president|minister|ambassador|commissioner|representative|secretary|"
    r"co-?ordinator|envoy|spokes\w+|prosecutor|judge|mayor|governor|leader|deputy|rapporteur|officer)\b"
    r"[^.!?\n;]{0,100},\s*$", re.I)
#: German posts and colleagues before a name, and "als <post>" after one ("Sebastian Kurz als
#: Außenminister", "Amtskollegen Angelino Alfano")
_GERMAN_POST_BEFORE = re.compile(r"\b(?:\w*kolleg\w*|\w*kanzler\w*|botschafter\w*|\w*minister\w*|"
                                 r"vorsitzend\w*|präsident\w*|generalsekretär\w*)\s+$", re.I)
_ALS_POST = re.compile(r"^\s+als\s+(?:\w+\s+){0,2}[A-ZÄÖÜ]\w*(?:minister|präsident|kanzler|botschafter|"
                       r"vorsitzende|sekretär)\w*", re.I)
_ACTION_VERBS = frozenset("""said says told added stressed noted emphasized emphasised underlined
highlighted is was has had will would serves served took takes met meets visited visits discussed
discusses called calls expressed expresses welcomed welcomes condemned condemns urged urges presented
delivered opened opens launched announced declared concluded thanked spoke joined led leads signed
received appointed assumed publishes published denounced reiterated underscored explained pointed
observed commended praised regretted deplored issued addressed attended chaired held hosted became
succeeded headed stated commented introduced reaffirmed encouraged informed sent wrote
заявил сказал отметил подчеркнул izjavio izjavila rekao rekla preuzeo preuzela je a declarat
a spus a afirmat""".split())
_APPOSITION = re.compile(r"^(?:,\s+(?:a|an|the|who|whose|one|former|current|head|director|chair)\b"
                         r"|\s*\([a-z]{1,3}\)|\s+of\s+(?:the\s+)?[A-Z]"
                         r"|\s*\((?:MP|MEP|MdB|[A-Z]{2,4}),\s*[A-Z]"          # "(MP, Portugal)"
                         r"|,\s+(?:[A-Z][\w-]*\s+){0,3}(?:Minister|President|Director|Head|Ambassador|"
                         r"Secretary|Chair\w*|Commissioner|Prosecutor)\b"       # ", Foreign Minister of"
                         r"|,\s+(?i:șef|šef|kryetar|глав|руководител|голов)\w*)")


#: a body's head noun in any case, in the region's languages: one word after a post or "according to" is the
#: body the post belongs to, no surname ("Руководитель Центра", "Глава Офиса", "Predsednik Koordinacionog tela",
#: "Președintele Parlamentului", "Sipas Misionit"; aa3_ru, o3_ru, ta5_ru_ent, k3_ru, o2_sr, x1_ro, a2_sq)
_BODY_HEAD_WORD = re.compile(
    r"(?i:centr|центр|центар|qendr|misij|misio|мисси|місі|мисиј|мисија|ofis|офис|офіс|бюро|biur|parlament|"
    r"парламент|koordinac|координац|sekretarijat|секретариат|секретаріат|секретаријат|kancelarij|канцелариј|"
    r"представительств|представництв)\w*")


def find_persons(text: str, matches: list[Match], ref: Reference, *, strict: bool = False,
                 language: str = "en") -> list[PersonMention]:
    """People named in full (or with a title and one name), with the post the text gives
    them; later surname-only mentions ("Perl said") are the same person.

    ``strict`` (pages not in English, whose capitalised nouns we cannot tell from names)
    takes only names with a title, a post, a verb of saying or a line of their own.
    Never raises."""
    taken = _Spans([(m.start, m.end) for m in matches if not m.adjective and not _city_as_given_name(text, m)])
    # the holder's name right after an institution named after its head ("EDSO Augstais komisārs nacionālo minoritāšu
    # jautājumos Kristofs Kamps", "Vysoký komisár OBSE pre národnostné menšiny Christophe Kamp")
    held = {m.end for m in matches if m.kind == "organization" and m.label in _NAMED_AFTER_HEAD}
    people: dict[str, PersonMention] = {}
    singles: list[tuple[int, str]] = []
    places = [(m.start, m.end) for m in matches if m.kind in ("city", "state", "territory")]
    for m in _NAME.finditer(text):
        run = m.group("name")
        if strict and language.split("-")[0] in ("tr", "az", "uz", "kk", "ky", "tk"):
            run = _without_trailing_body_words(run)     # "Feridun Sinirlioğlu'nu Bakanlıkta"
        elif strict and language.startswith("fi"):
            words = run.split()                         # "Feridun Sinirlioğlun Helsingissä": a place in its case
            while len(words) > 2 and _FINNISH_LOCAL_CASE.search(words[-1]):
                words.pop()
            run = run[:run.rfind(words[-1]) + len(words[-1])] if words else run
        if strict and len(run.split()) > 2:
            # "Արարատ Միրզոյանը Վիեննայում", "... Երևանում": a known place in a case after a given name and one or
            # two more words is not part of the name
            words = run.split()
            while len(words) > 2 and _overlaps(places, m.start("name") + run.rfind(words[-1]),
                                               m.start("name") + run.rfind(words[-1]) + len(words[-1])):
                words.pop()
            if len(words) <= 3 and is_given_name(words[0]):
                run = run[:run.rfind(words[-1]) + len(words[-1])]
        if strict and language.startswith("lt"):
            words = run.split()                         # "Kęstutis Budrys Vienoje", "K. Budrys Helsinkyje": a place
            while len(words) > 2 and _LITHUANIAN_LOCATIVE.search(words[-1]):   # in the locative after the name
                words.pop()
            run = run[:run.rfind(words[-1]) + len(words[-1])] if words else run
        for start, name, titled in _candidates(text, m.start("name"), run, strict):
            if name is not None and taken.overlaps(start, start + len(name)):
                start, name, titled = _after_known_name(text, taken, start, name, titled)
            if name is None or name[0] in "'’":
                continue                          # "Viyana'da Türk": a suffix left after a known place
            first = name.split()[0]
            if len(name.split()) >= 3 and _ACCORDING_TO.fullmatch(first + " "):
                # "Segundo Carlos Gaspar": "according to" opening a sentence is no given name (Segundo is one)
                start, name, titled = start + len(first) + 1, name[len(first) + 1:].lstrip(), True
            if len(name.split()) >= 3 and _GERMAN_POST_BEFORE.fullmatch(first + " "):
                # "Amtskollegen Angelino Alfano": a German noun of post before the name
                start, name, titled = start + len(first) + 1, name[len(first) + 1:].lstrip(), True
            if len(name.split()) == 1:
                if "'" in name or "’" in name:
                    name = _without_suffix(name)          # "Başkanı Kauma'yı": the case suffix off
                if titled and name.lower() not in _NOT_NAME and not _ROLE_NOUNS.fullmatch(name) \
                        and not _BODY_HEAD_WORD.fullmatch(name) \
                        and not (strict and _ADJECTIVE_ENDING.search(name)) \
                        and not _office_of_place(text, start + len(name), ref):
                    singles.append((start, name))
                continue
            if strict and _OBLIQUE_ADJECTIVE.search(name) and not any(
                    is_given_name(w) or nominative_words([w, "X"], language) for w in name.split()[:-1]):
                continue                          # "Zgromadzenia Parlamentarnego": a body's name in the genitive
            if len(name.split()) == 2 and _is_patronymic(name.split()[1]) and any(
                    k.split()[0] == name.split()[0].casefold() and len(k.split()) >= 2 for k in people):
                continue                          # "Алексей Викторович": an address to "Алексей Рогов", named before
            if strict and titled and len(name.split()) > 3:
                words = name.split()              # the last two words, with the given name before a particle the
                i = p = len(words) - 2            # family name opens ("Zaken Karel De Gucht", "Jaap de Hoop Scheffer";
                while p > 0 and _PARTICLE_WORD.fullmatch(words[p - 1]) and "." not in words[p - 1]:   # not "Angaben
                    p -= 1                                                                   # von Maria Zakharova")
                if (p < i or _PARTICLE_WORD.fullmatch(words[i]) and "." not in words[i]) and p > 0 \
                        and is_given_name(words[p - 1]):
                    i = p - 1
                tail = words[i:]
                start, name = start + _word_offset(name, i), " ".join(tail)
            if "'" in name or "’" in name:
                name = _without_suffix(name)
            start, name, titled = _from_given_name(start, name, titled, language)
            initialled = "." in name and _initialled(name) and (
                titled or bool(_PERSON_NOUNS_ANY.search(text, max(0, start - 100), start))
                or bool(_PERSON_NOUNS.search(text, max(0, start - 40), start)))
            if not (_looks_like_person(name) or initialled) or _credit_or_byline(text, start, start + len(name)):
                continue
            if (_NAMED_AFTER.search(text, max(0, start - 40), start) and not _holder_after_body(text, start)) \
                    or _HEAD_AFTER_NAME.match(text, start + len(name)) \
                    or _HOUSE_NUMBER_AFTER.match(text, start + len(name)):
                continue                          # "Rruga Ibrahim Rugova", "Fondacija Ivo Andrić": a place or body
            key = name.casefold()
            if key in people or any(_same_person(key, other) for other in people):
                # "G. Landsbergis" in the headline, "Gabrielius Landsbergis" in the text: the full name wins
                # "Il ministro Di Maio" in the headline, "Luigi Di Maio" in the text: the full name wins too
                shorter = [k for k in people if _same_person(key, k) and (
                    _is_initial(k.split()[0]) and not _is_initial(key.split()[0])
                    or _PARTICLE_WORD.fullmatch(k.split()[0]) and len(k.split()) < len(key.split())
                    and key.split()[-len(k.split()):] == k.split() and is_given_name(name.split()[0]))]
                if not shorter:
                    continue
                for k in shorter:
                    del people[k]
            post = _post_for(text, start, start + len(name))
            if post:
                post = _with_standing_post(text, start, start + len(name), post, ref)
            nominative = _nominative(text, name) if strict else name
            if strict and nominative == name and language.split("-")[0] in ("az", "tr", "tk", "uz", "kk", "ky"):
                words = name.split()
                if not ((is_female(words[0]) or words[0].endswith("ə") or language.startswith("uz"))
                        and _WOMANS_TURKIC_NAME.search(words[-1])):
                    # (a woman's family name in -ova is as written: "Aynur Həsənova ilə"; an Azerbaijani given name
                    # in -ə is a woman's, "Sahibə Qafarova", "Ülviyyə Əliyeva"; Uzbek's dative is -ga, never a bare
                    # -a: "Dilorom Fayziyeva")
                    nominative = " ".join([*words[:-1], without_turkic_suffix(words[-1])])
                if nominative == name and language.split("-")[0] in ("kk", "ky") and len(words) == 2 \
                        and is_given_name(words[0]):
                    # "Feridun Sinirlioglymen", "Кристоф Кампның": a foreign family name with its case suffix
                    nominative = " ".join([words[0], _without_kazakh_kyrgyz_suffix(words[1])])
                if nominative == name and len(words) >= 2 and is_given_name(words[0]) \
                        and not is_given_name(words[-1]):
                    # "Феридун Синирлиоглуды", "Кристоф Кампты", "Хельга Мария Шмидті" (the Kazakh accusative);
                    # "Roberto Montellanın", "Kristof Kampın" (the Azerbaijani genitive): the suffix the last
                    # sound asks for, off a foreign family name (not off one that is a given name too: "Aydın")
                    nominative = " ".join([*words[:-1], _without_turkic_case(words[-1], language, text)])
            if strict and nominative == name and language.startswith("mn") and len(name.split()) >= 2 \
                    and is_given_name(name.split()[0]):
                # "Хелга Мария Шмидийг", "Кампын": the accusative or genitive suffix off a family name's last word
                nominative = _MONGOLIAN_CASE.sub("", name) if _MONGOLIAN_CASE.search(name) else name
            if strict and nominative == name and language.startswith("hy"):
                words = name.split()              # "Արարատ Միրզոյանը": the article or case ending off
                nominative = " ".join([*words[:-1], without_armenian_suffix(words[-1], is_given_name(words[0]))])
            if nominative == name and _TURKIC_CYRILLIC_CASE.search(name):
                # "Садыр Жапаровдун", "Тоқаевтың": a Kyrgyz or Kazakh case suffix after a family name in -ov/-in
                nominative = _TURKIC_CYRILLIC_CASE.sub(r"\1", name)
            if strict and nominative == name and language.startswith("sl") and len(name.split()) == 2 \
                    and _SLOVENE_WOMANS_POST.search(text, max(0, start - 80), start):
                nominative = " ".join(slovene_woman(name.split()) or name.split())   # "s predsednico ... Pio Kaumo"
            if strict and language.startswith("et") and _ESTONIAN_COMITATIVE.search(name):
                nominative = _ESTONIAN_COMITATIVE.sub("", name)    # "Helga Maria Schmidiga": the comitative off
            if strict and language.startswith("et") and _ESTONIAN_GENITIVE.match(text, start + len(name)) \
                    and name.endswith("se") and len(name.split()[-1]) >= 5:
                nominative = name[:-1]            # "Mart Kallase sõnul": a family name in -s in the genitive
            if strict and nominative == name and language.startswith("sq"):
                nominative = " ".join(nominative_words(name.split(), language) or name.split())   # "Erebarës"
            if strict and language.startswith("fi") and (_FINNISH_GENITIVE_POST.search(text, max(0, start - 40), start)
                                                         or (_FINNISH_MEETS.search(text, max(0, start - 100), start)
                                                             and is_given_name(name.split()[0]))):
                # "pääsihteerin Feridun Sinirlioğlun": the name agrees with its post; "tapasi ... ulkoministeri Ararat
                # Mirzojanin": the object of a verb of meeting is in the accusative, whatever case its post is in
                words = name.split()
                nominative = " ".join([*words[:-1], _without_finnish_genitive(words[-1])])
            if strict and language.startswith("hu"):
                words = name.split()              # "Sinirlioğlut", "Szijjártó Péterrel": a case suffix off
                nominative = " ".join([*words[:-1], without_hungarian_suffix(words[-1])])
            if strict and nominative == name and language.startswith("el"):
                nominative = " ".join(greek_nominative(name.split(), text, _greek_masculine_before(text, start))
                                      or name.split())
            if strict and nominative == name and language.split("-")[0] in _DECLINING \
                    and not _alone_on_line(text, start, start + len(name)):
                # "Sergeja Lavrova", "Сергеем Лавровым": a given name in an oblique case (a name that is its line's
                # whole text, a press contact's under "Контакты", has no word to govern a case: "Нурия Осмоналиева"
                # is a woman's name in the nominative, not a man's in the genitive)
                nominative = " ".join(nominative_words(name.split(), language) or name.split())
            if strict and nominative == name and language.split("-")[0] in _DECLINING:
                nominative = _bare_surname_nominative(text, name, language)
            if strict and not (post or titled) and _rubric_line(text, start, start + len(name)):
                continue                          # "Sala Stampa", "Dünya": the first line of a page is its rubric
            # a capitalised pair the text also gives in another case ("Батырова" ... "Батыров") is a name
            if not (post or titled or initialled or nominative != name or _given_name_first(text, start, name)
                    or any(e <= start <= e + 2 and not text[e:start].strip(" ,") for e in held)
                    or language.startswith("hu") and _given_name_last(name)
                    or _CONTACT_BEFORE.search(text, max(0, start - 60), start)
                    or _has_person_context(text, start, start + len(name), name, strict)):
                continue
            if strict and nominative == name and language.split("-")[0] in _DECLINING:
                # a person by other evidence whose given name the dictionary lacks: every word with the same
                # instrumental or genitive ending has it off ("przedstawicielem ... Harlemem Désirem")
                nominative = _same_ending_off(name)
            if strict and language.startswith("sl") and nominative != name:
                nominative = _without_slovene_j(name, nominative)
            if language.split("-")[0] in ("bg", "mk") and len(name.split()) >= 2:
                nominative = name                 # Bulgarian and Macedonian do not decline names: "Мирча" is Mirča
            if nominative != name and is_female(name.split()[0]) and not is_female(nominative.split()[0]) \
                    and _WOMANS_POST_BEFORE.search(text, max(0, start - 120), start):
                # a woman's post before her name ("Predsjednica ... Pia Kauma", "pirmininkė Pia Kauma"): her name as
                # written, not a man's genitive ("Pio Kaum")
                nominative = name
            written = None
            if nominative != name:
                name, key, written = nominative, nominative.casefold(), name
                if key in people:
                    continue
            people[key] = PersonMention(name=name, written=written)
            if post:
                people[key].post = post
                people[key].organization = _organization_in(post, ref)
    surnames = {p.name.split()[-1].casefold() for p in people.values()}
    full = [p.written or p.name for p in people.values() if len(p.name.split()) >= 2]
    for start, name in singles:
        # "Šef Ureda, veleposlanik Jorge Fuentes", "Голова Програми підтримки Ліна Жейлер", "Veleposlanik Ruske
        # federacije pri OVSE Aleksander ...": a capitalised word after a post's noun, with a full name right after it
        # in the same sentence, is the post's own word (its office, its State), not a person named by one name
        after = text[start + len(name):start + len(name) + 60]
        if any(0 <= after.find(f) and not re.search(r"[.!?;:]", after[:after.find(f)]) for f in full):
            continue
        if name.casefold() not in surnames and name.casefold() not in people:
            people[name.casefold()] = PersonMention(name=name)
            post = _post_before(text[max(0, start - 160):start])
            if post:
                people[name.casefold()].post = post
                people[name.casefold()].organization = _organization_in(post, ref)
    if _GEORGIAN_LETTER.search(text):
        for at, name in georgian_names(text):
            if name.casefold() not in people and not _credit_or_byline(text, at):   # "ავტორი: ..." is a byline
                people[name.casefold()] = PersonMention(name=name)
    for key in [k for k, p in people.items() if not person_evidence(p, text).person]:
        dropped = people.pop(key)             # page furniture, the rest of a noun phrase (loader/resolve.py)
        words = dropped.name.split()
        if len(words) >= 3 and is_given_name(words[1]) and dropped.written is None:
            # "Ministro degli Esteri Antonio Tajani": the phrase's last word, then the name
            named = PersonMention(name=" ".join(words[1:]), post=dropped.post, organization=dropped.organization)
            if named.name.casefold() not in people and person_evidence(named, text).person:
                people[named.name.casefold()] = named
    for start, end, name in compact_initialled(text):      # "С.В.Лаврова": initials close up to the name
        if name.casefold() not in people and not _credit_or_byline(text, start, end) \
                and not taken.overlaps(start, end):
            people[name.casefold()] = PersonMention(name=name, written=text[start:end] if text[start:end] != name
                                                    else None)
    # "Secretario de Estado", "Jefe del Departamento Federal", "Кіраўніком Офіса", "Monitor": a post's words,
    # capitalised before the holder's name or alone, are no person when no word of them is a given name
    for key in [k for k, p in people.items() if _post_words_only(p.name) or _after_elision(text, p.name)
                or _adjective_first(p.name)]:
        del people[key]
    # "A.Əliyeva", "М.Нуртлеу", "Ա. Միրզոյան", "Y.H.Çevik": initials and a family name repeat a person the page names
    # in full ("Aygün Əliyeva", "Мурат Нуртлеу", "Yaşar Halit Çevik"): one person, by the full name
    for key in [k for k, p in people.items() if _repeats_a_full_name(p.name, people.values())]:
        del people[key]
    _merge_case_variants(people, text)
    for key in [k for k, p in people.items() if _particle_without_given_name(p.name)]:
        del people[key]
    for person in people.values():
        if person.post is None:
            post = _later_post(text, person.name)
            if post:
                person.post = post
                person.organization = _organization_in(post, ref)
    return list(people.values())


#: the article that opens the phrase before a Greek name, at most six words before it in its clause: "του"/"τον" a
#: man's (genitive, accusative), "της"/"την"/"τη" a woman's; the first one counts ("τον Πρόεδρο της Βουλής ...")
_GREEK_PHRASE_BEFORE = re.compile(r"(?<![^\s(])(?P<article>του|τον|της|την|τη)[ \t]+(?:[^\s.,;:!?()]+[ \t]+){1,5}\Z")


def _greek_masculine_before(text: str, start: int) -> bool:
    """A masculine article opens the phrase the Greek name at ``start`` ends: its post and the name agree with it."""
    m = _GREEK_PHRASE_BEFORE.search(text, max(0, start - 90), start)
    return m is not None and m.group("article") in ("του", "τον")


@functools.cache
def _post_word_first() -> re.Pattern[str]:
    """A post's first word in the region's languages (:data:`_PERSON_NOUNS_ANY`'s stems, and "jefe", "кіраўнік", the
    English "head", "chief", "monitor"), any ending."""
    stems = _PERSON_NOUNS_ANY.pattern[5:_PERSON_NOUNS_ANY.pattern.index(r")\w*\b")]
    return re.compile(r"(?i:(?:" + stems + r"|jefe|jefa|кіраўні|кирауні|monitor|head|chief|secretary|director)"
                      r"[\w'’-]*)")


def _post_words_only(name: str) -> bool:
    """``name`` opens with a post's word (:func:`_post_word_first`) and none of its words is a given name."""
    words = name.split()
    return bool(words) and bool(_post_word_first().fullmatch(words[0])) and not any(is_given_name(w) for w in words)


#: a relational adjective's endings, the first word of a noun phrase and never of a person's name: Russian, Ukrainian,
#: Belarusian "-ский" in its oblique cases ("Кыргызской Республики"), German "-isch" with an ending
#: ("Eidgenössisches Departement"), Greek "-ικός" in its cases ("Ελληνικής Προεδρίας")
_ADJECTIVE_FIRST = re.compile(r"(?:[сц]к(?:ой|ого|ому|их|ими|ая|ое|ую)|ськ(?:ої|ого|ому|их|ий|а|е|у)"
                              r"|[сц]к(?:ага|аму|ай|ім)|isch(?:e|es|en|er|em)|ικ(?:ής|ού|ός|ή|ό|ών|οί|ές|ά))$")


def _adjective_first(name: str) -> bool:
    """``name``'s first word ends as a relational adjective (:data:`_ADJECTIVE_FIRST`) and none of its words is a given
    name: an adjective and the noun it qualifies, capitalised as a body's or post's name, no person."""
    words = name.split()
    return len(words) >= 2 and len(words[0]) > 5 and bool(_ADJECTIVE_FIRST.search(words[0].lower())) \
        and not any(is_given_name(w) for w in words)


def _after_elision(text: str, name: str) -> bool:
    """``name`` has no given name among its words and the text writes it after a Romance elided article or preposition
    ("la ministra d'Afers Exteriors", "del Ministero dell'Interno"): a noun phrase's complement, no person."""
    words = name.split()
    if not words or any(is_given_name(w) for w in words):
        return False
    return bool(re.search(r"(?<![^\W\d_])(?:d|l|dell|all|nell|sull|dall)['’]" + re.escape(name) + r"(?![\w'’-])", text))


_INITIALS_AND_NAME = re.compile(r"((?:[^\W\d_]\.[ \t]*){1,3})([^\W\d_][\w'’-]{2,})")


def _repeats_a_full_name(name: str, people: Iterable[PersonMention]) -> bool:
    """``name`` is one to three capital initials and a family name ("A.Əliyeva", "Ա. Միրզոյան") that another person
    of the page has in full: the same family name (in any case form, :func:`_same_stem`) and a first given name with
    the first initial."""
    m = _INITIALS_AND_NAME.fullmatch(name)
    if not m or not all(c.isupper() for c in m.group(1) if c.isalpha()):
        return False
    first, family = m.group(1)[0].casefold(), m.group(2).casefold()
    for other in people:
        words = other.name.casefold().split()
        if len(words) >= 2 and other.name != name and not words[0].endswith(".") and words[0].startswith(first) \
                and _same_stem(words[-1], family):
            return True
    return False


def _same_stem(a: str, b: str) -> bool:
    """Two words that are one word in two cases: the same but for an ending of up to three letters each, after a
    stem of three letters or more ("Maria"/"Mario", "Christophe"/"Christoph", "Məcid"/"Məcidin")."""
    if a == b:
        return True
    common = len(os.path.commonprefix((a, b)))
    return common >= 3 and len(a) - common <= 3 and len(b) - common <= 3


def _merge_case_variants(people: dict[str, PersonMention], text: str) -> None:
    """One person the page names in two cases is one person, under the form the text gives first ("Maria Telalian"
    ... "z Mario Telalian", "Christophe Kamp" ... "s Christophom Kampom" read as "Christoph Kamp", "Rəşad Məcid" ...
    "Rəşad Məcidin"); a name with one more word after it ("Алексей Рогов Программалык") or its family name alone
    with a case ending ("Միրզոյանը") is that person too."""
    if len(people) < 2:
        return
    keys = list(people)
    first = {k: text.find(people[k].written or people[k].name) for k in keys}
    for k in keys:
        if k not in people:
            continue
        a = k.split()
        for other in keys:
            if other == k or other not in people or k not in people:
                continue
            b = other.split()
            if len(a) == len(b) and len(a) >= 2:
                same = all(_same_stem(x, y) for x, y in zip(a, b))
            elif len(a) == 1 and len(b) >= 2:
                same = a[0] != b[-1] and a[0].startswith(b[-1]) and len(a[0]) - len(b[-1]) <= 3
            elif len(a) == len(b) + 1 and len(b) >= 2:
                same = a[:-1] == b
            else:
                same = False
            if not same:
                continue
            if len(a) == len(b) and 0 <= first[k] and (first[other] < 0 or first[k] < first[other]):
                people.pop(other)             # the form the text gives first stays
            else:
                people.pop(k)


#: institutions named after their head (tests/gold/README.md): a name right after one is its holder's
_NAMED_AFTER_HEAD = frozenset({"OSCE High Commissioner on National Minorities",
                               "OSCE Representative on Freedom of the Media"})


#: "of" and a capitalised phrase after a one-word name: "the Deputy Bashkan of Gagauzia", "the General
#: Inspectorate of Border Police"
_OF_PHRASE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<what>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})")


def _office_of_place(text: str, end: int, ref: Reference) -> bool:
    """A one-word "name" after a title that is an office or body of a place or service ("Deputy Bashkan of
    Gagauzia", "General Inspectorate of Border Police"), not a person's surname; a sovereign's "of" and
    its State ("Queen Beatrix of the Netherlands") stays a person."""
    m = _OF_PHRASE.match(text, end)
    return m is not None and not ref.scan(m.group("what"), ("state",), adjectives=False)


#: an East Slavic body's head in an oblique case right before a name, and up to five words before it a post
_OBLIQUE_HEAD_BEFORE = re.compile(r"(?i:(?<![\w-])(?P<head>" + "|".join(_EAST_SLAVIC_HEADS) + r"))[ \t]+$")


_POST_AND_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:pro)?(?:rektor|rector|dekan|direktor|dyrektor|ředitel|riaditeľ|predsed|předsed|prezes|predsjednik|"
    r"predsednik|председател|директор|ректор|декан)\w*)[ \t]+[a-zа-яёіїєґà-ž][^\W\d_]+[ \t]+\Z")


def _holder_after_body(text: str, start: int) -> bool:
    """The name at ``start`` follows a body's name in the genitive that follows a post ("ректор Белорусского
    государственного университета Андрей Король", "ректора Ошского государственного университета Кудайберди
    Кожобекова"): the post's holder, not a body named after a person ("Университет Ибрахима Руговы")."""
    m = _OBLIQUE_HEAD_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        # a post, then the body's noun in lower case, then the name: "rektor univerzity Marek Hudec" (m2_sk),
        # "dekan fakulteta ...", "direktor instituta ...": the post's holder
        return bool(_POST_AND_NOUN_BEFORE.search(text, max(0, start - 40), start))
    words = text[max(0, m.start() - 80):m.start()].split()[-5:]
    return any(_EAST_SLAVIC_POST.fullmatch(w.lower().strip(",.;:")) for w in words)


#: what stands right before a photo credit or a byline's name ("(OSCE/Name)", "Photo: Name",
#: "Фото: Name", "By Name", "Autor: Name"): such a name is not a person the page mentions
_CREDIT_BEFORE = re.compile(
    r"(?:\([^()\n]{0,40}/\s*|(?i:\b(?:photo|photos|foto|fotografija|fotografia|fotografie|фото|світлина|"
    r"credit|credits|image|picture|bild|autor|autorka|author|authors|автор|авторка|piše|pisze|written|"
    r"zdjęcie|zdjęcia|fot|snimak|snimio|fotoğraf|şəkil|reporting|editing|беседовал|беседовала|подготовил|"
    r"подготовила|записал|записала|raportoi|përgatiti|opracował|opracowała|interviewed|interview|интервью|"
    r"intervju|wywiad|"
    r"reported|text|tekst|текст|ავტორი|հեղինակ|συντάκτης|müəllif|yazar|autorius|autors|szerző)\b"
    r"(?:\s+(?:by|von|par|di|de|od|führte|führten|vodio|vodila|провел|провела))?"
    r"\s*[:/©-]?\s*)|©\s*|^[ \t•·*-]*(?:By|Von|Par|Di|Por|Door|От|by|von|par|di|por|door|от)\s+"
    # an editor's label ("Toimetaja: ...", "Редактор: ...", "Editor: ..."; e4_ro, e5_et, j3_et, v1_bg, v8_et, x3_ro)
    r"|(?i:\b(?:editor|editora|toimetaja|toimittaja|redaktor|redaktorka|редактор|urednik|urednica|уредник)"
    r"[ \t]*:[ \t]*))$",
    re.M)


#: a credit's agency after the name: "Piotr Nowak / PAP", "Name/Reuters"
_CREDIT_AFTER = re.compile(r"[ \t]*/[ \t]*[\w&.-]+(?:[ \t]+[\w&.-]+)?[ \t]*\)?[ \t]*$", re.M)


def _credit_or_byline(text: str, start: int, end: int | None = None) -> bool:
    """The name at ``start`` is a photo credit or a byline, not a person the page mentions."""
    if _CREDIT_BEFORE.search(text[max(0, start - 60):start]):
        return True
    return end is not None and bool(_CREDIT_AFTER.match(text, end, min(len(text), end + 40)))


#: an apostrophe and a Turkish or Azerbaijani case suffix after a name ("Erdoğan'ın", "Əliyev'ə")
_NAME_SUFFIX = re.compile(r"['’][^\W\d_]{1,4}$")


def _without_suffix(name: str) -> str:
    """A name without a case suffix set off by an apostrophe ("Recep Tayyip Erdoğan'ın"); the
    English possessive is left to the callers."""
    m = _NAME_SUFFIX.search(name)
    if m and m.group(0)[1:].lower() != "s":
        return name[:m.start()]
    return name


#: a street, square, school, foundation, ... written right before a person's name is named after
#: them: the name is the place's or body's, not a person the page mentions (stems, any case ending)
_NAMED_AFTER = re.compile(
    r"(?i:\b(?:rrug|ulic|ulit|улиц|вулиц|alej|trg|трг|sheshi|piazz|plac|platz|straße|strasse|strada|bulevar|бульвар|"
    r"булевар|calea|prospekt|проспект|площад|avenue|street|square|fondacij|fondaci|fundaci|fundați|fundaţi|stiftung|"
    r"fondazzjoni|fondazione|fundação|"
    r"centar|centr|qendr|institut|univerzit|universit|uniwersytet|университет|університет|универзитет|škol|shkoll|школ|szkoł|"
    r"gimnazij|гимнази|akademi|академи|bibliotek|библиотек|бібліотек|muze|музе|teat|театр|stadion|стадион|"
    r"aeroport|airport|аэропорт|аеропорт|bolnic|hospital|nagrad|nagrod|награ|prize|premio|premij(?!er)|premiu|преми(?!ер|јер)|имени|імені|"
    r"imienia|im\.)"
    r"[^\W\d_]*\.?[ \t]+(?:(?:e|i|named after|nazvan\w* po|названн\w* в честь)[ \t]+)?[\"“„«]?"
    r"|\bnamed after[ \t]+)$")

#: the same with the body's noun after the name, as Turkic, Finno-Ugric and English names put it ("Yunus Emre
#: Enstitüsü'nün", "Heydər Əliyev Fondu", "Folke Bernadotte Academy", "Corvinus Egyetem"; round 7, d1 tr, b5 sv)
#: a house number after a name, then a comma, a bar or the line's end: a street named after a person in an address
#: ("Rr. Fehmi Agani 1, Prishtinë", "Fra Anđela Zvizdovića 1, 71000 Sarajevo")
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*[,|]|[ \t]*$)", re.M)
_HEAD_AFTER_NAME = re.compile(
    r"(?:['’][^\W\d_]{1,4})?[ \t-]+(?i:enstit|üniversite|universitet|vakf|fond[uv]|akademi|academy|foundation|"
    r"institute|university|egyetem|alapítvány|intézet|stiftung|ülikool|yliopisto|instituut|universiteit|"
    r"prize|award|street|avenue|square|school|library|museum|birliğ|derneğ|federasyon)")


def _city_as_given_name(text: str, m: Match) -> bool:
    """A city's name that is a given name right before a capitalised word is a person's first
    name ("Milan Tegeltija", "Victoria Nuland", "Sofia Ivanova"), unless that word belongs to a
    body's, place's or document's name ("Sofia Declaration")."""
    if m.kind != "city" or " " in text[m.start:m.end] or not is_given_name(text[m.start:m.end]):
        return False
    after = re.match(rf"[ \t]+({_NAME_TOKEN})(?![\w-])", text[m.end:m.end + 40])
    return after is not None and not _not_name_word(after.group(1)) and not is_given_name(after.group(1))


def _from_given_name(start: int, name: str, titled: bool, language: str = "en") -> tuple[int, str, bool]:
    """A run of capitalised words whose first ones are no given name but a later one is starts at
    that given name: "Prezydent Andrzej Duda", "Cumhurbaşkanı Recep Tayyip Erdoğan", "Danas
    Ivica Dačić" (a post or a sentence's first word in a language whose posts we do not list),
    also a given name in an oblique case ("Мажилиса Ерланом Кошановым").
    Two words at least are left; the words cut off count as a title before the name."""
    words = name.split()
    if len(words) < 3 or is_given_name(words[0]) or _PARTICLE_WORD.fullmatch(words[0]):
        return start, name, titled
    declining = language.split("-")[0] in _DECLINING
    if declining and _given_or_same(words[0], language) != words[0]:
        return start, name, titled            # "Гельгою Марією Шмід": the first word is a given name, declined
    for i in range(1, len(words) - 1):
        given = is_given_name(words[i]) or declining and nominative_words(words[i:i + 2], language) is not None
        if given and not _not_name_word(words[i]):
            if any(is_given_name(w) for w in words[:i]):
                break
            at = name.index(words[i], sum(len(w) + 1 for w in words[:i]) - 1)
            return start + at, name[at:], True
    return start, name, titled


_PARTICLE_WORD = re.compile(_PARTICLE + r"|[A-Z]\.", re.I)


#: a line in headline case: most of its words capitalised (given names there are less telling)
_WORDS = re.compile(r"[^\W\d_]+")


def _given_name_first(text: str, start: int, name: str) -> bool:
    """The name's first word is a given name of the OSCE region (:mod:`.names`) and its others
    are not words of a body's or place's name; not on a line in headline case, where "Grant",
    "Will" or "Victoria" start phrases as often as names."""
    words = name.split()
    if not (2 <= len(words) <= 4) or not is_given_name(words[0]) or any(_not_name_word(w) for w in words):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    whole = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    line = _WORDS.findall(whole)
    capitals = sum(1 for w in line if w[0].isupper())
    return not (len(line) >= 5 and capitals >= 0.8 * len(line) and not whole.endswith((".", "!", "?")))


def _after_known_name(text: str, taken: _Spans, start: int, name: str,
                      titled: bool) -> tuple[int, str | None, bool]:
    """The name after a State, city or body written right before it: 'Srbije Aleksandar
    Vučić' (after 'Predsednik') -> 'Aleksandar Vučić', 'Бишкеке Кристофер Блэр' -> 'Кристофер
    Блэр'. None when fewer than two words are left or the known name is inside the rest."""
    end = start + len(name)
    cut = taken.furthest(start, end)
    assert cut is not None                # called only when a known name overlaps the name
    rest = text[cut:end]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.strip()
    if len(rest.split()) < 2 or taken.overlaps(cut + lead, end):
        return start, None, False
    before = text[max(0, start - 80):start]
    titled = titled or bool(_PERSON_NOUNS_ANY.search(before))
    return cut + lead, rest, titled


#: posts before a name, in the languages of the pages (lower case, any ending)
#: professions before a name in the region's languages, with their endings ("Der Politologe", "Le journaliste",
#: "Премиерот", "Соціологиня"; round 7, d1 de, fr, mk, uk)
_PROFESSIONS = (r"politolog|soziolog|sociolog|политолог|політолог|социолог|соціолог|journalist|журналист|журналіст|"
                r"novinar|новинар|gazeteci|dziennikar|δημοσιογρ|forscher|chercheu|ricercat|investigador|analyst|"
                r"analist|аналитик|аналітик|historiker|historik|istoric|историк|історик|премиер|премијер|")
#: a profession right before a name
_PROFESSION_BEFORE = re.compile(r"\b(?:" + _PROFESSIONS.rstrip("|") + r")\w*\s+$", re.I)
_PERSON_NOUNS_ANY = re.compile(
    r"\b(?:руководител|глав|председател|заместител|голов|заступник|посол|министр|міністр|президент|"
    r"šef|predsedni|predsjedni|ambasador|ministr|kryetar|kryeministr|president|președint|șef|"
    r"außenminister|generalsekret|представител|представник|посланник|спикер|премьер|прем'єр|"
    r"prezydent|premier|ambasador|wiceminist|sekretarz|przewodnicz|rzeczni|szef|przedstawiciel|dyrektor|"
    r"prezident|nazir|səfir|sədr|rəhbər|katib|cumhurbaşkan|bakan|büyükelçi|başkan|temsilci|"
    r"ministre|présidente?|ambassadeur|secrétaire|porte-parole|directeur|directrice|"
    r"ministro|ambasciatore|segretario|direttore|portavoce|embajador|secretario|"
    r"ministrul|ambasadorul|premierul|purtător|"
    r"ministri|ministrja|ambasadori|presidenti|kryeministr|zëdhënës|zëvendës|"
    r"premijer|direktor|portparol|zamjenik|zamenik|"
    r"sprecher|botschafter|staatssekret|bundeskanzler|bundespräsident|vorsitz|"
    r"voorzitter|woordvoerder|ambassadeur|staatssecretaris|"
    r"nümayəndə|müavin|köməkçi|müşavir|sözçü|sözcü|danışman|müsteşar|yardımcı|sekreter|"
    r"υπουργ|υφυπουργ|πρόεδρ|προέδρ|πρωθυπουργ|γραμματ|πρέσβ|εκπρόσωπ|επικεφαλ|διευθυντ|"
    r"նախարար|նախագահ|վարչապետ|քարտուղար|դեսպան|ներկայացուցիչ|տնօրեն|ղեկավար|խոսնակ|"
    r"předsed|velvysl|ředitel|náměst|mluvčí|pirminink|atstov|sekretor|уповноважен|уполномочен|речник|"
    r"депутат|помощник|помічник|советник|радник|sekretar|ombudsm|омбудсм|"
    r"амбасадор|министер|министар|претседател|шеф|заменик|посланик|пратеник|портпарол|секретар|"
    # a rector's, dean's, director's post, and Kazakh, Kyrgyz and Uzbek posts ("университет ректоры", "одағының
    # төрағасы", "басшысы", "хатшысы", "өкілі", "raisi", "rahbari": m3_kk, i3_kk, j3_ky)
    r"ректор|проректор|rektor|prorektor|rector|rettore|декан|dekan|директор|төраға|басшы|хатшы|өкіл|raisi|rahbar|"
    # a commissioner ("Augstais komisārs ... Kristofs Kamps": m1_lv, j3_lv; "Vysoký komisár", "Wysoki Komisarz")
    r"komisār|komisarz|komisár|komisař|комисар|комиссар|комісар"
    r")\w*\b[^.!?\n]*$",
    re.I)
#: a post after a name and a comma, a word or two later in any of those languages ("Ο Θάνος Ντόκος, πρώην γενικός
#: διευθυντής", "Иван Петров, бывший посол"; round 7, d1 el)
_POST_AFTER_COMMA = re.compile(
    r"^,\s+(?:[^\W\d_]+\s+){0,2}(?:" + _PROFESSIONS
    + _PERSON_NOUNS_ANY.pattern[5:_PERSON_NOUNS_ANY.pattern.index(r")\w*\b")] + ")",
    re.I)


#: "according to" before a name in the region's languages: what a person says follows (round 7, b5_nl, d3_nl)
_ACCORDING_TO = re.compile(r"(?i:\b(?:volgens|according to|laut|selon|según|segundo|secondo|według|podle|podľa|prema|"
                           r"према|"
                           r"по словам|за словами|sipas|szerint|enligt|ifølge|mukaan))\s+$")


def _has_person_context(text: str, start: int, end: int, name: str, strict: bool = False) -> bool:
    """Evidence that a capitalised pair of words is a person: a person noun before it, a
    verb or apposition after it, a line of its own, or its surname used alone elsewhere."""
    if _PERSON_NOUNS.search(text[max(0, start - 40):start]) or _ACCORDING_TO.search(text, max(0, start - 20), start):
        return True
    if _PERSON_NOUNS_ANY.search(text[max(0, start - 40):start]) or _PROFESSION_BEFORE.search(text, max(0, start - 40),
                                                                                             start):
        return True                           # "ambasadori Vincenzo Del Monaco", "Kryeministrin, Edi Rama"
    after = text[end:end + 60]
    if _APPOSITION.match(after) or _POST_AFTER_COMMA.match(after):
        return True
    before = text[max(0, start - 160):start]
    if before.rstrip().endswith(",") and re.match(r"^\s*(?:,|\)|and\b|und\b|i\b)", after) \
            and _POST_THEN_COMMA.search(before):
        return True
    if _GERMAN_POST_BEFORE.search(before[-40:]) or _ALS_POST.match(after):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and re.match(r"^,\s+[^\W\d_A-Z]", after) and len(name.split()) <= 3:
        return True                           # "Claus Neukirch, se arată îngrijorat ...": who, then what
    next_word = re.match(r"^\s+([^\W\d_]+)", after)
    if next_word and next_word.group(1).lower() in _ACTION_VERBS:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else len(text)].strip(" ,."):
        return True
    tokens = name.split()
    surname = re.escape(tokens[-1])
    for m in re.finditer(rf"(?<![\w-]){surname}(?![\w-])", text):
        if strict and not _next_to_verb(text, m.start(), m.end()):
            continue
        preceding = text[max(0, m.start() - len(tokens[-2]) - 2):m.start()]
        if not (start <= m.start() < end) and not preceding.strip().endswith(tokens[-2]):
            return True
    return False


_GEORGIAN_LETTER = re.compile("[\u10d0-\u10ff]")
#: a patronymic (Russian, Ukrainian, Belarusian; Latin transliterations too)
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ич|овна|евна|ична|инична|ovich|evich|ovna|evna|ovych|ivna)$")
#: oblique endings that every word of a man's name takes alike (instrumental, genitive, dative)
_SHARED_ENDINGS = ("ого", "ому", "ым", "ом", "ем", "em", "om")


def _same_ending_off(name: str) -> str:
    """``name`` with an oblique ending every one of its words shares taken off ("Harlemem Désirem"),
    or the given names' instrumental ending off and the family name's adjectival one put back
    ("Mattejem Spasovskim" -> "Mattej Spasovski"); else as it is."""
    words = name.split()
    for ending in _SHARED_ENDINGS:
        if len(words) >= 2 and all(w.endswith(ending) and len(w) - len(ending) >= 3 for w in words):
            return " ".join(w[:-len(ending)] for w in words)
    if len(words) >= 2 and all(w.endswith(("em", "ем")) and len(w) >= 5 for w in words[:-1]) \
            and words[-1].endswith(("skim", "ckim", "ским", "цким")):
        return " ".join([*(w[:-2] for w in words[:-1]), surname_nominative(words[-1])])
    return name


#: a woman's post (a feminine noun of office in the nominative: Croatian, Serbian, Bosnian, Slovene "-ica", "-kinja",
#: Lithuanian "-ė", Czech "-yně") before a name in the same sentence
_WOMANS_POST_BEFORE = re.compile(r"\b[^\W\d_]{4,}(?:ica|kinja|ė|yně)\b[^.!?\n]{0,110}$")


def _without_slovene_j(written: str, nominative: str) -> str:
    """Slovene declines a man's name in -r or -i with a j before the ending ("Bujarjem Osmanijem", "Borutom
    Pahorjem", "Svetozarjem"): the j goes with the ending, unless the word with it is a given name ("Dimitrij")."""
    words, cased = nominative.split(), written.split()
    if len(words) != len(cased):
        return nominative
    return " ".join(n[:-1] if n != w and w.startswith(n) and n.endswith(("rj", "ij")) and len(n) >= 4
                    and not is_given_name(n) else n for n, w in zip(words, cased))


def _is_patronymic(word: str) -> bool:
    """A patronymic is a given name with its suffix ("Викторович" from "Виктор"); a family name that
    ends alike is not ("Лукашевич")."""
    m = _PATRONYMIC.search(word)
    if not m:
        return False
    stem = word[:m.start()]
    return any(is_given_name(stem + tail, foreign=False) for tail in ("", "й", "ь", "a", "а"))


#: a last word with the ending of an adjective in an oblique case (Polish, Czech, Slovak, Russian,
#: Ukrainian, Serbian): a name of a body in the genitive unless a given name stands before it
_OBLIQUE_ADJECTIVE = re.compile(r"(?:nego|skiego|owego|ego|emu|nej|ych|ого|ому|ной|ных|ского|ської|ського|нога|ног)$")
#: endings of adjectives in an oblique case in Cyrillic ("Программного"): a word alone with one is no surname
_ADJECTIVE_ENDING = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ых|их|ая|яя|ое|ее|ую|юю)$")
#: languages whose pages write names in oblique cases (Slavic and Baltic)
_DECLINING = frozenset("ru uk be bg mk sr hr bs cnr sl cs sk pl lt lv".split())
#: case endings of names in the inflecting languages of the pages, longest first
_NAME_CASE_ENDINGS = ("ого", "ому", "ым", "ом", "ой", "ою", "ем", "ою", "а", "у", "е", "om", "em", "u", "a", "e")


#: a lower-case word that joins a family name's parts ("Martins da Cruz", "Del Ponte" aside) or a phrase's ("Portavoz de
#: la Presidencia", "Podul de la Gura Bîcului", "Gran Jural del Estado")
_LOWER_PARTICLE = re.compile(r"[ \t](?:de|del|della|da|di|do|dos|das|du)[ \t]")


def _particle_without_given_name(name: str) -> bool:
    """``name`` joins its words with a lower-case particle and opens with no given name: a phrase, no person's name
    ("Portavoz de la Presidencia", "Ziarul de Gardă"); "Miguel Ángel Martins da Cruz" opens with one."""
    first = name.split()[0]
    return bool(_LOWER_PARTICLE.search(name)) and not is_given_name(first) and not _INITIAL_TOKEN.fullmatch(first)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is its line's whole text (spaces and a closing stop or comma aside)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip(" \t.,;")


def _nominative(text: str, name: str) -> str:
    """A name in an inflected case back in the nominative, when the text itself shows the
    bare surname elsewhere ("Кадыржана Батырова" with "Батыров" later -> "Кадыржан Батыров");
    the given names lose the same ending. Without that evidence the name stays as written."""
    tokens = name.split()
    surname = tokens[-1]
    for ending in _NAME_CASE_ENDINGS:
        stem = surname[:-len(ending)]
        if not surname.endswith(ending) or len(stem) < 3 or not all(t.endswith(ending) for t in tokens):
            continue                          # given names inflect with the surname ("Жогорку Кенеша" do not)
        if re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text):
            given = [t[:-len(ending)] if len(t) - len(ending) >= 3 else t for t in tokens[:-1]]
            return " ".join([*given, stem])
    return name


def _next_to_verb(text: str, start: int, end: int) -> bool:
    before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 30):start])
    after = re.match(r"^[ \t]+([^\W\d_]+)", text[end:end + 30])
    return any(m and m.group(1).lower() in _ACTION_VERBS for m in (before, after))


_SMALL_WORD = re.compile("[a-z]+")


def _token_kind(token: str) -> int:
    """1 for a title or a post's word ("Minister", "Υπουργός"), 2 for a word of a body's, place's or
    document's name, 0 for a word a name may hold (kept for the next run: tokens repeat; a token of more than
    :data:`_CACHED_WORD_CHARS` characters is answered afresh, never kept)."""
    return _token_kind_kept(token) if len(token) <= _CACHED_WORD_CHARS else _token_kind_kept.__wrapped__(token)


@functools.lru_cache(maxsize=16384)
def _token_kind_kept(token: str) -> int:
    low = token.lower().rstrip(".")
    if low in _HONORIFICS or low.startswith(_POST_BY2.get(low[:2], ())) or _ROLE_NOUNS.fullmatch(token):
        return 1
    return 2 if _not_name_word(token) else 0


#: a government's or chamber's name in the genitive after a post that may also be a given name
#: ("Predsjednik Vlade", "predsednica Vlade", "Председник Владе")
_GOVERNMENT_GENITIVE = re.compile(r"(?:Vlade|Vlady|Vlády|Владе|Влади|Skupštine|Скупштине|Sabora|Vijeća|Savjeta)")


def _strip_honorifics(start: int, name: str) -> tuple[int, str | None, bool]:
    """Drop titles and the words of a post before the name proper.

    'Counter-terrorism Coordinator Gilles de Kerchove' -> 'Gilles de Kerchove'. The flag
    says a title or post stood right before the name.
    """
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(name)]
    cut = 0
    titled = False
    names = 0
    for i, (_, token) in enumerate(tokens):
        kind = _token_kind(token)
        if kind == 1 and names and i + 1 < len(tokens) and _INITIAL_TOKEN.fullmatch(token) \
                and not _token_kind(tokens[i - 1][1]):
            kind = 0                          # "Fletcher M. Burton": a middle initial after a name's word, not "M."
        if kind == 2 and names >= 2 and re.fullmatch(_PARTICLE, tokens[i - 1][1]):
            # "Wouter Zweers van Instituut Clingendael": a body's word after a name ends the name
            tokens = tokens[:i - 1]
            break
        if kind:
            cut, titled, names = i + 1, kind == 1, 0
        elif not _SMALL_WORD.fullmatch(token):
            names += 1
    tokens = tokens[cut:]
    while tokens and _SMALL_WORD.fullmatch(tokens[0][1]):      # a particle left at the front
        tokens = tokens[1:]
    if titled and len(tokens) >= 3 and is_given_name(tokens[1][1]) and (
            not is_given_name(tokens[0][1]) or _GOVERNMENT_GENITIVE.fullmatch(tokens[0][1])):
        tokens = tokens[1:]                   # "Predsjednik Vlade Andrej Plenković": the post's own noun
    # "Gerhard Mangott von der Universität Innsbruck": a body's word after the name ends it, with the
    # particles before it (round 7, d1 de; names run on across "von der", "de la", "van de")
    body = next((k for k in range(2, len(tokens)) if tokens[k][1] in _ORG_HEADS or _not_name_word(tokens[k][1])), None)
    if body is not None:
        tokens = tokens[:body]
        while len(tokens) > 2 and re.fullmatch(_PARTICLE, tokens[-1][1]):
            tokens.pop()
    if not tokens:
        return start, None, False
    at = tokens[0][0]
    return start + at, name[at:tokens[-1][0] + len(tokens[-1][1])], titled


#: lower-case posts that Azerbaijani and Turkish write after the capitalised words of a body
#: ("Xarici İşlər naziri", "Prezident Administrasiyasının rəhbəri"), so after a name the run may hold
_TURKIC_POST_AFTER = re.compile(r"[ \t]+(?:naziri|nazirinin|sədri|sədrinin|rəhbəri|rəhbərinin|müavini|köməkçisi|"
                                r"nümayəndəsi|səfiri|katibi|bakanı|başkanı|sözcüsü|temsilcisi|büyükelçisi|"
                                r"müsteşarı|sekreteri|yardımcısı|danışmanı)\b")


_TOKEN = re.compile(r"\S+")
#: Finnish local cases (inessive, elative, adessive, ablative, allative) and the translative: a
#: capitalised word in one of them after a name is a place or a body, not part of the name
#: a Lithuanian locative ("Vienoje", "Helsinkyje", "Briuselyje", "Kijeve"'s -je forms): no name's nominative ends so
_LITHUANIAN_LOCATIVE = re.compile(r"(?:oje|yje|uje|ėje|ije)$")
_FINNISH_LOCAL_CASE = re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi)$")
#: a Finnish post in the genitive right before a name ("pääsihteerin", "ministerin", "presidentin")
_FINNISH_GENITIVE_POST = re.compile(r"\b(?:pääsihteeri|ministeri|ulkoministeri|presidenti|pääministeri|suurlähettilää|"
                                    r"puheenjohtaja|edustaja|johtaja|erityisedustaja|komissaari)n[ \t]+$", re.I)


#: a verb of meeting (singular, or its infinitives) earlier in the sentence: the name after it is its object
_FINNISH_MEETS = re.compile(r"\b(?:tapaa|tapasi|tavata|tapaamaan|tapaamassa|tapaisi)\b[^.!?\n]*$")


def _without_finnish_genitive(word: str) -> str:
    """A family name without the Finnish genitive: "-n" after a vowel ("Sinirlioğlun", "Niinistön"),
    "-in" after a consonant ("Marinin", "Stubbin"); a Finnish name in -nen has it in -sen ("Valtosen")."""
    if len(word) > 5 and word.endswith("sen") and word[0].isupper():
        return word[:-3] + "nen"
    if len(word) > 5 and word.endswith("in") and word[-3].lower() not in "aeiouyäöıü":
        return word[:-2]
    if len(word) > 4 and word.endswith("n") and word[-2].lower() in "aeiouyäöıü":
        return word[:-1]
    return word
#: a Slovene woman's post in the accusative or instrumental before her name ("s predsednico",
#: "z generalno sekretarko", "ministrico")
_SLOVENE_WOMANS_POST = re.compile(r"\b\w+(?:ico|ko)\b[^.\n]{0,60}$")
#: the Estonian comitative (and its linking vowel after a consonant) on a name's last word ("Schmidiga")
#: Estonian postpositions after a name in the genitive ("Mart Kallase sõnul", "... arvates")
_ESTONIAN_GENITIVE = re.compile(r"[ \t]+(?:sõnul|arvates|hinnangul|teatel|kinnitusel|sõnutsi|väitel)\b")
#: a woman's family name of the Turkic-speaking States (as written, not a man's in the dative)
_WOMANS_TURKIC_NAME = re.compile(r"(?:ova|eva|yeva|ова|ева)$")
_ESTONIAN_COMITATIVE = re.compile(r"(?<=[^\W\d_]{3}[^\Waeiouõäöü\d_])[ie]ga$|(?<=[^\W\d_]{3}[aeiuõäöü])ga$")
#: Kazakh and Kyrgyz case suffixes of three letters or more (genitive, ablative, instrumental) on a foreign
#: family name, in Cyrillic and in Kazakh Latin letters; the two-letter accusative and dative endings are
#: left alone, as native family names end so too ("Тілеуберді")
_KAZAKH_KYRGYZ_SUFFIX = re.compile(
    r"(?:менен|тың|тің|дың|дің|ның|нің|тын|тин|дын|дин|нын|нин|пен|бен|мен|тан|тен|дан|ден|нан|нен|"
    r"tyń|tiń|dyń|diń|nyń|niń|pen|ben|men|tan|ten|dan|den|nan|nen)$")


#: a Mongolian accusative, genitive or comitative suffix after a family name of four letters or more (a
#: Mongolian family name, a patronymic, is itself a genitive and comes first: "Батын Батцэцэг")
_MONGOLIAN_CASE = re.compile(r"(?<=[А-ЯЁӨҮа-яёөү]{4})(?:ийг|ыг|ийн|ын|тай|тэй|той)$")


#: the Kazakh and Kyrgyz accusative after a vowel (н-), a voiced consonant, л, р, у, й (д-) or a voiceless one or
#: б, в, г, д (т-)
_TURKIC_ACCUSATIVE = re.compile(r"(?:(?<=[аәеёиоөұүыіэюяу])н|(?<=[лрйзжмнңу])д|(?<=[пткқсшфхцчбвгд])т)"
                                r"(?:ы|і|и|у|ү)$")
_BERDI = re.compile(r"берд[іиы]$", re.I)
#: the Azerbaijani and Turkish genitive after a consonant: -ın/-in/-un/-ün
_TURKIC_GENITIVE = re.compile(r"(?<=[^\Waıeəiouöü\d_])(?:ın|in|un|ün)$")
#: the vowel of a genitive suffix each last vowel of its stem asks for (vowel harmony)
_HARMONY = {"a": "ı", "ı": "ı", "e": "i", "ə": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}


def _without_turkic_case(word: str, language: str, text: str = "") -> str:
    """A foreign family name without the accusative (Kazakh, Kyrgyz) or genitive (Azerbaijani, Turkish) suffix the
    sentence gave it, when its stem keeps four letters and, for the genitive, the suffix's vowel is the one the stem's
    last vowel asks for ("Kampın" -> "Kamp"; "Pushkin" stays: its u asks for -un). After a vowel and n the genitive
    is -ın on a stem in -n or -nın on a stem in the vowel: the one the text also writes as a word ("Roberto Montella
    ..." and "Montellanın"), else none."""
    code = language.split("-")[0]
    if code in ("kk", "ky"):
        m = _TURKIC_ACCUSATIVE.search(word)           # (the region's names in -берді, "gave", end so themselves:
        return word[:m.start()] if m and m.start() >= 4 and not _BERDI.search(word) else word   # "Тілеуберді")
    if code not in ("az", "tr"):
        return word
    m = _TURKIC_GENITIVE.search(word)
    if not m or m.start() < 4:
        return word
    stem = word[:m.start()]
    if stem.endswith("n") and stem[-2:-1].lower() in _HARMONY:
        # "Montella" + "nın" or "Putin" + "in": the one the text writes as a word, else neither
        written = [k for k in (stem[:-1], stem) if re.search(rf"(?<!\w){re.escape(k)}(?![\w'’])", text)]
        if not written:
            return word
        stem = written[0]
    vowels = [c for c in stem.lower() if c in _HARMONY]
    return stem if vowels and _HARMONY[vowels[-1]] == word[-2] else word


def _without_kazakh_kyrgyz_suffix(word: str) -> str:
    """A foreign family name without the case suffix a Kazakh or Kyrgyz sentence gave it ("Кампның" ->
    "Камп", "Sinirlioglymen" -> "Sinirliogly"); a word that would keep fewer than four letters stays."""
    m = _KAZAKH_KYRGYZ_SUFFIX.search(word)
    return word[:m.start()] if m and m.start() >= 4 else word


#: Kyrgyz and Kazakh case suffixes on a family name of Russian shape (genitive, dative, accusative,
#: ablative, locative, comitative): no Russian form ends so, whatever the page's language is read as
_TURKIC_CYRILLIC_CASE = re.compile(
    r"((?:ов|ев|ёв|ин|ова|ева|ина)(?<=\w))(?:дун|дын|дин|дүн|нын|нин|нун|нүн|ның|нің|дың|дің|тың|тің|го|га|ге|гө|ка|кө|"
    r"ға|ғе|қа|ду|ды|ди|дү|ні|ді|ты|ті|дон|дан|ден|дөн|тан|тен|нан|нен|до|да|де|дө|та|те|мен|бен|пен|менен)$")


def _candidates(text: str, start: int, run: str, strict: bool = True) -> list[tuple[int, str | None, bool]]:
    """The names a run of capitalised words holds: the one after its titles and posts
    (:func:`_strip_honorifics`), and a name it starts with when the next person's post follows it
    ("Toyvo Klaar Prezident Administrasiyasının rəhbəri Samir Nuriyev", "Endryu Şofer Xarici İşlər
    naziri"): the words up to the first post or body word, when they are two or more. Not on English
    pages, where a post stands before its holder ("Georgian Prime Minister ...")."""
    out: list[tuple[int, str | None, bool]] = []
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(run)] if strict and run.count(" ") >= 2 else []
    if len(tokens) >= 3:
        post_at = next((i for i, (_, t) in enumerate(tokens)
                        if t.lower().rstrip(".") in _HONORIFICS or _ROLE_NOUNS.fullmatch(t)
                        or t.lower().startswith(_POST_BY2.get(t.lower()[:2], ()))), None)
        followed = post_at is None and bool(_TURKIC_POST_AFTER.match(text, start + len(run)))
        if post_at is not None or followed:
            cut = next((i for i, (_, t) in enumerate(tokens) if _not_name_word(t)
                        or t.lower().rstrip(".") in _HONORIFICS or _ROLE_NOUNS.fullmatch(t)
                        or t.lower().startswith(_POST_BY2.get(t.lower()[:2], ()))), len(tokens))
            if cut >= 2 and cut < len(tokens) and (post_at is None or cut <= post_at):
                at, last = tokens[cut - 1]
                out.append((start, run[:at + len(last)], False))
    out.append(_strip_honorifics(start, run))
    return out


def _without_trailing_body_words(name: str) -> str:
    """A name without the words of a body's name that a Turkish or Azerbaijani sentence writes,
    capitalised and with a case suffix, right after it ("... Sinirlioğlu'nu Bakanlıkta kabul etti")."""
    words = name.split()
    while len(words) > 2 and _token_kind(words[-1]) == 2:
        words.pop()
    # "Baxtiyor Saidov Yevropada ...": a given name and a family name of the region's shape end the name
    if len(words) > 2 and is_given_name(words[0]) and turkic_family_name(words[1]):
        words = words[:2]
    # "Pia Kauma'yı Ankara'da": the suffix after an apostrophe closes the name it is on
    marked = next((i for i, w in enumerate(words[1:], 1) if "'" in w or "’" in w), None)
    if marked is not None and marked < len(words) - 1:
        words = words[:marked + 1]
    return " ".join(words)


def _given_name_last(name: str) -> bool:
    """Hungarian order: a family name, then a given name ("Szijjártó Péter", "Menczer Tamás")."""
    words = name.split()
    return len(words) == 2 and is_given_name(words[1]) and not is_given_name(words[0]) \
        and not any(_not_name_word(w) for w in words)


def _rubric_line(text: str, start: int, end: int) -> bool:
    """The name is the whole first line of a text of several lines (a site's rubric)."""
    first = text.find("\n")
    return 0 < first and end <= first and not text[:start].strip() and not text[end:first].strip()


def _initialled(name: str) -> bool:
    """An initial or two, then one family name ("Н. Абдиров", "J. Smith")."""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and all(_INITIAL_TOKEN.fullmatch(t) for t in tokens[:-1]) \
        and len(tokens[-1]) >= 3 and not _INITIAL_TOKEN.fullmatch(tokens[-1]) and not _not_name_word(tokens[-1])


def _bare_surname_nominative(text: str, name: str, language: str) -> str:
    """A name in an oblique case whose family name the text also writes bare ("s ... Mattea
    Mecacciho" ... "Mecacci se setkal"): the family name as the text writes it alone, the given
    name with its case ending off when that gives a known given name; else ``name``."""
    words = name.split()
    surname = words[-1]
    written: frozenset[str] | None = None
    for ending, nominative_ending in surname_endings():
        if not surname.endswith(ending) or len(surname) - len(ending) < 3:
            continue
        bare = surname[:-len(ending)] + nominative_ending
        if bare == surname:
            continue
        written = _words_of(text) if written is None else written
        if bare in written:
            given = [_given_or_same(w, language) for w in words[:-1]]
            if given and is_given_name(given[0]):
                return " ".join([*given, bare])
            return name
    return name


@functools.lru_cache(maxsize=8)
def _words_of(text: str) -> frozenset[str]:
    """The words ``text`` writes, as written (a document's text is split once, not once a name)."""
    return frozenset(re.findall(r"(?<![\w-])[^\W\d_]+(?![\w-])", text))


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


class _Spans:
    """Spans sorted by start with the furthest end reached so far: whether any overlaps [start, end) and the
    furthest end of those that do, by bisection. ``_overlaps`` walks every span, once a name: a page naming a city
    20,000 times (220 KB of "Vienna, 12 ", bench/hostile_input.py) took 5.0 s to extract, most of it in those
    walks; 1.2 s with this (same output)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def furthest(self, start: int, end: int) -> int | None:
        """The furthest end of the spans overlapping [start, end), None when none does."""
        i = bisect.bisect_left(self._starts, end)        # the spans starting before end
        return self._reach[i - 1] if i and self._reach[i - 1] > start else None

    def overlaps(self, start: int, end: int) -> bool:
        return self.furthest(start, end) is not None


_LATIN_INITIAL = re.compile(r"[A-Z]\.")


#: articles that are a particle of a name only after "von", "van", "de" ("von der Leyen", "Van der Bellen"); else
#: a German or Dutch noun phrase ("Lage der Medien") or a Romance place ("di Trieste")
_ARTICLE_PARTICLES = frozenset("der den dem des die het".split())
_ARTICLE_OPENERS = frozenset("von van vom de ter".split())


def _looks_like_person(name: str) -> bool:
    tokens = name.split()
    words = [t for t in tokens if not _LATIN_INITIAL.fullmatch(t)]
    if len(words) < 2 or any(_not_name_word(t) for t in tokens):
        return False
    if len(tokens) == 2 and tokens[0].islower() or any(
            t in _ARTICLE_PARTICLES and tokens[i - 1].lower() not in _ARTICLE_OPENERS for i, t in enumerate(tokens)
            if i):
        return False                          # "di Trieste", "Lage der Medien"
    if any(t.lower().endswith(("’s", "'s")) for t in tokens[:-1]):
        return False
    if len(tokens) >= 3 and tokens[1] in ("von", "vom", "van") and not is_given_name(tokens[0]) \
            and not _LATIN_INITIAL.fullmatch(tokens[0]):
        return False                          # "Bekämpfung von Antisemitismus", "Jahreswechsel von Finnland": a noun's
    return not _LATIN_INITIAL.fullmatch(tokens[-1])   # "von" (a name's follows a given name: "Max van der Stoel")


#: stems of the continents' and regions' names in the pages' languages and scripts, any case
#: ending ("Савета Европе", "Evropës", "Azji"): never a word of a person's name
_REGION_STEMS = ("europ", "evrop", "avrop", "avrup", "европ", "європ", "ευρωπ", "ευρώπ", "եվրոպ", "asia", "azij",
                 "azji", "asya", "азия", "азиял", "ασία", "ασια",
                 "азии", "азія", "азиј", "amerik", "америк", "afrik", "африк", "balkan", "балкан", "kavkaz", "кавказ",
                 "caucas", "kafkas", "qafqaz", "kaukaz", "kaukas", "καύκασ", "καυκασ", "կովկաս", "avrasya", "avrasiya",
                 "karabakh", "karabağ", "qarabağ", "карабах", "ղարաբաղ", "καραμπάχ",
                 # the compass words of regions' and States' names ("Kuzey Makedonya", "Cənubi Qafqaz")
                 "şimal", "cənub", "şərq", "qərb", "северн", "южн", "північн", "південн", "sjevern", "βόρει",
                 "νότι", "հյուսիսային", "հարավային", "šiaurės", "ziemeļ", "dienvid", "północn", "południow")
#: compass words that are also given names or begin them ("Güney", "Doğukan"), as whole words only
_COMPASS_WORDS = frozenset("kuzey güney doğu batı".split())
#: stems of the head nouns and qualifiers of bodies' names in the pages' languages (any case ending or
#: suffix): "Administrasiyasının", "Komissarlığı", "Úřadem", "Υπουργείο": never a word of a person's name
_BODY_STEMS = (
    # Azerbaijani, Turkish
    "nazirl", "bakanl", "dışişl", "içişl", "xarici", "daxili", "komissarl", "komiserl", "komitə", "komite",
    "administr", "təsisat", "teşkilat", "təşkilat", "idarə", "idares", "büro", "məclis", "meclis", "şura",
    "ittifaq", "birliy", "birliğ", "cəmiyyət", "cemiyet", "agentl", "ajans", "vakf", "vakıf", "mərkəz", "merkez",
    "üniversit", "enstit", "hüquq", "hukuk", "seçki", "komissiya", "komisyon", "missiya", "misyon", "səfirl",
    "büyükelçil", "dövlət", "devlet", "respublika", "cumhuriyet", "qaçqın", "mülteci", "demokratik", "beynəlxalq",
    "uluslararas", "milli", "prezidentl", "cumhurbaşkanl", "başkanl", "nümayəndəl", "temsilcil", "yüksek",
    # Czech, Slovak, Slavic and Baltic bodies
    "úřad", "výbor", "sněmov", "snemov", "vysokého", "vysoký", "komisař", "ministerst", "velvyslanect", "nadac",
    "sdružen", "agentur", "управлін", "управлен", "уповноважен", "уполномочен", "агентств", "асоціац", "ассоциац",
    "товарист", "udruž", "vijeć", "agencij", "kancelarij", "ombudsm", "омбудсм", "ministerij", "draugij", "tarnyb",
    "biedrīb", "aģentūr", "organizac", "организац", "організац",
    # Hungarian bodies (f1_hu: "az EBESZ Állandó Tanácsának" read as a person; d2_hu's academy)
    "tanács", "bizottság", "egyetem", "intézet", "alapítvány", "szövetség", "hivatal", "minisztérium", "egyesület",
    # institution words in oblique cases next to persons (line j and m: "Együttműködési Szervezet", "Poliției de
    # Frontieră", "Tartu Ülikooli", "Təhlükəsizlik Konfransına", "Saeimas Cilvēktiesību")
    "szervezet", "együttműköd", "poliți", "poliţi", "frontier", "ülikool", "konfrans", "konferen", "saeim",
    "cilvēktiesīb", "rádio", "радио", "радіо", "təhlükəsizl", "güvenl",
    # Kazakh: foreign, internal, republic, Europe, State, national, international (e4_kk, x2_kk, x8_kk)
    "сыртқы", "ішкі", "республика", "еуроп", "мемлекет", "ұлттық", "халықаралық",
    # foundations, missions and institutes in any case (H6, after b4: "Fundacji Solidarności
    # Międzynarodowej", "Misiuni de Monitorizare Speciale")
    "fundacj", "fundaț", "fundaţ", "fondacij", "misiun", "misij", "misji", "instytut", "monitoriz", "monitorując",
    "międzynarod", "международ", "міжнарод", "međunarod", "medjunarod", "ndërkombëtar", "internațional",
    "internaţional", "solidarnoś",
    # Spanish, Italian, Portuguese ministries
    "asunto", "exteriore", "ministerio", "relacione", "negocio", "estrangeiro",
    # Romanian
    "afaceri", "externe", "integrăr", "integrar", "apărăr", "aparar", "ministerul", "guvernul", "consiliul",
    # Greek
    "υπουργ", "υφυπουργ", "οργανισμ", "επιτροπ", "αρμοστ", "συμβούλ", "συμβουλ", "κοινοβούλ", "βουλή", "ένωσ",
    "ινστιτούτ", "πανεπιστ", "διεθν", "ύπατ", "γενικ", "γραφεί",
    # Armenian
    "նախարար", "կազմակերպ", "կոմիտե", "գրասենյակ", "խորհրդ", "խորհուրդ", "միություն", "միության", "հանձնաժող",
    "ժողով", "միջազգային", "համալսար", "գործերի",
    # round 2 (S, line n and others): a mission in Cyrillic with its article ("За Мисијата", "Денес Мисијата":
    # n2_mk, a1_mk), an agency in Romance languages ("Agenția Națională de Presă": n2_ro, c-line mastheads), a
    # commissioner and a parliament in Azerbaijani and as French writes it ("Ali Komissarı", "Milli Majlis":
    # n2_az, n2_fr), a Hungarian assembly ("Parlamenti Közgyűlésének": n2_hu, e6_hu)
    "мисиј", "мисия", "миссия", "місія", "місії", "agenți", "agenţi", "agenzi", "agência", "komissar", "majlis",
    "mejlis", "közgyűl",
    # session 11 (M): the Turkish Grand National Assembly's words ("Türkiye Büyük Millet Meclisi Başkanı ...": ab2_tr,
    # mb3_tr), a commission and a State's body in Polish and South Slavic ("Państwowej Komisji Wyborczej", "Državne
    # volilne komisije": ab1_pl, mb1_sl), a mission and a representative in Spanish ("el Jefe de la Misión", "el Alto
    # Representante": ab2_es, mb1_es)
    "büyük", "millet", "komisj", "držav", "misión", "represent",
)
#: posts before a name in the scripts and languages the English lists miss (stems, any case ending):
#: "Υπουργός", "Υφυπουργού", "նախարար", "nümayəndəsi"
_POST_STEMS = ("υπουργ", "υφυπουργ", "πρόεδρ", "προέδρ", "πρωθυπουργ", "γραμματ", "πρέσβ", "εκπρόσωπ", "επικεφαλ",
               "διευθυντ", "նախարար", "նախագահ", "վարչապետ", "քարտուղար", "դեսպան", "ներկայացուցիչ", "տնօրեն",
               "ղեկավար", "խոսնակ", "nümayəndə", "müavin", "köməkçi", "müşavir", "sözçü", "sözcü", "danışman",
               "müsteşar", "yardımcı", "sekreter", "ministr", "pirminink", "prezident", "başkan", "büyükelçi",
               "temsilci",
               # professions before a name, with their endings ("Der Politologe", "Премиерот"; round 7, d1 de, mk)
               "politolog", "soziolog", "sociolog", "политолог", "політолог", "социолог", "соціолог", "journalist",
               "премиер", "премијер", "forscher", "historiker", "аналитик", "аналітик")
_GREEK_WORD = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def _by_first_letters(stems: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Stems by their first two letters, so a word is compared with a few of them only."""
    index: dict[str, list[str]] = {}
    for stem in stems:
        index.setdefault(stem[:2], []).append(stem)
    return {k: tuple(v) for k, v in index.items()}


_REGION_BY2 = _by_first_letters(_REGION_STEMS)
_BODY_BY2 = _by_first_letters(_BODY_STEMS)
_POST_BY2 = _by_first_letters(_POST_STEMS)


def _not_name_word(token: str) -> bool:
    """A word of a body's, place's or document's name ('Missions' as well as 'Mission')."""
    low = token.lower().strip("’'")
    return (low in _NOT_NAME or len(low) > 4 and low.endswith("s") and low[:-1] in _NOT_NAME
            or low.startswith(_REGION_BY2.get(low[:2], ())) or low in _COMPASS_WORDS
            or low.startswith(_BODY_BY2.get(low[:2], ())) and not is_given_name(token)
            # a Greek genitive plural ("Εξωτερικών", "Δικαιωμάτων") is no word of a name, nor a Romanian
            # one ("Afacerilor", "Națiunilor")
            or low.endswith(("ών", "ων")) and bool(_GREEK_WORD.match(low))
            or low.endswith(("ilor", "elor")) and len(low) > 6)


def _word_offset(text: str, i: int) -> int:
    """Where the ``i``-th word of ``text`` (words parted by whitespace) starts."""
    return [m.start() for m in re.finditer(r"\S+", text)][i]


def _same_person(key: str, other: str) -> bool:
    """'raphael f. perl' and 'raphael perl' are one person; so are 'marc perrin de
    brichambaut' and 'perrin de brichambaut'."""
    a, b = key.split(), other.split()
    shorter, longer = sorted((a, b), key=len)
    if len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1] and a[0] != b[0] and (
            _is_initial(a[0]) and b[0].startswith(a[0][0]) or _is_initial(b[0]) and a[0].startswith(b[0][0])):
        return True                           # "g. landsbergis" and "gabrielius landsbergis"
    return (a[0] == b[0] and a[-1] == b[-1]) or (len(shorter) >= 2 and longer[-len(shorter):] == shorter)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".") and word[0].isalpha()


_POST_WORD = r"(?:[A-Z0-9][\w’'/-]*|of|the|for|on|and|in|to|against|at|with|de|du|des|within)"
_POST_AFTER = re.compile(rf"^,[ \t]+(?:the[ \t]+)?(?P<post>[A-Z][\w’'/-]*(?:[ \t]+{_POST_WORD}){{0,16}})"
                         r"[ \t*]*(?=[,;.)\n]|[ \t]+\(|[ \t]+(?:said|told|says|added|and)\b|$)")
_POST_BEFORE_WORDS = re.compile(r"(?:[A-Z][\w’'-]*|of|the|for|on|and|in|to|OSCE|EU|UN|[a-z]+-[a-z-]+)")
_PURE_HONORIFICS = frozenset("""mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady his her
excellency h.e. madam mister ambassador academician ambassadeur ambasadoarea ambasadorul""".split())
_GENERAL_POSTS = ("secretary", "director", "attorney", "governor", "inspector", "consul", "procurator")


def _post_for(text: str, start: int, end: int) -> str | None:
    """The post written right before the name, else right after it, else in a
    'the Post, Name' apposition."""
    before = _post_before(text[max(0, start - 160):start])
    if before:
        return before
    after = _POST_AFTER.match(text[end:end + 200])
    if after and _ROLE_NOUNS.search(after.group("post")):
        return _tidy_post(after.group("post"))
    return _post_apposition(text[max(0, start - 200):start])


#: what joins two posts of one person: "OSCE Chairman-in-Office, Finnish Foreign Minister ..."
_POST_JOIN = re.compile(r"^\s*(?:,|\band\b)\s*(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?$")


def _with_standing_post(text: str, start: int, end: int, post: str, ref: Reference) -> str:
    """The post, with a standing post the text gives the same person beside it.

    'the OSCE Chairman-in-Office, Finnish Foreign Minister Ilkka Kanerva' -> 'OSCE
    Chairman-in-Office, Finnish Foreign Minister'; 'Greek Foreign Minister Dora Bakoyannis,
    the OSCE Chairperson-in-Office' -> 'Greek Foreign Minister, OSCE Chairperson-in-Office'.
    """
    if ref.lookup("post", post):
        return post
    at = text.rfind(post, max(0, start - 240), start)
    if at >= 0:
        lead = text[max(0, at - 80):at]
        for m in reversed(ref.scan(lead, ("post",))):
            if _POST_JOIN.match(lead[m.end:]):
                return _tidy_post(lead[m.start:] + post)
    after = re.match(r"^,\s+(?:the\s+)?(\S.{0,60}?)(?=\s*[,.;)]|\s+(?:said|says|told)\b)", text[end:end + 90])
    if after and ref.lookup("post", after.group(1)):
        return f"{post}, {_tidy_post(after.group(1))}"
    return post


def _post_before(prefix: str) -> str | None:
    """'... included EU Counter-terrorism Coordinator ' -> 'EU Counter-terrorism Coordinator'."""
    if not prefix.endswith((" ", "\t")):
        return None
    words = re.split(r"[ \t]+", prefix.rsplit("\n", 1)[-1].rstrip())
    taken: list[str] = []
    for word in reversed(words):
        if not word or not _POST_BEFORE_WORDS.fullmatch(word) or word.endswith((",", ".", ";", ":")):
            break
        if word in ("and", "or") and taken and taken[0].lower() not in _NOT_NAME:
            break
        if word[0].isupper() and taken and word.lower() not in _NOT_NAME and word.lower() not in _HONORIFICS \
                and not _ROLE_NOUNS.fullmatch(word) and taken[0] in ("and", "or"):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in ("the", "of", "and", "for", "on", "in", "to", "or"):
        taken.pop(0)
    while taken and (taken[-1].lower() in _PURE_HONORIFICS or taken[-1] == "General"
                     and not (len(taken) > 1 and taken[-2].lower() in _GENERAL_POSTS)):
        taken.pop()
    if not taken or not _ROLE_NOUNS.search(" ".join(taken)):
        return None
    return _tidy_post(" ".join(taken))


def _post_apposition(prefix: str) -> str | None:
    """'... the Secretary General of the Collective Security Treaty Organization, ' -> that post."""
    if not prefix.rstrip().endswith(","):
        return None
    clause = re.split(r"[.;:(\"“”]|\band\b(?![ \t]+[A-Z])|\b(?:with|by|said|told|met|including|from)\b",
                      prefix.rstrip()[:-1])[-1]
    m = re.search(r"(?:\b(?:the|The)\s+(?:(?:current|former|new|outgoing|incoming|acting|then)\s+)?|^\s*|,\s+"
                  r"|\b[A-Z][\w-]*[’']s\s+)(?P<post>[A-Z][^,]{2,120})$", clause)
    post = m.group("post") if m else None
    if post and _ROLE_NOUNS.search(post) and all(
            re.fullmatch(_POST_WORD, w) for w in post.split()):
        return _tidy_post(post)
    return None


def _later_post(text: str, name: str) -> str | None:
    """A post given with a later surname-only mention ('Director Link')."""
    tokens = name.split()
    surname = re.escape(tokens[-1])
    for m in re.finditer(rf"(?<![\w-]){surname}(?![\w-])", text):
        if len(tokens) > 1 and text[max(0, m.start() - 40):m.start()].rstrip().endswith(tokens[-2]):
            continue                          # the full name again, not the surname alone
        post = _post_before(text[max(0, m.start() - 160):m.start()])
        if post:
            return post
    return None


def _tidy_post(post: str) -> str:
    post = re.sub(r"\s+", " ", post).strip(" ,")
    return re.sub(r"^(?:the|The)\s+", "", post)


def _organization_in(post: str, ref: Reference) -> str | None:
    """The body a post belongs to: the last one it names ('Director of the OSCE
    Secretariat's Conflict Prevention Centre' -> the Centre; a standing post such as the
    'OSCE Chairman-in-Office' -> the organization it is in); the OSCE only failing others."""
    found = [ref.posts[m.label].organization if m.kind == "post" else m.label
             for m in ref.scan(post, ("field_operation", "organization", "post"))]
    specific = [label for label in found if label not in WHOLE_OSCE]
    if specific:
        return specific[-1]
    return found[-1] if found else None


# ------------------------------------------------------------------ events


#: the nouns an event's name ends in (:data:`_EVENT`), and how far before and after one its name may reach
_EVENT_NOUN = re.compile(r"Conference|Forum|Meeting|Summit|Session|Council|Seminar|Workshop|Round|Dialogue|Festival|"
                         r"Exhibition|Congress|Symposium")
_EVENT_BEFORE, _EVENT_AFTER = 400, 400


def find_events(text: str, matches: list[Match], ref: Reference | None = None) -> list[EventMention]:
    """Named events with ordinals, with organizer (possessive before), co-sponsors and series.

    An event the text says happens "today" is marked with :data:`TODAY` in its ``place``
    until the caller fills in the record's own date and place. Never raises.
    """
    events: list[EventMention] = []
    # an event's name ends in its noun: the costly pattern is only tried in windows around one
    windows = _windows([(m.start() - _EVENT_BEFORE, m.end() + _EVENT_AFTER) for m in _EVENT_NOUN.finditer(text)],
                       len(text))
    for m in (m for lo, hi in windows for m in _EVENT.finditer(text, lo, hi)):
        name = (m.group("name") + m.group("tail")).strip()
        name = re.sub(r"^(?:the|The)\s+", "", name)
        if any(e.name == name for e in events):
            continue
        event = EventMention(name=name[0].upper() + name[1:])
        organizer = _possessive_organizer(text, m.start(), matches)
        if organizer:
            event.organizers.append(organizer)
        event.sponsors = _sponsors(text, m.end(), matches)
        event.series = series_for(event.name, ref) if ref else None
        sentence_end = text.find(".", m.end())
        if re.search(r"\btoday\b", text[m.end():sentence_end if sentence_end > 0 else len(text)]):
            event.place = TODAY
        events.append(event)
    return events


#: placeholder place of an event happening "today" (the record's own date and place)
TODAY = "\x00today"


def series_for(name: str, ref: Reference) -> str | None:
    """The meeting series an event belongs to: named in it, else the one its body holds."""
    for m in ref.scan(name, ("series",)):
        return m.label
    for m in ref.scan(name, ("organization",)):
        for series in ref.series.values():
            if series.organizer == m.label and m.label not in WHOLE_OSCE:
                return series.label
    return None


def _possessive_organizer(text: str, start: int, matches: list[Match]) -> str | None:
    for m in matches:
        if m.kind == "organization" and 0 <= start - m.end <= 4 and text[m.end:start].strip() in ("'s", "’s"):
            return m.label
    return None


def _sponsors(text: str, end: int, matches: list[Match]) -> list[str]:
    """Organizations in a '(co-)sponsored by ...' clause in this or the next sentence."""
    window = text[end:end + 400]
    at = re.search(r"(?:co-)?(?:sponsored|supported|hosted|funded) by", window)
    if not at:
        return []
    lo = end + at.end()
    stop = text.find(".", lo)
    hi = min(lo + 200, stop if stop > 0 else len(text))
    return [m.label for m in matches if m.kind == "organization" and lo <= m.start < hi
            and m.label not in WHOLE_OSCE]
