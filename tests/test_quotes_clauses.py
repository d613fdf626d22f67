"""Tests for newscorpus.quotes.clauses: where reported content begins, and objects end."""

from __future__ import annotations

import pytest

from newscorpus.quotes import clauses
from newscorpus.quotes.clauses import (
    adjunct_only,
    clause_after,
    ends_attribution,
    has_verb,
    object_end,
)
from quote_context import context


def after(text: str, cue: str, lemma: str) -> tuple[str, str] | None:
    pos = text.index(cue) + len(cue)
    found = clause_after(text, pos, len(text), lemma)
    return (text[found[0] :], found[1]) if found else None


@pytest.mark.parametrize(
    ("text", "cue", "lemma", "expected"),
    [
        ("He said that it was over.", "said", "say", ("it was over.", "that")),
        ("He said it was over.", "said", "say", ("it was over.", "bare")),
        ("He said parents still want it.", "said", "say", ("parents still want it.", "bare")),
        ("She told reporters on Tuesday that it failed.", "told", "tell", ("it failed.", "that")),
        ("He said in a letter that it failed.", "said", "say", ("it failed.", "that")),
        ("She said: “No.”", "said", "say", ("“No.”", "colon")),
        ("He said, twice, that it failed.", "said", "say", ("it failed.", "that")),
        ("He said, and it failed.", "said", "say", ("and it failed.", "comma")),
        ("She said, “No.”", "said", "say", ("“No.”", "comma")),
        (
            "It suggested Moscow could mediate.",
            "suggested",
            "suggest",
            ("Moscow could mediate.", "bare"),
        ),
        ("He asked whether it worked.", "asked", "ask", ("whether it worked.", "bare")),
        ("She promised to cut taxes.", "promised", "promise", ("to cut taxes.", "to")),
        (  # an adverb of the cue before an adjunct that leads to "that"
            "She said again on Monday that it failed.",
            "said",
            "say",
            ("it failed.", "that"),
        ),
        (  # an adverbial clause that opens the reported one
            "He said while the plan has flaws, it will pass.",
            "said",
            "say",
            ("while the plan has flaws, it will pass.", "bare"),
        ),
        ("He said repeatedly: it failed.", "said", "say", ("it failed.", "colon")),
        ("He said here Sunday that it failed.", "said", "say", ("it failed.", "that")),
        ("He said here Sunday it failed.", "said", "say", ("it failed.", "bare")),
        ("She told Lee and the board that it failed.", "told", "tell", ("it failed.", "that")),
    ],
)
def test_clause_after(text: str, cue: str, lemma: str, expected: tuple[str, str]) -> None:
    assert after(text, cue, lemma) == expected


@pytest.mark.parametrize(
    ("text", "cue", "lemma"),
    [
        ("Putin said as he welcomed Raisi.", "said", "say"),  # an adjunct, not a clause
        ("She noted the irony.", "noted", "note"),  # an object
        ("She said to the crowd.", "said", "say"),  # a listener, not an infinitive
        ("He said when he resigned.", "said", "say"),  # a time, not a question
        ("He told them after the meeting that was held.", "told", "tell"),  # a relative "that"
        ("He said.", "said", "say"),
        ("He said matter-of-factly.", "said", "say"),  # an adverb alone
        ("He said here.", "said", "say"),
        ("He said here Tuesday.", "said", "say"),  # an adverb and a time: wire copy
        ("He said here on Tuesday night.", "said", "say"),
        ("She said of a talk she had with him.", "said", "say"),  # a topic's relative clause
    ],
)
def test_no_clause_after(text: str, cue: str, lemma: str) -> None:
    assert after(text, cue, lemma) is None


@pytest.mark.parametrize(
    ("words", "alone"),
    [
        ("In an interview with the Ledger in late May", True),
        ("When reached by phone", True),
        ("Despite being a critic of the plan", True),
        ("After that", True),
        ("After the vote failed", True),  # a clause of time, no main clause
        ("Not long after the mayor left", True),
        ("After the ceremony in Salem the troops were due to leave", False),  # a main clause
        ("Since it opened the center has received 300 reports", False),  # two verbs
        ("In Salem, the plant closed", False),  # a comma: a clause may follow
        ("The plant closed", False),  # no preposition or subordinator first
        ("While the board would meet in May", True),  # an adverbial clause, no main one
        ("As caucusing got under way", True),
        ("If the plant closed", False),  # a condition: often what was said
        ("So the plan failed", False),
    ],
)
def test_adjunct_only(words: str, alone: bool) -> None:
    assert adjunct_only(words, 0, len(words)) is alone


def test_has_verb() -> None:
    assert has_verb("the plan failed today.", 0, 22)
    assert has_verb("it will rain", 0, 12)
    assert not has_verb("some of the miners.", 0, 19)


def test_object_end_stops_before_a_subordinate_clause() -> None:
    text = "Trump questioned his eligibility because he was born abroad."
    ctx = context(text)
    begin = text.index("his")
    assert text[begin : object_end(ctx, begin, len(text))] == "his eligibility"


@pytest.mark.parametrize(
    ("time", "kept"),
    [
        (" last week.", ""),
        (" on Tuesday.", ""),
        (" this MORNING", ""),
        (" tonight", ""),
        (" next month", ""),
        (" this afternoon", ""),
        (" this year", ""),
        (" in February", ""),
        (" in late May", ""),
        (" last summer", ""),
        (" in mid-June.", ""),
        (" in 2015", ""),
        (" in Monterey", " in Monterey"),  # ends like "Monday" but names no time
        (" for 2015", " for 2015"),  # a year after "for" is no time of the act
        (" and a march", " and a march"),  # a month's name after no "in" is a word
        (" and a fall", " and a fall"),
        (" at night school", " at night school"),
    ],
)
def test_object_end_leaves_out_a_trailing_time(time: str, kept: str) -> None:
    text = "Trump endorsed Cruz" + time
    ctx = context(text)
    begin = text.index("Cruz")
    assert text[begin : object_end(ctx, begin, len(text))] == "Cruz" + kept.rstrip(".")


@pytest.mark.parametrize(
    ("rest", "kept"),
    [
        (" while he was away.", " while he was away"),  # no comma: goes on with the charge
        (", while he was away.", ""),
        (" when she spoke", ""),
        (", which he denied.", ""),
        (" and his plan for the border.", " and his plan for the border"),
    ],
)
def test_object_end_stops_at_a_comma_clause_or_an_adjunct_word(rest: str, kept: str) -> None:
    text = "Trump criticized the plan" + rest
    ctx = context(text)
    begin = text.index("the plan")
    assert text[begin : object_end(ctx, begin, len(text))] == "the plan" + kept


@pytest.mark.parametrize("lemma", ["say", "tell", "add", "call", "write"])
@pytest.mark.parametrize(
    "rest",
    [
        ".",
        ", adding more.",
        "; it failed.",
        "! Then",
        "? No",
        ") and",
        ".” Then",
        ",” she said",
        ".5",
    ],
)
def test_ends_attribution_reads_a_mark_after_the_cue_as_its_rules_do(
    rest: str, lemma: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "“It failed,” she said" + rest
    pos = text.index("said") + 4
    told = ends_attribution(text, pos, len(text), lemma)
    monkeypatch.setattr(clauses, "_PLAIN_MARKS", frozenset())  # every cue read through its words
    assert told is ends_attribution(text, pos, len(text), lemma) is True
