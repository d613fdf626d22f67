"""Scale benchmark: a generated corpus of 1 GB, worker speed-up and peak memory.

    python benchmarks/scale.py [--size-gb 1.0] [--speedup-mb 40] [--workdir DIR] [--keep]

1. Builds a corpus of at least --size-gb in a temporary folder: copies of the
   news-silver articles (../shared/data/news-silver/text) under new ids,
   written as JSON Lines shards of about 100 MB. Nothing is committed.
2. Speed-up: times ``newscorpus export`` of the full record (metadata, dates,
   quotes) over the first --speedup-mb of it with --workers 1 and --workers 2.
3. Peak memory: runs ``newscorpus export`` over the whole corpus under
   ``/usr/bin/time -v`` and reports the maximum resident set size (of the
   largest process) and the peak summed over the process tree (parent and
   workers, sampled from /proc), next to the same figures for the
   --speedup-mb prefix, to show memory does not grow with the corpus.

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

from _common import DEFAULT_SOURCE

SHARD_BYTES = 100_000_000
NEWSCORPUS = [sys.executable, "-m", "newscorpus"]


def build(folder: Path, size_bytes: int) -> int:
    """Write copies of news-silver as JSON Lines shards; returns the bytes of text written."""
    articles = [
        (p.stem, p.read_text(encoding="utf-8")) for p in sorted(DEFAULT_SOURCE.glob("*.txt"))
    ]
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


def _tree_rss_kb(root: int) -> int:
    """Resident set of a process and all its descendants, in kB (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as f:
                kb = next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = kb
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def export(source: Path, workers: int, timed: bool = False) -> tuple[float, int | None, int]:
    """Run ``newscorpus export`` to /dev/null.

    Returns wall seconds; the peak RSS in kB of the largest single process as
    ``/usr/bin/time -v`` reports it (if timed); and the peak of the summed RSS
    of the whole process tree (parent and workers), sampled every 0.2 s.
    """
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
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, text=True)
        tree_peak = 0
        while process.poll() is None:
            tree_peak = max(tree_peak, _tree_rss_kb(process.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read()
    if process.returncode != 0:
        raise SystemExit(f"export failed: {stderr[-2000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return seconds, int(rss.group(1)) if rss else None, tree_peak


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
        one, rss_one, tree_one = export(small, 1, timed=True)
        two, rss_two, tree_two = export(small, 2, timed=True)
        mb = part / 1e6
        print(
            f"full record, {mb:.0f} MB: --workers 1 {mb / one:.2f} MB/s, "
            f"--workers 2 {mb / two:.2f} MB/s, speed-up {one / two:.2f}x"
        )
        assert rss_one is not None
        assert rss_two is not None
        print(
            f"peak RSS over {mb:.0f} MB: workers 1 {rss_one / 1024:.0f} MB, "
            f"workers 2 {rss_two / 1024:.0f} MB (largest process); "
            f"process tree {tree_one / 1024:.0f} MB and {tree_two / 1024:.0f} MB"
        )

        if not args.skip_full:
            seconds, rss, tree = export(corpus, 2, timed=True)
            assert rss is not None
            print(
                f"full record, {total / 1e9:.2f} GB, --workers 2: {total / 1e6 / seconds:.2f} MB/s "
                f"({seconds:.0f} s), peak RSS {rss / 1024:.0f} MB (largest process), "
                f"{tree / 1024:.0f} MB (process tree)"
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
