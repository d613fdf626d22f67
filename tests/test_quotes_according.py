"""Tests for newscorpus.quotes.according: attribution by "according to"."""

from __future__ import annotations

import pytest

from newscorpus.quotes.according import according
from newscorpus.quotes.cues import CueKind
from quote_context import context


def according_to(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker) of each draft that the "according to" cues of ``text`` add."""
    ctx = context(text)
    for cue in ctx.cues:
        if cue.kind is CueKind.ACCORDING:
            according(ctx, cue)
    return [
        (text[d.start : d.end], text[d.speaker[0] : d.speaker[1]] if d.speaker else None)
        for d in sorted(ctx.drafts, key=lambda d: d.start)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the mayor, the road will reopen.", ("the road will reopen", "the mayor")),
        ("The road will reopen, according to the mayor.", ("The road will reopen", "the mayor")),
        # the source interrupts the clause: the whole sentence is reported
        (
            "The plan, according to two aides, was dead.",
            ("The plan, according to two aides, was dead", "two aides"),
        ),
        ("But according to him, the plan was dead.", ("the plan was dead", "him")),
        # a document's author belongs to the source
        (
            "According to a recent report from the Harbor Institute, rents rose.",
            ("rents rose", "a recent report from the Harbor Institute"),
        ),
        # a relative clause describes the source; the clause opens after its comma
        (
            "According to the report, which was published Tuesday, rents rose.",
            ("rents rose", "the report"),
        ),
        # the clause resumes after the source's modifier, at its verb
        (
            "Absent, according to members who spoke to reporters, was any mention of it.",
            (
                "Absent, according to members who spoke to reporters, was any mention of it",
                "members",
            ),
        ),
        # a clause after a colon opens with the phrase
        (
            "The numbers are stark: according to recent polls, voters are unhappy.",
            ("voters are unhappy", "recent polls"),
        ),
    ],
)
def test_according_to(text: str, expected: tuple[str, str]) -> None:
    assert according_to(text) == [expected]


@pytest.mark.parametrize(
    "text", ["According to.", "According to the mayor.", "“Yes,” according to"]
)
def test_nothing_to_attribute(text: str) -> None:
    assert according_to(text) == []
