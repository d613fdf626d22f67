"""Tests for newscorpus.quotes.resolve: speakers to canonical names."""

from __future__ import annotations

import pytest

from newscorpus.entities import EntityKind, mention_index
from newscorpus.quotes.resolve import Resolver, _nameless_gender


def resolve(text: str, speaker: str, occurrence: int = -1) -> tuple[str | None, EntityKind | None]:
    starts = [i for i in range(len(text)) if text.startswith(speaker, i)]
    start = starts[occurrence]
    mention = Resolver(text, mention_index(text)).resolve(start, start + len(speaker), 0)
    assert mention.text == speaker
    return mention.name, mention.kind


def test_a_surname_takes_the_full_name() -> None:
    text = "Prime Minister Olga Petrova spoke. Later Petrova said no."
    assert resolve(text, "Petrova") == ("Olga Petrova", EntityKind.PERSON)


def test_a_phrase_takes_the_name_inside_it() -> None:
    text = "Russia’s TASS news agency said so."
    assert resolve(text, "Russia’s TASS news agency")[0] == "TASS"


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ("Mr. Daniel Kerr met Ms. Aisha Bello. Then she said no.", "she", "Aisha Bello"),
        ("Ms. Aisha Bello met Mr. Daniel Kerr. Then he said no.", "he", "Daniel Kerr"),
        ("The European Central Bank met. It said no.", "It", "European Central Bank"),
        ("Iran held talks. It said no.", "It", "Iran"),
    ],
)
def test_pronouns(text: str, pronoun: str, name: str) -> None:
    assert resolve(text, pronoun)[0] == name


def test_a_pronoun_prefers_the_last_speaker() -> None:
    text = "Mr. Daniel Kerr said yes. He met Mr. Tom Hale. He said no."
    resolver = Resolver(text, mention_index(text))
    first = text.index("Mr. Daniel Kerr")
    assert resolver.resolve(first, first + len("Mr. Daniel Kerr"), 0).name == "Daniel Kerr"
    last = text.rindex("He")
    assert resolver.resolve(last, last + 2, 0).name == "Daniel Kerr"


def test_a_relative_pronoun_takes_its_antecedent() -> None:
    text = "Senator Ann Lee, who said no, left."
    assert resolve(text, "who") == ("Ann Lee", EntityKind.PERSON)


@pytest.mark.parametrize(
    ("text", "speaker"), [("I said no.", "I"), ("the spokesman said", "the spokesman")]
)
def test_unresolved(text: str, speaker: str) -> None:
    assert resolve(text, speaker) == (None, None)


def test_a_name_only_a_speaker_gives_is_no_antecedent_of_a_pronoun() -> None:
    # "Tovin Arkadze" is in no list: named by the words, but of unknown gender
    text = "Mr. Daniel Kerr spoke. Tovin Arkadze said she left. Then he said no. Arkadze agreed."
    resolver = Resolver(text, mention_index(text))
    start = text.index("Tovin")
    spoken = resolver.resolve(start, start + len("Tovin Arkadze"), 0)
    assert (spoken.name, spoken.kind) == ("Tovin Arkadze", EntityKind.PERSON)
    pronoun = text.index("he said")
    assert resolver.resolve(pronoun, pronoun + 2, 0).name == "Daniel Kerr"
    surname = text.rindex("Arkadze")
    assert resolver.resolve(surname, surname + len("Arkadze"), 0).name == "Tovin Arkadze"


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("Premier Wen Haolin arrived. Later Wen said no.", "Wen", "Wen Haolin"),
        ("Gov. Dana Reyes arrived. “No,” Dana said.", "Dana", "Dana Reyes"),
    ],
)
def test_a_word_that_starts_one_persons_name_takes_it(text: str, speaker: str, name: str) -> None:
    assert resolve(text, speaker) == (name, EntityKind.PERSON)


def test_a_word_that_starts_two_names_takes_neither() -> None:
    # neither Dana's full name; the word, written inside the quotation's sentence, names
    # the speaker by itself, as "Kim said" does when the text holds two Kims
    text = "Gov. Dana Reyes met Sen. Dana Kline. “No,” Dana said."
    assert resolve(text, "Dana") == ("Dana", None)


@pytest.mark.parametrize(
    "speaker",
    [
        "An aide to Ruiz",
        "People close to Ruiz",
        "Ruiz’s lawyer",
        "one of Ruiz’s advisers",
        "A lawyer for Ruiz",
        "economists polled by Reuters",
    ],
)
def test_a_phrase_naming_someone_else_takes_no_name(speaker: str) -> None:
    text = f"Gov. Ana Ruiz spoke on Monday. {speaker} said no."
    assert resolve(text, speaker)[0] is None


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("A spokesman for Ruiz", "Ana Ruiz"),  # speaks for her
        ("Ruiz’s campaign", "Ana Ruiz"),
        ("Japan’s foreign minister", "Japan"),  # an official of a country speaks for it
    ],
)
def test_a_phrase_speaking_for_someone_takes_their_name(speaker: str, name: str) -> None:
    text = f"Gov. Ana Ruiz spoke on Monday. {speaker} said no."
    assert resolve(text, speaker)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms. Ana Ruiz spoke. Even as he criticized it, Mr. Tomas Berg said yes.", "Tomas Berg"),
        ("Ms. Ana Ruiz spoke. When she left, Ms. Dana Reyes said yes.", "Dana Reyes"),
    ],
)
def test_a_pronoun_in_an_opening_clause_points_ahead(text: str, name: str) -> None:
    pronoun = "he" if " he " in text else "she"
    assert resolve(text, pronoun)[0] == name


def test_a_pronoun_after_a_name_in_its_opening_clause_points_back() -> None:
    text = "Ms. Dana Reyes spoke. After Mr. Omar Lund arrived he said no, Mr. Tomas Berg left."
    assert resolve(text, "he")[0] == "Omar Lund"


def test_a_description_without_its_closing_comma_names_the_person_before_it() -> None:
    text = "Sen. Dana Reyes, a backer of Mr. Tomas Berg’s port plan told the host it would pass."
    assert resolve(text, "a backer of Mr. Tomas Berg’s port plan")[0] == "Dana Reyes"


@pytest.mark.parametrize(
    "text",
    [
        # the name is itself in apposition: an earlier phrase's
        "At the statue of its founder, Mr. Omar Lund, the new mayor spoke of peace.",
        # an organisation described, not a person
        "The club fired its coach, Mr. Omar Lund, the Harbor news agency reported it.",
    ],
)
def test_a_description_after_an_apposed_name_keeps_its_own_reading(text: str) -> None:
    phrase = "the new mayor" if "mayor" in text else "the Harbor news agency"
    assert resolve(text, phrase)[0] != "Omar Lund"


@pytest.mark.parametrize(
    ("phrase", "gender"),
    [
        ("a ministry spokeswoman", "female"),
        ("a port authority chairman", "male"),
        ("an official of the port", "any"),
        ("one diplomat", "any"),
        ("the ohio senator", None),  # definite: often someone named before
        ("a report", None),  # no role: no person
        ("a host of other eu leaders", None),  # a group: many people
        ("a handful of officials", None),
    ],
)
def test_nameless_gender(phrase: str, gender: str | None) -> None:
    assert _nameless_gender(phrase) == gender


def test_an_organisation_named_after_its_noun_names_the_phrase() -> None:
    text = "A projection by the consulting firm Norvale Economics predicted it."
    assert resolve(text, "A projection by the consulting firm Norvale Economics")[0] == (
        "Norvale Economics"
    )


def test_a_pronoun_after_a_spokeswoman_for_an_organisation_takes_no_name() -> None:
    text = (
        "Lena Voss told reporters the ash had stopped. A spokeswoman for aid agency "
        "Harborcare said it had not. It could get worse, she said."
    )
    resolver = Resolver(text, mention_index(text))
    for phrase in ("Lena Voss", "A spokeswoman for aid agency Harborcare"):
        start = text.index(phrase)
        resolver.resolve(start, start + len(phrase), 0)
    she = text.rindex("she")
    assert resolver.resolve(she, she + 3, 0).name is None  # the spokeswoman, never named


def test_it_after_a_document_never_named_takes_no_name() -> None:
    text = (
        "Ghana could face sanctions, the report said. It cited a shipment of rough "
        "diamonds blocked in Dubai."
    )
    resolver = Resolver(text, mention_index(text))
    start = text.index("the report")
    resolver.resolve(start, start + len("the report"), 0)
    it = text.index("It ")
    assert resolver.resolve(it, it + 2, 0).name is None  # the report, not Ghana
