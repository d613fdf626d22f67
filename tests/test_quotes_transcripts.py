"""Tests for newscorpus.quotes.transcripts: paragraphs that open with a speaker's label."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import extract_quotes
from newscorpus.quotes import transcripts


def attributed(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text)
    ]


def test_a_label_in_capitals_is_the_speaker_of_its_paragraph() -> None:
    text = "The panel met on Monday.\n\nMARIA DIAZ: We need more buses. The old ones are failing."
    assert attributed(text) == [("We need more buses. The old ones are failing", "MARIA DIAZ", ":")]


@pytest.mark.parametrize(
    "text",
    [
        "HEADLINE IN CAPS: Buses fail\n\nThe panel met on Monday.",  # the first paragraph
        "The panel met.\n\nCORRECTION: An earlier version misstated the date.",  # a label
        "The panel met.\n\nMaria Diaz: We need more buses.",  # not in capitals
        "The panel met.\n\nQ: Do you need more buses?",  # one question, no interview
        "The panel met.\n\nQ: Buses?\n\nA: Yes.\n\nA: No.",  # one question
        "The panel met.\n\nREYES: 40,000.\n\nMARSH: 12.",  # figures: a table's rows
    ],
)
def test_no_speaker_label(text: str) -> None:
    assert attributed(text) == []


def test_an_interview_has_question_and_answer_turns() -> None:
    text = "Intro.\n\nQ: Buses?\n\nA: We need more.\n\nQ: When?\n\nA: Now."
    assert attributed(text) == [
        ("Buses", "Q", ":"),
        ("We need more", "A", ":"),
        ("When", "Q", ":"),
        ("Now", "A", ":"),
    ]


def test_many_labels_stay_linear() -> None:
    text = "Intro.\n\n" + "AB: cd ef.\n\n" * 50_000
    quotes = extract_quotes(text)
    assert len(quotes) == 50_000
    assert all(text[q.start : q.end] == q.text for q in quotes)


# Lines with and without labels and colons: names in capitals and in title case, times,
# several colons a line, line breaks in a row.
label_pieces = st.sampled_from(
    ["\n", "\n\n", " ", "\xa0", "\t", "REYES", "ANA REYES", "Hollis", "Ana Ruiz", "Q", ":",
     ": ", "10:30", "said: ", "We won.", "é", "O’NEIL", "\r\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(label_pieces, max_size=30).map("".join))
def test_candidate_lines_are_the_pattern_matches(text: str) -> None:
    expected = [m.span() for m in transcripts._CANDIDATE.finditer(text)]
    assert [m.span() for m in transcripts._candidates(text)] == expected
