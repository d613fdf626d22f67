"""Tests for newscorpus.quotes.leftovers: quotations that no cue claimed."""

from __future__ import annotations

import pytest

from newscorpus import extract_quotes


def rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind.value, q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text)
    ]


def test_a_following_quotation_inherits_the_speaker_and_cue() -> None:
    text = "“We won,” Smith said. “We will win again.”"
    assert rows(text)[1] == ("direct", "“We will win again.”", "Smith", "said")


def test_a_quotation_in_the_next_paragraph_inherits_the_speaker_only() -> None:
    text = "“We won,” Smith said.\n\n“We will win again.”"
    assert rows(text)[1] == ("direct", "“We will win again.”", "Smith", None)


def test_the_sentence_before_names_the_speaker() -> None:
    text = "Coach Ann Cole was blunt. “We did not deserve to win.”"
    assert rows(text) == [("direct", "“We did not deserve to win.”", "Coach Ann Cole", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor has a new slogan: “We build together.”", "The mayor"),
        ("The rain stopped, and I had to answer: “Of course we stay.”", "I"),
        (
            "On Monday, Senator Ann Lee made this comment:\n\n“We build together.”",
            "Senator Ann Lee",
        ),
    ],
)
def test_a_colon_lead_in_names_the_speaker(text: str, speaker: str) -> None:
    assert rows(text)[-1][2] == speaker


def test_dash_attribution() -> None:
    assert rows("“We won.” — Coach Ann Cole") == [("direct", "“We won.”", "Coach Ann Cole", "—")]


def test_transcript_turns() -> None:
    text = '"HOST: Did you win?\n\n"GUEST: We did."'
    assert [(kind, speaker, cue) for kind, _, speaker, cue in rows(text)] == [
        ("direct", "HOST", ":"),
        ("direct", "GUEST", ":"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The “reform” passed, and the film “Jaws” opened.",
        "They call him “Shorty” at work.",
        "The group met at the “Blue Room” on Friday afternoon.",
    ],
)
def test_fragments_inside_a_sentence_are_not_quotes(text: str) -> None:
    assert [row for row in rows(text) if row[0] == "direct"] == []


def test_single_marks_are_utterances_only_in_a_text_without_double_ones() -> None:
    british = "‘We will not back down,’ she said. ‘This is about fairness and nothing else.’"
    assert len(rows(british)) == 2
    mixed = "“We will not back down,” she said. ‘This is about fairness and nothing else.’"
    assert len(rows(mixed)) == 1
