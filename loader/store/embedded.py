"""The embedded store: pyoxigraph (RocksDB) on disk.

One process may open it read-write (RocksDB's lock); a second writer fails at
once with :class:`StoreLocked`. Readers in other processes use
:meth:`EmbeddedStore.snapshot` (a RocksDB checkpoint: hard links, milliseconds)
and open it read-only, so they never see half a write.

A gated import writes the graphs it adds (graphs the store did not hold) with Oxigraph's
non-transactional bulk loader, behind a journal (:meth:`EmbeddedStore.apply_batch`): the batch's
new graphs and audit records are named in a file in the store's folder before they are written,
and the file goes once the batch has landed. Opening the store read-write with that file there
(the import was killed mid-batch) removes what it names (:meth:`EmbeddedStore.recover`).
"""
from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import time
from pathlib import Path
from typing import IO, Any, Callable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import QuerySyntaxError, StoreError, StoreLocked, UsageError
from ..settings import env_number
from . import results
from .base import Change, Quad, update_for

log = logging.getLogger(__name__)

_RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
}


def to_rdflib(term: object) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None  # type: ignore[return-value]
    raise TypeError(f"unsupported term {term!r}")


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"unsupported term {term!r}")


class _HasBlankNode(Exception):
    """A change holds a blank node (see :meth:`EmbeddedStore._only_additions`)."""


def _plain(term: Node) -> Any:
    """:func:`to_ox` for a term that is no blank node (:class:`_HasBlankNode` otherwise); Oxigraph
    checks each term's place in a quad (a literal as a subject raises TypeError)."""
    if isinstance(term, BNode):
        raise _HasBlankNode
    return to_ox(term)


def nt(term: Node) -> str:
    """An rdflib term in N-Triples syntax (rdflib's ``n3()`` writes Turtle: a literal with a line
    break comes out triple-quoted, which no N-Quads reader accepts)."""
    return str(to_ox(term))


#: the file in the store's folder naming the import batch being bulk-written (see :meth:`EmbeddedStore.apply_batch`)
JOURNAL = "osce-kg-import-batch.json"


def _write_journal(path: Path, graphs: list[URIRef], subjects: list[ox.NamedNode]) -> None:
    """The journal, synced to disk before anything of its batch is written. A crash while it is written
    leaves a file that does not parse: then nothing of its batch was written (see :meth:`EmbeddedStore.recover`)."""
    data = json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "pid": os.getpid(),
                       "graphs": [str(g) for g in graphs], "subjects": [s.value for s in subjects]})
    with open(path, "w", encoding="utf-8") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


#: RocksDB's table files a store opened read-write keeps open at most (``OSCE_KG_STORE_OPEN_FILES``; 0: as many
#: as the process may open, Oxigraph's default). RocksDB keeps the index and filter blocks of every open table
#: in memory, outside any cache, so without a cap that part grows with the store (~1% of its table files:
#: ~0.2-0.4 KiB a document of a bulk load); with one, it is bounded by that many tables. At least 48
#: (Oxigraph's floor). pyoxigraph takes no option: Oxigraph sets ``max_open_files`` from the process's
#: file-descriptor limit when it opens the store (that limit less 48), so the soft limit is lowered to this
#: number plus 48 while the store opens, then set back (:func:`_open_files_at_most`).
OPEN_FILES = env_number("STORE_OPEN_FILES", 0, least=0)
if 0 < OPEN_FILES < 48:
    raise UsageError(f"OSCE_KG_STORE_OPEN_FILES is '{OPEN_FILES}'; it must be 0 or at least 48")


@contextlib.contextmanager
def _open_files_at_most(files: int) -> Iterator[None]:
    """While inside, Oxigraph opening a store sets RocksDB's ``max_open_files`` to ``files`` (0: unchanged)."""
    if files <= 0:
        yield
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    limit = files + 48  # Oxigraph keeps 48 descriptors for the rest of the process
    if soft != resource.RLIM_INFINITY and soft <= limit:
        yield  # already as low: Oxigraph takes it as it is
        return
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


class EmbeddedStore:
    """pyoxigraph on disk behind the :class:`~osce_kg.loader.store.base.Store` protocol."""

    kind = "embedded"
    snapshots = True
    bulk_loads = True

    def __init__(self, path: Path | str | None, *, read_only: bool = False) -> None:
        """Open the store at ``path`` (``None``: a scratch store in memory).

        :raises StoreLocked: another process holds the store read-write.
        :raises StoreError: there is no store at ``path`` (read-only) or it cannot be opened.
        """
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"there is no store at {self.path}; build one with `osce-kg load PATH...`")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                with _open_files_at_most(OPEN_FILES):
                    self._store = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(
                    f"the store at {self.path} is in use by another process (is `osce-kg serve` "
                    "running?). Stop it, or send the documents through the server with "
                    "`osce-kg load --server URL --token TOKEN`."
                ) from None
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc
        if self.path is not None and (self.path / JOURNAL).exists():
            if read_only:
                log.warning("the store at %s holds an import batch that did not finish (%s): opened read-only, "
                            "its graphs may show; opening the store read-write (any osce-kg command that "
                            "writes, or serve) removes them", self.path, JOURNAL)
            else:
                self.recover()

    # -- reads -----------------------------------------------------------------
    def _query(self, query: str) -> Any:
        return self._store.query(query, use_default_graph_as_union=True)

    def select(self, query: str) -> list[dict[str, Node]]:
        result = self._query(query)
        names = [v.value for v in result.variables]
        return [{n: to_rdflib(sol[n]) for n in names if sol[n] is not None} for sol in result]

    def ask(self, query: str) -> bool:
        return bool(self._query(query))

    def construct(self, query: str) -> Graph:
        g = Graph()
        for t in self._query(query):
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return g

    def query(self, query: str, accept: str, *, timeout: float | None = None) -> tuple[str, bytes]:
        """See :meth:`Store.query`; ``timeout`` cannot be enforced in process and is ignored."""
        try:
            result = self._query(query)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"malformed query: {exc}") from None
        except (OSError, ValueError) as exc:
            raise StoreError(f"the query failed: {exc}") from None
        offered = results.offered(result)
        wanted = [m.split(";")[0].strip() for m in accept.split(",")]
        media = next((m for m in wanted if m in offered), offered[0])
        if isinstance(result, ox.QueryTriples):
            return media, results.graph_bytes(list(result), media)
        if isinstance(result, ox.QueryBoolean):
            return media, results.boolean_bytes(result, media)
        return media, result.serialize(format=results.RESULTS_FORMATS[media])

    def answer(self, query: str, choose: Callable[[str], str], *, max_rows: int, base: str | None = None,
               default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
               own_dataset: bool = False, bounded: bool = False, form: str | None = None,
               prefixes: dict[str, str] | None = None) -> tuple[str, bytes, int, str]:
        """Evaluate a protocol query and serialize it natively: ``(media type, body, rows, form)``.

        ``choose(form)`` picks the media type for the query form (``SELECT``, ``ASK``,
        ``CONSTRUCT``, ``DESCRIBE``) or raises; see :func:`results.answer` for the rest.

        :raises QuerySyntaxError: the query does not parse or cannot run.
        :raises ResultTooLarge: more than ``max_rows`` rows or triples.
        :raises UsageError: a protocol graph name is not an absolute IRI.
        :raises OSError: the store failed, or a SERVICE it called did.
        """
        return results.answer(self._store, query, choose, max_rows=max_rows, base=base,
                              default_graphs=default_graphs, named_graphs=named_graphs, own_dataset=own_dataset,
                              bounded=bounded, form=form, prefixes=prefixes)

    def quads_for_pattern(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
                          g: URIRef | None = None, limit: int | None = None) -> Iterator[Quad]:
        """See :meth:`Store.quads_for_pattern` (``limit`` is not needed: reading stops when the caller does)."""
        if isinstance(s, Literal) or isinstance(p, (Literal, BNode)):
            return
        found = self._store.quads_for_pattern(
            None if s is None else to_ox(s),  # type: ignore[arg-type]  # never a literal (above)
            None if p is None else to_ox(p),  # type: ignore[arg-type]  # an IRI (above)
            None if o is None else to_ox(o), None if g is None else ox.NamedNode(g))
        for q in found:
            if g is None:
                name = q.graph_name
                if type(name) is not ox.NamedNode:  # the default graph: not ours
                    continue
                yield (s if s is not None else to_rdflib(q.subject), p if p is not None else to_rdflib(q.predicate),
                       o if o is not None else to_rdflib(q.object), URIRef(name.value))
            else:
                yield (s if s is not None else to_rdflib(q.subject), p if p is not None else to_rdflib(q.predicate),
                       o if o is not None else to_rdflib(q.object), g)

    def has_quad(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
                 g: URIRef | None = None) -> bool:
        if isinstance(s, Literal) or isinstance(p, (Literal, BNode)):
            return False
        if s is not None and p is not None and o is not None and g is not None:
            return ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(g)) in self._store  # type: ignore[arg-type]
        return any(True for _ in self.quads_for_pattern(s, p, o, g))  # lazy: stops at the first quad

    def load(self, data: bytes, fmt: str = "turtle", graph: URIRef | None = None) -> None:
        """Add RDF ``data`` (``fmt`` as in :meth:`dump`) to ``graph`` (None: the default graph),
        for a scratch store of the server's own files (examples, ontology); documents go through the gate.

        :raises StoreError: the data does not parse.
        """
        try:
            self._store.load(data, format=_RDF_FORMATS[fmt], to_graph=ox.NamedNode(graph) if graph else None)
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"cannot load the data: {exc}") from None

    def graph(self, iri: URIRef) -> Graph:
        g = Graph(identifier=iri)
        for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(iri))):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def named_graphs(self) -> list[URIRef]:
        return [URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]

    def has_graph(self, iri: URIRef) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(str(iri)))

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        g = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self._store.quads_for_pattern(None, None, None, g):
            yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object),
                   to_rdflib(q.graph_name))  # type: ignore[misc]

    def quad_count(self, graph: URIRef | None = None) -> int:
        if graph is not None:
            return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        return len(self._store)

    def dump(self, out: IO[bytes], fmt: str = "nquads", graph: URIRef | None = None) -> None:
        if graph is None:
            self._store.dump(out, _RDF_FORMATS[fmt])
            return
        fmt = {"nquads": "ntriples", "trig": "turtle"}.get(fmt, fmt)
        self._store.dump(out, _RDF_FORMATS[fmt], from_graph=ox.NamedNode(str(graph)))

    # -- writes ----------------------------------------------------------------
    def apply(self, change: Change) -> None:
        if change.is_empty():
            return
        added = self._only_additions(change)
        if added is not None:  # one transaction too, without writing and parsing SPARQL text
            try:
                self._store.extend(added)
            except (OSError, ValueError) as exc:
                raise StoreError(f"write failed, nothing was applied: {exc}") from exc
            return
        update = update_for(change)
        try:
            # one SPARQL Update request is one oxigraph transaction: all of it or none
            self._store.update(update)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"write failed, nothing was applied: {exc}") from exc

    def _only_additions(self, change: Change) -> list[ox.Quad] | None:
        """``change``'s quads in pyoxigraph terms when all it does is add quads, else None.

        So when it removes nothing, every graph it drops or replaces is empty here (a bulk load's
        new documents), and it holds no blank node (``INSERT DATA`` makes its blank nodes new ones;
        a store's ``extend`` would keep their labels). The caller holds the gate's lock: nothing
        writes between this look and the write.
        """
        if change.remove:
            return None
        for g in change.drop | set(change.replace):
            if next(iter(self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(g)))), None) is not None:
                return None
        try:
            added = [ox.Quad(_plain(s), _plain(p), _plain(o), _plain(g))
                     for g, triples in change.replace.items() for s, p, o in triples]
            added.extend(ox.Quad(_plain(s), _plain(p), _plain(o), _plain(g)) for s, p, o, g in change.add)
        except _HasBlankNode:
            return None
        except (TypeError, ValueError) as exc:  # a bad IRI or tag, a literal where a node must be
            raise StoreError(f"write refused, nothing was applied: {exc}") from None
        return added

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store itself, for checks in its own terms (:mod:`.batchcheck`, :mod:`.shapecheck`);
        writes go through :meth:`apply` or :meth:`apply_native`."""
        return self._store

    def apply_native(self, add: list[ox.Quad], drop: list[URIRef] | tuple = ()) -> None:
        """Drop the graphs ``drop``, then add ``add`` (quads in the store's own terms), in one transaction:
        a gated import's batch (``Gate.commit_graphs``), with no rdflib term on the way.

        :raises StoreError: the write failed; nothing of it was applied.
        """
        try:
            if drop:  # one SPARQL Update: drops and inserts in one transaction
                ops = [f"DROP SILENT GRAPH <{g}>" for g in sorted(drop)]
                if add:
                    ops.append("INSERT DATA {\n" + "\n".join(
                        f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in add) + "\n}")
                self._store.update(" ;\n".join(ops))
            elif add:
                self._store.extend(add)  # one transaction
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"write failed, nothing was applied: {exc}") from exc

    @property
    def bulk_batches(self) -> bool:
        """Whether :meth:`apply_batch` may bulk-write new graphs (a store on disk, open read-write:
        the journal has its place)."""
        return self.path is not None and not self.read_only

    def apply_batch(self, fresh: list[ox.Quad] | bytes, graphs: list[URIRef], subjects: list[ox.NamedNode],
                    add: list[ox.Quad] | tuple = (), drop: list[URIRef] | tuple = ()) -> None:
        """Write an import batch: ``fresh`` with the bulk loader behind the journal, then ``add`` and
        ``drop`` in one transaction (:meth:`apply_native`).

        ``fresh`` (quads, or N-Quads text) holds the quads of ``graphs`` (named graphs this store does
        not hold: the caller checked, under the gate's lock) and of ``subjects`` (new audit records: no
        quad of theirs is in the store; the graph they go to, the audit graph, is one the store holds).

        Order: the journal file naming ``graphs`` and ``subjects`` is written and synced to disk;
        the bulk loader writes ``fresh`` (pyoxigraph's ``bulk_load``, which ingests its files in one
        RocksDB ``IngestExternalFiles`` call, which a crash leaves whole or absent, but the journal
        does not rely on it); the transaction; the journal file removed. A failure on the way
        removes what the bulk loader wrote and raises; a kill leaves the journal, and the next
        read-write open (:meth:`recover`) removes ``graphs`` and ``subjects``' quads, so every
        graph is whole with its record, or absent with no record.

        :raises StoreError: the write failed; nothing of it is in the store.
        """
        if not fresh:
            self.apply_native(list(add), drop)
            return
        journal = self._journal()
        _write_journal(journal, graphs, subjects)
        try:
            try:
                # as N-Quads text: pyoxigraph's bulk_load lets go of the GIL while it loads (bulk_extend holds
                # it throughout, ingestion and file syncs included), so the next batch's check runs meanwhile
                data = fresh if isinstance(fresh, bytes) else ox.serialize(fresh, format=ox.RdfFormat.N_QUADS) or b""
                self._store.bulk_load(data, ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError, ValueError) as exc:
                raise StoreError(f"write failed, nothing was applied: {exc}") from exc
            self.apply_native(list(add), drop)
        except BaseException:
            self._undo([str(g) for g in graphs], [s.value for s in subjects])
            journal.unlink(missing_ok=True)
            raise
        journal.unlink()

    def recover(self) -> list[str]:
        """Undo the import batch the journal names, if there is one (the import was killed while writing
        it): its graphs and its audit records' quads removed in one transaction, then the journal.
        Called by every read-write open; returns the graphs removed.

        :raises StoreError: the journal cannot be read, or the removal failed (the journal is kept).
        """
        journal = self._journal()
        try:
            pending = json.loads(journal.read_text(encoding="utf-8"))
            graphs, subjects = list(pending["graphs"]), list(pending["subjects"])
        except FileNotFoundError:
            return []
        except (ValueError, KeyError, TypeError):  # cut short while written: its batch's writes had not begun
            log.warning("the store at %s held an unfinished import journal that names nothing whole (the import "
                        "stopped while writing it, before any of its batch): removed it", self.path)
            journal.unlink()
            return []
        except OSError as exc:
            raise StoreError(f"cannot read the import journal {journal}: {exc}") from exc
        self._undo(graphs, subjects)
        journal.unlink()
        log.warning("the store at %s held an import batch that did not finish (killed at %s): removed its "
                    "%d graph(s) and %d audit record(s): %s", self.path, pending.get("time", "?"), len(graphs),
                    len(subjects), ", ".join(f"<{g}>" for g in graphs[:5]) + (" ..." if len(graphs) > 5 else ""))
        return graphs

    def _journal(self) -> Path:
        if self.path is None:
            raise StoreError("a store in memory has no journal")
        return self.path / JOURNAL

    def _undo(self, graphs: list[str], subjects: list[str]) -> None:
        """Remove ``graphs`` and every quad of ``subjects``, in one transaction."""
        ops = [f"DROP SILENT GRAPH <{g}>" for g in graphs]
        ops += [f"DELETE WHERE {{ GRAPH ?g {{ <{s}> ?p ?o }} }}" for s in subjects]
        if not ops:
            return
        try:
            self._store.update(" ;\n".join(ops))
            self._store.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot remove an unfinished import batch: {exc}") from exc

    def bulk_load_nquads(self, data: bytes) -> None:
        """Fast non-transactional load, for building a fresh store only."""
        self._store.bulk_load(io.BytesIO(data), ox.RdfFormat.N_QUADS)

    def bulk_load_stream(self, stream: IO[bytes], fmt: str = "nquads", graph: URIRef | None = None) -> None:
        """Oxigraph's bulk loader on a byte stream (``graph``: where a triple format's triples go).

        Fast and not transactional: for filling an empty store (``import --restore``), which
        :meth:`clear` empties again if anything goes wrong.

        :raises SyntaxError: the stream is malformed (part of it may be loaded).
        """
        to_graph = ox.NamedNode(str(graph)) if graph is not None else None
        if isinstance(stream, io.BufferedReader) and isinstance(stream.name, str) and stream.seekable() \
                and stream.tell() == 0:  # a file from its start: Oxigraph reads it itself, without the GIL
            self._store.bulk_load(path=stream.name, format=_RDF_FORMATS[fmt], to_graph=to_graph)
            return
        self._store.bulk_load(stream, _RDF_FORMATS[fmt], to_graph=to_graph)

    def clear(self) -> None:
        """Remove every quad (after a failed ``import --restore`` into what was an empty store)."""
        self._store.clear()
        self._store.flush()

    def snapshot(self, target: Path) -> None:
        """A consistent read-only copy at ``target`` (RocksDB checkpoint).

        :raises StoreError: the store is in memory, or the copy failed.
        """
        if self.path is None:
            raise StoreError("a store in memory has no snapshots")
        try:
            if not self.read_only:  # a read-only store has nothing to flush (and refuses to)
                self._store.flush()
            self._store.backup(str(target))
        except OSError as exc:
            raise StoreError(f"cannot snapshot the store: {exc}") from exc

    def reopen(self, path: Path | str) -> None:
        """Point this read-only store at another copy (a server reader's view moving to the checkpoint of
        a newer generation, see ``osce_kg.server.readers``). Whoever holds this object reads the new
        copy from the next call on; a call under way finishes on the old one.

        :raises StoreError: this store is not read-only, or there is no store at ``path``.
        """
        if not self.read_only:
            raise StoreError("only a read-only store moves to another copy")
        fresh = EmbeddedStore(path, read_only=True)
        self._store, self.path = fresh._store, fresh.path

    def flush(self) -> None:
        if not self.read_only:
            self._store.flush()

    def close(self) -> None:
        self.flush()
        del self._store
