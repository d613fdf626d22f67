"""Tests for newscorpus.quotes.surveys: findings opened by the survey that reports them."""

from __future__ import annotations

import pytest

from newscorpus import extract_quotes


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The vote is near, and In a new poll, most voters backed it.",  # not an opening
        "Lin Yu voted. SHIN In a new poll, most voters backed it.",
        "In",
    ],
)
def test_an_in_inside_a_sentence_opens_no_survey(text: str) -> None:
    assert found(text) == []


def test_a_survey_opens_its_sentence_after_any_space() -> None:
    one = found("The vote is near. In a new poll, most voters backed it.")
    assert one
    assert found("The vote is near.  In a new poll, most voters backed it.") == one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a new poll, most voters backed the plan.",
            [("most voters backed the plan", "a new poll", "poll")],
        ),
        (
            "In the previous state survey, conducted in May, the mayor led by five points.",
            [("the mayor led by five points", "the previous state survey", "survey")],
        ),
        (  # a capitalised noun, a participle and a day after it
            "In a Harbor News Poll released Sunday, most voters backed the plan.",
            [("most voters backed the plan", "a Harbor News Poll released Sunday", "Poll")],
        ),
        (
            "In a Harbor Times poll last month, the mayor had a lead.",
            [("the mayor had a lead", "a Harbor Times poll last month", "poll")],
        ),
        (  # the participle's words may run to the comma; a cue after it keeps its clause
            "In a poll conducted by the Harbor Times, 28 percent said the mayor was right.",
            [("the mayor was right", "a poll", "said")],
        ),
        ("In the morning, the mayor left the city.", []),  # no survey
        ("In a new poll of voters the mayor led.", []),  # no comma after the survey
    ],
)
def test_opening_survey(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert found(text) == expected


def test_a_cue_in_the_clause_keeps_it() -> None:
    quotes = found("In the poll, 60 percent said the economy was weak.")
    # the cue's clause; its respondents speak for the survey (see poll_speakers)
    assert quotes == [("the economy was weak", "the poll", "said")]


def test_long_text_of_openings_stays_linear() -> None:
    text = "In the poll, voters backed the plan. " * 20000
    assert len(extract_quotes(text)) == 20000


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Some 55 percent of voters said the mayor should resign in a new city poll.",
            "a new city poll",
        ),
        ("In the spring survey, most tenants said rents were too high.", "the spring survey"),
        ("Some 55 percent of voters said the mayor should resign.", "Some 55 percent of voters"),
        ("Ana Ruiz said the mayor should resign, citing a new poll.", "Ana Ruiz"),
    ],
)
def test_a_survey_speaks_for_its_respondents(text: str, speaker: str) -> None:
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
