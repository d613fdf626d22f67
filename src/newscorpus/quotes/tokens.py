"""The tokens of a window of text: words and punctuation marks.

Speakers and clauses are read a few tokens at a time beside a cue, from a
window of some tens of characters tokenised when it is read. :func:`tokens`
gives each token's offsets; :func:`words` gives the tokens as strings, about
twice as fast, for readers that need the offsets of only the one or two
tokens they keep (:func:`span_back`, :func:`start_of`, :func:`span_of`).
"""

from __future__ import annotations

import re

__all__ = ["colon_before", "span_back", "span_of", "start_of", "tokens", "words"]

# The standard library's engine tokenises these short windows nearly twice as fast as
# regex; the pattern needs nothing regex adds ([^\W_] is a letter or a digit).
_TOKEN = re.compile(
    r"""
    [^\W_]+ (?: ['’‘.\-] [^\W_]+ | & [^\W_]* | (?<=\d) , \d{3} (?!\d) )*   # "U.S", "AT&T",
                                                    # "Russia’s", "250,000"
    | [^\s\w] | _                                  # one punctuation mark
    """,
    re.VERBOSE,
)
"""A word (with inner apostrophes, periods and hyphens) or one punctuation mark.

An opening single mark between two letters is an apostrophe typed the wrong way round
("Lund‘s", "shouldn‘t"): a quotation never opens inside a word. A comma before three
digits after a digit groups thousands ("250,000").
"""

_FINDALL = _TOKEN.findall
_SPAN = re.Match.span

# The tokens of the chunks (text between spaces) that only the pattern splits, by chunk,
# worked out once: they repeat ("said,”", "“We", "U.S.", "Russia’s": two in three of those
# met in a story were met before). Bounded, as a text may hold any number of them.
_SPLIT_CHUNKS: dict[str, list[str]] = {}
_SPLIT_CHUNKS_MAX = 4096


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The (start, end) of the words and punctuation marks of ``text[lo:hi]``.

    Example:
        >>> text = "Russia’s TASS said: no."
        >>> [text[s:e] for s, e in tokens(text, 0, len(text))]
        ['Russia’s', 'TASS', 'said', ':', 'no', '.']
    """
    return list(map(_SPAN, _TOKEN.finditer(text, lo, hi)))  # a loop in C, not in Python


def words(text: str, lo: int, hi: int) -> list[str]:
    """The tokens of ``text[lo:hi]`` as strings: the same tokens as :func:`tokens`.

    Example:
        >>> words("Russia’s TASS said: no.", 0, 19)
        ['Russia’s', 'TASS', 'said', ':']
    """
    found: list[str] = []
    # Tokens never hold white space, so the window is read chunk by chunk between spaces;
    # most chunks are one plain word (letters and digits, what isalnum tells, as [^\W_]+
    # of the pattern does) and are kept as they are, without the pattern. The next
    # commonest, a word and one mark ("Smith," "said."), is two tokens too, unless the
    # mark is "&", which a word takes in ("AT&"). The pattern splits the others, each
    # once (see _SPLIT_CHUNKS).
    for chunk in text[lo:hi].split():
        if chunk.isalnum():
            found.append(chunk)
        elif chunk[:-1].isalnum() and chunk[-1] != "&":
            found += (chunk[:-1], chunk[-1])
        else:
            split = _SPLIT_CHUNKS.get(chunk)
            if split is None:
                split = _FINDALL(chunk)
                if len(_SPLIT_CHUNKS) < _SPLIT_CHUNKS_MAX:
                    _SPLIT_CHUNKS[chunk] = split
            found += split
    return found


def span_back(text: str, lo: int, hi: int, found: list[str], j: int, k: int) -> tuple[int, int]:
    """The start of token ``j`` and the end of token ``k`` of ``words(text, lo, hi)``.

    The tokens are found again from the end of the window back to token ``j``:
    only white space separates two tokens, so the last occurrence of a token's
    string before the next token is that token.

    Example:
        >>> text = "the mayor of Tulsa said"
        >>> found = words(text, 0, 18)
        >>> start, end = span_back(text, 0, 18, found, 1, 3)
        >>> text[start:end]
        'mayor of Tulsa'
    """
    pos = end = hi
    for i in range(len(found) - 1, j - 1, -1):
        pos = text.rfind(found[i], lo, pos)
        if i == k:
            end = pos + len(found[i])
    return pos, end


def start_of(text: str, lo: int, found: list[str], k: int) -> int:
    """The start of token ``k`` of the tokens ``found`` of a window that starts at ``lo``.

    Example:
        >>> text = "told reporters that it was over"
        >>> start_of(text, 4, words(text, 4, len(text)), 2)
        20
    """
    return span_of(text, lo, found, k, k)[0]


def span_of(text: str, lo: int, found: list[str], j: int, k: int) -> tuple[int, int]:
    """The start of token ``j`` and the end of token ``k`` of the tokens ``found`` of a
    window that starts at ``lo``: :func:`start_of` for both, in one pass.

    Example:
        >>> text = "said Sen. Jane Doe, a Democrat"
        >>> start, end = span_of(text, 4, words(text, 4, len(text)), 0, 3)
        >>> text[start:end]
        'Sen. Jane Doe'
    """
    pos = start = lo
    for i in range(k + 1):
        pos = text.find(found[i], pos)
        if i == j:
            start = pos
        pos += len(found[i])
    return start, pos


def colon_before(text: str, lo: int, hi: int) -> int:
    """Where the colon is that ``text[lo:hi]`` ends with, spaces after it aside, or -1.

    Read backwards from ``hi`` without a copy of the text before it: a copy per
    quotation took time quadratic in the length of a sentence or a text of many
    quotations.

    Example:
        >>> colon_before("He said: ", 0, 9), colon_before("He said ", 0, 8)
        (7, -1)
    """
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j - 1 if j > lo and text[j - 1] == ":" else -1
