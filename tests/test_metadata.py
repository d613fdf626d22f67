"""Tests for newscorpus.metadata: extract_metadata and Document.metadata."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscorpus as nc
from casetable import case_params, load_cases
from newscorpus.metadata import WORDS_PER_MINUTE, DateSource, Metadata, extract_metadata

PEOPLE = load_cases("metadata_people.json")

STORY = (
    "Port strike spreads to the north.\n\n"
    "By Jo Park and Lee Adams, Associated Press Writers\n\n"
    "HAMBURG, Germany, March 4 (AP) — Dock workers in three more ports walked out on "
    "Monday, the Interfax agency said.\n\n"
    "“We will stay out until the deal is fair,” a union leader told Reuters."
)


def check(text: str, meta: Metadata) -> None:
    """Every span in the metadata points into the text."""
    spans = [meta.title_span, meta.lead_span]
    spans += [
        meta.byline.span if meta.byline else None,
        meta.dateline.span if meta.dateline else None,
    ]
    for span in spans:
        if span is not None:
            assert text[span.start : span.end] == span.text
    for source in meta.sources_cited:
        assert text[source.start : source.end] == source.text
    for entity in (*meta.people, *meta.organizations, *meta.places):
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    assert [s.start for s in meta.sources_cited] == sorted(s.start for s in meta.sources_cited)
    if meta.title_span is not None:
        assert meta.title == meta.title_span.text
    if meta.lead_span is not None:
        assert meta.lead == meta.lead_span.text
    assert meta.counts.characters == len(text)


def test_a_wire_story() -> None:
    meta = extract_metadata(STORY)
    check(STORY, meta)
    assert meta.title == "Port strike spreads to the north"
    assert meta.authors == ("Jo Park", "Lee Adams")
    assert meta.byline is not None
    assert meta.byline.agency == "AP"
    assert meta.dateline is not None
    assert (meta.dateline.place, meta.dateline.agency) == ("HAMBURG, Germany", "AP")
    assert meta.dateline.date_text == "March 4"
    assert meta.agency == "AP"
    assert meta.lead is not None
    assert meta.lead.startswith("Dock workers")
    assert [s.name for s in meta.sources_cited] == ["Interfax", "Reuters"]
    assert meta.counts.paragraphs == 4
    assert meta.counts.sentences == 4
    assert meta.id is None
    assert meta.ordinal is None
    assert meta.key is None


def test_a_string_has_no_publication_date_unless_its_dateline_gives_a_year() -> None:
    assert extract_metadata(STORY).publication_date is None
    meta = extract_metadata("Title\n\nHAMBURG, March 4, 2019 (AP) — Text.")
    assert meta.publication_date == datetime.date(2019, 3, 4)
    assert meta.publication_date_source is DateSource.DATELINE


def test_counts() -> None:
    text = "The U.S. economy don’t grow by 1,000 jobs.\n\nAl-Nahyan spoke."
    counts = extract_metadata(text).counts
    # The, U.S., economy, don’t, grow, by, 1,000, jobs, Al-Nahyan, spoke
    assert counts.words == 10
    assert counts.characters == len(text)
    assert counts.paragraphs == 2
    assert counts.sentences == 2
    assert counts.reading_minutes == round(10 / WORDS_PER_MINUTE, 1)


def test_reading_time_is_in_minutes_at_the_documented_rate() -> None:
    text = "word " * (WORDS_PER_MINUTE * 3)
    assert extract_metadata(text).counts.reading_minutes == 3.0


def test_sources_in_the_dateline_or_byline_are_not_credits() -> None:
    text = "Title\n\nBy Jo Park, Reuters\n\nLONDON (Reuters) - Reuters reported the deal first."
    names = [s.name for s in extract_metadata(text).sources_cited]
    assert names == ["Reuters"]


# ----------------------------------------------------------------- people


@pytest.mark.parametrize("case", case_params(PEOPLE))
def test_people_case(case: dict[str, Any]) -> None:
    """Every person expected is found (with roles and mentions when given), and no one else."""
    meta = extract_metadata(case["text"])
    check(case["text"], meta)
    found = {p.name: p for p in meta.people}
    for want in case["people"]:
        person = found.get(want["name"])
        assert person is not None, f"missing {want['name']!r}; found {sorted(found)}"
        if "roles" in want:
            assert list(person.roles) == want["roles"]
        if "mentions" in want:
            assert [m.text for m in person.mentions] == want["mentions"]
    assert set(found) == {want["name"] for want in case["people"]}
    mentioned = {m.text for p in meta.people for m in p.mentions}
    for word in case["not_people"]:
        assert word not in found
        assert word not in mentioned


def test_people_table_is_well_formed_and_balanced() -> None:
    names = [case["name"] for case in PEOPLE]
    assert len(names) == len(set(names))
    for case in PEOPLE:
        assert set(case) == {"name", "text", "people", "not_people", "expect", "note"}
        assert case["expect"] in {"pass", "fail"}
        assert case["expect"] == "pass" or case["note"], case["name"]
    # precision matters as much as recall: as many cases about what is not a person
    precision = sum(bool(case["not_people"]) for case in PEOPLE)
    recall = sum(bool(case["people"]) for case in PEOPLE)
    assert precision >= 15
    assert recall >= 15


# ----------------------------------------------------------------- seed article


def test_seed_article() -> None:
    doc = nc.load_corpus()["000_8195b0460efe062c"]
    meta = doc.metadata
    check(doc.text, meta)
    first_line = doc.text.split("\n", 1)[0]
    assert meta.title == first_line.removesuffix(".")
    assert meta.counts.paragraphs == 14
    assert meta.counts.sentences == 17
    assert meta.lead is not None
    assert meta.lead.startswith("Russian President Vladimir Putin hosted")
    assert meta.dateline is None
    assert [(s.text, s.name) for s in meta.sources_cited] == [("Russia’s TASS news agency", "TASS")]
    assert (meta.id, meta.ordinal, meta.key) == ("000_8195b0460efe062c", 0, "8195b0460efe062c")
    assert meta.publication_date is None  # nothing in or about the seed dates it


def test_seed_people_places_and_organisations() -> None:
    meta = nc.load_corpus()["000_8195b0460efe062c"].metadata
    people = {p.name: p for p in meta.people}
    assert list(people) == [
        "Vladimir Putin",
        "Ebrahim Raisi",
        "Joe Biden",
        "Benjamin Netanyahu",
        "Mohammed bin Zayed Al-Nahyan",
        "Mohammed bin Salman",
    ]
    assert people["Vladimir Putin"].roles == ("Russian President",)
    assert people["Ebrahim Raisi"].roles[0] == "Iranian President"
    assert people["Joe Biden"].roles == ("President",)
    assert people["Benjamin Netanyahu"].roles == ("Israeli Prime Minister",)
    assert people["Mohammed bin Zayed Al-Nahyan"].roles == ("UAE President",)
    assert people["Mohammed bin Salman"].roles == ("Saudi Crown Prince",)
    putin = {m.text for m in people["Vladimir Putin"].mentions}
    assert putin == {"Vladimir Putin", "Putin", "the Russian leader"}
    places = {e.name for e in meta.places}
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
    assert {"Hamas", "OPEC+", "TASS"} <= {e.name for e in meta.organizations}
    assert not {"Gaza Strip", "Saudi Arabia", "Israel-Gaza"} & set(people)


# ----------------------------------------------------------------- documents


def test_document_metadata_is_cached_and_equal_to_extracting() -> None:
    doc = nc.Document.from_text(STORY, id="x")
    assert doc.metadata is doc.metadata
    assert doc.metadata == extract_metadata(doc)


def test_publication_date_from_sidecar_fields() -> None:
    doc = nc.Document.from_text(STORY, id="story_2019-03-05", publication_date="2019-03-06")
    meta = doc.metadata
    assert meta.publication_date == datetime.date(2019, 3, 6)
    assert meta.publication_date_source is DateSource.SIDECAR


def test_publication_date_from_the_file_name() -> None:
    meta = nc.Document.from_text(STORY, id="story_2019-03-05_port-strike").metadata
    assert meta.publication_date == datetime.date(2019, 3, 5)
    assert meta.publication_date_source is DateSource.FILE_NAME


def test_publication_date_given_with_the_document() -> None:
    doc = nc.Document.from_text(STORY, id="x", reference_date=datetime.date(2019, 3, 4))
    assert doc.metadata.publication_date == datetime.date(2019, 3, 4)
    assert doc.metadata.publication_date_source is DateSource.GIVEN


def test_publication_date_from_the_dateline_and_a_year_in_the_name() -> None:
    meta = nc.Document.from_text(STORY, id="ports-2019-strike").metadata
    assert meta.publication_date == datetime.date(2019, 3, 4)
    assert meta.publication_date_source is DateSource.DATELINE


def test_year_from_a_folder_name(tmp_path: Path) -> None:
    folder = tmp_path / "1998"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    doc = nc.read_document(folder / "story.txt")
    assert doc.metadata.publication_date == datetime.date(1998, 3, 4)


def test_publication_date_inferred_by_the_dates_module() -> None:
    # The dateline has a day but no year; 12 September was a Tuesday in 2017 (named below).
    text = (
        "Storm hits coast\n\nMIAMI, Sept. 12 (AP) — A hurricane struck on Tuesday, a week "
        "after the first storm of the 2017 season.\n\nMore."
    )
    meta = extract_metadata(text)
    assert meta.publication_date == datetime.date(2017, 9, 12)
    assert meta.publication_date_source is DateSource.INFERRED


def test_a_date_that_merely_appears_is_not_a_publication_date() -> None:
    meta = extract_metadata("Title\n\nThe treaty of May 3, 1999 was replaced.")
    assert meta.publication_date is None


def test_no_publication_date_is_ever_today() -> None:
    meta = nc.Document.from_text(STORY, id="untitled").metadata
    assert meta.publication_date is None
    assert meta.publication_date_source is None


def test_sidecar_fields_are_merged() -> None:
    doc = nc.Document.from_text(
        STORY,
        id="x",
        title="Strike spreads",
        author="Jo Park; Lee Adams; Kim Roe",
        publisher="Example Gazette",
        wire="None",
    )
    meta = doc.metadata
    assert meta.title == "Strike spreads"
    assert meta.title_span is not None  # where the text's own headline is
    assert meta.authors == ("Jo Park", "Lee Adams", "Kim Roe")
    assert meta.publisher == "Example Gazette"
    assert meta.agency == "AP"  # "None" in a sidecar is no value


def test_sidecar_agency_when_the_text_names_none() -> None:
    doc = nc.Document.from_text(
        "Title\n\nText of the story.", id="x", agency="Agence France-Presse"
    )
    assert doc.metadata.agency == "AFP"


@pytest.mark.parametrize(
    ("doc_id", "agency", "publisher"),
    [
        ("APW19980807.0261", "AP", None),
        ("AFP_ENG_19970401.0006", "AFP", None),
        ("XIN_ENG_20051102.0067", "Xinhua", None),
        ("NYT19981026.0446", None, "The New York Times"),
        ("ABC19981026.0446", None, None),
    ],
)
def test_ldc_ids_give_the_provider(doc_id: str, agency: str | None, publisher: str | None) -> None:
    meta = nc.Document.from_text("Title\n\nText.", id=doc_id).metadata
    assert (meta.agency, meta.publisher) == (agency, publisher)
    assert meta.publication_date_source is DateSource.FILE_NAME


def test_metadata_serialises_to_json() -> None:
    doc = nc.Document.from_text(STORY, id="story_2019-03-05")
    record = nc.to_dict(doc.metadata)
    text = json.dumps(record)
    assert record["publication_date"] == "2019-03-05"
    assert record["publication_date_source"] == "file_name"
    assert record["dateline"]["agency"] == "AP"
    assert "Interfax" in text


# ----------------------------------------------------------------- robustness


def test_bad_argument_raises() -> None:
    with pytest.raises(TypeError, match="str or a Document"):
        extract_metadata(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    check(text, extract_metadata(text))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Title", "\n", "\n\n", "By Jo Park", "PARIS (AFP) - ", " said", "."]),
        max_size=40,
    ).map("".join)
)
def test_header_like_text(text: str) -> None:
    check(text, extract_metadata(text))


@pytest.mark.parametrize(
    "text",
    [
        "A" * 1_000_000,
        "Headline\n\n" + "word " * 200_000,
        "WASHINGTON (AP) — " * 50_000,
        "\n" * 1_000_000,
        "By Jo Park, " * 80_000,
        "according to the " * 60_000,
    ],
    ids=["one-word", "words", "datelines", "newlines", "bylines", "cues"],
)
def test_adversarial_inputs_finish(text: str) -> None:
    check(text, extract_metadata(text))


@given(
    st.one_of(
        st.text(alphabet=st.sampled_from("aZ9_ .,'’-\n\t\xa0\u2003½٣“é")),
        st.text(alphabet=st.sampled_from("aZ9_ .,'’-\n\t\x00\x7f\xa0“”‘—–―…")),  # no letter or
        st.text(alphabet=st.sampled_from("a9 .,'-_/\n")),  # digit outside ASCII: bytes are read
    )
)
def test_word_count_is_that_of_the_word_pattern(text: str) -> None:
    from newscorpus.metadata import _WORD, _count_words

    assert _count_words(text) == len(_WORD.findall(text))
