"""Query results to bytes with pyoxigraph's own serializers: the embedded store's answers.

:func:`answer` evaluates a protocol query on a pyoxigraph store (the server's query
workers and its in-process lookups reach it through
:meth:`~osce_kg.loader.store.embedded.EmbeddedStore.answer`). The row cap is enforced
here: solutions and triples are counted as they come and the work stops at
``max_rows + 1``; only then is anything serialized, so a capped result is an error,
never a silently short body.
"""
from __future__ import annotations

import functools
import io
import json
import re
from importlib import resources
from typing import Any, Callable, Iterable, Iterator

import pyoxigraph as ox

from ..errors import QuerySyntaxError, ResultTooLarge, UsageError

RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}

#: formats whose output carries graph names
QUAD_TYPES = ("application/n-quads", "application/trig")

#: prefixes offered to Turtle, TriG, RDF/XML and JSON-LD output (the query's own come on top)
COMMON_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
}


#: predicates whose values label the IRIs a DESCRIBE points to
LABEL_PREDICATES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "https://schema.org/name",
    "http://xmlns.com/foaf/0.1/name",
    "http://purl.org/dc/terms/title",
)


def offered(result: object) -> list[str]:
    """The media types a query result can be written in, the default first."""
    if isinstance(result, ox.QueryTriples):
        return list(RDF_FORMATS)
    return list(RESULTS_FORMATS)


def dataset_kwargs(default: list[str] | None, named: list[str] | None, own_dataset: bool) -> dict[str, Any]:
    """The protocol's dataset, or the union default graph when the request names none.

    :raises UsageError: a graph name is not an absolute IRI.
    """
    if not default and not named:
        # FROM / FROM NAMED in the query pick its dataset; the union flag would override them
        return {} if own_dataset else {"use_default_graph_as_union": True}
    # the protocol's dataset replaces FROM/FROM NAMED; what it leaves out is empty
    try:
        return {"default_graph": [ox.NamedNode(g) for g in default or []],
                "named_graphs": [ox.NamedNode(g) for g in named or []]}
    except ValueError as exc:
        raise UsageError(f"default-graph-uri and named-graph-uri must be absolute IRIs: {exc}") from None


def answer(store: ox.Store, query: str, choose: Callable[[str], str], *, max_rows: int,
           base: str | None = None, default_graphs: list[str] | None = None,
           named_graphs: list[str] | None = None, own_dataset: bool = False, bounded: bool = False,
           form: str | None = None, prefixes: dict[str, str] | None = None) -> tuple[str, bytes, int, str]:
    """Evaluate ``query`` and serialize it: ``(media type, body, rows, form)``.

    ``choose(form)`` names the media type for the result's form (or raises);
    ``own_dataset``: the query has FROM / FROM NAMED; ``bounded``: it is a bounded lookup
    (see :func:`solutions_bytes`); ``form``: the form the lexer read (tells DESCRIBE from
    CONSTRUCT); ``prefixes``: the query's own, offered to the graph serializers.

    :raises QuerySyntaxError: the query does not parse or cannot run.
    :raises ResultTooLarge: more than ``max_rows`` rows or triples.
    :raises UsageError: a protocol graph name is not an absolute IRI.
    :raises OSError: the store failed, or a SERVICE did.
    """
    kwargs = dataset_kwargs(default_graphs, named_graphs, own_dataset)
    try:
        result = store.query(query, base_iri=base, **kwargs)
    except SyntaxError as exc:
        raise QuerySyntaxError(f"the query does not parse: {_short(str(exc))}") from None
    except ValueError as exc:
        raise QuerySyntaxError(f"the query cannot be run: {exc}") from None
    if isinstance(result, ox.QuerySolutions):
        kind = "SELECT"
    elif isinstance(result, ox.QueryBoolean):
        kind = "ASK"
    else:
        kind = form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT"
    media = choose(kind)
    if isinstance(result, ox.QuerySolutions):
        body, rows = solutions_bytes(result, media, max_rows, bounded=bounded)
    elif isinstance(result, ox.QueryBoolean):
        body, rows = boolean_bytes(result, media), 1
    else:
        items = capped(result, max_rows, "triples")
        if kind == "DESCRIBE":
            items = describe(store, items, kwargs, max_rows)
        if media in QUAD_TYPES and "use_default_graph_as_union" in kwargs:
            items = list(dict.fromkeys(iter_quads_of(store, items)))
        rows = len(items)
        body = graph_bytes(items, media, prefixes)
    return media, body, rows, kind


def _short(message: str, limit: int = 240) -> str:
    """The parser's message without its page-long list of expected characters."""
    first = message.splitlines()[0] if message else message
    return first if len(first) <= limit else first[:limit] + "…"


def describe(store: ox.Store, triples: list[ox.Triple], kwargs: dict[str, Any],
             max_rows: int) -> list[ox.Triple]:
    """The resources' own triples (oxigraph's concise bounded description) plus labels
    of the IRIs they point to, so a reader sees names, not bare IRIs."""
    described = {t.subject for t in triples if isinstance(t.subject, ox.NamedNode)}
    targets = {t.object for t in triples if isinstance(t.object, ox.NamedNode)} - described
    if not targets:
        return triples
    values = " ".join(str(t) for t in targets)
    preds = " ".join(f"<{p}>" for p in LABEL_PREDICATES)
    query = f"CONSTRUCT {{ ?x ?p ?l }} WHERE {{ VALUES ?x {{ {values} }} VALUES ?p {{ {preds} }} ?x ?p ?l }}"
    labels = store.query(query, **kwargs)
    out = list(dict.fromkeys([*triples, *labels]))  # type: ignore[misc]
    return capped(out, max_rows, "triples")


def _written(data: bytes | None) -> bytes:
    """What a pyoxigraph serializer returned: bytes when it was given no output to write to."""
    assert data is not None, "a serializer without an output returns its bytes"
    return data


def capped(items: Iterable[Any], max_rows: int, what: str) -> list[Any]:
    """Up to ``max_rows`` items.

    :raises ResultTooLarge: there are more than ``max_rows``.
    """
    out: list[Any] = []
    for item in items:
        if len(out) >= max_rows:
            raise too_many(max_rows, what)
        out.append(item)
    return out


def solutions_bytes(solutions: ox.QuerySolutions, media_type: str, max_rows: int, *,
                    bounded: bool = False) -> tuple[bytes, int]:
    """SELECT results as ``media_type`` and the row count.

    Rows are counted first; they then pass through TSV (whose terms are exactly
    pyoxigraph's term syntax) so the native serializers write the final format.
    ``bounded``: the result is known to be small (a bounded lookup), so it is written
    in one piece and counted after (SPARQL JSON directly, see :func:`json_rows`; the
    other formats through TSV), which is much cheaper than watching the TSV row by
    row to stop early.

    :raises ResultTooLarge: more than ``max_rows`` rows.
    """
    if bounded and media_type == "application/sparql-results+json":
        body = _written(solutions.serialize(format=ox.QueryResultsFormat.JSON))
        rows = json_rows(body)
        if rows > max_rows:
            raise too_many(max_rows, "rows")
        return body, rows
    if bounded:
        tsv = _written(solutions.serialize(format=ox.QueryResultsFormat.TSV))
        rows = tsv.count(b"\n") - 1
        if rows > max_rows:
            raise too_many(max_rows, "rows")
        return _from_tsv(tsv, media_type), rows
    counter = _RowCounter(max_rows)
    try:
        solutions.serialize(counter, format=ox.QueryResultsFormat.TSV)
    except ResultTooLarge:
        raise
    except OSError:  # pyoxigraph wraps what the writer raised
        if counter.over:
            raise too_many(max_rows, "rows") from None
        raise
    if counter.over:
        raise too_many(max_rows, "rows")
    return _from_tsv(counter.getvalue(), media_type), counter.lines - 1


def _from_tsv(tsv: bytes, media_type: str) -> bytes:
    if media_type == "text/tab-separated-values":
        return tsv
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return _written(parsed.serialize(format=RESULTS_FORMATS[media_type]))


#: where a row other than the first begins in pyoxigraph's compact SPARQL JSON: ``,{"`` then a
#: variable's name. Inside a string every ``"`` is escaped, so an unescaped one there can only be the
#: string's end, which ``}`` or ``,`` follows, never a name.
_NEXT_ROW = re.compile(rb',\{"[^},]')


def json_rows(body: bytes) -> int:
    """The number of rows in SPARQL JSON as pyoxigraph writes it, without parsing it.

    Falls back to parsing when a row may be empty (``{}``), or when pyoxigraph's
    output does not match the counting rule (checked once, see :func:`_counting_holds`).
    """
    if b"{}" not in body and _counting_holds():
        return 0 if b'"bindings":[]' in body else len(_NEXT_ROW.findall(body)) + 1
    return len(json.loads(body)["results"]["bindings"])


@functools.cache
def _counting_holds() -> bool:
    """Whether :func:`json_rows`'s rule counts pyoxigraph's JSON right, on results made to trip it."""
    store = ox.Store()
    for i, text in enumerate(['a,{"b', ',{"', 'x}},{"y', '"', "\\", "{}", "line\nbreak", ",{", "é"]):
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/{i}"), ox.NamedNode("http://example.org/p"),
                          ox.Literal(text)))
    for query in ("SELECT ?s ?o WHERE { ?s ?p ?o }", "SELECT ?o WHERE { ?s ?p ?o } LIMIT 1",
                  "SELECT ?s ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?none } }",
                  "SELECT ?s WHERE { ?s ?p ?o } LIMIT 0"):
        result = store.query(query)
        assert isinstance(result, ox.QuerySolutions)
        body = _written(result.serialize(format=ox.QueryResultsFormat.JSON))
        counted = 0 if b'"bindings":[]' in body else len(_NEXT_ROW.findall(body)) + 1
        if counted != len(json.loads(body)["results"]["bindings"]):
            return False
    return True



class _RowCounter(io.BytesIO):
    """Collects TSV as pyoxigraph writes it and stops it past ``max_rows`` rows.

    TSV writes one line per row (newlines inside literals are escaped), so counting
    newlines counts rows without a Python loop over the solutions.
    """

    def __init__(self, max_rows: int) -> None:
        super().__init__()
        self.max_lines = max_rows + 1  # the header line
        self.lines = 0
        self.over = False

    def write(self, data: Any) -> int:
        self.lines += bytes(data).count(b"\n")
        if self.lines > self.max_lines:
            self.over = True
            raise too_many(self.max_lines - 1, "rows")
        return super().write(data)


def too_many(max_rows: int, what: str) -> ResultTooLarge:
    """The error of an answer past the row limit (one wording wherever it is counted)."""
    return ResultTooLarge(f"the query gives more than {max_rows} {what}, the server's limit: add LIMIT "
                          "(and OFFSET to page) or narrow the query")


def boolean_bytes(result: ox.QueryBoolean, media_type: str) -> bytes:
    """An ASK result as ``media_type``.

    SPARQL JSON and XML define booleans; CSV and TSV do not, so the answer is a one-column
    table named ``_askResult`` holding ``true`` or ``false``, as Jena and RDF4J write it.
    """
    if media_type == "text/csv":
        return f"_askResult\r\n{str(bool(result)).lower()}\r\n".encode()
    if media_type == "text/tab-separated-values":
        return f"?_askResult\n{str(bool(result)).lower()}\n".encode()
    return _written(result.serialize(format=RESULTS_FORMATS[media_type]))


def graph_bytes(items: list, media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples or quads as ``media_type``; JSON-LD is compacted with the project context."""
    if media_type == "application/ld+json":
        context = project_context()
        if context is not None:
            return _jsonld_with_context(items, context)
    if media_type not in QUAD_TYPES:
        items = list(dict.fromkeys(_as_triple(t) for t in items))
    if media_type not in ("text/turtle", "application/trig", "application/rdf+xml", "application/ld+json"):
        return _written(ox.serialize(items, format=RDF_FORMATS[media_type]))
    # offer only the prefixes the data uses: a search in the N-Triples text is far cheaper
    # than a walk over the terms
    plain = _written(ox.serialize(items, format=RDF_FORMATS["application/n-quads"]))
    offered = {**COMMON_PREFIXES, **(prefixes or {})}
    used = {p: ns for p, ns in offered.items() if ns and ("<" + ns).encode() in plain}
    return _written(ox.serialize(items, format=RDF_FORMATS[media_type], prefixes=used))


def _as_triple(item: ox.Triple | ox.Quad) -> ox.Triple:
    if isinstance(item, ox.Quad):
        return item.triple
    return item


_CONTEXT: list = []


def project_context() -> dict | None:
    """The project's published JSON-LD context (``ontology/context.jsonld``), if there is one."""
    if not _CONTEXT:
        try:
            text = resources.files("osce_kg.ontology").joinpath("context.jsonld").read_text("utf-8")
            _CONTEXT.append(json.loads(text))
        except (FileNotFoundError, ModuleNotFoundError, ValueError):
            _CONTEXT.append(None)
    return _CONTEXT[0]


def _jsonld_with_context(items: list, context: dict) -> bytes:
    # rdflib compacts with a full context (terms, @vocab); pyoxigraph only uses prefixes
    from rdflib import Dataset

    data = _written(ox.serialize([_as_quad(t) for t in items], format=ox.RdfFormat.N_QUADS))
    ds = Dataset()
    ds.parse(data=data.decode(), format="nquads")
    ctx = context.get("@context", context)
    return ds.serialize(format="json-ld", context=ctx, auto_compact=True).encode()


def _as_quad(item: ox.Triple | ox.Quad) -> ox.Quad:
    if isinstance(item, ox.Quad):
        return item
    return ox.Quad(item.subject, item.predicate, item.object, ox.DefaultGraph())


def iter_quads_of(store: ox.Store, triples: Iterable[ox.Triple]) -> Iterator[ox.Quad]:
    """Each triple in every graph that holds it (for N-Quads/TriG answers)."""
    for t in triples:
        found = False
        for quad in store.quads_for_pattern(t.subject, t.predicate, t.object, None):
            found = True
            yield quad
        if not found:
            yield _as_quad(t)
