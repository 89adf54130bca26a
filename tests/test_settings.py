"""``load_settings``: every number read from an ``OSCE_KG_*`` variable is checked where it is read, and a
malformed one stops the start with an error naming the variable and its value (not a bare ``ValueError``
from deep inside, or at a module's import)."""
from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner

from osce_kg.loader.errors import UsageError
from osce_kg.loader.settings import Settings, load_settings
from osce_kg.server.cli import main

#: variable (without OSCE_KG_) -> the Settings field it sets, for every numeric setting
NUMBERS = {
    "QUERY_TIMEOUT": "query_timeout", "QUERY_WORKERS": "query_workers", "MAX_ROWS": "max_result_rows",
    "MAX_QUERY_BYTES": "max_query_bytes", "WORKER_MEMORY_MB": "worker_memory_mb", "BODY_TIMEOUT": "body_timeout",
    "UPDATE_TIMEOUT": "update_timeout", "MAX_BODY_BYTES": "max_body_bytes", "MAX_URL_BYTES": "max_url_bytes",
    "CACHE_BYTES": "cache_bytes", "READERS": "readers", "STALE_GRACE": "stale_grace",
    "FIGURES_FIRST_WAIT": "figures_first_wait", "LABEL_CACHE_IRIS": "label_cache_iris",
    "STREAMED_SOLUTIONS": "streamed_solutions", "SEARCH_TEXT_LAG": "search_text_lag",
    "IMPORT_SNAPSHOT_QUADS": "import_snapshot_quads",
}


def test_every_numeric_setting_is_listed():
    numeric = {f.name for f in dataclasses.fields(Settings) if f.type in ("int", "float")}
    assert numeric == set(NUMBERS.values())


@pytest.mark.parametrize("name, field", sorted(NUMBERS.items()))
def test_a_number_is_read(name, field):
    assert getattr(load_settings({f"OSCE_KG_{name}": "7"}), field) == 7


@pytest.mark.parametrize("name", sorted(NUMBERS))
@pytest.mark.parametrize("raw", ["many", "12abc", "nan", " "])
def test_a_malformed_number_names_its_variable(name, raw):
    with pytest.raises(UsageError, match=f"^OSCE_KG_{name} is {raw!r}; it must be a (whole )?number$"):
        load_settings({f"OSCE_KG_{name}": raw})


def test_a_whole_number_is_no_fraction():
    with pytest.raises(UsageError, match="OSCE_KG_MAX_ROWS is '1.5'; it must be a whole number"):
        load_settings({"OSCE_KG_MAX_ROWS": "1.5"})
    assert load_settings({"OSCE_KG_QUERY_TIMEOUT": "1.5"}).query_timeout == 1.5


def test_import_snapshot_quads():
    """``OSCE_KG_IMPORT_SNAPSHOT_QUADS`` bounds the quads a gated import's check process checks over one
    snapshot (``GraphPipeline``; its effect is tested in test_import_apart); at least one."""
    assert load_settings({}).import_snapshot_quads == 500_000
    assert load_settings({"OSCE_KG_IMPORT_SNAPSHOT_QUADS": "1500"}).import_snapshot_quads == 1500
    for raw in ("0", "-5"):
        with pytest.raises(UsageError, match=f"OSCE_KG_IMPORT_SNAPSHOT_QUADS is '{raw}'; it must be at least 1"):
            load_settings({"OSCE_KG_IMPORT_SNAPSHOT_QUADS": raw})


def test_the_command_line_names_a_malformed_variable(tmp_path):
    """A command given a malformed variable says which, with the usage exit code, and no traceback."""
    (tmp_path / "a.nq").write_text("")
    result = CliRunner(env={"OSCE_KG_IMPORT_SNAPSHOT_QUADS": "lots"}).invoke(
        main, ["import", str(tmp_path / "a.nq"), "--store", str(tmp_path / "store")])
    assert result.exit_code == 2, result.output
    assert "Error: OSCE_KG_IMPORT_SNAPSHOT_QUADS is 'lots'; it must be a whole number" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "store").exists()


def test_the_gate_module_reads_no_variable_at_import():
    """A bad value no longer breaks ``import osce_kg.loader.gate`` (it was read with int() there)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "import osce_kg.loader.gate"], capture_output=True, text=True,
                          env={"OSCE_KG_IMPORT_SNAPSHOT_QUADS": "lots", "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr
