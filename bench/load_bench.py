"""Whole-load throughput: ``osce-kg load`` against ``osce-kg extract`` on the same files, same run.

The files are the shared pages (``../shared/corpus/osce-pages``, ``osce-pages-2``) and the
bundled ``corpus/``, copied ``--copies`` times into a temporary folder under distinct names
(every copy its own document graph). Each measure is a fresh command line process, timed from
start to exit (imports included, as a user sees it):

* **extract**: ``osce-kg extract FOLDER --format jsonl`` (one process, read only);
* **load, one by one**: the loader with one process (``Loader.workers = 1``), a fresh
  embedded store, the way ``osce-kg load`` ran before bulk loads;
* **load**: ``osce-kg load FOLDER`` into a fresh embedded store (documents read, mapped and
  checked in worker processes, the checks on snapshots of the store; written in batches
  through ``Gate.commit_many``);
* **load, checks in main**: the same with ``OSCE_KG_LOAD_CHECK_IN_WORKERS=0`` (documents read and
  mapped in workers, checked in the main process);
* **load over Virtuoso** (with ``--virtuoso URL``, the ``/sparql`` of an empty Virtuoso; once):
  ``osce-kg load`` with ``OSCE_KG_REMOTE_QUERY_URL``/``UPDATE_URL``.

Reported: documents/s, the ratio to extract (target >= 0.6x embedded, >= 0.4x over
Virtuoso), the peak resident memory of the command's main process (``wait4``) and of the
command with its worker processes (summed from ``/proc`` every 0.2 s). ``--memory N...`` runs
only ``osce-kg load`` of N copied documents (in sub-folders of 10,000) for each N, to show
whether memory grows with the number of documents.

    python bench/load_bench.py                  # 3 copies of the pages and the corpus (~440 documents)
    python bench/load_bench.py --copies 2 --rounds 3
    python bench/load_bench.py --copies 1 --virtuoso http://127.0.0.1:8890/sparql
    python bench/load_bench.py --memory 1000 4000 16000
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


def replicate(folder: Path, copies: int, limit: int | None = None) -> int:
    """Copy every document of :data:`SOURCES` ``copies`` times into ``folder`` (at most ``limit`` files,
    in sub-folders of 10,000); the number of files."""
    n = 0
    files = [(source, path) for source in SOURCES for path in sorted(source.rglob("*.txt"))]
    for k in range(copies):
        for source, path in files:
            if limit is not None and n >= limit:
                return n
            target = folder / f"part{n // 10000:03d}" if limit is not None else folder
            target.mkdir(exist_ok=True)
            shutil.copy(path, target / f"{path.stem}-c{k}-{source.name}.txt")
            n += 1
    return n


def tree_rss(pid: int) -> int:
    """The resident memory of ``pid`` and all its descendants, in bytes (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * page
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str, float]:
    """Run ``args``; (seconds, peak RSS of the process in MiB, last line of its stdout, peak RSS of the
    process and its worker processes together in MiB, sampled every 0.2 s)."""
    import threading

    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**os.environ, **(env or {})})
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    last = b""
    for line in process.stdout or []:  # read as it comes: a long load prints a line per document
        if line.strip():
            last = line
    done.set()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{args[:4]} failed with {process.returncode}")
    return seconds, usage.ru_maxrss / 1024, last.decode("utf-8", "replace").strip(), peak[0] / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=1,
                        help="repeat the measures in interleaved rounds and report the median of each")
    parser.add_argument("--virtuoso", metavar="URL", help="an empty Virtuoso's /sparql endpoint to load into too")
    parser.add_argument("--memory", type=int, nargs="+", metavar="N",
                        help="only the memory check: osce-kg load of N copied documents into a fresh store, "
                             "for each N; peak memory of the command and its workers")
    args = parser.parse_args()
    osce_kg = [sys.executable, "-m", "osce_kg.server.cli"]
    if args.memory:
        memory(osce_kg, args.memory)
        return
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
            runs.setdefault("load, checks in main", []).append(
                timed([*osce_kg, "load", str(folder), "--store", str(Path(tmp) / f"main{r}")],
                      {"OSCE_KG_LOAD_CHECK_IN_WORKERS": "0"}))
        if args.virtuoso:
            env = {"OSCE_KG_REMOTE_QUERY_URL": args.virtuoso, "OSCE_KG_REMOTE_UPDATE_URL": args.virtuoso}
            runs["load over Virtuoso"] = [timed([*osce_kg, "load", str(folder)], env)]
    rows = [(name, statistics.median(t for t, _, _, _ in got), max(m for _, m, _, _ in got),
             max(m for _, _, _, m in got), got[-1][2] if name != "extract" else "") for name, got in runs.items()]
    extract = n / rows[0][1]
    print(f"{'':22} {'docs/s':>8} {'x extract':>10} {'peak MiB':>9} {'with workers':>13}  summary")
    for name, seconds, rss, tree, last in rows:
        rate = n / seconds
        print(f"{name:22} {rate:8.1f} {rate / extract:9.2f}x {rss:9.0f} {tree:13.0f}  {last}")


def memory(osce_kg: list[str], counts: list[int]) -> None:
    """Peak memory of ``osce-kg load`` (and its workers) for each number of documents, same run."""
    print(f"{'documents':>10} {'seconds':>8} {'docs/s':>7} {'peak MiB':>9} {'with workers':>13}  summary")
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "docs"
            folder.mkdir()
            copies = -(-count // sum(1 for source in SOURCES for _ in source.rglob("*.txt")))
            n = replicate(folder, copies, limit=count)
            seconds, rss, last, tree = timed([*osce_kg, "load", str(folder), "--store", str(Path(tmp) / "store")])
            print(f"{n:10d} {seconds:8.1f} {n / seconds:7.1f} {rss:9.0f} {tree:13.0f}  {last}", flush=True)


if __name__ == "__main__":
    main()
