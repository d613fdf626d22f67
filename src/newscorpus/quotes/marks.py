"""Pair quotation marks into quotations, paragraph by paragraph.

News text mixes typographic marks (“ ” ‘ ’ „ « » ‹ ›), typewriter marks
(``"`` and ``'``) and the Penn Treebank's ````…''``; it also gets them wrong
(``”`` used as an opening mark, a missing closing mark). Each mark is read
from its glyph and from the characters around it, then paired with a small
state machine per paragraph, so a stray mark spoils at most one paragraph.
A quotation left open at the end of a paragraph continues when the next
paragraph opens with a quotation mark (the convention for quotes that run
over several paragraphs); otherwise it ends with its paragraph. A quoted
transcript is cut into turns: a paragraph that opens with a speaker label in
capitals ("WALLACE: …") starts a quotation of its own.

Apostrophes are not quotation marks: an apostrophe inside a word (``It’s``,
``shouldn‘t``) is never a candidate, and one before an elided word or a
decade (``’n’``, ``’90s``) never opens a quotation. Single marks pair only
inside one double-quoted region, or outside all of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from newscorpus._data import read_lines

__all__ = ["LABEL", "Quotation", "find_quotations"]

_OPEN, _CLOSE, _EITHER = 1, 2, 3


@attrs.frozen
class Quotation:
    """A top-level quotation: its marks and the text between them.

    Attributes:
        start: Offset of the opening mark.
        end: Offset just past the closing mark, or the end of the paragraph
            when the quotation is never closed.
        inner_start: Offset just past the opening mark.
        inner_end: Offset of the closing mark (``end`` when unclosed).
        double: True for double marks (“ ” " « » „ ````…''``), False for single.
        closed: False when the closing mark is missing.
        paragraph: Index of the paragraph the quotation starts in.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    double: bool
    closed: bool
    paragraph: int

    @property
    def inner(self) -> tuple[int, int]:
        """The (start, end) of the words between the marks."""
        return self.inner_start, self.inner_end


_MARK = regex.compile(
    r"""
      (?<= [\p{L}\p{N}.,;:!?] ) ' (?= '' (?!') )  # of three closing marks, the first ends
                                          # a nested quotation: "the word 'new,'''"
    | `` | ''                             # Penn Treebank double marks
    | [“”„‟"«»]                           # double marks, typographic and typewriter
    | [‹›]                                # single angle marks: never apostrophes
    | (?<! [\p{L}\p{N}] ) ['‘’‛`]         # a single mark that may open (not after a letter)
    | ['‘’] (?! [\p{L}\p{N}] )            # a single mark that may close (not before a letter)
    """,
    regex.VERBOSE,
)
"""A candidate quotation mark; an apostrophe between two letters never matches."""

# The characters that may start a quotation mark. Each is looked for with str.find, which
# skips a text several times faster than a pattern scans it (and at once when the text
# cannot hold it: "“" in an ASCII text); :data:`_MARK` is then tried only where one stands.
_MARK_STARTS = "`'“”„‟\"«»‹›‘’‛"
_APOSTROPHES = frozenset("'‘’")  # never a mark between two letters: "Trump's"
# The characters that are a mark of one character wherever they stand (the pattern reads
# the context of apostrophes and backquotes only).
_ALWAYS_MARKS = frozenset('“”„‟"«»‹›')
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

_ELISION = regex.compile(
    r"['‘’](?:"
    + "|".join(regex.escape(word[1:]) for word in read_lines("elisions.txt"))
    + r")(?![\p{L}])"
    + r"|['‘’]\d\d?s?(?!\p{L})",
    regex.IGNORECASE,
)
"""An apostrophe that starts a word: "'n'", "'em", "'90s"; it never opens a quotation."""

LABEL = regex.compile(
    r"(\p{Lu}[\p{Lu}.'’\-]++(?:[\x20\xa0]\p{Lu}[\p{Lu}.'’\-]++){0,2}+):[\x20\xa0]"
)
"""A transcript's speaker label, in capitals, that opens a turn: "WALLACE: "."""

_DOUBLE_GLYPHS = {
    "“": _OPEN,
    "„": _OPEN,
    "‟": _OPEN,
    "«": _OPEN,
    "``": _OPEN,
    "”": _CLOSE,
    "»": _CLOSE,
    "''": _CLOSE,
    '"': _EITHER,
}
_SINGLE_GLYPHS = {"‘": _OPEN, "‛": _OPEN, "`": _OPEN, "‹": _OPEN, "’": _CLOSE, "›": _CLOSE}

_QUOTE_CHARS = frozenset("“”„‟\"«»‹›'‘’‛`")
_OPENING_CONTEXT = frozenset("([{<—–-/") | _QUOTE_CHARS
_CLOSING_CONTEXT = frozenset(".,;:!?)]}>—–-…/*") | _QUOTE_CHARS


def _family(mark: str) -> str:
    """The style of a double mark: typographic, typewriter, Penn Treebank or angle."""
    if mark in ("``", "''"):
        return "treebank"
    if mark == '"':
        return "typewriter"
    return "angle" if mark in "«»" else "typographic"


def _direction(text: str, start: int, end: int, lo: int, hi: int, glyph: int) -> int:
    """Read a mark's direction from its surroundings, falling back on its glyph."""
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    opens = before.isspace() or before in _OPENING_CONTEXT
    closes = after.isspace() or after in _CLOSING_CONTEXT
    if opens and not closes:
        return _OPEN
    if closes and not opens:
        return _CLOSE
    return glyph


class _Pairer:
    """The pairing state of one text, fed its paragraphs in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Quotation] = []
        # A double quotation still open at the end of the previous paragraph:
        # (start, inner_start, paragraph index, end of that paragraph).
        self.carried: tuple[int, int, int, int] | None = None

    def paragraph(self, index: int, lo: int, hi: int, marks: Sequence[tuple[int, int]]) -> None:
        """Pair the marks (start, end) of the paragraph ``text[lo:hi]``."""
        text = self.text
        carried, self.carried = self.carried, None
        if carried is not None and not (marks and marks[0][0] == lo and self._opens(lo, marks)):
            self._unclosed(carried)  # the next paragraph does not reopen: it ended
            carried = None
        if (
            carried is not None
            and (
                LABEL.match(text, marks[0][1], hi)  # a transcript's next turn: "WALLACE: …"
                or _family(text[carried[0] : carried[1]])
                != _family(text[marks[0][0] : marks[0][1]])
            )
        ):
            self._unclosed(carried)  # a new quotation, not the old one reopened
            carried = None
        depth = 0
        outer: tuple[int, int, int] | None = None  # start, inner_start, paragraph
        single: tuple[int, int] | None = None  # a pending single opening mark
        for position, (start, end) in enumerate(marks):
            mark = text[start:end]
            glyph = _DOUBLE_GLYPHS.get(mark)
            if glyph is not None:
                direction = _direction(text, start, end, lo, hi, glyph)
                if position == 0 and carried is not None:  # the reopening mark of a continuation
                    outer, depth, carried = (carried[0], carried[1], carried[2]), 1, None
                    single = None
                    continue
                if direction == _EITHER:
                    direction = _CLOSE if depth else _OPEN
                if direction == _OPEN:
                    if depth == 0:
                        outer, single = (start, end, index), None
                        depth = 1
                    elif mark != '"' and depth < 2:  # a nested double quotation
                        depth = 2
                    elif mark == '"':  # straight marks cannot nest: a missing close
                        assert outer is not None
                        self._unclosed((*outer, self._trim(outer[1], start)))
                        outer, single, depth = (start, end, index), None, 1
                elif depth == 0 and start == lo:  # "” … he delivered": a closing mark opens
                    outer, single = (start, end, index), None
                    depth = 1
                elif depth == 2:
                    depth = 1
                elif depth == 1:
                    assert outer is not None
                    self.found.append(
                        Quotation(outer[0], end, outer[1], start, True, True, outer[2])
                    )
                    outer, single, depth = None, None, 0
                continue
            # A single mark: pairs only at the top level, never inside double marks.
            if depth:
                continue
            if _ELISION.match(text, start):
                continue
            direction = _direction(text, start, end, lo, hi, _SINGLE_GLYPHS.get(mark, _EITHER))
            if direction == _EITHER:
                continue
            if direction == _OPEN:
                if single is None and end < hi and not text[end].isspace():
                    single = (start, end)
            elif single is not None:
                self.found.append(Quotation(single[0], end, single[1], start, False, True, index))
                single = None
        if outer is not None:
            self.carried = (outer[0], outer[1], outer[2], hi)

    def _opens(self, lo: int, marks: Sequence[tuple[int, int]]) -> bool:
        """Tell whether a paragraph's first mark, at its first character, is a double mark."""
        return self.text[marks[0][0] : marks[0][1]] in _DOUBLE_GLYPHS

    def _trim(self, lo: int, hi: int) -> int:
        """The end of ``text[lo:hi]`` without trailing space."""
        while hi > lo and self.text[hi - 1].isspace():
            hi -= 1
        return hi

    def _unclosed(self, carried: tuple[int, int, int, int]) -> None:
        start, inner, paragraph, end = carried
        if end > inner:
            self.found.append(Quotation(start, end, inner, end, True, False, paragraph))

    def finish(self) -> list[Quotation]:
        """Close what is still open and return every quotation, sorted by start."""
        if self.carried is not None:
            self._unclosed(self.carried)
            self.carried = None
        self.found.sort(key=lambda q: q.start)
        return self.found


def _marks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the candidate quotation marks of a text, in order.

    The same marks as ``_MARK.finditer(text)``: every mark starts with one of
    :data:`_MARK_STARTS`, and a mark of two characters hides the second.
    """
    starts: list[int] = []
    find = text.find
    for char in _MARK_STARTS:
        start = find(char)
        while start >= 0:
            starts.append(start)
            start = find(char, start + 1)
    starts.sort()
    marks: list[tuple[int, int]] = []
    end = 0
    match = _MARK.match
    letters = _ASCII_LETTERS
    for start in starts:
        if start < end:
            continue
        char = text[start]
        if char in _ALWAYS_MARKS:
            end = start + 1
            marks.append((start, end))
            continue
        if (  # an apostrophe inside a word, the commonest candidate, matches no mark
            char in _APOSTROPHES
            and start
            and text[start - 1] in letters
            and text[start + 1 : start + 2] in letters
        ):
            continue
        mark = match(text, start)
        if mark is not None:
            end = mark.end()
            marks.append((start, end))
    return marks


def find_quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quotation]:
    """Find the top-level quotations of a text.

    Args:
        text: The text.
        paragraphs: The (start, end) of its paragraphs (see
            :func:`newscorpus.segment.paragraph_bounds`).

    Returns:
        The quotations, sorted by start; nested quotations are inside these.

    Example:
        >>> from newscorpus.segment import paragraph_bounds
        >>> text = "“It’s a ‘deal’,” he said. 'Yes,' she said, in the ’90s."
        >>> [text[q.start:q.end] for q in find_quotations(text, paragraph_bounds(text))]
        ['“It’s a ‘deal’,”', "'Yes,'"]
    """
    pairer = _Pairer(text)
    marks = _marks(text)
    if not marks:
        return []
    starts = [p[0] for p in paragraphs]
    done = -1  # the last paragraph paired
    i = 0
    while i < len(marks):
        index = bisect.bisect_right(starts, marks[i][0]) - 1
        j = i
        while j < len(marks) and (index + 1 == len(starts) or marks[j][0] < starts[index + 1]):
            j += 1
        if index < 0:  # marks before the first paragraph
            i = j
            continue
        if pairer.carried is not None and done + 1 < index:
            # a paragraph without marks ends the quotation carried into it
            skipped_start, skipped_end = paragraphs[done + 1]
            pairer.paragraph(done + 1, skipped_start, skipped_end, [])
        paragraph_start, paragraph_end = paragraphs[index]
        inside = [mark for mark in marks[i:j] if mark[0] < paragraph_end]
        pairer.paragraph(index, paragraph_start, paragraph_end, inside)
        done, i = index, j
    return pairer.finish()
