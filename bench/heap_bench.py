"""The serving process's malloc arena cap and GIL switch interval (``server/heap.py``), each measured alone.

Usage::

    python bench/heap_bench.py [--releases 5000] [--seconds 4] [--rounds 4] [--clients 4]
                               [--setting arenas switch]

For each setting, two ``osce-kg serve --readers 1 --cache-bytes 0`` run side by side on copies of one
synthetic store (``sparql_bench.synthetic_nquads``): one with the setting on (``OSCE_KG_MALLOC_ARENAS=2``,
``OSCE_KG_SWITCH_INTERVAL_MS=1``), one with it at 0 ("off": glibc's eight arenas per core, CPython's
5 ms), the other setting as the environment or its default leaves it, in both. Each round drives lookups
(``/sparql``) and HTML dereferences of releases (``/doc/release/N``, what the settings were set for)
with ``--clients`` keep-alive client processes, first on one server then on the other (the order
alternates by round). Reports requests per second, the on/off ratio of each round and their median,
p99 latency, the server's CPU a request (all its processes, from /proc: less moved by the machine's
load than throughput) with its on/off ratio, and the resident memory of each server (all its
processes; now and at its peak) at the end.

Both servers and the clients share the machine's cores: read the ratios, not the absolute figures.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _ports import free_port  # noqa: E402
from sparql_bench import (drive, process_tree, status_kib, stop_all, summary,  # noqa: E402
                          synthetic_nquads, timed_gets, wait_for_figures, wait_up)

VARIABLES = {"arenas": "OSCE_KG_MALLOC_ARENAS", "switch": "OSCE_KG_SWITCH_INTERVAL_MS"}
#: each setting's value when "on" (the server "off" has it at 0)
ON = {"arenas": "2", "switch": "1"}


def _pages(port: int, paths: list[str], accept: str, seconds: float, seed: int, out) -> None:
    """One keep-alive client asking for ``paths`` in a random order for ``seconds``."""
    rng = random.Random(seed)
    timed_gets(port, lambda: rng.choice(paths), accept, seconds, out)


def drive_pages(port: int, paths: list[str], seconds: float, clients: int) -> dict:
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_pages, args=(port, paths, "text/html", seconds, i, out)) for i in range(clients)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    return summary([x for r in results for x in r[0]], sum(r[1] for r in results), seconds)


def cpu_seconds(pid: int) -> float:
    """User and system CPU of ``pid`` and its descendants so far, seconds."""
    ticks = 0
    for current in process_tree(pid):
        try:
            fields = (Path("/proc") / str(current) / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def memory_mib(pid: int) -> tuple[float, float]:
    """(resident now, resident at its peak) of ``pid`` and its descendants, MiB."""
    rss = hwm = 0
    for current in process_tree(pid):
        now, peak = status_kib(current, "VmRSS", "VmHWM")
        rss, hwm = rss + now, hwm + peak
    return rss / 1024, hwm / 1024


def measure(setting: str, store: Path, tmp: Path, args: argparse.Namespace) -> list[str]:
    """One setting on and off, side by side: the report's lines."""
    servers: dict[str, subprocess.Popen] = {}
    ports: dict[str, int] = {}
    base = {k: v for k, v in os.environ.items() if k not in VARIABLES.values()}
    try:
        for state in ("on", "off"):
            copy = tmp / f"{setting}-{state}"
            shutil.copytree(store, copy)
            ports[state] = free_port()
            env = dict(base, OSCE_KG_QUERY_WORKERS="2", OSCE_KG_BASE="http://localhost:8000/")
            env[VARIABLES[setting]] = ON[setting] if state == "on" else "0"
            servers[state] = subprocess.Popen(
                [sys.executable, "-m", "osce_kg.server.cli", "serve", "--store", str(copy), "--port",
                 str(ports[state]), "--readers", "1", "--cache-bytes", "0", "--threads", "8"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for state in ("on", "off"):
            wait_up(ports[state], "/sparql")
            wait_for_figures(ports[state])
        rng = random.Random(5)
        paths = [f"/doc/release/{rng.randrange(args.releases)}" for _ in range(256)]
        lines = []
        for workload in ("lookup", "HTML dereference"):
            runs: dict[str, list[dict]] = {"on": [], "off": []}
            ratios, loads, cpu_ratios = [], [], []
            cpu: dict[str, list[float]] = {"on": [], "off": []}
            for r in range(args.rounds):
                order = ("on", "off") if r % 2 == 0 else ("off", "on")
                got = {}
                for state in order:
                    loads.append(os.getloadavg()[0])
                    before = cpu_seconds(servers[state].pid)
                    if workload == "lookup":
                        got[state] = drive(ports[state], "/sparql", "lookup", args.releases, args.seconds,
                                           args.clients)
                    else:
                        got[state] = drive_pages(ports[state], paths, args.seconds, args.clients)
                    got[state]["cpu_ms"] = (cpu_seconds(servers[state].pid) - before) * 1000 / max(1, got[state]["n"])
                    cpu[state].append(got[state]["cpu_ms"])
                    runs[state].append(got[state])
                ratios.append(got["on"]["rps"] / got["off"]["rps"])
                cpu_ratios.append(got["on"]["cpu_ms"] / got["off"]["cpu_ms"])
            whole = {state: merge(runs[state]) for state in runs}
            lines.append(
                f"| {setting} | {workload} | {whole['on']['rps']:.0f} | {whole['off']['rps']:.0f} | "
                f"{statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f}) | "
                f"{whole['on']['p99']:.1f} / {whole['off']['p99']:.1f} | "
                f"{statistics.median(cpu['on']):.2f} / {statistics.median(cpu['off']):.2f} | "
                f"{statistics.median(cpu_ratios):.2f}x ({min(cpu_ratios):.2f}-{max(cpu_ratios):.2f}) | "
                f"{whole['on']['errors']}/{whole['off']['errors']} | {min(loads):.1f}-{max(loads):.1f} |")
            print(lines[-1], file=sys.stderr)
        on, off = memory_mib(servers["on"].pid), memory_mib(servers["off"].pid)
        lines.append(f"| {setting} | memory at the end (MiB, all processes: now / peak) | {on[0]:.0f} / {on[1]:.0f} | "
                     f"{off[0]:.0f} / {off[1]:.0f} | {on[0] / off[0]:.2f}x / {on[1] / off[1]:.2f}x | | | | | |")
        print(lines[-1], file=sys.stderr)
        return lines
    finally:
        stop_all(servers)


def merge(runs: list[dict]) -> dict:
    return summary([x for r in runs for x in r["latencies"]], sum(r["errors"] for r in runs),
                   sum(r["seconds"] for r in runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=5_000)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--setting", nargs="+", choices=sorted(VARIABLES), default=sorted(VARIABLES))
    args = parser.parse_args()

    import pyoxigraph as ox

    tmp = Path(tempfile.mkdtemp(prefix="heap-bench-"))
    try:
        store_path = tmp / "store"
        store = ox.Store(str(store_path))
        store.bulk_load(synthetic_nquads(args.releases).encode(), ox.RdfFormat.N_QUADS)
        quads = len(store)
        store.flush()
        del store
        print(f"{args.releases} releases, {quads} quads; {args.rounds} rounds of {args.seconds} s, "
              f"{args.clients} clients", file=sys.stderr)
        lines = ["| setting | workload | on (req/s) | off (req/s) | on/off (median of rounds, range) | "
                 "p99 ms on / off | CPU ms a request on / off (median) | CPU on/off (median, range) | "
                 "errors on/off | load |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for setting in args.setting:
            lines += measure(setting, store_path, tmp, args)
        print("\n".join(lines))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
