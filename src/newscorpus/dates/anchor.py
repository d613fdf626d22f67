"""Find a document's reference (publication) date when none is given.

Sources, from the most to the least reliable: the document's metadata, a
date in its file name, a dateline at the head of the text ("NEW YORK, Nov.
19 (UPI) —", "WASHINGTON, Dec. 7, 2023 —"), and the latest full date written
in the text. A dateline without a year takes it from the text: a year the text
names (or the next one) in which the dateline's day falls on the weekday the
lead mentions.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

import regex

from newscorpus.dateline import find_dateline
from newscorpus.dates.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    WEEKDAYS,
    fill,
)
from newscorpus.dates.model import ReferenceDate, ReferenceSource
from newscorpus.dates.scan import trie

if TYPE_CHECKING:
    from newscorpus.document import Document

__all__ = [
    "MIN_CONFIDENCE",
    "TEXT_CONFIDENCE",
    "infer_reference_date",
    "usable_reference",
]

#: The least confidence an inferred reference date needs before extract_dates uses it.
MIN_CONFIDENCE = 0.5
#: The confidence of a date found only in the body of the text. Body text mostly
#: names past events ("the June 4, 1989 crackdown"): on 2,452 newswire articles the
#: latest full date was the publication date (within two days) once in 80 times.
TEXT_CONFIDENCE = 0.2

_MONTH = fill(
    r"(?:%(MONTHS)s)\.?(?!\w)",
    {
        "MONTHS": trie(
            sorted({v for m in MONTH_NAMES + MONTH_ABBREVIATIONS for v in (m, m.upper())})
        )
    },
)
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
_YEAR = r"(?:19[0-9][0-9]|20[0-9][0-9])(?!\w)"

# The standard library's engine scans for this simple pattern several times faster than `regex`.
_FULL_DATE = re.compile(
    fill(
        r"""
    (?<![\w.])
    (?:
        (?P<mon>%(MONTH)s)[ \t]*(?P<day>%(DAY)s),?[ \t]+(?P<year>%(YEAR)s)
      | (?P<day2>%(DAY)s)[ \t]+(?:of[ \t]+)?(?P<mon2>%(MONTH)s),?[ \t]+(?P<year2>%(YEAR)s)
      | (?P<iso>%(YEAR)s-[01][0-9]-[0-3][0-9])(?![\w-])
    )
    """,
        {"MONTH": _MONTH, "DAY": _DAY, "YEAR": _YEAR},
    ),
    re.VERBOSE,
)
"""A date with day, month and year: "Dec. 7, 2023", "7 December 2023", "2023-12-07"."""

_YEAR_ONLY = regex.compile(r"(?<![\w$.,-])(?:19|20)[0-9]{2}(?![\w%])")
"""A four-digit year anywhere in the text."""

_LEAD_WEEKDAY = regex.compile(
    r"(?<!\w)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\w)"
)
"""A weekday in the lead of an article."""

_LEAD = 400  # characters after the dateline searched for the lead's weekday
_HEAD_LINES = 4  # lines at the head of a text where a date may stand alone
_HEAD_LINES_CHARS = 600

_WEEKDAY_PREFIX = regex.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+", regex.IGNORECASE
)
"""A weekday before a date: "Thursday, " in "Thursday, December 7, 2023"."""


def _date(m: re.Match[str] | regex.Match[str]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a _DATELINE or _FULL_DATE match."""
    if m["iso"]:
        try:
            d = datetime.date.fromisoformat(m["iso"])
        except ValueError:
            return None
        return d.year, d.month, d.day
    mon, day, year = (
        (m["mon"], m["day"], m["year"]) if m["mon"] else (m["mon2"], m["day2"], m["year2"])
    )
    month = MONTHS[mon.lower().rstrip(".")]
    return (int(year) if year else None), month, int(day.rstrip("stndrh"))


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _latest_full_date(text: str) -> datetime.date | None:
    found = []
    for m in _FULL_DATE.finditer(text):
        parts = _date(m)
        if parts is not None and parts[0] is not None:
            date = _valid(parts[0], parts[1], parts[2])
            if date is not None:
                found.append(date)
    return max(found, default=None)


def _date_line(text: str) -> datetime.date | None:
    """A full date standing alone on one of the first lines: "Thursday, December 7, 2023"."""
    for line in text[:_HEAD_LINES_CHARS].split("\n")[:_HEAD_LINES]:
        line = line.strip()
        # Such a date ends with a digit of its year: most lines (headlines, bylines, the
        # lead) end otherwise and skip both patterns.
        if not "0" <= line[-1:] <= "9":
            continue
        line = _WEEKDAY_PREFIX.sub("", line)
        m = _FULL_DATE.fullmatch(line)
        parts = _date(m) if m is not None else None
        if parts is not None and parts[0] is not None:
            return _valid(parts[0], parts[1], parts[2])
    return None


def _year_for(text: str, lead_start: int, month: int, day: int) -> int | None:
    """The year of a dateline without one: a year the text names, or the one after it,
    in which the dateline's day falls on the weekday the lead mentions, when only
    one such year fits best (the latest)."""
    weekday = _LEAD_WEEKDAY.search(text, lead_start, lead_start + _LEAD)
    if weekday is None:
        return None
    iso = WEEKDAYS[weekday[1].lower()]
    named = {int(y) for y in _YEAR_ONLY.findall(text)}
    fitting = [
        year
        for year in sorted(named | {y + 1 for y in named})
        if (date := _valid(year, month, day)) is not None and date.isoweekday() == iso
    ]
    return fitting[-1] if fitting else None


def infer_reference_date(text_or_document: str | Document) -> ReferenceDate | None:
    """Find the date a text was published, to resolve its relative dates against.

    :func:`extract_dates` uses what this finds only when the confidence is at
    least :data:`MIN_CONFIDENCE` (0.5): metadata, a file name or a dateline,
    not a date that merely appears in the text (0.2).

    Args:
        text_or_document: A Document (its metadata and file name count) or a text.

    Returns:
        The date with its source and a confidence, or None when nothing tells.

    Raises:
        TypeError: If the argument is neither a string nor a Document.

    Example:
        >>> found = infer_reference_date("WASHINGTON, Dec. 7, 2023 — The Senate voted.")
        >>> found.date, found.source.value, found.confidence
        (datetime.date(2023, 12, 7), 'dateline', 0.9)
        >>> infer_reference_date("No date here.") is None
        True
    """
    return _infer(text_or_document, body=True)


def _infer(text_or_document: str | Document, *, body: bool) -> ReferenceDate | None:
    """:func:`infer_reference_date`, looking at the body text only when ``body`` is True."""
    from newscorpus.document import Document, date_from_metadata, reference_date_from_id

    if isinstance(text_or_document, Document):
        doc = text_or_document
        if doc.reference_date is not None:
            if (
                date_from_metadata(doc.extra) is None
                and reference_date_from_id(doc.id) == doc.reference_date
            ):
                return ReferenceDate(doc.reference_date, ReferenceSource.FILE_NAME, 0.9)
            return ReferenceDate(doc.reference_date, ReferenceSource.METADATA, 1.0)
        text = doc.text
    elif isinstance(text_or_document, str):
        text = text_or_document
    else:
        raise TypeError(f"expected a str or a Document, not {type(text_or_document).__name__}")

    date = _date_line(text)
    if date is not None:
        return ReferenceDate(date, ReferenceSource.DATELINE, 0.9)
    dateline = find_dateline(text)
    if dateline is not None and dateline.month is not None and dateline.day is not None:
        if dateline.year is not None:
            date = _valid(dateline.year, dateline.month, dateline.day)
            if date is not None:
                return ReferenceDate(date, ReferenceSource.DATELINE, 0.9)
        else:
            year = _year_for(text, dateline.span.end, dateline.month, dateline.day)
            date = None if year is None else _valid(year, dateline.month, dateline.day)
            if date is not None:
                return ReferenceDate(date, ReferenceSource.DATELINE, 0.6)
    latest = _latest_full_date(text) if body else None
    if latest is not None:
        return ReferenceDate(latest, ReferenceSource.TEXT, TEXT_CONFIDENCE)
    return None


def usable_reference(text_or_document: str | Document) -> ReferenceDate | None:
    """The reference date :func:`extract_dates` resolves against when given none.

    Args:
        text_or_document: A Document or a text.

    Returns:
        The document's own reference date, or an inferred one with a confidence
        of at least :data:`MIN_CONFIDENCE`, or None.

    Example:
        >>> usable_reference("The treaty of May 3, 1999 was replaced.") is None
        True
    """
    # A date from the body text is never confident enough: do not scan for one.
    found = _infer(text_or_document, body=False)
    return found if found is not None and found.confidence >= MIN_CONFIDENCE else None
