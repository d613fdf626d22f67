"""Name mentions: the people, organisations and places an article mentions.

Rule-based and dictionary-driven, with no model. Capitalised runs of words
are matched against the lexicon (:mod:`newscorpus.lexicon`: gazetteer,
organisations, titles, demonyms) and read as:

- a **person** when a title precedes the name ("Iranian President Ebrahim
  Raisi"), when it starts with a known first name ("Pat Caddell"), when a
  role noun stands next to it ("pollster Pat Caddell", "Pat Caddell, a
  longtime pollster,"), or when a reporting verb follows a two-word name;
- an **organisation** when it is a listed one ("Hamas", "TASS") or ends in an
  organisation word ("Breitbart News Daily", "Ministry of Foreign Affairs");
- a **place** when it is in the gazetteer, or a demonym ("Russian" mentions
  Russia).

A second pass finds the short forms of the people found ("Putin" after
"Vladimir Putin"), also in title-case headlines where capitals say nothing;
people are then clustered so every mention carries the fullest name used.
Pronouns are not mentions: resolving them is the quotation module's job.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterator

import attrs
import regex

from newscorpus._data import read_lines
from newscorpus.document import Document, text_of
from newscorpus.lexicon import (
    FIRST_NAMES,
    LEXICON,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_NOUNS,
    TOKEN,
    EntryKind,
)

__all__ = ["Entities", "Entity", "EntityKind", "Mention", "Person", "extract_entities"]


class EntityKind(str, enum.Enum):
    """What a mention names."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"


@attrs.frozen
class Mention:
    """A span of text that names, or refers to, an entity.

    Attributes:
        start: Offset of the first character.
        end: Offset just past the last character.
        text: The mention as written ("Putin", "Russian").
        name: The canonical name it refers to ("Vladimir Putin", "Russia"), or None.
        kind: What it names, or None when unknown.
    """

    start: int
    end: int
    text: str
    name: str | None = None
    kind: EntityKind | None = None


@attrs.frozen
class Person:
    """A person the text mentions.

    Attributes:
        name: The fullest form of the name used ("Vladimir Putin").
        roles: Titles and roles given to the person ("Russian President").
        mentions: Every mention, short forms included.
        gender: "male" or "female" when titles, first names or roles tell, else None.
    """

    name: str
    roles: tuple[str, ...]
    mentions: tuple[Mention, ...]
    gender: str | None = None


@attrs.frozen
class Entity:
    """An organisation or a place the text mentions.

    Attributes:
        name: The canonical name ("Russia" for "Russian", "United States" for "U.S.").
        kind: Organisation or place.
        mentions: Every mention.
    """

    name: str
    kind: EntityKind
    mentions: tuple[Mention, ...]


@attrs.frozen
class Entities:
    """All entity mentions of a text.

    Attributes:
        people: People, in order of first mention.
        organizations: Organisations, in order of first mention.
        places: Places, in order of first mention.
        mentions: Every mention of every entity, sorted by start.
    """

    people: tuple[Person, ...]
    organizations: tuple[Entity, ...]
    places: tuple[Entity, ...]
    mentions: tuple[Mention, ...]

    def person(self, name: str) -> Person | None:
        """The person with this canonical name, or None."""
        return next((p for p in self.people if p.name == name), None)


# --- patterns ------------------------------------------------------------------------

_PARTICLES = frozenset(read_lines("name_particles.txt"))
_ROLE_MODIFIERS = frozenset(read_lines("role_modifiers.txt"))
# Lower-case words that may join capitalised words into one run: name particles, and the
# small words inside organisation and place names ("Bank of America", "Bosnia and ...").
_CONNECTOR_WORDS = _PARTICLES | {"of", "the", "for", "and", "on"}
_CONNECTORS = "|".join(sorted(_CONNECTOR_WORDS, key=len, reverse=True))

_RUN = regex.compile(
    rf"""
    \b\p{{Lu}} [\w.'’\-‐+]*+                # a capitalised word (U.S., Al-Nahyan, OPEC+)
    (?:
        [\x20\t\xa0]++
        (?: (?:{_CONNECTORS}|&) [\x20\t\xa0]++ ){{0,3}}+   # particles: bin, de, of the
        (?: (?:al|el|ad|as|ash|an|bin|ibn|abu)[-‐] )?       # al-Assad inside a run
        \p{{Lu}} [\w.'’\-‐+]*+
    )*+
    """,
    regex.VERBOSE,
)
"""A run of capitalised words, joined by spaces and lower-case particles (of, bin, de).

A run starting with a lower-case Arabic article ("al-Assad") starts at the
capital; :meth:`_Finder.run` moves its start back over the article.
"""

_ARTICLE_BEFORE = regex.compile(r"\b(?:al|el|ad|as|ash|an|bin|ibn|abu)[-‐]\Z")
"""A lower-case Arabic article joined to the capitalised word after it: "al-"."""

_PERSON_AFTER = regex.compile(
    r"""
    (?: ,\s+who\b
      | \s+(?:said|says|told|tells|added|adds|asked|wrote|writes|tweeted|argued|explained
             |noted|insisted|warned|claimed|stated|declared|replied|responded)\b )
    """,
    regex.VERBOSE,
)
"""What follows a person's name often: ", who", or a reporting verb."""

_APPOSITION = regex.compile(r",[\x20\xa0]+(?:a|an|the)[\x20\xa0]+")
"""The opening of an apposition after a name: ", a " (a role may follow)."""

_APPOSITION_WORD = regex.compile(r"[\p{L}\-’']+")
"""A word of an apposition, scanned up to the role noun."""

# Words that end an apposition before any role noun: "the friend of the president".
_APPOSITION_STOPS = frozenset(
    {"at", "of", "for", "with", "who", "in", "on", "from", "to", "and", "by", "said", "says"}
)

_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
"""Initials and dotted acronyms, whose last period is part of the token: "J.", "U.S."."""

_WORD_BEFORE = regex.compile(r"(?r)(?P<word>[\p{L}\-’']+)[\x20\xa0]+\G")
"""The word just before a position (searched backwards from it)."""

_LEADER = regex.compile(
    r"""
    \b[Tt]he[\x20\xa0]+(?P<adj>\p{Lu}\p{Ll}+)[\x20\xa0]+
    (?P<role>leader|president|premier|prime[\x20\xa0]minister|chancellor|king|queen
       |crown[\x20\xa0]prince|monarch|foreign[\x20\xa0]minister|head[\x20\xa0]of[\x20\xa0]state)\b
    """,
    regex.VERBOSE,
)
"""A description such as "the Russian leader", resolvable to a person with that role."""

_LONG_WORD = regex.compile(r"\b\p{Lu}\p{L}{3,}")
"""A capitalised word of four letters or more, for telling title-case headlines."""

_LOWER_WORD = regex.compile(
    r"""
    (?<![\p{L}'’])
    (?! (?: a|an|the|and|but|or|nor|for|so|yet|at|by|in|of|on|to|up|as|off|per|via|vs
          |with|from|into|onto|upon|over|than|that|bin|ibn|al|de|da|van|von|la|le )\b )
    \p{Ll}{2,}
    """,
    regex.VERBOSE,
)
"""A lower-case word that title case would have capitalised (AP style keeps small words low)."""

# Honorifics are titles but not roles.
_HONORIFICS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mx.", "Dr.", "Dr"})
_NAME_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
_SPLITTERS = frozenset({"and", "&", "of", "the", "for", "on"})
# The longest lexicon entry that starts with a given token, so lookups try no longer keys.
_LONGEST_FROM: dict[str, int] = {}
for _key in LEXICON:
    _LONGEST_FROM[_key[0]] = max(_LONGEST_FROM.get(_key[0], 0), len(_key))

_ABBREVIATIONS = frozenset(
    {tok for key in LEXICON for tok in key if tok.endswith(".")}
    | {h for h in ORG_HEADS if h.endswith(".")}
    | {"Jr.", "Sr.", "St.", "Mt.", "Ft."}
)


# --- pass 1: runs of capitalised words ----------------------------------------------------

#: A piece of a run: start, end, the lexicon kind (None for an unknown word), and the
#: canonical name (for lexicon entries) or the word itself.
_Chunk = tuple[int, int, "EntryKind | None", str]


@attrs.define
class _Token:
    start: int
    end: int
    text: str


@attrs.define
class _Candidate:
    """A person mention before clustering."""

    start: int
    end: int
    tokens: tuple[str, ...]
    role: str | None = None
    gender: str | None = None
    strong: bool = True  # found by evidence of its own, not only by matching a known name


def _tokens(text: str, start: int, end: int) -> Iterator[list[_Token]]:
    """Tokens of one run, split where a period ends a sentence ("met Putin. Raisi said")."""
    group: list[_Token] = []
    for m in TOKEN.finditer(text, start, end):
        word = m.group()
        if group and not text[group[-1].end : m.start()].isspace():  # "Politics. In"
            yield group
            group = []
        if word.islower() and word not in _CONNECTOR_WORDS:  # the "s" of a possessive
            if group:
                yield group
            group = []
            continue
        if word.endswith(".") and word not in _ABBREVIATIONS and not _INITIALS.fullmatch(word):
            group.append(_Token(m.start(), m.end() - 1, word[:-1]))
            yield group
            group = []
            continue
        group.append(_Token(m.start(), m.end(), word))
    if group:
        yield group


def _plain_tokens(run: str, start: int) -> list[_Token]:
    """Tokens of a run made only of letters and single spaces."""
    tokens = []
    for word in run.split(" "):
        if word:
            tokens.append(_Token(start, start + len(word), word))
        start += len(word) + 1
    return tokens


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\xa0\"“‘'(«[`":
        i -= 1
    return i < 0 or text[i] in ".?!\n:;—–…"


def _title_case_spans(text: str) -> list[tuple[int, int]]:
    """Short paragraphs written in title case (headlines), where capitals say nothing."""
    spans = []
    start = 0
    for line in text.split("\n"):  # a headline is one line, whatever the paragraph style
        end = start + len(line)
        is_short = len(line) <= 300
        if is_short and not _LOWER_WORD.search(line) and len(_LONG_WORD.findall(line)) >= 3:
            spans.append((start, end))
        start = end + 1
    return spans


class _Finder:
    """One text's pass-1 state: what was found where."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.candidates: list[_Candidate] = []
        self.deferred: list[list[_Token]] = []  # name-like groups to match against known people
        self.things: list[tuple[int, int, EntityKind, str]] = []  # places and organisations
        self.headlines = _title_case_spans(text)

    def in_headline(self, pos: int) -> bool:
        return bool(self.headlines) and any(s <= pos < e for s, e in self.headlines)

    def run(self) -> None:
        text = self.text
        for m in _RUN.finditer(text):
            start, end = m.span()
            if start and text[start - 1] in "-‐":
                article = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
                if article is not None:
                    start = article.start()
            word = text[start:end]
            if word.isalpha():  # one plain word: most runs ("The", "He", "Putin")
                self.read_word(start, end, word)
            elif word.replace(" ", "").isalpha():  # plain words and spaces: no tokenizer needed
                self.read_group(_plain_tokens(word, start))
            else:
                for group in _tokens(text, start, end):
                    self.read_group(group)

    def read_word(self, start: int, end: int, word: str) -> None:
        """A run of one plain word: the common case, kept off the general path for speed."""
        if word in NOT_NAMES and word not in FIRST_NAMES:
            return
        entry = LEXICON.get((word,))
        if entry is not None:
            if entry.kind is EntryKind.ORGANIZATION:
                self.things.append((start, end, EntityKind.ORGANIZATION, entry.name))
            elif entry.kind is not EntryKind.TITLE:
                self.things.append((start, end, EntityKind.PLACE, entry.name))
            return
        token = _Token(start, end, word)
        if not self.in_headline(start) and not _at_sentence_start(self.text, start):
            role = self.role_before(start)
            if role is not None and len(word) > 2:
                self.add_person([token], role, ROLE_NOUNS.get(role.split()[-1]))
                return
        self.deferred.append([token])

    def read_group(self, tokens: list[_Token]) -> None:
        chunks = self.chunk(tokens)
        # Cut at "and", "&", "of", "the", "for" unless a lexicon entry spanned them; an
        # organisation head followed by "of" keeps its tail ("Ministry of Foreign Affairs").
        segment: list[_Chunk] = []
        i = 0
        while i < len(chunks):
            chunk = chunks[i]
            if chunk[2] is None and chunk[3] in _SPLITTERS:
                if chunk[3] in ("of", "for") and segment and segment[-1][3] in ORG_HEADS:
                    i = self.read_org_with_tail(segment, chunks, i)
                    segment = []
                    continue
                self.read_segment(segment)
                segment = []
            else:
                segment.append(chunk)
            i += 1
        self.read_segment(segment)

    def read_org_with_tail(self, head: list[_Chunk], chunks: list[_Chunk], i: int) -> int:
        """ "Ministry of Foreign Affairs": the head, "of", and the words after it.

        The tail stops where "and" opens a new noun phrase ("... and the Nairobi
        Chamber of Commerce"). Returns the index of the first chunk not used.
        """
        j = i + 1
        while j < len(chunks):
            if (
                chunks[j][3] in ("and", "&")
                and j + 1 < len(chunks)
                and chunks[j + 1][3]
                in (
                    "the",
                    "a",
                    "an",
                )
            ):
                break
            j += 1
        head = self.trim_leading(head)
        if head:
            start, end = head[0][0], chunks[j - 1][1]
            self.things.append((start, end, EntityKind.ORGANIZATION, self.text[start:end]))
        return j

    def trim_leading(self, chunks: list[_Chunk]) -> list[_Chunk]:
        """Drop capitalised ordinary words that open a run ("The", a sentence's first word)."""
        while (
            chunks
            and chunks[0][2] is None
            and chunks[0][3] not in FIRST_NAMES
            and (chunks[0][3] in NOT_NAMES or _at_sentence_start(self.text, chunks[0][0]))
        ):
            chunks = chunks[1:]
        return chunks

    def chunk(self, tokens: list[_Token]) -> list[_Chunk]:
        """Greedy longest lexicon matches; (start, end, kind or None, canonical name or word)."""
        chunks: list[_Chunk] = []
        i = 0
        words = [t.text for t in tokens]
        while i < len(tokens):
            for n in range(min(_LONGEST_FROM.get(words[i], 0), len(tokens) - i), 0, -1):
                entry = LEXICON.get(tuple(words[i : i + n]))
                if entry is not None:
                    chunks.append((tokens[i].start, tokens[i + n - 1].end, entry.kind, entry.name))
                    i += n
                    break
            else:
                token = tokens[i]
                if "-" in token.text and self.split_compound(token):
                    pass
                else:
                    chunks.append((token.start, token.end, None, token.text))
                i += 1
        return chunks

    def split_compound(self, token: _Token) -> bool:
        """ "Israel-Gaza", "U.S.-Russian": every part a place or demonym -> place mentions."""
        parts = token.text.split("-")
        entries = [LEXICON.get((p,)) for p in parts]
        if not all(
            e is not None and e.kind in (EntryKind.PLACE, EntryKind.DEMONYM) for e in entries
        ):
            return False
        pos = token.start
        for part, entry in zip(parts, entries, strict=True):
            assert entry is not None
            self.things.append((pos, pos + len(part), EntityKind.PLACE, entry.name))
            pos += len(part) + 1
        return True

    def read_segment(self, chunks: list[_Chunk]) -> None:
        if not chunks:
            return
        headline = self.in_headline(chunks[0][0])
        # A capitalised word opening a sentence may be an ordinary word: drop it unless it is
        # in the lexicon or is a first name.
        first = chunks[0]
        if (
            first[2] is None
            and first[3] not in FIRST_NAMES
            and _at_sentence_start(self.text, first[0])
            and not self.person_follows(chunks)
        ):
            chunks = chunks[1:]
            self.deferred.append([_Token(first[0], first[1], first[3])])
            if not chunks:
                return
        if not headline and self.read_organization(chunks):
            return
        role_start: int | None = None
        role_gender: str | None = None
        i = 0
        while i < len(chunks):
            start, end, kind, name = chunks[i]
            if kind is EntryKind.TITLE:
                if role_start is None:
                    role_start = start
                role_gender = LEXICON_GENDER.get(name, role_gender)
                names, i = self.name_after(chunks, i + 1)
                if names and not headline:
                    title_text = self.text[role_start:end]
                    self.add_person(names, title_text, role_gender)
                elif names:
                    self.deferred.append(names)
                role_start, role_gender = None, None
                continue
            if kind in (EntryKind.PLACE, EntryKind.DEMONYM, EntryKind.ORGANIZATION):
                self.things.append(
                    (
                        start,
                        end,
                        EntityKind.ORGANIZATION
                        if kind is EntryKind.ORGANIZATION
                        else EntityKind.PLACE,
                        name,
                    )
                )
                nxt = chunks[i + 1] if i + 1 < len(chunks) else None
                if nxt is not None and nxt[2] is EntryKind.TITLE:
                    role_start = start if role_start is None else role_start
                else:
                    role_start = None
                i += 1
                continue
            names, i = self.name_after(chunks, i)
            if names:
                if headline:
                    self.deferred.append(names)
                else:
                    self.read_name(names)
            else:
                i += 1

    def person_follows(self, chunks: list[_Chunk]) -> bool:
        """A run of two or more unknown words followed by a role or a reporting verb."""
        if len(chunks) < 2 or any(c[2] is not None for c in chunks):
            return False
        end = chunks[-1][1]
        return self.role_after(end) is not None or _PERSON_AFTER.match(self.text, end) is not None

    def read_organization(self, chunks: list[_Chunk]) -> bool:
        """A run ending in an organisation word ("Russian Defense Ministry") is one organisation."""
        last = chunks[-1]
        if last[2] is None and last[3] in ORG_HEADS and len(chunks) > 1:
            start = chunks[0][0]
            self.things.append(
                (start, last[1], EntityKind.ORGANIZATION, self.text[start : last[1]])
            )
            return True
        return False

    def name_after(self, chunks: list[_Chunk], i: int) -> tuple[list[_Token], int]:
        """Name tokens from chunk i on: unknown capitalised words, particles, Jr. and III."""
        names: list[_Token] = []
        while i < len(chunks):
            start, end, kind, word = chunks[i]
            if kind is not None:
                break
            if word in NOT_NAMES and not (word in FIRST_NAMES and not names):
                break
            if word in _PARTICLES and not names:
                break
            names.append(_Token(start, end, word))
            i += 1
        while names and names[-1].text in _PARTICLES:
            names.pop()
        return names, i

    def read_name(self, names: list[_Token]) -> None:
        """An unknown capitalised name: a person if some evidence says so, else deferred."""
        words = [t.text for t in names]
        real = [w for w in words if w not in _PARTICLES and w not in _NAME_SUFFIXES]
        start, end = names[0].start, names[-1].end
        if len(real) >= 2 and words[0] in FIRST_NAMES:
            self.add_person(
                names, self.role_before(start) or self.role_after(end), FIRST_NAMES[words[0]]
            )
            return
        role = self.role_before(start) or (self.role_after(end) if len(real) >= 2 else None)
        if role and not (len(real) == 1 and len(words[0]) < 3):
            self.add_person(names, role, ROLE_NOUNS.get(role.split()[-1]))
            return
        if len(real) >= 2 and _PERSON_AFTER.match(self.text, end):
            self.add_person(names, None, None)
            return
        self.deferred.append(names)

    def role_before(self, start: int) -> str | None:
        """A role noun right before a name, with its modifiers: "longtime Democratic pollster"."""
        text = self.text
        if start < 2 or text[start - 1] not in " \xa0":
            return None
        word_start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
        if text[word_start : start - 1] not in ROLE_NOUNS:  # cheap test before the pattern
            return None
        m = _WORD_BEFORE.search(self.text, 0, start)
        if m is None or m.group("word") not in ROLE_NOUNS:
            return None
        role_start = m.start("word")
        pos = role_start
        for _ in range(4):
            prev = _WORD_BEFORE.search(self.text, 0, pos)
            if prev is None:
                break
            word = prev.group("word")
            if word.lower() in _ROLE_MODIFIERS or (
                word[0].isupper()
                and not _at_sentence_start(self.text, prev.start("word"))
                and word not in NOT_NAMES - {"Democratic", "Republican"}
            ):
                role_start = pos = prev.start("word")
            else:
                break
        return self.text[role_start : m.end("word")]

    def role_after(self, end: int) -> str | None:
        """A role in apposition after a name: ", a senior economist at the bank" -> the role."""
        m = _APPOSITION.match(self.text, end)
        if m is None:
            return None
        for word in _APPOSITION_WORD.finditer(self.text, m.end(), m.end() + 80):
            if word.group() in ROLE_NOUNS:
                return self.text[m.end() : word.end()]
            if word.group() in _APPOSITION_STOPS or (
                word.start() > 0 and self.text[word.start() - 1] not in " \xa0"
            ):
                return None
        return None

    def add_person(self, names: list[_Token], role: str | None, gender: str | None) -> None:
        words = tuple(t.text for t in names)
        if gender is None and words[0] in FIRST_NAMES:
            gender = FIRST_NAMES[words[0]]
        self.candidates.append(_Candidate(names[0].start, names[-1].end, words, role, gender))


LEXICON_GENDER: dict[str, str | None] = {
    entry.name: entry.gender for entry in LEXICON.values() if entry.kind is EntryKind.TITLE
}


# --- pass 2 and clustering -------------------------------------------------------------


def _real(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's tokens without suffixes such as Jr. and III."""
    return tuple(t for t in tokens if t not in _NAME_SUFFIXES) or tokens


def _known_matches(finder: _Finder) -> list[_Candidate]:
    """Mentions of the people found so far inside runs that gave no evidence of their own."""
    full = {_real(c.tokens) for c in finder.candidates if len(_real(c.tokens)) >= 2}
    single = {_real(c.tokens)[-1] for c in finder.candidates}
    longest = max((len(f) for f in full), default=0)
    found: list[_Candidate] = []
    for group in finder.deferred:
        words = [t.text for t in group]
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 1, -1):
                if tuple(words[i : i + n]) in full:
                    found.append(
                        _Candidate(
                            group[i].start,
                            group[i + n - 1].end,
                            tuple(words[i : i + n]),
                            strong=False,
                        )
                    )
                    i += n
                    break
            else:
                if words[i] in single:
                    found.append(
                        _Candidate(group[i].start, group[i].end, (words[i],), strong=False)
                    )
                i += 1
    return found


@attrs.define
class _Cluster:
    tokens: tuple[str, ...]
    members: list[_Candidate] = attrs.field(factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


def _cluster(candidates: list[_Candidate]) -> list[_Cluster]:
    """Group person mentions: full names by surname and first name, short forms by position."""
    clusters: list[_Cluster] = []
    by_last: dict[str, list[_Cluster]] = {}
    singles = []
    for cand in sorted(candidates, key=lambda c: c.start):
        real = _real(cand.tokens)
        if len(real) < 2:
            singles.append(cand)
            continue
        home = next(
            (k for k in by_last.get(real[-1], []) if k.tokens[0] == real[0]),
            None,
        )
        if home is None:
            home = _Cluster(cand.tokens)
            clusters.append(home)
            by_last.setdefault(real[-1], []).append(home)
        elif len(cand.tokens) > len(home.tokens):
            home.tokens = cand.tokens
        home.members.append(cand)
    by_first: dict[str, list[_Cluster]] = {}
    for k in clusters:
        by_first.setdefault(_real(k.tokens)[0], []).append(k)
    for cand in singles:
        word = cand.tokens[0]
        options = by_last.get(word) or (by_first.get(word) if word in FIRST_NAMES else None)
        if options:
            home = _nearest(options, cand.start)
        elif cand.strong:
            home = _Cluster(cand.tokens)
            clusters.append(home)
            by_last.setdefault(word, []).append(home)
        else:
            continue
        home.members.append(cand)
    return clusters


def _nearest(options: list[_Cluster], pos: int) -> _Cluster:
    """The cluster mentioned last before ``pos``, else the first mentioned after it."""

    def last_before(k: _Cluster) -> int:
        return max((m.start for m in k.members if m.start < pos), default=-1)

    best = max(options, key=last_before)
    if last_before(best) >= 0:
        return best
    return min(options, key=lambda k: min(m.start for m in k.members))


_PRONOUN = regex.compile(r"\b(?:(?P<m>[Hh]e|[Hh]im|[Hh]is)|(?P<f>[Ss]he|[Hh]er|[Hh]ers))\b")
"""A third-person singular pronoun that tells gender."""


def _gender(text: str, cluster: _Cluster, person_starts: list[int]) -> str | None:
    """Gender from titles, first names and roles; else from the first pronoun after a mention."""
    votes = {c.gender for c in cluster.members if c.gender}
    if len(votes) == 1:
        return votes.pop()
    if votes:
        return None
    first = min(cluster.members, key=lambda c: c.start)
    nxt = bisect.bisect_right(person_starts, first.start)
    limit = person_starts[nxt] if nxt < len(person_starts) else len(text)
    m = _PRONOUN.search(text, first.end, min(limit, first.end + 300))
    if m is None:
        return None
    return "male" if m.group("m") else "female"


def _roles(cluster: _Cluster) -> tuple[str, ...]:
    roles: list[str] = []
    for cand in sorted(cluster.members, key=lambda c: c.start):
        role = cand.role
        if role and role not in _HONORIFICS and role not in roles:
            roles.append(role)
    return tuple(roles)


def _descriptions(text: str, people: list[Person]) -> dict[int, list[Mention]]:
    """Mentions such as "the Russian leader" of a person whose role says Russian."""
    found: dict[int, list[Mention]] = {}
    for m in _LEADER.finditer(text):
        entry = LEXICON.get((m.group("adj"),))
        if entry is None or entry.kind not in (EntryKind.DEMONYM, EntryKind.PLACE):
            continue
        best: tuple[int, int] | None = None  # (last mention before, person index)
        for index, person in enumerate(people):
            if not any(role.startswith(m.group("adj")) for role in person.roles):
                continue
            before = [x.start for x in person.mentions if x.start < m.start()]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), index)
        if best is not None:
            mention = Mention(
                m.start(), m.end(), m.group(), people[best[1]].name, EntityKind.PERSON
            )
            found.setdefault(best[1], []).append(mention)
    return found


def _entities_of_kind(
    things: list[tuple[int, int, EntityKind, str]], text: str, kind: EntityKind
) -> tuple[Entity, ...]:
    grouped: dict[str, list[Mention]] = {}
    for start, end, k, name in sorted(things):
        if k is kind:
            grouped.setdefault(name, []).append(Mention(start, end, text[start:end], name, kind))
    return tuple(Entity(name, kind, tuple(ms)) for name, ms in grouped.items())


def extract_entities(text_or_document: str | Document) -> Entities:
    """Find the people, organisations and places a text mentions.

    Args:
        text_or_document: The text, or a :class:`Document`.

    Returns:
        People (with roles, gender and every mention, short forms resolved to the
        fullest name), organisations and places (with canonical names), and all
        mentions sorted by start. Offsets refer to the text given.

    Example:
        >>> ents = extract_entities(
        ...     "Russian President Vladimir Putin met Iranian President Ebrahim Raisi "
        ...     "in Moscow. Putin said the talks went well."
        ... )
        >>> [(p.name, p.roles) for p in ents.people]
        [('Vladimir Putin', ('Russian President',)), ('Ebrahim Raisi', ('Iranian President',))]
        >>> [m.text for m in ents.people[0].mentions]
        ['Vladimir Putin', 'Putin']
        >>> [e.name for e in ents.places]
        ['Russia', 'Iran', 'Moscow']
    """
    text = text_of(text_or_document)
    finder = _Finder(text)
    finder.run()
    candidates = finder.candidates + _known_matches(finder)
    clusters = _cluster(candidates)
    starts = sorted(c.start for k in clusters for c in k.members)
    people: list[Person] = []
    for k in sorted(clusters, key=lambda k: min(c.start for c in k.members)):
        name = " ".join(k.tokens)
        mentions = tuple(
            Mention(c.start, c.end, text[c.start : c.end], name, EntityKind.PERSON)
            for c in sorted(k.members, key=lambda c: c.start)
        )
        people.append(Person(name, _roles(k), mentions, _gender(text, k, starts)))
    for index, extra in _descriptions(text, people).items():
        person = people[index]
        merged = tuple(sorted(person.mentions + tuple(extra), key=lambda m: m.start))
        people[index] = attrs.evolve(person, mentions=merged)
    organizations = _entities_of_kind(finder.things, text, EntityKind.ORGANIZATION)
    places = _entities_of_kind(finder.things, text, EntityKind.PLACE)
    everything = [m for p in people for m in p.mentions]
    everything += [m for e in organizations + places for m in e.mentions]
    return Entities(
        tuple(people), organizations, places, tuple(sorted(everything, key=lambda m: m.start))
    )
