"""Tests for newscorpus.dates.tense: past or future from the words around a date."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.dates.tense import (
    _STOP,
    _after_last_clause_end,
    _is_clause_end,
    _stops,
    guess_tense,
    tense_cue,
    weekday_tense,
)


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
        ("By Friday, the fires had been put out.", "Friday", "past"),  # an opening "By"
        ("By Friday, the fires will be out.", "Friday", "future"),
        ("By Friday, police must charge a man they had held.", "Friday", "future"),
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


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        (
            "Lawyers said they would look for ways to challenge and overturn Monday's verdict.",
            "Monday",
            "past",
        ),
        ("Fans queued ahead of Sunday's final.", "Sunday", "future"),
        ("Turnout fell before Tuesday's vote.", "Tuesday", "past"),
        ("The club will hold a party for its fans in Sunday's break.", "Sunday", "future"),
        ("Sunday's race would draw big crowds, organisers said.", "Sunday", "future"),
        ("The minister arrives Tuesday.", "Tuesday", "future"),
    ],
)
def test_weekday_tense(text: str, word: str, tense: str) -> None:
    assert weekday_tense(*at(text, word)) == tense


def test_a_negated_could_is_no_plan() -> None:
    assert guess_tense(*at("The mayor could not be reached Friday.", "Friday")) == "past"
    assert guess_tense(*at("No one could be found Friday.", "Friday")) == "past"
    assert guess_tense(*at("The meeting could be held Friday.", "Friday")) == "future"


def test_a_cue_in_another_clause_on_the_right_gives_way() -> None:
    text = "The minister phoned Tuesday and was expected to fly on."
    assert guess_tense(*at(text, "Tuesday")) == "past"
    text = "The session, which opened on Friday, is expected to close soon."
    assert guess_tense(*at(text, "Friday")) == "past"
    text = "On Friday, the minister will fly home."  # nothing on the left: the right decides
    assert guess_tense(*at(text, "Friday")) == "future"


#: Clause marks, dashes and what surrounds them.
_MARKS = st.sampled_from(
    [" ", "\n", "word", ".", ";", "!", "?", "“", "”", '"', "`", "'", "—", "-", "_", "\u00a0"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_MARKS, max_size=30))
def test_stops_are_the_matches_of_the_full_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in _stops(text)] == [m.span() for m in _STOP.finditer(text)]


_CLAUSE_PIECES = st.sampled_from(
    [" ", "\n", "it", "U.S", "vs", "Ala", "a", ".", ";", "?", "”", "—"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=30))
def test_the_last_clause_end_is_found_from_the_right(pieces: list[str]) -> None:
    # The search from the last mark back gives the last mark that ends a clause.
    text = "".join(pieces)
    ends = [m.end() for m in _stops(text) if _is_clause_end(text, m)]
    assert _after_last_clause_end(text) == (ends[-1] if ends else 0)
