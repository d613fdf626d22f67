"""Word lists bundled in ``newscorpus/data``: one entry a line, ``#`` comments.

Every module that needs a list reads it once, at import, through these
helpers, so the file format is defined in one place.
"""

from __future__ import annotations

import importlib.resources

__all__ = ["read_lines", "read_rows"]


def read_lines(name: str) -> list[str]:
    """The entries of ``data/<name>``: stripped lines, without blank and ``#`` lines.

    Args:
        name: The file name, such as ``"abbreviations.txt"``.

    Returns:
        The entries, in file order.
    """
    text = (importlib.resources.files("newscorpus") / "data" / name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def read_rows(name: str) -> list[list[str]]:
    """The entries of ``data/<name>``, each split on whitespace.

    Args:
        name: The file name.

    Returns:
        One list of fields per entry.
    """
    return [line.split() for line in read_lines(name)]
