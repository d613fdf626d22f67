"""newscorpus: who said what, and when, in a folder of news articles.

Load plain-text English news articles into immutable :class:`Document`
objects, split them into paragraphs and sentences, find their temporal
expressions (TIMEX3), and serialise the results.

Example:
    >>> import newscorpus as nc
    >>> corpus = nc.load_corpus()  # the bundled seed corpus
    >>> doc = corpus["000_8195b0460efe062c"]
    >>> len(doc.paragraphs), len(doc.sentences)
    (14, 17)
"""

from __future__ import annotations

__version__ = "0.1.0"

from newscorpus.byline import Byline
from newscorpus.corpus import Corpus, Skipped, load_corpus, read_document
from newscorpus.dateline import Dateline, find_dateline
from newscorpus.dates import (
    ReferenceDate,
    ReferenceSource,
    TimeExpression,
    TimexMod,
    TimexType,
    extract_dates,
    infer_reference_date,
)
from newscorpus.document import Document
from newscorpus.entities import (
    Entities,
    Entity,
    EntityKind,
    Mention,
    Person,
    extract_entities,
)
from newscorpus.errors import (
    CorpusNotFoundError,
    DocumentReadError,
    MetadataError,
    NewsCorpusError,
)
from newscorpus.export import to_brat, to_dict, to_timeml, write_jsonl
from newscorpus.metadata import Counts, DateSource, Metadata, extract_metadata
from newscorpus.quotes import Quote, QuoteKind, extract_quotes
from newscorpus.segment import split_paragraphs, split_sentences
from newscorpus.sources_cited import CitedSource
from newscorpus.spans import Span

__all__ = [
    "Byline",
    "CitedSource",
    "Corpus",
    "CorpusNotFoundError",
    "Counts",
    "DateSource",
    "Dateline",
    "Document",
    "DocumentReadError",
    "Entities",
    "Entity",
    "EntityKind",
    "Mention",
    "Metadata",
    "MetadataError",
    "NewsCorpusError",
    "Person",
    "Quote",
    "QuoteKind",
    "ReferenceDate",
    "ReferenceSource",
    "Skipped",
    "Span",
    "TimeExpression",
    "TimexMod",
    "TimexType",
    "__version__",
    "extract_dates",
    "extract_entities",
    "extract_metadata",
    "extract_quotes",
    "find_dateline",
    "infer_reference_date",
    "load_corpus",
    "read_document",
    "split_paragraphs",
    "split_sentences",
    "to_brat",
    "to_dict",
    "to_timeml",
    "write_jsonl",
]
