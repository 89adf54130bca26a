"""A real headless browser (Debian's chromium through Playwright) walks the site like a person.

Landing page -> the class of participating States -> Albania -> the OSCE Presence in Albania
-> a press release about it. Screenshots (desktop and phone width) go to test-artifacts/.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ld_data import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory):
    server = LiveServer(tmp_path_factory.mktemp("browser"))
    yield server
    server.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def class_of(live: LiveServer, iri: str) -> str:
    rows = live.store.select(f"SELECT ?t WHERE {{ <{iri}> a ?t FILTER(STRSTARTS(STR(?t), \"https://w3id.org/osce-kg/ontology#\")) }}")
    assert rows, f"{iri} has no class of ours"
    return str(rows[0]["t"])[len("https://w3id.org/osce-kg/ontology#"):]


def test_a_person_follows_links_from_a_state_to_a_field_operation_to_a_press_release(live, browser):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(live.base)
    assert "OSCE knowledge graph" in page.locator("h1").inner_text()
    shot(page, "01-landing")

    state_class = class_of(live, live.base + "id/state/albania")
    page.locator(f'a[href="/class/{state_class}"]').first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/class/{state_class}")
    shot(page, "02-class-states")

    page.get_by_role("link", name="Albania", exact=True).first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/doc/state/albania")
    assert page.locator("h1").inner_text() == "Albania"
    shot(page, "03-state-albania")

    page.get_by_role("link", name="OSCE Presence in Albania", exact=True).first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/doc/field-operation/osce-presence-in-albania")
    assert "Presence in Albania" in page.locator("h1").inner_text()
    shot(page, "04-field-operation")

    release = page.locator('a[href^="/doc/release/"]').first
    title = release.inner_text()
    release.click()
    page.wait_for_load_state()
    assert "/doc/release/" in page.url
    assert page.locator("h1").inner_text() == title
    body = page.locator("main").inner_text()
    assert "Where these facts came from" in body
    assert "Albania" in body
    shot(page, "05-press-release")

    phone = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
    phone.goto(page.url)
    # readable on a phone: nothing wider than the screen
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    shot(phone, "06-press-release-phone")
    phone.close()
    page.close()


def test_pages_work_without_javascript(live, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live.base + "doc/state/albania")
    assert page.locator("h1").inner_text() == "Albania"
    page.goto(live.base + "ontology")
    assert page.locator("article.term").count() > 5
    shot(page, "07-ontology")
    context.close()


@pytest.mark.parametrize("name,path", [("08-landing-phone", ""), ("09-state-phone", "doc/state/albania"),
                                       ("10-field-operations-phone", "class/FieldOperation"),
                                       ("11-ontology-phone", "ontology"), ("12-void-phone", "void.html"),
                                       ("13-shapes-phone", "shapes.html")])
def test_every_kind_of_page_fits_a_phone_screen(live, browser, name, path):
    phone = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
    try:
        phone.goto(live.base + path)
        assert phone.locator("h1").count() == 1
        wide = phone.evaluate("document.documentElement.scrollWidth")
        # a table in a sideways-scrolling box counts too: its text would be cut off at the edge
        boxed = phone.evaluate("Math.max(0, ...[...document.querySelectorAll('.scroll')].map(d => d.scrollWidth))")
        shot(phone, name)
        assert wide <= 375, f"{path or '/'} is {wide}px wide on a 375px screen"
        assert boxed <= 375, f"a table on {path or '/'} is {boxed}px wide on a 375px screen"
    finally:
        phone.close()
