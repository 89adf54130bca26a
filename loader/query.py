"""Running a SPARQL query for the command line: results as a table, CSV, TSV or JSON."""
from __future__ import annotations

import json

import pyoxigraph as ox

from .errors import QuerySyntaxError
from .store.embedded import EmbeddedStore
from .store.remote import RemoteStore

_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}


_REMOTE_ACCEPT = {
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "json": "application/sparql-results+json",
    "table": "application/sparql-results+json",
}


def run_query(store: EmbeddedStore | RemoteStore, sparql: str, fmt: str = "table") -> str:
    """Evaluate ``sparql`` on the union of all graphs and render it.

    SELECT and ASK are rendered in ``fmt``; CONSTRUCT and DESCRIBE as Turtle.

    :raises QuerySyntaxError: the query does not parse.
    :raises StoreError: a remote store failed.
    """
    if isinstance(store, RemoteStore):
        return _run_remote(store, sparql, fmt)
    try:
        result = store.raw.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QuerySyntaxError(f"malformed query: {exc}") from None
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=ox.RdfFormat.TURTLE).decode("utf-8")
    if fmt in _RESULT_FORMATS:
        return result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
    if isinstance(result, ox.QueryBoolean):
        return f"{bool(result)}\n".lower()
    return render_table([v.value for v in result.variables],
                        [[_cell(sol[v.value]) for v in result.variables] for sol in result])


def _run_remote(store: RemoteStore, sparql: str, fmt: str) -> str:
    accept = _REMOTE_ACCEPT[fmt] + ", text/turtle;q=0.5"
    body = store.http.query(sparql, accept)
    if fmt != "table":
        return body.decode("utf-8")
    try:
        data = json.loads(body)
    except ValueError:  # a graph, as Turtle
        return body.decode("utf-8")
    if "boolean" in data:
        return f"{data['boolean']}\n".lower()
    names = data["head"]["vars"]
    rows = [[_json_cell(b.get(n)) for n in names] for b in data["results"]["bindings"]]
    return render_table(names, rows)


def _json_cell(binding: dict | None) -> str:
    if binding is None:
        return ""
    if binding["type"] == "uri":
        return f"<{binding['value']}>"
    lang = binding.get("xml:lang")
    return f"{binding['value']}@{lang}" if lang else binding["value"]


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value if not term.language else f"{term.value}@{term.language}"
    return str(term)


def render_table(header: list[str], rows: list[list[str]]) -> str:
    """A plain aligned text table with a row count."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
