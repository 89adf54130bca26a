"""Lookups while the dataset's heavy pages are recomputed after every write, against lookups alone.

Usage::

    python bench/churn_bench.py [--releases 10000] [--seconds 6] [--rounds 6] [--clients 3]

One `osce-kg serve` over the synthetic dataset of ``sparql_bench.py``. Lookup clients (as in
``sparql_bench.py``) run in rounds that alternate two conditions: alone, and beside a
maintainer loop that commits a small update (``POST /update``) and then fetches ``/void`` and
the landing page, both recomputed from the whole store after a write. Those recomputations run
in the query workers (``WorkerReads``), so the server's GIL stays free for the lookups; the
ratio (lookups beside the churn / lookups alone, same run) shows what is left of their cost.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _ports import free_port  # noqa: E402
from sparql_bench import drive, merge, synthetic_nquads, wait_up  # noqa: E402

TOKEN = "bench-token"


def churn(port: int, stop, out) -> None:
    """Write, then fetch the pages a write makes stale, until ``stop`` is set."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    writes, page_seconds = 0, {"/void.nt": [], "/": []}
    while not stop.is_set():
        # a value never written before, so every write changes the data (a no-op write keeps the caches)
        body = f"INSERT DATA {{ GRAPH <urn:bench:churn> {{ <urn:bench:s> <urn:bench:n> {time.time_ns()} }} }}"
        conn.request("POST", "/update", body=body.encode(), headers={
            "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        response = conn.getresponse()
        response.read()
        assert response.status in (200, 204), response.status
        writes += 1
        for path in ("/void.nt", "/"):
            started = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            assert response.status == 200, (path, response.status)
            page_seconds[path].append(time.perf_counter() - started)
    out.put((writes, page_seconds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=6.0, help="per condition, over all rounds")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--clients", type=int, default=3)
    args = parser.parse_args()

    import pyoxigraph as ox

    tmp = Path(tempfile.mkdtemp(prefix="churn-bench-"))
    server = None
    try:
        store = ox.Store(str(tmp / "store"))
        store.bulk_load(synthetic_nquads(args.releases).encode(), ox.RdfFormat.N_QUADS)
        quads = len(store)
        store.flush()
        del store
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "osce_kg.server.cli", "serve", "--store", str(tmp / "store"), "--port", str(port)],
            env=dict(os.environ, OSCE_KG_TOKEN=f"bench:{TOKEN}"),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_up(port, "/sparql")
        drive(port, "/sparql", "lookup", args.releases, 0.5, 1)  # warm
        span = args.seconds / args.rounds
        alone, beside, writes, pages = [], [], 0, {"/void.nt": [], "/": []}
        ctx = mp.get_context("fork")
        for _ in range(args.rounds):
            alone.append(drive(port, "/sparql", "lookup", args.releases, span, args.clients))
            stop, out = ctx.Event(), ctx.Queue()
            maintainer = ctx.Process(target=churn, args=(port, stop, out))
            maintainer.start()
            time.sleep(0.2)  # the first write lands
            beside.append(drive(port, "/sparql", "lookup", args.releases, span, args.clients))
            stop.set()
            done, seconds = out.get()
            maintainer.join()
            writes += done
            for path, spent in seconds.items():
                pages[path] += spent
        ratios = [b["rps"] / a["rps"] for a, b in zip(alone, beside)]
        a, b = merge(alone), merge(beside)
        print(f"{args.releases} releases ({quads} quads), {args.clients} lookup clients, {args.rounds} rounds of "
              f"{span:g} s per condition\n")
        print("| lookups | req/s | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|")
        for name, m in (("alone", a), ("beside a write, then /void and / recomputed, in a loop", b)):
            print(f"| {name} | {m['rps']:.0f} | {m['p50']:.2f} | {m['p99']:.2f} | {m['latencies'][-1] * 1000:.0f} |")
        print(f"\nThroughput beside / alone: **{b['rps'] / a['rps']:.2f}x** "
              f"(rounds {min(ratios):.2f}-{statistics.median(ratios):.2f}-{max(ratios):.2f}); p99 latency beside / "
              f"alone: **{b['p99'] / a['p99']:.1f}x**. {writes} writes, each followed by /void (median "
              f"{statistics.median(pages['/void.nt']) * 1000:.0f} ms) and / (median "
              f"{statistics.median(pages['/']) * 1000:.0f} ms).")
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
