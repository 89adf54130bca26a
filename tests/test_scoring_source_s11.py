"""Session 11, lead: the issuing body (``source``) compares like the organizations (lead decision 2): each of
its bodies by the reference data's identity, so an agency's code and its name ("TT", "TT News Agency"), or a
body under another of its names ("Azertac", "Azerbaijan State News Agency"), are the one body the graph mints;
several bodies (joined by `` / ``) compare in any order; a body the data does not know compares as text. Both
scorers: ``osce-kg eval`` and the own pages' (tests/own_pages.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import own_pages
from osce_kg.loader.evaluation import evaluate, source_key
from osce_kg.loader.records import Document, Record

SAME = [("TT", "TT News Agency"), ("Azertac", "Azerbaijan State News Agency"),
        ("Venice Commission / UNHCR", "Office of the United Nations High Commissioner for Refugees / "
                                      "European Commission for Democracy through Law")]
DIFFERENT = [("Azertac", "Azerbaijan Press Agency"), ("TT", "Friends of Lake Sevan"),
             ("Friends of Lake Sevan", "Lake Sevan Friends"), ("TT", None), ("TT / Azertac", "TT")]


def _correct(tmp_path: Path, gold: str | None, got: str | None) -> int:
    page = tmp_path / "p.txt"
    page.write_text("A page\n", encoding="utf-8")
    record = {"title": "A page", "date": None, "place": None, "source": gold, "fields_of_work": [], "states": [],
              "field_operations": [], "persons": [], "organizations": []}
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({"file": "p.txt", "split": "dev", "records": [record]}) + "\n", encoding="utf-8")

    def extract(path: Path) -> Document:
        return Document(path=str(path), sha256="0" * 64, text="A page\n",
                        records=[Record(kind="news", title="A page", source=got)])

    return evaluate(gold_file, [page], extract=extract).score("source").correct


@pytest.mark.parametrize("gold, got", SAME + [(b, a) for a, b in SAME])
def test_eval_counts_one_body_under_two_names_as_the_right_source(tmp_path, gold, got):
    assert source_key(gold) == source_key(got)
    assert _correct(tmp_path, gold, got) == 1


@pytest.mark.parametrize("gold, got", DIFFERENT + [(b, a) for a, b in DIFFERENT])
def test_eval_never_takes_another_body_or_none_for_the_source(tmp_path, gold, got):
    assert source_key(gold) != source_key(got)
    assert _correct(tmp_path, gold, got) == 0


def test_the_own_pages_scorer_compares_sources_by_body(monkeypatch):
    page = {"title": "T", "date": None, "place": None, "source": "TT News Agency", "inferred": False,
            "fields_of_work": (), "states": (), "field_operations": (), "persons": (), "organizations": ()}
    monkeypatch.setattr(own_pages, "extract", lambda name: page)
    pages = own_pages.OwnPages("zz", {"zz1_sv.txt": ("T", None, None, "TT", False)},
                               ("title", "date", "place", "source", "inferred"))
    assert pages.accuracy(["zz1_sv.txt"], "source") == 1.0
    page["source"] = "Azerbaijan Press Agency"
    assert pages.accuracy(["zz1_sv.txt"], "source") == 0.0
