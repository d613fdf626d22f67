"""The quotations no cue claimed: dash attributions, transcripts, running utterances.

A quotation left over is a direct quote when a dash names its speaker
(``…” — Commissioner Geoffrey Starks``), when it is a transcript's turn
(``"HOST: …``), or when it stands as a sentence of its own; then it takes the
speaker of a colon lead-in, of the sentence before it, or of the attribution
just before it (split quotes, quotes running on after an attributed one).
Short quotations inside a sentence (titles, nicknames, scare quotes) are not
quotes.
"""

from __future__ import annotations

import bisect

import regex

from newscorpus.quotes.context import Context, Draft
from newscorpus.quotes.marks import LABEL, Quotation
from newscorpus.quotes.model import QuoteKind
from newscorpus.quotes.speakers import speaker_after, subject_at
from newscorpus.quotes.tokens import colon_before
from newscorpus.quotes.vocabulary import NAMING_COLON

__all__ = ["attribute", "dash_speaker"]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_DIRECT, _MIXED, _INDIRECT = QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.INDIRECT

_CLAUSE_PRONOUN = regex.compile(r"(?:\bthat|\band|\bbut|\bso|,)[\x20\t\xa0]++(I|he|she|we|they)\b")
"""A personal pronoun that opens a later clause of a lead-in: "…, so I had to change my answer:"."""

_NAME_LEAD = regex.compile(
    r"""
    (?: [\x20\t\xa0] (?: [—―–] | --?+ ) [\x20\t\xa0]++ )     # a dash after a heading
    ( \p{Lu}[\p{L}.'’\-]*+ (?: [\x20\xa0]++ \p{Lu}[\p{L}.'’\-]*+ ){0,3}+   # a name
      (?: [\x20\xa0]++ and [\x20\xa0]++                           # and another: "Ana Ruiz and
          \p{Lu}[\p{L}.'’\-]*+ (?: [\x20\xa0]++ \p{Lu}[\p{L}.'’\-]*+ ){0,3}+ )?+ )  # Ben Lund"
    [\x20\t\xa0]*+ : [\x20\t\xa0\n]*+ \Z
    """,
    regex.VERBOSE,
)
"""A heading, a dash and a name (or two) before a colon: "TURNOUT ROSE - Maria Alvarez:"."""


def dash_speaker(text: str, lo: int, hi: int) -> bool:
    """Tell whether ``text[lo:hi]``, the lead-in of a quotation, ends with a dash, a name
    and a colon, which make the name its speaker: "Media shares blame - PollWatch:"."""
    return _NAME_LEAD.search(text, max(lo, hi - _LEAD_REACH), hi) is not None


# A capitalised word, then each further word of a name ("Ben| R.| O’Lund").
_FIRST_WORD = r"\p{Lu}[\p{L}.\-]*+"
_NEXT_WORD = r"(?:[\x20\xa0]++\p{Lu}[\p{L}.'’\-]*+)"
# A name: two to four capitalised words ("Ana Ruiz", "Ben R. Lund").
_NAME = _FIRST_WORD + _NEXT_WORD + "{1,3}+"
# One to four capitalised words ("Abbas", "Ana Ruiz").
_NAME_WORDS = _FIRST_WORD + _NEXT_WORD + "{0,3}+"

_BYLINE_AFTER = regex.compile(
    r"[\x20\t\xa0]*+,?+[\x20\t\xa0]*+by[\x20\xa0]++(?:[\p{L}.]++['’]s?+[\x20\xa0]++){0,3}+" + _NAME
)
"""A byline right after a quotation: "“Museum to close,”| by Times’ Ana Ruiz": a title."""

_AUTHOR_LEAD = regex.compile(
    r"\bby[\x20\xa0]++(?:[\p{L}.]++['’]s?+[\x20\xa0]++){0,3}+("
    + _NAME
    + r")[\x20\t\xa0]*+:[\s]*+\Z"
)
"""A byline that ends a lead-in: "“Museum to close,” by Times’ |Ana Ruiz|:"."""

_SIGNATURE_LINE = regex.compile(
    r"(" + _NAME + r"),[\x20\xa0]++[^\n,;:!?“”\"]{2,80}+[”\"][\x20\t\xa0]*+$",
    regex.MULTILINE,
)
"""A line that signs the quotation it closes: "|Ana Ruiz|, Voters First.”"."""

_DASH = regex.compile(r"[\x20\t\xa0]*+(?:[—―–]|--?(?=[\x20\t\xa0]))[\x20\t\xa0]*+")
"""A dash that hands a quotation to its speaker: "…” — Commissioner Geoffrey Starks"."""

_GLOSS = regex.compile(r"[\x20\xa0]++for\b")
"""What follows a language that glosses a word after a dash: "— Spanish| for “sisters”"."""

_SIGNATURE_DASH = regex.compile(r"(?:[—―–]|--?+)[\x20\t\xa0]*+(?=\p{Lu})")
"""A dash that opens a paragraph signing the quotation before it: "- Mayor Lopez.", "—Lopez"."""

_TERMINAL = regex.compile(r"[.?!…][\x20\t\xa0]*+[”’\"'»›]*+\Z")
"""A quotation whose words end like a sentence."""

_LETTER = regex.compile(r"\p{L}")
"""A letter."""

_MIN_WORDS = 4  # an unattributed quotation needs this many words to count as an utterance
_RECENT = 16  # attributions looked back at for the speaker of a running quotation


def attribute(ctx: Context) -> None:
    """Attribute the quotations no cue claimed: dash attributions and running utterances."""
    if len(ctx.claimed) == len(ctx.quotations):
        return  # every quotation attributed (or none at all): the drafts need no index
    text = ctx.text
    placed = sorted((d.start, n) for n, d in enumerate(ctx.drafts))
    # Single marks quote utterances in a text that has no double ones (the British style:
    # ‘We are ready,’ she said); elsewhere they quote inside a quotation, or a phrase.
    single_style = not any(q.double for q in ctx.quotations)
    for i, q in enumerate(ctx.quotations):
        if i in ctx.claimed or (not (q.double or single_style) and not _dash_after(ctx, q)):
            continue
        if text.find("by", q.end, q.end + 6) >= 0 and _BYLINE_AFTER.match(text, q.end):
            continue  # "“Museum to close,” by Ana Ruiz: …": an article's title and its author
        unit = ctx.unit_of(q.start)
        signed = _signature_line(ctx, q)
        if signed is not None:  # “… must not happen.\nAna Ruiz, Voters First.”: signed
            draft = Draft(q.start, q.end, _DIRECT, (q.start, q.end), signed, None, unit)
            ctx.add(draft, (i,))
            bisect.insort(placed, (q.start, len(ctx.drafts) - 1))
            continue
        dash = _dash_after(ctx, q)
        if dash is not None:
            ctx.add(
                Draft(q.start, q.end, _DIRECT, (q.start, q.end), dash[1], dash[0], unit),
                (i,),
            )
            continue
        label = LABEL.match(text, q.inner_start, q.inner_end)
        if label is not None:  # a transcript's turn: "WALLACE: Let's start …"
            colon = (label.end(1), label.end(1) + 1)
            draft = Draft(q.start, q.end, _DIRECT, (q.start, q.end), label.span(1), colon, unit)
            ctx.add(draft, (i,))
            bisect.insort(placed, (q.start, len(ctx.drafts) - 1))
            continue
        joined = _joined(ctx, q, placed)
        if joined is not None:  # "telling the crowd, “A,” and, “B.”": the same speaker's
            draft = Draft(q.start, q.end, _DIRECT, (q.start, q.end), *joined, unit)
            ctx.add(draft, (i,))
            bisect.insort(placed, (q.start, len(ctx.drafts) - 1))
            continue
        if not _utterance(ctx, q, unit):
            running = _running_clause(ctx, q, unit, placed)
            if running is not None:  # "“…,” said Ms. Ruiz. But now “it is over.”"
                start, before = running
                held = [j for j in ctx.quotations_between(start, q.end) if j not in ctx.claimed]
                content = (ctx.quotations[held[0]].start, ctx.quotations[held[0]].end)
                draft = Draft(start, q.end, _MIXED, content, before.speaker, before.cue, unit)
                ctx.add(draft, held)
                bisect.insort(placed, (start, len(ctx.drafts) - 1))
            continue
        previous = _previous(ctx, placed, q)
        speaker: tuple[int, int] | None = None
        cue_span: tuple[int, int] | None = None
        subject = _colon_subject(ctx, q, unit) or _subject_before_unit(ctx, unit, placed)
        if subject is not None:  # "Sanders identified X as Y. “The younger people …”"
            speaker = subject
        elif previous is not None:
            speaker = previous.speaker
            same_paragraph = ctx.paragraph_of(previous.start) == ctx.paragraph_of(q.start)
            cue_span = previous.cue if same_paragraph else None
        else:  # "Abbas also appealed for calm. ¶ “Any bullet shot …”"
            speaker = _name_closing_paragraph_before(ctx, q, placed)
        draft = Draft(q.start, q.end, _DIRECT, (q.start, q.end), speaker, cue_span, unit)
        ctx.add(draft, (i,))
        bisect.insort(placed, (q.start, len(ctx.drafts) - 1))


_LEAD_REACH = 400  # characters at the end of a lead-in read for its speaker
_NAMING_REACH = 40  # characters before a colon in which NAMING_COLON's word is looked for


def _colon_subject(ctx: Context, q: Quotation, unit: int) -> tuple[int, int] | None:
    """The subject of a lead-in that ends with a colon before a quotation.

    "Obama is rolling out a new message: “It's about me.”", or a paragraph
    ending "Sanders made the following comment:" before a quoted paragraph;
    in "She was upset, so I had to change my answer: “…”" the last clause's
    pronoun speaks.
    """
    text = ctx.text
    start = ctx.units[unit][0]
    if start < q.start and colon_before(text, start, q.start) >= 0:
        lead, end = start, q.start
    else:
        paragraph = ctx.paragraph_of(q.start)
        if start != q.start or paragraph == 0 or ctx.paragraph_starts[paragraph] != q.start:
            return None
        end = ctx.paragraph_ends[paragraph - 1]
        if colon_before(text, 0, end) < 0:
            return None
        lead = ctx.units[ctx.unit_of(end - 1)][0]
    # the end of the lead-in, where its byline, last clause or name stands: the patterns
    # read no further back, so a text of many such quotations takes linear time
    near = max(lead, end - _LEAD_REACH)
    author = _AUTHOR_LEAD.search(text, near, end)
    if author is not None:  # "…,” by Ana Ruiz: “…”": an excerpt of her article
        return author.span(1)
    pronouns = list(_CLAUSE_PRONOUN.finditer(text, near, end))
    if pronouns:
        return pronouns[-1].span(1)
    named = _NAME_LEAD.search(text, near, end)
    if named is not None:  # "TURNOUT ROSE - Maria Alvarez: “…”": the name speaks
        return named.span(1)
    return subject_at(text, lead, end)


def _subject_before_unit(
    ctx: Context, unit: int, placed: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The subject of the sentence before a unit, if it names someone and attributes nothing."""
    if unit == 0:
        return None
    start, end = ctx.units[unit - 1]
    if ctx.paragraph_of(start) != ctx.paragraph_of(ctx.units[unit][0]):
        return None
    n = bisect.bisect_left(placed, (start, -1))
    if n < len(placed) and placed[n][0] < end:
        return None  # the sentence before has an attribution of its own
    subject = subject_at(ctx.text, start, end)
    if subject is None or not ctx.text[subject[0]].isupper():
        return None
    return subject


_PERSONAL_PRONOUNS = frozenset(("He", "She"))
_SPEAKERS_BACK = 64  # attributions read back for a name's earlier speaker: a bounded look
_NAME_ONLY = regex.compile(r"(?!(?:The|A|An|This|That|These|Those|It|Its)\b)" + _NAME_WORDS)
"""A name in capitalised words only: "Abbas", "Mahmud Abbas" (not "The bill", "It")."""


def _name_closing_paragraph_before(
    ctx: Context, q: Quotation, placed: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The speaker who opens the last sentence of the paragraph before a quotation that
    opens its own, when that sentence attributes nothing: "Abbas, who …, also appealed for
    an end to the violence. ¶ “Any bullet shot …”" is Abbas's. The subject must be "he" or
    "she", or a name (capitalised words only) whose last word ends a speaker before: not
    "The bill passed. ¶ “…”", nor a photo credit ("Getty.") or a place ("Bihar is …")."""
    paragraph = ctx.paragraph_of(q.start)
    if paragraph == 0 or ctx.paragraph_starts[paragraph] != q.start:
        return None
    end = ctx.paragraph_ends[paragraph - 1]
    unit = ctx.unit_of(end - 1)
    start = ctx.units[unit][0]
    n = bisect.bisect_left(placed, (start, -1))
    if n < len(placed) and placed[n][0] < end:
        return None  # the sentence has an attribution of its own
    text = ctx.text
    subject = subject_at(text, start, end)
    if subject is None:
        return None
    words = text[subject[0] : subject[1]]
    if words in _PERSONAL_PRONOUNS:
        return subject
    if not _NAME_ONLY.fullmatch(text, subject[0], subject[1]):
        return None
    last = words.rsplit(None, 1)[-1]
    for k in range(n - 1, max(-1, n - 1 - _SPEAKERS_BACK), -1):  # nearest first
        spoken = ctx.drafts[placed[k][1]].speaker
        if (
            spoken is not None
            and text.endswith(last, spoken[0], spoken[1])
            and _NAME_ONLY.fullmatch(text, spoken[0], spoken[1])  # not "officials in Bihar"
        ):
            return subject
    return None


def _signature_line(ctx: Context, q: Quotation) -> tuple[int, int] | None:
    """The name that signs a quotation on the line after it, inside its closing mark
    ("“… must not happen.\nAna Ruiz, Voters First.”"), or None."""
    if ctx.text[q.end : q.end + 1] != "\n":
        return None  # the quotation runs to the end of its line, unclosed, when signed so
    last = ctx.paragraph_of(q.end - 1)
    following = last + 1
    if q.end < ctx.paragraph_ends[last] or following >= len(ctx.paragraph_starts):
        return None
    start = ctx.paragraph_starts[following]
    signed = _SIGNATURE_LINE.match(ctx.text, start, ctx.paragraph_ends[following])
    return signed.span(1) if signed is not None else None


def _dash_after(ctx: Context, q: Quotation) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A dash and the speaker it names after a quotation, or None."""
    text = ctx.text
    paragraph = ctx.paragraph_of(q.start)
    paragraph_end = ctx.paragraph_ends[paragraph]
    dash = _DASH.match(text, q.end)
    if dash is None or "\n" in dash[0]:
        # a quotation that fills its paragraph, signed in the next: "“…”\n\n- Mayor Lopez."
        last = ctx.paragraph_of(q.end - 1)  # a quotation may run over paragraphs
        following = last + 1
        if (
            q.end < ctx.paragraph_ends[last]
            or following >= len(ctx.paragraph_starts)
            or ctx.paragraph_starts[paragraph] != q.start
        ):
            return None
        dash = _SIGNATURE_DASH.match(text, ctx.paragraph_starts[following])
        if dash is None:
            return None
        paragraph_end = ctx.paragraph_ends[following]
    hi = max(paragraph_end, q.end)
    speaker = speaker_after(text, dash.end(), hi)
    if speaker is None or not text[speaker[0]].isupper():
        return None
    if _GLOSS.match(text, speaker[1]) is not None:
        return None  # "“Hermanas” — Spanish for “sisters” —": a translation, not a speaker
    mark = dash[0].strip()
    start = dash.start() + dash[0].index(mark)
    return (start, start + len(mark)), speaker


_CONJOINED = regex.compile(
    r"[\x20\t\xa0]*+,?+[\x20\t\xa0]*+(?:and|or)[\x20\t\xa0]*+,?+[\x20\t\xa0]*+"
)
"""What joins two quotations of one attribution: " and ", ", and, ", " or "."""


def _joined(
    ctx: Context, q: Quotation, placed: list[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The speaker and cue of the quotation that "and" or "or" joins to ``q`` from right
    before it, when that quotation is a direct quote of a speaker: "chanting “A” and
    “B”", "telling the crowd, “A,” and, “B?”"; or None."""
    n = bisect.bisect_left(placed, (q.start, -1)) - 1
    if n < 0:
        return None
    previous = ctx.drafts[placed[n][1]]
    if (
        previous.kind is not _DIRECT
        or previous.speaker is None
        or previous.end > q.start
        or _CONJOINED.fullmatch(ctx.text, previous.end, q.start) is None
    ):
        return None
    return previous.speaker, previous.cue


def _utterance(ctx: Context, q: Quotation, unit: int) -> bool:
    """Tell whether an unattributed quotation stands as an utterance of its own."""
    text = ctx.text
    inner = text[q.inner_start : q.inner_end]
    # split no further than _MIN_WORDS words: a quotation may run over a paragraph
    if len(inner.split(None, _MIN_WORDS)) < _MIN_WORDS and not _TERMINAL.search(inner):
        return False
    letter = _LETTER.search(text, q.inner_start, q.inner_end)
    if letter is None or letter[0].islower():
        return False
    unit_start = ctx.units[unit][0]
    if not _LETTER.search(text, unit_start, q.start):
        return True
    colon = colon_before(text, unit_start, q.start)
    return colon >= 0 and not NAMING_COLON.search(  # not a title: "a column titled:"
        text, max(unit_start, colon - _NAMING_REACH), q.start
    )


def _running_clause(
    ctx: Context, q: Quotation, unit: int, placed: list[tuple[int, int]]
) -> tuple[int, Draft] | None:
    """Where a sentence that runs on a quotation of the sentence before starts, and that
    quotation's draft; or None.

    "“It is a big moment,” said Ms. Ruiz. Unless others quit, “it is very hard to
    see how he is stopped.”": the second sentence has no cue, ends with a
    quotation of its own, and follows a quotation of a named speaker in the same
    paragraph, so it is that speaker's too.
    """
    text = ctx.text
    unit_start, unit_end = ctx.units[unit]
    if unit == 0 or len(text[q.inner_start : q.inner_end].split(None, _MIN_WORDS)) < _MIN_WORDS:
        return None
    if not _TERMINAL.search(text, q.inner_start, q.inner_end) or _LETTER.search(
        text, q.end, unit_end
    ):
        return None  # the quotation does not end the sentence: a phrase, a title
    if ctx.has_cues_between(unit_start, unit_end):
        return None
    n = bisect.bisect_left(placed, (unit_start, -1)) - 1
    if n < 0:
        return None
    previous = ctx.drafts[placed[n][1]]
    if (
        previous.kind == _INDIRECT
        or previous.speaker is None
        or previous.start < ctx.units[unit - 1][0]
        or ctx.paragraph_of(previous.start) != ctx.paragraph_of(unit_start)
    ):
        return None
    letter = _LETTER.search(text, unit_start, q.start)
    if letter is None:
        return None
    start = letter.start()
    holder = ctx.quotation_at(start)
    return (start if holder is None else ctx.quote_starts[holder]), previous


def _previous(ctx: Context, placed: list[tuple[int, int]], q: Quotation) -> Draft | None:
    """The attribution just before a quotation, in its paragraph or the one before."""
    n = bisect.bisect_left(placed, (q.start, -1)) - 1
    paragraph = ctx.paragraph_of(q.start)
    stop = max(-1, n - _RECENT)
    while n > stop:
        draft = ctx.drafts[placed[n][1]]
        # where the attribution ends: a quotation of several paragraphs before it starts
        # further back ("“A. ¶ “B,” she said. ¶ “C.”": C runs on from B)
        if ctx.paragraph_of(max(draft.start, draft.end - 1)) < paragraph - 1:
            return None
        if draft.speaker is not None:
            return _quoting_in_unit(ctx, placed, n, stop) if draft.kind is _INDIRECT else draft
        n -= 1
    return None


def _quoting_in_unit(ctx: Context, placed: list[tuple[int, int]], n: int, stop: int) -> Draft:
    """The draft at ``n``, an indirect one, or a quoting one before it in its unit, or
    one whose content holds it.

    "“A,” said Ruiz, using a term Lund used to describe Voss, on a call. “B.”":
    the clause inside the attribution does not take over the quotation after it;
    nor does a clause inside reported content ("Old batteries threaten the
    soil, says Ana Ruiz. “B.”": Ruiz speaks on, not the batteries).
    """
    draft = ctx.drafts[placed[n][1]]
    k = n - 1
    while k > stop:
        before = ctx.drafts[placed[k][1]]
        if before.unit != draft.unit:
            break
        if before.speaker is not None and (
            before.kind is not _INDIRECT or before.start <= draft.start < before.end
        ):
            return before
        k -= 1
    return draft
