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
from osce_kg.loader.evaluation import evaluate, field_key, source_key
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


def test_a_field_of_work_compares_by_the_topic_the_reference_resolves_it_to():
    """The fields of work too: one topic's names ("Minority rights", a name in another language) are its one
    concept in the graph; a label outside the list compares as text; two topics never match."""
    assert field_key("Minority rights") == field_key("National minority issues") == field_key("Prava manjina")
    assert field_key("Safety of journalists") == "safety of journalists"
    assert field_key("Minority rights") != field_key("Human rights")
    assert field_key(None) == field_key("") == ""


def test_eval_scores_fields_of_work_by_topic(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("A page\n", encoding="utf-8")
    record = {"title": "A page", "date": None, "place": None, "source": None,
              "fields_of_work": ["Minority rights", "Safety of journalists"], "states": [],
              "field_operations": [], "persons": [], "organizations": []}
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({"file": "p.txt", "split": "dev", "records": [record]}) + "\n", encoding="utf-8")

    def extract(found: list[str]):
        return lambda path: Document(path=str(path), sha256="0" * 64, text="A page\n",
                                     records=[Record(kind="news", title="A page", fields_of_work=found)])

    right = evaluate(gold_file, [page], extract=extract(["National minority issues", "Safety of journalists"]))
    wrong = evaluate(gold_file, [page], extract=extract(["Human rights", "Safety of journalists"]))
    assert right.score("fields_of_work").correct == 1
    assert wrong.score("fields_of_work").correct == 0
