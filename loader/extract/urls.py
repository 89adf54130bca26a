"""Where a page was published, when the page itself does not say.

A folder of captured pages may carry an ``index.tsv`` (tab-separated, a header row with
``file`` and ``url`` columns) giving each file's URL, as the shared corpus folders do. The
URL only feeds inference (the field office a subdomain names) and ``schema:url``; nothing is
fetched from it.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

#: an index larger than this is not read (it is not a page index)
MAX_INDEX_BYTES = 5_000_000


def url_from_index(path: Path | str) -> str | None:
    """The URL the ``index.tsv`` beside ``path`` gives for it, else None. Never raises."""
    try:
        folder = os.path.dirname(os.path.abspath(path))      # no symlink walk: one index per folder name
    except (OSError, ValueError):
        return None
    return _index(folder).get(os.path.basename(path))


@functools.lru_cache(maxsize=64)
def _index(folder: str) -> dict[str, str]:
    """``file -> url`` of a folder's ``index.tsv`` ({} without a readable one)."""
    index = Path(folder) / "index.tsv"
    try:
        if not index.is_file() or index.stat().st_size > MAX_INDEX_BYTES:
            return {}
        lines = index.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    header = lines[0].split("\t") if lines else []
    if "file" not in header or "url" not in header:
        return {}
    f, u = header.index("file"), header.index("url")
    rows = (line.split("\t") for line in lines[1:])
    return {row[f]: row[u].strip() for row in rows if len(row) > max(f, u) and _is_url(row[u].strip())}


def _is_url(value: str) -> bool:
    """An absolute http(s) URL without spaces or control characters, at most 2,000 characters."""
    return (value.startswith(("http://", "https://")) and len(value) <= 2000
            and not any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in value))


__all__ = ["url_from_index", "MAX_INDEX_BYTES"]
