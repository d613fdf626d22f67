"""Tests for newscorpus.dates.prefixes: which rules may match, from the first characters."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.dates.patterns import RULE_PATTERNS
from newscorpus.dates.prefixes import _ASCII_SYMBOLS, KEY_LENGTH, PrefixIndex, _beginnings, symbol

INDEX = PrefixIndex([p.pattern for p in RULE_PATTERNS], re.VERBOSE)

TOKENS = st.sampled_from(
    [
        "the",
        "The",
        "THE",
        "past",
        "last",
        "next",
        "a",
        "an",
        "few",
        "several",
        "more",
        "than",
        "two",
        "twenty-five",
        "3",
        "12",
        "1,000",
        "5 1/2",
        "1998",
        "'90s",
        "’90s",
        "mid-1990s",
        "May",
        "Sept.",
        "Friday",
        "FRIDAY",
        "Dec.",
        "7th",
        "of",
        "day",
        "days",
        "week",
        "year-long",
        "ago",
        "later",
        "every",
        "each",
        "twice",
        "times",
        "morning",
        "tonight",
        "now",
        "fall",
        "third",
        "quarter",
        "Q3",
        "H2",
        "FY",
        "fiscal",
        "6:30",
        "p.m.",
        "10 a.m.",
        "noon",
        "o'clock",
        "2023-12-07",
        "12/7/2023",
        "Christmas",
        "Day",
        "ſ",
        "é",
        "٣",
        "\u00a0",
        ",",
        ".",
        "-",
        "–",
        "(",
        "company",
    ]
)


def _rules_matching(text: str, pos: int) -> list[int]:
    return [n for n, p in enumerate(RULE_PATTERNS) if p.match(text, pos)]


@settings(max_examples=400, deadline=None)
@given(st.lists(TOKENS, max_size=12), st.sampled_from([" ", "  ", "\n", "", "\t"]))
def test_every_rule_that_matches_is_a_candidate(tokens: list[str], sep: str) -> None:
    text = sep.join(tokens)
    for pos in range(len(text)):
        candidates = INDEX.candidates(text, pos)
        assert set(_rules_matching(text, pos)) <= set(candidates), (text, pos)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_every_rule_that_matches_arbitrary_text_is_a_candidate(text: str) -> None:
    for pos in range(len(text)):
        assert set(_rules_matching(text, pos)) <= set(INDEX.candidates(text, pos))


def test_rules_on_prose(seed_text: str) -> None:
    for pos in range(len(seed_text)):
        assert set(_rules_matching(seed_text, pos)) <= set(INDEX.candidates(seed_text, pos))


def test_most_word_starts_need_few_rules() -> None:
    assert INDEX.candidates("the dog barked", 0) == ()
    assert len(INDEX.candidates("the past year", 0)) < len(RULE_PATTERNS) // 3


def test_candidates_keep_the_order_of_the_rules() -> None:
    index = PrefixIndex([r"Fri", r"Friday", r"F"])
    assert index.candidates("Friday", 0) == (0, 1, 2)
    assert index.candidates("Fred", 0) == (2,)


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"(?i:may)", "MAY", True),
        (r"May", "may", True),  # case folds: an over-approximation
        (r"a{2,3}b", "aab", True),
        (r"a{2,3}b", "ab", False),
        (r"(?:x?)*y", "y", True),  # a body that may match nothing
        (r"(?<!\w)day", "day", True),  # lookarounds are assumed to hold
        (r"\d+\s+days", "7\u00a0days", True),
        (r"\d+", "٣", True),  # a digit outside ASCII
        (r"(?i:s)un", "ſun", True),  # "ſ" folds to "s"
        (r"(?i:k)ey", "\u212aey", True),  # the Kelvin sign folds to "k"
        (r"[^x]y", "zy", True),  # a negated class: anything may follow
        (r".ay", "day", True),
        pytest.param(
            r"(?>ab)c",
            "abc",
            True,
            marks=pytest.mark.skipif(
                sys.version_info < (3, 11), reason="atomic groups came to re in Python 3.11"
            ),
        ),
        (r"to", "t", True),  # the text ends: it may be the beginning of a match
        (r"t", "x", False),
        (r"a b", "ab", False),  # verbose mode only when the flags say so
    ],
)
def test_listing(pattern: str, text: str, expected: bool) -> None:
    assert bool(re.match(pattern, text)) <= bool(PrefixIndex([pattern]).candidates(text, 0))
    assert bool(PrefixIndex([pattern]).candidates(text, 0)) == expected


def test_verbose_flags() -> None:
    index = PrefixIndex([r"a \s b  # comment"], re.VERBOSE)
    assert index.candidates("a b", 0) == (0,)
    assert index.candidates("ab", 0) == ()


def test_long_keys_are_cut() -> None:
    index = PrefixIndex([r"abcdefghij"])
    assert index.candidates("abcdefXXXX", 0) == (0,)  # only KEY_LENGTH characters are read
    assert KEY_LENGTH == 6


def test_symbols() -> None:
    assert [symbol(c) for c in "A9 \t-’"] == ["a", "0", " ", " ", "-", "’"]
    assert symbol("é") is None


def test_ascii_keys_are_read_as_symbol_reads_them() -> None:
    # The lookup folds an ASCII key with one str.translate: the same classes as symbol.
    assert all(chr(c).translate(_ASCII_SYMBOLS) == symbol(chr(c)) for c in range(128))


@given(st.dictionaries(st.text("ab0 ", max_size=KEY_LENGTH), st.integers(1, 7), max_size=20))
def test_beginnings_are_every_beginning_of_a_stop_string(stops: dict[str, int]) -> None:
    expected: dict[str, int] = {}
    for s, mask in stops.items():
        for size in range(len(s) + 1):
            expected[s[:size]] = expected.get(s[:size], 0) | mask
    assert _beginnings(stops) == expected
