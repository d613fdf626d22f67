"""Dask integration: a corpus as a ``dask.bag.Bag``, for a cluster of machines.

Needs the optional extra: ``pip install 'newscorpus[dask]'``.

Documents are read where each partition runs (the files must be reachable
there, as on a shared file system), and the records are those of
:func:`newscorpus.parallel.process`.

Example:
    >>> from newscorpus.dask import read_corpus, records
    >>> bag = read_corpus()                      # the bundled seed corpus
    >>> [r["id"] for r in records(bag, extract=("sentences",)).compute()]
    ['000_8195b0460efe062c']
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import Any

try:
    import dask.bag
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("newscorpus.dask needs Dask: pip install 'newscorpus[dask]'") from exc

from newscorpus.corpus import Corpus, Source, load_corpus
from newscorpus.document import Document
from newscorpus.parallel import _BATCH, DEFAULT_EXTRACT, _batches, _check_extract, _records

__all__ = ["read_corpus", "records"]


def _documents(partitions: Iterable[Corpus]) -> list[Document]:
    return [doc for corpus in partitions for doc in corpus]


def _partition_records(
    docs: Iterable[Document], extract: tuple[str, ...], ref: datetime.date | None
) -> list[dict[str, Any]]:
    # In batches, as process() works: each extractor over a batch before the next one.
    return [record for batch in _batches(docs, _BATCH) for record in _records(batch, extract, ref)]


def read_corpus(
    source: Source | Corpus = None, *, documents_per_partition: int = 64, **load_options: Any
) -> dask.bag.Bag:
    """A Dask bag of the documents of a corpus, partitioned by files.

    Args:
        source: A :class:`Corpus`, or anything :func:`load_corpus` accepts.
        documents_per_partition: Plain-text files per partition (each JSON
            Lines file is a partition of its own).
        **load_options: Passed to :func:`load_corpus` when ``source`` is not a corpus.

    Returns:
        A bag of :class:`Document` objects, in corpus order.
    """
    corpus = source if isinstance(source, Corpus) else load_corpus(source, **load_options)
    pieces = corpus.partitions(documents_per_partition)
    bag = dask.bag.from_sequence(pieces, npartitions=len(pieces))
    return bag.map_partitions(_documents)


def records(
    bag: dask.bag.Bag,
    *,
    extract: Sequence[str] = DEFAULT_EXTRACT,
    reference_date: datetime.date | None = None,
) -> dask.bag.Bag:
    """The JSON-ready records of a bag of documents, as :func:`~newscorpus.parallel.process` makes.

    Args:
        bag: A bag of documents, such as :func:`read_corpus` returns.
        extract: The sections of each record, by name.
        reference_date: The reference date for documents that have none.

    Returns:
        A bag of records, one per document, in the bag's order.
    """
    names = _check_extract(extract)
    return bag.map_partitions(_partition_records, names, reference_date)
