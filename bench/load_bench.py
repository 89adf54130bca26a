"""Whole-load throughput: ``osce-kg load`` against ``osce-kg extract`` on the same files, same run.

The files are the shared pages (``../shared/corpus/osce-pages``, ``osce-pages-2``) and the
bundled ``corpus/``, copied ``--copies`` times into a temporary folder under distinct names
(every copy its own document graph). Each measure is a fresh command line process, timed from
start to exit (imports included, as a user sees it):

* **extract**: ``osce-kg extract FOLDER --format jsonl`` (one process, read only);
* **load**: ``osce-kg load FOLDER`` into a fresh embedded store (documents read and mapped in
  worker processes; checked in the loader's process in the store's own terms, one by one, and
  written in batches of one transaction each, ``pipeline._NativeCommits``);
* **load over Virtuoso** (with ``--virtuoso URL``, the ``/sparql`` of a Virtuoso, emptied before
  each load): ``osce-kg load`` with ``OSCE_KG_REMOTE_QUERY_URL``/``UPDATE_URL``;
* with ``--more``: **load, one by one** (the loader with one process, ``Loader.workers = 1``, the
  way ``osce-kg load`` ran before bulk loads), **load, checks in main** (``OSCE_KG_LOAD_NATIVE=0
  OSCE_KG_LOAD_CHECK_IN_WORKERS=0``: documents read and mapped in workers, checked in rdflib terms
  in the main process) and **load, rdflib checks in workers** (``OSCE_KG_LOAD_NATIVE=0``: the
  bulk load before its checks moved to the store's terms, checked in a check worker on snapshots).

The measures run in ``--rounds`` interleaved rounds. Reported: documents/s, the ratio to the same
round's extract (target >= 0.6x embedded, >= 0.4x over Virtuoso) for each round and their
spread, the CPU seconds of the command and all its processes (sampled from ``/proc``; on a
shared machine the wall-clock ratio depends on what else runs, the CPU does much less), the
peak resident memory of the command's main process (``wait4``) and with its worker processes
(summed from ``/proc`` every 0.2 s), and the load average when each run started. ``--memory N...`` runs
one ``osce-kg load`` of max(N) documents generated from our own ``corpus/`` (each copy's title
varied, so each is its own document with its own releases; pages whose copies would share
records left out) and reports the resident memory of the main process and of the largest
worker, sampled every 0.5 s, as the load passes each N: to show whether memory grows with the
number of documents.

    python bench/load_bench.py                  # 3 copies of the pages and the corpus (~440 documents)
    python bench/load_bench.py --copies 2 --rounds 5 --more
    python bench/load_bench.py --copies 1 --virtuoso http://127.0.0.1:8890/sparql
    python bench/load_bench.py --memory 10000 25000 50000 100000
    python bench/load_bench.py --copies 15 --peer /tmp/before   # ~2,200 documents; /tmp/before/osce_kg: the code before

``--copies 15`` (2,205 documents) shows a load of many documents, where the fixed start (imports,
the store, the shapes, the reference graphs, the fork server: ~1.3 s of extract's ~1.5 s on 441
documents) weighs less.
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
from dataclasses import dataclass
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


def tree_stats(pid: int) -> dict[int, tuple[int, float]]:
    """(resident bytes, CPU seconds so far) of ``pid`` and each of its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    stats: dict[int, tuple[int, float]] = {}
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        stats[int(entry)] = (int(fields[21]) * page, (int(fields[11]) + int(fields[12])) / tick)
    out, todo = {}, [pid]
    while todo:
        p = todo.pop()
        if p in stats:
            out[p] = stats[p]
        todo.extend(children.get(p, []))
    return out


@dataclass
class Run:
    """One measured command."""

    seconds: float
    #: peak resident memory of the command's own process (``wait4``), MiB
    rss: float
    #: peak resident memory of the process and its worker processes together, MiB (sampled)
    tree: float
    #: CPU seconds of the process and its workers (sampled every 0.2 s: a worker's last 0.2 s may be missed)
    cpu: float
    #: the load average at the start (1 minute)
    load: float
    last: str
    #: CPU seconds of the server process (``--virtuoso-pid``) while the command ran (None: not asked)
    server: float | None = None


#: the process whose CPU each timed command is also charged with (``--virtuoso-pid``: the Virtuoso loaded into)
SERVER_PID: int | None = None


def cpu_of(pid: int) -> float:
    """CPU seconds so far of process ``pid`` (user and system)."""
    with open(f"/proc/{pid}/stat", "rb") as f:
        fields = f.read().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(args: list[str], env: dict[str, str] | None = None) -> Run:
    """Run ``args`` and measure it (see :class:`Run`)."""
    import threading

    load = os.getloadavg()[0]
    server = cpu_of(SERVER_PID) if SERVER_PID else None
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**os.environ, **(env or {})})
    peak = [0]
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            stats = tree_stats(process.pid)
            peak[0] = max(peak[0], sum(rss for rss, _ in stats.values()))
            for p, (_, seconds) in stats.items():
                cpu[p] = max(cpu.get(p, 0.0), seconds)

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
    cpu[process.pid] = usage.ru_utime + usage.ru_stime  # the main process exactly
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{args[:4]} failed with {process.returncode}")
    return Run(seconds, usage.ru_maxrss / 1024, peak[0] / 2**20, sum(cpu.values()), load,
               last.decode("utf-8", "replace").strip(),
               cpu_of(SERVER_PID) - server if SERVER_PID and server is not None else None)


def clear_virtuoso(url: str) -> None:
    """Empty the Virtuoso at ``url`` (our graphs) before a load into it."""
    from osce_kg.loader.store.virtuoso import VirtuosoStore

    store = VirtuosoStore(url, url)
    try:
        store.clear()
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3,
                        help="repeat the measures in interleaved rounds; the ratio of each round is reported")
    parser.add_argument("--virtuoso", metavar="URL", help="a Virtuoso's /sparql endpoint to load into too "
                        "(emptied before each of its loads)")
    parser.add_argument("--variant", action="append", default=[], metavar="VAR=VALUE[,VAR=VALUE]",
                        help="also load with this code and these environment variables, alternated (repeatable)")
    parser.add_argument("--no-embedded", action="store_true",
                        help="with --virtuoso: only the loads over Virtuoso (and extract)")
    parser.add_argument("--virtuoso-pid", type=int, metavar="PID",
                        help="also report the CPU seconds of this process (the Virtuoso loaded into) during each "
                             "command, and the loads' CPU with it")
    parser.add_argument("--more", action="store_true",
                        help="also the one-by-one load and the loads with their checks in rdflib terms")
    parser.add_argument("--rdflib", action="store_true",
                        help="also the bulk load with its checks in rdflib terms in a check worker "
                             "(OSCE_KG_LOAD_NATIVE=0)")
    parser.add_argument("--peer", metavar="TREE",
                        help="also load with another copy of the code (a folder holding an osce_kg package, put first "
                             "on PYTHONPATH), alternated with this one in each round: before/after a change")
    parser.add_argument("--memory", type=int, nargs="+", metavar="N",
                        help="only the memory check: one osce-kg load of max(N) documents generated from "
                             "corpus/ into a fresh store; memory of the main process and the workers as it "
                             "passes each N")
    args = parser.parse_args()
    global SERVER_PID
    SERVER_PID = args.virtuoso_pid
    osce_kg = [sys.executable, "-m", "osce_kg.server.cli"]
    if args.memory:
        memory(osce_kg, args.memory)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        n = replicate(folder, args.copies)
        print(f"{n} documents, {os.cpu_count()} cores")
        runs: dict[str, list[Run]] = {}
        caches = Path(tmp) / "cache"  # each code its own reference cache (one code's file removes another's)
        codes = [("", {"OSCE_KG_CACHE_DIR": str(caches / "this")})] + \
            ([(f" ({args.peer})", {"PYTHONPATH": args.peer, "OSCE_KG_CACHE_DIR": str(caches / "peer")})]
             if args.peer else []) + \
            [(f" ({variant})", {**dict(kv.split("=", 1) for kv in variant.split(",")),
                                "OSCE_KG_CACHE_DIR": str(caches / "this")}) for variant in args.variant]
        for r in range(args.rounds):
            runs.setdefault("extract", []).append(timed([*osce_kg, "extract", str(folder), "--format", "jsonl"]))
            for name, code in codes if r % 2 == 0 else codes[::-1]:  # which code goes first alternates
                if not (args.no_embedded and args.virtuoso):
                    runs.setdefault(f"load{name}", []).append(
                        timed([*osce_kg, "load", str(folder), "--store", str(Path(tmp) / f"store{r}")], code))
                shutil.rmtree(Path(tmp) / f"store{r}", ignore_errors=True)
                if args.virtuoso:
                    clear_virtuoso(args.virtuoso)
                    env = {"OSCE_KG_REMOTE_QUERY_URL": args.virtuoso, "OSCE_KG_REMOTE_UPDATE_URL": args.virtuoso}
                    runs.setdefault(f"load over Virtuoso{name}", []).append(
                        timed([*osce_kg, "load", str(folder)], {**env, **code}))
            if args.rdflib and not args.more:
                runs.setdefault("load, rdflib checks in workers", []).append(
                    timed([*osce_kg, "load", str(folder), "--store", str(Path(tmp) / f"rdf{r}")],
                          {"OSCE_KG_LOAD_NATIVE": "0"}))
            if args.more:
                runs.setdefault("load, one by one", []).append(
                    timed([sys.executable, "-c", ONE_BY_ONE, str(Path(tmp) / f"one{r}"), str(folder)]))
                runs.setdefault("load, checks in main", []).append(
                    timed([*osce_kg, "load", str(folder), "--store", str(Path(tmp) / f"main{r}")],
                          {"OSCE_KG_LOAD_NATIVE": "0", "OSCE_KG_LOAD_CHECK_IN_WORKERS": "0"}))
                runs.setdefault("load, rdflib checks in workers", []).append(
                    timed([*osce_kg, "load", str(folder), "--store", str(Path(tmp) / f"rdf{r}")],
                          {"OSCE_KG_LOAD_NATIVE": "0"}))
            shutil.rmtree(Path(tmp) / f"store{r}", ignore_errors=True)
    report(n, runs)


def report(n: int, runs: dict[str, list[Run]]) -> None:
    """The table: per measure the median docs/s, its ratio to extract in each round (extract of the same
    round) and their spread, CPU seconds of all its processes, peak memory, the load averages."""
    extract = runs["extract"]
    print("| | docs/s (median) | x extract, per round | min-median-max | CPU s (all processes) | "
          "CPU x extract | server CPU s | CPU with server x extract | peak MiB main | peak MiB with workers | "
          "load average at start |")
    print("|---|---:|---|---|---:|---:|---:|---:|---:|---:|---|")
    extract_cpu = statistics.median(e.cpu for e in extract)
    for name, got in runs.items():
        ratios = [e.seconds / g.seconds for e, g in zip(extract, got)]
        cpu = statistics.median(g.cpu for g in got)
        server = statistics.median(g.server for g in got) if all(g.server is not None for g in got) else None
        both = statistics.median(g.cpu + (g.server or 0.0) for g in got)
        print(f"| {name} | {n / statistics.median(g.seconds for g in got):.1f} | "
              f"{', '.join(f'{x:.2f}' for x in ratios)} | {min(ratios):.2f}-{statistics.median(ratios):.2f}-"
              f"{max(ratios):.2f} | {cpu:.1f} | {cpu / extract_cpu:.2f} | "
              f"{'' if server is None else f'{server:.1f}'} | "
              f"{'' if server is None else f'{both / extract_cpu:.2f}'} | "
              f"{max(g.rss for g in got):.0f} | {max(g.tree for g in got):.0f} | "
              f"{', '.join(f'{g.load:.1f}' for g in got)} |")
    print()
    for name, got in runs.items():
        if name != "extract":
            print(f"{name}: {got[-1].last}")


#: corpus pages whose copies would share records (listing items, navigation lists, releases named by
#: their first sentence, events the page names in its text)
SHARED_IN_COPIES = ("listing-", "pr-nav-", "event-", "news-2008-", "news-2009-", "pr-dateline-2023-",
                    "pr-plain-2019-")


def generate(folder: Path, count: int) -> int:
    """``count`` documents made from our own example corpus (``corpus/``, never third-party text):
    copy ``k`` of a file has its first line (its title) begin with ``Part k``, so each copy is a
    document of its own (its own graph, releases and events), in sub-folders of 10,000. Pages
    whose records are not named by their first line are left out (:data:`SHARED_IN_COPIES`): every
    copy would describe the same releases and events again, and one resource described by
    thousands of documents measures the gate's checks of it, not the loader's memory."""
    texts = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted((ROOT / "corpus").glob("*.txt"))
             if not path.name.startswith(SHARED_IN_COPIES)]
    for n in range(count):
        stem, text = texts[n % len(texts)]
        k = n // len(texts)
        title, _, rest = text.partition("\n")
        target = folder / f"part{n // 10000:03d}"
        target.mkdir(exist_ok=True)
        (target / f"{stem}-v{k}.txt").write_text(f"Part {k + 1} {title}\n{rest}", encoding="utf-8")
    return count


def rss_tree(pid: int) -> dict[int, int]:
    """Resident memory in bytes of ``pid`` and each of its descendants."""
    return {p: rss for p, (rss, _) in tree_stats(pid).items()}


def memory(osce_kg: list[str], counts: list[int]) -> None:
    """One ``osce-kg load`` of ``max(counts)`` generated documents into a fresh embedded store; the
    resident memory of its main process and of its largest worker process, sampled every 0.5 s,
    reported as the load passes each of ``counts`` documents (and their peaks so far)."""
    import threading

    total = max(counts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        generate(folder, total)
        print(f"{total} documents generated from corpus/, {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        start = time.perf_counter()
        process = subprocess.Popen([*osce_kg, "load", str(folder), "--store", str(Path(tmp) / "store")],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        now = {"main": 0, "worker": 0, "all": 0}
        peak = dict(now)
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.5):
                tree = rss_tree(process.pid)
                main = tree.pop(process.pid, 0)
                now.update(main=main, worker=max(tree.values(), default=0), all=main + sum(tree.values()))
                for key, value in now.items():
                    peak[key] = max(peak[key], value)

        threading.Thread(target=sample, daemon=True).start()
        marks = sorted(counts)
        seen, last = 0, b""
        mib = 2 ** 20
        print(f"{'documents':>10} {'seconds':>8} {'docs/s':>7} {'main MiB':>9} {'(peak)':>7} {'worker MiB':>11} "
              f"{'(peak)':>7} {'all MiB':>8} {'(peak)':>7}  load average")
        for line in process.stdout or []:
            if line.startswith((b"accepted", b"rejected", b"skipped")):
                seen += 1
                if marks and seen >= marks[0]:
                    marks.pop(0)
                    seconds = time.perf_counter() - start
                    print(f"{seen:10d} {seconds:8.1f} {seen / seconds:7.1f} {now['main'] / mib:9.0f} "
                          f"{peak['main'] / mib:7.0f} {now['worker'] / mib:11.0f} {peak['worker'] / mib:7.0f} "
                          f"{now['all'] / mib:8.0f} {peak['all'] / mib:7.0f}  {os.getloadavg()[0]:.1f}", flush=True)
            if line.strip():
                last = line
        done.set()
        _, status, usage = os.wait4(process.pid, 0)
        print(f"exit {os.waitstatus_to_exitcode(status)}, main process peak (wait4) {usage.ru_maxrss / 1024:.0f} MiB: "
              f"{last.decode('utf-8', 'replace').strip()}")


if __name__ == "__main__":
    main()
