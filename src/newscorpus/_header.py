"""The header of a news story: headline, byline, dateline, and where the story starts.

Wire copy and web articles saved as text open with a few short paragraphs
before the story: editor's notes (``ATTENTION - ADDS quotes ///``,
``= (PICTURES) =``), the headline, a byline, a dateline on a line of its own,
section labels (``ABSTRACT.``). :func:`read_header` tells them apart and finds
the lead, the first paragraph of the story itself.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newscorpus.byline import Byline, find_byline
from newscorpus.dateline import Dateline, find_dateline
from newscorpus.spans import Span

__all__ = ["Header", "read_header"]

_MAX_HEADLINE_WORDS = 25  # longer first lines are the story's first sentence
_MAX_HEADLINE_CHARS = 250
_MAX_HEADER_PARAGRAPHS = 6  # where the search for a headline and a lead gives up

_EDITOR_NOTE = regex.compile(
    r"""
    ATTENTION \b [^\n]*+                    # AFP: "ATTENTION - ADDS quotes, details ///"
    | [^\n]*? /// [ \t]*+                   # any note closed by "///"
    | = [ \t]*+ [^=\n]{1,40}+ [ \t]*+ =     # "= (PICTURES) =", "=(PICTURE)="
    | \( [^()\n]{1,40}+ \)                  # "(Undated)", "(PICTURES)"
    """,
    regex.VERBOSE,
)
"""A paragraph that is an editor's note to subscribers, not part of the story."""

_LABEL = regex.compile(r"[^\p{Ll}\n]{1,40}+")
"""A short paragraph with no lower-case letter: a section label such as "ABSTRACT."."""

_LINE_END = regex.compile(r"""[.;:?!…—–]["'”’»)\]]*+\Z""")
"""A first line that ends a unit (a headline over a dek) rather than a wrapped line."""

_KEPT_PERIOD = regex.compile(r"(?:\p{L}{1,3}\.){2,}\Z|(?<![\p{L}\p{N}])\p{L}\.\Z|\.\.\Z")
"""A final period that belongs to the last word: "U.S.", an initial, an ellipsis."""

_OPENERS = "\"'“‘«([$€£¥#"  # characters a lead may open with

_WORD = regex.compile(r"[\p{L}\p{N}]++")
"""A run of letters or digits."""


@attrs.frozen
class Header:
    """What comes before the story, and its first paragraph.

    Attributes:
        title: The headline, without a final period added to it.
        byline: The byline, if any.
        dateline: The dateline, if any.
        lead: The first paragraph of the story, after any dateline.
    """

    title: Span | None
    byline: Byline | None
    dateline: Dateline | None
    lead: Span | None


# Paragraphs are read as (start, end) offsets: a story has dozens, of which only the
# first few are looked at, so no span is made for them.
_Paragraph = tuple[int, int]


def _is_note(text: str, p: _Paragraph) -> bool:
    start, end = p
    # A note opens with "ATTENTION", "=" or "(", or holds "///": most paragraphs do not,
    # and are spared the pattern (whose "///" branch reads the whole paragraph).
    if not text.startswith(_NOTE_OPENINGS, start, end) and text.find("///", start, end) < 0:
        return False
    return _EDITOR_NOTE.fullmatch(text, start, end) is not None


_NOTE_OPENINGS = ("ATTENTION", "=", "(")  # what each branch of _EDITOR_NOTE but "///" opens with


def _within(span: Span | None, p: _Paragraph) -> bool:
    return span is not None and p[0] <= span.start and span.end <= p[1]


def _headline(text: str, p: _Paragraph) -> Span | None:
    """The headline in a paragraph's first line, if that line reads as one."""
    start, stop = p
    newline = text.find("\n", start, stop)
    end = stop if newline < 0 else newline
    while end > start and text[end - 1].isspace():
        end -= 1
    if newline >= 0 and not _LINE_END.search(text, start, end):
        return None  # the first line of a hard-wrapped paragraph
    if end - start > _MAX_HEADLINE_CHARS:
        return None
    if text[end - 1] == ":":
        return None  # "The Times said in an editorial on Monday:" introduces what follows
    words = len(_WORD.findall(text, start, end))
    if not 1 <= words <= _MAX_HEADLINE_WORDS:
        return None
    if text[end - 1] == "." and not _KEPT_PERIOD.search(text, start, end):
        end -= 1  # a period added after the headline (PolNeAR-style files) is not part of it
        while end > start and text[end - 1].isspace():  # "A ." is the headline "A"
            end -= 1
    return Span.of(text, start, end)


def read_header(text: str, paragraphs: Sequence[tuple[int, int]]) -> Header:
    """Find the headline, byline, dateline and lead of a story.

    The headline is the first line of the first paragraph, unless that
    paragraph is an editor's note, a byline or opens with a dateline, when the
    line reads as a headline: at most 25 words (longer is the story's first
    sentence), not ending with a colon, and followed by more paragraphs. The lead is the
    first paragraph after the headline that is not a byline, an editor's
    note, a label or a dateline alone; a dateline that opens it is left out.

    Args:
        text: The text of a story.
        paragraphs: The (start, end) of its paragraphs (see
            :func:`newscorpus.segment.paragraph_bounds`).

    Returns:
        The header; every part may be None.

    Example:
        >>> from newscorpus.segment import paragraph_bounds
        >>> text = "Bombs hit embassies.\\n\\nNAIROBI, Kenya (AP) — Bombs exploded.\\n\\nMore."
        >>> header = read_header(text, paragraph_bounds(text))
        >>> header.title.text, header.dateline.place, header.lead.text
        ('Bombs hit embassies', 'NAIROBI, Kenya', 'Bombs exploded.')
    """
    byline = find_byline(text)
    index, title = 0, None
    head = paragraphs[:_MAX_HEADER_PARAGRAPHS]
    by = byline.span if byline is not None else None
    dateline = find_dateline(text)
    if len(paragraphs) > 1:
        first = paragraphs[0]
        opens_story = (
            (dateline is not None and dateline.span.start == first[0])
            or _within(by, first)
            or _is_note(text, first)
        )
        if not opens_story:
            title = _headline(text, first)
            if title is not None:
                index += 1
    lead = None
    for p in head[index:]:
        if _is_note(text, p) or _LABEL.fullmatch(text, p[0], p[1]):
            continue
        start, end = p
        for part in (byline.span if byline else None, dateline.span if dateline else None):
            if part is not None and _within(part, p) and part.start >= start:
                start = part.end
                while start < end and not text[start].isalnum() and text[start] not in _OPENERS:
                    start += 1
        if start < end:
            lead = Span.of(text, start, end)
            break
    return Header(title=title, byline=byline, dateline=dateline, lead=lead)
