"""The narrow store interface and the one place that picks an implementation."""
from __future__ import annotations

from ..settings import Settings
from .base import Change, Store
from .embedded import EmbeddedStore


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """Open the store ``settings`` describe.

    :raises StoreLocked: the embedded store is held by another process.
    :raises StoreError: the store cannot be opened.
    """
    if settings.store_kind == "remote":
        from .remote import RemoteStore

        return RemoteStore(settings.remote_query_url or "", settings.remote_update_url or "",
                           timeout=max(60.0, settings.query_timeout))
    return EmbeddedStore(settings.store, read_only=read_only)


__all__ = ["Change", "Store", "EmbeddedStore", "open_store"]
