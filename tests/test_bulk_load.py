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
from osce_kg.loader.pipeline import Loader, collect, compiled_shapes
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


def load(store_dir: Path, folder: Path, *, workers: int, extra_shapes: str | None = None,
         pyshacl: bool = False, batch: int = 4, check_workers: int | None = None):
    """Load ``folder``; ``pyshacl``: the loader's gate validates with pySHACL, not the compiled shapes."""
    store = EmbeddedStore(store_dir)
    minter = Minter("http://localhost:8000/")
    loader = Loader(store, minter)
    loader.workers, loader.PARALLEL_FROM, loader.BATCH = workers, 0, batch
    loader.check_workers = check_workers
    if extra_shapes:
        shapes = mapping.shapes_graph(minter) + Graph().parse(data=extra_shapes, format="turtle")
        loader.gate = Gate(store, shapes, loader.ontology, audit=AuditLog(minter.base))
        loader.gate.compiled = None if pyshacl else compiled_shapes(loader.gate)
    elif pyshacl:
        loader.gate.compiled = None
    loader.ensure_reference()
    report = loader.run_sources(collect([folder]), write=True)
    return store, report


def results(report) -> list[list[tuple]]:
    """Each outcome's SHACL results, the shape left out (the test's extra shape is a blank node, named
    anew in each gate's copy of the shapes)."""
    return [[(v.focus_node, v.path, v.value, v.message, v.severity, v.constraint) for v in o.violations]
            for o in report.outcomes]


def loads(store) -> int:
    """The audit records of documents loaded (not the reference graphs' install)."""
    return sum(r.via == "load" for r in AuditLog("http://localhost:8000/").feed(store, limit=1000))


def graphs_of(store) -> dict[URIRef, set]:
    return {g: {t for t in store.graph(g) if t[1] not in TIMES} for g in store.named_graphs()
            if not str(g).endswith("/graph/audit")}


@pytest.mark.parametrize("native,in_workers", [(True, True), (False, True), (False, False)],
                         ids=["store-terms", "checks-in-workers", "checks-here"])
def test_a_parallel_load_gives_the_lines_and_graphs_of_a_sequential_one(folder, tmp_path, monkeypatch, native,
                                                                        in_workers):
    """The sequential load validates with pySHACL in this process; the parallel one checks with the
    compiled shapes in the store's terms here (``_NativeCommits``), or in rdflib terms in the check
    workers, on snapshots (``OSCE_KG_LOAD_NATIVE=0``), or here (and ``OSCE_KG_LOAD_CHECK_IN_WORKERS=0``),
    and commits in batches."""
    monkeypatch.setattr(Loader, "NATIVE", native)
    monkeypatch.setattr(Loader, "CHECK_IN_WORKERS", in_workers)
    one, sequential = load(tmp_path / "one", folder, workers=1, pyshacl=True)
    two, parallel = load(tmp_path / "two", folder, workers=2)
    try:
        assert [o.line() for o in parallel.outcomes] == [o.line() for o in sequential.outcomes]
        assert [o.warnings for o in parallel.outcomes] == [o.warnings for o in sequential.outcomes]
        assert parallel.summary() == sequential.summary()
        assert parallel.skipped == 1 and parallel.rejected == 2
        assert graphs_of(two) == graphs_of(one)
        assert loads(two) == parallel.accepted == loads(one)
    finally:
        one.close()
        two.close()


@pytest.mark.parametrize("pyshacl,native", [(False, True), (False, False), (True, False)],
                         ids=["store-terms", "compiled", "pyshacl"])
def test_a_batch_with_an_invalid_document_commits_the_others(folder, tmp_path, monkeypatch, pyshacl, native):
    """Documents after a rejected one in the same batch are checked on the true view (in the store's
    terms, one by one; or by two check workers: a batch is cut in two runs, and the run after a
    rejected document is checked again here). The lines, SHACL results and graphs are those of a
    one-by-one load validated by pySHACL."""
    monkeypatch.setattr(Loader, "NATIVE", native)
    store, report = load(tmp_path / "store", folder, workers=2, extra_shapes=NO_GEORGIA, pyshacl=pyshacl,
                         check_workers=2)
    one, sequential = load(tmp_path / "one", folder, workers=1, extra_shapes=NO_GEORGIA, pyshacl=True)
    try:
        refused = [o for o in report.outcomes if o.reason and o.reason.startswith("SHACL")]
        assert refused, "the corpus has releases about Georgia"
        for outcome in refused:
            assert any(v.message == "no Georgia in titles" for v in outcome.violations)
            assert "no Georgia in titles" in outcome.line()
        assert [o.line() for o in report.outcomes] == [o.line() for o in sequential.outcomes]
        assert results(report) == results(sequential)
        stored = set(store.named_graphs())
        assert all(o.graph in stored for o in report.outcomes if o.accepted)
        assert not any(o.graph in stored for o in refused)
        assert loads(store) == report.accepted
        assert graphs_of(store) == graphs_of(one)
    finally:
        store.close()
        one.close()


def test_a_reload_replaces_every_graph_as_one_by_one_and_leaves_no_snapshot(folder, tmp_path):
    """A second bulk load of the same files (each graph replaced, the verdicts found on snapshots
    taken every few batches) gives the graphs and lines of a sequential reload; the snapshots
    are gone afterwards."""
    import osce_kg.loader.pipeline as pipeline

    every = pipeline.SNAPSHOT_EVERY
    pipeline.SNAPSHOT_EVERY = 6  # several snapshots, with documents layered over each
    try:
        one, _ = load(tmp_path / "one", folder, workers=1, pyshacl=True)
        one.close()
        one, sequential = load(tmp_path / "one", folder, workers=1, pyshacl=True)
        two, _ = load(tmp_path / "two", folder, workers=2, batch=3)
        two.close()
        two, parallel = load(tmp_path / "two", folder, workers=2, batch=3)
    finally:
        pipeline.SNAPSHOT_EVERY = every
    try:
        assert [o.line() for o in parallel.outcomes] == [o.line() for o in sequential.outcomes]
        assert graphs_of(two) == graphs_of(one)
        # the second load audits the documents whose graphs changed: all of them, unless it ran within
        # the same second as the first (the load time is in each graph)
        for store, report in ((one, sequential), (two, parallel)):
            assert report.accepted <= loads(store) <= 2 * report.accepted
        assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "one", "two"]
    finally:
        one.close()
        two.close()


SHARED = [CORPUS.parent.parent / "shared" / "corpus" / name for name in ("osce-pages", "osce-pages-2")]


@pytest.mark.skipif(not all(p.is_dir() for p in SHARED), reason="the shared pages are not here")
def test_a_killed_bulk_load_leaves_every_document_graph_whole_or_absent_and_audited(tmp_path):
    """SIGKILL ``osce-kg load`` into an embedded store (a bulk load: batches written in one transaction
    each) at several moments: right at its 1st, 33rd and 65th document line, and a little after the
    1st. Opened afterwards, the store holds each document graph whole (as a full load wrote it) or
    not at all, and an audit record for each graph it holds."""
    import os
    import subprocess
    import sys

    from killing import load_killed_after
    from osce_kg.loader.store.embedded import EmbeddedStore as Store

    paths = [str(p) for p in SHARED]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for key in ("OSCE_KG_REMOTE_QUERY_URL", "OSCE_KG_REMOTE_UPDATE_URL"):
        env.pop(key, None)
    full = subprocess.run([sys.executable, "-m", "osce_kg.server.cli", "load", *paths, "--store",
                           str(tmp_path / "full")], env=env, capture_output=True, text=True, timeout=900)
    assert full.returncode in (0, 1), full.stderr[-2000:]
    store = Store(tmp_path / "full", read_only=True)
    whole = {g: stable(store.graph(g)) for g in store.named_graphs() if "/graph/" in str(g)
             and not str(g).endswith(("/graph/audit", "/graph/ontology", "/graph/reference"))}
    store.close()
    assert len(whole) > 100
    partial = 0
    for k, (after_lines, delay) in enumerate(((1, 0.0), (1, 0.4), (33, 0.0), (65, 0.0))):
        target = tmp_path / f"killed{k}"
        seen = load_killed_after([*paths, "--store", str(target)], env, after_lines, delay)
        store = Store(target)
        try:
            present = [g for g in store.named_graphs() if g in whole]
            for g in present:
                assert stable(store.graph(g)) == whole[g], f"{g} is not whole after a kill {delay}s after line {seen}"
                assert store.ask(f"ASK {{ GRAPH ?a {{ ?w <{PROV.used}> <{g}> ; "
                                 "<https://w3id.org/osce-kg/ontology#via> \"load\" } }"), f"{g} has no audit record"
            partial += 0 < len(present) < len(whole)
        finally:
            store.close()
    assert partial >= 2, "fewer than two kills landed in the middle of the load; the test proved little"


def stable(graph) -> set:
    """A graph's triples without the load and activity times (each load stamps its own)."""
    return {t for t in graph if t[1] not in TIMES}


@pytest.mark.parametrize("niceness", [0, 3])
def test_workers_run_at_the_niceness_set(niceness):
    """OSCE_KG_LOAD_WORKER_NICENESS (``pipeline.WORKER_NICENESS``, passed to each worker as it starts):
    the workers' CPU priority is that much lower than the loader's."""
    import os
    from concurrent.futures import ProcessPoolExecutor

    from osce_kg.loader.pipeline import _init_worker, _worker_context

    with ProcessPoolExecutor(1, mp_context=_worker_context(), initializer=_init_worker,
                             initargs=("http://localhost:8000/", "", "", niceness)) as pool:
        assert pool.submit(os.nice, 0).result() == os.nice(0) + niceness


def test_sources_are_read_as_they_come_with_a_missing_path_refused_first(folder, tmp_path):
    """``iter_sources`` gives what ``collect`` lists, one entry at a time (a load of 100,000 files keeps
    no list of them); a path that does not exist is refused before any entry comes."""
    from osce_kg.loader.errors import DocumentError
    from osce_kg.loader.pipeline import iter_sources

    entries = iter_sources([folder])
    assert next(entries) == collect([folder])[0]
    assert [next(entries), *entries] == collect([folder])[1:]
    with pytest.raises(DocumentError):
        iter_sources([folder, tmp_path / "missing"])


def test_the_graphs_claimed_in_a_load_are_kept_on_disk(tmp_path):
    """Two files with one graph key in one load: the second is refused, whichever store (the claims
    live in a temporary SQLite database, not in memory)."""
    from osce_kg.loader.errors import GraphClash
    from osce_kg.loader.pipeline import GraphClaims, _Taken

    a, b = tmp_path / "a-b.txt", tmp_path / "a_b.txt"
    a.write_text("x")
    b.write_text("y")
    claims = GraphClaims(Minter("http://localhost:8000/"), lambda iri: (False, None))
    iri = URIRef("http://localhost:8000/graph/a-b")
    assert claims.claim(iri, "a-b.txt", a) is None
    assert isinstance(claims._taken, _Taken) and claims._taken.get(iri)[0] == "a-b.txt"
    assert claims.claim(iri, "a-b.txt", a) is None  # the same file again
    with pytest.raises(GraphClash, match="taken by a-b.txt"):
        claims.claim(iri, "a_b.txt", b)


def test_a_file_named_twice_in_one_batch_is_committed_as_one_by_one(folder, tmp_path):
    """The same file named twice (in its folder and on its own) gives its graph twice in one batch: that
    batch is committed in rdflib terms (``Gate.commit_many``), the others in the store's terms; the lines,
    graphs and audit records are those of a one-by-one load."""
    again = sorted(folder.glob("*.txt"))[3]
    reports, stores = [], []
    for name, workers in (("one", 1), ("two", 2)):
        store = EmbeddedStore(tmp_path / name)
        loader = Loader(store, Minter("http://localhost:8000/"))
        loader.workers, loader.PARALLEL_FROM, loader.BATCH = workers, 0, 64
        loader.ensure_reference()
        reports.append(loader.run_sources(collect([folder, again]), write=True))
        stores.append(store)
    try:
        sequential, parallel = reports
        assert [o.line() for o in parallel.outcomes] == [o.line() for o in sequential.outcomes]
        assert sum(o.graph == parallel.outcomes[-1].graph for o in parallel.outcomes if o.accepted) == 2
        assert graphs_of(stores[1]) == graphs_of(stores[0])
        assert loads(stores[1]) == loads(stores[0])
    finally:
        for store in stores:
            store.close()


def test_the_store_is_flushed_every_so_many_documents(folder, tmp_path, monkeypatch):
    """OSCE_KG_LOAD_FLUSH_EVERY (``_NativeCommits.FLUSH_EVERY``): a bulk load flushes the store after the
    batch that brings the documents written since the last flush to that many (RocksDB frees the memory
    of what it wrote), and only then."""
    from osce_kg.loader import pipeline

    flushed: list[int] = []
    written: list[int] = []
    apply_native, flush = EmbeddedStore.apply_native, EmbeddedStore.flush

    def counting_apply(self, add, drop=()):
        written.append(len({q.graph_name for q in add}) - 1)  # the document graphs (the audit graph aside)
        return apply_native(self, add, drop)

    monkeypatch.setattr(EmbeddedStore, "apply_native", counting_apply)
    monkeypatch.setattr(EmbeddedStore, "flush", lambda self: (flushed.append(sum(written)), flush(self)))
    monkeypatch.setattr(pipeline._NativeCommits, "FLUSH_EVERY", 10)
    store, report = load(tmp_path / "store", folder, workers=2, batch=4)
    try:
        assert report.accepted >= 20
        assert flushed and flushed == sorted(flushed)
        assert all(b - a >= 10 for a, b in zip([0, *flushed], flushed))
        assert sum(written) - flushed[-1] < 10 + 4  # no more than one batch past the limit unflushed
    finally:
        store.close()


def test_the_checks_kept_lookups_are_forgotten_when_a_batch_changes_them(tmp_path):
    """``StoreView(keep=n)`` keeps a subject's lookups for the next documents' checks, forgets them when a
    batch written adds or removes a quad of that subject (``written``), and keeps at most ``n`` subjects."""
    from osce_kg.loader.store import batchcheck, rdfio

    store = EmbeddedStore(tmp_path / "store")
    try:
        native = store.native
        view = batchcheck.StoreView(native, keep=20)
        s = "http://localhost:8000/id/person/x"
        (quad,) = rdfio.parse_native_nquads(
            f"<{s}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> "
            "<http://localhost:8000/graph/a> .\n".encode())
        subject = quad.subject
        assert not view.has(subject)  # kept: no such subject
        store.apply_native([quad])
        assert not view.has(subject), "a kept lookup answers until it is forgotten"
        view.written([quad])
        assert view.has(subject) and list(view.quads(subject)) == [quad]
        store.apply_native([], [URIRef("http://localhost:8000/graph/a")])
        view.written([quad])
        assert not view.has(subject)
        view.keep = 3
        for k in range(10):
            view.has(rdfio.native_iri(f"{s}{k}"))
        assert len(view._kept) <= 3
        assert list(batchcheck.StoreView(native).quads(subject)) == []  # keep=0: nothing kept, asked each time
    finally:
        store.close()


def test_one_store_view_knows_the_stores_iris_and_is_told_of_every_write(tmp_path):
    """The IRIs a view knows (``Gate.batches`` for imports, a bulk load's checks): an IRI outside them is
    answered "nothing" without asking the store, each write's IRIs join them (``written``, ``note``), and
    past ``iris_max`` the set is dropped and the store asked again (memory does not grow with a load)."""
    from osce_kg.loader.store import batchcheck, rdfio

    store = EmbeddedStore(tmp_path / "store")
    try:
        native = store.native
        a, b = "http://localhost:8000/id/person/a", "http://localhost:8000/id/person/b"
        qa, qb = rdfio.parse_native_nquads(
            f"<{a}> <http://xmlns.com/foaf/0.1/knows> <{b}> <http://localhost:8000/graph/a> .\n"
            f"<{b}> <http://xmlns.com/foaf/0.1/knows> <{a}> <http://localhost:8000/graph/b> .\n".encode())
        view = batchcheck.StoreView(native, iris=batchcheck.store_iris(native, 100), keep=10, iris_max=2)
        assert view.iris == set()
        store.apply_native([qa])
        assert not view.has(qa.subject), "an IRI the view does not know is not asked"
        view.written([qa])
        assert view.iris == {qa.subject, qa.object}
        assert view.has(qa.subject) and view.has(None, None, qa.object)
        store.apply_native([qb])
        view.note([qb.subject, rdfio.native_iri("http://localhost:8000/id/person/c")])
        assert view.iris is None, "past iris_max the set is dropped"
        assert list(view.quads(None, None, qb.object)) == [qb]  # asked of the store from now on
    finally:
        store.close()


def test_a_bulk_loads_checks_and_an_imports_batches_read_one_kind_of_view(tmp_path, monkeypatch):
    """Both paths that spare the checks' store lookups use ``batchcheck.StoreView`` itself (no wrapper that
    passes other methods through uncached): a bulk load's view keeps lookups and knows the store's IRIs, an
    import's knows the store's IRIs; a bulk load gives the same graphs with the set off
    (``IRIS_MAX`` 0) and with a set small enough to be dropped mid-load."""
    from osce_kg.loader import pipeline
    from osce_kg.loader.importer import import_gate
    from osce_kg.loader.store import batchcheck

    seen: list = []
    commit = pipeline._NativeCommits.commit

    def spying(self, *args, **kwargs):
        view = self.view
        seen.append((type(view), view.keep, view.iris_max, None if view.iris is None else len(view.iris)))
        return commit(self, *args, **kwargs)

    monkeypatch.setattr(pipeline._NativeCommits, "commit", spying)
    folder = tmp_path / "docs"
    folder.mkdir()
    for page in sorted(CORPUS.glob("*.txt"))[:24]:
        shutil.copy(page, folder / page.name)
    graphs = {}
    first = 0  # the IRIs the store holds when the documents' checks start (the reference data's)
    for run in ("set", "off", "dropped"):
        iris_max = {"set": 250_000, "off": 0, "dropped": first + 40}[run]
        monkeypatch.setattr(pipeline._NativeCommits, "IRIS_MAX", iris_max)
        seen.clear()
        store, report = load(tmp_path / f"store-{run}", folder, workers=2, batch=4)
        try:
            assert report.accepted >= 12
            graphs[run] = graphs_of(store)
        finally:
            store.close()
        assert seen and all(kind is batchcheck.StoreView and keep == pipeline._NativeCommits.KEEP
                            for kind, keep, _, _ in seen)
        sizes = [size for *_, size in seen]
        if run == "set":
            assert all(size is not None for size in sizes) and sizes == sorted(sizes) and sizes[-1] > sizes[0]
            first = sizes[0]
        elif run == "off":
            assert set(sizes) == {None}
        else:  # known at first, dropped once past its limit
            assert sizes[0] is not None and sizes[-1] is None
    assert graphs["set"] == graphs["off"] == graphs["dropped"]
    store = EmbeddedStore(tmp_path / "store-set")
    try:
        gate = import_gate(store, Minter("http://localhost:8000/"))
        with gate.batches():
            assert type(gate._view) is batchcheck.StoreView and gate._view.iris
            assert gate._native_batches()[1] is gate._view
        assert gate._view is None
    finally:
        store.close()


def test_a_bulk_load_started_ahead_takes_the_reference_data_from_a_worker_then_from_the_cache(
        folder, tmp_path, monkeypatch):
    """With the workers started ahead (``osce-kg load`` of 40 documents or more), the reference data's
    triples are made by a worker (its fork server has the reference data loaded already), not in this
    process, and kept in the cache folder; the next load reads them from there (no worker asked, nothing
    made here). The reference graphs written are those made here, each time."""
    from osce_kg.loader import pipeline

    minter = Minter("http://localhost:8000/")
    monkeypatch.setenv("OSCE_KG_CACHE_DIR", str(tmp_path / "cache-one"))
    stores = [EmbeddedStore(tmp_path / name) for name in ("one", "two", "three")]
    try:
        Loader(stores[0], minter).ensure_reference()
        monkeypatch.setenv("OSCE_KG_CACHE_DIR", str(tmp_path / "cache"))
        assert pipeline.cached_reference(Loader(stores[1], minter).reference_cache) is None

        def made_here(*args, **kwargs):
            raise AssertionError("the reference data was made in the loader's process")

        monkeypatch.setattr(mapping, "reference_triples", made_here)
        for store in stores[1:]:
            loader = Loader(store, minter)
            loader.workers = 2
            cached = pipeline.cached_reference(loader.reference_cache) is not None
            loader.start_workers(50, iter(collect([folder])))
            try:
                loader._started[2].join()  # type: ignore[index]
                assert (loader._reference_ahead.result() is None) == cached  # type: ignore[union-attr]
                assert loader.ensure_reference()
            finally:
                loader.stop_workers()
        assert cached, "the third load read the cache the second one wrote"
        reference = minter.graph("reference")
        first, *others = [{t for t in store.graph(reference) if t[1] not in TIMES} for store in stores]
        assert all(other == first for other in others)
    finally:
        for store in stores:
            store.close()


def test_the_reference_cache_is_named_once_when_the_load_starts(tmp_path, monkeypatch):
    """The cache file's name is taken from the code when the load starts (``Loader``), not when it is read
    or written: code changed on disk under a running load (here: what ``code_digest`` reads from disk
    from then on) neither gives the load a newer load's triples nor has the load keep its own triples
    under the newer code's name."""
    from rdflib import Literal

    from osce_kg.loader import pipeline

    minter = Minter("http://localhost:8000/")
    monkeypatch.setenv("OSCE_KG_CACHE_DIR", str(tmp_path / "cache"))
    store = EmbeddedStore(tmp_path / "store")
    try:
        loader = Loader(store, minter)  # the load starts: its code is the code on disk now
        started = loader.reference_cache
        assert started == pipeline._reference_cache_file(minter.base, pipeline.code_digest())
        monkeypatch.setattr(pipeline, "code_digest", lambda: "newer code")  # the code on disk changes
        newer = pipeline._reference_cache_file(minter.base, "newer code")
        assert newer is not None and newer != started
        planted = (URIRef("http://localhost:8000/id/state/planted"), URIRef("http://example.org/p"), Literal("x"))
        pipeline.keep_reference(newer, {planted})  # a load of the newer code kept its triples
        assert loader.reference_cache == started
        assert loader.ensure_reference()
        graph = set(store.graph(minter.graph("reference")))
        assert planted not in graph
        assert {t for t in graph if t[1] not in TIMES} >= mapping.reference_triples(minter)
        assert pipeline.cached_reference(started) == mapping.reference_triples(minter)  # kept under its own name
    finally:
        store.close()


def test_reference_triples_made_by_a_worker_of_other_code_are_made_again(tmp_path, monkeypatch):
    """A worker's fork server imports the loader after the load started: if the code on disk changed
    between the two, the triples it made are not this load's code's, so they are neither kept under
    this load's name nor written; they are made in the loader's process instead."""
    from concurrent.futures import Future

    from rdflib import Literal

    from osce_kg.loader import pipeline

    minter = Minter("http://localhost:8000/")
    monkeypatch.setenv("OSCE_KG_CACHE_DIR", str(tmp_path / "cache"))
    store = EmbeddedStore(tmp_path / "store")
    try:
        loader = Loader(store, minter)
        odd = {(URIRef("http://localhost:8000/id/state/odd"), URIRef("http://example.org/p"), Literal("x"))}
        for digest, expected in (("other code", None), (loader._code_digest, odd)):
            made, ahead = Future(), Future()
            made.set_result((digest, odd))
            ahead.set_result(made)
            loader._reference_ahead = ahead
            assert loader._reference_from_workers() == expected
        made, ahead = Future(), Future()
        made.set_result(("other code", odd))
        ahead.set_result(made)
        loader._reference_ahead = ahead
        assert loader.ensure_reference()
        assert not any(t in odd for t in store.graph(minter.graph("reference")))
        assert pipeline.cached_reference(loader.reference_cache) == mapping.reference_triples(minter)
    finally:
        store.close()


def test_a_reference_cache_file_that_cannot_be_read_is_made_again(tmp_path, monkeypatch):
    """The cache file is read with marshal and checked row by row: a file cut short or of another shape is
    ignored (the triples are made again and the file written again), and the triples read back are
    exactly those made."""
    from osce_kg.loader import pipeline

    minter = Minter("http://localhost:8000/")
    monkeypatch.setenv("OSCE_KG_CACHE_DIR", str(tmp_path / "cache"))
    made = mapping.reference_triples(minter)
    path = pipeline._reference_cache_file(minter.base, pipeline.code_digest())
    assert path is not None
    pipeline.keep_reference(path, made)
    assert pipeline.cached_reference(path) == made
    whole = path.read_bytes()
    import marshal

    for broken in (whole[: len(whole) // 2], b"", marshal.dumps([("x",)]), marshal.dumps({"a": 1})):
        path.write_bytes(broken)
        assert pipeline.cached_reference(path) is None
    # another base, another file
    assert pipeline.cached_reference(pipeline._reference_cache_file("http://elsewhere.example/",
                                                                    pipeline.code_digest())) is None
    store = EmbeddedStore(tmp_path / "store")
    try:
        path.write_bytes(b"garbage")
        assert Loader(store, minter).ensure_reference()
        assert pipeline.cached_reference(path) == made
    finally:
        store.close()
