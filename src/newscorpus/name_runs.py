"""Capitalised runs of words in a text, and the tokens they hold: the first step of
:mod:`newscorpus.name_finder`.

A run is capitalised words joined by spaces and by the lower-case words that stand inside
names ("Bank of America", "Osama bin Laden"); its tokens are the words the lexicon is keyed
by (:data:`newscorpus.lexicon.TOKEN`). Texts are scanned by the standard library's
engine, which is faster, with the same patterns in ASCII classes (see
:func:`find_runs`). Lines written in title case (headlines), where capitals say nothing,
are told here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

from newscorpus._data import read_lines
from newscorpus.lexicon import LEXICON, ORG_HEADS, TOKEN, EntryKind

__all__ = [
    "COMMON_MARKS",
    "HEADLINE_MAX",
    "HEADLINE_MIN",
    "PARTICLES",
    "Chunk",
    "article_start",
    "find_runs",
    "is_title_case",
    "one_token",
    "plain_groups",
    "plain_tokens",
    "run_tokens",
]

#: A piece of a run: start, end, the lexicon kind (None for an unknown word), and the
#: canonical name (for lexicon entries) or the word itself. A token of a run is a chunk
#: of kind None from the start, so that the many runs that hold no lexicon entry need no
#: second list, and a name is a slice of its run's chunks.
Chunk = tuple[int, int, "EntryKind | None", str]

# --- runs ------------------------------------------------------------------------------

PARTICLES = frozenset(read_lines("name_particles.txt"))
# Lower-case words that may join capitalised words into one run: name particles, and the
# small words inside organisation and place names ("Bank of America", "Bosnia and ...").
_CONNECTOR_WORDS = PARTICLES | {"of", "the", "for", "and", "on"}
_ARTICLES = ("al", "el", "ad", "as", "ash", "an", "bin", "ibn", "abu")  # al-Assad, bin-Laden


def _one_of(words: Iterable[str]) -> str:
    """A pattern for any of ``words``, factored by first letter ("o(?:f|n)|t(?:he)"): the
    engine then tries one branch, not every word, after each capitalised word of a text.
    Longer words come first in each branch, as in a list sorted by length.
    """
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(regex.escape(word[1:]))
    branches = []
    for first, rests in sorted(by_first.items()):
        tails = [rest for rest in rests if rest]
        branch = regex.escape(first)
        if tails:
            optional = "?" if "" in rests else ""  # the one-letter word itself is listed too
            branch += f"(?:{'|'.join(tails)}){optional}"
        branches.append(branch)
    return "|".join(branches)


# What may follow the spaces after a capitalised word in a run: a capital, or the first
# letter of a connector or an article (a cheap test before the alternations).
_RUN_NEXT = "".join(sorted({word[0] for word in (*_CONNECTOR_WORDS, *_ARTICLES, "&")}))

_RUN = regex.compile(
    rf"""
    \b\p{{Lu}} [\w.'’\-‐+]*+                # a capitalised word (U.S., Al-Nahyan, OPEC+)
    (?:
        [\x20\t\xa0]++ (?= [\p{{Lu}}{_RUN_NEXT}] )
        (?: (?:{_one_of({*_CONNECTOR_WORDS, "&"})}) [\x20\t\xa0]++ ){{0,3}}+   # bin, de, of the
        (?: (?:{_one_of(_ARTICLES)})[-‐] )?    # al-Assad inside a run
        \p{{Lu}} [\w.'’\-‐+]*+
    )*+
    """,
    regex.VERBOSE,
)
"""A run of capitalised words, joined by spaces and lower-case particles (of, bin, de).

A run starting with a lower-case Arabic article ("al-Assad") starts at the
capital; :meth:`NameFinder.run` moves its start back over the article.
"""

# The standard library's engine scans for runs faster, but it has no \p{Lu}, and it scans
# faster still for one literal character than for a class (which it tests at every
# character, not in a tight loop). So it reads the text's shape (:func:`_shape`): a byte a
# character, in which every capital is written "A", the few characters outside ASCII that
# the pattern reads as it reads an ASCII one are written as that one, and the others as
# "A" (a capital), "_" (any other word character) or "?" (the rest), so that the same
# pattern in ASCII classes finds the same runs. The pattern has no possessive quantifiers
# (Python 3.10): none is needed, as a word never holds a space and a connector always
# ends in one, so backtracking finds no other way through a run. A word character is
# written [0-9A-Z_a-z], which is what \w is in a pattern of bytes: the engine tests a class
# of ranges and characters alone by one lookup in a table, and one that holds \w by a test
# for \w and then each of the others.
_SHAPED_RUN = re.compile(
    rf"""
    A (?<![0-9A-Z_a-z]A)                    # a capital after no word character, as \b[A-Z]
    [0-9A-Z_a-z.'\-+]*                      # (a capitalised word: U.S., Al-Nahyan, OPEC+)
    (?:
        [\x20\t]+ (?= [A{_RUN_NEXT}] )
        (?: (?:{_one_of({*_CONNECTOR_WORDS, "&"})}) [\x20\t]+ ){{0,3}}   # bin, de, of the
        (?: (?:{_one_of(_ARTICLES)})- )?     # al-Assad inside a run
        A [0-9A-Z_a-z.'\-+]*
    )*
    """.encode(),
    re.VERBOSE,
)
"""What :data:`_RUN` matches, in the shape of a text (see :func:`_shape`)."""

_CAPITALS = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"A" * 26)

#: The characters outside ASCII that most news holds, none a word character: curly
#: quotation marks, dashes, the ellipsis (besides ’, ‐ and the no-break space, which
#: each reader writes as the ASCII character its patterns take them for).
COMMON_MARKS = "“”‘—–―…"

# The class comes first, repeated, rather than with a "+": the standard library's engine
# then skips to the next such character in C, three times faster than trying each.
_UNCOMMON = re.compile(r"[^\x00-\x7f] [^\x00-\x7f]*", re.VERBOSE)
"""Characters outside ASCII (in a text where the common ones have been written in ASCII)."""

_CAPITAL = regex.compile(r"\p{Lu}")
"""A capital, as :data:`_RUN` reads it."""

_WORD_CHARACTER = regex.compile(r"\w")
"""A word character, as :data:`_RUN` reads it (a letter, a mark, a digit)."""


def _stand_in(char: str) -> str:
    """What the shape writes for an uncommon character outside ASCII: "A" for a capital,
    "_" for any other word character (no letter, so that it spells no connector, as the
    character itself does not), "?" for the rest."""
    if _CAPITAL.match(char):
        return "A"
    return "_" if _WORD_CHARACTER.match(char) else "?"


class _StandIns(dict[int, str]):
    """The stand-ins of the uncommon characters met so far, by code point, for
    ``str.translate``: each character is worked out once, when first met."""

    def __missing__(self, code: int) -> str:
        stand_in = _stand_in(chr(code))
        if len(self) < 4096:  # a text may hold any number of distinct characters
            self[code] = stand_in
        return stand_in


_STAND_INS = _StandIns()


def _stand_ins(found: re.Match[str]) -> str:
    return found.group().translate(_STAND_INS)


def _shape(text: str) -> bytes:
    """The shape of a text as :data:`_SHAPED_RUN` reads it: a byte a character, capitals
    written "A", the curly apostrophe, the hyphen and the no-break space of :data:`_RUN`'s
    classes written "'", "-" and " " (which those classes hold too), the common marks
    outside ASCII "?" (as no class holds them), and any other character outside ASCII
    as :func:`_stand_in` says."""
    if not text.isascii():
        text = text.replace("’", "'").replace("‐", "-").replace("\xa0", " ")
        # Each a fast search for one character, and a replacement of the same length.
        for mark in COMMON_MARKS:
            text = text.replace(mark, "?")
        if not text.isascii():  # a few texts: accented names, symbols
            text = _UNCOMMON.sub(_stand_ins, text)
    return text.encode("ascii").translate(_CAPITALS)


_ARTICLE_BEFORE = regex.compile(r"\b(?:al|el|ad|as|ash|an|bin|ibn|abu)[-‐]\Z")
"""A lower-case Arabic article joined to the capitalised word after it: "al-"."""


def find_runs(text: str) -> Iterator[re.Match[bytes]]:
    """The runs of ``text``, as matches whose spans are offsets into it: :data:`_RUN`'s
    matches, found the fastest way, by :data:`_SHAPED_RUN` in the text's shape.

    Example:
        >>> text = "“We agree,” said Bank of America’s CEO Jane Doe in New York."
        >>> [text[slice(*m.span())] for m in find_runs(text)]
        ['We', 'Bank of America’s CEO Jane Doe', 'New York.']
    """
    return _SHAPED_RUN.finditer(_shape(text))


def article_start(text: str, start: int) -> int:
    """Where a run found at ``start``, after a hyphen, begins: before the lower-case Arabic
    article joined to it ("al-Assad"), which the run patterns leave out, if there is one.

    Example:
        >>> text = "met al-Assad"
        >>> text[article_start(text, text.index("Assad")) :]
        'al-Assad'
    """
    article = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    return start if article is None else article.start()


# --- tokens ----------------------------------------------------------------------------

# The lexicon's TOKEN in ASCII classes, as _SHAPED_RUN is _RUN: the standard library's
# engine cuts a run of ASCII characters (the pattern sees no further than its run) faster.
_ASCII_TOKEN = re.compile(
    r"""
    (?: (?:[A-Z]\.){2,}                            # dotted initials and acronyms: U.S., J.R.R.
      | (?:al|el|ad|as|ash|an|bin|ibn|abu)-[A-Z][A-Za-z]*   # al-Assad, el-Sisi
      | [A-Z][a-z]{0,4}\.(?=[\s,;:)]|\Z)           # Sen., Gov., Mr., Calif., Inc.
      | [A-Z0-9][A-Za-z0-9]*                        # a capitalised word (or G7, 2Pac)
        (?: '(?!s(?![A-Za-z]))[A-Za-z]+             # O'Brien, but not the possessive 's
          | -[A-Za-z0-9]+ )*                        # Al-Nahyan, Israel-Gaza, Su-35
        \+?                                         # OPEC+
      | [a-z]+ | & )                                # connectors and particles: of, bin, de, &
    """,
    re.VERBOSE | re.ASCII,
)
"""What the lexicon's :data:`~newscorpus.lexicon.TOKEN` matches, in ASCII characters only."""

_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
"""Initials and dotted acronyms, whose last period is part of the token: "J.", "U.S."."""


def _initials(word: str) -> bool:
    """Tell whether ``word`` is what :data:`_INITIALS` matches whole: "J.", "U.S."."""
    # Most words ending in a period end in a small letter ("Tuesday."), which no initial
    # is: told without the pattern (a capital outside ASCII is left to it).
    before = word[-2:-1]
    if before.isascii() and not "A" <= before <= "Z":
        return False
    return _INITIALS.fullmatch(word) is not None


_ABBREVIATIONS = frozenset(
    {tok for key in LEXICON for tok in key if tok.endswith(".")}
    | {h for h in ORG_HEADS if h.endswith(".")}
    | {"Jr.", "Sr.", "St.", "Mt.", "Ft."}
)


def run_tokens(text: str, start: int, end: int) -> Iterator[list[Chunk]]:
    """Tokens of one run, split where a period ends a sentence ("met Putin. Raisi said").

    Example:
        >>> text = "met Putin. Raisi said"
        >>> [[word for _, _, _, word in group] for group in run_tokens(text, 4, 16)]
        [['Putin'], ['Raisi']]
    """
    group: list[Chunk] = []
    run = text[start:end]
    # A run whose only characters outside ASCII are the curly apostrophe and the hyphen
    # ("I’m", "O’Malley": a quarter of the runs cut here) is cut in a copy where they are
    # written "'" and "-", which TOKEN reads alike, by the standard library's engine.
    plain = run if run.isascii() else run.replace("’", "'").replace("‐", "-")
    matches = _ASCII_TOKEN.finditer(plain) if plain.isascii() else TOKEN.finditer(run)
    for m in matches:
        first, last = m.span()
        word = run[first:last]
        first += start
        last += start
        if group and not text[group[-1][1] : first].isspace():  # "Politics. In"
            yield group
            group = []
        if word.islower() and word not in _CONNECTOR_WORDS:  # the "s" of a possessive
            if group:
                yield group
            group = []
            continue
        if word.endswith(".") and word not in _ABBREVIATIONS and not _initials(word):
            group.append((first, last - 1, None, word[:-1]))
            yield group
            group = []
            continue
        group.append((first, last, None, word))
    if group:
        yield group


def one_token(run: str) -> str | None:
    """The token of a run that :func:`run_tokens` would read as one token and nothing else,
    else None: a word of letters and digits ("G7"), initials ("U.S."), or such a word with
    a final period or a possessive "'s" ("Tuesday.", "China's"), without them.

    Example:
        >>> one_token("China's"), one_token("U.S."), one_token("New York")
        ('China', 'U.S.', None)
    """
    if run.isalnum():
        return run
    if run[-1] == ".":
        if _initials(run):
            return run
        bare = run[:-1]
        # An abbreviation may keep its period, as a token of its own: left to the tokenizer.
        if bare.isalnum() and run not in _ABBREVIATIONS:
            return bare
    elif run[-2:] in ("'s", "’s"):
        bare = run[:-2]
        if bare.isalnum():
            return bare
    return None


_KEPT_WHOLE = re.compile(r"[A-Z][a-z]{0,4}\.")
"""A word that the tokenizer reads with its period, as an abbreviation or an initial does
(:data:`_ASCII_TOKEN` before a space or the end of a run): "Gov.", "W."."""


def plain_groups(run: str, start: int) -> list[list[Chunk]] | None:
    """The groups :func:`run_tokens` gives for a run of plain words and spaces in which a
    word may end a group with a period ("Labour Party. And"), a possessive or a
    closing apostrophe ("Ana Ruiz’s", "Voss’"), or None for any other run.

    A third of all runs are such; this reads them with string tests, without the
    tokenizer. A short abbreviation or an initial keeps its period and its group, as
    in the tokenizer ("Gov. Jane Doe", "Jane W. Doe"); an abbreviation the tokenizer
    reads otherwise ("J.R.", a long one) leaves the run to :func:`run_tokens`.

    Example:
        >>> plain_groups("White House. Biden’s", 0)
        [[(0, 5, None, 'White'), (6, 11, None, 'House')], [(13, 18, None, 'Biden')]]
        >>> plain_groups("Gov. Jane Doe", 0)
        [[(0, 4, None, 'Gov.'), (5, 9, None, 'Jane'), (10, 13, None, 'Doe')]]
        >>> plain_groups("J.R. Doe", 0) is None
        True
    """
    groups: list[list[Chunk]] = []
    group: list[Chunk] = []
    for word in run.split(" "):
        if not word:
            start += 1
            continue
        if word.isalpha():
            group.append((start, start + len(word), None, word))
        else:
            if word[-1] == ".":
                bare = word[:-1]
                if len(bare) < 2 or word in _ABBREVIATIONS:  # "W.", "Gov.": kept whole
                    if not _KEPT_WHOLE.fullmatch(word):
                        return None
                    group.append((start, start + len(word), None, word))
                    start += len(word) + 1
                    continue
            elif word[-2:] in ("'s", "’s"):
                bare = word[:-2]
            elif word[-1] in "'’":
                bare = word[:-1]
            else:
                return None
            if not bare.isalpha():
                return None
            group.append((start, start + len(bare), None, bare))
            groups.append(group)
            group = []
        start += len(word) + 1
    if group:
        groups.append(group)
    return groups


def plain_tokens(run: str, start: int) -> list[Chunk]:
    """Tokens of a run made only of letters and spaces.

    Example:
        >>> plain_tokens("Jane Doe", 10)
        [(10, 14, None, 'Jane'), (15, 18, None, 'Doe')]
    """
    tokens: list[Chunk] = []
    for word in run.split(" "):
        if word:
            tokens.append((start, start + len(word), None, word))
        start += len(word) + 1
    return tokens


# --- title case ------------------------------------------------------------------------

_LONG_WORD = regex.compile(r"\b\p{Lu}\p{L}{3,}")
"""A capitalised word of four letters or more, for telling title-case headlines."""

# The small words that title case keeps in lower case (AP style), and name particles.
_SMALL_WORDS = (
    "a|an|the|and|but|or|nor|for|so|yet|at|by|in|of|on|to|up|as|off|per|via|vs"
    "|with|from|into|onto|upon|over|than|that|bin|ibn|al|de|da|van|von|la|le"
)

_LOWER_WORD = regex.compile(
    rf"""
    (?<![\p{{L}}'’])
    (?! (?: {_SMALL_WORDS} )\b )
    \p{{Ll}}{{2,}}
    """,
    regex.VERBOSE,
)
"""A lower-case word that title case would have capitalised (AP style keeps small words low)."""

# The standard library's engine finds these faster; every match is one of _LOWER_WORD too.
# The small words are factored by first letter: the engine then tries one branch, not
# every small word, at each letter of a line.
_PLAIN_LOWER_WORD = re.compile(
    rf"""
    (?<![^\W\d_]) (?<!['’])          # no letter or apostrophe before
    (?! (?: {_one_of(_SMALL_WORDS.split("|"))} ) (?![a-z]) )
    [a-z]{{2,}} (?!\w)                  # a whole word of ASCII lower-case letters
    """,
    re.VERBOSE,
)
"""A whole lower-case ASCII word other than a small word: the commonest :data:`_LOWER_WORD`."""

# Opening with a literal space, which the engine looks for in a tight loop instead of trying
# the lookbehinds above at every character: most lines that hold such a word hold one after
# a space, which this finds several times faster.
_SPACED_LOWER_WORD = re.compile(
    rf"""
    \x20
    (?! (?: {_one_of(_SMALL_WORDS.split("|"))} ) (?![a-z]) )
    [a-z]{{2,}} (?!\w)
    """,
    re.VERBOSE,
)
"""A space and then what :data:`_PLAIN_LOWER_WORD` matches after it."""


#: The shortest and the longest line that may be a headline: three long words take 14
#: characters, and a headline is short.
HEADLINE_MIN, HEADLINE_MAX = 14, 300


def is_title_case(text: str, start: int = 0, end: int | None = None) -> bool:
    """Tell whether a line is a short paragraph written in title case (a headline), where
    capitals say nothing. A headline is one line, whatever the paragraph style.

    Args:
        text: The line, or a text that holds it.
        start: Where the line starts: 0 or just after a line break.
        end: Where the line ends (the end of ``text`` if None).

    Example:
        >>> is_title_case("Bank of America Names Jane Doe Chief"), is_title_case("Jane Doe said")
        (True, False)
        >>> text = "Jane Doe said\\nBank of America Names Jane Doe Chief"
        >>> is_title_case(text, 0, 13), is_title_case(text, 14)
        (False, True)
    """
    if end is None:
        end = len(text)
    # Three long words take 14 characters: shorter lines (half are empty) are not tested.
    if not HEADLINE_MIN <= end - start <= HEADLINE_MAX:
        return False
    # Most lines: a cheap test decides, on the text itself. What comes before the line
    # (nothing or a line break) is no letter, as the start of a copy would be.
    if _SPACED_LOWER_WORD.search(text, start, end) or _PLAIN_LOWER_WORD.search(text, start, end):
        return False
    line = text[start:end]
    return not _LOWER_WORD.search(line) and len(_LONG_WORD.findall(line)) >= 3
