"""Find a speaker read forwards: after a cue, or opening a clause.

"said Sen. Jane Doe": a name with its titles and abbreviations, or a pronoun,
right after a cue; "But Iranian President Ebrahim Raisi emphasized …": the
pronoun, name or noun phrase that opens a clause, past a fronted adjunct
("On Sunday, Sanders said"). The subject before a cue is read backwards by
:mod:`newscorpus.quotes.phrases`.
"""

from __future__ import annotations

import regex

from newscorpus._data import read_lines, read_rows
from newscorpus.dateline import dateline_at
from newscorpus.lexicon import LEXICON, ROLE_MODIFIERS, ROLE_NOUNS, EntryKind, tokenize
from newscorpus.quotes.cues import verb_lemma
from newscorpus.quotes.tokens import span_of, words
from newscorpus.quotes.vocabulary import (
    APPROXIMATORS,
    COMPOUND_HEADS,
    COUNTED_UNITS,
    DAY_AFTER_CUE,
    DETERMINERS,
    FUNCTION,
    FUNCTION_CLASSES,
    MAX_WORDS,
    MODIFIERS,
    NAME_JOINERS,
    NUMBER_WORDS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    TIME,
    TITLE_MAX_WORDS,
    WINDOW,
    abbreviation,
    is_title,
    ly_adverb,
    verb_like,
)

__all__ = ["speaker_after", "subject_at"]

_CLOSE_TO = frozenset(("close", "closer", "loyal", "near", "linked", "allied", "tied"))
# Participles that give the name of the speaker described before them: "a woman named| Fu".
_NAMING = frozenset(("named", "surnamed", "nicknamed"))
# Roles whose "to" names whom they serve or where they are posted: "ambassador to| Zimbabwe".
_ROLES_TO = frozenset(read_lines("roles_to.txt"))

_OPENING_CLASSES = frozenset(("conjunction", "adverb"))  # "But", "Meanwhile" before a subject


def _is_word(token: str) -> bool:
    return token[0].isalnum()


def _capitalised(token: str) -> bool:
    return token[0].isupper()


def _named_after(toks: list[str], k: int) -> bool:
    """Tell whether a name opens at token ``k``, after a determiner or not: "Zimbabwe",
    "the United States"; not "reporters", "the press"."""
    if k < len(toks) and toks[k].lower() in DETERMINERS:
        k += 1
    return k < len(toks) and _is_word(toks[k]) and _capitalised(toks[k])


# Floating quantifiers that open a subject rather than an adjunct before a comma: "Both
# parents stiffened their stance, saying …" ("Each year, …" is an adjunct).
_QUANTIFIER_SUBJECTS = frozenset(("both", "all"))


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
    if (pos == 0 or text[pos - 1] == "\n") and text[pos : pos + 1].isupper():
        dateline = dateline_at(text, pos)  # "OSLO — Mayor Ana Ruiz …", "Oslo (AFP) – …"
        if dateline is not None:
            pos = dateline.span.end
    # the words as strings: the offsets of the few kept are found at the end (span_of), for
    # less than the match objects of a pattern that gives every token's offsets cost
    toks = words(text, pos, min(hi, pos + WINDOW))
    k = 0
    while k < len(toks) and (
        not _is_word(toks[k]) or FUNCTION_CLASSES.get(toks[k].lower()) in _OPENING_CLASSES
    ):
        if not _is_word(toks[k]) and toks[k][0] not in "(,":
            return None  # the clause opens with punctuation other than a quotation mark
        k += 1
    first = k
    for _ in range(3):  # a fronted adjunct: "On Sunday, Sanders said", "Once, when …, I said"
        if k >= len(toks):
            break
        opener = toks[k].lower()
        comma = -2  # found once asked for: the comma that ends the adjunct
        if FUNCTION_CLASSES.get(opener) not in ("preposition", "subordinator") and not (
            (opener in MODIFIERS and opener not in _QUANTIFIER_SUBJECTS)  # not "Both parents"
            or opener in TIME
            or (opener.endswith(("ly", "ing", "ed")) and _lower_after(toks, k))
        ):  # "Hastily politicizing it, Trump …", "Speaking to reporters, she …"
            comma = _time_ago(toks, k)  # "Six years ago, he …", "A week later, she …"
            if comma < 0:
                break
        if comma == -2:
            comma = _comma_after(toks, k)
        if comma < 0:
            return _not_expletive(text, _name_first(text, pos, toks, first))
        k = _past_place(text, pos, toks, comma + 1)  # "In Salem, Oregon, on Sunday, Reyes said"
        while k < len(toks) and (
            toks[k][0] in "”’\"'"  # On “Face the Nation,” Sanders
            or (  # "On Thursday, however, Trump"
                FUNCTION_CLASSES.get(toks[k].lower()) == "adverb"
                and k + 1 < len(toks)
                and toks[k + 1][0] == ","
            )
        ):
            k += 2 if toks[k][0].isalpha() else 1
    return _not_expletive(
        text, _opening_phrase(text, pos, toks, k) or _name_first(text, pos, toks, first)
    )


_EXPLETIVE = regex.compile(r"(?i:there|it|that|here)['’]s")
"""An expletive or a demonstrative with a contracted "is", which is no subject of a cue:
"There’s still time for Lund …, even after dismissing …", "It’s called …"."""


def _not_expletive(text: str, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """``found``, unless it is an :data:`_EXPLETIVE` (seven characters at most, the cheap
    test first)."""
    if found is not None and found[1] - found[0] <= 7 and _EXPLETIVE.fullmatch(text, *found):
        return None
    return found


_AGO = frozenset(("ago", "later", "earlier", "before", "after"))
# Units of time and their plurals (the list the dates read), and "night": "The night before,"
_UNITS = frozenset(form for row in read_rows("dates_units.txt") for form in row[:2]) | {
    "night",
    "nights",
}
_AFTER = frozenset(("before", "after"))
_FEW = frozenset(("few", "couple"))  # after "a": "A few days later,"
_COUNTS = frozenset(("a", "an", "the", "several", "many", "some"))


def _time_ago(toks: list[str], k: int) -> int:
    """The index of the comma that ends a time adjunct opening the clause at token ``k``,
    else -1: a count, a unit of time and "ago" or "later" ("Six years ago,", "The day
    before,", "A few days later,"), or "after" or "before" and a clause ("Two weeks after
    taking office, …")."""
    n = k  # the count's last token: "Six", "A", "A few", "A couple of", "Several"
    if n + 2 < len(toks) and toks[n].lower() in ("a", "an") and toks[n + 1] in _FEW:
        n += 2 if toks[n + 2] == "of" else 1  # "A few| days later", "A couple of| weeks …"
    if n + 3 >= len(toks):
        return -1
    count, unit, ago = (toks[i].lower() for i in range(n, n + 3))
    if not (
        (count in NUMBER_WORDS or count.isdigit() or count in _COUNTS or n > k)
        and unit in _UNITS
        and ago in _AGO
    ):
        return -1
    if toks[n + 3][0] == ",":
        return n + 3
    return _comma_after(toks, n + 3) if ago in _AFTER else -1


def _comma_after(toks: list[str], k: int) -> int:
    """The index of the first comma among the 40 tokens after token ``k``, or -1."""
    return next((n for n in range(k + 1, min(len(toks), k + 40)) if toks[n][0] == ","), -1)


def _past_place(text: str, lo: int, toks: list[str], k: int) -> int:
    """The token after a place or a year and its comma that start at token ``k`` ("Iowa, ",
    "2015, "), or ``k``.

    A place after a comma in a fronted adjunct names where the place before it
    is ("in Salem, Oregon, on Sunday"), a year the date's ("On May 3, 2019, …"):
    neither is the clause's subject.
    """
    for n in range(k + 1, min(len(toks), k + 4)):
        if toks[n][0] == ",":
            start, end = span_of(text, lo, toks, k, n - 1)
            place = text[start:end]
            if n == k + 1 and len(place) == 4 and place.isdigit():
                return n + 1  # the year of a date: "On May 3, 2019, Reyes said"
            entry = LEXICON.get(tokenize(place))
            return n + 1 if entry is not None and entry.kind is EntryKind.PLACE else k
    return k


def _name_first(text: str, lo: int, toks: list[str], k: int) -> tuple[int, int] | None:
    """The phrase at token ``k`` when its first word, read as a fronted participle, is a name.

    "Helbing reminisced …, and said": not "Speaking to reporters, she said".
    """
    if k >= len(toks) or not _capitalised(toks[k]):
        return None
    word = toks[k].lower()
    if not word.endswith(("ing", "ed")) or verb_lemma(word) is not None:
        return None
    return _opening_phrase(text, lo, toks, k)


def _opening_phrase(text: str, lo: int, toks: list[str], k: int) -> tuple[int, int] | None:
    """The pronoun, name or noun phrase that opens a clause at token ``k`` (see subject_at)."""
    if k >= len(toks) or not _is_word(toks[k]):
        return None
    first = toks[k]
    if first.lower() in SUBJECT_PRONOUNS:
        return span_of(text, lo, toks, k, k)
    if first.lower() in FUNCTION:
        return None
    if not _capitalised(toks[k]) and first.lower() not in DETERMINERS:
        return None
    # A capitalised determiner or approximator opens a noun phrase, not a name: "Nearly
    # 300 reporters| went …, protesting"
    capital = _capitalised(toks[k]) and not (
        first.lower() in DETERMINERS or first.lower() in APPROXIMATORS
    )
    end = k
    if (
        capital
        and k + 2 < len(toks)
        and toks[k + 1] == "and"
        and toks[k + 2].islower()
        and first[1:].islower()
        and toks[k + 2] not in FUNCTION
        and not verb_like(toks[k + 2])
    ):  # "Current and former officials": coordinated modifiers, no name
        capital, end = False, k + 2
    while end + 1 < len(toks) and end - k < MAX_WORDS:
        word = toks[end + 1]
        if not _is_word(word):
            if word == "." and abbreviation(toks[end]):
                end += 1
                continue
            break
        low = word.lower()
        if low in NAME_JOINERS and capital and end + 2 < len(toks) and _capitalised(toks[end + 2]):
            end += 1
            continue
        if capital and not _capitalised(word):
            role_end = _role_after_name(toks, end)
            if role_end is None:
                break
            end = role_end + 1  # "Ortiz’s press secretary| Jo Li": the name goes on
            continue
        if low in FUNCTION or low in TIME or (word.islower() and verb_like(low)):
            break
        end += 1
    while end > k and toks[end][0] == ".":
        end -= 1
    return span_of(text, lo, toks, k, end)


def _role_after_name(toks: list[str], k: int) -> int | None:
    """The last role word after a capitalised word at token ``k``, when a name follows them.

    "Ortiz’s campaign manager Jo Li", "Independent presidential candidate Jo
    Li": the speaker is the person named after the role; "Ortiz’s campaign
    said" has no name after it.
    """
    word = toks[k]
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    if word.lower() in FUNCTION:  # not "It’s"
        return None
    end = k
    while end + 1 < len(toks) and end - k < 3:
        role = toks[end + 1]
        if role not in ROLE_NOUNS and role not in ROLE_MODIFIERS:
            break
        end += 1
    if end == k or end + 1 >= len(toks) or not _capitalised(toks[end + 1]):
        return None
    return end


def _ends_phrase(toks: list[str]) -> bool:
    """Tell whether the first token is alone: a mark or a function word follows it."""
    if len(toks) < 2 or not _is_word(toks[1]):
        return True
    return toks[1].lower() in FUNCTION


def _phrase_ends_after(toks: list[str], k: int) -> bool:
    """Tell whether token ``k`` is the last of its phrase: a comma or a period follows it."""
    return k + 1 >= len(toks) or toks[k + 1][0] in ",."


def _next_name(toks: list[str]) -> bool:
    """Tell whether the second token is a capitalised word that is not a function word."""
    if len(toks) < 2 or not _capitalised(toks[1]):
        return False
    return toks[1].lower() not in FUNCTION


def _lower_after(toks: list[str], k: int) -> bool:
    """Tell whether the token after ``k`` is a lower-case word."""
    return k + 1 < len(toks) and toks[k + 1][0].islower()


def _title_at(toks: list[str], i: int) -> int | None:
    """The index of the closing mark of a quoted title that opens at token ``i`` after
    "the" in a speaker's phrase ("the authors of the “Harbor Report,”"),
    or None."""
    if toks[i][0] not in '“"' or toks[i - 1].lower() != "the":
        return None
    for j in range(i + 2, min(len(toks), i + TITLE_MAX_WORDS + 3)):
        mark = toks[j][0]
        if mark in '”"':
            inner = [word for word in toks[i + 1 : j] if word != ","]
            return j if is_title(inner) else None
    return None


def _acronym_at(toks: list[str], k: int) -> bool:
    """Tell whether token ``k`` opens an acronym in parentheses that a speaker's phrase
    goes on after: "European Union |(EU)| commissioner Ana Ruiz"."""
    if k + 3 >= len(toks) or toks[k] != "(":
        return False
    inside, closing, after = toks[k + 1], toks[k + 2], toks[k + 3]
    return closing == ")" and inside.isupper() and len(inside) <= 8 and _is_word(after)


def _joined_by_slash(text: str, lo: int, toks: list[str], k: int) -> bool:
    """Tell whether token ``k + 1`` is a slash that joins two capitalised names without
    spaces, as in the name of a joint poll ("NBC/Wall Street Journal", "CNN/ORC"), or two
    numbers ("9/11")."""
    if k + 2 >= len(toks):
        return False
    before, slash, after = toks[k : k + 3]
    if slash != "/":
        return False
    start, end = span_of(text, lo, toks, k, k + 2)
    if end - start != len(before) + 1 + len(after):
        return False  # white space between them
    if before[0].isdigit() and after[0].isdigit():
        return True  # "9/11 widow Ana Ruiz"
    return _capitalised(before) and _capitalised(after)


# Words after a number that make it an amount: "by 30 percent", "by 0.5 percentage points".
_AMOUNTS = COUNTED_UNITS | {"%", "per", "times"}

_SHARE = regex.compile(
    r"""
    \d[\d.,]*+ (?: [\x20\xa0]*+ % | [\x20\xa0]++ percent )            # "64 percent", "60%"
    [\x20\xa0]++ of [\x20\xa0]++ (?: the [\x20\xa0]++ )?+ \p{Ll}++     # "of the electorate"
    """,
    regex.VERBOSE,
)
"""A share of people: "64 percent of the electorate", "60% of voters"."""


def _owned_noun_after(toks: list[str]) -> bool:
    """Tell whether a lower-case noun follows the first token, as after a possessive."""
    if len(toks) < 2 or not _is_word(toks[1]):
        return False
    word = toks[1]
    return (
        word.islower()
        and word not in FUNCTION
        and word not in DETERMINERS  # "told her the …", "told her a …": a listener
        and word not in PRONOUNS
        and word not in TIME
        and not verb_like(word)
    )


def _share_after(text: str, lo: int, toks: list[str]) -> tuple[int, int] | None:
    """A share of people that opens the words after a cue: "by |64 percent of the
    electorate|", "by |59.6 percent of voters|"; None otherwise."""
    share = _SHARE.match(text, *span_of(text, lo, toks, 0, len(toks) - 1))
    return share.span() if share is not None else None


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
    day = DAY_AFTER_CUE.match(text, pos, hi)
    if day is not None:
        after = day.end()  # the word after the day's spaces, read without a copy of the rest
        while after < len(text) and text[after] in " \t\xa0":  # of the text (linear time)
            after += 1
        if text[after : after + 1].isupper():
            pos = day.end()  # "said on Tuesday| Tom Ruiz": the name after the day
    toks = words(text, pos, min(hi, pos + WINDOW))  # strings, as for subject_at
    if not toks:
        return None
    if toks[0].replace(".", "").replace(",", "").isdigit():
        share = _share_after(text, pos, toks)  # "by 64 percent of voters"
        if share is not None or (len(toks) > 1 and toks[1].lower() in _AMOUNTS):
            return share  # but "by 0.5 points", "by 30 percent": an amount, no agent
    if not _is_word(toks[0]):
        return None
    first = toks[0].lower()
    if first == "her" and _owned_noun_after(toks):
        pass  # a possessive: "by her campaign", "said her spokeswoman"; not "told her the …"
    elif (
        (first in FUNCTION or first in TIME or first in SUBJECT_PRONOUNS)
        and _capitalised(toks[0])
        and _next_name(toks)
    ):
        pass  # a name that is also a word: "said Will Carter", "said May Lee", "said He Wenbo"
    elif first in SUBJECT_PRONOUNS:
        return span_of(text, pos, toks, 0, 0)
    elif first in ("one", "another") and not _ends_phrase(toks):
        pass  # "said one aide involved in the talks", "said another aide"
    elif (
        first in FUNCTION
        or first in TIME
        or first in PRONOUNS
        or first in ("me", "us")  # "told me": a listener
        or (  # "said matter-of-factly as"; but "said Kelly"
            ly_adverb(toks[0]) and _ends_phrase(toks)
        )
    ):
        return None
    described = first in DETERMINERS or first in ("one", "another")  # "said a consumer advocate"
    k, count = 0, 1
    while k + 1 < len(toks) and count < MAX_WORDS + 4:
        span = toks[k + 1]
        if not _is_word(span):
            if _acronym_at(toks, k + 1):  # "Harbor Board (HB) chair Ana Ruiz"
                k += 3
                continue
            title_end = _title_at(toks, k + 1)
            if title_end is not None:  # "the authors of the “Harbor Report,”": a name
                k = title_end  # that ends the phrase
                break
            if (
                span == "."
                and abbreviation(toks[k])
                and k + 2 < len(toks)
                and _capitalised(toks[k + 2])
            ):
                k += 1
                continue
            if _joined_by_slash(text, pos, toks, k):  # "an NBC/Wall Street Journal poll"
                k += 1
                continue
            break
        word = span
        low = word.lower()
        after_determiner = toks[k].lower() in DETERMINERS
        if (
            low in TIME
            and not after_determiner  # but "the April 24 directive"
            and not (word.isupper() and toks[k].isupper())  # nor a name: "USA TODAY"
        ) or (
            word.islower()
            and verb_like(low)
            and not after_determiner
            and not (  # but a modifier's participle: "a newly| issued regulation"
                k > 0 and ly_adverb(toks[k]) and toks[k - 1].lower() in DETERMINERS
            )
            and not (  # nor the participle before a name: "a local woman named| Fu"
                low in _NAMING and k + 2 < len(toks) and _capitalised(toks[k + 2])
            )
            and not (
                described and not low.endswith("ed") and _phrase_ends_after(toks, k + 1)
            )  # but a noun that ends a description: "said another consumer advocate|, Ana
            and not (k + 2 < len(toks) and toks[k + 2].lower() in COMPOUND_HEADS.get(low, ()))
        ):  # Ruiz"; not a past tense: "said the talks| failed."; but the first half of a
            break  # compound noun: "conservative talk| radio host Rush Limbaugh"
        if low in FUNCTION:
            nxt = toks[k + 2] if k + 2 < len(toks) else None
            if (
                (
                    low in ("of", "for", "at", "with", "and")
                    or (
                        low == "to"
                        and (
                            toks[k].lower() in _CLOSE_TO
                            or (toks[k].lower() in _ROLES_TO and _named_after(toks, k + 2))
                        )
                    )
                )  # "sources close to the army", "ambassador to (the) Zimbabwe| …"
                and nxt is not None
                and _is_word(nxt)
                and (_capitalised(nxt) or nxt.lower() in DETERMINERS)
            ):
                k += 2
                count += 2
                continue
            break
        k += 1
        count += 1
    return span_of(text, pos, toks, 0, k)
