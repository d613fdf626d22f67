"""The word lists of temporal tagging, read once from ``newscorpus/data/dates_*.txt``.

Every lookup the patterns and the normaliser need (month and weekday names,
number words, units, parts of day, seasons, holidays, tense cues, time zones)
is built here, so the other modules share one reading of the data files.
"""

from __future__ import annotations

import re

from newscorpus._data import read_rows

__all__ = [
    "CARDINALS",
    "CONTEXT",
    "FREQUENCIES",
    "HOLIDAYS",
    "HOLIDAY_NAMES",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "NOT_YEAR_AFTER",
    "NOT_YEAR_BEFORE",
    "ORDINALS",
    "PARTS_OF_DAY",
    "REFERENCES",
    "SEASONS",
    "TENSE_CUES",
    "TIME_ZONES",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NAMES",
    "alternation",
    "fill",
    "number_value",
]

#: Lower-cased month name or abbreviation -> month number.
MONTHS: dict[str, int] = {}
#: Full month names, as written ("January").
MONTH_NAMES: list[str] = []
#: Month abbreviations, as written ("Jan").
MONTH_ABBREVIATIONS: list[str] = []
for _row in read_rows("dates_months.txt"):
    MONTH_NAMES.append(_row[1])
    MONTH_ABBREVIATIONS.extend(_row[2:])
    for _name in _row[1:]:
        MONTHS[_name.lower()] = int(_row[0])

#: Lower-cased weekday name or abbreviation -> ISO weekday (Monday is 1).
WEEKDAYS: dict[str, int] = {}
#: Full weekday names ("Monday").
WEEKDAY_NAMES: list[str] = []
#: Weekday abbreviations ("Tues").
WEEKDAY_ABBREVIATIONS: list[str] = []
for _row in read_rows("dates_weekdays.txt"):
    WEEKDAY_NAMES.append(_row[1])
    WEEKDAY_ABBREVIATIONS.extend(_row[2:])
    for _name in _row[1:]:
        WEEKDAYS[_name.lower()] = int(_row[0])

#: Cardinal number words -> value ("three": 3).
CARDINALS: dict[str, int] = {}
#: Ordinal number words -> value ("third": 3).
ORDINALS: dict[str, int] = {}
for _row in read_rows("dates_numbers.txt"):
    (CARDINALS if _row[2] == "cardinal" else ORDINALS)[_row[0]] = int(_row[1])

#: Unit word (singular or plural) -> (multiple, TIMEX3 unit): "decades": (10, "Y").
UNITS: dict[str, tuple[int, str]] = {}
for _row in read_rows("dates_units.txt"):
    UNITS[_row[0]] = UNITS[_row[1]] = (int(_row[2]), _row[3])

#: Part of day -> code ("morning": "MO").
PARTS_OF_DAY: dict[str, str] = {}
#: Season -> code ("fall": "FA").
SEASONS: dict[str, str] = {}
for _row in read_rows("dates_periods.txt"):
    (PARTS_OF_DAY if _row[2] == "day" else SEASONS)[_row[0]] = _row[1]

#: Holiday name (lower case, single spaces) -> rule (see dates_holidays.txt).
HOLIDAYS: dict[str, str] = {
    row[0].replace("_", " ").lower(): row[1] for row in read_rows("dates_holidays.txt")
}
#: Holiday names as written, longest first (so "Christmas Eve" wins over "Christmas").
HOLIDAY_NAMES: list[str] = sorted(
    (row[0].replace("_", " ") for row in read_rows("dates_holidays.txt")), key=len, reverse=True
)

#: Tense cue word -> (tense, side): "will": ("future", "both").
TENSE_CUES: dict[str, tuple[str, str]] = {
    row[0].lower(): (row[1], row[2]) for row in read_rows("dates_tense.txt")
}

#: Words right after a four-digit number that make it a count ("2000 people").
NOT_YEAR_AFTER: frozenset[str] = frozenset(
    row[0] for row in read_rows("dates_not_year.txt") if row[1] == "after"
)
#: Words right before a four-digit number that make it a code ("Flight 1998").
NOT_YEAR_BEFORE: frozenset[str] = frozenset(
    row[0] for row in read_rows("dates_not_year.txt") if row[1] == "before"
)

#: Context word lists by name (see dates_context.txt): "month_lead" -> {"in", "since", ...}.
CONTEXT: dict[str, frozenset[str]] = {}
for _row in read_rows("dates_context.txt"):
    CONTEXT[_row[0]] = CONTEXT.get(_row[0], frozenset()) | frozenset(_row[1:])

#: Words for the present, past or future -> value ("now": "PRESENT_REF").
REFERENCES: dict[str, str] = {
    row[0].replace("_", " "): row[1] for row in read_rows("dates_references.txt")
}

#: Adverbs of frequency -> SET value ("weekly": "P1W").
FREQUENCIES: dict[str, str] = {row[0]: row[1] for row in read_rows("dates_frequencies.txt")}

#: Time zone abbreviations ("EST").
TIME_ZONES: list[str] = [row[0] for row in read_rows("dates_timezones.txt")]


_SLOT = re.compile(r"%\((\w+)\)s")
"""A slot in a pattern template: %(NAME)s."""


def fill(template: str, parts: dict[str, str]) -> str:
    """Put named sub-patterns into a pattern template's ``%(NAME)s`` slots.

    Unlike the ``%`` operator, this leaves every other character alone, so
    templates need no escaping.

    Args:
        template: A pattern with slots.
        parts: Slot name -> sub-pattern.

    Returns:
        The filled pattern.

    Raises:
        KeyError: If a slot has no sub-pattern.

    Example:
        >>> fill("%(DAY)s %(MONTH)s", {"DAY": "[0-9]+", "MONTH": "May"})
        '[0-9]+ May'
    """
    return _SLOT.sub(lambda m: parts[m[1]], template)


def alternation(words: list[str] | dict[str, object], *, upper: bool = False) -> str:
    """A regex alternation of literal words, longest first.

    Args:
        words: The words (a dict contributes its keys).
        upper: Also accept each word written in capitals.

    Returns:
        ``"(?:w1|w2|...)"`` with every word escaped.

    Example:
        >>> alternation(["May", "March"], upper=True)
        '(?:MARCH|March|MAY|May)'
    """
    items = list(words)
    if upper:
        items = [v for w in items for v in dict.fromkeys((w, w.upper()))]
    items.sort(key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_escape(w) for w in items) + ")"


def _escape(word: str) -> str:
    out = []
    for ch in word:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "'":
            out.append("['’]")
        elif ch.isalnum():
            out.append(ch)
        else:
            out.append("\\" + ch)
    return "".join(out)


def number_value(text: str) -> int | float | None:
    """The value of a number written in digits or words, or None.

    Args:
        text: ``"3"``, ``"1,000"``, ``"2.5"``, ``"5 1/2"``, ``"twenty-five"``,
            ``"a"``, ``"two and a half"``.

    Returns:
        The number, or None when the text is not a number this module knows.

    Example:
        >>> number_value("twenty-five"), number_value("5 1/2"), number_value("an")
        (25, 5.5, 1)
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    half = 0.0
    for suffix in (" and a half", " and one half", " 1/2", " ½"):
        if t.endswith(suffix):
            t, half = t[: -len(suffix)].strip(), 0.5
            break
    if t.endswith("½"):
        t, half = t[:-1].strip(), 0.5
    if t in ("a", "an", "one", "a single", "single"):
        return _tidy(1 + half)
    if t in ("half a", "half an", "a half", "1/2"):
        return 0.5
    if t in ("a couple of", "a couple", "couple of"):
        return _tidy(2 + half)
    try:
        return _tidy(float(t.replace(",", "")) + half)
    except ValueError:
        pass
    if t.startswith(("a hundred", "an hundred")):
        t = "one " + t.split(" ", 1)[1]
    total = 0
    for part in t.split():
        if part not in CARDINALS:
            return None
        value = CARDINALS[part]
        total = total * value if value == 100 and total else total + value
    return _tidy(total + half)


def _tidy(value: float) -> int | float:
    """An integral float as an int: 25.0 -> 25."""
    return int(value) if value == int(value) else value
