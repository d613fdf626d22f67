"""Tests for newscorpus.byline: bylines, authors and affiliations."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casetable import case_params, load_cases
from newscorpus.byline import Byline, find_byline

CASES = load_cases("metadata_bylines.json")


def check(text: str, found: Byline | None) -> None:
    if found is None:
        return
    span = found.span
    assert text[span.start : span.end] == span.text
    assert found.authors, "a byline names someone"
    assert span.text.lower().startswith(("by", "byline"))


@pytest.mark.parametrize("case", case_params(CASES))
def test_byline_case(case: dict[str, Any]) -> None:
    found = find_byline(case["text"])
    check(case["text"], found)
    want = case["byline"]
    if want is None:
        assert found is None
        return
    assert found is not None
    got = {
        "span": found.span.text,
        "authors": list(found.authors),
        "affiliation": found.affiliation,
        "agency": found.agency,
    }
    assert got == want


def test_case_table_is_well_formed() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    for case in CASES:
        assert set(case) == {"name", "text", "byline", "expect", "note"}, case["name"]
        assert case["expect"] in {"pass", "fail"}
        assert case["expect"] == "pass" or case["note"], case["name"]


def test_bad_argument_raises() -> None:
    with pytest.raises(TypeError):
        find_byline(None)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("By BYLINE: Jo Ann SMITH, and & | Writer\n.'-"), max_size=120)
)
def test_never_raises_and_offsets_hold(text: str) -> None:
    check(text, find_byline(text))


@pytest.mark.parametrize(
    "text",
    ["By " + "A" * 1_000_000, "By " + "Jo " * 300_000, "\n" * 1_000_000, "By , , , " * 100_000],
    ids=["one-word", "many-words", "newlines", "separators"],
)
def test_adversarial_inputs_finish(text: str) -> None:
    check(text, find_byline(text))


@pytest.mark.parametrize("indent", ["", " ", "\t", "\xa0 "])
@pytest.mark.parametrize("by", ["By", "BY", "by", "BYLINE:"])
def test_a_byline_may_be_indented(indent: str, by: str) -> None:
    byline = find_byline(f"Floods close roads\n\n{indent}{by} Ana Ruiz and Tom Berg\n\nText.")
    assert byline is not None
    assert byline.authors == ("Ana Ruiz", "Tom Berg")
    assert byline.span.text.startswith(by)
