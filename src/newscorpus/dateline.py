"""Datelines: where (and when, and by which agency) a news story was filed.

A dateline opens the body of a wire story: ``NEW YORK, Nov. 19 (UPI) —``,
``NAIROBI, Kenya (AP) _``, ``Washington (AFP) –``, ``WASHINGTON —``,
``Dec 29 (Reuters) -``. :func:`find_dateline` looks for one at the start of
the first lines of a text and returns a :class:`Dateline` with the place, the
agency (under its usual name: ``AP``, ``AFP``, ``Reuters``, ...), the date as
written and the exact span.

This module sits just above :mod:`newscorpus.segment` (it imports nothing
above it), so the dates package may use it. Word lists:
``wire_agencies.txt``, ``dateline_months.txt`` and ``dateline_false_starts.txt``
in ``newscorpus/data``. A state or country after the place may be any
abbreviation (``Mass.``, ``N.Y.``, ``W.Va.``) or capitalised name (``Kenya``).
"""

from __future__ import annotations

import datetime
import re

import attrs
import regex

from newscorpus._data import read_lines
from newscorpus.spans import Span

__all__ = ["Dateline", "agency_name", "dateline_at", "find_dateline"]

#: How far into a text a dateline may start, in characters and in lines: after
#: a headline, a dek and a byline or two, never deep in the body.
_MAX_START = 1500
_MAX_LINES = 6
_MAX_LENGTH = 100  # the longest dateline, up to its separator


def _agency_table() -> tuple[dict[str, str], dict[str, str]]:
    """Map agency spellings to canonical names: (exact spellings, case-folded spellings)."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for line in read_lines("wire_agencies.txt"):
        names = [name.strip() for name in line.split("|")]
        for name in names:
            exact[name] = names[0]
            if len(name) >= 4:
                folded.setdefault(name.casefold(), names[0])
    return exact, folded


_AGENCY_EXACT, _AGENCY_FOLDED = _agency_table()


def agency_name(text: str) -> str | None:
    """The canonical name of a news agency, given any of its spellings.

    Args:
        text: A spelling such as ``"Associated Press"`` or ``"AFP"``.

    Returns:
        The canonical name (``"AP"``), or None for an unknown agency.

    Example:
        >>> agency_name("The Associated Press"), agency_name("Agence France-Presse")
        ('AP', 'AFP')
        >>> agency_name("reuters"), agency_name("ap") is None
        ('Reuters', True)
    """
    text = " ".join(text.split())
    return _AGENCY_EXACT.get(text) or _AGENCY_FOLDED.get(text.casefold())


def _month_table() -> dict[str, int]:
    """Map month spellings, without a final period, to month numbers."""
    table: dict[str, int] = {}
    for line in read_lines("dateline_months.txt"):
        number, *names = line.split()
        for name in names:
            table[name.removesuffix(".")] = int(number)
    return table


_MONTHS = _month_table()
_MONTH_ALTERNATION = "|".join(sorted(_MONTHS, key=len, reverse=True))

_FALSE_STARTS = frozenset(read_lines("dateline_false_starts.txt"))

# The separator between a dateline and the story (a fragment of _DATELINE): dashes,
# AP's old underscore, and a colon (accepted only after a date or an agency).
_DASH = r"[—–―] | -- | - (?= \s | \Z ) | (?<= \s ) _ | :"

_DATELINE = regex.compile(
    rf"""
    (?P<place>
        (?P<caps>                                    # NEW YORK, ST. LOUIS, WINSTON-SALEM
            \p{{Lu}} [\p{{Lu}}\p{{M}}.'’\-]{{1,30}}+
            (?: [ ] \p{{Lu}} [\p{{Lu}}\p{{M}}.'’\-]{{0,30}}+ ){{0,3}}+
        )
      | (?P<title>                                   # Washington, Mexico City, St. Louis
            \p{{Lu}} \p{{Ll}} [\p{{L}}\p{{M}}'’\-]{{0,30}}+ \.?
            (?: [ ] (?: \p{{Lu}} [\p{{L}}\p{{M}}'’\-]{{0,30}}+ \.?
                      | de | del | da | do | di | la | le | el | al | es | of | upon | sur
                    ) ){{0,3}}+
        )
    )?
    (?P<regions>                                     # , Mass.  , Kenya  , Puerto Rico
        (?: ,[ \xa0]
            (?: (?: \p{{Lu}} \p{{Ll}}{{0,4}}+ \. ){{1,3}}+        # Mass., N.Y., W.Va., Calif.
              | \p{{Lu}} [\p{{L}}\p{{M}}'’\-]{{1,30}}+
                (?: [ ] \p{{Lu}} [\p{{L}}\p{{M}}'’\-]{{1,30}}+ ){{0,2}} \.?
            )
        ){{0,2}}
    )
    (?:                                              # , Nov. 19  , Dec 8, 2023  , 8 December
        (?(place) ,[ \xa0] | )
        (?P<date>
            (?: (?P<month> {_MONTH_ALTERNATION} ) \.? [ \xa0] (?P<day> [0-3]?\d ) (?!\d)
              | (?P<day2> [0-3]?\d ) [ \xa0] (?P<month2> {_MONTH_ALTERNATION} ) \.?
            )
            (?: ,?[ \xa0] (?P<year> (?:19|20)\d\d ) (?!\d) )?
          | (?P<iso_year> (?:19|20)\d\d ) - (?P<iso_month> [01]\d ) - (?P<iso_day> [0-3]\d ) (?!\d)
        )
    )?
    [ \xa0]*+
    (?:                                              # (AP) —   (Reuters) -   (AFP) China ...
        \( (?P<agency> [^()\n]{{1,40}}+ ) \) [ \xa0]*+ (?P<dash> {_DASH} )?
      | (?P<dash> {_DASH} )                          # WASHINGTON —   MIAMI _
    )
    """,
    regex.VERBOSE,
)
"""A dateline at the start of a line: place, regions, date, (agency), separator."""

_FIRST_CHARACTER = regex.compile(r"\S")
"""The first character of a line that is not a space."""

# The standard library's engine: a plain class of characters, searched faster.
_SEPARATOR_CHARACTER = re.compile(r"[(—–―\-_:]")
"""A character that a dateline's separator or agency starts with."""

_NAME_LIKE = regex.compile(r"\p{Lu}[\p{L}&][\p{L}\p{N}&.'’\- ]{0,30}")
"""A name-like agency we do not know: "CBS News", "KABC", "The Hill"."""


@attrs.frozen
class Dateline:
    """The dateline of a story: ``NEW YORK, Nov. 19 (UPI) —``.

    Attributes:
        place: Where the story was filed, as written, with its state or
            country: ``"NEW YORK"``, ``"CAMBRIDGE, Mass."``; None when the
            dateline has no place (``Dec 29 (Reuters) -``).
        agency: The wire agency under its usual name (``"AP"``, ``"AFP"``,
            ``"Reuters"``, ``"UPI"``, ``"Xinhua"``, ...), or None.
        date_text: The date as written (``"Nov. 19"``), or None.
        span: The whole dateline, separator included.
        agency_text: The agency as written (``"Agence France-Presse"``), or None.
        month: The month of the date, or None.
        day: The day of the date, or None.
        year: The year, when the dateline gives one.
    """

    place: str | None
    agency: str | None
    date_text: str | None
    span: Span
    agency_text: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None

    def resolve_date(
        self, near: datetime.date | None = None, *, year: int | None = None
    ) -> datetime.date | None:
        """The calendar date of the dateline, with its year filled in.

        Args:
            near: A date known to be close (a publication date): the year that
                puts the dateline's day closest to it is chosen.
            year: The year to use, when it is known.

        Returns:
            The date; None when the dateline has no day and month, or no year
            can be found (never today's year by default), or the day does not
            exist.

        Example:
            >>> import datetime
            >>> dl = find_dateline("NEW YORK, Dec. 31 (UPI) — It snowed.")
            >>> dl.resolve_date(datetime.date(2016, 1, 2))
            datetime.date(2015, 12, 31)
            >>> dl.resolve_date() is None
            True
        """
        if self.month is None or self.day is None:
            return None
        years: list[int] = []
        if self.year is not None:
            years = [self.year]
        elif year is not None:
            years = [year]
        elif near is not None:
            years = [near.year - 1, near.year, near.year + 1]
        best: datetime.date | None = None
        for y in years:
            try:
                candidate = datetime.date(y, self.month, self.day)
            except ValueError:
                continue
            if near is None or best is None or abs(candidate - near) < abs(best - near):
                best = candidate
        return best


def _agency(text: str | None) -> tuple[str | None, bool]:
    """(canonical agency, acceptable) for the text inside a dateline's parentheses."""
    if text is None:
        return None, True
    stripped = text.strip()
    known = agency_name(stripped)
    if known is not None:
        return known, True
    if _NAME_LIKE.fullmatch(stripped) and len(stripped.split()) <= 4:
        return stripped, True
    return None, False


def _false_start(place: str) -> bool:
    upper = place.upper()
    return upper in _FALSE_STARTS or any(
        upper.startswith(word + " ") for word in _FALSE_STARTS if " " not in word
    )


def _match_at(text: str, start: int, line_end: int) -> Dateline | None:
    """The dateline that starts at ``start``, if the line there opens with one."""
    m = _DATELINE.match(text, start, line_end)
    if m is None or m.end() == start:
        return None
    agency, acceptable = _agency(m["agency"])
    if not acceptable:
        return None
    dash, date, caps = m["dash"], m["date"], m["caps"]
    rest = text[m.end() : line_end].strip()
    if m["place"] is None and agency is None:
        return None
    if caps is not None and (
        _false_start(caps) or sum(c.isalpha() for c in caps) < 2 or caps.endswith("-")
    ):
        return None
    if dash is None:
        # Without a separator only a known agency marks a dateline: "BEIJING (AFP) China ..."
        if m["agency"] is None or agency_name(m["agency"]) is None:
            return None
        if rest and not rest[0].isupper():
            return None
    elif dash == ":" and date is None and agency is None:
        return None  # "TRUMP: We will win" is a speaker label, not a place
    if m["agency"] is not None and agency_name(m["agency"]) is None and dash in (None, ":"):
        return None  # "Rep. Tom Quist (R-S.C.): ..." names a party, not an agency
    if caps is None and agency is None and date is None:
        return None  # "Trump — who ..." opens a sentence
    # "WASHINGTON — The president ..." but not a headline like "TRUMP — THE MOVIE"
    if (
        caps is not None
        and agency is None
        and date is None
        and rest
        and (not any(c.islower() for c in rest[:80]) or len(rest.split()) < 6)
    ):
        return None
    end = m.end()
    while end > start and text[end - 1] in " \xa0":
        end -= 1
    place = (m["place"] or "") + m["regions"]
    if m["iso_year"]:  # "PARIS, 2023-12-07 —"
        month_number: int | None = int(m["iso_month"])
        day, year = m["iso_day"], m["iso_year"]
    else:
        month = m["month"] or m["month2"]
        month_number = _MONTHS[month.removesuffix(".")] if month else None
        day, year = m["day"] or m["day2"], m["year"]
    return Dateline(
        place=place or None,
        agency=agency,
        date_text=date,
        span=Span.of(text, start, end),
        agency_text=m["agency"].strip() if m["agency"] else None,
        month=month_number,
        day=int(day) if day else None,
        year=int(year) if year else None,
    )


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """Find the dateline of a story, if it has one.

    Only the start of a line can open a dateline, and only one of the first
    few lines (a headline, a dek and a byline may come first). A place in
    capitals needs only a separator (``WASHINGTON —``); a place in title case
    needs an agency or a date (``Washington (AFP) –``); an agency alone will
    do (``(CNN) —``).

    Args:
        text: The text of a story.
        start: Where to start looking (for example after a headline).

    Returns:
        The first dateline found, or None.

    Example:
        >>> dl = find_dateline("Headline\\n\\nCAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters ...")
        >>> dl.place, dl.agency, dl.date_text
        ('CAMBRIDGE, Mass.', 'UPI', 'Dec. 11')
        >>> dl.span.text
        'CAMBRIDGE, Mass., Dec. 11 (UPI) —'
        >>> find_dateline("Washington (AFP) – Donald Trump said ...").agency
        'AFP'
        >>> find_dateline("Trump — who else? — won.") is None
        True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    limit = min(len(text), start + _MAX_START)
    position, lines = start, 0
    while position < limit and lines < _MAX_LINES:
        line_end = text.find("\n", position)
        if line_end < 0:
            line_end = len(text)
        if line_end == position:  # an empty line, as between paragraphs
            position += 1
            continue
        # Most lines open with their first character. White space is left to the pattern:
        # str.isspace takes four control characters for spaces that \S does not.
        first = position
        if text[position].isspace():
            found_first = _FIRST_CHARACTER.search(text, position, line_end)
            first = -1 if found_first is None else found_first.start()
        if first >= 0:
            lines += 1
            found = _line_dateline(text, first, line_end)
            if found is not None:
                return found
        position = line_end + 1
    return None


def dateline_at(text: str, start: int) -> Dateline | None:
    """The dateline that opens the line starting at ``start``, if one does.

    Unlike :func:`find_dateline`, this looks at one line anywhere in a text:
    a story may quote another's opening, or follow a headline and deck set
    in its body.

    Args:
        text: The text.
        start: Where the line starts (its first character, not a space).

    Returns:
        The dateline, or None.

    Example:
        >>> text = "Earlier:\\n\\nMIAMI, Fla. - Sen. Ana Ruiz said on Sunday she would run."
        >>> dateline_at(text, text.index("MIAMI")).span.text
        'MIAMI, Fla. -'
        >>> dateline_at(text, 0) is None
        True
    """
    line_end = text.find("\n", start)
    return _line_dateline(text, start, len(text) if line_end < 0 else line_end)


def _line_dateline(text: str, start: int, line_end: int) -> Dateline | None:
    """The dateline that opens the line ``text[start:line_end]``, if one does."""
    # A dateline has its separator or "(" near the start of the line: a quick scan for
    # one spares most lines of a story the full pattern.
    if not _SEPARATOR_CHARACTER.search(text, start, min(line_end, start + _MAX_LENGTH)):
        return None
    return _match_at(text, start, line_end)
