"""What a store records about the deployment that wrote it: the base IRI of its resources.

Every IRI a store holds (``/id/…``, ``/graph/…``) was minted under one base, and a server with
another base serves none of them. The store says which: its ontology graph,
``{base}graph/ontology``, carries its own version stamp (written with it by the loader), so the
base is that graph's name less ``graph/ontology``. Commands that open an existing store use it;
a ``--base`` (or ``OSCE_KG_BASE``) that disagrees is an error naming both.
"""
from __future__ import annotations

from pathlib import Path

from .errors import UsageError
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
    from .store import open_store

    store = open_store(settings, read_only=True)
    try:
        recorded = recorded_bases(store)
    finally:
        store.close()
    where = str(settings.store) if settings.store_kind == "embedded" else str(settings.remote_query_url)
    return settled(settings, recorded, where=where)


__all__ = ["BaseMismatch", "recorded_bases", "settled", "settle_base", "store_is_there"]
