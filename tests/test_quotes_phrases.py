"""Tests for newscorpus.quotes.phrases: the noun phrase before a position."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.quotes import phrases
from newscorpus.quotes.phrases import antecedent, noun_before, subject_before


def before(text: str, cue: str, plural: bool = False) -> str | None:
    found = subject_before(text, 0, text.rindex(cue), plural=plural)
    return text[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Putin said", "Putin"),
        ("he also told", "he"),
        ("Iranian President Ebrahim Raisi said", "Iranian President Ebrahim Raisi"),
        ("Mr. Obama has repeatedly said", "Mr. Obama"),
        ("Smith, the former minister, said", "Smith"),
        ("Pellman, of Springfield, Va., said", "Pellman"),
        ("Sen. Ted Cruz (R-Texas) said", "Sen. Ted Cruz"),
        ("Pruett -- a chief executive, who travels -- told", "Pruett"),
        ("the influential US daily wrote", "the influential US daily"),
        ("Russia’s TASS news agency reported", "Russia’s TASS news agency"),
        ("a spokesman for the ministry said", "a spokesman for the ministry"),
        ("Barkley, who said", "who"),
        ("a law that described", "that"),
        ("But officials say", "officials"),
        ("Nearly eight of 10 voters say", "Nearly eight of 10 voters"),
        ("the doctor is telling", "the doctor"),
        ("Many say", "Many"),  # a quantity stands alone as a subject
        ("Nearly half say", "Nearly half"),
        ("About 42 percent of Democrats say", "About 42 percent of Democrats"),
        ("Only 42% of voters say", "Only 42% of voters"),
        ("A majority of respondents say", "A majority of respondents"),
        ("One in five say", "One in five"),
        ("They all said", "They"),  # a floating quantifier after its subject
        ("Both said", "Both"),
        ("The reports say", "The reports"),  # a cue's word as a noun, after a determiner
        ("Most of them said", "Most of them"),
        ("About three in 10 said", "About three in 10"),
        ("Clinton, after the story broke, said", "Clinton"),  # an adjunct between commas
        ("The aides, led by Ann Lee, told", "The aides"),
        ("Voss at one point said", "Voss"),  # a point in time after "at" is stepped over
        ("Voss at the same time said", "Voss"),
        ("the witness at a later stage said", "the witness"),
        ("The point guard said", "The point guard"),  # no "at": the noun is no time
        ("Some press reports claimed", "Some press reports"),  # "press" opens a compound
        ("A spokeswoman for aid agency Harborcare said", "A spokeswoman for aid agency Harborcare"),
        ("A statement posted on the website Harbor.com said", "Harbor.com"),  # no owner
        ("The CNN/ORC poll showed", "The CNN/ORC poll"),  # a slash joins two names
    ],
)
def test_subject_before(text: str, speaker: str) -> None:
    assert before(text, text.split()[-1], plural=text.endswith(" say")) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "he was told",  # a passive: "he" did not speak
        "it is said",
        "the state",  # a base form after a singular noun is a noun
        "to say",
        "for the people said",  # the object of a preposition
    ],
)
def test_no_subject(text: str) -> None:
    last = text.split()[-1]
    assert before(text, last, plural=last in ("state", "say")) is None


def test_an_auxiliary_lets_a_base_form_take_a_singular_subject() -> None:
    assert before("she will say", "say", plural=True) == "she"


def test_antecedent() -> None:
    text = "Barkley, who said so, and many of whom agreed"
    found = antecedent(text, 0, text.index("who"))
    assert found is not None
    assert text[found[0] : found[1]] == "Barkley"
    found = antecedent(text, 0, text.index("whom"))
    assert found is not None
    assert text[found[0] : found[1]] == "many"


def test_noun_before() -> None:
    text = "footage of Donald Trump saying"
    found = noun_before(text, 0, text.index("saying"))
    assert found is not None
    assert text[found[0] : found[1]] == "Donald Trump"
    assert noun_before("he said,", 0, 8) is None


def test_a_subject_longer_than_the_near_window() -> None:
    subject = "The deputy chief of staff of the Ministry of Foreign Affairs of the Republic"
    assert before(subject + " said", "said") == subject


def test_a_subject_after_a_word_cut_by_the_near_window() -> None:
    text = "x" * 70 + " and U.S. Attorney General Jane Doe said"
    assert before(text, "said") == "U.S. Attorney General Jane Doe"


# Sentences made of words that lead a subject reader every way: pronouns,
# modifiers, times, appositions, parentheses, names and common nouns.
pieces = st.sampled_from(
    [
        "he", "she", "they", "it", "He", "I", "we", "you", "the", "a", "officials", "Smith",
        "John", "U.S.", "Sen.", ",", "(R-Texas)", "--", "also", "has", "was", "on", "Tuesday",
        "of", "for", "voters", "many", "42%", "who", "that", "said", "’s", "and", "  ", "\t",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(pieces, max_size=30), st.booleans())
def test_a_pronoun_read_directly_is_what_the_windows_find(parts: list[str], plural: bool) -> None:
    text = " ".join(parts) + " say"
    pos = len(text) - 3
    expected = subject_before(text, 0, pos, plural=plural)
    read = phrases._pronoun_before
    try:
        phrases._pronoun_before = lambda text, lo, near, pos: None  # type: ignore[assignment]
        assert subject_before(text, 0, pos, plural=plural) == expected
    finally:
        phrases._pronoun_before = read


# Words that end a window before a cue: function words that head no phrase, and the
# words and marks a subject reader steps over or stops at, joined or not to them.
last_pieces = st.sampled_from(
    ["to", "and", "by", "in", "with", "whether", "there", "up", "very", "out", "as", "but",
     "has", "was", "also", "Tuesday", "time", "them", "many", "he", "who", "that", "Smith",
     "officials", "“", "’s", ",", "--", "state-to", "U.S.", "x" * 50]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=20), st.lists(last_pieces, min_size=1, max_size=4), st.booleans())
def test_a_word_that_heads_nothing_ends_every_window_with_no_subject(
    parts: list[str], last: list[str], plural: bool
) -> None:
    text = " ".join(parts + last) + " say"
    pos = len(text) - 3
    for start in range(pos):
        toks = phrases.words(text, start, pos)
        if not toks or toks[-1] not in phrases._NO_HEAD:
            continue
        word = text.rfind(toks[-1], start, pos)
        if word > 0 and text[word - 1].isspace():
            assert phrases._subject(text, start, pos, toks, plural) is None


def test_a_name_after_a_role_in_apposition_is_the_subject() -> None:
    text = "The bridge is safe, a spokeswoman, Ana Ruiz, said"
    start, end = subject_before(text, 0, text.index("said"))
    assert text[start:end] == "Ana Ruiz"


def test_a_bare_plural_with_a_participle_and_its_agent_is_a_subject() -> None:
    text = "Rates will rise, analysts surveyed by the bank said"
    start, end = subject_before(text, 0, text.index("said"))
    assert text[start:end] == "analysts surveyed by the bank"
