"""Findings of surveys: "In the latest poll, the mayor led …", "60 percent said … in a poll".

A sentence that opens with "In" and a survey, poll or study (``survey_nouns.txt``),
then a comma, attributes the clause after the comma to that survey, as
"according to the poll, …" would. A clause with a cue of its own ("In the
poll, 60 percent said …") is left to that cue; but when that cue's speaker is
a share of the respondents ("60 percent", "most voters") and the sentence
names the survey, the survey is the source, as news reports it.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Sequence

import regex

from newscorpus.quotes.boundaries import content_end
from newscorpus.quotes.content import add_content
from newscorpus.quotes.context import Context
from newscorpus.quotes.cues import Cue, CueKind
from newscorpus.quotes.vocabulary import APPROXIMATORS, QUANTITY_HEADS, SURVEY_NOUNS, WEEKDAYS

__all__ = ["SURVEY_WORDS", "attribute", "poll_speakers"]

#: The words that name a survey, in lower case, as :func:`~newscorpus.quotes.cues.lexicon_words`
#: finds them in any case: the nouns of an opening "In the … poll," (read in any case:
#: "In a CNN Poll,") and the "poll" or "survey" that :func:`poll_speakers` reads. They
#: are ASCII letters, which the scan finds whole (see test_quotes_surveys). A text
#: without one is spared both rules, and their searches of the whole text ("In ",
#: "poll", "survey").
SURVEY_WORDS = frozenset(
    word.encode() for word in SURVEY_NOUNS | {"poll", "polls", "survey", "surveys"}
)
_KEY = operator.itemgetter(1)  # the word of a (start, word) that lexicon_words finds


def _unsurveyed(words: Sequence[tuple[int, bytes]] | None) -> bool:
    """Tell whether a text's lexicon words, if given, hold no word of a survey."""
    return words is not None and SURVEY_WORDS.isdisjoint(map(bytes.lower, map(_KEY, words)))


_OPENING = regex.compile(
    r"""
    [\x20\t\xa0“"]*+ In [\x20\xa0]++
    (?P<source>
        (?: the | a | an | this | that | its | their | his | her | our ) [\x20\xa0]++
        [^,.;:!?“”"\n]{0,80}? \b (?P<noun> \p{L}++ )       # "the latest Reuters poll"
        (?: [\x20\xa0]++                                       # what the survey's noun may take:
            (?: (?: released | conducted | published | taken | issued ) \b [^,.;:!?“”"\n]{0,60}+
              | (?: last | this | earlier | early | late ) [\x20\xa0]++ \p{Ll}++   # "last month"
              | \L<weekdays> ) )?+                              # "released Sunday", "Monday"
    )
    (?: , [^,;:.!?“”"\n]{1,80}+ (?=,) )?+                    # ", conducted in September"
    , [\x20\xa0]++
    """,
    regex.VERBOSE,
    weekdays=WEEKDAYS,
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


def attribute(ctx: Context, words: Sequence[tuple[int, bytes]] | None = None) -> None:
    """Attribute the clause of each sentence that opens with "In" and a survey.

    ``words`` are the text's :func:`~newscorpus.quotes.cues.lexicon_words` for a
    scan of at least :data:`SURVEY_WORDS`, if already found.
    """
    if _unsurveyed(words):
        return  # no survey noun: no opening names a survey
    text = ctx.text
    for unit in _opening_units(ctx):  # the cheap test first: most sentences open otherwise
        start, end = ctx.units[unit]
        found = _OPENING.match(text, start, end)
        if found is None or found["noun"].lower() not in SURVEY_NOUNS:  # "a CNN Poll"
            continue
        lo = found.end()
        if ctx.has_cues_between(found.end("source"), end):
            continue  # "In the poll, 60 percent said …": the cue's
        noun = found["noun"].lower()
        cue = Cue(found.start("noun"), found.end("noun"), CueKind.VERB, noun, False, True)
        add_content(ctx, lo, content_end(ctx, lo, end), found.span("source"), cue, unit)


_RESPONDENTS = regex.compile(
    r"""
    (?: (?i: \L<approximators> | some | more \x20 than              # quantities.txt
           | the \x20 vast | a \x20 slim | a \x20 narrow | a | the ) [\x20\xa0]++ )?+
    (?: \p{N}[\p{N},.]*+ (?: [\x20\xa0]*+ % | [\x20\xa0]++ percent )     # "61 percent", "68%"
      | (?i: \p{L}++ (?: -\p{L}++ )?+ [\x20\xa0]++ percent )              # "Sixty-seven percent"
      | (?i: majority | majorities | most | half | two-thirds | three-quarters ) \b
      | (?i: one | two | three | four ) [\x20\xa0]++ in [\x20\xa0]++ \p{L}++ )
    """,
    regex.VERBOSE,
    approximators=APPROXIMATORS,
)
"""A share of respondents that opens a speaker: "61 percent", "Some 55%", "A majority"."""

_POLL = regex.compile(
    r"""
    \b (?i: in | by | from ) [\x20\xa0]++
    ( (?i: a | an | the | this | last | its | their ) [\x20\xa0]++
      [^,.;:!?“”"\n]{0,60}? \b (?: poll | survey ) s?+ \b )    # "a recent CNN/ORC poll"
    """,
    regex.VERBOSE,
)
"""A survey named in a sentence: "in |a Harbor Institute survey released Monday|"."""


# Words of a share among the first three of a phrase: the quantity heads ("a majority",
# "half"), "most voters", "one in five".
_SHARE_WORDS = QUANTITY_HEADS | {"most", "majorities", "two-thirds", "three-quarters", "in"}


def _may_be_share(phrase: str) -> bool:
    """Tell whether a speaker phrase may be a share of respondents (see _RESPONDENTS)."""
    return (
        "percent" in phrase
        or "%" in phrase
        or not _SHARE_WORDS.isdisjoint(phrase.lower().split()[:3])
    )


def poll_speakers(ctx: Context, words: Sequence[tuple[int, bytes]] | None = None) -> None:
    """Give a survey the quotes of the respondents its sentence reports: in "61 percent of
    renters said … in a Harbor Institute survey" the survey is the source.

    ``words`` are as for :func:`attribute`.
    """
    text = ctx.text
    if _unsurveyed(words) or (words is None and "poll" not in text and "survey" not in text):
        return  # no "poll" or "survey" for _POLL to find
    for n, draft in enumerate(ctx.drafts):
        speaker = draft.speaker
        if speaker is None or not _may_be_share(text[speaker[0] : speaker[1]]):
            continue  # the cheap test first: most speakers are names or pronouns
        if _RESPONDENTS.match(text, speaker[0], speaker[1]) is None:
            continue
        start, end = ctx.units[draft.unit]
        found = _POLL.search(text, start, end)
        if found is not None:  # before the respondents, or after: "… in a poll this month"
            ctx.drafts[n] = draft._replace(speaker=found.span(1))
