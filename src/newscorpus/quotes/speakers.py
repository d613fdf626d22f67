"""Find a speaker read forwards: after a cue, or opening a clause.

"said Sen. Jane Doe": a name with its titles and abbreviations, or a pronoun,
right after a cue; "But Iranian President Ebrahim Raisi emphasized …": the
pronoun, name or noun phrase that opens a clause, past a fronted adjunct
("On Sunday, Sanders said"). The subject before a cue is read backwards by
:mod:`newscorpus.quotes.phrases`.
"""

from __future__ import annotations

import regex

from newscorpus._data import read_rows
from newscorpus.dateline import dateline_at
from newscorpus.lexicon import LEXICON, ROLE_MODIFIERS, ROLE_NOUNS, EntryKind, tokenize
from newscorpus.quotes.cues import verb_lemma
from newscorpus.quotes.tokens import tokens
from newscorpus.quotes.vocabulary import (
    APPROXIMATORS,
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

_OPENING_CLASSES = frozenset(("conjunction", "adverb"))  # "But", "Meanwhile" before a subject


def _is_word(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]].isalnum()


def _capitalised(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]].isupper()


def _abbreviation(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a token can take a period inside a name: "Mr", "Sen", "J", "U.S"."""
    return abbreviation(text[span[0] : span[1]])


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
    if (pos == 0 or text[pos - 1] == "\n") and text[pos : pos + 2].isupper():
        dateline = dateline_at(text, pos)  # "OSLO — Mayor Ana Ruiz on Tuesday …"
        if dateline is not None:
            pos = dateline.span.end
    toks = tokens(text, pos, min(hi, pos + WINDOW))
    k = 0
    while k < len(toks) and (
        not _is_word(text, toks[k])
        or FUNCTION_CLASSES.get(text[toks[k][0] : toks[k][1]].lower()) in _OPENING_CLASSES
    ):
        if not _is_word(text, toks[k]) and text[toks[k][0]] not in "(,":
            return None  # the clause opens with punctuation other than a quotation mark
        k += 1
    first = k
    for _ in range(3):  # a fronted adjunct: "On Sunday, Sanders said", "Once, when …, I said"
        if k >= len(toks):
            break
        opener = text[toks[k][0] : toks[k][1]].lower()
        comma = -2  # found once asked for: the comma that ends the adjunct
        if FUNCTION_CLASSES.get(opener) not in ("preposition", "subordinator") and not (
            (opener in MODIFIERS and opener not in _QUANTIFIER_SUBJECTS)  # not "Both parents"
            or opener in TIME
            or (opener.endswith(("ly", "ing", "ed")) and _lower_after(text, toks, k))
        ):  # "Hastily politicizing it, Trump …", "Speaking to reporters, she …"
            comma = _time_ago(text, toks, k)  # "Six years ago, he …", "A week later, she …"
            if comma < 0:
                break
        if comma == -2:
            comma = _comma_after(text, toks, k)
        if comma < 0:
            return _name_first(text, toks, first)
        k = _past_place(text, toks, comma + 1)  # "In Salem, Oregon, on Sunday, Reyes said"
        while (
            k < len(toks)
            and (
                text[toks[k][0]] in "”’\"'"  # On “Face the Nation,” Sanders
                or (  # "On Thursday, however, Trump"
                    FUNCTION_CLASSES.get(text[toks[k][0] : toks[k][1]].lower()) == "adverb"
                    and k + 1 < len(toks)
                    and text[toks[k + 1][0]] == ","
                )
            )
        ):
            k += 2 if text[toks[k][0]].isalpha() else 1
    return _opening_phrase(text, toks, k) or _name_first(text, toks, first)


_AGO = frozenset(("ago", "later", "earlier", "before", "after"))
# Units of time and their plurals (the list the dates read), and "night": "The night before,"
_UNITS = frozenset(form for row in read_rows("dates_units.txt") for form in row[:2]) | {
    "night",
    "nights",
}
_AFTER = frozenset(("before", "after"))


def _time_ago(text: str, toks: list[tuple[int, int]], k: int) -> int:
    """The index of the comma that ends a time adjunct opening the clause at token ``k``,
    else -1: a count, a unit of time and "ago" or "later" ("Six years ago,", "The day
    before,"), or "after" or "before" and a clause ("Two weeks after taking office, …")."""
    if k + 3 >= len(toks):
        return -1
    count, unit, ago = (text[toks[n][0] : toks[n][1]].lower() for n in range(k, k + 3))
    if not (
        (count in NUMBER_WORDS or count.isdigit() or count in ("a", "an", "the"))
        and unit in _UNITS
        and ago in _AGO
    ):
        return -1
    if text[toks[k + 3][0]] == ",":
        return k + 3
    return _comma_after(text, toks, k + 3) if ago in _AFTER else -1


def _comma_after(text: str, toks: list[tuple[int, int]], k: int) -> int:
    """The index of the first comma among the 40 tokens after token ``k``, or -1."""
    return next((n for n in range(k + 1, min(len(toks), k + 40)) if text[toks[n][0]] == ","), -1)


def _past_place(text: str, toks: list[tuple[int, int]], k: int) -> int:
    """The token after a place or a year and its comma that start at token ``k`` ("Iowa, ",
    "2015, "), or ``k``.

    A place after a comma in a fronted adjunct names where the place before it
    is ("in Salem, Oregon, on Sunday"), a year the date's ("On May 3, 2019, …"):
    neither is the clause's subject.
    """
    for n in range(k + 1, min(len(toks), k + 4)):
        if text[toks[n][0]] == ",":
            words = text[toks[k][0] : toks[n - 1][1]]
            if n == k + 1 and len(words) == 4 and words.isdigit():
                return n + 1  # the year of a date: "On May 3, 2019, Reyes said"
            entry = LEXICON.get(tokenize(words))
            return n + 1 if entry is not None and entry.kind is EntryKind.PLACE else k
    return k


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
    if first.lower() in SUBJECT_PRONOUNS:
        return toks[k]
    if first.lower() in FUNCTION:
        return None
    if not _capitalised(text, toks[k]) and first.lower() not in DETERMINERS:
        return None
    # A capitalised determiner or approximator opens a noun phrase, not a name: "Nearly
    # 300 reporters| went …, protesting"
    capital = _capitalised(text, toks[k]) and not (
        first.lower() in DETERMINERS or first.lower() in APPROXIMATORS
    )
    end = k
    while end + 1 < len(toks) and end - k < MAX_WORDS:
        span = toks[end + 1]
        if not _is_word(text, span):
            if text[span[0]] == "." and _abbreviation(text, toks[end]):
                end += 1
                continue
            break
        word = text[span[0] : span[1]]
        low = word.lower()
        if (
            low in NAME_JOINERS
            and capital
            and end + 2 < len(toks)
            and _capitalised(text, toks[end + 2])
        ):
            end += 1
            continue
        if capital and not _capitalised(text, span):
            role_end = _role_after_name(text, toks, end)
            if role_end is None:
                break
            end = role_end + 1  # "Ortiz’s press secretary| Jo Li": the name goes on
            continue
        if low in FUNCTION or low in TIME or (word.islower() and verb_like(low)):
            break
        end += 1
    while end > k and text[toks[end][0]] == ".":
        end -= 1
    return toks[k][0], toks[end][1]


def _role_after_name(text: str, toks: list[tuple[int, int]], k: int) -> int | None:
    """The last role word after a capitalised word at token ``k``, when a name follows them.

    "Ortiz’s campaign manager Jo Li", "Independent presidential candidate Jo
    Li": the speaker is the person named after the role; "Ortiz’s campaign
    said" has no name after it.
    """
    word = text[toks[k][0] : toks[k][1]]
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    if word.lower() in FUNCTION:  # not "It’s"
        return None
    end = k
    while end + 1 < len(toks) and end - k < 3:
        role = text[toks[end + 1][0] : toks[end + 1][1]]
        if role not in ROLE_NOUNS and role not in ROLE_MODIFIERS:
            break
        end += 1
    if end == k or end + 1 >= len(toks) or not _capitalised(text, toks[end + 1]):
        return None
    return end


def _ends_phrase(text: str, toks: list[tuple[int, int]]) -> bool:
    """Tell whether the first token is alone: a mark or a function word follows it."""
    if len(toks) < 2 or not _is_word(text, toks[1]):
        return True
    return text[toks[1][0] : toks[1][1]].lower() in FUNCTION


def _phrase_ends_after(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """Tell whether token ``k`` is the last of its phrase: a comma or a period follows it."""
    return k + 1 >= len(toks) or text[toks[k + 1][0]] in ",."


def _next_name(text: str, toks: list[tuple[int, int]]) -> bool:
    """Tell whether the second token is a capitalised word that is not a function word."""
    if len(toks) < 2 or not _capitalised(text, toks[1]):
        return False
    return text[toks[1][0] : toks[1][1]].lower() not in FUNCTION


def _lower_after(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """Tell whether the token after ``k`` is a lower-case word."""
    return k + 1 < len(toks) and text[toks[k + 1][0]].islower()


def _title_at(text: str, toks: list[tuple[int, int]], i: int) -> int | None:
    """The index of the closing mark of a quoted title that opens at token ``i`` after
    "the" in a speaker's phrase ("the authors of the “Harbor Report,”"),
    or None."""
    if text[toks[i][0]] not in '“"' or text[toks[i - 1][0] : toks[i - 1][1]].lower() != "the":
        return None
    for j in range(i + 2, min(len(toks), i + TITLE_MAX_WORDS + 3)):
        mark = text[toks[j][0]]
        if mark in '”"':
            inner = [text[a:b] for a, b in toks[i + 1 : j] if text[a:b] != ","]
            return j if is_title(inner) else None
    return None


def _acronym_at(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """Tell whether token ``k`` opens an acronym in parentheses that a speaker's phrase
    goes on after: "European Union |(EU)| commissioner Ana Ruiz"."""
    if k + 3 >= len(toks) or text[toks[k][0] : toks[k][1]] != "(":
        return False
    inside, closing, after = toks[k + 1], toks[k + 2], toks[k + 3]
    return (
        text[closing[0] : closing[1]] == ")"
        and text[inside[0] : inside[1]].isupper()
        and inside[1] - inside[0] <= 8
        and _is_word(text, after)
    )


def _joined_by_slash(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """Tell whether token ``k + 1`` is a slash that joins two capitalised names without
    spaces, as in the name of a joint poll ("NBC/Wall Street Journal", "CNN/ORC"), or two
    numbers ("9/11")."""
    if k + 2 >= len(toks):
        return False
    slash, after = toks[k + 1], toks[k + 2]
    if text[slash[0] : slash[1]] != "/" or toks[k][1] != slash[0] or slash[1] != after[0]:
        return False
    if text[toks[k][0]].isdigit() and text[after[0]].isdigit():
        return True  # "9/11 widow Ana Ruiz"
    return _capitalised(text, toks[k]) and _capitalised(text, after)


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


def _owned_noun_after(text: str, toks: list[tuple[int, int]]) -> bool:
    """Tell whether a lower-case noun follows the first token, as after a possessive."""
    if len(toks) < 2 or not _is_word(text, toks[1]):
        return False
    word = text[toks[1][0] : toks[1][1]]
    return (
        word.islower()
        and word not in FUNCTION
        and word not in DETERMINERS  # "told her the …", "told her a …": a listener
        and word not in PRONOUNS
        and word not in TIME
        and not verb_like(word)
    )


def _share_after(text: str, toks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A share of people that opens the words after a cue: "by |64 percent of the
    electorate|", "by |59.6 percent of voters|"; None otherwise."""
    share = _SHARE.match(text, toks[0][0], toks[-1][1])
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
    toks = tokens(text, pos, min(hi, pos + WINDOW))
    if not toks:
        return None
    if text[toks[0][0] : toks[0][1]].replace(".", "").replace(",", "").isdigit():
        share = _share_after(text, toks)  # "by 64 percent of voters"
        if share is not None or (
            len(toks) > 1 and text[toks[1][0] : toks[1][1]].lower() in _AMOUNTS
        ):
            return share  # but "by 0.5 points", "by 30 percent": an amount, no agent
    if not _is_word(text, toks[0]):
        return None
    first = text[toks[0][0] : toks[0][1]].lower()
    if first == "her" and _owned_noun_after(text, toks):
        pass  # a possessive: "by her campaign", "said her spokeswoman"; not "told her the …"
    elif (
        (first in FUNCTION or first in TIME or first in SUBJECT_PRONOUNS)
        and _capitalised(text, toks[0])
        and _next_name(text, toks)
    ):
        pass  # a name that is also a word: "said Will Carter", "said May Lee", "said He Wenbo"
    elif first in SUBJECT_PRONOUNS:
        return toks[0]
    elif first in ("one", "another") and not _ends_phrase(text, toks):
        pass  # "said one aide involved in the talks", "said another aide"
    elif (
        first in FUNCTION
        or first in TIME
        or first in PRONOUNS
        or first in ("me", "us")  # "told me": a listener
        or (  # "said matter-of-factly as"; but "said Kelly"
            ly_adverb(text[toks[0][0] : toks[0][1]]) and _ends_phrase(text, toks)
        )
    ):
        return None
    described = first in DETERMINERS or first in ("one", "another")  # "said a consumer advocate"
    k, words = 0, 1
    while k + 1 < len(toks) and words < MAX_WORDS + 4:
        span = toks[k + 1]
        if not _is_word(text, span):
            if _acronym_at(text, toks, k + 1):  # "Harbor Board (HB) chair Ana Ruiz"
                k += 3
                continue
            title_end = _title_at(text, toks, k + 1)
            if title_end is not None:  # "the authors of the “Harbor Report,”": a name
                k = title_end  # that ends the phrase
                break
            if (
                text[span[0]] == "."
                and _abbreviation(text, toks[k])
                and k + 2 < len(toks)
                and _capitalised(text, toks[k + 2])
            ):
                k += 1
                continue
            if _joined_by_slash(text, toks, k):  # "an NBC/Wall Street Journal poll"
                k += 1
                continue
            break
        word = text[span[0] : span[1]]
        low = word.lower()
        after_determiner = text[toks[k][0] : toks[k][1]].lower() in DETERMINERS
        if (low in TIME and not after_determiner) or (  # but "the April 24 directive"
            word.islower()
            and verb_like(low)
            and not after_determiner
            and not (
                described and not low.endswith("ed") and _phrase_ends_after(text, toks, k + 1)
            )  # but a noun that ends a description: "said another consumer advocate|, Ana
        ):  # Ruiz"; not a past tense: "said the talks| failed."
            break
        if low in FUNCTION:
            nxt = toks[k + 2] if k + 2 < len(toks) else None
            if (
                (
                    low in ("of", "for", "at", "with", "and")
                    or (low == "to" and text[toks[k][0] : toks[k][1]].lower() in _CLOSE_TO)
                )  # "sources close to the army"
                and nxt is not None
                and _is_word(text, nxt)
                and (_capitalised(text, nxt) or text[nxt[0] : nxt[1]].lower() in DETERMINERS)
            ):
                k += 2
                words += 2
                continue
            break
        k += 1
        words += 1
    return toks[0][0], toks[k][1]
