from __future__ import annotations

import pytest

from newscorpus import Span


def test_span_holds_its_text() -> None:
    span = Span.of("Putin said.", 0, 5)
    assert (span.start, span.end, span.text) == (0, 5, "Putin")
    assert len(span) == 5


def test_span_is_frozen_and_hashable() -> None:
    span = Span(0, 1, "a")
    with pytest.raises(AttributeError):
        span.start = 3  # type: ignore[misc]
    assert {span, Span(0, 1, "a")} == {span}


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [(-1, 0, ""), (0, -1, ""), (3, 2, ""), (0, 2, "a")],
)
def test_span_rejects_impossible_offsets(start: int, end: int, text: str) -> None:
    with pytest.raises(ValueError, match=r"must be >= 0|before start|characters"):
        Span(start, end, text)


def test_span_of_rejects_offsets_past_the_end() -> None:
    with pytest.raises(ValueError, match="past the end"):
        Span.of("abc", 1, 9)
