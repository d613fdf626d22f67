from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscorpus import CorpusNotFoundError, MetadataError
from newscorpus.sidecar import load_sidecar


def test_tsv_keyed_by_filename(tmp_path: Path) -> None:
    path = tmp_path / "meta.tsv"
    path.write_text("filename\tpublication_date\ttitle\na.txt\t2016-09-12\tA title\n")
    assert load_sidecar(path) == {"a": {"publication_date": "2016-09-12", "title": "A title"}}


def test_csv_keyed_by_docid(tmp_path: Path) -> None:
    path = tmp_path / "meta.csv"
    path.write_text("docid,dct\nAPW1,1998-08-07\n")
    assert load_sidecar(path) == {"APW1": {"dct": "1998-08-07"}}


def test_json_object_and_list(tmp_path: Path) -> None:
    obj = tmp_path / "a.json"
    obj.write_text(json.dumps({"a": {"author": "X"}}))
    assert load_sidecar(obj) == {"a": {"author": "X"}}
    lst = tmp_path / "b.json"
    lst.write_text(json.dumps([{"id": "a", "author": "X"}]))
    assert load_sidecar(lst) == {"a": {"author": "X"}}


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "meta.jsonl"
    path.write_text('{"id": "a", "n": 1}\n\n{"id": "b", "n": 2}\n')
    assert load_sidecar(path) == {"a": {"n": 1}, "b": {"n": 2}}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("m.jsonl", '{"id": "a"}\nnot json\n', r"m\.jsonl:2: not valid JSON"),
        ("m.tsv", "title\tdate\nx\t2016-01-01\n", r"m\.tsv:2: no id column"),
        ("m.tsv", "id\tdate\na\t2016-01-01\na\t2016-01-02\n", r"m\.tsv:3: id 'a' appears twice"),
        ("m.tsv", "id\tdate\na\tsoon\n", r"m\.tsv:2: .*soon"),
        ("m.csv", "id,date\na,2016-01-01,extra\n", r"m\.csv:2: more fields"),
        ("m.json", "[1, 2]", r"item 0 is not an object"),
        ("m.xml", "<x/>", r"unknown metadata format"),
    ],
)
def test_malformed_sidecars_name_file_and_line(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(MetadataError, match=message):
        load_sidecar(path)


def test_missing_sidecar(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFoundError):
        load_sidecar(tmp_path / "absent.tsv")
