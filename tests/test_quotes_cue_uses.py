"""Tests for newscorpus.quotes.cue_uses: which cue words are cues where they stand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.quotes import cue_uses
from newscorpus.quotes.cue_uses import used_as_cue
from newscorpus.quotes.cues import Cue, find_cues


def uses(text: str) -> dict[str, bool]:
    return {text[c.start : c.end]: used_as_cue(text, c) for c in find_cues(text)}


@pytest.mark.parametrize(
    ("text", "word", "used"),
    [
        ("Lund said the port was safe.", "said", True),
        ("The report was late.", "report", False),  # a noun after a determiner
        ("It is hard to say what went wrong.", "say", False),  # an idiom
        ("The index added 0.4 percent.", "added", False),  # a sum
        ("Lund added 15 points and eight rebounds.", "added", False),
        ("Lund added that 15 boats had been seized.", "added", True),
        ("The index rose 12.5 points to 1,610.", "points to", False),  # the noun of a sum
        ("Experts point to the widening gap.", "point to", True),
        ("A source who asked not to be identified spoke.", "asked", False),  # anonymity
        ("She asked whether the port was safe.", "asked", True),
        ("The daily rocket attacks on towns went on.", "attacks", False),  # a noun
        ("Lund attacks the plan as reckless.", "attacks", True),
        ("The book by Edward Said sold well.", "Said", False),  # a name inside a sentence
    ],
)
def test_used_as_cue(text: str, word: str, used: bool) -> None:
    assert uses(text)[word] is used


# Owners, adjectives (listed, by ending, or neither) and blanks before a cue word.
adjective_pieces = st.sampled_from(
    ["his", "the", "Trump’s", "recent", "reckless", "dubious", "offensive", "public", "new",
     "bold", "big", "Reckless", " ", "\t", "\xa0", "\n", ",", "x" * 45]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(adjective_pieces, max_size=12), st.sampled_from(["", " ", "\xa0 "]))
def test_an_owned_adjective_ends_as_the_cheap_test_expects(parts: list[str], gap: str) -> None:
    text = " ".join(parts) + gap + "remarks"
    pos = len(text) - len("remarks")
    j = len(text[:pos].rstrip(" \t\xa0"))
    lo = max(0, pos - 40)
    if cue_uses._OWNED_ADJECTIVE.search(text, lo, pos) is not None:
        assert j < pos
        assert text.endswith(cue_uses._ADJECTIVE_ENDINGS, lo, j)


def _every_filter(text: str, cue: Cue) -> bool:
    """used_as_cue with every filter asked, none skipped by its cheap precondition."""
    return not (
        cue_uses._noun_use(text, cue)
        or cue_uses._capital_inside(text, cue)
        or cue_uses._say_idiom(text, cue)
        or cue_uses._sums(text, cue)
        or cue_uses._asks_anonymity(text, cue)
    )


# Cue words of every filter, in both cases, and the words around them that make each fire.
cue_pieces = st.sampled_from(
    ["said", "Said", "say", "says", "to", "hard", "added", "Added", "adds", "0.4", "percent",
     "points", "point", "asked", "Asked", "not", "be", "identified", "declined", "named",
     "requested", "anonymity", "the", "Lund", "Edward", ".", ",", "12.5", "rose", "reports",
     "report", "attacks", "on", "“", "”", "\n"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(cue_pieces, max_size=14))
def test_filters_skipped_by_lemma_or_case_never_apply(parts: list[str]) -> None:
    text = " ".join(parts)
    for cue in find_cues(text):
        assert used_as_cue(text, cue) is _every_filter(text, cue)
