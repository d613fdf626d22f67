"""Tests for newscorpus.quotes.tokens: the tokens of a window of text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.quotes.tokens import span_back, span_of, start_of, tokens, words


def test_tokens() -> None:
    text = "U.S. AT&T, Russia’s “TASS”—it’s"
    assert [text[s:e] for s, e in tokens(text, 0, len(text))] == [
        "U.S",
        ".",
        "AT&T",
        ",",
        "Russia’s",
        "“",
        "TASS",
        "”",
        "—",
        "it’s",
    ]


def test_a_number_with_thousands_is_one_token() -> None:
    text = "seat 250,000 fans, 12, 345 and 1,2345"
    assert words(text, 0, len(text)) == [
        "seat", "250,000", "fans", ",", "12", ",", "345", "and", "1", ",", "2345"
    ]  # fmt: skip


def test_a_left_single_mark_inside_a_word_is_an_apostrophe() -> None:
    text = "Lund‘s plan, ‘not yet’"
    assert words(text, 0, len(text)) == ["Lund‘s", "plan", ",", "‘", "not", "yet", "’"]


# Beyond ASCII too: digits and numbers that are not decimal ("²", "½"), and characters
# that both str.split and the pattern's \s take for white space ("\x1c", "\u2028").
any_text = st.text(
    alphabet=st.sampled_from(list("ab Z1._-'’‘&,“”\n\t\xa0é²½\x1c\u2028")), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(any_text, st.integers(0, 60), st.integers(0, 60))
def test_words_are_the_tokens_and_their_offsets_are_found_again(
    text: str, lo: int, hi: int
) -> None:
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    spans = tokens(text, lo, hi)
    found = words(text, lo, hi)
    assert found == [text[s:e] for s, e in spans]
    for k in range(len(found)):
        assert start_of(text, lo, found, k) == spans[k][0]
        for j in range(k + 1):
            assert span_back(text, lo, hi, found, j, k) == (spans[j][0], spans[k][1])
            assert span_of(text, lo, found, j, k) == (spans[j][0], spans[k][1])
