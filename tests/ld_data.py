"""Test data for the linked-data tests: a store loaded from the example corpus.

Until the loader pipeline can read ``corpus/``, a small hand-built graph in the same
shape (one named graph per document with PROV-O provenance) stands in.
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph, URIRef

from osce_kg.loader.iri import Minter
from osce_kg.loader.store import Change, EmbeddedStore

HAND_BUILT = """
@prefix osce: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <{base}id/> .
@prefix g: <{base}graph/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix org: <http://www.w3.org/ns/org#> .
"""

DOCS = {
    "reference": """
id:state/albania a osce:ParticipatingState ; skos:prefLabel "Albania"@en ; skos:altLabel "Shqipëria"@sq ;
    osce:isoCode "AL" ; owl:sameAs <http://www.wikidata.org/entity/Q222> .
id:field-operation/osce-presence-in-albania a osce:FieldOperation ;
    skos:prefLabel "OSCE Presence in Albania"@en ; osce:hostState id:state/albania .
id:field/combating-trafficking-in-human-beings a skos:Concept ;
    skos:prefLabel "Combating trafficking in human beings"@en .
id:organization/osce-secretariat a org:Organization ; skos:prefLabel "OSCE Secretariat"@en .
""",
    "pr-albania": """
id:release/2017-05-10-presence-in-albania-twenty-years a osce:PressRelease ;
    dcterms:title "Presence in Albania marks twenty years <b>&</b> counting"@en ;
    dcterms:date "2017-05-10"^^xsd:date ;
    osce:body "First paragraph.\\n\\nSecond paragraph with <script>alert(1)</script>."@en ;
    osce:fieldOfWork id:field/combating-trafficking-in-human-beings ;
    osce:mentions id:state/albania , id:field-operation/osce-presence-in-albania ;
    osce:issuedBy id:organization/osce-secretariat .
""",
}


def provenance(base: str, key: str) -> str:
    return f"""
<{base}graph/{key}> a prov:Entity ; prov:generatedAtTime "2026-11-28T10:00:00Z"^^xsd:dateTime ;
    prov:wasDerivedFrom <{base}source/{key}> .
<{base}source/{key}> a prov:Entity ; dcterms:identifier "corpus/{key}.txt" ;
    osce:sha256 "{'0' * 64}" .
"""


def hand_built(store: EmbeddedStore, base: str) -> None:
    replace = {}
    for key, body in DOCS.items():
        g = Graph()
        body = re.sub(r"\bid:([\w/-]+)", lambda m: f"<{base}id/{m.group(1)}>", body)
        g.parse(data=HAND_BUILT.format(base=base) + body + provenance(base, key), format="turtle")
        replace[URIRef(f"{base}graph/{key}")] = g
    store.apply(Change(replace=replace))


def build_store(path: Path, base: str) -> EmbeddedStore:
    """A store holding the example corpus (or the hand-built stand-in) under ``base``."""
    store = EmbeddedStore(path)
    try:
        from osce_kg.loader.pipeline import Loader, bundled_corpus
    except ImportError:
        hand_built(store, base)
        return store
    loader = Loader(store, Minter(base))
    loader.ensure_reference()
    loader.run([bundled_corpus()], write=True)
    return store


class LiveServer:
    """The app on a real socket (werkzeug, threaded), its base IRI being its own address.

    The store is built after the port is known, so the IRIs in it dereference here.
    """

    def __init__(self, tmp_path: Path) -> None:
        import threading

        from werkzeug.serving import make_server

        self._app = None
        self.server = make_server("127.0.0.1", 0, self._dispatch, threaded=True)
        self.base = f"http://127.0.0.1:{self.server.server_port}/"
        from osce_kg.loader.settings import Settings
        from osce_kg.server.app import create_app

        self.settings = Settings(store=tmp_path / "store", base=self.base)
        self.store = build_store(self.settings.store, self.base)
        self._app = create_app(self.settings, store=self.store)
        from osce_kg.server import search
        from osce_kg.server.services import EXTENSION_KEY

        # the search index is built in the background at start: a search meanwhile waits at most 5 s, then
        # gets 503 (the browser tests search at once; on a loaded machine the build can take longer)
        assert search.index_of(self._app.extensions[EXTENSION_KEY]).opened(120)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def _dispatch(self, environ, start_response):
        return self._app(environ, start_response)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)
        from osce_kg.server.app import close_app

        close_app(self._app)  # the search index's start build stopped and waited for, then the store closed


def whole_store_builds_done(timeout: float = 120.0) -> None:
    """Wait until no whole-store rebuild thread (``recompute-*``, :mod:`osce_kg.server.wholestore`) is
    running: each keeps its figures on disk before it ends, so after this they are kept and no thread
    reads the store (one reading it when the store closed held it open: a reopen found it locked).
    A sleep stood here before; on a loaded machine the figures were sometimes not kept yet."""
    import threading
    import time

    deadline = time.monotonic() + timeout
    while running := [t.name for t in threading.enumerate() if t.name.startswith("recompute-")]:
        assert time.monotonic() < deadline, f"whole-store rebuilds still running after {timeout:.0f} s: {running}"
        time.sleep(0.05)
