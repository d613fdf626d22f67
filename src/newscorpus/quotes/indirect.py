"""Reported speech without quotation marks.

- ``X said (that) CLAUSE``, ``X told Y (that) CLAUSE``, ``X warned that …``:
  the clause after the cue;
- ``CLAUSE, X said.`` and ``CLAUSE, said X.``: the clause before;
- ``The plan, X said, was dead.``: the whole sentence around it;
- ``…, adding that CLAUSE``: a participle takes the speaker of its clause
  (:mod:`newscorpus.quotes.cue_speakers` finds the speaker of every cue);
- ``X called the plan a disaster``: a framing verb reports its object.

``According to X, CLAUSE`` is read by :mod:`newscorpus.quotes.according`; the
bounds of a clause are found and the clause kept by
:mod:`newscorpus.quotes.content`. A reported clause that holds a quotation is a
mixed quote.
"""

from __future__ import annotations

import regex

from newscorpus._data import read_lines
from newscorpus.dates.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, UNITS
from newscorpus.lexicon import ROLE_NOUNS
from newscorpus.quotes.boundaries import (
    MAX_CONTENT,
    apposed,
    apposition_end,
    content_end,
    trim,
)
from newscorpus.quotes.clauses import (
    QUESTION_WORDS,
    adjunct_only,
    clause_after,
    has_verb,
    object_end,
)
from newscorpus.quotes.content import WORD, add_content, comma_before, first_word, opening, reach
from newscorpus.quotes.context import Context
from newscorpus.quotes.cue_speakers import AS_OPENING, REACH, speaker_of
from newscorpus.quotes.cues import FINDING_VERBS, THOUGHT_BARE, THOUGHT_LEMMAS, Cue, CueKind
from newscorpus.quotes.speakers import speaker_after
from newscorpus.quotes.vocabulary import (
    APPROXIMATORS,
    BLANKS,
    DAY_AFTER_CUE,
    DETERMINERS,
    FINITE,
    FUNCTION,
    NUMBER_WORDS,
    OBJECT_FIRST,
    PRONOUNS,
    RELATIVES,
    SOURCE_NOUNS,
    SUBJECT_PRONOUNS,
    TELL,
    TIME,
    WEEKDAYS,
    object_first_participle,
    verb_like,
)

__all__ = ["BY_AGENT", "by_after", "document_finding", "passes_on", "reported"]

# Enum members compared on every cue's path, read once: an enum's attribute is a slow lookup.
_PARTICIPLE, _VERB = CueKind.PARTICIPLE, CueKind.VERB


_NAMING = regex.compile(
    r"""
    [\x20\xa0]++ (?: the [\x20\xa0]++ )?+                          # "the Songhua River"
    (?: \p{Lu} [\p{L}\p{N}'’.\-]*+ [\x20\xa0]*+ ){1,6}+   # "Blue Harbor Games"
    (?: [,.;:(] | (?: at | in | on | of | for | to | and | which | that | who ) \b
      | (?: \L<finite> | \p{Ll}{3,}ed ) \b )              # the main clause's verb: "… got"
    """,
    regex.VERBOSE,
    finite=sorted(FINITE),
)
"""A name after "called" that ends as a noun phrase does, with no second complement after it:
"called Blue Harbor Games,", "called the Songhua River,", "called Night Market at", "a band
called Harbor Lights got the crowd to …"; not "called Lund a liar"."""

_INDEFINITE_BEFORE = regex.compile(
    r"(?r)\b(?:a|an|one|another)[\x20\xa0]++(?:[\p{L}\p{N}'’\-]++[\x20\xa0]++){1,4}\Z",
    regex.IGNORECASE,
)
"""An indefinite noun phrase right before a cue: "a new group| called …" names the group."""

_PHONE_CALL = regex.compile(
    r"""
    [\x20\xa0]++
    (?: (?: \p{Lu}[\p{L}'’\-]*+ (?: (?<= \b\p{Lu}\p{Ll}{0,3} ) \. )?+ [\x20\xa0]*+ ){1,4}+
                                                                  # "Ana Ruiz", "Mr. Lund"
      | (?: him | her | them | us | me | everyone
          | (?: both | each ) (?: [\x20\xa0]++ \p{Ll}++ )?+ )      # "both candidates"
        [\x20\xa0]*+ )
    (?: [.;!?] | \Z
      | (?: to [\x20\xa0]++ (?! be \b ) \p{Ll}++                  # "to congratulate her"
          | on | after | before | shortly | back | again | late | early | last | this
          | yesterday | today | tonight | morning | night | \L<weekdays> ) \b )
    """,
    regex.VERBOSE,
    weekdays=WEEKDAYS,
)
"""A person called on the telephone: "called Ruiz| on Tuesday", "called him to offer help".

What follows the person is no complement ("called Ruiz a liar"), only the call's time or
purpose: "call" reports nothing then.
"""

_THAT_CLAUSE = regex.compile(
    r"that[\x20\xa0]++(?:\p{Lu}|(?:\L<openers>)\b)",
    openers=sorted(SUBJECT_PRONOUNS | DETERMINERS | {"there"}),
)
"""A "that" that opens a clause, not a demonstrative: "that| the deal …", "that| Lund …"."""

_ACCORDING_AHEAD = regex.compile(r"(?i:according)[\x20\t\xa0]++to\b")
"""An "according to" phrase, which opens no object of a verb before it."""

# Words that stand alone as the object of a framing verb: "endorsed her", "endorsed one".
_OBJECT_WORDS = frozenset(("him", "her", "them", "one"))

# Marks right after a framing verb that leave it no object: "the 2009 attacks, and".
_NO_OBJECT_MARKS = frozenset(",;.:!?)")

_DATE_AHEAD = regex.compile(
    r"[\x20\t\xa0]++(?:\L<days>(?![\p{L}'’])|\L<months>\.?+[\x20\t\xa0]++\d)",
    days=WEEKDAYS,
    months=(*MONTH_NAMES, *MONTH_ABBREVIATIONS),
)
"""A day or a date after a framing verb's particle: "debate on| April 14", "on| Monday"; not
a day's possessive ("referring to| Monday's session")."""

# Prepositions that open a place, a time or a company after a framing verb, never its
# object: "debate in Pennsylvania", "discussed during the visit", "spoke with reporters";
# not "at", which some take as their particle: "railed at", "hinted at".
_ADJUNCT_OPENERS = frozenset(
    (
        *("in", "during", "near", "inside", "outside", "within", "throughout", "amid"),
        *("amidst", "among", "across", "with", "without", "since"),
    )
)

_PARTICLE = regex.compile(r"[\x20\t\xa0]++(?:for|on|upon|about|of|to|against)\b")
"""The particle of a phrasal framing verb: "called for", "talked about", "referred to"."""

_MOTION = regex.compile(
    r"""
    (?: [\x20\t\xa0]++ \p{Ll}++(?<=ly) ){0,2}+                  # "blasted wildly"
    [\x20\t\xa0]++ (?: into (?! [\x20\t\xa0]++ (?:question|doubt) \b ) | onto | over | across
                    | through | past | from | toward | towards | beyond | along | around
                    | behind | under ) \b
    (?! [\x20\t\xa0]++ the [\x20\t\xa0]++ (?: weekend | past | last | next | years ) \b )  # a time:
                                                      # "praised over the weekend the police"
    """,
    regex.VERBOSE,
)
"""A preposition of place or motion right after a framing verb, which then frames nothing:
"blasted wildly over the bar", "slammed into a wall", "attacked from the hills" (but "called
into question …" frames what follows)."""

_TOPIC = regex.compile(r"[\x20\t\xa0]++(about|on|of|against)[\x20\t\xa0]++(?=\p{L})")
"""The topic of a reporting verb without a clause: "asked about …", "warned against …"."""

# Verbs whose "of" or "about" is seldom what they report: "said of the crowd", "told of it".
_NO_TOPIC = frozenset(("say", "tell", "add", "ask", "inform"))

_TOPIC_AHEAD = regex.compile(
    r"""
    (?: [\x20\t\xa0]++ \p{Ll}++(?<=ly) ){0,2}+                  # "spoke emotionally"
    [\x20\t\xa0]++ (?: of | on | up | through | out [\x20\t\xa0]++ (?:on|for|against|about) )
    [\x20\t\xa0]++ (?=\p{L}) (?! (?:the [\x20\t\xa0]++)? condition \b )   # not the terms of
                                                          # a source: "on condition of anonymity"
    | (?: [\x20\t\xa0]++ (?! (?:about|against)\b ) [\p{L}\p{N}'’.\-]++ ){0,6}?   # "to reporters"
    [\x20\t\xa0]++ (?: about | against ) [\x20\t\xa0]++ (?=\p{L})
    (?! (?: an? | half | \L<numbers> ) [\x20\t\xa0]++ (?: \L<numbers> [\x20\t\xa0]++ )?
        (?: \L<units> ) \b )                                     # not "for about an hour"
    """,
    regex.VERBOSE,
    numbers=sorted(NUMBER_WORDS),
    units=sorted(UNITS.keys() | {"dozen", "hundred", "thousand"}),  # time units: "hours"
)
"""The topic of a verb such as "speak": "spoke to reporters about| …", "talked up| …"; not
how long: "spoke for about an hour", "about five minutes"."""

# Verbs whose reported content is a topic only: "talked about the economy".
_TOPIC_VERBS = frozenset(("speak", "talk"))


BY_AGENT = regex.compile(r"[\x20\t\xa0]++by[\x20\t\xa0]++(?=\p{L})")
"""The "by" of a passive's agent right after its participle."""


_OBJECT_START = regex.compile(
    r"""
    [\x20\t\xa0]++
    (?: the | a | an | his | her | their | its | our | another )   # a determiner ...
    [\x20\t\xa0]++ \p{L}                                          # ... and its noun phrase
    """,
    regex.VERBOSE,
)
"""A noun phrase after a reporting verb, its object: "emphasized the law’s successes"."""

# Verbs whose object is no content: a listener ("told the crowd"), or words ("said a few words").
_NO_OBJECT = TELL | frozenset(read_lines("objectless_verbs.txt"))


_NEXT_WORD = regex.compile(r"[\x20\t\xa0]++([\p{L}\p{N}][\p{L}\p{N}'’\-]*+)")
"""The word right after a cue."""

# A relative that makes the subject of a framing verb its subject, not its object: "an
# attack which the government blamed on …", "a blast that Mayor Ana Ruiz
# described as …".
_RELATIVE_SUBJECT = regex.compile(
    r"""
    \b (?: \L<relatives> ) [\x20\xa0]++
    (?: \S++ [\x20\xa0]++ ){0,5}+ $      # up to five words, then the verb (the search's end)
    """,
    regex.VERBOSE,
    relatives=sorted(RELATIVES | {"that", "what"}),
)


_PARTICIPLE_GAP = 3  # words between a noun and its participle at most: "Berg, all but| dismissed"


def _passive_participle(text: str, cue: Cue, speaker: tuple[int, int]) -> bool:
    """Tell whether a framing verb is a passive participle after the noun it describes:
    "Nine men accused of belonging to …", "a raid blamed on rebels",
    "Tomas Berg, touted as a possible successor".

    Such a verb's object comes before its preposition when it is active ("accused
    Lund of lying"), so right before that preposition the noun before the verb is
    its object; unless a pronoun subject, an auxiliary or a relative makes it active
    ("he accused of", "Democrats have accused of", "an attack which the government
    blamed on"). Before "as" the object may come last ("the pope described as a
    scandal the schism …"): there only an apposition is read so ("Tomas Berg,
    touted as …").
    """
    if cue.lemma not in OBJECT_FIRST or cue.kind != _VERB:
        return False  # the cheap tests first: most cues are of other verbs
    after = _NEXT_WORD.match(text, cue.end)
    if after is None or not object_first_participle(text[cue.start : cue.end], after[1]):
        return False  # "accuses of" is no passive; only a past form before its preposition
    start, end = speaker
    if text[start:end].lower() in PRONOUNS or end > cue.start:
        return False
    between = text[end : cue.start]
    if after[1] == "as" and "," not in between:
        return False
    gap = between.replace(",", " ").split()
    if len(gap) > _PARTICIPLE_GAP or "and" in gap or "or" in gap:
        return False  # "Lund insisted …, and hailed as": a verb of its own, not next to a noun
    if any(word.lower() in FINITE for word in gap):
        return False  # "Democrats have accused of": an auxiliary
    return _RELATIVE_SUBJECT.search(text, max(0, cue.start - 60), cue.start) is None


_TIME = TIME

_COUNT_ONLY = regex.compile(
    r"(?:(?:\L<approximators>)[\x20\xa0]++)?+\d[\d,.]*+",
    regex.IGNORECASE,
    approximators=sorted(APPROXIMATORS | {"some", "at least"}),
)
"""A number alone, maybe after an approximator: "10", "Some 400", "Nearly 1,000"."""


_COMMA_GAP = regex.compile(
    r"""
    (?: [\x20\xa0]++ (?: \p{Lu}[\p{L}.&\-]*+ | reporters | journalists   # "told AFP", a listener
                      | (?: on [\x20\xa0]++ )?+ \L<weekdays> ) )?+   # "said on Monday", a day
    [\x20\xa0]*+ , [\x20\t\xa0]*+
    """,
    regex.VERBOSE,
    weekdays=WEEKDAYS,
)
"""What stands between a cue and the comma of its own adjunct: ", ", " AFP, ", " Monday, "."""

_TAIL_AFTER = regex.compile(
    r"(?:(?:without|while|when|after|before|upon)[\x20\xa0]++)?+"
    r"(?!(?:including|excluding|regarding|concerning|following)\b)\p{Ll}++(?<=ing)\b"
)
"""What opens an attribution's own adjunct after its comma, a participle: "…, he said,|
opening a convention", "…, he told AFP,| without giving a date", "…, she said,| while
answering a question"; not one that works as a preposition ("…, the paper said,
including …"), which goes on with the content."""


def _participle_tail(text: str, pos: int, hi: int) -> bool:
    """Tell whether a participle phrase with no finite verb runs from ``pos`` to the end of
    its unit: the attribution's own adjunct ("…, he said, wiping sweat off his face"), not
    a gerund that opens the rest of the sentence ("…, he said, replacing her would be
    hard")."""
    tail = _TAIL_AFTER.match(text, pos, hi)
    return tail is not None and not any(
        word.lower() in FINITE for word in text[tail.end() : hi].split()
    )


def _topic_speaker(text: str, cue: Cue, speaker: tuple[int, int] | None) -> bool:
    """Tell whether a speaker found before a cue that takes a topic ("warned of …") reads
    as the cue's subject, not as words before a noun: not a lone determiner ("The| warning
    against"), an owner ("Castro's| mention of"), a verb ("sees| bragging about"); before a
    form in -s, only a pronoun ("he| boasts about", not "Black Lives Matter| protests
    against")."""
    if speaker is None:
        return True  # inverted: "…, warned Ana Ruiz"
    last = text[speaker[0] : speaker[1]].rsplit(None, 1)[-1]
    low = last.lower()
    if low in DETERMINERS or last.endswith(("'s", "’s")) or (last.islower() and verb_like(low)):
        return False
    # a form in -s is as often a plural noun ("his friends make jokes about …"): only
    # after a pronoun is it surely the verb ("he boasts about …", "who writes about …")
    return not cue.third or low in PRONOUNS or low in RELATIVES


def _object_start(text: str, pos: int, hi: int) -> bool:
    """Tell whether a noun phrase, the object of a cue, starts right after ``pos``.

    "denied| any involvement", "promised| a veto", "urges| retaliation",
    "never mentioned| Clinton"; not "said| Tuesday", "said| he", "added| quickly".
    """
    if _OBJECT_START.match(text, pos, hi):
        return True
    found = _NEXT_WORD.match(text, pos, hi)
    if found is None:
        return False
    word = found[1]
    low = word.lower()
    if low in FUNCTION or low in _TIME or low in FINITE or low in PRONOUNS:
        return False
    if word[0].isupper():
        return True
    return not (low.endswith("ly") or low.endswith("ed"))


# One-word answers that a verb of saying reports: "Asked if he would run, Lund said no."
_REPLIES = frozenset(("yes", "no"))


def names_a_thing(text: str, cue: Cue, lo: int) -> bool:
    """Tell whether "called" after an indefinite noun phrase gives a name: "a firm| called"."""
    return (
        cue.lemma == "call"
        and _INDEFINITE_BEFORE.search(text, max(lo, cue.start - 60), cue.start) is not None
    )


def gives_a_name(text: str, cue: Cue, lo: int) -> bool:
    """Tell whether a cue gives a name and frames nothing: "a firm called Acme Labs, which
    …", "a river called the Songhua River," (see :func:`names_a_thing`)."""
    return _NAMING.match(text, cue.end) is not None and names_a_thing(text, cue, lo)


def _as_put_it(text: str, cue: Cue, unit_start: int) -> bool:
    """Tell whether "put it" opens its sentence with "As": "As Ms. Reyes put it in a statement,
    CLAUSE" reports the clause after the comma, as "As X said, …" does."""
    if cue.lemma != "put it":
        return False
    lead = AS_OPENING.match(text, unit_start, cue.start)
    return lead is not None and text.find(",", cue.end, cue.end + 120) >= 0


_AS_SAYING = regex.compile(
    r"[\x20\xa0]++[^,;:.!?“”\"\n]{1,60}?(?:,[^;:!?“”\"\n]{1,80}?,?)?[\x20\xa0]++as[\x20\xa0]++saying\b"
)
"""The speaker and "as saying" after "quoted": "quoted| Zhang as saying", "quoted| Zhang,
head of the bureau, as saying"."""
# Verbs that pass on what someone said "as saying" ("quoted Zhang as saying", "cited
# police as saying"): the participle reports, the verb's object speaks.
_QUOTING_LEMMAS = frozenset(("quote", "cite"))


def passes_on(text: str, cue: Cue, hi: int) -> bool:
    """Tell whether a cue passes on what its "as saying" reports: "quoted Zhang as saying",
    "was cited in the daily as saying"; the participle is the cue of that speech."""
    return cue.lemma in _QUOTING_LEMMAS and _AS_SAYING.match(text, cue.end, hi) is not None


def reported(ctx: Context, cue: Cue, unit: int) -> bool:
    """Attribute the reported clause around a reporting verb of unit ``unit``, if there is one."""
    text = ctx.text
    unit_start, unit_end = ctx.units[unit]
    if not (cue.reports or cue.frames or _as_put_it(text, cue, unit_start)):
        return False
    if passes_on(text, cue, unit_end):
        return False  # "the paper quoted Zhang as saying …": "saying" reports, Zhang speaks
    if cue.kind == _VERB and not cue.third and by_after(text, cue.end):
        # a passive: "a practice criticized by Smith"; "Asked by a reporter whether …"
        return cue.lemma == "ask" and _asked(ctx, cue, unit)
    thought = cue.lemma in THOUGHT_LEMMAS
    # "a poll showed the mayor leading", "the audit found errors in …": a finding's object
    finding = thought and document_finding(text, cue, unit_start)
    if (
        thought
        and not finding
        and not _thought_kind(cue, ctx.clause_after(cue, unit_end) if cue.reports else None)
    ):
        # a verb of thought without the clause it needs reports nothing, whoever its
        # subject: told before the costlier look for the speaker (6 in 10 of them)
        return False
    # The speaker first: a cue without one reports nothing, whatever follows it, unless
    # its speaker comes after it ("CLAUSE, said Smith.")
    speaker = speaker_of(ctx, cue, unit)
    inverted = (
        cue.kind == _VERB
        and cue.reports
        and (not cue.base or cue.lemma in _BARE_VERBS)  # "…, say analysts", not "…, mention"
        and comma_before(text, unit_start, cue.start) is not None
    )
    if inverted and speaker is not None:
        # "CLAUSE, whom he has angered, said Lena Voss, a professor.": a subject
        # found before the comma belongs to the clause when a speaker ends the sentence
        # (after "said" or "added", which take no object to mistake for one)
        after_cue = speaker_after(text, cue.end, unit_end) if cue.lemma in _BARE_VERBS else None
        inverted = (
            after_cue is not None
            and _NAMED.match(text, after_cue[0]) is not None
            and (
                _ADJUNCT_TAIL.match(text, after_cue[1], unit_end) is not None
                or _RESUMED.match(text, after_cue[1], unit_end) is not None
            )
        )
        if inverted:
            speaker = None
    if speaker is None and not inverted:
        return cue.lemma == "ask" and _asked(ctx, cue, unit)
    found = ctx.clause_after(cue, unit_end) if cue.reports else None
    if thought and not _thought_clause(text, cue, speaker, found, inverted):
        finding = finding and not inverted and _documented(text, speaker)
        if not (finding and (found is None or found[1] == "bare")):
            return False
    aside = _aside(text, cue.end, unit_end) if cue.reports else None
    if (
        aside is not None
        and cue.lemma not in TELL  # "told the paper, …": a listener, then the comma
        and cue.lemma != "say"  # "…, said the ministry, …": its speaker
        and _object_start(text, cue.end, unit_end)
    ):
        aside = None  # "Lund repeated his form of May, losing twice": the verb's object
    objective = (
        cue.reports
        and found is None
        and aside is None
        and cue.lemma not in _NO_OBJECT  # "say", "tell": the cheap test first
        and (_object_start(text, cue.end, unit_end) or (finding and _object_pronoun(text, cue)))
    )
    if (
        cue.reports
        and found is None
        and aside is None
        and not objective
        and not _tail_only(text, cue.end, unit_end)
        and not (
            # a topic however long it runs: "warned of a battle that could split the party"
            # (but not "said on …", most often a time or a place)
            cue.lemma not in _NO_TOPIC
            and (topic := _TOPIC.match(text, cue.end, unit_end)) is not None
            and topic[1] != "on"
            # "wrote of X: “…”": what was written, not a topic
            and text.find(":", cue.end, min(unit_end, cue.end + MAX_CONTENT)) < 0
            and _topic_speaker(text, cue, speaker)
        )
    ):
        return False  # nothing reported after the cue, and it does not end the sentence
    after = cue.end
    if inverted:  # "CLAUSE, said Smith."
        speaker = speaker_after(text, cue.end, unit_end)
        if speaker is None or not (
            _tail_only(text, speaker[1], unit_end)
            or _RESUMED.match(text, speaker[1], unit_end) is not None
        ):
            return False
        if (
            text[speaker[0] : speaker[1]].lower() in SUBJECT_PRONOUNS
            and _ADJUNCT_TAIL.match(text, speaker[1], unit_end) is None
        ):
            return False  # "…, said she became ill": the pronoun opens the said clause
        after = speaker[1]
        found = clause_after(text, after, unit_end, cue.lemma)
        aside = _aside(text, after, unit_end)
    if speaker is None:
        return False
    if cue.lemma == "put it":  # "As X put it in a letter to Y, CLAUSE": after the comma
        start = first_word(text, text.find(",", cue.end, unit_end) + 1, unit_end)
        return start > cue.end and add_content(
            ctx, start, content_end(ctx, start, unit_end), speaker, cue, unit
        )
    if not cue.reports and _passive_participle(text, cue, speaker):
        return False  # "Nine men accused of belonging to …": the accused, who say nothing
    if not cue.reports and _COUNT_ONLY.fullmatch(text, speaker[0], speaker[1]):
        return False  # "detained 10 suspected militants", "by 2002 encourage": a count or a
        # year, not someone who frames anything
    if not cue.reports or objective:
        # a framing verb, or a reporting verb with a noun phrase: its object
        # ("called the charges unfounded", "emphasized the law’s successes")
        if speaker[1] > cue.start:
            return False
        if cue.lemma in _TOPIC_VERBS:  # "spoke emotionally of …", not "spoke to reporters"
            topic = _TOPIC_AHEAD.match(text, cue.end, unit_end)
            if topic is None or (
                cue.third and cue.lemma == "talk" and topic[0].split()[-1] not in ("about", "of")
            ):
                return False  # "peace talks on the dispute", "talks with the union": the noun
            start = first_word(text, topic.end(), unit_end)
            end = object_end(ctx, start, unit_end) if start >= 0 else -1
            return add_content(ctx, start, end, speaker, cue, unit)
        if gives_a_name(text, cue, unit_start):
            return False  # "a firm called Acme Labs, which …": a name given, no framing
        if cue.lemma == "call" and _PHONE_CALL.match(text, cue.end) is not None:
            return False  # "Obama called Ruiz on Tuesday", "she called him to say …": a call
        if _MOTION.match(text, cue.end) is not None:
            return False  # "Rasetti blasted wildly over the bar": a movement, no object
        timed = DAY_AFTER_CUE.match(text, cue.end)  # "defended Saturday the board's right"
        after = timed.end() if timed is not None else cue.end
        particle = _PARTICLE.match(text, after)
        if particle is None and text[after : after + 1] in _NO_OBJECT_MARKS:
            return False  # "the 2009 attacks, and …": a noun, or a verb with no object
        if _DATE_AHEAD.match(text, particle.end() if particle else after) is not None:
            return False  # "would debate (on) April 14": a date, no topic
        start = first_word(text, particle.end() if particle else after, unit_end)
        if (
            start < 0
            or start - after > 12
            or (text[start] in "aA" and _ACCORDING_AHEAD.match(text, start) is not None)
        ):
            return False  # "the charities he attacks, according to …": no object
        if particle is None and (word := WORD.match(text, start)) and word[0] in _ADJUNCT_OPENERS:
            return False  # "the Democrats debate in Pennsylvania": a place or a time, no object
        # a "that" clause is reported whole, adjuncts and all ("charged that Lund hid the
        # files because …"); a noun phrase ends at an adjunct ("questioned that claim| because")
        clause = _THAT_CLAUSE.match(text, start) is not None
        end = opening_clause_end(
            ctx,
            unit_start,
            speaker[0],
            start,
            (content_end if clause else object_end)(ctx, start, unit_end),
        )
        if cue.kind == _PARTICIPLE and apposed(text, cue, speaker):
            end = apposition_end(text, start, end)  # "The crowd, chanting …,| marched"
        first = WORD.match(text, start)
        alone = first is not None and not WORD.search(text, first.end(), end)
        name = alone and (text[start].isupper() or text[start:end].lower() in _OBJECT_WORDS)
        return add_content(  # a name alone is an object too: "endorsed Trump", "endorsed her"
            ctx,
            start,
            end,
            speaker,
            cue,
            unit,
            particle.end() if particle and timed is None else cue.end,  # not "called Monday for"
            name,
        )
    comma = comma_before(text, unit_start, min(speaker[0], cue.start))
    if comma is not None and speaker[1] <= cue.start:
        comma = _role_before(text, unit_start, comma)  # "CLAUSE, a spokeswoman, Ana Ruiz, said"
    if comma is None and speaker[1] <= cue.start:  # "…, Trump’s adviser Ross Delacourt said"
        lo = max(unit_start, speaker[0] - 60)
        lead = (
            _MODIFIED.search(text, lo, speaker[0]) if text.find(",", lo, speaker[0]) >= 0 else None
        )
        if lead is not None and not any(
            word.lower() in FINITE or word in FUNCTION for word in lead[1].split()
        ):
            comma = lead.start()
    if comma is None:  # "CLAUSE, as police have said."
        lo = max(unit_start, speaker[0] - 8)
        lead = (
            _AS_BEFORE.search(text, lo, speaker[0])
            if text.find("as", lo, speaker[0]) >= 0
            else None
        )
        comma = comma_before(text, unit_start, lead.start()) if lead else None
    resumes = found[0] if found is not None and found[1] == "comma" else None
    if resumes is not None and (
        any(c.kind == _PARTICIPLE for c in ctx.cues_between(resumes, resumes + 1))
        or (
            _COMMA_GAP.fullmatch(text, after, resumes) is not None  # the cue's own comma
            and _participle_tail(text, resumes, unit_end)
        )
    ):  # "CLAUSE, she said, adding that …": a participle's attribution; "…, he said,
        # without giving details": the attribution's own adjunct; no resumption either.
        # But "CNN, Cruz said, called the plan …" resumes the sentence with its verb
        resumes = None
        if comma is not None:
            start, end = (
                opening(text, reach(text, unit_start, comma), comma),
                trim(text, unit_start, comma),
            )
            if adjunct_only(text, start, end):
                return False  # "Weighing in on the debate, Huckabee agreed, praising …"
            return add_content(ctx, start, end, speaker, cue, unit)
    if comma is not None and after != cue.end:  # "CLAUSE, said Smith, a lawyer, who …"
        start, end = (
            opening(text, reach(text, unit_start, comma), comma),
            trim(text, unit_start, comma),
        )
        resumed = _RESUMED.match(text, after, unit_end)
        if resumed is not None:
            # "The plan, said Ana Ruiz, would be clear by May.": the attribution interrupts
            # the clause, which goes on with its verb; the content spans both parts
            end = content_end(ctx, resumed.start("verb"), unit_end)
    elif comma is not None and (
        resumes is not None or (aside is not None and (found is None or found[1] == "comma"))
    ):  # "The plan, he said, was dead.", "X, the agency said in a report, and Y."; but
        # "After the rally, supporters said the plan, …, was dead": the clause after the cue
        rest = resumes if resumes is not None else aside.end() if aside is not None else after
        start, end = (
            opening(text, reach(text, unit_start, comma), comma),
            trim(text, unit_start, comma)  # "…, he said, opening a convention"
            if _COMMA_GAP.fullmatch(text, after, rest) and _participle_tail(text, rest, unit_end)
            else content_end(ctx, rest, unit_end),
        )
    elif found is not None and found[1] != "comma":
        start = found[0]
        end = content_end(ctx, start, unit_end)
    elif (
        found is not None
        and speaker[1] <= cue.start
        and AS_OPENING.fullmatch(text, unit_start, speaker[0])
    ):  # "As the mayor has pointed out, CLAUSE": the clause after the comma
        start = found[0]
        end = content_end(ctx, start, unit_end)
    elif (
        found is not None
        and comma is None
        and speaker[1] <= cue.start
        and cue.lemma in _COMMA_CLAUSE_VERBS
        and _COMMA_CLAUSE.match(text, found[0], unit_end)
        and (
            has_verb(text, found[0], unit_end)
            or _CONTRACTED_SUBJECT.search(text, found[0], min(unit_end, found[0] + 100))
        )
    ):  # "Ortiz says, win or lose, she’s staying": the clause after the comma
        start = found[0]
        end = content_end(ctx, start, unit_end)
    elif comma is not None and _tail_only(text, after, unit_end):
        start, end = (
            opening(text, reach(text, unit_start, comma), comma),
            trim(text, unit_start, comma),
        )  # "For its part, the firm declined to comment.": no clause before (see below)
        if (
            cue.lemma not in _BARE_VERBS
            and cue.lemma not in TELL
            and len(text[start:end].split()) <= _SHORT_LEAD
            and not has_verb(text, start, end)
        ):
            return False  # "Ruiz's lawyer, Ana Ortiz, declined to comment.": a role in
            # apposition, no clause ("People like Scott, he said": a reply's few words)
    elif found is None and (topic := _TOPIC.match(text, after, unit_end)) is not None:
        start, end = topic.end(), object_end(ctx, topic.end(), unit_end)  # "asked about his taxes"
        return add_content(
            ctx, start, end, speaker, cue, unit, topic.start() + len(topic[0].rstrip())
        )
    else:
        return False
    if end <= cue.start and adjunct_only(text, start, end):
        return False  # "In an interview in May, Ruiz said …", "For its part, the firm
        # declined to comment.": the attribution's adjunct, no clause before it
    if start > cue.end:
        end = opening_clause_end(ctx, unit_start, speaker[0], start, end)
        if apposed(text, cue, speaker):  # "The court, ruling that X,| sent the case back"
            end = apposition_end(text, start, end)
    reply = end - start <= 3 and start > cue.end and text[start:end].lower() in _REPLIES
    return add_content(ctx, start, end, speaker, cue, unit, single=reply)  # "said no"


# The words before a subordinator that opens a sentence ("Even| before", "But| while"), and
# the subordinators of an opening adverbial clause whose cue reports only inside it.
_OPENING_LEADS = ("but", "and", "yet", "even", "just", "only", "long", "shortly", "soon")
_OPENING_SUBORDINATORS = (
    "although", "though", "while", "whereas", "because", "since", "when", "whenever", "if",
    "unless", "before", "after", "until", "once",
)  # fmt: skip
# Each with its space, so that a longer word that starts alike ("ifs") is none of them.
_OPENING_WORDS = tuple(f"{word} " for word in (*_OPENING_LEADS, *_OPENING_SUBORDINATORS))
_OPENING_REACH = 120  # characters from a sentence's start to a speaker in its opening clause
_OPENING_CLAUSE = regex.compile(
    r"""
    [“"‘'\x20\t\xa0]*+ (?: (?i: \L<leads> ) [\x20\t\xa0]++ )?+
    (?i: \L<subordinators> ) [\x20\t\xa0]++ [^,;:“”"]*+ \Z
    """,
    regex.VERBOSE,
    leads=_OPENING_LEADS,
    subordinators=_OPENING_SUBORDINATORS,
)
"""An adverbial clause that opens a sentence and runs, without a comma, to a speaker:
"Though| she", "Even before| Ana Ruiz" (matched from the sentence's start); not "As",
whose cue reports the main clause ("As the paper reported, CLAUSE")."""

# Words that open no main clause after a comma: relatives, conjunctions, "including".
_NOT_MAIN = frozenset(
    ("who", "which", "whom", "whose", "where", "when", "and", "but", "or", "nor", "including",
     "as", "than", "that", "if", "though", "although", "while", "because", "so", "to")
)  # fmt: skip


def opening_clause_end(ctx: Context, unit_start: int, speaker: int, start: int, end: int) -> int:
    """Where content that runs from ``start`` to ``end`` ends when its cue and the speaker
    at ``speaker`` are inside an adverbial clause that opens their sentence: "Though she
    said |X|, Y" (see :func:`_main_clause_start`); ``end`` otherwise."""
    if (
        speaker - unit_start <= _OPENING_REACH  # bounded: linear in an endless unit
        and ctx.text[unit_start : unit_start + 10]
        .lstrip("“\"‘' \t\xa0")
        .lower()
        .startswith(_OPENING_WORDS)  # the cheap test first
        and _OPENING_CLAUSE.match(ctx.text, unit_start, speaker) is not None
    ):
        return _main_clause_start(ctx, start, end)
    return end


def _main_clause_start(ctx: Context, start: int, end: int) -> int:
    """Where reported content that an opening adverbial clause holds ends: at the comma
    before the sentence's main clause ("Even before Ruiz took the stage to hail |his
    victory|, her campaign sent a text"), or ``end`` if no such comma comes.

    The main clause opens with a word that is no relative, conjunction or verb (its
    subject's) and has a verb among its first words.
    """
    text = ctx.text
    comma = text.find(",", start, end)
    while comma >= 0:
        cut = after = comma + 1
        inside = ctx.quotation_at(comma)
        if inside is not None:  # a comma that ends a quotation, before its closing mark:
            after = ctx.quotations[inside].end  # "said the plan was “bold,”| the …"
            cut = after if not text[comma + 1 : after].strip("”’\"'»") else -1
        first = WORD.match(text, first_word(text, after, end)) if after < end else None
        if (
            cut > 0
            and text[after : after + 1] in BLANKS  # not "2,400"
            and first is not None
            and first[0].lower() not in _NOT_MAIN
            and not first[0].endswith("ing")
            and not verb_like(first[0].lower())  # "the plan, which passed, |was dead"
            and has_verb(text, after, end, across_marks=True)
        ):
            return trim(text, start, cut)
        comma = text.find(",", comma + 1, end)
    return end


# The nouns of documents whose findings "show" and "find" report: surveys, studies and
# records (survey_nouns.txt and source_nouns.txt), and the media that show things ("a
# video shows him …").
_FINDING_NOUNS = SOURCE_NOUNS | frozenset(read_lines("finding_nouns.txt"))

_DOCUMENT_NEAR = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:\L<nouns>)(?![\p{L}\p{N}'’\-])", nouns=sorted(_FINDING_NOUNS)
)
"""A noun of :data:`_FINDING_NOUNS` in the words before a finding verb."""

_FINDING_REACH = 100  # characters before a finding verb read for its document's noun

_FINDING_PARTICLE = regex.compile(
    r"[\x20\t\xa0]++(?:up|off|(?:its|their|his|her|our|my)[\x20\t\xa0]++way)(?![\p{L}\p{N}])"
)
"""A particle or idiom that makes "show" or "find" another verb: "the e-mails would
have shown| up", "the report found| its way to the press"."""


def document_finding(text: str, cue: Cue, lo: int) -> bool:
    """Tell whether a finite "show" or "find" may report a document's finding: a noun of
    one stands before it in its unit ("the latest poll showed", "A 2010 video shows").
    The cheap test before the speaker's (see :func:`_documented`); ``lo`` is where the
    cue's unit starts."""
    return (
        cue.lemma in FINDING_VERBS
        and cue.kind == _VERB
        and _DOCUMENT_NEAR.search(text, max(lo, cue.start - _FINDING_REACH), cue.start) is not None
        and _FINDING_PARTICLE.match(text, cue.end) is None
    )


def _documented(text: str, speaker: tuple[int, int] | None) -> bool:
    """Tell whether a speaker is a document or survey: the head of its noun phrase, a
    word before its first preposition, is one of :data:`_FINDING_NOUNS` in lower case
    ("A Harbor University poll| this month", "A study| by the group", "A poll
    released| Monday", "Recent polling"). Not when the noun modifies another ("data
    operatives", "poll workers"), nor the person whose finding it is ("The author| of
    the report"), nor a name ("Ana Poll")."""
    if speaker is None:
        return False
    words = text[speaker[0] : speaker[1]].split()
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in _FINDING_NOUNS and not _MODIFIED_NOUN.fullmatch(after):
            return True  # the head: nothing after it, or a preposition, a time, a participle
        if (
            word in FUNCTION
            and not (  # but a name's "of": "University of New Hampshire"
                word == "of" and i > 0 and words[i - 1][:1].isupper() and after[:1].isupper()
            )
        ):
            return False
    return False


_MODIFIED_NOUN = regex.compile(
    r"(?!(?:\L<skipped>)\Z)\p{Ll}++(?<!ed)",  # a lower-case word, but a function word, a
    skipped=sorted(FUNCTION | TIME),  # time word or a participle in -ed
)
"""A word after a noun that makes the noun its modifier: "data| operatives", not
"poll| released", "poll| this", "study| by"."""


_OBJECT_PRONOUN = regex.compile(r"[\x20\t\xa0]++(?:him|her|them|us|me)[\x20\t\xa0]++\p{L}")
"""A pronoun after a finding verb and a word after it: "a video shows| her clutching …"."""


def _object_pronoun(text: str, cue: Cue) -> bool:
    """Tell whether a pronoun opens the object of a finding: "shows| her clutching …"."""
    return _OBJECT_PRONOUN.match(text, cue.end) is not None


def _thought_clause(
    text: str,
    cue: Cue,
    speaker: tuple[int, int] | None,
    found: tuple[int, str] | None,
    inverted: bool,
) -> bool:
    """Tell whether a verb of thought has a clause it reports.

    A clause after "that" ("the poll found that …"); after a verb of
    :data:`THOUGHT_BARE`, a clause without "that" too ("officials fear the
    dam could fail"), if the verb is finite, its subject a name or a noun
    phrase (not "who", "you" or "it") and the clause no question ("know what
    …").
    """
    if inverted or not _thought_kind(cue, found):
        return False
    assert found is not None  # as _thought_kind tells
    return found[1] == "that" or (
        speaker is not None
        and _VAGUE_SUBJECT.fullmatch(text, speaker[0], speaker[1]) is None
        and _QUESTION_START.match(text, found[0]) is None
    )


def _thought_kind(cue: Cue, found: tuple[int, str] | None) -> bool:
    """Tell whether the clause ``found`` after a verb of thought is of a kind it reports,
    whoever its subject: after "that", or without it after a finite verb of
    :data:`THOUGHT_BARE` (see :func:`_thought_clause`)."""
    return found is not None and (
        found[1] == "that"
        or (found[1] == "bare" and cue.lemma in THOUGHT_BARE and cue.kind != _PARTICIPLE)
    )


_VAGUE_SUBJECT = regex.compile(r"(?i:who|which|that|you|it|this)")
"""A subject whose thought is seldom reported: a relative pronoun, "you", "it"."""

_QUESTION_START = regex.compile(r"(?i:what|how|why|when|where|whether|if|who)\b")
"""A question word that opens what follows a verb of thought: "knows what it costs"."""


_ASKED_LEAD = regex.compile(r"[\s“‘\"'(]*+")
"""What may open a unit before a question asked of its subject: an opening mark."""

_ASKED_WHEN = regex.compile(r"\b(?:[Ww]hen|[Ii]f|after[\x20\xa0]being)[\x20\t\xa0]++\Z")
"""A "when" before "asked": "when asked whether …", "after being asked"."""

_ASKED_QUESTION = regex.compile(
    r"""
    [^,.;:!?\n“”"]{0,60}?                                    # "Asked Tuesday by reporters"
    (?<![\p{L}\p{N}'’\-])
    (?: \L<words> )
    (?![\p{L}\p{N}'’\-])
    """,
    regex.VERBOSE,
    words=sorted(QUESTION_WORDS | {"about", "which", "to"}),
)
"""The question after "asked" that opens a unit: "Asked| Tuesday about the tax", "Asked|
to describe it"."""


def _asked(ctx: Context, cue: Cue, unit: int) -> bool:
    """Attribute the question of "Asked whether he would run, Smith said …", its asker
    unnamed unless "by" names one ("When asked by a reporter whether …")."""
    text = ctx.text
    unit_start, unit_end = ctx.units[unit]
    lead = _ASKED_LEAD.match(text, unit_start, cue.start)
    opening = lead is not None and lead.end() == cue.start
    # "When asked whether …, Smith said", "…,” she said when asked whether …"
    when = not opening and _ASKED_WHEN.search(text, max(unit_start, cue.start - 16), cue.start)
    if not (opening or when):
        return False  # the question of a clause that opens the unit, or of a "when" clause
    question = _ASKED_QUESTION.match(text, cue.end, unit_end)
    if question is None or (when and question[0].endswith("to")):
        return False  # a request is a question when it opens the sentence: "Asked to
        # describe it, Lee said"; not in "when asked to leave"
    start = question.end() - len(question[0].split()[-1])
    comma = text.find(",", start, min(unit_end, start + MAX_CONTENT))
    if comma >= 0 and ctx.quotation_at(comma) is None:
        end = trim(text, start, comma)
    elif when:
        end = content_end(ctx, start, unit_end)  # the question ends the sentence
    else:
        return False
    by = text.find(" by ", cue.end, start)  # "Asked by a reporter whether …": the asker
    asker = speaker_after(text, by + 4, start) if by >= 0 else None
    return add_content(ctx, start, end, asker, cue, unit)


_ROLE_APPOSITION = regex.compile(
    r"""
    , [\x20\t\xa0]*+
    (?: (?i:a|an|the) | (?: (?i:the) [\x20\t\xa0]++ )? [\p{L}.\-]++['’]s )  # "a", "the firm's"
    (?: [\x20\t\xa0]++ [\p{L}.\-]++ ){1,4}                   # "spokeswoman", "senior aide"
    [\x20\t\xa0]*+ \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)
"""A role in apposition before a speaker's name, from its comma: ", a spokeswoman|, Ana"."""


def _role_before(text: str, lo: int, comma: int) -> int:
    """The comma that opens a role before the speaker's name after ``comma``, or ``comma``.

    In "CLAUSE, a spokeswoman, Ana Ruiz, said" the clause ends before the role.
    """
    if text.rfind(",", max(lo, comma - 60), comma) < 0 or text[comma - 1 : comma].isspace():
        return comma  # the cheap test first: no comma before this one opens a role
    found = _ROLE_APPOSITION.search(text, max(lo, comma - 60), comma)
    if found is None:
        return comma
    last = text[found.start() : comma].rsplit(None, 1)[-1].lower()
    return found.start() if last in ROLE_NOUNS else comma


_MODIFIED = regex.compile(r",[\x20\t\xa0]++((?:[\p{L}\p{N}'’.\-]++[\x20\t\xa0]++){1,6}+)\Z")
"""A comma and the words that modify a speaker's name: ", Trump’s longtime adviser| Stone"."""

_AS_BEFORE = regex.compile(r"\bas[\x20\t\xa0]++\Z")
"""An "as" before a trailing speaker: "…, as police have said."."""

_COMMA_CLAUSE_VERBS = frozenset(("say", "add", "write", "explain", "insist", "warn"))  # not "told,"
_COMMA_CLAUSE = regex.compile(
    r"(?!(?:and|but|or|which|who|whom|whose|where|when|while|as|though|although|including)\b)"
    r"(?!\p{Ll}++(?<=ing|ly)\b)[\p{L}\p{N}]"
)
"""The start of a clause after "says, ": no conjunction, relative, participle or adverb."""

_CONTRACTED_SUBJECT = regex.compile(r"\b(?i:he|she|they|we|i|you|it)['’](?:s|re|ll|d|ve|m)\b")
"""A pronoun with its contracted verb: "he’s", "they'll"."""


_ASIDE = regex.compile(r"[^,;:.!?“”\"]{0,60}+,[\x20\t\xa0]*+(?=\p{L})")
"""A short adjunct after a parenthetical cue, then the comma that resumes the clause."""

# Appositions after a trailing speaker, to the end of the unit: ", the lawyer for the
# state, which …", ", John J. Ferro." (a period inside them ends an abbreviation).
_APPOSITIONS_TO_END = r"""
    (?: , (?: [^,;:.!?“”"] | \.(?=[\p{L}\p{N},]|[\x20\xa0]\p{Lu}) ){1,160}+ ){0,3}+
    (?: ;                                       # a semicolon: "…, analysts say; in 2012 …"
      | [.!?…]*+ [”’"')\]]*+ [\x20\t\xa0]*+ \Z )  # the end of the unit
"""

_TAIL = regex.compile(
    r"""
    [\x20\t\xa0]*+
    (?: (?: in | at (?! [\x20\t\xa0]++ (?: least | most ) \b ) | during | after | before
          | while ) [\x20\t\xa0]++                     # an adjunct of more words: "in a
        (?: [^\s.,;:!?]++ [\x20\t\xa0]*+ ){1,13}+  # long interview with …" (not "at
    | (?: [^\s.,;:!?]++ [\x20\t\xa0]*+ ){0,8}+ )   # least six …"); a few words: "Tuesday"
    """
    + _APPOSITIONS_TO_END,
    regex.VERBOSE,
)
"""A short tail after a trailing attribution: " Tuesday.", " in a statement."."""


_RESUMED = regex.compile(
    r"""
    (?: [\x20\t\xa0]++ [^\s.,;:!?“”"]++ ){0,4}+                 # "Doyle| and others"
    (?: , [\x20\t\xa0]++ (?: who | which ) \b [^,;:.!?“”"]{1,120}+ )?+  # ", who knows him"
    , [\x20\t\xa0]++
    (?P<verb>
      (?: is | are | was | were | has | have | had | will | would | can | could | may | might
        | must | should | did | does | do ) \b
    | (?: is | are | was | were | has | have | had | would | could | should | did | does | do
        | ca | wo ) n['’]t \b )
    """,
    regex.VERBOSE,
)
"""A comma and an auxiliary after an inverted speaker, a few words and a relative clause:
"The plan, said Ana Ruiz|, would be clear", "…, said Doyle| and others, would be", "…, said
Ruiz|, who knows him, does not"; the clause the attribution interrupts goes on."""

_BARE_VERBS = frozenset(("say", "add"))  # verbs whose speaker follows with no object between
_SHORT_LEAD = 4  # words before a comma that a verbless reply may have, but no clause lacks
_NAMED = regex.compile(r"\p{Lu}|(?:the|a|an)[\x20\t\xa0]|\p{Ll}++[\x20\xa0]\p{Lu}")
"""The start of a speaker named or described: "Lena Voss", "the bureau's director",
"spokesman Qiao Mingde"."""

_ADJUNCT_TAIL = regex.compile(
    r"""
    (?: [\x20\t\xa0]++ (?: on | in | at | during | after | before | from | to | of | late | early
                      | last | this | \L<weekdays> ) \b
        (?: [\x20\t\xa0]*+ [^\s.,;:!?]++ ){0,4}+ )?+            # "on Monday", "in a statement"
    (?! .{0,600}? , [\x20\t\xa0]*+ (?: is | are | was | were | has | have | had | will | would
                                   | can | could | may | might | must | should | did | does ) \b )
    """  # not a clause's verb after a comma: "said PLDT and its partner, AT&T, may reach …";
    # looked for as far as the appositions after it can reach (3 × 161 characters), not to
    # the end of a long unit: that was quadratic in a sentence that never ends
    + _APPOSITIONS_TO_END,
    regex.VERBOSE,
    weekdays=WEEKDAYS,  # "Monday", the full names
)
"""What may follow an inverted speaker to the end of its unit: a time or a place, appositions.

Stricter than :data:`_TAIL`: in "Smith, the minister, said the plan failed."
"the plan" is no speaker, as a verb follows it.
"""


def _tail_only(text: str, pos: int, hi: int) -> bool:
    """Tell whether only a few words (times, a listener) follow a trailing attribution."""
    return _TAIL.match(text, pos, hi) is not None


# Each pattern below needs a word or a mark that str.find looks for first, much faster:
# most cues have none near them.


def by_after(text: str, pos: int) -> bool:
    """Tell whether the "by" of a passive's agent comes right after ``pos`` (:data:`BY_AGENT`)."""
    return (
        text.find("by", pos, pos + REACH) >= 0
        and BY_AGENT.match(text, pos, pos + REACH) is not None
    )


def _aside(text: str, pos: int, hi: int) -> regex.Match[str] | None:
    """:data:`_ASIDE` at ``pos``, whose comma comes within 61 characters."""
    if text.find(",", pos, min(hi, pos + 61)) < 0:
        return None
    return _ASIDE.match(text, pos, hi)
