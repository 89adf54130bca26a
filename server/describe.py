"""What the server says about one IRI, built from the store with a few SPARQL queries.

No Flask here: :func:`describe` takes a store and returns a :class:`Description` (an
rdflib graph plus what the HTML page needs). The same graph is serialized into every
RDF format, so all formats say the same thing.

A description holds:

* the IRI's own triples (and those of blank nodes it points to, one level),
* the labels and types of the resources it links to,
* its incoming links, one page at a time (:data:`INCOMING_PAGE` per page), with the
  number of links per property and ``hydra:next``/``hydra:previous`` between pages,
* about the document itself: ``foaf:primaryTopic``, license, the named graphs the
  facts come from (``prov:wasDerivedFrom``) and their PROV-O provenance.

Deleted IRIs are remembered in the named graph ``{base}graph/tombstones`` as
``<iri> prov:invalidatedAtTime "..."^^xsd:dateTime``; see :func:`record_deleted`.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
import time
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, overload

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from osce_kg.loader.iri import Minter
from osce_kg.loader.store import rdfio
from osce_kg.loader.store.base import Change, Quad, Store
from osce_kg.loader.store.terms import TermCache, native_quads, native_rows
from osce_kg.loader.tombstones import TOMBSTONES_KEY, Tombstones

SCHEMA = Namespace("https://schema.org/")
SCHEMA_HTTP = Namespace("http://schema.org/")
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
VOID = Namespace("http://rdfs.org/ns/void#")
ORG = Namespace("http://www.w3.org/ns/org#")
SH = Namespace("http://www.w3.org/ns/shacl#")

#: properties that name a resource, best first
LABEL_PROPERTIES: tuple[URIRef, ...] = (
    SKOS.prefLabel, RDFS.label, SCHEMA.name, SCHEMA_HTTP.name, FOAF.name, DCTERMS.title,
    SCHEMA.headline, SH.name,
)
#: what :func:`labels_and_types` reads of a linked resource
TYPE_AND_LABELS = frozenset((RDF.type, *LABEL_PROPERTIES))
#: properties that date a resource (for sorting lists newest first)
DATE_PROPERTIES: tuple[URIRef, ...] = (
    DCTERMS.date, DCTERMS.issued, SCHEMA.datePublished, SCHEMA.startDate, SCHEMA.foundingDate,
    DCTERMS.created,
)
#: properties of a graph's provenance that say when it was written
TIME_PROPERTIES: tuple[URIRef, ...] = (
    PROV.generatedAtTime, DCTERMS.modified, PROV.endedAtTime, DCTERMS.created, PROV.invalidatedAtTime,
)
#: incoming links per page
INCOMING_PAGE = 100
#: incoming links up to this many are ordered for paging (beyond, the store's order is used)
SORT_LIMIT = 50_000
#: at most this many own triples are shown (a class-like hub could have many)
MAX_OWN = 5000


def tombstone_graph(minter: Minter) -> URIRef:
    """The named graph that remembers deleted IRIs."""
    return minter.graph(TOMBSTONES_KEY)


def document_url(minter: Minter, iri: URIRef) -> URIRef:
    """The URL of the document describing ``iri`` (``/id/`` -> ``/doc/``; other IRIs: the IRI without fragment)."""
    doc = minter.document_of(str(iri))
    return URIRef(doc if doc else str(iri).split("#", 1)[0])


@dataclass
class Provenance:
    """Where a set of facts came from: one named graph and what it says about itself."""

    graph: URIRef
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)
    loaded: dt.datetime | None = None


@dataclass
class Description:
    """Everything said about one IRI (one page of its incoming links)."""

    iri: URIRef
    document: URIRef
    #: every triple the description holds, each once, in the order they were found
    triples: dict[tuple[Node, Node, Node], None] = field(default_factory=dict)
    own: list[tuple[URIRef, Node]] = field(default_factory=list)
    incoming: list[tuple[Node, URIRef]] = field(default_factory=list)   # (subject, property)
    incoming_counts: dict[URIRef, int] = field(default_factory=dict)
    page: int = 1
    pages: int = 1
    provenance: list[Provenance] = field(default_factory=list)
    deleted_at: dt.datetime | None = None
    links: "IncomingLinks | None" = None
    #: whether the IRI may have been merged into another (``owl:sameAs`` in the identity graph, or nothing
    #: known of it): only then do the routes ask :func:`merged_into`
    merge_candidate: bool = True

    @functools.cached_property
    def graph(self) -> Graph:
        """The triples as an rdflib graph, made when first asked for (RDF/XML's and JSON-LD's writers and
        rdflib's callers want one; Turtle, N-Triples and the HTML page read :attr:`triples` directly).

        SimpleMemory: rdflib's default store keeps the graph in its own indexes (a reference cycle), so a
        description's few hundred objects were freed only by the cyclic GC's full collections (see heap.py).
        """
        g = Graph(store="SimpleMemory", bind_namespaces="none")
        for t in self.triples:
            g.add(t)
        return g

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self.triples[triple] = None

    @property
    def exists(self) -> bool:
        """Known here: it has triples of its own, or is linked to and was never deleted."""
        return bool(self.own) or (bool(self.incoming_counts) and self.deleted_at is None)

    @property
    def incoming_total(self) -> int:
        return sum(self.incoming_counts.values())

    @property
    def last_modified(self) -> dt.datetime | None:
        times = [p.loaded for p in self.provenance if p.loaded]
        return max(times) if times else None

    @functools.cached_property
    def fingerprint(self) -> str:
        """A content hash of the description graph (an ETag base): changes when any fact does.

        Computed once: a description is not changed after it is made (a write makes a new one).
        """
        # each triple as one string (see _term_key), sorted: unambiguous and several times faster than writing
        # every term's N3 (rdflib checks each IRI again on the way) or repr'ing tuples of them
        rows = sorted(f"{_term_key(s)}\x00{p}\x00{_term_key(o)}" for s, p, o in self.triples)
        digest = hashlib.sha256("\x01".join(rows).encode("utf-8", "surrogatepass"))
        digest.update(f"\npage={self.page}".encode())
        return digest.hexdigest()[:20]


def _term_key(term: Node) -> str:
    """A term as one string no other term gives: a literal's text after its length (it may hold anything), then
    its language and datatype, which hold no NUL (a language tag, an IRI); IRIs and blank nodes hold no NUL."""
    if isinstance(term, Literal):
        return f"L{len(term)}:{term}{term.language or ''}\x00{term.datatype or ''}"
    return f"{'B' if isinstance(term, BNode) else 'I'}{term}"


def _values(terms: Iterable[Node]) -> str:
    return " ".join(t.n3() for t in terms)


def _as_datetime(value: Node) -> dt.datetime | None:
    if not isinstance(value, Literal):
        return None
    py = value.toPython()
    if isinstance(py, dt.datetime):
        return py if py.tzinfo else py.replace(tzinfo=dt.timezone.utc)
    if isinstance(py, dt.date):
        return dt.datetime(py.year, py.month, py.day, tzinfo=dt.timezone.utc)
    return None


#: the one term cache of this process (descriptions, label lookups)
TERMS = TermCache()


def _pattern(store: Store, s: Node | None, p: Node | None, o: Node | None) -> Iterator[Quad]:
    """``store.quads_for_pattern(s, p, o)`` over the named graphs, the same quads in the same order, read from
    an embedded store's own handle with :data:`TERMS` (``terms.native_quads``); another store answers
    through its own method."""
    native = native_of(store)
    if native is None or isinstance(s, Literal) or isinstance(p, (Literal, BNode)):
        return store.quads_for_pattern(s, p, o, None)
    return native_quads(native, TERMS, s, p, o)


def own_triples(store: Store, iri: URIRef, skip_graphs: set[URIRef]) -> tuple[list[tuple[URIRef, Node]], set[URIRef]]:
    """The IRI's own (property, value) pairs, deduplicated, and the named graphs holding them."""
    pairs, graphs, _ = _own_quads(store, iri, skip_graphs)
    return pairs, graphs


def _own_quads(store: Store, iri: URIRef, skip_graphs: set[URIRef],
               identity: URIRef | None = None) -> tuple[list[tuple[URIRef, Node]], set[URIRef], bool]:
    """:func:`own_triples`, read as the store's quads with ``iri`` as subject (one index scan: a SPARQL
    query for the same took three times the CPU at a million releases, most of it planning and
    evaluating), plus whether one of them is an ``owl:sameAs`` in the graph ``identity`` (a merge).
    At most :data:`MAX_OWN` quads are read."""
    pairs: dict[tuple[URIRef, Node], None] = {}
    graphs: set[URIRef] = set()
    same_as = False
    for n, (_, p, o, g) in enumerate(_pattern(store, iri, None, None)):
        if n >= MAX_OWN:
            same_as = True  # not all read: it may be there
            break
        if not isinstance(g, URIRef) or not isinstance(p, URIRef) or g in skip_graphs:
            continue
        if g == identity and p == OWL.sameAs:
            same_as = True
        pairs[(p, o)] = None
        graphs.add(g)
    return sorted(pairs, key=lambda po: (str(po[0]), str(po[1]))), graphs, same_as


def blank_closure(store: Store, iri: URIRef) -> list[tuple[Node, Node, Node]]:
    """Triples of the blank nodes the IRI points to (one level)."""
    rows = store.select(f"SELECT ?b ?p ?o WHERE {{ {iri.n3()} ?x ?b . FILTER(isBlank(?b)) ?b ?p ?o }}")
    return [(r["b"], r["p"], r["o"]) for r in rows]


def labels_and_types(store: Store, iris: Iterable[URIRef]) -> list[tuple[Node, Node, Node]]:
    """``rdf:type`` and label triples of ``iris`` (one query per 500 IRIs).

    ``DISTINCT``: the default graph is the union of the named graphs, and Oxigraph gives a triple once
    per graph holding it. A State or a person named in 10,000 releases has its type and name in each of
    their graphs: without it, one release's linked resources came back as 9,471 rows for 23 triples at
    a million releases (113 ms of row conversion).
    """
    iris = sorted(set(iris))
    if not iris:
        return []
    native = native_of(store)
    out: list[tuple[Node, Node, Node]] = []
    for start in range(0, len(iris), 500):  # keep VALUES blocks a sane size
        chunk = iris[start:start + 500]
        if native is not None:
            out.extend(native_rows(native, TERMS, _labels_query(chunk)))  # type: ignore[arg-type]
            continue
        # FILTER IN, not a second VALUES block: oxigraph joined two VALUES blocks 20x slower
        rows = store.select(f"SELECT DISTINCT ?x ?p ?v WHERE {{ VALUES ?x {{ {_values(chunk)} }} "
                            f"?x ?p ?v FILTER(?p IN ({_TYPE_AND_LABELS_LIST})) }}")
        out.extend((r["x"], r["p"], r["v"]) for r in rows)
    return out


_TYPE_AND_LABELS_LIST = ", ".join(t.n3() for t in (RDF.type, *LABEL_PROPERTIES))
#: one branch a property: Oxigraph reads only that property's quads of each IRI (``?x ?p ?v FILTER(?p IN ...)``
#: read every quad of it, a person's other facts in each of their releases' graphs too: 2-2.5x the CPU)
_TYPE_AND_LABELS_UNION = " UNION ".join(f"{{ ?x {t.n3()} ?v BIND({t.n3()} AS ?p) }}"
                                       for t in (RDF.type, *LABEL_PROPERTIES))


def _labels_query(iris: list[URIRef]) -> str:
    """The type and label triples of ``iris`` on an embedded store, each once (``DISTINCT``, see above)."""
    return f"SELECT DISTINCT ?x ?p ?v WHERE {{ VALUES ?x {{ {_values(iris)} }} {{ {_TYPE_AND_LABELS_UNION} }} }}"


class LabelCache:
    """The type and label triples of linked resources, per IRI, kept until the next write.

    Descriptions link to the same few thousand hubs again and again (States, fields of work, field
    operations, persons, cities): at a million releases their triples sit in tens of thousands of
    graphs each, so even a ``DISTINCT`` lookup walks every copy (10-20 ms a release). Kept here, a
    description asks the store only about the IRIs it has not seen since the last write.
    :meth:`clear` (an ``after_write`` hook) empties it; a lookup begun before a write is not kept after it.

    At most ``size`` IRIs are kept, the least recently used dropped (``OSCE_KG_LABEL_CACHE_IRIS``, default
    50,000; 0 keeps none).
    """

    def __init__(self, size: int = 50_000) -> None:
        self.size = max(0, size)
        self._lock = threading.Lock()
        self._triples: OrderedDict[URIRef, list[tuple[Node, Node, Node]]] = OrderedDict()
        self._generation = 0

    def clear(self) -> None:
        with self._lock:
            self._generation += 1
            self._triples.clear()

    def __call__(self, store: Store, iris: Iterable[URIRef]) -> list[tuple[Node, Node, Node]]:
        """:func:`labels_and_types` of ``iris``, from what is kept where it can."""
        out: list[tuple[Node, Node, Node]] = []
        missing: list[URIRef] = []
        with self._lock:
            generation = self._generation
            for iri in set(iris):
                kept = self._triples.get(iri)
                if kept is None:
                    missing.append(iri)
                else:
                    self._triples.move_to_end(iri)
                    out.extend(kept)
        if not missing:
            return out
        found: dict[URIRef, list[tuple[Node, Node, Node]]] = {iri: [] for iri in missing}
        for t in labels_and_types(store, missing):
            found[t[0]].append(t)  # type: ignore[index]
        with self._lock:
            if generation == self._generation and self.size:
                self._triples.update(found)
                while len(self._triples) > self.size:
                    self._triples.popitem(last=False)
        for triples in found.values():
            out.extend(triples)
        return out


def incoming_counts(store: Store, iri: URIRef) -> dict[URIRef, int]:
    """How many distinct resources link to ``iri``, per property."""
    rows = store.select(f"SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p {iri.n3()} }} GROUP BY ?p")
    return {p: int(str(r["n"])) for r in rows if isinstance(p := r.get("p"), URIRef)}


@dataclass
class IncomingLinks:
    """Who links to an IRI: counts per property, and the (subject, property) pairs in page order.

    ``ordered`` is None when there are more than :data:`SORT_LIMIT` links; pages then
    follow the store's own (stable, unspecified) order.
    """

    counts: dict[URIRef, int]
    ordered: list[tuple[Node, URIRef]] | None


def incoming_links(store: Store, iri: URIRef) -> IncomingLinks:
    """Fetch the links to ``iri`` once and order them by property then subject.

    Read as the store's quads with ``iri`` as object (an index scan, no query to plan), at most
    :data:`SORT_LIMIT` + 1 distinct links. Sorting here rather than with ORDER BY: oxigraph took
    seconds to ORDER BY 20k rows that it returns unordered in milliseconds.
    """
    found: dict[tuple[Node, URIRef], None] = {}
    for s, p, _, _ in _pattern(store, None, None, iri):
        if isinstance(p, URIRef):
            found[(s, p)] = None
            if len(found) > SORT_LIMIT:
                return IncomingLinks(incoming_counts(store, iri), None)
    ordered = sorted(found, key=lambda sp: (str(sp[1]), str(sp[0])))
    counts: dict[URIRef, int] = {}
    for _, p in ordered:
        counts[p] = counts.get(p, 0) + 1
    return IncomingLinks(counts, ordered)


def incoming_page(store: Store, iri: URIRef, links: IncomingLinks, page: int,
                  size: int = INCOMING_PAGE) -> list[tuple[Node, URIRef]]:
    """One page of (subject, property) links to ``iri``."""
    start = (page - 1) * size
    if links.ordered is not None:
        return links.ordered[start:start + size]
    rows = store.select(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {iri.n3()} }} LIMIT {size} OFFSET {start}")
    return [(r["s"], p) for r in rows if isinstance(p := r.get("p"), URIRef)]


def provenance_of(store: Store, graphs: Iterable[URIRef],
                  read: dict[Node, list[tuple[Node, Node, Node]]] | None = None) -> list[Provenance]:
    """What each named graph says about itself, plus one hop to the resources it names (not through
    ``rdf:type``).

    Read as the store's quads, subject by subject (the graph, then each resource of the hop): three
    index scans for a release, where the SPARQL query with an OPTIONAL took twice the CPU.

    ``read``, when given, gets every resource of that hop with all its triples (over every graph, as
    the hop reads them): a description takes their types and labels from there rather than asking the
    store again (a release's source document: one query and one cold read fewer a description).
    """
    out: list[Provenance] = []
    for graph in sorted(set(graphs)):
        prov = Provenance(graph)
        triples: dict[tuple[Node, Node, Node], None] = {}
        hop: dict[Node, None] = {}
        for _, p, o, _ in _pattern(store, graph, None, None):
            triples[(graph, p, o)] = None
            if p != RDF.type and not isinstance(o, Literal):
                hop[o] = None
        for node in hop:
            found = {(node, p2, o2): None for _, p2, o2, _ in _pattern(store, node, None, None)}
            triples.update(found)
            if read is not None:
                read.setdefault(node, []).extend(found)
        prov.triples = sorted(triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
        times = [t for s, p, o in prov.triples if p in TIME_PROPERTIES and (t := _as_datetime(o)) is not None]
        prov.loaded = max(times) if times else None
        out.append(prov)
    return out


def deleted_at(store: Store, minter: Minter, iri: URIRef) -> dt.datetime | None:
    """When ``iri`` was recorded as deleted (None if it never was)."""
    rows = store.select(f"SELECT ?t WHERE {{ GRAPH {tombstone_graph(minter).n3()} "
                        f"{{ {iri.n3()} {PROV.invalidatedAtTime.n3()} ?t }} }}")
    times = [t for t in (_as_datetime(r["t"]) for r in rows) if t]
    return max(times) if times else None


#: what a description asks for the types and labels of the IRIs it links to
LabelLookup = Callable[[Store, Iterable[URIRef]], list[tuple[Node, Node, Node]]]


def describe(store: Store, minter: Minter, iri: URIRef, *, page: int = 1,
             license: str | None = None, links: IncomingLinks | None = None,
             labels: LabelLookup = labels_and_types) -> Description:
    """Describe ``iri``: the graph every RDF format serializes, and what the HTML page shows.

    ``page`` (1-based) picks the page of incoming links; ``links`` are the incoming links
    if the caller already has them (see :func:`incoming_links`); ``labels`` reads the types and labels
    of the linked IRIs (a :class:`LabelCache` keeps them across descriptions). Never raises for an unknown IRI:
    the result's :attr:`Description.exists` is False and :attr:`Description.deleted_at` says
    whether it was deleted.

    :raises StoreError: the store failed.
    """
    from osce_kg.loader.identity import identity_graph  # the loader's module; imported when first described

    tomb = tombstone_graph(minter)
    own, graphs, same_as = _own_quads(store, iri, {tomb}, identity_graph(minter))
    links = links or incoming_links(store, iri)
    counts = links.counts
    total = sum(counts.values())
    pages = max(1, -(-total // INCOMING_PAGE))
    incoming = incoming_page(store, iri, links, page) if counts and page <= pages else []
    doc = document_url(minter, iri)
    desc = Description(iri=iri, document=doc, own=own, incoming=incoming, incoming_counts=counts, page=page,
                       pages=pages, links=links, merge_candidate=same_as or not (own or counts))
    if not own:
        desc.deleted_at = deleted_at(store, minter, iri)
    if not desc.exists:
        return desc
    add = desc.add
    for p, o in own:
        add((iri, p, o))
    if len(own) >= MAX_OWN or any(isinstance(o, BNode) for _, o in own):  # else no blank node to close over
        for t in blank_closure(store, iri):
            add(t)
    for s, p in incoming:
        add((s, p, iri))
    read: dict[Node, list[tuple[Node, Node, Node]]] = {}
    desc.provenance = provenance_of(store, graphs, read)
    linked = {o for _, o in own if isinstance(o, URIRef)} | {s for s, _ in incoming if isinstance(s, URIRef)}
    linked.discard(iri)
    # the types and labels of resources the provenance read whole (a release's source document) come from
    # there: the same triples labels_and_types would find, without a query of their own
    for x in linked & read.keys():
        for t in read[x]:
            if t[1] in TYPE_AND_LABELS:
                add(t)
    for t in labels(store, linked - read.keys()):
        add(t)
    _document_triples(desc, license)
    return desc


def merged_into(store: Store, minter: Minter, iri: URIRef) -> URIRef | None:
    """The IRI a maintainer merged ``iri`` into (``osce-kg dedupe --merge``: ``iri owl:sameAs kept``
    in the identity graph), or the person an unknown person IRI minted from a name's slug before
    identity resolution now is (``person/raphael-f-perl``); else None. The routes answer such an
    IRI with a redirect to the kept one."""
    from osce_kg.loader.identity import merged_into as lookup, renamed_person

    kept = lookup(store, minter, iri)
    if kept is None and not store.has_quad(iri, None, None, None) and not store.has_quad(None, None, iri, None):
        kept = renamed_person(store, minter, iri)
    return kept


def page_url(document: URIRef, page: int) -> URIRef:
    return document if page == 1 else URIRef(f"{document}?page={page}")


def _document_triples(desc: Description, license: str | None) -> None:
    """Say what the document is: its topic, license, where its facts come from, its pages."""
    add, doc = desc.add, page_url(desc.document, desc.page)
    if desc.document != desc.iri:  # a named graph IRI is its own document
        add((doc, RDF.type, FOAF.Document))
        add((doc, FOAF.primaryTopic, desc.iri))
    if license:
        add((doc, DCTERMS.license, URIRef(license)))
    if desc.incoming_counts:
        add((doc, HYDRA.totalItems, Literal(desc.incoming_total)))
    if desc.page > 1:
        add((doc, HYDRA.previous, page_url(desc.document, desc.page - 1)))
    if desc.page < desc.pages:
        add((doc, HYDRA.next, page_url(desc.document, desc.page + 1)))
    if desc.page > 1 or desc.pages > 1:
        add((doc, HYDRA.first, desc.document))
        add((doc, HYDRA.last, page_url(desc.document, desc.pages)))
    for prov in desc.provenance:
        add((doc, PROV.wasDerivedFrom, prov.graph))
        for t in prov.triples:
            add(t)
    if desc.last_modified:
        add((doc, DCTERMS.modified, Literal(desc.last_modified.replace(microsecond=0), datatype=XSD.dateTime)))


# -- class listings ----------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    """One instance of a class, as a listing shows it.

    ``when`` is its newest date as (lexical form, datatype IRI or ""): a listing holds a million
    members at a million releases, and making an rdflib ``Literal`` of each date (parsed to a Python
    date) took about 30 s of Python holding the GIL; :attr:`date` makes one for the members shown.
    """

    iri: URIRef
    label: str | None
    when: tuple[str, str] | None = None

    @property
    def date(self) -> Literal | None:
        kept = self.__dict__.get("date")  # a member pickled by an earlier version (figures kept on disk)
        if kept is not None or self.when is None:
            return kept
        text, datatype = self.when
        return Literal(text, datatype=URIRef(datatype) if datatype else None)


class _Strings:
    """A column of strings (or None) packed as UTF-8 in one buffer, with their end offsets."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("Q")
        self._none = bytearray()

    def add(self, value: str | None) -> None:
        if value is not None:
            self._data += value.encode("utf-8", "surrogatepass")
        self._none.append(value is None)
        self._ends.append(len(self._data))

    def __getitem__(self, i: int) -> str | None:
        if self._none[i]:
            return None
        return self._data[self._ends[i - 1] if i else 0:self._ends[i]].decode("utf-8", "surrogatepass")


class Listing(Sequence[Member]):
    """A class listing's members in their order, packed: IRIs, labels and dates as columns of UTF-8 text,
    a :class:`Member` made only for the members asked for (a page).

    At a million releases the listing of press releases held a million :class:`Member` objects, about
    540 bytes each (the object, its IRI, label, date and their strings): 0.5 GiB of the owner's memory
    until the next write. Packed, about the length of the text (200-250 bytes a release).
    """

    def __init__(self, members: Iterable[tuple[str, str | None, tuple[str, str] | None]]) -> None:
        self._iris, self._labels, self._dates = _Strings(), _Strings(), _Strings()
        self._types = array("H")
        datatypes: dict[str, int] = {}
        for iri, label, when in members:
            self._iris.add(iri)
            self._labels.add(label)
            self._dates.add(when[0] if when is not None else None)
            self._types.append(datatypes.setdefault(when[1], len(datatypes)) if when is not None else 0)
        self._datatypes = list(datatypes)

    def __len__(self) -> int:
        return len(self._types)

    @overload
    def __getitem__(self, i: int) -> Member: ...

    @overload
    def __getitem__(self, i: slice) -> list[Member]: ...

    def __getitem__(self, i: int | slice) -> Member | list[Member]:
        if isinstance(i, slice):
            return [self._member(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._member(i)

    def _member(self, i: int) -> Member:
        date = self._dates[i]
        return Member(URIRef(self._iris[i]), self._labels[i],  # type: ignore[arg-type]
                      (date, self._datatypes[self._types[i]]) if date is not None else None)


#: rows read between two moments a listing's build lets other threads take the GIL
YIELD_ROWS = 20_000


def native_of(store: Store) -> Any:
    """The embedded store's own handle (``EmbeddedStore.native``, a property), or None for another store.

    It used to be a method, and this module and :mod:`.void` still called it: once it became a property
    their ``callable`` test was false, so the whole-store builds always took their slow paths (a million
    rdflib rows, ``len(Store)`` and a million named graphs listed, all holding the GIL)."""
    native = getattr(store, "native", None)
    if callable(native):
        native = native()
    return native if hasattr(native, "query") else None


def _plain_rows(store: Store, query: str) -> Iterator[tuple]:
    """The rows of a SELECT as plain values: IRIs and blank nodes as strings, literals as
    (text, language or None, datatype IRI or ""); unbound as None.

    An embedded store's rows are read from Oxigraph's own terms (``Store.native``): no rdflib term is
    made for each of a million rows. Every :data:`YIELD_ROWS` rows the thread sleeps for no time, so
    that a request waiting for the GIL gets it (a whole-store build runs beside requests).
    """
    native = native_of(store)
    if native is not None:
        result = native.query(query, use_default_graph_as_union=True)
        width = len(result.variables)
        for n, solution in enumerate(result):
            yield tuple(rdfio.plain_term(solution[i]) for i in range(width))
            if n % YIELD_ROWS == YIELD_ROWS - 1:
                time.sleep(0)
        return
    rows = store.select(query)
    for n, row in enumerate(rows):
        yield tuple(_plain_rdflib(v) for v in row.values())
        if n % YIELD_ROWS == YIELD_ROWS - 1:
            time.sleep(0)


def _plain_rdflib(term: Node) -> object:
    if isinstance(term, Literal):
        return (str(term), term.language, "" if term.language or term.datatype is None else str(term.datatype))
    return str(term)


def class_members(store: Store, cls: URIRef, where: tuple[URIRef, URIRef] | None = None,
                  subclasses: Iterable[URIRef] = ()) -> Listing:
    """Every instance of ``cls`` or of one of ``subclasses``, as :func:`class_member_rows`, packed."""
    return Listing(class_member_rows(store, cls, where, subclasses))


def class_member_rows(store: Store, cls: URIRef, where: tuple[URIRef, URIRef] | None = None,
                      subclasses: Iterable[URIRef] = ()) -> list[tuple[str, str | None, tuple[str, str] | None]]:
    """Every instance of ``cls`` or of one of ``subclasses`` (only those with ``where`` =
    (property, value), if given), newest first, then by label.

    The subclasses come from the ontology (the caller closes ``rdfs:subClassOf``), so
    "all field operations" lists the missions, centres and offices too. Two flat queries
    and a sort here: the same listing with OPTIONAL property paths and ORDER BY took
    oxigraph seconds at 20k instances. Rows are read as plain strings (:func:`_plain_rows`):
    at a million releases this build runs beside requests in the same process.

    :raises StoreError: the store failed.
    """
    classes = [cls, *(c for c in subclasses if c != cls)]
    pattern = f"?s a {cls.n3()} ." if len(classes) == 1 else f"VALUES ?c {{ {_values(classes)} }} ?s a ?c ."
    if where:
        pattern += f" ?s {where[0].n3()} {where[1].n3()} ."
    members = {row[0] for row in _plain_rows(store, f"SELECT DISTINCT ?s WHERE {{ {pattern} }}")}
    wanted = ", ".join(p.n3() for p in (*LABEL_PROPERTIES, *DATE_PROPERTIES))
    rank: dict[str, int] = {str(p): i for i, p in enumerate(LABEL_PROPERTIES)}
    labels: dict[str, tuple[int, bool, str]] = {}
    dates: dict[str, tuple[str, str]] = {}
    for s, p, value in _plain_rows(store, f"SELECT ?s ?p ?v WHERE {{ {pattern} ?s ?p ?v FILTER(?p IN ({wanted})) }}"):
        if not isinstance(value, tuple):  # not a literal
            continue
        text, language, datatype = value
        if p in rank:  # the best label: by property, then English or untagged first
            best = (rank[p], language not in (None, "en"), text)
            if s not in labels or best < labels[s]:
                labels[s] = best
        elif s not in dates or (text, datatype) > dates[s]:  # the same text twice: the datatype decides
            dates[s] = (text, datatype)
    out = [(s, labels[s][2] if s in labels else None, dates.get(s)) for s in members]
    del members, labels, dates
    # newest first; undated after dated; then by label, then IRI
    out.sort(key=lambda m: ((m[1] or "").lower(), m[0]))
    out.sort(key=lambda m: m[2][0] if m[2] is not None else "", reverse=True)
    return out


def collection_graph(collection: URIRef, view: URIRef, cls: URIRef, members: list[Member], *, total: int,
                     pages: dict[str, URIRef], where: tuple[URIRef, URIRef] | None = None) -> Graph:
    """A class listing as a ``hydra:Collection``: one page of members with their labels.

    ``collection`` is the listing's first page, ``view`` the page shown; ``pages`` maps
    ``first``/``previous``/``next``/``last`` to page IRIs. No blank nodes: the
    ``hydra:manages`` blocks are ``{collection}#manages`` (the class) and ``#filter``.
    """
    g = Graph()
    g.add((collection, RDF.type, HYDRA.Collection))
    g.add((collection, HYDRA.totalItems, Literal(total)))
    manages = URIRef(f"{collection}#manages")
    g.add((collection, HYDRA.manages, manages))
    g.add((manages, HYDRA.property, RDF.type))
    g.add((manages, HYDRA.object, cls))
    if where:  # a filtered listing: a second manages block says what every member also has
        filtered = URIRef(f"{collection}#filter")
        g.add((collection, HYDRA.manages, filtered))
        g.add((filtered, HYDRA.property, where[0]))
        g.add((filtered, HYDRA.object, where[1]))
    for m in members:
        g.add((collection, HYDRA.member, m.iri))
        if m.label:
            g.add((m.iri, RDFS.label, Literal(m.label)))
    if view != collection or pages:
        g.add((collection, HYDRA.view, view))
        g.add((view, RDF.type, HYDRA.PartialCollectionView))
        for rel, iri in pages.items():
            g.add((view, HYDRA[rel], iri))
    return g


# -- deleted IRIs ------------------------------------------------------------------

def tombstone_quads(minter: Minter, iris: Iterable[URIRef], when: dt.datetime) -> list[Quad]:
    """Quads recording ``iris`` as deleted at ``when``, to add to a :class:`Change`."""
    return Tombstones.of(minter).quads((URIRef(i) for i in iris), when)


def vanished(store: Store, minter: Minter, candidates: Iterable[URIRef]) -> set[URIRef]:
    """Which of ``candidates`` (IRIs under ``/id/``) no longer have a triple as subject."""
    ours = sorted({URIRef(c) for c in candidates if str(c).startswith(minter.base + "id/")})
    if not ours:
        return set()
    tomb = tombstone_graph(minter)
    rows = store.select(f"SELECT DISTINCT ?x WHERE {{ VALUES ?x {{ {_values(ours)} }} "
                        f"GRAPH ?g {{ ?x ?p ?o }} FILTER(?g != {tomb.n3()}) }}")
    return set(ours) - {x for r in rows if isinstance(x := r.get("x"), URIRef)}


def record_deleted(services: object, iris: Iterable[URIRef], *, when: dt.datetime | None = None) -> set[URIRef]:
    """Remember which of ``iris`` are gone, so their documents answer 410 Gone.

    Writes through the gate, audited, as the server's own change. The gate already records the
    resources each of its commits deletes, in the same transaction (:mod:`osce_kg.loader.tombstones`):
    this is for deletions it did not see. Call with the subjects removed; only those
    under ``{base}id/`` that now have no triple left are recorded (the others are
    ignored, so passing too many is safe). ``services`` is the app's
    :class:`~osce_kg.server.services.Services`. Returns the IRIs recorded.

    :raises StoreError: the store failed.
    """
    from .updates import gate_of  # the one write path; imported late (updates imports this module)

    store: Store = services.store  # type: ignore[attr-defined]
    minter: Minter = services.minter  # type: ignore[attr-defined]
    with services.write_lock:  # type: ignore[attr-defined]
        gone = vanished(store, minter, iris)
        if gone:
            change = Change(add=tombstone_quads(minter, gone, when or dt.datetime.now(dt.timezone.utc)))
            gate_of(services).commit(change, actor="server", via="tombstones", managed=True)  # type: ignore[arg-type]
    if gone:
        services.written()  # type: ignore[attr-defined]
    return gone


__all__ = [
    "Description", "Provenance", "IncomingLinks", "Member", "Listing", "native_of", "class_members",
    "collection_graph", "describe",
    "incoming_links", "record_deleted", "tombstone_quads", "vanished",
    "tombstone_graph", "document_url", "merged_into", "LABEL_PROPERTIES", "DATE_PROPERTIES", "page_url",
    "labels_and_types", "LabelCache",
]
