"""OpenLink Virtuoso 7 as the remote store: writes cut to what it accepts, its own graphs hidden.

Virtuoso compiles each SPARQL Update request to SQL and refuses one whose SQL text passes
10,000 lines (``SP031``, about 1,500 triples in one ``INSERT DATA``; more parses out of memory,
``SP030``); several operations in one request are accepted but cost more than linear time
(4,000 triples: 6-7 s as one request, 1 s as ten). So :meth:`VirtuosoStore.apply`:

- a change of up to :data:`ONE_REQUEST_TRIPLES` triples goes out as **one request** (drops,
  ``DELETE DATA`` and ``INSERT DATA`` operations of at most :data:`CHUNK` triples each), which
  Virtuoso runs as one transaction: all of it is committed or none;
- a larger change is **staged**: the quads it adds (replaced graphs' and others) go into staging
  graphs (``urn:osce-kg:staging:<uuid>:<n>``), one Graph Store ``POST`` each: a graph with
  :data:`OWN_STAGING_QUADS` quads or more in the change into one of its own (its triples), the
  quads of all the other graphs together, :data:`STAGE_QUADS` quads a staging graph, each quad as
  one triple whose predicate is a key naming its graph and its predicate (``<s> <key> <o>``, and
  per key ``<key> <STAGED>g <g> ; <STAGED>p <p>``, see :data:`STAGED`). Then one small request
  applies the change: its drops, its removals (``DELETE DATA``), each graph's own staging graph
  moved in (``MOVE``, or ``ADD`` then ``DROP`` for a graph the change does not empty) and each
  shared one read into the graphs it names (``INSERT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH
  <staging> { ?k <STAGED>g ?g ; <STAGED>p ?p . ?s ?k ?o } }``, then ``DROP``), again one
  transaction. Either way the request that applies the change also replaces the write marks of
  the audit graphs it touches (:meth:`RemoteStore.update_marked`). A
  batch of 32 documents with their records is so one ``POST`` and one request, not a ``POST``
  per document graph (64 documents: 0.24 s against 0.58 s). A failure or a kill before that
  last request leaves only staging graphs, never a part of a graph under its name; they are
  dropped when the store writes next (:meth:`VirtuosoStore.discard_staging`). While a change is
  staged its staging graphs are in Virtuoso's union default graph.

What a reader can see: Virtuoso's queries read committed rows, row by row; a query that runs
*while* a transaction commits may mix rows from before and after it (measured: a count over a
2,000-triple graph being replaced saw part old, part new values). That holds for a single
request as for a ``MOVE``; Virtuoso offers no snapshot reads over its SPARQL endpoint. What
is guaranteed is that every write is committed whole or not at all, and that a killed loader
leaves each document graph whole or absent.

Virtuoso's own graphs (its quad-map schema, ``ldp#``, the URIQA graph: about 2,500 triples) and
staging graphs are left out of :meth:`named_graphs`, :meth:`quads`, :meth:`dump` and
:meth:`quad_count`. The setup (``loader/data/virtuoso-setup.sql``, README "Running on Virtuoso")
makes Virtuoso's own graphs private to the endpoint's user, so they are out of its union default
graph too; on a Virtuoso set up without it, a query that names none of our terms
(``SELECT (COUNT(*) AS ?n) { ?s ?p ?o }``) counts them. Excluding them per query
(``define input:default-graph-exclude``) is not an option: with it, Virtuoso 7.2 answers
every ``ASK`` with true.
"""
from __future__ import annotations

import uuid
from typing import Iterable

import pyoxigraph as ox
import requests
from rdflib import URIRef

from ..errors import StoreError
from .base import Change, Quad, quads_as_update_block
from .embedded import to_ox
from .remote import MARKS, RemoteStore, audit_graphs, count_of

#: graphs a fresh Virtuoso 7 keeps for itself
SYSTEM_GRAPHS = ("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
                 "http://localuriqaserver/sparql")

#: triples in one INSERT DATA / DELETE DATA operation
CHUNK = 500

#: the most triples a change may hold to go out as one request; larger ones are staged
ONE_REQUEST_TRIPLES = 1000

#: quads in one staging graph: one Graph Store POST of four times as many triples, and one
#: ``INSERT ... WHERE`` of as many rows when it is read in (below Virtuoso's default
#: ``ResultSetMaxRows`` of 10,000, which may cut what a ``WHERE`` gives)
STAGE_QUADS = 2500

#: graphs dropped in one request by :meth:`VirtuosoStore.clear`
DROP_GRAPHS = 200

#: a graph with this many quads in a change is staged on its own (its triples, moved or added in)
OWN_STAGING_QUADS = 500

#: triples in one Graph Store POST into a staging graph of its own
POST_TRIPLES = 20000

#: a shared staging graph holds each quad ``<s> <p> <o> <g>`` as ``<s> <k> <o>``, where the key ``<k>`` (one
#: per graph and predicate of the staging graph, ``<STAGED><run>:<n>``) is described there too:
#: ``<k> <STAGED>g <g> ; <STAGED>p <p>``. One triple a quad (and two a key: ~600 keys for 1,800 quads of
#: 33 graphs): Virtuoso's CPU for a batch of 32 documents fell by a fifth for the POST against four
#: triples of a blank node per quad (its subject, predicate, object and graph), the form before
STAGED = "urn:osce-kg:staged#"

STAGING_PREFIX = "urn:osce-kg:staging:"

#: a FILTER expression on ``?g`` that keeps our graphs only (not Virtuoso's, not staging, not the write marks)
NOT_OURS_FILTER = " && ".join([f"?g != <{g}>" for g in (*SYSTEM_GRAPHS, MARKS)]
                              + [f'!STRSTARTS(STR(?g), "{STAGING_PREFIX}")'])


def ours(graph: URIRef) -> bool:
    """Whether ``graph`` is one osce-kg wrote (not Virtuoso's own, not a staging graph, not the write marks)."""
    return str(graph) not in SYSTEM_GRAPHS and graph != MARKS and not str(graph).startswith(STAGING_PREFIX)


def is_virtuoso(server_header: str | None) -> bool:
    """Whether an HTTP ``Server`` header is Virtuoso's (``Virtuoso/07.20.3229 (Linux) ...``)."""
    return (server_header or "").lower().startswith("virtuoso/")


def chunked_ops(verb: str, quads: list[Quad], size: int = CHUNK) -> list[str]:
    """``INSERT DATA`` / ``DELETE DATA`` operations of at most ``size`` quads each."""
    return [f"{verb} {{\n" + quads_as_update_block(quads[i:i + size]) + "\n}"
            for i in range(0, len(quads), size)]


class VirtuosoStore(RemoteStore):
    """:class:`RemoteStore` for Virtuoso: chunked, staged writes; its system graphs hidden."""

    kind = "virtuoso"

    def __init__(self, query_url: str, update_url: str, *, timeout: float = 60.0) -> None:
        super().__init__(query_url, update_url, timeout=timeout)
        self._staging_checked = False
        #: Virtuoso's Graph Store endpoint beside its /sparql (None: staging uses INSERT DATA)
        self.graph_crud_url: str | None = update_url[:-len("/sparql")] + "/sparql-graph-crud" \
            if update_url.endswith("/sparql") else None

    # -- reading: Virtuoso's own graphs and staging graphs are not ours ----------------
    def named_graphs(self) -> list[URIRef]:
        """Our named graphs. ``SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }`` runs for minutes on
        Virtuoso 7.2 once a graph holds long literals (the audit graph's diffs); ``GROUP BY`` does not."""
        rows = self.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return sorted(g for g in (row.get("g") for row in rows) if isinstance(g, URIRef) and ours(g))

    def quad_count(self, graph: URIRef | None = None) -> int:
        if graph is not None:
            return super().quad_count(graph) if ours(graph) else 0
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(" + NOT_OURS_FILTER + ") }")
        return count_of(rows)

    # -- writing ------------------------------------------------------------------
    def clear(self) -> None:
        """Drop every graph of ours, :data:`DROP_GRAPHS` a request: Virtuoso refuses one request dropping
        ~1,500 graphs (``SQ156``: "Query too large, variables in state over the limit"). So on Virtuoso
        a clear is not one transaction: each graph is dropped whole, and a failure part way leaves
        the graphs of the requests not sent."""
        graphs = self.named_graphs()
        for i in range(0, len(graphs), DROP_GRAPHS):
            self.apply(Change(drop=set(graphs[i:i + DROP_GRAPHS])))

    def apply(self, change: Change) -> None:
        """Apply ``change`` whole (one request, or staged then read in by one request).

        :raises StoreError: the write failed; nothing of it is under a graph's name.
        """
        if change.is_empty():
            return
        if not self._staging_checked:
            self.discard_staging()
        try:
            inserts = [(s, p, o, g) for g, graph in change.replace.items() for s, p, o in graph] + list(change.add)
            if len(inserts) + len(change.remove) <= ONE_REQUEST_TRIPLES:
                self.update_marked(" ;\n".join(self._ops(change, inserts, staged=[])), audit_graphs(change.graphs()))
                return
            text = _nquads_text([ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g))  # type: ignore[arg-type]
                                 for s, p, o, g in inserts])
            self._apply_staged(change, text, audit_graphs(change.graphs()))
        except StoreError:
            raise
        except Exception as exc:  # rdflib raises a bare Exception for unserializable IRIs
            raise StoreError(f"write refused, nothing was applied: {exc}") from None

    def apply_native(self, add: list[ox.Quad], drop: list[URIRef] | tuple = ()) -> None:
        """Drop the graphs ``drop``, then add ``add`` (quads in the store's own terms, no blank node), as
        :meth:`apply` does, with no rdflib term on the way (a bulk load's batch: its quads are
        written as N-Quads by Oxigraph once, then staged).

        :raises StoreError: the write failed; nothing of it is under a graph's name.
        """
        change = Change(drop=set(drop))
        if not add:
            if drop:
                self.apply(change)
            return
        if not self._staging_checked:
            self.discard_staging()
        try:
            self._apply_staged(change, _nquads_text(add), audit_graphs({q.graph_name for q in add} | set(drop)))
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"write refused, nothing was applied: {exc}") from None

    def _apply_staged(self, change: Change, text: str, audit: list[str]) -> None:
        """Stage ``text`` (N-Quads, one quad a line: what ``change`` adds), then apply ``change`` in one request
        (with the write marks of the audit graphs ``audit`` it touches)."""
        staged = self._stage(text)
        try:
            self.update_marked(" ;\n".join(self._ops(change, [], staged)), audit)
        except Exception:
            self._drop(staging for staging, _ in staged)
            raise

    def _ops(self, change: Change, inline: list[Quad], staged: list[tuple[URIRef, URIRef | None]]) -> list[str]:
        """The operations of the one request that applies ``change``, in :class:`Change` order: drops
        and replaced graphs, removals, then additions (``inline``, and the staging graphs read in and
        dropped: a graph's own moved in, or added to it; a staging graph of several graphs' quads read
        into each)."""
        emptied = change.drop | set(change.replace)
        ops = [f"DROP SILENT GRAPH {g.n3()}" for g in sorted(emptied)]
        ops += chunked_ops("DELETE DATA", list(change.remove))
        ops += chunked_ops("INSERT DATA", inline)
        for staging, g in staged:
            if g is None:
                ops.append(f"INSERT {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH {staging.n3()} {{ ?k <{STAGED}g> ?g ; "
                           f"<{STAGED}p> ?p . ?s ?k ?o }} }}")
            elif g in emptied:
                ops.append(f"MOVE SILENT GRAPH {staging.n3()} TO GRAPH {g.n3()}")
                continue
            else:
                ops.append(f"ADD SILENT GRAPH {staging.n3()} TO GRAPH {g.n3()}")
            ops.append(f"DROP SILENT GRAPH {staging.n3()}")
        return ops

    def _stage(self, text: str) -> list[tuple[URIRef, URIRef | None]]:
        """Write the quads of ``text`` (N-Quads, one a line) into staging graphs: (staging graph, the graph it
        is for, None for several).

        A graph of :data:`OWN_STAGING_QUADS` quads or more gets a staging graph of its own (its
        triples; the reference data), the quads of the other graphs (a batch's documents) go
        together into staging graphs of :data:`STAGE_QUADS` quads, each quad one triple under a key
        naming its graph and predicate (see :data:`STAGED`): per request Virtuoso's cost is higher
        than per triple (a batch of 32 documents: one ``POST``, not 33).

        Each staging graph is sent as N-Triples to Virtuoso's Graph Store endpoint
        (``/sparql-graph-crud``, one ``POST`` of up to :data:`POST_TRIPLES` triples, parsed by
        Virtuoso's Turtle loader: ten times faster than ``INSERT DATA``, and no SQL-text limit);
        where that endpoint is not there or refuses, in ``INSERT DATA`` requests of :data:`CHUNK`
        triples. A blank node of the data staged together is renamed per graph (``_:g<n>_<label>``):
        two graphs never share one, as when each graph is staged on its own. No reader looks at a
        staging graph by name.
        """
        run = uuid.uuid4().hex
        staged: list[tuple[URIRef, URIRef | None]] = []
        by_graph: dict[str, list[str]] = {}
        for line in text.split("\n"):
            if line:
                body, g, _ = line.rsplit(" ", 2)  # "<s> <p> <o> <g> ." (the graph an IRI: no space in it)
                by_graph.setdefault(g, []).append(body)
        together = [(g, body) for g, bodies in by_graph.items() if len(bodies) < OWN_STAGING_QUADS for body in bodies]
        try:
            for g, bodies in by_graph.items():
                if len(bodies) >= OWN_STAGING_QUADS:
                    staging = URIRef(f"{STAGING_PREFIX}{run}:{len(staged)}")
                    staged.append((staging, URIRef(g[1:-1])))
                    for i in range(0, len(bodies), POST_TRIPLES):
                        self._write_staging(staging, "".join(f"{b} .\n" for b in bodies[i:i + POST_TRIPLES]))
            numbers: dict[str, int] = {}
            for start in range(0, len(together), STAGE_QUADS):
                staging = URIRef(f"{STAGING_PREFIX}{run}:{len(staged)}")
                staged.append((staging, None))
                self._write_staging(staging, _keyed(together[start:start + STAGE_QUADS], f"{run}:{len(staged)}",
                                                    numbers))
        except Exception:
            self._drop(staging for staging, _ in staged)
            raise
        return staged

    def _write_staging(self, staging: URIRef, triples: str) -> None:
        """Add ``triples`` (N-Triples text) to the graph ``staging``: one Graph Store ``POST``, or ``INSERT DATA``
        requests where that endpoint is not usable."""
        if not self._post_triples(staging, triples):
            rows = triples.split("\n")
            for i in range(0, len(rows), CHUNK):
                self.http.update(f"INSERT DATA {{ GRAPH {staging.n3()} {{\n" + "\n".join(rows[i:i + CHUNK]) + "\n} }")

    def _post_triples(self, graph: URIRef, triples: str) -> bool:
        """``POST`` ``triples`` (N-Triples text) into ``graph`` on the Graph Store endpoint; False if it is
        not usable (remembered: the next writes use ``INSERT DATA``).

        :raises StoreError: the endpoint took the request and failed on it.
        """
        url = self.graph_crud_url
        if url is None:
            return False
        try:
            response = self.http.post(url, params={"graph-uri": str(graph)}, data=triples.encode("utf-8"),
                                      headers={"Content-Type": "application/n-triples"},
                                      timeout=self.http.timeout)
        except requests.RequestException as exc:
            raise StoreError(f"the remote store at {url} cannot be reached: {exc}") from exc
        if response.status_code in (401, 403, 404, 405):
            self.graph_crud_url = None
            return False
        if response.status_code >= 400:
            raise StoreError(f"the remote store at {url} answered {response.status_code}: {response.text[:500]}")
        return True

    def _drop(self, graphs: Iterable[URIRef]) -> None:
        """Best effort: drop staging graphs (a failure here leaves them to :meth:`discard_staging`)."""
        ops = [f"DROP SILENT GRAPH {g.n3()}" for g in graphs]
        if ops:
            try:
                self.http.update(" ;\n".join(ops))
            except StoreError:
                pass

    def discard_staging(self) -> list[URIRef]:
        """Drop the staging graphs a failed or killed write left behind; returns them."""
        rows = self.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                           f"FILTER(STRSTARTS(STR(?g), \"{STAGING_PREFIX}\")) }} GROUP BY ?g")
        left = [g for g in (row.get("g") for row in rows) if isinstance(g, URIRef)]
        if left:
            self.http.update(" ;\n".join(f"DROP SILENT GRAPH {g.n3()}" for g in left))
        self._staging_checked = True
        return left


def _nquads_text(quads: list[ox.Quad]) -> str:
    """``quads`` as N-Quads written by Oxigraph: one quad a line (a line break in a literal is escaped)."""
    return (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")


def _keyed(quads: list[tuple[str, str]], stage: str, graphs: dict[str, int]) -> str:
    """Quads (graph, then subject, predicate and object as N-Quads writes them) as the triples of one shared
    staging graph (``stage``: its run and number): each quad ``<s> <k> <o>``, its key ``<k>`` named
    after its graph and predicate and described once (``<k> <STAGED>g <g> ; <STAGED>p <p>``, see
    :data:`STAGED`); a blank node of the data renamed per graph (``graphs`` numbers the graphs seen,
    across calls), so two graphs never share one."""
    out = []
    keys: dict[tuple[str, str], str] = {}
    g_, p_ = f"<{STAGED}g>", f"<{STAGED}p>"
    for g, body in quads:
        s, p, o = body.split(" ", 2)
        if s.startswith("_:") or o.startswith("_:"):
            n = graphs.setdefault(g, len(graphs))
            s = f"_:g{n}_{s[2:]}" if s.startswith("_:") else s
            o = f"_:g{n}_{o[2:]}" if o.startswith("_:") else o
        key = keys.get((g, p))
        if key is None:
            key = keys[(g, p)] = f"<{STAGED}{stage}:{len(keys)}>"
            out.append(f"{key} {g_} {g} .\n{key} {p_} {p} .\n")
        out.append(f"{s} {key} {o} .\n")
    return "".join(out)
