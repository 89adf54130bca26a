"""What a request needs, built once per app and kept in ``app.extensions``."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Callable

from flask import current_app

from osce_kg.loader.iri import Minter
from osce_kg.loader.settings import Settings
from osce_kg.loader.store.base import Store

EXTENSION_KEY = "osce_kg"
log = logging.getLogger(__name__)


@dataclass
class Services:
    """The app's long-lived resources.

    ``write_lock`` serializes writes in this process (the embedded store has one
    writer); after every committed write, ``readers`` callbacks run first (they make
    readers see the new store: snapshot refresh for query workers), then ``after_write``
    callbacks (a new version for caches, rebuilds). The order matters: a cache that
    took the new version before the snapshots were marked stale could keep an answer
    read from the old snapshot under the new version, and serve it until the next write.
    """

    settings: Settings
    store: Store
    minter: Minter
    write_lock: threading.RLock = field(default_factory=threading.RLock)
    readers: list[Callable[[], None]] = field(default_factory=list)
    after_write: list[Callable[[], None]] = field(default_factory=list)
    extras: dict[str, object] = field(default_factory=dict)
    #: called before the store closes (:func:`osce_kg.server.app.close_app`): each stops a background thread
    #: that reads the store and waits for it (the search index's start build: a store closed under it failed)
    closing: list[Callable[[], object]] = field(default_factory=list)

    def stop_background(self) -> None:
        """Run every :attr:`closing` callback (each once; one that fails is logged, the others still run)."""
        callbacks, self.closing = self.closing, []
        for callback in callbacks:
            try:
                callback()
            except Exception:  # noqa: BLE001 - shutting down: logged, the store is still closed after
                log.exception("stopping a background task at shutdown failed")

    def written(self) -> None:
        """Tell every interested party that a write was committed."""
        for callback in (*self.readers, *self.after_write):
            callback()


def services() -> Services:
    """The current app's :class:`Services`."""
    return current_app.extensions[EXTENSION_KEY]
