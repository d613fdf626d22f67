"""Name mentions: the JSON case table, invariants and adversarial inputs."""

from __future__ import annotations

import itertools
import string
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from casetable import case_params, load_cases
from newscorpus import Document, extract_entities
from newscorpus.entities import _LEADER, EntityKind, mention_index

CASES = load_cases("entities.json")
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_8195b0460efe062c.txt"


def _check(case: dict[str, Any]) -> None:
    found = extract_entities(case["text"])
    people = {p.name: p for p in found.people}
    if "people" in case:
        assert sorted(people) == sorted(p["name"] for p in case["people"])
        for want in case["people"]:
            person = people[want["name"]]
            if "roles" in want:
                assert list(person.roles) == want["roles"]
            if "mentions" in want:
                assert [m.text for m in person.mentions] == want["mentions"]
            if "gender" in want:
                assert person.gender == want["gender"]
    for name in case.get("not_people", []):
        assert name not in people
    if "places" in case:
        assert [e.name for e in found.places] == case["places"]
    if "organizations" in case:
        assert [e.name for e in found.organizations] == case["organizations"]


@pytest.mark.parametrize("case", case_params(CASES))
def test_case_table(case: dict[str, Any]) -> None:
    _check(case)


def test_case_names_are_unique() -> None:
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names))


def test_seed_people_places_and_organisations() -> None:
    found = extract_entities(SEED.read_text(encoding="utf-8"))
    roles = {p.name: p.roles for p in found.people}
    assert roles == {
        "Vladimir Putin": ("Russian President",),
        "Ebrahim Raisi": ("Iranian President",),
        "Joe Biden": ("President",),
        "Benjamin Netanyahu": ("Israeli Prime Minister",),
        "Mohammed bin Zayed Al-Nahyan": ("UAE President",),
        "Mohammed bin Salman": ("Saudi Crown Prince",),
    }
    putin = found.person("Vladimir Putin")
    assert putin is not None
    assert {m.text for m in putin.mentions} == {"Vladimir Putin", "Putin", "the Russian leader"}
    places = {e.name for e in found.places}
    assert {
        "Moscow",
        "Israel",
        "Gaza Strip",
        "Tehran",
        "Russia",
        "Iran",
        "United Arab Emirates",
        "Saudi Arabia",
        "Ukraine",
    } <= places
    assert {"Hamas", "OPEC+", "TASS"} <= {e.name for e in found.organizations}


def test_mentions_are_sorted_and_match_the_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = extract_entities(text)
    assert list(found.mentions) == sorted(found.mentions, key=lambda m: m.start)
    for m in found.mentions:
        assert text[m.start : m.end] == m.text
        assert m.kind in (EntityKind.PERSON, EntityKind.PLACE, EntityKind.ORGANIZATION)


def test_document_caches_entities() -> None:
    doc = Document.from_text("Prime Minister Jacinda Ardern spoke in Wellington.")
    assert doc.entities is doc.entities
    assert [p.name for p in doc.entities.people] == ["Jacinda Ardern"]
    assert extract_entities(doc) == doc.entities


def test_bad_argument() -> None:
    with pytest.raises(TypeError, match="str or a Document"):
        extract_entities(42)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab Cd.’'-\n\t&ofbinUS.JrPresident"))))
def test_never_raises_and_offsets_hold(text: str) -> None:
    for m in extract_entities(text).mentions:
        assert text[m.start : m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab Cd.’'-\n\t&ofbinUS.JrPresident"))))
def test_the_mention_index_of_a_text_is_that_of_its_entities(text: str) -> None:
    assert mention_index(text) == mention_index(extract_entities(text))


def test_the_mention_index_keeps_every_mention_in_order() -> None:
    text = (
        "German Chancellor Anna Vogt met the Bank of Canada in Ottawa. Vogt said Germany and "
        "Canada agreed; the World Bank and the Canadian economy ministry were not there."
    )
    entities = extract_entities(text)
    index = mention_index(text)
    assert index.mentions == [(m.start, m.end, m.name, m.kind) for m in entities.mentions]
    assert index.genders == {p.name: p.gender for p in entities.people}
    assert {kind for _, _, _, kind in index.mentions} == set(EntityKind)


def test_the_mention_index_holds_descriptions_in_order() -> None:
    text = (
        "German Chancellor Anna Vogt met Mayor Tom Reed. The German leader spoke first, "
        "then Vogt and Reed; later the German leader left."
    )
    entities = extract_entities(text)
    vogt = entities.person("Anna Vogt")
    assert vogt is not None
    assert [m.text for m in vogt.mentions].count("The German leader") == 1
    assert [m.start for m in vogt.mentions] == sorted(m.start for m in vogt.mentions)
    index = mention_index(text)
    assert index.mentions == [(m.start, m.end, m.name, m.kind) for m in entities.mentions]


def test_a_description_names_the_person_with_that_role_mentioned_last_before_it() -> None:
    text = (
        "German Chancellor Anna Vogt met German President Karl Brandt. Brandt spoke, "
        "and the German leader nodded. Vogt spoke; the German leader smiled."
    )
    first = text.index("the German leader")
    second = text.index("the German leader", first + 1)
    entities = extract_entities(text)
    for name, expected in (("Karl Brandt", [first]), ("Anna Vogt", [second])):
        person = entities.person(name)
        assert person is not None
        assert [m.start for m in person.mentions if m.text == "the German leader"] == expected


# The description pattern as first written, matched from the "T" of "The".
_LEADER_AS_WRITTEN = regex.compile(
    r"""\b[Tt]he[\x20\xa0]+(?P<adj>\p{Lu}\p{Ll}+)[\x20\xa0]+
    (?P<role>leader|president|premier|prime[\x20\xa0]minister|chancellor|king|queen
       |crown[\x20\xa0]prince|monarch|foreign[\x20\xa0]minister|head[\x20\xa0]of[\x20\xa0]state)\b
    """,
    regex.VERBOSE,
)
_DESCRIPTION_PIECES = ["the", "The", "tHe", "he", "T", "x", " ", "\xa0", "German", "Ölan", "é"]
_DESCRIPTION_PIECES += ["leader", "leaders", "prime", "minister", "head of state", "_", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DESCRIPTION_PIECES), max_size=12).map("".join))
@example("the German leader and The Ölan prime minister, not the the German leaders")
def test_descriptions_are_found_from_their_second_letter_as_written(text: str) -> None:
    found = [((m.start() - 1, m.end()), m["adj"], m["role"]) for m in _LEADER.finditer(text)]
    assert found == [(m.span(), m["adj"], m["role"]) for m in _LEADER_AS_WRITTEN.finditer(text)]


# 32,000 distinct words of four lower-case letters (capitalised words after a "Q").
_WORDS_OF_FOUR = list(itertools.product(string.ascii_lowercase, repeat=4))[:32_000]


@pytest.mark.parametrize(
    "text",
    [
        "Putin " * 200_000,
        "A. " * 300_000,
        "U.S.-" * 200_000,
        "President " * 100_000 + "Smith",
        "Bosnia and " * 100_000,
        "of the " * 150_000,
        # a short form two people share, many times: each is placed by bisection
        "Ann Lee spoke. Bob Lee spoke. " + "Lee said so. " * 80_000,
        # descriptions of a person among many of their mentions: each found by bisection
        "Russian President Ivan Petrov spoke. " + "Petrov and the Russian president met. " * 26_000,
        # one person under thousands of distinct roles: each looked up in a set
        " ".join(f"He met Q{''.join(w)} pollster Ann Lee." for w in _WORDS_OF_FOUR),
        # a role after a comma before every name: the word before each is matched backwards
        # from the role, not searched for over the whole text before it
        "It rained, pollster Ann Lee said. " * 30_000,
        # short forms of organisations, each after thousands that end with its words:
        # each short name is looked up once
        "".join(f"The Q{''.join(w)} Post met. " for w in _WORDS_OF_FOUR)
        + "The Post said. " * 20_000,
    ],
    ids=[
        "one_name_repeated",
        "initials",
        "hyphenated_acronyms",
        "titles",
        "connectors",
        "particles",
        "short_forms_of_two_people",
        "descriptions",
        "distinct_roles",
        "roles_after_commas",
        "organisation_short_forms",
    ],
)
def test_long_adversarial_inputs_finish(text: str) -> None:
    extract_entities(text)
