"""The same SPARQL query mix against osce-kg's /sparql and `oxigraph serve`, same data, same run.

Usage::

    python bench/sparql_bench.py [--releases 10000] [--seconds 5] [--clients 4] [--rounds 5] [--only lookup]
                                 [--out bench/sparql_results.md]
    python bench/sparql_bench.py --client wrk [--releases 100000] [--seconds 6] [--rounds 3] [--connections 8]

Builds a synthetic OSCE-shaped graph (press releases of ~18 quads in one named graph
each, plus States, Secretariat units and field operations), bulk-loads it once, copies
the store for Oxigraph, starts `osce-kg serve` (Granian, query workers) and
`oxigraph serve --union-default-graph` on free ports, and drives each query of the mix
for ``--seconds`` per server with ``--clients`` keep-alive client processes, in ``--rounds``
rounds that alternate the two servers. Reports throughput, p50 and p99 latency and the
throughput ratio (osce-kg / Oxigraph) per query, with the spread of the per-round ratios.

With ``--client wrk`` the clients are `wrk` (Debian package ``wrk``, installed with apt-get when
missing) with ``--connections`` keep-alive connections and the Lua script ``bench/wrk/paths.lua``,
which asks for a list of request targets in turn; two osce-kg servers run, each on its own copy of
the store: one with the response cache (the default) and one with ``--cache-bytes 0``, so every
scenario is measured from the cache ("warm": every answer already kept) and without it ("cold"),
each beside `oxigraph serve` in the same alternating rounds. Scenarios: lookups of 256 different
releases, one filtered listing sent again and again verbatim, 2-hop joins and single-resource
CONSTRUCTs (16 and 256 different texts), dereferences of 256 releases as HTML and as Turtle (the
peer: Oxigraph answering the CONSTRUCT of what a description holds, as Turtle; it serves no
pages), VoID and the landing page (no peer). Then the servers' memory (resident, all processes).

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
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ports import free_port  # noqa: E402

EX = "http://localhost:8000/id/"
ONT = "https://w3id.org/osce-kg/ontology#"
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


def stop_all(procs, timeout: float = 30) -> None:
    """SIGTERM every server of ``procs`` (a list, or a dict of them), then wait; kill what stays."""
    procs = list(procs.values()) if isinstance(procs, dict) else list(procs)
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()


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


def timed_gets(port: int, next_url: Callable[[], str], accept: str, seconds: float, out) -> None:
    """One keep-alive client sending ``GET next_url()`` for ``seconds``; puts (latencies, errors) on ``out``."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    latencies: list[float] = []
    errors = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        url = next_url()
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


def _client(port: int, path: str, name: str, releases: int, seconds: float, seed: int, out) -> None:
    rng = random.Random(seed)
    make = query_mix(releases)[name]
    accept = ACCEPT.get(name, "application/sparql-results+json")
    timed_gets(port, lambda: path + "?" + urlencode({"query": make(rng)}), accept, seconds, out)


def wait_for_figures(port: int, timeout: float = 600, paths: tuple[str, ...] = ("/void", "/")) -> None:
    """Wait until the server has computed its whole-store figures (VoID, the landing page): computed at
    start, they would otherwise take CPU from the first measured rounds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            fill(port, list(paths), "text/turtle")
            return
        except RuntimeError:  # 503 while they are first computed
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


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
    parser.add_argument("--client", choices=("python", "wrk"), default="python",
                        help="the Python client processes (the query mix) or wrk (the serving scenarios)")
    parser.add_argument("--connections", type=int, default=8, help="wrk's keep-alive connections")
    parser.add_argument("--readers", nargs="+", type=int, default=None, metavar="N",
                        help="with --client wrk: compare `serve --readers N` for each N (response cache off) "
                             "beside oxigraph serve, on lookups, joins, CONSTRUCTs and heavy queries; with the "
                             "Python client: serve with the first N")
    parser.add_argument("--cache-bytes", type=int, default=None,
                        help="with the Python client: osce-kg serve --cache-bytes (0: every answer computed)")
    args = parser.parse_args()
    if args.client == "wrk" and args.readers:
        readers_main(args)
        return
    if args.client == "wrk":
        wrk_main(args)
        return

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
        extra = ([] if args.cache_bytes is None else ["--cache-bytes", str(args.cache_bytes)]) + (
            ["--readers", str(args.readers[0])] if args.readers else [])
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "osce_kg.server.cli", "serve", "--store", str(ours), "--port", str(our_port),
             "--threads", str(args.threads), *extra],
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

        wait_for_figures(our_port)
        rows = []
        loads = [os.getloadavg()[0]]
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
            loads.append(os.getloadavg()[0])
            print(f"{name}: osce-kg {a['rps']:.0f}/s, oxigraph {b['rps']:.0f}/s", file=sys.stderr)
        table = render(rows, args, triples)
        table += f"\nLoad average (1 min) during the run: {min(loads):.1f}-{max(loads):.1f}.\n"
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
        stop_all(procs, timeout=20)
        shutil.rmtree(tmp, ignore_errors=True)


# -- wrk: the serving scenarios ----------------------------------------------------------------------

WRK_SCRIPT = Path(__file__).parent / "wrk" / "paths.lua"
#: the shortest wrk round, in seconds (a round shorter than a heavy query answers nothing)
MIN_ROUND = 2.0
#: the shortest round of the heavy queries (readers comparison), in seconds
HEAVY_ROUND = 10.0
TURTLE = "text/turtle"
SPARQL_JSON = "application/sparql-results+json"
HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"


def ensure_wrk() -> str:
    """The path of ``wrk``, installing the Debian package when it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, stdout=subprocess.DEVNULL)
    return shutil.which("wrk") or "wrk"


def wrk(port: int, targets: list[str], accept: str, seconds: float, connections: int, workdir: Path) -> dict:
    """Drive ``targets`` in turn for ``seconds`` with wrk: req/s, p50 and p99 (ms), errors."""
    listing = workdir / f"targets-{abs(hash((tuple(targets), accept))) % 10**8}.txt"
    listing.write_text("\n".join(targets) + "\n", encoding="utf-8")
    out = subprocess.run(
        [ensure_wrk(), "-t2", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--latency", "--timeout", "60s",
         "-s", str(WRK_SCRIPT), f"http://127.0.0.1:{port}", "--", str(listing), accept],
        capture_output=True, text=True, check=True).stdout
    return {"rps": float(_after(out, "Requests/sec:")), "p50": _ms(_after(out, "50%")), "p99": _ms(_after(out, "99%")),
            "errors": int(_after(out, "errors-4xx-5xx")) + int(_after(out, "Non-2xx or 3xx responses:", "0")),
            "seconds": seconds}


def _after(text: str, label: str, default: str | None = None) -> str:
    for line in text.splitlines():
        if line.strip().startswith(label):
            return line.strip()[len(label):].split()[0]
    if default is None:
        raise RuntimeError(f"wrk printed no {label!r}:\n{text}")
    return default


def _ms(value: str) -> float:
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0), ("m", 60_000.0)):
        if value.endswith(unit):
            return float(value[:-len(unit)]) * factor
    return float(value)


def sparql_targets(path: str, queries: list[str]) -> list[str]:
    return [f"{path}?{urlencode({'query': q})}" for q in queries]


def description_construct(iri: str) -> str:
    """What a description holds, as one CONSTRUCT for Oxigraph: the resource's triples, the labels of
    what it links to, its incoming links and their labels."""
    return (f"CONSTRUCT {{ <{iri}> ?p ?o . ?o <{RDFS_LABEL}> ?l . ?in ?ip <{iri}> . ?in <{RDFS_LABEL}> ?il }} "
            f"WHERE {{ {{ <{iri}> ?p ?o OPTIONAL {{ ?o <{RDFS_LABEL}> ?l }} }} UNION "
            f"{{ ?in ?ip <{iri}> OPTIONAL {{ ?in <{RDFS_LABEL}> ?il }} }} }}")


def scenarios(releases: int) -> list[tuple[str, list[str], list[str], str]]:
    """(name, osce-kg targets, Oxigraph targets or [], Accept)."""
    rng = random.Random(11)
    mix = query_mix(releases)
    picked = [rng.randrange(releases) for _ in range(256)]
    lookups = [f"SELECT ?p ?o WHERE {{ <{EX}release/{r}> ?p ?o }}" for r in picked]
    listing = [mix["filtered listing"](random.Random(3))]
    joins = [mix["2-hop join"](random.Random(i)) for i in range(64)]
    joins = list(dict.fromkeys(joins))
    constructs = [f"CONSTRUCT {{ ?r ?p ?o . ?o <{RDFS_LABEL}> ?l }} WHERE {{ VALUES ?r {{ <{EX}release/{r}> }} "
                  f"?r ?p ?o OPTIONAL {{ ?o <{RDFS_LABEL}> ?l }} }}" for r in picked]
    docs = [f"/doc/release/{r}" for r in picked]
    described = [description_construct(f"{EX}release/{r}") for r in picked]
    return [
        ("lookup (256 IRIs)", sparql_targets("/sparql", lookups), sparql_targets("/query", lookups), SPARQL_JSON),
        ("filtered listing, repeated", sparql_targets("/sparql", listing), sparql_targets("/query", listing),
         SPARQL_JSON),
        (f"2-hop join ({len(joins)} texts)", sparql_targets("/sparql", joins), sparql_targets("/query", joins),
         SPARQL_JSON),
        ("construct (256 IRIs)", sparql_targets("/sparql", constructs), sparql_targets("/query", constructs), TURTLE),
        ("dereference, Turtle (256)", [d + ".ttl" for d in docs], sparql_targets("/query", described), TURTLE),
        ("dereference, HTML (256)", docs, sparql_targets("/query", described), HTML),
        ("VoID", ["/void"], [], TURTLE),
        ("landing page", ["/"], [], HTML),
    ]


def fill(port: int, targets: list[str], accept: str, connections: int = 1) -> None:
    """Ask for each target once on each of ``connections`` connections, waiting for every answer (so the
    warm server has kept them all: each reader process keeps its own answers, and a connection is
    answered by one reader; wrk would drop the slow ones unanswered at the end of its run)."""
    for _ in range(connections):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        for target in targets:
            conn.request("GET", target, headers={"Accept": accept})
            response = conn.getresponse()
            body = response.read()
            if response.status >= 400:
                raise RuntimeError(f"{target} answered {response.status}: {body[:300]!r}")
        conn.close()


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, stack = [], [pid]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(children.get(current, []))
    return out


def status_kib(pid: int, *fields: str) -> list[int]:
    """The ``fields`` (``VmRSS``, ``VmHWM``...) of ``pid``'s /proc status, KiB (0 for a process gone)."""
    values = dict.fromkeys(fields, 0)
    try:
        for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
            name, _, rest = line.partition(":")
            if name in values:
                values[name] = int(rest.split()[0])
    except OSError:
        pass
    return list(values.values())


def tree_rss_mib(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, MiB."""
    return sum(status_kib(current, "VmRSS")[0] for current in process_tree(pid)) / 1024


def wrk_main(args: argparse.Namespace) -> None:
    import pyoxigraph as ox

    ensure_wrk()
    tmp = Path(tempfile.mkdtemp(prefix="sparql-wrk-"))
    procs: dict[str, subprocess.Popen] = {}
    try:
        started = time.monotonic()
        store = ox.Store(str(tmp / "warm"))
        store.bulk_load(synthetic_nquads(args.releases).encode(), ox.RdfFormat.N_QUADS)
        quads = len(store)
        store.flush()
        del store
        for copy in ("cold", "oxigraph"):
            shutil.copytree(tmp / "warm", tmp / copy)
        print(f"{args.releases} releases, {quads} quads, built in {time.monotonic() - started:.0f} s", file=sys.stderr)
        ports = {name: free_port() for name in ("warm", "cold", "oxigraph")}
        env = dict(os.environ, OSCE_KG_QUERY_WORKERS=str(args.workers))
        for name in ("warm", "cold"):
            cache = [] if name == "warm" else ["--cache-bytes", "0"]
            procs[name] = subprocess.Popen(
                [sys.executable, "-m", "osce_kg.server.cli", "serve", "--store", str(tmp / name), "--port",
                 str(ports[name]), "--threads", str(args.threads), *cache],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs["oxigraph"] = subprocess.Popen(
            ["oxigraph", "serve", "--location", str(tmp / "oxigraph"), "--bind", f"127.0.0.1:{ports['oxigraph']}",
             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for name in ("warm", "cold"):
            wait_up(ports[name], "/sparql")
        wait_up(ports["oxigraph"], "/query")
        started = time.monotonic()
        for name in ("warm", "cold"):  # the whole-store figures computed at start: not while measuring
            wait_for_figures(ports[name], paths=("/void", "/", "/sitemap.xml"))
        print(f"whole-store figures computed at start: {time.monotonic() - started:.0f} s", file=sys.stderr)
        rows = []
        for name, ours, theirs, accept in scenarios(args.releases):
            if args.only and not any(name.startswith(o) for o in args.only):
                continue
            per = {"warm": [], "cold": [], "oxigraph": []}
            fill(ports["warm"], ours, accept, args.connections)  # every answer kept by every reader first
            for server, targets in (("cold", ours), ("oxigraph", theirs)):
                if targets:  # warm up: opens snapshots, fills the store's own caches
                    wrk(ports[server], targets, accept, 1, args.connections, tmp)
            for _ in range(args.rounds):
                for server, targets in (("warm", ours), ("oxigraph", theirs), ("cold", ours)):
                    if targets:
                        per[server].append(wrk(ports[server], targets, accept,
                                               max(args.seconds / args.rounds, MIN_ROUND), args.connections, tmp))
            rows.append((name, per))
            print(f"{name}: " + ", ".join(f"{k} {statistics.mean(r['rps'] for r in v):.0f}/s"
                                          for k, v in per.items() if v), file=sys.stderr)
        memory = {name: tree_rss_mib(proc.pid) for name, proc in procs.items()}
        table = render_wrk(rows, args, quads, memory)
        print(table)
        if args.out:
            args.out.write_text(table, encoding="utf-8")
    finally:
        stop_all(procs, timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


def reader_scenarios(releases: int) -> list[tuple[str, list[str], str]]:
    """(name, SPARQL texts, Accept) for the readers comparison: the cold scenarios of :func:`scenarios`
    and heavy queries (the aggregation, filtered listings of 16 different fields and years)."""
    rng = random.Random(11)
    mix = query_mix(releases)
    picked = [rng.randrange(releases) for _ in range(256)]
    joins = list(dict.fromkeys(mix["2-hop join"](random.Random(i)) for i in range(64)))
    return [
        ("lookup (256 IRIs)", [f"SELECT ?p ?o WHERE {{ <{EX}release/{r}> ?p ?o }}" for r in picked], SPARQL_JSON),
        (f"2-hop join ({len(joins)} texts)", joins, SPARQL_JSON),
        ("construct (256 IRIs)", [mix["construct"](random.Random(r)) for r in picked], TURTLE),
    ]


#: the heavy queries of the readers comparison: seconds each at 100,000 releases, so they are driven by
#: :data:`HEAVY_CLIENTS` Python clients (wrk's rounds would end before most of them answer)
HEAVY = ("aggregation", "filtered listing")
HEAVY_CLIENTS = 2


def readers_main(args: argparse.Namespace) -> None:
    """``--client wrk --readers 1 2``: osce-kg with each number of readers, response cache off, beside
    ``oxigraph serve``, every server on its own copy of the store, in alternating rounds."""
    import pyoxigraph as ox

    ensure_wrk()
    tmp = Path(tempfile.mkdtemp(prefix="sparql-readers-"))
    names = [f"readers={n}" for n in args.readers]
    procs: dict[str, subprocess.Popen] = {}
    try:
        store = ox.Store(str(tmp / "built"))
        store.bulk_load(synthetic_nquads(args.releases).encode(), ox.RdfFormat.N_QUADS)
        quads = len(store)
        store.flush()
        del store
        ports = {name: free_port() for name in [*names, "oxigraph"]}
        env = dict(os.environ, OSCE_KG_QUERY_WORKERS=str(args.workers))
        for name, readers in zip(names, args.readers):
            shutil.copytree(tmp / "built", tmp / name)
            procs[name] = subprocess.Popen(
                [sys.executable, "-m", "osce_kg.server.cli", "serve", "--store", str(tmp / name), "--port",
                 str(ports[name]), "--threads", str(args.threads), "--cache-bytes", "0", "--readers", str(readers)],
                env=env, stdout=subprocess.DEVNULL, stderr=(tmp / f"{name}.log").open("wb"))
        shutil.copytree(tmp / "built", tmp / "oxigraph")
        procs["oxigraph"] = subprocess.Popen(
            ["oxigraph", "serve", "--location", str(tmp / "oxigraph"), "--bind", f"127.0.0.1:{ports['oxigraph']}",
             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for name in names:
            wait_up(ports[name], "/sparql")
            deadline = time.monotonic() + 600
            while True:  # the owner's start-up figures: not while measuring (503 while first computed)
                try:
                    fill(ports[name], ["/void", "/"], TURTLE)
                    break
                except RuntimeError:
                    if time.monotonic() > deadline:
                        print((tmp / f"{name}.log").read_text(errors="replace")[-3000:], file=sys.stderr)
                        raise
                    time.sleep(1)
        wait_up(ports["oxigraph"], "/query")
        loads, rows = [os.getloadavg()[0]], []
        for scenario, texts, accept in reader_scenarios(args.releases):
            if args.only and not any(scenario.startswith(o) for o in args.only):
                continue
            targets = {name: sparql_targets("/sparql", texts) for name in names}
            targets["oxigraph"] = sparql_targets("/query", texts)
            per: dict[str, list[dict]] = {name: [] for name in targets}
            for name, listed in targets.items():  # warm up: views, workers, the store's own caches
                wrk(ports[name], listed, accept, 1, args.connections, tmp)
            round_seconds = max(args.seconds / args.rounds, MIN_ROUND)
            for _ in range(args.rounds):
                for name, listed in targets.items():
                    per[name].append(wrk(ports[name], listed, accept, round_seconds, args.connections, tmp))
            loads.append(os.getloadavg()[0])
            rows.append((scenario, per))
            print(f"{scenario}: " + ", ".join(f"{k} {statistics.mean(r['rps'] for r in v):.0f}/s"
                                              for k, v in per.items()), file=sys.stderr)
        for query in HEAVY:
            scenario = f"heavy: {query} ({HEAVY_CLIENTS} Python clients)"
            if args.only and not any(scenario.startswith(o) for o in args.only):
                continue
            paths = {name: "/sparql" for name in names} | {"oxigraph": "/query"}
            per = {name: [] for name in paths}
            for _ in range(args.rounds):
                for name, path in paths.items():
                    per[name].append(drive(ports[name], path, query, args.releases,
                                           max(args.seconds / args.rounds, HEAVY_ROUND), HEAVY_CLIENTS))
            loads.append(os.getloadavg()[0])
            rows.append((scenario, per))
            print(f"{scenario}: " + ", ".join(f"{k} {statistics.mean(r['rps'] for r in v):.0f}/s"
                                              for k, v in per.items()), file=sys.stderr)
        memory = {name: tree_rss_mib(proc.pid) for name, proc in procs.items()}
        for name in names:  # what the servers logged (an error is a finding)
            logged = (tmp / f"{name}.log").read_text(errors="replace")
            if "ERROR" in logged or "Traceback" in logged:
                print(f"--- {name} logged:\n{logged[-3000:]}", file=sys.stderr)
        table = render_readers(rows, args, quads, memory, names, loads)
        print(table)
        if args.out:
            args.out.write_text(table, encoding="utf-8")
    finally:
        stop_all(procs, timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


def render_readers(rows, args, quads: int, memory: dict[str, float], names: list[str], loads: list[float]) -> str:
    head = (f"{args.releases} releases ({quads} quads), wrk with 2 threads and {args.connections} keep-alive "
            f"connections, {args.seconds:g} s per scenario and server in {args.rounds} alternating rounds, "
            f"osce-kg with `--cache-bytes 0` (every answer computed), {args.workers} query workers per reader; "
            f"load average (1 min) during the run {min(loads):.1f}-{max(loads):.1f}\n\n"
            "| scenario | " + " | ".join(f"{n} req/s | p99 ms" for n in [*names, "oxigraph"])
            + " | " + " | ".join(f"{n} / oxigraph (rounds min-max)" for n in names) + " |\n"
            "|---|" + "---:|---:|" * (len(names) + 1) + "---|" * len(names) + "\n")
    lines = []
    for scenario, per in rows:
        rates = {name: statistics.mean(r["rps"] for r in runs) for name, runs in per.items()}
        cells = []
        for name in [*names, "oxigraph"]:
            errors = sum(r["errors"] for r in per[name])
            shown = f"{rates[name]:.0f}" if rates[name] >= 10 else f"{rates[name]:.2f}"
            cells.append(f"{shown}{f' ({errors} errors)' if errors else ''} | "
                         f"{max(r['p99'] for r in per[name]):.1f}")
        ratios = []
        for name in names:
            rounds = [a["rps"] / b["rps"] for a, b in zip(per[name], per["oxigraph"]) if b["rps"]]
            if not rounds:
                ratios.append("oxigraph answered none")
                continue
            ratios.append(f"{rates[name] / rates['oxigraph']:.2f}x ({min(rounds):.2f}-{max(rounds):.2f})")
        lines.append(f"| {scenario} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    mem = ("\nServer memory after the run (resident, all processes): "
           + ", ".join(f"{name} {memory[name]:.0f} MiB" for name in [*names, "oxigraph"]) + ".\n")
    return head + "\n".join(lines) + "\n" + mem


def _ratio(rates: dict[str, float], server: str) -> str:
    return f"{rates[server] / rates['oxigraph']:.2f}x" if server in rates and rates.get("oxigraph") else ""


def render_wrk(rows, args, quads: int, memory: dict[str, float]) -> str:
    head = (f"{args.releases} releases ({quads} quads), wrk with 2 threads and {args.connections} keep-alive "
            f"connections, {args.seconds:g} s per scenario and server in {args.rounds} alternating rounds; "
            "warm: osce-kg with its response cache, every answer already kept; cold: osce-kg with "
            "`--cache-bytes 0`\n\n"
            "| scenario | warm req/s | p50 ms | p99 ms | cold req/s | p50 ms | p99 ms | oxigraph req/s | p50 ms | p99 ms "
            "| warm / oxigraph | cold / oxigraph |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    lines = []
    for name, per in rows:
        cells, rates = [], {}
        for server in ("warm", "cold", "oxigraph"):
            runs = per[server]
            if not runs:
                cells.append("| | |")
                continue
            rates[server] = statistics.mean(r["rps"] for r in runs)
            errors = sum(r["errors"] for r in runs)
            cells.append(f"{rates[server]:.0f}{f' ({errors} errors)' if errors else ''} | "
                         f"{statistics.median(r['p50'] for r in runs):.2f} | {max(r['p99'] for r in runs):.2f}")
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {_ratio(rates, 'warm')} | {_ratio(rates, 'cold')} |")
    mem = (f"\nServer memory after the run (resident, all processes): osce-kg with cache "
           f"{memory['warm']:.0f} MiB, osce-kg without {memory['cold']:.0f} MiB, oxigraph {memory['oxigraph']:.0f} MiB.\n")
    return head + "\n".join(lines) + "\n" + mem


def spread(ratios: list[float]) -> str:
    return f"{min(ratios):.2f}-{statistics.median(ratios):.2f}-{max(ratios):.2f}"


def render(rows, args, triples: int) -> str:
    head = (f"{args.releases} releases ({triples} quads), {args.clients} keep-alive clients, "
            f"{args.seconds:g} s per query type and server in {args.rounds} alternating rounds, osce-kg with {args.workers} query workers and {args.threads} request threads"
            f"{'' if args.cache_bytes is None else f', --cache-bytes {args.cache_bytes}'}"
            f"{f', --readers {args.readers[0]}' if args.readers else ''}\n\n"
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
