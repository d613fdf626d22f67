"""Tests for newscorpus.quotes.model: Quote and QuoteKind."""

from __future__ import annotations

import attrs
import pytest

from newscorpus import Mention, Quote, QuoteKind, Span


def test_quote_kind_is_a_string_enum() -> None:
    assert QuoteKind("mixed") is QuoteKind.MIXED
    assert QuoteKind.DIRECT == "direct"
    assert [k.value for k in QuoteKind] == ["direct", "mixed", "indirect"]


def test_quote_is_frozen_and_hashable() -> None:
    quote = Quote(
        0,
        5,
        "“Hi,”",
        QuoteKind.DIRECT,
        Span(0, 5, "“Hi,”"),
        Mention(6, 8, "he"),
        Span(9, 13, "said"),
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.start = 1  # type: ignore[misc]
    assert hash(quote) == hash(attrs.evolve(quote))
    assert quote.paragraph == 0
