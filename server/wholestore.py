"""Whole-store figures that never make a request wait: VoID, the landing page's counts, class
listings and the sitemap, recomputed in the background after a write.

Each of them reads the whole store (VoID takes about a second at 180,000 quads and a minute or
more at tens of millions), and before this a request after a write waited for it. Now each is a
:class:`Recomputed`: the last value computed and the store version it was computed at. A
committed write bumps the version (an ``after_write`` hook) and starts a rebuild in a
background thread for the values already asked for (the others are rebuilt when first asked
for again). A request gets the last value at once: if it is older than the store, it waits at
most ``grace`` seconds for the rebuild (``OSCE_KG_STALE_GRACE``, default 0.25 s, so a small
store still answers with fresh figures), then takes the older figures, marked: the answer says
when they were computed (``X-Computed-At``, and ``Age``, the seconds since, when they are older
than the last write) and is not kept by the response cache.

Across restarts: every value computed is also kept on disk beside an embedded store
(``{store}.figures/``, one pickle per value, replaced atomically; :class:`Kept`), and a server
that starts reads them back (in a background thread: a listing of a million releases takes
seconds to unpickle, never on a request's path) and takes them as its last computed figures,
marked as older than the store until its own first rebuild is done. So after a restart too, the
first request is answered at once. Only a value never computed for this store (a new store's
first start) has nothing to give: a request waits for it at most ``first_wait`` seconds
(``OSCE_KG_FIGURES_FIRST_WAIT``, default 5), then gets ``503`` with ``Retry-After`` (:class:`NotComputedYet`), never a
wait of a whole-store scan at a million releases.

The rebuilds run at a low CPU priority (their threads are niced to :data:`REBUILD_NICE`;
Linux gives every thread its own nice value), so on a busy machine lookups and page requests go
first and the rebuild takes the idle time; pyoxigraph lets go of the GIL while it evaluates, which
is where a rebuild spends its time.

One rebuild runs at a time per value, always for the newest version: writes in a burst make
one rebuild, not one each.

At shutdown (:func:`osce_kg.server.app.close_app`, the ASGI lifespan's end) the app's builds are told to
stop and waited for before the store closes, at most ``OSCE_KG_FIGURES_STOP_WAIT`` seconds
(:meth:`WholeStore.stop`): a build under way finishes (a store read is not interrupted), none starts after.
A build left running on a closed store failed on its next read.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import pickle
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Generic, Iterator, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

#: seconds a request waits for a rebuild under way before it takes the older figures
DEFAULT_GRACE = 0.25
#: class listings (and other keyed values) kept, least recently used dropped
KEYED_LIMIT = 256
#: seconds a request waits for figures never computed before (nothing kept on disk either) before it
#: is answered 503 with ``Retry-After`` (the default of ``OSCE_KG_FIGURES_FIRST_WAIT``)
FIRST_WAIT = 5.0
#: the nice value of a rebuild's thread (19 is the lowest; 10 leaves a busy core about nine tenths to requests
#: and still lets a rebuild finish on a machine shared with other work)
REBUILD_NICE = 10
#: seconds a shutdown waits for the builds under way by default (the setting ``OSCE_KG_FIGURES_STOP_WAIT``)
STOP_WAIT = 30.0
#: figures kept on disk at most this size (pickled), so a huge class listing does not fill the disk
KEEP_BYTES = 64 * 1024 * 1024
#: whole-store builds run one at a time: each reads most of the store, and at a million releases (13 GiB)
#: four side by side (VoID, the landing page, the sitemap, a class listing: a start or a write) read it
#: from disk four times over, pushed the readers' pages out of the OS's cache and held a set of distinct
#: terms each: cold dereferences in the readers had a p99 of 0.7 s beside them, 0.15-0.2 s without
ONE_BUILD = threading.Lock()


class NotComputedYet(Exception):
    """Figures asked for before they were ever computed (a new store's first minutes): answered
    ``503`` with ``Retry-After`` while the build goes on in the background."""

    def __init__(self, name: str, retry_after: int) -> None:
        super().__init__(f"{name} is being computed for the first time")
        self.name = name
        self.retry_after = retry_after


class Background:
    """One app's whole-store threads (builds, the read-back of kept figures, the start's warm-up), so a
    shutdown can stop them and wait for them before the store they read closes (:meth:`stop`)."""

    def __init__(self) -> None:
        #: set by :meth:`stop`: no thread starts after, a build loop ends before its next build
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def start(self, target: Callable[[], object], name: str) -> threading.Thread | None:
        """``target`` in a new daemon thread, unless :meth:`stop` was called (then None)."""
        with self._lock:  # checked and added under one lock: stop() never misses a thread started beside it
            if self.stopping.is_set():
                return None
            self._threads = [t for t in self._threads if t.is_alive()]
            thread = threading.Thread(target=target, name=name, daemon=True)
            self._threads.append(thread)
            thread.start()
        return thread

    def stop(self, timeout: float = STOP_WAIT) -> bool:
        """Start no thread any more and wait at most ``timeout`` seconds in all for those running: whether
        all are over (a warning names those still running: they end at their next step)."""
        self.stopping.set()
        with self._lock:
            threads = [t for t in self._threads if t is not threading.current_thread()]
        deadline = time.monotonic() + timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        running = [t.name for t in threads if t.is_alive()]
        if running:
            log.warning("whole-store figures: %s still reading the store after %g s at shutdown; "
                        "each stops at its next step", ", ".join(running), timeout)
        return not running


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

    def __init__(self, name: str, build: Callable[[], T], versions: "Versions", grace: float = DEFAULT_GRACE,
                 *, first_wait: float = FIRST_WAIT, kept: "Kept | None" = None, key: object = None,
                 update: "Callable[[T, bool], T] | None" = None, background: Background | None = None) -> None:
        self.name = name
        #: where its build threads start (its app's: stopped before the store closes)
        self._background = background or Background()
        self._build = build
        #: brings the last value up to the store (given it and whether it was read back from disk) instead of
        #: building afresh; it builds afresh itself when it cannot tell (see ``void.net_change_since``)
        self._update = update
        #: the value was read back from disk (an earlier run's), not computed by this run
        self._from_disk = False
        self._versions = versions
        self.grace = grace
        self.first_wait = first_wait
        self._kept, self._key = kept, key if key is not None else name
        self._lock = threading.Condition()
        self._value: T | None = None
        self._has_value = False
        self._computed_at = _now()
        self._computed_version = -1
        self._building = False
        self._error: BaseException | None = None
        self._build_started = 0.0
        self.builds = 0

    def offer(self, value: T, computed_at: dt.datetime) -> None:
        """The last figures of an earlier run (read back from disk): taken unless this run has computed
        its own; older than this run's store (version -1), so they are marked and rebuilt."""
        with self._lock:
            if not self._has_value:
                self._value, self._computed_at, self._has_value = value, computed_at, True
                self._from_disk = True
                self._lock.notify_all()

    def get(self) -> Figures[T]:
        """The last value, at once (see the module's docstring).

        :raises Exception: whatever the build raised, when there is no value at all yet.
        """
        with self._lock:
            if self._computed_version < self._versions.current:
                self._start()
                if self._has_value:
                    self._lock.wait_for(self._fresh, timeout=self.grace)
                else:  # nothing to give yet: wait for the first build, up to first_wait
                    self._lock.wait_for(lambda: self._has_value or self._error is not None or not self._building,
                                        timeout=self.first_wait)
                    if not self._has_value:
                        if self._background.stopping.is_set():  # shutting down: no build starts
                            raise NotComputedYet(self.name, 1)
                        if self._error is not None or not self._building:
                            raise self._error or RuntimeError(f"{self.name} could not be computed")
                        raise NotComputedYet(self.name, self._retry_after())
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

    def _retry_after(self) -> int:
        """Seconds to suggest to a client for a first build under way: how long it has run so far, 1 to 60."""
        return max(1, min(60, int(time.monotonic() - self._build_started)))

    def _start(self) -> None:
        """Start a build thread unless one is running or the app is shutting down (call holding the lock)."""
        if self._building:
            return
        self._build_started = time.monotonic()
        if self._background.start(self._run, f"recompute-{self.name}") is not None:
            self._building, self._error = True, None

    def _run(self) -> None:
        lower_priority()
        while True:
            with ONE_BUILD:  # one whole-store build at a time in a process (see ONE_BUILD)
                if self._background.stopping.is_set():  # shutting down: no build begins
                    with self._lock:
                        self._building = False
                        self._lock.notify_all()
                    return
                version = self._versions.current  # read before the store is: a write during the build is not lost
                started = _now()
                with self._lock:
                    previous, from_disk = (self._value, self._from_disk) if self._has_value else (None, False)
                try:
                    value = (self._update(previous, from_disk) if self._update is not None and previous is not None
                             else self._build())
                except BaseException as exc:  # logged; the older value stays
                    if self._background.stopping.is_set():  # the store closed under a build past the stop wait
                        log.info("computing %s stopped at shutdown (%s)", self.name, type(exc).__name__)
                    else:
                        log.exception("computing %s failed", self.name)
                    with self._lock:
                        self._error = exc
                        self._building = False
                        self._lock.notify_all()
                    return
            with self._lock:
                self.builds += 1
                unchanged = value is previous and from_disk
                self._value, self._has_value, self._error, self._from_disk = value, True, None, False
                if not unchanged:  # figures read back and found current keep the time they were computed
                    self._computed_at = started
                self._computed_version = version
                self._lock.notify_all()
                done = self._computed_version >= self._versions.current
                if done:
                    self._building = False
            # kept for the next run (outside the lock: pickling takes time)
            if self._kept is not None and value is not previous:
                self._kept.save(self._key, value, started)
            give_back_memory()
            if done:
                return
            # a write came during the build: once more, for the newest version


def give_back_memory() -> None:
    """Hand the heap a whole-store build freed back to the OS (glibc's ``malloc_trim``; elsewhere nothing).

    A build makes and drops millions of small objects (a million-member listing's sets and dicts) and
    glibc keeps the freed heap in the process: at 100,000 releases 375 -> 324 MiB resident, in 6 ms."""
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        log.debug("could not trim the heap", exc_info=True)


def lower_priority(nice: int = REBUILD_NICE) -> None:
    """Give the calling thread a low CPU priority (Linux: a thread's own nice value; elsewhere
    nothing), so a whole-store rebuild takes the CPU time requests leave."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
    except (OSError, AttributeError):  # not Linux, or not allowed: the rebuild runs at normal priority
        log.debug("could not lower a rebuild thread's priority", exc_info=True)


class Kept:
    """Figures kept on disk between runs of the server: one pickle per value in ``folder``, written
    by the server itself (atomically: a temporary file, then a rename), read back at start.

    The folder sits beside the store and is the server's own, like the store: whoever can write it
    can write the store. A file written for another base, another key or an older layout is ignored.
    """

    LAYOUT = 1

    def __init__(self, folder: Path, base: str, limit: int = KEEP_BYTES) -> None:
        self.folder = Path(folder)
        self.base = base
        self.limit = limit

    def _path(self, key: object) -> Path:
        return self.folder / (hashlib.sha256(repr(key).encode("utf-8")).hexdigest()[:32] + ".pickle")

    def load(self, key: object) -> tuple[Any, dt.datetime] | None:
        """The value kept for ``key`` and when it was computed, or None."""
        found = self._read(self._path(key))
        if found is None or found[0] != repr(key):
            return None
        return found[1], found[2]

    def load_all(self) -> "Iterator[tuple[str, Any, dt.datetime]]":
        """Every value kept, smallest file first (VoID, the landing page and the sitemap's count come
        before the long listings): (the key's ``repr``, the value, when it was computed)."""
        try:
            files = sorted(self.folder.glob("*.pickle"), key=lambda p: p.stat().st_size)
        except OSError:
            return
        for path in files:
            found = self._read(path)
            if found is not None:
                yield found

    def _read(self, path: Path) -> tuple[str, Any, dt.datetime] | None:
        try:
            with open(path, "rb") as f:
                kept = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged or foreign file: computed afresh
            log.warning("ignoring the kept figures in %s", path, exc_info=True)
            return None
        if not (isinstance(kept, dict) and kept.get("layout") == self.LAYOUT and kept.get("base") == self.base):
            return None
        return kept["key"], kept["value"], kept["computed_at"]

    def save(self, key: object, value: Any, computed_at: dt.datetime) -> None:
        """Keep ``value`` for the next run (logged and skipped when it cannot be written or is too large)."""
        try:
            data = pickle.dumps({"layout": self.LAYOUT, "base": self.base, "key": repr(key),
                                 "computed_at": computed_at, "value": value}, pickle.HIGHEST_PROTOCOL)
            path = self._path(key)
            if len(data) > self.limit:
                path.unlink(missing_ok=True)  # an older, smaller value must not come back
                return
            self.folder.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_native_id()}.part")
            part.write_bytes(data)
            os.replace(part, path)
            self._prune()
        except Exception:  # the figures still serve this run; only the next start computes them afresh
            log.warning("could not keep the figures of %r on disk", key, exc_info=True)

    def _prune(self) -> None:
        """At most twice :data:`KEYED_LIMIT` files, the least recently written dropped."""
        files = sorted(self.folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in files[:max(0, len(files) - 2 * KEYED_LIMIT)]:
            old.unlink(missing_ok=True)


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

    def __init__(self, grace: float = DEFAULT_GRACE, app: object | None = None, *,
                 first_wait: float = FIRST_WAIT, kept: Kept | None = None, stop_wait: float = STOP_WAIT) -> None:
        self.app = app
        #: every thread of these figures, stopped before the store closes (:meth:`stop`)
        self.background = Background()
        #: seconds :meth:`stop` waits by default (``OSCE_KG_FIGURES_STOP_WAIT``)
        self.stop_wait = stop_wait
        self.versions = Versions()
        self.grace = grace
        self.first_wait = first_wait
        self.kept = kept
        self._lock = threading.Lock()
        self._values: OrderedDict[object, Recomputed] = OrderedDict()
        self._size_lock = threading.Lock()
        #: (version, quads, graphs): the store's size as last counted, for this version of the store
        self._size: tuple[int, int, int] | None = None
        #: figures of an earlier run read back from disk, by their key's ``repr``, until asked for
        self._earlier: dict[str, tuple[Any, dt.datetime]] = {}
        self.versions.listen(self._refresh_all)
        if kept is not None:  # read back in the background: a long listing takes seconds to unpickle
            self.background.start(self._read_back, "whole-store-read-back")

    def stop(self, timeout: float | None = None) -> bool:
        """Before the store closes: start no build any more and wait for those under way at most
        ``timeout`` seconds (None: :attr:`stop_wait`); whether all are over."""
        return self.background.stop(self.stop_wait if timeout is None else timeout)

    def _read_back(self) -> None:
        """Read the kept figures back (low priority) and offer each to its value, now or when first asked for."""
        lower_priority()
        assert self.kept is not None
        for key, value, computed_at in self.kept.load_all():
            if self.background.stopping.is_set():
                return
            with self._lock:
                found = next((v for k, v in self._values.items() if repr(k) == key), None)
                if found is None:
                    self._earlier[key] = (value, computed_at)
            if found is not None:
                found.offer(value, computed_at)

    def value(self, key: object, build: Callable[[], T], update: Callable[[T, bool], T] | None = None
              ) -> Recomputed[T]:
        """The :class:`Recomputed` for ``key``, made with ``build`` (and ``update``) on first use."""
        with self._lock:
            found = self._values.get(key)
            if found is None:
                found = self._values[key] = Recomputed(str(key)[:60], self._in_app(build), self.versions,
                                                       self.grace, first_wait=self.first_wait, kept=self.kept,
                                                       key=key, update=self._in_app(update) if update else None,
                                                       background=self.background)
                earlier = self._earlier.pop(repr(key), None)
                if earlier is not None:
                    found.offer(*earlier)
                while len(self._values) > KEYED_LIMIT:
                    self._values.popitem(last=False)
            else:
                self._values.move_to_end(key)
            return found

    def get(self, key: object, build: Callable[[], T], update: Callable[[T, bool], T] | None = None) -> Figures[T]:
        """The figures of ``key`` at once (see :meth:`Recomputed.get`)."""
        return self.value(key, build, update).get()

    def start(self, key: object, build: Callable[[], T]) -> None:
        """Compute ``key`` in the background now (at start, so the first request need not wait)."""
        self.value(key, build).warm()

    def same_size(self, store: Any) -> Callable[[int, int], bool]:
        """A ``void.SizeCheck`` for ``store`` that counts its quads and graphs once per version of the store
        (25 s at a million releases): at a restart VoID, the landing page, the sitemap and every kept
        class listing each check the store still holds what it held when they were computed."""
        def check(quads: int, graphs: int) -> bool:
            return self.store_size(store) == (quads, graphs)

        return check

    def store_size(self, store: Any) -> tuple[int, int]:
        """The quads and named graphs ``store`` holds, counted once per version of the store."""
        from .void import graph_count, quad_total

        with self._size_lock:
            version = self.versions.current  # read before counting: a write meanwhile makes a newer one
            if self._size is None or self._size[0] != version:
                self._size = (version, quad_total(store), graph_count(store))
            return self._size[1], self._size[2]

    def _in_app(self, build: Callable[..., T]) -> Callable[..., T]:
        app = self.app
        if app is None:
            return build

        def in_app(*args: Any) -> T:
            with app.app_context():  # type: ignore[attr-defined]
                return build(*args)

        return in_app

    def _refresh_all(self) -> None:
        """After a write: rebuild the named values now (VoID, landing, sitemap); keyed ones when asked."""
        with self._lock:
            named = [v for k, v in self._values.items() if isinstance(k, str)]
        for value in named:
            value.refresh()


EXTRA_KEY = "whole_store"


def init_app(app, svc) -> None:
    """The app's :class:`WholeStore` (grace from ``svc.settings.stale_grace``), told of every write;
    figures kept on disk beside an embedded store (:func:`kept_folder`); ``503`` for figures never
    computed yet."""
    from .readers import READER, ROLE_VARIABLE

    settings = svc.settings
    # a reader (serve --readers N) forwards every whole-store page to the owner: it reads back none of the
    # kept figures (at 100,000 releases their listings were 28 MB of pickles, some 340,000 objects a reader)
    owner = settings.store_kind == "embedded" and os.environ.get(ROLE_VARIABLE) != READER
    kept = Kept(kept_folder(settings.store), settings.base) if owner else None
    whole = WholeStore(settings.stale_grace, app, first_wait=settings.figures_first_wait, kept=kept,
                       stop_wait=settings.figures_stop_wait)
    svc.extras[EXTRA_KEY] = whole
    svc.after_write.append(whole.versions.written)
    svc.closing.append(whole.stop)  # before the store closes (close_app, the lifespan's end)
    app.register_error_handler(NotComputedYet, _not_computed_yet)


def kept_folder(store: Path) -> Path:
    """Where the figures of the embedded store at ``store`` are kept between runs: ``{store}.figures``."""
    store = Path(store)
    return store.parent / f"{store.name}.figures"


def _not_computed_yet(exc: NotComputedYet):
    from .cache import do_not_keep
    from .responses import error

    do_not_keep()
    response = error(503, "Service Unavailable",
                     f"These figures are being computed for the first time ({exc.name}); ask again shortly.")
    response.headers["Retry-After"] = str(exc.retry_after)
    response.cache_control.no_store = True
    return response


#: the pages whose figures the server computes at start (:func:`warm`)
WARM_PATHS = ("/", "/sitemap.xml", "/void")


def warm(app) -> threading.Thread | None:
    """Ask ``app`` for VoID, the landing page and the sitemap in a background thread, so their
    figures are computed before the first visitor asks (``osce-kg serve`` calls it at start); the
    thread is one of the app's whole-store threads, stopped before the store closes (None: the app is
    shutting down already)."""
    from .services import EXTENSION_KEY

    def run() -> None:
        client = app.test_client()
        for path in WARM_PATHS:
            try:
                client.get(path)
            except Exception:  # logged: a page that fails now will be computed when asked for
                log.exception("computing %s at start failed", path)

    whole: WholeStore = app.extensions[EXTENSION_KEY].extras[EXTRA_KEY]
    return whole.background.start(run, "warm-whole-store")


def whole_store() -> WholeStore:
    """The current app's :class:`WholeStore`."""
    from .services import services

    return services().extras[EXTRA_KEY]  # type: ignore[return-value]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


__all__ = ["WholeStore", "Recomputed", "Figures", "Versions", "Kept", "NotComputedYet", "DEFAULT_GRACE", "FIRST_WAIT",
           "init_app", "kept_folder", "give_back_memory", "lower_priority", "whole_store", "warm"]
