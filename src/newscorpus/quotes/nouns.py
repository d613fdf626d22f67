"""Attributions headed by a noun: "his claim that …", "Trump’s attacks on …".

A noun of saying (``cue_nouns.txt``: claim, allegation, warning, promise,
criticism, call, …) reports what follows it: a "that" clause ("the mayor’s
claim that the bridge was safe"), an infinitive ("his promise to cut taxes")
or the object of a preposition ("her criticism of the plan"). Its speaker is
the possessor before it ("his", "the mayor’s"), the source after "from" or
"by" ("an allegation from his wife that …"), or the subject of a light verb
that carries it ("Cruz made a call for …", "she issued a warning that …").
Without any of these the noun is not attributed: "the claim that …" alone
names no one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.quotes.boundaries import content_end, trim
from newscorpus.quotes.clauses import CLAUSE_REACH, clause_after, object_end
from newscorpus.quotes.content import add_content
from newscorpus.quotes.context import Context
from newscorpus.quotes.cues import Cue, CueKind, lexicon_words, word_scan
from newscorpus.quotes.phrases import subject_before
from newscorpus.quotes.speakers import speaker_after
from newscorpus.quotes.tokens import span_back, start_of, words
from newscorpus.quotes.vocabulary import DETERMINERS, FINITE, FUNCTION, PRONOUNS, TIME

__all__ = ["NOUN_WORDS", "NounCue", "attribute", "find_noun_cues"]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_VERB = CueKind.VERB


class NounCue(NamedTuple):
    """A noun of saying in a text, and what may follow it.

    Attributes:
        start: Offset of the noun.
        end: Offset just past it.
        complements: The words that may open its content ("that", "of", "to").
    """

    start: int
    end: int
    complements: frozenset[str]


def _lexicon() -> dict[str, frozenset[str]]:
    """Each form of a noun of saying, with the words that may open its content."""
    nouns: dict[str, frozenset[str]] = {}
    for forms, complements in read_rows("cue_nouns.txt"):
        for form in forms.split(","):
            nouns[form] = frozenset(complements.split(","))
    return nouns


_NOUNS = _lexicon()
_NOUN_KEYS = frozenset(form.encode() for form in _NOUNS)
#: The words, as :func:`~newscorpus.quotes.cues.words_of` collects them, that
#: :func:`find_noun_cues` looks for.
NOUN_WORDS = _NOUN_KEYS
_NOUNS_AT = {form.encode(): complements for form, complements in _NOUNS.items()}
_POSSESSIVES = frozenset(("his", "her", "their", "its", "our", "my", "your"))
_LIGHT_VERBS = frozenset(read_lines("light_verbs.txt"))
_DETERMINERS = frozenset(row[0] for row in read_rows("determiners.txt"))

_SOURCE = regex.compile(r"[\x20\t\xa0]++(?:from|by)[\x20\t\xa0]++(?=\p{L})")
"""The "from" or "by" that names a noun's source: "an allegation from| his wife"."""

_GAP = regex.compile(r"[\x20\t\xa0]*+,?[\x20\t\xa0]*+")
"""Space (and a comma) between a source and what it said: "from his wife, Ivana,| that"."""

_MAX_MODIFIERS = 3  # adjectives and adverbs between a possessor and its noun
_RECENT = 12  # drafts looked back at for one that already covers a noun's content


@functools.cache  # compiled when first asked for: extract_quotes scans with its own
def _noun_scan() -> re.Pattern[bytes]:
    """The :func:`~newscorpus.quotes.cues.word_scan` of :data:`NOUN_WORDS`."""
    return word_scan(NOUN_WORDS)


def find_noun_cues(text: str, words: Sequence[tuple[int, bytes]] | None = None) -> list[NounCue]:
    """Find the nouns of saying in a text, sorted by start.

    ``words`` are the text's :func:`~newscorpus.quotes.cues.lexicon_words` for a
    scan of at least :data:`NOUN_WORDS`, if already found.

    Example:
        >>> text = "His claim that it works."
        >>> [text[c.start : c.end] for c in find_noun_cues(text)]
        ['claim']
    """
    cues: list[NounCue] = []
    for start, key in lexicon_words(text, _noun_scan()) if words is None else words:
        complements = _NOUNS_AT.get(key)
        if complements is None:
            continue  # a word of another lexicon
        end = start + len(key)
        if (start == 0 or not text[start - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            cues.append(NounCue(start, end, complements))
    cues.sort()
    return cues


def attribute(ctx: Context, cues: Sequence[NounCue]) -> None:
    """Attribute the content of each noun of saying that has a speaker."""
    for cue in cues:
        if ctx.quotation_at(cue.start) is not None:
            continue
        _attribute(ctx, cue)


def _attribute(ctx: Context, cue: NounCue) -> bool:
    text = ctx.text
    unit = ctx.unit_of(cue.start)
    unit_start, unit_end = ctx.units[unit]
    after = cue.end
    named = None
    source = _SOURCE.match(text, cue.end, unit_end)
    if source is not None:  # "an allegation from his first wife, Ivana Trump, that …"
        named = speaker_after(text, source.end(), unit_end)
        if named is not None:
            after = _past_apposition(text, named[1], unit_end)
    toks = words(text, after, min(unit_end, after + 40))
    first = toks[0] if toks else ""
    # a relative "that" is no complement: "his claim that was rejected"
    complement = len(toks) >= 2 and first != "that" and first in cue.complements
    if complement and first != "to" and toks[1].lower() in TIME:
        complement = False  # "made the remarks on Saturday": a time, no topic
    elif complement and first == "to" and not _verb_after_to(toks[1]):
        complement = False  # "daily calls to the embassy", "pleas to Lund": no infinitive
    if not complement and not (
        "that" in cue.complements
        and "that" in text[after : min(unit_end, after + CLAUSE_REACH)].lower()
    ):
        # the cheap test first: neither a complement nor a "that" follows (a "that" clause
        # that clause_after finds holds the word among the words it reads)
        return False
    speaker = _possessor(text, unit_start, cue.start) or named
    if speaker is None:
        speaker = _light_verb_subject(text, unit_start, cue.start)
    if speaker is None:
        return False
    found = clause_after(text, after, unit_end, "")
    if found is not None and found[1] == "that" and "that" in cue.complements:
        start = found[0]
        end = content_end(ctx, start, unit_end)
    else:
        if not complement:
            return False
        start = start_of(text, after, toks, 0 if first == "to" else 1)  # "a promise to cut taxes"
        end = _phrase_end(text, start, object_end(ctx, start, unit_end))
    if any(d.start == start for d in ctx.drafts[-_RECENT:]):
        return False  # a verb already reported it
    as_cue = Cue(cue.start, cue.end, _VERB, text[cue.start : cue.end], False, True)
    return add_content(ctx, start, end, speaker, as_cue, unit)


# Auxiliaries that open an infinitive as other verbs do: "a promise to| be neutral".
_INFINITIVE_AUXILIARIES = frozenset(("be", "have", "do"))


def _verb_after_to(word: str) -> bool:
    """Tell whether the word after a noun's "to" may be the verb of an infinitive ("a
    promise to| cut taxes", "to| be neutral"): a word in lower case, not a determiner, a
    pronoun or another function word ("calls to| the embassy", "an appeal to| him",
    "to| Hong Kong"), nor a number."""
    return (
        word.islower()
        and word.isalpha()
        and word not in DETERMINERS
        and word not in PRONOUNS
        and (word not in FUNCTION or word in _INFINITIVE_AUXILIARIES)
    )


def _phrase_end(text: str, start: int, end: int) -> int:
    """Where a noun's object ends: before the verb of the sentence the noun is in.

    "His criticism of the plan| drew fire."
    """
    toks = words(text, start, end)
    for k in range(1, len(toks)):
        if toks[k] in FINITE:
            return trim(text, start, start_of(text, start, toks, k))
    return end


def _possessor(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The possessor before a noun: "his| earlier claim", "the mayor’s| claim"."""
    start = max(lo, pos - 80)
    toks = words(text, start, pos)
    k = len(toks) - 1
    modifiers = 0
    while k >= 0 and modifiers < _MAX_MODIFIERS:
        word = toks[k]
        low = word.lower()
        if low in _POSSESSIVES:
            return span_back(text, start, pos, toks, k, k)
        if word.endswith(("’s", "'s", "s’", "s'", "‘s")):
            return span_back(text, start, pos, toks, _owner(toks, k), k)
        if not word.isalpha() or not word.islower() or low in FUNCTION or low in _DETERMINERS:
            return None
        modifiers += 1  # "earlier", "controversial", "repeated"
        k -= 1
    return None


def _owner(toks: list[str], k: int) -> int:
    """The first word of the phrase that ends with a possessive at word ``k``: "the FBI’s"."""
    j = k
    while j > 0 and k - j < 4:
        prev = toks[j - 1]
        if not prev[:1].isalnum() and prev != ".":
            break
        low = prev.lower()
        if low in _DETERMINERS and low not in _POSSESSIVES:
            j -= 1  # "the mayor’s"
            break
        if (
            prev == "."
            or prev[:1].isupper()
            or (j == k and prev.islower() and low not in FUNCTION and toks[k][:1].islower())
        ):  # "the state party’s"; but "criticised| Lund’s"
            j -= 1
            continue
        break
    return j


def _light_verb_subject(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The subject of a light verb that carries a noun: "Cruz made| an unprompted call"."""
    start = max(lo, pos - 60)
    toks = words(text, start, pos)
    k = len(toks) - 1
    skipped = 0
    while k >= 0 and skipped <= _MAX_MODIFIERS:
        word = toks[k]
        low = word.lower()
        if low in _LIGHT_VERBS:
            return subject_before(text, lo, span_back(text, start, pos, toks, k, k)[0])
        if not word.isalpha() or not word.islower() or low == "no":
            return None  # not "made no comment on …": a noun denied reports nothing
        if low in FUNCTION and low not in _DETERMINERS:
            return None
        skipped += 1
        k -= 1
    return None


def _past_apposition(text: str, pos: int, hi: int) -> int:
    """Where a source's apposition ends: "from his wife|, Ivana Trump,| that"."""
    gap = _GAP.match(text, pos, hi)
    if gap is None or "," not in gap[0]:
        return pos
    comma = text.find(",", gap.end(), min(hi, gap.end() + 60))
    return comma + 1 if comma >= 0 else pos
