"""Sources cited: the news outlets and agencies a story credits.

Stories credit other outlets for what they report: "according to Russia’s
TASS news agency", "the Interfax agency said", "the New York Post reports",
"told CNN". :func:`find_sources_cited` finds such credits: a news agency named
as one ("the official IRNA news agency") always counts; any other outlet (from
``news_outlets.txt``, or shaped like one: "the Hindustan Times") counts when a
reporting cue is next to it ("according to", "told", "reported", "quoted").
A mention without a cue ("Fox News anchor Megyn Kelly") is not a credit.
"""

from __future__ import annotations

import attrs
import regex

from newscorpus._data import read_lines
from newscorpus.dateline import agency_name

__all__ = ["CitedSource", "find_sources_cited"]


def _outlet_table() -> dict[str, str]:
    """Map outlet spellings to canonical names."""
    table: dict[str, str] = {}
    for line in read_lines("news_outlets.txt"):
        names = [name.strip() for name in line.split("|")]
        for name in names:
            table[name] = names[0]
    return table


_OUTLETS = _outlet_table()

_KNOWN = regex.compile(
    r"(?<![\p{L}\p{N}\-])(?:"
    + "|".join(regex.escape(n) for n in sorted(_OUTLETS, key=len, reverse=True))
    + r")(?![\p{L}\p{N}\-])"
)
"""A known outlet's name, as written in news_outlets.txt."""

_AGENCY = regex.compile(
    r"""
    (?<![\p{L}\p{N}])
    (?P<name> \p{Lu} [\p{L}\p{N}\-]{0,24}+ (?: [ ] \p{Lu} [\p{L}\p{N}\-]{0,24}+ ){0,2} )
    [ ] (?P<kind> news [ ] agency | News [ ] Agency | press [ ] agency | Press [ ] Agency | agency )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)
"""A named agency: "TASS news agency", "Yonhap News Agency", "Interfax agency"."""

_SHAPED = regex.compile(
    r"""
    (?<![\p{L}\p{N}])
    (?: \p{Lu} [\p{L}'’.\-]{0,24}+ [ ] ){1,3}
    (?: News | Times | Post | Journal | Herald | Tribune | Gazette | Daily | Telegraph
      | Chronicle | Observer | Monitor | Examiner | Inquirer | Courier | Globe | Mirror
      | Express | Magazine | Television | TV | Radio | Newspaper )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)
"""A name shaped like an outlet's: capitalised words ending in News, Times, Post, ..."""

_DETERMINER = regex.compile(
    r"""
    (?: (?: the | The ) \s++
      | \p{Lu} [\p{L}\-]{0,24}+ ['’] s \s++ )                  # Russia’s
    (?: (?: state | government | semi | quasi ) [\-\s] \p{Ll}++ \s++  # state-run, semi-official
      | (?: official | independent | private | online | local | leading | influential
          | conservative | liberal | opposition | pro-\p{L}++ | daily | weekly ) \s++
    ){0,3}+
    \Z
    """,
    regex.VERBOSE,
)
"""Words before an outlet's name that belong to its phrase: "Russia’s", "the state-run"."""

_CUE_BEFORE = regex.compile(
    r"""
    (?i: according [ ] to | reported [ ] by | quoted [ ] by | cited [ ] by | told | tells
      | telling | interview [ ] with | interviewed [ ] by | spoke [ ] to | speaking [ ] to
      | (?: said | comments? | statement | remarks ) [ ] to | citing | quoting | via
      | reports? [ ] (?: in | by ) | reporting [ ] by | (?: published | broadcast | aired )
        [ ] (?: by | on | in ) | (?: wrote | writing | said | told ) [ ] in
    ) [\s,]++ \Z
    """,
    regex.VERBOSE,
)
"""A reporting cue just before an outlet: "according to", "told", "reported by"."""

_CUE_AFTER = regex.compile(
    r"""
    ['’]? s? [\s,]*+
    (?: (?: has | had | have ) \s++ )?
    (?: (?: also | first | later | earlier | previously | exclusively ) \s++ )?
    (?: reported | reports | reporting | said | says | quoted | quotes | quoting | cited
      | cites | citing | wrote | writes | learned | revealed | obtained | broadcast | aired
      | published | announced | added | report | interview | poll | survey | analysis
      | investigation | story )
    (?![\p{L}])
    """,
    regex.VERBOSE,
)
"""A reporting cue just after an outlet: "reported", "quoted", "said", "report"."""

_WINDOW = 60  # characters looked at before and after an outlet for a cue


@attrs.frozen
class CitedSource:
    """A news outlet or agency that a story credits.

    Attributes:
        start: Offset of the first character of the outlet's phrase.
        end: Offset just past it.
        text: The phrase: ``"Russia’s TASS news agency"``, ``"Reuters"``.
        name: The outlet's usual name: ``"TASS"``, ``"Reuters"``.
    """

    start: int
    end: int
    text: str
    name: str


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, needs a cue) of every outlet name, overlaps removed (longest wins)."""
    found: list[tuple[int, int, str, bool]] = []
    for m in _AGENCY.finditer(text, start, end):
        words = m["name"].split()
        if words[0] in ("The", "A", "An"):  # "The Xinhua news agency": the article
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        whole = f"{name} {m['kind']}"
        known = agency_name(whole) or _OUTLETS.get(whole)
        # "South Korean Yonhap News Agency": the agency is Yonhap
        for i in range(len(words) if known is None else 0):
            known = agency_name(" ".join(words[i:])) or _OUTLETS.get(" ".join(words[i:]))
            if known is not None:
                break
        if m["kind"] == "agency" and known is None and not name.isupper():
            continue  # "the Energy agency": only acronyms and known names before a bare "agency"
        found.append((m.start("name") + len(m["name"]) - len(name), m.end(), known or name, False))
    for m in _KNOWN.finditer(text, start, end):
        found.append((m.start(), m.end(), _OUTLETS[m.group()], True))
    for m in _SHAPED.finditer(text, start, end):
        name = m.group()
        offset = 0
        if name.startswith("The "):
            name, offset = name[4:], 4
        found.append((m.start() + offset, m.end(), _OUTLETS.get(name, name), True))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str, bool]] = []
    for candidate in found:
        if kept and candidate[0] < kept[-1][1]:
            if candidate[1] > kept[-1][1] and candidate[0] == kept[-1][0]:
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return kept


def find_sources_cited(
    text: str, start: int = 0, end: int | None = None
) -> tuple[CitedSource, ...]:
    """Find the outlets and agencies a story credits.

    Args:
        text: The text of a story.
        start: Where to start looking.
        end: Where to stop (default: the end of the text).

    Returns:
        Every credit, sorted by start; ``text`` includes words that belong to
        the outlet's phrase ("the", "Russia’s", "state-run").

    Example:
        >>> text = "According to Russia’s TASS news agency, Putin left. Fox News host Bo said so."
        >>> [(s.text, s.name) for s in find_sources_cited(text)]
        [('Russia’s TASS news agency', 'TASS')]
        >>> [s.name for s in find_sources_cited("The talks failed, the Interfax agency said.")]
        ['Interfax']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    stop = len(text) if end is None else min(end, len(text))
    results: list[CitedSource] = []
    for s, e, name, needs_cue in _candidates(text, start, stop):
        window = max(start, s - _WINDOW)
        before = _DETERMINER.search(text, window, s)
        phrase_start = before.start() if before is not None else s
        if needs_cue and not (
            _CUE_BEFORE.search(text, max(start, phrase_start - _WINDOW), phrase_start)
            or _CUE_AFTER.match(text, e, min(stop, e + _WINDOW))
        ):
            continue
        results.append(CitedSource(phrase_start, e, text[phrase_start:e], name))
    return tuple(results)
