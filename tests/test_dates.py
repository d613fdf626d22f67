"""Tests for newscorpus.dates: extract_dates, Document.dates and the result objects."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscorpus as nc
from newscorpus import (
    Document,
    ReferenceDate,
    ReferenceSource,
    TimeExpression,
    TimexMod,
    TimexType,
    extract_dates,
)
from temporal_words import TEMPORAL_WORDS

REF = datetime.date(2023, 12, 8)


def check(text: str, found: tuple[TimeExpression, ...]) -> None:
    """Assert the invariants every result of extract_dates keeps."""
    assert isinstance(found, tuple)
    end = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.text
        assert not t.text[0].isspace()
        assert not t.text[-1].isspace()
        assert t.start >= end, "expressions overlap or are out of order"
        end = t.end
        assert isinstance(t.type, TimexType)
        assert t.value
        assert t.anchor in ("reference", "previous", "none")


def pairs(found: tuple[TimeExpression, ...]) -> list[tuple[str, str, str]]:
    return [(t.text, t.type.value, t.value) for t in found]


# ------------------------------------------------------------- the seed article


def test_seed_without_reference(seed_text: str) -> None:
    found = extract_dates(seed_text)
    check(seed_text, found)
    got = pairs(found)
    for expected in [
        ("7 December", "DATE", "XXXX-12-07"),
        ("7 October", "DATE", "XXXX-10-07"),
        ("July 2022", "DATE", "2022-07"),
        ("every 10 minutes", "SET", "PT10M"),
        ("the past year", "DURATION", "P1Y"),
        ("Recently", "DATE", "PAST_REF"),
    ]:
        assert expected in got


def test_seed_with_reference(seed_text: str) -> None:
    got = pairs(extract_dates(seed_text, REF))
    for expected in [
        ("7 December", "DATE", "2023-12-07"),
        ("7 October", "DATE", "2023-10-07"),
        ("last month", "DATE", "2023-11"),
    ]:
        assert expected in got


def test_seed_has_no_false_positives(seed_text: str) -> None:
    found = extract_dates(seed_text, REF)
    for t in found:
        assert "Su-35" not in t.text
        assert "35" not in t.text
    start = seed_text.index("may also provide")
    assert not any(t.start < start + 16 and start < t.end for t in found)


def test_seed_document_dates(seed_path: object) -> None:
    doc = nc.load_corpus()["000_8195b0460efe062c"]
    assert doc.reference_date is None
    assert ("7 December", "DATE", "XXXX-12-07") in pairs(doc.dates)
    assert doc.dates is doc.dates  # cached


# --------------------------------------------------------------------- the API


def test_document_uses_its_reference_date() -> None:
    doc = Document.from_text("Talks ended on Tuesday.", id="x", reference_date=REF)
    assert pairs(doc.dates) == [("Tuesday", "DATE", "2023-12-05")]
    assert extract_dates(doc) == doc.dates


def test_document_reference_from_file_name() -> None:
    doc = Document.from_text("Talks ended on Tuesday.", id="apw_2023-12-08_talks")
    assert pairs(doc.dates) == [("Tuesday", "DATE", "2023-12-05")]


def test_document_infers_reference_from_dateline() -> None:
    doc = Document.from_text("GENEVA, Dec. 8, 2023 — Talks ended on Tuesday.", id="x")
    assert ("Tuesday", "DATE", "2023-12-05") in pairs(doc.dates)


def test_explicit_reference_overrides_the_document() -> None:
    doc = Document.from_text("Talks ended on Tuesday.", id="x", reference_date=REF)
    got = extract_dates(doc, datetime.date(2023, 12, 1))
    assert pairs(got) == [("Tuesday", "DATE", "2023-11-28")]


@pytest.mark.parametrize(
    "reference",
    [
        REF,
        datetime.datetime(2023, 12, 8, 15, 30),
        "2023-12-08",
        ReferenceDate(REF, ReferenceSource.METADATA, 1.0),
    ],
)
def test_reference_date_forms(reference: object) -> None:
    assert pairs(extract_dates("It rained yesterday.", reference)) == [  # type: ignore[arg-type]
        ("yesterday", "DATE", "2023-12-07")
    ]


def test_bad_arguments_raise() -> None:
    with pytest.raises(TypeError):
        extract_dates(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract_dates("text", 20231208)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extract_dates("text", "last Tuesday")


def test_offsets_refer_to_the_string_given() -> None:
    text = "\ufeffLine one\r\nIt happened on 7 December.\r\n"
    found = extract_dates(text, REF)
    check(text, found)
    assert [t.text for t in found] == ["7 December"]


def test_results_are_frozen_and_typed() -> None:
    (t,) = extract_dates("He served more than two years.", REF)
    assert t.type is TimexType.DURATION
    assert t.mod is TimexMod.MORE_THAN
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        t.value = "P3Y"  # type: ignore[misc]
    assert nc.to_dict(t)["type"] == "DURATION"


def test_time_expression_checks_its_span() -> None:
    with pytest.raises(ValueError, match="bad span"):
        TimeExpression(0, 3, "ab", TimexType.DATE, "2023")
    with pytest.raises(ValueError, match="start"):
        TimeExpression(-1, 1, "ab", TimexType.DATE, "2023")


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("in July 2022", (datetime.date(2022, 7, 1), datetime.date(2022, 7, 31))),
        ("on 7 December", (datetime.date(2023, 12, 7), datetime.date(2023, 12, 7))),
        ("last week", (datetime.date(2023, 11, 27), datetime.date(2023, 12, 3))),
        ("in 1998", (datetime.date(1998, 1, 1), datetime.date(1998, 12, 31))),
        ("the 1990s", (datetime.date(1990, 1, 1), datetime.date(1999, 12, 31))),
        ("the third quarter", (datetime.date(2023, 7, 1), datetime.date(2023, 9, 30))),
    ],
)
def test_interval(text: str, interval: tuple[datetime.date, datetime.date]) -> None:
    (t,) = extract_dates(text, REF)
    assert t.interval == interval


@pytest.mark.parametrize("text", ["for three days", "every week", "now", "at 6 p.m."])
def test_no_interval_unless_calendar_date(text: str) -> None:
    (t,) = extract_dates(text, REF)
    assert t.interval is None


def test_never_reads_todays_date() -> None:
    # Without a reference date nothing is resolved, whatever today is.
    got = pairs(extract_dates("It rained yesterday, last week and on Friday."))
    assert got == [
        ("yesterday", "DATE", "PAST_REF"),
        ("last week", "DATE", "XXXX-WXX"),
        ("Friday", "DATE", "XXXX-WXX-5"),
    ]


# ------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_keeps_the_invariants(text: str) -> None:
    check(text, extract_dates(text, REF))
    check(text, extract_dates(text))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(TEMPORAL_WORDS, max_size=40), st.sampled_from([None, REF, datetime.date(2000, 2, 29)])
)
def test_date_words_keep_the_invariants(words: list[str], ref: datetime.date | None) -> None:
    text = " ".join(words)
    check(text, extract_dates(text, ref))


@pytest.mark.parametrize(
    "piece",
    [
        "1",
        "1998 ",
        "May ",
        "the past ",
        "7 December ",
        "12/",
        "a",
        " ",
        "-",
        "last last week ",
        "Friday, ",
        "more than a few ",
        "every other ",
        "9 a.m. ",
        "2023-12-07T",
        "x daily ",
    ],
)
def test_long_adversarial_input(piece: str) -> None:
    text = piece * (1_000_000 // len(piece))
    found = extract_dates(text, REF)
    assert isinstance(found, tuple)
    if found:
        check(text[: found[min(5, len(found) - 1)].end + 1], found[:5])
