"""A million releases: build the store through the loader's own mapping, then serve it beside `oxigraph serve`.

Usage::

    python bench/million_bench.py --store /tmp/million --releases 1000000            # build if missing, then measure
    python bench/million_bench.py --store /tmp/m100k --releases 100000 --build-only
    python bench/million_bench.py --store /tmp/m100k --releases 100000 --seconds 10 --rounds 3 [--only deref]

**Build** (once per ``--store DIR``, reused by later runs of the same ``--releases``):

1. the ontology and the curated reference graphs go in through the loader's gate, as
   ``osce-kg load`` installs them (``Loader.ensure_reference``);
2. synthetic release *records* (``osce_kg.loader.records.Record``, the extractor's output type:
   varied titles from templates, dates over 1995-2025, a city, an issuing body, one or two fields of
   work, one to three participating States, field operations, organizations and persons drawn from the
   reference data (``loader/data``: States, fields of work, field operations, bodies, cities, the
   curated officials with their posts) and from a pool of made-up names, a body text written from
   them) are generated in ``--jobs`` worker processes, one ``Document`` per release;
3. each document is mapped by ``osce_kg.loader.mapping.document_graph``, the function
   ``osce-kg load`` maps with (identity resolution and provenance included: a ``DocumentGraph``, its
   ``SourceDocument`` and ``LoadActivity``), in the same workers, and written as N-Quads into the
   document's own named graph (``Minter.graph(graph_key(doc))``, as load names it);
4. the N-Quads files are bulk-loaded (``EmbeddedStore.bulk_load_stream``, Oxigraph's bulk loader).

What it leaves out of what ``osce-kg load`` does: the SHACL gate per document and the audit record
per write (a load through the gate runs at about 40 documents/s here: 7 hours for a million; the
gate is measured in ``gate_bench.py``). Times of each step are printed and kept in
``DIR/build.json``.

**Serve**: ``osce-kg serve`` (defaults, the response cache on) and ``osce-kg serve --cache-bytes 0``
are started one after the other on ``DIR/store`` (the store is big: never two osce-kg servers at once),
each beside ``oxigraph serve --union-default-graph`` (PyPI ``oxigraph``, the same version as
pyoxigraph) on a copy, ``DIR/oxigraph``. ``wrk`` (Debian package, installed when missing;
``bench/wrk/paths.lua``) with 8 keep-alive connections drives each scenario in alternating rounds:
lookups of 256 releases, dereferences of 256 releases as HTML and Turtle (Oxigraph: the CONSTRUCT of
what a description holds), the filtered listing (press releases in one field of work and one year,
``ORDER BY DESC(?date) LIMIT 20``) sent again and again, VoID and the landing page (Oxigraph: the
counting query behind them). Then each server's resident memory (summed over its process tree),
and the whole-store pages' behaviour at this size: how long the first requests after start take, and
requests right after a write.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ports import free_port  # noqa: E402
from sparql_bench import (HTML, SPARQL_JSON, TURTLE, _after, description_construct, ensure_wrk,  # noqa: E402
                          fill, spread, tree_rss_mib, wait_up, wrk)

#: wrk script of the "new releases" rounds: each path at most once, each round going on where the last stopped
ONCE_SCRIPT = Path(__file__).resolve().parent / "wrk" / "once.lua"

BASE = "http://localhost:8000/"
#: documents per N-Quads file written by a worker
CHUNK = 5_000
FIRST_DAY = dt.date(1995, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days + 1

# -- the records ------------------------------------------------------------------------------------

#: made-up names (no real person): first names and family names combined
FIRST = ["Ana", "Boris", "Clara", "Dario", "Elena", "Farid", "Greta", "Hakan", "Irina", "Jonas", "Katarina",
         "Luka", "Mariam", "Nikola", "Olga", "Pavel", "Rasa", "Stefan", "Tamara", "Viktor", "Zara", "Emil",
         "Lejla", "Arman", "Sofia", "Tomas", "Nadia", "Goran", "Ilse", "Marek"]
LAST = ["Alberti", "Bakker", "Cerny", "Dimitrov", "Eriksen", "Fischer", "Gashi", "Horvat", "Ivanova",
        "Jansen", "Kovalenko", "Lindqvist", "Marku", "Novak", "Oleynik", "Petrovic", "Quist", "Rossi",
        "Sandberg", "Tanaka", "Umarov", "Varga", "Weber", "Xhaferi", "Yilmaz", "Zielinski", "Moreau",
        "Keller", "Popescu", "Hansen", "Bjork", "Duarte", "Nowak", "Lazic", "Aliyev", "Berg", "Kuhn",
        "Sokolov", "Meyer", "Costa"]
TITLES = [  # the ordinal comes first: a release's IRI is its date and the first 70 characters of its title
    "{nth} training course on {field} held by the {source} for officials from {state}",
    "{nth} regional workshop on {field} opens in {city}",
    "{nth} annual meeting on {field}: {state} and the {source} take stock",
    "{nth} round of consultations on {field} concludes in {city}",
    "{nth} seminar on {field} in {state} supported by the {source}",
    "{nth} expert meeting on {field} brings together representatives from {state}",
    "{nth} review of co-operation on {field}: {person} visits {state}",
]
SENTENCES = [
    "The event in {city} brought together officials, experts and civil society representatives from {state}.",
    "Participants discussed {field} and ways to strengthen co-operation between national institutions.",
    "{person}, {post}, said that {field} remains a shared priority of the participating States.",
    "The activity was organized by the {source} with the support of the {org}.",
    "The {fieldop} has worked on {field} with partners in {state} for many years.",
    "A second session will take place later in the year, focusing on practical steps.",
    "Experts presented recent developments and shared lessons learned across the region.",
    "The meeting is part of a longer project funded by several participating States.",
]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Pools:
    """What the records draw from: the reference data's labels, the curated officials and made-up names."""

    def __init__(self) -> None:
        from osce_kg.loader.reference import reference
        from osce_kg.loader.resolve import officials

        ref = reference()
        self.states = list(ref.labels("state"))
        self.fields = ref.labels("field")
        self.fieldops = ref.labels("field_operation")
        self.orgs = [o for o in ref.labels("organization") if o.startswith(("OSCE ", "Office ", "High "))] or \
            ref.labels("organization")
        self.cities = ref.labels("city")
        # (name, post, organization) of the standing posts' holders
        self.officials = [(t.person, t.post, t.organization) for t in officials().terms]
        self.people = [f"{a} {b}" for a in FIRST for b in LAST]


_POOLS: Pools | None = None


def pools() -> Pools:
    global _POOLS
    if _POOLS is None:
        _POOLS = Pools()
    return _POOLS


def release_document(i: int):
    """Release ``i`` as the extractor would give it: a ``Document`` with one press-release ``Record``.

    Deterministic in ``i``. The date is day ``i % DAYS`` from 1995-01-01 and the title carries the
    ordinal ``i // DAYS + 1`` near its start, so no two releases share a title and date (their IRI).
    """
    from osce_kg.loader.records import Document, PersonMention, Record

    p, rng = pools(), random.Random(i * 7_919 + 13)
    date = FIRST_DAY + dt.timedelta(days=i % DAYS)
    states = rng.sample(p.states, rng.choice((1, 1, 2, 3)))
    fields = rng.sample(p.fields, rng.choice((1, 1, 2)))
    fieldop = rng.choice(p.fieldops)
    source = fieldop if rng.random() < 0.6 else rng.choice(p.orgs)
    org = rng.choice(p.orgs)
    city = rng.choice(p.cities)
    persons = []
    if rng.random() < 0.25:
        name, post, body = rng.choice(p.officials)
        persons.append(PersonMention(name, post, body))
    for _ in range(rng.choice((0, 1, 1, 2))):
        persons.append(PersonMention(rng.choice(p.people)))
    person = persons[0] if persons else PersonMention(rng.choice(p.people))
    words = {"source": source, "nth": ordinal(i // DAYS + 1), "field": fields[0].lower(), "state": states[0],
             "city": city, "person": person.name, "post": person.post or "Head of Office", "org": org,
             "fieldop": fieldop}
    title = rng.choice(TITLES).format(**words)
    body = " ".join(s.format(**words) for s in rng.sample(SENTENCES, rng.randint(3, 5)))
    if persons and person.name not in body:
        body += f" {person.name} took part."
    body = f"{city}, {date.day} {date:%B} {date.year} - " + body
    record = Record(kind="press_release", title=title, date=date, place=city, source=source,
                    fields_of_work=fields, body=body, content_type="Press release", states=states,
                    field_operations=[fieldop] if fieldop != source or rng.random() < 0.3 else [],
                    organizations=[org] if rng.random() < 0.4 else [], persons=persons, cities=[city],
                    url=f"https://www.osce.org/press-releases/{i}", line=1)
    text = f"{title}\n\n{body}\n"
    return Document(path=f"release-{i:07d}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                    records=[record], url=record.url)


# -- the build --------------------------------------------------------------------------------------

def map_chunk(start: int, stop: int, out: str, loaded_at: str) -> tuple[int, int, float]:
    """Map releases ``start``..``stop`` with the loader's mapping into N-Quads at ``out``:
    (documents, quads, CPU seconds of this worker)."""
    from osce_kg.loader import __version__, mapping
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store.rdfio import nquads

    cpu = time.process_time()
    minter, when = Minter(BASE), dt.datetime.fromisoformat(loaded_at)
    ref = mapping.reference()
    quads = 0
    with gzip.open(out + ".part", "wb", compresslevel=1) as f:
        for i in range(start, stop):
            doc = release_document(i)
            graph = mapping.document_graph(doc, minter, loaded_at=when, loader_version=__version__, ref=ref)
            name = minter.graph(mapping.graph_key(doc))
            f.write(nquads((s, p, o, name) for s, p, o in graph))  # the store's own N-Quads writer
            quads += len(graph)
    os.replace(out + ".part", out)
    return stop - start, quads, time.process_time() - cpu


class Chained(io.RawIOBase):
    """Several gzip files read as one stream (one bulk load for all of them: fewer, larger SST files)."""

    #: not a file's path: ``bulk_load_stream`` reads ``name`` of a buffered stream to pass a file to Oxigraph
    name = "<several gzip files>"

    def __init__(self, paths: list[Path]) -> None:
        self._paths = list(paths)
        self._current: gzip.GzipFile | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while True:
            if self._current is None:
                if not self._paths:
                    return 0
                self._current = gzip.open(self._paths.pop(0), "rb")  # type: ignore[assignment]
            n = self._current.readinto(buffer)  # type: ignore[union-attr]
            if n:
                return n
            self._current.close()  # type: ignore[union-attr]
            self._current = None


def build(folder: Path, releases: int, jobs: int) -> dict:
    """Build ``folder/store`` (and its copy ``folder/oxigraph``) with ``releases`` releases; the build's figures."""
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.pipeline import Loader
    from osce_kg.loader.store import EmbeddedStore

    for stale in ("store", "oxigraph", "nquads"):
        shutil.rmtree(folder / stale, ignore_errors=True)
    (folder / "nquads").mkdir(parents=True)
    figures: dict = {"releases": releases, "jobs": jobs, "started": dt.datetime.now(dt.timezone.utc).isoformat()}

    started = time.monotonic()
    store = EmbeddedStore(folder / "store")
    Loader(store, Minter(BASE)).ensure_reference()  # ontology and reference graphs, through the gate
    store.close()
    figures["reference_s"] = time.monotonic() - started

    started = time.monotonic()
    loaded_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    parts = [(a, min(a + CHUNK, releases), str(folder / "nquads" / f"part-{a // CHUNK:05d}.nq.gz"))
             for a in range(0, releases, CHUNK)]
    docs = quads = 0
    cpu = 0.0
    with ProcessPoolExecutor(jobs) as pool:
        futures = [pool.submit(map_chunk, a, b, out, loaded_at) for a, b, out in parts]
        for k, future in enumerate(futures, 1):
            n, q, c = future.result()
            docs, quads, cpu = docs + n, quads + q, cpu + c
            if k % 10 == 0 or k == len(futures):
                elapsed = time.monotonic() - started
                print(f"  mapped {docs} releases ({quads} quads) in {elapsed:.0f} s, "
                      f"{cpu / docs * 1000:.2f} ms CPU each", file=sys.stderr)
    figures.update(map_s=time.monotonic() - started, map_cpu_s=cpu, documents=docs, document_quads=quads,
                   nquads_gz_bytes=sum(Path(out).stat().st_size for _, _, out in parts))

    started = time.monotonic()
    store = EmbeddedStore(folder / "store")
    store.bulk_load_stream(io.BufferedReader(Chained([Path(out) for _, _, out in parts]), 1 << 20))
    figures["quads"] = store.quad_count()
    store.close()
    figures["bulk_load_s"] = time.monotonic() - started
    shutil.rmtree(folder / "nquads")

    started = time.monotonic()
    shutil.copytree(folder / "store", folder / "oxigraph")
    figures["copy_s"] = time.monotonic() - started
    figures["store_bytes"] = sum(f.stat().st_size for f in (folder / "store").rglob("*") if f.is_file())
    (folder / "build.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return figures


# -- serving ----------------------------------------------------------------------------------------

ONT = "https://w3id.org/osce-kg/ontology#"
DCT = "http://purl.org/dc/terms/"
TOKEN = "bench-token"
#: the whole-store pages, timed right after start and right after a write
WHOLE_STORE = ("/void", "/", "/sitemap.xml", "/class/PressRelease")


def release_iri(i: int) -> str:
    from osce_kg.loader.iri import Minter

    record = release_document(i).records[0]
    return str(Minter(BASE).release(record.title or "", record.date))


def listing_query(field: str = "Border management", year: int = 2015) -> str:
    """Press releases in one field of work and one year, newest first, 20 of them."""
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.reference import reference

    concept = Minter(BASE).named("field", reference().lookup("field", field) or field)
    return (f"SELECT ?r ?title ?date WHERE {{ ?r a <{ONT}PressRelease> ; <{DCT}subject> <{concept}> ; "
            f"<{DCT}issued> ?date ; <{DCT}title> ?title FILTER(YEAR(?date) = {year}) }} "
            "ORDER BY DESC(?date) ?r LIMIT 20")


#: what oxigraph answers in place of VoID and the landing page: the counting queries behind them
VOID_COUNTS = ("SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) "
               "WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
CLASS_COUNTS = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c"


def stored_release_iris(port: int, indices: list[int]) -> list[str]:
    """The IRIs releases ``indices`` have in the built store, asked of oxigraph on ``port`` (recomputing
    them would go wrong once the reference data the records draw from has changed since the build:
    the run of 2026-12-06 11:15 dereferenced recomputed IRIs, and its cache-on phase stopped at a 404
    for a release whose title had changed with the city names). 50 graphs a query."""
    from urllib.parse import urlencode

    from osce_kg.loader.iri import Minter

    minter, found = Minter(BASE), {}
    graphs = {str(minter.graph(f"release-{i:07d}")): i for i in indices}
    names = sorted(graphs)
    for start in range(0, len(names), 50):  # 200 made a URL oxigraph refused (400)
        values = " ".join(f"<{g}>" for g in names[start:start + 50])
        query = f"SELECT ?g ?r WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?r a <{ONT}PressRelease> }} }}"
        _, status, _, body = timed_get(port, "/query?" + urlencode({"query": query}), SPARQL_JSON, body=True)
        if status != 200:
            raise RuntimeError(f"oxigraph answered {status} for the releases' IRIs")
        for row in json.loads(body)["results"]["bindings"]:
            found[graphs[row["g"]["value"]]] = row["r"]["value"]
    missing = [i for i in indices if i not in found]
    if missing:
        raise RuntimeError(f"releases {missing[:5]} are not in the store")
    return [found[i] for i in indices]


#: releases dereferenced once each in the "new releases" rounds: more than a run asks for (a few
#: thousand requests), and more than the per-process caches of descriptions and pages hold
DISTINCT_RELEASES = 16384


def scenarios(releases: int, port: int, fresh_seed: int = 12) -> list[tuple[str, list[str], list[str], str]]:
    """(name, osce-kg targets, oxigraph targets, Accept) of the wrk rounds (IRIs read from oxigraph on ``port``).

    The 256-release scenarios repeat their releases (so the cache-on phase answers them all from its
    cache); the "new releases" ones draw from :data:`DISTINCT_RELEASES` releases, so that without
    the response cache nearly every request describes a release afresh (run without the cache only).
    """
    from urllib.parse import quote, urlencode

    rng = random.Random(11)
    iris = stored_release_iris(port, [rng.randrange(releases) for _ in range(256)])
    lookups = [f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}" for iri in iris]
    docs = ["/doc/" + quote(iri[len(BASE) + 3:]) for iri in iris]
    described = [description_construct(iri) for iri in iris]
    # another seed: releases no earlier run asked for (the OS keeps what a run read of the store in its page cache)
    fresh = stored_release_iris(port, random.Random(fresh_seed).sample(range(releases),
                                                                        min(DISTINCT_RELEASES, releases)))
    fresh_docs = ["/doc/" + quote(iri[len(BASE) + 3:]) for iri in fresh]
    fresh_described = [description_construct(iri) for iri in fresh]

    def sparql(path: str, queries: list[str]) -> list[str]:
        return [f"{path}?{urlencode({'query': q})}" for q in queries]

    listing = [listing_query()]
    return [
        ("lookup (256 IRIs)", sparql("/sparql", lookups), sparql("/query", lookups), SPARQL_JSON),
        ("dereference, HTML (256)", docs, sparql("/query", described), HTML),
        ("dereference, Turtle (256)", [d + ".ttl" for d in docs], sparql("/query", described), TURTLE),
        (f"dereference, HTML, new releases ({len(fresh)})", fresh_docs[::2], sparql("/query", fresh_described[::2]),
         HTML),
        (f"dereference, Turtle, new releases ({len(fresh)})", [d + ".ttl" for d in fresh_docs[1::2]],
         sparql("/query", fresh_described[1::2]), TURTLE),
        ("filtered listing, repeated", sparql("/sparql", listing), sparql("/query", listing), SPARQL_JSON),
    ]


def timed_get(port: int, target: str, accept: str = "*/*", timeout: float = 900, body: bool = False) -> tuple:
    """One GET: (seconds, status, headers with their names in lower case[, the body])."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    conn.request("GET", target, headers={"Accept": accept})
    response = conn.getresponse()
    data = response.read()
    took = time.perf_counter() - started
    conn.close()
    headers = {name.lower(): value for name, value in response.getheaders()}
    return (took, response.status, headers, data) if body else (took, response.status, headers)


def post_update(port: int, text: str) -> float:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    started = time.perf_counter()
    conn.request("POST", "/update", body=text.encode(), headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    response = conn.getresponse()
    response.read()
    if response.status not in (200, 204):
        raise RuntimeError(f"the write answered {response.status}")
    return time.perf_counter() - started


def whole_store_probe(port: int) -> list[str]:
    """Each whole-store page once: how long, the status, and its figures' headers."""
    lines = []
    for page in WHOLE_STORE:
        took, status, headers = timed_get(port, page)
        lines.append(f"{page} {status} in {took * 1000:.0f} ms"
                     + (f", X-Computed-At {headers['x-computed-at']}" if "x-computed-at" in headers else "")
                     + (f", Age {headers['age']}" if "age" in headers else "")
                     + (f", Retry-After {headers['retry-after']}" if "retry-after" in headers else ""))
    return lines


def wait_fresh(port: int, limit: float) -> dict[str, float]:
    """Poll the whole-store pages until each answers 200 without ``Age`` (computed for this store):
    seconds until each did."""
    started, done = time.monotonic(), {}
    while len(done) < len(WHOLE_STORE) and time.monotonic() - started < limit:
        for page in WHOLE_STORE:
            if page not in done:
                _, status, headers = timed_get(port, page)
                if status == 200 and "age" not in headers:
                    done[page] = time.monotonic() - started
        time.sleep(1)
    return done


def search_ready(port: int, started: float, limit: float) -> str:
    """Poll ``/search`` until it answers 200 (the search index, opened in the background at start, is
    ready): a line saying what the first answer was and when it was ready, counted from ``started``."""
    target = "/search?q=governance&format=json"
    took, status, headers = timed_get(port, target, "application/json")
    first = (f"/search right after start: {status} in {took * 1000:.0f} ms"
             + (f", Retry-After {headers['retry-after']}" if "retry-after" in headers else ""))
    while status != 200 and time.monotonic() - started < limit:
        time.sleep(1)
        status = timed_get(port, target, "application/json")[1]
    ready = (f"ready {time.monotonic() - started:.0f} s after the start" if status == 200 else
             f"not ready within {limit:g} s")
    return f"{first}; the search index {ready}"


def wait_ok(port: int, page: str, limit: float) -> bool:
    """Poll ``page`` until it answers 200 (its figures computed once), at most ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if timed_get(port, page)[1] == 200:
            return True
        time.sleep(1)
    return False


def start_ours(folder: Path, port: int, cache: bool) -> subprocess.Popen:
    args = [sys.executable, "-m", "osce_kg.server.cli", "serve", "--store", str(folder / "store"),
            "--port", str(port), *([] if cache else ["--cache-bytes", "0"])]
    proc = subprocess.Popen(args, env=dict(os.environ, OSCE_KG_TOKEN=f"bench:{TOKEN}"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_up(port, "/sparql", timeout=900)
    return proc


def stop(proc: subprocess.Popen) -> None:
    import signal

    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wrk_once(port: int, targets: list[str], accept: str, seconds: float, connections: int, workdir: Path,
             offset: int) -> dict:
    """wrk over ``targets`` from ``offset`` on, each at most once (``bench/wrk/once.lua``): req/s, p50 and
    p99 (ms), errors, requests made and how many repeated a target (past the end of the list)."""
    from sparql_bench import _ms

    listing = workdir / f"once-{abs(hash((tuple(targets), accept))) % 10**8}.txt"
    if not listing.exists():
        listing.write_text("\n".join(targets) + "\n", encoding="utf-8")
    out = subprocess.run(
        [ensure_wrk(), "-t2", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--latency", "--timeout", "60s",
         "-s", str(ONCE_SCRIPT), f"http://127.0.0.1:{port}", "--", str(listing), accept, str(offset), "2"],
        capture_output=True, text=True, check=True).stdout
    requests = next(int(line.split()[0]) for line in out.splitlines() if " requests in " in line)
    return {"rps": float(_after(out, "Requests/sec:")), "p50": _ms(_after(out, "50%")), "p99": _ms(_after(out, "99%")),
            "errors": int(_after(out, "errors-4xx-5xx")) + int(_after(out, "Non-2xx or 3xx responses:", "0")),
            "seconds": seconds, "requests": requests, "wrapped": int(_after(out, "wrapped", "0"))}


def once_only(name: str) -> bool:
    """Whether a scenario asks for each release once (:data:`DISTINCT_RELEASES`): run without the cache only."""
    return "new releases" in name


def serving_cpu(pid: int) -> float:
    """CPU seconds (user and system) so far of the processes under ``pid`` that answer requests: the whole tree,
    less the owner of ``serve``'s readers and its descendants (it rebuilds the whole-store pages in the
    background meanwhile, which is no request's work; oxigraph serve has one process)."""
    from heap_bench import cpu_seconds
    from sparql_bench import process_tree

    total = cpu_seconds(pid)
    for current in process_tree(pid):
        try:
            command = (Path("/proc") / str(current) / "cmdline").read_bytes()
        except OSError:
            continue
        if b"osce_kg.server.readers" in command:  # the owner (python -m osce_kg.server.readers)
            total -= cpu_seconds(current)
    return total


def rounds(ports: dict[str, int], scenario, args, tmp: Path,
           pids: dict[str, int] | None = None) -> dict[str, list[dict]]:
    """Alternating wrk rounds of one scenario on osce-kg and oxigraph (for the "new releases" scenarios,
    each round goes on through the list where the last one stopped, the warm-up's included). With ``pids``
    (the servers' processes), each counted round also gets ``cpu_ms``: the CPU its server's answering
    processes used a request (:func:`serving_cpu`), which the machine's load shifts far less than req/s."""
    name, ours, theirs, accept = scenario
    per: dict[str, list[dict]] = {"osce-kg": [], "oxigraph": []}
    offsets = {"osce-kg": 0, "oxigraph": 0}
    seconds = max(args.seconds / args.rounds, 2.0)
    for k in range(args.rounds + 1):  # round 0: the warm-up, not counted
        for server, targets in (("osce-kg", ours), ("oxigraph", theirs)):
            if once_only(name):
                # the warm-up asks for other releases than the rounds (each at most once): what it warms is
                # what every description shares (the labels of the States, persons... they link to, the
                # store's blocks of the hubs), not the releases measured
                used = serving_cpu(pids[server]) if pids and k else 0.0
                result = wrk_once(ports[server], targets, accept, seconds if k else args.warm_seconds,
                                  args.connections, tmp, offsets[server])
                if pids and k and result["requests"]:
                    result["cpu_ms"] = (serving_cpu(pids[server]) - used) / result["requests"] * 1000
                # threads going at different speeds: leave a gap rather than ask again
                offsets[server] += int(result["requests"] * 1.2) + 1
            elif k:
                result = wrk(ports[server], targets, accept, seconds, args.connections, tmp)
            else:
                wrk(ports[server], targets, accept, 1, args.connections, tmp)
                continue
            if k:
                per[server].append(result)
    return per


def row(name: str, per: dict[str, list[dict]]) -> str:
    a, b = per["osce-kg"], per["oxigraph"]
    rate_a, rate_b = statistics.mean(r["rps"] for r in a), statistics.mean(r["rps"] for r in b)
    ratios = [x["rps"] / y["rps"] for x, y in zip(a, b) if y["rps"]]
    errors = sum(r["errors"] for r in a) + sum(r["errors"] for r in b)
    wrapped = sum(r.get("wrapped", 0) for r in a)
    if wrapped:  # some "new releases" were asked for again: say so
        name += f" ({wrapped} of {sum(r['requests'] for r in a)} requests repeated a release)"
    if all("cpu_ms" in r for r in a + b) and a and b:  # CPU a request, each server's answering processes
        ours_cpu, theirs_cpu = (statistics.mean(r["cpu_ms"] for r in a), statistics.mean(r["cpu_ms"] for r in b))
        name += f"; CPU a request {ours_cpu:.2f} ms against {theirs_cpu:.2f} ms ({ours_cpu / theirs_cpu:.1f}x)"
    return (f"| {name}{f' ({errors} errors)' if errors else ''} | {rate_a:.0f} | "
            f"{statistics.median(r['p50'] for r in a):.2f} | {max(r['p99'] for r in a):.2f} | {rate_b:.0f} | "
            f"{statistics.median(r['p50'] for r in b):.2f} | {max(r['p99'] for r in b):.2f} | "
            f"{rate_a / rate_b:.2f}x | {spread(ratios) if ratios else ''} |" if rate_b else
            f"| {name} | {rate_a:.0f} | {statistics.median(r['p50'] for r in a):.2f} | "
            f"{max(r['p99'] for r in a):.2f} | 0 | | | | |")


TABLE_HEAD = ("| scenario | osce-kg req/s | p50 ms | p99 ms | oxigraph req/s | p50 ms | p99 ms | ratio "
              "| rounds: min-median-max |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n")


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def measure(args: argparse.Namespace, figures: dict) -> str:
    """Serve the built store with osce-kg (cache on, then off) beside oxigraph; the report (Markdown)."""
    import tempfile

    ensure_wrk()
    folder = args.store
    tmp = Path(tempfile.mkdtemp(prefix="million-wrk-"))
    out = [f"{figures['releases']} releases ({figures['quads']} quads, {figures['store_bytes'] / 2**30:.1f} GiB "
           f"on disk), built in {(figures['map_s'] + figures['bulk_load_s']) / 60:.0f} min (mapping "
           f"{figures['map_s'] / 60:.0f} min, {figures['map_cpu_s'] / figures['documents'] * 1000:.2f} ms of CPU "
           f"per release in {figures['jobs']} processes; bulk load {figures['bulk_load_s'] / 60:.1f} min). "
           f"wrk with 2 threads and {args.connections} keep-alive connections, {args.seconds:g} s per scenario "
           f"and server in {args.rounds} alternating rounds. Load average at start: {load_average()}.\n"]
    ports = {"osce-kg": free_port(), "oxigraph": free_port()}
    oxigraph = subprocess.Popen(
        ["oxigraph", "serve", "--location", str(folder / "oxigraph"), "--bind", f"127.0.0.1:{ports['oxigraph']}",
         "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ours: subprocess.Popen | None = None
    memory: dict[str, float] = {}
    try:
        wait_up(ports["oxigraph"], "/query", timeout=900)
        chosen = [s for s in scenarios(figures["releases"], ports["oxigraph"], args.fresh_seed)
                  if not args.only or any(s[0].startswith(o) for o in args.only)]
        for cache in [phase == "cache-on" for phase in args.phases]:
            label = "response cache on (defaults)" if cache else "response cache off (`--cache-bytes 0`)"
            started = time.monotonic()
            ours = start_ours(folder, ports["osce-kg"], cache)
            out.append(f"\n**osce-kg serve, {label}**: up in {time.monotonic() - started:.1f} s; the whole-store "
                       "pages right after start:\n")
            out += [f"- {line}" for line in whole_store_probe(ports["osce-kg"])]
            out.append(f"- {search_ready(ports['osce-kg'], started, args.fresh_limit)}")
            fresh = wait_fresh(ports["osce-kg"], args.fresh_limit)
            out.append("- computed for this run's store after: "
                       + ", ".join(f"{page} {fresh[page]:.0f} s" if page in fresh else
                                   f"{page} not within {args.fresh_limit:g} s" for page in WHOLE_STORE))
            print("\n".join(out[-6:]), file=sys.stderr)
            table = [f"\nLoad average before the rounds: {load_average()}.\n\n", TABLE_HEAD]
            for scenario in chosen:
                if cache and once_only(scenario[0]):
                    continue  # the cache keeps what was asked for before: these measure describing afresh
                if cache:
                    fill(ports["osce-kg"], scenario[1], scenario[3])  # every answer kept before the rounds
                table.append(row(scenario[0], rounds(ports, scenario, args, tmp,
                                                     {"osce-kg": ours.pid, "oxigraph": oxigraph.pid})) + "\n")
                print(table[-1], end="", file=sys.stderr)
            out.append("".join(table))
            memory["osce-kg " + ("cache on" if cache else "cache off")] = tree_rss_mib(ours.pid)
            memory["oxigraph"] = tree_rss_mib(oxigraph.pid)
            if cache:
                out.append(whole_store_pages(ports, args, tmp))
            elif not args.no_write:
                out.append(write_probe(ports, tmp, chosen, args))
            stop(ours)
            ours = None
        out.append("\nServer memory after its rounds (resident, summed over the process tree): "
                   + ", ".join(f"{name} {mib:.0f} MiB" for name, mib in memory.items()) + ".\n")
        out.append(f"Load average at the end: {load_average()}.\n")
        return "\n".join(out)
    finally:
        if ours is not None:
            stop(ours)
        stop(oxigraph)
        shutil.rmtree(tmp, ignore_errors=True)


def whole_store_pages(ports: dict[str, int], args: argparse.Namespace, tmp: Path) -> str:
    """VoID and the landing page (as last computed) beside oxigraph's counting queries behind them."""
    from urllib.parse import urlencode

    lines = ["\nWhole-store pages (osce-kg: as last computed, from the response cache; oxigraph: the counting "
             "query behind the page, once, as it has no page to repeat):\n",
             "| page | osce-kg req/s | p50 ms | p99 ms | oxigraph: the query | seconds |",
             "|---|---:|---:|---:|---|---:|"]
    for page, accept, query in (("/void", TURTLE, VOID_COUNTS), ("/", HTML, CLASS_COUNTS)):
        if not wait_ok(ports["osce-kg"], page, args.fresh_limit):
            lines.append(f"| {page} | not computed within {args.fresh_limit:g} s (503) | | | | |")
            continue
        fill(ports["osce-kg"], [page], accept)
        ours = wrk(ports["osce-kg"], [page], accept, max(args.seconds / args.rounds, 2.0), args.connections, tmp)
        what = "counts of triples, subjects, objects" if page == "/void" else "instances per class"
        try:
            took, status, _ = timed_get(ports["oxigraph"], "/query?" + urlencode({"query": query}), SPARQL_JSON,
                                        timeout=args.peer_limit)
            answered = f"({status}) | {took:.1f}"
        except TimeoutError:
            answered = f"(no answer) | > {args.peer_limit:g}"
        lines.append(f"| {page} | {ours['rps']:.0f} | {ours['p50']:.2f} | {ours['p99']:.2f} | {what} {answered} |")
    print("\n".join(lines), file=sys.stderr)
    return "\n".join(lines) + "\n"


def write_probe(ports: dict[str, int], tmp: Path, chosen, args: argparse.Namespace) -> str:
    """A write on the server without a response cache: the whole-store pages at once, and lookups while
    the rebuilds run beside lookups just before."""
    lookups = next((s for s in chosen if s[0].startswith("lookup")), None)
    quiet = wrk(ports["osce-kg"], lookups[1], lookups[3], 10, args.connections, tmp) if lookups else None
    took = post_update(ports["osce-kg"], "INSERT DATA { GRAPH <urn:bench:million> { <urn:bench:s> <urn:bench:n> "
                                         f"{time.time_ns()} }} }}")
    lines = [f"\nA write (`POST /update`, {took * 1000:.0f} ms), then at once:\n"]
    lines += [f"- {line}" for line in whole_store_probe(ports["osce-kg"])]
    if lookups and quiet:
        busy = wrk(ports["osce-kg"], lookups[1], lookups[3], 10, args.connections, tmp)
        lines.append(f"- lookups for 10 s while the rebuilds run: {busy['rps']:.0f} req/s (p99 {busy['p99']:.1f} ms) "
                     f"against {quiet['rps']:.0f} req/s (p99 {quiet['p99']:.1f} ms) just before the write: "
                     f"{busy['rps'] / quiet['rps']:.2f}x")
    fresh = wait_fresh(ports["osce-kg"], args.fresh_limit)
    lines.append("- rebuilt after: " + ", ".join(f"{page} {fresh[page]:.0f} s" if page in fresh else
                                               f"{page} not within {args.fresh_limit:g} s" for page in WHOLE_STORE))
    print("\n".join(lines), file=sys.stderr)
    return "\n".join(lines) + "\n"

def void_update(folder: Path) -> str:
    """How long VoID's update from the writes takes on this store (``void.update_counts``): the newest audit
    record applied, then every record of the store's life, to counts whose numbers are placeholders (an
    update's cost does not depend on them; that its numbers are exact is ``tests/test_void.py``'s)."""
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store.embedded import EmbeddedStore
    from osce_kg.server import void

    store = EmbeddedStore(folder / "store", read_only=True)
    audit = f"{BASE}graph/audit"
    records = sorted((str(r["e"]), str(r["w"])) for r in store.select(
        f"SELECT ?w ?e WHERE {{ GRAPH <{audit}> {{ ?w <http://www.w3.org/ns/prov#endedAtTime> ?e }} }}"))
    lines = [f"{len(records)} audit records; load average {load_average()}"]
    for back in sorted({1, len(records)}):
        start = records[-back - 1] if back < len(records) else None
        previous = void.VoidCounts(position=" ".join(start) if start else "0", quads=0, graphs=0, triples=0,
                                   entities=0, distinctSubjects=0, distinctObjects=0)
        wall, cpu = time.perf_counter(), time.process_time()
        void.update_counts(store, Minter(BASE), previous)
        lines.append(f"- the last {back} record(s): {time.perf_counter() - wall:.2f} s, "
                     f"{time.process_time() - cpu:.2f} s of CPU")
    store.close()
    return "\n".join(lines)


def describe_cpu(folder: Path, releases: int, n: int, warm: int = 300, seed: int = 5) -> str:
    """The CPU (this thread's) and wall time of ``n`` cold dereferences, HTML and Turtle alternating, each of a
    release not asked for before, through the app as a serving reader answers them without the response
    cache (``--cache-bytes 0``): the route, the description, rendering, ETag. ``warm`` other releases are
    described first (the labels of the hubs they link to, the ontology, the templates), as a reader that
    has served a while has them.

    Two more figures in the same run, so that a ratio does not depend on the machine's load:

    * the peer: after each description, pyoxigraph in this process answers the CONSTRUCT of what a description
      holds (``sparql_bench.description_construct``, the query ``oxigraph serve`` answers in the HTTP rounds)
      for another release not read before, written as Turtle: the engine's own cost for a cold resource,
      without HTTP (Oxigraph's server adds its request handling);
    * the same releases described again once the store's blocks, the term cache and the label cache hold
      them (the kept descriptions and bodies emptied): the code's floor, so that the rest of a cold
      description's CPU is reading the store cold and learning the labels of hubs new to the process.
    """
    from urllib.parse import quote

    import pyoxigraph as ox

    from osce_kg.loader.settings import load_settings
    from osce_kg.loader.store.embedded import EmbeddedStore
    from osce_kg.server.app import create_app
    from osce_kg.server.readers import READER, ROLE_VARIABLE
    from osce_kg.server.resources import EXTRA_KEY

    os.environ[ROLE_VARIABLE] = READER
    store = EmbeddedStore(folder / "store", read_only=True)
    app = create_app(load_settings(store=folder / "store", base=BASE, cache_bytes=0), store=store)
    client = app.test_client()
    chosen = random.Random(seed).sample(range(releases), n + warm)
    taken = set(chosen)
    peer_chosen = [i for i in random.Random(seed + 1_000).sample(range(releases), 2 * n) if i not in taken][:n]
    graphs = {f"{BASE}graph/release-{i:07d}": i for i in chosen + peer_chosen}
    found: dict[int, str] = {}
    names = sorted(graphs)
    for start in range(0, len(names), 50):
        values = " ".join(f"<{g}>" for g in names[start:start + 50])
        query = f"SELECT ?g ?r WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?r a <{ONT}PressRelease> }} }}"
        for row in store.select(query):
            found[graphs[str(row["g"])]] = str(row["r"])
    docs = ["/doc/" + quote(found[i][len(BASE) + 3:]) for i in chosen if i in found]
    peers = [description_construct(found[i]) for i in peer_chosen if i in found]
    native = store.native
    for doc in docs[:warm]:
        client.get(doc, headers={"Accept": HTML})

    def run(doc: str, kind: str) -> tuple[float, float]:
        target = doc if kind == "HTML" else doc + ".ttl"
        started, used = time.perf_counter(), time.thread_time()
        status = client.get(target, headers={"Accept": HTML if kind == "HTML" else TURTLE}).status_code
        if status != 200:
            raise RuntimeError(f"{target} answered {status}")
        return time.thread_time() - used, time.perf_counter() - started

    cpu: dict[str, list[float]] = {"HTML": [], "Turtle": [], "peer": [], "HTML again": [], "Turtle again": []}
    wall: dict[str, list[float]] = {kind: [] for kind in cpu}
    measured = docs[warm:]
    for k, doc in enumerate(measured):
        kind = "HTML" if k % 2 == 0 else "Turtle"
        c, w = run(doc, kind)
        cpu[kind].append(c)
        wall[kind].append(w)
        if k < len(peers):  # the peer, alternated with the descriptions: the same load for both
            started, used = time.perf_counter(), time.thread_time()
            native.query(peers[k], use_default_graph_as_union=True).serialize(format=ox.RdfFormat.TURTLE)
            cpu["peer"].append(time.thread_time() - used)
            wall["peer"].append(time.perf_counter() - started)
    state = app.extensions["osce_kg"].extras[EXTRA_KEY]
    with state._lock:  # the kept descriptions and bodies only: labels, terms and the store's blocks stay warm
        state._descriptions.clear()
        state._bodies.clear()
    for k, doc in enumerate(measured):
        kind = "HTML" if k % 2 == 0 else "Turtle"
        c, w = run(doc, kind)
        cpu[kind + " again"].append(c)
        wall[kind + " again"].append(w)
    store.close()
    from osce_kg.server import describe

    lines = [f"cold dereferences in one process (the code of {Path(describe.__file__).resolve().parent.parent}), "
             f"{warm} others described first; load average {load_average()}"]
    means = {kind: statistics.mean(values) for kind, values in cpu.items() if values}
    for kind in cpu:
        if not cpu[kind]:
            continue
        c, w = sorted(cpu[kind]), sorted(wall[kind])
        ratio = f"; {means[kind] / means['peer']:.1f}x the peer's mean" if kind != "peer" and "peer" in means else ""
        label = {"peer": "peer (pyoxigraph's CONSTRUCT of what a description holds, as Turtle, other new releases)",
                 "HTML again": "HTML, the same releases again (store, terms and labels warm)",
                 "Turtle again": "Turtle, the same releases again (store, terms and labels warm)"}.get(kind, kind)
        lines.append(f"- {label}: {len(c)}, CPU mean {means[kind] * 1000:.2f} ms, median "
                     f"{statistics.median(c) * 1000:.2f} ms, p90 {c[int(len(c) * 0.9)] * 1000:.2f} ms; wall median "
                     f"{statistics.median(w) * 1000:.2f} ms, p99 {w[int(len(w) * 0.99)] * 1000:.2f} ms{ratio}")
    return "\n".join(lines)


def ensure_built(folder: Path, releases: int, jobs: int) -> dict:
    """The build's figures, building first unless ``folder`` holds a store of ``releases`` releases."""
    recorded = folder / "build.json"
    if recorded.exists() and (folder / "oxigraph").exists():
        figures = json.loads(recorded.read_text(encoding="utf-8"))
        if figures.get("releases") == releases:
            print(f"reusing the store in {folder} ({figures['quads']} quads)", file=sys.stderr)
            return figures
    print(f"building {releases} releases in {folder} with {jobs} worker processes", file=sys.stderr)
    figures = build(folder, releases, jobs)
    print(f"built: {json.dumps(figures)}", file=sys.stderr)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="folder kept between runs (store and its copy)")
    parser.add_argument("--releases", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mapping worker processes")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--seconds", type=float, default=10.0, help="per scenario and server")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--only", nargs="+", default=None, metavar="SCENARIO")
    parser.add_argument("--out", type=Path, default=None, help="also write the tables here (Markdown)")
    parser.add_argument("--phases", nargs="+", choices=("cache-on", "cache-off"), default=["cache-on", "cache-off"],
                        help="which osce-kg servers to measure, in this order")
    parser.add_argument("--peer-limit", type=float, default=300.0,
                        help="seconds to wait for oxigraph's answer to the counting query behind a page")
    parser.add_argument("--fresh-limit", type=float, default=300.0,
                        help="seconds to wait for the whole-store figures of a start or a write before going on")
    parser.add_argument("--no-write", action="store_true",
                        help="leave out the write probe of the cache-off phase (the store is shared, or kept as built)")
    parser.add_argument("--warm-seconds", type=float, default=1.0,
                        help="the warm-up round of the new-release scenarios (other releases than the rounds')")
    parser.add_argument("--describe-cpu", type=int, default=0, metavar="N",
                        help="only describe N new releases in this process, as a serving reader does without the "
                             "response cache, and print the CPU each took (no server; run with PYTHONPATH "
                             "pointing at another tree to measure that code)")
    parser.add_argument("--describe-warm", type=int, default=300, metavar="N",
                        help="how many other releases --describe-cpu describes first (3,000-4,000: a reader that has "
                             "learned the labels of the hubs; 300: one still learning them)")
    parser.add_argument("--fresh-seed", type=int, default=12,
                        help="which releases the new-release rounds ask for (another seed: releases not read before)")
    parser.add_argument("--seed", type=int, default=5,
                        help="which releases --describe-cpu describes (another seed: releases not read before)")
    parser.add_argument("--void-update", action="store_true",
                        help="only time VoID's update from the store's audit records (no server)")
    args = parser.parse_args()
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop the servers on the way out
    args.store.mkdir(parents=True, exist_ok=True)
    figures = ensure_built(args.store, args.releases, args.jobs)
    if args.build_only:
        return
    if args.void_update:
        print(void_update(args.store))
        return
    if args.describe_cpu:
        print(describe_cpu(args.store, args.releases, args.describe_cpu, warm=args.describe_warm, seed=args.seed))
        return
    report = measure(args, figures)
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
