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

import functools
import re
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Any, Iterable

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
    #: more than one triple pattern (a join: its rows are counted as they are written, see :func:`bounded_query`)
    joined: bool = False


#: a term of a CONSTRUCT template: (True, variable name) or (False, absolute IRI)
TemplateTerm = tuple[bool, str]


@dataclass(frozen=True)
class ConstructPlan:
    """A CONSTRUCT whose WHERE clause is a bounded join (one pattern about named resources, then
    one-pattern OPTIONALs: the resource's triples and the labels of what it points to), answered from
    the streamed ``SELECT *`` of that WHERE clause (:attr:`select`, itself bounded), whose solutions are
    counted against the row limit as they come, the template's triples built from each.
    Oxigraph's CONSTRUCT keeps each triple once, so the work behind its answer is not bounded by the
    answer's size; counted solutions are."""

    select: str
    template: tuple[tuple[TemplateTerm, TemplateTerm, TemplateTerm], ...]
    #: the query's own prefixes, offered to the graph serializers (as the engine's answer offers them)
    prefixes: dict[str, str] = field(default_factory=dict)


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


# -- bounded queries, decided from a real SPARQL parser's tree --------------------------------------------

#: the longest text :func:`bounded_query` reads (it runs on the event loop; a bounded query is short,
#: and the parser's error recovery on a long malformed text costs milliseconds)
BOUNDED_TEXT = 2048
#: the most triple patterns (in the WHERE clause) a bounded query may hold
MAX_BOUNDED_PATTERNS = 8
#: the most opening braces outside IRIs a bounded query may hold (deep nesting costs the parser most)
MAX_BOUNDED_BRACES = 2 * MAX_BOUNDED_PATTERNS
#: seconds of CPU the parser may take on one text before the text is taken for unbounded
PARSE_BUDGET = 0.002
#: characters that never stand outside an IRI in a bounded query: comments, strings, blank nodes,
#: parentheses (expressions, collections), operators
_NEVER_BOUNDED = re.compile(r"""[#"'\[\]()!^|/+=&@]|_:""")
#: how many decisions :func:`bounded_query` keeps (texts of at most :data:`BOUNDED_TEXT` characters each)
DECISIONS_KEPT = 2048
_TERMS = frozenset({"iri_reference", "prefixed_name"})
_IRI_TEXT = re.compile(r"""<[^<>"{}|^`\\\x00-\x20]*>""")


class NotBounded(Exception):
    """The parsed query is outside the bounded shapes (internal to :func:`bounded_query`)."""


class _OverBudget(NotBounded):
    """The parser was stopped at :data:`PARSE_BUDGET` (internal to :func:`_decide`)."""


class _Streamable(Exception):
    """The parsed query is a CONSTRUCT over a bounded join (internal to :func:`bounded_query`)."""

    def __init__(self, plan: ConstructPlan) -> None:
        super().__init__()
        self.plan = plan


@functools.cache
def _sparql_parser() -> Any:
    """tree-sitter with the SPARQL 1.1 grammar (``tree-sitter-sparql``): a real parser in C, about
    50 µs for a short query, so it can run on the event loop for every text not seen before."""
    import warnings

    import tree_sitter_sparql
    from tree_sitter import Language, Parser

    with warnings.catch_warnings():  # the grammar's package hands its language as an int (deprecated form)
        warnings.simplefilter("ignore", DeprecationWarning)
        return Parser(Language(tree_sitter_sparql.language()))


def bounded_query(text: str) -> QueryInfo | None:
    """The reading of ``text`` when a real parser's tree shows it is *bounded*, else None.

    Bounded: its cost is index scans over the triples of resources it names, never over the store.
    Decided from the tree ``tree-sitter-sparql`` builds (see :func:`_bounded_tree`); the text must
    parse without error, hold no comment, no backslash (escapes are where parsers part ways) and
    no ``service`` in any case (:func:`may_federate`), so the parser that runs it reads the same
    terms. The shapes:

    - ``SELECT``/``ASK``/``CONSTRUCT`` whose WHERE clause is: optionally ``VALUES ?v { <a> <b> }``
      (one variable, IRIs only, at most :data:`MAX_DESCRIBED`) first; then triple patterns whose
      subject is an IRI or that ``VALUES`` variable, whose predicate is an IRI, ``a`` or a variable
      (no property path) and whose object is an IRI or a variable (one such pattern); then ``OPTIONAL``
      groups of one triple pattern each whose subject is the object variable of that pattern (or a
      named resource) and whose predicate is an IRI (the labels of what a resource points to). At most
      :data:`MAX_BOUNDED_PATTERNS` patterns; with more than one, no DISTINCT, REDUCED, CONSTRUCT or
      OFFSET (see :func:`_bounded_tree`; such a CONSTRUCT without solution modifiers is answered from
      the streamed SELECT of its join instead: :func:`streamed_construct`); no FILTER, BIND, UNION,
      MINUS, GRAPH, SERVICE, subquery, literal, blank node, FROM, aggregate, expression or ORDER BY;
      ``LIMIT``/``OFFSET`` only.
    - ``DESCRIBE`` naming 1 to :data:`MAX_DESCRIBED` IRIs and nothing else.

    Decisions are kept (the last :data:`DECISIONS_KEPT` texts): a text asked again is not parsed again.
    """
    return _decide(text)[0]


def streamed_construct(text: str) -> ConstructPlan | None:
    """How to answer ``text`` in process when it is a CONSTRUCT whose WHERE clause is a bounded join
    (see :class:`ConstructPlan`); None otherwise. :func:`bounded_query` answers None for such a text
    (its CONSTRUCT may not run in process), and this reading comes from the same parse (kept alike)."""
    return _decide(text)[1]


def _decide(text: str) -> tuple[QueryInfo | None, ConstructPlan | None]:
    found = _DECISIONS.get(text)
    if found is not None:
        _DECISIONS.move_to_end(text)
        return found
    if len(text) > BOUNDED_TEXT or may_federate(text):
        return _NOTHING
    bare = _IRI_TEXT.sub("", text)  # no comment, literal, blank node, expression; few braces
    if _NEVER_BOUNDED.search(bare) or bare.count("{") > MAX_BOUNDED_BRACES:
        return _NOTHING
    source = text.encode("utf-8")
    decision: tuple[QueryInfo | None, ConstructPlan | None] = _NOTHING
    # Over budget once may be a pause that is not the text's: a garbage collection of the whole process
    # run in the parser's callback took 2-5 ms of this thread's CPU after a large test, and the kept
    # decision sent that text to a worker for good. The text is tried once more; twice over is its own.
    for last in (False, True):
        try:
            decision = (_bounded_tree(_parse(source).root_node, source), None)
        except _Streamable as streamable:
            decision = (None, streamable.plan)
        except _OverBudget:
            if not last:
                continue
        except NotBounded:
            pass
        break
    _DECISIONS[text] = decision
    while len(_DECISIONS) > DECISIONS_KEPT:
        _DECISIONS.popitem(last=False)
    return decision


_NOTHING: tuple[None, None] = (None, None)


def _parse(source: bytes) -> Any:
    """The tree of ``source``, or :class:`NotBounded` when parsing takes more than :data:`PARSE_BUDGET`
    seconds (tree-sitter's error recovery can take long on malformed text; this runs on the event loop).

    The budget is this thread's CPU time, not the clock's: the decision is kept for the text, so it must
    be the text's, not the machine's load (on a loaded machine a 50 µs parse, preempted, took over 2 ms
    by the clock, and lookups were sent to workers for good)."""
    parser = _sparql_parser()
    deadline = time.thread_time() + PARSE_BUDGET
    try:
        return parser.parse(lambda offset, _point: source[offset:],
                            progress_callback=lambda *_: time.thread_time() > deadline)
    except ValueError:  # cancelled
        parser.reset()
        raise _OverBudget from None


_DECISIONS: "OrderedDict[str, tuple[QueryInfo | None, ConstructPlan | None]]" = OrderedDict()


def _require(condition: bool) -> None:
    if not condition:
        raise NotBounded


def _named(node: Any) -> list[Any]:
    """``node``'s children but its punctuation and keywords (the grammar's anonymous nodes)."""
    return [child for child in node.children if child.is_named]


def _bounded_tree(root: Any, source: bytes = b"") -> QueryInfo:
    """The reading of a parsed query (``unit``) that is bounded; see :func:`bounded_query`.

    :raises NotBounded: it is not (or it did not parse).
    :raises _Streamable: it is a CONSTRUCT over a bounded join (see :func:`streamed_construct`).
    """
    _require(root.type == "unit" and not root.has_error)
    _only_known_tokens(root)
    parts = _named(root)
    info = QueryInfo(bounded_lookup=True)
    if parts and parts[0].type == "prologue":
        _read_prologue(parts.pop(0), info)
    _require(len(parts) == 1)
    query = parts[0]
    kind = query.type
    if kind == "describe_query":
        named = _named(query)
        _require(0 < len(named) <= MAX_DESCRIBED and all(n.type in _TERMS for n in named))
        _check_terms(named)
        info.form = "DESCRIBE"
        return info
    _require(kind in ("select_query", "ask_query", "construct_query"))
    info.form = kind.split("_")[0].upper()
    patterns = 0
    collapsed = kind == "construct_query"  # Oxigraph keeps each constructed triple once
    modified = False
    template = where = None
    for part in _named(query):
        if part.type == "select_clause":
            _require(all(n.type == "var" for n in _named(part)))  # no expression, no aggregate
            collapsed = collapsed or any(n.type in ("DISTINCT", "REDUCED") for n in part.children)
        elif part.type == "construct_template":
            _template(part)
            template = part
        elif part.type == "triples_template":  # CONSTRUCT WHERE { ... }
            patterns += _triples(part, anchors=set(), reached=set(), constant_predicate=False)
        elif part.type == "where_clause":
            patterns += _where(part)
            where = part
        elif part.type == "solution_modifier":
            _require(all(n.type == "limit_offset_clauses" for n in _named(part)))
            collapsed = collapsed or any(c.type == "offset_clause" for n in _named(part) for c in _named(n))
            modified = True
        else:
            raise NotBounded
    _require(0 < patterns <= MAX_BOUNDED_PATTERNS)
    # Joined patterns multiply: the union default graph gives a hub's triple once per graph that holds
    # it, so a named resource's triples times the labels of what it points to can be millions of
    # solutions. Streamed, each is a row counted against the row limit; but DISTINCT, REDUCED and a
    # CONSTRUCT keep few of them, and OFFSET skips them uncounted, so such a query could run for minutes
    # here, where no time limit kills it. With more than one pattern those go to a worker, but for a
    # CONSTRUCT without solution modifiers: it is answered from the streamed SELECT of its join
    # (:class:`ConstructPlan`), whose solutions are counted.
    if patterns > 1 and collapsed:
        if kind == "construct_query" and template is not None and where is not None and not modified:
            raise _Streamable(_construct_plan(source, query, template, where, info))
        raise NotBounded
    info.joined = patterns > 1
    return info


#: an IRI that needs no base to resolve (a scheme first)
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _absolute(node: Any, info: QueryInfo) -> str | None:
    """The absolute IRI a term node names (an IRI, a prefixed name, ``a``), or None when it needs the
    base to resolve or names an undeclared prefix (the engine reads those, and says what is wrong)."""
    if node.type == "a":
        return _RDF_TYPE
    text = node.text.decode()
    if node.type == "iri_reference":
        iri = text[1:-1]
    elif node.type == "prefixed_name":
        prefix, _, local = text.partition(":")
        if prefix not in info.prefixes:
            return None
        iri = info.prefixes[prefix] + local
    else:
        return None
    return iri if _ABSOLUTE.match(iri) else None


def _verb_node(prop: Any) -> Any:
    """The verb of a ``property`` node: ``a`` (an anonymous node), a variable, an IRI or a path element."""
    verb = prop.children[0]
    if verb.type == "path_element" and verb.child_count == 1:
        return verb.children[0]
    return verb


def _construct_plan(source: bytes, query: Any, template: Any, where: Any, info: QueryInfo) -> ConstructPlan:
    """The :class:`ConstructPlan` of a CONSTRUCT over a bounded join: ``SELECT *`` of its WHERE clause
    (with its prologue), checked bounded by the parser again, and its template's terms.

    :raises NotBounded: the SELECT is not bounded, or a template term needs the base to resolve.
    """
    select = (source[:query.start_byte] + b"SELECT * " + source[where.start_byte:where.end_byte]).decode("utf-8")
    _require(bounded_query(select) is not None)
    triples: list[tuple[TemplateTerm, TemplateTerm, TemplateTerm]] = []
    for block in _named(template):
        for same_subject in _named(block):
            subject_node, properties = _named(same_subject)
            subject = _template_term(subject_node, info)
            for prop in _named(properties):
                verb = _template_term(_verb_node(prop), info)
                for obj in _named(_named(prop)[-1]):
                    triples.append((subject, verb, _template_term(obj, info)))
    _require(0 < len(triples) <= MAX_BOUNDED_PATTERNS)
    return ConstructPlan(select, tuple(triples), dict(info.prefixes))


def _template_term(node: Any, info: QueryInfo) -> TemplateTerm:
    if node.type == "var":
        return (True, bytes(node.text)[1:].decode())
    iri = _absolute(node, info)
    _require(iri is not None)
    return (False, iri)  # type: ignore[return-value]


#: the keywords and punctuation a bounded query may hold (anything else, ``UNDEF``, ``!``, ``^``, ``(``,
#: an operator, is refused wherever it stands)
_TOKENS_ALLOWED = frozenset({"{", "}", ".", ";", ",", "*", "<", ">", ":", "a", "SELECT", "DISTINCT", "REDUCED",
                             "WHERE", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX", "BASE", "VALUES", "OPTIONAL",
                             "LIMIT", "OFFSET"})


def _only_known_tokens(root: Any) -> None:
    """Refuse a tree holding a keyword or punctuation outside :data:`_TOKENS_ALLOWED`, or a comment."""
    cursor = root.walk()
    while True:
        node = cursor.node
        if not node.is_named:
            _require(node.type.upper() in _TOKENS_ALLOWED or node.type == "a")
        elif node.type == "comment":
            raise NotBounded
        if cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return


def _read_prologue(prologue: Any, info: QueryInfo) -> None:
    for declaration in _named(prologue):
        _require(declaration.type in ("prefix_declaration", "base_declaration"))
        iri = [n for n in _named(declaration) if n.type == "iri_reference"]
        _require(len(iri) == 1)
        _check_terms(iri)
        value = iri[0].text.decode()[1:-1]
        if declaration.type == "base_declaration":
            info.base = value
        else:
            spaces = [n for n in _named(declaration) if n.type == "namespace"]
            _require(len(spaces) == 1)
            info.prefixes[spaces[0].text.decode().rstrip(":")] = value


def _check_terms(nodes: list[Any]) -> None:
    """An IRI is one token to every SPARQL parser only when it holds none of the excluded characters."""
    for node in nodes:
        if node.type == "iri_reference":
            _require(_IRI_TEXT.fullmatch(node.text.decode()) is not None)


def _where(clause: Any) -> int:
    """Check a WHERE clause: ``VALUES`` first, triple patterns about named resources, then ``OPTIONAL``
    patterns about what those point to. Returns the number of triple patterns."""
    groups = [n for n in _named(clause) if n.type == "group_graph_pattern"]
    _require(len(groups) == 1 and len(_named(clause)) == 1)
    anchors: set[bytes] = set()
    reached: set[bytes] = set()
    patterns = 0
    for element in _named(groups[0]):
        if element.type == "inline_data":
            _require(patterns == 0 and not anchors)
            anchors.add(_values(element))
        elif element.type == "triples_block":
            # one pattern: two joined ones can cross their matches and keep none (a hub's triples
            # come once per graph in the union default graph: seconds to minutes for no row)
            _require(patterns == 0)
            patterns += _triples(element, anchors, reached, constant_predicate=False)
            _require(patterns == 1)
        elif element.type == "optional_graph_pattern":
            # one pattern about what the first reached: it never drops a row, so every match is a row
            _require(patterns > 0)
            inner = _named(element)
            _require(len(inner) == 1 and inner[0].type == "group_graph_pattern")
            blocks = _named(inner[0])
            _require(len(blocks) == 1 and blocks[0].type == "triples_block")
            _require(_triples(blocks[0], anchors | reached, set(), constant_predicate=True) == 1)
            patterns += 1
        else:
            raise NotBounded
    return patterns


def _values(inline: Any) -> bytes:
    """``VALUES ?v { <a> ... }``: one variable bound to 1 to :data:`MAX_DESCRIBED` IRIs (no ``UNDEF``,
    which would leave it unbound); returns it."""
    blocks = _named(inline)
    _require(len(blocks) == 1 and blocks[0].type == "data_block")
    var, opening, *values, closing = blocks[0].children
    _require(var.type == "var" and opening.type == "{" and closing.type == "}")
    _require(0 < len(values) <= MAX_DESCRIBED and all(v.type in _TERMS for v in values))
    _check_terms(values)
    return bytes(var.text)


def _triples(block: Any, anchors: set[bytes], reached: set[bytes], *, constant_predicate: bool) -> int:
    """Check the triple patterns of ``block``: each subject a named resource or a variable of
    ``anchors``; objects that are variables are added to ``reached``. Returns how many there are."""
    count = 0
    for same_subject in _named(block):
        _require(same_subject.type == "triples_same_subject")
        subject, *rest = _named(same_subject)
        _require(len(rest) == 1 and rest[0].type == "property_list")
        if subject.type == "var":
            _require(bytes(subject.text) in anchors)
        else:
            _require(subject.type in _TERMS)
            _check_terms([subject])
        for prop in _named(rest[0]):
            _require(prop.type == "property")
            verb, *objects = _named(prop)
            _predicate(verb, constant=constant_predicate)
            _require(len(objects) == 1 and objects[0].type == "object_list")
            for obj in _named(objects[0]):
                if obj.type == "var":
                    reached.add(bytes(obj.text))
                else:
                    _require(obj.type in _TERMS)
                    _check_terms([obj])
                count += 1
    return count


def _predicate(verb: Any, *, constant: bool) -> None:
    """A variable (unless ``constant``), ``a`` or one IRI: no property path."""
    if verb.type == "var":
        _require(not constant)
        return
    _require(verb.type == "path_element" and verb.child_count == 1)
    only = verb.children[0]
    _require(only.type == "a" or only.type in _TERMS)
    if only.type != "a":
        _check_terms([only])


def _template(template: Any) -> None:
    """A CONSTRUCT template of variables, IRIs and ``a`` (its size is bounded by the solutions')."""
    stack = [template]
    while stack:
        node = stack.pop()
        if node.child_count == 0:
            continue
        if node.type in _TERMS:
            _check_terms([node])
            continue
        _require(node.type in ("construct_template", "construct_triples", "triples_same_subject",
                               "property_list", "property", "object_list", "path_element", "var"))
        stack.extend(node.children)
