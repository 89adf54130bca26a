"""The gate's check of a batch of graph replacements in the store's terms (``loader/store/batchcheck.py``).

It must find what the gate finds graph by graph (pySHACL, the oracle, through ``Gate.check``),
blame each result on the graph that caused it, write accepted graphs whole with their audit
records (replacing graphs that exist), and fall back to the gate's one-by-one verdicts when
a graph of the batch breaks a shape.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from osce_kg.loader import mapping
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.gate import Gate
from osce_kg.loader.importer import import_files, import_gate, sources_for
from osce_kg.loader.iri import Minter
from osce_kg.loader.store import EmbeddedStore
from osce_kg.loader.store import batchcheck
from osce_kg.loader.store.base import Change
from osce_kg.loader.store.embedded import to_ox
from osce_kg.loader.store.shapecheck import compile_shapes, result_key
from test_shapecheck import mutated_documents

BASE = "http://localhost:8000/"
AUDIT = URIRef(f"{BASE}graph/audit")
OSCE = "https://w3id.org/osce-kg/ontology#"


def ox_quads(graph: Graph, name: URIRef) -> list[ox.Quad]:
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(name)) for s, p, o in graph]


def native_check(gate: Gate, batch: list[tuple[URIRef, Graph]]) -> batchcheck.BatchCheck:
    idx = batchcheck.NativeIndex.of(gate)
    return batchcheck.check_replacements(gate, idx, gate.compiled, batchcheck.StoreView(gate.store.native),
                                         [(to_ox(name), ox_quads(g, name)) for name, g in batch])


def test_one_graph_batches_give_the_gates_verdicts(corpus_store_path):
    """Each broken document, as a one-graph batch: the verdict and the results of ``Gate.check`` with pySHACL."""
    minter = Minter(BASE)
    shapes, ontology = mapping.shapes_graph(minter), mapping.ontology_graph(minter)
    store = EmbeddedStore(corpus_store_path)
    try:
        slow = Gate(store, shapes, ontology, audit=AuditLog(BASE))  # pySHACL
        fast = Gate(store, shapes, ontology, audit=AuditLog(BASE))
        fast.compiled = compile_shapes(shapes, ontology)
        tried = rejected = 0
        for what, name, doc in mutated_documents(store):
            expected = slow.check(Change(replace={name: doc}))
            found = native_check(fast, [(name, doc)])
            assert found.conforms == expected.conforms, what
            assert Counter(map(result_key, found.results)) == Counter(map(result_key, expected.violations)), what
            tried += 1
            rejected += not expected.conforms
        assert tried >= 10 and rejected >= 5
    finally:
        store.close()


def test_a_batch_blames_each_result_on_its_graph(corpus_store_path):
    """Broken documents and untouched ones in one batch: every blocking result is blamed on the graph
    whose fault it is (the one-graph check of that graph finds it), none on a graph left as it was."""
    minter = Minter(BASE)
    store = EmbeddedStore(corpus_store_path)
    try:
        gate = import_gate(store, minter)
        broken: dict[URIRef, Graph] = {}
        for _, name, doc in mutated_documents(store):
            broken.setdefault(name, doc)
        clean = [g for g in store.named_graphs() if "/graph/pr-" in str(g) and g not in broken][:5]
        batch = list(broken.items()) + [(g, store.graph(g)) for g in clean]
        together = native_check(gate, batch)
        assert not together.conforms
        for name, doc in broken.items():
            alone = {result_key(v) for v in native_check(gate, [(name, doc)]).results if v.severity == "Violation"}
            blamed = {result_key(v) for v in together.results_of(to_ox(name)) if v.severity == "Violation"}
            assert alone <= blamed, name
        for name in clean:
            assert not [v for v in together.results_of(to_ox(name)) if v.severity == "Violation"], name
    finally:
        store.close()


def write_nquads(path: Path, quads: list[ox.Quad]) -> Path:
    ox.serialize(quads, str(path), ox.RdfFormat.N_QUADS)
    return path


def store_quads(path: Path) -> set[ox.Quad]:
    store = ox.Store.read_only(str(path))
    try:
        return {q for q in store if q.graph_name != to_ox(AUDIT)}
    finally:
        del store


def export_quads(path: Path) -> list[ox.Quad]:
    store = ox.Store.read_only(str(path))
    try:
        return [q for q in store if q.graph_name != to_ox(AUDIT)]
    finally:
        del store


@pytest.mark.parametrize("interleaved", [False, True], ids=["graph-runs", "interleaved"])
def test_batches_write_what_one_by_one_writes(tmp_path, corpus_store_path, monkeypatch, interleaved):
    """The corpus imported in small batches (each written on a thread while the next is checked) and
    through ``commit_many`` graph by graph: the same outcomes, the same quads, one audit record per
    graph naming the file and the graph. Interleaved lines go through the scratch store."""
    from osce_kg.loader import importer

    quads = export_quads(corpus_store_path)
    if interleaved:  # every graph's lines spread over the file: not one run per graph
        quads.sort(key=lambda q: (q.subject.value, q.predicate.value, str(q.object)))
    dump = write_nquads(tmp_path / "corpus.nq", quads)
    monkeypatch.setattr(importer, "_COMMIT_BATCH", 300)
    reports = {}
    for how in ("batches", "one-by-one"):
        if how == "one-by-one":
            monkeypatch.setattr(Gate, "_native_batches", lambda self: None)
        store = EmbeddedStore(tmp_path / how)
        try:
            reports[how] = import_files(store, sources_for([dump], None, None), Minter(BASE))
        finally:
            store.close()
    a, b = reports["batches"], reports["one-by-one"]
    assert a.rejected == 0 and b.rejected == 0
    assert sorted(o.line() for o in a.outcomes) == sorted(o.line() for o in b.outcomes)
    assert store_quads(tmp_path / "batches") == store_quads(tmp_path / "one-by-one") == set(quads)
    store = ox.Store.read_only(str(tmp_path / "batches"))
    try:
        rows = list(store.query(f"SELECT ?g ?f ?n WHERE {{ GRAPH <{AUDIT}> {{ ?c <{OSCE}via> \"import\" ; "
                                f"<{OSCE}sourceFile> ?f ; <http://www.w3.org/ns/prov#used> ?g ; "
                                f"<{OSCE}triplesAdded> ?n }} }}"))
    finally:
        del store
    graphs = Counter(q.graph_name.value for q in quads)
    assert {r["g"].value: int(r["n"].value) for r in rows} == dict(graphs)
    assert len(rows) == len(graphs) and {r["f"].value for r in rows} == {"corpus.nq"}


def named(q: ox.Quad) -> bool:
    """No blank node in it (an import renames blank nodes apart)."""
    return not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)


def test_an_import_replaces_existing_graphs_whole(tmp_path, corpus_store_path):
    """Graphs the store holds, imported changed: what the file says replaces them (their blank nodes too),
    with a record counting what was added and removed."""
    store = ox.Store.read_only(str(corpus_store_path))
    try:
        names = sorted(g.value for g in store.named_graphs() if "/graph/pr-" in g.value)[:3]
        before = {n: list(store.quads_for_pattern(None, None, None, ox.NamedNode(n))) for n in names}
    finally:
        del store
    comment = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
    for word in ("one", "two"):  # the second import removes the first's comment
        new = [q for quads in before.values() for q in quads]
        new += [ox.Quad(ox.NamedNode(f"{BASE}id/release/x"), comment, ox.Literal(word), ox.NamedNode(n)) for n in names]
        path = write_nquads(tmp_path / f"fix-{word}.nq", new)
        store = EmbeddedStore(corpus_store_path)
        try:
            report = import_files(store, sources_for([path], None, None), Minter(BASE))
        finally:
            store.close()
    assert report.rejected == 0, [o.line() for o in report.outcomes]
    after = ox.Store.read_only(str(corpus_store_path))
    try:
        for n in names:
            held = list(after.quads_for_pattern(None, None, None, ox.NamedNode(n)))
            assert len(held) == len([q for q in new if q.graph_name.value == n])
            assert {q for q in held if named(q)} == {q for q in new if q.graph_name.value == n and named(q)}
        removed = {r["g"].value: int(r["n"].value) for r in after.query(
            f"SELECT ?g ?n WHERE {{ GRAPH <{AUDIT}> {{ ?c <{OSCE}via> \"import\" ; <{OSCE}sourceFile> \"fix-two.nq\" ; "
            f"<http://www.w3.org/ns/prov#used> ?g ; <{OSCE}triplesRemoved> ?n }} }}")}
        assert not list(after.quads_for_pattern(None, comment, ox.Literal("one"), None))
    finally:
        del after
    assert set(removed) == set(names) and all(n >= 1 for n in removed.values())


def test_a_failed_batch_write_is_reported_and_nothing_of_it_kept(tmp_path, monkeypatch):
    """The store refuses the transaction written on the thread: the import stops with a StoreError,
    and the batch left nothing behind."""
    from osce_kg.loader.errors import StoreError

    lines = "".join(f'<http://ex.org/s{i}> <http://www.w3.org/2000/01/rdf-schema#label> "x" <http://ex.org/g{i}> .\n'
                    for i in range(50))
    (tmp_path / "a.nq").write_text(lines)

    def refuse(self, add, drop=()):
        raise StoreError("write failed, nothing was applied: disk full")

    monkeypatch.setattr(EmbeddedStore, "apply_native", refuse)
    store = EmbeddedStore(tmp_path / "s")
    try:
        with pytest.raises(StoreError, match="disk full"):
            import_files(store, sources_for([tmp_path / "a.nq"], None, None), Minter(BASE))
        assert store.named_graphs() == []
    finally:
        store.close()


def test_an_import_records_what_the_audit_log_records():
    """``batchcheck.audit_record`` (store terms, records of a batch sharing their fixed part) gives
    ``AuditLog.record``'s quads for the same graph, literals with line breaks and escapes included."""
    import datetime as dt

    from osce_kg.loader.store.embedded import to_rdflib

    audit = AuditLog(BASE)
    g = ox.NamedNode("http://ex.org/g")
    quads = [ox.Quad(ox.NamedNode("http://ex.org/s"), ox.NamedNode("http://ex.org/p"),
                     ox.Literal('two\nlines "quoted" \u2028 \x85 é', language="en"), g),
             ox.Quad(ox.BlankNode("b1"), ox.NamedNode("http://ex.org/p"),
                     ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g)]
    now = dt.datetime.now(dt.timezone.utc)
    for _ in range(2):  # the second comes from the batch's template
        mine_id, mine = batchcheck.audit_record(audit, g, quads, quads[:1], actor="cli", file="f.nq", via="import",
                                                now=now)
        theirs_id, theirs = audit.record([tuple(to_rdflib(t) for t in q) for q in quads],
                                         [tuple(to_rdflib(t) for t in quads[0])], actor="cli", file="f.nq",
                                         via="import", now=now)
        assert mine_id != theirs_id and mine_id[:-8] == theirs_id[:-8]

        def shown(records, record_id):
            return sorted(str(q).replace(str(to_ox(audit.iri(record_id))), "<record>") for q in records)

        assert shown(mine, mine_id) == shown([ox.Quad(*(to_ox(t) for t in q)) for q in theirs], theirs_id)


STATE = f"{OSCE}State"
ISO2 = f"{OSCE}iso3166Alpha2"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"


def state_lines(state: str, graph: str, *codes: str, typed: bool = True) -> str:
    """A State (or, ``typed`` False, more about one) with these ISO codes, in ``graph``, as N-Quads."""
    lines = [f'<{state}> <{ISO2}> "{code}" <{graph}> .\n' for code in codes]
    if typed:
        lines += [f"<{state}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{STATE}> <{graph}> .\n",
                  f'<{state}> <{LABEL}> "{state.rsplit("/", 1)[-1]}"@en <{graph}> .\n']
    return "".join(lines)


def test_the_store_is_still_asked_about_what_it_holds(tmp_path, corpus_store_path):
    """``Gate.batches``: the check skips the store for IRIs it has never held, and only for those. A
    new graph giving a State of the corpus store a second ISO code is rejected (the store's first code
    is read), beside a new State of its own, which is accepted."""
    store = ox.Store.read_only(str(corpus_store_path))
    try:
        state, code = next((q.subject.value, q.object.value) for q in store.quads_for_pattern(
            None, ox.NamedNode(ISO2), None, None))
    finally:
        del store
    path = tmp_path / "fix.nq"
    path.write_text(state_lines(state, "http://ex.org/g/second-code", "ZZ" if code != "ZZ" else "ZY", typed=False)
                    + state_lines("http://ex.org/state/new", "http://ex.org/g/new-state", "ZX"))
    store = EmbeddedStore(corpus_store_path)
    try:
        report = import_files(store, sources_for([path], None, None), Minter(BASE))
    finally:
        store.close()
    outcomes = {str(o.graph): o for o in report.outcomes}
    assert outcomes["http://ex.org/g/new-state"].accepted
    assert not outcomes["http://ex.org/g/second-code"].accepted
    reason = outcomes["http://ex.org/g/second-code"].reason or ""
    assert f"<{state}>" in reason and "must be one code" in reason  # s:State-iso2: sh:maxCount 1


@pytest.mark.parametrize("first", ["alone", "beside-a-broken-graph"])
def test_what_an_import_wrote_is_known_to_its_later_batches(tmp_path, monkeypatch, first):
    """An IRI a batch wrote (bulk, in a transaction, or graph by graph after a broken graph in its
    batch) is asked of the store by every later batch of the import (``Gate.batches`` adds it): a
    second ISO code for a State written two batches earlier is rejected, in an empty store too."""
    from osce_kg.loader import importer

    monkeypatch.setattr(importer, "_COMMIT_BATCH", 3)
    monkeypatch.setattr(importer, "_BULK_BATCH", 3)
    zed = "http://ex.org/state/zed"
    text = state_lines(zed, "http://ex.org/g/zed", "ZZ")  # 3 quads: a batch of its own
    if first == "beside-a-broken-graph":  # the same batch: it goes graph by graph (Gate.commit_many)
        monkeypatch.setattr(importer, "_COMMIT_BATCH", 6)
        monkeypatch.setattr(importer, "_BULK_BATCH", 6)
        text = state_lines("http://ex.org/state/bad", "http://ex.org/g/bad", "ZA", "ZB") + text
    for i in range(3):  # batches between
        text += state_lines(f"http://ex.org/state/s{i}", f"http://ex.org/g/s{i}", "QQ")
        text += state_lines(f"http://ex.org/state/t{i}", f"http://ex.org/g/t{i}", "QQ")
    text += state_lines(zed, "http://ex.org/g/zed-again", "ZY", typed=False)
    path = tmp_path / "states.nq"
    path.write_text(text)
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = import_files(store, sources_for([path], None, None), Minter(BASE))
    finally:
        store.close()
    outcomes = {str(o.graph): o.accepted for o in report.outcomes}
    assert outcomes["http://ex.org/g/zed"] and outcomes["http://ex.org/g/s2"]
    assert outcomes.get("http://ex.org/g/bad", False) is False
    assert outcomes["http://ex.org/g/zed-again"] is False


def test_the_collector_is_off_while_an_import_runs_and_as_it_was_after(tmp_path):
    """``import_files`` holds CPython's cyclic collector off while it checks and writes (a full collection
    every batch cost 17% of a million-quad import), and leaves it as it found it, after a refusal too."""
    import gc

    path = tmp_path / "states.nq"
    path.write_text(state_lines("http://ex.org/state/a", "http://ex.org/g/a", "AA")
                    + state_lines("http://ex.org/state/b", "http://ex.org/g/b", "AB", "AC"))
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://ex.org/s> <http://ex.org/p> .\n")
    seen: list[bool] = []
    assert gc.isenabled()
    try:
        for was in (True, False):
            (gc.enable if was else gc.disable)()
            store = EmbeddedStore(tmp_path / f"store-{was}")
            try:
                report = import_files(store, sources_for([path, bad], None, None), Minter(BASE),
                                      progress=lambda outcome: seen.append(gc.isenabled()))
            finally:
                store.close()
            assert [o.accepted for o in report.outcomes] == [True, False, False]
            assert gc.isenabled() is was
    finally:
        gc.enable()
    assert seen and not any(seen)


def test_a_restore_holds_the_collector_off_too(tmp_path):
    """``restore`` (what its first pass gathers grows with the dump) also runs with the collector off,
    and leaves it on."""
    import gc

    from osce_kg.loader.importer import restore

    path = tmp_path / "dump.nq"
    path.write_text(state_lines("http://ex.org/state/a", "http://ex.org/g/a", "AA"))
    seen: list[bool] = []
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = restore(store, sources_for([path], None, None), Minter(BASE),
                         parsed=lambda n: seen.append(gc.isenabled()))
    finally:
        store.close()
    assert report.restored and report.quads == 3, report.summary()
    assert seen and not any(seen) and gc.isenabled()


def test_the_iris_of_a_store_over_the_limit_are_not_read(corpus_store_path):
    """``Gate.batches(limit)``: a store of more than ``limit`` quads is asked about every IRI as before
    (its IRIs not kept in memory); at most ``limit``, every IRI of its named graphs is read, and the set
    is dropped when the import ends."""
    store = EmbeddedStore(corpus_store_path)
    try:
        gate = import_gate(store, Minter(BASE))
        held = len(store.native)
        state = next(store.native.quads_for_pattern(None, ox.NamedNode(ISO2), None, None)).subject
        with gate.batches(limit=held - 1):
            assert gate._view.iris is None
        with gate.batches(limit=held):
            iris = gate._view.iris
            assert iris is not None and state in iris
            assert not any(isinstance(t, (ox.Literal, ox.BlankNode)) for t in iris)
        assert gate._view is None
    finally:
        store.close()
