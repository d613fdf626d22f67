from __future__ import annotations

import datetime
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus import Document
from newscorpus.document import normalize_newlines, reference_date_from_id


def test_from_text_normalises_newlines_and_bom() -> None:
    doc = Document.from_text("\ufeffOne.\r\nTwo.\rThree.", id="x")
    assert doc.text == "One.\nTwo.\nThree."


def test_from_text_defaults() -> None:
    doc = Document.from_text("Text.")
    assert doc.id == "document"
    assert doc.path is None
    assert doc.reference_date is None
    assert dict(doc.extra) == {}


def test_from_text_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="str"):
        Document.from_text(b"bytes")  # type: ignore[arg-type]


def test_ordinal_and_key_from_seed_shaped_ids() -> None:
    doc = Document.from_text("", id="000_8195b0460efe062c")
    assert (doc.ordinal, doc.key) == (0, "8195b0460efe062c")
    other = Document.from_text("", id="breitbart_2016-10-12_washington")
    assert (other.ordinal, other.key) == (None, None)


def test_reference_date_order_of_preference() -> None:
    given_date = datetime.date(2023, 12, 8)
    assert Document.from_text("", id="x_2016-10-12", reference_date=given_date).reference_date == (
        given_date
    )
    assert Document.from_text(
        "", id="x_2016-10-12", publication_date="2020-01-02"
    ).reference_date == datetime.date(2020, 1, 2)
    assert Document.from_text("", id="x_2016-10-12").reference_date == datetime.date(2016, 10, 12)


def test_bad_metadata_date_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="yesterday"):
        Document.from_text("", publication_date="yesterday")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("breitbart_2016-10-12_washington-post-backs", datetime.date(2016, 10, 12)),
        ("APW19980807.0261", datetime.date(1998, 8, 7)),
        ("AFP_ENG_19970401.0006", datetime.date(1997, 4, 1)),
        ("report_2016_02_30", None),  # not a calendar date
        ("flight-20161012345", None),  # digits run on: not a date
        ("000_8195b0460efe062c", None),
        ("story", None),
    ],
)
def test_reference_date_from_id(name: str, expected: datetime.date | None) -> None:
    assert reference_date_from_id(name) == expected


def test_extra_is_read_only_and_not_hashed() -> None:
    doc = Document.from_text("a", id="x", author="A. Writer")
    assert doc.extra["author"] == "A. Writer"
    with pytest.raises(TypeError):
        doc.extra["author"] = "other"  # type: ignore[index]
    hash(doc)


def test_views_are_cached_and_documents_pickle(seed_text: str) -> None:
    doc = Document.from_text(seed_text, id="seed")
    assert doc.sentences is doc.sentences
    clone = pickle.loads(pickle.dumps(doc))
    assert clone == doc
    assert clone.sentences == doc.sentences


def test_quotes_are_cached_and_come_from_the_document(seed_text: str) -> None:
    doc = Document.from_text(seed_text, id="seed")
    assert doc.quotes is doc.quotes
    assert doc.quotes
    assert all(doc.text[q.start : q.end] == q.text for q in doc.quotes)
    assert pickle.loads(pickle.dumps(doc)).quotes == doc.quotes


def test_documents_are_frozen() -> None:
    doc = Document.from_text("a")
    with pytest.raises(AttributeError):
        doc.text = "b"  # type: ignore[misc]


@given(st.text())
def test_normalised_text_has_no_cr_and_no_leading_bom(text: str) -> None:
    out = normalize_newlines(text)
    assert "\r" not in out
    assert not out.startswith("\ufeff") or text.startswith("\ufeff\ufeff")


@given(st.text(alphabet=st.sampled_from("ab .\n\r\ufeff“”'\"?!😀")))
def test_every_view_span_matches_the_text(text: str) -> None:
    doc = Document.from_text(text)
    for span in doc.paragraphs + doc.sentences:
        assert doc.text[span.start : span.end] == span.text


@given(st.text(alphabet=st.sampled_from("ab .\n\r?!“”A1")))
def test_cached_sentences_equal_split_sentences(text: str) -> None:
    from newscorpus import split_sentences

    doc = Document.from_text(text)
    assert doc.sentences == split_sentences(doc.text)


@given(st.text(alphabet=st.sampled_from("ab .\n\r?!“”A1")))
def test_shared_offsets_are_those_of_the_views(text: str) -> None:
    from newscorpus import split_paragraphs

    doc = Document.from_text(text)
    # The extractors read these offsets; the spans must be the same places.
    assert doc._sentence_bounds == tuple((s.start, s.end) for s in doc.sentences)
    assert doc._paragraph_bounds == tuple((p.start, p.end) for p in doc.paragraphs)
    assert doc.paragraphs == split_paragraphs(doc.text)
