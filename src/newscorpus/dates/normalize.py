"""Scan a text once and turn every match into a resolved TimeExpression."""

from __future__ import annotations

import datetime
import functools

from newscorpus.dates import absolute, amounts, relative, times
from newscorpus.dates.draft import Context, Draft, Handler
from newscorpus.dates.model import TimeExpression, TimexType
from newscorpus.dates.scan import matches
from newscorpus.dates.values import value_interval

__all__ = ["HANDLERS", "tag"]

#: Rule name -> handler, for every rule of :data:`newscorpus.dates.patterns.TIMEX`.
HANDLERS: dict[str, Handler] = {
    **absolute.HANDLERS,
    **relative.HANDLERS,
    **times.HANDLERS,
    **amounts.HANDLERS,
}


#: value_interval, remembered: the same few values come back in every text.
_interval = functools.lru_cache(maxsize=4096)(value_interval)


def _expression(text: str, draft: Draft) -> TimeExpression:
    start, end, type_, value = draft.start, draft.end, draft.type, draft.value
    interval = _interval(value) if type_ is TimexType.DATE else None
    # Positional arguments, in TimeExpression's field order: a keyword call costs more,
    # once per expression.
    return TimeExpression(
        start,
        end,
        text[start:end],
        type_,
        value,
        draft.mod,
        draft.quant,
        draft.freq,
        draft.anchor,
        interval,
    )


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
    # The whole scan first, then the handlers: run in turn rather than one match at a
    # time, the engine's scan and the handlers' Python each keep the processor's
    # caches (about 1.5% less time for the same instructions).
    for match in list(matches(text)):
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
