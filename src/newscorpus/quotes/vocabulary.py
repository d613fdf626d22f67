"""The word classes that speakers and their phrases are read with.

Read from the data files once: function words by class, determiners,
pronouns, times, finite verbs, the words that modify a cue ("has also
said"), the particles that join the words of a name ("bin", "van"), and the
words of quantities ("about", "half", "three").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.lexicon import ORGANIZATION_NOUNS
from newscorpus.quotes.cues import verb_lemma

__all__ = [
    "APOSTROPHES",
    "APPROXIMATORS",
    "BLANKS",
    "COMPOUND_HEADS",
    "CONNECTIVES",
    "COUNTED_UNITS",
    "DAY_AFTER_CUE",
    "DETERMINERS",
    "FINITE",
    "FUNCTION",
    "FUNCTION_CLASSES",
    "ING_NOUNS",
    "IRREGULAR_PARTICIPLES",
    "KINSHIP_NOUNS",
    "MAX_WORDS",
    "MODALS",
    "MODIFIERS",
    "MONTHS",
    "NAME_JOINERS",
    "NAMING_COLON",
    "NEVER_NOUN_VERBS",
    "NUMBER_WORDS",
    "OBJECT_FIRST",
    "OPENING_ADVERBS",
    "ORGANIZATION_NOUNS",
    "PLURAL_NOUNS",
    "POINT_ADJECTIVES",
    "POINT_NOUNS",
    "POINT_POINTERS",
    "POSTNOMINAL",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUANTITY_HEADS",
    "RELATIVES",
    "SAYING_LEMMAS",
    "SENTENCE_OPENERS",
    "SEQUENCE_ADVERBS",
    "SOURCE_NOUNS",
    "SUBJECT_PRONOUNS",
    "SURVEY_NOUNS",
    "TELL",
    "TIME",
    "TITLE_MAX_WORDS",
    "WEEKDAYS",
    "WINDOW",
    "WORD_BEFORE",
    "abbreviation",
    "is_title",
    "is_title_inside",
    "ly_adverb",
    "object_first_participle",
    "verb_like",
]

MODIFIERS = frozenset(read_lines("cue_modifiers.txt"))
# A point in time after "at" and a pointer: "at one point", "at the time", "at that moment",
# "at a later stage". Without "at" these nouns are no time ("the point guard", "Times").
POINT_NOUNS = frozenset(("point", "time", "moment", "stage", "juncture"))
POINT_POINTERS = frozenset(("the", "that", "this", "one", "some", "a", "an", "any"))
POINT_ADJECTIVES = frozenset(("same", "later", "earlier", "early", "late", "final", "first"))
FUNCTION_CLASSES = {row[0]: row[1] for row in read_rows("function_words.txt")}
FUNCTION = frozenset(FUNCTION_CLASSES)
PREPOSITIONS = frozenset(w for w, c in FUNCTION_CLASSES.items() if c == "preposition")
DETERMINERS = frozenset(row[0] for row in read_rows("determiners.txt"))
TIME = frozenset(read_lines("time_words.txt"))
FINITE = frozenset(read_lines("finite_verbs.txt"))
#: Nouns in -ing that head a noun phrase after a determiner: "the ruling", "a filing".
ING_NOUNS = frozenset(read_lines("ing_nouns.txt"))
#: Kin and friends: "Lund's wife said" is not Lund speaking.
KINSHIP_NOUNS = frozenset(read_lines("kinship_nouns.txt"))
#: The spaces of a line: the characters of the patterns' ``[\x20\t\xa0]``.
BLANKS = frozenset(" \t\xa0")
#: Plural nouns without a final -s: "people", "police".
PLURAL_NOUNS = frozenset(read_lines("plural_nouns.txt"))
# Modals: the verb after one is no noun ("will| investigate"), and one between a subject
# and a verb after a comma makes that verb the main clause's, not an attribution's.
MODALS = frozenset(("would", "could", "should", "might", "may", "must", "can", "will", "shall"))
PRONOUNS = frozenset(row[0] for row in read_rows("pronouns.txt"))
SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you"))
RELATIVES = frozenset(("who", "whom", "which"))
# Framing verbs whose object comes before a preposition of theirs, and those prepositions:
# "accused Lund of lying", "blamed the attack on rebels" (see object_first_verbs.txt).
OBJECT_FIRST = {row[0]: frozenset(row[1:]) for row in read_rows("object_first_verbs.txt")}


def object_first_participle(word: str, preposition: str) -> bool:
    """Tell whether ``word`` is the past form of a verb whose object comes before
    ``preposition``, so that right before it the word is a passive participle:
    "the men accused| of the killing", "an attack blamed| on rebels".

    Example:
        >>> object_first_participle("accused", "of"), object_first_participle("called", "for")
        (True, False)
    """
    if not word.endswith("ed"):
        return False
    lemma = verb_lemma(word)
    return lemma is not None and preposition in OBJECT_FIRST.get(lemma, ())


# The apostrophes that tokens split off a word: a plural's possessive ("Sanders’").
APOSTROPHES = frozenset(("'", "’"))
# Verbs that take their listener after them: "told reporters", "informed the court".
TELL = frozenset(read_lines("tell_verbs.txt"))
# Connectives that may open a clause before its subject or its "according to": "But
# according to X, …", "But Ruiz and others said …".
CONNECTIVES = frozenset(
    ("and", "but", "yet", "so", "still", "now", "also", "indeed", "however", "meanwhile", "instead")
)
# Verbs of plain saying whose participle opens an attribution of its own after a comma,
# inside a closing mark or not: "said “it was strong,” adding that …".
SAYING_LEMMAS = frozenset(("say", "tell", "add", "write", "declare", "insist", "note", "argue"))
#: Adverbs that may open a sentence before its subject: "Later", "Yesterday", "Meanwhile".
OPENING_ADVERBS = frozenset(read_lines("opening_adverbs.txt"))
#: What may stand between a sentence's end and its first word: spaces, quotation marks
#: (the one closing the last sentence, one opening this one), a parenthesis.
SENTENCE_OPENERS = " \t\xa0“‘”’\"'(«»"
#: Adverbs between a conjunction and a verb that shares the subject before it: "and then
#: said", "but later added", "and also wrote".
SEQUENCE_ADVERBS = (
    *("also", "then", "later", "still", "even", "again", "never", "not", "now", "instead"),
    *("soon", "eventually", "first"),
)
_NOT_ADVERBS = frozenset(read_lines("not_adverbs.txt"))
# Words that join two capitalised words into one name: "bin", "van", "Department of Justice".
NAME_JOINERS = frozenset(read_lines("name_particles.txt")) | {"of", "for", "and", "&"}
_QUANTITY_CLASSES = {row[0]: row[1] for row in read_rows("quantities.txt")}
# Nouns of quantity ("half", "a majority") and the words that make a quantity approximate
# ("about 40", "nearly half").
QUANTITY_HEADS = frozenset(w for w, c in _QUANTITY_CLASSES.items() if c == "head")
APPROXIMATORS = frozenset(w for w, c in _QUANTITY_CLASSES.items() if c == "approximator")
# Cardinal numbers in words: "one in five", "about three".
NUMBER_WORDS = frozenset(row[0] for row in read_rows("dates_numbers.txt") if row[2] == "cardinal")
# Adjectives that follow the noun of a speaker phrase: "sources close to …", "those surveyed".
POSTNOMINAL = frozenset(read_lines("postnominal_adjectives.txt"))
IRREGULAR_PARTICIPLES = frozenset(read_lines("irregular_participles.txt"))  # "sent", "written"
NEVER_NOUN_VERBS = frozenset(read_lines("never_noun_verbs.txt"))  # "say", "tell", "warn"
# Units after a number that make it a sum or an amount: "added 0.4 percent", "by 30
# percent", "15 points".
COUNTED_UNITS = frozenset(read_lines("counted_units.txt"))
# The nouns after which a cue verb's base form opens a compound noun: "press| freedom".
COMPOUND_HEADS = {row[0]: frozenset(row[1:]) for row in read_rows("noun_compounds.txt")}
SURVEY_NOUNS = frozenset(read_lines("survey_nouns.txt"))  # "poll", "study"
# Documents and findings a source may be written as: "according to a report", "a poll".
SOURCE_NOUNS = frozenset(read_lines("source_nouns.txt")) | SURVEY_NOUNS
# The full names of the days and months, as written: "Monday", "January".
WEEKDAYS = tuple(row[1] for row in read_rows("dates_weekdays.txt"))
MONTHS = tuple(row[1] for row in read_rows("dates_months.txt"))

WORD_BEFORE = regex.compile(r"(?r)(\p{L}[\p{L}'’‘]*)[\x20\t\xa0]+\Z")
"""The word right before a position (matched backwards from it, with ``match``)."""

NAMING_COLON = regex.compile(
    r"(?r)\b(?:titled|entitled|headlined|headed|dubbed|named|labell?ed)[\x20\t\xa0]*+:[\x20\t\xa0]*+\Z"
)
"""A word that names what follows, before a colon: "a column titled: “My Love …”"."""

DAY_AFTER_CUE = regex.compile(
    r"""
    [\x20\t\xa0]++
    (?: (?: on | late | early | last ) [\x20\t\xa0]++ )?+ \L<days>
    (?: [\x20\t\xa0]++ (?: morning | afternoon | evening | night ) )?+
    (?= [\x20\t\xa0]++ \p{L} )
    """,
    regex.VERBOSE,
    days=(*WEEKDAYS, "Today", "Yesterday", "Tonight"),
)
"""A day right after a cue, before a word: "said on Tuesday| Tom Ruiz", "defended Saturday|
the board's right". Months are left out: "said May Lee" names May Lee."""

MAX_WORDS = 8  # words of a phrase
WINDOW = 160  # characters scanned on either side of a cue


@functools.lru_cache(maxsize=4096)  # a pure function of one word, asked again and again
def verb_like(word: str) -> bool:
    """Tell whether a lower-case word reads as a verb that ends a subject.

    Example:
        >>> verb_like("announced"), verb_like("minister")
        (True, False)
    """
    return word in FINITE or verb_lemma(word) is not None or (word.endswith("ed") and len(word) > 4)


def abbreviation(word: str) -> bool:
    """Tell whether a word can take a period inside a name: "Mr", "Sen", "J", "U.S".

    Example:
        >>> abbreviation("Sen"), abbreviation("Senator")
        (True, False)
    """
    return (word[:1].isupper() and len(word) <= 4 and word.isalpha()) or "." in word


def ly_adverb(word: str) -> bool:
    """Tell whether a word as written is an -ly adverb ("repeatedly"; not "Beverly", "family").

    Example:
        >>> ly_adverb("flatly"), ly_adverb("Beverly"), ly_adverb("rally")
        (True, False, False)
    """
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _NOT_ADVERBS


_TITLE_SMALL_WORDS = frozenset(read_lines("title_small_words.txt"))


TITLE_MAX_WORDS = 7  # the most words a title has


def is_title(words: Sequence[str]) -> bool:
    """Tell whether the words of a quotation read as a title, not as an utterance.

    ``words`` are the words inside the marks, without a final comma or period:
    all capitalised but for small words ("Face the Nation", "Morning Table").

    Example:
        >>> is_title(["Meet", "the", "Press"]), is_title(["No", "way"])
        (True, False)
    """
    return (
        0 < len(words) <= TITLE_MAX_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS or w == "," for w in words)
    )


def is_title_inside(inner: str) -> bool:
    """Tell whether the words inside a quotation's marks read as a title (see
    :func:`is_title`), a final comma or period left out.

    Example:
        >>> is_title_inside("Meet the Press,"), is_title_inside("No way, he said.")
        (True, False)
    """
    # A long quotation is split no further than one word past a title's most: that word
    # tells it is none.
    return is_title(inner.rstrip(",. ").split(None, TITLE_MAX_WORDS))
