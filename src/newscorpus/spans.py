"""Half-open character spans into a document's text."""

from __future__ import annotations

import attrs

__all__ = ["Span"]


@attrs.frozen
class Span:
    """A half-open range ``[start, end)`` of a text, with the text it covers.

    For every span newscorpus returns, ``doc.text[span.start:span.end] ==
    span.text`` holds.

    Attributes:
        start: Offset of the first character.
        end: Offset just past the last character.
        text: The covered text.

    Example:
        >>> text = "Putin said."
        >>> span = Span.of(text, 0, 5)
        >>> span
        Span(start=0, end=5, text='Putin')
        >>> text[span.start:span.end] == span.text
        True
    """

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        # One test of every invariant, not a validator per field: spans are made by the
        # hundred thousand, and the explanation is only worked out for a bad one.
        start, end = self.start, self.end
        if start < 0 or end < start or len(self.text) != end - start:
            raise ValueError(self._fault())

    def _fault(self) -> str:
        """Say what is wrong with the offsets of an impossible span."""
        for name, value in (("start", self.start), ("end", self.end)):
            if value < 0:
                return f"{name} must be >= 0, got {value}"
        if self.end < self.start:
            return f"end ({self.end}) is before start ({self.start})"
        return f"text has {len(self.text)} characters but the span covers {self.end - self.start}"

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Make the span of ``text[start:end]``.

        Args:
            text: The whole text the offsets refer to.
            start: Offset of the first character.
            end: Offset just past the last character.

        Returns:
            The span, holding the covered text.

        Raises:
            ValueError: If the offsets are negative, reversed or past the end.
        """
        if end > len(text):
            raise ValueError(f"end ({end}) is past the end of the text ({len(text)})")
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start
