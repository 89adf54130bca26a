"""A bulk load over a remote store learns whether another writer wrote meanwhile without counting anything.

Before each batch the load asks whether another gate wrote to the remote store since its copy was made
(:meth:`pipeline._Mirror.stale`). It used to count the remote store's audit graph (one ``COUNT`` a batch,
over every record written so far: O(records) on Virtuoso) against a number it kept. Now every write
through osce-kg replaces the store's write mark in its own request (:meth:`RemoteStore.update_marked`):
the load keeps the marks it knows of (read once when its copy is made, then its own writes') and reads
the store's with one lookup a batch. These tests count the HTTP requests a load sends, interleave a
second writer with a load (also between a batch's check and its write), race writers against a reader
that keeps marks, and check the marks stay out of what the store lists, over ``oxigraph serve`` and
Virtuoso.
"""
from __future__ import annotations

import threading
import uuid
from urllib.parse import unquote_plus

import pytest
import requests
from rdflib import Graph, Literal, URIRef

from osce_kg.loader.audit import AuditLog
from osce_kg.loader.gate import Gate
from osce_kg.loader.iri import Minter
from osce_kg.loader.pipeline import Loader, _Mirror, collect
from osce_kg.loader.store.base import Change
from osce_kg.loader.store.remote import MARKS, RemoteStore
from osce_kg.loader.store.virtuoso import VirtuosoStore

from test_bulk_load import folder  # noqa: F401  # the example corpus with a rejected and a clashing file
from virtuoso_fixture import VIRTUOSO, start_virtuoso

BASE = "http://localhost:8000/"
virtuoso_only = [pytest.mark.virtuoso,
                 pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t is not installed "
                                    "(apt-get install virtuoso-opensource-7)")]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if VIRTUOSO is None:
        pytest.skip("virtuoso-t is not installed")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=virtuoso_only)])
def remote(request):
    """A factory of stores over one empty remote store (``oxigraph serve``, then Virtuoso): each call a new
    client, as another process would have."""
    if request.param == "oxigraph":
        url = request.getfixturevalue("oxigraph_server")
        made = [RemoteStore(url + "/query", url + "/update")]
        make = lambda: RemoteStore(url + "/query", url + "/update")  # noqa: E731
    else:
        server = request.getfixturevalue("virtuoso")
        server.clear()
        make = lambda: VirtuosoStore(server.sparql_url, server.sparql_url)  # noqa: E731
        made = [make()]
    made[0].clear()

    def factory():
        made.append(make())
        return made[-1]

    factory.first = made[0]  # type: ignore[attr-defined]
    yield factory
    for store in made:
        store.close()


class Requests:
    """Every HTTP request sent while installed (``requests.Session.send``): the SPARQL query or update of each."""

    def __init__(self, monkeypatch) -> None:
        self.sent: list[str] = []
        send = requests.Session.send

        def sending(session, prepared, **kwargs):
            body = prepared.body or b""
            body = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            self.sent.append(unquote_plus(body.split("&")[0]) if body.startswith(("query=", "update="))
                             else f"{prepared.method} {prepared.url}")
            return send(session, prepared, **kwargs)

        monkeypatch.setattr(requests.Session, "send", sending)

    def counts(self) -> list[str]:
        return [q for q in self.sent if q.startswith("query=") and "COUNT(" in q.upper()]

    def marks_read(self) -> list[str]:
        return [q for q in self.sent if q.startswith("query=") and str(MARKS) in q and q not in self.counts()]


def _load(store, folder, monkeypatch, batch: int = 4):  # noqa: F811
    loader = Loader(store, Minter(BASE))
    loader.workers, loader.PARALLEL_FROM, loader.BATCH = 2, 0, batch
    monkeypatch.setattr(Loader, "REMOTE_BATCH", batch)
    loader.ensure_reference()
    return loader


def test_a_bulk_load_reads_the_marks_once_a_batch_and_counts_nothing(folder, remote, monkeypatch):  # noqa: F811
    """Per batch: one lookup of the marks, no count (the code before counted the audit graph before each
    batch: a query over every record written so far)."""
    store = remote.first
    loader = _load(store, folder, monkeypatch)
    checks: list[int] = []
    copies: list[int] = []
    stale, refresh = _Mirror.stale, _Mirror.refresh

    def checking(self) -> bool:
        checks.append(len(log.sent))
        return stale(self)

    def copying(self) -> None:
        copies.append(len(log.sent))
        return refresh(self)

    monkeypatch.setattr(_Mirror, "stale", checking)
    monkeypatch.setattr(_Mirror, "refresh", copying)
    log = Requests(monkeypatch)
    report = loader.run_sources(collect([folder]), write=True)
    assert report.accepted >= 20
    assert len(checks) >= 5  # one check a batch of 4
    # the store's size counted once for each copy made (whether to make it), nothing counted a batch
    assert len(log.counts()) == len(copies) <= 2, log.counts()
    assert not [q for q in log.counts() if "graph/audit" in q]
    # each check one lookup of the marks (and one for each copy made), the same whatever the load wrote
    reads = log.marks_read()
    assert len(reads) == len(checks) + len(copies)
    assert len(set(reads)) == 1


def test_a_second_writer_between_the_batches_is_seen_and_the_copy_made_again(folder, remote, monkeypatch):  # noqa: F811
    """Two writers interleaved: the load, and another client writing audit records at two moments of it,
    right before a batch's check and right after it (between the check and the batch's write: the load's
    write then deletes its own mark only, and the other's is still there at the next check). Each time the
    copy is made again and holds the other's records; every record of both is in the store at the end."""
    store = remote.first
    other = remote()
    loader = _load(store, folder, monkeypatch)
    audit = AuditLog(BASE)
    theirs: list[tuple] = []

    def write_theirs() -> None:
        quad = (audit.iri(f"other-{len(theirs)}"), URIRef("urn:p"), Literal(uuid.uuid4().hex), audit.graph)
        other.apply(Change(add=[quad]))
        theirs.append(quad)

    checks: list[bool] = []
    copies: list[int] = []
    stale, refresh = _Mirror.stale, _Mirror.refresh

    def checking(self) -> bool:
        if len(checks) == 2:
            write_theirs()  # before the check: seen by it
        found = stale(self)
        checks.append(found)
        if len(checks) == 4:
            write_theirs()  # after the check, before the batch is written: seen by the next check
        return found

    def copying(self) -> None:
        refresh(self)
        copies.append(len(checks))
        for quad in theirs:  # the copy holds what the other wrote before it was made
            assert self.local.has_quad(*quad)

    monkeypatch.setattr(_Mirror, "stale", checking)
    monkeypatch.setattr(_Mirror, "refresh", copying)
    before = _records(store, audit)
    report = loader.run_sources(collect([folder]), write=True)
    assert report.accepted >= 20
    assert len(checks) >= 6
    assert [i for i, found in enumerate(checks) if found] == [2, 4]
    assert copies[-2:] == [3, 5]  # made again after each check that found the other's write
    for quad in theirs:
        assert store.has_quad(*quad)
    assert _records(store, audit) == before + report.accepted  # a record an accepted document


def _records(store, audit: AuditLog) -> int:
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{audit.graph}> {{ ?w a <{audit.vocab.Write}> }} }}")
    return int(rows[0]["n"])


def _gated(store, name: str, audit: AuditLog) -> None:
    """A write as a gate makes it: a document's triple and its record, in one change."""
    doc = (URIRef(f"urn:s:{name}"), URIRef("urn:p"), Literal(name), URIRef(f"urn:g:{name}"))
    _, record = audit.record([doc], [], actor="test")
    store.apply(Change(add=[doc, *record]))


def test_a_write_never_leaves_the_marks_a_reader_kept_whatever_runs_beside_it(remote):
    """Writers racing: a reader keeps the marks it saw and writes with them (as a load does) while two other
    clients write at the same moment; each round the reader's next lookup shows the others' writes. A count
    read and written back would not: concurrent updates are not serialized (see RemoteStore.update_marked)."""
    reader, others = remote.first, [remote(), remote()]
    audit = AuditLog(BASE)
    reader.keep_marks(reader.read_marks(audit.graph))

    def write(store, name: str, start: threading.Barrier, errors: list) -> None:
        try:
            start.wait()
            _gated(store, name, audit)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    for n in range(12):
        start = threading.Barrier(len(others) + 1)
        errors: list[BaseException] = []
        threads = [threading.Thread(target=write, args=(store, f"{n}-{i}", start, errors))
                   for i, store in enumerate(others)]
        for thread in threads:
            thread.start()
        start.wait()
        _gated(reader, f"reader-{n}", audit)
        for thread in threads:
            thread.join()
        assert not errors, errors
        kept = frozenset({reader.last_mark})
        reader.keep_marks(kept)
        seen = reader.read_marks(audit.graph)
        assert seen != kept, n
        reader.keep_marks(seen)  # as a load that made its copy again
    # writes by the reader alone leave its own mark only
    _gated(reader, "last", audit)
    assert reader.read_marks(audit.graph) == {reader.last_mark}


def test_the_marks_move_with_the_audit_graph_only_and_are_not_among_the_stores_graphs(remote):
    """A write with a record leaves one mark, a write with none (no gate's) leaves the marks as they are; the
    marks are no named graph, not counted, not dumped."""
    import io

    store = remote.first
    audit = AuditLog(BASE)
    _gated(store, "a", audit)
    assert store.last_mark is not None
    assert store.read_marks(audit.graph) == {store.last_mark}
    mark = store.last_mark
    store.apply(Change(add=[(URIRef("urn:s"), URIRef("urn:p"), Literal("o"), URIRef("urn:g"))]))
    assert store.last_mark is None and store.read_marks(audit.graph) == {mark}
    assert store.named_graphs() == sorted([URIRef("urn:g"), URIRef("urn:g:a"), audit.graph])
    quads = store.quad_count()
    assert quads == 2 + sum(1 for _ in store.quads(audit.graph))
    out = io.BytesIO()
    store.dump(out)
    assert str(MARKS) not in out.getvalue().decode() and out.getvalue().count(b"\n") == quads
    store.clear()  # drops the audit graph: a new mark
    assert store.named_graphs() == [] and store.quad_count() == 0
    assert store.read_marks(audit.graph) == {store.last_mark} != {mark}


def test_a_store_written_by_the_loaders_own_client_outside_its_copy_is_stale(remote):
    """A write through the very client the copy was made from, but not by the load (not told to the copy),
    makes the copy stale: the marks are kept by the copy, not by the client."""
    store = remote.first
    audit = AuditLog(BASE)
    _gated(store, "first", audit)
    mirror = _Mirror.of(store, Gate(store, Graph(), audit=audit), limit=1000)
    assert mirror is not None
    try:
        assert not mirror.stale()
        ours = (audit.iri("ours"), URIRef("urn:p"), Literal("a"), audit.graph)
        store.apply(Change(add=[ours]))  # the load's own write: told to the copy
        mirror.wrote()
        assert not mirror.stale()
        other = (audit.iri("other"), URIRef("urn:p"), Literal("b"), audit.graph)
        store.apply(Change(add=[other]))  # not the load's: stale
        assert mirror.stale()
        mirror.refresh()
        assert mirror.local.has_quad(*other)
        assert not mirror.stale()
    finally:
        mirror.close()
