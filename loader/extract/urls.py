"""Where a page was published, when the page itself does not say; and whether it is on the OSCE's own site.

A folder of captured pages may carry an ``index.tsv`` (tab-separated, a header row with
``file`` and ``url`` columns) giving each file's URL, as the shared corpus folders do. The
URL only feeds inference (the field office a subdomain names) and ``schema:url``; nothing is
fetched from it.
"""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from osce_kg.loader.reference import Reference

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


#: how many leading lines of a page may be its site's masthead and menus
MASTHEAD_LINES = 3


def on_osce_site(page: str | None, ref: Reference, whole_osce: frozenset[str] | None = None) -> bool:
    """Whether one of the page's first :data:`MASTHEAD_LINES` lines is the OSCE's own name or acronym as the
    reference data lists them (or both around a dash: "OSCE - Organisation pour la sécurité et la coopération en
    Europe"), or its copyright line names the OSCE: the OSCE's own site. (A lone acronym of capitals not listed, an
    agency's "APA", is not.) ``whole_osce``: the labels that name the OSCE as a whole (default
    :data:`~osce_kg.loader.extract.mentions.WHOLE_OSCE`). Used by the issuer's and the topics' readers."""
    if not page:
        return False
    from osce_kg.loader.extract.layouts import archive_toolbar_end

    if whole_osce is None:
        from osce_kg.loader.extract.mentions import WHOLE_OSCE

        whole_osce = WHOLE_OSCE
    seen = _SITE_SEEN.get((page, whole_osce))      # (asked two or three times a record, of the same page)
    if seen is not None and seen[0] is ref:
        return seen[1]
    # (under a web archive's header and toolbar, the archived page's own masthead: "The Wayback Machine - https://..."
    # / ... / "About this capture" / "OSCE" / "Organisation pour la sécurité ...", aa3_fr, aa1_sq)
    lines = page[:4000].splitlines()
    lines = [ln.strip() for ln in lines[archive_toolbar_end(lines, 0):] if ln.strip()][:MASTHEAD_LINES]
    found = any(ref.lookup("organization", part.strip()) in whole_osce
                for line in lines for part in re.split(r"\s[-–—|]\s", line, maxsplit=1)) \
        or _osce_footer(page, ref, whole_osce)
    if len(_SITE_SEEN) >= 8:
        _SITE_SEEN.clear()
    _SITE_SEEN[(page, whole_osce)] = (ref, found)
    return found


#: the last pages' answers (page, whole_osce) -> (the reference asked, the answer)
_SITE_SEEN: dict[tuple[str, frozenset[str]], tuple[Reference, bool]] = {}


#: a site's copyright line: "©", the years, the owner's name or acronym, the years, a full stop and what follows it
_COPYRIGHT = re.compile(r"(?:^|\|\s*|\s{2,})©\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?"
                        r"(?P<owner>[^\W\d_][^\d.|©/]{1,60}?)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*"
                        r"(?:[./]\s.*|/\w+(?:\s+(?:19|20)\d\d)?)?$")
#: how many of a page's last lines may hold its copyright line
_FOOTER_LINES = 6


def _osce_footer(page: str, ref: Reference, whole_osce: frozenset[str]) -> bool:
    """Whether the page's copyright line, among its last lines, names the OSCE as the site's owner by its name or an
    acronym in any of its languages ("© OSCE 2018", "© OVSE 2003", "© ОССЕ", "© 1995-2012 ОБСЕ. Все права защищены.",
    "© ЕККУ 2020", "© OSCE/ODIHR 2021": osce.org's layouts, the institutions' and field offices' sites in every
    language, where the masthead names the OSCE in words the data may not list: ab2_es, ab3_nl, ab3_sl, ab2_bg); a
    paper's or agency's own copyright names itself. The acronyms are the data's and those its names of field
    operations are built with in each language (:data:`~osce_kg.loader.reference.FIELD_OPERATION_PARTS`)."""
    for line in [ln.strip() for ln in page[-3000:].splitlines() if ln.strip()][-_FOOTER_LINES:]:
        m = _COPYRIGHT.search(line) if "©" in line else None
        if m and (m.group("owner").strip() in _osce_acronyms(ref)
                  or ref.lookup("organization", m.group("owner").strip()) in whole_osce):
            return True
    return False


def osce_acronyms(ref: Reference) -> frozenset[str]:
    """The OSCE's acronyms in its languages (:func:`_osce_acronyms`), for the issuer's reader of a masthead."""
    return _osce_acronyms(ref)


def _osce_acronyms(ref: Reference) -> frozenset[str]:
    """The OSCE's acronyms in its languages: the reference data's and the field operations' name parts' (built once,
    kept on the reference: :meth:`~osce_kg.loader.reference.Reference.derived`)."""
    return ref.derived("urls.osce_acronyms", _build_osce_acronyms)


def _build_osce_acronyms(ref: Reference) -> frozenset[str]:
    from osce_kg.loader.reference import FIELD_OPERATION_PARTS

    names = {a for parts in FIELD_OPERATION_PARTS.values() for a in parts.get("osce", ())}
    names |= {a for label, org in ref.organizations.items() if org.kind == "osce" for a in org.acronyms}
    return frozenset(names)


__all__ = ["url_from_index", "on_osce_site", "osce_acronyms", "MASTHEAD_LINES", "MAX_INDEX_BYTES"]
