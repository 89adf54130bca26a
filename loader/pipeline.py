"""The load, validate and extract flows: one code path from files to stored graphs.

read (extract) -> map (mapping) -> gate (SHACL) -> commit (store), one named graph per
document, all of it or none of it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import itertools
import multiprocessing
import os
import pickle
import shutil
import sqlite3
import tempfile
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, cast

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, XSD

from . import __version__, mapping
from .errors import DocumentError, GraphClash, OsceKgError, StoreError, ValidationFailed, Violation
from .audit import AuditLog, nquads, relative_name
from .gate import Gate, GateResult, _Layer, _StoreView
from .identity import redirects, rewrite
from .iri import RESERVED_GRAPH_KEYS, Minter
from .records import Document
from .settings import env_number
from .sources import (DOCUMENT_SUFFIXES, Source, collect, expand_named, expand_paths, file_name,  # noqa: F401
                      is_utf8_name, iter_extracted, iter_sources, not_regular, printable)
from .store.base import Change, Store

if TYPE_CHECKING:
    from .store.remote import RemoteStore

#: named graphs that are not documents
ONTOLOGY_GRAPH = "ontology"
REFERENCE_GRAPH = "reference"



@dataclass
class Outcome:
    """What happened to one document (or to a folder entry that is not one: ``skipped``)."""

    file: str
    accepted: bool
    graph: URIRef | None = None
    records: int = 0
    triples: int = 0
    reason: str | None = None
    violations: list[Violation] = field(default_factory=list)
    warnings: list[Violation] = field(default_factory=list)
    skipped: bool = False
    #: the source name the store recorded for this graph before, when it was another (a same-named file
    #: loaded from elsewhere), so the replacement is said, never silent
    replaced: str | None = None

    def line(self) -> str:
        """The one line ``osce-kg load`` prints for this document (names escaped: one line, always)."""
        file = printable(self.file)
        if self.accepted:
            was = f", replacing the graph of {printable(self.replaced)}" if self.replaced else ""
            return f"accepted  {file}  ({self.records} record(s), {self.triples} triples -> <{self.graph}>{was})"
        if self.skipped:
            return f"skipped   {file}  ({printable(self.reason or '')})"
        return f"rejected  {file}  {printable(self.reason or '')}"


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    #: keep every outcome (False: count them only, so a load of 100,000 documents, whose lines are
    #: printed as they come, holds no line per document)
    keep: bool = True
    _counted: dict[str, int] = field(default_factory=lambda: {"accepted": 0, "skipped": 0, "rejected": 0})

    def add(self, outcome: Outcome) -> None:
        if self.keep:
            self.outcomes.append(outcome)
        else:
            kind = "accepted" if outcome.accepted else "skipped" if outcome.skipped else "rejected"
            self._counted[kind] += 1

    @property
    def accepted(self) -> int:
        return sum(o.accepted for o in self.outcomes) + self._counted["accepted"]

    @property
    def skipped(self) -> int:
        return sum(o.skipped for o in self.outcomes) + self._counted["skipped"]

    @property
    def rejected(self) -> int:
        return len(self.outcomes) - sum(o.accepted or o.skipped for o in self.outcomes) + self._counted["rejected"]

    def summary(self) -> str:
        documents = self.accepted + self.rejected
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return f"{self.accepted} accepted, {self.rejected} rejected, {documents} document(s){skipped}"


def read_source(source: Source) -> Document:
    """Read one file to load; its provenance records ``source.name``.

    Only a regular file is opened (a FIFO would block the loader forever), checked again just
    before reading.

    :raises DocumentError: the entry is not a regular file, its name is not UTF-8 (it could not
        be recorded), or the document cannot be read.
    """
    if source.problem:
        raise DocumentError(source.problem, file=printable(str(source.path)))
    if not is_utf8_name(source.name):
        raise DocumentError("file name is not valid UTF-8; rename the file", file=printable(str(source.path)))
    problem = not_regular(source.path)
    if problem:
        raise DocumentError(problem, file=printable(str(source.path)))
    from .extract import read_document  # here: the loader's own process never reads a page in a bulk load

    doc = read_document(source.path)
    doc.path = source.name
    return doc


# ---------------------------------------------------------------- one source per graph

#: (is there such a graph, the source name its document records if it is a document's graph)
Recorded = Callable[[URIRef], "tuple[bool, str | None]"]


def recorded_query(iri: URIRef, minter: Minter) -> str:
    """SPARQL: one row if graph ``iri`` has any triple, with ``?name``, the source file it records, if any."""
    return f"""SELECT ?name WHERE {{
        {{ SELECT ?s WHERE {{ GRAPH {iri.n3()} {{ ?s ?p ?o }} }} LIMIT 1 }}
        OPTIONAL {{ GRAPH {iri.n3()} {{ ?src a {minter.vocab.SourceDocument.n3()} ;
                                        {DCTERMS.source.n3()} ?name }} }}
    }} LIMIT 1"""


def recorded_in(store: Store, minter: Minter) -> Recorded:
    """What ``store`` records for a graph, as :class:`GraphClaims` asks it."""
    embedded = hasattr(store, "native")

    def recorded(iri: URIRef) -> tuple[bool, str | None]:
        if embedded and not store.has_graph(iri):  # no graph of that name: a key lookup, not a query
            return False, None
        rows = store.select(recorded_query(iri, minter))
        return (True, str(rows[0]["name"]) if "name" in rows[0] else None) if rows else (False, None)

    return recorded


class GraphClaims:
    """One file per document graph: a clash is refused, a replacement is said, never silent.

    A document's graph key is its file name's stem, slugged (``mapping.graph_key``), so
    reloading a file replaces its own graph wherever it is loaded from; names that differ only in
    case, punctuation or folder share a key. Within one load the first file keeps the graph and a
    *different* file (another inode) is refused. Across loads a graph the store records for a file of
    another name is refused, unless it is the same file named from elsewhere (same file name, or
    the recorded name next to this file is this very file, as on a case-insensitive file system);
    graphs osce-kg keeps for itself and graphs that are no document's are refused too.
    """

    def __init__(self, minter: Minter, recorded: Recorded) -> None:
        self._recorded = recorded
        self._reserved = {minter.graph(key) for key in RESERVED_GRAPH_KEYS}
        self._taken = _Taken()

    def claim(self, iri: URIRef, name: str, path: Path) -> str | None:
        """Take graph ``iri`` for the file ``name`` at ``path``.

        Returns the other name the store recorded for this graph when this load replaces it.

        :raises GraphClash: another file has the graph, or osce-kg keeps it for itself.
        """
        if iri in self._reserved:
            raise GraphClash(f"the file name gives the graph <{iri}>, which osce-kg keeps for its own "
                             "data; rename the file")
        identity = _identity(path)
        taken = self._taken.get(iri)
        if taken is not None:
            other, other_identity = taken
            if other != name and (identity is None or identity != other_identity):
                raise GraphClash(f"its graph <{iri}> is taken by {other} in this load (file names that differ "
                                 "only in case, punctuation or folder share a graph); rename one of them")
            return None
        exists, before = self._recorded(iri)
        if exists and before is None:
            raise GraphClash(f"its graph <{iri}> exists and is not a document's graph; rename the file")
        if before is not None and before != name and not _same_file(before, name, path):
            raise GraphClash(f"its graph <{iri}> holds {before}, another file (file names that differ only "
                             "in case or punctuation share a graph); rename this file, or delete that graph first")
        self._taken.put(iri, name, identity)
        return before if before is not None and before != name else None


class _Taken:
    """The graphs claimed so far in this load, each with its file's name and identity.

    Kept in a private temporary SQLite database on disk (made at the first claim, gone when
    closed), not in a dict: a load of 100,000 documents holds none of them in memory (SQLite
    caches a few pages).
    """

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None

    def _open(self) -> sqlite3.Connection:
        if self._db is None:
            # "" is a temporary database on disk; claims come from one thread at a time (the loader's)
            self._db = sqlite3.connect("", check_same_thread=False)
            self._db.execute("CREATE TABLE taken (iri TEXT PRIMARY KEY, name TEXT, dev INTEGER, ino INTEGER)")
        return self._db

    def get(self, iri: URIRef) -> tuple[str, tuple[int, int] | None] | None:
        row = self._open().execute("SELECT name, dev, ino FROM taken WHERE iri = ?", (str(iri),)).fetchone()
        if row is None:
            return None
        return row[0], (row[1], row[2]) if row[1] is not None else None

    def put(self, iri: URIRef, name: str, identity: tuple[int, int] | None) -> None:
        dev, ino = identity if identity is not None else (None, None)
        self._open().execute("INSERT INTO taken VALUES (?, ?, ?, ?)", (str(iri), name, dev, ino))

    def __del__(self) -> None:
        if self._db is not None:
            self._db.close()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _same_file(before: str, name: str, path: Path) -> bool:
    """Whether the recorded name ``before`` is the file ``name`` at ``path`` named from elsewhere."""
    recorded = PurePosixPath(before).name
    if recorded == PurePosixPath(name).name:
        return True
    if recorded in ("", ".", "..") or not is_utf8_name(recorded):
        return False
    twin = path.parent / recorded
    try:
        return twin.exists() and os.path.samefile(twin, path)
    except OSError:
        return False


def now() -> dt.datetime:
    """The load time recorded in provenance (UTC, whole seconds)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def graph_fingerprint(graph: Iterable) -> str:
    """A content hash of a graph (stable for the same triples, whatever the order)."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


class Loader:
    """Loads documents into one store through the gate."""

    def __init__(self, store: Store, minter: Minter, *, shapes: Graph | None = None) -> None:
        """``shapes``: the deployment's (``osce_kg.loader.deployment.deployment_shapes``); default the packaged."""
        self.store = store
        self.minter = minter
        self.ontology = mapping.ontology_graph(minter)
        # every accepted document is recorded in the audit graph, like writes over HTTP
        self.gate = Gate(store, shapes if shapes is not None else mapping.shapes_graph(minter), self.ontology,
                         audit=AuditLog(minter.base))
        self.gate.compiled = compiled_shapes(self.gate)  # the same verdicts as pySHACL, ~20x faster
        # which file has which document graph, over this loader's life and in the store
        self.claims = GraphClaims(minter, recorded_in(store, minter))
        # maintainers' merges (osce-kg dedupe --merge): a merged IRI a document mints is written as the
        # kept one, so a reload never undoes a merge (issue 16)
        self.moved = redirects(store, minter)
        # the reference data's cache file, named once, when the load starts, by the code this process runs:
        # named again later it would follow the code on disk, which may have changed under the load (a file
        # made by newer code read, or this load's triples kept under the newer code's name)
        self._code_digest = code_digest()
        self.reference_cache = _reference_cache_file(minter.base, self._code_digest)

    # -- reference data --------------------------------------------------------
    def ensure_reference(self) -> bool:
        """Write the ontology and curated reference graphs if absent or out of date.

        Returns True when something was written. They are the server's own graphs
        (``managed``): written through the gate, validated and audited, in one transaction.
        """
        reference = cached_reference(self.reference_cache)
        if reference is None:
            reference = self._reference_from_workers() or mapping.reference_triples(self.minter)
            keep_reference(self.reference_cache, reference)
        else:
            self._reference_ahead = None
        wanted: dict[URIRef, Iterable[Any]] = {
            self.minter.graph(ONTOLOGY_GRAPH): self.ontology, self.minter.graph(REFERENCE_GRAPH): reference}
        stale = {}
        for iri, graph in wanted.items():
            stamp = Literal(graph_fingerprint(graph))
            if not self.store.ask(f"ASK {{ GRAPH {iri.n3()} {{ {iri.n3()} <{OWL.versionInfo}> {stamp.n3()} }} }}"):
                stamped = set(graph)  # the gate and the stores only iterate a replaced graph
                stamped.add((iri, OWL.versionInfo, stamp))
                # provenance like a document graph's, so its resources get Last-Modified
                stamped.add((iri, PROV.generatedAtTime, Literal(now(), datatype=XSD.dateTime)))
                stale[iri] = stamped
        if stale:  # through the gate like every write: validated, audited, one transaction
            with self._local_reads():
                if not self._install_native(stale):
                    self.gate.commit(Change(replace=stale), via="install", managed=True)  # type: ignore[arg-type]
        return bool(stale)

    def _install_native(self, stale: dict[URIRef, set]) -> bool:
        """:meth:`Gate.commit_native` of the managed graphs ``stale``: their check in the store's own terms.
        False (nothing done) where that check cannot run: shapes that do not compile, tombstones to write,
        a store that is not the embedded one (or a remote store's local copy).

        :raises ValidationFailed: the graphs break a shape; nothing was written.
        """
        gate = self.gate
        local = gate.store.local if isinstance(gate.store, _WriteThrough) else gate.store
        if gate.compiled is None or gate.tombstones is not None or not hasattr(local, "native"):
            return False
        gate.commit_native(stale, local.native, via="install")
        return True

    def _reference_from_workers(self) -> set | None:
        """The reference data's triples as a worker of the bulk load started ahead (:meth:`start_workers`)
        made them (None: there is none, or it failed; then made here). Its fork server has the
        reference data loaded for reading pages already: this process need not load it too (~0.25 s
        of CPU at every start, on the core the workers share). Also None when the worker's code is not
        this process's (changed on disk between the two imports): they are then made here, by the code
        :attr:`reference_cache` is named after."""
        ahead, self._reference_ahead = self._reference_ahead, None
        if ahead is None:
            return None
        try:
            made = ahead.result()
            if made is None:
                return None
            digest, triples = made.result()
            return triples if digest == self._code_digest else None
        except Exception:  # noqa: BLE001  # made here instead; a worker that cannot run stops the load later
            return None

    #: the reference data's triples being made by a worker (:meth:`start_workers`): a future of the pool's future
    _reference_ahead: "Future | None" = None

    @contextlib.contextmanager
    def _local_reads(self) -> Iterator[None]:
        """While inside, the gate over a remote store (up to :attr:`MIRROR_MAX_QUADS` quads) reads a copy on
        local disk and writes to both (see :class:`_Mirror`): the reference graphs' check asked a
        fresh Virtuoso ~3,000 queries over HTTP, four minutes on the busy machine."""
        mirror = _Mirror.of(self.store, self.gate, self.MIRROR_MAX_QUADS)
        if mirror is None:
            yield
            return
        self.gate.store = _WriteThrough(self.store, mirror)
        kept = False
        try:
            yield
            # the bulk load started ahead (start_workers) checks on this copy, not on a second one
            # (a dump of the remote store and a bulk load of it: ~1.7 s over Virtuoso on the busy machine)
            kept = self._started is not None and self._kept_mirror is None
        finally:
            self.gate.store = self.store
            if kept:
                self._kept_mirror = mirror
            else:
                mirror.close()

    #: the local copy :meth:`ensure_reference` made for the bulk load started ahead, kept for it
    _kept_mirror: "_Mirror | None" = None

    # -- documents -------------------------------------------------------------
    def change_for(self, doc: Document, loaded_at: dt.datetime) -> tuple[URIRef, Graph]:
        graph = mapping.document_graph(doc, self.minter, loaded_at=loaded_at, loader_version=__version__)
        return self.minter.graph(mapping.graph_key(doc)), rewrite(graph, self.moved)

    def process(self, path: Path, *, write: bool, name: str | None = None) -> Outcome:
        """Read, map, validate and (if ``write``) commit one document. Never raises for bad input.

        ``name`` is what the provenance and the audit log record as the source path (default:
        :func:`file_name`, never absolute).

        :raises StoreError: the store failed (nothing more can be written).
        """
        return self.process_source(Source(Path(path), name if name is not None else file_name(Path(path))),
                                   write=write)

    def process_source(self, source: Source, *, write: bool) -> Outcome:
        """:meth:`process` for a collected :class:`Source` (a skipped entry is only reported)."""
        file = str(source.path)
        if source.skipped:
            return Outcome(file, False, reason=source.problem, skipped=True)
        try:
            doc = read_source(source)
            iri, graph = self.change_for(doc, now())
            replaced = self.claims.claim(iri, source.name, source.path)
            change = Change(replace={iri: graph})
            result = (self.gate.commit(change, file=source.name, via="load") if write
                      else self.gate.check(change, file=source.name))
            if not result.conforms:
                raise ValidationFailed(result.violations, file=source.name)
        except ValidationFailed as exc:
            return _rejected(file, exc)
        except DocumentError as exc:
            return Outcome(file, False, reason=exc.reason if exc.line is None else f"line {exc.line}: {exc.reason}")
        except StoreError:
            raise
        except OsceKgError as exc:
            return Outcome(file, False, reason=exc.message)
        return Outcome(file, True, graph=iri, records=len(doc.records), triples=len(graph),
                       warnings=result.warnings, replaced=replaced)

    def run(self, paths: Iterable[Path], *, write: bool,
            progress: Callable[[Outcome], None] | None = None) -> Report:
        """Process every document under ``paths`` (see :func:`collect`); ``progress`` is called after each.

        :raises DocumentError: a path does not exist (nothing was processed).
        :raises StoreError: the store failed.
        """
        return self.run_sources(collect(paths), write=write, progress=progress)

    def run_sources(self, sources: Iterable[Source], *, write: bool,
                    progress: Callable[[Outcome], None] | None = None, keep: bool = True) -> Report:
        """:meth:`run` over sources already collected: every one is tried, whatever came before.

        With :attr:`PARALLEL_FROM` documents or more (and more than one core), documents are read
        and mapped in worker processes and written in batches (:meth:`run_parallel`); the
        outcomes are the same, in the same order. ``keep``: the report keeps every outcome (False:
        it counts them; ``progress`` still sees each).
        """
        sources = iter(sources)
        workers = self.workers if self.workers is not None else (os.cpu_count() or 1)
        if self._started is not None:  # the workers are reading the first documents already
            return self.run_parallel(sources, write=write, progress=progress, workers=workers, keep=keep)
        head = list(itertools.islice(sources, self.PARALLEL_FROM))  # the rest is read as it comes
        sources = itertools.chain(head, sources)
        if workers > 1 and len(head) >= self.PARALLEL_FROM:
            return self.run_parallel(sources, write=write, progress=progress, workers=workers, keep=keep)
        report = Report(keep=keep)
        for source in sources:
            outcome = self.process_source(source, write=write)
            report.add(outcome)
            if progress:
                progress(outcome)
        return report

    def start_workers(self, documents: int, sources: Iterator[Source] | None = None) -> None:
        """Start the workers of a bulk load of ``documents``, if it will be one (:attr:`PARALLEL_FROM`):
        their fork server imports the loader while this process writes the reference graphs,
        instead of after, and with ``sources`` (the iterator :meth:`run_sources` is then given) the
        workers start reading and mapping the first documents (as many as a load keeps in flight)
        meanwhile too: that needs nothing of the store."""
        workers = self.workers if self.workers is not None else (os.cpu_count() or 1)
        if documents < self.PARALLEL_FROM or not start_fork_server(documents, workers) or sources is None:
            return
        self.stop_workers()
        pool = self._pool(workers, _worker_context())
        feed = _Feed(pool, self._blobs())
        failed: list[BaseException] = []
        reference: Future = Future()
        self._reference_ahead = reference

        def submit() -> None:
            # the first submit waits for the fork server to have imported and warmed the loader
            # (~0.5 s): on a thread, this process writes the reference graphs meanwhile
            try:
                if self.reference_cache is not None and self.reference_cache.is_file():
                    reference.set_result(None)  # ensure_reference reads it from the cache
                else:
                    reference.set_result(pool.submit(_reference_triples, self.minter.base))
                for source in itertools.islice(sources, self.AHEAD * self.BATCH):
                    feed.put(source)
            except BaseException as exc:  # noqa: BLE001  # raised in the loader's thread (_take_started)
                if not reference.done():
                    reference.set_exception(exc)
                failed.append(exc)

        thread = threading.Thread(target=submit, name="osce-kg-load-start", daemon=True)
        thread.start()
        self._started = (pool, feed, thread, failed)

    def _blobs(self) -> bool:
        """Whether the workers send each document's triples pickled (:class:`Prepared`): only where a
        load may check or write them in rdflib terms (not :class:`_NativeCommits`, or merged IRIs to
        rewrite)."""
        return not (self.NATIVE and self.gate.compiled is not None and not self.moved)

    def _take_started(self) -> "tuple[ProcessPoolExecutor, _Feed] | None":
        """The workers :meth:`start_workers` started and the documents given to them, once all are given."""
        started, self._started = self._started, None
        if started is None:
            return None
        started[2].join()
        if started[3]:
            started[0].shutdown(cancel_futures=True)
            raise started[3][0]
        return started[0], started[1]

    def stop_workers(self) -> None:
        """Stop the workers :meth:`start_workers` started, if :meth:`run_sources` did not take them."""
        started, self._started = self._started, None
        self._reference_ahead = None
        if started is not None:
            started[2].join()
            started[0].shutdown(cancel_futures=True)
        mirror, self._kept_mirror = self._kept_mirror, None
        if mirror is not None:
            mirror.close()

    #: the workers started ahead (:meth:`start_workers`): their pool, the documents given to them, and the
    #: thread giving them
    _started: "tuple[ProcessPoolExecutor, _Feed, threading.Thread, list] | None" = None

    #: the fewest documents read in worker processes (below, starting the workers costs more)
    PARALLEL_FROM = 40
    #: documents per commit (one store transaction, one audit record each)
    BATCH = 32
    #: documents per commit of a bulk load into a remote store through its local copy
    #: (``OSCE_KG_LOAD_REMOTE_BATCH``): each batch costs Virtuoso a staging ``POST``, an update and a lookup
    #: of its write mark whatever its size; 128 took Virtuoso no less CPU than 32 for 441 documents
    #: (3.5-3.6 s against 3.0-3.2 s, alternated in two runs), so the default stays :attr:`BATCH`
    REMOTE_BATCH = env_number("LOAD_REMOTE_BATCH", 32, least=1)
    #: batches of documents read ahead of the one being checked and committed (the workers read and map
    #: the first 256 while this process starts: the store, the shapes, the reference graphs)
    AHEAD = 8
    #: check documents in worker processes, on snapshots (False: here, in :meth:`Gate.commit_many`)
    CHECK_IN_WORKERS = os.environ.get("OSCE_KG_LOAD_CHECK_IN_WORKERS", "1") != "0"
    #: worker processes (None: one per core)
    workers: int | None = None
    #: worker processes checking documents (None: half of :attr:`workers`, at least one). Each decodes and
    #: layers every document accepted since the last snapshot, so each one more costs that again:
    #: on 2 cores one checker took 24% less CPU than two for the same 441 documents (0.96-1.01 s
    #: against 1.28-1.31 s, alternated) and the load took no longer
    check_workers: int | None = None
    #: a remote store holding at most this many quads is copied to local disk for a bulk load's checks
    #: (the gate's ~100 lookups a document then cost microseconds, not HTTP requests); larger ones are
    #: checked over HTTP
    MIRROR_MAX_QUADS = env_number("LOAD_MIRROR_MAX_QUADS", 2_000_000)

    def run_parallel(self, sources: Iterable[Source], *, write: bool,
                     progress: Callable[[Outcome], None] | None = None, workers: int = 2,
                     keep: bool = True) -> Report:
        """Read and map documents in ``workers`` processes; check and commit them here in batches.

        At most ``AHEAD * BATCH`` documents are in flight (memory does not grow with the number of
        documents). Graph claims are made here in document order, so clashes are found as in a
        sequential run. Each document is valid or not on its own, as committed one by one; the
        accepted ones of a batch are written in one transaction with an audit record each. On the
        embedded store (or a remote store's local copy) with compiled shapes, the checks and the
        writes are in the store's own terms (:class:`_NativeCommits`), each batch written on a
        thread while the next is checked. Otherwise each batch goes through :meth:`Gate.commit_many`,
        its checks run in check worker processes on snapshots of the store (:meth:`_dispatch`)
        when the store takes them. Outcomes are reported in document order, a batch's once it is
        written.

        :raises StoreError: the store failed; batches before it are written, nothing of its batch.
        """
        report = Report(keep=keep)
        started = self._take_started()
        batch: list[tuple[Source, Prepared | None]] = []
        context = _worker_context()
        mirror, self._kept_mirror = self._kept_mirror, None
        if mirror is not None and (not write or mirror.stale()):  # another gate wrote meanwhile: copied again
            mirror.close()
            mirror = None
        if mirror is None and write:
            mirror = _Mirror.of(self.store, self.gate, self.MIRROR_MAX_QUADS)
        if mirror is not None:  # the gate and the claims read the copy; writes go to both
            self.gate.store, recorded = _WriteThrough(self.store, mirror), self.claims._recorded
            self.claims._recorded = lambda iri: recorded_in(mirror.local, self.minter)(iri)
        reads = mirror.local if mirror is not None else self.store
        native = _NativeCommits.of(self.gate, self.store, mirror) if write and self.NATIVE else None
        snapshots = _Snapshots(reads) if write and native is None and self.CHECK_IN_WORKERS \
            and getattr(reads, "snapshots", False) and getattr(reads, "path", None) is not None else None
        checkers = self.check_workers or max(1, workers // 2)
        audit = self.gate.audit
        if audit is not None and native is None:  # records take the N-Quads text the workers wrote
            self.gate.audit = _BulkAudit(audit.base)
        pool = started[0] if started is not None else self._pool(workers, context)
        feed = started[1] if started is not None else _Feed(pool, self._blobs())
        size = self.REMOTE_BATCH if mirror is not None and native is not None else self.BATCH
        ahead = max(self.AHEAD * self.BATCH, 2 * size)  # documents in flight, whatever the batch
        checks = None
        if snapshots is not None:  # a second pool: a batch's checks never wait behind the documents read ahead
            initargs = (self.minter.base, _nt(self.gate.shapes), _nt(self.gate.ontology), WORKER_NICENESS)
            checks = ProcessPoolExecutor(checkers, mp_context=context, initializer=_init_worker, initargs=initargs)
        inflight: list[_Batch] = []  # the batch being checked (or written), reported when the next one is claimed

        def step(claimed: "_Batch | None") -> None:
            """Commit the batch in flight (if any) and start checking ``claimed``: as soon as the
            batch in flight's verdicts are known, before its commit, when they all hold."""
            if native is not None:
                self._step_native(native, claimed, inflight, report, progress, snapshots, mirror)
                return
            prev = inflight.pop() if inflight else None
            if claimed is not None:
                inflight.append(claimed)
            if not (write and snapshots is not None and checks is not None):
                if claimed is not None:
                    self._commit(claimed, None, write, report, progress, snapshots, mirror)
                return
            if prev is None:
                if claimed is not None:
                    self._dispatch(claimed, checks, checkers, snapshots, [])
                return
            checked = self._collect(prev)
            early = claimed is not None and checked is not None and None not in checked
            if early:  # the next batch is checked while this one is written
                assert claimed is not None and checked is not None
                accepted = [(str(iri), prepared.blob) for (_, iri, prepared, _), verdict
                            in zip(prev.slots, checked) if verdict is not None and verdict.conforms]
                self._dispatch(claimed, checks, checkers, snapshots, accepted)
            refreshed = self._commit(prev, checked, write, report, progress, snapshots, mirror)
            if claimed is not None and (refreshed or not early):
                claimed.futures = [] if refreshed else claimed.futures
                if not early:
                    self._dispatch(claimed, checks, checkers, snapshots, [])

        def drain(until: int) -> None:
            while len(feed) > until:
                batch.append(feed.take())
                if len(batch) >= size:
                    step(self._claim(batch))
                    batch.clear()
        try:
            with pool:
                for source in sources:
                    feed.put(source)
                    drain(ahead)
                drain(0)
                if batch:
                    step(self._claim(batch))
                step(None)
        finally:
            if checks is not None:
                checks.shutdown(cancel_futures=True)
            if native is not None:
                with contextlib.suppress(StoreError):  # raised already, or nothing was in flight
                    native.settle()
            self.gate.audit = audit
            if snapshots is not None:
                snapshots.close()
            if mirror is not None:
                self.gate.store, self.claims._recorded = self.store, recorded
                mirror.close()
        return report

    #: check and write in the store's own terms where it can (:class:`_NativeCommits`; False: in rdflib
    #: terms, through :meth:`Gate.commit_many`, the checks in check workers on snapshots)
    NATIVE = os.environ.get("OSCE_KG_LOAD_NATIVE", "1") != "0"

    def _pool(self, workers: int, context: Any) -> ProcessPoolExecutor:
        """The worker processes that read and map documents (they need only the base IRI)."""
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                   initargs=(self.minter.base, "", "", WORKER_NICENESS))

    def _step_native(self, native: _NativeCommits, claimed: "_Batch | None", inflight: list["_Batch"],
                     report: Report, progress: Callable[[Outcome], None] | None,
                     snapshots: "_Snapshots | None", mirror: "_Mirror | None") -> None:
        """Check ``claimed`` and start writing it (:class:`_NativeCommits`), then report the batch written
        before it (done by then); at the end (``claimed`` None) wait for the last write and report it."""
        if claimed is None:
            native.settle()
            if inflight:
                self._report(inflight.pop(), report, progress)
            return
        items = [(iri, prepared.quads, name, prepared.text)
                 for (_, iri, prepared, _), name in zip(claimed.slots, claimed.names)]
        results = native.commit(items, self._stale_check(native, mirror)) if items else []
        if results is None:  # rdflib terms, as committed one by one (a graph twice in the batch, a blank node)
            native.settle()
            if inflight:
                self._report(inflight.pop(), report, progress)
            self._commit(claimed, None, True, report, progress, snapshots, mirror)
            native.moved_to(mirror.local if mirror is not None else native.local)  # written around its kept lookups
            return
        for (at, iri, prepared, replaced), result in zip(claimed.slots, results):
            file = str(claimed.batch[at][0].path)
            claimed.outcomes[at] = _rejected(file, result) if isinstance(result, ValidationFailed) else \
                Outcome(file, True, graph=iri, records=prepared.records, triples=prepared.count,
                        warnings=result.warnings, replaced=replaced)
        if inflight:  # written: native.commit waited for it
            self._report(inflight.pop(), report, progress)
        inflight.append(claimed)

    def _stale_check(self, native: _NativeCommits, mirror: "_Mirror | None") -> Callable[[], bool] | None:
        """Before a batch is written over a remote store's copy: whether another gate wrote to the remote
        store meanwhile, the copy then made again (see :class:`_Mirror`)."""
        if mirror is None:
            return None

        def stale() -> bool:
            if not mirror.stale():
                return False
            mirror.refresh()
            self.gate.store = _WriteThrough(self.store, mirror)
            native.moved_to(mirror.local)
            return True

        return stale

    @staticmethod
    def _report(claimed: "_Batch", report: Report, progress: Callable[[Outcome], None] | None) -> None:
        """Report a written batch's outcomes, in document order."""
        for outcome in claimed.outcomes:
            assert outcome is not None
            report.add(outcome)
            if progress:
                progress(outcome)

    def _claim(self, batch: list[tuple[Source, "Prepared | None"]]) -> "_Batch":
        """Claim the graphs of one batch of prepared documents, in order: its changes, and the outcomes
        known already (skipped, unreadable, clashing)."""
        out = _Batch(list(batch))
        for source, prepared in batch:
            file = str(source.path)
            if prepared is None:
                out.outcomes.append(Outcome(file, False, reason=source.problem, skipped=True))
                continue
            if prepared.reason is not None:
                out.outcomes.append(Outcome(file, False, reason=prepared.reason))
                continue
            iri = URIRef(prepared.graph)
            try:
                replaced = self.claims.claim(iri, source.name, source.path)
            except GraphClash as exc:
                out.outcomes.append(Outcome(file, False, reason=exc.message))
                continue
            if self.moved:
                graph = Graph()
                for triple in prepared.triples:
                    graph.add(triple)
                prepared.rewritten(list(rewrite(graph, self.moved)))
            out.slots.append((len(out.outcomes), iri, prepared, replaced))
            out.outcomes.append(None)
            out.names.append(source.name)
        return out

    def _commit(self, claimed: "_Batch", checked: "list[GateResult | None] | None", write: bool, report: Report,
                progress: Callable[[Outcome], None] | None, snapshots: "_Snapshots | None" = None,
                mirror: "_Mirror | None" = None) -> bool:
        """Check what is not checked yet and commit one claimed batch; report each document in order.

        Returns whether the local copy of a remote store was made again (another gate wrote to
        it): checks found on the old copy no longer hold.
        """
        refreshed = False
        changes, names, slots = claimed.changes, claimed.names, claimed.slots
        if write and changes:
            if mirror is not None and mirror.stale():  # another writer: check this batch on a fresh copy
                mirror.refresh()
                self.gate.store = _WriteThrough(self.store, mirror)
                if snapshots is not None:
                    snapshots.store = mirror.local
                    snapshots.advance()
                checked, refreshed = None, True
            bulk = self.gate.audit if isinstance(self.gate.audit, _BulkAudit) else None
            if bulk is not None:
                bulk.texts = {iri: (len(prepared.triples), prepared.text) for _, iri, prepared, _ in slots
                              if prepared.text}
            try:
                results = self.gate.commit_many(changes, files=names, via="load", checked=checked)
            finally:
                if bulk is not None:
                    bulk.texts = {}
            if snapshots is not None:
                snapshots.committed([(str(iri), prepared.blob) for (_, iri, prepared, _), result
                                     in zip(slots, results) if not isinstance(result, ValidationFailed)])
        else:
            results = [self._checked(change, name) for change, name in zip(changes, names)]
        outcomes = claimed.outcomes
        for (at, iri, prepared, replaced), result, change in zip(slots, results, changes):
            file = str(claimed.batch[at][0].path)
            if isinstance(result, ValidationFailed):
                outcomes[at] = _rejected(file, result)
            else:
                outcomes[at] = Outcome(file, True, graph=iri, records=prepared.records,
                                       triples=len(change.replace[iri]), warnings=result.warnings,
                                       replaced=replaced)
        for outcome in outcomes:
            assert outcome is not None
            report.add(outcome)
            if progress:
                progress(outcome)
        return refreshed

    def _dispatch(self, claimed: "_Batch", pool: ProcessPoolExecutor, workers: int, snapshots: "_Snapshots",
                  before: list[tuple[str, bytes]]) -> None:
        """Start the gate's checks of a claimed batch in the worker processes.

        The batch is cut into one run of documents per worker. Each worker checks its run on a
        snapshot of the store (taken every few batches) with the documents accepted since
        layered over it, then ``before`` (the batch before this one, accepted and not written
        yet), then the earlier runs' documents as if accepted, and its own run's accepted ones
        as it goes: the view :meth:`Gate.commit_many` checks each document on, as long as
        every document of the earlier runs is accepted (see :meth:`_collect`).

        The documents accepted since the snapshot and ``before`` go as one list, which only grows
        from one dispatch to the next while the snapshot is the same (``before`` is what the
        next dispatch's ``since`` starts with): each worker keeps them layered and adds only
        the ones it has not seen (each document is decoded and layered once per worker, not
        once per batch).
        """
        items = [(str(iri), prepared.blob) for _, iri, prepared, _ in claimed.slots]
        if not items:
            return
        size = -(-len(items) // max(1, workers))
        path, since = snapshots.current()
        layered = since + before
        claimed.futures = [pool.submit(_check_run, path, items[:start], items[start:start + size], layered)
                           for start in range(0, len(items), size)]

    @staticmethod
    def _collect(claimed: "_Batch") -> "list[GateResult | None] | None":
        """The verdicts of a dispatched batch (None for a document to check here: the runs after
        one with a rejected document, whose view assumed it accepted; None for all: not dispatched)."""
        if not claimed.futures:
            return None
        out: list[GateResult | None] = []
        trusted = True
        for future in claimed.futures:
            verdicts = future.result()
            out.extend(verdicts if trusted else [None] * len(verdicts))
            trusted = trusted and all(v.conforms for v in verdicts)
        return out

    def _checked(self, change: Change, name: str) -> "GateResult | ValidationFailed":
        """``gate.check`` as commit_many answers: the result, or the failure when it does not conform."""
        result = self.gate.check(change, file=name)
        if not result.conforms:
            return ValidationFailed(result.violations, file=name, report_graph=result.report_graph)
        return result


def _rejected(file: str, exc: ValidationFailed) -> Outcome:
    """The outcome of a document the shapes refuse: the first blocking violation, all of them kept."""
    blocking = [v for v in exc.violations if v.severity == "Violation"]
    first = blocking[0] if blocking else None
    reason = f"SHACL: {len(blocking)} violation(s); first: {first}" if first else "SHACL validation failed"
    return Outcome(file, False, reason=reason, violations=exc.violations)


# ---------------------------------------------------------------- worker processes


@dataclass
class _Batch:
    """A batch of documents between its claims and its commit."""

    batch: list[tuple[Source, "Prepared | None"]]
    outcomes: list[Outcome | None] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    slots: list[tuple[int, URIRef, "Prepared", str | None]] = field(default_factory=list)
    #: its checks running in the workers (empty: checked when committed)
    futures: list[Future] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        """Each claimed document's change in rdflib terms (its triples as the worker sent them, unique:
        the gate and the stores only iterate a replaced graph), for checks and writes in those terms."""
        return [Change(replace={iri: _triples_of(prepared)}) for _, iri, prepared, _ in self.slots]


class _Feed:
    """The documents of a bulk load handed to the worker processes in tasks of :attr:`CHUNK`
    (:func:`_prepare_chunk`), and taken back one by one, in order (the skipped ones too)."""

    #: documents a task
    CHUNK = 8

    def __init__(self, pool: ProcessPoolExecutor, blobs: bool) -> None:
        self.pool, self.blobs = pool, blobs
        #: each document given and not taken back: its source, and [its task, its place in it] (None: skipped)
        self.window: deque[tuple[Source, list | None]] = deque()
        self._pending: list[tuple[Source, list]] = []

    def __len__(self) -> int:
        return len(self.window)

    def put(self, source: Source) -> None:
        """Give a document to the workers (with the next ones, once :attr:`CHUNK` are given)."""
        if source.skipped:
            self.window.append((source, None))
            return
        slot: list = [None, len(self._pending)]
        self._pending.append((source, slot))
        self.window.append((source, slot))
        if len(self._pending) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        """Send the documents given since the last task as one task."""
        if self._pending:
            future = self.pool.submit(_prepare_chunk, [source for source, _ in self._pending], self.blobs)
            for _, slot in self._pending:
                slot[0] = future
            self._pending = []

    def take(self) -> "tuple[Source, Prepared | None]":
        """The first document given and not taken back, read and mapped (None: a skipped entry)."""
        source, slot = self.window.popleft()
        if slot is None:
            return source, None
        if slot[0] is None:
            self.flush()
        return source, slot[0].result()[slot[1]]


def _triples_of(prepared: "Prepared") -> Any:
    """A document's triples as a replaced graph (a list serves: the gate and the stores only iterate it)."""
    return prepared.triples


@dataclass
class Prepared:
    """A document read and mapped in a worker: its graph's IRI and triples, or why it was not read.

    Its quads travel as the N-Quads text the worker wrote once (:attr:`text`), which the audit record
    keeps too. The triples in rdflib terms travel pickled (``blob``) only for a load that checks or
    writes in those terms (:func:`_prepare_chunk`'s ``blobs``); a bulk load in the store's own terms
    (:class:`_NativeCommits`) never makes them, and where it falls back to rdflib terms (a batch
    naming one graph twice) they are read from the quads.
    """

    graph: str = ""
    records: int = 0
    reason: str | None = None
    #: its quads as an audit record keeps them (:func:`.audit.nquads`), written in the worker
    text: str = ""
    #: how many triples (distinct)
    count: int = 0
    _blob: bytes = b""
    _triples: list | None = None
    _quads: list | None = None

    @property
    def blob(self) -> bytes:
        """Its triples pickled (what the check workers are sent), made here if the worker did not."""
        if not self._blob and self.text:
            self._blob = pickle.dumps(self.triples, pickle.HIGHEST_PROTOCOL)
        return self._blob

    @property
    def triples(self) -> list:
        """Its triples in rdflib terms (decoded here only when a check or write in rdflib terms needs them)."""
        if self._triples is None:
            if self._blob:
                self._triples = pickle.loads(self._blob)
            else:
                from .store.embedded import to_rdflib

                self._triples = [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
                                 for q in self.quads]
        return self._triples

    @property
    def quads(self) -> list:
        """Its quads in the store's own terms, read by Oxigraph from :attr:`text` (a bulk load's checks
        and writes in those terms, :class:`_NativeCommits`: ~0.1 ms a document, no rdflib term)."""
        if self._quads is None:
            from .store import rdfio

            self._quads = rdfio.parse_native_nquads(self.text.encode("utf-8"))
        return self._quads

    def rewritten(self, triples: list) -> None:
        """Its triples replaced (merged IRIs written as the kept ones)."""
        iri = URIRef(self.graph)
        self._triples, self._blob = triples, b""
        self.text, self.count, self._quads = nquads([(s, p, o, iri) for s, p, o in triples]), len(triples), None


_WORKER: dict[str, Any] = {}


def _worker_context() -> Any:
    """Where worker processes come from: a fork server (never a fork of a process with threads:
    RocksDB's, tqdm's) that has the loader imported and warmed (:mod:`.warmup`) already."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["osce_kg.loader.pipeline", "osce_kg.loader.warmup"])
    return context


def start_fork_server(documents: int, workers: int | None = None) -> bool:
    """Start the fork server a bulk load's workers come from, if a load of ``documents`` will have them
    (:attr:`Loader.PARALLEL_FROM`, more than one core): it imports and warms the loader while this
    process opens the store and writes the reference graphs. Whether it will."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or documents < Loader.PARALLEL_FROM:
        return False
    _worker_context()
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return True


def warm() -> None:
    """Read and map one page of the example corpus (see :mod:`.warmup`); nothing it does may stop a load."""
    _WORKER["digest"] = code_digest()  # the code this fork server imported, for the reference data it makes
    try:
        page = next(iter(sorted(bundled_corpus().glob("pr-*.txt"))), None)
        if page is not None:
            _WORKER.setdefault("minter", Minter("http://localhost:8000/"))
            _prepare(Source(page, page.name))
    except Exception:  # noqa: BLE001  # a warm-up only: the first real document pays instead
        pass
    finally:
        _WORKER.pop("minter", None)


def exit_at_once() -> None:
    """In the fork server only (its command line is ``python -c``, with :mod:`multiprocessing.forkserver`
    running): when it exits (the load is over, no worker is left), skip the interpreter's teardown of the
    reference data and the loader it imported (~1 s of CPU on the busy machine), during which it kept the
    load's standard output open. It holds no file, store or buffer of its own to close; its workers end
    with ``os._exit`` as every forked process of :mod:`multiprocessing` does."""
    import atexit
    import sys

    if sys.argv != ["-c"] or "multiprocessing.forkserver" not in sys.modules:
        return

    def now_() -> None:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(0)

    atexit.register(now_)


#: how much lower the worker processes' CPU priority is than the loader's (``OSCE_KG_LOAD_WORKER_NICENESS``,
#: default 0): the loader's one process claims, commits and dispatches every batch, and a positive
#: value lets it have a core when it needs one. Measured on the shared 2-core machine, 10 halved
#: the loader's waits for a core but the whole load took as long (the workers waited instead), and
#: beside other programs it starves the workers (at 10 each gets a tenth of their share), so it is off
WORKER_NICENESS = env_number("LOAD_WORKER_NICENESS", 0, most=19)


def _init_worker(base: str, shapes: str = "", ontology: str = "", niceness: int = 0) -> None:
    """A worker's state: its minter, and the loader's shapes and ontology (N-Triples) for its gate; its
    CPU priority ``niceness`` lower than the loader's (:data:`WORKER_NICENESS`)."""
    _WORKER.update(minter=Minter(base), shapes=shapes, ontology=ontology)
    if niceness > 0:
        os.nice(niceness)


def _nt(graph: Graph | None) -> str:
    """``graph`` as N-Triples text (how the shapes and ontology reach the workers)."""
    return graph.serialize(format="nt") if graph is not None else ""


def _worker_gate(snapshot: str) -> Gate:
    """This worker's gate, reading the snapshot at ``snapshot`` (reopened when the path changes).

    Built once per worker from the loader's shapes and ontology; like the loader's gate, it
    validates with the compiled shapes (:mod:`.store.shapecheck`) when they compile, pySHACL otherwise.
    """
    from .store.embedded import EmbeddedStore

    gate = _WORKER.get("gate")
    if gate is None:
        shapes = Graph().parse(data=_WORKER["shapes"], format="nt")
        ontology = Graph().parse(data=_WORKER["ontology"], format="nt") if _WORKER["ontology"] else None
        gate = _WORKER["gate"] = Gate(EmbeddedStore(None), shapes, ontology)
        gate.compiled = compiled_shapes(gate)
    if _WORKER.get("snapshot") != snapshot:
        gate.store.close()
        gate.store = EmbeddedStore(Path(snapshot), read_only=True)
        _WORKER["snapshot"] = snapshot
    return gate


def compiled_shapes(gate: Gate) -> Any:
    """``gate``'s shapes compiled to Python checks (:mod:`.store.shapecheck`), or None where they do not
    compile (the gate then runs pySHACL)."""
    from .store.shapecheck import compile_or_none

    return compile_or_none(gate.shapes, gate.ontology)[0]


def _check_run(snapshot: str, before: list[tuple[str, bytes]], run: list[tuple[str, bytes]],
               since: list[tuple[str, bytes]] = ()) -> list[GateResult]:  # type: ignore[assignment]
    """The gate's verdict on each document of ``run`` (graph IRI, pickled triples), in order, on the
    snapshot with the documents accepted ``since`` it was taken (and the batch before, accepted),
    then those ``before`` the run in its own batch (as accepted), layered over it (see
    :meth:`Loader._dispatch`).

    ``since`` only grows while the snapshot is the same: the worker keeps its layer from one batch
    to the next and adds the documents it has not seen yet. A verdict carries the SHACL results
    only (no report graph, no diff: the loader's :meth:`Gate.commit_many` computes the diff on its
    own view).
    """
    gate = _worker_gate(snapshot)
    kept = _WORKER.get("since")
    if kept is None or kept[0] != snapshot or kept[1] > len(since):
        kept = (snapshot, 0, _Layer(_StoreView(gate.store)))
    committed = kept[2]
    for iri, blob in since[kept[1]:]:
        committed.absorb(gate.diff(_change(iri, blob), committed))
    _WORKER["since"] = (snapshot, len(since), committed)
    pending = _Layer(committed)
    for iri, blob in before:
        pending.absorb(gate.diff(_change(iri, blob), pending))
    out: list[GateResult] = []
    for iri, blob in run:
        change = _change(iri, blob)
        result, diff = gate._check_on(change, pending)
        if result.conforms and diff:
            pending.absorb(diff)
        out.append(GateResult(conforms=result.conforms, violations=result.violations))
    return out


def _change(iri: str, blob: bytes) -> Change:
    """A document's change as the workers' gate reads it: its triples as they came (unique already,
    pickled once by the loader), not an rdflib graph (the gate only iterates them; building a graph
    cost 7x the diff)."""
    return Change(replace={URIRef(iri): pickle.loads(blob)})


class _BulkAudit(AuditLog):
    """The gate's audit log during a bulk load: a new document's record takes the N-Quads text its
    worker wrote (:attr:`Prepared.text`) instead of writing it again here, on the loader's one core."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        #: graph -> (number of quads, their text), for the documents of the batches in flight
        self.texts: dict[URIRef, tuple[int, str]] = {}

    def text(self, quads: list) -> str:
        """The worker's text when ``quads`` are all of a document's quads (its whole graph is new:
        the quads a change replacing one graph adds are its document's, so as many means the same
        ones); else written here."""
        if quads:
            g = quads[0][3]
            known = self.texts.get(g)
            if known is not None and known[0] == len(quads) and all(q[3] == g for q in quads):
                return known[1]
        return nquads(quads)


class _NativeCommits:
    """A bulk load's checks and writes in the store's own terms (:mod:`.store.batchcheck`), in this process.

    Each document of a batch is checked on its own, in order, as :meth:`Gate.commit_many` checks
    it: over the store, the batch being written and the batch's documents accepted before it
    (:func:`~.store.batchcheck.check_replacements` of that one graph, the check ``osce-kg import``
    runs on a batch, here run on one document at a time: a document that is valid only with a
    later one is still rejected, as one by one). The accepted ones are written with one audit
    record each (:func:`~.store.batchcheck.audit_record`, the record ``AuditLog.record`` writes)
    in one transaction, on a thread, while the next batch is claimed and checked; a batch is
    reported once its transaction is done (:meth:`settle`).

    No rdflib term on the way: a document's quads are read by Oxigraph from the N-Quads text its
    worker wrote. 441 documents: 0.2 s to check instead of 0.7 s in a check worker (rdflib terms,
    each document decoded and layered again in the worker), no snapshot, no second pool.

    Over a remote store's local copy (:class:`_Mirror`) each batch is written to the remote store
    first, as :meth:`Gate.commit_many` writes it (the graphs dropped and written again with their
    records, one change), then to the copy.
    """

    def __init__(self, gate: Gate, local: Any, remote: Store | None = None) -> None:
        from .store import batchcheck

        self.gate, self.remote = gate, remote
        self.idx = batchcheck.NativeIndex.of(gate)
        self.moved_to(local)
        #: the batch being written: (thread, its failure if any, its graphs, its layer over the store, the quads
        #: it adds and those it removes)
        self._writing: tuple[threading.Thread, list[BaseException], set, Any, list, list] | None = None

    @classmethod
    def of(cls, gate: Gate, store: Store, mirror: "_Mirror | None") -> "_NativeCommits | None":
        """For a bulk load through ``gate`` into ``store`` (or ``mirror``'s copy of it), when the shapes
        compile and the store (or copy) is the embedded one; else None (:meth:`Gate.commit_many`)."""
        local = mirror.local if mirror is not None else store
        if gate.compiled is None or not hasattr(local, "native") or not hasattr(local, "apply_native"):
            return None
        commits = cls(gate, local, mirror.remote if mirror is not None else None)
        commits.mirror = mirror
        return commits

    #: the remote store's copy this load checks on, told of the audit quads each batch writes (:meth:`_Mirror.wrote`)
    mirror: "_Mirror | None" = None

    def moved_to(self, local: Any) -> None:
        """Read and write ``local`` from now on (the remote store's copy made again)."""
        from .store import batchcheck

        self.local = local
        #: the store as the checks read it: its IRIs known (read once, while they are at most
        #: :attr:`IRIS_MAX`) and each subject's lookups kept for the next documents (at most :attr:`KEEP`
        #: subjects), told of every write (:meth:`~.store.batchcheck.StoreView.written`); only this load
        #: writes the store while it runs (a remote store's copy made again gets a new view)
        # read from a store of at most 8 quads an IRI allowed (the reference data has ~4.5, a document's graph
        # fewer; the default: a store of 2,000,000 quads, as an import reads): a larger one holds too many
        iris = batchcheck.store_iris(local.native, 8 * self.IRIS_MAX) if self.IRIS_MAX > 0 else None
        self.view: Any = batchcheck.StoreView(local.native, iris=iris, keep=self.KEEP, iris_max=self.IRIS_MAX)

    #: subjects whose store lookups the checks keep at most (their types and descriptions: the States, bodies
    #: and concepts every document cites; then all are forgotten), so memory does not grow with the load
    KEEP = 20_000
    #: the most IRIs of the store the checks keep (``OSCE_KG_LOAD_IRIS_MAX``; 0: none): an IRI the store does
    #: not hold (most of a new document's) is then a set miss, not a RocksDB seek; past it (a store of
    #: ~15,000 documents), every lookup is asked of the store, so the set does not grow with the load
    IRIS_MAX = env_number("LOAD_IRIS_MAX", 250_000)

    def commit(self, items: list[tuple[URIRef, list, str, str]],
               before_write: Callable[[], bool] | None = None) -> "list[GateResult | ValidationFailed] | None":
        """Check the documents ``items`` (graph, quads, file name, the quads' N-Quads text as
        :func:`.audit.nquads` writes them or ""), in order, and start writing the
        accepted ones (after the batch being written is done: :meth:`settle`).

        ``before_write`` is called once no write is under way, right before this batch's starts; it
        returns True when the store was copied again (another gate wrote to the remote store): the
        batch is then checked again on the new copy. None (nothing checked or written): the batch
        names a graph twice or holds a blank node; the caller commits it in rdflib terms.

        :raises StoreError: the batch written before failed (nothing of it is in the store).
        :raises ManagedGraph: a document's graph is one osce-kg keeps for itself (nothing written).
        """
        from .store import rdfio

        graphs = [rdfio.native_iri(str(iri)) for iri, *_ in items]
        if len(set(graphs)) < len(graphs) or any(rdfio.holds_blank_node(quads) for _, quads, *_ in items):
            return None
        with self.gate.lock:
            for iri, *_ in items:
                self.gate._refuse_protected(Change(drop={iri}))
            if self._writing is not None and not self._writing[2].isdisjoint(graphs):
                self.settle()  # a graph of the batch being written: its check reads it from the store
            while True:
                results, plan = self._check(items, graphs)
                self.settle()
                if before_write is None or not before_write():
                    break
            if plan is not None:
                self._start(*plan)
        return results

    def _check(self, items: list[tuple[URIRef, list, str, str]], graphs: list) -> tuple[list, tuple | None]:
        """The verdicts on ``items``, one by one over the store, the batch being written and the earlier
        accepted ones; and what to write (None: nothing)."""
        from .store import batchcheck

        gate, idx = self.gate, self.idx
        base = self._writing[3] if self._writing is not None else self.view
        pending = batchcheck.Layer(base)  # this batch's accepted documents
        results: list[GateResult | ValidationFailed] = []
        write: list = []
        drop: list[URIRef] = []
        changed: list[URIRef] = []
        records: list = []
        minus_all: list = []
        now = dt.datetime.now(dt.timezone.utc)  # one transaction: its records share their time
        for (iri, quads, file, text), g in zip(items, graphs):
            check = batchcheck.check_replacements(gate, idx, gate.compiled, pending, [(g, quads)])
            if not check.conforms:
                results.append(ValidationFailed(check.results, file=file))
                continue
            result = GateResult(conforms=True, violations=check.results_of(g))
            results.append(result)
            kept, existed = check.graphs[g]
            plus, minus = check.changes[g]
            if not plus and not minus:  # the same graph again: no write, no record (as commit_many)
                continue
            pending.add(plus)
            pending.removed.update(minus)
            pending.fresh |= check.after.fresh
            minus_all.extend(minus)
            changed.append(iri)
            if existed:
                drop.append(iri)
            write.extend(kept)
            if gate.audit is not None:
                # a new graph adds all its quads: their text is the one its worker wrote (the same
                # lines Oxigraph writes, sorted), not written again here
                known = text if text and not existed and not minus and len(plus) == len(kept) else None
                result.change_id, record = self._record(g, plus, minus, file, now, known)
                write.extend(record)
                records.extend(record)
        if not changed:
            return results, None
        return results, (write, drop, changed, set(graphs), pending.rebased(self.view, records), minus_all)

    def _record(self, g: Any, plus: list, minus: list, file: str, now: dt.datetime,
                added_text: str | None = None) -> tuple[str, list]:
        """The audit record of one document's graph (``AuditLog.record``'s, in the store's terms): the part
        every record of a batch shares made once a batch (:func:`~.store.batchcheck.audit_record` keeps it
        for a file of ``None``: with each document's own file it was made again for every document),
        and the document's file added to it."""
        from .store import batchcheck, rdfio

        audit = self.gate.audit
        assert audit is not None
        record_id, record = batchcheck.audit_record(audit, g, plus, minus, actor="cli", file=None, via="load",
                                                    now=now, added_text=added_text)
        if file:  # as AuditLog.record writes it
            source = (audit.iri(record_id), audit.vocab.sourceFile, Literal(relative_name(file)))
            record = record + rdfio.native_graph(str(audit.graph), [source])[1]
        return record_id, record

    def _start(self, write: list, drop: list[URIRef], changed: list[URIRef], graphs: set, layer: Any,
               removed: list) -> None:
        """Write a checked batch on a thread (pyoxigraph and HTTP let go of the GIL while they write);
        every :attr:`FLUSH_EVERY` documents, flush the store after. The lookups of the store the checks
        keep that the batch changes are forgotten, and the IRIs it writes known, now and again once it is
        written (a lookup made while it was written may have read the store before it)."""
        failure: list[BaseException] = []
        self.view.written(write)
        self.view.written(removed)
        self.unflushed += len(changed)
        flush = self.unflushed >= self.FLUSH_EVERY
        if flush:
            self.unflushed = 0

        def run() -> None:
            try:
                if self.remote is not None and hasattr(self.remote, "apply_native"):
                    self.remote.apply_native(write, changed)  # Virtuoso: staged from Oxigraph's N-Quads text
                elif self.remote is not None:
                    self.remote.apply(_as_change(write, changed))
                if self.mirror is not None:
                    self.mirror.wrote()
                try:
                    self.local.apply_native(write, drop)
                    if flush:  # what was written since goes to disk, and RocksDB frees its memtables
                        self.local.flush()
                        if self.TRIM:  # ... whose pages glibc would otherwise keep (see release_freed_memory)
                            self.trims += release_freed_memory()
                except StoreError as exc:
                    if self.remote is None:
                        raise
                    raise StoreError(f"the batch is written, but the load's local copy failed: {exc}") from None
            except BaseException as exc:  # noqa: BLE001  # raised by settle(), in the loader's thread
                failure.append(exc)

        thread = threading.Thread(target=run, name="osce-kg-load-write", daemon=True)
        thread.start()
        self._writing = (thread, failure, graphs, layer, write, removed)

    #: documents written between two flushes of the store (RocksDB keeps what it writes in memory until
    #: it flushes: without it, the loader's memory grew ~45 MiB per 1,000 documents of a 100,000-document load)
    FLUSH_EVERY = env_number("LOAD_FLUSH_EVERY", 512, least=1)
    unflushed = 0
    #: after each flush, hand the pages malloc holds free back to the system (``OSCE_KG_LOAD_MALLOC_TRIM``,
    #: 1 or 0; :func:`release_freed_memory`): a 20,000-document load held 81-148 MiB of freed memory in
    #: glibc's arenas (``mallinfo2``), what RocksDB's flushed memtables and the batches left behind
    TRIM = env_number("LOAD_MALLOC_TRIM", 1, least=0, most=1) == 1
    #: how many flushes were followed by a trim that ran (glibc's ``malloc_trim``; 0 elsewhere)
    trims = 0

    def settle(self) -> None:
        """Wait for the batch being written, if any.

        :raises StoreError: its write failed (nothing of it was written).
        """
        writing, self._writing = self._writing, None
        if writing is None:
            return
        writing[0].join()
        self.view.written(writing[4])
        self.view.written(writing[5])
        if writing[1]:
            raise writing[1][0]


def release_freed_memory() -> int:
    """Give the memory glibc's allocator holds free back to the system (``malloc_trim(0)``): 1 when it ran,
    0 where there is no glibc (the call is then skipped).

    A bulk load frees much more than it keeps: every batch's quads and text, and at each flush RocksDB's
    memtables (up to tens of MiB, freed in pieces by several threads). glibc keeps freed memory in its
    arenas for later allocations and returns only what lies at the top of a heap; the rest stays resident.
    In a 20,000-document load ``mallinfo2`` showed 81-148 MiB free in the arenas against 62-138 MiB in
    use, and ``malloc_trim(0)`` took the loader's resident memory down by 20-65 MiB each time.
    """
    trim = _malloc_trim()
    if trim is None:
        return 0
    trim(0)
    return 1


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Any:
    """glibc's ``malloc_trim``, or None (another C library, another system)."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def _as_change(quads: list, graphs: list[URIRef]) -> Change:
    """A batch's write in rdflib terms, as :meth:`Gate.commit_many` hands it to a store: the ``graphs`` it
    replaces dropped, and every quad of them and of the audit records added (one change)."""
    from .store.embedded import to_rdflib

    return Change(drop=set(graphs), add=[(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object),
                                          URIRef(q.graph_name.value)) for q in quads])


class _Mirror:
    """A copy on local disk of a remote store, for a bulk load's checks (see :attr:`Loader.MIRROR_MAX_QUADS`).

    Every batch the load commits is written to the remote store and then to the copy
    (:class:`_WriteThrough`). Each write with audit records replaces the audit graph's write mark in the
    same request (:meth:`RemoteStore.update_marked`): the copy keeps the marks it was made at, then its
    own writes'. Before each commit the remote store's marks are read (one lookup): a write through another
    gate meanwhile (``osce-kg serve``'s ``/update``, a second load) left its own, and the copy is then
    made again and the batch checked on it.
    """

    def __init__(self, remote: Store, audit: URIRef | None) -> None:
        #: a remote store (:meth:`of`: no snapshots), whose write marks the copy keeps
        self.remote, self.audit = cast("RemoteStore", remote), audit
        self.folder = Path(tempfile.mkdtemp(prefix="osce-kg-mirror-"))
        self.copies = 0
        self.local: Any = None
        #: the remote store's write marks as this load knows them: read when the copy is made, then its own
        #: writes' (:meth:`wrote`); the check before each batch (:meth:`stale`) reads the marks the store holds
        self.marks: frozenset[str] = frozenset()
        self.refresh()

    @classmethod
    def of(cls, store: Store, gate: Gate, limit: int) -> "_Mirror | None":
        """A copy of ``store`` if it is remote (no snapshots) and holds at most ``limit`` quads."""
        if store.snapshots or limit <= 0:
            return None
        if store.quad_count() > limit:
            return None
        return cls(store, gate.audit.graph if gate.audit is not None else None)

    def refresh(self) -> None:
        """Copy the remote store again (N-Quads, bulk loaded into a new local store)."""
        import io

        from .store.embedded import EmbeddedStore

        if self.local is not None:
            self.local.close()
        self.copies += 1
        self.local = EmbeddedStore(self.folder / str(self.copies))
        # read before the copy: a write in between makes the next check copy again
        self.marks = self.remote.read_marks(self.audit) if self.audit is not None else frozenset()
        self.remote.keep_marks(self.marks)
        data = io.BytesIO()
        self.remote.dump(data, "nquads")
        self.local.bulk_load_nquads(data.getvalue())

    def wrote(self) -> None:
        """This load wrote a change to the remote store (and is writing it to the copy): its mark, if it wrote
        records, is now the one the copy knows of, and the one the next write deletes. A write through the
        same store not followed by this call (not the load's) leaves the marks kept as they were: the next
        check sees it."""
        if self.remote.last_mark is not None:  # it wrote records (a write with none leaves the marks)
            self.marks = frozenset({self.remote.last_mark})
            self.remote.keep_marks(self.marks)

    def stale(self) -> bool:
        """Whether another gate wrote to the remote store since the copy (the audit graph's marks changed):
        one lookup."""
        if self.audit is None:
            return False
        self.counts += 1
        return self.remote.read_marks(self.audit) != self.marks

    #: how many times :meth:`stale` read the remote store's marks
    counts = 0

    def close(self) -> None:
        self.remote.keep_marks(None)
        if self.local is not None:
            self.local.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class _WriteThrough:
    """The store a bulk load's gate sees over a remote store: reads from the local copy, each write
    applied to the remote store (its mark kept, :meth:`_Mirror.wrote`), then to the copy."""

    def __init__(self, remote: Store, mirror: "_Mirror") -> None:
        self.remote, self.mirror, self.local = remote, mirror, mirror.local

    def __getattr__(self, name: str) -> Any:
        return getattr(self.local, name)

    def apply(self, change: Change) -> None:
        self.remote.apply(change)
        self.mirror.wrote()
        try:
            self.local.apply(change)
        except StoreError as exc:
            raise StoreError(f"the batch is written, but the load's local copy failed: {exc}") from None


class _Snapshots:
    """Read-only snapshots of the store for the workers' checks, and the documents accepted since.

    A snapshot is taken when more than :data:`SNAPSHOT_EVERY` documents were accepted since
    the last one (taking one flushes the store: ~0.1 s on a busy disk); the workers layer the
    documents accepted since over it. Kept in a temporary folder beside the store (RocksDB
    checkpoints are hard links there), removed when the load ends; a snapshot no check reads
    any more is removed at once.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        parent = store.path.parent if store.path is not None else None
        try:
            self.folder = Path(tempfile.mkdtemp(prefix=".osce-kg-load-", dir=parent))
        except OSError:
            self.folder = Path(tempfile.mkdtemp(prefix="osce-kg-load-"))
        self.taken: list[Path] = []
        self.since: list[tuple[str, bytes]] = []
        self.fresh = False

    def current(self) -> tuple[str, list[tuple[str, bytes]]]:
        """The path of a snapshot, and the documents (graph IRI, triples) accepted after it was taken."""
        if not self.fresh:
            target = self.folder / str(len(self.taken))
            self.store.snapshot(target)
            self.taken.append(target)
            self.since = []
            self.fresh = True
            for old in self.taken[:-2]:  # its checks are done (each batch waits for its verdicts)
                shutil.rmtree(old, ignore_errors=True)
        return str(self.taken[-1]), list(self.since)

    def committed(self, items: list[tuple[str, bytes]]) -> None:
        """``items`` were accepted and written after the current snapshot."""
        self.since.extend(items)
        if len(self.since) > SNAPSHOT_EVERY:
            self.fresh = False

    def advance(self) -> None:
        """The store changed otherwise: the next check needs a new snapshot."""
        self.fresh = False

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


#: documents accepted after a snapshot before the next one is taken
SNAPSHOT_EVERY = 128


def _prepare(source: Source, blobs: bool = True) -> Prepared:
    """Read and map one document (in a worker process); never raises for bad input. ``blobs``: send its
    triples pickled too (see :class:`Prepared`)."""
    minter = _WORKER["minter"]
    try:
        doc = read_source(source)
        triples = mapping.document_triples(doc, minter, loaded_at=now(), loader_version=__version__)
        iri = minter.graph(mapping.graph_key(doc))
        return Prepared(str(iri), len(doc.records), text=nquads([(s, p, o, iri) for s, p, o in triples]),
                        count=len(triples), _blob=pickle.dumps(triples, pickle.HIGHEST_PROTOCOL) if blobs else b"")
    except DocumentError as exc:
        return Prepared(reason=exc.reason if exc.line is None else f"line {exc.line}: {exc.reason}")
    except StoreError:
        raise
    except OsceKgError as exc:
        return Prepared(reason=exc.message)


def _reference_triples(base: str) -> tuple[str | None, set]:
    """The reference data's triples (:func:`.mapping.reference_triples`), made in a worker process, whose
    fork server has the reference data loaded already (see :meth:`Loader._reference_from_workers`), with
    the :func:`code_digest` of the code that made them (the fork server's, taken when it imported it)."""
    return _WORKER.get("digest") or code_digest(), mapping.reference_triples(Minter(base))


def code_digest() -> str | None:
    """A checksum of everything the reference data's triples are made from, read from disk now: every
    module of the loader (``loader/*.py``), its data files, the rdflib and Python versions. None when
    a file cannot be read. Taken once when a load starts (:class:`Loader`) and once in the fork server
    (:func:`warm`): the code a process runs is the code it imported, not what is on disk later."""
    import sys

    import rdflib

    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{rdflib.__version__}\0{__version__}\0{sys.version_info[:2]}".encode())
    try:
        for path in sorted([*here.glob("*.py"), *(here / "data").glob("*")]):
            digest.update(f"\0{path.name}\0".encode())
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _reference_cache_file(base: str, digest: str | None) -> Path | None:
    """Where the reference data's triples for ``base``, made by the code of :func:`code_digest` ``digest``, are
    kept between loads: in ``$OSCE_KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/osce-kg``, else
    ``~/.cache/osce-kg`` (where the reference data's indexes are kept), named by a checksum of the base
    and ``digest``. None when no folder can be named or the code not read."""
    folder = os.environ.get("OSCE_KG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "osce-kg")
    if not folder or folder.startswith("~") or digest is None:
        return None
    name = hashlib.sha256(f"{base}\0{digest}".encode()).hexdigest()[:24]
    return Path(folder) / f"reference-graph-{name}.marshal"


def cached_reference(path: Path | None) -> set | None:
    """The reference data's triples kept in ``path`` (:attr:`Loader.reference_cache`) by a load before
    (:func:`keep_reference`), or None.

    Read with :mod:`marshal` (plain strings: nothing is executed on reading), ~0.05 s, against the ~1.2 s a
    load's first moments waited for a worker to make them (its fork server has to start and load the
    reference data first), while this process had nothing else to do. A file that cannot be read, or
    does not hold the shape written, is ignored (they are made again)."""
    import marshal

    from rdflib import BNode

    if path is None:
        return None
    try:
        rows = marshal.loads(path.read_bytes())
        terms = {"u": URIRef, "b": BNode}
        out = set()
        for s, p, kind, value, lang, datatype in rows:
            o = terms[kind](value) if kind != "l" else \
                Literal(value, lang=lang or None, datatype=URIRef(datatype) if datatype else None)
            out.add((terms[s[0]](s[1:]), URIRef(p), o))
        return out
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError):
        return None


def keep_reference(path: Path | None, triples: Iterable[tuple]) -> None:
    """Keep the reference data's ``triples`` in ``path`` for :func:`cached_reference` (written whole or not at
    all; the files kept for other data or code removed); a folder that cannot be written is left alone."""
    import marshal

    if path is None:
        return
    rows = []
    for s, p, o in triples:
        if isinstance(o, Literal):
            row = ("l", str(o), o.language or "", str(o.datatype) if o.datatype else "")
        else:
            row = ("b" if isinstance(o, BNode) else "u", str(o), "", "")
        rows.append((("b" if isinstance(s, BNode) else "u") + str(s), str(p), *row))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(rows))
        os.replace(tmp, path)
        for old in path.parent.glob("reference-graph-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


def _prepare_chunk(sources: list[Source], blobs: bool = True) -> list[Prepared]:
    """:func:`_prepare` of a few documents in one task: a task's round trip through the pool (pickling,
    two pipe messages, the future) costs the loader's process ~0.2 ms, as much as a document's check."""
    return [_prepare(source, blobs) for source in sources]


def bundled_corpus() -> Path:
    """The example corpus shipped with the package (``corpus/`` in the source tree)."""
    from importlib.resources import files

    return Path(str(files("osce_kg.corpus")))
