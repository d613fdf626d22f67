"""Where reported content ends: its unit, a cut, or another attribution.

Content runs to the end of its unit (at most :data:`MAX_CONTENT`
characters), or stops earlier at a cut (a semicolon, a contrasting
conjunction after a comma: ", while", ", but"; a participle: ", adding";
a comparison: ", compared with"),
or where another attribution begins: a comma before another cue's clause
(", he said", ", according to") or a conjunction before another cue's
subject ("… and Democrats accused …").

Each of these is found in time that does not grow with the length of the
content: cuts are read once per unit when the content is long, and the
commas and conjunctions that open attributions are indexed once per text
when the content holds many cues, so that a megabyte of "he agreed, and
said " takes linear time.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import regex

from newscorpus.quotes.cues import Cue, CueKind
from newscorpus.quotes.vocabulary import (
    FINITE,
    IRREGULAR_PARTICIPLES,
    MODALS,
    NEVER_NOUN_VERBS,
    RELATIVES,
    SAYING_LEMMAS,
    SEQUENCE_ADVERBS,
)

if TYPE_CHECKING:
    from newscorpus.quotes.context import Context

__all__ = [
    "MAX_CONTENT",
    "apposed",
    "apposition_end",
    "attribution_comma",
    "content_end",
    "trim",
]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_VERB, _PARTICIPLE_CUE, _ACCORDING = CueKind.VERB, CueKind.PARTICIPLE, CueKind.ACCORDING

MAX_CONTENT = 1500  # characters: reported content stops here, whatever the sentence does

_CUT = regex.compile(
    r"""
      ;                                                       # a semicolon
    | (?<! \bthat ) (?: , | (?<= ,[”"’] ) ) \s++              # ", while", or ",” while";
                                                              # not after "that": "that,
                                                              # having lost, she …" opens
                                                              # its clause with an aside
      (?: while | but | although | though | whereas | however | even\s++though | yet ) \b
      (?! \s++ (?: \p{Ll}++(?<=ly) \s++ )?                     # unless the clause goes on
          (?: (?: \p{Ll}++(?<=ing|ed) | \p{Ll}++(?<=n)['’]t | could | would | can | will
              | should | may | might | must
              | did | does | do | has | have | had | is | are | was | were | also | not
              | never | still | then | only | that | rather | instead | because
              | \L<finite> ) \b
            | (?-i: \p{Ll}++ (?<! [^su]s ) ) , )                   # or an aside, a word in
                                                              # lower case, no plural noun:
                                                              # "crucial, although brief, step"
        )                                                     # with its subject: ", but could",
                                                              # ", but hasn’t", ", but found";
                                                              # a second "that" clause; ", but
                                                              # rather …", ", but because …"
    | (?<! , \s \p{Ll}{2,20} ly | \bthat )                    # (not the comma that closes
      , \s++ (?: \p{Ll}++(?<=ly) \s++ )?                      # an aside: ", understandably,",
                                                              # nor one after "that")
      (?! (?: including | according | during | regarding | concerning | notwithstanding ) \b )
      \p{Ll}++(?<=ing) \b      # a participle: ", engaging in"; but not ", including", ", during"
    | , \s++ compared \s++ (?: to | with ) \b                  # a measure: ", compared with 40%"
    """,
    regex.VERBOSE | regex.IGNORECASE,
    finite=FINITE,
)
"""Where reported content stops short of the end of its unit."""

_SUBJECT_ONLY = regex.compile(r"[\x20\t\xa0]*+(?:\p{L}[\p{L}\-'’.]*+[\x20\t\xa0]*+){1,3}+")
"""Content of three words at most, which can only be a subject: "Renters", "the voters"."""

_PARTICIPLE = regex.compile(
    r"""
    , [\x20\t\xa0]++ \p{Ll}++(?<=ing) \b          # ", numbering"
    (?: [^,;:.!?“”"] | \.(?=\d) ){1,80}+ , [\x20\t\xa0]++   # " 75.3 million, "
    (?: \p{Ll}++(?<=ed) | is | are | was | were | has | have | had | will | would | could
      | can | may | might | must | should | did | does ) \b   # "surpassed": the verb
    """,
    regex.VERBOSE,
)
"""A participle phrase between commas, then the verb of the clause: ", numbering 75, surpassed"."""

_RUN_BEFORE = regex.compile(r"(?r)[\p{L}\s]*+")
"""The letters and spaces right before a position (matched backwards from it).

A cut reads only letters and spaces after its comma, so a cut can depend on
where the content is made to end only if letters and spaces run from it to there.
"""

_JOINT = regex.compile(r",?[\x20\t\xa0]++(?:and|but)[\x20\t\xa0]++")
"""A conjunction that may join a second attribution to the first clause."""

_JOINT_BEFORE = regex.compile(r"(?r),?[\x20\t\xa0]++(?:and|but)[\x20\t\xa0]++")
"""A conjunction that ends right before a position (matched backwards from it)."""

_CLOSING = frozenset('”"’')  # the closing marks after a comma that a cut may follow

# The word that opens each branch of _CUT after its comma: a conjunction, "compared", or a
# word in -ly or -ing.
_CUT_OPENERS = frozenset(
    ("while", "but", "although", "though", "whereas", "however", "even", "yet", "compared")
)

# The standard library's engine reads the word after a comma in a fraction of the time
# _CUT's engine takes to fail there. Its \s holds every space _CUT's does (and four
# control characters more), and its [^\W\d_] every letter.
_WORD_AFTER = re.compile(r"\s+([^\W\d_]*)")
"""The spaces after a comma and the letters after them."""


def _may_cut(text: str, pos: int, hi: int) -> bool:
    """Tell whether _CUT may match at a comma (or a closing mark after one) whose spaces
    start at ``pos``: False when the word after them opens none of its branches.

    Its branches read spaces, then a word of _CUT_OPENERS or one in -ly or -ing, in
    any case: an ASCII word that is neither rules them out. A word with other
    letters is left to the pattern, whose case rules are its own.
    """
    found = _WORD_AFTER.match(text, pos, hi)
    if found is None:
        return False  # no space: no branch
    word = found[1]
    if not word.isascii():
        return True
    low = word.lower()
    return low in _CUT_OPENERS or low.endswith(("ing", "ly"))


_COMMA_REACH = 80  # characters from a comma to the cue of the attribution it opens
_TRAILING = ".,;:!? \t\n\xa0"
_SPACES = " \t\xa0"
_LONG = 300  # characters of content from which the cuts of the whole unit are read at once
_MANY = 16  # cues in content from which the attributions of the whole text are indexed


def content_end(ctx: Context, start: int, hi: int) -> int:
    """Find where reported content that begins at ``start`` ends, before ``hi``.

    Args:
        ctx: The extraction context.
        start: Where the content begins.
        hi: The end of its unit.

    Returns:
        The end offset, trimmed of trailing space and punctuation.
    """
    text = ctx.text
    end = min(hi, start + MAX_CONTENT)
    # every cut starts at a comma or a semicolon: without one, look for none
    comma = text.find(",", start, end) >= 0
    if comma or text.find(";", start, end) >= 0:
        end = _cut(ctx, start, end, hi)
        comma = text.find(",", start, end) >= 0
    cues = ctx.cues_between(start, end)
    if not cues:
        return trim(text, start, end)  # no attribution can begin inside
    # a comma that opens another attribution (", he said", ", adding"), or a preposition
    # before a reporting participle ("by saying that …")
    if len(cues) >= _MANY:
        found = ctx.attributions().first_comma(start, end)
    elif comma:
        found = _first_comma(ctx, cues, start)
    else:
        found = _first_lead(ctx, cues, start)
    if found is not None:
        return trim(text, start, found)
    if _BREAK_CHARS.search(text, start, end) is not None:
        found = _first_break(ctx, cues, start)
        if found is not None:
            return trim(text, start, found)
    if text.find("and", start, end) >= 0 or text.find("but", start, end) >= 0:
        if len(cues) < _MANY:  # "… and Democrats accused the GOP …"
            found = _first_joint(ctx, cues, start, end)
        else:
            found = ctx.attributions().first_joint(start, end)
        if found is not None:
            return trim(text, start, found)
    return trim(text, start, end)


def _cut(ctx: Context, start: int, end: int, hi: int) -> int:
    """The first cut outside quotations in ``[start, end)``, or ``end``."""
    text = ctx.text
    cuts: list[int] = []
    limit = start  # where the search reads the text itself rather than the unit's cuts
    if end - start >= _LONG:
        cuts = ctx.cuts(start, hi)
        # a cut within letters and spaces that run to ``end`` may differ when ``end`` cuts it
        if end == hi:
            limit = end
        else:
            run = _RUN_BEFORE.match(text, start, end)
            assert run is not None  # the pattern matches the empty string
            limit = run.start() - 1
    pos = start
    while pos < end:
        if pos < limit and (i := bisect.bisect_left(cuts, pos)) < len(cuts) and cuts[i] < limit:
            cut = cuts[i]
        else:
            cut = _first_cut(text, max(pos, limit), end)
            if cut < 0:
                break
        inside = ctx.quotation_at(cut)
        if inside is None:
            if not (_SUBJECT_ONLY.fullmatch(text, start, cut) and _PARTICIPLE.match(text, cut)):
                return cut
            pos = cut + 1  # "renters, numbering 9 million, outnumbered …": the subject's
            continue  # apposition, not the end of the clause
        pos = ctx.quotations[inside].end
    return end


def _first_cut(text: str, lo: int, hi: int) -> int:
    """Where the first cut in ``text[lo:hi]`` starts, or -1: ``_CUT.search(text, lo, hi)``.

    A cut starts at a semicolon, at a comma, or two characters past a comma
    followed by a closing mark (",” while"): the pattern is tried at these
    only, not at every character.
    """
    semicolon = text.find(";", lo, hi)
    if semicolon < 0:
        semicolon = hi
    match = _CUT.match
    # a comma just before ``lo`` can start a cut at ``lo``: ",”| while"
    comma = text.find(",", max(0, lo - 2), semicolon)
    while comma >= 0:
        # most commas open no cut: told by the word after them, before the pattern
        if comma >= lo and _may_cut(text, comma + 1, hi) and match(text, comma, hi):
            return comma
        after = comma + 2
        if (
            after >= lo
            and text[comma + 1 : after] in _CLOSING
            and _may_cut(text, after, hi)
            and match(text, after, hi)
        ):
            return after
        comma = text.find(",", comma + 1, semicolon)
    return semicolon if semicolon < hi else -1


def unit_cuts(text: str, lo: int, hi: int) -> list[int]:
    """Where the cuts of ``text[lo:hi]`` start, read once for every content inside it."""
    return [found.start() for found in _CUT.finditer(text, lo, hi)]


def _first_comma(ctx: Context, cues: list[Cue], lo: int) -> int | None:
    """The first comma at or after ``lo`` that opens the attribution of one of ``cues``.

    The cues are sorted, and each one's comma lies less than _COMMA_REACH
    characters before it: the search stops as soon as no later cue can open an
    earlier comma.
    """
    text = ctx.text
    best: int | None = None
    for cue in cues:
        if best is not None and cue.start - _COMMA_REACH >= best:
            break
        lead = _participle_lead(ctx, cue)
        if lead is not None and lead >= lo and (best is None or lead < best):
            best = lead  # "… a book by| tweeting that …": another attribution
        if text.find(",", max(lo, cue.start - _COMMA_REACH + 1), cue.start) < 0:
            continue  # no comma near enough before it
        comma = attribution_comma(ctx, cue)
        if comma is None:
            comma = _closed_comma(ctx, cue)
        if (
            comma is not None
            and comma >= lo
            and cue.start - comma < _COMMA_REACH
            and (best is None or comma < best)
            and ctx.quotation_at(comma) is None
        ):
            best = comma
    return best


_BREAK_CHARS = regex.compile(r"[—―–:]|--")
"""A dash, which may close an aside ("… taxes — as was true for years — Berg boasted"), or
a colon, which may open a clause of its own ("… sounded equivocal: Dana Reyes called it")."""

_BREAK_BEFORE = regex.compile(r"(?:[\x20\t\xa0](?:[—―–]|--)|(?<=\p{L}):)[\x20\t\xa0]++\Z")
"""A dash or a colon and the spaces after it, right before a subject."""


def _first_break(ctx: Context, cues: list[Cue], lo: int) -> int | None:
    """The first dash or colon at or after ``lo`` right before the subject of one of
    ``cues``: "Berg had not paid taxes — as was true for years| — Berg boasted, “…”", "Some
    who endorsed the plan sounded equivocal|: Dana Reyes called it “…”": another
    attribution opens there."""
    text = ctx.text
    for cue in cues:
        if cue.kind != _VERB:
            continue
        subject = ctx.subject(cue)
        if subject is None or subject[0] <= lo:
            continue
        dash = _BREAK_BEFORE.search(text, max(lo, subject[0] - 8), subject[0])
        if (
            dash is not None
            and ctx.quotation_at(dash.start()) is None
            and text[subject[0] : subject[1]].lower() not in _RELATIVE_SUBJECTS
            and _reports_after(ctx, cue)
        ):  # not "— 38 percent — who said …", nor "the obliteration — a word used by
            # observers — Lund spoke of was …": a clause of the content itself
            return dash.start()
    return None


def _reports_after(ctx: Context, cue: Cue) -> bool:
    """Tell whether a cue has what it reports after it in its unit: a clause ("Blair said
    he …"), a quotation ("responded with a phrase: “…”") or an object ("a poll found him
    even"); not a verb of the sentence it sits in ("a word used by observers — Lund
    spoke of| was changing …")."""
    unit_end = ctx.units[ctx.unit_of(cue.start)][1]
    if ctx.clause_after(cue, unit_end) is not None or ctx.quotations_between(cue.end, unit_end):
        return True
    after = _NEXT_WORD.match(ctx.text, cue.end, unit_end)
    return after is not None and after[1].lower() not in FINITE


_NEXT_WORD = regex.compile(
    r"(?:[\x20\t\xa0]++(?:of|on|about|to|at|with|for)\b)?+[\x20\t\xa0]++(\p{L}[\p{L}'’\-]*+)"
)
"""The word after a cue and its preposition, if any: "spoke of| was"."""


# Relative pronouns as subjects: their clause describes a word of the content.
_RELATIVE_SUBJECTS = RELATIVES | {"that"}


def _first_joint(ctx: Context, cues: list[Cue], lo: int, hi: int) -> int | None:
    """Where the first conjunction before another attribution's subject starts.

    "…, and Democrats accused": a verb among ``cues`` whose subject follows
    a conjunction (:data:`_JOINT`, as read from ``lo`` onwards) less than
    _COMMA_REACH characters before the verb.
    """
    best: int | None = None
    for cue in cues:
        if best is not None and cue.start - _COMMA_REACH >= best:
            continue
        opening = _joined_opening(ctx, cue)
        if opening is None:
            continue
        joint = joint_before(ctx, lo, opening)
        if joint is None or (best is not None and joint >= best):
            continue
        if joint < 0:
            return _first_joint_scan(ctx, lo, hi)
        if ctx.quotation_at(joint) is None:
            best = joint
    return best


_NAME_AFTER_JOINT = regex.compile(
    r"\b(?:and|but)[\x20\t\xa0]++"
    r"(\p{Lu}[\p{L}.'’\-]*+(?:[\x20\t\xa0]++\p{Lu}[\p{L}.'’\-]*+){0,2}+)[\x20\t\xa0]++\Z"
)
"""A name of one to three words after "and" or "but", right before a participle: "… and
|Trump calling it …"."""


def _joined_opening(ctx: Context, cue: Cue) -> int | None:
    """Where the attribution of a cue opens after a conjunction (see :func:`_opening`):
    a verb's, or a participle's right after a name, whose absolute clause is a second
    attribution ("Ryan saying he was “encouraged” and |Trump calling it “great”")."""
    if cue.kind == _VERB:
        return _opening(ctx, cue)
    if cue.kind != _PARTICIPLE_CUE:
        return None
    name = _NAME_AFTER_JOINT.search(ctx.text, max(0, cue.start - 50), cue.start)
    return None if name is None else name.start(1)


def _opening(ctx: Context, cue: Cue) -> int | None:
    """Where the attribution of a verb cue opens after a conjunction: at its subject
    ("…, and Democrats accused"), or at the verb when it shares the subject before
    ("… rejects the plan and said …"); None when neither can follow a conjunction."""
    subject = ctx.subject(cue)
    if subject is not None and cue.start - subject[0] < _COMMA_REACH:
        return subject[0]
    if subject is None and (
        not (cue.third or cue.base) or cue.lemma in NEVER_NOUN_VERBS  # not "and protests"
    ):
        text = ctx.text
        at = cue.start
        if _QUOTATION_AFTER.match(text, cue.end):
            # an adverb before a verb that opens a quotation: "… thanked the crowd and then|
            # said, “…”" (the quotation is the verb's, not the content of the first verb)
            adverbs = _ADVERBS_BEFORE.match(text, max(0, cue.start - 24), cue.start)
            at = cue.start if adverbs is None else adverbs.start()
        if _JOINT_BEFORE.match(text, max(0, at - 8), at):
            return at
    return None


_QUOTATION_AFTER = regex.compile(r"[,:]?+[\x20\t\xa0]*+[“\"«]")
"""A quotation that opens right after a verb, maybe after a comma or a colon."""


_ADVERBS_BEFORE = regex.compile(
    r"(?r)(?:(?:\L<adverbs>|\p{Ll}++(?<=ly))[\x20\t\xa0]++){1,2}+\Z", adverbs=SEQUENCE_ADVERBS
)
"""One or two adverbs right before a verb (matched backwards from it): "and then| said"."""


def joint_before(ctx: Context, lo: int, pos: int) -> int | None:
    """Where the conjunction that ends at ``pos`` starts, if the scan from ``lo`` reads it.

    Returns -1 when that depends on the conjunctions before it ("and but"):
    the scan from ``lo`` may have read these spaces into a joint before.
    """
    text = ctx.text
    joint = _JOINT_BEFORE.match(text, lo, pos)
    if joint is None:
        return None
    start = joint.start()
    if text[start] != "," and text[max(lo, start - 3) : start] in ("and", "but"):
        return -1
    return start


def _first_joint_scan(ctx: Context, lo: int, hi: int) -> int | None:
    """:func:`_first_joint`, reading every conjunction from ``lo`` ("and but")."""
    for joint in _JOINT.finditer(ctx.text, lo, hi):
        if ctx.quotation_at(joint.start()) is not None:
            continue
        for cue in ctx.cues_between(joint.end(), min(hi, joint.end() + _COMMA_REACH)):
            if _joined_opening(ctx, cue) == joint.end():
                return joint.start()
    return None


_LEAD_BEFORE = regex.compile(r"(?r)\b(?:by|while|after|before|when)[\x20\t\xa0]++\Z")
"""A preposition or conjunction right before a participle: "by| tweeting", "while| saying"."""


def _first_lead(ctx: Context, cues: list[Cue], lo: int) -> int | None:
    """The first :func:`_participle_lead` at or after ``lo`` among ``cues`` (sorted)."""
    for cue in cues:
        lead = _participle_lead(ctx, cue)
        if lead is not None and lead >= lo:
            return lead
    return None


def _participle_lead(ctx: Context, cue: Cue) -> int | None:
    """Where an adverbial phrase opens at a reporting participle: "sold the house
    |by saying that …" (the participle reports a clause of its own)."""
    if cue.kind != _PARTICIPLE_CUE or not cue.reports:
        return None
    lead = _LEAD_BEFORE.search(ctx.text, max(0, cue.start - 8), cue.start)
    if lead is None or ctx.quotation_at(lead.start()) is not None:
        return None
    return lead.start()


def _closed_comma(ctx: Context, cue: Cue) -> int | None:
    """Where an attribution opens after a comma inside a closing quotation mark, at a
    verb with its subject or at "according to": just after the mark ("called the plan
    “a disaster,”| she said", "threatening “a lawsuit,”| according to the letter")."""
    if cue.kind == _ACCORDING or (cue.kind == _PARTICIPLE_CUE and cue.lemma in SAYING_LEMMAS):
        return _after_closed_comma(ctx.text, cue.start)  # "…,” adding that …"
    if cue.kind != _VERB:
        return None  # "“…,” calling …": the participle's clause may go on with the content
    subject = ctx.subject(cue)
    return None if subject is None else _after_closed_comma(ctx.text, subject[0])


def _after_closed_comma(text: str, pos: int) -> int | None:
    """The end of ``,”`` before ``pos`` (spaces between), if it is there."""
    j = pos
    while j > 0 and text[j - 1] in _SPACES:
        j -= 1
    return j if j > 1 and text[j - 1] in _CLOSING and text[j - 2] == "," else None


def attribution_comma(ctx: Context, cue: Cue) -> int | None:
    """The comma that opens a new attribution at a cue, if one does (computed once per cue).

    ", adding ...", ", according to ...", ", he said", ", said Smith".
    """
    if cue.start in ctx.commas:
        return ctx.commas[cue.start]
    text = ctx.text
    comma: int | None = None
    j = cue.start
    while j > 0 and text[j - 1] in _SPACES:
        j -= 1
    if j > 0 and text[j - 1] == ",":
        comma = j - 1
    elif cue.kind == _VERB:
        subject = ctx.subject(cue)
        if subject is not None:
            k = subject[0]
            while k > 0 and text[k - 1] in _SPACES:
                k -= 1
            if k > 0 and text[k - 1] == "," and not _modal_clause(text, subject[1], cue):
                comma = k - 1
    ctx.commas[cue.start] = comma
    return comma


def _modal_clause(text: str, subject_end: int, cue: Cue) -> bool:
    """Tell whether a modal between a subject and its cue, and words right after the cue,
    make a main clause of them: "if Iran were a stock|, he would advise buying it" goes on
    reporting; "…, he would later say." is an attribution."""
    between = text[subject_end : cue.start].split()
    if not between or between[0].lower() not in MODALS or text[cue.end : cue.end + 1] != " ":
        return False
    after = text[cue.end + 1 : cue.end + 8].split(None, 1)
    return bool(after) and after[0].isalpha() and after[0] not in _REPORTING_OBJECTS


# Words after a cue that keep it an attribution even after a modal: "neither side would say
# so", "I should say that …".
_REPORTING_OBJECTS = frozenset(("so", "that", "it", "this"))


class Attributions:
    """The commas and conjunctions that open attributions in a text, indexed once.

    For content that holds many cues: each query reads a few entries, not
    every cue of the content.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        commas: list[tuple[int, int]] = []
        joints: list[tuple[int, int, int]] = []
        for cue in ctx.speech_cues:
            lead = _participle_lead(ctx, cue)
            if lead is not None:
                commas.append((lead, cue.start))
            comma = attribution_comma(ctx, cue)
            if comma is None:
                comma = _closed_comma(ctx, cue)
            if (
                comma is not None
                and cue.start - comma < _COMMA_REACH
                and ctx.quotation_at(comma) is None
            ):
                commas.append((comma, cue.start))
            if cue.kind == _VERB or cue.kind == _PARTICIPLE_CUE:
                opening = _joined_opening(ctx, cue)
                if opening is not None:
                    joint = _JOINT_BEFORE.match(ctx.text, 0, opening)
                    if joint is not None:
                        joints.append((joint.start(), opening, cue.start))
        commas.sort()
        joints.sort()
        self.commas = commas
        self.comma_starts = [c[0] for c in commas]
        self.joints = joints
        self.joint_starts = [j[0] for j in joints]
        # subject start -> the joint before it, with the first cue of that subject
        self.subjects = {j[1]: j for j in reversed(joints)}

    def first_comma(self, lo: int, hi: int) -> int | None:
        """The first comma in ``[lo, hi)`` that opens the attribution of a cue before ``hi``."""
        i = bisect.bisect_left(self.comma_starts, lo)
        while i < len(self.commas) and self.commas[i][0] < hi:
            if self.commas[i][1] < hi:
                return self.commas[i][0]
            i += 1
        return None

    def first_joint(self, lo: int, hi: int) -> int | None:
        """:func:`_first_joint` over the cues in ``[lo, hi)``."""
        ctx = self.ctx
        at = _JOINT.match(ctx.text, lo, hi)  # a joint that starts the content, cut by ``lo``
        if at is not None and at.end() in self.subjects:
            start, subject, cue = self.subjects[at.end()]
            if start < lo and cue < hi and ctx.quotation_at(lo) is None:
                return lo
        i = bisect.bisect_left(self.joint_starts, lo)
        while i < len(self.joints) and self.joints[i][0] < hi:
            start, subject, cue = self.joints[i]
            i += 1
            if cue >= hi:
                continue
            joint = joint_before(ctx, lo, subject)
            if joint is not None and joint < 0:
                return _first_joint_scan(ctx, lo, hi)
            if joint is not None and ctx.quotation_at(joint) is None:
                return joint
        return None


def trim(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without trailing space and punctuation.

    Punctuation before a closing quotation mark stays: ``he said “yes.”``.
    """
    while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
        end -= 1
    return end


# A relative clause's opening: "which", "who", "whom", "that".
_RELATIVE = regex.compile(r"\b(?:\L<relatives>)\b", relatives=sorted(RELATIVES | {"that"}))


def apposed(text: str, cue: Cue, speaker: tuple[int, int] | None) -> bool:
    """Tell whether a participle cue opens an apposition to its subject, which a comma
    closes before the subject's own verb: "The crowd|, chanting slogans, marched"."""
    return (
        cue.kind == _PARTICIPLE_CUE
        and speaker is not None
        and speaker[1] == cue.start - 2
        and text[speaker[1]] == ","
    )


_COMMA_THEN_WORD = regex.compile(r""",([”"’']*+)[\x20\xa0]++(\p{Ll}[\p{Ll}'’\-]*+)""")
"""A comma, inside a closing quotation mark or not, and the lower-case word after it."""


def apposition_end(text: str, start: int, end: int) -> int:
    """Where the object of a participle in apposition to its subject ends: at the comma
    before the subject's own verb, which closes the apposition ("The crowd, chanting
    slogans against the king,| marched …"; "chanting slogans such as “Lund out,”| set
    fire to …"); else at ``end``. A comma before any other word goes on with the object
    ("chanting slogans, songs and prayers"), and so does a relative clause, whose own
    verb may follow a comma ("calling for polls which, it is hoped, will …")."""
    for comma in _COMMA_THEN_WORD.finditer(text, start, end):
        if _RELATIVE.search(text, start, comma.start()):
            return end  # "calling for polls which, it is hoped, will …": the relative's verb
        word = comma[2]
        if (
            word in FINITE
            or word in IRREGULAR_PARTICIPLES
            or (len(word) > 4 and word.endswith("ed"))
        ):
            return comma.end(1) if comma[1] else comma.start()
    return end
