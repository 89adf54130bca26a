"""Issue 10, the loading machine's side (findings 13, 16, 17, 18), through the real ``osce-kg`` command.

Hostile file names and file kinds never stop or hang a load, never break its one-line-per-document
output, never let two files share a graph unsaid, and never put the machine's folders into the data.
The documents are our own example corpus (``corpus/``), copied under odd names into ``tmp_path``.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner

from conftest import CORPUS, LiveServer
from osce_kg.loader.audit import relative_name
from osce_kg.loader.pipeline import printable
from osce_kg.loader.store import EmbeddedStore
from osce_kg.server.cli import main

DOCS = sorted(CORPUS.glob("*.txt"))
BASE = "http://localhost:8000/"
SOURCE_QUERY = ("SELECT ?g ?name WHERE { GRAPH ?g { ?src a <https://w3id.org/osce-kg/ontology#SourceDocument> ; "
                "<http://purl.org/dc/terms/source> ?name } }")


def place(doc: int, target: Path | bytes) -> None:
    """Copy corpus document ``doc`` to ``target`` (a path, or the bytes of a name that is not UTF-8)."""
    with open(target, "wb") as out:
        out.write(DOCS[doc].read_bytes())


def cli(*args: str | bytes | Path, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """``osce-kg ARGS`` in a subprocess; a hang fails the test at ``timeout`` instead of freezing it."""
    return subprocess.run([sys.executable, "-m", "osce_kg.server.cli", *args], cwd=cwd, capture_output=True,
                          timeout=timeout)


def run(*args: str, cwd: Path | None = None):
    """``osce-kg ARGS`` in this process (click's runner), from ``cwd``."""
    here = os.getcwd()
    os.chdir(cwd or here)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(here)


def document_lines(output: str) -> list[str]:
    """The per-document lines of ``load`` output (not warnings, not the summary)."""
    return [line for line in output.splitlines() if line.split("  ")[0].strip() in ("accepted", "rejected",
                                                                                     "skipped")]


def sources_of(store: Path) -> dict[str, str]:
    """Graph IRI -> the source file name its document records."""
    s = EmbeddedStore(store, read_only=True)
    try:
        return {str(row["g"]): str(row["name"]) for row in s.select(SOURCE_QUERY)}
    finally:
        s.close()


# -- finding 16: a file name that is not UTF-8 ----------------------------------------------

def test_a_file_name_that_is_not_utf8_is_rejected_and_the_rest_of_the_folder_loads(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    place(0, os.path.join(os.fsencode(folder), b"bad\xff.txt"))
    place(1, folder / "good.txt")
    place(2, folder / "zzz-after.txt")
    result = run("load", str(folder), "--store", str(tmp_path / "store"))
    assert result.exit_code == 1, result.output
    lines = document_lines(result.output)
    assert len(lines) == 3, result.output
    assert lines[0].startswith("rejected") and "bad\\xff.txt" in lines[0] and "not valid UTF-8" in lines[0]
    assert lines[1].startswith("accepted") and "good.txt" in lines[1]
    assert lines[2].startswith("accepted") and "zzz-after.txt" in lines[2]
    assert result.output.splitlines()[-1] == "loaded: 2 accepted, 1 rejected, 3 document(s)"
    assert sorted(sources_of(tmp_path / "store").values()) == ["docs/good.txt", "docs/zzz-after.txt"]


def test_a_file_name_that_is_not_utf8_named_on_the_command_line_is_rejected(tmp_path):
    bad = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    place(0, bad)
    place(1, tmp_path / "good.txt")
    done = cli("load", bad, tmp_path / "good.txt", "--store", tmp_path / "store")
    out = done.stdout.decode("utf-8")  # every output line is valid UTF-8
    assert done.returncode == 1, out + done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in done.stderr.decode("utf-8", "replace")
    assert "rejected" in out and "caf\\xe9.txt" in out and "1 accepted, 1 rejected" in out


# -- finding 17: names that slug alike ------------------------------------------------------

FIVE = ["x/a.txt", "x/A.txt", "y/a.txt", "x/a b.txt", "x/a-b.txt"]


def test_files_whose_names_slug_alike_never_overwrite_each_other(tmp_path):
    for i, name in enumerate(FIVE):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        place(i, tmp_path / name)
    store = tmp_path / "store"
    result = run("load", *FIVE, "--store", str(store), cwd=tmp_path)
    lines = document_lines(result.output)
    assert len(lines) == 5, result.output
    accepted = {name: line for name, line in zip(FIVE, lines) if line.startswith("accepted")}
    rejected = {name: line for name, line in zip(FIVE, lines) if line.startswith("rejected")}
    # every accepted file still has its own graph, and it records that file
    graph_of = {name: line.split("-> <")[1].split(">")[0] for name, line in accepted.items()}
    assert sources_of(store) == {graph: name for name, graph in graph_of.items()}
    assert len(set(graph_of.values())) == len(accepted)
    # every rejected file is rejected for the clash, naming the file that has its graph
    for name, line in rejected.items():
        assert "taken by" in line and any(other in line for other in accepted), line
    assert len(accepted) + len(rejected) == 5
    assert result.exit_code == (1 if rejected else 0)

    # the same command again: the same files keep the same graphs, nothing moves
    again = run("load", *FIVE, "--store", str(store), cwd=tmp_path)
    assert [line.split()[0] for line in document_lines(again.output)] == [line.split()[0] for line in lines]
    assert "replacing" not in again.output
    assert sources_of(store) == {graph: name for name, graph in graph_of.items()}


def test_a_clash_with_a_graph_loaded_earlier_is_refused_with_both_names(tmp_path):
    (tmp_path / "x").mkdir()
    place(0, tmp_path / "x" / "a.txt")
    place(1, tmp_path / "x" / "A.txt")
    store = tmp_path / "store"
    assert run("load", "x/a.txt", "--store", str(store), cwd=tmp_path).exit_code == 0
    before = sources_of(store)
    later = run("load", "x/A.txt", "--store", str(store), cwd=tmp_path)
    assert later.exit_code == 1
    [line] = document_lines(later.output)
    assert line.startswith("rejected  x/A.txt") and "holds x/a.txt" in line
    assert sources_of(store) == before


def test_reloading_a_file_from_elsewhere_replaces_its_own_graph(tmp_path):
    (tmp_path / "x").mkdir()
    place(0, tmp_path / "x" / "a.txt")
    store = tmp_path / "store"
    assert run("load", "x", "--store", str(store), cwd=tmp_path).exit_code == 0
    graphs = set(sources_of(store))
    # the same file by its absolute path, then from inside its folder: the same graph, said so
    by_path = run("load", str(tmp_path / "x" / "a.txt"), "--store", str(store))
    assert by_path.exit_code == 0 and "replacing the graph of x/a.txt" in by_path.output
    inside = run("load", "a.txt", "--store", str(store), cwd=tmp_path / "x")
    assert inside.exit_code == 0, inside.output
    assert set(sources_of(store)) == graphs


@pytest.mark.parametrize("name", ["ontology.txt", "Reference.txt", "audit.txt", "default.txt", "tombstones.txt"])
def test_a_file_named_like_a_graph_osce_kg_keeps_is_refused(tmp_path, name):
    place(0, tmp_path / name)
    store = tmp_path / "store"
    result = run("load", str(tmp_path / name), "--store", str(store))
    assert result.exit_code == 1 and "keeps for its own data" in result.output, result.output
    assert sources_of(store) == {}


# -- finding 18: FIFOs, symlink loops, line breaks in names, store in use --------------------

def test_a_fifo_named_on_the_command_line_is_rejected_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    place(0, tmp_path / "good.txt")
    done = cli("load", tmp_path / "pipe.txt", tmp_path / "good.txt", "--store", tmp_path / "store", timeout=60)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 1, out + done.stderr.decode("utf-8", "replace")
    assert "rejected" in out and "not a regular file: a FIFO" in out
    assert "1 accepted, 1 rejected" in out


def test_fifos_and_symlink_loops_in_a_folder_are_reported(tmp_path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    place(0, folder / "good.txt")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("..", folder / "sub" / "up")
    os.symlink("missing.txt", folder / "sub" / "dangling.txt")
    done = cli("load", folder, "--store", tmp_path / "store", timeout=60)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, out + done.stderr.decode("utf-8", "replace")
    lines = document_lines(out)
    assert any(line.startswith("accepted") and "good.txt" in line for line in lines)
    assert any(line.startswith("skipped") and "pipe.txt" in line and "not a regular file" in line for line in lines)
    assert any(line.startswith("skipped") and "loop.txt" in line and "symlink loop" in line for line in lines)
    assert any(line.startswith("skipped") and "dangling.txt" in line and "broken symlink" in line for line in lines)
    assert any(line.startswith("skipped") and "sub/up" in line and "not followed" in line for line in lines)
    assert out.splitlines()[-1] == "loaded: 1 accepted, 0 rejected, 1 document(s), 4 skipped"


def test_line_breaks_and_controls_in_file_names_keep_one_line_per_document(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    names = ["two\nlines.txt", "carriage\rreturn.txt", "esc\x1b[31m.txt", "plain.txt"]
    for i, name in enumerate(names):
        place(i, folder / name)
    place(4, folder / "empty\nfile.txt")
    (folder / "empty\nfile.txt").write_bytes(b"")  # rejected: its reason line must stay one line too
    result = run("load", str(folder), "--store", str(tmp_path / "store"))
    lines = result.output.splitlines()
    shown = ["two\\nlines.txt", "carriage\\rreturn.txt", "esc\\x1b[31m.txt", "plain.txt", "empty\\nfile.txt"]
    for name in shown:
        [line] = [line for line in lines if name in line]
        assert line.split()[0] in ("accepted", "rejected")
    assert len(document_lines(result.output)) == 5
    assert not any("\r" in line or "\x1b" in line for line in lines)
    # the data records the real name (data formats escape it themselves)
    assert "docs/two\nlines.txt" in sources_of(tmp_path / "store").values()


def test_store_in_use_has_its_own_exit_code(tmp_path):
    place(0, tmp_path / "good.txt")
    held = EmbeddedStore(tmp_path / "store")  # this process holds the RocksDB lock, as `serve` would
    try:
        done = cli("load", tmp_path / "good.txt", "--store", tmp_path / "store")
    finally:
        held.close()
    assert done.returncode == 3, done.stdout + done.stderr
    assert b"in use by another process" in done.stderr
    rejected = cli("load", tmp_path / "missing-is-a-usage-error.txt", "--store", tmp_path / "store")
    assert rejected.returncode == 2


def test_the_exit_codes_are_in_the_help():
    text = run("load", "--help").output
    assert "3  the store is in use" in text and "1  a document was rejected" in text


# -- finding 13: no absolute path of the loading machine in the data --------------------------

def test_no_quad_holds_the_absolute_folder_after_loads_by_absolute_paths(tmp_path):
    folder = tmp_path / "private-folder" / "docs"
    folder.mkdir(parents=True)
    place(0, folder / "one.txt")
    place(1, folder / "two.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    store = tmp_path / "store"
    assert run("load", str(folder / "one.txt"), "--store", str(store)).exit_code == 0
    assert run("load", str(folder), "--store", str(store)).exit_code == 0
    assert run("load", str(tmp_path / "empty.txt"), "--store", str(store)).exit_code == 1
    dump = tmp_path / "all.nq"
    assert run("export", "-o", str(dump), "--store", str(store)).exit_code == 0
    data = dump.read_text("utf-8")
    assert "one.txt" in data and "docs/two.txt" in data  # names are recorded, relative
    assert str(tmp_path) not in data and "private-folder" not in data
    assert f"{Path.home()}/" not in data


@pytest.mark.parametrize("given,recorded", [
    ("corpus/a.txt", "corpus/a.txt"), ("a.txt", "a.txt"), ("/home/alice/docs/a.txt", "a.txt"),
    ("C:\\Users\\alice\\a.txt", "a.txt"), ("~/a.txt", "a.txt"), ("../../alice/a.txt", "a.txt"),
    ("\\\\server\\share\\a.txt", "a.txt"),
], ids=["relative", "bare", "posix-absolute", "windows-absolute", "home", "climbing", "unc"])
def test_the_audit_log_never_records_an_absolute_path(given, recorded):
    assert relative_name(given) == recorded


@pytest.mark.parametrize("name,shown", [
    ("a.txt", "a.txt"), ("a\nb", "a\\nb"), ("a\rb", "a\\rb"), ("a\tb", "a\\tb"), ("a\x00b", "a\\x00b"),
    ("a\x85b", "a\\x85b"), ("a\u2028b", "a\\u2028b"), (os.fsdecode(b"a\xffb"), "a\\xffb"), ("é", "é"),
])
def test_printable_names_are_one_line(name, shown):
    assert printable(name) == shown


@pytest.mark.e2e
def test_load_through_a_server_records_no_absolute_path_and_refuses_clashes(tmp_path):
    store = tmp_path / "store"
    place(5, tmp_path / "seed.txt")
    assert run("load", str(tmp_path / "seed.txt"), "--store", str(store)).exit_code == 0
    folder = tmp_path / "private-folder" / "x"
    folder.mkdir(parents=True)
    place(0, folder / "a.txt")
    place(1, folder / "A.txt")
    place(2, folder / "b.txt")
    server = LiveServer(store, env={"OSCE_KG_BASE": BASE, "OSCE_KG_TOKEN": "maintainer:t0ken"}).start()
    try:
        result = run("load", "--server", server.url, "--token", "t0ken", str(folder / "a.txt"), str(folder))
        lines = document_lines(result.output)
        assert [line.split()[0] for line in lines] == ["accepted", "rejected", "accepted", "accepted"], result.output
        assert "taken by a.txt" in lines[1] or "holds a.txt" in lines[1]
        changes = requests.get(server.url + "/changes", timeout=30).text
        dump = gzip.decompress(requests.get(server.url + "/dumps/all.nq.gz", timeout=60).content).decode("utf-8")
    finally:
        server.stop()
    assert '"docs/' not in dump and "x/b.txt" in dump  # the folder's files, named relative to it
    for published in (changes, dump):
        assert str(tmp_path) not in published and "private-folder" not in published


def test_extract_reports_a_fifo_instead_of_waiting_on_it(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    place(0, tmp_path / "good.txt")
    done = cli("extract", tmp_path / "pipe.txt", tmp_path / "good.txt", "--format", "jsonl", timeout=60)
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert items[0] == {"file": str(tmp_path / "pipe.txt"), "error": "not a regular file: a FIFO"}
    assert items[1]["file"] == str(tmp_path / "good.txt") and items[1]["title"]
