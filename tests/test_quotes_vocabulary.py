"""Tests for newscorpus.quotes.vocabulary: the word classes of speakers and phrases."""

from __future__ import annotations

import pytest

from newscorpus.quotes.vocabulary import DETERMINERS, FUNCTION, abbreviation, verb_like


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
