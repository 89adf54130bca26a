"""The walking skeleton through the command line: load, validate, extract, query, export."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from conftest import SEED
from osce_kg.loader.store import EmbeddedStore
from osce_kg.server.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


AUDIT = "http://localhost:8000/graph/audit"


def quads_of(store_path: Path, *, audit: bool = True) -> set:
    """The store's quads; ``audit=False`` leaves out the audit graph (which grows with every write)."""
    store = EmbeddedStore(store_path, read_only=True)
    try:
        return {q for q in store.quads() if audit or str(q[3]) != AUDIT}
    finally:
        store.close()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


def test_load_seed_prints_one_line_and_a_summary(store_dir):
    result = run("load", str(SEED), "--store", str(store_dir))
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("accepted") and SEED.name in lines[0]
    assert lines[-1] == "loaded: 1 accepted, 0 rejected, 1 document(s)"


def test_reload_gives_the_same_triples_and_iris(store_dir):
    assert run("load", str(SEED), "--store", str(store_dir)).exit_code == 0
    first = quads_of(store_dir, audit=False)
    assert run("load", str(SEED), "--store", str(store_dir)).exit_code == 0
    second = quads_of(store_dir, audit=False)
    assert len(first) == len(second)
    # only the load time may differ between the two loads
    iris = lambda quads: {t for q in quads for t in q[:3] if not hasattr(t, "datatype") or t.datatype is None}
    assert {q[0] for q in first} == {q[0] for q in second}
    assert iris(first) == iris(second)


def test_a_broken_document_is_rejected_and_the_store_is_unchanged(store_dir, tmp_path):
    assert run("load", str(SEED), "--store", str(store_dir)).exit_code == 0
    before = quads_of(store_dir)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    result = run("load", str(broken), "--store", str(store_dir))
    assert result.exit_code == 1
    assert "rejected" in result.output and "broken.txt" in result.output
    assert quads_of(store_dir) == before


def test_rejections_do_not_stop_the_others(store_dir, tmp_path):
    broken = tmp_path / "empty.txt"
    broken.write_text("", encoding="utf-8")
    result = run("load", str(broken), str(SEED), "--store", str(store_dir))
    assert result.exit_code == 1
    assert "1 accepted, 1 rejected" in result.output


def test_loads_are_recorded_in_the_audit_graph(store_dir):
    assert run("load", str(SEED), "--store", str(store_dir)).exit_code == 0
    audit = {q for q in quads_of(store_dir) if str(q[3]) == AUDIT}
    assert any(str(o).endswith(SEED.name) for _, _, o, _ in audit)


def test_usage_error_exits_2(store_dir):
    assert run("load", "--store", str(store_dir)).exit_code == 2
    assert run("load", "/no/such/file.txt", "--store", str(store_dir)).exit_code == 2


def test_validate_writes_nothing(store_dir):
    result = run("validate", str(SEED), "--store", str(store_dir))
    assert result.exit_code == 0, result.output
    assert not store_dir.exists()


def test_validate_exits_1_on_a_bad_document(tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    assert run("validate", str(bad)).exit_code == 1


def test_extract_reads_the_seed():
    result = run("extract", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert len(records) == 1
    seed = records[0]
    assert seed["file"] == str(SEED)
    assert seed["date"] == "2009-02-18"
    assert seed["place"] == "Brussels"
    assert seed["source"] == "OSCE Secretariat"
    assert seed["fields_of_work"] == ["Countering terrorism"]
    assert "Raphael Perl" in seed["persons"]
    for key in ("title", "states", "field_operations", "organizations"):
        assert key in seed


def test_extract_reports_a_rejected_file_with_its_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    [item] = json.loads(run("extract", str(empty), "--format", "json").output)
    assert item["file"] == str(empty) and item["error"]


@pytest.mark.parametrize("fmt,check", [
    ("json", lambda out: json.loads(out)["results"]["bindings"]),
    ("csv", lambda out: out.splitlines()[0] == "n"),
    ("tsv", lambda out: out.splitlines()[0] == "?n"),
    ("table", lambda out: out.splitlines()[0].strip() == "n" and "(1 row)" in out),
])
def test_query_formats(seed_store, fmt, check):
    result = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", fmt, "--store", str(seed_store))
    assert result.exit_code == 0, result.output
    assert check(result.output)


def test_query_syntax_error_is_a_clear_message(seed_store):
    result = CliRunner().invoke(main, ["query", "SELECT WHERE {", "--store", str(seed_store)])
    assert result.exit_code == 2
    assert "malformed query" in result.output


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_export_round_trips(seed_store, tmp_path, fmt):
    out = tmp_path / f"dump.{fmt}"
    assert run("export", "--format", fmt, "-o", str(out), "--store", str(seed_store)).exit_code == 0
    ds = Dataset()
    ds.parse(out, format=fmt)
    assert len(list(ds.quads((None, None, None, None)))) == len(quads_of(seed_store))


# -- issue 2's checks on the seed, loaded through the command line as a user would ---------

PREFIXES = ("PREFIX osce: <https://w3id.org/osce-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")


def query_json(store_dir: Path, sparql: str) -> list[dict[str, str]]:
    result = run("query", PREFIXES + sparql, "--format", "json", "--store", str(store_dir))
    assert result.exit_code == 0, result.output
    return [{k: v["value"] for k, v in row.items()} for row in json.loads(result.output)["results"]["bindings"]]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed loaded through the command line once for the module's tests that only read it (query,
    export): each load installs the reference data in a new store, ~0.6 s of CPU."""
    store_dir = tmp_path_factory.mktemp("seed") / "store"
    assert run("load", str(SEED), "--store", str(store_dir)).exit_code == 0
    return store_dir


def test_after_loading_the_seed_57_participating_states_each_with_an_iso_code(seed_store):
    rows = query_json(seed_store, "SELECT DISTINCT ?s ?iso WHERE { ?s a osce:ParticipatingState "
                                  "OPTIONAL { ?s osce:iso3166Alpha2 ?iso } }")
    assert len({r["s"] for r in rows}) == 57
    assert all(len(r.get("iso", "")) == 2 for r in rows), [r["s"] for r in rows if "iso" not in r]


def test_after_loading_the_seed_the_2025_chairpersonship_is_finlands(seed_store):
    rows = query_json(seed_store, "SELECT DISTINCT ?name WHERE { ?c a osce:Chairpersonship ; osce:year 2025 ; "
                                  "osce:chairingState/skos:prefLabel ?name }")
    assert [r["name"] for r in rows] == ["Finland"]


def test_after_loading_the_seed_every_field_operation_in_the_navigation_has_its_host_state(seed_store):
    rows = query_json(seed_store, """SELECT DISTINCT ?op ?host WHERE {
        ?doc osce:navigationLists ?op . ?op a/rdfs:subClassOf* osce:FieldOperation .
        OPTIONAL { ?op osce:hostState ?host } }""")
    assert len(rows) >= 10  # the seed's navigation lists the field operations of its day
    assert [r["op"] for r in rows if "host" not in r] == []
    hosts = query_json(seed_store, """SELECT DISTINCT ?host WHERE {
        ?doc osce:navigationLists ?op . ?op a/rdfs:subClassOf* osce:FieldOperation ; osce:hostState ?host .
        FILTER NOT EXISTS { ?host a/rdfs:subClassOf* ?cls VALUES ?cls { osce:State osce:ParticipatingState
                                                                         osce:Territory } } }""")
    assert hosts == []  # every host is a State (or Kosovo, a territory) the store describes


def test_store_and_base_come_from_the_environment(tmp_path):
    env = {"OSCE_KG_STORE": str(tmp_path / "env-store"), "OSCE_KG_BASE": "https://kg.example.org/osce/"}
    result = CliRunner(env=env).invoke(main, ["load", str(SEED)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "<https://kg.example.org/osce/graph/" in result.output
    assert (tmp_path / "env-store" / "CURRENT").exists()
    out = CliRunner(env=env).invoke(main, ["query", "SELECT (COUNT(*) AS ?n) WHERE { "
                                           "<https://kg.example.org/osce/id/state/finland> ?p ?o }",
                                           "--format", "csv"]).output
    assert int(out.splitlines()[1]) > 0
    # a flag wins over the environment
    flagged = CliRunner(env=env).invoke(main, ["load", str(SEED), "--store", str(tmp_path / "flag-store"),
                                               "--base", "http://flag.example/"], catch_exceptions=False)
    assert flagged.exit_code == 0 and "<http://flag.example/graph/" in flagged.output
    assert (tmp_path / "flag-store" / "CURRENT").exists()


def test_validate_exits_2_on_a_usage_error():
    assert run("validate").exit_code == 2
    assert run("extract", "/no/such/file.txt").exit_code == 2
    assert run("export", "--format", "turtle-star").exit_code == 2
