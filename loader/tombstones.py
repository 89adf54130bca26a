"""Deleted resources, recorded in the same transaction as the write that deleted them.

A write that leaves a resource under ``{base}id/`` with no triple (outside the tombstones graph
itself) records ``<iri> prov:invalidatedAtTime "…"^^xsd:dateTime`` in ``{base}graph/tombstones``,
so its page answers 410 Gone. The gate adds these quads to the change it commits (and to its
audit record): there is no second write.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, XSD

from .iri import Minter
from .store.base import Quad

TOMBSTONES_KEY = "tombstones"


@dataclass(frozen=True)
class Tombstones:
    """Where deletions are recorded (``graph``) and which IRIs count (those under ``space``)."""

    graph: URIRef
    space: str

    @classmethod
    def of(cls, minter: Minter) -> "Tombstones":
        return cls(minter.graph(TOMBSTONES_KEY), minter.base + "id/")

    def gone(self, removed: Iterable[Quad], left: Callable[[URIRef], Iterable[Quad]]) -> list[URIRef]:
        """The subjects of ``removed`` under :attr:`space` of which ``left(iri)`` (their quads once the
        change is applied) holds none outside the tombstones graph."""
        candidates = {q[0] for q in removed if isinstance(q[0], URIRef) and str(q[0]).startswith(self.space)}
        return sorted(iri for iri in candidates if not any(q[3] != self.graph for q in left(iri)))

    def quads(self, iris: Iterable[URIRef], when: dt.datetime) -> list[Quad]:
        """``iris`` recorded as deleted at ``when`` (UTC, whole seconds)."""
        stamp = Literal(when.astimezone(dt.timezone.utc).replace(microsecond=0), datatype=XSD.dateTime)
        return [(iri, PROV.invalidatedAtTime, stamp, self.graph) for iri in sorted(set(iris))]


__all__ = ["TOMBSTONES_KEY", "Tombstones"]
