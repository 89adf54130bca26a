"""The site navigation some pages open with: the lists of States, bodies and topics.

Pure functions over the page's lines. Items are kept as written (a leading "The" and
the "– OSCE Chairpersonship 2025" suffix are taken off States and recorded apart).
"""
from __future__ import annotations

import re
from typing import Callable

from osce_kg.loader.records import Navigation

# section headers of the navigation and the Navigation field their bullets go to
_SECTIONS = {
    "fields of work": "fields_of_work",
    "meetings and conferences": "meeting_series",
    "participating states": "participating_states",
    "countries": "participating_states",
    "secretariat": "secretariat_units",
    "institutions": "institutions",
    "field operations": "field_operations",
    "structures and institutions": "other_bodies",
    "partners for co-operation": "partners",
    "our work": None, "about us": None, "newsroom": None, "resources": None, "events": None,
}
# links that sit inside the lists but are menu entries, not members of the list
_MENU_LINKS = {
    "all", "field operations", "projects", "partnerships", "institutions", "closed field activities",
    "organizational structure", "about us", "fields of work", "our work", "countries",
    "structures and institutions", "secretariat", "home", "meetings and conferences", "chairpersonship",
}
_OTHER_BODIES = re.compile(r"Parliamentary Assembly|Court of Conciliation|Minsk Group|Chairpersonship|"
                           r"Permanent Council|Forum for Security Co-operation|Ministerial Council", re.I)
_FIELD_OP = re.compile(r"^(?:OSCE\s+)?(?:Special Monitoring Mission|Mission|Presence|Centre|Center|"
                       r"Programme Office|Project Co-ordinator|Project Coordinator|Office|Spillover Monitor"
                       r"|Assistance Group|Representative|Personal Representative)\b.*\b(?:in|to|at|for)\b", re.I)
_PARTNERS = re.compile(r"Partners? for Co-?operation|\bPartners$", re.I)
_CHAIR = re.compile(r"^(?P<state>.+?)\s*[-–—]+\s*OSCE\s+Chair(?:person|man)ship\s+(?P<year>\d{4})\s*$", re.I)
_BULLET = re.compile(r"^\s*-\s+(?P<item>\S.*?)\s*$")
_LONE_DASH = re.compile(r"^\s*-\s*$")


def is_navigation_start(lines: list[str]) -> bool:
    """True when the page opens with a site navigation (several known list headers with bullets)."""
    headers = 0
    bullets = 0
    for line in lines[:400]:
        s = line.strip()
        if s.lower() in _SECTIONS:
            headers += 1
        elif _BULLET.match(line):
            bullets += 1
    return headers >= 2 and bullets >= 10


def parse_navigation(lines: list[str], is_known: Callable[[str], bool] | None = None
                     ) -> tuple[Navigation, int]:
    """Read the navigation at the top of ``lines``.

    Returns the navigation and the index of the first line after it (0 when there is
    none). When the navigation runs to the end of the text (a capture cut short), a last
    item that ``is_known`` does not recognise is taken to be cut and dropped. Never raises.
    """
    nav = Navigation()
    if not is_navigation_start(lines):
        return nav, 0
    section: str | None = None
    end = 0
    last: tuple[str | None, str]
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or _LONE_DASH.match(line):
            end = i + 1
            continue
        if stripped.lower() in _SECTIONS:
            section = _SECTIONS[stripped.lower()]
            end = i + 1
            continue
        bullet = _BULLET.match(line)
        if not bullet or section is None and not _looks_like_nav_item(bullet.group("item")):
            break
        last = (section, bullet.group("item"))
        end = i + 1
        if end < len(lines) or is_known is None or is_known(last[1]):
            _add_item(nav, *last)
    return nav, end


def _looks_like_nav_item(item: str) -> bool:
    return item.lower() in _MENU_LINKS or len(item) < 60 and ":" not in item


def _add_item(nav: Navigation, section: str | None, item: str) -> None:
    """File one bullet under the right list, whatever section it appears in."""
    low = item.lower()
    chair = _CHAIR.match(item)
    if chair:
        state = _strip_the(chair.group("state"))
        nav.chairpersonships[int(chair.group("year"))] = state
        _append(nav.participating_states, state)
        return
    if low in _MENU_LINKS:
        return
    if _PARTNERS.search(item):
        _append(nav.partners, item)
    elif section == "field_operations" and _FIELD_OP.match(item):
        _append(nav.field_operations, item)
    elif section in ("field_operations", "secretariat_units", "other_bodies") and _OTHER_BODIES.search(item):
        _append(nav.other_bodies, item)
    elif section == "participating_states":
        _append(nav.participating_states, _strip_the(item))
    elif section is not None and section != "field_operations":
        _append(getattr(nav, section), item)


def _strip_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.I)


def _append(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)
