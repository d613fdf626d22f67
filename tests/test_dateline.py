"""Tests for newscorpus.dateline: datelines, agencies and their dates."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casetable import case_params, load_cases
from newscorpus.dateline import Dateline, agency_name, dateline_at, find_dateline

CASES = load_cases("datelines.json")


def check(text: str, found: Dateline | None) -> None:
    """The invariants every dateline keeps."""
    if found is None:
        return
    span = found.span
    assert text[span.start : span.end] == span.text
    assert span.text == span.text.strip()
    if found.place is not None:
        assert span.text.startswith(found.place)
    if found.date_text is not None:
        assert found.date_text in span.text
    if found.agency_text is not None:
        assert f"({found.agency_text})" in span.text


@pytest.mark.parametrize("case", case_params(CASES))
def test_dateline_case(case: dict[str, Any]) -> None:
    found = find_dateline(case["text"])
    check(case["text"], found)
    want = case["dateline"]
    if want is None:
        assert found is None
        return
    assert found is not None
    got = {
        "place": found.place,
        "agency": found.agency,
        "date_text": found.date_text,
        "span": found.span.text,
    }
    assert got == want


def test_case_table_is_well_formed() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    for case in CASES:
        assert set(case) == {"name", "text", "dateline", "expect", "note"}, case["name"]
        assert case["expect"] in {"pass", "fail"}
        assert case["expect"] == "pass" or case["note"], case["name"]
    assert sum(case["dateline"] is None for case in CASES) >= 10, "too few negative cases"


def test_month_day_and_year_are_parsed() -> None:
    found = find_dateline("Khartoum, Jan 9, 2024 (AFP) — Fighting resumed.")
    assert found is not None
    assert (found.month, found.day, found.year) == (1, 9, 2024)


def test_search_can_start_after_a_headline() -> None:
    text = "HEADLINE — NOT A PLACE\n\nDENVER (AP) — Snow fell."
    found = find_dateline(text, start=text.index("DENVER"))
    assert found is not None
    assert found.place == "DENVER"


def test_dateline_at_reads_one_line_anywhere_in_a_text() -> None:
    # Deeper than find_dateline looks (past its first lines), as after a deck set in the body.
    text = "Intro.\n" * 10 + "\nSALEM, Ore. - Sen. Ted Vance said on Sunday he would run again."
    found = dateline_at(text, text.index("SALEM"))
    assert found is not None
    assert found.place == "SALEM, Ore."
    check(text, found)
    assert find_dateline(text) is None


def test_dateline_at_rejects_a_line_that_opens_otherwise() -> None:
    text = "TRUMP: We will win.\nSen. Ted Vance - who else? - won."
    assert dateline_at(text, 0) is None
    assert dateline_at(text, text.index("Sen.")) is None


# ----------------------------------------------------------------- dates


def test_resolve_date_uses_the_year_nearest_a_reference() -> None:
    found = find_dateline("OSLO, Dec. 30 (AP) — Ice.")
    assert found is not None
    assert found.resolve_date(datetime.date(2019, 1, 3)) == datetime.date(2018, 12, 30)
    assert found.resolve_date(datetime.date(2018, 12, 29)) == datetime.date(2018, 12, 30)


def test_resolve_date_uses_a_given_year() -> None:
    found = find_dateline("OSLO, Dec. 30 (AP) — Ice.")
    assert found is not None
    assert found.resolve_date(year=2001) == datetime.date(2001, 12, 30)


def test_resolve_date_prefers_the_datelines_own_year() -> None:
    found = find_dateline("Oslo, Dec. 30, 2010 (AFP) — Ice.")
    assert found is not None
    assert found.resolve_date(datetime.date(2019, 1, 3), year=2001) == datetime.date(2010, 12, 30)


def test_resolve_date_never_guesses_a_year() -> None:
    found = find_dateline("OSLO, Dec. 30 (AP) — Ice.")
    assert found is not None
    assert found.resolve_date() is None


def test_resolve_date_without_a_day_or_with_an_impossible_one() -> None:
    no_date = find_dateline("OSLO (AP) — Ice.")
    assert no_date is not None
    assert no_date.resolve_date(datetime.date(2019, 1, 3)) is None
    impossible = find_dateline("OSLO, Feb. 30 (AP) — Ice.")
    assert impossible is not None
    assert impossible.resolve_date(year=2019) is None


# ----------------------------------------------------------------- agencies


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("AP", "AP"),
        ("The Associated Press", "AP"),
        ("Agence France Presse", "AFP"),
        ("REUTERS", "Reuters"),
        ("United Press International", "UPI"),
        ("ITAR-TASS", "TASS"),
        ("Xinhua News Agency", "Xinhua"),
    ],
)
def test_agency_spellings(spelling: str, name: str) -> None:
    assert agency_name(spelling) == name


def test_short_agency_names_match_only_as_written() -> None:
    assert agency_name("ap") is None
    assert agency_name("Pa") is None
    assert agency_name("Unknown Wire Service") is None


# ----------------------------------------------------------------- robustness


def test_bad_argument_raises() -> None:
    with pytest.raises(TypeError):
        find_dateline(b"WASHINGTON (AP) -")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("WASHINGTON, .()-—_:\nAPReuters Dec 12 2019Mass."), max_size=120
    )
)
def test_never_raises_and_offsets_hold(text: str) -> None:
    check(text, find_dateline(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text: str) -> None:
    check(text, find_dateline(text))


@pytest.mark.parametrize(
    "text",
    [
        "A" * 1_000_000,
        "NEW YORK " * 100_000,
        "(" * 1_000_000,
        "WASHINGTON, " * 100_000,
        "Mass., " * 150_000,
        "\n" * 1_000_000 + "PARIS (AFP) - x",
        "WASHINGTON (" + "A" * 1_000_000,
    ],
    ids=["caps", "words", "parens", "commas", "regions", "newlines", "open-paren"],
)
def test_adversarial_inputs_finish(text: str) -> None:
    check(text, find_dateline(text))


def test_a_dateline_after_empty_lines() -> None:
    dateline = find_dateline("\n\n\nFloods close roads\n\n\n\nLYON (AFP) - Roads closed.")
    assert dateline is not None
    assert dateline.place == "LYON"
    assert find_dateline("\n" * 20 + "LYON (AFP) - Late.") is not None  # empty lines do not count
    assert find_dateline("Line.\n" * 6 + "LYON (AFP) - Late.") is None  # six lines do


@pytest.mark.parametrize("indent", ["", "  ", "\t", "\xa0", "\u2003"])
def test_an_indented_dateline(indent: str) -> None:
    dateline = find_dateline(f"Floods close roads\n\n{indent}LYON (AFP) - Roads closed.")
    assert dateline is not None
    assert dateline.span.text == "LYON (AFP) -"


def test_a_control_character_opens_a_line_that_is_not_blank() -> None:
    # \x1c is white space to str.isspace but not to the pattern: the line counts.
    assert find_dateline("\x1c\n" * 6 + "LYON (AFP) - Late.") is None
    assert find_dateline("\x1c\n" * 5 + "LYON (AFP) - Late.") is not None
