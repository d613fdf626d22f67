"""Read a noun phrase backwards from a position: the subject before a cue.

Without a parser, a subject is read from the cue back, word by word:
auxiliaries and adverbs are skipped ("has also said"), an apposition between
commas is stepped over ("Smith, the former minister, said"), a relative
pronoun is the subject as written ("Smith, who said"), and the phrase stops
at a function word, a punctuation mark, or the determiner or possessive that
opens it. A run of capitalised words is a name with its titles ("Iranian
President Ebrahim Raisi"); a phrase headed by a common noun runs back to its
determiner ("the influential US daily", "Russia’s TASS news agency").

The readers work on the words of a window (:func:`~newscorpus.quotes.tokens.words`)
and find the offsets of the phrase they keep at the end.
"""

from __future__ import annotations

import functools

import regex

from newscorpus._data import read_rows
from newscorpus.lexicon import FIRST_NAMES, ROLE_NOUNS
from newscorpus.name_runs import PARTICLES
from newscorpus.quotes.appositions import (
    apposition,
    inside_apposition,
    is_mark,
    name_only,
    object_of,
    opening_parenthesis,
    title_opening,
    unnamed,
)
from newscorpus.quotes.cues import verb_lemma
from newscorpus.quotes.tokens import span_back, words
from newscorpus.quotes.vocabulary import (
    APOSTROPHES,
    APPROXIMATORS,
    BLANKS,
    COMPOUND_HEADS,
    CONNECTIVES,
    DETERMINERS,
    FINITE,
    FUNCTION,
    ING_NOUNS,
    IRREGULAR_PARTICIPLES,
    MAX_WORDS,
    MODIFIERS,
    NAME_JOINERS,
    NEVER_NOUN_VERBS,
    NUMBER_WORDS,
    OPENING_ADVERBS,
    ORGANIZATION_NOUNS,
    PLURAL_NOUNS,
    POINT_ADJECTIVES,
    POINT_NOUNS,
    POINT_POINTERS,
    POSTNOMINAL,
    PREPOSITIONS,
    PRONOUNS,
    QUANTITY_HEADS,
    RELATIVES,
    SUBJECT_PRONOUNS,
    TIME,
    WINDOW,
    abbreviation,
    ly_adverb,
    object_first_participle,
    verb_like,
)

# Abbreviated days and months ("Sun", "Jan", "Wed"): as written before a cue, with no
# period after them, they are names ("“…,” Sun said"). Each is the start of a longer time word.
_TIME_ABBREVIATIONS = frozenset(
    word
    for word in TIME
    if len(word) <= 5 and any(other != word and other.startswith(word) for other in TIME)
) - {"week", "month", "year"}

__all__ = ["antecedent", "noun_before", "plural_phrase", "subject_before"]

# Words that lead a time between a speaker and a verb: "on Tuesday", "this month", "just last
# week", "this past week", "less than two weeks ago", "a day later" (numbers too).
_TIME_LEADS = frozenset(
    (
        *("on", "in", "at", "this", "last", "next", "early", "late", "earlier", "later", "just"),
        *("past", "than", "less", "more", "about", "nearly", "almost", "only", "a", "an"),
    )
)

_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
"""A year, which is no quantity: "the nominee’s 1995 state tax return"."""

_CONTRACTED_BE = regex.compile(r"['’](?:s|re|m)\Z")
"""A contracted "is", "are" or "am" at the end of a word: "He’s", "they're"."""
_CONTRACTIONS = ("'s", "’s", "'re", "’re", "'m", "’m")  # the endings _CONTRACTED_BE matches

_ING = regex.compile(r"\p{L}++(?<=ing)\b")

_SAID_AFTER = regex.compile(
    r"(?:said|says|told|tells|added|adds|warned|warns)\b(?![\x20\t\xa0]++to\b)"
)
"""A verb of saying after a word in "'s", other than a passive's "said to": "Moody's| said",
"He's| said" (not "He's| said to be ill")."""
_HAS_PRONOUNS = frozenset(("he", "she"))  # whose "'s" before "said" is "has": "He's said"
"""A word ending in -ing: the cue of a progressive ("is telling")."""

_BE = frozenset(("is", "are", "was", "were", "be", "been", "being", "am"))
_PLURAL_DETERMINERS = frozenset(
    row[0] for row in read_rows("determiners.txt") if row[1] == "plural"
)
# Nouns in -ing, which head a subject after a determiner: "the ruling says".
# Quantities that stand alone as a subject: "many say", "nearly half say", "one in five say",
# and the singular ones that do: "another said", "each said", "one of them said".
_QUANTIFIERS = (
    (_PLURAL_DETERMINERS - {"these", "those"}) | QUANTITY_HEADS | {"another", "each", "one"}
)
# Approximators that are adverbs right before a verb ("almost said"); "over", "about" are
# prepositions there.
_VERB_APPROXIMATORS = frozenset(("almost", "nearly"))
_TIMES_COUNTERS = frozenset(("several", "many", "multiple", "numerous", "countless", "few"))
# Endings of nouns in -s that are no plurals: "news", "campus", "crisis", "politics".
_SINGULAR_ENDINGS = ("news", "ss", "us", "is", "ics")
# Determiners before a number: "the three provinces", "their two sons", "all four".
_COUNTED_BY = frozenset(
    ("the", "these", "those", "his", "her", "its", "their", "our", "my", "your", "all")
)
_PARTITIVE_PRONOUNS = frozenset(("them", "us", "you"))  # "most of them", "some of us"
_COORDINATED_PRONOUNS = frozenset(("he", "she", "i", "we", "they"))  # "he and his wife"
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "it", "us", "me"))  # "close to him"
_FLOATING = frozenset(("all", "both", "each"))  # "they all said", but "all said"
_PLURAL_PRONOUNS = frozenset(("they", "we", "i", "you", "who", "whom", "which", "that"))
# Marks right before a cue after which no subject can be found, however far back one reads.
_FINAL = frozenset("“”\"‘’'«»:;.!?(")
# The last letters of the subject pronouns, which are ASCII words: "he", "they", "it", "you".
_PRONOUN_ENDS = frozenset(p[-1] for p in SUBJECT_PRONOUNS) | frozenset(
    p[-1].upper() for p in SUBJECT_PRONOUNS
)
# Words that end a phrase read backwards: a determiner, a function word, a pronoun.
_STOPS = DETERMINERS | FUNCTION | SUBJECT_PRONOUNS
# Words that head no phrase but in the ways _phrase_before reads first.
_HEAD_WORDS = (
    SUBJECT_PRONOUNS
    | RELATIVES
    | {"that"}
    | DETERMINERS
    | _PARTITIVE_PRONOUNS
    | FUNCTION
    | PRONOUNS
)
_NEAR = 60  # characters read first before a cue: enough for most speakers

# A phrase found among the words of a window: its first and last word, and the
# characters to cut from its end ("He’s" -> "He").
_Found = tuple[int, int, int]


@functools.lru_cache(maxsize=4096)  # a pure function of one word, asked again and again
def _is_modifier(word: str) -> bool:
    low = word.lower()
    if low in MODIFIERS or low.endswith(("n't", "n’t")):
        return True
    return ly_adverb(word)


# Function words that head no phrase whatever words come before them, as _subject and
# _phrase_before read a word that ends the words before a cue: "to| say", "and| said",
# "in| saying". No wider window finds a subject before one either.
_NO_HEAD = frozenset(
    word
    for word in FUNCTION
    if word.islower()
    and not _is_modifier(word)  # the words a subject's verb chain steps over: "has", "not"
    and not word.endswith(_CONTRACTIONS)
    and word not in TIME
    and word not in POINT_NOUNS
    and word not in SUBJECT_PRONOUNS  # and the words _phrase_before reads as a phrase
    and word not in _OBJECT_PRONOUNS
    and word not in RELATIVES
    and word not in _PARTITIVE_PRONOUNS
    and word not in _QUANTIFIERS
    and word != "that"
)


def subject_before(
    text: str,
    lo: int,
    pos: int,
    plural: bool = False,
    relative: bool = True,
    coordinated: bool = True,
) -> tuple[int, int] | None:
    """Find the subject of a cue that starts at ``pos``: the speaker before it.

    Args:
        text: The text.
        lo: Where the search must stop (a sentence start or a quotation end).
        pos: Where the cue starts.
        plural: Whether the cue is a base form ("say"), which needs a plural
            subject unless an auxiliary comes first ("officials say", "he will say").
        relative: Whether a phrase found right after "who" may be read as the
            relative clause it is ("farmers who favor dams| agree"): then
            the subject is the noun before "who".
        coordinated: Whether a common noun phrase after "and" may take the subject
            before "and" with it ("Ana Ruiz and others said").

    Returns:
        The (start, end) of the speaker, or None (no subject, or a passive:
        in "he was told" the speaker is not "he").

    Example:
        >>> text = "Smith, the former minister, also said it."
        >>> start, end = subject_before(text, 0, text.index("said"))
        >>> text[start:end]
        'Smith'
    """
    near = max(lo, pos - _NEAR)
    pronoun = _pronoun_before(text, lo, near, pos)
    if pronoun is not None:  # "he said": what the windows below find, read directly
        return None if plural and not plural_phrase(text[pronoun[0] : pronoun[1]]) else pronoun
    start = near
    found_words = words(text, near, pos)
    found = _subject(text, start, pos, found_words, plural)
    if found is None and found_words and found_words[-1][0] in _FINAL:
        return None  # "…,” said", "…: said": no wider window finds a subject
    if found is None and found_words and found_words[-1] in _NO_HEAD:
        last = text.rfind(found_words[-1], near, pos)  # only white space comes after it
        if last > 0 and text[last - 1].isspace():
            return None  # "and said", "to say": a wider window ends with the same word
    if near > lo and (
        found is None
        or len(found_words) < 3
        or found[0] <= 1
        or (found_words[-1] == "," and found_words[found[0] - 1] == ",")
        # "…, of Dayton, Ohio, who …, said": an apposition chain may begin further back
        or found_words[found[0] - 1] == ")"  # "… in Europe (OSCE)| mission …, said"
    ):
        # the phrase may reach further back than the near window: read the whole window
        start = _word_start(text, lo, max(lo, pos - WINDOW))
        found_words = _wider(text, start, near, pos, found_words)
        found = _subject(text, start, pos, found_words, plural)
    if found is None:
        return None
    begin, end = span_back(text, start, pos, found_words, found[0], found[1])
    if relative and text[begin].islower() and not _opens_noun_phrase(text, begin, end):
        who = _WHO_BEFORE.search(text, max(lo, begin - 8), begin)
        if who is not None:  # "farmers who| favor dams agree": the verb and its object
            antecedent = subject_before(text, lo, who.start(), plural, relative=False)
            if antecedent is not None:
                return antecedent
    if (
        coordinated
        and text.endswith(" and ", 0, begin)
        and text[begin].islower()
        and text[begin:end].lower() not in SUBJECT_PRONOUNS  # as read directly above
    ):
        begin = _coordinated_subject(text, lo, begin)  # "Ana Ruiz and| others said"
    return begin, end - found[2]


_SUBJECT_OPENERS = CONNECTIVES | OPENING_ADVERBS  # one word before the subject
_OPENER_MAX_WORDS = 8  # words of an opening phrase before a comma: "At the same time,"
_PREFIX_REACH = 400  # characters that hold those words, and more


def _coordinated_subject(text: str, lo: int, begin: int) -> int:
    """Where a subject that opens with a common noun phrase after "and" starts: at the
    conjunct before "and" when the two open their clause ("Ana Ruiz and others said",
    "Clinton and the State Department have said"); else at ``begin``.

    The subject before "and" must stand where a clause starts: at ``lo``, after a
    connective ("But"), or after an opening phrase and its comma ("At the same time,").
    "Trump won Ohio and officials said" reports the officials only.
    """
    joint = begin - len(" and ")
    left = subject_before(text, lo, joint + 1, relative=False, coordinated=False)
    if left is None or left[1] != joint or text[left[0] : left[1]].lower() in RELATIVES:
        return begin
    # Only the last few words before it matter, read from a stretch of the unit that holds
    # them: a copy back to the start of a sentence that never ends was quadratic.
    prefix = text[max(lo, left[0] - _PREFIX_REACH) : left[0]].rstrip(" \t\xa0")
    if prefix[-1:] in _CLOSING_MARKS and prefix[-2:-1] in (",", "!", "?"):
        return left[0]  # "“…,” Edwards and others said": right after a quotation
    before = prefix.strip(" \t\n\xa0“\"‘'").rsplit(None, _OPENER_MAX_WORDS)
    if not before:
        return left[0]
    if len(before) == 1 and before[0].rstrip(",").lower() in _SUBJECT_OPENERS:
        return left[0]
    if (
        before[-1].endswith(",")
        and len(before) <= _OPENER_MAX_WORDS
        and (before[0].lower() in PREPOSITIONS or before[0].lower() in CONNECTIVES)
    ):
        return left[0]  # "At the same time, Sanders and his supporters argue"
    return begin


def _opens_noun_phrase(text: str, begin: int, end: int) -> bool:
    """Tell whether the phrase ``text[begin:end]`` opens with a pronoun or a determiner:
    the subject of a relative clause ("who he said"), not its verb ("who favor dams")."""
    first = text[begin:end].split(None, 1)[0].lower()
    return first in PRONOUNS or first in DETERMINERS or first in SUBJECT_PRONOUNS


_CLOSING_MARKS = frozenset(("”", "’", '"', "'", "»"))  # the tokens that close a quotation

_WHO_BEFORE = regex.compile(r"(?r)\bwho[\x20\t\xa0]++\Z")
"""A "who" right before a position (matched backwards from it)."""


_WORD_REACH = 40  # characters a window's start moves back to the start of the word it cuts


def _word_start(text: str, lo: int, start: int) -> int:
    """Where the word that a window starting at ``start`` cuts in two begins (not before
    ``lo``), or ``start``: "Dana Heff|ernan, a top operative …, said" read "ernan" as a
    speaker's name."""
    stop = max(lo, start - _WORD_REACH)
    while start > stop and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    return start


def _wider(text: str, lo: int, near: int, pos: int, near_words: list[str]) -> list[str]:
    """The words of ``text[lo:pos]``, given those of ``text[near:pos]``.

    Only what comes before the near window's first word after a space is read
    again: from there on both windows have the same words.
    """
    at = near
    for k, word in enumerate(near_words):
        at = text.find(word, at)
        if text[at - 1].isspace():
            return words(text, lo, at) + near_words[k:]
        at += len(word)
    return words(text, lo, pos)


def _pronoun_before(text: str, lo: int, near: int, pos: int) -> tuple[int, int] | None:
    """A subject pronoun that is the last word before ``pos``: "he| said".

    It is the last token of every window before ``pos`` that starts at or
    before it, after ``near``, when it is a word after a space or at ``lo``,
    where all windows start: :func:`_subject` returns it as is.
    """
    j = pos
    while j > near and text[j - 1] in BLANKS:
        j -= 1
    if j == pos or text[j - 1] not in _PRONOUN_ENDS:
        return None
    for size in (2, 3, 4, 1):  # "he", "she", "they", "I"
        start = j - size
        if (
            start >= near
            and (start == lo or text[start - 1].isspace())
            and text[start:j].lower() in SUBJECT_PRONOUNS
        ):
            return start, j
    return None


def _point_in_time(toks: list[str], i: int) -> int:
    """The index of the "at" of a point in time that ends at word ``i`` ("at one
    point", "at the same time"), or -1."""
    k = i - 1
    if k > 0 and toks[k].lower() in POINT_ADJECTIVES:
        k -= 1
    if k > 0 and toks[k].lower() in POINT_POINTERS and toks[k - 1].lower() == "at":
        return k - 1
    return -1


def _is_year(word: str) -> bool:
    """Tell whether a word is a year of the last two centuries: "2010", "1998"."""
    return len(word) == 4 and word.isdigit() and word.startswith(("19", "20"))


def _subject(text: str, lo: int, pos: int, toks: list[str], plural: bool) -> _Found | None:
    """The subject that ends the words ``toks`` of ``text[lo:pos]`` (see subject_before)."""
    i = len(toks) - 1
    timed = -1  # the last word of a time stepped over, if any
    while i >= 0:
        word = toks[i]
        if not word[0].isalnum():
            break
        word = word.lower()
        if (
            word in TIME
            and word not in DETERMINERS
            and not (toks[i][0].isupper() and word in _TIME_ABBREVIATIONS)  # "Sun said"
        ) or (
            _is_year(word) and i > 0 and (toks[i - 1].lower() in TIME or toks[i - 1] == "in")
        ):  # "Sanders on Tuesday said", "this month", "who in 2010 said", "in May 2010"
            timed = max(timed, i)
            i -= 1
            while i >= 0 and (
                toks[i].lower() in _TIME_LEADS
                or toks[i].isdigit()
                or toks[i].lower() in NUMBER_WORDS
            ):
                i -= 1
            continue
        if word in POINT_NOUNS and (at := _point_in_time(toks, i)) > 0:
            timed = max(timed, i)  # "Lund at one point said", "who at the time was"
            i = at - 1
            continue
        if toks[i] == "times" and i > 0 and _counts_times(toks[i - 1]):
            i -= 2  # "Lund four times rejected", "has several times said": how often
            continue
        if word in _VERB_APPROXIMATORS and i + 1 == len(toks):
            i -= 1  # right before the verb it is an adverb: "a passion that almost| suggested"
            continue
        if not _is_modifier(toks[i]):  # as written: "Beverly said" is no adverb
            break
        if toks[i][0].isupper() and i > 0 and toks[i - 1] in _CLOSING_MARKS:
            break  # "“…,” Will wrote": a name, not the auxiliary of "he will say"
        if word in _FLOATING and (i == 0 or not toks[i - 1][0].isalnum()):
            break  # "Both said": the quantifier is the subject; "they both said": "they" is
        if (
            word in _BE
            and _ING.match(text, pos) is None  # "is telling" is no passive
            and not text.startswith("quoted as", pos)  # nor "he was quoted as saying"
        ):
            return None  # a passive: "he was told", "it is said"
        if word in FINITE:
            plural = False  # "he will say", "she did not say"
        i -= 1
    if i < 0:
        return None
    word = toks[i]
    if timed > i > 0 and word.islower() and word.endswith("ed") and len(word) > 4:
        owner = _phrase_before(toks, i - 1, nested=True)  # "a document filed Thursday says"
        if owner is not None and toks[owner[0]].lower() in DETERMINERS:
            if text.startswith("to", pos):  # but before an infinitive's "to" the verb is the
                return owner[0], owner[1], 0  # clause's: "The administration| struggled on
                # Tuesday to explain"
            return owner[0], timed, 0
    if word.endswith(_CONTRACTIONS) and _ING.match(text, pos) is not None:
        contracted = _CONTRACTED_BE.search(word)
        if contracted is not None:  # "He’s claiming": "He" is the subject
            cut = len(contracted[0])
            return (i, i, cut) if len(word) > cut else None
    mark = word[0]
    while mark in "—―–-" and i > 0 and toks[i - 1][0] == mark:  # "--"
        i -= 1
    found: tuple[int, int] | None
    if mark in ",—―–-":  # an apposition: "Smith, the minister, said", "Pruett -- a CEO -- said"
        kept: tuple[int, int] | None = None  # the first phrase stepped over, if nothing is found
        named: tuple[int, int] | None = None  # the first apposition, when it is a name
        for _ in range(5):
            j = i - 1
            # a hyphen inside a comma's apposition joins words: "the D.C.-based institute"
            stops = ',;:(“”"—―–' if mark == "," else mark + ';:(“”"'
            while j >= 0 and i - j <= 40:
                if toks[j][0] in stops or (toks[j] == "'" and is_mark(toks, j)):
                    # "Voss, the author of “Quiet Waters,” a novel …, said": a title
                    opening = title_opening(toks, j) if is_mark(toks, j) else -1
                    if opening < 0:
                        break
                    j = opening
                elif toks[j][0] == ")":  # "Ruiz, head of X (a charity), said": step over it
                    opening = opening_parenthesis(toks, j)
                    if opening < 0:
                        break
                    j = opening
                j -= 1
            if j < 1 or toks[j][0] != mark or not apposition(toks, j + 1, i):
                break
            if (
                kept is None
                and named is None
                and (name_only(toks, j + 1, i) or _one_word_name(toks, j, i))
            ):
                named = (j + 1, i - 1)  # "One voter not on the list, Ana Ruiz, told"
            while j > 1 and toks[j - 1][0] == mark:  # "--"
                j -= 1
            found = _phrase_before(toks, j - 1)
            if found is not None and not inside_apposition(toks, found):
                if (
                    named is not None
                    and (kept is None or toks[kept[1]].lower() in ROLE_NOUNS)
                    and (unnamed(toks, found) or object_of(toks, found[0]))
                ):  # "a third, Ana Ruiz, said", "after winning Maine, Gov. Ana Ruiz, said";
                    # "CLAUSE, a spokeswoman, Ana Ruiz, said": a role, then the name
                    return named[0], named[1], 0  # the name
                return found[0], found[1], 0
            if kept is None:
                kept = found
            i = j
        kept = kept if kept is not None else named
        return None if kept is None else (kept[0], kept[1], 0)
    if mark == ")":  # a parenthesis: "Sen. Ted Cruz (R-TX) said"
        j = i - 1
        while j >= 0 and i - j <= 24 and toks[j][0] != "(":
            j -= 1
        if j < 1:
            return None
        found = _phrase_before(toks, j - 1)
        return None if found is None else (found[0], found[1], 0)
    word = toks[i]
    if word.endswith(("'s", "’s")) and word[:1].isupper() and _SAID_AFTER.match(text, pos):
        if word[:-2].lower() in _HAS_PRONOUNS:
            return i, i, 2  # "He's said": he has
        if word[:-2].lower() not in PRONOUNS:  # "Moody's said", "Standard & Poor's said"
            found = _phrase_before([*toks[:i], word[:-2]], i, head=True)
            return None if found is None else (found[0], found[1], 0)
    # before a base form ("say") an -s form is the plural noun of its subject: "advocates say";
    # so it is right before any verb, which follows no verb of its own: "reports| said"
    noun = (
        (plural or i == len(toks) - 1)
        and word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in FINITE  # "Iran needs| to clarify"
        and not (i > 0 and toks[i - 1].lower() in PREPOSITIONS)  # "came amid reports| that"
    )
    found = _phrase_before(toks, i, head=True, noun=noun)
    if found is None:
        return None
    if plural:
        begin, end = span_back(text, lo, pos, toks, found[0], found[1])
        if not plural_phrase(text[begin:end]):
            return None  # "the state", "a report": a noun, not a verb
    return found[0], found[1], 0


def _one_word_name(toks: list[str], comma: int, end: int) -> bool:
    """Tell whether one capitalised word stands between the comma at word ``comma`` and
    word ``end``, after a noun for a body or a person: "The country's largest bank,|
    Sberbank|," (not "the capital, Kabul,": a place)."""
    return (
        end == comma + 2
        and toks[comma + 1][:1].isupper()
        and toks[comma + 1].isalpha()
        and comma > 0
        and (toks[comma - 1] in ORGANIZATION_NOUNS or toks[comma - 1] in ROLE_NOUNS)
    )


def _counts_times(word: str) -> bool:
    """Tell whether a word before "times" counts them: "four", "10", "several"."""
    low = word.lower()
    return word.isdigit() or low in NUMBER_WORDS or low in _TIMES_COUNTERS


def _owned(toks: list[str], k: int) -> bool:
    """Tell whether word ``k`` is a determiner or a possessive, after which an -ing word is
    an adjective: "a| ranking official", "Myanmar's| ruling generals", "Reyes’| opening
    statement"."""
    word = toks[k]
    if word in APOSTROPHES:  # a plural possessive, its apostrophe a word of its own
        return k > 0 and toks[k - 1][-1:] in "sS" and toks[k - 1][:1].isupper()
    return word.lower() in DETERMINERS or word.endswith(("’s", "'s"))


def plural_phrase(phrase: str) -> bool:
    """Tell whether a noun phrase reads as plural: "officials", "police", "Smith and Jones"."""
    found = phrase.lower().split()
    if found[-1] in _PLURAL_DETERMINERS:
        return True  # "one in five", "two of the three"
    cut = next((n for n, w in enumerate(found) if n and w in PREPOSITIONS), len(found))
    found = found[:cut]  # the head comes before its modifiers: "supporters| in Congress"
    while len(found) > 1 and found[-1] in POSTNOMINAL:
        found = found[:-1]  # "sources close| to …", "people familiar| with …", "those surveyed"
    last = found[-1]
    if last in _PLURAL_PRONOUNS or last in PLURAL_NOUNS or last in QUANTITY_HEADS:
        return True  # "police", "half of voters", "a majority of Democrats"
    if "and" in found:
        return True
    if (last[:1].isdigit() and not _YEAR.fullmatch(last)) or last in _PLURAL_DETERMINERS:
        return True  # a quantifier: "eight of 10 voters", "many of them"
    return last.endswith("s") and not last.endswith(("’s", "'s", "ss"))


def _phrase_before(
    toks: list[str], k: int, nested: bool = False, head: bool = False, noun: bool = False
) -> tuple[int, int] | None:
    """The first and last word of the noun phrase that ends with word ``k``, or None.

    ``head`` lets a quantity stand as a whole phrase ("many", "one in five"),
    as it does right before a verb; ``noun`` says that word ``k`` is a noun even
    if it reads as a verb ("advocates| say").
    """
    if k < 0:
        return None
    first = toks[k][0]
    last = k  # the phrase's last word, kept when ``k`` steps back over an abbreviation's dot
    if first == "." and k > 0 and toks[k - 1][:1].isupper() and abbreviation(toks[k - 1]):
        k -= 1  # a name that ends with an abbreviation: "Robert L. Hale Jr.", "Acme Inc."
        first = toks[k][0]
    if not first.isalnum():
        if k > 0 and first == "%" and toks[k - 1][0].isdigit():
            j = k - 1  # "42%", "nearly 60%"
            if j > 0 and toks[j - 1].lower() in APPROXIMATORS:
                j -= 1
            return j, last
        if k > 0 and first == ")":  # "Sen. Ted Cruz (R-Texas)": the name before it
            j = k - 1
            while j > 0 and k - j <= 12 and toks[j][0] != "(":
                j -= 1
            k = j - 1 if toks[j][0] == "(" else -1
            last = k  # the name, without its parenthesis
        if k < 0 or not toks[k][0].isalnum():
            return None
        first = toks[k][0]
    word = toks[k]
    low = word.lower()
    if low in _HEAD_WORDS:  # a pronoun, a determiner or a function word: rarely a head
        if low in SUBJECT_PRONOUNS:
            return k, k
        if low in _OBJECT_PRONOUNS and not nested and k > 1 and toks[k - 1] in PREPOSITIONS:
            return _with_owner(toks, k, k)  # "a source close to him"
        if low in RELATIVES:  # "Smith, who said": the speaker as written; resolution finds Smith
            return k, k
        if low == "that" and k > 0 and toks[k - 1][0].isalnum():  # "a law that described"
            before = toks[k - 1].lower()
            return (k, k) if before not in FUNCTION and not verb_like(before) else None
        if nested and low in DETERMINERS:  # a quantifier: "eight| of 10 voters", "many| of them"
            return k, k
        if low in _PARTITIVE_PRONOUNS and k > 1 and toks[k - 1] == "of":
            # "most of them", "two of us": the quantity before "of" heads the phrase
            quantity = toks[k - 2].lower()
            if quantity in _QUANTIFIERS or quantity.isdigit():
                j = k - 2
                if j > 0 and toks[j - 1].lower() in APPROXIMATORS:
                    j -= 1
                return j, last
            return None
        counted = head and low in _QUANTIFIERS  # "one in five| say", "most| say"
        if (
            first.isupper()
            and k == len(toks) - 1
            and k > 0
            and toks[k - 1] in _CLOSING_MARKS
            and low not in SUBJECT_PRONOUNS
        ):
            return k, k  # "“…,” Will wrote", "“…,” May said": a name that is also a word
        if not counted and (low in FUNCTION or low in TIME or low in PRONOUNS):
            return None
        if low in DETERMINERS and not counted:
            return None
    elif low in TIME and not (first.isupper() and low in _TIME_ABBREVIATIONS):
        return None  # but "Sun said", "Jun said": an abbreviation has its period, a name not
    if low in POSTNOMINAL and k > 0 and toks[k - 1][0].isalnum():
        owner = _phrase_before(toks, k - 1, nested, head)  # "56 percent of voters polled"
        if owner is not None:
            return owner[0], last
    if word.islower() and (
        (low.endswith("ing") and not (low in ING_NOUNS and _after_determiner(toks, k)))
        or (
            verb_like(low)
            and not noun
            and not _after_determiner(toks, k)
            and not _after_noun(toks, k)
            and not _plural_after_preposition(toks, k)
        )
    ):
        return None  # a verb, not a noun: "began taking calls"; but "the reports say", "the ruling"
    if word.endswith(("’s", "'s")):
        return None  # a possessive before a noun cue: "Mrs. Clinton's remark"
    capital = first.isupper()
    j, count = k, 1
    while j > 0 and count < MAX_WORDS:
        prev = toks[j - 1]
        initial = prev[0]
        if not initial.isalnum():
            if initial == "." and j > 1 and abbreviation(toks[j - 2]):
                if toks[j - 2] == "A" and j > 2 and toks[j - 3][:1].isupper():
                    j -= 2  # a middle initial, no article: "Nadia A.| Brandt"
                    continue
                j -= 1  # "Mr." and initials inside a name, "the Nov. 8 election"
                continue
            if prev == "/" and j > 1 and toks[j][:1].isupper() and toks[j - 2][:1].isupper():
                j -= 2  # the names of a joint poll: "an NBC/Wall Street Journal poll"
                continue
            if (
                prev == ")"
                and j > 3
                and toks[j - 3] == "("
                and toks[j - 2].isupper()
                and toks[j - 4][:1].isupper()
            ):  # an organisation's acronym after its name: "the Organization for Security
                j -= 3  # and Cooperation in Europe (OSCE)| mission"
                continue
            if (
                prev in APOSTROPHES
                and j > 1
                and toks[j - 2][-1:] in "sS"
                and toks[j - 2][:1].isupper()
            ):
                j -= 2  # a plural possessive: "Dana Reyes’ campaign"
                capital = True
                continue
            break
        prev_low = prev.lower()
        if prev_low in _STOPS:
            if (
                prev_low == "and"
                and not capital
                and j > 1
                and toks[j - 2] in ROLE_NOUNS
                and low in ROLE_NOUNS
            ):  # two roles of one person: "the Ohio senator and presidential candidate"
                j -= 1
                continue
            if (
                prev_low == "and"
                and not capital
                and 1 < j < last
                and toks[j].islower()
                and (toks[j - 2].islower() or (j == 2 and toks[j - 2][1:].islower()))
                and toks[j - 2].lower() not in _STOPS
                and not verb_like(toks[j - 2].lower())
            ):  # coordinated modifiers: "current and former officials", "Current and …"
                # opening the sentence
                j -= 1
                continue
            if prev_low in DETERMINERS:
                # "the White House", but not "that Trump", nor "found that| 74 percent"
                if (not capital or prev_low == "the") and prev_low != "that":
                    j -= 1
                    if prev_low in NUMBER_WORDS and j > 0 and toks[j - 1].lower() in _COUNTED_BY:
                        j -= 1  # a number after its determiner: "the| three provinces"
                break
            if (
                prev_low in NAME_JOINERS
                and j > 1
                and toks[j][0].isupper()
                and toks[j - 2][0].isupper()
                and toks[j - 2].lower() not in DETERMINERS  # not "Many of| Burma's partners"
            ):
                j -= 1
                continue
            if capital and j > 1 and toks[j - 2] in _CLOSING_MARKS and prev in FIRST_NAMES:
                j -= 1  # "“…,” Will Orduna said": after a quotation a first name, not a modal
                continue
            break
        if capital and prev in PARTICLES and toks[j][:1].isupper():
            # the lower-case particles of names: "de", "van", "al", "de la"
            k = j - 1
            while k > 0 and toks[k - 1] in PARTICLES:
                k -= 1
            if k == 0 or not toks[k - 1][:1].isalnum():
                j = k  # a particle that opens a name: "de Vries said", "…, van Berg said"
                break
            if toks[k - 1][:1].isupper() and toks[k - 1].lower() not in DETERMINERS:
                j = k  # inside a name: "Jan| de |Witte Vos", "Maison| des |Enfants",
                continue  # "Ana| de la |Cruz"
        if capital and (not initial.isupper() or prev_low in OPENING_ADVERBS):
            break  # a name with its titles ends at a lower-case word, and after an adverb
            # that opens its sentence ("Later| MBC said", "Yesterday| Ana Ruiz said")
        if (
            prev.islower()
            and (verb_like(prev_low) or prev_low.endswith("ing"))
            and not (prev_low.endswith("ing") and j > 1 and _owned(toks, j - 2))
            and toks[j].lower() not in COMPOUND_HEADS.get(prev_low, ())
        ):
            break  # "began| taking calls"; but "a ranking| official", "its ruling| party",
            # "press| reports"
        if prev.endswith(("’s", "'s")):
            j -= 1
            # before a name's possessive only the name continues ("Hillary Clinton’s"); a
            # noun's takes its modifiers ("the former vice president’s spokeswoman")
            capital = prev[:1].isupper()
            continue
        j -= 1
        count += 1
    if j > 1 and toks[j - 1] == "and" and toks[j - 2].lower() in _COORDINATED_PRONOUNS:
        j -= 2  # "he and Mr. Allen", "she and another reporter"
    if toks[j] == "." and j < last:
        j += 1  # an abbreviation's dot whose word the phrase stopped before: "3 p.m.| Ruiz"
    if nested:
        return j, last
    return _with_owner(toks, j, last)


def _named_by_noun(toks: list[str], j: int) -> int:
    """Where a name at word ``j`` starts with the organisation's noun before it, when a
    preposition comes first: "a spokeswoman for| the aid agency |Oxfam"; else ``j``.

    The noun alone stays out of the speaker ("The newspaper |Il Faro| said"), but the
    preposition needs its object whole to find the phrase that owns it.
    """
    if j < 2 or not toks[j][:1].isupper() or toks[j - 1] not in ORGANIZATION_NOUNS:
        return j
    k = j - 2
    while k >= 0 and j - k <= 4 and toks[k].islower() and toks[k] not in FUNCTION:
        k -= 1  # modifiers of the noun: "aid", "state-run"
    if k >= 0 and toks[k].lower() in DETERMINERS:
        k -= 1
    if k < 0 or toks[k].lower() not in PREPOSITIONS:
        return j
    if k > 0 and toks[k].lower() == "to" and toks[k - 1].lower() == "according":
        return j  # "According to the agency X, …": a source of its own, owned by no one
    return k + 1


def _with_owner(toks: list[str], j: int, last: int) -> tuple[int, int] | None:
    """The phrase from word ``j`` to ``last`` with the noun phrases it is the object of.

    "a spokesman for| the ministry", "observers in Ohio and around| the country",
    "about| 42 percent": None when the phrase is the object of a preposition
    that no noun phrase owns.
    """
    if j > 1 and toks[j - 1] in ORGANIZATION_NOUNS:  # the cheap test first
        named = _named_by_noun(toks, j)
        if named != j:  # the name's owner, else the name: "a statement posted on the site X"
            return _with_owner(toks, named, last) or (j, last)
    for _ in range(4):  # "a spokesman for the ministry", "observers in Ohio and around the country"
        if j < 1 or not toks[j - 1][0].isalnum():
            break
        before = toks[j - 1].lower()
        amount = toks[j].lower()
        if before in APPROXIMATORS and (
            amount[:1].isdigit() or amount in _QUANTIFIERS or amount in NUMBER_WORDS
        ):
            j -= 1  # "about 42 percent of Democrats", "about one in five": no preposition
            continue
        if before not in PREPOSITIONS:
            break
        if (
            before == "to"
            and j == last
            and toks[j].isalpha()
            and toks[j].islower()
            and toks[j] not in _OBJECT_PRONOUNS  # "a source close to| him"
            and not (toks[j].endswith("s") and not toks[j].endswith(("ss", "us")))  # "speaking
            # to| reporters": a plural noun, not a verb's base form
        ):
            return None  # one word in lower case after "to" is an infinitive's verb: "calls
            # for a prosecutor to investigate| alleged …", "plans to organise| talks"
        if j < 2:
            return None  # the object of a preposition that opens the window
        i = j - 2
        agent = False  # whether a past participle and "by" follow the owner: "a plan backed by"
        if toks[i].lower() in ("and", "or"):
            i -= 1
        elif before == "of" and i > 0 and toks[i].lower() == "out":
            i -= 1  # a share: "four out of 10 voters"
        elif before == "by" and i > 0 and (participle := _agent_participle(toks, i)) <= i:
            agent = True  # "a plan backed| by", "an email sent out| by"
            i = participle - 1
        elif i > 0 and object_first_participle(toks[i], before):
            agent = True  # the same passive without its agent: "the men accused| of murder"
            i -= 1
        elif i > 0 and toks[i].islower() and len(toks[i]) > 5 and toks[i].endswith("ing"):
            i -= 1  # a participle: "an official speaking| to reporters"
        owner = _phrase_before(toks, i, nested=True)
        if owner is None or (
            agent  # "a memo seen by", "the general’s memo seen by"; not "Lund, backed by"
            and toks[owner[0]].lower() not in DETERMINERS
            and not toks[owner[0]].endswith(("’s", "'s"))
            and not _bare_plural(toks, owner)  # "economists polled by"
        ):
            return None  # the object of a preposition, not a subject
        j = owner[0]
    return j, last


def _bare_plural(toks: list[str], phrase: tuple[int, int]) -> bool:
    """Tell whether a phrase is a plural common noun with no determiner, a group described
    by a participle and its agent after it: "economists| polled by the bank"."""
    head = toks[phrase[1]]
    lower = head.islower() or (phrase[0] == phrase[1] == 0 and head[1:].islower())
    return lower and head.endswith("s") and not head.endswith("ss")


def _agent_participle(toks: list[str], i: int) -> int:
    """The index of the past participle that ends at word ``i`` before "by" (with its
    particle: "sent out"), or ``i + 1`` when there is none."""
    p = i - 1 if toks[i] in ("out", "up") and i > 1 else i
    word = toks[p]
    if word.islower() and (
        (word.endswith("ed") and len(word) > 5) or word in IRREGULAR_PARTICIPLES
    ):
        return p
    return i + 1


# Irregular pasts of verbs of saying and knowing, never nouns.
_PASTS_ONLY = frozenset(("said", "told", "wrote", "spoke", "swore", "knew", "heard"))


def _after_determiner(toks: list[str], k: int) -> bool:
    """Tell whether word ``k`` follows a determiner or a possessive, as a noun does.

    Up to two adjectives or names may come between a determiner and a noun that is
    also the base form of a verb: "the congressional report", "a new poll", "a GAO
    report"; not "the polls closed". A name's words count as one: "a New York Times
    report", "the House Intelligence Committee report".
    """
    word = toks[k]
    # a verb's -ed or -s form right after one (but "ss" ends a base form: "the official
    # press"), or a past that is no noun: "The defense ministry| said" is a clause
    reach = (
        1 if (word.endswith(("ed", "s")) and not word.endswith("ss")) or word in _PASTS_ONLY else 3
    )
    j = k
    while j > 0 and reach > 0 and k - j < MAX_WORDS:
        j -= 1
        prev = toks[j]
        if not prev[0].isalnum():
            return False
        if (
            reach > 1
            and j > 0
            and prev[0].isupper()
            and toks[j - 1][:1].isupper()
            and not prev.endswith(("’s", "'s"))
        ):
            continue  # a word inside a name: the name is one modifier
        reach -= 1
        low = prev.lower()
        if (low in DETERMINERS and low != "that") or prev.endswith(("’s", "'s")):
            return True
        if (
            # a plural noun, not an adjective: "the polls| closed"; but "a news| report",
            # "the campus| poll", "a crisis| report", "a politics| blog" are singular
            (low.endswith("s") and not low.endswith(_SINGULAR_ENDINGS))
            or low in FUNCTION
            or low in PRONOUNS
            or verb_like(low)
        ):
            return False
    return False


def _plural_after_preposition(toks: list[str], k: int) -> bool:
    """Tell whether a word in -s at ``k``, the last before the verb, is a plural noun after
    "of" or "by" ("an analysis of| reports shows", "a review by| auditors found"), not a
    verb."""
    word = toks[k]
    return (
        0 < k == len(toks) - 1  # the subject's head, right before its verb
        and word.endswith("s")
        and not word.endswith("ss")
        and toks[k - 1] in ("of", "by")  # not "amid reports that …", "plans to reports"
    )


def _after_noun(toks: list[str], k: int) -> bool:
    """Tell whether a plural at word ``k`` ends a compound noun: "voting rights advocates"."""
    word = toks[k].lower()
    if k < 1 or not word.endswith("s") or word.endswith("ss") or not toks[k - 1][0].isalnum():
        return False
    prev = toks[k - 1]
    low = prev.lower()
    if low in FUNCTION or low in PRONOUNS or low in TIME or low in DETERMINERS:
        return False
    if verb_lemma(word) in NEVER_NOUN_VERBS:
        return False  # "Okafor| says", "Lund| warns": a verb, no compound noun
    if word in COMPOUND_HEADS.get(low, ()):
        return True  # "press reports": a verb's base form that opens a compound noun
    return prev[0].isupper() or not (verb_like(low) or low.endswith("ly"))


def noun_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """Find the noun phrase that ends right before ``pos``, with no phrase joined to it.

    Example:
        >>> text = "footage of Trump saying"
        >>> start, end = noun_before(text, 0, text.index("saying"))
        >>> text[start:end]
        'Trump'
    """
    start = max(lo, pos - _NEAR)
    found_words = words(text, start, pos)
    last = len(found_words) - 1
    while last >= 0 and found_words[last].islower() and ly_adverb(found_words[last]):
        last -= 1  # "- essentially| conceding": the participle's adverb, not a noun
    found = _phrase_before(found_words, last, nested=True)
    return None if found is None else span_back(text, start, pos, found_words, *found)


def antecedent(text: str, lo: int, pos: int, owner: bool = False) -> tuple[int, int] | None:
    """Find what a relative pronoun at ``pos`` refers to: "Smith" in "Smith, who said".

    Args:
        text: The text.
        lo: Where the search must stop.
        pos: Where the relative pronoun starts.
        owner: Whether a noun phrase after a comma extends to the phrase that owns it
            ("the director of| the trust, who"), as a person's "who" may need.

    Returns:
        The (start, end) of the noun phrase before it, or None.

    Example:
        >>> text = "Barkley, who said so"
        >>> start, end = antecedent(text, 0, text.index("who"))
        >>> text[start:end]
        'Barkley'
    """
    start = _word_start(text, lo, max(lo, pos - WINDOW))
    toks = words(text, start, pos)
    k = len(toks) - 1
    if k >= 0 and toks[k][0] == ",":
        k -= 1
    if k >= 1 and toks[k].lower() in PREPOSITIONS:  # "many of whom"
        k -= 1
    found = _phrase_before(toks, k, nested=k < len(toks) - 1 and not owner)
    if found is None or (found[0] == found[1] and toks[found[0]].lower() in RELATIVES):
        return None
    return span_back(text, start, pos, toks, *found)
