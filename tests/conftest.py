"""Shared fixtures: the seed article and small corpora built in temporary folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The same examples on every run, so CI is reproducible; no deadline, because a busy
# machine must not turn a slow example into a failure (speed is benchmarked, not tested).
settings.register_profile(
    "newscorpus", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("newscorpus")

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_ID = "000_8195b0460efe062c"


@pytest.fixture
def seed_path() -> Path:
    return SEEDS / f"{SEED_ID}.txt"


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with three small articles."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "b_2016-10-12_second.txt").write_text("Second article.\n\nIt has two paragraphs.\n")
    (root / "a.txt").write_text("First article. It has two sentences.\n")
    (root / "c.txt").write_bytes(b"\xef\xbb\xbfThird article.\r\nWith CRLF.\r\n")
    (root / "notes.md").write_text("not an article")
    return root
