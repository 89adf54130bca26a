"""Class listings and the sitemap updated from the writes, not recomputed (issue 14).

A class listing (every instance of a class and its subclasses, newest first, then by label) and the
sitemap (every resource under ``{base}id/`` that has a type, as its document's path) read the whole
store: at a million releases the press releases' listing is a million members, built in minutes.
After a write they are now brought up to the store from the audit records of the writes since they
were computed (:func:`osce_kg.server.void.net_change_since`: the net quads added and removed), the way
VoID's counts are:

- the subjects the change can move are those of an added or removed quad that types them (with one of
  the listing's classes), names or dates them, or carries the listing's filter property;
- for each, its row now (member or not, its best label, its newest date) is read with one small
  query (its distinct values of those properties and how many quads hold each), and its row then
  follows from the same values: a value was there before if a removed quad held it, or more quads hold
  it now than the change added; the row then is taken out of its place and the row now put in its own.

Exact: ``tests/test_incremental.py`` checks an updated listing and sitemap equal a whole recompute after
restated triples, new classes, removals, tombstones and dropped graphs. Each is kept with the audit
position and the store's size it was computed at (in memory and, through ``wholestore.Kept``, beside the
store: a restart takes them when no record came since and the store holds as many quads and graphs).
Computed whole only when the records cannot tell (see ``net_change_since``) or the store is not
embedded (the rows are compared as the store's own terms).

Both are kept in sorted chunks of packed rows (:class:`Chunked`): a member moved costs the rebuild of
one chunk of at most ``2 * CHUNK`` rows, never a copy of a million.
"""
from __future__ import annotations

import bisect
import marshal
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from osce_kg.loader.iri import Minter
from osce_kg.loader.store import rdfio
from osce_kg.loader.store.base import Store

from .describe import DATE_PROPERTIES, LABEL_PROPERTIES, Member, _plain_rows, native_of
from .void import NetChange, Retry, SizeCheck, net_change_since

#: rows per chunk at most twice this (a moved row rebuilds one chunk)
CHUNK = 2048

#: a listing's row: (IRI, best label or None, newest date as (text, datatype) or None)
Row = tuple[str, "str | None", "tuple[str, str] | None"]

R = TypeVar("R")


class _Key:
    """A row's place in a listing: newest date first (undated last), then label (case folded), then IRI."""

    __slots__ = ("date", "label", "iri")

    def __init__(self, row: Row) -> None:
        self.date = row[2][0] if row[2] is not None else ""
        self.label = (row[1] or "").lower()
        self.iri = row[0]

    def __lt__(self, other: "_Key") -> bool:
        if self.date != other.date:
            return self.date > other.date
        return (self.label, self.iri) < (other.label, other.iri)


def listing_order(rows: list[Row]) -> list[Row]:
    """``rows`` in a listing's order (as ``describe.class_members`` sorts them)."""
    return sorted(rows, key=_Key)


class _Chunk:
    """Rows packed as one compressed block (``marshal``, then zlib at its fastest level): a listing's rows
    are text that repeats (IRIs sharing a long prefix, dates, titles made of the same words), and at a
    million releases the press releases' listing held 200-250 bytes a member packed as plain text."""

    __slots__ = ("size", "data")

    def __init__(self, rows: list[Any]) -> None:
        self.size = len(rows)
        self.data = zlib.compress(marshal.dumps(rows), 1)

    def rows(self) -> list[Any]:
        return marshal.loads(zlib.decompress(self.data))

    def __getstate__(self) -> tuple[int, bytes]:
        return self.size, self.data

    def __setstate__(self, state: tuple[int, bytes]) -> None:
        self.size, self.data = state


class Chunked(Sequence[R], Generic[R]):
    """A sorted sequence kept as chunks of compressed rows (:class:`_Chunk`), each at most ``2 * CHUNK``
    rows; :meth:`insert` and :meth:`remove` rebuild one chunk.

    Subclasses say how a row is ordered (:meth:`_key`) and shown (:meth:`_item`). Also carries where in
    the store's history it was computed: ``position`` (the audit position, None: not known), ``quads``
    and ``graphs`` (the store's size then), ``updates`` (writes applied since computed whole).
    """

    def __init__(self, rows: Iterable[Any], *, position: str | None, quads: int, graphs: int) -> None:
        rows = list(rows)
        self._chunks = [_Chunk(rows[i:i + CHUNK]) for i in range(0, len(rows), CHUNK)]
        #: each chunk's last row (where a row goes is found without opening the chunks)
        self._lasts = [rows[min(i + CHUNK, len(rows)) - 1] for i in range(0, len(rows), CHUNK)]
        self._index()
        self.position, self.quads, self.graphs, self.updates = position, quads, graphs, 0

    # -- what a subclass says
    def _key(self, row: Any) -> Any:
        raise NotImplementedError

    def _item(self, row: Any) -> R:
        raise NotImplementedError

    # -- a sequence
    def _index(self) -> None:
        self._starts = [0]
        for chunk in self._chunks:
            self._starts.append(self._starts[-1] + chunk.size)
        self._opened: tuple[_Chunk | None, list[Any]] = (None, [])

    def _open(self, chunk: _Chunk) -> list[Any]:
        """The rows of ``chunk`` (the last one opened is kept: a page reads one or two chunks)."""
        opened = self._opened
        if opened[0] is chunk:
            return opened[1]
        rows = chunk.rows()
        self._opened = (chunk, rows)
        return rows

    def __len__(self) -> int:
        return self._starts[-1]

    @overload
    def __getitem__(self, i: int) -> R: ...

    @overload
    def __getitem__(self, i: slice) -> list[R]: ...

    def __getitem__(self, i: int | slice) -> R | list[R]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        c = bisect.bisect_right(self._starts, i) - 1
        return self._item(self._open(self._chunks[c])[i - self._starts[c]])

    def copy(self) -> "Chunked[R]":
        """A copy to update while this one is still served (the chunks themselves are never changed)."""
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._chunks, other._lasts = list(self._chunks), list(self._lasts)
        other._index()
        return other

    def rows(self) -> Iterator[Any]:
        """Every row, in order."""
        for chunk in self._chunks:
            yield from chunk.rows()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_opened", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._index()

    # -- moved rows
    def _find(self, key: Any) -> tuple[int, list[Any], int]:
        """(chunk, its rows, place in it) where a row with ``key`` is or would go."""
        c = min(bisect.bisect_left(self._lasts, key, key=self._key), len(self._chunks) - 1)
        rows = self._chunks[c].rows()
        return c, rows, bisect.bisect_left(rows, key, key=self._key)

    def _put(self, c: int, rows: list[Any]) -> None:
        """Chunk ``c`` now holds ``rows`` (split in two past ``2 * CHUNK``, dropped when empty)."""
        if not rows:
            del self._chunks[c], self._lasts[c]
        elif len(rows) > 2 * CHUNK:
            half = len(rows) // 2
            self._chunks[c:c + 1] = [_Chunk(rows[:half]), _Chunk(rows[half:])]
            self._lasts[c:c + 1] = [rows[half - 1], rows[-1]]
        else:
            self._chunks[c], self._lasts[c] = _Chunk(rows), rows[-1]
        self._index()

    def insert(self, row: Any) -> None:
        """Put ``row`` in its place."""
        if not self._chunks:
            self._chunks, self._lasts = [_Chunk([row])], [row]
            self._index()
            return
        c, rows, at = self._find(self._key(row))
        rows.insert(at, row)
        self._put(c, rows)

    def remove(self, row: Any) -> None:
        """Take ``row`` out.

        :raises KeyError: it is not here (the listing does not match the store: computed whole again).
        """
        if not self._chunks:
            raise KeyError(row)
        c, rows, at = self._find(self._key(row))
        if at >= len(rows) or rows[at] != row:
            raise KeyError(row)
        del rows[at]
        self._put(c, rows)


class Members(Chunked[Member]):
    """A class listing's members in order (see the module's docstring); a :class:`Member` made only for
    those asked for (a page)."""

    def _item(self, row: Row) -> Member:
        when = tuple(row[2]) if row[2] is not None else None
        return Member(URIRef(row[0]), row[1], when)  # type: ignore[arg-type]

    def _key(self, row: Row) -> _Key:
        return _Key(row)


class Paths(Chunked[str]):
    """The sitemap's document paths (relative to ``{base}doc/``), sorted."""

    def _item(self, row: str) -> str:
        return row

    def _key(self, row: str) -> str:
        return row


# -- the rows of a class listing ------------------------------------------------------------

def _rank() -> dict[str, int]:
    return {str(p): i for i, p in enumerate(LABEL_PROPERTIES)}


def listing_row(iri: str, values: Iterable[tuple[str, object]], classes: set[str],
                where: tuple[str, object] | None) -> Row | None:
    """The row of ``iri`` in a listing of ``classes`` (filtered by ``where``), from its (property, plain
    value) pairs of types, labels, dates and the filter property, as ``describe.class_members`` makes
    it; None when it is not a member."""
    values = list(values)
    typed = any(p == str(RDF.type) and v in classes for p, v in values)
    if not typed or (where is not None and (where[0], where[1]) not in values):
        return None
    rank, dates = _rank(), {str(p) for p in DATE_PROPERTIES}
    label: tuple[int, bool, str] | None = None
    date: tuple[str, str] | None = None
    for p, v in values:
        if not isinstance(v, tuple):  # not a literal
            continue
        text, language, datatype = v
        if p in rank:
            best = (rank[p], language not in (None, "en"), text)
            if label is None or best < label:
                label = best
        elif p in dates and (date is None or (text, datatype) > date):
            date = (text, datatype)
    return (iri, label[2] if label is not None else None, date)


def plain(term: Node) -> object:
    """An rdflib term as the store's own rows give it (``rdfio.plain_term``)."""
    return rdfio.plain_term(rdfio.to_ox(term))


class _Subjects:
    """The subjects a net change may have moved, with the plain (property, value) pairs the change added
    and removed for each, among ``properties``."""

    def __init__(self, change: NetChange, properties: set[str], keep: Any) -> None:
        self.added: dict[str, dict[tuple[str, object], int]] = {}
        self.removed: dict[str, set[tuple[str, object]]] = {}
        for quads, added in ((change.added, True), (change.removed, False)):
            for q in quads:
                if str(q[1]) not in properties or not isinstance(q[0], URIRef) or not keep(q):
                    continue
                pair = (str(q[1]), plain(q[2]))
                if added:
                    seen = self.added.setdefault(str(q[0]), {})
                    seen[pair] = seen.get(pair, 0) + 1
                else:
                    self.removed.setdefault(str(q[0]), set()).add(pair)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.added.keys() | self.removed.keys()))

    def then_and_now(self, store: Store, s: str, properties: set[str]
                     ) -> tuple[list[tuple[str, object]], list[tuple[str, object]]]:
        """The subject's (property, value) pairs among ``properties`` before the change and now."""
        wanted = ", ".join(URIRef(p).n3() for p in sorted(properties))
        held = {(p, v): int(n[0]) if isinstance(n, tuple) else int(str(n)) for p, v, n in _plain_rows(
            store, f"SELECT ?p ?v (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {URIRef(s).n3()} ?p ?v }} "
                   f"FILTER(?p IN ({wanted})) }} GROUP BY ?p ?v")}
        added, removed = self.added.get(s, {}), self.removed.get(s, set())
        # there before: a removed quad held it, or more quads hold it now than the change added
        then = [pair for pair, n in held.items() if n > added.get(pair, 0)]
        return list(dict.fromkeys([*then, *sorted(removed, key=repr)])), list(held)


def update_members(store: Store, minter: Minter, listing: Members, classes: Iterable[URIRef],
                   where: tuple[URIRef, URIRef] | None, *, kept: bool,
                   same_size: SizeCheck | None = None) -> Members | None:
    """``listing`` brought up to the store from the audit records since it was computed (a copy: the one
    given may still be served), or None when that cannot be told (computed whole again).

    :raises Retry: a write was committed meanwhile.
    """
    if native_of(store) is None:
        return None
    change = net_change_since(store, minter.base, listing.position, kept=kept, quads=listing.quads,
                              graphs=listing.graphs, same_size=same_size)
    if change is None:
        return None
    members = {str(c) for c in classes}
    props = {str(RDF.type), *(str(p) for p in (*LABEL_PROPERTIES, *DATE_PROPERTIES))}
    if where is not None:
        props.add(str(where[0]))
    plain_where = (str(where[0]), plain(where[1])) if where is not None else None
    subjects = _Subjects(change, props,
                         lambda q: q[1] != RDF.type or str(q[2]) in members)
    moves = []
    for s in subjects:
        then, now = subjects.then_and_now(store, s, props)
        before, after = (listing_row(s, pairs, members, plain_where) for pairs in (then, now))
        if before != after:
            moves.append((before, after))
    graphs = _graphs_moved(store, change)
    change.confirm(store, minter.base)
    if not change.records:
        return listing
    listing = listing.copy()  # type: ignore[assignment]
    try:
        for before, after in moves:
            if before is not None:
                listing.remove(before)
            if after is not None:
                listing.insert(after)
    except KeyError:
        return None
    _moved_on(listing, change, graphs)
    return listing


def _moved_on(figures: Chunked, change: NetChange, graphs: int) -> None:
    """Where ``figures`` now are: the change's position, the store's size after it."""
    figures.position = change.position
    figures.quads += len(change.added) - len(change.removed)
    figures.graphs += graphs
    figures.updates += 1


def _graphs_moved(store: Store, change: NetChange) -> int:
    """Named graphs the change made minus those it emptied (kept for the size check at a restart):
    per graph it touched, whether it holds a quad now (one query of at most k + 1 rows) minus whether it
    did before (a removed quad was in it, or a quad in it now is not among the added ones), as VoID's."""
    added: dict[Node, int] = {}
    for q in change.added:
        added[q[3]] = added.get(q[3], 0) + 1
    emptied = {q[3] for q in change.removed}
    moved = 0
    for g in sorted(added.keys() | emptied, key=str):
        rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g.n3()} {{ ?s ?p ?o }} }} LIMIT {added.get(g, 0) + 1}")
        now = bool(rows)
        then = g in emptied or any((r["s"], r["p"], r["o"], g) not in change.added for r in rows)
        moved += int(now) - int(then)
    return moved


# -- the sitemap ----------------------------------------------------------------------------

def doc_path(minter: Minter, iri: str) -> str:
    """A resource's document path relative to ``{base}doc/`` (``/id/k/x`` -> ``k/x``)."""
    return iri[len(minter.base) + len("id/"):]


def update_paths(store: Store, minter: Minter, paths: Paths, *, kept: bool,
                 same_size: SizeCheck | None = None) -> Paths | None:
    """The sitemap's ``paths`` brought up to the store from the audit records since (in place), or None.

    :raises Retry: a write was committed meanwhile.
    """
    if native_of(store) is None:
        return None
    change = net_change_since(store, minter.base, paths.position, kept=kept, quads=paths.quads,
                              graphs=paths.graphs, same_size=same_size)
    if change is None:
        return None
    idspace = minter.base + "id/"
    subjects = _Subjects(change, {str(RDF.type)}, lambda q: str(q[0]).startswith(idspace))
    moves = []
    for s in subjects:
        then, now = subjects.then_and_now(store, s, {str(RDF.type)})
        if bool(then) != bool(now):
            moves.append((doc_path(minter, s), bool(now)))
    graphs = _graphs_moved(store, change)
    change.confirm(store, minter.base)
    if not change.records:
        return paths
    paths = paths.copy()  # type: ignore[assignment]
    try:
        for path, present in moves:
            if present:
                paths.insert(path)
            else:
                paths.remove(path)
    except KeyError:
        return None
    _moved_on(paths, change, graphs)
    return paths


def all_paths(store: Store, minter: Minter, position: str | None, quads: int, graphs: int) -> Paths:
    """Every resource under ``{base}id/`` that has a type, as its document path, sorted (a whole pass)."""
    prefix = Literal(minter.base + "id/").n3()
    found = sorted(doc_path(minter, row[0]) for row in _plain_rows(
        store, f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), {prefix})) }}"))
    return Paths(found, position=position, quads=quads, graphs=graphs)


__all__ = ["Members", "Paths", "Chunked", "listing_order", "listing_row", "update_members", "update_paths",
           "all_paths", "doc_path", "Retry", "CHUNK"]
