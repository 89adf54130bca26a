"""A gated import's new graphs go in with the bulk loader behind a journal (``EmbeddedStore.apply_batch``).

On a real store on disk: an import SIGKILLed while it bulk-writes leaves, once the store is opened
again, every graph whole (with its one audit record) or absent (with none); the journal's recovery
removes exactly the graphs and records of the batch it names; a graph that breaks a shape in a
batch of new graphs is still refused with the gate's results while the others are written.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from killing import killed_after
from osce_kg.loader.errors import StoreError, ValidationFailed
from osce_kg.loader.gate import Gate
from osce_kg.loader.importer import import_files, import_gate, sources_for
from osce_kg.loader.iri import Minter
from osce_kg.loader.store import EmbeddedStore
from osce_kg.loader.store.embedded import JOURNAL, to_ox, to_rdflib
from osce_kg.loader.store.shapecheck import result_key
from test_shapecheck import MUTATIONS

BASE = "http://localhost:8000/"
AUDIT = f"{BASE}graph/audit"
USED = ox.NamedNode("http://www.w3.org/ns/prov#used")
VIA = ox.NamedNode("https://w3id.org/osce-kg/ontology#via")
SHARED = (f"{BASE}graph/ontology", f"{BASE}graph/reference")

#: ``osce-kg import`` with small batches, killing itself (SIGKILL) at a set point of its Nth bulk batch
#: when OSCE_KG_TEST_KILL says "journal:N" (journal written, nothing bulk-written yet) or "bulk:N"
#: (bulk-written, before the transaction and the journal's removal)
IMPORT = """
import os, signal, sys
from osce_kg.loader import importer
from osce_kg.loader.store import embedded
importer._COMMIT_BATCH = importer._BULK_BATCH = int(os.environ["OSCE_KG_TEST_BATCH"])
where, _, n = os.environ.get("OSCE_KG_TEST_KILL", "").partition(":")
count, inside = [0], [False]
def stop_at(point):
    if where == point:
        count[0] += 1
        if count[0] == int(n):
            os.kill(os.getpid(), signal.SIGKILL)
Store = embedded.EmbeddedStore
real_journal, real_batch, real_native = embedded._write_journal, Store.apply_batch, Store.apply_native
def journal(*args):
    real_journal(*args)
    stop_at("journal")
def batch(self, *args, **kwargs):
    inside[0] = True
    try:
        return real_batch(self, *args, **kwargs)
    finally:
        inside[0] = False
def native(self, *args, **kwargs):
    if inside[0]:
        stop_at("bulk")
    return real_native(self, *args, **kwargs)
embedded._write_journal, Store.apply_batch, Store.apply_native = journal, batch, native
from osce_kg.server.cli import main
main(["import", *sys.argv[1:]], prog_name="osce-kg")
"""


def variants(store_path: Path, copies: int) -> tuple[list[ox.Quad], dict[str, list[ox.Quad]]]:
    """The ontology and reference graphs of the corpus store, then ``copies`` variants of each of its
    document graphs (the graph and the document's own IRIs renamed, blank nodes apart): every one new
    to a store that holds the corpus. Returns (the shared graphs' quads, variant graph -> its quads)."""
    store = ox.Store.read_only(str(store_path))
    try:
        quads = [q for q in store if q.graph_name.value != AUDIT]
    finally:
        del store
    shared = [q for q in quads if q.graph_name.value in SHARED]
    shared_subjects = {q.subject for q in shared}
    docs: dict[str, list[ox.Quad]] = {}
    for q in quads:
        if q.graph_name.value not in SHARED:
            docs.setdefault(q.graph_name.value, []).append(q)
    out: dict[str, list[ox.Quad]] = {}
    for i in range(copies):
        for name, doc in docs.items():
            local = {name} | {q.subject.value for q in doc if type(q.subject) is ox.NamedNode
                              and q.subject not in shared_subjects}

            def renamed(term, i=i, local=local):
                if type(term) is ox.NamedNode and term.value in local:
                    return ox.NamedNode(f"{term.value}-v{i}")
                if type(term) is ox.BlankNode:
                    return ox.BlankNode(f"v{i}x{term.value}")
                return term

            out[f"{name}-v{i}"] = [ox.Quad(renamed(q.subject), q.predicate, renamed(q.object),
                                           ox.NamedNode(f"{name}-v{i}")) for q in doc]
    return shared, out


def broken_variant(docs: dict[str, list[ox.Quad]], gate: Gate) -> tuple[str, URIRef, list[ox.Quad], list]:
    """A new graph that breaks a shape: the first variant document a :data:`MUTATIONS` fault applies to,
    as a graph of its own ("-broken"), with the results the gate (pySHACL) gives it."""
    from osce_kg.loader.store.base import Change

    for what, mutate, _ in MUTATIONS:
        for name in sorted(docs):
            doc = Graph()
            for q in docs[name]:
                doc.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
            try:
                mutate(doc)
            except AssertionError:  # this document has nothing of that kind
                continue
            bad = URIRef(f"{name}-broken")
            expected = gate.check(Change(replace={bad: doc}))
            if not expected.conforms:
                return what, bad, [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(bad)) for s, p, o in doc], \
                    expected.violations
            break
    raise AssertionError("no fault applies to the variants")


def write_nquads(path: Path, quads: list[ox.Quad]) -> Path:
    ox.serialize(quads, str(path), ox.RdfFormat.N_QUADS)
    return path


def named(q: ox.Quad) -> bool:
    return type(q.subject) is not ox.BlankNode and type(q.object) is not ox.BlankNode


def records_by_graph(store: ox.Store) -> Counter:
    """How many import records name each graph (``prov:used``)."""
    rows = store.query(f"SELECT ?g WHERE {{ GRAPH <{AUDIT}> {{ ?c {VIA} \"import\" ; {USED} ?g }} }}")
    return Counter(row["g"].value for row in rows)


def assert_whole_or_absent(path: Path, expected: dict[str, list[ox.Quad]], told: list[str]) -> set[str]:
    """Open the store read-write (recovery runs), then: no journal; each expected graph whole with one
    record, or absent with none; every graph reported accepted is there. Returns the graphs present."""
    store = EmbeddedStore(path)
    store.close()
    assert not (path / JOURNAL).exists()
    raw = ox.Store.read_only(str(path))
    try:
        records = records_by_graph(raw)
        present = set()
        for name, quads in expected.items():
            held = list(raw.quads_for_pattern(None, None, None, ox.NamedNode(name)))
            if not held:
                assert records[name] == 0, f"{name} is absent but has an audit record"
                continue
            present.add(name)
            assert len(held) == len(quads), f"{name}: {len(held)} of its {len(quads)} quads"
            assert {q for q in held if named(q)} == {q for q in quads if named(q)}, name
            assert records[name] == 1, f"{name} is there with {records[name]} import records"
        for line in told:
            if line.startswith("accepted"):
                graph = line.rsplit("<", 1)[1].rstrip(">)\n")
                if graph in expected:
                    assert graph in present, f"{graph} was reported accepted and is gone"
    finally:
        del raw
    return present


def import_env(batch: int, kill: str = "") -> dict[str, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "OSCE_KG_TEST_BATCH": str(batch), "OSCE_KG_TEST_KILL": kill}
    for key in ("OSCE_KG_REMOTE_QUERY_URL", "OSCE_KG_REMOTE_UPDATE_URL"):
        env.pop(key, None)
    return env


@pytest.fixture
def dump(corpus_store_path, tmp_path) -> tuple[Path, dict[str, list[ox.Quad]]]:
    """A file of the shared graphs then 6 variants of every corpus document, and the variants' quads."""
    shared, docs = variants(corpus_store_path, 6)
    return write_nquads(tmp_path / "variants.nq", shared + [q for quads in docs.values() for q in quads]), docs


def test_an_import_killed_while_it_bulk_writes_leaves_graphs_whole_or_absent(tmp_path, dump):
    """SIGKILL ``osce-kg import`` into an empty store at several moments: after the first batches were
    reported (at once, a little later), right after a batch's journal was written, right after a batch
    was bulk-written (before its journal went). Reopened, every graph is whole with its audit record or
    absent with none, every graph reported accepted is there, and the kills left imports half done."""
    path, docs = dump
    argv = [sys.executable, "-c", IMPORT, str(path), "--store"]
    partial = 0
    for k, (kill, after_lines, delay) in enumerate((("", 1, 0.0), ("", 1, 0.15), ("", 40, 0.0),
                                                    ("journal:2", 10**6, 0.0), ("bulk:3", 10**6, 0.0))):
        target = tmp_path / f"killed{k}"
        told = killed_after([*argv, str(target)], import_env(1500, kill), after_lines, delay)
        if kill:  # the process killed itself with its journal on disk
            assert (target / JOURNAL).exists(), kill
        present = assert_whole_or_absent(target, docs, told)
        partial += 0 < len(present) < len(docs)
    assert partial >= 3, "fewer than three kills landed in the middle of the import; the test proved little"


def test_recovery_removes_exactly_the_unfinished_batchs_graphs(tmp_path, corpus_store_path, caplog):
    """An import killed after its third bulk batch was written, before its journal went: the store
    opened read-only still shows that batch (the journal is there); opened read-write, exactly the
    journal's graphs and audit records are gone (and logged), everything else as it was."""
    shared, docs = variants(corpus_store_path, 4)
    path = write_nquads(tmp_path / "v.nq", [q for quads in docs.values() for q in quads])
    told = killed_after([sys.executable, "-c", IMPORT, str(path), "--store", str(corpus_store_path)],
                        import_env(800, "bulk:3"), 10**6, 0.0)
    journal = json.loads((corpus_store_path / JOURNAL).read_text())
    assert journal["graphs"] and len(journal["subjects"]) == len(journal["graphs"])
    assert not any(g in line for g in journal["graphs"] for line in told)  # never reported
    before = EmbeddedStore(corpus_store_path, read_only=True)
    held_before = set(before.native)
    before.close()
    for g in journal["graphs"]:  # the bulk write landed whole
        assert sum(q.graph_name.value == g for q in held_before) == len(docs[g])
    with caplog.at_level(logging.WARNING, logger="osce_kg.loader.store.embedded"):
        EmbeddedStore(corpus_store_path).close()
    assert any("did not finish" in r.getMessage() and journal["graphs"][0] in r.getMessage() for r in caplog.records)
    assert not (corpus_store_path / JOURNAL).exists()
    after = ox.Store.read_only(str(corpus_store_path))
    try:
        held_after = set(after)
    finally:
        del after
    gone = held_before - held_after
    assert held_after <= held_before
    assert {q.graph_name.value for q in gone if q.graph_name.value != AUDIT} == set(journal["graphs"])
    assert {q.subject.value for q in gone if q.graph_name.value == AUDIT} == set(journal["subjects"])
    for g in journal["graphs"]:
        assert sum(q.graph_name.value == g for q in gone) == len(docs[g])
    assert EmbeddedStore(corpus_store_path).recover() == []  # done once


def test_recovery_of_a_journal_cut_short_removes_nothing(corpus_store_path):
    """A journal that does not parse was cut short while written, before its batch began: recovery
    drops the file and nothing else."""
    raw = ox.Store.read_only(str(corpus_store_path))
    held = set(raw)
    del raw
    (corpus_store_path / JOURNAL).write_text('{"time": "2026-01-01T00:00:00Z", "graphs": ["http://localhost:8000/gr')
    EmbeddedStore(corpus_store_path).close()
    assert not (corpus_store_path / JOURNAL).exists()
    raw = ox.Store.read_only(str(corpus_store_path))
    try:
        assert set(raw) == held
    finally:
        del raw


def test_a_failed_bulk_write_leaves_nothing_of_its_batch(tmp_path, corpus_store_path, monkeypatch):
    """The transaction after a batch's bulk write fails: the bulk-written graphs and records are removed
    again, the journal goes, the import stops with the store's error."""
    _, docs = variants(corpus_store_path, 1)
    path = write_nquads(tmp_path / "v.nq", [q for quads in docs.values() for q in quads])
    raw = ox.Store.read_only(str(corpus_store_path))
    held = set(raw)
    del raw
    calls = []

    def refuse(self, add, drop=()):
        calls.append(len(add))
        raise StoreError("write failed, nothing was applied: disk full")

    monkeypatch.setattr(EmbeddedStore, "apply_native", refuse)
    store = EmbeddedStore(corpus_store_path)
    try:
        with pytest.raises(StoreError, match="disk full"):
            import_files(store, sources_for([path], None, None), Minter(BASE))
        assert calls  # the bulk path ran (the corpus store has an audit graph)
        assert not (corpus_store_path / JOURNAL).exists()
        assert set(store.native) == held
    finally:
        store.close()


def test_a_graph_that_breaks_a_shape_in_a_bulk_batch_is_refused_with_its_results(corpus_store_path, monkeypatch):
    """New graphs and one that breaks a shape in one batch: the broken graph gets exactly the results
    the gate (pySHACL) gives it and is not written; the others are written with their records; the
    next batch of new graphs goes in with the bulk loader."""
    from osce_kg.loader import mapping
    from osce_kg.loader.audit import AuditLog

    minter = Minter(BASE)
    _, docs = variants(corpus_store_path, 2)
    names = sorted(docs)
    bulk_writes = []
    real = EmbeddedStore.apply_batch

    def counted(self, fresh, graphs, *args, **kwargs):
        bulk_writes.append([str(g) for g in graphs])
        return real(self, fresh, graphs, *args, **kwargs)

    monkeypatch.setattr(EmbeddedStore, "apply_batch", counted)
    store = EmbeddedStore(corpus_store_path)
    try:
        oracle = Gate(store, mapping.shapes_graph(minter), mapping.ontology_graph(minter), audit=AuditLog(BASE))
        first, second = names[: len(names) // 2], names[len(names) // 2:]
        # a document neither batch writes (a variant beside its broken copy would make up for the fault)
        what, bad, broken, expected = broken_variant({n: docs[n] for n in second[10:]}, oracle)
        gate = import_gate(store, minter)
        batch = [(URIRef(n), docs[n]) for n in first[:10]]
        batch.insert(5, (bad, broken))
        results = gate.commit_graphs(batch, files=["v.nq"] * len(batch), via="import")
        refused = results[5]
        assert isinstance(refused, ValidationFailed)
        assert Counter(map(result_key, refused.violations)) == Counter(map(result_key, expected)), what
        assert all(not isinstance(r, ValidationFailed) and r.change_id for i, r in enumerate(results) if i != 5)
        assert not store.has_graph(bad)
        for n in first[:10]:
            assert store.quad_count(URIRef(n)) == len(docs[n])
        gate.commit_graphs([(URIRef(n), docs[n]) for n in second[:10]], files=["v.nq"] * 10, via="import")
        assert bulk_writes and set(bulk_writes[-1]) == set(second[:10])
        records = records_by_graph(store.native)
        assert all(records[n] == 1 for n in first[:10] + second[:10]) and records[str(bad)] == 0
    finally:
        store.close()


def test_an_import_reports_the_broken_graph_and_writes_the_rest(tmp_path, corpus_store_path, monkeypatch):
    """Through ``import_files`` in bulk batches: the broken graph's outcome names SHACL and its first
    violation, the file's other graphs are accepted and stored whole."""
    from osce_kg.loader import importer

    monkeypatch.setattr(importer, "_COMMIT_BATCH", 600)
    monkeypatch.setattr(importer, "_BULK_BATCH", 600)
    bulk_writes = []
    real = EmbeddedStore.apply_batch

    def counted(self, fresh, graphs, *args, **kwargs):
        bulk_writes.append(len(graphs))
        return real(self, fresh, graphs, *args, **kwargs)

    monkeypatch.setattr(EmbeddedStore, "apply_batch", counted)
    from osce_kg.loader import mapping
    from osce_kg.loader.audit import AuditLog

    _, every = variants(corpus_store_path, 3)
    docs = {n: q for n, q in every.items() if not n.endswith("-v2")}  # the file; the fault is in a copy apart
    store = EmbeddedStore(corpus_store_path)
    try:
        minter = Minter(BASE)
        oracle = Gate(store, mapping.shapes_graph(minter), mapping.ontology_graph(minter), audit=AuditLog(BASE))
        _, bad_iri, broken, _ = broken_variant({n: q for n, q in every.items() if n.endswith("-v2")}, oracle)
        bad = str(bad_iri)
        quads = [q for quads in docs.values() for q in quads]
        middle = len(quads) // 2
        while quads[middle].graph_name == quads[middle - 1].graph_name:
            middle += 1
        quads[middle:middle] = broken
        report = import_files(store, sources_for([write_nquads(tmp_path / "v.nq", quads)], None, None), Minter(BASE))
        outcomes = {str(o.graph): o for o in report.outcomes}
        assert not outcomes[bad].accepted and outcomes[bad].reason.startswith("SHACL: ")
        assert report.rejected == 1 and report.accepted == len(docs)
        assert len(bulk_writes) >= 2 and sum(bulk_writes) < len(docs)  # bulk batches, and the broken one's not
        for name, held in docs.items():
            assert store.quad_count(URIRef(name)) == len(held), name
    finally:
        store.close()


def test_a_graph_that_replaces_one_stays_on_the_transaction(corpus_store_path, monkeypatch):
    """A batch with a graph the store holds and new ones: the new ones are bulk-written, the existing
    one is replaced in the transaction (dropped first), never bulk-written."""
    _, docs = variants(corpus_store_path, 1)
    seen = []
    real = EmbeddedStore.apply_batch

    def spy(self, fresh, graphs, subjects, add=(), drop=()):
        seen.append(([str(g) for g in graphs], [str(g) for g in drop]))
        return real(self, fresh, graphs, subjects, add, drop)

    monkeypatch.setattr(EmbeddedStore, "apply_batch", spy)
    store = EmbeddedStore(corpus_store_path)
    try:
        existing = next(g for g in store.named_graphs() if "/graph/" in str(g) and str(g) not in SHARED
                        and str(g) != AUDIT)
        replacement = list(store.native.quads_for_pattern(None, None, None, to_ox(existing)))
        gate = import_gate(store, Minter(BASE))
        new = sorted(docs)[:3]
        changed = replacement + [ox.Quad(ox.NamedNode("http://example.org/note"), ox.NamedNode("http://example.org/says"),
                                         ox.Literal("a note"), to_ox(existing))]
        results = gate.commit_graphs([(URIRef(n), docs[n]) for n in new] + [(existing, changed)], via="import")
        assert all(not isinstance(r, ValidationFailed) for r in results), results
        assert seen == [(new, [str(existing)])]
        assert store.quad_count(existing) == len(changed)
    finally:
        store.close()


def test_a_large_file_is_read_by_a_process_of_its_own_with_the_same_outcome(tmp_path, corpus_store_path,
                                                                              monkeypatch):
    """A file of ``reader_bytes`` (``OSCE_KG_IMPORT_READER_BYTES``) or more is read by a reader process
    that hands the graphs over in batches; a smaller one in this process. The same file into two copies
    of a store: the same outcomes, the same quads, one record per graph either way."""
    import shutil

    from osce_kg.loader import importer

    monkeypatch.setattr(importer, "_COMMIT_BATCH", 700)
    monkeypatch.setattr(importer, "_BULK_BATCH", 900)
    _, docs = variants(corpus_store_path, 2)
    path = write_nquads(tmp_path / "v.nq", [q for quads in docs.values() for q in quads])
    apart = []
    real = importer._graphs_read_apart

    def counted(*args, **kwargs):
        apart.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "_graphs_read_apart", counted)
    other = tmp_path / "other"
    shutil.copytree(corpus_store_path, other)
    outcomes = []
    for store_path, threshold in ((corpus_store_path, path.stat().st_size + 1), (other, path.stat().st_size)):
        store = EmbeddedStore(store_path)
        try:
            report = import_files(store, sources_for([path], None, None), Minter(BASE), reader_bytes=threshold)
        finally:
            store.close()
        outcomes.append(sorted((str(o.graph), o.accepted, o.triples) for o in report.outcomes))
    assert apart == [1]
    assert outcomes[0] == outcomes[1] and len(outcomes[0]) == len(docs) and all(o[1] for o in outcomes[0])
    held = []
    for store_path in (corpus_store_path, other):
        raw = ox.Store.read_only(str(store_path))
        try:
            held.append(({q for q in raw if named(q) and q.graph_name.value != AUDIT}, records_by_graph(raw),
                         sum(1 for q in raw if not named(q))))
        finally:
            del raw
    assert held[0] == held[1]
    assert all(held[0][1][n] == 1 for n in docs)


def test_the_reader_process_refuses_a_malformed_file_naming_its_line(tmp_path, monkeypatch):
    """A malformed line near the end of a file read by the reader process: the file is refused with its
    line, and nothing of it is written."""

    lines = [f'<http://ex.org/s{i}> <http://ex.org/p> "v{i}" <http://ex.org/g{i % 5}> .\n' for i in range(3000)]
    lines[2900] = '<http://ex.org/s> <http://ex.org/p> "unterminated <http://ex.org/g> .\n'
    path = tmp_path / "bad.nq"
    path.write_text("".join(lines))
    store = EmbeddedStore(tmp_path / "s")
    try:
        report = import_files(store, sources_for([path], None, None), Minter(BASE), reader_bytes=0)
        assert [(o.accepted, o.graph) for o in report.outcomes] == [(False, None)]
        assert report.outcomes[0].reason.startswith("line 2901: ")
        assert store.named_graphs() == []
    finally:
        store.close()
