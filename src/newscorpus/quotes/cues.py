"""Find cues: the reporting verbs and phrases that attribute speech.

The lexicon is data: ``reporting_verbs.txt`` (every inflection of each verb),
``framing_verbs.txt`` (verbs that attribute only quoted words) and
``cue_phrases.txt`` ("according to", "in a statement"). A cue found here
is only a candidate: :mod:`newscorpus.quotes.attribution` and
:mod:`newscorpus.quotes.indirect` keep the ones with a speaker and something
reported around them.

Lower-case words are looked up in a set rather than matched by one large
alternation, which keeps the scan several times faster than a regex of a
thousand verb forms.
"""

from __future__ import annotations

import enum

import attrs
import regex

from newscorpus._data import read_lines, read_rows

__all__ = ["Cue", "CueKind", "find_cues", "verb_lemma"]


class CueKind(enum.Enum):
    """What sort of cue a match is."""

    VERB = "verb"  # a finite or past form: "said", "says", "told"
    PARTICIPLE = "participle"  # an -ing form: "adding", "saying"
    ACCORDING = "according"  # "according to", whose speaker follows
    CHANNEL = "channel"  # "in a statement", "at a news conference"


@attrs.frozen
class Cue:
    """A candidate cue.

    Attributes:
        start: Offset of its first character.
        end: Offset just past it (past a channel phrase that follows a verb).
        kind: Its sort.
        lemma: The verb's base form, or the phrase in lower case.
        reports: False for framing verbs ("called", "described"), which
            attribute only quoted words, never reported speech without marks.
    """

    start: int
    end: int
    kind: CueKind
    lemma: str
    reports: bool = True


def _verb_forms(name: str) -> dict[str, str]:
    """Map every form of every verb of a list to the verb's base form."""
    forms: dict[str, str] = {}
    for row in read_rows(name):
        for form in row:
            forms.setdefault(form, row[0])
    return forms


_REPORTING = _verb_forms("reporting_verbs.txt")
_FORMS = {**_verb_forms("framing_verbs.txt"), **_REPORTING}
_PHRASES = read_lines("cue_phrases.txt")

_WORD = regex.compile(r"[a-z]{2,}+")
"""A run of lower-case letters: a candidate verb form, checked against the lexicon."""

_PHRASE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(r"\s++".join(regex.escape(w) for w in p.split()) for p in _PHRASES)
    + r")(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A cue phrase, as whole words in any case: "According to", "in a statement"."""

_CHANNEL_AFTER = regex.compile(
    r"[\x20\xa0]++(?:"
    + "|".join(
        r"\s++".join(regex.escape(w) for w in p.split())
        for p in _PHRASES
        if not p.startswith("according")
    )
    + r")(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A channel phrase right after a verb: "said| in a statement"."""

_JOINERS = frozenset("-'’")  # "so-called" and "re-said" are not cues


def verb_lemma(word: str) -> str | None:
    """The base form of a reporting verb form, or None.

    Example:
        >>> verb_lemma("told"), verb_lemma("table")
        ('tell', None)
    """
    return _FORMS.get(word)


def find_cues(text: str) -> list[Cue]:
    """Find every candidate cue in a text.

    Args:
        text: The text.

    Returns:
        The cues, sorted by start.

    Example:
        >>> cues = find_cues("He said so, adding more, according to Al.")
        >>> [(c.lemma, c.kind.value) for c in cues]
        [('say', 'verb'), ('add', 'participle'), ('according to', 'according')]
    """
    cues: list[Cue] = []
    for match in _WORD.finditer(text):
        lemma = _FORMS.get(match[0])
        if lemma is None:
            continue
        start, end = match.span()
        if (start and (text[start - 1] in _JOINERS or text[start - 1].isalpha())) or (
            end < len(text) and (text[end] in _JOINERS and text[end + 1 : end + 2].isalpha())
        ):
            continue
        if end < len(text) and text[end].isalpha():  # an upper-case letter: "saidTuesday"
            continue
        kind = CueKind.PARTICIPLE if match[0].endswith("ing") else CueKind.VERB
        channel = _CHANNEL_AFTER.match(text, end)
        cues.append(
            Cue(start, channel.end() if channel else end, kind, lemma, match[0] in _REPORTING)
        )
    for match in _PHRASE.finditer(text):
        phrase = " ".join(match[0].lower().split())
        kind = CueKind.ACCORDING if phrase == "according to" else CueKind.CHANNEL
        cues.append(Cue(match.start(), match.end(), kind, phrase))
    cues.sort(key=lambda c: c.start)
    return _drop_covered(cues)


def _drop_covered(cues: list[Cue]) -> list[Cue]:
    """Drop cues inside an earlier one (the phrase of "said in a statement")."""
    kept: list[Cue] = []
    for cue in cues:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept
