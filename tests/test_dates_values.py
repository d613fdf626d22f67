"""Tests for newscorpus.dates.values: value strings and intervals."""

from __future__ import annotations

import datetime

import pytest

from newscorpus.dates.values import duration_value, format_point, value_interval

D = datetime.date


@pytest.mark.parametrize(
    ("point", "value"),
    [
        ((D(2023, 12, 7), "day"), "2023-12-07"),
        ((D(2023, 12, 7), "week"), "2023-W49"),
        ((D(2000, 1, 12), "week"), "2000-W2"),
        ((D(2021, 1, 2), "week"), "2020-W53"),
        ((D(2023, 12, 7), "month"), "2023-12"),
        ((D(2023, 12, 7), "year"), "2023"),
        ((D(998, 1, 1), "year"), "0998"),
    ],
)
def test_format_point(point: tuple[D, str], value: str) -> None:
    assert format_point(point) == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "unit", "time", "value"),
    [
        (3, "D", False, "P3D"),
        (10, "M", True, "PT10M"),
        (None, "Y", False, "PXY"),
        (5.5, "H", True, "PT5H30M"),
        (0.5, "H", True, "PT30M"),
        (1.5, "D", False, "PT36H"),
        (2.5, "Y", False, "P2Y6M"),
        (1.5, "M", False, "P1.5M"),
        (2.5, "W", False, "P2.5W"),
        (1.5, "S", True, "PT1.5S"),
        (100, "Y", False, "P100Y"),
    ],
)
def test_duration_value(amount: float | None, unit: str, time: bool, value: str) -> None:
    assert duration_value(amount, unit, time=time) == value


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2023-12-07", (D(2023, 12, 7), D(2023, 12, 7))),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
        ("2023", (D(2023, 1, 1), D(2023, 12, 31))),
        ("2023-W49", (D(2023, 12, 4), D(2023, 12, 10))),
        ("2000-W2", (D(2000, 1, 10), D(2000, 1, 16))),
        ("2023-W49-WE", (D(2023, 12, 9), D(2023, 12, 10))),
        ("2023-Q4", (D(2023, 10, 1), D(2023, 12, 31))),
        ("2023-H1", (D(2023, 1, 1), D(2023, 6, 30))),
        ("199", (D(1990, 1, 1), D(1999, 12, 31))),
        ("19", (D(1900, 1, 1), D(1999, 12, 31))),
        ("2023-12-07TNI", (D(2023, 12, 7), D(2023, 12, 7))),
    ],
)
def test_value_interval(value: str, interval: tuple[D, D]) -> None:
    assert value_interval(value) == interval


@pytest.mark.parametrize(
    "value",
    [
        "XXXX-12-07",
        "PAST_REF",
        "P3D",
        "2023-SU",
        "FY2024",
        "2023-13",
        "2023-02-30",
        "2023-W60",
        "2023-H3",
    ],
)
def test_no_interval(value: str) -> None:
    assert value_interval(value) is None
