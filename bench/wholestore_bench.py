"""Whole-store figures at a million releases (issue 14): count VoID's kept counts once, measure the
memory of the serving processes beside ``oxigraph serve``.

``count --store DIR``: VoID's counts (``void.count_all``) of an embedded store opened read-only (so a
server or a benchmark may run on the store meanwhile), kept beside it in ``{store}.figures/`` under
the key the server reads back at start; the next ``osce-kg serve`` then takes them (one check of the
store's size) instead of counting for 9 minutes.

``memory --folder DIR``: the memory of ``osce-kg serve`` on ``DIR/store`` (every process of its tree:
resident, proportional and private memory, anonymous and file-backed, from ``/proc/PID/smaps_rollup``)
beside ``oxigraph serve --union-default-graph`` on ``DIR/oxigraph``, both up at once, after the same
warm-up (lookups and descriptions of the same releases: ours dereferenced, Oxigraph's the CONSTRUCT of
what a description holds, as ``bench/million_bench.py`` asks), sampled after each step.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sparql_bench import process_tree  # noqa: E402


def count(store_path: Path, base: str) -> dict:
    """Count VoID's figures of the store at ``store_path`` and keep them beside it."""
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store import EmbeddedStore
    from osce_kg.server.resources import VOID_COUNTS_KEY
    from osce_kg.server.void import count_all
    from osce_kg.server.wholestore import Kept, kept_folder

    os.nice(10)
    store = EmbeddedStore(store_path, read_only=True)
    started, cpu = time.monotonic(), time.process_time()
    counts = count_all(store, Minter(base))
    took, cpu_took = time.monotonic() - started, time.process_time() - cpu
    if counts.position is None:
        raise SystemExit("a write came during the count: nothing kept")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    Kept(kept_folder(store_path), base).save(VOID_COUNTS_KEY, counts, now)
    return {"store": str(store_path), "seconds": round(took, 1), "cpu_seconds": round(cpu_took, 1),
            "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "triples": counts.triples, "entities": counts.entities, "graphs": counts.graphs, "quads": counts.quads,
            "distinctSubjects": counts.distinctSubjects, "distinctObjects": counts.distinctObjects,
            "classes": len(counts.classes), "properties": len(counts.properties), "position": counts.position}


def update(store_path: Path, base: str, cls: str) -> dict:
    """Time bringing a class listing (``cls``, a local name of our ontology), the sitemap and VoID's counts up
    to one gated write (a new release in a graph of its own, mentioning a State), against computing
    them whole, on a store that may be written (a copy)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS, RDF, XSD

    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.gate import Gate
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store import Change, EmbeddedStore
    from osce_kg.loader.tombstones import Tombstones
    from osce_kg.server.describe import class_member_rows
    from osce_kg.server.incremental import Members, all_paths, update_members, update_paths
    from osce_kg.server.void import count_all, graph_count, last_write, quad_total, update_counts

    minter, ont = Minter(base), "https://w3id.org/osce-kg/ontology#"
    store = EmbeddedStore(store_path)
    target = URIRef(ont + cls)
    out: dict = {}

    def timed(name: str, fn):
        started, cpu = time.monotonic(), time.thread_time()
        value = fn()
        out[name] = {"s": round(time.monotonic() - started, 3), "cpu_s": round(time.thread_time() - cpu, 3)}
        return value

    position, (quads, graphs) = last_write(store, base), (quad_total(store), graph_count(store))
    rows = timed("listing, whole", lambda: class_member_rows(store, target, None, [target]))
    listing = Members(rows, position=position, quads=quads, graphs=graphs)
    paths = timed("sitemap, whole", lambda: all_paths(store, minter, position, quads, graphs))
    counts = timed("VoID counts, whole", lambda: count_all(store, minter)) if "--void" in sys.argv else None
    release = URIRef(f"{base}id/release/2031-01-01-bench-write")
    g = Graph()
    g.add((release, RDF.type, target))
    g.add((release, DCTERMS.title, Literal("Bench write", lang="en")))
    g.add((release, DCTERMS.issued, Literal("2031-01-01", datatype=XSD.date)))
    g.add((release, URIRef(ont + "mentions"), URIRef(f"{base}id/state/albania")))
    Gate(store, Graph(), audit=AuditLog(base), tombstones=Tombstones.of(minter)).commit(
        Change(replace={URIRef(f"{base}graph/bench-write-{int(time.time())}"): g}), actor="bench")
    new = timed("listing, updated", lambda: update_members(store, minter, listing, [target], None, kept=False))
    new_paths = timed("sitemap, updated", lambda: update_paths(store, minter, paths, kept=False))
    if counts is not None:
        timed("VoID counts, updated", lambda: update_counts(store, minter, counts))
    assert new is not None and new_paths is not None and len(new) == len(listing) + 1
    assert new[0].iri == release, "the newest release comes first"
    out["members"], out["paths"] = len(new), len(new_paths)
    store.close()
    return out


def smaps(pid: int) -> dict[str, float]:
    """MiB of ``pid``: rss, pss, private (clean + dirty), anonymous, file-backed resident (rss - anonymous)."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[-1] == "kB":
            fields[name.strip()] = int(parts[0]) / 1024
    return {"rss": fields.get("Rss", 0), "pss": fields.get("Pss", 0),
            "private": fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0),
            "anonymous": fields.get("Anonymous", 0), "file": fields.get("Rss", 0) - fields.get("Anonymous", 0)}


def role(pid: int) -> str:
    """What a process of our tree is: owner, reader, query worker, update worker, main (from its
    environment and command line)."""
    try:
        env = dict(e.split("=", 1) for e in Path(f"/proc/{pid}/environ").read_bytes().decode(
            "utf-8", "replace").split("\0") if "=" in e)
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").replace("\0", " ")
    except OSError:
        return "gone"
    if "_worker" in cmd or "forkserver" in cmd or "multiprocessing" in cmd:
        return "worker: " + cmd.split()[-1][-40:]
    return env.get("OSCE_KG_ROLE", "main") + (" " + cmd[-60:] if "granian" in cmd.lower() else "")


def sample(label: str, ours: int, oxigraph: int) -> dict:
    """Every process of both trees, and their sums."""
    rows, sums = [], {"osce-kg": dict.fromkeys(("rss", "pss", "private", "anonymous", "file"), 0.0),
                      "oxigraph": dict.fromkeys(("rss", "pss", "private", "anonymous", "file"), 0.0)}
    for name, root in (("osce-kg", ours), ("oxigraph", oxigraph)):
        for pid in process_tree(root):
            try:
                mem = smaps(pid)
            except OSError:
                continue
            rows.append({"server": name, "pid": pid, "role": role(pid) if name == "osce-kg" else "oxigraph",
                         **{k: round(v, 1) for k, v in mem.items()}})
            for k, v in mem.items():
                sums[name][k] += v
    return {"step": label, "processes": rows, "sums": {n: {k: round(v, 1) for k, v in s.items()}
                                                       for n, s in sums.items()}}


def memory(folder: Path, fresh: int, readers: str | None) -> list[dict]:
    """Start both servers on ``folder``, warm both up the same way, sample their memory after each step."""
    import random
    import subprocess
    from concurrent.futures import ThreadPoolExecutor
    from urllib.parse import quote, urlencode

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import million_bench as mb
    from _ports import free_port
    from sparql_bench import HTML, SPARQL_JSON, TURTLE, description_construct, wait_up

    if readers is not None:
        os.environ["OSCE_KG_READERS"] = readers
    releases = json.loads((folder / "build.json").read_text())["releases"]
    ports = {"ours": free_port(), "oxigraph": free_port()}
    oxigraph = subprocess.Popen(["oxigraph", "serve", "--location", str(folder / "oxigraph"), "--bind",
                                 f"127.0.0.1:{ports['oxigraph']}", "--union-default-graph"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ours = None
    samples = []
    try:
        wait_up(ports["oxigraph"], "/query", timeout=900)
        started = time.monotonic()
        ours = mb.start_ours(folder, ports["ours"], cache=True)
        print(f"osce-kg up in {time.monotonic() - started:.1f} s", file=sys.stderr)
        samples.append(sample("up", ours.pid, oxigraph.pid))
        rng = random.Random(21)
        iris = mb.stored_release_iris(ports["oxigraph"], rng.sample(range(releases), fresh))

        def get(port: int, target: str, accept: str) -> int:
            return mb.timed_get(port, target, accept)[1]

        def both(name: str, ours_targets: list[str], ox_targets: list[str], accept: str) -> None:
            for port, targets in ((ports["ours"], ours_targets), (ports["oxigraph"], ox_targets)):
                with ThreadPoolExecutor(8) as pool:
                    statuses = list(pool.map(lambda t, port=port: get(port, t, accept), targets))
                bad = [s for s in statuses if s != 200]
                if bad:
                    print(f"{name}: {len(bad)} answers not 200 ({bad[:3]})", file=sys.stderr)
            samples.append(sample(name, ours.pid, oxigraph.pid))
            print(json.dumps(samples[-1]["sums"]), file=sys.stderr)

        lookups = [f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}" for iri in iris]
        both(f"{fresh} lookups", [f"/sparql?{urlencode({'query': q})}" for q in lookups],
             [f"/query?{urlencode({'query': q})}" for q in lookups], SPARQL_JSON)
        docs = ["/doc/" + quote(iri[len(mb.BASE) + 3:]) for iri in iris]
        described = [f"/query?{urlencode({'query': description_construct(iri)})}" for iri in iris]
        both(f"{fresh} Turtle descriptions", [d + ".ttl" for d in docs], described, TURTLE)
        both(f"{fresh} HTML descriptions", docs, described, HTML)
        for page in mb.WHOLE_STORE:
            print(page, mb.timed_get(ports["ours"], page, HTML)[:2], file=sys.stderr)
        samples.append(sample("whole-store pages asked", ours.pid, oxigraph.pid))
        return samples
    finally:
        if ours is not None:
            mb.stop(ours)
        oxigraph.terminate()
        oxigraph.wait(60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("count", help="count VoID's figures of a store and keep them beside it")
    c.add_argument("--store", type=Path, required=True)
    c.add_argument("--base", default="http://localhost:8000/")
    u = sub.add_parser("update", help="time updates after one gated write against whole recomputes (writes!)")
    u.add_argument("--store", type=Path, required=True, help="a store that may be written (a copy)")
    u.add_argument("--base", default="http://localhost:8000/")
    u.add_argument("--class", dest="cls", default="PressRelease")
    u.add_argument("--void", action="store_true", help="VoID's counts too (a whole count: minutes at a million)")
    m = sub.add_parser("memory", help="memory of osce-kg serve beside oxigraph serve, same warm-up")
    m.add_argument("--folder", type=Path, required=True, help="a bench folder: store/, oxigraph/, build.json")
    m.add_argument("--fresh", type=int, default=2000, help="releases looked up and described [2000]")
    m.add_argument("--readers", default=None, help="OSCE_KG_READERS for the server (default: its own)")
    m.add_argument("--out", type=Path, default=None, help="write the samples here as JSON")
    m.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                   help="an environment variable for the server (a setting), repeatable")
    args = parser.parse_args(argv)
    if args.command == "count":
        print(json.dumps(count(args.store, args.base), indent=1))
    elif args.command == "update":
        print(json.dumps(update(args.store, args.base, args.cls), indent=1))
    elif args.command == "memory":
        for pair in args.env:
            name, _, value = pair.partition("=")
            os.environ[name] = value
        samples = memory(args.folder, args.fresh, args.readers)
        samples.insert(0, {"step": "settings", "env": args.env, "readers": args.readers})
        text = json.dumps(samples, indent=1)
        if args.out:
            args.out.write_text(text)
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
