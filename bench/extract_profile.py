"""Extraction speed and identity (session 13, P).

``python bench/extract_profile.py dump OUT``: every record the extractor reads from both shared corpus
folders and from the own pages (all but the blind lines, BLIND: an, ao, ap in session 15, never opened), one
JSON line each, to compare two revisions byte for byte.

``python bench/extract_profile.py profile [N]``: cProfile over two in-process passes of both shared
folders (after one warm-up pass), top N functions by own time and by cumulative time; also the
in-process docs/s of the two passes without the profiler.
"""
from __future__ import annotations

import cProfile
import json
import pstats
import re
import sys
import time
from pathlib import Path

from osce_kg.loader.sources import iter_extracted

ROOT = Path(__file__).resolve().parent.parent
SHARED = [ROOT.parent / "shared" / "corpus" / "osce-pages", ROOT.parent / "shared" / "corpus" / "osce-pages-2"]
OWN = ROOT / "tests" / "fixtures" / "own_pages"
BLIND = re.compile(r"a[nop][0-9]")  # this session's blind lines (an, ao, ap), never opened


def own_pages() -> list[Path]:
    return sorted(p for p in OWN.iterdir() if not BLIND.match(p.name))


def passes(n: int) -> float:
    start = time.process_time()
    docs = 0
    for _ in range(n):
        for _item in iter_extracted(SHARED):
            docs += 1
    return docs / (time.process_time() - start)


def main() -> None:
    what = sys.argv[1]
    if what == "dump":
        with open(sys.argv[2], "w", encoding="utf-8") as out:
            for item in iter_extracted(SHARED):
                out.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
            for page in own_pages():
                for item in iter_extracted([page]):
                    out.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
    elif what == "profile":
        top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
        passes(1)
        prof = cProfile.Profile()
        prof.enable()
        passes(2)
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)
        print(f"in-process: {passes(2):.0f} docs/s (two passes, no profiler)")
    elif what == "rate":
        passes(1)
        print(f"in-process: {passes(int(sys.argv[2]) if len(sys.argv) > 2 else 4):.0f} docs/s")


if __name__ == "__main__":
    main()
