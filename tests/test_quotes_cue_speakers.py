"""Tests for newscorpus.quotes.cue_speakers: the speaker of a cue."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.quotes.cue_speakers import (
    _ISSUED,
    _PROGRESSIVE,
    _issued,
    _progressive,
    quoted_by,
    speaker_of,
)
from quote_context import context


def speaker(text: str, cue_word: str, quoting: bool = False) -> str | None:
    """The speaker :func:`speaker_of` finds for the first cue that is ``cue_word``."""
    ctx = context(text)
    cue = next(c for c in ctx.cues if text[c.start : c.end] == cue_word)
    found = speaker_of(ctx, cue, ctx.unit_of(cue.start), quoting=quoting)
    return None if found is None else text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        ("Putin said the talks had failed.", "said", "Putin"),
        ("Raisi stressed the need for talks, declaring that war was near.", "declaring", "Raisi"),
        ("Pence went on to say that the plan would work.", "say", "Pence"),
        ("The letter went on to say that the lease would end.", "say", "The letter"),
        ("The union released a statement saying it would strike.", "saying", "The union"),
        ("She laughed and said that it was over.", "said", "She"),
        ("They saw footage of Trump saying that he would win.", "saying", "Trump"),
        ("Ms. Tran spoke for an hour, going on to say that she would run.", "say", "Ms. Tran"),
    ],
)
def test_the_speaker_of_a_cue(text: str, cue_word: str, expected: str) -> None:
    assert speaker(text, cue_word) == expected


def test_a_relative_clause_with_commas_of_its_own_is_stepped_over() -> None:
    text = "Ana Ruiz, who grew up in Salem, Oregon, in the 1990s, said the port was safe."
    assert speaker(text, "said") == "Ana Ruiz"
    text = "Lena Voss, who chairs the board, will lead it. Tom Berg, who, however, said so, left."
    assert speaker(text, "said") == "who"  # the relative pronoun itself, right before the cue


def test_a_dash_leads_a_participle_unless_it_closes_an_aside() -> None:
    assert speaker("Lund changed his mind – saying he was wrong.", "saying") == "Lund"
    text = "Norway -- which takes over in May -- vowing to keep up pressure."
    assert speaker(text, "vowing") is None


def test_a_passive_that_lost_its_auxiliary_names_no_speaker() -> None:
    assert speaker("Ferries halted and the crews told to stay in port.", "told") is None
    assert speaker("Harbor runners warned to beware of storms", "warned") is None
    assert speaker("He warned to expect storms.", "warned") == "He"  # after a pronoun
    assert speaker("Lund told to the board what he saw.", "told") == "Lund"  # "to" a listener
    text = "Port towns urged to stock up on fuel\n\nThe ministry said on Monday …"
    assert speaker(text, "urged") is None  # a headline's passive
    assert speaker("Lund urged to continue the survey.", "urged") == "Lund"  # wire copy's active


def test_a_participle_without_a_lead_reports_for_nobody() -> None:
    # no comma, conjunction, "that" or quotation: "saying" here is not a cue of speech
    assert speaker("It goes without saying that the plan failed.", "saying") is None


def test_a_participle_introducing_a_quotation_takes_the_noun_before_it() -> None:
    text = "Critics pointed to a statement calling it “a violation.”"
    assert speaker(text, "calling", quoting=True) == "a statement"


# Auxiliaries, contractions and adverbs before a participle, and near misses ("This",
# "he's" after a digit, "Is", "fly"), each word followed by its spaces or by none.
progressive_words = st.sampled_from(
    ["is", "isn't", "isn’t", "are", "was", "were", "be", "been", "am", "This", "Is", "he’s",
     "they're", "they’re", "aren’t", "I’m", "I'm", "5’s", "not", "never", "now", "again",
     "quickly", "fly", "LY", "é", ",", "(is", "saying"]
)  # fmt: skip
progressive_spaces = st.sampled_from([" ", "  ", "\xa0", "\t", "\n", ""])


@settings(max_examples=300)
@given(
    st.lists(st.tuples(progressive_words, progressive_spaces), max_size=6),
    st.integers(0, 6),
)
def test_the_string_test_before_the_progressive_pattern_keeps_its_matches(
    pieces: list[tuple[str, str]], lo: int
) -> None:
    text = "".join(word + space for word, space in pieces)
    found = _PROGRESSIVE.search(text, lo, len(text)) is not None
    assert _progressive(text, lo, len(text)) == found


# A sender, an owner, some words and a document before a participle, each part from
# lists with near misses ("reports", "ads", a capital, a line break).
issued_texts = st.tuples(
    st.sampled_from(["", "He ", "é ", "(", "then "]),
    st.sampled_from(["released", "issued", "put out", "sent", "filed", "said"]),
    st.sampled_from([" a ", " the ", " his ", " ", "\xa0a\xa0"]),
    st.sampled_from(["", "brief ", "brief written ", "é "]),
    st.sampled_from(["statement", "e-mail", "email", "op-ed", "ad", "ads", "reports", "Memo"]),
    st.sampled_from(["", ",", ",,"]),
    st.sampled_from([" ", "  ", "\t", "\xa0", "\n", ""]),
).map("".join)


@settings(max_examples=300)
@given(issued_texts, st.integers(0, 4))
def test_the_string_test_before_the_issued_pattern_keeps_its_matches(text: str, lo: int) -> None:
    found = _ISSUED.search(text, lo, len(text))
    issued = _issued(text, lo, len(text))
    assert (issued.span() if issued else None) == (found.span() if found else None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("the paper quoted Zhang as saying", "Zhang"),
        ("the paper cited police chief Ana Voss as saying", "police chief Ana Voss"),
        ("Sudarmo was quoted by the site as saying", "Sudarmo"),
        ("the ministry was cited in the Harbor Daily as saying", "the ministry"),
    ],
)
def test_quoted_by(text: str, speaker: str) -> None:
    found = quoted_by(text, 0, text.index("saying"))
    assert found is not None
    assert text[found[0] : found[1]] == speaker
