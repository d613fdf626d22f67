"""The name lexicon: gazetteer, organisations, titles, roles and first names.

Everything here is read once, at import, from the word lists in
``newscorpus/data`` and kept in lookup tables keyed by token tuples, so that
:mod:`newscorpus.entities` can match multi-word names ("Prime Minister",
"Bosnia and Herzegovina", "Ministry of Foreign Affairs") with dictionary
lookups instead of patterns.
"""

from __future__ import annotations

import enum
import functools

import attrs
import regex

from newscorpus._data import read_lines

__all__ = [
    "COUNTRIES",
    "EVENT_NOUNS",
    "FIRST_NAMES",
    "GENERIC_BODIES",
    "LEXICON",
    "MAX_ENTRY_TOKENS",
    "NOT_NAMES",
    "ORGANIZATION_NOUNS",
    "ORG_HEADS",
    "OUTLET_WORDS",
    "ROLE_MODIFIERS",
    "ROLE_NOUNS",
    "TOKEN",
    "Entry",
    "EntryKind",
    "is_demonym",
    "is_place",
    "is_title_word",
    "tokenize",
]


class EntryKind(str, enum.Enum):
    """What a lexicon entry names."""

    PLACE = "place"
    DEMONYM = "demonym"  # an adjective that mentions a place: "Russian" -> Russia
    ORGANIZATION = "organization"
    TITLE = "title"  # a title written before a name: "Prime Minister"


@attrs.frozen
class Entry:
    """One lexicon entry: what the matched tokens name.

    Attributes:
        kind: Place, demonym, organisation or title.
        name: The canonical name ("Russia" for "Russian"; the title itself for titles).
        gender: "male" or "female" for titles that tell it ("Mrs."), else None.
    """

    kind: EntryKind
    name: str
    gender: str | None = None


TOKEN = regex.compile(
    r"""
    (?: (?:\p{Lu}\.){2,}                          # dotted initials and acronyms: U.S., J.R.R.
      | (?:al|el|ad|as|ash|an|bin|ibn|abu)[-‐]\p{Lu}[\p{L}\p{M}]*+  # al-Assad, el-Sisi
      | \p{Lu}\p{Ll}{0,4}\.(?=[\s,;:)]|\Z)        # Sen., Gov., Mr., Calif., Inc.; checked later
      | [\p{Lu}\p{N}][\p{L}\p{M}\p{N}]*+          # a capitalised word (or G7, 2Pac)
        (?: ['’](?!s(?!\p{L}))[\p{L}\p{M}]++      # O'Brien, but not the possessive 's
          | [-‐][\p{L}\p{M}\p{N}]++ )*+           # Al-Nahyan, Israel-Gaza, Su-35
        \+?                                       # OPEC+
      | [a-z]++ | & )                             # connectors and particles: of, bin, de, &
    """,
    regex.VERBOSE,
)
"""One token of a name, a title or an organisation; the same for lexicon and text."""


def tokenize(text: str) -> tuple[str, ...]:
    """Split a lexicon entry into the tokens that text matching uses.

    Example:
        >>> tokenize("Bosnia and Herzegovina")
        ('Bosnia', 'and', 'Herzegovina')
        >>> tokenize("Lt. Gov.")
        ('Lt.', 'Gov.')
    """
    return tuple(m.group() for m in TOKEN.finditer(text))


def _split(line: str) -> list[str]:
    return [part.strip() for part in line.split(" | ") if part.strip()]


@functools.cache  # read once: by the lexicon, then as SINGULAR_TITLES
def _singular_titles() -> dict[str, str]:
    """``plural_titles.txt`` as a mapping: "Sens." -> "Sen."."""
    return dict((fields[0], fields[1]) for fields in map(_split, read_lines("plural_titles.txt")))


def _build_lexicon() -> dict[tuple[str, ...], Entry]:
    lexicon: dict[tuple[str, ...], Entry] = {}

    def add(text: str, entry: Entry) -> None:
        lexicon.setdefault(tokenize(text), entry)

    # Order sets precedence where an alias is listed twice: titles, then organisations,
    # then places (countries before cities, so "Georgia" and "Luxembourg" are countries).
    for line in read_lines("titles.txt"):
        fields = _split(line)
        entry = Entry(EntryKind.TITLE, fields[0], fields[1] if len(fields) > 1 else None)
        add(fields[0], entry)
        if fields[0].isalpha():  # "Vice-Premier", "Vice-Chairman": a deputy's title, as
            add("Vice-" + fields[0], Entry(EntryKind.TITLE, "Vice-" + fields[0], entry.gender))
    for plural in _singular_titles():  # "Sens.": named by itself, as written
        add(plural, Entry(EntryKind.TITLE, plural))
    for name in ("organizations.txt", "news_outlets.txt"):
        for line in read_lines(name):
            names = _split(line)
            for alias in names:
                add(alias.rstrip("*"), Entry(EntryKind.ORGANIZATION, names[0]))
    for name in ("countries.txt", "us_states.txt", "cities.txt", "regions.txt", "provinces.txt"):
        for line in read_lines(name):
            names = _split(line)
            for alias in names:
                add(alias, Entry(EntryKind.PLACE, names[0]))
    for line in read_lines("demonyms.txt"):
        place, *adjectives = _split(line)
        for adjective in adjectives:
            add(adjective, Entry(EntryKind.DEMONYM, place))
    return lexicon


def _gendered(name: str) -> dict[str, str | None]:
    """Word list rows of ``word`` or ``word | gender`` as a mapping."""
    table: dict[str, str | None] = {}
    for line in read_lines(name):
        fields = _split(line)
        table[fields[0]] = fields[1] if len(fields) > 1 else None
    return table


def _first_names() -> dict[str, str | None]:
    names: dict[str, str | None] = {}
    for gender in ("male", "female"):
        for name in read_lines(f"first_names_{gender}.txt"):
            names[name] = None if names.get(name, gender) != gender else gender
    for name in read_lines("first_names_unisex.txt"):
        names[name] = None
    return names


#: Token tuple -> what it names.
LEXICON: dict[tuple[str, ...], Entry] = _build_lexicon()
#: The token tuples of generic organisation names ("Security Council"), the listed body's
#: only when no capitalised word before them qualifies them ("National Security Council").
GENERIC_BODIES: frozenset[tuple[str, ...]] = frozenset(
    tokenize(alias[:-1])
    for line in read_lines("organizations.txt")
    for alias in _split(line)
    if alias.endswith("*")
)
#: The longest lexicon entry, in tokens.
MAX_ENTRY_TOKENS: int = max(len(key) for key in LEXICON)
#: First name -> "male", "female" or None (used for both).
FIRST_NAMES: dict[str, str | None] = _first_names()
#: Plural title -> the title of each person it names: "Sens." -> "Sen.".
SINGULAR_TITLES: dict[str, str] = _singular_titles()
#: Lower-case role noun ("spokesman") -> gender or None.
ROLE_NOUNS: dict[str, str | None] = _gendered("role_nouns.txt")
#: Lower-case words that modify a role noun: "campaign" in "campaign manager".
ROLE_MODIFIERS = frozenset(read_lines("role_modifiers.txt"))
#: Canonical names of countries and territories (``countries.txt``): the places an "it"
#: stands for when no one has spoken for them ("Iran … it has warned"), unlike a city
#: or a state mentioned in passing.
COUNTRIES: frozenset[str] = frozenset(_split(line)[0] for line in read_lines("countries.txt"))
#: Capitalised words never part of a person's name.
NOT_NAMES: frozenset[str] = frozenset(read_lines("not_names.txt"))
#: Words that end or head organisation names ("Ministry", "Party", "Inc.").
ORG_HEADS: frozenset[str] = frozenset(read_lines("organization_suffixes.txt"))
#: Last words of news outlets' names ("Times", "Herald"): an organisation named so is an outlet.
OUTLET_WORDS: frozenset[str] = frozenset(read_lines("outlet_words.txt"))
#: Lower-case nouns for an organisation: "the daily Il Faro", "the official MENA news agency".
ORGANIZATION_NOUNS: frozenset[str] = frozenset(read_lines("organization_nouns.txt"))
#: Lower-case nouns of events at which people speak: "a rally", "a summit".
EVENT_NOUNS: frozenset[str] = frozenset(read_lines("event_nouns.txt"))


def _one_word_of(word: str, kind: EntryKind) -> bool:
    """Tell whether one word, as written, is an entry of the lexicon of this kind."""
    entry = LEXICON.get((word,))
    return entry is not None and entry.kind is kind


def is_place(word: str) -> bool:
    """Tell whether one word, as written, names a place of the word lists.

    Example:
        >>> is_place("Alberta"), is_place("Greek"), is_place("alberta")
        (True, False, False)
    """
    return _one_word_of(word, EntryKind.PLACE)


def is_demonym(word: str) -> bool:
    """Tell whether one word, as written, is a demonym of ``demonyms.txt``.

    Example:
        >>> is_demonym("Greek"), is_demonym("Greece"), is_demonym("greek")
        (True, False, False)
    """
    return _one_word_of(word, EntryKind.DEMONYM)


def is_title_word(word: str) -> bool:
    """Tell whether one word, as written, is a title of ``titles.txt``.

    Example:
        >>> is_title_word("President"), is_title_word("Sen."), is_title_word("president")
        (True, True, False)
    """
    return _one_word_of(word, EntryKind.TITLE)
