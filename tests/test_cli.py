"""The command line, run in-process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newscorpus.cli import main

SEED_ID = "000_8195b0460efe062c"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_no_arguments_reports_on_the_seed_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 0, err
    assert out.startswith(SEED_ID)
    assert "14 paragraphs, 17 sentences" in out
    assert "Moscow seeks to mediate" in out


def test_report_on_a_folder(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "report", str(folder))
    assert code == 0
    assert "b_2016-10-12_second" in out
    assert "2016-10-12 (from file name)" in out


def test_a_source_alone_gets_the_report(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    assert run(capsys, str(folder)) == run(capsys, "report", str(folder))


def test_neither_a_command_nor_a_source(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "no-such-folder")
    assert code == 2
    assert out == ""
    assert "'no-such-folder' is neither a command" in err


def test_info(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "info", str(folder))
    assert code == 0
    assert "documents:  3" in out


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", SEED_ID)
    assert code == 0
    assert "According to Russia’s TASS news agency" in out


def test_show_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "nope")
    assert code == 1
    assert err.strip() == "newscorpus: error: no document 'nope' in the corpus"


def test_export_jsonl_to_stdout(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "export", str(folder))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b_2016-10-12_second", "c"]
    assert set(records[0]) == {"id", "path", "reference_date", "metadata", "dates", "quotes"}
    assert records[0]["metadata"]["counts"]["sentences"] == 2
    assert records[1]["reference_date"] == "2016-10-12"


def test_export_seed_record_has_quotes_and_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--extract", "dates,quotes,text")
    assert code == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    text = record["text"]
    for item in record["dates"] + record["quotes"]:
        assert text[item["start"] : item["end"]] == item["text"]
    assert any(q["speaker"]["name"] == "Ebrahim Raisi" for q in record["quotes"] if q["speaker"])


def test_export_json_to_a_file(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    code, _, err = run(capsys, "export", str(folder), "--format", "json", "--output", str(target))
    assert code == 0
    assert "wrote 3 documents" in err
    assert len(json.loads(target.read_text())) == 3


def test_missing_source_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "info", str(tmp_path / "nowhere"))
    assert code == 1
    assert out == ""
    assert err.startswith("newscorpus: error: ")
    assert err.count("\n") == 1


def test_undecodable_file_is_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    code, _, err = run(capsys, "report", str(tmp_path))
    assert code == 1
    assert "byte 0" in err
    assert "Traceback" not in err


def test_skip_reports_what_was_skipped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    (tmp_path / "good.txt").write_text("Good.")
    code, out, err = run(capsys, "report", str(tmp_path), "--errors", "skip")
    assert code == 0
    assert "good" in out
    assert "skipped" in err
    assert "bad.txt" in err


@pytest.mark.parametrize("argv", [["frobnicate"], ["export", "--format", "xml"], ["--nope"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "usage:" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "newscorpus" in out


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newscorpus", "info"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "documents:  1" in result.stdout


def test_export_with_workers_and_sections(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "export", str(folder), "--extract", "entities", "--workers", "2")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert set(records[0]) == {"id", "path", "reference_date", "entities"}


def test_export_unknown_section_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, _, err = run(capsys, "export", str(folder), "--extract", "nonsense")
    assert code == 2
    assert "unknown extractor 'nonsense'" in err


def test_the_report_lists_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    assert "  quotes: " in out
    assert "mixed    Ebrahim Raisi (declaring): “a child is killed there every 10 minutes.”" in out


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_quotes_command(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, err = run(capsys, "quotes", "--format", fmt)
    assert code == 0, err
    lines = out.splitlines()
    if fmt == "jsonl":
        records = [json.loads(line) for line in lines]
        assert {r["id"] for r in records} == {SEED_ID}
        assert any(r["kind"] == "mixed" and r["cue"]["text"] == "adding" for r in records)
    elif fmt == "csv":
        assert lines[0] == "id,paragraph,start,end,kind,speaker,speaker_name,cue,text"
        assert any(",Putin,Vladimir Putin,said," in line for line in lines)
    else:
        assert all(line.startswith(SEED_ID) for line in lines)
        assert any("direct   Ebrahim Raisi (told)" in line for line in lines)


def test_quotes_command_on_a_folder_without_quotes(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, _ = run(capsys, "quotes", str(folder), "--format", "csv")
    assert code == 0
    assert out.splitlines() == ["id,paragraph,start,end,kind,speaker,speaker_name,cue,text"]


def test_quotes_command_rejects_an_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "quotes", "--format", "xml")
    assert code == 2
    assert "invalid choice" in err


# ---------------------------------------------------------------- dates


def test_report_lists_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    assert "dates: 8, no reference date found" in out
    assert "every 10 minutes" in out
    assert "XXXX-12-07" in out


def test_dates_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dates", "--reference-date", "2023-12-08")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "start", "end", "type", "value", "text"]
    assert any("2023-12-07" in line and "7 December" in line for line in lines)
    assert any("2023-11" in line and "last month" in line for line in lines)


def test_dates_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dates", "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0]["id"] == SEED_ID
    assert records[0]["value"] == "XXXX-12-07"
    assert records[0]["reference_date"] is None
    assert {r["type"] for r in records} == {"DATE", "SET", "DURATION"}


def test_dates_csv_uses_each_documents_reference(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import csv
    import io

    (tmp_path / "b_2016-10-12_x.txt").write_text("It rained yesterday.\n")
    code, out, _ = run(capsys, "dates", str(tmp_path), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows == [
        {
            "id": "b_2016-10-12_x",
            "start": "10",
            "end": "19",
            "text": "yesterday",
            "type": "DATE",
            "value": "2016-10-11",
            "mod": "",
            "anchor": "reference",
            "reference_date": "2016-10-12",
        }
    ]


def test_dates_bad_reference_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "dates", "--reference-date", "2023-13-01")
    assert code == 2
    assert "not a date (YYYY-MM-DD)" in err


# ----------------------------------------------------------------- metadata


def test_report_opens_with_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[1].startswith("  headline:      Moscow seeks to mediate")
    assert "Vladimir Putin (Russian President)" in out
    assert "Mohammed bin Salman (Saudi Crown Prince)" in out
    assert "sources cited: TASS" in out


def test_report_shows_dateline_and_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "story_2016-11-20.txt").write_text(
        "Rail strike spreads\n\nLYON, France, Nov. 19 (AFP) - Drivers walked out.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "report", str(tmp_path))
    assert code == 0
    assert "LYON, France, Nov. 19 (AFP) - [LYON, France; Nov. 19; AFP]" in out
    assert "date:          2016-11-20 (from file name)" in out


def test_metadata_table(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "metadata", str(folder))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["id", "date", "agency"]
    assert len(lines) == 4
    assert "2016-10-12" in lines[2]


def test_metadata_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "metadata", "--format", "jsonl")
    assert code == 0
    record = json.loads(out)
    assert record["id"] == SEED_ID
    assert record["counts"]["sentences"] == 17
    assert record["people"][0]["name"] == "Vladimir Putin"


def test_metadata_csv_to_a_file(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    import csv

    target = tmp_path / "meta.csv"
    code, _, err = run(capsys, "metadata", str(folder), "--format", "csv", "-o", str(target))
    assert code == 0
    assert "wrote metadata of 3 documents" in err
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == ["a", "b_2016-10-12_second", "c"]
    assert rows[1]["publication_date"] == "2016-10-12"
    assert rows[1]["publication_date_source"] == "file_name"
    assert rows[0]["sentences"] == "2"


def test_metadata_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "metadata", "--format", "xml")
    assert code == 2
    assert "usage:" in err
