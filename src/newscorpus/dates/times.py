"""Handlers for times of day: clock times ("6:18 p.m.", "noon") and parts of days ("Friday night").

A time takes its day from the expression ("9 a.m. Tuesday"), from a weekday
right after it ("10:35 a.m. (0735 GMT) Friday"), from a day mentioned just
before in the same paragraph, or else from the reference date.
"""

from __future__ import annotations

import datetime
import re

from newscorpus.dates.draft import Context, Draft, Handler
from newscorpus.dates.lexicon import PARTS_OF_DAY, WEEKDAYS, number_value
from newscorpus.dates.model import Anchor, TimexType
from newscorpus.dates.relative import mod_of, weekday_draft

__all__ = ["HANDLERS"]

TIME = TimexType.TIME

_WEEKDAY_AFTER_TIME = re.compile(
    r"""\s*(?:\([^()\n]{0,25}\)\s*)?,?\s*(?:on\s+)?  # after a bracket: "10 a.m. (0700 GMT) Friday"
    (?:\([^()\n]{0,25}?\s)?                           # or in one: "4 a.m. (9 a.m. GMT Thursday)"
    (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\w)""",
    re.VERBOSE,
)
"""A weekday right after a clock time, which gives the time its day."""


def _day_of(ctx: Context, word: str) -> tuple[datetime.date | None, Anchor]:
    """The day a word names for a time of day: "yesterday", "that", "the next"..."""
    w = " ".join(word.lower().split())
    if w in ("that", "the same", "the next", "the following", "the previous"):
        base, anchor = ctx.base()
        if base is None or base[1] != "day":
            return None, "none"
        step = {"the next": 1, "the following": 1, "the previous": -1}.get(w, 0)
        return base[0] + datetime.timedelta(days=step), anchor
    if ctx.ref is None:
        return None, "none"
    step = {"tomorrow": 1, "yesterday": -1, "last": -1}.get(w, 0)
    return ctx.ref + datetime.timedelta(days=step), "reference"


def _partday(m: re.Match[str], ctx: Context) -> list[Draft]:
    if m["pd_tonight"]:
        code, word = "NI", "today"
    else:
        code, word = PARTS_OF_DAY[m["pd"].lower()], m["pd_day"]
    mod = mod_of(word) if word.lower() in ("early", "late") else None
    date: datetime.date | None
    anchor: Anchor
    if word.lower() in WEEKDAYS:
        day = weekday_draft(ctx, m.start(), m.end(), WEEKDAYS[word.lower()])
        if day.point is None:
            return [Draft(m.start(), m.end(), TIME, f"{day.value}T{code}")]
        date, anchor = day.point[0], "reference"
    else:
        date, anchor = _day_of(ctx, word)
    if date is None:
        return [Draft(m.start(), m.end(), TIME, f"XXXX-XX-XXT{code}", mod=mod)]
    value = f"{date.isoformat()}T{code}"
    return [Draft(m.start(), m.end(), TIME, value, mod=mod, anchor=anchor, point=(date, "day"))]


def _hour_minute(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The clock time a match names, or None when it is not one ("13 p.m.", "high noon")."""
    if m["cl_word"]:
        if ctx.word_before(m.start()) == "high":  # "high noon": a showdown, not a time
            return None
        return (24 if m["cl_word"].lower() == "midnight" else 12), 0
    if m["cl_h"] is not None:
        hour, minute = int(m["cl_h"]), int(m["cl_m"] or 0)
        if hour == 0 or hour > 12:
            return None
        return hour % 12 + (12 if m["cl_ap"][0].lower() == "p" else 0), minute
    if m["cl_h2"] is not None:
        return int(m["cl_h2"]), int(m["cl_m2"])
    value = number_value(m["cl_h3"] or m["cl_h4"])
    if value is None or not 1 <= value <= 12 or value != int(value):
        return None
    hour = int(value)
    if m["cl_pd"] and m["cl_pd"].lower() != "morning" and hour < 12:
        hour += 12
    return hour, 0


def _clock(m: re.Match[str], ctx: Context) -> list[Draft]:
    found = _hour_minute(m, ctx)
    if found is None:
        return []
    clock = f"{found[0]:02d}:{found[1]:02d}"
    date: datetime.date | None = None
    anchor: Anchor = "none"
    day_word = m["cl_day"]
    after = None if day_word else _WEEKDAY_AFTER_TIME.match(ctx.text, m.end())
    if day_word and day_word.lower() not in WEEKDAYS:
        date, anchor = _day_of(ctx, day_word)
    elif day_word or after is not None:
        if after is None:
            start, end, word = m.start(), m.end(), day_word
        else:
            start, end, word = after.start(1), after.end(1), after[1]
        day = weekday_draft(ctx, start, end, WEEKDAYS[word.lower()])
        if day.point is None:
            return [Draft(m.start(), m.end(), TIME, f"{day.value}T{clock}")]
        date, anchor = day.point[0], "reference"
    elif ctx.previous is not None and ctx.previous[1] == "day" and ctx.near_previous(m.start()):
        date, anchor = ctx.previous[0], "previous"
    elif ctx.ref is not None:
        date, anchor = ctx.ref, "reference"
    if date is None:
        return [Draft(m.start(), m.end(), TIME, f"XXXX-XX-XXT{clock}")]
    value = f"{date.isoformat()}T{clock}"
    return [Draft(m.start(), m.end(), TIME, value, anchor=anchor, point=(date, "day"))]


#: Rule name -> handler, for the time-of-day rules of :mod:`newscorpus.dates.patterns`.
HANDLERS: dict[str, Handler] = {
    "clock": _clock,
    "partday": _partday,
}
