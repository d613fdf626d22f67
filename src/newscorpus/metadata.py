"""Article metadata: headline, byline, dateline, date, counts, credits, names.

:func:`extract_metadata` reads what a news article says about itself: its
headline and lead, byline and authors, dateline (place, agency, date), the
outlets it credits, its size (characters, words, sentences, paragraphs,
reading time), and the people (with their roles), organisations and places
it mentions (from :mod:`newscorpus.entities`). Given a
:class:`~newscorpus.Document`, it also merges what is known from outside the
text: sidecar fields (title, author, publisher, agency, publication date) and
facts in the file name (a date, an LDC source code).
"""

from __future__ import annotations

import datetime
import enum
import itertools
import re
from collections.abc import Mapping, Sequence, Sized
from typing import Any

import attrs

from newscorpus._data import read_lines
from newscorpus._header import read_header
from newscorpus.byline import Byline
from newscorpus.dateline import Dateline, agency_name
from newscorpus.dates.anchor import usable_reference
from newscorpus.document import Document, date_from_metadata, reference_date_from_id
from newscorpus.entities import Entity, Person, extract_entities
from newscorpus.name_runs import COMMON_MARKS
from newscorpus.segment import paragraph_bounds, sentence_bounds
from newscorpus.sources_cited import CitedSource, find_sources_cited
from newscorpus.spans import Span

__all__ = ["WORDS_PER_MINUTE", "Counts", "DateSource", "Metadata", "extract_metadata"]

#: Reading speed for :attr:`Counts.reading_minutes`: 238 words a minute, the
#: average silent reading rate for English non-fiction (Brysbaert, 2019,
#: "How many words do we read per minute?", Journal of Memory and Language).
WORDS_PER_MINUTE = 238

_WORD = re.compile(r"[^\W_]+(?:['’.,\-][^\W_]+)*")
"""A word: letters and digits, joined by apostrophes, periods, commas or hyphens.

(``re`` rather than ``regex``: twice as fast for this simple pattern.)"""

_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
"""A year written alone in a file or folder name: "1998", "2016"."""

#: Sidecar fields, in order of preference, for the title, authors and publisher.
_TITLE_FIELDS = ("title", "headline")
_AUTHOR_FIELDS = ("authors", "author", "byline")
_PUBLISHER_FIELDS = ("publisher", "outlet", "newspaper", "site")
_AGENCY_FIELDS = ("agency", "wire")
_MISSING = frozenset({"", "none", "null", "na", "n/a", "nan", "-"})


def _ldc_table() -> dict[str, str]:
    table = {}
    for line in read_lines("ldc_sources.txt"):
        code, provider = (part.strip() for part in line.split("|"))
        table[code] = provider
    return table


_LDC = _ldc_table()
_LDC_ID = re.compile(r"^(?P<code>[A-Z]{3})(?:_[A-Z]{3})?_?(?:19|20)[0-9]{6}")
"""An LDC news document id: a source code, maybe a language, then a date."""


class DateSource(str, enum.Enum):
    """Where a publication date came from, most trusted first."""

    SIDECAR = "sidecar"
    """A date field of the document's metadata (sidecar file, JSONL record, keyword)."""
    FILE_NAME = "file_name"
    """A date in the document id (the file name)."""
    GIVEN = "given"
    """The reference date the document was made with."""
    DATELINE = "dateline"
    """The dateline's day and month, with the year from the dateline or the file name."""
    INFERRED = "inferred"
    """Inferred with confidence by :func:`~newscorpus.infer_reference_date`
    (such as a dateline's year from the weekday the story names)."""


@attrs.frozen
class Counts:
    """How long an article is.

    Attributes:
        characters: Characters of the text.
        words: Words (runs of letters and digits; "U.S.", "don’t", "1,000"
            and "Al-Nahyan" count as one).
        sentences: Sentences (see :func:`newscorpus.split_sentences`).
        paragraphs: Paragraphs (see :func:`newscorpus.split_paragraphs`).
        reading_minutes: Reading time at :data:`WORDS_PER_MINUTE`, to a tenth of a minute.
    """

    characters: int
    words: int
    sentences: int
    paragraphs: int
    reading_minutes: float


@attrs.frozen
class Metadata:
    """What an article says about itself, and what its document knows.

    Attributes:
        id: The document id (None for a plain string).
        ordinal: The ordinal in ids like ``000_8195b0460efe062c``, else None.
        key: The key in such ids, else None.
        title: The headline: a sidecar title when there is one, else the
            headline found at the top of the text (without a period added to it).
        title_span: Where the text's headline is, or None.
        lead: The text of the first paragraph of the story (after any dateline).
        lead_span: Where the lead is, or None.
        byline: The byline found in the text, if any.
        authors: The authors: from a sidecar author field, else the byline.
        dateline: The dateline, if any.
        agency: The wire agency behind the story: from the dateline, the
            byline, a sidecar ``agency``/``wire`` field or an LDC file name.
        publisher: The publisher, from a sidecar field or an LDC file name.
        publication_date: When the article was published, or None; never
            guessed from today's date.
        publication_date_source: Where ``publication_date`` came from.
        counts: Characters, words, sentences, paragraphs and reading time.
        sources_cited: The outlets and agencies the text credits, by mention.
        people: The people mentioned, with roles and every mention (see
            :func:`~newscorpus.extract_entities`), in order of first mention.
        organizations: The organisations mentioned.
        places: The places mentioned.
    """

    id: str | None
    ordinal: int | None
    key: str | None
    title: str | None
    title_span: Span | None
    lead: str | None
    lead_span: Span | None
    byline: Byline | None
    authors: tuple[str, ...]
    dateline: Dateline | None
    agency: str | None
    publisher: str | None
    publication_date: datetime.date | None
    publication_date_source: DateSource | None
    counts: Counts
    sources_cited: tuple[CitedSource, ...]
    people: tuple[Person, ...]
    organizations: tuple[Entity, ...]
    places: tuple[Entity, ...]


def _field(extra: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` that the metadata holds a real value for."""
    for name in names:
        value = extra.get(name)
        if value is None or isinstance(value, (list, tuple)):
            if value:
                return "; ".join(str(v) for v in value)
            continue
        text = " ".join(str(value).split())
        if text.casefold() not in _MISSING:
            return text
    return None


def _split_authors(value: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:;|\band\b|&|,)\s*", value)
    return tuple(p for p in parts if p)


def _year_hint(doc: Document) -> int | None:
    """A year written alone in the document id or the names of its folders."""
    names = [doc.id]
    if doc.path is not None:
        names.extend(part for part in reversed(doc.path.parent.parts[-3:]))
    for name in names:
        m = _YEAR.search(name)
        if m:
            return int(m.group())
    return None


def _publication_date(
    text: str, doc: Document | None, dateline: Dateline | None
) -> tuple[datetime.date | None, DateSource | None]:
    if doc is not None:
        try:
            from_fields = date_from_metadata(doc.extra)
        except ValueError:  # a malformed field: the reference date says what was used
            from_fields = None
        if from_fields is not None:
            return from_fields, DateSource.SIDECAR
        from_name = reference_date_from_id(doc.id)
        if from_name is not None:
            return from_name, DateSource.FILE_NAME
        if doc.reference_date is not None:
            return doc.reference_date, DateSource.GIVEN
    if dateline is None or dateline.month is None:
        return None, None
    resolved = dateline.resolve_date(year=_year_hint(doc) if doc is not None else None)
    if resolved is not None:
        return resolved, DateSource.DATELINE
    # A dateline's day without a year: the dates module may infer the year with
    # confidence (from the weekday the story names, say). Only a dated dateline gives
    # it that confidence (a date that merely appears in the text is too weak), so
    # stories without one are spared the search.
    inferred = usable_reference(text)
    if inferred is not None:
        return inferred.date, DateSource.INFERRED
    return None, None


def _word_classes() -> tuple[bytes, bytes]:
    """Byte tables for :func:`_count_words`: each byte to 1 if an ASCII letter or digit,
    else 0; and each byte to 1 if a connector (``'.,-``), else 0."""
    alphanumerics, connectors = bytearray(256), bytearray(256)
    for byte in b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
        alphanumerics[byte] = 1
    for byte in b"'.,-":
        connectors[byte] = 1
    return bytes(alphanumerics), bytes(connectors)


_ALPHANUMERICS, _CONNECTORS = _word_classes()

# The characters outside ASCII that much news holds, none of them a letter or a digit
# (name_runs.COMMON_MARKS), and the no-break space; the apostrophe ’ is the one connector.
_COMMON_MARKS = COMMON_MARKS + "\xa0"


def _with_plain_marks(text: str) -> str:
    """``text`` with ’ as ' and the other common marks as "?" (a character that joins no
    word): ASCII when it had no other character outside ASCII.

    One str.replace a mark, each a pass implemented in C, tells such texts from the
    others a few times faster than a pattern testing every character.
    """
    text = text.replace("’", "'")
    for mark in _COMMON_MARKS:
        text = text.replace(mark, "?")
    return text


def _count_words(text: str) -> int:
    r"""The number of :data:`_WORD` matches in a text, as ``len(_WORD.findall(text))``.

    Most texts have no letter or digit outside ASCII (once their common marks are
    made ASCII by :func:`_with_plain_marks`): there, the text's letters and digits,
    and its connectors, are read as two sets of bits (one byte a character, by a
    translation of its bytes); a connector between two letters or digits joins
    them, and the words are counted where a letter or digit follows none: a few
    shifts and masks of whole numbers over the whole text, each a pass in C, and
    no string made for each word. Other texts are split at white space (no word
    holds any); a chunk of letters and digits alone (``isalnum``: what ``[^\W_]``
    matches) is one word, and only the other chunks are given to the pattern,
    joined by spaces.

    Example:
        >>> _count_words("He said: “It’s U.S.-made, 1,200 of them.”")  # "U.S", "made"
        8
        >>> _count_words("Café: 1,200 ½-made")  # "Café", "1,200", "½-made"
        3
    """
    plain = text if text.isascii() else _with_plain_marks(text)
    if plain.isascii():
        data = plain.encode("ascii")
    else:
        chunks = text.split()
        rest = " ".join(itertools.filterfalse(str.isalnum, chunks))
        others = rest.count(" ") + 1 if rest else 0  # chunks that are not one plain word
        return len(chunks) - others + len(_WORD.findall(rest))
    # Byte i of each table is character i, so a shift by 8 bits looks one character back
    # ("<<") or ahead (">>"). Twice as fast as classing the bytes and joining the words
    # with bytes.replace, whose search for "aca" in a text of "a" is slow.
    alphanumeric = int.from_bytes(data.translate(_ALPHANUMERICS), "little")
    connector = int.from_bytes(data.translate(_CONNECTORS), "little")
    joined = alphanumeric | (connector & (alphanumeric << 8) & (alphanumeric >> 8))
    return (joined & ~(joined << 8)).bit_count()  # a word starts after no letter or digit


def _counts(text: str, paragraphs: Sized, sentences: Sized) -> Counts:
    words = _count_words(text)
    return Counts(
        characters=len(text),
        words=words,
        sentences=len(sentences),
        paragraphs=len(paragraphs),
        reading_minutes=round(words / WORDS_PER_MINUTE, 1),
    )


def extract_metadata(text_or_document: str | Document) -> Metadata:
    """Read an article's metadata: headline, byline, dateline, date, counts, credits.

    Args:
        text_or_document: The article text, or a :class:`Document` (whose
            sidecar fields, file name and reference date are used too; see
            :class:`Metadata` for which source wins).

    Returns:
        The metadata; every offset refers to the text given (or ``doc.text``).

    Raises:
        TypeError: If given something other than a string or a Document.

    Example:
        >>> text = (
        ...     "Clinton leads in new poll.\\n\\n"
        ...     "NEW YORK, Nov. 19 (UPI) — Hillary Clinton leads, according to Reuters.\\n\\n"
        ...     "The poll has a margin of error."
        ... )
        >>> meta = extract_metadata(text)
        >>> meta.title, meta.dateline.place, meta.dateline.agency, meta.dateline.date_text
        ('Clinton leads in new poll', 'NEW YORK', 'UPI', 'Nov. 19')
        >>> meta.lead
        'Hillary Clinton leads, according to Reuters.'
        >>> [s.name for s in meta.sources_cited], meta.counts.paragraphs, meta.counts.sentences
        (['Reuters'], 3, 3)
    """
    doc: Document | None = None
    # Paragraphs and sentences as offsets: the header reads a few paragraphs, the counts
    # only count them, and no span is made for each.
    paragraphs: Sequence[tuple[int, int]]
    sentences: Sized
    if isinstance(text_or_document, Document):
        doc = text_or_document
        text = doc.text
        paragraphs, sentences = doc._paragraph_bounds, doc._sentence_bounds
        entities = doc.entities
    elif isinstance(text_or_document, str):
        text = text_or_document
        paragraphs = paragraph_bounds(text)
        sentences = sentence_bounds(text, paragraphs)  # paragraphs found once
        entities = extract_entities(text)
    else:
        kind = type(text_or_document).__name__
        raise TypeError(f"extract_metadata needs a str or a Document, not {kind}")

    header = read_header(text, paragraphs)
    dateline, byline = header.dateline, header.byline
    skip = [s.span for s in (dateline, byline) if s is not None]
    cited = tuple(
        c
        for c in find_sources_cited(text, entities=entities)
        if not any(s.start <= c.start < s.end for s in skip)
    )
    extra: Mapping[str, Any] = doc.extra if doc is not None else {}
    ldc = _LDC.get(m["code"]) if doc is not None and (m := _LDC_ID.match(doc.id)) else None
    title = _field(extra, _TITLE_FIELDS) or (header.title.text if header.title else None)
    sidecar_authors = _field(extra, _AUTHOR_FIELDS)
    agency = (
        (dateline.agency if dateline else None)
        or (byline.agency if byline else None)
        or _field(extra, _AGENCY_FIELDS)
        or (ldc if ldc and agency_name(ldc) else None)
    )
    if agency is not None:
        agency = agency_name(agency) or agency
    publisher = _field(extra, _PUBLISHER_FIELDS) or (ldc if ldc and not agency_name(ldc) else None)
    date, source = _publication_date(text, doc, dateline)
    return Metadata(
        id=doc.id if doc is not None else None,
        ordinal=doc.ordinal if doc is not None else None,
        key=doc.key if doc is not None else None,
        title=title,
        title_span=header.title,
        lead=header.lead.text if header.lead else None,
        lead_span=header.lead,
        byline=byline,
        authors=(
            _split_authors(sidecar_authors)
            if sidecar_authors
            else (byline.authors if byline else ())
        ),
        dateline=dateline,
        agency=agency,
        publisher=publisher,
        publication_date=date,
        publication_date_source=source,
        counts=_counts(text, paragraphs, sentences),
        sources_cited=cited,
        people=entities.people,
        organizations=entities.organizations,
        places=entities.places,
    )
