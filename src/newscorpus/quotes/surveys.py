"""Findings opened by the survey that reports them: "In the latest poll, the mayor led …".

A sentence that opens with "In" and a survey, poll or study (``survey_nouns.txt``),
then a comma, attributes the clause after the comma to that survey, as
"according to the poll, …" would. A clause with a cue of its own ("In the
poll, 60 percent said …") is left to that cue.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newscorpus.quotes.boundaries import content_end
from newscorpus.quotes.context import Context
from newscorpus.quotes.cues import Cue, CueKind
from newscorpus.quotes.indirect import add_content
from newscorpus.quotes.vocabulary import SURVEY_NOUNS

__all__ = ["attribute"]

_OPENING = regex.compile(
    r"""
    [\x20\t\xa0“"]*+ In [\x20\xa0]++
    (?P<source>
        (?: the | a | an | this | that | its | their | his | her | our ) [\x20\xa0]++
        [^,.;:!?“”"\n]{0,80}? \b (?P<noun> \p{Ll}++ ) )     # "the latest Reuters poll"
    (?: , [^,;:.!?“”"\n]{1,80}+ (?=,) )?+                    # ", conducted in September"
    , [\x20\xa0]++
    """,
    regex.VERBOSE,
)
"""A sentence's opening "In" and a noun phrase, then the comma before its clause."""


def _opening_units(ctx: Context) -> Iterator[int]:
    """The units whose first or second character starts an "In ", in order.

    Each "In " of the text, a rare string, is looked up among the units: cheaper
    than a look at the opening of every unit.
    """
    text = ctx.text
    at = text.find("In ") if ctx.units else -1
    while at >= 0:
        unit = ctx.unit_of(at)
        start, end = ctx.units[unit]
        if start <= at <= start + 1 and at + 3 <= end:
            yield unit
        at = text.find("In ", at + 1)


def attribute(ctx: Context) -> None:
    """Attribute the clause of each sentence that opens with "In" and a survey."""
    text = ctx.text
    for unit in _opening_units(ctx):  # the cheap test first: most sentences open otherwise
        start, end = ctx.units[unit]
        found = _OPENING.match(text, start, end)
        if found is None or found["noun"] not in SURVEY_NOUNS:
            continue
        lo = found.end()
        if ctx.has_cues_between(lo, end):
            continue  # "In the poll, 60 percent said …": the cue's
        cue = Cue(found.start("noun"), found.end("noun"), CueKind.VERB, found["noun"], False, True)
        add_content(ctx, lo, content_end(ctx, lo, end), found.span("source"), cue, unit)
