"""Whole-corpus processing: one JSON-ready record per document, on every core.

:func:`process` streams a corpus through the extractors and yields records in
corpus order. With ``workers > 1`` the documents go to a pool of processes in
small batches, with a bounded number of batches in flight, so memory stays
flat however large the corpus is, and the records are the same whatever the
number of workers.
"""

from __future__ import annotations

import collections
import datetime
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

import attrs

from newscorpus.corpus import Corpus, Source, load_corpus
from newscorpus.document import Document
from newscorpus.export import _json_text, to_json_value

__all__ = ["DEFAULT_EXTRACT", "EXTRACTORS", "document_record", "process"]

T = TypeVar("T")

#: What a record can hold, by name: each takes a document and returns a result.
EXTRACTORS: dict[str, Callable[[Document], Any]] = {
    "metadata": lambda doc: doc.metadata,
    "dates": lambda doc: doc.dates,
    "quotes": lambda doc: doc.quotes,
    "entities": lambda doc: doc.entities,
    "paragraphs": lambda doc: doc.paragraphs,
    "sentences": lambda doc: doc.sentences,
    "text": lambda doc: doc.text,
}

#: The sections of a record unless asked otherwise.
DEFAULT_EXTRACT = ("metadata", "dates", "quotes")

#: Documents a task: hides the cost of sending work to a process (see also _extract_batch).
_BATCH = 32
_IN_FLIGHT = 4  # batches waiting per worker: keeps every core busy, memory bounded


def _check_extract(extract: Sequence[str]) -> tuple[str, ...]:
    if isinstance(extract, str):
        extract = (extract,)
    unknown = [name for name in extract if name not in EXTRACTORS]
    if unknown:
        known = ", ".join(EXTRACTORS)
        raise ValueError(f"unknown extractor {unknown[0]!r}; known: {known}")
    return tuple(extract)


def document_record(
    doc: Document,
    extract: Sequence[str] = DEFAULT_EXTRACT,
    reference_date: datetime.date | None = None,
) -> dict[str, Any]:
    """The JSON-ready record of one document.

    Args:
        doc: The document.
        extract: The sections to include, by name (see :data:`EXTRACTORS`).
        reference_date: The reference date for a document that has none of its own.

    Returns:
        ``{"id", "path", "reference_date", <one key per section>}`` with plain
        JSON values (offsets refer to ``doc.text``).

    Example:
        >>> import newscorpus as nc
        >>> doc = nc.Document.from_text("Mr. Smith left. He came back.", id="x")
        >>> record = document_record(doc, extract=("sentences",))
        >>> [s["text"] for s in record["sentences"]]
        ['Mr. Smith left.', 'He came back.']
    """
    if doc.reference_date is None and reference_date is not None:
        doc = attrs.evolve(doc, reference_date=reference_date)
    record: dict[str, Any] = {
        "id": doc.id,
        "path": to_json_value(doc.path),
        "reference_date": to_json_value(doc.reference_date),
    }
    for name in extract:
        record[name] = to_json_value(EXTRACTORS[name](doc))
    return record


def _extract_batch(
    docs: list[Document], extract: tuple[str, ...], ref: datetime.date | None
) -> list[Document]:
    """The documents of a batch with every section of ``extract`` found and cached.

    Each extractor runs over the whole batch before the next one starts: one
    stage's code and tables then stay in the processor's caches, which makes
    a record about 12% faster than running every stage on one document after
    another (``benchmarks/throughput.py``, stage ``record``).
    """
    if ref is not None:
        docs = [
            attrs.evolve(doc, reference_date=ref) if doc.reference_date is None else doc
            for doc in docs
        ]
    stages = [name for name in extract if name in _CACHED]
    if "metadata" in stages or "quotes" in stages:
        stages.insert(0, "entities")  # both read them: find them as a stage of their own
    if stages:
        for doc in docs:
            doc._sentence_bounds  # noqa: B018 - the segmentation every stage reads, found first
    for name in stages:
        for doc in docs:
            EXTRACTORS[name](doc)
    return docs


#: The sections a document caches, so that finding them ahead of the record pays.
_CACHED = frozenset({"metadata", "dates", "quotes", "entities", "paragraphs", "sentences"})


def _records(
    docs: list[Document], extract: tuple[str, ...], ref: datetime.date | None
) -> list[dict[str, Any]]:
    return [document_record(doc, extract) for doc in _extract_batch(docs, extract, ref)]


def _record_json(doc: Document, extract: tuple[str, ...]) -> str:
    """``json.dumps(document_record(doc, extract), ensure_ascii=False)``, written directly.

    The JSON text of each value is written without making the record's dicts first
    (see :func:`newscorpus.export._json_text`): same bytes, a quarter less time.
    """
    head = (
        f'{{"id": {_json_text(doc.id)}, "path": {_json_text(doc.path)}, '
        f'"reference_date": {_json_text(doc.reference_date)}'
    )
    # A name asked for twice is one key of the record's dict, where it was first given.
    sections = [
        f", {_json_text(name)}: {_json_text(EXTRACTORS[name](doc))}"
        for name in dict.fromkeys(extract)
    ]
    return head + "".join(sections) + "}"


def _json_lines(
    docs: list[Document], extract: tuple[str, ...], ref: datetime.date | None
) -> list[tuple[int, str]]:
    """(text length, record as JSON) per document: the worker does the JSON work."""
    return [
        (len(doc.text), _record_json(doc, extract)) for doc in _extract_batch(docs, extract, ref)
    ]


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group; only the parent decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run(
    corpus: Corpus,
    task: Callable[[list[Document], tuple[str, ...], datetime.date | None], list[T]],
    extract: tuple[str, ...],
    workers: int,
    ref: datetime.date | None,
) -> Iterator[T]:
    """Apply ``task`` to batches of documents, in order, on ``workers`` processes."""
    if workers == 1:
        for batch in _batches(corpus, _BATCH):
            yield from task(batch, extract, ref)
        return
    pool = multiprocessing.get_context().Pool(workers, initializer=_ignore_interrupts)
    pending: collections.deque[AsyncResult[list[T]]] = collections.deque()
    try:
        for batch in _batches(corpus, _BATCH):
            pending.append(pool.apply_async(task, (batch, extract, ref)))
            if len(pending) >= workers * _IN_FLIGHT:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _workers(workers: int) -> int:
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 0:
        raise ValueError(f"workers must be a whole number >= 0, not {workers!r}")
    return workers or os.cpu_count() or 1


def _corpus(source: Source | Corpus, load_options: dict[str, Any]) -> Corpus:
    return source if isinstance(source, Corpus) else load_corpus(source, **load_options)


def process(
    source: Source | Corpus,
    *,
    extract: Sequence[str] = DEFAULT_EXTRACT,
    workers: int = 1,
    reference_date: datetime.date | None = None,
    **load_options: Any,
) -> Iterator[dict[str, Any]]:
    """Stream one JSON-ready record per document of a corpus, in corpus order.

    Args:
        source: A :class:`Corpus`, or anything :func:`load_corpus` accepts.
        extract: The sections of each record, by name: ``metadata``, ``dates``,
            ``quotes`` (the default), also ``entities``, ``paragraphs``,
            ``sentences`` and ``text``.
        workers: Processes to use; 1 works in this process, 0 means one per core.
        reference_date: The reference date for documents that have none.
        **load_options: Passed to :func:`load_corpus` when ``source`` is not a corpus.

    Yields:
        Records as :func:`document_record` makes them; the same whatever ``workers`` is.

    Raises:
        ValueError: For an unknown extractor or a bad number of workers.

    Example:
        >>> records = process(None, extract=("sentences",))
        >>> [(r["id"], len(r["sentences"])) for r in records]
        [('000_8195b0460efe062c', 17)]
    """
    names = _check_extract(extract)
    count = _workers(workers)
    return _run(_corpus(source, load_options), _records, names, count, reference_date)


def process_lines(
    source: Source | Corpus,
    *,
    extract: Sequence[str] = DEFAULT_EXTRACT,
    workers: int = 1,
    reference_date: datetime.date | None = None,
    **load_options: Any,
) -> Iterator[tuple[int, str]]:
    """Like :func:`process`, but yields ``(text length, record as one line of JSON)``.

    Serialising in the workers keeps the parent process free to read and write;
    the text length lets a caller show progress.
    """
    names = _check_extract(extract)
    count = _workers(workers)
    return _run(_corpus(source, load_options), _json_lines, names, count, reference_date)
