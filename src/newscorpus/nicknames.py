"""Nicknames in quotation marks inside a person's name: Tomas "Bud" Lund.

News writes a nickname between a person's first name and surname, in
quotation marks: ``Dennis "Duke" Okafor``, ``Ana “Bo” Ruiz``. The
marks cut the name in two for a reader of capitalised runs, and they pair
into a quotation that no one said. Both readers ask this module where such
nicknames are: the name finder reads the text with them blanked out (the
name is then one run, "Tomas Lund", whose mention spans the nickname), and
the quotation finder drops them.

A nickname here is one or two capitalised words between matching marks,
right after a known first name and a space, and right before a space and a
capitalised word: ``"Sonny"`` in ``Paulo "Sonny" Brandt``. Not ``Ted
‘Horrified’ By`` (no first name), nor ``Ana "Ruiz".`` (nothing after).
"""

from __future__ import annotations

import re

import regex

from newscorpus.lexicon import FIRST_NAMES

__all__ = ["find_nicknames", "is_nickname", "without_nicknames"]

_INNER = r"\p{Lu}[\p{L}.\-]*+(?:[\x20\xa0]\p{Lu}[\p{L}.\-]*+)?+"  # "Pete", "Big Mac"

_NICKNAME = regex.compile(
    rf"""
    (?: “{_INNER}” | "{_INNER}" | ‘{_INNER}’ | '{_INNER}' | ``{_INNER}'' )
    (?= [\x20\xa0] \p{{Lu}} )                  # a capitalised word after it: the surname
    """,
    regex.VERBOSE,
)
"""A capitalised word or two in matching quotation marks, before a space and a capital."""

# Each opening mark is searched for by a pattern that starts with it: the standard
# library's engine then skips to each occurrence of that character at the speed of a
# string search, where a pattern that starts with a class of marks tests every character
# of the text (that cost 3% of the quotes stage). A candidate is a mark, a capital and the
# mark's closing one soon after; _NICKNAME then reads it whole.
_CANDIDATES = tuple(
    re.compile(re.escape(opening) + r"[A-Z][^\n]{0,30}?" + re.escape(closing) + r"(?=[ \xa0][A-Z])")
    for opening, closing in (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("``", "''"))
)

_WORD_BEFORE = regex.compile(r"(?r)\b\p{Lu}\p{Ll}++[\x20\xa0]\Z")
"""A capitalised word and a space right before a position (matched backwards from it)."""

_REACH = 30  # characters before a nickname read for the first name


def _after_first_name(text: str, start: int) -> bool:
    """Tell whether a known first name and a space end right before ``start``."""
    before = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    return before is not None and before[0][:-1] in FIRST_NAMES


def is_nickname(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]``, marks included, is a nickname inside a name.

    Example:
        >>> text = 'Paulo "Sonny" Brandt won.'
        >>> is_nickname(text, 6, 13), is_nickname('He said "Sonny" Brandt', 8, 15)
        (True, False)
    """
    found = _NICKNAME.match(text, start, min(len(text), end + 2))
    return found is not None and found.end() == end and _after_first_name(text, start)


def find_nicknames(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every nickname in quotation marks inside a name, marks included.

    Example:
        >>> text = 'Douglas "Pete" Okafor and Juan “Chico” Reyes spoke.'
        >>> [text[s:e] for s, e in find_nicknames(text)]
        ['"Pete"', '“Chico”']
    """
    spans = [
        found.span()
        for candidates in _CANDIDATES
        for candidate in candidates.finditer(text)
        if (found := _NICKNAME.match(text, candidate.start())) is not None
        and _after_first_name(text, found.start())
    ]
    spans.sort()
    return spans


def without_nicknames(text: str) -> str:
    """The text with every nickname inside a name blanked out by spaces, offsets kept.

    Example:
        >>> without_nicknames('Tomas "Bud" Lund said.')
        'Tomas       Lund said.'
    """
    spans = find_nicknames(text)
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
