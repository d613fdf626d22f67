"""The speaker of a cue: its subject, or the subject of the clause it joins.

"Putin said" has its subject before the cue. A verb that shares its clause's
subject ("and said", ", adding"), an infinitive ("went on to say"), a
participle after a document someone issued ("released a statement saying")
or after a noun ("footage of Trump saying") takes the speaker from around
it: see :func:`speaker_of`.
"""

from __future__ import annotations

import re

import regex

from newscorpus._data import read_lines
from newscorpus.lexicon import EVENT_NOUNS, ROLE_NOUNS
from newscorpus.quotes.context import Context
from newscorpus.quotes.cues import Cue, CueKind
from newscorpus.quotes.headlines import headline
from newscorpus.quotes.phrases import noun_before, subject_before
from newscorpus.quotes.speakers import speaker_after, subject_at
from newscorpus.quotes.vocabulary import (
    BLANKS,
    DETERMINERS,
    FINITE,
    FUNCTION,
    FUNCTION_CLASSES,
    NEVER_NOUN_VERBS,
    POINT_ADJECTIVES,
    POINT_NOUNS,
    POINT_POINTERS,
    PRONOUNS,
    SEQUENCE_ADVERBS,
    SOURCE_NOUNS,
    SUBJECT_PRONOUNS,
    TELL,
    WEEKDAYS,
    WORD_BEFORE,
    verb_like,
)

__all__ = ["AS_OPENING", "REACH", "quoted_by", "speaker_of"]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_PARTICIPLE, _VERB = CueKind.PARTICIPLE, CueKind.VERB

#: Characters after a cue read by the patterns anchored there: a pattern that needs a
#: word ("by", "that") scans to its end position for it, so it is given a near one.
REACH = 40

_COORDINATION = regex.compile(
    r"""
    \b (?: and | but | then | or | yet | nor ) [\x20\t\xa0]++
    (?: (?: \L<adverbs> | \p{Ll}++(?<=ly)
          | have | has | had | will | would | could | can | may | might | should
          | on [\x20\t\xa0]++ \L<weekdays> | morning | afternoon | evening | night
          | (?: last | this ) [\x20\t\xa0]++ (?: week | month | year ) | today | yesterday )
        [\x20\t\xa0]++ ){0,3}+               # "but also", "and later", "but on Tuesday"
    \Z
    """,
    regex.VERBOSE,
    adverbs=SEQUENCE_ADVERBS,
    weekdays=WEEKDAYS,
)
"""The end of the text before a verb that shares its clause's subject: "and said"."""

_CONJUNCTIONS = ("and", "but", "then", "or", "yet", "nor")  # the words _COORDINATION opens with


_PARTICIPLE_LEAD = regex.compile(
    r"""
    (?: , | [\x20\xa0] (?: – | — | -- ) (?=[\x20\xa0])         # ", adding", " – adding"
      | \b (?i: and | while | before | after | by | when | then | for | in | since ) )
    [\x20\t\xa0]*+
    (?: at [\x20\xa0]++ \L<pointers> [\x20\xa0]++ (?: \L<adjectives> [\x20\xa0]++ )?
        \L<nouns> ,?+ [\x20\t\xa0]++ )?+                   # ", at one point calling"
    (?: (?: also | then | later | still | even | again | never | not | \p{Ll}++(?<=ly) )
        [\x20\t\xa0]++ ){0,2}+                               # ", even suggesting"
    \Z
    """,
    regex.VERBOSE,
    pointers=POINT_POINTERS,
    adjectives=POINT_ADJECTIVES,
    nouns=POINT_NOUNS,
)
"""What comes before a participle that reports for its sentence's subject: ", adding"."""

_PROGRESSIVE = regex.compile(
    r"""
    (?: \b (?:is|are|was|were|be|been|am) (?:n['’]t)?       # "is", "isn’t"
      | \p{L} ['’] (?:s|re|m) )                             # "he’s", "they're"
    [\x20\t\xa0]++
    (?: (?: not | never | also | still | now | again | once | just | already | always
          | even | yet | \p{Ll}++(?<=ly) ) [\x20\t\xa0]++ ){0,3}+   # "is once again"
    \Z
    """,
    regex.VERBOSE,
)
"""An auxiliary before an -ing cue, which makes it a verb: "is telling", "isn’t now saying"."""

# How the word before the spaces that end _PROGRESSIVE ends: an auxiliary, a contraction
# or an adverb of its list (the adverbs in -ly end in "ly").
_PROGRESSIVE_ENDINGS = (
    *("is", "are", "was", "were", "be", "been", "am", "n't", "n’t", "'s", "’s", "'re", "’re"),
    *("'m", "’m", "not", "never", "also", "still", "now", "again", "once", "just", "already"),
    *("always", "even", "yet", "ly"),
)


def _progressive(text: str, lo: int, pos: int) -> bool:
    """Tell whether :data:`_PROGRESSIVE` ends ``text[lo:pos]``.

    Most words before a participle end in none of its words: told by a string test
    before the pattern.
    """
    last = text[lo:pos].split()
    if not last or not last[-1].endswith(_PROGRESSIVE_ENDINGS):
        return False
    return _PROGRESSIVE.search(text, lo, pos) is not None


_INFINITIVE = regex.compile(
    r"""
    (?: \b \p{Ll}++ [\x20\t\xa0]++ ){0,3}?                        # "had", "went on"
    (?: so [\x20\t\xa0]++ far [\x20\t\xa0]++ as [\x20\t\xa0]++ )?   # "went so far as"
    to [\x20\t\xa0]++ \Z
    """,
    regex.VERBOSE,
)
"""The verbs and "to" before an infinitive cue: "had to| answer", "went on to| say"."""

_LONG_RELATIVE = regex.compile(
    r"""
    (?: [\x20\xa0] (?:of|for|at|from|with) [\x20\xa0] [^,;:!?“”"\n]{1,50}? )?   # "of the union"
    ,[\x20\xa0]++
    (?: (?:a|an|the) [\x20\xa0] [^,;:!?“”"\n]{1,60}? [\x20\xa0] )?   # "a registered voter"
    (?:who|which) \b [^;:!?“”"\n]{1,400}? ,[\x20\xa0]++
    """,
    regex.VERBOSE,
)
"""A relative clause in apposition between a subject and its cue: ", who as a captain was …, ",
", a registered voter who asked not to be named, ", after the subject's tail ("of the union")."""
# How far a sentence's opening subject may lie before a cue with _LONG_RELATIVE between
# them: the pattern's reach (about 530 characters) and a long subject's.
_RELATIVE_REACH = 800

_NOUNS_AFTER = regex.compile(
    r"""
    (?: [\x20\xa0]
        (?! \L<function> [\x20\xa0] )                 # not "of", "the", "who"
        \p{Ll}++ (?<! ing | ed | ly )                   # not a participle or an adverb
        (?= [\x20\xa0] ) ){1,3}+
    """,
    regex.VERBOSE,
    function=sorted(FUNCTION),
)
"""Words in lower case right after a capitalised word, none a function word, a participle
or an adverb: "Large| majorities", "Republican| primary voters"."""

_POSTMODIFIER = regex.compile(
    r"""
    [\x20\xa0]++
    (?: (?: who | whose ) \b [^,;:.!?“”"()\n]{1,100}?   # a relative clause: "who have heard"
      | (?: of | in | from | with | at | for | on | across | around | \p{Ll}{3,}+(?<=ing) ) \b
        (?: [\x20\xa0]++ (?! (?: is | are | was | were | has | have | had | will | would | can
                             | could | may | might | must | should | did | does | do ) \b )
            [\p{L}\p{N}'’\-]++ ){1,14}+                  # "boarding at night", with
    )                                                  # no finite verb of its own
    (?<! \b (?: is | are | was | were | be | been | being ) )   # not a passive: "been| stated"
    [\x20\xa0]++
    """,
    regex.VERBOSE,
)
"""What may come between a subject that opens its sentence and its verb, with no comma: a
relative clause, a participle or a prepositional phrase ("Supporters| who have heard from
the campaign |say")."""

AS_OPENING = regex.compile(
    r"[\x20\t\xa0“‘\"'(]*+(?:(?:And|But|Yet|So|Just|and|but|yet|so|just)[\x20\t\xa0]++)?"
    r"(?:As|as)[\x20\t\xa0]++"
)
"""An "as" that opens a sentence before its speaker: "As the mayor said, …", "But as she
noted", "As Ana Ruiz … put it"."""

_BARE_WORD = regex.compile(r"(?!(?:he|she|it|they|we|you|i|who|which|that)\b)\p{Ll}++")
"""One lower-case word that is no pronoun: a verb before an adjunct, not a subject."""

_FRONTED_PARTICIPLE = regex.compile(r"\p{Lu}\p{Ll}++(?<=ing)")
"""A capitalised participle read as a subject: "Continuing| to explain …, Ana Ruiz said"."""

_PARTICIPLE_OBJECT = regex.compile(
    r"[\x20\xa0]*+(?:(?:a|an|the|his|her|their|its|our|my)[\x20\xa0][^,;:.!?\n]*+)?"
)
"""What stands between a fronted participle and "to": nothing, or its object ("a phrase ")."""

_CHAIN_VERB = regex.compile(
    r"\b(?:went|goes|go|had|has|have|decided|decides|wanted|wants|tried|tries|was|is|were|are)\b"
)
"""A verb that opens a chain before an infinitive cue: "went on to", "had to", "decided to"."""

_WENT_ON = regex.compile(
    r"\b(?:and|but)[\x20\xa0]++(?:then[\x20\xa0]++)?+(?:went|goes|go)[\x20\xa0]++on[\x20\xa0]++to"
    r"[\x20\xa0]++\Z"
)
"""A coordinated "go on" before an infinitive cue: "…, but| went on to| say"."""

_GOING_ON = regex.compile(r"going[\x20\xa0]++on[\x20\xa0]++to\b")
"""A participle chain before an infinitive cue: "…, going on to| say"."""

_VERB_BEFORE = regex.compile(r"\b\p{Ll}++[\x20\t\xa0]++\Z")
"""A lower-case word right before a participle: "resist| pointing out"."""

# What a sender does with a document, its determiner, and the document: shared by the
# two patterns below ("released a statement| saying", "released a letter … that").
_SENDING = r"""released | issued | sent | posted | published | put [\x20\xa0]++ out
    | sent [\x20\xa0]++ out | tweeted | circulated | distributed | filed"""
_OWNER = r"(?: a | an | the | its | his | her | their | our ) [\x20\xa0]++"
_DOCUMENTS = r"""statement | letter | release | memo | report | video | ad | advertisement
    | message | note | e-?mail | tweet | post | op-ed | editorial | filing | response"""

_ISSUED = regex.compile(
    rf"""
    \b (?: {_SENDING} ) [\x20\xa0]++ {_OWNER}
    (?: [\p{{L}}\-]++ [\x20\xa0]++ ){{0,2}}                       # "a brief written"
    (?: {_DOCUMENTS} )
    ,?+ [\x20\t\xa0]++ \Z
    """,
    regex.VERBOSE,
)
"""A document its sender issued, right before a participle: "released a statement| saying"."""

# The document words of _ISSUED, one of which ends the text it matches, before a comma and
# spaces: a string test for them spares the pattern for most participles.
_DOCUMENT_ENDINGS = (
    *(word.replace("-?", "") for word in _DOCUMENTS.replace("|", " ").split()),  # "email"
    "e-mail",
)


def _issued(text: str, lo: int, pos: int) -> regex.Match[str] | None:
    """:data:`_ISSUED` in ``text[lo:pos]``, which ends with a word of a document."""
    last = text[lo:pos].split()
    if not last or not last[-1].rstrip(",").endswith(_DOCUMENT_ENDINGS):
        return None
    return _ISSUED.search(text, lo, pos)


_DOCUMENT_BEFORE = regex.compile(
    r"""
    (?P<document>
        \b (?: a | an | the | its | his | her | their | this | these | those | another )
        [\x20\xa0]++
        (?: (?! \L<stops> \b ) [\p{L}\p{N}\-'’/.]++ [\x20\xa0]++ ){0,3}?   # "a Japanese
        (?: \L<documents> )                                         # government report"
        (?: [\x20\xa0]++ (?: from | by | on | in | issued | released | published | posted )
            (?: [\x20\xa0]++ (?! \L<stops> \b ) [\p{L}\p{N}\-'’.]++ ){1,6}? )?   # "from the
                                                                               # ministry"
    )
    [\x20\xa0]++ \Z
    """,
    regex.VERBOSE,
    documents=sorted(SOURCE_NOUNS),
    stops=sorted((DETERMINERS - {"the"}) | FUNCTION | FINITE | SUBJECT_PRONOUNS),
)
"""A document right before a reporting participle, with no comma between them: "|a report
from the ministry| saying …", "|a letter from the mayor| urging …"; no verb nor determiner
inside ("his wife read |a message| saying")."""


def _document_before(text: str, lo: int, cue: Cue) -> tuple[int, int] | None:
    """The document right before a participle (:data:`_DOCUMENT_BEFORE`), if its words read
    as one noun phrase: no word in -ed or -ly but right before the noun ("the court noted|
    published reports", "this investigation by publicly| denying")."""
    lo = max(lo, cue.start - 100)
    if SOURCE_NOUNS.isdisjoint(text[lo : cue.start].split()):
        return None  # the cheap test first: no document's noun in the words before
    found = _DOCUMENT_BEFORE.search(text, lo, cue.start)
    if found is None:
        return None
    words = found["document"].split()
    head = next(
        (k for k in range(len(words) - 1, -1, -1) if words[k].lower() in SOURCE_NOUNS), None
    )
    if head is None or any(
        word.endswith(("ed", "ly")) for word in words[1 : head - 1] + words[head + 1 :]
    ):
        return None
    return found.span("document")


_ISSUED_RELATIVE = regex.compile(
    rf"""
    \b (?: {_SENDING} | ran | aired | launched | unveiled ) [\x20\xa0]++ {_OWNER}
    (?: [\p{{L}}\-]++ [\x20\xa0]++ ){{0,3}}
    (?: {_DOCUMENTS} | ads | piece | column | paper | documentary | campaign )
    (?: [\x20\xa0]++ [\p{{L}}\-]++ ){{0,6}}                   # "from his doctor Friday"
    [\x20\xa0]++ (?: that | which ) \Z
    """,
    regex.VERBOSE,
)
"""A document its sender issued or ran and the relative pronoun after it: "released a letter
that", "ran a column that"."""

_PERSONAL = regex.compile(r"(?i:he|she|they|we|i|it)|\p{Lu}.*+")
"""A subject that can carry a verb chain: a pronoun or a name."""

_CLAUSE_START = regex.compile(
    r"""
    (?: , [\x20\t\xa0]++ (?: and | but ) | ; ) [\x20\t\xa0]++   # ", and she …", "; he …"
    (?= (?: he | she | they | we | I ) \b )                    # a clause with a pronoun subject
    """,
    regex.VERBOSE,
)
"""The start of a later clause of a sentence, whose subject a participle may take."""

_WITH_SHARE = regex.compile(
    r"""
    \bwith [\x20\xa0]++
    (?P<who>
        (?: (?: about | nearly | almost | some | roughly | only | just | over
              | (?: more | fewer | less ) [\x20\xa0]++ than ) [\x20\xa0]++ )?+
        (?: \d[\d.,]*+ (?: [\x20\xa0]*+ (?: percent | % ) )?+
          | (?: one | two | three | four | five | six | seven | eight | nine ) [\x20\xa0]++ in
            [\x20\xa0]++ (?: \d++ | ten | five | four | three )
          | half | most | many | a [\x20\xa0]++ (?: majority | third | quarter | plurality ) )
        (?: [\x20\xa0]++ of [\x20\xa0]++ [^,;:.!?“”"]{1,50}? )?
    )
    [\x20\xa0]++ \Z
    """,
    regex.VERBOSE,
)
"""A share of people before a participle: "with 22 percent| saying", "with three in 10 of them|"."""

_WITHOUT = regex.compile(r"\bwithout[\x20\t\xa0]++\Z")
""""It goes without saying that …": a participle that reports nothing."""

_THAT_AFTER = regex.compile(r"[\x20\t\xa0]++that\b")
"""A "that" clause right after a participle: "tweets saying that …"."""

_RELATIVE = regex.compile(r"(?:who|whom|which|that)\b")
"""A relative pronoun as a speaker: the attribution is inside a relative clause."""

_RECENT = 8  # drafts looked back at for the subject a participle shares


# Verbs whose listener must follow them in the active voice ("told him to leave"): their
# past form right before an infinitive is a participle of the passive ("runners warned to
# stay home"). Not "ask" and "promise", which take an infinitive of their own ("asked to
# speak", "promised to act"), nor "urge", which wire copy uses so too ("He urged to
# continue the survey").
_LISTENER_FIRST = TELL - {"ask", "promise", "urge"}

# The lemmas _reduced_passive may read, asked before it is called.
_PASSIVE_LEMMAS = _LISTENER_FIRST | {"urge"}

_TO_VERB = regex.compile(r"[\x20\xa0]++to[\x20\xa0]++(\p{Ll}++)")
"""An infinitive's "to" and the word after it: "told| to lock"."""
_TO_REACH = 60  # characters that hold the spaces, "to" and a word after it


def _reduced_passive(ctx: Context, cue: Cue, lo: int) -> bool:
    """Tell whether a cue is a passive participle, whose subject is its listener.

    "the sick or elderly told to stay indoors", "Runners warned to beware"
    (a headline): "told" and "warned" have lost the "were" of their passive.
    After a pronoun they are active, if clumsy ("he told to the board"). A
    headline drops its "were" after "urged" too ("Africa urged to improve …").
    """
    if cue.kind != _VERB or cue.base or cue.third:
        return False
    if cue.lemma not in _LISTENER_FIRST and not (
        cue.lemma == "urge" and (span := headline(ctx)) is not None and cue.start < span[1]
    ):
        return False
    text = ctx.text
    # bounded: a pattern with a required "to" looks for it up to its end first
    to = _TO_VERB.match(text, cue.end, cue.end + _TO_REACH)
    if to is None or to[1] in DETERMINERS or to[1] in PRONOUNS:  # "told to the committee"
        return False
    if text[cue.start : cue.end].endswith("ing"):
        return False
    before = WORD_BEFORE.match(text, max(lo, cue.start - 24), cue.start)
    return before is None or before[1].lower() not in SUBJECT_PRONOUNS


def _before_relative(text: str, lo: int, found: int, pos: int) -> tuple[int, int] | None:
    """The subject that opens a sentence before a relative clause in apposition, when the
    subject found for the cue at ``pos`` (starting at ``found``) lies inside that clause:
    "Ana Ruiz, who grew up in Salem, Oregon, in the 1990s, said" is Ana Ruiz's."""
    if text.startswith(("who", "which"), found):
        return None  # the relative pronoun itself: "said Ana Ruiz, who, however, said"
    who = max(text.rfind(", who ", lo, found), text.rfind(", which ", lo, found))
    if who < 0:
        return None
    opening = subject_at(text, lo, pos)
    if opening is None or opening[1] > who or not _LONG_RELATIVE.fullmatch(text, opening[1], pos):
        return None
    return opening


_OPENING_NAME = regex.compile(
    r"""
    [“"‘']?+
    (?: [\p{L}\p{N}.'’\-]++ [\x20\xa0] ){0,6}?            # titles: "Former defence minister"
    \p{Lu} [\p{L}.'’\-]*+ (?: [\x20\xa0] \p{Lu} [\p{L}.'’\-]*+ ){1,3}   # "Tomas Berg"
    """,
    regex.VERBOSE,
)
"""A name that opens its clause, with the titles before it."""

_ROLE_ENDS = frozenset(("of", "at", "for", "in", "with", "to"))  # the words after a role's head
_OPENING_REACH = 100  # characters of a name and its titles before the comma


def _name_before_role(
    text: str, unit_start: int, speaker: tuple[int, int]
) -> tuple[int, int] | None:
    """The name that opens a clause before a comma and the role found as a cue's subject,
    when the apposition's closing comma is missing: "Lin Wei, director of the ministry's
    planning department said" is Lin Wei's; "…, officials said" is the officials'."""
    start, end = speaker
    if not text.endswith(", ", 0, start) or start - unit_start > _OPENING_REACH:
        return None
    role = text[start:end].split()
    head = next((k - 1 for k, word in enumerate(role) if k and word in _ROLE_ENDS), len(role) - 1)
    if role[head] not in ROLE_NOUNS or any(word in FUNCTION for word in role[:head]):
        return None  # a role noun heads the phrase: "director of …", "the chief executive"
    opening = _OPENING_NAME.fullmatch(text, unit_start, start - 2)
    if opening is None:
        return None
    words = opening[0].split()
    if any(word.lower() in FUNCTION for word in words):
        return None  # "In Salem, official …": a place, no name
    return unit_start + len(opening[0]) - len(opening[0].lstrip("“\"‘'")), start - 2


def speaker_of(ctx: Context, cue: Cue, unit: int, quoting: bool = False) -> tuple[int, int] | None:
    """The speaker of a cue: its subject, or the subject of the clause it joins.

    ", adding that …" and "and said …" take the speaker of the attribution
    before them in the sentence (not one inside a relative clause: "an
    architect who said …"), else the subject that opens the sentence. A
    participle that introduces a quotation always does ("a statement calling
    it “a violation”"); otherwise only after a comma or a conjunction, or
    before "that".
    """
    text = ctx.text
    unit_start = ctx.units[unit][0]
    led: bool | None = None  # whether _PARTICIPLE_LEAD comes before a participle, once read
    if cue.kind != _PARTICIPLE or _progressive(text, max(unit_start, cue.start - 24), cue.start):
        if cue.lemma in _PASSIVE_LEMMAS and _reduced_passive(ctx, cue, unit_start):
            return None
        speaker = ctx.subject(cue, unit)
        if (
            speaker is not None
            and text.endswith("to ", 0, cue.start)  # the cheap test first: an infinitive
            and (governing := _verb_of_object(text, unit_start, speaker, cue.start)) is not None
        ):  # "Ruiz took the stage Tuesday night to acknowledge …": the verb's subject's
            return subject_before(text, unit_start, governing)
        if speaker is not None:
            if (
                text.endswith(", ", 0, cue.start)
                and cue.start - unit_start <= _RELATIVE_REACH  # linear in a sentence without end
                and text.find(", wh", unit_start, speaker[0]) >= 0  # the cheap test first
                and (opening := _before_relative(text, unit_start, speaker[0], cue.start))
            ):
                return opening  # "Ana Ruiz, who grew up in Salem, Oregon, said": not "Oregon"
            if (
                text[speaker[0]].islower()
                and text.endswith(", ", 0, speaker[0])  # the cheap test first
                and (named := _name_before_role(text, unit_start, speaker))
            ):
                return named  # "Lin Wei, director of the ministry's department, said …"
            if text[speaker[0] : speaker[1]] in ("that", "which") and (
                issued := _ISSUED_RELATIVE.search(
                    text, max(unit_start, speaker[0] - 120), speaker[1]
                )
            ):  # "The board issued a memo from its engineers that says …": who sent it
                return subject_before(text, unit_start, issued.start()) or speaker
            if _fronted_participle(text, speaker) and (
                to := _infinitive(text, max(unit_start, cue.start - 40), cue.start)
            ):
                return _after_fronted(ctx, cue, unit, speaker, to) or speaker
            return speaker
        if cue.lemma == "put it" and (as_lead := AS_OPENING.match(text, unit_start, cue.start)):
            # "As Ana Ruiz, the author of “Rules,” put it, …": the name after "As"
            return speaker_after(text, as_lead.end(), cue.start)
        if text.endswith(", ", 0, cue.start):
            opening = subject_at(text, unit_start, cue.start)
            if opening is not None and _LONG_RELATIVE.fullmatch(text, opening[1], cue.start):
                return opening  # "Dr. Ana Ruiz, who as an army surgeon ran …, said": too far
                # back for the subject's window
        to = _infinitive(text, max(unit_start, cue.start - 40), cue.start)
        if to is not None and _WENT_ON.search(text, max(unit_start, to.start() - 32), to.end()):
            pass  # "Trump joked about it but| went on to say": the first clause's subject,
            # found below as for a coordinated verb
        elif to is not None:  # "I had to answer", "Pence went on to say": the verb's subject
            controlled = _object_control(
                text, max(unit_start, cue.start - _CONTROL_REACH), cue.start
            )
            if controlled is not None:  # "led some to speculate": theirs; but "urged the
                # senator to apologize" asks for words not yet said
                return None if controlled[1] else controlled[0]
            if _expletive(text, unit_start, to.start(), cue.start):
                return None  # "it is hard to blame …", "It is important to note …": no one
            subject = subject_before(text, unit_start, to.start())
            if (
                subject is not None
                and (governing := _verb_of_object(text, unit_start, subject, cue.start)) is not None
            ):  # "Ruiz took the stage Tuesday night to acknowledge …": the verb's subject's
                subject = subject_before(text, unit_start, governing)
            if subject is not None and _fronted_request(text, unit_start, subject):
                return None  # "Asked to describe his wife, Lee said": a request, no words yet
            if subject is not None and _BARE_WORD.fullmatch(text, subject[0], subject[1]):
                # maybe a verb read as a noun: "Lena Voss will come| on the show to talk"
                subject = subject_before(text, unit_start, subject[0]) or subject
            if subject is not None and _fronted_participle(text, subject):
                subject = _after_fronted(ctx, cue, unit, subject, to) or subject
            if subject is None:  # the match may start with the subject's noun: "The
                verb = _CHAIN_VERB.search(text, to.start() + 1, to.end())  # email went on to"
                if verb is not None:
                    subject = subject_before(text, unit_start, verb.start())
            if subject is not None or not _GOING_ON.match(text, to.start(), to.end()):
                return subject
            # ", going on to say": the participle's, found as for a participle below
        elif not _coordinated(text, max(unit_start, cue.start - 32), cue.start):
            if cue.kind == _VERB and cue.lemma in NEVER_NOUN_VERBS:
                opening = subject_at(text, unit_start, cue.start)
                if opening is not None and _POSTMODIFIER.fullmatch(text, opening[1], cue.start):
                    return opening  # "Fans who have written to the club say …"
                if (
                    opening is not None
                    and (nouns := _NOUNS_AFTER.match(text, opening[1]))
                    and _POSTMODIFIER.fullmatch(text, nouns.end(), cue.start)
                ):  # a capitalised first word read as a name opens a noun phrase: "Large
                    # majorities of voters going to the polls said", "Republican activists
                    # clamoring to block him say"
                    return opening[0], nouns.end()
            return None
    elif _WITHOUT.search(text, max(unit_start, cue.start - 9), cue.start):
        return None
    elif (quoted := quoted_by(text, unit_start, cue.start)) is not None:
        return quoted  # "Sudarmo was quoted by the website as saying …"
    elif text.find("with", max(unit_start, cue.start - 70), cue.start) >= 0 and (
        share := _WITH_SHARE.search(text, max(unit_start, cue.start - 70), cue.start)
    ):  # "…, with 22 percent saying they …": the share of people polled
        return share.start("who"), share.end("who")
    else:
        issued = _issued(text, max(unit_start, cue.start - 60), cue.start)
        if issued is not None:  # "the campaign released a statement saying": who sent it
            return subject_before(text, unit_start, issued.start())
        if cue.kind == _PARTICIPLE and (document := _document_before(text, unit_start, cue)):
            return document  # "after a ministry report on Monday saying …": the document
        if not (
            (led := _led(text, unit_start, cue.start, ctx.units[unit][1]))
            or _THAT_AFTER.match(text, cue.end, cue.end + REACH)
            or quoting
        ):
            return None
    if cue.kind == _PARTICIPLE and not (
        led if led is not None else _led(text, unit_start, cue.start, ctx.units[unit][1])
    ):
        verb = _VERB_BEFORE.search(text, max(unit_start, cue.start - 30), cue.start)
        if verb is not None:  # "they could not resist| pointing out": the verb's subject
            subject = subject_before(text, unit_start, verb.start())
            if (
                subject is not None
                and _PERSONAL.fullmatch(text, subject[0], subject[1])
                and text[subject[1] - 1] != "."  # "many E.U.| nations feeling": a noun's modifier
            ):
                return subject
        noun = noun_before(text, unit_start, cue.start)
        head = text[noun[0] : noun[1]].rsplit(None, 1)[-1] if noun is not None else ""
        if noun is not None and head not in EVENT_NOUNS and not head.isdigit():
            return noun  # "footage of the mayor saying …": the noun the participle follows; but
            # "at a rally announcing …" and "filed a claim in 2019 alleging …": the speaker of
            # the sentence, found below
    for draft in reversed(ctx.drafts[-_RECENT:]):  # drafts come in text order here
        if draft.unit < unit:
            break
        if draft.unit != unit or draft.speaker is None or draft.speaker[1] > cue.start:
            continue
        if _RELATIVE.match(text, draft.speaker[0], draft.speaker[1] + 1):
            continue  # "an architect who said": not the subject of the sentence
        if draft.cue is not None and _controlled(text, draft.speaker, draft.cue[0]):
            continue  # "Ruiz urged residents to report it, saying": the object, not Ruiz
        if cue.kind == _VERB:
            own = _conjunct_subject(text, unit_start, cue.start)
            if own is not None and own[0] >= draft.end:
                return own  # "when Lund mentioned it, I laughed and said": mine, not Lund's
        return draft.speaker
    if cue.kind == _PARTICIPLE:  # "…, and she grew upset, shouting": the last clause's
        for clause in _CLAUSE_START.finditer(text, max(unit_start, cue.start - 200), cue.start):
            subject = subject_at(text, clause.end(), cue.start)
            if subject is not None and subject[1] < cue.start:
                return subject
        if text.find(",", unit_start, cue.start) < 0:
            # "Two weeks after announcing it, Ruiz …": the participle is in an adjunct that
            # opens the sentence, and its subject is the main clause's, after the comma
            subject = subject_at(text, unit_start, ctx.units[unit][1])
            if subject is not None and subject[0] > cue.end:
                return subject
    return subject_at(text, unit_start, cue.start)


_QUOTED_BY = regex.compile(
    r"""
    (?r) \b (?: was | were | is | are | been ) [\x20\xa0]++ (?: quoted | cited ) [\x20\xa0]++
    (?: by | in ) [\x20\xa0]++ [^,;:.!?“”"\n]{1,80}? [\x20\xa0]++ as [\x20\xa0]++ \Z
    """,
    regex.VERBOSE,
)
"""A passive "quoted by" or "cited in" an outlet before "saying": "Sudarmo was| quoted by the
site as| saying", "the ministry was| cited in the daily as| saying"."""


_EXPLETIVE_TO = regex.compile(
    r"""
    [\x20\t\xa0]++ (?: is | was | would [\x20\xa0]++ be | will [\x20\xa0]++ be | seems | seemed )
    (?: [\x20\xa0]++ not )?+ (?: [\x20\xa0]++ \p{Ll}++ ){1,2}?                # "hard", "very hard"
    (?: [\x20\xa0]++ for [\x20\xa0]++ \p{L}++ )?+                           # "for him"
    [\x20\xa0]++ to [\x20\t\xa0]++
    """,
    regex.VERBOSE,
)
"""What follows an empty "it" before an infinitive's verb: "it| is hard to| blame"."""

_QUOTED_ACTIVE = regex.compile(
    r"""
    (?r) \b (?: quoted | cited ) [\x20\xa0]++ (?! (?: by | in ) \b )
    (?P<who> \p{L} [^,;:.!?“”"\n]{0,60}? )              # "Ann Lee", "police chief Ann Lee",
                                                        # "an unnamed source", "police"
    (?: , [^;:!?“”"\n]{1,80}? ,? )?                     # an apposition: ", head of the bureau,"
    [\x20\xa0]++ as [\x20\xa0]++ \Z
    """,
    regex.VERBOSE,
)
"""An outlet's "quoted X as" or "cited X as" before "saying": "the newspaper quoted| Zhang |as|
saying", "quoted| Tomas Berg |, head of the trust, as| saying", "cited| police chief Ann Lee
|as| saying", "quoted| an unnamed source |as| saying"."""


def quoted_by(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The speaker of "X was quoted by Y as saying", "Y quoted X as saying" or "Y cited X
    as saying" whose "saying" starts at ``pos``: X.

    ``lo`` is where the search must stop (the start of the unit).
    """
    quoted = text.find("quoted", max(lo, pos - 100), pos) >= 0
    if not quoted and text.find("cited", max(lo, pos - 180), pos) < 0:
        return None
    found = _QUOTED_BY.search(text, max(lo, pos - 100), pos)
    if found is not None:
        return subject_before(text, lo, found.start())
    active = _QUOTED_ACTIVE.search(text, max(lo, pos - 180), pos)
    return None if active is None else active.span("who")


# The forms of the verbs of object_control_verbs.txt and their kinds: "urged": "request",
# "led": "cause", "called on": "request".
_CONTROL_VERBS = {
    form.strip(): line.split(None, 1)[0]
    for line in read_lines("object_control_verbs.txt")
    for form in line.split(None, 1)[1].split("|")
}
# The first words of those forms, which a window must hold for a verb to be in it: "called".
_CONTROL_FIRST = frozenset(form.split(None, 1)[0] for form in _CONTROL_VERBS)
# Words no object of theirs holds: "asking Rubio why he decided| to", "said he would| have
# to" (auxiliaries, relative and question words, subordinators, "to", "never").
_CONTROL_STOPS = frozenset(
    word
    for word, kind in FUNCTION_CLASSES.items()
    if kind in ("auxiliary", "relative", "subordinator")
) | frozenset(("to", "never"))
_CONTROL_MARKS = frozenset(',;:()[]“”"')  # marks that end a phrase: no object holds one
_CONTROL_REACH = 60  # characters before an infinitive's "to" in which its verb is looked for
_WORD_SPANS = re.compile(r"\S+")


def _object_control(text: str, lo: int, pos: int) -> tuple[tuple[int, int], bool] | None:
    """The object of a verb of ``object_control_verbs.txt`` whose infinitive's "to" ends
    ``text[lo:pos]``, and whether the verb is a request: ("the Vermont senator", True)
    for "urged |the Vermont senator| to", ("some", False) for "led |some| to".

    The object is one to five words, none of :data:`_CONTROL_STOPS` nor a mark that ends
    a phrase; a "not" after it is no part of it ("told |his staff| not to"). The nearest
    verb is the one.
    """
    if _CONTROL_FIRST.isdisjoint(text[lo:pos].split()):
        return None  # no verb of the list: most infinitives
    spans = [m.span() for m in _WORD_SPANS.finditer(text, lo, pos)]
    if len(spans) < 3 or text[spans[-1][0] : spans[-1][1]] != "to":
        return None
    last = len(spans) - 2  # the object's last word
    if text[spans[last][0] : spans[last][1]] in ("not", "never"):
        last -= 1
    for k in range(last, max(-1, last - 6), -1):
        word = text[spans[k][0] : spans[k][1]]
        kind = _CONTROL_VERBS.get(word)
        if kind is None and word == "on" and k > 0:  # "called on"
            kind = _CONTROL_VERBS.get(text[spans[k - 1][0] : spans[k - 1][1]] + " on")
        if kind is not None:
            if k == last:
                return None  # no object: "wants| to"
            return (spans[k + 1][0], spans[last][1]), kind == "request"
        if word.lower() in _CONTROL_STOPS or not _CONTROL_MARKS.isdisjoint(word):
            return None
    return None


# Words that stand for people counted, an object whose infinitive is theirs: "led some to".
_PEOPLE_COUNTED = frozenset(("some", "others", "many", "few", "all", "both", "most", "several"))
_TO_AFTER_OBJECT = regex.compile(r"(?:[\x20\xa0]++\p{L}++){0,2}+[\x20\xa0]++to[\x20\xa0]++\Z")
"""What may come between an object and the infinitive of its clause's purpose: a time
("Tuesday night"), then "to"."""


def _verb_of_object(text: str, lo: int, speaker: tuple[int, int], cue: int) -> int | None:
    """Where the verb starts whose object ``speaker`` is, when the infinitive cue at
    ``cue`` says what the verb's subject did it for: "Ruiz |took the stage to
    acknowledge", "stressed the importance of talks to reject"; None otherwise.

    The object is a noun phrase in lower case, no pronoun nor a count of people ("led
    some to"), and its verb is no verb of ``object_control_verbs.txt``, whose object
    the infinitive's subject is ("urged the senator to apologize").
    """
    words = text[speaker[0] : speaker[1]]
    if not words[:1].islower() or words.lower() in PRONOUNS or words in _PEOPLE_COUNTED:
        return None
    if _TO_AFTER_OBJECT.fullmatch(text, speaker[1], cue) is None:
        return None
    before = WORD_BEFORE.match(text, max(lo, speaker[0] - 30), speaker[0])
    if before is None or not verb_like(before[1]) or before[1] in _CONTROL_VERBS:
        return None
    return before.start(1)


def _controlled(text: str, speaker: tuple[int, int], cue: int) -> bool:
    """Tell whether ``speaker`` is the object of a verb like "lead" before the infinitive
    cue at ``cue``, of which :func:`_object_control` made it the speaker."""
    if cue - speaker[1] > 12:  # the cheap test first: " not to " at most after the object
        return False
    found = _object_control(text, max(0, cue - _CONTROL_REACH), cue)
    return found is not None and found[0] == speaker


def _expletive(text: str, lo: int, start: int, pos: int) -> bool:
    """Tell whether an empty "it" and an adjective come before an infinitive's verb at
    ``pos``: "it is hard to| blame", where ``start`` is where :data:`_INFINITIVE`'s match
    begins, at the "it" or right after it."""
    it = start if text.startswith(("it ", "It "), start) else start - 3
    return (
        it >= lo
        and text.startswith(("it", "It"), it)
        and (it == 0 or not text[it - 1].isalnum())
        and _EXPLETIVE_TO.fullmatch(text, it + 2, pos) is not None
    )


def _infinitive(text: str, lo: int, pos: int) -> regex.Match[str] | None:
    """:data:`_INFINITIVE` in ``text[lo:pos]``, which ends with "to" and spaces."""
    j = pos
    while j > lo and text[j - 1] in BLANKS:
        j -= 1
    if j == pos or j - 2 < lo or text[j - 2 : j] != "to":
        return None
    return _INFINITIVE.search(text, lo, pos)


def _fronted_request(text: str, unit_start: int, span: tuple[int, int]) -> bool:
    """Tell whether ``text[span]`` is the capitalised past participle of a request verb
    (``object_control_verbs.txt``) that opens its sentence: "Asked| to describe …"."""
    word = text[span[0] : span[1]]
    return (
        word[:1].isupper()
        and _CONTROL_VERBS.get(word.lower()) == "request"
        and word.endswith(("ed", "ld"))  # "Asked", "Urged", "Told"; not "Asks"
        and not text[unit_start : span[0]].strip(" \t\n\xa0“\"‘'(")
    )


def _fronted_participle(text: str, span: tuple[int, int]) -> bool:
    """Tell whether ``text[span]`` is one capitalised participle: "Continuing"."""
    return text.endswith("ing", span[0], span[1]) and (  # the cheap test first
        _FRONTED_PARTICIPLE.fullmatch(text, span[0], span[1]) is not None
    )


def _after_fronted(
    ctx: Context, cue: Cue, unit: int, subject: tuple[int, int], to: regex.Match[str]
) -> tuple[int, int] | None:
    """The subject of the main clause when ``subject`` is a participle that opens the
    sentence before an infinitive cue ("Hoping to explain her view, Ana Ruiz said …",
    "Using a crude phrase to describe them, he said …"): the subject after the comma.
    None if ``subject`` is no such participle ("Manning decided to say …")."""
    text = ctx.text
    # the "to" right after the participle, or after its object
    if _PARTICIPLE_OBJECT.fullmatch(text, subject[1], text.rfind("to", 0, to.end())) is None:
        return None
    unit_end = ctx.units[unit][1]
    comma = text.find(",", cue.end, unit_end)
    return subject_at(text, comma + 1, unit_end) if comma >= 0 else None


def _led(text: str, start: int, pos: int, end: int) -> bool:
    """Tell whether :data:`_PARTICIPLE_LEAD` comes right before a participle at ``pos`` in
    the unit ``text[start:end]``.

    A dash leads only when it is the unit's one dash: of a pair, it opens or closes an
    aside ("Germany -- which takes over … -- vowing", "a counterattack — blasting X —").
    """
    lead = _PARTICIPLE_LEAD.search(text, max(start, pos - 30), pos)
    if lead is None:
        return False
    if text[lead.start()] != "," and not lead[0].lstrip()[:1].isalpha():  # a dash
        dash = lead[0].split()[0]
        return text.count(dash, start, end) == 1 and (
            dash == "--" or text.count("--", start, end) == 0
        )
    return True


def _conjunct_subject(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The subject of the verb in the past before the conjunction of a coordinated verb
    at ``pos`` ("I| laughed and said"), or None."""
    conjunction = _COORDINATION.search(text, max(lo, pos - 32), pos)
    if conjunction is None:
        return None
    verb = text.rfind(" ", lo, conjunction.start() - 1) + 1
    word = text[verb : conjunction.start()].rstrip()
    if verb <= lo or not (word.endswith("ed") or word in FINITE):
        return None  # "… unions and| endorsed": a noun before the conjunction
    return subject_before(text, lo, verb)


def _coordinated(text: str, lo: int, pos: int) -> bool:
    """Tell whether :data:`_COORDINATION` ends ``text[lo:pos]``, which holds its conjunction."""
    window = text[lo:pos]
    if not any(word in window for word in _CONJUNCTIONS):
        return False
    return _COORDINATION.search(text, lo, pos) is not None
