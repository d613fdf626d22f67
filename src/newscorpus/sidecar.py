"""Sidecar metadata: a TSV, CSV, JSON or JSONL file of fields keyed by document id.

The id column is the first of :data:`ID_COLUMNS` the file has (``id``,
``docid``, ``filename``, ...); file names lose their extension, so
``article.txt`` keys the document ``article``. Every other column becomes a
field of :attr:`Document.extra`, and a ``publication_date`` (or ``date``,
``dct``) column sets the document's reference date.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newscorpus.document import date_from_metadata
from newscorpus.errors import CorpusNotFoundError, MetadataError

__all__ = ["ID_COLUMNS", "load_sidecar"]

#: Column names that may hold the document id, in order of preference.
ID_COLUMNS = ("id", "doc_id", "docid", "document_id", "filename", "file", "name")

_TEXT_SUFFIXES = (".txt", ".text", ".tml", ".xml", ".json")


def _doc_id(value: Any) -> str:
    name = os.path.basename(str(value).strip())
    for suffix in _TEXT_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for each record of the file, whatever its format."""
    suffix = path.suffix.lower()
    with path.open(encoding="utf-8-sig", newline="") as f:
        if suffix in (".tsv", ".csv", ".tab"):
            reader = csv.DictReader(f, delimiter="," if suffix == ".csv" else "\t")
            for row in reader:
                if None in row:
                    raise MetadataError(f"{path}:{reader.line_num}: more fields than the header")
                yield reader.line_num, dict(row)
        elif suffix in (".jsonl", ".ndjson"):
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise MetadataError(f"{path}:{number}: not valid JSON: {exc.msg}") from None
                if not isinstance(record, dict):
                    raise MetadataError(f"{path}:{number}: a JSON object was expected")
                yield number, record
        elif suffix == ".json":
            try:
                data = json.load(f)
            except json.JSONDecodeError as exc:
                raise MetadataError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
            if isinstance(data, dict):  # {"doc id": {fields}, ...}
                for key, fields in data.items():
                    if not isinstance(fields, dict):
                        raise MetadataError(f"{path}: the value for {key!r} is not an object")
                    yield 0, {"id": key, **fields}
            elif isinstance(data, list):
                for i, record in enumerate(data):
                    if not isinstance(record, dict):
                        raise MetadataError(f"{path}: item {i} is not an object")
                    yield 0, record
            else:
                raise MetadataError(f"{path}: expected an object or a list of objects")
        else:
            known = "tsv, csv, json, jsonl"
            raise MetadataError(f"{path}: unknown metadata format {suffix!r} ({known})")


def load_sidecar(path: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """Read a sidecar metadata file into ``{document id: {field: value}}``.

    Args:
        path: A ``.tsv``, ``.csv``, ``.json`` or ``.jsonl`` file.

    Returns:
        Fields per document id (the id column itself is dropped).

    Raises:
        CorpusNotFoundError: If the file does not exist.
        MetadataError: If it is malformed, has no id column, repeats an id or
            holds a date that is not one; the message names file and line.
    """
    p = Path(path)
    if not p.is_file():
        raise CorpusNotFoundError(f"{p}: no such metadata file")
    table: dict[str, dict[str, Any]] = {}
    try:
        for number, record in _rows(p):
            where = f"{p}:{number}" if number else str(p)
            column = next((c for c in ID_COLUMNS if record.get(c) not in (None, "")), None)
            if column is None:
                raise MetadataError(f"{where}: no id column (one of {', '.join(ID_COLUMNS)})")
            doc_id = _doc_id(record.pop(column))
            if doc_id in table:
                raise MetadataError(f"{where}: id {doc_id!r} appears twice")
            try:
                date_from_metadata(record)
            except ValueError as exc:
                raise MetadataError(f"{where}: {exc}") from None
            table[doc_id] = record
    except UnicodeDecodeError as exc:
        raise MetadataError(f"{p}: not valid UTF-8 at byte {exc.start}") from None
    except csv.Error as exc:
        raise MetadataError(f"{p}: {exc}") from None
    return table
