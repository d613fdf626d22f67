"""Tests for newscorpus.quotes.headlines: attributions in a headline."""

from __future__ import annotations

import pytest

from newscorpus import extract_quotes


def rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind.value, q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Mayor Ana Lopez: Bridge Will Reopen by Spring.",
            ("indirect", "Bridge Will Reopen by Spring", "Mayor Ana Lopez", ":"),
        ),
        (
            "Survey: Most Drivers Want Lower Tolls.",
            ("indirect", "Most Drivers Want Lower Tolls", "Survey", ":"),
        ),
        (
            "Union Leader Says Strike Will Go On.",
            ("indirect", "Strike Will Go On", "Union Leader", "Says"),
        ),
        (
            "Strike Will Go On, Union Leader Says.",
            ("indirect", "Strike Will Go On", "Union Leader", "Says"),
        ),
        (
            "Coach: ‘We Were Robbed.’",
            ("mixed", "‘We Were Robbed.’", "Coach", ":"),
        ),
        (  # a wire headline's source after its colon, as a noun of a source or a role
            "Ferry fares to rise next year: report",
            ("indirect", "Ferry fares to rise next year", "report", ":"),
        ),
        (
            "URGENT  Port to stay closed for a week: FM spokesman",
            ("indirect", "Port to stay closed for a week", "FM spokesman", ":"),
        ),
    ],
)
def test_headline_claims(headline: str, expected: tuple[str, str, str, str]) -> None:
    assert rows(headline + "\n\nThe town voted on Monday.") == [expected]


@pytest.mark.parametrize(
    "headline",
    [
        "The Latest: Storm Hits the Coast.",  # a label, not a source
        "BREAKING: Storm Hits the Coast.",
        "Storm Hits the Coast.",
        "Storm hits the coast: he",  # a pronoun is no source after the colon
    ],
)
def test_headlines_without_attribution(headline: str) -> None:
    assert rows(headline + "\n\nThe town voted on Monday.") == []


def test_only_the_first_paragraph_is_a_headline() -> None:
    text = "The town voted on Monday.\n\nMayor: Bridge Will Reopen by Spring."
    assert rows(text) == []


def test_the_headline_is_a_short_first_line_before_other_paragraphs() -> None:
    from newscorpus.quotes.headlines import headline
    from quote_context import context

    text = "Port towns urged to stock up on fuel\n\nThe ministry said on Monday …"
    assert headline(context(text)) == (0, text.index("\n"))
    assert headline(context("One paragraph only.")) is None
