"""Resolve speakers to canonical names.

A speaker as written ("Putin", "he", "the ministry", "Russia’s TASS news
agency") gets the name of the entity it refers to:

- a name, or a phrase holding one, takes the canonical name of the mention
  inside it (a person before an organisation, the last before the first:
  "Russia’s TASS news agency" is TASS);
- "he" and "she" take the last speaker of that gender within the previous
  paragraphs, or else the nearest person of that gender mentioned before
  (a person whose gender is unknown fits either);
- "it" takes the nearest organisation or country mentioned before; "they"
  the last speaker that is not one person, or the nearest organisation.

Pronoun resolution is this module's work: entity extraction never treats
pronouns as mentions.
"""

from __future__ import annotations

import bisect

from newscorpus._data import read_rows
from newscorpus.entities import EntityKind, Mention, MentionIndex, MentionOffsets
from newscorpus.quotes.phrases import antecedent

__all__ = ["Resolver"]

_RELATIVES = frozenset(("who", "whom", "which", "that"))
_GENDERS = {row[0]: row[1] for row in read_rows("pronouns.txt")}
_NUMBERS = {row[0]: row[2] for row in read_rows("pronouns.txt")}
_SPEAKER_REACH = 2  # paragraphs back in which a previous speaker stays salient
_MENTION_REACH = 1500  # characters back in which a mentioned person can be meant


class Resolver:
    """Resolves speaker spans of one text against its mentions."""

    def __init__(self, text: str, index: MentionIndex) -> None:
        self.text = text
        self.mentions = index.mentions  # (start, end, name, kind), sorted by start
        self.starts = [m[0] for m in self.mentions]
        self.gender = index.genders
        # (start, name, kind, paragraph) of the speakers resolved so far, in text order
        self.speakers: list[tuple[int, str, EntityKind | None, int]] = []

    def resolve(self, start: int, end: int, paragraph: int) -> Mention:
        """The speaker mention for ``text[start:end]``, with its canonical name if found."""
        words = self.text[start:end]
        low = words.lower()
        name: str | None
        kind: EntityKind | None = None
        if low in _RELATIVES:
            found = antecedent(self.text, max(0, start - 200), start)
            if found is not None:
                name = self.resolve(*found, paragraph).name
                kind = EntityKind.PERSON if name in self.gender else None
                return Mention(start, end, words, name, kind)
        if low in _GENDERS:
            name, kind = self._pronoun(low, start, paragraph)
        else:
            name, kind = self._inside(start, end)
        if name is not None:
            bisect.insort(self.speakers, (start, name, kind, paragraph))
        return Mention(start, end, words, name, kind)

    def _inside(self, start: int, end: int) -> tuple[str | None, EntityKind | None]:
        """The name and kind of the mention inside a speaker phrase that names it."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        chosen: MentionOffsets | None = None
        for n in range(hi - 1, lo - 1, -1):  # the last person, else the last mention
            mention = self.mentions[n]
            if mention[1] <= end:
                if mention[3] == EntityKind.PERSON:
                    return mention[2], mention[3]
                if chosen is None:
                    chosen = mention
        return (chosen[2], chosen[3]) if chosen is not None else (None, None)

    def _pronoun(self, word: str, pos: int, paragraph: int) -> tuple[str | None, EntityKind | None]:
        gender, number = _GENDERS[word], _NUMBERS[word]
        if word in ("i", "we", "you", "who", "whom", "which"):
            return None, None
        person = number == "singular" and word != "it"
        n = bisect.bisect_left(self.speakers, (pos,)) - 1
        while n >= 0:
            _, name, kind, where = self.speakers[n]
            if where < paragraph - _SPEAKER_REACH:
                break
            if person and kind == EntityKind.PERSON and self._fits(name, gender):
                return name, kind
            if not person and kind != EntityKind.PERSON:
                return name, kind
            n -= 1
        m = bisect.bisect_left(self.starts, pos) - 1
        while m >= 0 and pos - self.mentions[m][0] <= _MENTION_REACH:
            _, _, mentioned, mentioned_kind = self.mentions[m]
            if person and mentioned_kind == EntityKind.PERSON:
                if mentioned is not None and self._fits(mentioned, gender):
                    return mentioned, mentioned_kind
            elif (not person and mentioned_kind == EntityKind.ORGANIZATION) or (
                word == "it" and mentioned_kind == EntityKind.PLACE
            ):
                return mentioned, mentioned_kind
            m -= 1
        return None, None

    def _fits(self, name: str, gender: str) -> bool:
        """Tell whether a person can be meant by a pronoun of this gender."""
        known = self.gender.get(name)
        return gender == "any" or known is None or known == gender
