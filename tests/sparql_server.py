"""Helpers for the SPARQL endpoint tests: small stores built by hand, the app served as in
production (ASGI under Granian) on a free port, closed with its query workers."""
from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Iterator, Mapping

from rdflib import Graph, URIRef

from osce_kg.loader.settings import Settings
from osce_kg.loader.store import Change, EmbeddedStore
from ports import free_port, release

EX = "http://example.org/osce/"

#: two documents' graphs and a reference graph, OSCE-shaped, small
GRAPHS: dict[str, str] = {
    EX + "graph/reference": f"""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix ex: <{EX}> .
        ex:finland a ex:ParticipatingState ; rdfs:label "Finland"@en ; ex:iso "FI" .
        ex:austria a ex:ParticipatingState ; rdfs:label "Austria"@en ; ex:iso "AT" .
        ex:secretariat a ex:Organization ; rdfs:label "OSCE Secretariat"@en .
        ex:terrorism a skos:Concept ; skos:prefLabel "Countering terrorism"@en .
    """,
    EX + "graph/release1": f"""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix ex: <{EX}> .
        ex:release1 a ex:PressRelease ; rdfs:label "Chairpersonship opens conference <in> Vienna & more"@en ;
            ex:date "2025-03-04"^^xsd:date ; ex:mentions ex:finland, ex:austria ;
            ex:source ex:secretariat ; ex:field ex:terrorism ;
            ex:quote [ ex:speaker "Raphael Perl" ; ex:text "Terrorism is a threat." ] .
    """,
    EX + "graph/release2": f"""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix ex: <{EX}> .
        ex:release2 a ex:PressRelease ; rdfs:label "Secretariat meets Austria"@en ;
            ex:date "2024-11-20"^^xsd:date ; ex:mentions ex:austria ; ex:source ex:secretariat .
    """,
}


def parsed(graphs: Mapping[str, str | Path]) -> dict[URIRef, Graph]:
    out: dict[URIRef, Graph] = {}
    for name, source in graphs.items():
        g = Graph(identifier=URIRef(name))
        if isinstance(source, Path):
            g.parse(source, format="nt" if source.suffix == ".nt" else None)
        else:
            g.parse(data=source, format="turtle")
        out[URIRef(name)] = g
    return out


def build_store(path: Path, graphs: Mapping[str, str | Path] = GRAPHS) -> EmbeddedStore:
    """A read-write store at ``path`` holding ``graphs`` (name -> Turtle text or a file)."""
    store = EmbeddedStore(path)
    store.apply(Change(replace=parsed(graphs)))
    return store


def make_app(tmp_path: Path, graphs: Mapping[str, str | Path] = GRAPHS, **overrides: object):
    """The app over a fresh store holding ``graphs``; settings ``overrides`` applied."""
    from osce_kg.server.app import create_app

    settings = Settings(store=tmp_path / "store").replace(**overrides)
    return create_app(settings, store=build_store(settings.store, graphs))


@contextlib.contextmanager
def serving(app, port: int = 0) -> Iterator[str]:
    """Serve ``app`` as ``osce-kg serve`` does (the ASGI app of :mod:`osce_kg.server.asgi` under
    Granian, on uvloop) on ``port`` (a free one by default; one of :func:`ports.free_port`, reserved until
    the server stops), in a thread; yields the base URL. Stops the server, the query workers and the store
    afterwards."""
    import asyncio

    from granian.constants import Interfaces
    from granian.server.embed import Server

    from osce_kg.server.asgi import QueryFirstApp
    from osce_kg.server.app import close_app
    from osce_kg.server.sparql import executor_of

    port = port or free_port()
    server = Server(QueryFirstApp(app, threads=4), address="127.0.0.1", port=port, interface=Interfaces.ASGI,
                    websockets=False, log_enabled=False)
    try:
        import uvloop

        loop = uvloop.new_event_loop()
    except ImportError:
        loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(server.serve(),), daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base)
        yield base
    finally:
        loop.call_soon_threadsafe(server.stop)
        thread.join(timeout=30)
        loop.close()
        executor = executor_of(app)
        if executor is not None:
            executor.close()
        close_app(app)  # background threads stopped before the store closes
        release(port)


def _wait_for(base: str, timeout: float = 30.0) -> None:
    import socket
    import time

    host, port = base.rsplit("//", 1)[1].split(":")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, int(port)), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the test server at {base} did not come up")
