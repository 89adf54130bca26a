"""A gated import's check in a process of its own (``Gate.pipeline``, ``batchcheck.check_apart``).

The check process reads a snapshot of the store and keeps every batch it accepted since; this
process parses, sends and writes. What the gate answers must not change: the same outcomes (a
graph that breaks a shape refused with the gate's results, the others written), the same quads,
one audit record per graph, through new snapshots (taken every few quads, after a refused batch,
and when a batch names a graph changed since the snapshot); and an import SIGKILLed while it
runs leaves every graph whole with its record or absent.
"""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from killing import killed_after
from osce_kg.loader import importer, mapping
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.errors import OsceKgError
from osce_kg.loader.gate import Gate, GraphPipeline
from osce_kg.loader.importer import import_files, sources_for
from osce_kg.loader.iri import Minter
from osce_kg.loader.store import EmbeddedStore
from test_import_bulk import (AUDIT, IMPORT, assert_whole_or_absent, broken_variant, import_env, records_by_graph,
                              variants, write_nquads)

BASE = "http://localhost:8000/"


def imported(path: Path, files: list[Path], *, apart: bool, monkeypatch) -> list[str]:
    """``import_files`` of ``files`` into the store at ``path``, its check apart or here: the outcome lines."""
    pipes: list = []
    real = GraphPipeline.__init__

    def counted(self, gate):
        pipes.append(self)
        real(self, gate)

    monkeypatch.setattr(GraphPipeline, "__init__", counted)
    store = EmbeddedStore(path)
    try:
        report = import_files(store, sources_for(files, None, None), Minter(BASE),
                              check_apart_bytes=0 if apart else None)
    finally:
        store.close()
    assert len(pipes) == (1 if apart else 0)  # the check ran where it was meant to
    assert not list(path.parent.glob(".osce-kg-import-*"))  # its snapshots are gone
    return [o.line() for o in report.outcomes]


def held(path: Path) -> set[ox.Quad]:
    """The store's quads outside the audit graph, blank nodes aside (an import renames them apart)."""
    store = ox.Store.read_only(str(path))
    try:
        return {q for q in store if q.graph_name.value != AUDIT
                and type(q.subject) is not ox.BlankNode and type(q.object) is not ox.BlankNode}
    finally:
        del store


def test_the_check_apart_answers_as_the_check_here(tmp_path, corpus_store_path, monkeypatch):
    """Variants of the corpus and, among them, a graph that breaks a shape, imported into copies of the
    corpus store in small batches, with a new snapshot every ~1,500 quads: the check process gives
    the same outcome lines (the broken graph refused with the gate's results, in the same words),
    the same quads and one record per graph; the batches after the refused one are accepted."""
    minter = Minter(BASE)
    _, docs = variants(corpus_store_path, 2)
    names = sorted(docs)
    copy = tmp_path / "copy"
    shutil.copytree(corpus_store_path, copy)
    store = EmbeddedStore(corpus_store_path)
    try:
        oracle = Gate(store, mapping.shapes_graph(minter), mapping.ontology_graph(minter), audit=AuditLog(BASE))
        what, bad, broken, expected = broken_variant({n: docs[n] for n in names[len(names) // 2:]}, oracle)
    finally:
        store.close()
    order = names[: len(names) // 3] + [str(bad)] + names[len(names) // 3:]
    quads = [q for n in order for q in (broken if n == str(bad) else docs[n])]
    path = write_nquads(tmp_path / "v.nq", quads)
    monkeypatch.setattr(importer, "_COMMIT_BATCH", 400)
    monkeypatch.setattr(importer, "_BULK_BATCH", 400)
    monkeypatch.setenv("OSCE_KG_IMPORT_SNAPSHOT_QUADS", "1500")  # read when the pipeline starts
    snapshots = []
    real = GraphPipeline._snapshot

    def counted(self):
        snapshots.append(self.gen)
        real(self)

    monkeypatch.setattr(GraphPipeline, "_snapshot", counted)
    apart = imported(corpus_store_path, [path], apart=True, monkeypatch=monkeypatch)
    here = imported(copy, [path], apart=False, monkeypatch=monkeypatch)
    assert apart == here
    assert len(snapshots) >= 4  # the first, after the refused batch, and every ~1,500 quads
    refused = [line for line in apart if line.startswith("rejected")]
    assert len(refused) == 1 and str(bad) in refused[0] and "SHACL" in refused[0], what
    assert f"SHACL: {sum(v.severity == 'Violation' for v in expected)} violation(s)" in refused[0]
    assert held(corpus_store_path) == held(copy)
    records_apart = recorded(corpus_store_path)  # the records made in the check process say the same
    assert len(records_apart) >= len(names) and records_apart == recorded(copy)
    raw = ox.Store.read_only(str(corpus_store_path))
    try:
        records = records_by_graph(raw)
    finally:
        del raw
    assert all(records[n] == 1 for n in names) and records[str(bad)] == 0


def recorded(path: Path) -> dict[str, tuple]:
    """Graph -> what its import record says (file, counts, the quads added as text, blank node labels
    made alike: each import renames them apart with a prefix of its own)."""
    osce = "https://w3id.org/osce-kg/ontology#"
    store = ox.Store.read_only(str(path))
    try:
        rows = store.query(f"SELECT ?g ?f ?a ?r ?t WHERE {{ GRAPH <{AUDIT}> {{ ?c <{osce}via> \"import\" ; "
                           f"<http://www.w3.org/ns/prov#used> ?g ; <{osce}sourceFile> ?f ; <{osce}triplesAdded> ?a ; "
                           f"<{osce}triplesRemoved> ?r ; <{osce}addedQuads> ?t }} }}")
        return {row["g"].value: (row["f"].value, row["a"].value, row["r"].value,
                                 sorted(re.sub(r"_:[0-9a-f]{12}", "_:", row["t"].value).splitlines()))
                for row in rows}
    finally:
        del store


def test_a_batch_naming_a_graph_changed_since_the_snapshot_is_checked_again(tmp_path, corpus_store_path,
                                                                             monkeypatch):
    """Two files in one import, the second changing graphs the first wrote (a new snapshot is taken
    before the check reads them): the same outcomes and quads as the check here, the second
    file's version kept, each graph with two records (one per file)."""
    _, docs = variants(corpus_store_path, 1)
    names = sorted(docs)[:12]
    comment = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
    first = write_nquads(tmp_path / "a.nq", [q for n in names for q in docs[n]])
    changed = [q for n in names for q in docs[n]] + [ox.Quad(ox.NamedNode(f"{BASE}id/x"), comment, ox.Literal("b"),
                                                             ox.NamedNode(n)) for n in names]
    second = write_nquads(tmp_path / "b.nq", changed)
    monkeypatch.setattr(importer, "_COMMIT_BATCH", 300)
    monkeypatch.setattr(importer, "_BULK_BATCH", 300)
    stale = []
    real = GraphPipeline._apply

    def seen(self, answer):
        stale.append(answer[0] == "stale")
        return real(self, answer)

    monkeypatch.setattr(GraphPipeline, "_apply", seen)
    copy = tmp_path / "copy"
    shutil.copytree(corpus_store_path, copy)
    apart = imported(corpus_store_path, [first, second], apart=True, monkeypatch=monkeypatch)
    here = imported(copy, [first, second], apart=False, monkeypatch=monkeypatch)
    assert any(stale)
    assert apart == here and all(line.startswith("accepted") for line in apart)
    assert held(corpus_store_path) == held(copy)
    raw = ox.Store.read_only(str(corpus_store_path))
    try:
        assert all(records_by_graph(raw)[n] == 2 for n in names)
        assert len(list(raw.quads_for_pattern(None, comment, ox.Literal("b"), None))) == len(names)
    finally:
        del raw


def test_a_check_process_that_dies_stops_the_import(tmp_path, corpus_store_path, monkeypatch):
    """The check process killed during an import: the import stops with an error saying so, and
    every graph in the store is whole with its record (nothing half-written)."""
    _, docs = variants(corpus_store_path, 1)
    path = write_nquads(tmp_path / "v.nq", [q for quads in docs.values() for q in quads])
    monkeypatch.setattr(importer, "_COMMIT_BATCH", 300)
    monkeypatch.setattr(importer, "_BULK_BATCH", 300)
    real = GraphPipeline.submit
    calls = [0]

    def submit(self, *args, **kwargs):
        calls[0] += 1
        if calls[0] == 3:
            self.process.kill()
            self.process.join()
        return real(self, *args, **kwargs)

    monkeypatch.setattr(GraphPipeline, "submit", submit)
    store = EmbeddedStore(corpus_store_path)
    try:
        with pytest.raises(OsceKgError, match="check process"):
            import_files(store, sources_for([path], None, None), Minter(BASE), check_apart_bytes=0)
    finally:
        store.close()
    present = assert_whole_or_absent(corpus_store_path, docs, [])
    assert 0 < len(present) < len(docs)


def test_an_import_checked_apart_and_killed_leaves_graphs_whole_or_absent(tmp_path, dump_apart):
    """SIGKILL ``osce-kg import`` (its check in a process of its own) into an empty store: after the
    first batches were reported, right after a batch's journal was written, right after a batch
    was bulk-written. Reopened, every graph is whole with its record or absent with none."""
    path, docs = dump_apart
    argv = [sys.executable, "-c", IMPORT, str(path), "--store"]
    partial = 0
    for k, (kill, after_lines, delay) in enumerate((("", 1, 0.0), ("journal:2", 10**6, 0.0),
                                                    ("bulk:3", 10**6, 0.0))):
        target = tmp_path / f"killed{k}"
        env = {**import_env(1500, kill), "OSCE_KG_IMPORT_CHECK_APART_BYTES": "0"}
        told = killed_after([*argv, str(target)], env, after_lines, delay)
        present = assert_whole_or_absent(target, docs, told)
        partial += 0 < len(present) < len(docs)
    assert partial >= 2, "fewer than two kills landed in the middle of the import; the test proved little"


@pytest.fixture
def dump_apart(corpus_store_path, tmp_path) -> tuple[Path, dict[str, list[ox.Quad]]]:
    """The shared graphs then 4 variants of every corpus document, and the variants' quads."""
    shared, docs = variants(corpus_store_path, 4)
    return write_nquads(tmp_path / "variants.nq", shared + [q for quads in docs.values() for q in quads]), docs
