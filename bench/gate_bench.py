"""How the write gate's cost grows with the store, on real-shaped documents sharing hubs.

Every document of the bundled corpus (``corpus/``) is mapped with the project's
mapping (``Loader.change_for``) into a template; the store of size N holds N variants
of them (template ``i % len(templates)``, its document-local IRIs and blank nodes
renamed, so every variant is new) next to the real ontology and reference data, bulk-
loaded on disk. The reference resources stay shared: every variant links to the same
States, fields of work, posts and the Secretariat, as real documents do, so a hub's
neighbourhood grows with the store (a post's ``org:heldBy`` has one value per variant
that names a holder).

Two costs are measured per store, with fresh variants never in it:

* **check**: ``Gate.check`` of one new document (median over ``--runs``, the sizes
  interleaved run by run so load from other processes hits them alike);
* **batch**: ``Gate.commit_many`` of ``--batch`` new documents (one call, one
  transaction, with audit records), as documents per second; ``--rounds`` batches per
  store, interleaved, the best kept (RocksDB's background work after the bulk load
  counts in the process's CPU time and disturbs single rounds).

Both are measured in CPU time of the benchmark process (all its threads, RocksDB's
included), so other processes on a shared machine do not skew them (the batch's wall-
clock speed is shown beside), and reported as ratios against a peer measured in the
same run: the check against the smallest non-empty store (target <= 1.2x), the
batch's speed against the empty store (reference data only; target >= 0.8x).

    python bench/gate_bench.py                                # 0, 1,000, 10,000 and 100,000 documents
    python bench/gate_bench.py --sizes 0 1000 10000 --runs 20 --batch 500
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef

from osce_kg.loader import mapping
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.errors import OsceKgError
from osce_kg.loader.extract import read_document
from osce_kg.loader.gate import Gate, GateResult
from osce_kg.loader.iri import Minter
from osce_kg.loader.pipeline import ONTOLOGY_GRAPH, REFERENCE_GRAPH, Loader
from osce_kg.loader.store import Change, EmbeddedStore

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
BASE = "http://localhost:8000/"
LOADED_AT = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


class Template:
    """A mapped document graph whose local IRIs can be renamed per variant."""

    def __init__(self, loader: Loader, shared: set[URIRef], path: Path) -> None:
        self.graph_iri, graph = loader.change_for(read_document(path), LOADED_AT)
        local = {s for s in graph.subjects() if isinstance(s, URIRef) and s not in shared}
        local.add(self.graph_iri)
        # longest first, so an IRI that prefixes another is not renamed inside it
        local_iris = sorted((str(x) for x in local), key=len, reverse=True)
        lines = []
        for line in graph.serialize(format="nt").splitlines():
            if not line.strip():
                continue
            for iri in local_iris:
                line = line.replace(f"<{iri}>", f"<{iri}-v@@>")
            line = line.replace("_:", "_:v@@x")
            lines.append(line[:-1].rstrip() + f" <{self.graph_iri}-v@@> .")
        self.text = "\n".join(lines) + "\n"
        self.size = len(graph)

    def nquads(self, i: int) -> str:
        """Variant ``i`` as N-Quads text in its own graph (renaming is one string replace)."""
        return self.text.replace("@@", str(i))

    def change(self, i: int) -> Change:
        """Variant ``i`` as the change the loader would send through the gate."""
        ds = Dataset()
        ds.parse(data=self.nquads(i), format="nquads")
        graph = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):  # fresh blank nodes, as from a document
            graph.add((s, p, o))
        return Change(replace={URIRef(f"{self.graph_iri}-v{i}"): graph})


def templates(minter: Minter) -> list[Template]:
    """One template per corpus document the mapping accepts."""
    loader = Loader(EmbeddedStore(None), minter)
    shared = set(mapping.reference_graph(minter).subjects())
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        try:
            out.append(Template(loader, shared, path))
        except OsceKgError:
            continue
    return out


def variant(pool: list[Template], i: int) -> Change:
    return pool[i % len(pool)].change(i)


def build_store(path: Path, pool: list[Template], minter: Minter, size: int) -> EmbeddedStore:
    """A store of ``size`` variants plus the ontology and reference data, bulk-loaded."""
    dump = path.with_suffix(".nq")
    with dump.open("w", encoding="utf-8") as out:
        for key, graph in ((ONTOLOGY_GRAPH, mapping.ontology_graph(minter)),
                           (REFERENCE_GRAPH, mapping.reference_graph(minter))):
            g = minter.graph(key)
            for s, p, o in graph:
                if not isinstance(s, BNode) and not isinstance(o, BNode):
                    out.write(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n")
        for i in range(size):
            out.write(pool[i % len(pool)].nquads(i))
    store = EmbeddedStore(path)
    with open(dump, "rb") as stream:
        store.bulk_load_stream(stream, "nquads")
    dump.unlink()
    return store


def time_check(gate: Gate, change: Change) -> float:
    """CPU seconds of this process (all its threads) for one check: other processes' load does not count."""
    start = time.process_time()
    result = gate.check(change)
    elapsed = time.process_time() - start
    if not result.conforms:
        raise SystemExit(f"a variant does not conform: {result.violations[:3]}")
    if not result.added:
        raise SystemExit("a variant added nothing: the benchmark would measure nothing")
    return elapsed


def time_batch(gate: Gate, changes: list[Change]) -> tuple[float, float]:
    """Documents per CPU second and per wall-clock second through one ``commit_many`` call."""
    start, wall = time.process_time(), time.perf_counter()
    results = gate.commit_many(changes, actor="bench", via="load")
    cpu, wall = time.process_time() - start, time.perf_counter() - wall
    refused = [r for r in results if not isinstance(r, GateResult)]
    if refused:
        raise SystemExit(f"{len(refused)} variant(s) refused: {refused[0]}")
    return len(changes) / cpu, len(changes) / wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=30, help="single-document checks per store")
    parser.add_argument("--batch", type=int, default=1_000, help="documents in the batch (0: skip it)")
    parser.add_argument("--rounds", type=int, default=2, help="batches per store (the best is kept)")
    args = parser.parse_args(argv)
    minter = Minter(BASE)
    pool = templates(minter)
    print(f"{len(pool)} corpus documents as templates, {statistics.mean(t.size for t in pool):.0f} triples "
          "each on average", flush=True)
    shapes, ontology = mapping.shapes_graph(minter), mapping.ontology_graph(minter)
    sizes = sorted(set(args.sizes))
    fresh = 10_000_000  # variant numbers never in a store
    with tempfile.TemporaryDirectory() as tmp:
        gates: dict[int, Gate] = {}
        for size in sizes:
            start = time.perf_counter()
            store = build_store(Path(tmp) / f"store-{size}", pool, minter, size)
            print(f"{size:>8} documents  {store.quad_count():>9} quads  built in "
                  f"{time.perf_counter() - start:.1f} s", flush=True)
            gates[size] = Gate(store, shapes, ontology, audit=AuditLog(BASE))
            for _ in range(3):  # warm-up
                time_check(gates[size], variant(pool, fresh))
                fresh += 1
        checks: dict[int, list[float]] = {size: [] for size in sizes}
        for run in range(args.runs):
            template = pool[run % len(pool)]  # the same document for every size in a run
            for size, gate in gates.items():
                checks[size].append(time_check(gate, template.change(fresh)))
                fresh += 1
        speeds: dict[int, tuple[float, float]] = {}
        if args.batch:
            for _ in range(args.rounds):  # interleaved; the best round per size (the least disturbed)
                for size, gate in gates.items():
                    changes = [variant(pool, fresh + i) for i in range(args.batch)]
                    fresh += args.batch
                    speed = time_batch(gate, changes)
                    speeds[size] = max(speeds.get(size, speed), speed)
        for gate in gates.values():
            gate.store.close()
    return report(sizes, checks, speeds, args.batch)


def report(sizes: list[int], checks: dict[int, list[float]], speeds: dict[int, tuple[float, float]],
           batch: int) -> int:
    """Print the table and the two targets; 0 if both are met."""
    medians = {size: statistics.median(times) for size, times in checks.items()}
    peer = min((s for s in sizes if s > 0), default=sizes[0])
    empty = sizes[0]
    print(f"\n{'documents':>10} {'check median':>13} {'p90':>8} {'vs ' + str(peer):>9}"
          + (f" {'batch docs/s':>13} {'vs ' + str(empty):>9} {'(wall docs/s)':>14}" if speeds else ""))
    for size in sizes:
        ordered = sorted(checks[size])
        line = (f"{size:>10} {medians[size] * 1000:>10.1f} ms {ordered[int(len(ordered) * 0.9) - 1] * 1000:>5.1f} ms "
                f"{medians[size] / medians[peer]:>8.2f}x")
        if speeds:
            line += (f" {speeds[size][0]:>13.1f} {speeds[size][0] / speeds[empty][0]:>8.2f}x"
                     f" {speeds[size][1]:>14.1f}")
        print(line)
    largest = sizes[-1]
    ok = True
    check_ratio = medians[largest] / medians[peer]
    print(f"\none document's check at {largest} vs {peer} documents: {check_ratio:.2f}x (target <= 1.2x)")
    ok &= check_ratio <= 1.2
    if speeds:
        batch_ratio = speeds[largest][0] / speeds[empty][0]
        print(f"{batch} documents into {largest} vs into {empty} documents: {batch_ratio:.2f}x the speed "
              "(target >= 0.8x)")
        ok &= batch_ratio >= 0.8
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
