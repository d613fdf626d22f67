"""The results of temporal tagging: TimeExpression, its type and modifier, and ReferenceDate."""

from __future__ import annotations

import datetime
import enum
from typing import Literal

import attrs

__all__ = ["Anchor", "ReferenceDate", "ReferenceSource", "TimeExpression", "TimexMod", "TimexType"]

#: What a value was resolved against: the reference date (publication date),
#: the previously mentioned date, or nothing (the text says it all, or the
#: value stays underspecified).
Anchor = Literal["reference", "previous", "none"]


class TimexType(str, enum.Enum):
    """The four TIMEX3 types.

    Example:
        >>> TimexType("DATE") is TimexType.DATE
        True
    """

    DATE = "DATE"
    """A calendar date or period: ``2023-12-07``, ``2023-W49``, ``PAST_REF``."""
    TIME = "TIME"
    """A time of day, with its date when known: ``2023-12-07T15:30``, ``2023-12-07TNI``."""
    DURATION = "DURATION"
    """An amount of time: ``P3D``, ``PT10M``, ``PXY``."""
    SET = "SET"
    """A recurring time: ``P1W`` for "weekly", ``XXXX-WXX-2`` for "each Tuesday"."""


class TimexMod(str, enum.Enum):
    """The TIMEX3 ``mod`` attribute: how an expression bends its value.

    Example:
        >>> TimexMod.MORE_THAN.value
        'MORE_THAN'
    """

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


class ReferenceSource(str, enum.Enum):
    """Where a reference date came from, from the most to the least reliable.

    Example:
        >>> ReferenceSource.DATELINE.value
        'dateline'
    """

    METADATA = "metadata"
    """A date field of the document's metadata (sidecar file, JSONL record)."""
    FILE_NAME = "file_name"
    """A date written into the document id or file name."""
    DATELINE = "dateline"
    """The dateline at the head of the text ("WASHINGTON, Dec. 7, 2023 —")."""
    TEXT = "text"
    """The latest full date (with day, month and year) written in the text."""


def _check_confidence(
    instance: ReferenceDate, attribute: attrs.Attribute[float], value: float
) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be between 0 and 1, got {value}")


@attrs.frozen
class ReferenceDate:
    """A publication date found for a document, with where it came from.

    Attributes:
        date: The date relative expressions are resolved against.
        source: Where it was found.
        confidence: How much to trust it, from 0 to 1.

    Example:
        >>> import datetime
        >>> ReferenceDate(datetime.date(2023, 12, 8), ReferenceSource.DATELINE, 0.9).date
        datetime.date(2023, 12, 8)
    """

    date: datetime.date
    source: ReferenceSource
    confidence: float = attrs.field(validator=_check_confidence)


def _check_offset(instance: TimeExpression, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen
class TimeExpression:
    """A temporal expression (a TIMEX3) found in a text.

    Attributes:
        start: Offset of the first character in the text.
        end: Offset just past the last character.
        text: The expression as written: ``text[start:end]``.
        type: DATE, TIME, DURATION or SET.
        value: The TIMEX3 value: ``2023-12-07``, ``2023-W49``, ``199`` (the
            1990s), ``P3D``, ``PRESENT_REF``...; ``X`` marks parts that cannot
            be known (``XXXX-12-07`` without a year).
        mod: The TIMEX3 modifier ("more than two years": MORE_THAN), or None.
        quant: For sets, the quantifier ("EVERY", "EACH"), or None.
        freq: For sets, how often within the period ("2X" in "twice a year"), or None.
        anchor: What the value was resolved against: ``"reference"`` (the
            reference date), ``"previous"`` (the previously mentioned date) or
            ``"none"``.
        interval: For DATE values that name calendar days, the first and last
            day covered (``2022-07`` covers 2022-07-01 to 2022-07-31); else None.

    Example:
        >>> from newscorpus.dates import extract_dates
        >>> extract_dates("It opened in July 2022.")[0].interval
        (datetime.date(2022, 7, 1), datetime.date(2022, 7, 31))
    """

    start: int = attrs.field(validator=_check_offset)
    end: int = attrs.field(validator=_check_offset)
    text: str
    type: TimexType
    value: str
    mod: TimexMod | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: Anchor = "none"
    interval: tuple[datetime.date, datetime.date] | None = None

    def __attrs_post_init__(self) -> None:
        if self.end < self.start or len(self.text) != self.end - self.start:
            raise ValueError(f"bad span {self.start}..{self.end} for {self.text!r}")
