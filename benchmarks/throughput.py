"""Throughput of each newscorpus stage, in MB/s on one core.

    python benchmarks/throughput.py [SOURCE] [--stages load,segment] [--repeat N]

SOURCE defaults to ../shared/data/news-silver/text (2,452 newswire articles
beside the project). Each stage runs over every document in one process;
MB/s is UTF-8 megabytes (10^6 bytes) of article text per second of that
stage alone (CPU time of this process, so a busy machine disturbs it less),
best of --repeat runs. Each extractor stage starts from the text, so it
includes the segmentation and entities it needs; ``record`` is the whole
JSON record that ``newscorpus export`` writes for a document (metadata, dates
and quotes, serialised). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newscorpus as nc
from newscorpus.parallel import document_record

DEFAULT_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-silver" / "text"


def _segment(doc: nc.Document) -> Any:
    return nc.split_paragraphs(doc.text), nc.split_sentences(doc.text)


def _record(doc: nc.Document) -> Any:
    # A fresh Document: nothing cached from an earlier stage or run.
    fresh = nc.Document.from_text(doc.text, id=doc.id, reference_date=doc.reference_date)
    return json.dumps(document_record(fresh), ensure_ascii=False)


#: Stage name -> work done on one document's text (load is timed separately).
STAGES: dict[str, Callable[[nc.Document], Any]] = {
    "segment": _segment,
}


def _on_text(extract: Callable[[str], Any]) -> Callable[[nc.Document], Any]:
    return lambda doc: extract(doc.text)


def _optional_stages() -> None:
    """Add the extractor stages that this version of the library has."""
    for name in ("entities", "metadata", "dates", "quotes"):
        func = getattr(nc, f"extract_{name}", None)
        if func is not None:
            STAGES[name] = _on_text(func)
    STAGES["record"] = _record


def main() -> None:
    _optional_stages()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE))
    parser.add_argument("--stages", default=",".join(["load", *STAGES]))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    stages = [s for s in args.stages.split(",") if s]

    best_load = float("inf")
    docs: list[nc.Document] = []
    for _ in range(max(1, args.repeat)):
        t0 = time.process_time()
        docs = list(nc.load_corpus(args.source))
        best_load = min(best_load, time.process_time() - t0)
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} documents, {megabytes:.2f} MB from {args.source}")
    if "load" in stages:
        print(f"{'load':10} {megabytes / best_load:8.2f} MB/s  ({best_load:.3f} s)")
    for name in stages:
        if name == "load":
            continue
        if name not in STAGES:
            raise SystemExit(f"unknown stage {name!r}; known: load, {', '.join(STAGES)}")
        work = STAGES[name]
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t0 = time.process_time()
            for doc in docs:
                work(doc)
            best = min(best, time.process_time() - t0)
        print(f"{name:10} {megabytes / best:8.2f} MB/s  ({best:.3f} s)")


if __name__ == "__main__":
    main()
