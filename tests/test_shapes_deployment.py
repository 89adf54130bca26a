"""Shapes per deployment: --shapes adds to (or with --shapes-replace, replaces) the packaged shapes
for load, validate, check and serve; /shapes serves what is in force.

Real commands on real stores; ``serve`` over a socket.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from conftest import SEED, LiveServer, build_store

BASE = "http://localhost:8000/"
MARK = "every press release here must give its word count"
STRICT = f"""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix osce: <https://w3id.org/osce-kg/ontology#> .
@prefix schema: <https://schema.org/> .
<shapes#WordCount> a sh:NodeShape ; sh:targetClass osce:PressRelease ;
    sh:property [ sh:path schema:wordCount ; sh:minCount 1 ; sh:message "{MARK}" ] .
"""
PACKAGED = URIRef(BASE + "shapes#prefLabel")  # a shape of shapes/osce-shapes.ttl


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OSCE_KG_")}
    return subprocess.run([sys.executable, "-m", "osce_kg.server.cli", *args], capture_output=True, text=True,
                          env={**clean, **(env or {})}, timeout=600)


@pytest.fixture
def strict(tmp_path: Path) -> Path:
    path = tmp_path / "deployment-shapes" / "strict.ttl"
    path.parent.mkdir()
    path.write_text(STRICT, "utf-8")
    return path


def test_validate_adds_the_deployments_shapes_from_a_file_a_folder_or_the_environment(strict):
    assert cli("validate", str(SEED)).returncode == 0
    for args, env in ((["--shapes", str(strict)], None), (["--shapes", str(strict.parent)], None),
                      ([], {"OSCE_KG_SHAPES": str(strict)})):
        done = cli("validate", *args, str(SEED), env=env)
        assert done.returncode == 1 and MARK in done.stdout, (args, env, done.stdout + done.stderr)


def test_replace_leaves_the_packaged_shapes_out(strict, tmp_path):
    """A store holding a person without a name (written around the gate, as a test set-up): the
    packaged shapes find it; the deployment's shapes alone do not look for names."""
    from osce_kg.loader.store import Change, EmbeddedStore

    path = tmp_path / "store"
    assert build_store(path, [SEED]).accepted == 1
    store = EmbeddedStore(path)
    nameless = (URIRef(BASE + "id/person/nameless"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                URIRef("http://xmlns.com/foaf/0.1/Person"), URIRef(BASE + "graph/nameless"))
    store.apply(Change(add=[nameless]))
    store.close()
    found = cli("check", "--store", str(path))
    assert found.returncode == 1 and "nameless" in found.stdout, found.stdout + found.stderr
    lax = tmp_path / "lax.ttl"
    lax.write_text(STRICT.replace("sh:minCount 1", "sh:maxCount 1000"), "utf-8")
    replaced = cli("check", "--store", str(path), "--shapes-replace", "--shapes", str(lax))
    assert replaced.returncode == 0 and "nameless" not in replaced.stdout, replaced.stdout + replaced.stderr
    added = cli("check", "--store", str(path), "--shapes", str(lax))
    assert added.returncode == 1 and "nameless" in added.stdout
    both = cli("check", "--store", str(path), env={"OSCE_KG_SHAPES": str(strict), "OSCE_KG_SHAPES_REPLACE": "1"})
    assert both.returncode == 1 and MARK in both.stdout and "nameless" not in both.stdout


def test_load_checks_with_them_and_writes_nothing_rejected(strict, tmp_path):
    store = tmp_path / "store"
    done = cli("load", "--store", str(store), "--shapes", str(strict), str(SEED))
    assert done.returncode == 1 and MARK in done.stdout, done.stdout + done.stderr
    rows = cli("query", "--store", str(store), "--format", "csv",
               "SELECT (COUNT(*) AS ?n) WHERE { ?r a <https://w3id.org/osce-kg/ontology#PressRelease> }")
    assert rows.stdout.splitlines()[1] == "0"


def test_check_revalidates_a_store_under_the_deployments_shapes(strict, tmp_path):
    store = tmp_path / "store"
    assert cli("load", "--store", str(store), str(SEED)).returncode == 0
    assert cli("check", "--store", str(store)).returncode == 0
    done = cli("check", "--store", str(store), "--shapes", str(strict))
    assert done.returncode == 1 and MARK in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("command", ["validate", "load", "check", "serve"])
def test_bad_shapes_are_a_usage_error_naming_the_file(command, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> a sh:NodeShape ;\n  sh:path .\n", "utf-8")
    no_shacl = tmp_path / "plain.ttl"
    no_shacl.write_text("<a> <b> <c> .\n", "utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    extra = [str(SEED)] if command in ("validate", "load") else (["--port", "1"] if command == "serve" else [])
    store = ["--store", str(tmp_path / "store")] if command != "validate" else []
    for args, says in ((["--shapes", str(broken)], f"{broken}"), (["--shapes", str(no_shacl)], "holds no SHACL"),
                       (["--shapes", str(empty)], "holds no *.ttl"), (["--shapes-replace"], "needs --shapes")):
        done = cli(command, *store, *args, *extra)
        assert done.returncode == 2, (args, done.stdout + done.stderr)
        assert says in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "line 3" in cli(command, *store, "--shapes", str(broken), *extra).stderr


def test_serve_uses_and_serves_the_shapes_in_force(strict, tmp_path):
    path = tmp_path / "store"
    build_store(path, [SEED])
    server = LiveServer(path, env={"OSCE_KG_BASE": BASE}, args=["--shapes", str(strict)]).start()
    try:
        served = Graph().parse(data=requests.get(server.url + "/shapes.ttl", timeout=60).text, format="turtle")
        page = requests.get(server.url + "/shapes", headers={"Accept": "text/html"}, timeout=60)
    finally:
        server.stop()
    assert (URIRef(BASE + "shapes#WordCount"), SH.targetClass, None) in served
    assert (PACKAGED, None, None) in served  # added to, not replaced
    assert page.status_code == 200 and "WordCount" in page.text
