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
    "IMPORT_SNAPSHOT_QUADS": "import_snapshot_quads", "IMPORT_READER_BYTES": "import_reader_bytes",
    "IMPORT_CHECK_APART_BYTES": "import_check_apart_bytes", "MALLOC_ARENAS": "malloc_arenas",
    "SWITCH_INTERVAL_MS": "switch_interval_ms", "SEARCH_STOP_WAIT": "search_stop_wait",
    "FIGURES_STOP_WAIT": "figures_stop_wait", "SEARCH_TEXT_TIMEOUT": "search_text_timeout",
}


def test_every_numeric_setting_is_listed():
    numeric = {f.name for f in dataclasses.fields(Settings) if f.type in ("int", "float", "int | None")}
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


@pytest.mark.parametrize("module, name", [("osce_kg.loader.gate", "IMPORT_SNAPSHOT_QUADS"),
                                          ("osce_kg.loader.importer", "IMPORT_READER_BYTES"),
                                          ("osce_kg.loader.importer", "IMPORT_CHECK_APART_BYTES")])
def test_no_module_reads_a_variable_at_import(module, name):
    """A bad value no longer breaks importing the module that uses it (each was read with int() there)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True,
                          env={f"OSCE_KG_{name}": "lots", "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", ["IMPORT_READER_BYTES", "IMPORT_CHECK_APART_BYTES"])
def test_import_bytes_settings(name):
    """Unset (or empty) is off (None), 0 is on for every import, a negative count is refused."""
    field = NUMBERS[name]
    assert getattr(load_settings({}), field) is None
    assert getattr(load_settings({f"OSCE_KG_{name}": ""}), field) is None
    assert getattr(load_settings({f"OSCE_KG_{name}": "0"}), field) == 0
    assert getattr(load_settings({f"OSCE_KG_{name}": "4096"}), field) == 4096
    with pytest.raises(UsageError, match=f"^OSCE_KG_{name} is '-1'; it must be at least 0$"):
        load_settings({f"OSCE_KG_{name}": "-1"})


def test_heap_settings():
    """``OSCE_KG_MALLOC_ARENAS`` and ``OSCE_KG_SWITCH_INTERVAL_MS`` (their effect: tests/test_heap.py): 2
    arenas by default and the switch interval left as it is (0); 0 leaves glibc's and CPython's defaults,
    a negative value is refused, and so is a switch interval over a second."""
    assert (load_settings({}).malloc_arenas, load_settings({}).switch_interval_ms) == (2, 0.0)
    assert load_settings({"OSCE_KG_MALLOC_ARENAS": "0"}).malloc_arenas == 0
    assert load_settings({"OSCE_KG_SWITCH_INTERVAL_MS": "0.5"}).switch_interval_ms == 0.5
    with pytest.raises(UsageError, match="^OSCE_KG_MALLOC_ARENAS is '-2'; it must be at least 0$"):
        load_settings({"OSCE_KG_MALLOC_ARENAS": "-2"})
    with pytest.raises(UsageError, match="^OSCE_KG_SWITCH_INTERVAL_MS is '2000'; it must be at most 1000$"):
        load_settings({"OSCE_KG_SWITCH_INTERVAL_MS": "2000"})
    with pytest.raises(UsageError, match="^OSCE_KG_SWITCH_INTERVAL_MS is 'inf'; it must be at most 1000$"):
        load_settings({"OSCE_KG_SWITCH_INTERVAL_MS": "inf"})


@pytest.mark.parametrize("name", ["IMPORT_READER_BYTES", "IMPORT_CHECK_APART_BYTES"])
def test_the_command_line_refuses_a_negative_import_setting(tmp_path, name):
    (tmp_path / "a.nq").write_text("")
    result = CliRunner(env={f"OSCE_KG_{name}": "-1"}).invoke(
        main, ["import", str(tmp_path / "a.nq"), "--store", str(tmp_path / "store")])
    assert result.exit_code == 2, result.output
    assert f"Error: OSCE_KG_{name} is '-1'; it must be at least 0" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "store").exists()


def _imported_with(tmp_path, monkeypatch, env: dict[str, str]) -> tuple[int, int]:
    """``osce-kg import`` of a small file with ``env``: (files read by a reader process, check processes)."""
    from osce_kg.loader import importer
    from osce_kg.loader.gate import GraphPipeline

    apart, pipes = [], []
    real_read, real_pipe = importer._graphs_read_apart, GraphPipeline.__init__

    def read(*args, **kwargs):
        apart.append(1)
        return real_read(*args, **kwargs)

    def pipe(self, gate):
        pipes.append(1)
        real_pipe(self, gate)

    monkeypatch.setattr(importer, "_graphs_read_apart", read)
    monkeypatch.setattr(GraphPipeline, "__init__", pipe)
    data = tmp_path / "a.nq"
    data.write_text("".join(f'<http://example.org/s{i}> <http://example.org/p> "v{i}" <http://example.org/g{i % 3}> .\n'
                            for i in range(30)))
    store = tmp_path / f"store{len(list(tmp_path.iterdir()))}"
    result = CliRunner(env={"OSCE_KG_IMPORT_READER_BYTES": "", "OSCE_KG_IMPORT_CHECK_APART_BYTES": "", **env}).invoke(
        main, ["import", str(data), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "imported: 3 graph(s) accepted, 0 rejected" in result.output, result.output
    return len(apart), len(pipes)


def test_the_import_settings_take_effect(tmp_path, monkeypatch):
    """Through ``osce-kg import``: unset, the file is read and checked in the importing process; with
    ``OSCE_KG_IMPORT_READER_BYTES`` at most the file's size it is read by a process of its own; with
    ``OSCE_KG_IMPORT_CHECK_APART_BYTES`` at most its size the check runs in a process of its own; above
    its size (100,000 bytes against ~1,800), neither."""
    assert _imported_with(tmp_path, monkeypatch, {}) == (0, 0)
    assert _imported_with(tmp_path, monkeypatch, {"OSCE_KG_IMPORT_READER_BYTES": "0"}) == (1, 0)
    assert _imported_with(tmp_path, monkeypatch, {"OSCE_KG_IMPORT_CHECK_APART_BYTES": "0"}) == (0, 1)
    assert _imported_with(tmp_path, monkeypatch, {"OSCE_KG_IMPORT_READER_BYTES": "100000",
                                                  "OSCE_KG_IMPORT_CHECK_APART_BYTES": "100000"}) == (0, 0)


#: the bulk loader's tuning variables, read once when loader/pipeline.py is imported (env_number)
LOAD_TUNING = ["LOAD_MIRROR_MAX_QUADS", "LOAD_WORKER_NICENESS", "LOAD_IRIS_MAX", "LOAD_FLUSH_EVERY",
               "LOAD_REMOTE_BATCH"]


def test_env_number():
    """Unset or empty gives the default; a value is read within its bounds; anything else names itself."""
    from osce_kg.loader.settings import env_number

    assert env_number("LOAD_FLUSH_EVERY", 512, least=1, environ={}) == 512
    assert env_number("LOAD_FLUSH_EVERY", 512, least=1, environ={"OSCE_KG_LOAD_FLUSH_EVERY": " "}) == 512
    assert env_number("LOAD_FLUSH_EVERY", 512, least=1, environ={"OSCE_KG_LOAD_FLUSH_EVERY": "64"}) == 64
    for raw, says in [("0", "at least 1"), ("many", "a whole number"), ("2.5", "a whole number")]:
        with pytest.raises(UsageError, match=f"^OSCE_KG_LOAD_FLUSH_EVERY is '{raw}'; it must be {says}$"):
            env_number("LOAD_FLUSH_EVERY", 512, least=1, environ={"OSCE_KG_LOAD_FLUSH_EVERY": raw})
    with pytest.raises(UsageError, match="at most 19"):
        env_number("LOAD_WORKER_NICENESS", 0, most=19, environ={"OSCE_KG_LOAD_WORKER_NICENESS": "20"})


@pytest.mark.parametrize("name", LOAD_TUNING)
def test_a_malformed_load_variable_is_a_usage_error(tmp_path, name):
    """``osce-kg validate`` with a malformed loader variable: exit 2 naming it, no traceback. Each was read
    with a bare int() when the pipeline was imported, which ended every load and validate in a ValueError."""
    import subprocess
    import sys

    from osce_kg.corpus import __path__ as corpus_path

    done = subprocess.run([sys.executable, "-m", "osce_kg.server.cli", "validate", str(corpus_path[0]),
                           "--store", str(tmp_path / "store")], capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, f"OSCE_KG_{name}": "lots"})
    assert done.returncode == 2, done.stderr
    assert f"Error: OSCE_KG_{name} is 'lots'; it must be a whole number" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_load_variable_takes_effect():
    """A value in the environment is the one the pipeline uses (read in a fresh interpreter)."""
    import subprocess
    import sys

    code = ("from osce_kg.loader import pipeline as p; print(p.WORKER_NICENESS, p._NativeCommits.FLUSH_EVERY, "
            "p._NativeCommits.IRIS_MAX, p.Loader.MIRROR_MAX_QUADS)")
    env = {**__import__("os").environ, "OSCE_KG_LOAD_WORKER_NICENESS": "3", "OSCE_KG_LOAD_FLUSH_EVERY": "64",
           "OSCE_KG_LOAD_IRIS_MAX": "0", "OSCE_KG_LOAD_MIRROR_MAX_QUADS": "7"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.split() == ["3", "64", "0", "7"], done.stderr
