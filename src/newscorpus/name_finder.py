"""Finding name candidates in a text: the first pass of :mod:`newscorpus.entities`.

Capitalised runs of words are cut into tokens (:mod:`newscorpus.name_runs`), matched
against the lexicon
(:mod:`newscorpus.lexicon`) and read as places, organisations or people
when some evidence says so: a title, a first name, a role noun, an
apposition, a reporting verb. Runs that give no evidence are kept aside
(``NameFinder.deferred`` and ``NameFinder.deferred_words``) for the second pass,
which matches them against the people found here.
"""

from __future__ import annotations

import re

import attrs
import regex

from newscorpus._data import read_lines
from newscorpus.dates.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
)
from newscorpus.lexicon import (
    EVENT_NOUNS,
    FIRST_NAMES,
    GENERIC_BODIES,
    LEXICON,
    NOT_NAMES,
    ORG_HEADS,
    ORGANIZATION_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SINGULAR_TITLES,
    Entry,
    EntryKind,
    is_demonym,
    is_place,
    is_title_word,
)
from newscorpus.name_runs import (
    HEADLINE_MAX,
    HEADLINE_MIN,
    PARTICLES,
    Chunk,
    article_start,
    find_runs,
    is_title_case,
    one_token,
    plain_groups,
    plain_tokens,
    run_tokens,
)

__all__ = ["HONORIFICS", "NAME_SUFFIXES", "PARTICLES", "Candidate", "Chunk", "NameFinder"]

# --- patterns ------------------------------------------------------------------------

_PERSON_AFTER = regex.compile(
    r"""
    (?: ,\s+who\b
      | \s+(?:said|says|told|tells|added|adds|asked|wrote|writes|tweeted|argued|explained
             |noted|insisted|warned|claimed|stated|declared|replied|responded)\b
        (?!\s+by\b) )                                # not a participle: "… claimed| by"
    """,
    regex.VERBOSE,
)
"""What follows a person's name often: ", who", or a reporting verb."""

# The standard library's engine, faster to call: the pattern is ASCII words and explicit
# classes, read alike by both engines.
_APPOSITION = re.compile(r",[\x20\xa0]+(?:a|an|the)[\x20\xa0]+")
"""The opening of an apposition after a name: ", a " (a role may follow)."""

_BARE_APPOSITION = re.compile(r",[\x20\xa0]+(?=[a-z])")
"""The opening of an apposition with no article: ", |president of …"."""

_AGE = re.compile(r",[\x20\xa0]+[0-9]{1,3},(?=[\x20\xa0]+[a-z])")
"""An age in apposition after a name, before a lower-case word: "Ana Ruiz|, 33,| said",
"…|, 33,| the mayor's aide"."""

_YEARS_OLD = re.compile(r",[\x20\xa0]+(?:an?[\x20\xa0]+)?[0-9]{1,3}-year-old\b")
"""An age written as a noun or an adjective in apposition after a name: "Ana Ruiz|, 33-year-old|
servant of …", "…|, a 33-year-old| teacher"."""

_VERB_NEXT = regex.compile(
    r"[\x20\xa0]++(?:said|says|told|tells|has|had|have|is|was|will|would|\p{Ll}++(?<=ed|es))\b"
)
"""A verb right after a role noun: "the mayor| said", "the mayor| added"."""
_CLOSES = regex.compile(r"[^,.;:!?\n]{1,60}+,")
"""The comma that closes an apposition within a few words: "…| elected in May,"."""

# Words that no role without an article holds before its noun: ", |the …", ", |who …".
_BARE_STOPS = frozenset(("the", "a", "an", "his", "her", "its", "their", "who", "which"))

_LIST_GAP = regex.compile(
    r"""
    (?: [\x20\xa0]*+ \( [^()\n]{1,20}+ \) )?+      # a party and state: " (D-Ohio)"
    (?: [\x20\xa0]++ of [\x20\xa0]++                  # a place: " of New Jersey"
        \p{Lu}\p{L}++ (?: [\x20\xa0]\p{Lu}\p{L}++ )?+ )?+
    (?: ,[\x20\xa0]++ (?: and [\x20\xa0]++ )?+ | [\x20\xa0]++ and [\x20\xa0]++ )
    """,
    regex.VERBOSE,
)
"""What stands between two names of a list under a plural title: "Sens. Ana Ruiz| (D-Ohio),
and |Tom Lee", "Govs. Ana Ruiz| of Ohio and |Tom Lee"."""

_NEXT_WORD = re.compile(r"[\x20\xa0]([a-z]+)\b")
"""The lower-case word right after a role noun: "head| coach"."""

# What opens a role that a name after it is in apposition to ("the UN envoy to Harbor,
# Tomas Vell,"), what may end the clause before it, and the words after its head noun.
_APPOSED_OPENINGS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_PHRASE_ENDS = (",", ".", ";", ":", "!", "?", "\n", '"', "“", "”", "(", ")")
_HEAD_ENDS = frozenset({"of", "to", "for", "at", "in", "as"})
_POSSESSIVES = ("'s", "’s")
_VERB_WORDS = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would"})

_APPOSITION_WORD = regex.compile(r"[\p{L}0-9\-’']+")
"""A word of an apposition, scanned up to the role noun ("33-year-old" is one)."""

# Words that end an apposition before any role noun: "the friend of the president".
_APPOSITION_STOPS = frozenset(
    {"at", "of", "for", "with", "who", "in", "on", "from", "to", "and", "by", "as", "said", "says"}
    # conjunctions that open a clause of their own: "Tomas Lund, |while| batsman Karl …"
    | {"while", "whereas", "when", "where", "but", "or", "if", "though", "although", "because"}
)

# Matched backwards from the position (a reverse match is anchored there): a reverse
# search anchored by \G instead tried every earlier position when it failed, so a text of
# many roles after commas ("it rained, spokesman Ann Lee said") took quadratic time.
_WORD_BEFORE = regex.compile(r"(?r)(?P<word>[\p{L}\-’']+)[\x20\xa0]+")
"""The word just before a position, and the spaces after it (matched backwards from it)."""

# The lexicon's kinds as module constants: an enum member read through its class costs a
# descriptor call (ten times a global's lookup on Python 3.11), and the readers test and
# store kinds by the hundred thousand.
_TITLE, _PLACE, _DEMONYM, _ORGANIZATION = (
    EntryKind.TITLE,
    EntryKind.PLACE,
    EntryKind.DEMONYM,
    EntryKind.ORGANIZATION,
)

NAME_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
_NOT_REAL = PARTICLES | NAME_SUFFIXES  # the words of a name that do not count as names
_ELECT = ("-elect", "-designate")
"""The endings of a title not yet taken up: "Mayor-elect", "Premier-designate"."""
_SPLITTERS = frozenset({"and", "&", "of", "the", "for", "on"})
_NOUN_AFTER = re.compile(
    r"[ \xa0]+(?!(?:is|was|has|had|said|says|told|will|would|could|were|are|have|did)\b)"
    r"[a-z]+(?<!ed)(?<!s)\b"
)
"""A lower-case word after a name that is no verb: the noun the name modifies ("Civil
Rights| icon"); not "Allyson Reyes| were", "… Reyes| said"."""
# Last parts of a capitalised compound that describes the name after it rather than
# belonging to it ("Nineteen-year-old", "Texas-based", "Egyptian-born"), besides any
# participle in -ed or -ing ("Iranian-backed", "Spanish-speaking"); after a person's name
# they end it ("Meles Zenawi-led", "Elizabeth Warren-style").
_DESCRIBING_ENDS = frozenset(
    {
        "old",
        "born",
        "run",
        "made",
        "built",
        "held",
        "known",
        "grown",
        "stricken",
        "ridden",
        "torn",
        "driven",
        "bound",
        "style",
        "era",
        "type",
        "like",
    }
)
_LONGEST_ROLE_NOUN = max(len(noun) for noun in ROLE_NOUNS)
# The last three letters of every role noun (all have four or more): a word before a name
# that ends otherwise is no role noun, which one set lookup tells.
_ROLE_ENDINGS = frozenset(noun[-3:] for noun in ROLE_NOUNS)
# Capitalised words that may be part of a role before a name ("Democratic pollster").
_PARTY_WORDS = frozenset(("Democratic", "Republican"))  # capitalised words of US parties
_NOT_ROLE_WORDS = NOT_NAMES - _PARTY_WORDS
# The lengths of the lexicon entries that start with a given token, longest first, so that
# lookups try only keys of those lengths.
_LENGTHS_FROM: dict[str, tuple[int, ...]] = {}
for _key in LEXICON:
    _LENGTHS_FROM[_key[0]] = (*_LENGTHS_FROM.get(_key[0], ()), len(_key))
for _first, _lengths in _LENGTHS_FROM.items():
    _LENGTHS_FROM[_first] = tuple(sorted(set(_lengths), reverse=True))
# The words that start a lexicon entry, and the first names, as sets: a frozenset tells
# whether a group's words miss it twice as fast as a dict's keys do.
_ENTRY_STARTS = frozenset(_LENGTHS_FROM)
_FIRST_NAME_SET = frozenset(FIRST_NAMES)
#: Honorifics: titles before a surname that are no roles ("Mr.", "Ms.", "Dr.").
HONORIFICS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mx.", "Dr.", "Dr"})
# Titles of a person rather than of an office, which no modifier or office before them
# extends: "Attorney General| Lord Pettigrew", "Senator| Dr. Ana Ruiz".
_PERSONAL_TITLES = HONORIFICS | frozenset(
    {"Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Sheikh", "Sheik", "Rev.", "Reverend"}
)
# Offices by which a holder is addressed after an honorific: "Mr. President", "Madam
# Speaker" (but "Mr. King", "Mr. Prince" are surnames).
_ADDRESSED_OFFICES = frozenset(
    (
        *("President", "Speaker", "Chairman", "Chairwoman", "Secretary", "Mayor", "Ambassador"),
        *("Minister", "Governor", "Senator", "Chancellor", "Commissioner", "Premier", "Director"),
    )
)

# Lexicon entries of one word by that word: a string key is cheaper than a 1-tuple.
_WORD_ENTRIES: dict[str, Entry] = {key[0]: entry for key, entry in LEXICON.items() if len(key) == 1}
# Capitalised words that are never part of a name and do not start one either.
_NEVER_NAMES = NOT_NAMES - FIRST_NAMES.keys()
# The places and organisations of several words, by their words joined by one space: a run
# of plain words that is one of them ("New York", "White House", about one in eight) is
# read as read_group would read it, with one lookup, before any token is made.
_PHRASE_THINGS: dict[str, tuple[EntryKind, str]] = {
    " ".join(key): (_ORGANIZATION if entry.kind is _ORGANIZATION else _PLACE, entry.name)
    for key, entry in LEXICON.items()
    if len(key) > 1 and entry.kind is not _TITLE
}
# What a run of letters, or of letters and single spaces, reads as without a look at its
# context: nothing (``()``) for a word never part of a name or a lone title ("The",
# "President"), else the place or organisation it is ("Russia", "Hamas", "New York"), as
# read_word and read_group read it. Half the runs are such: one lookup reads them.
_PLAIN_READINGS: dict[str, tuple[()] | tuple[EntryKind, str]] = {
    **{
        phrase: thing
        for phrase, thing in _PHRASE_THINGS.items()
        if phrase.replace(" ", "").isalpha()
    },
    **{
        word: ()
        if entry.kind is _TITLE
        else (_ORGANIZATION if entry.kind is _ORGANIZATION else _PLACE, entry.name)
        for word, entry in _WORD_ENTRIES.items()
        if word.isalpha()
    },
    **{word: () for word in _NEVER_NAMES if word.isalpha()},  # read_word never sees these
}

# --- pass 1: runs of capitalised words ----------------------------------------------------


@attrs.define
class Candidate:
    """A person mention before clustering."""

    start: int
    end: int
    tokens: tuple[str, ...]
    role: str | None = None
    gender: str | None = None
    strong: bool = True  # found by evidence of its own, not only by matching a known name


_NONE: frozenset[int] = frozenset()


def _leading_role(words: tuple[str, ...]) -> int:
    """The number of words of a capitalised role that opens a run of names, or 0: 2 for
    "Government Spokesman Mirko Vasov", 1 for "Pastor Russell Dale". The role ends with
    a role noun ("spokesman"), and two words at least are left for the name, none an
    organisation's head or a word that is never a name, the first a first name after a
    role of one word that may be a name: "Dean Whitcombe" is a name, "Official Secrets Act" no
    role and name, "Analyst Ataul Karim" a role and a name,
    "Government Spokesman Yongo Mayal" a role and a name."""
    for k in range(len(words) - 2, 0, -1):
        role = words[k - 1]
        # Capitalised, not in capitals: an all-capital line ("OZ’S BOSS THINKS …") is no name
        if role.lower() in ROLE_NOUNS and role[:1].isupper() and not role.isupper():
            name = words[k:]
            if any(w in ORG_HEADS or w in NOT_NAMES for w in name):
                return 0  # "Official Secrets Act", "Chef de Mission": no name after it
            if name[0] not in FIRST_NAMES and (
                (k < 2 and not _never_a_name(words[0])) or LEXICON.get(name) is not None
            ):
                return 0  # a one-word role ("Dean", "General") needs a known first name
                # after it, unless no one bears it ("Analyst", "Spokeswoman"); a longer one
                # ("Government Spokesman") any name, not a place
            return k
    return 0


def _never_a_name(role: str) -> bool:
    """Tell whether a capitalised role noun is no one's name, as "Dean", "Judge" or "Baker"
    may be: "Spokeswoman", "Analyst", "Economist"."""
    low = role.lower()
    return low.startswith("spokes") or low.endswith(("ist", "yst"))


def _place_named_people(words: list[str]) -> frozenset[int] | set[int]:
    """Indexes of words that the lexicon reads as places or organisations but that name a
    person here.

    A first name before a one-word place or demonym that ends the name is a person
    ("George Washington", "Jack London", "Mark Cuban"), and so is a first name or an
    honorific before a one-word organisation written as a name ("Michael Bloomberg",
    "Vicente Fox", "Mr. Ford"; not "NATO"), and a first name that is also a place before
    an unknown capitalised word ("Jordan Peterson").
    """
    if _FIRST_NAME_SET.isdisjoint(words) and HONORIFICS.isdisjoint(words):
        return _NONE  # most runs: no first name, nothing to find
    found: set[int] = set()
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if first in HONORIFICS:
            entry = LEXICON.get((second,))
            if (
                entry is not None
                and entry.kind is _ORGANIZATION
                and second[1:].islower()
                and _ends_name(words, i + 2)
            ):
                found.add(i + 1)  # "Mr. Bloomberg"
            continue
        if first not in FIRST_NAMES or first in NOT_NAMES:  # not "Will Georgia vote?"
            continue
        entry = LEXICON.get((second,))
        ends = _ends_name(words, i + 2)
        if (
            entry is not None
            and (
                entry.kind is _PLACE
                or entry.kind is _DEMONYM  # "Mark Cuban", "Howard Welsh"
                or (entry.kind is _ORGANIZATION and second[1:].islower())  # "Liam Fox"
            )
            and ends
            and (first,) not in LEXICON
        ):
            found.add(i + 1)
        elif (
            entry is None
            and is_place(first)
            and second[:1].isupper()
            and second not in NOT_NAMES
            and second not in ORG_HEADS
            # a plural after a city is a team ("Charlotte Hornets"), not a surname
            and (not second.endswith("s") or second.endswith("ss"))
        ):
            found.add(i)
    return found


def _speaks_in_headline(text: str, start: int, end: int) -> bool:
    """Tell whether a name opens its line and a colon follows it: a headline that quotes
    the person ("Cecile Vantol: ‘I’m Sick Of …’"), whose name is no title-case word."""
    return (start == 0 or text[start - 1] == "\n") and text.startswith(":", end)


def _title_surname(chunks: list[Chunk], names: list[Chunk], i: int) -> Chunk | None:
    """The surname that the title word at chunk ``i`` is after a first name (and initials)
    ``names``, when it ends the name: "John Major", "Peter T. King of New York", "Hun Sen"
    (without a sentence's period); None otherwise."""
    if (
        i >= len(chunks)
        or names[0][3] not in FIRST_NAMES
        or not (i == len(chunks) - 1 or chunks[i + 1][3][:1].islower())
        or not (chunks[i][2] is _TITLE or is_title_word(chunks[i][3]))
        or not all(_initial(n[3]) for n in names[1:])
    ):
        return None
    return _as_surname(chunks[i])


def _as_surname(chunk: Chunk) -> Chunk:
    """A title word's chunk read as a surname, without a sentence's period ("Major.")."""
    start, end, _, word = chunk
    if word.endswith(".") and len(word) > 2:
        end, word = end - 1, word[:-1]
    return (start, end, None, word)


def _compound_first_name(word: str) -> bool:
    """Tell whether a hyphenated word joins two first names: "Jean-Pierre", "Frank-Walter",
    "Sven-Goran"."""
    if "-" not in word:  # the cheap test first: most words have no hyphen
        return False
    first, _, second = word.partition("-")
    return first in FIRST_NAMES and second in FIRST_NAMES


def _initial(word: str) -> bool:
    """Tell whether a word is a name's initial: "T.", "J."."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _ends_name(words: list[str], k: int) -> bool:
    """Tell whether a name may end before word ``k`` of a run: the run ends, a suffix
    follows ("Jr."), or a connector ("Vicente Fox| on Monday", "Jack London| of")."""
    return k == len(words) or words[k] in NAME_SUFFIXES or words[k][:1].islower()


def _person_after(text: str, end: int) -> bool:
    """Tell whether what follows ``end`` is what often follows a person's name (see
    _PERSON_AFTER)."""
    following = text[end : end + 1]
    if following != "," and not following.isspace():  # the pattern needs one of these first
        return False
    return _PERSON_AFTER.match(text, end) is not None


def _capitalised_anywhere(word: str) -> bool:
    """Tell whether a word opening a sentence is capitalised for itself, wherever it
    stands: an acronym, a place, a people's or a party's word ("GOP", "Ohio", "French",
    "Democratic"), not an ordinary word that only its place capitalises."""
    return (
        (word.isupper() and len(word) > 1)
        or is_place(word)
        or is_demonym(word)
        or word in _PARTY_WORDS
    )


def _describes_name(word: str, endings: tuple[str, ...] = ("ed", "ing")) -> bool:
    """Tell whether a capitalised compound describes the name that follows it:
    "Nineteen-year-old| Zhang Wei", "Paris-based| Reporters Without Borders".

    Its last part is a word in lower case that is a participle (in one of ``endings``)
    or an age ("-old"); "Seventh-day Adventist", "Inter-governmental Authority" and
    "Dan-el" stay names. The last word of a name takes ``endings=("ed",)``: "Li
    Ka-shing" is a name, "Meles Zenawi-led" one and its compound's end.
    """
    last = word.rpartition("-")[2]
    return (
        last != word
        and last.isalpha()
        and last.islower()
        and (last.endswith(endings) or last in _DESCRIBING_ENDS)
    )


# The names of days, months and "Today": a run that holds one and then "The" is a time
# and a name ("Monday The Post"), not one name.
_TIME_NAMES = frozenset(
    (
        *WEEKDAY_NAMES,
        *WEEKDAY_ABBREVIATIONS,
        *MONTH_NAMES,
        *MONTH_ABBREVIATIONS,
        "Today",
        "Yesterday",
        "Tonight",
    )
)

# Heads of organisation names whose subject follows "on": "Council on Foreign Relations".
_TOPIC_HEADS = frozenset(read_lines("topic_heads.txt"))
_NOUNS_AFTER = re.compile(r"[ \t\xa0]+([a-z]+)(?:[ \t\xa0]+([a-z]+))?")
"""One or two lower-case words after a position: "| news agency"."""
# Words that may come between the name of a body and its noun: "MENA| news |agency".
_BODY_NOUN_MODIFIERS = frozenset(("news", "state", "press", "official"))


def _no_surname(word: str) -> bool:
    """Tell whether a capitalised word after a role is no one's name but roles or an
    event: "Secretary Generals", "CEO Summit". A role in the singular may be a surname
    ("Ms. Boxer", "Mr. Singer")."""
    low = word.lower()
    return low in EVENT_NOUNS or (low.endswith("s") and low[:-1] in ROLE_NOUNS)


def _body_after(text: str, end: int) -> bool:
    """Tell whether a lower-case noun for an organisation (``organization_nouns.txt``)
    after ``end`` makes the word before it the name of a body: "the official MENA|
    agency", "the official Tanjug| news agency"."""
    after = _NOUNS_AFTER.match(text, end, end + 30)
    if after is None:
        return False
    if after[1] in ORGANIZATION_NOUNS:
        return True
    return after[1] in _BODY_NOUN_MODIFIERS and after[2] in ORGANIZATION_NOUNS


# What ends a description's cut before its tail, whose last words may be a name: "the
# director of| Harbor Studies Nadia Brandt", "Chairman of the| Harbor Trust Tomas Ruiz".
_TAIL_CUTS = ("of ", "for ", "of the ", "for the ")
# The words of a ministry's portfolio, before the name of its holder (read_after_portfolio).
_PORTFOLIO_WORDS = frozenset(read_lines("portfolio_words.txt"))
# The portfolio words that only modify the next one: a portfolio never ends with them.
_PORTFOLIO_MODIFIERS = frozenset(
    ("Economic", "External", "Foreign", "Home", "Internal", "National", "Rural", "Social", "Urban")
)


def _ends_before_the(chunk: Chunk) -> bool:
    """Tell whether a run's chunk before a "The" ends what comes before the name that
    "The" opens: a day's or a month's name, or a word in capitals (a headline's)."""
    word = chunk[3]
    return chunk[2] is None and (word in _TIME_NAMES or (len(word) > 1 and word.isupper()))


def _subject_after_on(chunks: list[Chunk], i: int, last_title: int) -> bool:
    """Tell whether chunk ``i`` is an "on" that names a body's subject ("Council on Foreign
    Relations"), not a day ("Commission on Monday") or a title and a person after the name
    ("Council on Trade Executive Director Ana Ruiz": left as it was read). ``last_title``
    is the index of the run's last title, or -1 (found once a run: one scan of the rest
    for each "on" would take time quadratic in a long run of them)."""
    if chunks[i][3] != "on" or i + 1 >= len(chunks) or chunks[i - 1][3] not in _TOPIC_HEADS:
        return False
    after = chunks[i + 1]
    return (
        after[2] is None
        and after[3][:1].isupper()
        and after[3] not in _TIME_NAMES
        and last_title < i
    )


def _last_title(chunks: list[Chunk]) -> int:
    """The index of the last title among ``chunks``, or -1."""
    for i in range(len(chunks) - 1, -1, -1):
        if chunks[i][2] is _TITLE:
            return i
    return -1


def _the_head(chunks: list[Chunk]) -> bool:
    """Tell whether a run is "The" and one organisation word: "The Post", "The Ministry"."""
    return (
        len(chunks) == 2
        and chunks[0][3] == "The"
        and chunks[1][2] is None
        and chunks[1][3] in ORG_HEADS
    )


# Armed services, which open a rank: "Navy| Capt. Jeff Dalton", "Army| Gen. Ray Odom".
_SERVICES = frozenset({"Army", "Navy", "Marine", "Marines"})


def _asks(text: str, pos: int) -> bool:
    """Tell whether the sentence at ``pos`` ends with a question mark (within 200
    characters, on its line)."""
    ends = [found for mark in ".!?\n" if (found := text.find(mark, pos, pos + 200)) >= 0]
    return bool(ends) and text[min(ends)] == "?"


def _opens_title(chunks: list[Chunk]) -> bool:
    """Tell whether the first chunk is a role's modifier or a service before a title:
    "Vice| Premier", "Acting| Mayor", "Former| President", "Navy| Capt."."""
    return (
        len(chunks) > 1
        and chunks[1][2] is _TITLE
        and (chunks[0][3].lower() in ROLE_MODIFIERS or chunks[0][3] in _SERVICES)
        and chunks[1][3] not in _PERSONAL_TITLES  # not "Then| Mr. Lee"
    )


# Ranks that open a longer rank: "Lieutenant| General", "Major| General".
_RANK_MODIFIERS = frozenset({"lieutenant", "major", "brigadier"})


def _modifies_title(title: str, following: str) -> bool:
    """Tell whether a title modifies the title after it, which goes on the same office:
    "Chief| Judge", "Major| General", "Vice| Foreign Minister"; not an office before a rank or
    an honorific ("Prime Minister| General …", "Senator| Dr. …")."""
    last = title.rsplit(" ", 1)[-1].lower()
    return (last in ROLE_MODIFIERS or last in _RANK_MODIFIERS) and following not in _PERSONAL_TITLES


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\xa0\"“‘'(«[`":
        i -= 1
    return i < 0 or text[i] in ".?!\n:;—–…"


class NameFinder:
    """One text's pass-1 state: what was found where."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.candidates: list[Candidate] = []
        self.deferred: list[list[Chunk]] = []  # name-like groups to match against known people
        # The words deferred alone (most deferred runs), kept apart from the groups: no list
        # is made for each, and the second pass reads them with one test each.
        self.deferred_words: list[Chunk] = []
        self.things: list[tuple[int, int, EntryKind, str]] = []  # places and organisations
        # The last line asked about (start, end, whether a headline): a line is tested when
        # a name in it first asks, most lines never are, and names come in order.
        self.line = (0, -1, False)
        # Where the last name under a plural title ends, and the title each name of its list
        # is given: "Sens. Ana Ruiz| …" -> (the end of "Ruiz", "Sen.")
        self.listed: tuple[int, str] | None = None

    def listed_title(self, start: int, end: int) -> str | None:
        """The title of a list of names under a plural title ("Sens. Ana Ruiz (D-Ohio) and
        |Tom Lee|") when the name from ``start`` to ``end`` is the list's next, else None."""
        if self.listed is None:
            return None
        last, title = self.listed
        if start < last:
            return None
        if _LIST_GAP.fullmatch(self.text, last, start) is None:
            self.listed = None  # the list has ended
            return None
        self.listed = (end, title)
        return title

    def in_headline(self, pos: int) -> bool:
        """Tell whether ``pos`` (not a line break) is in a headline (see :func:`is_title_case`)."""
        start, end, headline = self.line
        if start <= pos < end:
            return headline
        text = self.text
        # Back from pos to the line break at the end of the last line, if it is before pos:
        # each character is scanned once over a text read in order.
        start = text.rfind("\n", end if 0 <= end <= pos else 0, pos) + 1
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        # Most lines are paragraphs too long for a headline: told by their length alone,
        # without a call (is_title_case tests the same bounds).
        headline = HEADLINE_MIN <= end - start <= HEADLINE_MAX and is_title_case(text, start, end)
        self.line = (start, end, headline)
        return headline

    def run(self) -> None:
        text = self.text
        for m in find_runs(text):
            start, end = m.span()
            if start and text[start - 1] in "-‐":  # maybe "al-Assad"
                start = article_start(text, start)
            word = text[start:end]
            reading = _PLAIN_READINGS.get(word)
            if reading is not None:  # "The", "Russia", "New York": read without a call
                if reading:
                    self.things.append((start, end, *reading))
                continue
            if word.isalpha():  # one plain word, no lexicon entry: "Putin"
                self.read_unknown_word(start, end, word)
                continue
            if word.replace(" ", "").isalpha():  # plain words and spaces: no tokenizer needed
                if "  " in word:  # a rare run of words apart by more than a space
                    self.read_group(plain_tokens(word, start), hyphens=False)
                else:  # _PLAIN_READINGS held any lexicon entry of all its words
                    self.read_tokens(plain_tokens(word, start), word.split(" "), hyphens=False)
                continue
            token = one_token(word) if " " not in word else None  # a token holds no space
            if token is not None:  # "U.S.", "Tuesday.", "China's": read as the tokenizer would
                if token not in _NEVER_NAMES:
                    self.read_word(start, start + len(token), token)
                continue
            groups = plain_groups(word, start)
            if groups is not None:  # plain words and sentence ends or possessives: no tokenizer
                for group in groups:
                    self.read_group(group, hyphens=False)
                continue
            hyphens = "-" in word
            for group in run_tokens(text, start, end):
                self.read_group(group, hyphens)

    def read_word(self, start: int, end: int, word: str) -> None:
        """A run of one plain word: the common case, kept off the general path for speed.

        The callers have passed over the words of :data:`_NEVER_NAMES`.
        """
        entry = _WORD_ENTRIES.get(word)
        if entry is not None:
            if entry.kind is _ORGANIZATION:
                self.things.append((start, end, _ORGANIZATION, entry.name))
            elif entry.kind is not _TITLE:
                self.things.append((start, end, _PLACE, entry.name))
            return
        self.read_unknown_word(start, end, word)

    def read_unknown_word(self, start: int, end: int, word: str) -> None:
        """A run of one plain word that no lexicon entry is: a person with a role before
        it, else deferred."""
        token: Chunk = (start, end, None, word)
        # The role comes first: it is the cheapest test to fail, and it nearly always does.
        role = self.role_before(start)
        if (
            role is not None
            and len(word) > 2
            and not self.in_headline(start)
            and not _at_sentence_start(self.text, start)
            and not _no_surname(word)
        ):
            if _body_after(self.text, end):  # "the official MENA news agency"
                self.things.append((start, end, _ORGANIZATION, word))
            else:
                self.add_person([token], role, ROLE_NOUNS.get(role.split()[-1]))
            return
        self.deferred_words.append(token)

    def read_group(self, tokens: list[Chunk], hyphens: bool = True) -> None:
        """A group of tokens of a run; ``hyphens`` is False when no token holds a "-"."""
        # Fast paths first: they give what the general path would, for less work.
        if len(tokens) == 1 and "-" not in tokens[0][3]:
            start, end, _, word = tokens[0]
            if word not in _NEVER_NAMES:
                self.read_word(start, end, word)
            return
        words = [t[3] for t in tokens]
        # A lexicon entry of all the words ("New York", "White House"), looked up only when
        # the first word starts one that long.
        entry = LEXICON.get(tuple(words)) if len(words) in _LENGTHS_FROM.get(words[0], ()) else None
        if entry is not None and entry.kind is not _TITLE:
            kind = _ORGANIZATION if entry.kind is _ORGANIZATION else _PLACE
            self.things.append((tokens[0][0], tokens[-1][1], kind, entry.name))
            return
        self.read_tokens(tokens, words, hyphens)

    def read_tokens(self, tokens: list[Chunk], words: list[str], hyphens: bool) -> None:
        """The tokens of a group of several, whose words are ``words``, which are not all
        one lexicon entry (:meth:`read_group` has looked them up)."""
        chunks = self.chunk(tokens, words, hyphens)
        # most groups: nothing to cut at, and no "The" inside ("Monday The Post"); the
        # cheap test first, the copy of the words only for a group that holds "The"
        if _SPLITTERS.isdisjoint(words) and ("The" not in words or "The" not in words[1:]):
            self.read_segment(chunks)
            return
        # Cut at "and", "&", "of", "the", "for", "on" unless a lexicon entry spanned them; an
        # organisation head followed by "of" keeps its tail ("Ministry of Foreign Affairs"),
        # and a topic head one after "on" ("Council on Foreign Relations").
        # A "The" inside the run after a day's name or a headline's capitals opens a name of
        # its own: "On Monday| The Post said", "BAN FROM OLYMPICS| The International …".
        segment: list[Chunk] = []
        last_title = _last_title(chunks) if "on" in words else -1
        i = 0
        while i < len(chunks):
            chunk = chunks[i]
            if chunk[3] == "The" and chunk[2] is None and segment and _ends_before_the(segment[-1]):
                self.read_segment(segment)
                segment = [chunk]
            elif chunk[2] is None and chunk[3] in _SPLITTERS:
                if (
                    segment
                    and segment[-1][3] in ORG_HEADS
                    and (chunk[3] in ("of", "for") or _subject_after_on(chunks, i, last_title))
                ):
                    i = self.read_org_with_tail(segment, chunks, i)
                    segment = []
                    continue
                people = len(self.candidates)
                self.read_segment(segment)
                if (
                    chunk[3] == "and"
                    and len(self.candidates) > people
                    and len(segment) >= 2
                    and self.candidates[-1].end == segment[-1][1]
                ):
                    i = self.read_second_person(chunks, i + 1)
                    segment = []
                    continue
                segment = []
            else:
                segment.append(chunk)
            i += 1
        self.read_segment(segment)

    def read_second_person(self, chunks: list[Chunk], i: int) -> int:
        """After "and" that follows a person's full name, two or three unknown capitalised
        words that end the run are a person too: "Tomas Brandt and| Allyson Reyes".
        Returns the index of the first chunk not read (the same ``i`` when none is)."""
        end = len(chunks)
        names = chunks[i:end]
        if (
            not 2 <= len(names) <= 3
            or any(
                c[2] is not None
                or not c[3][:1].isupper()
                or c[3] in NOT_NAMES
                or c[3] in _SPLITTERS
                for c in names
            )
            or _NOUN_AFTER.match(self.text, names[-1][1]) is not None
        ):
            return i  # not "Dana Lund and Civil Rights| icon Tom Okafor"
        if self.in_headline(names[0][0]):
            self.deferred.append(names)
        else:
            self.add_person(names, self.listed_title(names[0][0], names[-1][1]), None)
        return end

    def read_org_with_tail(self, head: list[Chunk], chunks: list[Chunk], i: int) -> int:
        """ "Ministry of Foreign Affairs": the head, "of", and the words after it.

        The tail stops where "and" opens a new noun phrase ("... and the Nairobi
        Chamber of Commerce"), and before a day or a month after "on" ("Ministry of
        Health| on Wednesday"). Returns the index of the first chunk not used.
        """
        j = i + 1
        while j < len(chunks):
            if j + 1 < len(chunks) and (
                (chunks[j][3] in ("and", "&") and chunks[j + 1][3] in ("the", "a", "an"))
                or (chunks[j][3] == "on" and chunks[j + 1][3] in _TIME_NAMES)
            ):
                break
            j += 1
        head = self.trim_leading(head)
        if head:
            start, end = head[0][0], chunks[j - 1][1]
            self.things.append((start, end, _ORGANIZATION, self.text[start:end]))
        return j

    def trim_leading(self, chunks: list[Chunk]) -> list[Chunk]:
        """Drop capitalised ordinary words that open a run ("The", a sentence's first word)."""
        while (
            chunks
            and chunks[0][2] is None
            and chunks[0][3] not in FIRST_NAMES
            and (chunks[0][3] in NOT_NAMES or _at_sentence_start(self.text, chunks[0][0]))
        ):
            chunks = chunks[1:]
        return chunks

    def chunk(self, tokens: list[Chunk], words: list[str], hyphens: bool = True) -> list[Chunk]:
        """Greedy longest lexicon matches; (start, end, kind or None, canonical name or word).

        ``words`` are the texts of the tokens; ``hyphens`` is False when none holds a "-".
        """
        if _ENTRY_STARTS.isdisjoint(words):  # no lexicon entry starts here: most groups
            if not hyphens or not any("-" in word for word in words):  # nothing to split
                return tokens
            chunks: list[Chunk] = []
            for token in tokens:
                if "-" not in token[3]:
                    chunks.append(token)
                else:
                    self.read_compound(token, chunks)
            return chunks
        chunks = []
        i = 0
        plain = _place_named_people(words)
        while i < len(tokens):
            lengths = None if i in plain else _LENGTHS_FROM.get(words[i])
            if lengths is None:  # most words start no lexicon entry
                token = tokens[i]
                if "-" not in token[3]:
                    chunks.append(token)
                else:
                    self.read_compound(token, chunks)
                i += 1
                continue
            left = len(tokens) - i
            for n in lengths:
                if n > left:
                    continue
                entry = (
                    _WORD_ENTRIES.get(words[i]) if n == 1 else LEXICON.get(tuple(words[i : i + n]))
                )
                if entry is not None:
                    chunk: Chunk = (tokens[i][0], tokens[i + n - 1][1], entry.kind, entry.name)
                    if i and n > 1 and tuple(words[i : i + n]) in GENERIC_BODIES:
                        chunk = self.qualified_body(chunks, chunk)
                    chunks.append(chunk)
                    i += n
                    break
            else:
                token = tokens[i]
                if "-" not in token[3]:
                    chunks.append(token)
                else:
                    self.read_compound(token, chunks)
                i += 1
        return chunks

    def qualified_body(self, chunks: list[Chunk], body: Chunk) -> Chunk:
        """A generic body's name ("Security Council") with the capitalised words and places
        right before it, which make it another body, named as written: "National Security
        Council", "Georgia General Assembly". Those chunks are taken off ``chunks``."""
        j = len(chunks)
        while j and (
            chunks[j - 1][2] in (_PLACE, _DEMONYM)
            or (
                chunks[j - 1][2] is None
                and chunks[j - 1][3][:1].isupper()
                and chunks[j - 1][3] not in NOT_NAMES  # "The", "Without"
                and not is_title_word(chunks[j - 1][3])
            )
        ):
            j -= 1
        if j == len(chunks):
            return body  # "the Security Council", "UN Security Council" (its own entry)
        start = chunks[j][0]
        del chunks[j:]
        return (start, body[1], _ORGANIZATION, self.text[start : body[1]])

    def read_compound(self, token: Chunk, chunks: list[Chunk]) -> None:
        """A token with a hyphen: a word elect is a title ("Mayor-elect"); a compound of
        places ("Israel-Gaza") gives places and no chunk; any other stays a token."""
        word = token[3]
        if word.endswith(_ELECT):  # a title ("Mayor-elect", "Chief Executive-designate")
            chunks.append((token[0], token[1], _TITLE, word))
        elif not self.split_compound(token):
            chunks.append(token)

    def split_compound(self, token: Chunk) -> bool:
        """ "Israel-Gaza", "U.S.-Russian": every part a place or demonym -> place mentions."""
        parts = token[3].split("-")
        entries = [LEXICON.get((p,)) for p in parts]
        if not all(e is not None and e.kind in (_PLACE, _DEMONYM) for e in entries):
            return False
        pos = token[0]
        for part, entry in zip(parts, entries, strict=True):
            assert entry is not None
            self.things.append((pos, pos + len(part), _PLACE, entry.name))
            pos += len(part) + 1
        return True

    def read_segment(self, chunks: list[Chunk]) -> None:
        if not chunks:
            return
        # Whether the segment is in a headline is asked only when a name, a title or an
        # organisation needs it: a line of places and ordinary words alone is not tested.
        line = chunks[0][0]
        # A capitalised word opening a sentence may be an ordinary word: drop it unless it is
        # in the lexicon or is a first name.
        first = chunks[0]
        if (
            first[2] is None
            and first[3] not in FIRST_NAMES
            and not _compound_first_name(first[3])  # "Jean-Pierre"
            and _at_sentence_start(self.text, first[0])
            and (first[3] in NOT_NAMES or not self.person_follows(chunks))  # never "The …"
            and not _the_head(chunks)  # but "The Post said": a paper's or a body's name
            and not _opens_title(chunks)  # nor "Deputy| Director Ana Ruiz"
        ) or (
            first[3] == "Will"
            and len(chunks) > 1
            and _at_sentence_start(self.text, first[0])
            and _asks(self.text, first[0])
        ):  # "Will| Okafor win the vote?": a modal that opens a question
            chunks = chunks[1:]
            self.deferred_words.append(first)
            if not chunks:
                return
        # A compound before a name describes it and is left out, after a sentence's first
        # word too: "Texas-based| Ana Ruiz", "The Paris-based| International Energy Agency".
        skip = 0  # counted first, cut once: a long run of compounds stays linear
        while (
            skip < len(chunks)
            and chunks[skip][2] is None
            and "-" in chunks[skip][3]
            and _describes_name(chunks[skip][3])
        ):
            skip += 1
        if skip:
            chunks = chunks[skip:]
            if not chunks:
                return
        if self.read_organization(chunks, line):
            return
        role_start: int | None = None
        office_end: int | None = None  # where an office ends before a personal title
        role_gender: str | None = None
        i, count = 0, len(chunks)
        while i < count:
            start, end, kind, name = chunks[i]
            if kind is _TITLE:
                if role_start is None:
                    role_start = start
                role_gender = LEXICON_GENDER.get(name, role_gender)
                names, i = self.name_after(chunks, i + 1)
                if (
                    len(names) > 2  # a role noun and a name of two words or more
                    and name not in _PERSONAL_TITLES
                    and names[0][3].lower() in ROLE_NOUNS
                ):
                    end = names[0][1]  # "Chief| Advisor| Fakhri Tamir": a role noun
                    names = names[1:]  # ends the title (but "Ms.| Singer" is a surname)
                if names:
                    surname = _title_surname(chunks, names, i)
                    if surname is not None:  # "Prime Minister John Major"
                        names = [*names, surname]
                        i += 1
                    elif len(names) == 1 and (
                        (i < count and (chunks[i][2] is _TITLE or is_title_word(chunks[i][3])))
                        or _no_surname(names[0][3])
                    ):
                        names = []  # "CEO Summit", "Chief Election Commissioner", "Judge
                        # Advocate General": no one's name, a title goes on
                elif (
                    not names
                    and name in HONORIFICS
                    and i == count - 1
                    and chunks[i][2] is _TITLE
                    and chunks[i][3] not in _ADDRESSED_OFFICES
                ):
                    # "Mr. King", "Ms. Judge": after an honorific, a title word that ends the
                    # run is the surname
                    names = [_as_surname(chunks[i])]
                    i += 1
                if not names and i < count and chunks[i][2] is _TITLE:
                    if _modifies_title(name, chunks[i][3]):
                        continue  # "Chief| Minister Raghav Sundaram": one title goes on
                    if office_end is None and chunks[i][3] in _PERSONAL_TITLES:
                        office_end = end  # "Kenyan President| Prof. Ravel Odongo":
                        continue  # the office is the role
                if names and not self.in_headline(line):
                    title_text = self.text[role_start : end if office_end is None else office_end]
                    singular = SINGULAR_TITLES.get(name)
                    if singular is not None:  # "Sens.| Ana Ruiz and Tom Lee": each a "Sen."
                        title_text = title_text[: -len(name)] + singular
                        self.listed = (names[-1][1], title_text)
                    self.add_person(names, title_text, role_gender)
                elif names:
                    self.deferred.append(names)
                role_start, office_end, role_gender = None, None, None
                continue
            if kind is not None:  # a place, a demonym or an organisation (titles are above)
                self.things.append(
                    (
                        start,
                        end,
                        _ORGANIZATION if kind is _ORGANIZATION else _PLACE,
                        name,
                    )
                )
                nxt = chunks[i + 1] if i + 1 < count else None
                if nxt is not None and nxt[2] is _TITLE:
                    role_start = start if role_start is None else role_start
                else:
                    role_start = None
                i += 1
                continue
            if _opens_title(chunks[i : i + 2]):
                if role_start is None:  # "Vice| Premier Wu Lanting", "Acting| Mayor …": the
                    role_start = start  # modifier opens the title
                i += 1
                continue
            names, i = self.name_after(chunks, i)
            if names:
                surname = _title_surname(chunks, names, i)
                if surname is not None:  # "Larry King and Ed Schultz"
                    names = [*names, surname]
                    i += 1
                self.read_name(names, line)
            else:
                i += 1

    def person_follows(self, chunks: list[Chunk]) -> bool:
        """A run of two or more unknown words followed by a role or a reporting verb."""
        if len(chunks) < 2 or any(c[2] is not None for c in chunks):
            return False
        end = chunks[-1][1]
        if _person_after(self.text, end):
            return True
        bare = self.bare_name(chunks[0][0], tuple([c[3] for c in chunks]))
        return self.role_after(end, bare) is not None or (bare and self.aged(end))

    def read_organization(self, chunks: list[Chunk], line: int) -> bool:
        """A run ending in an organisation word ("Russian Defense Ministry") is one organisation,
        outside a headline (``line`` is a position on the line of the run)."""
        last = chunks[-1]
        if (
            last[2] is None
            and last[3] in ORG_HEADS
            and len(chunks) > 1
            and not self.in_headline(line)
        ):
            start = chunks[0][0]
            self.things.append((start, last[1], _ORGANIZATION, self.text[start : last[1]]))
            return True
        return False

    def name_after(self, chunks: list[Chunk], i: int) -> tuple[list[Chunk], int]:
        """Name tokens from chunk i on: unknown capitalised words, particles, Jr. and III."""
        first = j = i
        count = len(chunks)
        while j < count:
            _, _, kind, word = chunks[j]
            if kind is not None:
                break
            if word in NOT_NAMES and not (word in FIRST_NAMES and j == first):
                break
            if word in PARTICLES and j == first:
                break
            j += 1
        names = chunks[first:j]
        while names and names[-1][3] in PARTICLES:
            names.pop()
        return names, j

    def read_name(self, names: list[Chunk], line: int) -> None:
        """An unknown capitalised name: a person if some evidence says so, outside a headline
        (``line`` is a position on the line of the name), else deferred.

        The evidence is weighed first: most names give none, and are deferred without a
        test of their line.
        """
        if len(names) == 1:  # most names: one word, a person only with a role before it
            start, end, _, word = names[0]
            role = self.role_before(start)
            # As below: a word of one or two letters is no name, unless it is a suffix ("II").
            if (
                role
                and (len(word) > 2 or word in _NOT_REAL)
                and not self.in_headline(line)
                and not _no_surname(word)
                and not _body_after(self.text, end)
            ):
                self.add_person(names, role, ROLE_NOUNS.get(role.split()[-1]))
            else:
                self.deferred_words.append(names[0])
            return
        words = tuple([t[3] for t in names])
        if len(words) > 2 and words[0] not in FIRST_NAMES:
            split = _leading_role(words)
            if split and not self.in_headline(line):
                # "Government Spokesman Mirko Vasov": a capitalised role, then the name
                role = " ".join(words[:split])
                self.add_person(names[split:], role, ROLE_NOUNS.get(words[split - 1].lower()))
                return
        real = len(words)  # words other than particles and suffixes
        if not _NOT_REAL.isdisjoint(words):
            real = sum(1 for w in words if w not in PARTICLES and w not in NAME_SUFFIXES)
        start, end = names[0][0], names[-1][1]
        if real >= 2 and self.listed is not None and not self.in_headline(line):
            listed = self.listed_title(start, end)
            if listed is not None:  # "Sens. Ana Ruiz (D-Ohio) and| Kaine Tomas"
                self.add_person(names, listed, None)
                return
        gender: str | None
        if real >= 2 and (words[0] in FIRST_NAMES or _compound_first_name(words[0])):
            role = (
                self.role_before(start)
                or self.role_after(end, bare=True)
                or self.role_apposed_before(start, end)
            )
            gender = FIRST_NAMES.get(words[0].split("-", 1)[0])  # "Jean-Pierre": Jean's
        else:
            role = self.role_before(start) or (
                (
                    self.role_after(end, bare=self.bare_name(start, words))
                    or self.role_apposed_before(start, end)
                )
                if real >= 2
                else None
            )
            if role and not (real == 1 and len(words[0]) < 3):
                gender = ROLE_NOUNS.get(role.split()[-1])
            elif real >= 2 and (
                _person_after(self.text, end) or (self.aged(end) and self.bare_name(start, words))
            ):
                role, gender = None, None
            else:
                if len(words) < 3 or not (
                    self.read_inner_name(names, words, line)
                    or self.read_portfolio_name(names, words, line)  # "Minister of Trade and|"
                ):
                    self.deferred.append(names)
                return
            if len(words) > 2 and self.read_portfolio_name(names, words, line):
                return  # "Secretary of| Homeland Security Michael Chertoff said": a portfolio
        if self.in_headline(line) and not (
            words[0] in FIRST_NAMES
            and len(words) <= 3
            and not any(w in NOT_NAMES or w in ORG_HEADS for w in words)
            and _speaks_in_headline(self.text, start, end)
        ):
            self.deferred.append(names)
        elif not (
            words[0] in _PORTFOLIO_WORDS
            and words[0] not in FIRST_NAMES
            and self.read_after_portfolio(names, words, line)
        ):  # "… Central Asian| Affairs Richard Ambler told": the portfolio's last word
            self.add_person(names, role, gender, words)

    def read_inner_name(
        self, names: list[Chunk], words: tuple[str, ...], line: int, office: bool = False
    ) -> bool:
        """A first name and a surname, with a middle name between them or none, that end
        the tail of a description cut at "of" or "for" (and "the"), outside a headline: "the
        director of| Harbor Studies Nadia Brandt", "Chairman of the| Harbor Trust Tomas
        Ruiz"; ``office`` when :meth:`office_before` has found
        the cut ("Minister of Trade and| Industry Karim Samir Vessa")."""
        # The name starts at the tail's first first name of a known gender (a unisex one
        # may be a surname: "Lee", "Chen"), two or three words before its end.
        given = next(
            (i for i in range(max(1, len(words) - 3), len(words) - 1) if FIRST_NAMES.get(words[i])),
            None,
        )
        if given is None and office:
            return self.read_after_portfolio(names, words, line)
        if given is None or any(
            word in FIRST_NAMES for word in words[max(0, given - 1) : given]
        ):  # "Mary Ann Lee" after no cut: one name, read above
            return False
        last = words[-1]
        middle = words[given + 1 : -1]  # a middle name is a first name or an initial too
        if middle and not (middle[0] in FIRST_NAMES or len(middle[0].rstrip(".")) == 1):
            return False  # "Resources" of "Marine Living Resources" is no surname
        if (
            not (office or self.text.endswith(_TAIL_CUTS, 0, names[0][0]))
            or not last.rsplit("-", 1)[-1].istitle()  # "Ruiz PAC", "Tomas III" (but
            # "al-Varesh")
            or any(word in NOT_NAMES or word in ORG_HEADS for word in words[given + 1 :])
            or len(words[given - 1].rstrip(".")) < 2  # an initial: "B. Ana Lee" is one name
            or self.in_headline(line)
        ):
            return False
        self.deferred.append(names[:given])
        self.add_person(names[given:], None, FIRST_NAMES[words[given]], words[given:])
        return True

    def read_after_portfolio(self, names: list[Chunk], words: tuple[str, ...], line: int) -> bool:
        """The name after the portfolio words of an office's tail (``portfolio_words.txt``),
        whatever its first name: "Minister of State for Trade and| Industry Lee Wen Kiat"."""
        given = 0
        while given < len(words) and words[given] in _PORTFOLIO_WORDS:
            given += 1
        name = words[given:]
        if (
            not given
            or words[given - 1] in _PORTFOLIO_MODIFIERS  # "National| Nurses United": no portfolio
            or not 2 <= len(name) <= 4
            or not all(
                word[:1].isupper() and word.rstrip(".").replace("-", "").isalpha() for word in name
            )  # "Richard A. Ambler"
            or any(
                word in NOT_NAMES or word in ORG_HEADS or word in _PORTFOLIO_WORDS for word in name
            )
            or self.in_headline(line)
        ):
            return False
        self.deferred.append(names[:given])
        self.add_person(names[given:], None, FIRST_NAMES.get(name[0]), name)
        return True

    def read_portfolio_name(self, names: list[Chunk], words: tuple[str, ...], line: int) -> bool:
        """A first name and a surname after an office's portfolio (:meth:`office_before`):
        "Minister of Foreign Affairs and| Trade Simon Upton"."""
        return self.office_before(names[0][0]) and self.read_inner_name(
            names, words, line, office=True
        )

    def office_before(self, start: int) -> bool:
        """Tell whether an office's "of" or "for", or the "and" of its portfolio, ends right
        before ``start``: "Secretary of| …", "Deputy Minister for| …", "the director of|
        …", "Minister of Foreign Affairs and| …"; not "the case of| …"."""
        text = self.text
        if not text.endswith(("of ", "for ", "and "), 0, start):
            return False
        words = text[max(0, start - 80) : start].replace(",", " ").split()[-10:]
        if len(words) > 1 and words[-1] != "and" and words[-2].lower() in ROLE_NOUNS:
            return True  # "the director of| …"
        office = False  # an "of" or "for" passed: the words after it are a portfolio
        for word in reversed(words):  # a title among the capitalised words: "Under
            # Secretary of State for| …", "Under-Secretary of| …", "Minister of Trade and| …"
            if word in ("of", "for"):
                office = True
                continue
            if is_title_word(word.rsplit("-", 1)[-1]):
                return office
            if not word[0].isupper() and word not in ("and", "the"):
                return False
        return False

    def role_before(self, start: int) -> str | None:
        """A role noun right before a name, with its modifiers: "longtime Democratic pollster"."""
        text = self.text
        # A space, and before it the last three letters of a role noun: one set lookup tells
        # most words before a name.
        if (
            start < 4
            or text[start - 1] not in " \xa0"
            or text[start - 4 : start - 1] not in _ROLE_ENDINGS
        ):
            return None
        # The word before, looked for within a role noun's length: a cheap test before the pattern.
        low = max(0, start - 1 - _LONGEST_ROLE_NOUN - 1)
        space = max(text.rfind(" ", low, start - 1), text.rfind("\n", low, start - 1))
        if space < 0 and low > 0:
            return None
        if text[space + 1 : start - 1] not in ROLE_NOUNS:
            return None
        # That word is what _WORD_BEFORE matches before the name: a role noun is letters,
        # and a line break, a space or the start of the text is before it.
        role_start = pos = space + 1
        for _ in range(4):
            prev = _WORD_BEFORE.match(self.text, 0, pos)
            if prev is None:
                break
            word = prev.group("word")
            if word.lower() in ROLE_MODIFIERS or (
                word[0].isupper()
                and (
                    not _at_sentence_start(self.text, prev.start("word"))
                    or _capitalised_anywhere(word)  # "Democratic nominee Ana Ruiz …"
                )
                and word not in _NOT_ROLE_WORDS
            ):
                role_start = pos = prev.start("word")
            else:
                break
        return self.text[role_start : start - 1]

    def role_after(self, end: int, bare: bool = False) -> str | None:
        """A role in apposition after a name: ", a senior economist at the bank" -> the role;
        also, if ``bare``, a role without an article, as wire copy writes it: ", president
        of the union"."""
        if not self.text.startswith(",", end):  # what the pattern needs first, tested cheaply
            return None
        age = _AGE.match(self.text, end)
        if age is not None:  # "Ana Ruiz, 33|, a teacher": the role after the age
            end = age.end() - 1
        m = _APPOSITION.match(self.text, end)
        if m is None:
            m = _BARE_APPOSITION.match(self.text, end) if bare else None
            if m is None:
                return None
        else:
            bare = False
        pos = m.end()
        for k, word in enumerate(_APPOSITION_WORD.finditer(self.text, m.end(), m.end() + 80)):
            if word.group() in _APPOSITION_STOPS or self.text[pos : word.start()].strip(" \xa0"):
                return None  # a stop word, or a mark between words: "mogul. Hillary"
            head = word.group()
            if head not in ROLE_NOUNS:  # "co-founder", "front-runner": role nouns whole
                head = head.split("-", 1)[0]  # "president-designate"
            if head in ROLE_NOUNS or (bare and is_title_word(head.capitalize())):
                if (
                    m.group().rstrip(" \xa0").endswith("the")
                    and _VERB_NEXT.match(self.text, word.end())
                    and not _CLOSES.match(self.text, word.end())
                ):  # "After meeting Ana Ruiz, the mayor said …": a new subject and its verb
                    return None  # (but "Ana Ruiz, the mayor elected in May, said" is a role,
                    # and so is "Ana Ruiz, a resident said", its closing comma left out)
                end = word.end()
                for _ in range(2):  # role nouns before another: "head| coach", "deputy| general|
                    nxt = _NEXT_WORD.match(self.text, end)  # secretary"
                    if nxt is None or nxt.group(1) not in ROLE_NOUNS:
                        break
                    end = nxt.end()
                return self.text[m.end() : end]
            if bare and (k >= 2 or head in _BARE_STOPS or head.endswith(("ed", "ing"))):
                return None  # a bare role is a few modifiers and its noun ("political party
                # expert"), not a verb and its object (", briefed the president")
            pos = word.end()
        return None

    def role_apposed_before(self, start: int, end: int) -> str | None:
        """A role a name is in apposition to, before it and its commas: "the UN envoy to
        Harbor, |Tomas Vell|," -> "UN envoy to Harbor".

        The role is the noun phrase that ends at the comma and opens with a determiner,
        the nearest whose head, before any "of", "to", "for", "at", "in" or "as", is a role
        noun ("… and asked |the regional governor|, Ana Ruiz,"); not one that ends
        with an organisation's noun ("the party's newspaper, |Harbor Times,").
        """
        text = self.text
        if not (text.endswith(", ", 0, start) and text.startswith(",", end)):
            return None  # the cheap test first: most names are not between commas
        window = text[max(0, start - 90) : start - 2]
        cut = max(window.rfind(mark) for mark in _PHRASE_ENDS)
        words = window[cut + 1 :].split()
        if len(words) < 2 or words[-1] in ORGANIZATION_NOUNS:
            return None
        for i in range(len(words) - 2, -1, -1):  # the nearest opening first
            word = words[i]
            if word.endswith(_POSSESSIVES):
                first = i  # "Harbor's| deputy minister": the owner is part of the role
            elif word.lower() in _APPOSED_OPENINGS:
                first = i + 1  # "the| UN envoy": the determiner is not
            elif (
                word in _VERB_WORDS or (word.endswith("ed") and word.islower())
            ) and word not in ROLE_MODIFIERS:
                return None  # a verb between the role and the name: "… quoted| the …"
            else:
                continue
            head = next(
                (words[k - 1] for k in range(i + 2, len(words)) if words[k] in _HEAD_ENDS),
                words[-1],
            )
            if head.lower() in ROLE_NOUNS:
                return " ".join(words[first:])
        return None

    def aged(self, end: int) -> bool:
        """Tell whether an age in apposition follows a name ending at ``end``: ", 33, said",
        ", a 33-year-old teacher"."""
        return self.text.startswith(",", end) and (
            _AGE.match(self.text, end) is not None or _YEARS_OLD.match(self.text, end) is not None
        )

    def bare_name(self, start: int, words: tuple[str, ...]) -> bool:
        """Tell whether unknown capitalised words may be a name before a role without an
        article: none a word of bodies, events or places, and no "the" before them
        ("the Cold War, chief …", "Harbor Province, governor …")."""
        if any(w in ORG_HEADS or w in NOT_NAMES or w.lower() in EVENT_NOUNS for w in words):
            return False
        if LEXICON.get((words[-1],)) is not None:
            return False  # a last word the lexicon knows, a place's or a body's: "… Province"
        return not self.text.endswith(("the ", "The ", "’s ", "'s "), max(0, start - 4), start)

    def add_person(
        self,
        names: list[Chunk],
        role: str | None,
        gender: str | None,
        words: tuple[str, ...] | None = None,
    ) -> None:
        """A person named by ``names``, whose words are ``words`` when the caller has them."""
        if words is None:
            words = tuple([t[3] for t in names])
        if gender is None and words[0] in FIRST_NAMES:
            gender = FIRST_NAMES[words[0]]
        end = names[-1][1]
        last = words[-1]
        if last[-1].islower() and _describes_name(last, ("ed",)):  # the cheap test first
            # "Meles Zenawi-led government": the name ends before the hyphen
            cut = last.rfind("-")
            end -= len(last) - cut
            words = (*words[:-1], last[:cut])
            entry = LEXICON.get(words)
            if entry is not None and entry.kind is not _TITLE:  # "Al Qaeda-linked"
                kind = _ORGANIZATION if entry.kind is _ORGANIZATION else _PLACE
                self.things.append((names[0][0], end, kind, entry.name))
                return
        self.candidates.append(Candidate(names[0][0], end, words, role, gender))


LEXICON_GENDER: dict[str, str | None] = {
    entry.name: entry.gender for entry in LEXICON.values() if entry.kind is _TITLE
}
