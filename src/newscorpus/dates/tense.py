"""Guess whether the words around an expression speak of the past or the future.

A bare weekday or month ("Friday", "in April") names a day before or after
the reference date; news tells which by its verbs ("said Friday", "will
meet Friday"). Without a part-of-speech tagger, the nearest cue word decides,
looking back to the start of the clause and ahead to the end of the
sentence. Listed cue words (``data/dates_tense.txt``: "will", "said",
"ago"...) are strong; any other word ending in -ed is a weak past cue, read
as future after "be" ("will be held").
"""

from __future__ import annotations

import re
from typing import Literal

from newscorpus._data import read_rows
from newscorpus.dates.lexicon import TENSE_CUES

__all__ = ["Tense", "guess_tense", "tense_cue"]

Tense = Literal["past", "future"]

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
"""A word, with a contraction ("won't", "'ll")."""

#: Abbreviations whose full stop does not end a sentence ("vs.", "Ala."), without the stop.
_ABBREVIATIONS = frozenset(
    row[0].rstrip(".") for row in read_rows("abbreviations.txt") if row[0].endswith(".")
)

_STOP = re.compile(
    r"""
    # Read as: [.;!?\n] | `` | '' | [“”"] | \s(?:—|--|_)\s. Opening with one character
    # class lets the engine skip to the candidates quickly.
    [.;!?\n“”"`'\s]
    (?: (?<=[.;!?\n“”"])        # sentence punctuation, a double quotation mark
      | (?<=`)`  | (?<=')'       # `` and ''
      | (?<=\s)(?:—|--|_)\s      # a dash between spaces
    )
    """,
    re.VERBOSE,
)
"""Where a clause may end: sentence punctuation, quotation marks, dashes."""


def _is_clause_end(text: str, m: re.Match[str]) -> bool:
    """Whether a match of _STOP ends a clause: a full stop counts only before a space
    and not after an abbreviation or a single letter ("vs.", "U.S.", "Ala.")."""
    if m.group() != ".":
        return True
    after = m.end()
    if after >= len(text) or not text[after].isspace():
        return False
    k = m.start()
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k : m.start()]
    return len(word) != 1 and word not in _ABBREVIATIONS


def _after_last_clause_end(text: str) -> int:
    """Where the text after its last clause end starts (0 when none)."""
    last = 0
    for m in _STOP.finditer(text):
        if _is_clause_end(text, m):
            last = m.end()
    return last


def _first_clause_end(text: str) -> int:
    """Where the first clause end of ``text`` starts (its length when none)."""
    for m in _STOP.finditer(text):
        if _is_clause_end(text, m):
            return m.start()
    return len(text)


_LEFT_WINDOW = 80  # characters looked at before the expression
_RIGHT_WINDOW = 120  # and after it
_MAX_WORDS = 16

#: Phrases right before an expression that point ahead ("by Friday", "as early as Monday").
_FUTURE_LEADS = ("by", "as early as", "as soon as")

#: Words ending in -ed that are not past-tense verbs.
_NOT_PAST = frozenset({"need", "feed", "seed", "speed", "bed", "red", "shed", "indeed", "hundred"})
#: Reporting verbs: they date the report, not what is reported, unless right beside
#: the expression ("said Friday"), so farther away they are weak cues.
_REPORTING = frozenset({"said", "says", "told", "announced", "reported", "added"})
_ADJACENT = 2  # words
_NEAR = 6  # words: farther cues are weak

_COPULAS = frozenset({"is", "are", "was", "were"})

#: Words that open a clause about a span up to a time, in either tense ("Until Friday, he had").
_OPENERS = frozenset({"until", "till"})


#: Word as written -> (lower case, its entry in the cue list, whether it looks like a
#: past participle), for the words seen so far: most words come back often.
_WORD_KINDS: dict[str, tuple[str, tuple[str, str] | None, bool]] = {}
_MAX_KINDS = 100_000


def _kind(word: str) -> tuple[str, tuple[str, str] | None, bool]:
    found = _WORD_KINDS.get(word)
    if found is None:
        lower = word.lower().replace("’", "'")
        participle = lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_PAST
        found = (lower, TENSE_CUES.get(lower), participle)
        if len(_WORD_KINDS) >= _MAX_KINDS:
            _WORD_KINDS.clear()
        _WORD_KINDS[word] = found
    return found


def _cue(words: list[str], i: int, side: str) -> tuple[str, bool] | None:
    """The tense words[i] points to and whether the cue is strong, or None."""
    word = words[i]
    lower, entry, participle = _kind(word)
    if entry is None and not participle and lower not in _COPULAS:
        return None  # most words: no cue
    if i > 0 and words[i - 1].lower() == "be" and (participle or entry is not None):
        return "future", False  # "will be held", "to be returned"
    if lower in _COPULAS and i + 1 < len(words) and words[i + 1].lower() == "to":
        return "future", True  # "is to open", "was to present": planned
    if entry is not None:
        tense, where = entry
        if i == 0 and side == "left" and lower in _OPENERS:
            return None
        return (tense, True) if where in (side, "both") else None
    if participle and not word[0].isupper():
        return "past", False
    return None


def tense_cue(text: str, start: int, end: int) -> tuple[Tense | None, bool]:
    """The tense the nearest cue word gives ``text[start:end]``, and whether it is strong.

    Args:
        text: The whole text.
        start: Where the expression starts.
        end: Where it ends.

    Returns:
        (``"past"``, ``"future"`` or None, strong cue or not).

    Example:
        >>> text = "The summit will be held on April 24."
        >>> tense_cue(text, text.index("April"), len(text) - 1)
        ('future', False)
    """
    left = text[max(0, start - _LEFT_WINDOW) : start]
    left = left[_after_last_clause_end(left) :]
    lead = " ".join(left.lower().split())
    if any(lead.endswith(" " + phrase) or lead == phrase for phrase in _FUTURE_LEADS):
        return "future", True
    left_words = _WORD.findall(left)[-_MAX_WORDS:]
    found: list[tuple[int, int, str, bool]] = []  # (distance, side order, tense, strong)
    for i in range(len(left_words) - 1, -1, -1):
        cue = _cue(left_words, i, "left")
        if cue is not None:
            distance = len(left_words) - i
            if distance > _ADJACENT and left_words[i].lower() in _REPORTING:
                cue = (cue[0], False)
            found.append((distance, 0, *cue))
            break
    # A cue on the right wins only when nearer than the one on the left (the left wins ties).
    reach = found[0][0] - 1 if found else _MAX_WORDS
    if reach > 0:
        right = text[end : end + _RIGHT_WINDOW]
        right = right[: _first_clause_end(right)]
        # One word more than the reach: a cue looks at the word after it ("is to").
        right_words = _WORD.findall(right)[: min(reach + 1, _MAX_WORDS)]
        for j in range(min(reach, len(right_words))):
            cue = _cue(right_words, j, "right")
            if cue is not None:
                if j + 1 > _ADJACENT and right_words[j].lower() in _REPORTING:
                    cue = (cue[0], False)
                found.append((j + 1, 1, *cue))
                break
    if not found:
        return None, False
    distance, _, tense, strong = min(found)
    if distance > _NEAR:  # a cue this far away may belong to another verb phrase
        strong = False
    if tense == "none":
        return None, False
    return ("future" if tense == "future" else "past"), strong


def guess_tense(text: str, start: int, end: int) -> Tense | None:
    """Past or future, from the cue words nearest to ``text[start:end]``.

    Args:
        text: The whole text.
        start: Where the expression starts.
        end: Where it ends.

    Returns:
        ``"past"``, ``"future"``, or None when no cue is near.

    Example:
        >>> text = "The minister will arrive Friday."
        >>> guess_tense(text, text.index("Friday"), text.index("Friday") + 6)
        'future'
        >>> text = "Officials said Friday that talks failed."
        >>> guess_tense(text, text.index("Friday"), text.index("Friday") + 6)
        'past'
    """
    return tense_cue(text, start, end)[0]
