"""Round 20 (r20head): a phrase that is a bare generic head naming no measure (a scale word "million", the lone "c" of
"c£2m", "cost", "funding", "transfer") widened with what the sentence says of it. Sentences are written in council style
(not copied from a page). Tests marked "fails on the old code" do (main cb5cb73); the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig
from analysis.figures.phrase import is_poor


# 1. A scale word or a lone letter is never a phrase ("£252.5 million, which is £2.7 million ..." gave "million"). Fails
#    on the old code.
@pytest.mark.parametrize("word", ["million", "billion", "thousand", "bn", "m", "k", "c"])
def test_a_scale_word_or_lone_letter_is_poor(word):
    assert is_poor(word)


# 2. An amount over budget past a short bracket ("which is £3.1 million (2%) over budget"): the loss named after it, not
#    the scale word of the amount before. Fails on the old code ("million").
def test_an_amount_over_budget_past_its_bracket():
    got = _fig("The forecast showed that the net cost of services would be £152.5 million, which is £3.1 million (2%) "
               "over budget.", "£3.1 million")
    assert got["indicator"] == "over budget" and got["indicator_id"] == "budget_variance"


# 3. "It costs £6m a year to transport around 4,000 pupils": the infinitive with a counted object names what is costed
#    (its count left out). Fails on the old code ("cost").
def test_cost_infinitive_with_a_counted_object():
    assert _fig("It also costs just over £6m a year to transport around 4,000 eligible pupils.", "£6m")["indicator"] \
        == "cost to transport eligible pupils"


# 4. "is costing an additional c£2m": the circa is a hedge and the amount's phrase the extra cost, not the subject of
#    the clause before. Fails on the old code ("We budgeted").
@pytest.mark.parametrize("text, phrase", [
    ("We budgeted for £5.1m but it is costing an additional c£2m.", "additional cost"),
    ("We budgeted for £5.1m but it is costing an additional £2m.", "additional cost"),
])
def test_costing_an_additional_amount(text, phrase):
    assert _fig(text, "£2m")["indicator"] == phrase


# Guard (passes on both): an extra amount with what it is spent on keeps that.
def test_an_extra_amount_spent_on_something_keeps_it():
    assert _fig("The council will spend an extra £3m on the scheme.", "£3m")["indicator"] != "extra spending"


# 5. A bare noun of money with where it goes: "£1 million of the funding will go towards the X programme". Fails on the
#    old code ("funding").
def test_funding_with_where_it_goes():
    assert _fig("The remaining £2 million of funding will go towards the Family Links programme.", "£2 million")[
        "indicator"] == "funding towards Family Links programme"


# 6. A count that is the object of "foster": "have fostered nearly 120 children" -> "children fostered" (the verb says
#    which children are counted). Fails on the old code ("children").
def test_children_fostered():
    assert _fig("A couple from the borough have fostered nearly 120 children.", "120")["indicator"] == "children fostered"
