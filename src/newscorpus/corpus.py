"""Corpora: lazy collections of documents read from files, folders or JSONL.

:func:`load_corpus` lists a source without reading any article text; a
:class:`Corpus` reads each document when it is asked for. Iterating a corpus
holds one document at a time, and JSON Lines files are streamed, so a corpus
of millions of documents is processed in constant memory (a folder costs its
listing: about a hundred bytes a file).

Text is decoded (UTF-8 by default), a leading byte-order mark is dropped and
CRLF / CR become LF; nothing else changes, and every offset the library
reports refers to that text.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Union

import attrs

from newscorpus._readers import (
    ErrorPolicy,
    FileEntry,
    JsonLines,
    JsonlRef,
    Skipped,
    check_policy,
    decode,
    is_jsonl,
    list_directory,
    make_document,
    read_bytes,
    reason,
    seed_dir,
)
from newscorpus.document import Document
from newscorpus.errors import CorpusNotFoundError, DocumentReadError
from newscorpus.sidecar import load_sidecar

__all__ = ["Corpus", "Skipped", "load_corpus", "read_document"]

PathLike = Union[str, "os.PathLike[str]"]
Source = Union[PathLike, Sequence[PathLike], None]  # noqa: UP007


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
        >>> doc = read_document(seed_dir() / "000_8195b0460efe062c.txt")
        >>> doc.id, doc.ordinal, doc.key
        ('000_8195b0460efe062c', 0, '8195b0460efe062c')
    """
    check_policy(errors, encoding)
    if errors not in ("strict", "replace"):
        raise ValueError("read_document reads one file: errors must be 'strict' or 'replace'")
    p = os.fspath(path)
    if not os.path.lexists(p):
        raise CorpusNotFoundError(f"{p}: no such file")
    text = decode(read_bytes(p), p, encoding, errors)
    return make_document(id or Path(p).stem, text, p, metadata, p)


@attrs.frozen
class _Part:
    """A JSON Lines file of a corpus: all its records, or the ones picked by a filter."""

    stream: JsonLines
    refs: tuple[JsonlRef, ...] | None = None


class Corpus:
    """A lazy, ordered collection of documents.

    Iteration yields :class:`Document` objects in a stable order: plain-text
    files by id, then the records of each JSON Lines file in file order.
    ``len()``, ``ids``, ``in`` and lookup by id read no text from plain files;
    for JSON Lines they read each file once to index its ids (iteration alone
    streams them without an index).

    Example:
        >>> corpus = load_corpus()
        >>> len(corpus), corpus.ids
        (1, ('000_8195b0460efe062c',))
        >>> corpus["000_8195b0460efe062c"].text[:6]
        'Moscow'
    """

    def __init__(
        self,
        files: Sequence[FileEntry] = (),
        parts: Sequence[_Part] = (),
        *,
        metadata: Mapping[str, Mapping[str, Any]] | None = None,
        encoding: str = "utf-8",
        errors: ErrorPolicy = "strict",
        skipped: list[Skipped] | None = None,
        description: str = "",
    ) -> None:
        self._files = tuple(files)
        self._parts = tuple(parts)
        self._metadata = dict(metadata or {})
        self._encoding = encoding
        self._errors = errors
        self._skipped = skipped if skipped is not None else []
        self._description = description
        self._index: dict[str, tuple[int, FileEntry | JsonlRef]] | None = None

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} documents from {self._description or 'a list'}>"

    # --- the id index -------------------------------------------------------------

    def _lookup(self) -> dict[str, tuple[int, FileEntry | JsonlRef]]:
        """id -> (part number, where); part -1 is the plain files. Built on first use."""
        if self._index is None:
            index: dict[str, tuple[int, FileEntry | JsonlRef]] = {
                e.id: (-1, e) for e in self._files
            }
            for number, part in enumerate(self._parts):
                for ref in self._refs(part):
                    seen = index.get(ref.id)
                    if seen is None:
                        index[ref.id] = (number, ref)
                        continue
                    there = self._where(*seen)
                    here = f"{part.stream.path}:{ref.line}"
                    message = f"{here}: duplicate id {ref.id!r} (also {there})"
                    if self._errors != "skip":
                        raise DocumentReadError(message)
                    self._record(Skipped(here, reason(Exception(message), here), ref.id))
            self._index = index
        return self._index

    def _refs(self, part: _Part) -> tuple[JsonlRef, ...]:
        if part.refs is None:
            refs = [
                JsonlRef(part.stream.doc_id(record, line), line, offset)
                for line, offset, record in self._records(part.stream.lines(), part.stream)
            ]
            # Remember the index so later calls do not read the file again.
            number = self._parts.index(part)
            part = _Part(part.stream, tuple(refs))
            self._parts = (*self._parts[:number], part, *self._parts[number + 1 :])
        assert part.refs is not None
        return part.refs

    def _where(self, number: int, item: FileEntry | JsonlRef) -> str:
        if number < 0:
            assert isinstance(item, FileEntry)
            return item.path
        assert isinstance(item, JsonlRef)
        return f"{self._parts[number].stream.path}:{item.line}"

    # --- the sequence protocol ----------------------------------------------------

    def __len__(self) -> int:
        return len(self._lookup())

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and doc_id in self._lookup()

    @property
    def ids(self) -> tuple[str, ...]:
        """Document ids in iteration order."""
        return tuple(self._lookup())

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
        found = self._lookup().get(doc_id) if isinstance(doc_id, str) else None
        if found is None:
            raise KeyError(doc_id)
        number, item = found
        if number < 0:
            assert isinstance(item, FileEntry)
            return self._read_file(item)
        assert isinstance(item, JsonlRef)
        stream = self._parts[number].stream
        return stream.document(
            stream.record(stream.line_at(item), item.line), item.line, self._metadata
        )

    def get(self, doc_id: str, default: Document | None = None) -> Document | None:
        """The document with this id, or ``default``."""
        return self[doc_id] if doc_id in self else default  # noqa: SIM401 (this is get)

    def __iter__(self) -> Iterator[Document]:
        for entry in self._files:
            try:
                yield self._read_file(entry)
            except DocumentReadError as exc:
                if self._errors != "skip":
                    raise
                self._record(Skipped(entry.path, reason(exc, entry.path), entry.id))
        for part in self._parts:
            yield from self._stream(part)

    def _stream(self, part: _Part) -> Iterator[Document]:
        lines = part.stream.lines()
        if part.refs is not None:
            wanted = {ref.line for ref in part.refs}
            lines = (item for item in lines if item[0] in wanted)
        for line, _, record in self._records(lines, part.stream):
            yield part.stream.document(record, line, self._metadata)

    def _records(
        self, lines: Iterable[tuple[int, int, bytes]], stream: JsonLines
    ) -> Iterator[tuple[int, int, dict[str, Any]]]:
        """(line, offset, record) for the lines that decode; the others raise or are skipped."""
        for line, offset, raw in lines:
            try:
                record = stream.record(raw, line)
            except DocumentReadError as exc:
                if self._errors != "skip":
                    raise
                where = f"{stream.path}:{line}"
                self._record(Skipped(where, reason(exc, where)))
                continue
            yield line, offset, record

    def _read_file(self, entry: FileEntry) -> Document:
        errors: ErrorPolicy = "strict" if self._errors == "skip" else self._errors
        text = decode(read_bytes(entry.path), entry.path, self._encoding, errors)
        fields = dict(self._metadata.get(entry.id, {}))
        return make_document(entry.id, text, entry.path, fields, entry.path)

    def _record(self, item: Skipped) -> None:
        if not any(s.path == item.path for s in self._skipped):
            self._skipped.append(item)

    # --- subsets ------------------------------------------------------------------------

    def filter(
        self,
        predicate: Callable[[Document], bool] | None = None,
        *,
        ids: Iterable[str] | None = None,
        pattern: str | None = None,
    ) -> Corpus:
        """A corpus of the documents that pass every condition given.

        ``ids`` and ``pattern`` (a shell-style pattern on ids) read no text
        from plain files; ``predicate`` reads each remaining document once.

        Args:
            predicate: Keeps a document when it returns true.
            ids: Keeps only these ids (unknown ids are ignored).
            pattern: Keeps ids matching this pattern, such as ``"breitbart_*"``.

        Returns:
            A new corpus sharing this one's settings and its record of skips.
        """
        keep: Callable[[str], bool] = lambda _: True  # noqa: E731
        if ids is not None:
            wanted = frozenset(ids)
            keep = wanted.__contains__
        if pattern is not None:
            by_id = keep
            keep = lambda i: by_id(i) and fnmatch.fnmatchcase(i, pattern)  # noqa: E731
        self._lookup()  # index JSON Lines parts, and check ids
        sub = self._subset(keep)
        if predicate is None:
            return sub
        passed = frozenset(doc.id for doc in sub if predicate(doc))
        return self._subset(passed.__contains__)

    def paths(self) -> tuple[str, ...]:
        """The files this corpus reads: each plain-text file, then each JSON Lines file."""
        return (*(e.path for e in self._files), *(p.stream.path for p in self._parts))

    def partitions(self, size: int = 64) -> list[Corpus]:
        """Split the corpus into smaller corpora, for work spread over processes or machines.

        Plain files go in groups of ``size``, in order; each JSON Lines file is
        one partition (its records stay in one stream). Partitions read no text
        and pickle cheaply: the documents are read where the partition goes.

        Args:
            size: Plain-text documents per partition.

        Returns:
            The partitions, in corpus order.

        Example:
            >>> [len(p) for p in load_corpus().partitions(10)]
            [1]
        """
        if size < 1:
            raise ValueError(f"size must be at least 1, not {size}")
        pieces = [
            self._copy(self._files[i : i + size], ()) for i in range(0, len(self._files), size)
        ]
        pieces += [self._copy((), (part,)) for part in self._parts]
        return pieces

    def _copy(self, files: Sequence[FileEntry], parts: Sequence[_Part]) -> Corpus:
        return Corpus(
            files,
            parts,
            metadata=self._metadata,
            encoding=self._encoding,
            errors=self._errors,
            skipped=self._skipped,
            description=self._description,
        )

    def _subset(self, keep: Callable[[str], bool]) -> Corpus:
        parts = [
            _Part(p.stream, tuple(r for r in (p.refs or ()) if keep(r.id))) for p in self._parts
        ]
        return self._copy([e for e in self._files if keep(e.id)], parts)


def _drop_duplicates(entries: list[FileEntry], problems: list[Skipped]) -> list[FileEntry]:
    first: dict[str, FileEntry] = {}
    kept = []
    for entry in entries:
        seen = first.get(entry.id)
        if seen is None:
            first[entry.id] = entry
            kept.append(entry)
        else:
            note = f"duplicate id {entry.id!r} (also {seen.path})"
            problems.append(Skipped(entry.path, note, entry.id))
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
            ``pattern``; ``.jsonl`` files among them are read as JSON Lines);
            one text file; a ``.jsonl`` or ``.jsonl.gz`` file (one JSON object
            a line); or a list of any of these.
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
        The corpus. Only folders are listed here; texts are read, and JSON
        Lines files parsed, when documents are used.

    Raises:
        CorpusNotFoundError: If the source does not exist or holds no document.
        DocumentReadError: With ``errors="strict"``, for a broken symlink or
            two files with the same id.
        MetadataError: If the sidecar file is malformed.
        ValueError: For an unknown encoding or error policy.

    Example:
        >>> corpus = load_corpus()
        >>> [doc.id for doc in corpus]
        ['000_8195b0460efe062c']
    """
    check_policy(errors, encoding)
    if source is None:
        sources: list[PathLike] = [seed_dir()]
    elif isinstance(source, (str, os.PathLike)):
        sources = [source]
    else:
        sources = list(source)
        if not sources:
            raise CorpusNotFoundError("no sources given (an empty list)")
    problems: list[Skipped] = []  # errors: raised unless errors="skip"
    outside: list[Skipped] = []  # symlinks not followed: always a recorded skip
    files: list[FileEntry] = []
    streams: list[str] = []
    for item in sources:
        path = os.fspath(item)
        if not os.path.lexists(path):
            raise CorpusNotFoundError(f"{path}: no such file or directory")
        if os.path.isdir(path):
            found, jsonl = list_directory(
                path, pattern, recursive, follow_symlinks, problems, outside
            )
            files += found
            streams += jsonl
        elif not os.path.exists(path):
            raise CorpusNotFoundError(f"{path}: broken symlink")
        elif is_jsonl(path):
            streams.append(path)
        else:
            files.append(FileEntry(Path(path).stem, path))
    files = _drop_duplicates(sorted(files, key=lambda e: e.id), problems)
    if problems and errors != "skip":
        first = problems[0]
        raise DocumentReadError(f"{first.path}: {first.reason}")
    described = ", ".join(os.fspath(s) for s in sources)
    if not files and not streams:
        raise CorpusNotFoundError(f"no documents matching {pattern!r} in {described}")
    parts = [_Part(JsonLines(p, text_field, id_field, encoding)) for p in streams]
    return Corpus(
        files,
        parts,
        metadata=load_sidecar(metadata) if metadata is not None else None,
        encoding=encoding,
        errors=errors,
        skipped=outside + problems,
        description=described,
    )
