"""``osce-kg import``: round trips through export and import --restore, and bad input refused whole."""
from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import CORPUS, PAGES, SEED, build_store
from listening import Listener
from osce_kg.server.cli import main

BASE = "http://localhost:8000/"
AUDIT = f"<{BASE}graph/audit>"

QUERIES = [
    # competency-style questions the restored store must answer as the original does
    """PREFIX osce: <https://w3id.org/osce-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
       SELECT ?state ?name ?iso WHERE { ?state a osce:ParticipatingState ; skos:prefLabel ?name ;
       osce:iso3166Alpha2 ?iso } ORDER BY ?name""",
    """PREFIX dct: <http://purl.org/dc/terms/>
       SELECT ?r ?title ?date WHERE { ?r dct:title ?title . OPTIONAL { ?r dct:issued ?date } } ORDER BY ?r ?title""",
    """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <http://localhost:8000/graph/audit>) }
       GROUP BY ?g ORDER BY ?g""",
]


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def export(store: Path, out: Path) -> Path:
    result = run("export", "--store", str(store), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def lines_without_audit(path: Path) -> set[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return {line for line in f if line.strip() and not line.rstrip().endswith(f"{AUDIT} .")}


def quads_without_audit(path: Path) -> set[ox.Quad]:
    """The quads of a dump, parsed (a remote store may write them in another shape), audit graph aside."""
    return {q for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
            if q.graph_name != ox.NamedNode(AUDIT[1:-1])}


def answers(store: Path) -> list[str]:
    out = []
    for query in QUERIES:
        result = run("query", "--store", str(store), "--format", "csv", query)
        assert result.exit_code == 0, result.output
        out.append(result.output)
    return out


def graphs_of(store: Path) -> set[str]:
    s = ox.Store.read_only(str(store))
    try:
        return {g.value for g in s.named_graphs()}
    finally:
        del s


# ---------------------------------------------------------------------------
# round trips
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("sources", [[CORPUS], [SEED, PAGES]], ids=["example-corpus", "seed-and-shared-pages"])
def test_export_restore_export_gives_the_same_quads_and_answers(tmp_path, sources):
    if not all(p.exists() for p in sources):
        pytest.skip("the shared corpus is not here")
    build_store(tmp_path / "a", sources)
    dump = export(tmp_path / "a", tmp_path / "a.nq")
    restored = run("import", "--store", str(tmp_path / "b"), "--restore", "--chunk", "16", str(dump))
    assert restored.exit_code == 0, restored.output
    assert "restored:" in restored.output
    again = export(tmp_path / "b", tmp_path / "b.nq")
    before, after = lines_without_audit(dump), lines_without_audit(again)
    assert before == after, (sorted(before - after)[:5], sorted(after - before)[:5])
    assert len(before) > 1000
    assert answers(tmp_path / "a") == answers(tmp_path / "b")
    # the dump's audit history came along, plus one record for the restore, naming the file
    restore_records = run("query", "--store", str(tmp_path / "b"), "--format", "csv",
                          "SELECT ?f WHERE { GRAPH <http://localhost:8000/graph/audit> { "
                          "?c <https://w3id.org/osce-kg/ontology#via> \"restore\" ; "
                          "<https://w3id.org/osce-kg/ontology#sourceFile> ?f } }")
    assert restore_records.output.splitlines()[1:] == ["a.nq"]


def test_gzipped_dump_restores_and_plain_import_gives_the_same_graphs(tmp_path):
    build_store(tmp_path / "a", [CORPUS])
    dump = export(tmp_path / "a", tmp_path / "a.nq")
    gz = tmp_path / "all.nq.gz"
    gz.write_bytes(gzip.compress(dump.read_bytes()))
    assert run("import", "--store", str(tmp_path / "b"), "--restore", str(gz)).exit_code == 0
    # without --restore every graph goes through the gate; the audit graph is the server's own
    no_audit = tmp_path / "noaudit.nq.gz"
    no_audit.write_bytes(gzip.compress("".join(sorted(lines_without_audit(dump))).encode()))
    plain = run("import", "--store", str(tmp_path / "c"), str(no_audit))
    assert plain.exit_code == 0, plain.output
    assert "0 rejected" in plain.output
    assert lines_without_audit(export(tmp_path / "c", tmp_path / "c.nq")) == lines_without_audit(dump)


def test_restore_refuses_a_store_with_data_and_says_why(tmp_path):
    build_store(tmp_path / "a", [CORPUS])
    dump = export(tmp_path / "a", tmp_path / "a.nq")
    result = run("import", "--store", str(tmp_path / "a"), "--restore", str(dump))
    assert result.exit_code == 2
    assert "needs an empty store" in result.output


def test_restore_under_another_base_says_both_bases(tmp_path):
    build_store(tmp_path / "a", [CORPUS], base="http://kg.example.org/")
    dump = export(tmp_path / "a", tmp_path / "a.nq")
    result = CliRunner().invoke(main, ["import", "--store", str(tmp_path / "b"), "--restore", str(dump)])
    assert result.exit_code == 0, result.output
    assert "http://kg.example.org/" in result.output and "http://localhost:8000/" in result.output
    assert "--base http://kg.example.org/" in result.output


# ---------------------------------------------------------------------------
# bad input: refused with file, line and reason; nothing of it written
# ---------------------------------------------------------------------------
def quad(i: int, graph: str = "http://ex.org/g") -> str:
    return f'<http://ex.org/s{i}> <http://www.w3.org/2000/01/rdf-schema#label> "label {i}" <{graph}> .\n'


@pytest.mark.parametrize("restore", [False, True], ids=["import", "restore"])
def test_malformed_line_mid_file_rejects_the_file_with_its_line(tmp_path, restore):
    path = tmp_path / "big.nq"
    lines = [quad(i, f"http://ex.org/g{i % 7}") for i in range(20_000)]
    lines[12_345] = '<http://ex.org/s> <http://ex.org/p> "unterminated <http://ex.org/g> .\n'
    path.write_text("".join(lines))
    result = run("import", "--store", str(tmp_path / "s"), *(["--restore"] if restore else []), str(path))
    assert result.exit_code == 1, result.output
    assert "big.nq" in result.output and "line 12346" in result.output
    assert graphs_of(tmp_path / "s") == set()


def test_iri_with_a_space_is_refused_naming_line_and_reason(tmp_path):
    path = tmp_path / "space.nq"
    path.write_text(quad(1) + '<http://ex.org/a b> <http://ex.org/p> "x" <http://ex.org/g> .\n')
    result = run("import", "--store", str(tmp_path / "s"), str(path))
    assert result.exit_code == 1
    assert "space.nq" in result.output and "line 2" in result.output and "IRI" in result.output
    assert graphs_of(tmp_path / "s") == set()


def test_turtle_iri_with_a_space_is_refused_too(tmp_path):
    path = tmp_path / "space.ttl"
    path.write_text('<http://ex.org/s> <http://ex.org/p> "x" .\n<http://ex.org/a b> <http://ex.org/p> "y" .\n')
    result = run("import", "--store", str(tmp_path / "s"), "--graph", "http://ex.org/g", str(path))
    assert result.exit_code == 1
    assert "line 2" in result.output


def test_blank_node_shared_across_graphs_is_refused(tmp_path):
    path = tmp_path / "shared.nq"
    path.write_text('_:b <http://ex.org/p> "x" <http://ex.org/g1> .\n'
                    '_:b <http://ex.org/p> "y" <http://ex.org/g2> .\n')
    result = run("import", "--store", str(tmp_path / "s"), str(path))
    assert result.exit_code == 1
    assert "_:b" in result.output and "two graphs" in result.output
    assert graphs_of(tmp_path / "s") == set()


def test_a_graph_breaking_a_shape_is_refused_and_the_others_written(tmp_path, corpus_store_path):
    dump = export(corpus_store_path, tmp_path / "a.nq")
    quads = [q for q in ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS)
             if q.graph_name.value.startswith(f"{BASE}graph/pr-")]
    graphs = sorted({q.graph_name.value for q in quads})
    good, bad = graphs[0], graphs[1]
    person = next(q.subject for q in quads if q.graph_name.value == bad
                  and q.predicate.value == "http://xmlns.com/foaf/0.1/name")
    extra = [ox.Quad(ox.NamedNode(f"{BASE}id/release/x"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"),
                     ox.Literal("imported"), ox.NamedNode(good)),
             ox.Quad(person, ox.NamedNode("http://www.w3.org/ns/org#holds"), ox.Literal("not a post"),
                     ox.NamedNode(bad))]
    path = tmp_path / "two.nq"
    ox.serialize([q for q in quads if q.graph_name.value in (good, bad)] + extra, str(path), ox.RdfFormat.N_QUADS)
    result = run("import", "--store", str(corpus_store_path), str(path))
    assert result.exit_code == 1, result.output
    assert "accepted  two.nq" in result.output and f"-> <{good}>" in result.output
    assert f"rejected  two.nq  <{bad}>: SHACL" in result.output and "org#holds" in result.output
    store = ox.Store.read_only(str(corpus_store_path))
    assert ox.Quad(*extra[0]) in store  # the good graph was written
    assert extra[1] not in store  # the bad one was not
    # the audit record names the file (relative name) and the graph
    rows = list(store.query(f"SELECT ?f ?g WHERE {{ GRAPH {AUDIT} {{ ?c <https://w3id.org/osce-kg/ontology#via> \"import\" ; "
                            f"<https://w3id.org/osce-kg/ontology#sourceFile> ?f ; <http://www.w3.org/ns/prov#used> ?g }} }}"))
    del store
    assert [(r["f"].value, r["g"].value) for r in rows] == [("two.nq", good)]


def test_remote_jsonld_context_is_refused_and_never_fetched(tmp_path):
    listener = Listener()
    try:
        path = tmp_path / "remote.jsonld"
        path.write_text('{"@context": "http://127.0.0.1:%d/context.jsonld", "@id": "http://ex.org/s", '
                        '"name": "x"}' % listener.port)
        result = run("import", "--store", str(tmp_path / "s"), "--graph", "http://ex.org/g", str(path))
    finally:
        listener.close()
    assert result.exit_code == 1
    assert "remote.jsonld" in result.output and "context" in result.output
    assert listener.connections == 0
    assert graphs_of(tmp_path / "s") == set()


def test_jsonld_and_rdfxml_with_an_inline_context_are_imported(tmp_path):
    jsonld = tmp_path / "list.jsonld"
    jsonld.write_text('{"@context": {"label": "http://www.w3.org/2000/01/rdf-schema#label"}, '
                      '"@id": "http://ex.org/s", "label": "x"}')
    rdfxml = tmp_path / "list.rdf"
    rdfxml.write_text('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                      'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"><rdf:Description '
                      'rdf:about="http://ex.org/t"><rdfs:label>y</rdfs:label></rdf:Description></rdf:RDF>')
    result = run("import", "--store", str(tmp_path / "s"), "--graph", "http://ex.org/g", str(jsonld), str(rdfxml))
    assert result.exit_code == 0, result.output
    assert graphs_of(tmp_path / "s") >= {"http://ex.org/g"}


def test_rdfxml_with_a_dtd_is_refused(tmp_path):
    path = tmp_path / "dtd.rdf"
    path.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')
    result = run("import", "--store", str(tmp_path / "s"), "--graph", "http://ex.org/g", str(path))
    assert result.exit_code == 1
    assert "dtd.rdf" in result.output and "document type declaration" in result.output


@pytest.mark.parametrize("args, says", [
    (["x.ttl"], "--graph"),
    (["x.unknown"], "--format"),
    (["--graph", "http://ex.org/a b", "x.ttl"], "not a valid absolute IRI"),
], ids=["triples-without-graph", "unknown-extension", "graph-not-an-iri"])
def test_usage_errors_exit_2(tmp_path, args, says):
    for name in ("x.ttl", "x.unknown"):
        (tmp_path / name).write_text('<http://ex.org/s> <http://ex.org/p> "x" .\n')
    result = run("import", "--store", str(tmp_path / "s"), *[str(tmp_path / a) if a.startswith("x.") else a
                                                             for a in args])
    assert result.exit_code == 2, result.output
    assert says in result.output


def test_default_graph_triples_in_nquads_need_graph(tmp_path):
    path = tmp_path / "default.nq"
    path.write_text('<http://ex.org/s> <http://ex.org/p> "x" .\n')
    assert run("import", "--store", str(tmp_path / "s"), str(path)).exit_code == 1
    ok = run("import", "--store", str(tmp_path / "s"), "--graph", "http://ex.org/g", str(path))
    assert ok.exit_code == 0, ok.output
    assert graphs_of(tmp_path / "s") >= {"http://ex.org/g"}


@pytest.mark.parametrize("key", ["audit", "tombstones"])
def test_server_graphs_are_refused_outside_restore(tmp_path, key):
    path = tmp_path / "server.nq"
    path.write_text(quad(1, f"{BASE}graph/{key}") + quad(2))
    result = run("import", "--store", str(tmp_path / "s"), str(path))
    assert result.exit_code == 1
    assert f"<{BASE}graph/{key}>" in result.output and "server only" in result.output
    store = ox.Store.read_only(str(tmp_path / "s"))
    refused = list(store.quads_for_pattern(ox.NamedNode("http://ex.org/s1"), None, None, None))
    kept = list(store.quads_for_pattern(ox.NamedNode("http://ex.org/s2"), None, None, None))
    del store
    assert refused == [] and len(kept) == 1


@pytest.mark.parametrize("validation", [[], ["--chunk", "4", "--workers", "2"]], ids=["serial", "parallel"])
def test_a_restore_breaking_a_shape_keeps_nothing(tmp_path, corpus_store_path, validation):
    dump = export(corpus_store_path, tmp_path / "a.nq")
    quads = list(ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS))
    person = next(q for q in quads if q.predicate.value == "http://xmlns.com/foaf/0.1/name")
    quads.append(ox.Quad(person.subject, ox.NamedNode("http://www.w3.org/ns/org#holds"), ox.Literal("no"),
                         person.graph_name))
    broken = tmp_path / "broken.nq"
    ox.serialize(quads, str(broken), ox.RdfFormat.N_QUADS)
    result = run("import", "--store", str(tmp_path / "b"), "--restore", *validation, str(broken))
    assert result.exit_code == 1, result.output
    assert "org#holds" in result.output and "nothing kept" in result.output
    assert graphs_of(tmp_path / "b") == set()


# ---------------------------------------------------------------------------
# embedded -> remote store and back
# ---------------------------------------------------------------------------
@pytest.fixture
def remote(oxigraph_server) -> dict[str, str]:
    return {"OSCE_KG_REMOTE_QUERY_URL": oxigraph_server + "/query",
            "OSCE_KG_REMOTE_UPDATE_URL": oxigraph_server + "/update"}


def remote_quads(env: dict[str, str]) -> set[ox.Quad]:
    from osce_kg.loader.settings import load_settings
    from osce_kg.loader.store import open_store
    from osce_kg.loader.store.embedded import to_ox

    store = open_store(load_settings(env))
    try:
        return {ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in store.quads()
                if str(g) != AUDIT[1:-1]}
    finally:
        store.close()


def as_rdflib_read(quads: set[ox.Quad]) -> set[ox.Quad]:
    """The quads as a remote store's client reads them (rdflib writes xsd:dateTime's Z as +00:00)."""
    from osce_kg.loader.store.embedded import to_ox, to_rdflib

    return {ox.Quad(*(to_ox(to_rdflib(t)) for t in q)) for q in quads}


@pytest.mark.e2e
def test_restore_into_a_remote_store_and_import_through_its_gate(tmp_path, remote):
    build_store(tmp_path / "a", [CORPUS])
    dump = export(tmp_path / "a", tmp_path / "a.nq")
    restored = run("import", "--restore", str(dump), env=remote)
    assert restored.exit_code == 0, restored.output
    assert run("import", "--restore", str(dump), env=remote).exit_code == 2  # no longer empty
    assert remote_quads(remote) == as_rdflib_read(quads_without_audit(dump))
    # a gated import into the remote store, with its audit record
    path = tmp_path / "fix.ttl"
    path.write_text('<http://localhost:8000/id/release/x> <http://www.w3.org/2000/01/rdf-schema#comment> "fix" .\n')
    plain = run("import", "--graph", "http://localhost:8000/graph/corrections", str(path), env=remote)
    assert plain.exit_code == 0, plain.output
    count = run("query", "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?c "
                "<https://w3id.org/osce-kg/ontology#sourceFile> \"fix.ttl\" ; <http://www.w3.org/ns/prov#used> "
                "<http://localhost:8000/graph/corrections> } }", env=remote)
    assert count.output.splitlines()[1].strip() == "1"


@pytest.mark.e2e
def test_remote_export_restores_into_an_embedded_store(tmp_path, remote):
    build_store(tmp_path / "a", [CORPUS])
    dump = export(tmp_path / "a", tmp_path / "a.nq")
    assert run("import", "--restore", str(dump), env=remote).exit_code == 0
    back = run("export", "-o", str(tmp_path / "remote.nq"), env=remote)
    assert back.exit_code == 0, back.output
    assert run("import", "--store", str(tmp_path / "c"), "--restore", str(tmp_path / "remote.nq")).exit_code == 0
    assert answers(tmp_path / "a") == answers(tmp_path / "c")


def test_blank_nodes_of_two_files_stay_apart(tmp_path):
    for name, value in (("one.nq", "x"), ("two.nq", "y")):
        (tmp_path / name).write_text(f'_:b <http://ex.org/p> "{value}" <http://ex.org/{name[:-3]}> .\n'
                                     f'<http://ex.org/s> <http://ex.org/q> _:b <http://ex.org/{name[:-3]}> .\n')
    result = run("import", "--store", str(tmp_path / "s"), str(tmp_path / "one.nq"), str(tmp_path / "two.nq"))
    assert result.exit_code == 0, result.output
    store = ox.Store.read_only(str(tmp_path / "s"))
    subjects = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode("http://ex.org/p"), None, None)}
    del store
    assert len(subjects) == 2


def test_parallel_validation_finds_what_the_serial_check_finds(tmp_path, corpus_store_path):
    from osce_kg.loader.gate import check_store
    from osce_kg.loader.importer import check_parallel, import_gate
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store import EmbeddedStore

    store = EmbeddedStore(corpus_store_path)
    try:
        minter = Minter(BASE)
        gate = import_gate(store, minter)
        serial = check_store(gate, chunk=8)
        parallel = check_parallel(store, gate, minter, chunk=8, workers=2)
    finally:
        store.close()
    assert serial.violations  # the corpus has warnings: the comparison compares something
    assert (parallel.graphs, parallel.nodes, parallel.violations) == (serial.graphs, serial.nodes, serial.violations)


def test_the_served_dump_restores(tmp_path, corpus_store_path):
    """``/dumps/all.nq.gz`` as the server publishes it is a backup ``import --restore`` takes back."""
    from osce_kg.loader.settings import Settings
    from osce_kg.loader.store import EmbeddedStore
    from osce_kg.server.app import close_app, create_app

    settings = Settings(store=corpus_store_path)
    app = create_app(settings, store=EmbeddedStore(corpus_store_path))
    try:
        response = app.test_client().get("/dumps/all.nq.gz")
    finally:
        close_app(app)  # the search index's start build (reading the whole store) stopped first
    assert response.status_code == 200
    dump = tmp_path / "all.nq.gz"
    dump.write_bytes(response.data)
    result = run("import", "--store", str(tmp_path / "b"), "--restore", str(dump))
    assert result.exit_code == 0, result.output
    assert lines_without_audit(export(tmp_path / "b", tmp_path / "b.nq")) == lines_without_audit(dump)
    assert answers(corpus_store_path) == answers(tmp_path / "b")
