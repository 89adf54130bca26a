"""``osce-kg import`` against ``oxigraph load`` on the same N-Quads dump, in the same run.

The dump is real-shaped: the project's ontology and reference graphs, then document graphs
made from the bundled corpus (``gate_bench.templates``: every document mapped by the
project's mapping, its local IRIs and blank nodes renamed per variant) until it holds
``--quads`` quads. Then, each into a new store on disk:

* **oxigraph load**: the PyPI ``oxigraph`` command line, ``oxigraph load --location DIR --file dump.nq``;
* **import --restore**: :func:`osce_kg.loader.importer.restore` (every line checked, and what the
  shapes read gathered, on a thread beside Oxigraph's bulk loader; then the compiled shapes on
  what was gathered; one audit record), timed phase by phase;
* **import**: :func:`osce_kg.loader.importer.import_files` (every graph through the write
  gate, batches of graphs checked together in the store's terms, an audit record each) of the
  first ``--plain-quads`` quads of the same dump (default: all of them) less its audit graph
  (the gated import refuses the server's graphs), against ``oxigraph load`` of that same file.

``--rounds`` rounds (default 3) alternate the two: in each, ``oxigraph load``, ours, ``oxigraph
load`` again (the two averaged: the shared machine's load drifts), for the restore and then for
the gated import; each round prints its ratios and the load average as it went. Ratios are
speeds (quads per second) over Oxigraph's: targets >= 0.5x for ``--restore`` and >= 0.3x for
``import`` (at 1,000,000 quads). Exit status 1 if the median ratio misses a target.

    python bench/import_bench.py                                  # 1,000,000 quads, 3 rounds (~10 minutes)
    python bench/import_bench.py --quads 200000 --plain-quads 50000
    python bench/import_bench.py --load-only                      # the restore's I/O path only, 1M quads
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gate_bench import BASE, templates  # noqa: E402

from osce_kg.loader.importer import import_files, restore, sources_for  # noqa: E402
from osce_kg.loader.iri import Minter  # noqa: E402
from osce_kg.loader.pipeline import Loader  # noqa: E402
from osce_kg.loader.store import EmbeddedStore  # noqa: E402


def write_dump(path: Path, quads: int, minter: Minter) -> int:
    """Ontology and reference graphs (as a store exports them), then document variants up to ``quads``."""
    scratch = EmbeddedStore(None)
    Loader(scratch, minter).ensure_reference()
    with path.open("wb") as out:
        scratch.dump(out, "nquads")
    written = scratch.quad_count()
    pool = templates(minter)
    with path.open("a", encoding="utf-8") as out:
        i = 0
        while written < quads:
            template = pool[i % len(pool)]
            out.write(template.nquads(i))
            written += template.size
            i += 1
    return written


def prefix(dump: Path, target: Path, quads: int | None) -> int:
    """The first ``quads`` lines of ``dump`` (None: all), cut at a graph boundary (whole graphs only),
    without the audit graph (the server's own: the gated import refuses it, only a restore brings it back)."""
    n, last_graph = 0, None
    with dump.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as out:
        for line in src:
            graph = line.rsplit(" ", 2)[-2]
            if graph.endswith('graph/audit>'):
                continue
            if quads is not None and n >= quads and graph != last_graph:
                break
            out.write(line)
            n, last_graph = n + 1, graph
    return n


def oxigraph_load(dump: Path, location: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["oxigraph", "load", "--location", str(location), "--file", str(dump)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def timed_restore(dump: Path, location: Path, minter: Minter) -> tuple[float, dict[str, float]]:
    """The restore's wall time and its phases (the check and the bulk load run side by side, then
    validation and the audit record)."""
    marks: dict[str, float] = {}
    start = time.perf_counter()
    store = EmbeddedStore(location)
    try:
        def parsed(_: int) -> None:
            marks["check"] = time.perf_counter()

        def loaded(_: int) -> None:
            marks["load"] = time.perf_counter()

        report = restore(store, sources_for([dump], None, None), minter, parsed=parsed, loaded=loaded)
    finally:
        store.close()
    end = time.perf_counter()
    if not report.restored:
        raise SystemExit(f"the restore failed: {report.summary()}")
    both = max(marks["check"], marks["load"])  # the check runs beside the bulk load
    phases = {"check (beside the load)": marks["check"] - start, "bulk load": marks["load"] - start,
              "validate + audit": end - both}
    return end - start, phases


def timed_check_and_load(dump: Path, location: Path, minter: Minter) -> float:
    """The restore without its validation pass: every line checked, then the bulk load (not a product path)."""
    from osce_kg.loader.importer import _bulk, read_quads

    start = time.perf_counter()
    store = EmbeddedStore(location)
    try:
        source = sources_for([dump], None, None)[0]
        for _ in read_quads(source, None, base=minter.base):
            pass
        _bulk(store, source, None, minter.base, None)
    finally:
        store.close()
    return time.perf_counter() - start


def timed_import(dump: Path, location: Path, minter: Minter, *, apart: bool = False) -> float:
    """The gated import's wall time; ``apart``: its check in a process of its own
    (``OSCE_KG_IMPORT_CHECK_APART_BYTES``)."""
    start = time.perf_counter()
    store = EmbeddedStore(location)
    try:
        report = import_files(store, sources_for([dump], None, None), minter, check_apart_bytes=0 if apart else None)
    finally:
        store.close()
    if report.rejected:
        bad = next(o for o in report.outcomes if not o.accepted)
        raise SystemExit(f"{report.rejected} graph(s) rejected: {bad.line()}")
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quads", type=int, default=1_000_000, help="size of the dump for --restore")
    parser.add_argument("--plain-quads", type=int, default=None,
                        help="size of the prefix imported through the gate (default: the whole dump)")
    parser.add_argument("--restore-only", action="store_true", help="measure import --restore only")
    parser.add_argument("--gated-only", action="store_true", help="measure the gated import only")
    parser.add_argument("--apart", action="store_true",
                        help="also time the gated import with its check in a process of its own")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each ours between two runs of the peer")
    parser.add_argument("--load-only", action="store_true",
                        help="measure only the restore's check and bulk load (no validation) against oxigraph load")
    args = parser.parse_args(argv)
    minter = Minter(BASE)
    if args.load_only:
        with tempfile.TemporaryDirectory(prefix="osce-kg-import-bench-") as tmp:
            dump = Path(tmp) / "dump.nq"
            size = write_dump(dump, args.quads, minter)
            ox_time = oxigraph_load(dump, Path(tmp) / "ox")
            ours = timed_check_and_load(dump, Path(tmp) / "ours", minter)
        print("| run | quads | seconds | oxigraph load s | ratio |\n|---|---:|---:|---:|---:|")
        print(f"| check + bulk load (no validation) | {size:,} | {ours:.1f} | {ox_time:.1f} | {ox_time / ours:.2f}x |")
        return 0
    with tempfile.TemporaryDirectory(prefix="osce-kg-import-bench-") as tmp:
        work = Path(tmp)
        dump = work / "dump.nq"
        size = write_dump(dump, args.quads, minter)
        plain_dump = work / "plain.nq"
        plain_size = prefix(dump, plain_dump, args.plain_quads)
        rounds = [one_round(i, work, dump, plain_dump, minter, restore_only=args.restore_only,
                            gated_only=args.gated_only, apart=args.apart)
                  for i in range(args.rounds)]
    return report(size, plain_size, rounds, restore_only=args.restore_only, gated_only=args.gated_only)


def peer(dump: Path, location: Path) -> float:
    """``oxigraph load`` of ``dump`` into a new store at ``location`` (removed after)."""
    seconds = oxigraph_load(dump, location)
    shutil.rmtree(location)
    return seconds


def one_round(i: int, work: Path, dump: Path, plain_dump: Path, minter: Minter, *, restore_only: bool,
              gated_only: bool = False, apart: bool = False) -> dict:
    """One round: the peer, ours, the peer again (the machine's load drifts: the peer is averaged),
    for the restore and then for the gated import (with ``apart``, then the gated import with its
    check in a process of its own, and the peer again)."""
    out: dict = {"load": [round(os.getloadavg()[0], 1)]}
    line = f"round {i + 1}:"
    if not gated_only:
        before = peer(dump, work / "ox")
        out["restore"], out["phases"] = timed_restore(dump, work / "restored", minter)
        shutil.rmtree(work / "restored")
        out["ox"] = (before + peer(dump, work / "ox")) / 2
        out["load"].append(round(os.getloadavg()[0], 1))
        line += (f" import --restore {out['restore']:.1f} s, oxigraph load {out['ox']:.1f} s: "
                 f"{out['ox'] / out['restore']:.2f}x;")
    if not restore_only:
        before = peer(plain_dump, work / "ox-plain")
        out["plain"] = timed_import(plain_dump, work / "imported", minter)
        shutil.rmtree(work / "imported")
        after = peer(plain_dump, work / "ox-plain")
        out["ox_plain"] = (before + after) / 2
        out["load"].append(round(os.getloadavg()[0], 1))
        line += (f" import {out['plain']:.1f} s, oxigraph load {out['ox_plain']:.1f} s: "
                 f"{out['ox_plain'] / out['plain']:.2f}x")
        if apart:
            out["apart"] = timed_import(plain_dump, work / "imported", minter, apart=True)
            shutil.rmtree(work / "imported")
            out["ox_apart"] = (after + peer(plain_dump, work / "ox-plain")) / 2
            out["load"].append(round(os.getloadavg()[0], 1))
            line += (f"; import, check apart {out['apart']:.1f} s, oxigraph load {out['ox_apart']:.1f} s: "
                     f"{out['ox_apart'] / out['apart']:.2f}x")
    print(line + f"; load average {' -> '.join(map(str, out['load']))}", flush=True)
    return out


def report(size: int, plain_size: int, rounds: list[dict], *, restore_only: bool, gated_only: bool = False) -> int:
    """The table of every round, the median and spread of the ratios; 1 if a target is missed (median)."""
    print("| round | run | quads | seconds | oxigraph load s | ratio | target | load average |")
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for i, r in enumerate(rounds, 1):
        load = " -> ".join(map(str, r["load"]))
        if not gated_only:
            print(f"| {i} | import --restore | {size:,} | {r['restore']:.1f} | {r['ox']:.1f} | "
                  f"{r['ox'] / r['restore']:.2f}x | >= 0.5x | {load} |")
            load = ""
        if not restore_only:
            print(f"| {i} | import (gated) | {plain_size:,} | {r['plain']:.1f} | {r['ox_plain']:.1f} | "
                  f"{r['ox_plain'] / r['plain']:.2f}x | >= 0.3x | {load} |")
        if "apart" in r:
            print(f"| {i} | import (gated), check apart | {plain_size:,} | {r['apart']:.1f} | "
                  f"{r['ox_apart']:.1f} | {r['ox_apart'] / r['apart']:.2f}x | | |")
    ok = True
    if not gated_only:
        restore = [r["ox"] / r["restore"] for r in rounds]
        print(f"\nimport --restore: median {statistics.median(restore):.2f}x, {min(restore):.2f}x-{max(restore):.2f}x")
        for i, r in enumerate(rounds, 1):
            print(f"restore phases, round {i} (s): " + ", ".join(f"{k} {v:.1f}" for k, v in r["phases"].items()))
        ok = statistics.median(restore) >= 0.5
    if not restore_only:
        plain = [r["ox_plain"] / r["plain"] for r in rounds]
        print(f"import (gated): median {statistics.median(plain):.2f}x, {min(plain):.2f}x-{max(plain):.2f}x")
        if all("apart" in r for r in rounds):
            apart = [r["ox_apart"] / r["apart"] for r in rounds]
            print(f"import (gated), check apart: median {statistics.median(apart):.2f}x, "
                  f"{min(apart):.2f}x-{max(apart):.2f}x")
        ok = ok and statistics.median(plain) >= 0.3
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
