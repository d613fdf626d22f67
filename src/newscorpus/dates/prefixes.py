"""Which rules may match at a position, told from the first few characters there.

The scan tries the rules of :data:`~newscorpus.dates.patterns.TIMEX` at some
ten thousand word starts per megabyte, and most tries fail ("the" before
"company said Friday"); a failing try walks through every rule. Yet each
rule can only match text that opens with a few strings: "the p", "dec",
"0 00", "every"... :class:`PrefixIndex` reads each rule's parsed pattern
(the standard library's regex parser) once and lists the strings of
:data:`KEY_LENGTH` characters its matches can start with, characters folded
into classes: digits to ``0``, white space to a space, letters to lower case.
The rules worth trying at a position are then a dictionary lookup on the
text there.

The listing over-approximates and never under-approximates: lookarounds
count as matching anything, letters match either case, and whatever the
reader does not model (``.``, ``\\w``, negated classes, back references)
ends the listing with "anything may follow". So a rule left out cannot
match at that position, and trying the remaining rules in their order gives
what the whole alternation gives.
"""

from __future__ import annotations

import importlib
import re
import warnings
from collections.abc import Sequence
from types import ModuleType
from typing import Any


def _parser() -> ModuleType:
    """The standard library's regex parser: ``re._parser`` (3.11+), else ``sre_parse``."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return importlib.import_module("sre_parse")


_SRE_PARSE = _parser()

__all__ = ["KEY_LENGTH", "PrefixIndex", "symbol"]

#: How many characters of the text the lookup reads: enough to tell "the past"
#: from "the company", few enough that the listing stays small.
KEY_LENGTH = 6

#: Cached lookups kept before the caches are emptied (memory stays bounded on huge corpora).
_CACHE_SIZE = 50_000

#: A listing: (strings where the listing stops, because KEY_LENGTH characters are
#: known or anything may follow; strings after which the pattern goes on).
_Listing = tuple[frozenset[str], frozenset[str]]

_OPEN: _Listing = (frozenset({""}), frozenset())
_EMPTY: _Listing = (frozenset(), frozenset({""}))


def symbol(ch: str) -> str | None:
    """The class a character of the text falls into, or None when the listing cannot tell.

    Digits fold to ``"0"``, white space to ``" "``, ASCII to lower case; a
    character with no case stands for itself. Other letters give None: under
    IGNORECASE they may match a pattern's ASCII letter ("ſ" matches "s").

    Example:
        >>> [symbol(c) for c in "D7 ’é"]
        ['d', '0', ' ', '’', None]
    """
    if ch.isdecimal():
        return "0"
    if ch.isspace():
        return " "
    if ch.isascii():
        return ch.lower()
    if ch.lower() == ch == ch.upper():
        return ch
    return None


#: symbol() of every ASCII character, for str.translate: a lookup key made in one call.
_ASCII_SYMBOLS = str.maketrans({chr(code): symbol(chr(code)) for code in range(128)})


def _beginnings(stops: dict[str, int]) -> dict[str, int]:
    """Every beginning of the stop strings -> the rules of the strings it begins (bit mask).

    Worked out level by level, from the longest strings down: each distinct
    beginning is visited once, not once for every stop string it begins.
    """
    levels: dict[int, dict[str, int]] = {}
    for s, mask in stops.items():
        level = levels.setdefault(len(s), {})
        level[s] = level.get(s, 0) | mask
    out: dict[str, int] = {}
    for size in range(max(levels, default=0), -1, -1):
        level = levels.get(size, {})
        shorter = levels.setdefault(size - 1, {}) if size else None
        for s, mask in level.items():
            out[s] = out.get(s, 0) | mask
            if shorter is not None:
                shorter[s[:-1]] = shorter.get(s[:-1], 0) | mask
    return out


def _literal(code: int, icase: bool) -> str | None:
    """The class of a pattern's literal character, or None when the listing cannot tell."""
    ch = chr(code)
    if icase and not ch.isascii() and not ch.lower() == ch == ch.upper():
        return None  # a cased letter outside ASCII may fold to an ASCII one
    return symbol(ch)


def _char_class(items: list[tuple[Any, Any]], icase: bool) -> set[str] | None:
    """The classes a character class ``[...]`` can match, or None (anything)."""
    out: set[str] = set()
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            codes: Sequence[int] = (av,)
        elif name == "RANGE" and av[1] - av[0] < 256:
            codes = range(av[0], av[1] + 1)
        elif name == "CATEGORY" and av.name == "CATEGORY_DIGIT":
            out.add("0")
            continue
        elif name == "CATEGORY" and av.name == "CATEGORY_SPACE":
            out.add(" ")
            continue
        else:
            return None
        for code in codes:
            sym = _literal(code, icase)
            if sym is None:
                return None
            out.add(sym)
    return out


class _Lister:
    """Lists the opening strings of parsed patterns, memoising shared sub-patterns."""

    def __init__(self) -> None:
        self._memo: dict[tuple[int, bool, int], _Listing] = {}

    def sequence(self, items: list[Any], icase: bool, room: int) -> _Listing:
        """The listing of a sequence of parsed items with ``room`` characters left."""
        key = (id(items), icase, room)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._sequence(items, icase, room)
        return found

    def _sequence(self, items: list[Any], icase: bool, room: int) -> _Listing:
        stop: set[str] = set()
        going = {""}
        for op, av in items:
            after: set[str] = set()
            for head in going:
                ends, goes = self._item(op, av, icase, room - len(head))
                stop.update(head + tail for tail in ends)
                for tail in goes:
                    s = head + tail
                    (stop if len(s) >= room else after).add(s)
            going = after
            if not going:
                break
        return frozenset(stop), frozenset(going)

    def _item(self, op: Any, av: Any, icase: bool, room: int) -> _Listing:
        name = op.name
        if name in ("LITERAL", "IN"):
            if name == "LITERAL":
                sym = _literal(av, icase)
                syms = None if sym is None else {sym}
            else:
                syms = _char_class(av, icase)
            if syms is None:
                return _OPEN
            if room == 1:
                return frozenset(syms), frozenset()
            return frozenset(), frozenset(syms)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            return _EMPTY  # lookarounds and anchors: assume they hold
        if name == "SUBPATTERN":
            _group, add, remove, sub = av
            flag = re.IGNORECASE.value
            return self.sequence(sub.data, (icase or bool(add & flag)) and not remove & flag, room)
        if name == "ATOMIC_GROUP":
            return self.sequence(av.data, icase, room)
        if name == "BRANCH":
            stop: set[str] = set()
            going: set[str] = set()
            for alternative in av[1]:
                ends, goes = self.sequence(alternative.data, icase, room)
                stop |= ends
                going |= goes
            return frozenset(stop), frozenset(going)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return self._repeat(av, icase, room)
        return _OPEN  # ".", "\w", a negated class, a back reference...

    def _repeat(self, av: Any, icase: bool, room: int) -> _Listing:
        low, high, sub = av
        if "" in self.sequence(sub.data, icase, room)[1]:
            low = 0  # the body may match nothing: any count of it may come to nothing
        stop: set[str] = set()
        going: set[str] = {""} if low == 0 else set()
        heads = {""}
        seen: set[str] = set()
        count = 0
        while heads and count < high:
            count += 1
            after: set[str] = set()
            for head in heads:
                ends, goes = self.sequence(sub.data, icase, room - len(head))
                stop.update(head + tail for tail in ends)
                for tail in goes:
                    s = head + tail
                    (stop if len(s) >= room else after).add(s)
            if low == 0:  # every count is allowed: a string seen once needs no second look
                after -= seen
                seen |= after
            if count >= low:
                going |= after
            heads = after
        return frozenset(stop), frozenset(going)


class PrefixIndex:
    """The rules that may match at a position of a text, from the characters there.

    Args:
        patterns: The rules, in the order they are tried; each is a pattern
            string (the source of a compiled pattern).
        flags: The flags they are compiled with.

    Example:
        >>> index = PrefixIndex([r"(?i:the)\\s+past", r"\\d+\\s+days", r"(?i:past)"])
        >>> index.candidates("the past week", 0), index.candidates("the dog", 0)
        ((0,), ())
        >>> index.candidates("Past 3 days", 0), index.candidates("3 days", 0)
        ((2,), (1,))
    """

    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        lister = _Lister()
        trees = []  # the lister memoises by id(): keep every parse alive until done
        #: Opening string -> the rules whose listing stops there (bit mask).
        self._stops: dict[str, int] = {}
        #: Every beginning of a stop string -> the rules it belongs to (bit mask).
        self._beginnings: dict[str, int] = {}
        for number, source in enumerate(patterns):
            parsed = _SRE_PARSE.parse(source, flags)
            trees.append(parsed)
            icase = bool(parsed.state.flags & re.IGNORECASE)
            stops, goes = lister.sequence(parsed.data, icase, KEY_LENGTH)
            bit = 1 << number
            for s in stops | goes:  # at the end of the pattern anything may follow
                self._stops[s] = self._stops.get(s, 0) | bit
        self._beginnings = _beginnings(self._stops)
        self._count = len(patterns)
        self._by_text: dict[str, tuple[int, ...]] = {}
        self._by_key: dict[str, tuple[int, ...]] = {}

    def candidates(self, text: str, pos: int) -> tuple[int, ...]:
        """The numbers of the rules that may match ``text`` at ``pos``, in order.

        Args:
            text: The text.
            pos: Where a match would start.

        Returns:
            Rule numbers, ascending; empty when no rule can match there.
        """
        raw = text[pos : pos + KEY_LENGTH]
        found = self._by_text.get(raw)
        if found is None:
            if len(self._by_text) >= _CACHE_SIZE:
                self._by_text.clear()
            found = self._by_text[raw] = self._lookup(raw)
        return found

    def _lookup(self, raw: str) -> tuple[int, ...]:
        if raw.isascii():  # most texts: every character has its class
            key = raw.translate(_ASCII_SYMBOLS)
        else:
            key = ""
            for ch in raw:
                sym = symbol(ch)
                if sym is None:
                    break  # what follows is unknown: the key is a beginning only
                key += sym
        found = self._by_key.get(key)
        if found is None:
            # A rule fits when the text opens with one of its stop strings, or
            # when the text known so far is the beginning of one.
            mask = self._beginnings.get(key, 0) if len(key) < KEY_LENGTH else 0
            for size in range(len(key) + 1):
                mask |= self._stops.get(key[:size], 0)
            found = tuple(n for n in range(self._count) if mask >> n & 1)
            if len(self._by_key) >= _CACHE_SIZE:
                self._by_key.clear()
            self._by_key[key] = found
        return found
