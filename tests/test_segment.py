"""Tests for newscorpus.segment: paragraphs, sentences, and their offsets."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from casetable import case_params, load_cases
from newscorpus.segment import (
    _OTHER_MARKS,
    _PERIOD_TERMINAL,
    _SPACE,
    _SPACE_CHARS,
    _TERMINAL,
    _cuts,
    _decide,
    _other_marks,
    _plain_period,
    paragraph_bounds,
    sentence_bounds,
    sentences_in,
    split_paragraphs,
    split_sentences,
)
from newscorpus.spans import Span

HERE = Path(__file__).parent
SEED = Path(__file__).parents[1] / "seeds" / "000_8195b0460efe062c.txt"
CASES = load_cases("sentences.json")

# What split_* must strip: str.isspace() plus the invisible BOM and zero-width marks.
INVISIBLE = "\ufeff\u200b\u2060"
SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()] + list(INVISIBLE)


def texts(spans: tuple[Span, ...]) -> list[str]:
    return [span.text for span in spans]


def check_spans(text: str, spans: tuple[Span, ...]) -> None:
    """Assert the invariants every result of split_* keeps."""
    assert isinstance(spans, tuple)
    previous_end = 0
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.text, "empty span"
        assert span.text[0] not in SPACES, repr(span.text)
        assert span.text[-1] not in SPACES, repr(span.text)
        assert span.start >= previous_end, "spans overlap or are out of order"
        previous_end = span.end


def inside_one_paragraph(sentence: Span, paragraphs: tuple[Span, ...]) -> bool:
    return any(p.start <= sentence.start and sentence.end <= p.end for p in paragraphs)


# ----------------------------------------------------------------- case table


@pytest.mark.parametrize("case", case_params(CASES))
def test_sentence_case(case: dict[str, Any]) -> None:
    sentences = split_sentences(case["text"])
    check_spans(case["text"], sentences)
    assert texts(sentences) == case["sentences"]


def test_case_table_is_well_formed() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    for case in CASES:
        assert set(case) == {"name", "text", "sentences", "expect", "note"}, case["name"]
        assert case["expect"] in {"pass", "fail"}
        if case["expect"] == "fail":
            assert case["note"], f"{case['name']}: a known failure needs a note saying why"


def test_case_table_holds_all_golden_rules_and_enough_news() -> None:
    golden = [case for case in CASES if case["name"].startswith("golden_")]
    assert len(golden) == 48
    assert all(case["expect"] == "pass" for case in golden)
    assert sum(case["name"].startswith("news_") for case in CASES) >= 30


# ----------------------------------------------------------------- seed article


def test_seed_article_segments_into_14_paragraphs_and_17_sentences() -> None:
    text = SEED.read_text(encoding="utf-8")
    paragraphs, sentences = split_paragraphs(text), split_sentences(text)
    check_spans(text, paragraphs)
    check_spans(text, sentences)
    assert len(paragraphs) == 14
    assert len(sentences) == 17
    assert sentences[6].text.endswith("a child is killed there every 10 minutes.”")


# ----------------------------------------------------------------- paragraphs


def test_without_blank_lines_every_line_is_a_paragraph() -> None:
    text = "Short title\nFirst paragraph, one line.\n  \tSecond paragraph.  \n"
    assert texts(split_paragraphs(text)) == [
        "Short title",
        "First paragraph, one line.",
        "Second paragraph.",
    ]


def test_blank_lines_separate_hard_wrapped_paragraphs() -> None:
    text = (
        "Headline here\n\n"
        "The first paragraph is wrapped\nat a short width and goes on\nfor three lines.\n"
        "   \n"  # a whitespace-only line is blank
        "The second one\nhas two.\n"
    )
    assert texts(split_paragraphs(text)) == [
        "Headline here",
        "The first paragraph is wrapped\nat a short width and goes on\nfor three lines.",
        "The second one\nhas two.",
    ]


def test_block_with_a_long_line_holds_one_paragraph_per_line() -> None:
    long_line = "A long paragraph " + "that keeps going " * 8 + "until it ends."
    text = f"Title\n\nSubtitle without a period\n{long_line}\nShort one.\n\nLast."
    assert texts(split_paragraphs(text)) == [
        "Title",
        "Subtitle without a period",
        long_line,
        "Short one.",
        "Last.",
    ]


def test_block_whose_lines_all_end_sentences_holds_one_paragraph_per_line() -> None:
    text = "Title\n\nThat comment is a lie.\n“It’s a dog whistle,” she said.\nWhy?\n"
    assert texts(split_paragraphs(text)) == [
        "Title",
        "That comment is a lie.",
        "“It’s a dog whistle,” she said.",
        "Why?",
    ]


def test_list_items_start_paragraphs_in_a_wrapped_block() -> None:
    text = "Intro.\n\nThe plan has three parts:\n1. Cut taxes\n2. Raise spending\n• Hope"
    assert texts(split_paragraphs(text)) == [
        "Intro.",
        "The plan has three parts:",
        "1. Cut taxes",
        "2. Raise spending",
        "• Hope",
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_newline_convention_is_a_line_break(newline: str) -> None:
    text = newline.join(["Title", "", "One,", "wrapped.", "", "Two."]) + newline
    paragraphs = split_paragraphs(text)
    expected = ["Title", "One,\nwrapped.", "Two."]
    assert [p.text.replace(newline, "\n") for p in paragraphs] == expected
    check_spans(text, paragraphs)


def test_blank_lines_before_the_first_or_after_the_last_line_do_not_count() -> None:
    assert texts(split_paragraphs("\n\n  \nOne\nTwo\n\n\n")) == ["One", "Two"]


@pytest.mark.parametrize("text", ["", " ", "\n\n\r\n", "\ufeff", " \t\u3000\u200b\n"])
def test_blank_text_has_no_paragraphs_or_sentences(text: str) -> None:
    assert split_paragraphs(text) == ()
    assert split_sentences(text) == ()


@pytest.mark.parametrize("space", SPACES)
def test_every_kind_of_whitespace_is_stripped(space: str) -> None:
    text = f"{space}Hello there.{space} Bye.{space}"
    check_spans(text, split_paragraphs(text))
    assert texts(split_sentences(text)) == ["Hello there.", "Bye."]


def test_the_space_characters_are_those_of_the_space_pattern() -> None:
    # segment strips with str methods and the character set, and with patterns elsewhere
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(regex.findall(f"[{_SPACE}]", every)) == set(_SPACE_CHARS) == set(SPACES)


def test_byte_order_mark_is_not_part_of_the_first_paragraph() -> None:
    text = "\ufeffThird article.\r\nWith CRLF.\r\n"
    assert split_paragraphs(text) == (Span(1, 15, "Third article."), Span(17, 27, "With CRLF."))


# ----------------------------------------------------------------- sentences


def test_sentences_never_cross_paragraphs() -> None:
    text = "Headline without a period\nThe story starts here. It goes on."
    assert texts(split_sentences(text)) == [
        "Headline without a period",
        "The story starts here.",
        "It goes on.",
    ]


def test_sentences_inside_a_hard_wrapped_paragraph_keep_their_line_breaks() -> None:
    text = "Title\n\nMr. Smith went to\nWashington. He arrived at 5 p.m.\nTuesday."
    assert texts(split_sentences(text)) == [
        "Title",
        "Mr. Smith went to\nWashington.",
        "He arrived at 5 p.m.\nTuesday.",
    ]


def test_sentence_offsets_point_into_the_original_text() -> None:
    text = "\ufeff  Hi there!  Is it?\r\n\r\n“Yes.”  "
    sentences = split_sentences(text)
    assert sentences == (
        Span(3, 12, "Hi there!"),
        Span(14, 20, "Is it?"),
        Span(24, 30, "“Yes.”"),
    )


# ----------------------------------------------------------------- properties

TOKENS = [
    "a", "The", "Mr", "U.S", "p.m", "Inc", "I", "e", "1", "2.5", "$100.00", "9", "x@y.com",
    ".", "..", "...", ". . .", "…", "?", "!", "?!", "!!", ",", ";", ":", "—", "-", "_", "•",
    "(", ")", "[", "]", "\"", "'", "“", "”", "‘", "’", "``", "''",
    " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\r\n\r\n", " \n ", "\u3000", "\xa0",
    "\ufeff", "\u200b", "😀", "👩‍💻", "中文", "é", "\x1c", "\x85", "\u2028",
]  # fmt: skip

tokens_text = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)
any_text = st.one_of(tokens_text, st.text(max_size=300))


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_paragraph_spans_keep_their_invariants(text: str) -> None:
    check_spans(text, split_paragraphs(text))


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_sentence_spans_keep_their_invariants_and_stay_in_one_paragraph(text: str) -> None:
    sentences, paragraphs = split_sentences(text), split_paragraphs(text)
    check_spans(text, sentences)
    for sentence in sentences:
        assert inside_one_paragraph(sentence, paragraphs), sentence


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_bounds_are_the_offsets_of_the_spans(text: str) -> None:
    """The offsets-only readers find what the span readers find."""
    paragraphs = paragraph_bounds(text)
    assert paragraphs == [(p.start, p.end) for p in split_paragraphs(text)]
    sentences = sentence_bounds(text, paragraphs)
    assert sentences == [(s.start, s.end) for s in split_sentences(text)]
    assert sentences == sentence_bounds(text, split_paragraphs(text))


@settings(max_examples=300, deadline=None)
@given(tokens_text, st.sampled_from(["\r\n", "\r"]))
def test_paragraphs_do_not_depend_on_the_line_break_convention(text: str, newline: str) -> None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    converted = text.replace("\n", newline)
    assert [p.text.replace(newline, "\n") for p in split_paragraphs(converted)] == texts(
        split_paragraphs(text)
    )


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_sentences_cover_all_paragraph_text(text: str) -> None:
    """Segmentation drops only whitespace: every non-space character is in some sentence."""
    covered: set[int] = set()
    for sentence in split_sentences(text):
        covered.update(range(sentence.start, sentence.end))
    for i, char in enumerate(text):
        if char not in SPACES:
            assert i in covered, (i, char)


# Words and marks around periods: ordinary words, abbreviations, initials, list markers.
PERIOD_TOKENS = [
    "the", "end", "Mr", "mr", "Inc", "inc", "p.m", "U.S", "I", "a", "iv", "No", "Jan", "etc",
    "vs", "Co", "Gov", "Sen", "é", "élan", "ﬁne", "ŉ", "x\u0301y", "1", "12",
    ". ", ".  ", ".\n", ". A", ". The", ". He", ". É", ". 5", ". (", ". “", ". a", ". “We",
    ". (The", ". 'A", ". \"B", ". ‘C", "St", "Dr", "Mrs",
    ".” ", ".) ", "? ", ". . . ", " ", "\xa0", "\t", "“", "(",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PERIOD_TOKENS), max_size=40).map("".join))
def test_a_plain_period_is_decided_as_the_full_rules_decide_it(text: str) -> None:
    """The cheap test of the commonest sentence end agrees with the full rules wherever it
    says yes."""
    end = len(text.rstrip())
    for sentence in (0, 5, 20):
        for mark in _TERMINAL.finditer(text, 0, end):
            if mark.end() >= end:
                continue
            plain = _plain_period(text, mark.start(), mark.end(), sentence, end)
            if plain is not None:
                expected = mark.end() if plain else None
                assert _decide(text, mark, sentence, end) == expected, (text, mark)


def test_a_plain_period_needs_an_ordinary_word_then_a_capital() -> None:
    text = "They met at the office today. Mr. Lee saw plan B. Then it was over. and so. “We"
    marks = {text[: m.start()].split()[-1]: m for m in _TERMINAL.finditer(text)}
    end = len(text)
    assert _plain_period(text, *marks["today"].span(), 0, end) is True
    assert _plain_period(text, *marks["Mr"].span(), 0, end) is False  # a prefix: goes on
    assert _plain_period(text, *marks["B"].span(), 0, end) is None  # maybe an initial
    assert _plain_period(text, *marks["over"].span(), 0, end) is None  # lower case follows
    assert _plain_period(text, *marks["so"].span(), 0, end) is True  # an opening quote, a capital


# The candidate pattern as first written, with regex's possessive quantifiers and a
# lookbehind of either width: _TERMINAL must find exactly what it finds.
_TERMINAL_REFERENCE = regex.compile(
    rf"""
    (?<! [.?!…‼⁇⁈⁉] [\x20\xa0]? )
    (?P<punct> [.?!…‼⁇⁈⁉]++ (?: [\x20\xa0] [.?!…‼⁇⁈⁉]++ )*+ )
    (?P<close> [)\]"'”’»]*+ )
    (?= [{_SPACE}] | \Z )
    """,
    regex.VERBOSE,
)
MARK_PIECES = [
    ".", "?", "!", "…", "‼", "⁉", " ", "\xa0", "\t", "\n", ")", "]", '"', "'", "”", "’", "»",
    "a", "B", "\u2028", "\u200b", "\x1c",
]  # fmt: skip
# Texts of up to 30 of those pieces, where every mark meets every other.
MARK_TEXTS = st.lists(st.sampled_from(MARK_PIECES), max_size=30).map("".join)


def _marks(pattern: Any, text: str, start: int, end: int) -> list[Any]:
    """What a candidate pattern finds in ``text[start:end]``: spans and groups."""
    return [(m.span(), m["punct"], m["close"]) for m in pattern.finditer(text, start, end)]


def _window(text: str, data: st.DataObject) -> tuple[int, int]:
    start = data.draw(st.integers(0, len(text)))
    return start, data.draw(st.integers(start, len(text)))


@settings(max_examples=1000, deadline=None)
@given(MARK_TEXTS, st.data())
def test_the_candidate_pattern_finds_what_its_reference_finds(
    text: str, data: st.DataObject
) -> None:
    start, end = _window(text, data)
    assert _marks(_TERMINAL, text, start, end) == _marks(_TERMINAL_REFERENCE, text, start, end)


@settings(max_examples=1000, deadline=None)
@given(MARK_TEXTS, st.data())
def test_the_period_pattern_finds_what_the_candidate_pattern_finds_without_other_marks(
    text: str, data: st.DataObject
) -> None:
    start, end = _window(text, data)
    assume(not any(mark in text[start:end] for mark in _OTHER_MARKS))
    assert _marks(_PERIOD_TERMINAL, text, start, end) == _marks(_TERMINAL, text, start, end)
    assert _cuts(text, start, end, _PERIOD_TERMINAL) == _cuts(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARK_PIECES), max_size=30).map("".join))
def test_other_marks_are_every_terminal_mark_but_the_period(text: str) -> None:
    assert _other_marks(text) == [i for i, char in enumerate(text) if char in _OTHER_MARKS]


def test_paragraphs_are_split_in_any_order() -> None:
    text = "Is it? Yes. No.\n\nHe left. She stayed! Then. Done.\n\nA plain one. Two."
    paragraphs = list(split_paragraphs(text))
    forward = sentences_in(text, paragraphs)
    backward = sentences_in(text, paragraphs[::-1])
    assert sorted(backward, key=lambda s: s.start) == list(forward)
    assert [s.text for s in forward][:3] == ["Is it?", "Yes.", "No."]


# ----------------------------------------------------------------- adversarial input

MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("." * MEGABYTE, id="periods"),
        pytest.param("a. " * (MEGABYTE // 3), id="a-period-space"),
        pytest.param("a" * MEGABYTE, id="one-huge-word"),
        pytest.param("\n" * MEGABYTE, id="newlines"),
        pytest.param("\r\n" * (MEGABYTE // 2), id="crlf"),
        pytest.param(" " * MEGABYTE, id="spaces"),
        pytest.param(". " * (MEGABYTE // 2) + "x", id="spaced-dots"),
        pytest.param("." * MEGABYTE + "x", id="periods-then-letter"),
        pytest.param("?!" * (MEGABYTE // 2) + " A", id="question-exclamation"),
        pytest.param("Mr. " * (MEGABYTE // 4), id="titles"),
        pytest.param("1. " * (MEGABYTE // 3), id="list-markers"),
        pytest.param("".join(f"{i}. a. " for i in range(1, 100_000)), id="numbered-list"),
        pytest.param("• a. " * (MEGABYTE // 5), id="bulleted-list"),
        pytest.param("“" * MEGABYTE, id="open-quotes"),
        pytest.param("a\n\n" * (MEGABYTE // 3), id="blank-line-blocks"),
        pytest.param("word " * (MEGABYTE // 5), id="one-long-sentence"),
    ],
)
def test_long_adversarial_input_is_segmented_in_linear_time(text: str) -> None:
    # A quadratic pattern would take hours on a megabyte; these finish in well under a second.
    paragraphs, sentences = split_paragraphs(text), split_sentences(text)
    assert all(span.text for span in paragraphs + sentences)
    if paragraphs:
        assert sentences[-1].end <= paragraphs[-1].end
