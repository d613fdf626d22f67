"""The shared state of one extraction: text, units, quotations, cues and drafts.

A *unit* is a sentence, or several sentences joined by a quotation that runs
over them ("“A. B,” he said." is one unit): attribution never reaches past
a unit, except for a lead-in that ends a paragraph with a colon.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.lexicon import LEXICON, EntryKind
from newscorpus.quotes.boundaries import Attributions, unit_cuts
from newscorpus.quotes.clauses import clause_after
from newscorpus.quotes.cues import THOUGHT_LEMMAS, Cue, CueKind
from newscorpus.quotes.marks import Quotation
from newscorpus.quotes.model import QuoteKind
from newscorpus.quotes.phrases import subject_before
from newscorpus.quotes.speakers import subject_at
from newscorpus.quotes.vocabulary import (
    FINITE,
    NEVER_NOUN_VERBS,
    NUMBER_WORDS,
    PREPOSITIONS,
    QUANTITY_HEADS,
    WEEKDAYS,
    is_title_inside,
)

__all__ = ["Context", "Draft"]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_DIRECT = QuoteKind.DIRECT
_INDIRECT, _MIXED = QuoteKind.INDIRECT, QuoteKind.MIXED


# What ends a title in apposition right before a cue: its comma, or its closing mark.
_COMMA_OR_CLOSE = frozenset(",”\"’'»")
_TITLE_APPOSITION = regex.compile(
    r"""
    ,[\x20\t\xa0]++                                         # the comma after the noun
    (?: (?:titled|entitled|called|dubbed|named) [\x20\t\xa0]++ )?   # "titled"
    \Z                                                     # then the title's opening mark
    """,
    regex.VERBOSE,
)
"""What comes between a noun and a title in apposition to it: ", titled "."""


class Draft(NamedTuple):
    """A quote being assembled (offsets only; texts are cut at the end)."""

    start: int
    end: int
    kind: QuoteKind
    content: tuple[int, int] | None
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    unit: int


class Context:
    """Lookups over one text, built once per extraction."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[tuple[int, int]],
        sentences: Sequence[tuple[int, int]],
        quotations: list[Quotation],
        cues: list[Cue],
    ) -> None:
        self.text = text
        self.quotations = quotations
        self.quote_starts = [q.start for q in quotations]
        self.quote_ends = [q.end for q in quotations]
        self.paragraph_starts = [p[0] for p in paragraphs]
        self.paragraph_ends = [p[1] for p in paragraphs]
        self.units = _units(sentences, quotations)
        self.unit_starts = [u[0] for u in self.units]
        self.cues = [
            c
            for c in _outside(cues, quotations)
            if not _noun_use(text, c)
            and not _capital_inside(text, c)
            and not _say_idiom(text, c)
            and not _sums(text, c)
            and not _asks_anonymity(text, c)
        ]
        # Verbs of thought attribute a "that" clause of their own, but neither end other
        # content nor stand between a cue and its quotation: they are left out of lookups.
        self.speech_cues = [c for c in self.cues if c.lemma not in THOUGHT_LEMMAS]
        self.cue_starts = [c.start for c in self.speech_cues]
        self.claimed: set[int] = set()  # indexes of quotations already attributed
        self.quoted: set[int] = set()  # ... and those attributed as direct quotes
        self.drafts: list[Draft] = []
        self._subjects: dict[int, tuple[int, int] | None] = {}
        self._clauses: dict[tuple[int, int, str], tuple[int, str] | None] = {}
        # the comma that opens each cue's attribution (see boundaries.attribution_comma)
        self.commas: dict[int, int | None] = {}
        self._cuts: dict[tuple[int, int], list[int]] = {}
        self._attributions: Attributions | None = None

    def quotation_at(self, pos: int) -> int | None:
        """The index of the quotation that holds offset ``pos``, or None."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and pos < self.quote_ends[i]:
            return i
        return None

    def quotations_between(self, start: int, end: int) -> range:
        """The indexes of the quotations that start inside ``[start, end)``."""
        return range(
            bisect.bisect_left(self.quote_starts, start), bisect.bisect_left(self.quote_starts, end)
        )

    def subject(self, cue: Cue, unit: int | None = None) -> tuple[int, int] | None:
        """The subject before a cue, within its unit (computed once per cue).

        A cue in its base form ("say", "report") needs a plural subject
        unless an auxiliary comes first; otherwise it is a noun ("the state").
        ``unit`` is the cue's unit, if known.
        """
        if cue.start in self._subjects:
            return self._subjects[cue.start]
        unit_start = self.units[self.unit_of(cue.start) if unit is None else unit][0]
        subject = subject_before(self.text, unit_start, cue.start, plural=cue.base)
        if (
            subject is None
            and cue.lemma in _COMMA_TYPO_VERBS
            and self.text.endswith(", ", unit_start, cue.start)
        ):
            subject = self._comma_subject(unit_start, cue.start - 2)
        if subject is None and self.text[cue.start - 2 : cue.start - 1] in _COMMA_OR_CLOSE:
            subject = self._titled_subject(unit_start, cue.start)
        if (
            subject is not None
            and cue.third
            and cue.lemma != "say"  # never a noun: "analyst says" in a headline's deck
            and _bare(self.text[subject[0] : subject[1]])
        ):
            subject = None  # "derogatory comments", "terrorist attacks": nouns, not verbs
        self._subjects[cue.start] = subject
        return subject

    def _comma_subject(self, unit_start: int, comma: int) -> tuple[int, int] | None:
        """A name that opens the unit and ends at a comma typed before its verb: "Spokesman
        Ana Lund|, said: “…”" (but not "On Monday, said": no name, and not a clause)."""
        text = self.text
        opening = subject_at(text, unit_start, comma)
        if (
            opening is None
            or opening[1] != comma
            or not text[opening[0]].isupper()
            or text[unit_start : opening[0]].strip(_OPENERS_TEXT)
        ):
            return None
        return opening

    def _titled_subject(self, unit_start: int, pos: int) -> tuple[int, int] | None:
        """A subject with a title in apposition, which ends at a quotation just before
        the cue: "The flyer, titled “Enough,” argues", "His book, “North Wind,” claims"."""
        text = self.text
        i = bisect.bisect_right(self.quote_ends, pos) - 1
        if i < 0 or self.quote_starts[i] <= unit_start:
            return None
        q = self.quotations[i]
        inner = text[q.inner_start : q.inner_end].rstrip()
        gap = text[q.end : pos].strip(" \t\xa0")
        if not (gap == "," or (not gap and inner.endswith(","))):
            return None  # a title in apposition ends with a comma, inside the marks or after
        if not is_title_inside(inner):
            return None
        comma = _TITLE_APPOSITION.search(text, max(unit_start, q.start - 20), q.start)
        if comma is None:
            return None
        subject = subject_before(text, unit_start, comma.start())
        return subject if subject is not None and subject[1] == comma.start() else None

    def clause_after(self, cue: Cue, hi: int) -> tuple[int, str] | None:
        """The reported clause after a cue of a unit that ends at ``hi`` (read once per cue).

        :func:`~newscorpus.quotes.clauses.clause_after`, which the rules for a
        quotation after a cue and for reported speech both ask for.
        """
        key = (cue.end, hi, cue.lemma)
        if key not in self._clauses:
            self._clauses[key] = clause_after(self.text, cue.end, hi, cue.lemma)
        return self._clauses[key]

    def cuts(self, pos: int, hi: int) -> list[int]:
        """Where the cuts of the unit around ``pos`` start, up to ``hi`` (read once per unit)."""
        lo = min(pos, self.units[self.unit_of(pos)][0]) if self.units else pos
        if (lo, hi) not in self._cuts:
            self._cuts[lo, hi] = unit_cuts(self.text, lo, hi)
        return self._cuts[lo, hi]

    def attributions(self) -> Attributions:
        """The commas and conjunctions that open attributions, indexed once per text."""
        if self._attributions is None:
            self._attributions = Attributions(self)
        return self._attributions

    def has_cues_between(self, start: int, end: int) -> bool:
        """Tell whether a speech cue outside quotations starts inside ``[start, end)``."""
        i = bisect.bisect_left(self.cue_starts, start)
        return i < len(self.cue_starts) and self.cue_starts[i] < end

    def cues_between(self, start: int, end: int) -> list[Cue]:
        """The speech cues outside quotations that start inside ``[start, end)``."""
        return self.speech_cues[
            bisect.bisect_left(self.cue_starts, start) : bisect.bisect_left(self.cue_starts, end)
        ]

    def cues_with_units(self) -> Iterator[tuple[Cue, int]]:
        """Each cue outside quotations with the index of its unit, as :meth:`unit_of` tells.

        Both are sorted by start, so the units are read once for all the cues.
        """
        starts, last, unit = self.unit_starts, len(self.unit_starts) - 1, 0
        for cue in self.cues:
            while unit < last and starts[unit + 1] <= cue.start:
                unit += 1
            yield cue, unit

    def unit_of(self, pos: int) -> int:
        """The index of the unit that holds (or last began before) offset ``pos``."""
        i = bisect.bisect_right(self.unit_starts, pos) - 1
        return i if i > 0 else 0

    def paragraph_of(self, pos: int) -> int:
        """The index of the paragraph that holds (or last began before) offset ``pos``."""
        i = bisect.bisect_right(self.paragraph_starts, pos) - 1
        return i if i > 0 else 0

    def add(self, draft: Draft, quotations: Sequence[int] = ()) -> None:
        """Keep a draft and mark the quotations it covers as attributed."""
        self.drafts.append(draft)
        self.claimed.update(quotations)
        if draft.kind == _DIRECT:
            self.quoted.update(quotations)

    def add_reported(
        self,
        start: int,
        end: int,
        speaker: tuple[int, int] | None,
        cue: tuple[int, int],
        unit: int,
        quotations: Sequence[int],
    ) -> None:
        """Keep reported speech over ``[start, end)``: mixed when it holds ``quotations``.

        A mixed quote's content is its first quotation, and it runs at least to
        the end of its last one.
        """
        content = None
        if quotations:
            content = (self.quotations[quotations[0]].start, self.quotations[quotations[0]].end)
            end = max(end, self.quotations[quotations[-1]].end)
        kind = _MIXED if quotations else _INDIRECT
        self.add(Draft(start, end, kind, content, speaker, cue, unit), quotations)


_BEFORE = regex.compile(r"(?r)(\p{L}[\p{L}'’‘]*)[\x20\t\xa0]+\Z")
"""The word right before a position (matched backwards from it)."""

_BLANKS = frozenset(" \t\xa0")

# The words that make the cue after them a noun: the determiners ("the claim") and "such",
# which opens no subject of its own ("such as when …") but a noun phrase ("Such attacks").
_DETERMINERS = frozenset(row[0] for row in read_rows("determiners.txt")) - {"that"} | {"such"}
_PLURAL_DETERMINERS = frozenset(
    row[0] for row in read_rows("determiners.txt") if row[1] == "plural"
) - {"these", "those"}
_PRONOUNS = frozenset(row[0] for row in read_rows("pronouns.txt")) | {"which", "that"}
# Words whose "’s" is "is" or "has", not a possessive: "he’s claiming", "that’s saying".
_CONTRACTED = frozenset(("he", "she", "it", "that", "there", "who", "what", "here", "where"))


def _one_word(text: str, cue: Cue) -> bool:
    """Tell whether a cue is one word, no white space in it (not "pointed out")."""
    words = text[cue.start : cue.end].split(None, 1)
    return len(words) == 1 and len(words[0]) == cue.end - cue.start


def _bare(phrase: str) -> bool:
    """Tell whether a noun phrase is common nouns alone, with no determiner or name."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return False
    return all(w[:1].islower() or w[:1].isdigit() for w in words) and not any(
        w.lower() in _DETERMINERS or w.endswith(("’s", "'s")) for w in words
    )


_COUNTED = regex.compile(
    r"(?<![\p{N},.])(?!(?:1[89]|20)\d\d\b)\p{N}++(?:,\p{N}{3})*+[\x20\t\xa0]++\Z"
)
"""A count right before a position (not a year, not a percentage): "270| pledged", "2,312|"."""

_NOUN_AFTER = regex.compile(r"[\x20\t\xa0]++(?!that\b)\p{Ll}++(?<=s)\b")
"""A plural noun right after a position: "pledged| delegates"."""

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
# Verbs that a comma typed after their subject may precede ("Ana Lund, said: …"), and
# that no participle phrase in apposition starts, as "called" does ("The fund, called …").
_COMMA_TYPO_VERBS = frozenset(("say", "tell", "add"))
# What may stand between a sentence's end and its first word: spaces, quotation marks
# (the one closing the last sentence, one opening this one), a parenthesis.
_OPENERS_TEXT = " \t\xa0“‘”’\"'(«»"
_OPENERS = frozenset(_OPENERS_TEXT)
# Singular determiners that stand alone as a subject: "another said", "one added".
_STANDALONE = frozenset(("another", "each", "one"))
# Reporting verbs whose past form is no adjective ("the alleged attack", "a noted author").
_NEVER_ADJECTIVES = frozenset(("say", "tell", "add", "ask", "write", "reply", "explain", "argue"))
# Cues that are never nouns; compared one by one, as a set would hash them in Python.
_ACCORDING, _CHANNEL = CueKind.ACCORDING, CueKind.CHANNEL
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


def _noun_use(text: str, cue: Cue) -> bool:
    """Tell whether a cue's word is a noun here: "the report", "Trump’s claim", "his quotes".

    A base or plural form followed by a verb is a noun too ("interest rates
    are", "emails released", "states holding contests", "attacks in Paris").
    """
    if cue.kind is _ACCORDING or cue.kind is _CHANNEL:
        return False
    j = cue.start
    while j > 0 and text[j - 1] in _BLANKS:
        j -= 1
    if (cue.third or cue.base) and cue.lemma != "say" and _one_word(text, cue):
        lo = max(0, cue.start - 40)
        if (
            j < cue.start  # the cheap test first: the word before ends as the adjective does
            and text.endswith(_ADJECTIVE_ENDINGS, lo, j)
            and _OWNED_ADJECTIVE.search(text, lo, cue.start) is not None
        ):
            return True  # "his recent remarks", "the latest reports"
        after = _AFTER.match(text, cue.end) if text[cue.end : cue.end + 1] in _BLANKS else None
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
            ):  # "rocket attacks on the port", "street protests on the island"
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
    if space < 0 or not (word.isascii() and word.isalpha()):  # else what _BEFORE finds
        before = _BEFORE.match(text, lo, cue.start)
        if before is None:
            return False
        word = before[1]
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
        return word[:-2] not in _CONTRACTED
    if cue.third and cue.lemma != "say" and word in _BEFORE_NOUNS:
        return True  # "responded to claims", "in reply to calls": no verb after these
    return word in _DETERMINERS


# Words after which a form in "-s" is a plural noun, not a verb: prepositions and "to"
# ("responded to claims", "despite warnings").
_BEFORE_NOUNS = PREPOSITIONS | {"to"}

_ONE_BEFORE = regex.compile(r"(?ri)\b(?:a|an|one)[\x20\t\xa0]++\Z")
"""An article for one person right before a position (matched backwards): "a| Russian says"."""


def _after_article(text: str, pos: int) -> bool:
    """Tell whether an indefinite article and spaces come right before ``pos``: "a| snappy"."""
    k = pos
    while k > 0 and text[k - 1] in _BLANKS:
        k -= 1
    if k == pos:
        return False
    if text[k - 1] in "aA":
        start = k - 1
    elif text[k - 1] in "nN" and k > 1 and text[k - 2] in "aA":
        start = k - 2
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


# The number words and the units of _SUM, longest first for the alternations.
_NUMBER_WORD_ALTERNATION = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_UNIT_ALTERNATION = "|".join(sorted(read_lines("counted_units.txt"), key=len, reverse=True))
_SUM = regex.compile(
    rf"""
    [\x20\xa0]++
    (?: (?: just | another | a [\x20\xa0]++ further | only | a | an ) [\x20\xa0]++ )?+
    (?: \d [\d.,]*+ (?: % | [\x20\xa0]++ (?: (?: million | billion | thousand ) [\x20\xa0]++ )?+ )
      | (?: {_NUMBER_WORD_ALTERNATION} ) [\x20\xa0]++ )              # "0.66 ", "1.2%", "eight "
    (?: (?<=%) | (?i: {_UNIT_ALTERNATION} ) \b )                   # "percent", "points", "to"
    """,
    regex.VERBOSE,
)
"""A number and its unit after "add": "added 0.4 percent", "added 15 points", "added 1.2%"."""


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


def _sums(text: str, cue: Cue) -> bool:
    """Tell whether a cue is an "add" that sums ("the index added 0.4 percent", "Lee
    added 15 points", ``counted_units.txt``) or the noun "points" of a sum ("rose 12.5
    points to 1,610", "cut the rate 25 basis points to 5.5 percent")."""
    if cue.lemma == "point to":
        return _POINTS_COUNTED.search(text, max(0, cue.start - 12), cue.start) is not None
    return cue.lemma == "add" and _SUM.match(text, cue.end) is not None


def _capital_inside(text: str, cue: Cue) -> bool:
    """Tell whether a capitalised verb cue stands inside a sentence, where it is a name or
    a headline's word ("Edward Said", "Mayor Just Said No"), not "Said Jones, “…”"."""
    if cue.kind is _ACCORDING or not text[cue.start].isupper():
        return False
    i = cue.start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i >= 0 and text[i] not in ".!?\n:;"


def _outside(cues: list[Cue], quotations: Sequence[Quotation]) -> list[Cue]:
    """The cues outside quotations, as :meth:`Context.quotation_at` tells, in one pass.

    Both lists are sorted by start: ``n`` counts the quotations that start at
    or before the cue, and the last of them holds the cue or none does.
    """
    kept: list[Cue] = []
    n, count = 0, len(quotations)
    for cue in cues:
        while n < count and quotations[n].start <= cue.start:
            n += 1
        if n == 0 or cue.start >= quotations[n - 1].end:
            kept.append(cue)
    return kept


def _units(
    sentences: Sequence[tuple[int, int]], quotations: Sequence[Quotation]
) -> list[tuple[int, int]]:
    """Merge the sentences that one quotation runs over.

    Both lists are sorted by start and read in one pass: ``n`` counts the
    quotations that start before the sentence, the last of which may cross into it.
    """
    units: list[tuple[int, int]] = []
    n, count = 0, len(quotations)
    for k, (start, end) in enumerate(sentences):
        while n < count and quotations[n].start < start:
            n += 1
        if n == count and (not n or quotations[n - 1].end <= start):
            units += sentences[k:]  # no quotation is left to cross into a sentence
            break
        if units and n and quotations[n - 1].end > start:  # a quotation crosses into it
            units[-1] = (units[-1][0], max(units[-1][1], end))
        else:
            units.append((start, end))
    return units
