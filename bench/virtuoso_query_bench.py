"""Query latency over Virtuoso: osce-kg's ``/sparql`` (``osce-kg serve`` in front of Virtuoso) vs
Virtuoso's own ``/sparql``, on the same data, same queries, same client, in the same run.

The data: the shared pages (``../shared/corpus/osce-pages``, ``osce-pages-2``) and the bundled
``corpus/``, copied ``--copies`` times under distinct names, loaded into a fresh Virtuoso with
``osce-kg load`` (Virtuoso is started as the tests start it, ``tests/virtuoso_fixture.py``, unless
``--virtuoso URL`` names an empty one). Then ``osce-kg serve`` runs over it and one client
(``requests``, one keep-alive session per endpoint, sequential requests) sends each query type
to both endpoints in alternating rounds (osce-kg first in odd rounds, Virtuoso first in even
ones), so a burst of load from elsewhere on the shared machine hits both alike. osce-kg's result
cache is off (``--cache-bytes 0``) unless ``--cache``: every request reaches Virtuoso.

Query types, each a set of texts built from the loaded data (varied IRIs):

* **lookup**: ``SELECT ?p ?o WHERE { <release> ?p ?o }`` for 64 releases;
* **2-hop join**: releases that mention something a given release mentions (``LIMIT 100``);
* **construct**: ``CONSTRUCT { <release> ?p ?o } WHERE { <release> ?p ?o }`` (N-Triples);
* **aggregate**: the 20 most mentioned resources with their release counts (``GROUP BY``).

Reported per query type: median and p90 latency on each endpoint, and the ratio
osce-kg / Virtuoso of the medians (1.00x: no cost added; 2.00x: twice as slow), over the whole run
and per round (min-median-max).

    python bench/virtuoso_query_bench.py                         # 1 copy, 6 rounds of 40 requests per type
    python bench/virtuoso_query_bench.py --copies 2 --rounds 8 --requests 60
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _ports import free_port  # noqa: E402
from load_bench import replicate  # noqa: E402

ONT = "https://w3id.org/osce-kg/ontology#"
JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


def ask(url: str, query: str, accept: str = JSON) -> requests.Response:
    r = requests.post(url, data={"query": query}, headers={"Accept": accept}, timeout=120)
    r.raise_for_status()
    return r


def queries(virtuoso: str, rng: random.Random) -> dict[str, tuple[list[str], str]]:
    """name -> (query texts, Accept), built from what is loaded."""
    rows = ask(virtuoso, f"SELECT DISTINCT ?r WHERE {{ ?r a <{ONT}PressRelease> ; <{ONT}mentions> ?x }}").json()
    releases = sorted(b["r"]["value"] for b in rows["results"]["bindings"])
    if len(releases) < 8:
        raise SystemExit(f"only {len(releases)} releases with mentions loaded: nothing to measure")
    picked = rng.sample(releases, min(64, len(releases)))
    return {
        "lookup": ([f"SELECT ?p ?o WHERE {{ <{r}> ?p ?o }}" for r in picked], JSON),
        "2-hop join": ([f"SELECT DISTINCT ?other WHERE {{ <{r}> <{ONT}mentions> ?x . ?other <{ONT}mentions> ?x . "
                        f"FILTER(?other != <{r}>) }} LIMIT 100" for r in picked], JSON),
        "construct": ([f"CONSTRUCT {{ <{r}> ?p ?o }} WHERE {{ <{r}> ?p ?o }}" for r in picked], NTRIPLES),
        "aggregate": ([f"SELECT ?x (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?r a <{ONT}PressRelease> ; "
                       f"<{ONT}mentions> ?x }} "
                       "GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 20"], JSON),
    }


def rows_of(response: requests.Response, accept: str) -> int:
    if accept == JSON:
        return len(response.json()["results"]["bindings"])
    return sum(1 for line in response.text.splitlines() if line.strip())


def timed(session: requests.Session, url: str, texts: list[str], accept: str, n: int,
          rng: random.Random) -> list[float]:
    """``n`` requests, texts in a shuffled order; the latency of each, in ms."""
    out = []
    for i in range(n):
        query = texts[i % len(texts)]
        start = time.perf_counter()
        r = session.post(url, data={"query": query}, headers={"Accept": accept}, timeout=120)
        out.append((time.perf_counter() - start) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url} answered {r.status_code} to {query[:120]}: {r.text[:300]}")
    return out


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--requests", type=int, default=40, help="requests per query type, endpoint and round")
    parser.add_argument("--virtuoso", metavar="URL", help="an empty Virtuoso's /sparql (default: start one)")
    parser.add_argument("--cache", action="store_true",
                        help="keep osce-kg's result cache on (default off: every request goes to Virtuoso)")
    args = parser.parse_args()
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if args.virtuoso:
            url = args.virtuoso
        else:
            from virtuoso_fixture import start_virtuoso

            server = start_virtuoso(Path(tmp) / "virtuoso")
            url = server.sparql_url
        serve = None
        try:
            folder = Path(tmp) / "docs"
            folder.mkdir()
            n = replicate(folder, args.copies)
            env = {**os.environ, "OSCE_KG_REMOTE_QUERY_URL": url, "OSCE_KG_REMOTE_UPDATE_URL": url}
            osce_kg = [sys.executable, "-m", "osce_kg.server.cli"]
            start = time.perf_counter()
            loaded = subprocess.run([*osce_kg, "load", str(folder)], env=env, capture_output=True, text=True)
            if loaded.returncode not in (0, 1):
                raise SystemExit(f"load failed: {loaded.stderr[-2000:]}")
            print(f"{n} documents loaded into Virtuoso in {time.perf_counter() - start:.1f} s: "
                  f"{loaded.stdout.strip().splitlines()[-1]}")
            port = free_port()
            cache = [] if args.cache else ["--cache-bytes", "0"]
            serve = subprocess.Popen([*osce_kg, "serve", "--port", str(port), "--store", str(Path(tmp) / "unused"),
                                      *cache],
                                     env={**env, "OSCE_KG_BASE": "http://localhost:8000/"},
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ours = f"http://127.0.0.1:{port}/sparql"
            deadline = time.monotonic() + 90
            while True:
                try:
                    if requests.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                        break
                except requests.RequestException:
                    pass
                if serve.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("osce-kg serve did not start over Virtuoso")
                time.sleep(0.3)
            mix = queries(url, rng)
            for name, (texts, accept) in mix.items():  # same answers on both, and warm caches
                for text in texts[:8]:
                    a, b = ask(ours, text, accept), ask(url, text, accept)
                    if rows_of(a, accept) != rows_of(b, accept):
                        raise SystemExit(f"{name}: {rows_of(a, accept)} rows through osce-kg, "
                                         f"{rows_of(b, accept)} from Virtuoso for {text[:120]}")
            sessions = {"osce-kg": requests.Session(), "Virtuoso": requests.Session()}
            targets = {"osce-kg": ours, "Virtuoso": url}
            got: dict[str, dict[str, list[float]]] = {name: {"osce-kg": [], "Virtuoso": []} for name in mix}
            per_round: dict[str, list[float]] = {name: [] for name in mix}
            for r in range(args.rounds):
                order = ["osce-kg", "Virtuoso"] if r % 2 == 0 else ["Virtuoso", "osce-kg"]
                for name, (texts, accept) in mix.items():
                    shuffled = texts[:]
                    rng.shuffle(shuffled)
                    medians = {}
                    for who in order:
                        lat = timed(sessions[who], targets[who], shuffled, accept, args.requests, rng)
                        got[name][who].extend(lat)
                        medians[who] = statistics.median(lat)
                    per_round[name].append(medians["osce-kg"] / medians["Virtuoso"])
        finally:
            if serve is not None:
                serve.terminate()
                try:
                    serve.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    serve.kill()
            if server is not None:
                server.stop()
    print(f"\n{n} documents, {args.rounds} alternating rounds of {args.requests} requests per query type and "
          f"endpoint, one client, {os.cpu_count()} cores, osce-kg's result cache {'on' if args.cache else 'off'}\n")
    print("| query | osce-kg p50 ms | p90 ms | Virtuoso p50 ms | p90 ms | ratio (p50) | rounds: min-median-max |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name in got:
        o, v = got[name]["osce-kg"], got[name]["Virtuoso"]
        ratios = sorted(per_round[name])
        print(f"| {name} | {statistics.median(o):.2f} | {p(o, 0.9):.2f} | {statistics.median(v):.2f} | "
              f"{p(v, 0.9):.2f} | {statistics.median(o) / statistics.median(v):.2f}x | "
              f"{ratios[0]:.2f}-{statistics.median(ratios):.2f}-{ratios[-1]:.2f} |")


if __name__ == "__main__":
    main()
