"""What does a bulk load's read worker keep from one document to the next? Python's heap of ``_prepare``.

Runs the read workers' per-document work (:func:`loader.pipeline._prepare`, as in a worker of the
read pool: its minter set by ``_init_worker``) in this one process over documents generated from our
own ``corpus/`` (:func:`load_bench.generate`, each copy its own document), ``--warm`` documents first
(caches fill), then takes a ``tracemalloc`` snapshot, reads ``--documents`` more, takes another and
prints what was allocated between them and is still alive, largest first (``compare_to(...,
"traceback")``), with the resident memory before and after. Then the sizes of every
``functools`` cache (``cache_info()``) and of every module-level dict, set and list of the loader
that grew over the measured documents: the candidates for a memo that keeps something per document.

tracemalloc makes the reading ~3-5x slower: keep the counts small. It traces from the first snapshot
on, so a block made during the warm-up and freed later is not subtracted: a full bounded cache that
replaces its entries shows them as "made since" (the resident memory and the caches' sizes tell them
apart); ``--trace-warm`` traces the warm-up too (slower), and the difference is then net.

    python bench/worker_heap.py                       # 2,000 to warm, 3,000 measured
    python bench/worker_heap.py --warm 2000 --documents 5000 --top 25 --frames 8
"""
from __future__ import annotations

import argparse
import functools
import gc
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_bench import generate  # noqa: E402

MIB = 2 ** 20


def rss() -> int:
    """This process's resident memory in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def loader_modules() -> list:
    return [m for name, m in sorted(sys.modules.items()) if name.startswith(("osce_kg.loader", "loader.")) and m]


def containers() -> dict[str, int]:
    """Length of every module-level dict/set/list/``functools`` cache of the loader, by qualified name."""
    sizes: dict[str, int] = {}
    for module in loader_modules():
        for attr, value in list(vars(module).items()):
            if getattr(value, "__module__", module.__name__) != module.__name__:
                continue  # imported from elsewhere: counted where it is defined
            name = f"{module.__name__}.{attr}"
            if isinstance(value, (dict, set, list, frozenset)):
                sizes[name] = len(value)
            elif hasattr(value, "cache_info"):
                sizes[name + "()"] = value.cache_info().currsize
            elif isinstance(value, type):  # class attributes holding memos
                for key, inner in list(vars(value).items()):
                    if isinstance(inner, (dict, set, list)):
                        sizes[f"{name}.{key}"] = len(inner)
                    elif hasattr(inner, "cache_info"):
                        sizes[f"{name}.{key}()"] = inner.cache_info().currsize
    return sizes


def caches() -> list[tuple[str, object]]:
    """Every ``functools`` cache wrapper alive (found through the garbage collector, methods too)."""
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):  # type: ignore[attr-defined]
            found.append((f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', '?')}", obj))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm", type=int, default=2000, help="documents read before the first snapshot")
    parser.add_argument("--documents", type=int, default=3000, help="documents read between the snapshots")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--frames", type=int, default=6, help="frames kept per allocation")
    parser.add_argument("--no-trace", action="store_true", help="sizes and RSS only (full speed)")
    parser.add_argument("--trace-warm", action="store_true", help="trace the warm-up too (frees of its blocks count)")
    args = parser.parse_args()

    from osce_kg.loader import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, args.warm + args.documents)
        # in the order they were made (copy 0 of every page, then copy 1, ...), so the warm-up meets every
        # kind of page; a load reads them by name (every copy of one page, then the next page)
        sources = sorted(pipeline.collect([folder]), key=lambda s: (int(s.path.stem.rsplit("-v", 1)[1]), s.name))
        pipeline._init_worker("http://localhost:8000/")
        if args.trace_warm and not args.no_trace:
            tracemalloc.start(args.frames)
        start = time.perf_counter()
        for source in sources[:args.warm]:
            pipeline._prepare(source)
        gc.collect()
        print(f"warm-up: {args.warm} documents in {time.perf_counter() - start:.1f} s, RSS {rss() / MIB:.1f} MiB",
              flush=True)
        before_sizes = containers()
        before_caches = {name: c.cache_info().currsize for name, c in caches()}  # type: ignore[attr-defined]
        if not args.no_trace and not tracemalloc.is_tracing():
            tracemalloc.start(args.frames)
        first = tracemalloc.take_snapshot() if not args.no_trace else None
        rss0 = rss()
        start = time.perf_counter()
        for source in sources[args.warm:]:
            pipeline._prepare(source)
        gc.collect()
        seconds = time.perf_counter() - start
        rss1 = rss()
        print(f"measured: {args.documents} documents in {seconds:.1f} s, RSS {rss0 / MIB:.1f} -> {rss1 / MIB:.1f} MiB "
              f"({(rss1 - rss0) / args.documents / 1024:+.2f} KiB a document)")
        if first is not None:
            second = tracemalloc.take_snapshot()
            filters = [tracemalloc.Filter(False, tracemalloc.__file__)]
            diff = second.filter_traces(filters).compare_to(first.filter_traces(filters), "traceback")
            grown = sum(d.size_diff for d in diff)
            print(f"live Python allocations made since the first snapshot: {grown / MIB:+.2f} MiB "
                  f"({grown / args.documents / 1024:+.2f} KiB a document)")
            for stat in diff[:args.top]:
                print(f"\n{stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d} blocks")
                for line in stat.traceback.format()[-2 * args.frames:]:
                    print("    " + line)
            tracemalloc.stop()
        after_sizes = containers()
        after_caches = {name: c.cache_info() for name, c in caches()}  # type: ignore[attr-defined]
        print("\nfunctools caches (entries before -> after, maxsize):")
        for name, info in sorted(after_caches.items()):
            print(f"  {name}: {before_caches.get(name, 0)} -> {info.currsize} (maxsize {info.maxsize})")
        print("\nmodule-level dicts/sets/lists that grew:")
        for name, size in sorted(after_sizes.items()):
            if size > before_sizes.get(name, 0):
                print(f"  {name}: {before_sizes.get(name, 0)} -> {size}")


if __name__ == "__main__":
    main()
