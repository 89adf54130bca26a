"""Identity in the store: merges, the redirects they leave, and likely duplicates.

:mod:`~osce_kg.loader.resolve` decides identity within a document and from names alone; this
module is its memory across documents, kept in the store itself so that it is consistent with
every write:

* each person carries ``osce:nameKey`` in every document graph that names them (the index of
  names to IRIs: one SPARQL pattern, no file beside the store);
* the named graph ``{base}graph/identity`` holds the merges a maintainer made
  (``old owl:sameAs kept``, with an ``osce:IdentityEvidence`` of rule ``maintainer-merge``).
  Every later load rewrites the old IRI to the kept one (:func:`rewrite`), so a merge is never
  undone by a reload, and the old IRI answers with a redirect to the kept one.

:func:`duplicates` lists the pairs that look like one person without the evidence to merge them
automatically (a middle name left out, another transliteration, a name in an oblique case, a
surname alone), each with the evidence for and against; :func:`merge_change` builds the merge as
one :class:`~osce_kg.loader.store.base.Change` for the gate.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import combinations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, SKOS, XSD
from rdflib.term import Node

from .errors import UsageError
from .iri import Minter, short_hash
from .resolve import name_key, phonetic_key, uninflected
from .store.base import Change, Store

#: the named graph of maintainers' merges
IDENTITY_GRAPH = "identity"


def identity_graph(minter: Minter) -> URIRef:
    return minter.graph(IDENTITY_GRAPH)


# ---------------------------------------------------------------- redirects


def redirects(store: Store, minter: Minter) -> dict[URIRef, URIRef]:
    """Every merged IRI -> the IRI it was merged into, chains followed (``a -> b -> c``: ``a -> c``)."""
    rows = store.select(f"SELECT ?old ?kept WHERE {{ GRAPH {identity_graph(minter).n3()} "
                        f"{{ ?old {OWL.sameAs.n3()} ?kept }} }}")
    return follow({URIRef(str(r["old"])): URIRef(str(r["kept"])) for r in rows})


def follow(step: dict[URIRef, URIRef]) -> dict[URIRef, URIRef]:
    """Merges as recorded (``a -> b``, ``b -> c``) as where each IRI ends (``a -> c``, ``b -> c``)."""
    final: dict[URIRef, URIRef] = {}
    for old in step:
        seen, at = {old}, step[old]
        while at in step and at not in seen:
            seen.add(at)
            at = step[at]
        final[old] = at
    return final


def merged_into(store: Store, minter: Minter, iri: URIRef) -> URIRef | None:
    """The IRI ``iri`` was merged into (None when it was not merged)."""
    return redirects(store, minter).get(iri) if store.has_quad(iri, OWL.sameAs, None, identity_graph(minter)) else None


def renamed_person(store: Store, minter: Minter, iri: URIRef) -> URIRef | None:
    """The person an unknown ``/id/person/{slug}`` IRI now is, when it was minted from a name's
    slug before identity resolution (``person/raphael-f-perl``, ``person/federal-councillor-flavio-cotti``,
    ``person/helga-schmid``): the slug read as a name and resolved like one, if that person exists."""
    from .reference import reference
    from .resolve import Resolver

    prefix = str(minter.resource("person", ""))
    if not str(iri).startswith(prefix):
        return None
    name = " ".join(w.capitalize() for w in str(iri)[len(prefix):].split("-") if w)
    resolver = Resolver(reference())
    name = resolver._without_places(name)
    curated = resolver.curated.match(name)
    key = name_key(curated[0]) if curated else name_key(name)
    # the store's index of names (osce:nameKey, written with every document that names the person)
    rows = store.select(f"SELECT DISTINCT ?p WHERE {{ ?p {minter.vocab.nameKey.n3()} {Literal(key).n3()} }} LIMIT 2")
    found = [URIRef(str(r["p"])) for r in rows]
    return found[0] if len(found) == 1 and found[0] != iri else None


def rewrite(graph: Graph, moved: dict[URIRef, URIRef]) -> Graph:
    """``graph`` with every merged IRI replaced by the one it was merged into; its names kept as
    ``skos:altLabel`` of the kept resource (nothing a document said is lost)."""
    if not moved or not any(s in moved or o in moved for s, _, o in graph):
        return graph
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, replace=True)
    # the document's language tags the names it gave the merged resource
    lang = next((str(o) for s, o in graph.subject_objects(DCTERMS.language) if str(s).endswith("#source")), None)
    for s, p, o in graph:
        if isinstance(s, URIRef) and s in moved and p == FOAF.name:
            named = isinstance(o, Literal) and o.language
            out.add((moved[s], SKOS.altLabel, Literal(str(o), lang=lang) if lang and not named else o))
        out.add((moved.get(s, s) if isinstance(s, URIRef) else s, p, moved.get(o, o) if isinstance(o, URIRef) else o))
    return out


# ---------------------------------------------------------------- merging


def merge_change(store: Store, minter: Minter, old: URIRef, kept: URIRef, *,
                 when: dt.datetime | None = None, reason: str = "") -> Change:
    """The change that merges ``old`` into ``kept``: every document graph that names ``old``
    rewritten to ``kept`` (its names kept as alternative labels), and in the identity graph
    ``old owl:sameAs kept`` with the evidence (rule ``maintainer-merge``, when, why).

    :raises UsageError: the two are the same, either is unknown, or ``kept`` was itself merged away.
    """
    if old == kept:
        raise UsageError("cannot merge a resource into itself")
    moved = redirects(store, minter)
    if kept in moved:
        raise UsageError(f"<{kept}> was merged into <{moved[kept]}>; merge into that one")
    for iri in (old, kept):
        if not store.has_quad(iri, RDF.type, None, None):
            raise UsageError(f"<{iri}> is not a typed resource in the store")
    ident = identity_graph(minter)
    change = Change()
    mapping = {old: kept, **{o: kept for o, k in moved.items() if k == old}}
    for g in _graphs_naming(store, old) - {ident}:
        current = Graph()
        for s, p, o, _ in store.quads_for_pattern(None, None, None, g):
            current.add((s, p, o))
        change.replace[g] = rewrite(current, mapping)
    evidence = URIRef(f"{ident}#merge-{short_hash(str(old), str(kept))}")
    when = when or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    names = list(store_objects(store, old, FOAF.name)) or [Literal(str(old).rsplit("/", 1)[-1])]
    quads = [(old, OWL.sameAs, kept), (evidence, RDF.type, minter.vocab.IdentityEvidence),
             (evidence, minter.vocab.nameAsWritten, names[0]), (evidence, minter.vocab.identifies, kept),
             (evidence, minter.vocab.identityRule, Literal("maintainer-merge")),
             (evidence, PROV.generatedAtTime, Literal(when.isoformat(), datatype=XSD.dateTime))]
    if reason:
        quads.append((evidence, DCTERMS.description, Literal(reason)))
    change.add = [(s, p, o, ident) for s, p, o in quads]
    return change


def _graphs_naming(store: Store, iri: URIRef) -> set[URIRef]:
    rows = store.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {{ {iri.n3()} ?p ?o }} "
                        f"UNION {{ ?s ?p {iri.n3()} }} }} }}")
    return {URIRef(str(r["g"])) for r in rows}


def store_objects(store: Store, s: URIRef, p: URIRef) -> list[Node]:
    return sorted({q[2] for q in store.quads_for_pattern(s, p, None, None)}, key=str)


# ---------------------------------------------------------------- likely duplicates


@dataclass
class Person:
    iri: URIRef
    names: list[str]
    graphs: set[URIRef] = field(default_factory=set)
    holds: set[str] = field(default_factory=set)       # labels of the organizations of their posts

    @property
    def keys(self) -> set[str]:
        return {name_key(n) for n in self.names}


@dataclass
class Candidate:
    """Two resources that may be one, with the evidence for and against."""

    a: URIRef
    b: URIRef
    names_a: list[str]
    names_b: list[str]
    evidence_for: list[str]
    evidence_against: list[str]

    @property
    def score(self) -> int:
        return len(self.evidence_for) - len(self.evidence_against)

    def as_json(self) -> dict:
        return {"a": str(self.a), "b": str(self.b), "names_a": self.names_a, "names_b": self.names_b,
                "for": self.evidence_for, "against": self.evidence_against}


def persons_in(store: Store, minter: Minter) -> list[Person]:
    """Every person the store holds (merged-away IRIs left out), with names, graphs and posts."""
    rows = store.select(f"""SELECT ?p ?name ?g ?org WHERE {{
        GRAPH ?g {{ ?p a {FOAF.Person.n3()} .
                   {{ ?p {FOAF.name.n3()} ?name }} UNION {{ ?p {SKOS.altLabel.n3()} ?name }} }}
        OPTIONAL {{ ?p <http://www.w3.org/ns/org#holds>/<http://www.w3.org/ns/org#postIn>/{SKOS.prefLabel.n3()} ?org }}
    }}""")
    return _gathered(rows, "p", redirects(store, minter))


def duplicates(persons: list[Person], reference: URIRef | None = None) -> list[Candidate]:
    """Pairs of persons that may be one, strongest first. Blocking on surname and phonetic key
    keeps this near-linear: only persons sharing a surname or a spelling are compared."""
    blocks: dict[str, set[int]] = {}
    for i, person in enumerate(persons):
        for key in person.keys:
            words = key.split()
            for block in {words[-1], phonetic_key(words[-1]), *(w[-1] for w in map(str.split, uninflected(key)) if w)}:
                blocks.setdefault(block, set()).add(i)
    seen: set[tuple[int, int]] = set()
    found: list[Candidate] = []
    for members in blocks.values():
        for i, j in combinations(sorted(members), 2):
            if (i, j) in seen:
                continue
            seen.add((i, j))
            candidate = _compare(persons[i], persons[j], reference)
            if candidate is not None:
                found.append(candidate)
    return sorted(found, key=lambda c: (-c.score, str(c.a), str(c.b)))


def _compare(a: Person, b: Person, reference: URIRef | None) -> Candidate | None:
    pro: list[str] = []
    con: list[str] = []
    ka, kb = sorted(a.keys, key=len)[0], sorted(b.keys, key=len)[0]
    wa, wb = ka.split(), kb.split()
    if a.keys & b.keys:
        pro.append("the same name key (titles, initials, hyphens, diacritics, case, script)")
    elif {phonetic_key(k) for k in a.keys} & {phonetic_key(k) for k in b.keys}:
        pro.append("the same name in another transliteration")
    elif len(wa) >= 2 and len(wb) >= 2 and wa[0] == wb[0] and wa[-1] == wb[-1]:
        pro.append("the same first and last name (a middle name left out)")
    elif set(uninflected(ka)) & {kb} or set(uninflected(kb)) & {ka}:
        pro.append("the same name with a case ending (an oblique case)")
    elif (len(wa) == 1 and wa[0] == wb[-1]) or (len(wb) == 1 and wb[0] == wa[-1]):
        pro.append("a surname alone beside a full name with that surname")
    else:
        return None
    common = a.holds & b.holds
    if common:
        pro.append("posts in the same organization: " + ", ".join(sorted(common)))
    elif a.holds and b.holds:
        con.append("their posts are in different organizations")
    shared = (a.graphs & b.graphs) - ({reference} if reference else set())
    if shared:
        con.append(f"{len(shared)} document(s) name both, as two people")
    if len(wa) >= 2 and len(wb) >= 2 and wa[0] != wb[0] and phonetic_key(wa[0]) != phonetic_key(wb[0]):
        con.append("different first names")
    return Candidate(a.iri, b.iri, a.names, b.names, pro, con)


# ---------------------------------------------------------------- organizations

_STOP = frozenset("of the and for in on at to de des du la le osce".split())


def _stems(label: str) -> frozenset[str]:
    """The content words of a body's name, by stem: "Turkmen" and "Turkmenistan" share "turkm"."""
    return frozenset(w[:5] for w in name_key(label).split() if w not in _STOP)


def organizations_in(store: Store, minter: Minter) -> list[Person]:
    """Organizations the documents minted (the reference data's own are curated, left out)."""
    reference = minter.graph("reference")
    rows = store.select(f"""SELECT ?o ?name ?g WHERE {{
        GRAPH ?g {{ ?o {SKOS.prefLabel.n3()} ?name }}
        FILTER(?g != {reference.n3()} && STRSTARTS(STR(?o), "{minter.resource("organization", "")}"))
        FILTER NOT EXISTS {{ GRAPH {reference.n3()} {{ ?o ?p ?x }} }} }}""")
    return _gathered(rows, "o", redirects(store, minter))


def _gathered(rows, var: str, moved: dict[URIRef, URIRef]) -> list[Person]:
    """One entry per resource bound to ``var`` (merged-away ones left out), with its names (``?name``),
    graphs (``?g``) and, where bound, posts' organizations (``?org``), sorted by IRI."""
    found: dict[URIRef, Person] = {}
    for r in rows:
        iri = URIRef(str(r[var]))
        if iri in moved:
            continue
        entry = found.setdefault(iri, Person(iri, []))
        if str(r["name"]) not in entry.names:
            entry.names.append(str(r["name"]))
        entry.graphs.add(URIRef(str(r["g"])))
        if "org" in r:
            entry.holds.add(str(r["org"]))
    return sorted(found.values(), key=lambda e: str(e.iri))


def organization_duplicates(bodies: list[Person], threshold: float = 0.6) -> list[Candidate]:
    """Pairs of bodies whose names share most of their content words (by stem), or where one name
    is the initials of the other, with the evidence for and against."""
    found: list[Candidate] = []
    for a, b in combinations(bodies, 2):
        sa, sb = _stems(a.names[0]), _stems(b.names[0])
        pro: list[str] = []
        con: list[str] = []
        overlap = len(sa & sb) / len(sa | sb) if sa | sb else 0.0
        if overlap >= threshold:
            pro.append(f"the names share {len(sa & sb)} of {len(sa | sb)} content words")
        initials = {"".join(w[0] for w in name_key(n).split() if w not in _STOP) for n in a.names + b.names}
        if {name_key(n).replace(" ", "") for n in a.names + b.names} & initials:
            pro.append("one name is the initials of the other")
        if not pro:
            continue
        la, lb = name_key(a.names[0]).split(), name_key(b.names[0]).split()
        if la and lb and la[0][:5] != lb[0][:5]:
            con.append("the names start differently")
        if a.graphs & b.graphs:
            con.append(f"{len(a.graphs & b.graphs)} document(s) name both")
        found.append(Candidate(a.iri, b.iri, a.names, b.names, pro, con))
    return sorted(found, key=lambda c: (-c.score, str(c.a), str(c.b)))


__all__ = ["IDENTITY_GRAPH", "identity_graph", "redirects", "follow", "merged_into", "renamed_person", "rewrite",
           "merge_change", "Person", "Candidate", "persons_in", "duplicates", "organizations_in",
           "organization_duplicates"]
