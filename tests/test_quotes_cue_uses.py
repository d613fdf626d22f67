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
        ("Rules on press freedom were eased.", "press", False),  # a compound noun
        ("The index posted solid gains.", "posted", False),  # a result, not a post online
        ("The firm posted a 2.6 billion dollar loss.", "posted", False),
        ("Lee posted a video about the loss.", "posted", True),
        ("It set a value added tax of 13 percent.", "added", False),  # a compound adjective
        ("The admiral added another facet to his job.", "added", False),  # adds to something
        ("Deficits would add up to $1.5 trillion.", "add", False),
        ("Ana Ruiz added to reporters that it was over.", "added", True),  # a listener
        ("He added the plan would go to a vote.", "added", True),  # a clause
        ("Gunmen attacked his convoy in the city.", "attacked", False),  # with weapons
        ("She attacked the plan as reckless.", "attacked", True),
        ("Unions will press the board to act.", "press", True),
        ("In 2001 rail operators began running night trains.", "rail", False),
        ("Critics rail against the plan.", "rail", True),
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
        or cue_uses._physical_attack(text, cue)
    )


# Phrases that make each filter fire, and cue words in both cases with words around them.
cue_pieces = st.sampled_from(
    ["It is hard to say", "The index added 0.4 percent", "Lund added 15 points",
     "a value added tax", "sales adds up to", "rose 12.5 points to 1,610", "experts point to",
     "who asked not to be identified", "declined to be named", "The index posted solid gains",
     "Gunmen attacked his convoy", "Lund attacks the plan", "Edward Said wrote", "Said Lund,",
     "said", "Said", "say", "says", "to", "added", "Added", "posted", "Posted", "asked",
     "Asked", "attacked", "Attacked", "the", "Lund", ".", ",", "“", "”", "\n"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(cue_pieces, max_size=14))
def test_filters_skipped_by_lemma_or_case_never_apply(parts: list[str]) -> None:
    text = " ".join(parts)
    for cue in find_cues(text):
        assert used_as_cue(text, cue) is _every_filter(text, cue)
