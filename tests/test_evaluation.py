"""``osce-kg eval``: scoring the extractor against a gold file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO
from osce_kg.loader.errors import UsageError
from osce_kg.loader.evaluation import (evaluate, evaluate_by, format_groups, format_report, normalize,
                                       summary, worst_group)
from osce_kg.server.cli import main

GOLD = REPO / "tests" / "gold" / "gold.jsonl"

PAGE_A = """OSCE Presence in Albania trains judges
TIRANA, 2 March 2023 - The OSCE Presence in Albania trained twenty Albanian judges today, said Ambassador Michael Schmunk, Head of Presence.
"""
PAGE_B = """Newsroom
News and press releases
Centre in Ashgabat hosts customs seminar
Publishing date: 14 April 2023
Content type: Press release
Where we are: OSCE Centre in Ashgabat
What we do: Border management
ASHGABAT, 14 April 2023 - Customs officers from Turkmenistan met at the Centre today.
Programme Office in Dushanbe opens library
Publishing date: 3 April 2023
Content type: News
The OSCE Programme Office in Dushanbe opened a library in Dushanbe, Tajikistan.
"""


def rec(**fields) -> dict:
    base = {"title": None, "date": None, "place": None, "source": None, "fields_of_work": [], "states": [],
            "field_operations": [], "persons": [], "organizations": []}
    return {**base, **fields}


@pytest.fixture
def pages(tmp_path: Path) -> tuple[Path, list[Path]]:
    a, b, bad = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "bad.txt"
    a.write_text(PAGE_A, encoding="utf-8")
    b.write_text(PAGE_B, encoding="utf-8")
    bad.write_bytes(b"")
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"file": "a.txt", "split": "dev", "records": [rec(
            title="OSCE Presence in Albania trains judges", date="2023-03-02", place="Tirana",
            states=["Albania"], field_operations=["OSCE Presence in Albania"], persons=["Michael Schmunk"])]},
        {"file": "b.txt", "split": "holdout", "records": [
            rec(title="Centre in Ashgabat hosts customs seminar", date="2023-04-14", place="Ashgabat",
                fields_of_work=["Border management"], states=["Turkmenistan"],
                field_operations=["Centre in Ashgabat"]),
            rec(title="Programme Office in Dushanbe opens library", date="2023-04-03", place="Dushanbe",
                states=["Tajikistan"], field_operations=["OSCE Programme Office in Dushanbe"],
                organizations=["OSCE Secretariat"])]},
        {"file": "bad.txt", "split": "dev", "reject": True, "records": []},
    ]
    gold.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return gold, [a, b, bad]


@pytest.mark.parametrize("a, b", [
    ("OSCE Secretariat", "the Secretariat"),
    ("Chişinău", "Chisinau"),
    ("Frank\u2011Walter Steinmeier", "frank-walter steinmeier"),
    ("ODIHR’s work", "ODIHR's work"),
    ('Serb Cultural Association "Prosvjeta"', "Serb Cultural Association “Prosvjeta”"),
])
def test_normalize_equal(a, b):
    assert normalize(a) == normalize(b)


def test_normalize_keeps_different_names_apart():
    assert normalize("OSCE Mission to Serbia") != normalize("OSCE Mission to Skopje")
    assert normalize(None) == ""


def test_scores_and_misses(pages):
    gold, paths = pages
    report = evaluate(gold, paths)
    assert (report.files, report.gold_records, report.found_records, report.matched_records) == (3, 3, 3, 3)
    assert report.rejections_expected == report.rejections_correct == 1
    assert report.score("title").accuracy == 1.0 and report.score("date").accuracy == 1.0
    # the second listing item has no dateline: its place is a miss
    assert report.score("place").correct == 2
    assert any(m.field == "place" and m.expected == "Dushanbe" for m in report.misses)
    orgs = report.score("organizations")
    assert (orgs.tp, orgs.fn) == (0, 1) and orgs.recall == 0.0
    ops = report.score("field_operations")
    assert (ops.tp, ops.fp, ops.fn) == (3, 0, 0) and ops.f1 == 1.0


def test_splits(pages):
    gold, paths = pages
    assert evaluate(gold, paths, split="dev").gold_records == 1
    assert evaluate(gold, paths, split="holdout").gold_records == 2
    with pytest.raises(UsageError):
        evaluate(gold, paths, split="test")


def test_only_the_given_paths_are_scored(pages):
    gold, paths = pages
    assert evaluate(gold, paths[:1]).files == 1


def test_a_page_rejected_against_the_gold_counts_every_field_missed(pages, tmp_path):
    gold, paths = pages
    paths[0].write_bytes(b"\x00\x01binary")
    report = evaluate(gold, paths, split="dev")
    assert report.score("title").correct == 0
    assert any(m.field == "document" for m in report.misses)


def test_format_report(pages):
    gold, paths = pages
    text = format_report(evaluate(gold, paths))
    assert "field_operations" in text and "misses" in text and "Dushanbe" in text
    assert "misses" not in format_report(evaluate(gold, paths), misses=False)


def test_bad_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not JSON"):
        evaluate(gold, [])


def test_cli_eval(pages):
    gold, paths = pages
    result = CliRunner().invoke(main, ["eval", str(gold), *map(str, paths), "--split", "all", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["fields"]["title"]["accuracy"] == 1.0 and data["misses"]
    text = CliRunner().invoke(main, ["eval", str(gold), *map(str, paths), "--no-misses"])
    assert text.exit_code == 0 and "precision" in text.output and "misses" not in text.output


def _kinded(pages, tmp_path: Path) -> tuple[Path, list[Path]]:
    """The fixture's pages renamed ``pr_a.txt``, ``listing_b.txt``, ``bad_c.txt``, with an index.tsv."""
    gold, paths = pages
    names = ["pr_a.txt", "listing_b.txt", "bad_c.txt"]
    moved = [p.rename(p.with_name(n)) for p, n in zip(paths, names)]
    text = gold.read_text(encoding="utf-8")
    for old, new in zip(("a.txt", "b.txt", "bad.txt"), names):
        text = text.replace(f'"{old}"', f'"{new}"')
    gold.write_text(text, encoding="utf-8")
    (tmp_path / "index.tsv").write_text(
        "file\turl\tkind\npr_a.txt\thttps://www.osce.org/albania/1\tpr\n"
        "listing_b.txt\thttps://mirror.example./press?page=2\tlisting\n", encoding="utf-8")
    return gold, moved


def test_groups_by_kind_add_up_to_the_whole(pages, tmp_path):
    gold, paths = _kinded(pages, tmp_path)
    whole, groups = evaluate_by(gold, paths, by="kind")
    assert set(groups) == {"pr", "listing", "bad"}
    assert sum(g.gold_records for g in groups.values()) == whole.gold_records == 3
    assert sum(g.score("place").correct for g in groups.values()) == whole.score("place").correct
    # the listing's second item has no dateline: its group is the one with a place miss
    assert groups["listing"].score("place").accuracy == 0.5 and groups["pr"].score("place").accuracy == 1.0
    assert evaluate_by(gold, paths)[1] == {}


def test_groups_by_site_read_the_folder_index(pages, tmp_path):
    gold, paths = _kinded(pages, tmp_path)
    _, groups = evaluate_by(gold, paths, by="site")
    assert set(groups) == {"osce.org", "mirror.example", "unknown"}
    assert groups["osce.org"].files == 1 and groups["unknown"].rejections_correct == 1


def test_worst_group_ignores_groups_too_small_to_judge(pages, tmp_path):
    gold, paths = _kinded(pages, tmp_path)
    _, groups = evaluate_by(gold, paths, by="kind")
    # only the listing has two gold records; the smaller groups are left out
    assert worst_group(groups) == "listing"
    assert worst_group(groups, min_records=1) == min(groups, key=lambda k: summary(groups[k]))
    assert worst_group({}) is None
    text = format_groups(groups, "kind")
    assert text.splitlines()[0].startswith("kind") and "worst kind" in text and "listing" in text


def test_unknown_grouping_is_a_usage_error(pages):
    gold, paths = pages
    with pytest.raises(UsageError, match="grouping"):
        evaluate_by(gold, paths, by="language")


def test_cli_eval_by(pages, tmp_path):
    gold, paths = _kinded(pages, tmp_path)
    text = CliRunner().invoke(main, ["eval", str(gold), *map(str, paths), "--no-misses", "--by", "kind"])
    assert text.exit_code == 0, text.output
    assert "worst kind" in text.output and "listing" in text.output
    data = json.loads(CliRunner().invoke(main, ["eval", str(gold), *map(str, paths), "--by", "site",
                                                "--format", "json"]).output)
    assert data["by"] == "site" and set(data["groups"]) == {"osce.org", "mirror.example", "unknown"}
    assert data["worst_group"] == "mirror.example" and "misses" not in data["groups"]["osce.org"]


# ------------------------------------------------------------- the real gold file: the targets

# source counts explicit and inferred issuers (and whether each was inferred): issue 11's target
ACCURACY_TARGETS = {"title": 0.95, "date": 0.95, "place": 0.95, "source": 0.90, "fields_of_work": 0.95}
F1_TARGETS = {"states": 0.90, "field_operations": 0.90, "persons": 0.85, "organizations": 0.75}


@pytest.fixture(scope="module")
def real_reports() -> dict:
    pages = REPO.parent / "shared" / "corpus"
    return {split: evaluate(GOLD, [pages], split=split) for split in ("dev", "holdout")}


@pytest.mark.parametrize("split", ["dev", "holdout"])
@pytest.mark.parametrize("field", sorted(ACCURACY_TARGETS))
def test_accuracy_targets(real_reports, split, field):
    assert real_reports[split].score(field).accuracy >= ACCURACY_TARGETS[field]


@pytest.mark.parametrize("split", ["dev", "holdout"])
@pytest.mark.parametrize("field", sorted(F1_TARGETS))
def test_f1_targets(real_reports, split, field):
    assert real_reports[split].score(field).f1 >= F1_TARGETS[field]


def test_every_gold_file_is_scored(real_reports):
    assert real_reports["dev"].files + real_reports["holdout"].files == 58
    assert real_reports["dev"].rejections_correct == real_reports["dev"].rejections_expected == 1


# ------------------------------------------------------------- the unseen gold (osce-pages-2): no regression

GOLD2 = REPO / "tests" / "gold" / "gold-pages-2.jsonl"
#: the figures measured when issue 11's changes were committed (README, "Unseen pages"); a later
#: change that lowers one must say why, or fix the regression
UNSEEN_FLOORS = {
    # source: explicit or inferred (and said to be), since the gold marks inferred issuers
    "dev": {"title": 0.943, "date": 0.981, "place": 1.0, "source": 0.981, "fields_of_work": 1.0,
            "states": 0.988, "field_operations": 0.960, "persons": 0.920, "organizations": 0.906},
    "holdout": {"title": 0.923, "date": 0.923, "place": 0.961, "source": 0.884, "fields_of_work": 1.0,
                "states": 0.933, "field_operations": 0.933, "persons": 0.695, "organizations": 0.731},
}


@pytest.fixture(scope="module")
def unseen_reports() -> dict:
    pages = REPO.parent / "shared" / "corpus" / "osce-pages-2"
    return {split: evaluate(GOLD2, [pages], split=split) for split in ("dev", "holdout")}


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_unseen_pages_do_not_regress(unseen_reports, split):
    report = unseen_reports[split]
    assert report.files == {"dev": 41, "holdout": 19}[split]
    figures = {name: (report.score(name).f1 if name in ("states", "field_operations", "persons", "organizations")
                      else report.score(name).accuracy) for name in UNSEEN_FLOORS[split]}
    low = {name: round(v, 3) for name, v in figures.items() if v < UNSEEN_FLOORS[split][name] - 1e-3}
    assert not low, f"below the committed unseen figures: {low}"


def test_a_foreign_ministry_by_its_generic_and_its_official_name_is_one_body():
    """Lead decision 7: "Ministry of Foreign Affairs of <State>" and the ministry's official English name (the
    one the extractor gives) compare as one body, in sources and organizations; two States' ministries never."""
    from osce_kg.loader.evaluation import organization_key, source_key

    assert source_key("Ministry of Foreign Affairs of Norway") == source_key("Norwegian Ministry of Foreign Affairs")
    assert organization_key("Ministry of Foreign Affairs of Finland") == \
        organization_key("Ministry for Foreign Affairs of Finland")
    assert organization_key("Ministry of Foreign Affairs of Germany") == organization_key("Federal Foreign Office")
    assert source_key("Ministry of Foreign Affairs of Norway") != source_key("Ministry of Foreign Affairs of Sweden")
    assert source_key("Ministry of Foreign Affairs of Norway") != source_key("Ministry for Foreign Affairs of Sweden")
    assert organization_key("Ministry of Foreign Affairs of the Netherlands") == \
        organization_key("Ministry of Foreign Affairs of the Netherlands")
