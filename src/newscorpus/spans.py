"""Half-open character spans into a document's text."""

from __future__ import annotations

import attrs

__all__ = ["Span"]


def _check_offsets(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


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

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"text has {len(self.text)} characters but the span covers {self.end - self.start}"
            )

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
