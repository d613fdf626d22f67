"""Split news text into paragraphs and sentences, as exact spans.

Segmentation is rule-based: paragraphs come from the line structure, and
sentences from the punctuation inside each paragraph, decided one candidate
boundary at a time from the word before it and the word after it. The rules
follow the English "Golden Rules" of pragmatic_segmenter and pySBD, tuned for
news (titles, datelines, initials, clock times, quotations). Word lists live in
``newscorpus/data``: ``abbreviations.txt``, ``sentence_starters.txt``,
``clock_words.txt``, ``exclamation_words.txt``, ``speech_verbs.txt`` and
``reporting_verbs.txt`` (shared with the quotation extractor).

Every pattern scans its input once (possessive quantifiers, no nested
repetition), so segmentation is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

import regex

from newscorpus._data import read_rows as _read_rows
from newscorpus.spans import Span

__all__ = ["split_paragraphs", "split_sentences"]


# Kinds of abbreviation (see data/abbreviations.txt).
_PREFIX, _NUMBER, _TIME, _PLAIN = "prefix", "number", "time", "plain"


def _abbreviation_table() -> dict[str, str]:
    """Map abbreviations, without their period, to their kinds.

    A lower-case entry also matches its capitalised form ("co." and "Co."); an
    entry with capitals matches only as written ("Mass." but not "mass."). Only
    letter-period runs match in all capitals ("P.M."): news writes acronyms in
    capitals, and "the SEC." is not "Sec.".
    """
    table: dict[str, str] = {}
    for row in _read_rows("abbreviations.txt"):
        word, kind = row[0].removesuffix("."), row[1] if len(row) > 1 else _PLAIN
        table[word] = kind
        if word == word.lower():
            table.setdefault(word[:1].upper() + word[1:], kind)
            if "." in word:
                table.setdefault(word.upper(), kind)
    return table


_ABBREVIATIONS = _abbreviation_table()
_STARTERS = frozenset(row[0].lower() for row in _read_rows("sentence_starters.txt"))
_CLOCK_LEAD = frozenset(r[0].lower() for r in _read_rows("clock_words.txt") if r[1:] == ["lead"])
_CLOCK_FOLLOW = frozenset(
    r[0].lower() for r in _read_rows("clock_words.txt") if r[1:] == ["follow"]
)
_EXCLAIMED_NAMES = frozenset(row[0] for row in _read_rows("exclamation_words.txt"))

_SPACE = r"\s\x1c-\x1f\ufeff\u200b\u2060"  # str.isspace(), plus invisible BOM and zero-widths
_WRAP_WIDTH = 100  # nobody hard-wraps lines longer than this

# The characters of _SPACE (str.isspace() holds for none above U+3000; the three invisible
# ones are added), for str.strip() and membership tests, much cheaper than a pattern on
# the short stretches they look at.
_SPACE_CHARS = "".join(
    [chr(c) for c in range(0x3001) if chr(c).isspace()] + ["\ufeff", "\u200b", "\u2060"]
)

_STRIPPED = regex.compile(rf"[^{_SPACE}](?:.*[^{_SPACE}])?", regex.DOTALL)
"""The stretch from the first to the last non-space character."""

_ENDS_TERMINAL = regex.compile(r"""[.?!…]["'”’»)\]]*+\Z""")
"""A line that ends like a sentence (tested on a line's stripped end)."""

_LINE_ITEM = regex.compile(r"[•◦▪‣⁃●■►▸*]|\d{1,2}[.)]\s")
"""A line that opens a list item, which starts a paragraph even in wrapped text."""

# The standard library's engine finds these marks a quarter faster than regex, when the
# pattern opens with the class of its first character (it then skips to the next such
# character in C): the lookbehinds that tell the start of a run test that character with
# the one or two before it. It has no possessive quantifiers (Python 3.10), so each
# repetition is followed by a lookahead that the next character would have been taken:
# backtracking to a shorter run always fails there, and the match is the longest one.
_TERMINAL_PATTERN = rf"""
    (?P<punct>
        {{first}}                                         # ".", "?!", "!!", "...", "…"
        (?<! [.?!…‼⁇⁈⁉] [.?!…‼⁇⁈⁉] )                   # only at the start of a run: keeps
        (?<! [.?!…‼⁇⁈⁉] [\x20\xa0] [.?!…‼⁇⁈⁉] )        # scanning linear
        [.?!…‼⁇⁈⁉]* (?! [.?!…‼⁇⁈⁉] )
        (?: [\x20\xa0] [.?!…‼⁇⁈⁉]+ (?! [.?!…‼⁇⁈⁉] ) )*  # spaced ellipsis dots: ". . ." and
        (?! [\x20\xa0] [.?!…‼⁇⁈⁉] )                    # ". . . ."
    )
    (?P<close> [)\]"'”’»]* (?! [)\]"'”’»] ) )         # closing quotes and brackets stay
                                                     # with the sentence
    (?= [{_SPACE}] | \Z )                              # a boundary needs a space (or the end)
    """

_TERMINAL = re.compile(_TERMINAL_PATTERN.format(first="[.?!…‼⁇⁈⁉]"), re.VERBOSE)
"""A candidate sentence end: terminal punctuation, its closers, then a space."""

# Most paragraphs hold no terminal mark but the period. There a candidate opens with a
# period, and the engine finds one faster still: it looks for one character in a tight
# loop instead of testing a class at every character.
_PERIOD_TERMINAL = re.compile(_TERMINAL_PATTERN.format(first=r"\."), re.VERBOSE)
"""What :data:`_TERMINAL` matches where the only terminal mark is the period."""

# The terminal marks other than the period (those of _TERMINAL's class).
_OTHER_MARKS = "?!…‼⁇⁈⁉"


def _other_marks(text: str) -> list[int]:
    """The offsets of the terminal marks of ``text`` other than the period, in order."""
    found: list[int] = []
    for mark in "?!" if text.isascii() else _OTHER_MARKS:
        i = text.find(mark)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1)
    found.sort()
    return found


_NEXT = regex.compile(
    rf"""
    [{_SPACE}]*+
    (?P<open> [("'“‘«\[`¿¡]*+ )          # opening quotes and brackets of the next sentence
    (?P<word> [\p{{L}}\p{{N}}] [\p{{L}}\p{{N}}'’]{{0,40}}+ )?
    """,
    regex.VERBOSE,
)
"""What follows a candidate: opening punctuation and the next word."""

_WORD_BEFORE = regex.compile(rf"(?r)[^{_SPACE}]{{1,64}}\Z")
"""The token that ends where a candidate starts (searched backwards)."""

_OPENERS = "(\"'“‘«[`¿¡—–-"
_CONTINUATION = frozenset("-–—_,;:)]}&/")  # a sentence never starts with one of these
_QUOTE_OPENERS = frozenset("“‘\"'(")  # opening marks that _NEXT reads before a next word

_INITIALS = regex.compile(r"\p{L} | \p{L}{1,2} (?: \. \p{L}{1,2} )++", regex.VERBOSE)
"""Initials and letter-period runs, before their last period: "E", "U.S", "a.m", "Ph.D"."""

_LIST_MARKER = regex.compile(
    r"""
    \s*+ [•◦▪‣⁃●■►▸*\-–]? \s*+ \(?      # optional bullet
    (?: \d{1,3} | \p{L} | [ivxlc]{1,5} | [IVXLC]{1,5} )
    (?: \.\) | [.)] )                    # "1.", "1)", "1.)"
    """,
    regex.VERBOSE,
)
"""A list marker alone, which is never a sentence of its own: "1.", "• 9.", "a.", "1.)"."""

_BULLETS = "•◦▪‣⁃●■►▸"

_LIST_START = regex.compile(
    rf"""
    (?P<bullet> [{_BULLETS}] )
    | (?P<label> \d{{1,3}} | [a-z] ) (?P<sep> \.\) | [.)] ) (?=\s)
    """,
    regex.VERBOSE,
)
"""The first list marker of a paragraph: a bullet, or an enumerator "1.", "a)", "1.)"."""

_ITEM = regex.compile(r"(?<=\s)(?P<label>\d{1,3}|[a-z])(?P<sep>\.\)|[.)])(?=\s)")
"""A later enumerator inside a paragraph, preceded and followed by space."""

_CONTENT = regex.compile(r"[\p{L}\p{N}]")
"""A letter or digit: a sentence needs one."""


def _speech_verb_forms() -> list[str]:
    """Finite forms of the reporting verbs (``data/reporting_verbs.txt``, shared with the
    quotation extractor: "says", "said", "asked"; not the base or -ing forms), and the
    few more of ``data/speech_verbs.txt``."""
    forms = {form for row in _read_rows("reporting_verbs.txt") for form in row[1:-1]}
    forms |= {row[0] for row in _read_rows("speech_verbs.txt")}
    return sorted((f for f in forms if "_" not in f), key=len, reverse=True)


_SPEAKER = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}.'’\-]*+\s++){1,4}(?:"
    + "|".join(regex.escape(form) for form in _speech_verb_forms())
    + r")\b"
)
"""A capitalised speaker and a verb of saying after a quotation: "Smith asked"."""

# How the text after a candidate begins.
_END, _LOWER, _UPPER, _DIGIT, _CONT, _OTHER = range(6)


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Split text into paragraphs.

    Line breaks are ``\\n``, ``\\r\\n`` or ``\\r``. If no blank line (empty or
    whitespace only) separates two lines of text, every non-empty line is a
    paragraph: one paragraph per line. Otherwise paragraphs are the blocks
    between blank lines, except that a block is taken to hold one paragraph
    per line, and splits into its lines, when any of its lines is longer than
    100 characters (too long for hard wrapping) or every one of its lines ends
    like a sentence (``.``, ``?``, ``!``, ``…``, maybe then a closing quote). Inside a
    hard-wrapped block, a line that opens with a bullet (``•``, ``*``, ...) or a
    number (``1.``, ``2)``) starts a new paragraph.

    Args:
        text: The text, never modified.

    Returns:
        The paragraphs, without surrounding whitespace, sorted by start.

    Example:
        >>> text = "Title\\n\\nOne paragraph,\\nwrapped.\\n\\nAnother."
        >>> [p.text for p in split_paragraphs(text)]
        ['Title', 'One paragraph,\\nwrapped.', 'Another.']
        >>> [p.text for p in split_paragraphs("One line.\\r\\nAnother line.")]
        ['One line.', 'Another line.']
    """
    return tuple([Span(start, end, text[start:end]) for start, end in paragraph_bounds(text)])


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the paragraphs that :func:`split_paragraphs` finds.

    For readers that need only the offsets: no span, no copy of the text.
    """
    blocks, blank_seen = _blocks(text)
    if not blank_seen:
        return [line for block in blocks for line in block]
    paragraphs: list[tuple[int, int]] = []
    for block in blocks:
        if len(block) == 1 or _one_paragraph_per_line(text, block):
            paragraphs.extend(block)
            continue
        start = block[0][0]
        for (_, previous), (s, _) in itertools.pairwise(block):
            if _LINE_ITEM.match(text, s):  # a list item opens a paragraph
                paragraphs.append((start, previous))
                start = s
        paragraphs.append((start, block[-1][1]))
    return paragraphs


def _blocks(text: str) -> tuple[list[list[tuple[int, int]]], bool]:
    """Return the stripped (start, end) of the non-blank lines, grouped in blocks that blank
    lines separate, and whether any blank line separates two blocks."""
    if "\r" in text:
        # Make every line break one "\n" without moving any offset: "\r\n" becomes " \n",
        # whose space ends a line and is stripped with it, and a lone "\r" becomes "\n".
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    blocks: list[list[tuple[int, int]]] = []
    blank_seen = False
    offset, previous = 0, -2  # where the line starts; the number of the last non-blank line
    for number, line in enumerate(text.split("\n")):
        if not line:  # an empty line (most blank lines are)
            offset += 1
            continue
        content = line.lstrip(_SPACE_CHARS)
        if content:
            start, end = offset + len(line) - len(content), offset + len(line.rstrip(_SPACE_CHARS))
            if number > previous + 1:  # a blank line (or the start of the text) before
                blank_seen |= bool(blocks)
                blocks.append([(start, end)])
            else:
                blocks[-1].append((start, end))
            previous = number
        offset += len(line) + 1
    return blocks, blank_seen


def _one_paragraph_per_line(text: str, lines: list[tuple[int, int]]) -> bool:
    """Tell whether a block's lines are paragraphs of their own rather than hard-wrapped."""
    return any(e - s > _WRAP_WIDTH for s, e in lines) or all(
        _ENDS_TERMINAL.search(text, max(s, e - 4), e) for s, e in lines
    )


def split_sentences(text: str) -> tuple[Span, ...]:
    """Split text into sentences, never across paragraphs.

    A sentence ends at ``.``, ``?``, ``!`` or an ellipsis (with any closing
    quotes or brackets) followed by a space or the end of its paragraph, unless
    the words around it say otherwise: abbreviations and initials (``Mr.``,
    ``U.S.``, ``Jonas E. Smith``, ``No. 5``, ``Nov. 19``), decimals, e-mail
    addresses and URLs, a lower-case continuation (``"Is it?" he asked.``),
    a dash after a dateline (``CAMBRIDGE, Mass. —``), a spaced three-dot
    ellipsis, and list markers (``1.``, ``a)``, ``•``; items of a list that
    opens a paragraph are sentences of their own).

    Args:
        text: The text, never modified.

    Returns:
        The sentences, without surrounding whitespace, sorted by start.

    Example:
        >>> text = "At 5 p.m. Tuesday, Mr. Smith left the U.S. Embassy. He said: “Goodbye.”"
        >>> [s.text for s in split_sentences(text)]
        ['At 5 p.m. Tuesday, Mr. Smith left the U.S. Embassy.', 'He said: “Goodbye.”']
    """
    return sentences_in(text, paragraph_bounds(text))


def sentences_in(text: str, paragraphs: Iterable[tuple[int, int] | Span]) -> tuple[Span, ...]:
    """The sentences of paragraphs already found (see :func:`split_sentences`).

    Args:
        text: The text.
        paragraphs: (start, end) offsets or spans of its paragraphs, in order,
            as :func:`split_paragraphs` finds them.

    Returns:
        The sentences, sorted by start.
    """
    return tuple(
        [Span(start, end, text[start:end]) for start, end in sentence_bounds(text, paragraphs)]
    )


def sentence_bounds(
    text: str, paragraphs: Iterable[tuple[int, int] | Span]
) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences that :func:`sentences_in` finds.

    For readers that need only the offsets: no span, no copy of the text.
    """
    sentences: list[tuple[int, int]] = []
    others = _other_marks(text)
    for paragraph in paragraphs:
        if isinstance(paragraph, Span):
            paragraph_start, paragraph_end = paragraph.start, paragraph.end
        else:
            paragraph_start, paragraph_end = paragraph
        marks = _PERIOD_TERMINAL
        if others:
            i = bisect.bisect_left(others, paragraph_start)
            if i < len(others) and others[i] < paragraph_end:
                marks = _TERMINAL
        start = paragraph_start
        for cut in _cuts(text, paragraph_start, paragraph_end, marks):
            if cut > start:
                first, last = text[start], text[cut - 1]
                if first not in _SPACE_CHARS and last not in _SPACE_CHARS:
                    sentences.append((start, cut))  # a paragraph's first: nothing to strip
                elif (
                    first == " "
                    and last not in _SPACE_CHARS
                    and text[start + 1] not in _SPACE_CHARS
                ):
                    sentences.append((start + 1, cut))  # the others: the space after a cut
                else:
                    content = _stripped(text, start, cut)
                    if content is not None:
                        sentences.append(content)
                start = cut
    return sentences


def _stripped(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return ``text[start:end]`` without surrounding whitespace, as offsets (None if blank)."""
    if text[start] not in _SPACE_CHARS and text[end - 1] not in _SPACE_CHARS:
        return start, end  # most sentences: no pattern needed
    content = _STRIPPED.search(text, start, end)
    return None if content is None else content.span()


def _cuts(text: str, start: int, end: int, marks: re.Pattern[str] = _TERMINAL) -> list[int]:
    """Return, in order, the offsets in ``text[start:end]`` where a sentence ends, then end.

    ``marks`` finds the candidates: :data:`_TERMINAL`, or :data:`_PERIOD_TERMINAL` when
    the period is the only terminal mark between ``start`` and ``end``.
    """
    items, next_item = _list_items(text, start, end), 0
    cuts: list[int] = []
    sentence, unchecked, has_content = start, start, False
    for mark in marks.finditer(text, start, end):
        mark_start, mark_end = mark.span()
        while next_item < len(items) and items[next_item] < mark_start:  # a new list item
            sentence = unchecked = items[next_item]
            next_item += 1
            has_content = False
            cuts.append(sentence)
        if not has_content:  # checked piecewise, so each character is looked at once
            # Most marks end a word, whose last character tells without the pattern.
            before = text[mark_start - 1] if mark_start > unchecked else ""
            has_content = (before.isascii() and before.isalnum()) or (
                _CONTENT.search(text, unchecked, mark_start) is not None
            )
            unchecked = mark_end
        if not has_content:
            continue
        # A mark at the end of the paragraph ends its sentence (as _decide would say): the
        # common case, a paragraph's last sentence, decided without looking further. So
        # does a plain period between two ordinary words, the commonest of the others; a
        # prefix's ("Mr. Lee") is decided as cheaply.
        if mark_end >= end:
            cut: int | None = mark_end
        else:
            plain = _plain_period(text, mark_start, mark_end, sentence, end)
            if plain is None:
                cut = _decide(text, mark, sentence, end)
            else:
                cut = mark_end if plain else None
        if cut is not None:
            sentence = unchecked = cut
            has_content = False
            cuts.append(cut)
    cuts.extend(items[next_item:])
    cuts.append(end)
    return cuts


def _plain_period(
    text: str, mark_start: int, mark_end: int, sentence: int, end: int
) -> bool | None:
    """Tell whether a lone period after a plain word, then one space and a capital A to Z
    (maybe after an opening quote or parenthesis), ends its sentence; None for any other
    candidate.

    :func:`_decide` ends the sentence there after an ordinary word of two letters or more
    ("the end. The", "the end. “We"), and goes on after a prefix such as "Mr." or "Gov.";
    this tells those commonest cases with string tests alone, before
    the patterns that the others need. The candidate is inside its paragraph, which ends
    with no space, so a character follows the space inside it too.
    """
    if not (
        mark_end - mark_start == 1  # the period alone, no closing quote
        and text[mark_end] == " "
        and text[mark_start] == "."
        and mark_end - sentence > 16  # too long for a list marker ("iv.")
    ):
        return None
    following = text[mark_end + 1]
    if not (
        "A" <= following <= "Z"
        or (following in _QUOTE_OPENERS and mark_end + 2 < end and "A" <= text[mark_end + 2] <= "Z")
    ):
        return None
    # The token before, as _word_before finds it: letters alone hold no space of any kind
    # and no opening mark.
    space = text.rfind(" ", max(0, mark_start - 64), mark_start)
    word = text[space + 1 : mark_start]
    if space < 0 or not word.isalpha():
        return None
    kind = _ABBREVIATIONS.get(word)
    if kind is None:
        return True if len(word) >= 2 else None  # one letter may be an initial ("plan B.")
    return False if kind == _PREFIX and word != "I" else None  # "Mr. Lee"; "I" as _decide


def _decide(text: str, mark: re.Match[str], sentence: int, end: int) -> int | None:
    """Return where the sentence ends at a candidate, or None if it goes on."""
    punct, close = mark["punct"], mark["close"]
    after = _NEXT.match(text, mark.end(), end)
    assert after is not None  # the pattern can match the empty string
    follow = _classify(text, after, end)
    if follow == _END:
        return mark.end()
    if mark.end() - sentence <= 16 and _LIST_MARKER.fullmatch(text, sentence, mark.end()):
        return None
    if follow in (_LOWER, _CONT):
        return None
    if "." not in punct and "…" not in punct:  # "?", "!", "?!", "!!"
        if punct == "!" and not close and _word_before(text, mark) + "!" in _EXCLAIMED_NAMES:
            return None
        if (
            close
            and follow == _UPPER
            and (after["word"] or "").lower() not in _STARTERS  # "He answered" is a sentence
            and _SPEAKER.match(text, after.end("open"), end)
        ):
            return None
        return mark.end()
    if len(punct) > 1 or punct == "…":  # an ellipsis
        if text[mark.start() - 1 : mark.start()] == "[" and close.startswith("]"):
            return None  # "[...]" marks an omission inside a quotation
        if follow != _UPPER:
            return None
        if " " in punct or "\xa0" in punct:  # ". . ." omits words; ". . . ." ends a sentence
            if punct.count(".") < 4:
                return None
            attached = mark.start() > 0 and not text[mark.start() - 1].isspace()
            return mark.start() + 1 if attached and not close else mark.end()
        return mark.end()
    if close:  # the period closes a quotation or a parenthesis
        return mark.end()
    return _after_period(text, mark, sentence, follow, after["word"] or "")


def _after_period(
    text: str, mark: re.Match[str], sentence: int, follow: int, next_word: str
) -> int | None:
    """Decide a bare period followed by a capital, a digit or a symbol."""
    word = _word_before(text, mark)
    kind = _abbreviation(word)
    if word == "I" and _after_lowercase_word(text, mark.start() - 1):
        kind = None  # "you and I. Did you see" is the pronoun, not an initial
    if follow == _DIGIT:  # "Jan. 5", "No. 1", "p. 55", but "in 1999. 2000 was"
        return None if kind else mark.end()
    if kind is None or kind == _NUMBER:
        return mark.end()
    if kind == _PREFIX:
        return None
    if kind == _TIME:  # "at 6 P.M. Mr. Smith then went", but "at 5 p.m. Tuesday"
        if next_word.lower() in _CLOCK_FOLLOW or _fronted_time(text, sentence, mark.start()):
            return None
        return mark.end()
    return mark.end() if next_word.lower() in _STARTERS else None


def _classify(text: str, after: regex.Match[str], end: int) -> int:
    """Tell how the text after a candidate begins."""
    i = after.end("open")
    if i >= end:
        return _END
    char = text[i]
    if not after["open"] and char in _CONTINUATION:
        return _CONT
    if char.islower():  # but "iPhone" may start a sentence
        return _LOWER if (after["word"] or char).islower() else _UPPER
    if char.isupper() or char.istitle():
        return _UPPER
    if char.isdigit() or char in "$€£¥#":
        return _DIGIT
    return _OTHER


def _word_before(text: str, mark: re.Match[str]) -> str:
    """Return the token before a candidate, without opening quotes or brackets."""
    found = _WORD_BEFORE.search(text, max(0, mark.start() - 64), mark.start())
    return found.group().lstrip(_OPENERS) if found else ""


def _abbreviation(word: str) -> str | None:
    """Return the kind of abbreviation ``word`` (without its period) is, or None."""
    kind = _ABBREVIATIONS.get(word)
    if kind is None and _INITIALS.fullmatch(word):
        kind = _PLAIN
    return kind


def _after_lowercase_word(text: str, i: int) -> bool:
    """Tell whether the word before offset ``i`` (the start of a word) is in lower case."""
    j = i
    while j > 0 and i - j < 64 and text[j - 1].isspace():
        j -= 1
    found = _WORD_BEFORE.search(text, max(0, j - 64), j)
    return found is not None and found.group().lstrip(_OPENERS)[:1].islower()


def _fronted_time(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is only a fronted time phrase, like "At 5 a.m"."""
    if end - start > 40:
        return False
    words = text[start:end].split()
    return len(words) <= 5 and words[0].lstrip(_OPENERS).lower() in _CLOCK_LEAD


def _list_items(text: str, start: int, end: int) -> list[int]:
    """Return where the second and later items start, if the paragraph opens a list."""
    if start >= end:
        return []
    opening = text[start]  # a cheap test first: most paragraphs open with a capital
    if not ("a" <= opening <= "z" or opening.isdigit() or opening in _BULLETS):
        return []
    first = _LIST_START.match(text, start, end)
    if first is None:
        return []
    if first["bullet"]:  # "• one • two": every later bullet after a space
        bullet, found, i = first["bullet"], [], text.find(first["bullet"], start + 1, end)
        while i >= 0:
            if text[i - 1].isspace():
                found.append(i)
            i = text.find(bullet, i + 1, end)
        return found
    label, sep, found = first["label"], first["sep"], []
    for item in _ITEM.finditer(text, first.end(), end):  # "1. one 2. two", in sequence only
        if item["sep"] == sep and item["label"] == _next_label(label):
            found.append(item.start())
            label = item["label"]
    return found


def _next_label(label: str) -> str:
    """Return the label after ``label`` in a list: "2" after "1", "b" after "a"."""
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
