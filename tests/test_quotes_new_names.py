"""Tests for newscorpus.quotes.new_names: names that only an attribution gives."""

from __future__ import annotations

import pytest

from newscorpus.quotes.new_names import new_name


def _name(text: str, phrase: str) -> tuple[str, bool] | None:
    start = text.index(phrase)
    return new_name(text, start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("“Done,” said Tovin Arkadze, 52.", "Tovin Arkadze", ("Tovin Arkadze", True)),
        ("“Done,” said Laurel H. Fenwick.", "Laurel H. Fenwick", ("Laurel H. Fenwick", True)),
        ("“Done,” said Lee Ha-eun.", "Lee Ha-eun", ("Lee Ha-eun", True)),
        ("Senior Prosecutor Wen Haolin said", "Senior Prosecutor Wen Haolin", ("Wen Haolin", True)),
        ("Mohammed bin Tovin said", "Mohammed bin Tovin", ("Mohammed bin Tovin", True)),
        ("the daily Il Faro reported", "Il Faro", ("Il Faro", False)),
    ],
)
def test_names(text: str, phrase: str, expected: tuple[str, bool]) -> None:
    assert _name(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Arkadze said", "Arkadze"),  # one word: a surname, looked up by the resolver
        ("Reporters Without Borders said", "Reporters Without Borders"),  # a function word
        ("Harbor Credit Union said", "Harbor Credit Union"),  # an organisation's last word
        ("NEW YORK said", "NEW YORK"),  # capitals only
        ("the old Miller farm said", "the old Miller farm"),  # lower-case words
        ("Second-placed Arkadze said", "Second-placed Arkadze"),  # an adjective first
        ("Laurel H. said", "Laurel H."),  # an initial last
        ("Harbor County Says Ferry Will Run\n\nText.", "Harbor County"),  # a headline
    ],
)
def test_not_names(text: str, phrase: str) -> None:
    assert _name(text, phrase) is None


def test_long_line_is_read_in_bounded_time() -> None:
    # the headline test reads a bounded window, however long the line
    text = "Tovin Arkadze said " + "word " * 200_000
    assert _name(text, "Tovin Arkadze") == ("Tovin Arkadze", True)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("He Jiaming", "He Jiaming"),  # the family name He, not the pronoun
        ("Deputy Director of Transport Gao Ruolan", "Gao Ruolan"),
        ("Director of Harbor Studies Nadia Brandt", "Nadia Brandt"),  # at a first name
    ],
)
def test_names_after_a_title_with_its_organisation_and_the_surname_he(
    phrase: str, name: str
) -> None:
    text = f"“We agree,” said {phrase}."  # not a headline: a sentence in lower case
    found = new_name(text, text.index(phrase), text.index(phrase) + len(phrase))
    assert found is not None
    assert found[0] == name
