"""Names that only a quote's attribution introduces.

Entity extraction finds a person from evidence such as a known first name, a
title or a role noun beside the name. A speaker is evidence of its own: in
"“…,” said Tovin Arkadze, 48, a welder" or "Zuri Okafor told reporters", the
words before or after the cue can only be a name, even though "Tovin" and
"Zuri" are in no list. :func:`new_name` reads such a speaker phrase, so that
the quote is attributed to "Tovin Arkadze" and a later "Arkadze said" to him too.
"""

from __future__ import annotations

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.lexicon import (
    FIRST_NAMES,
    NOT_NAMES,
    ORG_HEADS,
    OUTLET_WORDS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
)
from newscorpus.name_runs import HEADLINE_MAX, PARTICLES, is_title_case
from newscorpus.quotes.vocabulary import DETERMINERS, FUNCTION, ORGANIZATION_NOUNS, PREPOSITIONS

__all__ = ["in_headline", "new_name"]

_NAME_WORD = regex.compile(
    r"""
    (?: \p{Lu} \p{Ll}*+ ['’] )?                 # "O’" of "O’Neil"
    \p{Lu} \p{Ll}++ (?: \p{Lu} \p{Ll}++ )*+     # "Arkadze", "McTavish", "DeLuca"
    (?: - \p{Lu}?+ \p{Ll}++ )*+                 # "Ha-eun", "Ji-woo"
    | \p{Lu} \.?+                               # an initial: "H.", "M"
    """,
    regex.VERBOSE,
)
"""One word of a personal name, or an initial."""

_LOWER_PART = regex.compile(r"-\p{Ll}")
"""A lower-case part after a hyphen, which only a name's last word may have: "Lee Ha-eun"."""

# Titles written before a name ("Sen.", "Lt. Gov."): their words, which a name never holds.
_TITLE_WORDS = frozenset(
    word for row in read_rows("title_roles.txt") for word in row[:-1]
) | frozenset(word for line in read_lines("titles.txt") for word in line.split("|")[0].split())
# Nouns for an organisation that stand before its name: "the daily Il Faro".
_MIN_WORDS, _MAX_WORDS = 2, 4


def new_name(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """The name a speaker phrase ``text[start:end]`` writes out, if it is one.

    Leading titles and role words are left out ("Senior Prosecutor Wen
    Haolin" is "Wen Haolin"); what is left must be two to four words of a
    name, none a function word, the last neither an initial nor a word that
    ends an organisation's name ("Credit Union").

    A headline's capitals say nothing, so a speaker in one is no name.

    Returns:
        The name and whether it names a person (not when an organisation's
        noun comes right before it: "the daily Il Faro"), or None.

    Example:
        >>> text = "said Senior Prosecutor Wen Haolin"
        >>> new_name(text, 5, len(text))
        ('Wen Haolin', True)
        >>> text = "the daily Il Faro"
        >>> new_name(text, 10, len(text))
        ('Il Faro', False)
        >>> new_name("Reporters Without Borders", 0, 25) is None
        True
    """
    words = text[start:end].split()
    first = 0
    while first < len(words) and _leading(words[first]) and not _surname_he(words, first):
        first += 1
    lower = next((k for k in range(len(words) - 1, first - 1, -1) if words[k].islower()), -1)
    if lower >= 0 and _described_by(words[lower]):
        first = lower + 1  # "Harborbank currency watcher| Tovin Arkadze": a description
        # (a body's name and a noun no list holds), then the name
    name = words[first:]
    if "of" in words[:first] and len(name) > _MIN_WORDS:
        # "Director of Transport Gao Ruolan": the title's organisation comes first; the name
        # opens at a known first name, or is the last two words
        given = next((i for i, word in enumerate(name[:-1]) if word in FIRST_NAMES), None)
        name = name[given:] if given is not None else name[-_MIN_WORDS:]
    if not _MIN_WORDS <= len(name) <= _MAX_WORDS:
        return None
    if not all(
        word in PARTICLES if 0 < i < len(name) - 1 and word.islower() else _is_name_word(word)
        for i, word in enumerate(name)
    ) and not (_surname_he(name, 0) and all(_is_name_word(word) for word in name[1:])):
        return None
    if _LOWER_PART.search(name[0]):  # "Second-placed Suguri": an adjective, not a name
        return None
    last = name[-1]
    if len(last.rstrip(".")) < 2 or last in ORG_HEADS or last in OUTLET_WORDS:
        return None
    if in_headline(text, start, end):
        return None  # "Bellwether County Says …": every word of a headline is capitalised
    before = text[max(0, start - 30) : start].split()
    person = not (before and before[-1].lower() in ORGANIZATION_NOUNS)
    return " ".join(name), person


def in_headline(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` stands in a line written in title case."""
    first = text.rfind("\n", max(0, start - HEADLINE_MAX), start) + 1
    last = text.find("\n", end, end + HEADLINE_MAX)
    if last < 0:
        last = min(len(text), end + HEADLINE_MAX)
    return is_title_case(text, first, last)  # no copy: a long paragraph's would cost its length


def _leading(word: str) -> bool:
    """Tell whether a word before a name is a title or a role, not part of the name."""
    low = word.lower()
    return (
        word in _TITLE_WORDS
        or word in NOT_NAMES
        or low in ROLE_NOUNS
        or low in ROLE_MODIFIERS
        or low in FUNCTION
    )


def _described_by(word: str) -> bool:
    """Tell whether a lower-case word before capitalised ones is a noun that describes the
    name after it ("watcher", "brother"), not a particle of the name ("des" of "Maison des
    Lund"), an article or a preposition ("the Harbor Caller", "contacts with the …")."""
    return (
        word.isalpha()
        and word not in FUNCTION
        and word not in PARTICLES
        and word not in DETERMINERS
        and word not in PREPOSITIONS
    )


def _surname_he(words: list[str], i: int) -> bool:
    """Tell whether word ``i`` is the family name He (何) before a given name: "He Jiaming"."""
    return words[i] == "He" and i + 1 < len(words) and _is_name_word(words[i + 1])


def _is_name_word(word: str) -> bool:
    return (
        _NAME_WORD.fullmatch(word) is not None
        and word.lower() not in FUNCTION
        and (word not in NOT_NAMES)
    )
