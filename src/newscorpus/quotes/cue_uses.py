"""Which cue words are cues where they stand in a text.

A word of the cue lists is no cue when the text uses it otherwise: as a noun
("the report", "Trump’s claim", "rocket attacks on the port"), as a name or a
headline's word inside a sentence ("Edward Said"), in an idiom ("hard to
say"), for a sum ("the index added 0.4 percent") or for a request not to be
named ("who asked not to be identified").
"""

from __future__ import annotations

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.lexicon import LEXICON, EntryKind
from newscorpus.quotes.cues import Cue, CueKind
from newscorpus.quotes.vocabulary import (
    BLANKS,
    COMPOUND_HEADS,
    COUNTED_UNITS,
    FINITE,
    ING_NOUNS,
    NEVER_NOUN_VERBS,
    NUMBER_WORDS,
    PREPOSITIONS,
    QUANTITY_HEADS,
    SENTENCE_OPENERS,
    WEEKDAYS,
    WORD_BEFORE,
    verb_like,
)

__all__ = ["NOUN_DETERMINERS", "used_as_cue"]


# The words that make the cue after them a noun: the determiners ("the claim") and "such",
# which opens no subject of its own ("such as when …") but a noun phrase ("Such attacks").
NOUN_DETERMINERS = frozenset(row[0] for row in read_rows("determiners.txt")) - {"that"} | {"such"}
_PLURAL_DETERMINERS = frozenset(
    row[0] for row in read_rows("determiners.txt") if row[1] == "plural"
) - {"these", "those"}
# Words whose "’s" is "is" or "has", not a possessive: "he’s claiming", "that’s saying".
_CONTRACTED = frozenset(("he", "she", "it", "that", "there", "who", "what", "here", "where"))


def _one_word(text: str, cue: Cue) -> bool:
    """Tell whether a cue is one word, no white space in it (not "pointed out")."""
    words = text[cue.start : cue.end].split(None, 1)
    return len(words) == 1 and len(words[0]) == cue.end - cue.start


_COUNTED = regex.compile(
    r"(?<![\p{N},.])(?!(?:1[89]|20)\d\d\b)\p{N}++(?:,\p{N}{3})*+[\x20\t\xa0]++\Z"
)
"""A count right before a position (not a year, not a percentage): "270| pledged", "2,312|"."""

# Numbers' words but "one" ("one alleged …" is a person): "three| suspected militants".
_COUNT_WORDS = NUMBER_WORDS - {"one"}

_NOUN_AFTER = regex.compile(r"[\x20\t\xa0]++(?!that\b)\p{Ll}++(?<=s)\b")
"""A plural noun right after a position: "pledged| delegates"."""

_OBJECT_AFTER = regex.compile(
    r"[\x20\t\xa0]++(?:(?:him|her|them|us|me|the|a|an|his|their|its)(?!\p{L})|\p{Lu})"
)
"""The start of an object after a verb: "Two accused| him of lying"."""

_AFTER = regex.compile(
    r"""
    [\x20\t\xa0]++
    (?: (?: also | here | today | yesterday | \L<weekdays> ) [\x20\t\xa0]++ )?+
    (\p{Ll}[\p{Ll}'’]*+)
    """,
    regex.VERBOSE,
    weekdays=WEEKDAYS,
)
"""The lower-case word right after a position, past a day or "also": "reports Monday| said"."""

# Base forms after an -s form that make it a plural noun, as no verb takes them after it:
# "reports say", "estimates suggest", "polls show".
_PLURAL_VERBS = frozenset(("say", "suggest", "show", "indicate"))
# What may stand between a sentence's end and its first word (see SENTENCE_OPENERS).
_OPENERS = frozenset(SENTENCE_OPENERS)
# Singular determiners that stand alone as a subject: "another said", "one added".
_STANDALONE = frozenset(("another", "each", "one"))
# Reporting verbs whose past form is no adjective ("the alleged attack", "a noted author").
_NEVER_ADJECTIVES = frozenset(
    (
        *("say", "tell", "add", "ask", "write", "reply", "explain", "argue", "tweet"),
        *("insist", "respond", "joke", "quip", "complain", "retort", "shout", "yell", "wonder"),
    )
)
# Cues that are never nouns; compared one by one, as a set would hash them in Python.
_ACCORDING, _CHANNEL, _VERB = CueKind.ACCORDING, CueKind.CHANNEL, CueKind.VERB
# Prepositions that follow a plural noun but rarely a verb of saying: "attacks in Paris".
# Verbs whose "-s" form is never a plural noun: "writes in", "says of".
_VERB_ONLY = NEVER_NOUN_VERBS | frozenset(read_lines("verb_only_forms.txt"))
_NOUN_PREPOSITIONS = frozenset(("in", "of", "from", "during", "with", "since", "by", "between"))
# Prepositions after which a cue's "-s" form is the noun, for some verbs: "attacks on".
_NOUN_ONLY_PREPOSITIONS = {row[0]: frozenset(row[1:]) for row in read_rows("noun_prepositions.txt")}


# The endings of adjectives that mark a noun after an owner: "reckless", "dubious".
_ADJECTIVE_SUFFIXES = ("less", "ful", "ous", "ive", "ic", "able", "ible")

_OWNED_ADJECTIVE = regex.compile(
    r"""
    (?r) \b (?: his | her | their | its | our | my | your | the | \p{L}++['’]s? )
    [\x20\t\xa0]++
    (?: \L<adjectives>                                  # noun_adjectives.txt: "recent"
      | \p{Ll}++(?<="""  # "reckless", "offensive": an ending of _ADJECTIVE_SUFFIXES
    + "|".join(_ADJECTIVE_SUFFIXES)
    + r""") )
    [\x20\t\xa0]++ \Z
    """,
    regex.VERBOSE,
    adjectives=read_lines("noun_adjectives.txt"),
)
"""An owner or article and an adjective before a word, as before a noun: "his recent| remarks"."""

# How every adjective that _OWNED_ADJECTIVE finds ends: a text without one of these
# endings right before the spaces of a cue is spared the pattern.
_ADJECTIVE_ENDINGS = (*read_lines("noun_adjectives.txt"), *_ADJECTIVE_SUFFIXES)


_MODIFIED_AFTER_DETERMINER = regex.compile(
    r"""
    \b (?: a | an | the | this | his | her | its | their | our | \p{L}++['’]s ) [\x20\t\xa0]++
    (?P<words> (?: [\p{L}\p{N}][\p{L}\p{N}\-]*+ [\x20\t\xa0]++ ){1,2}+ ) \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A determiner and one or two words before a position: "a 40-page| ruling"."""


def _modified_noun(text: str, cue: Cue) -> bool:
    """Tell whether a base form, or a cue in -ing that is also a noun, heads a noun phrase
    after a determiner and its modifiers: "at the prime-time debate", "in a 40-page
    ruling", "the court’s unanimous ruling"."""
    if not cue.base and (
        not text.endswith("ing", cue.start, cue.end) or text[cue.start : cue.end] not in ING_NOUNS
    ):
        return False
    found = _MODIFIED_AFTER_DETERMINER.search(text, max(0, cue.start - 50), cue.start)
    return found is not None and all(
        # an adjective (by its ending or the list) or a measure, not a noun: "the interview|
        # thinking that …", "the survey data| showing that …" are participles
        (word.endswith(_ADJECTIVE_ENDINGS) or "-" in word or word.isdigit())
        and word not in QUANTITY_HEADS  # "a handful say": the quantity is the subject
        and word not in _FEW
        for word in found["words"].lower().split()
    )


def _noun_use(text: str, cue: Cue) -> bool:
    """Tell whether a cue's word is a noun here: "the report", "Trump’s claim", "his quotes".

    A base or plural form followed by a verb is a noun too ("interest rates
    are", "emails released", "states holding contests", "attacks in Paris").
    """
    if cue.kind is _ACCORDING or cue.kind is _CHANNEL:
        return False
    j = cue.start
    while j > 0 and text[j - 1] in BLANKS:
        j -= 1
    if (cue.third or cue.base) and cue.lemma != "say" and _one_word(text, cue):
        lo = max(0, cue.start - 40)
        if (
            j < cue.start  # the cheap test first: the word before ends as the adjective does
            and text.endswith(_ADJECTIVE_ENDINGS, lo, j)
            and _OWNED_ADJECTIVE.search(text, lo, cue.start) is not None
        ):
            return True  # "his recent remarks", "the latest reports"
        after = _AFTER.match(text, cue.end) if text[cue.end : cue.end + 1] in BLANKS else None
        if after is not None:
            word = after[1]
            if (
                word in FINITE
                or (word.endswith("ed") and len(word) > 5)
                or (
                    cue.third and word in _NOUN_PREPOSITIONS and cue.lemma not in _VERB_ONLY
                )  # "attacks in Paris"; but "writes in her memoir"
                or (cue.third and word in _PLURAL_VERBS)  # "reports say": the noun's verb
                or (cue.third and word in _NOUN_ONLY_PREPOSITIONS.get(cue.lemma, ()))
                or (cue.base and word in COMPOUND_HEADS.get(cue.lemma, ()))
            ):  # "rocket attacks on the port", "street protests on the island", "press freedom"
                return True
    # Both patterns below end with spaces before the cue, after a number or a word:
    # an ASCII character other than a digit, a letter or an apostrophe rules them out.
    if j == cue.start or j == 0:
        return False
    last = text[j - 1]
    if not (last < "\x80" and not last.isdigit()) and (
        _COUNTED.search(text, max(0, cue.start - 12), cue.start)
        and _NOUN_AFTER.match(text, cue.end, cue.end + 40)
    ):
        return True  # an adjective between a number and its noun: "270 pledged delegates"
    if last < "\x80" and not last.isalpha() and last != "'":
        return False
    lo = max(0, cue.start - 40)
    space = text.rfind(" ", lo, j)
    word = text[space + 1 : j]
    if space < 0 or not (word.isascii() and word.isalpha()):  # else what WORD_BEFORE finds
        before = WORD_BEFORE.match(text, lo, cue.start)
        if before is None:
            return False
        word = before[1]
    if word.lower() in _COUNT_WORDS and (
        _NOUN_AFTER.match(text, cue.end, cue.end + 40)
        or (text.startswith("accused", cue.start) and not _OBJECT_AFTER.match(text, cue.end))
    ):  # an adjective after a number's word too: "three suspected militants"; and "the
        return True  # accused" stands for people: "six accused including …"
    if (
        cue.base
        and word.islower()
        and word not in QUANTITY_HEADS  # "a few say", "a third say", "a lot say"
        and word not in _FEW
        and _after_article(text, j - len(word))
    ):
        return True  # an adjective between an article and its noun: "a sharp retort"
    if cue.third and word[:1].isupper() and _demonym_before(text, word, j):
        return True  # "Chinese claims", "Palestinian demands": an adjective before a noun
    word = word.lower()
    if word in _PLURAL_DETERMINERS and not cue.third:
        return False  # "many say", "both said"; but "many reports" is a noun
    if word in _STANDALONE and cue.lemma in _NEVER_ADJECTIVES and not (cue.third or cue.base):
        return False  # "another said", "each added"; but "another report", "one alleged …"
    if word.endswith(("’s", "'s", "‘s")):  # a possessive, but "he’s claiming" is "he is"
        # and a past form of a verb that is no noun follows a name in "'s" ("Moody's said")
        return word[:-2] not in _CONTRACTED and not (
            cue.kind is CueKind.VERB
            and cue.lemma in NEVER_NOUN_VERBS
            and not (cue.base or cue.third)  # not "Nasrallah's warning", "Lee's says"
        )
    if cue.third and cue.lemma != "say" and word in _BEFORE_NOUNS:
        return True  # "responded to claims", "in reply to calls": no verb after these
    if cue.base and word in _BEFORE_BASE_NOUNS:
        return True  # "in reference to", "in praise of": a base form after a preposition
    return word in NOUN_DETERMINERS


# Words after which a form in "-s" is a plural noun, not a verb: prepositions and "to"
# ("responded to claims", "despite warnings").
_BEFORE_NOUNS = PREPOSITIONS | {"to"}
# Words after which a base form is a noun: prepositions but "to", whose infinitive it opens.
_BEFORE_BASE_NOUNS = PREPOSITIONS - {"to"}

_ONE_BEFORE = regex.compile(r"(?ri)\b(?:a|an|one)[\x20\t\xa0]++\Z")
"""An article for one person right before a position (matched backwards): "a| Russian says"."""


def _after_article(text: str, pos: int) -> bool:
    """Tell whether an indefinite article and spaces come right before ``pos``: "a| snappy"."""
    k = pos
    while k > 0 and text[k - 1] in BLANKS:
        k -= 1
    if k == pos:
        return False
    if text[k - 1] in "aA":
        start = k - 1
    elif text[k - 1] in "nN" and k > 1 and text[k - 2] in "aA":
        start = k - 2
    elif text[k - 1] in "oO" and k > 1 and text[k - 2] in "nN" and text[pos : pos + 6] != "longer":
        start = k - 2  # a noun denied: "no public| mention of"; but "no longer| comment"
    else:
        return False
    return start == 0 or not text[start - 1].isalnum()


# Words after "a" that head a plural subject of a base form, besides the quantity heads
# ("a couple say", "a handful say"): "a few say", "a host of …".
_FEW = frozenset(("few", "host", "slew", "variety", "score"))


def _demonym_before(text: str, word: str, end: int) -> bool:
    """Tell whether ``word``, which ends at ``end``, is a demonym used as an adjective:
    "Chinese| claims" (but "a Russian| says" is a person, "Iran| insists" a place)."""
    entry = LEXICON.get((word,))
    return (
        entry is not None
        and entry.kind is EntryKind.DEMONYM
        and _ONE_BEFORE.search(text, max(0, end - len(word) - 6), end - len(word)) is None
    )


_SAY_IDIOM = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])(?:\L<idioms>)[\x20\t\xa0]++to[\x20\t\xa0]++\Z",
    regex.IGNORECASE,
    idioms=read_lines("say_idioms.txt"),
)
"""An idiom before "to say": "hard to| say", "needless to| say" (matched backwards)."""


def _say_idiom(text: str, cue: Cue) -> bool:
    """Tell whether a cue is the "say" of an idiom that reports nothing: "it is hard to say"."""
    return (
        cue.base
        and cue.lemma == "say"
        and text.endswith("to ", 0, cue.start)  # the cheap test first
        and _SAY_IDIOM.search(text, max(0, cue.start - 20), cue.start) is not None
    )


_RITES = read_lines("say_objects.txt")
_RITE_DETERMINERS = (
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "one",
    "last",
    "final",
)
_SAY_RITE = regex.compile(
    r"""
    [\x20\t\xa0]
    (?: (?: \L<determiners> ) [\x20\t\xa0]++ (?: \p{Ll}++ [\x20\t\xa0]++ )?? )?   # "an emotional|"
    (?: \L<rites> )
    (?= [\x20\t\xa0]*+ [^\p{L}\p{N}\x20\t\xa0] | [\x20\t\xa0]++ \L<prepositions> \b )
    """,
    regex.VERBOSE,
    determiners=_RITE_DETERMINERS,
    rites=_RITES,
    prepositions=sorted(PREPOSITIONS),
)
"""A rite as the object of "say": "said goodbye to", "say an emotional farewell to"."""
# How such an object opens (its first four characters): most words after "said" open
# otherwise, and are told apart without the pattern ("said that", "said it", "said Tuesday").
_RITE_OPENINGS = tuple({(word + " ")[:4] for word in (*_RITES, *_RITE_DETERMINERS)})


def _say_rite(text: str, cue: Cue) -> bool:
    """Tell whether a cue is the "say" of a rite, which reports nothing: "said goodbye to his
    family", "said Mass in the square", "said a prayer for the victims"."""
    return (
        cue.lemma == "say"
        and text.startswith(_RITE_OPENINGS, cue.end + 1)
        and _SAY_RITE.match(text, cue.end, cue.end + 60) is not None
    )


_SUM = regex.compile(
    r"""
    [\x20\xa0]++
    (?: (?: just | another | a [\x20\xa0]++ further | only | a | an ) [\x20\xa0]++ )?+
    (?: \d [\d.,]*+ (?: % | [\x20\xa0]++ (?: (?: million | billion | thousand ) [\x20\xa0]++ )?+ )
      | \L<numbers> [\x20\xa0]++ )                          # "0.4 ", "1.2%", "eight "
    (?: (?<=%) | (?i: \L<units> ) \b )                       # "percent", "points", "to"
    """,
    regex.VERBOSE,
    numbers=NUMBER_WORDS,
    units=COUNTED_UNITS,
)
"""A number and its unit after "add": "added 0.4 percent", "added 15 points", "added 1.2%"."""


# What makes "added" the second half of a compound adjective: "value added tax".
_VALUE = ("value ", "value-", "Value ", "Value-")

_POINTS_COUNTED = regex.compile(r"(?:\p{N}|\b(?i:basis|percentage))[\x20\xa0]++\Z")
"""A number, "basis" or "percentage" before "points": "13.3| points to", "25 basis| points"."""


_ANONYMITY = regex.compile(
    r"[\x20\xa0]++(?:"
    + "|".join(
        regex.escape(p).replace(r"\ ", r"[\x20\xa0]++")
        for p in sorted(read_lines("anonymity_requests.txt"), key=len, reverse=True)
    )
    + r")(?!\p{L})",
    regex.IGNORECASE,
)
"""A request not to be named after its verb: "asked| not to be identified"."""
_ANONYMITY_VERBS = frozenset(("ask", "decline", "refuse", "request"))


def _asks_anonymity(text: str, cue: Cue) -> bool:
    """Tell whether a cue only asks not to be named: "who asked not to be identified",
    "declined to be named", "requested anonymity" (``anonymity_requests.txt``)."""
    return cue.lemma in _ANONYMITY_VERBS and _ANONYMITY.match(text, cue.end) is not None


_RESULT = regex.compile(
    r"""
    (?: [\x20\xa0]++ (?! (?: about | on | of | for | in | to | from | with | at ) \b )
        [\p{Ll}\d$][\p{Ll}\d.,%$'’-]*+ ){0,5}?              # "a net", "solid", "a 10.6 billion"
    [\x20\xa0]++ \L<results> \b                           # posted_results.txt: "gains", "loss"
    """,
    regex.VERBOSE,
    results=read_lines("posted_results.txt"),
)
"""The object of "post" when it is a result: "posted| solid gains", "posted| a net loss"."""


def _sums(text: str, cue: Cue) -> bool:
    """Tell whether a cue is an "add" that sums ("the index added 0.4 percent", "Lee
    added 15 points", ``counted_units.txt``), the noun "points" of a sum ("rose 12.5
    points to 1,610", "cut the rate 25 basis points to 5.5 percent") or a "post" of a
    result ("posted solid gains", ``posted_results.txt``); "added" in "value added tax"
    is no cue either."""
    if cue.lemma == "point to":
        return _POINTS_COUNTED.search(text, max(0, cue.start - 12), cue.start) is not None
    if cue.lemma == "post":  # "the index posted solid gains", not "posted a video"
        return _RESULT.match(text, cue.end) is not None
    if cue.lemma != "add":
        return False
    if text.endswith(_VALUE, max(0, cue.start - 6), cue.start):
        return True  # "a value added tax", "value-added services": a compound, no speech
    return _SUM.match(text, cue.end) is not None or _adds_to(text, cue.end)


# Words that open the thing added to something: "added| another facet to …".
_ADDED_OPENERS = frozenset(
    ("a", "an", "another", "the", "more", "new", "its", "his", "her", "their", "our", "some")
)


# Listeners after "added to": "Trump added to reporters".
_LISTENERS = frozenset(("reporters", "journalists", "me", "us", "him", "them", "viewers"))


def _adds_to(text: str, pos: int) -> bool:
    """Tell whether an "add" that ends at ``pos`` adds something to something, as no
    speech does: "added to her lead", "adds up to $1.5 trillion", "added another
    facet to his job" (a noun phrase, with no verb, then "to"); but "added the plan
    would go to a vote" reports a clause."""
    words = text[pos : pos + 80].split(None, 9)[:9]
    if not words:
        return False
    first = words[0].lower()
    if first == "up":
        return True  # "adds up to $1.5 trillion"
    if first == "to":  # "added to her lead"; but "added to People", "added to reporters"
        listener = words[1] if len(words) > 1 else ""
        return (
            not (listener[:1].isupper() and not listener.endswith(("’s", "'s")))
            and listener.lower().strip(".,") not in _LISTENERS
        )
    if first not in _ADDED_OPENERS and not first[:1].isdigit():
        return False
    for word in words[1:]:
        if word == "to":
            return True
        if word in FINITE or verb_like(word) or not word.isalpha():
            return False  # a verb: a clause ("the plan would go to …"); a mark ends it
    return False


def _capital_inside(text: str, cue: Cue) -> bool:
    """Tell whether a capitalised verb cue stands inside a sentence, where it is a name or
    a headline's word ("Edward Said", "Mayor Just Said No"), not "Said Jones, “…”"."""
    if cue.kind is _ACCORDING or not text[cue.start].isupper():
        return False
    i = cue.start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i >= 0 and text[i] not in ".!?\n:;"


_ATTACK_TARGET = regex.compile(
    r"""
    [\x20\xa0]++ (?: [\p{L}\p{N}'’\-]++ [\x20\xa0]++ ){0,4}?      # "his", "a police", "Moslem"
    \L<targets> \b                                          # attack_targets.txt: "convoy"
    """,
    regex.VERBOSE | regex.IGNORECASE,
    targets=read_lines("attack_targets.txt"),
)
"""A place, a vehicle or people armed or not, as the object of "attack": "attacked| his convoy"."""


_ATTACKER_BEFORE = regex.compile(
    r"""
    (?r) (?<! \p{L} ) \L<attackers>                         # attackers.txt: "gunmen"
    [\x20\xa0]++ (?: (?: have | has | had | also | then | reportedly | allegedly ) [\x20\xa0]++ )?
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
    attackers=read_lines("attackers.txt"),
)
"""Armed attackers right before a position (matched backwards): "Gunmen| attacked"."""


def _physical_attack(text: str, cue: Cue) -> bool:
    """Tell whether an "attack" is done with weapons, as its object or its subject tells:
    "rebels attacked the stronghold" (``attack_targets.txt``), "gunmen attacked a
    ministry" (``attackers.txt``)."""
    if cue.lemma != "attack":
        return False
    target = _ATTACK_TARGET.match(text, cue.end, cue.end + 60)
    if target is not None and not _ANY_MARK.search(text, cue.end, target.end()):
        return True
    return _ATTACKER_BEFORE.search(text, max(0, cue.start - 40), cue.start) is not None


_ANY_MARK = regex.compile(r"[,.;:!?“”\"()]")
"""A mark that ends an object before its noun."""


_LIVES = regex.compile(
    r"""
    (?i) (?: [\x20\xa0]++ (?! that \b ) (?: \d[\d,]*+ | [^\s,.;:!?“”"()]++ ) ){0,6}?
                                                            # "more than 20,000 Iraqi"
    [\x20\xa0]++ (?: lives | life ) \b
    (?: [\x20\xa0]++ ([a-z]++) )?                                # the word after it
    """,
    regex.VERBOSE,
)
"""The object of "claim" that a death toll is: "claimed| 17 lives", "the lives of"."""


_PRICE = regex.compile(
    r"""
    (?i) (?! [\x20\xa0]++ (?: that | with ) \b )            # not "charged that", "charged with"
    (?: [\x20\xa0]++ (?! with \b ) [^\s,.;:!?“”"()]++ ){0,5}?  # "customers a subscription"
    [\x20\xa0]++ (?: [$€£¥] | (?: fees? | rent | tuition | premiums? | tolls? | commissions?
                                | percentage | admission | interest ) \b )
    """,
    regex.VERBOSE,
)
"""What a price after "charge" holds: "charges customers a subscription fee", "students
more than $30,000"."""


def _prices(text: str, cue: Cue) -> bool:
    """Tell whether "charge" asks a price: "who charges between $20,000 and $30,000"; but
    "charged that …" reports and "charged him with fraud" accuses."""
    return cue.lemma == "charge" and _PRICE.match(text, cue.end, cue.end + 70) is not None


def _claims_lives(text: str, cue: Cue) -> bool:
    """Tell whether "claim" counts the dead: "the blast claimed 17 lives"; but "he
    claimed his life was at risk" reports a clause."""
    if cue.lemma != "claim":
        return False
    found = _LIVES.match(text, cue.end, cue.end + 80)
    return found is not None and found[1] not in FINITE


# The lemmas that _say_idiom, _sums, _asks_anonymity and _physical_attack test first: no
# other cue is one of theirs (a filter of another verb adds its lemma here).
_LEMMA_FILTERED = (
    frozenset(("say", "add", "point to", "post", "attack", "claim", "charge")) | _ANONYMITY_VERBS
)


# Words of degree that make the participle after them an adjective: "the most detailed"
# (not "more", "highly", "quite", which come before verbs too: "scores more reported", "he
# highly praised", "never quite realized").
_DEGREES = frozenset(("most", "least", "very"))


def _adjective_use(text: str, cue: Cue) -> bool:
    """Tell whether a past participle is an adjective, after a word of degree: "the most
    detailed proposals", "a very measured reply"."""
    if (
        cue.kind is not _VERB
        or not text.endswith("ed", cue.start, cue.end)
        or text[cue.start - 2 : cue.start - 1] not in ("t", "y")  # "most ", "very "
    ):
        return False  # the cheap tests first: a past form in -ed after a word of degree
    before = WORD_BEFORE.match(text, max(0, cue.start - 12), cue.start)
    return (
        before is not None
        and before[1].lower() in _DEGREES
        and not text.endswith("at ", 0, before.start(1))  # "which at least promised"
    )


def used_as_cue(text: str, cue: Cue) -> bool:
    """Tell whether a cue word is used as a cue where it stands in ``text``.

    Not when it is a noun ("the report", "his recent remarks", "rocket attacks
    on the port"), a capitalised word inside a sentence ("Edward Said"), the
    "say" of an idiom ("hard to say") or a rite ("said goodbye"), a sum ("the
    index added 0.4 percent", "rose 12.5 points to 1,610"), a request not to be
    named ("who asked not to be identified"), an attack with weapons ("gunmen
    attacked his convoy"), a death toll ("the blast claimed 17 lives") or a
    price ("charges customers a fee").

    Example:
        >>> from newscorpus.quotes.cues import find_cues
        >>> text = "Lee added 15 points. Lee added that it was close."
        >>> [used_as_cue(text, cue) for cue in find_cues(text)]
        [False, True]
    """
    if _noun_use(text, cue) or _adjective_use(text, cue) or _modified_noun(text, cue):
        return False
    # The other filters concern a capitalised word or a few verbs: the other cues (most of
    # them) are told apart by that alone, without a call of each filter.
    if text[cue.start].isupper() and _capital_inside(text, cue):
        return False
    return cue.lemma not in _LEMMA_FILTERED or not (
        _say_idiom(text, cue)
        or _say_rite(text, cue)
        or _sums(text, cue)
        or _asks_anonymity(text, cue)
        or _physical_attack(text, cue)
        or _claims_lives(text, cue)
        or _prices(text, cue)
    )
