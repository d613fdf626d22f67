"""Transcripts: a paragraph that opens with its speaker's label in capitals.

Interviews and debates are printed as ``SMITH: We will win.`` or
``Q: And the wall?``: the label is the speaker, the colon the cue, and the
rest of the paragraph what was said.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator

import regex

from newscorpus._data import read_lines
from newscorpus.lexicon import LEXICON, EntryKind
from newscorpus.quotes.boundaries import MAX_CONTENT, trim
from newscorpus.quotes.context import Context, Draft
from newscorpus.quotes.model import QuoteKind

__all__ = ["attribute"]

_INDIRECT = QuoteKind.INDIRECT

# A speaker's name in capitals, two letters or more, up to four words: "DANA REYES".
_NAME = r"\p{Lu}[\p{Lu}.'’\-]++(?:[\x20\xa0]\p{Lu}[\p{Lu}.'’\-]*+){0,3}+"
# A name in title case, up to three words of two letters or more ("Hollis", "Ana
# Ruiz-Soto"; not a table's "Group A"): a label only where the text repeats it, as a
# transcript does.
_TITLE_NAME = r"\p{Lu}\p{Ll}[\p{L}.'’\-]*+(?:[\x20\xa0]\p{Lu}[\p{L}.'’\-]++){0,2}+"

# The "Q" and "A" of an interview: a label only where both are turns, twice or more.
_QUESTION_ANSWER = r"[QA]"

_LABEL = regex.compile(
    r"[\x20\t\xa0]*+("
    + _NAME
    + "|"
    + _TITLE_NAME
    + "|"
    + _QUESTION_ANSWER
    + r"):[\x20\t\xa0]++(?=[\p{L}\p{N}‘’'“\"])"
)
"""A speaker's label and its colon at the start of a paragraph: "REYES: ", "Hollis: "."""

# Labels that name no speaker: "UPDATE:", "WATCH:".
_NOT_SPEAKERS = frozenset(read_lines("headline_labels.txt"))
_WORD = regex.compile(r"\p{L}++")
"""A word."""


def _is_place(label: str) -> bool:
    """Tell whether a label, in capitals or not, is the name of a place: "NEW YORK"."""
    entry = LEXICON.get(tuple(word.capitalize() for word in label.split()))
    return entry is not None and entry.kind is EntryKind.PLACE


_CANDIDATE = regex.compile(
    r"\n[\x20\t\xa0]*+(?:" + _NAME + "|" + _TITLE_NAME + "|" + _QUESTION_ANSWER + "):"
)
"""A line that opens with a name and a colon: where a label may stand."""


def _candidates(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_CANDIDATE` in ``text``, in order, tried only at the lines
    that hold a colon.

    A match runs from a line break to the first colon of the line after it (a name holds
    neither), so it is tried at the line break before each line's first colon: the lines
    without one, most of them, are passed over by str.find instead of the pattern.
    """
    colon = text.find(":")
    while colon >= 0:
        line = text.rfind("\n", 0, colon)
        if line >= 0:
            found = _CANDIDATE.match(text, line)
            if found is not None:
                yield found
        end = text.find("\n", colon)
        if end < 0:
            return
        colon = text.find(":", end)


def attribute(ctx: Context) -> None:
    """Attribute each paragraph that opens with a speaker's label, unless a draft is in it.

    A label in capitals counts wherever it stands; a label in title case
    ("Hollis:") only when it, or another with its last word ("Dana Hollis:"),
    opens two paragraphs or more, as the turns of a transcript do (a lone
    "Bombshell: …" is a headline's label); "Q:" and "A:" only when both do, as
    in an interview. A turn of figures alone ("CLINTON: 1,769.") is a table's
    row.
    """
    text = ctx.text
    if ":" not in text:
        return
    turns: list[tuple[int, int, regex.Match[str]]] = []
    for candidate in _candidates(text):
        i = ctx.paragraph_of(candidate.start() + 1)
        start, end = ctx.paragraph_starts[i], ctx.paragraph_ends[i]
        if i == 0 or text[start : candidate.start() + 1].strip():
            continue  # not the first line of a paragraph, or the headline
        label = _LABEL.match(text, start, end)
        if label is None or any(word.lower() in _NOT_SPEAKERS for word in _WORD.findall(label[1])):
            continue
        if _is_place(label[1]):
            continue  # "LONDON: …", "NEW YORK: …": a wire advisory's dateline, no speaker
        turns.append((i, end, label))
    if not turns:
        return
    # a speaker's turns by the last word of the label: "Ana Ruiz:" first, then "Ruiz:"
    counts = Counter(label[1].split()[-1] for _, _, label in turns)
    interview = counts["Q"] >= 2 and counts["A"] >= 2
    starts = sorted(d.start for d in ctx.drafts)
    for i, end, label in turns:
        name = label[1]
        if len(name) == 1:
            if not interview:
                continue  # a lone "A:" or "Q:" (a list's item, a table's row)
        elif not name.isupper() and counts[name.split()[-1]] < 2:
            continue
        content = label.end()
        stop = trim(text, content, min(end, content + MAX_CONTENT))
        if stop <= content or ctx.quotations_between(content, stop):
            continue
        if _WORD.search(text, content, stop) is None:
            continue  # "Clinton: 1,769.": a table's row of figures, not a turn
        n = bisect.bisect_left(starts, ctx.paragraph_starts[i])
        if n < len(starts) and starts[n] < end:
            continue  # the paragraph holds an attribution of its own
        colon = label.start(1) + len(name)
        draft = Draft(content, stop, _INDIRECT, None, label.span(1), (colon, colon + 1), 0)
        ctx.add(draft._replace(unit=ctx.unit_of(content)))
