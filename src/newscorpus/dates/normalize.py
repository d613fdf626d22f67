"""Scan a text once and turn every match into a resolved TimeExpression."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from newscorpus.dates import absolute, amounts, relative, times
from newscorpus.dates.draft import Context, Draft, Handler
from newscorpus.dates.model import TimeExpression, TimexType
from newscorpus.dates.patterns import ANCHOR, STARTER, TIMEX
from newscorpus.dates.values import value_interval

__all__ = ["HANDLERS", "tag"]

#: Rule name -> handler, for every rule of :data:`newscorpus.dates.patterns.TIMEX`.
HANDLERS: dict[str, Handler] = {
    **absolute.HANDLERS,
    **relative.HANDLERS,
    **times.HANDLERS,
    **amounts.HANDLERS,
}


def _expression(text: str, draft: Draft) -> TimeExpression:
    interval = value_interval(draft.value) if draft.type is TimexType.DATE else None
    return TimeExpression(
        start=draft.start,
        end=draft.end,
        text=text[draft.start : draft.end],
        type=draft.type,
        value=draft.value,
        mod=draft.mod,
        quant=draft.quant,
        freq=draft.freq,
        anchor=draft.anchor,
        interval=interval,
    )


#: How far before its first anchor word an expression may start ("no more than twenty-five years").
_LOOKBACK = 50


def matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`TIMEX` in ``text``, as ``TIMEX.finditer`` would give them.

    Scanning the whole text with the big pattern is slow; instead a cheap
    pattern finds the anchor words every expression contains (a month, a
    unit, a year...), and the big pattern is tried only at the few word
    starts shortly before each anchor, leftmost first.

    Args:
        text: The text.

    Yields:
        Non-overlapping matches, left to right.

    Example:
        >>> [m.group() for m in matches("He left three days ago, on Friday.")]
        ['three days ago', 'Friday']
    """
    pos = 0  # the end of the last match
    tried = 0  # every word start before this has been tried already
    for anchor in ANCHOR.finditer(text):
        at = anchor.start()
        if at < pos:
            continue
        # A start tried for an earlier anchor gives the same match again (or none),
        # and that match ended before this anchor: never try a start twice.
        start = max(pos, tried, at - _LOOKBACK)
        while True:
            starter = STARTER.search(text, start, anchor.end() + 1)
            if starter is None or starter.start() > at:
                break
            start = starter.start()
            tried = start + 1
            m = TIMEX.match(text, start)
            if m is not None and m.end() > at:
                yield m
                pos = m.end()
                break
            start += 1


def tag(text: str, reference_date: datetime.date | None) -> tuple[TimeExpression, ...]:
    """Find and resolve every temporal expression of ``text``.

    Args:
        text: The text.
        reference_date: The date relative expressions resolve against, or None.

    Returns:
        The expressions, sorted by start.

    Example:
        >>> import datetime
        >>> [(t.text, t.value) for t in tag("He left on Friday.", datetime.date(2023, 12, 8))]
        [('Friday', '2023-12-08')]
    """
    ctx = Context(text, reference_date)
    out: list[TimeExpression] = []
    for match in matches(text):
        rule = match.lastgroup
        if rule is None:  # pragma: no cover - every alternative is a named group
            continue
        try:
            drafts = HANDLERS[rule](match, ctx)
        except (ValueError, OverflowError):  # a date out of range ("Feb. 30, 9999"): skip it
            continue
        for draft in drafts:
            if draft.end <= draft.start:
                continue
            out.append(_expression(text, draft))
            if draft.point is not None:
                ctx.remember(draft.point, draft.end)
    out.sort(key=lambda t: (t.start, t.end))
    return tuple(out)
