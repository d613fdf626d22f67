"""Handlers for calendar expressions: dates, months, years, decades, quarters, holidays.

A calendar expression names its day, month or year itself; when the year is
left out ("Dec. 7", "Thanksgiving"), it is placed around the reference date
by the tense of the sentence, and stays ``XXXX`` without a reference date.
"""

from __future__ import annotations

import datetime
import re

import attrs

from newscorpus.dates.draft import MODS, Context, Draft, Handler, ordinal
from newscorpus.dates.lexicon import CONTEXT, MONTHS, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, WEEKDAYS
from newscorpus.dates.model import Anchor, TimexMod, TimexType
from newscorpus.dates.resolve import holiday_date, nearest_year
from newscorpus.dates.values import Granularity, Point, format_point

__all__ = ["HANDLERS"]

DATE = TimexType.DATE

#: How much farther a day without a year may be on the side its tense points to
#: ("was shot on Oct. 23", said in May): a strong cue weighs more than a weak one.
_STRONG, _WEAK = 8.0, 3.0


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _year_of(word: str, ctx: Context) -> int:
    """A written year; two digits ('98) take the century that keeps it nearest the reference."""
    digits = word.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    if ctx.ref is not None:
        century = ctx.ref.year // 100 * 100
        options = (century - 100 + yy, century + yy, century + 100 + yy)
        return min(options, key=lambda y: (abs(y - ctx.ref.year) if ctx.ref else 0, -y))
    return (1900 if yy >= 30 else 2000) + yy


def _mod(word: str | None) -> TimexMod | None:
    return None if word is None else MODS.get(" ".join(word.lower().split()))


def day_draft(
    ctx: Context,
    start: int,
    end: int,
    month: int,
    day: int,
    year: int | None,
    weekday: int | None = None,
) -> Draft | None:
    """A DATE for a month and day, its year written or placed around the reference.

    A weekday written with the date ("Monday, Oct. 26") picks the year when
    only one year near the reference puts the date on that weekday.
    """
    if year is not None:
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            return None
        return Draft(start, end, DATE, date.isoformat(), point=(date, "day"))
    if ctx.ref is None:
        if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
            return None
        return Draft(start, end, DATE, f"XXXX-{month:02d}-{day:02d}")
    if weekday is not None:
        years = [
            y
            for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)
            if (d := _valid(y, month, day)) is not None and d.isoweekday() == weekday
        ]
        if len(years) == 1:
            year = years[0]
    if year is None:
        # The tense only leans a day toward one side of the reference, the more the
        # stronger its cue: when the readings that lean hardest each way (a strong past,
        # a strong future) give one year, so does every reading, and the tense cues, the
        # costliest step of resolving a date, need not be read (four days in five on news).
        year = nearest_year(ctx.ref, month, day, "past", weight=_STRONG)
        if year != nearest_year(ctx.ref, month, day, "future", weight=_STRONG):
            tense, strong = ctx.tense_strength(start, end)
            year = nearest_year(ctx.ref, month, day, tense, weight=_STRONG if strong else _WEAK)
    if year is None:
        return None
    date = datetime.date(year, month, day)
    return Draft(start, end, DATE, date.isoformat(), anchor="reference", point=(date, "day"))


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _iso(m: re.Match[str], ctx: Context) -> list[Draft]:
    try:
        date = datetime.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    except ValueError:
        return []
    if m["iso_h"]:
        value = f"{date.isoformat()}T{m['iso_h']}:{m['iso_min']}"
        return [Draft(m.start(), m.end(), TimexType.TIME, value, point=(date, "day"))]
    return [Draft(m.start(), m.end(), DATE, date.isoformat(), point=(date, "day"))]


def _slash(m: re.Match[str], ctx: Context) -> list[Draft]:
    a, b = int(m["sl_a"]), int(m["sl_b"])
    month, day = (b, a) if a > 12 >= b else (a, b)
    draft = day_draft(ctx, m.start(), m.end(), month, day, _year_of(m["sl_y"], ctx))
    return [] if draft is None else [draft]


_YEAR_AFTER = re.compile(r",?\s+(this|last|next)\s+year(?!\w)", re.IGNORECASE)
"""A year named relative to now right after a date: "June 23[ last year]"."""


def _month_day(m: re.Match[str], ctx: Context, prefix: str, *, day_first: bool) -> list[Draft]:
    drafts = _month_days(m, ctx, prefix, day_first=day_first)
    if m[f"{prefix}_year"] or ctx.ref is None:
        return drafts
    after = _YEAR_AFTER.match(ctx.text, m.end())
    if after is None:
        return drafts
    # "June 23 last year": the year is named after all, relative to the reference.
    year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[after[1].lower()]
    out = []
    for draft in drafts:
        if draft.point is not None:
            date = _valid(year, draft.point[0].month, draft.point[0].day)
            if date is not None:
                draft = attrs.evolve(
                    draft, value=date.isoformat(), anchor="reference", point=(date, "day")
                )
        out.append(draft)
    return out


def _month_days(m: re.Match[str], ctx: Context, prefix: str, *, day_first: bool) -> list[Draft]:
    month = _month(m[f"{prefix}_mon"])
    year = _year_of(m[f"{prefix}_year"], ctx) if m[f"{prefix}_year"] else None
    day, day2 = m[f"{prefix}_day"], m[f"{prefix}_day2"]
    wd = m[f"{prefix}_wd"]
    weekday = None if wd is None else WEEKDAYS[wd.lower().rstrip(".")]
    if day2 is None:
        draft = day_draft(ctx, m.start(), m.end(), month, _day(day), year, weekday)
        return [] if draft is None else [draft]
    if _day(day2) <= _day(day):  # "March 12 and 3" is not a range of days
        return []
    # A range of days is two expressions: "[April 24] and [25]", "[7]-[8 December]".
    if day_first:
        first = (m.start(), m.end(f"{prefix}_day"))
        second = (m.start(f"{prefix}_day2"), m.end())
    else:
        first = (m.start(), m.end(f"{prefix}_day"))
        second = (m.start(f"{prefix}_day2"), m.end())
    out = []
    for (start, end), d in ((first, day), (second, day2)):
        draft = day_draft(ctx, start, end, month, _day(d), year)
        if draft is not None:
            out.append(draft)
    return out


def _md(m: re.Match[str], ctx: Context) -> list[Draft]:
    return _month_day(m, ctx, "md", day_first=False)


def _dm(m: re.Match[str], ctx: Context) -> list[Draft]:
    return _month_day(m, ctx, "dm", day_first=True)


def _weekof(m: re.Match[str], ctx: Context) -> list[Draft]:
    year = int(m["wo_year"]) if m["wo_year"] else None
    day = day_draft(ctx, m.start(), m.end(), _month(m["wo_mon"]), _day(m["wo_day"]), year)
    if day is None:
        return []
    if day.point is None:
        return [Draft(m.start(), m.end(), DATE, "XXXX-WXX")]
    point: Point = (day.point[0], "week")
    return [Draft(m.start(), m.end(), DATE, format_point(point), anchor=day.anchor, point=point)]


def _my(m: re.Match[str], ctx: Context) -> list[Draft]:
    month = _month(m["my_mon"])
    year = int(m["my_year"])
    date = datetime.date(year, month, 1)
    return [
        Draft(
            m.start(),
            m.end(),
            DATE,
            f"{year:04d}-{month:02d}",
            mod=_mod(m["my_mod"]),
            point=(date, "month"),
        )
    ]


def _decade(m: re.Match[str], ctx: Context) -> list[Draft]:
    if m["dc_y"]:
        year = int(m["dc_y"])
        if year % 100 == 0 and year < 2000:  # "the 1800s": the century
            return [Draft(m.start(), m.end(), DATE, f"{year // 100:02d}", mod=_mod(m["dc_mod"]))]
        decade = year // 10
    else:
        yy = int(m["dc_yy"])
        latest = (ctx.ref.year if ctx.ref else 2029) // 10
        decade = (latest // 10) * 10 + yy // 10
        if decade > latest:
            decade -= 10
    return [Draft(m.start(), m.end(), DATE, f"{decade:03d}", mod=_mod(m["dc_mod"]))]


def _century(m: re.Match[str], ctx: Context) -> list[Draft]:
    n = ordinal(m["ce_n"])
    if n is None or not 1 <= n <= 21:
        return []
    return [Draft(m.start(), m.end(), DATE, f"{n - 1:02d}", mod=_mod(m["ce_mod"]))]


def _year_draft(start: int, end: int, year: int, mod: TimexMod | None = None) -> Draft:
    return Draft(
        start, end, DATE, f"{year:04d}", mod=mod, point=(datetime.date(year, 1, 1), "year")
    )


def _year(m: re.Match[str], ctx: Context) -> list[Draft]:
    year = int(m["y"])
    pre = (m["y_pre"] or "").lower()
    if not pre and not m["y_mod"]:
        before, after = ctx.word_before(m.start()), ctx.word_after(m.end()).lower()
        if before in NOT_YEAR_BEFORE or after in NOT_YEAR_AFTER:
            return []
        if year < 1900 and before not in CONTEXT["year_lead"]:
            return []
    if pre.startswith("fiscal") or pre == "fy":
        return [Draft(m.start(), m.end(), DATE, f"FY{year:04d}")]
    first = _year_draft(m.start(), m.end("y") if m["y2"] else m.end(), year, _mod(m["y_mod"]))
    if not m["y2"]:
        return [first]
    second = int(m["y2"])
    if second < 100:
        second += year // 100 * 100
    if second <= year or second - year > 100:
        return [first] if not m["y2"] else []
    return [first, _year_draft(m.start("y2"), m.end(), second)]


def _quarter(m: re.Match[str], ctx: Context) -> list[Draft]:
    if m["q_n"] or m["q_h"]:
        if m["q_n"]:
            n, unit, year_word, rel = int(m["q_n"]), "Q", m["q_year2"], None
        else:
            n, unit, year_word, rel = int(m["q_h"]), "H", m["q_year3"], None
        explicit = year_word is not None
    else:
        unit = "Q" if m["q_unit"].lower() == "quarter" else "H"
        year_word, rel = m["q_year"], m["q_rel"]
        explicit = m.end("q_unit") != m.end()
        word = m["q_ord"].lower()
        if word in ("final", "last"):
            n = 4 if unit == "Q" else 2
            if not explicit and ctx.ref is not None:  # "last quarter": the one before now
                current = (ctx.ref.month - 1) // (3 if unit == "Q" else 6) + 1
                n = current - 1 or n
        else:
            n = ordinal(word) or 0
    if not 1 <= n <= (4 if unit == "Q" else 2):
        return []
    if not explicit and _about_a_game(ctx, m.start(), m.end()):
        return []  # "scored in the second half", "a touchdown in the fourth quarter"
    if not explicit and ctx.word_after(m.end()) == "of":
        return []  # "the first half of the session", "of the century": not of a year
    if year_word:
        year: int | None = int(year_word)
        anchor: Anchor = "none"
    elif ctx.ref is not None:
        year = ctx.ref.year + {"last": -1, "next": 1}.get((rel or "").lower(), 0)
        anchor = "reference"
    else:
        year = None
        anchor = "none"
    value = f"{year:04d}-{unit}{n}" if year is not None else f"XXXX-{unit}{n}"
    return [Draft(m.start(), m.end(), DATE, value, anchor=anchor)]


_WORDS = re.compile(r"[a-z]+")


def _about_a_game(ctx: Context, start: int, end: int) -> bool:
    """Whether the words around a quarter or a half speak of a match."""
    window = ctx.text[max(0, start - 100) : end + 100].lower()
    return not CONTEXT["sports"].isdisjoint(_WORDS.findall(window))


def _holiday(m: re.Match[str], ctx: Context) -> list[Draft]:
    name = " ".join(m["h_name"].split())
    if m["h_day"] == "Day" and holiday_date(f"{name} Day", 2000) is not None:
        name = f"{name} Day"
    if (
        not m["h_day"]
        and m["h_name"][-1].isalpha()
        and ctx.capital_after(m.end())  # "Christmas Island", "Easter Rising": a name goes on
        and ctx.word_after(m.end()) not in WEEKDAYS
    ):
        return []
    rel = (m["h_rel"] or "").lower()
    granularity: Granularity = "week" if m["h_day"] == "week" else "day"
    if m["h_year"]:
        date = holiday_date(name, int(m["h_year"]))
        anchor: Anchor = "none"
    elif ctx.ref is not None:
        tense = ctx.strong_tense(m.start(), m.end())
        ref = ctx.ref
        if granularity == "week":  # compare Mondays: the reference is inside its week
            ref = ref - datetime.timedelta(days=ref.weekday())
        options = [
            holiday_date(name, y) for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)
        ]
        dates = [d for d in options if d is not None]
        if granularity == "week":
            dates = [d - datetime.timedelta(days=d.weekday()) for d in dates]
        if rel == "this":
            date = holiday_date(name, ref.year)
        elif rel == "last" or (tense == "past" and not rel):
            date = max((d for d in dates if d < ref or (d == ref and not rel)), default=None)
        elif rel == "next" or (tense == "future" and not rel):
            date = min((d for d in dates if d > ref or (d == ref and not rel)), default=None)
        else:
            date = min(dates, key=lambda d: (abs((d - ref).days), d > ref), default=None)
        anchor = "reference"
    else:
        return [Draft(m.start(), m.end(), DATE, "XXXX-XX-XX")]
    if date is None:
        return []
    point = (date, granularity)
    return [Draft(m.start(), m.end(), DATE, format_point(point), anchor=anchor, point=point)]


#: Rule name -> handler, for the calendar rules of :mod:`newscorpus.dates.patterns`.
HANDLERS: dict[str, Handler] = {
    "iso": _iso,
    "slash": _slash,
    "weekof": _weekof,
    "md": _md,
    "dm": _dm,
    "my": _my,
    "decade": _decade,
    "century": _century,
    "year": _year,
    "quarter": _quarter,
    "holiday": _holiday,
}
