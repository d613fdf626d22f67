"""Serialisation: JSON-ready dicts, JSON Lines files, brat standoff and TimeML.

:func:`to_dict` turns any result newscorpus returns (documents, spans,
quotes, dates, metadata, and tuples of them) into plain dicts and lists:
dates become ISO strings, enums their values, paths strings.
:func:`to_brat` writes a document's quotes as brat annotations.
:func:`to_timeml` writes a document with its temporal expressions as
inline TIMEX3 tags, for TimeML and TempEval tools.
"""

from __future__ import annotations

import datetime
import enum
import gzip
import json
import math
import operator
import os
from collections.abc import Callable, Iterable, Mapping
from json.encoder import encode_basestring
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

import attrs

from newscorpus.document import Document

if TYPE_CHECKING:
    from newscorpus.dates.model import TimeExpression

__all__ = ["to_brat", "to_dict", "to_json_value", "to_timeml", "write_jsonl"]


def to_json_value(obj: Any) -> Any:
    """Turn a newscorpus value into plain JSON-ready Python values.

    Args:
        obj: A result object, a tuple or list of them, a mapping, or a scalar.

    Returns:
        The same data made of dicts, lists, strings, numbers, booleans and None.

    Raises:
        TypeError: For a value that has no JSON form.
    """
    kind = type(obj)
    if kind in _PLAIN:  # exact types only: a (str, Enum) member must become its value
        return obj
    return _CONVERTERS[kind](obj)


class _Converters(dict[type, Callable[[Any], Any]]):
    """Each type's converter, worked out on first use (see :func:`_converter`)."""

    def __missing__(self, kind: type) -> Callable[[Any], Any]:
        convert = self[kind] = _converter(kind)
        return convert


# Serialising records is on the hot path of whole-corpus runs: each type's converter is
# worked out once and kept, instead of a chain of isinstance tests per value. Values
# inside results are converted with `_CONVERTERS[type(v)](v)`, not a call of
# to_json_value: a record holds hundreds of thousands of them.
_PLAIN = frozenset({str, int, float, bool, type(None)})
_CONVERTERS = _Converters()


def _sequence(items: Any) -> list[Any]:
    return [item if type(item) in _PLAIN else _CONVERTERS[type(item)](item) for item in items]


def _converter(kind: type) -> Callable[[Any], Any]:
    """How to serialise values of one type (see :func:`to_json_value`)."""
    if issubclass(kind, enum.Enum):  # before str: a (str, Enum) member is a str too
        if all(type(member.value) in _PLAIN for member in kind):
            # `_value_` (a documented enum attribute) is a plain attribute; `.value`
            # goes through a Python-level descriptor, four times slower.
            return operator.attrgetter("_value_")
        return lambda obj: to_json_value(obj.value)
    if issubclass(kind, (str, bool, int, float)):
        return lambda obj: obj
    if issubclass(kind, (datetime.date, datetime.time)):  # datetime is a date too
        return lambda obj: obj.isoformat()
    if issubclass(kind, PurePath):
        return str
    if issubclass(kind, Document):
        return _document_dict
    if attrs.has(kind):
        return _fields_converter(kind)
    if issubclass(kind, Mapping):
        return lambda obj: {str(k): to_json_value(v) for k, v in obj.items()}
    if issubclass(kind, (list, tuple, set, frozenset)):
        return _sequence

    def refuse(obj: Any) -> Any:
        raise TypeError(f"cannot serialise {type(obj).__name__} to JSON")

    return refuse


def _fields_converter(kind: type) -> Callable[[Any], dict[str, Any]]:
    """A function that makes the dict of an attrs class's instances, written for that class.

    A record holds some hundred thousand result objects (spans, mentions, dates), so
    a loop over field names per object costs more than the rest of the conversion;
    instead, as attrs does for ``__init__``, one function per class is written with
    each field read by name: ``{"start": v0 if type(v0) in _PLAIN else
    _CONVERTERS[type(v0)](v0), ...}``. Field names are identifiers (attrs sees to that)
    and are only ever read as attributes and written as ``repr`` keys.
    """
    names = [field.name for field in attrs.fields(kind)]
    reads = "".join(f"    v{i} = obj.{name}\n" for i, name in enumerate(names))
    items = ", ".join(
        f"{name!r}: v{i} if type(v{i}) in _PLAIN else _CONVERTERS[type(v{i})](v{i})"
        for i, name in enumerate(names)
    )
    source = f"def fields(obj):\n{reads}    return {{{items}}}\n"
    scope: dict[str, Any] = {"_PLAIN": _PLAIN, "_CONVERTERS": _CONVERTERS}
    exec(compile(source, f"<newscorpus.export fields of {kind.__qualname__}>", "exec"), scope)
    fields: Callable[[Any], dict[str, Any]] = scope["fields"]
    return fields


def _document_dict(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": to_json_value(doc.path),
        "ordinal": doc.ordinal,
        "key": doc.key,
        "reference_date": to_json_value(doc.reference_date),
        "extra": to_json_value(doc.extra),
        "text": doc.text,
    }


# The export pipeline writes each record as one line of JSON. Making the dicts of a
# record and then dumping them builds some hundred thousand dicts that are read once;
# writing the JSON text of each value directly takes a quarter less time for the same
# bytes. _json_text must always give what json.dumps(to_json_value(obj),
# ensure_ascii=False) gives (tests compare the two on every kind of value).


class _Encoders(dict[type, Callable[[Any], str]]):
    """Each type's JSON writer, worked out on first use (see :func:`_encoder`)."""

    def __missing__(self, kind: type) -> Callable[[Any], str]:
        encode = self[kind] = _encoder(kind)
        return encode


_ENCODERS = _Encoders()


def _json_text(obj: Any) -> str:
    """The JSON text of a newscorpus value: ``json.dumps(to_json_value(obj), ensure_ascii=False)``.

    Example:
        >>> from newscorpus import Span
        >>> _json_text((Span(0, 5, "Putin"), None))
        '[{"start": 0, "end": 5, "text": "Putin"}, null]'
    """
    return _ENCODERS[type(obj)](obj)


def _float_text(number: float) -> str:
    """A float as json writes it (``allow_nan``: NaN and infinities as JavaScript names)."""
    if number != number:
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    return float.__repr__(number)


def _sequence_text(items: Any) -> str:
    if not items:
        return "[]"
    return f"[{', '.join([_ENCODERS[type(item)](item) for item in items])}]"


def _dumped(obj: Any) -> str:
    return json.dumps(to_json_value(obj), ensure_ascii=False)


class _Texts(dict[Any, str]):
    """The JSON text of each value of a type that has few (booleans, None, an enum's
    members, calendar days), worked out on first use: a lookup implemented in C thereafter."""

    def __missing__(self, value: Any) -> str:
        if len(self) >= _MAX_TEXTS:  # a corpus spanning centuries: start again
            self.clear()
        text = self[value] = _dumped(value)
        return text


_MAX_TEXTS = 100_000


def _encoder(kind: type) -> Callable[[Any], str]:
    """How to write values of one type as JSON (see :func:`_json_text`).

    Scalars are written by functions implemented in C (``int.__repr__``, json's own
    string encoder, or a lookup in a table of the few possible texts), so that the
    writer of a result class spends no Python call on its plain fields.
    """
    if kind is bool or kind is type(None) or issubclass(kind, enum.Enum):
        # Before str and int: a (str, Enum) member is a str too, and a bool an int.
        return _Texts().__getitem__
    if issubclass(kind, str):
        return encode_basestring
    if issubclass(kind, int):
        return int.__repr__
    if issubclass(kind, float):
        return _float_text
    if kind is datetime.date:  # the same few days come back in every record
        return _Texts().__getitem__
    if issubclass(kind, (datetime.date, datetime.time)):  # times of a day may have a zone:
        return lambda obj: encode_basestring(obj.isoformat())  # equal ones, written apart
    if issubclass(kind, PurePath):  # every record has its document's path
        return lambda path: encode_basestring(str(path))
    if attrs.has(kind) and not issubclass(kind, Document):
        return _fields_encoder(kind)
    if kind in (list, tuple):
        return _sequence_text
    return _dumped  # documents, mappings, sets: rare in a record


def _field_text(var: str, annotation: object) -> str:
    """The expression that writes one field's value (held in ``var``) as JSON.

    The field's annotation names the type its values usually have, and the
    expression tests that type first: whole numbers are formatted by the
    f-string itself (the same text as ``int.__repr__``, without a call), strings
    by json's encoder directly, None (in a field that may hold it) as ``null``,
    all without a lookup in the table of writers. Any other value still goes
    through the table, so a value of another type is written as well, only not
    as fast.
    """
    types = annotation.split(" | ") if isinstance(annotation, str) else [annotation]
    usual = types[0]
    other = f"_ENCODERS[type({var})]({var})"
    if "None" in types[1:]:
        other = f'"null" if {var} is None else {other}'
    if usual in ("int", int):
        return f"{var} if type({var}) is int else {other}"
    if usual in ("str", str):
        return f"_string({var}) if type({var}) is str else {other}"
    if isinstance(usual, str) and usual.startswith("tuple["):
        return f"_sequence_text({var}) if type({var}) is tuple else {other}"
    return other


def _fields_encoder(kind: type) -> Callable[[Any], str]:
    """A function that writes the JSON object of an attrs class's instances.

    Written for the class as :func:`_fields_converter` is, as one f-string:
    ``f'{"start": {v0 if type(v0) is int else _ENCODERS[type(v0)](v0)}, ...}'``: keys
    as json writes them, each value by the expression :func:`_field_text` picks
    from the field's annotation.
    """
    fields = attrs.fields(kind)
    if not fields:
        return lambda obj: "{}"
    reads = "".join(f"    v{i} = obj.{field.name}\n" for i, field in enumerate(fields))
    items = ", ".join(
        f"{json.dumps(field.name)}: {{{_field_text(f'v{i}', field.type)}}}"
        for i, field in enumerate(fields)
    )
    source = f"def encode(obj):\n{reads}    return f'{{{{{items}}}}}'\n"
    scope: dict[str, Any] = {
        "_ENCODERS": _ENCODERS,
        "_string": encode_basestring,
        "_sequence_text": _sequence_text,
    }
    exec(compile(source, f"<newscorpus.export JSON of {kind.__qualname__}>", "exec"), scope)
    encode: Callable[[Any], str] = scope["encode"]
    return encode


def to_dict(obj: Any) -> dict[str, Any]:
    """A JSON-ready dict of one result object.

    Args:
        obj: A :class:`Document`, :class:`Span` or any other result object
            newscorpus returns.

    Returns:
        Its fields as plain values (dates as ISO strings, enums as values).

    Raises:
        TypeError: If ``obj`` is not a result object (use :func:`to_json_value`
            for tuples and scalars).

    Example:
        >>> from newscorpus import Span
        >>> to_dict(Span(0, 5, "Putin"))
        {'start': 0, 'end': 5, 'text': 'Putin'}
    """
    value = to_json_value(obj)
    if not isinstance(value, dict):
        raise TypeError(f"to_dict needs a result object, not {type(obj).__name__}")
    return value


def write_jsonl(records: Iterable[Any], path_or_file: str | os.PathLike[str] | IO[str]) -> int:
    """Write records as JSON Lines, one object a line (UTF-8, gzipped for ``.gz``).

    Each record is written whole, so an interrupted run leaves only complete
    lines.

    Args:
        records: Dicts, or result objects (passed through :func:`to_dict`).
        path_or_file: A path, or a text file opened for writing.

    Returns:
        The number of records written.

    Example:
        >>> import io
        >>> out = io.StringIO()
        >>> write_jsonl([{"id": "a", "n": 1}], out)
        1
        >>> out.getvalue()
        '{"id": "a", "n": 1}\\n'
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        path = os.fspath(path_or_file)
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "wt", encoding="utf-8") as f:
            return write_jsonl(records, f)
    count = 0
    for record in records:
        data = record if isinstance(record, Mapping) else to_dict(record)
        line = json.dumps(to_json_value(data), ensure_ascii=False) + "\n"
        path_or_file.write(line)
        count += 1
    return count


def _brat_fragments(text: str, start: int, end: int) -> str:
    """Brat offsets of ``text[start:end]``: one fragment a line, as brat needs."""
    fragments = []
    for line_start, line in _lines(text[start:end], start):
        stripped = line.strip()
        if stripped:
            lead = line_start + len(line) - len(line.lstrip())
            fragments.append(f"{lead} {lead + len(stripped)}")
    return ";".join(fragments)


def _lines(segment: str, offset: int) -> Iterable[tuple[int, str]]:
    for line in segment.split("\n"):
        yield offset, line
        offset += len(line) + 1


def to_brat(document: Document) -> str:
    """A document's quotes as a brat standoff ``.ann`` file, in PolNeAR's layout.

    Each quote becomes Source (its speaker), Cue and Content text-bound
    annotations, an Attribution trigger on the cue (on the content when there
    is no cue) and an Attribution event tying them together; write it beside
    the document's text (``doc.text``, saved as the ``.txt``) to review the
    quotes in the brat annotation tool. Spans that cross a line break are cut
    into one fragment a line, as brat requires.

    Args:
        document: The document.

    Returns:
        The ``.ann`` text, one annotation a line.

    Example:
        >>> doc = Document.from_text("“We will win,” she said.", id="x")
        >>> print(to_brat(doc))
        T1	Content 0 14	“We will win,”
        T2	Cue 19 23	said
        T3	Source 15 18	she
        T4	Attribution 19 23	said
        E1	Attribution:T4 Content:T1 Cue:T2 Source:T3
    """
    text = document.text
    lines: list[str] = []
    number = 0

    def span(label: str, start: int, end: int) -> str:
        nonlocal number
        number += 1
        covered = " ".join(text[start:end].split())
        lines.append(f"T{number}\t{label} {_brat_fragments(text, start, end)}\t{covered}")
        return f"T{number}"

    for event, quote in enumerate(document.quotes, start=1):
        roles = [f"Content:{span('Content', quote.start, quote.end)}"]
        if quote.cue is not None:
            roles.append(f"Cue:{span('Cue', quote.cue.start, quote.cue.end)}")
        if quote.speaker is not None:
            roles.append(f"Source:{span('Source', quote.speaker.start, quote.speaker.end)}")
        trigger = quote.cue or quote
        roles.insert(0, f"Attribution:{span('Attribution', trigger.start, trigger.end)}")
        lines.append(f"E{event}\t" + " ".join(sorted(roles, key=_role_order)))
    return "\n".join(lines)


def _role_order(role: str) -> int:
    return ("Attribution", "Content", "Cue", "Source").index(role.split(":")[0])


def _timex_attributes(tid: str, t: TimeExpression) -> str:
    attributes = [("tid", tid), ("type", t.type.value), ("value", t.value)]
    if t.mod is not None:
        attributes.append(("mod", t.mod.value))
    if t.quant is not None:
        attributes.append(("quant", t.quant))
    if t.freq is not None:
        attributes.append(("freq", t.freq))
    attributes.append(("temporalFunction", "true" if t.anchor != "none" else "false"))
    if t.anchor == "reference":
        attributes.append(("anchorTimeID", "t0"))
    return " ".join(f"{name}={quoteattr(value)}" for name, value in attributes)


def to_timeml(document: Document, dates: tuple[TimeExpression, ...] | None = None) -> str:
    """A document as TimeML: its text with inline TIMEX3 tags, and its creation time.

    The result is the ``.tml`` format of TimeBank and TempEval-3: a
    ``<DCT>`` holding the reference date the dates were resolved against
    (``XXXX-XX-XX`` when there is none) as TIMEX3 ``t0``, and the text in ``<TEXT>``, escaped, with
    each expression wrapped in a ``<TIMEX3>`` tag. Removing the tags gives the
    text back, so every offset still holds.

    Args:
        document: The document.
        dates: The expressions to tag (default: ``document.dates``).

    Returns:
        The TimeML document as a string.

    Example:
        >>> import datetime
        >>> doc = Document.from_text("It rained on Friday.", id="x",
        ...                          reference_date=datetime.date(2023, 12, 8))
        >>> print(to_timeml(doc))  # doctest: +NORMALIZE_WHITESPACE
        <?xml version="1.0" encoding="UTF-8"?>
        <TimeML>
        <DOCID>x</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2023-12-08" temporalFunction="false"
          functionInDocument="CREATION_TIME">2023-12-08</TIMEX3></DCT>
        <TEXT>It rained on <TIMEX3 tid="t1" type="DATE" value="2023-12-08"
          temporalFunction="true" anchorTimeID="t0">Friday</TIMEX3>.</TEXT>
        </TimeML>
    """
    from newscorpus.dates.anchor import usable_reference

    found = document.dates if dates is None else dates
    reference = usable_reference(document)
    dct = reference.date.isoformat() if reference is not None else "XXXX-XX-XX"
    text = document.text
    parts = []
    pos = 0
    for number, t in enumerate(sorted(found, key=lambda t: t.start), start=1):
        if t.start < pos or text[t.start : t.end] != t.text:
            raise ValueError(f"expression {t.text!r} at {t.start} does not fit the text")
        parts.append(escape(text[pos : t.start]))
        parts.append(f"<TIMEX3 {_timex_attributes(f't{number}', t)}>{escape(t.text)}</TIMEX3>")
        pos = t.end
    parts.append(escape(text[pos:]))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{escape(document.id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )
