"""What the benchmark scripts share: the default corpus, their arguments and a best-of timer.

The scripts run as ``python benchmarks/NAME.py``, so this folder is on their path.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

#: news-silver, beside the project checkout: 2,452 newswire articles (4.04 MB).
DEFAULT_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-silver" / "text"


def source_parser(doc: str, repeat: int = 5) -> argparse.ArgumentParser:
    """An argument parser with the corpus (``source``, news-silver by default) and
    ``--repeat``; ``doc`` is the script's docstring, whose first line describes it."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE))
    parser.add_argument("--repeat", type=int, default=repeat)
    return parser


def best_time(step: Callable[[], object], repeat: int) -> float:
    """The least CPU time of this process that ``step`` took over ``repeat`` runs."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.process_time()
        step()
        best = min(best, time.process_time() - start)
    return best
