"""Tests for newscorpus.dates.lexicon: the word lists and the helpers built on them."""

from __future__ import annotations

import re

import pytest

from newscorpus.dates import lexicon


def test_lists_are_complete() -> None:
    assert sorted(set(lexicon.MONTHS.values())) == list(range(1, 13))
    assert sorted(set(lexicon.WEEKDAYS.values())) == list(range(1, 8))
    assert lexicon.MONTHS["sept"] == 9
    assert lexicon.WEEKDAYS["thurs"] == 4
    assert lexicon.UNITS["decades"] == (10, "Y")
    assert lexicon.SEASONS["autumn"] == "FA"
    assert "thanksgiving" in lexicon.HOLIDAYS
    assert "in" in lexicon.CONTEXT["month_lead"]
    assert lexicon.REFERENCES["the future"] == "FUTURE_REF"
    assert lexicon.FREQUENCIES["weekly"] == "P1W"
    assert lexicon.TENSE_CUES["will"] == ("future", "both")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3", 3),
        ("1,000", 1000),
        ("2.5", 2.5),
        ("5 1/2", 5.5),
        ("5½", 5.5),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a hundred", 100),
        ("two hundred", 200),
        ("a", 1),
        ("An", 1),
        ("half an", 0.5),
        ("a couple of", 2),
        ("two and a half", 2.5),
        ("several", None),
        ("", None),
        ("eleventy", None),
    ],
)
def test_number_value(text: str, value: float | None) -> None:
    assert lexicon.number_value(text) == value


def test_fill_and_alternation() -> None:
    pattern = lexicon.fill(
        r"%(M)s\s+\d{1,2}", {"M": lexicon.alternation(["May", "June"], upper=True)}
    )
    assert re.fullmatch(pattern, "JUNE 12")
    assert re.fullmatch(pattern, "May 5")
    assert not re.fullmatch(pattern, "may 5")
    assert re.fullmatch(lexicon.alternation(["New Year's"]), "New  Year’s")
    with pytest.raises(KeyError):
        lexicon.fill("%(NOPE)s", {})
