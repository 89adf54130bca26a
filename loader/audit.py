"""The audit log: every accepted write as a PROV-O activity in its own named graph.

A record (``{base}id/write/{id}``) is a ``prov:Activity`` and an ``osce:Write`` with its
start and end time, the agent (the token's name) it was associated with, the graphs it touched
(``prov:used``), the numbers of triples added and removed, and the added and removed
quads themselves as N-Quads literals (up to :data:`MAX_DIFF_QUADS` each), so the change
feed can serve incremental syncs. Ids sort by time.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Iterable

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from .iri import VOCAB
from .store.base import Quad, Store
from .store.embedded import nt

#: beyond this many quads a record keeps the counts only
MAX_DIFF_QUADS = 5_000

AUDIT_GRAPH_KEY = "audit"


@dataclass(frozen=True)
class ChangeRecord:
    """One accepted write, as the change feed shows it."""

    id: str
    iri: str
    time: str
    agent: str
    graphs: list[str]
    added: int
    removed: int
    via: str | None = None
    file: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


class AuditLog:
    """Builds audit records and reads them back from the store."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.graph = URIRef(f"{base}graph/{AUDIT_GRAPH_KEY}")
        self.vocab = Namespace(VOCAB)

    def iri(self, record_id: str) -> URIRef:
        return URIRef(f"{self.base}id/write/{record_id}")

    def agent(self, name: str) -> URIRef:
        return URIRef(f"{self.base}id/agent/{name}")

    def record(self, added: list[Quad], removed: list[Quad], *, actor: str, file: str | None = None,
               via: str | None = None, now: dt.datetime | None = None) -> tuple[str, list[Quad]]:
        """A new record's id and its quads (in the audit graph), to commit with the change."""
        now = now or dt.datetime.now(dt.timezone.utc)
        record_id = f"{now.strftime('%Y%m%dT%H%M%S%fZ')}-{uuid.uuid4().hex[:8]}"
        node, agent, v = self.iri(record_id), self.agent(actor), self.vocab
        stamp = Literal(now.isoformat(), datatype=XSD.dateTime)
        triples = [
            (node, RDF.type, PROV.Activity),
            (node, RDF.type, v.Write),
            (node, PROV.startedAtTime, stamp),
            (node, PROV.endedAtTime, stamp),
            (node, PROV.wasAssociatedWith, agent),
            (agent, RDF.type, PROV.Agent),
            (agent, RDFS.label, Literal(actor)),
            (node, v.triplesAdded, Literal(len(added))),
            (node, v.triplesRemoved, Literal(len(removed))),
        ]
        graphs = sorted({q[3] for q in added} | {q[3] for q in removed})
        triples += [(node, PROV.used, g) for g in graphs]
        if via:
            triples.append((node, v.via, Literal(via)))
        if file:
            triples.append((node, v.sourceFile, Literal(relative_name(file))))
        if len(added) <= MAX_DIFF_QUADS and len(removed) <= MAX_DIFF_QUADS:
            triples.append((node, v.addedQuads, Literal(self.text(added))))
            triples.append((node, v.removedQuads, Literal(self.text(removed))))
        return record_id, [(s, p, o, self.graph) for s, p, o in triples]

    def text(self, quads: list[Quad]) -> str:
        """``quads`` as a record keeps them: :func:`nquads` (a bulk load hands in the text its worker
        processes wrote already)."""
        return nquads(quads)

    def feed_query(self, limit: int, offset: int) -> str:
        """SPARQL for one page of records, newest first."""
        v = self.vocab
        return f"""
            PREFIX prov: <{PROV}>
            SELECT ?c ?time ?label ?added ?removed ?via ?file
                   (GROUP_CONCAT(STR(?g); separator=" ") AS ?graphs)
            WHERE {{ GRAPH <{self.graph}> {{
                ?c a <{v.Write}> ; prov:endedAtTime ?time ; prov:wasAssociatedWith ?agent ;
                   <{v.triplesAdded}> ?added ; <{v.triplesRemoved}> ?removed .
                ?agent <{RDFS.label}> ?label .
                OPTIONAL {{ ?c prov:used ?g }}
                OPTIONAL {{ ?c <{v.via}> ?via }}
                OPTIONAL {{ ?c <{v.sourceFile}> ?file }}
            }} }}
            GROUP BY ?c ?time ?label ?added ?removed ?via ?file
            ORDER BY DESC(?time) DESC(?c) LIMIT {int(limit)} OFFSET {int(offset)}"""

    def feed(self, store: Any, *, limit: int = 50, offset: int = 0) -> list[ChangeRecord]:
        """One page of the change feed, newest first."""
        prefix = f"{self.base}id/write/"
        out = []
        for row in store.select(self.feed_query(limit, offset)):
            iri = str(row["c"])
            out.append(ChangeRecord(
                id=iri[len(prefix):] if iri.startswith(prefix) else iri, iri=iri, time=str(row["time"]),
                agent=str(row["label"]), graphs=sorted(str(row.get("graphs", "")).split()),
                added=int(row["added"]), removed=int(row["removed"]),
                via=str(row["via"]) if "via" in row else None,
                file=str(row["file"]) if "file" in row else None))
        return out


def last_write(store: Store, base: str) -> str:
    """When the newest audit record ended (ISO 8601) and the records that ended then, as
    ``time record record...``; "" with none. The search index and the whole-store figures keep it as
    their position in the log and read the records after it with :func:`ended_since`.

    Times are compared as ``xsd:dateTime`` values, never as text: the store writes a time in its
    canonical form (Oxigraph: ``…:13.2Z``, trailing zeros dropped) and rdflib reads it back in another
    (``…:13.200000+00:00``), and neither orders as text (``13.2Z`` sorts after ``13.25Z``). Compared as
    text, the newest record could be taken for an older one and a later write's check found "new"
    records the index already held: a write that left no record was then reindexed as those records'
    resources only, and missed."""
    audit = f"{base}graph/{AUDIT_GRAPH_KEY}"
    ended = f"<{PROV.endedAtTime}>"
    rows = store.select(f"SELECT ?w ?e WHERE {{ GRAPH <{audit}> {{ ?w {ended} ?e . "
                        f"{{ SELECT (MAX(?x) AS ?m) WHERE {{ GRAPH <{audit}> {{ ?v {ended} ?x }} }} }} "
                        f"FILTER(?e = ?m) }} }}")
    if not rows:
        return ""
    return " ".join([str(rows[0]["e"]), *sorted(str(r["w"]) for r in rows)])


def ended_since(time: str, var: str = "?e") -> str:
    """A SPARQL filter keeping the audit records whose end time ``var`` is at or after ``time`` (the
    time of a :func:`last_write`), compared as ``xsd:dateTime`` values (see :func:`last_write`); no
    filter for "" (no record then: every record is newer)."""
    if not time:
        return ""
    return f"FILTER({var} >= {json.dumps(time)}^^<{XSD.dateTime}>)"


def relative_name(file: str) -> str:
    """A source name fit for the public record: an absolute path (POSIX or Windows), or one climbing
    out with ``..``, keeps its file name only, so the audit graph, ``/changes`` and the dumps never
    show the loading machine's folders. Callers pass relative names already; this is the last guard."""
    posix, windows = PurePosixPath(file), PureWindowsPath(file)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or file.startswith("~") \
            or ".." in windows.parts:
        return windows.name if "\\" in file else posix.name
    return file


def nquads(quads: Iterable[Quad]) -> str:
    """Quads as N-Quads text, sorted."""
    return "".join(sorted(f"{nt(s)} {nt(p)} {nt(o)} {nt(g)} .\n" for s, p, o, g in quads))
