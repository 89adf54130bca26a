"""A bulk load hands the memory it freed back to the system (issue 13: memory must not grow with the load).

``OSCE_KG_LOAD_MALLOC_TRIM`` (``pipeline._NativeCommits.TRIM``, default 1): after each flush of the
store (``OSCE_KG_LOAD_FLUSH_EVERY`` documents), the write thread calls glibc's ``malloc_trim(0)``
(:func:`pipeline.release_freed_memory`). Measured with ``bench/memory_bench.py``; these tests show
the setting is honoured and that the call returns freed memory (no timing, no sampling).
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from osce_kg.loader import pipeline
from osce_kg.loader.store import EmbeddedStore

from test_bulk_load import folder, load  # noqa: F401  # the fixture and the loader the bulk-load tests use

GLIBC = pipeline._malloc_trim() is not None


@pytest.mark.parametrize("trim", [True, False], ids=["trim", "no-trim"])
def test_each_flush_of_a_bulk_load_is_followed_by_a_trim_when_set(folder, tmp_path, monkeypatch, trim):  # noqa: F811
    """With the setting on, every flush the load's write thread makes is followed by one trim; off, none."""
    events: list[str] = []
    flush, release = EmbeddedStore.flush, pipeline.release_freed_memory

    def flushing(self):
        if threading.current_thread().name == "osce-kg-load-write":
            events.append("flush")
        return flush(self)

    def releasing() -> int:
        events.append("trim")
        return release()

    monkeypatch.setattr(EmbeddedStore, "flush", flushing)
    monkeypatch.setattr(pipeline, "release_freed_memory", releasing)
    monkeypatch.setattr(pipeline._NativeCommits, "FLUSH_EVERY", 8)
    monkeypatch.setattr(pipeline._NativeCommits, "TRIM", trim)
    store, report = load(tmp_path / "store", folder, workers=2, batch=4)
    try:
        assert report.accepted >= 20
        flushes = events.count("flush")
        assert flushes >= 2
        if trim:
            assert events == ["flush", "trim"] * flushes
        else:
            assert events == ["flush"] * flushes
    finally:
        store.close()


def _trim_setting(value: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "OSCE_KG_LOAD_MALLOC_TRIM"}
    if value is not None:
        env["OSCE_KG_LOAD_MALLOC_TRIM"] = value
    code = "from osce_kg.loader import pipeline; print(pipeline._NativeCommits.TRIM)"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def test_the_trim_setting_is_read_from_the_environment():
    """On unless ``OSCE_KG_LOAD_MALLOC_TRIM=0``; a value other than 0 or 1 is refused, naming the variable."""
    assert _trim_setting(None).stdout.strip() == "True"
    assert _trim_setting("1").stdout.strip() == "True"
    assert _trim_setting("0").stdout.strip() == "False"
    refused = _trim_setting("2")
    assert refused.returncode != 0
    assert "OSCE_KG_LOAD_MALLOC_TRIM" in refused.stderr


FRAGMENTED = """
import sys
from osce_kg.loader import pipeline

def anon():
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) * 1024

blocks = [bytearray(1000) for _ in range(100_000)]  # ~100 MiB from malloc (over pymalloc's 512 bytes)
for i in range(len(blocks)):
    if i % 64 != 63:  # every 64th kept, the last one too: free() cannot shrink the heap from its top
        blocks[i] = None
before = anon()
ran = pipeline.release_freed_memory()
print(ran, before, anon())
"""


@pytest.mark.skipif(not GLIBC or not Path("/proc/self/status").exists(), reason="glibc's malloc_trim, /proc")
def test_release_freed_memory_gives_the_pages_malloc_keeps_back():
    """~100 MiB allocated, 63 blocks in 64 freed: glibc keeps them resident (the kept blocks pin the
    heap) until :func:`pipeline.release_freed_memory` hands them back."""
    out = subprocess.run([sys.executable, "-c", FRAGMENTED], capture_output=True, text=True, timeout=60, check=True)
    ran, before, after = (int(x) for x in out.stdout.split())
    assert ran == 1
    assert before - after >= 50 * 2 ** 20, (before, after)


def _max_open_files(store_dir: Path) -> int:
    """RocksDB's ``max_open_files`` as the store's newest OPTIONS file records it."""
    options = max(store_dir.glob("OPTIONS-*"), key=lambda p: int(p.name.split("-")[1]))
    for line in options.read_text().splitlines():
        if line.strip().startswith("max_open_files="):
            return int(line.split("=")[1])
    raise AssertionError("no max_open_files in " + str(options))


def test_the_open_files_setting_caps_rocksdbs_open_tables(tmp_path, monkeypatch):
    """``OSCE_KG_STORE_OPEN_FILES`` (``embedded.OPEN_FILES``): a store opened read-write with it keeps at most
    that many table files open (RocksDB's own record of its options says so); the process's descriptor limit
    is the same after the open; 0 leaves Oxigraph's default (the descriptor limit less 48)."""
    import resource

    from osce_kg.loader.store import embedded

    limit = resource.getrlimit(resource.RLIMIT_NOFILE)
    monkeypatch.setattr(embedded, "OPEN_FILES", 64)
    EmbeddedStore(tmp_path / "capped").close()
    assert _max_open_files(tmp_path / "capped") == 64
    assert resource.getrlimit(resource.RLIMIT_NOFILE) == limit
    monkeypatch.setattr(embedded, "OPEN_FILES", 0)
    EmbeddedStore(tmp_path / "default").close()
    if limit[0] != resource.RLIM_INFINITY:
        assert _max_open_files(tmp_path / "default") == min(limit[0], 2**31 - 1) - 48


def test_the_open_files_setting_is_read_from_the_environment():
    code = "from osce_kg.loader.store import embedded; print(embedded.OPEN_FILES)"
    env = {k: v for k, v in os.environ.items() if k != "OSCE_KG_STORE_OPEN_FILES"}
    run = lambda value: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,  # noqa: E731
                                       env={**env, "OSCE_KG_STORE_OPEN_FILES": value})
    assert run("").stdout.strip() == "0"
    assert run("100").stdout.strip() == "100"
    refused = run("10")  # under Oxigraph's floor of 48
    assert refused.returncode != 0 and "OSCE_KG_STORE_OPEN_FILES" in refused.stderr


# --- what a read worker keeps from one document to the next (bench/worker_heap.py) ---------------------

#: the most entries a cache that grows with the documents a read worker reads may keep: at ~0.4 KiB an
#: entry (a title and its key) a few MiB; 65,536 (the names' cache before) grew each worker of a
#: 100,000-document load by ~0.9 KiB a document
WORKER_CACHE_ENTRIES = 16_384


def _loader_caches() -> dict[str, object]:
    """Every ``functools`` cache of the loader's modules (functions and methods), by qualified name."""
    import functools
    import gc

    return {f"{c.__module__}.{c.__qualname__}": c for c in gc.get_objects()
            if isinstance(c, functools._lru_cache_wrapper)
            and str(getattr(c, "__module__", "")).startswith("osce_kg.loader")}


def _new_documents(into: Path, copies: int) -> list:
    """``copies`` documents of each page of the example corpus, each copy's title its own (as
    ``bench/load_bench.generate`` makes them), interleaved as a load's workers meet them."""
    corpus = Path(pipeline.bundled_corpus())
    pages = [p for p in sorted(corpus.glob("*.txt")) if p.name.startswith(("pr-", "speech-", "statement-"))]
    for k in range(copies):
        for page in pages:
            title, _, rest = page.read_text(encoding="utf-8").partition("\n")
            (into / f"{page.stem}-v{k:04d}.txt").write_text(f"Part {k + 1} {title}\n{rest}", encoding="utf-8")
    return sorted(pipeline.collect([into]), key=lambda s: (s.path.stem.rsplit("-v", 1)[1], s.name))


def test_the_caches_a_read_worker_fills_with_new_documents_are_bounded(tmp_path):
    """A read worker's work on documents it has not met (``_prepare``, each document's titles new): every
    loader cache that grows has a bound of at most :data:`WORKER_CACHE_ENTRIES` entries, and none is past it."""
    pipeline._init_worker("http://localhost:8000/")
    sources = _new_documents(tmp_path, 6)
    assert len(sources) >= 30
    pipeline._prepare(sources[0])
    before = {name: c.cache_info().currsize for name, c in _loader_caches().items()}  # type: ignore[attr-defined]
    for source in sources[1:]:
        assert pipeline._prepare(source).reason is None, source.name
    grown = {name: c.cache_info() for name, c in _loader_caches().items()  # type: ignore[attr-defined]
             if c.cache_info().currsize > before.get(name, 0)}  # type: ignore[attr-defined]
    assert "osce_kg.loader.iri.slug" in grown  # the titles' keys: new in every document
    unbounded = {name: info.maxsize for name, info in grown.items()
                 if info.maxsize is None or info.maxsize > WORKER_CACHE_ENTRIES or info.currsize > info.maxsize}
    assert not unbounded, unbounded


def test_minting_new_titles_keeps_no_more_memory_once_the_names_cache_is_full():
    """Releases' IRIs for 18,000 titles never met (what a worker of a long load mints): the memory the
    last 9,000 leave allocated (``tracemalloc``, not resident memory: no noise) is not what the cache kept of them."""
    import tracemalloc

    from osce_kg.loader.iri import Minter, slug

    minter = Minter("http://localhost:8000/")
    slug.cache_clear()
    tracemalloc.start()
    try:
        for k in range(9_000):
            minter.release(f"Part {k} OSCE Mission supports a workshop on media freedom and journalists' safety", None)
        before = tracemalloc.get_traced_memory()[0]
        for k in range(9_000, 18_000):
            minter.release(f"Part {k} OSCE Mission supports a workshop on media freedom and journalists' safety", None)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        slug.cache_clear()
    # the cache's own table settles once (~0.3 MiB, then no more over 9,000 more); 65,536 kept 3.4 MiB here
    assert kept < 1024 * 1024, f"{kept / 1024:.0f} KiB kept for 9,000 new titles"
    assert slug.cache_info().maxsize <= WORKER_CACHE_ENTRIES


def test_the_per_line_caches_keep_short_lines_only(tmp_path):
    """The extractor's per-line answers (``decode.line_cache``: ``layouts.is_chrome``, ``is_label``, ...) are kept
    for lines of at most ``CACHED_LINE_CHARS`` characters: a page of one 500 KB line leaves none of it in them,
    where an LRU cache of 4,096 whole lines could hold gigabytes; its answers are the function's own."""
    import random
    import string

    from osce_kg.loader.extract import decode, issuer, layouts, read_text

    caches = (layouts.is_chrome, layouts.is_label, layouts._may_head_teasers, layouts._is_date_only_line,
              issuer.is_press_header)
    for cache in caches:
        cache.cache_clear()  # type: ignore[attr-defined]
    for k in range(8):  # eight pages, each of the same two short lines around a long one of its own
        draw = random.Random(k)  # (words of random letters: a line repeating one phrase is refused as no page)
        long_line = " ".join("".join(draw.choices(string.ascii_lowercase, k=draw.randint(2, 9))) for _ in range(20_000))
        try:
            read_text(f"A headline\n{long_line}\nA short closing line\n", f"long{k}.txt")
        except Exception:
            pass  # (whether the page makes a record does not matter here: what was kept does)
    for cache in caches:
        assert cache.cache_info().maxsize <= 16_384  # type: ignore[attr-defined]
        assert cache.cache_info().currsize <= 4, (cache, cache.cache_info())  # type: ignore[attr-defined]
    assert layouts.is_chrome(long_line) == layouts.is_chrome.__wrapped__(long_line)  # type: ignore[attr-defined]
    assert layouts.is_chrome(long_line, in_text=True) is layouts.is_chrome.__wrapped__(long_line, True)  # type: ignore[attr-defined]
    assert len(long_line) > decode.CACHED_LINE_CHARS


def test_the_word_caches_keep_no_long_word():
    """Pages of one long line whose words are now and then long runs of letters (a hostile page's "word" can be
    megabytes): the extractor's per-word caches (``reference._word_tokens``, ``mentions._WRITTEN_CACHE`` and
    ``_CONCEPT_CACHE``) keep words of at most 64 characters, and words that mean nothing share one empty answer,
    so what eight such pages leave allocated (``tracemalloc``: no noise) stays small; the code before kept
    ~9 MiB here (each long word, folded and as written, and an empty frozenset per word)."""
    import gc
    import random
    import string
    import tracemalloc

    from osce_kg.loader.extract import read_text

    def page(k: int) -> str:
        draw = random.Random(k)
        words = ("".join(draw.choices(string.ascii_lowercase, k=draw.randint(2, 9) if draw.random() < 0.8
                                      else draw.randint(80, 200))) for _ in range(8_000))
        return f"A headline\n{' '.join(words)}\nA short closing line\n"

    def read(k: int) -> None:
        try:
            read_text(page(k), f"long{k}.txt")
        except Exception:
            pass  # (whether the page makes a record does not matter here: what was kept does)

    read(100)  # the indexes a first page builds once
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for k in range(8):
            read(k)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 3 * 2 ** 20, f"{kept / 2 ** 20:.1f} MiB kept after eight pages"


def test_names_on_a_page_leave_no_compiled_pattern_and_no_long_word_kept():
    """Pages whose "names" are capitalised runs of 1,200-1,500 letters: where a name is written was found with a
    pattern made of it (``resolve.person_evidence``), compiled and kept in ``re``'s cache of 512 (~42 KiB each
    here, ~3 MiB a page), and ``names.is_given_name`` and ``mentions._token_kind`` kept the long words; now the
    name is found with ``str.find`` and a word of more than 64 characters is answered afresh."""
    import gc
    import random
    import string
    import tracemalloc

    from osce_kg.loader.extract import read_text

    def word(draw: random.Random, k: int) -> str:
        return "".join(draw.choices(string.ascii_lowercase, k=k)).capitalize()

    def read(k: int) -> None:
        draw = random.Random(k)
        line = " ".join(f"The Mission of the OSCE and the {word(draw, 1500)} {word(draw, 1200)} said that it was in the"
                        for _ in range(40))
        try:
            read_text(f"A headline\nThe text opens here. {line}\nA short closing line\n", f"names{k}.txt")
        except Exception:
            pass  # (whether the page makes a record does not matter here: what was kept does)

    read(100)  # the indexes a first page builds once
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for k in range(3):
            read(k)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 1024 * 1024, f"{kept / 2 ** 20:.1f} MiB kept after three pages"
