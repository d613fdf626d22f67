"""Tests for newscorpus.quotes.cues: finding reporting verbs and phrases."""

from __future__ import annotations

import itertools
import re

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newscorpus._data import read_rows
from newscorpus.quotes import cues as cue_lexicon
from newscorpus.quotes.cues import THOUGHT_LEMMAS, Cue, CueKind, find_cues, verb_lemma


def cues(text: str) -> list[tuple[str, str, str]]:
    return [(text[c.start : c.end], c.lemma, c.kind.value) for c in find_cues(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said it.", [("said", "say", "verb")]),
        ("He says it.", [("says", "say", "verb")]),
        ("They say it.", [("say", "say", "verb")]),
        ("Saying it, he left, adding more.", [("adding", "add", "participle")]),
        ("He has told us and tweeted.", [("told", "tell", "verb"), ("tweeted", "tweet", "verb")]),
        ("She wrote, then warned.", [("wrote", "write", "verb"), ("warned", "warn", "verb")]),
        ("He pointed out the flaw.", [("pointed out", "point out", "verb")]),
        ("She went on: no.", [("went on", "go on", "verb")]),
    ],
)
def test_verbs_in_every_inflection(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cues(text) == expected


def test_phrases_in_any_case_and_spacing() -> None:
    assert cues("According to him, and according\nto her.") == [
        ("According to", "according to", "according"),
        ("according\nto", "according to", "according"),
    ]
    assert cues("In a statement, it agreed.")[0] == ("In a statement", "in a statement", "channel")


def test_a_channel_phrase_joins_the_verb_before_it() -> None:
    assert cues("He said in a statement that") == [("said in a statement", "say", "verb")]


@pytest.mark.parametrize(
    "text",
    ["the so-called plan", "unsaid", "said-so", "Sayings", "SAID", "“No,” the state-run media"],
)
def test_parts_of_other_words_are_not_cues(text: str) -> None:
    assert cues(text) == []


def test_verb_classes() -> None:
    said, called, continued = find_cues("She said, called and continued.")
    assert said.reports
    assert not said.frames
    assert called.frames
    assert not called.reports
    assert not continued.reports
    assert not continued.frames


def test_verb_lemma() -> None:
    assert verb_lemma("told") == "tell"
    assert verb_lemma("believes") is None
    assert verb_lemma("table") is None


@pytest.mark.parametrize(
    "name", ["reporting_verbs.txt", "framing_verbs.txt", "quote_verbs.txt", "thought_verbs.txt"]
)
def test_verb_lists_give_every_inflection(name: str) -> None:
    for row in read_rows(name):
        assert len(row) >= 3, row  # base, third person, past (and -ing)
        assert any(form.split("_")[0].endswith("ing") for form in row), row


def test_the_issue_left_out_verbs_that_make_false_quotes() -> None:
    for word in ("believe", "believes", "show", "shows", "provide", "provided", "think", "want"):
        assert verb_lemma(word) is None, word


def test_verbs_of_thought_are_cues_apart_from_reporting_verbs() -> None:
    found = find_cues("The poll shows that voters doubt it, and he said so.")
    assert [c.lemma for c in found] == ["show", "doubt", "say"]
    assert {c.lemma for c in found} & THOUGHT_LEMMAS == {"show", "doubt"}
    assert not THOUGHT_LEMMAS & {verb_lemma(w) for w in ("said", "told", "warned")}


def test_cues_are_sorted_and_never_overlap() -> None:
    found = find_cues("According to him she said in an interview that he told them, adding more.")
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(isinstance(c, Cue) and isinstance(c.kind, CueKind) for c in found)


def test_verbs_of_manner_attribute_a_quotation_but_their_participles_do_not() -> None:
    for row in read_rows("manner_verbs.txt"):
        assert len(row) >= 3, row
        assert not any(form.endswith("ing") for form in row), row
    assert [c.lemma for c in find_cues("“Nonsense,” she scoffed.")] == ["scoff"]
    assert [c.lemma for c in find_cues("“We won,” he said, smiling.")] == ["say"]
    assert not find_cues("She gave a laugh and smiles at the camera.")


def test_no_phrase_starts_with_a_verb_form() -> None:
    """find_cues sorts cues by start alone: a phrase and a verb never start together."""
    forms = {key.decode().lower() for key in cue_lexicon._FORMS}
    assert forms.isdisjoint(cue_lexicon._PHRASE_OPENERS)


@given(
    st.lists(st.text(alphabet="abcs", min_size=1, max_size=5), max_size=12),
    st.text(alphabet="abcs", max_size=6),
)
def test_a_trie_matches_exactly_its_words(words: list[str], probe: str) -> None:
    pattern = re.compile(f"(?:{cue_lexicon._trie(sorted(set(words)))})") if words else None
    matched = pattern is not None and pattern.fullmatch(probe) is not None
    assert matched == (probe in words)


def test_the_lexicon_scan_finds_every_word_as_a_whole_word() -> None:
    for key in cue_lexicon.CUE_WORDS:
        found = cue_lexicon.lexicon_words(f"({key.decode()})", cue_lexicon._cue_scan())
        assert found == ([(1, key)] if key.isalpha() else [])  # "op-ed" is no run of letters
    scan = cue_lexicon.word_scan([b"said", b"say"])
    text = "resaid saidx says “said”–said"
    assert cue_lexicon.lexicon_words(text, scan) == [
        (text.index("“said") + 1, b"said"),
        (text.rindex("said"), b"said"),
    ]


@given(st.text(alphabet=st.sampled_from("saidySAID -’é\n“😀")))
def test_the_lexicon_scan_finds_the_runs_of_ascii_letters_a_split_finds(text: str) -> None:
    lexicon = (b"said", b"say", b"a")
    found = cue_lexicon.lexicon_words(text, cue_lexicon.word_scan(lexicon))
    runs = cue_lexicon.words_of(text)
    assert {word for _, word in found} == {run for run in runs if run.lower() in lexicon}
    assert all(text[start : start + len(word)] == word.decode() for start, word in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("José said: “Sí,” then Zoë told him.", ["said", "told"]),  # offsets past non-ASCII
        ("Renésaid it; Ésaid it. 😀 “A” said ok", ["said"]),  # a letter outside ASCII joins
        ("said", ["said"]),  # the text's first and last word
        ("\ud800said \U0001f600 told", ["said", "told"]),  # a lone surrogate, an astral emoji
    ],
)
def test_cues_after_characters_outside_ascii(text: str, expected: list[str]) -> None:
    assert [text[c.start : c.end] for c in find_cues(text)] == expected


_SPACINGS = [" ", "  ", "\n", "\t", "\xa0", "\x1c", ", ", "-", ""]


@st.composite
def phrase_texts(draw: st.DrawFn) -> str:
    """Cue phrases with their words in any case (long s and Kelvin sign too) and spacing."""
    pieces = []
    for _ in range(draw(st.integers(1, 3))):
        phrase = draw(st.sampled_from(sorted(cue_lexicon._PHRASES)))
        for word in phrase.split():
            pieces.append(draw(st.sampled_from([*_SPACINGS, "said", "é"])))
            spelling = st.sampled_from([word, word.upper(), word.capitalize()])
            word = draw(spelling).replace("s", draw(st.sampled_from(["s", "\u017f"])))
            pieces.append(word.replace("k", draw(st.sampled_from(["k", "\u212a"]))))
    return "".join(pieces)


@given(phrase_texts())
@example("in a pre\u017fs release, “said” Acc according\xa0TO")  # long s: a folded "s"
def test_the_cheap_test_before_a_phrase_pattern_keeps_every_phrase(text: str) -> None:
    found = find_cues(text)
    every = cue_lexicon._has_beside
    try:
        cue_lexicon._has_beside = lambda *args: True  # type: ignore[assignment]
        assert find_cues(text) == found
    finally:
        cue_lexicon._has_beside = every


@given(phrase_texts(), st.sampled_from([" ", "  ", "\xa0", " \n"]))
@example("in a", " ")
@example("at A", " ")
def test_the_cheap_test_before_a_channel_phrase_keeps_every_phrase(phrase: str, space: str) -> None:
    text = "Ana said" + space + phrase + " Ohio."
    found = find_cues(text)
    opens = cue_lexicon._opens_channel
    try:  # the test before: the first word alone
        cue_lexicon._opens_channel = lambda opening, reach: (  # type: ignore[assignment]
            opening[1].lower() in cue_lexicon._CHANNEL_STARTS
        )
        assert find_cues(text) == found
    finally:
        cue_lexicon._opens_channel = opens


def test_the_particles_of_a_form_are_tried_in_their_order_by_one_pattern() -> None:
    phrasal = [
        form.split("_")
        for name in (
            "non_cue_phrasal_verbs.txt",
            "reporting_verbs.txt",
            "framing_verbs.txt",
            "quote_verbs.txt",
            "manner_verbs.txt",
            "thought_verbs.txt",
        )
        for row in read_rows(name)
        for form in row
        if "_" in form
    ]
    for first, *rest in phrasal + [[first, "nothing"] for first, *_ in phrasal]:
        text = " ".join([first, *rest]) + "."
        end = len(first)
        particles = cue_lexicon._PHRASAL[first]
        one_by_one = next(
            (
                k
                for k, (p, _) in enumerate(particles)
                if regex.compile(p).match(text, end, end + 40)
            ),
            None,
        )
        pattern = cue_lexicon._FORMS[first.encode()][2]
        assert pattern is not None
        found = pattern.match(text, end, end + 40)
        assert (found.lastindex - 1 if found and found.lastindex else None) == one_by_one, text
