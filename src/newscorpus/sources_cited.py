"""Sources cited: the news outlets and agencies a story credits.

Stories credit other outlets for what they report: "according to Russia’s
TASS news agency", "the Interfax agency said", "the New York Post reports",
"told CNN". :func:`find_sources_cited` finds such credits among the
organisations :func:`~newscorpus.extract_entities` finds: a news agency named
as one ("the official IRNA news agency", also for names no list holds)
always counts; any other outlet (a wire agency, a name in
``news_outlets.txt``, or a name shaped like an outlet's: "the Hindustan
Times") counts when a reporting cue is next to it ("according to", "told",
"reported", "quoted"). A mention without a cue ("Fox News anchor Megyn
Kelly") is not a credit.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newscorpus._data import read_lines
from newscorpus.dateline import agency_name
from newscorpus.entities import Entities, Mention, extract_entities
from newscorpus.lexicon import OUTLET_WORDS

__all__ = ["CitedSource", "find_sources_cited", "is_outlet"]


def _outlet_table() -> dict[str, str]:
    """Map outlet spellings to canonical names."""
    table: dict[str, str] = {}
    for line in read_lines("news_outlets.txt"):
        names = [name.strip() for name in line.split("|")]
        for name in names:
            table[name] = names[0]
    return table


_OUTLETS = _outlet_table()

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

_AGENCY_LENGTH = 100  # more than the longest match of _AGENCY (3 words of 25 and a kind)


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


def _outlet_name(mention: Mention) -> str | None:
    """The outlet an organisation mention names, under its usual name, or None."""
    return _outlet_of(mention.text, mention.name or mention.text)


# A story names the same organisations again and again (7,000 mentions of 1,900
# spellings in 2,450 wire stories): each is looked up once.
@functools.lru_cache(maxsize=4096)
def _outlet_of(text: str, name: str) -> str | None:
    """The outlet named by a mention written ``text`` of an organisation called ``name``."""
    for form in (text, name) if name != text else (text,):
        bare = form.removeprefix("The ")
        known = agency_name(form) or _OUTLETS.get(form) or _OUTLETS.get(bare)
        if known is not None:
            return known
    bare = name.removeprefix("The ")
    if " " in name and bare.rsplit(" ", 1)[-1] in OUTLET_WORDS:
        return bare if " " in bare else name  # "Hindustan Times", but "The Post" stays whole
    return None


def is_outlet(name: str) -> bool:
    """Tell whether an organisation's canonical name is a news outlet's: a wire agency, a
    name of ``news_outlets.txt``, or a name shaped like an outlet's ("Hindustan Times").

    Example:
        >>> is_outlet("Reuters"), is_outlet("Harbor Times"), is_outlet("Harbor Bank")
        (True, True, False)
    """
    return _outlet_of(name, name) is not None


def _candidates(
    text: str, start: int, end: int, entities: Entities
) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, needs a cue) of every outlet named, overlaps removed (longest wins)."""
    found: list[tuple[int, int, str, bool]] = []
    # Most stories name no agency: a plain substring test spares them the pattern, and the
    # others are scanned from shortly before the first "agency" (every match ends in one).
    first = text.find("gency", start, end)
    agencies = _AGENCY.finditer(text, max(start, first - _AGENCY_LENGTH), end) if first >= 0 else ()
    for m in agencies:
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
        found.append((m.end() - len(whole), m.end(), known or name, False))
    for organization in entities.organizations:
        for mention in organization.mentions:
            if start <= mention.start and mention.end <= end:
                outlet = _outlet_name(mention)
                if outlet is not None:
                    found.append((mention.start, mention.end, outlet, True))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str, bool]] = []
    for candidate in found:
        if kept and candidate[0] < kept[-1][1]:
            continue  # inside a longer one that starts no later ("TASS" in "TASS news agency")
        kept.append(candidate)
    return kept


def find_sources_cited(
    text: str, start: int = 0, end: int | None = None, *, entities: Entities | None = None
) -> tuple[CitedSource, ...]:
    """Find the outlets and agencies a story credits.

    Args:
        text: The text of a story.
        start: Where to start looking.
        end: Where to stop (default: the end of the text).
        entities: The text's entities, when already extracted (else they are).

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
    if entities is None:
        entities = extract_entities(text)
    for s, e, name, needs_cue in _candidates(text, start, stop, entities):
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
