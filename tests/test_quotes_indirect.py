"""Tests for newscorpus.quotes.indirect: reported speech without quotation marks."""

from __future__ import annotations

import pytest

from newscorpus.quotes.attribution import attribute
from newscorpus.quotes.cues import find_cues
from newscorpus.quotes.indirect import _role_before, _thought_kind
from quote_context import context


def reported(text: str) -> list[tuple[str, str, str | None, str]]:
    """Each draft as (kind, content, speaker, cue), in text order."""
    ctx = context(text)
    attribute(ctx)
    out = []
    for d in sorted(ctx.drafts, key=lambda d: d.start):
        speaker = text[d.speaker[0] : d.speaker[1]] if d.speaker else None
        cue = text[d.cue[0] : d.cue[1]] if d.cue else ""
        out.append((d.kind.value, text[d.start : d.end], speaker, cue))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said the road would reopen.", ("the road would reopen", "The mayor", "said")),
        (
            "The mayor said that the road would reopen.",
            ("the road would reopen", "The mayor", "said"),
        ),
        ("She told reporters the road would reopen.", ("the road would reopen", "She", "told")),
        ("The road will reopen, the mayor said.", ("The road will reopen", "the mayor", "said")),
        ("The road will reopen, said the mayor.", ("The road will reopen", "the mayor", "said")),
        (
            "The road, the mayor said, will reopen.",
            ("The road, the mayor said, will reopen", "the mayor", "said"),
        ),
        (
            "According to the mayor, the road will reopen.",
            ("the road will reopen", "the mayor", "According to"),
        ),
        (
            "The road will reopen, according to the mayor.",
            ("The road will reopen", "the mayor", "according to"),
        ),
        (
            "The road will reopen, as the mayor has said.",
            ("The road will reopen", "the mayor", "said"),
        ),
        (
            "The mayor described the plan as a failure.",
            ("the plan as a failure", "The mayor", "described"),
        ),
        ("The union called for a strike.", ("a strike", "The union", "called for")),
        (  # a reporting verb's object: what was reported
            "The mayor recounted an argument with the council.",
            ("an argument with the council", "The mayor", "recounted"),
        ),
        ("Many say the road will reopen.", ("the road will reopen", "Many", "say")),
        (  # any noun phrase as the object, not only one with a determiner
            "The minister denied wrongdoing in the land deal.",
            ("wrongdoing in the land deal", "The minister", "denied"),
        ),
        ("Most of them said they would vote.", ("they would vote", "Most of them", "said")),
        (  # a negated cue and a reported question
            "Lawmakers have not said when they would vote.",
            ("when they would vote", "Lawmakers", "said"),
        ),
        (
            "The mayor isn’t saying what the plan would cost.",
            ("what the plan would cost", "The mayor", "saying"),
        ),
        (
            "The mayor is once again questioning the cost of the bridge.",
            ("the cost of the bridge", "The mayor", "questioning"),
        ),
        (  # a trailing speaker with appositions
            "The road will reopen, said Ana Lopez, the mayor, who spoke Tuesday.",
            ("The road will reopen", "Ana Lopez", "said"),
        ),
        (  # a name that looks like a participle opens the sentence
            "Helbing smiled at the crowd, and said the vote was close.",
            ("the vote was close", "Helbing", "said"),
        ),
        (  # a verb joined by "but also", "yet" takes the subject of the first
            "The senator agreed, but also contended that the law was too strict.",
            ("the law was too strict", "The senator", "contended"),
        ),
        (
            "The senator complained about the rules, even suggesting they were rigged.",
            ("they were rigged", "The senator", "suggesting"),
        ),
        (  # a plural noun that is also a cue's word ends a compound subject
            "Voting rights advocates have criticized the new map.",
            ("the new map", "Voting rights advocates", "criticized"),
        ),
        ("The union has endorsed Lopez.", ("Lopez", "The union", "endorsed")),  # a name alone
        (  # a clause between commas is no apposition of the trailing speaker
            "The vote failed, and the meeting ended early, said one council member.",
            (
                "The vote failed, and the meeting ended early",
                "one council member",
                "said",
            ),
        ),
        (  # titles and roles between the comma and a trailing speaker's name
            "The dam will hold, the city’s chief engineer Ana Ruiz said.",
            ("The dam will hold", "Ana Ruiz", "said"),
        ),
        (  # a contrast that goes on with the same subject stays in the content
            "She said they liked the plan, but could not pay for it.",
            ("they liked the plan, but could not pay for it", "She", "said"),
        ),
        (  # an object goes on past a relative clause to its complement
            "The mayor accused Lee, who runs the port, of hiding the losses.",
            ("Lee, who runs the port, of hiding the losses", "The mayor", "accused"),
        ),
        (
            "Mr. Lee spoke emotionally of his years in the navy.",
            ("his years in the navy", "Mr. Lee", "spoke"),
        ),
        # the finding of a survey, study or record: its object, with or without a verb
        ("The audit found the money was gone.", ("the money was gone", "The audit", "found")),
        (
            "A poll released Monday showed the mayor leading the field.",
            ("the mayor leading the field", "A poll released Monday", "showed"),
        ),
        (
            "A study by the institute found gains in reading scores.",
            ("gains in reading scores", "A study by the institute", "found"),
        ),
        ("Court video shows him leaving the car.", ("him leaving the car", "Court video", "shows")),
    ],
)
def test_reported_speech(text: str, expected: tuple[str, str, str]) -> None:
    assert ("indirect", *expected) in reported(text)


def test_a_participle_takes_the_speaker_of_its_sentence() -> None:
    text = "Raisi stressed the need for talks, declaring that war was near."
    assert ("indirect", "war was near", "Raisi", "declaring") in reported(text)


def test_a_participle_after_a_relative_clause_takes_the_main_subject() -> None:
    text = "Trump hit back at a critic who said he lied, saying that the claim was false."
    found = reported(text)
    assert ("indirect", "the claim was false", "Trump", "saying") in found
    assert ("indirect", "he lied", "who", "said") in found


def test_a_verb_of_thought_reports_a_that_clause() -> None:
    text = "The audit found that the money was gone."
    assert reported(text) == [("indirect", "the money was gone", "The audit", "found")]


def test_a_verb_of_hope_or_fear_reports_a_clause_without_that() -> None:
    text = "Engineers fear the old dam could fail this winter."
    assert reported(text) == [
        ("indirect", "the old dam could fail this winter", "Engineers", "fear")
    ]
    assert reported("Engineers believe the old dam could fail.") == []
    text = "Court records show the firm paid no tax last year."
    assert reported(text) == [
        ("indirect", "the firm paid no tax last year", "Court records", "show")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The author of the report found his notes.",  # a person, not the report
        "Poll workers found the ballots in a box.",  # the document's noun a modifier
        "Ana Poll found her keys.",  # a name
        "The e-mails would have shown up in the search.",  # another verb
        "The missing report found its way to the press.",  # an idiom
        "Police found the report in a drawer.",  # the document is the object
    ],
)
def test_a_finding_needs_a_document_as_subject(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows what the repairs will cost.",  # a question
        "You know the roads are closed.",  # a vague subject
        "He sat down, fearing the roof would fall.",  # a participle
    ],
)
def test_a_bare_clause_of_thought_needs_a_plain_subject_and_statement(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "how", "expected"),
    [
        ("Engineers fear", "that", True),
        ("Engineers fear", "bare", True),  # a verb of THOUGHT_BARE, finite
        ("Engineers found", "that", True),
        ("Engineers found", "bare", False),  # "found" needs "that"
        ("fearing", "bare", False),  # a participle needs "that"
        ("Engineers fear", "comma", False),
        ("Engineers fear", None, False),  # no clause
    ],
)
def test_the_kind_of_clause_a_verb_of_thought_reports(
    text: str, how: str | None, expected: bool
) -> None:
    # told before the speaker is looked for: whatever the subject, no other clause is reported
    (cue,) = find_cues(text)
    found = None if how is None else (len(text) + 1, how)
    assert _thought_kind(cue, found) is expected


def test_a_question_that_opens_a_sentence_has_no_asker() -> None:
    text = "Asked on Friday whether the port would reopen, the director said it would."
    found = reported(text)
    assert ("indirect", "whether the port would reopen", None, "Asked") in found
    assert ("indirect", "it would", "the director", "said") in found
    assert reported("Asked twice, the director said nothing.") == []  # no question


def test_a_verb_of_thought_ends_no_other_content() -> None:
    text = "She said the mayor knew that the bridge was unsafe."
    assert ("indirect", "the mayor knew that the bridge was unsafe", "She", "said") in reported(
        text
    )


def test_a_clause_with_a_quotation_is_mixed() -> None:
    (kind, content, _, _) = reported("He said the plan was “dead on arrival.”")[0]
    assert (kind, content) == ("mixed", "the plan was “dead on arrival.”")


@pytest.mark.parametrize(
    "text",
    [
        "It goes without saying that the plan failed.",
        "Putin said as he welcomed the guests.",
        "They continued to rise all year.",
        "The mayor told the council.",  # a listener is no content
        "The mayor spoke to reporters on Tuesday.",  # no topic
        "Interest rates are rising again.",  # a cue's word as a noun before a verb
        "The clerk found the money was gone.",  # a verb of thought without "that"
        "Wages rose sharply, showed the new study.",  # ... and never inverted
        "Officials hope to reopen the bridge.",
    ],
)
def test_nothing_reported(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents will rise, a spokeswoman, Ana Ruiz, said.", "Rents will rise"),
        ("Rents will rise, the agency's director, Ana Ruiz, said.", "Rents will rise"),
        ("Rents will rise, Ana Ruiz, the mayor, said.", "Rents will rise"),
    ],
)
def test_a_role_before_the_speakers_name_is_not_content(text: str, expected: str) -> None:
    assert reported(text)[0][1] == expected


def test_role_before_moves_only_over_a_role() -> None:
    text = "Rents will rise, a spokeswoman, Ana Ruiz, said."
    comma = text.index(", Ana")
    assert _role_before(text, 0, comma) == text.index(", a spokeswoman")
    other = "Rents will rise, a week later, Ana Ruiz, said."
    assert _role_before(other, 0, other.index(", Ana")) == other.index(", Ana")


def test_but_that_continues_the_reported_clause() -> None:
    (_, content, _, _) = reported("He said that rents would rise, but that wages would too.")[0]
    assert content == "rents would rise, but that wages would too"
