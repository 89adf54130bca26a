"""Records -> RDF: the reference graph, the ontology and shapes, and one graph per document.

Pure functions: no disk beyond the packaged data files, no network, no clock (the load
time is passed in). The same input always gives the same triples. No blank nodes: every
node has an IRI minted by :class:`~osce_kg.loader.iri.Minter`, so graphs can be deleted
triple by triple and every resource dereferences.

* :func:`reference_graph` - the curated reference data (``loader/data``) as RDF.
* :func:`document_graph` - the named graph of one :class:`~osce_kg.loader.records.Document`.
  Reference resources it names (States, bodies, cities, ...) are linked by IRI and not
  described again: their types live in the reference graph, so a document graph validates
  on its own plus the reference graph. Names the reference data does not know become new
  resources typed and labelled in the document graph.
* :func:`ontology_graph`, :func:`shapes_graph`, :func:`jsonld_context` - packaged files,
  with their relative IRIs resolved against the deployment's base IRI.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import PurePath
from typing import Any, Iterable, Iterator

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

from .errors import DocumentError
from .iri import Minter, short_hash, slug
from .records import Document, EventMention, Navigation, PersonMention, Record
from .reference import IRI_KIND, Reference, normalize, reference, split_chairpersonship
from .resolve import Officials, Resolution, Resolved, Resolver, name_key, officials

SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

#: the OSCE as a whole (the organization every OSCE body is part of)
OSCE_LABEL = "Organization for Security and Co-operation in Europe"
SECRETARIAT_LABEL = "OSCE Secretariat"
#: the standing organization every year's Chairpersonship is part of
CHAIRPERSONSHIP_LABEL = "OSCE Chairpersonship"
#: key of the fields-of-work concept scheme under /id/field/
FIELDS_SCHEME_KEY = "fields-of-work"

_FIELD_OP_CLASS = {"Mission": "Mission", "Presence": "Presence", "Centre": "Centre",
                   "Programme Office": "ProgrammeOffice",
                   "Project Co-ordinator": "ProjectCoordinator", "Office": "Office",
                   "Other": "FieldOperation"}
_ORG_CLASS = {"executive": "ExecutiveStructure", "secretariat-unit": "SecretariatUnit",
              "institution": "Institution", "related-body": "RelatedBody",
              "decision-making-body": "DecisionMakingBody"}
_RECORD_CLASS = {"press_release": "PressRelease", "news": "NewsItem", "statement": "Statement",
                 "report": "Report", "page": "WebPage", "field_operation": "WebPage",
                 "institution": "WebPage", "field_of_work": "WebPage"}
#: what an entity page (record kind) is about: reference kinds to resolve its title in
_ABOUT_KINDS = {"field_operation": ("field_operation",), "institution": ("organization",),
                "field_of_work": ("field",), "page": ("organization", "field_operation", "field")}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


# ---------------------------------------------------------------- packaged files


def _package_text(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text("utf-8")


def ontology_graph(minter: Minter) -> Graph:
    """The OWL ontology (``ontology/osce.ttl``), terms under :data:`~.iri.VOCAB` whatever the base.

    The deployment adds where it serves the document: the ontology and each of its terms are
    ``rdfs:isDefinedBy`` ``{base}ontology`` as well as by the ontology's own IRI.
    """
    graph = Graph()
    graph.parse(data=_package_text("osce_kg.ontology", "osce.ttl"), format="turtle",
                publicID=minter.base)
    here = minter.ontology_document
    for term in {s for s in graph.subjects() if isinstance(s, URIRef) and minter.is_ours(str(s))}:
        graph.add((term, RDFS.isDefinedBy, here))
    return graph


def shapes_graph(minter: Minter) -> Graph:
    """The SHACL shapes (every ``shapes/*.ttl``), resolved against ``minter.base``."""
    graph = Graph()
    folder = resources.files("osce_kg.shapes")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".ttl"):
            graph.parse(data=entry.read_text("utf-8"), format="turtle", publicID=minter.base)
    return graph


def jsonld_context(minter: Minter) -> dict:
    """The JSON-LD context the server publishes, with ``osce`` bound to the vocabulary."""
    context = json.loads(_package_text("osce_kg.ontology", "context.jsonld"))
    context["@context"]["osce"] = str(minter.vocab)
    return context


# ---------------------------------------------------------------- small helpers


def _bind(graph: Graph, minter: Minter) -> Graph:
    for prefix, ns in (("osce", minter.vocab), ("schema", SCHEMA), ("org", ORG), ("skos", SKOS),
                       ("dct", DCTERMS), ("prov", PROV), ("foaf", FOAF), ("wd", WIKIDATA)):
        graph.bind(prefix, ns, replace=True)
    graph.bind("time", TIME, replace=True)
    return graph


def _label(text: str, lang: str = "en", *, untagged_ok: bool = False) -> Literal:
    """A label literal; a name in Cyrillic script is never tagged English.

    Curated alternative labels in Cyrillic stay untagged (``untagged_ok``); other labels
    get ``und`` (undetermined), as SKOS wants preferred labels tagged.
    """
    if lang == "en" and _CYRILLIC.search(text):
        return Literal(text) if untagged_ok else Literal(text, lang="und")
    return Literal(text, lang=lang)


def _iri(minter: Minter, kind: str, label: str) -> URIRef:
    """The IRI of the reference resource of ``kind`` (a reference kind) labelled ``label``."""
    return minter.named(IRI_KIND[kind], label)


def _scheme(minter: Minter) -> URIRef:
    return minter.resource("field", FIELDS_SCHEME_KEY)


def _osce(minter: Minter) -> URIRef:
    return _iri(minter, "organization", OSCE_LABEL)


def _names(graph: Graph, iri: URIRef, label: str, alts: Iterable[str],
           languages: dict[str, str] | None = None) -> None:
    """Preferred and alternative labels; an alternative in another language carries its tag."""
    graph.add((iri, SKOS.prefLabel, _label(label)))
    for alt in alts:
        if alt != label:
            tag = (languages or {}).get(alt)
            graph.add((iri, SKOS.altLabel, Literal(alt, lang=tag) if tag else _label(alt, untagged_ok=True)))


def _same_as(graph: Graph, iri: URIRef, qid: str | None) -> None:
    if qid:
        graph.add((iri, SCHEMA.sameAs, WIKIDATA[qid]))


# ---------------------------------------------------------------- reference graph


def reference_graph(minter: Minter, ref: Reference | None = None) -> Graph:
    """The curated reference data as RDF (States, Partners, bodies, field operations, ...).

    Raises:
        ReferenceDataError: the packaged data files are missing or inconsistent.
    """
    graph = _bind(Graph(), minter)
    for triple in reference_triples(minter, ref):
        graph.add(triple)
    return graph


def reference_triples(minter: Minter, ref: Reference | None = None) -> set:
    """:func:`reference_graph`'s triples as a plain set (what a load writes: an rdflib graph's indexes
    and its per-triple checks were half of building it, for a set the loader made of it again).

    Raises:
        ReferenceDataError: the packaged data files are missing or inconsistent.
    """
    ref = ref or reference()
    graph: Any = set()  # the builders below only add, and a set adds (s, p, o) as a Graph does
    _ref_states(graph, minter, ref)
    _ref_places(graph, minter, ref)
    _ref_organizations(graph, minter, ref)
    _ref_field_operations(graph, minter, ref)
    _ref_fields(graph, minter, ref)
    _ref_series(graph, minter, ref)
    _ref_posts(graph, minter, ref)
    _ref_officials(graph, minter, ref, officials())
    for year, state in ref.chairpersonships.items():
        _chairpersonship(graph, minter, year, _iri(minter, "state", state))
    return graph


def _ref_states(graph: Graph, minter: Minter, ref: Reference) -> None:
    vocab = minter.vocab
    for group in ref.partner_groups.values():
        iri = _iri(minter, "partner", group.label)
        graph.add((iri, RDF.type, vocab.PartnerGroup))
        _names(graph, iri, group.label, group.alt_labels, ref.languages)
    for state in ref.states.values():
        iri = _iri(minter, "state", state.label)
        cls = {"participating": vocab.ParticipatingState,
               "partner": vocab.PartnerForCooperation}.get(state.role, vocab.State)
        graph.add((iri, RDF.type, cls))
        _names(graph, iri, state.label, state.alt_labels, ref.languages)
        _same_as(graph, iri, state.wikidata)
        if state.iso2:
            graph.add((iri, vocab.iso3166Alpha2, Literal(state.iso2)))
        if state.role == "participating":
            graph.add((iri, ORG.memberOf, _osce(minter)))
        if state.partner_group:
            graph.add((iri, ORG.memberOf, _iri(minter, "partner", state.partner_group)))


def _place_iri(minter: Minter, ref: Reference, label: str) -> URIRef:
    """A State's or territory's IRI from its canonical label."""
    kind = "territory" if label in ref.territories else "state"
    return _iri(minter, kind, label)


def _ref_places(graph: Graph, minter: Minter, ref: Reference) -> None:
    for territory in ref.territories.values():
        iri = _iri(minter, "territory", territory.label)
        graph.add((iri, RDF.type, minter.vocab.Territory))
        _names(graph, iri, territory.label, territory.alt_labels, ref.languages)
        _same_as(graph, iri, territory.wikidata)
        if territory.state:
            graph.add((iri, SCHEMA.containedInPlace, _place_iri(minter, ref, territory.state)))
    for city in ref.cities.values():
        iri = _iri(minter, "city", city.label)
        graph.add((iri, RDF.type, SCHEMA.City))
        _names(graph, iri, city.label, city.alt_labels, ref.languages)
        _same_as(graph, iri, city.wikidata)
        graph.add((iri, SCHEMA.containedInPlace, _place_iri(minter, ref, city.state)))


def _ref_organizations(graph: Graph, minter: Minter, ref: Reference) -> None:
    for org in ref.organizations.values():
        iri = _iri(minter, "organization", org.label)
        cls = _ORG_CLASS.get(org.kind)
        graph.add((iri, RDF.type, minter.vocab[cls] if cls else ORG.FormalOrganization))
        _names(graph, iri, org.label, (*org.alt_labels, *org.acronyms), ref.languages)
        _same_as(graph, iri, org.wikidata)
        if org.parent:
            kind = "organization" if org.parent in ref.organizations else "field_operation"
            parent = _iri(minter, kind, org.parent)
            graph.add((iri, ORG.subOrganizationOf, parent))
            if org.kind == "secretariat-unit":
                graph.add((iri, ORG.unitOf, parent))
        if org.city:
            graph.add((iri, SCHEMA.location, _iri(minter, "city", org.city)))
        if org.successor:
            _change(graph, minter, iri, org.label, _iri(minter, "organization", org.successor),
                    org.successor, None)


def _ref_field_operations(graph: Graph, minter: Minter, ref: Reference) -> None:
    vocab = minter.vocab
    for op in ref.field_operations.values():
        iri = _iri(minter, "field_operation", op.label)
        graph.add((iri, RDF.type, vocab[_FIELD_OP_CLASS[op.type]]))
        _names(graph, iri, op.label, (*op.alt_labels, *op.acronyms), ref.languages)
        graph.add((iri, vocab.hostState, _place_iri(minter, ref, op.host)))
        graph.add((iri, vocab.status, vocab[op.status]))
        graph.add((iri, ORG.subOrganizationOf, _osce(minter)))
        if op.city:
            graph.add((iri, SCHEMA.location, _iri(minter, "city", op.city)))
        if op.successor:
            _change(graph, minter, iri, op.label, _iri(minter, "field_operation", op.successor),
                    op.successor, op.changed)


def _change(graph: Graph, minter: Minter, old: URIRef, old_label: str, new: URIRef,
            new_label: str, year: int | None) -> None:
    """An ORG change event: ``old`` was replaced by ``new`` (in ``year`` if known)."""
    iri = minter.resource("change", f"{slug(old_label, 60)}--{slug(new_label, 60)}")
    graph.add((iri, RDF.type, ORG.ChangeEvent))
    graph.add((iri, SKOS.prefLabel, _label(f"{old_label} became {new_label}")))
    graph.add((iri, ORG.originalOrganization, old))
    graph.add((iri, ORG.resultingOrganization, new))
    graph.add((old, ORG.changedBy, iri))
    graph.add((new, ORG.resultedFrom, iri))
    if year:
        graph.add((iri, DCTERMS.date, Literal(str(year), datatype=XSD.gYear)))


def _ref_fields(graph: Graph, minter: Minter, ref: Reference) -> None:
    scheme = _scheme(minter)
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, _label("OSCE fields of work")))
    for field in ref.fields_of_work.values():
        iri = _iri(minter, "field", field.label)
        graph.add((iri, RDF.type, SKOS.Concept))
        graph.add((iri, RDF.type, minter.vocab.FieldOfWork))
        _names(graph, iri, field.label, field.alt_labels, ref.languages)
        graph.add((iri, SKOS.inScheme, scheme))
        graph.add((iri, SKOS.topConceptOf, scheme))
        graph.add((scheme, SKOS.hasTopConcept, iri))


def _ref_series(graph: Graph, minter: Minter, ref: Reference) -> None:
    for series in ref.series.values():
        iri = _iri(minter, "series", series.label)
        graph.add((iri, RDF.type, minter.vocab.MeetingSeries))
        _names(graph, iri, series.label, series.alt_labels, ref.languages)
        if series.organizer:
            graph.add((iri, SCHEMA.organizer, _iri(minter, "organization", series.organizer)))
        if series.parent:
            graph.add((iri, SCHEMA.superEvent, _iri(minter, "series", series.parent)))


def _ref_posts(graph: Graph, minter: Minter, ref: Reference) -> None:
    """Standing posts (the Chairperson-in-Office, ...): one resource whatever the text calls it."""
    for post in ref.posts.values():
        iri = _iri(minter, "post", post.label)
        graph.add((iri, RDF.type, ORG.Post))
        graph.add((iri, RDF.type, minter.vocab.StandingPost))
        _names(graph, iri, post.label, (*post.alt_labels, *post.acronyms), ref.languages)
        graph.add((iri, ORG.postIn, _iri(minter, "organization", post.organization)))


def person_iri(minter: Minter, key: str) -> URIRef:
    """A person's IRI, from the key of their name alone (:func:`~osce_kg.loader.resolve.name_key`)."""
    return minter.resource("person", slug(key))


def _ref_officials(graph: Graph, minter: Minter, ref: Reference, curated: Officials) -> None:
    """Curated holders of standing posts: the person, the post, and an ``org:Membership`` per term
    with ``org:memberDuring`` a ``time:Interval`` (years as ``time:inXSDgYear``)."""
    for person in curated.persons():
        iri = person_iri(minter, name_key(person))
        graph.add((iri, RDF.type, FOAF.Person))
        graph.add((iri, FOAF.name, Literal(person)))
        graph.add((iri, SKOS.prefLabel, _label(person)))
        graph.add((iri, minter.vocab.nameKey, Literal(name_key(person))))
        for term in curated.terms_of(person):
            for alt in term.alt_labels:
                tag = term.languages.get(alt)
                graph.add((iri, SKOS.altLabel, Literal(alt, lang=tag) if tag else _label(alt)))
            _same_as(graph, iri, term.wikidata)
            _term(graph, minter, ref, iri, term)


def _term(graph: Graph, minter: Minter, ref: Reference, person: URIRef, term) -> None:
    post = _iri(minter, "post", term.post)
    org_kind = "organization" if term.organization in ref.organizations else "field_operation"
    if term.post not in ref.posts:
        graph.add((post, RDF.type, ORG.Post))
        graph.add((post, RDF.type, minter.vocab.StandingPost))
        graph.add((post, SKOS.prefLabel, _label(term.post)))
        graph.add((post, ORG.postIn, _iri(minter, org_kind, term.organization)))
    graph.add((post, RDF.type, ORG.Role))
    graph.add((post, ORG.heldBy, person))
    graph.add((person, ORG.holds, post))
    key = f"{slug(term.post, 60)}--{slug(term.person, 40)}-{term.start}"
    membership = minter.resource("post", key)
    graph.add((membership, RDF.type, ORG.Membership))
    graph.add((membership, SKOS.prefLabel, _label(
        f"{term.person}, {term.post}, {term.start}-{term.end if term.end else ''}".rstrip("-"))))
    graph.add((membership, ORG.member, person))
    graph.add((membership, ORG.organization, _iri(minter, org_kind, term.organization)))
    graph.add((membership, ORG.role, post))
    during = minter.resource("post", f"{key}-interval")   # no fragment IRIs under /id/: each dereferences
    graph.add((membership, ORG.memberDuring, during))
    graph.add((during, RDF.type, TIME.Interval))
    for edge, year in ((TIME.hasBeginning, term.start), (TIME.hasEnd, term.end)):
        if year is None:
            continue
        instant = minter.resource("post", f"{key}-{'start' if edge == TIME.hasBeginning else 'end'}")
        graph.add((during, edge, instant))
        graph.add((instant, RDF.type, TIME.Instant))
        graph.add((instant, TIME.inXSDgYear, Literal(str(year), datatype=XSD.gYear)))


def _chairpersonship(graph: Graph, minter: Minter, year: int, state: URIRef) -> URIRef:
    """The Chairpersonship of ``year``: held by ``state``, part of the OSCE Chairpersonship."""
    iri = minter.chairpersonship(year)
    graph.add((iri, RDF.type, minter.vocab.Chairpersonship))
    graph.add((iri, SKOS.prefLabel, _label(f"OSCE Chairpersonship {year}")))
    graph.add((iri, minter.vocab.year, Literal(year)))
    graph.add((iri, minter.vocab.chairingState, state))
    graph.add((iri, ORG.subOrganizationOf, _iri(minter, "organization", CHAIRPERSONSHIP_LABEL)))
    return iri


# ---------------------------------------------------------------- document graphs


def graph_key(doc: Document) -> str:
    """The key of a document's named graph: the slug of its file name's stem."""
    return slug(PurePath(doc.path.replace("\\", "/")).stem, 120)


def source_iri(doc: Document, minter: Minter) -> URIRef:
    """The IRI of the resource that stands for the input file (``{graph}#source``)."""
    return URIRef(f"{minter.graph(graph_key(doc))}#source")


def document_graph(doc: Document, minter: Minter, *, loaded_at: dt.datetime,
                   loader_version: str, ref: Reference | None = None,
                   resolution: Resolution | None = None) -> Graph:
    """The named graph of one document: its records, its navigation and its provenance.

    Raises:
        DocumentError: a record has no title (it cannot be named), or ``loaded_at`` has no
            time zone.
    """
    return _map(doc, minter, _bind(Graph(), minter), loaded_at, loader_version, ref, resolution)


def document_triples(doc: Document, minter: Minter, *, loaded_at: dt.datetime,
                     loader_version: str, ref: Reference | None = None) -> list[Triple]:
    """The triples of :func:`document_graph` (the same ones), without building an rdflib graph.

    For a bulk load, which only passes the triples on: binding a graph's prefixes and indexing
    it cost more than a third of the mapping.
    """
    return list(_map(doc, minter, TripleSet(), loaded_at, loader_version, ref, None))


def _map(doc: Document, minter: Minter, into: "Graph | TripleSet", loaded_at: dt.datetime, loader_version: str,
         ref: Reference | None, resolution: Resolution | None) -> Any:
    if loaded_at.tzinfo is None:
        raise DocumentError("load time must carry a time zone", file=doc.path)
    ref = ref or reference()
    # identity (loader/resolve.py): who each name is, and which names are no person at all
    resolution = resolution if resolution is not None else Resolver(ref).resolve(doc)
    mapper = _DocumentMapper(doc, minter, ref, resolution, into)
    mapper.provenance(loaded_at, loader_version)
    if doc.navigation and not doc.navigation.is_empty():
        mapper.navigation(doc.navigation)
    for record in doc.records:
        mapper.record(record)
    return mapper.graph


#: one triple of a document graph
Triple = tuple[Node, Node, Node]


class TripleSet:
    """What the document mapper writes into when no rdflib graph is wanted: the triples, each once,
    in the order first added (the mapper only adds)."""

    def __init__(self) -> None:
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple) -> "TripleSet":
        self._triples[triple] = None
        return self

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


class _DocumentMapper:
    """Builds one document graph; resolves names to reference IRIs or mints new resources."""

    def __init__(self, doc: Document, minter: Minter, ref: Reference,
                 resolution: Resolution | None = None, into: "Graph | TripleSet | None" = None) -> None:
        self.doc = doc
        self.identity = resolution or Resolution()
        self.minter = minter
        self.ref = ref
        self.vocab = minter.vocab
        self.graph: Any = into if into is not None else _bind(Graph(), minter)
        self.source = source_iri(doc, minter)
        self.lang = doc.language   # language of the record being mapped (labels of new names)

    # -- provenance -------------------------------------------------------

    def provenance(self, loaded_at: dt.datetime, loader_version: str) -> None:
        g, v = self.graph, self.vocab
        graph_iri = self.minter.graph(graph_key(self.doc))
        load = URIRef(f"{graph_iri}#load")
        when = Literal(loaded_at.isoformat(), datatype=XSD.dateTime)
        g.add((graph_iri, RDF.type, v.DocumentGraph))
        g.add((graph_iri, PROV.wasDerivedFrom, self.source))
        g.add((graph_iri, PROV.wasGeneratedBy, load))
        g.add((graph_iri, PROV.generatedAtTime, when))
        g.add((self.source, RDF.type, v.SourceDocument))
        g.add((self.source, DCTERMS.source, Literal(self.doc.path)))
        g.add((self.source, v.sha256, Literal(self.doc.sha256)))
        g.add((self.source, DCTERMS.language, Literal(self.doc.language)))
        if self.doc.url:
            g.add((self.source, SCHEMA.url, Literal(self.doc.url, datatype=XSD.anyURI)))
        g.add((load, RDF.type, v.LoadActivity))
        g.add((load, PROV.used, self.source))
        g.add((load, PROV.endedAtTime, when))
        g.add((load, v.loaderVersion, Literal(loader_version)))

    # -- resolving names ----------------------------------------------------

    def _known(self, kinds: Iterable[str], name: str) -> URIRef | None:
        for kind in kinds:
            label = self.ref.lookup(kind, name)
            if label:
                return _iri(self.minter, kind, label)
        return None

    def _new(self, iri_kind: str, name: str, cls: URIRef) -> URIRef:
        """A resource the reference data does not know: typed and labelled here."""
        iri = self.minter.named(iri_kind, name)
        self.graph.add((iri, RDF.type, cls))
        self.graph.add((iri, SKOS.prefLabel, _label(name, self.lang)))
        return iri

    def state(self, name: str, cls: URIRef | None = None) -> URIRef:
        return (self._known(("state", "territory"), name)
                or self._new("state", name, cls or self.vocab.State))

    def organization(self, name: str, cls: URIRef | None = None) -> URIRef:
        """An organization or field operation named ``name``; new ones get class ``cls``.

        A standing post named as a body ("Source: OSCE Chairman-in-Office") stands for the
        organization it is in.
        """
        return (self._known(("organization", "field_operation", "partner"), name)
                or self._post_organization(name) or self._acronym_on_page(name, cls)
                or self._new_organization(name, cls))

    def _acronym_on_page(self, name: str, cls: URIRef | None) -> URIRef | None:
        """An acronym the page defines ("... Institute (EWI)") is the body it spells."""
        full = self.identity.acronyms.get(name.strip())
        if not full or full == name:
            return None
        iri = (self._known(("organization", "field_operation", "partner"), full)
               or self._new_organization(full, cls))
        self.graph.add((iri, SKOS.altLabel, Literal(name.strip())))
        self._identity_evidence(iri, name.strip(), "acronym-on-page", "en")
        return iri

    def agent(self, name: str) -> URIRef:
        """An organizer or sponsor: an organization, field operation or State."""
        return (self._known(("organization", "field_operation", "partner", "state"), name)
                or self._post_organization(name) or self._new_organization(name, None))

    def _post_organization(self, name: str) -> URIRef | None:
        post = self.ref.get("post", name)
        return _iri(self.minter, "organization", post.organization) if post else None

    def _new_organization(self, name: str, cls: URIRef | None) -> URIRef:
        """An organization the reference data does not know; "OSCE ..." names are OSCE bodies."""
        osce_body = name.upper().startswith("OSCE ")
        iri = self._new("organization", name, cls or (self.vocab.OsceBody if osce_body else ORG.Organization))
        if osce_body or cls is not None:
            self.graph.add((iri, ORG.subOrganizationOf, _osce(self.minter)))
        return iri

    def field_operation(self, name: str, *, listed: bool = False) -> URIRef:
        known = self._known(("field_operation",), name)
        if known:
            return known
        label = name if name.upper().startswith("OSCE ") else f"OSCE {name}"
        iri = self._new("field-operation", label, self._field_op_class(label))
        self.graph.add((iri, ORG.subOrganizationOf, _osce(self.minter)))
        host = self._host_from_name(label)
        if host is not None:
            self.graph.add((iri, self.vocab.hostState, host))
        if listed:  # the navigation lists the operations that are working now
            self.graph.add((iri, self.vocab.status, self.vocab.active))
        return iri

    def _field_op_class(self, label: str) -> URIRef:
        for type_ in sorted(_FIELD_OP_CLASS, key=len, reverse=True):
            if re.search(rf"\b{re.escape(type_)}\b", label, flags=re.IGNORECASE):
                return self.vocab[_FIELD_OP_CLASS[type_]]
        return self.vocab.FieldOperation

    def _host_from_name(self, label: str) -> URIRef | None:
        m = re.search(r"\b(?:in|to)\s+(?:the\s+)?(.+)$", label)
        return self._known(("state", "territory"), m.group(1)) if m else None

    def city(self, name: str) -> URIRef:
        """A city; ``"Palermo, Italy"`` is the city Palermo in the State Italy."""
        known = self._known(("city",), name)
        if known:
            return known
        head, _, tail = name.rpartition(",")
        state = self._known(("state", "territory"), tail) if head.strip() else None
        if state is None:
            return self._new("city", name, SCHEMA.City)
        known = self._known(("city",), head)
        if known:
            return known
        city = self._new("city", head.strip(), SCHEMA.City)
        self.graph.add((city, SCHEMA.containedInPlace, state))
        return city

    def _event_location(self, place: str | None, cities: list[str]) -> tuple[list[URIRef], str | None]:
        """The cities an event's place names, and the place as a venue when it says more.

        An event's place is its ``Location:`` as written: ``"Prague"``, ``"Tirana / Vienna"``
        or a venue such as ``"Public Garden Stefan cel Mare, Chisinau"``. City links come
        from ``cities`` (the record's dateline places and known cities) and the curated
        cities the place names; the venue text is never minted as a city.
        """
        located: list[URIRef] = []
        venues: list[str] = []
        for part in _places(place):
            names = self._cities_in(part, cities)
            located += [c for c in names if c not in located]
            if _residue(part, self._place_spans(part, cities)):
                venues.append(part)
        return located, " / ".join(venues) or None

    def _cities_in(self, part: str, cities: list[str]) -> list[URIRef]:
        """City IRIs for the record's cities and curated cities named in ``part``."""
        found: list[URIRef] = []
        for name in cities:
            if _find_name(part, name) is not None:
                found.append(self.city(name))
        for m in self.ref.scan(part, ("city",)):
            iri = _iri(self.minter, "city", m.label)
            if iri not in found:
                found.append(iri)
        return found

    def _place_spans(self, part: str, cities: list[str]) -> list[tuple[int, int]]:
        """Where ``part`` names cities, States or territories (what is not venue)."""
        spans = [(m.start, m.end) for m in self.ref.scan(part, ("city", "state", "territory"),
                                                         adjectives=False)]
        spans += [span for name in cities if (span := _find_name(part, name)) is not None]
        return spans

    def concept(self, name: str) -> URIRef:
        """A field of work; a label outside the canonical list becomes its own concept."""
        known = self._known(("field",), name)
        if known:
            return known
        iri = self._new("field", name, SKOS.Concept)
        self.graph.add((iri, RDF.type, self.vocab.FieldOfWork))
        self.graph.add((iri, SKOS.inScheme, _scheme(self.minter)))
        return iri

    def series(self, name: str) -> URIRef:
        return self._known(("series",), name) or self._new("series", name, self.vocab.MeetingSeries)

    def person(self, mention: PersonMention, lang: str) -> URIRef:
        """A person, the post the text gives them, and the standing posts that post names.

        "OSCE Chairman-in-Office" is the standing post itself (the same resource as
        "OSCE Chairperson-in-Office"); "OSCE Chairman-in-Office, Finnish Foreign Minister"
        is a post of its own, and the person also holds the standing post.
        """
        iri = self._person_iri(mention, lang)
        if not mention.post:
            return iri
        labels = _standing_posts(self.ref, mention.post)
        held = [_iri(self.minter, "post", label) for label in labels]
        if not self.ref.lookup("post", mention.post):
            # the post of the person, whatever spelling of their name this page used
            post = self.minter.post(str(iri).rsplit("/", 1)[-1], mention.post)
            self.graph.add((post, RDF.type, ORG.Post))
            self.graph.add((post, SKOS.prefLabel, _label(mention.post, lang)))
            # "OSCE Chairman-in-Office, Finnish Foreign Minister": the Chairpersonship is the
            # standing post's organization, not that of the post as written
            theirs = {self.ref.posts[label].organization for label in labels}
            if mention.organization and mention.organization not in theirs:
                self.graph.add((post, ORG.postIn, self.organization(mention.organization)))
            held.insert(0, post)
        for post in held:
            self.graph.add((post, ORG.heldBy, iri))
            self.graph.add((iri, ORG.holds, post))
        return iri

    def _person_iri(self, mention: PersonMention, lang: str) -> URIRef:
        """The person a name is (see :mod:`~osce_kg.loader.resolve`): the IRI is made from the
        name's key alone, the name as written is kept as a variant, and a resolution by any rule
        but the plain name is recorded with its evidence."""
        res = self.identity.person(mention.name) or Resolved(
            mention.name, name_key(mention.name), mention.name, "same-name", lang)
        iri = person_iri(self.minter, res.key)
        self.graph.add((iri, RDF.type, FOAF.Person))
        self.graph.add((iri, FOAF.name, Literal(res.label)))
        self.graph.add((iri, self.vocab.nameKey, Literal(res.key)))
        if res.alt_label != res.label:
            self.graph.add((iri, SKOS.altLabel, _label(res.alt_label, res.language or lang)))
        written = mention.written or mention.name      # the page's own form of a name put in the nominative
        if res.rule != "same-name" or written != res.label:
            self._identity_evidence(iri, written, res.rule, res.language or lang)
        return iri

    def _identity_evidence(self, iri: URIRef, written: str, rule: str, lang: str) -> None:
        """Why ``written`` (in this document) is ``iri``: an evidence resource in the document graph."""
        node = URIRef(f"{self.minter.graph(graph_key(self.doc))}#identity-{short_hash(written, str(iri))}")
        g = self.graph
        g.add((node, RDF.type, self.vocab.IdentityEvidence))
        g.add((node, self.vocab.nameAsWritten, _label(written, lang)))
        g.add((node, self.vocab.identifies, iri))
        g.add((node, self.vocab.identityRule, Literal(rule)))
        g.add((node, PROV.wasDerivedFrom, self.source))

    def event(self, mention: EventMention, lang: str, cities: list[str]) -> URIRef:
        """An event the text names; ``cities`` are the record's cities (its city links)."""
        iri = self.minter.event(mention.name, mention.date)
        self.graph.add((iri, RDF.type, self.vocab.Event))
        self.graph.add((iri, SCHEMA.name, _label(mention.name, lang)))
        self._event_facts(iri, mention.date, None, mention.place, cities, mention.organizers,
                          mention.sponsors, mention.series)
        self.graph.add((iri, PROV.wasDerivedFrom, self.source))
        return iri

    def _event_facts(self, iri: URIRef, start: dt.date | None, end: dt.date | None,
                     place: str | None, cities: list[str], organizers: list[str],
                     sponsors: list[str], series: str | None) -> None:
        g = self.graph
        if start:
            g.add((iri, SCHEMA.startDate, Literal(start.isoformat(), datatype=XSD.date)))
        if end:
            g.add((iri, SCHEMA.endDate, Literal(end.isoformat(), datatype=XSD.date)))
        located, venue = self._event_location(place, cities)
        for city in located:
            g.add((iri, SCHEMA.location, city))
        if venue:
            g.add((iri, self.vocab.venue, _label(venue, self.lang)))
        for name in organizers:
            g.add((iri, SCHEMA.organizer, self.agent(name)))
        for name in sponsors:
            g.add((iri, SCHEMA.sponsor, self.agent(name)))
        if series:
            g.add((iri, SCHEMA.superEvent, self.series(series)))

    # -- navigation ---------------------------------------------------------

    def navigation(self, nav: Navigation) -> None:
        """The resources the site navigation lists, and the Chairpersonship it names."""
        v, lists = self.vocab, self.vocab.navigationLists
        chairs = dict(nav.chairpersonships)
        for entry in nav.participating_states:
            name, year = split_chairpersonship(entry)
            # a navigation cut off mid-list can leave a Partner group among the States
            iri = self._known(("state", "territory", "partner"), name) or self._new(
                "state", name, v.ParticipatingState)
            self.graph.add((self.source, lists, iri))
            if year:
                chairs.setdefault(year, name)
        for year, name in sorted(chairs.items()):
            state = self.state(split_chairpersonship(name)[0], v.ParticipatingState)
            _chairpersonship(self.graph, self.minter, year, state)
            self.graph.add((self.source, lists, self.minter.chairpersonship(year)))
        for name in nav.partners:
            iri = self._known(("partner", "state"), name) or self._new("partner", name, v.PartnerGroup)
            self.graph.add((self.source, lists, iri))
        listed = [*(self.concept(n) for n in nav.fields_of_work),
                  *(self.series(n) for n in nav.meeting_series),
                  *(self._unit(n) for n in nav.secretariat_units),
                  *(self.organization(n, v.Institution) for n in nav.institutions),
                  *(self.field_operation(n, listed=True) for n in nav.field_operations),
                  *(self.organization(n, v.OsceBody) for n in nav.other_bodies)]
        for iri in listed:
            self.graph.add((self.source, lists, iri))

    def _unit(self, name: str) -> URIRef:
        known = self._known(("organization",), name)
        if known:
            return known
        label = name if name.upper().startswith("OSCE ") else f"OSCE {name}"
        iri = self._new("organization", label, self.vocab.SecretariatUnit)
        secretariat = _iri(self.minter, "organization", SECRETARIAT_LABEL)
        self.graph.add((iri, ORG.unitOf, secretariat))
        self.graph.add((iri, ORG.subOrganizationOf, secretariat))
        return iri

    # -- records ------------------------------------------------------------

    def record(self, record: Record) -> URIRef:
        """The resource of one record, with everything it says and mentions.

        Raises:
            DocumentError: the record has neither a title nor a body to name it by.
        """
        if not _naming_text(record):
            raise DocumentError("record has neither a title nor a body text", file=self.doc.path,
                                line=record.line)
        self.lang = record.language
        if record.kind == "event":
            iri = self._event_record(record)
        else:
            iri = self._publication(record)
        self._mentions(iri, record)
        self.graph.add((iri, PROV.wasDerivedFrom, self.source))
        return iri

    def _publication_iri(self, record: Record) -> URIRef:
        """Releases are named by title and date, so a listing item and the full page meet.

        An undated entity page ("Our work", "About us") is named by its title *and* its
        document: many sites' pages share such titles, and they are different pages.
        """
        text = _naming_text(record)
        if record.date is None and record.kind in _ABOUT_KINDS:
            return self.minter.resource("release", f"{slug(text, 60)}-{short_hash(graph_key(self.doc))}")
        return self.minter.release(text, record.date)

    def _publication(self, record: Record) -> URIRef:
        g, lang = self.graph, record.language
        iri = self._publication_iri(record)
        g.add((iri, RDF.type, self.vocab[_RECORD_CLASS.get(record.kind, "WebPage")]))
        if record.title and record.title.strip():
            g.add((iri, DCTERMS.title, Literal(record.title.strip(), lang=lang)))
        g.add((iri, DCTERMS.language, Literal(lang)))
        if record.date:
            g.add((iri, DCTERMS.issued, Literal(record.date.isoformat(), datatype=XSD.date)))
        for place in _places(record.place):
            # the record's cities a "Place:" value names ("Hofburg, Vienna" -> Vienna), else
            # the dateline place itself, a city even when the curated list lacks it
            for city in self._cities_in(place, record.cities) or [self.city(place)]:
                g.add((iri, SCHEMA.locationCreated, city))
        # an issuer the page implies but does not name is osce:inferredPublisher, never
        # dct:publisher: a query takes or leaves inferred ones (issue 11)
        publisher = self.vocab.inferredPublisher if record.source_inferred else DCTERMS.publisher
        for source in _sources(record.source):
            g.add((iri, publisher, self.organization(source)))
        for name in record.fields_of_work:
            g.add((iri, DCTERMS.subject, self.concept(name)))
        if record.body.strip():
            g.add((iri, SCHEMA.articleBody, Literal(record.body, lang=lang)))
        if record.content_type:
            g.add((iri, SCHEMA.genre, Literal(record.content_type)))
        if record.url:
            g.add((iri, SCHEMA.url, Literal(record.url, datatype=XSD.anyURI)))
        about = self._known(_ABOUT_KINDS.get(record.kind, ()), record.title or "")
        if about is not None:
            g.add((iri, SCHEMA.about, about))
        return iri

    def _event_record(self, record: Record) -> URIRef:
        g, lang = self.graph, record.language
        name = _naming_text(record)
        iri = self.minter.event(name, record.date)
        g.add((iri, RDF.type, self.vocab.Event))
        g.add((iri, SCHEMA.name, Literal(name, lang=lang)))
        organizers = [] if record.source_inferred else _sources(record.source)
        series = next((e.series for e in record.events if e.series and e.name == record.title), None)
        self._event_facts(iri, record.date, record.end_date, record.place, record.cities,
                          organizers, [], series)
        for name in record.fields_of_work:
            g.add((iri, DCTERMS.subject, self.concept(name)))
        if record.body.strip():
            g.add((iri, SCHEMA.description, Literal(record.body, lang=lang)))
        if record.url:
            g.add((iri, SCHEMA.url, Literal(record.url, datatype=XSD.anyURI)))
        return iri

    def _mentions(self, iri: URIRef, record: Record) -> None:
        mentioned = [*(self.state(n) for n in record.states),
                     *(self.field_operation(n) for n in record.field_operations),
                     *(self.organization(n) for n in record.organizations),
                     *(self.person(p, record.language) for p in record.persons),
                     *(self.event(e, record.language, record.cities) for e in record.events
                       if not (record.kind == "event" and e.name == record.title)),
                     *(self.city(n) for n in record.cities)]
        for target in mentioned:
            if target != iri:
                self.graph.add((iri, self.vocab.mentions, target))


_DATELINE = re.compile(r"^[^\n]{0,120}?\d{4}\.?\s*(?:[-\u2010-\u2015]+|\(OSCE\)\s*[-\u2010-\u2015]+)\s*")


def _sources(source: str | None) -> list[str]:
    """The issuing bodies of a record: the extractor joins several with " / "."""
    return [part.strip() for part in (source or "").split(" / ") if part.strip()]


def _naming_text(record: Record) -> str:
    """What a record's IRI is made from: its title, else the first words of its body.

    A press release that starts with its dateline has no title; the words after the
    dateline name it (they are used for the IRI only, never as a title).
    """
    if record.title and record.title.strip():
        return record.title.strip()
    body = _DATELINE.sub("", record.body.strip(), count=1)
    return " ".join(body.split()[:12])


def _standing_posts(ref: Reference, post: str) -> list[str]:
    """Standing posts a post as written is, or names as one of its parts.

    "Italian Foreign Minister and OSCE Chairperson-in-Office" -> the Chairperson-in-Office;
    "Personal Representative of the OSCE Chairperson-in-Office on ..." -> none (a post of
    its own that only mentions it).
    """
    found: list[str] = []
    for part in (post, *re.split(r"\s*,\s*|\s+and\s+", post)):
        label = ref.lookup("post", part)
        if label and label not in found:
            found.append(label)
    return found


def _places(place: str | None) -> list[str]:
    """``"Tirana / Brussels / Geneva"`` -> the three city names."""
    return [p.strip() for p in (place or "").split(" / ") if p.strip()]


def _find_name(text: str, name: str) -> tuple[int, int] | None:
    """Where ``name`` stands in ``text`` as whole words (case- and accent-insensitive)."""
    wanted = re.findall(r"\w+", normalize(name))
    if not wanted:
        return None
    tokens = _token_spans(text)
    words = [t[0] for t in tokens]
    for i in range(len(words) - len(wanted) + 1):
        if words[i:i + len(wanted)] == wanted:
            return tokens[i][1], tokens[i + len(wanted) - 1][2]
    return None


def _token_spans(text: str) -> list[tuple[str, int, int]]:
    # normalize() per word keeps offsets; a word that folds to several tokens is kept whole
    return [(normalize(m.group()), m.start(), m.end()) for m in re.finditer(r"\w+", text)]


def _residue(text: str, spans: list[tuple[int, int]]) -> bool:
    """True when ``text`` holds letters outside ``spans`` (it names more than places)."""
    keep = [True] * len(text)
    for start, end in spans:
        keep[start:end] = [False] * (end - start)
    return any(ch.isalpha() for ch, k in zip(text, keep) if k)


__all__ = ["SCHEMA", "WIKIDATA", "person_iri", "ontology_graph", "shapes_graph", "jsonld_context",
           "reference_graph", "document_graph", "document_triples", "graph_key", "source_iri"]
