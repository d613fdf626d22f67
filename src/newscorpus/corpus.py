"""Corpora: lazy collections of documents read from files, folders or JSONL.

:func:`load_corpus` lists a source without reading any article text; a
:class:`Corpus` reads each document when it is asked for. A corpus of a
million files therefore costs one directory listing up front, and constant
memory while it is iterated.

Text is decoded (UTF-8 by default), a leading byte-order mark is dropped and
CRLF / CR become LF; nothing else changes, and every offset the library
reports refers to that text.
"""

from __future__ import annotations

import codecs
import fnmatch
import gzip
import importlib.resources
import json
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Literal, Union

import attrs

from newscorpus.document import (
    Document,
    date_from_metadata,
    normalize_newlines,
    reference_date_from_id,
)
from newscorpus.errors import CorpusNotFoundError, DocumentReadError
from newscorpus.sidecar import load_sidecar

__all__ = ["Corpus", "Skipped", "load_corpus", "read_document"]

ErrorPolicy = Literal["strict", "replace", "skip"]
PathLike = Union[str, "os.PathLike[str]"]
Source = Union[PathLike, Sequence[PathLike], None]  # noqa: UP007

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


@attrs.frozen
class _Entry:
    """Where one document's text lives, without the text itself."""

    id: str
    path: str
    line: int = 0  # JSONL: 1-based line number; 0 for a plain text file
    offset: int = 0  # plain JSONL: byte offset of the line


def _seed_dir() -> Path:
    """The bundled seed corpus: inside the installed package, or the checkout's seeds/."""
    bundled = Path(str(importlib.resources.files("newscorpus"))) / "seeds"
    if bundled.is_dir():
        return bundled
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    raise CorpusNotFoundError(f"the bundled seed corpus is missing (looked in {bundled})")


def _check_policy(errors: str, encoding: str) -> None:
    if errors not in ("strict", "replace", "skip"):
        raise ValueError(f"errors must be 'strict', 'replace' or 'skip', not {errors!r}")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}") from None


def _decode(data: bytes, where: str, encoding: str, errors: ErrorPolicy) -> str:
    """Decode one document's bytes, or raise DocumentReadError naming the byte offset."""
    nul = data.find(b"\x00")
    if nul >= 0 and not encoding.lower().replace("-", "").startswith("utf16"):
        raise DocumentReadError(f"{where}: looks like a binary file (NUL byte at offset {nul})")
    try:
        return normalize_newlines(data.decode(encoding))
    except UnicodeDecodeError as exc:
        message = f"{where}: not valid {encoding} at byte {exc.start}: {exc.reason}"
        if errors != "replace":
            raise DocumentReadError(message) from None
        warnings.warn(f"{message}; replaced with U+FFFD", UnicodeWarning, stacklevel=4)
        return normalize_newlines(data.decode(encoding, errors="replace"))


def _reason(exc: Exception, where: str) -> str:
    """An error message without the leading ``path:`` that Skipped keeps apart."""
    message = str(exc)
    return message[len(where) + 2 :] if message.startswith(where + ": ") else message


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise DocumentReadError(f"{path}: file not found (deleted, or a broken symlink)") from None
    except IsADirectoryError:
        raise DocumentReadError(f"{path}: is a directory, not a document") from None
    except OSError as exc:
        raise DocumentReadError(f"{path}: cannot be read: {exc.strerror or exc}") from None


def _make_document(
    doc_id: str, text: str, path: str, fields: Mapping[str, Any], where: str
) -> Document:
    try:
        ref = date_from_metadata(fields)
    except ValueError as exc:
        raise DocumentReadError(f"{where}: {exc}") from None
    return Document(doc_id, text, Path(path), ref or reference_date_from_id(doc_id), fields)


def read_document(
    path: PathLike,
    *,
    id: str | None = None,
    encoding: str = "utf-8",
    errors: Literal["strict", "replace"] = "strict",
    **metadata: Any,
) -> Document:
    """Read one plain-text article from a file.

    Args:
        path: The file.
        id: The document id; defaults to the file stem.
        encoding: The text encoding.
        errors: ``"strict"`` raises on invalid bytes; ``"replace"`` puts
            U+FFFD in their place and warns.
        **metadata: Extra fields for :attr:`Document.extra`; a
            ``publication_date`` among them sets the reference date.

    Returns:
        The document; its reference date comes from the metadata, else from a
        date in the file name, else None.

    Raises:
        CorpusNotFoundError: If the file does not exist.
        DocumentReadError: If it cannot be read or decoded (the message gives
            the byte offset), or looks binary.

    Example:
        >>> doc = read_document(_seed_dir() / "000_8195b0460efe062c.txt")
        >>> doc.id, doc.ordinal, doc.key
        ('000_8195b0460efe062c', 0, '8195b0460efe062c')
    """
    _check_policy(errors, encoding)
    if errors not in ("strict", "replace"):
        raise ValueError("read_document reads one file: errors must be 'strict' or 'replace'")
    p = os.fspath(path)
    if not os.path.lexists(p):
        raise CorpusNotFoundError(f"{p}: no such file")
    text = _decode(_read_bytes(p), p, encoding, errors)
    return _make_document(id or Path(p).stem, text, p, metadata, p)


class Corpus:
    """A lazy, ordered collection of documents.

    Iteration yields :class:`Document` objects in a stable order (by id for
    files and folders, file order for JSONL). ``len()``, ``ids``, ``in`` and
    lookup by id read no article text.

    Example:
        >>> corpus = load_corpus()
        >>> len(corpus), corpus.ids
        (1, ('000_8195b0460efe062c',))
        >>> corpus["000_8195b0460efe062c"].text[:6]
        'Moscow'
    """

    def __init__(
        self,
        entries: Sequence[_Entry],
        *,
        metadata: Mapping[str, Mapping[str, Any]] | None = None,
        encoding: str = "utf-8",
        errors: ErrorPolicy = "strict",
        text_field: str = "text",
        id_field: str = "id",
        skipped: Sequence[Skipped] = (),
        description: str = "",
    ) -> None:
        self._entries = tuple(entries)
        self._index = {e.id: i for i, e in enumerate(self._entries)}
        self._metadata = dict(metadata or {})
        self._encoding = encoding
        self._errors = errors
        self._text_field = text_field
        self._id_field = id_field
        self._skipped = list(skipped)
        self._description = description

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} documents from {self._description or 'a list'}>"

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._index

    @property
    def ids(self) -> tuple[str, ...]:
        """Document ids in iteration order."""
        return tuple(e.id for e in self._entries)

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """What could not be read, with the reason (filled as documents are read)."""
        return tuple(self._skipped)

    def __getitem__(self, doc_id: str) -> Document:
        """Read the document with this id.

        Raises:
            KeyError: If there is no such id (ids never resolve to paths, so
                ``"../x"`` cannot escape the corpus).
            DocumentReadError: If the document cannot be read.
        """
        try:
            entry = self._entries[self._index[doc_id]]
        except (KeyError, TypeError):
            raise KeyError(doc_id) from None
        return self._read(entry)

    def get(self, doc_id: str, default: Document | None = None) -> Document | None:
        """The document with this id, or ``default``."""
        return self[doc_id] if doc_id in self._index else default

    def __iter__(self) -> Iterator[Document]:
        gz_cache: dict[str, Iterator[tuple[int, bytes]]] = {}
        for entry in self._entries:
            try:
                yield self._read(entry, gz_cache)
            except DocumentReadError as exc:
                if self._errors != "skip":
                    raise
                self._record_skip(entry, exc)

    def filter(
        self,
        predicate: Callable[[Document], bool] | None = None,
        *,
        ids: Iterable[str] | None = None,
        pattern: str | None = None,
    ) -> Corpus:
        """A corpus of the documents that pass every condition given.

        ``ids`` and ``pattern`` (a shell-style pattern on ids) read no text;
        ``predicate`` reads each remaining document once.

        Args:
            predicate: Keeps a document when it returns true.
            ids: Keeps only these ids (unknown ids are ignored).
            pattern: Keeps ids matching this pattern, such as ``"breitbart_*"``.

        Returns:
            A new corpus sharing this one's settings.
        """
        entries: Iterable[_Entry] = self._entries
        if ids is not None:
            wanted = set(ids)
            entries = [e for e in entries if e.id in wanted]
        if pattern is not None:
            entries = [e for e in entries if fnmatch.fnmatchcase(e.id, pattern)]
        if predicate is not None:
            kept = {doc.id for doc in self._subset(list(entries)) if predicate(doc)}
            entries = [e for e in self._entries if e.id in kept]
        return self._subset(list(entries))

    def _subset(self, entries: Sequence[_Entry]) -> Corpus:
        sub = Corpus(
            entries,
            metadata=self._metadata,
            encoding=self._encoding,
            errors=self._errors,
            text_field=self._text_field,
            id_field=self._id_field,
            description=self._description,
        )
        sub._skipped = self._skipped  # one record of what was skipped, shared
        return sub

    def _record_skip(self, entry: _Entry, exc: DocumentReadError) -> None:
        where = f"{entry.path}:{entry.line}" if entry.line else entry.path
        if not any(s.path == where for s in self._skipped):
            self._skipped.append(Skipped(where, _reason(exc, where), entry.id))

    def _read(
        self, entry: _Entry, gz_cache: dict[str, Iterator[tuple[int, bytes]]] | None = None
    ) -> Document:
        fields = dict(self._metadata.get(entry.id, {}))
        if not entry.line:
            errors: ErrorPolicy = "strict" if self._errors == "skip" else self._errors
            text = _decode(_read_bytes(entry.path), entry.path, self._encoding, errors)
            return _make_document(entry.id, text, entry.path, fields, entry.path)
        where = f"{entry.path}:{entry.line}"
        record = _parse_jsonl_line(
            _jsonl_line(entry, gz_cache), where, self._text_field, self._encoding
        )
        text = normalize_newlines(record.pop(self._text_field))
        record.pop(self._id_field, None)
        record.update(fields)
        return _make_document(entry.id, text, entry.path, record, where)


# --- JSONL -----------------------------------------------------------------


def _open_binary(path: str) -> IO[bytes]:
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _numbered_lines(path: str) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, raw line) for each line of a (gzipped) file."""
    offset = 0
    with _open_binary(path) as f:
        for number, raw in enumerate(f, start=1):
            yield number, offset, raw
            offset += len(raw)


def _jsonl_line(entry: _Entry, gz_cache: dict[str, Iterator[tuple[int, bytes]]] | None) -> bytes:
    """Fetch one line: by seeking in plain files, by streaming gzipped ones."""
    if not entry.path.endswith(".gz"):
        with open(entry.path, "rb") as f:
            f.seek(entry.offset)
            return f.readline()
    # A gzipped file cannot seek cheaply: iteration streams it once, in order,
    # while a lookup by id decompresses up to the line it needs.
    if gz_cache is None:
        gz_cache = {}
    stream = gz_cache.get(entry.path)
    if stream is None:
        stream = ((n, raw) for n, _, raw in _numbered_lines(entry.path))
        gz_cache[entry.path] = stream
    for number, raw in stream:
        if number == entry.line:
            return raw
    raise DocumentReadError(f"{entry.path}:{entry.line}: line vanished since the corpus was loaded")


def _parse_jsonl_line(raw: bytes, where: str, text_field: str, encoding: str) -> dict[str, Any]:
    """Decode one JSONL record; the error names the file and line."""
    try:
        record = json.loads(raw.decode(encoding))
    except UnicodeDecodeError as exc:
        raise DocumentReadError(f"{where}: not valid {encoding} at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise DocumentReadError(f"{where}: not valid JSON: {exc.msg}") from None
    if not isinstance(record, dict):
        kind = type(record).__name__
        raise DocumentReadError(f"{where}: a JSON object was expected, not {kind}")
    if not isinstance(record.get(text_field), str):
        raise DocumentReadError(f"{where}: no {text_field!r} string field")
    return record


def _index_jsonl(
    path: str, text_field: str, id_field: str, encoding: str, problems: list[Skipped]
) -> list[_Entry]:
    """One pass over a JSONL file: ids and line positions, no text kept."""
    stem = Path(path).name.split(".")[0]
    entries = []
    try:
        for number, offset, raw in _numbered_lines(path):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = _parse_jsonl_line(raw, where, text_field, encoding)
            except DocumentReadError as exc:
                problems.append(Skipped(where, _reason(exc, where)))
                continue
            given = record.get(id_field)
            doc_id = str(given) if given not in (None, "") else f"{stem}-{number}"
            entries.append(_Entry(doc_id, path, number, offset))
    except (OSError, EOFError) as exc:
        raise DocumentReadError(f"{path}: cannot be read: {exc}") from None
    return entries


# --- listing sources ---------------------------------------------------------


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith(_JSONL_SUFFIXES)


def _list_directory(
    root: str,
    pattern: str,
    recursive: bool,
    follow_symlinks: bool,
    problems: list[Skipped],
    outside: list[Skipped],
) -> list[_Entry]:
    """Files of a folder matching the pattern; symlinks out of the root go to ``outside``."""
    real_root = os.path.realpath(root)
    entries = []
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
                continue  # hidden files and folders, as glob does
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
                        outside.append(
                            Skipped(
                                path,
                                "symlink leads outside the corpus root "
                                "(pass follow_symlinks=True to follow it)",
                                Path(path).stem,
                            )
                        )
                    continue
            if item.is_dir():
                if recursive:
                    stack.append(path)
            elif fnmatch.fnmatch(item.name, pattern):
                entries.append(_Entry(Path(item.name).stem, path))
    return entries


def _list_source(
    source: PathLike,
    pattern: str,
    recursive: bool,
    follow_symlinks: bool,
    text_field: str,
    id_field: str,
    encoding: str,
    problems: list[Skipped],
    outside: list[Skipped],
) -> list[_Entry]:
    path = os.fspath(source)
    if not os.path.lexists(path):
        raise CorpusNotFoundError(f"{path}: no such file or directory")
    if os.path.isdir(path):
        return _list_directory(path, pattern, recursive, follow_symlinks, problems, outside)
    if not os.path.exists(path):
        raise CorpusNotFoundError(f"{path}: broken symlink")
    if _is_jsonl(path):
        return _index_jsonl(path, text_field, id_field, encoding, problems)
    return [_Entry(Path(path).stem, path)]


def _drop_duplicates(entries: list[_Entry], problems: list[Skipped]) -> list[_Entry]:
    first: dict[str, _Entry] = {}
    kept = []
    for entry in entries:
        seen = first.get(entry.id)
        if seen is None:
            first[entry.id] = entry
            kept.append(entry)
            continue
        here = f"{entry.path}:{entry.line}" if entry.line else entry.path
        there = f"{seen.path}:{seen.line}" if seen.line else seen.path
        problems.append(Skipped(here, f"duplicate id {entry.id!r} (also {there})", entry.id))
    return kept


def load_corpus(
    source: Source = None,
    *,
    pattern: str = "*.txt",
    recursive: bool = False,
    encoding: str = "utf-8",
    errors: ErrorPolicy = "strict",
    metadata: PathLike | None = None,
    text_field: str = "text",
    id_field: str = "id",
    follow_symlinks: bool = False,
) -> Corpus:
    """Open a corpus of plain-text news articles.

    Args:
        source: None for the bundled seed corpus; a folder (files matching
            ``pattern``); one text file; a ``.jsonl`` or ``.jsonl.gz`` file
            (one JSON object a line); or a list of any of these.
        pattern: Shell-style pattern for the files of a folder.
        recursive: Also look in sub-folders.
        encoding: Text encoding of the files.
        errors: What to do with a document that cannot be read or decoded:
            ``"strict"`` raises :class:`DocumentReadError`; ``"replace"``
            puts U+FFFD for invalid bytes and warns; ``"skip"`` leaves it out
            and records it in :attr:`Corpus.skipped`.
        metadata: A sidecar TSV, CSV, JSON or JSONL file keyed by document id
            whose fields are attached to each document; a ``publication_date``
            (or ``date``, ``dct``) field sets the reference date.
        text_field: The JSONL field that holds the text.
        id_field: The JSONL field that holds the id (else ``<file stem>-<line>``).
        follow_symlinks: Follow symlinks that lead outside a folder source
            (by default they are skipped and recorded).

    Returns:
        The corpus. Nothing but a folder listing (or one pass over a JSONL
        file) happens here; texts are read when documents are used.

    Raises:
        CorpusNotFoundError: If the source does not exist or holds no document.
        DocumentReadError: With ``errors="strict"``, for a broken symlink, a
            malformed JSONL line or two documents with the same id.
        MetadataError: If the sidecar file is malformed.
        ValueError: For an unknown encoding or error policy.

    Example:
        >>> corpus = load_corpus()
        >>> [doc.id for doc in corpus]
        ['000_8195b0460efe062c']
    """
    _check_policy(errors, encoding)
    if source is None:
        sources: list[PathLike] = [_seed_dir()]
    elif isinstance(source, (str, os.PathLike)):
        sources = [source]
    else:
        sources = list(source)
        if not sources:
            raise CorpusNotFoundError("no sources given (an empty list)")
    problems: list[Skipped] = []  # errors: raised unless errors="skip"
    outside: list[Skipped] = []  # symlinks not followed: always a recorded skip
    entries: list[_Entry] = []
    for item in sources:
        entries.extend(
            _list_source(
                item,
                pattern,
                recursive,
                follow_symlinks,
                text_field,
                id_field,
                encoding,
                problems,
                outside,
            )
        )
    entries = _drop_duplicates(entries, problems)
    if not any(e.line for e in entries):
        entries.sort(key=lambda e: e.id)
    if problems and errors != "skip":
        first = problems[0]
        raise DocumentReadError(f"{first.path}: {first.reason}")
    described = ", ".join(os.fspath(s) for s in sources)
    if not entries:
        raise CorpusNotFoundError(f"no documents matching {pattern!r} in {described}")
    return Corpus(
        entries,
        metadata=load_sidecar(metadata) if metadata is not None else None,
        encoding=encoding,
        errors=errors,
        text_field=text_field,
        id_field=id_field,
        skipped=outside + problems,
        description=described,
    )
