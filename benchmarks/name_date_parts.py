"""Where the time of entity and date extraction goes: each step timed alone.

    python benchmarks/name_date_parts.py [SOURCE] [--repeat N]

Each line is one step over every text of SOURCE (news-silver by default), CPU
time of this process, best of ``--repeat`` runs; each step includes the ones
above it in its group. The steps are private functions, timed here so that
the performance notes can say what a stage is made of: the scan for
capitalised runs, the reading of those runs (``NameFinder.run``), the second
pass and clustering, and the result objects; the scan for date anchors, the
rules tried near them, the reference date a plain text looks for, and the
handlers that resolve each match. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

from collections.abc import Callable

from _common import best_time, source_parser

import newscorpus as nc
from newscorpus.dates import scan
from newscorpus.dates.anchor import usable_reference
from newscorpus.dates.normalize import tag
from newscorpus.entities import _people_and_things, extract_entities, mention_index
from newscorpus.name_finder import NameFinder
from newscorpus.name_runs import find_runs


def _read_runs(texts: list[str]) -> None:
    for text in texts:
        NameFinder(text).run()


def main() -> None:
    args = source_parser(__doc__).parse_args()

    docs = list(nc.load_corpus(args.source))
    texts = [d.text for d in docs]
    refs = [d.reference_date for d in docs]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    runs = sum(1 for t in texts for _ in find_runs(t))
    anchors = sum(1 for t in texts for _ in scan.anchors(t))
    found = sum(1 for t in texts for _ in scan.matches(t))
    print(f"{len(docs)} documents, {megabytes:.2f} MB: {runs} capitalised runs,")
    print(f"{anchors} date anchors, {found} matches of the date rules")
    steps: list[tuple[str, Callable[[], object]]] = [
        ("entities: runs found (find_runs)", lambda: [list(find_runs(t)) for t in texts]),
        ("entities: runs read (NameFinder.run)", lambda: _read_runs(texts)),
        ("entities: people clustered", lambda: [_people_and_things(t) for t in texts]),
        ("entities: mention_index(text)", lambda: [mention_index(t) for t in texts]),
        ("entities: extract_entities(text)", lambda: [extract_entities(t) for t in texts]),
        ("dates: anchors (scan.anchors)", lambda: [list(scan.anchors(t)) for t in texts]),
        ("dates: rules tried (scan.matches)", lambda: [list(scan.matches(t)) for t in texts]),
        (
            "dates: tag with the reference date",
            lambda: [tag(t, r) for t, r in zip(texts, refs, strict=True)],
        ),
        (
            "dates: a text's reference (usable_reference)",
            lambda: [usable_reference(t) for t in texts],
        ),
        ("dates: extract_dates(text)", lambda: [nc.extract_dates(t) for t in texts]),
    ]
    for name, step in steps:
        print(f"{name:46s} {best_time(step, args.repeat):.3f} s")


if __name__ == "__main__":
    main()
