"""Find cues: the reporting verbs and phrases that attribute speech.

The lexicon is data: ``reporting_verbs.txt`` (every inflection of each verb),
``framing_verbs.txt`` (verbs that report only their object), ``quote_verbs.txt``
and ``manner_verbs.txt`` (verbs that attribute only a quotation beside them) and
``cue_phrases.txt`` ("according to", "in a statement"). A cue found here
is only a candidate: :mod:`newscorpus.quotes.attribution` and
:mod:`newscorpus.quotes.indirect` keep the ones with a speaker and something
reported around them.

The verb forms are located in one scan of the text's letters (every other
character made a space) by one pattern of every form written as a trie; the
words of a text are collected once, and a cue phrase is looked for only in a
text that has its key word.
"""

from __future__ import annotations

import enum
import functools
import operator
import re
from collections.abc import Callable, Iterable, Sequence, Set
from typing import NamedTuple

import regex

from newscorpus._data import read_lines, read_rows

__all__ = [
    "CUE_WORDS",
    "FINDING_VERBS",
    "QUOTE_LEMMAS",
    "THOUGHT_BARE",
    "THOUGHT_LEMMAS",
    "Cue",
    "CueKind",
    "find_cues",
    "lexicon_words",
    "verb_lemma",
    "word_scan",
    "words_of",
]


class CueKind(enum.Enum):
    """What sort of cue a match is."""

    VERB = "verb"  # a finite or past form: "said", "says", "told"
    PARTICIPLE = "participle"  # an -ing form: "adding", "saying"
    ACCORDING = "according"  # "according to", whose speaker follows
    CHANNEL = "channel"  # "in a statement", "at a news conference"


class Cue(NamedTuple):
    """A candidate cue.

    Attributes:
        start: Offset of its first character.
        end: Offset just past it (past a channel phrase that follows a verb).
        kind: Its sort.
        lemma: The verb's base form, or the phrase in lower case.
        reports: True for reporting verbs, which introduce reported speech
            ("said the talks failed").
        frames: True for framing verbs, which report only their object
            ("called the plan a disaster"); a cue that neither reports nor
            frames ("continued") attributes only a quotation beside it.
        base: True for a verb in its base form ("say", "report"), which
            needs a plural subject and never follows its speaker's clause
            inverted ("…, said Smith" but not "…, say Smith").
        third: True for a third-person form in -s ("says", "reports"), whose
            subject, singular, has a determiner unless it is a name or a
            pronoun ("the report says", but "derogatory comments" is a noun).
    """

    start: int
    end: int
    kind: CueKind
    lemma: str
    reports: bool = True
    frames: bool = False
    base: bool = False
    third: bool = False


# Cue((start, end, kind, lemma, reports, frames, base, third)) without the Python-level
# __new__ of a named tuple: a text has a cue every few sentences, a corpus many thousands.
_cue: Callable[[tuple[int, int, CueKind, str, bool, bool, bool, bool]], Cue] = functools.partial(
    tuple.__new__, Cue
)


class _Verb(NamedTuple):
    """What the lexicon says about one verb form."""

    lemma: str
    reports: bool
    frames: bool


def _lexicon() -> tuple[
    dict[str, _Verb], dict[str, list[tuple[str, _Verb | None]]], frozenset[str], dict[str, _Verb]
]:
    """Read the verb lists: single-word forms, phrasal forms keyed by their first word (the
    pattern of their particles, as source: see _particles), and the forms a list gives
    twice, as base and past ("read read", "put_it put_it"), with the first word of a
    phrasal one: these are not base forms only.

    Forms that are nouns far more often than verbs (``noun_forms.txt``) are kept apart,
    last: they are cues only where the words beside them make them verbs (see
    _verb_beside).
    """
    nouns = frozenset(read_lines("noun_forms.txt"))
    words: dict[str, _Verb] = {}
    phrasal: dict[str, list[tuple[str, _Verb | None]]] = {}
    for row in read_rows("non_cue_phrasal_verbs.txt"):  # "charged with": no cue at all
        for form in row:
            first, *rest = form.split("_")
            tail = "".join(rf"[\x20\xa0]++{regex.escape(w)}" for w in rest)
            phrasal.setdefault(first, []).append((tail + r"\b", None))
    past_as_base: set[str] = set()
    noun_forms: dict[str, _Verb] = {}
    for name, reports, frames in (
        ("reporting_verbs.txt", True, False),
        ("framing_verbs.txt", False, True),
        ("quote_verbs.txt", False, False),
        ("manner_verbs.txt", False, False),
        ("thought_verbs.txt", True, False),
    ):
        for row in read_rows(name):
            verb = _Verb(row[0].replace("_", " "), reports, frames)
            for form in row:
                first, *rest = form.split("_")
                if row.count(form) > 1:
                    past_as_base.update((form, first))
                if rest:
                    tail = "".join(rf"[\x20\xa0]++{regex.escape(w)}" for w in rest)
                    phrasal.setdefault(first, []).append((tail + r"\b", verb))
                elif form not in nouns:
                    words.setdefault(form, verb)
                else:
                    noun_forms.setdefault(form, verb)
    return words, phrasal, frozenset(past_as_base), noun_forms


_WORDS, _PHRASAL, _PAST_AS_BASE, _NOUN_FORM_WORDS = _lexicon()
#: Verbs of thought or evidence: they attribute only a clause that "that" opens.
THOUGHT_LEMMAS = frozenset(row[0] for row in read_rows("thought_verbs.txt"))
#: Verbs of thought that attribute a clause without "that" too: "fear the dam could fail".
THOUGHT_BARE = frozenset(read_lines("thought_bare_verbs.txt"))

#: Verbs of evidence whose object a document or survey reports as a finding, with or
#: without a verb of its own: "the poll showed the mayor leading", "a study found the
#: nominee got more airtime", "the audit found errors in the accounts" (see
#: :mod:`newscorpus.quotes.indirect`).
FINDING_VERBS = frozenset(("show", "find"))
#: Verbs that attribute only a quotation beside them: "“…,” he continued", "she went on: “…”".
QUOTE_LEMMAS = frozenset(row[0].replace("_", " ") for row in read_rows("quote_verbs.txt"))
# The forms of the verbs of speech alone: a verb of thought is no reporting verb to the
# rules that look for one ("believes" is left out, as the issue asks).
_SPEECH_WORDS = {form: verb for form, verb in _WORDS.items() if verb.lemma not in THOUGHT_LEMMAS}
_PHRASES = read_lines("cue_phrases.txt")
_FIRST_WORDS = frozenset(_WORDS) | frozenset(_PHRASAL)

# Every byte but an ASCII letter made a space: a text's UTF-8 bytes then split into its
# runs of ASCII letters (the bytes of other characters are all above 127). This collects
# the words of a text half as fast again as a pattern does.
_NOT_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
# The same, with the capitals in lower case.
_LOWER_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def _phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """Compile one cue phrase: its words in any case, spaced by any white space."""
    words = r"\s++".join(regex.escape(w) for w in phrase.split())
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){words}(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


#: Each phrase with its compiled pattern, keyed by its longest word in lower case: a
#: phrase is looked for only in texts that have that word.
_PHRASES_BY_WORD: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
for _phrase in _PHRASES:
    _PHRASES_BY_WORD.setdefault(max(_phrase.lower().split(), key=len), []).append(
        (_phrase.lower(), _phrase_pattern(_phrase))
    )

#: Each key word of a phrase, as written in lower case, capitalised or in capitals.
_PHRASE_FORMS: dict[str, list[tuple[str, regex.Pattern[str]]]] = {
    form: phrases
    for key, phrases in _PHRASES_BY_WORD.items()
    for form in {key, key.capitalize(), key.upper()}
}


# What a cue of one verb form holds besides its offsets: (kind, lemma, reports, frames,
# base, third), as the fields of Cue after start and end.
_Tail = tuple[CueKind, str, bool, bool, bool, bool]


def _tail(form: str, verb: _Verb) -> _Tail:
    """The fields of a cue of ``form`` as a form of ``verb``, after its offsets."""
    kind = CueKind.PARTICIPLE if form.endswith("ing") else CueKind.VERB
    base = form == verb.lemma.split()[0] and form not in _PAST_AS_BASE
    third = not base and kind == CueKind.VERB and form.endswith("s")
    return kind, verb.lemma, verb.reports, verb.frames, base, third


def _particles(phrasal: list[tuple[str, _Verb | None]]) -> regex.Pattern[str] | None:
    """One pattern of the particles after a form, each in a group of its own and tried in
    the order given: the number of the group that matches says which phrasal verb it is."""
    if not phrasal:
        return None
    return regex.compile("|".join(f"({particles})" for particles, _ in phrasal))


def _forms() -> dict[
    bytes, tuple[str, _Tail | None, regex.Pattern[str] | None, list[_Tail | None]]
]:
    """What each first word of a cue is: its cue as a single word, and its phrasal verbs.

    Keyed by the word's bytes, as :func:`words_of` collects them. Everything a cue
    holds but its offsets is known from its words, so it is worked out here once:
    the phrasal verbs as one pattern of their particles (see _particles) and the
    fields of each verb's cue (None for a phrase that is no cue: "charged with").
    """
    forms = {}
    for form in _FIRST_WORDS:
        single = _WORDS.get(form)
        phrasal = _PHRASAL.get(form, [])
        forms[form.encode()] = (
            form,
            None if single is None else _tail(form, single),
            _particles(phrasal),
            [None if verb is None else _tail(form, verb) for _, verb in phrasal],
        )
    return forms


_FORMS = _forms()


def _trie(words: list[str]) -> str:
    """One alternative of ``words`` (ASCII letters) as a trie: "sa(?:id|y(?:ing|s)?)".

    The standard library's engine tries the branches of an alternative one by one,
    so a thousand words listed side by side cost a thousand tests at every space,
    and a trie a few (one per letter of the word it follows).
    """
    if words == [""]:
        return ""
    branches = []
    ends = "" in words
    for initial in sorted({word[0] for word in words if word}):
        rests = [word[1:] for word in words if word[:1] == initial]
        branches.append(initial + _trie(rests))
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the word may stop here: the rest is optional
        return (body if len(branches) > 1 or len(body) == 1 else f"(?:{body})") + "?"
    return body


# The first words of the cue phrases ("according", "in", "at", "on"), in lower case: none
# is a verb form, so a phrase and a verb never start at one offset, and nor do two verbs
# (each is a whole word) or two phrases (found once each): cues are sorted by start alone.
_PHRASE_OPENERS = frozenset(p.split()[0].lower() for p in _PHRASES)
_START = operator.itemgetter(0)
_SPAN = re.Match.span
_FORM_KEYS = frozenset(_FORMS)
_PHRASE_KEYS = frozenset(form.encode() for form in _PHRASE_FORMS)
# The forms of noun_forms.txt, in lower case, with the fields of their cue: "states".
_NOUN_FORMS = {form.encode(): _tail(form, verb) for form, verb in _NOUN_FORM_WORDS.items()}
#: The words, as :func:`words_of` collects them, that :func:`find_cues` looks for.
CUE_WORDS = _FORM_KEYS | _PHRASE_KEYS | frozenset(_NOUN_FORMS)

_AFTER_QUOTATION = regex.compile(
    r"(?:[\x20\t\xa0]*+,)?[\x20\t\xa0]++(?:[\p{L}\p{N}.'’\-]++[\x20\t\xa0]++){1,6}+"
)
"""The words between a quotation's closing mark and a verb: "”| the report |states"."""

_CLAUSE_GOES_ON = regex.compile(
    r"[\x20\t\xa0]++(?!(?:in|on|at|to|for|of|as|with|after|before|while|when|during|last"
    r"|this|again|once|then|too|also)\b)\p{Ll}"
)
"""A word in lower case after the form, other than an adjunct's first word: "state| prosecutor"."""

# Words of a count or a quantity, before a plural noun: "various states", "both states".
_COUNTING = frozenset(
    row[0] for row in read_rows("determiners.txt") if row[1] == "plural"
) | frozenset(("various", "other"))

_THAT_AFTER = regex.compile(r"[\x20\t\xa0]++(?:that\b|:)")
"""A "that" or a colon after a verb: "states| that"."""

# Documents whose noun before "states that" is its subject: "the report states that". (The
# same set as vocabulary.SOURCE_NOUNS, read here because vocabulary imports this module.)
_DOCUMENTS = frozenset(read_lines("source_nouns.txt")) | frozenset(read_lines("survey_nouns.txt"))


def _verb_beside(text: str, start: int, end: int) -> bool:
    """Tell whether a form that is mostly a noun (``noun_forms.txt``) is a verb here: after
    a quotation and its subject ("“…,” the report states", "“No,” she laughs"), or after
    a document's noun and before "that" ("the filing states that …")."""
    lo = max(0, start - 80)
    closing = max(text.rfind("”", lo, start), text.rfind('"', lo, start))
    if (
        closing >= 0
        and _AFTER_QUOTATION.fullmatch(text, closing + 1, start)
        and _CLAUSE_GOES_ON.match(text, end) is None  # not "the state| prosecutor said"
        and not any(  # nor "… his victories in various| states", "March 1| states"
            word.lower() in _COUNTING or any(c.isdigit() for c in word)
            for word in text[closing + 1 : start].split()
        )
    ):
        return True
    if _THAT_AFTER.match(text, end) is None:
        return False
    before = text[lo:start].split()
    return bool(before) and before[-1].lower() in _DOCUMENTS


def _beside_key(phrase: str) -> tuple[str, bool]:
    """The word of a phrase next to its key word, and whether it comes before the key:
    ("a", True) for "in a statement", ("to", False) for "according to"."""
    words = phrase.split()
    k = words.index(max(words, key=len))
    return (words[k - 1], True) if k else (words[k + 1], False)


# The phrases of each key word, keyed by its bytes as :func:`lexicon_words` finds them,
# with the word next to the key (see _beside_key), which a cheap test looks for first.
_PHRASES_AT = {
    form.encode(): [(phrase, pattern, *_beside_key(phrase)) for phrase, pattern in phrases]
    for form, phrases in _PHRASE_FORMS.items()
}

_CHANNEL_AFTER = regex.compile(
    r"[\x20\xa0]++(?:"
    + "|".join(
        r"\s++".join(regex.escape(w) for w in p.split())
        for p in sorted(_PHRASES, key=len, reverse=True)  # the longest first: "in an email
        if not p.startswith("according")  # message" before "in an email"
    )
    + r")(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
"""A channel phrase right after a verb: "said| in a statement"."""

# The first words of the channel phrases: "in", "at", "on".
_CHANNEL_STARTS = frozenset(p.split()[0].lower() for p in _PHRASES if not p.startswith("according"))
_CHANNEL_OPENING = re.compile(r"\s*((?i:" + "|".join(sorted(_CHANNEL_STARTS)) + r"))\s+(\S+)")
"""The first word after a verb if it may open a channel phrase, and the word after it.

A cheap test before the pattern of every phrase (see :func:`_opens_channel`).
"""
# The second words of the channel phrases, by their first word, in lower case: "in" ->
# ("a", "an", "remarks").
_SECOND_WORDS = {
    first: tuple(sorted({p.lower().split()[1] for p in _PHRASES if p.lower().split()[0] == first}))
    for first in _CHANNEL_STARTS
}


def _opens_channel(opening: re.Match[str], reach: int) -> bool:
    """Tell whether the words that :data:`_CHANNEL_OPENING` found before ``reach`` may open
    a channel phrase: the first word opens one and the second is a second word of it ("in
    a statement", not "in Ohio"), in any case.

    A second word cut at ``reach``, or one with letters outside ASCII (whose case rules
    are the pattern's own), is left to :data:`_CHANNEL_AFTER`.
    """
    seconds = _SECOND_WORDS.get(opening[1].lower())
    if seconds is None:
        return False
    second = opening[2]
    return opening.end() >= reach or not second.isascii() or second.lower().startswith(seconds)


# The first letters of those words in either case: a verb followed by a space and another
# letter has no channel phrase after it, which spares the pattern for most verbs.
_CHANNEL_INITIALS = frozenset(w[0] for w in _CHANNEL_STARTS) | frozenset(
    w[0].upper() for w in _CHANNEL_STARTS
)
_JOINERS = frozenset("-'’")  # "so-called" and "re-said" are not cues
_SPACES = frozenset(" \xa0")  # what a channel phrase after a verb starts with
# Characters after a verb in which its particle is looked for. A pattern that needs a
# word ("out") scans to its end position for it, so every match is given a near one.
_REACH = 40


def verb_lemma(word: str) -> str | None:
    """The base form of a reporting verb form, or None (for a verb of thought too).

    Example:
        >>> verb_lemma("told"), verb_lemma("table"), verb_lemma("believes")
        ('tell', None, None)
    """
    verb = _SPEECH_WORDS.get(word)
    return verb.lemma if verb is not None else None


def words_of(text: str, among: frozenset[bytes] | None = None) -> Set[bytes]:
    """The distinct runs of ASCII letters of a text, as bytes, to see which cues may occur.

    Args:
        text: The text.
        among: If given, only the words of the text that are in it (such as
            :data:`CUE_WORDS`): cheaper than a set of all the text's words.

    Example:
        >>> sorted(words_of("He said: “said” it."))
        [b'He', b'it', b'said']
        >>> sorted(words_of("He said: “said” it.", CUE_WORDS))
        [b'said']
    """
    found = text.encode("utf-8", "surrogatepass").translate(_NOT_LETTERS).split()
    return set(found) if among is None else among.intersection(found)


def word_scan(words: Iterable[bytes]) -> re.Pattern[bytes]:
    """Compile the pattern that :func:`lexicon_words` scans a text with for ``words``.

    The words are looked for in lower case, whatever case they are given in. Words
    with other characters than ASCII letters ("op-ed") are left out: a text's
    letters never hold them.
    """
    # One scan of the whole lexicon as a trie finds a story's words in less time than a
    # str.find scan for each word the story holds (about 25), though it runs more
    # instructions: the skip loops of those scans mispredict their branches. In lower
    # case the trie opens with 24 letters rather than 36, each tried at every word.
    lower = {word.decode().lower() for word in words if word.isalpha() and word.isascii()}
    return re.compile(
        (
            r"""
            [ ]             # the space before a word in the text's letters
            """
            + _trie(sorted(lower))
            + r"""
            (?=[ ])         # the whole word: a space after it too
            """
        ).encode(),
        re.VERBOSE,
    )


def lexicon_words(text: str, scan: re.Pattern[bytes]) -> list[tuple[int, bytes]]:
    """The offset and bytes of every word of a text that a :func:`word_scan` finds.

    A word here is a run of ASCII letters ("said" of "“said”", "Ren" of "René"),
    as :func:`words_of` collects them, in any case ("Said", "SAID"): callers keep
    the spellings they know and check what stands around them.

    Example:
        >>> lexicon_words("José SAID: “said” it.", word_scan([b"said", b"it"]))
        [(5, b'SAID'), (12, b'said'), (18, b'it')]
    """
    # One byte a character (any other than Latin-1 is "?"), so offsets are the text's
    encoded = text.encode("latin-1", "replace")
    # every character but an ASCII letter a space, and one more at each end; in lower case
    letters = b" " + encoded.translate(_LOWER_LETTERS) + b" "
    # each match's span read by one call: its start is the word's offset (the padding's
    # space stands for the character before it), its end one past the word's end
    return [(start, encoded[start : end - 1]) for start, end in map(_SPAN, scan.finditer(letters))]


@functools.cache  # compiled when first asked for: extract_quotes scans with its own
def _cue_scan() -> re.Pattern[bytes]:
    """The :func:`word_scan` of :data:`CUE_WORDS`."""
    return word_scan(CUE_WORDS)


def find_cues(text: str, words: Sequence[tuple[int, bytes]] | None = None) -> list[Cue]:
    """Find every candidate cue in a text.

    The verb forms and the key words of the phrases are found in one scan of
    the text's letters (:func:`lexicon_words`); a phrase is looked for only
    around its key word.

    Args:
        text: The text.
        words: The text's :func:`lexicon_words` for a scan of at least
            :data:`CUE_WORDS`, if already found.

    Returns:
        The cues, sorted by start.

    Example:
        >>> cues = find_cues("He said so, adding more, according to Al.")
        >>> [(c.lemma, c.kind.value) for c in cues]
        [('say', 'verb'), ('add', 'participle'), ('according to', 'according')]
    """
    if words is None:
        words = lexicon_words(text, _cue_scan())
    cues: list[Cue] = []
    size = len(text)
    seen: set[int] = set()  # where the phrases found start
    for start, key in words:
        verb = _FORMS.get(key)
        if verb is None:
            tail = _NOUN_FORMS.get(key)
            if tail is not None:  # "states", "laughs": mostly nouns, verbs beside a quotation
                end = start + len(key)
                if _whole_word(text, start, end) and _verb_beside(text, start, end):
                    cues.append(_cue((start, end, *tail)))
                continue
            for phrase, pattern, beside, before in _PHRASES_AT.get(key, ()):
                # the cheap test first: the phrase's word next to its key is there
                if not _has_beside(text, start, start + len(key), beside, before):
                    continue
                for match in pattern.finditer(text, max(0, start - 40), start + len(key) + 40):
                    if match.start() <= start < match.end() and match.start() not in seen:
                        seen.add(match.start())
                        kind = CueKind.ACCORDING if phrase == "according to" else CueKind.CHANNEL
                        cues.append(Cue(match.start(), match.end(), kind, phrase))
            continue
        form, single, particles, phrasal_tails = verb
        end = start + len(form)
        if not _whole_word(text, start, end):
            continue
        tail = single
        if particles is not None:  # "pointed out", "went on": one pattern of every particle
            found = particles.match(text, end, end + _REACH)
            if found is not None:
                assert found.lastindex is not None  # the group of the particle found
                tail, end = phrasal_tails[found.lastindex - 1], found.end()
        if tail is not None:
            cue_end = end
            if (
                end < size
                and text[end] in _SPACES
                and ((initial := text[end + 1 : end + 2]) in _CHANNEL_INITIALS or initial.isspace())
            ):
                opening = _CHANNEL_OPENING.match(text, end, end + _REACH)
                if opening is not None and _opens_channel(opening, end + _REACH):
                    channel = _CHANNEL_AFTER.match(text, end, end + _REACH + 40)
                    if channel is not None:
                        cue_end = channel.end()
            cues.append(_cue((start, cue_end, *tail)))
    cues.sort(key=_START)  # no two start together (see _PHRASE_OPENERS)
    return _drop_covered(cues)


def _whole_word(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is a whole word: not after or before another letter
    ("Josésaid"), nor joined by a hyphen or an apostrophe ("so-called", "said-so",
    "state-run")."""
    if start and (text[start - 1].isalpha() or text[start - 1] in _JOINERS):
        return False
    return end >= len(text) or not (
        text[end].isalpha() or (text[end] in _JOINERS and text[end + 1 : end + 2].isalpha())
    )


def _has_beside(text: str, start: int, end: int, word: str, before: bool) -> bool:
    """Tell whether ``word`` (lower case) stands, in any case, right before the key word
    at ``text[start:end]`` (or right after it), white space between them.

    A phrase's pattern (see _phrase_pattern) that matches over the key word needs it:
    its words are spaced by white space, which str.isspace tells too, and its case is
    ignored as casefold ignores it (the long s of "preſs" is an "s", as for the pattern).
    """
    if before:
        j = start
        while j > 0 and text[j - 1].isspace():
            j -= 1
        return j < start and text[max(0, j - len(word)) : j].casefold() == word
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    return j > end and text[j : j + len(word)].casefold() == word


def _drop_covered(cues: list[Cue]) -> list[Cue]:
    """Drop cues inside an earlier one (the phrase of "said in a statement")."""
    kept: list[Cue] = []
    for cue in cues:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept
