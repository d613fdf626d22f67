"""The first pass of name finding: its cheap tests agree with the patterns they stand for."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.entities import extract_entities
from newscorpus.lexicon import ORG_HEADS, ROLE_NOUNS
from newscorpus.name_finder import (
    _PERSON_AFTER,
    _PHRASE_THINGS,
    _TOPIC_HEADS,
    _WORD_BEFORE,
    NameFinder,
    _person_after,
)
from newscorpus.name_runs import is_title_case, plain_tokens


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list(" ,\t\n\xa0\x1cwhosaidtelsAB"), max_size=20), st.integers(0, 20))
def test_person_after_agrees_with_its_pattern(text: str, end: int) -> None:
    end = min(end, len(text))
    assert _person_after(text, end) == (_PERSON_AFTER.match(text, end) is not None)


# The word before a position as first written: a reverse search anchored by \G (which tried
# every earlier position when it failed).
_SEARCHED_WORD_BEFORE = regex.compile(r"(?r)(?P<word>[\p{L}\-’']+)[\x20\xa0]+\G")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("ab É-’'\xa0,.\n"), max_size=14), st.integers(0, 14))
def test_the_word_before_is_what_the_anchored_search_found(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    matched = _WORD_BEFORE.match(text, 0, pos)
    searched = _SEARCHED_WORD_BEFORE.search(text, 0, pos)
    assert (matched and (matched.span(), matched.span("word"))) == (
        searched and (searched.span(), searched.span("word"))
    )


def test_every_role_noun_is_one_word_of_the_pattern_for_the_word_before() -> None:
    # NameFinder.role_before reads a role noun before a name by string tests, without
    # _WORD_BEFORE, which would match the same word: it holds only the pattern's characters.
    for noun in ROLE_NOUNS:
        match = _WORD_BEFORE.fullmatch(f"{noun} ")
        assert match is not None, noun
        assert match.group("word") == noun


# A name is looked up after one word, so an entry of two words is never found this way.
@pytest.mark.parametrize("noun", sorted(n for n in ROLE_NOUNS if " " not in n))
def test_every_role_noun_is_found_before_a_name(noun: str) -> None:
    text = f"He met {noun} Zed Quux."
    assert NameFinder(text).role_before(text.index("Zed")) == noun


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Abcd", "Wxyz", "of", "word", " ", "\n", "\n\n", "1"])))
def test_a_position_is_in_a_headline_when_its_line_is_one(pieces: list[str]) -> None:
    text = "".join(pieces)
    finder = NameFinder(text)
    start, expected = 0, {}
    for line in text.split("\n"):
        for pos in range(start, start + len(line)):
            expected[pos] = is_title_case(line)
            assert finder.in_headline(pos) == expected[pos]
        start += len(line) + 1
    for pos in sorted(expected, reverse=True):  # asked out of order too
        assert finder.in_headline(pos) == expected[pos]


def test_headlines_are_told_in_linear_time_on_a_long_line() -> None:
    extract_entities("Anna Vogt met Jan Kos. " * 50_000)


def test_a_long_run_of_describing_compounds_is_read_in_linear_time() -> None:
    # one capitalised run of 80,000 compounds (about a megabyte) before a name: the
    # compounds are left out at once, not one at a time (that took time quadratic in them)
    found = extract_entities("Texas-based " * 80_000 + "Ana Ruiz said it.")
    assert [p.name for p in found.people] == ["Ana Ruiz"]


def test_every_topic_head_is_an_organisation_word() -> None:
    # a topic head takes its subject after "on" only where it ends an organisation's words
    assert _TOPIC_HEADS <= ORG_HEADS


def test_a_long_run_of_topic_heads_and_titles_is_read_in_linear_time() -> None:
    # one capitalised run of 80,000 "Council on Trade Director" (about two megabytes): the
    # run's last title is found once, not once for each "on" (that took quadratic time)
    found = extract_entities("Council on Trade Director " * 80_000)
    assert len(found.organizations) == 1


def test_a_topic_head_keeps_its_subject_but_not_a_title_after_it() -> None:
    found = extract_entities("The Kestrel Council on Trade Executive Director Ana Ruiz spoke.")
    assert [p.name for p in found.people] == ["Ana Ruiz"]  # not an organisation's words
    found = extract_entities("The Kestrel Council on Trade met on Monday.")
    assert [o.name for o in found.organizations] == ["Kestrel Council on Trade"]


def test_a_run_that_is_a_whole_phrase_entry_reads_as_its_tokens_do() -> None:
    # NameFinder.run looks a run of plain words up in _PHRASE_THINGS before making tokens;
    # read_group must give the same thing for those tokens, whatever the entry.
    phrases = [p for p in _PHRASE_THINGS if p.replace(" ", "").isalpha()]
    assert len(phrases) > 100
    for phrase in phrases:
        finder = NameFinder(phrase)
        finder.read_group(plain_tokens(phrase, 0), hyphens=False)
        assert finder.things == [(0, len(phrase), *_PHRASE_THINGS[phrase])], phrase
        assert not finder.candidates
        assert not finder.deferred
        assert not finder.deferred_words
