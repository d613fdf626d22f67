from __future__ import annotations

import datetime
import enum
import gzip
import io
import json
from pathlib import Path

import pytest

from newscorpus import Document, Span, to_dict, write_jsonl
from newscorpus.export import to_json_value


class Colour(str, enum.Enum):
    RED = "red"


def test_document_to_dict() -> None:
    doc = Document.from_text(
        "Text.", id="000_abcdef12", reference_date=datetime.date(2023, 12, 8), wire="AP"
    )
    data = to_dict(doc)
    assert data == {
        "id": "000_abcdef12",
        "path": None,
        "ordinal": 0,
        "key": "abcdef12",
        "reference_date": "2023-12-08",
        "extra": {"wire": "AP"},
        "text": "Text.",
    }
    json.dumps(data)


def test_values_become_json_ready() -> None:
    assert to_json_value((Span(0, 1, "a"),)) == [{"start": 0, "end": 1, "text": "a"}]
    assert to_json_value(Colour.RED) == "red"
    assert to_json_value(datetime.date(2020, 1, 2)) == "2020-01-02"
    assert to_json_value(Path("a/b")) == "a/b"
    with pytest.raises(TypeError):
        to_json_value(object())


def test_to_dict_needs_an_object() -> None:
    with pytest.raises(TypeError, match="result object"):
        to_dict([1, 2])


def test_write_jsonl_to_a_file_object() -> None:
    out = io.StringIO()
    assert write_jsonl([{"a": "“quoted”"}, Span(0, 1, "x")], out) == 2
    lines = out.getvalue().splitlines()
    assert json.loads(lines[0]) == {"a": "“quoted”"}
    assert json.loads(lines[1]) == {"start": 0, "end": 1, "text": "x"}


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_write_jsonl_to_a_path(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_jsonl(({"n": n} for n in range(3)), path)
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        assert [json.loads(line)["n"] for line in f] == [0, 1, 2]
