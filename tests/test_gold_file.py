"""The gold files are well-formed: real files, full records, valid dates, the documented split.

These tests check the data files themselves, not the extractor. They read only the gold files
(``gold.jsonl`` for ``osce-pages/``, ``gold-pages-2.jsonl`` for the unseen ``osce-pages-2/``),
the pages they point at, and the seed navigation (for the canonical fields-of-work list).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold" / "gold.jsonl"
GOLD2 = REPO / "tests" / "gold" / "gold-pages-2.jsonl"
PAGES2_REL = "../shared/corpus/osce-pages-2/"
KINDS2 = ("entity", "listing", "other", "pr-plain")
SEED_REL = "../shared/corpus/seed/000_6bfc26f97893894c.txt"
PAGES_REL = "../shared/corpus/osce-pages/"
KINDS = ("entity", "listing", "other", "pr-nav", "pr-plain")
RECORD_KEYS = {"title", "date", "place", "source", "fields_of_work", "states",
               "field_operations", "persons", "organizations"}
LIST_KEYS = ("fields_of_work", "states", "field_operations", "persons", "organizations")
# Labels the pages use that are not on the site's list; kept as written (see gold README).
EXTRA_FIELD_LABELS = {"Safety of journalists", "Media laws"}


def _entries(gold: Path = GOLD) -> list[dict]:
    lines = gold.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _records() -> list[tuple[str, int, dict]]:
    return [(e["file"], i, r) for g in (GOLD, GOLD2) for e in _entries(g) for i, r in enumerate(e["records"])]


def _rid(item: tuple[str, int, dict]) -> str:
    return f"{Path(item[0]).name}#{item[1]}"


def _kind(rel: str) -> str:
    return Path(rel).name.rsplit("_", 1)[0] if rel.startswith((PAGES_REL, PAGES2_REL)) else "seed"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("gold", [GOLD, GOLD2], ids=lambda p: p.name)
def test_every_line_is_an_object_with_file_split_records(gold):
    for entry in _entries(gold):
        assert set(entry) <= {"file", "split", "records", "reject"}, entry.get("file")
        assert isinstance(entry["file"], str) and isinstance(entry["records"], list)
        assert entry["split"] in {"dev", "holdout"}, entry["file"]


@pytest.mark.parametrize("gold", [GOLD, GOLD2], ids=lambda p: p.name)
def test_referenced_files_exist_and_are_unique(gold):
    files = [e["file"] for e in _entries(gold)]
    assert len(files) == len(set(files)), "a file appears twice"
    missing = [f for f in files if not (REPO / f).is_file()]
    assert not missing, f"gold refers to missing files: {missing}"


def test_coverage_seed_and_at_least_35_shared_pages_of_every_kind():
    files = [e["file"] for e in _entries()]
    assert SEED_REL in files
    pages = [f for f in files if f.startswith(PAGES_REL)]
    assert len(pages) >= 35
    assert {_kind(f) for f in pages} == set(KINDS)


def test_nav_only_and_rejected_pages_are_present_and_empty():
    entries = _entries()
    assert any(_kind(e["file"]) == "pr-nav" and e["records"] == [] for e in entries)
    rejected = [e for e in entries if e.get("reject")]
    assert rejected, "no page is marked for rejection"
    for entry in rejected:
        assert entry["reject"] is True and entry["records"] == [], entry["file"]


def test_holdout_has_at_least_10_files_across_kinds():
    held = [e["file"] for e in _entries() if e["split"] == "holdout"]
    assert len(held) >= 10
    assert {_kind(f) for f in held} == set(KINDS)


def test_split_follows_the_documented_rule():
    # README rule: per kind, in file-name order, every third file is holdout; the seed is dev.
    entries = _entries()
    for kind in KINDS:
        names = sorted(Path(e["file"]).name for e in entries if _kind(e["file"]) == kind)
        expected = set(names[2::3])
        actual = {Path(e["file"]).name for e in entries
                  if _kind(e["file"]) == kind and e["split"] == "holdout"}
        assert actual == expected, kind
    seed = next(e for e in entries if e["file"] == SEED_REL)
    assert seed["split"] == "dev"


def test_unseen_gold_covers_every_page_of_osce_pages_2():
    files = {Path(e["file"]).name for e in _entries(GOLD2)}
    on_disk = {p.name for p in (REPO / PAGES2_REL).glob("*.txt")}
    assert len(on_disk) == 60 and files == on_disk
    assert all(e["file"].startswith(PAGES2_REL) for e in _entries(GOLD2))


def test_unseen_split_follows_the_same_rule():
    entries = _entries(GOLD2)
    for kind in KINDS2:
        names = sorted(Path(e["file"]).name for e in entries if _kind(e["file"]) == kind)
        actual = {Path(e["file"]).name for e in entries if _kind(e["file"]) == kind and e["split"] == "holdout"}
        assert names and actual == set(names[2::3]), kind
    held = [e for e in entries if e["split"] == "holdout"]
    assert len(held) == 19


@pytest.mark.parametrize("item", _records(), ids=_rid)
def test_record_keys_and_value_types(item):
    _, _, record = item
    # "source_inferred": true marks an issuer the page implies but does not name (issue 11)
    assert set(record) - {"source_inferred"} == RECORD_KEYS
    if "source_inferred" in record:
        assert record["source_inferred"] is True and record["source"], "source_inferred needs a source"
    for key in ("title", "place", "source"):
        value = record[key]
        assert value is None or (isinstance(value, str) and value == value.strip() and value), key
    for key in LIST_KEYS:
        values = record[key]
        assert isinstance(values, list) and all(isinstance(v, str) and v.strip() for v in values), key
        folded = [v.casefold() for v in values]
        assert len(folded) == len(set(folded)), f"duplicate in {key}"


@pytest.mark.parametrize("item", _records(), ids=_rid)
def test_dates_are_iso_calendar_dates_or_null(item):
    date = item[2]["date"]
    if date is None:
        return
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), date
    parsed = dt.date.fromisoformat(date)  # raises on impossible dates such as 2015-02-30
    assert 1975 <= parsed.year <= 2030


@pytest.mark.parametrize("item", _records(), ids=_rid)
def test_titles_occur_verbatim_in_their_page(item):
    rel, _, record = item
    if record["title"] is None:
        return
    page = (REPO / rel).read_text(encoding="utf-8")
    assert _norm(record["title"]) in _norm(page)


@pytest.mark.parametrize("gold", [GOLD, GOLD2], ids=lambda p: p.name)
def test_listing_records_follow_page_order(gold):
    for entry in _entries(gold):
        titles = [r["title"] for r in entry["records"] if r["title"]]
        if _kind(entry["file"]) != "listing" or len(titles) < 2:
            continue
        page = _norm((REPO / entry["file"]).read_text(encoding="utf-8"))
        positions = [page.find(_norm(t)) for t in titles]
        assert positions == sorted(positions), entry["file"]


def _canonical_fields_of_work() -> set[str]:
    """The labels between the first 'Fields of work' and '- Field operations' in the seed navigation."""
    lines = (REPO / SEED_REL).read_text(encoding="utf-8").splitlines()
    start = lines.index("Fields of work") + 1
    stop = lines.index("- Field operations", start)
    return {line.removeprefix("- ").strip() for line in lines[start:stop]}


def test_fields_of_work_are_canonical_or_declared_extras():
    canonical = _canonical_fields_of_work()
    assert "Countering terrorism" in canonical and len(canonical) >= 20
    used = {label for _, _, r in _records() for label in r["fields_of_work"]}
    assert used <= canonical | EXTRA_FIELD_LABELS, sorted(used - canonical - EXTRA_FIELD_LABELS)
