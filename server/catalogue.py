"""What the dataset holds, as a whole: the landing page (``/``), VoID (``/void``,
``/.well-known/void``), the dumps (``/dumps/``) and the sitemap (``/sitemap.xml``, ``/robots.txt``).

Their figures read the whole store; they are recomputed in the background after a write and
served as last computed, marked when older than the store (:mod:`osce_kg.server.wholestore`).
"""
from __future__ import annotations

from typing import Any

from flask import Response, render_template, request
from rdflib import Graph, URIRef

from osce_kg.loader import __version__

from . import classes as class_pages
from .dumps import ALL, Dump
from .formats import EXTENSION_OF, serialize
from .incremental import Paths, all_paths, update_paths
from .present import Shown, href_for
from .resources import bp, labeler, ld
from .responses import (HTML, OFFER, SPARQL_SD, alternates, context_url, error, figured, finish, link_header,
                        media_for, not_acceptable, root)
from .services import services
from .void import Retry, last_write
from .wholestore import Figures, whole_store

SITEMAP_MAX = 50_000


def landing_data() -> Figures[dict[str, Any]]:
    """The landing page's figures, as last computed (see :mod:`osce_kg.server.wholestore`)."""
    return whole_store().get("landing", landing_figures)


def landing_figures() -> dict[str, Any]:
    """The landing page's figures from VoID's counts (``LinkedData.void_counts``: updated from the writes,
    not recounted): each class's instances, the totals of a class with its subclasses (kept with the
    counts as class groups), an example of each of our classes (under ``/id/``, else anywhere under the
    base: document graphs, sources, loads have no ``/id/`` resources), the store's quads and graphs; the
    examples' labels are asked for (a few IRIs)."""
    svc = services()
    if not ld().has_void_counts():  # a first start: not VoID's whole count (9 min at a million releases) first
        return _landing_counted()
    counts = ld().void_counts()
    ours = [URIRef(c) for c in counts.classes if svc.minter.is_ours(c)]
    groups = _groups(ours)
    if any(g not in counts.groups for g in groups.values()):
        counts = ld().void_counts(groups.values())
    ranked = sorted(((URIRef(c), n) for c, n in counts.classes.items()), key=lambda x: (-x[1], str(x[0])))
    ex = {c: [URIRef(iri)] for c in ours if (iri := counts.examples.get(str(c)) or counts.any_examples.get(str(c)))}
    return {"counts": ranked, "totals": {cls: counts.groups[group] for cls, group in groups.items()},
            "examples": ex, "labels": _labels(ex), "quads": counts.quads, "graphs": counts.graphs}


def _groups(ours: list[URIRef]) -> dict[URIRef, str]:
    """Each of our classes (and their superclasses with no instances) that has subclasses -> its group's key."""
    from .void import group_key

    return {cls: group_key(subs) for cls in ours + _superclasses_of(ours)
            if len(subs := class_pages.subclasses_of(cls)) > 1}


def _labels(examples: dict[URIRef, list[URIRef]]) -> Graph:
    from .describe import labels_and_types

    g = Graph()
    for t in labels_and_types(services().store, {i for iris in examples.values() for i in iris}):
        g.add(t)
    return g


def _landing_counted() -> dict[str, Any]:
    """The landing page's figures counted in the store, without VoID's counts (none kept yet): each class's
    instances, the groups' totals, the examples, the store's size (the next build after VoID's counts are
    there takes them from those)."""
    from .void import class_counts, count_group, examples, graph_count, quad_total

    svc = services()
    counts = class_counts(svc.store, svc.minter)
    ours = [c for c, _ in counts if svc.minter.is_ours(str(c))]
    ex = examples(svc.store, svc.minter, ours)
    missing = [c for c in ours if c not in ex]
    ex.update(examples(svc.store, svc.minter, missing, prefix=svc.minter.base))
    return {"counts": counts, "totals": {cls: count_group(svc.store, g) for cls, g in _groups(ours).items()},
            "examples": ex, "labels": _labels(ex), "quads": quad_total(svc.store), "graphs": graph_count(svc.store)}


def _superclasses_of(classes: list[URIRef]) -> list[URIRef]:
    """Our ontology's classes above ``classes`` that have no instances of their own (e.g. publication)."""
    from rdflib.namespace import RDFS

    onto, vocab_ns, present = ld().ontology(), str(services().minter.vocab), set(classes)
    found = {s for c in classes for s in onto.transitive_objects(c, RDFS.subClassOf)
             if isinstance(s, URIRef) and str(s).startswith(vocab_ns)}
    return sorted(found - present)


def _class_tree(classes: list[URIRef], counts: dict[URIRef, int]) -> list[tuple[URIRef, int]]:
    """``classes`` as a tree, depth first: each under its nearest superclass among them, biggest first."""
    from rdflib.namespace import RDFS

    onto = ld().ontology()
    present = set(classes)
    parent: dict[URIRef, URIRef | None] = {}
    for cls in classes:
        supers = [s for s in onto.objects(cls, RDFS.subClassOf) if isinstance(s, URIRef) and s in present and s != cls]
        parent[cls] = min(supers, key=str) if supers else None
    out: list[tuple[URIRef, int]] = []

    def walk(node: URIRef | None, depth: int) -> None:
        children = [c for c in classes if parent[c] == node]
        for child in sorted(children, key=lambda c: (-counts.get(c, 0), str(c))):
            if all(child != c for c, _ in out):  # guard against cycles in the ontology
                out.append((child, depth))
                walk(child, depth + 1)

    walk(None, 0)
    return out


@bp.get("/")
def landing() -> Response:
    figures = landing_data()
    data = figures.value
    lab = labeler(data["labels"])
    direct: dict[URIRef, int] = dict(data["counts"])
    totals: dict[URIRef, int] = {**direct, **data["totals"]}
    minter = services().minter
    ours = [{"cls": Shown(lab.name(cls), href=class_pages.class_href(cls), iri=str(cls)), "count": totals[cls],
             "direct": direct.get(cls, 0), "depth": min(depth, 3),
             "examples": [lab.show(i) for i in data["examples"].get(cls, [])]}
            for cls, depth in _class_tree([c for c in totals if minter.is_ours(str(c))], totals)]
    others = [{"cls": Shown(lab.name(cls), href=class_pages.class_href(cls), iri=str(cls)), "count": n}
              for cls, n in direct.items() if not minter.is_ours(str(cls))]
    body = render_template("index.html", title="osce-kg", ours=ours, others=others, quads=data["quads"],
                           graphs=data["graphs"], version=__version__, examples=_example_links(ours),
                           figures=figures)
    return figured(finish(body, HTML, links=f'<{root()}/sparql>; rel="{SPARQL_SD}", <{root()}/void>; '
                                            f'rel="http://rdfs.org/ns/void#inDataset"'), figures)


#: the classes whose examples make the best starting points, in this order
START_CLASSES = ("PressRelease", "ParticipatingState", "Mission", "Presence", "Event", "Institution",
                 "FieldOfWork", "NewsItem")


def _example_links(rows: list[dict[str, object]]) -> list[Shown]:
    """A few resources to start from: releases, States, field operations, events, then the biggest classes."""
    vocab_ns = str(services().minter.vocab)
    rank = {vocab_ns + name: i for i, name in enumerate(START_CLASSES)}
    picked: list[Shown] = []
    for row in sorted(rows, key=lambda r: (rank.get(r["cls"].iri, 99), -int(r["count"]))):  # type: ignore
        for ex in row["examples"]:  # type: ignore[attr-defined]
            if ex.href and "/doc/" in ex.href and all(ex.iri != p.iri for p in picked):
                picked.append(ex)
        if len(picked) >= 6:
            break
    return picked


@bp.get("/void")
@bp.get("/void.<ext>")
@bp.get("/.well-known/void")
def void(ext: str | None = None) -> Response:
    svc = services()
    if ext is not None and ext not in EXTENSION_OF.values():
        return error(404, "Not Found", f"No /void.{ext} here.", negotiated=False)
    media = media_for(ext)
    if media is None:
        return not_acceptable(OFFER)
    figures = ld().void()
    graph: Graph = figures.value
    links = link_header(f"{root()}/void", canonical=svc.minter.base + "void")
    if media != HTML:
        return figured(finish(serialize(Graph() + graph, media, svc.minter, context=context_url()), media,
                              negotiated=ext is None, links=links), figures)
    return figured(finish(render_void(graph, figures), HTML, negotiated=ext is None, links=links), figures)


def render_void(graph: Graph, figures: Figures | None = None) -> str:
    from .describe import VOID

    svc = services()
    ds = URIRef(svc.minter.base + "void#dataset")
    lab = labeler(graph)
    stats = [(lab.prop(p), graph.value(ds, p)) for p in (VOID.triples, VOID.entities, VOID.distinctSubjects,
                                                            VOID.distinctObjects, VOID.classes, VOID.properties,
                                                            VOID.documents)]
    classes = sorted(((c, int(str(graph.value(part, VOID.entities))))
                      for part in graph.objects(ds, VOID.classPartition)
                      if isinstance(c := graph.value(part, VOID["class"]), URIRef)), key=lambda x: (-x[1], str(x[0])))
    props = sorted(((p, int(str(graph.value(part, VOID.triples))))
                    for part in graph.objects(ds, VOID.propertyPartition)
                    if isinstance(p := graph.value(part, VOID.property), URIRef)), key=lambda x: (-x[1], str(x[0])))
    return render_template(
        "void.html", title="Dataset description (VoID)", stats=stats,
        classes=[(Shown(lab.name(c), href=class_pages.class_href(c), iri=str(c)), n) for c, n in classes],
        properties=[(Shown(lab.prop(p), href=href_for(str(p), svc.minter, root()), iri=str(p)), n) for p, n in props],
        examples=[lab.show(x) for x in sorted(graph.objects(ds, VOID.exampleResource), key=str)],
        alternates=alternates(f"{root()}/void"), figures=figures)


@bp.get("/dumps/")
def dumps_index() -> Response:
    dumps = ld().dumps
    whole = dumps.whole()
    graphs = dumps.graphs()
    body = render_template("dumps.html", title="Dumps", whole=whole, graphs=graphs, size=_size(len(whole.data)))
    return finish(body, HTML)


@bp.get("/dumps/<path:name>")
def dump_file(name: str) -> Response:
    dumps = ld().dumps
    want_sum = name.endswith(".sha256")
    stem = name[:-len(".sha256")] if want_sum else name
    found: Dump | None
    if stem == ALL:
        found = dumps.whole()
    elif stem.startswith("graph/") and stem.endswith(".nq.gz"):
        found = dumps.graph(stem[len("graph/"):-len(".nq.gz")])
    elif stem == "SHA256SUMS":
        return finish(dumps.whole().checksum_line, "text/plain")
    else:
        found = None
    if found is None:
        return error(404, "Not Found", f"No dump called {name!r}.", negotiated=False)
    if want_sum:
        return finish(found.checksum_line, "text/plain", etag=found.sha256 + "-sum")
    # served as the gzip file it is (not Content-Encoding: clients keep the .gz they asked for)
    resp = finish(found.data, "application/gzip", etag=found.sha256)
    resp.headers["Content-Type"] = "application/gzip"
    resp.headers["Content-Disposition"] = f'attachment; filename="{stem.rsplit("/", 1)[-1]}"'
    resp.headers["Digest"] = "sha-256=" + _b64(found.sha256)
    return resp


def _b64(hexdigest: str) -> str:
    import base64

    return base64.b64encode(bytes.fromhex(hexdigest)).decode("ascii")


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n}"


def sitemap_paths() -> Figures[Paths]:
    """Every resource under ``{base}id/`` that has a type, as its document's path, sorted, as last computed:
    updated from the writes since (:func:`osce_kg.server.incremental.update_paths`), else computed whole."""
    return whole_store().get("sitemap-paths", _all_paths, _update_paths)


def _all_paths() -> Paths:
    """The sitemap's paths, a whole pass over the store (with where in its history they were computed)."""
    svc, whole = services(), whole_store()
    before = last_write(svc.store, svc.minter.base)
    quads, graphs = whole.store_size(svc.store)
    paths = all_paths(svc.store, svc.minter, before, quads, graphs)
    if last_write(svc.store, svc.minter.base) != before:  # a write came meanwhile: no known position
        paths.position = None
    return paths


def _update_paths(previous: Paths, from_disk: bool) -> Paths:
    """``previous`` brought up to the store, else computed whole (:func:`_all_paths`)."""
    svc, whole = services(), whole_store()
    if isinstance(previous, Paths):
        for _ in range(3):  # a write committed during the update: once more
            try:
                updated = update_paths(svc.store, svc.minter, previous, kept=from_disk,
                                       same_size=whole.same_size(svc.store))
            except Retry:
                continue
            if updated is not None:
                return updated
            break
    return _all_paths()


@bp.get("/sitemap.xml")
@bp.get("/sitemap-<int:part>.xml")
def sitemap(part: int | None = None) -> Response:
    """Every page of the site for crawlers; past 50,000 documents, an index of numbered parts (the
    documents in order of their paths, 50,000 a part)."""
    root = request.url_root.rstrip("/")
    listed = sitemap_paths()
    paths = listed.value
    parts = max(1, -(-len(paths) // SITEMAP_MAX))
    if part is None and parts > 1:
        urls = [f"{root}/sitemap-{i}.xml" for i in range(1, parts + 1)]
        return figured(finish(render_template("sitemap_index.xml", urls=urls), "application/xml"), listed)
    if part is not None and not 1 <= part <= parts:
        return error(404, "Not Found", "No such sitemap part.", negotiated=False)
    start = ((part or 1) - 1) * SITEMAP_MAX
    urls = [f"{root}/doc/{p}" for p in paths[start:start + SITEMAP_MAX]]  # Minter.document_of: /id/x -> /doc/x
    if (part or 1) == 1:
        urls = [f"{root}/", f"{root}/ontology", f"{root}/shapes", f"{root}/void", f"{root}/dumps/"] + urls
    return figured(finish(render_template("sitemap.xml", urls=urls), "application/xml"), listed)


@bp.get("/robots.txt")
def robots() -> Response:
    return finish(f"User-agent: *\nAllow: /\nSitemap: {request.url_root}sitemap.xml\n", "text/plain")
