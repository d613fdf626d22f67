"""Scale benchmark: a generated corpus of 1 GB, worker speed-up and peak memory.

    python benchmarks/scale.py [--size-gb 1.0] [--speedup-mb 40] [--workdir DIR] [--keep]

1. Builds a corpus of at least --size-gb in a temporary folder: copies of the
   news-silver articles (../shared/data/news-silver/text) under new ids,
   written as JSON Lines shards of about 100 MB. Nothing is committed.
2. Speed-up: times ``newscorpus export`` of the full record (metadata, dates,
   quotes) over the first --speedup-mb of it with --workers 1 and --workers 2.
3. Peak memory: runs ``newscorpus export`` over the whole corpus under
   ``/usr/bin/time -v`` and reports the maximum resident set size, next to the
   same run over one shard, to show it does not grow with the corpus.

Not a test: figures depend on the machine. Run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SILVER = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-silver" / "text"
SHARD_BYTES = 100_000_000
NEWSCORPUS = [sys.executable, "-m", "newscorpus"]


def build(folder: Path, size_bytes: int) -> int:
    """Write copies of news-silver as JSON Lines shards; returns the bytes of text written."""
    articles = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SILVER.glob("*.txt"))]
    written = 0
    shard_number = 0
    shard_bytes = 0
    out = None
    copy = 0
    while written < size_bytes:
        for doc_id, text in articles:
            if out is None or shard_bytes >= SHARD_BYTES:
                if out is not None:
                    out.close()
                out = (folder / f"shard_{shard_number:03d}.jsonl").open("w", encoding="utf-8")
                shard_number += 1
                shard_bytes = 0
            line = json.dumps({"id": f"c{copy:04d}-{doc_id}", "text": text}, ensure_ascii=False)
            out.write(line + "\n")
            size = len(text.encode("utf-8"))
            written += size
            shard_bytes += len(line) + 1
            if written >= size_bytes:
                break
        copy += 1
    if out is not None:
        out.close()
    return written


def prefix(source: Path, target: Path, size_bytes: int) -> int:
    """The first size_bytes of text of a shard, as a JSON Lines file of its own."""
    written = 0
    with source.open(encoding="utf-8") as f, target.open("w", encoding="utf-8") as out:
        for line in f:
            out.write(line)
            written += len(json.loads(line)["text"].encode("utf-8"))
            if written >= size_bytes:
                break
    return written


def export(source: Path, workers: int, timed: bool = False) -> tuple[float, int | None]:
    """Run ``newscorpus export`` to /dev/null: wall seconds, and peak RSS in kB if timed."""
    command = [
        *NEWSCORPUS,
        "export",
        str(source),
        "--pattern",
        "*.jsonl",
        "--extract",
        "metadata,dates,quotes",
        "--workers",
        str(workers),
        "-o",
        os.devnull,
    ]
    if timed:
        command = ["/usr/bin/time", "-v", *command]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"export failed: {result.stderr[-2000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return seconds, int(rss.group(1)) if rss else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-gb", type=float, default=1.0)
    parser.add_argument("--speedup-mb", type=float, default=40.0)
    parser.add_argument("--workdir", help="build the corpus here (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus")
    parser.add_argument("--skip-full", action="store_true", help="skip the full-corpus RSS run")
    args = parser.parse_args()

    work = Path(args.workdir or tempfile.mkdtemp(prefix="newscorpus-scale-"))
    corpus = work / "corpus"
    small = work / "small"
    corpus.mkdir(parents=True, exist_ok=True)
    small.mkdir(exist_ok=True)
    try:
        t0 = time.perf_counter()
        total = build(corpus, int(args.size_gb * 1e9))
        shards = sorted(corpus.glob("*.jsonl"))
        print(
            f"corpus: {total / 1e9:.2f} GB of text in {len(shards)} shards, "
            f"built in {time.perf_counter() - t0:.0f} s ({corpus})"
        )

        part = prefix(shards[0], small / "part.jsonl", int(args.speedup_mb * 1e6))
        one, rss_one = export(small, 1, timed=True)
        two, rss_two = export(small, 2, timed=True)
        mb = part / 1e6
        print(
            f"full record, {mb:.0f} MB: --workers 1 {mb / one:.2f} MB/s, "
            f"--workers 2 {mb / two:.2f} MB/s, speed-up {one / two:.2f}x"
        )
        print(
            f"peak RSS over {mb:.0f} MB: workers 1 {rss_one / 1024:.0f} MB, "
            f"workers 2 {rss_two / 1024:.0f} MB"
        )

        if not args.skip_full:
            seconds, rss = export(corpus, 2, timed=True)
            assert rss is not None
            print(
                f"full record, {total / 1e9:.2f} GB, --workers 2: {total / 1e6 / seconds:.2f} MB/s "
                f"({seconds:.0f} s), peak RSS {rss / 1024:.0f} MB"
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
