"""Tests for newscorpus.quotes.speakers: the speaker after a cue, or opening a clause."""

from __future__ import annotations

import pytest

from newscorpus.quotes.speakers import speaker_after, subject_at


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("said Gilbert Tse, an analyst.", "Gilbert Tse"),
        ("said Sen. Jane Doe.", "Sen. Jane Doe"),
        ("said he.", "he"),
        (
            "said the spokesman for the State Department on Monday.",
            "the spokesman for the State Department",
        ),
        ("according to a new poll by the institute.", "a new poll"),
        ("said on Tuesday Tom Ruiz, a spokesman.", "Tom Ruiz"),  # a day before the name
        ("said Monday night Brad Lee.", "Brad Lee"),
        ("said May Lee.", "May Lee"),  # a month may be a first name
        ("said sources close to the army.", "sources close to the army"),
        (  # an acronym in parentheses inside the phrase
            "said Harbor Board (HB) chair Ana Ruiz.",
            "Harbor Board (HB) chair Ana Ruiz",
        ),
        (  # a slash joins the names of a joint poll; "HIV/AIDS" too, with no space
            "according to an NBC/Harbor Journal poll released Wednesday.",
            "an NBC/Harbor Journal poll",
        ),
        ("said Ana Ruiz / Reuters.", "Ana Ruiz"),  # a spaced slash ends the name
        ("said her spokeswoman.", "her spokeswoman"),  # "her" as a possessive
        ("said 64 percent of the electorate.", "64 percent of the electorate"),  # a share
        ("said 29-year-old clerk Tom Ruiz.", "29-year-old clerk Tom Ruiz"),
        ("said 9/11 widow Ana Ruiz.", "9/11 widow Ana Ruiz"),
    ],
)
def test_speaker_after(text: str, speaker: str) -> None:
    pos = text.index(" ") if not text.startswith("according") else len("according to")
    found = speaker_after(text, pos, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "said Tuesday.",
        "said that it was.",
        "said, “no.”",
        "told her the port was shut.",
        "by 0.5 points.",
    ],
)
def test_no_speaker_after(text: str) -> None:
    assert speaker_after(text, 4, len(text)) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Raisi emphasized the need", "Raisi"),
        ("But Iranian President Ebrahim Raisi emphasized", "Iranian President Ebrahim Raisi"),
        ("On Sunday, Senator Ann Lee spoke", "Senator Ann Lee"),
        ("Meanwhile, it attacked", "it"),
        ("the committee voted", "the committee"),
        ("Both parents stiffened their stance, saying", "Both parents"),  # not an adjunct
    ],
)
def test_subject_at(text: str, speaker: str) -> None:
    found = subject_at(text, 0, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == speaker


@pytest.mark.parametrize("text", ["“Quote” here", "in the end", ", then"])
def test_no_subject_at(text: str) -> None:
    assert subject_at(text, 0, len(text)) is None
