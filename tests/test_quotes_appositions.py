"""Tests for newscorpus.quotes.appositions: appositions and titles inside a speaker's phrase."""

from __future__ import annotations

import pytest

from newscorpus.quotes.appositions import (
    apposition,
    inside_apposition,
    is_mark,
    name_only,
    object_of,
    opening_parenthesis,
    title_opening,
    unnamed,
)
from newscorpus.quotes.tokens import words


def toks(text: str) -> list[str]:
    return words(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "lo", "hi", "expected"),
    [
        ("Smith, the minister, said", 2, 4, True),
        ("Smith, a lawyer who led the team, said", 2, 8, True),
        ("Reyes, after the story broke, said", 2, 6, True),
        ("Lee, the losses would grow, said", 2, 6, False),
        ("Lee, and the meeting ended, said", 2, 6, False),
    ],
)
def test_apposition(text: str, lo: int, hi: int, expected: bool) -> None:
    assert apposition(toks(text), lo, hi) is expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Dana Reyes, 41, of Dayton, Ohio, said", (3, 3), True),  # an age
        ("Dana Reyes, 41, of Dayton, Ohio, said", (6, 6), True),  # after "of"
        ("Dana Reyes, 41, of Dayton, Ohio, said", (8, 8), True),  # a place's state
        ("Dana Reyes, 41, of Dayton, Ohio, said", (0, 1), False),  # the speaker
    ],
)
def test_inside_apposition(text: str, found: tuple[int, int], expected: bool) -> None:
    assert inside_apposition(toks(text), found) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz", True),
        ("Gov. Ana Ruiz (D-Ohio)", True),
        ("Ruiz", False),  # one word
        ("the mayor Ana Ruiz", False),  # a lower-case word
        ("Ana Maria de la Cruz Ruiz", False),  # too long
    ],
)
def test_name_only(text: str, expected: bool) -> None:
    words_ = toks(text)
    assert name_only(words_, 0, len(words_)) is expected


def test_unnamed_and_object_of() -> None:
    assert unnamed(["a", "third", "voter"], (0, 2))
    assert not unnamed(["Sen.", "Ana", "Ruiz"], (0, 2))
    assert object_of(["after", "winning", "Ohio"], 2)
    assert object_of(["in", "Berea"], 1)
    assert not object_of(["the", "mayor"], 1)
    assert not object_of(["Ohio"], 0)


def test_opening_parenthesis() -> None:
    assert opening_parenthesis(toks("Sen. Lee (R-Ohio)"), 5) == 3
    assert opening_parenthesis(toks("Sen. Lee R-Ohio)"), 4) == -1  # none opens it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the author of “Quiet Waters,”", 3),
        ("the author of ''Quiet Waters,''", 3),
        ('the author of "Quiet Waters,"', 3),
        ("the author of “a book on rumours,”", -1),  # words, not a title
    ],
)
def test_title_opening(text: str, expected: int) -> None:
    words_ = toks(text)
    assert title_opening(words_, len(words_) - 1) == expected


def test_is_mark() -> None:
    assert is_mark(["“", "No"], 0)
    assert is_mark(["'", "'", "No"], 1)
    assert not is_mark(["Reyes", "'", "campaign"], 1)  # a possessive's apostrophe
