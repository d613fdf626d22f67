"""Tests for newscorpus.dates.scan: the trie, the anchors, and the anchored scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.dates.patterns import TIMEX
from newscorpus.dates.scan import (
    _STARTER_AFTER_ASCII_BREAK,
    _STARTER_AFTER_BREAK,
    ANCHOR,
    STARTER,
    anchors,
    matches,
    trie,
)
from temporal_words import TEMPORAL_WORDS


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=8), min_size=1, max_size=30))
def test_trie_matches_exactly_its_words(words: list[str]) -> None:
    pattern = re.compile("(?:" + trie(words) + r")\Z")
    for word in words:
        assert pattern.match(word)
    assert not pattern.match("zz")


def test_trie_prefers_the_longest_word() -> None:
    assert re.match(trie(["Jan", "January"]), "January").group() == "January"  # type: ignore[union-attr]


@settings(max_examples=500, deadline=None)
@given(st.lists(TEMPORAL_WORDS, max_size=40), st.sampled_from([" ", "  ", "\n"]))
def test_anchored_scan_finds_what_a_full_scan_finds(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert [m.span() for m in matches(text)] == [m.span() for m in TIMEX.finditer(text)]


#: What may stand between the words of a text: spaces, punctuation, apostrophes, and
#: characters outside ASCII (word characters or not), which switch the scan's patterns.
_BREAKS = st.sampled_from([" ", "  ", "\n", ", ", ". ", "(", "-", "'", "’", "/", "é", "\u00a0", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(TEMPORAL_WORDS, _BREAKS), max_size=30))
def test_anchored_scan_between_any_word_breaks(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in pieces)
    assert [m.span() for m in matches(text)] == [m.span() for m in TIMEX.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(TEMPORAL_WORDS, _BREAKS), min_size=1, max_size=12), st.data())
def test_starter_after_a_break_is_the_next_starter(
    pieces: list[tuple[str, str]], data: st.DataObject
) -> None:
    # The scan finds the first STARTER in text[start:stop] from the break before it.
    text = "".join(word + sep for word, sep in pieces)
    start = data.draw(st.integers(1, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    expected = STARTER.search(text, start, stop)
    patterns = [_STARTER_AFTER_BREAK] + [_STARTER_AFTER_ASCII_BREAK] * text.isascii()
    for pattern in patterns:
        found = pattern.search(text, start - 1, stop)
        assert (found and found.start() + 1) == (expected and expected.start())


def test_anchored_scan_on_prose(seed_text: str) -> None:
    assert [m.span() for m in matches(seed_text)] == [m.span() for m in TIMEX.finditer(seed_text)]


def test_anchors_and_starters() -> None:
    found = [
        m.group() for m in ANCHOR.finditer("In 1998, 6 p.m. on Friday, three days, the '90s, Q4")
    ]
    assert found == ["1998", "6 p.m", "Friday", "days", "'90s", "Q4"]
    assert [m.group() for m in STARTER.finditer("the dog sat for several days")] == [
        "the",
        "several",
        "days",
    ]


#: Pieces of text where anchors and word breaks meet: apostrophes, letters outside
#: ASCII, digits, punctuation, and an anchor word ending in a full stop ("St.").
_ANCHOR_PIECES = st.sampled_from(
    [
        *["May", "Friday", "St.", "1998", "'90s", "’90s", "6 p.m.", "10:35", "Q4", "days"],
        *["é", "ß", "x", "_", "'", "’", ".", ",", " ", "\n", "(", "—", "-", "/", "3", "\u00a0"],
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ANCHOR_PIECES, max_size=40))
def test_fast_anchor_scan_finds_what_anchor_finditer_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert list(anchors(text)) == [m.span() for m in ANCHOR.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_fast_anchor_scan_on_arbitrary_text(text: str) -> None:
    assert list(anchors(text)) == [m.span() for m in ANCHOR.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_fast_anchor_scan_on_arbitrary_ascii_text(text: str) -> None:
    assert list(anchors(text)) == [m.span() for m in ANCHOR.finditer(text)]
