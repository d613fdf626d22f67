"""The quotes pipeline's shared state for one text, built as `extract_quotes` builds it."""

from __future__ import annotations

from newscorpus.quotes.context import Context
from newscorpus.quotes.cues import find_cues
from newscorpus.quotes.marks import find_quotations
from newscorpus.segment import paragraph_bounds, sentence_bounds


def context(text: str) -> Context:
    """A Context over ``text``: its paragraphs, sentences, quotations and cues."""
    paragraphs = paragraph_bounds(text)
    return Context(
        text,
        paragraphs,
        sentence_bounds(text, paragraphs),
        find_quotations(text, paragraphs),
        find_cues(text),
    )
