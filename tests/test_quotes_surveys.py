"""Tests for newscorpus.quotes.surveys: findings opened by the survey that reports them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import extract_quotes
from newscorpus.quotes import _LEXICON_SCAN, surveys
from newscorpus.quotes.attribution import attribute
from newscorpus.quotes.cues import lexicon_words
from newscorpus.quotes.vocabulary import SURVEY_NOUNS
from quote_context import context


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The vote is near, and In a new poll, most voters backed it.",  # not an opening
        "Jia Lei voted. SHIN In a new poll, most voters backed it.",
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


def test_the_words_of_a_survey_are_words_the_lexicon_scan_finds() -> None:
    # ASCII letters in lower case: the scan of a text's letters finds every one of them
    # that the rules could read, so a text whose scan finds none is spared the rules
    assert all(word.isascii() and word.isalpha() and word.islower() for word in SURVEY_NOUNS)
    scanned = " ".join(word.decode() for word in surveys.SURVEY_WORDS)
    found = {word for _, word in lexicon_words(scanned, _LEXICON_SCAN)}
    assert surveys.SURVEY_WORDS.issubset(found)


# Sentences that open with a survey or whose respondents a survey reports, its word in
# every case or joined to others, and sentences with neither.
survey_sentences = st.sampled_from(
    ["In a new poll, most voters backed it. ", "In the Poll, most voters backed it. ",
     "In a new POLL, most voters backed it. ", "In a new survey, half backed it. ",
     "In the study, most voters backed it. ", "In a pollster’s view, voters backed it. ",
     "61 percent of voters said it failed in a poll. ", "Most voters said it failed, a survey "
     "found. ", "61 percent said it failed in the Gallup polls. ", "Half said no in a Poll. ",
     "Most said no in a surveyed group. ", "Ana Ruiz said it failed. ", "In the end, it rained. "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(survey_sentences, max_size=6))
def test_a_text_spared_the_survey_rules_by_its_words_gets_what_they_would_find(
    parts: list[str],
) -> None:
    text = "".join(parts)
    read, spared = context(text), context(text)
    attribute(read)  # the rules asked on every text
    attribute(spared, words=lexicon_words(text, _LEXICON_SCAN))
    assert spared.drafts == read.drafts
