"""Where the time of extract_quotes' own work goes: its steps timed cumulatively.

    python benchmarks/quote_parts.py [SOURCE] [--repeat N]

Documents of SOURCE (news-silver by default) are loaded and their entities,
paragraphs and sentences worked out first, so that only the quotes package's
own work is timed. Each line is CPU time of this process over every document,
best of ``--repeat`` runs, and includes the steps above it: the scan for cue
words, quotation marks and cues, the extraction context (the filter of cue
words used otherwise, units), attribution (every rule, for every cue), then
the whole of ``extract_quotes`` (speakers resolved, result objects made).
Not a test: numbers depend on the machine.
"""

from __future__ import annotations

from collections.abc import Callable

from _common import best_time, source_parser

import newscorpus as nc
from newscorpus.quotes import _LEXICON_SCAN, extract_quotes
from newscorpus.quotes.attribution import attribute
from newscorpus.quotes.context import Context
from newscorpus.quotes.cues import find_cues, lexicon_words
from newscorpus.quotes.marks import find_quotations
from newscorpus.quotes.nouns import find_noun_cues


def _context(doc: nc.Document, attributed: bool) -> Context:
    """The extraction context of a document, as extract_quotes builds it."""
    text = doc.text
    words = lexicon_words(text, _LEXICON_SCAN)
    quotations = find_quotations(text, doc._paragraph_bounds)
    ctx = Context(
        text, doc._paragraph_bounds, doc._sentence_bounds, quotations, find_cues(text, words)
    )
    if attributed:
        attribute(ctx, find_noun_cues(text, words), words)
    return ctx


def main() -> None:
    args = source_parser(__doc__).parse_args()

    docs = list(nc.load_corpus(args.source))
    for doc in docs:  # worked out once: not the quotes package's own work
        doc.entities, doc._paragraph_bounds, doc._sentence_bounds  # noqa: B018
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    contexts = [_context(d, attributed=True) for d in docs]
    cues = sum(len(c.cues) for c in contexts)
    drafts = sum(len(c.drafts) for c in contexts)
    print(f"{len(docs)} documents, {megabytes:.2f} MB: {cues} cues, {drafts} drafts")
    steps: list[tuple[str, Callable[[], object]]] = [
        ("cue words (lexicon_words)", lambda: [lexicon_words(d.text, _LEXICON_SCAN) for d in docs]),
        (
            "+ quotations (find_quotations)",
            lambda: [
                (
                    lexicon_words(d.text, _LEXICON_SCAN),
                    find_quotations(d.text, d._paragraph_bounds),
                )
                for d in docs
            ],
        ),
        ("+ cues and context (find_cues, Context)", lambda: [_context(d, False) for d in docs]),
        ("+ attribution (attribute)", lambda: [_context(d, True) for d in docs]),
        ("extract_quotes(doc): + resolution, results", lambda: [extract_quotes(d) for d in docs]),
    ]
    for name, step in steps:
        seconds = best_time(step, args.repeat)
        print(f"{name:48} {seconds:7.3f} s  {megabytes / seconds:6.2f} MB/s")


if __name__ == "__main__":
    main()
