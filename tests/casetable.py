"""JSON case tables: each case has a ``name``, an ``expect`` ("pass" or "fail") and a ``note``.

A known failure is marked ``xfail(strict=True)``: it is tracked rather than hidden, and
the suite says so once it starts to pass.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CASES_DIR = Path(__file__).parent / "cases"


def load_cases(filename: str) -> list[dict[str, Any]]:
    """The cases of ``tests/cases/<filename>``."""
    cases: list[dict[str, Any]] = json.loads((CASES_DIR / filename).read_text(encoding="utf-8"))
    return cases


def case_params(cases: list[dict[str, Any]]) -> list[Any]:
    """One pytest parameter per case, named after it, known failures marked xfail(strict)."""
    params = []
    for case in cases:
        marks = []
        if case["expect"] == "fail":
            marks.append(pytest.mark.xfail(strict=True, reason=case.get("note", "")))
        params.append(pytest.param(case, id=case["name"], marks=marks))
    return params
