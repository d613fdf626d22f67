"""Resolve speakers to canonical names.

A speaker as written ("Putin", "he", "the ministry", "Russia’s TASS news
agency") gets the name of the entity it refers to:

- a name, or a phrase holding one, takes the canonical name of the mention
  inside it (a person before an organisation, the last before the first:
  "Russia’s TASS news agency" is TASS), unless that mention is someone else
  ("an aide to Ruiz", "Ruiz’s lawyer", "economists polled by Reuters") or the
  place where the speaker is ("the Canadian embassy in Madrid" is Canada);
- a description in apposition to a name that opens its clause, its closing
  comma left out, names that person ("Sen. Dana Reyes, a backer of Ruiz’s
  port plan told …" is Dana Reyes, not Ruiz);
- "he" and "she" in an opening adverbial clause point ahead to the subject
  of the main clause ("Even as he criticized the plan, Tomas Berg said");
  otherwise they take the last speaker of that gender within the previous
  paragraphs, or else the nearest person of that gender mentioned before
  (a person whose gender is unknown fits either), or else the last speaker
  named by their own words;
- "it" takes the last speaker that is not one person (a body or a document
  described and never named takes no name), else the nearest organisation
  or country mentioned before; "they" that speaker only (a
  group merely mentioned is seldom what "they" means);
- "who" takes its antecedent, or the person a role before it describes
  ("Ana Ruiz, the director of the trust, who said");
- a definite description takes the person given its role or title before
  ("the Ohio governor", "the president", "the minister"), the organisation
  whose name holds its noun ("the ministry"), or the news outlet that spoke
  or was mentioned last ("the newspaper");
- a one-word speaker that starts the name of exactly one person takes it
  ("Wen" of "Wen Haolin", a family name written first);
- a speaker written as a name that entity extraction did not know ("said
  Tovin Arkadze, 48,") is named by its own words, and a later speaker written
  as its last word ("Arkadze said") takes that name (see :mod:`.new_names`).

Pronoun resolution is this module's work: entity extraction never treats
pronouns as mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence

import regex

from newscorpus._data import read_rows
from newscorpus.entities import EntityKind, Mention, MentionIndex, MentionOffsets
from newscorpus.lexicon import (
    COUNTRIES,
    FIRST_NAMES,
    NOT_NAMES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    is_demonym,
    is_place,
    is_title_word,
)
from newscorpus.name_finder import NAME_SUFFIXES
from newscorpus.name_runs import PARTICLES
from newscorpus.quotes.new_names import in_headline, new_name
from newscorpus.quotes.phrases import antecedent, plural_phrase
from newscorpus.quotes.vocabulary import (
    CONNECTIVES,
    DETERMINERS,
    FINITE,
    FUNCTION,
    FUNCTION_CLASSES,
    KINSHIP_NOUNS,
    OPENING_ADVERBS,
    ORGANIZATION_NOUNS,
    PLURAL_NOUNS,
    PREPOSITIONS,
    QUANTITY_HEADS,
    SOURCE_NOUNS,
    SUBJECT_PRONOUNS,
    WEEKDAYS,
)
from newscorpus.segment import paragraph_bounds, sentence_bounds
from newscorpus.sources_cited import is_outlet

__all__ = ["Resolver"]

_ORGANIZATION, _PLACE = EntityKind.ORGANIZATION, EntityKind.PLACE

_RELATIVES = frozenset(("who", "whom", "which", "that"))
_GENDERS = {row[0]: row[1] for row in read_rows("pronouns.txt")}
_NUMBERS = {row[0]: row[2] for row in read_rows("pronouns.txt")}
# Possessive determiners that speak for their owner ("his remarks about …"): as the pronoun.
_POSSESSIVES = {"his": "he", "its": "it", "their": "they"}
# Abbreviated titles and the role nouns they stand for: "Sen." -> "senator".
_TITLE_ROLES = {" ".join(row[:-1]): row[-1] for row in read_rows("title_roles.txt")}
# What may follow a name in apposition: the end of the phrase, or its modifier ("Ana Ruiz
# of the firm", "Ana Ruiz, who"); not a verb ("according to the poll, Lund won").
_APPOSITION_ENDS = frozenset(",.;:)")
_APPOSITION_TAILS = (" of ", " at ", " from ", " in ", " with ", " who ")
# Prepositions whose object is not the speaker: "an aide to|", "people close to|",
# "sources familiar with|" (see Resolver._someone_else; not "of": "Secretary of| …").
_OBJECT_PREPOSITIONS = frozenset(("to", "with", "about", "against", "near", "toward", "towards"))
# Words that join a name to one before it, which shares its preposition: "in Ohio and| Iowa".
_JOINERS = frozenset(("and", "or", "&"))
# Prepositions whose place is where the speaker is or works, not who speaks: "the US
# embassy in| Bern", "the top US diplomat for| Latin America", "officials in| Kabul".
_PLACE_PREPOSITIONS = frozenset(("in", "for", "on", "at"))  # "to" is _OBJECT_PREPOSITIONS
# The state itself, which the place it sits in names: "the government in| Beijing".
_SEATED = frozenset(("government", "regime", "authorities", "administration", "leadership"))
# Participles before "by" that make its agent the asker, not the speaker: "voters polled by|".
_ASKING_PARTICIPLES = frozenset(
    ("polled", "surveyed", "interviewed", "questioned", "contacted", "consulted", "reached")
)
# Roles that speak for the person after "for": "a spokesman for| Ruiz" speaks for Ruiz.
_SPEAKING_FOR = frozenset(("spokesman", "spokeswoman", "spokesperson", "representative"))
_JOINED = regex.compile(r" (?:and|or)\b")  # "Ruiz and her lawyers": the person speaks too
# Words that open an adverbial clause before its main clause: "When he left, Lund said".
_SUBORDINATORS = frozenset(
    word
    for word, kind in FUNCTION_CLASSES.items()
    if kind == "subordinator" and word not in ("that", "so", "than", "whether")
)
_CLAUSE_REACH = 150  # characters of an opening clause before a pronoun (and after it)
_TITLE_REACH = 30  # characters of titles between that clause's comma and a name
_ARTICLES = ("a ", "an ", "the ")  # what opens a description of a person, lower-cased
_INDEFINITES = ("a ", "an ", "one ", "another ")  # what opens a description of someone new
_APPOSITION_LEAD = regex.compile(r"(?r),[\x20\xa0]++(?:\p{Ll}++[\x20\xa0]++)?\Z")
"""The comma that opens an apposition, and maybe an adverb, right before its phrase
(matched backwards from it): "Ana Ruiz|, |the director", "Ruiz|, now |the director"."""

# The nouns that end the names of bodies a definite description can stand for: "the
# ministry" is the "Ministry of Agriculture" mentioned before it.
_BODY_HEADS = frozenset(
    (
        *("Ministry", "Agency", "Bank", "Commission", "Committee", "Council", "Department"),
        *("Party", "Court", "Army", "Union", "Office", "Board", "Institute", "Foundation"),
        *("University", "Authority", "Administration", "Bureau", "Federation"),
        *("Association", "Organization", "Organisation", "League", "Coalition", "Fund"),
    )
)

# The nouns by which a text refers back to a news outlet: "the newspaper said".
_OUTLET_NOUNS = frozenset(
    (
        *("newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "agency"),
        *("network", "broadcaster", "channel", "website", "outlet"),
    )
)


_HEAD_ENDS = frozenset(("of", "for", "at", "who", "with", "in"))  # what follows a head noun
_NOT_PERSONS = ORGANIZATION_NOUNS | SOURCE_NOUNS
_CUE_WORDS = regex.compile(r"[\x20\xa0]++\p{L}++(?:[\x20\xa0]++\p{L}++)?+")
"""A cue (and a word) after a speaker, which a comma may follow (see _cue_and_comma)."""
# What may come before a name that opens its clause: a line break, a sentence's end or a
# closing mark (not a comma, after which the name may be in apposition itself).
_CLAUSE_OPENINGS = ("\n", ". ", "” ", '" ')
_TITLES_AT_END = regex.compile(r"(?:\p{Lu}[\p{L}.\-]*+[\x20\xa0]++)++\Z")
"""Capitalised words (titles) right before a name: "Sen. ", "Foreign Minister "."""
_NAMED_BY_NOUN = regex.compile(
    r"\b(?:\L<nouns>)[\x20\xa0]++(\p{Lu}[\p{L}\p{N}.&'’\-]*+(?:[\x20\xa0]++\p{Lu}[\p{L}\p{N}.&'’\-]*+){0,4}+)\Z",
    nouns=ORGANIZATION_NOUNS,
)
"""An organisation's name after its noun at the end of a phrase: "a study by the firm |Oxford
Economics|"."""

# Nouns of a group before "of" ("a host of leaders"), which a pronoun for one person
# does not mean; the quantities ("a handful of", "a number of") are QUANTITY_HEADS.
_GROUPS = frozenset(("host", "group", "team", "pair", "series", "slew", "raft", "crowd", "panel"))
_ROLE_REACH = 6000  # characters back in which a described person is looked for
_SPEAKER_REACH = 2  # paragraphs back in which a previous speaker stays salient
# ... and characters: more than those paragraphs of any article hold; it bounds the look
# back in a paragraph that never ends, which was quadratic in its pronouns
_SPEAKER_CHARS = 10_000
# Characters from a sentence's start within which a pronoun may mean the person whose name
# opens it; it bounds the look back in a sentence that never ends, which would be quadratic
_OWN_SUBJECT_REACH = 400
_VERB_AFTER = regex.compile(
    r"""
    (?: ,[\x20\xa0] (?! [^,]*? \b (?: said | says | told | added | wrote | argued ) \b )
        [^,;:.!?“”"\n]{1,80}+ ,                                    # an apposition: ", a lawyer,"
                                                                # (not ", Lund said,")
      | [\x20\xa0]*+ [—–] [^—–;:.!?“”"\n]{1,80}+ [—–] )?+        # or " — a former aide —"
    (?: [\x20\xa0]++ (?: on [\x20\xa0]++ \L<weekdays>               # " on Monday (night)"
                        (?: [\x20\xa0]++ (?: morning | afternoon | evening | night ) )?+
                      | also | then | later | again | yesterday | today ) \b )?+
    [\x20\xa0]++ (?: \p{Ll}++(?<=ed|es|ts|ds|ns|ks|ys) | \L<finite> ) \b
    """,
    regex.VERBOSE,
    finite=sorted(FINITE),  # "has", "would", "made", "gave"
    weekdays=WEEKDAYS,  # "Monday", the full names
)
"""A verb right after a name, or after its apposition or a time: "Tomas Brandt| released",
"Ana Lund — a former aide — offered", "Ana Lund on Monday lashed out"."""
_OPENING_PRONOUN = regex.compile(r"[“\"‘'\x20\xa0]*+(He|She)\b")
"""A subject pronoun that opens a sentence: "|He| called …"."""
_OPENING = regex.compile(
    r"""
    \s*+
    (?: “ [^“”\n]{1,400}+ ” [\x20\xa0]++                           # "“We will fight,” "
      | " [^"\n]{1,400}+ " [\x20\xa0]++                               # the same in straight
      | '' (?: [^'\n] | '(?!') ){1,400}+ '' [\x20\xa0]++                # or doubled marks
      | [“"‘']*+ (?: [^.!?,“”"\n]{1,60}+ ,[\x20\xa0]++ )?+ )      # "In it, "
    """,
    regex.VERBOSE,
)
"""What may open a sentence before its subject pronoun: spaces, and a phrase and its
comma, or a quotation ("“We will fight,” he said")."""
_QUOTE_MARKS = ("“", "”", '"', "‘", "’", "''", "``")


_OPENER_LENGTH = 60  # characters of an opening phrase before a subject's comma, at most
_OPENER_WORDS = CONNECTIVES | PREPOSITIONS | OPENING_ADVERBS | {"since", "after", "before"}


def _opener(phrase: str) -> bool:
    """Tell whether words before a comma open a sentence before its subject: "On Monday
    night", "But like the mayor", "And since Thursday"; not "He declared that as long as the
    field remained divided"."""
    words = phrase.split()
    if not words or len(phrase) > _OPENER_LENGTH or '"' in phrase:
        return False
    first = words[0].lower()
    return (first in _OPENER_WORDS or first.endswith(("ing", "ed"))) and all(
        word.lower() not in SUBJECT_PRONOUNS for word in words
    )  # "On Monday night", "Speaking to “Harbor Morning” Monday", "Reached by phone"


def _named_in(text: str, name: str, lo: int, hi: int) -> bool:
    """Tell whether a word of a person's name (of three letters or more) is in a quotation
    of the sentence ``text[lo:hi]``: then the pronoun that attributes it means someone else
    ("“Okafor is our best debater,” he says" is not Okafor's)."""
    marks = [found for mark in ("“", '"', "''") if (found := text.find(mark, lo, hi)) >= 0]
    if not marks:
        return False
    first = min(marks)
    return any(len(word) > 2 and text.find(word, first, hi) >= 0 for word in name.split())


def _role_word(word: str) -> bool:
    """Tell whether a word before a name may be part of its subject: a capitalised word
    (a title, a name), a role, a role's modifier or "the"."""
    low = word.lower()
    return word[:1].isupper() or low in ROLE_NOUNS or low in ROLE_MODIFIERS or low == "the"


_MENTION_REACH = 1500  # characters back in which a mentioned person can be meant


def _cue_and_comma(text: str, end: int) -> bool:
    """Tell whether a cue (and a word) and a comma follow a speaker that ends at ``end``:
    "…, her deputy said," is an aside.

    The comma is looked for after the words, not in their pattern: the engine searches
    the rest of the text for a character every match of a pattern needs before it tries
    the pattern, which over a long text without commas took time quadratic in its length.
    The words are read possessively, so a comma follows them exactly when the pattern
    with the comma would match.
    """
    found = _CUE_WORDS.match(text, end)
    return found is not None and text.startswith(",", found.end())


def _personal_title(word: str) -> bool:
    """Tell whether a capitalised word before a name is part of a title: "President",
    "Sen.", "Foreign" of "Foreign Minister"."""
    return is_title_word(word) or word.lower() in ROLE_MODIFIERS


def _described_role(phrase: str) -> str | None:
    """The role noun or title that heads a definite description of a person: "the Ohio
    governor", "the president".

    ``phrase`` is in lower case. Not "a senator" (anyone) nor "Ortiz's aide" (named by
    the mention inside).
    """
    if not phrase.startswith("the "):
        return None
    head = phrase.rsplit(None, 1)[-1]
    return head if head in ROLE_NOUNS or is_title_word(head.capitalize()) else None


def _head(phrase: str) -> str:
    """The head noun of a description (in lower case): its last word before any "of",
    "for", "at" or "who" ("a backer| of Ruiz’s plan"), else its last word."""
    words = phrase.split()
    for k, word in enumerate(words):
        if k and word in _HEAD_ENDS:
            return words[k - 1]
    return words[-1]


def _bare_role(phrase: str) -> bool:
    """Tell whether a phrase as written is a role without an article, which only an
    apposition has: "secretary general of the union", "vice president of the court"."""
    if not phrase[:1].islower():
        return False
    head = _head(phrase.lower()).split("-", 1)[0]
    return head in ROLE_NOUNS or is_title_word(head.capitalize())


def _headed_by_person(phrase: str) -> bool:
    """Tell whether a description (in lower case) may describe a person: its head noun
    names no organisation or document ("a backer of Ruiz’s plan"; not "the Harbor news
    agency")."""
    return _head(phrase) not in _NOT_PERSONS


def _nameless_gender(phrase: str) -> str | None:
    """The gender an indefinite description of a speaker (in lower case) gives a person
    who is never named: "female" for "a ministry spokeswoman", "male" for "a chairman",
    "any" for "an official"; None when its head noun is no role ("a report") or when it
    is definite ("the Ohio senator" is often someone named before)."""
    if not phrase.startswith(_INDEFINITES):
        return None
    words = phrase.split(None, 3)
    if len(words) > 2 and words[2] == "of" and (words[1] in QUANTITY_HEADS or words[1] in _GROUPS):
        return None  # "a host of other leaders", "a handful of officials": many people
    head = _head(phrase)
    if head not in ROLE_NOUNS:
        return None
    if head.endswith("woman"):
        return "female"
    return "male" if head.endswith("man") else "any"


# Modifiers of an office that make it another, lower one: "Vice| Premier", "Deputy| Mayor".
_RANKS = frozenset({"vice", "deputy", "assistant", "associate", "acting", "under", "lieutenant"})
# Modifiers of an office that leave it the same: "Federal| Health Minister", "Outgoing|
# Chancellor" (a "former" is told apart for titles in _fits_role).
_SAME_OFFICE = frozenset({"federal", "outgoing", "incoming", "retired", "new", "then", "former"})
# Words that mean the same in a role: "the GOP nominee" is the "Republican nominee".
_SAME_WORD = {"gop": "republican"}


# Role nouns that are also the titles of a country's leaders ("union president", "state
# premier"): a description headed by one is told apart by country and term, as a title is.
_HEADS_OF_STATE = frozenset({"president", "premier"})


_OWN_NAME_REACH = 10_000
"""How far from a speaker (in characters, each way) its own word is looked for: the
length of a long article, and a bound that keeps a long text of such speakers linear."""
_COMMA_CLOSINGS = (",”", ',"', ",’", ",'")  # a quotation's comma and closing mark
_CAPITAL_NEXT = regex.compile(r"[\x20\xa0][\p{Lu}\p{N}]")
"""A capitalised word or a number right after a word: "State Department", "Article 33"."""
_CAPITAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.])\p{Lu}[\p{L}.]*+[\x20\xa0]\Z")
"""A capitalised word (or a title: "Mr.") right before another, searched in a short
window that ends where the other starts."""


def _whole_words(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` stands whole in ``text[start:end]``, not inside a longer word."""
    pos = start - 1
    after = len(word)
    while (pos := text.find(word, pos + 1, end)) >= 0:
        if not (text[pos - 1 : pos].isalnum() or text[pos + after : pos + after + 1].isalnum()):
            yield pos


def _inside_sentence(text: str, pos: int, end: int) -> bool:
    """Tell whether the capitalised word from ``pos`` to ``end`` stands inside a sentence
    by itself: after a lower-case word or a comma (a quotation's too), before neither a
    capitalised word nor a number ("said Ciltano", "a Vantair jet", "“…,” Ciltano said";
    not "the State Department", "Article 33", "Mr. Ciltano"), outside headlines."""
    before = text[max(0, pos - 3) : pos].rstrip(" \xa0")
    if not before or not (
        before[-1].isalnum() or before[-1] in ",;" or before.endswith(_COMMA_CLOSINGS)
    ):
        return False  # a sentence's, line's or quotation's first word (but "“…,” Ciltano
        # said": the attribution goes on with the quotation's sentence)
    if _CAPITAL_NEXT.match(text, end):
        return False  # a word of a longer name: "the State Department", "Article 33"
    capital = _CAPITAL_BEFORE.search(text, max(0, pos - 40), pos)
    if capital is not None and capital.group().rstrip() not in ("A", "An", "The"):
        return False  # ... or "Mr. Ciltano" (but "A Vantair jet …" opens a sentence)
    return not in_headline(text, pos, end)  # a headline's capitals


def _fits_role(given: str, description: str, role: str) -> bool:
    """Tell whether a title or role given to a person ("Sen.", "Ohio Gov.", "former
    senator") fits a description headed by ``role`` ("the Ohio governor").

    The role noun must match, and the description must repeat every capitalised
    word of the given role ("the Green candidate" is not the "Labour candidate");
    for a title ("the president"), both or neither must say "former", and a
    demonym of the description must be in the role ("the Chinese president" is
    not the "President" of another country).
    """
    words = given.split()
    last = words[-1]
    if not (
        last.lower() == role or _TITLE_ROLES.get(last) == role or _TITLE_ROLES.get(given) == role
    ):
        return False
    described = [_SAME_WORD.get(word, word) for word in description.split()]
    if role not in ROLE_NOUNS or role in _HEADS_OF_STATE:  # a title: "the president"
        known = given.lower().split()
        if ("former" in described) != ("former" in known):
            return False  # "the former president" is not the "President" of the text
        if any(is_demonym(word.capitalize()) and word not in known for word in described[1:-1]):
            return False  # "the Chinese president" is not the "President" of another land
    lowered = [_SAME_WORD.get(low, low) for low in (word.lower() for word in words[:-1])]
    if any(word in _RANKS and word not in described for word in lowered):
        return False  # "the premier" is not the "Vice Premier"
    if len(described) == 2:
        return True  # "the minister" alone: the "Foreign Minister" mentioned last
    # Every other capitalised word must be repeated, but for modifiers that leave the
    # office as it is ("the health minister" is the "Federal Health Minister") and a
    # place when the description names none ("the veteran premier" is the "Manitoba
    # Premier"; "the Ohio governor" is no "Texas Gov.").
    places = any(
        is_place(word.capitalize()) or is_demonym(word.capitalize()) for word in described[1:-1]
    )
    return all(
        low in described or low in _SAME_OFFICE or (not places and is_place(word))
        for word, low in zip(words[:-1], lowered, strict=True)
        if word[:1].isupper()
    )


_PARTICLE_WORDS = "|".join(map(regex.escape, sorted(PARTICLES, key=len, reverse=True)))
_NAME_GAP = regex.compile(
    rf"""(?r)
    (?: \b (?: {_PARTICLE_WORDS} ) [\x20\xa0]++     # a particle: "de "
      | \b \p{{Lu}} \.?+ [\x20\xa0]*+               # an initial: "A. "
      | [”"’'] [\x20\xa0]++ ) \Z                     # a nickname's closing mark
    """,
    regex.VERBOSE,
)
"""What ends the part of a person's name that a speaker phrase left out: a particle, an
initial or the closing mark of a nickname (matched backwards from the phrase's start)."""


class Resolver:
    """Resolves speaker spans of one text against its mentions."""

    def __init__(
        self, text: str, index: MentionIndex, sentences: Sequence[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        if sentences is None:
            sentences = sentence_bounds(text, paragraph_bounds(text))
        self.sentence_starts = [start for start, _ in sentences]
        self.mentions = index.mentions  # (start, end, name, kind), sorted by start
        self.starts = [m[0] for m in self.mentions]
        self.gender = index.genders
        self.roles = index.roles
        # (start, name, kind, paragraph) of the speakers resolved so far, in text order
        self.speakers: list[tuple[int, str, EntityKind | None, int]] = []
        # The last words of the speakers named by their own words, and what they name
        self.introduced: dict[str, tuple[str, EntityKind | None]] = {}
        self._first_words: dict[str, set[str]] | None = None  # see _first_word
        self._first_bodies: dict[str, set[str]] = {}  # the same for organisations
        self._surnames: dict[str, set[str]] | None = None  # see _labelled
        self._person_words: frozenset[str] | None = None  # see _name_words
        self._own_names: dict[str, bool] = {}  # the words _own_name was asked about
        # the first word of each person's name a speaker introduced, and those names
        self._introduced_first: dict[str, set[str]] = {}
        # (start, name, paragraph) of the people of unknown gender named by their own words
        self.unsexed: list[tuple[int, str, int]] = []
        # (start, end, gender, paragraph) of the speakers described by a role and never
        # named ("a ministry spokeswoman"): a pronoun after one means that person
        self.nameless: list[tuple[int, int, str, int]] = []
        # (start, paragraph) of the speakers that are a document or a body described and
        # not named ("the report said", "the group said"): an "it" after one means it,
        # and takes no name
        self.unnamed_groups: list[tuple[int, int]] = []
        # (start, paragraph) of the speakers that are several people ("Several Democrats",
        # "Ruiz and Okafor"): a "they" after one means them, not an organisation
        self.plural_groups: list[tuple[int, int]] = []

    def resolve(self, start: int, end: int, paragraph: int, content: int = -1) -> Mention:
        """The speaker mention for ``text[start:end]``, with its canonical name if found.

        ``content`` is where the speaker's quote starts: a name there, after a
        comma, opens the quote ("According to the poll, Ana Ruiz leads") and is
        not in apposition to the speaker.
        """
        mention = self._resolve(start, end, paragraph, content)
        if (
            (
                (mention.kind is not _ORGANIZATION and mention.kind is not _PLACE)
                or not (mention.name or "").endswith(mention.text.rsplit(None, 1)[-1])
            )
            and mention.text.lower() not in _GENDERS  # "they" itself joins no group
            and plural_phrase(mention.text)
        ):
            # "Several Democrats said", "Ruiz and Okafor argued", "Australian experts
            # said": people a later "they" means, whom no organisation or place named
            # before or among them stands for
            bisect.insort(self.plural_groups, (start, paragraph))
        return mention

    def _resolve(self, start: int, end: int, paragraph: int, content: int) -> Mention:
        words = self.text[start:end]
        low = words.lower()
        name: str | None
        kind: EntityKind | None = None
        if low in _RELATIVES:
            found = antecedent(self.text, max(0, start - 200), start)
            if found is not None:
                name = self.resolve(*found, paragraph).name
                if name not in self.gender and low == "who":
                    name = self._described(start, paragraph) or name
                kind = EntityKind.PERSON if name in self.gender else None
                return Mention(start, end, words, name, kind)
        low = _POSSESSIVES.get(low, low)  # "his remarks": as "he"
        if low in _GENDERS:
            name, kind = self._pronoun(low, start, paragraph)
        else:
            bare = not low.startswith(_ARTICLES) and _bare_role(words)
            named = (
                self._apposed(start, bare)
                if (bare or low.startswith(_ARTICLES))
                and (content < 0 or content > end)
                and _headed_by_person(low)
                and not _cue_and_comma(self.text, end)
                else None
            )
            name, kind = named if named is not None else self._inside(start, end)
            if kind is not EntityKind.PERSON:  # "said the chief executive, Ana Ruiz"
                named = self._apposition(end) if content != end + 2 else None
                if named is not None:
                    name, kind = named
            role = _described_role(low)
            if role is not None and kind is not EntityKind.PERSON:
                # "the Ohio governor": a person described by a role, which a place or an
                # organisation inside only qualifies; "the French president": a person
                # given that title, else the country as before
                described, described_kind = self._person_in_role(start, low, role)
                if described is not None or role in ROLE_NOUNS:
                    name, kind = described, described_kind
            if name is None and low.startswith("the ") and low[4:].capitalize() in _BODY_HEADS:
                name, kind = self._body_named(start, low[4:])  # "the ministry said"
            if name is None and low.startswith("the ") and low[4:] in _OUTLET_NOUNS:
                name, kind = self._outlet_named(start, paragraph)  # "the newspaper said"
            if name is None:
                name, kind = self._new_name(start, end, words)
                if name not in self.gender:
                    # A name only the attribution gives: no antecedent for a pronoun, as
                    # its gender is unknown ("Tovin Arkadze said she …" would make "he"
                    # him), unless no one else is there to be one (see _person)
                    if name is not None and (
                        kind == EntityKind.PERSON
                        # a word no list knows, named by itself: a surname more often than
                        # not ("Berg said"), not an acronym's body ("HRI said"), nor a word
                        # of a known person's name, whom the mentions name better ("Kim")
                        or (
                            kind is None
                            and name == words  # the speaker's own word, no phrase around it
                            and name.isalpha()
                            and not name.isupper()
                            and name not in self._name_words()
                        )
                    ):
                        self.unsexed.append((start, name, paragraph))
                    elif (gender := _nameless_gender(low)) is not None:
                        # a person never named, or named only by whom she speaks for:
                        # "a spokeswoman for aid agency Harborcare"
                        bisect.insort(self.nameless, (start, end, gender, paragraph))
                    elif name is None and low.startswith(_ARTICLES) and _head(low) in _NOT_PERSONS:
                        bisect.insort(self.unnamed_groups, (start, paragraph))  # "the report",
                        # "the group": an "it" after means it, not a country named in passing
                    return Mention(start, end, words, name, kind)
            elif (
                kind is not EntityKind.PERSON
                and low.startswith(_INDEFINITES)  # the cheap test first
                and (gender := _nameless_gender(low)) is not None
            ):
                bisect.insort(self.nameless, (start, end, gender, paragraph))  # "a spokeswoman
                # for the UN": the UN's name, but a person of her own for "she"
        if name is not None:
            bisect.insort(self.speakers, (start, name, kind, paragraph))
        return Mention(start, end, words, name, kind)

    def _new_name(self, start: int, end: int, words: str) -> tuple[str | None, EntityKind | None]:
        """The name of a speaker that no mention names: its own words when they are a
        name, or the name a speaker introduced earlier whose last word they are."""
        if " " not in words:  # "Arkadze said": a name given earlier, if any
            if words.isupper() and len(words) > 1:
                labelled = self._labelled(words)
                if labelled is not None:  # "LUND: I will be there": a transcript's label
                    return labelled, EntityKind.PERSON
            given = self.introduced.get(words) or self._first_word(words)
            if given[0] is None and self._own_name(words, start):
                return words, None  # "Ciltano said", "Vantair said": a person or a body
            return given
        found = new_name(self.text, start, end)
        if found is None:
            named = _NAMED_BY_NOUN.search(words)  # "a projection by the firm Oxford Economics"
            return (named[1], None) if named is not None else (None, None)
        name, person = found
        kind = EntityKind.PERSON if person else None
        # the surname: the last word but a suffix ("Robert Casey Jr." is "Casey")
        surname = next((w for w in reversed(name.split()) if w not in NAME_SUFFIXES), name)
        self.introduced.setdefault(surname, (name, kind))
        if kind is EntityKind.PERSON:
            self._introduced_first.setdefault(name.split(None, 1)[0], set()).add(name)
        return name, kind

    def _own_name(self, word: str, pos: int) -> bool:
        """Tell whether one capitalised word that names no one the text knows is a name of
        its own: the text writes it with its capital inside a sentence, outside headlines,
        where no sentence start makes it one ("said Ciltano", "a Vantair flight"); not a
        word that is never a name, nor a plural of people ("Analysts", "Democrats")."""
        if (
            len(word) < 2
            or not word.isalpha()
            or not word[0].isupper()
            or word in NOT_NAMES
            or word.lower() in _GENDERS
            or word.lower() in PLURAL_NOUNS  # "Police"
            or is_demonym(word)
            or is_title_word(word)  # "Senator", "Premier"
        ):
            return False
        known = self._own_names.get(word)
        if known is not None:  # a word asked about before
            return known
        text = self.text
        low, high = max(0, pos - _OWN_NAME_REACH), pos + _OWN_NAME_REACH
        singular = word[:-1]
        if word.endswith("s") and (
            singular.lower() in ROLE_NOUNS
            or singular.lower() in _NOT_PERSONS
            or is_demonym(singular)
            or is_title_word(singular)
            or next(_whole_words(text, singular, low, high), None) is not None
        ):
            own = False  # "Analysts", "Republicans" (a "Republican" in the text)
        else:
            own = any(
                _inside_sentence(text, at, at + len(word))
                for at in _whole_words(text, word, low, high)
            )
        self._own_names[word] = own
        return own

    def _name_words(self) -> frozenset[str]:
        """Every word of every person's name the text mentions."""
        if self._person_words is None:  # read once, when first asked
            self._person_words = frozenset(word for name in self.gender for word in name.split())
        return self._person_words

    def _labelled(self, label: str) -> str | None:
        """The one person whose surname a label in capitals is, as transcripts write
        speakers: "LUND" of "Tomas Lund"; None if none or several are."""
        if self._surnames is None:  # read once, when a label first asks
            self._surnames = {}
            for name in self.gender:
                self._surnames.setdefault(name.rsplit(None, 1)[-1].upper(), set()).add(name)
        names = self._surnames.get(label)
        return next(iter(names)) if names is not None and len(names) == 1 else None

    def _first_word(self, word: str) -> tuple[str | None, EntityKind | None]:
        """The one person whose name starts with ``word``: a family name written first
        ("Wen" of "Wen Haolin", "Lee" of "Lee Ha-eun"), or a first name ("Dana"); else
        the one organisation whose name does, a body's short name ("Harbor" of "Harbor
        Rights International"), unless the word is a place's, a people's, a title or an
        acronym, a body's own name ("HRI", not "HRI Business Council")."""
        if self._first_words is None:  # read once, when a speaker first asks
            self._first_words, self._first_bodies = {}, {}
            for name in self.gender:  # every person, once
                if " " in name:
                    self._first_words.setdefault(name.split(None, 1)[0], set()).add(name)
            for _, _, body, kind in self.mentions:
                if kind is _ORGANIZATION and body is not None and " " in body:
                    self._first_bodies.setdefault(body.split(None, 1)[0], set()).add(body)
        names = self._first_words.get(word) or self._introduced_first.get(word)
        if names is not None:
            if len(names) != 1:
                return None, None  # (a speaker's name too: "according to Lin Wei, …" then
            return next(iter(names)), EntityKind.PERSON  # "Lin")
        bodies = self._first_bodies.get(word)
        if (
            bodies is None
            or len(bodies) != 1
            or is_place(word)
            or is_demonym(word)
            or is_title_word(word)
            or word in NOT_NAMES
            or word.isupper()
        ):
            return None, None
        return next(iter(bodies)), _ORGANIZATION

    def _apposed(self, start: int, bare: bool = False) -> tuple[str, EntityKind] | None:
        """The person a description that starts at ``start`` is in apposition to, its
        closing comma left out: "Sen. Dana Reyes (D-Ore.), a backer of Ruiz’s plan| told
        …" is Dana Reyes, not Ruiz. The name must open its clause; or, before a ``bare``
        role (no article: "…, Ken Ito, secretary general of the union told"), follow
        a comma."""
        text = self.text
        if not text.startswith(", ", start - 2):
            return None
        stop = start - 2
        if text[stop - 1 : stop] == ")":  # a party and state after the name: "(D-Ore.)"
            opening = text.rfind("(", max(0, stop - 12), stop)
            if opening < 0:
                return None
            stop = opening - 1 if text[opening - 1 : opening] == " " else opening
        n = bisect.bisect_left(self.starts, stop) - 1
        while n >= 0 and self.mentions[n][1] > stop:
            n -= 1
        if n < 0:
            return None
        first, last, name, kind = self.mentions[n]
        if last != stop or kind != EntityKind.PERSON or name is None:
            return None
        lead = _TITLES_AT_END.search(text, max(0, first - 40), first)
        opening = lead.start() if lead is not None else first  # before "Sen.", "Mayor"
        if (
            opening > 0
            and not text.endswith(_CLAUSE_OPENINGS, max(0, opening - 2), opening)
            and not (bare and text.endswith(", ", max(0, opening - 2), opening))
        ):
            return None  # "Speaking to Ana Ruiz, the mayor said": an object, not the subject
        return name, kind

    def _apposition(self, end: int) -> tuple[str, EntityKind] | None:
        """The person named in apposition right after a speaker phrase that ends at ``end``:
        "another consumer advocate|, Ana Ruiz of …"."""
        if not self.text.startswith(", ", end):
            return None
        n = bisect.bisect_left(self.starts, end + 2)
        if n < len(self.mentions):
            start, stop, name, kind = self.mentions[n]
            if (
                start == end + 2
                and kind == EntityKind.PERSON
                and name is not None
                and (  # an apposition ends as a phrase does; "according to X, Lund won" not
                    self.text[stop : stop + 1] in _APPOSITION_ENDS
                    or self.text.startswith(_APPOSITION_TAILS, stop)
                )
            ):
                return name, kind
        return None

    def _inside(self, start: int, end: int) -> tuple[str | None, EntityKind | None]:
        """The name and kind of the mention inside a speaker phrase that names it."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        chosen: MentionOffsets | None = None
        for n in range(hi - 1, lo - 1, -1):  # the last person, else the last mention
            mention = self.mentions[n]
            if mention[1] <= end and not self._someone_else(start, end, mention):
                if mention[3] == EntityKind.PERSON:
                    return mention[2], mention[3]
                if chosen is None:
                    chosen = mention
        if (
            chosen is None
            and lo
            and self.mentions[lo - 1][1] == end
            and (
                " " not in self.text[start:end].lstrip(" .")
                or _NAME_GAP.search(self.text, self.mentions[lo - 1][0], start) is not None
            )
        ):
            # the last words of a person's mention begun before the phrase, which stopped
            # at a nickname's mark, a particle or an initial: "Tomas “Bud”| Lund said",
            # "Marc de| Vries", "Nadia A.| Brandt", "Jean-Luc de| La Roche"
            mention = self.mentions[lo - 1]
            if mention[3] == EntityKind.PERSON:
                return mention[2], mention[3]
        return (chosen[2], chosen[3]) if chosen is not None else (None, None)

    def _someone_else(self, start: int, end: int, mention: MentionOffsets) -> bool:
        """Tell whether a mention inside a speaker phrase names someone other than the
        speaker: "Ruiz’s lawyer", "an aide to Ruiz", "people close to the Kremlin",
        "economists polled by Reuters" (but "a spokesman for Ruiz" speaks for her, and
        "Russia’s TASS news agency" is TASS).
        """
        if mention[0] == start and mention[1] == end:
            return False  # the phrase is the name: most speakers ("Putin")
        text = self.text
        after = text[mention[1] : end]
        if mention[3] == EntityKind.PERSON and (
            after.startswith(("’s ", "'s "))
            or (after.startswith(" ") and after.islower() and not _JOINED.search(after))
        ):
            # a person whose aide, lawyer or coach speaks ("Ruiz’s lawyer", "one of Ruiz’s
            # advisers", "a Ruiz supporter", "one Ruiz aide"); but "Ruiz’s statement",
            # "Ruiz’s campaign", "a Ruiz spokesman" speak for her, and "Japan’s foreign
            # minister" for Japan
            head = after.rsplit(None, 1)[-1].lower()
            if head in KINSHIP_NOUNS:
                return True  # "Ruiz’s wife", "Ruiz’s friends"
            role = head if head in ROLE_NOUNS else head[:-1] if head.endswith("s") else ""
            if role in ROLE_NOUNS and role not in _SPEAKING_FOR:
                return True
        before = text[start : mention[0]].split()
        while before and before[-1][0].isupper() and _personal_title(before[-1]):
            before.pop()  # the name's own titles: "an aide to| President Obama"
        if len(before) > 2 and before[-1] in _JOINERS and before[-2][:1].isupper():
            # a second name joined to one before it takes that one's preposition: "polls in
            # Pennsylvania and| Virginia"
            k = len(before) - 2
            while k > 0 and before[k][:1].isupper():
                k -= 1
            before = before[: k + 1]
        if not before:
            return False
        word = before[-1].lower()
        if word == "of" and len(before) > 1 and before[-2].lower() in KINSHIP_NOUNS:
            return True  # "a friend of| Ruiz", "the mother of| Ruiz"
        if word in _OBJECT_PREPOSITIONS:
            # but a role "with" an organisation works for it: "a dealer with| Harbor
            # Securities"
            return not (
                word == "with"
                and mention[3] == _ORGANIZATION
                and len(before) > 1
                and before[-2].lower() in ROLE_NOUNS
            )
        if (
            word.endswith("ing")
            and before[-1].isalpha()
            and before[-1].islower()
            and word not in FUNCTION
            and len(before) > 1
            and before[-2].lower() not in DETERMINERS
        ):
            return True  # a participle's object: "delegates supporting| Ruiz"; not
            # an adjective after a determiner: "a beaming| Lund", "a leading| Burmese group"
        if word == "by":  # "economists polled by Reuters"; but "a report by the institute"
            return len(before) > 1 and before[-2].lower() in _ASKING_PARTICIPLES
        if mention[3] == EntityKind.PERSON and word == "for":
            return not any(w.lower() in _SPEAKING_FOR for w in before)  # "a lawyer for Ruiz"
        if mention[3] == EntityKind.PLACE and word in _PLACE_PREPOSITIONS and len(before) > 1:
            # where the speaker is, or what for: "the US embassy in Bern"; but a state's
            # government is named by its seat ("the government in Riyadh")
            return before[-2].lower() not in _SEATED
        return False

    def _pronoun(self, word: str, pos: int, paragraph: int) -> tuple[str | None, EntityKind | None]:
        gender, number = _GENDERS[word], _NUMBERS[word]
        if word in ("i", "we", "you", "who", "whom", "which"):
            return None, None
        if number == "singular" and word != "it":
            return self._person(pos, paragraph, gender, subject=word in ("he", "she"))
        return self._group(word, pos, paragraph)

    def _person_in_role(
        self, pos: int, description: str, role: str
    ) -> tuple[str | None, EntityKind | None]:
        """The nearest person mentioned before ``pos`` who was given the role of a
        description: "the Ohio governor" is the "Gov. Dana Reyes" of an earlier
        sentence. ``description`` is in lower case."""
        for m in range(bisect.bisect_left(self.starts, pos) - 1, -1, -1):
            start, _, name, kind = self.mentions[m]
            if pos - start > _ROLE_REACH:
                break  # bounded, so that a long text of descriptions stays linear
            given = self.roles.get(name, ()) if kind == EntityKind.PERSON and name else ()
            if any(_fits_role(one, description, role) for one in given):
                return name, kind
        return None, None

    def _last_mentioned(
        self, pos: int, wanted: Callable[[str, EntityKind | None], bool]
    ) -> tuple[str | None, EntityKind | None]:
        """The nearest named mention before ``pos`` (within :data:`_MENTION_REACH`) whose
        name and kind are ``wanted``, as (name, kind); else (None, None)."""
        m = bisect.bisect_left(self.starts, pos) - 1
        while m >= 0 and pos - self.mentions[m][0] <= _MENTION_REACH:
            _, _, name, kind = self.mentions[m]
            if name and wanted(name, kind):
                return name, kind
            m -= 1
        return None, None

    def _body_named(self, pos: int, head: str) -> tuple[str | None, EntityKind | None]:
        """The nearest organisation mentioned before ``pos`` whose name holds the noun of
        a description ("the ministry" after "the Ministry of Agriculture")."""
        return self._last_mentioned(
            pos, lambda name, kind: kind == _ORGANIZATION and head in name.lower().split()
        )

    def _outlet_named(self, pos: int, paragraph: int) -> tuple[str | None, EntityKind | None]:
        """The news outlet "the newspaper" or "the agency" at ``pos`` means: the last
        speaker that is one within the previous paragraphs, else the nearest one
        mentioned before."""
        n = bisect.bisect_left(self.speakers, (pos,)) - 1
        while n >= 0:
            begin, name, kind, where = self.speakers[n]
            if where < paragraph - _SPEAKER_REACH or pos - begin > _SPEAKER_CHARS:
                break
            if kind == _ORGANIZATION and name is not None and is_outlet(name):
                return name, kind
            n -= 1
        return self._last_mentioned(
            pos, lambda name, kind: kind == _ORGANIZATION and is_outlet(name)
        )

    def _person(
        self, pos: int, paragraph: int, gender: str, subject: bool = True
    ) -> tuple[str | None, EntityKind | None]:
        """The person meant at ``pos``: the last speaker of that gender within the previous
        paragraphs, else the nearest person of that gender mentioned before.

        A subject pronoun ("he", "she") after a speaker never named ("a ministry
        spokeswoman said. She added …") means that speaker: no one before it.
        """
        ahead = self._cataphor(pos, gender)
        if ahead is not None:
            return ahead, EntityKind.PERSON
        nameless = self._nameless(pos, paragraph, gender) if subject else -1  # its end
        recent = self._recent_subject(pos, gender) if subject else None
        n = bisect.bisect_left(self.speakers, (pos,)) - 1
        while n >= 0:
            start, name, kind, where = self.speakers[n]
            if (
                where < paragraph - _SPEAKER_REACH
                or start < nameless
                or pos - start > _SPEAKER_CHARS
            ):
                break
            if kind == EntityKind.PERSON and self._fits(name, gender):
                if recent is not None and (recent[0] > start or recent[2] <= start < recent[3]):
                    # the subject of the sentence before, which someone else may have spoken
                    # in only after it: "Ruiz refrained from attacking Lund, who says …"
                    return recent[1], EntityKind.PERSON
                return name, kind
            n -= 1
        if recent is not None:
            return recent[1], EntityKind.PERSON  # rather than a name inside that sentence
        # the last speaker named by their own words ("… said He Jiaming, a meteorologist.
        # …, he said"), whose gender is unknown: a speaker, more salient than a person
        # only mentioned before it, though not than one of known gender who spoke
        n = bisect.bisect_left(self.unsexed, (pos,)) - 1
        unsexed = (
            self.unsexed[n]
            if n >= 0
            and self.unsexed[n][2] >= paragraph - _SPEAKER_REACH
            and self.unsexed[n][0] > nameless  # named after any nameless speaker
            # and no first name of the other gender: "Melanie said" is no "he"
            and FIRST_NAMES.get(self.unsexed[n][1].split(None, 1)[0]) in (None, gender)
            else None
        )
        m = bisect.bisect_left(self.starts, pos) - 1
        while m >= 0 and pos - self.mentions[m][0] <= _MENTION_REACH:
            if self.mentions[m][0] < nameless:
                break  # mentioned before the nameless speaker, whom the pronoun means
            if unsexed is not None and self.mentions[m][0] < unsexed[0]:
                break  # mentioned before the last speaker: "…, said Sun Wen. … he added"
            _, _, mentioned, mentioned_kind = self.mentions[m]
            if mentioned_kind == EntityKind.PERSON and self._fits(mentioned, gender):
                return mentioned, mentioned_kind
            m -= 1
        if unsexed is not None:
            return unsexed[1], EntityKind.PERSON
        return None, None

    def _recent_subject(self, pos: int, gender: str) -> tuple[int, str, int, int] | None:
        """The person of that gender who is the subject of the sentence before a pronoun
        that opens its own sentence at ``pos`` (or follows a quotation that does, or is
        inside a sentence that the same pronoun opens), as
        (name's start, name, that sentence's start, the pronoun's sentence's start):
        "On Monday, campaign manager Tomas Brandt released a memo. He writes …" means
        Brandt, whoever spoke before.

        The person's name opens that sentence (see :meth:`_opening_subject`). A
        quotation in the pronoun's sentence that names the person rules them out.
        """
        text = self.text
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        if k < 1:
            return None
        own, before = self.sentence_starts[k], self.sentence_starts[k - 1]
        if not _OPENING.fullmatch(text, own, pos):
            opening = _OPENING_PRONOUN.match(text, own, pos)
            if opening is None or _GENDERS.get(opening.group(1).lower()) != gender:
                return self._own_subject(own, pos, gender)  # "Brandt lashed out at what
                # he called …": the subject of the pronoun's own sentence, if it has one
            pos = opening.start(1)  # "He called his speeches “chats,” he told friends":
            # the subject that opens the sentence, the same person
        if (
            text.count("”", own, pos) > text.count("“", own, pos)
            or text.count("“", before, own) != text.count("”", before, own)
            or text.count('"', before, own) % 2
            or text.count('"', own, pos) % 2
        ):
            return None  # a sentence inside a quotation: "“… Ohio. Ruiz represents …,”
        after = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(text)
        found = self._opening_subject(before, own, gender)
        if found is None or _named_in(text, found[1], own, after):
            return None  # (not when the pronoun's sentence names them: "Okafor is not only
            # right, Ruiz argues. “Okafor is our best debater,” he says")
        return found[0], found[1], before, own

    def _own_subject(self, own: int, pos: int, gender: str) -> tuple[int, str, int, int] | None:
        """The person of that gender whose name opens the sentence at ``own`` that holds a
        pronoun at ``pos`` after the name's verb, as :meth:`_recent_subject` gives it:
        "Speaking to the Herald, strategist Tomas Brandt lashed out at what he called …".

        Neither the name nor the pronoun is inside a quotation, no comma comes right
        before the pronoun (in "Okafor will win, he said" the name is the reported
        clause's subject, not the speaker), and no other person who may be meant is the
        subject of a clause between them.
        """
        text = self.text
        if (
            pos - own > _OWN_SUBJECT_REACH
            or text[max(own, pos - 3) : pos].rstrip(" \xa0").endswith(",")
            or text.count("“", own, pos) != text.count("”", own, pos)
            or text.count('"', own, pos) % 2
            or text.count("''", own, pos) != text.count("``", own, pos)
        ):
            return None
        found = self._opening_subject(own, pos, gender)
        if found is None:
            return None
        m = bisect.bisect_left(self.starts, pos) - 1
        while m >= 0 and self.mentions[m][0] > found[0]:
            _, end, name, kind = self.mentions[m]
            if (
                kind == EntityKind.PERSON
                and name != found[1]
                and self._fits(name, gender)
                and _VERB_AFTER.match(text, end) is not None
            ):
                return None  # "Ruiz said that whereas Berg admitted that he knew …": the
                # subject of a clause nearer the pronoun
            m -= 1
        return found[0], found[1], own, pos

    def _opening_subject(self, lo: int, hi: int, gender: str) -> tuple[int, str] | None:
        """The person of that gender whose name opens the sentence at ``lo``, mentioned
        before ``hi``, as (name's start, name): after an opening phrase and its comma
        and the words of a role, with a verb after the name (or its apposition), the
        name outside any quotation."""
        text = self.text
        m = bisect.bisect_left(self.starts, hi) - 1
        while m >= 0 and self.mentions[m][0] >= lo:
            start, end, name, kind = self.mentions[m]
            m -= 1
            if kind != EntityKind.PERSON or not name or not self._fits(name, gender):
                continue
            lead = text[lo:start]
            opener, _, role = lead.rpartition(",")
            if (
                _VERB_AFTER.match(text, end) is not None
                and not any(mark in role for mark in _QUOTE_MARKS)
                and opener.count("“") == opener.count("”")  # a title's, not a quotation's
                and all(_role_word(word) for word in role.split())
                and (not opener or _opener(opener))
            ):
                return start, name
        return None

    def _nameless(self, pos: int, paragraph: int, gender: str) -> int:
        """Where the last nameless speaker before ``pos`` that a pronoun of this gender
        may mean ends, within the previous paragraphs; -1 if there is none."""
        n = bisect.bisect_left(self.nameless, (pos,)) - 1
        while n >= 0:
            start, end, described, where = self.nameless[n]
            if where < paragraph - _SPEAKER_REACH or pos - start > _SPEAKER_CHARS:
                break
            if gender == "any" or described in ("any", gender):
                return end
            n -= 1
        return -1

    def _cataphor(self, pos: int, gender: str) -> str | None:
        """The person a pronoun at ``pos`` points ahead to: the subject of the main clause
        after the opening clause that holds it ("Even as he criticized the deal, Tomas Berg
        said …", "When she spoke, Dana Reyes …")."""
        text = self.text
        lo = max(0, pos - _CLAUSE_REACH)
        head = text[lo:pos]
        cut = max(head.rfind("\n"), head.rfind(". "), head.rfind("? "), head.rfind("! "))
        if cut < 0 and lo > 0:
            return None  # no sentence start near: no opening clause
        words = head[cut + 1 :].split()
        if not words or any(w[-1] in ",;:" for w in words):
            return None  # the pronoun is past the opening clause, if any
        first = words[0].lstrip("“\"‘'").lower()
        if first in ("even", "just") and len(words) > 1:
            first = words[1].lower()  # "Even as", "Just before"
        if first not in _SUBORDINATORS:
            return None
        opening = lo + cut + 1
        for m in range(
            bisect.bisect_left(self.starts, opening), bisect.bisect_left(self.starts, pos)
        ):
            if self.mentions[m][3] == EntityKind.PERSON:
                return None  # "Just after Tom Reyes left his post, Ana Ruiz …": his is Tom
        comma = text.find(", ", pos, pos + _CLAUSE_REACH)
        if comma < 0 or text.find(". ", pos, comma) >= 0 or text.find("\n", pos, comma) >= 0:
            return None
        m = bisect.bisect_left(self.starts, comma + 2)
        if m == len(self.mentions) or self.mentions[m][0] - comma > _TITLE_REACH:
            return None
        start, _, name, kind = self.mentions[m]
        if not all(word[:1].isupper() for word in text[comma + 2 : start].split()):
            return None  # only titles before the name: "When she left, Sen. Dana Reyes"
        if kind != EntityKind.PERSON or not self._fits(name, gender):
            return None
        return name

    def _described(self, pos: int, paragraph: int) -> str | None:
        """The person a "who" at ``pos`` means when the noun phrase right before it is
        a role in apposition to them: "Ana Ruiz, the director of the trust, who said",
        "Ruiz, now the chair, who said"; else None."""
        text = self.text
        role = antecedent(text, max(0, pos - 200), pos, owner=True)
        if role is None:
            return None
        lead = _APPOSITION_LEAD.search(text, max(0, role[0] - 16), role[0])
        if lead is None:
            return None
        named = antecedent(text, max(0, lead.start() - 200), lead.start() + 1)
        if named is None:
            return None
        person = self.resolve(*named, paragraph).name
        return person if person in self.gender else None

    def _group(self, word: str, pos: int, paragraph: int) -> tuple[str | None, EntityKind | None]:
        """The group meant by "it" or "they": the last speaker that is not one person
        within the previous paragraphs, else (for "it") the nearest organisation or
        country."""
        u = bisect.bisect_left(self.unnamed_groups, (pos,)) - 1
        unnamed = self.unnamed_groups[u] if u >= 0 else None
        if unnamed is not None and unnamed[1] < paragraph - _SPEAKER_REACH:
            unnamed = None
        plural: tuple[int, int] | None = None
        if word == "they":
            g = bisect.bisect_left(self.plural_groups, (pos,)) - 1
            if g >= 0 and self.plural_groups[g][1] >= paragraph - _SPEAKER_REACH:
                # several people spoke: "they" is them, whom no name stands for
                # ("Several Democrats cautioned …. They also said …"), unless a group
                # with a name spoke since
                plural = self.plural_groups[g]
                if unnamed is None or unnamed[0] < plural[0]:
                    unnamed = plural
        n = bisect.bisect_left(self.speakers, (pos,)) - 1
        while n >= 0:
            begin, name, kind, where = self.speakers[n]
            if (
                where < paragraph - _SPEAKER_REACH
                or (unnamed is not None and begin < unnamed[0])
                or (unnamed is plural and plural is not None and begin == plural[0])
                or pos - begin > _SPEAKER_CHARS
            ):
                break  # (the people of a plural group are not the place named among them)
            if kind != EntityKind.PERSON:
                return name, kind
            n -= 1
        if unnamed is not None and (word == "it" or unnamed is plural):
            return None, None  # "…, the report said. It cited …": the report, never named
        if word == "they":
            return None, None  # most often people never named ("the rebels", "farm groups"),
            # seldom the organisation mentioned last
        # an organisation, or a country: a region, a state or a city mentioned in passing
        # is no "it" ("a raid near a village outside Salem, it said": the police)
        return self._last_mentioned(
            pos, lambda name, kind: kind == _ORGANIZATION or (kind == _PLACE and name in COUNTRIES)
        )

    def _fits(self, name: str | None, gender: str) -> bool:
        """Tell whether a person (with a name) can be meant by a pronoun of this gender."""
        if name is None:
            return False
        known = self.gender.get(name)
        return gender == "any" or known is None or known == gender
