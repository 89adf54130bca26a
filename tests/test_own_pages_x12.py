"""The harness's shared title check (:meth:`own_pages.OwnPages.title_tests`): lines l, sa and sb each had a copy of
``test_every_title_is_on_its_page``; they take it from the harness now, and it says which pages fail, not only the
first."""
from __future__ import annotations

import pytest
from own_pages import OwnPages

import test_extract_own_pages_l as line_l


def _line(titles: dict[str, str | None]) -> OwnPages:
    return OwnPages("l", {name: (title, None) for name, title in titles.items()}, ("title", "date"))


def test_a_title_not_on_its_page_is_named_and_fails_the_shared_test() -> None:
    first, second = sorted(line_l.GOLD)[:2]
    right = line_l.PAGES.expected(first)["title"]
    assert isinstance(right, str)
    pages = _line({first: right, second: right + " (not on the page)", "no_such_title.txt": None})
    assert pages.titles_not_on_pages() == [second]
    test = pages.title_tests()["test_every_title_is_on_its_page"]
    with pytest.raises(AssertionError, match=second):
        test()
    _line({first: right}).title_tests()["test_every_title_is_on_its_page"]()


def test_a_line_without_titles_has_none_to_find() -> None:
    pages = OwnPages("l", dict.fromkeys(line_l.GOLD, (None,)), ("date",))
    assert pages.titles_not_on_pages() == []


@pytest.mark.parametrize("module", ["test_extract_own_pages_l", "test_extract_own_pages_sa",
                                    "test_extract_own_pages_sb"])
def test_the_lines_that_had_a_copy_run_the_shared_test(module: str) -> None:
    import importlib

    line = importlib.import_module(module)
    assert line.test_every_title_is_on_its_page.__qualname__.startswith("OwnPages.title_tests")
    assert line.PAGES.titles_not_on_pages() == []
