"""Readers per source format: plain-text files, folders and JSON Lines.

These turn bytes into :class:`Document` objects and errors into messages that
name the file, the line or the byte offset. :mod:`newscorpus.corpus` decides
what to read and when; nothing here holds more than one document's text.
"""

from __future__ import annotations

import codecs
import fnmatch
import gzip
import json
import os
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from newscorpus.document import (
    Document,
    date_from_metadata,
    normalize_newlines,
    reference_date_from_id,
)
from newscorpus.errors import CorpusNotFoundError, DocumentReadError

ErrorPolicy = Literal["strict", "replace", "skip"]

_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


@attrs.frozen
class Skipped:
    """A file or record that was left out of a corpus, and why.

    Attributes:
        path: The file (for JSONL, the file and line as ``path:line``).
        reason: Why it was left out.
        id: The document id it would have had, when known.
    """

    path: str
    reason: str
    id: str | None = None


def check_policy(errors: str, encoding: str) -> None:
    """Reject an unknown error policy or encoding (bad arguments raise ValueError)."""
    if errors not in ("strict", "replace", "skip"):
        raise ValueError(f"errors must be 'strict', 'replace' or 'skip', not {errors!r}")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}") from None


def reason(exc: Exception, where: str) -> str:
    """An error message without the leading ``path:`` that Skipped keeps apart."""
    message = str(exc)
    return message[len(where) + 2 :] if message.startswith(where + ": ") else message


# --- plain-text files ----------------------------------------------------------------


def read_bytes(path: str) -> bytes:
    """The bytes of a file, or DocumentReadError saying why it cannot be read."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise DocumentReadError(f"{path}: file not found (deleted, or a broken symlink)") from None
    except IsADirectoryError:
        raise DocumentReadError(f"{path}: is a directory, not a document") from None
    except OSError as exc:
        raise DocumentReadError(f"{path}: cannot be read: {exc.strerror or exc}") from None


def decode(data: bytes, where: str, encoding: str, errors: ErrorPolicy) -> str:
    """Decode one document's bytes and normalise its newlines.

    Raises:
        DocumentReadError: For NUL bytes (a binary file) or, unless ``errors``
            is ``"replace"``, for invalid bytes (the message gives the offset).
    """
    nul = data.find(b"\x00")
    if nul >= 0 and not encoding.lower().replace("-", "").startswith("utf16"):
        raise DocumentReadError(f"{where}: looks like a binary file (NUL byte at offset {nul})")
    try:
        return normalize_newlines(data.decode(encoding))
    except UnicodeDecodeError as exc:
        message = f"{where}: not valid {encoding} at byte {exc.start}: {exc.reason}"
        if errors != "replace":
            raise DocumentReadError(message) from None
        warnings.warn(f"{message}; replaced with U+FFFD", UnicodeWarning, stacklevel=5)
        return normalize_newlines(data.decode(encoding, errors="replace"))


def make_document(
    doc_id: str, text: str, path: str, fields: Mapping[str, Any], where: str
) -> Document:
    """A Document whose reference date comes from its fields, else its id."""
    try:
        ref = date_from_metadata(fields)
    except ValueError as exc:
        raise DocumentReadError(f"{where}: {exc}") from None
    return Document(doc_id, text, Path(path), ref or reference_date_from_id(doc_id), fields)


@attrs.frozen
class FileEntry:
    """A plain-text document: its id and where its file is."""

    id: str
    path: str


# --- JSON Lines ------------------------------------------------------------------------


def is_jsonl(path: str) -> bool:
    """Whether a path names a JSON Lines file (maybe gzipped)."""
    return path.lower().endswith(_JSONL_SUFFIXES)


@attrs.frozen
class JsonlRef:
    """One record of a JSON Lines file: its id, 1-based line number and byte offset."""

    id: str
    line: int
    offset: int


@attrs.frozen
class JsonLines:
    """One JSON Lines file of documents, streamed line by line.

    Attributes:
        path: The file (``.gz`` files are decompressed on the fly).
        text_field: The field that holds the text.
        id_field: The field that holds the id (else ``<file stem>-<line>``).
        encoding: The text encoding.
    """

    path: str
    text_field: str = "text"
    id_field: str = "id"
    encoding: str = "utf-8"

    def _open(self) -> IO[bytes]:
        if self.path.endswith(".gz"):
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        return open(self.path, "rb")

    def lines(self) -> Iterator[tuple[int, int, bytes]]:
        """(line number, byte offset, raw line) for every non-blank line."""
        offset = 0
        try:
            with self._open() as f:
                for number, raw in enumerate(f, start=1):
                    if raw.strip():
                        yield number, offset, raw
                    offset += len(raw)
        except (OSError, EOFError) as exc:
            raise DocumentReadError(f"{self.path}: cannot be read: {exc}") from None

    def line_at(self, ref: JsonlRef) -> bytes:
        """The raw line of one record: by seeking in plain files, by streaming gzipped ones."""
        if not self.path.endswith(".gz"):
            with open(self.path, "rb") as f:
                f.seek(ref.offset)
                return f.readline()
        for number, _, raw in self.lines():
            if number == ref.line:
                return raw
        raise DocumentReadError(f"{self.path}:{ref.line}: line vanished since it was indexed")

    def record(self, raw: bytes, line: int) -> dict[str, Any]:
        """Decode one line into a JSON object; the error names the file and line."""
        where = f"{self.path}:{line}"
        try:
            record = json.loads(raw.decode(self.encoding))
        except UnicodeDecodeError as exc:
            raise DocumentReadError(
                f"{where}: not valid {self.encoding} at byte {exc.start}"
            ) from None
        except json.JSONDecodeError as exc:
            raise DocumentReadError(f"{where}: not valid JSON: {exc.msg}") from None
        if not isinstance(record, dict):
            kind = type(record).__name__
            raise DocumentReadError(f"{where}: a JSON object was expected, not {kind}")
        if not isinstance(record.get(self.text_field), str):
            raise DocumentReadError(f"{where}: no {self.text_field!r} string field")
        return record

    def doc_id(self, record: Mapping[str, Any], line: int) -> str:
        """The record's id field, else ``<file stem>-<line>``."""
        given = record.get(self.id_field)
        if given in (None, ""):
            return f"{Path(self.path).name.split('.')[0]}-{line}"
        return str(given)

    def document(
        self, record: dict[str, Any], line: int, sidecar: Mapping[str, Mapping[str, Any]]
    ) -> Document:
        """The Document of one decoded record, with sidecar fields merged in."""
        doc_id = self.doc_id(record, line)
        text = normalize_newlines(record.pop(self.text_field))
        record.pop(self.id_field, None)
        record.update(sidecar.get(doc_id, {}))
        return make_document(doc_id, text, self.path, record, f"{self.path}:{line}")


# --- folders ---------------------------------------------------------------------------


def list_directory(
    root: str,
    pattern: str,
    recursive: bool,
    follow_symlinks: bool,
    problems: list[Skipped],
    outside: list[Skipped],
) -> tuple[list[FileEntry], list[str]]:
    """Files of a folder matching the pattern: text files, and JSON Lines files apart.

    Broken symlinks go to ``problems``; symlinks out of the root, unless
    followed, to ``outside``. Hidden files and folders are ignored, as glob does.
    """
    real_root = os.path.realpath(root)
    files: list[FileEntry] = []
    streams: list[str] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Skipped(folder, f"folder cannot be listed: {exc.strerror or exc}"))
            continue
        for item in items:
            if item.name.startswith("."):
                continue
            path = item.path
            if item.is_symlink():
                target = os.path.realpath(path)
                if not os.path.exists(target):
                    if fnmatch.fnmatch(item.name, pattern):
                        problems.append(Skipped(path, "broken symlink", Path(path).stem))
                    continue
                inside = target == real_root or target.startswith(real_root + os.sep)
                if not inside and not follow_symlinks:
                    if fnmatch.fnmatch(item.name, pattern) or os.path.isdir(target):
                        note = "symlink leads outside the corpus root (pass follow_symlinks=True)"
                        outside.append(Skipped(path, note, Path(path).stem))
                    continue
            if item.is_dir():
                if recursive:
                    stack.append(path)
            elif fnmatch.fnmatch(item.name, pattern):
                if is_jsonl(item.name):
                    streams.append(path)
                else:
                    files.append(FileEntry(Path(item.name).stem, path))
    streams.sort()
    return files, streams


def seed_dir() -> Path:
    """The bundled seed corpus: inside the installed package, or the checkout's seeds/."""
    import importlib.resources

    bundled = Path(str(importlib.resources.files("newscorpus"))) / "seeds"
    if bundled.is_dir():
        return bundled
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    raise CorpusNotFoundError(f"the bundled seed corpus is missing (looked in {bundled})")
