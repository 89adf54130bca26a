"""Minting stable IRIs: the same name always gives the same IRI.

Resource IRIs are ``{base}id/{kind}/{key}``; their documents ``{base}doc/{kind}/{key}``;
a document's named graph is ``{base}graph/{key}``. Ontology terms are NOT under the base: the
vocabulary has one name of its own, :data:`VOCAB` (``https://w3id.org/osce-kg/ontology#Term``), so a
query written against one deployment runs unchanged on another; each deployment serves the
ontology's document at ``{base}ontology``.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from rdflib import Namespace, URIRef

#: the ontology's own IRI, the same on every deployment (each serves its document at ``{base}ontology``)
ONTOLOGY = "https://w3id.org/osce-kg/ontology"
#: the vocabulary's namespace: classes and properties are ``{VOCAB}Term``
VOCAB = ONTOLOGY + "#"

#: the kinds of resource, as they appear in ``/id/{kind}/{key}``
KINDS = (
    "state", "partner", "organization", "field-operation", "field", "series", "event",
    "release", "person", "post", "city", "chairpersonship", "change", "territory",
    "write", "agent",  # audit records (loader/audit.py) and the token names that made them
)

#: named-graph keys osce-kg keeps for its own data (ontology, reference data, audit log, the store's
#: default graph as the update endpoint names it, deleted IRIs): never a document's graph
RESERVED_GRAPH_KEYS = ("ontology", "reference", "audit", "default", "tombstones", "identity")

#: the graphs the server writes itself, each with what it holds: part of the dataset for reading,
#: but a maintainer's write may not name them, and in an update ``ALL``, ``NAMED`` and ``GRAPH ?g``
#: mean the other graphs (the ones maintainers own)
MANAGED_GRAPH_KEYS: dict[str, str] = {
    "ontology": "the ontology, installed from the packaged ontology by osce-kg load",
    "reference": "the curated reference data from loader/data/, installed by osce-kg load",
    "audit": "the audit log of every accepted write",
    "tombstones": "which IRIs were deleted, and when: delete a resource's triples and the server records it",
}

_TRANSLIT = str.maketrans({"ß": "ss", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l",
                           "Ł": "l", "æ": "ae", "œ": "oe", "ı": "i"})
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяђјљњћџ",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "u", "f", "h", "c", "ch", "sh", "sh", "", "y", "", "e", "yu",
                 "ya", "dj", "j", "lj", "nj", "c", "dz"]))


#: names :func:`slug` keeps: a document's names are mostly ones met before, but its releases' and events'
#: titles are new in each document, so the cache fills with them and its size is what a bulk load's read
#: worker holds (65,536 grew each worker by ~0.9 KiB a document up to ~27 MiB; ``bench/worker_heap.py``)
SLUG_CACHE = 8192


@functools.lru_cache(maxsize=SLUG_CACHE)
def slug(text: str, max_len: int = 80) -> str:
    """A lowercase ASCII key: ``"Mission to Bosnia and Herzegovina"`` -> ``mission-to-bosnia-and-herzegovina``.

    Kept for the last :data:`SLUG_CACHE` names: a document's names are mostly ones met before (441 pages:
    10,821 calls, 1,538 names; a sixth of mapping them)."""
    text = text.translate(_TRANSLIT)
    text = "".join(_CYR.get(c, _CYR.get(c.lower(), c)) for c in text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    if len(text) > max_len:
        text = text[:max_len].rsplit("-", 1)[0]
    return text or "x"


def short_hash(*parts: str, n: int = 8) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


#: what RFC 3987 allows nowhere in an IRI: C0 and C1 controls, DEL, space, ``<>"{}|\^```, and lone
#: surrogates (which no UTF-8 can carry)
_NOT_IN_IRIS = re.compile('[\x00-\x20\x7f-\x9f<>"{}|\\\\^`\ud800-\udfff]')


def iri_fault(text: str) -> str | None:
    """Why ``text`` cannot be (part of) an IRI: its first forbidden character, named; None when it can.

    A check of characters only, for pieces of IRIs (a URL path, a key); whole IRIs go through
    :func:`iri_problem`, the store's own parser.

    The server refuses such text from a URL (HTTP 400) before it reaches a query or a header:
    ``URIRef`` takes it, but the store's parser, N-Triples and ``Location`` do not.
    """
    found = _NOT_IN_IRIS.search(text)
    if found is None:
        return None
    char = found.group()
    shown = "space" if char == " " else char if char.isprintable() else None
    return f"U+{ord(char):04X}" + (f" ({shown})" if shown else "")


def is_valid_iri(text: str) -> bool:
    """Whether ``text`` holds only characters an IRI may hold (see :func:`iri_fault`)."""
    return iri_fault(text) is None


def iri_problem(iri: str) -> str | None:
    """Why ``iri`` is not a valid absolute IRI (RFC 3987, by the store's parser), or None; the
    reason is shortened and escaped for a message (see :func:`iri_fault` for pieces of IRIs)."""
    from .rdfparse import shown
    from .store import rdfio

    problem = rdfio.iri_problem(iri)
    return None if problem is None else shown(problem)


@dataclass(frozen=True)
class Minter:
    """Mints IRIs under one base; pure, no state beyond the base."""

    base: str

    @property
    def vocab(self) -> Namespace:
        """The vocabulary's namespace: :data:`VOCAB` whatever the base."""
        return Namespace(VOCAB)

    @property
    def ontology_document(self) -> URIRef:
        """Where this deployment serves the ontology (``{base}ontology``)."""
        return URIRef(self.base + "ontology")

    def managed_graphs(self) -> dict[URIRef, str]:
        """The server-managed graphs (:data:`MANAGED_GRAPH_KEYS`), each with the reason a write naming it
        is refused."""
        return {self.graph(key): f"<{self.graph(key)}> is managed by the server ({what}); it can be read, "
                                 "but no update or Graph Store request may write it"
                for key, what in MANAGED_GRAPH_KEYS.items()}

    def is_ours(self, iri: str) -> bool:
        """Minted here: under the base, or a term of our vocabulary (or the ontology itself)."""
        return iri.startswith((self.base, ONTOLOGY))

    @property
    def shapes(self) -> Namespace:
        return Namespace(self.base + "shapes#")

    def resource(self, kind: str, key: str) -> URIRef:
        if kind not in KINDS:
            raise ValueError(f"unknown resource kind {kind!r}")
        return URIRef(f"{self.base}id/{kind}/{key}")

    def named(self, kind: str, label: str) -> URIRef:
        """The IRI of a named thing of ``kind`` (State, organization, person, ...)."""
        return self.resource(kind, slug(label))

    def release(self, title: str, date: dt.date | None) -> URIRef:
        """A release's IRI from its title and date, so a listing item and the full page agree."""
        key = slug(title, 70)
        if date:
            key = f"{date.isoformat()}-{key}"
        return self.resource("release", key)

    def event(self, name: str, date: dt.date | None) -> URIRef:
        key = slug(name, 70)
        if date:
            key = f"{key}-{date.year}"
        return self.resource("event", key)

    def post(self, person: str, post: str) -> URIRef:
        return self.resource("post", f"{slug(person, 40)}-{short_hash(post.lower())}")

    def chairpersonship(self, year: int) -> URIRef:
        return self.resource("chairpersonship", str(year))

    def graph(self, key: str) -> URIRef:
        return URIRef(f"{self.base}graph/{slug(key, 120)}")

    def document_of(self, iri: str) -> str | None:
        """``/id/k/x`` -> ``/doc/k/x`` (None for IRIs outside ``/id/``)."""
        prefix = self.base + "id/"
        return self.base + "doc/" + iri[len(prefix):] if iri.startswith(prefix) else None
