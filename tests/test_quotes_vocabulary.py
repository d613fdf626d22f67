"""Tests for newscorpus.quotes.vocabulary: the word classes of speakers and phrases."""

from __future__ import annotations

import pytest

from newscorpus.quotes.vocabulary import (
    DAY_AFTER_CUE,
    DETERMINERS,
    FUNCTION,
    abbreviation,
    verb_like,
)


@pytest.mark.parametrize("word", ["said", "announced", "could", "demands"])
def test_verb_like(word: str) -> None:
    assert verb_like(word)


@pytest.mark.parametrize("word", ["minister", "voters", "the"])
def test_not_verb_like(word: str) -> None:
    assert not verb_like(word)


def test_abbreviations_inside_names() -> None:
    assert [abbreviation(w) for w in ("Mr", "J", "U.S", "Senator", "mr")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_word_classes_are_read_from_the_data_files() -> None:
    assert "the" in DETERMINERS
    assert "of" in FUNCTION


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (" on Tuesday Tom Ruiz", " on Tuesday"),
        (" Monday night Brad Lee", " Monday night"),
        (" Saturday the board's right", " Saturday"),
        (" May Lee", None),  # a month may be a first name
        (" Tuesday.", None),  # no word after it
    ],
)
def test_day_after_cue(text: str, day: str | None) -> None:
    found = DAY_AFTER_CUE.match(text)
    assert (found[0] if found else None) == day
