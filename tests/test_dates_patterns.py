"""Tests for newscorpus.dates.patterns: the rules of the big pattern."""

from __future__ import annotations

import pytest

from newscorpus.dates.normalize import HANDLERS
from newscorpus.dates.patterns import _RULES, TIMEX


def test_every_rule_has_a_handler() -> None:
    assert {name for name, _ in _RULES} == set(HANDLERS)


def test_rule_names_are_unique() -> None:
    names = [name for name, _ in _RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("2023-12-07", "iso"),
        ("12/7/2023", "slash"),
        ("6:18 p.m.", "clock"),
        ("the week of March 6", "weekof"),
        ("Dec. 7, 2023", "md"),
        ("7 December 2023", "dm"),
        ("July 2022", "my"),
        ("the 1990s", None),  # "the" is not part of a decade
        ("1990s", "decade"),
        ("19th century", "century"),
        ("the third quarter", "quarter"),
        ("Thanksgiving Day", "holiday"),
        ("Friday night", "partday"),
        ("the weekend", "weekend"),
        ("this time last year", "thistime"),
        ("the past two months", "amountrel"),
        ("last month", "relative"),
        ("the end of the year", "periodof"),
        ("two years ago", "ago"),
        ("two days later", "later"),
        ("every 10 minutes", "set"),
        ("three days", "duration"),
        ("1998", "year"),
        ("summer", "season"),
        ("April", "month"),
        ("Friday", "weekday"),
        ("day-long", "unitlong"),
        ("recent days", "bare"),
        ("now", "deictic"),
    ],
)
def test_rule_for_each_form(text: str, rule: str | None) -> None:
    m = TIMEX.match(text)
    if rule is None:
        assert m is None or m.end() < len(text)
    else:
        assert m is not None
        assert m.lastgroup == rule
        assert m.group() == text
