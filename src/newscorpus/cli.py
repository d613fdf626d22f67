"""The ``newscorpus`` command line.

``newscorpus`` alone prints a report on every document of the bundled seed
corpus; the sub-commands inspect and export any corpus. Errors become one line
on stderr and exit status 1 (bad data) or 2 (bad usage), never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from newscorpus import __version__
from newscorpus.bulk import FORMATS, export_corpus
from newscorpus.corpus import Corpus, load_corpus
from newscorpus.document import Document
from newscorpus.errors import NewsCorpusError
from newscorpus.export import to_dict, to_json_value, write_jsonl
from newscorpus.metadata import Metadata
from newscorpus.parallel import DEFAULT_EXTRACT, EXTRACTORS
from newscorpus.quotes import Quote

__all__ = ["main"]

_WIDTH = 100  # report lines are cut to this many characters


def _clip(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _add_source_arguments(parser: argparse.ArgumentParser, *, optional: bool = True) -> None:
    parser.add_argument(
        "source",
        nargs="?" if optional else None,
        default=None,
        help="a folder, a text file or a .jsonl(.gz) file (default: the bundled seed corpus)",
    )
    parser.add_argument("--pattern", default="*.txt", help="file pattern in a folder (*.txt)")
    parser.add_argument("--recursive", action="store_true", help="also read sub-folders")
    parser.add_argument("--encoding", default="utf-8", help="text encoding (utf-8)")
    parser.add_argument(
        "--errors",
        choices=("strict", "replace", "skip"),
        default="strict",
        help="unreadable documents: stop (strict), replace bad bytes, or skip and report them",
    )
    parser.add_argument("--metadata", help="sidecar TSV/CSV/JSON/JSONL file keyed by document id")


def _open(args: argparse.Namespace) -> Corpus:
    return load_corpus(
        args.source,
        pattern=args.pattern,
        recursive=args.recursive,
        encoding=args.encoding,
        errors=args.errors,
        metadata=args.metadata,
    )


def _report_skipped(corpus: Corpus, err: IO[str]) -> None:
    for item in corpus.skipped:
        print(f"newscorpus: skipped {item.path}: {item.reason}", file=err)


# --- report ----------------------------------------------------------------


def _people(meta: Metadata) -> list[str]:
    return [f"{p.name} ({', '.join(p.roles)})" if p.roles else p.name for p in meta.people]


def _report_metadata(doc: Document, out: IO[str]) -> None:
    """The metadata lines that open a document's report: headline, dateline, date, people."""
    meta = doc.metadata
    rows: list[tuple[str, str]] = [("headline", meta.title or "(none found)")]
    if meta.authors:
        rows.append(("by", ", ".join(meta.authors)))
    dl = meta.dateline
    if dl is not None:
        parts = [p for p in (dl.place, dl.date_text, dl.agency) if p]
        rows.append(("dateline", f"{dl.span.text} [{'; '.join(parts)}]"))
    elif meta.agency:
        rows.append(("agency", meta.agency))
    date = meta.publication_date
    source = meta.publication_date_source
    rows.append(
        (
            "date",
            f"{date} (from {source.value.replace('_', ' ')})" if date and source else "unknown",
        )
    )
    rows.append(("people", "; ".join(_people(meta)) or "none found"))
    if meta.organizations:
        rows.append(("organizations", ", ".join(e.name for e in meta.organizations)))
    if meta.places:
        rows.append(("places", ", ".join(e.name for e in meta.places)))
    if meta.sources_cited:
        names = dict.fromkeys(s.name for s in meta.sources_cited)
        rows.append(("sources cited", ", ".join(names)))
    for label, value in rows:
        print(
            textwrap.fill(
                " ".join(value.split()),
                width=_WIDTH,
                initial_indent=f"  {label + ':':15}",
                subsequent_indent=" " * 17,
                break_on_hyphens=False,
            ),
            file=out,
        )


def _report_document(doc: Document, out: IO[str]) -> None:
    where = f"  ({doc.path})" if doc.path else ""
    print(f"{doc.id}{where}", file=out)
    _report_metadata(doc, out)
    counts = doc.metadata.counts
    print(
        f"  {counts.paragraphs} paragraphs, {counts.sentences} sentences, "
        f"{counts.words:,} words, {counts.characters:,} characters, "
        f"{counts.reading_minutes} minutes to read",
        file=out,
    )
    print("  sentences:", file=out)
    for number, sentence in enumerate(doc.sentences, start=1):
        print(f"  {number:4}  {_clip(sentence.text, _WIDTH - 8)}", file=out)
    _report_dates(doc, out)
    _report_quotes(doc, out)


def _report_dates(doc: Document, out: IO[str]) -> None:
    """The report's section on temporal expressions: each one with its TIMEX3 value."""
    from newscorpus.dates.anchor import usable_reference

    found = doc.dates
    reference = usable_reference(doc)
    if reference is None:
        against = "no reference date found, relative dates left open"
    else:
        against = f"resolved against {reference.date} ({reference.source.value})"
    print(f"  dates: {len(found)}, {against}", file=out)
    for t in found:
        value = t.value if t.mod is None else f"{t.value} {t.mod.value}"
        print(f"  {t.start:>6}  {_clip(t.text, 40):<40}  {t.type.value:<8}  {value}", file=out)


def _speaker_label(quote: Quote) -> str:
    """The speaker of a quote for people to read: its name, else as written, else "?"."""
    if quote.speaker is None:
        return "?"
    return quote.speaker.name or quote.speaker.text


def _report_quotes(doc: Document, out: IO[str]) -> None:
    """List a document's quotes: kind, speaker, cue and the reported words."""
    print(f"  quotes: {len(doc.quotes)}", file=out)
    for quote in doc.quotes:
        cue = quote.cue.text if quote.cue else "-"
        head = f"  {quote.kind.value:8} {_speaker_label(quote)} ({cue}): "
        print(head + _clip(quote.text, max(20, _WIDTH - len(head))), file=out)


def _cmd_report(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    corpus = _open(args)
    for index, doc in enumerate(corpus):
        if index:
            print(file=out)
        _report_document(doc, out)
    _report_skipped(corpus, err)
    return 0


# --- info, show, export ----------------------------------------------------


def _cmd_info(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    corpus = _open(args)
    print(f"corpus:     {args.source or 'bundled seed corpus'}", file=out)
    print(f"documents:  {len(corpus)}", file=out)
    shown = corpus.ids[:10]
    print(f"ids:        {', '.join(shown)}{' …' if len(corpus) > len(shown) else ''}", file=out)
    if corpus.skipped:
        print(f"skipped:    {len(corpus.skipped)}", file=out)
    _report_skipped(corpus, err)
    return 0


def _cmd_show(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    corpus = _open(args)
    if args.id not in corpus:
        print(f"newscorpus: error: no document {args.id!r} in the corpus", file=err)
        return 1
    doc = corpus[args.id]
    _report_document(doc, out)
    print("  text:", file=out)
    for number, paragraph in enumerate(doc.paragraphs, start=1):
        wrapped = textwrap.fill(
            paragraph.text,
            width=_WIDTH,
            initial_indent=f"  {number:4}  ",
            subsequent_indent=" " * 8,
        )
        print(wrapped, file=out)
    return 0


def _cmd_export(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    corpus = _open(args)
    extract = [name.strip() for name in args.extract.split(",") if name.strip()]
    target: str | IO[str] = args.output or out
    try:
        count = export_corpus(
            corpus, target, fmt=args.format, extract=extract, workers=args.workers, progress=err
        )
    except KeyboardInterrupt:
        print("newscorpus: interrupted; the records written so far are complete", file=err)
        return 130
    if args.output:
        print(f"newscorpus: wrote {count} documents to {args.output}", file=err)
    _report_skipped(corpus, err)
    return 0


# --- quotes ------------------------------------------------------------------

_QUOTE_COLUMNS = (
    "id",
    "paragraph",
    "start",
    "end",
    "kind",
    "speaker",
    "speaker_name",
    "cue",
    "text",
)


def _quote_row(doc: Document, quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "id": doc.id,
        "paragraph": quote.paragraph,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind.value,
        "speaker": speaker.text if speaker else None,
        "speaker_name": speaker.name if speaker else None,
        "cue": quote.cue.text if quote.cue else None,
        "text": quote.text,
    }


def _cmd_quotes(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    corpus = _open(args)
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=_QUOTE_COLUMNS, lineterminator="\n")
        writer.writeheader()
    for doc in corpus:
        for quote in doc.quotes:
            if args.format == "jsonl":
                record = {"id": doc.id, **to_dict(quote)}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif args.format == "csv":
                writer.writerow(_quote_row(doc, quote))
            else:
                cue = quote.cue.text if quote.cue else "-"
                head = (
                    f"{doc.id}  {quote.paragraph:3}  {quote.kind.value:8} "
                    f"{_speaker_label(quote)} ({cue}): "
                )
                print(head + _clip(quote.text, max(20, _WIDTH - len(head))), file=out)
    _report_skipped(corpus, err)
    return 0


# --- metadata ----------------------------------------------------------------

#: Columns of ``newscorpus metadata --format csv``, one row per document.
_CSV_COLUMNS = (
    "id",
    "title",
    "authors",
    "place",
    "agency",
    "date_text",
    "publication_date",
    "publication_date_source",
    "characters",
    "words",
    "sentences",
    "paragraphs",
    "reading_minutes",
    "people",
    "organizations",
    "places",
    "sources_cited",
)


def _csv_row(meta: Metadata) -> dict[str, Any]:
    dl, counts = meta.dateline, meta.counts
    return {
        "id": meta.id,
        "title": meta.title,
        "authors": "; ".join(meta.authors),
        "place": dl.place if dl else None,
        "agency": meta.agency,
        "date_text": dl.date_text if dl else None,
        "publication_date": to_json_value(meta.publication_date),
        "publication_date_source": to_json_value(meta.publication_date_source),
        "characters": counts.characters,
        "words": counts.words,
        "sentences": counts.sentences,
        "paragraphs": counts.paragraphs,
        "reading_minutes": counts.reading_minutes,
        "people": "; ".join(_people(meta)),
        "organizations": "; ".join(e.name for e in meta.organizations),
        "places": "; ".join(e.name for e in meta.places),
        "sources_cited": "; ".join(dict.fromkeys(s.name for s in meta.sources_cited)),
    }


def _table(rows: Iterator[Metadata], out: IO[str]) -> int:
    header = f"{'id':24} {'date':10} {'agency':8} {'place':18} {'words':>6} {'people':>6}  title"
    print(header, file=out)
    count = 0
    for meta in rows:
        dl = meta.dateline
        print(
            f"{_clip(meta.id or '', 24):24} {meta.publication_date or ''!s:10} "
            f"{_clip(meta.agency or '', 8):8} {_clip(dl.place if dl and dl.place else '', 18):18} "
            f"{meta.counts.words:>6} {len(meta.people):>6}  "
            f"{_clip(meta.title or '', 50)}",
            file=out,
        )
        count += 1
    return count


def _write_metadata(rows: Iterator[Metadata], fmt: str, target: IO[str]) -> int:
    """Write metadata records in a format; return how many were written."""
    if fmt == "jsonl":
        return write_jsonl((to_dict(meta) for meta in rows), target)
    if fmt == "csv":
        writer = csv.DictWriter(target, fieldnames=_CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        count = 0
        for meta in rows:  # one row at a time: a corpus may not fit in memory
            writer.writerow(_csv_row(meta))
            count += 1
        return count
    return _table(rows, target)


def _cmd_metadata(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    corpus = _open(args)
    rows = (doc.metadata for doc in corpus)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as target:
            count = _write_metadata(rows, args.format, target)
        print(f"newscorpus: wrote metadata of {count} documents to {args.output}", file=err)
    else:
        _write_metadata(rows, args.format, out)
    _report_skipped(corpus, err)
    return 0


# --- dates -------------------------------------------------------------------

_DATE_FIELDS = ("id", "start", "end", "text", "type", "value", "mod", "anchor", "reference_date")


def _reference_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _date_rows(args: argparse.Namespace, corpus: Corpus) -> Iterator[dict[str, Any]]:
    from newscorpus.dates import extract_dates
    from newscorpus.dates.anchor import usable_reference

    for doc in corpus:
        reference = args.reference_date
        if reference is None:
            usable = usable_reference(doc)
            reference = usable.date if usable else None
        for t in extract_dates(doc, reference):
            record = to_dict(t)
            yield {"id": doc.id, "reference_date": to_json_value(reference), **record}


def _cmd_dates(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    corpus = _open(args)
    rows = _date_rows(args, corpus)
    if args.format == "jsonl":
        write_jsonl(rows, out)
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=_DATE_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    else:
        print(f"{'id':<24} {'start':>6} {'end':>6}  {'type':<8}  {'value':<18}  text", file=out)
        for row in rows:
            value = row["value"] if row["mod"] is None else f"{row['value']} {row['mod']}"
            print(
                f"{_clip(row['id'], 24):<24} {row['start']:>6} {row['end']:>6}  "
                f"{row['type']:<8}  {value:<18}  {_clip(row['text'], 40)}",
                file=out,
            )
    _report_skipped(corpus, err)
    return 0


# --- parser and entry point --------------------------------------------------

Command = Callable[[argparse.Namespace, IO[str], IO[str]], int]


_COMMANDS = frozenset(("report", "info", "show", "export", "quotes", "dates", "metadata"))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newscorpus",
        description="Read a corpus of news articles and report what is in it. "
        "With no command, print a report on each document of the bundled seed corpus.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(
        func=_cmd_report,
        source=None,
        pattern="*.txt",
        recursive=False,
        encoding="utf-8",
        errors="strict",
        metadata=None,
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    report = commands.add_parser("report", help="a readable report per document (the default)")
    _add_source_arguments(report)
    report.set_defaults(func=_cmd_report)

    info = commands.add_parser("info", help="what a corpus holds")
    _add_source_arguments(info)
    info.set_defaults(func=_cmd_info)

    show = commands.add_parser("show", help="one document, paragraph by paragraph")
    show.add_argument("id", help="the document id")
    _add_source_arguments(show)
    show.set_defaults(func=_cmd_show)

    export = commands.add_parser("export", help="one record per document: JSON Lines, JSON, CSV")
    _add_source_arguments(export)
    export.add_argument("--format", choices=FORMATS, default="jsonl")
    export.add_argument("--output", "-o", help="write here instead of stdout (.gz compresses)")
    export.add_argument(
        "--extract",
        default=",".join(DEFAULT_EXTRACT),
        help=f"sections of each record, comma-separated (default: {','.join(DEFAULT_EXTRACT)}; "
        f"known: {', '.join(EXTRACTORS)})",
    )
    export.add_argument(
        "--workers", type=int, default=1, help="processes to use (0: one per core; default 1)"
    )
    export.set_defaults(func=_cmd_export)

    quotes = commands.add_parser("quotes", help="the quotes of every document, one a line")
    _add_source_arguments(quotes)
    quotes.add_argument(
        "--format",
        choices=("table", "jsonl", "csv"),
        default="table",
        help="a readable table (default), JSON Lines or CSV, one quote a line",
    )
    quotes.set_defaults(func=_cmd_quotes)

    dates = commands.add_parser("dates", help="temporal expressions with their TIMEX3 values")
    _add_source_arguments(dates)
    dates.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="resolve relative dates against this date (default: each document's own)",
    )
    dates.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    dates.set_defaults(func=_cmd_dates)

    metadata = commands.add_parser(
        "metadata", help="headline, dateline, date, counts and people of each document"
    )
    _add_source_arguments(metadata)
    metadata.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    metadata.add_argument("--output", "-o", help="write here instead of stdout")
    metadata.set_defaults(func=_cmd_metadata)
    return parser


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture stdout)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 on success, 1 for data errors, 2 for usage errors.
    """
    out, err = sys.stdout, sys.stderr
    for stream in (out, err):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # never die on a terminal that cannot show “ or …
            reconfigure(errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in _COMMANDS and not argv[0].startswith("-"):
        if not os.path.exists(argv[0]):
            commands = ", ".join(sorted(_COMMANDS))
            _parser().print_usage(err)
            print(
                f"newscorpus: error: {argv[0]!r} is neither a command ({commands}) nor a file"
                " or folder",
                file=err,
            )
            return 2
        argv.insert(0, "report")  # "newscorpus articles/": the report on that source
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else 2
    func: Command = args.func
    try:
        return func(args, out, err)
    except BrokenPipeError:  # the reader went away (`newscorpus | head`): stop quietly
        _silence_stdout()
        return 1
    except (NewsCorpusError, OSError) as exc:
        print(f"newscorpus: error: {exc}", file=err)
        return 1
    except ValueError as exc:  # a bad option value reached the library
        print(f"newscorpus: error: {exc}", file=err)
        return 2
    except KeyboardInterrupt:
        print("newscorpus: interrupted", file=err)
        return 130
