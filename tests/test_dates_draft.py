"""Tests for newscorpus.dates.draft: the context handlers share, and amounts and units."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.dates.draft import _WORD_BEFORE, MODS, Context, amount, ordinal, unit_of
from newscorpus.dates.model import TimexMod


def test_words_around_a_position() -> None:
    text = "He met Mrs May, and the People's Daily said so."
    ctx = Context(text, None)
    assert ctx.word_before(text.index("May")) == "mrs"
    assert ctx.word_before(text.index("Daily"), lower=False) == "People's"
    assert ctx.word_after(text.index("May") + 3) == "and"
    assert ctx.word_before(0) == ""
    assert ctx.word_after(len(text)) == ""


#: Words, breaks and letters outside ASCII, in runs that reach across the 30 characters
#: word_before reads.
_PIECES = st.sampled_from(
    [
        *["said", "People's", "don’t", "a", "x1", "Antidisestablishmentarianism", "3"],
        *["_", "é", " ", "  ", ", ", ".", "\n", "'", "’", "—", "("],
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=20), st.data())
def test_word_before_is_the_leftmost_match_of_its_pattern(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)  # what the faster reading must give
    assert Context(text, None).word_before(pos, lower=False) == (m[1] if m else "")


def test_base_is_the_previous_date_then_the_reference() -> None:
    ctx = Context("", datetime.date(2023, 12, 8))
    assert ctx.base() == ((datetime.date(2023, 12, 8), "day"), "reference")
    ctx.remember((datetime.date(2023, 10, 3), "day"), 10)
    assert ctx.base() == ((datetime.date(2023, 10, 3), "day"), "previous")
    assert Context("", None).base() == (None, "none")


def test_near_previous_stays_in_the_paragraph() -> None:
    text = "On Oct. 3 it began.\n\nAt 6 p.m. it ended."
    ctx = Context(text, None)
    ctx.remember((datetime.date(2023, 10, 3), "day"), text.index(" it began"))
    assert not ctx.near_previous(text.index("6 p.m."))
    assert ctx.near_previous(text.index("it began"))


@pytest.mark.parametrize(
    ("text", "value"),
    [(None, 1), ("two and a half", 2.5), ("several", None), ("1,000", 1000), ("a", 1)],
)
def test_amount(text: str | None, value: float | None) -> None:
    assert amount(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("third", 3), ("21st", 21), ("twenty-first", 21), ("Nineteenth", 19), ("many", None)],
)
def test_ordinal(text: str, value: int | None) -> None:
    assert ordinal(text) == value


def test_unit_of() -> None:
    assert unit_of("Decades") == (10, "Y", False)
    assert unit_of("minutes") == (1, "M", True)
    assert unit_of("month") == (1, "M", False)
    assert unit_of("fortnight") == (2, "W", False)


def test_modifiers() -> None:
    assert MODS["more than"] is TimexMod.MORE_THAN
    assert MODS["the end of"] is TimexMod.END
