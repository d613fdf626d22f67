"""Reported content: where a reported clause starts, how far back it may reach, and
keeping it.

The rules of :mod:`newscorpus.quotes.indirect`, :mod:`newscorpus.quotes.according`,
:mod:`newscorpus.quotes.passives`, :mod:`newscorpus.quotes.nouns` and
:mod:`newscorpus.quotes.surveys` find a clause's bounds with these helpers and hand the
clause to :func:`add_content`, which keeps it as an indirect or mixed quote when it is
content at all: two words at least, not the speaker itself, no quotation already
attributed.
"""

from __future__ import annotations

import regex

from newscorpus.dateline import dateline_at
from newscorpus.quotes.boundaries import MAX_CONTENT, trim
from newscorpus.quotes.clauses import has_verb
from newscorpus.quotes.context import Context
from newscorpus.quotes.cues import Cue
from newscorpus.quotes.leftovers import dash_speaker
from newscorpus.quotes.vocabulary import FINITE, FUNCTION, PRONOUNS

__all__ = ["WORD", "add_content", "comma_before", "first_word", "has_words", "opening", "reach"]

_SPACE = " \t\n\xa0"

WORD = regex.compile(r"[\p{L}\p{N}]++")
"""A word."""


_SECOND_WORD = regex.compile(r"[\p{L}\p{N}]++[^\p{L}\p{N}]++[\p{L}\p{N}]")
"""A word, what follows it, and the first letter or digit of a second word."""


# ASCII letters and digits: a word starts at one (beyond ASCII, Python's and the regex
# module's Unicode versions may differ on what a letter is).
_ASCII_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_MIN_WORDS = 2  # reported content has at least this many words


_OPENING_MARKS = "“‘\"'«‹„`(["  # "[" opens an editor's insert: "“[I]f it was"


_LINE_BREAK = regex.compile(r"(?r)[;:][\x20\t\xa0]*+\n")
"""The last line break after a semicolon or a colon (matched backwards)."""


def reach(text: str, unit_start: int, end: int) -> int:
    """Where content that runs back to its unit's start may begin: at most MAX_CONTENT back,
    and after a line that ends with a semicolon or a colon (a headline's deck: "Mayor
    cuts staff;\nWin or lose, candidate says, …")."""
    lo = max(unit_start, end - MAX_CONTENT)
    if text.find("\n", lo, end) >= 0:
        broken = _LINE_BREAK.search(text, lo, end)
        if broken is not None:
            return broken.end()
    return lo


def opening(text: str, lo: int, hi: int) -> int:
    """Where a clause that opens a unit starts: its first word or opening quotation mark."""
    start = first_word(text, lo, hi)
    if start < 0:
        return -1
    if (start == 0 or text[start - 1] == "\n") and text[start : start + 2].isupper():
        dateline = dateline_at(text, start)  # "WASHINGTON (AP) — CLAUSE, …": after it
        if dateline is not None and dateline.span.end < hi:
            return opening(text, dateline.span.end, hi)
    while start > lo and text[start - 1] in _OPENING_MARKS:
        if text[start - 1] in "([" and text.find(")]"[text[start - 1] == "["], start, hi) < 0:
            break  # "(The French are fans, he said.)": the parenthesis holds the attribution too
        start -= 1
    return start


def first_word(text: str, lo: int, hi: int) -> int:
    # Most words looked for here are ASCII, after spaces: found without the pattern.
    j = lo
    while j < hi and text[j] == " ":
        j += 1
    if j < hi and text[j].isascii() and text[j].isalnum():
        return j
    word = WORD.search(text, lo, hi)
    return word.start() if word else -1


def comma_before(text: str, lo: int, pos: int) -> int | None:
    """The comma just before ``pos`` (spaces between), if any, after ``lo``."""
    j = pos
    while j > lo and text[j - 1] in _SPACE:
        j -= 1
    return j - 1 if j > lo and text[j - 1] == "," else None


def has_words(text: str, start: int, end: int, count: int) -> bool:
    """Tell whether ``text[start:end]`` has at least ``count`` words (reading no further)."""
    if count == 2 and start < end and text[start] in _ASCII_WORD:  # content starts at a word
        # Most content opens with an ASCII word, one space and a second word's ASCII letter
        # or digit: what the pattern finds, told by string tests.
        space = text.find(" ", start, end)
        if start < space < end - 1 and text[space + 1] in _ASCII_WORD:
            first = text[start:space]
            if first.isascii() and first.isalnum():
                return True
        return _SECOND_WORD.match(text, start, end) is not None
    for _ in range(count):
        word = WORD.search(text, start, end)
        if word is None:
            return False
        start = word.end()
    return True


_CLAUSE_CLOSE = regex.compile(r",|[\x20\xa0]*+(?:—|–|--)|[\x20\xa0]++-(?=[\x20\xa0])")
"""What closes a relative clause set off in a sentence: a comma or a dash (a hyphen between
spaces too, as some papers write one)."""


def _relative_clause_end(
    text: str, speaker: tuple[int, int], start: int, end: int, clause: bool
) -> int:
    """Where content that starts at ``start`` ends when its speaker is the relative
    pronoun of a clause set off by a comma or a dash: at the clause's close.

    "Mara Quist, who endorsed Lund, was able to …": the content is "Lund". The
    close is the comma or dash after which the sentence's verb comes, not one
    inside the clause ("who said that, if elected, she would …, left"). A
    ``clause`` (what a reporting verb reports) has its verb before the close:
    "who said the two men, and Ms. Lund in particular, must …" goes on.
    """
    if text[speaker[0] : speaker[1]].lower() not in ("who", "which"):
        return end
    before = text[max(0, speaker[0] - 4) : speaker[0]].rstrip()[-1:]
    if before not in (",", "—", "–", "-", "("):
        return end
    for close in _CLAUSE_CLOSE.finditer(text, start, end):
        after = WORD.search(text, close.end(), min(end, close.end() + 30))
        word = after[0] if after is not None else ""
        if (
            word.islower()
            and (word in FINITE or not (word in FUNCTION or word in PRONOUNS))
            and (not clause or has_verb(text, start, close.start()))
        ):
            return trim(text, start, close.start())  # the sentence's verb: ", was able to"
    return end


_LINK = regex.compile(r"(?:https?://|www\.)\S++")
"""A web address alone."""


def add_content(
    ctx: Context,
    start: int,
    end: int,
    speaker: tuple[int, int] | None,
    cue: Cue,
    unit: int,
    cue_end: int | None = None,
    single: bool = False,
) -> bool:
    """Keep reported content, as a mixed quote when it holds quotations.

    ``cue_end`` extends the cue over a particle: "called| for". Content has
    two words at least, unless ``single`` allows one (a name as an object).
    """
    if start < 0 or end <= start:
        return False
    if speaker is not None and start >= speaker[1]:
        closed = _relative_clause_end(ctx.text, speaker, start, end, cue.reports)
        single = single or (closed < end and ctx.text[start].isupper())  # "who endorsed Lund,"
        end = closed
    if not has_words(ctx.text, start, end, 1 if single else _MIN_WORDS):
        return False
    if ctx.text.startswith(("http", "www."), start) and _LINK.fullmatch(ctx.text, start, end):
        return False  # "X reports: http://politi.co/1NeJqEY": a link, not what was said
    if (
        speaker is not None
        and speaker[0] < end
        and start < speaker[1]
        and not (start < cue.start < end)
    ):
        return False  # the "content" is the speaker itself
    quotations = list(ctx.quotations_between(start, end))
    if quotations and any(i in ctx.claimed for i in quotations):
        return False
    if quotations and ctx.text.find(":", start, end) >= 0:
        first = ctx.quotations[quotations[0]].start
        if dash_speaker(ctx.text, start, first):
            return False  # "… in poll overhype - PollWatch: “…”": the name's quotation
    inside = ctx.quotation_at(start)
    if inside is not None and inside not in quotations:
        return False
    cue_span = (cue.start, cue.end if cue_end is None else cue_end)
    ctx.add_reported(start, end, speaker, cue_span, unit, quotations)
    return True
