"""The VoID description of the dataset, computed from the live store.

Served at ``/void`` and ``/.well-known/void``. The dataset is ``{base}void#dataset``;
class and property partitions are hash IRIs under ``{base}void#`` so the description is
the same graph every time the data is the same.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from osce_kg.loader import __version__
from osce_kg.loader.audit import AUDIT_GRAPH_KEY, ended_since, last_write
from osce_kg.loader.iri import ONTOLOGY, VOCAB, Minter
from osce_kg.loader.store import rdfio
from osce_kg.loader.store.base import Quad, Store

from .describe import VOID, native_of, tombstone_graph

log = logging.getLogger(__name__)

#: the formats the documents are offered in (void:feature)
FEATURES = ("http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD",
            "http://www.w3.org/ns/formats/RDF_XML", "http://www.w3.org/ns/formats/N-Triples",
            "http://www.w3.org/ns/formats/N-Quads")


def _count(store: Store, query: str) -> int:
    rows = store.select(query)
    return int(str(rows[0]["n"])) if rows and "n" in rows[0] else 0


def _not_tomb(minter: Minter) -> str:
    return f"FILTER(?g != {tombstone_graph(minter).n3()})"


def class_counts(store: Store, minter: Minter) -> list[tuple[URIRef, int]]:
    """(class, number of instances), most instances first."""
    rows = store.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c")
    return [(c, int(str(r["n"]))) for r in rows if isinstance(c := r.get("c"), URIRef)]


def property_counts(store: Store, minter: Minter) -> list[tuple[URIRef, int]]:
    """(property, number of triples), most used first."""
    rows = store.select(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_not_tomb(minter)} }} "
                        "GROUP BY ?p ORDER BY DESC(?n) ?p")
    return [(p, int(str(r["n"]))) for r in rows if isinstance(p := r.get("p"), URIRef)]


def examples(store: Store, minter: Minter, classes: list[URIRef], *, prefix: str | None = None
             ) -> dict[URIRef, list[URIRef]]:
    """One resource under ``prefix`` (default ``{base}id/``) for each of ``classes``: the first by
    IRI, so it is stable.

    One MIN aggregate for all classes (ORDER BY ... LIMIT 1 per class was far slower in oxigraph).
    """
    if not classes:
        return {}
    prefix = Literal(prefix or minter.base + "id/").n3()
    values = " ".join(c.n3() for c in classes)
    rows = store.select(f"SELECT ?c (MIN(STR(?s)) AS ?x) WHERE {{ VALUES ?c {{ {values} }} ?s a ?c "
                        f"FILTER(STRSTARTS(STR(?s), {prefix})) }} GROUP BY ?c")
    return {r["c"]: [URIRef(str(r["x"]))] for r in rows if "x" in r}  # type: ignore[misc]


def _partition_iri(minter: Minter, kind: str, term: URIRef) -> URIRef:
    return URIRef(f"{minter.base}void#{kind}-{hashlib.sha256(str(term).encode()).hexdigest()[:12]}")


def void_graph(store: Store, minter: Minter, *, license: str | None = None,
               counts: "VoidCounts | None" = None) -> Graph:
    """The VoID description of everything in the store: from ``counts`` when given (see
    :func:`refresh_counts`), else counted now (:func:`count_all`).

    :raises StoreError: the store failed.
    """
    if counts is None:
        counts = count_all(store, minter)
    base = minter.base
    ds = URIRef(base + "void#dataset")
    desc = URIRef(base + "void")
    g = Graph()
    g.add((desc, RDF.type, VOID.DatasetDescription))
    g.add((desc, DCTERMS.title, Literal("Description of the osce-kg dataset", lang="en")))
    g.add((desc, FOAF.primaryTopic, ds))
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal("osce-kg: the OSCE knowledge graph", lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "OSCE participating States, structures, field operations, fields of work, events, "
        "press releases and the people they mention, read from OSCE web documents.", lang="en")))
    if license:
        g.add((ds, DCTERMS.license, URIRef(license)))
    g.add((ds, FOAF.homepage, URIRef(base)))
    g.add((ds, VOID.uriSpace, Literal(base + "id/")))
    g.add((ds, VOID.sparqlEndpoint, URIRef(base + "sparql")))
    g.add((ds, VOID.dataDump, URIRef(base + "dumps/all.nq.gz")))
    g.add((ds, VOID.vocabulary, URIRef(ONTOLOGY)))  # its name; this deployment serves it at /ontology
    g.add((URIRef(ONTOLOGY), RDFS.isDefinedBy, minter.ontology_document))
    g.add((ds, VOID.rootResource, URIRef(base)))
    if counts.modified is not None:
        g.add((ds, DCTERMS.modified, Literal(counts.modified, datatype=XSD.dateTime)))
    for feature in FEATURES:
        g.add((ds, VOID.feature, URIRef(feature)))
    g.add((ds, DCTERMS.creator, Literal(f"osce-kg {__version__}")))
    for prop in ("triples", "entities", "distinctSubjects", "distinctObjects"):
        g.add((ds, VOID[prop], Literal(getattr(counts, prop))))
    g.add((ds, VOID.documents, Literal(counts.graphs)))
    g.add((ds, VOID.classes, Literal(len(counts.classes))))
    g.add((ds, VOID.properties, Literal(len(counts.properties))))
    for cls, n in counts.classes.items():
        part = _partition_iri(minter, "class", URIRef(cls))
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n)))
    for prop, n in counts.properties.items():
        part = _partition_iri(minter, "property", URIRef(prop))
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(n)))
    for iri in counts.examples.values():
        g.add((ds, VOID.exampleResource, URIRef(iri)))
    return g


@dataclass
class VoidCounts:
    """Every number VoID states, and where in the store's history they were counted: kept between
    writes (and on disk between runs) so that a write updates them (:func:`update_counts`) instead of
    counting the whole store again (8 min 50 s at a million releases).

    ``position`` is the audit log's last write when they were counted (:func:`last_write`; None: not
    known, the next refresh counts everything); ``quads`` and ``graphs`` the store's size then (a write
    that left no audit record changes them). Terms are kept as strings (IRIs) or lexical forms.
    """

    position: str | None
    quads: int
    graphs: int
    triples: int
    entities: int
    distinctSubjects: int  # noqa: N815 - VoID's own names
    distinctObjects: int  # noqa: N815
    #: class IRI -> distinct instances (``?s a ?c`` over every graph)
    classes: dict[str, int] = field(default_factory=dict)
    #: property IRI -> triples in every graph but the tombstones' (each graph's copy counted)
    properties: dict[str, int] = field(default_factory=dict)
    #: one of our classes -> its least instance IRI under ``{base}id/``
    examples: dict[str, str] = field(default_factory=dict)
    #: the newest ``prov:generatedAtTime`` (lexical xsd:dateTime), None when nothing says
    modified: str | None = None
    #: writes applied since the last whole count
    updates: int = 0
    #: a group of classes (their IRIs, sorted, joined by spaces) -> distinct instances of any of them: the
    #: landing page's totals of a class with its subclasses (which groups: :func:`refresh_counts`'s ``groups``)
    groups: dict[str, int] = field(default_factory=dict)
    #: one of our classes -> its least instance IRI under the base (any, not only ``/id/``): the landing
    #: page's example of a class with no ``/id/`` resource (document graphs, sources, loads)
    any_examples: dict[str, str] = field(default_factory=dict)

    def __setstate__(self, state: dict) -> None:
        """Counts kept on disk by an earlier version lack the newer fields: they start empty (a group
        asked for and not kept is counted on its own, :func:`add_groups`)."""
        self.__dict__.update({"groups": {}, "any_examples": {}, **state})


def count_all(store: Store, minter: Minter, groups: Iterable[str] = ()) -> VoidCounts:
    """Count everything VoID states, reading the whole store (see :func:`dataset_counts`), and the
    landing page's totals of the class ``groups`` (see :attr:`VoidCounts.groups`).

    The audit log's position is read before and after: a write committed meanwhile leaves counts of no
    known state (``position`` None), so the next refresh counts again.

    :raises StoreError: the store failed.
    """
    before = last_write(store, minter.base)
    classes = class_counts(store, minter)
    props = property_counts(store, minter)
    dataset = dataset_counts(store, minter, props)
    ours = [c for c, _ in classes if minter.is_ours(str(c))]
    found = examples(store, minter, ours)
    anywhere = examples(store, minter, ours, prefix=minter.base)
    modified = dataset_modified(store)
    graphs, quads = graph_count(store), quad_total(store)
    totals = {group: count_group(store, group) for group in groups}
    after = last_write(store, minter.base)
    return VoidCounts(position=before if before == after else None, quads=quads, graphs=graphs,
                      classes={str(c): n for c, n in classes}, properties={str(p): n for p, n in props},
                      examples={str(c): str(iris[0]) for c, iris in found.items() if iris},
                      modified=str(modified) if modified is not None else None, groups=totals,
                      any_examples={str(c): str(iris[0]) for c, iris in anywhere.items() if iris}, **dataset)


def group_key(classes: Iterable[URIRef | str]) -> str:
    """The key of a group of classes in :attr:`VoidCounts.groups`: their IRIs, sorted, joined by spaces."""
    return " ".join(sorted({str(c) for c in classes}))


def count_group(store: Store, group: str) -> int:
    """Distinct instances of any of the classes of ``group`` (a :func:`group_key`), counted in the store."""
    values = " ".join(URIRef(c).n3() for c in group.split(" "))
    return _count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?s a ?c }}")


def add_groups(store: Store, minter: Minter, counts: VoidCounts, groups: Iterable[str]) -> VoidCounts:
    """``counts`` with the totals of the ``groups`` it does not hold yet counted (one query each), and the
    position checked unchanged (a write meanwhile: ``position`` None, so the next refresh counts again)."""
    missing = [g for g in groups if g not in counts.groups]
    if not missing:
        return counts
    more = replace(counts, groups={**counts.groups, **{g: count_group(store, g) for g in missing}})
    if last_write(store, minter.base) != counts.position:
        more.position = None
    return more


#: past this many quads changed since the counts (net), a write is counted whole again: the update
#: asks the store a few small questions per changed triple and term
MAX_UPDATE_QUADS = 200_000


def refresh_counts(store: Store, minter: Minter, previous: VoidCounts | None, *, kept: bool = False,
                   groups: Iterable[str] | None = None, same_size: "SizeCheck | None" = None) -> VoidCounts:
    """The counts for the store as it is now: ``previous`` updated from the audit records of the writes
    since (:func:`update_counts`), else everything counted again (:func:`count_all`).

    ``kept``: ``previous`` was read back from disk at start (counted by an earlier run). With no audit
    record since, they are taken as they are when the store still holds as many quads and graphs (the
    check the search index makes too; 25 s at a million releases against 9 min for counting). Counts of
    this run with no record since mean a write that left none (not one of the gate's): counted again.

    ``groups``: the class groups whose totals to hold (:attr:`VoidCounts.groups`; None: those ``previous``
    holds). ``same_size``: how to tell the store still holds as many quads and graphs (default: count them).

    :raises StoreError: the store failed.
    """
    wanted = list(groups) if groups is not None else list(previous.groups) if previous is not None else []
    if previous is not None and previous.position is not None:
        for _ in range(3):  # a write committed during an update: once more from the same counts
            try:
                updated = update_counts(store, minter, previous, kept=kept, same_size=same_size)
            except Retry:
                continue
            if updated is not None:
                return add_groups(store, minter, updated, wanted)
            break
    return count_all(store, minter, wanted)


class Retry(Exception):
    """A write was committed while figures were being updated from the audit records."""


#: tells whether the store holds (quads, graphs) quads and named graphs now
SizeCheck = Callable[[int, int], bool]


def store_has_size(store: Store, quads: int, graphs: int) -> bool:
    """Whether ``store`` holds ``quads`` quads and ``graphs`` named graphs (counted: 25 s at a million
    releases, the default :data:`SizeCheck`)."""
    return quad_total(store) == quads and graph_count(store) == graphs


@dataclass
class NetChange:
    """The net quads the writes since a position added and removed (:func:`net_change_since`)."""

    added: set[Quad]
    removed: set[Quad]
    #: the audit position after those writes (:func:`last_write`'s form)
    position: str
    #: audit records read
    records: int

    def confirm(self, store: Store, base: str) -> None:
        """Check no write came since the change was read (an update made from it mixes no two states).

        :raises Retry: one did.
        """
        if last_write(store, base) != self.position:
            raise Retry()


def net_change_since(store: Store, base: str, position: str | None, *, kept: bool, quads: int, graphs: int,
                     same_size: SizeCheck | None = None) -> NetChange | None:
    """The net change of the writes recorded since ``position`` (figures computed there, when the store
    held ``quads`` quads and ``graphs`` graphs), or None when it cannot be told: no position, a record
    without its quads, blank nodes, more than :data:`MAX_UPDATE_QUADS`, or no record since when the
    figures were not ``kept`` from an earlier run (this run's figures with no record since mean a write
    that left none) or the store's size says it changed.

    :raises Retry: a write was committed meanwhile.
    """
    if position is None:
        return None
    records = records_since(store, base, position)
    if records is None:
        return None
    if not records:  # read back at start: the same figures if the store's size says so
        check = same_size or (lambda q, g: store_has_size(store, q, g))
        if kept and check(quads, graphs):
            change = NetChange(set(), set(), position, 0)
            change.confirm(store, base)
            return change
        return None
    added, removed = _net_change(store, base, records)
    if added is None or removed is None or len(added) + len(removed) > MAX_UPDATE_QUADS:
        return None
    newest = records[-1].ended
    at_newest = {r.iri for r in records if r.ended == newest} | (set(position.split(" ")[1:]) if
                                                                  newest == position.split(" ")[0] else set())
    return NetChange(added, removed, " ".join([newest, *sorted(at_newest)]), len(records))  # last_write's form


def update_counts(store: Store, minter: Minter, previous: VoidCounts, *, kept: bool = False,
                  same_size: SizeCheck | None = None) -> VoidCounts | None:
    """``previous`` brought up to the store from the writes' audit records, exactly; None when that
    cannot be told (a write without an audit record or without its quads, blank nodes, too many quads).

    Each audit record holds the net quads its write added and removed (the gate's diff: an added quad
    was not there before, a removed one was). Composed in order they give the net change since
    ``previous`` was counted: ``added`` (there now, not then) and ``removed`` (there then, not now);
    the record's own quads are added too. Quad counts (each property's) move by those. A distinct
    count (triples, subjects, objects, entities, graphs, a class's instances) moves for each key the
    change touched (a triple, a term in a position, a graph, a resource and a class) by whether the key
    is in the store now minus whether it was then; now is one small query (at most ``k + 1`` rows,
    ``k`` the key's added quads), and then follows from it: the key was there if a removed quad had it
    or a quad holding it now is not one of the added ones. No set of distinct terms is held: at a
    million releases a write of one release asks about a hundred such questions.

    :raises Retry: a write was committed meanwhile (the counts would mix two states).
    :raises StoreError: the store failed.
    """
    change = net_change_since(store, minter.base, previous.position, kept=kept, quads=previous.quads,
                              graphs=previous.graphs, same_size=same_size)
    if change is None:
        return None
    if not change.records:
        return previous
    counts = replace(previous, classes=dict(previous.classes), properties=dict(previous.properties),
                     examples=dict(previous.examples), groups=dict(previous.groups),
                     any_examples=dict(previous.any_examples), updates=previous.updates + 1)
    _Update(store, minter, change.added, change.removed, counts).run()
    counts.position = change.position
    change.confirm(store, minter.base)
    return counts


@dataclass
class _Record:
    iri: str
    #: the record's end time (lexical)
    ended: str
    added: str | None
    removed: str | None


def _ended_order(ended: object) -> tuple[int, object]:
    """An audit record's end time as it sorts: its value (a timezone-aware datetime), else its text last."""
    value = ended.toPython() if isinstance(ended, Literal) else None
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return (0, value)
    return (1, str(ended))


def records_since(store: Store, base: str, position: str) -> list[_Record] | None:
    """The audit records written after ``position`` (a :func:`last_write`), oldest first; None when
    one of them holds no quads (a write over the record's limit)."""
    audit, ours = f"{base}graph/{AUDIT_GRAPH_KEY}", VOCAB
    time, *seen = position.split(" ")
    rows = store.select(
        f"SELECT ?w ?e ?a ?r WHERE {{ GRAPH <{audit}> {{ ?w <{PROV.endedAtTime}> ?e {ended_since(time)} "
        f"OPTIONAL {{ ?w <{ours}addedQuads> ?a }} OPTIONAL {{ ?w <{ours}removedQuads> ?r }} }} }}")
    after = sorted((r for r in rows if str(r["w"]) not in seen), key=lambda r: (_ended_order(r["e"]), str(r["w"])))
    records = [_Record(str(r["w"]), str(r["e"]), str(r["a"]) if "a" in r else None,
                       str(r["r"]) if "r" in r else None) for r in after]
    if any(rec.added is None or rec.removed is None for rec in records):
        return None
    return records


def _net_change(store: Store, base: str, records: list[_Record]) -> tuple[set[Quad] | None, set[Quad] | None]:
    """The net quads the ``records``' writes added and removed, their own audit quads among the added;
    (None, None) when a record's text cannot be read back exactly (blank nodes)."""
    net: dict[Quad, int] = {}

    def move(quads: Iterable[Quad], step: int) -> None:
        for q in quads:
            now = net.get(q, 0) + step
            if now:
                net[q] = now
            else:
                del net[q]

    audit = URIRef(f"{base}graph/{AUDIT_GRAPH_KEY}")
    for rec in records:
        try:
            add = rdfio.parse_nquads(rec.added.encode("utf-8")) if rec.added else []
            gone = rdfio.parse_nquads(rec.removed.encode("utf-8")) if rec.removed else []
        except SyntaxError:
            return None, None
        if any(isinstance(t, BNode) for q in (*add, *gone) for t in q):
            return None, None
        move(gone, -1)
        move(add, 1)
    move(_record_quads(store, audit, [URIRef(r.iri) for r in records]), 1)
    return {q for q, n in net.items() if n > 0}, {q for q, n in net.items() if n < 0}


def _record_quads(store: Store, audit: URIRef, records: list[URIRef]) -> list[Quad]:
    """The quads the audit records themselves added: each record's own, and its agent's when no earlier
    record names that agent (else they were there already)."""
    values = " ".join(r.n3() for r in records)
    own = store.select(f"SELECT ?w ?p ?o WHERE {{ GRAPH {audit.n3()} {{ VALUES ?w {{ {values} }} ?w ?p ?o }} }}")
    out: list[Quad] = [(r["w"], r["p"], r["o"], audit) for r in own]
    agents = {r["o"] for r in own if r["p"] == PROV.wasAssociatedWith}
    for agent in agents:
        earlier = store.select(f"SELECT ?w WHERE {{ GRAPH {audit.n3()} {{ ?w {PROV.wasAssociatedWith.n3()} "
                               f"{agent.n3()} FILTER(?w NOT IN ({', '.join(r.n3() for r in records)})) }} }} LIMIT 1")
        if not earlier:
            out += [(agent, r["p"], r["o"], audit) for r in store.select(
                f"SELECT ?p ?o WHERE {{ GRAPH {audit.n3()} {{ {agent.n3()} ?p ?o }} }}")]
    return out


class _Update:
    """One update of :class:`VoidCounts` from a net change (see :func:`update_counts`)."""

    def __init__(self, store: Store, minter: Minter, added: set[Quad], removed: set[Quad],
                 counts: VoidCounts) -> None:
        self.store, self.minter, self.counts = store, minter, counts
        self.added, self.removed = added, removed
        self.tomb = tombstone_graph(minter)
        self.not_tomb = f"FILTER(?g != {self.tomb.n3()})"

    def run(self) -> None:
        c, tomb, idspace = self.counts, self.tomb, self.minter.base + "id/"
        c.quads += len(self.added) - len(self.removed)
        for q in self.added:
            if q[3] != tomb:
                c.properties[str(q[1])] = c.properties.get(str(q[1]), 0) + 1
        for q in self.removed:
            if q[3] != tomb:
                left = c.properties.get(str(q[1]), 0) - 1
                if left > 0:
                    c.properties[str(q[1])] = left
                else:
                    c.properties.pop(str(q[1]), None)
        kept = [q for q in self.added if q[3] != tomb], [q for q in self.removed if q[3] != tomb]
        c.triples += self._moved(kept, lambda q: q[:3], "SELECT ?g WHERE {{ GRAPH ?g {{ {0} {1} {2} }} {nt} }}",
                                 lambda key, row: (*key, row["g"]))
        moved = self._changes(kept, lambda q: q[0], "SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ {0} ?p ?o }} {nt} }}",
                              lambda key, row: (key[0], row["p"], row["o"], row["g"]))
        for (s,), step in moved.items():
            c.distinctSubjects += step
            if str(s).startswith(idspace):
                c.entities += step
        c.distinctObjects += sum(self._changes(
            kept, lambda q: q[2], "SELECT ?s ?p ?g WHERE {{ GRAPH ?g {{ ?s ?p {0} }} {nt} }}",
            lambda key, row: (row["s"], row["p"], key[0], row["g"])).values())
        everything = list(self.added), list(self.removed)
        c.graphs += self._moved(everything, lambda q: q[3], "SELECT ?s ?p ?o WHERE {{ GRAPH {0} {{ ?s ?p ?o }} }}",
                                lambda key, row: (row["s"], row["p"], row["o"], key[0]))
        typed = ([q for q in self.added if q[1] == RDF.type and isinstance(q[2], URIRef)],
                 [q for q in self.removed if q[1] == RDF.type and isinstance(q[2], URIRef)])
        for (s, cls), step in self._changes(typed, lambda q: (q[0], q[2]),
                                            "SELECT ?g WHERE {{ GRAPH ?g {{ {0} " + RDF.type.n3() + " {1} }} }}",
                                            lambda key, row: (key[0], RDF.type, key[1], row["g"])).items():
            self._class_moved(str(s), str(cls), step)
        self._groups(typed)
        self._modified()

    def _groups(self, typed: tuple[list[Quad], list[Quad]]) -> None:
        """Each group's total moves per subject whose type in the group changed: by whether it is an
        instance of one of the group's classes now minus whether it was then (as :meth:`_changes`)."""
        c = self.counts
        for group in list(c.groups):
            members = set(group.split(" "))
            added = [q for q in typed[0] if str(q[2]) in members]
            removed = [q for q in typed[1] if str(q[2]) in members]
            if not added and not removed:
                continue
            values = " ".join(URIRef(m).n3() for m in sorted(members))
            count: dict[Node, int] = {}
            for q in added:
                count[q[0]] = count.get(q[0], 0) + 1
            was = {q[0] for q in removed}
            for q in removed:
                count.setdefault(q[0], 0)
            for s, k in count.items():
                rows = self.store.select(f"SELECT ?c ?g WHERE {{ VALUES ?c {{ {values} }} GRAPH ?g {{ {s.n3()} "
                                         f"{RDF.type.n3()} ?c }} }} LIMIT {k + 1}")
                now = bool(rows)
                then = s in was or any((s, RDF.type, row["c"], row["g"]) not in self.added for row in rows)
                if now != then:
                    c.groups[group] += 1 if now else -1

    def _moved(self, sides: tuple[list[Quad], list[Quad]], key_of, query: str, quad_of) -> int:
        return sum(self._changes(sides, key_of, query, quad_of).values())

    def _changes(self, sides: tuple[list[Quad], list[Quad]], key_of, query: str, quad_of) -> dict[tuple, int]:
        """For each key the change touched, +1 if it is in the store now and was not then, -1 for the
        reverse (keys that did not move are left out)."""
        added, removed = sides
        count: dict[tuple, int] = {}
        was: set[tuple] = set()
        for q in added:
            key = _key(key_of(q))
            count[key] = count.get(key, 0) + 1
        for q in removed:
            key = _key(key_of(q))
            was.add(key)
            count.setdefault(key, 0)
        out: dict[tuple, int] = {}
        for key, k in count.items():
            rows = self.store.select(query.format(*(t.n3() for t in key), nt=self.not_tomb) + f" LIMIT {k + 1}")
            now = bool(rows)
            then = key in was or any(quad_of(key, row) not in self.added for row in rows)
            if now != then:
                out[key] = 1 if now else -1
        return out

    def _class_moved(self, s: str, cls: str, step: int) -> None:
        c = self.counts
        n = c.classes.get(cls, 0) + step
        if n > 0:
            c.classes[cls] = n
        else:
            c.classes.pop(cls, None)
            c.examples.pop(cls, None)
            c.any_examples.pop(cls, None)
            return
        if not self.minter.is_ours(cls):
            return
        for kept, prefix in ((c.examples, self.minter.base + "id/"), (c.any_examples, self.minter.base)):
            if not s.startswith(prefix):
                continue
            if step > 0 and (cls not in kept or s < kept[cls]):
                kept[cls] = s
            elif step < 0 and kept.get(cls) == s:  # the example went: the least one left, asked for
                found = examples(self.store, self.minter, [URIRef(cls)], prefix=prefix).get(URIRef(cls))
                if found:
                    kept[cls] = str(found[0])
                else:
                    kept.pop(cls, None)

    def _modified(self) -> None:
        """The newest ``prov:generatedAtTime``: the newest added one if later; asked for again only when
        a removed one was not earlier than the newest known."""
        c = self.counts
        newest = _when(c.modified) if c.modified is not None else None
        for q in self.removed:
            if q[1] == PROV.generatedAtTime:
                when = _when(str(q[2]))
                if newest is None or when is None or when >= newest:
                    found = dataset_modified(self.store)
                    c.modified = str(found) if found is not None else None
                    return
        for q in self.added:
            if q[1] == PROV.generatedAtTime and isinstance(q[2], Literal) and q[2].datatype == XSD.dateTime:
                when = _when(str(q[2]))
                if when is None:
                    found = dataset_modified(self.store)
                    c.modified = str(found) if found is not None else None
                    return
                if newest is None or when > newest:
                    newest, c.modified = when, str(q[2])


def _key(value: object) -> tuple[Node, ...]:
    return value if isinstance(value, tuple) else (value,)


def _when(text: str) -> dt.datetime | None:
    """An xsd:dateTime's instant (None when it has no zone or does not parse: compared by query then)."""
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def dataset_counts(store: Store, minter: Minter,
                   properties: list[tuple[URIRef, int]] | None = None) -> dict[str, int]:
    """``triples`` (distinct, over all graphs but the tombstones'), ``distinctSubjects``,
    ``distinctObjects`` and ``entities`` (subjects under ``/id/``), each counted in Oxigraph by a
    pass of its own that holds one set of distinct terms at a time.

    One query over ``SELECT DISTINCT ?s ?p ?o`` of the whole store held every distinct triple in
    memory at once: at a million releases (35M quads) it was not done in 8 minutes and took the owner
    to 6 GiB. Now distinct triples are counted one property at a time (``properties``: the
    :func:`property_counts` already read, else read here), so the largest set is one property's
    (161 MiB at 100,000 releases where the one query took 983 MiB); distinct subjects (and, among them,
    those under ``/id/``) in one pass, distinct objects in another. The same numbers as the one query
    (``tests/test_void.py``).

    :raises StoreError: the store failed.
    """
    tomb = _not_tomb(minter)
    idspace = Literal(minter.base + "id/").n3()
    if properties is None:
        properties = property_counts(store, minter)
    triples = 0
    for prop, _ in properties:
        triples += _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ "
                                 f"GRAPH ?g {{ ?s {prop.n3()} ?o }} {tomb} }} }}")
    # STRSTARTS over the distinct subjects only (over every quad it took 20x as long)
    rows = store.select(f"SELECT (COUNT(*) AS ?n) (SUM(IF(STRSTARTS(STR(?s), {idspace}), 1, 0)) AS ?e) WHERE {{ "
                        f"SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {tomb} }} }}")
    row = rows[0] if rows else {}
    objects = _count(store, f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {tomb} }}")
    return {"triples": triples, "entities": int(str(row["e"])) if "e" in row else 0,
            "distinctSubjects": int(str(row["n"])) if "n" in row else 0, "distinctObjects": objects}


def graph_count(store: Store) -> int:
    """How many named graphs the store holds.

    An embedded store counts them in Oxigraph (0.6 s at a million graphs); listing them as rdflib terms
    took 8-10 s of Python holding the GIL, in the process that answers requests beside the rebuild.
    """
    native = native_of(store)
    if native is not None:
        for row in native.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { } }"):
            return int(row["n"].value)
    return len(store.named_graphs())


def quad_total(store: Store) -> int:
    """How many quads the store holds, counted without holding the GIL where the store allows it.

    pyoxigraph's ``len(Store)`` holds the GIL while it counts: 5-16 s at 35 million quads, during which
    no other thread of the process (requests, writes) ran. A SPARQL count runs in Oxigraph with the GIL
    let go (slower, but it holds up only its caller: a whole-store rebuild in the background).
    """
    native = native_of(store)
    if native is not None:
        query = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }"
        for row in native.query(query):
            return int(row["n"].value)
    return store.quad_count()


def dataset_modified(store: Store) -> Literal | None:
    """The newest ``prov:generatedAtTime`` in the store (None when nothing says)."""
    rows = store.select("SELECT (MAX(?t) AS ?n) WHERE { ?g <http://www.w3.org/ns/prov#generatedAtTime> ?t }")
    value = rows[0].get("n") if rows else None
    return value if isinstance(value, Literal) and value.datatype == XSD.dateTime else None


__all__ = ["void_graph", "VoidCounts", "count_all", "refresh_counts", "update_counts", "records_since",
           "NetChange", "net_change_since", "Retry", "SizeCheck", "store_has_size", "group_key", "count_group",
           "add_groups",
           "dataset_counts", "class_counts", "property_counts", "examples", "dataset_modified",
           "graph_count", "quad_total"]
