"""The Dask path gives the records of process(), on a real two-process cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from newscorpus import load_corpus  # noqa: E402
from newscorpus.dask import read_corpus, records  # noqa: E402
from newscorpus.parallel import process  # noqa: E402

SEED_TEXT = (Path(__file__).resolve().parents[1] / "seeds" / "000_8195b0460efe062c.txt").read_text(
    encoding="utf-8"
)
SECTIONS = ("entities", "sentences")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three hundred documents: pieces of the seed under new ids."""
    root = tmp_path_factory.mktemp("many")
    for n in range(300):
        (root / f"doc_{n:04d}.txt").write_text(SEED_TEXT[(n * 7) % 1500 :], encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_bag_of_documents_in_corpus_order(corpus_dir: Path, client: object) -> None:
    bag = read_corpus(corpus_dir, documents_per_partition=50)
    assert bag.npartitions == 6
    assert [d.id for d in bag.compute()] == list(load_corpus(corpus_dir).ids)


def test_cluster_records_equal_process(corpus_dir: Path, client: object) -> None:
    bag = read_corpus(corpus_dir, documents_per_partition=40)
    assert records(bag, extract=SECTIONS).compute() == list(process(corpus_dir, extract=SECTIONS))


def test_unknown_extractor(corpus_dir: Path) -> None:
    with pytest.raises(ValueError, match="unknown extractor"):
        records(read_corpus(corpus_dir), extract=("nope",))
