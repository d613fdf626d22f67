"""Tests for newscorpus.quotes.context: units, lookups and cue filtering."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.quotes.clauses import clause_after
from newscorpus.segment import paragraph_bounds, sentence_bounds
from quote_context import context


def test_a_quotation_over_sentences_makes_one_unit() -> None:
    text = "“One. Two. Three,” he said. Next one."
    ctx = context(text)
    assert [text[s:e] for s, e in ctx.units] == ["“One. Two. Three,” he said.", "Next one."]


_PIECES = st.sampled_from(["He said so. ", "“A. B,” ", "she said. ", "\n\n", "“Open ", "x. ", "”"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_units_join_exactly_the_sentences_that_a_quotation_runs_into(text: str) -> None:
    ctx = context(text)
    expected: list[tuple[int, int]] = []
    for start, end in sentence_bounds(text, paragraph_bounds(text)):
        if expected and any(q.start < start < q.end for q in ctx.quotations):
            expected[-1] = (expected[-1][0], max(expected[-1][1], end))
        else:
            expected.append((start, end))
    assert ctx.units == expected


def test_lookups() -> None:
    text = "He said “yes.”\n\nShe said no."
    ctx = context(text)
    inside = text.index("yes")
    assert ctx.quotation_at(inside) == 0
    assert ctx.quotation_at(0) is None
    assert list(ctx.quotations_between(0, len(text))) == [0]
    assert ctx.paragraph_of(text.index("She")) == 1
    assert ctx.unit_of(text.index("She")) == 1
    assert [c.lemma for c in ctx.cues_between(0, len(text))] == ["say", "say"]


def test_each_cue_comes_with_its_unit() -> None:
    text = "He said so. “A. B,” she said.\n\nThey said no, he added."
    ctx = context(text)
    assert [(text[c.start : c.end], unit) for c, unit in ctx.cues_with_units()] == [
        ("said", 0),
        ("said", 1),
        ("said", 2),
        ("added", 2),
    ]


_SAYINGS = st.sampled_from(["He said", " so.", "“A. B,”", " she added", "\n\n", ", told", " x"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_SAYINGS, max_size=12).map("".join))
def test_the_units_of_cues_read_in_one_pass_are_those_unit_of_tells(text: str) -> None:
    ctx = context(text)
    found = list(ctx.cues_with_units())
    assert [cue for cue, _ in found] == ctx.cues
    assert all(unit == ctx.unit_of(cue.start) for cue, unit in found)


def test_cues_inside_quotations_and_nouns_are_dropped() -> None:
    text = "“He said it,” the report noted. Trump’s claim and the state were clear."
    ctx = context(text)
    assert [text[c.start : c.end] for c in ctx.cues] == ["noted"]


def test_the_subject_of_a_cue_is_computed_once() -> None:
    text = "Officials say the state will pay."
    ctx = context(text)
    say = ctx.cues[0]
    assert ctx.subject(say) == (0, 9)
    assert ctx.subject(say) is ctx.subject(say)


def test_the_clause_after_a_cue_is_read_once() -> None:
    text = "The mayor told reporters on Monday that the bridge would reopen."
    ctx = context(text)
    told = ctx.cues[0]
    found = ctx.clause_after(told, len(text))
    assert found == clause_after(text, told.end, len(text), told.lemma)
    assert found is not None
    assert text[found[0] :].startswith("the bridge")
    assert ctx.clause_after(told, len(text)) is found


def test_a_cue_after_a_plural_quantifier_is_a_verb_unless_it_ends_in_s() -> None:
    text = "Many say it failed. Both said so. Many reports were wrong."
    ctx = context(text)
    assert [text[c.start : c.end] for c in ctx.cues] == ["say", "said"]


def test_a_plural_followed_by_a_verb_is_a_noun_but_not_a_phrasal_cue() -> None:
    # "reports were": a noun and its verb; "point out" is a verb with its particle, so
    # what follows the particle says nothing of the word "point"
    text = "The reports were wrong. Critics point out funded programs."
    ctx = context(text)
    assert [text[c.start : c.end] for c in ctx.cues] == ["point out"]


def test_an_owner_and_an_adjective_make_a_cue_a_noun() -> None:
    nouns = ("He cited his recent remarks.", "So the dubious claims.", "See her own reports.")
    for text in nouns:
        assert [cue.lemma for cue in context(text).cues if cue.start > 6] == []
    assert [cue.lemma for cue in context("His staff remarks that it is late.").cues] == ["remark"]


def test_an_article_and_an_adjective_make_a_base_form_a_noun() -> None:
    for text in ("He gave a terse reply.", "She made an angry retort."):
        assert context(text).cues == []
    for text in ("A few say it is late.", "A handful say it is late."):
        assert [cue.lemma for cue in context(text).cues] == ["say"]


def test_a_count_with_thousands_makes_a_participle_an_adjective() -> None:
    assert context("There are 2,312 pledged delegates in all.").cues == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([": ", ":", " ", "a", "::  ", "\n"]), max_size=20).map("".join))
def test_the_last_colon_is_what_a_search_back_finds(text: str) -> None:
    ctx = context(text)
    for lo in range(len(text) + 1):
        for pos in range(lo, len(text) + 1):
            assert ctx.last_colon(lo, pos) == text.rfind(": ", lo, pos)
