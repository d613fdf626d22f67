"""Capitalised runs and their tokens: the shortcuts and the ASCII patterns read text as the
general path and the Unicode patterns do."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscorpus.lexicon import TOKEN
from newscorpus.name_runs import (
    _ASCII_TOKEN,
    _INITIALS,
    _LONG_WORD,
    _LOWER_WORD,
    _PLAIN_LOWER_WORD,
    _RUN,
    _SHAPED_RUN,
    _SPACED_LOWER_WORD,
    _initials,
    _one_of,
    _shape,
    article_start,
    find_runs,
    is_title_case,
    one_token,
    plain_groups,
    run_tokens,
)

# Pieces of capitalised runs: words, digits, initials, periods, possessives, hyphens,
# abbreviations from the word lists, connectors and spaces.
PIECES = [
    "Putin", "G7", "U", "S", ".", "'s", "’s", "'", "s", "-", "‐", "Nov", "Sen", "Gov", "Jr",
    "Al", "al-", "of", "the", " ", "  ", "\t", "\xa0", "Ab", "Mc", "O'", "Brien", "7", "+",
    "I", "J", "R", "St", "Calif", "A.", "é", "\u0301", "_", ",", "\n", "Sen.", "Gov.", "Jr.",
    "St.", "Inc.", "Tuesday.", "Co.",
]  # fmt: skip
run_texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(run_texts)
@example("Sen. Smith met Gov. Jones and Smith Jr. at St. Paul, Calif.")
@example("China's G7 U.S. J. Tuesday. Iran’s")
def test_a_one_token_run_is_what_the_tokenizer_reads(text: str) -> None:
    for run in _RUN.finditer(text):
        token = one_token(run.group())
        if token is None:
            continue
        groups = list(run_tokens(text, run.start(), run.end()))
        assert [[(t[0], t[1], t[3]) for t in g] for g in groups] == [
            [(run.start(), run.start() + len(token), token)]
        ]


@settings(max_examples=300, deadline=None)
@given(run_texts)
def test_a_run_with_a_space_is_never_one_token(text: str) -> None:
    """The finder does not ask one_token about such runs."""
    for run in _RUN.finditer(text):
        if " " in run.group():
            assert one_token(run.group()) is None


# Words that may end a group, and abbreviations and initials that keep their period or not.
PLAIN_GROUP_PIECES = ["Party.", "Ann", "Lee’s", "Jones'", "Iowa.", "Mr.", "Mrs.", "Dr."]
PLAIN_GROUP_PIECES += ["Rep.", "W.", "w.", "Messrs.", "Corp.", "Lt.", "Adm.", "Ex.", "É.", "Éva."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, *PLAIN_GROUP_PIECES]), max_size=9))
@example(["Ann", " ", "Lee", ".", " ", "Party", ".", " ", "I", "."])
@example(["Mr.", " ", "Ann", " ", "W.", " ", "Lee", " ", "Jr."])
@example(["Gov.", " ", "Ann", " ", "Lee", ".", " ", "Dr.", " ", "Rep.", "  ", "Sen."])
@example(["Iowa.", " ", "Lee’s", " ", "Jones'", "  ", "Ann"])
def test_plain_groups_are_the_tokenizers_groups(pieces: list[str]) -> None:
    text = "".join(pieces)
    for run in _RUN.finditer(text):
        groups = plain_groups(run.group(), run.start())
        if groups is not None:
            assert groups == list(run_tokens(text, run.start(), run.end()))


def _shaped_runs(text: str) -> list[tuple[int, int]]:
    """The spans :data:`_SHAPED_RUN` finds in the shape of ``text``."""
    shape = _shape(text)
    assert len(shape) == len(text)
    return [m.span() for m in _SHAPED_RUN.finditer(shape)]


ASCII_PIECES = [
    "Putin", "Al", "al-", "bin", "of", "the", "and", "&", "de", "della", "y", "van", "U.S.",
    "O'Brien", "OPEC+", "-", "_", "7", " ", "  ", "\t", "\n", ",", ".", "x", "B", "abu-", "el",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(ASCII_PIECES), max_size=16).map("".join))
@example("Bank of America and al-Assad met Abu bin Laden of the  U.S. and OPEC+ de la Rosa")
def test_the_shaped_run_pattern_finds_the_same_runs(text: str) -> None:
    assert _shaped_runs(text) == [m.span() for m in _RUN.finditer(text)]


# Characters outside ASCII that are no word characters, and some that are.
OTHER_PIECES = ["’", "‐", "\xa0", "“", "—", "…", "\u202a", "²", "É", "é", "\u0301", "ǅ", "\u200d"]
OTHER_PIECES += ["”", "‘", "–", "―"]  # the rest of what news holds most


# Word characters outside ASCII, capitals among them, and such letters in connectors.
OTHER_PIECES += ["Ã", "ß", "Ω", "ü", "中", "\U0001d400", "dé", "vón", "bín", "¡", "\ufeff"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(ASCII_PIECES + OTHER_PIECES), max_size=16).map("".join))
@example("Bank\xa0of\xa0America’s CEO met al‐Assad “Abu bin Laden”—OPEC+ and U.S.‐Iran")
@example("José Ãlvarez dé la Peña met Ωmega of Zürich and Ève bin Émile")
def test_the_shaped_run_pattern_serves_every_text(text: str) -> None:
    assert _shaped_runs(text) == [m.span() for m in _RUN.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*ASCII_PIECES, "Sen.", "Calif.", "'s", "s", "Su-35", ")"]), max_size=16
    ).map("".join)
)
@example("Sen. O'Brien's al-Assad met J.R.R. Tolkien of Israel-Gaza, OPEC+ and G7. Calif.")
def test_the_ascii_token_pattern_finds_the_same_tokens(text: str) -> None:
    for start in (0, len(text) // 2):
        assert [m.span() for m in _ASCII_TOKEN.finditer(text, start)] == [
            m.span() for m in TOKEN.finditer(text, start)
        ]
        assert [m.span() for m in _ASCII_TOKEN.finditer(text, 0, start)] == [
            m.span() for m in TOKEN.finditer(text, 0, start)
        ]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*ASCII_PIECES, "Sen.", "’", "‐", "I’m", "O’Brien’s", "al‐", "s"]),
        max_size=16,
    ).map("".join)
)
@example("O’Brien’s al‐Assad met Israel‐Gaza’s I’m")
def test_the_ascii_token_pattern_reads_curly_apostrophes_and_hyphens_as_plain_ones(
    text: str,
) -> None:
    plain = text.replace("’", "'").replace("‐", "-")
    assert [m.span() for m in _ASCII_TOKEN.finditer(plain)] == [
        m.span() for m in TOKEN.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A" + " " * 1_000_000 + "b",
        "A of " + " " * 1_000_000 + "b",
        "A of the and " * 80_000,
        "A al-" * 200_000,
        "Ab-" * 300_000 + " x",
        "O'b" * 300_000 + "'s",
    ],
    ids=["spaces", "connector_and_spaces", "connectors", "articles", "hyphens", "apostrophes"],
)
def test_ascii_patterns_take_linear_time_on_long_inputs(text: str) -> None:
    assert _shaped_runs(text) == [m.span() for m in _RUN.finditer(text)]
    assert [m.span() for m in _ASCII_TOKEN.finditer(text)] == [
        m.span() for m in TOKEN.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    ["é" * 1_000_000, "Éa " * 330_000, "中文字 " * 250_000, "Ana Peña dé la Ωmega. " * 45_000],
    ids=["one_accented_letter", "accented_capitals", "other_script", "accented_names"],
)
def test_shapes_take_linear_time_on_long_inputs_outside_ascii(text: str) -> None:
    assert _shaped_runs(text) == [m.span() for m in _RUN.finditer(text)]


@pytest.mark.parametrize(
    ("run", "token"),
    [
        ("Putin", "Putin"),
        ("G7", "G7"),
        ("U.S.", "U.S."),
        ("J.", "J."),
        ("Tuesday.", "Tuesday"),
        ("China's", "China"),
        ("Iran’s", "Iran"),
    ],
)
def test_one_token_runs(run: str, token: str) -> None:
    assert one_token(run) == token


@pytest.mark.parametrize("run", ["New York", "U.S.-Russian", "Al-Nahyan", "O'Brien's", "I'm"])
def test_runs_of_more_than_one_token_go_to_the_tokenizer(run: str) -> None:
    assert one_token(run) is None


def _title_case_reference(line: str) -> bool:
    """The rule as documented: a line of at most 300 characters with no lower-case word
    that title case capitalises, and three or more capitalised words of four letters."""
    return len(line) <= 300 and not _LOWER_WORD.search(line) and len(_LONG_WORD.findall(line)) >= 3


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Abcd", "Wxyz", "of", "the", "word", " ", "1", "-"])))
@example(["Abcd", " ", "Wxyz", " ", "of", " ", "Abcd"])
def test_title_case_lines_follow_the_rule(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert is_title_case(line) == _title_case_reference(line)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Abcd", "Wxyz", "of", "the", "word", " ", "1", "-", "’", "é", "\n"]))
)
@example(["Abcd", " ", "Wxyz", " ", "of", " ", "Abcd", "\n", "Abcd", " ", "Wxyz", " ", "Abcd"])
def test_a_line_is_told_in_its_text_as_alone(pieces: list[str]) -> None:
    text = "".join(pieces)
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        assert is_title_case(text, start, end) == is_title_case(line)
        start = end + 1


LINE_PIECES = [
    "the", "and", "van", "that", "an", "a", "ab", "ing", "é", "É", "A", "B", "5", "_", "'", "’",
    "-", ",", ".", " ", "\t", "\xa0", "ǅ", "Ⅻ", "²", "ŉ", "ß",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=12).map("".join))
def test_the_cheap_lower_word_test_finds_only_lower_words(line: str) -> None:
    """Where the stdlib pattern finds a word, title case would have capitalised one."""
    if _PLAIN_LOWER_WORD.search(line):
        assert _LOWER_WORD.search(line)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=12).map("".join))
def test_a_lower_word_after_a_space_is_one_the_cheap_test_finds(line: str) -> None:
    for m in _SPACED_LOWER_WORD.finditer(line):
        found = _PLAIN_LOWER_WORD.match(line, m.start() + 1)
        assert found is not None
        assert found.end() == m.end()


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.text(alphabet="abd&", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="abd&", max_size=5),
)
def test_one_of_matches_exactly_the_words(words: set[str], text: str) -> None:
    assert (regex.fullmatch(_one_of(words), text) is not None) == (text in words)


@pytest.mark.parametrize(
    ("text", "found", "start"),
    [
        ("met al-Assad", "Assad", "al-Assad"),
        ("met bin‐Laden", "Laden", "bin‐Laden"),
        ("a pre-Assad era", "Assad", "Assad"),
        ("the anti-Putin vote", "Putin", "Putin"),
    ],
)
def test_a_run_begins_at_the_article_joined_to_it(text: str, found: str, start: str) -> None:
    assert article_start(text, text.index(found)) == text.index(start)


@pytest.mark.parametrize("text", ["Putin", "“Putin’s”\xa0—", "Pétain", "Ǆukić"])
def test_every_text_is_read_in_its_shape(text: str) -> None:
    runs = list(find_runs(text))
    assert all(m.re is _SHAPED_RUN for m in runs)
    assert [m.span() for m in runs] == [m.span() for m in _RUN.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("AZaz.É é1"), max_size=8))
def test_initials_are_told_as_their_pattern_tells_them(word: str) -> None:
    assert _initials(word) == (_INITIALS.fullmatch(word) is not None)
