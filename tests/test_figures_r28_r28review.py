"""Round 28 (r28review): a second reader of r28phrase's cut of the indicator phrase's cascade.

The cut leaves out of a unit's cascade (``phrase_cascade._steps_for``) every step marked (``_for_units``) for other
units. That keeps BASE's answers only if a marked step can decide nothing for a unit it is left out for, whatever the
text. Each case here is a sentence (written for the test, not copied from a page) on which one marked step decides for
a unit of its own; on the same figure given every other unit, the step decides nothing, and ``_indicator_phrase`` (the
per-unit cascade) answers what the whole cascade, every step in order, answers.

The evidence of the review (BASE's ``_indicator_phrase`` against the cut's, call by call, on the dev split, seed
minutes, heldout fixtures, the 19 open blind sets, the pools, generated variants and mutated calls) is
``scripts/r28review/diff_inputs.py``; see tests/realworld/notes/r28_r28review.md.
"""

from __future__ import annotations

import pytest

from analysis.figures import phrase_cascade as pc
from analysis.figures.grammar import Hit

#: the units a figure is given here: the cascade's marks' and others (a unit no mark names keeps every unmarked step)
UNITS = ("percent", "count", "gbp", "eur", "usd", "rate", "years", "months", "weeks", "days", "ratio", "")

#: (step, unit it decides for, text, surface, measure named before)
CASES = [
    (pc._bare_change_of_prev, "percent", "There were six referrals, a 50% increase since the previous year.", "50%",
     "referrals to the LADO"),
    (pc._change_in_what_follows, "percent", "The report notes a 37% increase in the number of plans.", "37%", ""),
    (pc._change_of_in_step, "percent", "There was an increase of 30% in the number of looked after children.", "30%",
     ""),
    (pc._change_of_in_step, "count", "There was an increase of 30 in the number of looked after children.", "30", ""),
    (pc._change_of_count_step, "count", "The service saw a net increase of 244 children over the year.", "244", ""),
    (pc._changed_now_at, "percent", "The condition of the A roads has increased and is now at 77%.", "77%", ""),
    (pc._list_of_counted, "count", "Officers hold a list of 500 families who were contacted.", "500", ""),
    (pc._this_sum, "gbp", "This £3.1m will be met from reserves.", "£3.1m", "forecast overspend"),
    (pc._spent_more_than_budget, "gbp", "The department spent £2.99m more than its budget on placements.", "£2.99m",
     ""),
    (pc._over_on, "gbp", "The council was £11 million over on adult services.", "£11 million", ""),
    (pc._changed_by, "gbp", "The council slashes its deficit by £10m this year.", "£10m", ""),
    (pc._changed_by, "count", "The service has cut the waiting list by 40 this year.", "40", ""),
    (pc._paid_to, "gbp", "Foster carers could receive up to £1,500 per week.", "£1,500", ""),
    (pc._income, "eur", "The programme would bring in over €2m next year.", "€2m", ""),
    (pc._money_purpose_step, "gbp", "Members approved £27.6 million set aside to mitigate risks.", "£27.6 million", ""),
    (pc._amount_as_subject, "gbp", "The budget was set, whilst £300k was centrally retained.", "£300k", ""),
    (pc._related_to, "gbp", "Members asked about the £184,000 which related to the PFI contribution.", "£184,000", ""),
    (pc._including_funding, "gbp", "The grants, including over £250,000 payment by results funding, were agreed.",
     "£250,000", ""),
    (pc._money_in_bracket, "gbp", "There is a pressure on transport (£1.2m overspend) this year.", "£1.2m", ""),
    (pc._over_budget_by, "usd", "The service overspent its budget by $2.3m this year.", "$2.3m", ""),
    (pc._share_restates_prev, "percent", "The High Needs deficit stood at £8.4m; this represents 12% of the block allocation.",
     "12%", "High Needs deficit"),
    (pc._share_of_prev, "percent", "A net overspend of £1,785k, representing 1.25% of the DSG budget.", "1.25%",
     "net overspend"),
    (pc._change_in_brackets, "count", "There was a fall in the number of births (down 2,116) this year.", "2,116",
     ""),
    (pc._age_band_part, "count", "Of this total, 39 were aged 0-4 and the rest older.", "39", "children in care"),
    (pc._age_band_part, "percent", "Of these, 24% were aged 0-4 and the rest older.", "24%", ""),
    (pc._count_of_bracketed_share, "count", "Some 2.2 percent (4,599) of the resident population are 85 and over.",
     "4,599", ""),
    (pc._count_in_share_bracket, "count",
     "Of the 210,014 people in the town, 21.1 percent (44,391) are children aged under 18.", "44,391", ""),
    (pc._breakdown_share, "percent", "Of the children in care, 55% were boys and 44% girls.", "55%", ""),
    (pc._share_of_use, "percent", "Some 36% of its budget is spent on children's social care.", "36%", ""),
    (pc._included_part, "count", "The new plans included 80 for unborn babies.", "80", ""),
    (pc._same_verb_left_out, "count", "Of these, 64 were placed in homes and 287 with foster carers.", "287",
     "placed in homes"),
    (pc._had_money_of, "gbp", "The service experienced an overspend of £2.5m in the year.", "£2.5m", ""),
    (pc._money_noun_after, "gbp", "The directorate was forecasting a £1.6m pressure on placements.", "£1.6m", ""),
    (pc._loss_after_amount, "gbp", "It now faces going £5.5m over budget this year.", "£5.5m", ""),
    (pc._amount_modifies_noun, "gbp", "Members gave approval for £8m expansion of the school.", "£8m", ""),
    (pc._spent_on, "gbp", "The council spent £4m on agency staff.", "£4m", ""),
    (pc._extra_money, "gbp", "The new contract is costing an additional £2m.", "£2m", ""),
    (pc._money_predicate, "gbp", "£4m will be used for the new children's home.", "£4m", ""),
    # (r29phrase) a count "out of" a whole
    (pc._out_of_part, "count", "Three out of the four schools were rated good.", "Three", ""),
    # (r34phrase) a share that said something
    (pc._share_saying, "percent", "In the poll, 60% said the new offer was good.", "60%", ""),
]


def _figure(text: str, surface: str, unit: str, prev: str) -> pc._Figure:
    at = text.index(surface)
    group = "money" if surface[:1] in "£€$" else "percent" if surface.endswith(("%", "percent")) else "num"
    h = Hit(at, at + len(surface), "figure", group, (0.0,))
    return pc._Figure(text, h, unit, text[:at], text[at + len(surface):], 0, 0, prev, "", len(text), "")


def _whole_cascade(f: pc._Figure) -> tuple[str, str]:
    """Every step of the cascade in order, none left out: the answer of BASE's one function."""
    for step in pc.CASCADE:
        found = step(f)
        if found is not None:
            return found
    return f.subj or f.modifier, "own"


def _args(text: str, surface: str, unit: str, prev: str) -> tuple:
    at = text.index(surface)
    group = "money" if surface[:1] in "£€$" else "percent" if surface.endswith(("%", "percent")) else "num"
    h = Hit(at, at + len(surface), "figure", group, (0.0,))
    return text, h, unit, text[:at], text[at + len(surface):], 0, 0, prev, "", len(text), ""


def test_every_marked_step_has_a_case():
    marked = {s for s in pc.CASCADE if hasattr(s, "units")}
    assert marked == {step for step, *_ in CASES}


@pytest.mark.parametrize("step, unit, text, surface, prev", CASES, ids=lambda v: getattr(v, "__name__", None))
def test_a_marked_step_decides_for_its_unit_and_nothing_for_any_other(step, unit, text, surface, prev):
    assert unit in step.units
    assert step(_figure(text, surface, unit, prev)) is not None  # the case reaches the step's rule
    for other in UNITS:
        if other not in step.units:
            assert step(_figure(text, surface, other, prev)) is None, other


@pytest.mark.parametrize("step, unit, text, surface, prev", CASES, ids=lambda v: getattr(v, "__name__", None))
def test_the_per_unit_cascade_answers_what_the_whole_cascade_answers_for_every_unit(step, unit, text, surface, prev):
    for u in UNITS:
        for p in (prev, "", "number of children in care"):
            assert pc._indicator_phrase(*_args(text, surface, u, p)) == _whole_cascade(_figure(text, surface, u, p)), \
                (u, p)


def test_the_context_is_read_on_demand_and_the_money_measure_before_is_borrowed_only_for_money():
    text = "The month 6 position is showing a slight increase, at £12.4m."
    at = text.index("£12.4m")
    h = Hit(at, at + 6, "figure", "money", (12.4,))
    f = pc._Figure(text, h, "gbp", text[:at], text[at + 6:], 0, 0, "placements", "Budget", len(text), "overspend")
    assert "subj0" not in vars(f) and "base" not in vars(f)  # nothing read before a step asks
    assert f.base == "overspend" and "base" in vars(f)
    g = pc._Figure(text, h, "count", text[:at], text[at + 6:], 0, 0, "placements", "Budget", len(text), "overspend")
    assert g.base == "placements"
    e = pc._Figure(text, h, "gbp", text[:at], text[at + 6:], 0, 0, "", "Budget", len(text), "")
    assert e.base == "Budget"
