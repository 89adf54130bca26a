"""``mentions._TYPE_HINT`` (a cheap pre-check on the whole page) must find every word ``mentions._TYPE_NOUN``
(the common noun of a body's kind: NGO, association, organisation, outlet) can match: when the hint misses a
noun, ``find_mentions`` never runs ``find_bodies_by_type`` on a page whose only such noun is that one, and the
body named after it is lost. The two patterns are kept in step by hand; this test holds them.

The words are every string ``_TYPE_NOUN`` matches, read from Python's own parse of the pattern (not a third
list written here): each alternative with each of its character classes' letters and with and without each
optional part (the elided article ``l'``/``d'``, a plural ``s``); the spaces after the noun count once.
"""
from __future__ import annotations

import itertools
from typing import Any, Iterator

import pytest

from osce_kg.loader.extract import mentions
from osce_kg.loader.extract.mentions import find_mentions
from osce_kg.loader.reference import reference

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: ``+`` and ``*`` repeats are taken at their least (at least once for ``+``): the language is finite then
UNBOUNDED = sre_constants.MAXREPEAT


def strings(items: Any) -> Iterator[str]:
    """Every string the parsed pattern ``items`` (a sequence of (op, argument)) matches, with unbounded
    repeats taken at their least count (once for ``+``); look-arounds match the empty string."""
    parts = [list(_one(op, arg)) for op, arg in items]
    for combination in itertools.product(*parts):
        yield "".join(combination)


def _one(op: Any, arg: Any) -> Iterator[str]:
    c = sre_constants
    if op is c.LITERAL:
        yield chr(arg)
    elif op is c.IN:
        yield from _class(arg)
    elif op is c.BRANCH:
        for alternative in arg[1]:
            yield from strings(alternative)
    elif op is c.SUBPATTERN:
        yield from strings(arg[-1])
    elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, body = arg
        counts = [low] if high is UNBOUNDED else range(low, high + 1)
        for count in counts:
            for combination in itertools.product(*[list(strings(body))] * count):
                yield "".join(combination)
    elif op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        yield ""
    else:
        raise AssertionError(f"the pattern uses {op}, which this test does not expand: extend it")


def _class(items: Any) -> Iterator[str]:
    c = sre_constants
    for op, arg in items:
        if op is c.LITERAL:
            yield chr(arg)
        elif op is c.RANGE:
            yield from (chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            raise AssertionError(f"the class uses {op}, which this test does not expand: extend it")


NOUNS = sorted(set(strings(sre_parse.parse(mentions._TYPE_NOUN.pattern, mentions._TYPE_NOUN.flags))))


def test_the_expansion_is_the_nouns_pattern() -> None:
    """The words read from the parse are what ``_TYPE_NOUN`` matches whole (the expansion is not vacuous)."""
    assert len(NOUNS) > 50
    assert {"NGO ", "outlet ", "l'ONG ", "organisation ", "udruženja "} <= set(NOUNS)
    for word in NOUNS:
        assert mentions._TYPE_NOUN.fullmatch(word), word


def test_every_noun_of_a_kind_is_found_by_the_hint() -> None:
    missed = [word for word in NOUNS if not mentions._TYPE_HINT.search(word)]
    assert missed == [], f"_TYPE_HINT misses {len(missed)} words _TYPE_NOUN reads"


@pytest.mark.parametrize("text, language, organization", [
    # the nouns the hint missed: British "organisation", Slovak "organizácia"
    ("Observers from the organisation Kylym Shamy were there.", "en", "Kylym Shamy"),
    ("Voľby sledovala aj organizácia Priatelia Zeme, uviedla agentúra.", "sk", "Priatelia Zeme"),
])
def test_a_body_named_after_a_noun_the_hint_missed_is_read(text: str, language: str, organization: str) -> None:
    assert organization in find_mentions(text, reference(), language).organizations

