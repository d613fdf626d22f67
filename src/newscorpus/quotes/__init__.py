"""Quotations: direct, mixed and indirect quotes, with speakers and cues.

:func:`extract_quotes` finds who said what in a news article: quotations in
any style of quotation marks, the reporting verbs and phrases that attribute
them, the speaker of each, and reported speech without marks.

Example:
    >>> from newscorpus import extract_quotes
    >>> text = "“We will win,” Putin said. He warned that the war could spread."
    >>> for quote in extract_quotes(text):
    ...     print(quote.kind.value, quote.speaker.text, quote.cue.text, "|", quote.text)
    direct Putin said | “We will win,”
    indirect He warned | the war could spread
"""

from __future__ import annotations

import operator
from collections.abc import Sequence

from newscorpus.document import Document
from newscorpus.entities import mention_index
from newscorpus.nicknames import is_nickname
from newscorpus.quotes.attribution import attribute
from newscorpus.quotes.boundaries import trim
from newscorpus.quotes.clauses import skip_times
from newscorpus.quotes.context import Context, Draft
from newscorpus.quotes.cues import CUE_WORDS, find_cues, lexicon_words, word_scan
from newscorpus.quotes.marks import Quotation, find_quotations
from newscorpus.quotes.model import Quote, QuoteKind
from newscorpus.quotes.nouns import NOUN_WORDS, find_noun_cues
from newscorpus.quotes.resolve import Resolver
from newscorpus.quotes.surveys import SURVEY_WORDS
from newscorpus.quotes.tokens import words as token_words
from newscorpus.quotes.vocabulary import MODALS
from newscorpus.segment import paragraph_bounds, sentence_bounds
from newscorpus.spans import Span

__all__ = ["Quote", "QuoteKind", "extract_quotes"]

# the words that cues are found by, and those that tell whether a text names a survey
_LEXICON_SCAN = word_scan(CUE_WORDS | NOUN_WORDS | SURVEY_WORDS)
_START_END = operator.attrgetter("start", "end")
_SPAN = operator.itemgetter(0, 1)  # a draft's (start, end), read by a loop in C
_FAR = 1 << 30  # the distance of a cue that does not come before its content


def extract_quotes(text_or_document: str | Document) -> tuple[Quote, ...]:
    """Find the quotes of a news article.

    Args:
        text_or_document: The article, as a string (offsets refer to it as
            given) or a :class:`Document` (offsets refer to ``doc.text``).

    Returns:
        The quotes, sorted by start.

    Raises:
        TypeError: If the argument is neither a string nor a Document.

    Example:
        >>> quotes = extract_quotes("“It’s over,” she said, adding that “we lost.”")
        >>> [(q.kind.value, q.text, q.speaker.text, q.cue.text) for q in quotes]
        [('direct', '“It’s over,”', 'she', 'said'), ('mixed', '“we lost.”', 'she', 'adding')]
    """
    # Only offsets are read: from a string, paragraphs and sentences are found as offsets
    # alone, without the spans (and copies of the text) that nothing here would read.
    paragraphs: Sequence[tuple[int, int]]
    sentences: Sequence[tuple[int, int]]
    if isinstance(text_or_document, Document):
        text = text_or_document.text
        paragraphs = text_or_document._paragraph_bounds  # shared with the other extractors
        sentences = text_or_document._sentence_bounds
    elif isinstance(text_or_document, str):
        text = text_or_document
        paragraphs = paragraph_bounds(text)
        sentences = sentence_bounds(text, paragraphs)  # paragraphs found once
    else:
        raise TypeError(
            f"extract_quotes needs a str or a Document, not {type(text_or_document).__name__}"
        )
    words = lexicon_words(text, _LEXICON_SCAN)  # one scan for verbs, phrases and nouns
    # a nickname inside a name ("Tomas “Bud” Lund") is no one's words
    quotations = [q for q in find_quotations(text, paragraphs) if not _nickname(text, q)]
    ctx = Context(text, paragraphs, sentences, quotations, find_cues(text, words))
    attribute(ctx, find_noun_cues(text, words), words)
    if not ctx.drafts:
        return ()
    # Speakers are resolved against plain mentions: from a string, no object is made for
    # each place and organisation mention, which nothing here would read.
    if isinstance(text_or_document, Document):
        index = mention_index(text_or_document.entities)
    else:
        index = mention_index(text)
    resolver = Resolver(text, index, sentences)
    drafts = sorted(
        (d for d in _one_per_span(text, _untangled(text, ctx.drafts)) if not _only_a_time(text, d)),
        key=_position,
    )
    quotes = [_quote(ctx, draft, resolver) for draft in drafts]
    quotes.sort(key=_START_END)
    return tuple(quotes)


_TIME_LENGTH = 30  # characters of the longest reported clause that may be a time alone


def _only_a_time(text: str, draft: Draft) -> bool:
    """Tell whether an indirect quote's clause is a time alone, which no one reports: "the
    Harbor Post reported ten days ago", "He apologized the next day"."""
    if draft.kind is not QuoteKind.INDIRECT or draft.end - draft.start > _TIME_LENGTH:
        return False  # the cheap test first: most clauses are longer
    toks = token_words(text, draft.start, draft.end)
    return skip_times(toks, 0) >= len(toks)


def _nickname(text: str, q: Quotation) -> bool:
    """Tell whether a quotation is a nickname inside a name: short, closed, capitalised."""
    return (
        q.closed
        and q.inner_end - q.inner_start <= _NICKNAME_LENGTH
        and text[q.inner_start : q.inner_start + 1].isupper()
        and is_nickname(text, q.start, q.end)
    )


_NICKNAME_LENGTH = 30  # characters between the marks of a nickname, at most


def _span(text: str, offsets: tuple[int, int] | None) -> Span | None:
    return None if offsets is None else Span(offsets[0], offsets[1], text[offsets[0] : offsets[1]])


def _one_per_span(text: str, drafts: Sequence[Draft]) -> list[Draft]:
    """One draft for each content span, when two cues report the same words.

    "told the host she believed that …": both verbs reach the clause; the cue
    nearest before it ("believed") is the one that reports it.
    """
    if len(set(map(_SPAN, drafts))) == len(drafts):
        return list(drafts)  # the common case: no two drafts share a span
    kept: dict[tuple[int, int], Draft] = {}
    for draft in drafts:
        key = (draft.start, draft.end)
        other = kept.get(key)
        if other is None or _cue_rank(text, draft) < _cue_rank(text, other):
            kept[key] = draft
    return list(kept.values())


def _untangled(text: str, drafts: Sequence[Draft]) -> list[Draft]:
    """Drafts whose reported clauses no longer cross each other's cues.

    Two clauses that cross, each holding the other's cue, are a reported
    clause and the attribution around it: in "Lund said that taxes will rise,
    the Harbor Post reported" the paper reports "Lund said that taxes will
    rise", and Lund's clause, which read on to the sentence's end, ends where
    the paper's does.
    """
    ordered = sorted(drafts, key=_SPAN)
    for i, outer in enumerate(ordered):
        if outer.cue is None:
            continue
        for j in range(i + 1, len(ordered)):
            inner = ordered[j]
            if inner.start >= outer.end:
                break  # sorted by start: no later draft starts inside this one either
            if (
                inner.cue is not None
                and outer.end < inner.end
                and outer.start <= inner.cue[0] < outer.end  # the inner cue in the outer clause
                and inner.start <= outer.cue[0] < inner.end  # and the outer cue in the inner one
                and _attributes(text, outer.cue[0])
            ):
                ordered[j] = _cut(text, inner, outer.end)
    return ordered


def _attributes(text: str, cue: int) -> bool:
    """Tell whether the cue at ``cue`` attributes the clause before it, as far as its
    words tell: "according to the rules" and "he should have insisted on" often do not."""
    return not text.startswith("according", cue) and MODALS.isdisjoint(
        token_words(text, max(0, cue - 20), cue)
    )


def _cut(text: str, draft: Draft, end: int) -> Draft:
    """A draft whose clause ends at ``end`` (past any trailing comma), or the draft as it
    was when that would split its quotation or leave no clause."""
    end = trim(text, draft.start, end)
    content, kind = draft.content, draft.kind
    if content is not None and content[0] >= end:
        content, kind = None, QuoteKind.INDIRECT  # its quotation was beyond the cut
    elif content is not None and content[1] > end:
        return draft  # the cut would split the quotation
    if end <= draft.start:
        return draft
    return draft._replace(end=end, content=content, kind=kind)


def _cue_rank(text: str, draft: Draft) -> tuple[bool, int]:
    """How well a draft's cue reports its content; lower is better.

    A finite verb before a participle, which may hang on a noun ("said at a
    news conference announcing that …"); then the cue nearest before the
    content, then one after it ("…, officials said"), then one inside it.
    """
    cue = draft.cue
    if cue is None:
        return True, 3 * _FAR
    participle = text.endswith("ing", cue[0], cue[1])
    if cue[1] <= draft.start:
        return participle, draft.start - cue[1]
    return participle, (_FAR if cue[0] >= draft.end else 2 * _FAR)


def _position(draft: Draft) -> int:
    """Where a draft's speaker stands (else its content), to resolve speakers in text order."""
    return draft.speaker[0] if draft.speaker is not None else draft.start


def _quote(ctx: Context, draft: Draft, resolver: Resolver) -> Quote:
    text = ctx.text
    speaker = None
    if draft.speaker is not None:
        s, e = draft.speaker
        speaker = resolver.resolve(s, e, ctx.paragraph_of(s), draft.start)
    return Quote(
        draft.start,
        draft.end,
        text[draft.start : draft.end],
        draft.kind,
        _span(text, draft.content),
        speaker,
        _span(text, draft.cue),
        ctx.paragraph_of(draft.start),
    )
