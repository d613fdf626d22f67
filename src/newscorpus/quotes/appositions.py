"""Appositions and titles inside a speaker's phrase, read word by word.

A subject before a cue may carry appositions between commas ("Dana Reyes, 41,
of Dayton, Ohio, who voted early, said"), a parenthesis ("Sen. Lee (R-Ohio)
said") or a quoted title ("the author of “Quiet Waters,” a novel about fishermen,
said"). These tests tell :mod:`newscorpus.quotes.phrases` which of the phrases
it steps over is the speaker. Every function reads the words of a window as
:func:`newscorpus.quotes.tokens.words` gives them.
"""

from __future__ import annotations

from newscorpus.lexicon import is_demonym
from newscorpus.quotes.vocabulary import (
    FINITE,
    FUNCTION_CLASSES,
    PREPOSITIONS,
    RELATIVES,
    is_title,
)

__all__ = [
    "apposition",
    "inside_apposition",
    "is_mark",
    "name_only",
    "object_of",
    "opening_parenthesis",
    "title_opening",
    "unnamed",
]

_MARKS = frozenset('“”"«»')  # double quotation marks, which may enclose a title


def apposition(toks: list[str], lo: int, hi: int) -> bool:
    """Tell whether words ``lo`` to ``hi`` can be an apposition, not a clause of their own.

    "Smith, the minister, said" and "Smith, a lawyer who led the team, said", but not
    "…, and the meeting ended, said Jones" nor "…, the losses would grow, said Jones".

    Example:
        >>> from newscorpus.quotes.tokens import words
        >>> toks = words("Smith, the minister, said", 0, 25)
        >>> apposition(toks, 2, 4)
        True
    """
    if lo >= hi:
        return False
    role = FUNCTION_CLASSES.get(toks[lo].lower())
    if role == "conjunction":
        return False
    if role in ("preposition", "subordinator"):
        return True  # an adjunct: "Clinton, after the story broke, said"
    if lo + 1 < hi and toks[lo + 1] == "by":
        return True  # "The aides, led by Terry Ostrander, told"
    for n in range(lo, hi):  # a verb before any relative pronoun makes a clause
        word = toks[n].lower()
        if word in RELATIVES or word in ("whose", "that"):
            return True
        if (
            n > lo
            and FUNCTION_CLASSES.get(toks[n]) == "subordinator"  # as written: not "Reem As"
            and toks[n - 1][0].isalnum()
        ):
            return True  # so does a clause inside: "the leader since his brother fell ill"
        if word in FINITE and not (n > lo and toks[n][:1].isupper()):  # not "in May"
            return False
    return True


def inside_apposition(toks: list[str], found: tuple[int, int]) -> bool:
    """Tell whether a phrase before an apposition is itself part of a longer one.

    "Dana Reyes, 41, of Dayton, Ohio, who voted early, said": the age "41", the
    place "Dayton" after "of" and the state "Ohio" after it all describe the
    speaker who comes first.

    Example:
        >>> from newscorpus.quotes.tokens import words
        >>> toks = words("Dana Reyes, 41, of Dayton, Ohio, said", 0, 37)
        >>> inside_apposition(toks, (3, 3))  # the age
        True
    """
    start, end = found
    if start == end and toks[start].isdigit():
        return True  # an age
    if start == 0:
        return False
    before = toks[start - 1].lower()
    if before in PREPOSITIONS:
        return True  # "of Dayton"
    if before != ",":
        return False
    if end == start + 1 and toks[end] == ".":
        return True  # an abbreviation alone between commas: "Lee, R-S.C.,", "Toledo, Ohio,"
    if start == end and toks[start][:1] in "RDI" and toks[start][1:2] == "-":
        return True  # a party and state: "Lee, R-Ohio,"
    if toks[start].lower() in ("a", "an", "the"):
        return True  # a role between commas: "Ann Lee, a voter from Toledo, Ohio,"
    for k in range(start - 2, max(-1, start - 12), -1):  # "of Dayton, Ohio": a place's state
        if toks[k] == ",":
            return k + 1 < start - 1 and toks[k + 1].lower() in PREPOSITIONS
    return False


def name_only(toks: list[str], lo: int, hi: int) -> bool:
    """Tell whether words ``lo`` to ``hi`` (excluded) are two to four capitalised words.

    The dots of abbreviations and a last parenthesis do not count: "Gov. Ana Ruiz (D-Ohio)".

    Example:
        >>> from newscorpus.quotes.tokens import words
        >>> toks = words("Gov. Ana Ruiz (D-Ohio)", 0, 22)
        >>> name_only(toks, 0, len(toks))
        True
    """
    if hi - lo > 2 and toks[hi - 1] == ")":
        hi = opening_parenthesis(toks, hi - 1)
        if hi < lo:
            return False
    kept = [w for w in toks[lo:hi] if w != "."]
    return 2 <= len(kept) <= 4 and all(w[:1].isupper() for w in kept)


def unnamed(toks: list[str], found: tuple[int, int]) -> bool:
    """Tell whether a phrase names no one: no capitalised word after its first but a
    demonym ("another Greek carrier").

    Example:
        >>> unnamed(["a", "third", "voter"], (0, 2)), unnamed(["Sen.", "Ana", "Ruiz"], (0, 2))
        (True, False)
        >>> unnamed(["another", "Greek", "carrier"], (0, 2))
        True
    """
    return not any(
        toks[n][:1].isupper() and not is_demonym(toks[n]) for n in range(found[0] + 1, found[1] + 1)
    )


def object_of(toks: list[str], k: int) -> bool:
    """Tell whether a phrase starting at word ``k`` is an object: a preposition or a verb
    in -ing comes right before it ("after winning| Ohio", "in| Berea").

    Example:
        >>> object_of(["after", "winning", "Ohio"], 2)
        True
    """
    if k < 1:
        return False
    before = toks[k - 1]
    return before in PREPOSITIONS or (before.islower() and before.endswith("ing"))


def opening_parenthesis(toks: list[str], k: int) -> int:
    """The word of the "(" that the ")" at word ``k`` closes, within 12 words, or -1.

    Example:
        >>> opening_parenthesis(["Sen", ".", "Lee", "(", "R-Ohio", ")"], 5)
        3
    """
    for j in range(k - 1, max(-1, k - 13), -1):
        if toks[j][0] == "(":
            return j
        if toks[j][0] == ")":
            return -1
    return -1


def title_opening(toks: list[str], k: int) -> int:
    """The index of the mark that opens the title closed by the mark at word ``k``, or -1.

    "“Quiet Waters,”": capitalised words (see :func:`is_title`) between two marks.

    Example:
        >>> from newscorpus.quotes.tokens import words
        >>> toks = words("the author of “Quiet Waters,”", 0, 29)
        >>> title_opening(toks, len(toks) - 1)
        3
    """
    if toks[k] == "'":
        k -= 1  # the first "'" of a closing "''"
    j = k - 1
    while j >= 0 and k - j <= 9 and not is_mark(toks, j):
        j -= 1
    if j < 0 or not is_mark(toks, j):
        return -1
    if toks[j] == "'":
        j -= 1  # the first "'" of an opening "''"
    return j if is_title([w for w in toks[j + 2 : k] if w not in (",", "'")]) else -1


def is_mark(toks: list[str], k: int) -> bool:
    """Tell whether word ``k`` is a double quotation mark, or half of a "''" pair.

    Example:
        >>> is_mark(["“", "No"], 0), is_mark(["'", "'", "No"], 1), is_mark(["Reyes", "'"], 1)
        (True, True, False)
    """
    if toks[k][0] in _MARKS:
        return True
    return toks[k] == "'" and (
        (k > 0 and toks[k - 1] == "'") or (k + 1 < len(toks) and toks[k + 1] == "'")
    )
