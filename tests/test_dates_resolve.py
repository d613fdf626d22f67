"""Tests for newscorpus.dates.resolve: calendar arithmetic around a reference date."""

from __future__ import annotations

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.dates.resolve import (
    _add_months,
    holiday_date,
    month_day_date,
    month_year,
    nearest_year,
    season_of,
    season_year,
    shift,
    weekday_date,
)

D = datetime.date
FRIDAY = D(2023, 12, 8)


@pytest.mark.parametrize(
    ("weekday", "tense", "rel", "date"),
    [
        (5, None, "", FRIDAY),
        (5, "future", "", FRIDAY),
        (2, None, "", D(2023, 12, 5)),
        (2, "past", "", D(2023, 12, 5)),
        (2, "future", "", D(2023, 12, 12)),
        (5, None, "last", D(2023, 12, 1)),
        (5, None, "next", D(2023, 12, 15)),
        (1, None, "this", D(2023, 12, 4)),
        (7, None, "this", D(2023, 12, 10)),
    ],
)
def test_weekday_date(weekday: int, tense: str | None, rel: str, date: D) -> None:
    assert weekday_date(FRIDAY, weekday, tense, rel) == date  # type: ignore[arg-type]


def test_nearest_year() -> None:
    assert nearest_year(D(2000, 1, 15), 11, 25, None) == 1999
    assert nearest_year(D(2000, 1, 15), 2, 10, None) == 2000
    assert nearest_year(D(2000, 1, 15), 2, 10, "past") == 1999
    assert nearest_year(D(2000, 1, 15), 1, 10, "future") == 2001
    assert nearest_year(D(2000, 1, 15), 1, 15, "past") == 2000
    assert nearest_year(D(2000, 1, 15), 1, 15, None, "last") == 1999
    assert nearest_year(D(2001, 3, 1), 2, 29, None) == 2000
    assert nearest_year(D(2001, 3, 1), 2, 30, None) is None
    assert month_day_date(D(2001, 3, 1), 2, 30, None) is None


def test_month_year() -> None:
    ref = D(1999, 4, 10)
    assert month_year(ref, 4, "past") == 1999
    assert month_year(ref, 5, "past") == 1998
    assert month_year(ref, 3, "future") == 2000
    assert month_year(ref, 12, None) == 1999
    assert month_year(ref, 12, None, "last") == 1998
    assert month_year(ref, 4, None, "next") == 2000


def test_seasons() -> None:
    assert season_of(D(1999, 1, 10)) == (1998, "WI")
    assert season_of(D(1999, 12, 10)) == (1999, "WI")
    assert season_of(D(1999, 7, 1)) == (1999, "SU")
    ref = D(1999, 4, 10)  # spring
    assert season_year(ref, "FA", None, "last") == 1998
    assert season_year(ref, "WI", None, "last") == 1998
    assert season_year(ref, "SP", None, "last") == 1998
    assert season_year(ref, "SU", None, "next") == 1999
    assert season_year(ref, "SP", None, "next") == 2000
    assert season_year(ref, "SU", "past") == 1998
    assert season_year(ref, "SU", None) == 1999


@pytest.mark.parametrize(
    ("name", "year", "date"),
    [
        ("Thanksgiving", 1999, D(1999, 11, 25)),
        ("thanksgiving", 2023, D(2023, 11, 23)),
        ("Easter", 2000, D(2000, 4, 23)),
        ("Good Friday", 2000, D(2000, 4, 21)),
        ("Memorial Day", 2023, D(2023, 5, 29)),
        ("Labor Day", 2023, D(2023, 9, 4)),
        ("Election Day", 1998, D(1998, 11, 3)),
        ("Election Day", 2022, D(2022, 11, 8)),
        ("Christmas", 1960, D(1960, 12, 25)),
        ("New Year’s Day", 2024, D(2024, 1, 1)),
        ("Martin Luther King Day", 2024, D(2024, 1, 15)),
    ],
)
def test_holiday_date(name: str, year: int, date: D) -> None:
    assert holiday_date(name, year) == date


def test_unknown_holiday() -> None:
    assert holiday_date("Groundhog Day", 2023) is None


def test_shift() -> None:
    assert shift((D(2000, 1, 31), "day"), 1, "M") == (D(2000, 2, 29), "month")
    assert shift((D(2000, 1, 6), "day"), -6, "W") == (D(1999, 11, 25), "week")
    assert shift((D(2000, 2, 29), "day"), 1, "Y") == (D(2001, 2, 28), "year")
    assert shift((D(2000, 1, 1), "day"), -3, "D") == (D(1999, 12, 29), "day")


def _relativedelta_months(date: datetime.date, months: int) -> datetime.date | type[Exception]:
    try:
        return date + relativedelta(months=months)
    except (ValueError, OverflowError) as exc:
        return type(exc) if isinstance(exc, OverflowError) else ValueError


@given(st.dates(), st.integers(-130_000, 130_000))
def test_months_are_added_as_relativedelta_adds_them(date: datetime.date, months: int) -> None:
    try:
        got: datetime.date | type[Exception] = _add_months(date, months)
    except (ValueError, OverflowError) as exc:
        got = type(exc) if isinstance(exc, OverflowError) else ValueError
    assert got == _relativedelta_months(date, months)


_REFS = st.dates(D(2, 1, 1), D(9998, 12, 31))
_WEIGHTS = st.floats(1.0, 20.0)


@given(_REFS, st.integers(1, 12), st.integers(1, 31), _WEIGHTS, _WEIGHTS)
def test_a_day_placed_alike_by_both_strongest_leans_is_placed_alike_by_every_reading(
    ref: datetime.date, month: int, day: int, weight: float, strongest: float
) -> None:
    # absolute.day_draft reads no tense when the two strongest leans agree.
    weight, strongest = sorted((weight, strongest))
    year = nearest_year(ref, month, day, "past", weight=strongest)
    if year == nearest_year(ref, month, day, "future", weight=strongest):
        assert nearest_year(ref, month, day, None, weight=weight) == year
        assert nearest_year(ref, month, day, "past", weight=weight) == year
        assert nearest_year(ref, month, day, "future", weight=weight) == year
