"""Exceptions raised by newscorpus.

Every exception derives from :class:`NewsCorpusError`, and each subclass also
inherits the builtin exception it narrows, so code that catches
``FileNotFoundError`` or ``ValueError`` keeps working. Messages name the file
and, where it helps, the line or byte offset.

Extractors never raise on messy text; only bad arguments and unreadable input
raise.
"""

from __future__ import annotations

__all__ = [
    "CorpusNotFoundError",
    "DocumentReadError",
    "MetadataError",
    "NewsCorpusError",
]


class NewsCorpusError(Exception):
    """Base class of every error newscorpus raises on purpose."""


class CorpusNotFoundError(NewsCorpusError, FileNotFoundError):
    """A corpus source does not exist or holds no matching document."""


class DocumentReadError(NewsCorpusError, ValueError):
    """A document could not be read or decoded.

    The message names the file and, for decoding errors, the byte offset.
    """


class MetadataError(NewsCorpusError, ValueError):
    """A sidecar metadata file is malformed; the message names file and line."""
