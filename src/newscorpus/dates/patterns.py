"""The extraction patterns: one compiled regex that finds every temporal expression.

The text is scanned once by :data:`TIMEX`, a single alternation of rules.
Each rule is a named group (``md``, ``duration``, ``weekday``...); the
normaliser reads the rule's sub-groups to build a value. Alternatives are
ordered from the most to the least specific, because at a given position
the first rule that matches wins ("Friday morning" before "Friday").

Conventions of TimeBank / TempEval-3 are built into the extents: leading
prepositions stay out ("in July 2022" gives "July 2022"), "ago" stays in,
"the" stays in for "the past year" and "the weekend", and an amount
followed by "before" or "after" is tagged alone ("a day" in "a day after").

No rule can backtrack badly: every repetition is bounded by literal words or
by ``\\s+`` between fixed tokens.
"""

from __future__ import annotations

import re

from newscorpus.dates.lexicon import (
    CARDINALS,
    FREQUENCIES,
    HOLIDAY_NAMES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    ORDINALS,
    PARTS_OF_DAY,
    REFERENCES,
    SEASONS,
    TIME_ZONES,
    UNITS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    alternation,
    fill,
)

__all__ = ["RULE_PATTERNS", "TIMEX"]

_ONES = [w for w, v in CARDINALS.items() if 1 <= v <= 9]
_TEENS = [w for w, v in CARDINALS.items() if 10 <= v <= 19]
_TENS = [w for w, v in CARDINALS.items() if v >= 20 and v % 10 == 0 and v < 100]
_ORD_ONES = [w for w, v in ORDINALS.items() if v <= 9]

#: Building blocks, substituted into the rules below as %(NAME)s.
_PARTS: dict[str, str] = {
    # Month names, capitalised or in capitals; abbreviations may carry a full stop.
    "MFULL": alternation(MONTH_NAMES, upper=True),
    "MABBR": alternation(MONTH_ABBREVIATIONS, upper=True),
    "WFULL": alternation(WEEKDAY_NAMES, upper=True),
    "WABBR": alternation(WEEKDAY_ABBREVIATIONS, upper=True),
    # A day of the month: 1-31, maybe with an ordinal suffix, not part of a bigger number.
    "DAY": r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w])(?![.,:]\d)",
    # A year from 1500 to 2099, not part of a bigger number.
    "YEAR": r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])(?![\w])(?![.,:]\d)",
    # A number written in words: "three", "twenty-five", "a hundred".
    "NUMW": fill(
        r"(?:(?i:%(TENS)s)(?:[-\s](?i:%(ONES)s))?|(?i:%(TEENS)s)|(?i:%(ONES)s))(?:\s+hundred)?",
        {"TENS": alternation(_TENS), "ONES": alternation(_ONES), "TEENS": alternation(_TEENS)},
    ),
    "ORDW": alternation(list(ORDINALS)),
    "UNIT": alternation(list(UNITS)),
    "UNIT_SG": alternation([u for u in UNITS if not u.endswith("s") and u != "millennia"]),
    "UNIT_PL": alternation([u for u in UNITS if u.endswith("s") or u == "millennia"]),
    "PART": alternation(list(PARTS_OF_DAY)),
    "SEASON": alternation(list(SEASONS)),
    "TZ": alternation(TIME_ZONES),
    "HOLIDAY": alternation(HOLIDAY_NAMES),
    "FREQ": alternation(list(FREQUENCIES)),
    "REFS": alternation(list(REFERENCES)),
}
_PARTS["MONTH"] = fill(r"(?:%(MFULL)s|%(MABBR)s\.?)(?!\w)", _PARTS)
_PARTS["WEEKDAY"] = fill(r"(?:%(WFULL)s|%(WABBR)s\.)(?!\w)", _PARTS)
# An amount of time units: digits, words, fractions, or an article ("a day").
_PARTS["AMOUNT"] = fill(
    r"""(?:
        \d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2|½)?(?!\d)
      | %(NUMW)s(?:\s+and\s+a\s+half)?
      | (?i:a\s+few|a\s+couple\s+of|a\s+couple|several|a|an|half\s+an?|a\s+half|few|many|one)
    )""",
    _PARTS,
)

# Each rule: (name, verbose pattern). Order matters: the first match at a position wins.
_RULES: list[tuple[str, str]] = [
    (
        "iso",
        r"""# ISO dates, maybe with a time: 2023-12-07, 2023-12-07T15:30
        (?<![\w/.-])
        (?P<iso_y>\d{4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12][0-9]|3[01])
        (?:T(?P<iso_h>[01][0-9]|2[0-4]):(?P<iso_min>[0-5][0-9])(?::[0-5][0-9])?)?
        (?![\w/-])""",
    ),
    (
        "slash",
        r"""# numeric dates: 12/7/2023, 7/12/23 (month first unless the first part is > 12)
        (?<![\w/.,-])
        (?P<sl_a>[0-3]?[0-9])/(?P<sl_b>[0-3]?[0-9])/(?P<sl_y>\d{4}|\d{2})
        (?![\w/])""",
    ),
    (
        "clock",
        r"""# clock times, with zone and day: 6:18 p.m., noon, 9 a.m. EST Tuesday
        (?<![\w.,:$])
        (?:
            (?P<cl_h>[01]?[0-9]|2[0-3])(?:[:.](?P<cl_m>[0-5][0-9]))?\s*
            (?P<cl_ap>[aApP]\.\s?[mM]\.?|[aApP][mM](?!\w))
          | (?P<cl_h2>[01]?[0-9]|2[0-3]):(?P<cl_m2>[0-5][0-9])(?=\s*(?:%(TZ)s|o['’]clock)(?!\w))
          | (?P<cl_word>(?i:noon|midnight|midday))(?!\w)
          | (?P<cl_h3>1[0-2]|[1-9]|%(NUMW)s)\s+o['’]clock
          | (?P<cl_h4>1[0-2]|[1-9]|%(NUMW)s)\s+in\s+the\s+(?P<cl_pd>morning|afternoon|evening)
        )
        (?:\s+(?P<cl_tz>%(TZ)s)(?!\w))?
        (?:(?:,\s*|\s+)(?:on\s+)?(?P<cl_day>%(WFULL)s|[Tt]oday|[Tt]omorrow|[Yy]esterday)(?!\w))?""",
    ),
    (
        "weekof",
        r"""# a week named by a day in it: the week of March 6
        (?P<wo_the>(?i:the)\s+)?(?i:week)\s+of\s+
        (?P<wo_mon>%(MONTH)s)\s*(?P<wo_day>%(DAY)s)(?:,?\s+(?P<wo_year>%(YEAR)s))?""",
    ),
    (
        "md",
        r"""# month and day, maybe a weekday before and a year after:
        # Dec. 7, Thursday, April 6, Dec 7, 2023, April 24 and 25, December 7th
        (?:(?P<md_wd>%(WEEKDAY)s)(?:,\s*|\s+)(?:the\s+)?)?
        (?P<md_mon>%(MONTH)s)\s*(?P<md_day>%(DAY)s)
        (?:\s*(?:-|–|and|or|to|through|&)\s*(?P<md_day2>%(DAY)s)(?!\s*(?:%(MONTH)s)))?
        (?:(?:,\s*|\s+)(?P<md_year>%(YEAR)s|['’][0-9]{2}(?!\w)))?""",
    ),
    (
        "dm",
        r"""# day before month: 7 December, 7-8 December 2023, Tuesday 5th of December
        (?<![\w.,:$/-])
        (?:(?P<dm_wd>%(WEEKDAY)s),?\s+(?:the\s+)?)?
        (?P<dm_day>%(DAY)s)(?:\s*(?:-|–|and|to)\s*(?P<dm_day2>%(DAY)s))?
        (?:\s+of)?\s+(?P<dm_mon>%(MONTH)s)
        (?:,?\s+(?P<dm_year>%(YEAR)s))?""",
    ),
    (
        "my",
        r"""# month and year: July 2022, early January 1998, Aug. 1998, the end of May 2005
        (?:(?P<my_mod>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of))[\s-]+)?
        (?P<my_mon>%(MFULL)s|%(MABBR)s\.?)(?:\s+of)?,?\s+(?P<my_year>%(YEAR)s)""",
    ),
    (
        "decade",
        r"""# decades: 1990s, the '90s, early 2000s, mid-1980s
        (?:(?P<dc_mod>(?i:early|mid|late))-)?
        (?:(?P<dc_y>1[5-9][0-9]0|20[0-9]0)['’]?s|['’](?P<dc_yy>[0-9]0)s)(?!\w)""",
    ),
    (
        "century",
        r"""# centuries: the 20th century, the nineteenth century
        (?:(?P<ce_mod>(?i:early|mid|late))[\s-]+)?
        (?P<ce_n>[12]?[0-9](?:st|nd|rd|th)|(?i:%(ORDW)s|twenty-first|twenty-second))
        [\s-]+(?i:century)(?!\w)""",
    ),
    (
        "quarter",
        r"""# quarters and halves: the third quarter (of 1998), Q4 2023, second-half
        (?P<q_the>(?i:the)\s+)?
        (?P<q_ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[\s-]+
        (?P<q_unit>(?i:quarter|half))(?!\w)
        (?:\s+of\s+(?:(?i:the|fiscal)\s+)?(?:(?P<q_year>%(YEAR)s)|(?P<q_rel>this|last|next)\s+year|(?i:year)))?
      | (?<![\w-])Q(?P<q_n>[1-4])(?:\s+(?P<q_year2>%(YEAR)s))?(?!\w)
      | (?<![\w-])H(?P<q_h>[12])\s+(?P<q_year3>%(YEAR)s)""",
    ),
    (
        "holiday",
        r"""# holidays: Thanksgiving Day, last Christmas, Easter week, Christmas 1998
        (?:(?P<h_rel>(?i:last|next|this))\s+)?
        (?P<h_name>%(HOLIDAY)s)(?!\w)(?:\s+(?P<h_day>Day|week)(?!\w))?
        (?:,?\s+(?P<h_year>%(YEAR)s))?""",
    ),
    (
        "partday",
        r"""# parts of named days: Friday morning, this afternoon, last night, tonight
        (?P<pd_day>%(WFULL)s|(?i:today|tomorrow|yesterday|this|last|that|the\s+next|the\s+following|the\s+previous|the\s+same|early|late))
        \s+(?P<pd>(?i:%(PART)s))(?!\w)
      | (?P<pd_tonight>(?i:tonight))(?!\w)""",
    ),
    (
        "weekend",
        r"""# the weekend (this, last and next weekend are relative rules)
        (?i:the)\s+(?i:weekend)(?!\w)""",
    ),
    (
        "thistime",
        r"""# the same point a period ago or ahead: this time last year, this time next week
        (?i:this\s+time\s+)(?P<tt_rel>(?i:last|next))\s+(?P<tt_u>(?i:week|month|year))(?!\w)
      | (?i:the\s+day\s+)(?P<tt_two>(?i:after\s+tomorrow|before\s+yesterday))(?!\w)""",
    ),
    (
        "amountrel",
        r"""# a counted period up to or from now: the past two months, the next 10 days
        (?P<ar_the>(?i:the)\s+)?
        (?P<ar_rel>(?i:past|last|next|coming|previous|following|preceding))\s+
        (?P<ar_n>%(AMOUNT)s)\s+(?:(?i:more|full)\s+)?(?P<ar_u>%(UNIT)s)(?!\w)""",
    ),
    (
        "relative",
        r"""# a period named relative to now or to the last date:
        # last month, next week, this year, the past year, the following day, that week,
        # earlier this year, early next week, last fall, last Friday, next April
        (?:(?P<r_pre>(?i:early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of))[\s-]+
          | (?i:earlier|later)\s+(?=(?i:that|the\s+same)\s))?   # not "earlier [this week]"
        (?P<r_the>(?i:the)\s+)?
        (?P<r_rel>(?i:last|next|this|coming|past|previous|following|preceding|current|same
                  |that(?:\s+same)?))\s+
        (?P<r_unit>
            (?i:week|weekend|month|year|decade|century|quarter|day|%(SEASON)s)
          | %(MFULL)s | %(WFULL)s)
        (?!\w)""",
    ),
    (
        "periodof",
        r"""# a part of the current period: the end of the year, the beginning of the month
        (?P<po_pre>(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of))\s+(?i:the)\s+
        (?P<po_u>(?i:week|month|year|quarter|decade|century))(?!\w)""",
    ),
    (
        "ago",
        r"""# a point some time before now: two years ago, a decade ago, more than four decades ago
        (?:(?P<ag_mod>(?i:more\s+than|less\s+than|almost|nearly|about|some|over|at\s+least))\s+)?
        (?:
            (?P<ag_n>%(AMOUNT)s)[\s-]+(?:(?i:more)\s+)?(?P<ag_u>%(UNIT)s)(?P<ag_half>\s+and\s+a\s+half)?
          | (?P<ag_bare>(?i:days|weeks|months|years|decades))
        )
        \s+(?i:ago)(?!\w)""",
    ),
    (
        "later",
        r"""# a point some time after or before the last date: two days later, a year earlier
        (?:(?P<lt_mod>(?i:more\s+than|less\s+than|over|under))\s+)?
        (?P<lt_n>%(AMOUNT)s)[\s-]+(?P<lt_u>%(UNIT)s)\s+(?P<lt_w>(?i:later|earlier))(?!\w)""",
    ),
    (
        "set",
        r"""# recurring times: daily, every 10 minutes, each Tuesday, twice a year
        (?P<st_adv>(?i:%(FREQ)s))(?!\w)
      | (?P<st_q>(?i:every|each))\s+(?P<st_other>(?i:other)\s+)?(?:(?P<st_n>%(AMOUNT)s)\s+)?
        (?P<st_u>(?i:%(UNIT)s|%(PART)s|%(SEASON)s|weekend)|%(WFULL)s|%(MFULL)s)(?!\w)
      | (?P<st_f>(?i:once|twice|thrice)|%(AMOUNT)s\s+(?i:times))
        \s+(?i:a|an|per|each|every)\s+(?P<st_u2>(?i:%(UNIT_SG)s))(?!\w)""",
    ),
    (
        "duration",
        r"""# amounts of time: three days, a 16-hour flight, 5 1/2 hours, more than two years
        (?:(?P<du_mod>(?i:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|under))\s+)?
        (?P<du_n>%(AMOUNT)s)[\s-]+
        (?:(?P<du_more>(?i:more|additional|straight|consecutive|full|long))\s+)?
        (?P<du_u>(?i:%(UNIT)s))(?:\s+and\s+a\s+half)?(?P<du_long>-long)?(?!\w)
        (?![\s-]+(?i:old)(?!\w))""",
    ),
    (
        "year",
        r"""# years, maybe fiscal or qualified, and ranges: 1998, fiscal 1999, mid-1998, 1994-97
        (?<![\w.,:$£€¥#/-])
        (?:(?P<y_pre>(?i:fiscal(?:\s+year)?|FY))\s*|(?P<y_mod>(?i:early|mid|late|pre|post))-)?
        (?P<y>%(YEAR)s)
        (?:\s*[-–]\s*(?P<y2>%(YEAR)s|[0-9]{2}(?![\w])))?""",
    ),
    (
        "season",
        r"""# seasons: summer 1998, (in) the fall, spring of 2000
        (?P<s>(?i:%(SEASON)s))(?!\w)(?:\s+(?:of\s+)?(?P<s_year>%(YEAR)s))?""",
    ),
    (
        "month",
        r"""# a month alone, maybe qualified: April, late November, mid-December, early March
        (?:(?P<m_mod>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of))[\s-]+)?
        (?P<m_mon>%(MFULL)s)(?!\w)
        (?:\s+(?P<m_yrel>this|next|last)\s+year(?!\w))?""",
    ),
    (
        "weekday",
        r"""# a weekday alone: Friday, Friday's
        (?P<wd>%(WFULL)s)(?!\w)""",
    ),
    (
        "unitlong",
        r"""# a single unit as an adjective: a day-long meeting, a year-long search
        (?P<ul_u>(?i:hour|day|week|month|year))-long(?!\w)""",
    ),
    (
        "bare",
        r"""# unnumbered plural periods: for years, in recent days, the coming weeks, decades-long
        (?:(?P<bu_pre>(?i:recent|coming|past|next|previous|following|last))\s+)?
        (?P<bu_u>(?i:days|weeks|months|years|decades|centuries))(?P<bu_long>-long)?(?!\w)""",
    ),
    (
        "deictic",
        r"""# now and then: today, now, currently, recently, the future, these days
        (?P<dx>(?i:today|tomorrow|yesterday|%(REFS)s))(?!\w)""",
    ),
]

#: Where no rule may start: inside a word or a contraction.
_LEAD = r"(?<![\w'’])"
_BODY = "\n  | ".join(f"(?P<{name}>{fill(body, _PARTS)})" for name, body in _RULES)

# The standard library's engine runs this pattern faster than `regex` does, and
# nothing in it needs `regex`.
TIMEX = re.compile(_LEAD + "(?:" + _BODY + ")", re.VERBOSE)
"""Every temporal expression: the rule that matched is ``match.lastgroup``."""

#: Each rule alone, in TIMEX's order: trying them one by one at a position gives
#: what TIMEX gives there, and the scan can skip the rules that cannot match.
RULE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(f"{_LEAD}(?P<{name}>{fill(body, _PARTS)})", re.VERBOSE) for name, body in _RULES
)
