"""Tests for newscorpus.quotes.marks: pairing quotation marks into quotations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.quotes import marks
from newscorpus.quotes.marks import LABEL, Quotation, find_quotations
from newscorpus.segment import paragraph_bounds


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text, paragraph_bounds(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” and left.", ["“yes”"]),
        ('He said "yes" and "no."', ['"yes"', '"no."']),
        ("He said ``yes'' twice.", ["``yes''"]),
        ("Il a dit «oui» hier.", ["«oui»"]),
        ("Er sagte „ja“ gestern.", ["„ja“"]),
        ("She said 'yes' twice.", ["'yes'"]),
        ("She said ‘yes’ twice.", ["‘yes’"]),
        ("She said ‹oui› twice.", ["‹oui›"]),
        ("A `single' quote.", ["`single'"]),
    ],
)
def test_every_style_of_mark(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It’s Jones’ car from the ’90s, rock ’n’ roll, and it shouldn‘t matter.",
        "The students' books and the teachers’ pay.",
        "'Tis the season, 'til the end, and we got 'em.",
        "Back in '98 and ‘99 it rained.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert quoted(text) == []


def test_nested_quotations_stay_inside() -> None:
    text = "“He said ‘no’ and “never” twice,” she recalled."
    (quotation,) = find_quotations(text, paragraph_bounds(text))
    assert text[quotation.start : quotation.end] == "“He said ‘no’ and “never” twice,”"
    assert quotation.closed
    assert quotation.double


def test_a_quotation_over_paragraphs_reopens_each_paragraph() -> None:
    text = "“One.\n\n“Two.\n\n“Three,” he said.\n\nAfter."
    (quotation,) = find_quotations(text, paragraph_bounds(text))
    assert text[quotation.start : quotation.end] == "“One.\n\n“Two.\n\n“Three,”"
    assert quotation.paragraph == 0


def test_an_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = "“We are ready, he said.\n\nTalks begin “soon” now."
    first, second = find_quotations(text, paragraph_bounds(text))
    assert text[first.start : first.end] == "“We are ready, he said."
    assert not first.closed
    assert first.end == first.inner_end
    assert text[second.start : second.end] == "“soon”"


def test_a_closing_mark_used_to_open() -> None:
    assert quoted("”Mr. Smith is here,” she said.") == ["”Mr. Smith is here,”"]


def test_a_stray_closing_mark_is_ignored() -> None:
    assert quoted("The end” of it. Then “more” came.") == ["“more”"]


def test_straight_marks_that_open_while_open_close_the_first() -> None:
    text = 'He said "one. "two" and left.'
    assert quoted(text) == ['"one.', '"two"']


def test_a_transcript_turn_starts_a_new_quotation() -> None:
    text = '"HOST: Will you run?\n\n"GUEST: No.\n\n"I will not."'
    assert quoted(text) == ['"HOST: Will you run?', '"GUEST: No.\n\n"I will not."']
    assert LABEL.match(text, 1) is not None


def test_quotation_fields() -> None:
    text = "Say “hi” now."
    (q,) = find_quotations(text, paragraph_bounds(text))
    assert q == Quotation(4, 8, 5, 7, True, True, 0)
    assert q.inner == (5, 7)


MARKS = ["“", "”", '"', "'", "‘", "’", "``", "''", "«", "»", "„", "‹", "›", "`", "‟", "‛"]
WORDS = ["a", "It’s", " ", "\n\n", "\n", ".", ",", "he said", "’90s", "HOST: "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKS + WORDS), max_size=60).map("".join))
def test_quotations_are_sorted_and_never_overlap(text: str) -> None:
    quotations = find_quotations(text, paragraph_bounds(text))
    previous_end = 0
    for q in quotations:
        assert previous_end <= q.start < q.inner_start <= q.inner_end <= q.end <= len(text)
        previous_end = q.end


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(MARKS + WORDS + ["a'b", "x’y", "'t", "9'"]), max_size=40).map("".join)
)
def test_candidate_marks_are_those_the_mark_pattern_finds(text: str) -> None:
    assert marks._marks(text) == [m.span() for m in marks._MARK.finditer(text)]
