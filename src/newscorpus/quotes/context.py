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

from newscorpus.quotes.boundaries import Attributions, unit_cuts
from newscorpus.quotes.clauses import clause_after
from newscorpus.quotes.cue_uses import NOUN_DETERMINERS, used_as_cue
from newscorpus.quotes.cues import THOUGHT_LEMMAS, Cue
from newscorpus.quotes.marks import Quotation
from newscorpus.quotes.model import QuoteKind
from newscorpus.quotes.phrases import subject_before
from newscorpus.quotes.speakers import subject_at
from newscorpus.quotes.vocabulary import (
    FUNCTION,
    MODALS,
    PRONOUNS,
    SENTENCE_OPENERS,
    is_title_inside,
)

__all__ = ["Context", "Draft"]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_DIRECT = QuoteKind.DIRECT
_INDIRECT, _MIXED = QuoteKind.INDIRECT, QuoteKind.MIXED


# What ends a title in apposition right before a cue: its comma, or its closing mark.
_COMMA_OR_CLOSE = frozenset(",”\"’'»")

_MODAL_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])(?:\L<modals>)[\x20\t\xa0]++\Z", modals=sorted(MODALS)
)
"""A modal right before a position (matched backwards from it): "will| "."""
_LOWER_WORD = regex.compile(r"\p{Ll}++")
"""One word in lower case."""

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
        self.cues = [c for c in _outside(cues, quotations) if used_as_cue(text, c)]
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
        self._colons: list[int] | None = None  # where each ": " starts (see last_colon)

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
        if subject is not None and self.text.endswith("ing ", unit_start, subject[0]):
            # "Voters leaving the polls said": the object of a participle after the subject
            opening = _PARTICIPLE_OPENING.fullmatch(self.text, unit_start, subject[0])
            if opening is not None and opening["noun"].lower() not in FUNCTION:
                subject = (opening.start(1), subject[1])
        if (
            subject is not None
            and cue.third
            and cue.lemma != "say"  # never a noun: "analyst says" in a headline's deck
            and _bare(self.text[subject[0] : subject[1]])
        ):
            subject = None  # "derogatory comments", "terrorist attacks": nouns, not verbs
        if (
            subject is not None
            and self.text[subject[0]].islower()
            and _MODAL_BEFORE.search(self.text, max(unit_start, subject[0] - 8), subject[0])
            and _LOWER_WORD.fullmatch(self.text, subject[0], subject[1])
        ):
            subject = None  # a verb after a modal: "The police will| investigate| alleged …"
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
            or text[unit_start : opening[0]].strip(SENTENCE_OPENERS)
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

    def last_colon(self, lo: int, pos: int) -> int:
        """Where the last ": " in ``text[lo:pos]`` starts, or -1: ``text.rfind(": ", lo, pos)``.

        The colons are found once per text: a search back to a long unit's start for
        each cue in it took time quadratic in the unit's length.
        """
        if self._colons is None:
            self._colons = []
            at = self.text.find(": ")
            while at >= 0:
                self._colons.append(at)
                at = self.text.find(": ", at + 1)
        i = bisect.bisect_right(self._colons, pos - 2) - 1  # the last whose ": " ends by pos
        return self._colons[i] if i >= 0 and self._colons[i] >= lo else -1

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


_PRONOUNS = PRONOUNS | {"which", "that"}

_PARTICIPLE_OPENING = regex.compile(
    r"""
    [\x20\t\xa0“"‘(]*+
    ( (?: (?: [Aa]n? | [Tt]he | [Ss]ome | [Mm]any | [Mm]ost | [Ss]everal | [Oo]ne | [Tt]wo
          | [Tt]hree | \d[\d,]*+ ) [\x20\xa0]++ )?+
      (?: \p{Ll}[\p{Ll}\-]*+ [\x20\xa0]++ ){0,2}?             # "senior", "young"
      (?P<noun> \p{L}\p{Ll}*+ ) [\x20\xa0]++ )                   # "Voters", "lawyer"
    \p{Ll}{3,}+(?<=ing) [\x20\xa0]++ \Z                           # "leaving"
    """,
    regex.VERBOSE,
)
"""A subject that opens its unit and a participle after it, before the participle's object:
"|Voters |leaving| the polls said", "|A lawyer |representing| the family said"."""

# Verbs that a comma typed after their subject may precede ("Ana Lund, said: …"), and
# that no participle phrase in apposition starts, as "called" does ("The fund, called …").
_COMMA_TYPO_VERBS = frozenset(("say", "tell", "add"))


def _bare(phrase: str) -> bool:
    """Tell whether a noun phrase is common nouns alone, with no determiner or name."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return False
    return all(w[:1].islower() or w[:1].isdigit() for w in words) and not any(
        w.lower() in NOUN_DETERMINERS or w.endswith(("’s", "'s")) for w in words
    )


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
