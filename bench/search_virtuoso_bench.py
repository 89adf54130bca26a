"""Search over Virtuoso: its free-text index (``bif:contains``) vs a SPARQL ``CONTAINS`` scan, same store, same run.

The synthetic releases of ``bench/search_bench.py`` (a title and a 120-word body each) are bulk-loaded
into a Virtuoso started as the tests start it (``tests/virtuoso_fixture.py``: Debian's
``virtuoso-opensource-7`` on loopback ports), and its free-text index is built. For each word of a fixed
list, three ways to answer a search for it, interleaved word by word, median over ``--runs``:

* **bif:contains**: the ranking query of :mod:`osce_kg.server.search_virtuoso` alone (the first 20
  hits, ranked by Virtuoso's score), and :meth:`~osce_kg.server.search_virtuoso.TextSearch.search`
  whole, what ``/search`` runs over Virtuoso (that query, the count, and what the hits show);
* **SPARQL CONTAINS**: ``FILTER(CONTAINS(LCASE(STR(?text)), word))`` over titles and bodies (a full
  scan, unranked), what a visitor would write without a search;
* **SQLite index**: :meth:`osce_kg.server.search.Index.search` built from the same Virtuoso (our index
  as it stands behind Virtuoso's).

    python bench/search_virtuoso_bench.py                     # 1,000 and 10,000 releases
    python bench/search_virtuoso_bench.py --sizes 2000 --runs 5
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from search_bench import BASE, WORDS, sparql_for, synthetic_nquads  # noqa: E402
from virtuoso_fixture import FREE_TEXT, start_virtuoso  # noqa: E402

from osce_kg.loader.store.virtuoso import VirtuosoStore  # noqa: E402
from osce_kg.server.search import Index, Query  # noqa: E402
from osce_kg.server.search_virtuoso import ENGINE_VIRTUOSO, TextSearch, ranking_queries  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(size: int, runs: int, folder: Path) -> dict[str, float]:
    server = start_virtuoso(folder / f"virtuoso-{size}")
    try:
        db = folder / f"virtuoso-{size}" / "db"
        (db / "bench.nq").write_text(synthetic_nquads(size), encoding="utf-8")
        server.isql(FREE_TEXT[0], f"ld_dir('{db}', 'bench.nq', '{BASE}graph/bench');", "rdf_loader_run();",
                    "checkpoint;")
        started = time.perf_counter()
        server.index_text()
        text_index_s = time.perf_counter() - started
        store = VirtuosoStore(server.sparql_url, server.sparql_url)
        index = Index(folder / f"index-{size}.sqlite", store, BASE)
        index.open()
        text = TextSearch(store, index, BASE, "https://w3id.org/osce-kg/ontology#", lag=0.0)
        assert text.usable()
        bif, whole, scan, fts = [], [], [], []
        for _ in range(runs):
            for word in WORDS:
                page = ranking_queries(Query(text=word), BASE, "https://w3id.org/osce-kg/ontology#")[0]
                bif.append(timed(lambda: store.select(page)))
                whole.append(timed(lambda: text.search(Query(text=word))))
                scan.append(timed(lambda: store.select(sparql_for(word))))
                fts.append(timed(lambda: index.search(Query(text=word))))
        hits, total, engine = text.search(Query(text=WORDS[0]))
        found = len(store.select(sparql_for(WORDS[0])))
        assert engine == ENGINE_VIRTUOSO and total == found, (engine, total, found)  # the same releases
        store.close()
    finally:
        server.stop()
    return {"size": size, "hits": total, "bif_ms": statistics.median(bif) * 1000,
            "whole_ms": statistics.median(whole) * 1000,
            "scan_ms": statistics.median(scan) * 1000, "fts_ms": statistics.median(fts) * 1000,
            "text_index_s": text_index_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [run(size, args.runs, Path(tmp)) for size in args.sizes]
    print(f"{len(WORDS)} words x {args.runs} runs, medians; the same Virtuoso, interleaved\n")
    print("| releases | hits ('trafficking') | bif:contains query ms | SPARQL CONTAINS ms | CONTAINS / bif:contains | "
          "/search over Virtuoso ms | SQLite index ms | building Virtuoso's text index s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['size']:,} | {r['hits']:,} | {r['bif_ms']:.1f} | {r['scan_ms']:.1f} | "
              f"{r['scan_ms'] / r['bif_ms']:.1f}x | {r['whole_ms']:.1f} | {r['fts_ms']:.1f} | {r['text_index_s']:.1f} |")


if __name__ == "__main__":
    main()
