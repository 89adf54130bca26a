"""A linked-data client over a real socket: rdflib follows a resource IRI and gets its description."""
from __future__ import annotations

import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from ld_data import LiveServer

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory):
    server = LiveServer(tmp_path_factory.mktemp("live"))
    yield server
    server.close()


def some_iris(live: LiveServer, n: int = 3) -> list[URIRef]:
    rows = live.store.select(f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), \"{live.base}id/\")) }} "
                             f"ORDER BY ?s LIMIT {n}")
    return [r["s"] for r in rows]


def test_rdflib_follows_an_iri_and_gets_its_description(live):
    for iri in some_iris(live):
        g = Graph()
        g.parse(str(iri))  # rdflib's own Accept header, the 303, then whatever format we chose
        assert (iri, RDF.type, None) in g, f"{iri}: {len(g)} triples, not about the IRI"


def test_json_ld_over_the_wire_uses_the_published_context(live):
    iri = some_iris(live, 1)[0]
    as_jsonld = Graph().parse(str(iri), format="json-ld")  # fetches /context.jsonld from the server
    as_turtle = Graph().parse(str(iri), format="turtle")
    assert len(as_turtle) > 0 and isomorphic(as_jsonld, as_turtle)


def test_the_303_and_the_document_over_the_wire(live):
    iri = some_iris(live, 1)[0]

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as info:
        opener.open(urllib.request.Request(str(iri), headers={"Accept": "text/turtle"}))
    info.value.close()  # the error holds the response open: left to the garbage collector, its
    # socket surfaced as an "unclosed socket" error in whichever test ran then
    assert info.value.code == 303
    doc = info.value.headers["Location"]
    assert doc.endswith("/doc/" + str(iri)[len(live.base + "id/"):]), doc
    with urllib.request.urlopen(urllib.request.Request(urllib.parse.urljoin(str(iri), doc),
                                                       headers={"Accept": "text/turtle"})) as resp:
        assert resp.headers["Content-Type"].startswith("text/turtle")
        assert "Accept" in resp.headers["Vary"]
        assert (iri, None, None) in Graph().parse(data=resp.read(), format="turtle")
