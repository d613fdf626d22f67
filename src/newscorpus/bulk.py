"""Bulk export: the records of a whole corpus to JSON Lines, JSON or CSV.

Used by ``newscorpus export``. Records come from
:func:`newscorpus.parallel.process_lines` (serialised in the workers), are
written whole, one a line, and an interruption (Ctrl-C) stops the run with
every line written so far complete. A progress bar (documents, MB/s, ETA)
goes to stderr when it is a terminal and ``tqdm`` is installed (the
``progress`` extra).
"""

from __future__ import annotations

import csv
import datetime
import gzip
import io
import json
import os
from collections.abc import Iterator, Sequence
from typing import IO, Any

from newscorpus.corpus import Corpus
from newscorpus.parallel import DEFAULT_EXTRACT, process_lines

__all__ = ["FORMATS", "export_corpus"]

#: Output formats of :func:`export_corpus`.
FORMATS = ("jsonl", "json", "csv")


class _Progress:
    """A tqdm bar over the corpus bytes, or nothing when tqdm or a terminal is missing."""

    def __init__(self, corpus: Corpus, stream: IO[str] | None) -> None:
        self.bar: Any = None
        self.done = 0
        if stream is None or not stream.isatty():
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        total = sum(_size(path) for path in corpus.paths())
        # Progress counts characters of text against bytes of files: near enough for news.
        self.bar = tqdm(total=total, unit="B", unit_scale=True, file=stream, desc="export")

    def update(self, nbytes: int) -> None:
        if self.bar is not None:
            self.done += 1
            self.bar.update(nbytes)
            self.bar.set_postfix(documents=self.done, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _open_output(path: str) -> IO[str]:
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "wb"), encoding="utf-8", newline="")
    return open(path, "w", encoding="utf-8", newline="")


def _flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row: scalars as they are, a dict's scalars as ``section.field``, the rest as JSON."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, item in value.items():
                row[f"{key}.{sub}"] = (
                    item if _scalar(item) else json.dumps(item, ensure_ascii=False)
                )
        elif isinstance(value, list):
            row[f"{key}_count"] = len(value)
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return row


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _write(lines: Iterator[tuple[int, str]], out: IO[str], fmt: str, progress: _Progress) -> int:
    count = 0
    writer: csv.DictWriter[str] | None = None
    if fmt == "json":
        out.write("[")
    for size, line in lines:
        if fmt == "jsonl":
            out.write(line + "\n")  # one call: an interruption never leaves half a line
        elif fmt == "json":
            out.write(("\n" if count == 0 else ",\n") + line)
        else:
            row = _flatten(json.loads(line))
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(row)
        count += 1
        progress.update(size)
    if fmt == "json":
        out.write("\n]\n")
    return count


def export_corpus(
    corpus: Corpus,
    output: str | IO[str],
    *,
    fmt: str = "jsonl",
    extract: Sequence[str] = DEFAULT_EXTRACT,
    workers: int = 1,
    reference_date: datetime.date | None = None,
    progress: IO[str] | None = None,
) -> int:
    """Write the record of every document of a corpus.

    Args:
        corpus: The corpus.
        output: A path (``.gz`` compresses) or an open text stream.
        fmt: ``"jsonl"`` (one record a line), ``"json"`` (one array) or
            ``"csv"`` (one row a document: scalars, ``section.field`` columns,
            and lists as JSON with a ``_count`` column).
        extract: The sections of each record.
        workers: Processes to use (0: one per core).
        reference_date: The reference date for documents that have none.
        progress: Where to draw a progress bar, if it is a terminal.

    Returns:
        The number of records written. On KeyboardInterrupt the output is
        closed with whole records only, and the interrupt goes on up.

    Raises:
        ValueError: For an unknown format, extractor or number of workers.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    lines = process_lines(corpus, extract=extract, workers=workers, reference_date=reference_date)
    bar = _Progress(corpus, progress)
    out = _open_output(output) if isinstance(output, str) else output
    try:
        return _write(lines, out, fmt, bar)
    finally:
        bar.close()
        if isinstance(output, str):
            out.close()
