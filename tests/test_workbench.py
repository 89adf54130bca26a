"""The pages for people in a real headless browser (Debian's chromium through Playwright): search as you
type, the search page, the query workbench (an example run, labels, sorting, timing, downloads, a parse
error with line and column, a prefix line added, the chart view) and the charts. No page may report a
Content-Security-Policy violation. Screenshots go to test-artifacts/ (the README shows them).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ld_data import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory):
    server = LiveServer(tmp_path_factory.mktemp("workbench"))
    yield server
    server.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.csp_errors = []
    page.on("console", lambda m: page.csp_errors.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: page.csp_errors.append(str(e)))
    yield page
    assert page.csp_errors == [], page.csp_errors
    page.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_as_you_type_from_the_header_leads_to_the_page(live, page):
    page.goto(live.base)
    page.locator("#site-search").press_sequentially("Alban", delay=30)
    suggestion = page.locator("#site-search-suggest a", has_text="Albania").first
    suggestion.wait_for(timeout=10_000)
    shot(page, "20-search-as-you-type")
    suggestion.click()
    page.wait_for_url("**/doc/state/albania")
    assert page.locator("h1").inner_text() == "Albania"


@pytest.mark.parametrize("path", ["doc/field-operation/osce-presence-in-albania", "sparql", "charts"])
def test_search_as_you_type_works_on_every_page(live, page, path):
    page.goto(live.base + path)
    assert page.locator('script[src="/static/search.js"]').count() == 1
    page.locator("#site-search").press_sequentially("Alban", delay=30)
    page.locator("#site-search-suggest a", has_text="Albania").first.wait_for(timeout=10_000)


def test_the_search_page_marks_the_words_and_filters_by_class(live, page):
    page.goto(live.base)
    page.locator("#site-search").fill("trafficking")
    page.locator("header.site form.search button").click()
    page.wait_for_url("**/search?q=trafficking")
    assert page.locator("li.hit mark").count() > 0
    shot(page, "21-search-page")
    page.locator("#class").select_option(label="press release")
    page.locator("form.search-page button").click()
    page.wait_for_load_state()
    assert "class=PressRelease" in page.url
    assert page.locator("#search-total").inner_text().startswith(("1 result", "2 result", "3 result", "4 result"))


def test_the_workbench_has_the_site_header_prefixes_and_the_competency_examples(live, page):
    page.goto(live.base + "sparql")
    assert page.locator("header.site nav a", has_text="Ontology").count() == 1
    text = page.locator("#query").input_value()
    assert f"PREFIX osce: <https://w3id.org/osce-kg/ontology#>" in text
    assert page.locator("a.example", has_text="Q1.").count() == 1


def test_an_example_runs_with_labels_count_time_sorting_and_downloads(live, page):
    page.goto(live.base + "sparql")
    page.locator("a.example", has_text="Q5.").click()
    page.locator("#wb-result-table").wait_for(timeout=15_000)
    count = page.locator("#wb-count").inner_text()
    assert " rows in " in count and (" ms)" in count or " s)" in count)
    rows = page.locator("#wb-result-table tbody tr")
    assert rows.count() >= 1
    shot(page, "22-workbench-results")
    # sorting: descending on the first column puts the last name first
    names = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
    header = page.locator("#wb-result-table th").first
    header.click()
    header.click()
    assert header.get_attribute("aria-sort") == "descending"
    assert rows.first.locator("td").first.inner_text() == sorted(names, key=str.lower)[-1]
    # downloads: one link per result format, each answering in it
    links = page.locator("#wb-downloads a")
    types = [links.nth(i).get_attribute("type") for i in range(links.count())]
    assert {"application/sparql-results+json", "text/csv"} <= set(types)
    href = page.locator('#wb-downloads a[type="application/sparql-results+json"]').get_attribute("href")
    got = page.request.get(href if href.startswith("http") else live.base.rstrip("/") + href)
    assert got.ok and len(json.loads(got.body())["results"]["bindings"]) == rows.count()


def test_iris_in_results_show_labels_and_link_to_their_pages(live, page):
    page.goto(live.base + "sparql")
    page.locator("a.example", has_text="Q1.").click()
    page.locator("#wb-result-table").wait_for(timeout=15_000)
    link = page.locator("#wb-result-table a", has_text="Albania").first
    assert link.get_attribute("href") == "/doc/state/albania"
    assert page.locator("#wb-count").inner_text().startswith("(57 rows")


def test_a_syntax_error_shows_line_and_column(live, page):
    import re

    import pyoxigraph

    query = "SELECT ?x WHERE {\n  ?x a ?y\n  FILTER( }"
    with pytest.raises(SyntaxError) as parse_error:  # where the parser itself says it stopped
        pyoxigraph.Store().query(query)
    line, column = re.search(r"at (\d+):(\d+)", str(parse_error.value)).groups()
    assert line == "3"
    page.goto(live.base + "sparql")
    page.locator("#query").fill(query)
    page.locator("#workbench button[type=submit]").click()
    page.locator("#wb-error").wait_for(timeout=15_000)
    assert page.locator("#wb-error-position").inner_text() == f"Line {line}, column {column}"
    # the caret is put there in the editor
    start = page.locator("#query").evaluate("t => t.selectionStart")
    assert start == len("SELECT ?x WHERE {\n  ?x a ?y\n") + int(column) - 1
    shot(page, "23-workbench-error")


def test_typing_a_known_prefix_adds_its_prefix_line(live, page):
    page.goto(live.base + "sparql")
    page.locator("#query").fill("")
    page.locator("#query").press_sequentially("SELECT ?p WHERE { ?p a foaf:", delay=5)
    assert page.locator("#query").input_value().startswith("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n")


def test_a_label_and_number_result_is_drawn_as_a_bar_chart(live, page):
    page.goto(live.base + "sparql")
    page.locator("#query").fill("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                                "SELECT ?class (COUNT(?x) AS ?n) WHERE { ?x a ?class } GROUP BY ?class "
                                "ORDER BY DESC(?n) LIMIT 10")
    page.locator("#workbench button[type=submit]").click()
    page.locator("#wb-result-table").wait_for(timeout=15_000)
    chart = page.locator("#wb-show-chart")
    assert chart.is_enabled()
    chart.click()
    assert page.locator("#wb-chart-svg rect.bar").count() == 10
    shot(page, "24-workbench-chart")


def test_without_script_a_label_and_number_result_page_has_the_server_drawn_bar_chart(live):
    import re

    import requests

    query = ("SELECT ?class (COUNT(?x) AS ?n) WHERE { ?x a ?class } GROUP BY ?class ORDER BY DESC(?n) LIMIT 7")
    r = requests.get(live.base + "sparql", params={"query": query, "format": "html"}, timeout=30)
    assert r.status_code == 200
    rows = r.text.split('<section id="server-results">', 1)[1].split("</table>", 1)[0].count("<tr>") - 1
    svg = re.search(r'<svg [^>]*id="server-chart".*?</svg>', r.text, re.S)
    assert svg and rows == 7
    assert svg.group(0).count('<rect class="bar"') == rows
    assert "style=" not in svg.group(0) and "<script" not in svg.group(0)
    plain = requests.get(live.base + "sparql", params={"query": "SELECT ?class WHERE { ?x a ?class } LIMIT 3",
                                                      "format": "html"}, timeout=30)
    assert plain.status_code == 200 and 'id="server-chart"' not in plain.text


def test_without_script_a_parse_error_page_names_line_and_column(live):
    import requests

    r = requests.get(live.base + "sparql", params={"query": "SELEC ?x", "format": "html"}, timeout=30)
    assert r.status_code == 400 and "Line 1, column 9" in r.text


def test_every_competency_example_runs(live):
    import requests

    from osce_kg.server.workbench import competency_examples

    examples = competency_examples(live.base)
    assert len(examples) >= 12
    for example in examples:
        r = requests.post(live.base + "sparql", data={"query": example["query"]}, timeout=60,
                          headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200, (example["title"], r.text)


def test_the_landing_page_draws_the_releases_chart_and_the_map(live, page):
    page.goto(live.base)
    for img in ("#landing-releases-chart", "#landing-map"):
        page.locator(img).scroll_into_view_if_needed()
        page.wait_for_function(f"document.querySelector('{img}').complete")
        assert page.locator(img).evaluate("i => i.naturalWidth") > 100, img
    shot(page, "25-landing-charts")


def test_the_charts_page_has_the_numbers_and_the_queries(live, page):
    import requests

    page.goto(live.base + "charts")
    assert page.locator("#releases-chart").evaluate("i => i.complete && i.naturalWidth > 100")
    assert page.locator("#map-chart").evaluate("i => i.complete && i.naturalWidth > 100")
    page.locator("details summary").first.click()
    rows = page.locator("#releases table.numbers tbody tr")
    assert rows.count() > 0
    shot(page, "26-charts")
    # the bars hold the same numbers as the table
    svg = requests.get(live.base + "charts/releases.svg", timeout=30).text
    total = sum(int(rows.nth(i).locator("td").nth(2).inner_text()) for i in range(rows.count()))
    import re
    assert sum(int(n) for n in re.findall(r"<title>\d{4}, [^<]*: (\d+)</title>", svg)) == total
    # the query link runs in the workbench
    count = rows.count()
    page.locator("#releases a", has_text="Run the query").click()
    page.locator("#wb-result-table").wait_for(timeout=15_000)
    assert page.locator("#wb-count").inner_text().startswith(f"({count} rows")


def test_chart_routes_refuse_a_bad_about_and_the_map_runs_no_script(live):
    import re

    import requests

    for path in ("charts", "charts/releases.svg"):
        for about in ("../etc/passwd", "state", "a b/c", "x" * 300):
            r = requests.get(live.base + path, params={"about": about}, timeout=30)
            assert r.status_code == 400 and r.headers["Content-Type"] == "application/problem+json", (path, about)
    rows = live.store.select("SELECT ?f WHERE { ?r <http://purl.org/dc/terms/subject> ?f ; "
                             "<http://purl.org/dc/terms/issued> ?d } LIMIT 1")
    about = str(rows[0]["f"])[len(live.base + "id/"):]
    narrowed = requests.get(live.base + "charts/releases.svg", params={"about": about}, timeout=30)
    assert narrowed.status_code == 200 and narrowed.headers["Content-Type"].startswith("image/svg+xml")
    assert "<rect class=\"bar\"" in narrowed.text
    whole = requests.get(live.base + "charts/map.svg", timeout=30)
    assert whole.status_code == 200 and "<script" not in whole.text
    csp = whole.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    # Albania is drawn, in the first series (the participating States)
    assert re.search(r'class="al country map-element color-0 serie-0', whole.text)
    # a pin per active field operation at its city, titled with its release count
    from osce_kg.loader.reference import reference

    active = [op for op in reference().field_operations.values() if op.status == "active" and op.city]
    assert whole.text.count('<circle class="pin"') == len(active) >= 10
    assert re.search(r"<title>OSCE Presence in Albania \(Tirana\): \d+ releases?</title>", whole.text)


@pytest.mark.parametrize("path", ["doc/state/albania", "doc/field-operation/osce-presence-in-albania"])
def test_a_state_and_a_field_operation_show_their_releases_over_time(live, page, path):
    page.goto(live.base + path)
    chart = page.locator("#about-chart")
    chart.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('#about-chart').complete")
    assert chart.evaluate("i => i.naturalWidth") > 100
    about = path.split("/", 1)[1]
    assert chart.get_attribute("src") == f"/charts/releases.svg?about={about.replace('/', '%2F')}" or \
        chart.get_attribute("src") == f"/charts/releases.svg?about={about}"
    if path.endswith("albania") and "state" in path:
        shot(page, "27-state-releases-over-time")
