"""Attribute quotations: a cue beside a quotation, and quotations that follow.

For each cue outside quotation marks, in order:

- a quotation right before it, with its speaker between them or after it
  (``“…,” Putin said``, ``“…,” said Victor Oyelaran``, ``“…,” he told Putin``)
  is a direct quote; if words of the same sentence come before the quotation
  (``Clinton, the nominee “is dogged,” the newspaper wrote``) it is a mixed
  quote covering them;
- a quotation right after it (``Putin said: “…”``, ``he said, “…”``,
  ``declaring that “…”``, a colon that ends the paragraph before) is direct
  when it stands as an utterance and mixed when it continues the sentence;
- otherwise the cue may report speech without marks
  (:mod:`newscorpus.quotes.indirect`).

The quotations left over are then read by :mod:`newscorpus.quotes.leftovers`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.lexicon import ROLE_NOUNS
from newscorpus.quotes import (
    according,
    blocks,
    headlines,
    indirect,
    leftovers,
    nouns,
    passives,
    surveys,
    transcripts,
)
from newscorpus.quotes.boundaries import MAX_CONTENT, apposed, apposition_end, content_end
from newscorpus.quotes.clauses import ends_attribution, has_verb, skip_times
from newscorpus.quotes.content import WORD
from newscorpus.quotes.context import Context, Draft
from newscorpus.quotes.cue_speakers import quoted_by, speaker_of
from newscorpus.quotes.cues import THOUGHT_BARE, THOUGHT_LEMMAS, Cue, CueKind
from newscorpus.quotes.marks import Quotation
from newscorpus.quotes.model import QuoteKind
from newscorpus.quotes.speakers import speaker_after, subject_at
from newscorpus.quotes.tokens import colon_before, words
from newscorpus.quotes.vocabulary import (
    DETERMINERS,
    FINITE,
    FUNCTION,
    NAMING_COLON,
    POSTNOMINAL,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SAYING_LEMMAS,
    TELL,
    is_title_inside,
    verb_like,
)

__all__ = ["attribute"]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_ACCORDING, _CHANNEL, _PARTICIPLE = CueKind.ACCORDING, CueKind.CHANNEL, CueKind.PARTICIPLE
_DIRECT, _MIXED = QuoteKind.DIRECT, QuoteKind.MIXED

# The marks that end an utterance before the attribution after it: "…,” said Lee".
_CLOSING_PUNCTUATION = frozenset(",.!?…;:-—–")
# What may close a quotation nested at the end of another: marks and spaces ("… ‘no,’”).
_INNER_CLOSERS = " \t\xa0’'‘\"”»›`"

# The standard library's engine, faster to call: the pattern is an explicit class of
# spaces and commas, read alike by both engines (and needs no possessive quantifier).
_GAP = re.compile(r"[\x20\t\xa0,]*")
"""What may stand between a quotation and the attribution after it."""

_ROLE_GAP = regex.compile(r"(?:[\p{L}\p{N}.'’\-]++[\x20\xa0]++){0,10}+")
"""Titles and roles before a speaker's name: "“…,” Trump lawyer Marc Kessner said"."""

_AS = regex.compile(r"as[\x20\xa0]++")
"""An "as" before the speaker: "“…,” as the memo put it"."""

_APPOSITIONS = regex.compile(
    r"[\p{Lu}][^,;:.!?“”\"]{0,40}+(?:,[^,;:!?“”\"]{1,80}+){1,3}+,[\x20\xa0]*+"
)
"""A name and its appositions before a cue: "Scott Ostrander, the attorney general, "."""

_OPEN_APPOSITION = regex.compile(
    r"""
    \p{Lu} [^,;:.!?“”"]{0,40}+ ,                   # a name and its comma
    [\x20\xa0]++ (?: the | a | an | who ) [\x20\xa0]++   # a description or a relative clause
    [^,;:!?“”"()]{1,100}+ \Z                       # with no comma to close it
    """,
    regex.VERBOSE,
)
"""A name and an apposition whose closing comma is left out: "Ana Ruiz, the economist who
runs the institute "."""

_ROLE_BEFORE_NAME = regex.compile(
    r"""
    (?: (?: the | a | an | another | his | her | their | its | \p{L}++['’]s )   # "his", "Lund’s"
        [\x20\xa0]++ )?
    (?: [\p{L}\p{N}\-]++ [\x20\xa0]++ ){0,4}?                          # "top", "41-year-old"
    (?P<role> \p{Ll}++ ) , [\x20\xa0]++                                     # "aide, "
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A role in apposition before a speaker's name: "“…,” a senior aide|, Tovin Arkadze, said"."""

_COLON_BREAK = regex.compile(r"[^\n]{0,80}?:[\x20\t\xa0]*+\n\s*+")
"""A lead-in that ends its paragraph with a colon: "He said:" before a quotation."""

_LETTER = regex.compile(r"\p{L}")
"""A letter."""

# Characters after a verb of thought in which the "that" of its clause comes ("found in
# a report released on Tuesday that"): most uses of such verbs have none, and are passed
# over without a look for their subject.
_THAT_REACH = 60


def attribute(
    ctx: Context,
    noun_cues: Sequence[nouns.NounCue] | None = None,
    words: Sequence[tuple[int, bytes]] | None = None,
) -> None:
    """Attribute every cue of the context, then the quotations left over.

    ``noun_cues`` are the text's nouns of saying, if already found; ``words`` its
    :func:`~newscorpus.quotes.cues.lexicon_words` for a scan of at least
    :data:`~newscorpus.quotes.surveys.SURVEY_WORDS`, if found (see :mod:`.surveys`).
    """
    for cue, unit in ctx.cues_with_units():
        if cue.kind == _CHANNEL:
            continue
        if cue.kind == _ACCORDING:
            according.according(ctx, cue)
            continue
        if cue.lemma in THOUGHT_LEMMAS:  # a clause (after "that"), never a quotation beside it
            if (
                (cue.lemma in THOUGHT_BARE and cue.kind != _PARTICIPLE)
                or ctx.text.find("that", cue.end, cue.end + _THAT_REACH) >= 0
                or indirect.document_finding(ctx.text, cue, ctx.units[unit][0])
            ):
                indirect.reported(ctx, cue, unit)
            continue
        if cue.lemma == "ask" and ctx.text[cue.start] == "A":
            # "Asked about it, she said …": a question whose subject follows; the
            # quotation beside it is the answer, which the later cue attributes
            indirect.reported(ctx, cue, unit)
            continue
        before = _quote_before(ctx, cue, unit)
        after = _quote_after(ctx, cue, unit, split_only=before)
        if not (before or after):
            if not indirect.reported(ctx, cue, unit):
                passives.passive(ctx, cue, unit)
        elif before and not after and cue.kind == _PARTICIPLE and cue.lemma in SAYING_LEMMAS:
            # "a defense of “New York values,” saying the city …": the participle reports
            # the clause after it too
            indirect.reported(ctx, cue, unit)
    nouns.attribute(ctx, nouns.find_noun_cues(ctx.text) if noun_cues is None else noun_cues)
    surveys.attribute(ctx, words)
    headlines.attribute(ctx)
    leftovers.attribute(ctx)
    transcripts.attribute(ctx)
    blocks.attribute(ctx)
    surveys.poll_speakers(ctx, words)


_OPENS_QUOTATION = regex.compile(r"""[,:]?+[\x20\xa0]*+[“"‘«]""")
"""A quotation that opens right after a cue, with a comma or a colon before it: "saying, “…"."""


def _quote_before(ctx: Context, cue: Cue, unit: int) -> bool:
    """Attribute the quotation right before a cue of unit ``unit``: "“…,” Putin said"."""
    text = ctx.text
    i = bisect.bisect_right(ctx.quote_ends, cue.start) - 1
    if i > 0 and _titled_apposition(ctx, i, cue.start):
        i -= 1  # "“…,” Ana Ruiz, a member of the “Golden Team”, said": the quotation before
    if i < 0 or i in ctx.quoted:  # a mixed clause may hold it: "X said … “…,” she said"
        return False
    if i in ctx.claimed and (
        cue.kind == _PARTICIPLE
        or any(c.kind == _PARTICIPLE for c in ctx.cues_between(ctx.quotations[i].end, cue.start))
    ):
        return False  # "She said it needs no “specific steps,” noting …", "It cited a
        # “…,” saying the group asked": the mixed clause's
    q = ctx.quotations[i]
    if i in ctx.claimed and _last_mark(text, q) in ".!?":
        return False  # "… said she “looks forward to it.” Her rival responded": a quotation
        # that ends its sentence inside another's clause is not the next sentence's
    if cue.start - q.end > 160 or text.find("\n", q.end, cue.start) >= 0:
        return False
    unit_end = ctx.units[unit][1]
    gap = _GAP.match(text, q.end, cue.start)
    assert gap is not None  # the pattern matches the empty string
    if (
        _is_title(text, q)
        and _NAMING_BEFORE.search(text, max(0, q.start - 40), q.start)
        and (gap.end() == cue.start or not _clause_holds(ctx, q))
    ):
        return False  # "On CNN’s “Newsroom,” Ana Ruiz said if …": a programme's name; but
        # "Children in Lyon adore “Harbor Lights,” Mr. Okafor said": a mixed quote
    if cue.kind == _PARTICIPLE:  # "… as a “strong leader,” comparing him to …"
        speaker = quoted_by(text, gap.end(), cue.start)  # "“…,” X was quoted by Y as saying"
        if speaker is None:
            if gap.end() != cue.start or _is_title(text, q):  # not "told “Morning Table,” adding"
                return False
            if _OPENS_QUOTATION.match(text, cue.end) is not None:
                return False  # "needled the TV “reporter,” saying, “A reporter …”": the next one's
            speaker = _speaker(ctx, cue, unit)
    elif gap.end() == cue.start:  # "…,” said Victor Oyelaran"
        if cue.base:
            return False  # "…,” say officials" is not English; "…” state Sen. X" is a title
        speaker = speaker_after(text, cue.end, unit_end)
        if (
            speaker is not None
            and text[speaker[0]].islower()
            and _unpunctuated(text, q, gap.end())
            and (len(text[q.inner_start : q.inner_end].split()) < 4 or _lead_in(ctx, q) is not None)
        ):
            return False  # "The “Golden Team” warned its rivals": a name, the verb's subject
    else:
        speaker = ctx.subject(cue, unit)
        if speaker is None and cue.lemma == "quote" and not indirect.passes_on(text, cue, unit_end):
            speaker = _quoted_subject(text, gap.end(), cue.start)  # "“…,” he was quoted by"
        if speaker is not None and speaker[0] < q.end:
            speaker = None
        if speaker is None or not (
            _roles_only(text, gap.end(), speaker[0])
            or _AS.fullmatch(text, gap.end(), speaker[0])
            or _role_before_name(text, gap.end(), speaker[0])
        ):
            if not (
                _APPOSITIONS.fullmatch(text, gap.end(), cue.start)
                or _OPEN_APPOSITION.fullmatch(text, gap.end(), cue.start)
            ):
                if _last_mark(text, q) in ".!?":
                    return False  # the quotation ends its sentence: not this cue's
                speaker = _modified_subject(text, gap.end(), cue.start) or _relative_subject(
                    text, gap.end(), cue.start
                )
                if speaker is None:
                    return False  # but "“…,” the review for April says": a modified noun
            else:
                # "“…,” Scott Ostrander, the attorney general of Oklahoma, one of the states, said"
                speaker = subject_at(text, gap.end(), cue.start)
                if speaker is None or text[speaker[1] : speaker[1] + 1] != ",":
                    return False
    if cue.kind != _PARTICIPLE and _has_complement(
        ctx, cue, speaker if gap.end() == cue.start else None, unit_end
    ):
        return False  # "“Lyin' Ted.” Trump called the senator a “nasty guy”"
    start, kind, content, held = q.start, _DIRECT, (q.start, q.end), range(i, i + 1)
    lead = _lead_in(ctx, q)
    if lead is not None:
        # the clause may hold short quotations of its own: "terms like “crisis” and “collapse”"
        start, kind, held = lead, _MIXED, ctx.quotations_between(lead, q.end)
        first = ctx.quotations[held[0]]
        content = (first.start, first.end)
    end = q.end
    after = speaker[1] if gap.end() == cue.start and speaker is not None else cue.end
    resumes = _resumption(ctx, q, after, unit_end)
    if resumes is not None:  # "“It is our bad luck,” he said, that both men …": one sentence
        end = content_end(ctx, resumes, unit_end)
        later = ctx.quotations_between(q.end, end)
        if not any(j in ctx.claimed for j in later):  # no quotation of another attribution
            kind, held = _MIXED, ctx.quotations_between(start, end)
        else:
            end = q.end
    ctx.add(Draft(start, end, kind, content, speaker, _cue_span(cue), unit), held)
    return True


_RESUMPTION = regex.compile(r"[\x20\t\xa0]*+,[\x20\t\xa0]++(\p{Ll}[\p{Ll}’']*+)\b")
"""A comma after an attribution, and the word in lower case after it."""


def _resumption(ctx: Context, q: Quotation, after: int, unit_end: int) -> int | None:
    """Where the sentence that a quotation ending in a comma and its attribution (which
    ends at ``after``) interrupt goes on without marks, or None: "“It is our bad luck,”
    he said, |that both men …", "“Only you, Dinesh,” she said, |would use the occasion …".

    The words after the comma go on with the sentence when they open with "that" or a
    finite verb; a participle (", adding …"), a conjunction (", and left") or another
    quotation (", “…”": a split quotation) does not.
    """
    if _last_mark(ctx.text, q) != ",":
        return None
    found = _RESUMPTION.match(ctx.text, after, unit_end)
    if found is None or not (found[1] == "that" or found[1] in FINITE):
        return None
    if ctx.has_cues_between(after, found.end()):
        return None
    return found.start(1)


_WAS = regex.compile(r"[\x20\xa0]++(?:was|were|is|are|has[\x20\xa0]++been)[\x20\xa0]++\Z")
"""The auxiliary of a passive right before its participle: "he| was |quoted"."""


def _quoted_subject(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The subject of a passive "quoted" at ``pos`` right after a quotation: "“…,” he was
    quoted by the website" is his."""
    aux = _WAS.search(text, max(lo, pos - 24), pos)
    if aux is None:
        return None
    subject = subject_at(text, lo, aux.start())
    return subject if subject is not None and subject[1] == aux.start() else None


def _unpunctuated(text: str, q: Quotation, gap_end: int) -> bool:
    """Tell whether no punctuation ends a quotation before a cue: "the “Golden Team” warned".

    An utterance before its inverted attribution ends with a comma or another
    mark, inside the quotation or after it ("…,” said Lee", "…” , said Lee").
    Writers drop that comma now and then after a whole sentence ("“I had no
    fears” said his wife"), so the caller also asks for a short quotation or
    words before it in its sentence, as a name or title has.
    """
    if not q.closed or text.find(",", q.end, gap_end) >= 0:
        return False
    return _last_mark(text, q) not in _CLOSING_PUNCTUATION


def _last_mark(text: str, q: Quotation) -> str:
    """The last character of a quotation's words, past the marks and spaces of a quotation
    nested at its end ("… ‘no,’”" ends with ","); "" if it holds none."""
    i = q.inner_end
    while i > q.inner_start and text[i - 1] in _INNER_CLOSERS:
        i -= 1
    return text[i - 1] if i > q.inner_start else ""


def _clause_holds(ctx: Context, q: Quotation) -> bool:
    """Tell whether a clause with a verb leads to a quotation in its sentence."""
    lead = _lead_in(ctx, q)
    return lead is not None and has_verb(ctx.text, lead, q.start)


def _role_before_name(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is a role and a comma before a name: "the aide, "."""
    found = _ROLE_BEFORE_NAME.fullmatch(text, start, end)
    return found is not None and found["role"] in ROLE_NOUNS


def _roles_only(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` holds only titles and roles: "Trump lawyer "."""
    if not _ROLE_GAP.fullmatch(text, start, end):
        return False
    words = text[start:end].split()
    for k, word in enumerate(words):
        if word.lower() not in FUNCTION:
            continue
        if word in ("of", "for") and k > 0 and words[k - 1].lower() not in FUNCTION:
            continue  # "head of| the coaching team", "minister for| trade": a role's complement
        if word == "the" and k > 0 and words[k - 1] in ("of", "for"):
            continue
        if (
            word == "and"
            and 0 < k < len(words) - 1
            and words[k - 1].islower()
            and words[k + 1].islower()
            and words[k - 1] not in FUNCTION
            and words[k + 1] not in FUNCTION
        ):
            continue  # "director of sales and marketing": two nouns of one role
        return False
    return True


def _has_complement(
    ctx: Context, cue: Cue, inverted: tuple[int, int] | None, unit_end: int
) -> bool:
    """Tell whether a cue has an object or a clause of its own after it.

    Then the quotation before the cue is not what it reports: "“Lyin' Ted.”
    Trump called the senator a “nasty guy”", "“A Change Is Gonna Come,” she
    added the words …".
    """
    after = inverted[1] if inverted is not None else cue.end
    if inverted is not None and (
        _postmodified(ctx.text, after, unit_end) or _relative_that(ctx.text, after, unit_end)
    ):
        return False  # "…,” said one aide involved in the talks", "…,” said an official
        # of the union that represents the pilots": the speaker's
    return not ends_attribution(ctx.text, after, unit_end, cue.lemma)


_THAT_WORD = re.compile(r"[\x20\t\xa0]+that[\x20\t\xa0]+([a-z]+)\b")
"""A "that" and the lower-case word after it."""


def _relative_that(text: str, pos: int, hi: int) -> bool:
    """Tell whether "that" and a verb follow ``pos``: a relative clause of the noun
    before, not a clause of its own ("the union that represents| …")."""
    found = _THAT_WORD.match(text, pos, hi)
    if found is None:
        return False
    word = found[1]
    if word in FUNCTION or word in DETERMINERS or word in PRONOUNS:
        return word in FINITE  # "that has", "that was"; not "that the", "that he"
    return verb_like(word) or (word.endswith("s") and not word.endswith("ss"))


def _lead_in(ctx: Context, q: Quotation) -> int | None:
    """Where a mixed quote starts when its sentence begins before the quotation."""
    text = ctx.text
    unit_start = ctx.units[ctx.unit_of(q.start)][0]
    if unit_start >= q.start:
        return None
    unit_start = max(unit_start, q.start - MAX_CONTENT)
    letter = _LETTER.search(text, unit_start, q.start)
    if letter is None:
        return None
    if colon_before(text, unit_start, q.start) >= 0:
        return None  # a lead-in that introduces the quotation: "He scolded him: “…”"
    if ctx.has_cues_between(unit_start, q.start):
        return None
    if any(j in ctx.claimed for j in ctx.quotations_between(unit_start, q.start)):
        return None  # "“A,” she said. …“B,” he said": not one clause
    j = ctx.quotation_at(letter.start())
    if j is not None and ctx.quote_starts[j] >= unit_start:
        return ctx.quote_starts[j]  # "“They hurt” but “help,” he said": from the first mark
    return letter.start()


_APPOSITION_OPENING = regex.compile(
    r"""
    [\x20\t\xa0]*+ (?: \p{Ll}++ [\x20\xa0]++ ){0,2}+     # a role in lower case: "delegate"
    \p{Lu} [^,;:.!?“”"\n]{0,40}+                     # a name
    , [^;:!?“”"\n]{1,100}+ \Z                     # its apposition, up to the quoted name
    """,
    regex.VERBOSE,
)
"""A name and the words of an apposition after its comma, up to a quoted name in it:
"“…,” |Ana Ruiz, a member of the |“Golden Team”, said"."""


_APPOSITION_TAIL = regex.compile(r"[^,;:.!?“”\"\n]{0,60}+,[\x20\t\xa0]*+")
"""The rest of an apposition after a quoted name in it, up to its comma: "“Ted Cruz”|
campaign pins, |said", "Patricia “Cia”| Vane (D-Va.), |said"."""


def _titled_apposition(ctx: Context, i: int, pos: int) -> bool:
    """Tell whether quotation ``i``, the last before a cue at ``pos``, is a short name in the
    apposition of a speaker who follows quotation ``i - 1``: "“…,” Ana Ruiz, a member of
    the “Golden Team”, said", "“…,” Bill Lund, wearing “Ted Cruz” pins, said"."""
    text = ctx.text
    q, before = ctx.quotations[i], ctx.quotations[i - 1]
    return (  # the cheap tests first: most quotations before a cue are no name
        pos - before.end <= 160
        and _APPOSITION_TAIL.fullmatch(text, q.end, pos) is not None  # words, then ", "
        and _is_title(text, q)
        and _APPOSITION_OPENING.match(text, before.end, q.start) is not None
    )


def _quote_after(ctx: Context, cue: Cue, unit: int, split_only: bool = False) -> bool:
    """Attribute the quotation right after a cue of unit ``unit``: "Putin said: “…”"."""
    text = ctx.text
    i = bisect.bisect_left(ctx.quote_starts, cue.end)
    if i >= len(ctx.quotations) or i in ctx.claimed:
        return False
    q = ctx.quotations[i]
    unit_end = ctx.units[unit][1]
    start = q.start
    how: str | None
    if text.endswith((":", ": ", ":\n"), cue.end, q.start) and leftovers.dash_speaker(
        text, cue.end, q.start
    ):  # (the colon right before the quotation: no search over a gap of any length)
        return False  # "Turnout rose - Ana Ruiz and Ben Lund: “…”": the names' quotation
    if q.start >= unit_end:
        if text.find(":", cue.end, min(q.start, cue.end + 81)) < 0:
            return False  # a lead-in ends with a colon (see _COLON_BREAK)
        lead = _COLON_BREAK.fullmatch(text, cue.end, q.start)
        if lead is None or ctx.has_cues_between(cue.end, q.start):
            return False
        how = "colon"
        unit_end = ctx.units[ctx.unit_of(q.start)][1]
    else:
        if split_only:  # “A,” he said, referring to X, “B.”
            if not _SPLIT_GAP.fullmatch(text, cue.end, q.start) or any(
                other.kind is not _CHANNEL  # the verb's adjunct: "said Friday on Twitter, “B.”"
                for other in ctx.cues_between(cue.end, q.start)
            ):
                return False
            how = "comma"
        else:
            how = _gap_after(ctx, cue, q.start, unit_end)
        if how is None or (
            how in ("bare", "object") and cue.lemma in TELL and _is_title(text, q)
        ):  # "told “Morning Table”", "told ABC's “Good Morning America”": the listener
            return False  # is a programme
        if how == "comma" and _is_title(text, q) and _WORK_BEFORE.search(text, cue.end, q.start):
            return False  # "said in his 2012 memoir, “A River Son.”": the work's title
        if how == "bare" and indirect.names_a_thing(text, cue, ctx.units[unit][0]):
            return False  # "a play called “The Long Table,” which …": the play's name
        if how == "object" and indirect.gives_a_name(text, cue, ctx.units[unit][0]):
            return False  # "a firm called Linden Lab, counts two million “residents”"
        if how == "object" and _is_title(text, q) and _timed_adjunct(text, cue.end, q.start):
            return False  # "said Wednesday on CNN’s “State of the Union”": where, not what
        if how == "object" or (how == "that" and not _THAT.fullmatch(text, cue.end, q.start)):
            # "called the plan “a disaster”", "said she hopes …, but knows that “…”": the
            # content starts with the object or clause, before the quotation
            found = ctx.clause_after(cue, unit_end)
            start = (
                found[0] if found is not None and found[0] <= q.start else _next_word(text, cue.end)
            )
            while start < q.start and text[start] in ", \t\xa0":
                start += 1  # "said that, “…”": the content opens at the quotation
    speaker = _speaker(ctx, cue, unit)
    if (
        speaker is None
        and how in ("comma", "colon")
        and cue.lemma in TELL
        and (by := indirect.BY_AGENT.match(text, cue.end))
    ):  # "Lund was asked by host Ana Ruiz, who backs him, “…”": the agent speaks to him
        speaker = speaker_after(text, by.end(), q.start)
    if speaker is None and how in ("comma", "colon") and not cue.base:
        # "But, said Ms. Reyes, “…”", "explained the moderator: “…”": inverted
        inverted = speaker_after(text, cue.end, q.start)
        if inverted is not None and _INVERTED_END.fullmatch(text, inverted[1], q.start):
            speaker = inverted
    if speaker is None and how in ("bare", "that", "object") and cue.kind != _PARTICIPLE:
        return False
    lower = _starts_lower(text, q) or (how == "bare" and _clause_goes_on(text, q))
    quotations = [i]
    if how in ("colon", "comma", "bare") and (not lower or split_only):  # “A,” he said, “b.”
        end, kind = q.end, _DIRECT
    else:
        end, kind = max(q.end, content_end(ctx, start, unit_end)), _MIXED
        if speaker is not None and speaker[0] < cue.start:  # "Though he said “X,” Y"
            end = indirect.opening_clause_end(ctx, ctx.units[unit][0], speaker[0], start, end)
            if end < q.end:
                return False  # the quotation is the main clause's, not this cue's
        if cue.kind == _PARTICIPLE and apposed(
            text, cue, speaker
        ):  # "Lund, calling the plan “a disaster,”| left"
            end = max(q.end, apposition_end(text, start, end))
        quotations = [j for j in ctx.quotations_between(start, end) if j not in ctx.claimed]
        if i not in quotations:
            return False
    ctx.add(Draft(start, end, kind, (q.start, q.end), speaker, _cue_span(cue), unit), quotations)
    return True


# As _GAP: an explicit class, read alike by both engines; the standard library's is faster
# to call.
_GAP_WORDS = re.compile(r"[^.!?;\n“”\"«»]{0,120}")
"""Words between a cue and the quotation it introduces, within one clause."""

_SPLIT_GAP = regex.compile(
    r"""
    (?: [^.!?;:\n“”"«»] | \.(?=\S) ){0,160}?   # words and abbreviations: "in Salem, Ore."
    (?: [,:] | ,? [\x20\t\xa0]++ (?:but|and) (?:[\x20\t\xa0]++\p{Ll}++)? )   # ", and still"
    [\x20\t\xa0]*+
    """,
    regex.VERBOSE,
)
"""Between an attribution and the second half of a split quotation: ", “", ", referring to X, “"."""

_INVERTED_END = regex.compile(
    r"""
    (?: [\x20\t\xa0]++ (?: who | whose ) \b [^,;:!?“”"\n]{1,120}+ (?=,) )?+   # " who asked …"
    (?: , [^,;:!?“”"\n]{1,120}+ (?=,) ){0,2}+   # appositions: ", who grew up here", ", the mayor"
    [\x20\t\xa0]*+ [,:] [\x20\t\xa0]*+
    """,
    regex.VERBOSE,
)
"""Between an inverted speaker and the quotation it introduces: ", ", ": ", ", the mayor, "."""

_ADVERB_ASIDE = regex.compile(
    r"""
    , \s*+
    (?: however | though | too | also | again | instead | meanwhile | still | later
      | nonetheless | nevertheless | moreover | in[\x20\xa0]++ (?: fact | part | turn )
      | of[\x20\xa0]++ course | \p{Ll}{3,}+(?<=ly) )
    \s*+ ,
    """,
    regex.VERBOSE,
)
"""An adverb between commas after a cue: ", however,", ", of course,", ", bluntly,"."""

_CLAUSE_BREAK = regex.compile(r"\A,\s*+\S")
"""A comma right after the cue, then words: "she said, but Kevin …": the cue's clause has ended."""

_PARTICIPLE_ASIDE = regex.compile(
    r"""
    , \s*+
    (?: (?: again | still | now | once | \p{Ll}++(?<=ly) ) \s++ )?+   # "again", "slowly"
    \p{Ll}{3,}+ (?<=ing)                                      # "using", "pausing"
    [^,;:.!?“”"]{0,60}+ ,                                      # "an exaggerated accent,"
    """,
    regex.VERBOSE,
)
"""A participle phrase between commas after a cue: ", again using an accent,"."""

_TWO_WORDS = regex.compile(r"[\x20\t\xa0]++(\p{Ll}++)[\x20\t\xa0]++(\p{Ll}++)\b")
"""The two lower-case words right after a position."""


_MODIFIER_GAP = regex.compile(
    r"""
    [\x20\t\xa0]++ (?: \L<prepositions> | \p{Ll}{3,}+ed )      # "for", "published"
    (?: [\x20\t\xa0]++ [\p{L}\d][\p{L}\d’'.&-]*+ ){1,8}+          # "April", "in the journal"
    [\x20\t\xa0]++ \Z
    """,
    regex.VERBOSE,
    prepositions=("of", "for", "in", "at", "from", "with", "on"),
)
"""A preposition or a participle and its words, without a mark, that end a stretch:
"| for April |"."""


# Prepositions after a participle that modifies a noun: "published in", "issued by".
_AGENT_PREPOSITIONS = frozenset(("in", "by", "at", "on", "from", "with", "for"))


def _modified_subject(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The subject that opens ``text[pos:hi]`` when only a modifier follows it up to the cue
    at ``hi``: "the review| for April |says", "the authors| published in the journal |said".

    The pattern is looked for first: most stretches between a quotation and a cue hold no
    such modifier, and reading the subject costs more.
    """
    modifier = _MODIFIER_GAP.search(text, pos, hi)
    if modifier is None:
        return None
    words = text[modifier.start() : hi].split()
    for k in range(1, len(words)):
        word = words[k]
        if word in FINITE or word in RELATIVES:
            return None
        if verb_like(word) and not (
            word.endswith("ed") and k + 1 < len(words) and words[k + 1] in _AGENT_PREPOSITIONS
        ):  # "declined to comment"; but "the study published in the journal"
            return None
    speaker = subject_at(text, pos, hi)
    if speaker is None or speaker[0] != pos or speaker[1] != modifier.start():
        return None
    return speaker


_SUBJECT_WITH_RELATIVE = regex.compile(
    r"""
    ( (?: a | an | the | one | another ) (?: [\x20\xa0]++ \p{Ll}[\p{Ll}\-]*+ ){1,3}? )   # "a man"
    [\x20\xa0]++ (?: who | that ) [\x20\xa0]++
    [^,;:.!?“”"«»\n]{1,100}+ \Z                             # "gave his name as Tomas "
    """,
    regex.VERBOSE,
)
"""A subject and the relative clause that describes it, up to the cue after a quotation:
"“…,” |a man| who gave his name as Tomas |said"."""


def _relative_subject(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The subject that opens ``text[pos:hi]`` when a relative clause follows it up to the
    cue at ``hi``: "“…,” |a man| who gave his name as Tomas said", "“…,” |the woman| who
    waited two hours said"."""
    if text.find(" who ", pos, hi) < 0 and text.find(" that ", pos, hi) < 0:
        return None  # the cheap test first
    found = _SUBJECT_WITH_RELATIVE.fullmatch(text, pos, hi)
    return found.span(1) if found is not None else None


def _postmodified(text: str, pos: int, hi: int) -> bool:
    """Tell whether a participle or an adjective with its preposition follows ``pos``:
    "one aide involved in the talks", "a person familiar with the plan"."""
    words = _TWO_WORDS.match(text, pos, hi)
    if words is None or words[2] not in PREPOSITIONS:
        return False
    return (words[1].endswith("ed") and len(words[1]) > 4) or words[1] in POSTNOMINAL


_THAT = regex.compile(r"[\x20\t\xa0]*+(?:that,?+[\x20\t\xa0]*+)?")
"""A gap of just "that" (with a comma, or nothing)."""

_RELATIVE_BEFORE = regex.compile(r"\b(?:who|which|that)[\x20\t\xa0]++(?:\p{L}++[\x20\t\xa0]++)?\Z")
"""A relative pronoun before a cue: "anybody who complains" reports nothing of its own."""

_ENDS_THAT = regex.compile(r"\bthat,?+[\x20\t\xa0]*+\Z")
"""A gap that ends with "that"."""


_NAMING_BEFORE = regex.compile(
    r"""
    (?: \p{L}[’']s? | \b(?:on|in|of|the|show|program|programme|series|book|film|titled|called) )
    [\x20\t\xa0]++ \Z
    """,
    regex.VERBOSE,
)
"""What comes before a title: a possessive ("CNN’s “State of the Union”") or "on", "the show"."""


_WORK_BEFORE = regex.compile(
    r"\b(?:\L<works>)s?,[\x20\t\xa0]*+\Z", works=read_lines("work_nouns.txt")
)
"""A work named right before its title and a comma: "in his 2012 memoir, “A River Son.”"."""


def _is_title(text: str, q: Quotation) -> bool:
    """Tell whether a quotation holds a title ("Face the Nation"), not an utterance."""
    return is_title_inside(text[q.inner_start : q.inner_end])


# Words that open an adjunct, not an object: "said on CNN's “State of the Union”".
_ADJUNCT_OPENERS = frozenset(
    row[0]
    for row in read_rows("function_words.txt")
    if row[1] in ("preposition", "subordinator") and row[0] not in ("that", "if", "whether")
)


_FRONTED_ADVERBIAL = regex.compile(
    r"(?:because|if|unless|although|though|whether|no[\x20\xa0]++matter|even[\x20\xa0]++(?:if|though))"
    r"[\x20\xa0]"
)
"""What opens an adverbial clause of reported speech, not of the saying ("said because …,
“…”", "says no matter what …, “…”"); not "when", "while", "after": "said when asked, “…”"
is when it was said."""


def _gap_after(ctx: Context, cue: Cue, q_start: int, unit_end: int) -> str | None:
    """How a cue leads to a quotation later in its clause, or None if it does not.

    "colon" and "comma" (``said: “…”``, ``said, “…”``), "that"
    (``said that “…”``), "bare" (``said “…”``), or "object" when words come
    between (``called the plan “a disaster”``).
    """
    text = ctx.text
    gap = _GAP_WORDS.match(text, cue.end, q_start)
    if gap is None or gap.end() != q_start:
        return None
    for other in ctx.cues_between(cue.end, q_start):
        if other.kind is _CHANNEL:
            continue  # the verb's adjunct: "said Friday on Twitter, “…”"
        relative = _RELATIVE_BEFORE.search(text, max(cue.end, other.start - 24), other.start)
        if relative is None or text.endswith(", ", 0, relative.start()):
            # a nearer cue reports the quotation: "mocked it, saying “…”", "questioned the
            # owner, who admitted he ran “Q”"; not one of a restrictive relative clause,
            # which reports nothing of its own: "called anybody who complains “a loser”"
            return None
    words = text[cue.end : q_start].strip()
    if not words:
        return "bare"
    if _PARTICIPLE_ASIDE.fullmatch(words) or _ADVERB_ASIDE.fullmatch(words):
        return "comma"  # "he joked, again using an accent, “…”": the speaker's manner;
        # "she acknowledged, however, “…”": an adverb between commas
    if _CLAUSE_BREAK.search(words):
        return None  # "she said, but Kevin was …": the cue's clause has ended
    if words.endswith(":"):
        return None if NAMING_COLON.search(words) else "colon"  # not "titled: “…”"
    if _ENDS_THAT.search(words) or words.startswith("that "):
        return "that"  # "said that “…”", "added that most …, because, “…”": a clause
    found = ctx.clause_after(cue, unit_end) if " that " in words else None
    if found is not None and found[1] == "that" and found[0] < q_start:
        return "that"  # "told the President that if he wants our guns, “…”"
    if words.endswith(","):
        # "said because Obama is popular, “he's a good surrogate”": the reported clause opens
        # with its adverbial, before the quotation
        if _FRONTED_ADVERBIAL.match(words):
            return "object"
        # "said the turmoil was not the fault of banks, “not by a long shot”": a clause with
        # a verb of its own, which the quotation goes on
        return "object" if _clause_before_quotation(ctx, cue, q_start, unit_end) else "comma"
    if found is None:
        found = ctx.clause_after(cue, unit_end)
    if found is not None and found[0] == q_start:
        return found[1]
    first = words.split(None, 1)[0].lower()
    if first in _ADJUNCT_OPENERS:
        return None  # "said on CNN's “State of the Union”": a place, not an object
    return "object"


def _clause_before_quotation(ctx: Context, cue: Cue, q_start: int, unit_end: int) -> bool:
    """Tell whether the words between a cue and a comma before a quotation are the reported
    clause, which the quotation goes on ("said the plan, which passed, “will work”"), rather
    than an adjunct ("said on Friday, “…”").

    The clause has a finite verb of its own and the verb has a subject before it, not
    after ("Said Ana Ruiz, who grew up here, “…”"); the clause does not open with a
    relative pronoun ("told supporters who gathered in the city, “…”") nor end with a
    verb of its own that introduces the quotation ("said she was thinking, “…”", "and
    then boomed, “…”", "including, “…”").
    """
    text = ctx.text
    found = ctx.clause_after(cue, unit_end)
    if found is None or found[0] >= q_start or not has_verb(text, found[0], q_start):
        return False
    first = WORD.match(text, found[0], q_start)
    if first is not None and first[0].lower() in RELATIVES:
        return False
    last = _LAST_WORD.match(text, max(found[0], q_start - 40), q_start)
    if last is None or last[1].endswith("ing") or ctx.has_cues_between(last.start(1), last.end(1)):
        return False
    if text.endswith(_JOINED_VERB, found[0], last.start(1)) and verb_like(last[1].lower()):
        return False  # "thanked the state and then boomed, “…”": a verb of its own
    return ctx.subject(cue) is not None


_JOINED_VERB = (" and ", " then ", " but ", " or ")  # the words before a second verb

_LAST_WORD = regex.compile(r"(?r)(\p{L}[\p{L}'’\-]*)[,\x20\t\xa0]*+\Z")
"""The last word before a comma and a quotation (matched backwards from it)."""


def _timed_adjunct(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is times, then an adjunct: "Sunday morning on"."""
    toks = words(text, start, end)
    first = skip_times(toks, 0)
    return first < len(toks) and toks[first].lower() in _ADJUNCT_OPENERS


def _next_word(text: str, pos: int) -> int:
    """The offset of the first letter or digit at or after ``pos``."""
    match = _LETTER.search(text, pos)
    return match.start() if match else pos


def _speaker(ctx: Context, cue: Cue, unit: int) -> tuple[int, int] | None:
    """The speaker of a cue: its subject, or the subject of the clause it hangs on."""
    return speaker_of(ctx, cue, unit, quoting=True)


_WORD_AFTER_MARK = regex.compile(r"[\x20\xa0]++(\p{Ll}++)\b")
"""A lower-case word right after a closing mark."""


def _clause_goes_on(text: str, q: Quotation) -> bool:
    """Tell whether the clause goes on after a quotation with no mark of its own at its end,
    with a determiner or a finite verb: "claimed “Trump exaggerates” the level of …", "said
    “Obama” was wrong" (not "said “Thank you” and left", "“…” to the crowd", "“Bernie or
    Jill,” raising …", "dubbed “The Seven” accused of …")."""
    if not text[q.inner_end - 1 : q.inner_end].isalnum():
        return False
    found = _WORD_AFTER_MARK.match(text, q.end)
    return found is not None and (found[1] in DETERMINERS or found[1] in FINITE)  # "the", "was"


def _starts_lower(text: str, q: Quotation) -> bool:
    """Tell whether a quotation's words begin with a lower-case letter."""
    letter = _LETTER.search(text, q.inner_start, min(q.inner_end, q.inner_start + 12))
    return letter is not None and letter[0].islower()


def _cue_span(cue: Cue) -> tuple[int, int]:
    return cue.start, cue.end
