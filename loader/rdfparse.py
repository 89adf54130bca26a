"""Reading RDF from untrusted bytes: nothing is fetched, no DTD is read, nothing is dropped silently.

:func:`parse_rdf` is the one way request bodies (and imported files) become a
:class:`~rdflib.Dataset`. On top of rdflib it guarantees:

* **JSON-LD never fetches a context.** The JSON is parsed here (``json.loads``) and walked:
  every ``@context`` (top level, in nodes, in ``@graph``, in arrays, in scoped term
  definitions) and every ``@import`` is an inline object, ``null``, or a reference to
  the project's own context (``/context.jsonld``, or ``…/context.jsonld`` under the
  server's base or one of its aliases), which is replaced by the packaged
  ``ontology/context.jsonld``. Anything else is refused (400) before rdflib sees the
  document. Belt and braces, rdflib runs under :func:`no_fetching`: a Python audit hook
  (rdflib's documented security measure, see its "Security considerations") refuses
  network access and file opens in this thread for the duration of the parse.
* **XML formats never read a DTD.** A document type declaration (and so any entity
  declaration: billion laughs, external entities) is refused as soon as expat reports it.
* **Nothing is dropped silently.** rdflib's JSON-LD reader skips nodes whose ``@id`` has a
  space or does not resolve, and values with a malformed ``@language``; here they are
  400s naming the value and the node's JSON pointer. After any format, every IRI must be
  a valid absolute IRI and every language tag well-formed (checked by Oxigraph's own IRI
  and BCP 47 parsers, so what passes here the store accepts).
* **Errors are short and safe.** Parser exceptions become :class:`RdfSyntaxError` with the
  parser's first line (escaped, shortened) and the line and column where it gives them;
  a JSON body nested deeper than :data:`MAX_JSON_DEPTH` is refused before it is walked.
"""
from __future__ import annotations

import json
import re
import sys
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib.resources import files
from typing import Any, Iterator, Sequence
from urllib.parse import urljoin, urlsplit
from xml.parsers import expat
from xml.sax import SAXParseException

from rdflib import Dataset, Literal, URIRef, plugin
from rdflib.parser import Parser as RdflibParser
from rdflib.plugins.parsers.jsonld import Parser as JsonLdParser  # rdflib's JSON-LD core, subclassed below
from rdflib.plugins.parsers.notation3 import BadSyntax
from rdflib.plugins.shared.jsonld.context import UNDEF, Context

from .errors import UsageError
from .iri import iri_problem
from .settings import DEFAULT_BASE
from .store import rdfio

#: the deepest nesting of JSON arrays and objects accepted (deeper: 400, before anything recurses)
MAX_JSON_DEPTH = 100

#: RDF media type -> rdflib parser name
RDFLIB_FORMAT: dict[str, str] = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/n-triples": "nt",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}
#: other names of those media types
SYNONYMS: dict[str, str] = {
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/x-trig": "application/trig",
    "text/x-nquads": "application/n-quads",
    "application/json": "application/ld+json",
}
#: rdflib formats read by an XML parser (a DTD in them is refused)
XML_FORMATS = frozenset({"xml", "trix"})
#: the file name of the project's JSON-LD context, in ``osce_kg.ontology`` and on the server
CONTEXT_FILE = "context.jsonld"

_LONGEST_SHOWN = 200
#: an ``@id`` JSON-LD 1.1 reserves for keywords (``@`` and letters)
_KEYWORD_FORM = re.compile(r"@[A-Za-z]+")


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------
class RdfSyntaxError(UsageError):
    """The body is not well-formed in its media type (the parser's reason, line and column)."""

    title = "Malformed RDF"


class UnsupportedMediaType(UsageError):
    """The body's media type is not an RDF syntax osce-kg reads."""

    title = "Unsupported media type"


class ForbiddenReference(UsageError):
    """The body asks for something outside itself to be read: a remote JSON-LD context, a DTD."""

    title = "Reference not allowed"


class InvalidTerm(UsageError):
    """An IRI or language tag in the body is malformed (rdflib would have dropped it silently)."""

    title = "Invalid IRI or language tag"


class NothingUnderstood(UsageError):
    """A JSON-LD body has properties, but none of them maps to an IRI: probably a missing context."""

    title = "Nothing understood"


# ---------------------------------------------------------------------------
# the entry point
# ---------------------------------------------------------------------------
def parse_rdf(data: bytes, media_type: str, base: str, *, source: str = "the body",
              site_base: str = DEFAULT_BASE, aliases: Sequence[str] = ()) -> Dataset:
    """``data`` (in ``media_type``) as a dataset; triple formats land in its default graph.

    ``base`` resolves relative IRIs. ``site_base`` is the server's base IRI: the project's
    context is rebased onto it, and ``{site_base}…/context.jsonld`` names it; ``aliases``
    are other roots the server is reached at (e.g. the request's URL root). ``source``
    names the input in messages ("the body", "part 2 of the body", a file name).

    :raises UnsupportedMediaType: ``media_type`` is not an RDF syntax.
    :raises ForbiddenReference: a JSON-LD context other than inline or the project's, or a DTD.
    :raises InvalidTerm: an IRI that is not a valid absolute IRI, or a malformed language tag.
    :raises NothingUnderstood: JSON-LD whose properties all map to no IRI.
    :raises RdfSyntaxError: the body does not parse (or is nested too deeply).
    """
    kind = bare_media_type(media_type)
    fmt = RDFLIB_FORMAT.get(kind)
    if fmt is None:
        raise UnsupportedMediaType(f"unsupported Content-Type {shown(kind) or '(none)'}; send one of "
                                   + ", ".join(RDFLIB_FORMAT))
    problem = iri_problem(base)
    if problem:
        raise UsageError(f"the base IRI <{shown(base)}> is not a valid absolute IRI ({problem})")
    data = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if fmt == "json-ld":
        ds = _parse_jsonld(data, base, source, _ContextPolicy(base, (site_base, *aliases), site_base))
    else:
        if fmt in XML_FORMATS:
            refuse_dtd(data, source)
        ds = Dataset()
        plugin.get(fmt, RdflibParser)  # the parser module is imported before the guard, not under it
        with _translated(source, kind), no_fetching():
            ds.parse(data=data, format=fmt, publicID=base)
    check_terms(ds, source)
    return ds


def bare_media_type(header: str | None) -> str:
    """The lowercased media type of a Content-Type value, without parameters, synonyms resolved."""
    bare = (header or "").split(";", 1)[0].strip().lower()
    return SYNONYMS.get(bare, bare)


# ---------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------
def shown(text: object, limit: int = _LONGEST_SHOWN) -> str:
    """``text`` safe to put in a message or a log line: controls escaped, quotes escaped, shortened."""
    out = "".join(ch if ch.isprintable() and ch not in '"\\' else
                  ("\\" + ch if ch in '"\\' else ascii(ch)[1:-1]) for ch in str(text)[: limit + 1])
    return out if len(out) <= limit else out[: limit - 1] + "…"


def parser_message(exc: BaseException) -> str:
    """The parser's reason for ``exc``, one short line, with the line and column when it gives them."""
    if isinstance(exc, SAXParseException):
        return f"{shown(exc.getMessage())} (line {exc.getLineNumber()}, column {(exc.getColumnNumber() or 0) + 1})"
    if isinstance(exc, BadSyntax):
        return _bad_syntax_message(exc)
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return shown(lines[0] if lines else type(exc).__name__)


def _bad_syntax_message(exc: BadSyntax) -> str:
    """rdflib's Turtle/TriG error: its reason, line and column (its own text spans lines)."""
    why = shown(getattr(exc, "_why", "bad syntax"))
    text = getattr(exc, "_str", b"").decode("utf-8", "replace")
    at = int(getattr(exc, "_i", -1))
    if not 0 <= at <= len(text):  # rdflib gives no position for some errors
        return f"{why} (line {exc.lines + 1})"
    return f"{why} (line {exc.lines + 1}, column {at - text.rfind(chr(10), 0, at)})"


def _where(pointer: str) -> str:
    return shown(pointer, 120) if pointer else "the top level"


def _pointer_key(key: str) -> str:
    """``key`` as one step of a JSON pointer (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


@contextmanager
def _translated(source: str, kind: str) -> Iterator[None]:
    """Parser exceptions as :class:`RdfSyntaxError` (a fetch attempt as :class:`ForbiddenReference`)."""
    try:
        yield
    except UsageError:
        raise
    except FetchRefused as exc:
        raise ForbiddenReference(f"{source} refers to an outside document ({shown(exc.target)}); "
                                 "nothing is ever fetched: put its content in the body") from None
    except RecursionError:
        raise RdfSyntaxError(f"{source} is nested too deeply to parse") from None
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - every rdflib parser raises its own kind
        raise RdfSyntaxError(f"{source} is not valid {kind}: {parser_message(exc)}") from None


# ---------------------------------------------------------------------------
# belt and braces: no network, no file, during a parse
# ---------------------------------------------------------------------------
class FetchRefused(PermissionError):
    """Raised by the audit hook when a parser tries to reach the network or open a file."""

    def __init__(self, event: str, target: object) -> None:
        super().__init__(f"{event} refused while parsing an untrusted document")
        self.event = event
        self.target = target


_GUARDED: ContextVar[bool] = ContextVar("osce_kg_rdfparse_guarded", default=False)
#: audit event -> which of its arguments names the target
_NETWORK_EVENTS = {
    "urllib.Request": 0, "socket.connect": 1, "socket.getaddrinfo": 0, "socket.gethostbyname": 0,
    "socket.gethostbyname_ex": 0, "socket.gethostbyaddr": 0, "ftplib.connect": 1, "http.client.connect": 1,
}
#: modules whose file opens are imports (``io.open_code``), allowed during a parse
_IMPORT_MACHINERY = frozenset({"importlib._bootstrap_external", "_frozen_importlib_external",
                               "importlib._bootstrap", "_frozen_importlib", "zipimport"})
_hook_lock = threading.Lock()
_hook_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Refuse network and file access while :func:`no_fetching` is active in this context."""
    if not _GUARDED.get():
        return
    if event in _NETWORK_EVENTS:
        raise FetchRefused(event, args[_NETWORK_EVENTS[event]] if len(args) > _NETWORK_EVENTS[event] else None)
    if event == "open" and sys._getframe(1).f_globals.get("__name__") not in _IMPORT_MACHINERY:
        raise FetchRefused(event, args[0] if args else None)


@contextmanager
def no_fetching() -> Iterator[None]:
    """Within this block, this thread (context) can open no socket, URL or file, except imports.

    A Python audit hook (``sys.addaudithook``, the measure rdflib's documentation gives for
    untrusted input) is installed on first use; it does nothing outside such a block, and
    other threads are not affected (a :class:`~contextvars.ContextVar` scopes it).
    """
    global _hook_installed
    if not _hook_installed:
        with _hook_lock:
            if not _hook_installed:
                sys.addaudithook(_audit)
                _hook_installed = True
    token = _GUARDED.set(True)
    try:
        yield
    finally:
        _GUARDED.reset(token)


# ---------------------------------------------------------------------------
# XML: no DTD
# ---------------------------------------------------------------------------
class _RootReached(Exception):
    """The root element started: no DTD can follow."""


def refuse_dtd(data: bytes, source: str = "the body") -> None:
    """Refuse an XML document with a document type declaration, as soon as expat meets it.

    Only the prolog is read: parsing stops at the root element's start tag.

    :raises ForbiddenReference: the document has a ``<!DOCTYPE`` (and so maybe entities).
    :raises RdfSyntaxError: the prolog is not well-formed XML.
    """
    parser = expat.ParserCreate()

    def doctype(name: str, *_: object) -> None:
        raise ForbiddenReference(
            f"{source} has a document type declaration (<!DOCTYPE {shown(name)}>, line "
            f"{parser.CurrentLineNumber}); DTDs and entity declarations are never read: remove it")

    def root(*_: object) -> None:
        raise _RootReached

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = root
    try:
        parser.Parse(data, True)
    except _RootReached:
        return
    except expat.ExpatError as exc:
        raise RdfSyntaxError(f"{source} is not well-formed XML: {expat.ErrorString(exc.code)} "
                             f"(line {exc.lineno}, column {exc.offset + 1})") from None


# ---------------------------------------------------------------------------
# IRIs and language tags
# ---------------------------------------------------------------------------
def language_problem(tag: object) -> str | None:
    """Why ``tag`` is not a well-formed BCP 47 language tag (by the store's parser), or None."""
    if not isinstance(tag, str):
        return "not a string"
    problem = rdfio.language_problem(tag)
    return None if problem is None else shown(problem)


def check_terms(ds: Dataset, source: str = "the body") -> None:
    """Every IRI of ``ds`` a valid absolute IRI, every language tag well-formed, no lone surrogate.

    :raises InvalidTerm: naming the first offending term.
    """
    good: set[str] = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        for term, role in ((s, "subject"), (p, "predicate"), (o, "object"), (g, "graph name")):
            if isinstance(term, URIRef):
                _check_iri(term, role, source, good)
            elif isinstance(term, Literal):
                _check_literal(term, source, good)


def _check_iri(iri: str, role: str, source: str, good: set[str]) -> None:
    if iri in good:
        return
    problem = iri_problem(iri)
    if problem:
        raise InvalidTerm(f"{source}: the {role} <{shown(iri)}> is not a valid absolute IRI ({problem})")
    good.add(iri)


def _check_literal(literal: Literal, source: str, good: set[str]) -> None:
    if literal.datatype is not None:
        _check_iri(literal.datatype, "datatype", source, good)
    if literal.language is not None and "@" + literal.language not in good:
        problem = language_problem(literal.language)
        if problem:
            raise InvalidTerm(f"{source}: the language tag \"{shown(literal.language)}\" of "
                              f"\"{shown(literal, 60)}\" is not a well-formed BCP 47 tag ({problem})")
        good.add("@" + literal.language)
    try:
        str(literal).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidTerm(f"{source}: the literal \"{shown(literal, 60)}\" has a lone surrogate "
                          "(not a Unicode character)") from None


# ---------------------------------------------------------------------------
# JSON-LD
# ---------------------------------------------------------------------------
class _ContextPolicy:
    """Which ``@context`` references name the project's context; everything else is refused."""

    def __init__(self, base: str, roots: Sequence[str], site_base: str) -> None:
        self.base = base
        self.roots = tuple(r.split("#", 1)[0] for r in roots if r)
        self.site_base = site_base

    def names_project(self, ref: str) -> bool:
        """``/context.jsonld``, ``…/context.jsonld`` relative, or under one of the server's roots."""
        parts = urlsplit(ref)
        target = urljoin(self.base, ref)
        resolved = urlsplit(target)
        if resolved.query or resolved.fragment or not ("/" + resolved.path).endswith("/" + CONTEXT_FILE):
            return False
        if not parts.scheme and not parts.netloc:
            return True  # relative: this server's own
        return any(target.startswith(root) for root in self.roots)

    def context_value(self, value: Any, pointer: str, source: str) -> Any:
        """An ``@context`` value with the project's context inlined; any other reference refused."""
        if isinstance(value, list):
            return [self._one_context(item, f"{pointer}/{i}", source) for i, item in enumerate(value)]
        return self._one_context(value, pointer, source)

    def _one_context(self, value: Any, pointer: str, source: str) -> Any:
        if value is None or isinstance(value, dict):
            return value
        if isinstance(value, str):
            if self.names_project(value):
                return project_context(self.site_base)
            raise ForbiddenReference(
                f"{source}: the @context \"{shown(value)}\" at {_where(pointer)} is not allowed; nothing is "
                f"ever fetched: use an inline context or this server's /{CONTEXT_FILE}")
        raise RdfSyntaxError(f"{source}: the @context at {_where(pointer)} is not an object, a string or null "
                             "(or an array of them)")

    def resolve_import(self, ctx: dict[str, Any], pointer: str, source: str) -> None:
        """Replace an ``@import`` of the project's context by its content (in place); refuse others."""
        ref = ctx["@import"]
        if not (isinstance(ref, str) and self.names_project(ref)):
            raise ForbiddenReference(
                f"{source}: the @import \"{shown(ref)}\" at {_where(pointer)} is not allowed; nothing is ever "
                f"fetched: use an inline context or this server's /{CONTEXT_FILE}")
        merged = project_context(self.site_base)
        merged.update((k, v) for k, v in ctx.items() if k != "@import")
        ctx.clear()
        ctx.update(merged)


@lru_cache(maxsize=8)
def _project_context_text(site_base: str) -> str:
    data = json.loads(files("osce_kg.ontology").joinpath(CONTEXT_FILE).read_text(encoding="utf-8"))
    ctx = data.get("@context", data) if isinstance(data, dict) else data
    return json.dumps(_rebase(ctx, site_base))


def project_context(site_base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The packaged ``ontology/context.jsonld``'s ``@context``, its IRIs moved onto ``site_base`` (a fresh copy)."""
    return dict(json.loads(_project_context_text(site_base)))


def _rebase(value: Any, base: str) -> Any:
    """Replace the default base in a context with the configured one."""
    if isinstance(value, str):
        return base + value[len(DEFAULT_BASE):] if value.startswith(DEFAULT_BASE) else value
    if isinstance(value, dict):
        return {k: _rebase(v, base) for k, v in value.items()}
    if isinstance(value, list):
        return [_rebase(v, base) for v in value]
    return value


def _parse_jsonld(data: bytes, base: str, source: str, policy: _ContextPolicy) -> Dataset:
    doc = load_json(data, source)
    pointers = _prepare(doc, policy, source)
    ds = Dataset()
    parser = _StrictJsonLd(pointers, source)
    with _translated(source, "JSON-LD"), no_fetching():
        parser.parse(doc, Context(base=base, version=1.1), ds)
    if parser.ignored and next(iter(ds.quads((None, None, None, None))), None) is None:
        key, pointer = parser.ignored[0]
        raise NothingUnderstood(
            f"nothing in {source} was understood: no property maps to an IRI (the first, \"{shown(key)}\" "
            f"at {_where(pointer)}, is not defined by the @context); is the @context missing?")
    return ds


def load_json(data: bytes, source: str = "the body") -> Any:
    """``data`` as JSON (UTF-8/16/32), strictly: no NaN, no depth past :data:`MAX_JSON_DEPTH`.

    :raises RdfSyntaxError: not JSON, with the line and column.
    """
    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not a JSON value")

    try:
        return json.loads(data, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise RdfSyntaxError(f"{source} is not JSON: {shown(exc.msg)} (line {exc.lineno}, "
                             f"column {exc.colno})") from None
    except RecursionError:
        raise RdfSyntaxError(f"{source} is nested more than {MAX_JSON_DEPTH} levels deep") from None
    except ValueError as exc:  # bad UTF-8, NaN, an integer of thousands of digits
        raise RdfSyntaxError(f"{source} is not JSON: {parser_message(exc)}") from None


def _prepare(doc: Any, policy: _ContextPolicy, source: str) -> dict[int, str]:
    """Check the depth, inline or refuse every context reference; the JSON pointer of each node object.

    Walks with an explicit stack (no recursion). Values of ``@value`` outside contexts are
    literals rdflib never reads contexts from, so they are not searched (their depth still counts).
    """
    pointers: dict[int, str] = {}
    stack: list[tuple[Any, str, int, bool]] = [(doc, "", 1, False)]
    while stack:
        value, pointer, depth, in_context = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise RdfSyntaxError(f"{source} is nested more than {MAX_JSON_DEPTH} levels deep "
                                 f"(at {_where(pointer)})")
        if isinstance(value, list):
            stack.extend((item, f"{pointer}/{i}", depth + 1, in_context)
                         for i, item in enumerate(value) if isinstance(item, (dict, list)))
            continue
        if not isinstance(value, dict):
            continue
        literal = not in_context and "@value" in value
        if not in_context:
            pointers[id(value)] = pointer
        if "@context" in value and not literal:
            value["@context"] = policy.context_value(value["@context"], pointer + "/@context", source)
        if in_context and "@import" in value:
            policy.resolve_import(value, pointer, source)
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                child = (pointer + "/" + _pointer_key(key), depth + 1, in_context or key == "@context")
                if literal and key == "@value":
                    _check_depth(item, child[0], child[1], source)
                else:
                    stack.append((item, *child))
    return pointers


def _check_depth(value: Any, pointer: str, depth: int, source: str) -> None:
    """Only the depth limit, for a JSON literal (``@value``)."""
    stack = [(value, depth)]
    while stack:
        item, level = stack.pop()
        if level > MAX_JSON_DEPTH:
            raise RdfSyntaxError(f"{source} is nested more than {MAX_JSON_DEPTH} levels deep "
                                 f"(in {_where(pointer)})")
        children = item.values() if isinstance(item, dict) else item
        stack.extend((c, level + 1) for c in children if isinstance(c, (dict, list)))


class _StrictJsonLd(JsonLdParser):
    """rdflib's JSON-LD to RDF, refusing (with the node's JSON pointer) what it would skip silently.

    rdflib drops a node whose ``@id`` has a space or resolves to no IRI, and a value whose
    ``@language`` has a space; these overrides raise :class:`InvalidTerm` first. Properties
    that map to no IRI are noted in :attr:`ignored` (JSON-LD ignores them by design).
    """

    def __init__(self, pointers: dict[int, str], source: str) -> None:
        super().__init__(generalized_rdf=False)
        self.pointers = pointers
        self.source = source
        self.ignored: list[tuple[str, str]] = []
        self._at = [""]

    def _add_to_graph(self, dataset: Any, graph: Any, context: Context, node: Any,
                      topcontext: bool = False) -> Any:
        pointer = self.pointers.get(id(node)) if isinstance(node, dict) else None
        if pointer is None:
            return super()._add_to_graph(dataset, graph, context, node, topcontext)
        raw_id = node.get("@id")
        if raw_id is not None and not isinstance(raw_id, str):
            raise InvalidTerm(f"{self.source}: the @id of the node at {_where(pointer)} is not a string")
        self._at.append(pointer)
        try:
            return super()._add_to_graph(dataset, graph, context, node, topcontext)
        finally:
            self._at.pop()

    def _to_rdf_id(self, context: Context, id_val: str) -> Any:
        if not id_val.startswith("_:"):
            self._check_id(context, id_val, "IRI")
        return super()._to_rdf_id(context, id_val)

    def _key_to_graph(self, dataset: Any, graph: Any, context: Context, subj: Any, key: str, obj: Any,
                      reverse: bool = False, no_id: bool = False) -> None:
        term = context.terms.get(key)
        predicate = term.id if term else context.expand(key)
        if not key.startswith("@") and term is None and not predicate:
            self.ignored.append((key, self._at[-1]))
        elif isinstance(predicate, str) and not predicate.startswith(("@", "_:")):
            problem = iri_problem(predicate)
            if problem:
                raise InvalidTerm(f"{self.source}: the property \"{shown(key)}\" of the node at "
                                  f"{_where(self._at[-1])} is not a valid absolute IRI ({problem})")
        super()._key_to_graph(dataset, graph, context, subj, key, obj, reverse, no_id)

    def _to_object(self, dataset: Any, graph: Any, context: Context, term: Any, node: Any,
                   inlist: bool = False) -> Any:
        if isinstance(node, tuple):  # a language map's (value, language)
            self._check_language(node[1])
        elif isinstance(node, dict):
            self._check_language(context.get_language(node))
        elif term is not None and term.type == "@id" and isinstance(node, str):
            self._check_id(context, node, "value")
        elif isinstance(node, str) and not (term is not None and term.type):
            default = term.language if term is not None and term.language is not UNDEF else context.language
            self._check_language(default)
        return super()._to_object(dataset, graph, context, term, node, inlist)

    def _check_id(self, context: Context, value: str, what: str) -> None:
        if _KEYWORD_FORM.fullmatch(value):  # rdflib would read it as "" (the base IRI)
            problem: str | None = "it has the form of a keyword"
        else:
            try:
                resolved = context.resolve(value)  # rdflib: "" when the value has a space
            except ValueError as exc:  # urljoin: "Invalid IPv6 URL"
                resolved, problem = "", shown(exc)
            else:
                problem = None
            if resolved and ":" in resolved:
                problem = iri_problem(resolved)
            elif problem is None:
                problem = iri_problem(value) or "it does not resolve to an absolute IRI"
        if problem:
            raise InvalidTerm(f"{self.source}: the {what} \"{shown(value)}\" of the node at "
                              f"{_where(self._at[-1])} is not a valid absolute IRI ({problem})")

    def _check_language(self, tag: object) -> None:
        if tag is None:
            return
        problem = language_problem(tag)
        if problem:
            raise InvalidTerm(f"{self.source}: the @language \"{shown(tag)}\" at {_where(self._at[-1])} "
                              f"is not a well-formed BCP 47 language tag ({problem})")


__all__ = [
    "MAX_JSON_DEPTH", "RDFLIB_FORMAT", "SYNONYMS", "XML_FORMATS", "CONTEXT_FILE",
    "RdfSyntaxError", "UnsupportedMediaType", "ForbiddenReference", "InvalidTerm", "NothingUnderstood",
    "FetchRefused", "parse_rdf", "bare_media_type", "shown", "parser_message", "no_fetching", "refuse_dtd",
    "iri_problem", "language_problem", "check_terms", "project_context", "load_json",
]
