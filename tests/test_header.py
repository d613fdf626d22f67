"""Tests for newscorpus._header: headline, lead and what comes before the story."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casetable import case_params, load_cases
from newscorpus._header import Header, read_header
from newscorpus.segment import paragraph_bounds

CASES = load_cases("metadata_titles.json")


def header_of(text: str) -> Header:
    return read_header(text, paragraph_bounds(text))


def check(text: str, header: Header) -> None:
    for span in (header.title, header.lead):
        if span is not None:
            assert text[span.start : span.end] == span.text
            assert span.text
            assert span.text == span.text.strip()
    if header.title is not None and header.lead is not None:
        assert header.title.end <= header.lead.start


@pytest.mark.parametrize("case", case_params(CASES))
def test_title_and_lead_case(case: dict[str, Any]) -> None:
    header = header_of(case["text"])
    check(case["text"], header)
    assert (header.title.text if header.title else None) == case["title"]
    assert (header.lead.text if header.lead else None) == case["lead"]


def test_case_table_is_well_formed() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    for case in CASES:
        assert set(case) == {"name", "text", "title", "lead", "expect", "note"}, case["name"]
        assert case["expect"] in {"pass", "fail"}
        assert case["expect"] == "pass" or case["note"], case["name"]


def test_header_holds_byline_and_dateline() -> None:
    text = "Rail strike\n\nBy Jo Park\n\nLYON (AFP) - Drivers walked out.\n\nMore."
    header = header_of(text)
    assert header.byline is not None
    assert header.byline.authors == ("Jo Park",)
    assert header.dateline is not None
    assert header.dateline.agency == "AFP"


def test_dateline_is_not_taken_from_the_headline() -> None:
    text = "BERLIN - THE WALL FALLS\n\nBERLIN (AP) — Crowds gathered at the wall on Thursday night."
    header = header_of(text)
    assert header.title is not None
    assert header.dateline is not None
    assert header.dateline.span.start > header.title.end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab. \n\nBy Jo (AP) — WASHINGTON ///=:"), max_size=200))
def test_never_raises_and_offsets_hold(text: str) -> None:
    check(text, header_of(text))


def test_space_before_an_added_period_is_not_in_the_title() -> None:
    """Found by hypothesis: "A .\\n:" gave the title "A "."""
    from newscorpus._header import read_header
    from newscorpus.segment import paragraph_bounds

    text = "A .\n:"
    header = read_header(text, paragraph_bounds(text))
    assert header.title is not None
    assert header.title.text == "A"


@pytest.mark.parametrize(
    "paragraph",
    ["ATTENTION - ADDS details ///", "= (PICTURES) =", "(Undated)", "Noon update ///  ", "Text."],
)
def test_editor_notes_are_told_by_their_pattern(paragraph: str) -> None:
    from newscorpus._header import _EDITOR_NOTE, _is_note

    expected = _EDITOR_NOTE.fullmatch(paragraph) is not None
    assert _is_note(paragraph, (0, len(paragraph))) == expected == (paragraph != "Text.")


@given(st.text(alphabet=st.sampled_from("ATENIO=()/x \t\n"), max_size=60))
def test_the_quick_test_for_a_note_never_hides_one(text: str) -> None:
    from newscorpus._header import _EDITOR_NOTE, _is_note

    assert _is_note(text, (0, len(text))) == (_EDITOR_NOTE.fullmatch(text) is not None)
