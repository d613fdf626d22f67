"""The public names are a contract (DESIGN.md): pin them."""

from __future__ import annotations

import newscorpus

PUBLIC = [
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


def test_all_is_pinned_and_sorted() -> None:
    assert newscorpus.__all__ == PUBLIC
    assert sorted(newscorpus.__all__) == newscorpus.__all__


def test_every_public_name_exists() -> None:
    for name in newscorpus.__all__:
        assert hasattr(newscorpus, name), name


def test_version_is_static() -> None:
    assert newscorpus.__version__ == "0.1.0"
