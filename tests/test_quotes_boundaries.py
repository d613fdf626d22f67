"""Tests for newscorpus.quotes.boundaries: where reported content ends."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import extract_quotes
from newscorpus.quotes import boundaries
from newscorpus.quotes.boundaries import content_end, trim
from quote_context import context


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("He said the war could spread; markets fell.", "the war", "the war could spread"),
        ("He said taxes would rise, while critics disagreed.", "taxes", "taxes would rise"),
        ("He said it was over, adding that more was coming.", "it was", "it was over"),
        ("She said it works, the minister said.", "it works", "it works"),
        ("He said rates would fall, engaging critics.", "rates", "rates would fall"),
        ("He said “we won; they lost,” and left.", "“we", "“we won; they lost,” and left"),
        (  # a modal main clause after the comma goes on; "would say so" attributes
            "He said if it were a stock, he would advise buying it.",
            "if it",
            "if it were a stock, he would advise buying it",
        ),
        ("He said if they met, neither would say so.", "if they", "if they met"),
    ],
)
def test_content_end(text: str, start: str, expected: str) -> None:
    ctx = context(text)
    begin = text.index(start)
    assert text[begin : content_end(ctx, begin, len(text))] == expected


def test_content_stops_before_a_conjunction_and_another_attribution() -> None:
    text = "He said taxes would rise and Democrats accused the party of lying."
    ctx = context(text)
    begin = text.index("taxes")
    assert text[begin : content_end(ctx, begin, len(text))] == "taxes would rise"


def test_long_content_stops_at_its_first_cut() -> None:
    text = "He said " + "the plan works " * 30 + "; markets fell."
    ctx = context(text)
    begin = text.index("the plan")
    assert text[content_end(ctx, begin, len(text)) :] == " ; markets fell."


def test_content_stops_at_most_max_content_characters_on() -> None:
    text = "He said " + "a " * boundaries.MAX_CONTENT + "."
    ctx = context(text)
    begin = text.index("a ")
    assert content_end(ctx, begin, len(text)) <= begin + boundaries.MAX_CONTENT


# Pieces of sentences dense in cues, commas and conjunctions, where the indexed
# searches (long content, many cues) replace the direct ones.
pieces = st.sampled_from(
    [
        "he said", "she added", "Smith said", "agreed", "told", ",", ", and", " and", " but",
        "and but", ";", ", while", ", adding", "the plan", "taxes", "“", "”", "would rise",
        ".", " ", "  ", "officials say", ", according to", "Jones", "was", "could",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=120))
def test_indexed_searches_find_what_the_direct_ones_find(parts: list[str]) -> None:
    text = " ".join(parts)
    expected = extract_quotes(text)
    many, long = boundaries._MANY, boundaries._LONG
    try:
        boundaries._MANY = boundaries._LONG = 1  # index every search
        assert extract_quotes(text) == expected
    finally:
        boundaries._MANY, boundaries._LONG = many, long


def test_trim_keeps_punctuation_inside_quotation_marks() -> None:
    assert trim("it was over. ", 0, 13) == 11
    assert trim("“over.”", 0, 7) == 7


cut_pieces = st.sampled_from(
    [",", ";", "”", '"', "’", " ", "\n", "a", "while", "but", "however", "could", "adding",
     "including", "quickly", "even though", "and"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(cut_pieces, max_size=30).map("".join), st.integers(0, 8), st.integers(0, 8))
def test_first_cut_is_the_first_match_of_the_cut_pattern(text: str, lo: int, cut: int) -> None:
    hi = max(lo, len(text) - cut)
    found = boundaries._CUT.search(text, lo, hi)
    assert boundaries._first_cut(text, lo, hi) == (found.start() if found else -1)


# Words after a comma that open a cut or nearly do, in several cases and scripts, with
# the spaces the pattern reads and those it does not (a control character).
word_pieces = st.sampled_from(
    [",", ", ", ",\xa0", ",\x1c", ",”", "” ", " ", "saying", "SAYING", "sayings", "Sayingé",
     "quickly", "Quickly", "compared", "Compared", " to", "while", "WHILE", "whilst", "but",
     "butter", "yet", "however", "even", " though", "İNG", "ıng", "ſ", "é", "5", "_", "the"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(word_pieces, max_size=20).map("".join), st.integers(0, 6))
def test_the_word_after_a_comma_rules_out_no_cut(text: str, cut: int) -> None:
    hi = max(0, len(text) - cut)
    for pos in range(hi):
        if boundaries._CUT.match(text, pos, hi) is not None and text[pos] != ";":
            spaces = pos + 1 if text[pos] == "," else pos  # after a comma and a mark
            assert boundaries._may_cut(text, spaces, hi)
