"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB, Virtuoso, Neptune).

Store semantics here, HTTP transport in :class:`SparqlHttp`. Every write is one
SPARQL Update request, which these servers run as one transaction. The remote
store must answer queries over the union of its named graphs by default
(``oxigraph serve --union-default-graph``, Fuseki ``tdb2:unionDefaultGraph true``;
Virtuoso does by default).

Every write that touches an audit graph (``…/graph/audit``: a gate's write, with its records) also
replaces that audit graph's **write mark** (:data:`MARKS`), in the same request: a reader that keeps
the marks it last saw (a bulk load's local copy, ``pipeline._Mirror``) learns whether anyone else
wrote since with one lookup (:meth:`RemoteStore.read_marks`), however many records the graph holds.
"""
from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import requests
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from rdflib.term import Node

from ..errors import QuerySyntaxError, QueryTimeout, StoreError
from .base import Change, Quad, ask_quad, select_quads, update_for
from .embedded import nt


#: the graph of the write marks: ``<audit graph> <MARKED> "token"``, a token for each write to that audit graph
#: (see :meth:`RemoteStore.update_marked`); left out of :meth:`RemoteStore.named_graphs`,
#: :meth:`RemoteStore.quad_count` and the dumps
MARKS = URIRef("urn:osce-kg:marks")
MARKED = URIRef("urn:osce-kg:marks#written")
#: how an audit graph's IRI ends (``{base}graph/audit``, ``audit.AUDIT_GRAPH_KEY``; a document graph may not take it)
AUDIT_SUFFIX = "/graph/audit"


def audit_graphs(graphs: Iterable[Any]) -> list[str]:
    """The audit graphs among ``graphs`` (rdflib IRIs, Oxigraph's named nodes or text), sorted."""
    names = (g if isinstance(g, str) else getattr(g, "value", None) for g in graphs)
    return sorted({g for g in names if isinstance(g, str) and g.endswith(AUDIT_SUFFIX)})


def count_of(rows: list[dict[str, Node]]) -> int:
    """The ``?n`` of a ``SELECT (COUNT(*) AS ?n)`` answer."""
    n = rows[0].get("n") if rows else None
    return int(n.toPython()) if isinstance(n, Literal) else 0


class SparqlHttp:
    """The SPARQL 1.1 Protocol over HTTP: one session, timeouts, errors as :class:`StoreError`."""

    def __init__(self, query_url: str, update_url: str, *, timeout: float = 60.0,
                 auth: tuple[str, str] | None = None) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.timeout = timeout
        self.session = requests.Session()
        if auth:
            self.session.auth = auth
        # what requests reads from the environment for a URL (proxies, CA bundle, .netrc) is read once per
        # URL (post), not for every request: that took ~1.6 ms of CPU a request, ~35 requests a batch
        # of a bulk load into Virtuoso
        self.session.trust_env = False
        self._env: dict[str, dict[str, Any]] = {}

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        """``session.post`` with the environment's settings for ``url`` (read at its first request)."""
        env = self._env.get(url)
        if env is None:
            found = requests.Session().merge_environment_settings(url, {}, None, None, None)
            env = {"proxies": found["proxies"], "verify": found["verify"]}
            if found.get("cert") is not None:
                env["cert"] = found["cert"]
            if self.session.auth is None:
                netrc = requests.utils.get_netrc_auth(url)
                if netrc:
                    env["auth"] = netrc
            self._env[url] = env
        return self.session.post(url, **env, **kwargs)

    def query(self, sparql: str, accept: str) -> bytes:
        return self._post(self.query_url, {"query": sparql}, accept)

    def request(self, form: list[tuple[str, str]], accept: str, timeout: float | None = None) -> requests.Response:
        """One SPARQL Protocol query request as given, whatever its status.

        :raises QueryTimeout: no answer within ``timeout`` (default: the session's).
        :raises StoreError: the endpoint cannot be reached.
        """
        limit = self.timeout if timeout is None else timeout
        try:
            return self.post(self.query_url, data=form, headers={"Accept": accept}, timeout=limit)
        except requests.Timeout:
            raise QueryTimeout(f"the remote store gave no answer within {limit:g} s") from None
        except requests.RequestException as exc:
            raise StoreError(f"the remote store cannot be reached: {exc}") from None

    def server(self) -> str:
        """The ``Server`` header of the query endpoint's answer to ``ASK {}`` (which store it is).

        :raises StoreError: the endpoint cannot be reached or refuses the query.
        """
        try:
            response = self.post(self.query_url, data={"query": "ASK {}"},
                                         headers={"Accept": "application/sparql-results+json"},
                                         timeout=self.timeout)
        except requests.RequestException as exc:
            raise StoreError(f"the remote store at {self.query_url} cannot be reached: {exc}") from exc
        return response.headers.get("Server", "")

    def update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": sparql}, "*/*")

    def _post(self, url: str, form: dict[str, str], accept: str) -> bytes:
        try:
            response = self.post(url, data=form, headers={"Accept": accept}, timeout=self.timeout)
        except requests.RequestException as exc:
            raise StoreError(f"the remote store at {url} cannot be reached: {exc}") from exc
        if response.status_code >= 400:
            raise StoreError(f"the remote store at {url} answered {response.status_code}: "
                             f"{response.text[:500]}")
        return response.content


class RemoteStore:
    """The :class:`~osce_kg.loader.store.base.Store` protocol over SPARQL 1.1 Protocol."""

    kind = "remote"
    snapshots = False
    bulk_loads = False

    def __init__(self, query_url: str, update_url: str, *, timeout: float = 60.0) -> None:
        if not query_url:
            raise StoreError("a remote store needs OSCE_KG_REMOTE_QUERY_URL")
        self.http = SparqlHttp(query_url, update_url or query_url, timeout=timeout)
        self.read_only = False
        self.path: Path | None = None
        #: the marks this store's writes delete (:meth:`keep_marks`); None: every mark
        self._kept: frozenset[str] | None = None
        #: the mark of this store's last write (None: it touched no audit graph, or failed)
        self.last_mark: str | None = None

    def with_timeout(self, seconds: float) -> RemoteStore:
        """The same endpoints with their own connections, each request bounded by ``seconds`` (a
        request past it raises :class:`StoreError`): for callers that have something else to answer
        with, as /search over Virtuoso has its own index."""
        return RemoteStore(self.http.query_url, self.http.update_url, timeout=seconds)

    def select(self, query: str) -> list[dict[str, Node]]:
        data = self.http.query(query, "application/sparql-results+json")
        result = JSONResultParser().parse(io.BytesIO(data))
        return [{str(k): v for k, v in row.items() if v is not None} for row in result.bindings]

    def ask(self, query: str) -> bool:
        data = self.http.query(query, "application/sparql-results+json")
        return bool(JSONResultParser().parse(io.BytesIO(data)).askAnswer)

    def construct(self, query: str) -> Graph:
        data = self.http.query(query, "application/n-triples")
        return Graph().parse(data=data.decode("utf-8"), format="nt")

    def query(self, query: str, accept: str, *, timeout: float | None = None) -> tuple[str, bytes]:
        """See :meth:`Store.query`: the remote store negotiates; ``timeout`` bounds the request."""
        status, media, body = self.protocol_query([("query", query)], accept, timeout=timeout)
        if status == 400:
            raise QuerySyntaxError(f"the remote store refused the query: {body[:300].decode('utf-8', 'replace')}")
        if status >= 400:
            raise StoreError(f"the remote store answered {status}")
        return media, body

    def protocol_query(self, form: list[tuple[str, str]], accept: str, *,
                       timeout: float | None = None) -> tuple[int, str, bytes]:
        """A SPARQL Protocol query request passed on as given (``query``, ``default-graph-uri``...):
        ``(status, media type, body)``, whatever the status, for the server's ``/sparql``.

        :raises QueryTimeout: no answer within ``timeout``.
        :raises StoreError: the remote store cannot be reached.
        """
        response = self.http.request(form, accept, timeout)
        media = response.headers.get("Content-Type", accept.split(",")[0]).split(";")[0].strip()
        return response.status_code, media, response.content

    def quads_for_pattern(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
                          g: URIRef | None = None, limit: int | None = None) -> Iterator[Quad]:
        """See :meth:`Store.quads_for_pattern`: one SELECT, ``LIMIT`` when ``limit`` is given."""
        return select_quads(self, s, p, o, g, limit)

    def has_quad(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
                 g: URIRef | None = None) -> bool:
        return ask_quad(self, s, p, o, g)

    def graph(self, iri: URIRef) -> Graph:
        g = self.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri.n3()} {{ ?s ?p ?o }} }}")
        out = Graph(identifier=iri)
        out += g
        return out

    def named_graphs(self) -> list[URIRef]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(g for g in (row.get("g") for row in rows) if isinstance(g, URIRef) and g != MARKS)

    def has_graph(self, iri: URIRef) -> bool:
        return self.ask(f"ASK {{ GRAPH {iri.n3()} {{ ?s ?p ?o }} }}")

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        for g in [graph] if graph is not None else self.named_graphs():
            for s, p, o in self.graph(g):
                yield s, p, o, g

    def quad_count(self, graph: URIRef | None = None) -> int:
        where = f"GRAPH {graph.n3()} {{ ?s ?p ?o }}" if graph is not None \
            else f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{MARKS}>)"
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return count_of(rows)

    def dump(self, out: IO[bytes], fmt: str = "nquads", graph: URIRef | None = None) -> None:
        if fmt not in ("nquads", "ntriples"):
            raise StoreError(f"the remote store dumps N-Quads only, not {fmt}")
        for s, p, o, g in self.quads(graph):
            tail = " ." if graph is not None else f" {nt(g)} ."
            out.write(f"{nt(s)} {nt(p)} {nt(o)}{tail}\n".encode("utf-8"))

    def apply(self, change: Change) -> None:
        if change.is_empty():
            return
        self.update_marked(update_for(change), audit_graphs(change.graphs()))

    # -- the write marks ------------------------------------------------------------
    def update_marked(self, sparql: str, graphs: list[str]) -> None:
        """Send the update ``sparql``, which touches the audit graphs ``graphs`` (:func:`audit_graphs`), with the
        operations that replace their write marks after it, in the same request (one transaction: a mark
        changes with its write or not at all): the marks kept (:meth:`keep_marks`; every mark when none are
        kept) deleted, a new one inserted (:attr:`last_mark`, a random token). A write touching no audit
        graph (no gate's: no record) goes out as it is and leaves the marks.

        Why tokens, not a count of the writes (or of the records): the stores we write to do not serialize
        concurrent updates: 8 threads each adding 40 to a counter by ``DELETE/INSERT … WHERE`` on
        ``oxigraph serve`` 0.5.13 left 5 values (271-276, not 320). A count read and written back loses
        increments; a token is never written twice, so a concurrent write leaves a second token or its
        own, never only the one a reader kept.
        """
        self.last_mark = None
        if not graphs:
            self.http.update(sparql)
            return
        token = uuid.uuid4().hex
        ops = [sparql]
        for g in graphs:
            mark = f"<{g}> <{MARKED}>"
            if self._kept is None:
                ops.append(f"DELETE {{ GRAPH <{MARKS}> {{ {mark} ?t }} }} WHERE {{ GRAPH <{MARKS}> {{ {mark} ?t }} }}")
            elif self._kept:
                kept = " ".join(f'{mark} "{t}" .' for t in sorted(self._kept))
                ops.append(f"DELETE DATA {{ GRAPH <{MARKS}> {{ {kept} }} }}")
            ops.append(f'INSERT DATA {{ GRAPH <{MARKS}> {{ {mark} "{token}" }} }}')
        self.http.update(" ;\n".join(ops))
        self.last_mark = token

    def read_marks(self, graph: URIRef) -> frozenset[str]:
        """The write marks of the audit graph ``graph`` now: one lookup, whatever the graph holds. After a
        write through osce-kg, its mark only; concurrent writes may leave several (each deletes what it
        knew of and adds its own). A reader that kept the marks it last saw (and :attr:`last_mark` of
        its own writes) sees them change at any other gate's write (a second load, a server's),
        however the writes interleave."""
        rows = self.select(f"SELECT ?t WHERE {{ GRAPH <{MARKS}> {{ {graph.n3()} <{MARKED}> ?t }} }}")
        return frozenset(str(row["t"]) for row in rows if "t" in row)

    def keep_marks(self, marks: frozenset[str] | None) -> None:
        """The marks this store's next writes delete (a reader's: the ones it last saw, then its own
        writes' :attr:`last_mark`), so that the mark of a write made by another meanwhile stays for the
        reader to see; None: every mark (a writer no reader of it keeps marks for: the server's)."""
        self._kept = marks

    def snapshot(self, target: Path) -> None:
        """:raises StoreError: always: a remote store keeps its own copies."""
        raise StoreError("a remote store has no snapshots here; it runs queries with its own time limit")

    def bulk_load_stream(self, stream: IO[bytes], fmt: str = "nquads", graph: URIRef | None = None) -> None:
        """:raises StoreError: always: a remote store is written by SPARQL Update requests only."""
        raise StoreError("a remote store has no bulk loader; write it graph by graph")

    def clear(self) -> None:
        """Drop every graph of ours (one request)."""
        graphs = self.named_graphs()
        if graphs:
            self.apply(Change(drop=set(graphs)))

    def flush(self) -> None:
        """Nothing to flush: the remote store commits each request."""

    def close(self) -> None:
        self.http.session.close()
