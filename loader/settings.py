"""One frozen configuration object, built once at the edge and passed down."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .errors import UsageError

DEFAULT_BASE = "http://localhost:8000/"
ENV_PREFIX = "OSCE_KG_"


@dataclass(frozen=True)
class Settings:
    """Everything configurable about osce-kg.

    Build it with :func:`load_settings`; nothing else reads the environment.
    """

    store: Path = Path("var/store")
    base: str = DEFAULT_BASE
    #: the base was chosen (``--base``, ``OSCE_KG_BASE``), not defaulted: an existing store's own base
    #: must then agree with it (``osce_kg.loader.deployment``)
    base_given: bool = False
    #: the deployment's shape files (``--shapes``, ``OSCE_KG_SHAPES``: files or folders of ``*.ttl``),
    #: added to the packaged shapes or, with ``shapes_replace``, in their place
    shapes: tuple[Path, ...] = ()
    shapes_replace: bool = False
    #: ``embedded`` (pyoxigraph on disk) or ``remote`` (a SPARQL 1.1 endpoint pair)
    store_kind: str = "embedded"
    remote_query_url: str | None = None
    remote_update_url: str | None = None
    query_timeout: float = 30.0
    max_result_rows: int = 100_000
    max_body_bytes: int = 10 * 1024 * 1024
    max_url_bytes: int = 8 * 1024
    query_workers: int = 2
    #: the longest query text accepted (checked before anything else reads it)
    max_query_bytes: int = 1024 * 1024
    #: each query or update worker's memory cap, in MiB (0: no cap)
    worker_memory_mb: int = 2048
    #: the longest time a request body may take to arrive, in seconds
    body_timeout: float = 30.0
    #: the time limit of evaluating a SPARQL Update (in its killable worker), in seconds
    update_timeout: float = 30.0
    cors_origins: tuple[str, ...] = ("*",)
    service_allowlist: tuple[str, ...] = ()
    #: name -> token; tokens come from OSCE_KG_TOKEN ("name:token,..." or a bare token)
    tokens: Mapping[str, str] = field(default_factory=dict)
    license: str = "https://creativecommons.org/licenses/by/4.0/"
    #: how /search is answered over a remote store: ``auto`` (the store's own text search where it has
    #: one: Virtuoso's ``bif:contains``) or ``index`` (always our SQLite index)
    search_text: str = "auto"
    #: seconds after a write during which /search over Virtuoso answers from our index (Virtuoso
    #: indexes new text in batches, every minute at best: see README)
    search_text_lag: float = 120.0
    #: seconds /search waits for each of Virtuoso's answers before it answers from our index instead
    search_text_timeout: float = 10.0
    #: the server's response cache, in bytes (0: off); see ``osce_kg.server.cache``
    cache_bytes: int = 64 * 1024 * 1024
    #: seconds a request for VoID, the landing page, a class listing or the sitemap waits for their
    #: rebuild after a write before it takes the older figures (marked); see ``osce_kg.server.wholestore``
    stale_grace: float = 0.25
    #: seconds a request for whole-store figures never computed before (none kept on disk either: a new
    #: store's first start) waits before it is answered 503 with Retry-After; see ``osce_kg.server.wholestore``
    figures_first_wait: float = 5.0
    #: seconds a shutdown waits for the search index's start build to reach its next step (one read of
    #: the store) once told to stop, before the store closes anyway; see ``osce_kg.server.search.Index.stop``
    search_stop_wait: float = 30.0
    #: seconds a shutdown waits for the whole-store figures' builds under way (VoID, the landing page, the
    #: sitemap, class listings) before the store closes anyway; see ``osce_kg.server.wholestore.WholeStore.stop``
    figures_stop_wait: float = 30.0
    #: processes of ``osce-kg serve`` that answer reads, each over its own read-only view of the store
    #: (0: one per CPU, at most 4; 1: one process does everything); see ``osce_kg.server.readers``
    readers: int = 0
    #: linked resources whose type and label triples a process keeps until the next write (0: none kept);
    #: see ``osce_kg.server.describe.LabelCache``
    label_cache_iris: int = 50_000
    #: the most solutions a process reads of a CONSTRUCT's bounded join before it sends the CONSTRUCT to a
    #: killable worker instead (0: always a worker); see ``osce_kg.server.querytext.streamed_construct``
    streamed_solutions: int = 10_000
    #: quads a gated import with its check in a process of its own checks over one snapshot of the store
    #: before it takes the next (the check process keeps every batch since the snapshot in memory, ~0.5 KiB
    #: a quad); see ``osce_kg.loader.gate.GraphPipeline``
    import_snapshot_quads: int = 500_000
    #: a file of at least this many bytes is read by a process of its own during a gated import (0: every
    #: file; None: none, the default); see ``osce_kg.loader.importer.import_files``
    import_reader_bytes: int | None = None
    #: files together of at least this many bytes have a gated import's check in a process of its own (0:
    #: every import; None: none, the default); see ``osce_kg.loader.gate.GraphPipeline``
    import_check_apart_bytes: int | None = None
    #: glibc malloc arenas in each serving process (``mallopt(M_ARENA_MAX)``; 0: glibc's default, eight per
    #: core); see ``osce_kg.server.heap``
    malloc_arenas: int = 2
    #: milliseconds a thread holding the GIL runs in a serving process before a waiting one gets it
    #: (``sys.setswitchinterval``; 0, the default: CPython's, 5 ms; 1 ms measured 11-46% more CPU a
    #: request); see ``osce_kg.server.heap``
    switch_interval_ms: float = 0.0

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")

    def replace(self, **changes: Any) -> "Settings":
        """A copy with ``changes`` applied (None values are ignored)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def parse_tokens(raw: str) -> dict[str, str]:
    """Parse ``name:token,name2:token2`` (or a bare ``token``, named ``default``)."""
    tokens: dict[str, str] = {}
    for i, item in enumerate(x.strip() for x in raw.replace("\n", ",").split(",")):
        if not item or item.startswith("#"):
            continue
        name, sep, token = item.partition(":")
        if sep:
            tokens[name.strip()] = token.strip()
        else:
            tokens["default" if i == 0 else f"token{i}"] = item
    return tokens


def _number(name: str, raw: str, kind: type[int] | type[float], least: float | None = None,
            most: float | None = None) -> Any:
    """The value ``raw`` of the variable ``OSCE_KG_<name>`` as an ``int`` or ``float``.

    :raises UsageError: it is no such number, less than ``least`` or more than ``most``: named with its
        value, so that a typo in a deployment's environment stops the start with a message saying where,
        not a bare ``ValueError`` from deep inside.
    """
    try:
        value = kind(raw)
    except ValueError:
        value = None
    if value is None or value != value:  # not a number, or NaN
        raise UsageError(f"{ENV_PREFIX}{name} is {raw!r}; it must be "
                         f"{'a whole number' if kind is int else 'a number'}")
    if least is not None and value < least:
        raise UsageError(f"{ENV_PREFIX}{name} is {raw!r}; it must be at least {least}")
    if most is not None and value > most:
        raise UsageError(f"{ENV_PREFIX}{name} is {raw!r}; it must be at most {most}")
    return value


def env_number(name: str, default: int, least: int | None = 0, most: int | None = None,
               environ: Mapping[str, str] | None = None) -> int:
    """The whole number in ``OSCE_KG_<name>``, or ``default`` when it is unset or empty.

    For the tuning constants a module reads once when it is imported (the bulk loader's batch and
    memory limits): a malformed value is the same :class:`UsageError` naming the variable as a
    setting's, which the command shows and leaves with exit 2, not a ``ValueError`` traceback.
    """
    raw = (os.environ if environ is None else environ).get(ENV_PREFIX + name, "").strip()
    return default if not raw else _number(name, raw, int, least, most)


def load_settings(environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    """Settings from ``OSCE_KG_*`` variables, then explicit overrides (CLI flags) on top."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    if v := env.get(ENV_PREFIX + "STORE"):
        values["store"] = Path(v)
    if v := env.get(ENV_PREFIX + "BASE"):
        values["base"] = v
    if v := env.get(ENV_PREFIX + "SHAPES"):
        values["shapes"] = tuple(Path(x) for x in v.split(os.pathsep) if x)
    if v := env.get(ENV_PREFIX + "SHAPES_REPLACE"):
        values["shapes_replace"] = v.strip().lower() in ("1", "true", "yes", "on")
    if v := env.get(ENV_PREFIX + "QUERY_TIMEOUT"):
        values["query_timeout"] = _number("QUERY_TIMEOUT", v, float)
    if v := env.get(ENV_PREFIX + "QUERY_WORKERS"):
        values["query_workers"] = _number("QUERY_WORKERS", v, int)
    if v := env.get(ENV_PREFIX + "MAX_ROWS"):
        values["max_result_rows"] = _number("MAX_ROWS", v, int)
    if v := env.get(ENV_PREFIX + "MAX_QUERY_BYTES"):
        values["max_query_bytes"] = _number("MAX_QUERY_BYTES", v, int)
    if v := env.get(ENV_PREFIX + "WORKER_MEMORY_MB"):
        values["worker_memory_mb"] = _number("WORKER_MEMORY_MB", v, int)
    if v := env.get(ENV_PREFIX + "BODY_TIMEOUT"):
        values["body_timeout"] = _number("BODY_TIMEOUT", v, float)
    if v := env.get(ENV_PREFIX + "UPDATE_TIMEOUT"):
        values["update_timeout"] = _number("UPDATE_TIMEOUT", v, float)
    if v := env.get(ENV_PREFIX + "MAX_BODY_BYTES"):
        values["max_body_bytes"] = _number("MAX_BODY_BYTES", v, int)
    if v := env.get(ENV_PREFIX + "MAX_URL_BYTES"):
        values["max_url_bytes"] = _number("MAX_URL_BYTES", v, int)
    if v := env.get(ENV_PREFIX + "CACHE_BYTES"):
        values["cache_bytes"] = _number("CACHE_BYTES", v, int)
    if v := env.get(ENV_PREFIX + "READERS"):
        values["readers"] = _number("READERS", v, int)
    if v := env.get(ENV_PREFIX + "STALE_GRACE"):
        values["stale_grace"] = _number("STALE_GRACE", v, float)
    if v := env.get(ENV_PREFIX + "FIGURES_FIRST_WAIT"):
        values["figures_first_wait"] = _number("FIGURES_FIRST_WAIT", v, float)
    if v := env.get(ENV_PREFIX + "SEARCH_STOP_WAIT"):
        values["search_stop_wait"] = _number("SEARCH_STOP_WAIT", v, float, least=0)
    if v := env.get(ENV_PREFIX + "FIGURES_STOP_WAIT"):
        values["figures_stop_wait"] = _number("FIGURES_STOP_WAIT", v, float, least=0)
    if v := env.get(ENV_PREFIX + "LABEL_CACHE_IRIS"):
        values["label_cache_iris"] = _number("LABEL_CACHE_IRIS", v, int)
    if v := env.get(ENV_PREFIX + "STREAMED_SOLUTIONS"):
        values["streamed_solutions"] = _number("STREAMED_SOLUTIONS", v, int)
    if v := env.get(ENV_PREFIX + "IMPORT_SNAPSHOT_QUADS"):
        values["import_snapshot_quads"] = _number("IMPORT_SNAPSHOT_QUADS", v, int, least=1)
    if v := env.get(ENV_PREFIX + "IMPORT_READER_BYTES"):
        values["import_reader_bytes"] = _number("IMPORT_READER_BYTES", v, int, least=0)
    if v := env.get(ENV_PREFIX + "IMPORT_CHECK_APART_BYTES"):
        values["import_check_apart_bytes"] = _number("IMPORT_CHECK_APART_BYTES", v, int, least=0)
    if v := env.get(ENV_PREFIX + "MALLOC_ARENAS"):
        values["malloc_arenas"] = _number("MALLOC_ARENAS", v, int, least=0)
    if v := env.get(ENV_PREFIX + "SWITCH_INTERVAL_MS"):
        values["switch_interval_ms"] = _number("SWITCH_INTERVAL_MS", v, float, least=0, most=1000)
    if v := env.get(ENV_PREFIX + "CORS_ORIGINS"):
        values["cors_origins"] = tuple(x.strip() for x in v.split(",") if x.strip())
    if v := env.get(ENV_PREFIX + "SERVICE_ALLOWLIST"):
        values["service_allowlist"] = tuple(x.strip() for x in v.split(",") if x.strip())
    if v := env.get(ENV_PREFIX + "SEARCH_TEXT"):
        values["search_text"] = v
    if v := env.get(ENV_PREFIX + "SEARCH_TEXT_LAG"):
        values["search_text_lag"] = _number("SEARCH_TEXT_LAG", v, float)
    if v := env.get(ENV_PREFIX + "SEARCH_TEXT_TIMEOUT"):
        values["search_text_timeout"] = _number("SEARCH_TEXT_TIMEOUT", v, float, least=0.1)
    if v := env.get(ENV_PREFIX + "REMOTE_QUERY_URL"):
        values["store_kind"] = "remote"
        values["remote_query_url"] = v
        values["remote_update_url"] = env.get(ENV_PREFIX + "REMOTE_UPDATE_URL", v)
    tokens: dict[str, str] = {}
    if v := env.get(ENV_PREFIX + "TOKEN_FILE"):
        tokens.update(parse_tokens(Path(v).read_text(encoding="utf-8")))
    if v := env.get(ENV_PREFIX + "TOKEN"):
        tokens.update(parse_tokens(v))
    if tokens:
        values["tokens"] = tokens
    values.update({k: v for k, v in overrides.items() if v is not None})
    values["base_given"] = "base" in values
    if "store" in values:
        values["store"] = Path(values["store"])  # type: ignore[arg-type]
    return Settings(**values)  # type: ignore[arg-type]
