"""Handlers for dates that need an anchor: weekdays, "last month", "two days later"...

Each resolves against the reference date ("yesterday", "last week", a bare
weekday or month, placed by the tense of the sentence) or against the
previously mentioned date ("the following day", "that week"), and leaves
``X`` in the value when there is nothing to resolve against.
"""

from __future__ import annotations

import datetime
import re

from newscorpus.dates.draft import MODS, Context, Draft, Handler, amount, unit_of
from newscorpus.dates.lexicon import CONTEXT, MONTHS, REFERENCES, SEASONS, WEEKDAYS
from newscorpus.dates.model import Anchor, TimexMod, TimexType
from newscorpus.dates.resolve import month_year, season_year, shift, weekday_date
from newscorpus.dates.values import Granularity, Point, duration_value, format_point

__all__ = ["HANDLERS", "point_draft", "weekday_draft"]

DATE = TimexType.DATE

#: How much farther a month alone may be on the side its tense points to.
_MONTH_STRONG, _MONTH_WEAK = 10.0, 10.0

_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}
#: Periods a counted relative expression names ("the past year") -> (multiple, unit).
_PERIODS = {
    "week": (1, "W"),
    "month": (1, "M"),
    "quarter": (3, "M"),
    "year": (1, "Y"),
    "decade": (10, "Y"),
    "century": (100, "Y"),
}
#: Unknown values of "last week", "next month"... without a reference date.
_UNKNOWN = {
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}
#: "last", "next"... -> how many periods from the reference date.
_STEPS = {"last": -1, "next": 1, "coming": 1, "this": 0, "current": 0}
#: "the following", "that"... -> how many periods from the previous date.
_ANAPHORIC = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0, "that": 0}


def mod_of(words: str | None) -> TimexMod | None:
    """The TIMEX3 mod of modifier words ("more than": MORE_THAN), or None."""
    return None if words is None else MODS.get(" ".join(words.lower().split()))


def _coarser(a: Granularity, b: Granularity) -> Granularity:
    return a if _RANK[a] >= _RANK[b] else b


def point_draft(
    start: int, end: int, point: Point, anchor: Anchor, mod: TimexMod | None = None
) -> Draft:
    """A DATE draft for a resolved point."""
    return Draft(start, end, DATE, format_point(point), mod=mod, anchor=anchor, point=point)


def weekday_draft(ctx: Context, start: int, end: int, weekday: int, rel: str = "") -> Draft:
    """A DATE draft for a weekday, placed around the reference date by tense or ``rel``."""
    if ctx.ref is None:
        return Draft(start, end, DATE, f"XXXX-WXX-{weekday}")
    # The tense decides only between the last and the next such day.
    needed = not rel and ctx.ref.isoweekday() != weekday
    tense = ctx.weekday_tense(start, end) if needed else None
    date = weekday_date(ctx.ref, weekday, tense, rel)
    return point_draft(start, end, (date, "day"), "reference")


def _weekday(m: re.Match[str], ctx: Context) -> list[Draft]:
    return [weekday_draft(ctx, m.start(), m.end(), WEEKDAYS[m["wd"].lower()])]


def _day_anaphor(ctx: Context, start: int, end: int, step: int, mod: TimexMod | None) -> Draft:
    """ "the following day", "that same day": a day counted from the previous date."""
    base, anchor = ctx.base()
    if base is None or (base[1] != "day" and (step or base[1] == "week")):
        return Draft(start, end, DATE, "XXXX-XX-XX", mod=mod)
    if base[1] != "day":  # "that same day" after "last October": some day of October
        value = format_point(base) + ("-XX" if base[1] == "month" else "-XX-XX")
        return Draft(start, end, DATE, value, mod=mod, anchor=anchor)
    return point_draft(start, end, shift(base, step, "D"), anchor, mod)


def _period_anaphor(
    ctx: Context, start: int, end: int, unit: str, step: int, mod: TimexMod | None
) -> list[Draft]:
    """ "the following week", "that year": a period counted from the previous date."""
    code = {"week": "W", "weekend": "W", "month": "M", "year": "Y"}.get(unit)
    if code is None:
        return []
    base, anchor = ctx.base()
    if base is None:
        return [Draft(start, end, DATE, _UNKNOWN[unit], mod=mod)]
    date, granularity = shift(base, step, code)
    return [point_draft(start, end, (date, _coarser(granularity, base[1])), anchor, mod)]


def _period(
    ctx: Context, start: int, end: int, unit: str, step: int, mod: TimexMod | None
) -> list[Draft]:
    """ "last week", "this year", "next quarter": a period counted from the reference date."""
    ref = ctx.ref
    if ref is None:
        return [Draft(start, end, DATE, _UNKNOWN[unit], mod=mod)]
    if unit == "decade":
        value = f"{ref.year // 10 + step:03d}"
    elif unit == "century":
        value = f"{ref.year // 100 + step:02d}"
    elif unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + step
        value = f"{index // 4:04d}-Q{index % 4 + 1}"
    elif unit in ("week", "weekend"):
        point: Point = (ref + datetime.timedelta(weeks=step), "week")
        value = format_point(point) + ("-WE" if unit == "weekend" else "")
        return [Draft(start, end, DATE, value, mod=mod, anchor="reference", point=point)]
    else:
        return [
            point_draft(start, end, shift((ref, "day"), step, unit[0].upper()), "reference", mod)
        ]
    return [Draft(start, end, DATE, value, mod=mod, anchor="reference")]


def _named(
    ctx: Context, start: int, end: int, word: str, rel: str, mod: TimexMod | None
) -> list[Draft]:
    """ "last fall", "next Friday", "this April": a named season, weekday or month."""
    lower = word.lower()
    if lower in SEASONS:
        code = SEASONS[lower]
        if ctx.ref is None:
            return [Draft(start, end, DATE, f"XXXX-{code}", mod=mod)]
        year = season_year(ctx.ref, code, None, rel)
        return [Draft(start, end, DATE, f"{year}-{code}", mod=mod, anchor="reference")]
    if lower in WEEKDAYS:
        day = weekday_draft(ctx, start, end, WEEKDAYS[lower], rel)
        return [Draft(start, end, DATE, day.value, mod, None, None, day.anchor, day.point)]
    month = MONTHS[lower]
    if ctx.ref is None:
        return [Draft(start, end, DATE, f"XXXX-{month:02d}", mod=mod)]
    year = month_year(ctx.ref, month, None, rel)
    return [point_draft(start, end, (datetime.date(year, month, 1), "month"), "reference", mod)]


def _relative(m: re.Match[str], ctx: Context) -> list[Draft]:
    start, end = m.start(), m.end()
    rel = " ".join(m["r_rel"].lower().split()).replace("that same", "that")
    word = m["r_unit"]
    unit = word.lower()
    the = m["r_the"] is not None
    mod = mod_of(m["r_pre"])
    if rel == "past" and not the and ctx.word_before(start) == "this":  # "this past week"
        # the "this" right before, in any case ("This past week"), within the 30
        # characters word_before reads
        lo = max(0, start - 30)
        start = lo + ctx.text[lo:start].lower().rindex("this")
        rel = "last"
    if unit == "day":
        step = _ANAPHORIC.get(rel)
        return [] if step is None else [_day_anaphor(ctx, start, end, step, mod)]
    if unit in _PERIODS and (rel == "past" or (the and rel in ("last", "next", "coming"))):
        multiple, code = _PERIODS[unit]  # "the past year": a duration up to now
        value = duration_value(multiple, code, time=False)
        return [Draft(start, end, TimexType.DURATION, value)]
    if rel in _ANAPHORIC and rel != "next":
        return _period_anaphor(ctx, start, end, unit, _ANAPHORIC[rel], mod)
    if rel not in _STEPS:
        return []
    if (word[0].isupper() and (unit in WEEKDAYS or unit in MONTHS)) or unit in SEASONS:
        direction = {"last": "last", "next": "next", "coming": "next"}.get(rel, "this")
        return _named(ctx, start, end, word, direction, mod)
    if unit not in _UNKNOWN:
        return []
    return _period(ctx, start, end, unit, _STEPS[rel], mod)


def _period_of(m: re.Match[str], ctx: Context) -> list[Draft]:
    """ "the end of the year": a part of the current period."""
    return _period(ctx, m.start(), m.end(), m["po_u"].lower(), 0, mod_of(m["po_pre"]))


def _this_time(m: re.Match[str], ctx: Context) -> list[Draft]:
    if ctx.ref is None:
        return [Draft(m.start(), m.end(), DATE, "XXXX-XX-XX")]
    if m["tt_two"]:  # the day after tomorrow, the day before yesterday
        step = 2 if m["tt_two"].lower().startswith("after") else -2
        date = ctx.ref + datetime.timedelta(days=step)
        return [point_draft(m.start(), m.end(), (date, "day"), "reference")]
    step = 1 if m["tt_rel"].lower() == "next" else -1
    date, _ = shift((ctx.ref, "day"), step, m["tt_u"][0].upper())
    return [point_draft(m.start(), m.end(), (date, "day"), "reference")]


def _ago(m: re.Match[str], ctx: Context) -> list[Draft]:
    mod = mod_of(m["ag_mod"])
    mod = (
        {
            TimexMod.MORE_THAN: TimexMod.BEFORE,
            TimexMod.LESS_THAN: TimexMod.AFTER,
            TimexMod.EQUAL_OR_MORE: TimexMod.ON_OR_BEFORE,
        }.get(mod, mod)
        if mod is not None
        else None
    )
    n = None if m["ag_bare"] else amount(m["ag_n"])
    if n is None or ctx.ref is None:
        return [Draft(m.start(), m.end(), DATE, "PAST_REF", mod=mod)]
    multiple, code, clock = unit_of(m["ag_u"])
    if m["ag_half"]:
        n += 0.5
    total = n * multiple
    if clock:  # "two hours ago": the reference day
        code, total = "D", 0
    elif total != int(total):
        if code != "Y" or total * 12 != int(total * 12):
            return [Draft(m.start(), m.end(), DATE, "PAST_REF", mod=mod)]
        code, total = "M", total * 12  # "a year and a half ago": 18 months
    try:
        point = shift((ctx.ref, "day"), -int(total), code)
    except (ValueError, OverflowError):  # before year 1: "2,500 years ago"
        return [Draft(m.start(), m.end(), DATE, "PAST_REF", mod=mod)]
    return [point_draft(m.start(), m.end(), point, "reference", mod)]


def _later(m: re.Match[str], ctx: Context) -> list[Draft]:
    n = amount(m["lt_n"])
    multiple, code, clock = unit_of(m["lt_u"])
    base, anchor = ctx.base()
    mod = mod_of(m["lt_mod"])
    if clock or n is None or n != int(n) or base is None:
        # The amount alone is a duration: "[over an hour] later".
        value = duration_value(None if n is None else n * multiple, code, time=clock)
        return [Draft(m.start(), m.end("lt_u"), TimexType.DURATION, value, mod=mod)]
    later = m["lt_w"].lower() == "later"
    date, granularity = shift(base, int(n * multiple) * (1 if later else -1), code)
    if mod in (TimexMod.MORE_THAN, TimexMod.LESS_THAN):  # "more than two years later": after
        mod = TimexMod.AFTER if (mod is TimexMod.MORE_THAN) == later else TimexMod.BEFORE
    point: Point = (date, _coarser(granularity, base[1]))
    return [point_draft(m.start(), m.end(), point, anchor, mod)]


def _month(m: re.Match[str], ctx: Context) -> list[Draft]:
    month = MONTHS[m["m_mon"].lower()]
    if m["m_mod"] is None and m["m_yrel"] is None:
        before, after = ctx.word_before(m.start()), ctx.word_after(m.end())
        if before in CONTEXT["title"] or after == "of":  # "Mrs May", "the March of the Mothers"
            return []
        if month in (3, 5) and before not in CONTEXT["month_lead"]:
            return []  # "May" and "March" alone are mostly a verb or a name
        name_follows = after[:1].isupper() and after.lower() not in WEEKDAYS
        if name_follows and after.lower() not in MONTHS and ctx.text[m.end()].isspace():
            return []  # a first name: "April Ryan", "June Carter"
    end = m.end("m_mon")
    mod = mod_of(m["m_mod"])
    if ctx.ref is None:
        return [Draft(m.start(), end, DATE, f"XXXX-{month:02d}", mod=mod)]
    if m["m_yrel"]:  # "April next year": the span is the month, the year comes from the rest
        year = ctx.ref.year + {"this": 0, "next": 1, "last": -1}[m["m_yrel"]]
    else:
        tense, strong = ctx.tense_strength(m.start(), end)
        year = month_year(ctx.ref, month, tense, weight=_MONTH_STRONG if strong else _MONTH_WEAK)
    point: Point = (datetime.date(year, month, 1), "month")
    return [point_draft(m.start(), end, point, "reference", mod)]


def _season(m: re.Match[str], ctx: Context) -> list[Draft]:
    code = SEASONS[m["s"].lower()]
    if m["s_year"]:
        return [Draft(m.start(), m.end(), DATE, f"{m['s_year']}-{code}")]
    if ctx.word_before(m.start()) not in CONTEXT["season_lead"]:
        return []
    if m["s"][0].isupper() or ctx.capital_after(m.end()):
        return []  # "the Spring Festival", "Mid-Autumn Festival", "the Summer Palace"
    if m["s"].lower() == "fall" and ctx.word_after(m.end()).lower() in CONTEXT["fall_not"]:
        return []
    if ctx.ref is None:
        return [Draft(m.start(), m.end(), DATE, f"XXXX-{code}")]
    year = season_year(ctx.ref, code, ctx.strong_tense(m.start(), m.end()))
    return [Draft(m.start(), m.end(), DATE, f"{year}-{code}", anchor="reference")]


def _weekend(m: re.Match[str], ctx: Context) -> list[Draft]:
    """ "the weekend": the one just past, or the coming one when the sentence looks ahead."""
    if ctx.ref is None:
        return [Draft(m.start(), m.end(), DATE, "XXXX-WXX-WE")]
    past = ctx.ref.isoweekday() < 6 and ctx.tense(m.start(), m.end()) != "future"
    point: Point = (ctx.ref - datetime.timedelta(weeks=1 if past else 0), "week")
    value = format_point(point) + "-WE"
    return [Draft(m.start(), m.end(), DATE, value, anchor="reference", point=point)]


def _deictic(m: re.Match[str], ctx: Context) -> list[Draft]:
    word = " ".join(m["dx"].lower().split())
    if word == "current":
        after = ctx.word_after(m.end())
        if not after or after.lower() in CONTEXT["noun_after"]:
            return []  # "the current of the river"
    step = {"today": 0, "tomorrow": 1, "yesterday": -1}.get(word)
    if step is None:
        return [Draft(m.start(), m.end(), DATE, REFERENCES[word])]
    if ctx.ref is None:
        value = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")[step + 1]
        return [Draft(m.start(), m.end(), DATE, value)]
    date = ctx.ref + datetime.timedelta(days=step)
    return [point_draft(m.start(), m.end(), (date, "day"), "reference")]


#: Rule name -> handler, for the anchored date rules of :mod:`newscorpus.dates.patterns`.
HANDLERS: dict[str, Handler] = {
    "weekday": _weekday,
    "relative": _relative,
    "thistime": _this_time,
    "periodof": _period_of,
    "ago": _ago,
    "later": _later,
    "month": _month,
    "season": _season,
    "weekend": _weekend,
    "deictic": _deictic,
}
