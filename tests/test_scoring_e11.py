"""Session 11, lead decision 2: the scorer counts two organizations' names as one when the reference data
resolves both to the same body, as the mapping does (one IRI in the graph); names it does not know compare as
normalized text. Both scorers: ``osce-kg eval`` (loader/evaluation.py) and the own pages' (tests/own_pages.py),
on the extracted values and on the gold's (every alternative of a gold tuple)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import own_pages
from osce_kg.loader.evaluation import evaluate
from osce_kg.loader.records import Document, Record

#: real names of one body in loader/data/organizations.csv: a label and an alternative label or acronym
SAME_BODY = [
    ("Azertac", "Azerbaijan State News Agency"),
    ("AZƏRTAC", "Azerbaijan State News Agency"),
    ("Venice Commission", "European Commission for Democracy through Law"),
    ("Office of the United Nations High Commissioner for Refugees", "UNHCR"),
]
#: names the reference data does not know (checked below): they compare as text
UNKNOWN = ("Friends of Lake Sevan", "Lake Sevan Friends")
#: two bodies with names alike
OTHER_BODIES = ("Azertac", "Azerbaijan Press Agency")


def _scores(tmp_path: Path, gold: list[str], got: list[str], field: str = "organizations"):
    """(tp, fp, fn) of ``field`` for one page whose gold lists ``gold`` and whose extraction gives ``got``."""
    page = tmp_path / "p.txt"
    page.write_text("A page\n", encoding="utf-8")
    record = {"title": "A page", "date": None, "place": None, "source": None, "fields_of_work": [],
              "states": [], "field_operations": [], "persons": [], "organizations": [], field: gold}
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({"file": "p.txt", "split": "dev", "records": [record]}) + "\n", encoding="utf-8")

    def extract(path: Path) -> Document:
        found = Record(kind="news", title="A page")
        setattr(found, field, list(got))
        return Document(path=str(path), sha256="0" * 64, text="A page\n", records=[found])

    s = evaluate(gold_file, [page], extract=extract).score(field)
    return s.tp, s.fp, s.fn


@pytest.mark.parametrize("gold, got", SAME_BODY + [(b, a) for a, b in SAME_BODY])
def test_eval_counts_two_names_of_one_body_as_one(tmp_path, gold, got):
    assert _scores(tmp_path, [gold], [got]) == (1, 0, 0)


def test_eval_counts_a_body_given_under_two_of_its_names_once(tmp_path):
    assert _scores(tmp_path, ["Azerbaijan State News Agency"], ["Azertac", "AZERTAC", "AZƏRTAC"]) == (1, 0, 0)


def test_eval_compares_names_the_reference_does_not_know_as_text(tmp_path):
    from osce_kg.loader.reference import reference
    ref = reference()
    assert not any(ref.lookup(k, n) for n in UNKNOWN for k in ("organization", "field_operation", "partner"))
    assert _scores(tmp_path, [UNKNOWN[0]], [UNKNOWN[0].upper()]) == (1, 0, 0)
    assert _scores(tmp_path, [UNKNOWN[0]], [UNKNOWN[1]]) == (0, 1, 1)


def test_eval_never_matches_two_bodies(tmp_path):
    assert _scores(tmp_path, [OTHER_BODIES[0]], [OTHER_BODIES[1]]) == (0, 1, 1)
    assert _scores(tmp_path, ["Azerbaijan State News Agency"], ["Azerbaijan Press Agency"]) == (0, 1, 1)


def test_eval_resolves_only_organizations(tmp_path):
    # a person or State written as a body's alternative name is still compared as text
    assert _scores(tmp_path, ["Azerbaijan State News Agency"], ["Azertac"], "states") == (0, 1, 1)


def test_the_key_is_the_mappings_identity(minter):
    """Every name the reference data gives a body, a field operation, a partner group or a post resolves to one
    key exactly when the mapping gives it one IRI: two names of one body always match, two bodies never do."""
    from osce_kg.loader.evaluation import organization_key
    from osce_kg.loader.mapping import _DocumentMapper
    from osce_kg.loader.reference import reference

    ref = reference()
    mapper = _DocumentMapper(Document(path="p.txt", sha256="0" * 64, text=""), minter, ref)
    names = {n for kind in ("organization", "field_operation", "partner", "post")
             for r in ref.records(kind).values()
             for n in (r.label, *getattr(r, "alt_labels", ()), *getattr(r, "acronyms", ()))}
    iris: dict[str, set] = {}
    keys: dict[object, set] = {}
    for name in sorted(names):
        key, iri = organization_key(name), mapper.organization(name)
        iris.setdefault(key, set()).add(iri)
        keys.setdefault(iri, set()).add(key)
    assert len(names) > 1000
    assert {k: v for k, v in iris.items() if len(v) > 1} == {}
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


def test_a_post_stands_for_its_body_as_in_the_mapping():
    from osce_kg.loader.evaluation import organization_key
    assert organization_key("Chairperson-in-Office") == organization_key("OSCE Chairpersonship")


PAGES = own_pages.OwnPages("zz", {
    "zz1_az.txt": ((("Azerbaijan State News Agency", "AZƏRTAC"), "OSCE Minsk Group"),),
    "zz2_az.txt": (("Azerbaijan State News Agency",),),
    "zz3_en.txt": ((UNKNOWN[0],),),
    "zz4_en.txt": ((OTHER_BODIES[0], "Azerbaijan State News Agency"),),
}, ("organizations",))
EXTRACTED = {"zz1_az.txt": ("Azertac", "OSCE Minsk Group"), "zz2_az.txt": ("AZERTAC", "Azertac"),
             "zz3_en.txt": (UNKNOWN[1],), "zz4_en.txt": (OTHER_BODIES[1], "Azertac")}


@pytest.fixture
def own(monkeypatch):
    monkeypatch.setattr(own_pages, "extract", lambda name: {"organizations": EXTRACTED[name]})
    return PAGES


def test_own_pages_match_a_gold_tuple_by_the_body_its_names_resolve_to(own):
    assert own.counts(["zz1_az.txt"], "organizations") == (2, 0, 0)
    assert own.misses(["zz1_az.txt"]) == []


def test_own_pages_count_a_body_under_two_names_once(own):
    assert own.counts(["zz2_az.txt"], "organizations") == (1, 0, 0)


def test_own_pages_compare_unknown_names_as_text_and_keep_bodies_apart(own):
    assert own.counts(["zz3_en.txt"], "organizations") == (0, 1, 1)
    # two gold values naming one body count once; Azerbaijan Press Agency is not Azertac
    assert own.counts(["zz4_en.txt"], "organizations") == (1, 1, 0)
