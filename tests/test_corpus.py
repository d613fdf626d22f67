from __future__ import annotations

import datetime
import gzip
import json
import os
import pickle
import warnings
from pathlib import Path

import pytest

from newscorpus import (
    Corpus,
    CorpusNotFoundError,
    Document,
    DocumentReadError,
    MetadataError,
    load_corpus,
    read_document,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_ID = "000_8195b0460efe062c"


# --- the bundled seed corpus ---------------------------------------------------


def test_seed_corpus_loads_with_no_argument() -> None:
    corpus = load_corpus()
    assert len(corpus) == 1
    assert corpus.ids == (SEED_ID,)
    doc = corpus[SEED_ID]
    assert doc.text == (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    assert (doc.ordinal, doc.key) == (0, "8195b0460efe062c")
    assert doc.reference_date is None


def test_seed_has_14_paragraphs_and_17_sentences() -> None:
    doc = load_corpus()[SEED_ID]
    assert len(doc.paragraphs) == 14
    assert len(doc.sentences) == 17


# --- folders ---------------------------------------------------------------------


def test_folder_is_sorted_by_id_and_matches_the_pattern(folder: Path) -> None:
    corpus = load_corpus(folder)
    assert corpus.ids == ("a", "b_2016-10-12_second", "c")
    assert [doc.id for doc in corpus] == list(corpus.ids)
    assert len(load_corpus(folder, pattern="*.md")) == 1


def test_text_is_normalised_at_load(folder: Path) -> None:
    assert load_corpus(folder)["c"].text == "Third article.\nWith CRLF.\n"


def test_reference_date_from_file_name(folder: Path) -> None:
    corpus = load_corpus(folder)
    assert corpus["b_2016-10-12_second"].reference_date == datetime.date(2016, 10, 12)
    assert corpus["a"].reference_date is None


def test_lookup_of_unknown_or_escaping_ids_is_a_key_error(folder: Path) -> None:
    corpus = load_corpus(folder)
    for bad in ("zzz", "../a", "/etc/passwd", "a.txt"):
        assert bad not in corpus
        with pytest.raises(KeyError):
            corpus[bad]
    assert corpus.get("zzz") is None


def test_len_and_lookup_read_no_text(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = load_corpus(folder)
    opened: list[str] = []
    real_open = open

    def spy(path: object, *args: object, **kwargs: object) -> object:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", spy)
    assert len(corpus) == 3
    assert "a" in corpus
    assert corpus.ids
    assert opened == []
    corpus["a"]
    assert len(opened) == 1


def test_recursive(folder: Path) -> None:
    sub = folder / "sub"
    sub.mkdir()
    (sub / "d.txt").write_text("Deep.")
    assert "d" not in load_corpus(folder)
    assert "d" in load_corpus(folder, recursive=True)


def test_hidden_files_are_ignored(folder: Path) -> None:
    (folder / ".hidden.txt").write_text("x")
    assert ".hidden" not in load_corpus(folder)


def test_filter(folder: Path) -> None:
    corpus = load_corpus(folder)
    assert corpus.filter(ids=["a", "zzz"]).ids == ("a",)
    assert corpus.filter(pattern="b_*").ids == ("b_2016-10-12_second",)
    kept = corpus.filter(lambda doc: "CRLF" in doc.text)
    assert isinstance(kept, Corpus)
    assert kept.ids == ("c",)


def test_corpus_pickles(folder: Path) -> None:
    corpus = pickle.loads(pickle.dumps(load_corpus(folder)))
    assert corpus["a"].text.startswith("First")


# --- single files and lists --------------------------------------------------------


def test_one_file(folder: Path) -> None:
    corpus = load_corpus(folder / "a.txt")
    assert corpus.ids == ("a",)


def test_a_list_of_paths(folder: Path, seed_path: Path) -> None:
    corpus = load_corpus([seed_path, folder / "a.txt"])
    assert corpus.ids == (SEED_ID, "a") or corpus.ids == ("a", SEED_ID)
    assert sorted(corpus.ids) == list(corpus.ids)


def test_read_document(seed_path: Path) -> None:
    doc = read_document(seed_path, publication_date="2023-12-08")
    assert doc.id == SEED_ID
    assert doc.path == seed_path
    assert doc.reference_date == datetime.date(2023, 12, 8)
    assert isinstance(doc, Document)


def test_read_document_missing(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFoundError, match=r"absent\.txt"):
        read_document(tmp_path / "absent.txt")


# --- JSONL -----------------------------------------------------------------------


def _write_jsonl(path: Path, records: list[object]) -> None:
    lines = "".join(json.dumps(r) + "\n" for r in records)
    if path.suffix == ".gz":
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write(lines)
    else:
        path.write_text(lines, encoding="utf-8")


@pytest.mark.parametrize("name", ["docs.jsonl", "docs.jsonl.gz"])
def test_jsonl_records(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _write_jsonl(
        path,
        [
            {"id": "z", "text": "Zed.\r\n", "publication_date": "2020-01-02", "source": "AP"},
            {"text": "No id here."},
            {"id": "a", "text": "Ay."},
        ],
    )
    corpus = load_corpus(path)
    assert corpus.ids == ("z", "docs-2", "a")  # file order
    docs = list(corpus)
    assert docs[0].text == "Zed.\n"
    assert docs[0].reference_date == datetime.date(2020, 1, 2)
    assert docs[0].extra["source"] == "AP"
    assert "text" not in docs[0].extra
    assert corpus["a"].text == "Ay."


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    _write_jsonl(path, [{"doc": "x", "body": "Body."}])
    corpus = load_corpus(path, text_field="body", id_field="doc")
    assert corpus["x"].text == "Body."


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", r"docs\.jsonl:2: not valid JSON"),
        ('{"id": "b"}', r"docs\.jsonl:2: no 'text' string field"),
        ("[1, 2]", r"docs\.jsonl:2: a JSON object was expected"),
    ],
)
def test_bad_jsonl_lines_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n' + line + "\n")
    corpus = load_corpus(path)  # JSON Lines are parsed when used
    with pytest.raises(DocumentReadError, match=message):
        list(corpus)
    with pytest.raises(DocumentReadError, match=message):
        len(corpus)
    corpus = load_corpus(path, errors="skip")
    assert [doc.id for doc in corpus] == ["a"]
    assert corpus.ids == ("a",)
    assert len(corpus.skipped) == 1
    assert corpus.skipped[0].path.endswith("docs.jsonl:2")


def test_jsonl_streams_without_an_index(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    _write_jsonl(path, [{"id": str(n), "text": f"Doc {n}."} for n in range(5)])
    corpus = load_corpus(path)
    assert [doc.id for doc in corpus] == ["0", "1", "2", "3", "4"]
    assert corpus._parts[0].refs is None  # iteration built no index
    assert len(corpus) == 5
    assert corpus.filter(ids=["3", "1"]).ids == ("1", "3")
    assert [d.id for d in corpus.filter(ids=["3", "1"])] == ["1", "3"]


def test_jsonl_files_inside_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    _write_jsonl(tmp_path / "more.jsonl", [{"id": "z", "text": "Zed."}, {"id": "b", "text": "B."}])
    corpus = load_corpus(tmp_path, pattern="*")
    assert corpus.ids == ("a", "z", "b")  # plain files by id, then JSON Lines in file order


def test_duplicate_ids_across_jsonl_and_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    _write_jsonl(tmp_path / "more.jsonl", [{"id": "a", "text": "Another A."}])
    with pytest.raises(DocumentReadError, match=r"more\.jsonl:1: duplicate id 'a'"):
        len(load_corpus(tmp_path, pattern="*"))
    corpus = load_corpus(tmp_path, pattern="*", errors="skip")
    assert corpus.ids == ("a",)


# --- bad input ------------------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFoundError, match="nowhere"):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError):
        load_corpus(tmp_path / "nowhere")


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFoundError, match=r"no documents matching '\*\.txt'"):
        load_corpus(tmp_path)


def test_empty_list() -> None:
    with pytest.raises(CorpusNotFoundError):
        load_corpus([])


def test_empty_file_is_an_empty_document(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    doc = load_corpus(tmp_path)["empty"]
    assert doc.text == ""
    assert doc.paragraphs == ()
    assert doc.sentences == ()


def test_invalid_utf8_strict_names_file_and_byte(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9 au lait.")
    corpus = load_corpus(tmp_path)  # listing reads no text
    with pytest.raises(DocumentReadError, match=r"bad\.txt: not valid utf-8 at byte 3"):
        corpus["bad"]
    with pytest.raises(DocumentReadError, match="byte 3"):
        read_document(tmp_path / "bad.txt")


def test_invalid_utf8_replace_warns(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9 au lait.")
    with pytest.warns(UnicodeWarning, match=r"bad\.txt.*byte 3"):
        doc = load_corpus(tmp_path, errors="replace")["bad"]
    assert doc.text == "Caf\ufffd au lait."


def test_invalid_utf8_skip_is_recorded(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9 au lait.")
    (tmp_path / "good.txt").write_text("Fine.")
    corpus = load_corpus(tmp_path, errors="skip")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [doc.id for doc in corpus] == ["good"]
    assert len(corpus.skipped) == 1
    assert corpus.skipped[0].id == "bad"
    assert "byte 3" in corpus.skipped[0].reason
    list(corpus)  # a second pass does not record it twice
    assert len(corpus.skipped) == 1


def test_other_encodings(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Café.".encode("latin-1"))
    assert load_corpus(tmp_path, encoding="latin-1")["latin"].text == "Café."
    with pytest.raises(ValueError, match="unknown encoding"):
        load_corpus(tmp_path, encoding="klingon")


def test_bad_error_policy(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="errors must be"):
        load_corpus(tmp_path, errors="ignore")  # type: ignore[arg-type]


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DocumentReadError, match=r"image\.txt: looks like a binary file"):
        load_corpus(tmp_path)["image"]


def test_broken_symlink(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Fine.")
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    with pytest.raises(DocumentReadError, match=r"link\.txt: broken symlink"):
        load_corpus(tmp_path)
    corpus = load_corpus(tmp_path, errors="skip")
    assert corpus.ids == ("good",)
    assert corpus.skipped[0].reason == "broken symlink"


def test_symlink_outside_the_root_is_not_followed_unless_asked(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "good.txt").write_text("Fine.")
    (tmp_path / "secret.txt").write_text("Secret.")
    os.symlink(tmp_path / "secret.txt", root / "secret.txt")
    corpus = load_corpus(root)
    assert corpus.ids == ("good",)
    assert "outside the corpus root" in corpus.skipped[0].reason
    assert load_corpus(root, follow_symlinks=True).ids == ("good", "secret")


def test_symlink_inside_the_root_is_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    assert load_corpus(tmp_path).ids == ("a", "b")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(DocumentReadError, match="cannot be read"):
        load_corpus(tmp_path)["locked"]


def test_unreadable_file_is_reported_not_raised_as_oserror(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked.txt").write_text("x")
    corpus = load_corpus(tmp_path, errors="skip")
    real_open = open

    def deny(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", deny)
    assert list(corpus) == []
    assert "Permission denied" in corpus.skipped[0].reason


def test_duplicate_ids_name_both_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Another A.")
    with pytest.raises(DocumentReadError, match=r"duplicate id 'a'.*a\.txt") as info:
        load_corpus(tmp_path, recursive=True)
    assert str(tmp_path / "a.txt") in str(info.value)
    assert str(tmp_path / "sub" / "a.txt") in str(info.value)
    corpus = load_corpus(tmp_path, recursive=True, errors="skip")
    assert corpus.ids == ("a",)
    assert "duplicate id" in corpus.skipped[0].reason


# --- sidecar metadata -------------------------------------------------------------------


def test_sidecar_metadata_sets_fields_and_reference_date(folder: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.tsv"
    meta.write_text("filename\tpublication_date\ttitle\na.txt\t2016-09-12\tA title\n")
    corpus = load_corpus(folder, metadata=meta)
    doc = corpus["a"]
    assert doc.reference_date == datetime.date(2016, 9, 12)
    assert doc.extra["title"] == "A title"
    assert dict(corpus["c"].extra) == {}


def test_sidecar_wins_over_file_name_date(folder: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.csv"
    meta.write_text("id,date\nb_2016-10-12_second,2016-10-13\n")
    doc = load_corpus(folder, metadata=meta)["b_2016-10-12_second"]
    assert doc.reference_date == datetime.date(2016, 10, 13)


def test_bad_sidecar(folder: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.jsonl"
    meta.write_text("{oops\n")
    with pytest.raises(MetadataError, match=r"meta\.jsonl:1"):
        load_corpus(folder, metadata=meta)
