"""Tests for newscorpus.dates.tense: past or future from the words around a date."""

from __future__ import annotations

import pytest

from newscorpus.dates.tense import guess_tense, tense_cue


def at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("The minister will arrive Friday.", "Friday", "future"),
        ("Officials said Friday that talks failed.", "Friday", "past"),
        ("The summit is scheduled for Friday.", "Friday", "future"),
        ("Results are due by Friday.", "Friday", "future"),
        ("Troops could leave as early as Friday.", "Friday", "future"),
        ("The vote was held on Friday.", "Friday", "past"),
        ("The ruling would be issued on Friday.", "Friday", "future"),
        ("On Friday, the rebels attacked.", "Friday", "past"),
        ("Until Friday, they had refused.", "Friday", "past"),
        ("The council met in Rome.", "Rome", "past"),
        ("Prices rise in Rome.", "Rome", None),
        ("It will rain. Friday was dry.", "Friday", "past"),
    ],
)
def test_guess_tense(text: str, word: str, tense: str | None) -> None:
    assert guess_tense(*at(text, word)) == tense


def test_strength() -> None:
    assert tense_cue(*at("He said Friday.", "Friday")) == ("past", True)
    assert tense_cue(*at("The ban ended Friday.", "Friday")) == ("past", False)
    # A reporting verb far away dates the report, not the event: weak.
    text = "The chief said the three members would all be admitted at the summit in March."
    assert tense_cue(*at(text, "March"))[1] is False


def test_abbreviations_do_not_end_a_clause() -> None:
    text = "The bomb in Birmingham, Ala. killed a guard on Friday."
    assert guess_tense(*at(text, "Friday")) == "past"
    text = "A U.S. team will land on Friday."
    assert guess_tense(*at(text, "Friday")) == "future"


def test_a_nearer_cue_on_the_right_wins_and_sees_its_next_word() -> None:
    text = "The officials said the vote on Friday was to open talks."
    assert tense_cue(*at(text, "Friday")) == ("future", True)
    text = "He said Friday the talks were to resume."
    assert tense_cue(*at(text, "Friday")) == ("past", True)
