"""TIMEX3 value strings: formatting points and amounts, and the days a value covers."""

from __future__ import annotations

import calendar
import datetime
from typing import Literal

import regex

__all__ = ["Granularity", "Point", "duration_value", "format_point", "value_interval"]

#: How precisely a point in time is known.
Granularity = Literal["day", "week", "month", "year"]

#: A resolved calendar point: a date that stands for its day, week, month or year.
Point = tuple[datetime.date, Granularity]

_VALUE = regex.compile(
    r"""
    ^(?:
        (?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?     # 2023, 2023-12, 2023-12-07
      | (?P<wy>\d{4})-W(?P<w>\d\d?)(?P<we>-WE)?             # 2023-W49, 2000-W7, 2000-W7-WE
      | (?P<qy>\d{4})-(?P<qh>[QH])(?P<qn>[1-4])              # 2023-Q4, 2023-H2
      | (?P<dec>\d{3})                                       # 199: the 1990s
      | (?P<cen>\d{2})                                       # 19: the 1900s
    )(?:T.*)?$
    """,
    regex.VERBOSE,
)
"""A DATE value that names calendar days (group names tell which kind)."""


def format_point(point: Point) -> str:
    """The TIMEX3 value of a resolved point.

    Args:
        point: A date and the granularity it stands for.

    Returns:
        ``2023-12-07``, ``2023-W49``, ``2023-12`` or ``2023``.

    Example:
        >>> import datetime
        >>> format_point((datetime.date(2023, 12, 7), "week"))
        '2023-W49'
    """
    date, granularity = point
    if granularity == "day":
        return date.isoformat()
    if granularity == "week":
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week}"
    if granularity == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}"


def _number(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


#: A fraction of one unit expressed in the next smaller unit, for "5 1/2 hours".
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "M": ("S", 60)}


def duration_value(amount: float | None, unit: str, *, time: bool) -> str:
    """The TIMEX3 value of an amount of time.

    Args:
        amount: How many units, or None when unknown ("several days").
        unit: ``S M H`` (with ``time=True``) or ``D W M Y``.
        time: Whether the unit is a clock unit (seconds, minutes, hours).

    Returns:
        ``P3D``, ``PT10M``, ``PXY``, ``PT5H30M``...

    Example:
        >>> duration_value(5.5, "H", time=True), duration_value(None, "Y", time=False)
        ('PT5H30M', 'PXY')
    """
    prefix = "PT" if time else "P"
    if amount is None:
        return f"{prefix}X{unit}"
    whole = int(amount)
    frac = amount - whole
    if frac and (unit, time) != ("M", False) and unit in _SMALLER:
        small, per = _SMALLER[unit]
        small_time = time or unit == "D"
        rest = frac * per
        if rest == int(rest):
            if small_time and not time:  # days and a fraction: count hours
                return f"PT{_number(amount * 24)}H"
            if whole == 0:
                return f"{'PT' if small_time else 'P'}{_number(rest)}{small}"
            return f"{prefix}{whole}{unit}{_number(rest)}{small}"
    return f"{prefix}{_number(amount)}{unit}"


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def value_interval(value: str) -> tuple[datetime.date, datetime.date] | None:
    """The first and last calendar day a DATE value covers, or None.

    Args:
        value: A TIMEX3 DATE value.

    Returns:
        The two dates, or None for values with unknown parts (``XXXX-12-07``),
        seasons and references such as ``PAST_REF``.

    Example:
        >>> value_interval("2022-07")
        (datetime.date(2022, 7, 1), datetime.date(2022, 7, 31))
        >>> value_interval("199")
        (datetime.date(1990, 1, 1), datetime.date(1999, 12, 31))
        >>> value_interval("XXXX-12-07") is None
        True
    """
    m = _VALUE.match(value)
    if m is None:
        return None
    try:
        if m["y"]:
            year = int(m["y"])
            if m["d"]:
                day = datetime.date(year, int(m["m"]), int(m["d"]))
                return day, day
            if m["m"]:
                return datetime.date(year, int(m["m"]), 1), _month_end(year, int(m["m"]))
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        if m["wy"]:
            monday = datetime.date.fromisocalendar(int(m["wy"]), int(m["w"]), 1)
            if m["we"]:
                return monday + datetime.timedelta(days=5), monday + datetime.timedelta(days=6)
            return monday, monday + datetime.timedelta(days=6)
        if m["qy"]:
            year, n = int(m["qy"]), int(m["qn"])
            months = 3 if m["qh"] == "Q" else 6
            if n * months > 12:
                return None
            first = (n - 1) * months + 1
            return datetime.date(year, first, 1), _month_end(year, first + months - 1)
        if m["dec"]:
            start = int(m["dec"]) * 10
            return datetime.date(start, 1, 1), datetime.date(start + 9, 12, 31)
        start = int(m["cen"]) * 100
        return datetime.date(max(start, 1), 1, 1), datetime.date(start + 99, 12, 31)
    except ValueError:
        return None
