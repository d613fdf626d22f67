from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from newscorpus import load_corpus
from newscorpus.parallel import document_record, process, process_lines

SEED_TEXT = (Path(__file__).resolve().parents[1] / "seeds" / "000_8195b0460efe062c.txt").read_text(
    encoding="utf-8"
)
SECTIONS = ("entities", "sentences")


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Forty documents: copies of the seed cut at different places."""
    root = tmp_path / "many"
    root.mkdir()
    for n in range(40):
        (root / f"doc_{n:03d}.txt").write_text(SEED_TEXT[n * 40 :], encoding="utf-8")
    return root


def test_records_in_corpus_order(many: Path) -> None:
    records = list(process(many, extract=SECTIONS))
    assert [r["id"] for r in records] == [f"doc_{n:03d}" for n in range(40)]
    assert set(records[0]) == {"id", "path", "reference_date", *SECTIONS}


def test_workers_give_identical_records(many: Path) -> None:
    one = list(process(many, extract=SECTIONS, workers=1))
    two = list(process(many, extract=SECTIONS, workers=2))
    assert one == two


def test_json_lines_match_records(many: Path) -> None:
    lines = list(process_lines(many, extract=SECTIONS, workers=2))
    assert [json.loads(line) for _, line in lines] == list(process(many, extract=SECTIONS))
    assert [size for size, _ in lines] == [len(SEED_TEXT[n * 40 :]) for n in range(40)]


@pytest.mark.parametrize(
    "extract",
    [
        ("metadata", "dates", "quotes"),
        ("text", "paragraphs", "sentences", "entities"),
        ("dates", "text", "dates"),  # a section asked for twice is one key
        (),
    ],
)
def test_json_lines_are_json_dumps_of_the_records(many: Path, extract: tuple[str, ...]) -> None:
    ref = datetime.date(2020, 1, 2)
    lines = [line for _, line in process_lines(many, extract=extract, reference_date=ref)]
    records = process(many, extract=extract, reference_date=ref)
    assert lines == [json.dumps(record, ensure_ascii=False) for record in records]


def test_a_corpus_object_is_accepted(many: Path) -> None:
    corpus = load_corpus(many).filter(pattern="doc_00*")
    assert len(list(process(corpus, extract=("text",)))) == 10


def test_reference_date_is_a_fallback(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "b_2016-10-12.txt").write_text("B.")
    ref = datetime.date(2020, 1, 2)
    dates = [r["reference_date"] for r in process(tmp_path, extract=(), reference_date=ref)]
    assert dates == ["2020-01-02", "2016-10-12"]


def test_unreadable_documents_are_skipped_not_fatal(many: Path) -> None:
    (many / "doc_005.txt").write_bytes(b"\xff\xfe broken")
    corpus = load_corpus(many, errors="skip")
    records = list(process(corpus, extract=("text",), workers=2))
    assert len(records) == 39
    assert [s.id for s in corpus.skipped] == ["doc_005"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"extract": ("nonsense",)}, "unknown extractor 'nonsense'"),
        ({"workers": -1}, "workers must be"),
        ({"workers": 1.5}, "workers must be"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        process(None, **kwargs)  # type: ignore[arg-type]


def test_document_record_keeps_offsets() -> None:
    corpus = load_corpus()
    doc = next(iter(corpus))
    record = document_record(doc, extract=("sentences",))
    for s in record["sentences"]:
        assert doc.text[s["start"] : s["end"]] == s["text"]
