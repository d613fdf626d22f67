"""Throughput of each newscorpus stage, in MB/s on one core.

    python benchmarks/throughput.py [SOURCE] [--stages load,segment] [--repeat N]

SOURCE defaults to ../shared/data/news-silver/text (2,452 newswire articles
beside the project). Each stage runs over every document in one process;
MB/s is UTF-8 megabytes (10^6 bytes) of article text per second of that
stage alone (CPU time of this process, so a busy machine disturbs it less),
best of --repeat runs. Each extractor stage starts from the text, so it
includes the segmentation and entities it needs; ``record`` is the whole
pipeline of ``newscorpus export`` on one core, from the files to one line of
JSON a document (metadata, dates and quotes: ``process_lines`` with one
worker, loading included). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from _common import source_parser

import newscorpus as nc
from newscorpus.parallel import process_lines


def _segment(doc: nc.Document) -> Any:
    return nc.split_paragraphs(doc.text), nc.split_sentences(doc.text)


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


def _time_record(source: str, repeat: int) -> float:
    """Best CPU seconds of the export pipeline over ``source``, files to JSON lines."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        t0 = time.process_time()
        for _line in process_lines(source):
            pass
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    _optional_stages()
    parser = source_parser(__doc__, repeat=3)
    parser.add_argument("--stages", default=",".join(["load", *STAGES, "record"]))
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
        if name == "record":
            best = _time_record(args.source, args.repeat)
            print(f"{name:10} {megabytes / best:8.2f} MB/s  ({best:.3f} s)")
            continue
        if name not in STAGES:
            known = ", ".join(["load", *STAGES, "record"])
            raise SystemExit(f"unknown stage {name!r}; known: {known}")
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
