"""Tests for newscorpus.quotes.nouns: attributions headed by a noun of saying."""

from __future__ import annotations

import pytest
import regex

from newscorpus import extract_quotes
from newscorpus.quotes.cues import CUE_WORDS, lexicon_words, word_scan
from newscorpus.quotes.nouns import NOUN_WORDS, find_noun_cues


def rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind.value, q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a possessor and a "that" clause
            "The mayor’s claim that the bridge was safe angered residents.",
            ("the bridge was safe angered residents", "The mayor’s", "claim"),
        ),
        (  # a possessive determiner and a preposition; the sentence's verb ends the object
            "Her criticism of the new budget drew applause.",
            ("the new budget", "Her", "criticism"),
        ),
        (  # an infinitive
            "His promise to cut property taxes won votes.",
            ("to cut property taxes", "His", "promise"),
        ),
        (  # a light verb's subject
            "The senator made a call for an end to farm subsidies.",
            ("an end to farm subsidies", "The senator", "call"),
        ),
        (  # a source after "from"
            "They heard an allegation from a former aide that the books were cooked.",
            ("the books were cooked", "a former aide", "allegation"),
        ),
    ],
)
def test_noun_attributions(text: str, expected: tuple[str, str, str]) -> None:
    assert ("indirect", *expected) in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The claim that it works is false.",  # no one makes the claim
        "The call lasted an hour.",  # nothing reported after the noun
        "His claim that was rejected cost him.",  # a relative "that"
    ],
)
def test_nouns_without_attribution(text: str) -> None:
    assert [row for row in rows(text) if row[3] in ("claim", "call")] == []


def test_noun_cues_are_whole_words() -> None:
    text = "Claims, reclaim and claimant: one claim."
    assert [text[c.start : c.end] for c in find_noun_cues(text)] == ["claim"]


@pytest.mark.parametrize(
    "text",
    [
        "His claim, José’s claims and the “claim” she said he told us about.",
        "Renéclaim, claimé and ½claim: a claim-maker’s claim 😀 claim",
    ],
)
def test_noun_cues_from_the_shared_scan_of_the_lexicon(text: str) -> None:
    shared = lexicon_words(text, word_scan(CUE_WORDS | NOUN_WORDS))
    found = [text[c.start : c.end] for c in find_noun_cues(text, shared)]
    assert found == [text[c.start : c.end] for c in find_noun_cues(text)]
    assert found == [
        w for w in regex.findall(r"(?<!\p{L})\p{L}++", text) if w in ("claim", "claims")
    ]


def test_a_time_after_a_noun_of_saying_is_no_topic() -> None:
    found = [q.text for q in extract_quotes("Zhou made the remarks on Saturday at a forum.")]
    assert found == []
    found = [q.text for q in extract_quotes("Zhou made remarks on the economy.")]
    assert found == ["the economy"]
