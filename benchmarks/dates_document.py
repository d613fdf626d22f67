"""Throughput of ``extract_dates`` on Documents with their reference dates, as the export runs it.

    python benchmarks/dates_document.py [SOURCE] [--repeat N]

``benchmarks/throughput.py --stages dates`` times ``extract_dates(text)``: a
text without a reference date, so the tense rules that place a bare weekday
or month around the publication date never run. The export pipeline gives
``extract_dates`` a Document whose reference date comes from its file name or
sidecar (every news-silver article has one), and this script times that
path: fresh Documents each run (a Document caches its dates), CPU time of
this process, best of ``--repeat`` runs. Not a test: numbers depend on the
machine.
"""

from __future__ import annotations

import time

from _common import source_parser

import newscorpus as nc


def main() -> None:
    args = source_parser(__doc__).parse_args()

    docs = list(nc.load_corpus(args.source))
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    with_reference = sum(d.reference_date is not None for d in docs)
    print(f"{len(docs)} documents ({with_reference} with a reference date), {megabytes:.2f} MB")
    best = {"document": float("inf"), "text": float("inf")}
    for _ in range(max(1, args.repeat)):
        fresh = [
            nc.Document.from_text(d.text, id=d.id, reference_date=d.reference_date) for d in docs
        ]
        t0 = time.process_time()
        for doc in fresh:
            nc.extract_dates(doc)
        best["document"] = min(best["document"], time.process_time() - t0)
        t0 = time.process_time()
        for doc in docs:
            nc.extract_dates(doc.text)
        best["text"] = min(best["text"], time.process_time() - t0)
    for name, seconds in best.items():
        label = "Document + reference" if name == "document" else "text alone"
        print(f"{label:22} {megabytes / seconds:8.2f} MB/s  ({seconds:.3f} s)")


if __name__ == "__main__":
    main()
