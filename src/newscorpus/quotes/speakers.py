"""Find the speaker beside a cue: the noun phrase before or after it.

Without a parser, a speaker is read outwards from the cue, word by word:
auxiliaries and adverbs are skipped ("has also said"), an apposition between
commas is stepped over ("Smith, the former minister, said"), a relative
pronoun points to its antecedent ("Smith, who said"), and the phrase stops at
a function word, a punctuation mark, or the determiner or possessive that
opens it. A run of capitalised words is a name with its titles ("Iranian
President Ebrahim Raisi"); a phrase headed by a common noun runs back to its
determiner ("the influential US daily", "Russia’s TASS news agency").
"""

from __future__ import annotations

import bisect
import functools
import re

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.quotes.cues import verb_lemma

__all__ = [
    "antecedent",
    "noun_before",
    "speaker_after",
    "subject_at",
    "subject_before",
    "tokens",
]

# The standard library's engine tokenises these short windows nearly twice as fast as
# regex; the pattern needs nothing regex adds ([^\W_] is a letter or a digit).
_TOKEN = re.compile(
    r"""
    [^\W_]+ (?: ['’.\-] [^\W_]+ | & [^\W_]* )*     # a word: "U.S", "Russia’s", "AT&T"
    | [^\s\w] | _                                  # one punctuation mark
    """,
    re.VERBOSE,
)
"""A word (with inner apostrophes, periods and hyphens) or one punctuation mark."""

# Words that lead a time between a speaker and a verb: "on Tuesday", "this month", "just last week".
_TIME_LEADS = frozenset(
    ("on", "in", "at", "this", "last", "next", "early", "late", "earlier", "later", "just")
)

_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
"""A year, which is no quantity: "the nominee’s 1995 state tax return"."""

_CONTRACTED_BE = regex.compile(r"['’](?:s|re|m)\Z")
"""A contracted "is", "are" or "am" at the end of a word: "He’s", "they're"."""
_CONTRACTIONS = ("'s", "’s", "'re", "’re", "'m", "’m")  # the endings _CONTRACTED_BE matches

_ING = regex.compile(r"\p{L}++(?<=ing)\b")
"""A word ending in -ing: the cue of a progressive ("is telling")."""

_MODIFIERS = frozenset(read_lines("cue_modifiers.txt"))
_BE = frozenset(("is", "are", "was", "were", "be", "been", "being", "am"))
_FUNCTION_CLASSES = {row[0]: row[1] for row in read_rows("function_words.txt")}
_FUNCTION = frozenset(_FUNCTION_CLASSES)
_PREPOSITIONS = frozenset(w for w, c in _FUNCTION_CLASSES.items() if c == "preposition")
_DETERMINERS = frozenset(row[0] for row in read_rows("determiners.txt"))
_TIME = frozenset(read_lines("time_words.txt"))
_FINITE = frozenset(read_lines("finite_verbs.txt"))
_PRONOUNS = frozenset(row[0] for row in read_rows("pronouns.txt"))
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you"))
_RELATIVES = frozenset(("who", "whom", "which"))
_OPENING_CLASSES = frozenset(("conjunction", "adverb"))  # "But", "Meanwhile" before a subject
_PLURAL_DETERMINERS = frozenset(
    row[0] for row in read_rows("determiners.txt") if row[1] == "plural"
)
_PLURAL_NOUNS = frozenset(read_lines("plural_nouns.txt"))
_QUANTITY_CLASSES = {row[0]: row[1] for row in read_rows("quantities.txt")}
_QUANTITY_HEADS = frozenset(w for w, c in _QUANTITY_CLASSES.items() if c == "head")
_APPROXIMATORS = frozenset(w for w, c in _QUANTITY_CLASSES.items() if c == "approximator")
# Quantities that stand alone as a subject: "many say", "nearly half say", "one in five say".
_QUANTIFIERS = (_PLURAL_DETERMINERS - {"these", "those"}) | _QUANTITY_HEADS
_PARTITIVE_PRONOUNS = frozenset(("them", "us", "you"))  # "most of them", "some of us"
_FLOATING = frozenset(("all", "both", "each"))  # "they all said", but "all said"
_PLURAL_PRONOUNS = frozenset(("they", "we", "i", "you", "who", "whom", "which", "that"))
# Words that join two capitalised words into one name: "bin", "van", "Department of Justice".
_NAME_JOINERS = frozenset(read_lines("name_particles.txt")) | {"of", "for", "and", "&"}
_NOT_ADVERBS = frozenset(read_lines("not_adverbs.txt"))
# Marks right before a cue after which no subject can be found, however far back one reads.
_FINAL = frozenset("“”\"‘’'«»:;.!?(")
_BLANKS = frozenset(" \t\xa0")
# Words that end a phrase read backwards: a determiner, a function word, a pronoun.
_STOPS = _DETERMINERS | _FUNCTION | _SUBJECT_PRONOUNS
# Words that head no phrase but in the ways _phrase_before reads first.
_HEAD_WORDS = (
    _SUBJECT_PRONOUNS
    | _RELATIVES
    | {"that"}
    | _DETERMINERS
    | _PARTITIVE_PRONOUNS
    | _FUNCTION
    | _PRONOUNS
)
_MAX_WORDS = 8
_WINDOW = 160  # characters scanned on either side of a cue
_NEAR = 60  # characters read first before a cue: enough for most speakers


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The (start, end) of the words and punctuation marks of ``text[lo:hi]``.

    Example:
        >>> text = "Russia’s TASS said: no."
        >>> [text[s:e] for s, e in tokens(text, 0, len(text))]
        ['Russia’s', 'TASS', 'said', ':', 'no', '.']
    """
    return [m.span() for m in _TOKEN.finditer(text, lo, hi)]


def _is_word(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]].isalnum()


def _capitalised(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]].isupper()


@functools.lru_cache(maxsize=4096)  # a pure function of one word, asked again and again
def _is_modifier(word: str) -> bool:
    low = word.lower()
    if low in _MODIFIERS or low.endswith(("n't", "n’t")):
        return True
    return low.endswith("ly") and word.islower() and low not in _NOT_ADVERBS and len(low) > 4


def _abbreviation(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a word can take a period inside a name: "Mr", "Sen", "J", "U.S"."""
    word = text[span[0] : span[1]]
    return (word[:1].isupper() and len(word) <= 4 and word.isalpha()) or "." in word


def subject_before(text: str, lo: int, pos: int, plural: bool = False) -> tuple[int, int] | None:
    """Find the subject of a cue that starts at ``pos``: the speaker before it.

    Args:
        text: The text.
        lo: Where the search must stop (a sentence start or a quotation end).
        pos: Where the cue starts.
        plural: Whether the cue is a base form ("say"), which needs a plural
            subject unless an auxiliary comes first ("officials say", "he will say").

    Returns:
        The (start, end) of the speaker, or None (no subject, or a passive:
        in "he was told" the speaker is not "he").

    Example:
        >>> text = "Smith, the former minister, also said it."
        >>> start, end = subject_before(text, 0, text.index("said"))
        >>> text[start:end]
        'Smith'
    """
    near = max(lo, pos - _NEAR)
    pronoun = _pronoun_before(text, near, pos)
    if pronoun is not None:  # "he said": what the windows below find, read directly
        return None if plural and not _plural(text[pronoun[0] : pronoun[1]]) else pronoun
    toks = tokens(text, near, pos)
    found = _subject(text, toks, pos, plural)
    if found is None and toks and text[toks[-1][0]] in _FINAL:
        return None  # "…,” said", "…: said": no wider window finds a subject
    if near > lo and (found is None or len(toks) < 3 or found[0] <= toks[1][0]):
        # the phrase may reach further back than the near window: read the whole window,
        # tokenising again only what comes before the near window's first whole word
        wide = max(lo, pos - _WINDOW)
        k = 0
        while k < len(toks) and not text[toks[k][0] - 1].isspace():
            k += 1
        if k < len(toks):
            toks = tokens(text, wide, toks[k][0]) + toks[k:]
        else:
            toks = tokens(text, wide, pos)
        found = _subject(text, toks, pos, plural)
    return found


def _pronoun_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """A subject pronoun that is the last word before ``pos``, after ``lo``: "he| said".

    It is the last token of the window before ``pos`` whatever the window, as
    a word after a space: :func:`_subject` returns it as is.
    """
    j = pos
    while j > lo and text[j - 1] in _BLANKS:
        j -= 1
    if j == pos:
        return None
    for size in (2, 3, 4, 1):  # "he", "she", "they", "I"
        start = j - size
        if start > lo and text[start - 1].isspace() and text[start:j].lower() in _SUBJECT_PRONOUNS:
            return start, j
    return None


def _subject(
    text: str, toks: list[tuple[int, int]], pos: int, plural: bool
) -> tuple[int, int] | None:
    """The subject that ends the tokens ``toks`` before a cue at ``pos`` (see subject_before)."""
    i = len(toks) - 1
    while i >= 0:
        start, end = toks[i]
        if not text[start].isalnum():
            break
        word = text[start:end].lower()
        if word in _TIME and word not in _DETERMINERS:  # "Sanders on Tuesday said", "this month"
            i -= 1
            while i >= 0 and text[toks[i][0] : toks[i][1]].lower() in _TIME_LEADS:
                i -= 1
            continue
        if not _is_modifier(word):
            break
        if word in _FLOATING and (i == 0 or not _is_word(text, toks[i - 1])):
            break  # "Both said": the quantifier is the subject; "they both said": "they" is
        if word in _BE and _ING.match(text, pos) is None:  # "is telling" is no passive
            return None  # a passive: "he was told", "it is said"
        if word in _FINITE:
            plural = False  # "he will say", "she did not say"
        i -= 1
    if i < 0:
        return None
    start, end = toks[i]
    word = text[start:end]
    if word.endswith(_CONTRACTIONS) and _ING.match(text, pos) is not None:
        contracted = _CONTRACTED_BE.search(word)
        if contracted is not None:  # "He’s claiming": "He" is the subject
            end -= len(contracted[0])
            return (start, end) if end > start else None
    mark = text[toks[i][0]]
    while mark in "—―–-" and i > 0 and text[toks[i - 1][0]] == mark:  # "--"
        i -= 1
    if mark in ",—―–-":  # an apposition: "Smith, the minister, said", "Dickey -- a CEO -- said"
        for _ in range(3):
            j = i - 1
            stops = ',;:(“”"—―–-' if mark == "," else mark + ';:(“”"'
            while j >= 0 and i - j <= 40 and text[toks[j][0]] not in stops:
                j -= 1
            if j < 1 or text[toks[j][0]] != mark or not _apposition(text, toks, j + 1, i):
                return None
            while j > 1 and text[toks[j - 1][0]] == mark:  # "--"
                j -= 1
            found = _phrase_before(text, toks, j - 1)
            if found is not None:
                return found
            i = j
        return None
    if mark == ")":  # a parenthesis: "Sen. Ted Cruz (R-TX) said"
        j = i - 1
        while j >= 0 and i - j <= 12 and text[toks[j][0]] != "(":
            j -= 1
        if j < 1:
            return None
        return _phrase_before(text, toks, j - 1)
    found = _phrase_before(text, toks, i, head=True)
    if found is not None and plural and not _plural(text[found[0] : found[1]]):
        return None  # "the state", "a report": a noun, not a verb
    return found


def _apposition(text: str, toks: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Tell whether tokens ``lo`` to ``hi`` can be an apposition, not a clause of their own.

    "Smith, the minister, said" and "Smith, a lawyer who led the team, said", but not
    "…, and the meeting ended, said Jones" nor "…, the losses would grow, said Jones".
    """
    if lo >= hi:
        return False
    first = text[toks[lo][0] : toks[lo][1]].lower()
    role = _FUNCTION_CLASSES.get(first)
    if role == "conjunction":
        return False
    if role in ("preposition", "subordinator"):
        return True  # an adjunct: "Clinton, after the story broke, said"
    if lo + 1 < hi and text[toks[lo + 1][0] : toks[lo + 1][1]] == "by":
        return True  # "The aides, led by Terry Sullivan, told"
    for n in range(lo, hi):  # a verb before any relative pronoun makes a clause
        word = text[toks[n][0] : toks[n][1]].lower()
        if word in _RELATIVES or word in ("whose", "that"):
            return True
        if word in _FINITE:
            return False
    return True


def _plural(phrase: str) -> bool:
    """Tell whether a noun phrase reads as plural: "officials", "police", "Smith and Jones"."""
    words = phrase.lower().split()
    if words[-1] in _PLURAL_DETERMINERS:
        return True  # "one in five", "two of the three"
    cut = next((n for n, w in enumerate(words) if n and w in _PREPOSITIONS), len(words))
    words = words[:cut]  # the head comes before its modifiers: "supporters| in Congress"
    last = words[-1]
    if last in _PLURAL_PRONOUNS or last in _PLURAL_NOUNS or last in _QUANTITY_HEADS:
        return True  # "police", "half of voters", "a majority of Democrats"
    if "and" in words:
        return True
    if (last[:1].isdigit() and not _YEAR.fullmatch(last)) or last in _PLURAL_DETERMINERS:
        return True  # a quantifier: "eight of 10 voters", "many of them"
    return last.endswith("s") and not last.endswith(("’s", "'s", "ss"))


def _phrase_before(
    text: str, toks: list[tuple[int, int]], k: int, nested: bool = False, head: bool = False
) -> tuple[int, int] | None:
    """The noun phrase that ends with token ``k``, or None.

    ``head`` lets a quantity stand as a whole phrase ("many", "one in five"),
    as it does right before a verb.
    """
    if k < 0:
        return None
    first = text[toks[k][0]]
    if not first.isalnum():
        if k > 0 and first == "%" and text[toks[k - 1][0]].isdigit():
            j = k - 1  # "42%", "nearly 60%"
            if j > 0 and text[toks[j - 1][0] : toks[j - 1][1]].lower() in _APPROXIMATORS:
                j -= 1
            return toks[j][0], toks[k][1]
        if k > 0 and first == ")":  # "Sen. Ted Cruz (R-Texas)": the name before it
            j = k - 1
            while j > 0 and k - j <= 12 and text[toks[j][0]] != "(":
                j -= 1
            k = j - 1 if text[toks[j][0]] == "(" else -1
        if k < 0 or not _is_word(text, toks[k]):
            return None
        first = text[toks[k][0]]
    word = text[toks[k][0] : toks[k][1]]
    low = word.lower()
    if low in _HEAD_WORDS:  # a pronoun, a determiner or a function word: rarely a head
        if low in _SUBJECT_PRONOUNS:
            return toks[k]
        if low in _RELATIVES:  # "Smith, who said": the speaker as written; resolution finds Smith
            return toks[k]
        if low == "that" and k > 0 and _is_word(text, toks[k - 1]):  # "a law that described"
            before = text[toks[k - 1][0] : toks[k - 1][1]].lower()
            return toks[k] if before not in _FUNCTION and not _verb_like(before) else None
        if nested and low in _DETERMINERS:  # a quantifier: "eight| of 10 voters", "many| of them"
            return toks[k]
        if low in _PARTITIVE_PRONOUNS and k > 1 and text[toks[k - 1][0] : toks[k - 1][1]] == "of":
            # "most of them", "two of us": the quantity before "of" heads the phrase
            quantity = text[toks[k - 2][0] : toks[k - 2][1]].lower()
            if quantity in _QUANTIFIERS or quantity.isdigit():
                j = k - 2
                if j > 0 and text[toks[j - 1][0] : toks[j - 1][1]].lower() in _APPROXIMATORS:
                    j -= 1
                return toks[j][0], toks[k][1]
            return None
        if low in _FUNCTION or low in _TIME or low in _PRONOUNS:
            return None
        if low in _DETERMINERS and not (head and low in _QUANTIFIERS):
            return None
    elif low in _TIME:
        return None
    if word.islower() and (
        low.endswith("ing")
        or (
            _verb_like(low)
            and not _after_determiner(text, toks, k)
            and not _after_noun(text, toks, k)
        )
    ):
        return None  # a verb, not a noun: "began taking calls"; but "the reports say"
    if word.endswith(("’s", "'s")):
        return None  # a possessive before a noun cue: "Mrs. Clinton's remark"
    capital = first.isupper()
    j, words = k, 1
    while j > 0 and words < _MAX_WORDS:
        span = toks[j - 1]
        initial = text[span[0]]
        if not initial.isalnum():
            if initial == "." and j > 1 and _abbreviation(text, toks[j - 2]):
                j -= 1  # "Mr." and initials inside a name, "the Nov. 8 election"
                continue
            break
        prev = text[span[0] : span[1]]
        prev_low = prev.lower()
        if prev_low in _STOPS:
            if prev_low in _DETERMINERS:
                # "the White House", but not "that Trump", nor "found that| 74 percent"
                if (not capital or prev_low == "the") and prev_low != "that":
                    j -= 1
                break
            if (
                prev_low in _NAME_JOINERS
                and j > 1
                and _capitalised(text, toks[j])
                and _capitalised(text, toks[j - 2])
            ):
                j -= 1
                continue
            break
        if capital and not initial.isupper():
            break  # a name with its titles ends at a lower-case word
        if prev.islower() and (_verb_like(prev_low) or prev_low.endswith("ing")):
            break
        if prev.endswith(("’s", "'s")):
            j -= 1
            capital = True  # before a possessive only a name continues: "Hillary Clinton’s"
            continue
        j -= 1
        words += 1
    if nested:
        return toks[j][0], toks[k][1]
    for _ in range(3):  # "a spokesman for the ministry", "observers in Ohio and around the country"
        if j < 1 or not _is_word(text, toks[j - 1]):
            break
        before = text[toks[j - 1][0] : toks[j - 1][1]].lower()
        if before in _APPROXIMATORS and (
            text[toks[j][0]].isdigit() or text[toks[j][0] : toks[j][1]].lower() in _QUANTIFIERS
        ):
            j -= 1  # "about 42 percent of Democrats": no preposition
            continue
        if before not in _PREPOSITIONS:
            break
        if j < 2:
            return None  # the object of a preposition that opens the window
        i = j - 2
        if text[toks[i][0] : toks[i][1]].lower() in ("and", "or"):
            i -= 1
        owner = _phrase_before(text, toks, i, nested=True)
        if owner is None:
            return None  # the object of a preposition, not a subject
        j = bisect.bisect_left(toks, (owner[0], owner[0]))
    return toks[j][0], toks[k][1]


def _after_determiner(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """Tell whether token ``k`` follows a determiner or a possessive, as a noun does."""
    if k < 1 or not _is_word(text, toks[k - 1]):
        return False
    prev = text[toks[k - 1][0] : toks[k - 1][1]]
    return (prev.lower() in _DETERMINERS and prev.lower() != "that") or prev.endswith(("’s", "'s"))


def _after_noun(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """Tell whether a plural at token ``k`` ends a compound noun: "voting rights advocates"."""
    word = text[toks[k][0] : toks[k][1]].lower()
    if k < 1 or not word.endswith("s") or word.endswith("ss") or not _is_word(text, toks[k - 1]):
        return False
    prev = text[toks[k - 1][0] : toks[k - 1][1]]
    low = prev.lower()
    if low in _FUNCTION or low in _PRONOUNS or low in _TIME or low in _DETERMINERS:
        return False
    return _capitalised(text, toks[k - 1]) or not (_verb_like(low) or low.endswith("ly"))


def noun_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """Find the noun phrase that ends right before ``pos``, with no phrase joined to it.

    Example:
        >>> text = "footage of Trump saying"
        >>> start, end = noun_before(text, 0, text.index("saying"))
        >>> text[start:end]
        'Trump'
    """
    toks = tokens(text, max(lo, pos - _NEAR), pos)
    return _phrase_before(text, toks, len(toks) - 1, nested=True)


def antecedent(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """Find what a relative pronoun at ``pos`` refers to: "Smith" in "Smith, who said".

    Args:
        text: The text.
        lo: Where the search must stop.
        pos: Where the relative pronoun starts.

    Returns:
        The (start, end) of the noun phrase before it, or None.

    Example:
        >>> text = "Barkley, who said so"
        >>> start, end = antecedent(text, 0, text.index("who"))
        >>> text[start:end]
        'Barkley'
    """
    toks = tokens(text, max(lo, pos - _WINDOW), pos)
    k = len(toks) - 1
    if k >= 0 and text[toks[k][0]] == ",":
        k -= 1
    if k >= 1 and text[toks[k][0] : toks[k][1]].lower() in _PREPOSITIONS:  # "many of whom"
        k -= 1
    found = _phrase_before(text, toks, k, nested=k < len(toks) - 1)
    if found is not None and text[found[0] : found[1]].lower() in _RELATIVES:
        return None
    return found


def subject_at(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Find the subject that opens a clause at ``pos``: "Raisi emphasized …, declaring".

    Args:
        text: The text.
        pos: Where the clause starts.
        hi: Where the search must stop.

    Returns:
        The (start, end) of a pronoun, a name (a run of capitalised words), or
        a noun phrase up to its verb; None if the clause opens otherwise.

    Example:
        >>> text = "But Iranian President Ebrahim Raisi emphasized the need, declaring"
        >>> start, end = subject_at(text, 0, len(text))
        >>> text[start:end]
        'Iranian President Ebrahim Raisi'
    """
    toks = tokens(text, pos, min(hi, pos + _WINDOW))
    k = 0
    while k < len(toks) and (
        not _is_word(text, toks[k])
        or _FUNCTION_CLASSES.get(text[toks[k][0] : toks[k][1]].lower()) in _OPENING_CLASSES
    ):
        if not _is_word(text, toks[k]) and text[toks[k][0]] not in "(,":
            return None  # the clause opens with punctuation other than a quotation mark
        k += 1
    first = k
    for _ in range(3):  # a fronted adjunct: "On Sunday, Sanders said", "Once, when …, I said"
        if k >= len(toks):
            break
        opener = text[toks[k][0] : toks[k][1]].lower()
        if _FUNCTION_CLASSES.get(opener) not in ("preposition", "subordinator") and not (
            opener in _MODIFIERS
            or opener in _TIME
            or (opener.endswith(("ly", "ing", "ed")) and _lower_after(text, toks, k))
        ):  # "Hastily politicizing it, Trump …", "Speaking to reporters, she …"
            break
        comma = next(
            (n for n in range(k + 1, min(len(toks), k + 40)) if text[toks[n][0]] == ","), -1
        )
        if comma < 0:
            return _name_first(text, toks, first)
        k = comma + 1
        while (
            k < len(toks)
            and (
                text[toks[k][0]] in "”’\"'"  # On “Face the Nation,” Sanders
                or (  # "On Thursday, however, Trump"
                    _FUNCTION_CLASSES.get(text[toks[k][0] : toks[k][1]].lower()) == "adverb"
                    and k + 1 < len(toks)
                    and text[toks[k + 1][0]] == ","
                )
            )
        ):
            k += 2 if text[toks[k][0]].isalpha() else 1
    return _opening_phrase(text, toks, k) or _name_first(text, toks, first)


def _name_first(text: str, toks: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The phrase at token ``k`` when its first word, read as a fronted participle, is a name.

    "Ebeling reminisced …, and said": not "Speaking to reporters, she said".
    """
    if k >= len(toks) or not _capitalised(text, toks[k]):
        return None
    word = text[toks[k][0] : toks[k][1]].lower()
    if not word.endswith(("ing", "ed")) or verb_lemma(word) is not None:
        return None
    return _opening_phrase(text, toks, k)


def _opening_phrase(text: str, toks: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The pronoun, name or noun phrase that opens a clause at token ``k`` (see subject_at)."""
    if k >= len(toks) or not _is_word(text, toks[k]):
        return None
    first = text[toks[k][0] : toks[k][1]]
    if first.lower() in _SUBJECT_PRONOUNS:
        return toks[k]
    if first.lower() in _FUNCTION:
        return None
    if not _capitalised(text, toks[k]) and first.lower() not in _DETERMINERS:
        return None
    capital = _capitalised(text, toks[k]) and first.lower() not in _DETERMINERS
    end = k
    while end + 1 < len(toks) and end - k < _MAX_WORDS:
        span = toks[end + 1]
        if not _is_word(text, span):
            if text[span[0]] == "." and _abbreviation(text, toks[end]):
                end += 1
                continue
            break
        word = text[span[0] : span[1]]
        low = word.lower()
        if (
            low in _NAME_JOINERS
            and capital
            and end + 2 < len(toks)
            and _capitalised(text, toks[end + 2])
        ):
            end += 1
            continue
        if low in _FUNCTION or low in _TIME or (word.islower() and _verb_like(low)):
            break
        if capital and not _capitalised(text, span):
            break
        end += 1
    while end > k and text[toks[end][0]] == ".":
        end -= 1
    return toks[k][0], toks[end][1]


def _lower_after(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """Tell whether the token after ``k`` is a lower-case word."""
    return k + 1 < len(toks) and text[toks[k + 1][0]].islower()


@functools.lru_cache(maxsize=4096)  # a pure function of one word, asked again and again
def _verb_like(word: str) -> bool:
    """Tell whether a lower-case word reads as a verb that ends a subject."""
    return (
        word in _FINITE or verb_lemma(word) is not None or (word.endswith("ed") and len(word) > 4)
    )


def speaker_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Find the speaker right after a cue that ends at ``pos`` ("said Smith").

    Args:
        text: The text.
        pos: Where the cue ends.
        hi: Where the search must stop.

    Returns:
        The (start, end) of the speaker, or None.

    Example:
        >>> text = "“No,” said Sen. Jane Doe, a Democrat."
        >>> start, end = speaker_after(text, text.index("said") + 4, len(text))
        >>> text[start:end]
        'Sen. Jane Doe'
    """
    toks = tokens(text, pos, min(hi, pos + _WINDOW))
    if not toks or not _is_word(text, toks[0]):
        return None
    first = text[toks[0][0] : toks[0][1]].lower()
    if first in _SUBJECT_PRONOUNS:
        return toks[0]
    if first in _FUNCTION or first in _TIME or first in _PRONOUNS:
        return None
    k, words = 0, 1
    while k + 1 < len(toks) and words < _MAX_WORDS + 4:
        span = toks[k + 1]
        if not _is_word(text, span):
            if (
                text[span[0]] == "."
                and _abbreviation(text, toks[k])
                and k + 2 < len(toks)
                and _capitalised(text, toks[k + 2])
            ):
                k += 1
                continue
            break
        word = text[span[0] : span[1]]
        low = word.lower()
        after_determiner = text[toks[k][0] : toks[k][1]].lower() in _DETERMINERS
        if low in _TIME or (word.islower() and _verb_like(low) and not after_determiner):
            break
        if low in _FUNCTION:
            nxt = toks[k + 2] if k + 2 < len(toks) else None
            if (
                low in ("of", "for", "at", "with", "and")
                and nxt is not None
                and _is_word(text, nxt)
                and (_capitalised(text, nxt) or text[nxt[0] : nxt[1]].lower() in _DETERMINERS)
            ):
                k += 2
                words += 2
                continue
            break
        k += 1
        words += 1
    return toks[0][0], toks[k][1]
