"""Maintainers' HTTP writes: /update, /store, /validate, /changes, tokens, ETags, atomicity."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from gate_fixtures import DATA, EX, ONTOLOGY, SHAPES, graph, release
from osce_kg.loader.audit import AuditLog
from osce_kg.loader.gate import Gate
from osce_kg.loader.settings import Settings
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server.app import close_app, create_app
from osce_kg.server.services import EXTENSION_KEY

BASE = "http://localhost:8000/"
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REF = URIRef(EX + "graph/ref")
G2 = EX + "graph/r2"


def make_app(path: Path, shapes: str = SHAPES, ontology: str = ONTOLOGY):
    store = EmbeddedStore(path)
    store.apply(Change(replace={REF: graph(DATA)}))
    app = create_app(Settings(store=path, base=BASE, tokens={"alice": TOKEN, "bob": "other"}), store=store)
    svc = app.extensions[EXTENSION_KEY]
    svc.extras["gate"] = Gate(store, graph(shapes), graph(ontology), audit=AuditLog(BASE), lock=svc.write_lock)
    return app, store


@pytest.fixture
def app_store(tmp_path: Path):
    app, store = make_app(tmp_path / "store")
    yield app, store
    close_app(app)


@pytest.fixture
def client(app_store):
    return app_store[0].test_client()


def quads(store) -> set:
    return set(store.quads())


def insert(key: str, **kwargs) -> str:
    """A SPARQL INSERT DATA putting a release into its own graph."""
    nt = graph(release(key, **kwargs)).serialize(format="nt")
    return f"INSERT DATA {{ GRAPH <{EX}graph/{key}> {{ {nt} }} }}"


# -- tokens ------------------------------------------------------------------
def test_write_without_token_is_401_with_challenge(client):
    r = client.post("/update", data=insert("r2"), content_type="application/sparql-update")
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


def test_write_with_wrong_token_is_403(client):
    r = client.post("/update", data=insert("r2"), content_type="application/sparql-update",
                    headers={"Authorization": "Bearer nope"})
    assert r.status_code == 403


def test_reads_are_public(client):
    assert client.get(f"/store?graph={REF}").status_code == 200


# -- /update -----------------------------------------------------------------
def test_direct_update_accepted(client, app_store):
    r = client.post("/update", data=insert("r2"), content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 200, r.get_data(as_text=True)
    assert r.json["added"] == 5 and r.json["changeId"]
    assert app_store[1].has_graph(URIRef(G2))


def test_form_update_accepted(client, app_store):
    r = client.post("/update", data={"update": insert("r2")}, headers=AUTH)
    assert r.status_code == 200
    assert app_store[1].has_graph(URIRef(G2))


@pytest.mark.parametrize("kwargs,constraint", [({"date": "2020"}, "DatatypeConstraintComponent"),
                                               ({"state": "t1"}, "ClassConstraintComponent"),
                                               ({"topic": "u1"}, "NodeConstraintComponent")],
                         ids=["datatype", "class", "node"])
def test_invalid_update_is_422_problem_and_store_unchanged(client, app_store, kwargs, constraint):
    before = quads(app_store[1])
    r = client.post("/update", data=insert("r2", **kwargs), content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 422
    assert r.mimetype == "application/problem+json"
    found = {(v["focusNode"], v["constraint"], v["severity"]) for v in r.json["violations"]}
    assert (EX + "r2", constraint, "Violation") in found
    assert quads(app_store[1]) == before


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld")])
def test_rejection_report_by_content_negotiation(client, accept, fmt):
    r = client.post("/update", data=insert("r2", date="2020"), content_type="application/sparql-update",
                    headers={**AUTH, "Accept": accept})
    assert r.status_code == 422 and r.mimetype == accept
    report = Graph().parse(data=r.get_data(as_text=True), format=fmt)
    sh = "http://www.w3.org/ns/shacl#"
    assert (None, URIRef(sh + "focusNode"), URIRef(EX + "r2")) in report
    assert (None, URIRef(sh + "conforms"), None) in report


def test_warnings_come_back_with_success(client):
    r = client.post("/update", data=insert("r2", title="x" * 50), content_type="application/sparql-update",
                    headers=AUTH)
    assert r.status_code == 200
    assert [w["constraint"] for w in r.json["warnings"]] == ["MaxLengthConstraintComponent"]


def test_delete_insert_where_is_gated(client, app_store):
    client.post("/update", data=insert("r2"), content_type="application/sparql-update", headers=AUTH)
    bad = (f"PREFIX ex: <{EX}> DELETE {{ GRAPH ?g {{ ?r ex:date ?d }} }} INSERT {{ GRAPH ?g {{ ?r ex:date 'soon' }} }} "
           f"WHERE {{ GRAPH ?g {{ ?r ex:date ?d }} }}")
    before = quads(app_store[1])
    assert client.post("/update", data=bad, content_type="application/sparql-update", headers=AUTH).status_code == 422
    assert quads(app_store[1]) == before
    good = bad.replace("'soon'", "'2021-05-05'^^<http://www.w3.org/2001/XMLSchema#date>")
    r = client.post("/update", data=good, content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 200 and (r.json["added"], r.json["removed"]) == (1, 1)


def test_malformed_update_is_400(client):
    r = client.post("/update", data="INSERT NONSENSE", content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 400


def test_load_is_refused(client):
    r = client.post("/update", data="LOAD <http://example.org/x>", content_type="application/sparql-update",
                    headers=AUTH)
    assert r.status_code == 400


def test_audit_graph_is_not_writable(client):
    r = client.post("/update", data=f"INSERT DATA {{ GRAPH <{BASE}graph/audit> {{ <{EX}a> <{EX}b> <{EX}c> }} }}",
                    content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 403
    assert f"<{BASE}graph/audit> is managed by the server" in r.get_json()["detail"]


# -- /validate ---------------------------------------------------------------
def test_validate_is_a_dry_run_with_diff(client, app_store):
    before = quads(app_store[1])
    r = client.post("/validate", data=insert("r2", date="2020"), content_type="application/sparql-update",
                    headers=AUTH)
    assert r.status_code == 200
    assert r.json["conforms"] is False
    assert any(res["constraint"] == "DatatypeConstraintComponent" for res in r.json["results"])
    assert len(r.json["diff"]["added"]) == 5 and r.json["diff"]["removed"] == []
    assert "ValidationReport" in r.json["report"]
    assert quads(app_store[1]) == before


def test_validate_graph_body(client):
    r = client.post(f"/validate?graph={G2}", data=release("r2"), content_type="text/turtle", headers=AUTH)
    assert r.status_code == 200 and r.json["conforms"] is True


@pytest.mark.parametrize("headers,status", [({}, 401), ({"Authorization": "Bearer nope"}, 403)],
                         ids=["no-token", "wrong-token"])
def test_validate_needs_a_write_token(client, headers, status):
    r = client.post(f"/validate?graph={G2}", data=release("r2"), content_type="text/turtle", headers=headers)
    assert r.status_code == status and r.headers["WWW-Authenticate"].startswith("Bearer")


# -- /store ------------------------------------------------------------------
def test_put_get_etag_and_if_match(client):
    r = client.put(f"/store?graph={G2}", data=release("r2"), content_type="text/turtle", headers=AUTH)
    assert r.status_code == 201
    got = client.get(f"/store?graph={G2}", headers={"Accept": "text/turtle"})
    etag = got.headers["ETag"]
    assert got.headers["Content-Type"] == "text/turtle; charset=utf-8"
    stale = client.put(f"/store?graph={G2}", data=release("r2", title="B"), content_type="text/turtle",
                       headers={**AUTH, "If-Match": '"not-it"'})
    assert stale.status_code == 412
    ok = client.put(f"/store?graph={G2}", data=release("r2", title="B"), content_type="text/turtle",
                    headers={**AUTH, "If-Match": etag})
    assert ok.status_code == 200
    assert client.get(f"/store?graph={G2}").headers["ETag"] != etag


def test_invalid_put_rejected(client, app_store):
    before = quads(app_store[1])
    r = client.put(f"/store?graph={G2}", data=release("r2", state="t1"), content_type="text/turtle", headers=AUTH)
    assert r.status_code == 422
    assert quads(app_store[1]) == before


@pytest.mark.parametrize("fmt,mime", [("nt", "application/n-triples"), ("xml", "application/rdf+xml"),
                                      ("json-ld", "application/ld+json"), ("nquads", "application/n-quads"),
                                      ("trig", "application/trig")])
def test_put_accepts_rdf_syntaxes(client, fmt, mime):
    body = graph(release("r2"))
    if fmt in ("nquads", "trig"):
        from rdflib import Dataset
        ds = Dataset()
        ds.graph(URIRef(G2)).__iadd__(body)
        data = ds.serialize(format=fmt)
    else:
        data = body.serialize(format=fmt)
    r = client.put(f"/store?graph={G2}", data=data, content_type=mime, headers=AUTH)
    assert r.status_code == 201, r.get_data(as_text=True)
    got = Graph().parse(data=client.get(f"/store?graph={G2}", headers={"Accept": "text/turtle"}).get_data(as_text=True),
                        format="turtle")
    assert len(got) == 5


def test_unsupported_body_is_400(client):
    r = client.put(f"/store?graph={G2}", data="hello", content_type="text/html", headers=AUTH)
    assert r.status_code == 400


def test_concurrent_if_match_writers_exactly_one_wins(app_store):
    app, _ = app_store
    c = app.test_client()
    assert c.put(f"/store?graph={G2}", data=release("r2"), content_type="text/turtle", headers=AUTH).status_code == 201
    etag = c.get(f"/store?graph={G2}").headers["ETag"]
    statuses: list[int] = []
    barrier = threading.Barrier(2)

    def writer(title: str) -> None:
        client = app.test_client()
        barrier.wait()
        r = client.put(f"/store?graph={G2}", data=release("r2", title=title), content_type="text/turtle",
                       headers={**AUTH, "If-Match": etag})
        statuses.append(r.status_code)

    threads = [threading.Thread(target=writer, args=(t,)) for t in ("One", "Two")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200, 412]


def test_reader_sees_all_or_none_of_a_large_write(app_store):
    app, store = app_store
    size = 3000
    body = "\n".join(f"<{EX}n{i}> <{EX}p> \"{i}\" ." for i in range(size))
    target = EX + "graph/big"
    seen: set[int] = set()
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}")
            seen.add(int(rows[0]["n"]))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        r = app.test_client().put(f"/store?graph={target}", data=body, content_type="application/n-triples",
                                  headers=AUTH)
    finally:
        done.set()
        thread.join()
    assert r.status_code == 201
    assert seen <= {0, size}


# -- /changes ----------------------------------------------------------------
def test_change_feed_newest_first_and_paged(client):
    for key in ("r2", "r3", "r4"):
        assert client.post("/update", data=insert(key), content_type="application/sparql-update",
                           headers=AUTH).status_code == 200
    page = client.get("/changes?limit=2").json
    assert [item["graphs"] for item in page["items"]] == [[EX + "graph/r4"], [EX + "graph/r3"]]
    assert page["items"][0]["agent"] == "alice" and page["items"][0]["added"] == 5
    rest = client.get(page["next"].replace("http://localhost", "")).json
    assert [item["graphs"] for item in rest["items"]] == [[EX + "graph/r2"]]
    assert "next" not in rest


@pytest.mark.parametrize("tokens,header,expected", [
    ({"alice": "a1", "bob": "b2"}, "Bearer b2", "bob"),
    ({"alice": "a1"}, "bearer a1", "alice"),
    ({"alice": "a1"}, None, 401),
    ({"alice": "a1"}, "Basic YTE=", 401),
    ({"alice": "a1"}, "Bearer a", 403),
    ({}, "Bearer anything", 403),
], ids=["second-token", "scheme-case", "none", "basic", "prefix-of-token", "no-tokens-configured"])
def test_token_name(tokens, header, expected):
    from osce_kg.server.updates import Unauthorized, token_name

    if isinstance(expected, str):
        assert token_name(tokens, header) == expected
    else:
        with pytest.raises(Unauthorized) as info:
            token_name(tokens, header)
        assert info.value.status == expected
