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
  gate, with an audit record each) of the first ``--plain-quads`` quads of the same dump
  (default: all of them) less its audit graph (the gated import refuses the server's graphs),
  against ``oxigraph load`` of that same file.

Ratios are speeds (quads per second) over Oxigraph's: targets >= 0.5x for ``--restore`` and
>= 0.3x for ``import`` (at 1,000,000 quads). Exit status 1 if a target is missed.

    python bench/import_bench.py                                  # 1,000,000 quads (several minutes)
    python bench/import_bench.py --quads 200000 --plain-quads 50000
    python bench/import_bench.py --load-only                      # the restore's I/O path only, 1M quads
"""
from __future__ import annotations

import argparse
import shutil
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


def timed_import(dump: Path, location: Path, minter: Minter) -> float:
    start = time.perf_counter()
    store = EmbeddedStore(location)
    try:
        report = import_files(store, sources_for([dump], None, None), minter)
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
        ox_before = oxigraph_load(dump, work / "ox")
        shutil.rmtree(work / "ox")
        restore_time, phases = timed_restore(dump, work / "restored", minter)
        shutil.rmtree(work / "restored")
        # the peer before and after ours, averaged: the machine's load drifts during a run
        ox_after = oxigraph_load(dump, work / "ox")
        shutil.rmtree(work / "ox")
        ox_time = (ox_before + ox_after) / 2
        print(f"import --restore: {size:,} quads in {restore_time:.1f} s, oxigraph load {ox_time:.1f} s "
              f"(before {ox_before:.1f}, after {ox_after:.1f}): "
              f"{ox_time / restore_time:.2f}x; phases (s): "
              + ", ".join(f"{k} {v:.1f}" for k, v in phases.items()), flush=True)
        if args.restore_only:
            return 0 if ox_time / restore_time >= 0.5 else 1
        plain_dump = work / "plain.nq"
        plain_size = prefix(dump, plain_dump, args.plain_quads)
        ox_plain = oxigraph_load(plain_dump, work / "ox-plain")
        plain_time = timed_import(plain_dump, work / "imported", minter)
    return report(size, ox_time, restore_time, phases, plain_size, ox_plain, plain_time)


def report(size: int, ox_time: float, restore_time: float, phases: dict[str, float], plain_size: int,
           ox_plain: float, plain_time: float) -> int:
    restore_ratio, plain_ratio = ox_time / restore_time, ox_plain / plain_time
    print("| run | quads | seconds | quads/s | oxigraph load s | oxigraph quads/s | ratio | target |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| import --restore | {size:,} | {restore_time:.1f} | {size / restore_time:,.0f} | {ox_time:.1f} | "
          f"{size / ox_time:,.0f} | {restore_ratio:.2f}x | >= 0.5x |")
    print(f"| import (gated) | {plain_size:,} | {plain_time:.1f} | {plain_size / plain_time:,.0f} | {ox_plain:.1f} | "
          f"{plain_size / ox_plain:,.0f} | {plain_ratio:.2f}x | >= 0.3x |")
    print()
    print("restore phases (s): " + ", ".join(f"{k} {v:.1f}" for k, v in phases.items()))
    return 0 if restore_ratio >= 0.5 and plain_ratio >= 0.3 else 1


if __name__ == "__main__":
    sys.exit(main())
