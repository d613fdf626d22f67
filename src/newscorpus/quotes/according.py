"""Attribution by "according to": "According to X, CLAUSE", "CLAUSE, according to X",
"The plan, according to X, was dead." and "According to X: “…”".

The source after the phrase is the speaker, with the author of a document it names
("a report from the Harbor Institute"); the reported clause is the rest of the
sentence around the phrase.
"""

from __future__ import annotations

import regex

from newscorpus.quotes.boundaries import content_end, trim
from newscorpus.quotes.content import add_content, comma_before, first_word, opening, reach
from newscorpus.quotes.context import Context, Draft
from newscorpus.quotes.cues import Cue
from newscorpus.quotes.model import QuoteKind
from newscorpus.quotes.speakers import speaker_after
from newscorpus.quotes.vocabulary import CONNECTIVES, DETERMINERS, FINITE, SOURCE_NOUNS

__all__ = ["according"]

_DIRECT = QuoteKind.DIRECT  # an enum member read once: an attribute lookup is slow

_SPACE = " \t\n\xa0"
_BLANKS = " \t\xa0"  # the spaces of [\x20\t\xa0]

_CONNECTIVE = regex.compile(
    r"[\s“\"(]*+(?:" + "|".join(sorted(w.capitalize() for w in CONNECTIVES)) + r")[\x20\t\xa0,]++"
)
"""A connective that opens a sentence before "according to": "But according to X, …"."""


def according(ctx: Context, cue: Cue) -> bool:
    """Attribute "According to X, CLAUSE" and "CLAUSE, according to X"."""
    text = ctx.text
    unit = ctx.unit_of(cue.start)
    unit_start, unit_end = ctx.units[unit]
    speaker = speaker_after(text, cue.end, unit_end) or _object_pronoun(text, cue.end, unit_end)
    if speaker is None:
        return False
    # a clause after a colon opens with the phrase: "The numbers are stark: according to
    # recent polls, …"
    colon = ctx.last_colon(unit_start, cue.start)
    if colon >= 0 and ctx.quotation_at(colon) is None:
        unit_start = colon + 1
    rest = speaker[1]  # where what follows the source starts, past its spaces
    while rest < unit_end and text[rest] in _SPACE:
        rest += 1
    if text.startswith(":", rest, unit_end) and _quoted_after_colon(ctx, cue, speaker, rest + 1):
        return True  # "According to the paper: “…”"
    # the author of a document after it, which no comma ends the source before
    speaker = _with_author(text, speaker, unit_end)
    comma = comma_before(text, unit_start, cue.start)
    if first_word(text, unit_start, cue.start) == -1 or _CONNECTIVE.fullmatch(
        text, unit_start, cue.start
    ):  # the unit opens with it: "According to X, …", "But according to X, …"
        comma = text.find(",", speaker[1], min(unit_end, speaker[1] + 160))
        if comma >= 0 and _relative_after(text, comma + 1):
            # "According to the report, which was published Tuesday, CLAUSE": the relative
            # clause describes the source; the reported clause opens after its comma
            comma = text.find(",", comma + 1, min(unit_end, comma + 160))
        if comma < 0 or ctx.quotation_at(comma) is not None:
            return False
        start = opening(text, comma + 1, unit_end)
        if start < 0:
            return False
        end = content_end(ctx, start, unit_end)
    elif (
        comma is not None
        and text.startswith(",", rest, unit_end)
        and not _relative_after(text, rest + 1)  # "…, according to X, who said …": X's
    ):  # "The plan, according to X, was dead."
        start = opening(text, reach(text, unit_start, comma), comma)
        end = content_end(ctx, first_word(text, speaker[1], unit_end), unit_end)
    elif comma is not None and (resumed := _resumed(text, speaker[1], unit_end)) >= 0:
        # "Absent, according to members who spoke to reporters, was any mention of it."
        start = opening(text, reach(text, unit_start, comma), comma)
        end = content_end(ctx, resumed, unit_end)
    else:
        start = opening(text, reach(text, unit_start, cue.start), cue.start)
        end = trim(text, unit_start, comma if comma is not None else cue.start)
    return add_content(ctx, start, end, speaker, cue, unit)


def _quoted_after_colon(ctx: Context, cue: Cue, speaker: tuple[int, int], pos: int) -> bool:
    """Attribute the quotation that opens after the colon at ``pos - 1`` to the source of
    "According to X: “…”", as a direct quote."""
    text = ctx.text
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    i = ctx.quotation_at(pos)
    if i is None or i in ctx.claimed or ctx.quotations[i].start != pos:
        return False
    q = ctx.quotations[i]
    draft = Draft(q.start, q.end, _DIRECT, (q.start, q.end), speaker, (cue.start, cue.end), 0)
    ctx.add(draft._replace(unit=ctx.unit_of(q.start)), (i,))
    return True


_RELATIVE_WORD = regex.compile(r"(?:which|who|whose|whom)\b")
"""A relative pronoun that opens a clause after a comma: ", which was published Tuesday,"."""


def _relative_after(text: str, pos: int) -> bool:
    """Tell whether spaces and a relative pronoun (:data:`_RELATIVE_WORD`) follow ``pos``.

    The spaces are skipped before the pattern is tried: after them the pronoun's "wh"
    stands in no fixed place, and the engine would search the rest of the text for it
    first, which over a long text without one took time quadratic in its length.
    """
    j = pos
    while j < len(text) and text[j] in _BLANKS:
        j += 1
    return j > pos and _RELATIVE_WORD.match(text, j) is not None


_AUTHOR = regex.compile(
    r"""
    (?: [\x20\xa0]++ (?! (?&issued) \b ) (?P<noun> \p{Ll}++ ) )?       # "report" after "a recent"
    (?: [\x20\xa0]++ (?P<issued> released | published | issued | compiled | conducted
                             | prepared | written | filed | commissioned | obtained ) )?
                                                                       # "figures released"
    [\x20\xa0]++ (?: from | by ) (?= [\x20\xa0] )                   # "from", "by"
    """,
    regex.VERBOSE,
)
"""What may come between an "according to" source's first words and its author."""


def _with_author(text: str, speaker: tuple[int, int], hi: int) -> tuple[int, int]:
    """An "according to" source with its author: "a recent report| from the Harbor
    Institute", "figures| released by the ministry". The author is a name or a phrase
    with a determiner; the source must be a document's noun ("report", "figures")."""
    found = _AUTHOR.match(text, speaker[1], hi)
    if found is None:
        return speaker
    noun = found["noun"] or text[speaker[0] : speaker[1]].rsplit(None, 1)[-1].lower()
    if noun not in SOURCE_NOUNS:
        return speaker
    author = speaker_after(text, found.end(), hi)
    if author is None or not (
        text[author[0]].isupper() or text[author[0] : author[1]].split(None, 1)[0] in DETERMINERS
    ):
        return speaker
    return speaker[0], author[1]


_OBJECT_PRONOUN = regex.compile(r"[\x20\xa0]++(him|her|them)\b(?=[\x20\xa0]*+[,.;])")
"""A source written as a pronoun and ended by punctuation: "according to| him,"."""


def _object_pronoun(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The pronoun that is an "according to" source: "according to him, …"."""
    found = _OBJECT_PRONOUN.match(text, pos, hi)
    return found.span(1) if found is not None else None


_RESUMED = regex.compile(
    r"""
    [\x20\t\xa0]++ (?: by | from | in | of | who | that | reported | published | released
                  | obtained | reviewed | cited | seen ) \b   # the source's own modifier
    [^,;:.!?“”"\n]{1,100}+ , [\x20\t\xa0]++                  # "… by The Post, "
    (\p{Ll}++) \b                                           # the clause's verb: "was"
    """,
    regex.VERBOSE,
)
"""A modifier of an "according to" source, then a comma and the word after it."""


def _resumed(text: str, pos: int, hi: int) -> int:
    """Where the clause an "according to" source interrupts resumes after the source's
    modifier, or -1: at a finite verb ("…, according to members who spoke, was …")."""
    found = _RESUMED.match(text, pos, hi)
    if found is None:
        return -1
    verb = found[1]
    return found.start(1) if verb in FINITE or verb.endswith("ed") else -1
