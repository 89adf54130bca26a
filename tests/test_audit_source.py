"""The audit log names a load's source exactly as the provenance does: relative, never absolute.

Loaded by an absolute path, one document at a time (under 40) and in bulk (40 and more, the
batched path with worker processes), through the real ``osce-kg load`` command.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import URIRef

from conftest import CORPUS
from osce_kg.loader.store import EmbeddedStore

BASE = "http://localhost:8000/"
SOURCES = """
SELECT ?graph ?prov ?audit WHERE {
  GRAPH ?graph { ?src <http://purl.org/dc/terms/source> ?prov }
  GRAPH <http://localhost:8000/graph/audit> {
    ?write <http://www.w3.org/ns/prov#used> ?graph ; <https://w3id.org/osce-kg/ontology#sourceFile> ?audit }
}"""


def documents(folder: Path, copies: int) -> Path:
    """``copies`` copies of the example corpus's documents under ``folder/docs/`` (distinct names)."""
    docs = folder / "docs" / "inner"
    docs.mkdir(parents=True)
    for n in range(copies):
        for text in sorted(CORPUS.glob("*.txt")):
            shutil.copy(text, docs / f"{text.stem}-{n}.txt")
    return folder / "docs"


@pytest.mark.parametrize("copies", [1, 2], ids=["one-by-one", "bulk"])
def test_the_audit_log_names_each_source_as_its_provenance_does(tmp_path, copies):
    docs = documents(tmp_path, copies)
    count = len(list(docs.rglob("*.txt")))
    assert (count >= 40) == (copies == 2)
    store_path = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "osce_kg.server.cli", "load", "--store", str(store_path),
                           str(docs.resolve())], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    store = EmbeddedStore(store_path, read_only=True)
    try:
        rows = store.select(SOURCES)
    finally:
        store.close()
    graphs = {row["graph"] for row in rows}
    assert len(graphs) == count
    for row in rows:
        assert str(row["audit"]) == str(row["prov"]), row
        assert str(row["audit"]).startswith("docs/inner/") and str(tmp_path) not in str(row["audit"])
    assert all(isinstance(g, URIRef) and str(g).startswith(BASE + "graph/") for g in graphs)
