"""Whole pages of our own for issue 11's fourth round (dates, then titles, places and the
issuing body) in the shapes of third-party sites of the region: news agencies, ministries,
portals and mirrors in Russian, Bulgarian, Georgian, Armenian, Turkish, German, French,
Serbian, Polish, Bosnian, ... The text is ours; the facts are real or plausible.

Each page carries a date trap of a kind the shared folders show: an "updated" stamp beside
the published one, a time before the date, a relative label ("Dzisiaj 14:20"), the date only
in a metadata line below the text, a yearless dateline under a dated site line, dates of
events in the body, month names in Cyrillic, Georgian and Armenian script.

The gold follows tests/gold/README.md: ``date`` is the publication date (never an update, an
event in the body, or a relative label), ``place`` the dateline's place as the page writes
it, ``source`` the issuing body the page names (a news agency in the dateline or a
``Source:`` line), with ``inferred`` when the page only implies it.

The v1-pages were written before any rule of the round and measured once, as they came
(README, issue 11, "round 4, dates"); the rules were then written from what they showed, as
grammar that holds across sites. The v2-pages were written after the rules and measured once
as they came: that is the round's honest figure. They are kept at the figures below so that a
later change that breaks them shows.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from osce_kg.loader.evaluation import normalize
from osce_kg.loader.extract import read_document

PAGES = Path(__file__).parent / "fixtures" / "own_pages"

# file: (title, date, place, source, source_inferred)
GOLD: dict[str, tuple[str | None, str | None, str | None, str | None, bool]] = {
    "v1_ru.txt": ("Постсовет ОБСЕ продлил мандат миссии в Молдове еще на год", "2023-06-29", "Вена",
                  "Interfax", False),
    "v1_bg.txt": ("ОССЕ ще наблюдава предсрочните парламентарни избори в България", "2022-09-14", "София",
                  "Bulgarian News Agency", False),
    "v1_ka.txt": ("ეუთო/ოდირი საქართველოში საარჩევნო სადამკვირვებლო მისიას ხსნის", "2024-09-12", None, None, False),
    "v1_hy.txt": ("ԵԱՀԿ Մինսկի խմբի համանախագահները կայցելեն տարածաշրջան", "2019-06-05", "Երևան",
                  "Armenpress", False),
    "v1_tr.txt": ("AGİT Ukrayna'daki izleme misyonunun görev süresini bir yıl uzattı", "2021-03-11", "Viyana",
                  "Anadolu Agency", False),
    "v1_de.txt": ("Außenminister Maas zum OSZE-Ministerrat in Tirana", "2020-12-03", None, None, False),
    "v1_fr.txt": ("Kosovo: l'OSCE salue le déroulement des élections municipales", "2013-11-04", None, None, False),
    "v1_sr.txt": ("Дачић разговарао са шефом Мисије ОЕБС-а у Србији", "2023-05-14", None, "Tanjug", False),
    "v1_pl.txt": ("OBWE: Rada Ministerialna w Skopje bez wspólnej deklaracji", "2023-12-01", "Skopje",
                  "Polish Press Agency", False),
    "v1_ba.txt": ("Misija OSCE-a u BiH pozdravila usvajanje izmjena Izbornog zakona", "2019-06-06", "Sarajevo",
                  None, False),
}
FIELDS = ("title", "date", "place", "source")


def extract(name: str) -> dict[str, object]:
    """The four fields of a page's (single) record, in the gold's shape."""
    record = read_document(PAGES / name).records[0]
    return {"title": record.title, "date": record.date.isoformat() if record.date else None,
            "place": record.place, "source": record.source, "inferred": bool(record.source_inferred)}


def misses(names) -> list[tuple[str, str, object, object]]:
    """(file, field, expected, got) for every field a page gets wrong."""
    out = []
    for name in names:
        got = extract(name)
        for field, expected in zip(FIELDS, GOLD[name]):
            if normalize(expected) != normalize(got[field]):
                out.append((name, field, expected, got[field]))
        if GOLD[name][3] and GOLD[name][4] != got["inferred"]:
            out.append((name, "source_inferred", GOLD[name][4], got["inferred"]))
    return out


def accuracy(names, field: str) -> float:
    """Share of ``names`` whose ``field`` is right."""
    wrong = {n for n, f, _, _ in misses(names) if f == field or field == "source" and f == "source_inferred"}
    return 1 - len(wrong) / len(names)
