"""Bylines: who wrote a story, and for whom.

A byline is a short line near the top of a story: ``By CHEGE MBITIRU,
Associated Press Writer``, ``by Barnaby Lomax``, ``By Jane Doe and John
Roe``, ``by Xinhua writer Hu Ranfeng``, ``BYLINE: Nora Keller``.
:func:`find_byline` finds it and splits it into authors (names in capitals
are given in title case) and an affiliation. Word lists: ``byline_roles.txt``,
``sentence_starters.txt``, ``name_particles.txt`` and
``wire_agencies.txt`` in ``newscorpus/data``.
"""

from __future__ import annotations

import attrs
import regex

from newscorpus._data import read_lines
from newscorpus.dateline import agency_name
from newscorpus.spans import Span

__all__ = ["Byline", "find_byline"]

_MAX_START = 1500  # a byline comes before the story, within the first lines
_MAX_LINES = 8
_MAX_LENGTH = 160  # longer lines are sentences ("By the same token, ...")

_ROLES = frozenset(read_lines("byline_roles.txt"))
_FUNCTION_WORDS = frozenset(w.casefold() for w in read_lines("sentence_starters.txt"))
_PARTICLES = frozenset(read_lines("name_particles.txt"))

_BYLINE = regex.compile(
    r"""
    (?m) ^ [ \t\xa0]*+
    (?P<by> BYLINE: | By | BY | by ) [ \t\xa0]++
    (?P<rest> [^\n]{2,160}+ )
    """,
    regex.VERBOSE,
)
"""A line that opens with "By" (or "BYLINE:"), and the rest of that line."""

_SEPARATOR = regex.compile(r"\s*(?:[,;|/]|\band\b|&)\s*")
"""What separates authors and affiliations in a byline: commas, "and", "&", bars."""

_NAME_TOKEN = regex.compile(
    r"""
    \p{Lu} [\p{L}\p{M}'’\-]*+ \.?            # Smith, MBITIRU, O'Brien, Jr.
    | (?: \p{Lu} \. ){1,3}                    # J.  J.R.
    """,
    regex.VERBOSE,
)
"""One capitalised word or initial of a person's name."""


@attrs.frozen
class Byline:
    """A story's byline: ``By CHEGE MBITIRU, Associated Press Writer``.

    Attributes:
        span: The byline line, from "By" to its end (a final period excluded).
        authors: The authors' names, capitals turned to title case:
            ``("Chege Mbitiru",)``.
        affiliation: What follows or precedes the names: ``"Associated Press
            Writer"``, ``"Xinhua writer"``; None when the byline names no one else.
        agency: The wire agency the affiliation names (``"AP"``), or None.
    """

    span: Span
    authors: tuple[str, ...]
    affiliation: str | None = None
    agency: str | None = None


def _title_case(word: str) -> str:
    """Turn a name written in capitals into title case: MBITIRU -> Mbitiru, O'BRIEN -> O'Brien."""
    if not word.isupper() or len(word.rstrip(".")) <= 1 or "." in word.rstrip("."):
        return word
    out, capital = [], True
    for char in word:
        out.append(char.upper() if capital else char.lower())
        capital = char in "-'’"
    return "".join(out)


def _is_role(words: list[str]) -> bool:
    """Tell whether a byline segment names a role or an employer, not a person."""
    joined = " ".join(words)
    if agency_name(joined) is not None:
        return True
    return any(_role_word(w) for w in words)


def _role_word(word: str) -> bool:
    """Tell whether a word (or its singular) is a byline role word: "Writer", "editors"."""
    bare = word.casefold().rstrip(".")
    return bare in _ROLES or bare.removesuffix("s") in _ROLES


def _as_name(words: list[str]) -> str | None:
    """The person's name a byline segment holds, or None if it is not one."""
    if not 2 <= len(words) <= 5:
        return None
    for i, word in enumerate(words):
        bare = word.casefold()
        if bare in _PARTICLES and 0 < i < len(words) - 1:
            continue
        if bare.rstrip(".") in _FUNCTION_WORDS or not _NAME_TOKEN.fullmatch(word):
            return None
    return " ".join(_title_case(w) for w in words)


def _parse(rest: str) -> tuple[list[str], list[str]] | None:
    """Split what follows "By" into (authors, affiliation parts), or None if it is prose."""
    authors: list[str] = []
    roles: list[str] = []
    for segment in _SEPARATOR.split(rest):
        words = segment.split()
        if not words:
            continue
        if _is_role(words):
            # "Xinhua writer Hu Ranfeng": a role, then a name
            cut = max(
                (i for i, w in enumerate(words) if _role_word(w)),
                default=-1,
            )
            name = _as_name(words[cut + 1 :]) if 0 <= cut < len(words) - 2 else None
            roles.append(" ".join(words[: cut + 1] if name else words))
            if name:
                authors.append(name)
            continue
        name = _as_name(words)
        if name is None:
            return None
        authors.append(name)
    if not authors:
        return None
    return authors, roles


def find_byline(text: str, start: int = 0) -> Byline | None:
    """Find the byline of a story, if it has one.

    Only a line of its own near the top of the text counts: "By" (or
    "BYLINE:"), then one or more names (separated by commas, "and" or "&"),
    maybe a role or employer. A line whose words are not names ("By the same
    token, ...") is not a byline.

    Args:
        text: The text of a story.
        start: Where to start looking.

    Returns:
        The first byline found, or None.

    Example:
        >>> text = "Bombs hit embassies\\n\\nBy CHEGE MBITIRU, Associated Press Writer\\n\\n..."
        >>> b = find_byline(text)
        >>> b.authors, b.affiliation, b.agency
        (('Chege Mbitiru',), 'Associated Press Writer', 'AP')
        >>> find_byline("by Xinhua writer Hu Ranfeng\\n\\nText.").authors
        ('Hu Ranfeng',)
        >>> find_byline("By the same token, the league promised more.") is None
        True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    limit = min(len(text), start + _MAX_START)
    lines = 0
    position = start
    while position < limit and lines < _MAX_LINES:
        line_end = text.find("\n", position)
        if line_end < 0:
            line_end = len(text)
        line = text[position:line_end].strip()
        if line:
            lines += 1
            # Only a line that opens with "By" or "BYLINE:" can match: test that first.
            m = _BYLINE.match(text, position, line_end) if line[0] in "Bb" else None
            if m is not None and line_end - position <= _MAX_LENGTH:
                rest = m["rest"].rstrip()
                parsed = _parse(rest.removesuffix("."))
                if parsed is not None:
                    authors, roles = parsed
                    affiliation = ", ".join(roles) or None
                    agency = next(
                        (a for a in (_agency_in(r) for r in roles) if a is not None), None
                    )
                    end = m.start("rest") + len(rest)
                    if rest.endswith("."):
                        end -= 1
                    return Byline(
                        span=Span.of(text, m.start("by"), end),
                        authors=tuple(authors),
                        affiliation=affiliation,
                        agency=agency,
                    )
        position = line_end + 1
    return None


def _agency_in(role: str) -> str | None:
    """The agency a byline role names: "Associated Press Writer" -> AP."""
    words = role.split()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            found = agency_name(" ".join(words[i : i + size]))
            if found is not None and (size > 1 or words[i][:1].isupper()):
                return found
    return None
