"""How the write gate's cost grows with the store: one new release against N releases.

A real corpus document is mapped with the project's mapping, then cloned N times (its
document-local IRIs and blank nodes renamed) next to the real reference data and
ontology, and bulk-loaded into a fresh on-disk store. For each size the gate checks
new clones (never in the store) with the project's shapes; the median time per check
is reported, and the ratio between the largest and the smallest store (target <= 2x).

    python bench/gate_bench.py                    # 1,000 and 100,000 releases
    python bench/gate_bench.py --sizes 1000 10000 --runs 30
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef

from osce_kg.loader import mapping
from osce_kg.loader.extract import read_document
from osce_kg.loader.gate import Gate
from osce_kg.loader.iri import Minter
from osce_kg.loader.pipeline import ONTOLOGY_GRAPH, REFERENCE_GRAPH, Loader
from osce_kg.loader.store import Change, EmbeddedStore

REPO = Path(__file__).resolve().parent.parent
DOCUMENT = REPO / "corpus" / "pr-skiplinks-2009-mission-to-georgia-winds-down.txt"
BASE = "http://localhost:8000/"


class Template:
    """A document graph whose local IRIs can be renamed per clone."""

    def __init__(self, minter: Minter, path: Path) -> None:
        loader = Loader(EmbeddedStore(None), minter)
        doc = read_document(path)
        self.graph_iri, graph = loader.change_for(doc, dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
        shared = set(mapping.reference_graph(minter).subjects())
        local = {s for s in graph.subjects() if isinstance(s, URIRef) and s not in shared}
        local.add(self.graph_iri)
        self.graph = graph
        # longest first, so an IRI that prefixes another is not renamed inside it
        local_iris = sorted((str(x) for x in local), key=len, reverse=True)
        lines = []
        for line in graph.serialize(format="nt").splitlines():
            if not line.strip():
                continue
            for iri in local_iris:
                line = line.replace(f"<{iri}>", f"<{iri}-b@@>")
            line = line.replace("_:", "_:b@@x")
            lines.append(line[:-1].rstrip() + f" <{self.graph_iri}-b@@> .")
        self.text = "\n".join(lines) + "\n"

    def clone_nquads(self, i: int) -> str:
        """Clone ``i`` as N-Quads text in its own graph (renaming is one string replace)."""
        return self.text.replace("@@", str(i))

    def clone_graph(self, i: int) -> tuple[URIRef, Graph]:
        ds = Dataset()
        ds.parse(data=self.clone_nquads(i), format="nquads")
        clone = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):  # fresh blank nodes, as from a document
            clone.add((s, p, o))
        return URIRef(f"{self.graph_iri}-b{i}"), clone


def build_store(path: Path, template: Template, minter: Minter, size: int) -> EmbeddedStore:
    """A store of ``size`` cloned releases plus the reference data, bulk-loaded."""
    dump = path.with_suffix(".nq")
    with dump.open("w", encoding="utf-8") as out:
        for key, graph in ((ONTOLOGY_GRAPH, mapping.ontology_graph(minter)),
                           (REFERENCE_GRAPH, mapping.reference_graph(minter))):
            g = minter.graph(key)
            for s, p, o in graph:
                if not isinstance(s, BNode) and not isinstance(o, BNode):
                    out.write(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n")
        for i in range(size):
            out.write(template.clone_nquads(i))
    store = EmbeddedStore(path)
    store.raw.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    dump.unlink()
    return store


def time_checks(gate: Gate, template: Template, first: int, runs: int) -> list[float]:
    times = []
    for i in range(first, first + runs):
        iri, graph = template.clone_graph(i)
        start = time.perf_counter()
        result = gate.check(Change(replace={iri: graph}))
        times.append(time.perf_counter() - start)
        if not result.conforms:
            raise SystemExit(f"the clone does not conform: {result.violations[:3]}")
        if not result.added:
            raise SystemExit("the clone added nothing: the benchmark would measure nothing")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    minter = Minter(BASE)
    template = Template(minter, DOCUMENT)
    shapes, ontology = mapping.shapes_graph(minter), mapping.ontology_graph(minter)
    medians: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        gates: dict[int, Gate] = {}
        for size in args.sizes:
            start = time.perf_counter()
            store = build_store(Path(tmp) / f"store-{size}", template, minter, size)
            print(f"{size:>8} releases  {store.quad_count():>9} quads  built in {time.perf_counter() - start:.1f} s",
                  flush=True)
            gates[size] = Gate(store, shapes, ontology)
            time_checks(gates[size], template, 10_000_000, 3)  # warm-up
        # interleaved rounds, so load from other processes hits every size alike
        times: dict[int, list[float]] = {size: [] for size in gates}
        for run in range(args.runs):
            for size, gate in gates.items():
                times[size] += time_checks(gate, template, 20_000_000 + run, 1)
        for size, gate in gates.items():
            medians[size] = statistics.median(times[size])
            ordered = sorted(times[size])
            print(f"{size:>8} releases  check median {medians[size] * 1000:6.1f} ms  "
                  f"p90 {ordered[int(len(ordered) * 0.9) - 1] * 1000:6.1f} ms", flush=True)
            gate.store.close()
    small, large = min(medians), max(medians)
    ratio = medians[large] / medians[small]
    print(f"ratio {large} / {small} releases: {ratio:.2f}x (target <= 2x)")
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
