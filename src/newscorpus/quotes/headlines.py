"""Attributions in a headline, which news writes in a style of its own.

A headline is the article's first paragraph when it is one short line and
more paragraphs follow. It
attributes in two ways that body text does not:

- ``Speaker: claim`` (``Poll: Voters Abandon the Party``, ``AP: …``), where the
  colon is the cue, unless the part before it is a label ("The Latest:",
  "UPDATE:"); ``Speaker to Listener: claim`` names the listener after "to";
- a reporting verb in title case: ``Mayor Says Bridge Will Reopen``,
  ``Bridge Will Reopen, Mayor Says``;
- ``claim: Speaker``, as wire services write it (``Bridge to reopen in May:
  Mayor``, ``Talks made progress: UN``, ``Fares to rise: report``): the claim
  in sentence case, the source a few capitalised words after the last colon,
  or a noun of a source or a role with its modifiers ("FM spokesman").
"""

from __future__ import annotations

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.lexicon import LEXICON, ROLE_NOUNS, EntryKind
from newscorpus.quotes.boundaries import trim
from newscorpus.quotes.context import Context
from newscorpus.quotes.phrases import subject_before
from newscorpus.quotes.vocabulary import FUNCTION, ORGANIZATION_NOUNS, SOURCE_NOUNS

__all__ = ["attribute", "headline"]

_MAX_LENGTH = 200  # characters: a longer first paragraph is no headline

_COLON = regex.compile(
    r"""
    [\x20\t\xa0]*+
    ( \p{Lu} [\p{L}\p{N}.'’&\-]*+ (?: [\x20\xa0]++ [\p{L}\p{N}.'’&\-]++ ){0,5}+ )   # the source
    [\x20\t\xa0]*+ : [\x20\t\xa0]++
    (?= [\p{L}\p{N}‘’'“"] )                                         # the claim
    """,
    regex.VERBOSE,
)
"""A headline's source before a colon: "Pat Kinsella: …", "Clinton camp: …"."""

_SOURCE_AFTER = regex.compile(
    r"""
    : [\x20\t\xa0]++
    ( [\p{Lu}\p{N}] [\p{L}\p{N}.'’&\-]*+ (?: [\x20\xa0]++ \p{Lu} [\p{L}\p{N}.'’&\-]*+ ){0,3}+
    | (?: [\p{Lu}\p{N}] [\p{L}\p{N}.'’&\-]*+ [\x20\xa0]++ ){0,2}+     # "FM", "UN", "Australian"
      (?: \p{Ll}[\p{Ll}\-]*+ [\x20\xa0]++ ){0,2}?                      # "police", "new"
      (?: \L<nouns> ) s?+ )                                      # "report", "official", "study"
    [\x20\t\xa0.]*+ \Z
    """,
    regex.VERBOSE,
    nouns=sorted(SOURCE_NOUNS | set(ROLE_NOUNS) | ORGANIZATION_NOUNS),
)
"""A wire headline's source after its last colon: "…: Port Authority", "…: Mayor Lund",
"…: report", "…: FM spokesman", "…: police source"."""

_LABEL = regex.compile(r"[\x20\t\xa0]*+([^:\n]{1,30}+):[\x20\t\xa0]++")
"""What stands before a headline's first colon: a label, maybe ("URGENT: ")."""

_SPACED_LABEL = regex.compile(
    r"[\x20\t\xa0]*+\p{Lu}{2,}+(?:[\x20\xa0]\p{Lu}{2,}+)*+[\x20\xa0]{2,}+"
)
"""A label in capitals that two spaces or more end instead of a colon: "URGENT  "."""

_LABELS = frozenset(read_lines("headline_labels.txt"))

#: Reporting verbs as a headline writes them, "Says", mapped to their form in lower case.
_TITLE_CUES = frozenset(
    form.capitalize()
    for row in read_rows("reporting_verbs.txt")
    for form in row[1:]
    if "_" not in form and not form.endswith("ing")
)

_WORD = regex.compile(r"\p{Lu}\p{Ll}++")
"""A word in title case."""

_LETTER = regex.compile(r"[\p{L}\p{N}‘“'\"]")
"""The first character of a claim."""


def headline(ctx: Context) -> tuple[int, int] | None:
    """The (start, end) of the text's headline: its first paragraph when it is one short
    line and more paragraphs follow; None if there is none."""
    if len(ctx.paragraph_starts) < 2:
        return None  # a text of one paragraph has no headline
    start, end = ctx.paragraph_starts[0], ctx.paragraph_ends[0]
    if end - start > _MAX_LENGTH or "\n" in ctx.text[start:end].strip():
        return None
    return start, end


def attribute(ctx: Context) -> None:
    """Attribute the claims of the text's headline, if its first paragraph is one."""
    span = headline(ctx)
    if span is None:
        return
    start, end = span
    if not _colon(ctx, start, end) and not _source_after(ctx, start, end):
        _title_cue(ctx, start, end)


def _colon(ctx: Context, start: int, end: int) -> bool:
    """Attribute "Speaker: claim"."""
    text = ctx.text
    found = _COLON.match(text, start, end)
    if found is None:
        return False
    source = found[1]
    if _is_label(source) and not _known_entity(source):
        return False  # "The Latest: …", "BREAKING: …"; but "AP: …", "Human Rights Watch: …"
    speaker = found.span(1)
    listener = _TO_LISTENER.search(source)
    if listener is not None:  # "Clinton to Planned Parenthood: …": who speaks, to whom
        source = source[: listener.start()]
        speaker = (speaker[0], speaker[0] + listener.start())
    lower = [word for word in source.split() if word[:1].islower()]
    # one word in lower case at most ("Clinton camp"), none before a listener (not
    # "Cambodian PM's visit| to China fruitful: FM")
    if len(lower) > (0 if listener is not None else 1) or any(word in FUNCTION for word in lower):
        return False  # a sentence, not a source: "The mayor has a new slogan: …"
    colon = text.rindex(":", found.start(1), found.end())
    return _add(ctx, found.end(), trim(text, found.end(), end), speaker, (colon, colon + 1))


_TO_LISTENER = regex.compile(r"[\x20\xa0]to[\x20\xa0]++(?=\p{Lu})")
"""The "to" before a listener in a headline's source: "Clinton| to Planned Parenthood"."""


def _known_entity(words: str) -> bool:
    """Tell whether words name an organisation or a place the lexicon knows ("AP", "CNN",
    "China Daily"): a source, whatever label its words may look like."""
    entry = LEXICON.get(tuple(words.split()))
    return entry is not None and entry.kind is not EntryKind.TITLE


def _is_label(words: str) -> bool:
    """Tell whether what stands before a headline's colon is a label, not a source: in
    capitals, or holding a word of ``headline_labels.txt`` ("The Latest", "2nd LD
    Writethru")."""
    return words.isupper() or any(
        word in _LABELS for word in words.lower().replace("-", " ").split()
    )


def _source_after(ctx: Context, start: int, end: int) -> bool:
    """Attribute "claim: Speaker", whose claim is in sentence case: two words in lower
    case at least ("Ferries halted after the storm: Port Authority"; not "The One Thing They
    Want: Lower Taxes", a title-case headline whose colon introduces its answer)."""
    text = ctx.text
    colon = text.rfind(":", start, end)
    if colon < 0:
        return False
    found = _SOURCE_AFTER.match(text, colon, end)
    if found is None:
        return False
    label = _LABEL.match(text, start, colon)
    if label is not None and _is_label(label[1]):  # "URGENT: …", "2nd LD Writethru: …"
        start = label.end()
    spaced = _SPACED_LABEL.match(text, start, colon)
    if spaced is not None:  # "URGENT  Ex-Russian PM released …": a label without its colon
        start = spaced.end()
    claim_end = trim(text, start, colon)
    lower = [w for w in text[start:claim_end].split() if w[:1].islower()]
    if len(lower) < 2:
        return False  # title case: not a claim in sentence case
    return _add(ctx, start, claim_end, found.span(1), (colon, colon + 1))


def _title_cue(ctx: Context, start: int, end: int) -> bool:
    """Attribute "Speaker Says claim" and "Claim, Speaker Says"."""
    text = ctx.text
    for word in _WORD.finditer(text, start, end):
        if word[0] not in _TITLE_CUES or ctx.quotation_at(word.start()) is not None:
            continue
        speaker = subject_before(text, start, word.start())
        if speaker is None:
            continue
        claim = _LETTER.search(text, word.end(), end)
        if claim is not None:  # "Mayor Says Bridge Will Reopen"
            return _add(ctx, claim.start(), trim(text, claim.start(), end), speaker, word.span())
        comma = text.rfind(",", start, speaker[0])  # "Bridge Will Reopen, Mayor Says"
        if comma > start and not text[comma + 1 : speaker[0]].strip():
            return _add(ctx, start, trim(text, start, comma), speaker, word.span())
    return False


def _add(
    ctx: Context, start: int, end: int, speaker: tuple[int, int], cue: tuple[int, int]
) -> bool:
    """Keep a headline's claim, as a mixed quote when it holds quotations."""
    if end <= start or any(d.start < end and start < d.end for d in ctx.drafts):
        return False
    quotations = list(ctx.quotations_between(start, end))
    if any(i in ctx.claimed for i in quotations):
        return False
    ctx.add_reported(start, end, speaker, cue, ctx.unit_of(start), quotations)
    return True
