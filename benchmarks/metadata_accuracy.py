"""Headline, dateline and agency figures on the corpora beside the project.

    python benchmarks/metadata_accuracy.py [--shared ../shared] [--show N]

Complements ``../shared/eval/score_metadata.py`` (PolNeAR) with two corpora
whose metadata gives the truth:

- TimeML AQUAINT (``data/timeml/aquaint``, the text inside ``<TEXT>``): the
  wire is in the LDC id (APW = AP, XIE = Xinhua, NYT = New York Times
  service, whose datelines name no agency); the document creation time is
  the date. These texts have no headline, so any title found is wrong.
- news-silver (``data/news-silver``): ``metadata.tsv`` gives the title and
  date (dct); the LDC id gives the wire (AFP, Xinhua).

Figures: ``title_accuracy`` (letters and digits compared, as the PolNeAR
scorer does), ``title_accuracy_on_headlines`` (the same, leaving out documents
whose metadata title is an editor's note such as ``ATTENTION - ADDS quotes
///`` or ``= (PICTURES) =``, or a byline, which the extractor does not take
for a headline), ``dateline_found`` (documents with a dateline),
``agency_accuracy`` (of datelines that name an agency, the share naming the
document's wire), ``dateline_date_accuracy`` (of datelines with a day and
month, the share whose date, with the year nearest the true date, lies
within one day of it). Not a test: it reads data outside the project.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import newscorpus as nc

SHARED = Path(__file__).resolve().parents[2] / "shared"
NOT_A_HEADLINE = re.compile(r"ATTENTION\b.*|.*///\s*|=[^=]*=|(?:by|By|BY) \S.*")

WIRES = {"APW": "AP", "XIE": "Xinhua", "XIN": "Xinhua", "AFP": "AFP", "NYT": None}


def norm(text: str | None) -> str:
    return re.sub(r"\W+", "", (text or "").split(";")[0].casefold())


def score(
    name: str,
    items: Iterable[tuple[str, str, str | None, datetime.date | None, bool]],
    show: int,
) -> dict[str, Any]:
    """items: (id, text, true title or None for none, true date, title known)."""
    n = titled = title_ok = found = agency_n = agency_ok = date_n = date_ok = 0
    headlines = headline_ok = 0
    misses: list[str] = []
    for doc_id, text, title, date, title_known in items:
        n += 1
        meta = nc.extract_metadata(text)
        if title_known:
            titled += 1
            ok = norm(meta.title) == norm(title) if title else meta.title is None
            title_ok += ok
            if not (title and NOT_A_HEADLINE.fullmatch(title.strip())):
                headlines += 1
                headline_ok += ok
            if not ok and len(misses) < show:
                misses.append(f"  title {doc_id}: {meta.title!r} (want {title!r})")
        dl = meta.dateline
        wire = WIRES.get(doc_id[:3])
        if dl is None:
            continue
        found += 1
        if dl.agency is not None or wire is not None:
            agency_n += 1
            agency_ok += dl.agency == wire
            if dl.agency != wire and len(misses) < show:
                misses.append(f"  agency {doc_id}: {dl.span.text!r} (want {wire})")
        if dl.month is not None and date is not None:
            date_n += 1
            resolved = dl.resolve_date(date)
            good = resolved is not None and abs((resolved - date).days) <= 1
            date_ok += good
            if not good and len(misses) < show:
                misses.append(f"  date {doc_id}: {dl.span.text!r} (want {date})")
    result = {
        "corpus": name,
        "documents": n,
        "title_accuracy": round(title_ok / titled, 4) if titled else None,
        "title_accuracy_on_headlines": round(headline_ok / headlines, 4) if headlines else None,
        "dateline_found": found,
        "agency_accuracy": round(agency_ok / agency_n, 4) if agency_n else None,
        "agency_cases": agency_n,
        "dateline_date_accuracy": round(date_ok / date_n, 4) if date_n else None,
        "dateline_date_cases": date_n,
    }
    print(result)
    for line in misses:
        print(line)
    return result


def aquaint(shared: Path) -> Iterable[tuple[str, str, str | None, datetime.date | None, bool]]:
    sys.path.insert(0, str(shared / "eval"))
    from corpora import read_timeml_dir  # type: ignore[import-not-found]

    for doc in read_timeml_dir(shared / "data" / "timeml" / "aquaint"):
        yield doc.name, doc.text, None, doc.dct, True


def silver(shared: Path) -> Iterable[tuple[str, str, str | None, datetime.date | None, bool]]:
    root = shared / "data" / "news-silver"
    with (root / "metadata.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        text = (root / "text" / f"{row['docid']}.txt").read_text(encoding="utf-8")
        date = datetime.date.fromisoformat(row["dct"]) if row["dct"] else None
        yield row["docid"], text, row["title"] or None, date, bool(row["title"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(SHARED))
    parser.add_argument("--show", type=int, default=10, help="misses to print per corpus")
    args = parser.parse_args()
    shared = Path(args.shared)
    score("timeml/aquaint", aquaint(shared), args.show)
    score("news-silver", silver(shared), args.show)


if __name__ == "__main__":
    main()
