"""Tests for newscorpus.quotes.passives: reported speech in the passive voice."""

from __future__ import annotations

import pytest

from newscorpus import extract_quotes


def rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind.value, q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor was accused of hiding the budget deficit.",
            ("The mayor was accused of hiding the budget deficit", None, "accused"),
        ),
        (
            "The bridge closure was first reported by the Daily Ledger.",
            ("The bridge closure", "the Daily Ledger", "reported"),
        ),
        (
            "The new stadium has been called a waste of money by local economists.",
            ("The new stadium has been called a waste of money", "local economists", "called"),
        ),
        (
            "It was reported that the factory would close in May.",
            ("the factory would close in May", None, "reported"),
        ),
        (
            "The pilot was told the runway was closed.",  # the listener is no speaker
            ("the runway was closed", None, "told"),
        ),
        (
            "The governor was asked whether the tax would rise.",
            ("whether the tax would rise", None, "asked"),
        ),
        (
            "It is a plan criticized by several union leaders.",
            ("a plan", "several union leaders", "criticized"),
        ),
    ],
)
def test_passive_reports(text: str, expected: tuple[str, str | None, str]) -> None:
    assert [row[1:] for row in rows(text)] == [expected]


def test_the_complement_ends_with_its_clause() -> None:
    text = "When the diagnosis was confirmed, the senator went home."
    assert rows(text) == [("indirect", "the diagnosis", None, "confirmed")]


@pytest.mark.parametrize(
    "text",
    [
        "They read the budget announced on Monday.",  # a participle without an agent
        "The reports were long.",  # no participle
        "He was elected in 2010.",  # not a cue
    ],
)
def test_no_passive_report(text: str) -> None:
    assert rows(text) == []


def test_a_reduced_passive_is_no_object_of_its_noun() -> None:
    # "criticized" reports its subject noun, not the agent phrase after it
    assert all(not q.text.startswith("by ") for q in extract_quotes("A rule criticized by many."))


@pytest.mark.parametrize(
    "text",
    [
        "Power cuts were reported in two districts.",
        "He was promoted to colonel in May.",
        "The cost is estimated at 3 million euros.",
        "The mayor was admitted to a hospital in Oslo.",
    ],
)
def test_agentless_passives_that_say_nothing(text: str) -> None:
    assert rows(text) == []


def test_an_agentless_passive_before_a_listed_word_still_reports() -> None:
    assert rows("The mayor was reported to be planning a new bid.") == [
        ("indirect", "The mayor was reported to be planning a new bid", None, "reported")
    ]
