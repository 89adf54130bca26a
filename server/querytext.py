"""What the endpoint must know about a query before running it.

Its size, checked first (:func:`check_size`). Then a small lexer (comments,
strings and IRIs are skipped, so a keyword inside them never counts) reads what
only shapes the answer: the query form, whether the text is really an update,
the ``PREFIX`` declarations (reused when serializing graphs), whether it is a
bounded lookup. The lexer decides nothing about safety: it can be fooled
(``BIND(1<'>' AS ?c) SERVICE <...> {...} #'`` reads to it as an IRI and a
string), and a query is run by another parser.

Federation is decided by a real SPARQL parser (:func:`check_federation`):
rdflib's algebra, walked for ``ServiceGraphPattern`` nodes with their IRIs
resolved. A query that rdflib cannot read runs only where nothing can be
fetched (a sandboxed worker, :mod:`osce_kg.server.sandbox`) or is refused.
:func:`may_federate` is the cheap, sound pre-test: without a backslash and
without the letters ``service`` (any case) no SPARQL parser can see a
``SERVICE`` clause, so rdflib is only asked about texts that have one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections import Counter
from typing import Iterable

from osce_kg.loader.errors import UsageError

#: the variable that sets :attr:`Settings.max_query_bytes`, named in answers
MAX_QUERY_VARIABLE = "OSCE_KG_MAX_QUERY_BYTES"

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?:
                (?:[\w\-.:%\\\u00b7\u00c0-\uffff]*[\w\-:%\u00b7\u00c0-\uffff])?)
    | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
    | (?P<word>[A-Za-z_][\w\-]*)
    | (?P<open>\{)
    | (?P<close>\})
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class ServiceCall:
    """One ``SERVICE`` clause: its endpoint IRI (None when it is a variable or unresolvable)."""

    target: str | None
    written: str
    silent: bool


@dataclass
class QueryInfo:
    """The facts :func:`inspect_query` reads from a query text."""

    form: str | None = None
    is_update: bool = False
    services: list[ServiceCall] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)
    base: str | None = None
    #: the value of a ``LIMIT`` outside any braces (the query's own result limit)
    top_limit: int | None = None
    #: the query names its own dataset (FROM / FROM NAMED)
    has_dataset: bool = False
    #: one pattern about a named resource (see :func:`is_bounded_lookup`)
    bounded_lookup: bool = False


class UpdateNotHere(UsageError):
    """A SPARQL Update was sent to the query endpoint."""

    title = "Update sent to the query endpoint"


class FederationRefused(UsageError):
    """A SERVICE clause names an endpoint that is not on the allowlist."""

    title = "Federated query refused"


class QueryTooLarge(UsageError):
    """A query text longer than the server accepts."""

    http_status = 413
    title = "Query too large"


def check_size(text: str, limit: int) -> None:
    """Refuse a text of more than ``limit`` bytes (UTF-8), before anything else reads it.

    :raises QueryTooLarge: it is longer.
    """
    if len(text) <= limit // 4:
        return  # at most 4 bytes a character: no need to encode
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise QueryTooLarge(f"the query is {size} bytes long; this server accepts queries of at most "
                            f"{limit} bytes ({MAX_QUERY_VARIABLE})")


def refuse_update(info: "QueryInfo") -> None:
    """Refuse an update sent as a query (the lexer's reading suffices: the query parser
    would refuse it anyway, this only says so more helpfully).

    :raises UpdateNotHere: the text is a SPARQL Update.
    """
    if info.is_update:
        raise UpdateNotHere("this is a SPARQL Update; POST it to /update with a token, not to /sparql")


def may_federate(text: str) -> bool:
    """Whether some SPARQL parser could read a ``SERVICE`` clause in ``text``.

    A sound over-approximation: keywords are ASCII and case-insensitive, so a parser
    sees ``SERVICE`` only where those letters stand, or behind an escape sequence.
    """
    return "\\" in text or "service" in text.casefold()


def service_targets(text: str, base: str | None = None) -> tuple[str | None, ...] | None:
    """The ``SERVICE`` endpoints of ``text`` as rdflib's algebra has them, prefixes and
    base resolved (None for a variable); ``()`` when it has none; None when rdflib
    cannot parse it."""
    if not may_federate(text):
        return ()
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        algebra = translateQuery(parseQuery(text), base=base)
    except Exception:  # pyparsing, rdflib's own errors, deep nesting: all "cannot read"
        return None
    found: list[str | None] = []
    _walk_services(algebra.algebra, found)
    return tuple(found)


def _walk_services(node: object, found: list[str | None]) -> None:
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import URIRef

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                term = item.get("term")
                found.append(str(term) if isinstance(term, URIRef) else None)
            stack.extend(item.values())
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)


def check_federation(text: str, base: str | None, allowlist: Iterable[str], *, confined: bool) -> bool:
    """Whether ``text`` is an approved federated query (True) or runs without fetching (False).

    Approved: rdflib reads at least one ``SERVICE``, every one names an endpoint on
    ``allowlist``, the text has no escape sequence (where parsers part ways most) and
    the lexer finds the same endpoints (two readers agreeing; the one that runs the
    query is a third). ``confined``: a text rdflib cannot read will run where nothing
    can be fetched; otherwise such a text that may hold a ``SERVICE`` is refused.

    :raises FederationRefused: a ``SERVICE`` not on ``allowlist``; readers disagree;
        a text rdflib cannot read, unconfined.
    """
    targets = service_targets(text, base)
    if targets is None:
        if confined:
            return False
        raise FederationRefused("the query may name a SERVICE but the server's SPARQL parser cannot read "
                                "it, so it is refused; write it in SPARQL 1.1")
    if not targets:
        return False
    allowed = set(allowlist)
    for target in targets:
        if target is None or target not in allowed:
            hint = ("federation is switched off on this server" if not allowed
                    else "it is not on the server's SERVICE allowlist")
            raise FederationRefused(f"SERVICE {'<' + target + '>' if target else 'with a variable'} refused: {hint}")
    lexed = [call.target for call in inspect_query(text).services]
    if "\\" in text or Counter(lexed) != Counter(targets):
        raise FederationRefused("the query's SERVICE clauses cannot be read unambiguously; write each "
                                "endpoint as a plain IRI or prefixed name, without escapes")
    return True


def tokens(text: str) -> list[tuple[str, str]]:
    """The query's significant tokens as (kind, text) pairs; whitespace and comments dropped."""
    out: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            out.append((kind, match.group()))
    return out


_IRI = r"""<[^<>"{}|^`\\\x00-\x20]*>"""
_VAR = r"[?$]\w+"
#: the commonest bounded lookup, ``SELECT ?p ?o WHERE { <s> ?p ?o }``, recognised without the lexer
#: (it is most of a linked-data client's traffic); anything else takes the lexer
_PLAIN_LOOKUP = re.compile(
    rf"""\s*SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?(?:\*|(?:{_VAR}\s*)+)\s*(?:WHERE\s*)?
         \{{\s*{_IRI}\s+(?:{_VAR}\s+|{_IRI}\s*|(?-i:a)\s+)(?:{_VAR}|{_IRI})\s*\.?\s*\}}
         \s*(?:LIMIT\s+(?P<limit>\d+)\s*)?(?:OFFSET\s+\d+\s*)?""",
    re.IGNORECASE | re.VERBOSE | re.ASCII)


def inspect_query(text: str) -> QueryInfo:
    """Read the form, update-ness, SERVICE targets, prefixes, top-level LIMIT and lookup-ness of ``text``."""
    plain = _PLAIN_LOOKUP.fullmatch(text)
    if plain is not None:
        limit = plain.group("limit")
        return QueryInfo(form="SELECT", top_limit=int(limit) if limit else None, bounded_lookup=True)
    return _inspect(text)


def _inspect(text: str) -> QueryInfo:
    """:func:`inspect_query` by the lexer, for every query."""
    info = QueryInfo()
    toks = tokens(text)
    info.bounded_lookup = is_bounded_lookup(toks)
    depth = 0
    i = 0
    while i < len(toks):
        kind, value = toks[i]
        upper = value.upper()
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word" and upper == "PREFIX" and info.form is None:
            i = _read_prefix(toks, i, info)
        elif kind == "word" and upper == "BASE" and info.form is None:
            if i + 1 < len(toks) and toks[i + 1][0] == "iri":
                info.base = toks[i + 1][1][1:-1]
                i += 1
        elif kind == "word" and info.form is None and not info.is_update:
            if upper in QUERY_FORMS:
                info.form = upper
            elif upper in UPDATE_KEYWORDS:
                info.is_update = True
        elif kind == "word" and upper == "SERVICE":
            i = _read_service(toks, i, info)
        elif kind == "word" and upper == "FROM" and depth == 0:
            info.has_dataset = True
        elif kind == "word" and upper == "LIMIT" and depth == 0:
            if i + 1 < len(toks) and toks[i + 1][1].isdigit():
                info.top_limit = int(toks[i + 1][1])
        i += 1
    return info


def _read_prefix(toks: list[tuple[str, str]], i: int, info: QueryInfo) -> int:
    if i + 2 < len(toks) and toks[i + 1][0] == "pname" and toks[i + 2][0] == "iri":
        info.prefixes[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
        return i + 2
    return i


def _read_service(toks: list[tuple[str, str]], i: int, info: QueryInfo) -> int:
    j = i + 1
    silent = j < len(toks) and toks[j][1].upper() == "SILENT"
    if silent:
        j += 1
    if j >= len(toks):
        info.services.append(ServiceCall(None, "", silent))
        return j
    kind, value = toks[j]
    target: str | None = None
    if kind == "iri":
        target = _resolve(value[1:-1], info.base)
    elif kind == "pname":
        prefix, _, local = value.partition(":")
        if prefix in info.prefixes:
            target = _resolve(info.prefixes[prefix], info.base) + local
    info.services.append(ServiceCall(target, value, silent))
    return j


def _resolve(iri: str, base: str | None) -> str:
    if base and not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", iri):
        from urllib.parse import urljoin

        return urljoin(base, iri)
    return iri


_TERM = ("iri", "pname")
#: the most resources a ``DESCRIBE`` may name and still count as a bounded lookup
MAX_DESCRIBED = 10


def is_bounded_lookup(text: str | list[tuple[str, str]]) -> bool:
    """Whether ``text`` is a one-pattern lookup about a named resource, whose cost is bounded.

    ``SELECT ?p ?o WHERE { <s> ?p ?o }`` (or ``ASK``, ``*``, ``DISTINCT``, a constant
    predicate or object, ``LIMIT``/``OFFSET``): one triple pattern with an IRI as subject and
    no path, filter, optional, union, graph, subquery, expression, aggregate or ordering. Its
    evaluation is one index scan over that subject's triples, so it may run without a
    killable worker. Likewise ``DESCRIBE <s>`` naming up to :data:`MAX_DESCRIBED` resources
    and nothing else: their own triples (and blank nodes'), and the labels of what they point
    to. Anything else answers False.
    """
    toks = tokens(text) if isinstance(text, str) else text
    i = 0
    while i < len(toks) and toks[i][1].upper() in ("PREFIX", "BASE"):
        i += 3 if toks[i][1].upper() == "PREFIX" else 2
    if i < len(toks) and toks[i][0] == "word" and toks[i][1].upper() == "DESCRIBE":
        named = toks[i + 1:]
        return 0 < len(named) <= MAX_DESCRIBED and all(kind in _TERM for kind, _ in named)
    if i >= len(toks) or toks[i][0] != "word" or toks[i][1].upper() not in ("SELECT", "ASK"):
        return False
    form = toks[i][1].upper()
    i += 1
    if form == "SELECT":
        if i < len(toks) and toks[i][1].upper() in ("DISTINCT", "REDUCED"):
            i += 1
        if i < len(toks) and toks[i] == ("other", "*"):
            i += 1
        else:
            start = i
            while i < len(toks) and toks[i][0] == "var":
                i += 1
            if i == start:
                return False
    if i < len(toks) and toks[i][1].upper() == "WHERE":
        i += 1
    pattern = toks[i:i + 5]
    if (len(pattern) < 5 or pattern[0][0] != "open" or pattern[1][0] not in _TERM
            or not (pattern[2][0] in _TERM + ("var",) or pattern[2] == ("word", "a"))
            or pattern[3][0] not in _TERM + ("var",)):
        return False
    i += 4
    if toks[i] == ("other", "."):
        i += 1
    if i >= len(toks) or toks[i][0] != "close":
        return False
    i += 1
    while i + 1 < len(toks) and toks[i][1].upper() in ("LIMIT", "OFFSET") and toks[i + 1][0] == "number":
        i += 2
    return i == len(toks)
