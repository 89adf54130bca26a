"""Dataset dumps: the whole store and each document's named graph as gzipped N-Quads, with SHA-256.

Dumps are built on first request and kept until the next committed write
(:meth:`Dumps.clear` is an ``after_write`` callback). Gzip is written with a zero
timestamp, so the same data always gives the same bytes and the same checksum.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import threading
from dataclasses import dataclass

from rdflib import URIRef

from osce_kg.loader.iri import Minter
from osce_kg.loader.store.base import Store

ALL = "all.nq.gz"
MEDIA_TYPE = "application/n-quads"


@dataclass(frozen=True)
class Dump:
    """One dump file."""

    name: str
    data: bytes          # gzipped N-Quads
    sha256: str

    @property
    def checksum_line(self) -> str:
        """The ``sha256sum`` line for this file."""
        return f"{self.sha256}  {self.name}\n"


def _make(name: str, nquads: bytes) -> Dump:
    data = gzip.compress(nquads, compresslevel=6, mtime=0)
    return Dump(name, data, hashlib.sha256(data).hexdigest())


def graph_key(minter: Minter, graph: URIRef) -> str | None:
    """``{base}graph/{key}`` -> ``key``; None for graphs outside our namespace."""
    prefix = minter.base + "graph/"
    key = str(graph)[len(prefix):] if str(graph).startswith(prefix) else None
    return key if key and "/" not in key else None


def graph_nquads(store: Store, graph: URIRef) -> bytes:
    """One named graph as N-Quads (the store dumps N-Triples; each line gets the graph name)."""
    out = io.BytesIO()
    store.dump(out, "nquads", graph=graph)
    suffix = f" <{graph}> .".encode("utf-8")
    lines = [line[:-2].rstrip() + suffix for line in out.getvalue().splitlines() if line.strip()]
    return b"\n".join(sorted(lines)) + (b"\n" if lines else b"")


class Dumps:
    """Builds and caches dumps of one store."""

    def __init__(self, store: Store, minter: Minter) -> None:
        self.store = store
        self.minter = minter
        self._lock = threading.Lock()
        self._cache: dict[str, Dump] = {}

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()

    def whole(self) -> Dump:
        """The whole dataset.

        :raises StoreError: the store failed.
        """
        with self._lock:
            if ALL not in self._cache:
                out = io.BytesIO()
                self.store.dump(out, "nquads")
                self._cache[ALL] = _make(ALL, out.getvalue())
            return self._cache[ALL]

    def graphs(self) -> list[tuple[str, URIRef]]:
        """(key, graph IRI) of every named graph that has a dump, sorted by key."""
        found = [(graph_key(self.minter, g), g) for g in self.store.named_graphs()]
        return sorted((k, g) for k, g in found if k)

    def graph(self, key: str) -> Dump | None:
        """The dump of ``{base}graph/{key}``; None when there is no such graph.

        :raises StoreError: the store failed.
        """
        name = f"graph/{key}.nq.gz"
        iri = URIRef(self.minter.base + "graph/" + key)
        with self._lock:
            if name not in self._cache:
                if "/" in key or not self.store.has_graph(iri):
                    return None
                self._cache[name] = _make(name, graph_nquads(self.store, iri))
            return self._cache[name]
