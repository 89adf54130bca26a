"""Whole-store figures at a million releases (issue 14): count VoID's kept counts once, measure the
memory of the serving processes beside ``oxigraph serve``.

``count --store DIR``: VoID's counts (``void.count_all``) of an embedded store opened read-only (so a
server or a benchmark may run on the store meanwhile), kept beside it in ``{store}.figures/`` under
the key the server reads back at start; the next ``osce-kg serve`` then takes them (one check of the
store's size) instead of counting for 9 minutes.

``memory``: see :func:`memory`.
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
    Kept(kept_folder(store_path), base).save(VOID_COUNTS_KEY, counts, dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
    return {"store": str(store_path), "seconds": round(took, 1), "cpu_seconds": round(cpu_took, 1),
            "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "triples": counts.triples, "entities": counts.entities, "graphs": counts.graphs, "quads": counts.quads,
            "distinctSubjects": counts.distinctSubjects, "distinctObjects": counts.distinctObjects,
            "classes": len(counts.classes), "properties": len(counts.properties), "position": counts.position}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("count", help="count VoID's figures of a store and keep them beside it")
    c.add_argument("--store", type=Path, required=True)
    c.add_argument("--base", default="http://localhost:8000/")
    args = parser.parse_args(argv)
    if args.command == "count":
        print(json.dumps(count(args.store, args.base), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
