"""The same SPARQL query mix against osce-kg's /sparql and `oxigraph serve`, same data, same run.

Usage::

    python bench/sparql_bench.py [--releases 10000] [--seconds 5] [--clients 4] [--rounds 5] [--only lookup]
                                 [--out bench/sparql_results.md]

Builds a synthetic OSCE-shaped graph (press releases of ~18 quads in one named graph
each, plus States, Secretariat units and field operations), bulk-loads it once, copies
the store for Oxigraph, starts `osce-kg serve` (Granian, query workers) and
`oxigraph serve --union-default-graph` on free ports, and drives each query of the mix
for ``--seconds`` per server with ``--clients`` keep-alive client processes, in ``--rounds``
rounds that alternate the two servers. Reports throughput, p50 and p99 latency and the
throughput ratio (osce-kg / Oxigraph) per query, with the spread of the per-round ratios.

Both servers and the clients share the machine's cores; ratios are what to read,
absolute numbers move with the machine's load.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

EX = "http://localhost:8000/id/"
ONT = "http://localhost:8000/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
STATES = ["Albania", "Austria", "Finland", "Germany", "Georgia", "Kazakhstan", "Moldova", "Serbia",
          "Ukraine", "Sweden", "Malta", "Mongolia", "Norway", "Poland", "Spain", "Türkiye"]
TOPICS = ["terrorism", "elections", "trafficking", "media", "policing", "water", "gender", "borders"]


def nt(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def synthetic_nquads(releases: int, seed: int = 7) -> str:
    """An OSCE-shaped dataset as N-Quads: reference graph plus one graph per release."""
    rng = random.Random(seed)
    ref = f"<{EX}graph/reference>"
    lines = []
    for i, state in enumerate(STATES):
        s = f"<{EX}state/{i}>"
        lines += [f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ONT}ParticipatingState> {ref} .",
                  f'{s} <{RDFS_LABEL}> "{nt(state)}"@en {ref} .',
                  f'{s} <{ONT}isoCode> "S{i:02d}" {ref} .']
    for u in range(40):
        s = f"<{EX}unit/{u}>"
        lines += [f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ONT}SecretariatUnit> {ref} .",
                  f'{s} <{RDFS_LABEL}> "Unit {u}"@en {ref} .']
    for f in range(20):
        s = f"<{EX}fieldop/{f}>"
        lines += [f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ONT}FieldOperation> {ref} .",
                  f'{s} <{RDFS_LABEL}> "Mission {f}"@en {ref} .',
                  f"{s} <{ONT}hostState> <{EX}state/{f % len(STATES)}> {ref} ."]
    for r in range(releases):
        g = f"<{EX}graph/release/{r}>"
        s = f"<{EX}release/{r}>"
        topic = rng.choice(TOPICS)
        year = 2005 + r % 20
        lines += [
            f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ONT}PressRelease> {g} .",
            f'{s} <{RDFS_LABEL}> "Release {r} on {topic} in {rng.choice(STATES)}"@en {g} .',
            f'{s} <http://purl.org/dc/terms/date> "{year}-{1 + r % 12:02d}-{1 + r % 28:02d}"^^<http://www.w3.org/2001/XMLSchema#date> {g} .',
            f'{s} <{ONT}place> "City {r % 50}" {g} .',
            f"{s} <{ONT}issuedBy> <{EX}unit/{r % 40}> {g} .",
            f"{s} <{ONT}fieldOfWork> <{EX}topic/{topic}> {g} .",
            f'{s} <{ONT}bodyText> "Body text of release {r}. {topic} matters. " {g} .',
        ]
        for state in rng.sample(range(len(STATES)), 3):
            lines.append(f"{s} <{ONT}mentions> <{EX}state/{state}> {g} .")
        for k in range(2):
            lines.append(f"{s} <{ONT}mentions> <{EX}fieldop/{(r + k) % 20}> {g} .")
        p = f"<{EX}person/{r % 500}>"
        lines += [f"{s} <{ONT}mentionsPerson> {p} {g} .",
                  f'{p} <http://xmlns.com/foaf/0.1/name> "Person {r % 500}" {g} .']
        lines += [f"{g} <http://www.w3.org/ns/prov#wasDerivedFrom> <file:///corpus/{r}.txt> {g} .",
                  f'{g} <{ONT}sha256> "{r:064x}" {g} .',
                  f'{g} <{ONT}loaderVersion> "0.1.0" {g} .',
                  f'{g} <http://www.w3.org/ns/prov#generatedAtTime> "2026-11-28T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> {g} .']
    return "\n".join(lines) + "\n"


def query_mix(releases: int) -> dict[str, callable]:
    """name -> function(rng) giving a query; lookups vary their IRI."""
    return {
        "lookup": lambda rng: f"SELECT ?p ?o WHERE {{ <{EX}release/{rng.randrange(releases)}> ?p ?o }}",
        "filtered listing": lambda rng: (
            f"SELECT ?r ?label WHERE {{ ?r a <{ONT}PressRelease> ; <{RDFS_LABEL}> ?label ; "
            f"<http://purl.org/dc/terms/date> ?d . FILTER(CONTAINS(?label, \"{rng.choice(TOPICS)}\") "
            f"&& YEAR(?d) = {2005 + rng.randrange(20)}) }} ORDER BY ?label LIMIT 50"),
        "aggregation": lambda rng: (
            f"SELECT ?state (COUNT(?r) AS ?n) WHERE {{ ?r a <{ONT}PressRelease> ; <{ONT}mentions> ?state . "
            f"?state a <{ONT}ParticipatingState> }} GROUP BY ?state ORDER BY DESC(?n)"),
        "2-hop join": lambda rng: (
            f"SELECT ?r ?label WHERE {{ ?f <{ONT}hostState> ?s . ?s <{RDFS_LABEL}> \"{rng.choice(STATES)}\"@en . "
            f"?r <{ONT}mentions> ?f ; <{RDFS_LABEL}> ?label }} LIMIT 100"),
        "construct": lambda rng: (
            f"CONSTRUCT {{ ?r ?p ?o . ?o <{RDFS_LABEL}> ?l }} WHERE {{ VALUES ?r {{ <{EX}release/{rng.randrange(releases)}> }} "
            f"?r ?p ?o OPTIONAL {{ ?o <{RDFS_LABEL}> ?l }} }}"),
    }


ACCEPT = {"construct": "text/turtle"}


async def empty_app(scope, receive, send):
    """An ASGI app that does nothing: under the same server and loop it shows the HTTP layer's ceiling."""
    if scope["type"] != "http":
        return
    body = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/sparql-results+json")]})
    await send({"type": "http.response.body", "body": body})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_up(port: int, path: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path + "?" + urlencode({"query": "ASK {}"}))
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server on {port} did not come up")


def _client(port: int, path: str, name: str, releases: int, seconds: float, seed: int, out) -> None:
    rng = random.Random(seed)
    make = query_mix(releases)[name]
    accept = ACCEPT.get(name, "application/sparql-results+json")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    latencies: list[float] = []
    errors = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        url = path + "?" + urlencode({"query": make(rng)})
        started = time.perf_counter()
        try:
            conn.request("GET", url, headers={"Accept": accept})
            response = conn.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            ok = False
        latencies.append(time.perf_counter() - started)
        errors += not ok
    out.put((latencies, errors))


def drive(port: int, path: str, name: str, releases: int, seconds: float, clients: int) -> dict[str, float]:
    """Run one query type with ``clients`` processes; throughput and latency percentiles."""
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_client, args=(port, path, name, releases, seconds, i, out)) for i in range(clients)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    return summary([l for r in results for l in r[0]], sum(r[1] for r in results), seconds)


def summary(latencies: list[float], errors: int, seconds: float) -> dict:
    latencies = sorted(latencies)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {"rps": len(latencies) / seconds, "p50": q[49] * 1000, "p99": q[98] * 1000,
            "n": len(latencies), "errors": errors, "latencies": latencies, "seconds": seconds}


def merge(runs: list[dict]) -> dict:
    """Several rounds of one server as one."""
    return summary([l for r in runs for l in r["latencies"]], sum(r["errors"] for r in runs),
                   sum(r["seconds"] for r in runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="osce-kg query workers")
    parser.add_argument("--threads", type=int, default=8, help="osce-kg serve --threads (request threads)")
    parser.add_argument("--out", type=Path, default=None, help="also write the table here (Markdown)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="alternate the two servers this many times per query type (same total time)")
    parser.add_argument("--only", nargs="+", metavar="QUERY", default=None,
                        help="run only these query types (e.g. --only lookup construct)")
    args = parser.parse_args()

    import pyoxigraph as ox

    tmp = Path(tempfile.mkdtemp(prefix="sparql-bench-"))
    procs: list[subprocess.Popen] = []
    try:
        data = synthetic_nquads(args.releases).encode()
        ours, theirs = tmp / "osce-store", tmp / "oxigraph-store"
        store = ox.Store(str(ours))
        store.bulk_load(data, ox.RdfFormat.N_QUADS)
        triples = len(store)
        store.flush()
        del store
        shutil.copytree(ours, theirs)
        print(f"{args.releases} releases, {triples} quads", file=sys.stderr)

        our_port, ox_port = free_port(), free_port()
        env = dict(os.environ, OSCE_KG_QUERY_WORKERS=str(args.workers))
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "osce_kg.server.cli", "serve", "--store", str(ours), "--port", str(our_port),
             "--threads", str(args.threads)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen(
            ["oxigraph", "serve", "--location", str(theirs), "--bind", f"127.0.0.1:{ox_port}",
             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        empty_port = free_port()
        procs.append(subprocess.Popen(
            ["granian", "--interface", "asgi", "--loop", "uvloop", "--workers", "1", "--no-ws",
             "--host", "127.0.0.1", "--port", str(empty_port), "--working-dir", str(Path(__file__).parent),
             "sparql_bench:empty_app"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_up(our_port, "/sparql")
        wait_up(ox_port, "/query")
        wait_up(empty_port, "/")

        rows = []
        for name in query_mix(args.releases):
            if args.only and name not in args.only:
                continue
            # warm both (first query opens the snapshot, fills caches)
            drive(our_port, "/sparql", name, args.releases, 0.5, 1)
            drive(ox_port, "/query", name, args.releases, 0.5, 1)
            # interleaved rounds, so a burst of load from elsewhere on the shared machine hits both alike
            ours, theirs = [], []
            for _ in range(args.rounds):
                ours.append(drive(our_port, "/sparql", name, args.releases, args.seconds / args.rounds, args.clients))
                theirs.append(drive(ox_port, "/query", name, args.releases, args.seconds / args.rounds, args.clients))
            a, b = merge(ours), merge(theirs)
            a["round_ratios"] = [x["rps"] / y["rps"] for x, y in zip(ours, theirs)]
            rows.append((name, a, b))
            print(f"{name}: osce-kg {a['rps']:.0f}/s, oxigraph {b['rps']:.0f}/s", file=sys.stderr)
        table = render(rows, args, triples)
        oxigraph_lookup = next((b for name, _, b in rows if name == "lookup"), None)
        if oxigraph_lookup:
            drive(empty_port, "/", "lookup", args.releases, 0.5, 1)
            empty = drive(empty_port, "/", "lookup", args.releases, args.seconds, args.clients)
            table += (f"\nHTTP ceiling: an empty ASGI app under the same Granian (1 worker, uvloop) answered "
                      f"{empty['rps']:.0f} req/s (p50 {empty['p50']:.2f} ms), "
                      f"{empty['rps'] / oxigraph_lookup['rps']:.2f}x Oxigraph's lookup throughput.\n")
        print(table)
        if args.out:
            args.out.write_text(table, encoding="utf-8")
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


def spread(ratios: list[float]) -> str:
    return f"{min(ratios):.2f}-{statistics.median(ratios):.2f}-{max(ratios):.2f}"


def render(rows, args, triples: int) -> str:
    head = (f"{args.releases} releases ({triples} quads), {args.clients} keep-alive clients, "
            f"{args.seconds:g} s per query type and server in {args.rounds} alternating rounds, osce-kg with {args.workers} query workers and {args.threads} request threads\n\n"
            "| query | osce-kg req/s | p50 ms | p99 ms | oxigraph req/s | p50 ms | p99 ms | ratio | rounds: min-median-max |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|---|\n")
    lines = []
    for name, a, b in rows:
        errs = f" ({a['errors']}+{b['errors']} errors)" if a["errors"] or b["errors"] else ""
        lines.append(f"| {name}{errs} | {a['rps']:.0f} | {a['p50']:.2f} | {a['p99']:.2f} | {b['rps']:.0f} | "
                     f"{b['p50']:.2f} | {b['p99']:.2f} | {a['rps'] / b['rps']:.2f}x | {spread(a['round_ratios'])} |")
    return head + "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
