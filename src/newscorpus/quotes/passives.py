"""Reported speech in the passive voice.

- ``X was accused of Y``, ``X has been called a Z``, ``X were rated as Y``:
  the quote covers the subject and what is said of it (``X … of Y``);
- ``The story was first reported by the Post``: the subject, spoken by the
  agent after "by";
- ``It was reported that CLAUSE``, ``the pilot was told CLAUSE``: the clause
  (with the subject, unless it is an empty "it" or the listener of "told",
  "asked", "warned");
- ``a practice criticized by Smith``: a noun with a reduced passive and its
  agent;
- ``As reported by the Post, CLAUSE`` and ``CLAUSE, as reported by the Post.``:
  the clause, spoken by the agent.

The speaker is the agent after "by", or None: a passive often names no one.
"""

from __future__ import annotations

import regex

from newscorpus._data import read_rows
from newscorpus.quotes.boundaries import content_end, trim
from newscorpus.quotes.clauses import clause_after, object_end
from newscorpus.quotes.content import add_content, first_word, opening, reach
from newscorpus.quotes.context import Context
from newscorpus.quotes.cues import Cue, CueKind
from newscorpus.quotes.indirect import by_after, passes_on
from newscorpus.quotes.phrases import noun_before, subject_before
from newscorpus.quotes.speakers import speaker_after
from newscorpus.quotes.vocabulary import TELL

__all__ = ["passive"]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_VERB = CueKind.VERB

_AUXILIARY = regex.compile(
    r"""
    \b (?: (?: is | are | was | were | be | been | being | am ) (?: n['’]t )?
          | (?P<stand> stands | stand | stood ) )             # "stands accused of"
    [\x20\t\xa0]++
    (?: (?: not | never | also | once | first | later | then | now | still | already | widely | much
          | repeatedly | \p{Ll}++(?<=ly) ) [\x20\t\xa0]++ ){0,3}+   # "was first", "is widely"
    \Z
    """,
    regex.VERBOSE,
)
"""A form of "be" (and adverbs) before a past participle: "was first| reported"; or
"stands", which only "accused" may follow (see :func:`passive`)."""

_REDUCED = regex.compile(r"\p{Ll}[\p{L}'’\-]*+[\x20\t\xa0]++\Z")
"""A lower-case word (a noun) right before a participle: "a practice| criticized by"."""

_AGENT_AHEAD = regex.compile(
    r"[^,;:.!?“”\"()]{0,100}?(?<=\s)(by)[\x20\t\xa0]++(?=\p{L}|\d[\d.,]*+[\x20\xa0]*+(?:%|percent))"
)
"""The "by" of an agent a few words after a participle: "called a charlatan by| …", "rejected
by| 64 percent of voters" (not "by 2025")."""

_RELATIVE = regex.compile(r"(?:who|whom|whose|which)\b")
"""A relative pronoun: a clause that describes an agent, not one put to a listener."""

_WORD = regex.compile(r"[\p{L}\p{N}]")
"""The first character of a word."""

_EXPLETIVE = frozenset(("it", "there", "this"))
# Verbs whose passive with no agent reports only before these words (all: "-" for none).
_AGENTLESS = {
    row[0]: frozenset(word for word in row[1:] if word != "-")
    for row in read_rows("agentless_passives.txt")
}
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ld", "id", "ght", "ne", "ke", "ng")


def passive(ctx: Context, cue: Cue, unit: int) -> bool:
    """Attribute the content of a cue (of unit ``unit``) used as a passive participle, if any."""
    if cue.kind != _VERB or cue.base or cue.third or not (cue.reports or cue.frames):
        return False
    text = ctx.text
    word = text[cue.start : cue.end].split()[0].lower()
    if not word.endswith(_PARTICIPLE_ENDINGS):
        return False
    unit_start, unit_end = ctx.units[unit]
    if passes_on(text, cue, unit_end):
        return False  # "the ministry was cited in the daily as saying": "saying" reports
    if text.find("s ", max(unit_start, cue.start - _AS_LEAD_LENGTH), cue.start) >= 0 and _as_by(
        ctx, cue, unit
    ):
        return True  # "As reported by X, CLAUSE", "CLAUSE, as reported by X." (cheap test first)
    aux = _AUXILIARY.search(text, max(unit_start, cue.start - 40), cue.start)
    if aux is not None and aux["stand"] is not None and cue.lemma != "accuse":
        aux = None  # "stands" before a participle: only "stands accused of"
    if aux is not None:
        subject = subject_before(text, unit_start, aux.start())
    else:
        # a reduced passive needs its agent ("by"), told by a cheap look first
        if not by_after(text, cue.end):
            return False  # "the plan announced Monday": too often no attribution at all
        if not _REDUCED.search(text, max(unit_start, cue.start - 30), cue.start):
            return False
        subject = noun_before(text, unit_start, cue.start)
    if subject is None:
        return False
    agent = _agent(text, cue.end, unit_end)
    found = clause_after(text, cue.end, unit_end, cue.lemma, listener=False)
    empty = text[subject[0] : subject[1]].lower() in _EXPLETIVE
    if cue.lemma in TELL and agent is not None and agent[1] is not None:
        # "she was asked by a host whether …": the question put to a listener
        asked = clause_after(text, agent[1][1], unit_end, cue.lemma, listener=False)
        if asked is not None and not _RELATIVE.match(text, asked[0]):  # not "by a man who …"
            found = asked
    elif found is not None and agent is not None and found[0] > agent[0]:
        found = None  # a clause after the agent is not what the passive reports
    if found is not None and found[1] != "comma":  # "it was reported that …"
        # a listener is no part of what was said: "the pilot was told| the runway was closed"
        start = found[0] if empty or cue.lemma in TELL else subject[0]
        end = content_end(ctx, found[0], unit_end)
    elif empty:
        return False
    else:  # "X was accused of Y", "X was first reported by the Post"
        if agent is None and not _reports_alone(text, cue):
            return False  # "was promoted to colonel", "power cuts were reported in …"
        if (
            agent is None
            and aux is not None
            and _negated(text[max(0, aux.start() - 10) : aux.end()])
        ):
            return False  # "Financial terms were not disclosed", "has not been announced"
        start = subject[0]
        end = subject[1]
        limit = agent[0] if agent is not None else unit_end
        complement = _WORD.search(text, cue.end, limit)
        if complement is not None and not text[cue.end : complement.start()].strip():
            comma = text.find(",", complement.start(), limit)
            while comma > 0 and text[comma - 1].isdigit() and text[comma + 1 : comma + 2].isdigit():
                comma = text.find(",", comma + 1, limit)  # a number's: "143,000 dollars"
            if comma >= 0 and ctx.quotation_at(comma) is None:
                limit = comma  # "When X was confirmed, Clinton left": the clause ends
            end = max(end, object_end(ctx, complement.start(), limit))
    speaker = agent[1] if agent is not None else None
    return add_content(ctx, start, end, speaker, cue, unit)


# An adverb between "as" and its participle: "as first| reported", "as widely| noted".
_AS_ADVERB = r"""
    (?: (?: first | previously | originally | earlier | widely | also | \p{Ll}++(?<=ly) )
        [\x20\xa0]++ )?+
"""

_AS_LEAD = regex.compile(
    r"""
    [\s“"(]*+ (?: (?: And | But | So ) ,?+ [\x20\xa0]++ )?+      # "But as …"
    [Aa]s [\x20\xa0]++
    """
    + _AS_ADVERB,
    regex.VERBOSE,
)
"""What opens a sentence before its participle: "As |reported by …", "But as first |noted"."""


_AS_LEAD_LENGTH = 40  # characters that _AS_LEAD may take before its participle


def _as_by(ctx: Context, cue: Cue, unit: int) -> bool:
    """Attribute "As reported by X, CLAUSE" and "CLAUSE, as reported by X.": the clause
    after the agent's comma, or before the comma of "as", is what X reported, as with
    "according to X"."""
    text = ctx.text
    unit_start, unit_end = ctx.units[unit]
    lead = _AS_LEAD.fullmatch(text, unit_start, cue.start) is not None
    trail = None if lead else _AS_TRAIL.search(text, max(unit_start, cue.start - 40), cue.start)
    if not lead and trail is None:
        return False
    agent = _agent(text, cue.end, unit_end)
    if agent is None or agent[1] is None or text[cue.end : agent[0]].strip():
        return False  # the agent right after the participle: "As reported by| X,"
    speaker = agent[1]
    if lead:
        comma = text.find(",", speaker[1], min(unit_end, speaker[1] + 2))
        if comma < 0 or ctx.has_cues_between(cue.end, comma):
            return False
        start = first_word(text, comma + 1, unit_end)
        if start < 0:
            return False
        return add_content(ctx, start, content_end(ctx, start, unit_end), speaker, cue, unit)
    assert trail is not None
    if not _SENTENCE_END.fullmatch(text, speaker[1], unit_end):
        return False  # "Officials, as reported by X, quit": an aside inside the clause
    comma = trail.start()
    start = opening(text, reach(text, unit_start, comma), comma)
    return add_content(ctx, start, trim(text, unit_start, comma), speaker, cue, unit)


_AS_TRAIL = regex.compile(
    r"""(?r)
    , [\x20\xa0]++ as [\x20\xa0]++
    """
    + _AS_ADVERB
    + r"\Z",
    regex.VERBOSE,
)
"""The comma and "as" before a participle that ends a sentence: "…, as first |reported by X."."""

_SENTENCE_END = regex.compile(
    r"""
    (?: [\x20\xa0]++ (?: on | in | at | last | this | earlier | early | late ) \b
        (?: [\x20\xa0]++ [\p{L}\p{N}]++ ){0,2}+ )?+            # "on Monday", "last week"
    [.!?…]*+ [”’"')\]]*+ [\x20\t\xa0]*+                      # the sentence's closing marks
    """,
    regex.VERBOSE,
)
"""What may follow an agent that ends its sentence: a time, and the closing marks."""


def _negated(auxiliary: str) -> bool:
    """Tell whether the auxiliary of a passive (:data:`_AUXILIARY`), with a few characters
    before it, denies it: "were not", "wasn’t", "has not been", "had never been"."""
    return (
        "n't" in auxiliary
        or "n’t" in auxiliary
        or not {"not", "never"}.isdisjoint(auxiliary.split())
    )


def _reports_alone(text: str, cue: Cue) -> bool:
    """Tell whether a passive with no agent and no clause reports what it says of its
    subject: "was accused of fraud" does, "was promoted to colonel" does not (see
    ``agentless_passives.txt``)."""
    allowed = _AGENTLESS.get(cue.lemma)
    if allowed is None:
        return True
    following = text[cue.end : cue.end + 40].split(None, 1)
    if not following:
        return False
    word = following[0].lower()
    return word in allowed or (word[:1] in allowed and not word[:1].isalnum())  # "“reckless”"


def _agent(text: str, pos: int, hi: int) -> tuple[int, tuple[int, int] | None] | None:
    """The "by" of a passive's agent after ``pos`` and the agent, if there is one."""
    by = _AGENT_AHEAD.match(text, pos, hi)
    if by is None:
        return None
    return by.start(1), speaker_after(text, by.end(), hi)
