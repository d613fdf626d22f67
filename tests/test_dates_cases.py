"""The case table of temporal expressions: tests/cases/dates.json.

Each case gives a text, its reference date (or null) and the expressions
expected, with their type and value (and mod, quant, freq or anchor when
given). With ``"exact": true`` nothing else may be found, so the table also
holds the false positives to avoid ("may" as a verb, "Su-35", "$2,015").
Known failures have ``"expect": "fail"`` and run as strict xfails.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from newscorpus import extract_dates

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "dates.json").read_text(encoding="utf-8")
)
OPTIONAL = ("mod", "quant", "freq", "anchor")


def case_params() -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case["expect"] == "fail":  # a known failure: tracked, and flagged once it passes
            marks.append(pytest.mark.xfail(strict=True, reason=case["note"]))
        params.append(pytest.param(case, id=case["name"], marks=marks))
    return params


def found(case: dict[str, Any]) -> list[dict[str, Any]]:
    ref = case["reference_date"]
    reference = None if ref is None else datetime.date.fromisoformat(ref)
    out = []
    for t in extract_dates(case["text"], reference):
        record = {"text": t.text, "type": t.type.value, "value": t.value}
        record.update({key: getattr(t, key) for key in OPTIONAL})
        record["mod"] = None if t.mod is None else t.mod.value
        out.append(record)
    return out


def project(record: dict[str, Any], like: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``record`` that the expected record ``like`` names."""
    return {key: record.get(key) for key in like}


def test_names_are_unique() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))


def test_every_case_is_well_formed() -> None:
    for case in CASES:
        assert case["expect"] in ("pass", "fail"), case["name"]
        assert isinstance(case["exact"], bool), case["name"]
        for item in case["expected"]:
            assert item["text"] in case["text"], case["name"]


@pytest.mark.parametrize("case", case_params())
def test_case(case: dict[str, Any]) -> None:
    got = found(case)
    expected = case["expected"]
    if case["exact"]:
        assert [project(g, e) for g, e in zip(got, expected, strict=False)] == expected
        assert len(got) == len(expected), got
    else:
        for item in expected:
            assert any(project(g, item) == item for g in got), (item, got)
