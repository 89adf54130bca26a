"""Whole-store pages updated from the writes, not recomputed (issue 14): class listings (paged, filtered),
the sitemap and the landing page's figures (VoID's counts with the totals of a class and its subclasses
and the examples anywhere under the base), each brought up to the store from the audit records of the
writes since, equal a whole recompute after restated triples, new classes, renamed and redated members,
removals down to a key's last copy, tombstones and dropped graphs; in the app they are updated after a
gated write without a whole pass, and a restart takes the kept ones when the store has not changed."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from osce_kg.loader.iri import Minter
from osce_kg.loader.store import Change, EmbeddedStore
from osce_kg.server import incremental
from osce_kg.server.describe import class_member_rows
from osce_kg.server.incremental import Members, Paths, all_paths, update_members, update_paths
from osce_kg.server.void import count_all, group_key, update_counts

from ld_data import hand_built, whole_store_builds_done

BASE = "http://localhost:8000/"
MINTER = Minter(BASE)
OSCE = "https://w3id.org/osce-kg/ontology#"
STATE, FIELD_OP = URIRef(OSCE + "ParticipatingState"), URIRef(OSCE + "FieldOperation")
RELEASE = URIRef(OSCE + "PressRelease")
THING, MENTIONS = URIRef(OSCE + "Thing"), URIRef(OSCE + "mentions")
ALBANIA = URIRef(f"{BASE}id/state/albania")


def graph(*triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def iri(path: str) -> URIRef:
    return URIRef(BASE + path)


#: the listings followed: (classes, filter)
LISTINGS = [([STATE], None), ([THING], None), ([FIELD_OP, STATE, THING], None),
            ([RELEASE, THING], (MENTIONS, ALBANIA))]


def whole_members(store, classes, where) -> Members:
    return Members(class_member_rows(store, classes[0], where, classes), position=None, quads=0, graphs=0)


@pytest.fixture()
def small_chunks(monkeypatch):
    """Chunks of two rows: every move crosses, splits and empties chunks."""
    monkeypatch.setattr(incremental, "CHUNK", 2)


def test_listings_sitemap_and_landing_counts_updated_equal_a_whole_recompute(tmp_path: Path, small_chunks):
    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.gate import Gate
    from osce_kg.loader.tombstones import Tombstones
    from osce_kg.server.void import quad_total, graph_count

    store = EmbeddedStore(tmp_path / "store")
    hand_built(store, BASE)
    gate = Gate(store, Graph(), audit=AuditLog(BASE), tombstones=Tombstones.of(MINTER))
    groups = [group_key([FIELD_OP, STATE]), group_key([RELEASE, THING])]
    size = quad_total(store), graph_count(store)
    listings = [Members(class_member_rows(store, cls[0], where, cls), position="", quads=size[0], graphs=size[1])
                for cls, where in LISTINGS]
    paths = all_paths(store, MINTER, "", *size)
    counts = count_all(store, MINTER, groups)
    person, other, kosovo = iri("id/person/ana-novak"), iri("id/person/aaron-first"), iri("id/state/kosovo")
    release2 = iri("id/release/2020-01-01-second")
    restated, more, third = iri("graph/restated"), iri("graph/more"), iri("graph/third")
    date = lambda text: Literal(text, datatype=XSD.date)  # noqa: E731
    writes = [
        # restated type and label of Albania; a new class with two members; a second release mentioning Albania
        [Change(replace={restated: graph(
            (ALBANIA, RDF.type, STATE), (ALBANIA, SKOS.prefLabel, Literal("Albania", lang="en")),
            (person, RDF.type, THING), (person, SKOS.prefLabel, Literal("Ana Novak")),
            (release2, RDF.type, RELEASE), (release2, DCTERMS.title, Literal("Second", lang="en")),
            (release2, DCTERMS.date, date("2020-01-01")), (release2, MENTIONS, ALBANIA))})],
        # another member, renamed and dated members, a label in another language (not the best one)
        [Change(add=[(other, RDF.type, THING, more), (other, SKOS.prefLabel, Literal("Aaron First"), more),
                     (person, DCTERMS.date, date("2019-05-05"), more),
                     (ALBANIA, SKOS.prefLabel, Literal("Shqipëria", lang="sq"), more),
                     (kosovo, RDF.type, STATE, more), (kosovo, SKOS.prefLabel, Literal("Kosovo"), more)])],
        # the restated label goes from one graph (still in the other); a member loses its type (gone from the
        # listings and the sitemap, tombstoned); a release stops mentioning Albania (gone from the filtered one)
        [Change(remove=[(ALBANIA, SKOS.prefLabel, Literal("Albania", lang="en"), restated),
                        (other, RDF.type, THING, more), (other, SKOS.prefLabel, Literal("Aaron First"), more),
                        (release2, MENTIONS, ALBANIA, restated)])],
        # a newer date and a rename; then a whole graph dropped (Kosovo and a date with it)
        [Change(add=[(person, DCTERMS.date, date("2024-02-02"), third),
                     (release2, DCTERMS.title, Literal("A second release", lang="en"), third),
                     (release2, MENTIONS, ALBANIA, third)]),
         Change(drop={more})],
        # Albania's restated type goes: still a State from its first graph
        [Change(remove=[(ALBANIA, RDF.type, STATE, restated)])],
    ]
    seen = [[list(m.rows()) for m in listings]]
    for batch in writes:
        for change in batch:
            gate.commit(change, actor="test")
        size = quad_total(store), graph_count(store)
        for n, (cls, where) in enumerate(LISTINGS):
            updated = update_members(store, MINTER, listings[n], cls, where, kept=False)
            assert updated is not None, "the audit records tell: updated, not computed again"
            assert list(updated.rows()) == class_member_rows(store, cls[0], where, cls), (n, cls, where)
            assert [updated[i] for i in range(len(updated))] == list(whole_members(store, cls, where)[0:len(updated)])
            assert updated.position == counts_position(store) and (updated.quads, updated.graphs) == size
            listings[n] = updated
        updated_paths = update_paths(store, MINTER, paths, kept=False)
        assert updated_paths is not None
        assert list(updated_paths.rows()) == list(all_paths(store, MINTER, None, 0, 0).rows())
        assert (updated_paths.quads, updated_paths.graphs) == size
        paths = updated_paths
        updated_counts = update_counts(store, MINTER, counts)
        assert updated_counts is not None
        whole = count_all(store, MINTER, groups)
        assert {k: v for k, v in updated_counts.__dict__.items() if k != "updates"} == {
            k: v for k, v in whole.__dict__.items() if k != "updates"}
        counts = updated_counts
        seen.append([list(m.rows()) for m in listings])
    assert all(seen[i] != seen[i + 1] for i in range(len(seen) - 2)), "every write but the last moved a listing"
    assert seen[-1] == seen[-2], "a restated type's going moves nothing"
    assert any(len(m) >= 3 for m in listings), "the listings span several chunks"
    # nothing written since: this run's figures cannot tell a write without a record (None: computed
    # again); read back from disk (kept) with the store the same size, the same figures
    assert update_members(store, MINTER, listings[0], *LISTINGS[0], kept=False) is None
    assert update_members(store, MINTER, listings[0], *LISTINGS[0], kept=True) is listings[0]
    assert update_paths(store, MINTER, paths, kept=True) is paths
    store.apply(Change(add=[(person, SKOS.prefLabel, Literal("Outside the gate"), third)]))
    assert update_members(store, MINTER, listings[1], *LISTINGS[1], kept=True) is None, "the size moved"
    store.close()


def counts_position(store) -> str:
    from osce_kg.server.void import last_write

    return last_write(store, BASE)


def test_a_listing_is_paged_in_order_across_chunks(small_chunks):
    rows = [(f"{BASE}id/x/{i:03d}", f"Name {i % 7}", (f"20{i % 5:02d}-01-01", str(XSD.date)) if i % 3 else None)
            for i in range(41)]
    from osce_kg.server.incremental import listing_order

    ordered = listing_order(rows)
    listing = Members(ordered, position="", quads=0, graphs=0)
    assert [(str(m.iri), m.label, m.when) for m in listing[5:17]] == ordered[5:17]
    assert listing[-1].iri == URIRef(ordered[-1][0]) and len(listing) == 41
    copy = listing.copy()
    copy.remove(ordered[3])
    copy.insert((f"{BASE}id/x/new", "A", ("2099-01-01", str(XSD.date))))
    assert len(listing) == 41 and list(listing.rows()) == ordered, "the copy moved, the one served did not"
    assert [r[0] for r in copy.rows()][:1] == [f"{BASE}id/x/new"] and ordered[3] not in list(copy.rows())
    with pytest.raises(KeyError):
        copy.remove(ordered[3])
    paths = Paths(sorted(["b", "d", "a", "c"]), position="", quads=0, graphs=0)
    paths.insert("bb")
    assert list(paths.rows()) == ["a", "b", "bb", "c", "d"] and paths[2:4] == ["bb", "c"]


def test_the_app_updates_the_pages_after_a_write_and_takes_kept_ones_at_start(tmp_path: Path, monkeypatch):
    """In the app: after a write through the gate the class listing, the sitemap and the landing page come
    from updates, never from a whole pass; a restart takes the kept ones without a whole pass either."""
    from osce_kg.loader.settings import Settings
    from osce_kg.server import catalogue, classes, void
    from osce_kg.server.app import close_app, create_app
    from osce_kg.server.services import EXTENSION_KEY
    from osce_kg.server.updates import gate_of

    path = tmp_path / "store"
    store = EmbeddedStore(path)
    hand_built(store, BASE)
    app = create_app(Settings(store=path, base=BASE), store=store)
    client = app.test_client()
    pages = ("/void.nt", "/class/ParticipatingState.nt", "/sitemap.xml", "/")  # VoID first, as serve warms it
    first = {page: client.get(page) for page in pages}
    assert all(r.status_code == 200 for r in first.values())
    whole: list[str] = []
    for module, name in ((classes, "class_member_rows"), (incremental, "all_paths"), (void, "count_all"),
                         (catalogue, "_landing_counted")):
        real = getattr(module, name)

        def counting(*args, _real=real, _name=name, **kwargs):
            whole.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)
    monkeypatch.setattr(catalogue, "all_paths", incremental.all_paths)
    svc = app.extensions[EXTENSION_KEY]
    kosovo = URIRef(f"{BASE}id/state/kosovo")
    more = URIRef(f"{BASE}graph/more")
    gate_of(svc).commit(Change(add=[(kosovo, RDF.type, STATE, more),
                                    (kosovo, SKOS.prefLabel, Literal("Kosovo", lang="en"), more)]),
                        actor="test", managed=True)
    svc.written()
    now = {}
    for page in pages:
        deadline = time.monotonic() + 60
        while (got := client.get(page)).data == first[page].data or "Age" in got.headers:
            assert time.monotonic() < deadline, f"{page} was not brought up to the write"
            time.sleep(0.05)
        now[page] = got
    assert not whole, f"the write was computed whole again: {whole}"
    assert b"kosovo" in now["/class/ParticipatingState.nt"].data and b"state/kosovo" in now["/sitemap.xml"].data
    with app.app_context():
        assert dict(catalogue.landing_data().value["counts"])[STATE] == 2
    folder = path.parent / f"{path.name}.figures"
    deadline = time.monotonic() + 30
    while len(list(folder.glob("*.pickle"))) < 5 and time.monotonic() < deadline:  # VoID, counts, landing, ...
        time.sleep(0.05)
    whole_store_builds_done()  # kept after the value is handed over
    close_app(app)  # the search index's start build stopped and waited for, then the store closed
    store = EmbeddedStore(path)
    again_app = create_app(Settings(store=path, base=BASE), store=store)
    again = again_app.test_client()
    for page in pages:
        deadline = time.monotonic() + 60
        while "Age" in (later := again.get(page)).headers:
            assert time.monotonic() < deadline, f"{page} was not taken from the kept figures"
            time.sleep(0.05)
        assert later.status_code == 200
        if page != "/":
            assert later.data == now[page].data
    assert not whole, f"a restart computed the unchanged store whole again: {whole}"
    close_app(again_app)
