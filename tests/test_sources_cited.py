"""Tests for newscorpus.sources_cited: the outlets a story credits."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casetable import case_params, load_cases
from newscorpus.sources_cited import CitedSource, find_sources_cited

CASES = load_cases("metadata_sources.json")


def check(text: str, found: tuple[CitedSource, ...]) -> None:
    assert isinstance(found, tuple)
    previous = -1
    for source in found:
        assert text[source.start : source.end] == source.text
        assert source.name
        assert source.start >= previous
        previous = source.start


@pytest.mark.parametrize("case", case_params(CASES))
def test_sources_case(case: dict[str, Any]) -> None:
    found = find_sources_cited(case["text"])
    check(case["text"], found)
    assert [{"text": s.text, "name": s.name} for s in found] == case["sources"]


def test_case_table_is_well_formed() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    for case in CASES:
        assert set(case) == {"name", "text", "sources", "expect", "note"}, case["name"]
        assert case["expect"] in {"pass", "fail"}
        assert case["expect"] == "pass" or case["note"], case["name"]
    assert sum(not case["sources"] for case in CASES) >= 5, "too few negative cases"


def test_range_limits_the_search() -> None:
    text = "Reuters reported it. Later, according to the BBC, it ended."
    found = find_sources_cited(text, start=text.index("Later"))
    assert [s.name for s in found] == ["BBC"]
    assert find_sources_cited(text, end=5) == ()


def test_bad_argument_raises() -> None:
    with pytest.raises(TypeError):
        find_sources_cited(42)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("according to the Reuters news agency TASS said, Russia’s Times"),
        max_size=150,
    )
)
def test_never_raises_and_offsets_hold(text: str) -> None:
    check(text, find_sources_cited(text))


@pytest.mark.parametrize(
    "text",
    [
        "Abc " * 250_000,
        "the official " * 80_000 + "agency",
        "Russia’s " * 110_000,
        "according to " * 80_000,
        "A" * 1_000_000 + " news agency",
    ],
    ids=["capitalised", "adjectives", "possessives", "cues", "long-name"],
)
def test_adversarial_inputs_finish(text: str) -> None:
    check(text, find_sources_cited(text))


def test_agencies_far_into_a_long_story() -> None:
    tail = "The state-run Xinhua news agency said so, as did the Yonhap News Agency."
    text = "Rain fell. " * 300 + tail
    names = [s.name for s in find_sources_cited(text)]
    assert names == ["Xinhua", "Yonhap"]
