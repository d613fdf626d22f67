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
from collections.abc import Iterator
from typing import Literal

from newscorpus._data import read_rows
from newscorpus.dates.lexicon import CONTEXT, TENSE_CUES

__all__ = ["Tense", "guess_tense", "tense_cue", "weekday_tense"]

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

# _STOP opens with white space, for its dashes, so the engine stops at every space of
# a window. Windows without a dash, most of them, need only the marks, and a pattern
# that opens with them lets the engine skip from one mark to the next.
_STOP_NO_DASH = re.compile(
    r"""
    [.;!?\n“”"`']
    (?: (?<=[.;!?\n“”"]) | (?<=`)` | (?<=')' )
    """,
    re.VERBOSE,
)
"""_STOP without its dashes."""


def _stops(text: str) -> Iterator[re.Match[str]]:
    """The matches of _STOP in ``text``."""
    dash = "—" in text or "--" in text or "_" in text
    return (_STOP if dash else _STOP_NO_DASH).finditer(text)


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
    # Most marks end a clause (nine in ten before an expression): tested from the last
    # one back, the first that does is most often the last.
    for m in reversed(list(_stops(text))):
        if _is_clause_end(text, m):
            return m.end()
    return 0


def _first_clause_end(text: str) -> int:
    """Where the first clause end of ``text`` starts (its length when none)."""
    for m in _stops(text):
        if _is_clause_end(text, m):
            return m.start()
    return len(text)


_JOINED_CLAUSE = re.compile(r",\s+(?:and|but)\s")
"""Where a clause joined to the one before starts: ", but", ", and"."""

_LEFT_WINDOW = 80  # characters looked at before the expression
_RIGHT_WINDOW = 120  # and after it
_MAX_WORDS = 16

#: Phrases right before an expression that point ahead ("by Friday", "as early as Monday").
_FUTURE_LEADS = ("by", "as early as", "as soon as")
_LEAD_ENDS = frozenset(phrase[-2:] for phrase in _FUTURE_LEADS)

#: Words ending in -ed that are not past-tense verbs.
_NOT_PAST = frozenset({"need", "feed", "seed", "speed", "bed", "red", "shed", "indeed", "hundred"})
#: Reporting verbs: they date the report, not what is reported, unless right beside
#: the expression ("said Friday"), so farther away they are weak cues.
_REPORTING = frozenset({"said", "says", "told", "announced", "reported", "added"})
_ADJACENT = 2  # words
_NEAR = 6  # words: farther cues are weak

_COPULAS = frozenset({"is", "are", "was", "were"})

#: Words that join verb phrases: a cue right after one, on the right of an expression,
#: belongs to another verb phrase ("called Tuesday and was to fly on"): a cue on the
#: left, if any, decides (so it does past the comma that closes a relative clause).
_COORDINATORS = frozenset({"and", "but"})

#: Future auxiliaries: whatever their distance, they govern their clause ("will play,
#: on Tuesday, in the final").
_WILL = frozenset({"will", "'ll", "shall", "won't"})

#: Modal verbs: they make a plain weekday future ("would meet Friday"), but the event
#: a weekday's possessive names after one is one already reported ("would appeal
#: Monday's verdict"; yet "Sunday's race would draw crowds").
_MODALS = frozenset({"would", "might", "should"})

#: Words that open a clause about a span up to a time, in either tense ("Until Friday, he had").
_OPENERS = frozenset({"until", "till"})


#: Word as written -> (lower case, its entry in the cue list, whether it looks like a
#: past participle), for the words seen so far: most words come back often.
_WORD_KINDS: dict[str, tuple[str, tuple[str, str] | None, bool]] = {}
#: The words seen so far that are never a cue (most words): the loops over the words
#: around an expression skip them without a call to _cue.
_QUIET: set[str] = set()
_MAX_KINDS = 100_000


def _kind(word: str) -> tuple[str, tuple[str, str] | None, bool]:
    found = _WORD_KINDS.get(word)
    if found is None:
        lower = word.lower().replace("’", "'")
        participle = lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_PAST
        found = (lower, TENSE_CUES.get(lower), participle)
        if len(_WORD_KINDS) >= _MAX_KINDS:
            _WORD_KINDS.clear()
            _QUIET.clear()
        _WORD_KINDS[word] = found
        if found[1] is None and not participle and lower not in _COPULAS:
            _QUIET.add(word)
    return found


def _no_plan_before_be(words: list[str], be: int) -> bool:
    """Whether "be" (words[be]) + participle reports a failure rather than a plan: a
    negated "could" before it ("could not be reached Friday", "no one could be found")."""
    k = be - 1
    if k >= 0 and words[k].lower() == "not":
        k -= 1
    if k < 0 or words[k].lower().replace("’", "'") not in CONTEXT["not_future_be"]:
        return False
    return any(
        w.lower() in CONTEXT["negations"] or w.lower().endswith(("n't", "n’t")) for w in words[:be]
    )


def _cue(words: list[str], i: int, side: str) -> tuple[str, bool] | None:
    """The tense words[i] points to and whether the cue is strong, or None."""
    word = words[i]
    lower, entry, participle = _kind(word)
    if entry is None and not participle and lower not in _COPULAS:
        return None  # most words: no cue
    if (
        i > 0
        and words[i - 1].lower() == "be"
        and (participle or entry is not None)
        and not _no_plan_before_be(words, i - 1)
    ):
        return "future", False  # "will be held", "to be returned"
    if lower in _COPULAS and i + 1 < len(words):
        after = words[i + 1].lower()
        if after == "to" or after in CONTEXT["planned_after_copula"]:
            return "future", True  # "is to open", "were planning to": planned
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
    tense, strong, _, _ = _nearest_cue(text, start, end)
    return tense, strong


def _another_clause(left_words: list[str], right: str, words: list[str], j: int) -> bool:
    """Whether words[j], in the text right of an expression, belongs to another clause:
    after a word that joins verb phrases ("called [Tuesday] and was scheduled to"), or
    past a comma that closes the relative clause holding the expression ("which
    began on [Oct. 18], is scheduled to end")."""
    if j and words[j - 1].lower() in _COORDINATORS:
        return True
    if not any(w.lower() in CONTEXT["relatives"] for w in left_words):
        return False
    for k, m in enumerate(_WORD.finditer(right)):
        if k == j:
            return "," in right[: m.start()]
    return False


#: Modal verbs that put a clause after an opening "By …," ahead: "By Friday, police must …".
_OPENING_MODALS = _MODALS | _WILL | {"must", "can", "may", "could"}


def _modal_within(right: str, words: int) -> bool:
    """Whether one of the first ``words`` words of ``right`` is a modal verb."""
    return any(w.lower() in _OPENING_MODALS for w in _WORD.findall(right)[:words])


def _nearest_cue(text: str, start: int, end: int) -> tuple[Tense | None, bool, str, bool]:
    """:func:`tense_cue`, with the cue word (lower case; '' when none or a lead phrase)
    and whether it stands on the left."""
    left = text[max(0, start - _LEFT_WINDOW) : start]
    left = left[_after_last_clause_end(left) :]
    opening_by = False  # whether "By" opens the clause: "By June 30, users were …"
    if left.rstrip()[-2:].lower() in _LEAD_ENDS:  # a quick test before the full one
        lead = " ".join(left.lower().split())
        if any(lead.endswith(" " + phrase) or lead == phrase for phrase in _FUTURE_LEADS):
            if lead != "by":
                return "future", True, "", True
            opening_by = True  # future, unless the clause after it is in the past
    if "," in left:
        joined = [m.end() for m in _JOINED_CLAUSE.finditer(left)]
        if joined:  # ", but on Thursday": the clause before is another one
            left = left[joined[-1] :]
    left_words = _WORD.findall(left)[-_MAX_WORDS:]
    # (distance, side order, tense, strong, word)
    found: list[tuple[int, int, str, bool, str]] = []
    for i in range(len(left_words) - 1, -1, -1):
        if left_words[i] in _QUIET:
            continue
        cue = _cue(left_words, i, "left")
        if cue is not None:
            distance = len(left_words) - i
            word = left_words[i].lower()
            if distance > _ADJACENT and word in _REPORTING:
                cue = (cue[0], False)
            found.append((distance, 0, *cue, word))
            break
    # A cue on the right wins only when nearer than the one on the left (the left wins ties).
    reach = found[0][0] - 1 if found else _MAX_WORDS
    if reach > 0:
        right = text[end : end + _RIGHT_WINDOW]
        right = right[: _first_clause_end(right)]
        # One word more than the reach: a cue looks at the word after it ("is to").
        right_words = _WORD.findall(right)[: min(reach + 1, _MAX_WORDS)]
        for j in range(min(reach, len(right_words))):
            if right_words[j] in _QUIET:
                continue
            cue = _cue(right_words, j, "right")
            if cue is not None:
                if (
                    found
                    and found[0][2] != "none"
                    and _another_clause(left_words, right, right_words, j)
                ):
                    break  # "called [Tuesday] and was scheduled to": the left decides
                word = right_words[j].lower()
                if j + 1 > _ADJACENT and word in _REPORTING:
                    cue = (cue[0], False)
                found.append((j + 1, 1, *cue, word))
                break
    if not found:
        return ("future", True, "", True) if opening_by else (None, False, "", False)
    distance, side, tense, strong, word = min(found)
    if opening_by and (
        tense != "past" or side == 0 or _modal_within(text[end : end + _RIGHT_WINDOW], distance)
    ):  # "By June 30, the bridge will …", "By Friday, police must charge a man they held"
        return "future", True, "", True
    if distance > _NEAR:  # a cue this far away may belong to another verb phrase
        strong = False
    if tense == "none":
        return None, False, "", False
    return ("future" if tense == "future" else "past"), strong, word, side == 0


_POSSESSIVE = re.compile(r"['’]s\s+[A-Za-z0-9]")
"""A possessive 's before a word: "Wednesday['s r]uling"."""

_LAST_WORDS = re.compile(r"([A-Za-z]+)?[^A-Za-z\n]+([A-Za-z]+)[^A-Za-z\n]*$")
"""The last two words before a position (the first may be missing)."""


def weekday_tense(text: str, start: int, end: int) -> Tense | None:
    """Past or future for a day named by its weekday (``text[start:end]``).

    News places a bare weekday in the week before or after the publication
    date, before it unless a future cue governs it (:func:`tense_cue`). A
    weekday's possessive ("Wednesday's ruling") names an event the news
    reports, so it is past unless a future cue near it (not a modal such as
    "would" before it) or a future auxiliary governs it ("will play in
    Sunday's final"); after words that
    look ahead ("before Friday's deadline", "for Sunday's vote") it is to
    come unless a strong past cue governs it ("was told before Tuesday's vote").

    Args:
        text: The whole text.
        start: Where the expression starts.
        end: Where it ends.

    Returns:
        ``"past"``, ``"future"``, or None when nothing tells.

    Example:
        >>> text = "They would look for ways to get around Wednesday's ruling."
        >>> weekday_tense(text, text.index("Wed"), text.index("'s"))
        'past'
        >>> text = "They rallied before Friday's deadline."
        >>> weekday_tense(text, text.index("Fri"), text.index("'s"))
        'future'
    """
    tense, strong, word, on_left = _nearest_cue(text, start, end)
    if not _POSSESSIVE.match(text, end):
        return tense
    m = _LAST_WORDS.search(text, max(0, start - 30), start)
    if m is not None:
        last, before = m[2].lower(), (m[1] or "").lower()
        ahead = CONTEXT["ahead_of_possessive"]
        if last in ahead or (last == "of" and before in ahead):
            return "past" if tense == "past" and strong else "future"
    word = word.replace("’", "'")
    modal = on_left and word in _MODALS  # "would appeal [Monday]'s verdict"
    if tense == "future" and not modal and (strong or word in _WILL):
        return "future"
    return "past"


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
