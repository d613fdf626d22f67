"""Tests for newscorpus.quotes.blocks: a paragraph set off after "He said:"."""

from __future__ import annotations

import pytest

from newscorpus import extract_quotes


def attributed(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.text, q.kind.value, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("lead", "speaker", "cue"),
    [
        ("In a speech last July, Governor Lena Voss said:", "Governor Lena Voss", "said"),
        ("The columnist writes:", "The columnist", "writes"),
        ("Voss wrote on her blog:", "Voss", "wrote"),
        ("The mayor told reporters:", "The mayor", "told"),
        ("Critics say:", "Critics", "say"),
        ("Voss argued that:", "Voss", "argued"),
    ],
)
def test_the_paragraph_after_a_lead_in_is_its_quote(lead: str, speaker: str, cue: str) -> None:
    text = f"{lead}\n\nThe bridge must be rebuilt before winter, and the city cannot wait.\n\nEnd."
    assert attributed(text) == [
        (
            "The bridge must be rebuilt before winter, and the city cannot wait",
            "indirect",
            speaker,
            cue,
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a verb that takes an object, not the words below it
        "Ana Ruiz also spoke out against the plan:\n\nThe city has 400,000 people.\n\nEnd.",
        "The council breaks the rules:\n\nIn 2009, it raised the tax.\n\nEnd.",
        # a list's items, and a last paragraph with nothing after it
        "The mayor said:\n\n+ Buses are late\n\n+ Trains are full",
        "The report is out. The mayor said:",
        # no reporting verb before the colon
        "The plan includes:\n\nNew buses for the north of the city.\n\nEnd.",
    ],
)
def test_no_block_quotation(text: str) -> None:
    below = text.find(":\n\n") + 3  # the paragraph after the colon, if any
    assert not [q for q in extract_quotes(text) if q.start >= below > 2]


def test_a_quotation_below_a_lead_in_is_left_to_the_quotation_rules() -> None:
    text = "The mayor said:\n\n“We will rebuild the bridge.”\n\nEnd."
    assert attributed(text) == [("“We will rebuild the bridge.”", "direct", "The mayor", "said")]


def test_a_paragraph_with_its_own_attribution_is_left_to_it() -> None:
    text = "The mayor said:\n\nThe engineers warned that the bridge could fail.\n\nEnd."
    quotes = attributed(text)
    assert [q[2] for q in quotes] == ["The engineers"]


def test_many_lead_ins_stay_linear() -> None:
    text = "Intro.\n\n" + "Ana said:\n\nThe bus was late again today.\n\n" * 20_000
    quotes = extract_quotes(text)
    assert len(quotes) == 20_000
    assert all(q.speaker is not None and q.speaker.text == "Ana" for q in quotes)
