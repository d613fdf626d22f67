"""The scan: find the matches of the big pattern quickly, by looking for anchor words first.

Trying :data:`~newscorpus.dates.patterns.TIMEX`, an alternation of some
thirty rules, at every position of a text runs at well under 1 MB/s. Every
temporal expression contains an anchor word (a month, a weekday, a unit, a
year, "today"...), and starts at most a few words before it. So a cheap
pattern of anchors, factored into a trie, scans the text, and the big
pattern is tried only at the word starts just before each anchor that may
open an expression. There, only the rules that can match the first
characters are tried (:mod:`~newscorpus.dates.prefixes`), one by one in the
big pattern's order, which gives the big pattern's match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscorpus.dates.lexicon import (
    CARDINALS,
    HOLIDAY_NAMES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    fill,
)
from newscorpus.dates.patterns import RULE_PATTERNS
from newscorpus.dates.prefixes import PrefixIndex

__all__ = ["ANCHOR", "STARTER", "anchors", "matches", "trie"]


def trie(words: list[str]) -> str:
    """A regex alternation of literal words, factored into a trie (fast to try).

    A plain alternation makes the engine try every word at every position;
    the trie tries one branch per character.

    Args:
        words: The words.

    Returns:
        A pattern matching any of the words, preferring the longest.

    Example:
        >>> trie(["Jan", "January", "June"])
        'J(?:an(?:uary)?|une)'
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return emit(root)


def _variants(words: list[str], *, lower: bool = True) -> list[str]:
    """Each word capitalised and in capitals, and in lower case unless ``lower`` is False."""
    out = {v for w in words for v in (w[:1].upper() + w[1:], w.upper())}
    if lower:
        out |= {w.lower() for w in words}
    return sorted(out)


#: Names written capitalised: month, weekday and holiday names.
_NAMES = _variants(
    [
        *MONTH_NAMES,
        *MONTH_ABBREVIATIONS,
        *WEEKDAY_NAMES,
        *WEEKDAY_ABBREVIATIONS,
        *(name.split()[0] for name in HOLIDAY_NAMES),
    ],
    lower=False,
)

#: Words that stand alone as an expression or inside one, and so both anchor and open one.
_DEICTIC_AND_FREQUENCY = [
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "now",
    "currently",
    "recently",
    "lately",
    "nowadays",
    "future",
    "past",
    "current",
    "half",
    "noon",
    "midnight",
    "midday",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "annually",
    "hourly",
    "nightly",
    "quarterly",
    "biweekly",
    "bimonthly",
    "semiannually",
    "biannually",
]

_ANCHOR_WORDS = _NAMES + _variants(
    [
        *UNITS,
        *PARTS_OF_DAY,
        *SEASONS,
        *_DEICTIC_AND_FREQUENCY,
        *["weekend", "weekends", "present", "quarter", "o'clock", "o’clock"],
    ]
)

#: Words that may open an expression, besides anchor words and numbers.
_STARTER_WORDS = _NAMES + _variants(
    [
        *UNITS,
        *SEASONS,
        *CARDINALS,
        *ORDINALS,
        *_DEICTIC_AND_FREQUENCY,
        *[
            "the",
            "a",
            "an",
            "last",
            "next",
            "this",
            "that",
            "these",
            "coming",
            "previous",
            "following",
            "preceding",
            "same",
            "earlier",
            "later",
            "early",
            "late",
            "mid",
            "end",
            "beginning",
            "start",
            "middle",
            "fiscal",
            "pre",
            "post",
            "more",
            "less",
            "fewer",
            "at",
            "up",
            "no",
            "under",
            "over",
            "just",
            "almost",
            "nearly",
            "about",
            "some",
            "only",
            "every",
            "each",
            "once",
            "twice",
            "thrice",
            "several",
            "few",
            "many",
            "couple",
            "final",
            "recent",
        ],
    ]
)


def _by_first_character(words: list[str]) -> str:
    """Alternatives of whole words, one per first character, each a trie of its words.

    The engine tests the first character of each alternative before trying it,
    so a word start rules out every other branch at once; in one trie, the
    words would sit in a group under a single branch, which has no such test.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return "|".join(trie(group) + r"(?!\w)" for _, group in sorted(groups.items()))


#: A word or number every temporal expression contains, without the check that a word
#: starts there: a month, a weekday, a unit, a year, "today"...
_ANCHOR_BODY = fill(
    r"""
    (?=[%(FIRST)s])              # a quick test: no anchor starts with another character
    (?:
        %(WORDS)s                # a month, weekday, unit, "today"...
      | (?=[0-9'’Q])
        (?:
            (?<![\d,.$])(?:1[5-9]|20)[0-9][0-9](?![0-9])   # a year
          | [0-9]{1,2}(?:[:.][0-9][0-9])?\s*[aApP]\.?\s?[mM](?![\w])   # 6 p.m.
          | [0-9]{1,2}:[0-9][0-9]                            # 10:35
          | [0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}                 # 12/7/2023
          | ['’][0-9]0s                                      # the '90s
          | Q[1-4](?![\w])                                  # Q4
        )
    )
    """,
    {
        "WORDS": _by_first_character(_ANCHOR_WORDS),
        "FIRST": re.escape("".join(sorted({w[0] for w in _ANCHOR_WORDS} | set("0123456789'’Q")))),
    },
)

# Where a word starts: not after a word character or an apostrophe ("don't", "'90s").
_WORD_START = r"(?<![\w'’])"

# The standard library's engine runs these simple patterns several times faster than
# `regex`, and the scan for anchors is the only pass over the whole text.
ANCHOR = re.compile(_WORD_START + _ANCHOR_BODY, re.VERBOSE)
"""A word or number every temporal expression contains: the scan looks for these first."""

_STARTER_BODY = fill(
    r"(?=[%(FIRST)s])(?:%(WORDS)s|[0-9]|['’][0-9]|FY|Q[1-4]|H[12]\s)",
    {
        "WORDS": _by_first_character(_STARTER_WORDS),
        "FIRST": re.escape(
            "".join(sorted({w[0] for w in _STARTER_WORDS} | set("0123456789'’FQH")))
        ),
    },
)

STARTER = re.compile(_WORD_START + _STARTER_BODY)
"""A word that may open a temporal expression: where the big pattern is worth trying."""

# STARTER.search tries its lookbehind at every position of the window before an
# anchor, mostly inside words. As for the anchors below, opening with a character
# that ends a word lets the engine skip from one word break to the next; the search
# then starts one character before the window, where the break before its first
# word may stand, and the word starts one character after the match.
_STARTER_AFTER_BREAK = re.compile(r"[^0-9A-Za-z_'](?<![\w’])(?=" + _STARTER_BODY + ")")
"""A character that ends a word, then a STARTER."""

# Most texts are plain ASCII: there, the class alone tells a word break.
_STARTER_AFTER_ASCII_BREAK = re.compile(r"[^0-9A-Za-z_'](?=" + _STARTER_BODY + ")")
"""A character that ends a word in an ASCII text, then a STARTER."""

# Tried at every position of a text, ANCHOR spends most of its time failing inside
# words. Opening with a plain character class instead (one ASCII character that
# cannot be in a word) lets the engine skip from one word break to the next without
# running the pattern in between; the lookbehind then rules out the word characters
# outside ASCII, and the lookahead reads the anchor without consuming it.
_ANCHOR_AFTER_BREAK = re.compile(r"[^0-9A-Za-z_'](?<![\w’])(?=(" + _ANCHOR_BODY + "))", re.VERBOSE)
"""A character that ends a word, then an anchor (group 1)."""

# Most texts are plain ASCII: there, the class alone tells a word break.
_ANCHOR_AFTER_ASCII_BREAK = re.compile(r"[^0-9A-Za-z_'](?=(" + _ANCHOR_BODY + "))", re.VERBOSE)
"""A character that ends a word in an ASCII text, then an anchor (group 1)."""


def anchors(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``ANCHOR.finditer(text)``, found faster.

    Args:
        text: The text.

    Yields:
        (start, end) of each anchor, left to right, not overlapping.

    Example:
        >>> list(anchors("Friday, in 1998 at 6 p.m."))
        [(0, 6), (11, 15), (19, 24)]
    """
    end = 0
    first = ANCHOR.match(text)  # at the start of the text, no word break comes before
    if first is not None:
        end = first.end()
        yield 0, end
    after_break = _ANCHOR_AFTER_ASCII_BREAK if text.isascii() else _ANCHOR_AFTER_BREAK
    for m in after_break.finditer(text):
        start = m.start(1)
        if start >= end:  # finditer does not report anchors inside an earlier one
            end = m.end(1)
            yield start, end


#: The rules worth trying at a position, from the text there.
_INDEX = PrefixIndex([p.pattern for p in RULE_PATTERNS], re.VERBOSE)

#: How far before its first anchor word an expression may start ("no more than twenty-five years").
_LOOKBACK = 50


def matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the big pattern in ``text``, as ``TIMEX.finditer`` would give them.

    Scanning the whole text with the big pattern is slow; instead a cheap
    pattern finds the anchor words every expression contains (a month, a
    unit, a year...), and the big pattern is tried only at the few word
    starts shortly before each anchor, leftmost first.

    Args:
        text: The text.

    Yields:
        Non-overlapping matches, left to right.

    Example:
        >>> [m.group() for m in matches("He left three days ago, on Friday.")]
        ['three days ago', 'Friday']
    """
    search, candidates, rules = STARTER.search, _INDEX.candidates, RULE_PATTERNS  # hot loop
    after_break = (_STARTER_AFTER_ASCII_BREAK if text.isascii() else _STARTER_AFTER_BREAK).search
    pos = 0  # the end of the last match
    tried = 0  # every word start before this has been tried already
    for at, anchor_end in anchors(text):
        if at < pos:
            continue
        # A start tried for an earlier anchor gives the same match again (or none),
        # and that match ended before this anchor: never try a start twice.
        start = max(pos, tried, at - _LOOKBACK)
        stop = anchor_end + 1
        while True:
            if start:  # the first STARTER at or after start, from the break before it
                starter = after_break(text, start - 1, stop)
                if starter is None:
                    break
                start = starter.start() + 1
            else:
                starter = search(text, start, stop)
                if starter is None:
                    break
                start = starter.start()
            if start > at:
                break
            tried = start + 1
            m = None
            for rule in candidates(text, start):
                m = rules[rule].match(text, start)
                if m is not None:
                    break
            if m is not None and m.end() > at:
                yield m
                pos = m.end()
                break
            start += 1
