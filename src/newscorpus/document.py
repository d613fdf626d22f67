"""The Document: one article's text, its identity, and cached views of it.

A :class:`Document` is immutable. Its views (paragraphs, sentences and, as
the extractors land, quotes, dates and metadata) are computed on first use
and cached on the instance; the extractors themselves are pure functions of
the text, so a Document only remembers their results.
"""

from __future__ import annotations

import datetime
import functools
import re
import types
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from newscorpus.spans import Span

if TYPE_CHECKING:
    from newscorpus.dates.model import TimeExpression
    from newscorpus.entities import Entities
    from newscorpus.metadata import Metadata
    from newscorpus.quotes import Quote

__all__ = ["Document", "normalize_newlines", "reference_date_from_id", "text_of"]

#: Ids shaped like ``000_8195b0460efe062c``: an ordinal, an underscore, a hex key.
_ORDINAL_KEY = re.compile(r"^(\d+)_([0-9a-f]{6,})$")

#: A calendar date inside a file name: ISO ``2016-10-12`` (or with ``_``),
#: or compact ``19970401`` as in Gigaword ids such as ``APW19980807.0261``.
_DATE_IN_NAME = re.compile(
    r"""
    (?<![0-9])
    (?: (?P<y>(?:19|20)\d\d) [-_] (?P<m>\d\d) [-_] (?P<d>\d\d)     # 2016-10-12
      | (?P<cy>(?:19|20)\d\d) (?P<cm>\d\d) (?P<cd>\d\d)              # 19970401
    )
    (?![0-9])
    """,
    re.VERBOSE,
)

#: Sidecar or JSONL fields, in order of preference, that give a publication date.
DATE_FIELDS = ("publication_date", "date", "dct", "published", "pubdate")


def normalize_newlines(text: str) -> str:
    """Strip a leading byte-order mark and turn CRLF and CR into LF.

    This is the only change newscorpus ever makes to an article's text, and it
    happens once, when a document is loaded; all offsets refer to the result.

    Args:
        text: Text as decoded from a file or given by the caller.

    Returns:
        The text with LF line breaks and no BOM.

    Example:
        >>> normalize_newlines("\\ufeffLine one\\r\\nLine two\\rEnd")
        'Line one\\nLine two\\nEnd'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def reference_date_from_id(doc_id: str) -> datetime.date | None:
    """Find a publication date written into a document id or file name.

    Args:
        doc_id: A file stem such as ``breitbart_2016-10-12_washington-post``.

    Returns:
        The first valid calendar date in the name, or None.

    Example:
        >>> reference_date_from_id("breitbart_2016-10-12_washington-post-backs")
        datetime.date(2016, 10, 12)
        >>> reference_date_from_id("APW19980807.0261")
        datetime.date(1998, 8, 7)
        >>> reference_date_from_id("000_8195b0460efe062c") is None
        True
    """
    if _ORDINAL_KEY.match(doc_id):
        return None
    for m in _DATE_IN_NAME.finditer(doc_id):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["cy"], m["cm"], m["cd"])
        try:
            return datetime.date(int(y), int(mo), int(d))
        except ValueError:
            continue
    return None


def date_from_metadata(extra: Mapping[str, Any]) -> datetime.date | None:
    """Read a publication date from metadata fields, if one is there.

    Args:
        extra: Metadata fields of a document.

    Returns:
        The date of the first field of :data:`DATE_FIELDS` that holds one.

    Raises:
        ValueError: If such a field holds something that is not a date.
    """
    for name in DATE_FIELDS:
        value = extra.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            return datetime.date.fromisoformat(value.strip()[:10])
        raise ValueError(f"field {name!r} holds {value!r}, not a date")
    return None


def text_of(text_or_document: str | Document) -> str:
    """The text of a string or a Document, for functions that take either.

    Args:
        text_or_document: A string, or a :class:`Document`.

    Returns:
        The text (a string is returned as it is: offsets refer to it).

    Raises:
        TypeError: For anything else.
    """
    if isinstance(text_or_document, str):
        return text_or_document
    if isinstance(text_or_document, Document):
        return text_or_document.text
    raise TypeError(f"expected a str or a Document, not {type(text_or_document).__name__}")


def _readonly(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return types.MappingProxyType(dict(mapping or {}))


@attrs.frozen
class Document:
    """One news article: its text, identity and cached views.

    Build documents with :meth:`Document.from_text`, :func:`read_document`
    or :func:`load_corpus` rather than calling the class directly: they
    normalise newlines and fill in the reference date.

    Attributes:
        id: The document id: the file stem, or the id given.
        text: The article text (LF newlines, no BOM); every offset refers to it.
        path: The file the text came from, or None.
        reference_date: The publication date used to anchor relative dates,
            from metadata or the file name, or None when unknown.
        extra: Read-only metadata fields (from a sidecar file, a JSONL record
            or keyword arguments).

    Example:
        >>> doc = Document.from_text("Hello. World.", id="x")
        >>> [s.text for s in doc.sentences]
        ['Hello.', 'World.']
    """

    id: str
    text: str
    path: Path | None = None
    reference_date: datetime.date | None = None
    extra: Mapping[str, Any] = attrs.field(
        factory=dict, converter=_readonly, eq=False, hash=False, repr=False
    )

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str | None = None,
        reference_date: datetime.date | None = None,
        **metadata: Any,
    ) -> Document:
        """Make a document from a string.

        The text gets the same newline normalisation as files do (see
        :func:`normalize_newlines`).

        Args:
            text: The article text.
            id: The document id; defaults to ``"document"``.
            reference_date: The publication date; defaults to one found in the
                metadata (``publication_date``, ``date``, ...) or the id.
            **metadata: Extra fields, kept read-only in :attr:`extra`.

        Returns:
            The document.

        Raises:
            TypeError: If ``text`` is not a string.
            ValueError: If a metadata date field holds something that is not a date.

        Example:
            >>> import datetime
            >>> doc = Document.from_text("Text.", id="x", reference_date=datetime.date(2023, 12, 8))
            >>> doc.reference_date
            datetime.date(2023, 12, 8)
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        doc_id = "document" if id is None else str(id)
        if reference_date is None:
            reference_date = date_from_metadata(metadata) or reference_date_from_id(doc_id)
        return cls(doc_id, normalize_newlines(text), None, reference_date, metadata)

    def __reduce__(self) -> tuple[Any, ...]:
        # A read-only mapping does not pickle; rebuild from a plain dict (the
        # converter wraps it again). Cached views are recomputed on demand.
        return (Document, (self.id, self.text, self.path, self.reference_date, dict(self.extra)))

    @property
    def ordinal(self) -> int | None:
        """The number before the key in ids like ``000_8195b0460efe062c``, else None."""
        m = _ORDINAL_KEY.match(self.id)
        return int(m[1]) if m else None

    @property
    def key(self) -> str | None:
        """The hex key in ids like ``000_8195b0460efe062c``, else None."""
        m = _ORDINAL_KEY.match(self.id)
        return m[2] if m else None

    @functools.cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """The paragraphs, as spans (see :func:`split_paragraphs`)."""
        text = self.text
        return tuple([Span(start, end, text[start:end]) for start, end in self._paragraph_bounds])

    @functools.cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The sentences, as spans (see :func:`split_sentences`)."""
        text = self.text
        return tuple([Span(start, end, text[start:end]) for start, end in self._sentence_bounds])

    # The extractors of a record read paragraphs and sentences as offsets only (quotes) or
    # merely count them (metadata): the offsets are found once per document and shared,
    # and spans, with their copies of the text, are made only for a caller who asks.

    @functools.cached_property
    def _paragraph_bounds(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) of each paragraph (see :func:`paragraph_bounds`)."""
        from newscorpus.segment import paragraph_bounds

        return tuple(paragraph_bounds(self.text))

    @functools.cached_property
    def _sentence_bounds(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) of each sentence (see :func:`sentence_bounds`)."""
        from newscorpus.segment import sentence_bounds

        return tuple(sentence_bounds(self.text, self._paragraph_bounds))  # paragraphs found once

    @functools.cached_property
    def entities(self) -> Entities:
        """The people, organisations and places mentioned (see :func:`extract_entities`)."""
        from newscorpus.entities import extract_entities

        return extract_entities(self.text)

    @functools.cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """The quotes: direct, mixed and indirect (see :func:`extract_quotes`)."""
        from newscorpus.quotes import extract_quotes

        return extract_quotes(self)

    @functools.cached_property
    def dates(self) -> tuple[TimeExpression, ...]:
        """The temporal expressions (see :func:`extract_dates`).

        Relative dates resolve against :attr:`reference_date`, or, when it is
        unknown, against a date inferred from the text (a dateline, a full
        date) by :func:`infer_reference_date`.
        """
        from newscorpus.dates import extract_dates

        return extract_dates(self)

    @functools.cached_property
    def metadata(self) -> Metadata:
        """Headline, byline, dateline, publication date, counts, credits (see
        :func:`extract_metadata`), merged with sidecar fields and file-name facts."""
        from newscorpus.metadata import extract_metadata

        return extract_metadata(self)
