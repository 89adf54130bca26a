"""Search through the full-text index vs the SPARQL a visitor would write without it, same store, same run.

A synthetic store of N releases (``dct:title`` and a 120-word ``schema:articleBody``: filler words from a
vocabulary of 5,000 and a tenth topical words, so each searched word is in about a fifth of them; one named graph each, plus States with labels in several languages) is bulk-loaded on
disk. For each word of a fixed list, two ways to find the releases that use it:

* **index**: :meth:`osce_kg.server.search.Index.search` (SQLite FTS5, ranked, count + first 20 hits);
* **SPARQL**: ``FILTER(CONTAINS(LCASE(?text), word))`` over titles and bodies (a full scan, unranked).

Both run in this process, interleaved word by word, median over ``--runs``; the ratio is
SPARQL time / index time. The index's upkeep is shown too: a full rebuild (what a committed write
costs the next search when the writes cannot be told apart) against reading the same literals with one
SPARQL query, the floor of any rebuild from the store; and the refresh after a one-release write with
its audit record (what a committed write costs the next search: only the resources it touched are
reindexed) against the full rebuild.

    python bench/search_bench.py                       # 1,000 and 10,000 releases
    python bench/search_bench.py --sizes 2000 --runs 5
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server.search import Index, Query

BASE = "http://localhost:8000/"
VOCAB = ("security co-operation border police election observation media freedom journalists gender equality "
         "water energy environment migration youth tolerance minority rights democracy governance corruption "
         "training workshop conference minister ambassador mission office programme project capacity dialogue "
         "conflict prevention mediation reform justice trafficking terrorism cyber customs weapons arms").split()
WORDS = ("trafficking", "journalists", "mediation", "customs", "cyber")
STATES = {"albania": ("Albania", "Shqipëria@sq"), "russian-federation": ("Russian Federation", "Россия@ru"),
          "turkiye": ("Türkiye", "Turkey@en")}


def synthetic_nquads(releases: int, seed: int = 15) -> str:
    rng = random.Random(seed)
    ref = f"<{BASE}graph/reference>"
    lines = []
    for key, (label, alt) in STATES.items():
        s = f"<{BASE}id/state/{key}>"
        text, lang = alt.split("@")
        lines += [f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/osce-kg/ontology#ParticipatingState> {ref} .",
                  f'{s} <http://www.w3.org/2004/02/skos/core#prefLabel> "{label}"@en {ref} .',
                  f'{s} <http://www.w3.org/2004/02/skos/core#altLabel> "{text}"@{lang} {ref} .']
    for r in range(releases):
        g = f"<{BASE}graph/r{r}>"
        s = f"<{BASE}id/release/r{r}>"
        title = " ".join(_word(rng) for _ in range(8))
        body = " ".join(_word(rng) for _ in range(120))
        lines += [f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/osce-kg/ontology#PressRelease> {g} .",
                  f'{s} <http://purl.org/dc/terms/title> "{title.capitalize()}"@en {g} .',
                  f'{s} <https://schema.org/articleBody> "{body}."@en {g} .',
                  f'{s} <http://purl.org/dc/terms/issued> "{2005 + r % 20}-01-01"^^<http://www.w3.org/2001/XMLSchema#date> {g} .',
                  f'{g} <http://www.w3.org/ns/prov#generatedAtTime> "2026-12-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> {g} .']
    return "\n".join(lines) + "\n"


def _word(rng: random.Random) -> str:
    """Mostly filler from a large vocabulary, a tenth from the topical words: each topical word is in
    about a fifth of the releases."""
    return rng.choice(VOCAB) if rng.random() < 0.1 else f"w{rng.randrange(5000)}"


def sparql_for(word: str) -> str:
    return ("SELECT ?r ?t WHERE { ?r <http://purl.org/dc/terms/title> ?t ; <https://schema.org/articleBody> ?b "
            f'FILTER(CONTAINS(LCASE(STR(?b)), "{word}") || CONTAINS(LCASE(STR(?t)), "{word}")) }}')


def _write_one(store: EmbeddedStore, index: Index, k: int) -> None:
    """Retitle release k with its audit record (the server's write path, shortened), then refresh the index."""
    s, g = f"{BASE}id/release/r{k}", f"{BASE}graph/r{k}"
    quad = f'<{s}> <http://purl.org/dc/terms/title> "Retitled {k} zebra"@en <{g}> .\n'
    audit, w = f"{BASE}graph/audit", f"{BASE}id/write/bench-{k}"
    vocab = "https://w3id.org/osce-kg/ontology#"
    store.apply(Change(add=[
        (URIRef(s), URIRef("http://purl.org/dc/terms/title"), Literal(f"Retitled {k} zebra", lang="en"), URIRef(g)),
        (URIRef(w), URIRef("http://www.w3.org/ns/prov#endedAtTime"),
         Literal(f"2030-01-01T00:00:{k:02d}+00:00", datatype=XSD.dateTime), URIRef(audit)),
        (URIRef(w), URIRef(vocab + "addedQuads"), Literal(quad), URIRef(audit)),
        (URIRef(w), URIRef(vocab + "removedQuads"), Literal(""), URIRef(audit))]))
    index.mark_stale()
    index.ensure_fresh()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(size: int, runs: int, folder: Path) -> dict[str, float]:
    path = folder / f"store-{size}"
    raw = ox.Store(str(path))
    raw.bulk_load(synthetic_nquads(size).encode(), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    store = EmbeddedStore(path)
    try:
        index = Index(folder / f"index-{size}.sqlite", store, BASE)
        rebuild = [timed(index.open) for _ in range(1)]
        for _ in range(max(1, runs // 3)):
            index.mark_stale()
            rebuild.append(timed(index.ensure_fresh))
        incremental = []
        for k in range(max(1, runs // 3)):  # a write of one release, as the server records it
            incremental.append(timed(lambda: _write_one(store, index, k)))
        read_all = [timed(lambda: store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }"))
                    for _ in range(max(1, runs // 3))]
        idx, scan = [], []
        for _ in range(runs):
            for word in WORDS:
                idx.append(timed(lambda: index.search(Query(text=word))))
                scan.append(timed(lambda: store.select(sparql_for(word))))
        hits, total = index.search(Query(text=WORDS[0]))
        found = len(store.select(sparql_for(WORDS[0])))
        assert total == found, (total, found)  # the same releases, found two ways
    finally:
        store.close()
    return {"size": size, "index_ms": statistics.median(idx) * 1000, "sparql_ms": statistics.median(scan) * 1000,
            "rebuild_ms": statistics.median(rebuild) * 1000, "incremental_ms": statistics.median(incremental) * 1000, "read_ms": statistics.median(read_all) * 1000,
            "hits": total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            rows.append(run(size, args.runs, Path(tmp)))
    print(f"{len(WORDS)} words x {args.runs} runs, medians; the same process, interleaved\n")
    print("| releases | hits ('trafficking') | index ms | SPARQL CONTAINS ms | SPARQL / index | rebuild ms | "
          "read literals ms | rebuild / read | after a 1-release write ms | rebuild / that |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['size']} | {r['hits']} | {r['index_ms']:.2f} | {r['sparql_ms']:.1f} | "
              f"{r['sparql_ms'] / r['index_ms']:.0f}x | {r['rebuild_ms']:.0f} | {r['read_ms']:.0f} | "
              f"{r['rebuild_ms'] / r['read_ms']:.1f}x | {r['incremental_ms']:.0f} | "
              f"{r['rebuild_ms'] / r['incremental_ms']:.0f}x |")


if __name__ == "__main__":
    main()
