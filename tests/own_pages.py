"""The shared harness of the own-page tests (``tests/test_extract_own_pages_*.py``): whole pages of
our own in ``tests/fixtures/own_pages``, each with its gold in the test file, read through the real
loader and scored the way ``osce-kg eval`` scores (normalized values; a one-value field right or
wrong per page, a set field right or wrong per page or as micro F1 over the pages).

A test file describes its gold once and asks this module for figures::

    from own_pages import OwnPages

    #: file: (title, date, place, source, source_inferred, persons, organizations)
    GOLD = {"a1_de.txt": ("...", "2025-03-01", "Wien", "Austria Presse Agentur", False, {...}, {...}), ...}
    PAGES = OwnPages("a", GOLD, ("title", "date", "place", "source", "inferred", "persons", "organizations"))

    def test_a1_as_it_stands():
        names = PAGES.pages("a1")
        assert PAGES.accuracy(names, "source") >= 0.9 and PAGES.f1(names, "persons") >= 0.85

    if __name__ == "__main__":      # python tests/test_extract_own_pages_a.py a1 [a2 ...]: figures and misses
        PAGES.report(sys.argv[1:])

Field names (the positions of a gold tuple are named by ``fields``):

- one-value fields ``title``, ``date`` (ISO), ``place``, ``source``, and ``inferred`` (whether the
  source is only implied; it counts against ``source``: a source is right only when its value and
  its being inferred both are, and only when the gold names a source);
- set fields ``fields_of_work``, ``states``, ``field_operations``, ``persons``, ``organizations``.
  A set's value is a string, or a tuple of the names that each count as it (an organization's
  English name, then its name as the page writes it: tests/gold/README.md, "Organizations as written");
  each gold value is found once. Organizations compare as ``osce-kg eval`` compares them
  (:func:`osce_kg.loader.evaluation.organization_key`): two names the reference data resolves to one
  body are the same ("Azertac", "Azerbaijan State News Agency"), other names compare as text.

Each page is read once per process (``extract`` is cached): the figure tests of one file ask for
the same pages many times over (each field, each set, all sets), and reading a page is the costly
part. The pages and the extractor do not change while the tests run, so the cache changes no figure.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import pytest

from osce_kg.loader.errors import DocumentError
from osce_kg.loader.evaluation import comparison_key, normalize
from osce_kg.loader.extract import read_document

#: the folder of the own pages
FOLDER = Path(__file__).parent / "fixtures" / "own_pages"

ONE_VALUE = ("title", "date", "place", "source")
SET_FIELDS = ("fields_of_work", "states", "field_operations", "persons", "organizations")
#: what a page the loader rejects (or reads to no record) gives for its one-value fields
REJECTED = "(rejected)"


class Miss(NamedTuple):
    """One field a page gets wrong: the file, the field, what the gold says and what the loader gave."""

    name: str
    field: str
    expected: object
    got: object


@functools.cache
def _read(name: str) -> Mapping[str, object]:
    try:
        document = read_document(FOLDER / name)
        record = document.records[0]
    except (DocumentError, IndexError):
        return dict.fromkeys(ONE_VALUE, REJECTED) | {"inferred": None, "language": None} \
            | dict.fromkeys(SET_FIELDS, ())
    return {"title": record.title, "date": record.date.isoformat() if record.date else None,
            "place": record.place, "source": record.source, "inferred": bool(record.source_inferred),
            "language": document.language,
            "fields_of_work": tuple(record.fields_of_work), "states": tuple(record.states),
            "field_operations": tuple(record.field_operations),
            "persons": tuple(p.name for p in record.persons), "organizations": tuple(record.organizations)}


def extract(name: str) -> dict[str, object]:
    """Every scored field of the page ``name``'s (first) record, as the loader gives it (not
    normalized; set fields as tuples, ``language`` the page's). A page the loader rejects, or reads
    to no record, misses them all: its one-value fields are ``"(rejected)"``, its sets empty."""
    return dict(_read(name))


def on_disk(letter: str) -> list[str]:
    """The names of the own pages of the family ``letter`` (``x`` gives ``x1_ru.txt``, ``x10_en.txt``, ...;
    a family's name is letters, its sets the name and a number, so ``o`` does not take ``oa1_en.txt``), sorted."""
    return sorted(p.name for p in FOLDER.glob(f"{letter}[0-9]*_*.txt"))


def _names(value: str | Sequence[str], key: Callable[[str], str] = normalize) -> tuple[str, ...]:
    """A gold set value's accepted names, each by its comparison ``key``: a string, or a tuple of
    alternatives (an organization's English name first, then its name as the page writes it:
    tests/gold/README.md, "Organizations as written")."""
    return tuple(dict.fromkeys(key(v) for v in ((value,) if isinstance(value, str) else value)))


def _match(expected: Iterable[str | Sequence[str]], got: Iterable[str],
           key: Callable[[str], str] = normalize) -> tuple[int, int, int]:
    """(tp, fp, fn) of one page's set, values compared by ``key`` (:func:`comparison_key` of the field):
    each gold value is found once, by any of its names; a body the loader gives under two of its names
    (two keys) counts once right and once wrong, and gold values that are one key count once."""
    left = {key(v) for v in got}
    tp = fn = 0
    for names in dict.fromkeys(_names(v, key) for v in expected):
        hit = next((n for n in names if n in left), None)
        if hit is None:
            fn += 1
        else:
            tp, left = tp + 1, left - {hit}
    return tp, len(left), fn


def _same_set(expected: Iterable[str | Sequence[str]], got: Iterable[str],
              key: Callable[[str], str] = normalize) -> bool:
    _tp, fp, fn = _match(expected, got, key)
    return fp == fn == 0


def _shown(values: Iterable[str | Sequence[str]]) -> list[str]:
    return sorted(v if isinstance(v, str) else " | ".join(v) for v in values)


def _at_least(got: object, floor: object) -> bool:
    """``got`` at or above ``floor`` (rounded figures), each element of a (P, R, F1) tuple at or above its own."""
    if isinstance(floor, tuple):
        return all(g >= f - 1e-9 for g, f in zip(got, floor, strict=True))  # type: ignore[call-overload]
    return got >= floor - 1e-9  # type: ignore[operator]


class OwnPages:
    """A family of own pages (``letter``) and its gold: ``gold`` maps a file name to a tuple whose
    positions ``fields`` names (see the module's docstring for the field names)."""

    def __init__(self, letter: str, gold: Mapping[str, Sequence[object]], fields: Sequence[str],
                 *, score_inferred: bool = True) -> None:
        unknown = set(fields) - set(ONE_VALUE) - set(SET_FIELDS) - {"inferred"}
        if unknown:
            raise ValueError(f"unknown gold fields: {sorted(unknown)}")
        bad = [n for n, row in gold.items() if len(row) != len(fields)]
        if bad:
            raise ValueError(f"gold rows of another length than {len(fields)} fields: {bad}")
        self.letter = letter
        self.gold = gold
        self.fields = tuple(fields)
        #: whether a wrong ``inferred`` makes the source wrong (set z was scored without it)
        self.score_inferred = score_inferred and "inferred" in self.fields

    def expected(self, name: str) -> dict[str, object]:
        """The gold of page ``name`` by field name."""
        return dict(zip(self.fields, self.gold[name]))

    def pages(self, prefix: str) -> list[str]:
        """The pages of one set, sorted: ``pages("x1")`` gives ``x1_*.txt`` (not ``x10_*``)."""
        return sorted(n for n in self.gold if n.startswith(prefix + "_"))

    def sets(self) -> list[str]:
        """The sets of the family (``x1``, ``x10``, ``x2``, ...), sorted as strings."""
        return sorted({n.split("_")[0] for n in self.gold})

    def on_disk(self) -> list[str]:
        """The family's pages in the folder, sorted (a test compares them with the gold's)."""
        return on_disk(self.letter)

    def titles_not_on_pages(self) -> list[str]:
        """The pages whose gold title is not written on the page as it stands (a gold title is the page's own
        words, copied; a typo in the gold or an edit of the page shows here); pages without a gold title pass."""
        if "title" not in self.fields:
            return []
        return [name for name in sorted(self.gold) if isinstance(title := self.expected(name)["title"], str)
                and title not in (FOLDER / name).read_text(encoding="utf-8")]

    def title_tests(self) -> dict[str, Callable[..., None]]:
        """The test that every gold title is on its page, by name, for a line's module globals (lines l, sa, sb
        had a copy each)::

            globals().update(PAGES.title_tests())
        """
        def test_every_title_is_on_its_page() -> None:
            missing = self.titles_not_on_pages()
            assert not missing, missing

        return {test_every_title_is_on_its_page.__name__: test_every_title_is_on_its_page}

    def misses(self, names: Iterable[str]) -> list[Miss]:
        """Every one-value field a page of ``names`` gets wrong (and ``source_inferred`` when the
        gold names a source and its being inferred is wrong), then every set field that differs."""
        out = []
        for name in names:
            got, gold = extract(name), self.expected(name)
            for field in ONE_VALUE:
                if field in gold and comparison_key(field)(gold[field]) != comparison_key(field)(got[field]):
                    out.append(Miss(name, field, gold[field], got[field]))
            if self.score_inferred and gold.get("source") and gold["inferred"] != got["inferred"]:
                out.append(Miss(name, "source_inferred", gold["inferred"], got["inferred"]))
            for field in SET_FIELDS:
                if field in gold and not _same_set(gold[field], got[field], comparison_key(field)):
                    out.append(Miss(name, field, _shown(gold[field]), sorted(got[field])))
        return out

    def accuracy(self, names: Iterable[str], field: str) -> float:
        """Share of ``names`` whose ``field`` is right (a set field: the page's whole set)."""
        names = list(names)
        wrong = {m.name for m in self.misses(names)
                 if m.field == field or field == "source" and m.field == "source_inferred"}
        return 1 - len(wrong) / len(names)

    def counts(self, names: Iterable[str], field: str) -> tuple[int, int, int]:
        """(tp, fp, fn) of the set field ``field`` over ``names``, values compared by :func:`comparison_key`."""
        tp = fp = fn = 0
        for name in names:
            page = _match(self.expected(name)[field], extract(name)[field], comparison_key(field))
            tp, fp, fn = tp + page[0], fp + page[1], fn + page[2]
        return tp, fp, fn

    def f1(self, names: Iterable[str], field: str) -> float:
        """Micro F1 of the set field ``field`` over ``names`` (1.0 when gold and output are empty
        on every page)."""
        tp, fp, fn = self.counts(names, field)
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    def prf(self, names: Iterable[str], field: str) -> tuple[float, float, float]:
        """(precision, recall, F1) of the set field ``field`` over ``names``, as the
        ``*_AS_THEY_CAME`` figures are written (1.0 where nothing was to be found or given)."""
        tp, fp, fn = self.counts(names, field)
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0,
                2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)

    def scores(self, names: Iterable[str], accuracy: Sequence[str] = (),
               f1: Sequence[str] = ()) -> dict[str, float]:
        """The accuracy of each field in ``accuracy`` and the micro F1 of each in ``f1``, by name;
        with neither given, the accuracy of the one-value fields the gold has and the F1 of its set
        fields."""
        names = list(names)
        if not accuracy and not f1:
            accuracy = [f for f in ONE_VALUE if f in self.fields]
            f1 = [f for f in SET_FIELDS if f in self.fields]
        return {f: self.accuracy(names, f) for f in accuracy} | {f: self.f1(names, f) for f in f1}

    def figures(self, names: Iterable[str]) -> dict[str, object]:
        """A line's record, rounded to three places: the accuracy of each one-value field the gold has
        and the (P, R, F1) of each set field (``AS_THEY_CAME`` is written so)."""
        names = list(names)
        return {f: round(self.accuracy(names, f), 3) for f in ONE_VALUE if f in self.fields} \
            | {f: tuple(round(v, 3) for v in self.prf(names, f)) for f in SET_FIELDS if f in self.fields}

    def by_shape(self, names: Iterable[str], shapes: Mapping[str, str]) -> dict[str, dict[str, float]]:
        """Each site shape's figures over ``names`` (``shapes``: page -> shape), the accuracy of the
        one-value fields and the F1 of the set fields: the worst group is reported, not only the mean."""
        groups: dict[str, list[str]] = {}
        for name in names:
            groups.setdefault(shapes[name], []).append(name)
        return {shape: {f: round(v, 3) for f, v in self.scores(group).items()}
                for shape, group in sorted(groups.items())}

    def below(self, names: Iterable[str], floors: Mapping[str, object]) -> dict[str, tuple[object, object]]:
        """The fields whose figure over ``names`` (:meth:`figures`) is under its floor in ``floors``, with
        both: a one-value field's accuracy, or each of a set field's (P, R, F1) under the floor's. Empty
        when the line holds its record (``AS_THEY_CAME``, a round's after-rules figures)."""
        got = self.figures(names)
        return {field: (got[field], floor) for field, floor in floors.items() if not _at_least(got[field], floor)}

    def shapes_below(self, names: Iterable[str], shapes: Mapping[str, str],
                     worst: Mapping[str, tuple[str, float]]) -> dict[str, tuple[float, float]]:
        """The fields whose worst site-shape group (:meth:`by_shape`) is under its recorded worst
        (``worst``: field -> (shape, figure)), with both: the worst group may not fall, whichever it is."""
        groups = self.by_shape(names, shapes)
        low = {}
        for field, (_shape, floor) in worst.items():
            figure = min(scores[field] for scores in groups.values())
            if figure < floor - 1e-9:
                low[field] = (figure, floor)
        return low

    def check_gold(self) -> None:
        """Fail on a gold value of the wrong form: a title or source that is not a trimmed name, a date
        not ISO, ``inferred`` without a source, a set value that is not a name or names, or a body given twice."""
        for name in self.gold:
            gold = self.expected(name)
            for field in ("title", "place", "source"):
                value = gold.get(field)
                assert value is None or isinstance(value, str) and value and value.strip() == value, (name, field)
            assert gold.get("date") is None or re.fullmatch(r"\d{4}-\d\d-\d\d", gold["date"]), name  # type: ignore[arg-type]
            if "inferred" in gold:
                assert isinstance(gold["inferred"], bool) and (gold.get("source") or not gold["inferred"]), name
            for field in SET_FIELDS:
                values = gold.get(field, ())
                assert len({v if isinstance(v, str) else v[0] for v in values}) == len(values), (name, field)  # type: ignore[arg-type]
                for value in values:  # type: ignore[attr-defined]
                    names = (value,) if isinstance(value, str) else value
                    assert names and all(isinstance(n, str) and n and n.strip() == n for n in names), (name, value)

    def floor_tests(self, as_they_came: Mapping[str, Mapping[str, object]], shapes: Mapping[str, str],
                    worst: Mapping[str, tuple[str, float]]) -> dict[str, Callable[..., None]]:
        """The tests every line's file runs, by name, for its module's globals (pytest collects them there)::

            globals().update(PAGES.floor_tests(AS_THEY_CAME, SHAPES, WORST_AS_THEY_CAME))

        ``as_they_came``: each set's figures as the line came (:meth:`figures`) and the whole line's under
        ``"x1-x3"`` (first and last set); ``worst``: each field's worst site shape as it came. The floors: the
        loader may only read the line better than it first did, set by set and in its worst shape."""
        sets = self.sets()
        whole = f"{sets[0]}-{sets[-1]}"

        def names_of(key: str) -> list[str]:
            return sorted(self.gold) if key == whole else self.pages(key)

        def test_the_as_they_came_figures_are_recorded_for_every_set() -> None:
            assert set(as_they_came) == {*sets, whole}

        @pytest.mark.parametrize("key", [*sets, whole])
        def test_the_line_holds_its_figures_as_they_came(key: str) -> None:
            # floors: a change that reads these pages worse fails here (figures are recomputed, not copied)
            low = self.below(names_of(key), as_they_came[key])
            assert not low, low

        def test_no_site_shape_falls_below_its_worst_as_it_came() -> None:
            low = self.shapes_below(sorted(self.gold), shapes, worst)
            assert not low, low

        def test_every_page_has_its_gold_and_shape() -> None:
            assert self.on_disk() == sorted(self.gold) == sorted(shapes)

        def test_every_gold_value_is_a_name_or_names() -> None:
            self.check_gold()

        return {test.__name__: test for test in (
            test_the_as_they_came_figures_are_recorded_for_every_set, test_the_line_holds_its_figures_as_they_came,
            test_no_site_shape_falls_below_its_worst_as_it_came, test_every_page_has_its_gold_and_shape,
            test_every_gold_value_is_a_name_or_names)}

    def blind_tests(self, shapes: Mapping[str, str], as_they_came: Mapping[str, object],
                    worst: Mapping[str, tuple[str, float]],
                    after: Mapping[str, Mapping[str, object]] | None = None) -> dict[str, Callable[..., None]]:
        """The tests of a blind line's file (one measurement of the whole line, lines n, o, aa, ab), by name, for its
        module's globals::

            globals().update(PAGES.blind_tests(SHAPES, AS_THEY_CAME, AS_THEY_CAME_BY_SHAPE, {"session_10": AFTER}))

        ``as_they_came``: the pooled figures (:meth:`figures`) as the line came, empty until it is measured (its
        floor tests skip until then); ``worst``: each field's worst site shape as it came; ``after``: later
        figures kept as floors, by the moment they were taken (``test_the_line_holds_its_figures_after_<key>``)."""
        names = sorted(self.gold)
        unmeasured = pytest.mark.skipif(not as_they_came, reason=f"line {self.letter} not measured yet")

        def test_pages_on_disk_are_the_gold() -> None:
            assert self.on_disk() == names

        def test_every_page_has_a_shape() -> None:
            assert sorted(shapes) == names

        def test_gold_is_well_formed() -> None:
            self.check_gold()

        @unmeasured
        def test_pooled_figures_not_below_as_they_came() -> None:
            # the loader may only get better on these pages than it was when they were first measured
            assert self.below(names, as_they_came) == {}

        @unmeasured
        def test_worst_shape_not_below_as_it_came() -> None:
            assert self.shapes_below(names, shapes, worst) == {}

        tests = [test_pages_on_disk_are_the_gold, test_every_page_has_a_shape, test_gold_is_well_formed,
                 test_pooled_figures_not_below_as_they_came, test_worst_shape_not_below_as_it_came]
        for key, floors in (after or {}).items():
            def test_after(floors: Mapping[str, object] = floors) -> None:
                low = self.below(names, floors)
                assert not low, low
            test_after.__name__ = f"test_the_line_holds_its_figures_after_{key}"
            tests.append(test_after)
        return {test.__name__: test for test in tests}

    @staticmethod
    def worst(by_shape: Mapping[str, Mapping[str, float]]) -> dict[str, tuple[str, float]]:
        """Each field's worst site shape and its figure in :meth:`by_shape`'s result (ties: the first shape by name)."""
        fields = next(iter(by_shape.values()))
        return {f: min(((shape, s[f]) for shape, s in by_shape.items()), key=lambda p: (p[1], p[0])) for f in fields}

    def blind_main(self, argv: Sequence[str], shapes: Mapping[str, str]) -> None:
        """A blind line's ``if __name__ == "__main__"`` (the measurement): each set's misses (``argv``: set names,
        none for all), the pooled figures, each shape's and the worst, then the ``AS_THEY_CAME`` lines to record."""
        names = sorted(self.gold)
        self.report(argv)
        print()
        print("pooled", len(names), "pages:", self.figures(names))
        groups = self.by_shape(names, shapes)
        counts = {shape: sum(1 for n in names if shapes[n] == shape) for shape in groups}
        for shape, scores in groups.items():
            print(f"  {shape} ({counts[shape]}):", scores)
        worst = self.worst(groups)
        print("worst shape per field:", {f: (s, v, counts[s]) for f, (s, v) in worst.items()})
        print()
        print("AS_THEY_CAME =", self.figures(names))
        print("AS_THEY_CAME_BY_SHAPE =", worst)

    def main(self, argv: Sequence[str], shapes: Mapping[str, str], f1: Sequence[str] = ()) -> None:
        """A line file's ``if __name__ == "__main__"``: ``--groups`` prints the pooled figures and each site
        shape's; set names (none: every set) print each set's figures, then :meth:`report`."""
        if list(argv) == ["--groups"]:
            everything = sorted(self.gold)
            print("pooled", self.figures(everything))
            for shape, figures in self.by_shape(everything, shapes).items():
                print("   ", shape, figures)
            return
        for prefix in argv or self.sets():
            print(prefix, self.figures(self.pages(prefix)))
        self.report(argv, f1=f1)

    def report(self, prefixes: Sequence[str], accuracy: Sequence[str] = (), f1: Sequence[str] = ()) -> None:
        """Print each set's figures (``scores``) and misses; every set when ``prefixes`` is empty.
        For a file's ``if __name__ == "__main__"``: figures are measured with it, once per set."""
        for prefix in prefixes or self.sets():
            names = self.pages(prefix)
            print(prefix, len(names), {k: round(v, 3) for k, v in self.scores(names, accuracy, f1).items()})
            for miss in self.misses(names):
                print("   ", *miss, sep=" | ")
