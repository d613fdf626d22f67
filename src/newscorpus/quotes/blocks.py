"""Block quotations: a paragraph set off without quotation marks after "He said:".

Opinion pieces and blogs quote a speech, a post or a book at length as a
paragraph of its own, introduced by a paragraph that ends with a reporting
verb and a colon::

    In a speech last July, Perry said:

    Let no one be mistaken – this candidacy is a cancer on conservatism.

The paragraph after the colon is what the speaker said: an indirect quote
(it carries no quotation marks), whose speaker and cue are those of the lead-in.
A paragraph that opens with a quotation mark is left to the rules for
quotations (a colon lead-in), and one that holds an attribution of its own
is left to it.
"""

from __future__ import annotations

import bisect

import regex

from newscorpus.quotes.boundaries import MAX_CONTENT, trim
from newscorpus.quotes.context import Context, Draft
from newscorpus.quotes.cue_speakers import speaker_of
from newscorpus.quotes.cues import Cue, CueKind
from newscorpus.quotes.model import QuoteKind
from newscorpus.quotes.vocabulary import SAYING_LEMMAS

__all__ = ["attribute"]

_INDIRECT = QuoteKind.INDIRECT
_VERB = CueKind.VERB

_AFTER_VERB = regex.compile(
    r"""
    (?: [\x20\xa0]++ (?: that                              # "argued that:"
                     | (?: in | on ) (?: [\x20\xa0]++ [\p{L}.'’\-]++ ){1,3}+ ) )?+  # "in a post:"
    [\x20\t\xa0]*+ : [\x20\t\xa0]*+ \Z
    """,
    regex.VERBOSE,
)
"""What may stand between a lead-in's verb and its closing colon: nothing, "that", or
where it was said ("wrote on Facebook:", "said in a statement:")."""

_TOLD = regex.compile(r"(?:[\x20\xa0]++[\p{L}.'’\-]++){1,3}+[\x20\t\xa0]*+:[\x20\t\xa0]*+\Z")
"""The listener of "told" before the colon: "told reporters:", "told the Daily Post:"."""

# The verbs that introduce a quotation set off below them: the verbs of saying and
# writing, not the many that take an object ("spoke out against Trump:", "breaks the
# rules:", "highlights:").
_LEAD_LEMMAS = SAYING_LEMMAS | frozenset(
    ("report", "state", "explain", "tweet", "post", "conclude", "warn", "continue", "recall")
)

_REACH = 40  # characters before the colon in which the lead-in's verb is looked for
_BULLETS = frozenset("+-*•·–—")  # a list's item is no block


def attribute(ctx: Context) -> None:
    """Attribute the paragraph after each lead-in that ends with a reporting verb and a
    colon to the lead-in's speaker."""
    text = ctx.text
    starts, ends = ctx.paragraph_starts, ctx.paragraph_ends
    drafted: list[int] | None = None  # where the drafts start, sorted, once a lead-in asks
    reporting: set[int] = set()  # where the cues of the drafts start
    for i in range(len(starts) - 1):
        colon = ends[i] - 1
        if colon < starts[i] or text[colon] != ":":
            continue  # the cheap test first: most paragraphs end with a period
        if drafted is None:
            drafted = sorted(d.start for d in ctx.drafts)
            reporting = {d.cue[0] for d in ctx.drafts if d.cue is not None}
        lead = _lead_cue(ctx, max(starts[i], colon - _REACH), colon + 1, reporting)
        if lead is None:
            continue
        block_start, block_end = starts[i + 1], ends[i + 1]
        if ctx.quotations_between(block_start, block_end):
            continue  # quotations: the colon lead-in of leftovers attributes them
        if text[block_start] in _BULLETS:
            continue  # "Highlights:" and a list
        n = bisect.bisect_left(drafted, block_start)
        if n < len(drafted) and drafted[n] < block_end:
            continue  # the paragraph holds an attribution of its own
        cue, unit = lead
        speaker = speaker_of(ctx, cue, unit)
        if speaker is None:
            continue
        end = trim(text, block_start, min(block_end, block_start + MAX_CONTENT))
        if end <= block_start:
            continue
        cue_span = (cue.start, cue.end)
        ctx.add(
            Draft(block_start, end, _INDIRECT, None, speaker, cue_span, ctx.unit_of(block_start))
        )


def _lead_cue(ctx: Context, lo: int, hi: int, reporting: set[int]) -> tuple[Cue, int] | None:
    """The reporting verb that a lead-in ``text[lo:hi]`` ends with, before its colon and
    at most a few words of a listener or a place, with its unit; None if there is none or
    it already reports something (its start is in ``reporting``)."""
    cues = ctx.cues_between(lo, hi)
    if not cues:
        return None
    cue = cues[-1]
    if cue.kind != _VERB or cue.lemma not in _LEAD_LEMMAS:
        return None  # not "spoke out against it:", "breaks the rules:", "highlights:"
    after = _TOLD if cue.lemma == "tell" else _AFTER_VERB
    if after.match(ctx.text, cue.end, hi) is None:
        return None
    if cue.start in reporting:
        return None  # the verb reports a clause of its own
    return cue, ctx.unit_of(cue.start)
