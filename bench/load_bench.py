"""Whole-load throughput: ``osce-kg load`` against ``osce-kg extract`` on the same files, same run.

The files are the shared pages (``../shared/corpus/osce-pages``, ``osce-pages-2``) and the
bundled ``corpus/``, copied ``--copies`` times into a temporary folder under distinct names
(every copy its own document graph). Each measure is a fresh command line process, timed from
start to exit (imports included, as a user sees it):

* **extract**: ``osce-kg extract FOLDER --format jsonl`` (one process, read only);
* **load, one by one**: the loader with one process (``Loader.workers = 1``), a fresh
  embedded store, the way ``osce-kg load`` ran before bulk loads;
* **load**: ``osce-kg load FOLDER`` into a fresh embedded store (documents read and mapped in
  worker processes, written in batches through ``Gate.commit_many``);
* **load over Virtuoso** (with ``--virtuoso URL``, the ``/sparql`` of an empty Virtuoso; once): ``osce-kg load`` with ``OSCE_KG_REMOTE_QUERY_URL``/``UPDATE_URL``.

Reported: documents/s, the ratio to extract (target >= 0.6x embedded, >= 0.4x over
Virtuoso), and the peak resident memory of the command's main process (``wait4``; worker
processes not included).

    python bench/load_bench.py                  # 3 copies of the pages and the corpus (~440 documents)
    python bench/load_bench.py --copies 2 --rounds 3
    python bench/load_bench.py --copies 1 --virtuoso http://127.0.0.1:8890/sparql
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

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "corpus" / "osce-pages", ROOT.parent / "shared" / "corpus" / "osce-pages-2",
           ROOT / "corpus"]

ONE_BY_ONE = """
import sys
from pathlib import Path
from osce_kg.loader.iri import Minter
from osce_kg.loader.pipeline import Loader, collect
from osce_kg.loader.store import EmbeddedStore
store = EmbeddedStore(Path(sys.argv[1]))
loader = Loader(store, Minter("http://localhost:8000/"))
loader.workers = 1
loader.ensure_reference()
report = loader.run_sources(collect([Path(sys.argv[2])]), write=True)
store.close()
print(report.summary())
"""


def replicate(folder: Path, copies: int) -> int:
    """Copy every document of :data:`SOURCES` ``copies`` times into ``folder``; the number of files."""
    n = 0
    for k in range(copies):
        for source in SOURCES:
            for path in sorted(source.rglob("*.txt")):
                shutil.copy(path, folder / f"{path.stem}-c{k}-{source.name}.txt")
                n += 1
    return n


def timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run ``args``; (seconds, peak RSS of the process in MiB, last line of its stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**os.environ, **(env or {})})
    out = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{args[:4]} failed with {process.returncode}")
    lines = out.decode("utf-8", "replace").strip().splitlines()
    return seconds, usage.ru_maxrss / 1024, lines[-1] if lines else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=1,
                        help="repeat the measures in interleaved rounds and report the median of each")
    parser.add_argument("--virtuoso", metavar="URL", help="an empty Virtuoso's /sparql endpoint to load into too")
    args = parser.parse_args()
    osce_kg = [sys.executable, "-m", "osce_kg.server.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        n = replicate(folder, args.copies)
        print(f"{n} documents, {os.cpu_count()} cores")
        runs: dict[str, list[tuple[float, float, str]]] = {}
        for r in range(args.rounds):
            runs.setdefault("extract", []).append(timed([*osce_kg, "extract", str(folder), "--format", "jsonl"]))
            runs.setdefault("load, one by one", []).append(
                timed([sys.executable, "-c", ONE_BY_ONE, str(Path(tmp) / f"one{r}"), str(folder)]))
            runs.setdefault("load", []).append(
                timed([*osce_kg, "load", str(folder), "--store", str(Path(tmp) / f"store{r}")]))
        if args.virtuoso:
            env = {"OSCE_KG_REMOTE_QUERY_URL": args.virtuoso, "OSCE_KG_REMOTE_UPDATE_URL": args.virtuoso}
            runs["load over Virtuoso"] = [timed([*osce_kg, "load", str(folder)], env)]
    rows = [(name, statistics.median(t for t, _, _ in got), max(m for _, m, _ in got),
             got[-1][2] if name != "extract" else "") for name, got in runs.items()]
    extract = n / rows[0][1]
    print(f"{'':22} {'docs/s':>8} {'x extract':>10} {'peak MiB':>9}  summary")
    for name, seconds, rss, last in rows:
        rate = n / seconds
        print(f"{name:22} {rate:8.1f} {rate / extract:9.2f}x {rss:9.0f}  {last}")


if __name__ == "__main__":
    main()
