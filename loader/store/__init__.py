"""The narrow store interface and the one place that picks an implementation."""
from __future__ import annotations

from ..settings import Settings
from .base import Change, Store
from .embedded import EmbeddedStore


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """Open the store ``settings`` describe.

    :raises StoreLocked: the embedded store is held by another process.
    :raises StoreError: the store cannot be opened.

    A remote store that answers as Virtuoso (its ``Server`` header) gets :class:`VirtuosoStore`,
    which cuts writes to what Virtuoso accepts.
    """
    if settings.store_kind == "remote":
        from .remote import RemoteStore
        from .virtuoso import VirtuosoStore, is_virtuoso

        args = (settings.remote_query_url or "", settings.remote_update_url or "")
        store = RemoteStore(*args, timeout=max(60.0, settings.query_timeout))
        if is_virtuoso(store.http.server()):
            store.close()
            return VirtuosoStore(*args, timeout=max(60.0, settings.query_timeout))
        return store
    return EmbeddedStore(settings.store, read_only=read_only)


__all__ = ["Change", "Store", "EmbeddedStore", "open_store"]
