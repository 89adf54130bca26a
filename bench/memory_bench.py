"""Does a bulk load's memory grow with the number of documents? ``osce-kg load`` of N generated documents.

One ``osce-kg load`` of ``--documents`` documents generated from our own ``corpus/``
(:func:`load_bench.generate`: each copy's title varied, so each is its own document) into a fresh
embedded store, for this code and for each peer (``--peer TREE``: another copy of the code, a folder
holding an ``osce_kg`` package put first on ``PYTHONPATH``; ``--variant VAR=VALUE[,...]``: this code
with other settings, e.g. ``OSCE_KG_LOAD_MALLOC_TRIM=0``), one after the other on the same files.
The resident memory of the load's own process and of each of its worker processes is sampled
from ``/proc`` every 0.5 s and printed as the load passes every ``--every`` documents; then, for
each run, the **slope over the second half** (least squares over the marks past half the
documents, in KiB of resident memory per document) and the last mark, with the ratio of this
code's to each peer's in the same run.

A flat line has a slope near 0 KiB a document (a resident size moves by a few MiB between
samples, so a slope is only meaningful over many thousands of documents).

    python bench/memory_bench.py --documents 100000 --every 10000
    python bench/memory_bench.py --documents 20000 --every 2000 --variant OSCE_KG_LOAD_MALLOC_TRIM=0
    python bench/memory_bench.py --documents 20000 --every 2000 --peer /tmp/before
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_bench import generate, rss_tree  # noqa: E402

MIB = 2 ** 20


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of ``(documents, bytes)`` points, in bytes a document (0 with fewer than 2)."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0


def second_half(points: list[tuple[int, float]], total: int) -> list[tuple[int, float]]:
    """The marks at or past half of ``total`` documents."""
    return [(x, y) for x, y in points if x >= total / 2]


def run(name: str, folder: Path, store: Path, total: int, every: int, env: dict[str, str]) -> dict[str, list]:
    """One ``osce-kg load`` of ``folder``; its marks: documents, seconds, main RSS, workers' RSS, all RSS."""
    command = [sys.executable, "-m", "osce_kg.server.cli", "load", str(folder), "--store", str(store)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**os.environ, **env})
    now: dict[str, object] = {"main": 0, "workers": []}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.5):
            tree = rss_tree(process.pid)
            now.update(main=tree.pop(process.pid, 0), workers=sorted(tree.values(), reverse=True))

    threading.Thread(target=sample, daemon=True).start()
    start = time.perf_counter()
    marks: dict[str, list] = {"main": [], "all": []}
    seen = 0
    print(f"\n{name}: {total} documents, load average {os.getloadavg()[0]:.1f}")
    print(f"{'documents':>10} {'seconds':>8} {'docs/s':>7} {'main MiB':>9} {'workers MiB':>24} {'all MiB':>8}  load")
    for line in process.stdout or []:
        if line.startswith((b"accepted", b"rejected", b"skipped")):
            seen += 1
            if seen % every == 0 or seen == total:
                seconds = time.perf_counter() - start
                main, workers = int(now["main"]), list(now["workers"])  # type: ignore[call-overload]
                marks["main"].append((seen, main))
                marks["all"].append((seen, main + sum(workers)))
                print(f"{seen:10d} {seconds:8.0f} {seen / seconds:7.1f} {main / MIB:9.0f} "
                      f"{' '.join(f'{w / MIB:.0f}' for w in workers):>24} {(main + sum(workers)) / MIB:8.0f}  "
                      f"{os.getloadavg()[0]:.1f}", flush=True)
    done.set()
    _, status, usage = os.wait4(process.pid, 0)
    print(f"exit {os.waitstatus_to_exitcode(status)}, main process peak (wait4) {usage.ru_maxrss / 1024:.0f} MiB")
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000, help="print the memory every N documents")
    parser.add_argument("--peer", action="append", default=[], metavar="TREE",
                        help="also load with another copy of the code (put first on PYTHONPATH)")
    parser.add_argument("--variant", action="append", default=[], metavar="VAR=VALUE[,VAR=VALUE]",
                        help="also load with this code and these environment variables")
    parser.add_argument("--peer-first", action="store_true", help="run the peers before this code")
    args = parser.parse_args()
    codes: list[tuple[str, dict[str, str]]] = [("this code", {})]
    codes += [(f"peer {tree}", {"PYTHONPATH": tree}) for tree in args.peer]
    codes += [(f"variant {v}", dict(kv.split("=", 1) for kv in v.split(","))) for v in args.variant]
    if args.peer_first:
        codes = codes[1:] + codes[:1]
    results: dict[str, dict[str, list]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        generate(folder, args.documents)
        for k, (name, env) in enumerate(codes):
            cache = {"OSCE_KG_CACHE_DIR": str(Path(tmp) / f"cache{k}")}  # each code its own reference cache
            results[name] = run(name, folder, Path(tmp) / f"store{k}", args.documents, args.every, {**env, **cache})
    print(f"\nslope over the second half ({args.documents // 2:,}-{args.documents:,} documents), KiB a document; "
          "resident memory at the last mark, MiB")
    ours = results["this code"]
    for name, marks in results.items():
        main_slope = slope(second_half(marks["main"], args.documents)) / 1024
        all_slope = slope(second_half(marks["all"], args.documents)) / 1024
        last = marks["main"][-1][1] / MIB if marks["main"] else 0
        line = (f"  {name}: main {main_slope:+.3f} KiB/doc, all processes {all_slope:+.3f} KiB/doc, "
                f"main at the end {last:.0f} MiB")
        if name != "this code" and marks["main"] and ours["main"]:
            line += f" (this code's main at the end: {ours['main'][-1][1] / marks['main'][-1][1]:.2f}x)"
        print(line)


if __name__ == "__main__":
    main()
