"""Handlers for amounts of time: durations ("three days") and sets ("every 10 minutes")."""

from __future__ import annotations

import re

from newscorpus.dates.draft import MODS, Context, Draft, Handler, amount, unit_of
from newscorpus.dates.lexicon import CONTEXT, FREQUENCIES, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from newscorpus.dates.model import TimexType
from newscorpus.dates.values import duration_value

__all__ = ["HANDLERS"]

DURATION, SET = TimexType.DURATION, TimexType.SET

_TIMES = {"once": 1, "twice": 2, "thrice": 3}


def _amount_value(n_text: str | None, unit_word: str, factor: float = 1) -> str:
    n = amount(n_text)
    multiple, code, clock = unit_of(unit_word)
    return duration_value(None if n is None else n * multiple * factor, code, time=clock)


def _duration(m: re.Match[str], ctx: Context) -> list[Draft]:
    n_text = m["du_n"]
    unit = m["du_u"].lower()
    if unit == "second" and n_text.lower() in ("a", "one"):
        return []  # "a second time": an ordinal, not a second
    value = _amount_value(n_text, unit)
    if m.group(0).lower().replace(" ", "").replace("-", "").endswith("andahalf"):
        n = amount(n_text)
        value = _amount_value(None if n is None else str(n + 0.5), unit)
    mod = None if m["du_mod"] is None else MODS.get(" ".join(m["du_mod"].lower().split()))
    start = m.start()
    if m["du_long"] and n_text.lower() in ("a", "an"):  # "a day-long meeting": "a" is the meeting's
        start = m.start("du_u")
    return [Draft(start, m.end(), DURATION, value, mod=mod)]


def _amountrel(m: re.Match[str], ctx: Context) -> list[Draft]:
    start = m.start()
    if (
        not m["ar_the"]
        and m["ar_rel"].lower() == "last"
        and ctx.word_before(start) in CONTEXT["last_verb_before"]
    ):  # "will last 16 days", "expected to last three days": the verb, then the amount
        start = m.start("ar_n")
    return [Draft(start, m.end(), DURATION, _amount_value(m["ar_n"], m["ar_u"]))]


def _names_a_paper(m: re.Match[str], ctx: Context) -> bool:
    """Whether "daily", "weekly"... is a newspaper: "the financial daily", "Party daily Granma"."""
    after = ctx.word_after(m.end())
    before = ctx.word_before(m.start(), lower=False)
    if ctx.capital_after(m.end()) or after.lower() in CONTEXT["paper_after"]:
        return True
    if before.lower() in ("the", "a", "an"):  # "the daily." but "the daily routine"
        low = after.lower()
        return (
            not after[:1].islower() or low in CONTEXT["paper_verbs"] or low.endswith("ed")
        )  # "the daily said", "the daily reported"
    if before.lower() in CONTEXT["paper_before"]:
        return True
    # "People's Daily", "Party daily": a capital, but not at the start of a sentence. The
    # character before the spaces is read without a copy of the text before it, which
    # took time quadratic in the length of a text of many "daily".
    j = m.start()
    while j > 0 and ctx.text[j - 1].isspace():
        j -= 1
    opening = not before or ctx.text[j - 1 : j] in (".", "!", "?", ":")
    return not opening and (before[:1].isupper() or m["st_adv"][:1].isupper())


def _set(m: re.Match[str], ctx: Context) -> list[Draft]:
    start, end = m.start(), m.end()
    if m["st_adv"]:
        return (
            []
            if _names_a_paper(m, ctx)
            else [Draft(start, end, SET, FREQUENCIES[m["st_adv"].lower()])]
        )
    if m["st_f"]:
        word = m["st_f"].lower()
        times = _TIMES.get(word) or amount(word.rsplit(None, 1)[0])
        freq = None if times is None else f"{times:g}X"
        return [Draft(start, end, SET, _amount_value(None, m["st_u2"]), freq=freq)]
    quant = m["st_q"].upper()
    unit = m["st_u"]
    lower = unit.lower()
    factor = 2 if m["st_other"] else 1
    if lower in WEEKDAYS and unit[0].isupper():
        value = f"XXXX-WXX-{WEEKDAYS[lower]}"
    elif lower in MONTHS and unit[0].isupper():
        value = f"XXXX-{MONTHS[lower]:02d}"
    elif lower in PARTS_OF_DAY:
        value = f"XXXX-XX-XXT{PARTS_OF_DAY[lower]}"
    elif lower in SEASONS:
        value = f"XXXX-{SEASONS[lower]}"
    elif lower == "weekend":
        value = "XXXX-WXX-WE"
    else:
        value = _amount_value(m["st_n"], lower, factor)
    return [Draft(start, end, SET, value, quant=quant)]


def _bare(m: re.Match[str], ctx: Context) -> list[Draft]:
    if not (m["bu_pre"] or m["bu_long"]):
        before = ctx.word_before(m.start())
        after = ctx.word_after(m.end()).lower()
        if before not in CONTEXT["bare_before"] and not (
            before == "the" and after in CONTEXT["bare_after"]
        ):
            return []
    _, code, clock = unit_of(m["bu_u"])
    return [Draft(m.start(), m.end(), DURATION, duration_value(None, code, time=clock))]


def _unitlong(m: re.Match[str], ctx: Context) -> list[Draft]:
    return [Draft(m.start(), m.end(), DURATION, _amount_value("one", m["ul_u"]))]


#: Rule name -> handler, for the amount rules of :mod:`newscorpus.dates.patterns`.
HANDLERS: dict[str, Handler] = {
    "duration": _duration,
    "amountrel": _amountrel,
    "set": _set,
    "bare": _bare,
    "unitlong": _unitlong,
}
