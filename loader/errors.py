"""One error hierarchy; each error knows its CLI exit code and HTTP status.

The boundaries (CLI, server) present these; anything else is unexpected and is
logged, never shown to a client.
"""
from __future__ import annotations

from dataclasses import dataclass


class OsceKgError(Exception):
    """Base of every error osce-kg raises on purpose."""

    exit_code = 1
    http_status = 500
    title = "Error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(OsceKgError):
    """The caller asked for something malformed."""

    exit_code = 2
    http_status = 400
    title = "Bad request"


class ManagedGraph(UsageError):
    """A maintainer's write named a graph the server manages (its ontology, reference data, audit
    log or tombstones): those are read like any other graph, but only the server writes them."""

    http_status = 403
    title = "Server-managed graph"


class DocumentError(OsceKgError):
    """A document could not be read into records (the reason says why)."""

    http_status = 422
    title = "Unreadable document"

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        where = file or ""
        if file and line:
            where = f"{file}:{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message
        self.file = file
        self.line = line


@dataclass(frozen=True)
class Violation:
    """One SHACL result, as a maintainer needs to read it."""

    focus_node: str
    path: str | None
    value: str | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    constraint: str | None = None
    shape: str | None = None

    def __str__(self) -> str:
        path = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{self.severity}: <{self.focus_node}>{path}{value}: {self.message}"


class ValidationFailed(OsceKgError):
    """A change broke the shapes; nothing was written."""

    http_status = 422
    title = "SHACL validation failed"

    def __init__(self, violations: list[Violation], *, file: str | None = None,
                 report_graph: object | None = None) -> None:
        self.violations = violations
        self.file = file
        self.report_graph = report_graph
        head = f"{file}: " if file else ""
        lines = "\n  ".join(str(v) for v in violations if v.severity == "Violation")
        super().__init__(f"{head}{sum(v.severity == 'Violation' for v in violations)} SHACL violation(s)\n  {lines}")


class GraphClash(OsceKgError):
    """Two different files would share one named graph: the later one is refused, nothing is written.

    Graph keys come from file names (their stems, slugged), so names that differ only in case,
    punctuation or folder (``a.txt``, ``A.txt``, ``a b.txt``, ``a-b.txt``, ``y/a.txt``) give one key.
    """

    http_status = 409
    title = "Graph already taken"


class StoreLocked(OsceKgError):
    """Another process (usually ``osce-kg serve``) holds the embedded store.

    Its own exit code (3), so a script can tell "try again later" from "a document was rejected" (1).
    """

    exit_code = 3
    http_status = 503
    title = "Store busy"


class StoreError(OsceKgError):
    """The store failed to read or write."""

    http_status = 503
    title = "Store unavailable"


class QuerySyntaxError(UsageError):
    """A SPARQL query or update does not parse."""

    title = "Malformed query"


class QueryTimeout(OsceKgError):
    """A query ran past its time limit and was stopped."""

    http_status = 503
    title = "Query timed out"


class ResultTooLarge(OsceKgError):
    """A query produced more rows than the configured cap."""

    http_status = 413
    title = "Result too large"


class PreconditionFailed(OsceKgError):
    """``If-Match`` did not match the graph's current ETag."""

    http_status = 412
    title = "Precondition failed"


class NotFound(OsceKgError):
    http_status = 404
    title = "Not found"


__all__ = [
    "OsceKgError", "UsageError", "ManagedGraph", "DocumentError", "Violation", "ValidationFailed",
    "GraphClash", "StoreLocked", "StoreError", "QuerySyntaxError", "QueryTimeout", "ResultTooLarge",
    "PreconditionFailed", "NotFound",
]
