"""What a deployment chooses beside the package: the base IRI its store records, and its shapes.

Every IRI a store holds (``/id/…``, ``/graph/…``) was minted under one base, and a server with
another base serves none of them. The store says which: its ontology graph,
``{base}graph/ontology``, carries its own version stamp (written with it by the loader), so the
base is that graph's name less ``graph/ontology``. Commands that open an existing store use it;
a ``--base`` (or ``OSCE_KG_BASE``) that disagrees is an error naming both.

A deployment's shapes (``--shapes FILE_OR_DIR``, ``OSCE_KG_SHAPES``) are added to the packaged
ones, or with ``--shapes-replace`` used instead of them, by ``load``, ``validate``, ``check`` and
``serve`` alike (:func:`deployment_shapes`).
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from .errors import UsageError
from .iri import Minter
from .settings import Settings
from .store.base import Store

#: the ontology graph's name under the base (``mapping``'s and ``pipeline``'s ``graph/ontology``)
ONTOLOGY_GRAPH_SUFFIX = "graph/ontology"
_RECORDED = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g <http://www.w3.org/2002/07/owl#versionInfo> ?v } "
             f'FILTER(STRENDS(STR(?g), "{ONTOLOGY_GRAPH_SUFFIX}")) }} LIMIT 3')


class BaseMismatch(UsageError):
    """The base given (``--base``, ``OSCE_KG_BASE``) is not the one the store was loaded with."""


def recorded_bases(store: Store) -> list[str]:
    """The bases ``store`` records (one for a store loaded by osce-kg; none for an empty or foreign one).

    :raises StoreError: the store failed.
    """
    return sorted(str(row["g"])[:-len(ONTOLOGY_GRAPH_SUFFIX)] for row in store.select(_RECORDED))


def settled(settings: Settings, recorded: list[str], *, where: str) -> Settings:
    """``settings`` with the base ``recorded`` in the store ``where`` (no change when it records none).

    :raises BaseMismatch: a base was given and the store records another, or the store records two.
    """
    if not recorded:
        return settings
    if len(recorded) > 1:
        raise BaseMismatch(f"the store at {where} holds data loaded under several bases ({', '.join(recorded)}); "
                           "export what you need and load it again into a new store with one --base")
    if not settings.base_given:
        return settings.replace(base=recorded[0])
    if settings.base != recorded[0]:
        raise BaseMismatch(
            f"the store at {where} was loaded with base {recorded[0]}, but --base (or OSCE_KG_BASE) is "
            f"{settings.base}: leave --base out to use the store's own, or load the documents again into a "
            f"new store with --base {settings.base}")
    return settings


def store_is_there(settings: Settings) -> bool:
    """An embedded store exists at ``settings.store`` (a remote store always is)."""
    return settings.store_kind != "embedded" or (Path(settings.store) / "CURRENT").exists()


def settle_base(settings: Settings) -> Settings:
    """``settings`` with the base of the existing store they name (see :func:`settled`); a store not
    there yet is built under ``settings.base``. Opens the store read-only, briefly.

    :raises BaseMismatch: the base given disagrees with the store's.
    :raises StoreError: the store failed.
    """
    if not store_is_there(settings):
        return settings
    where = str(settings.store) if settings.store_kind == "embedded" else str(settings.remote_query_url)
    return settled(settings, bases_of(settings), where=where)


def bases_of(settings: Settings) -> list[str]:
    """The bases the store ``settings`` name records (see :func:`recorded_bases`), opened read-only, briefly.

    :raises StoreError: the store failed.
    """
    from .store import open_store

    store = open_store(settings, read_only=True)
    try:
        return recorded_bases(store)
    finally:
        store.close()


def shape_files(paths: tuple[Path, ...]) -> list[Path]:
    """The Turtle files ``paths`` name: files as given, folders' ``*.ttl`` (recursively, sorted).

    :raises UsageError: a path is missing, or a folder holds no ``*.ttl``.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.ttl") if p.is_file())
            if not found:
                raise UsageError(f"{path}: the shapes folder holds no *.ttl file")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such shapes file or folder")
    return files


def read_shapes(path: Path, base: str, into: Graph) -> None:
    """Parse the Turtle shapes file ``path`` into ``into`` (relative IRIs against ``base``).

    :raises UsageError: it does not parse (naming the file and line), or says nothing in SHACL.
    """
    part = Graph()
    try:
        part.parse(path, format="turtle", publicID=base)
    except Exception as exc:  # rdflib's BadSyntax and friends: the message names the line
        raise UsageError(f"{path}: not valid Turtle shapes: {exc}") from None
    if not any(str(p).startswith(str(SH)) or str(o).startswith(str(SH)) for _, p, o in part):
        raise UsageError(f"{path}: holds no SHACL (no sh: term): not a shapes file")
    for triple in part:
        into.add(triple)


def deployment_shapes(minter: Minter, settings: Settings) -> Graph:
    """The shapes in force: the packaged ones plus ``settings.shapes``, or only the latter with
    ``settings.shapes_replace``.

    :raises UsageError: a shapes file is missing or malformed, or ``shapes_replace`` has no shapes.
    """
    from . import mapping

    if settings.shapes_replace and not settings.shapes:
        raise UsageError("--shapes-replace (OSCE_KG_SHAPES_REPLACE) needs --shapes FILE_OR_DIR: "
                         "the shapes to use instead of the packaged ones")
    graph = Graph() if settings.shapes_replace else mapping.shapes_graph(minter)
    for path in shape_files(settings.shapes):
        read_shapes(path, minter.base, graph)
    return graph


__all__ = ["BaseMismatch", "recorded_bases", "settled", "settle_base", "store_is_there", "shape_files",
           "read_shapes", "deployment_shapes"]
