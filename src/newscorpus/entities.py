"""Name mentions: the people, organisations and places an article mentions.

Rule-based and dictionary-driven, with no model. Capitalised runs of words
are matched against the lexicon (:mod:`newscorpus.lexicon`: gazetteer,
organisations, titles, demonyms) and read as:

- a **person** when a title precedes the name ("Iranian President Ebrahim
  Raisi"), when it starts with a known first name ("Pat Kinsella"), when a
  role noun stands next to it ("pollster Pat Kinsella", "Pat Kinsella, a
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
import functools
import operator
from typing import NamedTuple

import attrs
import regex

from newscorpus.document import Document, text_of
from newscorpus.lexicon import (
    FIRST_NAMES,
    LEXICON,
    NOT_NAMES,
    ROLE_NOUNS,
    EntryKind,
)
from newscorpus.name_finder import HONORIFICS, NAME_SUFFIXES, PARTICLES, Candidate, NameFinder
from newscorpus.name_runs import HEADLINE_MAX
from newscorpus.nicknames import without_nicknames

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


# --- pass 2 and clustering -------------------------------------------------------------

# Kinds as module constants: an enum member read through its class costs a descriptor call
# (ten times a global's lookup on Python 3.11), and every mention needs one.
_PERSON, _ORGANIZATION, _PLACE = EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE

_START = operator.attrgetter("start")
"""Sort key of mentions and candidates: in order of mention."""
_FIRST = operator.itemgetter(0)
"""Sort key of mentions as plain values (:data:`MentionOffsets`): in order of mention."""


_LEADER = regex.compile(
    r"""
    he (?<=\b[Tt]he)             # "the", matched from its "h": the engine then looks for
                                # two letters, twice as fast as for a class and a letter
    [\x20\xa0]+(?P<adj>\p{Lu}\p{Ll}+)[\x20\xa0]+
    (?P<role>leader|president|premier|prime[\x20\xa0]minister|chancellor|king|queen
       |crown[\x20\xa0]prince|monarch|foreign[\x20\xa0]minister|head[\x20\xa0]of[\x20\xa0]state)\b
    """,
    regex.VERBOSE,
)
"""A description such as "the Russian leader", resolvable to a person with that role,
without its first letter (the description starts one character before the match)."""


_ARTICLE_SURNAME = regex.compile(r"(?:al|el|ad|as|ash|an)[\-‐](\p{Lu}\p{Ll}.*)")
"""A surname that opens with an Arabic article: "al-Qarvani", "el-Varesh"."""


def _bare_surname(surname: str) -> str | None:
    """The part of a surname that news often writes alone: "Qarvani" of "al-Qarvani"
    (without its Arabic article), "Arrojo" of "Tavares-Arrojo" (the last of a double
    surname); None for other surnames.

    The last part of a double surname stands alone only if it is no first name and has
    four letters or more: "Sam" of "Tae-Sam" or "Ho" of "Min-Ho" (Korean given names
    written after the family name) would name someone else.
    """
    if surname[:1] in "ae":  # "al-", "el-": a cheap test before the pattern
        found = _ARTICLE_SURNAME.fullmatch(surname)
        if found is not None:
            return found[1]
    dash = surname.find("-")
    if dash < 0:  # most surnames
        return None
    last = surname[dash + 1 :]
    if (
        len(last) >= 4
        and last.isalpha()
        and last[0].isupper()
        and surname[0].isupper()
        and last not in FIRST_NAMES
    ):
        return last
    return None


def _real(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's tokens without suffixes such as Jr. and III."""
    if NAME_SUFFIXES.isdisjoint(tokens):  # most names
        return tokens
    return tuple(t for t in tokens if t not in NAME_SUFFIXES) or tokens


def _known_matches(finder: NameFinder) -> list[Candidate]:
    """Mentions of the people found so far inside runs that gave no evidence of their own."""
    found: list[Candidate] = []
    if not finder.candidates:  # nobody to look for
        return found
    reals = [_real(c.tokens) for c in finder.candidates]
    full = {real for real in reals if len(real) >= 2}
    # (first word, surname) of each person: "Donald Trump" and "Donald J. Trump" are one
    pairs = {(real[0], real[-1]) for real in full}
    firsts = {first for first, _ in pairs}  # a word that starts no full name is not looked up
    single = {real[-1] for real in reals}
    single |= {bare for real in reals if (bare := _bare_surname(real[-1])) is not None}
    # A full name's first word, when a first name or a family name written first, is a
    # short form of it too: "Hillary" of "Hillary Clinton", "Xi" of "Xi Jinping"; not
    # when it starts two people's names ("Dana" of Dana Reyes and Dana Kline).
    first_names = firsts & FIRST_NAMES.keys()
    if first_names and len(pairs) > len(firsts):  # some word starts two names
        seen: set[str] = set()
        for first, _ in pairs:
            if first in seen:
                first_names.discard(first)
            seen.add(first)
    single |= first_names
    families: dict[str, set[str]] | None = None  # made when first needed: few texts need it
    longest = max(map(len, full), default=0)
    # The words deferred alone: a short form if anything. (The order of the candidates
    # does not matter: they are sorted by start, and no two of them start alike.)
    found += [
        Candidate(start, end, (word,), strong=False)
        for start, end, _, word in finder.deferred_words
        if word in single
    ]
    for group in finder.deferred:
        if len(group) == 1:  # most groups: one word, and a short form if anything
            token = group[0]
            if token[3] in single:
                found.append(Candidate(token[0], token[1], (token[3],), strong=False))
            continue
        words = [t[3] for t in group]
        # A match is a full name, which starts with a word of firsts, or a short form, a
        # word of single: a group that holds neither (most) has none.
        if firsts.isdisjoint(words) and single.isdisjoint(words):
            continue
        free = False  # whether the word before i is part of no match
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i) if words[i] in firsts else 1, 1, -1):
                if tuple(words[i : i + n]) in full:
                    found.append(
                        Candidate(
                            group[i][0],
                            group[i + n - 1][1],
                            tuple(words[i : i + n]),
                            strong=False,
                        )
                    )
                    i += n
                    free = False
                    break
            else:
                short = words[i] in single
                if short and free:
                    if families is None:
                        families = _families(full)
                    short = not (
                        _first_name(words[i - 1], families.get(words[i], set()))
                        and not finder.in_headline(group[i][0])  # "Report Reveals Lund's"
                    )
                if short:
                    found.append(Candidate(group[i][0], group[i][1], (words[i],), strong=False))
                    free = False
                else:
                    free = True
                i += 1
    return found


def _families(full: set[tuple[str, ...]]) -> dict[str, set[str]]:
    """The words of the full names each family name ends, in lower case: a word of them
    before it is part of that name ("Van| Dyke", "Le| Roux"), any other a first name of
    someone else of the family ("Zora| Lund" beside Tomas Lund)."""
    families: dict[str, set[str]] = {}
    for real in full:
        family = families.setdefault(real[-1], set())
        family.update(word.lower() for word in real[:-1])
        # a spelling of the first name ("Mohamed" for "Mohammed") starts as it does
        family.add(real[0][:2].lower())
    return families


def _first_name(word: str, family: set[str]) -> bool:
    """Tell whether a word of a group, part of no match, right before a family name
    may be the first name of someone else of that family: "Zora| Lund" beside
    a Tomas Lund is his wife, no short form of his name.

    ``family`` holds the other words of the full names the family name ends, in lower
    case, and their first names' first two letters: a word of them is part of that
    name ("Van| Dyke", "Le| Roux", "Mohamed| Osman" for Mohammed Osman). Titles and roles,
    in the plural too ("Senators| Levin"), are no first names.
    """
    low = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and low not in family
        and low[:2] not in family
        and word not in NOT_NAMES  # "In", "Monday"
        and not low.endswith("ing")  # a headline's verb: "Electing Lund"
        and (word,) not in LEXICON
        and (word[:-1],) not in LEXICON
        and low not in ROLE_NOUNS
        and low.removesuffix("s") not in ROLE_NOUNS
    )


@attrs.define
class _Cluster:
    tokens: tuple[str, ...]
    members: list[Candidate] = attrs.field(factory=list)
    # The starts of its members, in order: the full names (all added first, in order of
    # start), and the short forms (added later, in order of start too). _nearest looks a
    # position up in each by bisection, in logarithmic time however many mentions a
    # cluster gathers.
    full_starts: list[int] = attrs.field(factory=list)
    short_starts: list[int] = attrs.field(factory=list)
    # The genders its members' titles, first names and roles tell, kept as they join: a
    # short form with a title chooses among a family's clusters by it.
    genders: set[str] = attrs.field(factory=set)

    def add(self, member: Candidate) -> None:
        """Add a mention, with the gender it tells."""
        self.members.append(member)
        if member.gender:
            self.genders.add(member.gender)

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


def _cluster(candidates: list[Candidate], headline_end: int = 0) -> list[_Cluster]:
    """Group person mentions: full names by surname and first name, short forms by position.

    A short form before ``headline_end`` (the text's headline) is placed even before
    the evidence that makes it a person: "Berg Says …" above "President Berg said".
    """
    clusters: list[_Cluster] = []
    by_last: dict[str, list[_Cluster]] = {}
    singles = []
    tails = _tails(candidates)
    for cand in sorted(candidates, key=_START):
        if len(cand.tokens) < 2:  # most candidates: a short form, told without _real
            singles.append(cand)
            continue
        if cand.tokens in tails:  # "Vasquez Llamas": a short form of several words
            singles.append(cand)
            continue
        real = _real(cand.tokens)
        if len(real) < 2:
            singles.append(cand)
            continue
        home = None
        for k in by_last.get(real[-1], ()):  # a loop: cheaper than a generator's next()
            if k.tokens[0] == real[0]:
                home = k
                break
        if home is None:
            home = _Cluster(cand.tokens)
            clusters.append(home)
            by_last.setdefault(real[-1], []).append(home)
            bare = _bare_surname(real[-1])
            if bare is not None:  # "Qarvani" after "Nadir al-Qarvani"
                by_last.setdefault(bare, []).append(home)
        elif len(cand.tokens) > len(home.tokens):
            home.tokens = cand.tokens
        home.add(cand)
        home.full_starts.append(cand.start)
    by_first: dict[str, list[_Cluster]] = {}
    for k in clusters:
        by_first.setdefault(_real(k.tokens)[0], []).append(k)
    # the surnames that a short form with evidence of its own names ("President Berg"):
    # the headline's mentions of them have a cluster waiting (see below)
    evidenced = (
        {c.tokens[0] for c in singles if c.strong and len(c.tokens) == 1} if headline_end else ()
    )
    # whom a surname with its title named last: ("Mrs.", "Clinton") -> that cluster
    titled: dict[tuple[str, str], _Cluster] = {}
    for cand in singles:
        word = cand.tokens[0]
        first = False  # whether the word is the first of the name it is short for
        options: list[_Cluster] | None
        if len(cand.tokens) > 1 and cand.tokens in tails:  # "Vasquez Llamas"
            word = _real(cand.tokens)[-1]  # the key a cluster of its own would have
            count = len(cand.tokens)
            ending = (cand.tokens[0].lower(), *cand.tokens[1:])  # "De Witte": "de Witte"
            options = [
                k
                for k in by_last.get(word, ())
                if k.tokens[-count:] == cand.tokens or k.tokens[-count:] == ending
            ]
        else:
            options = by_last.get(word)
        if not options and word in FIRST_NAMES:
            options = by_first.get(word)
            first = True
        if options and len(options) > 1 and cand.gender:
            # "Mr. Trump" is none of the family's women: a title's gender rules out the
            # clusters whose mentions tell the other one
            options = [k for k in options if k.genders <= {cand.gender}] or options
        if options:
            # Most short forms name one person: no call needed to choose.
            home = options[0] if len(options) == 1 else _nearest(options, cand.start)
            if cand.role is not None and not first:
                # a surname with a title names whom it named before, the text's own way
                # of telling a family apart: "Mrs. Clinton" stays Hillary Clinton after
                # "Chelsea Clinton" is mentioned
                named = titled.setdefault((cand.role, word), home)
                if named is not home and named in options:
                    home = named
        elif cand.strong or (cand.start < headline_end and word in evidenced):
            home = _Cluster(cand.tokens)
            clusters.append(home)
            by_last.setdefault(word, []).append(home)
        else:
            continue
        home.add(cand)
        if not first:
            # A first name ("Chelsea") tells whom it names, not which of a family a
            # surname after it means ("Mrs. Clinton" is still Hillary Clinton): a surname
            # is placed among its family's full names and surnames alone.
            home.short_starts.append(cand.start)
    return clusters


def _tails(candidates: list[Candidate]) -> set[tuple[str, ...]]:
    """The ends of names of three words or more that may stand for them alone, as a
    double or particled surname does: "Vasquez Llamas" of "Dora Vasquez Llamas",
    "Van Berkel" of "Tomas Van Berkel"; not an end that opens with a first name, which
    names someone of its own ("Ana Ruiz")."""
    tails: set[tuple[str, ...]] = set()
    for cand in candidates:
        tokens = cand.tokens
        if len(tokens) > 2:
            for i in range(1, len(tokens) - 1):
                if tokens[i] not in FIRST_NAMES and len(_real(tokens[i:])) > 1:  # not "Abdullah
                    tails.add(tokens[i:])  # II", a short form of one word and a suffix
                    if tokens[i] in PARTICLES:  # "De Witte" opening a sentence
                        tails.add((tokens[i].capitalize(), *tokens[i + 1 :]))
    return tails


def _nearest(options: list[_Cluster], pos: int) -> _Cluster:
    """The cluster mentioned last before ``pos``, else the first mentioned after it."""

    def last_before(k: _Cluster) -> int:
        full = bisect.bisect_left(k.full_starts, pos)
        short = bisect.bisect_left(k.short_starts, pos)
        return max(
            k.full_starts[full - 1] if full else -1, k.short_starts[short - 1] if short else -1
        )

    best = max(options, key=last_before)
    if last_before(best) >= 0:
        return best
    return min(options, key=lambda k: min(k.full_starts[:1] + k.short_starts[:1]))


_PRONOUN = regex.compile(r"\b(?:(?P<m>[Hh]e|[Hh]im|[Hh]is)|(?P<f>[Ss]he|[Hh]er|[Hh]ers))\b")
"""A third-person singular pronoun that tells gender."""


def _gender(text: str, cluster: _Cluster, person_starts: list[int]) -> str | None:
    """Gender from titles, first names and roles; else from the first pronoun after a mention."""
    votes = {c.gender for c in cluster.members if c.gender}
    if len(votes) == 1:
        return votes.pop()
    if votes:
        return None
    first = cluster.members[0]  # the members are in order of mention
    if not first.strong and len(cluster.tokens) == 1:  # a headline's "Berg Says …": the
        first = next((c for c in cluster.members if c.strong), first)  # evidence tells
    nxt = bisect.bisect_right(person_starts, first.start)
    limit = person_starts[nxt] if nxt < len(person_starts) else len(text)
    m = _PRONOUN.search(text, first.end, min(limit, first.end + 300))
    if m is None:
        return None
    return "male" if m.group("m") else "female"


def _roles(cluster: _Cluster) -> tuple[str, ...]:
    """Distinct roles in order of mention (the cluster's members are in that order); a bare
    title says nothing new after a fuller one ("President" after "Iranian President")."""
    roles: dict[str, None] = {}  # an ordered set: a person may hold thousands of roles
    # The shorter forms at the end of the roles kept ("Deputy President", "President" of
    # "Iranian Deputy President"): each looked up at once, in linear time overall.
    shorter: set[str] = set()
    for cand in cluster.members:
        role = cand.role
        if not role or role in HONORIFICS or role in roles or role in shorter:
            continue
        tails = [role[i + 1 :] for i, char in enumerate(role) if char == " "]
        for tail in tails:  # a fuller form replaces
            roles.pop(tail, None)
        shorter.update(tails)
        roles[role] = None
    return tuple(roles)


# One-word places and demonyms: what a description's place word must be.
_PLACE_WORDS = frozenset(
    key[0]
    for key, entry in LEXICON.items()
    if len(key) == 1 and entry.kind in (EntryKind.DEMONYM, EntryKind.PLACE)
)

_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")
"""A capitalised word, as a description's place word is written."""


class _Found(NamedTuple):
    """A person found in a text, as plain values: what a :class:`Person` holds, with its
    mentions as (start, end) offsets in order of mention.

    The quotation extractor reads people through :func:`mention_index` and needs no
    object for each of their mentions: the objects are made only for
    :func:`extract_entities`.
    """

    name: str
    roles: tuple[str, ...]
    mentions: list[tuple[int, int]]
    gender: str | None


# Cached: the same roles ("President", "Russian President") come back in text after text,
# and working a role out costs a pattern and a lookup for every beginning of its first word.
@functools.lru_cache(maxsize=4096)
def _places_opening(role: str) -> tuple[str, ...]:
    """The places and demonyms that ``role`` begins with ("Iran", "Iranian" for "Iranian
    President")."""
    opening = _CAPITALISED.match(role)
    if opening is None:
        return ()
    word = opening.group()
    # "the Iran leader" for "Iranian President"
    return tuple([word[:end] for end in range(2, len(word) + 1) if word[:end] in _PLACE_WORDS])


def _role_places(people: list[_Found]) -> set[str]:
    """The places and demonyms that a role of these people begins with ("Russian", "Iran")."""
    places: set[str] = set()
    for person in people:
        for role in person.roles:
            places.update(_places_opening(role))
    return places


def _descriptions(text: str, people: list[_Found]) -> dict[int, list[tuple[int, int]]]:
    """Mentions such as "the Russian leader" of a person whose role says Russian, as
    offsets, by the index of the person."""
    found: dict[int, list[tuple[int, int]]] = {}
    # The place word of a description begins a role ("the Russian leader" needs "Russian
    # President"): when the text has no such word, no description can match.
    if not any(word in text for word in _role_places(people)):
        return found
    # For each place word, the mentions of the people whose role it begins, as (start,
    # -index of the person) in order: the last before a description is the person it
    # names (the first person listed, on a tie), found by bisection, so that a text of
    # many descriptions and mentions takes linear time.
    mentions_by_place: dict[str, list[tuple[int, int]]] = {}
    for m in _LEADER.finditer(text):
        adjective = m.group("adj")
        entry = LEXICON.get((adjective,))
        if entry is None or entry.kind not in (EntryKind.DEMONYM, EntryKind.PLACE):
            continue
        mentions = mentions_by_place.get(adjective)
        if mentions is None:
            mentions = sorted(
                (start, -index)
                for index, person in enumerate(people)
                if any(role.startswith(adjective) for role in person.roles)
                for start, _ in person.mentions
            )
            mentions_by_place[adjective] = mentions
        start = m.start() - 1  # at the "T" of "The"
        last = bisect.bisect_left(mentions, (start, -len(people))) - 1
        if last >= 0:
            found.setdefault(-mentions[last][1], []).append((start, m.end()))
    return found


def _grouped(
    things: list[tuple[int, int, EntryKind, str]],
) -> dict[tuple[EntityKind, str], list[tuple[int, int, EntryKind, str]]]:
    """The organisations and places found by the finder, in order, grouped by kind and
    canonical name (groups in order of first mention)."""
    grouped: dict[tuple[EntityKind, str], list[tuple[int, int, EntryKind, str]]] = {}
    organization = EntryKind.ORGANIZATION
    for thing in sorted(things):
        key = (_ORGANIZATION if thing[2] is organization else _PLACE, thing[3])
        group = grouped.get(key)
        if group is None:
            grouped[key] = [thing]
        else:
            group.append(thing)
    return grouped


def _places_and_organizations(
    things: list[tuple[int, int, EntryKind, str]], text: str
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """Organisations and places found by the finder, grouped by canonical name."""
    # As _grouped, making each mention on the way rather than in a second pass.
    groups: dict[tuple[EntryKind, str], list[Mention]] = {}
    organization = EntryKind.ORGANIZATION
    for start, end, kind, name in sorted(things):
        mention = Mention(
            start, end, text[start:end], name, _ORGANIZATION if kind is organization else _PLACE
        )
        group = groups.get((kind, name))
        if group is None:
            groups[kind, name] = [mention]
        else:
            group.append(mention)
    organizations: list[Entity] = []
    places: list[Entity] = []
    for (kind, name), mentions in groups.items():
        if kind is organization:
            organizations.append(Entity(name, _ORGANIZATION, tuple(mentions)))
        else:
            places.append(Entity(name, _PLACE, tuple(mentions)))
    return tuple(organizations), tuple(places)


# Words of a short form's name looked up among the longer names: "The Post" is the last
# word of "The Washington Post"; a longer short form ("The Federal Reserve Bank") is rare.
_SHORT_FORM_WORDS = 4


def _short_forms(
    things: list[tuple[int, int, EntryKind, str]],
) -> list[tuple[int, int, EntryKind, str]]:
    """The organisations found, each "The …" name that shortens one named before it given
    that name: "The Post" after "The Washington Post", "The Chronicle" after "San
    Francisco Chronicle", "The Clinton Foundation" after "Clinton Foundation".

    Not when two names before it end with its words ("The Times" after "Financial Times"
    and "The New York Times"), nor when it is a name of its own that the lexicon knows
    ("The Times", of London).
    """
    organization = EntryKind.ORGANIZATION
    shorts = {name for _, _, kind, name in things if kind is organization and name[:4] == "The "}
    # most are names the lexicon knows ("The Washington Post"): the common case, nothing
    # to shorten
    shorts = {name for name in shorts if tuple(name.split()) not in LEXICON}
    if not shorts:
        return things
    firsts: dict[str, int] = {}  # each organisation's first mention
    for start, _, kind, name in things:
        if kind is organization and (name not in firsts or start < firsts[name]):
            firsts[name] = start
    # the organisations by the last words of their names ("Post", "Washington Post" of
    # "The Washington Post"); a name of more words is read to its last few
    ends: dict[str, list[str]] = {}
    for name in firsts:
        words = name.split()
        for n in range(1, min(len(words), _SHORT_FORM_WORDS) + 1):
            ends.setdefault(" ".join(words[-n:]), []).append(name)
    renamed: dict[str, str] = {}
    for name in shorts:
        first = firsts[name]
        longer = [other for other in ends.get(name[4:], ()) if firsts[other] < first]
        if len(longer) == 1:
            renamed[name] = longer[0]
    if not renamed:
        return things
    return [
        (t[0], t[1], t[2], renamed[t[3]]) if t[2] is organization and t[3] in renamed else t
        for t in things
    ]


def _headline_end(text: str) -> int:
    """The end of a text's first line when it is a headline: a line of its own, no longer
    than a headline, before a blank line; else 0."""
    end = text.find("\n\n", 0, HEADLINE_MAX + 2)
    return end if end > 0 and "\n" not in text[:end] else 0


def _people_and_things(text: str) -> tuple[list[_Found], list[tuple[int, int, EntryKind, str]]]:
    """The people of a text, and the organisations and places found on the way (see
    :meth:`NameFinder.run`), not yet grouped."""
    # A nickname in quotation marks inside a name ("Tomas “Bud” Lund") is blanked
    # out for the finder, which then reads one name: "Tomas Lund", spanning the nickname
    finder = NameFinder(without_nicknames(text))
    finder.run()
    candidates = finder.candidates + _known_matches(finder)
    clusters = _cluster(candidates, _headline_end(text))
    for k in clusters:
        k.members.sort(key=_START)  # in order of mention from here on
    starts = sorted(c.start for k in clusters for c in k.members)
    people: list[_Found] = []
    for k in sorted(clusters, key=lambda k: k.members[0].start):
        offsets = [(c.start, c.end) for c in k.members]
        people.append(_Found(" ".join(k.tokens), _roles(k), offsets, _gender(text, k, starts)))
    for index, extra in _descriptions(text, people).items():
        person = people[index]
        people[index] = person._replace(mentions=sorted(person.mentions + extra, key=_FIRST))
    return people, _short_forms(_surnames_of_people(text, people, finder.things))


# The one-word names of organisations written as names, which may be surnames too ("Fox"
# of Fox News, "Bloomberg", "Ford", "Guardian" of The Guardian), and those organisations.
_SURNAME_WORDS = frozenset(
    key[0]
    for key, entry in LEXICON.items()
    if len(key) == 1 and entry.kind is EntryKind.ORGANIZATION and key[0][1:].islower()
)
_SURNAME_ORGANIZATIONS = frozenset(LEXICON[(word,)].name for word in _SURNAME_WORDS)


def _surnames_of_people(
    text: str, people: list[_Found], things: list[tuple[int, int, EntryKind, str]]
) -> list[tuple[int, int, EntryKind, str]]:
    """The organisations and places found, less those that are the surname of a person
    named in full before them, whose mentions they join: "Fox said" after "Vicente Fox"
    is him, not Fox News; "Wagner said" after "Robert Wagner" is not the Wagner Group.

    Only one-word organisations are read so: a place keeps its name ("Washington said"
    after "George Washington" is most often the US government).
    """
    surnames: dict[str, list[int]] = {}  # such a word -> the people of that surname
    for index, person in enumerate(people):  # fewer than the things: read first
        surname = person.name[person.name.rfind(" ") + 1 :]
        if surname in _SURNAME_WORDS and surname != person.name:
            surnames.setdefault(surname, []).append(index)
    if not surnames:  # most texts: no one whose surname an organisation's name is
        return things
    organization = EntryKind.ORGANIZATION
    found = [t for t in things if t[2] is organization and t[3] in _SURNAME_ORGANIZATIONS]
    taken: set[tuple[int, int, EntryKind, str]] = set()
    joined: set[int] = set()  # the people given mentions, sorted once at the end
    for thing in found:
        owners = surnames.get(text[thing[0] : thing[1]])
        if owners is None or len(owners) != 1:
            continue
        person = people[owners[0]]
        if person.mentions[0][0] < thing[0]:  # named in full before
            person.mentions.append((thing[0], thing[1]))
            joined.add(owners[0])
            taken.add(thing)
    if not taken:
        return things
    for index in joined:
        people[index].mentions.sort(key=_FIRST)
    return [t for t in things if t not in taken]


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
    found, things = _people_and_things(text)
    people = [
        Person(
            name,
            roles,
            tuple([Mention(s, e, text[s:e], name, _PERSON) for s, e in mentions]),
            gender,
        )
        for name, roles, mentions, gender in found
    ]
    organizations, places = _places_and_organizations(things, text)
    everything = [m for p in people for m in p.mentions]
    everything += [m for e in organizations + places for m in e.mentions]
    return Entities(tuple(people), organizations, places, tuple(sorted(everything, key=_START)))


#: A mention as plain values: start, end, canonical name and kind.
MentionOffsets = tuple[int, int, "str | None", "EntityKind | None"]


class MentionIndex(NamedTuple):
    """The mentions of a text as plain values, for readers that need no objects.

    Attributes:
        mentions: Every mention as (start, end, name, kind), in the order of
            :attr:`Entities.mentions`.
        genders: The gender of each person, by canonical name.
        roles: The titles and roles of each person, by canonical name.
    """

    mentions: list[MentionOffsets]
    genders: dict[str, str | None]
    roles: dict[str, tuple[str, ...]]


def mention_index(source: str | Entities) -> MentionIndex:
    """The mentions of a text, or of its entities already found, as plain values.

    From a text this finds what :func:`extract_entities` finds, without making
    an object for each organisation and place mention.

    Args:
        source: The text, or its :class:`Entities`.

    Returns:
        The index of the mentions.

    Example:
        >>> text = "Mayor Ann Lee of Boston spoke. Lee said no."
        >>> index = mention_index(text)
        >>> [(text[s:e], name) for s, e, name, kind in index.mentions]
        [('Ann Lee', 'Ann Lee'), ('Boston', 'Boston'), ('Lee', 'Ann Lee')]
        >>> index.genders
        {'Ann Lee': 'female'}
        >>> index == mention_index(extract_entities(text))
        True
    """
    if isinstance(source, Entities):
        return MentionIndex(
            [(m.start, m.end, m.name, m.kind) for m in source.mentions],
            {p.name: p.gender for p in source.people},
            {p.name: p.roles for p in source.people},
        )
    people, things = _people_and_things(source)
    everything: list[MentionOffsets] = [
        (s, e, p.name, _PERSON) for p in people for s, e in p.mentions
    ]
    organizations: list[MentionOffsets] = []
    places: list[MentionOffsets] = []
    for (kind, name), group in _grouped(things).items():
        found = organizations if kind is _ORGANIZATION else places
        found += [(s, e, name, kind) for s, e, _, _ in group]
    everything += organizations
    everything += places
    everything.sort(key=_FIRST)  # stable, as the sort of extract_entities
    return MentionIndex(
        everything, {p.name: p.gender for p in people}, {p.name: p.roles for p in people}
    )
