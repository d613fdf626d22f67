"""Find the speaker beside a cue: the noun phrase before or after it.

Without a parser, a speaker is read outwards from the cue, word by word:
auxiliaries and adverbs are skipped ("has also said"), an apposition between
commas is stepped over ("Smith, the former minister, said"), a relative
pronoun points to its antecedent ("Smith, who said"), and the phrase stops at
a function word, a punctuation mark, or the determiner or possessive that
opens it. A run of capitalised words is a name with its titles ("Iranian
President Ebrahim Raisi"); a phrase headed by a common noun runs back to its
determiner ("the influential US daily", "Russia’s TASS news agency").
"""

from __future__ import annotations

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.quotes.cues import verb_lemma

__all__ = ["speaker_after", "subject_before"]

_TOKEN = regex.compile(
    r"""
    [\p{L}\p{N}] (?: [\p{L}\p{N}\p{M}&] | ['’.\-] (?=[\p{L}\p{N}]) )*+   # a word: "U.S", "Russia’s"
    | [^\s\p{L}\p{N}]                                                  # one punctuation mark
    """,
    regex.VERBOSE,
)
"""A word (with inner apostrophes, periods and hyphens) or one punctuation mark."""

_MODIFIERS = frozenset(read_lines("cue_modifiers.txt"))
_BE = frozenset(("is", "are", "was", "were", "be", "been", "being", "am"))
_FUNCTION_CLASSES = {row[0]: row[1] for row in read_rows("function_words.txt")}
_FUNCTION = frozenset(_FUNCTION_CLASSES)
_PREPOSITIONS = frozenset(w for w, c in _FUNCTION_CLASSES.items() if c == "preposition")
_DETERMINERS = frozenset(read_lines("determiners.txt"))
_TIME = frozenset(read_lines("time_words.txt"))
_FINITE = frozenset(read_lines("finite_verbs.txt"))
_PRONOUNS = frozenset(row[0] for row in read_rows("pronouns.txt"))
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you"))
_RELATIVES = frozenset(("who", "which"))
# Words that join two capitalised words into one name: "bin", "van", "Department of Justice".
_NAME_JOINERS = frozenset(read_lines("name_particles.txt")) | {"of", "for", "and", "&"}
_NOT_ADVERBS = frozenset(read_lines("not_adverbs.txt"))
_OF_LIKE = frozenset(("of", "for", "at", "with", "from"))
_MAX_WORDS = 8
_WINDOW = 240  # characters scanned on either side of a cue


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text, lo, hi)]


def _is_word(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]].isalnum()


def _capitalised(text: str, span: tuple[int, int]) -> bool:
    char = text[span[0]]
    return char.isupper() or char.isdigit()


def _is_modifier(word: str) -> bool:
    low = word.lower()
    if low in _MODIFIERS or low.endswith(("n't", "n’t")):
        return True
    return low.endswith("ly") and word.islower() and low not in _NOT_ADVERBS and len(low) > 4


def _abbreviation(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a word can take a period inside a name: "Mr", "Sen", "J", "U.S"."""
    word = text[span[0] : span[1]]
    return (word[:1].isupper() and len(word) <= 4 and word.isalpha()) or "." in word


def subject_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """Find the subject of a cue that starts at ``pos``: the speaker before it.

    Args:
        text: The text.
        lo: Where the search must stop (a sentence start or a quotation end).
        pos: Where the cue starts.

    Returns:
        The (start, end) of the speaker, or None (no subject, or a passive:
        in "he was told" the speaker is not "he").

    Example:
        >>> text = "Smith, the former minister, also said it."
        >>> start, end = subject_before(text, 0, text.index("said"))
        >>> text[start:end]
        'Smith'
    """
    toks = _tokens(text, max(lo, pos - _WINDOW), pos)
    i = len(toks) - 1
    while i >= 0 and _is_word(text, toks[i]) and _is_modifier(text[toks[i][0] : toks[i][1]]):
        if text[toks[i][0] : toks[i][1]].lower() in _BE:
            return None  # a passive: "he was told", "it is said"
        i -= 1
    if i < 0:
        return None
    mark = text[toks[i][0]]
    if mark == ",":  # an apposition or a relative clause: "Smith, the minister, said"
        j = i - 1
        while j >= 0 and i - j <= 30 and text[toks[j][0]] not in ',;:(“”"':
            j -= 1
        if j < 1 or text[toks[j][0]] != ",":
            return None
        return _phrase_before(text, toks, j - 1)
    if mark == ")":  # a parenthesis: "Sen. Ted Cruz (R-TX) said"
        j = i - 1
        while j >= 0 and i - j <= 12 and text[toks[j][0]] != "(":
            j -= 1
        if j < 1:
            return None
        return _phrase_before(text, toks, j - 1)
    return _phrase_before(text, toks, i)


def _phrase_before(
    text: str, toks: list[tuple[int, int]], k: int, nested: bool = False
) -> tuple[int, int] | None:
    """The noun phrase that ends with token ``k``, or None."""
    if k < 0 or not _is_word(text, toks[k]):
        return None
    word = text[toks[k][0] : toks[k][1]]
    low = word.lower()
    if low in _SUBJECT_PRONOUNS:
        return toks[k]
    if low in _RELATIVES:  # the antecedent: "Smith, who said", "officials who said"
        j = k - 1 if k and text[toks[k - 1][0]] != "," else k - 2
        return (
            _phrase_before(text, toks, j) if j >= 0 and low not in _FUNCTION - _RELATIVES else None
        )
    if low in _FUNCTION or low in _TIME or low in _PRONOUNS or low in _DETERMINERS:
        return None
    if word.islower() and (_verb_like(low) or low.endswith("ing")):
        return None  # a verb, not a noun: "began taking calls"
    if word.endswith(("’s", "'s")):
        return None  # a possessive before a noun cue: "Mrs. Clinton's remark"
    capital = _capitalised(text, toks[k])
    j, words = k, 1
    while j > 0 and words < _MAX_WORDS:
        span = toks[j - 1]
        if not _is_word(text, span):
            if text[span[0]] == "." and j > 1 and _abbreviation(text, toks[j - 2]) and capital:
                j -= 1  # "Mr." and initials inside a name
                continue
            break
        prev = text[span[0] : span[1]]
        prev_low = prev.lower()
        if prev_low in _DETERMINERS and not (capital and prev[:1].isupper() and prev_low != "the"):
            j -= 1
            break
        if prev_low in _FUNCTION or prev_low in _SUBJECT_PRONOUNS:
            if (
                prev_low in _NAME_JOINERS
                and j > 1
                and _capitalised(text, toks[j])
                and _capitalised(text, toks[j - 2])
            ):
                j -= 1
                continue
            break
        if capital and not _capitalised(text, span):
            break  # a name with its titles ends at a lower-case word
        if prev.islower() and (_verb_like(prev_low) or prev_low.endswith("ing")):
            break
        if prev.endswith(("’s", "'s")):
            j -= 1
            capital = True  # before a possessive only a name continues: "Hillary Clinton’s"
            continue
        j -= 1
        words += 1
    if j > 0 and _is_word(text, toks[j - 1]):
        before = text[toks[j - 1][0] : toks[j - 1][1]].lower()
        if before in _OF_LIKE and not nested and j > 1:  # "a spokesman for the ministry"
            head = _phrase_before(text, toks, j - 2, nested=True)
            if head is not None:
                return head[0], toks[k][1]
        if before in _PREPOSITIONS:
            return None  # the object of a preposition, not a subject
    return toks[j][0], toks[k][1]


def _verb_like(word: str) -> bool:
    """Tell whether a lower-case word reads as a verb that ends a subject."""
    return (
        word in _FINITE or verb_lemma(word) is not None or (word.endswith("ed") and len(word) > 4)
    )


def speaker_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Find the speaker right after a cue that ends at ``pos`` ("said Smith").

    Args:
        text: The text.
        pos: Where the cue ends.
        hi: Where the search must stop.

    Returns:
        The (start, end) of the speaker, or None.

    Example:
        >>> text = "“No,” said Sen. Jane Doe, a Democrat."
        >>> start, end = speaker_after(text, text.index("said") + 4, len(text))
        >>> text[start:end]
        'Sen. Jane Doe'
    """
    toks = _tokens(text, pos, min(hi, pos + _WINDOW))
    if not toks or not _is_word(text, toks[0]):
        return None
    first = text[toks[0][0] : toks[0][1]].lower()
    if first in _SUBJECT_PRONOUNS:
        return toks[0]
    if first in _FUNCTION or first in _TIME or first in _PRONOUNS:
        return None
    k, words = 0, 1
    while k + 1 < len(toks) and words < _MAX_WORDS + 4:
        span = toks[k + 1]
        if not _is_word(text, span):
            if (
                text[span[0]] == "."
                and _abbreviation(text, toks[k])
                and k + 2 < len(toks)
                and _capitalised(text, toks[k + 2])
            ):
                k += 1
                continue
            break
        word = text[span[0] : span[1]]
        low = word.lower()
        after_determiner = text[toks[k][0] : toks[k][1]].lower() in _DETERMINERS
        if low in _TIME or (word.islower() and _verb_like(low) and not after_determiner):
            break
        if low in _FUNCTION:
            nxt = toks[k + 2] if k + 2 < len(toks) else None
            if (
                low in ("of", "for", "at", "with", "and")
                and nxt is not None
                and _is_word(text, nxt)
                and (_capitalised(text, nxt) or text[nxt[0] : nxt[1]].lower() in _DETERMINERS)
            ):
                k += 2
                words += 2
                continue
            break
        k += 1
        words += 1
    return toks[0][0], toks[k][1]
