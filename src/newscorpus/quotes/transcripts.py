"""Transcripts: a paragraph that opens with its speaker's label in capitals.

Interviews and debates are printed as ``SMITH: We will win.`` or
``Q: And the wall?``: the label is the speaker, the colon the cue, and the
rest of the paragraph what was said.
"""

from __future__ import annotations

import regex

from newscorpus._data import read_lines
from newscorpus.quotes.boundaries import MAX_CONTENT, trim
from newscorpus.quotes.context import Context, Draft
from newscorpus.quotes.model import QuoteKind

__all__ = ["attribute"]

_INDIRECT = QuoteKind.INDIRECT

# A speaker's name in capitals, two letters or more, up to four words: "JOEL BENENSON".
_NAME = r"\p{Lu}[\p{Lu}.'’\-]++(?:[\x20\xa0]\p{Lu}[\p{Lu}.'’\-]*+){0,3}+"

_LABEL = regex.compile(
    r"[\x20\t\xa0]*+(" + _NAME + r"):[\x20\t\xa0]++(?=[\p{L}\p{N}‘’'“\"])"  # then what was said
)
"""A speaker's label in capitals and its colon at the start of a paragraph: "BENENSON: "."""

# Labels in capitals that name no speaker: "UPDATE:", "WATCH:".
_NOT_SPEAKERS = frozenset(read_lines("headline_labels.txt"))
_WORD = regex.compile(r"\p{L}++")
"""A word."""


_CANDIDATE = regex.compile(r"\n[\x20\t\xa0]*+" + _NAME + ":")
"""A line that opens with words in capitals and a colon: where a label may stand."""


def attribute(ctx: Context) -> None:
    """Attribute each paragraph that opens with a speaker's label, if no draft holds it."""
    text = ctx.text
    if ":" not in text:
        return
    taken: set[int] | None = None  # the paragraphs that hold a draft, read once if needed
    for candidate in _CANDIDATE.finditer(text):
        i = ctx.paragraph_of(candidate.start() + 1)
        start, end = ctx.paragraph_starts[i], ctx.paragraph_ends[i]
        if i == 0 or text[start : candidate.start() + 1].strip():
            continue  # not the first line of a paragraph, or the headline
        if taken is None:
            taken = {ctx.paragraph_of(d.start) for d in ctx.drafts}
        if i in taken:
            continue
        label = _LABEL.match(text, start, end)
        if label is None or any(word.lower() in _NOT_SPEAKERS for word in _WORD.findall(label[1])):
            continue
        content = label.end()
        stop = trim(text, content, min(end, content + MAX_CONTENT))
        if stop <= content or ctx.quotations_between(content, stop):
            continue
        colon = label.start(1) + len(label[1])
        draft = Draft(content, stop, _INDIRECT, None, label.span(1), (colon, colon + 1), 0)
        ctx.add(draft._replace(unit=ctx.unit_of(content)))
