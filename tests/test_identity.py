"""Identity on the seed and every shared page loaded together (issue 16), through the real loader,
store, gate, CLI and routes: one IRI per person, no page furniture as a person, order-independence,
curated officials, merges with their redirect."""
from __future__ import annotations

import json
import shutil
from itertools import combinations
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import URIRef
from rdflib.namespace import FOAF, OWL, SKOS

from conftest import SHARED, build_store
from osce_kg.loader.identity import duplicates, identity_graph, persons_in, redirects
from osce_kg.loader.iri import Minter
from osce_kg.loader.resolve import FURNITURE, name_key, name_tokens
from osce_kg.loader.settings import Settings
from osce_kg.loader.store import EmbeddedStore
from osce_kg.server.app import close_app, create_app
from osce_kg.server.cli import main

FOLDERS = [SHARED / "corpus" / "seed", SHARED / "corpus" / "osce-pages", SHARED / "corpus" / "osce-pages-2"]
BASE = "http://localhost:8000/"
MINTER = Minter(BASE)
pytestmark = pytest.mark.skipif(not all(f.is_dir() for f in FOLDERS), reason="../shared/corpus is not here")

PERSONS = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?p ?name WHERE { GRAPH ?g { ?p a foaf:Person ; foaf:name ?name } FILTER(?g != <%s>) }"""
MENTIONED = """PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX osce: <%s>
SELECT DISTINCT ?g ?p WHERE { GRAPH ?g { ?r osce:mentions ?p . ?p a foaf:Person } }"""


def _files(reverse: bool = False) -> list[Path]:
    files = sorted(p for f in FOLDERS for p in f.glob("*.txt"))
    return files[::-1] if reverse else files


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("identity") / "store"
    report = build_store(path, _files())
    assert report.accepted >= 110, report.summary()
    return path


@pytest.fixture
def store(corpus: Path):
    s = EmbeddedStore(corpus, read_only=True)
    yield s
    s.close()


def _persons(store) -> dict[URIRef, set[str]]:
    found: dict[URIRef, set[str]] = {}
    for row in store.select(PERSONS % MINTER.graph("reference")):
        found.setdefault(URIRef(str(row["p"])), set()).add(str(row["name"]))
    return found


def test_no_two_person_iris_differ_only_by_titles_initials_hyphens_diacritics_or_case(store):
    persons = _persons(store)
    keys: dict[str, URIRef] = {}
    for iri, names in persons.items():
        for name in names:
            key = name_key(name)
            assert keys.setdefault(key, iri) == iri, f"{name!r} is both <{keys[key]}> and <{iri}>"
    assert len(persons) >= 100


def test_no_page_furniture_or_phrase_is_a_person(store):
    for iri, names in _persons(store).items():
        for name in names:
            words = {w.lower() for w in name_tokens(name)}
            assert not words & FURNITURE, (iri, name)
            assert not any(w.isupper() and len(w.rstrip(".")) > 1 for w in name.split()), (iri, name)   # acronyms
    gone = {"story-highlights", "countries", "ad-hoc-transparency", "affari-esteri", "cooperazione-internazionale"}
    assert not {str(i).rsplit("/", 1)[-1] for i in _persons(store)} & gone


def test_no_two_organization_iris_differ_only_by_case_diacritics_hyphens_or_a_leading_the(store):
    from osce_kg.loader.resolve import organization_key

    rows = store.select(f"""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?o ?label WHERE {{ ?o skos:prefLabel ?label
            FILTER(STRSTARTS(STR(?o), "{BASE}id/organization/") || STRSTARTS(STR(?o), "{BASE}id/field-operation/")) }}""")
    keys: dict[str, URIRef] = {}
    for row in rows:
        key = organization_key(str(row["label"])).removeprefix("osce ")
        iri = URIRef(str(row["o"]))
        assert keys.setdefault(key, iri) == iri, f"{row['label']!r} is both <{keys[key]}> and <{iri}>"
    assert len(keys) >= 100


def test_variants_in_other_scripts_and_spellings_meet_at_the_curated_official(store):
    """"Majkl Devenport" in u Kosovu (Serbian) is the curated Head of the Mission in Kosovo; "Janu Bratuu"
    (dative) the head of the Mission to Serbia; "Bujarom Osmanijem" (instrumental) the 2023 CiO."""
    davenport = MINTER.resource("person", "michael-davenport")
    assert store.has_quad(davenport, FOAF.name, None, MINTER.graph("other-2034"))
    for written, person in (("Majkl Devenport", "michael-davenport"), ("Janu Bratuu", "jan-braathu"),
                            ("Bujarom Osmanijem", "bujar-osmani")):
        rows = store.select(f"""PREFIX osce: <{MINTER.vocab}>
            SELECT ?rule WHERE {{ GRAPH ?g {{ ?e osce:identifies <{MINTER.resource('person', person)}> ;
                                              osce:nameAsWritten ?w ; osce:identityRule ?rule }}
                                 FILTER(CONTAINS(STR(?w), "{written}")) }}""")
        assert {str(r["rule"]) for r in rows} == {"curated-official"}, (written, rows)


def test_every_variant_is_kept_as_an_alternative_label_with_its_language(store):
    rows = store.select("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?l WHERE { GRAPH <http://localhost:8000/graph/other-2034> {
            <http://localhost:8000/id/person/michael-davenport> skos:altLabel ?l } }""")
    assert {(str(r["l"]), r["l"].language.lower()) for r in rows} == {("Majkl Devenport", "sr-latn")}


def test_loading_in_another_order_gives_the_same_iris(corpus, tmp_path):
    other = tmp_path / "reversed"
    build_store(other, _files(reverse=True))
    a, b = EmbeddedStore(corpus, read_only=True), EmbeddedStore(other, read_only=True)
    try:
        assert set(_persons(a)) == set(_persons(b))
        edges = lambda s: {(str(r["g"]), str(r["p"])) for r in s.select(MENTIONED % MINTER.vocab)}   # noqa: E731
        assert edges(a) == edges(b)
        held = "SELECT DISTINCT ?post ?person WHERE { GRAPH ?g { ?post <http://www.w3.org/ns/org#heldBy> ?person } }"
        posts = lambda s: {(str(r["post"]), str(r["person"])) for r in s.select(held)}   # noqa: E731
        assert posts(a) == posts(b) and len(posts(a)) > 50
    finally:
        a.close()
        b.close()


def test_who_was_secretary_general_in_2009(store):
    rows = store.select(COMPETENCY_SG % {"y": 2009})
    assert [str(r["name"]) for r in rows] == ["Marc Perrin de Brichambaut"]
    assert [str(r["name"]) for r in store.select(COMPETENCY_SG % {"y": 2011})] == [
        "Lamberto Zannier", "Marc Perrin de Brichambaut"]


#: the README's competency question "who was Secretary General in a year" (a term's years are inclusive)
COMPETENCY_SG = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX time: <http://www.w3.org/2006/time#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?name WHERE {
  ?m a org:Membership ; org:member ?person ; org:role ?post ; org:memberDuring ?term .
  ?post skos:prefLabel "OSCE Secretary General"@en .
  ?term time:hasBeginning/time:inXSDgYear ?from .
  OPTIONAL { ?term time:hasEnd/time:inXSDgYear ?to }
  FILTER(STR(?from) <= "%(y)d" && (!BOUND(?to) || STR(?to) >= "%(y)d"))
  ?person foaf:name ?name
} ORDER BY ?name"""


def test_dedupe_lists_candidates_with_evidence_and_merges_through_the_gate(corpus, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(corpus, path)
    runner = CliRunner()
    listed = runner.invoke(main, ["dedupe", "--store", str(path), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    pairs = json.loads(listed.output)
    lavrov = [p for p in pairs if {p["a"], p["b"]} == {f"{BASE}id/person/sergej-lawrow", f"{BASE}id/person/sergey-lavrov"}]
    assert lavrov and lavrov[0]["for"], pairs
    merged = runner.invoke(main, ["dedupe", "--store", str(path), "--merge", "person/sergej-lawrow",
                                  "person/sergey-lavrov", "--reason", "German spelling"])
    assert merged.exit_code == 0, merged.output
    store, app = EmbeddedStore(path), None
    try:
        old, kept = MINTER.resource("person", "sergej-lawrow"), MINTER.resource("person", "sergey-lavrov")
        assert redirects(store, MINTER) == {old: kept}
        assert store.has_quad(old, OWL.sameAs, kept, identity_graph(MINTER))
        assert not store.has_quad(old, FOAF.name, None, None)             # no document names it any more
        audit = store.select(f"""PREFIX osce: <{MINTER.vocab}>
                                SELECT ?w WHERE {{ GRAPH ?g {{ ?w osce:via "dedupe" }} }}""")
        assert audit, "the merge is audited like any write"
        app = create_app(Settings(store=path), store=store)
        client = app.test_client()
        moved = client.get("/id/person/sergej-lawrow")
        assert moved.status_code == 301 and moved.headers["Location"].endswith("/id/person/sergey-lavrov")
        assert client.get("/doc/person/sergej-lawrow.ttl").headers["Location"].endswith("/doc/person/sergey-lavrov.ttl")
        assert client.get("/id/person/sergey-lavrov").status_code == 303
        # IRIs minted from a name's slug before identity resolution answer with the person they are
        for old_iri, now in (("raphael-f-perl", "raphael-perl"), ("federal-councillor-flavio-cotti", "flavio-cotti"),
                             ("helga-schmid", "helga-maria-schmid")):
            answer = client.get(f"/id/person/{old_iri}")
            assert answer.status_code == 301 and answer.headers["Location"].endswith(f"/id/person/{now}"), old_iri
        assert client.get("/id/person/nobody-at-all").status_code == 404
    finally:
        if app is not None:  # its background threads (the search index's start build) stop before the store closes
            close_app(app)
        else:
            store.close()
    # a later load of the page that wrote "Sergej Lawrow" keeps the merge
    build_store(path, [SHARED / "corpus" / "osce-pages-2" / "other_2008.txt"])
    store = EmbeddedStore(path, read_only=True)
    try:
        assert not store.has_quad(old, FOAF.name, None, None)
        assert store.has_quad(kept, None, None, MINTER.graph("other-2008"))
    finally:
        store.close()


def test_duplicates_finds_middle_names_transliterations_and_surnames():
    from osce_kg.loader.identity import Person

    people = [Person(URIRef(f"{BASE}id/person/{k}"), [n], {URIRef(f"{BASE}graph/{k}")}) for k, n in (
        ("helga-maria-schmid", "Helga Maria Schmid"), ("helga-schmid", "Helga Schmid"),
        ("sergej-lawrow", "Sergej Lawrow"), ("sergey-lavrov", "Sergey Lavrov"),
        ("moore", "Moore"), ("jonathan-moore", "Jonathan Moore"), ("jan-kubis", "Jan Kubis"),
        ("jan-petersen", "Jan Petersen"))]
    found = {frozenset((str(c.a).rsplit("/", 1)[1], str(c.b).rsplit("/", 1)[1])) for c in duplicates(people)}
    assert found == {frozenset(("helga-maria-schmid", "helga-schmid")), frozenset(("sergej-lawrow", "sergey-lavrov")),
                     frozenset(("moore", "jonathan-moore"))}


BLAIR_RU = """ОБСЕ передала оборудование парламентскому центру

Бишкек, 3 марта 2026 года – Руководитель департамента Программного офиса ОБСЕ в Бишкеке Кристофер Блэр (Christopher Blair) подписал соглашение о передаче оборудования. Кристофер Блэр заявил, что центр откроется весной.
"""
BLAIR_EN = """OSCE hands over equipment to a parliamentary centre

BISHKEK, 4 March 2026 – Christopher Blair, Head of the Human Dimension Department of the OSCE Programme Office in Bishkek, signed the agreement today. Blair said the centre would open in spring.
"""
BLAIR_RU_ONLY = """Оборудование для центра

Бишкек, 5 марта 2026 года – Кристофер Блэр заявил, что центр откроется весной.
"""


@pytest.mark.parametrize("order", ["ru-first", "en-first"])
def test_a_name_the_page_gives_in_two_scripts_is_one_person_whatever_the_order(tmp_path, order):
    """Our own texts: a Russian page that writes "Кристофер Блэр (Christopher Blair)" and an English one."""
    files = []
    for name, text in (("blair-ru.txt", BLAIR_RU), ("blair-en.txt", BLAIR_EN)):
        (tmp_path / name).write_text(text, "utf-8")
        files.append(tmp_path / name)
    build_store(tmp_path / "store", files if order == "ru-first" else files[::-1])
    store = EmbeddedStore(tmp_path / "store", read_only=True)
    try:
        persons = _persons(store)
        blair = MINTER.resource("person", "christopher-blair")
        assert set(persons) == {blair}
        labels = {(str(o), o.language) for _, _, o, _ in store.quads_for_pattern(blair, SKOS.altLabel, None, None)}
        assert labels == {("Кристофер Блэр", "ru")}
        rules = store.select(f"""PREFIX osce: <{MINTER.vocab}> SELECT ?rule WHERE {{
            ?e osce:identifies <{blair}> ; osce:identityRule ?rule }}""")
        assert {str(r["rule"]) for r in rules} == {"linked-on-page"}
    finally:
        store.close()


def test_a_name_in_another_script_alone_is_listed_beside_the_linked_person(tmp_path):
    """A page that writes only "Кристофер Блэр" mints its own person (nothing on it links the two);
    the alternative label the other page recorded makes them a likely duplicate to merge."""
    for name, text in (("blair-ru.txt", BLAIR_RU), ("blair-ru-only.txt", BLAIR_RU_ONLY)):
        (tmp_path / name).write_text(text, "utf-8")
    build_store(tmp_path / "store", [tmp_path / "blair-ru.txt", tmp_path / "blair-ru-only.txt"])
    store = EmbeddedStore(tmp_path / "store", read_only=True)
    try:
        found = duplicates(persons_in(store, MINTER))
        assert [(str(c.a).rsplit("/", 1)[1], str(c.b).rsplit("/", 1)[1]) for c in found] == [
            ("christopher-blair", "kristofer-bler")]
        assert found[0].evidence_for[0].startswith("the same name key")
    finally:
        store.close()


@pytest.mark.parametrize("args, message", [
    (["person/raphael-perl", "person/raphael-perl"], "cannot merge a resource into itself"),
    (["person/nobody-of-that-name", "person/raphael-perl"], "is not a typed resource in the store"),
])
def test_a_merge_that_cannot_be_is_a_usage_error_and_writes_nothing(corpus, tmp_path, args, message):
    path = tmp_path / "store"
    shutil.copytree(corpus, path)
    done = CliRunner().invoke(main, ["dedupe", "--store", str(path), "--merge", *args])
    assert done.exit_code == 2 and message in done.output, done.output
    store = EmbeddedStore(path, read_only=True)
    try:
        assert not redirects(store, MINTER)
    finally:
        store.close()


LAVROV_EN = """Foreign ministers meet in Vienna

VIENNA, 2 March 2016 – Russian Foreign Minister Sergey Lavrov met the Chairperson-in-Office today. Lavrov said the talks were useful.
"""
LAVROV_DE = """Außenminister treffen sich in Wien

WIEN, 3. März 2016 – Der russische Außenminister Sergej Lawrow sagte am Donnerstag, die Gespräche seien nützlich gewesen.
"""


@pytest.mark.e2e
def test_a_merge_holds_for_loads_through_a_running_server(tmp_path):
    """Our own texts: merge "Sergej Lawrow" into "Sergey Lavrov", then serve the store and send the German
    page again with ``load --server``: it is written with the kept IRI, and the old one answers 301."""
    import requests

    from conftest import LiveServer

    for name, text in (("lavrov-en.txt", LAVROV_EN), ("lavrov-de.txt", LAVROV_DE)):
        (tmp_path / name).write_text(text, "utf-8")
    store_path = tmp_path / "store"
    build_store(store_path, [tmp_path / "lavrov-en.txt", tmp_path / "lavrov-de.txt"])
    runner = CliRunner()
    merged = runner.invoke(main, ["dedupe", "--store", str(store_path), "--merge", "person/sergej-lawrow",
                                  "person/sergey-lavrov"])
    assert merged.exit_code == 0, merged.output
    server = LiveServer(store_path, env={"OSCE_KG_BASE": BASE, "OSCE_KG_TOKEN": "maintainer:t0ken"}).start()
    try:
        sent = runner.invoke(main, ["load", "--server", server.url, "--token", "t0ken", "--base", BASE,
                                    str(tmp_path / "lavrov-de.txt")])
        assert sent.exit_code == 0, sent.output
        ask = f"ASK {{ GRAPH <{BASE}graph/lavrov-de> {{ <{BASE}id/person/sergej-lawrow> ?p ?o }} }}"
        answer = requests.get(server.url + "/sparql", params={"query": ask},
                              headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert answer.json()["boolean"] is False
        ask = f"ASK {{ GRAPH <{BASE}graph/lavrov-de> {{ <{BASE}id/person/sergey-lavrov> ?p ?o }} }}"
        answer = requests.get(server.url + "/sparql", params={"query": ask},
                              headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert answer.json()["boolean"] is True
        moved = requests.get(server.url + "/id/person/sergej-lawrow", allow_redirects=False, timeout=30)
        assert moved.status_code == 301 and moved.headers["Location"].endswith("/id/person/sergey-lavrov")
    finally:
        server.stop()


def test_organization_duplicates_share_most_content_words_or_spell_initials():
    from osce_kg.loader.identity import Person, organization_duplicates

    bodies = [Person(URIRef(f"{BASE}id/organization/{i}"), [n], {URIRef(f"{BASE}graph/g{i}")}) for i, n in enumerate((
        "Institute of International Relations of the Ministry of Foreign Affairs of Turkmenistan",
        "Institute of International Relations of the Turkmen Foreign Ministry",
        "Moscow State Institute of International Relations",
        "Veronica Guerin Legal Defence Fund", "VGLDF", "Budapest University"))]
    found = {frozenset((c.names_a[0], c.names_b[0])) for c in organization_duplicates(bodies)}
    assert found == {
        frozenset(("Institute of International Relations of the Ministry of Foreign Affairs of Turkmenistan",
                   "Institute of International Relations of the Turkmen Foreign Ministry")),
        frozenset(("Veronica Guerin Legal Defence Fund", "VGLDF"))}
