"""Whole-store figures that never make a request wait: VoID, the landing page's counts, class
listings and the sitemap, recomputed in the background after a write.

Each of them reads the whole store (VoID takes about a second at 180,000 quads and tens of
seconds at millions), and before this a request after a write waited for it. Now each is a
:class:`Recomputed`: the last value computed and the store version it was computed at. A
committed write bumps the version (an ``after_write`` hook) and starts a rebuild in a
background thread for the values already asked for (the others are rebuilt when first asked
for again). A request gets the last value at once: if it is older than the store, it waits at
most ``grace`` seconds for the rebuild (``OSCE_KG_STALE_GRACE``, default 0.25 s, so a small
store still answers with fresh figures), then takes the older figures, marked: the answer says
when they were computed (``X-Computed-At``, and ``Age``, the seconds since, when they are older
than the last write) and is not kept by the response cache. Only the very first request for a
value, before anything was computed, waits for it (the server starts computing VoID, the landing
page's counts and the sitemap's at start, so that is rare).

One rebuild runs at a time per value, always for the newest version: writes in a burst make
one rebuild, not one each.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

#: seconds a request waits for a rebuild under way before it takes the older figures
DEFAULT_GRACE = 0.25
#: class listings (and other keyed values) kept, least recently used dropped
KEYED_LIMIT = 256


@dataclass(frozen=True)
class Figures(Generic[T]):
    """A computed value with when it was computed, and whether the store has changed since."""

    value: T
    computed_at: dt.datetime
    #: the store changed after it was computed (a rebuild is under way)
    stale: bool

    @property
    def age(self) -> int:
        """Whole seconds since it was computed."""
        return max(0, int((dt.datetime.now(dt.timezone.utc) - self.computed_at).total_seconds()))

    def headers(self) -> dict[str, str]:
        """``X-Computed-At`` (HTTP date), and ``Age`` when the figures are older than the store."""
        from werkzeug.http import http_date

        out = {"X-Computed-At": http_date(self.computed_at)}
        if self.stale:
            out["Age"] = str(self.age)
        return out


class Recomputed(Generic[T]):
    """One whole-store value, rebuilt in the background when the store's version passes it."""

    def __init__(self, name: str, build: Callable[[], T], versions: "Versions", grace: float = DEFAULT_GRACE) -> None:
        self.name = name
        self._build = build
        self._versions = versions
        self.grace = grace
        self._lock = threading.Condition()
        self._value: T | None = None
        self._has_value = False
        self._computed_at = _now()
        self._computed_version = -1
        self._building = False
        self._error: BaseException | None = None
        self.builds = 0

    def get(self) -> Figures[T]:
        """The last value, at once (see the module's docstring).

        :raises Exception: whatever the build raised, when there is no value at all yet.
        """
        with self._lock:
            if self._computed_version < self._versions.current:
                self._start()
                if self._has_value:
                    self._lock.wait_for(self._fresh, timeout=self.grace)
                else:  # nothing to give yet: wait for the first build
                    self._lock.wait_for(lambda: self._has_value or self._error is not None or not self._building)
                    if not self._has_value:
                        raise self._error or RuntimeError(f"{self.name} could not be computed")
            return Figures(self._value, self._computed_at,  # type: ignore[arg-type]
                           stale=self._computed_version < self._versions.current)

    def refresh(self) -> None:
        """Rebuild in the background if the store has changed since the last build (and one was asked for)."""
        with self._lock:
            if self._has_value and self._computed_version < self._versions.current:
                self._start()

    def warm(self) -> None:
        """Build in the background now unless the value is current (so the first request need not wait)."""
        with self._lock:
            if self._computed_version < self._versions.current:
                self._start()

    def _fresh(self) -> bool:
        return self._computed_version >= self._versions.current

    def _start(self) -> None:
        """Start a build thread unless one is running (call holding the lock)."""
        if self._building:
            return
        self._building, self._error = True, None
        threading.Thread(target=self._run, name=f"recompute-{self.name}", daemon=True).start()

    def _run(self) -> None:
        while True:
            version = self._versions.current  # read before the store is: a write during the build is not lost
            started = _now()
            try:
                value = self._build()
            except BaseException as exc:  # logged; the older value stays
                log.exception("computing %s failed", self.name)
                with self._lock:
                    self._error = exc
                    self._building = False
                    self._lock.notify_all()
                return
            with self._lock:
                self.builds += 1
                self._value, self._has_value, self._error = value, True, None
                self._computed_at, self._computed_version = started, version
                self._lock.notify_all()
                if self._computed_version >= self._versions.current:
                    self._building = False
                    return
            # a write came during the build: once more, for the newest version


class Versions:
    """The store's version as these figures see it: bumped by every committed write."""

    def __init__(self) -> None:
        self.current = 0
        self._listeners: list[Callable[[], None]] = []

    def written(self) -> None:
        """An ``after_write`` hook: a new version; rebuilds start for the values in use."""
        self.current += 1
        for listener in list(self._listeners):
            listener()

    def listen(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)


class WholeStore:
    """The app's whole-store values: named ones, and keyed ones (class listings) up to :data:`KEYED_LIMIT`.

    Builds run in background threads inside ``app``'s application context (they read the app's
    services, never the request).
    """

    def __init__(self, grace: float = DEFAULT_GRACE, app: object | None = None) -> None:
        self.app = app
        self.versions = Versions()
        self.grace = grace
        self._lock = threading.Lock()
        self._values: OrderedDict[object, Recomputed] = OrderedDict()
        self.versions.listen(self._refresh_all)

    def value(self, key: object, build: Callable[[], T]) -> Recomputed[T]:
        """The :class:`Recomputed` for ``key``, made with ``build`` on first use."""
        with self._lock:
            found = self._values.get(key)
            if found is None:
                found = self._values[key] = Recomputed(str(key)[:60], self._in_app(build), self.versions,
                                                       self.grace)
                while len(self._values) > KEYED_LIMIT:
                    self._values.popitem(last=False)
            else:
                self._values.move_to_end(key)
            return found

    def get(self, key: object, build: Callable[[], T]) -> Figures[T]:
        """The figures of ``key`` at once (see :meth:`Recomputed.get`)."""
        return self.value(key, build).get()

    def start(self, key: object, build: Callable[[], T]) -> None:
        """Compute ``key`` in the background now (at start, so the first request need not wait)."""
        self.value(key, build).warm()

    def _in_app(self, build: Callable[[], T]) -> Callable[[], T]:
        app = self.app
        if app is None:
            return build

        def in_app() -> T:
            with app.app_context():  # type: ignore[attr-defined]
                return build()

        return in_app

    def _refresh_all(self) -> None:
        """After a write: rebuild the named values now (VoID, landing, sitemap); keyed ones when asked."""
        with self._lock:
            named = [v for k, v in self._values.items() if isinstance(k, str)]
        for value in named:
            value.refresh()


EXTRA_KEY = "whole_store"


def init_app(app, svc) -> None:
    """The app's :class:`WholeStore` (grace from ``svc.settings.stale_grace``), told of every write."""
    whole = WholeStore(svc.settings.stale_grace, app)
    svc.extras[EXTRA_KEY] = whole
    svc.after_write.append(whole.versions.written)


#: the pages whose figures the server computes at start (:func:`warm`)
WARM_PATHS = ("/void", "/", "/sitemap.xml")


def warm(app) -> threading.Thread:
    """Ask ``app`` for VoID, the landing page and the sitemap in a background thread, so their
    figures are computed before the first visitor asks (``osce-kg serve`` calls it at start)."""
    def run() -> None:
        client = app.test_client()
        for path in WARM_PATHS:
            try:
                client.get(path)
            except Exception:  # logged: a page that fails now will be computed when asked for
                log.exception("computing %s at start failed", path)

    thread = threading.Thread(target=run, name="warm-whole-store", daemon=True)
    thread.start()
    return thread


def whole_store() -> WholeStore:
    """The current app's :class:`WholeStore`."""
    from .services import services

    return services().extras[EXTRA_KEY]  # type: ignore[return-value]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


__all__ = ["WholeStore", "Recomputed", "Figures", "Versions", "DEFAULT_GRACE", "init_app", "whole_store", "warm"]
