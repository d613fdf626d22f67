"""Nicknames in quotation marks inside a person's name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.nicknames import find_nicknames, is_nickname, without_nicknames


@pytest.mark.parametrize(
    ("text", "nicknames"),
    [
        ('Paulo "Sonny" Brandt won.', ['"Sonny"']),
        ("Dennis “Bud” Okafor and Patricia ‘Cia’ Vane", ["“Bud”", "‘Cia’"]),
        ("Tomas ``Skip'' Lund", ["``Skip''"]),
        ("Maria 'Big Mac' Lund spoke", ["'Big Mac'"]),
        # no first name before it: a title, a word of a headline, a verb's object
        ("The film “Quiet Waters” Premieres", []),
        ("Ruiz ‘Mocking’ Council Camp", []),
        ('He said "Sonny" Brandt', []),
        # nothing capitalised after it: a quotation, or a name's end
        ('Paulo "Sonny" said', []),
        ('Paulo "Sonny".', []),
        # not one or two capitalised words, or marks that do not match
        ('Paulo "the Sonny" Brandt', []),
        ('Paulo "Sonny Big Mac" Brandt', []),
        ('Paulo “Sonny" Brandt', []),
    ],
)
def test_find_nicknames(text: str, nicknames: list[str]) -> None:
    assert [text[s:e] for s, e in find_nicknames(text)] == nicknames


def test_is_nickname_needs_the_whole_quotation() -> None:
    text = 'Paulo "Sonny" Brandt'
    assert is_nickname(text, 6, 13)
    assert not is_nickname(text, 6, 12)  # the closing mark left out
    assert not is_nickname(text, 0, 13)


def test_without_nicknames_keeps_offsets_and_other_text() -> None:
    text = 'Tomas "Skip" Lund said "no" to Okafor “Bud” Ruiz.'
    masked = without_nicknames(text)
    assert len(masked) == len(text)
    assert masked == 'Tomas        Lund said "no" to Okafor “Bud” Ruiz.'  # no first name
    assert without_nicknames("No nickname here.") == "No nickname here."


@given(st.text(alphabet='Paulo "Sonny" Brandt“”‘’\'` \n.', max_size=80))
def test_masking_never_moves_an_offset(text: str) -> None:
    masked = without_nicknames(text)
    assert len(masked) == len(text)
    for start, end in find_nicknames(text):
        assert masked[start:end] == " " * (end - start)
        assert is_nickname(text, start, end)
