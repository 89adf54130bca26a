"""The issuing body of a record that names none: inferred, and said to be.

An explicit ``Source:`` line (or its equivalents, :func:`..document._source`) always wins.
Without one, in this order:

1. an entity page is issued by the body it is about (a field operation's or institution's
   own page, titled with its name);
2. a headline that reports a body's statement or visit ("Statement by the OSCE Mission to
   ...", "EU statement on ...", "OSCE Chairman-in-Office ... visits ...") names its issuer;
   a post ("Chairman-in-Office", "Secretary General") stands for the body it is in;
3. the page's URL, when known: a field office's subdomain (``bishkek.osce.org``), a body's own
   site (``oscepa.org``), an osce.org section or a mirror that keeps its paths
   (:meth:`~osce_kg.loader.reference.Reference.section_body`).

The result is a canonical label; the record then carries ``source_inferred = True``.

:func:`credited_source` reads the explicit credit a news agency gives its copy by its shape, where
the dateline reader found none or could not name it: a code in brackets or slashes at the start of
the text (``Bratislava 14. marca (TASR) -``, ``Tiranë, 14 mars /ATSH/``), a closing credit line
(``Autor: Valentina Rusu — IPN``), an acronym two agencies share read by the page's language (APA
in Vienna or Baku, SDA in Bern or Sarajevo), and a code the masthead spells out (``(KP)`` under
``KosovaPress``). A field office's own masthead above the page gives an inferred issuer.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable
from urllib.parse import urlsplit

from osce_kg.loader.extract.decode import line_cache
from osce_kg.loader.extract.urls import MASTHEAD_LINES as _MASTHEAD_LINES
from osce_kg.loader.extract.urls import on_osce_site
from osce_kg.loader.reference import Reference, normalize

if TYPE_CHECKING:
    import datetime

    from osce_kg.loader.extract.layouts import RawRecord

#: "Statement by/of/from (the) WHO ...", "Joint press statement of WHO", "Declaration by WHO"
_STATEMENT_OF = re.compile(r"^(?:joint\s+)?(?:press\s+)?(?:statement|declaration|communiqué|press release)\s+"
                           r"(?:by|of|from)\s+(?P<who>.+)$", re.I)
#: "WHO statement on ...", "WHO Statement", "WHO visits ...", "WHO concludes visit to ..."
_WHO_VERB = re.compile(r"^(?P<who>.{2,120}?)\s+(?:(?P<statement>(?:joint\s+|press\s+)?statement)|visit(?:s|ed)?|"
                       r"(?:begins|starts|ends|concludes|completes|pays|wraps up)\s+(?:an?\s+|his\s+|her\s+|"
                       r"its\s+)?(?:official\s+|working\s+|first\s+|two-day\s+|three-day\s+)?visit)\b", re.I)
#: "WHO welcomes / condemns / urges / calls for / is concerned about ...": a headline reporting what a body said, in
#: English (the verbs of saying, praising, blaming and asking; not of doing: "helps", "trains", "supports")
_SAYS = re.compile(
    r"^(?P<who>.{2,120}?)\s+(?:is\s+|are\s+)?(?:welcom|condemn|urg|call|express|deplor|prais|regret|commend|warn|"
    r"appeal|stress|reiterat|encourag|demand|applaud|voic|denounc|criticiz|criticis|concern|alarm|sadden|shock|"
    r"disappoint|pleas|deeply|announc|declar|stat|say|said|note|insist|request|recommend)(?:es|ed|e|s|ing)?\b", re.I)


def _after_topic(title: str) -> str:
    """The headline after a short topic and its colon, four words at most ("Kosovo violence: OSCE Mission in Kosovo
    condemns ..."), else the headline."""
    head, colon, rest = title.strip().partition(": ")
    return rest.strip() if colon and rest and len(head.split()) <= 4 else title.strip()
#: a headline opening with "statement" in another of the OSCE's languages; the speaker follows,
#: in the genitive ("Izjava Misije OEBS-a u Srbiji", "Заява Спеціальної моніторингової місії ОБСЄ")
_STATEMENT_FIRST = re.compile(
    r"^(?:(?:zajednička|заједничка|совместное|спільна|gemeinsame|wspólne|ortak|gezamenlijke|gemensamt|"
    r"felles|fælles|společné|spoločné|skupna|съвместно|declaración conjunta de|declaração conjunta de)\s+)?"
    r"(?:izjava|изјава|saopštenje|saopćenje|саопштење|соопштение|заявление|заява|erklärung|stellungnahme|"
    r"déclaration|dichiarazione|deklaratë|deklarata|declarație|declarația|declaraţie|declaraţia|oświadczenie|"
    r"bəyanatı|bəyanat|açıklama|განცხადება|հայտարարություն|δήλωση|"
    # (session 11) the word in more of the OSCE's languages, the speaker after it: Dutch, the Nordic languages, Czech,
    # Slovak, Bulgarian, Spanish, Portuguese, Belarusian, Tajik ("Verklaring van de ...", "Uttalande från ...",
    # "Prohlášení Úřadu ...", "Изявление на ...", "Изҳороти ...")
    r"verklaring|uttalande|uttalelse|udtalelse|erklæring|prohlášení|vyhlásenie|изявление|declaración|declaração|"
    r"заяўленне|изҳороти|"
    # (session 12) a communiqué or announcement, the speaker's own: Spanish and Portuguese, Greek ("Comunicado do
    # Ministério dos Negócios Estrangeiros sobre ...", "Ανακοίνωση του Υπουργείου Εξωτερικών σχετικά με ...")
    r"comunicado|ανακοίνωση|dikjarazzjoni|stqarrija)"
    # (the speaker after a preposition, or Maltese's article glued to it: "Dikjarazzjoni tal-President fil-Kariga
    # tal-OSKE dwar ...", sc11_mt)
    r"\s+(?:(?:van de|van het|van|från|fra|av|de la|del|de|da|do|na|на|от|του|της)\s+|ta[lċdnrstxzż]-)?(?P<who>.+)$",
    re.I)
#: the same word after the speaker, as Azerbaijani, Turkish and Georgian put it, and (session 11) the Finnic, Baltic,
#: Hungarian, Turkic and Mongolian languages ("Etyjin pääsihteerin lausunto", "EDSO ... paziņojums", "ESBO ...
#: pareiškimas", "Az EBESZ ... nyilatkozata", "ЕҚЫҰ ... мәлімдемесі", "ЕККУнун ... билдирүүсү", "YeXHT ... bayonoti")
_STATEMENT_LAST = re.compile(r"^(?P<who>.{2,120}?)\s+(?:bəyanatı|bəyanat|açıklaması|განცხადება|lausunto|"
                             r"paziņojums|pareiškimas|avaldus|nyilatkozata|мәлімдемесі|мәлімдеме|билдирүүсү|"
                             r"bayonoti|beýanaty|мэдэгдэл|"
                             # (session 14) a communiqué or declaration in Hungarian, Finnish and Turkish ("Az EBESZ
                             # ... közleménye", "ETYJ:n ... julkilausuma", "AGİT ... ortak bildirisi")
                             r"közleménye|julkilausuma|bildirisi|"
                             # (session 12) Armenian, the word with its article ("ՀՀ ԱԳՆ հայտարարությունը ...", sc7_hy)
                             r"հայտարարությունը|հայտարարություն)(?!\w)", re.I)
#: a headline reporting a visit in another of the OSCE's languages, the visitor before the verb ("Kreu i Prezencës
#: së OSBE-së viziton Korçën", "Šef Misije OEBS-a u Srbiji posetio Novi Pazar", "Шефот на Мисијата ... ја посети")
_VISIT_LAST = re.compile(
    r"^(?P<who>.{2,120}?)\s+(?:(?:je\s+|ja\s+|го\s+|је\s+)?(?:viziton|vizitoi|ka vizituar|posetio|posjetio|posetila|"
    r"posjetila|posetili|posjetili|посетио|посјетио|посетила|посети|посетил|посетила|посетили|відвідав|відвідала|"
    r"відвідали|наведаў|vizitează|a vizitat|ziyaret etti|ziyarət edib|odwiedził|odwiedziła|navštívil|navštívila|"
    r"obiskal|obiskala|meglátogatta|besucht|besuchte|"
    # (session 9) the same verb in more of the region's languages, present or past, not the future ("կայցելի", "will
    # visit", is no visit yet): French and Italian "en visite" / "in visita", Spanish, Italian and Portuguese "visita",
    # Georgian "ეწვია" / "სტუმრობს" (the verb closing the headline), Armenian "այցելել է" / "այցելում է", Greek,
    # Bulgarian, the Baltic and Nordic languages, Dutch, Finnish
    r"en visite|se rend|in visita|de visita|em visita|visita|visitou|ეწვია|სტუმრობს|այցելել է|այցելում է|"
    r"επισκέπτεται|επισκέφθηκε|посещава|apsilankė|lankosi|apmeklēja|apmeklē|viesojas|külastas|külastab|vieraili|"
    r"vierailee|besöker|besökte|bezoekt|bezocht|besøger|besøker|besøkte))(?!\w)", re.I)
#: where the speaker ends and the topic begins ("... on the situation in ...", "... o napadu ...")
_TOPIC = re.compile(r"\s(?:on|regarding|concerning|about|following|after|at|over|to|o|povodom|u vezi|о|по|"
                    r"относительно|в связи|щодо|з приводу|zur|zum|zu|über|sur|concernant|su|sulla|sul|sulle|"
                    r"in merito|për|lidhur|privind|despre|cu privire|w sprawie|ws\.|haqqında|ilə|hakkında|"
                    # (session 11) Dutch, the Nordic languages, Czech, Slovak, Bulgarian, Latvian, Lithuanian, Spanish,
                    # Portuguese, Tajik
                    r"over|inzake|betreffende|om|angående|vedrørende|ohledně|ohľadom|относно|par|dėl|sobre|"
                    r"оид ба|дар бораи|"
                    # (session 12) Greek, Macedonian, Serbian and Bulgarian "in connection with"
                    r"σχετικά με|για|во врска со|у вези са|у вези с|във връзка с|dwar|"
                    # (session 15) Belarusian "regarding" ("Заява Прадстаўніка АБСЕ ... наконт прысуду ...", al2_be)
                    r"наконт|адносна)\s",
                    re.I)
_FUNCTION_WORDS = frozenset("and of the for in on to de du des la le et und der die".split())
_ABOUT_KINDS = ("field_operation", "institution")


def infer_source(title: str | None, kind: str, url: str | None, ref: Reference,
                 whole_osce: frozenset[str], language: str = "en", page: str | None = None,
                 date: datetime.date | None = None) -> str | None:
    """The issuer the page implies (a canonical label, several joined by " / "), else None.
    ``page``: the page's text, whose masthead may be a field office's own name; ``date``: the item's, which names a
    site section's field operation as it was then named."""
    if title and kind in _ABOUT_KINDS:
        from osce_kg.loader.extract.layouts import operation_named_by_shape

        label = ref.lookup("field_operation", title) or ref.lookup("organization", title) \
            or operation_named_by_shape(title)
        if label and label not in whole_osce:
            return label
    if title:
        # (a headline that IS a body's statement names its issuer on any site; one reporting a body's visit names it
        # only on the OSCE's own site: elsewhere, a paper's, an agency's or a ministry's, it is the site's report,
        # tests/gold/README.md "Statement headlines and reports")
        own: list[bool] = []

        def on_own_site() -> bool:
            if not own:
                own.append(_on_osce_own_site(page, title, url, ref, whole_osce, language))
            return own[0]

        if ministry := _ministry_statement(title, page, ref, language):
            # (the ministry heading the speaker first: a topic that names a body before a statement word that closes the
            # headline is no speaker, "... министрлігінің ЕҚЫҰ Тұрақты кеңесінің шешіміне қатысты мәлімдемесі", sc10_kk)
            return ministry
        who, visit = _statement_author(title)
        bodies = _bodies_in(who, ref, whole_osce) if who and (not visit or on_own_site()) else []
        if not bodies:
            bodies = _bodies_in_other_language(title, ref, whole_osce, language, on_own_site)
        if not bodies and on_osce_site(page, ref, whole_osce) \
                and (post := _post_named_first(title, ref, language)
                     # (session 13) after a topic's colon too, as _SAYS reads English ("Nederlands voorzitterschap:
                     # OVSE-voorzitter De Hoop Scheffer bezoekt Kosovo ...", ah3_nl)
                     or _post_named_first(_after_topic(title), ref, language)) and post not in whole_osce:
            # on the OSCE's own site (its name heads the masthead), a headline whose subject is an OSCE post named in
            # the page's language, whatever its verb ("Le Président en exercice de l'OSCE salue l'accord ...",
            # "Amtierender OSZE-Vorsitzender Stubb reist nach Tiflis ...": n1_fr, n2_de, osce.org's old layout in two
            # languages): the post's body speaks, as in "Statement by ..." (a paper's headline of the same shape
            # reports, and names no issuer: b1_de, e1_de, x1_de)
            bodies = [post]
        if not bodies and on_osce_site(page, ref, whole_osce) and (said := _SAYS.match(_after_topic(title))) \
                and _names_only(said.group("who")):
            # the same on the OSCE's own site in English, the subject a body or a post, the verb one of saying
            # ("OSCE Chairman-in-Office Vollebaek announces withdrawal of ...", o3_en2; "Kosovo violence: OSCE Mission
            # in Kosovo condemns attacks ...", o2_en, after the topic's colon; "OSCE Chair Valtonen welcomes ...",
            # sa3_en): the body speaks (a headline of what a body does, "OSCE Centre in Bishkek helps train ...",
            # n2_en, reports no statement, tests/gold/README.md)
            bodies = _bodies_in(said.group("who"), ref, whole_osce)
        if bodies:
            return " / ".join(bodies)
    if url is None:
        url = captured_url(page, title)
    section = ref.section_body(url) or _section_named_body(url, ref, whole_osce)
    return (section and date and _named_then(section, date.year, ref)) or section \
        or breadcrumb_body(page, title, ref, whole_osce, language) \
        or _breadcrumb_line_body(page, title, ref, whole_osce, language) \
        or _masthead_body(page, title, ref, whole_osce, language) \
        or _masthead_named_in_text(page, title, ref, whole_osce) \
        or _section_title_body(page, title, ref, whole_osce, language)


def _named_then(label: str, year: int, ref: Reference) -> str | None:
    """The field operation ``label`` as it was named in ``year``: the predecessor whose successor took over after that
    year (a site section's address names today's operation: osce.org/tajikistan the Office in Tajikistan, 2008-2017,
    an archived item of 2006 the Centre in Dushanbe's, ai3_tg; osce.org/uzbekistan and /serbia in 2005 and 2004 the
    Centre in Tashkent's and the Mission to Serbia and Montenegro's, sc24_en, sc24_sr; tests/gold/README.md
    "Predecessor names are kept"). None for no earlier name."""
    if label not in ref.field_operations:
        return None
    found = None
    for _ in range(4):
        before = [p for p in ref.predecessors(label)
                  if p in ref.field_operations and (changed := ref.field_operations[p].changed) and year < changed]
        if len(before) != 1:
            break
        found = label = before[0]
    return found


#: how many leading lines of a page may be a capture's header (the archive's name, "Saved from", the date)
_CAPTURE_LINES = 6
#: an address on a line of the capture's header ("The Wayback Machine - https://web.archive.org/web/2025.../https://
#: www.osce.org/...", "Saved from https://www.osce.org/odihr/602311", "<!-- saved from url=(0042)https://... -->")
_ADDRESS = re.compile(r"https?://[^\s<>\"')]+", re.I)


#: a web archive's name on its header's line
_ARCHIVE_WORD = re.compile(r"wayback|archive|saved from", re.I)
#: (session 15) how many of the page's first lines may hold the archived address when the first names the archive
_ARCHIVE_HEADER_LINES = 2


#: a print view's footer line giving the page's own address, as Drupal's print module writes it ("Source URL:
#: https://www.osce.org/odihr/elections/armenia/601457" closing osce.org's print views, in its translations too)
_SOURCE_URL = re.compile(r"^(?:source url|url source|url de la source|quell-url|url источника|источник url|"
                         r"izvorni url|url izvora|адреса джерела|url-адреса джерела)\s*:\s*(?P<url>https?://\S+)\s*$",
                         re.I)
#: how many of a page's last lines may hold that footer (a print view may close with its links' list after it)
_SOURCE_URL_LINES = 12


def captured_url(page: str | None, title: str | None) -> str | None:
    """The address a saved or archived copy of a page names in its header, above the title, when the
    page's own address is not known: the innermost address of the first line that carries one (an
    archive's address wraps the original: ``web.archive.org/web/<time>/https://www.osce.org/...``), so
    that a field office's path or an osce.org section names the issuer as on the original. Lines below
    the title are the page's text (links it cites), not its address, except a print view's footer that
    says it is the page's own (:data:`_SOURCE_URL`), which wins over the header's site address ("Published
    on OSCE (https://www.osce.org)" over the title, "Source URL: https://www.osce.org/odihr/..." under the
    text: n3_en, sa1_mk, sa1_en_print). Never raises."""
    if not page:
        return None
    if not title or title not in page:
        # (no headline found: only the page's first line, a web archive's header naming the archived address, "The
        # Wayback Machine - https://web.archive.org/web/2003.../http://www.osce.org/croatia/news/...", aa1_hr)
        # (session 15) or on the line under it, the archive's name alone on the first ("Wayback Machine" /
        # "https://www.osce.org/ru/bishkek/42377" / "Saved 47 times between ...", an2_ru)
        first = [ln for ln in page[:2000].splitlines() if ln.strip()][:_ARCHIVE_HEADER_LINES]
        found = next((m for ln in first if (m := _ADDRESS.search(ln))), None) \
            if first and _ARCHIVE_WORD.search(first[0]) else None
        return found.group()[found.group().lower().rfind("http"):] if found else None
    for line in page.strip().splitlines()[-_SOURCE_URL_LINES:]:
        m = _SOURCE_URL.match(line.strip())
        if m:
            return m.group("url").rstrip(".,;")
    head = [ln for ln in page[:page.find(title)].splitlines() if ln.strip()][:_CAPTURE_LINES]
    for line in head:
        found = _ADDRESS.search(line)
        if found:
            address = found.group()
            return address[address.lower().rfind("http"):]
    return None


def _on_osce_own_site(page: str | None, title: str, url: str | None, ref: Reference, whole_osce: frozenset[str],
                      language: str) -> bool:
    """Whether the page stands on the OSCE's own site (osce.org, its copies and mirrors, an institution's, the PA's or a
    field office's site), where a headline reporting a body's visit names its issuer (tests/gold/README.md, "Statement
    headlines and reports"): its address (the folder's index or the capture's header) is on osce.org, a body's own
    site or a path that names a section; or its masthead is the OSCE's name or acronym, a field office's or an
    institution's own name, or a breadcrumb names a body. A page whose address is elsewhere, or whose lines above the
    headline (a site's masthead and menus) say none of these, is a paper's, a portal's, an agency's, a broadcaster's or
    a ministry's report (Top Channel's, Danas's, The Astana Times's; vlada.gov.mk's other_2001). A page that begins with
    its headline and has no address is read as before, on the OSCE's site (osce.org's text captures start so)."""
    address = url if url is not None else captured_url(page, title)
    if address:
        try:
            host = (urlsplit(address).hostname or "").removeprefix("www.").rstrip(".")
        except ValueError:
            host = ""
        if host == "osce.org" or host.endswith(".osce.org") or ref.section_body(address) \
                or _section_named_body(address, ref, whole_osce):
            return True
    if page and (on_osce_site(page, ref, whole_osce) or _masthead_body(page, title, ref, whole_osce, language)
                 or breadcrumb_body(page, title, ref, whole_osce, language)
                 or _breadcrumb_line_body(page, title, ref, whole_osce, language)):
        return True
    if address:
        return False
    return not page or title not in page or not page[:page.find(title)].strip()


#: kinds of OSCE bodies that keep sites of their own (institutions, the PA, executive structures and units)
_OWN_SITE_KINDS = ("institution", "executive", "related-body", "secretariat-unit")


def _masthead_body(page: str | None, title: str | None, ref: Reference, whole_osce: frozenset[str],
                   language: str = "en") -> str | None:
    """A field operation or OSCE institution whose own name is a line of the page's masthead above
    its title (its own site: "OSCE Programme Office in Dushanbe" over "Home | About us | News"). A
    title that is the body's name is an entity page, read above; a name inside a sentence is none."""
    if not page or not title:
        return None
    # (the title too, when it stands among the masthead's lines right under the OSCE's name or acronym: a site's short
    # name under the OSCE's taken for the title of an entity page, "ОЕБС" / "Мисија у Србији" / "О Мисији" / "Мисија
    # ОЕБС у Србији", names its body)
    head = page[:page.find(title) + len(title)] if title in page else ""
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()][:_MASTHEAD_LINES]
    for n, line in enumerate(lines):
        if line == title and not (n and _is_osce_line(lines[n - 1], ref, whole_osce) and _name_shaped(title)):
            break                                 # (a headline: its subject is read by the statement rules)
        label = _body_named_by(line, ref, language) or _acronym_then_body(line, ref, whole_osce, language)
        if label and label not in whole_osce:
            return label
    return None


#: (session 15) how many characters of the headline and the text under it are read for the masthead's body, and how
#: many of the words of its name there must be the masthead's (two at least, not counting the OSCE's acronym)
_MASTHEAD_TEXT_CHARS, _MASTHEAD_SHARE = 1200, 2 / 3
#: how many words the masthead line may have (the acronym and a body's name)
_MASTHEAD_WORDS = 10
#: a word of a name: letters and digits (an apostrophe, "O‘zbekistondagi", parts it alike in both)
_NAME_WORD = re.compile(r"\w+")


def _masthead_named_in_text(page: str | None, title: str | None, ref: Reference,
                            whole_osce: frozenset[str]) -> str | None:
    """(session 15) An OSCE body's own site whose masthead names it in words the data lacks, the OSCE's acronym first
    ("ОБСЄ  Представник з питань свободи засобів масової інформації", am3_uk; "YXHT O'zbekistondagi loyihalar
    koordinatori", ag3_uz; "YXHT ning O‘zbekistondagi loyihalar koordinatori", am3_uz; the page's first line, ten words
    at most): the field operation or OSCE body with a site of its own that the headline or the text's first lines name
    in words of which two thirds (two at least, the acronym not counted) are the masthead line's ("Представник ОБСЄ з
    питань свободи ЗМІ ...", "YXHT loyihalar koordinatori ..."): the overlap of the page's own name with the body it
    speaks of. None otherwise (a masthead that is no OSCE acronym's, a body the masthead does not name)."""
    if not page or not title or title not in page:
        return None
    from osce_kg.loader.extract.urls import osce_acronyms

    acronyms = osce_acronyms(ref)
    at = page.find(title)
    # (the page's first line alone, a short one that ends no sentence: a listing's earlier headline above an item is
    # no masthead, listing_2001 in the shared pages)
    line = next((ln.strip() for ln in page[:at].splitlines() if ln.strip()), "")
    first = line.split(maxsplit=1)[0].strip(".,:;-–—|") if line.split() else ""
    if not first or len(line.split()) > _MASTHEAD_WORDS or line.endswith(_SENTENCE_END) \
            or not (first in acronyms or (first.isupper() and len(first) >= 3
                                          and any(a.startswith(first) or first.startswith(a) for a in acronyms))):
        return None
    heads = [{w for w in _NAME_WORD.findall(line.casefold()[len(first):]) if len(w) >= 3}]
    text = page[at:at + _MASTHEAD_TEXT_CHARS]
    for m in ref.scan(text, ("field_operation", "organization"), adjectives=False):
        if m.label in whole_osce \
                or (m.kind == "organization" and ref.organizations[m.label].kind not in _OWN_SITE_KINDS):
            continue
        words = {w for w in _NAME_WORD.findall(text[m.start:m.end].casefold()) if len(w) >= 3}
        words -= {a.casefold() for a in acronyms}
        for head in heads:
            common = words & head
            if len(common) >= 2 and len(common) >= _MASTHEAD_SHARE * len(words):
                return m.label
    return None


#: a masthead line's parts: the OSCE's acronym, then the body's name, two spaces or more, a dash or a bar between
_MASTHEAD_PARTS = re.compile(r"\s{2,}|\s[-–—|]\s")


def _acronym_then_body(line: str, ref: Reference, whole_osce: frozenset[str], language: str) -> str | None:
    """(session 13) The body a masthead line names after the OSCE's own name or acronym and two spaces, a dash or a
    bar, its own acronym in brackets after it or not ("ОБСЄ  Бюро з демократичних інститутів і прав людини (БДІПЛ)",
    ODIHR's site in Ukrainian, ag3_uk; "OSCE  Organisation für Sicherheit ...", osce.org's, names the OSCE as a whole,
    no body); None otherwise."""
    parts = [p.strip() for p in _MASTHEAD_PARTS.split(line, maxsplit=1)]
    if len(parts) != 2 or not _is_osce_line(parts[0], ref, whole_osce):
        return None
    name = parts[1]
    m = _NAME_ACRONYM.match(name)
    if m and _body_named_by(m.group("name"), ref, language) == _body_named_by(m.group("acronym"), ref, language):
        name = m.group("name")
    return _body_named_by(name, ref, language)


#: how many lines above the headline a section's title may stand, and how many words each line between may have (a
#: sub-section's or a content type's name: "Elections", "News item", "Press release", "Пресс-релиз")
_SECTION_LINES, _BETWEEN_WORDS = 4, 3


def _section_title_body(page: str | None, title: str | None, ref: Reference, whole_osce: frozenset[str],
                        language: str = "en") -> str | None:
    """The OSCE body whose section's title stands over the headline on the OSCE's own site, with no "Home" above it
    (osce.org's layouts print the section's name under the masthead and menus, then a content type: "Office for
    Democratic Institutions and Human Rights" / "Elections" / "News item" / headline, sa1_en; "Chairpersonship" /
    "Press releases" / "Press release", sa3_en; the old layout's "OSCE Office in Yerevan" / "Press release", sa1_en_old;
    "OSZE-Mission in Moldau" / "Pressemitteilung", sa1_de_old; "Представитель по вопросам свободы СМИ" / "Пресс-релиз"):
    the same signal as a breadcrumb's item or an osce.org section's address (inferred, tests/gold/README.md). Only on a
    page whose masthead is the OSCE's name or acronym (:func:`~osce_kg.loader.extract.urls.on_osce_site`; a paper's
    rubric names no issuer); the
    section's line is one of the four lines right above the headline, the lines between it and the headline are short
    names (three words at most), not sentences. None otherwise."""
    if not page or not title or title not in page or not on_osce_site(page, ref, whole_osce):
        return None
    above = [ln.strip() for ln in page[:page.find(title)].splitlines() if ln.strip()][-_SECTION_LINES:]
    for line in reversed(above):
        # (the Chairpersonship's section by the chairing State's adjective and the year, "Presidenza italiana dell'OSCE
        # 2018" / "Comunicato stampa" / headline, ad1_it; "Presidencia española de la OSCE 2007", "Deutscher
        # OSZE-Vorsitz 2016", sc3_es, sc3_de: osce.org's old layout)
        label = _body_named_by(line, ref, language) or chairpersonship_by_shape(line, ref)
        if label is None and len(line.split()) <= _BETWEEN_WORDS:
            # (session 15) a body's name less the OSCE's acronym and the words joining it, as the section's line
            # prints it over the content type ("Segretariato" / "Notizia" / headline for "Segretariato dell'OSCE",
            # an2_it)
            label = _names_less_osce(ref).get(normalize(line))
        if label and label not in whole_osce:
            return label
        if len(line.split()) > _BETWEEN_WORDS or line.endswith((".", ":", "!", "?")) or any(c.isdigit() for c in line):
            return None
    return None


#: a masthead's line that is an acronym alone ("ОЕБС", "OSBE"): two to six capitals
_ACRONYM_LINE = re.compile(r"[^\W\d_a-zа-яё]{2,6}")


def _is_osce_line(line: str, ref: Reference, whole_osce: frozenset[str]) -> bool:
    """Whether a masthead's line is the OSCE's own name or a lone acronym in capitals (the OSCE's in a script or
    language the data may not list, "ОЕБС"), the line a field office's site writes its short name under."""
    return ref.lookup("organization", line) in whole_osce or bool(_ACRONYM_LINE.fullmatch(line) and line.isupper())


def _name_shaped(line: str) -> bool:
    """Whether a line reads as a name, not a sentence: no word of five letters or more in lower case ("Мисија у
    Србији", "Prezenca në Shqipëri", "Центр ОБСЕ в Ашхабаде"; not "Novinari kritikovali Misiju OEBS")."""
    return not any(len(w) > 4 and w[:1].islower() for w in re.findall(r"[^\W\d_][\w'’-]*", line))


def _body_named_by(line: str, ref: Reference, language: str) -> str | None:
    """The field operation or OSCE body with a site of its own that a short line (a masthead's or a breadcrumb's,
    twelve words at most, no sentence) is the name of, in English or the page's language; else None. (A longer line,
    sixteen words at most, only when it is a body's name as the data writes it: "Office of the Special Representative
    and Co-ordinator for Combating Trafficking in Human Beings" heading its site, ag3_en4.)"""
    if len(line.split()) > 12 or line.endswith((".", ":")):
        if len(line.split()) > 16 or line.endswith((".", ":")):
            return None
        org = ref.lookup("field_operation", line) or ref.lookup("organization", line)
        return org if org and (org in ref.field_operations or ref.organizations[org].kind in _OWN_SITE_KINDS) \
            else None
    label = ref.lookup("field_operation", line)
    if label is None:
        org = ref.lookup("organization", line)
        label = org if org and ref.organizations[org].kind in _OWN_SITE_KINDS else None
    if label is None and not language.startswith("en") and len(line.split()) <= 8:
        label = _named_in_another_language(line, ref, language)
    # (a post stands for its body, as in a statement's speaker and an osce.org section's address: "Secretary General"
    # heading its section over "News" and the headline is the Secretariat's, pr-plain_006 in the shared gold)
    post = ref.posts.get(label) if label else None
    return post.organization if post else label


#: (session 15) the words that join the OSCE's acronym to a body's name (normalized: "dell '", "de la", "der", "i",
#: "të", the case ending after a hyphen)
_JOINING = frozenset("of the de la l ' dell della del der des da do di du na i e te se ' s - a u e".split())


def _names_less_osce(ref: Reference) -> dict[str, str]:
    """The names of the OSCE's bodies with a site of their own and its field operations, less the OSCE's acronym and
    the words joining it (normalized: "segretariato dell ' osce" -> "segretariato", "osze - sekretariat" ->
    "sekretariat"), each to its body where only one body has it (built once, kept on the reference)."""
    return ref.derived("issuer.names_less_osce", _build_names_less_osce)


def _build_names_less_osce(ref: Reference) -> dict[str, str]:
    from osce_kg.loader.extract.urls import osce_acronyms

    acronyms = {normalize(a) for a in osce_acronyms(ref)}
    found: dict[str, set[str]] = {}
    bodies = [(label, org.alt_labels) for label, org in ref.organizations.items() if org.kind in _OWN_SITE_KINDS]
    bodies += [(label, op.alt_labels) for label, op in ref.field_operations.items()]
    for label, names in bodies:
        for name in (label, *names):
            tokens = normalize(name).split()
            if not any(t in acronyms for t in tokens):
                continue                          # (a name without the acronym is looked up as it is)
            tokens = [t for t in tokens if t not in acronyms]
            while tokens and tokens[0] in _JOINING:
                tokens = tokens[1:]
            while tokens and tokens[-1] in _JOINING:
                tokens = tokens[:-1]
            key = " ".join(tokens)
            if len(key) >= 5:
                found.setdefault(key, set()).add(label)
    return {key: next(iter(labels)) for key, labels in found.items() if len(labels) == 1}


#: the first item of a breadcrumb, "Home", in the languages of the OSCE's sites and their mirrors, on a line of its own
_HOME = frozenset("""home|home page|start|startseite|accueil|главная|головна|галоўная|početna|почетна|naslovna|
насловна|ballina|faqja kryesore|acasă|pagina principală|strona główna|úvod|domov|kezdőlap|pradžia|sākums|avaleht|
etusivu|hem|hjem|forside|inicio|pagina iniziale|ana sayfa|ana səhifə|басты бет|башкы бет|саҳифаи асосӣ|bosh sahifa|
baş sahypa|нүүр|მთავარი|գլխավոր|αρχική|начало""".replace("\n", "").split("|"))
#: how many lines a breadcrumb may have between "Home" and the headline (a body, a section, a content type)
_CRUMB_LINES = 4


def breadcrumb_body(page: str | None, title: str | None, ref: Reference, whole_osce: frozenset[str],
                     language: str = "en") -> str | None:
    """The OSCE body a breadcrumb right above the headline names ("Home" / "Office for Democratic Institutions and
    Human Rights" / "Press releases" / headline; "Главная" / "Миссия ОБСЕ в Молдове" / "Новости" / headline): the
    section of osce.org (or of a field office's site or a mirror) the page stands in, the same signal as the
    section an osce.org address names (inferred, tests/gold/README.md). A breadcrumb's items are the lines between
    a line that is only "Home" and the headline, four at most; None when no item names a body."""
    if not page or not title or title not in page:
        return None
    head = [ln.strip() for ln in page[:page.find(title)].splitlines()[-(_CRUMB_LINES + 8):] if ln.strip()]
    crumbs = head[-(_CRUMB_LINES + 1):]
    at = next((n for n in range(len(crumbs) - 1, -1, -1) if crumbs[n].casefold() in _HOME), None)
    if at is None:
        return None
    for line in crumbs[at + 1:]:
        label = _body_named_by(line, ref, language)
        if label and label not in whole_osce:
            return label
    return None


#: the marks between a one-line breadcrumb's items ("Accueil › Représentant pour la liberté des médias › Communiqués",
#: "Home > ODIHR > News", "Ballina / Lajme", "Главная » Новости")
_CRUMB_MARK = re.compile(r"\s+[›>»/|→]\s+")
#: how many lines above the headline a one-line breadcrumb may stand (a content type and a date may come between)
_CRUMB_LINE_ABOVE = 4


def _breadcrumb_line_body(page: str | None, title: str | None, ref: Reference, whole_osce: frozenset[str],
                          language: str = "en") -> str | None:
    """The OSCE body a breadcrumb written on one line names ("Accueil › Haut-Commissaire pour les minorités
    nationales › Communiqués de presse", "Почетна › Мисија во Скопје › Вести"): the line's items are parted by
    ``›``, ``>``, ``»``, ``/``, ``|`` or an arrow, its first item is "Home" (:data:`_HOME`), and it stands right above
    the headline (at most four lines up). The same signal as :func:`breadcrumb_body`'s, one item a line there.
    None when no item names a body."""
    if not page or not title or title not in page:
        return None
    head = [ln.strip() for ln in page[:page.find(title)].splitlines() if ln.strip()][-_CRUMB_LINE_ABOVE:]
    # (the title itself too, when the reader took the breadcrumb for the headline: "Башкы бет  /  Биз кайда иштейбиз  /
    # ЕККУнун Бишкектеги программалык кеңсеси  /  Жаңылыктар", ac2_ky; the Tajik page of the same layout, ac3_tg; a
    # line whose first item is "Home" is no headline)
    for line in [title.strip(), *reversed(head)]:
        items = _CRUMB_MARK.split(line)
        if len(items) < 2 or items[0].strip().casefold() not in _HOME:
            continue
        for item in items[1:]:
            label = _body_named_by(item.strip(), ref, language)
            if label and label not in whole_osce:
                return label
        return None
    return None


def breadcrumb_section(page: str | None, title: str | None, ref: Reference, whole_osce: frozenset[str],
                       language: str = "en") -> str | None:
    """The OSCE body a breadcrumb over the headline names, one item a line (:func:`breadcrumb_body`) or all on one line
    (:func:`_breadcrumb_line_body`); None when none does."""
    return breadcrumb_body(page, title, ref, whole_osce, language) \
        or _breadcrumb_line_body(page, title, ref, whole_osce, language)


def _named_in_another_language(line: str, ref: Reference, language: str) -> str | None:
    """The one field operation or OSCE institution a short masthead line (eight words at most) names in
    the page's language ("Программный офис ОБСЕ в Душанбе"); None when it names none or several."""
    from osce_kg.loader.extract.mentions import find_mentions

    # (read with the OSCE's name before it: a field office's own site writes its short name under the OSCE's, "ОЕБС" /
    # "Мисија у Србији", "OSBE" / "Prezenca në Shqipëri", "ОБСЕ" / "Мисија во Скопје", and a breadcrumb's item is
    # the short name, "Почетна › Мисија во Скопје › Вести"; the name then reads as "OSCE Мисија у Србији", which
    # names the office by its head noun and host as a full name does; a line that already names the OSCE or another
    # body reads the same)
    found = find_mentions(f"OSCE {line}", ref, language)
    bodies = [*found.field_operations, *(o for o in found.organizations
                                         if o in ref.organizations and ref.organizations[o].kind in _OWN_SITE_KINDS)]
    if not bodies:
        return _operation_in_city(line, ref)
    return bodies[0] if len(bodies) == 1 else None


#: a word's leading capitals, the OSCE's acronym with a case ending glued to it or not ("ОБСЕ", "OEBS-a", "YXHTning")
_LEADING_CAPITALS = re.compile(r"[^\W\d_a-zа-яёəıöüçşğ]{2,6}")
#: a run of letters
_LETTERS = re.compile(r"[^\W\d_]+")


def _operation_in_city(line: str, ref: Reference) -> str | None:
    """(session 14) The field operation a short name line names by the OSCE's acronym and the city it sits in, the
    office's own name written in a way the data lacks ("Центр программ ОБСЕ в Бишкеке", a breadcrumb's item and the
    section's line on osce.org's Russian layout, aj2_ru): the one active operation in that city, else the one closed
    one; None for a line without the OSCE's acronym, a city of no operation or of several closed ones (a sub-office's
    town, "Ош", names none)."""
    from osce_kg.loader.extract.mentions import WHOLE_OSCE

    if not any((m := _LEADING_CAPITALS.match(word)) and ref.lookup("organization", m.group()) in WHOLE_OSCE
               for word in _LETTERS.findall(line)):
        return None                               # (a word's letters: "l'OSCE", "OEBS-a", "ETYJ:n" give "OSCE" ...)
    cities = {m.label for m in ref.scan(line, ("city",))}
    if len(cities) != 1:
        return None
    (city,) = cities
    there = [op for op in ref.field_operations.values() if op.city == city]
    active = [op.label for op in there if op.status == "active"]
    return active[0] if len(active) == 1 else there[0].label if len(there) == 1 else None


# ------------------------------------------------------------------ a ministry's press service, by its line

#: the foreign ministry's name in the region's languages (any case ending), the ministry that issues most of the
#: States' OSCE news; in lower case, matched against a line in lower case
_FOREIGN_MINISTRY = re.compile(
    r"ministry (?:of|for) foreign affairs|foreign ministry|ministerstv\w* zahraničn(?:ích věcí|ých vecí)|"
    r"ministerstw\w* spraw zagranicznych|министерств\w* иностранных дел|міністерств\w* закордонних справ|"
    r"міністэрств\w* замежных спраў|министарств\w* спољних послова|ministarstv\w* (?:spoljnih|vanjskih) poslova|"
    r"министерств\w* за надворешни работи|министерств\w* на външните работи|საგარეო საქმეთა სამინისტრო\w*|"
    r"արտաքին գործերի նախարարությ\w*|xarici işlər nazirliy\w*|dışişleri bakanlığ\w*|"
    r"ministerul afacerilor externe|ministri\w* (?:e|të) punëve (?:të|me) jashtme|сыртқы істер министрлі\w*|"
    r"auswärtig\w* amt\w*|außenministerium\w*|ministère des affaires étrangères|ministero degli (?:affari )?esteri|"
    r"külügyminisztérium\w*|υπουργεί\w* εξωτερικών|užsienio reikalų ministerij\w*|ārlietu ministrij\w*|"
    r"välisministeeriumi?\w*|"
    # Finnish and the Nordic languages ("Ulkoministeriön tiedote 212/2025": n3_fi, j3_fi)
    r"ulkoministeriö\w*|utrikesministeriet|utrikesdepartementet|udenrigsministeriet|utenriksdepartementet|"
    # (session 11) Dutch, Slovene, Croatian with Europe in the name, Icelandic, Spanish, Portuguese, and the Central
    # Asian languages and Mongolian ("Ministerie van Buitenlandse Zaken", "Ministrstvo za zunanje zadeve", "Tashqi
    # ishlar vazirligi", "Вазорати корҳои хориҷӣ", "Гадаад харилцааны яам")
    r"ministerie van buitenlandse zaken|ministrstv\w* za zunanje (?:in evropske )?zadeve|"
    r"ministarstv\w* vanjskih i europskih poslova|utanríkisráðuneyti\w*|ministerio de asuntos exteriores|"
    r"ministério dos negócios estrangeiros|тышкы иштер министрлиг\w*|tashqi ishlar vazirlig\w*|"
    r"ташқи ишлар вазирлиг\w*|вазорати корҳои хориҷ\w*|daşary işler ministrligi\w*|гадаад харилцааны яам\w*|"
    # (session 12) Romanian in the genitive ("Comunicat de presă al Ministerului Afacerilor Externe"), Maltese, Irish,
    # Catalan, Albanian's ministry for Europe ("Ministria për Evropën dhe Punët e Jashtme")
    r"minister\w* afacerilor externe|ministeru għall-affarijiet barranin|roinn gnóthaí eachtracha|"
    r"ministeri d'afers exteriors|ministri\w* për evropën dhe punët e jashtme|"
    # Ireland's department (and Switzerland's, "Federal Department of Foreign Affairs": its State from the masthead)
    r"department of foreign affairs|"
    # France's ministry by its name since 2017 ("Déclaration de la porte-parole du ministère de l'Europe et des Affaires
    # étrangères", sc7_fr)
    r"ministère de l['’]europe et des affaires étrangères|"
    # the ministry's abbreviation, as its press service signs ("Прес-служба МЗС України", "Пресс-служба МИД Республики
    # Узбекистан", "Biuro Prasowe MSZ"), a word of its own
    r"(?<!\w)(?:мид|мзс|мзв|mfa|msz|mzv|mzvez|mzzv|mae|mpj|xin|сім|тим|мнр|мвнр|ագն)(?!\w)")
#: the word of a press-release header or a press service's signature ("Press Service of ...", "Tisková zpráva
#: Ministerstva ...", "... სამინისტროს პრესსამსახური", "Пресс-служба МИД ...")
_PRESS_WORD = re.compile(
    r"press (?:service|office|release|statement)|пресс-служба|прес-служба|прэс-служба|пресслужба|пресс-релиз|"
    r"прес-реліз|პრესსამსახური|tisková zpráva|tiskový odbor|tlačová správa|biuro prasowe|komunikat|saopštenje|"
    r"саопштење|соопштение|прессъобщение|mətbuat xidməti|basın açıklaması|pressemitteilung|communiqué de presse|"
    r"comunicat de presă|shërbimi i shtypit|comunicato stampa|sajtóközlemény|δελτίο τύπου|մամուլի ծառայություն|"
    r"pranešimas spaudai|pranešimai spaudai|preses relīze|pressiteade|"
    # (session 15) a Latvian ministry's press and communication division signing its release ("Ārlietu ministrijas
    # Preses un komunikācijas nodaļa", an2_lv), as "пресс-служба", "tiskový odbor" sign theirs
    r"preses un komunikācijas nodaļa|preses nodaļa|"
    # a press centre or service in more of the region's languages ("Пресцентър на Министерството на външните
    # работи", "... министрлігінің баспасөз қызметі")
    r"пресцентър|пресс-центр|прес-центр|прес-центар|баспасөз қызметі|басма сөз кызматы|matbuot xizmati|"
    r"хадамоти матбуот|metbugat gullugy|хэвлэлийн алба|služba za odnose s javnošću|služba za odnose z javnostmi|"
    r"служба за односи со јавноста|zyra e shtypit|serviciul de presă|biroul de presă|sajtóiroda|sajtóosztály|"
    r"tlačový odbor|biuro rzecznika prasowego|pressestelle|pressereferat|service de presse|ufficio stampa|"
    r"oficina de prensa|persdienst|persbericht|γραφείο τύπου|basın bürosu|"
    # a press release in Finnish and the Nordic languages ("Ulkoministeriön tiedote 5.12.2024 13.30")
    r"tiedote|pressmeddelande|pressemeddelelse|pressemelding|"
    # (session 12) a press release in Spanish, Portuguese, Slovene, Maltese, Catalan, Irish, Icelandic, Luxembourgish
    # ("Comunicado de prensa del Ministerio de Asuntos Exteriores, ...", "Sporočilo za javnost Ministrstva za zunanje
    # in evropske zadeve", "Stqarrija għall-istampa mill-Ministeru għall-Affarijiet Barranin ...")
    r"comunicado de prensa|nota de prensa|comunicado de imprensa|nota de imprensa|sporočilo za javnost|"
    r"stqarrija għall-istampa|comunicat de premsa|nota de premsa|preasráiteas|fréttatilkynning|pressematdeelung|"
    # Croatian's "for the media" / "for the public" (T's tc3_hr_mvep: "Priopćenje za medije Ministarstva vanjskih i
    # europskih poslova")
    r"priopćenje za medije|priopćenje za javnost|"
    # Mongolian's "press and information office" (ae2_mn: "Гадаад харилцааны яамны Хэвлэл мэдээллийн алба")
    r"хэвлэл мэдээллийн алба")
#: a photo's credit ("Фото: пресс-служба МИД РК", "Photo: MFA press service"): who took the picture, not the issuer
_PHOTO = re.compile(r"^(?:фото|photo|foto|fotó|φωτο|ფოტო|լուսանկար)\w*\s*[:/]", re.I)
#: how long a press-service line may be (a signature or a header, not a sentence)
_PRESS_LINE_WORDS = 14
#: how many of a page's first and last lines may hold a press-release header or a press service's signature
_PRESS_HEAD, _PRESS_TAIL = 200, 60


def _lower(text: str) -> str:
    """``text`` in lower case, a capital dotted İ (Azerbaijani, Turkish: "Xarici İşlər Nazirliyi", "XİN") as "i", not
    as "i" and a combining dot, which no word of the patterns below has."""
    return text.lower().replace("i\u0307", "i")


@line_cache
def is_press_header(line: str) -> bool:
    """Whether a line is a ministry's press-release header or press-service signature (a short line with a press
    word and the foreign ministry's name): above a headline it is no title ("Tisková zpráva Ministerstva
    zahraničních věcí", "Užsienio reikalų ministerijos pranešimas spaudai")."""
    line = line.strip()
    if len(line.split()) > _PRESS_LINE_WORDS or line.endswith((".", "!", "?")) or _PHOTO.match(line):
        return False
    low = _lower(line)          # (both patterns are in lower case: matched without re.I, many times faster)
    if _ANNOUNCEMENT.match(low) and (named := _FOREIGN_MINISTRY.search(low)) \
            and len(low[:named.start()].split()) <= 2 and not low[named.end():].strip(" .:") \
            and len(_BREADCRUMB_MARK.findall(line)) < 2:
        # an announcement's word and the ministry's name, nothing after them, is the item's header over its headline,
        # no statement's headline (which names its topic): "Ανακοίνωση του Υπουργείου Εξωτερικών" / "Συνάντηση του
        # Υπουργού ..." (T's tc6_el_mfa, the Greek ministry's site)
        return True
    if not _PRESS_WORD.search(low) or (named := _FOREIGN_MINISTRY.search(low)) is None:
        return False
    if len(_BREADCRUMB_MARK.findall(line)) >= 2:
        # (session 15) a breadcrumb is the site's navigation, not a header, also where its items are the ministry and
        # its press releases ("Du er her: Forsiden › Utenriksdepartementet › Aktuelt › Pressemeldinger", al3_no; "Sie
        # sind hier: Startseite › Auswärtiges Amt › Newsroom › Pressemitteilungen", sc34_de; read only for a line that
        # would be a header otherwise)
        return False
    # (a topic after the ministry's name makes the line a statement's headline, not a header: "Соопштение на
    # Министерството за надворешни работи во врска со ...", "Saopštenje Ministarstva spoljnih poslova povodom ...",
    # sc8_mk, sc8_sr; the press word is a statement's there, and the page is the statement, :func:`_ministry_statement`)
    return _TOPIC.search(low[named.end():]) is None


#: a breadcrumb's mark between two of its items (two or more make a line a breadcrumb)
_BREADCRUMB_MARK = re.compile(r"\s[›>»→]\s")
#: the word of an announcement or communiqué that heads an item as its kind (lower case)
_ANNOUNCEMENT = re.compile(r"(?:ανακοίνωση|comunicado|communiqué|comunicat|comunicato|anuncio|annonce)\s")


def press_service_source(page: str, ref: Reference, language: str) -> str | None:
    """A foreign ministry named by its press service's signature or its press-release header, a line of its own
    in the page ("Press Service of the Ministry of Foreign Affairs of Georgia", "საგარეო საქმეთა სამინისტროს
    პრესსამსახური", "Tisková zpráva Ministerstva zahraničních věcí"): "Ministry of Foreign Affairs of <State>",
    the State the line names, else the one the page's masthead (its first three lines) names. A ministry's
    masthead alone, or a menu's "Press releases", is the site's, no issuer (tests/gold/README.md). Never raises."""
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
    # (a header stands near the top, a signature at the end: a long file is not read through for either)
    ends = lines if len(lines) <= _PRESS_HEAD + _PRESS_TAIL else lines[:_PRESS_HEAD] + lines[-_PRESS_TAIL:]
    for line in ends:
        if is_press_header(line):
            return _ministry_named(line, lines, ref, language)
    return None


def _ministry_named(line: str, lines: list[str], ref: Reference, language: str) -> str | None:
    """The foreign ministry a line names (a press header, a press service's signature, a statement headline's speaker):
    "Ministry of Foreign Affairs of <State>", the State the line names, else the one the page's masthead (its first
    three ``lines``) names, else the one State whose language the page is in; the ministry's official English name
    where it is another. None when no one State is found."""
    from osce_kg.loader.extract.mentions import find_mentions

    states = find_mentions(line, ref, language).states
    if not states:
        # (the State's name as the data lists it, where the reader of mentions takes the line for one name:
        # "Persbericht van het Ministerie van Buitenlandse Zaken van Nederland")
        states = list(dict.fromkeys(m.label for m in ref.scan(line, ("state",))))
    if not states:
        # a ministry's name that is one State's alone ("Pressmeddelande från Utrikesdepartementet", ac2_sv, the
        # Swedish government's site: Finland's Swedish name is "Utrikesministeriet"; "Utenriksdepartementet",
        # aa3_no)
        low = _lower(line)
        states = [state for name, state in _MINISTRY_STATE.items() if name in low][:1]
    if not states:
        states = find_mentions("\n".join(lines[:3]), ref, language).states
    if not states and (own := _ONE_STATE_LANGUAGES.get(language.split("-")[0])) and own in ref.states:
        # the ministry named in a language that is one State's alone, no State named ("Pressemelding fra
        # Utenriksdepartementet" on the Norwegian government's site, aa3_no; "Пресцентър на Министерството на
        # външните работи" closing the Bulgarian ministry's page, e2_bg): that State's ministry
        states = [own]
    if len(set(states)) != 1:
        return None
    # (the ministry's English name as its own masthead writes it: "Ministry for Foreign Affairs of Finland")
    own = next((m.group() for ln in lines[:3] if (m := _MINISTRY_IN_ENGLISH.search(ln))
                and states[0] in find_mentions(m.group(), ref, "en").states), None)
    return own or OFFICIAL_MINISTRY.get(states[0]) or f"Ministry of Foreign Affairs of {_with_article(states[0])}"


#: a ministry's "position" on a matter, its statement ("Позиция на Министерството на външните работи относно ...",
#: sc10_bg; Russian, Polish, Czech, Slovak, Slovene): read for a ministry only
_POSITION_OF = re.compile(r"^(?:позиция|stanowisko|stanovisko|stališče)\s+(?:(?:на|na)\s+)?(?P<who>.+)$", re.I)
#: how many words may stand before a foreign ministry's name in a statement's speaker (its State's name in the
#: genitive, an article: "საქართველოს საგარეო საქმეთა სამინისტროს განცხადება", "the Ministry of ...")
_MINISTRY_FIRST_WORDS = 3


def _ministry_statement(title: str, page: str | None, ref: Reference, language: str) -> str | None:
    """The foreign ministry whose own statement the page is, its headline saying so in the page's language, the
    ministry the speaker ("Užsienio reikalų ministerijos pareiškimas dėl ...", "Заявление Министерства иностранных
    дел Республики Казахстан в связи с ...", "Izjava Ministarstva vanjskih i europskih poslova povodom ...",
    "Ανακοίνωση του Υπουργείου Εξωτερικών σχετικά με ...", "საქართველოს საგარეო საქმეთა სამინისტროს განცხადება ...",
    "Заява МЗС України щодо ...", "Statement by the Ministry of Foreign Affairs of ..."): a statement headline names
    its issuer on any site (tests/gold/README.md, "Statement headlines and reports"); the ministry as
    :func:`_ministry_named` names it, the State its words or the page's masthead or language give. A headline
    reporting what a ministry or its minister did names none. None otherwise."""
    m = None
    # (the headline, else the headline after a short topic and a dash, "Géorgie – Déclaration de la porte-parole du
    # ministère ...", sc7_fr, or a colon, :func:`_after_topic`)
    topic_first, dash, rest = title.strip().partition(" – ")
    for head in dict.fromkeys([title.strip(), rest.strip() if dash and len(topic_first.split()) <= 4 else "",
                               _after_topic(title)]):
        m = _STATEMENT_OF.match(head) or _STATEMENT_FIRST.match(head) or _STATEMENT_LAST.match(head) \
            or _POSITION_OF.match(head)
        if m is None and (said := _WHO_VERB.match(head)) and said.group("statement") is not None:
            m = said
        if m is not None:
            break
    if m is None:
        return None
    whole = m.group("who")
    topic = _TOPIC.search(whole)
    speaker = whole[:topic.start()] if topic else whole
    # (the ministry's name may hold a topic's word, "e Ministrisë për Evropën dhe Punët e Jashtme për ...", sc8_sq: the
    # name read whole, the topic after it)
    found = _FOREIGN_MINISTRY.search(_lower(whole))
    if found is None and (_SPOKESPERSON.match(_lower(speaker)) or _minister_speaks(speaker)
                          or _masthead_names(speaker, page)):
        # (session 15) the speaker the site's own short name, as its masthead prints it under the full name ("A KKM
        # közleménye ...", sc33_hu; "Dichiarazione della Farnesina ...", al3_it): the ministry of the site, as a
        # spokesperson's statement there is (none on a site whose masthead names no ministry)
        return _spokespersons_ministry(page, ref, language)
    if found is None or found.start() > len(speaker) or len(whole[:found.start()].split()) > _MINISTRY_FIRST_WORDS:
        return None
    if found.end() > len(speaker):
        speaker = whole[:found.end()]
    lines = [ln.strip() for ln in (page or "").splitlines()[:12] if ln.strip()]
    return _ministry_named(speaker, lines, ref, language)


#: the articles and prepositions that may stand before a statement's speaker ("della Farnesina", "A KKM", "du Quai")
_SPEAKER_LEAD = frozenset("a az the la le il lo l' del della dello dei degli delle du de des der die das den dem "
                          "of van von".split())


def _masthead_names(speaker: str, page: str | None) -> bool:
    """(session 15) Whether a statement's speaker, less a leading article or preposition, is one of the page's first
    lines as a whole: the site's own name as its masthead prints it ("KKM" under "Külgazdasági és
    Külügyminisztérium", "Farnesina" under "Ministero degli Affari Esteri e della Cooperazione Internazionale")."""
    words = speaker.split()
    while len(words) > 1 and words[0].lower() in _SPEAKER_LEAD:
        words = words[1:]
    name = " ".join(words).strip(" ,:;").casefold()
    lines = [ln.strip().casefold() for ln in (page or "").splitlines()[:12] if ln.strip()]
    return bool(name) and name in lines[:_MINISTRY_MASTHEAD_LINES]


#: (session 13) a spokesperson as a statement's speaker, no body named ("Déclaration de la porte-parole sur ...",
#: "Dichiarazione del portavoce sulle ...", "Δήλωση του Εκπροσώπου Τύπου για ..."), an article before it or not
_SPOKESPERSON = re.compile(
    r"^(?:(?:the|la|le|il|el|lo|der|die|des|del|della|dello|του|της|ο|η)\s+)?(?:porte-parole|portavoce|portavoz|"
    r"porta-voz|spokesperson|spokesman|spokeswoman|sprecher(?:in|s)?|εκπροσώπου\s+τύπου|εκπρόσωπος\s+τύπου|"
    r"εκπροσώπου|речника|речник|говорителя|говорител|официального\s+представителя|офіційного\s+представника|"
    r"rzecznika|rzecznik|mluvčí|hovorcu|hovorca|tiskovn\w+\s+predstavnik\w*|szóvivő\w*|woordvoerder)\b")
#: (session 14) a minister as a statement's speaker, no ministry named ("Verklaring van minister Van Weel over ...",
#: aj2_nl; "Prohlášení ministra zahraničních věcí ...", "Oświadczenie Ministra ...", "Užsienio reikalų ministro ...
#: pareiškimas", sc26): the word for a minister (any case; a foreign minister's compound), not for a ministry
_MINISTER = re.compile(
    r"(?:außen|aussen|utenriks|utrikes|udenrigs|ulko|külügy)?(?:minist(?:er|ers|erin|ern|erns|eren|erens|eri|re|ro|ra|"
    r"ri|ru|ras|rul|rului|rit|ar|rom|rem)|miniszter\w*|министр\w*|міністр\w*|министар\w*|bakan|bakanı|nazir|"
    r"naziri|vazir|vaziri|вазир|вазири|υπουργός|υπουργού|მინისტრ\w*|նախարար\w*)")
#: how many of a speaker's first words may stand before the minister's word ("Foreign Minister", "Užsienio reikalų
#: ministro", an article)
_MINISTER_WORDS = 3


def _minister_speaks(speaker: str) -> bool:
    """Whether one of the speaker's first :data:`_MINISTER_WORDS` words is a minister's (:data:`_MINISTER`): a
    minister's own statement, which on the ministry's site is the ministry's (:func:`_spokespersons_ministry`)."""
    return any(_MINISTER.fullmatch(word.strip(".,:;'’\"«»„“”()")) for word in _lower(speaker).split()[:_MINISTER_WORDS])


#: how many of a page's first lines may be the ministry's masthead
_MINISTRY_MASTHEAD_LINES = 3


def _spokespersons_ministry(page: str | None, ref: Reference, language: str) -> str | None:
    """The foreign ministry a spokesperson's statement comes from when the headline names none: the one the page's
    masthead (its first lines) names, the ministry's own site (ag1_fr "France Diplomatie - Ministère de l'Europe et des
    Affaires étrangères"; sc20_it, sc20_el); None on any other site (a paper's headline "Statement of the
    spokesperson" names no one)."""
    lines = [ln.strip() for ln in (page or "").splitlines()[:12] if ln.strip()]
    for line in lines[:_MINISTRY_MASTHEAD_LINES]:
        if _FOREIGN_MINISTRY.search(_lower(line)):
            named = _ministry_named(line, lines, ref, language)
            if named is None:
                # (a ministry's name that no one State's language gives, "Υπουργείο Εξωτερικών": the State of the
                # city its statement's dateline opens with, "Αθήνα, 28 Οκτωβρίου 2024", sc20_el)
                city = next((c for ln in lines[_MINISTRY_MASTHEAD_LINES:]
                             if (c := ref.lookup("city", ln.split(",", 1)[0].strip())) and "," in ln), None)
                state = ref.cities[city].state if city else None
                named = state and (OFFICIAL_MINISTRY.get(state)
                                   or f"Ministry of Foreign Affairs of {_with_article(state)}")
            return named
    return None


#: the foreign ministries whose official English name is not "Ministry of Foreign Affairs of <State>"
#: (tests/gold/README.md: a body the reference data lacks is given by its full English name; the lines' gold writes
#: these: a7_de, x3_de, j1_fr Federal Department of Foreign Affairs, aa3_no, o2_sk, n3_fi, h3_en_gov)
OFFICIAL_MINISTRY = {
    "Switzerland": "Federal Department of Foreign Affairs", "Germany": "Federal Foreign Office",
    "Austria": "Federal Ministry for European and International Affairs",
    "United Kingdom": "Foreign, Commonwealth & Development Office", "Norway": "Norwegian Ministry of Foreign Affairs",
    "Finland": "Ministry for Foreign Affairs of Finland", "Sweden": "Ministry for Foreign Affairs of Sweden",
    "Slovakia": "Ministry of Foreign and European Affairs of Slovakia",
    "Croatia": "Ministry of Foreign and European Affairs of Croatia",
    # (session 13: "of France", as tests/gold/README.md writes a name that does not say its State, Albania's ministry
    # having the same English name; ag1_fr's gold, sc7_fr brought to it)
    "France": "Ministry for Europe and Foreign Affairs of France",
    # (session 12) line ad's ad1_mt and line sc's sc2_es, sc2_sl: the names these ministries have had since 2022
    # (Malta, Slovenia), 2018 (Spain) and 2020 (Ireland's department)
    "Ireland": "Department of Foreign Affairs of Ireland",
    "Italy": "Ministry of Foreign Affairs and International Cooperation of Italy",
    "Albania": "Ministry for Europe and Foreign Affairs of Albania",
    "Malta": "Ministry for Foreign and European Affairs and Trade of Malta",
    "Slovenia": "Ministry of Foreign and European Affairs of Slovenia",
    "Spain": "Ministry of Foreign Affairs, European Union and Cooperation of Spain"}
#: those ministries by their own names, as a "Source:" / "Herausgeber:" label gives them (lower case)
_MINISTRY_NAMED = {
    "eidgenössisches departement für auswärtige angelegenheiten": "Switzerland",
    "département fédéral des affaires étrangères": "Switzerland",
    "dipartimento federale degli affari esteri": "Switzerland",
    "eda": "Switzerland", "dfae": "Switzerland", "auswärtiges amt": "Germany",
    "bundesministerium für europäische und internationale angelegenheiten": "Austria",
    "foreign, commonwealth & development office": "United Kingdom", "utenriksdepartementet": "Norway",
    "ministère de l'europe et des affaires étrangères": "France"}


def _with_article(state: str) -> str:
    """A State's English name as it follows "of": with "the" where English puts it ("the Netherlands", "the Russian
    Federation", "the United Kingdom", "the Holy See", "the Republic of ..."; the shared gold's "Ministry of Foreign
    Affairs of the Netherlands")."""
    return f"the {state}" if state in _WITH_THE or state.startswith(("United ", "Republic ")) else state


#: States whose English name takes "the" after "of" (besides "United ..." and "Republic ...")
_WITH_THE = frozenset({"Netherlands", "Russian Federation", "Holy See", "Czech Republic", "Kyrgyz Republic",
                       "Slovak Republic"})
#: foreign ministries' names that are one State's alone, in lower case
_MINISTRY_STATE = {
    "utrikesdepartementet": "Sweden", "utenriksdepartementet": "Norway", "udenrigsministeriet": "Denmark",
    "utrikesministeriet": "Finland", "auswärtiges amt": "Germany", "auswärtigen amt": "Germany",
    "departement für auswärtige angelegenheiten": "Switzerland",
    "département fédéral des affaires étrangères": "Switzerland", "mzvez": "Slovakia",
    # (session 12) Italy's ministry by its name since 2014 (T's tc3_it_mae: "Comunicato stampa del Ministero degli
    # Affari Esteri e della Cooperazione Internazionale"; Italian is official in three more participating States)
    "affari esteri e della cooperazione internazionale": "Italy",
    "ministère de l'europe et des affaires étrangères": "France",
    "ministère de l’europe et des affaires étrangères": "France",
    # (session 14) the Dutch name is the Netherlands' alone (Belgium's is the "FOD Buitenlandse Zaken": aj2_nl's
    # masthead "Rijksoverheid" / "Ministerie van Buitenlandse Zaken", which names no State)
    "ministerie van buitenlandse zaken": "Netherlands"}
#: the languages that are official in one participating State only (a ministry's name in one of them is that State's)
_ONE_STATE_LANGUAGES = {
    "no": "Norway", "nb": "Norway", "nn": "Norway", "da": "Denmark", "is": "Iceland", "et": "Estonia", "lv": "Latvia",
    "lt": "Lithuania", "hu": "Hungary", "pl": "Poland", "cs": "Czechia", "sk": "Slovakia", "sl": "Slovenia",
    "hy": "Armenia", "ka": "Georgia", "az": "Azerbaijan", "bg": "Bulgaria", "uk": "Ukraine", "be": "Belarus",
    "kk": "Kazakhstan", "ky": "Kyrgyzstan", "tg": "Tajikistan", "uz": "Uzbekistan", "tk": "Turkmenistan",
    "mn": "Mongolia", "mk": "North Macedonia", "fi": "Finland", "mt": "Malta",
    # (session 12) Spanish and Portuguese (official in no other participating State), Irish, Luxembourgish
    "es": "Spain", "pt": "Portugal", "ga": "Ireland", "lb": "Luxembourg"}
#: a foreign ministry's English name on a masthead's line ("Utrikesministeriet | Ministry for Foreign Affairs of
#: Finland"): "of" or "for", then the State
_MINISTRY_IN_ENGLISH = re.compile(r"Ministry (?:of|for) Foreign Affairs of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}")


# ------------------------------------------------------------------ a news agency's credit, by its shape

#: a code in brackets or slashes near the start of the text, before a dash, colon or full stop:
#: "Bratislava 14. marca (TASR) -", "Tiranë, 14 mars /ATSH/ –", "ΛΕΥΚΩΣΙΑ, 14 Μαρτίου 2024 (ΚΥΠΕ) -"
_BRACKET_CREDIT = re.compile(r"[(/](?P<code>(?=[^\W\d_])\w[\w.\-]{1,14})[)/]\s*"
                             r"(?:[-–—:.]|$)")
#: a closing credit line: "— IPN", "Autor: Valentina Rusu — IPN", "(APA)", "Izvor: FENA" is a label
_CLOSING_CREDIT = re.compile(r"(?:^|\s)(?:[-–—]\s*|\()(?P<code>(?=[^\W\d_])\w[\w.\-]{1,14})\)?\s*$"
                             # "(APA, red, 5.12.2025)", "(APA/red, 4.12.2025)": the agency, the editors' mark
                             # (the newsroom's "red", initials in lower case) and the day, closing the text
                             r"|^\((?P<code2>[A-Z][A-Za-z]{1,9})\s*[,/]\s*(?:[a-z]{2,4}\.?\s*[,/]\s*)*"
                             r"[0-3]?\d\.\s?[01]?\d\.\s?(?:20)?\d\d\)\s*$"
                             r"|^\((?P<code3>[A-Z][A-Za-z]{1,9})\s*[,/]\s*[a-z]{2,4}\.?\)\s*$")
#: a closing line of the author's name, a comma and the agency: "Valentina Rusu, IPN" (as "/Мария Петрова, БТА/"),
#: the author's initials too, as Slovene papers and broadcasters sign an agency's copy ("K. B., STA" on RTV Slovenija,
#: n3_sl; "T. K., STA" on Dnevnik, sa2_sl)
_NAME_THEN_CODE = re.compile(r"^(?:(?:[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω][\w'’-]+\s){1,2}[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω][\w'’-]+"
                             r"|(?:[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω][a-zа-я]?\.\s?){1,3}),\s*"
                             r"(?P<code>(?=[^\W\d_])\w[\w.\-]{1,14})\s*$")
#: an agency's site right after a dateline, then a slash, dash or colon ("REPORT.AZ/", "Trend.az -")
_SITE_CREDIT = re.compile(r"^(?P<site>[^\W\d_][\w-]{1,20}\.[A-Za-z]{2,3})\s*(?:/|[-–—:]\s)")
#: the first word of a dateline's rest, after a dash or comma, closed by a full stop or comma: "— 24.kg. Полевой ...",
#: "— 24.kg, Анна Кириленко. ...", "24.kg. Программный ..."
_FIRST_NAME = re.compile(r"^\s*(?:[-–—,]\s*)?(?P<name>[^\W_][\w.\-]{1,24}?)\s*[.,](?:\s|$)")


def _own_credit(rest: str, page: str, ref: Reference) -> str | None:
    """The news site that credits itself right after its dateline: the word there is the site's own masthead (the
    page's first line) and an outside body the reference data knows ("24.kg" over "Бишкек, 20 октября 2026 — 24.kg.
    ..."; "БИШКЕК — 24.kg, Анна Кириленко. ..."); else None. (A masthead alone names the site, not the item's issuer:
    only its credit in the dateline does.)"""
    m = _FIRST_NAME.match(rest)
    if m is None:
        return None
    name = m.group("name")
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
    if masthead.casefold() != name.casefold():
        return None
    label = ref.lookup("organization", name)
    return label if label and ref.organizations[label].kind == "external" else None


#: a breadcrumb's marks between its items ("Startseite > Newsroom > ...", "Inicio / Sala de prensa")
_CRUMB_MARKS = re.compile(r"\s*[>»›/|]\s*|\s{2,}")


def _osce_masthead_over_breadcrumb(page: str, title: str | None, ref: Reference, whole_osce: frozenset[str]) -> bool:
    """(session 13) Whether the OSCE's own name heading the page (a masthead line, alone or beside its acronym) stands
    over a breadcrumb that starts with "Home" in the page's language, above the headline: osce.org's own masthead and
    menus ("OSCE  Organisation für Sicherheit und Zusammenarbeit in Europa" / menus / "Startseite > Newsroom > ..." /
    headline, ag1_de; "OSCE  Organización para la Seguridad ..." / ... / "Inicio > Sala de prensa > Noticias",
    sc19_es), which names the site, not the item's issuer (an aggregator's feed line, the OSCE's name right over the
    headline with a stamp between, other_010, names it)."""
    if not title or title not in page:
        return False
    above = [ln.strip() for ln in page[:page.find(title)].splitlines() if ln.strip()]
    head = next((i for i, line in enumerate(above[:_MASTHEAD_LINES + 2])
                 if any(ref.lookup("organization", part.strip()) in whole_osce
                        for part in _MASTHEAD_PARTS.split(line))), None)
    if head is None:
        return False
    for line in above[head + 1:]:
        items = [i for i in _CRUMB_MARKS.split(line) if i]
        if len(items) >= 2 and items[0].casefold() in _HOME and not any(c.isdigit() for c in line):
            return True
    return False


#: how many lines under the headline, above the text, may hold a site's own credit, and how long each may be
_STAMP_LINES, _STAMP_LINE_CHARS = 3, 80
#: how many of a credit part's last words may be the body's name ("Redazione ANSA", "Віденський кореспондент
#: Укрінформу")
_CREDIT_WORDS = 3


def _site_body(masthead: str, ref: Reference) -> str | None:
    """The outside body a site's masthead (the page's first line) names: the line, its first part before two spaces
    ("RTS  Радио-телевизија Србије"), or the name of its address ("ANSA.it"); None for no body the data knows."""
    for name in (masthead, re.split(r"\s{2,}", masthead)[0], (m := _DOMAIN.fullmatch(masthead)) and m.group("name")):
        label = name and ref.lookup("organization", name)
        if label and ref.organizations[label].kind == "external":
            return label
    return None


def _site_named_alone(byline: str, source: str, page: str, ref: Reference) -> bool:
    """Whether a byline credit is the site's own name alone on its line, the body the masthead names (a broadcaster's
    name under the date on its own site: "Азаттык" under Azattyk's masthead, ai2_ky; "Deutsche Welle", "Голос
    Америки", sc25): the site, not the item's credit (an agency signs its own items with a staff word or in the
    dateline, :func:`_own_stamp_credit`)."""
    name = byline.strip()
    if ref.lookup("organization", name) != source:
        return False
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
    return _site_body(masthead, ref) == source and f"\n{name}\n" in page.replace("\r", "")


def _own_stamp_credit(page: str, title: str | None, ref: Reference, language: str) -> str | None:
    """The site's own body credited on a short line between the headline and the text (its stamp and byline lines), as
    a news agency signs the items of its own site: a staff word and the agency ("Redazione ANSA" under ANSA.it's
    headline; "Віденський кореспондент Укрінформу", Ukrinform's correspondent, on Ukrinform's), or the agency as a part
    of the dateline between the place and the date ("Астана. ҚазАқпарат - 17 мамыр 2023 ж., 10:24" on Kazinform's).
    The body is the one the masthead names (the page's first line, or its address's name) and an outside one the
    reference data knows; a part's last words name it. The lines looked at end before the first line that ends a
    sentence or is longer than a stamp's. None otherwise (a masthead alone names the site, not the item's issuer)."""
    if not title or title not in page:
        return None
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
    site = _site_body(masthead, ref) if masthead != title else None
    if site is None:
        return None
    below = [ln.strip() for ln in page[page.find(title) + len(title):].splitlines() if ln.strip()][:_STAMP_LINES]
    for line in below:
        if len(line) > _STAMP_LINE_CHARS or line.endswith(_SENTENCE_END[:4]):
            return None                           # (the text: a credit stands above it)
        for part in _PARTS.split(line):
            words = part.strip(" .:").split()
            if not words or len(words) > _CREDIT_WORDS + 2 or any(c.isdigit() for c in part):
                continue
            for k in range(max(0, len(words) - _CREDIT_WORDS), len(words)):
                if k == 0 and part.strip(" .:") == line.strip(" .:"):
                    continue                      # (the site's name alone on its line names the site: ai2_ky, sc25)
                if k and words[k - 1].endswith(":"):
                    continue                      # (session 15) an author's label and the site's name, "Автору:
                    #                               Азаттык Үналгысы" under Azattyk's headline (an2_ky): the site's
                    #                               byline, as its name alone is (a staff word has no colon)
                if ref.lookup("organization", " ".join(words[k:])) == site:
                    return _agency(" ".join(words[k:]), ref, language, page) or site
    return None


#: (session 15) how many lines under the headline may hold an agency's dateline on its own site (a lead may stand
#: above it), and how long that line may be
_OWN_DATELINE_LINES, _OWN_DATELINE_CHARS = 4, 60
#: a credit in brackets or slashes closing a line ("Bakı, 9 oktyabr 2025, 14:37 (AZƏRTAC)", "... /БТА/.")
_CLOSING_BRACKET = re.compile(r"[(/]\s*(?P<code>[^\W\d_][\w.\-]{1,20})\s*[)/]\s*[.:–—-]?\s*$")


def _own_dateline_credit(page: str, title: str | None, ref: Reference, language: str) -> str | None:
    """(session 15) The agency that credits itself on its own site in a short dated line among the first lines under
    the headline: the place and date (and time), then the agency in brackets ("Bakı, 9 oktyabr 2025, 14:37 (AZƏRTAC)"
    under AZƏRTAC's headline, am1_az; "София, 4 декември 2026, 11:20 (БТА)", sc32_bg) or as the line's last part
    ("Відень. 7 грудня. Укрінформ" under Ukrinform's lead, al1_uk; "Астана. 5 декабря. КАЗИНФОРМ", sc32_ru). The body
    must be the one the site's masthead names (the page's first line, :func:`_site_body`), an outside one; the line
    has a digit (a date) and at most :data:`_OWN_DATELINE_CHARS` characters (a dateline, not a sentence). None
    otherwise."""
    if not title or title not in page:
        return None
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
    site = _site_body(masthead, ref) if masthead != title else None
    if site is None:
        return None
    below = [ln.strip() for ln in page[page.find(title) + len(title):].splitlines() if ln.strip()]
    for line in below[:_OWN_DATELINE_LINES]:
        if len(line) > _OWN_DATELINE_CHARS or not any(c.isdigit() for c in line):
            continue
        m = _CLOSING_BRACKET.search(line)
        code = m.group("code") if m else _PARTS.split(line)[-1].strip(" .:")
        if code and not any(c.isdigit() for c in code) and ref.lookup("organization", code) == site:
            return _agency(code, ref, language, page) or site
    return None


#: an unknown code is taken as written only in capitals (an agency's acronym), two to six letters
_CODE = re.compile(r"[A-ZА-ЯЁЄІЇΑ-Ω]{2,6}")
#: how many of the text's last lines may close it with a credit: the bracket with the editors' mark may stand above
#: a paper's links ("Posting-Regeln", "Kommentare"); a bare code only in the last two
_CLOSING_LINES = 5
#: how far into the text a bracketed credit may stand (a dateline's length)
_CREDIT_SPAN = 90


def credited_source(source: str | None, raw: RawRecord, page: str, ref: Reference, language: str,
                    whole_osce: frozenset[str]) -> str | None:
    """The issuing body with the agency credit read by its shape and in the page's language.

    ``source`` is what the labels and dateline gave. An acronym two agencies share is re-read by the
    language; an unknown code the masthead spells out gives the masthead's name; without a source, a
    bracketed code at the start of the text or a closing credit line gives one. Never raises."""
    if raw.labels.get("source") and _media_list(raw.labels["source"][0], page, raw.title):
        # (session 15) a source label listing the media an aggregator draws from, above the headline among its menus
        # ("Vir: 24ur · RTV SLO · STA · Delo · Dnevnik · N1", al2_sl; "Zdroj: ČTK · iROZHLAS · Novinky · ...", sc30_cs;
        # "Quellen: dpa · APA · Reuters · ...", al3_de's shape): the site's, not the item's; read the item without it
        from dataclasses import replace

        from osce_kg.loader.extract.document import _source   # (document imports this module)

        raw = replace(raw, labels={key: values for key, values in raw.labels.items() if key != "source"})
        source = _source(raw, ref, page, language)
    if source in whole_osce and not raw.labels.get("source") and not raw.byline_agency \
            and not (raw.dateline and (raw.dateline.agency or raw.dateline.credit)) \
            and _osce_masthead_over_breadcrumb(page, raw.title, ref, whole_osce):
        source = None                             # (osce.org's own masthead over its breadcrumb: ag1_de, sc19_es)
    own_name = bool(source and raw.byline_agency and not raw.labels.get("source")
                    and not (raw.dateline and (raw.dateline.agency or raw.dateline.credit))
                    and _site_named_alone(raw.byline_agency, source, page, ref))
    if own_name:
        source = None                             # (the site's own name alone under the date: ai2_ky, sc25)
    if not raw.listing_item and (source is None or " | " in source):
        # a source label among a stamp line's parts ("19.12.2023 | 16:32 | Извор: Танјуг", o1_sr; "Източник: БТА |
        # 08.04.2021 12:15 | Прочетена 1 243 пъти", o2_bg, whose label's value ran on over the other parts)
        # ("РИА Новости, 5 декабря 2024, 18:45"; "Civil.ge · by ... · Dec 2, 2021")
        stamp = (_agency_stamp(page, raw.title, ref) or _site_in_stamp(page, raw.title, ref)) if source is None \
            else None
        sender = _sender(page, raw.title, ref) if source is None else None       # "Afsender: Institut for ..."
        source = _piped_label(page, raw.title, ref) or stamp or sender or source
    if source and raw.labels.get("source") and source not in ref.organizations:
        source = _label_value(source, ref)     # "Fuente: Europa Press   ·   28/04/2026 12:47   ·   Ver original →"
    written = raw.dateline.agency if raw.dateline and raw.dateline.agency else None
    for credit in (None if own_name else raw.byline_agency, written) if not raw.labels.get("source") else ():
        chain = _agency_chain(credit, ref, language, page)
        if chain and (source is None or source in chain.split(" / ") or source == credit):
            return chain                          # "(APA/dpa)", "ats/afp" closing the text, "(ANSA-AFP) -"
    if source and written and not raw.labels.get("source"):
        source = _agency(written, ref, language, page) or source
    if source and raw.labels.get("source") and source not in ref.organizations \
            and (state := _MINISTRY_NAMED.get(source.casefold().strip(" ."))):
        source = OFFICIAL_MINISTRY[state]         # "Herausgeber: Eidgenössisches Departement für ..." (a7_de)
    if source and raw.labels.get("source") and source not in ref.organizations \
            and (chair := chairpersonship_by_shape(source, ref)):
        source = chair                            # "Fonte: Presidenza italiana dell'OSCE 2018" (aa1_it, aa3_de)
    if (source and raw.labels.get("source") and " / " not in source and source not in ref.organizations
            and ref.lookup("field_operation", source) is None and len(source.split()) <= 8):
        # a "Source:" label's value the data does not list, the body's own name in the page's language ("Источник:
        # Программный офис ОБСЕ в Астане", "Fonte: Segretariato dell'OSCE", "Издавач: Мисија ОЕБС у Србији": n1_ru,
        # n2_it, n1_sr, osce.org's new layout and a field office's site), read as a masthead's line is
        source = _named_in_another_language(source, ref, language) or source
    if source:
        return _by_language(source, ref, language, page)
    if raw.listing_item:
        return None
    site = _SITE_CREDIT.match(raw.dateline_rest) if raw.dateline else None
    label = site and ref.lookup("organization", site.group("site"))
    if label and label not in whole_osce:
        return label                              # "Bakı. 28 yanvar. REPORT.AZ/ ...": the agency's site
    label = _own_credit(raw.dateline_rest, page, ref) if raw.dateline else None
    if label and label not in whole_osce:
        return label                              # "Бишкек, 20 октября 2026 — 24.kg. ...": the site's own credit
    label = _own_stamp_credit(page, raw.title, ref, language) or _own_dateline_credit(page, raw.title, ref, language)
    if label and label not in whole_osce:
        return label                              # "Redazione ANSA" under ANSA.it's headline: the site's own credit
    # (searched in the whole first line, the match starting within the span: a span cut right after a bracket, "...
    # Institutions and Human Rights (ODIHR)| today opened ...", made a line's end of a name's acronym, n3_en)
    m = next((c for c in _BRACKET_CREDIT.finditer(raw.body.lstrip().split("\n", 1)[0]) if c.start() < _CREDIT_SPAN),
             None)
    label = m and (_agency(m.group("code"), ref, language, page) or _agency_chain(m.group("code"), ref, language, page))
    if label and label not in whole_osce:
        return label
    label = _agency_after_date(raw.body.lstrip()[:_CREDIT_SPAN + 40].split("\n", 1)[0], ref)
    if label and label not in whole_osce:
        return label
    label = _reporting_agency(raw.body, ref, language, page)
    if label and label not in whole_osce:
        return label
    tail = [ln.strip() for ln in raw.body.strip().splitlines()[-_CLOSING_LINES:] if ln.strip()]
    for back, line in enumerate(reversed(tail)):
        m = (_CLOSING_CREDIT.search(line) or _NAME_THEN_CODE.match(line)) if len(line) < 120 else None
        if m and back >= 2 and not (m.groupdict().get("code2") or m.groupdict().get("code3")):
            continue                              # (only the bracket with the editors' mark stands above links)
        code = m and next(c for c in (m.groupdict().get(k) for k in ("code", "code2", "code3")) if c)
        label = code and _agency(code, ref, language, page)
        if label and label not in whole_osce:
            return label
    # (session 15) the site-wide footer the reader found (lead decision 5) is chrome under the signature, no sentence
    # of the text, also where its copyright line ends in a full stop ("© 2026 Borgis a.s. Všechna práva vyhrazena.",
    # sc31_cs)
    above_footer = raw.body[:len(raw.body) - raw.footer.length] if 0 < raw.footer.length < len(raw.body) else raw.body
    return _signed_credit(tail, ref, language, page, whole_osce, raw.body) \
        or _signed_above_chrome(above_footer, ref, language, page, whole_osce)


#: how many names a source label's value lists, at least, to be a site's list of the media it draws from
_MEDIA_LIST_NAMES = 3


def _media_list(value: str, page: str, title: str | None) -> bool:
    """(session 15) Whether a source label's value is an aggregator's list of the media it draws from: three names or
    more parted by a stamp's marks (:data:`_STAMP_PARTS`), each with a letter (no date or time) and four words at most
    ("24ur", "N1" are names), the label's line standing above the headline (among the site's menus, not under the
    item): "Vir: 24ur · RTV SLO · STA · Delo · Dnevnik · N1" (al2_sl), "Izvor: Hina · Index.hr · N1 · Jutarnji ·
    Večernji" (sc30_hr). The item's own source is then read from its stamp line or credit (an aggregator names each
    item's medium there)."""
    parts = _STAMP_PARTS.split(value.strip())
    if len(parts) < _MEDIA_LIST_NAMES or any(not any(c.isalpha() for c in part) or len(part.split()) > 4
                                              for part in parts):
        return False
    at = page.find(value.strip())
    return bool(title) and at >= 0 and 0 <= at < page.find(title or "")


#: a label value's parts: a bar, a middle dot or a bullet between spaces, or a run of three spaces or more
_VALUE_PARTS = re.compile(r"\s+[|·•]\s+|\s{3,}")
#: a date (and time) in brackets closing a label's value: "(12.07.2022)", "(12/07/2022 09:14)", "(2022-07-12)"
_DATE_IN_BRACKETS = re.compile(r"\s*\(\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?(?:,?\s+\d{1,2}[:.]\d{2})?\s*\)\s*$")
#: a dash between a label's name and the item's stamp after it, a date's figure within its first three words ("ANSA -
#: 23 gennaio 2018, 14:12", "EFE – 12 de marzo de 2021", "Hina - 7. srpnja 2020.")
_DASH_STAMP = re.compile(r"\s+[-–—]\s+(?=\W*(?:[^\W\d]+\W+){0,2}\d)")
#: a name closed by an acronym in brackets: "Organization for Security and Co-operation in Europe (OSCE)"
_NAME_ACRONYM = re.compile(r"^(?P<name>.{4,}?)\s*\((?P<acronym>[^\W\d_][\w.\-]{1,9})\)$")


def _label_value(value: str, ref: Reference) -> str:
    """A "Source:" label's value the reference data does not know as a whole, cut to the body it names: the first of
    its parts when the others carry a date or time (an aggregator's stamp line, "Europa Press   ·   28/04/2026 12:47
    ·   Ver original →": af3_es, sc16_it), its names parted by commas when the data knows each as an outside body
    (joined with " / "), and a name without the acronym in brackets after it when both name the same body
    ("Organization for Security and Co-operation in Europe (OSCE)", "Organisation für Sicherheit und Zusammenarbeit in
    Europa (OSZE)": af3_en, sc16_de). The value as it was otherwise."""
    from osce_kg.loader.extract.document import agency_label   # (document imports this module)

    dated = _DATE_IN_BRACKETS.search(value)
    if dated and not any(c.isdigit() for c in value[:dated.start()]):
        value = value[:dated.start()]          # (session 13) "Le Courrier des Balkans (12.07.2022)": its stamp, ah1_fr
    parts = [p.strip() for p in _VALUE_PARTS.split(value.strip()) if p.strip()]
    if len(parts) == 1 and (dash := _DASH_STAMP.search(value)):
        # (session 13) the name, a dash and the item's date: an aggregator's label runs on into the stamp ("Fonte: ANSA
        # - 23 gennaio 2018, 14:12", ai1_it; "Fuente: EFE – 12 de marzo de 2021, 10:05", sc24_es; "Izvor: Hina - 7.
        # srpnja 2020. u 15:32", sc24_hr)
        parts = [value[:dash.start()].strip(), value[dash.end():].strip()]
    if len(parts) >= 2 and any(c.isdigit() for c in " ".join(parts[1:])) and not any(c.isdigit() for c in parts[0]):
        first = parts[0]
        value = ref.lookup("organization", first) or agency_label(first, ref) or first
    names = [n.strip() for n in value.split(",")]
    if len(names) >= 2 and value not in ref.organizations:
        # (session 13) the label lists bodies in any script, each one the data knows ("Извор: РТС, Танјуг", ag1_sr;
        # "Извор: МИА, Бета", "Источник: ТАСС, Интерфакс", sc18): all of them, as a label's several bodies are given
        labels = [ref.lookup("organization", n) or agency_label(n, ref) for n in names]
        if all(labels) and all(ref.organizations[label].kind == "external" for label in labels if label):
            return " / ".join(dict.fromkeys(label for label in labels if label))
    m = _NAME_ACRONYM.match(value)
    if m:
        label = ref.lookup("organization", m.group("name")) or ref.lookup("field_operation", m.group("name"))
        if label and label == (ref.lookup("organization", m.group("acronym"))
                               or ref.lookup("field_operation", m.group("acronym"))):
            return label
    return value


#: a source label's part of a line of parts between bars ("Извор: Танјуг", "Източник: БТА"): the label word of the
#: region's languages, a colon, a name
_PIPED_LABEL = re.compile(r"^(?:izvor|извор|източник|источник|джерело|source|quelle|fonte|fuente|burimi|sursa|"
                          r"kaynak|mənbə|źródło|zdroj|forrás|allikas|avots|šaltinis|lähde|kilde|källa|bron|πηγή|"
                          r"წყარო|աղբյուր|булак|манбаъ|манба|çeşme|эх сурвалж)"
                          r"\s*:\s*(?P<name>[^\W\d_][^|:]{1,40}?)\s*$", re.I)
#: how many lines under the headline may be its stamp line
_PIPED_LINES = 3
#: what parts a stamp line's parts: a bar, a middle dot or a bullet between spaces, as aggregators print them with one
#: space or several ("19.12.2023 | 16:32 | Извор: Танјуг", "08.10.2015 11:24  |  Allikas: ERR", "Opdateret 01.07.2009
#: 09:18  ·  Kilde: Ritzau")
_STAMP_PARTS = re.compile(r"\s+[|·•]\s+")


def _piped_label(page: str, title: str | None, ref: Reference) -> str | None:
    """The outside body (an agency, a paper) a source label names as one part of a line of parts parted by " | "
    right under the headline, an aggregator's or a portal's stamp line (the date, the time, the read count and the
    source: "19.12.2023 | 16:32 | Извор: Танјуг", "Източник: БТА | 08.04.2021 12:15 | Прочетена 1 243 пъти"; the parts
    parted by a middle dot or a bullet too, with one space or several around it: :data:`_STAMP_PARTS`, ab2_et, ab3_da,
    ab3_no, aggregators in Estonian, Danish and Norwegian), when the reference data knows it, or the agency's code as
    written (two to six capitals) when it does not; else None."""
    from osce_kg.loader.extract.document import agency_label   # (document imports this module)

    if not title or title not in page:
        return None
    below = [ln.strip() for ln in page[page.find(title) + len(title):].splitlines() if ln.strip()][:_PIPED_LINES]
    # (session 15) or the line right above the headline, a portal's rubric, source and stamp over it ("Κόσμος | Πηγή:
    # ΑΠΕ-ΜΠΕ | 11/07/2024 13:20", an3_el)
    above = [ln.strip() for ln in page[:page.find(title)].splitlines() if ln.strip()][-1:]
    for line in below + above:
        parts = _STAMP_PARTS.split(line)
        if len(parts) < 2:
            continue
        for part in parts:
            m = _PIPED_LABEL.match(part.strip())
            if m is None:
                continue
            name = m.group("name")
            label = ref.lookup("organization", name) or agency_label(name, ref)
            if label and ref.organizations[label].kind == "external":
                return label
            if label is None and _CODE.fullmatch(name) and not ref.lookup("state", name):
                # an agency's code the data lacks, as the line writes it ("08.10.2015 11:24  |  Allikas: ERR", ab2_et;
                # "Kilde: NTB", ab3_no: two aggregators), as a dateline's unknown code is given
                return name
            if label is None and _outside_name(name, ref, page):
                return name                       # "Allikas: Postimees": a paper the data lacks, as written
            site = _DOMAIN.fullmatch(name)
            if label is None and site:
                # a site's address as the source ("Forrás: hvg.hu | 2022. április 4. 16:10 | Cikk megnyitása ›", ac3_hu;
                # "Forrás: index.hu | ...", "Zdroj: idnes.cz | ...": sb5): the site by the name its address gives, in
                # capitals when it is short as an acronym is, as the reference knows it when it does
                word = site.group("name")
                known = ref.lookup("organization", word)
                return known if known else (word.upper() if len(word) <= 4 else word.capitalize())
    return None


#: a press-release distributor's sender label right under the headline, in the OSCE's languages ("Afsender:",
#: "Avsändare:", "Absender:", "Lähettäjä:")
_SENDER = re.compile(r"^(?:afsender|avsändare|avsender|absender|lähettäjä|sender|afzender|expéditeur|mittente|"
                     r"remitente|odesílatel|odosielateľ|nadawca|pošiljatelj|pošiljalac|küldő|saatja|sūtītājs|"
                     r"siuntėjas|отправитель|відправник|изпращач)\s*:\s*(?P<name>[^\W\d_][^|:]{1,80}?)\s*$", re.I)


#: how many of a page's first lines may hold the sender label
_SENDER_LINES = 16


def _sender(page: str, title: str | None, ref: Reference) -> str | None:
    """The body a press-release distributor names as the release's sender on a line of its own near the top, under the
    headline ("Afsender: Institut for Menneskerettigheder" on Via Ritzau, ac2_da; "Avsändare: Amnesty International",
    sb5_sv): the reference's label when it knows the body, else the name as written (eight words at most, a capital in
    it, no State, city or the site's own masthead). The label is looked for among the page's first lines (the
    distributor's menus and the headline above it; its word is no menu's), not only under the headline the reader
    found. None otherwise."""
    for line in [ln.strip() for ln in page[:6000].splitlines() if ln.strip()][:_SENDER_LINES]:
        m = _SENDER.match(line)
        if m is None:
            continue
        name = m.group("name")
        label = ref.lookup("organization", name)
        if label:
            return label
        masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
        if len(name.split()) <= 8 and any(w[:1].isupper() for w in name.split()) \
                and not any(ref.lookup(kind, name) for kind in ("state", "city")) \
                and name.casefold() not in masthead.casefold():
            return name
    return None


#: a site's address alone: its name, then its domain's other parts ("hvg.hu", "www.idnes.cz", "index.hu")
_DOMAIN = re.compile(r"(?:www\.)?(?P<name>[a-z][a-z0-9-]{1,30})(?:\.[a-z0-9-]{2,30})*\.[a-z]{2,6}", re.I)


def _outside_name(name: str, ref: Reference, page: str) -> bool:
    """Whether a source label's value the data does not know reads as an outside body's name: one to three words, each
    capitalised, no State, place or OSCE body, and not the site's own masthead (an aggregator names its source, not
    itself)."""
    words = name.split()
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and len(name) >= 3 \
        and not any(ref.lookup(kind, name) for kind in ("state", "city", "organization", "field_operation")) \
        and name.casefold() not in masthead.casefold()


#: an aggregator's source line: a name, then the date and the time, parted by a comma or a stamp's mark
_AGENCY_STAMP = re.compile(r"^(?P<name>[^\W\d_][^\d,|·•]{1,40}?)(?:,\s+|\s+[|·•]\s+)(?P<stamp>.*\d.*)$")
#: how many words of letters alone the stamp may have (a month's name, "AM", "г.")
_STAMP_WORDS = 3


def _agency_stamp(page: str, title: str | None, ref: Reference) -> str | None:
    """The outside body (an agency) an aggregator's source line right under the headline names before the date and the
    time it gives ("РИА Новости, 5 декабря 2024, 18:45", sa3_ru; "ТАСС, 12 марта 2024, 14:20", "Укрінформ · 14.03.2024,
    16:05", "Reuters, September 23, 2024, 9:12 AM", "Tanjug, 18. april 2024, 12:35": line sb's four aggregators), when
    the reference data knows it as an outside body; else None. The rest of the line is a stamp: digits, and three words
    of letters at most (a month, "AM")."""
    from osce_kg.loader.extract.document import agency_label   # (document imports this module)

    if not title or title not in page:
        return None
    below = [ln.strip() for ln in page[page.find(title) + len(title):].splitlines() if ln.strip()][:_PIPED_LINES]
    for line in below:
        m = _AGENCY_STAMP.match(line) if len(line) <= 80 else None
        if m is None or len(re.findall(r"(?<!\w)[^\W\d_]+(?!\w)", m.group("stamp"))) > _STAMP_WORDS:
            continue
        name = m.group("name").strip()
        label = ref.lookup("organization", name) or agency_label(name, ref)
        if label and ref.organizations[label].kind == "external":
            return label
    return None


def _site_in_stamp(page: str, title: str | None, ref: Reference) -> str | None:
    """(session 13) The site a feed reader's stamp line right under the headline names by its address as its first
    part, the other parts (a middle dot, a bar or a bullet between) a byline and the date ("Civil.ge · by Civil.ge Staff
    · Dec 2, 2021", ah2_en; "Zakon.kz · автор: Редакция Zakon.kz · 5 марта 2024", sc22_ru): the reference's label when
    it knows the site, else the address as written; not the page's own masthead (a site's own stamp names itself).
    None otherwise."""
    if not title or title not in page:
        return None
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "").casefold()
    below = [ln.strip() for ln in page[page.find(title) + len(title):].splitlines() if ln.strip()][:_PIPED_LINES]
    for line in below:
        parts = [p.strip() for p in _STAMP_PARTS.split(line)] if len(line) <= 120 else []
        if len(parts) < 2 or not any(c.isdigit() for c in parts[-1]):
            continue
        site = _DOMAIN.fullmatch(parts[0])
        if site and "." in parts[0] and not parts[0][:1].isdigit() and parts[0].casefold() not in masthead \
                and not any(c.isdigit() for c in parts[0]):
            label = ref.lookup("organization", parts[0])
            return label if label and ref.organizations[label].kind == "external" else parts[0]
    return None


#: an agency's signature with the editor's initials after it, as agencies' copy closes on broadcasters' and papers'
#: pages: "ats/vajo" (Keystone-SDA on RTS), "ČTK, bar" (ČTK on Český rozhlas), "Beta" alone (Danas)
_SIGNED_BY = re.compile(r"^(?P<code>[^\W\d_][\w.\-]{1,20})(?:\s*[/,]\s*[^\W\d_A-Z]{2,4})?\s*$"
                        # the agency in brackets, a full stop after it, as Italian papers and Swiss portals close it:
                        # "(ANSA)." over a paper's tags (l3_it2), "(Keystone-ATS)" over "Altri sviluppi" (c9_it)
                        r"|^\((?P<bracketed>[^\W\d_][\w\-]{1,20})\)\.?\s*$"
                        # the author's initials, then the agency, as Slovene papers sign ("M. P., STA" over Večer's
                        # "Deli | Natisni" and "Najbolj brano", sa4_sl; the same line with no chrome under it, n3_sl,
                        # sa2_sl, is read by _NAME_THEN_CODE)
                        r"|^(?:[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω][a-zа-я]?\.\s?){1,3},\s*(?P<initialed>[^\W\d_][\w\-]{1,20})\s*$")
#: how many lines of a site's chrome (links, "Share", a footer) may stand under the signature
_CHROME_LINES = 8
#: a line that ends a sentence of the text (its last sentence stands right above the signature)
_SENTENCE_END = (".", "!", "?", "։", "»", "“", "”", '"')   # (Armenian's full stop, "։", too)


def _signed_above_chrome(body: str, ref: Reference, language: str, page: str,
                         whole_osce: frozenset[str]) -> str | None:
    """The agency a short line right under the text's last sentence names, when only a site's chrome (lines that
    end no sentence: "Partager", "Sdílet na X", "Danas © 2026") stands under it, the line being the agency's name or
    code alone or with the editor's initials after a slash or comma; the agency must be one the reference data knows
    as an outside body (or by the one distinctive word of its label) and named nowhere else on the page; the site's
    own name (the page's first line) and a comma may stand before it, as a portal signs the agency copy it edits
    ("LSM.lv, LETA", "Naujienos.lt, BNS"), or a comma and that name after it ("TASR, SME"). None otherwise."""
    lines = [ln.strip() for ln in body.strip().splitlines()[-_CHROME_LINES - 2:] if ln.strip()]
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
    for i in range(len(lines) - 2, -1, -1):
        line, below = lines[i + 1], lines[i + 2:]
        if any(ln.endswith(_SENTENCE_END) for ln in below):
            return None                           # (a sentence under it: the text goes on)
        if len(lines[i]) < 40 or not lines[i].endswith(_SENTENCE_END):
            continue
        if len(masthead) >= 2 and line.casefold().startswith(masthead.casefold() + ","):
            line = line[len(masthead) + 1:].strip()   # (round 3) "LSM.lv, LETA" under LSM.lv's text: af2_lv, sc17_lt
        elif len(masthead) >= 2 and line.casefold().endswith(", " + masthead.casefold()):
            # (session 15) the agency first, then the site's own name, as papers sign the agency copy they added to
            # ("TASR, SME" under SME's text, al2_sk; "ČTK, Novinky.cz", "PAP, Rzeczpospolita", sc31)
            line = line[:-len(masthead) - 2].strip()
        m = _SIGNED_BY.match(line) if len(line) <= 30 else None
        if m is None:
            return None
        return _known_agency(m.group("code") or m.group("bracketed") or m.group("initialed"), ref, language, page,
                             whole_osce)
    return None


def _known_agency(code: str, ref: Reference, language: str, page: str, whole_osce: frozenset[str]) -> str | None:
    """An outside body the reference data knows by ``code`` (or the one word of an agency's label: "Beta"), named
    once on the page; else None."""
    from osce_kg.loader.extract.document import agency_label   # (document imports this module)

    code = code.strip(".")
    if len(re.findall(rf"(?<!\w){re.escape(code)}(?!\w)", page, re.I)) > 1:
        return None                               # (a body the text speaks of: no signature)
    label = ref.lookup("organization", code)
    if label is None:
        label = agency_label(code, ref)
        return label if label and label not in whole_osce else None
    if label in whole_osce or ref.organizations[label].kind != "external":
        return None
    return _agency(code, ref, language, page)


#: a line that only signs the text with its agency, as papers and broadcasters close an agency's item: the name
#: alone ("STT", "BNS"), between slashes ("/ritzau/"), in brackets with a word for "with" ("(Avec AFP)", "(mit
#: dpa)"), or after an author's or source's label ("Autor: Hina", "Izvor: Fena", "Allikas: BNS")
_SIGNATURE = re.compile(
    r"^(?:(?P<open>[(/])\s*)?(?:(?:avec|with|mit|con|cu|met|med|z|ze|s|sa|с|із|з)\s+"
    r"|(?:autor|author|autori|avtor|autorius|autors|auteur|autore|izvor|извор|източник|источник|джерело|"
    r"source|quelle|fonte|fuente|allikas|avots|šaltinis|lähde|kilde|källa|bron|forrás|zdroj|źródło|kaynak|"
    r"mənbə|burimi|πηγή|წყარო|աղբյուր|булак|манбаъ|манба|çeşme|эх сурвалж)\s*[:՝]\s*)?"
    r"(?P<code>[^\W\d_][\w.\-]{1,20})\s*(?P<close>[)/])?\s*\.?$", re.I)
#: the lines that may stand under the signature: a site's links ("Jaa", "Del artikel", "Povezano", "Newsletter")
_LINK_WORDS = 3


def _signed_credit(tail: list[str], ref: Reference, language: str, page: str,
                   whole_osce: frozenset[str], body: str | None = None) -> str | None:
    """The agency a line signing the text names (:data:`_SIGNATURE`): a line right under the text's last
    sentence (of 40 characters or more when the text has no other line), with at most two of a site's short
    links under it. The name must be a body the reference data
    knows as an outside one, or an agency's code in capitals; brackets and slashes must pair. None otherwise (a
    person's byline, "Autor: Vijesti online", a tag, a link)."""
    # (a site's footer under the links, its copyright and its own address, "TT Nyhetsbyrån, Kungsholmstorg 5, ...",
    # "© Ritzau 2024", is chrome: the signature is read above it, sc15_sv)
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
    tail = [ln for ln in tail if "©" not in ln and not (len(masthead) >= 2 and ln.startswith(masthead + ","))]
    for back, line in enumerate(reversed(tail)):
        if back > 2 or back >= len(tail) - 1:
            return None                           # (a signature has the text's last sentence above it)
        above = tail[len(tail) - back - 2]
        if len(above) < 40 and back >= len(tail) - 2:
            return None                           # (a text of one short sentence: a teaser, no agency's item)
        m = _SIGNATURE.match(line) if len(line) <= 40 else None
        text = body[:body.rfind(line)] if body and line in body else None
        label = m and _signed_agency(m, above, ref, language, page, whole_osce, text)
        if label:
            return label
        if len(line.split()) > _LINK_WORDS or line.endswith((".", "!", "?", "։")):
            return None                           # (the text's own last line: no signature under it)
    return None


def _signed_agency(m: re.Match, above: str, ref: Reference, language: str, page: str,
                   whole_osce: frozenset[str], body: str | None = None) -> str | None:
    """The agency of a signature line's match when the line above it ends a sentence and the page names it
    nowhere else (a tag under the text repeats a body the text is about; an agency signs once), else None."""
    marks = (m.group("open") or "") + (m.group("close") or "")
    if marks not in ("", "()", "//") or not above.rstrip("»“”\"'’)").endswith((".", "!", "?", "։")):
        return None
    code = m.group("code").strip(".")
    # (counted in the item's text above the signature when the reader gives it, the signature once more: an agency's
    # own site names itself in its masthead and footer too, chrome, "Ritzau" over and under "/ritzau/", ae3_da; "TT
    # Nyhetsbyrån" and "/TT/", sc15_sv)
    found = re.findall(rf"(?<!\w){re.escape(code)}(?!\w)", page if body is None else body, re.I)
    if len(found) > (1 if body is None else 0):
        return None                               # (a body the text speaks of, a tag repeating it: no signature)
    label = ref.lookup("organization", code)
    if label is not None and (label in whole_osce or ref.organizations[label].kind != "external"):
        return None
    label = _agency(code, ref, language, page)
    return label if label and label not in whole_osce else None


#: an agency naming itself as the reporter in the text's first sentences, as Azerbaijani agencies do: "APA xəbər
#: verir ki, ..." (APA.az c8_az), "Report xəbər verir ki, ..." (Report.az c9_az)
_REPORTS = re.compile(r"(?:^|[.!?]\s+)(?P<code>[^\W\d_][\w.\-]{1,20})\s+xəbər verir\b", re.M)
#: how many of the text's first lines may hold it
_REPORTS_LINES = 3


#: a reporting verb, then the agency's name closing the sentence, as papers, broadcasters and portals credit an
#: agency's copy in the text: "..., передає Укрінформ." (Ukrinform's own, g2_uk), "Про це повідомляє Укрінформ."
#: (Suspilne, h2_uk), "..., javlja Fena." (Klix, h2_bs), "..., informează Agerpres." (Digi24, h2_ro), "...,
#: praneša ELTA." (LRT, h2_lt), "..., meldet die Nachrichtenagentur dpa."; the verbs of the region's languages
#: that say who reports (not "according to", which cites any body). The name must close its sentence ("повідомляє
#: Укрінформ із посиланням на ..." passes the report on from another source) and the sentence its paragraph, as a
#: credit closes the lead or the last paragraph (a verb inside a paragraph cites a report the text goes on about).
_VERB_THEN_NAME = re.compile(
    r"(?:^|[,:–—-]\s*|\s)(?:передає|повідомляє|інформує|сообщает|передает|передаёт|информирует|javlja|јавља|"
    r"prenosi|преноси|izvještava|izveštava|известува|јавува|пренесува|съобщава|informează|relatează|anunță|"
    r"praneša|skelbia|ziņo|vēsta|teatab|vahendab|podaje|informuje|donosi|uvádí|uvádza|poroča|jelenti|közli|"
    r"meldet|berichtet|reports|reported|rapporte|riferisce|riporta|μεταδίδει|raporton|njofton|transmeton)"
    r"\s+(?P<name>[^\s.!?,;:][^.!?,;:\n]{1,48}?)\s*[.!][ \t]*$", re.I | re.M)
#: how many words the name after the verb may have, a kind word or article before it ("die Nachrichtenagentur dpa")
_VERB_NAME_WORDS = 4
#: the paragraphs the verb is looked for in: the text's first two and its last eight lines (a credit closes the lead
#: or the last paragraph, a site's chrome may follow it), and how many characters of them at most
_VERB_LEAD, _VERB_TAIL, _VERB_SPAN = 2, 8, 20_000


def _reporting_agency(body: str, ref: Reference, language: str, page: str) -> str | None:
    """The news agency a sentence names as its reporter: near the text's start with the verb after the name
    ("Report xəbər verir ki, ..."), or anywhere with a reporting verb before the name closing the sentence
    (:data:`_VERB_THEN_NAME`), when the reference data knows it as an outside body; else None."""
    from osce_kg.loader.extract.document import agency_label   # (document imports this module)

    head = "\n".join(body.strip().splitlines()[:_REPORTS_LINES])
    for m in _REPORTS.finditer(head):
        code = m.group("code")
        label = ref.lookup("organization", code)
        if label and ref.organizations[label].kind == "external":
            return _agency(code, ref, language, page)
        label = agency_label(code, ref)        # "Report": the one word of Report News Agency
        if label and ref.organizations[label].kind == "external":
            return label
    lines = body.strip().splitlines()
    ends = "\n".join(lines if len(lines) <= _VERB_LEAD + _VERB_TAIL else lines[:_VERB_LEAD] + lines[-_VERB_TAIL:])
    for m in _VERB_THEN_NAME.finditer(ends[:_VERB_SPAN]):
        words = m.group("name").split()
        if len(words) > _VERB_NAME_WORDS:
            continue
        for k in range(len(words)):             # the name, else its last words (after a kind word or article)
            name = " ".join(words[k:]).strip("«»„“”\"'")
            label = ref.lookup("organization", name)
            if label and ref.organizations[label].kind == "external":
                return _agency(name, ref, language, page) or label
            label = agency_label(name, ref)
            if label and ref.organizations[label].kind == "external":
                return label
    return None


def _agency_chain(credit: str | None, ref: Reference, language: str, page: str) -> str | None:
    """The agencies of a credit of codes joined by slashes or hyphens ("APA/dpa", "ats/afp/jvia",
    "ANSA-AFP"), in the credit's order and joined with " / ", when there are two or more; an editor's
    initials (a lower-case code of two to four letters the data does not know) are skipped. None when a
    part names no agency."""
    credit = (credit or "").strip("() .")
    if not re.search(r"[/-]", credit) or " " in credit or ref.lookup("organization", credit):
        return None                               # ("RFE/RL", "ΑΠΕ-ΜΠΕ": one agency's name)
    labels, known = [], 0
    for code in re.split(r"[/-]", credit):
        label = ref.lookup("organization", code)
        if label is None:
            if code.islower() and 2 <= len(code) <= 4:
                continue                          # "jvia", "jpr": who edited the item
            if _CODE.fullmatch(code) and not ref.lookup("state", code):
                # an agency's code the data lacks beside agencies it knows, as written ("Bisjkek (NTB-AFP-Reuters):",
                # ac2_no; "Helsinki (STT-AFP) –", sb5_fi), as a lone unknown code is given
                labels.append(code)
                continue
            return None
        if ref.organizations[label].kind != "external":
            return None
        labels.append(_agency(code, ref, language, page) or label)
        known += 1
    labels = list(dict.fromkeys(labels))
    return " / ".join(labels) if len(labels) >= 2 and known else None


#: the parts of a dateline the reader did not take: "Київ. 15 березня. Укрінформ.", "თბილისი, 15 მარტი,
#: ინტერპრესნიუსი."
_PARTS = re.compile(r"[.,]\s+|\s[-–—]\s")


def _agency_after_date(line: str, ref: Reference) -> str | None:
    """A body the reference knows, named as the second or third part of the text's first line right
    after a part with a date in it: the agency of a dateline the dateline reader did not take."""
    parts = _PARTS.split(line, maxsplit=3)
    if len(parts) < 2 or len(parts[0]) > 40:
        return None                           # the first part of a dateline is a place
    for before, part in zip(parts[:2], parts[1:3]):
        part = part.strip(" .:")
        if any(c.isdigit() for c in before) and 2 <= len(part) <= 40 and not any(c.isdigit() for c in part):
            label = ref.lookup("organization", part)
            if label and ref.organizations[label].kind == "external":
                return label
    return None


def _agency(code: str, ref: Reference, language: str, page: str) -> str | None:
    """The body a credit's code names: the reference's, an acronym two bodies share read by the
    page's language, the masthead whose capitals it is ("KP" under "KosovaPress"), else the code as
    written when it is an acronym in capitals; None for a word."""
    from osce_kg.loader.extract.mentions import acronym_by_language  # mentions imports the reference data

    code = code.strip(" .")
    label = ref.lookup("organization", code)
    if label:
        return acronym_by_language(code.upper() if code.isalpha() and len(code) <= 6 else code, label, ref,
                                   language)
    masthead = next((ln.strip() for ln in page.splitlines() if ln.strip()), "")
    if 3 <= len(masthead) <= 40 and len(code) >= 2 and (_initials(masthead) == code.upper().replace(".", "")
                                                         or masthead.casefold() == code.casefold()):
        from osce_kg.loader.extract.document import agency_label   # (document imports this module)

        # "(KP)" under "KosovaPress", "/ԱՌԿԱ/" under "Արկա", "(Beta)" under "Beta" (BETA News Agency)
        return ref.lookup("organization", masthead) or agency_label(masthead, ref) or masthead
    return code if _CODE.fullmatch(code) else None


def _by_language(source: str, ref: Reference, language: str, page: str) -> str:
    """An agency named by an acronym it shares with another body, re-read by the page's language
    ("APA" on an Azerbaijani page), unless the page writes the agency's full name."""
    from osce_kg.loader.extract.mentions import acronym_by_language

    org = ref.organizations.get(source)
    if org is None or source in page:
        return source
    for acronym in org.acronyms:
        named = [other for other in _owners(acronym, ref) if other != source and _named_on(other, ref, page)]
        if len(named) == 1:
            return named[0]                       # "(IPN)" under the masthead "Interpressnews"
    for acronym in org.acronyms:
        other = acronym_by_language(acronym, source, ref, language)
        if other != source:
            return other
    return source


def _owners(acronym: str, ref: Reference) -> list[str]:
    """The bodies that have ``acronym`` (the table built once, kept on the reference:
    :meth:`~osce_kg.loader.reference.Reference.derived`)."""
    return ref.derived("issuer.acronym_owners", _build_owners).get(acronym, [])


def _build_owners(ref: Reference) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for label, org in ref.records("organization").items():
        for a in org.acronyms:
            table.setdefault(a, []).append(label)
    return table


def _named_on(label: str, ref: Reference, page: str) -> bool:
    """Whether the page writes a body's name or one of its other names in full (not its acronym)."""
    org = ref.organizations[label]
    return any(len(name) > 6 and name in page for name in (label, *org.alt_labels))


def _initials(name: str) -> str:
    """The capitals of a name written in one word or several ("KosovaPress" -> "KP")."""
    return "".join(c for c in name if c.isupper())


def _section_named_body(url: str | None, ref: Reference, whole_osce: frozenset[str]) -> str | None:
    """The body an osce.org section's slug names, for sections the site list does not hold
    (``osce.org/office-in-yerevan/...``, ``osce.org/minsk-group/...``, also on a mirror that keeps
    osce.org's ``/section/node-id`` paths): the slug read as words and looked up as a field
    operation or body, a post standing for its body. Never raises."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.").rstrip(".")
    segments = [p for p in parts.path.split("/") if p]
    if segments and re.fullmatch(r"[a-z]{2}(?:-[a-z]{2,4})?", segments[0]):
        segments = segments[1:]
    on_osce = host == "osce.org" or host.endswith(".osce.org")
    if not segments or "-" not in segments[0] or not (on_osce or len(segments) >= 2 and segments[-1].isdigit()):
        return None
    words = segments[0].replace("-", " ")
    label = ref.lookup("field_operation", words) or ref.lookup("organization", words)
    if label is None:
        return None
    post = ref.posts.get(label)
    label = post.organization if post else label
    return None if label in whole_osce else label


def _bodies_in_other_language(title: str, ref: Reference, whole_osce: frozenset[str],
                              language: str, on_own_site: Callable[[], bool] = lambda: True) -> list[str]:
    """The bodies a statement headline in another language names as its speaker, their names
    read in that language's cases ("Izjava Misije OEBS-a u Srbiji" -> the Mission to Serbia); a
    headline reporting a visit only when ``on_own_site()`` says the page is on the OSCE's own site."""
    from osce_kg.loader.extract.mentions import find_mentions  # mentions imports the reference data

    head = title.strip()
    m = _STATEMENT_FIRST.match(head) or _STATEMENT_LAST.match(head)
    if not m:
        m = _VISIT_LAST.match(head)
        if not m or not on_own_site():
            return []
    whole = m.group("who")
    topic = _TOPIC.search(whole)
    who = whole[:topic.start()] if topic else whole
    found = find_mentions(who, ref, language)
    bodies = [label for label in dict.fromkeys([*found.field_operations, *found.organizations])
              if label not in whole_osce]
    named = None if bodies else ref.lookup("field_operation", who.strip()) or ref.lookup("organization", who.strip())
    if named and named not in whole_osce \
            and (named in ref.field_operations or ref.organizations[named].kind != "external"):
        # (session 13) the speaker as the data writes it, where the reader of mentions does not take it for a name
        # (the Finnish acronym's case ending after a colon, "ETYJ:n puheenjohtajuuden lausunto ...", ag3_fi)
        bodies = [named]
    if not bodies and (chair := chairpersonship_by_shape(who, ref)):
        bodies = [chair]                          # "Dichiarazione della Presidenza italiana dell'OSCE sul ..."
    if not bodies:
        post = _post_named_first(who, ref, language)      # "Δήλωση του Προεδρεύοντος του ΟΑΣΕ ..."
        bodies = [post] if post and post not in whole_osce else []
    if bodies or not topic:
        return bodies
    # the cut fell inside the speaker's own name ("Заявление Бюро ОБСЕ по демократическим институтам ...",
    # "Deklaratë e Përfaqësuesit të OSBE-së për Lirinë e Mediave për ..."): the body named first
    first = _first_body(whole, ref, language, whole_osce)
    return [first] if first else []


#: a year before or after a name ("Deutscher OSZE-Vorsitz 2016", "2014 Swiss OSCE Chairmanship")
_NAME_YEAR = re.compile(r"^(?:(?:19|20)\d\d\s+)?(?P<name>.+?)(?:\s+(?:19|20)\d\d)?$")
#: the Chairpersonship's canonical label
CHAIRPERSONSHIP = "OSCE Chairpersonship"


def chairpersonship_by_shape(name: str, ref: Reference) -> str | None:
    """The OSCE Chairpersonship when ``name`` is one of its listed names with the State that holds it as one word (its
    nationality adjective, before the head noun in German and English, after it in the Romance languages) and the
    year, each optional, and a leading preposition or article ("Deutscher OSZE-Vorsitz 2016", "Presidenza italiana
    dell'OSCE 2018", "della Presidenza italiana dell'OSCE", "Swiss OSCE Chairmanship 2014", "Présidence belge de
    l'OSCE"): the only OSCE body named by the State and year that hold it; else None."""
    m = _NAME_YEAR.match(name.strip())
    if not m or CHAIRPERSONSHIP not in ref.organizations:
        return None
    if m.group("name") != name.strip() and ref.lookup("organization", m.group("name")) == CHAIRPERSONSHIP:
        # one of its listed names and the year alone, no State named: osce.org's "Source:" labels in the layouts of
        # 2003-2018 ("Fuente: Presidencia de la OSCE 2007", "Fonte: Presidenza OSCE 2018", "Bron:
        # OVSE-voorzitterschap 2003", "Vir: Predsedstvo OVSE 2005": ab2_es, ab2_it, ab3_nl, ab3_sl)
        return CHAIRPERSONSHIP
    words = m.group("name").split()
    if not 2 <= len(words) <= 7:
        return None
    starts = (0, 1) if words[0][:1].islower() else (0,)     # "della", "de la", "der", "the"
    for start in starts:
        rest = words[start:]
        for drop in range(len(rest)):
            if not rest[drop][:1].isalpha() or len(rest) < 2:
                continue
            if ref.lookup("organization", " ".join(rest[:drop] + rest[drop + 1:])) == CHAIRPERSONSHIP:
                return CHAIRPERSONSHIP
    return None


def _post_named_first(text: str, ref: Reference, language: str) -> str | None:
    """The body whose post a statement's speaker is, the post named in the page's language in any
    case right at the start ("του Προεδρεύοντος του ΟΑΣΕ" -> the Chairpersonship): each word of a
    listed name of the post in that language fits the text's word by its stem. None otherwise."""
    from osce_kg.loader.extract.mentions import stem_fits, word_stem

    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w-]*", text)[:8]]
    lang = language.split("-")[0]
    for post in ref.posts.values():
        for name in post.alt_labels:
            if ref.languages.get(name, "").split("-")[0] != lang:
                continue
            listed = [w.casefold() for w in re.findall(r"[^\W\d_][\w-]*", name)]
            stems = [_compound_stem(w, word_stem) for w in listed]
            for skip in (0, 1):                 # a leading article or preposition ("του", "des", "на")
                if len(words) >= skip + len(stems) and all(
                        stem_fits(words[skip + k], st) and _case_form(words[skip + k], listed[k])
                        for k, st in enumerate(stems)):
                    return post.organization
    return None


#: how many letters a case form may differ in at the end of the shorter of two words
_ENDING_LETTERS = 4


def _case_form(word: str, listed: str) -> bool:
    """(session 13) Whether a word of the text reads as a case form of a listed word, not another word with the same
    short stem: the two share all but the last few letters of the shorter ("Predsedavajućeg" of "Predsedavajući",
    "Προεδρεύοντος" of "Προεδρεύων"; not "Predstavnica", the Representative, of "Predsedavajući", the Chair, whose
    stems are both "preds": ah1_sr, the RFoM's own site in Serbian, read as the Chairpersonship's)."""
    common = 0
    for a, b in zip(word, listed):
        if a != b:
            break
        common += 1
    return common >= min(len(word), len(listed)) - _ENDING_LETTERS


def _compound_stem(word: str, word_stem: Callable[[str], str]) -> str:
    """A listed word's stem, a compound's cut at its hyphen stemmed on after it: "OSZE-Generalsekretär" ->
    "osze-generalsekretär", not "osze-", which every compound of the OSCE's name would fit ("OSZE-Ministerrat ...",
    ta1_de_ait, once its archived masthead is read)."""
    stem = word_stem(word)
    if stem.endswith("-") and len(word) > len(stem):
        return stem + word_stem(word[len(stem):])
    return stem


def _first_body(text: str, ref: Reference, language: str, whole_osce: frozenset[str]) -> str | None:
    """The body whose name starts first in ``text`` (within its first three words), by the reference's
    names or their case forms; None when none does."""
    from osce_kg.loader.extract.mentions import find_organizations_by_stem

    spans = [(m.start, m.label) for m in ref.scan(text, ("field_operation", "organization"))]
    spans += [(a, label) for a, _, label in find_organizations_by_stem(text, ref)]
    limit = sum(len(w) + 1 for w in text.split()[:3])
    spans = sorted((a, label) for a, label in spans if a <= limit and label not in whole_osce)
    return spans[0][1] if spans else None


def _names_only(who: str) -> bool:
    """Whether a headline's subject is names only (capitalised words and the function words between them, as
    "OSCE media freedom representative" writes a body's name in lower case after the OSCE's), no verb or clause."""
    words = who.split()
    return bool(words) and words[0][:1].isupper() and len(words) <= 10 and not any(
        w.endswith((",", ";", ":")) for w in words)


def _statement_author(title: str) -> tuple[str | None, bool]:
    """Who a headline says speaks or visits (the words before 'statement'/'visits', or after
    'Statement by'), and whether it reports a visit; (None, False) when it says neither."""
    head = title.strip()
    m = _STATEMENT_OF.match(head)
    if m:
        return m.group("who"), False
    m = _WHO_VERB.match(head)
    if m and all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS or not w[:1].isalpha()
                 for w in m.group("who").split()):
        return m.group("who"), m.group("statement") is None     # a subject of names only, no verb before it
    return None, False


def _bodies_in(text: str, ref: Reference, whole_osce: frozenset[str]) -> list[str]:
    """The bodies named in ``text``, a post counting as the body it is in; the OSCE as a whole
    (it issues nothing by itself) is left out."""
    found: list[str] = []
    matches = ref.scan(text, ("field_operation", "organization", "post"))
    cut = next((m.start() for m in _TOPIC.finditer(text)
                if not any(x.start <= m.start() < x.end for x in matches)), len(text))
    for match in matches:
        if match.start >= cut:
            break
        post = ref.posts.get(match.label)        # "Secretary General" is a post and a unit
        label = post.organization if post and match.kind in ("post", "organization") else match.label
        if label not in whole_osce and label not in found:
            found.append(label)
    return found


__all__ = ["breadcrumb_body", "breadcrumb_section", "credited_source", "infer_source", "is_press_header",
           "press_service_source"]
