"""How to serve lookups from one Python process: minimal apps under Granian vs `oxigraph serve`.

Usage::

    python bench/serving_bench.py [--releases 10000] [--seconds 6] [--rounds 3] [--clients 4]

Starts ``bench/minimal_apps.py`` served five ways (WSGI on 8 threads and on 1, ASGI on asyncio
and on uvloop, ASGI on uvloop handing the store call to 2 threads, RSGI) and `oxigraph serve`
on the synthetic data of ``sparql_bench.py``, and drives lookups at each in alternating rounds;
the ratio is each app's throughput over Oxigraph's in the same rounds. Then checks whether
pyoxigraph lets go of the GIL while it evaluates: the same GROUP BY queries on two threads
against one, in the same run.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _ports import free_port  # noqa: E402
from sparql_bench import drive, stop_all, synthetic_nquads, wait_up  # noqa: E402

SERVINGS = {  # name -> granian arguments
    "WSGI, 8 threads": ["--interface", "wsgi", "--blocking-threads", "8", "minimal_apps:wsgi"],
    "WSGI, 1 thread": ["--interface", "wsgi", "--blocking-threads", "1", "minimal_apps:wsgi"],
    "ASGI, asyncio": ["--interface", "asgi", "--loop", "asyncio", "minimal_apps:asgi"],
    "ASGI, uvloop": ["--interface", "asgi", "--loop", "uvloop", "minimal_apps:asgi"],
    "ASGI, uvloop, store call on 2 threads": ["--interface", "asgi", "--loop", "uvloop", "minimal_apps:asgi_pool"],
    "RSGI": ["--interface", "rsgi", "minimal_apps:rsgi"],
}


def gil_check(store_path: Path, queries: int = 8) -> float:
    """Speed-up of two threads over one on the same aggregate queries (about 2 if the GIL is let go)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_path))
    query = "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p"

    def work(n: int) -> None:
        for _ in range(n):
            list(store.query(query, use_default_graph_as_union=True))

    work(2)
    started = time.perf_counter()
    work(queries)
    one = time.perf_counter() - started
    threads = [threading.Thread(target=work, args=(queries // 2,)) for _ in range(2)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return one / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=6.0, help="per server, over all rounds")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    import pyoxigraph as ox

    tmp = Path(tempfile.mkdtemp(prefix="serving-bench-"))
    procs: list[subprocess.Popen] = []
    try:
        store = ox.Store(str(tmp / "store"))
        store.bulk_load(synthetic_nquads(args.releases).encode(), ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        shutil.copytree(tmp / "store", tmp / "oxigraph")
        ports = {}
        for name, granian_args in SERVINGS.items():
            ports[name] = free_port()
            procs.append(subprocess.Popen(
                ["granian", "--workers", "1", "--no-ws", "--host", "127.0.0.1", "--port", str(ports[name]),
                 "--working-dir", str(Path(__file__).parent), *granian_args],
                env=dict(os.environ, MINIMAL_STORE=str(tmp / "store")),
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        ox_port = free_port()
        procs.append(subprocess.Popen(
            ["oxigraph", "serve", "--location", str(tmp / "oxigraph"), "--bind", f"127.0.0.1:{ox_port}",
             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        for port in ports.values():
            wait_up(port, "/")
        wait_up(ox_port, "/query")
        span = args.seconds / args.rounds
        served = {name: 0.0 for name in SERVINGS}
        oxigraph = {name: 0.0 for name in SERVINGS}
        for _ in range(args.rounds):
            for name, port in ports.items():  # each app next to its own Oxigraph measurement
                drive(port, "/", "lookup", args.releases, 0.3, 1)
                served[name] += drive(port, "/", "lookup", args.releases, span, args.clients)["rps"]
                oxigraph[name] += drive(ox_port, "/query", "lookup", args.releases, span, args.clients)["rps"]
        print(f"{args.releases} releases, {args.clients} keep-alive clients, {args.rounds} rounds of {span:g} s\n")
        print("| minimal lookup app served as | req/s | Oxigraph req/s | ratio |\n|---|---:|---:|---:|")
        for name in SERVINGS:
            print(f"| {name} | {served[name] / args.rounds:.0f} | {oxigraph[name] / args.rounds:.0f} | "
                  f"{served[name] / oxigraph[name]:.2f}x |")
        print(f"\npyoxigraph and the GIL: 8 GROUP BY queries on two threads ran "
              f"{gil_check(tmp / 'store'):.2f}x as fast as on one.")
    finally:
        stop_all(procs, timeout=20)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
