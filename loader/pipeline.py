"""The load, validate and extract flows: one code path from files to stored graphs.

read (extract) -> map (mapping) -> gate (SHACL) -> commit (store), one named graph per
document, all of it or none of it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, XSD

from . import __version__, mapping
from .errors import DocumentError, OsceKgError, StoreError, ValidationFailed, Violation
from .extract import read_document
from .audit import AuditLog
from .gate import Gate
from .iri import Minter
from .records import Document
from .store.base import Change, Store

#: named graphs that are not documents
ONTOLOGY_GRAPH = "ontology"
REFERENCE_GRAPH = "reference"

#: what folders are searched for; explicit files are read whatever their name
DOCUMENT_SUFFIXES = (".txt", ".text")


@dataclass
class Outcome:
    """What happened to one document."""

    file: str
    accepted: bool
    graph: URIRef | None = None
    records: int = 0
    triples: int = 0
    reason: str | None = None
    violations: list[Violation] = field(default_factory=list)
    warnings: list[Violation] = field(default_factory=list)

    def line(self) -> str:
        """The one line ``osce-kg load`` prints for this document."""
        if self.accepted:
            return f"accepted  {self.file}  ({self.records} record(s), {self.triples} triples -> <{self.graph}>)"
        return f"rejected  {self.file}  {self.reason}"


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return sum(o.accepted for o in self.outcomes)

    @property
    def rejected(self) -> int:
        return len(self.outcomes) - self.accepted

    def summary(self) -> str:
        return f"{self.accepted} accepted, {self.rejected} rejected, {len(self.outcomes)} document(s)"


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders searched recursively for ``*.txt`` (sorted, so runs repeat).

    :raises DocumentError: a path does not exist.
    """
    return [file for file, _ in expand_named(paths)]


def expand_named(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Like :func:`expand_paths`, each file with the name its provenance records.

    The recorded name never reveals the machine's folder layout: a file found in a
    folder is named ``folder/relative/path``, a file given by an absolute path by its
    file name, a relative path as given.
    """
    files: list[tuple[Path, str]] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
            root = path.resolve()
            files.extend((p, (PurePosixPath(root.name) / p.resolve().relative_to(root).as_posix()).as_posix())
                         for p in found)
        elif path.exists():
            files.append((path, path.name if path.is_absolute() else path.as_posix()))
        else:
            raise DocumentError("no such file or folder", file=str(path))
    return files


def now() -> dt.datetime:
    """The load time recorded in provenance (UTC, whole seconds)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def graph_fingerprint(graph: Graph) -> str:
    """A content hash of a graph (stable for the same triples, whatever the order)."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


class Loader:
    """Loads documents into one store through the gate."""

    def __init__(self, store: Store, minter: Minter) -> None:
        self.store = store
        self.minter = minter
        self.ontology = mapping.ontology_graph(minter)
        # every accepted document is recorded in the audit graph, like writes over HTTP
        self.gate = Gate(store, mapping.shapes_graph(minter), self.ontology, audit=AuditLog(minter.base))

    # -- reference data --------------------------------------------------------
    def ensure_reference(self) -> bool:
        """Write the ontology and curated reference graphs if absent or out of date.

        Returns True when something was written. The reference graph is written
        without going through the gate's per-document check; it is checked in the
        test suite and by ``osce-kg check``.
        """
        wanted = {self.minter.graph(ONTOLOGY_GRAPH): self.ontology,
                  self.minter.graph(REFERENCE_GRAPH): mapping.reference_graph(self.minter)}
        stale = {}
        for iri, graph in wanted.items():
            stamp = Literal(graph_fingerprint(graph))
            if not self.store.ask(f"ASK {{ GRAPH {iri.n3()} {{ {iri.n3()} <{OWL.versionInfo}> {stamp.n3()} }} }}"):
                stamped = Graph() + graph
                stamped.add((iri, OWL.versionInfo, stamp))
                # provenance like a document graph's, so its resources get Last-Modified
                stamped.add((iri, PROV.generatedAtTime, Literal(now(), datatype=XSD.dateTime)))
                stale[iri] = stamped
        if stale:
            self.store.apply(Change(replace=stale))
        return bool(stale)

    # -- documents -------------------------------------------------------------
    def change_for(self, doc: Document, loaded_at: dt.datetime) -> tuple[URIRef, Graph]:
        graph = mapping.document_graph(doc, self.minter, loaded_at=loaded_at, loader_version=__version__)
        return self.minter.graph(mapping.graph_key(doc)), graph

    def process(self, path: Path, *, write: bool, name: str | None = None) -> Outcome:
        """Read, map, validate and (if ``write``) commit one document. Never raises for bad input.

        ``name`` is what the provenance records as the source path (default: the path as given).
        """
        file = str(path)
        try:
            doc = read_document(path)
            if name is not None:
                doc.path = name
            iri, graph = self.change_for(doc, now())
            change = Change(replace={iri: graph})
            result = (self.gate.commit(change, file=file, via="load") if write
                      else self.gate.check(change, file=file))
            if not result.conforms:
                raise ValidationFailed(result.violations, file=file)
        except ValidationFailed as exc:
            blocking = [v for v in exc.violations if v.severity == "Violation"]
            first = blocking[0] if blocking else None
            reason = f"SHACL: {len(blocking)} violation(s); first: {first}" if first else "SHACL validation failed"
            return Outcome(file, False, reason=reason, violations=exc.violations)
        except DocumentError as exc:
            return Outcome(file, False, reason=exc.reason if exc.line is None else f"line {exc.line}: {exc.reason}")
        except StoreError:
            raise
        except OsceKgError as exc:
            return Outcome(file, False, reason=exc.message)
        return Outcome(file, True, graph=iri, records=len(doc.records), triples=len(graph),
                       warnings=result.warnings)

    def run(self, paths: Iterable[Path], *, write: bool,
            progress: Callable[[Outcome], None] | None = None) -> Report:
        """Process every document under ``paths``; ``progress`` is called after each."""
        report = Report()
        for path, name in expand_named(paths):
            outcome = self.process(path, write=write, name=name)
            report.outcomes.append(outcome)
            if progress:
                progress(outcome)
        return report


def iter_extracted(paths: Iterable[Path]) -> Iterator[dict]:
    """What ``osce-kg extract`` prints: one object per record, or one with ``error`` per rejected file."""
    for path in expand_paths(paths):
        try:
            doc = read_document(path)
        except DocumentError as exc:
            yield {"file": str(path), "error": exc.reason}
            continue
        for record in doc.records:
            yield record.as_json(str(path))


def bundled_corpus() -> Path:
    """The example corpus shipped with the package (``corpus/`` in the source tree)."""
    from importlib.resources import files

    return Path(str(files("osce_kg.corpus")))
