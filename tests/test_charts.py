"""The map's field operation pins (curated city coordinates, projected onto pygal-maps-world's outlines)
and the workbench's server-drawn bar chart."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from osce_kg.loader.reference import reference
from osce_kg.server.charts import Table, bars_for_rows, city_coordinates, robinson, world_map

SVG = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
_ARGS = {"m": 2, "l": 2, "c": 6, "s": 4, "q": 4, "t": 2, "h": 1, "v": 1, "z": 0}


def path_box(d: str) -> tuple[float, float, float, float]:
    """Bounding box of an SVG path's points (control points included: a box at least as large)."""
    toks = _TOKEN.findall(d)
    x = y = sx = sy = 0.0
    xs: list[float] = []
    ys: list[float] = []
    cmd, i = "M", 0
    while i < len(toks):
        if toks[i].isalpha():
            cmd, i = toks[i], i + 1
        if cmd in "zZ":
            x, y = sx, sy
            continue
        n = _ARGS[cmd.lower()]
        a = [float(v) for v in toks[i:i + n]]
        i += n
        ox, oy = (x, y) if cmd.islower() else (0.0, 0.0)
        if cmd in "hH":
            x = ox + a[0]
        elif cmd in "vV":
            y = oy + a[0]
        else:
            xs += [ox + v for v in a[0:n:2]]
            ys += [oy + v for v in a[1:n:2]]
            x, y = ox + a[-2], oy + a[-1]
        if cmd in "mM":
            sx, sy, cmd = x, y, "l" if cmd == "m" else "L"
        xs.append(x)
        ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


@pytest.fixture(scope="module")
def drawn() -> ET.Element:
    ref = reference()
    ops = Table(("ISO code", "field operation", "releases"),
                [(getattr(ref.states.get(op.host), "iso2", None) or "XK", op.label, 3 * k)
                 for k, op in enumerate(sorted(ref.field_operations.values(), key=lambda o: o.label))], "")
    states = Table(("ISO code", "participating State", "releases"), [("AT", "Austria", 5)], "")
    return ET.fromstring(world_map(states, ops))


def country_box(root: ET.Element, iso: str) -> tuple[float, float, float, float]:
    group = next(g for g in root.iter(SVG + "g") if g.get("class", "").split()[:2] == [iso, "country"])
    boxes = [path_box(p.get("d")) for p in group.iter(SVG + "path")]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def test_every_city_of_a_field_operation_has_coordinates():
    where = city_coordinates()
    missing = {op.city for op in reference().field_operations.values() if op.city and op.city not in where}
    assert not missing
    assert all(-90 <= la <= 90 and -180 <= lo <= 180 for la, lo in where.values())


@pytest.mark.parametrize("city,iso", [("Vienna", "at"), ("Madrid", "es"), ("Ankara", "tr"), ("Tashkent", "uz"),
                                      ("Ottawa", "ca"), ("Canberra", "au")])
def test_the_projection_puts_capitals_inside_their_country(drawn, city, iso):
    x, y = robinson(*city_coordinates()[city])
    x0, y0, x1, y1 = country_box(drawn, iso)
    assert x0 <= x <= x1 and y0 <= y <= y1, (city, (x, y), (x0, y0, x1, y1))


def test_the_map_has_a_pin_per_active_field_operation_inside_its_host_country(drawn):
    ref = reference()
    where = city_coordinates()
    active = {op.label: op for op in ref.field_operations.values() if op.status == "active" and op.city in where}
    pins = {c.find(SVG + "title").text.split(" (")[0]: c for c in drawn.iter(SVG + "circle")
            if c.get("class") == "pin"}
    assert set(pins) == set(active) and len(active) >= 10
    hosts_checked = 0
    for label, op in active.items():
        circle = pins[label]
        x, y = float(circle.get("cx")), float(circle.get("cy"))
        iso = ref.states[op.host].iso2.lower() if op.host in ref.states else "rs"  # Kosovo: inside Serbia's outline
        x0, y0, x1, y1 = country_box(drawn, iso)
        assert x0 <= x <= x1 and y0 <= y <= y1, (label, (x, y), (x0, y0, x1, y1))
        hosts_checked += 1
    assert hosts_checked == len(active)


def test_pins_are_titled_with_the_release_count_and_coloured_by_it(drawn):
    circles = [c for c in drawn.iter(SVG + "circle") if c.get("class") == "pin"]
    counts = {int(re.search(r": (\d+) releases?$", c.find(SVG + "title").text).group(1)): c.get("fill")
              for c in circles}
    lowest, highest = min(counts), max(counts)
    assert counts[highest] == "#b30000" and counts[highest] != counts[lowest]
    assert all(c.find(SVG + "title").text.startswith("OSCE ") for c in circles)


def _lit(value: str, datatype: str | None = None) -> dict:
    return {"type": "literal", "value": value, **({"datatype": datatype} if datatype else {})}


INT = "http://www.w3.org/2001/XMLSchema#integer"


def test_bars_for_rows_draws_a_bar_per_row_without_style_or_script():
    rows = [[{"type": "uri", "value": "https://example.org/id/a"}, _lit("Alpha <&>"), _lit("3", INT)],
            [{"type": "uri", "value": "https://example.org/id/b"}, _lit("Beta"), _lit("12", INT)]]
    svg = str(bars_for_rows(["s", "label", "n"], rows))
    root = ET.fromstring(svg)
    bars = [r for r in root.iter(SVG + "rect") if r.get("class") == "bar"]
    assert len(bars) == 2 and float(bars[1].get("width")) > float(bars[0].get("width")) > 0
    assert [b.find(SVG + "title").text for b in bars] == ["https://example.org/id/a: 3", "https://example.org/id/b: 12"]
    assert "style" not in svg and "script" not in svg


@pytest.mark.parametrize("columns,rows", [
    (["label"], [[_lit("a")], [_lit("b")]]),                              # no number column
    (["n"], [[_lit("1", INT)]]),                                          # no label column
    (["label", "n"], [[_lit("a"), _lit("1", INT)], [_lit("b"), None]]),   # a number unbound
    (["label", "n"], []),                                                 # no rows
], ids=["no-number", "no-label", "unbound-number", "empty"])
def test_bars_for_rows_is_none_without_a_label_and_a_number_column(columns, rows):
    assert bars_for_rows(columns, rows) is None
