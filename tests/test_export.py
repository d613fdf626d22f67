from __future__ import annotations

import datetime
import enum
import gzip
import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus import Document, Span, to_dict, write_jsonl
from newscorpus.export import _json_text, to_brat, to_json_value


class Colour(str, enum.Enum):
    RED = "red"


def test_document_to_dict() -> None:
    doc = Document.from_text(
        "Text.", id="000_abcdef12", reference_date=datetime.date(2023, 12, 8), wire="AP"
    )
    data = to_dict(doc)
    assert data == {
        "id": "000_abcdef12",
        "path": None,
        "ordinal": 0,
        "key": "abcdef12",
        "reference_date": "2023-12-08",
        "extra": {"wire": "AP"},
        "text": "Text.",
    }
    json.dumps(data)


def test_values_become_json_ready() -> None:
    assert to_json_value((Span(0, 1, "a"),)) == [{"start": 0, "end": 1, "text": "a"}]
    assert to_json_value(Colour.RED) == "red"
    assert to_json_value(datetime.date(2020, 1, 2)) == "2020-01-02"
    assert to_json_value(Path("a/b")) == "a/b"
    with pytest.raises(TypeError):
        to_json_value(object())


@attrs.frozen
class _Awkward:
    """Field names that shadow what a converter might use: builtins, its own names."""

    type: Colour
    obj: tuple[Span, ...]
    v0: datetime.date | None
    _CONVERTERS: str
    _PLAIN: int = 0


def test_result_fields_of_any_name_become_json_ready() -> None:
    value = _Awkward(Colour.RED, (Span(0, 1, "a"),), datetime.date(2020, 1, 2), "x", 3)
    assert to_dict(value) == {
        "type": "red",
        "obj": [{"start": 0, "end": 1, "text": "a"}],
        "v0": "2020-01-02",
        "_CONVERTERS": "x",
        "_PLAIN": 3,
    }
    assert to_dict(_Awkward(Colour.RED, (), None, "", 0))["v0"] is None


def test_to_dict_needs_an_object() -> None:
    with pytest.raises(TypeError, match="result object"):
        to_dict([1, 2])


def test_write_jsonl_to_a_file_object() -> None:
    out = io.StringIO()
    assert write_jsonl([{"a": "“quoted”"}, Span(0, 1, "x")], out) == 2
    lines = out.getvalue().splitlines()
    assert json.loads(lines[0]) == {"a": "“quoted”"}
    assert json.loads(lines[1]) == {"start": 0, "end": 1, "text": "x"}


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_write_jsonl_to_a_path(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_jsonl(({"n": n} for n in range(3)), path)
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        assert [json.loads(line)["n"] for line in f] == [0, 1, 2]


def test_to_brat_writes_polnear_attributions(seed_text: str) -> None:
    doc = Document.from_text(seed_text, id="seed")
    ann = to_brat(doc)
    lines = ann.splitlines()
    spans = {}
    for line in lines:
        if line.startswith("T"):
            tid, middle, covered = line.split("\t")
            label, offsets = middle.split(" ", 1)
            assert label in {"Source", "Cue", "Content", "Attribution"}
            pieces = [doc.text[int(s) : int(e)] for s, e in (p.split() for p in offsets.split(";"))]
            assert " ".join(pieces).split() == covered.split()
            spans[tid] = label
    events = [line for line in lines if line.startswith("E")]
    assert len(events) == len(doc.quotes)
    for event in events:
        roles = dict(role.split(":") for role in event.split("\t")[1].split())
        assert spans[roles["Attribution"]] == "Attribution"
        assert spans[roles["Content"]] == "Content"


def test_to_brat_cuts_spans_at_line_breaks() -> None:
    doc = Document.from_text("“One.\n\n“Two,” she said.", id="x")
    first = to_brat(doc).splitlines()[0]
    assert first == "T1\tContent 0 5;7 13\t“One. “Two,”"


def test_to_brat_of_a_text_without_quotes() -> None:
    assert to_brat(Document.from_text("Nothing here.", id="x")) == ""


# ---------------------------------------------------------------- TimeML


def _read_timeml(xml: str) -> tuple[str, str | None, list[tuple[int, int, str, str]]]:
    """Text, DCT value and (start, end, type, value) of each TIMEX3, as TempEval reads them."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(xml)
    dct = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    assert text_el is not None
    parts: list[str] = []
    tags: list[tuple[int, int, str, str]] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, parts))
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if el.tag == "TIMEX3":
            tags.append((start, sum(map(len, parts)), el.get("type", ""), el.get("value", "")))

    walk(text_el)
    return "".join(parts), None if dct is None else dct.get("value"), tags


def test_to_timeml_round_trips() -> None:
    import datetime

    from newscorpus import Document, to_timeml

    text = "Q&A <draft>: talks ended on Friday & resume in 2 weeks.\nNo date here."
    doc = Document.from_text(text, id="a&b", reference_date=datetime.date(2023, 12, 8))
    got_text, dct, tags = _read_timeml(to_timeml(doc))
    assert got_text == doc.text
    assert dct == "2023-12-08"
    assert tags == [(t.start, t.end, t.type.value, t.value) for t in doc.dates]
    assert [got_text[s:e] for s, e, _, _ in tags] == ["Friday", "2 weeks"]


def test_to_timeml_without_reference_date(seed_text: str) -> None:
    from newscorpus import Document, to_timeml

    doc = Document.from_text(seed_text, id="seed")
    xml = to_timeml(doc)
    got_text, dct, tags = _read_timeml(xml)
    assert dct == "XXXX-XX-XX"
    assert got_text == doc.text
    assert len(tags) == len(doc.dates)
    assert 'value="XXXX-12-07"' in xml
    assert 'quant="EVERY"' in xml


def test_to_timeml_rejects_expressions_that_do_not_fit() -> None:
    import pytest

    from newscorpus import Document, TimeExpression, TimexType, to_timeml

    doc = Document.from_text("It rained on Friday.", id="x")
    wrong = (TimeExpression(0, 2, "It", TimexType.DATE, "2023"),)
    assert "TIMEX3" in to_timeml(doc, ())
    with pytest.raises(ValueError, match="does not fit"):
        to_timeml(doc, (TimeExpression(0, 2, "Fr", TimexType.DATE, "2023"),))
    assert ">It</TIMEX3>" in to_timeml(doc, wrong)


def test_enums_serialise_as_their_values() -> None:
    from newscorpus import TimexType
    from newscorpus.export import to_json_value

    value = to_json_value(TimexType.DATE)
    assert value == "DATE"
    assert type(value) is str


class Size(enum.IntEnum):
    SMALL = 1


@attrs.frozen
class _Empty:
    """A result class without fields."""


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),  # NaN and the infinities too: json writes them as JavaScript names
    st.text(),  # quotation marks, backslashes, control characters, lone surrogates
    st.dates(),
    st.datetimes(timezones=st.sampled_from([None, datetime.timezone.utc])),
    st.times(),
    st.sampled_from([Colour.RED, Size.SMALL, _Empty(), Path("a/“b”"), Span(0, 1, "\\")]),
)

_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.frozensets(st.integers(), max_size=3),
        st.dictionaries(st.one_of(st.text(max_size=3), st.integers()), inner, max_size=3),
        st.builds(
            _Awkward, st.just(Colour.RED), st.lists(inner, max_size=3).map(tuple), inner, inner
        ),
    ),
    max_leaves=12,
)


@given(_VALUES)
def test_json_text_is_json_dumps_of_the_json_value(value: object) -> None:
    assert _json_text(value) == json.dumps(to_json_value(value), ensure_ascii=False)


def test_json_text_of_results_and_documents() -> None:
    doc = Document.from_text("It rained on Friday. “Hi,” she said.", id="x", wire="AP")
    for value in (doc, doc.dates, doc.quotes, doc.metadata, doc.entities, doc.sentences):
        assert _json_text(value) == json.dumps(to_json_value(value), ensure_ascii=False)


def test_json_text_refuses_what_to_json_value_refuses() -> None:
    with pytest.raises(TypeError):
        _json_text([object()])


def test_json_text_of_equal_times_in_different_zones() -> None:
    plus_one = datetime.timezone(datetime.timedelta(hours=1))
    noon = datetime.datetime(2020, 1, 2, 12, tzinfo=datetime.timezone.utc)
    same = datetime.datetime(2020, 1, 2, 13, tzinfo=plus_one)
    assert noon == same
    assert _json_text([noon, same]) == json.dumps(to_json_value([noon, same]))
    assert _json_text([noon.timetz(), same.timetz()]) != _json_text([noon.timetz()] * 2)
