"""Pictures of the graph, drawn as SVG on the server, each with the numbers and the query behind it.

* ``/charts``: the pictures, a table of the numbers under each, and a link that runs its query
* ``/charts/releases.svg[?about=kind/key]``: releases per year stacked by field of work; ``about``
  narrows them to the releases about a field of work (``field/...``) or mentioning a State, field
  operation or any resource (``state/...``, ``field-operation/...``)
* ``/charts/map.svg``: a world map of the participating States coloured by how many releases
  mention them, and of the host States of field operations by how many releases mention the
  operation (pygal-maps-world ships the outlines: no tile server, nothing fetched), with a pin for each
  active field operation at its city (coordinates are curated facts in ``loader/data/cities.csv``),
  coloured by how many releases mention the operation

The bar chart is plain SVG with presentation attributes. The map is pygal's SVG with its script
element removed; it carries pygal's own inline style, so that one response has a CSP of its own
(:data:`MAP_CSP`: no script at all, inline style only). Pictures are cached until the next write.
"""
from __future__ import annotations

import csv
import re
import sys
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Callable, TypeVar
from urllib.parse import urlencode
from xml.sax.saxutils import escape, quoteattr

from flask import Blueprint, Flask, Response, render_template, request
from markupsafe import Markup

from ..loader.reference import reference
from .problems import problem
from .services import Services, services

bp = Blueprint("charts", __name__)

EXTRA_KEY = "charts"
#: what ``about=`` may be: ``kind/key`` of one of our resources
ABOUT = re.compile(r"^[a-z][a-z0-9-]{0,40}/[A-Za-z0-9][A-Za-z0-9._~-]{0,200}$")
#: the fields of work drawn as their own colour; the others are summed as "other fields"
MAX_SERIES = 10
PALETTE = ("#0b5cad", "#e07b00", "#2a9d4b", "#c8102e", "#7b4fb3", "#8c564b", "#d45fa6", "#6b7a8f", "#b5a300",
           "#17a2b8", "#9aa3ad")
NO_FIELD = "no field of work"
OTHER = "other fields"
MAP_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'"
SVG_TYPE = "image/svg+xml"
_SCRIPT = re.compile(rb"<script\b.*?</script>", re.S)
#: the end of the map's own ``<svg>`` (the outlines' coordinate system) inside pygal's chart
_MAP_END = re.compile(rb'id="countries".*?(</(?:\w+:)?svg>)', re.S)
#: pins by how many releases mention the operation: none, then the quintiles of the busiest
PIN_COLOURS = ("#ffffff", "#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000")
#: Robinson projection fitted to pygal-maps-world's outlines (viewBox 0 0 2475 1388; within ~3 units at
#: Andorra, Singapore, Bahrain, Malta, Luxembourg and Liechtenstein): x0, x per degree, central meridian,
#: y of the equator, y of a pole away from it
_X0, _KX, _LON0, _Y0, _KY = 1269.43, 7.6268, 8.91, 683.72, 695.88
#: Robinson's table every 5 degrees of latitude: parallel length, distance from the equator
_ROB_X = (1.0, .9986, .9954, .99, .9822, .973, .96, .9427, .9216, .8962, .8679, .835, .7986, .7597, .7186,
          .6732, .6213, .5722, .5322)
_ROB_Y = (0.0, .062, .124, .186, .248, .31, .372, .434, .4958, .5571, .6176, .6769, .7346, .7903, .8435,
          .8936, .9394, .9761, 1.0)

PREFIXES = """PREFIX osce: <https://w3id.org/osce-kg/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@dataclass(frozen=True)
class Table:
    """The numbers behind a picture: its columns, rows, and the query that made them."""

    columns: tuple[str, ...]
    rows: list[tuple]
    query: str

    def query_href(self, root: str) -> str:
        return f"{root}/sparql?" + urlencode({"query": self.query})


def releases_query(base: str, about: str | None) -> str:
    """Releases per year and field of work (a release about two fields counts in both)."""
    narrow = f"?r osce:mentions|dct:subject <{base}id/{about}> ." if about else ""
    return PREFIXES.format(base=base) + f"""SELECT ?year ?field (COUNT(DISTINCT ?r) AS ?releases) WHERE {{
  ?r a ?t ; dct:issued ?date . ?t rdfs:subClassOf* osce:Publication . {narrow}
  BIND(YEAR(?date) AS ?year)
  OPTIONAL {{ ?r dct:subject/skos:prefLabel ?label FILTER(LANG(?label) IN ("en", "")) }}
  BIND(COALESCE(?label, "{NO_FIELD}") AS ?field)
}} GROUP BY ?year ?field ORDER BY ?year ?field"""


def releases_table(svc: Services, about: str | None) -> Table:
    query = releases_query(svc.minter.base, about)
    rows = [(int(str(r["year"])), str(r["field"]), int(str(r["releases"]))) for r in svc.store.select(query)
            if r.get("year") is not None]
    return Table(("year", "field of work", "releases"), rows, query)


def map_tables(svc: Services) -> tuple[Table, Table]:
    """(participating States by releases mentioning them, host States by releases mentioning their
    field operations), keyed by ISO 3166-1 alpha-2 code."""
    base = svc.minter.base
    states = PREFIXES.format(base=base) + """SELECT ?iso ?state (COUNT(DISTINCT ?r) AS ?releases) WHERE {
  ?s a osce:ParticipatingState ; osce:iso3166Alpha2 ?iso ; skos:prefLabel ?state .
  OPTIONAL { ?r osce:mentions ?s }
} GROUP BY ?iso ?state ORDER BY DESC(?releases) ?state"""
    ops = PREFIXES.format(base=base) + """SELECT ?iso ?operation (COUNT(DISTINCT ?r) AS ?releases) WHERE {
  ?op a ?t ; osce:hostState/osce:iso3166Alpha2 ?iso ; skos:prefLabel ?operation .
  ?t rdfs:subClassOf* osce:FieldOperation .
  OPTIONAL { ?r osce:mentions ?op }
} GROUP BY ?iso ?operation ORDER BY DESC(?releases) ?operation"""
    by_state, by_operation = (
        Table(("ISO code", name, "releases"),
              [(str(r["iso"]), str(r[var]), int(str(r["releases"]))) for r in svc.store.select(q)], q)
        for q, name, var in ((states, "participating State", "state"), (ops, "field operation", "operation")))
    return by_state, by_operation


@dataclass(frozen=True)
class Pin:
    """A field operation on the map: its label, city, position and the releases mentioning it."""

    label: str
    city: str
    lat: float
    long: float
    releases: int


def city_coordinates() -> dict[str, tuple[float, float]]:
    """City label -> (latitude, longitude) in decimal degrees, from ``loader/data/cities.csv``
    (cities without both columns are left out)."""
    text = resources.files("osce_kg.loader").joinpath("data", "cities.csv").read_text("utf-8")
    found: dict[str, tuple[float, float]] = {}
    for row in csv.DictReader(text.splitlines()):
        lat, long = (row.get("lat") or "").strip(), (row.get("long") or "").strip()
        if lat and long:
            found[row["label"]] = (float(lat), float(long))
    return found


def operation_pins(ops: Table) -> list[Pin]:
    """A pin per active field operation whose city has coordinates, with the releases mentioning it
    (from ``ops``, matched by label; an operation not in the graph counts 0)."""
    counts = {name: n for _, name, n in ops.rows}
    where = city_coordinates()
    return [Pin(op.label, op.city, *where[op.city], counts.get(op.label, 0))
            for op in sorted(reference().field_operations.values(), key=lambda o: o.label)
            if op.status == "active" and op.city in where]


def robinson(lat: float, long: float) -> tuple[float, float]:
    """(x, y) of a point in pygal-maps-world's outline coordinates (Robinson projection)."""
    a = min(abs(lat), 90.0) / 5
    i = min(int(a), len(_ROB_X) - 2)
    f = a - i
    px = _ROB_X[i] + (_ROB_X[i + 1] - _ROB_X[i]) * f
    py = _ROB_Y[i] + (_ROB_Y[i + 1] - _ROB_Y[i]) * f
    return _X0 + _KX * px * (long - _LON0), _Y0 - _KY * py * (1 if lat >= 0 else -1)


def pins_svg(pins: list[Pin]) -> str:
    """The pins as an SVG group in the outlines' coordinates: a circle each, its title the tooltip."""
    peak = max((p.releases for p in pins), default=0)
    out = ['<g xmlns="http://www.w3.org/2000/svg" id="field-operation-pins">']
    for p in pins:
        x, y = robinson(p.lat, p.long)
        shade = 0 if not p.releases else 1 + min(4, (p.releases * 5 - 1) // max(1, peak))
        out.append(f'<circle class="pin" cx="{x:.1f}" cy="{y:.1f}" r="9" fill="{PIN_COLOURS[shade]}" '
                   f'stroke="#1d2430" stroke-width="2.5"><title>{escape(p.label)} ({escape(p.city)}): '
                   f'{p.releases} release{"" if p.releases == 1 else "s"}</title></circle>')
    out.append("</g>")
    return "".join(out)


# -- drawing ------------------------------------------------------------------------------------

def stacked_bars(rows: list[tuple[int, str, int]], title: str) -> str:
    """Releases per year stacked by field of work, as an SVG document (no style, no script)."""
    totals: dict[str, int] = {}
    for _, fld, n in rows:
        totals[fld] = totals.get(fld, 0) + n
    top = sorted(totals, key=lambda f: (-totals[f], f))
    kept = top if len(top) <= MAX_SERIES else top[:MAX_SERIES - 1]
    series = kept + ([OTHER] if len(kept) < len(top) else [])
    years = sorted({y for y, _, _ in rows})
    if years:
        years = list(range(years[0], years[-1] + 1))
    stacks = {y: dict.fromkeys(series, 0) for y in years}
    for year, fld, n in rows:
        stacks[year][fld if fld in kept else OTHER] += n
    peak = max((sum(s.values()) for s in stacks.values()), default=0) or 1
    left, top_pad, plot_h, legend_w = 40, 30, 240, 260
    bar_w = max(6, min(40, 600 // max(1, len(years))))
    width = left + len(years) * (bar_w + 4) + 20 + legend_w
    height = top_pad + plot_h + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label={quoteattr(title)} font-family="sans-serif" font-size="11">',
           f"<title>{escape(title)}</title>",
           f'<text x="{left}" y="16" font-size="13" fill="#1d2430">{escape(title)}</text>']
    for tick in _ticks(peak):
        y = top_pad + plot_h - tick * plot_h / peak
        out.append(f'<line x1="{left}" x2="{left + len(years) * (bar_w + 4)}" y1="{y:.1f}" y2="{y:.1f}" '
                   f'stroke="#d9dee6"/><text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" '
                   f'fill="#5b6472">{tick}</text>')
    for i, year in enumerate(years):
        x = left + i * (bar_w + 4) + 2
        y = top_pad + plot_h
        for j, fld in enumerate(series):
            n = stacks[year][fld]
            if not n:
                continue
            h = n * plot_h / peak
            y -= h
            out.append(f'<rect class="bar" x="{x}" y="{y:.1f}" width="{bar_w}" height="{h:.1f}" '
                       f'fill="{PALETTE[j % len(PALETTE)]}"><title>{year}, {escape(fld)}: {n}</title></rect>')
        if len(years) <= 20 or i % max(1, len(years) // 15) == 0:
            out.append(f'<text x="{x + bar_w / 2:.1f}" y="{top_pad + plot_h + 14}" text-anchor="middle" '
                       f'fill="#5b6472">{year}</text>')
    lx = left + len(years) * (bar_w + 4) + 20
    for j, fld in enumerate(series):
        ly = top_pad + j * 18
        name = fld if len(fld) <= 40 else fld[:39] + "…"
        total = totals.get(fld, 0) if fld != OTHER else sum(totals[f] for f in top if f not in kept)
        out.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>'
                   f'<text x="{lx + 16}" y="{ly + 10}" fill="#1d2430">{escape(name)} ({total})</text>')
    if not years:
        out.append(f'<text x="{left}" y="{top_pad + plot_h / 2}" fill="#5b6472">No dated releases.</text>')
    out.append("</svg>")
    return "\n".join(out)


def _ticks(peak: int) -> list[int]:
    step = max(1, -(-peak // 5))
    return list(range(0, peak + 1, step))


def world_map(states: Table, ops: Table) -> bytes:
    """The map: pygal-maps-world's outlines, its script element removed, the field operations' pins
    drawn over the outlines in their own coordinate system."""
    World, COUNTRIES = _pygal_world()
    chart = World(js=[], css=["file://style.css", "file://graph.css"], no_prefix=True, width=900, height=560,
                  title="Releases mentioning participating States and field operations", legend_at_bottom=True)
    chart.add("participating States (releases mentioning them)",
              {iso.lower(): n for iso, _, n in states.rows if iso.lower() in COUNTRIES})
    hosts: dict[str, int] = {}
    for iso, _, n in ops.rows:
        if iso.lower() in COUNTRIES:
            hosts[iso.lower()] = hosts.get(iso.lower(), 0) + n
    chart.add("field operations (releases mentioning them, by host State)", hosts)
    svg = _SCRIPT.sub(b"", chart.render())
    end = _MAP_END.search(svg)
    if end is None:  # pygal drew the outlines some other way: the map without pins
        return svg
    at = end.start(1)
    return svg[:at] + pins_svg(operation_pins(ops)).encode("utf-8") + svg[at:]


def _pygal_world() -> tuple[type, dict[str, str]]:
    """pygal-maps-world's map class and country codes, imported without pygal's import hook.

    Importing pygal appends a legacy ``sys.meta_path`` finder (``PluginImportFixer``, for
    ``pygal.maps.*``) that makes every later failing import in the process warn (ImportWarning: an
    error under ``-W error``) instead of raising ImportError; the map module is imported directly, so
    the hook is taken out again.
    """
    import pygal  # noqa: F401  (installs the hook)

    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "PluginImportFixer"]
    from pygal_maps_world.i18n import COUNTRIES
    from pygal_maps_world.maps import World

    return World, COUNTRIES


#: the workbench's bar chart: at most this many bars, and no chart over five times as many rows
MAX_BARS = 40
_NUMERIC = re.compile(r"#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger|gYear)$")


def _number(cell: dict | None) -> float | None:
    if not cell or cell.get("type") not in ("literal", "typed-literal") \
            or not _NUMERIC.search(cell.get("datatype", "")):
        return None
    try:
        return float(cell["value"])
    except ValueError:
        return None


def bars_for_rows(columns: list[str], rows: list[list[dict | None]]) -> Markup | None:
    """The workbench's chart view drawn on the server: a horizontal bar chart SVG (presentation
    attributes, no style, no script) of the first number column by the first other column bound in
    every row, as the page's script picks them; None when the rows have no such pair (or are too many).

    ``rows`` are SPARQL JSON result cells in ``columns`` order (None where unbound).
    """
    if not rows or len(rows) > MAX_BARS * 5:
        return None
    number = next((i for i in range(len(columns)) if all(_number(r[i]) is not None for r in rows)), None)
    label = next((i for i in range(len(columns)) if i != number and all(r[i] for r in rows)), None)
    if number is None or label is None:
        return None
    bars = [(str(r[label]["value"]), value) for r in rows[:MAX_BARS]  # type: ignore[index]  # all bound (above)
            if (value := _number(r[number])) is not None]
    row_h, left, width, top = 22, 220, 720, 24
    peak = max([v for _, v in bars] + [0.0])
    height = top + len(bars) * row_h + 10
    title = f"{columns[number]} by {columns[label]}"
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="server-chart" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-label={quoteattr(title)} font-family="sans-serif" '
           f'font-size="11"><title>{escape(title)}</title>',
           f'<text x="{left}" y="14" fill="#1d2430">{escape(columns[number])}</text>']
    for i, (name, value) in enumerate(bars):
        y = top + i * row_h
        w = max(0.0, value / peak * (width - left - 60)) if peak > 0 else 0.0
        shown = name if len(name) <= 34 else name[:33] + "…"
        text = f"{value:g}"
        out.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" fill="#1d2430">{escape(shown)}</text>'
                   f'<rect class="bar" x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="#0b5cad">'
                   f'<title>{escape(name)}: {text}</title></rect>'
                   f'<text x="{left + w + 4:.1f}" y="{y + 14}" fill="#1d2430">{text}</text>')
    out.append(f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{height - 6}" stroke="#d9dee6"/></svg>')
    return Markup("".join(out))


# -- the app -----------------------------------------------------------------------------------

T = TypeVar("T")


class Cache:
    """Pictures and tables until the next write."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[tuple, object] = {}

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def get(self, key: tuple, make: Callable[[], T]) -> T:
        with self._lock:
            if key in self._values:
                return self._values[key]  # type: ignore[return-value]  # what make() gave for this key
        value = make()
        with self._lock:
            if len(self._values) > 256:
                self._values.clear()
            self._values[key] = value
        return value


def init_app(app: Flask, svc: Services) -> None:
    cache = Cache()
    svc.extras[EXTRA_KEY] = cache
    svc.after_write.append(cache.clear)
    app.register_blueprint(bp)
    app.add_template_global(bars_for_rows, "bars_for_rows")


def _cache(svc: Services) -> Cache:
    return svc.extras[EXTRA_KEY]  # type: ignore[return-value]


def _about() -> str | None:
    about = request.args.get("about") or None
    if about is not None and not ABOUT.match(about):
        raise ValueError("about must be kind/key of a resource of this dataset, e.g. field/countering-terrorism")
    return about


@bp.get("/charts")
def page() -> Response:
    svc = services()
    try:
        about = _about()
    except ValueError as exc:
        return problem(400, "Bad chart", str(exc))
    cache = _cache(svc)
    releases = cache.get(("releases", about), lambda: releases_table(svc, about))
    states, ops = cache.get(("map",), lambda: map_tables(svc))
    return Response(render_template("charts.html", title="Charts", about=about, releases=releases, states=states,
                                    ops=ops, root=request.script_root), mimetype="text/html")


@bp.get("/charts/releases.svg")
def releases_svg() -> Response:
    svc = services()
    try:
        about = _about()
    except ValueError as exc:
        return problem(400, "Bad chart", str(exc))
    title = "Releases per year by field of work" + (f" ({about})" if about else "")
    svg = _cache(svc).get(("releases.svg", about),
                          lambda: stacked_bars(releases_table(svc, about).rows, title))
    return Response(svg, mimetype=SVG_TYPE)


@bp.get("/charts/map.svg")
def map_svg() -> Response:
    svc = services()
    cache = _cache(svc)
    body = cache.get(("map.svg",), lambda: world_map(*cache.get(("map",), lambda: map_tables(svc))))
    response = Response(body, mimetype=SVG_TYPE)
    response.headers["Content-Security-Policy"] = MAP_CSP
    return response
