"""Temporal expressions: find dates, times, durations and sets, and normalise them to TIMEX3.

:func:`extract_dates` finds the matches of one big pattern
(:mod:`~newscorpus.dates.patterns`) in a single anchored scan
(:mod:`~newscorpus.dates.scan`, which tries only the rules that can match
there: :mod:`~newscorpus.dates.prefixes`), and resolves each to a TIMEX3 value
(:mod:`~newscorpus.dates.absolute` for calendar dates,
:mod:`~newscorpus.dates.relative` for dates relative to the reference or the
previous date, :mod:`~newscorpus.dates.times` for times of day,
:mod:`~newscorpus.dates.amounts` for durations and sets), with calendar
arithmetic in :mod:`~newscorpus.dates.resolve` and tense cues in
:mod:`~newscorpus.dates.tense`. :func:`infer_reference_date`
(:mod:`~newscorpus.dates.anchor`) finds a reference date when none is given.
Word lists live in ``newscorpus/data/dates_*.txt``.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from newscorpus.dates.anchor import infer_reference_date, usable_reference
from newscorpus.dates.model import (
    ReferenceDate,
    ReferenceSource,
    TimeExpression,
    TimexMod,
    TimexType,
)
from newscorpus.dates.normalize import tag

if TYPE_CHECKING:
    from newscorpus.document import Document

__all__ = [
    "ReferenceDate",
    "ReferenceSource",
    "TimeExpression",
    "TimexMod",
    "TimexType",
    "extract_dates",
    "infer_reference_date",
]


def _as_date(value: object) -> datetime.date:
    if isinstance(value, ReferenceDate):
        return value.date
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"reference_date must be a date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"reference_date must be a date, not {type(value).__name__}")


def extract_dates(
    text_or_document: str | Document,
    reference_date: datetime.date | ReferenceDate | str | None = None,
) -> tuple[TimeExpression, ...]:
    """Find the temporal expressions of a text and normalise them to TIMEX3 values.

    Relative expressions ("last month", "Friday", "two days later") are
    resolved against ``reference_date``. When it is None, the document's own
    reference date is used, else one inferred by :func:`infer_reference_date`
    with a confidence of at least 0.5 (from a dateline); failing that, values
    keep ``X`` for what cannot be known (``XXXX-12-07``).

    Args:
        text_or_document: A string (offsets refer to it exactly) or a Document.
        reference_date: The publication date: a ``datetime.date``, a
            :class:`ReferenceDate` or an ISO ``YYYY-MM-DD`` string.

    Returns:
        The expressions, sorted by start.

    Raises:
        TypeError: If the text is neither a string nor a Document, or the
            reference date is not a date.
        ValueError: If a reference date string is not a valid date.

    Example:
        >>> import datetime
        >>> text = "Prices rose last month and will be reviewed every 10 minutes."
        >>> for t in extract_dates(text, datetime.date(2023, 12, 8)):
        ...     print(t.text, t.type.value, t.value)
        last month DATE 2023-11
        every 10 minutes SET PT10M
    """
    from newscorpus.document import Document

    if isinstance(text_or_document, Document):
        text = text_or_document.text
        if reference_date is None:
            reference_date = text_or_document.reference_date
    elif isinstance(text_or_document, str):
        text = text_or_document
    else:
        raise TypeError(f"expected a str or a Document, not {type(text_or_document).__name__}")
    if reference_date is None:
        reference_date = usable_reference(text_or_document)
    ref = None if reference_date is None else _as_date(reference_date)
    return tag(text, ref)
