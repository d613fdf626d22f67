"""Tests for newscorpus.dates.scan: the trie, the anchors, and the anchored scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.dates.patterns import TIMEX
from newscorpus.dates.scan import ANCHOR, STARTER, anchors, matches, trie
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
