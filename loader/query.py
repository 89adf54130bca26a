"""Running a SPARQL query for the command line: results as a table, CSV, TSV or JSON.

The store serializes (:meth:`~osce_kg.loader.store.base.Store.query`, whichever backend);
this module only asks for the right media type and draws the table.
"""
from __future__ import annotations

import json
from typing import Any

from .store.base import Store

#: what to ask the store for, per output format; a graph (CONSTRUCT, DESCRIBE) comes as Turtle
_ACCEPT = {
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "json": "application/sparql-results+json",
    "table": "application/sparql-results+json",
}


def run_query(store: Store, sparql: str, fmt: str = "table") -> str:
    """Evaluate ``sparql`` on the union of all graphs and render it.

    SELECT and ASK are rendered in ``fmt``; CONSTRUCT and DESCRIBE as Turtle.

    :raises QuerySyntaxError: the query does not parse.
    :raises StoreError: the store failed.
    """
    media, body = store.query(sparql, _ACCEPT[fmt] + ", text/turtle;q=0.5")
    if fmt != "table" or media != "application/sparql-results+json":
        return body.decode("utf-8")
    data = json.loads(body)
    if "boolean" in data:
        return f"{data['boolean']}\n".lower()
    names = data["head"]["vars"]
    rows = [[_cell(b.get(n)) for n in names] for b in data["results"]["bindings"]]
    return render_table(names, rows)


def _cell(binding: dict[str, Any] | None) -> str:
    """A SPARQL JSON term as the table shows it: ``<iri>``, ``_:label``, ``text`` or ``text@lang``."""
    if binding is None:
        return ""
    if binding["type"] == "uri":
        return f"<{binding['value']}>"
    if binding["type"] == "bnode":
        return f"_:{binding['value']}"
    lang = binding.get("xml:lang")
    return f"{binding['value']}@{lang}" if lang else str(binding["value"])


def render_table(header: list[str], rows: list[list[str]]) -> str:
    """A plain aligned text table with a row count."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
