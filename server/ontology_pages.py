"""The vocabulary's pages: ``/ontology`` and ``/shapes`` in every format (the HTML generated from the
graphs), ``/ontology/Term`` redirecting to ``/ontology#Term``, and ``/context.jsonld``."""
from __future__ import annotations

from urllib.parse import quote

from flask import Response, redirect, render_template, request
from werkzeug.wrappers import Response as BaseResponse
from rdflib import Graph

from osce_kg.loader.iri import ONTOLOGY

from . import classes as class_pages, vocab
from .formats import EXTENSION_OF, context_document, serialize
from .resources import bp, labeler, ld
from .responses import HTML, OFFER, alternates, context_url, error, finish, link_header, media_for, not_acceptable, root
from .services import services

@bp.get("/ontology")
@bp.get("/ontology.<ext>")
def ontology(ext: str | None = None) -> Response:
    return _vocabulary("ontology", ld().ontology(), ext)


@bp.get("/shapes")
@bp.get("/shapes.<ext>")
def shapes(ext: str | None = None) -> Response:
    return _vocabulary("shapes", ld().shapes(), ext)


@bp.get("/ontology/<term>")
@bp.get("/shapes/<term>")
def vocabulary_term(term: str) -> BaseResponse:
    """``/ontology/Term`` -> ``/ontology#Term`` (our term IRIs are hash IRIs)."""
    doc = request.path.rsplit("/", 1)[0]
    if term[:1].isdigit():  # a version IRI (/ontology/0.1.0): the ontology itself
        return redirect(doc, code=303)
    return redirect(f"{doc}#{quote(term)}", code=303)


def _vocabulary(which: str, graph: Graph, ext: str | None) -> Response:
    if ext is not None and ext not in EXTENSION_OF.values():
        return error(404, "Not Found", f"No /{which}.{ext} here.", negotiated=False)
    media = media_for(ext)
    if media is None:
        return not_acceptable(OFFER)
    path = f"{root()}/{which}"
    # the ontology's own IRI is the same everywhere; this document is where this deployment serves it
    links = link_header(path, canonical=services().minter.base + which,
                        topic=ONTOLOGY if which == "ontology" else None)
    if media != HTML:
        body = serialize(Graph() + graph, media, services().minter, context=context_url())
        return finish(body, media, negotiated=ext is None, links=links)
    page = render_ontology(graph, path) if which == "ontology" else render_shapes(graph, path)
    return finish(page, HTML, negotiated=ext is None, links=links)


def render_ontology(onto: Graph, path: str) -> str:
    svc = services()
    terms = vocab.ontology_terms(onto, str(svc.minter.vocab))
    labels = ld().memo("ontology-usage", lambda: vocab.add_usage(terms, svc.store))
    usage = ld().memo("ontology-terms", lambda: terms)
    lab = labeler(labels)  # type: ignore[arg-type]
    header = vocab.ontology_header(onto)
    return render_template("ontology.html", title=header.get("title") or "Ontology", header=header,
                           classes=[t for t in usage if t.kind == "class"],  # type: ignore[attr-defined]
                           properties=[t for t in usage if t.kind != "class"],  # type: ignore[attr-defined]
                           lab=lab, alternates=alternates(path), class_href=class_pages.class_href)


def render_shapes(shapes_g: Graph, path: str) -> str:
    lab = labeler(shapes_g)
    return render_template("shapes.html", title="SHACL shapes", shapes=vocab.shapes_doc(shapes_g), lab=lab,
                           alternates=alternates(path))


@bp.get("/context.jsonld")
def context() -> Response:
    return finish(context_document(services().minter), "application/ld+json")
