"""One write path: every change to the store is one Gate call (validated, audited, one transaction).

The store class's write methods are patched to record who called them; a load (ontology and
reference installs, a document), SPARQL updates, Graph Store requests and deletions that leave
tombstones then run (the server over a real socket), and every write must have come from
``Gate.commit`` or ``Gate.commit_many``, one store write per request.
"""
from __future__ import annotations

import inspect

import pytest
import requests
from rdflib import URIRef
from rdflib.namespace import PROV

from conftest import SEED
from osce_kg.loader.iri import Minter
from osce_kg.loader.pipeline import Loader
from osce_kg.loader.settings import Settings
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server.app import close_app, create_app
from sparql_server import serving

BASE = "http://localhost:8000/"
EX = "http://example.org/w/"
TOKEN = "one-path-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
WRITE_METHODS = ("apply", "apply_native", "load", "bulk_load_nquads", "bulk_load_stream", "clear")
TOMBSTONES = URIRef(BASE + "graph/tombstones")


class Writes:
    """Every call of a store write method, with whether a Gate commit was on the stack."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bool, str]] = []

    def record(self, method: str) -> None:
        frames = inspect.stack(0)[2:]
        # commit_graphs writes a checked batch on a thread of its own (_write_batch)
        gated = any(f.function in ("commit", "commit_many", "commit_graphs", "commit_native", "_write_batch")
                    and f.filename.endswith("gate.py") for f in frames)
        caller = next((f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.function}" for f in frames
                       if not f.filename.endswith(("embedded.py", "pipeline.py")) or f.function != "apply"), "?")
        self.calls.append((method, gated, caller))

    @property
    def ungated(self) -> list[tuple[str, bool, str]]:
        return [c for c in self.calls if not c[1]]


@pytest.fixture
def writes(monkeypatch) -> Writes:
    seen = Writes()
    for name in WRITE_METHODS:
        original = getattr(EmbeddedStore, name)

        def patched(self, *args, _original=original, _name=name, **kwargs):
            if self.path is not None:  # a store on disk; scratch stores in memory (a parse, a check) are no one's
                seen.record(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(EmbeddedStore, name, patched)
    return seen


def test_the_recorder_sees_a_write_around_the_gate(writes, tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.apply(Change(add=[(URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "o"), URIRef(EX + "g"))]))
    store.close()
    assert len(writes.ungated) == 1 and writes.ungated[0][0] == "apply"


def test_every_write_goes_through_the_gate(writes, tmp_path):
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    loader = Loader(store, Minter(BASE))
    assert loader.ensure_reference()  # the ontology and reference graphs: the server's own, installed
    report = loader.run([SEED], write=True)
    assert report.accepted == 1
    after_load = len(writes.calls)
    assert after_load == 2, writes.calls  # one transaction for the installs, one for the document
    settings = Settings(store=path, base=BASE, tokens={"maintainer": TOKEN}, query_workers=1)
    app = create_app(settings, store=store)
    with serving(app) as url:
        def update(text: str) -> requests.Response:
            return requests.post(url + "/update", data=text.encode(), timeout=120,
                                 headers={**AUTH, "Content-Type": "application/sparql-update"})

        def count() -> int:
            return len(writes.calls)

        steps = []
        before = count()
        assert update(f'INSERT DATA {{ GRAPH <{EX}g/one> {{ <{BASE}id/x/one> <{EX}p> "1" }} }}').ok
        steps.append(("update", count() - before))
        before = count()
        nt = {**AUTH, "Content-Type": "application/n-triples"}
        assert requests.put(url + "/store", params={"graph": EX + "g/two"}, data=f'<{BASE}id/x/two> <{EX}p> "2" .',
                            headers=nt, timeout=60).status_code == 201
        steps.append(("store PUT", count() - before))
        before = count()
        assert requests.post(url + "/store", params={"graph": EX + "g/two"}, data=f'<{EX}a> <{EX}p> "3" .',
                             headers=nt, timeout=60).status_code == 200
        steps.append(("store POST", count() - before))
        before = count()  # a deletion that leaves /id/x/two with no triple: its tombstone, same transaction
        assert requests.delete(url + "/store", params={"graph": EX + "g/two"}, headers=AUTH, timeout=60).ok
        steps.append(("store DELETE", count() - before))
        before = count()
        assert update(f"DELETE WHERE {{ GRAPH <{EX}g/one> {{ ?s ?p ?o }} }}").ok
        steps.append(("update deleting", count() - before))
        forged = requests.put(url + "/store", params={"graph": str(TOMBSTONES)}, headers=nt, timeout=60,
                              data=f'<{BASE}id/x/never> <{PROV.invalidatedAtTime}> "2020-01-01T00:00:00Z" .')
        assert forged.status_code == 403
        tombstoned = {s for s, _, _, _ in store.quads(TOMBSTONES)}
        records = store.select(f"""SELECT ?added WHERE {{ GRAPH <{BASE}graph/audit> {{
            ?w <https://w3id.org/osce-kg/ontology#addedQuads> ?added }} }}""")
    assert all(n == 1 for _, n in steps), steps  # one store write per request, tombstones included
    assert tombstoned == {URIRef(BASE + "id/x/one"), URIRef(BASE + "id/x/two")}
    assert sum(f"<{BASE}id/x/two> <{PROV.invalidatedAtTime}>" in str(r["added"]) for r in records) == 1
    assert len(writes.calls) >= after_load + 5
    assert not writes.ungated, writes.ungated


def test_recording_a_deletion_by_hand_goes_through_the_gate_too(writes, tmp_path):
    from osce_kg.server.describe import record_deleted
    from osce_kg.server.services import EXTENSION_KEY

    store = EmbeddedStore(tmp_path / "store")
    app = create_app(Settings(store=tmp_path / "store", base=BASE), store=store)
    svc = app.extensions[EXTENSION_KEY]
    try:
        assert record_deleted(svc, [URIRef(BASE + "id/x/gone")]) == {URIRef(BASE + "id/x/gone")}
        assert any(q[0] == URIRef(BASE + "id/x/gone") and q[1] == PROV.invalidatedAtTime
                   for q in store.quads(TOMBSTONES))
        assert store.quad_count(URIRef(BASE + "graph/audit")) > 0
    finally:
        close_app(app)
    assert writes.calls and not writes.ungated, writes.calls


def test_an_import_writes_through_the_gate(writes, tmp_path):
    """``osce-kg import``: each batch of graphs is one gated write (on the gate's writer thread)."""
    from osce_kg.loader.importer import import_files, sources_for

    path = tmp_path / "two.nq"
    path.write_text("".join(f'<{EX}s{i}> <{EX}p> "{i}" <{EX}g{i % 2}> .\n' for i in range(10)))
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = import_files(store, sources_for([path], None, None), Minter(BASE))
    finally:
        store.close()
    assert report.accepted == 2
    assert [c[0] for c in writes.calls] == ["apply_native"]
    assert not writes.ungated, writes.calls
