"""The narrow store interface and the one place that picks an implementation."""
from __future__ import annotations

from pathlib import Path

from ..settings import Settings
from .base import Change, Store
from .embedded import EmbeddedStore


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """Open the store ``settings`` describe.

    :raises StoreLocked: the embedded store is held by another process.
    :raises StoreError: the store cannot be opened.
    """
    if settings.store_kind == "remote":
        return open_remote(settings.remote_query_url or "", settings.remote_update_url or "",
                           timeout=max(60.0, settings.query_timeout))
    return EmbeddedStore(settings.store, read_only=read_only)


def open_remote(query_url: str, update_url: str, *, timeout: float = 60.0) -> Store:
    """The remote store at these SPARQL endpoints: :class:`~.virtuoso.VirtuosoStore` when it
    answers as Virtuoso (its ``Server`` header; it cuts writes to what Virtuoso accepts and
    hides Virtuoso's own graphs), :class:`~.remote.RemoteStore` otherwise.

    :raises StoreError: the store cannot be reached.
    """
    from .remote import RemoteStore
    from .virtuoso import VirtuosoStore, is_virtuoso

    store = RemoteStore(query_url, update_url, timeout=timeout)
    if is_virtuoso(store.http.server()):
        store.close()
        return VirtuosoStore(query_url, update_url, timeout=timeout)
    return store


def open_snapshot(path: Path | str) -> EmbeddedStore:
    """A copy :meth:`Store.snapshot` made, read-only (query and update workers read these).

    :raises StoreError: there is no store at ``path``.
    """
    return EmbeddedStore(path, read_only=True)


__all__ = ["Change", "Store", "EmbeddedStore", "open_store", "open_remote", "open_snapshot"]
