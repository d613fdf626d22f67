"""Tests for newscorpus.quotes.speakers: the speaker before or after a cue."""

from __future__ import annotations

import pytest

from newscorpus.quotes.speakers import (
    antecedent,
    speaker_after,
    subject_at,
    subject_before,
    tokens,
)


def before(text: str, cue: str, plural: bool = False) -> str | None:
    found = subject_before(text, 0, text.rindex(cue), plural=plural)
    return text[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Putin said", "Putin"),
        ("he also told", "he"),
        ("Iranian President Ebrahim Raisi said", "Iranian President Ebrahim Raisi"),
        ("Mr. Obama has repeatedly said", "Mr. Obama"),
        ("Smith, the former minister, said", "Smith"),
        ("Wilson, of Springfield, Va., said", "Wilson"),
        ("Sen. Ted Cruz (R-Texas) said", "Sen. Ted Cruz"),
        ("Dickey -- a chief executive, who travels -- told", "Dickey"),
        ("the influential US daily wrote", "the influential US daily"),
        ("Russia’s TASS news agency reported", "Russia’s TASS news agency"),
        ("a spokesman for the ministry said", "a spokesman for the ministry"),
        ("Barkley, who said", "who"),
        ("a law that described", "that"),
        ("But officials say", "officials"),
        ("Nearly eight of 10 voters say", "Nearly eight of 10 voters"),
        ("the doctor is telling", "the doctor"),
        ("Many say", "Many"),  # a quantity stands alone as a subject
        ("Nearly half say", "Nearly half"),
        ("About 42 percent of Democrats say", "About 42 percent of Democrats"),
        ("Only 42% of voters say", "Only 42% of voters"),
        ("A majority of respondents say", "A majority of respondents"),
        ("One in five say", "One in five"),
        ("They all said", "They"),  # a floating quantifier after its subject
        ("Both said", "Both"),
        ("The reports say", "The reports"),  # a cue's word as a noun, after a determiner
        ("Most of them said", "Most of them"),
        ("About three in 10 said", "About three in 10"),
        ("Clinton, after the story broke, said", "Clinton"),  # an adjunct between commas
        ("The aides, led by Ann Lee, told", "The aides"),
    ],
)
def test_subject_before(text: str, speaker: str) -> None:
    assert before(text, text.split()[-1], plural=text.endswith(" say")) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "he was told",  # a passive: "he" did not speak
        "it is said",
        "the state",  # a base form after a singular noun is a noun
        "to say",
        "for the people said",  # the object of a preposition
    ],
)
def test_no_subject(text: str) -> None:
    last = text.split()[-1]
    assert before(text, last, plural=last in ("state", "say")) is None


def test_an_auxiliary_lets_a_base_form_take_a_singular_subject() -> None:
    assert before("she will say", "say", plural=True) == "she"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("said Victor Wan, an analyst.", "Victor Wan"),
        ("said Sen. Jane Doe.", "Sen. Jane Doe"),
        ("said he.", "he"),
        (
            "said the spokesman for the State Department on Monday.",
            "the spokesman for the State Department",
        ),
        ("according to a new poll by the institute.", "a new poll"),
    ],
)
def test_speaker_after(text: str, speaker: str) -> None:
    pos = text.index(" ") if not text.startswith("according") else len("according to")
    found = speaker_after(text, pos, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == speaker


@pytest.mark.parametrize("text", ["said Tuesday.", "said that it was.", "said, “no.”"])
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
    ],
)
def test_subject_at(text: str, speaker: str) -> None:
    found = subject_at(text, 0, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == speaker


@pytest.mark.parametrize("text", ["“Quote” here", "in the end", ", then"])
def test_no_subject_at(text: str) -> None:
    assert subject_at(text, 0, len(text)) is None


def test_antecedent() -> None:
    text = "Barkley, who said so, and many of whom agreed"
    found = antecedent(text, 0, text.index("who"))
    assert found is not None
    assert text[found[0] : found[1]] == "Barkley"
    found = antecedent(text, 0, text.index("whom"))
    assert found is not None
    assert text[found[0] : found[1]] == "many"


def test_tokens() -> None:
    text = "U.S. AT&T, Russia’s “TASS”—it’s"
    assert [text[s:e] for s, e in tokens(text, 0, len(text))] == [
        "U.S",
        ".",
        "AT&T",
        ",",
        "Russia’s",
        "“",
        "TASS",
        "”",
        "—",
        "it’s",
    ]
