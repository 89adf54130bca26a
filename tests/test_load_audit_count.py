"""A bulk load over a remote store checks for other writers without counting its local copy's audit graph.

Before each batch the load asks whether another gate wrote to the remote store since its copy was made
(:meth:`pipeline._Mirror.stale`). It compared two counts of the audit graph, the remote store's and
the copy's: the copy's grew with the load (a query per batch over every record written so far). The
copy's side is now a number kept as the load writes (:meth:`pipeline._Mirror.wrote`): these tests
show it is exact after every batch, whatever path wrote it, and that the copy's audit graph is no
longer counted once the copy is made.
"""
from __future__ import annotations

from rdflib import Literal, URIRef

from osce_kg.loader.iri import Minter
from osce_kg.loader.pipeline import Loader, _Mirror, collect
from osce_kg.loader.store import EmbeddedStore
from osce_kg.loader.store.base import Change
from osce_kg.loader.store.remote import RemoteStore

from test_bulk_load import folder  # noqa: F401  # the example corpus with a rejected and a clashing file


def _audit_count(store, audit: URIRef) -> int:
    return sum(1 for _ in store.quads(audit))


def test_the_copys_audit_count_is_kept_not_counted(folder, oxigraph_server, monkeypatch):  # noqa: F811
    remote = RemoteStore(oxigraph_server + "/query", oxigraph_server + "/update")
    loader = Loader(remote, Minter("http://localhost:8000/"))
    loader.workers, loader.PARALLEL_FROM, loader.BATCH = 2, 0, 4
    monkeypatch.setattr(Loader, "REMOTE_BATCH", 4)
    audit = loader.gate.audit.graph
    checks: list[tuple[int, int, int]] = []
    counted: list[URIRef | None] = []
    copies: list[int] = []
    stale, quad_count, select, refresh = _Mirror.stale, EmbeddedStore.quad_count, EmbeddedStore.select, _Mirror.refresh

    def checking(self) -> bool:
        # the number kept, the copy's audit graph and the remote store's, each time the load asks
        checks.append((self.audit_quads, _audit_count(self.local, audit), _audit_count(remote, audit)))
        return stale(self)

    def counting(self, graph=None):
        counted.append(graph)
        return quad_count(self, graph)

    def selecting(self, query):
        assert "COUNT" not in query.upper() or "graph/audit" not in query, query  # no count of the copy's audit
        return select(self, query)

    def copying(self) -> None:
        copies.append(len(counted))
        return refresh(self)

    monkeypatch.setattr(_Mirror, "stale", checking)
    monkeypatch.setattr(_Mirror, "refresh", copying)
    monkeypatch.setattr(EmbeddedStore, "quad_count", counting)
    monkeypatch.setattr(EmbeddedStore, "select", selecting)
    loader.ensure_reference()
    report = loader.run_sources(collect([folder]), write=True)
    assert report.accepted >= 20
    assert len(checks) >= 5  # one check a batch of 4
    assert all(kept == copy == there for kept, copy, there in checks), checks
    assert checks[-1][0] > checks[0][0]  # the load wrote records between the checks
    # the copy's audit graph counted once for each copy made (the reference graphs' and the load's), when
    # it was made, and never before a batch
    assert counted == [audit] * len(copies)
    assert copies == list(range(len(copies)))


def test_a_record_written_by_another_gate_still_makes_the_copy_stale(oxigraph_server):
    """The kept number against the remote store's count: another gate's record is seen, a fresh copy counts it."""
    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.gate import Gate
    from rdflib import Graph

    remote = RemoteStore(oxigraph_server + "/query", oxigraph_server + "/update")
    remote.clear()
    audit = AuditLog("http://localhost:8000/")
    gate = Gate(remote, Graph(), audit=audit)
    mirror = _Mirror.of(remote, gate, limit=1000)
    assert mirror is not None
    try:
        assert not mirror.stale()
        ours = (URIRef("http://localhost:8000/id/write/ours"), URIRef("urn:p"), Literal("a"), audit.graph)
        remote.apply(Change(add=[ours]))  # this load's write: told to the mirror (before its copy), not stale
        mirror.wrote([ours, ours])
        mirror.local.apply(Change(add=[ours]))
        mirror.wrote([ours])  # one the copy holds already: not counted again
        assert not mirror.stale()
        other = (URIRef("http://localhost:8000/id/write/other"), URIRef("urn:p"), Literal("b"), audit.graph)
        remote.apply(Change(add=[other]))  # another gate's: stale
        assert mirror.stale()
        mirror.refresh()
        assert mirror.audit_quads == 2
        assert not mirror.stale()
    finally:
        mirror.close()
