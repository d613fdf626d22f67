"""Calendar arithmetic: place weekdays, months, seasons and holidays around a date.

Every function takes the date to resolve against (the reference date or the
previously mentioned date) and returns a concrete date; none of them looks at
today's date.
"""

from __future__ import annotations

import calendar
import datetime

from dateutil.easter import easter

from newscorpus.dates.lexicon import HOLIDAYS
from newscorpus.dates.tense import Tense
from newscorpus.dates.values import Granularity, Point

__all__ = [
    "SEASON_ORDER",
    "holiday_date",
    "month_day_date",
    "month_year",
    "nearest_year",
    "season_of",
    "shift",
    "weekday_date",
]

_ONE_DAY = datetime.timedelta(days=1)


def weekday_date(
    ref: datetime.date, weekday: int, tense: Tense | None, rel: str = ""
) -> datetime.date:
    """The date of a weekday named around ``ref``.

    Args:
        ref: The date to resolve against.
        weekday: ISO weekday (Monday is 1).
        tense: ``"future"`` picks the next such day, otherwise the last one;
            the reference day itself when it is that weekday.
        rel: ``"last"`` (strictly before), ``"next"`` (strictly after),
            ``"this"`` (in the same ISO week), or ``""``.

    Returns:
        The date.

    Example:
        >>> import datetime
        >>> ref = datetime.date(1998, 8, 11)  # a Tuesday
        >>> weekday_date(ref, 5, None), weekday_date(ref, 5, "future")
        (datetime.date(1998, 8, 7), datetime.date(1998, 8, 14))
    """
    delta = weekday - ref.isoweekday()
    if rel == "this":
        return ref + datetime.timedelta(days=delta)
    if rel == "last":
        return ref - datetime.timedelta(days=(-delta) % 7 or 7)
    if rel == "next":
        return ref + datetime.timedelta(days=delta % 7 or 7)
    if delta == 0:
        return ref
    if tense == "future":
        return ref + datetime.timedelta(days=delta % 7)
    return ref - datetime.timedelta(days=(-delta) % 7)


def nearest_year(
    ref: datetime.date,
    month: int,
    day: int,
    tense: Tense | None,
    rel: str = "",
    weight: float = 0.0,
) -> int | None:
    """The year that puts month/day where the context says, around ``ref``.

    Args:
        ref: The date to resolve against.
        month: The month.
        day: The day of the month.
        tense: ``"past"``: on or before ``ref``; ``"future"``: on or after;
            None: the nearest.
        rel: ``"last"``/``"next"`` force strictly before/after; ``"this"`` the same year.
        weight: When above 0, the tense only leans: a date on the other side
            of ``ref`` counts ``weight`` times as far, so "was upbeat about
            the Dec. 15 summit" nine days ahead stays ahead.

    Returns:
        The year, or None when the day never exists (February 30).

    Example:
        >>> import datetime
        >>> nearest_year(datetime.date(2000, 1, 15), 11, 25, None)
        1999
    """
    if rel == "this":
        return ref.year
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(datetime.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weight and tense and not rel:

        def cost(d: datetime.date) -> tuple[float, bool]:
            days = abs((d - ref).days)
            against = (d > ref) if tense == "past" else (d < ref)
            return days * (weight if against else 1.0), d > ref

        return min(candidates, key=cost).year
    if rel == "last" or (tense == "past" and not rel):
        before = [d for d in candidates if d < ref or (d == ref and not rel)]
        if before:
            return before[-1].year
    if rel == "next" or (tense == "future" and not rel):
        after = [d for d in candidates if d > ref or (d == ref and not rel)]
        if after:
            return after[0].year
    # Nearest; a tie goes to the past, as news mostly reports what happened.
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref)).year


def month_year(
    ref: datetime.date, month: int, tense: Tense | None, rel: str = "", weight: float = 0.0
) -> int:
    """The year of a month named around ``ref`` ("in April", "last October").

    Args:
        ref: The date to resolve against.
        month: The month.
        tense: ``"past"``: the last such month up to ``ref``; ``"future"``: the
            next one from ``ref``; None: the one in the reference year.
        rel: ``"last"``, ``"next"``, ``"this"`` or ``""``.

    Returns:
        The year.

    Example:
        >>> import datetime
        >>> ref = datetime.date(1999, 4, 10)
        >>> month_year(ref, 12, "past"), month_year(ref, 12, None), month_year(ref, 1, "future")
        (1998, 1999, 2000)
    """
    if rel == "this" or (month == ref.month and not rel):
        return ref.year
    if weight and tense and not rel:  # the tense leans, as in nearest_year
        here = ref.year * 12 + ref.month

        def cost(year: int) -> float:
            diff = year * 12 + month - here
            against = diff > 0 if tense == "past" else diff < 0
            return abs(diff) * (weight if against else 1.0)

        return min((ref.year - 1, ref.year, ref.year + 1), key=cost)
    if rel == "last" or (tense == "past" and not rel):
        return ref.year if month < ref.month else ref.year - 1
    if rel == "next" or (tense == "future" and not rel):
        return ref.year if month > ref.month else ref.year + 1
    return ref.year  # no cue: the reference year, as HeidelTime does


def month_day_date(
    ref: datetime.date, month: int, day: int, tense: Tense | None, rel: str = ""
) -> datetime.date | None:
    """A month and day placed in the year the context calls for.

    Example:
        >>> import datetime
        >>> month_day_date(datetime.date(2000, 1, 5), 1, 14, "future")
        datetime.date(2000, 1, 14)
    """
    year = nearest_year(ref, month, day, tense, rel)
    return None if year is None else datetime.date(year, month, day)


#: Seasons in calendar order within a season-year (winter is the one that starts in December).
SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_of(date: datetime.date) -> tuple[int, str]:
    """The season a date falls in, as (season-year, code), by meteorological seasons.

    Example:
        >>> import datetime
        >>> season_of(datetime.date(1999, 1, 10))
        (1998, 'WI')
    """
    m = date.month
    if m in (1, 2):
        return date.year - 1, "WI"
    return date.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[m - 3]


def season_year(ref: datetime.date, season: str, tense: Tense | None, rel: str = "") -> int:
    """The season-year of a season named around ``ref`` ("last fall": the fall before).

    Example:
        >>> import datetime
        >>> season_year(datetime.date(1999, 4, 10), "FA", None, "last")
        1998
    """
    year, current = season_of(ref)
    now = year * 4 + SEASON_ORDER.index(current)
    same_year = year * 4 + SEASON_ORDER.index(season)
    if rel == "this":
        return year
    if rel == "last" or (tense == "past" and not rel):
        target = same_year if same_year < now or (same_year == now and not rel) else same_year - 4
        return target // 4
    if rel == "next" or (tense == "future" and not rel):
        target = same_year if same_year > now or (same_year == now and not rel) else same_year + 4
        return target // 4
    return year


def holiday_date(name: str, year: int) -> datetime.date | None:
    """The date of a holiday listed in ``data/dates_holidays.txt`` in a year.

    Example:
        >>> holiday_date("thanksgiving", 1999), holiday_date("easter", 2000)
        (datetime.date(1999, 11, 25), datetime.date(2000, 4, 23))
    """
    rule = HOLIDAYS.get(" ".join(name.lower().replace("’", "'").split()))
    if rule is None:
        return None
    if rule.startswith("easter"):
        return easter(year) + datetime.timedelta(days=int(rule[6:]))
    if rule == "election":  # the Tuesday after the first Monday of November
        first = datetime.date(year, 11, 1)
        monday = first + datetime.timedelta(days=(7 - first.weekday()) % 7)
        return monday + _ONE_DAY
    if ":" in rule:
        month, weekday, nth = (int(part) for part in rule.split(":"))
        if nth > 0:
            first = datetime.date(year, month, 1)
            offset = (weekday - first.isoweekday()) % 7
            return first + datetime.timedelta(days=offset + 7 * (nth - 1))
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        return last - datetime.timedelta(days=(last.isoweekday() - weekday) % 7)
    month, day = (int(part) for part in rule.split("-"))
    return datetime.date(year, month, day)


def shift(point: Point, amount: int, unit: str) -> Point:
    """Move a point by whole units, keeping the granularity of the unit.

    Args:
        point: The point to move from.
        amount: How many units (negative: back in time).
        unit: ``D``, ``W``, ``M`` or ``Y``.

    Returns:
        The new point: a day, week, month or year.

    Example:
        >>> import datetime
        >>> shift((datetime.date(2000, 1, 6), "day"), -6, "W")
        (datetime.date(1999, 11, 25), 'week')
    """
    date = point[0]
    granularity: Granularity
    if unit == "D":
        date, granularity = date + datetime.timedelta(days=amount), "day"
    elif unit == "W":
        date, granularity = date + datetime.timedelta(weeks=amount), "week"
    elif unit == "M":
        date, granularity = _add_months(date, amount), "month"
    else:
        date, granularity = _add_months(date, 12 * amount), "year"
    return date, granularity


def _add_months(date: datetime.date, months: int) -> datetime.date:
    """``date + dateutil.relativedelta(months=months)``: the same day ``months`` later, or
    the last day of that month when it is shorter; a few times faster than relativedelta.

    Raises:
        ValueError, OverflowError: When the year falls outside what a date can hold.
    """
    year, month = divmod(date.year * 12 + date.month - 1 + months, 12)
    return datetime.date(year, month + 1, min(date.day, calendar.monthrange(year, month + 1)[1]))
