"""``osce-kg import``: RDF files (dumps, curated lists, other KGs' slices) into the store, gated.

Two ways in:

* :func:`import_files`: every graph of every file passes the write gate (SHACL, an audit
  record naming the file and the graph) and is written whole or not at all, replacing the
  graph of that name. Every line of a file is read and checked before anything of it is
  written, so a malformed line anywhere rejects the whole file, naming the line; then a dump
  whose graphs each come in one run of lines is read again graph by graph, any other file
  comes back from a scratch store on disk (bounded memory either way). The graphs go to the
  gate in batches (``Gate.commit_graphs``: checked together in the store's terms, each batch
  written while the next is checked; on the embedded store the graphs it does not hold go in
  with Oxigraph's bulk loader behind a journal, so a killed import leaves each graph whole or absent).
* :func:`restore`: a dump (``osce-kg export``, ``/dumps/all.nq.gz``) into an *empty* store.
  Every line is checked on a thread while the bulk loader (the embedded store's fast path)
  loads the files beside it; that pass also gathers what the shapes read, and the compiled
  shapes (:mod:`.store.shapecheck`) validate the whole dataset from it once (pySHACL through
  :func:`~osce_kg.loader.gate.check_store` when the shapes do not compile); one audit record
  says what was restored. A bad line or a restore that breaks a shape empties the store again.

The gate of :func:`import_files` validates with the compiled shapes too (``Gate.compiled``),
with the same verdicts as pySHACL (``tests/test_shapecheck.py``).

What is refused, with the file, line (where the parser gives one) and reason: a syntax
error, an IRI that is not a valid absolute IRI (a space in it), a malformed language tag, a
blank node used in two graphs (or as a graph name), triples in the default graph without
``--graph``, a remote JSON-LD context or a DTD (never fetched, see :mod:`.rdfparse`), and,
outside a restore, the server's own graphs (audit log, tombstones).

N-Quads, N-Triples, Turtle and TriG are read by Oxigraph's streaming parser (its IRI and
language-tag checks are the ones :mod:`.rdfparse` applies); RDF/XML and JSON-LD by
:func:`.rdfparse.parse_rdf`. A ``.gz`` file is read through gzip.
"""
from __future__ import annotations

import gc
import gzip
import multiprocessing
import re
import threading
import zlib
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any, Callable, Iterable, Iterator, cast

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV

from . import mapping
from .audit import AuditLog
from .errors import DocumentError, OsceKgError, StoreError, UsageError, ValidationFailed, Violation
from .gate import CheckReport, Gate, GraphPipeline, check_store
from .iri import Minter
from .pipeline import file_name, is_utf8_name, not_regular, printable
from .rdfparse import iri_problem, parse_rdf, shown
from .store.shapecheck import Collector, Unsupported, compile_or_none
from .store.base import Change, Store
from .store import rdfio, staging
from .store.staging import StagedQuad

#: format name -> the media type rdfparse reads it as (None: the store's parser streams it, see
#: :data:`.store.staging.STREAMING`)
FORMATS: dict[str, str | None] = {
    "nquads": None,
    "trig": None,
    "nt": None,
    "turtle": None,
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
#: formats without named graphs: their triples need ``--graph``
TRIPLE_FORMATS = frozenset({"nt", "turtle", "rdfxml"})
#: file name suffix (after ``.gz``) -> format name
EXTENSIONS = {".nq": "nquads", ".nquads": "nquads", ".trig": "trig", ".nt": "nt", ".ntriples": "nt",
              ".ttl": "turtle", ".turtle": "turtle", ".rdf": "rdfxml", ".owl": "rdfxml", ".xml": "rdfxml",
              ".jsonld": "jsonld", ".json": "jsonld"}
#: graph keys only the server writes (refused outside a restore)
SERVER_GRAPH_KEYS = ("audit", "tombstones")
#: graphs committed before the others of a file (what documents link to)
FIRST_GRAPH_KEYS = ("ontology", "reference")
#: quads handed to the store at a time while staging
_BATCH = 50_000
#: quads of graphs checked together and committed in one transaction (Gate.commit_graphs); a batch with
#: a graph that breaks a shape is checked again graph by graph
_COMMIT_BATCH = 10_000
#: the same, once the embedded store bulk-writes new graphs (after the first batch, which writes the
#: first audit record in a transaction): each bulk write costs a few file syncs, so fewer, larger ones
_BULK_BATCH = 50_000
_PARSER_PREFIX = re.compile(r"^Parser error (?:at line \d+ )?")


# ---------------------------------------------------------------------------
# what to read
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportSource:
    """One file to import: where it is, the name records give it (never absolute), its format."""

    path: Path
    name: str
    fmt: str
    gzipped: bool


def format_of(path: Path, fmt: str | None) -> tuple[str, bool]:
    """The format of ``path`` (``fmt`` if given, else its suffix) and whether it is gzipped.

    :raises UsageError: the format cannot be told from the name, or is not one osce-kg reads.
    """
    suffixes = [s.lower() for s in PurePosixPath(path.name).suffixes]
    gzipped = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    if fmt is None:
        suffix = suffixes[-2] if gzipped and len(suffixes) > 1 else (suffixes[-1] if suffixes and not gzipped else "")
        fmt = EXTENSIONS.get(suffix)
        if fmt is None:
            raise UsageError(f"{printable(path.name)}: cannot tell the format from the file name; "
                             f"give --format ({', '.join(FORMATS)})")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {shown(fmt)}; one of {', '.join(FORMATS)}")
    return fmt, gzipped


def sources_for(paths: Iterable[Path], fmt: str | None, graph: str | None) -> list[ImportSource]:
    """The files to import, each with its recorded name and format.

    :raises UsageError: a format cannot be told, a triple format has no ``graph``, ``graph`` is
        not a valid IRI, a path is not a regular file or its name is not UTF-8.
    """
    if graph is not None and (problem := iri_problem(graph)):
        raise UsageError(f"--graph <{shown(graph)}> is not a valid absolute IRI ({problem})")
    out = []
    for path in map(Path, paths):
        problem = not_regular(path)
        if problem:
            raise UsageError(f"{printable(str(path))}: {problem}")
        name = file_name(path)
        if not is_utf8_name(name):
            raise UsageError(f"{printable(str(path))}: file name is not valid UTF-8; rename the file")
        kind, gzipped = format_of(path, fmt)
        if kind in TRIPLE_FORMATS and graph is None:
            raise UsageError(f"{printable(name)} is {kind}, which has no graph names: say which graph "
                             "its triples go to with --graph IRI")
        out.append(ImportSource(path, name, kind, gzipped))
    return out


# ---------------------------------------------------------------------------
# reading one file: quads, checked
# ---------------------------------------------------------------------------
@contextmanager
def _opened(source: ImportSource) -> Iterator[IO[bytes]]:
    with open(source.path, "rb") as raw:
        yield cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")) if source.gzipped else raw


def read_quads(source: ImportSource, graph: URIRef | None, *, base: str,
               prefix: str | None = None) -> Iterator[StagedQuad]:
    """The quads of ``source`` in the store's terms, checked; triples in the default graph go to ``graph``;
    with ``prefix``, blank nodes renamed apart (:func:`.store.staging.fresh_blank_nodes`).

    :raises DocumentError: the file is malformed (its line where the parser gives one), has a
        blank node in two graphs or as a graph name, or default-graph triples and no ``graph``.
    :raises UsageError: a remote JSON-LD context, a DTD, an invalid IRI or language tag (rdfparse formats).
    """
    try:
        yield from staging.checked(_raw_quads(source, base=base), graph, prefix)
    except staging.QuadProblem as exc:
        raise DocumentError(_problem_reason(exc), file=printable(source.name)) from None
    except SyntaxError as exc:
        raise DocumentError(_syntax_reason(exc), file=printable(source.name), line=exc.lineno) from None
    except (OSError, EOFError, zlib.error) as exc:
        raise DocumentError(f"cannot read the file: {shown(exc)}", file=printable(source.name)) from None


def _problem_reason(exc: staging.QuadProblem) -> str:
    """What the reader is told of a quad the store cannot take as it is."""
    if exc.reason == "default":
        return "triples in the default graph; say which graph they go to with --graph IRI"
    if exc.reason == "blank graph":
        return f"a blank node (_:{shown(exc.terms[0])}) names a graph; graphs need IRIs"
    label, first, second = exc.terms
    return (f"the blank node _:{shown(label)} is used in two graphs (<{shown(first)}> "
            f"and <{shown(second)}>); a blank node belongs to one graph: give it an IRI")


def _syntax_reason(exc: SyntaxError) -> str:
    """Oxigraph's message without its own "Parser error at line N" (the line is given apart)."""
    lines = str(exc.args[0] if exc.args else exc).splitlines() or ["syntax error"]
    return shown(_PARSER_PREFIX.sub("", lines[0]), 300)


def _raw_quads(source: ImportSource, *, base: str) -> Iterator[StagedQuad]:
    media_type = FORMATS[source.fmt]
    if media_type is None and not source.gzipped:  # Oxigraph reads the file itself (no Python read calls)
        yield from staging.parse(source.path, source.fmt)
        return
    with _opened(source) as stream:
        if media_type is None:  # a format the store parses as a stream
            yield from staging.parse(stream, source.fmt)
            return
        data = stream.read()
    yield from staging.from_dataset(parse_rdf(data, media_type, base, source=printable(source.name), site_base=base))


# ---------------------------------------------------------------------------
# outcomes
# ---------------------------------------------------------------------------
@dataclass
class GraphOutcome:
    """What happened to one graph of one file (``graph`` None: the whole file was refused)."""

    file: str
    accepted: bool
    graph: URIRef | None = None
    triples: int = 0
    reason: str | None = None
    warnings: list[Violation] = field(default_factory=list)

    def line(self) -> str:
        """The line ``osce-kg import`` prints for it."""
        file = printable(self.file)
        if self.accepted:
            return f"accepted  {file}  ({self.triples} triples -> <{self.graph}>)"
        where = f"<{self.graph}>: " if self.graph is not None else ""
        return f"rejected  {file}  {where}{printable(self.reason or '')}"


@dataclass
class ImportReport:
    outcomes: list[GraphOutcome] = field(default_factory=list)
    files: int = 0
    #: how the graphs were validated, when not with the compiled shapes (pySHACL, and why)
    note: str | None = None

    @property
    def accepted(self) -> int:
        return sum(o.accepted for o in self.outcomes)

    @property
    def rejected(self) -> int:
        return len(self.outcomes) - self.accepted

    def summary(self) -> str:
        note = f" ({self.note})" if self.note else ""
        return (f"{self.accepted} graph(s) accepted, {self.rejected} rejected, "
                f"from {self.files} file(s){note}")


QuadProgress = Callable[[int], None]


# ---------------------------------------------------------------------------
# import through the gate
# ---------------------------------------------------------------------------
def import_gate(store: Store, minter: Minter) -> Gate:
    """The gate imports pass: the project's shapes, the audit log, the server's graphs protected."""
    protected = {minter.graph(key): f"the graph <{minter.graph(key)}> is written by the server only "
                                    "(it can come back only with import --restore into an empty store)"
                 for key in SERVER_GRAPH_KEYS}
    gate = Gate(store, mapping.shapes_graph(minter), mapping.ontology_graph(minter),
                audit=AuditLog(minter.base), protected=protected)
    gate.compiled, _ = compile_or_none(gate.shapes, gate.ontology)  # None: pySHACL
    return gate


def import_files(store: Store, sources: list[ImportSource], minter: Minter, *, graph: URIRef | None = None,
                 actor: str = "cli", parsed: QuadProgress | None = None,
                 progress: Callable[[GraphOutcome], None] | None = None, reader_bytes: int | None = None,
                 check_apart_bytes: int | None = None) -> ImportReport:
    """Import every graph of every file through the gate, each graph replacing its namesake whole.

    Every line of a file is read and checked before any of it is written: a malformed file gives
    one rejected outcome and writes nothing. Then its graphs go through the gate in batches of
    about :data:`_COMMIT_BATCH` quads (:meth:`Gate.commit_graphs`), each graph accepted whole with
    an audit record naming the file and the graph, or rejected. ``parsed(n)`` is called as quads
    are read; ``progress`` after each outcome, once its batch is written.

    ``reader_bytes`` (``Settings.import_reader_bytes``, ``OSCE_KG_IMPORT_READER_BYTES``): a file at least
    this large (bytes; 0: every file; None: none) is read by a process of its own, which checks every line
    and hands its graphs over batch by batch while this process checks and writes the batch before. Off by
    default: at a million quads it took as long as reading in this process or longer (65-85 s against
    59-62 s), the main process saving less than the pipe costs.

    ``check_apart_bytes`` (``Settings.import_check_apart_bytes``, ``OSCE_KG_IMPORT_CHECK_APART_BYTES``):
    files together at least this large (bytes; 0: every import; None: none) are checked in a process of
    their own, pipelined with reading and writing (:meth:`Gate.pipeline`). Off by default: on this
    project's 2-core machine a million quads took 50-112 s that way against 43-64 s checked in this
    process (alternating, load 3-6): the check process spent ~38 s of CPU, the importing process ~30 (the
    two vCPUs do not double the work done, and parsing the batches again, the bigger layer and the
    hand-over cost ~10 s more CPU than they save).

    :raises StoreError: the store failed (what was committed before stays).
    """
    gate = import_gate(store, minter)
    report = ImportReport(files=len(sources))
    if gate.compiled is None:
        _, why = compile_or_none(gate.shapes, gate.ontology)
        report.note = f"validated with pySHACL: the shapes use {why}, which the compiled checks do not support"

    def tell(outcome: GraphOutcome) -> None:
        report.outcomes.append(outcome)
        if progress:
            progress(outcome)

    with _check_pipeline(gate, sources, check_apart_bytes) as pipe, _collector_paused(), \
            (gate.batches() if pipe is None else nullcontext()):
        for source in sources:
            try:
                if reader_bytes is not None and source.path.stat().st_size >= reader_bytes:
                    _commit_file(gate, _graphs_read_apart(source, graph, minter, parsed, _batch_limits(gate)),
                                 source.name, actor, tell, pipe)
                    continue
                with _graphs_of(source, graph, minter, parsed) as graphs:
                    _commit_file(gate, graphs, source.name, actor, tell, pipe)
            except _Refused as exc:
                tell(GraphOutcome(source.name, False, reason=_reason(exc.error)))
    return report


#: while an import runs with the cyclic collector off, a full collection every this many quads (the
#: few reference cycles an import makes, from a malformed file's exception for one, do not pile up)
_COLLECT_EVERY = 1_000_000


@contextmanager
def _collector_paused() -> Iterator[None]:
    """CPython's cyclic garbage collector off while graphs are checked and written (on again after, as it was).

    Why: every batch keeps ~100,000 container objects alive (the layer's lists by subject and object, the
    descriptions' sets) until the next batch, so they outlive two young collections and reach the oldest
    generation; that made CPython run a full collection about every batch, each walking every object the
    process holds: 61 full collections, 12.9 s of the main thread's CPU (17% of it) in an import of a
    million quads. An import frees what it makes by reference counting (a full collection after an
    import of 200,000 quads found ~400 objects in cycles), so the collector has nothing to do there;
    :func:`_commit_file` still collects every :data:`_COLLECT_EVERY` quads.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def _check_pipeline(gate: Gate, sources: list[ImportSource],
                    check_apart_bytes: int | None) -> Iterator[GraphPipeline | None]:
    """The gate's check in a process of its own (:meth:`Gate.pipeline`) when ``check_apart_bytes`` is
    set and the files hold at least that many bytes (it takes a second or two to start, beside the first
    reading), else None."""
    if check_apart_bytes is None or sum(s.path.stat().st_size for s in sources) < check_apart_bytes:
        yield None
        return
    with gate.pipeline() as pipe:
        yield pipe


class _Refused(Exception):
    """A file refused whole before anything of it was written (``error`` says why)."""

    def __init__(self, error: DocumentError | UsageError) -> None:
        super().__init__(str(error))
        self.error = error


def _batch_limits(gate: Gate) -> tuple[int, int]:
    """Quads in the first batch and in the others: larger ones once the store bulk-writes new graphs."""
    return _COMMIT_BATCH, _BULK_BATCH if getattr(gate.store, "bulk_batches", False) else _COMMIT_BATCH


#: the end of a batch in what :func:`_graphs_read_apart` yields
_BATCH_END: Any = (None, None)


def _batches(gate: Gate, graphs: Iterable[tuple[URIRef | None, list[StagedQuad] | None]], file: str,
             tell: Callable[[GraphOutcome], None]) -> Iterator[list[tuple[URIRef, list[StagedQuad]]]]:
    """A file's graphs cut into batches: at :data:`_BATCH_END` when ``graphs`` marks them, else by
    :func:`_batch_limits`; a protected graph is refused (told) and in none. The last may be empty."""
    batch: list[tuple[URIRef, list[StagedQuad]]] = []
    size = 0
    limit, later = _batch_limits(gate)
    for iri, quads in graphs:
        if iri is None or quads is None:  # a batch's end, as the reader process cut it
            if not batch:
                continue
            limit = 0
        elif iri in gate.protected:
            tell(GraphOutcome(file, False, iri, reason=gate.protected[iri]))
            continue
        else:
            batch.append((iri, quads))
            size += len(quads)
        if size >= limit:
            yield batch
            batch, size, limit = [], 0, later
    yield batch


def _commit_file(gate: Gate, graphs: Iterable[tuple[URIRef | None, list[StagedQuad] | None]], file: str, actor: str,
                 tell: Callable[[GraphOutcome], None], pipe: GraphPipeline | None = None) -> None:
    """A file's graphs through the gate, batch by batch (each written while the next is read and checked);
    see :func:`_batches`. With ``pipe``, the batches are checked in its process (each told once written)."""
    if pipe is not None:
        _commit_file_apart(pipe, graphs, file, actor, tell)
        return
    written: list[GraphOutcome] = []  # told once their batch has landed
    since = 0  # quads since the last collection (:func:`_collector_paused`)
    for batch in _batches(gate, graphs, file, tell):
        outcomes = _commit_batch(gate, batch, file, actor)  # the previous batch has landed
        for outcome in written:
            tell(outcome)
        written = outcomes
        since += sum(o.triples for o in outcomes)
        if since >= _COLLECT_EVERY:
            gc.collect()
            since = 0
    gate.settle()
    for outcome in written:
        tell(outcome)


def _commit_file_apart(pipe: GraphPipeline, graphs: Iterable[tuple[URIRef | None, list[StagedQuad] | None]],
                       file: str, actor: str, tell: Callable[[GraphOutcome], None]) -> None:
    """:func:`_commit_file` through ``pipe``: each batch sent to be checked apart, its outcomes told once written."""
    def told(landed: list) -> None:
        for sent, results in landed:
            for (iri, quads), result in zip(sent.graphs, results):
                tell(_outcome(file, iri, len(quads), result))

    for batch in _batches(pipe.gate, graphs, file, tell):
        if batch:
            told(pipe.submit(batch, [file] * len(batch), actor=actor, via="import"))
    told(pipe.finish())


@contextmanager
def _graphs_of(source: ImportSource, graph: URIRef | None, minter: Minter,
               parsed: QuadProgress | None) -> Iterator[Iterator[tuple[URIRef, list[StagedQuad]]]]:
    """The graphs of a file, each whole, once all of the file is read and checked (the ontology and
    reference graphs first: documents' shapes look into them).

    A streamed format whose graphs each come in one run of lines (a dump) is read twice: once to
    check every line, keeping only the ontology and reference graphs, then again graph by graph.
    Anything else is held in a scratch store on disk (:class:`.store.staging.Staging`) in between.

    :raises _Refused: the file is malformed (nothing of it handed out).
    """
    prefix = staging.blank_prefix()
    first_keys = {minter.graph(key) for key in FIRST_GRAPH_KEYS}
    if FORMATS[source.fmt] is None:
        try:
            first, runs = _first_pass(read_quads(source, graph, base=minter.base), first_keys, parsed)
        except (DocumentError, UsageError) as exc:
            raise _Refused(exc) from None
        if runs:
            yield _streamed(source, graph, minter, first, prefix)
            return
    with staging.Staging() as staged:
        try:
            staged.add(read_quads(source, graph, base=minter.base, prefix=prefix), _BATCH,
                       None if FORMATS[source.fmt] is None else parsed)
        except (DocumentError, UsageError) as exc:
            raise _Refused(exc) from None
        yield ((iri, staged.quads(iri)) for iri in _commit_order(staged, minter))


def _graphs_read_apart(source: ImportSource, graph: URIRef | None, minter: Minter, parsed: QuadProgress | None,
                       limits: tuple[int, int]) -> Iterator[tuple[URIRef | None, list[StagedQuad] | None]]:
    """:func:`_graphs_of` run by a process of its own (:func:`_reader_process`): the same graphs in the
    same order, handed over in batches as N-Quads text (Oxigraph writes and reads it), each batch
    followed by :data:`_BATCH_END`. The reader stays about one batch ahead (the pipe holds no more).

    :raises _Refused: the file is malformed (nothing of it handed out).
    :raises DocumentError: the file changed between its two readings and no longer reads.
    """
    context = multiprocessing.get_context("spawn")  # never a fork of a process with threads (RocksDB's)
    receiving, sending = context.Pipe(duplex=False)
    reader = context.Process(target=_reader_process, name="osce-kg-import-reader", daemon=True,
                             args=(sending, source, None if graph is None else str(graph), minter.base, limits))
    reader.start()
    sending.close()
    try:
        while True:
            try:
                message = receiving.recv()
            except EOFError:
                reader.join(5)
                raise OsceKgError(f"{printable(source.name)}: the import's reader process stopped "
                                  f"(exit status {reader.exitcode})") from None
            kind = message[0]
            if kind == "parsed":
                if parsed:
                    parsed(message[1])
            elif kind == "batch":
                quads = rdfio.parse_native_nquads(message[2])
                start = 0
                for iri, count in message[1]:
                    yield URIRef(iri), quads[start:start + count]
                    start += count
                yield _BATCH_END
            elif kind == "refused":
                raise _Refused(DocumentError(message[1], file=printable(source.name), line=message[2]))
            elif kind == "failed":
                raise DocumentError(message[1], file=printable(source.name), line=message[2])
            else:
                return
    finally:
        receiving.close()
        if reader.is_alive():
            reader.terminate()
        reader.join()


def _reader_process(sending: Any, source: ImportSource, graph: str | None, base: str,
                    limits: tuple[int, int]) -> None:
    """In the reader process: the graphs :func:`_graphs_of` gives, sent in batches of about ``limits``
    quads (the first, the others) as N-Quads text with each graph's name and quad count."""
    pending = [0]

    def parsed(n: int) -> None:
        pending[0] += n
        if pending[0] >= _BATCH:
            sending.send(("parsed", pending[0]))
            pending[0] = 0

    def send(batch: list[StagedQuad], counts: list[tuple[str, int]]) -> None:
        if pending[0]:
            sending.send(("parsed", pending[0]))
            pending[0] = 0
        if counts:
            sending.send(("batch", counts, rdfio.native_nquads(batch)))

    try:
        limit, later = limits
        with _graphs_of(source, URIRef(graph) if graph else None, Minter(base), parsed) as graphs:
            batch: list[StagedQuad] = []
            counts: list[tuple[str, int]] = []
            for iri, quads in graphs:
                batch.extend(quads)
                counts.append((str(iri), len(quads)))
                if len(batch) >= limit:
                    send(batch, counts)
                    batch, counts, limit = [], [], later
            send(batch, counts)
        sending.send(("done",))
    except _Refused as exc:
        sending.send(("refused", _bare_reason(exc.error), getattr(exc.error, "line", None)))
    except (DocumentError, UsageError) as exc:
        sending.send(("failed", _bare_reason(exc), getattr(exc, "line", None)))
    except (BrokenPipeError, KeyboardInterrupt):  # the importing process is gone
        pass
    finally:
        sending.close()


def _bare_reason(exc: OsceKgError) -> str:
    """The reason without the file and line (the importing process adds them again)."""
    return exc.reason if isinstance(exc, DocumentError) else exc.message


def _first_pass(quads: Iterator[StagedQuad], first_keys: set[URIRef],
                parsed: QuadProgress | None) -> tuple[dict[URIRef, list[StagedQuad]], bool]:
    """Every quad read and checked: the quads of the ``first_keys`` graphs, and whether every graph came in one run."""
    wanted = {staging.to_ox(g) for g in first_keys}
    first: dict[URIRef, list[StagedQuad]] = {}
    closed: set = set()
    current = None
    runs = True
    for quad in _counted(quads, parsed):
        g = quad.graph_name
        if g != current:
            if runs and g in closed:
                runs = False
            if current is not None:
                closed.add(current)
            current = g
        if g in wanted:
            first.setdefault(URIRef(g.value), []).append(quad)  # type: ignore[union-attr]  # a checked quad's graph
    return first, runs


def _streamed(source: ImportSource, graph: URIRef | None, minter: Minter, first: dict[URIRef, list[StagedQuad]],
              prefix: str) -> Iterator[tuple[URIRef, list[StagedQuad]]]:
    """The second reading of a checked file whose graphs come in runs: the first graphs, then each run."""
    for key in FIRST_GRAPH_KEYS:
        iri = minter.graph(key)
        if iri in first:
            yield iri, list(staging.fresh_blank_nodes(first[iri], prefix))
    skip = {staging.to_ox(g) for g in first}
    current: Any = None
    run: list[StagedQuad] = []
    for quad in read_quads(source, graph, base=minter.base, prefix=prefix):
        g = quad.graph_name
        if g != current:
            if run:
                yield URIRef(current.value), run
            current, run = g, []
        if g not in skip:
            run.append(quad)
    if run:
        yield URIRef(current.value), run


def _commit_order(staged: staging.Staging, minter: Minter) -> list[URIRef]:
    """The staged graphs, the ontology and reference graphs first (documents' shapes look into them)."""
    first = [minter.graph(key) for key in FIRST_GRAPH_KEYS]
    names = staged.graph_names()
    return [g for g in first if g in names] + [g for g in names if g not in first]


def _commit_batch(gate: Gate, batch: list[tuple[URIRef, list[StagedQuad]]], file: str,
                  actor: str) -> list[GraphOutcome]:
    """Commit a batch of a file's graphs with ``Gate.commit_graphs``: checked together in the store's
    terms, written on a thread while the next batch is read and checked."""
    if not batch:
        return []
    results = gate.commit_graphs(batch, files=[file] * len(batch), actor=actor, via="import", wait=False)
    return [_outcome(file, iri, len(quads), result) for (iri, quads), result in zip(batch, results)]


def _outcome(file: str, iri: URIRef, triples: int, result: object) -> GraphOutcome:
    if isinstance(result, ValidationFailed):
        blocking = [v for v in result.violations if v.severity == "Violation"]
        return GraphOutcome(file, False, iri, triples,
                            reason=f"SHACL: {len(blocking)} violation(s); first: {blocking[0] if blocking else '?'}")
    return GraphOutcome(file, True, iri, triples, warnings=getattr(result, "warnings", []))


def _reason(exc: OsceKgError) -> str:
    if isinstance(exc, DocumentError):
        return exc.reason if exc.line is None else f"line {exc.line}: {exc.reason}"
    return exc.message


# ---------------------------------------------------------------------------
# restore: the fast path into an empty store
# ---------------------------------------------------------------------------
@dataclass
class RestoreReport:
    """What a restore did: quads and graphs written, the base the dump's IRIs are under, the check."""

    quads: int = 0
    graphs: int = 0
    files: int = 0
    base: str | None = None
    check: CheckReport | None = None
    rejected: GraphOutcome | None = None
    change_id: str | None = None

    @property
    def restored(self) -> bool:
        return self.rejected is None and self.check is not None and self.check.conforms

    def summary(self) -> str:
        if self.rejected is not None:
            return f"nothing restored: {self.rejected.line()}"
        checked = f"; {self.check.summary()}" if self.check else ""
        verdict = "restored" if self.restored else "refused (nothing kept)"
        return f"{verdict}: {self.quads} quad(s) in {self.graphs} graph(s) from {self.files} file(s){checked}"


def store_is_empty(store: Store) -> bool:
    return store.quad_count() == 0


def restore(store: Store, sources: list[ImportSource], minter: Minter, *, graph: URIRef | None = None,
            actor: str = "cli", chunk: int = 200, parsed: QuadProgress | None = None,
            loaded: QuadProgress | None = None,
            checked: Callable[[int, int], None] | None = None, workers: int | None = None) -> RestoreReport:
    """Restore dump files into an empty store: check every file, bulk-load, validate once, one audit record.

    Every line is checked (and what the shapes read gathered, :class:`~.store.shapecheck.Collector`)
    on a thread beside the bulk load; a bad line anywhere empties the store again (it was empty),
    so nothing of the dump is kept, and the report names the file and line.

    The audit record and the shapes use the base the dump's ontology graph names (see
    :func:`dataset_base`), else ``minter``'s. A restore that breaks a shape is undone
    (the store is emptied again) and its report says why. ``parsed(n)``, ``loaded(n)`` and
    ``checked(done, total)`` report progress; ``workers``: processes of the store check when the
    gathered quads cannot serve (shapes that do not compile): see :func:`check_parallel`.

    :raises UsageError: the store is not empty.
    :raises StoreError: the store failed (the store may hold part of the dump: empty it).
    """
    if not store_is_empty(store):
        raise UsageError(f"import --restore needs an empty store, and this one holds {store.quad_count()} "
                         "quad(s); restore into a new --store folder (or import without --restore, "
                         "through the gate)")
    with _collector_paused():  # what the first pass gathers grows to millions of objects: no full collections
        return _restore(store, sources, minter, graph=graph, actor=actor, chunk=chunk, parsed=parsed,
                        loaded=loaded, checked=checked, workers=workers)


def _restore(store: Store, sources: list[ImportSource], minter: Minter, *, graph: URIRef | None, actor: str,
             chunk: int, parsed: QuadProgress | None, loaded: QuadProgress | None,
             checked: Callable[[int, int], None] | None, workers: int | None) -> RestoreReport:
    """:func:`restore` into a store found empty."""
    report = RestoreReport(files=len(sources))
    # the first pass reads every quad to check it: it gathers what the shapes read on the way, so
    # the validation does not read the store back (the dump's audit graph is kept apart, its base unknown yet)
    compiled, _ = compile_or_none(mapping.shapes_graph(minter), mapping.ontology_graph(minter))
    collector = compiled.collector(skip_suffix="/graph/audit") if compiled is not None else None
    failure: list[BaseException] = []
    early: dict = {}  # the check made from the gathered quads, under the base it found

    def first_pass() -> None:
        """Every line of every file checked (and gathered), beside the bulk load (which releases the GIL)."""
        for source in sources:
            try:
                quads = _counted(read_quads(source, graph, base=minter.base), parsed)
                if collector is None:
                    for _ in quads:
                        pass
                else:
                    collector.add_all(quads)
            except (DocumentError, UsageError) as exc:
                report.rejected = GraphOutcome(source.name, False, reason=_reason(exc))
                return
            except BaseException as exc:  # noqa: BLE001  # handed to the main thread
                failure.append(exc)
                return
        if collector is not None:  # validate now, while the loader is still busy
            try:
                early.update(_validate_gathered(collector, minter))
            except BaseException as exc:  # noqa: BLE001
                failure.append(exc)

    checker = threading.Thread(target=first_pass, name="osce-kg-restore-check", daemon=True)
    checker.start()
    try:
        try:
            for source in sources:
                report.quads += _bulk(store, source, graph, minter.base, loaded)
        except (SyntaxError, ValueError, OSError, EOFError, zlib.error, StoreError, DocumentError, UsageError):
            checker.join()
            if report.rejected is None and not failure:  # the check found nothing: the store failed
                raise
        checker.join()
        if failure:
            raise failure[0]
        if report.rejected is not None:  # a bad line: what the loader wrote beside the check goes
            _empty(store)
            report.quads = 0
            return report
        store.flush()
        names = store.named_graphs()  # read once (30,000 graphs: half a second each time)
        report.graphs = len(names)
        report.base = dataset_base(store)
        base_minter = Minter(report.base) if report.base else minter
        gate = import_gate(store, base_minter)
        if early.get("base") == report.base and "violations" in early:
            skip = gate.audit.graph if gate.audit is not None else None
            report.check = CheckReport(graphs=sum(g != skip for g in names), nodes=early["nodes"],
                                       violations=early["violations"])
            if checked:
                checked(1, 1)
        else:
            report.check = _check_gathered(names, gate, collector, checked)
        if report.check is None:
            report.check = check_parallel(store, gate, base_minter, chunk=chunk, workers=workers, progress=checked)
        if not report.check.conforms:
            _empty(store)
            return report
        report.change_id = _record_restore(store, gate, report, sources, actor, names)
    except BaseException:
        checker.join()
        store.flush()
        raise
    return report


def _validate_gathered(collector: "Collector", minter: Minter) -> dict:
    """The whole-dataset check from the gathered quads, under the base its ontology graph names
    (as :func:`dataset_base` finds it in the store): {} when the shapes there do not compile."""
    suffix = "graph/ontology"
    names = sorted(g for g in collector.versioned if g.endswith(suffix))
    base = names[0][:-len(suffix)] if len(names) == 1 else None
    under = Minter(base) if base else minter
    compiled, _ = compile_or_none(mapping.shapes_graph(under), mapping.ontology_graph(under))
    if compiled is None:
        return {}
    stats: dict = {}
    try:
        violations = collector.validate(compiled, skip_graphs=[AuditLog(under.base).graph], stats=stats)
    except Unsupported:
        return {}
    return {"base": base, "violations": violations, "nodes": stats.get("nodes", 0)}


def _check_gathered(names: list[URIRef], gate: Gate, collector: "Collector | None",
                    progress: Callable[[int, int], None] | None) -> CheckReport | None:
    """The whole-store check from the quads the first pass gathered (the store holds exactly them);
    None when the shapes did not compile (pySHACL reads the store)."""
    if collector is None or gate.compiled is None:
        return None
    skip = [gate.audit.graph] if gate.audit is not None else []
    stats: dict = {}
    try:
        violations = collector.validate(gate.compiled, skip_graphs=skip, progress=progress, stats=stats)
    except Unsupported:  # the dump's base gives shapes that read something else: read the store
        return None
    graphs = [g for g in names if g not in skip]
    return CheckReport(graphs=len(graphs), nodes=stats.get("nodes", 0), violations=violations)


def check_parallel(store: Store, gate: Gate, minter: Minter, *, chunk: int = 200, workers: int | None = None,
                   progress: Callable[[int, int], None] | None = None) -> CheckReport:
    """The restore's one validation pass of the whole store: :func:`~osce_kg.loader.gate.check_store`.

    With the project's shapes (they compile, :mod:`.store.shapecheck`) on the embedded store, that
    is the compiled checks over a snapshot in a few streaming passes, the shapes shared
    between this process and a worker process (``workers``, default 2 where there are 2
    cores); elsewhere pySHACL (or the compiled checks) ``chunk`` graphs at a time.

    :raises StoreError: the store failed.
    """
    return check_store(gate, chunk=chunk, progress=progress, workers=workers)


def _counted(quads: Iterator[StagedQuad], progress: QuadProgress | None) -> Iterator[StagedQuad]:
    n = 0
    for quad in quads:
        yield quad
        n += 1
        if progress and n % _BATCH == 0:
            progress(_BATCH)
    if progress:
        progress(n % _BATCH)


#: our format names -> the embedded store's bulk loader's (the formats it streams)
_BULK_FORMATS = {"nquads": "nquads", "trig": "trig", "nt": "ntriples", "turtle": "turtle"}


def _bulk(store: Store, source: ImportSource, graph: URIRef | None, base: str,
          loaded: QuadProgress | None) -> int:
    """Write one checked file into the empty store: Oxigraph's bulk loader when it can, else graph by graph."""
    fmt = _BULK_FORMATS.get(source.fmt)
    if store.bulk_loads and fmt is not None and (graph is None or source.fmt in TRIPLE_FORMATS):
        before = store.quad_count()
        with _opened(source) as stream:
            store.bulk_load_stream(stream, fmt, graph)
        count = store.quad_count() - before
        if loaded:
            loaded(count)
        return count
    return _apply_by_graph(store, read_quads(source, graph, base=base), loaded)


def _apply_by_graph(store: Store, quads: Iterator[StagedQuad], loaded: QuadProgress | None) -> int:
    """A remote store has no bulk loader: each graph as one write, through a scratch store on disk."""
    with staging.Staging("osce-kg-restore-") as staged:
        count = staged.add(quads, _BATCH)
        for iri in staged.graph_names():
            triples = staged.triples(iri)
            store.apply(Change(add=[(s, p, o, iri) for s, p, o in triples]))
            if loaded:
                loaded(len(triples))
    return count


def _empty(store: Store) -> None:
    store.clear()


def _record_restore(store: Store, gate: Gate, report: RestoreReport, sources: list[ImportSource],
                    actor: str, names: list[URIRef]) -> str | None:
    """One audit record for the whole restore: the files, the graphs, the count (not the quads)."""
    if gate.audit is None:
        return None
    record_id, quads = gate.audit.record([], [], actor=actor, file=", ".join(s.name for s in sources),
                                         via="restore")
    vocab = gate.audit.vocab
    dropped = {vocab.triplesAdded, vocab.addedQuads, vocab.removedQuads}
    node = gate.audit.iri(record_id)
    kept = [q for q in quads if q[1] not in dropped]
    kept.append((node, vocab.triplesAdded, Literal(report.quads), gate.audit.graph))
    kept.extend((node, PROV.used, g, gate.audit.graph)
                for g in names if g != gate.audit.graph)
    store.apply(Change(add=kept))
    return record_id


def dataset_base(store: Store) -> str | None:
    """The base IRI the store's data was minted under, from its ontology graph's name (None: cannot tell)."""
    suffix = "graph/ontology"
    rows = store.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{OWL.versionInfo}> ?v }} "
                        f"FILTER(STRENDS(STR(?g), \"{suffix}\")) }} LIMIT 2")
    return str(rows[0]["g"])[:-len(suffix)] if len(rows) == 1 else None


__all__ = ["FORMATS", "TRIPLE_FORMATS", "ImportSource", "GraphOutcome", "ImportReport", "RestoreReport",
           "format_of", "sources_for", "read_quads", "import_files", "restore", "dataset_base", "import_gate",
           "store_is_empty"]
