"""Tests for newscorpus.dates.anchor: infer_reference_date."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import (
    Document,
    ReferenceDate,
    ReferenceSource,
    extract_dates,
    infer_reference_date,
)
from newscorpus.dates.anchor import _FULL_DATE, _WEEKDAY_PREFIX, _date, _date_line, _valid


def test_metadata_comes_first() -> None:
    doc = Document.from_text(
        "WASHINGTON, Dec. 7, 2023 — Text.", id="x_2020-01-01", publication_date="2023-12-08"
    )
    found = infer_reference_date(doc)
    assert found == ReferenceDate(datetime.date(2023, 12, 8), ReferenceSource.METADATA, 1.0)


def test_a_date_given_to_the_document_counts_as_metadata() -> None:
    doc = Document.from_text("Text.", id="x", reference_date=datetime.date(2023, 12, 8))
    found = infer_reference_date(doc)
    assert found is not None
    assert found.source is ReferenceSource.METADATA


def test_file_name() -> None:
    found = infer_reference_date(Document.from_text("Text.", id="apw_2023-12-08_story"))
    assert found == ReferenceDate(datetime.date(2023, 12, 8), ReferenceSource.FILE_NAME, 0.9)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("WASHINGTON, Dec. 7, 2023 — The Senate voted.", datetime.date(2023, 12, 7)),
        ("GENEVA, 7 December 2023 (Reuters) - Talks resumed.", datetime.date(2023, 12, 7)),
        (
            "Headline here\n\nNEW YORK, Nov. 19, 1999 (UPI) -- Stocks fell.",
            datetime.date(1999, 11, 19),
        ),
        ("PARIS, 2023-12-07 — Strikes spread.", datetime.date(2023, 12, 7)),
        ("Thursday, December 7, 2023\n\nThe council met.", datetime.date(2023, 12, 7)),
    ],
)
def test_dateline_with_year(text: str, date: datetime.date) -> None:
    found = infer_reference_date(text)
    assert found == ReferenceDate(date, ReferenceSource.DATELINE, 0.9)


def test_dateline_without_year_takes_it_from_the_lead_weekday() -> None:
    text = "NAIROBI, August 7 (Xinhua) --\n\nKenya said Friday that the 1998 talks would resume."
    found = infer_reference_date(text)
    assert found == ReferenceDate(datetime.date(1998, 8, 7), ReferenceSource.DATELINE, 0.6)


def test_dateline_without_any_year_is_not_enough() -> None:
    assert infer_reference_date("NAIROBI, August 7 (Xinhua) --\n\nKenya said Friday.") is None


def test_latest_full_date_in_the_text() -> None:
    text = "The treaty of May 3, 1999 was replaced on Feb. 2, 2001, officials said."
    found = infer_reference_date(text)
    assert found == ReferenceDate(datetime.date(2001, 2, 2), ReferenceSource.TEXT, 0.2)


def test_a_date_in_the_text_is_too_uncertain_to_use() -> None:
    text = "The treaty of May 3, 1999 was replaced last week."
    found = extract_dates(text)
    assert [(t.text, t.value) for t in found] == [
        ("May 3, 1999", "1999-05-03"),
        ("last week", "XXXX-WXX"),
    ]


def test_dateline_year_must_fit_the_weekday() -> None:
    # August 7 was a Friday in 1998, not in 2005 or 2006.
    text = "NAIROBI, August 7 (Xinhua) --\n\nKenya said Friday that 2005 talks failed."
    assert infer_reference_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No date here.",
        "It happened on 7 December and in July 2022.",  # no full date: nothing to go on
        "Call 555-1998 on Feb. 30, 2001.",  # not a real day
    ],
)
def test_nothing_to_infer(text: str) -> None:
    assert infer_reference_date(text) is None


def test_bad_argument() -> None:
    with pytest.raises(TypeError):
        infer_reference_date(None)  # type: ignore[arg-type]


def test_confidence_is_checked() -> None:
    with pytest.raises(ValueError, match="confidence"):
        ReferenceDate(datetime.date(2023, 1, 1), ReferenceSource.TEXT, 1.5)


def _date_line_by_patterns(text: str) -> datetime.date | None:
    """_date_line as written before its test of the last character: both patterns on
    every head line."""
    for line in text[:600].split("\n")[:4]:
        m = _FULL_DATE.fullmatch(_WEEKDAY_PREFIX.sub("", line.strip()))
        parts = _date(m) if m is not None else None
        if parts is not None and parts[0] is not None:
            return _valid(parts[0], parts[1], parts[2])
    return None


_HEAD_PIECES = st.sampled_from(
    [
        "Monday",
        "tuesday",
        ",",
        " ",
        "\t",
        "\n",
        "Dec.",
        "December",
        "7",
        "7th",
        "31",
        "2023",
        "1999",
        "-",
        "2023-12-07",
        "of",
        "Markets",
        "\u0663",
        "\u00a0",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_HEAD_PIECES, max_size=12))
def test_a_head_line_that_ends_in_no_digit_holds_no_date(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _date_line(text) == _date_line_by_patterns(text)


def test_a_date_alone_on_a_head_line() -> None:
    assert _date_line("Markets\nThursday, December 7, 2023\nText.") == datetime.date(2023, 12, 7)
