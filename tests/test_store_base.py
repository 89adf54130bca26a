"""The store knows its base: commands on an existing store use it; a --base that disagrees is an error.

Real commands (``python -m osce_kg.server.cli``) on a real store on disk; ``serve`` over a socket.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from conftest import SEED, LiveServer
from osce_kg.loader.deployment import BaseMismatch, settled
from osce_kg.loader.settings import Settings, load_settings

LOADED = "http://host.example:9000/"
OTHER = "http://localhost:8000/"


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OSCE_KG_")}
    return subprocess.run([sys.executable, "-m", "osce_kg.server.cli", *args], capture_output=True, text=True,
                          env={**clean, **(env or {})}, timeout=timeout)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("base") / "store"
    done = cli("load", "--store", str(store), "--base", LOADED, str(SEED))
    assert done.returncode == 0, done.stdout + done.stderr
    return store


def quad_count(store: Path) -> int:
    done = cli("query", "--store", str(store), "--format", "csv",
               "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert done.returncode == 0, done.stderr
    return int(done.stdout.splitlines()[1])


def test_serve_without_base_serves_the_stores_resources(loaded):
    server = LiveServer(loaded)
    server.env.pop("OSCE_KG_BASE")
    server.start()
    try:
        r = requests.get(server.url + "/id/state/albania", allow_redirects=False, timeout=30)
        assert r.status_code == 303, r.text
        page = requests.get(server.url + "/doc/state/albania", headers={"Accept": "text/turtle"}, timeout=30)
        assert page.status_code == 200 and f"<{LOADED}id/state/albania>" in page.text
    finally:
        output = server.stop()
    assert f"resource IRIs under {LOADED}" in output


@pytest.mark.parametrize("command", [["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], ["export"], ["check"],
                                     ["load", str(SEED)], ["serve", "--port", "1"]], ids=lambda c: c[0])
@pytest.mark.parametrize("how", ["flag", "environment"])
def test_a_base_that_disagrees_is_an_error_naming_both(loaded, command, how):
    before = quad_count(loaded)
    if how == "flag":
        done = cli(*command, "--store", str(loaded), "--base", OTHER)
    else:
        done = cli(*command, "--store", str(loaded), env={"OSCE_KG_BASE": OTHER})
    assert done.returncode == 2, done.stdout + done.stderr
    assert LOADED in done.stderr and OTHER in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert quad_count(loaded) == before


def test_query_export_check_and_load_use_the_recorded_base(loaded, tmp_path):
    done = cli("query", "--store", str(loaded), "--format", "csv",
               f"ASK {{ <{LOADED}id/state/albania> ?p ?o }}")
    assert done.returncode == 0 and "true" in done.stdout.lower(), done.stdout + done.stderr
    out = tmp_path / "dump.nq"
    assert cli("export", "--store", str(loaded), "-o", str(out)).returncode == 0
    assert f"<{LOADED}graph/" in out.read_text("utf-8") and f"<{OTHER}" not in out.read_text("utf-8")
    checked = cli("check", "--store", str(loaded))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    again = cli("load", "--store", str(loaded), str(SEED))  # no --base: the store's own
    assert again.returncode == 0 and f"<{LOADED}graph/" in again.stdout, again.stdout + again.stderr
    same = cli("load", "--store", str(loaded), "--base", LOADED, str(SEED))  # the same base, given: fine
    assert same.returncode == 0, same.stdout + same.stderr


def test_a_new_store_takes_the_base_given():
    assert settled(Settings(base=OTHER, base_given=True), [], where="x").base == OTHER


@pytest.mark.parametrize("given,recorded,result", [
    (None, [LOADED], LOADED), (LOADED, [LOADED], LOADED), (None, [], OTHER), (OTHER, [], OTHER),
    (OTHER, [LOADED], BaseMismatch), (None, [LOADED, OTHER], BaseMismatch),
])
def test_settled(given, recorded, result):
    settings = load_settings({}, base=given)
    assert settings.base_given is (given is not None)
    if result is BaseMismatch:
        with pytest.raises(BaseMismatch) as caught:
            settled(settings, recorded, where="var/store")
        assert all(b in caught.value.message for b in recorded)
    else:
        assert settled(settings, recorded, where="var/store").base == result


def test_the_environment_counts_as_given():
    assert load_settings({"OSCE_KG_BASE": LOADED}).base_given
    assert not load_settings({}).base_given
