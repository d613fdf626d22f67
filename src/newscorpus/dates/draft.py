"""What the rule handlers share: the scanning context and the draft expression they return."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import attrs

from newscorpus._data import read_rows
from newscorpus.dates.lexicon import CARDINALS, ORDINALS, UNITS, number_value
from newscorpus.dates.model import Anchor, TimexMod, TimexType
from newscorpus.dates.tense import Tense, tense_cue, weekday_tense
from newscorpus.dates.values import Point

__all__ = ["MODS", "Context", "Draft", "Handler", "amount", "ordinal", "unit_of"]

_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:['’][A-Za-z]+)?)[^\w\n]{0,3}$")
"""The last word before a position, past a little punctuation."""

# Searched through its window, _WORD_BEFORE starts at every letter of every word and
# reads to the end of the word each time. Its leftmost match starts either where the
# window starts or right after a character that is not a letter (else one letter
# earlier would match too): opening with that character lets the engine skip from
# one word break to the next.
_WORD_BEFORE_AFTER_BREAK = re.compile(r"[^A-Za-z]([A-Za-z]+(?:['’][A-Za-z]+)?)[^\w\n]{0,3}$")
"""A character that is not a letter, then what _WORD_BEFORE matches (group 1)."""

_WORD_AFTER = re.compile(r"[^\w\n]{0,3}([A-Za-z]+)")
"""The first word after a position."""

_CAPITAL_JOINED = re.compile(r"[ \t-]{1,2}[A-Z]")
"""A capital letter one space or hyphen away: the next word of the same name."""

#: Modifier words inside an expression -> TIMEX3 mod ("more than": MORE_THAN).
MODS: dict[str, TimexMod] = {
    row[0].replace("_", " "): TimexMod(row[1]) for row in read_rows("dates_modifiers.txt")
}


# Not frozen: a frozen class costs twice as much to build, and a draft is built for
# every expression. No code changes a draft once built (attrs.evolve makes a new one).
@attrs.define
class Draft:
    """One expression as a handler resolved it, before it becomes a TimeExpression.

    ``point`` is the calendar point a DATE names, when it names one; the
    scanner remembers it as the previously mentioned date.
    """

    start: int
    end: int
    type: TimexType
    value: str
    mod: TimexMod | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: Anchor = "none"
    point: Point | None = None


@attrs.define
class Context:
    """The text being scanned, its reference date and the last date mentioned."""

    text: str
    ref: datetime.date | None
    previous: Point | None = None
    previous_end: int = -1

    def remember(self, point: Point, end: int) -> None:
        """Make ``point`` the previously mentioned date, mentioned up to ``end``."""
        self.previous, self.previous_end = point, end

    def near_previous(self, pos: int) -> bool:
        """Whether the previous date was mentioned shortly before ``pos``, in the same paragraph."""
        if self.previous_end < 0 or pos - self.previous_end > 300:
            return False
        return "\n\n" not in self.text[self.previous_end : pos]

    def tense(self, start: int, end: int) -> Tense | None:
        """Past or future, from the words around ``text[start:end]``."""
        return tense_cue(self.text, start, end)[0]

    def weekday_tense(self, start: int, end: int) -> Tense | None:
        """Past or future for a weekday at ``text[start:end]`` (see :func:`weekday_tense`)."""
        return weekday_tense(self.text, start, end)

    def tense_strength(self, start: int, end: int) -> tuple[Tense | None, bool]:
        """Past or future from the words around ``text[start:end]``, and whether a
        listed cue word says so."""
        return tense_cue(self.text, start, end)

    def strong_tense(self, start: int, end: int) -> Tense | None:
        """Past or future when a listed cue word says so ("will", "said"), else None."""
        tense, strong = tense_cue(self.text, start, end)
        return tense if strong else None

    def word_before(self, pos: int, *, lower: bool = True) -> str:
        """The word just before ``pos``, lower-cased unless ``lower`` is False
        ('' at the start of a line)."""
        start = max(0, pos - 30)
        m = _WORD_BEFORE.match(self.text, start, pos) or _WORD_BEFORE_AFTER_BREAK.search(
            self.text, start, pos
        )
        if m is None:
            return ""
        return m[1].lower() if lower else m[1]

    def word_after(self, pos: int) -> str:
        """The word just after ``pos``, as written ('' at the end of a line)."""
        m = _WORD_AFTER.match(self.text, pos, min(len(self.text), pos + 30))
        return m[1] if m else ""

    def capital_after(self, pos: int) -> bool:
        """Whether a capitalised word follows ``pos`` with only a space or a hyphen
        between, as the next word of a name does ("Christmas Island", "the Spring
        Festival"); a new sentence's first word ("… in the spring. Then") does not."""
        return _CAPITAL_JOINED.match(self.text, pos) is not None

    def base(self) -> tuple[Point | None, Anchor]:
        """The point that anaphoric expressions ("the next day") resolve against."""
        if self.previous is not None:
            return self.previous, "previous"
        if self.ref is not None:
            return (self.ref, "day"), "reference"
        return None, "none"


#: A rule handler: a match of its rule -> the expressions it stands for (maybe none).
Handler = Callable[[re.Match[str], Context], list[Draft]]


def amount(text: str | None) -> float | None:
    """The number of units an amount names, None for vague ones ("several").

    Example:
        >>> amount("two and a half"), amount("several"), amount("1,000")
        (2.5, None, 1000)
    """
    if text is None:
        return 1
    value = number_value(text)
    if value is None:
        return None
    return int(value) if value == int(value) else value


def ordinal(text: str) -> int | None:
    """The value of an ordinal in words or digits ("third", "3rd").

    Example:
        >>> ordinal("third"), ordinal("21st"), ordinal("twenty-first")
        (3, 21, 21)
    """
    t = text.lower().replace(" ", "-")
    if t in ORDINALS:
        return ORDINALS[t]
    if t[:-2].isdigit():
        return int(t[:-2])
    if "-" in t:
        tens, _, ones = t.partition("-")
        if tens in CARDINALS and ones in ORDINALS:
            return CARDINALS[tens] + ORDINALS[ones]
    return None


def unit_of(word: str) -> tuple[int, str, bool]:
    """A unit word's multiple, TIMEX3 unit, and whether it is a clock unit.

    Example:
        >>> unit_of("Decades"), unit_of("hour")
        ((10, 'Y', False), (1, 'H', True))
    """
    multiple, unit = UNITS[word.lower()]
    clock = word.lower().startswith(("second", "minute", "hour"))
    return multiple, ("M" if unit == "M" and clock else unit), clock
