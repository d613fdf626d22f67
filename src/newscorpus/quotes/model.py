"""The quotation data model: :class:`Quote` and :class:`QuoteKind`."""

from __future__ import annotations

import enum

import attrs

from newscorpus.entities import Mention
from newscorpus.spans import Span

__all__ = ["Quote", "QuoteKind"]


class QuoteKind(str, enum.Enum):
    """How a quote reports what was said.

    Attributes:
        DIRECT: An utterance in quotation marks: ``“We will win,” she said``.
        MIXED: A quoted fragment inside reported speech: ``she said that the
            plan was “dead on arrival.”``; the quote covers the reported clause.
        INDIRECT: Reported speech without quotation marks: ``she said the
            plan was dead``.
    """

    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"


@attrs.frozen
class Quote:
    """One reported utterance: what was said, who said it, and how it was reported.

    Attributes:
        start: Offset of the first character of the reported content.
        end: Offset just past its last character.
        text: The reported content, as PolNeAR annotates it: for a direct quote
            the quotation with its marks; for a mixed quote the reported clause
            holding the quoted fragment; for an indirect quote the reported
            clause.
        kind: Direct, mixed or indirect.
        content: The quotation (marks included) for direct and mixed quotes,
            None for indirect ones.
        speaker: Who said it, as written where the quote is attributed, with
            the canonical name it resolves to; None when no speaker is found.
        cue: The reporting verb or phrase (``"said"``, ``"according to"``), or
            None.
        paragraph: Index of the paragraph the quote starts in.

    Example:
        >>> from newscorpus import extract_quotes
        >>> quote, = extract_quotes("“We will win,” she said.")
        >>> quote.kind.value, quote.text, quote.speaker.text, quote.cue.text
        ('direct', '“We will win,”', 'she', 'said')
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    content: Span | None = None
    speaker: Mention | None = None
    cue: Span | None = None
    paragraph: int = 0
