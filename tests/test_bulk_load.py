"""Bulk loads: documents read and mapped in worker processes, written in batches through
``Gate.commit_many``; the outcomes, their order and the stored graphs are those of a
one-by-one load."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import PROV

from osce_kg.loader import mapping
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.gate import Gate
from osce_kg.loader.iri import Minter
from osce_kg.loader.pipeline import Loader, collect
from osce_kg.loader.store import EmbeddedStore

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TIMES = (PROV.generatedAtTime, PROV.startedAtTime, PROV.endedAtTime)

#: an extra shape for the tests: no publication's title may name Georgia
NO_GEORGIA = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dct: <http://purl.org/dc/terms/> .
<urn:test:NoGeorgia> a sh:NodeShape ; sh:targetClass <https://w3id.org/osce-kg/ontology#Publication> ;
  sh:property [ sh:path dct:title ; sh:pattern "^(?!.*Georgia)" ; sh:message "no Georgia in titles" ] .
"""


@pytest.fixture
def folder(tmp_path) -> Path:
    """The example corpus, an empty file (rejected), a file whose key clashes, a FIFO (skipped)."""
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS, docs, ignore=shutil.ignore_patterns("__*"))
    (docs / "aaa-empty.txt").write_bytes(b"")
    first = sorted(docs.glob("*.txt"))[1]
    shutil.copy(first, docs / (first.stem.upper() + ".txt"))
    import os
    os.mkfifo(docs / "zz-fifo.txt")
    return docs


def load(store_dir: Path, folder: Path, *, workers: int, extra_shapes: str | None = None):
    store = EmbeddedStore(store_dir)
    minter = Minter("http://localhost:8000/")
    loader = Loader(store, minter)
    loader.workers, loader.PARALLEL_FROM, loader.BATCH = workers, 0, 4
    if extra_shapes:
        shapes = mapping.shapes_graph(minter) + Graph().parse(data=extra_shapes, format="turtle")
        loader.gate = Gate(store, shapes, loader.ontology, audit=AuditLog(minter.base))
    loader.ensure_reference()
    report = loader.run_sources(collect([folder]), write=True)
    return store, report


def graphs_of(store) -> dict[URIRef, set]:
    return {g: {t for t in store.graph(g) if t[1] not in TIMES} for g in store.named_graphs()
            if not str(g).endswith("/graph/audit")}


def test_a_parallel_load_gives_the_lines_and_graphs_of_a_sequential_one(folder, tmp_path):
    one, sequential = load(tmp_path / "one", folder, workers=1)
    two, parallel = load(tmp_path / "two", folder, workers=2)
    try:
        assert [o.line() for o in parallel.outcomes] == [o.line() for o in sequential.outcomes]
        assert [o.warnings for o in parallel.outcomes] == [o.warnings for o in sequential.outcomes]
        assert parallel.summary() == sequential.summary()
        assert parallel.skipped == 1 and parallel.rejected == 2
        assert graphs_of(two) == graphs_of(one)
        audit = AuditLog("http://localhost:8000/")
        assert len(audit.feed(two, limit=1000)) == parallel.accepted == len(audit.feed(one, limit=1000))
    finally:
        one.close()
        two.close()


def test_a_batch_with_an_invalid_document_commits_the_others(folder, tmp_path):
    store, report = load(tmp_path / "store", folder, workers=2, extra_shapes=NO_GEORGIA)
    try:
        refused = [o for o in report.outcomes if o.reason and o.reason.startswith("SHACL")]
        assert refused, "the corpus has releases about Georgia"
        for outcome in refused:
            assert any(v.message == "no Georgia in titles" for v in outcome.violations)
            assert "no Georgia in titles" in outcome.line()
        stored = set(store.named_graphs())
        assert all(o.graph in stored for o in report.outcomes if o.accepted)
        assert len(AuditLog("http://localhost:8000/").feed(store, limit=1000)) == report.accepted
    finally:
        store.close()
