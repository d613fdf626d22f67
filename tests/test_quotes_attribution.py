"""Tests for newscorpus.quotes.attribution: quotations and the cues beside them."""

from __future__ import annotations

import pytest

from newscorpus.quotes.attribution import _is_title, attribute
from newscorpus.quotes.context import Draft
from newscorpus.quotes.marks import Quotation
from newscorpus.quotes.model import QuoteKind
from newscorpus.quotes.vocabulary import is_title
from quote_context import context


def drafts(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Each draft as (kind, text, speaker, cue), in text order."""
    ctx = context(text)
    attribute(ctx)

    def cut(span: tuple[int, int] | None) -> str | None:
        return text[span[0] : span[1]] if span else None

    ordered: list[Draft] = sorted(ctx.drafts, key=lambda d: d.start)
    return [(d.kind.value, text[d.start : d.end], cut(d.speaker), cut(d.cue)) for d in ordered]


def test_speaker_after_the_quotation() -> None:
    assert drafts("“We won,” Smith said.") == [("direct", "“We won,”", "Smith", "said")]


def test_inverted_speaker() -> None:
    assert drafts("“We won,” said Smith, the coach.") == [("direct", "“We won,”", "Smith", "said")]


def test_roles_between_the_quotation_and_the_name() -> None:
    text = "“We won,” team lawyer Ann Cole said."
    assert drafts(text) == [("direct", "“We won,”", "Ann Cole", "said")]
    text = "“We won,” post and telecommunications director general Ann Cole said on radio."
    assert drafts(text) == [("direct", "“We won,”", "Ann Cole", "said")]  # a long role


def test_a_cue_with_an_object_of_its_own_does_not_take_the_quotation_before() -> None:
    text = "He called him “Lyin' Ted.” Trump called the senator a “nasty guy.”"
    found = drafts(text)
    assert ("direct", "“Lyin' Ted.”", "Trump", "called") not in found
    assert ("mixed", "the senator a “nasty guy.”", "Trump", "called") in found


def test_an_unpunctuated_name_before_a_cue_is_its_subject() -> None:
    assert drafts("The “Harbor Kings” warned their rivals.") == []
    text = "“I had no fears of coming here” said his wife."  # a sentence that lost its comma
    assert drafts(text) == [("direct", "“I had no fears of coming here”", "his wife", "said")]


def test_a_speaker_with_a_modifier_after_the_quotation() -> None:
    text = "“Prices rose,” the bank's review for April says."
    assert drafts(text) == [("direct", "“Prices rose,”", "the bank's review", "says")]
    text = "“We won,” the authors of the study published in the journal said."
    assert drafts(text) == [("direct", "“We won,”", "the authors", "said")]
    found = drafts("“We won.” A spokesman for Ms. Ruiz declined to comment.")
    assert ("direct", "“We won.”", None, None) in found  # the sentence had ended


def test_lead_in_makes_a_mixed_quote() -> None:
    text = "Clinton, the nominee “is dogged and smart,” the newspaper wrote."
    assert drafts(text) == [
        ("mixed", "Clinton, the nominee “is dogged and smart,”", "the newspaper", "wrote")
    ]


def test_quotation_after_the_cue() -> None:
    assert drafts("Smith said: “We won.”") == [("direct", "“We won.”", "Smith", "said")]
    assert drafts("Smith said that “we won.”")[0][:2] == ("mixed", "“we won.”")


def test_colon_at_the_end_of_a_paragraph() -> None:
    text = "Smith said:\n\n“We won.”"
    assert drafts(text) == [("direct", "“We won.”", "Smith", "said")]


def test_split_quotation() -> None:
    text = "“We won,” Smith said, smiling, “and we will win again.”"
    assert drafts(text) == [
        ("direct", "“We won,”", "Smith", "said"),
        ("direct", "“and we will win again.”", "Smith", "said"),  # one utterance, split
    ]


def test_kinds_are_quote_kinds() -> None:
    assert {QuoteKind(kind) for kind, *_ in drafts("“Yes,” she said. He said it was fine.")} == {
        QuoteKind.DIRECT,
        QuoteKind.INDIRECT,
    }


def test_a_programme_title_after_a_time_and_a_place_is_no_quote() -> None:
    text = "The road will reopen, he said Sunday night on ABC’s “This Week.”"
    assert [d[1] for d in drafts(text)] == ["The road will reopen"]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("Face the Nation", True),
        ("One Two Three Four Five Six Seven.", True),
        ("One Two Three Four Five Six Seven Eight", False),
        ("One Two Three Four Five Six Seven ...", True),  # the dots are cut first
        ("One Two Three Four Five Six Seven Eight Nine Ten Eleven", False),
        ("we will win the race this year, he hopes", False),
    ],
)
def test_is_title_reads_a_long_quotation_no_further_than_a_title(
    inner: str, expected: bool
) -> None:
    text = f"He said “{inner}” twice."
    start = text.index("“")
    end = text.index("”") + 1
    quotation = Quotation(start, end, start + 1, end - 1, True, True, 0)
    assert _is_title(text, quotation) is expected
    assert is_title(inner.rstrip(",. ").split()) is expected  # all its words, as read before
