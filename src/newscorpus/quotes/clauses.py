"""Where reported content begins around a cue, and where an object ends.

After a cue, the reported clause starts past the listener ("told
reporters"), times ("on Tuesday") and "that"; without "that" the words must
read as a clause (a subject pronoun, or a finite verb within a few words).
Where the clause ends is :mod:`newscorpus.quotes.boundaries`' work.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.quotes.boundaries import MAX_CONTENT, content_end, trim
from newscorpus.quotes.cues import QUOTE_LEMMAS, verb_lemma
from newscorpus.quotes.tokens import start_of, words
from newscorpus.quotes.vocabulary import (
    APOSTROPHES,
    APPROXIMATORS,
    FINITE,
    FUNCTION,
    FUNCTION_CLASSES,
    IRREGULAR_PARTICIPLES,
    MONTHS,
    NUMBER_WORDS,
    PREPOSITIONS,
    QUANTITY_HEADS,
    RELATIVES,
    TELL,
    TIME,
    WEEKDAYS,
    is_title,
    ly_adverb,
)

if TYPE_CHECKING:
    from newscorpus.quotes.context import Context

__all__ = [
    "CLAUSE_REACH",
    "QUESTION_WORDS",
    "adjunct_only",
    "clause_after",
    "ends_attribution",
    "has_verb",
    "object_end",
    "skip_times",
]

CLAUSE_REACH = 100  # characters after a cue whose words clause_after reads

_TIME = TIME
_ADJUNCTS = frozenset(
    row[0] for row in read_rows("function_words.txt") if row[1] in ("preposition", "subordinator")
)
_CONTRACTION = regex.compile(r"['’]\p{L}++\Z")
"""The contracted verb of a pronoun: "she’ll", "it's"."""
_CLAUSE_VERBS = frozenset(read_lines("clause_verbs.txt"))
# The words a title leaves in lower case: "Face the Nation", "Morning Table".
_CUE_ADVERBS = frozenset(read_lines("cue_adverbs.txt"))
# The nouns that end a cue phrase ("said in a statement", "at a news conference"): a past
# participle after one describes the noun ("a letter sent to supporters"), not the speech.
_CHANNEL_NOUNS = frozenset(
    phrase.split()[-1].lower()
    for phrase in read_lines("cue_phrases.txt")
    if not phrase.lower().startswith("according")
)
# Subordinators: a pronoun right after one opens an adverbial clause ("after she left").
_SUBORDINATORS = frozenset(w for w, c in FUNCTION_CLASSES.items() if c == "subordinator") - {"that"}
# Subordinators that open an adverbial clause only, never a reported one: a "that" later
# in it ("when asked about claims that …") belongs to that clause, not to the cue.
_COORDINATORS = frozenset(("and", "but", "or"))
_RELATIVE_PRONOUNS = RELATIVES | {"whose"}
_PURE_SUBORDINATORS = frozenset(
    ("when", "whenever", "while", "whereas", "although", "though", "because", "unless")
)
# Subordinators whose clause, alone before "…, X said", is an adverbial of the attribution
# ("As the vote got under way, voters weighed in"): not "if" and "unless", whose conditions
# are said ("If it fails it will cost jobs, he said", often without a comma in wire copy),
# nor "after", "before", "since" and "until", prepositions too ("After the ceremony the
# troops were due to leave").
_ADVERBIAL_CLAUSE_OPENERS = (_PURE_SUBORDINATORS - {"unless"}) | {"as"}
# Words after which an adverb right after a cue is the cue's, not the clause's: "said
# quietly| as …", "said firmly| that …".
_AFTER_MANNER = _PURE_SUBORDINATORS | {"as", "that"}
_STOPS = frozenset(".,;!?")  # marks that end a clause after a cue's adverb
# Verbs of plain saying, which take no -ing form as an object.
_SAY = frozenset(("say", "tell", "add", "write"))
# Nouns and pronouns in -ing, which after a cue are its object: "said nothing".
_NOT_PARTICIPLES = frozenset(
    (
        "something",
        "nothing",
        "anything",
        "everything",
        "thing",
        "things",
        "morning",
        "evening",
        "meeting",
        "briefing",
        "hearing",
        "building",
        "wedding",
        "ring",
        "king",
    )
)

# The words that open an adjunct, which ends the object of a framing verb. Not "while"
# without a comma, which goes on with the charge more often than not ("accused her of
# lying while testifying", "criticized him for cutting jobs while claiming tax breaks").
_ADJUNCT_WORDS = (
    "because", "after", "before", "since", "despite", "although", "though", "amid",
    "following", "when",
)  # fmt: skip
_OBJECT_STOP = regex.compile(
    r"""
    , \s++ (?: which | who | where | when | as | after | before | because | while ) \b
    | (?<=\s) (?: """
    + " | ".join(_ADJUNCT_WORDS)
    + r""" ) \b      # a word of _ADJUNCT_WORDS, after a space: " while he …"
    """,
    regex.VERBOSE,
)
"""Where the object of a framing verb ends: a comma, or a word that opens an adjunct."""

# Past tenses that are base forms too: after "and" they may go on with an infinitive ("urged
# the rebels to stop the killing and let aid in").
_BASE_AS_PAST = frozenset(
    ("let", "put", "set", "cut", "hit", "quit", "cost", "hurt", "read", "shut")
)
_NEXT_CLAUSE = regex.compile(
    r"""
    (?: [\x20\xa0]++ (?: and | but ) [\x20\xa0]++ | ,[\x20\xa0]++ )
    (?: (?: \p{Lu} [\p{L}.'’\-]*+ [\x20\xa0]++ ){1,4}+        # a subject: "Ohio's Dana Reyes"
        (?<! ['’]s [\x20\xa0]++ )                             # not "Harbor City's| expected …"
        (?: \L<finite> | \p{Ll}{3,}ed )                        # and its verb: "withdrew"
      | (?<= (?: and | but ) [\x20\xa0]++ ) \L<second> )      # a second verb: "and has"
    \b
    """,
    regex.VERBOSE,
    finite=sorted(FINITE),
    second=sorted(FINITE - _BASE_AS_PAST),
)
"""A clause of its own after an object: "endorsed Lund| and Ohio's Dana Reyes withdrew",
"since she endorsed Mr. Lund this month|, Ms. Voss has been", "endorsed Ruiz| and has
…"."""

# The words that open a clause inside an object, whose subjects and verbs may be joined.
_CLAUSE_INSIDE = frozenset(
    ("that", "how", "why", "what", "whether", "if", "which", "who", "when", "where")
)
_JOINTS = re.compile(r"(?= and | but |, )")  # where _NEXT_CLAUSE may start (", and" twice)


def _next_clause(text: str, start: int, end: int, words: str) -> int:
    """Where a clause of its own begins after the object ``words`` (``text[start:end]``),
    or ``end`` (see _NEXT_CLAUSE)."""
    if not _CLAUSE_INSIDE.isdisjoint(words.replace(",", " ").split()):
        return end  # "a proposal that Spain and Britain should share …": joined inside
    for joint in _JOINTS.finditer(words):
        if _NEXT_CLAUSE.match(text, start + joint.start(), end) is not None:
            return start + joint.start()
    return end


_RESUMED = regex.compile(r"[^,;:.!?“”\"]*+,[\x20\t\xa0]++(?:of|as|for|with)[\x20\t\xa0]")
"""The rest of a relative clause inside an object, and the complement it resumes with."""

# The words that end a time after an object: days and parts of days, which may stand
# alone ("endorsed Cruz Tuesday"), and months and seasons, which follow "in", "last" …
# ("in late May", "last summer"; but "called for a march", "predicted a fall").
_DAY_ENDS = [
    *(day.lower() for day in WEEKDAYS),  # "monday"
    *("today", "yesterday", "tonight", "week", "month", "year"),
    *("morning", "afternoon", "evening", "night"),
]
_SEASON_ENDS = [
    *(month.lower() for month in MONTHS),  # "january"
    *("spring", "summer", "fall", "autumn", "winter"),
]
_TIME_ENDS = _DAY_ENDS + _SEASON_ENDS

_TRAILING_TIME = regex.compile(
    r"""
    [\x20\t\xa0]++
    (?: (?: (?: on | last | this | next | earlier | later ) [\x20\t\xa0]++ )?+ \L<days>
      | (?: in | last | this | next ) [\x20\t\xa0]++
        (?: (?: late | early | mid ) [\x20\t\xa0\-]++ )?+
        (?: \L<seasons> | (?: 1[89] | 20 ) \d\d ) )         # "in late May", "in 2015"
    [.]?+ \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
    days=_DAY_ENDS,
    seasons=_SEASON_ENDS,
)
"""A time that ends an object: "… on Tuesday", "… last week", "… in late May", "… in 2015"."""

# The words that end a time in _TRAILING_TIME, in lower case: only an object ending with
# one (or with a year) is searched for a time.
_TIME_WORDS = frozenset(_TIME_ENDS)

_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me", "you", "it"))
_SUBJECTS = frozenset(("he", "she", "they", "we", "i", "you", "it", "there", "this"))
# The subjects that name a speaker, which may open a clause after an adjunct ("after the
# vote he would …"); "it", "this", "there" and "you" rarely do.
_PERSONAL_SUBJECTS = _SUBJECTS - {"it", "this", "there", "you"}
# Words that open a reported question: "asked whether", "wondered why".
#: Words that open a reported question: "asked whom …", "would not say when …".
QUESTION_WORDS = frozenset(("if", "whether", "why", "how", "what", "when", "where", "who", "whom"))
_QUESTION_VERBS = frozenset(read_lines("question_verbs.txt"))
_INFINITIVE_VERBS = frozenset(read_lines("infinitive_verbs.txt"))
_DETERMINERS = frozenset(row[0] for row in read_rows("determiners.txt"))
_DASHES = frozenset("—–")  # the dashes around an aside
# Marks that are a token of their own and that no word list of the rules after a cue holds:
# one of them right after a cue ends what ends_attribution reads.
_PLAIN_MARKS = frozenset(".,;!?)")
# Quotation marks, which may enclose a title inside an adjunct: "on NBC's “Meet the Press”".
_TITLE_MARKS = frozenset("“”\"'‘’«»")
_TIME_PREPOSITIONS = frozenset(("on", "in", "at", "during", "after", "before", "over", "from"))
# After a cue, "that" and one of these verbs is a demonstrative subject ("said that is
# unlikely", "said that was a mistake"), not the conjunction, which a subject would follow.
_DEMONSTRATIVE_VERBS = frozenset(("is", "was", "would", "will", "could", "has", "had"))
# After a cue, "that" and one of these nouns, with no clause after them, is the cue's object:
# "feel that way", "said that much" (but "said that much of it was lost" reports a clause).
_DEMONSTRATIVE_OBJECTS = frozenset(("way", "much"))
# What may follow such an object: adverbs of the cue and reflexives ("feel that way too").
_AFTER_OBJECT = frozenset(
    ("too", "again", "now", "either", "anymore", "himself", "herself", "themselves", "itself")
)
# Words that modify a time after a cue: "just after midnight", "late last week".
_TIME_MODIFIERS = frozenset(("just", "shortly", "late", "early", "right", "soon", "only"))
# After a time preposition and one of these, a noun of time closes the time: "at the time".
_POINTERS = frozenset(("the", "that", "this"))
_TIME_NOUNS = _TIME | {"time", "moment", "day", "hour"}
# The words that may open a time for skip_times (a number may too): "on", "last", "Tuesday".
_TIME_OPENERS = _DETERMINERS | _TIME | _TIME_PREPOSITIONS | _TIME_MODIFIERS
_NEGATED = regex.compile(
    r"""
    (?: \bnot | \bnever | n['’]t ) [\x20\t\xa0]++   # the negation
    (?: \p{L}++ [\x20\t\xa0]++ ){0,2}?              # "not yet publicly"
    \p{L}++ \Z                                      # the cue
    """,
    regex.VERBOSE,
)
"""A negation before a cue: "has not said", "wouldn’t say", "never explained"."""


def clause_after(
    text: str, pos: int, hi: int, lemma: str, listener: bool = True
) -> tuple[int, str] | None:
    """Find where the reported clause after a cue begins.

    Args:
        text: The text.
        pos: Where the cue ends.
        hi: The end of the cue's unit.
        lemma: The cue verb's base form.
        listener: Whether a verb such as "told" takes its listener after it
            (not in the passive: "the pilot was told| the runway was closed").

    Returns:
        (offset, how) where how is ``"that"``, ``"colon"``, ``"comma"``,
        ``"to"`` or ``"bare"``; or None when no clause follows.

    Example:
        >>> text = "He told reporters on Tuesday that it was over."
        >>> start, how = clause_after(text, text.index("told") + 4, len(text), "tell")
        >>> text[start:], how
        ('it was over.', 'that')
    """
    toks = words(text, pos, min(hi, pos + CLAUSE_REACH))
    i = 0
    if toks and toks[0] in _DASHES:  # "said — on Twitter, as it happens — that …": an aside
        i = next((k + 1 for k in range(1, min(len(toks), 16)) if toks[k] in _DASHES), 0)
    if lemma in TELL and listener:
        heard = i
        i = _skip_listener(toks, i)
        if _listener_goes_on(toks, heard, i):
            return None  # "told Abbas and scores of other high-ranking| Palestinian officials."
    if i < len(toks) and (toks[i].lower() in _TIME_OPENERS or toks[i].isdigit()):
        timed = skip_times(toks, i)
        following = toks[timed] if timed < len(toks) else ""
        if timed == i or not (
            following == "of"
            or (following.islower() and _finite(following))
            or (following == "," and toks[i].lower() in _TIME_MODIFIERS)
        ):  # but "said each year of study pays", "said last week was": a subject; and
            i = timed  # "reported just today, the …": the clause opens with its time
    if i >= len(toks):
        return None
    if _manner_adverb(toks[i]):
        after = skip_times(toks, i + 1)  # wire copy's "said here Tuesday": a time after it
        if after == len(toks) or toks[after] in _STOPS:
            return None  # "said matter-of-factly.": the adverb ends the attribution
        if (
            toks[after] == ":"
            or (after > i + 1 and toks[after][:1].isalnum())  # "said here Sunday (that) …"
            or _adverb_opens(text, pos, toks, after)
        ):
            i = after  # the cue's adverb and its time
    first = toks[i]
    if first == ";":
        return None  # "…, he said; others disagreed": the semicolon ends the attribution
    low = first.lower()
    if low in APPROXIMATORS and _quantity(toks, i + 1):  # "said about half of them …"
        return start_of(text, pos, toks, i), "bare"
    if (
        i == 0
        and (first.endswith("ed") or first in IRREGULAR_PARTICIPLES)  # the cheap test first
        and lemma
        and _describes_channel(text, pos, first)
    ):  # "said in a letter sent to donors (that …)"
        return _that_ahead(text, pos, toks, i + 1)
    if first == ":":
        return (start_of(text, pos, toks, i + 1), "colon") if i + 1 < len(toks) else None
    if first == ",":
        for j in range(i + 2, min(len(toks) - 1, i + 8)):  # "said, twice, that …"
            if toks[j][0] == "," and toks[j + 1].lower() == "that":
                return _after_that(text, pos, toks, j + 1)
            if not toks[j][0].isalnum():
                break
        return (start_of(text, pos, toks, i + 1), "comma") if i + 1 < len(toks) else None
    if low == "that":
        following = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if (
            following in _DEMONSTRATIVE_VERBS or following.endswith(("n't", "n’t"))
        ) and lemma in _CLAUSE_VERBS:
            return start_of(text, pos, toks, i), "bare"  # "said that is unlikely": a subject
        if following in _DEMONSTRATIVE_OBJECTS:
            next_word = toks[i + 2].lower() if i + 2 < len(toks) else "."
            if (
                next_word in _AFTER_OBJECT
                or (next_word in PREPOSITIONS and next_word != "of")
                or not next_word[:1].isalnum()
            ):
                return None  # "feel that way about it": the cue's object, no clause
        if i == 0 and lemma and following[:1].isalpha() and _noun_after_that(toks, i + 1):
            # right after a verb "that" is no relative pronoun, which needs a noun before
            # it: "say that attacks like these make …" reports what follows it
            return start_of(text, pos, toks, i + 1), "that"
        return _after_that(text, pos, toks, i)
    if low in _COORDINATORS:
        return None  # "she said and hung up": another verb of the speaker's
    if (low == "to" or _negated_to(toks, i)) and lemma in _INFINITIVE_VERBS:
        return start_of(text, pos, toks, i), "to"  # "promised to cut taxes", "urged X not to"
    if low in QUESTION_WORDS and lemma in _QUESTION_VERBS:  # "asked whether …"
        return start_of(text, pos, toks, i), "bare"
    if low == "if" and lemma in _CLAUSE_VERBS and has_verb(text, pos, hi):
        return start_of(text, pos, toks, i), "bare"  # "says if he wins, he will …": a condition
    if low in _PURE_SUBORDINATORS and lemma in _CLAUSE_VERBS and _main_clause(toks, i + 1):
        return start_of(text, pos, toks, i), "bare"  # "said while the plan has flaws, it …"
    if (
        low in _ADJUNCTS or low in QUESTION_WORDS
    ):  # an adjunct: "in a letter that", but "as he welcomed" reports nothing
        if low not in QUESTION_WORDS:
            return _that_ahead(text, pos, toks, i + 1)
        ahead = _that_ahead(text, pos, toks, i)
        if ahead is not None and ahead[1] == "that":
            return ahead  # "said when he arrived that …"
        if low not in _ADJUNCTS or _NEGATED.search(text, max(0, pos - 40), pos):
            start = start_of(text, pos, toks, i)
            after = start_of(text, pos, toks, i + 1) if i + 1 < len(toks) else start + len(first)
            if has_verb(text, after, hi):  # "isn’t saying what it would cost", "has not said when"
                return start, "bare"
        return None
    bare = _CONTRACTION.sub("", low) if "'" in low or "’" in low else low  # "she’ll": "she"
    if bare in _SUBJECTS or first in "“\"‘'«":
        return start_of(text, pos, toks, i), "bare"
    if lemma == "add" and _counted(toks, i):
        return None  # "added 200,000 jobs", "added an estimated 132,000 positions": a count
    if lemma in _CLAUSE_VERBS and first[:1].isalnum():  # "said parents still want …"
        return start_of(text, pos, toks, i), "bare"
    for j in range(i + 1, min(len(toks), i + 9)):
        word = toks[j]
        if not word[:1].isalnum():
            break
        w = word.lower()
        if w == "that":  # "said in a statement Tuesday that"
            return _after_that(text, pos, toks, j)
        if _finite(word):
            return start_of(text, pos, toks, i), "bare"
        if w in _ADJUNCTS and w != "of":  # past a noun phrase: "maintains contacts with"
            break
    return None


def _counted(toks: list[str], i: int) -> bool:
    """Tell whether the words from ``toks[i]`` are a count with no verb of its own: "200,000
    jobs", "an estimated 132,000 positions" (after at most an article and two modifiers);
    not "three people were hurt", a clause."""
    for j in range(i, min(len(toks), i + 4)):
        word = toks[j]
        if word[:1].isdigit() or word.lower() in NUMBER_WORDS:
            # a verb as _finite reads one, but for its -s forms: those read "jobs" and
            # "positions" as verbs, the very nouns a count goes with
            return not any(
                w in FINITE or (w.endswith("ed") and len(w) > 3 and w.islower())
                for w in toks[j + 1 : j + 9]
            )
        if not (word.islower() and word.isascii()) or (j > i and word in FUNCTION):
            return False
    return False


def ends_attribution(text: str, pos: int, hi: int, lemma: str) -> bool:
    """Tell whether only adjuncts follow a cue that ends at ``pos``: it has no object of its own.

    After "“…,” she said" may come the end of the sentence, a comma (", adding
    …", ", an analyst"), a listener ("told reporters"), a time ("on Monday")
    or an adjunct ("as he left", "in a statement"); not an object or a clause
    ("she added the words …", "he said his plan …").

    Example:
        >>> text = "he told reporters on Monday, adding more"
        >>> ends_attribution(text, 7, len(text), "tell")
        True
        >>> ends_attribution("she added the words", 9, 19, "add")
        False
    """
    # Half the cues asked end their unit or stand before a comma ("…,” she said.", "…,”
    # he said, adding"): a mark first, which no listener, time or adverb opens, is told
    # without the window's words, as the rules below tell it.
    if text[pos : pos + 1] in _PLAIN_MARKS:
        return True
    toks = words(text, pos, min(hi, pos + 100))
    i = _skip_listener(toks, 0) if lemma in TELL else 0
    if i and _listener_goes_on(toks, 0, i):
        return True  # "“…,” Otte told Abbas and scores of other high-ranking| officials."
    i = skip_times(toks, i)
    while i < len(toks) and _manner_adverb(toks[i]):  # "said carefully", "said here Monday"
        i = skip_times(toks, i + 1)
    if i >= len(toks):
        return True
    first = toks[i]
    if not first[:1].isalnum():
        return first not in "“\"‘'«:"
    low = first.lower()
    if i == 0 and _describes_channel(text, pos, first):  # "“…,” she said in a letter sent …"
        return _that_ahead(text, pos, toks, i + 1) is None
    if low in _COORDINATORS or low in _RELATIVE_PRONOUNS:  # "“…,” she said and hung up",
        return True  # "“…,” said the man who built it": a relative clause of the speaker
    if lemma in _SAY and _participle(first):  # "he said introducing her"; not "suggested
        return True  # looking at …", whose -ing form is an object
    if low not in _ADJUNCTS or low == "that":
        return False
    if (
        low == "to"
        and (lemma in QUOTE_LEMMAS or lemma in _INFINITIVE_VERBS)
        and not (i > 0 and toks[i - 1].lower() == "according")  # "told X according to Y"
    ):
        # "who went on to work", "continued to rise", "urged voters to …": an infinitive
        return False  # of the cue's own, not the quotation's attribution
    if low in _PURE_SUBORDINATORS:  # "told reporters when asked about claims that …"
        return True
    return _that_ahead(text, pos, toks, i + 1) is None  # "told a crowd at X that …" reports


def _describes_channel(text: str, pos: int, word: str) -> bool:
    """Tell whether ``word`` is a past participle after the noun of a cue phrase that ends
    at ``pos``: "in a statement released Tuesday", "in an interview given to the BBC"."""
    if (
        not ((word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PARTICIPLES)
        or not word.islower()
    ):
        return False
    start = pos
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:pos].lower() in _CHANNEL_NOUNS


def _adverb_opens(text: str, pos: int, toks: list[str], i: int) -> bool:
    """Tell whether the word at ``i``, after an adverb of the cue, opens what the cue
    governs: "said quietly as the crowd left", "said firmly that …", "said again on
    Monday that …"; but "complained bitterly about the plan" keeps its topic."""
    low = toks[i].lower()
    if low in _AFTER_MANNER:
        return True
    if low not in _ADJUNCTS:
        return False
    ahead = _that_ahead(text, pos, toks, i + 1)
    return ahead is not None and ahead[1] == "that"


def _manner_adverb(word: str) -> bool:
    """Tell whether a word after a cue is an adverb: "carefully", "flatly", "here"."""
    return word in _CUE_ADVERBS or ly_adverb(word)


def _participle(word: str) -> bool:
    """Tell whether a word after a cue opens a participle clause: "introducing", "citing"."""
    return (
        len(word) > 5
        and word.endswith("ing")
        and word.islower()
        and word not in _NOT_PARTICIPLES
        and word not in _ADJUNCTS  # "during", "regarding" are prepositions
    )


def has_verb(text: str, start: int, hi: int, across_marks: bool = False) -> bool:
    """Tell whether a finite verb comes within the first words after ``start``, before
    any mark but a comma or a hyphen, or past such marks if ``across_marks`` ("the
    “Harbor Deal” was").

    Example:
        >>> has_verb("the plan failed.", 0, 16), has_verb("some of the miners.", 0, 19)
        (True, False)
    """
    for token in words(text, start, min(hi, start + 100))[:12]:
        if not token[:1].isalnum() and token not in ",-":
            if across_marks:
                continue
            return False
        if _finite(token):
            return True
    return False


# The words that open an adverbial before a sentence's subject: prepositions ("In an
# interview with …, ") and subordinators ("When reached by …, ").
_ADVERBIAL_OPENERS = PREPOSITIONS | _SUBORDINATORS
# Subordinators of time that are prepositions too ("after the rally", "after it ended"), and
# the words of degree before them ("not long after", "just before", "shortly after").
_TIME_CLAUSE_OPENERS = frozenset(("after", "before", "since", "until", "till", "once"))
_TIME_DEGREES = (_TIME_MODIFIERS - {"late", "early"}) | {
    "not", "long", "even", "immediately", "moments"
}  # fmt: skip
_TIME_SUBJECT_WORDS = 4  # words of the subject of a clause of time: "the appeals court"
_FIRST_WORD = regex.compile(r"[\x20\t\xa0]*+\K\p{L}++")
"""The first word of a stretch, after its spaces."""


def adjunct_only(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is one adverbial alone, with no main clause: a
    preposition, then neither a comma nor a finite verb, or an adverbial clause without a
    comma ("When reached by phone", "As the vote got under way", "Not long after the
    court refused to act": see :func:`_time_clause`).

    Such words before the comma of "…, X said" are the attribution's adjunct, not what
    was said: "In an interview with the paper in May, Ruiz said …", "When reached by
    phone, Ruiz had little to say". After a comma a clause may follow the adverbial
    ("In Maarib, a candidate died, police said"), whose verb the test of a finite verb
    may miss ("died", "aims"): such words are left to be content.

    Example:
        >>> text = "In an interview in May| When reached by phone| So the vote failed"
        >>> adjunct_only(text, 0, 22), adjunct_only(text, 24, 45), adjunct_only(text, 47, 65)
        (True, True, False)
    """
    first = _FIRST_WORD.match(text, start, end)
    if first is None:
        return False
    low = first[0].lower()
    if low not in _ADVERBIAL_OPENERS and low not in _TIME_DEGREES:
        return False  # most clauses: a subject first, told without reading the rest
    if text.find(",", start, end) >= 0:
        return False
    toks = words(text, start, min(end, start + MAX_CONTENT))
    if toks[0].lower() in _TIME_DEGREES:
        return _time_clause(toks)  # "Not long after the mayor posted it", "Just before …"
    if toks[0].lower() not in _ADVERBIAL_OPENERS:
        return False  # a word that the tokens read longer: "In-depth"
    if toks[0].lower() in _TIME_CLAUSE_OPENERS and _time_clause(toks):
        return True  # "After the court refused to act"
    if toks[0].lower() in _ADVERBIAL_CLAUSE_OPENERS:
        # "As caucusing got under way": a clause, but an adverbial one, unless a second
        # finite verb shows a main clause after it without a comma ("When the vote failed
        # the party would split", as wire copy writes it)
        return sum(1 for token in toks[1:] if token.islower() and _finite(token)) < 2
    reduced = toks[0].lower() in _SUBORDINATORS  # "When reached", "While declining"
    for i, token in enumerate(toks[1:], 1):
        if i == 1 and reduced and token.endswith(("ed", "ing")):
            continue
        if token.islower() and _finite(token):  # not "May" of "in May"
            return False
    return True


def _time_clause(toks: list[str]) -> bool:
    """Tell whether the tokens are one adverbial clause of time with no main clause: "After
    the court refused to act", "Not long after the mayor posted it", "Just before the flight
    took off".

    A degree ("not long", "just", "shortly") may come first; then "after", "before",
    "since", "until" or "once", a subject of a few words, and the clause's one finite
    verb. A longer stretch before the verb holds a main clause, which wire copy writes
    without a comma ("After the ceremony in Salem the soldiers were due to leave").
    """
    i = 0
    while i < len(toks) and toks[i].lower() in _TIME_DEGREES:
        i += 1
    if i >= len(toks) or toks[i].lower() not in _TIME_CLAUSE_OPENERS:
        return False
    verbs = [
        j
        for j in range(i + 1, len(toks))
        if toks[j].islower() and _finite(toks[j]) and toks[j - 1].lower() not in _DETERMINERS
    ]  # not an adjective in -ed after its determiner: "the famed quote"
    return len(verbs) == 1 and verbs[0] - i - 1 <= _TIME_SUBJECT_WORDS


@functools.lru_cache(maxsize=4096)  # a pure function of one word, asked again and again
def _finite(word: str) -> bool:
    """Tell whether a word reads as a finite verb: "could", "had", "provided", "demands"."""
    w = word.lower()
    if w in FINITE:
        return True
    if not word.islower():
        return False
    return (w.endswith("ed") and len(w) > 4) or (w.endswith("s") and verb_lemma(w) is not None)


def _main_clause(toks: list[str], i: int) -> bool:
    """Tell whether the adverbial clause that opens at word ``i`` ends at a comma before a
    main clause, a subject and its verb or a quotation: "while the plan has flaws, it
    will pass", "because he is popular, “he helps her”" (but not "when he arrived.")."""
    for j in range(i, min(len(toks) - 1, i + 20)):
        word = toks[j]
        if word == ",":
            following = toks[j + 1]
            if following in "“\"‘'":
                return True
            low = following.lower()
            if not (low in _SUBJECTS or low in _DETERMINERS or following[:1].isupper()):
                return False
            return any(_finite(w) for w in toks[j + 2 : j + 7] if w[:1].isalnum())
        if not word[:1].isalnum() and word not in ("-", "’", "'"):
            return False
    return False


def _that_ahead(text: str, lo: int, toks: list[str], i: int) -> tuple[int, str] | None:
    """The clause after an adjunct: "in a letter that …", "after the vote he would …".

    ``toks`` are the words of the window that starts at ``lo``.
    """
    title_end = -1  # the closing mark of a title in the adjunct, once found
    limit = i + 10  # words looked at, not counting a title's
    for j in range(i, len(toks)):
        if j >= limit:
            break
        word = toks[j]
        low = word.lower()
        if low == "that":
            return _after_that(text, lo, toks, j)
        if word == "," and j + 1 < len(toks) and toks[j + 1].lower() in _ASIDE_RELATIVES:
            # "said on CNN, where he is a paid contributor, that …": the relative clause
            # is an aside; the reported clause opens after the comma that closes it
            close = _aside_close(toks, j + 2)
            if close > 0 and toks[close + 1].lower() == "that":
                return _after_that(text, lo, toks, close + 1)
        if (
            j
            and (toks[j - 1] == "," or toks[j - 1] in _ADJUNCTS or j > i)
            and _participle(word)
            and (toks[j - 1] == "," or verb_lemma(word))
        ):  # "said at a rally, adding that …", "before adding that …", "at a news conference
            # announcing that …": the participle's clause; but "said before attending the
            return None  # meeting that …" is the cue's
        if low in _PERSONAL_SUBJECTS and j > i:
            if toks[j - 1].lower() in _SUBORDINATORS:
                return None  # "said … shortly after she called": an adverbial clause
            if (i and toks[i - 1].lower() in ("of", "about")) or "about" in toks[i:j]:
                # "said of a talk she had with him", "told AFP by phone about how he felt":
                return None  # the topic's relative clause or question, no clause of its own
            following = toks[j + 1] if j + 1 < len(toks) else ""
            if _finite(following) or _CONTRACTION.search(word):  # "… he would", "… she’d"
                return start_of(text, lo, toks, j), "bare"
            if (
                toks[j - 1] == ","
                and low in ("he", "she", "it")
                and following.islower()
                and following.endswith("s")
                and not following.endswith("ss")
            ):  # "says despite being an alumna, she plans to …": a verb in -s after it
                return start_of(text, lo, toks, j), "bare"
        if not word[:1].isalnum() and word != "," and j > title_end:
            if word in APOSTROPHES and toks[j - 1].endswith("s") and toks[j - 1][0].isalnum():
                continue  # a plural's possessive: "wrote to Sanders’| office that …"
            if word in _ELISIONS and toks[j + 1 : j + 2] and toks[j + 1][:1].isdigit():
                continue  # a year cut short, its mark typed either way: "said in ’08 that …"
            if word[:1] not in _TITLE_MARKS or j + 1 >= len(toks):
                return None
            title_end = _title_close(toks, j + 1)  # "said on ABC's “This Week” that …"
            if title_end < 0:
                return None
            limit += title_end - j + 1
    return None


# The marks that stand for a year's cut first digits: "’08", "'08", "‘08" (typed the wrong
# way round).
_ELISIONS = APOSTROPHES | {"‘"}

# Relative words that open an aside set off by commas inside an adjunct after a cue.
_ASIDE_RELATIVES = frozenset(("where", "which", "who", "when"))
_ASIDE_WORDS = 15  # words an aside may hold


def _aside_close(toks: list[str], i: int) -> int:
    """The index of the comma that closes an aside whose words start at ``i`` (a word
    follows it), or -1: no other mark may come first."""
    for k in range(i, min(len(toks) - 1, i + _ASIDE_WORDS)):
        if toks[k] == ",":
            return k
        if not toks[k][:1].isalnum() and toks[k] != "-" and toks[k] not in APOSTROPHES:
            return -1
    return -1


def _title_close(toks: list[str], i: int) -> int:
    """The index of the mark that closes a title opening at word ``i``, or -1 if the words
    from ``i`` are no title ("This Week" is one, "that Ford is" is not)."""
    while i < len(toks) and toks[i] in _TITLE_MARKS:  # the second "'" of "''"
        i += 1
    for k in range(i, min(len(toks), i + 8)):
        if toks[k][:1] in _TITLE_MARKS:
            if k == i or not is_title(toks[i:k]):
                return -1
            return k + 1 if k + 1 < len(toks) and toks[k + 1] in _TITLE_MARKS else k
    return -1


def _after_that(text: str, lo: int, toks: list[str], j: int) -> tuple[int, str] | None:
    """The clause after a "that" at word ``j``, unless it is a relative pronoun.

    A relative "that" is followed by its verb ("the meeting that was held"); a
    "that" opening a reported clause by its subject ("said that it was held").
    """
    if j + 1 >= len(toks):
        return None
    following = toks[j + 1]
    if following.islower() and _finite(following):
        after = toks[j + 2] if j + 2 < len(toks) else ""
        if following in FINITE or not following.endswith("s") or not _finite(after):
            return None
        # "said that talks had failed": a plural noun that is also a verb form, then a verb
    if following == "," and j + 2 < len(toks):
        return start_of(text, lo, toks, j + 2), "that"  # "said that, during the talks, …"
    return start_of(text, lo, toks, j + 1), "that"


_LISTENER_WORDS = 6  # the most words of a listener read before its name's end
# Words that open a clause or an infinitive after a listener: "told X that", "urged X to",
# "asked X if", "asked X why".
_CLAUSE_OPENERS = QUESTION_WORDS | {"that", "to"}


def _listener_goes_on(toks: list[str], heard: int, i: int) -> bool:
    """Tell whether the word limit of :func:`_skip_listener` cut a listener that opens at
    word ``heard`` short at word ``i``, with no verb after it: the words after are the
    listener's ("told Abbas and scores of other high-ranking| Palestinian officials."),
    not a clause ("told a closed meeting of the City Council| the plan was dead")."""
    if i - heard < _LISTENER_WORDS or i >= len(toks) or not toks[i][:1].isalnum():
        return False
    # no clause, infinitive or verb in the words read: "told the Movement (MRC) party that
    # he …", "urged the Palestinian and Israeli sides to …" go on to theirs
    return not any(word.lower() in _CLAUSE_OPENERS or _finite(word) for word in toks[i:])


def _negated_to(toks: list[str], i: int) -> bool:
    """Tell whether words ``i`` and ``i + 1`` are a negated infinitive's "not to", "never
    to", which the reported clause opens with ("urged Ruiz| not to close it")."""
    return toks[i] in ("not", "never") and i + 1 < len(toks) and toks[i + 1] == "to"


def _skip_listener(toks: list[str], i: int) -> int:
    """Step over the listener after a verb such as "told": "him", "reporters", "the BBC"."""
    if i >= len(toks):
        return i
    if toks[i].lower() in _OBJECT_PRONOUNS:
        return i + 1
    j = i
    possessive = False  # whether the listener has an owner: "CBS' Face the Nation"
    while j < len(toks) and j - i < _LISTENER_WORDS:
        word = toks[j]
        low = word.lower()
        if low.endswith(("'s", "’s")):
            possessive = True  # "told NBC's Meet the Press"
        if not word[:1].isalnum():
            if word == "." and j > i and len(toks[j - 1]) <= 3:
                j += 1
                continue
            if (
                word in "'’"
                and j > i
                and toks[j - 1][-1] in "sS"
                and j + 1 < len(toks)
                and toks[j + 1][0].isalnum()
            ):
                j += 1  # a plural possessive: "told CBS' correspondent", "Reuters' reporter"
                possessive = True
                continue
            if word in '“"':  # a programme's title: "told CBS's “Face the Nation”"
                close = next(
                    (k for k in range(j + 1, min(len(toks), j + 8)) if toks[k][0] in '”"'),
                    None,
                )
                if close is not None:
                    title = toks[j + 1 : close]
                    if title and title[-1] in (",", "."):
                        title = title[:-1]  # "told “Meet the Press.”"
                    if j > i or is_title(title):
                        j = close + 1
            break  # the listener ends with its title: "told “Morning Table,” adding"
        if low == "of" and j > i:  # "some of the miners", "members of Congress"
            j += 1
            if j < len(toks) and toks[j].lower() in _DETERMINERS:
                j += 1
            continue
        if low in _ADJUNCTS or low in QUESTION_WORDS or low == "to" or _negated_to(toks, j):
            break
        if low in _TIME and not (j > i and _capitalised_pair(toks, j)):
            break  # a time; but "told the Sunday Times": a paper's name
        if j > i and _CONTRACTION.sub("", low) in _SUBJECTS:
            break  # the clause's subject: "told reporters| he would run", "told CNN| she’s"
        if (
            j > i
            and low in _DETERMINERS
            and not (possessive and (_inside_title(toks, j) or _capitalised_pair(toks, j)))
            and toks[j - 1].lower() not in ("and", "or")  # "told Berg and other officials"
        ):
            break  # but "told CBS' Face the Nation", "told Friday's The Edge": a title goes on
        j += 1
    # A name the word limit cut is read to its end: "told a closed meeting of the
    # Lisbon City| Council"
    while (
        j - i >= _LISTENER_WORDS
        and j < len(toks)
        and toks[j][:1].isupper()
        and toks[j - 1][:1].isupper()
    ):
        j += 1
    return j


def _capitalised_pair(toks: list[str], j: int) -> bool:
    """Tell whether words ``j`` and ``j + 1`` are capitalised: "The Edge", "Sunday Times"."""
    return toks[j][:1].isupper() and j + 1 < len(toks) and toks[j + 1][:1].isupper()


def _inside_title(toks: list[str], j: int) -> bool:
    """Tell whether the small word ``j`` stands between two capitalised words: "Face the Nation"."""
    return (
        toks[j].islower()
        and toks[j - 1][:1].isupper()
        and j + 1 < len(toks)
        and toks[j + 1][:1].isupper()
    )


_POSSESSED_WORDS = 3  # words of the noun phrase after a time's possessive, at most


def skip_times(toks: list[str], i: int) -> int:
    """Step over times after a cue: "Tuesday", "on Monday", "last week", "in June 2012".

    It steps over nothing unless word ``i`` is a number or in :data:`_TIME_OPENERS`.
    """
    timed = False
    preposed = i < len(toks) and toks[i].lower() in PREPOSITIONS  # "in", "during" first
    while i < len(toks):
        low = toks[i].lower()
        if low in _TIME_MODIFIERS and i + 1 < len(toks):
            nxt = toks[i + 1].lower()
            if nxt in _TIME or nxt in _TIME_PREPOSITIONS:  # "just after midnight", "late last week"
                i += 1
                continue
        if (low.isdigit() or low in _DETERMINERS) and i + 1 < len(toks):
            unit = toks[i + 1].lower()
            # "several months after", "two weeks ago", "the day after" (not "Day", a name,
            # nor "described a day at home", an object)
            if unit in _TIME or (
                toks[i + 1] == "day"
                and i + 2 < len(toks)
                and toks[i + 2] in ("after", "before", "earlier", "later")
            ):
                i += 2
                timed = True
                continue
        if low in _TIME or (timed and (low.isdigit() or low == ".")):
            timed = low in _TIME or low.isdigit() or low == "."
            i += 1
        elif low[-2:] in ("'s", "’s") and low[:-2] in _TIME and timed and i + 1 < len(toks):
            # a time's possessive and its noun: "in Monday night's| address|"; after a
            # preposition, with the noun's modifiers: "during Saturday night's| Democratic
            # debate|" (but "said Monday night's vote| showed …": a clause's subject)
            i += 1
            last = min(len(toks), i + (_POSSESSED_WORDS if preposed else 1))
            while i < last and toks[i].isalpha() and toks[i].lower() not in FUNCTION:
                i += 1
            break
        elif low in _TIME_PREPOSITIONS and i + 1 < len(toks):
            nxt = toks[i + 1].lower()
            if nxt in _TIME:
                i += 2
                timed = True
            elif _pointed_time(toks, i + 1):  # "at the time", "at that moment", "on the day"
                i += 3
                timed = True
            else:
                break
        else:
            break
    return i


def _noun_after_that(toks: list[str], j: int) -> bool:
    """Tell whether word ``j``, right after "that", opens a noun phrase, not a verb.

    "that attacks like these": a plural noun, then a preposition; but "that makes sense".
    """
    word = toks[j].lower()
    if not _finite(word):
        return True
    after = toks[j + 1].lower() if j + 1 < len(toks) else ""
    return word.endswith("s") and word not in FINITE and (after in _ADJUNCTS or after == "like")


def _quantity(toks: list[str], j: int) -> bool:
    """Tell whether word ``j`` opens a quantity: "40", "half", "three", "a third"."""
    if j >= len(toks):
        return False
    low = toks[j].lower()
    if low == "a":  # "about a third", not "under a flat rate"
        return j + 1 < len(toks) and toks[j + 1].lower() in QUANTITY_HEADS
    return low[:1].isdigit() or low in NUMBER_WORDS or low in QUANTITY_HEADS


def _pointed_time(toks: list[str], i: int) -> bool:
    """Tell whether words ``i`` and ``i + 1`` are "the time", "that moment", "this week"...

    Not when a noun follows, for then the time word only modifies it: "at the
    February conference", "over the last quarter".
    """
    if i + 1 >= len(toks) or toks[i].lower() not in _POINTERS:
        return False
    if toks[i + 1].lower() not in _TIME_NOUNS:
        return False
    after = toks[i + 2] if i + 2 < len(toks) else ""
    return not after[:1].isalpha() or after.lower() in FUNCTION


def object_end(ctx: Context, start: int, hi: int) -> int:
    """Find where the object of a framing verb that begins at ``start`` ends.

    The object runs to the end of the clause, or to a relative or adverbial
    clause after it: "questioned Cruz's eligibility| because he was born in Canada".

    Args:
        ctx: The extraction context.
        start: Where the object begins.
        hi: The end of its unit.

    Returns:
        The end offset, trimmed of trailing space and punctuation.
    """
    end = content_end(ctx, start, hi)
    pos = start
    object_words = ctx.text[start:end]
    if " and " in object_words or ", " in object_words or " but " in object_words:
        joint = _next_clause(ctx.text, start, end, object_words)
        if joint < end and ctx.quotation_at(joint) is None:
            end = joint
            object_words = ctx.text[start:end]
    if "," not in object_words and not any(word in object_words for word in _ADJUNCT_WORDS):
        pos = end  # _OBJECT_STOP needs one of these: most objects have none
    while pos < end:
        stop = _OBJECT_STOP.search(ctx.text, pos, end)
        if stop is None:
            break
        inside = ctx.quotation_at(stop.start())
        if inside is None:
            resumed = _RESUMED.match(ctx.text, stop.end(), min(end, stop.end() + 120))
            if resumed is not None and stop[0].startswith(","):
                pos = resumed.end()  # "accused Cruz, who was born in Cuba, of lying"
                continue
            return trim(ctx.text, start, stop.start())
        pos = ctx.quotations[inside].end
    last = end - 1 if ctx.text[end - 1 : end] == "." else end
    space = ctx.text.rfind(" ", start, last)  # none in a one-word object: the word from start
    word = ctx.text[space + 1 if space >= 0 else start : last].lower().rsplit("-", 1)[-1]
    time = (  # the pattern is read only before a word that may end a time
        _TRAILING_TIME.search(ctx.text, max(start, end - 40), end)
        if word in _TIME_WORDS or (len(word) == 4 and word.isdigit())
        else None
    )
    if time is not None and time.start() > start and ctx.quotation_at(time.start()) is None:
        return trim(ctx.text, start, time.start())  # "endorsed Cruz| last week"
    return end
