"""Tests for newscorpus.quotes.content: the bounds of reported content, and keeping it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newscorpus.quotes.content import (
    _SECOND_WORD,
    WORD,
    add_content,
    comma_before,
    first_word,
    has_words,
    opening,
    reach,
)
from newscorpus.quotes.cues import find_cues
from quote_context import context


def test_opening_steps_back_over_an_opening_mark_and_past_a_dateline() -> None:
    text = "WASHINGTON (AP) — “Rents rose,” she said."
    assert text[opening(text, 0, len(text)) :].startswith("“Rents rose")


def test_comma_before_skips_spaces_only() -> None:
    text = "Rents rose,  she said"
    assert comma_before(text, 0, text.index("she")) == text.index(",")
    assert comma_before(text, 0, text.index("rose")) is None


def test_reach_stops_after_a_line_that_ends_with_a_colon() -> None:
    text = "Mayor cuts staff:\nWin or lose, candidate says"
    assert text[reach(text, 0, len(text)) :].startswith("Win or lose")


def test_add_content_needs_two_words_and_not_the_speaker() -> None:
    text = "The mayor said yes. The mayor said the road will reopen."
    ctx = context(text)
    first, second = find_cues(text)
    speaker = (0, len("The mayor"))
    assert not add_content(ctx, text.index("yes"), text.index("."), speaker, first, 0)
    start = text.index("the road")
    assert add_content(ctx, start, len(text) - 1, (20, 29), second, 1)
    assert [(text[d.start : d.end], d.kind.value) for d in ctx.drafts] == [
        ("the road will reopen", "indirect")
    ]


@given(st.text(alphabet="ab1 \xa0.,’-éΩ", max_size=12), st.integers(0, 3))
def test_has_two_words_as_the_pattern_tells(rest: str, cut: int) -> None:
    # the string tests before the pattern tell what it would: a second word follows the first
    text = "x" + rest
    end = max(1, len(text) - cut)
    assert has_words(text, 0, end, 2) is (_SECOND_WORD.match(text, 0, end) is not None)


@given(
    st.text(alphabet=st.sampled_from(" \xa0\tab1é,.’\u0301²")), st.integers(0, 4), st.integers(0, 4)
)
def test_the_first_word_is_the_first_match_of_the_word_pattern(
    text: str, lo: int, cut: int
) -> None:
    hi = max(lo, len(text) - cut)
    found = WORD.search(text, lo, hi)
    assert first_word(text, lo, hi) == (found.start() if found else -1)
