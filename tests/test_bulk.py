from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newscorpus import bulk, load_corpus
from newscorpus.bulk import export_corpus

SECTIONS = ("entities", "sentences")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    for n in range(5):
        (root / f"d{n}.txt").write_text(f"Mayor Lena Fischer spoke in Berlin. Item {n}.")
    return root


def test_jsonl(corpus_dir: Path) -> None:
    out = io.StringIO()
    assert export_corpus(load_corpus(corpus_dir), out, extract=SECTIONS) == 5
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["d0", "d1", "d2", "d3", "d4"]
    assert records[0]["entities"]["people"][0]["name"] == "Lena Fischer"


def test_json_array_and_gzip(corpus_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json.gz"
    export_corpus(load_corpus(corpus_dir), str(target), fmt="json", extract=SECTIONS, workers=2)
    with gzip.open(target, "rt", encoding="utf-8") as f:
        assert len(json.load(f)) == 5


def test_csv_flattens_records(corpus_dir: Path) -> None:
    out = io.StringIO()
    export_corpus(load_corpus(corpus_dir), out, fmt="csv", extract=SECTIONS)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 5
    assert rows[0]["id"] == "d0"
    assert rows[0]["sentences_count"] == "2"
    assert json.loads(rows[0]["entities.places"])[0]["name"] == "Berlin"


def test_unknown_format(corpus_dir: Path) -> None:
    with pytest.raises(ValueError, match="format must be one of"):
        export_corpus(load_corpus(corpus_dir), io.StringIO(), fmt="xml")


def test_interruption_keeps_whole_lines(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Iterator[tuple[int, str]]:
        for n in range(3):
            yield 10, json.dumps({"id": n, "text": "x" * 10_000})
        raise KeyboardInterrupt

    monkeypatch.setattr(bulk, "process_lines", interrupted)
    target = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        export_corpus(load_corpus(corpus_dir), str(target))
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [0, 1, 2]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(corpus_dir: Path) -> None:
    pytest.importorskip("tqdm")
    terminal = _Terminal()
    export_corpus(load_corpus(corpus_dir), io.StringIO(), extract=("text",), progress=terminal)
    assert "documents=5" in terminal.getvalue()
    plain = io.StringIO()
    export_corpus(load_corpus(corpus_dir), io.StringIO(), extract=("text",), progress=plain)
    assert plain.getvalue() == ""
